"""Reblog chains copied as text (Tumblr, on a blog's theme or in the app):
the first long post in the chain is the article, and every addition to it
is a comment.

A post in the chain opens with its blog's name: on a line of its own
("newsdesk-pk:", or "newsdesk-pk" with "Follow" under it or a name the page
names elsewhere), or as "name reblogged this from other" (the text under it,
if any, is the addition). The chain ends at its tags ("#pakistan #us
politics", "Tagged: pakistan, usa") or its notes count ("2,134 notes"); the
notes under it add comments of their own ("name reblogged this from other and
added:" with the text under it, "name: text", "name replied to your post"
with the text under it, a theme's "name text 2 days ago"), while "name liked
this" and a reblog with nothing added are neither.

An addition answers the post it names ("reblogged this from other": the
latest addition by that blog, the article when none); one in the chain that
names none answers the addition above it. The article's headline is its
first line and the short line under it, the source and date ("The Karachi
Ledger · May 1, 2021", "indusobserver.com"), is kept out of the body, as is
a closing "Source: …" or "Read the full piece at …" line.
"""
from __future__ import annotations

import re

from . import markers
from .chat import ARTICLE_MIN_WORDS
from .dates import parse_date_text, parse_stamp
from .records import Comment, Page
from .splitter import _join, _stamp, post_page

_BLOG = r"[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?"
#: "name reblogged this from other", "… and added:".
REBLOG = re.compile(rf"(?P<name>{_BLOG}) reblogged this from (?P<source>{_BLOG})(?P<added> and added:)?")
#: A note with its text on the line: "name: text"; a chain post's head: "name:".
NAMED = re.compile(rf"(?P<name>{_BLOG}):(?:\s+(?P<text>\S.*))?")
REPLIED = re.compile(rf"(?P<name>{_BLOG}) replied to (?:your|this) post")
LIKED = re.compile(rf"{_BLOG} (?:liked|likes|posted) this")
#: A theme's reply note: the blog, its words, then the time ("name the kerry-lugar point … 2 days ago").
_NOTE_HEAD = re.compile(rf"(?P<name>{_BLOG}) (?P<rest>\S.*)")
#: A line of at least this many words is a paragraph of the post.
_PROSE_WORDS = 20
#: The most words a note's time takes at its end ("3 Sep 2018, 22:41").
_NOTE_TIME_WORDS = 6
#: The chain's end: its tags ("#pakistan #us politics", a tag a line) or its notes count.
TAGS = re.compile(r"#\S.*|Tagged:\s.*")
NOTES = re.compile(r"(?:.{0,60}(?:·|\bwith)\s*)?[\d,.]+[KkM]? notes?(?:\s*·.*)?")  # "Posted Sep 2nd with 156 notes"
#: The app's buttons and tabs among the notes.
_BUTTON = re.compile(r"Share|Reply|Reblog|Like|Follow|Replies|Reblogs|Likes|Notes|Show more notes|Load more")
#: A closing source line of the article: "Source: frontierwire.com", "Read the full piece at example.pk".
_SOURCE = re.compile(r"(?:Source|Via|Read (?:the full (?:piece|story|article)|more)(?: at)?):?\s+\S+", re.I)
#: The most characters of the source line under the headline.
_SOURCE_MAX_CHARS = 60


