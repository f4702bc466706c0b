"""Split one page's text into the article and its reader comments.

A chat export (a channel's post and its discussion, see ``comments.chat``)
is read as messages instead. Any other page is read as lines. In order:

1. title: the first non-empty line (after a navigation bar, and after the
   site's masthead when a dated headline follows it), unless it is longer than
   ``markers.TITLE_MAX_CHARS`` or ends like a sentence (then the page has no
   title line and the body starts with it); a " | Site Name" tail is removed;
2. head: the lines between the title and the first line of prose (bylines,
   datelines, counters, share buttons, short lines that do not end like a
   sentence) are not body; they are listed in ``Page.boilerplate``;
3. comment section: opened by the first ``markers.HEADERS`` line, or, with no
   header, by the first Dawn-style timestamp line (and the author line above
   it), or by the first of several lines naming a commenter and a time;
   closed by the first ``markers.COMMENTS_END`` line;
4. body: from the head to the first ``markers.ARTICLE_END`` line or the
   comment section, whichever comes first, without a closing run of short
   lines (topic tags);
5. comments: the first ``markers.SEPARATORS`` entry that matches the start of
   the section splits it; with none, the lines' shapes do (author lines,
   posted-at lines, signatures after the text), else one comment per line
   (or per blank-line separated block);
6. date: metadata date, else a date written in the head, then in the
   closing lines (``markers.ARTICLE_DATES``), else a dateline opening the
   body ("ABBOTTABAD, May 2, 2011 — …"), else a dated URL. Never from the
   body's sentences or the comments: an article mentions other years, and
   comment stamps are not the article's date.
"""
from __future__ import annotations

import datetime as dt
import itertools
import os
import re
from collections import Counter
from dataclasses import dataclass, replace
from urllib.parse import urlparse

from . import markers
from .dates import (find_article_date, month_first_reread, parse_date_text, parse_stamp, parse_stamp_month_first,
                    url_date)
from .metadata import MetadataRow
from .records import Article, Comment, Page


def split_text(text: str, path: str = "<string>", *, meta: MetadataRow | None = None) -> Page:
    """Split the text of one page into an `Article` and its `Comment` records.

    `path` only names the page (doc_id is its stem); `meta` is the page's row
    of the metadata file, whose date and url take precedence. Never raises on
    odd text: anything doubtful becomes a string in `Page.warnings`.
    """
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [_GLUED_DAY.sub(r"\1 \2", _GLUED_DATE.sub(r"\1 \2", ln.strip())) for ln in raw]
    toolbar = _archive_toolbar(lines)
    # a page copied from a web archive's view: its toolbar is neither the page's head nor its body;
    # a page printed to PDF and converted to text: its running headers and footers neither
    dropped = [ln for ln in lines[:toolbar] if ln]
    lines = [""] * toolbar + lines[toolbar:]
    lines, furniture = _without_print_furniture(lines)
    lines, avatars = _without_avatar_initials(lines)
    furniture += avatars
    page = _split_lines(lines, path, meta)
    comments = _nest_by_replies_label(_nest_by_follow_buttons(
        _nest_by_levels(_nest_by_numbers(_nest_by_indent(page.comments, raw), lines), lines), lines), lines)
    comments, echoed = _without_echoed_openings(_without_reply_labels(comments))
    comments = _without_quoted_openings(_without_subjects(comments, lines, echoed))
    comments = tuple(_answers_above(list(comments)))  # (last: whatever else tells a comment's parent comes first)
    if len(_WRAPPED.findall(text)) < _WRAPPED_MIN:
        comments = tuple(replace(c, text=_line_paragraphs(c.text)) for c in comments)
    page = replace(page, comments=comments)
    dropped += furniture
    return replace(page, boilerplate=tuple(dropped) + page.boilerplate) if dropped else page


#: The fewest words of a story's last paragraph closed by its agency's credit (markers.AGENCY_CLOSE); shorter,
#: it is a photo's caption.
_CLOSING_CREDIT_WORDS = 25
#: A line break inside a paragraph, and one after a sentence's end with a sentence of its own under it.
_LINE_BREAK = re.compile(r"(?<!\n)\n(?!\n)")
_SENTENCE_BREAK = re.compile(r"(?<=\w[.!?])\n(?=[A-Z]\S*\s+\S+\s+\S+)")
#: A line broken inside a sentence ("… the common\nman paid"): a page wrapped at a width (a PDF's text), whose
#: lines ending sentences are not paragraphs.
_WRAPPED = re.compile(r"[a-z,]\n[ \t]*[a-z]")
_WRAPPED_MIN = 5


def _line_paragraphs(text: str) -> str:
    """A comment's lines as paragraphs when every line of it ends a sentence and the next opens one: a copy
    that set its paragraphs a line break apart, not wrapped lines (which break inside sentences)."""
    breaks = len(_LINE_BREAK.findall(text))
    return _SENTENCE_BREAK.sub("\n\n", text) if breaks and len(_SENTENCE_BREAK.findall(text)) == breaks else text


_SCORE = re.compile(r"[+\-−]\d{1,5}")  # (a vote score, its sign shown: "+12", "-6", "−3")
#: A button alone on its line, or a bare count beside it: "Reply", "Quote", "12".
_LONE_BUTTON = re.compile(r"\d{1,4}|Reply|Quote|Report|Like|Share|Flag|Permalink", re.I)
#: A colon closing a name over its time, a space before it ("the yank :").
_NAME_COLON = re.compile(r"\s+:$")
#: A head naming its writer before "says:" ("Kamran Aslam says:").
_SAID = next(s for s in markers.SEPARATORS if s.name == "said")
_SUBMITTED = next(s for s in markers.SEPARATORS if s.name == "submitted")
#: A photo's caption that only names its subject: "Donald Trump", "Imran Khan".
_CAPTION_NAME = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}")
_CAPTION = next(m for m in markers.BODY_BOILERPLATE if m.name == "caption")
_NOTICE = next(m for m in markers.SECTION_BOILERPLATE if m.name == "notice")
_TAGS = next(m for m in markers.ARTICLE_END if m.name == "tags")
_OUTLINE_NUMBER = re.compile(r"#(\d{1,4}(?:\.\d{1,4})*)")
#: ...or opening the time's line: "#1.1 - Thu Oct 8, 2009 6:49 PM EDT".
_OUTLINE_STAMP = re.compile(r"#(\d{1,4}(?:\.\d{1,4})*)\s+[-–—]\s")
#: An outline number on the name's line: "Grant Ellery #1.1".
_OUTLINE_TAIL = re.compile(r"\s+#(\d{1,4}(?:\.\d{1,4})*)$")


def _author_rows(comments: tuple[Comment, ...], lines: list[str], shown=str.strip) -> list[int] | None:
    """The line of each comment's author, found in page order (`shown` gives a line as the author is written),
    or None when one is not found."""
    rows, at = [], 0
    for c in comments:
        k = next((k for k in range(at, len(lines)) if c.author and shown(lines[k]) == c.author), None)
        if k is None:
            return None
        rows.append(k)
        at = k + 1
    return rows


def _parents_by_depth(comments: tuple[Comment, ...], depths: list[int]) -> tuple[Comment, ...]:
    """Each comment answers the last one before it a level shallower (none when it is not one level deeper)."""
    nested, open_ = [], []  # open_: (depth, index) of the comments a reply may answer
    for c, depth in zip(comments, depths):
        while open_ and open_[-1][0] >= depth:
            open_.pop()
        nested.append(replace(c, parent=open_[-1][1] if open_ and open_[-1][0] == depth - 1 else None))
        open_.append((depth, c.index))
    return tuple(nested)


def _nest_by_numbers(comments: tuple[Comment, ...], lines: list[str]) -> tuple[Comment, ...]:
    """Parents from outline numbers, one under or over each commenter's name ("#3", "#3.1", "#3.1.2": a reply's
    number extends its parent's), when nothing else gave any and every comment has one, in page order."""
    if len(comments) < 2 or any(c.parent is not None for c in comments):
        return comments
    rows = _author_rows(comments, lines, lambda ln: _OUTLINE_TAIL.sub("", ln))
    if rows is None:
        return comments
    numbers = []
    for k, (c, i) in enumerate(zip(comments, rows)):  # (on the name's line, under it, or over it)
        floor = rows[k - 1] + 1 if k else 0
        m = next((m for ln in [lines[i].removeprefix(c.author).strip(), *lines[i + 1:i + 3],
                               *lines[max(floor, i - 2):i][::-1]]
                  if (m := _OUTLINE_NUMBER.fullmatch(ln) or _OUTLINE_STAMP.match(ln))), None)
        if m is None:
            return comments
        numbers.append(m[1])
    if not any("." in n for n in numbers) or len(set(numbers)) != len(numbers):
        return comments
    index = {n: c.index for n, c in zip(numbers, comments)}
    return tuple(replace(c, parent=index.get(n.rpartition(".")[0])) for n, c in zip(numbers, comments))


#: A comment's subject naming the comment it answers: "Re: Usman #7", "to Faraz (comment 1)", "Re: #5".
_SUBJECT_TARGET = re.compile(r"(?:Re:|[Tt]o)\s+(?P<rest>.{1,60})")
_SUBJECT_NUMBER = re.compile(r"\(?#(\d{1,4})\)?|\(comment (\d{1,4})\)")
_SUBJECT_MAX_WORDS = 8
_NUMBERED_SUBJECT = re.compile(r"(\d{1,4})\.\s")


def _without_echoed_openings(comments: tuple[Comment, ...]) -> tuple[tuple[Comment, ...], dict[int, str]]:
    """Comments whose first paragraph is only the first few words of the next, cut short (Drupal's subject made
    from the text: "Good. Why should American", then "Good. Why should American taxpayers pay …"), without it;
    and the subject so cut off each such comment, by its index."""
    out, echoed = [], {}
    for c in comments:
        first, _, rest = c.text.partition("\n\n")
        cut = first.rstrip(" .…")
        if rest and len(cut.split()) >= 2 and len(cut) < len(rest) and rest.startswith(cut) \
                and not rest[len(cut):len(cut) + 1].isalnum():
            c, echoed[c.index] = replace(c, text=rest), first
        out.append(c)
    return tuple(out), echoed


def _without_subjects(comments: tuple[Comment, ...], lines: list[str],
                      echoed: dict[int, str] | None = None) -> tuple[Comment, ...]:
    """Comments whose texts each open with a subject line of a few words, the text right under it ("Zero fee?",
    "Re: Usman #7"), without it: the subject is no text. A subject naming a comment by its number (the number
    over its writer's name), by its writer or by its subject ("Re: About time") makes it that comment's reply.
    `echoed` holds the subjects already cut off the comments whose texts they opened (_without_echoed_openings):
    those comments have theirs."""
    echoed = echoed or {}
    firsts = [c.text.split("\n", 1) for c in comments]
    numbered = [c.text.split("\n", 1) for c in comments]  # (numbered, maybe a sentence: "7. It came very late.")
    if len(comments) >= 3 and all(len(f) == 2 and f[1].strip() and _NUMBERED_SUBJECT.match(f[0])
                                  and len(f[0].split()) <= _SUBJECT_MAX_WORDS * 2 for f in numbered) \
            and len({_NUMBERED_SUBJECT.match(f[0])[0] for f in numbered}) == len(comments):
        firsts = [[subject, text.lstrip("\n")] for subject, text in numbered]
    elif len(comments) < 3 or not all(len(f) == 2 and f[1] and not f[1].startswith("\n") and f[0].strip()
                                     and len(f[0].split()) <= _SUBJECT_MAX_WORDS and not f[0].endswith(".")
                                     for f in firsts):
        # (or a paragraph of its own, a few words with no sentence's end: "Not really an apology", the text)
        firsts = [[echoed[c.index], c.text] if c.index in echoed else c.text.split("\n\n", 1) for c in comments]
        if len(comments) < 3 or len(echoed) == len(comments) or not all(
                c.index in echoed or len(f) == 2 and f[1].strip() and "\n" not in f[0]
                and len(f[0].split()) <= _SUBJECT_MAX_WORDS and not markers.SENTENCE_END.search(f[0])
                for c, f in zip(comments, firsts)):
            return comments
    rows = _author_rows(comments, lines)
    numbers = {}
    for c, i in zip(comments, rows or []):
        above = next((ln for ln in reversed(lines[max(0, i - 2):i]) if ln), "")
        if above.isdigit():
            numbers[int(above)] = c.index
    out = []
    titled: dict[str, int] = {}  # each subject's comment
    for c, (subject, text) in zip(comments, firsts):
        parent = c.parent
        if parent is None and (m := _REPLY_SUBJECT.fullmatch(subject.strip())) and m["subject"] in titled:
            parent = titled[m["subject"]]  # ("Re: About time" answers the comment titled "About time")
        elif parent is None and (m := _SUBJECT_TARGET.fullmatch(subject.strip())):
            number = _SUBJECT_NUMBER.search(m["rest"])
            name = _SUBJECT_NUMBER.sub("", m["rest"]).strip()
            named = [e.index for e in (*reversed(comments[:c.index - 1]), *comments[c.index:])  # (nearest above,
                     if name and e.author and e.author.startswith(name)]  # or below when the newest come first)
            parent = numbers.get(int(number[1] or number[2])) if number else next(iter(named), None)
        titled.setdefault(subject.strip(), c.index)
        out.append(replace(c, text=text, parent=parent if parent != c.index else None))
    return tuple(out)


_BADGE_TAIL = re.compile(r"\s+[·•]\s+")
_FOLLOW_POST = re.compile(r"(?:^|[·•|]\s*)Follow Post\s*(?:[·•|]|$)")


def _nest_by_follow_buttons(comments: tuple[Comment, ...], lines: list[str]) -> tuple[Comment, ...]:
    """Parents from a Facebook plugin's footers ("Like · Reply · 14 · May 3, 2016 10:02am"): a thread's first
    comment shows `Follow Post` among its buttons and its replies do not; or, with no such button, a thread
    opens after a blank line and its replies follow the footer above them with none between. A reply answers
    the thread's first comment (or one of the thread's replies it was found to answer)."""
    if len(comments) < 2 or not any("Reply" in ln for ln in lines):
        return comments  # (cheap test first: a plugin's footers name their "Reply" button)
    rows = _author_rows(comments, lines, lambda ln: _BADGE_TAIL.split(ln, maxsplit=1)[0])
    if rows is None:
        return comments
    footers = []
    for k, i in enumerate(rows):
        end = rows[k + 1] if k + 1 < len(rows) else len(lines)
        footer = next((j for j in range(i + 1, end) if markers.BUTTON_ROW_STAMP.fullmatch(lines[j])), None)
        if footer is None:
            return comments
        footers.append(footer)
    opens = [bool(_FOLLOW_POST.search(lines[j])) for j in footers]
    if not any(opens):  # (glued under the footer above, or after a blank line; "View 2 more replies" may close a thread)
        glued = [k > 0 and footers[k - 1] == i - 1 for k, i in enumerate(rows)]
        opens = [not g for g in glued]
        if not any(glued) or all(glued[1:]) or any(not g and k and lines[i - 1] for k, (i, g) in
                                                   enumerate(zip(rows, glued))):
            return comments
    if not opens[0] or all(opens):
        return comments
    nested, top = [], None
    for c, opening in zip(comments, opens):
        top = c.index if opening else top
        nested.append(c if opening or c.parent is not None and c.parent >= top else replace(c, parent=top))
    return tuple(nested)


_LEVEL = re.compile(r"level (\d{1,2})", re.I)


def _nest_by_levels(comments: tuple[Comment, ...], lines: list[str]) -> tuple[Comment, ...]:
    """Parents from depth lines over each commenter's name ("level 1", "level 2"; Reddit's web page), when
    nothing else gave any and every comment has one: a comment answers the last one a level up."""
    if len(comments) < 2 or any(c.parent is not None for c in comments):
        return comments
    rows = _author_rows(comments, lines, lambda ln: ln)
    if rows is None:
        return comments
    depths = []
    for k, i in enumerate(rows):
        floor = rows[k - 1] + 1 if k else 0
        m = next((m for ln in lines[max(floor, i - 2):i][::-1] if (m := _LEVEL.fullmatch(ln))), None)
        if m is None:
            return comments
        depths.append(int(m[1]))
    return _parents_by_depth(comments, depths) if len(set(depths)) >= 2 else comments


