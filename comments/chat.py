"""Chat exports: a channel's post and the discussion under it, as copied
from a messaging app (WhatsApp's "[16/08/2021, 08:51] Name: text" lines,
Telegram's "Name, [10/21/22 8:09 PM]" headers above each message), or from
a messaging app's web page, where each message is its sender's name, the
text, and its time on a line of its own under it ("14:05"; Telegram Web's
discussion under a channel post), or where a head line names the sender and
the time (Discord's "Name — time", Slack's "Name  time": a link's embed under
the post, reactions, reply previews "@Name excerpt" above a reply's head, an
open thread pane).

The first message long enough to be an article is the article: its first
line the headline, its other lines the body (bylines, datelines, reaction
and view counters, "Read in full: URL" kept out, in `boilerplate`). Every
later message is a comment with its author and time as written. System
lines (joins, group settings, the encryption notice), media placeholders
and deleted messages are neither body nor comment text.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import markers
from .dates import find_article_date, parse_date_text, parse_stamp
from .records import Article, Comment, Page
from .splitter import _article_date, _detect_site, _header, _is_byline, _join, _name_like, post_page

_DATE = r"\d{1,2}[./]\d{1,2}[./]\d{2,4}"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
#: WhatsApp: "[16/08/2021, 08:51] Name: text" (iOS) or "16/08/2021, 08:51 - Name: text" (Android).
WHATSAPP = re.compile(rf"\[?(?P<when>{_DATE},?\s+{_TIME})\]?\s*(?:[-–]\s*)?(?P<rest>.*)")
#: A WhatsApp line's sender, before the first ": " (a name or a phone number).
SENDER = re.compile(r"(?P<name>[^:|\n]{1,50}?):\s(?P<text>.*)")
_WHATSAPP_START = "[0123456789"
#: Telegram: "Name, [10/21/22 8:09 PM]" above the message.
TELEGRAM = re.compile(rf"(?P<name>\S.{{0,60}}?),\s*\[(?P<when>{_DATE},?\s+{_TIME})\]")
#: Lines of the app, not of anyone's message.
SYSTEM = re.compile(
    r".{1,60} (?:joined(?: the group| using this group['’]s invite link)?|left(?: the group)?|was added|was removed)"
    r"|.{1,60} (?:added|removed|created group|changed (?:the|this) group['’]?s?|changed the subject|pinned)\b.*"
    r"|Messages and calls are end-to-end encrypted\b.*|This message was deleted\.?|You deleted this message\.?"
    r"|<Media omitted>|(?:image|video|audio|sticker|GIF|document|Contact card) omitted|\[(?:Photo|Video|Sticker|GIF|File|Voice message|Audio|Album|Poll)[^\]]{0,60}\]"
    r"|\[In reply to [^\]]{1,80}\]",
    re.I,
)
#: Reaction and view counters under a post: "👍 1.8K  ❤ 642", "👁 52.4K  edited  8:03 PM".
COUNTERS = re.compile(rf"(?:[^\w\s]+\s*[\d.,]+[KkMm]?\s*)+(?:edited\s*)?(?:{_TIME})?")
#: A line that is only a link.
URL_LINE = re.compile(r"https?://\S+")
#: A link line closing a post: "Read in full: https://…", "🔗 Full story: https://…".
SOURCE_LINK = re.compile(r"\W{0,3}\s*(?:Read (?:in full|more)|Full story|Source|Link|More)\s*:?\s*https?://\S+", re.I)
#: A post at least this long is the article; shorter ones before it are chatter.
ARTICLE_MIN_WORDS = 60
#: Leading emoji, flags and markdown around a post's headline: "📰 *Headline*", "✅ Headline".
_HEADLINE_EDGES = re.compile(r"^[^\w\"'“‘(]+|[*_~]+$")


@dataclass
class _Message:
    author: str
    when: str
    lines: list[str] = field(default_factory=list)

    def words(self) -> int:
        return sum(len(ln.split()) for ln in self.lines)


def chat_messages(lines: list[str]) -> tuple[list[str], list[_Message]] | None:
    """(lines before the first message, messages) of a chat export, or None
    when `lines` are not one: at least one Telegram header, or three WhatsApp
    lines."""
    # cheap tests first: most pages are not chats
    telegram = sum(1 for ln in lines if ", [" in ln and TELEGRAM.fullmatch(ln))
    if not telegram and sum(1 for ln in lines if ln[:1] in _WHATSAPP_START and (m := WHATSAPP.fullmatch(ln))
                            and SENDER.fullmatch(m["rest"])) < 3:
        return None  # (three lines with a sender at least: not a news page's dated lines, "28.11.2011, 16:48")
    head: list[str] = []
    messages: list[_Message] = []
    for line in lines:
        if telegram and (m := TELEGRAM.fullmatch(line)):
            messages.append(_Message(m["name"].strip(), m["when"]))
        elif not telegram and (m := WHATSAPP.fullmatch(line)):
            sender = SENDER.fullmatch(m["rest"])
            if sender is None:  # "Sana Mirza joined using this group's invite link"
                messages.append(_Message("", m["when"]))
            else:
                messages.append(_Message(sender["name"].strip(), m["when"], [sender["text"]]))
        elif messages:
            messages[-1].lines.append(line)
        else:
            head.append(line)
    return head, messages


def split_chat(lines: list[str], doc_id: str, path: str, meta=None) -> Page | None:
    """The Page of a chat export, or None when `lines` are not one (see
    `chat_messages`) or no message is long enough to be the article."""
    found = chat_messages(lines)
    if found is None:
        if sum(bool(markers.POST_NUMBER.fullmatch(ln)) for ln in lines) >= 2:
            return None  # posts numbered "#4" under their time: a forum thread's (comments.thread)
        return _replay(lines, doc_id, path, meta) or _headed_thread(lines, doc_id, path, meta) \
            or _clock_thread(lines, doc_id, path, meta)
    head, messages = found
    boilerplate = [ln for ln in head if ln]
    for message in messages:
        # (an export from a phone marks the app's own lines with a left-to-right mark: "\u200eimage omitted")
        message.lines = [ln for ln in message.lines if not SYSTEM.fullmatch(ln.lstrip("\u200e"))]
    for k, message in enumerate(messages):
        if message.author and message.words() >= ARTICLE_MIN_WORDS:
            post, rest = message, messages[k + 1:]
            break
    else:
        return None
    title, body, dropped = _post(post.lines)
    published, source = _article_date(dropped, [], meta, body)
    if published is None and (published := parse_date_text(post.when)):
        source = "page"
    comments = []
    for message in rest:
        text = _join(message.lines)
        if message.author and text:
            comments.append(Comment(index=len(comments) + 1, author=message.author, posted_at=message.when,
                                    posted_at_parsed=parse_stamp(message.when), text=text))
    precision = meta.date_precision if source == "metadata" and meta.date is not None else "day"
    article = Article(doc_id=doc_id, path=path, site=_detect_site("\n".join(lines), boilerplate + dropped, meta),
                      title=title, published=published, date_source=source, date_precision=precision, body=body)
    return Page(article=article, comments=tuple(comments), boilerplate=tuple(boilerplate + dropped))


def _post(lines: list[str]) -> tuple[str | None, str, list[str]]:
    """(headline, body, lines kept out of the body) of the article's message."""
    first = next((i for i, ln in enumerate(lines) if ln), None)
    if first is None:
        return None, "", []
    dropped = []
    if URL_LINE.fullmatch(lines[first]) and (below := next((i for i in range(first + 1, len(lines)) if lines[i]), None)):
        dropped, first = [lines[first]], below  # the shared link, then the story's headline
    title = _HEADLINE_EDGES.sub("", lines[first]).strip()
    body = []
    for i in range(first + 1, len(lines)):
        line = lines[i]
        if line and _header(_HEADLINE_EDGES.sub("", line)):
            dropped += [ln for ln in lines[i:] if ln]  # "💬 Comments" and what follows it in the post
            break
        if line and (COUNTERS.fullmatch(line) or SOURCE_LINK.fullmatch(line) or _dated(line, body)
                     or _byline(line, body)):
            dropped.append(line)
        else:
            body.append(line)
    return title, _join(body), dropped


