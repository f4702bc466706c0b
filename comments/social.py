"""Posts on social networks copied from the web (an X or Bluesky thread, a
Mastodon toot and its replies, a LinkedIn post and its comments): the first
long post is the article and every reply under it is a comment.

Each post opens with a poster head of a few short lines: a name, then a
handle (``@user``, ``@user@instance``) or a connection degree and job line
(`` • 2nd``, ``Head of Compliance | AML``), and a time (``1h``, ``2d``,
``Oct 21, 2022``), with the time above the name on Mastodon. The article's
headline is the title of the link card under it (a title line beside a
domain line: ``From example.com``, ``example.com • 7 min read``), its date
the full date shown under it. The app's menus, counters and buttons,
"Replying to @name" lines, ads (a head with ``Ad`` instead of a time) and
what follows the thread ("Relevant people", "More Relevant Posts") are
neither body nor comment text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import markers
from .chat import ARTICLE_MIN_WORDS
from .dates import parse_date_text, parse_stamp
from .records import Article, Comment, Page
from .splitter import _article_date, _detect_site, _is_boilerplate, _join, _name_like, _trailing_tags

#: "@user" or a Mastodon "@user@instance".
HANDLE = re.compile(r"@[\w.]{1,40}(?:@[\w-]+(?:\.[\w-]+)+)?")
#: A name that is itself a handle without its "@" (Threads): one lower-case word, dots and underscores allowed.
HANDLE_NAME = re.compile(r"(?-i:[a-z0-9_][a-z0-9._]{2,39})(?:@[\w-]+(?:\.[\w-]+)+)?")
#: LinkedIn's connection degree or badge under a name: " • 2nd", "• 3rd+", "Author".
DEGREE = re.compile(r"(?:[•·]\s*)?(?:1st|2nd|3rd\+?)|Author|Creator|Premium|Verified|Top Voice")
#: A post's time as the app shows it: "1h", "52m", "2d", "5d ago", "1w", "3 days ago", "3-15" (TikTok's month-day),
#: "Oct 21, 2022" (its first part when more follows: "3d • 3 days ago • Visible to anyone").
SHORT_TIME = re.compile(r"(?:\d{1,3}\s?(?:s|m|min|h|hr|d|w|mo|y|yr)(?:\s+ago)?|[01]?\d-[0-3]?\d|now|just now"
                        r"|(?:\d+|an?)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago)(?:\s*\(edited\))?", re.I)
_EDITED = re.compile(r"\s*\(edited\)$", re.I)
_PART = re.compile(r"\s+[•·]\s+|\s*[•·]\s*$")
DOMAIN = markers.LINK_DOMAIN
#: The toggle above the replies a copied comment shows under it: "—— Hide replies" (Instagram).
_SHOWN_REPLIES = re.compile(r"(?:—+\s*)?Hide (?:all )?(?:\d+ )?repl(?:y|ies)(?: \(\d+\))?", re.I)
#: The toggle under the replies shown below a comment (TikTok: "View 10 more", then "Hide").
_HIDE = re.compile(r"Hide", re.I)
#: A comment's replies not shown: "View 38 replies", "—— View replies (3)".
_HIDDEN_REPLIES = re.compile(r"(?:—+\s*)?View (?:all )?(?:\d[\d,]* )?(?:more )?repl(?:y|ies)(?: \(\d+\))?", re.I)
#: A member's badge in a group, under the name: "Admin", "Top contributor", "Rising contributor".
GROUP_BADGE = re.compile(r"Admin|Moderator|Author|Group expert|(?:Top|Rising|All-star|Conversation) (?:contributor|starter)"
                         r"|Top fan|New member", re.I)
#: Lines of the app between and under posts: counters, buttons, reply and reaction lines.
CHROME = re.compile(
    r"[\d.,]+\s*[KkMm]?\+?|·|•|Like|Reply|Repost|Reposts|Quote|Quotes|Share|Send|Copy|Translate|Follow|Views?|Likes"
    r"|Bookmarks?|Comment|Edited|Following|Shared with \w+|Top fan|Author|Admin|Moderator|Most relevant|All reactions:?"
    r"|View (?:\d+ )?(?:more )?(?:repl(?:y|ies)|comments?)|\d+ of [\d,.]+[KkM]?|Write a comment…?|Press Enter to post\.?"
    r"|Report this (?:post|comment)|Ad|Promoted|Show (?:more|probable spam|replies|all)\b.*"
    r"|\d[\d,]*\s+(?:Repl(?:y|ies)|Reactions?|Comments?|reposts?|Views|followers|Posts|likes?)\b.*"
    r"|Load (?:previous|more) \w+"
    rf"|{_SHOWN_REPLIES.pattern}|{_HIDDEN_REPLIES.pattern}|{_HIDE.pattern}|See translation"
    r"|See (?:more|all) (?:comments|replies)|View \d[\d,]* more|♬.*|Comments \([\d,.]+[KkM]?\)|Creator videos"
    r"|Copy link|Embed|Send to friends|Share to \w+|Liked by (?:the )?(?:creator|author)|Post your reply|Add a comment…?"
    r"|Open (?:Emoji|GIF) Keyboard|Add a photo"
    r"|Most relevant|Current selected sort order.*|.{1,60} and \d[\d,]* others|like|insightful|support|celebrate|love"
    r"|funny|curious|Replying to|and", re.I)
#: A comment's footer that ends with its time: "Like · Reply · 2w", "Like · Reply · 1y · Edited".
FOOTER = re.compile(r"(?:(?:Like|Reply|Share|Love|Haha|Edited|Hide|Report|More)\s*·\s*)+(?P<when>[^·]{1,40}?)"
                    r"(?:\s*·\s*Edited)?", re.I)
#: Where the thread ends: what the app shows under the last reply.
THREAD_END = re.compile(
    r"Relevant people|More Relevant Posts|Explore topics|More from this author|To view or add a comment, sign in"
    r"|Show probable spam|What[’']s happening|Trends for you|Who to follow|Explore|Live feeds|No comments,? yet\.?"
    r"|Be the first to comment\.?|Who can reply\?", re.I)


@dataclass
class _Post:
    name: str
    when: str | None
    start: int  # the first line after the head
    head: tuple[int, int]  # the head's lines
    weak: bool = False  # a handle-like name over a date, no link card: a post only if replies follow


#: An edited post's time: "Edited · 2w" (Instagram).
_EDITED_AT = re.compile(r"^Edited\s*[·•]\s*", re.I)


def _time(line: str) -> str | None:
    """The time a head line shows, else None."""
    first = _PART.split(_EDITED_AT.sub("", line, count=1).lstrip("·• "), maxsplit=1)[0].strip()  # "· 2h" (Bluesky)
    if SHORT_TIME.fullmatch(first):
        return _EDITED.sub("", first)
    if len(first) <= 30 and parse_date_text(first) and not re.search(r"[a-z]{4,}\s+[a-z]{4,}", first) \
            and not markers.NEIGHBOUR_LINK.fullmatch(first):  # (a link to the blog's post of a day: "« Links 3/17/11")
        return first
    return None


def _heads(lines: list[str], start: int, end: int) -> list[_Post]:
    """The poster heads between `start` and `end`, in order (indexes into `lines`, non-empty lines only)."""
    idx = [i for i in range(start, end) if lines[i]]
    posts: list[_Post] = []
    hints = [bool(_TIME_HINT.search(lines[i])) for i in idx]
    k = 0
    while k < len(idx):
        found = _head_at(lines, idx, k, hints)
        if found is None:
            k += 1
            continue
        posts.append(found)
        k = next((n for n, i in enumerate(idx) if i >= found.start), len(idx))
    return posts


#: What every time a head can show holds: a digit, or "now".
_TIME_HINT = re.compile(r"\d|now", re.I)


def _head_at(lines: list[str], idx: list[int], k: int, hints: list[bool]) -> _Post | None:
    """A head whose name is the k-th non-empty line, else None."""
    at = lambda n: lines[idx[n]] if 0 <= n < len(idx) else ""  # noqa: E731
    if not any(hints[max(0, k - 1):k + 5]):
        return None  # cheap test first: no line around the name could show a time
    name = at(k)
    if not _name_like(name) or HANDLE.fullmatch(name) or CHROME.fullmatch(name) or _time(name) \
            or _is_boilerplate(name, markers.SECTION_BOILERPLATE):
        return None
    # Mastodon: time, name, handle
    if HANDLE.fullmatch(at(k + 1)) and k and _time(at(k - 1)):
        return _Post(name, _time(at(k - 1)), idx[k + 1] + 1, (idx[k - 1], idx[k + 1]))
    # X, Bluesky: name, handle, [·], time; LinkedIn: name, [degree], [job], time
    n = k + 1
    handle = bool(HANDLE.fullmatch(at(n)))
    if handle:
        n += 1
    else:
        if DEGREE.fullmatch(at(n)):
            n += 1
        if not _time(at(n)) and _job_like(at(n)):
            n += 1
    badge = False
    while GROUP_BADGE.fullmatch(at(n)):  # a group's badges under the name: "Admin", "Top contributor"
        n, badge = n + 1, True
    # a handle, a degree or a job line: a name right above its time is too weak a sign, unless the name is a handle
    bare = bool(HANDLE_NAME.fullmatch(name))
    between = n > k + 1 or bare
    while at(n) in ("·", "•"):
        n += 1
    when = _time(at(n))
    # without a handle or a badge, only the app's short times count
    if when is None or not between or not (handle or bare or badge or SHORT_TIME.fullmatch(when)):
        return None
    return _Post(name, when, idx[n] + 1, (idx[k], idx[n]))


def _job_like(line: str) -> bool:
    """A job line under a name: "Senior Analyst, Trade-Based Money Laundering"."""
    return (len(line.split()) >= 3 and len(line) <= 160 and not re.search(r"[!?]$|[.!?]\s", line)
            and not CHROME.fullmatch(line))


#: A post with a link card under it is the article from this many words (Bluesky allows 300 characters).
SHORT_POST_MIN_WORDS = 15
#: Prose above the first post (an app's blurb in a sidebar) may run to this many words, no more.
_PROSE_ABOVE_WORDS = 40
#: A menu item of the app: "Home", "Direct messages" (no digits, no sentence).
_MENU_ITEM = re.compile(r"(?-i:[A-Z][a-z]+)(?: [A-Za-z]+){0,2}")


def _prose_above(lines: list[str]) -> bool:
    """Whether `lines` hold more prose than an app's blurb: the page is an article, not a post."""
    return sum(len(ln.split()) for ln in lines if ln and markers.SENTENCE_END.search(ln)) > _PROSE_ABOVE_WORDS


