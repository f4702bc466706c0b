"""Chat exports: a channel's post and the discussion under it, as copied
from a messaging app (WhatsApp's "[16/08/2021, 08:51] Name: text" lines,
Telegram's "Name, [10/21/22 8:09 PM]" headers above each message).

The first message long enough to be an article is the article: its first
line the headline, its other lines the body (bylines, datelines, reaction
and view counters, "Read in full: URL" kept out, in `boilerplate`). Every
later message is a comment with its author and time as written. System
lines (joins, group settings, the encryption notice), media placeholders
and deleted messages are neither body nor comment text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import markers
from .dates import find_article_date, parse_date_text, parse_stamp
from .records import Article, Comment, Page
from .splitter import _article_date, _detect_site, _header, _is_byline, _join

_DATE = r"\d{1,2}[./]\d{1,2}[./]\d{2,4}"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
#: WhatsApp: "[16/08/2021, 08:51] Name: text" (iOS) or "16/08/2021, 08:51 - Name: text" (Android).
WHATSAPP = re.compile(rf"\[?(?P<when>{_DATE},?\s+{_TIME})\]?\s*(?:[-–]\s*)?(?P<rest>.*)")
#: A WhatsApp line's sender, before the first ": " (a name or a phone number).
SENDER = re.compile(r"(?P<name>[^:\n]{1,50}?):\s(?P<text>.*)")
_WHATSAPP_START = "[0123456789"
#: Telegram: "Name, [10/21/22 8:09 PM]" above the message.
TELEGRAM = re.compile(rf"(?P<name>\S.{{0,60}}?),\s*\[(?P<when>{_DATE},?\s+{_TIME})\]")
#: Lines of the app, not of anyone's message.
SYSTEM = re.compile(
    r".{1,60} (?:joined(?: the group| using this group['’]s invite link)?|left(?: the group)?|was added|was removed)"
    r"|.{1,60} (?:added|removed|created group|changed (?:the|this) group['’]?s?|changed the subject|pinned)\b.*"
    r"|Messages and calls are end-to-end encrypted\b.*|This message was deleted|You deleted this message"
    r"|<Media omitted>|\[(?:Photo|Video|Sticker|GIF|File|Voice message|Audio|Album|Poll)[^\]]{0,60}\]"
    r"|\[In reply to [^\]]{1,80}\]",
    re.I,
)
#: Reaction and view counters under a post: "👍 1.8K  ❤ 642", "👁 52.4K  edited  8:03 PM".
COUNTERS = re.compile(rf"(?:[^\w\s]+\s*[\d.,]+[KkMm]?\s*)+(?:edited\s*)?(?:{_TIME})?")
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
    if not telegram and sum(1 for ln in lines if ln[:1] in _WHATSAPP_START and WHATSAPP.fullmatch(ln)) < 3:
        return None
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
        return None
    head, messages = found
    boilerplate = [ln for ln in head if ln]
    for message in messages:
        message.lines = [ln for ln in message.lines if not SYSTEM.fullmatch(ln)]
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
    title = _HEADLINE_EDGES.sub("", lines[first]).strip()
    body, dropped = [], []
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