def _dated(line: str, body: list[str]) -> bool:
    """A dateline of its own above the text: "Monday, 16 August 2021 — Islamabad"."""
    return not any(body) and len(line) <= markers.HEAD_DATE_MAX_CHARS and (
        find_article_date([line]) is not None or parse_date_text(line) is not None)


def _byline(line: str, body: list[str]) -> bool:
    return not any(body) and _is_byline(line)


# --- a web app's messages, each closed by its time ---------------------------------------------

#: A message's time on a line of its own under it: "14:05", "8:40 PM".
CLOCK = re.compile(_TIME)
#: A channel's header and the discussion's own lines: "48,213 subscribers", "7 comments", "Join".
CHANNEL_LINE = re.compile(r"[\d.,]+[KkM]?\s+(?:subscribers|members|comments?)|Comments|Discussion(?: started)?|Join"
                          r"|Leave a comment|Today|Yesterday", re.I)
#: Under a message: its "edited" mark, its view counter ("12.4K").
_UNDER = re.compile(r"edited|[\d.,]+[KkM]?", re.I)
#: The longest time line: "12:05:33 P.M.".
_CLOCK_MAX_CHARS = 13
#: The most lines of a channel's header above its post ("Name", "48,213 subscribers", "7 comments", "Today").
_CHANNEL_HEAD_LINES = 6