def _main_post(lines: list[str]) -> _Post | None:
    """The first post with a handle under its name and long text under it, with no prose above it."""
    for i, line in enumerate(lines):
        if line and _prose_above(lines[:i + 1]):
            return None
        # a handle under the name, or (a page's post on Facebook) the time under it, or (TikTok) the display name
        # and the time under the handle ("karachiwire", "Karachi Wire · 2022-8-30")
        tail = line.rsplit(" · ", 1)[-1]
        when = line and not HANDLE.fullmatch(line) and (_time(line) or (tail != line and _time(tail) and tail))
        timed = bool(when)
        if not (line and (HANDLE.fullmatch(line) or timed)):
            continue
        j = next((k for k in range(i - 1, -1, -1) if lines[k]), None)
        if j is None or not _name_like(lines[j]) or CHROME.fullmatch(lines[j]) or _time(lines[j]) \
                or _POSTED_BY.match(lines[j]) or markers.MENU_LINE.fullmatch(lines[j]):
            # (a forum's or link site's byline: "Posted by u/neela_aasman"; a page's skip link: "Skip to content")
            continue
        text = [ln for ln in lines[i + 1:] if ln]
        words, card = 0, False
        for k, ln in enumerate(text):
            if CHROME.fullmatch(ln) and not words:
                continue  # "Follow" between the handle and the text
            if CHROME.fullmatch(ln) or _time(ln) or DOMAIN.fullmatch(ln) or HANDLE.fullmatch(ln):
                card = bool(DOMAIN.fullmatch(ln) or k + 1 < len(text) and DOMAIN.fullmatch(text[k + 1]))
                break
            words += len(ln.split())
        # a post is the article when it is long, or shorter (a network's length limit) with a link card under it
        # a name over a date is a post only with a link card under its text, or when the name is a handle; and
        # not when what follows is a site's menus (a masthead's domain over the day's date: "scotsman.com")
        weak = timed and not card
        if weak and (not HANDLE_NAME.fullmatch(lines[j]) or _menu_under(lines, i + 1)):
            continue
        if words >= ARTICLE_MIN_WORDS or (card and words >= SHORT_POST_MIN_WORDS):
            return _Post(lines[j], _time(when) if timed else None, i + 1, (j, i), weak)
    return None


