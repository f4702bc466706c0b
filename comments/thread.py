"""Forum threads copied as text, such as a board's print view: every post
opens with a poster line that names the poster and a full date and time
(vBulletin's "Name<TAB>11-26-2011 02:47 PM", phpBB's "Post by Name » Tue
Aug 31, 2021 11:48 pm"), and the first post, long enough to be an article,
comes before any prose of the page.

The first post is the article: its subject (the line above its poster line,
or the first line under it) is the headline, and its poster line's date is
the article's. Every later post is a comment. The board's breadcrumbs and
name above the first post, reply subjects ("Re: …"), quoted posts
("Quote:", "Originally Posted by Name", "Name wrote: ↑…" and the quoted
lines, which repeat an earlier post) and the board's footer are neither
body nor comment text.

Mailing-list archives (Mailman's HyperKitty, Google Groups, groups.io) are
read the same way: a message opens with the sender's name on one line and
the date and time on the next ("unread," may sit between, the recipient or
the message number under it), the first message is the article (the
forwarded story), and a message ends at its first button ("Reply", "Like",
"Reply all") or its signature ("-- "). Quoted lines ("> …") and their
attribution ("On Fri, Nov 26, 2021 at 9:12 AM Name <address> wrote:", "Name wrote:") are
not the message's text; the attribution names the message it answers.
Usenet and mail archives that show each message's header lines ("From:",
"Date:", "Subject:", "References:") are read by those lines: the first
message's Subject: is the title and References: name the message answered.

Other poster lines: numbered posts (vBulletin's thread view, "05-03-2016,
10:27 AM #1" over the poster; XenForo, the poster's name, title and profile
fields over the date and a "#3" line), and Nairaland-style subject lines
("Re: Subject by name(m): 10:42am On May 04, 2011").
"""
from __future__ import annotations

import itertools
import re

from . import markers
from .chat import ARTICLE_MIN_WORDS, SOURCE_LINK
from .dates import find_article_date, month_first_reread, parse_date_text, parse_stamp, stamp_reader
from .records import Article, Comment, Page
from .splitter import (_NOTICE, _NUMBERED_SUBJECT, _article_date, _detect_site, _is_boilerplate, _is_byline, _join,
                       _opening_quote, _replied, _stamp, _unquoted)

#: vBulletin's print view: the poster, a tab (or a wide gap), the time.
POSTER_GAP = re.compile(r"(?P<name>[^\s\t][^\t]{0,40}?)(?:\t+|\s{3,})(?P<when>[^\t]{8,40})")
#: phpBB: "Post by Name » Tue Aug 31, 2021 11:48 pm" ("by Name » …" in newer styles; "Postby Name » …" where
#: the icon's label "Post" is copied against it).
POSTER_BY = re.compile(r"(?:(?:Unread )?[Pp]ost(?:ed)? ?)?by (?P<name>\S.{0,40}?) » (?P<when>.{8,40})")  # ("Unread post by …")
#: Slashcode sites (Slashdot, SoylentNews): "by Name (12345) <mail> on Monday May 02, 2011 @09:03AM (#35990417)";
#: the story's own line has no "(#id)": "Posted by kwright on Monday May 02, 2011 @08:47AM".
SLASH_POSTER = re.compile(r"(?:Posted )?by (?P<name>\S.{0,40}?)(?: \(\d+\))?(?: <[^<>]{1,80}>)?(?: \((?:Homepage|Journal| )+\))?"
                          r" on (?P<when>[^()]{8,60}?)(?P<id> \(#\d+\))?(?:\s+(?:Printer-friendly|Homepage|Journal))*", re.I)
#: Nairaland-style boards: the post's subject, its poster and the time on one line, "Re: Subject by name(m): 10:42am
#: On May 04, 2011" (the year left out in the current one: "6:05pm On Jun 21").
SUBJECT_POSTER = re.compile(r"(?P<subject>\S.{0,200}?) by (?P<name>[^\s()]{1,40})(?:\([mf]\))?: "
                            r"(?P<when>\d{1,2}:\d{2}\s*[ap]m On [A-Z][a-z]{2} \d{1,2}(?:, \d{4})?)")
#: The subject line above a slashcode comment: "Re:Opsec beats tech (Score:4, Interesting)".
SCORED_SUBJECT = re.compile(r".{1,160}\(Score:\s*-?\d(?:,\s*[\w ]+)?\)")
#: A slashcode story's department line.
DEPT = re.compile(r"from the .{1,80} dept\.?", re.I)
_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
#: Reply subjects above a poster line.
REPLY_SUBJECT = re.compile(r"(?:Re|RE|Aw|AW|Sv)\s*:\s*.{1,200}")
#: Lines that open a quoted post.
QUOTE_LABEL = re.compile(r"Quote(?: History)?(?: ?:)?|Quote from: .{1,120}|Quoting: .{1,80}|On [^,]{5,40}, \S.{0,40}? said:|QUOTE\s*\([^()@]{1,40}@[^()]{1,40}\)|\(Original post by .{1,60}\)|\S.{0,40} writes(?:\.\.\.|…|:)|[^\s:]{2,40}:|(?:Quote:?\s+)?Originally Posted by:? .{1,80}|\S.{0,40}, on .{8,40}?, said:|\S.{0,40} (?:wrote|said|posted):(?:\s*↑?\s*.{0,60})?|\S.{0,40} posted(?:\.\.\.|…)"
                         r"|Click to (?:expand|shrink)\.\.\.|Click to (?:expand|shrink)…", re.I)
#: What closes a quote: XenForo's "Click to expand...".
_QUOTE_END = re.compile(r"Click to (?:expand|shrink)(?:\.\.\.|…)", re.I)
#: The poster a quote label names: "Quote Originally Posted by TexasTom View Post".
QUOTED_POSTER = re.compile(r"(?:Quote:?\s+)?Originally Posted by:? (?P<name>\S.{0,60}?):?(?:\s+\(Post \d+\))?(?:\s+View Post)?"
                           r"|\(Original post by (?P<orig>\S.{0,60}?)\)", re.I)  # (The Student Room: "(Original post by NAME)")
#: XenForo's quote label: "Nayyar Abbasi said:" (Something Awful's "NAME posted:"; IP.Board's "NAME, on DATE, said:"); Nairaland's: "Quote from: Lagosboy2 on May 04, 2011, 11:05 AM".
QUOTED_SAID = re.compile(r"On [^,]{5,40}, (?P<ips>\S.{0,40}?) said:"  # (Invision 4's: "On 1/1/2018 at 11:52 AM, NAME said:")
                         r"|(?P<name>\S.{0,60}?)(?:, on .{8,40}?,)? (?:said|posted):(?:\s*↑)?"
                         r"|(?P<posted>\S.{0,40}?) posted(?:\.\.\.|…)"  # (GameFAQs: "NAME posted...")
                         r"|Quote from: (?P<from>\S.{0,60}?) on .{4,60}"
                         r"|(?P<wrote>\S.{0,60}?) (?:wrote:(?:\s*↑\s*.{0,60})?|writes(?:\.\.\.|…|:))"  # (phpBB: "Iqbal_Kh wrote: ↑Thu Oct 08, …")
                         r"|(?!Quote:)(?P<handle>[^\s:]{2,40}):"  # (vBulletin's "Quote:" over its label names nobody)
                         r"|QUOTE\s*\((?P<ipb>[^()@]{1,40}?)\s*@[^()]{1,40}\)"  # (IP.Board 2: "QUOTE(NAME @ May 2 2011, 01:05 PM)")
                         r"|Quoting: (?P<quoting>\S.{0,60}?)(?: \d{4,})?")  # (Godlike Productions': "Quoting: NAME 1383610", its user id)
#: vBulletin's thread view: the post's date and number on a line ("05-03-2016, 10:27 AM #1"), the poster's name on
#: the next, then the poster's title and profile fields.
NUMBERED_STAMP = re.compile(r"(?:(?:Old|New)\s+)?(?P<when>\S.{7,40}?)\s+#(?P<n>\d{1,6})(?: \(permalink\))?")
# (the status icon's label before it, a link after it: "Old 7th Oct 2009, 19:42  #1 (permalink)", "Old Yesterday, …")
#: XenForo's thread copied as text: the poster's name, title and profile fields ("Joined", "Mar 14, 2009",
#: "Messages", "6,412") above the post's date, and its number on a line of its own ("#3", markers.POST_NUMBER).
#: The labels of those fields:
PROFILE_LABEL = re.compile(
    r"(?:Joined|Messages|Posts|Threads|Reaction score|Likes(?: received)?|Points|Trophy points|Solutions|Credits"
    r"|Reputation|Ratings?|Location|Country|Flag|Age|Gender|Website|Occupation|Member since|Registered|Rank|Join Date|Thanks(?: received)?"
    r"|User ID):?",
    re.I)  # (a colon may close it: "Joined:", "Sep 14, 2013")
#: A board's count of thanks under a poster's fields: "Thanked 2,510 Times in 1,107 Posts".
PROFILE_COUNT = re.compile(r"Thanked [\d,]+ Times? in [\d,]+ Posts?|[\d,]+ posts?, read [\d,]+ times?|P: [\d,]+", re.I)
# (or its posts and their reads: "1,877 posts, read 2,310,446 times"; or its posts under one letter: "P: 1,204")
_FIELD_VALUE_CHARS = 40
#: A poster's title or banner under the name: "SENIOR MEMBER", "Well-known member", "Moderator".
POSTER_TITLE = re.compile(r"[^a-z]*[A-Z]{2}[^a-z]*|(?:[\w-]+\.? ){0,2}(?:member|moderator|administrator|staff)s?"
                          r"|(?:Validated|Registered|Verified|Banned) [Uu]sers?"
                          r"|(?:[\w-]+ ){0,2}(?:veteran|newbie|guest|regular|contributor|rookie|sage|guru|legend|belt)"
                          r"|(?:Past )?Donor|Banned|Supporter|Premium|VIP"  # (or a banner: "Donor", "Banned")
                          r"|(?:Thread|Topic) Starter|Original Poster"  # (or the thread starter's badge)
                          r"|@[a-z]+", re.I)  # (or its icon's label: "Blue Belt", "@Blue")
#: A forum's line naming who started the thread, under its title.
THREAD_BYLINE = re.compile(r"(?:Thread starter|Started by|Discussion in .{1,80}? started by)\s+\S.{0,60}"
                           r"|By \S.{0,40}?, .{5,40}? in [A-Z].{0,60}")  # (Invision's: "By NAME, January 1, 2018 in FORUM")
#: A poster's profile field under the name: "Join Date: Sep 2012", "Posts: 7,204", "Location: Lahore (originally Ohio)".
PROFILE_FIELD = re.compile(r"(?!.{1,40} (?:said|wrote):)(?!(?:Last )?[Ee]dited\b)[A-Z][A-Za-z ]{1,20}\.?(?: \([A-Za-z ]{1,20}\))?:\s*\S.{0,60}")  # (not a quote's label; "Member No.: 812")
#: A poster's title lines above the fields ("Senior Member"): at most this many.
_TITLE_LINES = 2
#: A post's footer under its text, with the post's date: Something Awful's "# ? May 2, 2011 05:41" (its link, then
#: "Profile", "Message", …).
_FOOTER_DATE = re.compile(r"#\s?\?\s+(?P<when>\S.{7,40})")
#: What ends a post's own text: its dated footer, the signature's rule ("__________________"), the forum's edit note.
POST_TAIL = re.compile(_FOOTER_DATE.pattern + r"|_{5,}|-{12,}|---|Last edited by \S.{0,60}? on .{5,40}|Last edited by .{1,60}?; .{1,80}|Edited by .{1,60}?, .{5,40}?\.|Last edited by .{1,60}? on .{5,60}?, edited \d+ times? in total\.?|Last edited(?: by .{1,60}?)?: .{1,80}|Reply With Quote"
                       r"|Reactions:(?: .{1,200})?|Modified: .{1,60}|\d+ Likes?(?: \d+ Shares?)?|\d+ Shares?"
                       r"|(?:\((?:Reply|Quote|Report|Share|Like)\)\s*)+"
                       r"|\S.{0,40} is (?:offline|online)\b.{0,200}"
                       r"|Informative|Funny|Useful|Winner"  # (XenForo's reactions under the text, a line each)
                       r"|(?-i:Top)|Logged|Merited by .{1,200}|«\s*Last edit: .{5,60}? by \S.{0,60}?\s*»"  # (SMF's, and its merit)
                       r"|Multi-?quote|(?-i:Cancel)|Thanks [\d,]+|[\d,]+ users? thanked (?:the )?author for this post\.?"  # (vBulletin's buttons, vBulletin 5's comment box's last; Boards.ie's thanks)
                       r"|(?:Sent|Posted) (?:from|using) (?:my )?(?:\w+ )?(?:Mobile|iPhone|iPad|Android|phone|app|Tapatalk)\b.{0,30}"
                       r"|The Following [\d,]+ \w+ (?:Says? Thank You to|Thank) .{1,60} For This Useful Post:?", re.I)  # ("NAME is offline  Reply With Quote")
#: The thread's tools between its title and the first post: "Watch", "Go to first unread", "Skip to page:".
_THREAD_TOOL = re.compile(r"(?:Un)?[Ww]atch(?: [Tt]hread)?|Go to first (?:unread|new post)|Skip to page:?"
                          r"|(?:Previous|Next) Page"  # (a pager's: "Page / 1", "Previous Page")
                          r"|Thread [Tt]ools|Print [Tt]hread|Search this [Tt]hread|Bookmark this thread|Pages \(\d+\):(?: \[?\d+\]?)+|Reply to this topic|Start new topic"
                          r"|(?:(?:Track|Email|Print) this topic(?:\s*·\s*)?)+|Author|Reply to Topic(?: \| [\w ]{1,20})*|Jump to (?:unread|first unread)"
                          r"|(?:Track|Email) [Tt]his [Tt]hread|Printable [Vv]ersion|Thread Options|<< Previous Thread \| Next Thread >>"
                          r"|Recommended Posts|[\d,]+ repl(?:y|ies) to this topic|Sign in to follow this|Followers(?: [\d,]+)?|Options"
                          r"|Start New Topic|Please log in to reply|Rate Topic"
                          r"|Announcements?|.{1,150}»")  # (and the board's announcement: "Announcements", "Applying …? …»")