def split_reblogs(lines: list[str], doc_id: str, path: str, meta=None) -> Page | None:
    """The Page of a reblog chain and its notes, or None when `lines` are not
    one (no "reblogged this from" line, or no post long enough to be the article)."""
    if not any(" reblogged this from " in ln and REBLOG.fullmatch(ln.strip()) for ln in lines):
        return None
    lines = [ln.strip() for ln in lines]
    known = {m[k] for ln in lines if (m := REBLOG.fullmatch(ln)) for k in ("name", "source")}
    known |= {m["name"] for ln in lines if (m := REPLIED.fullmatch(ln))}
    # (past the first paragraph: a blog's menu may hold a "Tagged: pakistan" link above the post)
    prose = next((i for i, ln in enumerate(lines) if len(ln.split()) >= _PROSE_WORDS), 0)
    end = next((i for i, ln in enumerate(lines) if i > prose and (TAGS.fullmatch(ln) or NOTES.fullmatch(ln))),
               len(lines))
    heads = []  # (line, blog, the blog it names or None, text on the line or None, the time after that text)
    for i, ln in enumerate(lines):
        if m := REBLOG.fullmatch(ln):  # among the notes, only "… and added:" brings text
            heads.append((i, m["name"] if i < end or m["added"] else None, m["source"], None, None))
        elif m := REPLIED.fullmatch(ln):
            heads.append((i, m["name"], None, None, None))
        elif LIKED.fullmatch(ln):
            heads.append((i, None, None, None, None))
        elif (m := NAMED.fullmatch(ln)) and (m["text"] is None and i < end or m["text"] and i > end):
            heads.append((i, m["name"], None, m["text"], None))
        elif i > end and (timed := _timed_note(ln)):
            heads.append((i, timed[0], None, timed[1], timed[2]))
        elif i < end and re.fullmatch(_BLOG, ln) and (ln in known or lines[i + 1:i + 2] == ["Follow"]):
            heads.append((i, ln, None, None, None))
    texts = []
    for k, (i, *_rest) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        if i < end < stop:
            stop = end
        if i > end:  # a note's text ends at the app's next button ("Reply", "Load more")
            stop = next((j for j in range(i + 1, stop) if _BUTTON.fullmatch(lines[j])), stop)
        texts.append([ln for ln in lines[i + 1:stop] if not _BUTTON.fullmatch(ln)])
    post = next((k for k, t in enumerate(texts) if heads[k][0] < end
                 and sum(len(ln.split()) for ln in t) >= ARTICLE_MIN_WORDS), None)
    if post is None:
        return None
    title, body, published, kept_out = _article(texts[post])
    poster = heads[post][1]
    comments: list[Comment] = []
    chain: int | None = None  # the latest addition in the chain
    for (i, blog, source, inline, when), text in zip(heads[post + 1:], texts[post + 1:]):
        words = [inline] if inline else text
        if blog is None or not any(words):
            continue
        if source is not None:
            parent = None if source == poster else next(
                (c.index for c in reversed(comments) if c.author == source), None)
        else:
            parent = chain if i < end else None
        comments.append(Comment(index=len(comments) + 1, author=blog, posted_at=when,
                                posted_at_parsed=parse_stamp(when) if when else None, text=_join(words), parent=parent))
        if i < end:
            chain = comments[-1].index
    boilerplate = [ln for ln in lines[:heads[post][0] + 1] if ln] + kept_out + [
        ln for ln in lines[end:] if TAGS.fullmatch(ln) or NOTES.fullmatch(ln)]
    return post_page(lines, doc_id, path, meta, title=title, body=body, published=published,
                     comments=comments, boilerplate=boilerplate)


def _timed_note(line: str) -> tuple[str, str, str] | None:
    """(blog, text, time) of a note that ends with its time ("name Unreal. 2 days ago"), else None."""
    if not (m := _NOTE_HEAD.fullmatch(line)):
        return None
    words = m["rest"].split()
    for k in range(max(1, len(words) - _NOTE_TIME_WORDS), len(words)):
        tail = " ".join(words[k:])
        if _stamp(tail) == tail:
            return m["name"], " ".join(words[:k]), tail
    return None


def _article(text: list[str]):
    """(title, body, date, lines kept out) of the reblogged article: its
    headline, the source line under it, its paragraphs, a closing source line."""
    rows = [ln for ln in text if ln]
    title, kept_out, published = (rows[0] if rows else None), [], None
    rest = text[text.index(title) + 1:] if title else []
    first = next((k for k, ln in enumerate(rest) if ln), None)
    if first is not None and len(rest[first]) <= _SOURCE_MAX_CHARS and (
            (published := parse_date_text(rest[first])) or markers.LINK_DOMAIN.fullmatch(rest[first])
            or re.search(r"\s[·|]\s", rest[first])):
        kept_out.append(rest.pop(first))
    while rest and (not rest[-1] or _SOURCE.fullmatch(rest[-1])):
        if rest[-1]:
            kept_out.append(rest[-1])
        rest.pop()
    return title, _join(rest), published, kept_out