_POSTED_BY = re.compile(r"(?:Posted|Submitted|Shared) by\b", re.I)
#: Lines of one or two words under a name and a date that make them a menu, not a post...
_MENU_RUN = 6
#: ...before any line of this many words (the post's prose).
_PROSE_LINE_WORDS = 8


def _menu_under(lines: list[str], start: int) -> bool:
    """Whether a site's menus, not a post's text, open under a head ending at `start`: a run of
    one- and two-word lines ("Home", "News", "Life & Style") before any line of prose."""
    items = 0
    for ln in lines[start:]:
        if len(ln.split()) >= _PROSE_LINE_WORDS:
            return False
        items += 0 < len(ln.split()) <= 2
        if items >= _MENU_RUN:
            return True
    return False


#: A comment's like counter between its time and its "Reply" button: "412 likes".
_LIKES = re.compile(r"[\d.,]+[KkM]?\s+likes?", re.I)


def _caption_post(lines: list[str]) -> tuple[_Post, int] | None:
    """A post whose time closes its caption (Instagram): the last handle-named line
    ("indus.dispatch") above a long text, that text, then the time on a line of its
    own ("Edited · 6d", "156w"). Returns (the post, the time's line), or None."""
    name = start = None
    for i, line in enumerate(lines):
        if not line or CHROME.fullmatch(line) or DEGREE.fullmatch(line):
            continue  # "Verified", "Follow" under the name
        if HANDLE_NAME.fullmatch(line) and not _time(line):
            name, start, words = i, None, 0  # the poster, or (further down) the poster again over the caption
        elif name is not None and len(line) <= 32 and (when := _time(line)):
            if words >= ARTICLE_MIN_WORDS:
                return _Post(lines[name], when, start, (name, name)), i
            name = None
        elif name is not None:
            start = i if start is None else start
            words += len(line.split())
        elif _prose_above(lines[:i + 1]):
            return None
    return None


