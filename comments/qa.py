"""Question-and-answer sites copied as text (Stack Exchange): the question is
the article, every answer and every comment on a post is a comment.

A post (the question, each answer) is its vote count on a line of its own,
its text, then its tools ("Share", "Improve this answer", "Follow", or one
line "share improve this answer follow") and its card: "edited <date>" with
the editor, "asked <date>" or "answered <date>", then the poster's name and
reputation ("5,678●12●34"). A comment is one line ending " – Name <date>"
(its own vote count may sit on the line above); it answers the post it is
under (a comment under the question answers the article: no parent). The
title is the line above "Ask Question"; the one-word lines closing the
question are its tags; the asked date is the article's.
"""
from __future__ import annotations

import re

from .dates import parse_date_text, parse_stamp
from .records import Comment, Page
from .splitter import _join, post_page

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
#: "Mar 3, 2021 at 9:14", "Jan 12 '19 at 14:05", "Mar 3 at 9:14" (this year).
_STAMP = rf"{_MONTH} \d{{1,2}}(?:, \d{{4}}| ['’]\d{{2}})?(?: at \d{{1,2}}:\d{{2}})?"
#: A post's card: "asked Mar 3, 2021 at 9:14", "answered …", "edited …".
CARD = re.compile(rf"(?P<kind>asked|answered|edited)\s+(?P<when>{_STAMP})", re.I)
#: A comment: "text – Name Mar 3, 2021 at 10:02".
COMMENT = re.compile(rf"(?P<text>\S.*?)\s+[–—]\s+(?P<name>\S.{{0,40}}?)\s+(?P<when>{_STAMP})(?:\s+\(?edited\)?)?")
#: A post's tools, a line each or all on one.
_TOOL = r"(?:share|improve this (?:question|answer)|follow|flag)"
TOOLS = re.compile(rf"{_TOOL}(?:\s+{_TOOL})*", re.I)
#: A post's or a comment's vote count.
_VOTES = re.compile(r"[+-]?\d{1,6}")
#: A poster's reputation and badges: "5,678●12●34", "1.2k●3●14", "6,01232363".
_REPUTATION = re.compile(r"[\d,.]+k?(?:\s*●\s*[\d,]+)*")
#: A question's tag: "united-states", "foreign-aid".
_TAG = re.compile(r"[a-z0-9][a-z0-9.+#-]{0,34}")
ASK = "Ask Question"
#: The most lines between a post's tools and the end of its card (edits, editor, asker, reputation).
_CARD_LINES = 10


def split_qa(lines: list[str], doc_id: str, path: str, meta=None) -> Page | None:
    """The Page of a question page copied as text, or None when `lines` hold
    no "asked <date>" card under a post's tools, or nothing answers it."""
    if not any(ln[:6].lower() == "asked " for ln in lines):  # cheap test: most pages are not Q&A
        return None
    asked = next((i for i, ln in enumerate(lines)
                  if (m := CARD.fullmatch(ln.strip())) and m["kind"].lower() == "asked"), None)
    if asked is None:
        return None
    tools = _tools_above(lines, asked)
    if tools is None:
        return None
    start = max((i + 1 for i in range(tools) if _VOTES.fullmatch(lines[i].strip())), default=0)
    text = lines[start:tools]
    tags = []
    while text and (not text[-1].strip() or _TAG.fullmatch(text[-1].strip())):
        if text[-1].strip():
            tags.insert(0, text[-1].strip())
        text.pop()
    ask = next((i for i in range(start - 1, -1, -1) if lines[i].strip() == ASK), None)
    title = next((lines[i].strip() for i in range(ask - 1, -1, -1) if lines[i].strip()), None) if ask else None
    _, _, end = _card(lines, tools, "asked")
    comments: list[Comment] = []
    post: int | None = None  # the answer the lines now read sit under (None: the question)
    pending: list[str] = []
    last = end
    i = end
    while i < len(lines):
        line = lines[i].strip()
        if m := COMMENT.fullmatch(line):
            comments.append(Comment(index=len(comments) + 1, author=m["name"], posted_at=m["when"],
                                    posted_at_parsed=parse_stamp(m["when"]), text=m["text"], parent=post))
            pending, last = [], i + 1
        elif TOOLS.fullmatch(line) and any(ln.strip() for ln in pending) and (card := _card(lines, i, "answered")):
            author, when, after = card
            start = max((k + 1 for k, ln in enumerate(pending) if _VOTES.fullmatch(ln.strip())), default=0)
            comments.append(Comment(index=len(comments) + 1, author=author, posted_at=when,
                                    posted_at_parsed=parse_stamp(when), text=_join(pending[start:]), parent=None))
            post, pending, last, i = comments[-1].index, [], after, after
            continue
        else:
            pending.append(lines[i])
        i += 1
    if not comments:
        return None
    body = _join([ln.strip() for ln in text])
    stamp = parse_date_text(CARD.fullmatch(lines[asked].strip())["when"])
    boilerplate = [ln.strip() for ln in (*lines[:start], *lines[tools:end], *lines[last:])
                   if ln.strip() and ln.strip() != title] + tags
    return post_page(lines, doc_id, path, meta, title=title, body=body, published=stamp,
                     comments=comments, boilerplate=boilerplate)


