"""Wiki talk pages copied as text (MediaWiki, Wikipedia): a discussion whose
posts each end with their writer's signature, "— Name (talk) 14:05, 3 May
2011 (UTC)" (or "(talk · contribs)", or "— Preceding unsigned comment added
by 203.0.113.5 (talk) …"), a "Reply" link after it in newer skins.

The first signed post is the article: its section heading (the line above
"Latest comment: …", or a heading ending "[edit]") is the title and its
signature's date the article's. Every later post is a comment, from the line
after the previous signature to its own; a post opening "@Name:" or "Reply to
Name:" answers that writer's latest comment. The skin's menus, the talk
page's banners and what follows the last post are neither.
"""
from __future__ import annotations

import re

from .dates import parse_date_text, parse_stamp
from .records import Comment, Page
from .splitter import _join, post_page

#: A post's closing signature: "— Ravi.Khanna (talk) 09:41, 24 October 2013 (UTC) Reply" (the text before it
#: in `head`).
SIGNATURE = re.compile(
    r"(?P<head>.*\S)\s+\((?:talk|contribs)(?:\s*[·•|]\s*(?:talk|contribs))*\)\s*"
    r"(?P<when>\d{1,2}:\d{2}, \d{1,2} [A-Z][a-z]+ \d{4} \((?:UTC|[A-Z]{2,5})\))(?:\s+Reply)?")
#: Where the writer's name starts in a signature's head: after a dash, after the note on unsigned posts, else after
#: the last sentence's end ("… instead. Faraz.Qazi", "… a one-day story. Jaan Mohammad Baloch").
_NAME_START = re.compile(r".*(?:\s[—–-]\s*|Preceding unsigned comment added by\s+|[.!?…][\"'”’)]?\s+)|^")
#: The most words of a name in a signature.
_NAME_MAX_WORDS = 5

#: The line under a section heading in newer skins: "Latest comment: 10 years ago8 comments5 people in discussion".
LATEST = re.compile(r"Latest comment: .{1,200}")
#: A heading in older skins: "Should the article be renamed?[edit]".
EDIT_HEADING = re.compile(r"(?P<title>\S.{0,200}?)\s*\[edit(?: source)?\]")
#: A reply naming the writer it answers: "@Hollis.W: …", "Reply to Bhatnagar.S: …".
ADDRESSED = re.compile(r"(?:@|Reply to\s+)(?P<name>[^:]{1,60}):")
#: The cheap test: most pages hold no signature.
_HINT = "(UTC)"


def split_talk(lines: list[str], doc_id: str, path: str, meta=None) -> Page | None:
    """The Page of a wiki talk page's discussion, or None when `lines` hold
    fewer than two signed posts or no heading above the first."""
    if sum(1 for ln in lines if _HINT in ln) < 2:
        return None
    signed = [(i, m) for i, ln in enumerate(lines) if _HINT in ln and (m := SIGNATURE.fullmatch(ln.strip()))]
    if len(signed) < 2:
        return None
    first = signed[0][0]
    heading = next((k for k in range(first - 1, -1, -1) if LATEST.fullmatch(lines[k].strip())
                    or EDIT_HEADING.fullmatch(lines[k].strip())), None)
    if heading is None:
        return None
    if LATEST.fullmatch(lines[heading].strip()):  # the heading is the line above it
        start, heading = heading + 1, heading - 1
        title = lines[heading].strip()
    else:
        start, title = heading + 1, EDIT_HEADING.fullmatch(lines[heading].strip())["title"]
    posts = []
    for (i, m), previous in zip(signed, [start - 1] + [i for i, _ in signed]):
        text, name = _signed_by(m["head"])
        posts.append((name, m["when"], _join([ln.strip() for ln in lines[previous + 1:i]] + [text])))
    poster, signed_at, body = posts[0]
    comments: list[Comment] = []
    for name, when, text in posts[1:]:
        target = (m := ADDRESSED.match(text)) and m["name"].strip()
        parent = next((c.index for c in reversed(comments) if c.author == target), None) if target else None
        comments.append(Comment(index=len(comments) + 1, author=name, posted_at=when,
                                posted_at_parsed=_moment(when), text=text, parent=parent))
    last = signed[-1][0]
    boilerplate = [ln.strip() for ln in (*lines[:start], *lines[last + 1:]) if ln.strip() and ln.strip() != title]
    return post_page(lines, doc_id, path, meta, title=title, body=body, published=parse_date_text(signed_at),
                     comments=comments, boilerplate=boilerplate)


def _signed_by(head: str) -> tuple[str, str]:
    """(the post's last line, the writer's name) of the text before "(talk)"."""
    cut = _NAME_START.match(head).end()
    name = head[cut:].strip()
    if len(name.split()) > _NAME_MAX_WORDS or not name:  # no mark before the name: its last word
        cut = head.rstrip().rfind(" ") + 1
        name = head[cut:].strip()
    text = re.sub(r"\s*[—–-]?\s*(?:Preceding unsigned comment added by)?\s*$", "", head[:cut])
    return text, name


def _moment(when: str):
    """The moment of a signature's "09:41, 24 October 2013 (UTC)" (the time first)."""
    clock, _, day = when.partition(", ")
    return parse_stamp(f"{day.rsplit(' (', 1)[0]} {clock}")