def _footer_time(lines: list[str], i: int, end: int) -> str | None:
    """The time of a comment's footer at line i: "Like · Reply · 2w" on one line, or
    the time on a line of its own with "Like" (or "Reply") right under it, or under
    its like counter (Instagram: "2w", "412 likes", "Reply")."""
    if (m := FOOTER.fullmatch(lines[i])) is not None:
        return _time(m["when"])
    if len(lines[i]) > 32 or (when := _time(lines[i])) is None:
        return None
    below = [ln for ln in lines[i + 1:min(end, i + 5)] if ln][:2]
    if below and _LIKES.fullmatch(below[0]):
        below = below[1:]
    return when if below and below[0].lower() in ("like", "reply") else None



def _footer_comments(lines: list[str], start: int, end: int) -> list[Comment]:
    """Comments whose time closes them in a footer line ("Like · Reply · 2w", Facebook;
    "2w", "412 likes", "Reply", Instagram; "2022-8-30", "Reply", "1892", TikTok): each
    is the name (a badge such as "· Creator" under it) and text after the last app
    line above its footer, or one line that opens with the poster's handle
    ("ayesha.writes Why is there…"). Replies: under an open "Hide replies" toggle,
    the comments that open with an "@user" answer the comment above it; a "Hide"
    toggle under a run of comments closes the replies shown under the run's first
    comment (the run starts after the last toggle)."""
    feet = [i for i in range(start, end) if lines[i] and _footer_time(lines, i, end)]
    comments: list[Comment] = []
    previous = start
    opened = None  # the comment whose replies are shown under it (Instagram)
    run = 0  # where in `comments` the comments since the last toggle start (TikTok)

    def toggles(between: list[str]) -> None:
        nonlocal run
        if any(_HIDE.fullmatch(ln) for ln in between) and run < len(comments):
            for n in range(run + 1, len(comments)):
                if comments[n].parent is None:
                    comments[n] = replace(comments[n], parent=comments[run].index)
        if any(_HIDE.fullmatch(ln) or _HIDDEN_REPLIES.fullmatch(ln) for ln in between):
            run = len(comments)

    for foot in feet:
        at = [j for j in range(previous, foot) if lines[j]]
        block = [lines[j] for j in at]
        previous = foot + 1
        k = len(block)
        while k and CHROME.fullmatch(block[k - 1]):
            k -= 1  # the comment's reaction count
        own = k
        while own and (not CHROME.fullmatch(block[own - 1]) or GROUP_BADGE.fullmatch(block[own - 1])):
            own -= 1
        toggles(block[:own])
        if any(_SHOWN_REPLIES.fullmatch(ln) for ln in block[:own]):
            opened = comments[-1].index if comments else None
        while own < k - 1 and GROUP_BADGE.fullmatch(block[own]):
            own += 1  # a badge above the name ("Top fan")
        name, text_from = own, own + 1
        while text_from < k - 1 and GROUP_BADGE.fullmatch(block[text_from]):
            text_from += 1  # badges under the name ("Author", "Top contributor")
        if own < k - 1 and DEGREE.fullmatch(block[own]):  # "Karachi Wire", "·", "Creator"
            name = next((j for j in range(own - 1, -1, -1) if block[j] not in ("·", "•")), -1)
        if own == k - 1 and (m := _HANDLE_OPENING.match(block[own])):
            author, text = m["name"], m["text"]  # "usman_ghani92 Sustainment is not new jets…"
        elif text_from >= k or name < 0 or not _name_like(block[name]):
            continue  # a name with no text, or no name
        else:
            author, text = block[name], _join(lines[at[text_from]:at[k - 1] + 1])
        when = _footer_time(lines, foot, end)
        if not HANDLE.match(text):
            opened = None  # past the replies shown under a comment
        parent = opened if opened is not None else _addressed(comments, text)
        comments.append(Comment(index=len(comments) + 1, author=author, posted_at=when,
                                posted_at_parsed=parse_stamp(when or ""), text=text, parent=parent))
    toggles([ln for ln in lines[previous:end] if ln])
    return comments