def _clock_thread(lines: list[str], doc_id: str, path: str, meta=None) -> Page | None:
    """The Page of a web app's channel post and the discussion under it, each
    message closed by its time on a line of its own ("14:05"), or None: the
    first message long enough is the article (the channel's header, its link
    card and counters kept out), each later one a comment (name, then text; a
    quoted sender and an excerpt ending "…" between them name the message it
    answers). Day lines between messages ("May 4, 2023") are neither."""
    clocks = [i for i, ln in enumerate(lines) if 3 <= len(ln) <= _CLOCK_MAX_CHARS and CLOCK.fullmatch(ln)]
    if len(clocks) < 3:
        return None
    blocks = list(zip([0, *(c + 1 for c in clocks)], clocks))
    post = next((n for n, (a, b) in enumerate(blocks)
                 if sum(len(ln.split()) for ln in lines[a:b]) >= ARTICLE_MIN_WORDS), None)
    if post is None:
        return None
    messages = [_clock_message(lines[a:b]) for a, b in blocks[post + 1:]]
    if len([m for m in messages if m]) < 2 or 3 * len([m for m in messages if m]) < 2 * len(messages):
        return None  # times under lines that are not messages (a live blog's entries)
    start, stop = blocks[post]
    title, body, published, kept_out = _channel_post([ln for ln in lines[start:stop] if ln])
    comments: list[Comment] = []
    for (_, b), found in zip(blocks[post + 1:], messages):
        if found is None:
            continue
        author, quoted, excerpt, text = found
        parent = next((c.index for c in reversed(comments) if c.author == quoted and " ".join(
            c.text.split()).startswith(excerpt)), None) if quoted else None
        if quoted and parent is None:
            parent = next((c.index for c in reversed(comments) if c.author == quoted), None)
        when = lines[b]
        comments.append(Comment(index=len(comments) + 1, author=author, posted_at=when,
                                posted_at_parsed=parse_stamp(when), text=text, parent=parent))
    boilerplate = [ln for ln in lines[:start] if ln] + kept_out + [ln for ln in lines[clocks[-1] + 1:] if ln]
    return post_page(lines, doc_id, path, meta, title=title, body=body, published=published,
                     comments=comments, boilerplate=boilerplate)


