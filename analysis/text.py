"""Text preparation shared by training and scoring."""
from __future__ import annotations

import re

_HANDLE = re.compile(r"(?<![\w@])@\w{1,30}")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


def normalise_social(text: str) -> str:
    """Replace user handles by ``@user`` and links by ``http``, as TweetEval
    does, so that scored text looks like the text the model was trained on."""
    return _URL.sub("http", _HANDLE.sub("@user", text))


# A sentence ends at . ! ? (possibly followed by quotes/brackets) before
# whitespace and an uppercase letter, digit or quote; newlines always end one.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])|\n+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (whitespace trimmed),
    covering every non-blank character in order."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out
