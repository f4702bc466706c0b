"""Text preparation shared by training and scoring."""
from __future__ import annotations

import re
from functools import lru_cache

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


# Titles that pysbd leaves at the end of a sentence when a hyphenated rank
# follows ("Lt.-Gen. Pasha" -> "Lt." + "-Gen. Pasha"): a sentence ending in one
# of them continues in the next.
_TITLE_END = re.compile(r"\b(?:Lt|Maj|Brig|Col|Capt|Gen|Sgt|Adm|Cdr)\.\s*$")


# A possible sentence end inside a line (a stop, then space): lines without
# one are a single sentence.
_INNER_END = re.compile(r"[.!?;:…][\"'”’)\]]*\s")


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False)


def _line_sentences(line: str) -> list[tuple[int, int]]:
    """Spans of the sentences of one line, by pysbd's rules (which keep
    "U.S.", "Mr.", "e.g." and the like inside a sentence)."""
    if not _INNER_END.search(line.rstrip()):  # one sentence at most: skip pysbd, the slow part
        return [(0, len(line))]
    spans: list[list[int]] = []
    cursor = 0
    for sentence in _segmenter().segment(line):
        piece = sentence.strip()
        if not piece:
            continue
        a = line.find(piece, cursor)
        if a < 0:  # pysbd changed the text: keep the rest of the line whole
            spans.append([cursor, len(line)])
            break
        if spans and (_TITLE_END.search(line[spans[-1][0]:spans[-1][1]]) or piece[0] in "-–"):
            spans[-1][1] = a + len(piece)
        else:
            spans.append([cursor, a + len(piece)])  # from the cursor: no character is ever skipped
        cursor = a + len(piece)
    return [(a, b) for a, b in spans]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (whitespace trimmed), in
    order: every line break ends a sentence, and within a line pysbd finds the
    boundaries, so abbreviations such as "U.S.", "Mr.", "Gen.", "No. 5" and
    "e.g." do not end one. Every non-blank character lies in a span."""
    out = []
    for m in re.finditer(r"[^\n]+", text):
        for a, b in _line_sentences(m.group()):
            a, b = m.start() + a, m.start() + b
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                out.append((a, b))
    return out