#: A chat replay's badge or paid amount under a sender's name: "Moderator", "Member (1 year)", "$5.00", "PKR 1,000.00".
_REPLAY_BADGE = r"Moderator|Owner|Verified|New member|Member(?: \([^()]{1,20}\))?"
_REPLAY_TAG = re.compile(rf"{_REPLAY_BADGE}|(?:[A-Z]{{2,3}}\s?|[$€£₹])[\d,]+(?:\.\d{{2}})?")
_REPLAY_TAG_TAIL = re.compile(rf"\s+(?:{_REPLAY_BADGE})$")
#: A replay's head on one line: "21:15 Ayesha Malik Member (6 months)".
_REPLAY_HEAD = re.compile(rf"(?P<when>\d{{1,2}}:\d{{2}}(?::\d{{2}})?)\s+(?P<name>[^\d\s].{{0,60}})")


_MERIDIEM = re.compile(r"[AaPp]\.?[Mm]\.?(?:\s|$)")


def _replay(lines: list[str], doc_id: str, path: str, meta=None) -> Page | None:
    """A live stream's chat replay beside its page, or None: each message under a time ABOVE its sender's name
    ("0:45", "Hassan Raza", or "21:15 Ayesha Malik Member (6 months)" on one line; badges and paid amounts under
    the name; the message on one line), three at least, the last closed by the page's own lines. The page above
    the first message is read as any page (its title, date and description)."""
    heads = []  # (line of the time, when, sender, first line after the head)
    for i, ln in enumerate(lines):
        if (m := _REPLAY_HEAD.fullmatch(ln)) and _name_like(name := _REPLAY_TAG_TAIL.sub("", m["name"])) \
                and not _MERIDIEM.match(name):  # ("6:25 PM" is a time of day, not "6:25" and a sender "PM")
            heads.append((i, m["when"], name, i + 1))
        elif (CLOCK.fullmatch(ln) and i + 2 < len(lines) and _name_like(lines[i + 1]) and len(lines[i + 1]) <= 40
              and not CLOCK.fullmatch(lines[i + 2])):
            heads.append((i, ln, lines[i + 1], i + 2))
    if len(heads) < 3:
        return None
    found = []  # (line of the time, sender, when, message); heads without a message one line long are not
    for k, (i, when, name, at) in enumerate(heads):  # messages (a video's chapters: "0:00 Scenes at the airport")
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        rows = [ln for ln in lines[at:stop] if ln]
        while rows and _REPLAY_TAG.fullmatch(rows[0]):
            rows = rows[1:]
        if rows and (len(rows) == 1 or k + 1 == len(heads)):  # (the last: its first line; the page's after it)
            found.append((i, name, when, rows[0]))
    if len(found) < 3 or 3 * len(found) < 2 * len(heads) or found[-1][0] != heads[-1][0]:
        return None
    from .splitter import _split_lines

    page = _split_lines(lines[:found[0][0]], path, meta)  # (too few times left there to read as a chat)
    comments = [Comment(index=n + 1, author=name, posted_at=when, posted_at_parsed=None, text=text)
                for n, (_, name, when, text) in enumerate(found)]
    return Page(article=page.article, comments=tuple(comments), boilerplate=page.boilerplate,
                warnings=page.warnings)


def _clock_message(block: list[str]) -> tuple[str, str | None, str, str] | None:
    """(sender, quoted sender or None, the quote's excerpt, text) of one message's
    lines (its time excluded), or None when they do not read as one."""
    at = [i for i, ln in enumerate(block) if ln and not (len(ln) <= 30 and (
        CHANNEL_LINE.fullmatch(ln) or parse_date_text(ln) and not re.search(r"[a-z]{4,}\s+[a-z]{4,}", ln)))]
    while at and _UNDER.fullmatch(block[at[-1]]):
        at.pop()  # "edited" under the text
    if len(at) < 2 or not _name_like(block[at[0]]):
        return None
    quoted = excerpt = None
    if len(at) >= 4 and _name_like(block[at[1]]) and block[at[2]].rstrip().endswith(("…", "...")):
        quoted, excerpt = block[at[1]], " ".join(block[at[2]].rstrip().rstrip("….").split())
        at = [at[0], *at[3:]]
    text = _join(block[at[1]:at[-1] + 1])
    return (block[at[0]], quoted, excerpt or "", text) if text else None


