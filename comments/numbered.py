"""Comment sections whose comments are numbered ("Comment number 42."), as
old BBC "Have Your Say" debates and other moderated boards lay them out.

Each comment has a head: its number, its time ("Added: Monday, 2 May 2011
at 10:12", or the time alone) and its writer ("by Name", or the name alone),
in either order, and an "In reply to comment number 12" line when it answers
one; then a footer of buttons and its rating ("Complain about this comment",
"Rating: +48", "Rate this comment positively"). The text sits between the
head and the footer, or, on pages that put the head under the text, between
the previous comment's footer and the head. A numbered block with no writer
and no time (a comment removed by the moderators) is not a comment.
"""
from __future__ import annotations

import re

from . import markers
from .dates import parse_stamp
from .records import Comment

#: A comment's number in its head: "Comment number 42.", "Comment no. 7", "Comment #3".
NUMBER = re.compile(r"Comment (?:number|no\.?|#)\s*(?P<n>\d[\d,]*)\.?", re.I)
#: The comment a reply answers: "In reply to comment number 12".
REPLY_TO = re.compile(r"In (?:reply|response) to comment (?:number|no\.?|#)\s*(?P<n>\d[\d,]*)\.?", re.I)
#: A label before the time: "Added: …", "Posted: …".
TIME_LABEL = re.compile(r"(?:Added|Posted|Submitted|Written)(?: on| at)?\s*:?\s*", re.I)
#: The footer under a comment: complaint and rating buttons, the rating.
FOOTER = re.compile(r"Complain about this comment|Report (?:this|abuse)(?: comment)?|Rate this comment (?:positively|negatively)"
                    r"|(?:Rating:?\s*)?[+\-−]\s?\d[\d,]*|Rating:?\s*0|Editors['’]? [Pp]ick", re.I)
#: At most this many lines of a head under its number.
_HEAD_LINES = 3
#: The longest line read as a writer's name.
_NAME_MAX_CHARS = 40


def split_numbered(sec: list[str]) -> list[Comment] | None:
    """The comments of a section of numbered comments (`sec`: its lines,
    blanks kept), or None when fewer than two lines number a comment."""
    from .splitter import _join, _stamp

    numbers = [i for i, ln in enumerate(sec) if ln and NUMBER.fullmatch(ln)]
    if len(numbers) < 2:
        return None
    heads = []
    for i in numbers:
        author = when = target = None
        k, seen = i + 1, 0
        while k < len(sec) and seen < _HEAD_LINES:
            line = sec[k]
            if line:
                stamp = _stamp(TIME_LABEL.sub("", line, count=1))
                if when is None and stamp:
                    when = stamp
                elif (m := REPLY_TO.fullmatch(line)):
                    target = int(m["n"].replace(",", ""))
                elif author is None and len(line) <= _NAME_MAX_CHARS and len(line.split()) <= 4 \
                        and not FOOTER.fullmatch(line) and not line.endswith((".", "?", "!")):
                    author = re.sub(r"^by\s+", "", line)
                else:
                    break
                seen += 1
            k += 1
        heads.append((i, k, author, when, target))
    # the text under each head, unless the pages puts the footer right under it (the text is then above the head)
    after = sum(not FOOTER.fullmatch(next((ln for ln in sec[end:] if ln), "")) for _, end, *_ in heads)
    text_below = 2 * after > len(heads)
    comments: list[Comment] = []
    index_of: dict[int, int] = {}
    previous_end = 0
    for n, (i, end, author, when, target) in enumerate(heads):
        if text_below:
            stop = numbers[n + 1] if n + 1 < len(numbers) else len(sec)
            block = sec[end:stop]
            cut = next((k for k, ln in enumerate(block) if ln and FOOTER.fullmatch(ln)), len(block))
            block = block[:cut]
        else:
            block = sec[previous_end:i]
            if n == 0:  # the section's header lines above the first text: short lines that are not sentences
                while block and (not block[0] or markers.MENU_GAP.search(block[0]) or (
                        len(block[0].split()) <= 8 and not markers.SENTENCE_END.search(block[0]))):
                    block = block[1:]
            previous_end = end
            while previous_end < len(sec) and (not sec[previous_end] or FOOTER.fullmatch(sec[previous_end])):
                previous_end += 1
        text = _join([ln for ln in block if not (ln and (FOOTER.fullmatch(ln) or REPLY_TO.fullmatch(ln)))])
        if not text or (author is None and when is None):
            continue  # a comment removed by the moderators: its notice only
        number = int(NUMBER.fullmatch(sec[i])["n"].replace(",", ""))
        index_of[number] = len(comments) + 1
        comments.append(Comment(index=len(comments) + 1, author=author, posted_at=when,
                                posted_at_parsed=parse_stamp(when) if when else None, text=text,
                                parent=index_of.get(target) if target is not None else None))
    return comments