def _tools_above(lines: list[str], card: int) -> int | None:
    """The first line of the tools above the card at `card`, or None."""
    for i in range(card - 1, max(-1, card - _CARD_LINES), -1):
        if TOOLS.fullmatch(lines[i].strip()) and not (i and TOOLS.fullmatch(lines[i - 1].strip())):
            return i
    return None


def _card(lines: list[str], tools: int, kind: str) -> tuple[str, str, int] | None:
    """(poster, date as written, the line after the card) of the post whose
    tools start at `tools`, its card naming it `kind` ("asked", "answered");
    None when no such card follows."""
    for i in range(tools, min(len(lines), tools + _CARD_LINES)):
        m = CARD.fullmatch(lines[i].strip())
        if m and m["kind"].lower() == kind:
            rest = [k for k in range(i + 1, min(len(lines), i + 4)) if lines[k].strip()]
            if not rest:
                return None
            after = rest[1] + 1 if len(rest) > 1 and _REPUTATION.fullmatch(lines[rest[1]].strip()) else rest[0] + 1
            return lines[rest[0]].strip(), m["when"], after
    return None


# --- answers pages (Yahoo Answers and its archives) -----------------------------------------------

#: An answerer's level badge: "Lv 7", "Level 6".
LEVEL = re.compile(r"(?:Lv|Level) \d{1,2}")
#: An answer's time: "1 decade ago", "3 years ago", "Jan 5, 2018".
AGO = re.compile(r"(?:\d+|an?|one) (?:second|minute|hour|day|week|month|year|decade)s? ago"
                 rf"|{_MONTH} \d{{1,2}}, \d{{4}}")
#: What an answers page shows around the answers: labels, votes, buttons.
#: The label over a chosen answer: "Favorite Answer", "Best Answer - Chosen by Asker".
_CHOSEN = re.compile(r"(?:Favorite|Best) Answer.{0,40}")
_ANSWER_CHROME = re.compile(r"Comment|Report Abuse|Source\(s\):.*|\d{1,5}(?: \d{1,5})?"
                            r"|Thumbs (?:up|down) \d+|\d{1,3}% \d+ Votes?|Asker's (?:Rating|Comment):.*|\d out of \d"
                            r"|Other Answers \(\d+\)|Answer|Save|\d+ Answers?|Relevance|Rating|Newest|Oldest")
#: A page that holds answers: "6 Answers", "Other Answers (4)", a chosen answer.
_ANSWERS_MARK = re.compile(r"\d+ Answers?|Other Answers \(\d+\)|(?:Favorite|Best) Answer.{0,40}|Resolved Question")
#: "Kevin D asked in Politics & Government · 1 decade ago".
ASKED_IN = re.compile(r".{1,60} asked in .{1,120}")


def split_answers(lines: list[str], doc_id: str, path: str, meta=None) -> Page | None:
    """The Page of a question page whose answers open with the answerer's name
    (shown twice, or over a level badge or a time: Yahoo Answers), or None.
    The question is the article (the first question line its title, an
    "X asked in … · date" line its date); each answer is a comment, its text
    up to its sources, votes, time or buttons."""
    rows = [ln.strip() for ln in lines]
    if not any(_ANSWERS_MARK.fullmatch(ln) for ln in rows):
        return None
    title_at = next((i for i, ln in enumerate(rows) if ln.endswith("?") and len(ln.split()) >= 4), None)
    if title_at is None:
        return None
    heads = [i for i in range(title_at + 1, len(rows) - 2) if rows[i] and len(rows[i]) <= 40
             and not _ANSWER_CHROME.fullmatch(rows[i]) and not _CHOSEN.fullmatch(rows[i])
             and not AGO.fullmatch(rows[i]) and (rows[i + 1] == rows[i] or LEVEL.fullmatch(rows[i + 1])
                                                 or AGO.fullmatch(rows[i + 1]) and rows[i + 2]
                                                 and not _ANSWER_CHROME.fullmatch(rows[i + 2]))]
    heads = [i for k, i in enumerate(heads) if not (k and heads[k - 1] == i - 1)]  # a name shown twice: one head
    if len(heads) < 2:
        return None
    title, published, body = rows[title_at], None, []
    for line in rows[title_at + 1:heads[0]]:
        if ASKED_IN.fullmatch(line):
            published = published or parse_date_text(line)
        elif line == title or not line:
            continue
        elif _ANSWER_CHROME.fullmatch(line) or AGO.fullmatch(line) or _ANSWERS_MARK.fullmatch(line):
            break  # the question ends at its time, its buttons or the answers' header
        else:
            body.append(line)
    comments = []
    for k, head in enumerate(heads):
        stop = heads[k + 1] if k + 1 < len(heads) else len(rows)
        i = head + 1 + (rows[head + 1] == rows[head])
        i += bool(LEVEL.fullmatch(rows[i]))
        when = rows[i] if AGO.fullmatch(rows[i]) else None
        i += when is not None
        when = when or next((ln for ln in rows[i:stop] if AGO.fullmatch(ln)), None)  # the time under the text
        text = []
        for line in rows[i:stop]:
            if _ANSWER_CHROME.fullmatch(line) or AGO.fullmatch(line):
                break
            if line and not _CHOSEN.fullmatch(line):
                text.append(line)
        if text:
            comments.append(Comment(index=len(comments) + 1, author=rows[head], posted_at=when,
                                    posted_at_parsed=parse_stamp(when) if when else None, text="\n\n".join(text)))
    if len(comments) < 2:
        return None
    body_text = "\n\n".join(body)
    boilerplate = [ln for ln in rows[:title_at] if ln]
    return post_page(lines, doc_id, path, meta, title=title, body=body_text, published=published,
                     comments=comments, boilerplate=boilerplate)


