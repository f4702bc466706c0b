"""Journal entries copied as text (LiveJournal, Dreamwidth): an entry under
its subject and date, then comments each closed by its links ("(Reply)
(Thread) (Parent) (Link)", "Reply | Parent | Thread | Link").

A comment is its subject line (optional: "Re: a mile from Kakul", "(no
subject)"), its writer ("[info]name", "[personal profile] name", "name
wrote:", "(Anonymous)"), its time ("2011-05-02 10:12 am (UTC)", "Date:
2012-07-04 02:15 pm (UTC)", "Oct. 9th, 2009 12:14 am (UTC)"), its text and its
links. A subject "Re: X" answers the latest comment whose subject is X, an
opening "@name" that writer's latest comment. The entry is the article: the
headline-like line beside its date line is the title, and its tags, mood and
music lines and the comment count are kept out of the body.
"""
from __future__ import annotations

import re

from .dates import parse_date_text, parse_stamp
from .records import Comment, Page
from .splitter import _join, post_page

#: A comment's closing links.
LINKS = re.compile(r"(?:\((?:Reply|Thread|Parent|Link|Expand)\)\s*){2,}"
                   r"|(?:Reply|Parent|Thread|Link)(?:\s*\|\s*(?:Reply|Parent|Thread|Link))+")
#: A comment's time: "2011-05-02 10:12 am (UTC)", "Date: …", "Oct. 9th, 2009 12:14 am (UTC)".
STAMP = re.compile(r"(?:Date:\s*)?(?P<when>.{6,40}?\d{1,2}:\d{2}\s*[ap]m \((?:UTC|[A-Z]{2,5})\))", re.I)
#: A comment's writer: "[info]name", "[personal profile] name", "name wrote:", "(Anonymous)".
WRITER = re.compile(r"(?:\[[^\]]{1,30}\]\s*)?\(?(?P<name>[\w.-]{1,40})\)?(?: wrote:)?")
#: What closes the entry: its tags, mood and music lines, the comment count.
ENTRY_END = re.compile(r"Tags:.*|Current [A-Z][a-z]+:.*|\(?\d+ comments?\b.*", re.I)
#: The entry's date line: "May. 2nd, 2011 at 9:14 AM", "Jul. 4th, 2012 06:40 pm".
ENTRY_DATE = re.compile(r"[A-Z][a-z]{2}\.? \d{1,2}(?:st|nd|rd|th)?, \d{4}(?: at)? \d{1,2}:\d{2}\s*[AaPp][Mm]")
#: The entry's writer and userpic lines under its date.
_ENTRY_META = re.compile(r"\[[^\]]{1,60}\].*|[\w.-]{1,40}")
#: A comment removed or hidden.
_GONE = re.compile(r"\((?:Deleted|Screened|Frozen) comment\)")
_MIN_TITLE_WORDS = 4


def split_journal(lines: list[str], doc_id: str, path: str, meta=None) -> Page | None:
    """The Page of a journal entry and its comments, or None when `lines` hold
    fewer than two comments closed by their links."""
    rows = [ln.strip() for ln in lines]
    closes = [i for i, ln in enumerate(rows) if ln and LINKS.fullmatch(ln)]
    if len(closes) < 2:
        return None
    comments: list[Comment] = []
    subjects: dict[int, str] = {}
    first = None
    for start, stop in zip([-1, *closes], closes):
        block = rows[start + 1:stop]
        at = next((k for k, ln in enumerate(block) if STAMP.fullmatch(ln)), None)
        if at is None or at == 0 or not (writer := WRITER.fullmatch(block[at - 1])):
            continue
        subject = block[at - 2] if at >= 2 and not _GONE.fullmatch(block[at - 2]) else ""
        if first is None:  # the first comment starts at its subject or its writer
            first = start + at - (1 if subject else 0)
        text = _join(block[at + 1:])
        if not text:
            continue
        name = writer["name"]
        target = subject[4:].strip() if subject.startswith("Re: ") else None
        parent = next((k for k in sorted(subjects, reverse=True) if subjects[k] == target), None) if target else None
        if parent is None and (m := re.match(r"@([\w.-]+)", text)):
            parent = next((c.index for c in reversed(comments) if c.author == m[1]), None)
        when = STAMP.fullmatch(block[at])["when"]
        comments.append(Comment(index=len(comments) + 1, author="Anonymous" if name == "Anonymous" else name,
                                posted_at=when, posted_at_parsed=parse_stamp(when.rsplit(" (", 1)[0]),
                                text=text, parent=parent))
        subjects[comments[-1].index] = subject
    if len(comments) < 2 or first is None:
        return None
    title, body, published, kept_out = _entry(rows[:first])
    boilerplate = kept_out + [ln for ln in rows[closes[-1] + 1:] if ln]
    return post_page(lines, doc_id, path, meta, title=title, body=body, published=published,
                     comments=comments, boilerplate=boilerplate)


def _entry(rows: list[str]):
    """(title, body, date, lines kept out) of the entry above the comments."""
    dated = next((i for i, ln in enumerate(rows) if ENTRY_DATE.fullmatch(ln)), None)
    if dated is None:
        return None, _join(rows), None, []
    near = [i for i in (dated - 1, dated + 1, dated + 2) if 0 <= i < len(rows)]
    title_at = next((i for i in near if len(rows[i].split()) >= _MIN_TITLE_WORDS
                     and not rows[i].endswith(".") and not rows[i].startswith("[") and "|" not in rows[i]), None)
    start = max(dated, title_at if title_at is not None else dated) + 1
    while start < len(rows) and (not rows[start] or _ENTRY_META.fullmatch(rows[start])):
        start += 1
    end = next((i for i in range(start, len(rows)) if ENTRY_END.fullmatch(rows[i])), len(rows))
    title = rows[title_at] if title_at is not None else None
    kept_out = [ln for ln in rows[:start] if ln and ln != title] + [ln for ln in rows[end:] if ln]
    return title, _join(rows[start:end]), parse_date_text(rows[dated]), kept_out