#: The page's line naming the thread's topic: "Topic: TITLE", "Topic: TITLE (Read 1874 times)".
_TOPIC_LINE = re.compile(r"Topic: (?P<title>\S.{10,200}?)(?: \(Read [\d,]+ times\))?")
#: An outlet and place under a pasted story's byline has at most this many words: "BBC News, Islamabad".
_OUTLET_WORDS = 5
#: The label of a box of the board's other threads under the last post.
_OTHER_THREADS = re.compile(r"(?:Similar|Related|Suggested) [Tt]hreads|You (?:may|might) also like")
#: The board's own lines after the last post.
BOARD_FOOTER = re.compile(
    r"All times are (?:GMT|UTC).{0,80}|The time now is .{1,40}|Powered by .{1,80}|Page \d+ of \d+(?: [\d ]{1,40}(?:Next >)?)?"
    r"|Unwatch Thread|Page / \d+|pages?: \d+(?: \d+)*|top topics|Show Ignored Content|Post Reply"
    r"|Share this (?:great )?(?:discussion|thread) with others via .{1,80}|Have something to add\?"
    r"|(?:[^\t]{1,30}\t+){3,}[^\t]{1,30}"  # (the thread's tools, a tab apart: "LinkBack  Thread Tools  Display Modes")
    rf"|Copyright ©.{{0,100}}|https?://\S+|{_OTHER_THREADS.pattern}"
    r"|Reply to Topic|Sign in to reply to this topic|(?:[^|\n]{1,30} \| ){3,}[^|\n]{1,30}"  # (the board's links)
    r"|Topic List \| Page List:.{0,40}|More topics from this board(?:\.\.\.|…)?|You['’]re browsing .{1,40} as a guest\b.{0,200}", re.I)
#: A board's notice to guests over the thread: it welcomes them, asks them to register or log in.
_GUEST_NOTICE = re.compile(r"\bregist(?:er|ration)\b|\bfirst visit\b|\blog(?:ged)? ?in\b|\bsign (?:up|in)\b|^Welcome to\b"
                           r"|\bour community\b", re.I)
#: At most this many words of prose (a board's or list's description, a site's tagline) may come before
#: the first poster line.
_PROSE_WORDS = 40

#: Under a message's sender and time: the recipient ("to desi-policy-circle"), the message number ("#4411").
MAIL_HEAD_EXTRA = re.compile(r"to(?: \S.{0,60})?|#\d+")
#: Where a message's own text ends: its buttons, its signature ("-- "), or the thread's.
MAIL_END = re.compile(r"--|Reply(?: all| to author| to [^\s:]{2,40})?|Like|More|Forward|Quote|Report|\d+|Sent from my .{1,60}", re.I)
#: Lines of the archive's page: an avatar's label, a skip link, a message's hashtags.
MAIL_CHROME = re.compile(r".{1,60}['’]s profile photo|Skip to .{1,60}|(?:#[\w-]+\s*)+|- (?:Hide|Show) quoted text -"
                         r"|\.\.\.|…")
#: A forwarded message's header lines.
FORWARD_HEAD = re.compile(r"-{2,}\s*Forwarded [Mm]essage\s*-{2,}|(?:Subject|Date|From|To|Cc):\s.{1,200}")
#: A reply's attribution of the lines it quotes: "On Fri, Nov 26, 2021 at 9:12 AM Name <address> wrote:".
ATTRIBUTION = re.compile(r"(?:On .{6,80}?\d(?:\s*[AP]\.?M\.?)?,? )?(?P<name>[^<>,\d]{2,60}?)\s*(?:<[^>]*>)?\s*wrote:", re.I)
#: A sender shown by an address, shortened as archives do ("nomad...@hotmail.com").
MAIL_ADDRESS = re.compile(r"[\w.+-]+(?:\.\.\.|…)?@[\w-]+(?:\.[\w-]+)+")


#: A post's head on one line, its parts between bars: "From: NAME | Posted: 5/4/2011 8:12:45 AM | Message Detail",
#: "NAME (Topic Creator) | Posted 1/1/2018 6:05:33 PM | #002" (GameFAQs).
_PIPED_POSTER = re.compile(r"(?:From:\s*)?(?P<name>[^|()]{1,40}?)(?:\s*\((?:Topic Creator|Moderator|Admin)\))?"
                           r" \| Posted:? (?P<when>[^|]{6,40}?)(?: \| (?:Message Detail|#\d{1,6}|Quote|Report))*")


def poster(line: str) -> tuple[str, str] | None:
    """(name, time as written) of a poster line, else None."""
    if " on " in line and "(#" in line and (m := SLASH_POSTER.fullmatch(line)) and m["id"]:
        return _checked(m)
    if " On " in line and " by " in line and (m := SUBJECT_POSTER.fullmatch(line)):
        return m["name"], m["when"]
    if " | Posted" in line and (m := _PIPED_POSTER.fullmatch(line)):
        return _checked(m)
    if "\t" not in line and "   " not in line and " » " not in line:  # most lines: cheap test first
        return None
    return _checked(POSTER_BY.fullmatch(line) or POSTER_GAP.fullmatch(line))


def _checked(m: re.Match | None) -> tuple[str, str] | None:
    """(name, time) of a poster line's match when the time is a date with a time of day and the name a name."""
    if m is None or not _HAS_TIME.search(m["when"]) or parse_stamp(m["when"]) is None:
        return None
    name = markers.NAME_BADGE.sub("", m["name"].strip())  # (a post count: "harrier_jax  (1000+ posts)")
    if len(name.split()) > 4 or markers.SENTENCE_END.search(name) and not _INITIAL_END.search(name):  # ("Hina S.")
        return None
    return name, m["when"].strip()