def _channel_post(rows: list[str]) -> tuple[str | None, str, dt.date | None, list[str]]:
    """(headline, body, date, lines kept out) of a channel's post: under the
    channel's header (its name, counters, the day), the headline, the text, then
    a link card (a domain line, the linked page's title and summary) and the
    view counter."""
    head = max((k + 1 for k, ln in enumerate(rows[:_CHANNEL_HEAD_LINES]) if CHANNEL_LINE.fullmatch(ln)
                or len(ln) <= 30 and parse_date_text(ln)), default=0)
    published = next((d for ln in rows[:head] if len(ln) <= 30 and (d := parse_date_text(ln))), None)
    card = next((k for k in range(head, len(rows)) if markers.LINK_DOMAIN.fullmatch(rows[k])), len(rows))
    text = rows[head:card]
    while text and _UNDER.fullmatch(text[-1]):
        text.pop()
    title = _HEADLINE_EDGES.sub("", text[0]).strip() if text else None
    return title, "\n\n".join(text[1:]), published, rows[:head] + rows[head + len(text):]


# --- a web app's messages under "Name — time" or "Name  time" heads --------------------------------------------

_WHEN = (rf"(?:(?:Today|Yesterday|(?:Last )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) at |{_DATE},?\s+)"
         rf"{_TIME}")
#: A message's head: "Farhan Qureshi — Today at 3:47 PM", "Feed BOT — 07/13/2023 9:21 PM".
DASH_HEAD = re.compile(rf"(?P<name>\S.{{0,60}}?)\s+[—–]\s+(?P<when>{_WHEN})")
#: Slack's: "Hamza Qureshi  10:42 AM" (two spaces), "Prof. Imran Lodhi  Yesterday at 4:15 PM"; or the name
#: on a line of its own (an app's "APP" tag under it) above a line that is only the time.
_CLOCK_WHEN = r"(?:(?:Today|Yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) at )?\d{1,2}:\d{2}\s?[AP]M"
GAP_HEAD = re.compile(rf"(?P<name>\S.{{0,60}}?\S)\s{{2,}}(?P<when>{_CLOCK_WHEN}|{_WHEN})")
CLOCK_LINE = re.compile(_CLOCK_WHEN)
_APP_TAG = re.compile(r"APP|BOT")
#: A role badge or server tag after a name of two or more words: "APP", "BOT", "DELH".
_NAME_TAG = re.compile(r"(?<=[a-z.]) [A-Z0-9]{2,5}$")
#: An embed's footer: "Ledger Feed • Today at 3:42 PM".
_EMBED_FOOTER = re.compile(rf".{{1,60}}\s+•\s+{_WHEN}")
#: The app's own lines between and after messages.
_APP_LINE = re.compile(r"NEW|Jump [Tt]o [Pp]resent|You['’]re viewing older messages|Today|Yesterday|Thread|#\s?[\w-]+"
                       r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, [A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th)?"
                       r"|\d+ repl(?:y|ies)|Last reply .{1,40}|View thread|Reply…|Also send to .{1,60}"
                       r"|Shift \+ Return to add a new line|[^\w\s]{1,8}|:[\w+-]+:|\d{1,5}"
                       r"|[\w .()-]{1,80}\.(?:docx?|pdf|xlsx?|pptx?|png|jpe?g|gif|zip|csv)|Word Document|PDF|Image"
                       r"|(?:.{1,60} (?:is|are)|Several people are) typing(?:\.\.\.|…)|Message [#@].{1,80}")
_EDITED = re.compile(r"\s*\(edited\)$")
_URL_LINE = re.compile(r"https?://\S+")
#: A post's opening line that only announces the link: "New article from The Karachi Ledger 📰".
_INTRO_MAX_WORDS = 8