#: A one-line comment that opens with its poster's handle: "ayesha.writes Why is there…".
_HANDLE_OPENING = re.compile(rf"(?P<name>(?=\S*[._\d]){HANDLE_NAME.pattern})\s+(?P<text>\S.*)")


def split_social(lines: list[str], doc_id: str, path: str, meta=None) -> Page | None:
    """The Page of a social-network post and its replies, or None when
    `lines` are not one (see the module's docstring)."""
    if not any(ln[:1] == "@" and HANDLE.fullmatch(ln) or (len(ln) <= 32 or ln[:1].isdigit()) and _time(ln)
               for ln in lines):  # cheap test first: a handle or a time on a line of its own
        return None
    post = _main_post(lines)
    caption = None
    if post is None:  # LinkedIn: a head with a degree or job line and a time, then the text
        heads = _heads(lines, 0, len(lines))
        post = next((h for h in heads if _words(lines, h.start) >= ARTICLE_MIN_WORDS
                     and not _menu_under(lines, h.start)), None)
        if post is None or _prose_above(lines[:post.head[0]]):
            if (caption := _caption_post(lines)) is None:
                return None
            post = caption[0]
    end = next((i for i in range(post.start, len(lines)) if lines[i] and THREAD_END.fullmatch(lines[i])), len(lines))
    while end < len(lines) and end > post.start and (not lines[end - 1] or _MENU_ITEM.fullmatch(lines[end - 1])):
        end -= 1  # the app's menu around the line that ends the thread ("Home", "Notifications", "Explore")
    replies = [] if caption else _heads(lines, post.start, end)
    # the comments under a caption start after its time; comments closed by their time are read as such when
    # more of them are found than heads (a name over a one-line text over a time can pass for a head)
    footed = _footer_comments(lines, caption[1] + 1 if caption else post.start, end)
    if len(footed) > len(replies):
        replies = []
    else:
        footed = []
    # (a site's address over the day's date is a news page's masthead, not a post, when no reply follows)
    masthead = markers.SITE_LINE.fullmatch(post.name)
    if ((post.weak or masthead) and not replies and not footed) or (caption and not footed):
        return None
    stop = replies[0].head[0] if replies else end
    body, title, published, rest = _article(lines, post.start, stop)
    if title is None and not replies and not footed:
        return None  # no link card and no reply: not recognisably a post
    comments = footed
    for n, reply in enumerate(replies):
        text = _reply_text(lines, reply.start, replies[n + 1].head[0] if n + 1 < len(replies) else end)
        if text:
            comments.append(Comment(index=len(comments) + 1, author=reply.name, posted_at=reply.when,
                                    posted_at_parsed=parse_stamp(reply.when or ""), text=text,
                                    parent=_addressed(comments, text)))
    if title is None:
        title = _card_above(lines, post.head[0])
    body_text = _join(body)
    head = [ln for ln in lines[:post.start] if ln]
    date, source = _article_date([], [], meta, body_text)
    if date is None and published is not None:
        date, source = published, "page"
    if date is None and post.when:
        date, source = parse_date_text(post.when), ("page" if parse_date_text(post.when) else None)
    boilerplate = head + rest + [ln for ln in lines[end:] if ln]
    precision = meta.date_precision if source == "metadata" and meta.date is not None else "day"
    article = Article(doc_id=doc_id, path=path, site=_detect_site("\n".join(lines), boilerplate, meta),
                      title=title or post.name, published=date, date_source=source, date_precision=precision,
                      body=body_text)
    return Page(article=article, comments=tuple(comments), boilerplate=tuple(boilerplate))