def split_thread(lines: list[str], doc_id: str, path: str, meta=None) -> Page | None:
    """The Page of a forum thread or a mailing list's thread copied as text,
    or None when `lines` are not one: no poster line, prose before the
    first, or a first post too short to be the article."""
    if any("#" in ln and _GLUED_NUMBER.fullmatch(ln) for ln in lines):  # (a signature glued to the post's number:
        lines = [part for ln in lines for part in _unglued(ln)]  # "NAME, Jan 5, 2018#1": "NAME, Jan 5, 2018", "#1")
    if any("wrote:" in ln and _GLUED_WROTE.fullmatch(ln) for ln in lines):  # (a quote's label glued to its first
        lines = [part for ln in lines for part in _unglued_quote(ln)]  # line: phpBB's "NAME wrote:Maybe we …")
    posts = [(i, found) for i, ln in enumerate(lines) if ln and (found := poster(ln))]
    text_at: dict[int, int] = {}  # a poster line -> where its post's text starts, past the name and profile
    head_at: dict[int, int] = {}  # a poster line -> where its poster's block starts, when above it
    for i, (name, _) in posts:
        # (the poster's block over the line, opening with the name: phpBB 3's name, rank, "Registered: …", the
        # post's subject, "Quote", then "Post by NAME » DATE")
        block = list(itertools.takewhile(lambda k: lines[k], range(i - 1, max(-1, i - _POSTER_BLOCK_LINES), -1)))
        if block and lines[block[-1]] == name and (block[-1] == 0 or not lines[block[-1] - 1]):
            head_at[i] = block[-1]
    if not posts:
        posts, text_at, head_at = _numbered_posts(lines)
    if not posts:
        posts, text_at, head_at = _posted_on_posts(lines)
    if not posts:
        posts, text_at, head_at = _dated_under_stats(lines)
    if not posts:
        posts, text_at, head_at = _dated_below_posts(lines)
    if not posts:
        posts, text_at, head_at = _subject_dated_posts(lines)
    subjected = False  # (each post's head opens with its subject: Network54's)
    if not posts:
        posts, text_at, head_at = _subject_over_date_posts(lines)
        subjected = bool(posts)
    if not posts:
        return _mail_thread(lines, doc_id, path, meta)
    # (a box of the board's other threads closes this one: their starters and dates are no posts)
    closed = next((i for i in range(posts[0][0], len(lines)) if lines[i] and _OTHER_THREADS.fullmatch(lines[i])), None)
    if closed is not None:
        posts = [p for p in posts if p[0] < closed]
    if SLASH_POSTER.fullmatch(lines[posts[0][0]]):  # a slashcode story: its own poster line above the comments
        story = next(((i, found) for i in range(posts[0][0]) if lines[i] and (m := SLASH_POSTER.fullmatch(lines[i]))
                      and not m["id"] and (found := _checked(m))), None)
        if story is not None:
            posts.insert(0, story)
    first = head_at.get(posts[0][0], posts[0][0])
    subject = lines[first - 1] if first else ""  # (the thread's title over it, and over the page: no prose when it asks)
    # (a board's welcome to guests does not count: "Your voice is missing! You will need to register …")
    if _prose_words([ln for ln in lines[:first] if ln != subject and not _GUEST_NOTICE.search(ln)]) > _PROSE_WORDS:
        return None
    end = next((i for i in range(posts[-1][0] + 1, len(lines)) if lines[i] and BOARD_FOOTER.fullmatch(lines[i])),
               len(lines))
    starts = [head_at.get(i, i) for i, _ in posts] + [end]
    texts: list[list[str]] = []
    subjects: list[str] = []
    subject_of: dict[int, str] = {}  # a post's subject line, when it has one
    if subjected:
        subject_of.update({k: lines[i - 1] for k, (i, _) in enumerate(posts) if k})
    for k, (i, _) in enumerate(posts):
        own = lines[text_at.get(i, i + 1):starts[k + 1]]
        opening = next((n for n, ln in enumerate(own) if ln), None)
        if opening is not None and (m := _POST_ICON_TEXT.match(own[opening])):
            # the post icon's text over its text or before its subject ("Default", "Default Re: …")
            rest = own[opening][m.end():]
            if REPLY_SUBJECT.fullmatch(rest):
                subjects.append(rest)
                subject_of.setdefault(k, rest)
            own = own[:opening] + ([rest] if rest and not REPLY_SUBJECT.fullmatch(rest) else []) + own[opening + 1:]
        elif k and opening is not None and REPLY_SUBJECT.fullmatch(own[opening]):
            # a reply's subject over its text, under the poster's block ("Re: Kerry-Lugar Bill: …")
            subjects.append(own[opening])
            subject_of.setdefault(k, own[opening])
            own = own[opening + 1:]
        signed = i in head_at and head_at[i] != i
        # the next post's subject line sits at the end of this one (and this one's signed date, number and likes:
        # "NAME, Jan 1, 2018", "#1", "A and B like this.")
        if signed and k == len(posts) - 1 and len(own) >= 2 and own[-1] and own[-1] == own[-2] and _name_like(own[-1]):
            subjects += own[-2:]  # (the reply box's reader over its button, the name twice: "NAME", "NAME",
            own = own[:-2]  # "Post Reply")
        own, tail = _without_tail(own, signed)
        subjects += tail
        if tail and (REPLY_SUBJECT.fullmatch(tail[0]) or SCORED_SUBJECT.fullmatch(tail[0])):
            subject_of.setdefault(k + 1, tail[0])
        # ("Edited on DATE by NAME", and the reason of a word or three under it, a line of its own: "typo")
        edits = [n for n, ln in enumerate(own) if ln and markers.EDIT_NOTE.fullmatch(ln)]
        reasons = [n + 1 for n in edits if n + 1 < len(own) and own[n + 1] and len(own[n + 1].split()) <= 3
                   and not markers.SENTENCE_END.search(own[n + 1])
                   and (n + 2 == len(own) or not own[n + 2] or POST_TAIL.fullmatch(own[n + 2])
                        or _is_boilerplate(own[n + 2], markers.SECTION_BOILERPLATE))]
        own = [ln for n, ln in enumerate(own) if n not in edits and n not in reasons]
        heading = [n for n, ln in enumerate(own) if ln][:2]  # (the post's share link under its icon and subject:
        own = [ln for n, ln in enumerate(own) if n not in heading or ln not in _SHARE_LINKS]  # "Default TITLE", "Link")
        # a post ends at its buttons ("Share", "Parent", "Tweet") or, for the story, where the article ends
        end = next((n for n, ln in enumerate(own) if ln and (_is_boilerplate(ln, markers.SECTION_BOILERPLATE)
                                                             or _is_boilerplate(ln, markers.ARTICLE_END)
                                                             or POST_TAIL.fullmatch(ln))), len(own))
        if signed and end < len(own):  # (the last post's signed date over the board's furniture)
            subjects += [ln for ln in own[end:] if ln]
            own, tail = _without_tail(own[:end], signed)
            subjects += tail
            end = len(own)
        # the poster's name again under the text, with its rank, over the profile fields ("Pratap", "BRFite",
        # "Posts: 1906"): no text either
        tail = [n for n in range(end) if own[n]][-(_TITLE_LINES + 1):]
        named = next((n for n in tail if own[n] == posts[k][1][0]), None)
        if end < len(own) and named is not None and not any(markers.SENTENCE_END.search(own[n]) for n in tail
                                                             if n > named):
            end = named
        subjects += [ln for ln in own[end:] if ln]
        texts.append(own[:end])
    for own in texts:
        while own and not own[-1]:
            own.pop()
    # a last line that closes two posts of one poster or more is its signature ("Small government, big sky."); so are
    # last lines set apart that do ("", "Mike", "USN 1978-2002")
    def last_lines(own: list[str]) -> int:
        apart = next((n for n in range(len(own) - 1, 0, -1) if not own[n]), None)
        return len(own) - apart - 1 if apart is not None and len(own) - apart - 1 <= _TITLE_LINES \
            and any(own[:apart]) else 1
    closing: dict[tuple[str, tuple[str, ...]], int] = {}
    for (_, (name, _)), own in zip(posts, texts):
        if len(own) >= 2:
            for n in {1, last_lines(own)}:
                closing[name, tuple(own[-n:])] = closing.get((name, tuple(own[-n:])), 0) + 1
    for (_, (name, _)), own in zip(posts, texts):
        if len(own) >= 2 and (n := max((n for n in {1, last_lines(own)} if closing[name, tuple(own[-n:])] >= 2),
                                       default=0)):
            subjects += own[-n:]
            del own[-n:]
    if head_at and any(_paragraphs_apart(own) for own in texts):
        # posts part their paragraphs with blank lines: a line stuck under a reply's last one is its signature
        for n, own in enumerate(texts):
            # (not the reply right under the lines it quotes: "Quote:", "Originally Posted by NAME", the quote, the
            # lines of an earlier post)
            earlier = " ".join(" ".join(ln.split()) for post in texts[:n] for ln in post if ln)
            quoted = next((q for q in range(len(own) - 1, -1, -1) if own[q] and QUOTE_LABEL.fullmatch(own[q])
                           and not _QUOTE_END.fullmatch(own[q])), None)
            def quoting(q: int) -> bool:  # (a quoted paragraph, or a blank line between two)
                return bool(own[q]) and (QUOTE_LABEL.fullmatch(own[q]) and not _QUOTE_END.fullmatch(own[q])
                                         or " ".join(own[q].split())[:60] in earlier) \
                    or not own[q] and q + 1 < len(own) and bool(own[q + 1]) and quoting(q + 1)
            while quoted is not None and quoted + 1 < len(own) and quoting(quoted + 1):
                quoted += 1
            if len(own) >= 2 and own[-2] and not QUOTE_LABEL.fullmatch(own[-2]) \
                    and (quoted is None or quoted < len(own) - 2) \
                    and (n or _paragraphs_apart(own) and (not markers.SENTENCE_END.search(own[-1])
                                                          or 2 * len(own[-1].split()) < len(own[-2].split()))):
                subjects.append(own.pop())  # (the story's too, when no sentence: "NAME | Islamabad | Civic 2009")
    for own in texts:  # a short line set apart by two blank lines or more under the text: the poster's signature
        if len(own) >= 4 and not own[-2] and not own[-3] and any(own[:-3]) \
                and len(own[-1].split()) <= _SIGNATURE_WORDS \
                and not _quote_alone(own[:-3]):  # (not the reply under its quote)
            subjects.append(own.pop())
        # (or by one, when it lists parts between bars or slashes: "Windows 7 x64 | Core i7 920 | 6GB DDR3")
        elif len(own) >= 3 and not own[-2] and any(own[:-2]) and _LISTED_SIGNATURE.fullmatch(own[-1]) \
                and not _quote_alone(own[:-2]):
            subjects.append(own.pop())
    if sum(len(ln.split()) for ln in texts[0]) < ARTICLE_MIN_WORDS:
        return None
    head = [ln for ln in lines[:first] if ln]
    opening = next((n for n, ln in enumerate(texts[0]) if ln), None)
    labelled = opening is not None and bool(_OPENING_LABEL.fullmatch(texts[0][opening]))
    if labelled:  # "Original message", over the subject: the subject is the title
        subjects.append(texts[0][opening])
        texts[0] = texts[0][opening + 1:]
    while head and (_is_boilerplate(head[-1], markers.SECTION_BOILERPLATE)  # ("Printer-friendly format")
                    or BOARD_FOOTER.fullmatch(head[-1])  # (the thread's tools over the first post)
                    # (its buttons and counters: "log in", "join", "share:", "19")
                    or markers.UI_WORD.fullmatch(head[-1]) or re.fullmatch(r"[\d,.]+|[a-z]+:?", head[-1])
                    or _THREAD_STAT.fullmatch(head[-1])  # ("Jump to Latest", "1K views", "last post by NAME DATE")
                    or THREAD_BYLINE.fullmatch(head[-1])  # ("By NAME, January 1, 2018 in FORUM")
                    or _THREAD_TOOL.fullmatch(head[-1].split("\t")[0])  # ("Watch", "Go to first unread", "Skip to page:";
                    # "Thread Tools<TAB>Display Modes")
                    or markers.BREADCRUMBS.fullmatch(head[-1].split("\t")[0])):  # ("Home » Discuss » Latest News")
        subjects.append(head.pop())
    title, body_lines = _subject([] if labelled else head, texts[0])
    if subjected:  # (the first post's subject, over its date)
        title = lines[posts[0][0] - 1]
    # (the title over the page, and again in the first post's head; or the page's line ends with it, or names it
    # the topic: the breadcrumbs' "… > TITLE", "Author<TAB>Topic: TITLE (Read 1874 times)")
    # (labelled in the post's head: phpBB 2's "Post subject: TITLE")
    first_head = lines[first:text_at.get(posts[0][0], posts[0][0])]
    repeated = next((ln for ln in (_SUBJECT_LABEL.sub("", ln) for ln in first_head)
                     if ln and len(ln.split()) >= 3 and _title_like(ln) and (ln in head or any(
                         h.endswith((f"> {ln}", f"» {ln}", f"› {ln}")) or f"Topic: {ln} " in h for h in head))), None)
    # (or the page names the topic on a line of its own: "Topic: TITLE")
    topic = next((m["title"] for h in head if (m := _TOPIC_LINE.fullmatch(h))), None)
    if (repeated or topic) is not None and not labelled:
        title = repeated or topic
    if title and "\t" in title:  # (the login form's column beside it: "TITLE<TAB>Password")
        title = title.split("\t")[0].strip()
    if title and len(trail := re.split(r"\s+[>»›]\s+", title)) >= 3 and len(trail[-1].split()) >= 3:
        title = trail[-1]  # (the board's trail ending with the thread's title: "Forums > Discussion > … > TITLE")
    body_lines, aside = _quoted_story(body_lines, title)
    if title:  # (the story's headline over it, the thread's title less the poster's words: "…, US says")
        title = next((ln for ln in aside if ln != title and title.startswith(ln)
                      and len(ln.split()) >= _HEADLINE_PREFIX_WORDS), title)
    subjects += aside
    if (m := SUBJECT_POSTER.fullmatch(lines[posts[0][0]])) is not None:  # the post's own subject, on its poster line
        title, body_lines = m["subject"], texts[0]
    boilerplate = [ln for ln in head if ln != title]
    body, dropped = [], []
    last = ""  # the last line read
    for ln in body_lines:
        # (and the pasted story's byline, with its outlet and place under it: "By NAME", "BBC News, Islamabad")
        outlet = last in dropped[-1:] and _is_byline(last) and "," in ln and len(ln.split()) <= _OUTLET_WORDS
        (dropped if ln and (SOURCE_LINK.fullmatch(ln) or _BARE_LINK.fullmatch(ln) or DEPT.fullmatch(ln)
                            or _is_boilerplate(ln, markers.BODY_BOILERPLATE)
                            or (_is_byline(ln) or outlet) and not markers.SENTENCE_END.search(ln)) else body).append(ln)
        last = ln or last
    seen = [" ".join(ln.split()) for ln in texts[0] if ln]
    story_text = " ".join(seen)
    # every numeric date on the page tells how the forum writes them ("Last Post: 02-14-2016" under the thread)
    when_of = stamp_reader([when for _, (_, when) in posts] + [ln for ln in lines if "-" in ln or "/" in ln])
    year = None
    if any(_NO_YEAR.search(when) for _, (_, when) in posts):
        # "6:05pm On Jun 21": this year's, as the page's own date line says ("Date: Wednesday, 23 June 2021")
        year = next((d.year for ln in lines[:first] if (d := find_article_date([ln.split("Date:")[-1].strip()]))), None)
    when_of = _board_times(when_of, year)
    comments = []
    topic_of: dict[int, str] = {}  # a comment's index -> its subject without "Re:" and score
    numbered: dict[str, int] = {}  # a reply's number, over its subject ("3. It is not that simple") -> its index
    for k, ((_, (name, when)), own) in enumerate(zip(posts[1:], texts[1:]), 1):
        # whom it answers, over its text: "Response to Reply #1", "Response to Original message"
        opening = next((n for n, ln in enumerate(own) if ln), None)
        target = (_REPLY_TO_POST.fullmatch(own[opening]) or markers.REPLY_TARGET.fullmatch(own[opening])) \
            if opening is not None else None
        if target:
            subjects.append(own[opening])
            own = own[opening + 1:]
        closing = next((n for n in range(len(own) - 1, -1, -1) if own[n]), None)
        if target is None and closing is not None and (target := _REPLY_TO_POST.fullmatch(own[closing])):
            subjects.append(own[closing])  # (or under it: "a reply to: NAME")
            own = own[:closing]
        kept = _without_quotes(own, seen)
        seen += [" ".join(ln.split()) for ln in own if ln]
        text = _join(kept)
        if text:
            topic, answering = _topic(subject_of.get(k))
            # "Re:Opsec beats tech" answers the last comment on "Opsec beats tech" (the thread's own title, every
            # reply's subject on some boards, answers none); a post quoting one answers it
            parent = next((c.index for c in reversed(comments) if answering and topic != title
                           and topic_of.get(c.index) == topic), None)
            label = next((n for n, ln in enumerate(own)
                          if ln and (m := QUOTED_POSTER.fullmatch(ln) or QUOTED_SAID.fullmatch(ln))), None)
            quoted = label is not None and (m["name"] or m.groupdict().get("orig") or m.groupdict().get("from")
                                            or m.groupdict().get("wrote") or m.groupdict().get("handle")
                                            or m.groupdict().get("ipb") or m.groupdict().get("quoting")
                                            or m.groupdict().get("ips") or m.groupdict().get("posted"))
            words = next((" ".join(ln.split()) for ln in own[label + 1:] if ln), "") if quoted else ""
            if parent is None and quoted and not (words and words in story_text):
                # (the one quoting the story, its poster's words, answers no comment)
                # (of that poster's comments, the latest holding the quoted words, else the latest)
                theirs = [c for c in reversed(comments) if c.author == quoted]
                parent = next((c.index for c in theirs if words and words in " ".join(c.text.split())),
                              theirs[0].index if theirs else None)
            if parent is None and target:
                answered = _REPLY_NUMBER.fullmatch(target["name"])
                parent = numbered.get(answered[1]) if answered else next(
                    (c.index for c in reversed(comments) if c.author == target["name"]), None)
            if parent is None and text.startswith("@"):  # ("@Anjali V a politician saying …")
                parent = _replied(comments, None, text)
            if m := _NUMBERED_SUBJECT.match(text):
                numbered[m[1]] = len(comments) + 1
            comments.append(Comment(index=len(comments) + 1, author=name, posted_at=when,
                                    posted_at_parsed=when_of(when), text=text, parent=parent))
            topic_of[len(comments)] = topic
    body_text = _join(body)
    # the pasted story's own date line first, then the first post's date, then a date in the story's link
    published, source = _article_date([ln for ln in dropped if not _BARE_LINK.fullmatch(ln)], [], meta, body_text)
    if published is None and (first_stamp := when_of(posts[0][1][1])) is not None:
        # (a numeric date the page's other dates leave open, read month first when the story names that weekday:
        # "05/03/2011" and "said Tuesday")
        # (not when the page's dates already read it month first)
        published, source = (month_first_reread(first_stamp.date(), lines, body_text)
                             if first_stamp == parse_stamp(posts[0][1][1]) else first_stamp.date()), "page"
    if published is None:
        published, source = _article_date(dropped, [], meta, body_text)
    trailer = [ln for ln in lines[end:] if ln]
    boilerplate += [ln for i, _ in posts for ln in lines[head_at.get(i, i):text_at.get(i, i + 1)] if ln] + subjects \
        + dropped + trailer
    precision = meta.date_precision if source == "metadata" and meta.date is not None else "day"
    article = Article(doc_id=doc_id, path=path, site=_detect_site("\n".join(lines), head + trailer, meta),
                      title=title, published=published, date_source=source, date_precision=precision, body=body_text)
    return Page(article=article, comments=tuple(comments), boilerplate=tuple(boilerplate))


#: A label over the story pasted into the first post as a quote: "Quote:", "NAME said:".
_STORY_QUOTE = re.compile(r"Quote:?|\S.{0,40} said:|(?:Quote:?\s+)?Originally Posted by .{1,60}", re.I)
#: The poster's own lines over it: at most this many, and this many words.
_INTRO_LINES, _INTRO_WORDS = 3, 60
#: ... but an intro of this many words or more is a paragraph of the poster's own, kept with the story.
_OWN_PARAGRAPH_WORDS = 25
#: The address a pasted link's card shows under its title and description: "www.northstarwire.com".
_CARD_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}")


#: A quote's label glued to the quote, copied from phpBB's quote box: "Steve_in_Ohio wrote:Maybe we should …".
_GLUED_WROTE = re.compile(r"(?P<label>[^\s:]{2,40}(?: [^\s:]{1,20}){0,2} wrote:)(?P<quote>[^\s↑].*)")
def _unglued_quote(line: str) -> list[str]:
    m = _GLUED_WROTE.fullmatch(line) if "wrote:" in line else None
    return [m["label"], m["quote"]] if m else [line]


#: A post's share link copied over its text.
_SHARE_LINKS = ("Link", "Share", "Permalink")


def _quote_alone(own: list[str]) -> bool:
    """`own` (a post's lines) is a quote only: its label, then the quoted lines, no blank line between them."""
    start = next((n for n, ln in enumerate(own) if ln), None)
    return start is not None and bool(QUOTE_LABEL.fullmatch(own[start])) and all(own[start:])


def _quoted_story(story: list[str], title: str | None) -> tuple[list[str], list[str]]:
    """(the first post's lines that hold the story, its poster's own lines around it) when the story is pasted as
    a quote: the poster's few lines over the quote's label or the headline again ("Interesting one from this
    evening's wires.", "Quote:"), the end of the quote and the poster's remark under it ("Click to expand...",
    "Well, this should be interesting."); and the card of a pasted link (its description over the site's
    address). Else (story, [])."""
    aside: list[str] = []
    closing = next((n for n, ln in enumerate(story) if ln and _QUOTE_END.fullmatch(ln)), None)
    if closing is not None and _prose_words(story[:closing]) >= ARTICLE_MIN_WORDS:
        aside.append(story[closing])  # (the poster's remark under it stays: the first post's own words)
        story = story[:closing] + story[closing + 1:]
    content = [n for n, ln in enumerate(story) if ln][:_INTRO_LINES + 1]
    # (or the headline again, over the pasted story; the thread's title may add the poster's words to it)
    label = next((n for n in content if _STORY_QUOTE.fullmatch(story[n]) or n and title and (
        story[n] == title or len(story[n].split()) >= _HEADLINE_PREFIX_WORDS and title.startswith(story[n]))), None)
    if label is not None and _prose_words(story[:label]) <= _INTRO_WORDS \
            and _prose_words(story[label + 1:]) >= ARTICLE_MIN_WORDS:
        if _prose_words(story[:label]) >= _OWN_PARAGRAPH_WORDS:  # (a paragraph of the poster's own stays)
            aside.append(story[label])
            story = story[:label] + story[label + 1:]
        else:
            aside += [ln for ln in story[:label + 1] if ln]
            story = story[label + 1:]
    source = next((n for n in range(len(story) - 1, -1, -1) if story[n] and SOURCE_LINK.fullmatch(story[n])), None)
    if source is not None and 0 < _prose_words(story[source + 1:]) <= _INTRO_WORDS \
            and _prose_words(story[:source]) >= ARTICLE_MIN_WORDS:
        aside += [ln for ln in story[source + 1:] if ln]  # (the poster's remark under the story's source line)
        story = story[:source + 1]
    domain = next((n for n in [n for n, ln in enumerate(story) if ln][:_INTRO_LINES + 1]
                   if _CARD_DOMAIN.fullmatch(story[n])), None)
    if domain is not None:
        above = [n for n in range(domain) if story[n]]
        card = above[-1:] if len(above) <= 2 else []  # (the description over it, under the title)
        # (or the address again under the card's title and description: XenForo's unfurled link)
        again = next((n for n in [n for n in range(domain + 1, len(story)) if story[n]][:3]
                      if story[n] == story[domain]), None)
        if again is not None and all(story[domain + 1:again]):
            card = list(range(domain + 1, again + 1))
        aside += [story[n] for n in card] + [story[domain]]
        story = [ln for n, ln in enumerate(story) if n != domain and n not in card]
    # (or closing the post, set apart: the site's name or address over the title and the description, or under them)
    end = len(story)
    while end and not story[end - 1]:
        end -= 1
    top = end
    while top and story[top - 1]:
        top -= 1
    if 2 <= end - top <= _CARD_LINES and top and (_CARD_DOMAIN.fullmatch(story[top])
                                                  or _CARD_DOMAIN.fullmatch(story[end - 1])):
        aside += story[top:end]
        story = story[:top]
    return story, aside


