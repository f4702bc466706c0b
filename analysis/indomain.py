"""Our own written reader comments, labelled for tone and stance toward the
United States by ``docs/codebook.md`` (``analysis/indomain/*.jsonl``; the training split gzipped).

Splits: ``train`` to ``train7`` (training only, written apart from the others
by writers who saw only the codebook: no shared comments or templates; a
model's settings name the ones it read): ``train2``, then ``train3`` (plain
explicit stance), ``train4`` (who holds the stance, implicit stance, none
beside strong feelings), ``train5`` (replies, stance that differs from tone,
passing mentions against implicit stance, short, Roman Urdu and sarcastic
comments), ``train6`` (favor in harsh or flat words, against without
hostile words, none beside strong feelings or passing mentions, each with
minimal contrasts) and ``train7`` (sarcasm and Roman Urdu, implicit stance and
passing mentions, other actors and replies, stance unlike tone and who holds
it: the patterns weakest on dev for the accurate tier) were added later; ``dev`` (model selection and
calibration), ``test`` (locked: reported only) and ``contrast`` (minimal pairs
whose stance differs, reported per pattern). Each line: ``{"id", "text", "tone", "stance", "patterns",
"event"}`` (contrast rows add ``pair``).
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

from . import data as D
from .errors import DataError
from .labels import STANCE_LABELS, TONE_LABELS
from .text import normalise_social

FOLDER = Path(__file__).parent / "indomain"
TRAIN_SPLITS = ("train", "train2", "train3", "train4", "train5", "train6", "train7")
SPLITS = (*TRAIN_SPLITS, "dev", "test", "contrast")
# The stance target of every written comment: the bundled target's name.
TARGET = "the United States"


@dataclass(frozen=True)
class Comment:
    """One written comment with its two labels and the patterns it covers."""

    id: str
    text: str
    tone: str
    stance: str
    patterns: tuple[str, ...]
    event: str
    pair: int | None = None


def load(split: str) -> list[Comment]:
    """The comments of ``split``, in file order. Raises DataError naming the
    file and line of a malformed row."""
    if split not in SPLITS:
        raise DataError(f"in-domain split {split!r}: expected one of {', '.join(SPLITS)}")
    path = FOLDER / f"{split}.jsonl"
    if not path.exists():  # the training splits are stored gzipped (over 200 KB as text)
        path = path.with_name(path.name + ".gz")
    text = gzip.decompress(path.read_bytes()).decode("utf-8") if path.suffix == ".gz" else path.read_text(encoding="utf-8")
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            comment = Comment(row["id"], row["text"], row["tone"], row["stance"], tuple(row["patterns"]),
                              row["event"], row.get("pair"))
        except (ValueError, KeyError, TypeError) as exc:
            raise DataError(f"{path}:{n}: not a comment row ({exc})") from exc
        if comment.tone not in TONE_LABELS or comment.stance not in STANCE_LABELS:
            raise DataError(f"{path}:{n}: labels {comment.tone!r}/{comment.stance!r} outside "
                            f"{TONE_LABELS} / {STANCE_LABELS}")
        out.append(comment)
    return out


def examples(split: str) -> list[D.Example]:
    """Each comment of ``split`` as a tone example and a stance example (in
    that order per comment), the stance one toward :data:`TARGET`."""
    out = []
    for c in load(split):
        text = normalise_social(c.text)  # as scored text and training tweets are
        out.append(D.Example(text, TARGET, c.tone, D.TONE, f"indomain_{split}"))
        out.append(D.Example(text, TARGET, c.stance, D.STANCE, f"indomain_{split}"))
    return out