def _addressed(earlier: list[Comment], text: str) -> int | None:
    """The index of the latest earlier comment by the user a reply opens by naming ("@gul_khan Thank you…"),
    or by the full name of two or more words Facebook puts first when a reply tags its writer ("Usman Ghani
    true, …")."""
    tagged = next((c.index for c in reversed(earlier) if c.author and len(c.author.split()) >= 2
                   and text.startswith(c.author + " ")), None)
    if tagged is not None:
        return tagged
    m = HANDLE.match(text)
    if m is None:
        return None
    user = m.group().lstrip("@").split("@")[0].lower()
    return next((c.index for c in reversed(earlier)
                 if c.author and c.author.lstrip("@").split("@")[0].lower() == user), None)


def _words(lines: list[str], start: int) -> int:
    words = 0
    for ln in lines[start:]:
        if ln and (CHROME.fullmatch(ln) or _time(ln) or DOMAIN.fullmatch(ln) or THREAD_END.fullmatch(ln)):
            if words:
                break
            continue
        words += len(ln.split())
    return words


def _article(lines: list[str], start: int, stop: int):
    """(body lines, link card title or None, full date under the post or None,
    the other lines) of the article's post, lines[start:stop]."""
    seg = lines[start:stop]
    k = 0
    while k < len(seg) and (not seg[k] or CHROME.fullmatch(seg[k])):
        k += 1  # "Follow", "Report this post" above the text
    first = k
    while k < len(seg) and not (seg[k] and (CHROME.fullmatch(seg[k]) or _time(seg[k]) or DOMAIN.fullmatch(seg[k]))):
        k += 1
    body = seg[first:k]
    title = None
    if k < len(seg) and DOMAIN.fullmatch(seg[k]):
        above = next((b for b in range(len(body) - 1, -1, -1) if body[b]), None)
        below = next((seg[b] for b in range(k + 1, len(seg)) if seg[b]), "")
        if above is not None and _card_title(body[above]) and not _card_title(below):
            title, body = body[above], body[:above]
        elif _card_title(below):
            title = below
            # the card's description under its title is part of the article
            after = seg.index(below, k + 1) + 1
            while after < len(seg) and (not seg[after] or (markers.SENTENCE_END.search(seg[after])
                                                           and not CHROME.fullmatch(seg[after]))):
                body = [*body, "", seg[after]] if seg[after] else body
                after += 1
            k = after
    lead = next((b for b, ln in enumerate(body) if ln), None)
    if title is None and lead is not None and _card_title(body[lead]) and any(body[lead + 1:]):
        title, body = body[lead], body[lead + 1:]  # a long post's own heading: its first line
    tags = _trailing_tags(body)
    cut = next((b for b in range(len(body) - 1, -1, -1) if body[b]), None)
    if cut is not None and all(w.startswith("#") for w in body[cut].split()):
        tags = min(tags, cut)  # a closing line of hashtags
    rest = [ln for ln in seg[:first] + body[tags:] + seg[k:] if ln and ln != title]
    published = next((d for ln in seg[k:] if ln and len(ln) <= 60 and (d := parse_date_text(ln))), None)
    return body[:tags], title, published, rest