# --- answers pages whose posts open with the poster's photo (Quora) ----------------------------------

#: A post's photo label above the poster's name: "Profile photo for Farhan Siddiqui".
PHOTO = re.compile(r"Profile (?:photo|picture) for (?P<name>\S.{0,60})|(?P<name2>\S.{0,60})['’]s profile (?:photo|picture)",
                   re.I)
#: An answer's card under its poster's credentials: "Answered Dec 4, 2011", "Updated 2y", "Originally Answered: …".
ANSWERED = re.compile(r"(?:Answered|Updated)\s+(?P<when>\S.{0,30})", re.I)
#: A comment's time: "2y", "5mo", "3h", "Dec 5, 2011", "Mar 3".
SHORT_TIME = re.compile(rf"\d+\s*(?:s|m|h|d|w|mo|y)|{_MONTH} \d{{1,2}}(?:, \d{{4}})?|Just now|Yesterday", re.I)
#: The lines around a post's text: its counters, buttons, the comment box, an ad, other questions.
_POST_CHROME = re.compile(r"[\d.,]+[KM]?(?: views?)?|·|View upvotes|View \d+ shares?|Upvote(?: · [\d.,]+[KM]?)?"
                          r"|Reply|Comments?|Add a comment\.*|Add comment|Sort|Top|Recommended|View \d+ more (?:comments|replies)"
                          r"|Sponsored by .{1,60}|Related questions|More answers below|Answer requested by|Learn More"
                          r"|All related \(\d+\)|Follow|Share|Continue Reading", re.I)
#: The most lines between a poster's name and the post's card or time (a "·", "Follow", credentials).
_HEAD_LINES = 5


def split_photo_answers(lines: list[str], doc_id: str, path: str, meta=None) -> Page | None:
    """The Page of a question page whose posts each open with the poster's
    photo label and name ("Profile photo for Name", "Name"), or None.

    The question is the title; the first answer (under an "Answered <date>"
    card) is the article, its date the article's when the card shows one;
    every later answer is a comment, and every comment under an answer (a
    name over a short time, "2y", "Dec 5, 2011") answers it (under the
    first answer: no parent). A post's text ends at its counters and
    buttons ("12.6K views", "Upvote · 418", "Reply")."""
    if not any("rofile p" in ln for ln in lines):  # cheap test: most pages show no photo labels
        return None
    rows = [ln.strip() for ln in lines]
    heads = [i for i in range(len(rows) - 2) if (m := PHOTO.fullmatch(rows[i]))
             and rows[i + 1] == (m["name"] or m["name2"]).strip()]
    if len(heads) < 2:
        return None
    posts = []
    for k, head in enumerate(heads):
        stop = heads[k + 1] if k + 1 < len(heads) else len(rows)
        card = next((j for j in range(head + 2, min(stop, head + 2 + _HEAD_LINES)) if rows[j]
                     and (ANSWERED.fullmatch(rows[j]) or SHORT_TIME.fullmatch(rows[j]))), None)
        if card is None:
            return None
        answer = ANSWERED.fullmatch(rows[card])
        when = answer["when"] if answer else rows[card]
        text = []
        for line in rows[card + 1:stop]:
            if _POST_CHROME.fullmatch(line):
                break
            text.append(line)
        posts.append((rows[head + 1], when, bool(answer), _join(text), head, card))
    if not posts[0][2]:
        return None  # the article is the first answer
    title_at = next((i for i in range(heads[0] - 1, -1, -1) if rows[i].endswith("?")), None)
    if title_at is None:
        return None
    comments: list[Comment] = []
    under: int | None = None  # the answer the comments now read sit under (None: the article)
    for name, when, answer, text, _, _ in posts[1:]:
        if not text:
            continue
        comments.append(Comment(index=len(comments) + 1, author=name, posted_at=when,
                                posted_at_parsed=parse_stamp(when), text=text, parent=None if answer else under))
        under = comments[-1].index if answer else under
    kept = {i for _, _, _, _, head, card in posts for i in range(head, card + 1)}
    boilerplate = [ln for i, ln in enumerate(rows) if ln and i != title_at and (i < heads[0] or i in kept)]
    return post_page(lines, doc_id, path, meta, title=rows[title_at], body=posts[0][3],
                     published=parse_date_text(posts[0][1]), comments=comments, boilerplate=boilerplate)