def _heads(lines: list[str]) -> list[tuple[int, int, str, str]]:
    """(first line, line after, name, time) of each message head: "Name — time",
    "Name  time", or a name line above a time line (an "APP" tag between)."""
    heads = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if ("—" in line or "–" in line) and (m := DASH_HEAD.fullmatch(line)) or "  " in line and (
                m := GAP_HEAD.fullmatch(line)):
            heads.append((i, i + 1, m["name"].strip(), m["when"]))
        elif line and len(line) <= 60 and _name_like(line) and not CLOCK_LINE.fullmatch(line):
            k = i + 1 + (i + 1 < len(lines) and bool(_APP_TAG.fullmatch(lines[i + 1])))
            if k < len(lines) and CLOCK_LINE.fullmatch(lines[k]):
                heads.append((i, k + 1, line, lines[k]))
                i = k
        i += 1
    return heads


def _headed_thread(lines: list[str], doc_id: str, path: str, meta=None) -> Page | None:
    """The Page of a channel copied from a web app whose messages are headed by
    "Name — time" lines (Discord) or "Name  time" ones (Slack; or the name
    above the time), or None (fewer than three heads, or no message long
    enough to be the article). The first long message is the article: its
    text and its link's embed (the site line, the linked page's title, its
    summary); every later message a comment, one paragraph a line (a sender's
    consecutive messages share one head). Reactions ("👍 4", ":+1:" over "3"),
    "(edited)", day lines, thread summaries ("3 replies", "View thread"), files,
    the typing notice and the message box are neither; a reply preview ("@Name
    excerpt" above a head) names the comment answered, and so does an open
    thread pane (the message repeated, then its replies)."""
    heads = _heads(lines)
    if len(heads) < 3 or sum(len(ln.split()) for ln in lines[:heads[0][0]]
                             if markers.SENTENCE_END.search(ln)) >= 2 * ARTICLE_MIN_WORDS:
        return None  # (a story's paragraphs over the first head: a news page's comments, not a channel's)
    ends = [*(h[0] for h in heads[1:]), len(lines)]
    blocks = [(a, after, name, when, b) for (a, after, name, when), b in zip(heads, ends)]
    post = next((k for k, (a, after, _, _, b) in enumerate(blocks)
                 if sum(len(ln.split()) for ln in lines[after:b]) >= ARTICLE_MIN_WORDS), None)
    if post is None:
        return None
    kept_out = [ln for ln in lines[:blocks[post][0]] if ln]
    day = next((d for ln in reversed(lines[:heads[0][0]]) if (d := _day_line(ln))), None)
    comments: list[Comment] = []
    preview: str | None = None
    thread: int | None = None  # the message an open thread pane answers
    for k, (a, after, name, when, b) in enumerate(blocks):
        author = _NAME_TAG.sub("", name)
        text = []
        for line in lines[after:b]:
            if line and (found := _day_line(line)):
                day = found
            elif line and not (COUNTERS.fullmatch(line) or _APP_LINE.fullmatch(line)
                               or _EMBED_FOOTER.fullmatch(line)):
                text.append(line)
                continue
            if k == post and line:
                kept_out.append(line)
        if k < post:
            continue
        stamp = parse_stamp(when) or _day_time(day, when)
        if k == post:
            published = stamp.date() if stamp else day
            title, body, dropped, dated = _embed_post(text)
            published = dated or published
            kept_out += [ln for ln in lines[a:after] if ln] + dropped
            preview = None
            continue
        text = [_EDITED.sub("", ln) for ln in text]
        repeated = next((c.index for c in comments if c.author == author and c.posted_at == when
                         and text and c.text.startswith(text[0])), None)
        if repeated is not None:  # a thread pane opens with the message it belongs to
            thread = repeated
            continue
        parent = _replied(preview, comments) if preview else thread
        preview = None
        # a preview of the next message's reply closes this one
        while len(text) > 1 and _replied(text[-1], [*comments, Comment(
                index=len(comments) + 1, author=author, posted_at=when, posted_at_parsed=None,
                text="\n".join(text[:-1]))]):
            preview = text.pop()
        if text:
            comments.append(Comment(index=len(comments) + 1, author=author, posted_at=when,
                                    posted_at_parsed=stamp, text="\n\n".join(text), parent=parent))
    return post_page(lines, doc_id, path, meta, title=title, body=body, published=published,
                     comments=comments, boilerplate=kept_out)