#: A pasted story's headline over it, the thread's title its first words: at least this many words.
_HEADLINE_PREFIX_WORDS = 4
#: A pasted link's card closing a post holds at most this many lines: "southasiawire.net", the title, the
#: description, "www.southasiawire.net".
_CARD_LINES = 4


_NO_YEAR = re.compile(r"On [A-Z][a-z]{2} \d{1,2}$")
#: The story's address alone on a line of the first post, its source.
_BARE_LINK = re.compile(r"https?://\S+")
#: A label over the thread's first post: "Original message".
_OPENING_LABEL = re.compile(r"Original (?:message|post)", re.I)
#: A reply named by its number ("Response to Reply #3"); the number over a reply's subject ("3. Not so simple") is
#: splitter._NUMBERED_SUBJECT's.
_REPLY_NUMBER = re.compile(r"Reply #(\d{1,5})")


_TIME_ON_DATE = re.compile(r"(?P<time>\d{1,2}:\d{2}\s*[ap]m) On (?P<date>.+)", re.I)


def _board_times(when_of, year: int | None):
    """`when_of`, reading a board's "6:22pm On Jun 21, 2021" as "Jun 21, 2021 6:22pm" (the time kept), and
    "6:05pm On Jun 21" as one of `year`."""
    def read(when: str):
        if (m := _TIME_ON_DATE.fullmatch(when)) is None:
            return when_of(when)
        date = f"{m['date']}, {year}" if year and _NO_YEAR.search(when) else m["date"]
        return when_of(f"{date} {m['time']}")
    return read


def _numbered_posts(lines: list[str]) -> tuple[list[tuple[int, tuple[str, str]]], dict[int, int], dict[int, int]]:
    """The posts of a thread whose posts are numbered, copied as text: (the
    date line's index, (name, time)) of each, where each one's text starts
    (past the poster's block) and, when the poster's block is above the date,
    where it starts. vBulletin's thread view: "05-03-2016, 10:27 AM #1" over
    the name, the poster's title and "Join Date: …" fields; XenForo: the name,
    title and fields ("Joined", "Mar 14, 2009") over the date and "#1" on a
    line of its own. Empty when fewer than two posts."""
    posts, text_at, head_at = [], {}, {}
    for i, line in enumerate(lines):
        if not line or "#" not in line:
            continue
        if _LINKS_THEN_NUMBER.fullmatch(line) and (found := _name_over_date(lines, i)) is not None:
            # (IP.Board 2: the name, the date, "Show posts by this member only | Post #2", the rank and fields)
            name, stamp = found
            posts.append((stamp, (lines[name], lines[stamp])))
            text_at[stamp], head_at[stamp] = _past_profile(lines, i + 1), name
            continue
        if (m := _DOTTED_NUMBER.fullmatch(line)) and len(m["when"]) <= 40 and parse_stamp(m["when"]):
            # (the number and the date on one line under the name and its badge: "kamran.butt", "Discussion
            # Starter", "· #1 · Aug 31, 2021")
            name = i - 1
            while name > 0 and _STARTER.fullmatch(lines[name]):
                name -= 1
            if name >= 0 and lines[name] and _name_like(lines[name]):
                posts.append((i, (lines[name], m["when"])))
                text_at[i], head_at[i] = i + 1, name - (name > 0 and lines[name - 1] == lines[name][:1].upper())
                continue
        if _POST_NUMBER.fullmatch(line):
            if (dotted := _dotted_head(lines, i)) is not None:
                # (a head in a row of parts copied a line each: the name, its badge, "·", "#8", "·", "Sep 1, 2021")
                name, stamp = dotted
                posts.append((stamp, (lines[name], markers.STAMP_TAIL.sub("", lines[stamp]).strip())))  # ("(Edited)")
                text_at[stamp], head_at[stamp] = stamp + 1, name - (name > 0 and lines[name - 1] == lines[name][:1].upper())
                continue
            found = _poster_above(lines, i)
            if found is not None:
                stamp, name, top = found
                # (without its label: AR15.COM's "Link Posted: 1/1/2018 11:29:02 AM EDT" over "[#2]")
                posts.append((stamp, (lines[name], _LINK_POSTED.sub("", lines[stamp]))))
                text = i + 1  # (past the post's share link beside its number: XenForo's "#1", "Link")
                while text < len(lines) and (not lines[text] or lines[text] in ("Link", "Share", "Permalink")):
                    text += 1
                text_at[stamp], head_at[stamp] = text, top
                continue
            if (found := _signed_over_number(lines, i, posts)) is not None:
                # (or signed under its text, its poster's block over it: XenForo 1's name, title and fields,
                # the text, "NAME, Jan 1, 2018", "#1")
                name, stamp, text = found
                posts.append((stamp, (lines[name], _SIGNED_DATE.fullmatch(lines[stamp])["when"])))
                text_at[stamp], head_at[stamp] = text, name
                continue
            if (found := _posted_under(lines, i)) is not None:
                # (or the number over the poster's block and its "Posted DATE" line: IP.Board 3's "#2", the name,
                # the rank, "412 posts", "Location:Lahore", "Posted 08 October 2009 - 09:41 AM")
                name, stamp = found
                posts.append((i, (lines[name], _POSTED.fullmatch(lines[stamp])["when"])))
                text_at[i], head_at[i] = stamp + 1, i
                continue
            if (found := _poster_over_number(lines, i)) is not None:
                # (or the poster's block over the number, the date under it past the post's buttons: the name,
                # "Offline", "15", "Follow", "#2", "Report 05-05-2016 10:58")
                name, stamp, when, text = found
                posts.append((stamp, (lines[name], when)))
                text_at[stamp], head_at[stamp] = text, name
                continue
            # (or the number over the date and the poster's block: vBulletin 3's "#1", "10-07-2009, 11:26 PM", the
            # name, the title, "Join Date: Feb 2008")
            # (past the avatar's label over the name: "NAME's Avatar")
            below = [n for n in range(i + 1, min(len(lines), i + 7)) if lines[n] and not _AVATAR_LABEL.fullmatch(lines[n])][:2]
            when = _POST_ICON.sub("", lines[below[0]]) if below else ""
            # (the name with its online icon's text: "sajid_khi sajid_khi is offline")
            name = below and ((shown := _NAME_STATUS.fullmatch(lines[below[-1]])) and shown["name"] or lines[below[-1]])
            if len(below) == 2 and len(when) <= 40 and _HAS_TIME.search(when) and parse_stamp(when) \
                    and _name_like(name) and (k := _past_profile(lines, below[1] + 1)) > below[1] + 1:
                posts.append((below[0], (name, when)))
                text_at[below[0]], head_at[below[0]] = k, i
                continue
            # (or the date over the number, the poster's block under it: vBulletin 4's "04-07-2012, 10:18 AM",
            # "#1", the name, the title, "Join Date", "Sep 2008"; the status icon's label may open the date: "Old …")
            stamp = next((k for k in range(i - 1, max(-1, i - 3), -1) if lines[k]), None)
            j = next((j for j in range(i + 1, min(len(lines), i + 3)) if lines[j]), None)
            when = _POST_ICON.sub("", lines[stamp]) if stamp is not None else ""
            if j is not None and len(when) <= 40 and _HAS_TIME.search(when) and parse_stamp(when) \
                    and _name_like(lines[j]) and (k := _past_profile(lines, j + 1, guest=True)) > j + 1:
                posts.append((stamp, (lines[j], when)))
                text_at[stamp], head_at[stamp] = k, stamp
            continue
        if (m := NUMBERED_STAMP.fullmatch(line)) and not _HAS_TIME.search(m["when"]) and len(m["when"]) <= 20 \
                and parse_date_text(m["when"]) and (top := _poster_over_day(lines, i)) is not None:
            # (or a day and the number on one line under the poster's block, its name over its ranks: "nsmith_phd",
            # "Science Advisor", "Gold Member", "", "Jan 5, 2018 #3"; XenForo as Physics Forums shows it)
            posts.append((i, (lines[top], m["when"].strip())))
            text_at[i], head_at[i] = i + 1, top
            continue
        if not (m := NUMBERED_STAMP.fullmatch(line)) or not _HAS_TIME.search(m["when"]) or (
                parse_stamp(m["when"]) is None and not markers.POST_STAMP.fullmatch(m["when"])):  # ("Yesterday, 8:12 PM")
            continue
        j = next((j for j in range(i + 1, min(len(lines), i + 3)) if lines[j]), None)
        if j is not None and _AVATAR_LABEL.fullmatch(lines[j]):  # (the avatar's label over the name: "NAME's Avatar")
            j = next((n for n in range(j + 1, min(len(lines), j + 3)) if lines[n]), None)
        if j is None:
            continue
        # (the name, then its online icon's text: "kopi_siew_dai kopi_siew_dai is offline")
        name = (shown := _NAME_STATUS.fullmatch(lines[j])) and shown["name"] or lines[j]
        if not _name_like(name):
            continue
        posts.append((i, (name, m["when"].strip())))
        text = _past_profile(lines, j + 1)
        if text == j + 1:  # no fields: past the poster's title alone ("Member", "Junior Member", "Banned")
            while text < min(len(lines), j + 1 + _TITLE_LINES) and POSTER_TITLE.fullmatch(lines[text]):
                text += 1
        elif text < len(lines) and _reputation(lines[text], lines[j]):
            text += 1  # (under the fields, the poster's reputation: "NAME is on a distinguished road")
        text_at[i] = text
    return (posts, text_at, head_at) if len(posts) >= 2 else ([], {}, {})


def _poster_over_day(lines: list[str], stamp: int) -> int | None:
    """The name line of the poster's block over a post's day and number ("Jan 5, 2018 #3"), past a blank line and
    the poster's ranks, opening the block (under a blank line or the post above's likes: "Likes A and B"); else
    None."""
    k = stamp - 1
    while k >= 0 and not lines[k]:
        k -= 1
    if k == stamp - 1:
        return None
    top = k
    while top > 0 and top > k - _TITLE_LINES - 1 and lines[top - 1] and not _LIKED_BY.match(lines[top - 1]) \
            and (_RANK.fullmatch(lines[top]) or POSTER_TITLE.fullmatch(lines[top])):
        top -= 1
    if top < 0 or not _name_like(lines[top]) or top and lines[top - 1] and not _LIKED_BY.match(lines[top - 1]) \
            and not markers.SENTENCE_END.search(lines[top - 1]):
        return None
    return top


#: A post's likes under it, as XenForo shows them to guests: "Likes ubaid_k and Gwyn_ap_Rhys".
_LIKED_BY = re.compile(r"Likes [\w.'’-]{2,40}(?:, [\w.'’-]{2,40})*(?: and (?:[\w.'’-]{2,40}|\d+ others?))?$")


def _without_tail(own: list[str], signed: bool) -> tuple[list[str], list[str]]:
    """(a post's lines without the lines closing it, those lines, last first): blank lines, the next post's
    subject, and a post signed under its text its signed date, number, likes and ratings ("NAME, Jan 1, 2018",
    "#1", "A and B like this.", "Agree x 2", "List")."""
    tail = []
    while own and (not own[-1] or REPLY_SUBJECT.fullmatch(own[-1]) or SCORED_SUBJECT.fullmatch(own[-1])
                   or _LIKED_BY.match(own[-1])
                   or signed and (_POST_NUMBER.fullmatch(own[-1]) or _LIKES.fullmatch(own[-1])
                                  or _RATED.fullmatch(own[-1]) or _SIGNED_DATE.fullmatch(own[-1]))):
        if own[-1]:
            tail.append(own[-1])
        own = own[:-1]
    return own, tail


#: A post's writer and date under its text, over its number (XenForo 1): "CapeCodCynic, Jan 1, 2018".
#: XenForo 1's signature under a post glued to its number: "Brazos Bill, Jan 5, 2018#1".
_GLUED_NUMBER = re.compile(r"(?P<signed>\S.{0,40}?, [A-Z][a-z]{2} \d{1,2}, \d{4}(?:(?: at)? \d{1,2}:\d{2}\s*[AP]M)?)(?P<number>#\d{1,6})")
def _unglued(line: str) -> list[str]:
    m = _GLUED_NUMBER.fullmatch(line) if "#" in line else None
    return [m["signed"], m["number"]] if m else [line]


_SIGNED_DATE = re.compile(r"(?P<name>\S.{0,40}?), (?P<when>[A-Z][a-z]{2} \d{1,2}, \d{4}(?:(?: at)? \d{1,2}:\d{2}\s*[AP]M)?"
                          r"|(?P<day>(?:Yester|To|Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day) at \d{1,2}:\d{2}\s*[AP]M)"
                          r"(?: Report)?")  # (this week's posts by their day: "NAME, Tuesday at 10:14 PM")
#: Who liked a post, under its number: "Bullseye_TX, RedStateRanger and Grey_Goose like this."
_LIKES = re.compile(r".{1,300} likes? this\.")
#: ...or the ratings it got, each with its count, and the link listing them: "Winner x 3", "Agree x 2", "List".
_RATED = re.compile(r"(?:[A-Z][a-z]+(?: [A-Za-z][a-z]+)? x \d{1,5}\s*)+|List")  # (or the icon's label first: "Like Like x 2")


