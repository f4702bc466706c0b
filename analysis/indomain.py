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

``recoded_dev.jsonl`` and ``recoded_test.jsonl`` hold the labels of two more
coders who saw only the codebook and each comment with its event (not the
written labels, nor each other's): ``{"id", "coder", "tone", "stance",
"note"}``. :func:`agreement` measures how far the written labels follow from
the codebook (docs/codebook.md, "Reliability").
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

from . import data as D
from .errors import DataError
from .labels import STANCE_LABELS, TONE_LABELS
from .metrics import accuracy, macro_f1
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


def recoded(split: str) -> dict[str, dict[str, tuple[str, str]]]:
    """The second coders' labels of ``split`` (dev or test): {coder: {id: (tone, stance)}}.
    Raises DataError naming the file and line of a malformed row."""
    if split not in ("dev", "test"):
        raise DataError(f"recoded split {split!r}: expected dev or test")
    path = FOLDER / f"recoded_{split}.jsonl"
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
            labels = (row["tone"], row["stance"])
            coder, key = row["coder"], row["id"]
        except (ValueError, KeyError, TypeError) as exc:
            raise DataError(f"{path}:{n}: not a coded row ({exc})") from exc
        if labels[0] not in TONE_LABELS or labels[1] not in STANCE_LABELS:
            raise DataError(f"{path}:{n}: labels {labels[0]!r}/{labels[1]!r} outside {TONE_LABELS} / {STANCE_LABELS}")
        if key in out.setdefault(coder, {}):
            raise DataError(f"{path}:{n}: {key!r} coded twice by coder {coder!r}")
        out[coder][key] = labels
    return out


def agreement(split: str) -> dict[str, dict]:
    """How far the second coders agree with the written labels of ``split``.

    Returns {role ("tone", "stance"): {"n", "coders": {coder: {"accuracy",
    "macro_f1"}} (each coder against the written label), "alpha"
    (Krippendorff's, nominal, over the written label and every coder),
    "unanimous" (comments on which all agree)}}."""
    import krippendorff
    import numpy as np

    rows = load(split)
    coders = recoded(split)
    for coder, labels in coders.items():
        if set(labels) != {c.id for c in rows}:
            raise DataError(f"recoded_{split}.jsonl: coder {coder!r} did not code exactly the {split} comments")
    out = {}
    for k, (role, names) in enumerate((("tone", TONE_LABELS), ("stance", STANCE_LABELS))):
        written = [getattr(c, role) for c in rows]
        theirs = {coder: [labels[c.id][k] for c in rows] for coder, labels in sorted(coders.items())}
        table = np.array([[names.index(v) for v in seq] for seq in (written, *theirs.values())])
        out[role] = {
            "n": len(rows),
            "coders": {coder: {"accuracy": round(accuracy(written, seq), 4),
                               "macro_f1": round(macro_f1(written, seq, names), 4)} for coder, seq in theirs.items()},
            "alpha": round(float(krippendorff.alpha(reliability_data=table, level_of_measurement="nominal")), 4),
            "unanimous": int((table == table[0]).all(axis=0).sum()),
        }
    return out
