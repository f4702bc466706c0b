"""Readers for the labelled public datasets in a data folder (``../shared/data``).

Every reader returns a list of :class:`Example` with labels already mapped to the
project's label names. Which split a reader may serve (train / dev / test /
held-out) follows the data folder's README: test and ``*eval*`` files and the
Donald Trump target are for reporting only, and nothing here mixes them into
training.
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import DataError
from .labels import TONE_LABELS
from .text import normalise_social

TONE = "tone"
STANCE = "stance"


@dataclass(frozen=True)
class Example:
    """One labelled text: ``task`` is "tone" or "stance"; ``target`` is the
    stance target (empty for tone examples); ``label`` is a label name."""

    text: str
    target: str
    label: str
    task: str
    source: str


_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _unescape(text: str) -> str:
    # The SemEval-2017 release stores non-ASCII characters and commas as
    # literal "\u2019" / "\u002c" sequences.
    return _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def _require(path: Path) -> Path:
    if not path.exists():
        raise DataError(f"{path}: missing. Pass --data pointing at the folder that holds tone/ and stance/.")
    return path


def _tweeteval(data: Path, split: str) -> list[Example]:
    folder = _require(data / "tone" / "tweeteval")
    texts = (folder / f"{split}_text.txt").read_text(encoding="utf-8").split("\n")
    labels = (folder / f"{split}_labels.txt").read_text(encoding="utf-8").split("\n")
    texts, labels = [t for t in texts if t.strip() or False], [l for l in labels if l.strip()]
    if len(texts) != len(labels):
        raise DataError(f"{folder}/{split}_text.txt: {len(texts)} texts but {len(labels)} labels")
    return [Example(normalise_social(t.strip()), "", TONE_LABELS[int(l)], TONE, f"tweeteval_{split}")
            for t, l in zip(texts, labels)]


def tweeteval_val(data: Path) -> list[Example]:
    return _tweeteval(data, "val")


def tweeteval_test(data: Path) -> list[Example]:
    return _tweeteval(data, "test")


def semeval2017_train(data: Path) -> list[Example]:
    """All SemEval-2017 Task 4A training releases, de-duplicated by tweet id,
    normalised like TweetEval, with every TweetEval val/test text removed."""
    folder = _require(data / "tone" / "semeval2017")
    held_out = {e.text for e in tweeteval_val(data)} | {e.text for e in tweeteval_test(data)}
    seen_ids: set[str] = set()
    seen_texts: set[str] = set()
    out = []
    for path in sorted(folder.glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) < 3 or parts[1] not in TONE_LABELS or parts[0] in seen_ids:
                continue
            seen_ids.add(parts[0])
            text = normalise_social(_unescape(parts[2]).strip())
            if text in held_out or text in seen_texts:
                continue
            seen_texts.add(text)
            out.append(Example(text, "", parts[1], TONE, "semeval2017"))
    return out


_NEWSMTSC = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


def newsmtsc(data: Path, split: str) -> list[Example]:
    """NewsMTSC sentences whose targets all share one polarity (a sentence
    with mixed polarities has no single tone)."""
    path = _require(data / "tone" / "newsmtsc" / f"{split}.jsonl")
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        labels = {_NEWSMTSC.get(t["polarity"]) for t in row["targets"]}
        if len(labels) == 1 and None not in labels:
            out.append(Example(row["sentence_normalized"].strip(), "", labels.pop(), TONE, f"newsmtsc_{split}"))
    return out


_STANCE_NAMES = {"AGAINST": "against", "FAVOR": "favor", "NONE": "none"}
_VAST_LABELS = {"0": "against", "1": "favor", "2": "none"}


def _csv_rows(path: Path, encoding: str = "utf-8") -> list[dict]:
    with _require(path).open(encoding=encoding, newline="") as fh:
        return list(csv.DictReader(fh))


def semeval2016(data: Path, split: str) -> list[Example]:
    """split: "train", "trial", "testA" or "testB" (Donald Trump: held out)."""
    names = {"train": "trainingdata-all-annotations.txt", "trial": "trialdata-all-annotations.txt",
             "testA": "testdata-taskA-all-annotations.txt", "testB": "testdata-taskB-all-annotations.txt"}
    path = _require(data / "stance" / "semeval2016" / names[split])
    text = path.read_bytes().decode("latin-1")
    out = []
    for line in text.splitlines()[1:]:
        parts = line.split("\t")
        if len(parts) < 4 or parts[3].strip() not in _STANCE_NAMES:
            continue
        target = parts[1].strip()
        if split != "testB" and target == "Donald Trump":
            continue  # the held-out target never reaches training
        tweet = normalise_social(parts[2].replace("#SemST", "").strip())
        out.append(Example(tweet, target, _STANCE_NAMES[parts[3].strip()], STANCE, f"semeval2016_{split}"))
    return out


def _post_in_dev(post: str, share: float = 0.1) -> bool:
    digest = hashlib.sha1(post.encode("utf-8")).digest()
    return digest[0] < 256 * share


def vast(data: Path, split: str) -> list[Example]:
    """split: "train" / "dev" (a 10% carve of train by post, stable by hash),
    "test" (zero-shot rows have source "vast_test_zeroshot") or "us_eval" (held out).

    The target is ``topic_str``, the topic the row's label is about. Do not use
    ``new_topic``: on the type 4 rows (a post paired with an unrelated topic,
    labelled neutral; a third of the test set) it holds a topic of the same
    post's other rows, so (post, new_topic) pairs repeat with contradicting
    labels (966 of 1,959 distinct test pairs, against 10 of 2,917 with
    ``topic_str``). On the other rows ``topic_str`` is ``new_topic``
    lemmatised ("humanities programs" -> "humanity program")."""
    file = {"train": "train", "dev": "train", "test": "test", "us_eval": "us_eval"}[split]
    out = []
    for row in _csv_rows(data / "stance" / "vast" / f"{file}.csv"):
        if split in ("train", "dev") and _post_in_dev(row["post"]) != (split == "dev"):
            continue
        zero_shot = "_zeroshot" if file == "test" and row["seen?"] == "0" else ""
        out.append(Example(row["post"].strip(), row["topic_str"].strip(), _VAST_LABELS[row["label"]], STANCE,
                           f"vast_{file}{zero_shot}"))
    return out


def tweet_stance(data: Path, name: str, split: str) -> list[Example]:
    """covid19, argmin or pstance; split: train / val / test."""
    out = []
    for row in _csv_rows(data / "stance" / name / f"{split}.csv"):
        label = _STANCE_NAMES.get(row["Stance 1"].strip())
        target = row["Target 1"].strip()
        if label is None or target.lower() == "donald trump":
            continue
        out.append(Example(normalise_social(row["Tweet"].strip()), target, label, STANCE, f"{name}_{split}"))
    return out