def _signed_over_number(lines: list[str], number: int, posts: list) -> tuple[int, int, int] | None:
    """(the name line at the top of the poster's block, the signed date line, where the text starts) of a post
    signed under its text right over its number line, the block with the same name over the text; else None."""
    stamp = number - 1
    while stamp >= 0 and not lines[stamp]:
        stamp -= 1
    if stamp < 0 or not (m := _SIGNED_DATE.fullmatch(lines[stamp])) \
            or not m["day"] and parse_date_text(m["when"]) is None:
        return None
    floor = max([p for p, _ in posts] + [-1])  # (within this post: under the one before)
    for k in range(stamp - 1, max(floor, stamp - _POST_LINES), -1):
        if lines[k] == m["name"] and (text := _past_profile(lines, k + 1)) > k + 1:
            return (k - 1 if k and lines[k - 1] == lines[k] else k), stamp, text  # (the name twice: its avatar's text)
    for k in range(stamp - 1, max(floor, stamp - _POST_LINES), -1):
        if lines[k] == m["name"] and (k == 0 or not lines[k - 1]
                                      or _is_boilerplate(lines[k - 1], markers.SECTION_BOILERPLATE)
                                      # (the post above's likes, "A and B like this."; a tag over the first post)
                                      or _LIKES_LINE.fullmatch(lines[k - 1]) or POST_TAIL.fullmatch(lines[k - 1])
                                      or _POST_NUMBER.fullmatch(lines[k - 1])  # ("#8 Like + Quote Reply")
                                      or len(lines[k - 1].split()) <= 2 and not markers.SENTENCE_END.search(lines[k - 1])):
            # (or only the board's own ranks under the name, set apart over it: "Goatman_Jock", "War Hero",
            # "Book Reviewer", the text, "Goatman_Jock, Jul 4, 2012")
            text = k + 1
            twice = k > 0 and lines[k - 1] == lines[k]  # (the name twice, as above)
            while text < stamp and text - k <= _TITLE_LINES and (_RANK.fullmatch(lines[text])
                                                                 or twice and text == k + 1 and _own_title(lines[text])):
                text += 1  # (under the name twice, a title of the poster's own words: "The Earl Of Something")
            return k - twice, stamp, text
    return None


#: A post's number on a line of its own, its buttons after it (XenForo 1: "#1 Like Reply"; vBulletin 3: "#2 (permalink)").
_POST_NUMBER = re.compile(rf"\[?{markers.POST_NUMBER.pattern}\]?(?:\s+(?:Like|Unlike|Reply|\+?\s?Quote|Report|Share|\(permalink\)))*")
#: An avatar's label over the poster's name: "Tartan_Toerag's Avatar".
_AVATAR_LABEL = re.compile(r"\S.{0,40}['’]s? Avatar")
def _own_title(line: str) -> bool:
    """A title of a poster's own words under the name, no sentence: "Where did my carrier go", "The Earl Of Something"."""
    return len(line.split()) <= 8 and not markers.SENTENCE_END.search(line)


#: A rank of the board's own under a poster's name: a few capitalised words, no sentence ("War Hero", "Old-Salt", "LE").
_RANK = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}\+{0,2}")  # (a subscriber's "Subscriptor++")


_POST_LINES = 80
#: XenForo 1's likes under a post: "Hamza_K, Rajesh_PMB and 4 others like this.", "Faisal_Jhb likes this."
_LIKES_LINE = re.compile(r"\S.{0,200} likes? this\.?")
#: A post's time line under its poster's block: "Posted 08 October 2009 - 09:41 AM" (IP.Board).
_POSTED = re.compile(r"Posted:?\s+(?P<when>.{8,40})")
#: The poster's block holds at most this many lines between the name and the time line.
_POSTER_BLOCK_LINES = 20


def _posted_under(lines: list[str], number: int) -> tuple[int, int] | None:
    """(the name line, the time line) of a poster's block under a post's number line: the name, short lines of
    rank, group and profile, then "Posted DATE"; None when there is no such block."""
    name = next((j for j in range(number + 1, min(len(lines), number + 3)) if lines[j]), None)
    if name is None or not _name_like(lines[name]):
        return None
    for k in range(name + 1, min(len(lines), name + _POSTER_BLOCK_LINES)):
        if not lines[k]:
            continue
        if (m := _POSTED.fullmatch(lines[k])) and _HAS_TIME.search(m["when"]) and (
                parse_stamp(m["when"]) or markers.POST_STAMP.fullmatch(m["when"])):  # ("Yesterday, 12:15 AM")
            return name, k
        if len(lines[k].split()) > _TITLE_WORDS or markers.SENTENCE_END.search(lines[k]):
            return None
    return None


#: A guest's title alone under the name, no profile fields under it.
_GUEST = re.compile(r"Guest|Unregistered", re.I)
#: A vBulletin post icon's text opening the post: "Default", or before its subject: "Default Re: Army voices …".
_POST_ICON_TEXT = re.compile(r"Default(?:\s+|$)")
_TITLE_WORDS = 6
_SIGNATURE_WORDS = 12
#: A post's status icon's label copied before its date: "Old 10-08-2009, 09:15 AM" (vBulletin).
_POST_ICON = re.compile(r"^(?:Old|New)\s+(?=\d)")


#: A post's time under its poster's name (past blank lines and a counter of the poster's flags: "+34 more"), with a
#: "link" to the post under it (AboveTopSecret): "posted on Nov, 26 2011 @ 08:14 AM".
_POSTED_ON = re.compile(r"(?:posted (?:on )?|(?-i:post) )(?P<when>.{8,40})", re.I)  # (Invision 2's icon: "post DATE")
#: Invision 2's number of the post under its date: "Post #2".
_POST_NO = re.compile(r"Post #\d{1,6}")
#: A poster's count under the name: "User #131908", "2267 posts".
_POSTER_STAT = re.compile(r"(?:User|Member) #\d+|[\d,]+ posts?", re.I)
_FLAGS = re.compile(r"\+\d{1,5} more")
_HEAD_BUTTON = re.compile(r"Reply|Quote|Alert|Report")
_POST_LINK = re.compile(r"link|ref: \S{4,60}|edited .{8,40}|O\.P\.", re.I)  # (or its short address: "ref: whrl.pl/RcKzpQ")
#: Whom a post answers, over its text or under it: "reply to post by NAME", "a reply to: NAME".
_REPLY_TO_POST = re.compile(r"(?:a )?reply to(?: post by)?:?\s+(?P<name>\S{1,40})", re.I)


def _posted_on_posts(lines: list[str]) -> tuple[list[tuple[int, tuple[str, str]]], dict[int, int], dict[int, int]]:
    """The posts of a thread whose posts each open with the poster's name over a "posted on DATE" line (and its
    "link"), as `_numbered_posts` gives them; empty when fewer than two."""
    posts, text_at, head_at = [], {}, {}
    for i, line in enumerate(lines):
        if not line.startswith(("posted ", "Posted ", "post ")) or not (m := _POSTED_ON.fullmatch(line)) \
                or not _HAS_TIME.search(m["when"]) or parse_stamp(m["when"]) is None:
            continue
        above = [k for k in range(i - 1, max(-1, i - 8), -1) if lines[k] and not _FLAGS.fullmatch(lines[k])]
        # (the poster's block over it: the name, then "User #131908", "2267 posts" and the rank)
        block = list(itertools.takewhile(lambda k: lines[k], range(above[0], -1, -1))) if above else []
        if len(block) >= 2 and any(_POSTER_STAT.fullmatch(lines[k]) or _count_line(lines[k]) for k in block):
            above = [block[-1]]
        if not above or not _name_like(lines[above[0]]):  # (a name may end with an initial: "Mikko H.")
            continue
        posts.append((i, (lines[above[0]], m["when"].strip())))
        text_at[i] = i + 1
        while text_at[i] < len(lines) and (not lines[text_at[i]] or _POST_LINK.fullmatch(lines[text_at[i]])
                                           or _HEAD_BUTTON.fullmatch(lines[text_at[i]])):
            text_at[i] += 1  # (its link, its edit line, the original poster's mark: "ref: …", "edited …", "O.P.";
            # its buttons a line each: "Reply", "Quote", "Alert", "Link")
        if text_at[i] < len(lines) and _POST_NO.fullmatch(lines[text_at[i]]):
            # (Invision 2: the post's number, then the poster's rank and fields: "Post #2", "Crew", "Group: Members")
            start = next((k for k in range(text_at[i] + 1, len(lines)) if lines[k]), len(lines))
            text_at[i] = next((k for k in range(_past_profile(lines, start), len(lines)) if lines[k]), len(lines))
        head_at[i] = above[0]
    return (posts, text_at, head_at) if len(posts) >= 2 else ([], {}, {})


#: A post's note that it was edited, under its date: "edited August 16, 2021 6:35PM".
_EDITED = re.compile(r"edited .{8,40}", re.I)
#: A poster's stats a line each under the name: "2,874 posts", "118 months", "Original Poster:".
_STAT_LINE = re.compile(r"[\d,]+ (?:posts?|months?|years?|days?)|Original Poster:?", re.I)
#: A post's buttons under its date, over its text: "quotequote all".
_QUOTE_BUTTONS = re.compile(r"(?:quote\s*){1,2}(?:all)?", re.I)


#: A poster's rank shown as stars under the name: "✭✭".
_STARS = re.compile(r"[✭★☆✩✪⭐]{1,6}")
#: A post's date with the thread's category after it, opening the thread: "August 16, 2021 6:02PM in Current Affairs".
_DATE_IN = re.compile(r"(?P<when>.{8,40}?) in [A-Z][\w&',-]*(?: [\w&',-]+){0,4}")


def _head_stat(line: str) -> bool:
    """A line of the poster's block between the name and the post's date: a count ("2,874 posts", "Posts: 2,884"),
    a title ("Forum Member") or stars."""
    return bool(_count_line(line) or POSTER_TITLE.fullmatch(line) or _STARS.fullmatch(line))


def _count_line(line: str) -> bool:
    """A poster's count or known field under the name: "2,874 posts", "Posts: 2,884" (not "Posted by: NAME")."""
    return bool(_STAT_LINE.fullmatch(line)
                or PROFILE_FIELD.fullmatch(line) and PROFILE_LABEL.fullmatch(line.split(":", 1)[0] + ":"))


def _dated_under_stats(lines: list[str]) -> tuple[list[tuple[int, tuple[str, str]]], dict[int, int], dict[int, int]]:
    """The posts of a thread whose posts each open with the poster's name over a stat a line ("2,874 posts",
    "118 months"; or "Posts: 2,884", "Forum Member", "✭✭") and the post's date ("Monday 2nd May 2011", then
    "quotequote all" or "edited DATE"), as `_numbered_posts` gives them; empty when fewer than two."""
    posts, text_at, head_at = [], {}, {}
    for i, line in enumerate(lines):
        when = (m := _DATE_IN.fullmatch(line)) and m["when"] or line
        if not line or len(when) > 40 or markers.SENTENCE_END.search(when) or parse_date_text(when) is None:
            continue
        above = [k for k in range(i - 1, max(-1, i - 12), -1) if lines[k]][:6]
        # (the poster's country right over the date: "User ID: 1383392", "United States", "05/03/2011 06:48 AM")
        placed = int(len(above) > 1 and bool(_RANK.fullmatch(lines[above[0]])) and len(lines[above[0]]) <= 30
                     and _count_line(lines[above[1]]))
        # (with the board's own fields among them: "Tribus: Columbus, OH", "Registered: Mar 14, 2003", "Posts: 3812")
        # (and a bare count, the poster's reputation: "402", Invision 4's)
        stats = list(itertools.takewhile(lambda k: _head_stat(lines[k]) or PROFILE_FIELD.fullmatch(lines[k])
                                         or _BARE_COUNT.fullmatch(lines[k]), above[placed:]))
        if not any(_count_line(lines[k]) for k in stats) \
                or placed + len(stats) == len(above) or not _name_like(lines[above[placed + len(stats)]]):
            continue
        name = above[placed + len(stats)]
        if name >= 1 and lines[name - 1] and _name_like(lines[name - 1]) and (name == 1 or not lines[name - 2]
                                                          or POST_TAIL.fullmatch(lines[name - 2])
                                                          or lines[name - 2] == lines[name - 1]):
            name -= 1  # (the poster's rank of the board's own under the name, maybe shown twice: "Ars Scholae
            # Palatinae"; "Hamza_K", "Hamza_K", "Crew")
        if name >= 1 and lines[name - 1] == lines[name]:
            name -= 1  # (the name shown twice: its avatar's label, then the name)
        posts.append((i, (lines[name], markers.STAMP_TAIL.sub("", _LINK_POSTED.sub("", when)))))  # ("… (edited)")
        text = i + 1
        while text < len(lines) and (not lines[text] or _QUOTE_BUTTONS.fullmatch(lines[text])
                                     or _POST_BUTTONS.fullmatch(lines[text])
                                     or markers.EDIT_NOTE.fullmatch(lines[text]) or _EDITED.fullmatch(lines[text])):
            text += 1
        text_at[i], head_at[i] = text, name
    return _ranked(lines, posts, text_at, head_at) if len(posts) >= 2 else ([], {}, {})


def _ranked(lines: list[str], posts: list, text_at: dict[int, int], head_at: dict[int, int]):
    """`_dated_under_stats`' posts with the poster's rank moved off the name: a name-like line over the stats that
    sits under two names or more is the board's rank ("Distinguished"), the name over it; so is one under a name
    right below the line that closes the posts so ranked. A guest's name right below that line over a date, with
    no stats, opens a post of its own."""
    def over(head: int) -> str | None:
        return lines[head - 1] if head >= 1 and lines[head - 1] and _name_like(lines[head - 1]) else None
    names: dict[str, set[str]] = {}
    under: dict[str, set[str]] = {}  # (a line over two names or more closes posts: "Share on other sites")
    for i, _ in posts:
        if (name := over(head_at[i])) is not None:
            names.setdefault(lines[head_at[i]], set()).add(name)
            under.setdefault(name, set()).add(lines[head_at[i]])
    ranks = {rank for rank, above in names.items() if sum(len(under[name]) == 1 for name in above) >= 2}
    if not ranks:
        return posts, text_at, head_at
    closing = {lines[head_at[i] - 2] for i, _ in posts if lines[head_at[i]] in ranks and head_at[i] >= 2}

    def closed(k: int) -> bool:  # (an advertisement's label may come between: "Alert", "Advertisement")
        return k >= 0 and (lines[k] in closing or k >= 1 and _is_boilerplate(lines[k], markers.SECTION_BOILERPLATE)
                           and lines[k - 1] in closing)
    found = {}
    for i, (name, when) in posts:
        head = head_at[i]
        if lines[head] in ranks or over(head) and closed(head - 2) and lines[head - 1] not in closing:
            head -= 1
        found[i] = (lines[head], when), head
    for i, line in enumerate(lines):  # (a guest's post: "Anonymous", "May 2, 2011 8:31:09 AM", its text)
        if i >= 2 and i not in found and line and len(line) <= 40 and closed(i - 2) and _HAS_TIME.search(line) \
                and _name_like(lines[i - 1]) and lines[i - 1] not in closing and parse_stamp(line) is not None:
            found[i] = (lines[i - 1], line), i - 1
            text_at[i] = i + 1
    order = sorted(found)
    return [(i, found[i][0]) for i in order], text_at, {i: found[i][1] for i in order}


