"""Pick, order and print scored comments for a reader to check by eye.

`select_comments` is the pure filtering and sorting step (DataFrame in,
DataFrame out); `format_comments` turns its result into terminal text.
"""
from __future__ import annotations

import math
import re
import textwrap
from dataclasses import dataclass

import numpy as np
import pandas as pd

from reports.aggregate import require_columns, parse_json_list, year_label
from reports.errors import QueryError
from reports.vocabulary import CONFIDENCE_OF, SORT_KEYS, STANCE_LABELS, TONE_LABELS, UNKNOWN_YEAR

MENTION_OPEN, MENTION_CLOSE = "\u00ab", "\u00bb"  # « and », rare in comment text
_TONE_P = ("p_negative", "p_neutral", "p_positive")
_STANCE_P = ("p_against", "p_none", "p_favor")


@dataclass(frozen=True)
class CommentQuery:
    """Which comments to keep and how to order them; None means "any".

    article: doc_id of one article.
    year: a year label, "2011" or "unknown" (articles without a date).
    tone: one of TONE_LABELS. stance: one of STANCE_LABELS.
    min_confidence: keep comments whose confidence is at least this (0 to 1).
    confidence_of: "tone" (the tone's top probability), "stance" (the
        stance's top probability) or "both" (the smaller of the two, so both
        labels must clear the bar).
    sort: "position" (stored order: article by article, in page order),
        "confidence" (most confident first), "tone" (most negative tone_score
        first) or "stance" (most against first, by p_favor - p_against).
        Ties keep the stored order.
    """

    article: str | None = None
    year: str | None = None
    tone: str | None = None
    stance: str | None = None
    min_confidence: float = 0.0
    confidence_of: str = "both"
    sort: str = "position"


def comment_confidence(comments: pd.DataFrame, of: str = "both") -> pd.Series:
    """Each comment's confidence: the top tone probability, the top stance
    probability, or ("both") the smaller of the two. Raises QueryError for an
    unknown `of`."""
    _check_choice("confidence_of", of, CONFIDENCE_OF)
    tone = comments.loc[:, list(_TONE_P)].max(axis=1)
    stance = comments.loc[:, list(_STANCE_P)].max(axis=1)
    if of == "tone":
        return tone.rename("confidence")
    if of == "stance":
        return stance.rename("confidence")
    return np.minimum(tone, stance).rename("confidence")


def select_comments(comments: pd.DataFrame, query: CommentQuery) -> pd.DataFrame:
    """The comments matching `query`, in its sort order, with a `confidence` column.

    Returns a new frame with the columns of `comments` plus `confidence`
    (see CommentQuery.confidence_of) and a fresh RangeIndex; `comments` is
    left untouched. Raises QueryError naming the bad value and the allowed ones
    when the query holds an unknown label, year or sort key, or a
    min_confidence outside [0, 1].
    """
    _validate(query)
    require_columns(comments, ("doc_id", "year", "tone", "tone_score", "stance")
                     + _TONE_P + _STANCE_P, "comments")
    result = comments.reset_index(drop=True)
    result = result.assign(confidence=comment_confidence(result, query.confidence_of))
    keep = pd.Series(True, index=result.index)
    if query.article is not None:
        keep &= result["doc_id"] == query.article
    if query.year is not None:
        keep &= result["year"].map(year_label) == query.year
    if query.tone is not None:
        keep &= result["tone"] == query.tone
    if query.stance is not None:
        keep &= result["stance"] == query.stance
    if query.min_confidence > 0:
        keep &= result["confidence"] >= query.min_confidence
    result = result[keep.to_numpy()]
    if query.sort == "confidence":
        result = result.sort_values("confidence", ascending=False, kind="stable")
    elif query.sort == "tone":
        result = result.sort_values("tone_score", kind="stable")
    elif query.sort == "stance":
        lean = result["p_favor"] - result["p_against"]
        result = result.iloc[np.argsort(lean.to_numpy(), kind="stable")]
    return result.reset_index(drop=True)


def format_comments(selected: pd.DataFrame, width: int = 88) -> str:
    """Terminal text for the rows of `selected` (a select_comments result),
    numbered from 1, one block per comment separated by blank lines.

    Each block shows where the comment comes from, its tone and stance with all
    probabilities, its text wrapped to `width` with target mentions marked
    «like this», the mentions and the evidence sentences.
    """
    blocks = [_format_one(number, row, width)
              for number, row in enumerate(selected.to_dict("records"), start=1)]
    return terminal_safe("\n\n".join(blocks))


# Control characters (C0 but the line break, DEL, C1, which holds the CSI that
# starts ANSI sequences) and bidirectional overrides: page text holding them
# could retitle or clear a terminal, or show text in another order than stored.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """`text` with tabs as spaces and every other control character removed."""
    return _UNPRINTABLE.sub("", text.replace("\t", " "))


