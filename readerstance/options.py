"""Settings shared by CLI commands, built once from flags and passed on."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import click

import comments


@dataclass
class ModelOptions:
    """Which models fill the tone and stance roles, and toward what target."""

    tone_model: str | None = None
    stance_model: str | None = None
    templates: dict[str, str] = field(default_factory=dict)
    target: str | None = None
    model_dir: Path | None = None
    precision: str = "auto"
    tier: str = "fast"  # the bundled model used when model_dir is None (analysis.model.TIERS)

    @classmethod
    def from_cli(cls, tone_model, stance_model, templates, target, model_dir, precision="auto",
                 tier="fast") -> "ModelOptions":
        parsed = {}
        for item in templates:
            label, sep, text = item.partition("=")
            if not sep or not text:
                raise click.BadParameter(f"{item!r}: expected LABEL=TEXT, e.g. 'favor=The writer supports {{}}.'",
                                         param_hint="--template")
            parsed[label.strip()] = text
        return cls(tone_model, stance_model, parsed, target, model_dir, precision, tier)

    @property
    def model_folder(self) -> Path:
        """The folder of the project's model: --model-dir, else the --model tier's."""
        from analysis.model import TIERS

        return self.model_dir or TIERS[self.tier]

    def classifier(self):
        from analysis.models import build_classifier

        return build_classifier(self.tone_model, self.stance_model, self.templates or None, self.model_folder,
                                self.precision)

    def load_target(self):
        from analysis.targets import load_target

        return load_target(self.target)


def error_line(where: str, message: str) -> None:
    click.echo(f"readerstance: error: {where}: {message}", err=True)


def load_metadata_or_exit(metadata: str | None):
    """The metadata file, or exit 1 with the `split` error format."""
    if metadata is None:
        return None
    try:
        return comments.load_metadata(metadata)
    except comments.MetadataError as exc:
        error_line(exc.path, exc.message)
        raise SystemExit(1) from None


def read_pages(paths, meta, failed: list, settings: "comments.SplitSettings | None" = None) -> Iterator["comments.Page"]:
    """Pages from PATHS; unreadable ones are reported on stderr and appended
    to ``failed`` while the rest go on."""
    for item in comments.iter_pages(paths, meta, settings):
        if isinstance(item, comments.PageError):
            error_line(item.path, item.message)
            failed.append(item)
        else:
            yield item