_BARE_COUNT = re.compile(r"[\d,]{1,9}")
#: A signature listing the poster's things between bars or slashes, no sentence ("Ubuntu 10.10 / Win7 - ThinkPad
#: T410"), or a saying in quotes.
_LISTED_SIGNATURE = re.compile(r"(?=.{5,120}$)(?!.*[.!?]$)[^|/]{1,40}(?:\s[|/]\s[^|/]{1,40}){1,6}"
                               r"|[\"“][^\"“”]{10,200}[\"”](?:\s*[-—–]\s*\S.{0,40})?")  # (or a saying in quotes)
_SUBJECT_LABEL = re.compile(r"^Post subject:\s*")
#: phpBB 2's subject line and buttons between a post's date and its text: "Post subject: Re: …", "Reply with quote".
_POST_BUTTONS = re.compile(r"Post subject: .{1,200}|Reply with quote|Report (?:this )?post|Report (?:Abusive Post|Copyright Violation)",
                           re.I)  # (Godlike Productions': "Report Abusive Post", "Report Copyright Violation")
#: A poster's own title under the name and the date they joined, set apart, is at most this many words.
_CUSTOM_TITLE_WORDS = 6


def _dated_below_posts(lines: list[str]) -> tuple[list[tuple[int, tuple[str, str]]], dict[int, int], dict[int, int]]:
    """The posts of a thread whose posts each open with the poster's name over the date they joined ("Red Crescent
    Moon", "Sep 9, 2005"; their own title may follow, set apart: "one thread, one love") and close with a footer
    holding the post's date ("# ? May 2, 2011 05:41"), as `_numbered_posts` gives them, keyed by the footer; empty
    when fewer than two."""
    def joined(k: int) -> bool:  # the date the poster joined: a day, no time
        return len(lines[k]) <= 20 and not _HAS_TIME.search(lines[k]) and parse_date_text(lines[k]) is not None

    posts, text_at, head_at, start = [], {}, {}, 0
    for f, line in enumerate(lines):
        if not (line and (m := _FOOTER_DATE.fullmatch(line)) and parse_stamp(m["when"])):
            continue
        filled = [k for k in range(start, f) if lines[k]]
        name = next((a for a, b in zip(filled, filled[1:]) if _name_like(lines[a]) and joined(b)), None)
        start = f + 1
        if name is None:
            continue
        text = filled[filled.index(name) + 2:]
        # (the poster's own title, set apart over more text: "Quite Cross")
        if len(text) >= 2 and text[1] > text[0] + 1 and len(lines[text[0]].split()) <= _CUSTOM_TITLE_WORDS \
                and not markers.SENTENCE_END.search(lines[text[0]]) and not QUOTE_LABEL.fullmatch(lines[text[0]]):
            text = text[1:]
        posts.append((f, (lines[name], m["when"])))
        text_at[f], head_at[f] = text[0] if text else f, name
    return (posts, text_at, head_at) if len(posts) >= 2 else ([], {}, {})


#: vBulletin's reputation under a poster's fields, its words once for each mark: "NAME is a jewel in the rough"
#: three times over, "NAME is on a distinguished road".
_REPUTATION_WORDS = re.compile(r" (?:is|has|will) [a-z][a-z ,'’-]{3,60}")


def _reputation(line: str, name: str) -> bool:
    """`line` is `name`'s reputation: the name and a short phrase, once or repeated."""
    return line.startswith(name + " ") and bool(re.fullmatch(
        rf"(?:{re.escape(name)}(?P<words>{_REPUTATION_WORDS.pattern}))(?:\s*{re.escape(name)}(?P=words))*", line))


def _past_profile(lines: list[str], k: int, guest: bool = False) -> int:
    """Where the post's text starts under its poster's name, from line k: past the poster's title ("Senior Member")
    and profile fields ("Join Date: …", or a label over its value: "Join Date", "Sep 2008"); k when there are none
    (with `guest`, past a guest's title alone: "Guest")."""
    # (the avatar's label and its blank lines may sit between the title and the fields: "Registered User", "",
    # "NAME's Avatar", "", "Join Date: …")
    reach = k + _TITLE_LINES + 2 + 2 * any(_AVATAR_LABEL.fullmatch(ln) for ln in lines[k:k + _TITLE_LINES + 2])
    field = next((n for n in range(k, min(len(lines), reach)) if PROFILE_FIELD.fullmatch(lines[n])
                  or PROFILE_LABEL.fullmatch(lines[n]) or PROFILE_COUNT.fullmatch(lines[n])), None)
    if field is None:
        return k + 1 if guest and k < len(lines) and _GUEST.fullmatch(lines[k]) else k
    k = field
    while k < len(lines) and (not lines[k] or PROFILE_FIELD.fullmatch(lines[k])
                              or _profile_label(lines, k) or PROFILE_COUNT.fullmatch(lines[k])):
        if _profile_label(lines, k):  # a label over its value ("Join Date", "Jun 2010"), or over none
            value = next((n for n in range(k + 1, min(len(lines), k + 3)) if lines[n]), None)
            if value is not None and len(lines[value]) <= _FIELD_VALUE_CHARS \
                    and not PROFILE_LABEL.fullmatch(lines[value]) and lines[value - 1] \
                    and not QUOTED_SAID.fullmatch(lines[value]):  # (a flag shown as an icon, then "NAME said: ↑")
                k = value
        k += 1
    return k


#: A name ending in an initial, no sentence: "Vikram S.".
_INITIAL_END = re.compile(r"\s[A-Z]\.$")


def _name_like(line: str) -> bool:
    """A poster's name line: short, a few words, not a sentence (stricter than the comment splitter's)."""
    return len(line) <= 40 and len(line.split()) <= 4 and (not markers.SENTENCE_END.search(line)
                                                            or bool(_INITIAL_END.search(line)))  # ("Vikram S.")


#: The dot between a head's parts, copied on a line of its own.
_HEAD_DOT = re.compile(r"[·•|]")
#: A badge between the poster's name and its dot: "Discussion Starter", "Original Poster".
_STARTER = re.compile(r"Discussion Starter|Original Poster|Thread Starter|OP", re.I)


def _dotted_head(lines: list[str], number: int) -> tuple[int, int] | None:
    """(the name line, the date line) of a post whose head's parts are copied a line each, dots between them: the
    name (under its letter avatar), a badge, "·", the number, "·", the date; else None."""
    if not (0 < number < len(lines) - 2 and _HEAD_DOT.fullmatch(lines[number - 1])
            and _HEAD_DOT.fullmatch(lines[number + 1])):
        return None
    stamp, name = number + 2, number - 2
    if not (len(lines[stamp]) <= 40 and parse_stamp(lines[stamp])):
        return None
    while name > 0 and _STARTER.fullmatch(lines[name]):
        name -= 1
    return (name, stamp) if name >= 0 and _name_like(lines[name]) else None


#: A thread's counters and links over its first post: "Jump to Latest", "Follow", "1K views", "10 replies",
#: "9 participants", "last post by  NAME Sep 4, 2021".
_THREAD_STAT = re.compile(r"[\d.,]+[KkM]?\s+(?:views?|repl(?:y|ies)|participants?|posts?)|last post by\s+\S.{0,60}"
                          r"|Jump to (?:Latest|New)|Follow|Unfollow"
                          r"|Last (?:response|reply|post|activity):? .{5,80}", re.I)  # ("Last response: DATE in FORUM")
#: A post's number and date on one line, dots around the number: "· #3 · Aug 31, 2021".
_DOTTED_NUMBER = re.compile(r"[·•]?\s*#(?P<n>\d{1,6})\s*[·•]\s*(?P<when>\S.{3,40})")
#: The post's links ending in its number, under its date: "Show posts by this member only | IPv6 | Post #2".
_LINKS_THEN_NUMBER = re.compile(r"(?:[^|#]{1,40}\|\s*){1,4}Post\s+#\d{1,6}")


def _name_over_date(lines: list[str], links: int) -> tuple[int, int] | None:
    """(the name line, the date line) right over a post's links line, else None."""
    above = [n for n in range(links - 1, max(-1, links - 5), -1) if lines[n]][:2]
    if len(above) < 2:
        return None
    stamp, name = above
    return (name, stamp) if len(lines[stamp]) <= 40 and parse_stamp(lines[stamp]) and _name_like(lines[name]) else None


def _poster_above(lines: list[str], number: int) -> tuple[int, int, int] | None:
    """(the date line, the name line, the block's first line) of the poster's
    block above a post number line, or None when the line above the number is
    not a date or no name sits over the profile fields and titles."""
    stamp = number - 1
    while stamp >= 0 and (not lines[stamp] or _BOOKMARK.fullmatch(lines[stamp])  # (past "Add bookmark")
                          or _LAST_EDIT.fullmatch(lines[stamp])):  # (and SMF's "Last edit: DATE by NAME")
        stamp -= 1
    if stamp < 0 or len(lines[stamp]) > 40 or not (_HAS_TIME.search(lines[stamp]) or parse_stamp(lines[stamp])):
        return None
    found = _poster_over_date(lines, stamp)
    return found if found is not None else _poster_over_subject(lines, stamp)


#: A poster's name with the alternative text of the icon showing whether they are online: "NAME NAME is offline".
_NAME_STATUS = re.compile(r"(?P<name>\S.{0,40}?) (?P=name) is (?:offline|online(?: now)?)")
#: A date's label over a post's number: "Link Posted:", "Posted:".
_LINK_POSTED = re.compile(r"^(?:Link )?Posted:?\s+(?=\S)")
#: SMF's edit note between a post's date and its number: "Last edit: August 16, 2021, 03:40:07 PM by NAME".
_LAST_EDIT = re.compile(r"Last edit: .{5,60}? by \S.{0,60}")
#: An older SMF post's date line under its subject: "« on: November 27, 2011, 09:14:03 AM »", "« Reply #1 on: … »".
_SMF_STAMP = re.compile(r"«\s*(?:Reply #\d{1,6} )?on: (?P<when>\S.{7,40}?)\s*»")


def _subject_dated_posts(lines: list[str]) -> tuple[list[tuple[int, tuple[str, str]]], dict[int, int], dict[int, int]]:
    """The posts of an older SMF thread, each dated under its subject ("« Reply #1 on: DATE »"), its poster's
    block over the subject (see _poster_over_subject). Empty when fewer than two posts."""
    posts, text_at, head_at = [], {}, {}
    for i, line in enumerate(lines):
        if line and (m := _SMF_STAMP.fullmatch(line)) \
                and (parse_stamp(m["when"]) or markers.POST_STAMP.fullmatch(m["when"])) \
                and (found := _poster_over_subject(lines, i)) is not None:
            _, name, top = found
            posts.append((i, (lines[name], m["when"])))
            text_at[i], head_at[i] = i + 1, top
    return (posts, text_at, head_at) if len(posts) >= 2 else ([], {}, {})


#: A poster's login after the name, or its lack: "NAME  (Login nakhtar)", "Guest  (no login)" (Network54).
_LOGIN_TAG = re.compile(r"\s+\((?:Login \S{1,40}|no login)\)")


def _subject_over_date_posts(lines: list[str]) -> tuple[list[tuple[int, tuple[str, str]]], dict[int, int], dict[int, int]]:
    """The posts of a thread whose posts each open with their subject over the date over the poster's name (and
    login), then maybe the poster's title and "Response to SUBJECT", then the text: Network54's "Re: TITLE", "May 2
    2011 at 9:31 AM", "NAME  (Login kmahmood)". Empty when fewer than two posts."""
    posts, text_at, head_at = [], {}, {}
    for i in range(1, len(lines) - 2):
        line = lines[i]
        if "login)" not in lines[i + 1] and "(Login " not in lines[i + 1]:
            continue  # (cheap test first)
        tagged = _LOGIN_TAG.sub("", lines[i + 1])
        if not line or len(line) > 40 or not lines[i - 1] or not _HAS_TIME.search(line) or parse_stamp(line) is None \
                or tagged == lines[i + 1] or not _name_like(tagged) \
                or not _title_like(lines[i - 1]) and not REPLY_SUBJECT.fullmatch(lines[i - 1]):
            continue
        text = i + 2
        while text < len(lines) and lines[text] and (lines[text].startswith("Response to ") or len(
                lines[text].split()) <= _CUSTOM_TITLE_WORDS and not markers.SENTENCE_END.search(lines[text])):
            text += 1  # (the poster's title, "Forum Owner"; whom it answers, told by the subject too)
        posts.append((i, (tagged, line)))
        text_at[i], head_at[i] = text, i - 1
    return (posts, text_at, head_at) if len(posts) >= 2 else ([], {}, {})


def _poster_over_subject(lines: list[str], stamp: int) -> tuple[int, int, int] | None:
    """(the date line, the name line, the block's first line) of an SMF
    poster's block over the post's subject, the subject right over its date:
    the name, the rank, "Offline", "Activity: 1652", "Merit: 1380", the
    poster's own line set apart, the subject ("Re: …"), the date; or None."""
    subject = stamp - 1
    if subject < 1 or not lines[subject] or lines[subject - 1]:
        return None  # (the subject is set apart from the block above it)
    k = subject - 1
    while k >= 0 and not lines[k]:
        k -= 1
    if k >= 0 and not PROFILE_FIELD.fullmatch(lines[k]):  # the poster's own line ("Not your keys, not your coins")
        k -= 1
        if k < 0 or lines[k]:
            return None
    fields = 0
    while k >= 0 and (not lines[k] or PROFILE_FIELD.fullmatch(lines[k]) or _BLOCK_LINE.fullmatch(lines[k])):
        fields += bool(PROFILE_FIELD.fullmatch(lines[k]))
        k -= 1
    if not fields:
        return None
    if k > 0 and (POSTER_TITLE.fullmatch(lines[k]) or _RANK.fullmatch(lines[k])) and _name_like(lines[k - 1]):
        k -= 1  # (the rank: "Legendary", "Hero Member")
    if k < 0 or not _name_like(lines[k]) or POST_TAIL.fullmatch(lines[k]):
        return None
    return stamp, k, k