def _nest_by_indent(comments: tuple[Comment, ...], raw: list[str]) -> tuple[Comment, ...]:
    """Parents from the indentation a copy kept (replies indented by tabs under the comment they answer): each
    comment's author line is found in page order and its depth is its leading tabs (or groups of four spaces);
    a comment answers the last one before it that is one level shallower. An indented reply's parent beats one
    told otherwise ("@Rahul …"); a comment at the left margin keeps the parent it had."""
    if len(comments) < 2 or not any(c.author for c in comments):
        return comments
    def shown(line: str) -> str:  # ("Kamran Aslam says:", "the yank :", "Mike Sutter · Top Commenter")
        if m := _SAID.pattern.fullmatch(line := line.strip()):
            return m["author"]
        return _BADGE_TAIL.split(_NAME_COLON.sub("", line), maxsplit=1)[0]

    def timed(line: str) -> str:  # (or the name and its time on one line: "Sunil Tuesday, 02 January 2018 03:02 PM")
        named = _author_line(line.strip()) if line.strip()[:1].isalpha() else None
        return named[0] if named and named[1] else line.strip()

    rows = _author_rows(comments, raw, shown) or _author_rows(comments, raw, timed)
    if rows is None:
        return comments
    leads = [raw[k][:len(raw[k]) - len(raw[k].lstrip(" \t"))] for k in rows]
    depths = [lead.count("\t") + lead.count(" ") // 4 for lead in leads]
    if depths[0] != min(depths) or len(set(depths)) < 2 or any(b > a + 1 for a, b in zip(depths, depths[1:])):
        return comments  # (indentation that is not a thread's: a deeper first comment, or a jump of two levels)
    return tuple(nested if depth else c for c, nested, depth in zip(comments, _parents_by_depth(comments, depths), depths))


def _without_print_furniture(lines: list[str]) -> tuple[list[str], list[str]]:
    """(lines, removed lines) of a page printed to PDF and converted to text.

    Such a page has a page counter at each page break ("Page 2 of 3", "2/3",
    or the URL then "1/3"), two pages at least; the lines near the counters
    that recur on other pages (the print date, the running title, the URL)
    are the page's furniture, wherever they stand. A paragraph cut by a page break is
    joined again (the line before it does not end a sentence, or the one
    after it starts in lower case), and a word hyphenated at a line's end
    is joined onto that line. Other pages come back as they are."""
    counters = [i for i, ln in enumerate(lines) if ln and markers.PAGE_COUNTER.fullmatch(ln)]
    pages = {tuple(re.findall(r"\d+", lines[i])[-2:]) for i in counters}
    if len({n for n, _ in pages}) < 2:  # "Page 1 of 1" twice is a board's page count, not a printout's
        return lines, []
    seen = Counter(ln for ln in lines if ln)
    running = {lines[j] for c in counters for j in range(max(0, c - markers.PAGE_FURNITURE_REACH),
                                                         min(len(lines), c + markers.PAGE_FURNITURE_REACH + 1))
               if lines[j] and seen[lines[j]] >= 2}
    drop = {i for i, ln in enumerate(lines) if ln and (ln in running or i in counters)}
    kept: list[str] = []
    i = 0
    while i < len(lines):
        if i not in drop:
            kept.append(lines[i])
            i += 1
            continue
        while i < len(lines) and (i in drop or not lines[i]):
            i += 1  # the page break: its furniture and the blank lines around it
        before = next((ln for ln in reversed(kept) if ln), "")
        after = lines[i] if i < len(lines) else ""
        while kept and not kept[-1]:
            kept.pop()
        if not (before and after and (not markers.SENTENCE_END.search(before) or after[:1].islower())):
            kept.append("")  # a page break between paragraphs stays a paragraph break
    for k in range(len(kept) - 1):  # "ter-" / "rorist financing." -> "terrorist" / "financing."
        if re.search(r"\w-$", kept[k]) and kept[k + 1][:1].islower():
            head, _, rest = kept[k + 1].partition(" ")
            kept[k], kept[k + 1] = kept[k][:-1] + head, rest
    return kept, [lines[i] for i in sorted(drop)]


#: A date line whose day is glued to its month, as a theme sets them in two boxes: "03Jan 2018".
_GLUED_DAY = re.compile(r"^(\d{1,2})((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6} \d{4})$")
#: A commenter's name glued to the date after it, as Blogger's threaded comments copy: "Faisal RehmanJanuary 3,
#: 2018 at 10:41 AM" (a space goes between).
_GLUED_DATE = re.compile(r"^(.{2,60}?[a-z.)])((?:January|February|March|April|May|June|July|August|September"
                         r"|October|November|December) \d{1,2}, \d{4}(?: at \d{1,2}:\d{2}\s?[AP]M)?)$")


def _nest_by_replies_label(comments: tuple[Comment, ...], lines: list[str]) -> tuple[Comment, ...]:
    """Parents from Blogger's threaded comments copied as text: a thread's replies follow a "Replies" label
    under its first comment's buttons ("ReplyDelete") until its lone "Reply" button; each answers the first."""
    if len(comments) < 2 or "Replies" not in lines or any(c.parent is not None for c in comments):
        return comments
    rows = _author_rows(comments, lines, lambda ln: (m := markers.NAME_THEN_STAMP.fullmatch(ln)) and m["name"] or ln)
    if rows is None:
        return comments
    nested, top, inside = [], None, False
    for k, (c, i) in enumerate(zip(comments, rows)):
        for ln in lines[rows[k - 1] if k else 0:i]:
            inside = True if ln == "Replies" else False if ln == "Reply" else inside
        nested.append(replace(c, parent=top) if inside and top is not None else c)
        top = top if inside else c.index
    return tuple(nested)


def _without_reply_labels(comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
    """Each comment less an opening paragraph naming an earlier commenter as the one it answers ("Reply to  NAME",
    set apart under the head: wpDiscuz), which then answers that commenter's latest comment."""
    out: list[Comment] = []
    for c in comments:
        first, sep, rest = c.text.partition("\n\n")
        if sep and rest.strip() and (m := markers.REPLY_TARGET.fullmatch(first.strip())) \
                and (answered := next((e.index for e in reversed(out) if e.author == m["name"]), None)):
            c = replace(c, text=rest, parent=c.parent or answered)
        out.append(c)
    return tuple(out)


def _without_quoted_openings(comments: tuple[Comment, ...]) -> tuple[Comment, ...]:
    """Each comment less an opening paragraph that repeats words of an earlier comment (the parent's, else the
    latest that holds them), which it then answers: a reply quoting its parent without quote marks ("most people
    in Whitehall privately agree", then the reply)."""
    out: list[Comment] = []
    for c in comments:
        first, sep, rest = c.text.partition("\n\n")
        bare = " ".join(first.strip("\"“”'‘’ ").split())
        if sep and rest.strip() and len(bare.split()) >= markers.QUOTE_MIN_WORDS:
            order = ([c.parent - 1] if c.parent and c.parent <= len(out) else []) + list(range(len(out) - 1, -1, -1))
            source = next((k for k in order if bare in " ".join(out[k].text.split())), None)
            if source is not None:
                c = replace(c, text=rest, parent=c.parent or source + 1)
        out.append(c)
    return tuple(out)


#: An avatar drawn as the commenter's initials, copied as a line over the name: "FJ" over "Farieda Jacobs".
_INITIALS = re.compile(r"[A-Z]{1,3}")


def _without_avatar_initials(lines: list[str]) -> tuple[list[str], list[str]]:
    """`lines` with each avatar's initials over a commenter's name blanked ("BO" over "Brian O'Connell": the first
    letters of the name's first and last words), and the lines blanked."""
    kept, dropped = list(lines), []
    for i in range(len(lines) - 1):
        shown = markers.NAME_PLACE.sub("", lines[i + 1]).split(", ")[0]  # (without its place: "Farhan (Mississauga)",
        # "Fatima Azhar, Islamabad")
        name = shown.split()
        if _INITIALS.fullmatch(lines[i]) and 1 <= len(name) <= markers.AUTHOR_MAX_WORDS \
                and (_name_like(shown) or _handle_like(shown)) and (lines[i] in (
                    (name[0][0] + name[-1][0]).upper(), name[0][0].upper(), "".join(w[0] for w in name).upper())
                    or lines[i][0] == name[0][0].upper() and i + 2 < len(lines) and _stamp(lines[i + 2])):
            # (a login's too: "S" over "shahzad.k"; or letters the site picks from a login, over its time: "GZ",
            # "Gazza_79", "11h ago")
            kept[i] = ""
            dropped.append(lines[i])
    return kept, dropped


def _archive_toolbar(lines: list[str]) -> int:
    """How many lines at the top are a web archive's toolbar (the Wayback
    Machine's: its name, the archived URL, "14 captures", the calendar, "About
    this capture", ending "Close", "Help"); 0 when the page has none."""
    top = [i for i, ln in enumerate(lines[:markers.ARCHIVE_TOOLBAR_LINES]) if ln]
    if not any(markers.ARCHIVE_NAME.fullmatch(lines[i]) for i in top[:3]):
        return 0
    ends = [i for i in top if markers.ARCHIVE_TOOLBAR_END.fullmatch(lines[i])]
    return ends[-1] + 1 if ends else 0


def _split_lines(lines: list[str], path: str, meta: MetadataRow | None) -> Page:
    # pages laid out as posts, each reader in a module of its own (they import this one)
    from .chat import split_chat
    from .debate import split_debate
    from .journal import split_journal
    from .qa import split_answers, split_photo_answers, split_qa
    from .reblogs import split_reblogs
    from .social import split_social
    from .talk import split_talk
    from .thread import split_thread

    for reader in (split_chat, split_thread, split_qa, split_answers, split_photo_answers, split_debate, split_journal,
                   split_reblogs, split_talk, split_social):
        page = reader(lines, _doc_id(path), path, meta)
        if page is not None:
            return page
    warnings: list[str] = []

    title, body_start, head, standfirst, above, dek = _title_and_head(lines)
    resumed = _past_repeated_headline(lines, body_start, title)
    if resumed is not None:  # a sidebar between the title and the post: the head, as the headline's byline shows
        head = head + ([standfirst] if standfirst else []) + [ln for ln in lines[body_start:resumed] if ln]
        body_start, standfirst = resumed, None
    if standfirst and standfirst in lines[:body_start]:
        k = lines.index(standfirst)
        if k and markers.CAPTION_LABEL.fullmatch(next((ln for ln in reversed(lines[:k]) if ln), "")) \
                or k + 1 < len(lines) and (markers.BARE_CREDIT.fullmatch(lines[k + 1])
                                           or markers.LABELLED_CREDIT.fullmatch(lines[k + 1])):
            # a photo's caption under its label or over its credit ("AP photo", "Credit: EPA"), not a standfirst
            head, standfirst = head + [standfirst], None
    section = _find_section(lines, body_start)
    article_end = _first_line(lines, body_start, len(lines), markers.ARTICLE_END)
    def link_at(i: int) -> list[int]:  # (or under its label: "Read More", "Top stories from X", the headlines)
        label = next((k for k in range(i - 1, max(body_start, i - 3) - 1, -1) if lines[k]), None)
        return _inline_link(lines, i) or (_inline_link(lines, label) if label is not None
                                          and markers.INLINE_LABEL.fullmatch(lines[label]) else [])

    while article_end is not None and ((link := link_at(article_end)) or _before_prose(lines, body_start, article_end)
                                       or _gallery_nav(lines, article_end)):
        # (a link to another story between paragraphs; a footer-like link among the share buttons over the story,
        # "Contact us", that no paragraph comes before)
        lines = [("" if k in link else ln) for k, ln in enumerate(lines)]  # not part of the body either
        article_end = _first_line(lines, article_end + 1, len(lines), markers.ARTICLE_END)
    stop = section.first_line if section else len(lines)
    body_end = min(article_end if article_end is not None else len(lines), stop)
    for k in range(body_start, body_end):  # a box of links between paragraphs that does not end the story
        if lines[k] and markers.INLINE_LABEL.fullmatch(lines[k]):
            if link := _inline_link(lines, k):
                lines = [("" if j in link else ln) for j, ln in enumerate(lines)]  # ("Recommended", then headlines)
            elif _link_box(lines, k)[1] >= 2 and _prose_above(lines, body_start, k):
                body_end = k  # with no prose under it, a box of headlines after the story ends it ("Read more")
                break
    body_lines, furniture = [], []
    # a standfirst is a paragraph of its own, unless the line under it goes on with it (a printout's wrapped line)
    goes_on = bool(standfirst) and 0 < body_start < len(lines) and lines[body_start - 1] == standfirst \
        and lines[body_start][:1].islower()
    # within a labelled summary box over the story, up to a blank line ("Synopsis" or "HIGHLIGHTS", then its
    # paragraph or points; the label may end the head)
    summary, boxed = bool(head) and bool(markers.SUMMARY_LABEL.fullmatch(head[-1])), 0
    caption = bool(head) and bool(markers.CAPTION_LABEL.fullmatch(head[-1]))
    # a line shown twice in a row (or around a credit: "Photo: AP") is a photo's alt text and its caption
    doubled = {lines[k] for k in range(max(0, body_start - 3), body_end - 1)
               if len(lines[k].split()) > markers.NAV_MAX_WORDS and (
                   lines[k] == lines[k + 1] or k + 2 < body_end and lines[k] == lines[k + 2]
                   and 0 < len(lines[k + 1].split()) <= markers.NAV_MAX_WORDS)}
    # a photo's caption, its credit alone on the line right under it ("… in Islamabad.", "Getty Images"); not the
    # story's last paragraph over its agency, no prose under them, more over them ("… must not be repeated.",
    # "Reuters", then the tags)
    ending = next((k for k in range(body_end - 1, body_start - 1, -1) if _prose_line(lines[k])), None)
    doubled |= {ln for k in range(max(0, body_start - 3), body_end - 1)
                if lines[k] and len(lines[k].split()) <= markers.CAPTION_MAX_WORDS and (
                    markers.BARE_CREDIT.fullmatch(lines[k + 1]) or markers.LABELLED_CREDIT.fullmatch(lines[k + 1]))
                for ln in lines[k + (k == ending and _prose_above(lines, body_start, k)):k + 2]}
    # ...or under its credit alone on the line above it ("AFP", blank, "Fuel tankers stand idle …"), when no
    # caption above claims that credit and it is no byline's agency ("By NAME", "AP", the story)
    shown = [k for k in range(max(0, body_start - 3), body_end) if lines[k]]
    doubled |= {lines[k] for n, k in enumerate(shown[1:], 1)
                if markers.HEADLINE_MIN_WORDS <= len(lines[k].split()) <= markers.CAPTION_MAX_WORDS
                and markers.SENTENCE_END.search(lines[k]) and markers.BARE_CREDIT.fullmatch(lines[shown[n - 1]])
                and not _PLACE_OPENING.match(lines[k])  # (not the story's first paragraph: "ISLAMABAD, January 2. …")
                and (n < 2 or lines[shown[n - 2]] not in doubled and not markers.BY_NAME.match(lines[shown[n - 2]])
                     # (nor the photo's own caption over the credit, a name: "Donald Trump", "Reuters")
                     and not (_CAPTION_NAME.fullmatch(lines[shown[n - 2]])
                              and not _is_boilerplate(lines[shown[n - 2]], markers.BOILERPLATE)))}
    # ...or under a labelled image and its credit ("Image: Compound in Abbottabad", "Tariq Jamil / AFP - Getty Images")
    doubled |= {lines[k] for k in range(2, body_end)
                if lines[k] and len(lines[k].split()) <= markers.CAPTION_MAX_WORDS
                and markers.PHOTO_CREDIT.pattern.fullmatch(lines[k - 1]) and _CAPTION.pattern.fullmatch(lines[k - 2])}
    # the story's last paragraph closed by its agency's credit ("… later this month. — Reuters"), read as a caption
    # when short: a paragraph of the story when it is the last line of prose, long, under prose
    last = next((k for k in range(body_end - 1, body_start - 1, -1)
                 if len(lines[k].split()) >= markers.INLINE_LINK_PROSE_WORDS and (
                     markers.AGENCY_CLOSE.search(lines[k]) or markers.SENTENCE_END.search(lines[k])
                     and not _is_boilerplate(lines[k], markers.BODY_BOILERPLATE))),
                None)
    closing = lines[last] if last is not None and markers.AGENCY_CLOSE.search(lines[last]) \
        and len(lines[last].split()) >= _CLOSING_CREDIT_WORDS and _prose_above(lines, body_start, last) else None
    # (a summary box's first point taken for the standfirst: the box goes on under it)
    seq = ([standfirst] + ([] if goes_on or summary else [""]) if standfirst else []) + lines[body_start:body_end]
    for n, ln in enumerate(seq):
        # a byline under a reposter's note ("Copying the article here…", "By Staff Correspondent | Published …")
        opening = not any(body_lines)
        # (or, "By NAME, Outlet", under a dek and the photo's furniture, before the story's second paragraph)
        byline = (sum(1 for b in body_lines if b) < markers.BYLINE_IN_BODY_LINES or markers.BY_NAME.match(ln)
                  and sum(1 for b in body_lines if len(b.split()) >= 20) <= 1) and _is_byline(ln) \
            and not markers.SENTENCE_END.search(ln)
        if caption and ln:  # the caption under its label ("image caption,", then the caption)
            furniture.append(ln)
            caption = False
            continue
        action = n + 1 < len(seq) and bool(markers.AD_ACTION.fullmatch(seq[n + 1]) or _CLICK_HERE.fullmatch(seq[n + 1]))
        if ln and n and markers.AD_LABEL.fullmatch(seq[n - 1]) \
                and (n + 1 + action == len(seq) or not seq[n + 1 + action]) \
                and (_AD_COPY.search(ln) or len(ln.split()) <= markers.AD_BRAND_MAX_WORDS and " - " in ln):
            if action:  # (and its button: "Click here to subscribe")
                furniture.append(seq[n + 1])
                seq[n + 1] = ""
            # an ad's copy right under its label ("Advertisement", "Advertise with … Call 22611"; "Lao Telecom - Call home …")
            furniture.append(ln)
            continue
        caption = bool(markers.CAPTION_LABEL.fullmatch(ln))
        if caption:  # (the label too: "Disclosure statement", "Partners")
            furniture.append(ln)
            continue
        if ln and markers.SUMMARY_LABEL.fullmatch(ln) and sum(1 for b in body_lines if b) <= 2 \
                and not _prose_above(body_lines, 0, len(body_lines)):
            # (under a photo's caption, no prose yet: the caption is no paragraph of the story either)
            furniture += [b for b in body_lines if b]
            body_lines = []
            summary, boxed = True, 0
        elif summary and ln and boxed and (_is_boilerplate(ln, markers.BODY_BOILERPLATE) or _header(ln)) \
                and n + 1 < len(seq) and len(seq[n + 1].split()) > markers.HEAD_MAX_WORDS \
                and markers.SENTENCE_END.search(seq[n + 1]):
            # (a button under the box ends it, the story right under: "Listen to this Article"; or the count of
            # the comments closing a share bar: "Comments (8)")
            summary = False
        elif summary and ln:
            boxed += 1
        elif summary and boxed:
            summary = False
        # (a link to another story in capitals between paragraphs: "CLICK HERE TO GET THE APP", "PAKISTAN SAYS …")
        shouted = not opening and ln.isupper() and len(ln.split()) >= markers.HEADLINE_MIN_WORDS \
            and not find_article_date([ln])
        lead = n == 0 and dek and standfirst is not None and not goes_on  # (the dek, listed with the boilerplate)
        # (a sentence over the story's dateline, before any paragraph: a photo's caption, or a dek; "Pakistani
        # protesters burn an effigy …", then "ISLAMABAD – Pakistan summoned …")
        lead = lead or opening and bool(ln) and len(ln.split()) <= markers.CAPTION_MAX_WORDS \
            and not _PLACE_OPENING.match(ln) and bool(markers.SENTENCE_END.search(ln)) \
            and bool(_PLACE_OPENING.match(next((b for b in seq[n + 1:] if b), "")))
        (furniture if ln and (byline or summary or shouted or lead or ln in doubled
                              or opening and _is_boilerplate(ln, (_TAGS,))  # (over the story: "Theme: …")
                              or _is_boilerplate(ln, markers.BODY_BOILERPLATE) and ln != closing
                              or _is_boilerplate(ln, (markers.SHARE,)))  # (a share box's label over the story)
         else body_lines).append(ln)
    tags = _author_box(body_lines, _trailing_tags(body_lines), head + furniture)
    furniture += [ln for ln in body_lines[tags:] if ln]
    body = _join(body_lines[:tags])
    trailer = [ln for ln in lines[body_end:stop] if ln]
    repeated_title = (title, next((ln for ln in lines if ln), None))  # the headline, with or without its tail
    boilerplate = [ln for ln in head if ln not in repeated_title] + furniture + trailer

    comments: list[Comment] = []
    if section:
        # a reply opening with the post's own words (a board quoting its opening post) starts after them
        comments = [replace(c, text=unquoted) if (unquoted := _opening_quote(c.text, [(None, None, body, None)])[0])
                    != c.text else c
                    for c in _first_name_mentions(_nest_by_counts(_split_section(section, warnings),
                                                                  section.reply_counts))]
        if section.announced is not None and section.announced != len(comments):
            warnings.append(
                f"comment header {section.header_line!r} announces {section.announced}, "
                f"found {len(comments)}"
            )

    # the byline under the headline first, then the lines above it, nearest first (a breadcrumb's date
    # before the masthead's date of the day)
    published, date_source = _article_date(head[above:], trailer, meta, body, masthead=head[:above][::-1])
    if date_source == "page" and published != (
            reread := month_first_reread(published, lines, body)):  # "07/03/2012" on a page whose dates are
        published = reread  # month first ("Tue, 07/03/2012 - 14:26"): so are its comments' numeric stamps
        comments = [replace(c, posted_at_parsed=parse_stamp_month_first(c.posted_at)) if c.posted_at else c
                    for c in comments]
    if published is None:  # the post's own footer: "posted by NAME at 4:12 AM PST on November 27, 2011"
        published = next((d for ln in furniture if _is_boilerplate(ln, markers.POST_FOOTERS)
                          and (d := parse_date_text(ln))), None)
        date_source = "page" if published else None
    precision = meta.date_precision if date_source == "metadata" and meta.date is not None else "day"
    return Page(
        article=Article(
            doc_id=_doc_id(path),
            path=path,
            site=_detect_site("\n".join(lines), head + trailer, meta),
            title=title,
            published=published,
            date_source=date_source,
            date_precision=precision,
            body=body,
        ),
        comments=tuple(comments),
        warnings=tuple(warnings),
        boilerplate=tuple(boilerplate),
    )


#: An ad's button under its copy: "Click here to subscribe".
_CLICK_HERE = re.compile(r"Click here(?: to \w+(?: \w+)?)?", re.I)
#: An ad's call to action: "Advertise with …", "Call 22611", "email ads@…", "www.…", "Book now", "Up to 30% off".
_AD_COPY = re.compile(r"\bAdvertis|\bSubscribe to\b|\b(?:Call|Phone|Tel|WhatsApp|SMS)\b\D{0,15}\d{3,}|\b[\w.-]+@[\w-]+\.\w|\bwww\.\w"
                      r"|\b(?:Book|Shop|Order|Buy|Subscribe) now\b|\d{1,2}% off\b|\bBuy one,? get one\b|\bHurry\b", re.I)


def _doc_id(path: str) -> str:
    """The file stem; string operations, not pathlib, which interns every name it parses."""
    stem = os.path.splitext(os.path.basename(path.replace("\\", "/")))[0]
    return stem or path


# --------------------------------------------------------------------------
# Title, byline, body
# --------------------------------------------------------------------------


def _title_and_head(lines: list[str]) -> tuple[str | None, int, list[str], str | None, int, bool]:
    """Return (title or None, index where the body starts, head lines, standfirst or None, how many of
    the head lines are above the title, whether the standfirst is the story's dek).

    The head is every line between the title and the first line of prose:
    bylines, datelines, breadcrumbs, counters, share buttons, tag lines, and
    any short line that does not end like a sentence. One longer line that
    does not end like a sentence (a standfirst) may sit among them; it is the
    story's dek (listed with the boilerplate), or its first paragraph when it
    ends like a sentence under the story's byline or date. The head stops at
    a comment-section header.
    """
    first = next((i for i, ln in enumerate(lines) if ln), None)
    if first is None:
        return None, len(lines), [], None, 0, False
    skipped = []
    # a navigation bar, a cookie banner above the title
    while markers.MENU_LINE.fullmatch(lines[first]) or _is_boilerplate(lines[first], markers.BOILERPLATE):
        skipped.append(lines[first])
        first = next((i for i in range(first + 1, len(lines)) if lines[i]), None)
        if first is None:
            return None, len(lines), skipped, None, len(skipped), False
    if markers.SITE_LINE.fullmatch(lines[first]):  # the site's domain above the title (a reader view's copy)
        after = next((i for i in range(first + 1, len(lines)) if lines[i]), None)
        if after is not None:
            skipped.append(lines[first])
            first = after
        dated = next((i for i in range(first + 1, len(lines)) if lines[i]), None)
        menu = [ln for ln in lines[dated:dated + 12] if ln][:markers.MASTHEAD_MENU_LINES] if dated is not None else []
        if after is not None and dated is not None and _tagline_shaped(lines[first]) \
                and (len(lines[dated]) <= markers.HEAD_DATE_MAX_CHARS and parse_date_text(lines[dated])
                     or len(lines[first].split()) >= 3 and parse_date_text(lines[first]) is None
                     and len(menu) == markers.MASTHEAD_MENU_LINES and sum(
                         # (or, a motto of a few words, its menu under it: "Home", "News", …; "Home | About Us | …",
                         # the day's date, one odd line at most: "Asoj 22, 2066 B.S.")
                         len(ln.split()) <= markers.NAV_MAX_WORDS and not markers.SENTENCE_END.search(ln)
                         or bool(markers.MENU_LINE.fullmatch(ln)) or len(ln) <= markers.HEAD_DATE_MAX_CHARS
                         and parse_date_text(ln) is not None for ln in menu) >= len(menu) - 1):
            skipped.append(lines[first])  # (and the site's motto, the day's date under it: "The national website
            first = dated  # of Wales", "Wednesday, May 4 2011")
        while after is not None and markers.MENU_LINE.fullmatch(lines[first]):  # (and its menus under it)
            after = next((i for i in range(first + 1, len(lines)) if lines[i]), None)
            if after is not None:
                skipped.append(lines[first])
                first = after
    masthead = None
    # (or the site's name and motto, the name alone again under it: "Sky News - first for breaking news", "Sky News";
    # "Asia Times Online :: South Asia news, business and economy", "Asia Times Online")
    named = re.split(r"\s+(?:[-–—|]|::)\s+", lines[first], maxsplit=1)[0]
    motto = named != lines[first] and len(named.split()) <= markers.MASTHEAD_MAX_WORDS \
        and named in lines[first + 1:first + markers.MASTHEAD_LOOKAHEAD]
    menu = [ln for ln in lines[first + 1:first + 12] if ln][:markers.MASTHEAD_MENU_LINES]
    menued = len(lines[first].split()) <= markers.MASTHEAD_MAX_WORDS + 2 and all(
        w[0].isupper() or w in ("&", "of", "the", "and", "for") for w in lines[first].split()) \
        and len(menu) == markers.MASTHEAD_MENU_LINES and all(  # (a site's name over its menu: "U.S. News & World Report")
            len(ln.split()) <= markers.NAV_MAX_WORDS and not markers.SENTENCE_END.search(ln) for ln in menu)
    named_site = len(lines[first].split()) <= markers.MASTHEAD_MAX_WORDS + 2 and all(
        w[0].isupper() for w in lines[first].split()) and not markers.SENTENCE_END.search(lines[first])
    if len(re.findall(r"\w+(?:['’]s\b)?", lines[first])) <= markers.MASTHEAD_MAX_WORDS or _is_byline(lines[first]) \
            or motto or menued or len(lines[first]) <= markers.HEAD_DATE_MAX_CHARS and parse_date_text(lines[first]) \
            or named_site and _headline_over_byline(lines, first) is not None \
            or named_site and _over_day_and_menu(lines, first):
        # (a site's name of a few capitalised words over its links and the day's date, the story's headline over
        # its byline further down: "Otago Daily Times Online News", "Login | Register | …", "Thursday, 5 July 2012")
        # (a possessive is one word: "FDD's Long War Journal"; or the day's date: "Dhaka, Wednesday, 18 August 2021")
        # a site's name, a menu item, or the day's date in the masthead
        # the headline past the masthead, by the first finder that tells it
        masthead = next((found for find in (_headline_under_crumbs, _masthead, _headline_repeated, _headline_near_date,
                                            _headline_over_byline, _headline_over_body)
                         if (found := find(lines, first)) is not None), None)
        if masthead is not None and lines[masthead].startswith("Home ") and _crumbs(lines[masthead] + " ") \
                and masthead + 1 < len(lines) and len(lines[masthead + 1].split()) >= markers.HEADLINE_MIN_WORDS \
                and not markers.SENTENCE_END.search(lines[masthead + 1]):
            masthead += 1  # (a trail copied without its separators right over the headline: "Home World News")
        if masthead is not None and masthead >= 2 and lines[masthead - 1] and not lines[masthead - 2] \
                and 2 <= len(lines[masthead - 1].split()) < markers.HEADLINE_MIN_WORDS \
                and re.fullmatch(r"[A-Z][a-z'’]*(?: [a-z'’]+)+", lines[masthead - 1]) \
                and len(lines[masthead].split()) >= markers.DEK_MIN_WORDS \
                and not markers.SENTENCE_END.search(lines[masthead - 1]) and not _menu_item(lines, masthead - 1) \
                and not _is_boilerplate(lines[masthead - 1], markers.BODY_BOILERPLATE):
            masthead -= 1  # a short headline over its dek, set apart over them: "Tweet and sour", then the dek
    elif named != lines[first] and len(named.split()) <= markers.MASTHEAD_MAX_WORDS:
        # "Site - its motto", a dated line and menus under it: the headline right over the body, else over its byline
        tagline = lines[first][len(named):].lstrip(" -–—|:")  # (not the motto again under the name: "Site", "Motto")
        masthead = next((found for find in (_headline_over_body, _headline_over_byline)
                         if (found := find(lines, first)) is not None and lines[found] != tagline), None)
        if masthead is not None and sum(1 for ln in lines[first + 1:masthead] if ln) < markers.MASTHEAD_MENU_LINES:
            masthead = None
    skipped += [ln for ln in lines[first:masthead] if ln] if masthead is not None else []
    first = masthead if masthead is not None else first
    below = next((i for i in range(first + 1, len(lines)) if lines[i]), None)
    kicked = (below is not None and lines[first].isupper() and len(lines[first].split()) <= markers.KICKER_MAX_WORDS
              and not lines[below].isupper() and len(lines[below].split()) >= markers.HEADLINE_MIN_WORDS
              and _dated_soon(lines, below + 1))
    if kicked:  # an all-caps kicker over the headline ("WHO HOLDS THE KEYS"), which may end with a full stop
        skipped.append(lines[first])
        first = below
    raw = lines[first]
    if len(raw) > markers.TITLE_MAX_CHARS or not kicked and markers.TITLE_SENTENCE_END.fullmatch(raw) and not (
            masthead is not None and (_headline_cased(raw) or _sentence_headline(lines, first))):
        # ("Congress Told Pakistan to Buy Its Own F-16s. Good."; "… F-16s. Here's why that matters." over a dek)
        return None, first, [], None, 0, False
    title = raw
    for marker in markers.TITLE_SUFFIXES:
        m = marker.pattern.fullmatch(raw)
        if m:
            title = m["title"]
            break
    head: list[str] = skipped  # the masthead and the menus under it
    above = len(skipped)
    standfirst, bullets, dek = None, False, False
    i = first + 1
    while i < len(lines):
        line = lines[i]
        if line:
            if _header(line) and not any(_header(ln) for ln in lines[i + 1:] if ln):
                break  # a header seen twice ("312 reactions") is a counter the first time
            words = len(line.split())
            # the headline again, or without the breadcrumbs it has above ("Home / World News / Headline")
            if line in (raw, title) or _is_byline(line) or _head_like(line, words) or _over_credit(lines, i) or (
                    raw.endswith(line) and _crumbs(raw[:-len(line)])) or _labelled_value(lines, i):
                head.append(line)
            elif standfirst is None and not bullets and words <= markers.STANDFIRST_MAX_WORDS and (
                    not markers.SENTENCE_END.search(line) or _dated_soon(lines, i + 1, before_prose=True)) \
                    and not markers.STORY_DATELINE.match(line):
                standfirst = line  # a dek that ends like a sentence has the byline or date right under it
                # (a sentence under the story's byline or date: the story's first paragraph, kept in the body)
                dek = not markers.SENTENCE_END.search(line) or not any(
                    _is_byline(h) or len(h) <= markers.HEAD_DATE_MAX_CHARS and parse_date_text(h) for h in head[above:])
            elif words <= markers.STANDFIRST_MAX_WORDS and not markers.SENTENCE_END.search(line) \
                    and _dated_soon(lines, _past_summary(lines, i + 1)):
                # a second such line over the byline: the lines summing the story up, head all of them
                head += [standfirst, line] if standfirst else [line]
                standfirst, bullets = None, True
            else:
                break
        i += 1
    if title == raw:  # "Headline – Blog Name": the headline repeated in the head, without the tail
        title = next((h for h in head if h != raw and raw.startswith(h) and markers.TITLE_TAIL.match(raw[len(h):])),
                     title)
    if title == raw:  # "NEWS / WORLD NEWS / Headline": the headline repeated in the head, without the breadcrumbs
        # (or without the blog's name shown over it: "Informed Comment: Headline", "Informed Comment")
        title = next((h for h in head if h != raw and raw.endswith(h)
                      and (_crumbs(raw[:-len(h)]) or raw[:-len(h)].rstrip().endswith(":")
                           and raw[:-len(h)].rstrip()[:-1] in head)), title)
    return title, i, head, standfirst, above, dek


def _over_day_and_menu(lines: list[str], first: int) -> bool:
    """Line `first` sits right over the day's date, a menu of short items under them: a site's name or motto
    ("The Dominican Republic News Hub", "Thursday, October 8, 2009", "Home", "Local", …), not a headline."""
    shown = [k for k in range(first + 1, min(len(lines), first + 16)) if lines[k]]
    if not shown or len(lines[shown[0]]) > markers.HEAD_DATE_MAX_CHARS or parse_date_text(lines[shown[0]]) is None:
        return False
    return sum(len(lines[k].split()) <= markers.NAV_MAX_WORDS and not markers.SENTENCE_END.search(lines[k])
               or bool(markers.MENU_LINE.fullmatch(lines[k])) for k in shown[1:]) >= 2 * markers.MASTHEAD_MENU_LINES


def _headline_cased(line: str) -> bool:
    """A line in headline case: its longer words (four letters or more), at least three, nearly all capitalised."""
    long = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= 0.8 * len(long)


def _crumbs(prefix: str) -> bool:
    """`prefix`, before a headline on its line, is a breadcrumb trail: items between separators or wide gaps
    ("NEWS / WORLD NEWS / ", "Home  Pakistan  "), or a few capitalised menu words from "Home" ("Home World ")."""
    return bool(markers.BREADCRUMB_END.search(prefix)) or (
        prefix.startswith("Home ") and len(prefix.split()) <= markers.NAV_MAX_WORDS + 1 and _title_case(prefix))


def _past_repeated_headline(lines: list[str], start: int, title: str | None) -> int | None:
    """Where the body starts when the headline comes again, with a byline right
    under it, within REPEATED_HEADLINE_WITHIN lines of `start` (a link
    aggregator's sidebar sits between the page's title and the post); else None."""
    if not title:
        return None
    for i in range(start, min(len(lines), start + markers.REPEATED_HEADLINE_WITHIN)):
        line = lines[i]
        if line == title or (line.startswith(title) and markers.TITLE_TAIL.match(line[len(title):])) \
                or (line.startswith(title + " (") and line.endswith(")")):
            below = next((j for j in range(i + 1, len(lines)) if lines[j]), None)
            if below is not None and _is_byline(lines[below]):
                return below + 1
            return None
    return None


def _past_summary(lines: list[str], start: int) -> int:
    """The first line from `start` past a run of summary lines (not sentences, a few words to a
    standfirst's length each, not a byline or a date; blanks between)."""
    while start < len(lines) and (not lines[start] or not markers.SENTENCE_END.search(lines[start])
                                  and markers.HEADLINE_MIN_WORDS <= len(lines[start].split()) <= markers.STANDFIRST_MAX_WORDS
                                  and not _is_byline(lines[start]) and parse_date_text(lines[start]) is None):
        start += 1
    return start


def _dated_soon(lines: list[str], start: int, *, before_prose: bool = False) -> bool:
    """A byline or a short dated line (not a sentence) among the next
    STANDFIRST_DATED_WITHIN non-empty lines (before any paragraph of prose, if `before_prose`)."""
    # share buttons, counters and photo captions between the dek and its byline do not count;
    # the article's end (a print line) or a comments header ends the search: a comment's date is no byline
    near = []
    for k in range(start, min(len(lines), start + 4 * markers.STANDFIRST_DATED_WITHIN + 8)):
        ln = lines[k]
        if ln and (_is_boilerplate(ln, markers.ARTICLE_END) and not (_is_byline(ln) and markers.BY_NAME.search(ln))
                   or _header(ln)):
            break  # (a byline that may also close a story, "Written by NAME", is still a byline here)
        if ln and not (len(ln.split()) <= 2 and not parse_date_text(ln) or _is_boilerplate(ln, markers.BODY_BOILERPLATE)):
            if before_prose and len(ln.split()) > markers.HEAD_MAX_WORDS and markers.SENTENCE_END.search(ln) \
                    and not _over_credit(lines, k):
                break  # (a post's second paragraph, then its footer's time: the line above is the story's first)
            near.append(ln)
    return any(not markers.SENTENCE_END.search(ln) and (
        _is_byline(ln) or (len(ln) <= markers.HEAD_DATE_MAX_CHARS // 2 and parse_date_text(ln)))
        for ln in near[:markers.STANDFIRST_DATED_WITHIN])


def _masthead(lines: list[str], first: int) -> int | None:
    """The headline's line under the site's masthead (the first line, a few
    words, then menus: the caller checks) when a headline with a dated line
    under it follows; else None."""
    block = _headline_block(lines, first)
    if block is not None:
        return block
    mastheads = {lines[first], *re.split(r"\s+(?:[-–—|]|::)\s+", lines[first])}
    stop = min(len(lines), first + 1 + markers.MASTHEAD_LOOKAHEAD)
    for i in range(first + 1, stop):
        line = lines[i]
        if _header(line) and not _menu_item(lines, i) and not any(_header(ln) for ln in lines[i + 1:] if ln):
            return None  # the comments begin: no headline below this (a header seen twice is a tab the first time)
        if (len(line.split()) >= markers.HEADLINE_MIN_WORDS and len(line) <= markers.TITLE_MAX_CHARS
                and line not in mastheads  # the site's name again (or its motto: "Site - Motto", then "Site", "Motto")
                and (not line.endswith(".") or _headline_cased(line)) and not _stamp(line)
                and not markers.MENU_GAP.search(line)
                and not markers.TICKER.match(line) and not _is_boilerplate(line, markers.BODY_BOILERPLATE)
                and not _is_boilerplate(line, markers.ARTICLE_END) and len(markers.MENU_GAP_NARROW.findall(line)) < 2
                and not _is_boilerplate(line, markers.POST_FOOTERS) and not _in_ticker(lines, i)
                and not _over_credit(lines, i) and not _tagline(lines, first, i)
                and not markers.NEIGHBOUR_LINK.fullmatch(line) and not _amid_menu(lines, i) and not _dated_byline(line)
                and not _in_related_box(lines, i) and not _crumb_trail(line) and not _menu_between(lines, i)):
            # buttons and counters of one or two words ("Subscribe", "8.4K") do not count, nor a button
            # after a wide gap ("May 2, 2011 8:51 PM   Subscribe")
            seen = 0
            for k in range(i + 1, min(len(lines), stop + markers.DATED_WITHIN + markers.MASTHEAD_LOOKAHEAD)):
                ln = lines[k]
                if any(find_article_date([part]) or _is_byline(part) or _stamp(part) or markers.DATELINE.match(part)
                       or len(part) <= markers.HEAD_DATE_MAX_CHARS and not markers.SENTENCE_END.search(part)
                       and parse_date_text(part) for part in (ln, ln.split("   ", 1)[0])):
                    # past other lines, a blog's date header over its post's headline: that headline
                    found = (seen and _headline_under_date(lines, k)) or i
                    # (but a headline over its byline further down, past menus and no prose, is the story's: the
                    # first was the site's motto over the day's date)
                    def story_headline(at: int | None) -> bool:  # (no prose between: the story's own)
                        return at is not None and not _find_article_date_in(lines[at]) and not any(
                            len(ln.split()) >= markers.HEADLINE_MIN_WORDS and markers.SENTENCE_END.search(ln)
                            for ln in lines[found + 1:at])

                    later = _headline_over_byline(lines, max(found, k))
                    if not story_headline(later) and (
                            found == first + 1 and _tagline_shaped(lines[found])
                            or _SITE_AND_MOTTO.fullmatch(lines[found]) and not markers.BY_NAME.search(ln)):
                        # (the motto right under the name; or the name and motto over the day's date: "Mizzima -
                        # News in Myanmar", "Thursday, 05 May 2016")
                        later = _headline_over_body(lines, max(found, k))
                    if story_headline(later):
                        return later
                    # (the dated line a byline, a headline right over it set apart from the first by a blank line:
                    # that one; the first was a link such as "Make CNN Your Homepage")
                    over = _headline_over_byline(lines, found) if _is_byline(ln) else None
                    if over is not None and found < over < k and lines[over + 1] \
                            and (any(not lines[j] for j in range(found + 1, over)) or over - found > markers.MASTHEAD_MENU_LINES
                                 and all(len(lines[j].split()) <= markers.NAV_MAX_WORDS  # (or a menu between them)
                                         and not markers.SENTENCE_END.search(lines[j]) for j in range(found + 1, over))) \
                            and not any(len(lines[j].split()) >= markers.HEADLINE_MIN_WORDS
                                        and markers.SENTENCE_END.search(lines[j]) for j in range(found + 1, over)):
                        return over
                    return found
                seen += len(ln.split()) > 2 and not markers.PHOTO_CREDIT.pattern.fullmatch(ln) \
                    and not _over_credit(lines, k)  # (a photo's caption and credit do not count)
                if seen >= markers.DATED_WITHIN:
                    break
    # past the window, under a long menu of short items: a headline with a byline right under it
    i = stop
    while i < min(len(lines), first + 1 + markers.MASTHEAD_LONG_MENU) and (
            not lines[i] or len(lines[i].split()) <= markers.NAV_MAX_WORDS or markers.MENU_GAP.search(lines[i])
            or lines[i] in mastheads  # (the site's name and motto again: "Global Research", "Centre for …")
            or _is_boilerplate(lines[i], markers.BODY_BOILERPLATE) or _in_menu(lines, i) or _in_ticker(lines, i)
            or markers.TICKER.match(lines[i])  # ("Breaking News: Floods hit parts of East Jakarta")
            or markers.NEIGHBOUR_LINK.fullmatch(lines[i])  # ("« Older headline", "Main", "Newer headline »")
            or len(lines[i]) <= markers.HEAD_DATE_MAX_CHARS // 2 and parse_date_text(lines[i])  # (a blog's day)
            or _crumb_trail(lines[i])  # ("Asia / South & Central Asia")
            # (a box of other stories' headlines under its label: "Trending on X", then a line each)
            or _is_boilerplate(lines[i], (markers.RELATED,)) or _in_related_box(lines, i)):
        i += 1  # (past a ticker's headlines under its label: "Breaking", then one a line)
    # a dek may sit between the headline and its byline or dated line
    under = [ln for ln in lines[i + 1:i + 12] if ln and not _is_boilerplate(ln, markers.BOILERPLATE)][:6]
    # (or the story's date right above it, under a section label: "WORLD NEWS", "MAY 3, 2011", the headline)
    over = next((ln for ln in reversed(lines[max(stop, i - 3):i]) if ln), "")
    if i < len(lines) and i >= stop and len(lines[i].split()) >= markers.HEADLINE_MIN_WORDS \
            and len(lines[i]) <= markers.TITLE_MAX_CHARS and (not lines[i].endswith(".") or _headline_cased(lines[i])) \
            and not (len(lines[i]) <= markers.HEAD_DATE_MAX_CHARS and parse_date_text(lines[i])) \
            and (any(_is_byline(ln) for ln in under) or any(
                len(ln) <= markers.HEAD_DATE_MAX_CHARS and parse_date_text(ln) and not markers.SENTENCE_END.search(ln)
                for ln in [*under, over])):
        # a blog's motto over the headline that its byline is under ("The Hill's defense and national security
        # blog", "ADVERTISEMENT", the headline, "By NAME - 05/04/11 06:42 PM ET")
        later = None if under and _is_byline(under[0]) else _headline_over_byline(lines, i)
        # (only blank and furniture lines between: a headline's dek, points or date under it are no headline)
        if later is not None and i + 1 < later < i + 12 and all(
                not ln or _is_boilerplate(ln, markers.BODY_BOILERPLATE) for ln in lines[i + 1:later]) \
                and not _dek_of(lines[later], lines[i]) and not (
                    len(lines[i].split()) >= markers.HEADLINE_WORDS and not markers.BREADCRUMBS.fullmatch(lines[i])
                    and len(lines[later].split()) >= markers.DEK_WORDS_OVER_HEADLINE * len(lines[i].split())):
            return later  # (not the headline's dek, half as long again or more)
        return i
    return None


#: A site's name and its motto on a line: "Mizzima - News in Myanmar".
_SITE_AND_MOTTO = re.compile(r"[A-Z][\w.&'’]*(?: [A-Z][\w.&'’]*)? [-–—|] [^.!?]{3,60}")


def _tagline_shaped(line: str) -> bool:
    """A site's motto: a few words, no sentence's end, not in headline case ("Qatar's top-selling English daily")."""
    return len(line.split()) <= markers.STANDFIRST_MAX_WORDS and not markers.SENTENCE_END.search(line) \
        and not _headline_cased(line)


def _crumb_trail(line: str) -> bool:
    """A breadcrumb trail of short items: "Asia / South & Central Asia", "World / Asia & Pacific"."""
    return bool(markers.BREADCRUMBS.fullmatch(line)) and all(
        len(re.findall(r"\w+", part)) <= markers.NAV_MAX_WORDS for part in markers.CRUMB_GAP.split(line))


def _in_related_box(lines: list[str], i: int) -> bool:
    """Line i is one of the headlines under a box's label right above them ("Trending on X", then a line each)."""
    top = next((k for k in range(i - 1, max(-1, i - 1 - markers.INLINE_LINK_MAX_HEADLINES), -1)
                if not lines[k] or _is_boilerplate(lines[k], (markers.RELATED,))), None)
    return top is not None and bool(lines[top])


def _dek_of(line: str, headline: str) -> bool:
    """`line`, under `headline`, is long enough to be its dek, ended by a full stop or not."""
    return len(line.split()) >= max(markers.DEK_WORDS_OVER_HEADLINE * len(headline.split()), markers.INLINE_LINK_PROSE_WORDS)


def _headline_under_date(lines: list[str], k: int) -> int | None:
    """The headline right under the date line k, prose under it (a blog's date header), else None."""
    below = [j for j in range(k + 1, min(len(lines), k + 8)) if lines[j]][:2]
    if len(below) < 2:
        return None
    head, prose = lines[below[0]], lines[below[1]]
    if (markers.HEADLINE_MIN_WORDS <= len(head.split()) and len(head) <= markers.TITLE_MAX_CHARS
            and not markers.TITLE_SENTENCE_END.fullmatch(head) and parse_date_text(head) is None
            and not _is_boilerplate(head, markers.BOILERPLATE) and not _is_byline(head)
            and len(prose.split()) >= markers.INLINE_LINK_PROSE_WORDS and markers.SENTENCE_END.search(prose)):
        return below[0]  # (not a byline under the post's dated line: "By NAME, a former …")
    return None


def _in_menu(lines: list[str], i: int) -> bool:
    """Line i, a few words and no sentence, sits between two menu items (a site's motto between its name
    and its sections: "The Conversation", "Academic rigor, journalistic flair", "Arts + Culture")."""
    above = next((ln for ln in reversed(lines[max(0, i - 3):i]) if ln), "")
    below = next((ln for ln in lines[i + 1:i + 4] if ln), "")
    return (len(lines[i].split()) <= markers.MASTHEAD_MAX_WORDS + 2 and not markers.SENTENCE_END.search(lines[i])
            and 0 < len(above.split()) <= markers.NAV_MAX_WORDS and 0 < len(below.split()) <= markers.NAV_MAX_WORDS
            and not parse_date_text(below) and not _stamp(below))


def _menu_between(lines: list[str], i: int) -> bool:
    """Line i is an item of the site's menu between two others, a line each and no blank between ("Podcasts",
    "The Power Line Show", "Subscribe"), not a headline over its writer's name."""
    return bool(lines[i - 1]) and i + 1 < len(lines) and bool(lines[i + 1]) and _in_menu(lines, i) \
        and not _is_byline(lines[i + 1]) and (not _author_like(lines[i + 1]) or len(lines[i + 1].split()) < 2
                                              or _is_boilerplate(lines[i + 1], markers.BOILERPLATE))


def _amid_menu(lines: list[str], i: int) -> bool:
    """Line i sits in a menu laid out a line an item, two items right above it and two right below
    ("Africa", "Americas", "Central & South Asia", "Europe", "Business")."""
    return _in_menu(lines, i) and all(
        0 <= k < len(lines) and lines[k] and len(lines[k].split()) <= markers.NAV_MAX_WORDS
        and not markers.SENTENCE_END.search(lines[k]) and not any(ch.isdigit() for ch in lines[k])
        for k in (i - 2, i - 1, i + 1, i + 2))


def _tagline(lines: list[str], first: int, i: int) -> bool:
    """Line i is the site's tagline or a promotion ("Democracy Dies in Darkness", "Free for one month"),
    not a headline: among the first lines under the site's name (line `first`), with a menu of short
    lines (not buttons) under it and a headline under that."""
    named = i and lines[i - 1] and 2 <= len(lines[i - 1].split()) <= markers.NAV_MAX_WORDS and _title_case(lines[i - 1]) \
        and not markers.SENTENCE_END.search(lines[i - 1])  # (right under the site's name: "Greater Kashmir")
    if sum(1 for ln in lines[first + 1:i] if ln) >= markers.TAGLINE_WITHIN and not named:
        return False
    below = [ln for ln in lines[i + 1:i + 16] if ln][:markers.TAGLINE_MENU_LINES + 2]
    if sum(len(ln.split()) <= 2 and not _is_boilerplate(ln, markers.BODY_BOILERPLATE)
           for ln in below) < markers.TAGLINE_MENU_LINES:
        return False
    # ...and a headline further down, before any date (not a topic's tags and its poster over the date)
    for ln in lines[i + 1:i + 40]:
        if len(ln) <= markers.HEAD_DATE_MAX_CHARS and parse_date_text(ln):
            return False
        if len(ln.split()) >= markers.HEADLINE_MIN_WORDS and len(ln) <= markers.TITLE_MAX_CHARS \
                and not markers.SENTENCE_END.search(ln):
            return True
    return False


def _over_credit(lines: list[str], i: int) -> bool:
    """Line i is a photo's caption: its credit in capitals is the next line."""
    return bool(markers.PHOTO_CREDIT.pattern.fullmatch(next((ln for ln in lines[i + 1:i + 3] if ln), "")))


def _in_ticker(lines: list[str], i: int) -> bool:
    """Line i is an item of a ticker: the lines right above it, headlines without a blank or a
    short line between, go up to its label ("Breaking News", then one headline a line)."""
    if _CAPS_LABEL.match(lines[i]) and any(0 <= j < len(lines) and _CAPS_LABEL.match(lines[j]) for j in (i - 1, i + 1)):
        return True  # (or one of a run of them, each under its label: "HALALAN 2016: …", "TRENDING: …")
    k = i - 1
    while k >= 0 and (len(lines[k].split()) >= markers.HEADLINE_MIN_WORDS or _CLOCK_LINE.fullmatch(lines[k])
                      or lines[k] in ("*", "•", "·", "|")) and not markers.TICKER_LABEL.fullmatch(lines[k]):
        k -= 1  # (past each headline's time: "14:37", then the headline; past a bullet between them: "*")
    return k >= 0 and bool(markers.TICKER_LABEL.fullmatch(lines[k]))


_CLOCK_LINE = re.compile(r"\d{1,2}:\d{2}")
#: A label in capitals opening a ticker's line: "COVID-19 LIVE UPDATES: ", "ALERT: ", "HALALAN 2016: ".
_CAPS_LABEL = re.compile(r"[A-Z0-9][A-Z0-9-]*(?: [A-Z0-9][A-Z0-9-]*){0,3}: ")
#: A story's place in capitals opening its first paragraph: "ISLAMABAD, January 2. /TASS/. …", "ISLAMABAD – …".
_PLACE_OPENING = re.compile(r"(?-i:[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]{2,}){0,2})(?:,|:| [-–—])\s")


def _headline_candidates(lines: list[str], first: int, short: bool = False):
    """(index, the non-blank lines' indexes up to 12 lines above) of each line past `first`, within the menu
    window, that could be a headline: a few words, not too long, not a sentence or a comments header; with
    `short`, also two or three capitalised words under a blank line or a dated one ("MAY 4, 2011 4:00 A.M.",
    "The Abbottabad Question")."""
    for i in range(first + 1, min(len(lines), first + markers.MASTHEAD_MENU_LOOKAHEAD)):
        line = lines[i]
        words = len(line.split())
        if line and (words >= markers.HEADLINE_MIN_WORDS or short and words >= 2 and line[0].isupper()
                     # (or in sentence case, set apart by blank lines: "The Davis dilemma")
                     and (_title_case(line) or i + 1 < len(lines) and not lines[i + 1] and not lines[i - 1]
                          and not markers.SENTENCE_END.search(line))
                     and not line.isupper() and not _is_byline(line)
                     and not markers.UI_WORD.fullmatch(line)
                     and (not lines[i - 1] or len(lines[i - 1]) <= markers.HEAD_DATE_MAX_CHARS
                          and find_article_date([lines[i - 1]]))) \
                and len(line) <= markers.TITLE_MAX_CHARS \
                and not markers.TITLE_SENTENCE_END.fullmatch(line) and not _header(line) \
                and not _is_boilerplate(line, markers.BOILERPLATE) and not markers.MENU_LINE.fullmatch(line) \
                and not _button_row(line) and not _dated_byline(line) and not markers.BREADCRUMBS.fullmatch(line) \
                and not _date_led(line) and not _headlines_row(line):
            yield i, [k for k in range(max(first, i - 12), i) if lines[k]]


def _headlines_row(line: str) -> bool:
    """A ticker's row of three headlines or more between bars: "Committee resumes sessions | Ministry announces new
    fuel prices | Polio campaign reaches Hodeida"."""
    parts = line.split(" | ")
    return len(parts) >= 3 and all(len(p.split()) >= markers.HEADLINE_MIN_WORDS for p in parts)


def _named_over_date(lines: list[str], i: int) -> bool:
    """Under line i, past one line (a dek), a writer's name with the story's date a line or two under it
    ("Harriet Cole", "News reporter @HarrietColeSky", "Monday 1 January 2018 14:05, UK")."""
    after = [ln for ln in lines[i + 1:i + 10] if ln][:5]
    return len(after) >= 3 and _writer_name(after[1]) and any(len(ln) <= markers.HEAD_DATE_MAX_CHARS and (find_article_date([ln]) or parse_date_text(ln))
                for ln in after[2:4])


def _writer_name(line: str) -> bool:
    """A writer's name alone on its line, as under a headline: two to four words, each capitalised ("Harriet Cole")."""
    return _author_like(line) and _title_case(line) and 2 <= len(line.split()) <= 4


def _dated_byline(line: str) -> bool:
    """A byline or filing line with its date: "Updated 1105 GMT (1905 HKT) February 8, 2011", no headline."""
    return _is_byline(line) and bool(find_article_date([line]) or parse_date_text(line))


def _find_article_date_in(line: str) -> bool:
    return bool(find_article_date([line]) or parse_date_text(line) or _stamp(line))


def _button_row(line: str) -> bool:
    """A row of three or more buttons of a word or two set apart by wide gaps or tabs: "Like  Tweet  +1  Email  Print"."""
    parts = re.split(r"\s{2,}|\t", line)
    return len(parts) >= 3 and all(len(p.split()) <= 2 for p in parts)


_HOME_CRUMB = re.compile(r"Home\s+[>›»/]\s+")


def _headline_under_crumbs(lines: list[str], first: int) -> int | None:
    """The headline's line past the site's menus, right under a breadcrumb
    trail that ends with it ("Site » News » Headline", then "Headline")."""
    for i, above in _headline_candidates(lines, first):
        if markers.TICKER.match(lines[i]):
            continue  # (a ticker under the trail, over the headline: "Breaking news: …")
        if above and (markers.TICKER.match(lines[above[-1]]) or _SCORE.fullmatch(lines[above[-1]])):
            above = above[:-1]  # (or the post's score of votes: "+64")
        above = _past_dated_tools(lines, above)
        crumb = lines[above[-1]] if above else ""
        # (the byline or date under the headline, or under its dek)
        under = [ln for ln in lines[i + 1:i + 5] if ln][:2]
        trail = markers.YOU_ARE_HERE.sub("", lines[above[-2]]) if len(above) >= 2 else ""
        if len(above) >= 2 and markers.BREADCRUMBS.fullmatch(trail) \
                and markers.CRUMB_GAP.split(trail)[-1].strip().lower() == crumb.lower() \
                and any(_is_byline(u) or parse_date_text(u) for u in under):
            # (the trail's section again as a label over the headline and its byline: "Home » Opinion » Insight",
            # "INSIGHT", the headline, "By NAME"; not a blog's name over its motto: "The Skeptics", "Realism, …")
            crumb = lines[above[-2]]
        # (the trail may end with the headline over a section's label and the headline: "Home » World News »
        # Headline", "World News", "Headline")
        for trail in (crumb, lines[above[-2]] if len(above) >= 2 and len(crumb.split()) <= 3 else ""):
            if trail != lines[i] and trail.endswith(lines[i]) and _crumbs(trail[:-len(lines[i])]):
                return i
        # (or right under a trail copied an item a line, its separators between: "Home", "»", "World", "»", "Asia")
        if len(above) >= 3 and lines[above[-2]] in ("»", ">", "›", "/") and lines[above[-4 if len(above) >= 4 else -3]] \
                in ("»", ">", "›", "/", "Home") and any(_is_byline(u) or parse_date_text(u)
                                                        for u in [ln for ln in lines[i + 1:i + 6] if ln][:3]):
            return i
        # (or right under a labelled trail that ends with the section: "You are here: Home > News > World"; or with
        # the headline, its separators lost in the copy: "You are here: Home International Headline")
        if (m := markers.YOU_ARE_HERE.match(crumb)) and (markers.BREADCRUMBS.fullmatch(crumb[m.end():]) or (
                crumb.endswith(" " + lines[i]) and len(lines[i].split()) >= markers.HEADLINE_MIN_WORDS)):
            return i
        if len(above) >= 2 and len(crumb.split()) <= 3 and markers.YOU_ARE_HERE.match(lines[above[-2]]) \
                and lines[above[-2]].endswith(" " + lines[i]) and len(lines[i].split()) >= markers.HEADLINE_MIN_WORDS:
            return i  # (over the section's label: "You are here:  Home World Headline", "World", the headline)
        # (or right under a trail of three or more items: "News > World > Pakistan"; not a link to the blog's
        # previous post: "« Older headline")
        # (or of two from the home page: "Home > World")
        # (or of two right over a headline that its byline follows: "Top News / World News", the headline, "By NAME")
        if markers.BREADCRUMBS.fullmatch(crumb) and (len(markers.CRUMB_GAP.findall(crumb)) >= 2 or _HOME_CRUMB.match(
                crumb) or _is_byline(next((ln for ln in lines[i + 1:i + 3] if ln), ""))) \
                and not markers.NEIGHBOUR_LINK.fullmatch(lines[i]):
            return i
    return None


def _date_led(line: str) -> bool:
    """A line opening with a date, perhaps a tail after a dash or bar: "Wed, May 04, 2016 - Page 6"."""
    return find_article_date([re.split(r"\s+[-–—|]\s+", line)[0]]) is not None


#: At most this many buttons between the page's date and the headline under it: "News List", "Print".
_DATED_TOOLS = 3


def _past_dated_tools(lines: list[str], above: list[int]) -> list[int]:
    """`above` (the lines over a headline) less the page's date and the few buttons under it, when the date is there
    ("Home / World", "Wed, May 04, 2016 - Page 6", "News List", "Print", then the headline)."""
    for k in range(len(above) - 1, max(-1, len(above) - 2 - _DATED_TOOLS), -1):
        line = lines[above[k]]
        if _date_led(line):
            return above[:k]
        if len(line.split()) > 2 or markers.SENTENCE_END.search(line):
            break
    return above


def _headline_near_date(lines: list[str], first: int) -> int | None:
    """The headline's line past the site's menus, told by a video's views a
    few lines under it ("54K views  Jun 21, 2021"), or by a dated line above
    it with at most a few buttons between ("Page last updated at 12:27 GMT,
    …", "Printable version", "Headline", then prose)."""
    for i, above in _headline_candidates(lines, first):
        if _is_byline(lines[i]) or _is_boilerplate(lines[i], markers.BODY_BOILERPLATE):
            continue  # (a dated line, "Updated 08/22/2017 01:37 PM EDT"; a photo's caption)
        if any(markers.VIEWS_LINE.match(ln) for ln in lines[i + 1:i + 1 + markers.VIEWS_LINE_WITHIN] if ln):
            return i  # a video's title: its views and date a few lines under it, past the channel's buttons
        below = next((ln for ln in lines[i + 1:i + 3] if ln), "")
        if (len(below.split()) < 12 or not markers.SENTENCE_END.search(below)) and not _writer_name(below):
            continue  # no prose under it, nor its writer's name ("Sandeep Dikshit")
        for buttons, k in enumerate(reversed(above)):
            if len(lines[k]) <= markers.HEAD_DATE_MAX_CHARS and not markers.SENTENCE_END.search(lines[k]) \
                    and (find_article_date([lines[k]]) or buttons == 0 and _placed_stamp(lines[k])):
                return i  # (or a post's head right above it: "McNair Farms · 3 d ago")
            if buttons >= 10 or len(lines[k].split()) > 3 and not _is_boilerplate(lines[k], markers.BODY_BOILERPLATE):
                break
    return None


def _headline_repeated(lines: list[str], first: int) -> int | None:
    """The headline's line past the site's menus, shown again a few lines
    under it with or without a tail ("Headline #123", then "Headline")."""
    for i, _ in _headline_candidates(lines, first):
        for ln in lines[i + 1:i + 1 + markers.REPEATED_HEADLINE_WITHIN // 2]:
            if ln and ln != lines[i] and lines[i].startswith(ln) and markers.TITLE_TAIL.match(lines[i][len(ln):]):
                return i
    return None


def _labels_joined(lines: list[str]) -> list[str]:
    """`lines` with a byline's label alone on its line joined to the name under it ("Written By", "Aditi
    Chandrasekhar": "Written By Aditi Chandrasekhar")."""
    joined: list[str] = []
    for line in lines:
        if joined and _BYLINE_LABEL.fullmatch(joined[-1]):
            joined[-1] += " " + line
        else:
            joined.append(line)
    return joined


#: A byline's label alone on its line, the name under it.
_BYLINE_LABEL = re.compile(r"(?:(?:Written|Reported|Posted|Story|Words) )?[Bb]y:?|Date:?")  # (or the date's: "Date")


def _headline_over_byline(lines: list[str], first: int) -> int | None:
    """The headline's line past the site's menus and notices, right over a byline ("submitted by name
    2011-05-02 09:05:33 AM", "By Jane Doe"); or over a desk's credit or its writer's name with the date under it
    ("Our Correspondent / Reuters", "Published: January 2, 2018"), or the date with the byline under it; or over a
    dek with either under it ("Islamabad says it has done more than its share. …", "By NAME")."""
    def bylined(line: str) -> bool:  # (not a post's footer closing a text: "posted by name at 9:31 PM on May 2, 2011")
        return _is_byline(line) and bool(markers.BY_NAME.search(line) or markers.CAPS_NAME_IN_PLACE.fullmatch(line)) \
            and not markers.SENTENCE_END.search(line) \
            and not _is_boilerplate(line, markers.POST_FOOTERS)

    for i, _ in _headline_candidates(lines, first, short=True):
        if _is_boilerplate(lines[i], markers.BODY_BOILERPLATE) or _is_byline(lines[i]):
            continue  # (nor a byline over the rest of the byline: "From correspondents in Islamabad", "From: AFP")
        below = _labels_joined([ln for ln in lines[i + 1:i + 6] if ln][:4])
        if len(below) >= 3 and not bylined(below[0]) and _is_byline(below[0]) and _is_byline(below[1]) \
                and not parse_date_text(below[0]) and not parse_date_text(below[1]) and find_article_date([below[2]]) \
                and not markers.SENTENCE_END.search(below[0]):
            below = below[1:]  # (two credit lines over the date: the second and the date tell it)
        below = below[:2]
        if below and markers.AGENCY_DATELINE.fullmatch(below[0]) and not markers.SENTENCE_END.search(lines[i]):
            return i  # (over its agency and place: "AFP, Islamabad")
        if below and len(below[0]) <= markers.HEAD_DATE_MAX_CHARS // 2 and _CLOCK.search(below[0]) \
                and parse_date_text(below[0]) and len(lines[i].split()) >= markers.HEADLINE_MIN_WORDS \
                and not markers.SENTENCE_END.search(lines[i]) and not _menu_item(lines, i):
            # (over the time it was filed or updated, no name: "Updated at 6:12 am on 4 May 2011"; or its dek is)
            return j if (j := _over_dek(lines, first, i)) is not None else i
        if below and (bylined(below[0]) or re.match(r"(?:Date:?|Posted:|Posted (?:on|at))\s", below[0]) and parse_date_text(below[0])
                      # (a post's footer-shaped byline under a headline in headline case, the text under it:
                      # "Posted by NAME on Wednesday, March 16, 2011, 12:18 PM")
                      or _is_byline(below[0]) and markers.BY_NAME.search(below[0]) and parse_date_text(below[0])
                      and _headline_cased(lines[i]) and len(below) == 2 and markers.SENTENCE_END.search(below[1])
                      and len(below[1].split()) >= markers.INLINE_LINK_PROSE_WORDS):
            # (or over its labelled date: "Date", "October 24, 2013 - 8:12AM"); a dek in sentence case right under
            # a shorter headline in headline case is the dek ("Army commanders call …; peace groups say …")
            j = i - 1 if i and lines[i - 1] else None
            if j is not None and j > first and _headline_cased(lines[j]) and not _headline_cased(lines[i]) \
                    and len(lines[j].split()) < len(lines[i].split()) and not markers.SENTENCE_END.search(lines[j]) \
                    and not find_article_date([lines[j]]) and not _is_boilerplate(lines[j], markers.BODY_BOILERPLATE):
                return j
            return i
        if len(below) < 2:
            continue
        over, under = below
        # a writer's credit over the date, or the date over the byline ("February 14, 2011", "By Laura Brennan")
        credited = (_is_byline(over) or _writer_name(over)) and not markers.SENTENCE_END.search(over) \
            and len(under) <= markers.HEAD_DATE_MAX_CHARS and find_article_date([under]) \
            or len(over) <= markers.HEAD_DATE_MAX_CHARS and find_article_date([over]) and bylined(under)
        # a dek, longer than the headline (a kicker over the headline is no headline over its dek)
        dek = not _is_byline(over) and max(markers.HEADLINE_MIN_WORDS, len(lines[i].split())) < len(over.split()) \
            and len(over.split()) <= markers.STANDFIRST_MAX_WORDS \
            and (markers.SENTENCE_END.search(over) and (bylined(under) or _named_over_date(lines, i))
                 or _INNER_STOP.search(over) and bylined(under)  # (a dek whose last sentence lacks its stop)
                 or _dek_of(over, lines[i]) and bylined(under)
                 # (or a dek with no stop over the story's date and its credit: "… cost of eight aircraft itself",
                 # "03 May, 2016 01:00", "Associated Press")
                 or not markers.SENTENCE_END.search(over) and len(lines[i].split()) >= markers.HEADLINE_MIN_WORDS
                 and len(under) <= markers.HEAD_DATE_MAX_CHARS
                 and find_article_date([under]) is not None and _credit_under(lines, i, under))
        if credited or dek:
            # (a dek right under the headline shown twice: "Headline", "", "Headline", "Dek", "Agence France-Presse")
            shown_twice = i - 1 > first and lines[i - 1] and lines[i - 1] in lines[max(first, i - 5):i - 1] \
                and len(lines[i - 1].split()) >= markers.HEADLINE_MIN_WORDS
            # (or line i is the dek, the shorter headline over it: "Headline", "", "Dek", "", "NAME", "Published: DATE")
            if credited and (j := _over_dek(lines, first, i)) is not None:
                return j
            return i - 1 if shown_twice else i
    # a headline in sentence case ended by a full stop, its longer dek and the byline under it, past the menus
    for b in range(first + 2, min(len(lines), first + markers.MASTHEAD_MENU_LOOKAHEAD)):
        if lines[b] and bylined(lines[b]) and parse_date_text(lines[b]):
            above = [k for k in range(max(first + 1, b - 6), b) if lines[k]][-2:]
            return above[0] if len(above) == 2 and _sentence_headline(lines, above[0]) else None
    return None


#: A dek set apart under its headline has at least this many words, and this many more than the headline.
_SET_APART_DEK_WORDS, _SET_APART_DEK_MORE = 10, 3


def _over_dek(lines: list[str], first: int, i: int) -> int | None:
    """The headline a blank line over line i when line i, no sentence, is its dek ("Pakistan summons US envoy …", "",
    "Islamabad calls the remarks … and convenes its security committee"); else None."""
    j = i - 2 if i - 2 >= first and not lines[i - 1] else None
    if j is not None and len(lines[j].split()) >= markers.HEADLINE_MIN_WORDS \
            and len(lines[i].split()) >= max(len(lines[j].split()) + _SET_APART_DEK_MORE, _SET_APART_DEK_WORDS) \
            and not markers.SENTENCE_END.search(lines[j]) and not markers.SENTENCE_END.search(lines[i]) \
            and len(lines[j]) <= markers.TITLE_MAX_CHARS and not _find_article_date_in(lines[j]) \
            and not _is_boilerplate(lines[j], markers.BODY_BOILERPLATE) and not _menu_item(lines, j) \
            and not _headlines_row(lines[j]):
        return j
    return None


def _credit_under(lines: list[str], i: int, line: str) -> bool:
    """The first line past line i that reads `line` has a credit under it: a byline, an agency or a writer's name."""
    at = next((k for k in range(i + 1, min(len(lines), i + 8)) if lines[k] == line), None)
    credit = next((ln for ln in lines[at + 1:at + 3] if ln), "") if at is not None else ""
    return bool(credit) and (_is_byline(credit) or _writer_name(credit)) and not markers.SENTENCE_END.search(credit)


#: A time of day: "6:12 am", "20:14".
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b")


def _sentence_headline(lines: list[str], i: int) -> bool:
    """Line i is a headline in sentence case ended by a full stop, over its longer dek and the dated byline
    ("Congress won't help Pakistan pay for its F-16s. Here's why that matters.", the dek, "by NAME  May 5, 2016")."""
    below = [k for k in range(i + 1, min(len(lines), i + 6)) if lines[k]][:2]
    return len(below) == 2 and markers.HEADLINE_MIN_WORDS <= len(lines[i].split()) < len(lines[below[0]].split()) \
        <= markers.STANDFIRST_MAX_WORDS and len(lines[i]) <= markers.TITLE_MAX_CHARS \
        and bool(markers.TITLE_SENTENCE_END.fullmatch(lines[i])) and not _header(lines[i]) \
        and not _is_boilerplate(lines[i], markers.BOILERPLATE) and _is_byline(lines[below[1]]) \
        and parse_date_text(lines[below[1]]) is not None


def _headline_over_body(lines: list[str], first: int) -> int | None:
    """The headline nearest over the story's first paragraph of prose, with the story's date between them
    (past its byline, buttons and a photo's caption: "Headline", "Wednesday, 04 July 2012 00:41", "NAME",
    "Email | Print", "A caption. (File photo)", then prose); else None."""
    def captioned(k: int) -> bool:  # a photo's caption under its credit ("Tariq Jamil / AFP - Getty Images")
        above = next((ln for ln in reversed(lines[max(first, k - 2):k]) if ln), "")
        return _is_boilerplate(above, (markers.PHOTO_CREDIT,)) or bool(markers.BARE_CREDIT.fullmatch(above))

    def prosaic(i: int) -> bool:
        return len(lines[i].split()) >= markers.INLINE_LINK_PROSE_WORDS and bool(markers.SENTENCE_END.search(lines[i])) \
            and not _is_boilerplate(lines[i], markers.BOILERPLATE) and not _header(lines[i]) and not captioned(i)

    def headed(i: int) -> bool:  # (a dek with the story's date a few lines under it, before more prose: no story yet)
        for k in range(i + 1, min(len(lines), i + markers.DEK_DATED_WITHIN)):
            if lines[k] and len(lines[k]) <= markers.HEAD_DATE_MAX_CHARS and _find_article_date_in(lines[k]):
                return True
            if lines[k] and prosaic(k):
                return False
        return False

    stop = min(len(lines), first + 1 + markers.MASTHEAD_MENU_LOOKAHEAD * 2)
    prose = next((i for i in range(first + 1, stop) if prosaic(i) and not headed(i)), None)
    if prose is None:
        return None
    dated = False
    for k in range(prose - 1, max(first, prose - markers.HEAD_LINES_OVER_BODY), -1):
        line = lines[k]
        if not line:
            continue
        if len(line) <= markers.HEAD_DATE_MAX_CHARS and _find_article_date_in(line):
            dated = True
            continue
        over = next((j for j in range(k - 1, max(first, k - 3), -1) if lines[j]), None)  # (a headline over a dek)
        if dated and _headline_shaped(line) and not line[:1].islower() and not line.endswith(("»", "›")) \
                and not _header(line) and not all(_writer_name(name) for name in re.split(r",? (?:&|and) |, ", line)) \
                and not markers.MENU_LINE.fullmatch(line) and not _button_row(line) \
                and not markers.AGENCY_DATELINE.fullmatch(line) \
                and not markers.BREADCRUMBS.fullmatch(line):
            return over if over is not None and _headline_shaped(lines[over]) and not markers.SENTENCE_END.search(
                lines[over]) and len(lines[over].split()) <= len(line.split()) \
                and not markers.BREADCRUMBS.fullmatch(lines[over]) else k  # (not crumbs: "Home > News > Headlines")
        if len(line.split()) >= markers.INLINE_LINK_PROSE_WORDS and markers.SENTENCE_END.search(line) \
                and not captioned(k):
            return over if dated and over is not None and _headline_shaped(lines[over]) else None
    return None


def _headline_shaped(line: str) -> bool:
    """A line that can be a headline: a few words to TITLE_MAX_CHARS, no full stop, no byline, date or menu."""
    return markers.HEADLINE_MIN_WORDS <= len(line.split()) and len(line) <= markers.TITLE_MAX_CHARS \
        and not markers.TITLE_SENTENCE_END.fullmatch(line) and not _is_byline(line) and not _find_article_date_in(line) \
        and not _is_boilerplate(line, markers.BODY_BOILERPLATE) and not markers.MENU_GAP.search(line)


#: A full stop inside a line, another sentence after it: a dek of two sentences, the last without its stop.
_INNER_STOP = re.compile(r"\w[.!?]\s+[A-Z]")


#: A town and its country alone on a line: "Port Vila, Vanuatu".
_PLACE_ONLY = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?, [A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+)?")


def _headline_block(lines: list[str], first: int) -> int | None:
    """The headline's line in a block of two or three short lines set apart by
    a blank line above and closed by the story's dated line, under the
    masthead: a rubric over a headline ("Pakistan and America", "Blood
    money", then "Mar 16th 2011 | LAHORE"), a headline over its dek, or a
    rubric, a headline and a dek; else None. Headlines of two or three words
    are found only so."""
    for d in range(first + 2, min(len(lines), first + 1 + markers.MASTHEAD_MENU_LOOKAHEAD)):
        line = lines[d]
        if markers.SENTENCE_END.search(line) and len(line.split()) > markers.AUTHOR_CREDENTIAL_MAX_WORDS:
            return None  # prose: the story has begun
        if not line or not (len(line) <= markers.HEAD_DATE_MAX_CHARS and (
                find_article_date([line]) or _is_byline(line) or parse_date_text(line))):
            continue
        top = d
        while top > first + 1 and lines[top - 1]:
            top -= 1
        # ("Kindle Edition" under a title; links to the blog's previous and next posts over it: "← Older title")
        kept = [k for k in range(top, d) if not markers.EDITION.fullmatch(lines[k])
                and not markers.NEIGHBOUR_LINK.fullmatch(lines[k])]
        block = [lines[k] for k in kept]
        if block and _PLACE_ONLY.fullmatch(block[-1]):
            return None  # (the masthead's own: the site's name and its town over the day's date, "Port Vila, Vanuatu")
        if len(block) == 1 < d - top:
            return kept[0]
        if not 2 <= len(block) <= 3 or lines[top - 1] or not all(
                len(b) <= markers.TITLE_MAX_CHARS and not markers.SENTENCE_END.search(b) and not _stamp(b)
                and not markers.MENU_GAP.search(b) and not _is_boilerplate(b, markers.BOILERPLATE)
                and not markers.UI_WORD.fullmatch(b) and not _BYLINE_LABEL.fullmatch(b)
                for b in block):  # (not "Search", "The Hindu"; not a byline's label over its name: "Written By")
            return None
        words = [len(b.split()) for b in block]
        if len(block) == 3:  # rubric, headline, dek (a dek of a few words at least: not "Search", "Go", "The Hindu")
            if words[1] < markers.HEADLINE_MIN_WORDS <= words[2] and block[0] != block[1] and (
                    block[0].endswith(block[1]) or block[1] in lines[:top]):
                # (crumbs and a section's name over the headline: "Home International", "International"; or two
                # items of the site's menu shown again over it: "World", "Asia")
                return kept[2]
            return kept[1] if words[0] < words[2] and words[1] < words[2] and words[2] >= markers.HEADLINE_MIN_WORDS \
                else None
        # two lines: a rubric over the headline, or the headline over a longer dek or over its writer's name
        if words[0] >= markers.HEADLINE_MIN_WORDS and _author_like(block[1]) and _title_case(block[1]):
            return kept[0]
        if words[1] >= markers.HEADLINE_MIN_WORDS and (words[0] == 1 or words[0] < markers.HEADLINE_MIN_WORDS
                                                        and lines.count(block[0]) > 1):
            return kept[1]  # a section's name (one word, or an item of the site's menu) over the headline
        if words[0] < markers.HEADLINE_MIN_WORDS <= words[1] and _headline_cased(block[1]) \
                and not _headline_cased(block[0]):
            return kept[1]  # (a section's label over a headline in headline case, not a headline over its dek)
        found = kept[1] if words[1] <= words[0] + 1 or markers.SECTION_NEWS.fullmatch(block[0]) else kept[0]
        # (not the site's or the section's name shown again over the date: "Opinion", "The Drum")
        return None if lines[found] in lines[:top] else found
    return None


def _menu_item(lines: list[str], i: int) -> bool:
    """Whether line `i` is an item of a menu laid out a line an item: the lines
    right above and below it are short labels too ("Active", "Recent",
    "Comments", "Search")."""
    def label(k):
        return 0 <= k < len(lines) and lines[k] and len(lines[k].split()) <= markers.NAV_MAX_WORDS \
            and not markers.SENTENCE_END.search(lines[k]) and not any(ch.isdigit() for ch in lines[k])
    return label(i) and label(i - 1) and label(i + 1) and (label(i - 2) or label(i + 2))


def head_line(line: str, title: str | None) -> bool:
    """Whether `line` belongs to an article's head: the title again, a byline, a date or a short label."""
    return line == title or _is_byline(line) or _head_like(line, len(line.split()))


def trim_body(paragraphs: list[str], title: str | None) -> list[str]:
    """Article paragraphs from an extractor that keeps too much: the head
    (bylines, dates, counters) dropped from the start, and everything from the
    first end-of-article line or comment header on."""
    start = 0
    while start < len(paragraphs) and head_line(paragraphs[start], title):
        start += 1
    body = []
    for p in paragraphs[start:]:
        if _is_boilerplate(p, markers.ARTICLE_END) or _header(p):
            break
        if not _is_boilerplate(p, markers.BODY_BOILERPLATE):
            body.append(p)
    return body


def _header(line: str) -> markers.Header | None:
    """The comment-section header this line is, or None."""
    return next((h for h in markers.HEADERS if h.pattern.fullmatch(line)), None)


def _head_like(line: str, words: int) -> bool:
    return (
        (words <= markers.HEAD_MAX_WORDS and not markers.SENTENCE_END.search(line)
         and not markers.STANDFIRST_START.match(line))
        or (words <= markers.LABEL_MAX_WORDS and line.endswith(":"))  # "Search for:", "Filed under:"
        or (len(line) <= markers.HEAD_DATE_MAX_CHARS and not markers.SENTENCE_END.search(line)
            and parse_date_text(line) is not None)
        or _is_boilerplate(line, markers.BODY_BOILERPLATE)
        or _is_boilerplate(line, markers.ARTICLE_END)
    )


def _labelled_value(lines: list[str], i: int) -> bool:
    """Line i labels the short value under it in the story's head: "Author of the article:", then the name;
    "Publishing date:", then the date."""
    below = next((ln for ln in lines[i + 1:i + 3] if ln), "")
    return lines[i].endswith(":") and len(lines[i].split()) <= markers.LABEL_MAX_WORDS + 2 and lines[i][:1].isupper() \
        and (len(below.split()) <= markers.NAV_MAX_WORDS and not markers.SENTENCE_END.search(below) or _is_byline(below))


def _is_byline(line: str) -> bool:
    return len(line) <= markers.BYLINE_MAX_CHARS and any(
        m.pattern.fullmatch(line) for m in markers.BYLINE
    )


def _first_line(lines: list[str], start: int, stop: int, table: tuple[markers.Marker, ...]) -> int | None:
    """Index of the first line in [start, stop) that a marker of `table` matches, or None.
    A line laid out in columns (a printout's footer) matches when one of its columns does."""
    for i in range(start, stop):
        line = lines[i]
        # (not a sort bar with the form's button beside it: "Sort: Oldest first | Newest first     Post your comment")
        if line and (any(m.pattern.fullmatch(line) for m in table) or "   " in line and not markers.SORT_BAR.fullmatch(
                line) and not markers.SORT_BAR.fullmatch(markers.COLUMN_GAP.split(line)[0])
                and any(m.pattern.fullmatch(part) for part in markers.COLUMN_GAP.split(line) for m in table)):
            return i
    return None


def _prose_above(lines: list[str], start: int, i: int) -> bool:
    """A paragraph of prose (20 words or more, ending like a sentence) lies between lines start and i."""
    return any(len(ln.split()) >= 20 and markers.SENTENCE_END.search(ln) for ln in lines[start:i] if ln)


#: A photo gallery's counter over its buttons: "1 of 4", then "Next »".
_GALLERY_COUNT = re.compile(r"\d{1,3} of \d{1,3}")


def _gallery_nav(lines: list[str], i: int) -> bool:
    """Line i is a photo gallery's button under its counter ("1 of 4", "Next »"), not the story's end."""
    previous = next((ln for ln in reversed(lines[max(0, i - 3):i]) if ln), "")
    return bool(_GALLERY_COUNT.fullmatch(previous))


def _before_prose(lines: list[str], start: int, i: int) -> bool:
    """Line i is a short link over the story (among its buttons, or a box of topics under its highlights), no
    paragraph of prose before it (or a share bar's button right under another: "Send", "Feedback") and prose
    right after it: three of the next lines are paragraphs."""
    previous = next((ln for ln in reversed(lines[start:i]) if ln), "")
    # (or a count of the comments opening the bar above it: "Comments (9)", "Email this story", "Print this story")
    bar = list(itertools.takewhile(lambda ln: not ln or len(ln.split()) <= markers.NAV_MAX_WORDS,
                                   reversed(lines[start:i])))
    shared = bool(_SHARE_TARGET.fullmatch(previous)) or _is_boilerplate(previous, (markers.SHARE,)) or any(
        _header(ln) and _shown_count(ln, pages=False) for ln in bar if ln)
    if _prose_above(lines, start, i + 1) and not shared:
        return False
    past = i + 1  # (past the rest of a share bar: "Facebook", "Share this item via WhatsApp", "WhatsApp", …)
    while past < len(lines) and (not lines[past] or _is_boilerplate(lines[past], (markers.SHARE,))
                                 or _SHARE_TARGET.fullmatch(lines[past])):
        past += 1
    after = [ln for ln in lines[past:past + 17] if ln][:11]
    # (past the box's links, topics of a few words: "Pakistan", "U.S. Department of State"; and more labelled
    # topics: "Theme: Militarization and WMD, US NATO War Agenda")
    k = next((k for k, ln in enumerate(after) if len(ln.split()) > markers.NAV_MAX_WORDS
              and (markers.SENTENCE_END.search(ln) or len(ln.split()) > markers.KICKER_MAX_WORDS)
              and not _is_boilerplate(ln, markers.ARTICLE_END)), None)
    return k is not None and sum(len(ln.split()) >= 20 and bool(markers.SENTENCE_END.search(ln))
                                 for ln in after[k:k + 3 + shared]) >= 3 - shared  # (past a photo's caption)


def _prose_line(line: str) -> bool:
    """A paragraph of the story: INLINE_LINK_PROSE_WORDS words or more, ending like a sentence."""
    return len(line.split()) >= markers.INLINE_LINK_PROSE_WORDS and bool(markers.SENTENCE_END.search(line))


def _link_box(lines: list[str], i: int) -> tuple[list[int], int]:
    """The lines of a box of links to other stories at line i (a label such as "Also Read" or "Read more",
    then the linked headlines, a line each) and how many headlines it holds; ([], 0) when there is none."""
    if not markers.INLINE_LABEL.fullmatch(lines[i]):
        return [], 0
    link = [i]
    k = next((k for k in range(i + 1, min(len(lines), i + 6)) if lines[k]), len(lines))
    headlines = 0
    while (k < len(lines) and lines[k] and headlines < markers.INLINE_LINK_MAX_HEADLINES
           and (not markers.SENTENCE_END.search(lines[k]) or lines[k].endswith(("...", "…", "?")))  # (cut short; asking)
           and len(lines[k].split()) <= markers.INLINE_LINK_HEADLINE_WORDS):
        link.append(k)
        # (a carousel's "Previous", "1"; a headline's source and date under it: "Herald Sun, 2 May 2011")
        headlines += not _is_boilerplate(lines[k], markers.BODY_BOILERPLATE) and not _source_line(lines[k])
        k += 1
    if k < len(lines) and lines[k] and _source_line(lines[k]):
        link.append(k)  # (the last headline's)
    return (link, headlines) if headlines else ([], 0)


def _source_line(line: str) -> bool:
    """A linked headline's source and date under it: "Herald Sun, 2 May 2011", "The Australian, 1 month ago"."""
    return len(line.split()) <= _SOURCE_LINE_WORDS and bool(parse_date_text(line) or _RELATIVE_TAIL.search(line))


_RELATIVE_TAIL = re.compile(rf", {markers.RELATIVE_TIME}$")


_SOURCE_LINE_WORDS = 6
#: A newsletter box between paragraphs holds at most this many lines (its heading, a blurb, a button).
_NEWSLETTER_BOX_LINES = 4


def _inline_link(lines: list[str], i: int) -> list[int]:
    """The lines of a link to another story between the article's paragraphs at
    line i ("Related: How the NATO supply routes reopened", or "Also Read" over
    the linked headlines, a line each), or of a share bar there, when a paragraph
    of prose follows it past buttons and counters; else []."""
    if markers.INLINE_LINK.fullmatch(lines[i]) or markers.SHARE.pattern.fullmatch(lines[i]):  # (a share bar)
        link = [i]
    elif markers.NEWSLETTER.pattern.fullmatch(lines[i]):  # a newsletter box: its heading, blurb and button
        def story_again(k: int) -> bool:  # (a paragraph right under the box's button: "Subscribe", then the story)
            return k - 1 > i and _prose_line(lines[k]) and _is_boilerplate(lines[k - 1], markers.BOILERPLATE) \
                and len(lines[k - 1].split()) <= markers.NAV_MAX_WORDS

        link = [i, *itertools.takewhile(lambda k: lines[k] and not story_again(k),
                                        range(i + 1, min(len(lines), i + _NEWSLETTER_BOX_LINES)))]
    elif not (link := _link_box(lines, i)[0]):
        return []
    below = next((lines[k] for k in range(link[-1] + 1, min(len(lines), link[-1] + 12))
                  if lines[k] and not _is_boilerplate(lines[k], markers.BODY_BOILERPLATE + (markers.SHARE,))
                  and not _is_byline(lines[k]) and not markers.INLINE_LINK.fullmatch(lines[k])), "")
    # (past the story's byline and date, "By NAME", "May 5, 2011", and the links under it, "MORE: …", "MORE: …")
    return link if _prose_line(below) else []


def _is_boilerplate(line: str, table: tuple[markers.Marker, ...]) -> bool:
    return any(m.pattern.fullmatch(line) for m in table)


#: The label of the box of other sites' posts linking to the story (WordPress's pingbacks).
_PINGBACKS = re.compile(r"Sites That Link to this (?:Post|Entry|Story)|(?:Trackbacks?|Pingbacks?)(?:\s*(?:/|and)\s*(?:Trackbacks?|Pingbacks?))?", re.I)
#: A comment widget's login and sign-up lines: "LOG IN WITH", "OR SIGN UP WITH DISQUS ?".
_SIGN_UP = re.compile(r"(?:OR )?SIGN UP WITH \w+\s*\??|LOG IN WITH", re.I)


#: The name a reply answers, between the replier's name and time (wpDiscuz): "Reply to  Helena Nangolo".
_REPLY_TO_NAME = re.compile(r"Reply to\s+\S.{0,60}")


def _kind_over_name(lines: list[str], k: int) -> bool:
    """Whether the user's kind at k ("Guest") is a badge over the commenter's name and time (wpDiscuz), with the
    name a reply answers between them; not under an avatar's label, where it is the name (Disqus's "Guest")."""
    j = k + 2 + (k + 2 < len(lines) and bool(_REPLY_TO_NAME.fullmatch(lines[k + 2])))
    return j < len(lines) and (k == 0 or lines[k - 1] != "Avatar") and _author_like(lines[k + 1]) and _stamp(lines[j])


def _drop_boilerplate(lines: list[str]) -> list[str]:
    """Drop section furniture and ads (a label, then a call to action a few
    lines down), but keep posted-at lines ("· 3y") and rows of buttons that
    carry the comment's time."""
    kept, k = [], 0
    while k < len(lines):
        ln = lines[k]
        if ln and markers.AD_LABEL.fullmatch(ln):
            action = next((j for j in range(k + 1, min(len(lines), k + 1 + markers.AD_MAX_LINES))
                           if lines[j] and markers.AD_ACTION.fullmatch(lines[j])), None)
            if action is not None:
                k = action + 1
                continue
        after = next((a for a in lines[k + 1:k + 3] if a), "")
        if ln[:1] == "@" and ln[1:] == after:
            pass  # an avatar's label over its name ("@hamza-siddiqui", then "hamza-siddiqui")
        elif k + 2 < len(lines) and lines[k + 1] == ln and _handle_like(ln) and _stamp(lines[k + 2]):
            pass  # (or the login itself, then the login over the time: "abdulrehman_pk" twice, "• 3 hours ago")
        elif ln and markers.NAMES_LABEL.fullmatch(ln):
            k = next((j for j in range(k + 1, len(lines)) if lines[j]), k)  # "Recommended by:" and its names
        elif ln and (_form_fields_at(lines, k) or _is_boilerplate(ln, (markers.REPLY_FORM,)) and _form_fields_at(
                lines, next((j for j in range(k + 1, len(lines)) if lines[j]), k))):
            # a form over the comments ("Name", "Email", "Password"), with its heading ("Post your comment")
            while k + 1 < len(lines) and (not lines[k + 1] or markers.FORM_FIELD.fullmatch(lines[k + 1])):
                k += 1
        elif ln and not any(kept) and _is_boilerplate(ln, (markers.REPLY_FORM,)):
            pass  # the link to the form opening the section, over the comments ("Add new comment")
        elif ln and not any(kept) and _PINGBACKS.fullmatch(ln):
            # the box of other sites' posts linking here, each "TITLE | SITE", over the comments
            while k + 1 < len(lines) and (not lines[k + 1] or " | " in lines[k + 1]):
                k += 1
        elif ln and len(ln.split()) <= 4 and markers.LOGIN_BUTTON.fullmatch(after) and not any(lines[:k]):
            k += 1  # the widget's forum name over its login button, opening the section ("Bloomberg", "Login")
            continue
        elif markers.USER_KIND.fullmatch(ln) and _kind_over_name(lines, k):
            pass  # the commenter's kind over the name and time ("Guest", "Adnan Siddiqui", "2 days ago")
        elif ln and _SIGN_UP.fullmatch(ln):  # a widget's sign-up line over its "Name" field ("OR SIGN UP WITH DISQUS ?")
            nxt = next((j for j in range(k + 1, len(lines)) if lines[j] and lines[j] != "?"), k)  # (its "?" apart)
            k = nxt if markers.FORM_FIELD.fullmatch(lines[nxt]) and not _form_fields_at(lines, nxt) else k
        elif not (ln and (_is_boilerplate(ln, (*markers.SECTION_BOILERPLATE, *markers.WIDGET_END))
                          or markers.COMMENT_BADGE.fullmatch(ln))
                  and not markers.BUTTON_ROW_STAMP.fullmatch(ln) and not _stamp(ln)):
            kept.append(ln)
        k += 1
    return kept


def _reply_counts(lines: list[str]) -> tuple[tuple[str, int], ...]:
    """(the last text line above, the count) of each line saying how many replies are shown under a comment
    ("Hide 2 replies", "2 replies"; not "View 4 replies", which are folded away)."""
    found, last = [], None
    for ln in lines:
        if ln and (m := markers.SHOWN_REPLIES.fullmatch(ln)):
            if last is not None:
                found.append((last, int(m["n"] or m["n2"])))
        elif ln and markers.MORE_REPLIES.fullmatch(ln) and found and last is not None:
            found.append((last, -1))  # the rest of the counted replies are folded away: the run ends here
        elif ln and not _is_boilerplate(ln, markers.SECTION_BOILERPLATE) and not markers.SIGNATURE.fullmatch(ln):
            last = ln  # (a signature under the text is not the text)
    return tuple(found)


def _nest_by_counts(comments: list[Comment], counts: tuple[tuple[str, int], ...]) -> list[Comment]:
    """Parents from the reply counts: the comment whose text ends a counted
    line has that many replies right after it, each of which may have its own."""
    if not counts:
        return comments
    replies: dict[int, int] = {}
    closed: set[int] = set()  # comments after which the counted replies shown end ("View more replies")
    k = 0
    for anchor, n in counts:
        found = next((j for j in range(k, len(comments)) if anchor in comments[j].text), None)
        if found is None and not replies and not closed:
            continue  # a count over the comments, under a notice ("9 Comments"): the section's own
        if found is None:
            return comments  # a count whose comment was not found: the page is not read so
        k = found
        if n < 0:
            closed.add(k)
        else:
            replies[k] = n
    nested, open_ = [], []  # open_: [comment index, replies still to come]
    for k, c in enumerate(comments):
        if k - 1 in closed:
            open_.clear()
        while open_ and open_[-1][1] == 0:
            open_.pop()
        parent = None
        if open_:
            parent = open_[-1][0] + 1
            open_[-1][1] -= 1
        nested.append(replace(c, parent=parent))
        if replies.get(k):
            open_.append([k, replies[k]])
    # parents already known ("@Guest …" answering Guest) must be the counts' own, else the counts are not read so
    # (a reply's reply shown flat under its thread; "118 replies" with a few shown)
    return nested if all(c.parent in (None, n.parent) for c, n in zip(comments, nested)) else comments


def _join(lines: list[str]) -> str:
    """Lines -> text: a blank line separates paragraphs, lines inside one keep a newline."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n\n".join("\n".join(p) for p in paragraphs if p)


# --------------------------------------------------------------------------
# The comment section
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Section:
    first_line: int  # first line that is not article text (header or first author)
    lines: list[str]  # section lines, boilerplate removed, blanks kept
    header_line: str | None
    announced: int | None
    separator: str | None  # forced by the header
    # (the last text line above each "Hide 2 replies" line, and that count): the replies shown under a comment
    reply_counts: tuple[tuple[str, int], ...] = ()


_STAMP_SEPARATOR = next(s for s in markers.SEPARATORS if s.author_above)


def _find_section(lines: list[str], start: int) -> _Section | None:
    header_at = None
    for i in range(start, len(lines)):
        if not lines[i]:
            continue
        header = _header(lines[i])
        # (one seen three times or more is a count under each post: "1 Reply"; nor the last button of a share bar
        # over the story: "Facebook", "Twitter", "Email", "Comments")
        if header and lines[start:].count(lines[i]) < markers.HEADER_MAX_REPEATS and not _share_bar_end(lines, i):
            if re.fullmatch(r"\d+ Repl(?:y|ies)", lines[i].strip()) \
                    and sum(1 for k in range(start, i) if lines[k] and _named_above_stamp(lines, k)) >= 2:
                continue  # (a count of replies under a post, under comments' heads already: "1 Reply")
            header_at = i
            break
    if header_at is not None:
        # the same header again further down ("5 Comments" under the title and above the comments): the last one
        header_at = max(j for j in range(header_at, len(lines)) if lines[j] == lines[header_at])
        opening = header_at  # (the section, not the article, from here, whatever header opens the comments below)
        if 2 <= header_at and lines[header_at - 1] and not lines[header_at - 2] \
                and len(lines[header_at - 1].split()) <= 2 and lines[header_at - 1][:1].isupper() \
                and not markers.SENTENCE_END.search(lines[header_at - 1]):
            opening = header_at - 1  # (and its label right over it, set apart from the story: "Forum")
        m = header.pattern.fullmatch(lines[header_at])
        announced = _count(m.groupdict().get("count"))
        if announced is None:
            # a count under a header without one ("Readers' Comments", a notice, then "0 Comments")
            # or the count alone on the line under it ("Comments", "0")
            below = [j for j in range(header_at + 1, len(lines)) if lines[j]][:3]
            counted = [(j, _count(h.pattern.fullmatch(lines[j]).groupdict().get("count")))
                       for j in below if (h := _header(lines[j]))]
            if below and re.fullmatch(r"\(?[\d,]+\)?", lines[below[0]]) \
                    and not (len(below) > 1 and re.match(r"#1\b", lines[below[1]])):  # ("0"; "(1,936)"; not the
                # first comment's votes over its number: "0", "#1 NAME 2011-05-08 09:12")
                counted = [(below[0], int(lines[below[0]].strip("()").replace(",", "")))]
            if counted and counted[0][1] is not None:
                header_at, announced = counted[0]
        # the comments' own header a few buttons and counters below ("Comments", "14", "Share", "Comments (14)";
        # "Feedback", then "Customer reviews")
        hopped = True
        while hopped:  # (again from there: "COMMENTS", share buttons, "38 Responses", reactions, "Comments (7)")
            hopped = False
            below = [j for j in range(header_at + 1, len(lines)) if lines[j]][:markers.HEADER_HOP_LINES]
            for n, j in enumerate(below):
                # (past a box of other stories' headlines under its label: "Related Posts:", then one a line)
                boxed = next((k for k, b in enumerate(below[:n]) if _is_boilerplate(lines[b], (markers.RELATED,))), n)
                if (h := _header(lines[j])) is not None and h.separator == header.separator and all(
                        len(lines[b].split()) <= markers.NAV_MAX_WORDS
                        or _is_boilerplate(lines[b], markers.SECTION_BOILERPLATE)
                        or k > boxed and not markers.SENTENCE_END.search(lines[b]) for k, b in enumerate(below[:n])):
                    m = h.pattern.fullmatch(lines[j])
                    header_at, header, announced, hopped = j, h, _count(m.groupdict().get("count")), True
                    break
        end = _section_end(lines, header_at + 1, header_at + 1)
        if end is not None and _is_boilerplate(lines[end], (markers.REPLY_FORM,)) and all(
                not lines[k] or _is_boilerplate(lines[k], markers.SECTION_BOILERPLATE)
                or not (_stamp(lines[k]) or _dated_author_line(lines[k]) or _named_above_stamp(lines, k))
                for k in range(header_at + 1, end)):
            # a notice, then the comment form, then a count over the comments ("Add New Comment", "Login", "Post
            # as …", "Showing 8 comments"): the comments start under the count
            counted = next(((j, n) for j in range(end + 1, min(len(lines), end + markers.FORM_LINES_MAX))
                            if lines[j] and (n := _shown_count(lines[j], pages=announced is None))), None)
            if counted is not None and _counted_comments_follow(lines, *counted):
                header_at, announced = counted
                end = _section_end(lines, header_at + 1, header_at + 1)
        while end is not None and (markers.FOOTER.pattern.fullmatch(lines[end]) or (
                _is_boilerplate(lines[end], (markers.REPLY_FORM, markers.RELATED, *markers.WIDGET_END))
                and _counted_comments_follow(lines, end, announced))
                or _tab_row(lines, end)) \
                and not any(ln and not _is_boilerplate(ln, markers.SECTION_BOILERPLATE) and not markers.SORT_BAR.fullmatch(ln)
                            and not markers.SORT_TAB.fullmatch(ln)
                            and not markers.FORM_FIELD.fullmatch(ln) and not _is_boilerplate(ln, (markers.REPLY_FORM,))
                            and not (_is_boilerplate(lines[end], (markers.RELATED,)) and len(ln.split()) <= markers.NAV_MAX_WORDS)
                            and not _identity_choice(lines, k) and ln != "guest"  # (wpDiscuz's avatar over its form)
                            for k, ln in enumerate(lines[header_at + 1:end], header_at + 1)):
            # a footer-like link before any comment ("Community guidelines" under the header) is the widget's own,
            # and so is a comment form above the comments a header counts ("31 Comments", "Post a comment", …), and
            # a box of the widget's other threads over them ("ALSO ON FIRSTPOST", under its bar: "Firstpost", "Login")
            end = _section_end(lines, end + 1, header_at + 1)
        if end is not None and markers.FOOTER.pattern.fullmatch(lines[end]):
            end = _before_menu(lines, header_at + 1, end)
        # with nothing closing it, a menu of short lines ending the page ("About", "Tags", "Privacy") is not text
        body = lines[header_at + 1 : end if end is not None else _before_menu(lines, header_at + 1, len(lines))]
        if announced == 0:
            body = []  # "No Comments": whatever follows is not a comment
        first_line = next((k for k, ln in enumerate(body) if ln), None)
        if first_line is not None and markers.HEADER_LINK.fullmatch(body[first_line]):
            body = body[first_line + 1:]  # the header's own link: "Reasons for signing", "See all"
        kept = _drop_boilerplate(body)
        lead = next((k for k, ln in enumerate(kept) if ln), None)
        if lead is not None and markers.SORT_BAR.fullmatch(kept[lead]):
            kept = kept[lead + 1:]  # a sort bar opening the section ("Sort by newest | oldest | rating")
        named = [i for i in range(start, opening) if lines[i] and _named_above_stamp(lines, i)] \
            if sum(1 for ln in kept if ln) <= 1 else []
        if len(named) >= markers.MIN_NAMED_HEADS:
            # a header over nothing under comments with no header of their own (a form's "Comments" field under
            # names over their times): the comments
            return _headerless(lines, named[0], named[0] + 1)
        if end is not None and (announced or not any(kept)) and sum(1 for ln in kept if ln) <= 1 \
                and (later := _find_section(lines, end)) is not None and sum(1 for ln in later.lines if ln) > 1:
            return replace(later, announced=later.announced if later.announced is not None else announced)
            # (a counter on the post's card, "9 comments", "Post not marked as liked": the comments are further
            # down; or a header over nothing, the widget's frame copied further down: "Comments", "Most Popular")
        return _Section(opening, kept, lines[header_at], announced, header.separator, _reply_counts(body))

    for i in range(start, len(lines)):
        if lines[i] and _STAMP_SEPARATOR.pattern.fullmatch(lines[i]):
            first = _name_over_votes(lines, i, start)
            if first is None:
                first = i - 1 if i - 1 >= start and _name_like(lines[i - 1]) else i
            return _headerless(lines, first, i + 1)
    # without a header: names right above their posted-at lines, a reply's target between ("rehan_lhr",
    # "↩ priya_s", "May '11"), three times at least
    closed = _first_line(lines, start, len(lines), markers.COMMENTS_END)  # (not in a related-posts box)
    named = [i for i in range(start, len(lines) - 1 if closed is None else closed)
             if lines[i] and _named_above_stamp(lines, i)]
    if len(named) >= markers.MIN_NAMED_HEADS:
        return _headerless(lines, named[0], named[0] + 1)
    # without a header or stamp lines: lines naming a commenter and a time ("mzaidi 5 hours ago | next [–]")
    dated = [i for i in range(start, len(lines)) if _dated_author_line(lines[i])]
    if len(dated) >= markers.MIN_DATED_AUTHOR_LINES:
        return _headerless(lines, dated[0], dated[0] + 1)
    # nor with lines naming a commenter above the text: signatures closing each comment ("posted by NAME at
    # 9:02 PM on May 2, 2011 [12 favorites]"); a signature counting the comments closes the post itself
    signed = [i for i in range(start, len(lines)) if lines[i] and (m := markers.SIGNATURE.fullmatch(lines[i]))
              and (m["when"] or m["when2"] or m["when5"]) and not markers.COMMENT_TOTAL.search(lines[i])]
    if signed and lines[signed[0]].startswith("1 posted on "):
        start, signed = signed[0] + 1, signed[1:]  # the thread's first post is the story: "1 posted on DATE by NAME"
    if len(signed) >= markers.MIN_DATED_AUTHOR_LINES:
        return _headerless(lines, _text_above(lines, start, signed[0]), signed[-1] + 1)
    return None


#: A commenter's profile line under the name, set apart: "Since: Mar 09", a post count ("2,318"), "Location hidden".
_PROFILE_LINE = re.compile(r"(?:Since|Member since|Joined):?\s+\S.{0,20}|[\d,]{1,9}|Location hidden", re.I)


def _named_above_stamp(lines: list[str], i: int) -> bool:
    """Line i names a commenter (a handle or a name) and a posted-at line
    follows it, past a reply's target line ("↩ priya_s"); a label may open it ("by: Rashid from: Quetta")."""
    line = _POSTED_BY_LABEL.sub("", lines[i])
    if len(line) > markers.NAME_MAX_CHARS or not (_handle_like(line) or _author_like(line)):
        return False
    # (blank lines may set them apart: "NAME", "", "Place", ""; and a vote score and buttons: "", "4", "Reply")
    below = [ln for ln in lines[i + 1:i + 6] if ln][:2]
    if below and _vote_or_button(below[0]):
        below = [ln for ln in lines[i + 1:i + 6] if ln and not _vote_or_button(ln)][:2]
    if below and (markers.REPLY_TARGET.fullmatch(below[0]) or _place_line(below[0])):
        below = below[1:]  # (or the commenter's place: "Rawalpindi, Pakistan")
    elif below and not lines[i + 1] and _PROFILE_LINE.fullmatch(below[0]):
        # (or the profile lines and place, each set apart: "Since: Mar 09", "2,318", "Karachi, Pakistan")
        below = [ln for ln in lines[i + 1:i + 2 * (markers.AUTHOR_DETAIL_LINES + 3)] if ln]
        while below and (_PROFILE_LINE.fullmatch(below[0]) or _place_line(below[0])):
            below = below[1:]
    return bool(below) and (_stamp(below[0]) is not None or _placed_stamp(below[0]) is not None)  # ("Delhi · 3 PM")


def _vote_or_button(line: str) -> bool:
    """A vote score or a lone button between a writer's name and the time: "4", "-1", "Reply"."""
    return bool(_SCORE.fullmatch(line.strip()) or _LONE_BUTTON.fullmatch(line.strip()))


def _name_over_votes(lines: list[str], i: int, floor: int, apart: bool = False) -> int | None:
    """The writer's name over the time on line i past a vote score and buttons between, each maybe set apart
    ("crawfishkid", "", "4", "Reply", "Thu 8 Oct, 2009 09:40 am"), the name opening its block; else None.
    With `apart`, a blank line alone between them will do (the score and buttons already dropped)."""
    j, skipped = i - 1, 0
    while j > floor and (not lines[j] or _vote_or_button(lines[j])):
        skipped += bool(lines[j])
        j -= 1
    if (skipped or apart and j < i - 1) and j >= floor and (j == floor or not lines[j - 1]) and _name_like(lines[j]) \
            and (_author_like(lines[j]) or _handle_like(lines[j])) and i - j <= 6:
        return j
    return None


def _place_line(line: str) -> bool:
    """A commenter's place under the name: "Rawalpindi, Pakistan", "Bradford" (a few title-case words)."""
    return len(line.split()) <= markers.AUTHOR_PLACE_MAX_WORDS and _title_case(line) and _stamp(line) is None \
        and not markers.AUTHOR_BAD.search(line) and not markers.SENTENCE_END.search(line)


def _text_above(lines: list[str], start: int, signature: int) -> int:
    """Where the text that the signature line `signature` closes starts: the
    prose above it, back to the post's own footer, a furniture line or a short
    line that is not a sentence (a tag, "Share: Twitter Facebook")."""
    first = signature
    for i in range(signature - 1, start - 1, -1):
        line = lines[i]
        if not line:
            continue
        if (markers.SIGNATURE.fullmatch(line) or _is_boilerplate(line, markers.BODY_BOILERPLATE) or _is_boilerplate(line, markers.ARTICLE_END)
                or not markers.SENTENCE_END.search(line) and len(line.split()) <= markers.NAV_MAX_WORDS):
            break
        first = i
    return first


def _headerless(lines: list[str], first: int, search_end_from: int) -> _Section:
    """The section from `first` to the line that closes it."""
    end = _first_line(lines, search_end_from, len(lines), markers.COMMENTS_END)
    while end is not None and _ad_between_comments(lines, end):
        end = _first_line(lines, end + 1, len(lines), markers.COMMENTS_END)
    body = lines[first : end if end is not None else _before_menu(lines, first, len(lines))]
    return _Section(first, _drop_boilerplate(body), None, None, None, _reply_counts(body))


def _ad_between_comments(lines: list[str], i: int) -> bool:
    """Line i is an ad's label ("Sponsored Links") with a commenter's name over a time right under it: the
    comments go on past the ad."""
    below = next((k for k in range(i + 1, min(len(lines), i + 3)) if lines[k]), None)
    return bool(markers.AD_LABEL.fullmatch(lines[i])) and below is not None and _named_above_stamp(lines, below)


def _section_end(lines: list[str], start: int, top: int) -> int | None:
    """The first line from `start` that closes the comment section opening at `top`, less one repeated over
    every comment, shown twice in the section right over a commenter's name and time, or right under one
    (a badge such as "Editor's Pick" is no related box's heading)."""
    end = _first_line(lines, start, len(lines), markers.COMMENTS_END)
    form = next((i for i in range(start, end if end is not None else len(lines)) if _form_fields_at(lines, i)), None)
    if form is not None and any(_stamp(ln) or markers.NAME_THEN_STAMP.fullmatch(ln) or markers.SIGNATURE.fullmatch(ln)
                                or _stamp_in_parens(ln)
                                for ln in lines[start:form] if ln):  # (or signatures: "Posted by NAME on DATE")
        return form  # a run of a form's field labels under comments ("Your name", "Your location", "Submit")
    while end is not None and (lines[top:].count(lines[end]) >= markers.HEADER_MAX_REPEATS or (
            lines[top:].count(lines[end]) >= 2
            and (below := next((k for k in range(end + 1, min(len(lines), end + 3)) if lines[k]), None)) is not None
            and _named_above_stamp(lines, below)) or _under_head(lines, end, top) or _in_widget_bar(lines, end)
            or re.fullmatch(markers.PAGE_COUNT, lines[end], re.I) and not any(
                _stamp(ln) or _said_when(ln) for ln in lines[top:end] if ln)
            or _last_tab(lines, end) or _sort_option(lines, end)):
        # (a count of the comments shown, over them: "Showing 1-9 of 1,212 comments"; the last of the sort tabs:
        # "Oldest", "Newest", "Popular"; an option under "Sort by": "Most Popular")
        end = _first_line(lines, end + 1, len(lines), markers.COMMENTS_END)
    if end is not None and end >= start + 2 and lines[end - 1] and not lines[end - 2] \
            and len(lines[end - 1].split()) <= markers.NAV_MAX_WORDS and not markers.SENTENCE_END.search(lines[end - 1]):
        end -= 1  # (and the box's label right over it, set apart from the last comment: "Support C&L")
    return end


#: The comment form's label over the identities a reader may comment as: "Comment as", then "Guest", "or", "Sign in".
_COMMENT_AS = re.compile(r"(?:Comment|Post|Posting|Commenting|Reply) as:?", re.I)


def _identity_choice(lines: list[str], i: int) -> bool:
    """Line i is one of a comment form's identities, or the "or" between them, under its "Comment as" label."""
    return len(lines[i].split()) <= 2 and any(_COMMENT_AS.fullmatch(ln) for ln in lines[max(0, i - 3):i])


def _sort_option(lines: list[str], i: int) -> bool:
    """Line i is one of the sort options under a bare "Sort by" label, one a line ("Sort by", "Most Popular",
    "Newest", "Oldest")."""
    k = i - 1
    while k >= 0 and i - k <= _SORT_OPTIONS_MAX and (not lines[k] or markers.SORT_TAB.fullmatch(lines[k])):
        k -= 1
    return k >= 0 and bool(markers.SORT_TAB.fullmatch(lines[i])) and bool(_SORT_LABEL.fullmatch(lines[k]))


_SORT_LABEL = re.compile(r"(?:Sort(?:ed)?|Order)(?: by)?:?", re.I)
_SORT_OPTIONS_MAX = 6


def _form_fields_at(lines: list[str], i: int) -> bool:
    """A run of FORM_FIELDS_MIN field labels of a form starts at line i, one a line, a blank line or none
    between them ("Your name", "Your location", "Submit"; "Name *", "", "Email *", "", "City *")."""
    found, k = 0, i
    while found < markers.FORM_FIELDS_MIN and k < len(lines) and lines[k] and (
            markers.FORM_FIELD.fullmatch(lines[k]) or found and _is_boilerplate(lines[k], (_NOTICE,))):
        found += bool(markers.FORM_FIELD.fullmatch(lines[k]))  # (past the form's notice: "Comments will be edited …")
        k += 2 if k + 2 < len(lines) and not lines[k + 1] else 1
    return found == markers.FORM_FIELDS_MIN


def _in_widget_bar(lines: list[str], i: int) -> bool:
    """Line i is a comment widget's own link in the bar over its comments, a login button among the next
    lines ("9 Comments", "Firstpost", "Disqus' Privacy Policy", "Login", "Recommend")."""
    return _is_boilerplate(lines[i], markers.WIDGET_END) and any(
        markers.LOGIN_BUTTON.fullmatch(ln) for ln in [ln for ln in lines[i + 1:i + 6] if ln][:3])


def _under_head(lines: list[str], i: int, top: int) -> bool:
    """Line i sits right under a commenter's name and time (past an "In reply to Name" line): a badge (not a form's
    heading set apart by a blank line: "Post a Comment" under the last signature)."""
    if not lines[i - 1] and _is_boilerplate(lines[i], (markers.REPLY_FORM,)):
        return False
    above = [k for k in range(max(top, i - 5), i) if lines[k]]
    if above and markers.REPLY_TARGET.fullmatch(lines[above[-1]]):
        above.pop()
    return len(above) >= 2 and _stamp(lines[above[-1]]) is not None and _named_above_stamp(lines, above[-2])


def _last_tab(lines: list[str], i: int) -> bool:
    """Line i, a word or two, closes a run of sort tabs right above it ("Oldest", "Newest", then "Popular")."""
    above = [ln for ln in lines[max(0, i - 3):i] if ln][-2:]
    return len(lines[i].split()) <= 2 and len(above) == 2 and all(markers.SORT_TAB.fullmatch(ln) for ln in above)


def _tab_row(lines: list[str], i: int) -> bool:
    """Line i is the first of a row of the section's tabs, whatever else it may name ("Editor's Picks", then
    "Most Recent", "Highest Rated"): the next line is a tab too."""
    below = next((ln for ln in lines[i + 1:i + 3] if ln), "")
    return bool(below) and _is_boilerplate(lines[i], markers.SECTION_BOILERPLATE) \
        and _is_boilerplate(below, markers.SECTION_BOILERPLATE) and len(below.split()) <= 3


def _counted_comments_follow(lines: list[str], form: int, announced: int | None) -> bool:
    """The header did not announce none, and names above posted-at lines follow
    the comment form at line `form` (the form sits above the comments)."""
    below = [i for i in range(form + 1, len(lines)) if lines[i]]
    below = [i for n, i in enumerate(below)  # (past the form's own lines: "Screen Name:", "Submit", "Page: 1 of 242")
             if n < markers.FORM_LINES_MAX or all(_is_boilerplate(lines[k], markers.SECTION_BOILERPLATE)
                                                  or markers.FORM_FIELD.fullmatch(lines[k]) for k in below[:n])]
    return announced != 0 and any(_named_above_stamp(lines, i) or _named_over_closing_stamp(lines, i)
                                  or _dated_author_line(lines[i]) or _said_when(lines[i]) for i in below)


def _said_when(line: str) -> bool:
    """The line names a commenter who wrote at a time: "CarolinaRedneck Wrote: Mar 18, 2011 7:12 AM", "Submitted by
    NAME on May 4, 2011 at 12:41 pm"."""
    return bool((m := _SAID.pattern.fullmatch(line)) and (m["when"] or m["text"])) or bool(
        (m := _SUBMITTED.pattern.fullmatch(line)) and m["when"])


def _dated_author_line(line: str) -> bool:
    """The line names a commenter and a time: "mzaidi 5 hours ago | next [–]", "RustBeltRon 7 hours ago"."""
    return len(line) <= markers.NAME_MAX_CHARS + 40 and bool(markers.TIME_HINT.search(line)) \
        and bool((found := _author_line(line)) and found[1])


def _named_over_closing_stamp(lines: list[str], i: int) -> bool:
    """Line i opens a block with a name or a login, and the block's text ends with a posted-at line
    ("SteelCityDoug", a badge, the text, "10:52 AM on 03/16/2011")."""
    line, above = lines[i], lines[i - 1]
    if above and not (_is_boilerplate(above, markers.SECTION_BOILERPLATE) or markers.SORT_BAR.fullmatch(above)) \
            or len(line) > markers.NAME_MAX_CHARS or not (_handle_like(line) or _author_like(line)):
        return False  # (a blank line above, or a sort bar: "Sort by newest | oldest | rating")
    block = list(itertools.takewhile(bool, lines[i + 1:i + 1 + markers.AUTHOR_DETAIL_LINES + 3]))
    return len(block) >= 2 and not _stamp(block[0]) and any(  # (or a button row ending in it: "Like · Reply · 4 hrs")
        _stamp(ln) or markers.BUTTON_ROW_STAMP.fullmatch(ln) for ln in block[1:])


def _author_box(lines: list[str], end: int, byline: list[str]) -> int:
    """Where an author box closing the body starts (else `end`): its last paragraph opens with the
    name of the byline's author, alone on its line ("Meera Kaul", "Senior Policy Reporter", a bio), maybe
    under a label or two ("Author", "Guest Author"), or is a one-line bio opening with that name ("Laila
    Durrani is an associate editor of the AfPak Channel.")."""
    start = end
    while start > 0 and not lines[start - 1]:
        start -= 1
    while start > 0 and lines[start - 1]:
        start -= 1
    if not start:
        return end
    def bylined(name: str) -> bool:
        return any(name.casefold() in ln.casefold() for ln in byline)

    block = [ln for ln in lines[start:end] if ln]
    for line in block[:3]:
        if (2 <= len(line.split()) <= markers.AUTHOR_MAX_WORDS and not markers.SENTENCE_END.search(line)
                and _title_case(line) and bylined(line)):
            return start
        if len(line.split()) > markers.NAV_MAX_WORDS or markers.SENTENCE_END.search(line):
            break  # (past the labels)
    if (bio := markers.AUTHOR_BIO.match(block[-1])) and bylined(bio["name"]):
        if len(block) == 1:
            return start
        if block[-2] == bio["name"]:  # (the name alone over it, under the story's tags: "Thanawat Srisuk", the bio)
            return max(k for k in range(start, end) if lines[k] == bio["name"])
    return end


def _trailing_tags(lines: list[str]) -> int:
    """Where the body's closing run of short lines starts (``len(lines)``
    when the run is shorter than NAV_MIN_LINES): a story's topic tags and
    counters ("Pakistan", "Foreign Aid", "438"), not its prose."""
    end = len(lines)
    while end and not lines[end - 1]:
        end -= 1
    i = end
    while i and lines[i - 1] and (len(lines[i - 1].split()) <= markers.NAV_MAX_WORDS
                                  and not markers.SENTENCE_END.search(lines[i - 1])
                                  or _is_byline(lines[i - 1]) or _is_boilerplate(lines[i - 1], markers.BODY_BOILERPLATE)):
        i -= 1  # (the post's own footer among them: "4 years ago in #politics by name (67)", "$21.96")
    return i if end - i >= markers.NAV_MIN_LINES else len(lines)


def _before_menu(lines: list[str], start: int, end: int) -> int:
    """Where a site footer's menu of short link lines around the footer line
    ``end`` starts (``end`` when there is none): see ``markers.NAV_MIN_LINES``."""
    def run(max_words: int) -> tuple[int, int]:
        """Where the run of link lines of at most max_words words starts, and its length."""
        def short(line: str) -> bool:
            return not line or len(line.split()) <= max_words and not markers.SENTENCE_END.search(line)

        after = end
        while after < len(lines) and short(lines[after]):
            after += 1
        i = end
        while i > start and short(lines[i - 1]):
            i -= 1
        return i, sum(1 for ln in lines[i:after] if ln)

    i, n = run(markers.NAV_LONG_MAX_WORDS)  # a shop's long footer menu ("Sell products on Amazon")
    if n >= markers.NAV_LONG_MIN_LINES:
        return i
    i, n = run(markers.NAV_MAX_WORDS)
    return i if n >= markers.NAV_MIN_LINES else end


#: A share bar's button for a network, mail or print: "Facebook", "Email", "Print".
_SHARE_TARGET = re.compile(r"Facebook|Twitter|X|Google\+?|LinkedIn|WhatsApp|Pinterest|Reddit|Telegram|E-?mail|Print|Send"
                           r"|Share|Copy (?:article )?link", re.I)
_SHARE_STORY = re.compile(r"(?:E-?mail|Print|Share|Save) this (?:story|article|page)", re.I)


def _share_bar_end(lines: list[str], i: int) -> bool:
    """Line i, a header, ends a bar of share buttons a line each right above it, prose follows it (the story),
    and another header opens the comments further down (with the same count, when line i shows one:
    "Comments (8)" in the bar, "Discussions on this news (8)" over the comments)."""
    above = [ln for ln in lines[max(0, i - 3):i] if ln]
    # (or opens one: "Comments (9)", "Email this story", "Print this story", "Share")
    opens = all(_is_boilerplate(ln, (markers.SHARE,)) or _SHARE_TARGET.fullmatch(ln) or _SHARE_STORY.fullmatch(ln)
                for ln in [ln for ln in lines[i + 1:i + 4] if ln][:2])
    count = _shown_count(lines[i], pages=False)
    if count is not None and not opens and not any(_SHARE_TARGET.fullmatch(ln) for ln in above[-2:]):
        return False  # (a thread's count under its topic's buttons: "Bookmark", "Ignore this topic", "8 comments")
    if not any(_header(ln) and (count is None or opens or _shown_count(ln, pages=False) == count
                                or _shown_count(ln, pages=True) == count)  # ("Showing 1 - 9 of 9 comments")
               for ln in lines[i + 1:] if ln and ln != lines[i]):
        return False
    # (past the story's time and a photo's credit; not past a commenter's name over a time: the comments)
    shown = [ln for ln in lines[i + 1:i + (16 if opens else 10)] if ln]
    at = next((k for k, ln in enumerate(shown) if len(ln.split()) > markers.CAPTION_MAX_WORDS // 2), len(shown))
    below = "" if any(_stamp(shown[k]) and _name_like(shown[k - 1]) for k in range(1, at)) else \
        next(iter(shown[at:]), "")
    return (opens or len(above) >= 2
            and all(_is_boilerplate(ln, (markers.SHARE,)) or _is_boilerplate(ln, markers.SECTION_BOILERPLATE)
                    or _SHARE_TARGET.fullmatch(ln) for ln in above[-2:])) and bool(markers.SENTENCE_END.search(below))


def _shown_count(line: str, pages: bool) -> int | None:
    """How many comments a count line over them says are shown ("8 Comments"; with `pages`, "Showing 1-8 of 8
    comments"), else None (nor a count of a comment's replies)."""
    if pages and (m := re.fullmatch(markers.PAGE_COUNT_PARTS, line, re.I)):
        return int(m["last"].replace(",", "")) - int((m["first"] or "1").replace(",", "")) + 1
    h = _header(line)
    return _count(h.pattern.fullmatch(line).groupdict().get("count")) \
        if h and not markers.REPLY_COUNT.fullmatch(line) else None


def _count(text: str | None) -> int | None:
    if text is None:
        return None
    word = markers.COUNT_WORDS.get(text.lower())
    return word if word is not None else int(text.replace(",", ""))


def _name_like(line: str) -> bool:
    """A line that can be a commenter's name: short, few words, not a sentence, URL or stamp."""
    return (
        0 < len(line) <= markers.NAME_MAX_CHARS
        and any(c.isalnum() for c in line)  # (not the dash between a byline's parts: "-")
        and len(line.split()) <= markers.NAME_MAX_WORDS
        and not markers.NAME_BAD_END.search(line)
        and not markers.URL_IN_TEXT.match(line)
        and not markers.STAMP_EDGE.fullmatch(line)
    )


#: Comments opened by their writers' names, numbered ("1. Hari Prasad Adhikari").
_BY_NUMBER = next(s for s in markers.SEPARATORS if s.name == "numbered_author")


def _choose_separator(sec: list[str], forced: str | None) -> markers.Separator | None:
    if forced:
        return next(s for s in markers.SEPARATORS if s.name == forced)
    content = [i for i, ln in enumerate(sec) if ln]
    # the first comment's head, under at most MAX_PREAMBLE_LINES lines of an unrecognised notice (a sentence)
    # or sort bar ("Sort: Newest first | Oldest first")
    notices = next((n for n, i in enumerate(content) if not (
        markers.SENTENCE_END.search(sec[i]) and len(sec[i].split()) > markers.AUTHOR_MAX_WORDS or " | " in sec[i]
        or _SCORE.fullmatch(sec[i]))),  # (or the first comment's score over its subject: "+12")
        len(content))
    for p in range(min(notices, markers.MAX_PREAMBLE_LINES) + 1):
        if len(content) > p + 1 and _subject_over(sec, content[p:], content[p + 1]) and (sep := next(
                (s for s in markers.SEPARATORS if s.subject_above and s.pattern.fullmatch(sec[content[p + 1]])),
                None)):
            return sep  # (the first head under its subject line: "A garrison town", "Submitted by …"; a notice over it)
    # numbered names, 1 to n, each opening its comment after a blank line ("1. Hari Prasad Adhikari", the text)
    named = [(i, m) for i in content if (m := _BY_NUMBER.pattern.fullmatch(sec[i]))
             and (_author_like(m["author"]) or _handle_like(m["author"]))
             and (i == content[0] or not sec[i - 1])]
    if len(named) >= markers.MIN_NAMED_HEADS and [int(m["n"]) for _, m in named] == list(range(1, len(named) + 1)):
        return _BY_NUMBER
    for i0 in content[:min(notices, markers.MAX_PREAMBLE_LINES) + 1]:
        for sep in markers.SEPARATORS:
            if sep.hint_only:
                continue
            m = sep.pattern.fullmatch(sec[i0])
            if m and (sep.author_above or sep.name == "submitted") and _ends_text(sec, i0):
                # the time closes the comment above it (HuffPost): heads are found by their names; a signature
                # closes it ("Posted by NAME on DATE" right under the text)
                continue
            if m and sep.name == "submitted" and i0 != content[0] and not any(
                    len(sec[k].split()) > markers.AUTHOR_MAX_WORDS and not sep.pattern.fullmatch(sec[k])
                    for k in content if k > max(j for j in content if sep.pattern.fullmatch(sec[j]))):
                continue  # (no text under the last one, prose over the first: signatures under their texts)
            if m and (not sep.numbered or int(m["n"]) == 1):
                return sep
            if sep.author_above and i0 + 1 < len(sec) and sep.pattern.fullmatch(sec[i0 + 1]) and _name_like(sec[i0]):
                return sep
    return None


#: A comment's head in labelled fields, a line each: "Name: NAME" (or "Posted by: NAME", "Comment by: NAME"),
#: "Date: DATE" (or "Posted: DATE"), "In reply to: #1 NAME", "Title: subject", then "Comment: the text".
_FIELD = re.compile(r"(?P<label>Name|Posted by|Comment by|Date|Posted|In reply to|Title|Subject|Comment)\s*:\s*"
                    r"(?P<value>\S.*)", re.I)
#: The labels that say the same as "Name" or "Date".
_FIELD_ALIASES = {"posted by": "name", "comment by": "name", "posted": "date"}


def _unlabelled_heads(sec: list[str]) -> list[str]:
    """`sec` with heads written as labelled fields read as plain ones, when two comments at least open so
    ("Name: NAME" over "Date: DATE"): the name and the time without their labels, "In reply to NAME", the
    subject line dropped, the text without its "Comment:" label, a comment's bare number over it dropped."""
    fields = [_FIELD.fullmatch(line) for line in sec]
    labels = [_FIELD_ALIASES.get(m["label"].lower(), m["label"].lower()) if m else None for m in fields]
    heads = [i for i in range(len(sec) - 1) if labels[i] == "name" and labels[i + 1] == "date"]
    if len(heads) < 2:
        return sec
    out: list[str] = []
    for i, (line, m, label) in enumerate(zip(sec, fields, labels)):
        if re.fullmatch(r"\d{1,4}\.", line) and i + 1 in heads:
            out.append("")  # (the comment's number over its head)
        elif label in ("title", "subject"):
            continue
        elif label == "in reply to":
            out.append("In reply to " + re.sub(r"^#\d+\s+", "", m["value"]))
        elif label in ("name", "date", "comment"):
            out.append(m["value"].strip())
        else:
            out.append(line)
    return out


def _signatures_first(sec: list[str]) -> list[str]:
    """`sec` with each comment's signature moved over its text, when the comments are signed under their
    texts by a name over its time (the text, "", "Faisal Mahmood, Dubai, UAE", "Posted: October 09, 2009,
    09:12", ""): the section opens with prose and ends with such a signature. Else `sec` unchanged."""
    content = [i for i, ln in enumerate(sec) if ln]
    while len(content) > 1 and len(sec[content[0]].split()) == 1 and markers.UI_WORD.fullmatch(sec[content[0]]) is None \
            and not markers.SENTENCE_END.search(sec[content[0]]):
        content.pop(0)  # (a sort bar's label left over it: "Sort")
    if not content or not (markers.SENTENCE_END.search(sec[content[0]])
                           and len(sec[content[0]].split()) > markers.AUTHOR_MAX_WORDS):
        return sec  # (cheap test first: most sections open with a head, not with prose)
    def stamped(i: int) -> int | None:  # the signature's time line under the name, past a place line ("Karachi")
        j = i + 2 if i + 2 < len(sec) and sec[i + 1] and _place_line(sec[i + 1]) and _stamp(sec[i + 2]) else i + 1
        return j if j < len(sec) and sec[j] and _stamp(sec[j]) and (j + 1 >= len(sec) or not sec[j + 1]) else None

    def one_line(i: int) -> int | None:  # (or the name and its time on one line: "NAME on March 16, 2011 at 10:48 AM")
        named = _author_line(sec[i])
        return i if named and named[1] and (i + 1 >= len(sec) or not sec[i + 1]) \
            and not markers.SIGNATURE.fullmatch(sec[i]) else None  # ("Posted by: NAME | DATE": _split_signed's)

    # (the name under a blank line, or right under the text's last sentence: "… a difference.", "from:  NAME")
    signatures = [(i, j) for i in content if (i == 0 or not sec[i - 1] or markers.SENTENCE_END.search(sec[i - 1]))
                  and not _stamp(sec[i])
                  and ((j := stamped(i)) is not None or (j := one_line(i)) is not None)
                  and _author_line(sec[i]) is not None]
    if len(signatures) < 2 or signatures[-1][1] != content[-1]:
        return sec
    moved, previous = [], content[0]
    for i, j in signatures:
        text = _trim(sec[previous:i])
        if not text:
            return sec  # two signatures with no text between: heads after all
        moved += [sec[i], *([sec[j]] if j > i else []), *text, ""]  # (a place line between: the writer's, not text)
        previous = j + 1
    return moved


def _ends_text(sec: list[str], i: int) -> bool:
    """The time on line i sits right under a sentence of text and over a blank line or the section's end:
    it closes the comment above it, not opens one."""
    above = sec[i - 1] if i else ""
    return (bool(above) and markers.SENTENCE_END.search(above) is not None
            and len(above.split()) > markers.AUTHOR_MAX_WORDS
            and (i + 1 >= len(sec) or not sec[i + 1] or _is_boilerplate(sec[i + 1], markers.SECTION_BOILERPLATE)))


@dataclass(frozen=True)
class _Start:
    boundary: int  # first line of this comment (author line or separator)
    text_from: int  # first line of its text
    author: str | None
    when: str | None
    first_text: str | None
    replying_to: str | None = None  # the name of an "in reply to Name" line between the author and the time
    in_thread: bool = False  # "In Response" over its author line: it answers its thread's first comment
    outline: str | None = None  # its number when replies are numbered under their comment's: "2", "2.1"
    subject: str | None = None  # its subject line over its head: "re: Sovereignty first"


#: A reply's subject, the answered comment's with "Re:": "Re: Good call by Congress".
_REPLY_SUBJECT = re.compile(r"(?:Re|re|RE):\s*(?P<subject>\S.{0,150})")

#: Drupal's line over a reply's head naming the comment it answers: "In reply to Re: Overdue by Zainab Q".
_IN_REPLY_BY = re.compile(r"In reply to .{1,80} by (?P<name>\S.{0,40})")


def _stamped_heads(sec: list[str], sep: markers.Separator) -> set[int]:
    """The lines of `sec` that `sep` (the "said" heads) matches with a time right under them, when all but one
    such line at most have one (then the others are quotes' labels); else an empty set."""
    if sep.name != "said":
        return set()
    heads = [i for i, ln in enumerate(sec) if ln and sep.pattern.fullmatch(ln)]
    stamped = {i for i in heads if (below := next((ln for ln in sec[i + 1:i + 3] if ln), None)) and _stamp(below)}
    return stamped if len(stamped) >= markers.MIN_NAMED_HEADS and len(stamped) >= len(heads) / 2 else set()


def _split_section(section: _Section, warnings: list[str]) -> list[Comment]:
    from .numbered import split_numbered

    # a footer of buttons and the time closing each comment, the next commenter's name right under it with no
    # blank line between ("Like · Reply · 14 · Feb 13, 2016 11:02am", "Naveen Reddy"): the comments' boundary
    sec = [ln for i, line in enumerate(section.lines) for ln in (
        [line, ""] if line and markers.BUTTON_ROW_STAMP.fullmatch(line) and i + 1 < len(section.lines)
        and section.lines[i + 1] else [line])]
    for i in range(len(sec) - 2):  # "In reply to NAME" over a reply's name and time: read under the name
        if sec[i] and markers.REPLY_TARGET.fullmatch(sec[i]) and (i == 0 or not sec[i - 1]) \
                and _named_above_stamp(sec, i + 1):
            sec[i], sec[i + 1] = sec[i + 1], sec[i]
    sec = _signatures_first(_unlabelled_heads(sec))
    numbered = split_numbered(sec)
    if numbered is not None:
        return numbered
    if section.separator == "signed_after":
        found = _split_letters(sec, warnings)
        if found is not None:
            return [Comment(index=i, author=a, posted_at=None, posted_at_parsed=None, text=t)
                    for i, (a, _, t, _) in enumerate(found, 1)]
        section = replace(section, separator=None)
    sep = _choose_separator(sec, section.separator)
    if sep is None:
        return _split_plain(sec, section.announced, warnings)

    starts: list[_Start] = []
    expected = 1
    # heads over their times ("NAME says...", "10:58am Wed 23 Oct 13"): a match with no time under it is a quote's
    # label in a comment ("NAME wrote:", the words quoted)
    stamped = _stamped_heads(sec, sep)
    for i, line in enumerate(sec):
        m = sep.pattern.fullmatch(line) if line else None
        if not m and sep.numbered and starts and line and _REPLY_SUBJECT.fullmatch(line) and not sec[i - 1] \
                and i + 1 < len(sec) and sec[i + 1] and _author_line(sec[i + 1]):
            # a reply between numbered comments, its subject the answered one's ("1. Good call", then "Re: Good
            # call" over its writer's name): a comment of its own, its subject read like a number's
            starts.append(_Start(i, i + 1, None, None, line))
            continue
        if not m or stamped and i not in stamped:
            continue
        if sep.numbered:
            sub = m.groupdict().get("sub")
            if int(m["n"]) != expected - bool(sub):  # (a reply's "2.1." under comment 2)
                continue
            expected += not sub
        groups = m.groupdict()
        author, boundary, target, in_thread, subject = groups.get("author"), i, groups.get("target"), False, None
        when = groups.get("when") or groups.get("when_before")  # ("Name on May 5, 2011, 4:31 PM said:")
        if author:  # ("Submitted by NAME (not verified) on DATE")
            author = markers.NAME_BADGE.sub("", author).strip()
            if sep.name == "said":  # ("Blogger NAME said...")
                author = markers.BLOGGER_ICON.sub("", author)
        top = i
        if sep.subject_above and i >= 1 and (answered := _IN_REPLY_BY.fullmatch(sec[i - 1])):
            target, top = answered["name"], i - 1  # ("In reply to SUBJECT by NAME" over the head, under the subject)
            boundary = top
        scored = top >= 2 and bool(_SCORE.fullmatch(sec[top - 2]))  # (the comment's score over its subject: "+12")
        if sep.subject_above and top >= 2 and sec[top - 1] and (not sec[top - 2] or scored) \
                and (len(sec[top - 1].split()) <= markers.KICKER_MAX_WORDS * 2 or _REPLY_SUBJECT.fullmatch(sec[top - 1])
                     or len(sec[top - 1].split()) <= markers.KICKER_MAX_WORDS * 4
                     and not markers.SENTENCE_END.search(sec[top - 1])):
            boundary, subject = top - 1 - scored, sec[top - 1]  # (a subject of a few words over the head; its full stop too when the comment is that short)
        elif sep.subject_above and top >= 3 and not sec[top - 1] and sec[top - 2] and not sec[top - 3] \
                and len(sec[top - 2].split()) <= markers.KICKER_MAX_WORDS * 2 \
                and (not markers.SENTENCE_END.search(sec[top - 2]) or sec[top - 2].endswith("?")) \
                and not _is_boilerplate(sec[top - 2], markers.BOILERPLATE):
            boundary, subject = top - 2, sec[top - 2]  # (or set apart from it by a blank line)
        if sep.author_above:
            when = line
            prev_end = starts[-1].text_from if starts else -1
            j = i - 1
            if j > prev_end and (m := markers.REPLY_TARGET.fullmatch(sec[j])):  # "in reply to Mirpurwala"
                target, j = m["name"], j - 1
            while j > prev_end and (markers.COMMENT_BADGE.fullmatch(sec[j])  # "Staff", "Moderator"
                                    or _OUTLINE_NUMBER.fullmatch(sec[j])):  # "#1.1" (see _nest_by_numbers)
                j -= 1
            if j > prev_end and (not sec[j] or _vote_or_button(sec[j])) \
                    and (named := _name_over_votes(sec, i, prev_end + 1, apart=True)) is not None:
                j = named  # (set apart from the time, the score and buttons between already dropped)
            above = markers.REPLY_MARKS.sub("", sec[j]) if j > prev_end else ""  # "↳ Sara", "Sara replied:"
            above = above.split("\t", 1)[0].strip()  # "Ali Hassan<TAB>Pakistan": the name, then its country
            above = _OUTLINE_TAIL.sub("", _POSTED_BY_LABEL.sub("", above))  # "Grant Ellery #1.1", "by: Sara"
            above = _NUMBER_LEAD.sub("", _ITEM_NUMBER_LEAD.sub("", above))  # "1. Farooq Ahmed", "#4 kiwibloke"
            above = _NAME_COLON.sub("", above)  # "the yank :" (a colon after the name, a space before it)
            if above and _name_like(markers.NAME_PLACE.sub("", above)):  # (with its place: "R. Pemberton (Leeds)")
                author, boundary = above, j
            in_thread = boundary > prev_end + 1 and bool(markers.IN_RESPONSE.fullmatch(sec[boundary - 1]))
        starts.append(_Start(boundary - in_thread, i + 1, author, when, groups.get("text"), target, in_thread,
                             m["n"] + (sub or "") if sep.numbered else None, subject))

    preamble = [ln for ln in sec[: starts[0].boundary] if ln] if starts else []
    if preamble:
        warnings.append(f"ignored {len(preamble)} line(s) before the first comment: {preamble[0][:60]!r}")

    badge = _head_badge([next(ln for ln in reversed(sec[:st.boundary]) if ln) for st in starts[1:]])
    comments: list[Comment] = []
    outlined: dict[str | None, int] = {}  # each outline number's comment ("2.1")
    titled: dict[str, int] = {}  # each subject's comment ("Money talks")
    replies: dict[str, list[int]] = {}  # the comments answering each subject's ("Re: Money talks")
    numbered_at: dict[str, int] = {}  # each number's comment
    root = None  # the latest comment not "In Response" to another
    for k, st in enumerate(starts):
        stop = starts[k + 1].boundary if k + 1 < len(starts) else len(sec)
        block = _less_badge(sec[st.text_from : stop], badge)
        author, first_text, when = st.author, st.first_text, st.when
        content = [j for j, ln in enumerate(block) if ln]
        subject = st.subject
        if first_text and author is None and when is None and len(content) >= 2 \
                and len(first_text.split()) <= markers.KICKER_MAX_WORDS * 2 \
                and (named := _author_line(block[content[0]])):
            # a numbered subject over its writer's name and time: "1. Money talks", "NAME, City", "09:52 17.03.11"
            # (or "NAME | 09:52 17.03.11")
            if named[1]:
                subject, author, when, first_text, block = first_text, *named, None, block[content[0] + 1:]
            elif len(content) >= 3 and (stamp := _stamp(block[content[1]])):
                subject, author, when, first_text, block = first_text, named[0], stamp, None, block[content[1] + 1:]
        if first_text:
            block = [first_text, *block]
        block, row_when = _strip_button_rows(block)
        block, when = _less_unsigned(_less_score(block)), when or row_when
        content = [j for j, ln in enumerate(block) if ln]
        if content and when is None and markers.STAMP_EDGE.fullmatch(block[content[0]]):
            when, block = block[content[0]], block[content[0] + 1 :]
        elif content and when is None and markers.STAMP_EDGE.fullmatch(block[content[-1]]):
            when, block = block[content[-1]], block[: content[-1]]
        elif content and when is None and "|" in block[content[-1]] and (stamp := _stamp(block[content[-1]])):
            when, block = stamp, block[: content[-1]]  # (with its buttons: "Posted on DATE  |  Reply  |  Report Abuse")
        target = st.replying_to
        content = [j for j, ln in enumerate(block) if ln]
        if content and target is None and block[content[0]][:1].isalpha() \
                and (m := markers.REPLY_TARGET.fullmatch(block[content[0]])):
            # "in reply to Tom Hellerstein Dec 1st 2011 16:42 GMT" under the head: the name, not its time
            target = (named := markers.NAME_THEN_STAMP.fullmatch(m["name"])) and named["name"] or m["name"]
            block = block[content[0] + 1:]
        # a reply opening with an earlier comment's words, copied without quote marks, answers it
        text, quoted = _opening_quote(_join(block), [(c.author, c.posted_at, c.text, None) for c in comments])
        target = target or quoted
        author = markers.NAME_BADGE.sub("", author.strip()) if author else None  # ("NAME  (1000+ posts)")
        if not text or markers.REMOVED_COMMENT.fullmatch(text):
            warnings.append(f"comment {k + 1} of the section ({author or 'no author'}) "
                            f"{'was removed by a moderator' if text else 'has no text'}; skipped")
            continue
        when = markers.STAMP_PREFIX.sub("", markers.STAMP_TAIL.sub("", when).strip()) if when else None
        parent = root if st.in_thread and root else _replied(comments, target, text)
        if parent is None and subject:  # the subject names the comment answered: "Re: Money talks", "To #3 Faisal"
            if m := _REPLY_SUBJECT.fullmatch(subject):
                # the comment so titled, or the reply under it whose writer the text greets by first name ("re:
                # About time" over "Hamza, fair point" answers Hamza's "re: About time"; "@Jawad bhai, …")
                thread = replies.setdefault(m["subject"], [])
                parent = next((k for k in reversed(thread) if (a := comments[k - 1].author)
                               and re.match("@?" + re.escape(a.split()[0]) + r"\b[ ,]", text)),
                              None if text.startswith("@") else titled.get(m["subject"]))
                thread.append(len(comments) + 1)
            elif number := _SUBJECT_NUMBER.match((m := _SUBJECT_TARGET.fullmatch(subject)) and m["rest"] or subject):
                parent = numbered_at.get(number[1] or number[2])
        if subject and not _REPLY_SUBJECT.fullmatch(subject):
            titled[subject] = len(comments) + 1
        if st.outline:
            numbered_at[st.outline] = len(comments) + 1
        if st.outline and "." in st.outline:
            parent = outlined.get(st.outline.rpartition(".")[0], parent)
        outlined[st.outline] = len(comments) + 1
        comments.append(
            Comment(
                index=len(comments) + 1,
                author=author or None,
                posted_at=when or None,
                posted_at_parsed=parse_stamp(when) if when else None,
                text=text,
                parent=parent,
            )
        )
        if not st.in_thread:
            root = len(comments)
    return comments


#: The rule over a commenter's signature: "—", "--".
_SIGNATURE_RULE = re.compile(r"(?:—|--)\s*")
#: A signature under its rule has at most this many lines, each of at most KICKER_MAX_WORDS * 3 words.
_SIGNATURE_LINES = 2


def _less_unsigned(block: list[str]) -> list[str]:
    """A comment's lines less its signature: a line or two under a rule of its own that closes the text ("—",
    "Don't tread on me. Don't tax me either.")."""
    content = [j for j, ln in enumerate(block) if ln]
    rule = next((j for j in content[-_SIGNATURE_LINES - 1:-1] if _SIGNATURE_RULE.fullmatch(block[j])), None)
    if rule is None or rule == content[0] or any(len(block[j].split()) > markers.KICKER_MAX_WORDS * 3
                                                   for j in content if j > rule):
        return block
    return block[:rule]


def _split_plain(sec: list[str], announced: int | None, warnings: list[str]) -> list[Comment]:
    """No separator marker matched: find comment boundaries from the lines' shapes.

    In order: signature lines after each text ("Posted by NAME on DATE"), then
    author lines (a short name, alone, after a blank line; a posted-at line or
    a second short line such as "Lahore" may follow it), else one comment per
    blank-separated block, or per line when the section has no blank lines.
    """
    found = _split_signed(sec, warnings)
    signed = found is not None
    if found is None:
        found = _split_headed(sec, announced, warnings)
    if found is not None:
        found, depths = _board_subjects(found)
        comments: list[Comment] = []
        for k, (a, w, t, target) in enumerate(found):
            parent = target if isinstance(target, int) else _replied(comments, target, t, first_names=signed)
            if any(depths) and parent is None:  # "Re: Re: Topic" answers the latest message one level up
                parent = next((c.index for c in reversed(comments) if depths[c.index - 1] == depths[k] - 1), None)
            comments.append(Comment(index=len(comments) + 1, author=a, posted_at=w,
                                    posted_at_parsed=parse_stamp(w) if w else None, text=t, parent=parent))
        return comments
    sec, _ = _strip_button_rows(sec)
    content = [ln for ln in sec if ln]
    if content and any(not ln for ln in _trim(sec)):
        texts, current = [], []
        for line in sec:
            if line:
                current.append(line)
            elif current:
                texts.append("\n".join(current))
                current = []
        if current:
            texts.append("\n".join(current))
    else:
        texts = content
    return [Comment(index=i, author=None, posted_at=None, posted_at_parsed=None, text=t) for i, t in enumerate(texts, 1)]


def _board_subjects(found: list[_Found]) -> tuple[list[_Found], list[int]]:
    """A message board's comments without the subject lines their texts end
    with (each the next message's: "Topic (2 replies)", "Re: Re: Topic"), and
    each comment's depth (how many "Re:" its subject has; the first one's
    subject is above the section). Unchanged, and no depths, unless every
    text but the last ends with a subject line and one of them is a reply's
    or counts replies, or there are at least four of them."""
    subjects = []
    for k, (_, _, text, _) in enumerate(found[:-1]):
        last = text.rsplit("\n", 1)[-1]
        m = markers.BOARD_SUBJECT.fullmatch(last)
        numbered = last.startswith(f"{k + 2}. ")  # (the next message's number before it: a question may end it)
        if m is None or last == text or len(last) > markers.TITLE_MAX_CHARS \
                or markers.SENTENCE_END.search(last) and not numbered \
                or not re.search(r"[^\W\d_]", last):  # (a subject has words: not a score, "+14")
            return found, []
        subjects.append((last, m["re"].lower().count("re")))
    if len(subjects) < markers.BOARD_SUBJECTS_MIN and not any(
            depth or markers.REPLY_COUNT_TAIL.search(line) for line, depth in subjects):
        return found, []
    trimmed = [(a, w, t.rsplit("\n", 1)[0].rstrip(), target) for (a, w, t, target) in found[:-1]] + found[-1:]
    return trimmed, [0] + [depth for _, depth in subjects]


def _replied(earlier: list[Comment], target: str | None, text: str, first_names: bool = False) -> int | None:
    """The latest earlier comment by the author a reply names ("in reply to Mirpurwala"), or
    whose full name of two or more words it opens with ("Avi Rosen because…", a widget's
    mention), or whose name or handle it opens with ("@jkowalczyk yes", "OregonLefty: fair"),
    or, with `first_names` (flat comments signed after their text, where nothing else tells), whose
    first name it opens with, then a comma ("Jim, the comparison…"); else None."""
    if target and (number := re.fullmatch(r"#(\d{1,4})", target.strip())):  # ("in reply to #1": the comment so numbered)
        return next((c.index for c in earlier if c.index == int(number[1])), None)
    if target:  # ("in reply to Vikram Sethi" answers "Vikram Sethi (New Delhi)" and "Vikram Sethi, Jaipur";
        # "… Ali (not verified)", "Ali"; Drupal's "In reply to SUBJECT by NAME (not verified)": NAME)
        target = markers.NAME_BADGE.sub("", target.strip())
        if " by " in target and _name_like(writer := target.rsplit(" by ", 1)[1]):
            target = writer
        return next((c.index for c in reversed(earlier) if c.author and target.casefold() in (
            c.author.casefold(), (bare := markers.NAME_PLACE.sub("", c.author)).casefold(),
            bare.split(",")[0].strip().casefold())), None)
    for c in reversed(earlier):
        # "@Rakesh Sharma" answers "Rakesh Sharma (Pune)" and "Rakesh Sharma, Pune"
        name = c.author and markers.NAME_PLACE.sub("", c.author)
        if name and "," in name and text.startswith(at := "@" + name.split(",")[0].strip()) \
                and not re.match(r"[\w-]", text[len(at):]):  # ("@Zeeshan - if Texas…" answers "Zeeshan, Islamabad")
            return c.index
        slug = name and "@" + re.sub(r"[\s_.]+", "-", name.lower())  # "@usman-tariq" (a profile link's form)
        if name and (len(name.split()) >= 2 and text.startswith(name + " ") or text.startswith(name + ": ")
                     or len(name.split()) >= 2 and text.lower().startswith(slug)
                     and not re.match(r"[\w-]", text[len(slug):])
                     or text.startswith("@" + name) and not re.match(r"[\w-]", text[len(name) + 1:])
                     or name[0] == "@" and text.startswith(name) and not re.match(r"[\w.-]", text[len(name):])
                     or first_names and text.startswith(name.split()[0] + ", ") and name[0].isupper()
                     and len(name.split()[0]) >= 3):
            return c.index  # (the last: "Jim, the comparison…" answers Jim Hollis)
    return None


#: A word or two before the name a reply greets, when it greets the comment right above: "Thank you Charles, …",
#: "Nice deflection Usman. …".
_GREETING_LEAD = r"(?:[A-Z][a-z]*(?: [a-z]+)?,? )?"


_CAMEL_HEAD = re.compile(r"[A-Z][a-z]{2,}(?=[A-Z][a-z])")
#: A handle of one word, joined by underscores, dots or dashes: "usmc_dad".
_ONE_WORD_HANDLE = re.compile(r"[\w.-]{3,40}")


def _answers_above(comments: list[Comment]) -> list[Comment]:
    """Comments left without a parent that open by addressing the writer of the comment right above them by the
    first word of their name, then a comma ("Imran, with respect, …" under Imran Siddiqui's; "Dave, your CIA …"
    under Dave_in_Texas's), or after a word or two ("Thank you Charles, …", "Nice deflection Usman. …"), answer that
    comment; on a page that shows replies, the latest earlier comment by that
    name when it is not the one right above ("Ayesha, sovereignty works both ways" five comments under hers)."""
    out: list[Comment] = []
    threaded = any(c.parent is not None for c in comments)  # (a chat or a mail thread shows no replies: greetings)
    for c in comments:
        for above in reversed(out if threaded else out[-1:]):  # (the one right above first, else the latest earlier
            # one by that name, where the page shows replies)
            first = above.author and re.split(r"[\s_.,]+", markers.NAME_PLACE.sub("", above.author))[0]
            # (a camel-cased handle by its first word: "GregInOhio" as "Greg")
            first = (camel := first and _CAMEL_HEAD.match(first)) and camel[0] or first
            if c.parent is None and first and len(first) >= 3 and first[0].isupper() \
                    and re.match((_GREETING_LEAD if above is out[-1] else "") + re.escape(first)
                                 + r"(?: (?:ji|sahib|saab|sb|bhai|bhai jan))?"
                                 + (r"(?:,|\.(?= ))" if above is out[-1] else ","), c.text) \
                    and c.author != above.author:  # (an honorific after the name: "Kamran ji, both things …")
                c = replace(c, parent=above.index)
                break
            if c.parent is None and above is out[-1] and above.author and _ONE_WORD_HANDLE.fullmatch(above.author) \
                    and c.text.startswith(above.author + ",") and c.author != above.author:
                c = replace(c, parent=above.index)  # (or by the whole handle, as written: "usmc_dad, thank you …")
                break
        out.append(c)
    return out


def _first_name_mentions(comments: list[Comment]) -> list[Comment]:
    """Comments left without a parent that open with "@" and an earlier commenter's first name answer the
    latest comment by that name ("@Farooq sahib" answers Farooq Ahmed Khan, "@Rahul" "Rahul, New Delhi")."""
    out: list[Comment] = []
    for c in comments:
        if c.parent is None and (k := first_name_mentioned(out, c.text)) is not None:
            c = replace(c, parent=k)
        out.append(c)
    return out


def first_name_mentioned(earlier: list[Comment], text: str) -> int | None:
    """The index of the latest of the `earlier` comments whose writer's first name `text` opens with, after "@"
    ("@Farooq sahib", "@Rahul"); else None."""
    if not text.startswith("@"):
        return None
    for e in reversed(earlier):
        first = e.author and (markers.NAME_PLACE.sub("", e.author).split(",")[0].split() or [""])[0]
        if first and len(first) >= 3 and first[0].isupper() and text.startswith("@" + first) \
                and not re.match(r"[\w-]", text[len(first) + 1:]):
            return e.index
    return None


#: author, posted_at, text, and the author it replies to (or that comment's 1-based position)
_Found = tuple[str | None, str | None, str, str | int | None]


def _stamp(line: str) -> str | None:
    """The posted-at text of a line that is only a date or time ("• 9 years ago",
    "Posted on 17/03/2011 09:15"), else None."""
    core = markers.STAMP_TAIL.sub("", line.strip(" •·|–—-")).strip()
    core = markers.STAMP_SCORE.sub("", core) or core  # "1,204 points · 3 years ago"
    return markers.STAMP_PREFIX.sub("", core) if core and markers.STAMP_EDGE.fullmatch(core) else None


_NAME_THEN_STAMP_IN_PARENS = re.compile(r"(?P<name>\S.{0,58}?)\s+\((?P<when>[^()]{6,40})\)")


def _stamp_in_parens(line: str) -> re.Match | None:
    """A name with its time in brackets after it: "Yaakov, Efrat (5/3/2011 12:05 PM)"."""
    m = _NAME_THEN_STAMP_IN_PARENS.fullmatch(line)
    return m if m and _stamp(m["when"]) else None


def _author_line(line: str) -> tuple[str, str | None] | None:
    """(author, posted_at) of a line that names a commenter, alone or with a stamp
    ("Sara • 9 years ago", "Sara → Ali", "Kashif Anwar 3 hours ago"), or
    followed by a colon when title-case ("Ahmed Nawaz, Lahore:"), else None."""
    if (m := markers.STAMP_THEN_NAME.fullmatch(line)) is not None:
        return m["name"], m["when"]
    if _stamp(line) or markers.BUTTON_ROW_STAMP.fullmatch(line) or markers.IN_RESPONSE.fullmatch(line):
        return None
    if markers.GONE_NAME.fullmatch(line):
        return line, None  # a deleted account's placeholder, where a name would be: "[deleted]"
    if line.endswith(":") and markers.FORM_FIELD.fullmatch(line):
        return None  # a comment form's field ("Comment:"), not a name and its colon
    # "Posted by: Asad Mehmood, Islamabad"; "Grant Ellery #1.1" (see _nest_by_numbers)
    numbered = bool(_NUMBER_LEAD.match(line))  # ("#4 kiwibloke": a login under the comment's number)
    parts = [p.strip() for p in markers.AUTHOR_STAMP_GAP.split(line) if p.strip()]
    if len(parts) > 2 and markers.REPLY_TARGET.fullmatch(parts[-1]) and _stamp(parts[-2]):
        line = "  |  ".join(parts[:-1])  # whom it answers, after the time: "#3  NAME  |  04-05-2011 09:57  |  in reply to #1"
    line = _OUTLINE_TAIL.sub("", markers.THREAD_NAV_TAIL.sub("", _POSTED_BY_LABEL.sub("", _NUMBER_LEAD.sub("", line))))
    unmarked = markers.REPLY_MARKS.sub("", line)
    if unmarked != line:
        return (unmarked, None) if _author_like(unmarked) else None
    if line.endswith(":") and _title_case(line[:-1]) and _author_like(line[:-1]):
        return line[:-1].rstrip(), None
    if _NAME_COLON.search(line) and _name_like(markers.NAME_PLACE.sub("", name := _NAME_COLON.sub("", line))):
        return name, None  # a colon set apart after the name, which may be in lower case: "the yank :"
    parts = [p.strip() for p in markers.AUTHOR_STAMP_GAP.split(markers.STAMP_TAIL.sub("", line)) if p.strip()]
    while len(parts) > 1 and (markers.AUTHOR_DETAIL.fullmatch(parts[-1]) or len(parts) > 2 and _place_line(parts[-1])
                              and any(markers.AUTHOR_DETAIL.fullmatch(p) for p in parts[1:-1])):
        parts.pop()  # what describes the writer: "Shahid Mahmood · Top Commenter · Works at Self-Employed" (or
        # "· Top Commenter · Lahore, Pakistan")
    when = None
    if len(parts) > 1 and _stamp(parts[-1]):
        when, parts = _stamp(parts[-1]), parts[:1]  # "Name | City | 25 Aug 2012": the name
    elif len(parts) == 2 and len(parts[1].split()) <= markers.AUTHOR_PLACE_MAX_WORDS and _title_case(parts[1]) \
            and not markers.AUTHOR_BAD.search(parts[1]):
        parts = parts[:1]  # "Asad Mahmood · Rawalpindi": the name
    elif len(parts) == 1 and (m := markers.NAME_THEN_STAMP.fullmatch(markers.STAMP_TAIL.sub("", line))):
        when, parts = m["when"], [m["name"]]
    elif len(parts) == 1 and (m := _stamp_in_parens(line)):
        when, parts = m["when"], [m["name"]]  # ("Yaakov, Efrat (5/3/2011 12:05 PM)")
    name = markers.NAME_BADGE.sub("", markers.REPLY_ARROW.split(parts[0])[0].strip()) if parts else ""
    # with a time on its line, a name may be a handle or start in lower case ("jbou in Ann Arbor")
    pair = re.split(r"\s{2,}", name)  # "Kashif Mirza  DesertFox77 • 2 days ago": the writer, then whom it answers
    login = name.split(" ", 1)  # (or one space after a login: "patriot_pete76 Nigel Whitcombe • 4 hours ago")
    if len(parts) != 1 or not (_author_like(name) or numbered and _handle_like(name)
                               # (or its time on the line under it: "DragonFan77  Tariq Mahmood", "• 4 hours ago")
                               or len(pair) == 2 and all((_author_like(p) or _handle_like(p))
                                                         and not _is_boilerplate(p, markers.SECTION_BOILERPLATE)
                                                         for p in pair) or when and (
            markers.BARE_HANDLE.fullmatch(name) or _author_like(name[:1].upper() + name[1:]) or _MASKED_IP.fullmatch(name)
            or len(login) == 2 and markers.HANDLE.fullmatch(login[0]) and _author_like(login[1]))):
        return None
    return name, when


#: A commenter known by a masked address: "202.125.*.*".
_MASKED_IP = re.compile(r"\d{1,3}\.\d{1,3}\.(?:\d{1,3}|\*)\.(?:\d{1,3}|\*)")
#: A comment's number before its writer's name: "#1 Kashif Mehmood, Karachi 2012-07-04 08:17".
_NUMBER_LEAD = re.compile(r"^(?:[+\-−]?\d{1,4}\s+)?#\d{1,4}\s+(?=\S)")  # (after its votes: "+5 #1 NAME DATE")
#: A comment's number before its writer's name, over the time: "1. Farooq Ahmed".
_ITEM_NUMBER_LEAD = re.compile(r"^\d{1,4}\.\s+(?=\S)")
_POSTED_BY_LABEL = re.compile(r"^(?:(?:Posted|Written|Submitted|Comment(?:ed)?) by(?::|(?=\s+(?!.*\d:\d\d).{1,60}$))|by:|from:)\s+(?=\S)",
                              re.I)  # ("Posted by NAME" alone on its line; not a signature: "posted by NAME at 9:12 AM …")


def _placed_stamp(line: str) -> str | None:
    """The time of a line that is a place, then the time ("Riverstone · 2 d ago", under a commenter's
    name), else None."""
    parts = [p.strip() for p in markers.AUTHOR_STAMP_GAP.split(line) if p.strip()]
    if len(parts) >= 2 and (when := _stamp(" · ".join(parts[1:]))) and len(parts[0].split()) <= \
            markers.AUTHOR_PLACE_MAX_WORDS and _title_case(parts[0]) and not markers.AUTHOR_BAD.search(parts[0]):
        return when
    return None


def _handle_like(line: str) -> bool:
    """A one-word login: "fencepost_error", "kabulkid", "LahoreLinux", "@zk_quetta"; a place in brackets may
    follow: "zubair (Karachi)"."""
    line = markers.NAME_PLACE.sub("", line)
    return bool(markers.HANDLE.fullmatch(line) or markers.LOWER_HANDLE.fullmatch(line)
                or markers.CAMEL_HANDLE.fullmatch(line))


def _author_like(line: str) -> bool:
    """Stricter than `_name_like`: a few words, starting with a capital, no sentence punctuation.
    A place in brackets may follow: "Rabia Tariq (Lahore)"."""
    line = markers.NAME_PLACE.sub("", line)
    words = line.split()
    return (
        bool(line)
        and _name_like(line)
        and len(words) <= markers.AUTHOR_MAX_WORDS
        and line[0].isupper()
        and not markers.AUTHOR_BAD.search(_NAME_NUMBER.sub("", line))  # ("Liberty Belle 1776", "Patriot76")
        and _stamp(line) is None
    )


#: A number closing a user's name: "Liberty Belle 1776", "Patriot76".
_NAME_NUMBER = re.compile(r"(?<=[A-Za-z])\s?\d{1,4}$")


def _title_case(name: str) -> bool:
    """Every word capitalised, but for connectors ("Observer from Karachi"): a name, not "Good analysis"."""
    return all(w[0].isupper() or w.lower() in markers.NAME_CONNECTORS for w in name.replace(",", " ").split())


@dataclass(frozen=True)
class _Head:
    """A line that may open a comment: its author, posted-at and where its text starts."""

    line: int  # index into the content lines
    text_from: int  # index into the content lines of the first text line
    author: str
    when: str | None
    replying_to: str | None = None  # the name of an "in reply to Name" line under the author
    stamp_above: bool = False  # its time is the line right above the author line, opening a block


#: A head's reply target when its page says only that it answers the comment above (markers.PARENT_LINK).
_PREVIOUS = "\x00the comment above"


def _head_at(sec: list[str], content: list[int], n: int, times_lead: bool = False) -> _Head | None:
    """The comment opened by content line n: an author line, then an optional
    posted-at line, reply-target and detail lines right under it (a city,
    "Works at X"), then text. An author line without a time or a reply mark
    ("Sara replied:") must open the section or follow a blank line or the
    time that ends the comment before. With `times_lead` (the section opens with a time over a name, as a
    chat replay does: "0:45", "Hassan Raza", the message), the time right above every name is its own."""
    i = content[n]
    if (labelled := _labelled_head(sec, content, n)) is not None:
        return labelled
    if _opens_block(sec, i) and n + 3 < len(content) and content[n + 1] - i in (1, 2):
        # a reply's writer over whom it answers (a writer of a comment above), then the time, maybe after its dot
        # (Disqus: "Brian O'Connell", "", "↪ Faisal Rehman", "• 8 hours ago"; "bilal_lhr", "Vikram_Iyer", "•",
        # "20 hours ago")
        target = sec[content[n + 1]]
        k = n + 2 + (sec[content[n + 2]] in ("•", "·") and content[n + 2] == content[n + 1] + 1)
        if k + 1 < len(content) and content[k] - content[k - 1] <= 2 and (when := _stamp(sec[content[k]])) \
                and (_author_like(sec[i]) or _handle_like(sec[i])) and (_author_like(target) or _handle_like(target)) \
                and target != sec[i] and not markers.USER_KIND.fullmatch(target) \
                and not markers.COMMENT_BADGE.fullmatch(target) and not _is_boilerplate(sec[i], markers.BOILERPLATE) \
                and not re.search(r"\b(?:Reply|Report|Share|Like)\b", sec[i]) \
                and target in sec[:i] and any(sec[j] == target and _opens_block(sec, j)  # (not the writer's own place)
                                              and next((ln for ln in reversed(sec[max(0, j - 3):j]) if ln), None) != sec[i]
                                              for j in range(i)):  # (nor the buttons: "Report Add Reply")
            return _Head(n, k + 1, sec[i], when, target, False)
    found = _author_line(sec[i])
    # a time right above the name, opening a block ("Tue, 07/03/2012 - 14:26 | 2586114" after a blank line)
    above = _stamp(sec[i - 1]) if n and content[n - 1] == i - 1 and (i < 2 or not sec[i - 2] or times_lead) else None
    if found is None and _handle_like(sec[i]) and n + 1 < len(content) and (above or content[n + 1] == i + 2 and (
            _stamp(sec[i + 2])) or content[n + 1] == i + 1 and (  # (a blank line between: "ajay.menon", "", "2 days ago")
            _stamp(sec[i + 1]) or _stamp_then_target(sec[i + 1]) or (
                (markers.REPLY_TARGET.fullmatch(sec[i + 1]) or _credential_then_stamp(sec, content, n + 1))
                and n + 2 < len(content) and content[n + 2] == i + 2 and _stamp(sec[i + 2])))):
        # "u/lahori_chai" right above "· 3y", "farah-qureshi" above "Mar 3, 2021", "rehan_lhr" over "↩ priya_s",
        # "fencepost_error" over its rank ("Ars Tribunus Militum") and the time
        found = (sec[i], None)
    if found is None and (i == 0 or not sec[i - 1]) and sec[i][:1].islower() and 2 <= len(sec[i].split()) <= 3 \
            and all(w.isalpha() for w in sec[i].split()) and n + 1 < len(content) and content[n + 1] == i + 1 \
            and _stamp(sec[i + 1]):
        found = (sec[i], None)  # a name written in lower case over its time, set apart ("ahmad zaki", "5 hours ago")
    if found is None and n and _stamp(sec[content[n - 1]]) and n + 1 < len(content) and content[n + 1] == i + 1 and (
            _handle_like(sec[i]) and content[n - 1] < i - 1 or (_handle_like(sec[i]) or _author_like(sec[i])) and n > 1
            and markers.SENTENCE_END.search(sec[content[n - 2]]) and len(sec[content[n - 2]].split()) > 3):
        # a login opening a block after the time that closed the comment above ("jo_nyc"), after a blank line or
        # right under a time that is under a sentence
        found = (sec[i], None)
    if found is None:
        return None
    author, when = found
    loose = n and sec[i - 1] and not _stamp(sec[i - 1]) and not markers.REPLY_MARKS.search(sec[i])
    k, details, target = n + 1, 0, (_PREVIOUS if markers.PARENT_LINK.search(sec[i]) else None)
    tail = markers.AUTHOR_STAMP_GAP.split(sec[i])[-1].strip()
    if target is None and tail != sec[i].strip() and (m := markers.REPLY_TARGET.fullmatch(tail)):
        target = m["name"]  # ("NAME  |  DATE  |  in reply to #1")
    pair = re.split(r"\s{2,}", author)
    if len(pair) == 2 and all(_author_like(p) or _handle_like(p) for p in pair):
        author, target = pair  # "Usman Tariq  DesertRat_AZ • 12 years ago": the writer, then whom it answers
        author = markers.NAME_BADGE.sub("", author)  # (a badge after the writer: "Grayson Miller Mod  Susan P")
    arrow = markers.REPLY_ARROW.split(markers.AUTHOR_STAMP_GAP.split(sec[i])[0], maxsplit=1)
    if target is None and len(arrow) == 2 and (_author_like(arrow[1]) or _handle_like(arrow[1])):
        target = arrow[1]  # "Jim Calloway → Khurram Shahzad • 3 days ago": whom it answers
    stamped_below = False
    while k + 1 < len(content) and sec[content[k] - 1]:
        line = sec[content[k]]
        if when is None and (stamp := _stamp(line) or _placed_stamp(line)):
            when, stamped_below = stamp, True  # (the place before it describes the author: "Riverstone · 2 d ago")
        elif when is None and (m := markers.STAMP_THEN_TARGET.fullmatch(line)) and (stamp := _stamp(m["when"])):
            when, target, stamped_below = stamp, m["name"], True  # "1 day ago in reply to Farooq Ahmed"
        elif m := markers.REPLY_TARGET.fullmatch(line):
            target = m["name"]
        elif when is not None and _SCORE.fullmatch(line):
            pass  # a vote score between the head and the text ("+6")
        elif (when is None and target is None and markers.HANDLE.fullmatch(line) and k + 1 < len(content)
              and content[k + 1] == content[k] + 1 and _stamp(sec[content[k + 1]])):
            target = line  # a handle between the name and the time: whom it answers ("Su-27Flanker", Kinja)
        elif details < markers.AUTHOR_DETAIL_LINES and (
            # (a short line under a time line of its own, with the next commenter right under it, is the
            # comment's text: "Lol")
            markers.AUTHOR_DETAIL.fullmatch(line) or (_author_like(line) and _title_case(line) and not (
                stamped_below and k + 1 < len(content) and markers.HANDLE.fullmatch(sec[content[k + 1]])))
            or (when is None and _credential_then_stamp(sec, content, k))
        ):
            details += 1
        else:
            break
        k += 1
    if when is None and k + 2 < len(content) and _SCORE.fullmatch(sec[content[k]]) \
            and content[k + 1] == content[k] + 1 and _stamp(sec[content[k + 1]]):
        k += 1  # (a vote score over it: "Tariq Jadoon", "", "-1", "Thu 8 Oct, 2009 01:33 pm")
    if k < len(content) and when is None and _stamp(sec[content[k]]) and k + 1 < len(content):
        when, k = _stamp(sec[content[k]]), k + 1  # the stamp after a blank line
    elif when is None and not loose:
        # (or past the writer's place and profile lines, each set apart by a blank line: "Rawalpindi, Pakistan";
        # "Since: Sep 12", "8,771", "Location hidden"; then "#4 May 3, 2016")
        j = k
        while j < min(len(content) - 1, k + markers.AUTHOR_DETAIL_LINES + 1) and content[j] - content[j - 1] in (2, 3) \
                and len(sec[content[j]].split()) <= markers.AUTHOR_PLACE_MAX_WORDS and not _handle_like(sec[content[j]]) \
                and not markers.SENTENCE_END.search(sec[content[j]]) and not _stamp(sec[content[j]]):
            j += 1
        if k < j < len(content) - 1 and content[j] - content[j - 1] in (2, 3) and _stamp(sec[content[j]]):
            when, k = _stamp(sec[content[j]]), j + 1
    stamp_above = when is None and above is not None
    if stamp_above:
        when = above
    if k >= len(content) or (loose and when is None):
        return None
    return _Head(n, k, author, when, target, stamp_above)


def _opens_block(sec: list[str], j: int) -> bool:
    """Line j opens a block, as a writer's name over a head does: the first line, or under a blank line, the
    avatar's label or a sentence's end (not a handle or job line under a name)."""
    return j == 0 or not sec[j - 1] or sec[j - 1] == "Avatar" or bool(markers.SENTENCE_END.search(sec[j - 1]))


def _labelled_head(sec: list[str], content: list[int], n: int) -> _Head | None:
    """A head opened by whom it answers, then the time and the writer in either order, each set apart
    ("Response to Sahir_Q (Reply #1)", "Tue Jul 3, 2012, 01:09 PM", "midwest_marty (9,876 posts)"); a reply
    to the story itself ("(Original post)") answers no comment."""
    if n + 3 >= len(content) or not (m := markers.REPLY_TARGET.fullmatch(sec[content[n]])):
        return None
    first, second = sec[content[n + 1]], sec[content[n + 2]]
    when, named = (stamp, second) if (stamp := _stamp(first)) else (_stamp(second), first)
    if when is None:
        return None
    login = markers.NAME_BADGE.sub("", named)  # ("midwest_marty (9,876 posts)")
    found = _author_line(named) or ((login, None) if _handle_like(login) else None)
    if found is None or found[1] is not None and found[1] != when:
        return None
    return _Head(n, n + 3, found[0], when, None if m["post"] else m["name"])


def _stamp_then_target(line: str) -> bool:
    """A posted-at line naming the comment answered: "4 hours ago in reply to Rashid Awan"."""
    return bool((m := markers.STAMP_THEN_TARGET.fullmatch(line)) and _stamp(m["when"]))


def _credential_then_stamp(sec: list[str], content: list[int], k: int) -> bool:
    """Content line k is a short line describing the author ("Former analyst,
    US Treasury (2009–2016)") with a posted-at line right under it."""
    line = sec[content[k]]  # a handle right above the time is the next comment's author, not a credential
    if not (len(line.split()) <= markers.AUTHOR_CREDENTIAL_MAX_WORDS and not markers.SENTENCE_END.search(line)
            and not markers.HANDLE.fullmatch(line)):
        return False
    k += 1  # (past a detail line: "logged in via Facebook")
    if k + 1 < len(content) and content[k] == content[k - 1] + 1 and markers.AUTHOR_DETAIL.fullmatch(sec[content[k]]):
        k += 1
    return k < len(content) and content[k] == content[k - 1] + 1 and _stamp(sec[content[k]]) is not None


def _split_headed(sec: list[str], announced: int | None, warnings: list[str]) -> list[_Found] | None:
    """Comments that each start with an author line; None when the section is not laid out so.

    Heads with a posted-at line ("Name" then "• 9 years ago") are telling:
    when two or more are found, only such heads open comments, and lines
    before the first are ignored with a warning (site name, sort buttons).
    Otherwise any author line opens one, the section must open with one (or
    after at most `markers.MAX_PREAMBLE_LINES` lines), and a lone head counts
    only with a posted-at line, or in a section with blank lines whose author
    is title-case (a section of one line per comment has no blank lines;
    "Good analysis" is not a name).
    A comment's first text line is text even when it looks like a name ("Agreed").
    """
    content = [i for i, ln in enumerate(sec) if ln]
    times_lead = len(content) > 2 and content[1] == content[0] + 1 and _stamp(sec[content[0]]) is not None \
        and _author_line(sec[content[1]]) is not None and _stamp(sec[content[2]]) is None
    heads = [h for n in range(len(content)) if (h := _head_at(sec, content, n, times_lead))]
    dated = [h for h in heads if h.when]
    chosen = dated if len(dated) >= 2 else heads
    starts: list[_Head] = []
    for h in chosen:
        if not starts or h.line >= starts[-1].text_from + 1:
            starts.append(h)
    if not starts:
        return None
    preamble = starts[0].line
    if chosen is heads:
        if preamble > (markers.MAX_PREAMBLE_LINES if len(starts) >= 2 else 0):
            return None
        lone = starts[0]
        if len(starts) < 2 and not (announced == 1 or lone.when
                                    or (any(not ln for ln in _trim(sec)) and _title_case(lone.author))):
            return None
    if preamble:
        warnings.append(f"ignored {preamble} line(s) before the first comment: {sec[content[0]][:60]!r}")
    badge = _head_badge([sec[content[h.line - 1]] for h in starts[1:] if h.line])
    # "In Response" right above a head: it answers the first comment of the thread (and ends the text above)
    in_thread = {h.line for h in starts if h.line and not h.stamp_above
                 and markers.IN_RESPONSE.fullmatch(sec[content[h.line - 1]])}
    found: list[_Found] = []
    root = None
    for k, h in enumerate(starts):
        stop = content[starts[k + 1].line] - starts[k + 1].stamp_above if k + 1 < len(starts) else len(sec)
        if k + 1 < len(starts) and starts[k + 1].line in in_thread:
            stop = content[starts[k + 1].line - 1]
        block, row_when = _strip_button_rows(_less_badge(sec[content[h.text_from] : stop], badge))
        block = _less_score(block)
        lines = [j for j, ln in enumerate(block) if ln]
        if lines and not (h.when or row_when) and _stamp(block[lines[-1]]):
            row_when, block = _stamp(block[lines[-1]]), block[: lines[-1]]  # "Posted on …" after the text
        elif k == len(starts) - 1 and not h.when and found and all(f[1] for f in found) and (closing := next(
                (j for j in reversed(lines[1:]) if _stamp(block[j]) and j + 1 < len(block)), None)):
            # the last of comments closed by their times: what follows its time is the page's, not its text
            leftover = [ln for ln in block[closing + 1:] if ln]
            warnings.append(f"ignored {len(leftover)} line(s) after the last comment's time: {leftover[0][:60]!r}")
            row_when, block = _stamp(block[closing]), block[:closing]
        text = _join(block)
        if markers.REMOVED_COMMENT.fullmatch(text):
            warnings.append(f"comment {k + 1} of the section ({h.author}) was removed by a moderator; skipped")
        elif text:
            target = (found[-1][0] if found else None) if h.replying_to is _PREVIOUS else h.replying_to
            if h.line in in_thread and root is not None:
                target = root  # (its position: the thread's first comment may share a name with a reply in it)
            elif h.line not in in_thread:
                root = len(found) + 1
            if target is None:  # an earlier commenter's name among the head's lines ("Rustam_K", "Staff", time)
                earlier = {a for a, *_ in found if a and a != h.author}
                target = next((ln for ln in (sec[content[j]] for j in range(h.line + 1, h.text_from))
                               if ln in earlier), None)
            text, quoted = _opening_quote(text, found)
            author, target = _glued_parent(h.author, target, [f[0] for f in found])
            found.append((author, h.when or row_when, text, target or quoted))
        else:
            warnings.append(f"comment {k + 1} of the section ({h.author}) has no text; skipped")
    return found


def _glued_parent(author: str, target: str | int | None, earlier: list[str | None]) -> tuple[str, str | int | None]:
    """(writer, whom it answers) of a head whose name runs an earlier commenter's full name after the writer's, the
    arrow between them lost in the copy ("Rakesh Menon Usman Ghani • 2 days ago" under Usman Ghani's comment)."""
    if target is None:
        # (or a login: "Bilal Ahmed dronewatcher_usa", "MightyMouseInKarachi libertarianvet")
        # (a one-word name only the comment right above's: "Shahid (Karachi) Guest" under Guest's comment)
        for name in dict.fromkeys(n for k, n in enumerate(reversed(earlier))
                                  if n and (len(n.split()) >= 2 or _handle_like(n) or k == 0)):
            writer = author[:-len(name)].rstrip()
            if author.endswith(" " + name) and (len(writer.split()) >= 2 and _author_like(writer)
                                                 or _handle_like(writer)):
                return writer, name
    return author, target


def _head_badge(above: list[str]) -> str | None:
    """The short line right above (nearly) every comment's head after the first, which is the head's own
    ("Kinja'd!!!" over each name), not the end of the comment before."""
    badge, seen = Counter(above).most_common(1)[0] if above else (None, 0)
    if (seen >= markers.MIN_NAMED_HEADS - 1 and seen * 3 >= len(above) * 2 and len(badge.split()) <= 3
            and not _stamp(badge)):
        return badge
    return None


def _less_badge(block: list[str], badge: str | None) -> list[str]:
    while badge is not None and block and block[-1] in (badge, ""):
        block = block[:-1]
    return block


def _strip_button_rows(block: list[str]) -> tuple[list[str], str | None]:
    """Remove rows of buttons that end in a time ("Like · Reply · 3 · 5y"); return the block and the last time."""
    when = None
    kept = []
    for line in block:
        m = markers.BUTTON_ROW_STAMP.fullmatch(line) if line else None
        if m:
            when = m["when"].strip()
        else:
            kept.append(line)
    return kept, when


#: A comment's quote or reply button beside its vote score under its text (JComments: "Quote<TAB>+9"; "Reply   +42 / -9").
_QUOTE_SCORE = re.compile(r"(?:Quote|Reply)\s+[+-]?\d{1,5}(?:\s*/\s*[+\-−]?\d{1,5})?")


_VOTED_ROW = re.compile(r"\bReply\b|[+\-−]\d")


def _less_score(block: list[str]) -> list[str]:
    """The block less a vote score under its text ("+14", "-3", "Quote  +9"), not a comment that is only "+1"."""
    while len([ln for ln in block if ln]) > 1 and (not block[-1] or _SCORE.fullmatch(block[-1])
                                                   or _QUOTE_SCORE.fullmatch(block[-1])
                                                   or _button_row(block[-1]) and _VOTED_ROW.search(block[-1])):
        block = block[:-1]  # (or a row of buttons beside its rating: "Rating: +14  [+]  [–]  Reply  Complain")
    return block


#: The groups of markers.SIGNATURE naming the commenter and the time, one pair per shape of signature.
_SIGNED_BY = ("author", "author2", "author3", "author4", "author5")
_SIGNED_WHEN = ("when", "when2", "when3", "when4", "when5")


def _split_signed(sec: list[str], warnings: list[str]) -> list[_Found] | None:
    """Comments whose author and time follow the text ("— Posted by NAME | May 12, 2011 3:14 PM").

    None when no line of the section is such a signature, or the first line is
    one (then signatures open comments, which `_split_headed` and the separators handle).
    """
    content = [i for i, ln in enumerate(sec) if ln]
    signed = [(i, m) for i in content if (m := markers.SIGNATURE.fullmatch(sec[i]))]
    opening = next((i for i in content if not markers.SORT_BAR.fullmatch(sec[i])), None)  # (past a sort bar)
    if not signed or signed[0][0] == opening or _subject_over(sec, content, signed[0][0]):
        return None  # (a head opens the section, maybe under its subject: "A garrison town", "Submitted by …")
    if any(m["author3"] and i + 1 < len(sec) and sec[i + 1] and not markers.PARENT_BUTTON.fullmatch(sec[i + 1])
           for i, m in signed):
        return None  # "by NAME on DATE" with the text right under it: a head, not a signature
    # Some signatures follow a blank line: there a one-line paragraph glued to the signature, after
    # a blank line, is the commenter's standing motto ("Lahore raised, Berkeley ruined."), not text.
    mottos = any(not sec[i - 1] for i, _ in signed if i)
    found: list[_Found] = []
    previous = -1
    for i, m in signed:
        block = _past_parent_link(sec[previous + 1 : i], found)
        if mottos and len(block) >= 3 and block[-1] and not block[-2] and any(block[:-2]):
            block = block[:-1]
        # whom it answers, over its text: "To: OldCorpsSgt"
        opening = next((k for k, ln in enumerate(block) if ln), None)
        addressed = markers.REPLY_TARGET.fullmatch(block[opening]) if opening is not None else None
        if addressed:
            block = block[opening + 1:]
        text = _join(block)
        # "9:02 PM on May 2, 2011 [12 favorites]": the time without its counter; "frimble (staff)": the name
        when = markers.SIGNATURE_COUNTER.sub("", next((m[g] for g in _SIGNED_WHEN if m[g]), "")).strip() or None
        author = markers.SIGNATURE_ROLE.sub("", next(m[g] for g in _SIGNED_BY if m[g])).strip()
        if text:
            found.append((author, when, _unquoted(text, [f[2] for f in found]),
                          addressed["name"] if addressed and not addressed["post"] else None))
        previous = i
    leftover = [ln for ln in _past_parent_link(sec[previous + 1 :], found) if ln]
    if leftover:
        warnings.append(f"ignored {len(leftover)} line(s) after the last signed comment: {leftover[0][:60]!r}")
    return found


def _subject_over(sec: list[str], content: list[int], i: int) -> bool:
    """Line i, the section's second, has a subject line right above it: a few words, no sentence."""
    above = content[0] if len(content) > 1 and content[1] == i else None  # (a blank line between or none)
    text = sec[content[2]] if len(content) > 2 else ""
    return above is not None and (above == i - 1 or above == i - 2 and not sec[i - 1]) \
        and len(sec[above].split()) <= markers.KICKER_MAX_WORDS * 2 \
        and (not markers.SENTENCE_END.search(sec[above]) or sec[above].endswith(("?", "…", "..."))
             or text.startswith(sec[above]) and len(text) > len(sec[above]))
    # ("Why immunity for a spy?"; cut short: "Eight jets for seven hundred…"; the text's first sentence, which its
    # subject was made of: "Good decision by Congress.")


def _past_parent_link(block: list[str], found: list[_Found]) -> list[str]:
    """`block` (the lines under a signature) past a "[ Parent ]" link opening it: the comment just
    signed answers the one before it (set in `found`)."""
    first = next((k for k, ln in enumerate(block) if ln), None)
    if first is None or not markers.PARENT_BUTTON.fullmatch(block[first]):
        return block
    if len(found) >= 2:
        found[-1] = (*found[-1][:3], found[-2][0])
    return block[first + 1:]


def _opening_quote(text: str, found: list[_Found]) -> tuple[str, str | None]:
    """(`text` without an opening paragraph that quotes an earlier comment, the quoted commenter or None): the
    paragraph repeats that comment's words (see `_unquoted`), or gives them after its writer's name ("name:
    their words", Fark)."""
    if (m := markers.SAID_QUOTE.match(text) or markers.WROTE_QUOTE.match(text) or markers.QUOTING_INLINE.match(text)) \
            and text[m.end():].strip():
        # "name said:", the quote, "Click to expand..." (forum software); "name wrote:", "the quote", the reply
        return text[m.end():].strip(), m["name"]
    if (m := markers.WROTE_BLOCK.match(text)) and text[m.end():].strip() \
            and any(" ".join(m["quote"].split()) in " ".join(f[2].split()) for f in found):
        return text[m.end():].strip(), m["name"]  # "name wrote:", their words unquoted, then the reply
    if (m := markers.WROTE_LABEL.match(text)) is not None:
        # "name wrote:", lines of their comment (or a note standing for them: "<quoted text removed>"), the reply
        # right under them
        own = text[m.end():].split("\n")
        quoted = list(itertools.takewhile(lambda ln: bool(ln.strip()) and (
            markers.QUOTE_REMOVED.fullmatch(ln.strip()) or any(" ".join(ln.split()) in " ".join(f[2].split())
                                                               for f in found)), own))
        reply = "\n".join(own[len(quoted):]).strip()
        if quoted and reply:
            return reply, m["name"]
    first, sep, rest = text.partition("\n\n")
    if m := markers.QUOTING_LABEL.match(text):
        # "Quoting NAME:", the quoted words, then the reply (in the same paragraph: past the lines of an earlier
        # comment's text)
        own = list(itertools.dropwhile(lambda ln: any(ln.strip() in f[2] for f in found), first.split("\n")[1:]))
        if own and len(own) < first.count("\n"):
            return "\n".join(own) + sep + rest, m["name"]
        if rest.strip():
            return rest, m["name"]
    said = re.match(r"(\S{1,40}): (.+)", first)
    if sep and said and any(f[0] == said[1] and said[2] in f[2] for f in found):
        return rest, said[1]
    quoted, sep2, after = rest.partition("\n\n")
    if sep and sep2 and (said := re.fullmatch(r"(\S{1,40}):", first)) and any(quoted in f[2] for f in found):
        return after, said[1]  # "name:" over the quoted paragraph (Discourse)
    unquoted = _unquoted(text, [f[2] for f in found])
    if unquoted == text:
        return text, None
    return unquoted, next((f[0] for f in reversed(found) if first.strip("\"“”'‘’ ") in f[2]), None)


def _unquoted(text: str, earlier: list[str]) -> str:
    """`text` without an opening paragraph that repeats words of an earlier
    comment (a quote copied with or without its quote marks), when more follows."""
    first, sep, rest = text.partition("\n\n")
    bare = first.strip("\"“”'‘’ ")  # (or with them: '"Time to cut every penny of aid."')
    if sep and len(bare.split()) >= markers.QUOTE_MIN_WORDS and any(bare in e for e in earlier):
        return rest
    line, sep, rest = text.partition("\n")  # (or its first line, in quote marks: '"So yes, they took the money."')
    bare = line.strip("\"“”")
    if sep and line[:1] in "\"“" and line[-1:] in "\"”" and len(bare.split()) >= markers.QUOTE_MIN_WORDS \
            and any(bare in e for e in earlier):
        return rest
    return text


def _signature_like(line: str) -> bool:
    """A letter writer's name as printed under the letter: "Sadia Rehman, Karachi",
    "KHALID S BAJWA, Sialkot", "Zahid Mehmood" (a name, title-case, in capitals or with a place)."""
    return _author_like(line) and (", " in line or line.isupper() or _title_case(line))


def _split_letters(sec: list[str], warnings: list[str]) -> list[_Found] | None:
    """Printed letters, each signed after its text: an optional headline, the
    text, the writer's name ("Name, City"), and an optional place line. None
    when no signature follows a line that ends like a sentence."""
    content = [i for i, ln in enumerate(sec) if ln]
    signatures = [n for n in range(1, len(content))
                  if _signature_like(sec[content[n]]) and markers.SENTENCE_END.search(sec[content[n - 1]])]
    if not signatures:
        return None
    found: list[_Found] = []
    start = 0
    for n in signatures:
        first = content[start]
        headline = sec[first]
        if (n - start >= 2 and len(headline.split()) <= markers.LETTER_TITLE_MAX_WORDS
                and not headline.endswith((".", ":", ","))):
            first = content[start + 1]
        text = _join(sec[first:content[n]])
        if text:
            found.append((sec[content[n]], None, text, None))
        start = n + 1
        if start < len(content) - 1 and start not in signatures:
            place = sec[content[start]]
            if (len(place.split()) <= markers.LETTER_PLACE_MAX_WORDS and _title_case(place)
                    and not markers.SENTENCE_END.search(place)):
                start += 1  # "Landi Kotal" under "GUL ZAMAN"
    leftover = [sec[i] for i in content[start:]]
    if leftover:
        warnings.append(f"ignored {len(leftover)} line(s) after the last signed letter: {leftover[0][:60]!r}")
    return found


def _trim(lines: list[str]) -> list[str]:
    start = next((i for i, ln in enumerate(lines) if ln), len(lines))
    end = len(lines) - next((i for i, ln in enumerate(reversed(lines)) if ln), len(lines))
    return lines[start:end]


# --------------------------------------------------------------------------
# Date and site
# --------------------------------------------------------------------------


def post_page(lines: list[str], doc_id: str, path: str, meta: MetadataRow | None, *, title: str | None, body: str,
              published: dt.date | None, comments: list[Comment], boilerplate: list[str]) -> Page:
    """The Page a reader of posts (chat, Q&A, reblog chain...) found: the
    metadata's date first, else one in the body, else `published` (the page's
    own: a post's stamp, a dated line kept out of the body)."""
    date, source = _article_date([], [], meta, body)
    if date is None and published is not None:
        date, source = published, "page"
    precision = meta.date_precision if source == "metadata" and meta.date is not None else "day"
    article = Article(doc_id=doc_id, path=path, site=_detect_site("\n".join(lines), boilerplate, meta),
                      title=title, published=date, date_source=source, date_precision=precision, body=body)
    return Page(article=article, comments=tuple(comments), boilerplate=tuple(boilerplate))


def _article_date(head: list[str], trailer: list[str], meta: MetadataRow | None,
                  body: str = "", masthead: list[str] = ()) -> tuple[dt.date | None, str | None]:
    if meta is not None and meta.date is not None:
        return meta.date, "metadata"
    # the head first (the byline's date), then the masthead over the title (the day's date, nearest first), then the
    # closing lines (a print line)
    found = None
    for lines in (head, masthead):
        found = find_article_date(lines)
        if found is None:
            # any date in a short line or a byline ("Essay | 14 February 2024", "BY NAME, POSTMEDIA NEWS JULY 3, 2012")
            found = next((d for ln in lines if (len(ln) <= markers.HEAD_DATE_MAX_CHARS or _is_byline(ln))
                          and (d := parse_date_text(ln))), None)
        if found is not None:
            break
    meta_lines = [*head, *masthead] + trailer
    if found is None:
        found = find_article_date(trailer)
    if found is None and (m := markers.DATELINE.match(body.split("\n", 1)[0])):
        found = parse_date_text(m["date"])
    if found is not None:
        return found, "page"
    if meta is not None and meta.url:
        found = url_date(meta.url)
        if found is not None:
            return found, "metadata"
    for line in meta_lines:
        for url in markers.URL_IN_TEXT.findall(line):
            found = url_date(url)
            if found is not None:
                return found, "page"
    return None, None


def _site_from_url(url: str) -> str | None:
    host = urlparse(url if "//" in url else "//" + url).hostname or ""
    return next((site for site, rx in markers.URL_SITES if rx.fullmatch(host)), None)


def site_from_metadata(meta: MetadataRow | None) -> str | None:
    """The site a metadata row names by its url, else by its source."""
    if meta is not None and meta.url:
        site = _site_from_url(meta.url)
        if site:
            return site
    if meta is not None and meta.source:
        return next((s for s, rx in markers.SOURCE_SITES if rx.fullmatch(meta.source.strip())), None)
    return None


def _detect_site(text: str, meta_lines: list[str], meta: MetadataRow | None) -> str:
    site = site_from_metadata(meta)
    if site:
        return site
    for line in meta_lines:
        for url in markers.URL_IN_TEXT.findall(line):
            site = _site_from_url(url)
            if site:
                return site
    for site, rx in markers.TEXT_SITES:
        if rx.search(text):
            return site
    return "unknown"