def format_summary(n_shown: int, n_matched: int, n_total: int) -> str:
    """One line saying how many comments matched and how many are shown."""
    if n_matched == 0:
        return f"No comments match (of {n_total} stored)."
    noun = "comment matches" if n_matched == 1 else "comments match"
    line = f"{n_matched} {noun} (of {n_total} stored)"
    if n_shown < n_matched:
        return f"{line}; showing the first {n_shown}. Raise --limit to see more."
    return f"{line}."


def highlight_mentions(text: str, mentions: list) -> str:
    """`text` with every [start, end, surface] span wrapped in « and ».

    Spans that overlap an earlier one or fall outside the text are skipped
    rather than corrupting the text.
    """
    pieces, cursor = [], 0
    for start, end in sorted((int(m[0]), int(m[1])) for m in mentions):
        if start < cursor or end > len(text) or start >= end:
            continue
        pieces += [text[cursor:start], MENTION_OPEN, text[start:end], MENTION_CLOSE]
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)


def _format_one(number: int, row: dict, width: int) -> str:
    indent = "    "
    origin = [f"article {row['doc_id']}, comment {row['comment_index']}"]
    origin += [str(row[key]) for key in ("site", "published") if _present(row.get(key))]
    lines = [f"[{number}] " + " | ".join(origin)]
    if _present(row.get("title")):
        lines += textwrap.wrap(f'"{row["title"]}"', width, initial_indent=indent,
                               subsequent_indent=indent)
    author = str(row["author"]) if _present(row.get("author")) else None
    posted = str(row["posted_at"]) if _present(row.get("posted_at")) else None
    if author:  # "by Sana at Mar 3, 2016", "by Sana"
        lines.append(f"{indent}by {author}" + (f" at {posted}" if posted else ""))
    elif posted:  # no author shown: "posted Mar 3, 2016"
        lines.append(f"{indent}posted {posted}")
    tone_p = "  ".join(f"{name[2:]} {row[name]:.2f}" for name in _TONE_P)
    stance_p = "  ".join(f"{name[2:]} {row[name]:.2f}" for name in _STANCE_P)
    tone_label = f"{row['tone']} ({row['tone_score']:+.2f})"
    lines.append(f"{indent}tone    {tone_label:<18}  {tone_p}")
    lines.append(f"{indent}stance  {row['stance']:<18}  {stance_p}")
    if "human_tone" in row:  # a disagreement with the hand-coded labels
        coded = ", ".join(f"{role} {row['human_' + role]}" for role in ("tone", "stance")
                          if _present(row.get("human_" + role)))
        lines.append(f"{indent}coded   {coded}")
    mentions = parse_json_list(row.get("mentions"), "mentions")
    text = highlight_mentions(str(row["text"]), mentions)
    body = []
    for paragraph in text.splitlines() or [""]:
        body += textwrap.wrap(paragraph, width - 2 * len(indent)) or [""]
    lines += [indent + "> " + line if line else indent + ">" for line in body]
    if mentions:
        surfaces = ", ".join(str(m[2]) if len(m) > 2 else "?" for m in mentions)
        lines += textwrap.wrap(f"mentions ({len(mentions)}): {surfaces}", width,
                               initial_indent=indent, subsequent_indent=indent * 2)
    evidence = parse_json_list(row.get("evidence"), "evidence")
    if evidence:
        lines.append(f"{indent}evidence:")
        for sentence in evidence:
            lines += textwrap.wrap(str(sentence), width, initial_indent=indent + "- ",
                                   subsequent_indent=indent + "  ")
    return "\n".join(lines)


def _present(value) -> bool:
    if value is None or value is pd.NA:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return str(value) != ""


def _validate(query: CommentQuery) -> None:
    if query.tone is not None:
        _check_choice("tone", query.tone, TONE_LABELS)
    if query.stance is not None:
        _check_choice("stance", query.stance, STANCE_LABELS)
    _check_choice("sort", query.sort, SORT_KEYS)
    _check_choice("confidence_of", query.confidence_of, CONFIDENCE_OF)
    if query.year is not None and query.year != UNKNOWN_YEAR and not (
            isinstance(query.year, str) and query.year.isdigit() and len(query.year) == 4):
        raise QueryError(f"year must be a four-digit year such as 2011 or "
                         f"{UNKNOWN_YEAR!r}, got {query.year!r}")
    if not 0 <= query.min_confidence <= 1:
        raise QueryError(f"min_confidence must lie between 0 and 1, "
                         f"got {query.min_confidence!r}")


def _check_choice(name: str, value, allowed) -> None:
    if value not in allowed:
        raise QueryError(f"{name} must be one of {', '.join(allowed)}; got {value!r}")