def _poster_over_date(lines: list[str], stamp: int) -> tuple[int, int, int] | None:
    """_poster_above's block right over the date line `stamp`."""
    # (the board's own ranks under a name shown twice, its avatar's text over it, or under its letter avatar:
    # "Auld_Hackit", "Auld_Hackit", "LE", "Book Reviewer"; "B", "Bad_CO", "War Hero")
    for j in range(stamp - 2, max(0, stamp - 2 - _TITLE_LINES) - 1, -1):
        # (the letter blanked already, splitter._without_avatar_initials: a blank line over the name and its ranks)
        if j > 0 and _name_like(lines[j]) and (lines[j - 1] == lines[j] or lines[j - 1] == lines[j][:1].upper()
                                               or not lines[j - 1] and j < stamp - 1) \
                and all(_RANK.fullmatch(lines[n]) for n in range(j + 1, stamp)):
            return stamp, j, j - 1
        # (or under the post above's reactions, no avatar's letter: "Reactions:", "NAME, NAME and 14 others")
        if j > 1 and _name_like(lines[j]) and lines[j - 1] and lines[j - 2] == "Reactions:" \
                and all(_RANK.fullmatch(lines[n]) for n in range(j + 1, stamp)):
            return stamp, j, j
    k = stamp - 1
    while k >= 0:  # the profile: labels, each with its value under it (or none, when the forum shows an icon)
        if not lines[k] or _profile_label(lines, k):
            k -= 1
        elif k > 0 and len(lines[k]) <= _FIELD_VALUE_CHARS and _profile_label(lines, k - 1):
            k -= 2
        else:
            break
    fields = k < stamp - 1
    # (or, unlabelled, the date the poster joined over the count of their posts: "Oct 25, 2017", "9,412", under
    # the name and the board's rank of its own: "JetsFanInExile", "Avenger")
    joined = k == stamp - 1 and k > 2 and bool(re.fullmatch(r"[\d,]{1,9}", lines[k])) \
        and not _HAS_TIME.search(lines[k - 1]) and len(lines[k - 1]) <= 20 and parse_date_text(lines[k - 1]) is not None
    if joined:
        k, fields = k - 2, True
    for _ in range(_TITLE_LINES + 1):  # the poster's titles and banners ("SENIOR MEMBER"; a guest's "Guest" alone)
        if k >= 0 and POSTER_TITLE.fullmatch(lines[k]) and (fields or k == stamp - 1 and k > 0 and lines[k - 1]):
            k -= 1
    if joined and k > 0 and k == stamp - 3 and _RANK.fullmatch(lines[k]) and lines[k - 1] and _name_like(lines[k - 1]):
        k -= 1
    elif fields and k > 1 and lines[k] and lines[k] != lines[k - 1] and _name_like(lines[k - 1]) \
            and (lines[k - 2] == lines[k - 1] or lines[k - 2] == lines[k - 1][:1].upper() or not lines[k - 2]) \
            and _own_title(lines[k]):
        k -= 1  # (a title of the poster's own words under the name shown twice or under its letter avatar, maybe
        # blanked already: "Hiryu", "Hiryu", "Where did my carrier go", "Joined")
    elif fields and k > 0 and re.fullmatch(r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?", lines[k]) and _name_like(lines[k - 1]) \
            and lines[k - 1] and not _REACTED.search(lines[k - 1]) and not re.search(r"\band\b|Reactions", lines[k - 1]) \
            and (k == 1 or not lines[k - 2] or lines[k - 2] == lines[k - 1][:1].upper()
                                  or not _name_like(lines[k - 2]) or _REACTED.search(lines[k - 2])
                                  or lines[k - 2].startswith("Reactions:")
                                  or _HEAD_BUTTON.fullmatch(lines[k - 2]) and not _HEAD_BUTTON.fullmatch(lines[k - 1])
                                  and not _is_boilerplate(lines[k], markers.SECTION_BOILERPLATE)
                                  or THREAD_BYLINE.fullmatch(lines[k - 2]) or markers.EDIT_NOTE.fullmatch(lines[k - 2])):
        k -= 1  # (a rank of the board's own over the labelled fields, the name over it: "Karachi_Kid", "Chieftain",
        # "Gone Fishin'")
    if k < 0:
        return None
    # (a name right over the time: under its letter avatar, "D", "Deleted member 71234", or the post above's
    # reactions, "Reactions: SassySue_AZ")
    over = next((lines[j] for j in range(k - 1, max(-1, k - 3), -1) if lines[j]), "")
    under = (len(over) == 1 and over.isupper() and lines[k][:1] == over or over.startswith("Reactions:")) \
        and not POST_TAIL.fullmatch(lines[k])
    if not any(lines[k + 1:stamp]) and not under or not _name_like(lines[k]):
        return None  # no profile or title under the name: a mailing list's message number ("#4411"), say
    top = k - 1 if k > 0 and len(lines[k - 1]) == 1 and lines[k - 1].isupper() else k  # a letter avatar
    return stamp, k, top


#: The line naming who reacted to a post: "Red Elk, Desi Padawan and 4 others", "Olaf Tryggvason, Mehreen".
_REACTED = re.compile(r"\band \d+ others?(?: (?:people|persons?))?$|^[^,]{2,30}(?:, [^,]{2,30})+$")
#: A post's date under its number, past the post's buttons: "Report Thread starter 05-05-2016 10:41", "Report 2 weeks ago".
_BUTTONS_DATE = re.compile(r"(?:(?:Report|Thread starter|Quote|Reply|Share|Bookmark|Permalink)\s+)*(?P<when>\S.{4,40})")
#: A line of the poster's block between the name and the post's number: the status, counts, a field's label with
#: its value shown as an icon, a button ("Offline", "15", "ReputationRep:", "Rep:", "?", "Follow").
_BLOCK_LINE = re.compile(r"Offline|Online|Follow|Unfollow|Share|Tweet|[\d,]{1,9}|\?|Rep(?:utation)?(?:Rep)?:?", re.I)


def _poster_over_number(lines: list[str], number: int) -> tuple[int, int, str, int] | None:
    """(the name line, the date line, the time, where the text starts) of a post whose poster's block (the name,
    then its status, counts and fields) sits over its number line and its date under it; else None."""
    def dated(n: int) -> bool:
        return bool((m := _BUTTONS_DATE.fullmatch(lines[n])) and _stamp(m["when"]))

    shown = [n for n in range(number + 1, min(len(lines), number + 4)) if lines[n]][:2]
    if len(shown) == 2 and not dated(shown[0]) and _title_like(lines[shown[0]]) and dated(shown[1]):
        shown = shown[1:]  # (the thread's title between them: "#1", "TITLE", "01-01-2018, 09:14 PM")
    below = shown[0] if shown else None
    if below is None or not (m := _BUTTONS_DATE.fullmatch(lines[below])) or _stamp(m["when"]) is None:
        return None
    k, block = number - 1, 0
    while k >= 0 and (not lines[k] or _BLOCK_LINE.fullmatch(lines[k]) or PROFILE_FIELD.fullmatch(lines[k])
                      or _profile_label(lines, k)):
        block += bool(lines[k])
        k -= 1
    for _ in range(_TITLE_LINES):  # (the poster's titles over the fields: "Senior Member", "Join Date: …", "Posts: …")
        if block and k > 0 and POSTER_TITLE.fullmatch(lines[k]) and _name_like(lines[k - 1]):
            k -= 1
    if block and k > 0 and not POSTER_TITLE.fullmatch(lines[k]) and _name_like(lines[k]) and _name_like(
            lines[k - 1]) and (k == 1 or not lines[k - 2] or POST_TAIL.fullmatch(lines[k - 2])):
        k -= 1  # (a title of the board's own under the name, the post above's end over it: "Generalissimo")
    if k < 0 or not block or not _name_like(lines[k]) or _is_boilerplate(lines[k], markers.SECTION_BOILERPLATE) \
            or POST_TAIL.fullmatch(lines[k]):
        return None  # (the post above's buttons: "Quote", "Multi-quote", "Thanks", "Report")
    text = below + 1
    while text < len(lines) and (not lines[text] or lines[text] == lines[number]):
        text += 1  # (the number again over the text: "#1")
    return k, below, m["when"], text


#: A label of the board's own among the known ones: "Political Leaning", "Thanks (Given)".
_OTHER_LABEL = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2}(?: \([A-Z][a-z]+\))?:?")


def _profile_label(lines: list[str], k: int) -> bool:
    """Line k labels a poster's profile field: a known label, or a board's own a few lines under one
    ("Gender", "Male", "Political Leaning", "Conservative")."""
    if PROFILE_LABEL.fullmatch(lines[k]):
        return True
    if not _OTHER_LABEL.fullmatch(lines[k]) or QUOTE_LABEL.fullmatch(lines[k]) and not (
            re.fullmatch(r"[A-Z][a-z]+:", lines[k]) and lines[k] != "Quote:"):  # (not a quote's label: "Quote:";
        return False  # but a word of the board's own is: "Politics:", "Other")
    for j in range(k - 1, max(0, k - _OTHER_LABEL_REACH) - 1, -1):  # (in the same block: no post's text between)
        if PROFILE_LABEL.fullmatch(lines[j]):
            return True
        if len(lines[j].split()) > _OTHER_LABEL_REACH and (markers.SENTENCE_END.search(lines[j])
                                                           or not markers.MENU_GAP.search(lines[j])):
            return False  # (a post's text ends the block, with or without its full stop: "lol the thread title …")
    return False


_OTHER_LABEL_REACH = 6
_BOOKMARK = re.compile(r"(?:Add |Remove )?[Bb]ookmark")


def _paragraphs_apart(own: list[str]) -> bool:
    """Whether a post's text holds paragraphs parted by a blank line."""
    text = [n for n, ln in enumerate(own) if ln]
    return any(b - a > 1 for a, b in zip(text, text[1:]))


def _topic(subject: str | None) -> tuple[str | None, bool]:
    """(the subject without "Re:" and its score, whether it is a reply's) of a post's subject line."""
    if subject is None:
        return None, False
    bare = re.sub(r"\s*\(Score:[^)]*\)$", "", subject)
    m = REPLY_SUBJECT.fullmatch(bare)
    return (re.sub(r"^(?:Re|RE|Aw|AW|Sv)\s*:\s*", "", bare).strip(), m is not None)


def _subject(head: list[str], post: list[str]) -> tuple[str | None, list[str]]:
    """(headline, the first post's lines without it): the post's subject line
    above its poster line, else a short first line of the post that does not
    end like a sentence, else the last breadcrumb ("-   -   Title (url)")."""
    # (past an ad's label over it: "Advertisements")
    first = next((k for k, ln in enumerate(post) if ln and not markers.AD_LABEL.fullmatch(ln)), None)
    if first is not None and _title_like(post[first]) and any(post[first] in h for h in head):
        return post[first], post[first + 1:]  # the thread's title, repeated over the first post ("Thread: …")
    started = next((k for k, ln in enumerate(head) if k and THREAD_BYLINE.fullmatch(ln) and _title_like(head[k - 1])), None)
    if started is not None:  # "Thread starter Name" under the thread's title
        return head[started - 1], post
    if head and _title_like(head[-1]) and not _crumb(head[-1]):
        return head[-1], post
    if first is not None and _title_like(post[first]) and not QUOTE_LABEL.fullmatch(post[first]):
        return post[first], post[first + 1:]
    crumbs = [_crumb(ln) for ln in head if _crumb(ln)]
    return (crumbs[-1] if crumbs else (head[0] if head else None)), post


_CRUMB = re.compile(r"(?:-\s+)+(?P<title>.+?)\s*\(https?://\S+\)")


def _crumb(line: str) -> str | None:
    m = _CRUMB.fullmatch(line)
    return m["title"] if m else None


def _title_like(line: str) -> bool:
    return (bool(line) and len(line) <= markers.TITLE_MAX_CHARS and not markers.TITLE_SENTENCE_END.fullmatch(line)
            and not line.startswith(("http://", "https://")) and not BOARD_FOOTER.fullmatch(line))


#: The quoted post's date under a quote's label is at most this long: "Tue Jan 02, 2018 8:47 am".
_QUOTE_DATE_CHARS = 40


def _without_quotes(lines: list[str], seen: list[str]) -> list[str]:
    """`lines` without quote labels and the quoted lines under them (blank
    lines and lines that repeat part of an earlier post)."""
    earlier = "\n".join(seen)
    kept: list[str] = []
    k = 0
    while k < len(lines):
        if lines[k].startswith(">"):  # a quoted line ("> No internet, no landline")
            k += 1
            continue
        if lines[k] and QUOTE_LABEL.fullmatch(lines[k]):
            k += 1
            # (the quoted post's date under its label: "NAME wrote: ↑", "Tue Jan 02, 2018 8:47 am")
            if k < len(lines) and len(lines[k]) <= _QUOTE_DATE_CHARS and parse_stamp(lines[k]):
                k += 1
            while k < len(lines) and (not lines[k] or QUOTE_LABEL.fullmatch(lines[k])
                                      or " ".join(lines[k].split()) in earlier):
                k += 1
            continue
        kept.append(lines[k])
        k += 1
    return kept


def _prose_words(lines: list[str]) -> int:
    """How many words `lines` hold in lines that end like sentences (notices such as "JavaScript is disabled…" left
    out, a board's notice over its "Dismiss Notice" button or under its "Notices" label)."""
    if "Dismiss Notice" in lines:
        lines = lines[len(lines) - lines[::-1].index("Dismiss Notice"):]
    for label in ("Forum rules", "Notices"):  # (and the rules or the board's notice under their label)
        if label in lines:
            k = lines.index(label)
            lines = lines[:k] + lines[k + 2:]
    return sum(len(ln.split()) for ln in lines if ln and markers.SENTENCE_END.search(ln)
               and not _is_boilerplate(ln, markers.BOILERPLATE) and not _is_boilerplate(ln, (_NOTICE,)))


def _mail_name(line: str) -> bool:
    """A sender's name on its own line: one to four capitalised words ("Margaret Olsen", "Fatima R."), or
    an address, shortened or not ("nomad...@hotmail.com"), or both ("Sara Qureshi <sara.q@example.com>",
    a webmail conversation's sender line)."""
    if MAIL_ADDRESS.fullmatch(line):
        return True
    line = _sender(line)
    words = line.split()
    return bool(_HANDLE.fullmatch(line)) or (
        0 < len(words) <= 4 and len(line) <= 40 and all(w[0].isupper() for w in words)
        and (not any(c.isdigit() for c in line) or bool(_NUMBERED_HANDLE.fullmatch(line)))
        and not line.endswith((":", "?", "!")))


