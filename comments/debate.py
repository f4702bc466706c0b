"""Argument maps copied as text (Kialo): a thesis with its background, then
numbered claims for and against it ("1.1", "Pro", the claim, "23 votes").

The thesis and its background are the article: the headline-like line above
the "Thesis" label is the title, the discussion's "Created … <date>" line
dates it, and labels, tags and the creator's line are kept out of the body.
Every claim is a comment: its writer and date from a "Created by Name · Jun
21, 2021" line under it, from a "Written by" / "Created" info panel, or from
a name and a date above its text; vote and comment counters and edit notes
are dropped. A claim numbered 1.1.2 answers claim 1.1 (a claim numbered 1.x
answers the thesis: no parent).
"""
from __future__ import annotations

import re

from .dates import parse_date_text, parse_stamp
from .records import Comment, Page
from .splitter import _is_byline, _join, _name_like, post_page

#: A claim's number: "1.1", "1.2.1.1".
NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})+")
STANCE = re.compile(r"Pro|Con")
#: A claim's counters: "23 votes", "6 comments", "Votes 38 · Comments 7", "Votes: 29 · Comments: 5".
COUNTERS = re.compile(r"[\d.,]+K?\s+(?:votes?|comments?)|Votes?:?\s*[\d.,]+K?(?:\s*·\s*Comments?:?\s*[\d.,]+K?)?",
                      re.I)
#: "Created by Bilal Awan · Jun 21, 2021" under a claim.
CREATED_BY = re.compile(r"Created by (?P<name>[^·]{1,60}?)\s*·\s*(?P<when>.{4,40})")
#: An edit note: "Edited by Hamza Siddiqui · Jun 24, 2021", "Edited Nov 26, 2019".
EDITED = re.compile(r"(?:Last )?[Ee]dited\b.{0,80}")
#: A claim's info panel: its labels, each above its value.
_INFO = "Claim info"
_WRITTEN = "Written by"
_CREATED = "Created"
#: The discussion's labels around the thesis.
LABEL = re.compile(r"Thesis|Background(?: info)?|Sources?|Pros|Cons|Sort by:.{0,40}|Tags:.{0,300}"
                   r"|(?:By .{1,60} · )?Created\b.{0,120}", re.I)
#: The fewest words of the discussion's title.
_TITLE_MIN_WORDS = 4


def split_debate(lines: list[str], doc_id: str, path: str, meta=None) -> Page | None:
    """The Page of an argument map, or None when `lines` hold fewer than two
    numbered claims (a number line, then "Pro" or "Con")."""
    rows = [ln.strip() for ln in lines]
    filled = [i for i, ln in enumerate(rows) if ln]
    claims = [i for k, i in enumerate(filled[:-1])
              if NUMBER.fullmatch(rows[i]) and STANCE.fullmatch(rows[filled[k + 1]])]
    if len(claims) < 2:
        return None
    head = rows[:claims[0]]
    thesis = next((i for i, ln in enumerate(head) if ln == "Thesis"), None)
    top = thesis if thesis is not None else next((i for i, ln in enumerate(head) if len(ln.split()) > 12), 0)
    title_at = next((i for i in range(top - 1, -1, -1) if len(head[i].split()) >= _TITLE_MIN_WORDS
                     and "·" not in head[i] and ":" not in head[i] and not parse_date_text(head[i])
                     and not _is_byline(head[i])), None)
    title = head[title_at] if title_at is not None else None
    start = (thesis + 1) if thesis is not None else (title_at + 1 if title_at is not None else 0)
    body_rows = [ln for ln in head[start:] if not LABEL.fullmatch(ln)]
    body = _join(body_rows).strip()
    published = next((d for ln in head if "Created" in ln and (d := parse_date_text(ln.partition("Created")[2]))), None)
    comments: list[Comment] = []
    numbered: dict[str, int] = {}
    for k, at in enumerate(claims):
        stop = claims[k + 1] if k + 1 < len(claims) else len(rows)
        found = _claim([ln for ln in rows[at + 1:stop] if ln][1:])
        if found is None:
            continue
        author, when, text = found
        number = rows[at]
        parent = numbered.get(number.rsplit(".", 1)[0])
        comments.append(Comment(index=len(comments) + 1, author=author, posted_at=when,
                                posted_at_parsed=parse_stamp(when) if when else None, text=text, parent=parent))
        numbered[number] = comments[-1].index
    boilerplate = [ln for ln in head if ln and ln not in body_rows and ln != title]
    return post_page(lines, doc_id, path, meta, title=title, body=body, published=published,
                     comments=comments, boilerplate=boilerplate)


def _claim(rows: list[str]) -> tuple[str | None, str | None, str] | None:
    """(writer, date as written, text) of a claim's lines under its stance, or
    None when it has no text. The text ends at its counters or its info."""
    author = when = None
    if len(rows) > 2 and _name_like(rows[0]) and parse_date_text(rows[1]) and len(rows[1]) <= 40:
        author, when, rows = rows[0], rows[1], rows[2:]  # the name and the date above the text
    end = next((i for i, ln in enumerate(rows) if COUNTERS.fullmatch(ln) or ln == _INFO or CREATED_BY.fullmatch(ln)),
               len(rows))
    text = [ln for ln in rows[:end] if not EDITED.fullmatch(ln)]
    for i, ln in enumerate(rows[end:], end):
        if (m := CREATED_BY.fullmatch(ln)) and author is None:
            author, when = m["name"].strip(), m["when"].strip()
        elif ln == _WRITTEN and i + 1 < len(rows) and author is None:
            author = rows[i + 1]
        elif ln == _CREATED and i + 1 < len(rows) and when is None:
            when = rows[i + 1]
        elif NUMBER.fullmatch(ln):
            break
    return (author, when, "\n\n".join(text)) if text else None
