"""Text preparation shared by training and scoring."""
from __future__ import annotations

import re

_HANDLE = re.compile(r"(?<![\w@])@\w{1,30}")
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_HASHTAG = re.compile(r"(?<![\w&])#(\w+)")
# The words of a camel-case hashtag: capital runs (USA), capitalised or
# lower-case words, and numbers; underscores separate.
_HASHTAG_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+|[^\W\d_]+")


def _split_hashtag(match: re.Match) -> str:
    words = _HASHTAG_WORD.findall(match.group(1))
    return "#" + " ".join(words) if len(words) > 1 else match.group(0)


def normalise_social(text: str) -> str:
    """Replace user handles by ``@user`` and links by ``http``, as TweetEval
    does, and split camel-case hashtags into words (#WearAMask -> #Wear A
    Mask: the uncased tokenizer would otherwise cut ``wearamask`` into
    meaningless pieces), so that scored text looks like the text the model
    was trained on."""
    return _HASHTAG.sub(_split_hashtag, _URL.sub("http", _HANDLE.sub("@user", text)))


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