def _sender(line: str) -> str:
    """The name a sender line shows: "Sara Qureshi" of "Sara Qureshi <sara.qureshi@hotmail.com>"; else the line."""
    m = FROM_NAME.fullmatch(line)
    return (m["name"] or m["paren"]).strip() if m else line


#: A webmail's age after a message's time: "Tue, Aug 17, 9:14 AM (2 days ago)".
_AGE_TAIL = re.compile(r"\s*\((?:\d+|an?) (?:minute|hour|day|week|month|year)s? ago\)$")
#: A one-word handle joined by an underscore or a dot ("vnair_blr", "Asad.Qureshi"), or in small letters.
_HANDLE = re.compile(r"[A-Za-z][A-Za-z\d]{1,20}(?:(?:_[A-Za-z\d]|\.[A-Z])[A-Za-z\d]{0,20}){1,3}"  # (not "Dawn.com")
                     r"|[a-z][a-z\d]{3,20}")  # (or all small letters: "tkaczmarek")
#: A one-word handle with a number in it: "Mangotango22", "Bangalore2Berkshire".
_NUMBERED_HANDLE = re.compile(r"[A-Z][A-Za-z_.-]{2,30}\d{1,4}(?:[A-Za-z_.-]{1,30})?")


def _mail_stamp(line: str) -> bool:
    """A message's date and time on their own line: "26 Nov 2021 9:12 a.m.", "10/21/22 7:58pm"."""
    line = _AGE_TAIL.sub("", line)  # (a date without its year, "Tue, Aug 17, 9:14 AM", is this year's)
    return len(line) <= 40 and bool(_HAS_TIME.search(line)) and len(line.split()) <= 6 and (
        parse_stamp(line) is not None or bool(markers.STAMP_EDGE.fullmatch(line)))


def _mail_heads(lines: list[str]):
    """(name line, first text line, name, time) of each message head, in order."""
    idx = [i for i, ln in enumerate(lines) if ln]
    for n, i in enumerate(idx[:-1]):
        if not _mail_name(lines[i]) or markers.COMMENT_BADGE.fullmatch(lines[i]) or _is_byline(lines[i]):
            continue  # (a story's byline over its date is no sender: "By Shahid Rafiq, Correspondent")
        k = n + 1
        if len(lines[idx[k]].split()) <= 2 and not _mail_stamp(lines[idx[k]]) and k + 1 < len(idx):
            k += 1  # "unread,", a badge ("OP")
        if not _mail_stamp(lines[idx[k]]) or _is_boilerplate(lines[i], markers.SECTION_BOILERPLATE):
            continue
        j = idx[k] + 1
        while j < len(lines) and (not lines[j] or MAIL_HEAD_EXTRA.fullmatch(lines[j])):
            j += 1
        yield i, j, _sender(lines[i]), lines[idx[k]]


def _mail_text(own: list[str]) -> tuple[list[str], list[str], str | None]:
    """(text lines, dropped lines, the quoted sender or None) of a message's lines."""
    end = next((k for k, ln in enumerate(own) if ln and (MAIL_END.fullmatch(ln.strip())
                                                          or _is_boilerplate(ln, markers.SECTION_BOILERPLATE))), len(own))
    kept, dropped, quoted = [], [ln for ln in own[end:] if ln], None
    for ln in own[:end]:
        if ln and (m := ATTRIBUTION.fullmatch(ln) or ARTICLE_ATTRIBUTION.fullmatch(ln)):
            quoted = quoted or (m["name"] or "").strip() or None
            dropped.append(ln)
        elif ln.startswith(">") or ln and MAIL_CHROME.fullmatch(ln):
            dropped.append(ln)
        else:
            kept.append(ln)
    # (an attribution under the signature: "-- ", the sender's title, then "On … Sara <…> wrote:")
    quoted = quoted or next(((m["name"] or "").strip() or None for ln in own[end:]
                             if ln and (m := ATTRIBUTION.fullmatch(ln))), None)
    return kept, dropped, quoted


#: A label over a thread's tags, a line each.
_TAGS_LABEL = re.compile(r"Tags?:?|Tagged(?: with)?:?", re.I)
#: A message's header lines in a Usenet or mail archive: "From: Name <addr>", "Date: Mon, 2 May 2011 14:05:33 +0500".
HEADER_LINE = re.compile(r"(?P<field>From|Newsgroups|Subject|Date|Message-ID|References|In-Reply-To|To|Cc|Reply-To"
                         r"|Organization|Lines|Sender|Path|NNTP-Posting-Host|X-[\w-]+):\s*(?P<value>.*)", re.I)
#: A sender in a From: header: "Name <addr>", "addr (Name)", or the address alone.
FROM_NAME = re.compile(r'"?(?P<name>[^"<>]+?)"?\s*<[^<>]+>|[^\s()]+@[^\s()]+\s*\((?P<paren>[^()]+)\)')
#: Quote attributions of newsreaders spread over a line or two: "In article <id@host>, Name",
#: '"Name" <addr> wrote in message news:id@host...'.
ARTICLE_ATTRIBUTION = re.compile(r"In article <[^>]+>,?\s*(?P<name>.*)|.{0,80}wrote in message news:\S+")


def _header_heads(lines: list[str]):
    """(first line, first text line, the sender's name, {field: value}) of each message headed
    by header lines (From:, Date:, ...) as Usenet and mail archives show them; the lines right
    above "From:" (the archive's name line, "Permalink") belong to the head."""
    i = 0
    while i < len(lines):
        m = HEADER_LINE.fullmatch(lines[i]) if lines[i] else None
        if m is None or m["field"].lower() != "from":
            i += 1
            continue
        fields, j = {}, i
        while j < len(lines) and lines[j] and (h := HEADER_LINE.fullmatch(lines[j])):
            fields.setdefault(h["field"].lower(), h["value"].strip())
            j += 1
        if "date" not in fields:
            i = j
            continue
        top = i
        while top > 0 and lines[top - 1] and len(lines[top - 1].split()) <= 6 \
                and not markers.SENTENCE_END.search(lines[top - 1]):
            top -= 1
        sender = FROM_NAME.fullmatch(fields["from"])
        name = (sender["name"] or sender["paren"]).strip() if sender else fields["from"]
        yield top, j, name, fields
        i = j


def _headed_messages(lines: list[str], heads: list, doc_id: str, path: str, meta=None) -> Page | None:
    """The Page of a thread of messages under header lines: the first message is the article (its
    Subject: the title, its Date: the date), every later one a comment answering the message its
    References: (or In-Reply-To:) name last, else the sender its quote's attribution names."""
    footer = next((i for i in range(heads[-1][1], len(lines)) if lines[i] and BOARD_FOOTER.fullmatch(lines[i])),
                  len(lines))
    stops = [h[0] for h in heads[1:]] + [footer]
    messages = []
    for (_, start, name, _), stop in zip(heads, stops):
        own = _joined_attributions(lines[start:stop])
        # the message ends at its sender's sign-off ("Sunil"), the archive's buttons or a row of its links
        signed = {name.lower(), name.split()[0].lower()}
        end = next((k for k, ln in enumerate(own) if ln and (ln.lower() in signed or _button_row(ln)
                                                            or len(markers.MENU_GAP.findall(ln)) >= 2)), len(own))
        kept, dropped, quoted = _mail_text(own[:end])
        messages.append((kept, dropped + [ln for ln in own[end:] if ln], quoted))
    article, dropped, _ = messages[0]
    if sum(len(ln.split()) for ln in article) < ARTICLE_MIN_WORDS or _prose_words(lines[:heads[0][0]]) > _PROSE_WORDS:
        return None
    fields = heads[0][3]
    title = re.sub(r"^(?:Re:\s*)+", "", fields.get("subject", ""), flags=re.I) or None
    body = [ln for ln in article if not (ln and (ln == title or _is_byline(ln)))]
    furniture = list(dropped) + [ln for ln in article if ln and (ln == title or _is_byline(ln))]
    index_of = {fields.get("message-id"): 0}  # the article's id: a reply to it has no parent
    comments: list[Comment] = []
    for (_, _, name, head), (text, gone, quoted) in zip(heads[1:], messages[1:]):
        furniture += gone
        if not _join(text):
            continue
        refs = (head.get("references") or head.get("in-reply-to") or "").split()
        if refs and refs[-1] in index_of:
            parent = index_of[refs[-1]] or None
        else:
            parent = next((c.index for c in reversed(comments) if quoted and quoted.startswith(c.author)), None)
        comments.append(Comment(index=len(comments) + 1, author=name, posted_at=head["date"],
                                posted_at_parsed=parse_stamp(head["date"]), text=_join(text), parent=parent))
        index_of[head.get("message-id")] = len(comments)
    body_text = _join(body)
    published, source = _article_date([], [], meta, body_text)
    if published is None and (stamp := parse_stamp(fields["date"])) is not None:
        published, source = stamp.date(), "page"
    head_lines = [ln for ln in lines[:heads[0][0]] if ln]
    trailer = [ln for ln in lines[footer:] if ln]
    boilerplate = head_lines + [ln for h in heads for ln in lines[h[0]:h[1]] if ln] + furniture + trailer
    precision = meta.date_precision if source == "metadata" and meta.date is not None else "day"
    page = Article(doc_id=doc_id, path=path, site=_detect_site("\n".join(lines), head_lines + trailer, meta),
                   title=title, published=published, date_source=source, date_precision=precision, body=body_text)
    return Page(article=page, comments=tuple(comments), boilerplate=tuple(boilerplate))


def _joined_attributions(own: list[str]) -> list[str]:
    """A message's lines with attributions wrapped by the newsreader put back on one line each ("On Sat, 26 Nov
    2011 18:40:12 +0500, Name <addr>" + "wrote:"; "In article <id>, Name" + "<addr> wrote:";
    '"Name" <addr> wrote in message' + "news:id...")."""
    out: list[str] = []
    for ln in own:
        if out and out[-1] and (ln == "wrote:" and out[-1].startswith("On ")
                                or ln.endswith("wrote:") and out[-1].startswith("In article <")
                                and not out[-1].endswith("wrote:")
                                or ln.startswith("news:") and out[-1].endswith("wrote in message")):
            out[-1] = f"{out[-1]} {ln}"
        else:
            out.append(ln)
    return out


def _button_row(line: str) -> bool:
    """An archive's row of buttons under a message: "Reply    Reply to author    Forward    Print"."""
    parts = [p for p in re.split(r"\s{2,}|\s+\|\s+", line.strip()) if p]
    return len(parts) >= 3 and bool(MAIL_END.fullmatch(parts[0])) and all(len(p.split()) <= 5 for p in parts)


def _mail_thread(lines: list[str], doc_id: str, path: str, meta=None) -> Page | None:
    """The Page of a mailing list's thread (see the module's docstring), else None."""
    if sum(1 for ln in lines if ln[:5].lower() == "from:") >= 2:
        headed = list(_header_heads(lines))
        if len(headed) >= 2:
            return _headed_messages(lines, headed, doc_id, path, meta)
    found = _mail_heads(lines)
    opening = next(found, None)
    # cheap test first: the article is a message, so no more than a list's description comes before the first
    if opening is None or _prose_words(lines[:opening[0]]) > _PROSE_WORDS:
        return None
    heads = [opening, *found]
    if len(heads) < 2:
        return None
    first = heads[0][0]
    starts = [h[0] for h in heads[1:]]
    footer = next((i for i in range(heads[-1][1], len(lines)) if lines[i] and BOARD_FOOTER.fullmatch(lines[i])),
                  len(lines))
    messages = [_mail_text(lines[h[1]:stop]) for h, stop in zip(heads, starts + [footer])]
    article, dropped, _ = messages[0]
    if sum(len(ln.split()) for ln in article) < ARTICLE_MIN_WORDS:
        return None
    head = [ln for ln in lines[:first] if ln]
    # (the thread's tags under its title, a label over them: "Tags:", "Pakistan", "Politics")
    tagged = next((n for n, ln in enumerate(head) if n and _TAGS_LABEL.fullmatch(ln) and _title_like(head[n - 1])), None)
    subject = [ln for ln in head[:tagged] if not (MAIL_CHROME.fullmatch(ln) or _THREAD_STAT.fullmatch(ln)
                                                  or markers.UI_WORD.fullmatch(ln)
                                                  or _is_boilerplate(ln, markers.SECTION_BOILERPLATE)
                                                  or _is_boilerplate(ln, markers.BODY_BOILERPLATE))]
    title = subject[-1] if subject and _title_like(subject[-1]) else None
    # a forwarded story's own subject ("Subject: US suspends $800 million…" in the forward's header)
    forwarded = next((m["value"].strip() for ln in article
                      if (m := HEADER_LINE.fullmatch(ln)) and m["field"].lower() == "subject" and m["value"].strip()), None)
    title = forwarded or title
    body, furniture = [], list(dropped)
    for ln in article:  # a forwarded story's header, its headline again, its byline and the newsletter's furniture
        (furniture if ln and (FORWARD_HEAD.fullmatch(ln) or ln == title or _is_byline(ln)
                              or _is_boilerplate(ln, markers.BODY_BOILERPLATE)
                              or _is_boilerplate(ln, markers.ARTICLE_END)) else body).append(ln)
    comments: list[Comment] = []
    body_text = _join(body)
    for (_, _, name, when), (text, gone, quoted) in zip(heads[1:], messages[1:]):
        furniture += gone
        # a reply opening with words of the post or of an earlier reply, copied without quote marks
        own, opened = _opening_quote(_unquoted(_join(text), [body_text]),
                                     [(c.author, c.posted_at, c.text, None) for c in comments])
        quoted = quoted or opened
        if own:
            parent = next((c.index for c in reversed(comments) if quoted and c.author == quoted), None)
            comments.append(Comment(index=len(comments) + 1, author=name, posted_at=when,
                                    posted_at_parsed=parse_stamp(when), text=own, parent=parent))
    published, source = _article_date([], [], meta, body_text)
    if published is None and (stamp := parse_stamp(heads[0][3])) is not None:
        published, source = stamp.date(), "page"
    trailer = [ln for ln in lines[footer:] if ln]
    boilerplate = [ln for ln in head if ln != title] + [ln for h in heads for ln in lines[h[0]:h[1]] if ln]
    boilerplate += furniture + trailer
    precision = meta.date_precision if source == "metadata" and meta.date is not None else "day"
    page = Article(doc_id=doc_id, path=path, site=_detect_site("\n".join(lines), head + trailer, meta),
                   title=title, published=published, date_source=source, date_precision=precision, body=body_text)
    return Page(article=page, comments=tuple(comments), boilerplate=tuple(boilerplate))