def _replied(line: str, comments: list[Comment]) -> int | None:
    """The index of the comment a reply preview ("@Name excerpt") quotes: the
    latest by Name whose text holds the excerpt; None when `line` is not one."""
    if not line.startswith("@"):
        return None
    for c in reversed(comments):
        if line[1:].startswith(c.author + " "):
            excerpt = " ".join(line[len(c.author) + 2:].rstrip("…. ").split())
            if excerpt and excerpt in " ".join(c.text.split()):
                return c.index
    return None


def _day_line(line: str) -> dt.date | None:
    """The day of a line that is only a date ("June 19, 2023")."""
    return parse_date_text(line) if len(line) <= 30 and not re.search(r"[a-z]{4,}\s+[a-z]{4,}", line) else None


def _day_time(day: dt.date | None, when: str) -> dt.datetime | None:
    """"Today at 3:47 PM" under a day line: that day at that time."""
    return parse_stamp(f"{day:%B %d, %Y} {when.rpartition(' at ')[2]}") if day and " at " in when else None


def _embed_post(text: list[str]) -> tuple[str | None, str, list[str], dt.date | None]:
    """(title, body, lines kept out, date) of the article's message: its text,
    then a link and the link's embed (the site's name, the page's title, its
    summary), or the embed alone at its end under a pasted article (Slack's
    unfurl); a short opening line that only announces the link, a
    "Published …" line (its date the article's), the headline again and a
    "Read the full story at …" line are kept out."""
    url = next((k for k, ln in enumerate(text) if _URL_LINE.fullmatch(ln)), None)
    if url is not None and len(text) - url >= 3:
        own, (site, title, *summary) = text[:url], text[url + 1:]
        dropped = [text[url], site]
    elif len(text) >= 4 and _unfurl(text[-3:]):
        own, (site, title, summary) = text[:-3], text[-3:]
        summary, dropped = [], [site, title, summary]
    else:
        title, body, dropped = _post(text)
        return title, body, dropped, None
    if len(own) + len(summary) > 1 and len(own[0].split()) <= _INTRO_MAX_WORDS \
            and not own[0].rstrip().endswith((".", "?", "!", ":")):
        dropped.insert(0, own.pop(0))
    dated = None
    for line in list(own):
        short = len(line) <= markers.HEAD_DATE_MAX_CHARS
        if line == title or _READ_MORE.fullmatch(line) or (
                short and _PUBLISHED.match(line) and (found := parse_date_text(line))):
            own.remove(line)
            dropped.append(line)
            dated = dated or (found if _PUBLISHED.match(line) else None)
    return title, "\n\n".join([*own, *summary]), dropped, dated


#: A dated line in a pasted article: "Published: Sep 9, 2022, 8:15 am", "Published 13 July 2023 · 6 min read".
_PUBLISHED = re.compile(r"(?:Published|Posted|Updated)\b", re.I)
#: "Read the full story at southasialedger.com".
_READ_MORE = re.compile(r"(?:Read (?:the full (?:story|piece|article)|more)(?: at| on)?|Full story(?: at)?):?\s+\S+",
                        re.I)


def _unfurl(rows: list[str]) -> bool:
    """Whether three closing lines are a link's unfurl: the site's name (a few
    words), the page's title (a headline), its summary (a sentence)."""
    site, title, summary = rows
    return (len(site.split()) <= 5 and not markers.SENTENCE_END.search(site) and len(title.split()) >= 4
            and not title.endswith(".") and summary.rstrip().endswith((".", "…")) and len(summary.split()) >= 6)
