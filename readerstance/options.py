"""Settings shared by CLI commands, built once from flags and passed on."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import click

import comments
from comments.defaults import DEFAULT_MAX_BYTES, DEFAULT_PATTERN


@dataclass
class ModelOptions:
    """Which models fill the tone and stance roles, and toward what target."""

    tone_model: str | None = None
    stance_model: str | None = None
    templates: dict[str, str] = field(default_factory=dict)
    target: str | None = None
    model_dir: Path | None = None
    precision: str = "auto"
    tier: str = "fast"  # the bundled model used when model_dir is None (analysis.network.TIERS)

    @classmethod
    def from_cli(cls, tone_model, stance_model, templates, target, model_dir, precision="auto",
                 tier="fast") -> "ModelOptions":
        from analysis.labels import STANCE_LABELS

        parsed = {}
        for item in templates:
            label, sep, text = item.partition("=")
            if not sep or not text:
                raise click.BadParameter(f"{item!r}: expected LABEL=TEXT, e.g. 'favor=The writer supports {{}}.'",
                                         param_hint="--template")
            if label.strip() not in STANCE_LABELS:
                raise click.BadParameter(f"{item!r}: the label must be one of {', '.join(STANCE_LABELS)}",
                                         param_hint="--template")
            if "{}" not in text:
                raise click.BadParameter(f"{item!r}: the text must contain {{}} where the target goes, e.g. "
                                         "'favor=The writer supports {}.'", param_hint="--template")
            parsed[label.strip()] = text
        return cls(tone_model, stance_model, parsed, target, model_dir, precision, tier)

    @property
    def model_folder(self) -> Path:
        """The folder of the project's model: --model-dir, else the --model tier's."""
        from analysis.network import TIERS

        return self.model_dir or TIERS[self.tier]

    def classifier(self):
        from analysis.backends import build_classifier

        return build_classifier(self.tone_model, self.stance_model, self.templates or None, self.model_folder,
                                self.precision)

    def load_target(self):
        from analysis.targets import load_target

        return load_target(self.target)


def error_line(where: str, message: str) -> None:
    click.echo(f"readerstance: error: {where}: {message}", err=True)


def warning_line(message: str) -> None:
    click.echo(f"readerstance: warning: {message}", err=True)


@dataclass
class InputOptions:
    """The page files of a command and how to read them: --metadata,
    --strict, --max-bytes, --glob, --glob-case-sensitive, --verbose. Keeps
    account of every input: pages read, files failed, skipped, duplicates."""

    paths: tuple[str, ...]
    settings: comments.SplitSettings
    metadata: "comments.Metadata | None" = None
    strict: bool = False
    verbose: bool = False
    failed: list = field(default_factory=list)
    report: "comments.InputReport" = field(default_factory=lambda: comments.InputReport())
    n_pages: int = 0

    def check(self) -> int:
        """Walk the inputs once before any work (cheap: names only) and return
        the number of page files. Metadata rows that name none of them are
        listed (an error with --strict); exit 1 when no input holds a page."""
        found = 0
        for item in comments.iter_paths(self.paths, self.settings):
            if isinstance(item, str):
                found += 1
                if self.metadata is not None:
                    self.metadata.lookup(item)
        if self.metadata is not None and self.metadata.unused():
            unused = [row.file for row in self.metadata.unused()]
            shown = ", ".join(unused[:10]) + (f" and {len(unused) - 10} more" if len(unused) > 10 else "")
            message = f"{len(unused)} metadata row(s) name no input page: {shown}"
            if self.strict:
                error_line(self.metadata.source_path, message + " (--strict)")
                raise SystemExit(1)
            warning_line(f"{self.metadata.source_path}: {message}")
        if not found:
            for item in comments.iter_paths(self.paths, self.settings):
                error_line(item.path, item.message)
            raise click.ClickException("no page file among the inputs: nothing to do")
        return found

    def pages(self) -> Iterator["comments.Page"]:
        """The pages, one at a time; unreadable files are reported on stderr
        and kept in `failed` while the rest go on."""
        for item in comments.iter_pages(self.paths, self.metadata, self.settings, self.report):
            if isinstance(item, comments.PageError):
                self.fail(item)
            else:
                self.n_pages += 1
                yield item

    def files(self) -> Iterator[str]:
        """The page files, as `pages` would read them, without reading them
        (for engines that read on their workers); missing paths and broken
        links are reported and kept in `failed`."""
        for item in comments.iter_paths(self.paths, self.settings, self.report):
            if isinstance(item, comments.PageError):
                self.fail(item)
            else:
                yield item

    def fail(self, error: "comments.PageError") -> None:
        """Report a file that could not be read, and keep it for summary.json."""
        error_line(error.path, error.message)
        self.failed.append(error)

    def finish(self) -> None:
        """Say on stderr what was skipped or read once."""
        for path, first in self.report.duplicates:
            warning_line(f"{path} is the same as {first}: read once")
        if self.report.skipped:
            if self.verbose:
                for path, why in self.report.skipped:
                    click.echo(f"readerstance: skipped {path}: {why}", err=True)
            else:
                warning_line(f"skipped {len(self.report.skipped)} file(s) in the input folders that are not "
                             f"pages matching {self.settings.pattern!r} (list them with --verbose; choose "
                             "others with --glob)")

    def summary(self) -> dict:
        """The accounting for summary.json."""
        return {"n_pages": self.n_pages,
                "failed": [{"path": e.path, "error": e.message} for e in self.failed],
                **self.report.to_dict()}


def input_options(fn):
    """Options shared by the commands that read pages; passes `inputs`."""
    @click.option("--metadata", type=click.Path(path_type=str), default=None,
                  help="CSV with columns file,url,date,source; its date (YYYY-MM-DD, YYYY-MM or YYYY) "
                       "beats the page's own.")
    @click.option("--strict", is_flag=True, help="Stop when a metadata row names no input page (default: warn).")
    @click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES,
                  show_default=True, help="Refuse page files larger than this.")
    @click.option("--glob", "pattern", default=DEFAULT_PATTERN, show_default=True,
                  help="File-name pattern used inside folders, case-insensitive (files named on the command "
                       "line are always read).")
    @click.option("--glob-case-sensitive", is_flag=True, help="Match --glob case-sensitively.")
    @click.option("--verbose", is_flag=True, help="List every file skipped in the input folders.")
    @functools.wraps(fn)
    def wrapper(*args, paths, metadata, strict, max_bytes, pattern, glob_case_sensitive, verbose, **kwargs):
        settings = comments.SplitSettings(max_bytes=max_bytes, pattern=pattern, case_sensitive=glob_case_sensitive)
        kwargs["inputs"] = InputOptions(tuple(paths), settings, load_metadata_or_exit(metadata), strict, verbose)
        return fn(*args, **kwargs)
    return wrapper


def load_metadata_or_exit(metadata: str | None):
    """The metadata file, or exit 1 with the `split` error format."""
    if metadata is None:
        return None
    try:
        return comments.load_metadata(metadata)
    except comments.MetadataError as exc:
        error_line(exc.path, exc.message)
        raise SystemExit(1) from None
