"""Windows of a long text that fit a model: whole sentences packed greedily
into a token budget, a sentence longer than the budget cut at token
boundaries. Each backend windows texts with its own tokenizer and length
(``analysis.backends``); the classifier aggregates the windows' scores."""
from __future__ import annotations

import numpy as np

from .text import normalise_social, sentence_spans


def split_parts(text: str, tokenizer, budget: int) -> list[tuple[int, int, int]]:
    """(start, end, n_tokens) windows that cover ``text`` in order, each at
    most ``budget`` tokens: whole sentences packed greedily, and a sentence
    longer than the budget cut at token boundaries."""
    if not text.strip():
        return [(0, len(text), 1)]
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    offsets = [o for o in enc["offset_mapping"] if o[1] > o[0]]
    if len(offsets) <= budget:
        return [(0, len(text), max(1, len(offsets)))]
    starts = [o[0] for o in offsets]
    parts: list[tuple[int, int, int]] = []
    cur: list[int] | None = None  # [start, end, tokens]
    for a, b in sentence_spans(text):
        lo = np.searchsorted(starts, a)
        hi = np.searchsorted(starts, b)
        n = int(hi - lo)
        if n > budget:
            if cur:
                parts.append(tuple(cur))
                cur = None
            for k in range(lo, hi, budget):
                chunk = offsets[k:min(hi, k + budget)]
                parts.append((chunk[0][0], chunk[-1][1], len(chunk)))
        elif cur and cur[2] + n <= budget:
            cur[1], cur[2] = b, cur[2] + n
        else:
            if cur:
                parts.append(tuple(cur))
            cur = [a, b, max(1, n)]
    if cur:
        parts.append(tuple(cur))
    return parts


def split_prepared(text: str, tokenizer, budget: int) -> list[tuple[int, int, int]]:
    """``split_parts``, with each window still within ``budget`` after
    ``normalise_social`` (splitting a hashtag into words can add tokens):
    a window that grows past it is split again with a smaller budget."""
    out = []
    for a, b, n in split_parts(text, tokenizer, budget):
        if "#" in text[a:b]:
            grown = len(tokenizer(normalise_social(text[a:b]), add_special_tokens=False)["input_ids"])
            smaller = budget - (grown - budget)  # < budget whenever the window grew
            if grown > budget and smaller >= 1:
                out += [(a + x, a + y, m) for x, y, m in split_prepared(text[a:b], tokenizer, smaller)]
                continue
        out.append((a, b, n))
    return out