#: A link card above its poster's head ("Headline", "example.com", then "name", "to", "community", "3 days ago")
#: may sit this many lines above the head's first line.
_CARD_ABOVE_LINES = 4


def _card_above(lines: list[str], head: int) -> str | None:
    """The title of a link card right above the post's head (a link aggregator's post), else None."""
    above = [ln for ln in lines[:head] if ln][-_CARD_ABOVE_LINES - 1:]
    for k in range(len(above) - 1, 0, -1):
        if DOMAIN.fullmatch(above[k]) and _card_title(above[k - 1]):
            return above[k - 1]
    return None


def _card_title(line: str) -> bool:
    return (bool(line) and len(line.split()) >= 4 and len(line) <= markers.TITLE_MAX_CHARS
            and not markers.TITLE_SENTENCE_END.fullmatch(line) and not line.endswith(":")
            and not CHROME.fullmatch(line) and not DOMAIN.fullmatch(line) and not parse_date_text(line))


def _reply_text(lines: list[str], start: int, stop: int) -> str:
    """A reply's text: after "Replying to @name" lines, up to its counters and buttons."""
    seg = lines[start:stop]
    k = 0
    while k < len(seg) and (not seg[k] or HANDLE.fullmatch(seg[k]) or CHROME.fullmatch(seg[k])):
        k += 1
    end = k
    while end < len(seg) and not (seg[end] and CHROME.fullmatch(seg[end])):
        end += 1
    text = seg[k:end]
    return _join(text[:_trailing_tags(text)])
