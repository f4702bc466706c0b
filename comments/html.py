"""Saved or scraped HTML pages: the article through trafilatura, each reader
comment through the markup comment sections really use.

Comment items are found, most specific first:

1. classic Blogger templates (``dl#comments-block``: ``dt.comment-author``
   "NAME said...", ``dd.comment-body``, ``dd.comment-footer``);
2. elements whose class names mark one comment (``li.comment`` of WordPress
   and Blogger, ``div.c-comment`` and other themed variants, ``li.post`` of
   a rendered Disqus thread); inside each, the author, the time and the text
   are the parts whose class names say so (``fn``/``author``/``user``,
   ``<time>``/``date``/``time-ago``/``datetime``, ``content``/``message``/
   ``text``/``body``), and whatever is left once the chrome (reply links,
   votes, moderation notices, avatars, nested replies) is removed when no
   part is marked as text;
3. rows of a table or list whose class marks the comments (``table.comments``);
4. a fallback for other markup: the largest run of sibling blocks of one
   kind that each carry a short name line and a time.

A comment's ``parent`` is the comment whose item encloses it (WordPress
``ol.children``, Blogger ``comment-replies``, Disqus ``ul.children``).
Comment forms, notices and buttons are never comments: items inside a
``form`` or with no text are dropped. The article's title, date and body come
from trafilatura, run on the page without its comment section.
"""
from __future__ import annotations

import copy
import functools
from collections import Counter
import datetime as dt
import itertools
import re
from dataclasses import dataclass, replace

import lxml.html
from lxml import etree

from . import markers
from .dates import month_first_reread, parse_date_text, parse_stamp, stamp_reader
from .chat import ARTICLE_MIN_WORDS, _post
from .errors import PageError
from .metadata import MetadataRow
from .records import Article, Comment, Page
from .splitter import (_NOTICE as _SECTION_NOTICE, _doc_id, _header, _is_boilerplate, _is_byline, _replied,
                       _site_from_url, _unquoted, first_name_mentioned, head_line, site_from_metadata, split_text,
                       trim_body)

_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# One comment: WordPress/Blogger "comment", themed "c-comment" and the like, Disqus "post".
# A vendor prefix of any length ("coral-comment"), but not an action's ("add-comment", "load-comment").
# Widgets that call comments messages: "message-view", "message-item" (OpenWeb);
# cards: "commento-card".
_ITEM_CLASS = re.compile(r"^(?!(?:add|post|leave|write|new|no|your|load|more|show|sort|count|reply|author)-)"
                         r"(?:[a-z][a-z0-9]*-)?(?:comment|cmt)(?:-item|-single|-row|-entry|-article|-renderer|-view-model|--\w+)?$"
                         r"|^(?:[a-z]+_)?(?:comment|cmt)_item$"  # (VnExpress: "comment_item", "sub_comment_item")
                         r"|^(?:[a-z]+-)*single-comment(?:-top|-reply|-main)?$|^(?:[a-z]+-)?comments?__item$"  # (BEM: Sputnik's "b-comments__item")
                         r"|^message-(?:view|item)$|^(?:[a-z]+-)?(?:comment|reply)\w{0,3}-card$"
                         r"|^answer$|^flow-post$|^m-post$", re.I)  # Vanilla: "Comment"; Q&A sites: "answer"; MediaWiki's
# StructuredDiscussions (Flow): "flow-post"; Muut: "m-post"; YouTube's components: "ytd-comment-renderer", "ytd-comment-view-model";
# Pluck's "pluck-comm-single-comment-top" and "…-reply"
# A box named for a comment, which is one only when it names its writer and time (see _marked_items).
_BOX_CLASS = re.compile(r"(?:[a-z]+-)?comment-box")
# A shop's customer review box (see _marked_items).
_REVIEW_CLASS = "review"
# A reply that is not inside its parent: in a replies container placed after the
# parent (Drupal "indented"; not a comment marked as having replies, "m-has-replies"), or marked by its own
# class in a flat list ("cmt-reply").
_REPLIES_CLASS = re.compile(r"(?:^|[-_]|^comments?)(?<!has-)(?<!has_)(?:indent(?:ed)?|children|replies|nested|sub-?comments?)(?:$|[-_])")
_REPLY_ITEM_CLASS = re.compile(r"(?:^|[-_])(?:reply|child|depth-[2-9]|level-[2-9])$")
# A one- or two-letter prefix is allowed at the start: "cauthor", "ctext" (old CMS templates).
_AUTHOR_CLASS = re.compile(r"(?:^[a-z]{0,2}|[-_]|^comments?)(?:fn|author|user|username|(?<!field--)name|displayname|nick|nickname"
                           r"|commenter|person)"  # (not Drupal's "field--name-comment-body")
                           r"(?:$|[-_](?!(?:likes?|votes?|points?|score)$))"  # (not a reader's like: "dsq-user-like")
                           r"|^by$", re.I)  # Slashdot's "by" span around the name
_TIME_CLASS = re.compile(r"(?:^|[-_])(?:date|time|datetime|timestamp|time-ago|timeago|posted(?![-_]by)|when|published|age)"
                         r"(?:$|[-_])|^c(?:date|time)$")  # "cname" and "cdate" in a comment's head
#: A time's label in a part of its own, marked as a time ("<span class=Comment_DateLabel>Posted:</span>").
_TIME_LABEL = re.compile(r"\D{1,20}:")
_META_CLASS = re.compile(r"(?:^|[-_])(?:meta|metadata|commentmetadata)(?:$|[-_])")
_TEXT_CLASS = re.compile(r"(?:^[a-z]{0,2}|[-_])(?:content|message|text|comment-body|body|md|copy)(?:$|[-_])|^prose$"
                         r"|^comment(?-i:Body)$|^comment(?:body|text)$", re.I)  # Slashdot's "commentBody"
#: Styling classes of CSS frameworks (Bootstrap, Tailwind), which say nothing of a part's role: "text-muted",
#: "justify-content-between", "text-14-scalable", "text-neutral-content-strong".
_UTILITY_CLASS = re.compile(r"(?:justify|align)-(?:content|items|self)-[\w-]+"
                            r"|text-(?:muted|info|primary|secondary|success|danger|warning|light|dark|white|black|reset"
                            r"|center|left|right|start|end|justify|nowrap|truncate|break|wrap|uppercase|lowercase"
                            r"|capitalize|decoration-\w+|opacity-\d+|xs|sm|md|lg|xl|\d+(?:-[\w-]+)?|neutral[\w-]*"
                            r"|base|pretty|balance|\d?xl|\[[^\]]*\]|[a-z]+-\d{2,3})(?:/\d+)?$")
_HEADLINE_CLASS = re.compile(r"(?:^|[-_])(?:headline|title)(?:$|[-_])")
#: ...and the post's own, not the blog's name ("<h1 class=title>"): "post-title", "entry-title", "headline".
_POST_TITLE_CLASS = re.compile(r"^(?:post|entry|article|story)[-_]title$|(?:^|[-_])headline(?:$|[-_])")
_DATE_CLASS = re.compile(r"(?:^|[-_])(?:date|dateline|pubdate|published|post-date)(?:$|[-_])")
#: Boxes inside an article that are not its text: "cd-inline-promo", data-testid="newsletter-signup".
#: A sidebar's id or class name: "sidebar-right", "sidebar", "left-sidebar", "sidebar-2".
_SIDEBAR = re.compile(r"(?:(?:right|left|primary|secondary)[-_])?sidebar(?:[-_](?:right|left|first|second|primary|secondary|\d))?")
_PROMO_CLASS = re.compile(r"(?:^|[-_])(?:promo|newsletter|signup|subscribe|related|advert|advertisement|sponsored)(?:$|[-_])")
_PROMO_MAX_CHARS = 400
#: A photo's caption between the paragraphs ("imageCaption", "wp-caption-text", <figcaption>; Spanish CMSs'
#: "epigrafe"): not the story.
_CAPTION_CLASS = re.compile(r"(?:caption|^ep[ií]grafe|^(?:photo[-_]?|image[-_]?|img[-_]?)?credits?)(?:$|[-_])", re.I)
#: The story's own element, by its schema.org type: "http://schema.org/NewsArticle".
_STORY_TYPE = re.compile(r"schema\.org/(?:NewsArticle|Article|BlogPosting|ReportageNewsArticle)$")
#: Disqus's box of the forum's other stories under the comments ("discovery-main", "discovery-posts").
_DISCOVERY_CLASS = re.compile(r"^discovery(?:$|[-_])")
#: A link to another story closing a blurb of it, in a box under the text: "… Read on: The strange afterlife …".
_READ_ON = re.compile(r"\b(?:Read on|Read more|Continue reading)\b\s*:")
#: A dek (the page's summary, under the headline, not ending like a sentence) has at most this many words.
_DEK_MAX_WORDS = 30
#: A part marked as the dek: "subtitle", "standfirst", "dek", "deck", "subheadline", "subHed", "subhead" (read as the
#: first paragraph only: a subhead lower down is a crosshead).
_DEK_CLASS = re.compile(r"(?:^|[-_])(?:subtitle|standfirst|dek|deck|sub-?headline|sub-?hed|sub-?head|strapline)(?:$|[-_])", re.I)
#: A body shorter than this from trafilatura's precision mode is retried in recall mode.
_MIN_BODY_CHARS = 200
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# A list of comments whose items carry no class of their own (a table row per comment).
_LIST_CLASS = re.compile(r"^(?:[a-z]{1,3}-)?(?:comments?|cmts?)(?:-?list|-area|-table|-section)?$"
                         r"|^main-notes-list$"  # GitLab's discussion under an issue
                         r"|^comments-content$")  # (Movable Type's and Blogger's; not a comment's "comment-content")
_CHROME_CLASS = re.compile(
    r"(?:^|[-_])(?<!with-)(?:action|act)$|"  # (a comment's buttons in one part: "cmt_action", "mb_act"; not a
    # modifier naming them beside the text: "status__content--with-action"; a reply comment is no reply button:
    # "pluck-comm-single-comment-reply")
    r"(?:^|[-_])(?:reply(?![-_]level|$)|(?<!comment-)reply$|replies|children|actions|tools?|footer|header|voting|vote-up|vote-down|votes?|likes?|recommend|"
    r"share|report|meta|metadata|commentmetadata|author|avatar|says|moderation|awaiting-moderation|item-control|"
    r"menu|toggle|thread-toggle|fn|user|datetime|time-ago|date|flag|perma?link|respond|edit-link|sig|signature|audit|"
    r"badges?|badgeLabel|links|rate|rating|[a-z]{2,3}rating(?:comment|text)?)(?:$|[-_])"  # (a plugin's prefix glued on: "ckratingcomment")
    r"|(?:^|[-_a-z])[Aa]ffiliation$"  # (the account a writer signed in with: Facebook's "fbCommentAffiliation")
    r"|[a-z](?:Ctls|Controls)$")  # (the buttons' part named in camel case: JS-Kit's "js-singleCommentCtls")
_CHROME_TAGS = {"form", "button", "script", "style", "noscript", "menu", "nav", "img", "svg", "input", "textarea",
                "select", "iframe", "time", "footer", "header"}
_CHROME_WORDS = re.compile(r"^(?:reply|report|share|delete|edit|like|dislike|flag|permalink|·|•|\||\d+|"
                           r"(?:view|hide) (?:\d+ )?(?:more )?repl(?:y|ies)|"
                           r"like \(\d+\)|replies|reply ›|share ›|report abuse|load more comments?|(?:show (?:more|less)\s*)+|featured|"
                           r"\d[\d,]* (?:people|persons?|others?) likes? this\.?|\d[\d,]* likes?)$",
                           re.IGNORECASE)
# Notices a platform prints inside a comment, with or without a class name.
_NOTICE = re.compile(r"^(?:(?:no comments yet\.?\s*)?be the first to comment!?|no comments yet|your comment is awaiting moderation|this comment (?:is awaiting moderation|has been "
                     r"(?:removed|deleted)(?: by [\w ]+)?)|comment (?:removed|deleted))\.?$", re.IGNORECASE)
# A name line: up to five words and 40 characters, not a sentence ("Erin M." is a name, "Agreed." is not).
_NAME_LIKE = re.compile(r"^(?=.{1,40}$)(?=.*[^\W\d_])(?!.*[a-z]{2}[.?!]$)(?:\S+\s*){1,5}$")
_WORDY = re.compile(r"\w")
_DISPLAY_NONE = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_RELATIVE_TIME = re.compile(r"^(?:\d+|an?|one)\s+(?:second|minute|hour|day|week|month|year)s?\s+ago$", re.IGNORECASE)
_BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "article",
               "section", "dd", "dt", "dl", "table", "tr", "header", "footer"}
_SAID = re.compile(r"\s*(?:said|says|wrote)\s*(?:\.\.\.|…|:)?\s*$", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True for text that is an HTML document (doctype, <html>, <head> or
    <body> first, after any comments)."""
    return bool(_HTML_START.match(text[:4096]))


def split_html(text: str, path: str = "<string>", *, meta: MetadataRow | None = None) -> Page:
    """Split an HTML page into its article and its reader comments, in
    document order. What it cannot find is absent (no title, no date, no
    comments). Raises PageError only for bytes lxml cannot parse at all."""
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise PageError(path, f"HTML could not be parsed: {exc}") from None
    _repeated_ids_as_classes(root)
    _unwrap_page_form(root)
    for script in root.xpath("//body//script[not(contains(@type, 'json'))]"):
        _drop(script)  # (its code is no text: a name written by a script that hides an address, "l[0]='>';…")
    thread = _chat_export(root) or _forum_thread(root)
    if thread is not None:  # the first post is the article, the others are its comments
        (title, published, body), comments = thread
        url, boilerplate = None, ()
    else:
        items = find_comment_items(root)
        comments = _comments(items)
        if not comments:
            # no markup tells the comments apart: read the page as text, as a copied page is read, and
            # keep what that finds only when it is laid out as comments (two or more, each with an author)
            found = split_text(_as_text(root), path).comments
            if len(found) >= 2 and all(c.author for c in found):
                comments = [replace(c, text=_without_detail(c.text)) for c in found]
        title, published, body, url, boilerplate = _article(root, [i.element for i in items])
        # a comment opening with a blockquote of the article's words starts after it
        quotes = {" ".join(_inline_text(q).split()) for i in items for q in i.element.iter("blockquote")}
        comments = [replace(c, text=own) if c.text.split("\n\n", 1)[0] in quotes
                    and (own := _unquoted(c.text, [body])) != c.text else c for c in comments]
    if meta is not None and meta.date is not None:
        published, date_source = meta.date, "metadata"
    else:
        date_source = "page" if published else None
    site = _site(meta, url, text)
    precision = meta.date_precision if date_source == "metadata" else "day"
    return Page(
        article=Article(doc_id=_doc_id(path), path=path, site=site, title=title, published=published,
                        date_source=date_source, date_precision=precision, body=body),
        comments=tuple(comments),
        warnings=(),
        boilerplate=boilerplate,
    )


#: A chat app's export of a discussion (Telegram Desktop's "messages.html"): in its "history", one block per
#: message ("message default"; "joined" when it goes on from the same sender without the name), service blocks
#: (dates, joins, pins) between.
_CHAT_MESSAGE = ("message", "default")
#: The link of a message's reply label ("In reply to this message") to the message it answers.
_GO_TO_MESSAGE = re.compile(r"#go_to_(message\d+)$")
#: The full time in a message time's tooltip: "08.09.2022 10:49:31 UTC+05:00".
_TOOLTIP_TIME = re.compile(r"(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2})(?::(\d{2}))?")


def _chat_export(root):
    """((title, published, body), comments) of a chat export whose first long message is the article
    (a channel's post) and whose later messages discuss it; else None. Each message's sender is the
    last name shown at or above it, its time the one shown (the tooltip's full time parsed), its parent the
    message its reply label links to; a quote of an earlier message is not its text."""
    history = next(iter(root.find_class("history")), None)
    if history is None:
        return None
    messages = []
    author = None
    for el in history.iter("div"):
        if not all(c in _classes(el) for c in _CHAT_MESSAGE):
            continue
        body = next((c for c in el if "body" in _classes(c)), None)
        if body is None:
            continue
        parts = {name: next((c for c in body if name in _classes(c)), None) for name in ("from_name", "date", "reply_to")}
        if parts["from_name"] is not None:
            author = " ".join(parts["from_name"].text_content().split()) or author
        shown = parts["date"]
        forwarded = next((c for c in body if {"forwarded", "body"} <= set(_classes(c))), None)  # (a post shared in)
        text_el = next((c for c in (forwarded if forwarded is not None else body) if "text" in _classes(c)), None)
        if text_el is None or author is None:
            continue
        text_el = copy.deepcopy(text_el)
        for quote in list(text_el.iter("blockquote")):
            quote.drop_tree()
        link = next((a.get("href") for a in parts["reply_to"].iter("a")), "") if parts["reply_to"] is not None else ""
        target = m[1] if (m := _GO_TO_MESSAGE.search(link or "")) else None
        messages.append((el.get("id"), author, _inline_text(shown) if shown is not None else None,
                         _tooltip_time(shown.get("title") or "") if shown is not None else None, target,
                         block_text(text_el)))
    first = next((k for k, m in enumerate(messages) if len(m[5].split()) >= ARTICLE_MIN_WORDS), None)
    if first is None:
        return None
    _, _, _, posted, _, text = messages[first]
    title, body, _ = _post(text.split("\n"))
    comments: list[Comment] = []
    index = {}
    for message_id, author, when, parsed, target, text in messages[first + 1:]:
        if text:
            comments.append(Comment(index=len(comments) + 1, author=author, posted_at=when, posted_at_parsed=parsed,
                                    text=text, parent=index.get(target)))
            index[message_id] = len(comments)
    return (title, posted.date() if posted else None, body), comments


def _tooltip_time(title: str) -> dt.datetime | None:
    """The time in a tooltip written day first with dots ("08.09.2022 10:49:31 UTC+05:00"), as the clock
    showed it (no zone, as every time read from a page), else None."""
    if not (m := _TOOLTIP_TIME.search(title)):
        return None
    try:
        return dt.datetime(*(int(g or 0) for g in (m[3], m[2], m[1], m[4], m[5], m[6])))
    except ValueError:
        return None


def _repeated_ids_as_classes(root) -> None:
    """An id that several elements share names a part of a template, as a class does (a web component's
    "author-text", "content-text" and "published-time-text" in every comment): add it to their class names."""
    named = root.xpath("//*[@id]")
    counts = Counter(el.get("id") for el in named)
    for el in named:
        if counts[el.get("id")] >= 2:
            el.set("class", f"{el.get('id')} {el.get('class') or ''}".strip())  # (before any "style-scope")


@dataclass
class _Item:
    element: etree._Element
    author: str | None = None
    posted_at: str | None = None
    posted_at_parsed: dt.datetime | None = None
    text: str = ""
    parent: int | None = None
    quoted: str | None = None  # the poster of the comment it quotes ("Rajat.S said: …")
    answers: str | None = None  # the writer its reply preview or label names ("atk-reply-at": "Saad Hussain")
    quotes_below: int | None = None  # the comment listed below it that it quotes under a label (newest first)
    signed: bool = False  # its author and time follow its text ("posted by NAME at 9:20 AM on May 2, 2011")


def find_comment_items(root) -> list[_Item]:
    """The page's comment items in document order, by the first finder that finds any."""
    for finder in (_blogger_classic, _marked_items, _listed_items, _repeated_blocks, _headed_runs, _signed_blocks,
                   _reply_boxes):
        found = finder(root)
        # not the site's menus, a box of other stories, the story's own element; the parents' positions follow
        kept = [n for n, i in enumerate(found) if i.text and not _in_furniture(i.element)
                and not _STORY_TYPE.search(i.element.get("itemtype") or "")]
        moved = {n: k for k, n in enumerate(kept)}
        items = [found[n] for n in kept]
        for i in items:
            i.parent = moved.get(i.parent) if isinstance(i.parent, int) else i.parent
        if items:
            if finder not in (_marked_items, _reply_boxes):  # (_read_marked does both, in its order)
                _unquote(items, {i.element for i in items})
                _labelled_replies(items)
                if all(i.parent is None for i in items):  # a flat list whose rows' classes show their depth
                    _indented_replies(items, [_class_depth(i.element) for i in items])  # ("com-block depth1")
            for n, k in _address_labels(items).items():  # the label names the comment answered, wherever it nests
                items[n].parent = k
            for i in items:
                i.parent = i.parent if i.quotes_below is None else moved.get(i.quotes_below, i.parent)
            _attributed_parents(items)
            _mentioned_parents(items)
            return items
    return []


#: An item's attribute naming the item it answers: data-reply-to="2418771", data-parent="2862145".
_PARENT_ATTRIBUTE = re.compile(r"data-(?:reply-?to|in-reply-to|parent(?:-?id)?|replyto)", re.I)
#: An item's own id in an attribute: id="comment-2418771", data-comment-id="2418771", data-post-id, data-id.
_OWN_ID_ATTRIBUTE = re.compile(r"id|data-(?:comment-|post-)?id", re.I)


def _attributed_parents(items: list[_Item]) -> None:
    """A comment whose element names the one it answers by that one's id in an attribute answers it (a flat list
    whose replies carry data-reply-to="2418771"), whatever its depth class or place says."""
    ids: dict[str, int] = {}
    for n, item in enumerate(items):
        for attr, value in item.element.attrib.items():
            if _OWN_ID_ATTRIBUTE.fullmatch(attr) and (digits := re.search(r"\d+$", value)):
                ids.setdefault(digits[0], n)
    for n, item in enumerate(items):
        named = next((v for a, v in item.element.attrib.items() if _PARENT_ATTRIBUTE.fullmatch(a) and v.strip()), None)
        if named and (digits := re.search(r"\d+$", named.strip())) and (k := ids.get(digits[0])) is not None and k < n:
            item.parent = k


#: A comment's opening naming an earlier one by its number, after its writer's name or not: "@2", "Salman @1:".
_NUMBER_MENTION = re.compile(r"(?:(?P<who>[^\W\d][\w.'’-]*(?: [^\W\d][\w.'’-]*)?) )?@(?P<n>\d{1,4})\b")
#: ...or naming it by its writer and its number, maybe in brackets: "Umair (#1), …", "Faisal #1, …".
_NAMED_NUMBER = re.compile(r"(?P<who>[^\W\d][\w.'’-]*(?: [^\W\d][\w.'’-]*)?) \(?#(?P<n>\d{1,4})\b\)?")


def _mentioned_parents(items: list[_Item]) -> None:
    """A comment that nothing else nests, opening with an earlier commenter's name after an at sign ("@Imran
    Qureshi - the MoD …", "@jkowalczyk yes") or before a colon ("Sidra: fair, …"), answers that commenter's latest comment; opening with a number
    after it, the comment of that number ("@2 OhioBill, …")."""
    earlier: list[Comment] = []
    for n, item in enumerate(items):
        if item.parent is None and (m := _NUMBER_MENTION.match(item.text) or _NAMED_NUMBER.match(item.text)) \
                and 1 <= (number := int(m["n"])) <= n and (
                not m["who"] or m["who"].lower() in (items[number - 1].author or "").lower()):
            item.parent = number - 1  # (or the number of a comment of a numbered list: "@2 OhioBill, …",
            # "Salman @1: …")
        elif item.parent is None and (item.text.startswith("@") or ": " in item.text[:42]) \
                and (k := _replied(earlier, None, item.text)):
            item.parent = k - 1  # (or its writer's name and a colon: "Sidra: fair, …")
        elif item.parent is None and (k := first_name_mentioned(earlier, item.text)) is not None:
            item.parent = k - 1  # ("@Ellen: …" answers Ellen Park)
        earlier.append(Comment(index=n + 1, author=item.author, posted_at=item.posted_at, posted_at_parsed=None,
                               text=item.text))


_SHARE_BAR_CLASS = re.compile(r"^(?:social-share|share-bar|share-buttons|sharing|social-sharing|share-tools)$")


def _in_furniture(el) -> bool:
    """Whether `el` sits in the site's navigation (a menu's "Comment" section) or a box of other stories
    (Disqus's "Also on X" with each story's top comment)."""
    # (not the page's body, whose classes are a theme's settings: Squarespace's "newsletter-style-light")
    return any(a.tag == "nav" or a.tag not in ("body", "html") and (
        _has_class(a, _PROMO_CLASS) or _has_class(a, _DISCOVERY_CLASS) or _has_class(a, _SHARE_BAR_CLASS)
        or _recent_box(a)) for a in el.iterancestors()) or _recent_box(el)  # (a share bar's "cmt" count)


def _recent_box(el) -> bool:
    """Whether `el` is a sidebar's block under a heading of its own that lists the site's latest ("Recent comments",
    "Recent posts": Drupal's "block-comment")."""
    # (its heading a child or grandchild, not one anywhere in it: this runs for each ancestor of each comment)
    heading = next((h for part in (el, *(c for c in el if isinstance(c.tag, str))) for h in part
                    if h.tag in ("h2", "h3", "h4") and _inline_text(h)), None)
    return heading is not None and bool(_RECENT_HEADING.fullmatch(_inline_text(heading)))


_RECENT_HEADING = re.compile(r"Recent (?:comments|posts|entries|articles|blog (?:posts|entries))", re.I)


def _classes(el) -> list[str]:
    """The element's class names, its ``data-testid``, ``data-hook`` and
    ``data-*-class`` attributes (apps whose class names are hashed:
    ``data-spot-im-class``, Wix's ``data-hook="comment"``),
    a custom element's tag name and its ``slot`` (web components:
    ``<shreddit-comment>``, ``<div slot="comment">``), and its schema.org
    microdata read as class names:
    ``itemprop="author"`` as ``author``, ``itemprop="dateCreated"`` as
    ``date-created``, ``itemtype=".../Comment"`` as ``comment``."""
    if not isinstance(el.tag, str):
        return []
    names = [c for c in (el.get("class") or "").split() if not _UTILITY_CLASS.match(c)]
    # two-word camel-cased names read as their parts: "singleComment" is "single-comment", "commentsBody" "comments-body",
    # "NewsletterEmbed" "newsletter-embed"
    names += [_kebab(c) for c in names if _CAMEL_NAME.fullmatch(c) or _PREFIXED_CAMEL.fullmatch(c)]
    # capitalised words joined by underscores (Pluck's): "Comments_PostedBy" is "comments-posted-by"
    names += [_kebab(c.replace("_", "-")) for c in names if _CAPITALISED_PARTS.fullmatch(c)]
    # a comment's parts named in glued abbreviations: "cmttxt" is "comment-text", "cmtusr" "comment-user"
    names += ["comment" if m["part"] in ("block", "item") else f"comment-{_ABBREVIATIONS.get(m['part'], m['part'])}"
              for c in names if (m := _ABBREVIATED.fullmatch(c))]
    # CSS modules hash each name after its component and part: "CommentItem_author__Pq91a" is "comment-item-author",
    # "CommentItem_root__3fGhT" the component itself, "comment-item"
    names += [_kebab(m["component"]) + ("" if m["part"] == "root" else "-" + _kebab(m["part"]))
              for c in names if "__" in c and (m := _CSS_MODULE.fullmatch(c))]
    if "style-scope" in names:  # Polymer's scoping class names its host component, not this part's role
        scoped = names.index("style-scope")
        names = names[:scoped] + [c for c in names[scoped + 1:] if "-" not in c]
    if "-" in el.tag:
        names.append(el.tag)
    if slot := el.get("slot"):  # a component's "comment" slot holds the comment's text
        names.append("comment-body" if slot == "comment" else slot)
    for attr, value in el.attrib.items():  # React apps with hashed class names
        if attr in ("data-testid", "data-hook", "data-region") or (attr.startswith("data-") and attr.endswith("-class")):
            names += value.split()
    for prop in (el.get("itemprop") or "").split():
        names.append(_CAMEL.sub("-", prop).lower())
    kind = el.get("itemtype")
    if kind:
        names.append(kind.rstrip("/").rsplit("/", 1)[-1].lower())
    return names


_ABBREVIATED = re.compile(r"(?:cmt_?|cmnt_?|comm_)(?P<part>txt|text|usr|usrname|uname|user|username|name|loc|time|date"
                          r"|dt|links|act|block|item)")  # (or with an underscore: "comm_name", "cmt_uname", "comm_block")
_ABBREVIATIONS = {"txt": "text", "usr": "user", "usrname": "username", "uname": "username", "loc": "location",
                  "dt": "date", "links": "actions", "act": "actions"}
_SUBMITTED_BY = re.compile(r"(?:(?:Submitted|Posted) by:?|\bby:?) (?P<name>(?:(?! by )[^()|]){1,60}?(?: \((?!not verified\))[^()]{1,40}\))?)"  # ("NAME (City)")
                           r"(?:\s*\(not verified\))? (?:on|@|\|) (?P<when>[^|]{5,40}?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?(?![a-z]))?(?: [ECMP][SD]T)?)", re.I)
#: A comment's time, a dash, then its writer: "Wed, 10/07/2009 - 13:58 — Farhan Siddiqui".
_STAMP_DASH_NAME = re.compile(r"(?P<when>\S.{5,40}?\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?)\s+[—–]\s+(?P<name>\S.{0,60})", re.I)
_AVATAR_CLASS = re.compile(r"(?:^|[-_])avatar(?:$|[-_])")
_CAPITALISED_PARTS = re.compile(r"[A-Z][A-Za-z]+(?:_[A-Z][A-Za-z]+)+")
_CAMEL_NAME = re.compile(r"[A-Za-z][a-z]+[A-Z][a-z]+")  # (two words: longer names are more often parts of a part)
#: A vendor's short prefix in lower case before capitalised words: Pluck's "plckUserName", "plckCommentText".
_PREFIXED_CAMEL = re.compile(r"[a-z]{2,4}(?:Comment|User|Author|Reply)(?:[A-Z][a-z]+){1,2}")
_CSS_MODULE = re.compile(r"(?P<component>[A-Z][A-Za-z0-9]*)_(?P<part>[a-z][A-Za-z0-9]*)__[A-Za-z0-9_-]{4,10}")


def _kebab(name: str) -> str:
    return _CAMEL.sub("-", name).lower()


#: A commenter's place beside the name, in brackets or after a comma: "<span class=comment-location>(Karachi)</span>",
#: "<span class=comment__location>, Karachi</span>".
_PLACE_CLASS = re.compile(r"(?:^|[-_])(?:location|city|place|loc|country)$")
_PLACE_SHOWN = re.compile(r"\([^()]{2,40}\)|,\s*[^\W\d][^,()\d]{1,40}(?:,\s*[^\W\d][^,()\d]{1,40})?"
                          r"|\|\s*[^\W\d][^|()\d]{1,40}")  # (or after a bar: "| Lahore")


def _has_class(el, pattern: re.Pattern) -> bool:
    return any(pattern.search(c) for c in _classes(el))


#: A form holding this share of the page's text wraps the page (ASP.NET WebForms' "aspnetForm"), not a form.
_PAGE_FORM_SHARE = 0.6


def _unwrap_page_form(root) -> None:
    """Read a form that wraps the page as a plain block: its comments are not a comment form's preview, and its
    story is not a form's chrome."""
    body = root.find("body")
    total = len(_inline_text(body)) if body is not None else 0
    for form in list(root.iter("form")):
        if total and len(_inline_text(form)) >= _PAGE_FORM_SHARE * total:
            form.tag = "div"


def _inside_form(el) -> bool:
    return any(a.tag == "form" for a in el.iterancestors())


# --- 1. classic Blogger ------------------------------------------------------

def _blogger_classic(root) -> list[_Item]:
    items = []
    for block in root.iter("dl"):
        if block.get("id") != "comments-block":
            continue
        current = None
        for child in block:
            if child.tag == "dt":
                current = _Item(child, author=_SAID.sub("", _inline_text(child)) or None)
                items.append(current)
            elif current is not None and child.tag == "dd" and "comment-body" in _classes(child):
                current.text = block_text(_without_chrome(child, ()))
            elif current is not None and child.tag == "dd" and {"comment-footer", "comment-timestamp"} & set(
                    _classes(child)):  # (the time in the footer, or in a part of its own: "<dd class=comment-timestamp>")
                stamp = next((el for el in child.iter() if "comment-timestamp" in _classes(el)), None)
                if stamp is not None:
                    current.posted_at = _inline_text(stamp) or None
                    current.posted_at_parsed = parse_stamp(current.posted_at or "")
    return items


# --- 2. items marked by their class names -------------------------------------------

#: An element's id naming the comment it holds: "li-comment-54120", "comment-54120".
_COMMENT_ID = re.compile(r"(?:li-)?comment-\d+")


def _marked_items(root) -> list[_Item]:
    disqus = [el for el in root.iter() if isinstance(el.tag, str) and el.get("id") == "disqus_thread"]
    elements, reviews = [], []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("form", "textarea", "input", "label", "body", "html", "a", "button") \
                or _inside_form(el):
            continue  # (nor a link or button to the comments: "<a class=tool-comment>Comment</a>")
        classes = _classes(el)
        if "pingback" in classes or "trackback" in classes or _NOTICE.match(_inline_text(el)) or _jump_link(el) \
                or _section_label(el):
            continue  # not a reader's comment: a pingback, a notice in a comment's box, a tool linking to the section
            # (or the section's heading or notice in a part so named: "<span class=txt-comment>Comments</span>",
            # "<p class=note-comment>You need to log in to comment. …</p>")
        if any(_ITEM_CLASS.match(c) for c in classes) or (
                el.tag == "li" and "post" in classes and any(d in el.iterancestors() for d in disqus)):
            elements.append(el)
        elif any(_BOX_CLASS.fullmatch(c) for c in classes) and _signed_by_name_and_time(el):
            elements.append(el)  # a comment's box, its writer and time in it (JComments' "comment-box"; not a form's)
        elif el.tag == "li" and all(_ZEBRA.fullmatch(c) for c in classes) and _COMMENT_ID.fullmatch(el.get("id") or "") \
                and _signed(el):  # (a list item named for its comment only: "<li id=li-comment-54120>", a theme's;
            elements.append(el)  # its class may only stripe the list: "<li class=alt id=comment-38216>")
        elif _REVIEW_CLASS in classes and _signed(el):
            reviews.append(el)
    # a shop's customer reviews ("review" boxes, each with its reviewer's name and date), when there are several:
    # one "review" box is more likely a review article than a reader's comment
    if len(reviews) >= 2:
        elements = sorted({*elements, *reviews}, key=_document_order(root))
    return _read_marked(root, elements)


def _section_label(el) -> bool:
    """Whether `el`, a part with no parts of its own but inline ones, shows the section's heading or notice."""
    shown = _inline_text(el)
    return not any(isinstance(d.tag, str) and d.tag in ("div", "p", "li", "article") for d in el.iterdescendants()) \
        and bool(shown) and bool(_HEADING_SHOWN.fullmatch(shown) or _SECTION_NOTICE.pattern.fullmatch(shown))


#: A comment section's heading: "Comments", "Comments (12)", "Reader comments".
_HEADING_SHOWN = re.compile(r"(?:Reader(?:s['’]?)? )?Comments?(?:\s*\(\d+\))?", re.I)


def _head_part(el, marked: set) -> bool:
    """Whether the marked `el` is the head of the marked element around it: no text part in it, one beside it."""
    outer = next((a for a in el.iterancestors() if a in marked), None)
    if outer is None or any(_has_class(d, _TEXT_CLASS) for d in el.iterdescendants() if isinstance(d.tag, str)):
        return False
    inside = set(el.iter())
    return any(_has_class(d, _TEXT_CLASS) and d not in inside for d in outer.iterdescendants() if isinstance(d.tag, str))


def _jump_link(el) -> bool:
    """Whether all `el` shows is one link within the page: an article tool "<li class=comment><a
    href=#comments>Comments (7)</a></li>"."""
    shown = _inline_text(el)
    return bool(shown) and any((a.get("href") or "").startswith("#") and _inline_text(a) == shown for a in el.iter("a"))


def _reply_boxes(root) -> list[_Item]:
    """Comments marked only as replies, when nothing else finds any: a discussion whose every comment is a
    "reply" box (Kinja: "js_reply reply reply--depth-1"), each naming its author and its time (not a Reply
    link or a form's button)."""
    elements = [el for el in root.iter() if isinstance(el.tag, str) and el.tag not in ("a", "button", "form")
                and any(_REPLY_BOX_CLASS.fullmatch(c) for c in _classes(el))
                and (_signed_by_name_and_time(el) or _profile_link(el) is not None and next(el.iter("time"), None) is not None)]
    return _read_marked(root, elements) if len(elements) >= 2 else []


def _profile_link(el):
    """The first link in `el` to its writer's profile (see `_named_address`), else None."""
    return next((a for a in el.iter("a") if _named_address(a)), None)


def _named_address(a) -> bool:
    """Whether the link `a` shows a name that its address ends with: a profile's ("<a
    href=https://kinja.com/harrietbeaumont>Harriet Beaumont</a>"), whatever its classes."""
    shown, last = _inline_text(a), (a.get("href") or "").rstrip("/").rpartition("/")[2]
    last = re.sub(r"[\W_]", "", last.lower())  # (its number after it: "…/furious-iguana-7261")
    return bool(shown) and len(shown.split()) <= 4 and len(shown) >= 2 \
        and re.sub(r"[\W_]", "", shown.lower()) in (last, re.sub(r"\d+$", "", last))


def _read_marked(root, elements: list) -> list[_Item]:
    """The items of the marked `elements`, nested: a reply's parent is the nearest enclosing item kept, else
    the one its depth, label or quote tells."""
    # the comment form marked as a comment (Waline's "wl-comment" panel)
    marked = set(elements)
    elements = [el for el in elements if not _is_form_panel(el, marked)]
    # a marked element inside another that names no author and no time is that
    # comment's text ("fyre-comment" inside "fyre-comment-article"), not a reply
    # (but one in a replies box inside the other is a reply: WordPress's "children" list, its times not shown)
    marked = set(elements)
    elements = [el for el in elements if not (any(a in marked for a in el.iterancestors()) and not _signed(el)
                                              and not _between(el, next(a for a in el.iterancestors() if a in marked),
                                                               lambda a: _has_class(a, _REPLIES_CLASS)))]
    # nor one holding the other's head, without the text beside it ("pluck-comm-single-comment-top" over
    # "pluck-comm-body", both inside "pluck-comm-single-comment")
    marked = set(elements)
    elements = [el for el in elements if not _head_part(el, marked)]
    # a reply marked only as one ("gsc-reply"), in a replies box inside a comment, with its own author
    replies = [el for el in root.iter() if isinstance(el.tag, str) and el not in marked
               and _has_class(el, _REPLY_ITEM_CLASS) and any(a in marked for a in el.iterancestors())
               and _signed(el) and any(_has_class(a, _REPLIES_CLASS) for a in el.iterancestors())]
    if replies:
        elements = sorted(elements + replies, key=_document_order(root))
    chosen = set(elements)
    # (an item with no part marked as its text read as a block opening with a name and a time, as a listed row is:
    # the classic WordPress theme's "<cite>NAME</cite> Says:", its time, the paragraphs)
    items = [_read_listed(el, chosen) for el in elements]
    # a head marked as a comment, right over its text marked as one too (Thesis: "<dt class=comment>" with the
    # number, the name and the time, then "<dd class=comment>" with the text): one comment
    for head, body in zip(items, items[1:]):
        if head.author and head.posted_at and body.text and not (body.author or body.posted_at) \
                and head.element.getnext() is body.element and not markers.SENTENCE_END.search(head.text or ""):
            head.text, body.text = body.text, ""
    # items without text (a deleted comment, a placeholder) are dropped; a reply's
    # parent is the nearest enclosing item that is kept
    kept = [i for i in items if i.text]
    _unquote(kept, chosen)
    depths = _heads_around(kept, chosen)
    if all(d is None for d in depths):  # a flat list whose items' classes show their depth ("comment-level--2")
        depths = [_class_depth(i.element) for i in kept]
    margins = _margin_depths(kept)  # ...or their wrappers' left margins ("margin-left: 25px", LiveJournal), when
    # they tell more levels than the classes do (Disqus's "dsq-comment-is-child" at 30 and 60 px)
    if all(d is None for d in depths) or None not in margins and len(set(margins)) > len(set(depths) - {None}):
        depths = margins
    _link_replies(kept)
    _labelled_replies(kept)
    _indented_replies(kept, depths)
    if depths is margins and len(set(margins)) > 2:  # (a reply's class says only that it is one: its margin, how deep)
        for n, item in enumerate(kept):
            if item.parent is not None and depths[item.parent] != depths[n] - 1:
                item.parent = next((k for k in range(n - 1, -1, -1) if depths[k] == depths[n] - 1), item.parent)
    for n, item in enumerate(kept):  # nested under one comment, a preview naming another's writer (Artalk past
        if item.answers and item.parent is not None and kept[item.parent].author != item.answers:  # three levels)
            item.parent = next((k for k in range(n - 1, -1, -1) if kept[k].author == item.answers), item.parent)
    for n, item in enumerate(kept):  # Disqus past its deepest level: a "parent-link" names the comment answered
        link = next((a for a in _own(item.element, chosen, tag="a")
                     if "parent-link" in _classes(a) or a.get("data-role") == "parent-link"), None)
        named = _inline_text(link) if link is not None else None
        if named and (item.parent is None or kept[item.parent].author != named):
            item.parent = next((k for k in range(n - 1, -1, -1) if kept[k].author == named), item.parent)
    return kept


def _unquote(items: list[_Item], chosen: set) -> None:
    """Drop from a reply's text the paragraphs of a bare ``<blockquote>`` that
    quotes an earlier comment (a markdown quote of the comment answered)."""
    texts = [" ".join(i.text.split()) for i in items]
    for k, item in enumerate(items):
        earlier = texts[:k]
        # (a bare <blockquote>, or a part classed as a quote: Slashdot's <div class="quote">)
        # (or a paragraph all in italics: "<p><em>The supply route is the only leverage</em></p>", Reason's)
        italic = [p for p in _own(item.element, chosen, tag="p") if len(p) == 1 and p[0].tag in ("em", "i")
                  and not (p.text or "").strip() and not (p[0].tail or "").strip()]
        quotes = [*_own(item.element, chosen, tag="blockquote"), *_own(item.element, chosen, _QUOTE_CLASS), *italic]
        # a quote with its own label inside another ("Hamish (View Comment):", then "RedStateRick (View Comment):"
        # and the words Hamish quoted): what the quoted comment quoted, not this reply's
        inner = [q for q in quotes if _QUOTE_LABEL.match(" ".join(_inline_text(q).split()))
                 and any(a in quotes for a in q.iterancestors())]
        for quote in quotes:
            if quote in inner:
                continue
            whole = " ".join(_inline_text(quote).split())
            # (GitHub's "@login" over it; a label naming its writer, "ImranK_Chicago wrote:")
            quoted = _QUOTED_LOGIN.sub("", _QUOTE_LABEL.sub("", whole, count=1).strip())
            # "start... end", "start [...] end": cut short
            parts = [part for part in re.split(r"\s*(?:\[(?:\.\.\.|…)\]|\.\.\.|…)\s*", quoted) if part]
            # ...or a quote card: the quoted writer and time over the paragraphs (Vanilla's rich "embedQuote")
            # (not those of a quote inside it, nor its label alone: "Hamish Grant (View Comment):")
            nested = [q for q in inner if quote in q.iterancestors()]
            paragraphs = [shown for p in quote.iter("p") if not any(n in p.iterancestors() for n in nested)
                          and (shown := " ".join(_inline_text(p).split())) and _QUOTE_LABEL.sub("", shown).strip()]
            # (a short quote too, under a label naming its writer: "Quote from NAME ...", "Not one more dime.")
            enough = len(quoted) >= (_MIN_QUOTE_CHARS if whole == quoted else _MIN_QUOTE_CHARS // 2)
            source = next((j for j, text in enumerate(earlier) if enough and (
                all(part in text for part in parts) or paragraphs and all(p and p in text for p in paragraphs))), None)
            below = None
            if source is None and whole != quoted:  # (a labelled quote of a comment listed below it: newest first)
                below = next((j for j in range(k + 1, len(items)) if len(quoted) >= _MIN_QUOTE_CHARS
                              and all(part in texts[j] for part in parts)), None)
                item.quotes_below = item.quotes_below if below is None else below
            if source is not None or below is not None:
                bare = "".join(whole.split())  # (a label glued to the words: "Quote from X:A mile…")
                item.text = "\n\n".join(p for p in item.text.split("\n\n")
                                         if "".join(_QUOTED_LOGIN.sub("", " ".join(p.split())).split()) not in bare)
                if source is not None and (not all(part in earlier[source] for part in parts) or whole != quoted):
                    # a card naming whom it quotes, or a quote under its writer's label: a reply
                    item.quoted = item.quoted or items[source].author


#: The quoted writer's login over a quote (GitHub's markdown): "@rkmehta", then the words.
_QUOTED_LOGIN = re.compile(r"^@[a-z0-9_.-]+(?:\s+|(?=[A-Z]))")
#: The fewest characters of a quote recognised as an earlier comment's words.
_MIN_QUOTE_CHARS = 20


#: A row's indentation: an ``indent="2"`` attribute, or a spacer image in an "ind" cell (40 pixels a level).
_INDENT_PX = 40


def _heads_around(items: list[_Item], chosen: set) -> list[int | None]:
    """Give an item marked without its head (no author, no time: Hacker
    News's ``div.comment``) the author and time of the largest element around
    it that holds no other item (its table row); return each item's depth
    in the thread as that row's indentation shows it, else None."""
    if all(i.author is not None or i.posted_at is not None for i in items):
        return [None] * len(items)
    holding: dict = {}
    for el in chosen:
        for a in el.iterancestors():
            holding[a] = holding.get(a, 0) + 1
    depths: list[int | None] = []
    for item in items:
        depth = None
        if item.author is None and item.posted_at is None:
            row = None
            for a in item.element.iterancestors():
                if holding.get(a, 0) > 1 or a.tag in ("body", "html"):
                    break
                row = a
            if row is not None:
                head = _read_item(row, chosen | {row})
                item.author, item.posted_at, item.posted_at_parsed = head.author, head.posted_at, head.posted_at_parsed
                depth = _indent(row)
        depths.append(depth)
    return depths


def _indent(row) -> int | None:
    for node in row.iter():
        if not isinstance(node.tag, str):
            continue
        if (value := node.get("indent")) and value.isdigit():
            return int(value)
        if "ind" in _classes(node):
            img = next(node.iter("img"), None)
            width = img.get("width") if img is not None else None
            return int(width) // _INDENT_PX if width and width.isdigit() else None
    return None


#: A depth in a class name: "comment-level--2", "depth-3", "comment--deep-1" (Forem), "coral-indent-1" (Coral).
_DEPTH_CLASS = re.compile(r"(?:^|[-_])(?:level|depth|deep|indent)[-_]*(\d{1,2})$")
_REPLY_DEPTH_CLASS = re.compile(r"(?:^|[-_])reply(?:[-_]?(\d))?$")
#: A depth in a data attribute: "data-dsq-depth", "data-level", "data-comment-depth".
_DEPTH_ATTRIBUTE = re.compile(r"data-(?:[\w-]+-)?(?:depth|level)")


def _class_depth(el) -> int | None:
    """The depth a data attribute of `el` gives ("data-dsq-depth", "data-level"), else the one shown by the
    classes of `el`, or else by those of its nearest ancestor that shows one; or by a reply's class on `el`
    itself ("cmt_reply" one level down, "cmt_reply_2" two)."""
    if (found := next((int(v) for k, v in el.attrib.items() if _DEPTH_ATTRIBUTE.fullmatch(k) and v.isdigit()),
                      None)) is not None:
        return found
    for node in (el, *el.iterancestors()):
        if (found := next((int(m[1]) for c in _classes(node) if (m := _DEPTH_CLASS.search(c))), None)) is not None:
            return found
    return max((int(m[1] or 1) for c in _classes(el) if (m := _REPLY_DEPTH_CLASS.search(c))), default=None)


_MARGIN = re.compile(r"margin-left:\s*(\d{1,4})px")


def _margin_depths(items: list[_Item]) -> list[int | None]:
    """Each item's depth from the left margin its element or the nearest element around it sets in its style,
    the distinct margins ranked (0, 25, 50 px: depths 0, 1, 2); all None unless every item shows one and they
    differ."""
    margins = []
    for item in items:
        found = next((int(m[1]) for node in (item.element, *item.element.iterancestors())
                      if (m := _MARGIN.search(node.get("style") or ""))), None)
        margins.append(found)
    if None in margins or len(set(margins)) < 2:
        return [None] * len(items)
    rank = {m: k for k, m in enumerate(sorted(set(margins)))}
    return [rank[m] for m in margins]


def _indented_replies(items: list[_Item], depths: list[int | None]) -> None:
    """In a flat list whose rows show their depth, a row's parent is the last row above it one level up."""
    for n, (item, depth) in enumerate(zip(items, depths)):
        if item.parent is None and depth:
            item.parent = next((k for k in range(n - 1, -1, -1) if depths[k] == depth - 1), None)


#: A reply's label naming the comment it answers: "replied to comment from Tom Reilly", "In reply to Tom".
#: ("In reply to<a>farhanmirza</a>:" shows no space before the name)
_REPLY_LABEL_OPENINGS = ("replied to", "in reply to", "replying to", "in response to")
_REPLY_LABEL = re.compile(r"(?:replied to (?:comment from |a comment by )?|in reply to\s*|replying to |in response to )"
                          r"@?(?P<name>.+)", re.I)


#: A link to the post answered, in brackets beside a reply's subject: "[Re: Aslam_Chaudhry]".
_RE_LINK = re.compile(r"Re:\s*(?P<name>\S.{0,39})")
#: ...or to it by its number, then its writer: "re: #2 Hamza_in_Ohio".
_RE_NUMBER = re.compile(r"re:\s*#(?P<n>\d{1,5})\b", re.I)


def _labelled_replies(items: list[_Item]) -> None:
    """A comment outside any nesting whose head says whom it answers
    ("Khalid replied to comment from Tom Reilly"): its parent is the last
    comment before it by that author."""
    ids = {i.element.get("id"): n for n, i in enumerate(items) if i.element.get("id")}
    for n, item in enumerate(items):
        head = _inline_text(item.element).replace(" ".join(item.text.split()), " ")
        m = _REPLY_LABEL.search(head)
        if m is None:
            continue
        # the label's link to the comment it answers ("#comment-48811"; over a class that only marks a reply in a
        # flat list: "Comments_IsReply"), else the author's last comment
        linked = [ids[h.split("#", 1)[1]] for a in item.element.iter("a") if "#" in (h := a.get("href") or "")
                  and h.split("#", 1)[1] in ids and ids[h.split("#", 1)[1]] < n]
        if item.parent is not None and not (linked and _has_class(item.element, _REPLY_ITEM_CLASS)):
            continue
        said = m["name"].lower()
        item.parent = linked[0] if linked else next(
            (k for k in range(n - 1, -1, -1) if items[k].author and said.startswith(items[k].author.lower())), None)
    for n, item in enumerate(items):  # a flat list where a reply quotes the comment it answers (Vanilla)
        if item.parent is None and item.quoted:
            item.parent = next((k for k in range(n - 1, -1, -1) if items[k].author == item.quoted), None)
    for n, item in enumerate(items):  # a link to the comment answered by its number: "re: #2 NAME" (LGF's)
        link = None if item.parent is not None else next(
            (m for a in item.element.iter("a") if (m := _RE_NUMBER.match(_inline_text(a)))), None)
        if link is not None and 1 <= int(link["n"]) <= n:
            item.parent = int(link["n"]) - 1


#: A box that holds a reply, its class alone saying so (see _reply_boxes).
_REPLY_BOX_CLASS = re.compile(r"(?:js[-_])?reply")


def _signed_by_name_and_time(el) -> bool:
    """Whether `el` holds both a part naming its author and a time."""
    parts = [n for n in el.iterdescendants() if isinstance(n.tag, str)]
    return any(_has_class(n, _AUTHOR_CLASS) for n in parts) and any(
        n.tag == "time" or _has_class(n, _TIME_CLASS) or _titled_stamp(n) for n in parts)


def _signed(el) -> bool:
    """Whether `el` holds a part that names an author or a time."""
    return any(n.tag == "time" or _has_class(n, _AUTHOR_CLASS) or _has_class(n, _TIME_CLASS) or _titled_stamp(n)
               for n in el.iterdescendants() if isinstance(n.tag, str))


def _document_order(root):
    position = {el: n for n, el in enumerate(root.iter())}
    return position.__getitem__


def _link_replies(items: list[_Item]) -> None:
    """Set each item's ``parent``: the nearest enclosing item; else, inside a
    replies container, the last item before that container; else, for an item
    whose class marks a reply, the last item before it that is not a reply.
    In a list where none of that places any item under another, the last item
    whose author's link a mention in it points to."""
    index = {i.element: n for n, i in enumerate(items)}
    for n, item in enumerate(items):
        item.parent = next((index[a] for a in item.element.iterancestors() if a in index), None)
        if item.parent is not None:
            continue
        # (not a box whose class puts it at the top level: Coral's "coral-indent coral-indent-0")
        box = next((a for a in item.element.iterancestors()
                    if (_has_class(a, _REPLIES_CLASS) or _has_class(a, _CHILD_LIST_CLASS) or _list_in_list(a))
                    and not any((m := _DEPTH_CLASS.search(c)) and m[1] == "0" for c in _classes(a))), None)
        if box is not None:
            inside = set(box.iter())
            item.parent = next((k for k in range(n - 1, -1, -1) if items[k].element not in inside), None)
        elif _has_class(item.element, _REPLY_ITEM_CLASS):
            # (one level up, when the reply's class tells its level: "cmt_reply_2" answers the last "cmt_reply")
            def level(el) -> int:
                return (_class_depth(el) or 1) if _has_class(el, _REPLY_ITEM_CLASS) else 0
            item.parent = next((k for k in range(n - 1, -1, -1) if level(items[k].element) == level(item.element) - 1),
                               None)
            if item.parent is None:  # (else the last item that is no reply)
                item.parent = next((k for k in range(n - 1, -1, -1)
                                    if not _has_class(items[k].element, _REPLY_ITEM_CLASS)), None)
    if any(i.parent is not None for i in items):
        return
    for n, item in enumerate(items):  # a flat list: a mention linking to an earlier commenter's profile (Mastodon)
        mentioned = {a.get("href") for a in item.element.iter("a") if a.get("href") and _has_class(a, _MENTION)}
        item.parent = next((k for k in range(n - 1, -1, -1) if mentioned & {
            a.get("href") for a in items[k].element.iter("a") if not _has_class(a, _MENTION)}), None)


def _list_in_list(el) -> bool:
    """A comment list inside another of its class: the replies under a comment (JComments' "comments-list" inside
    its parent's item, in the page's "comments-list")."""
    names = [c for c in (el.get("class") or "").split() if _COMMENTS_LIST_CLASS.search(c)]
    return bool(names) and any(set(names) & set((a.get("class") or "").split()) for a in el.iterancestors())


#: A class naming a list of comments: "comments-list", "comment-list", "commentlist".
_COMMENTS_LIST_CLASS = re.compile(r"comments?[-_]?list")


def _own(el, chosen: set, pattern: re.Pattern | None = None, tag: str | None = None):
    """Descendants of item `el` (not of a nested item) matching a class pattern or a tag, in order."""
    for node in el.iterdescendants():
        if not isinstance(node.tag, str):
            continue
        if not ((tag and node.tag == tag) or (pattern and _has_class(node, pattern))):
            continue
        if _owner(node, chosen) is el and node not in chosen:
            yield node


def _outside(el, container, chosen: set):
    """Descendants of item `el` (not of a nested item) outside its text part `container`, in order."""
    for node in el.iterdescendants():
        if (isinstance(node.tag, str) and node not in chosen and container not in (node, *node.iterancestors())
                and _owner(node, chosen) is el):
            yield node


def _owner(node, chosen: set):
    """The nearest item enclosing `node`."""
    return next((a for a in node.iterancestors() if a in chosen), None)


#: A preview of the comment a reply answers, above the reply's text (Telegram's comments widget), and its name part.
_REPLY_PREVIEW_CLASS = re.compile(r"(?:^|[-_])(?:reply|answer)-(?:head|header|preview|quote|to|at)$"
                                  r"|[-_]item-answer$")  # (Sputnik's "b-comments__item-answer": "in response to NAME")
_PREVIEW_NAME_CLASS = re.compile(r"(?:^|[-_])(?:name|author|nick)$")


def _is_form_panel(el, marked: set) -> bool:
    """Whether a comment-marked element is the comment form: it holds a text box, and no commenter's name
    outside the comments nested in it."""
    if next(el.iter("textarea"), None) is None:
        return False
    return not any(isinstance(n.tag, str) and n.tag not in ("input", "textarea", "label") and _has_class(n, _AUTHOR_CLASS)
                   and _inline_text(n) and not _between(n, el, lambda a: a in marked) for n in el.iterdescendants())


_HEADER_CLASS = re.compile(r"(?:^|[-_])header$")
#: A badge beside a commenter's name, not the name: GitHub's "author-association-badge" ("Owner").
_BADGE_CLASS = re.compile(r"(?:^|[-_])(?:badge|association)(?:$|[-_])")
#: The most characters of a part read as a comment's time inside a meta line.
_MAX_STAMP_CHARS = 40


def _between(node, top, test) -> bool:
    """Whether an element between `node` and its ancestor `top` (both left out) passes `test`."""
    for a in node.iterancestors():
        if a is top:
            return False
        if test(a):
            return True
    return False


def _read_item(el, chosen: set) -> _Item:
    item = _Item(el)
    tail_when = None
    # an editor's card ("edited Mar 5, 2019 at 11:02 by K. Mortimer") names neither the writer nor the time
    edits = {n for card in el.iter() if isinstance(card.tag, str) and card is not el
             and _EDITED_CARD.match(_inline_text(card)) and len(_inline_text(card)) <= _MAX_EDIT_CARD_CHARS
             and not any(isinstance(a.tag, str) and _ACTION_WORD.match(_inline_text(a)) for a in card.iter())
             for n in card.iter()}  # (not a box holding the writer's card as well: "asked …", "answered …")
    authors = [a for a in _own(el, chosen, _AUTHOR_CLASS) if _inline_text(a) and a not in edits
               and not _has_class(a, _TIME_CLASS) and not _has_class(a, _BADGE_CLASS)
               and not _has_class(a, _AVATAR_CLASS)  # (an avatar's initial: "user-avatar", "S")
               and not _between(a, el, _is_quote)  # (nor a quoted comment's writer: "<div class=quote-author>")
               and not _between(a, el, lambda n: _has_class(n, _HIDDEN_CLASS))]  # (nor one hidden from readers:
    # Drupal's "<p class='parent visually-hidden'>In reply to … by <a class=username>NAME</a>")
    # (a user's kind beside the name is not the name: "Guest", then "Haroon Rasheed"; a guest may be named so alone)
    # (nor a label before it: "<span class=by>by:</span> <span class=user>NAME</span>")
    author = next((a for a in authors if not markers.USER_KIND.fullmatch(_inline_text(a))
                   and not _NAME_LABEL.fullmatch(_inline_text(a))), authors[0] if authors else None)
    if author is not None:  # the name inside a name box with a badge beside it ("commenter-name" around "username")
        author = next((a for a in author.iterdescendants() if isinstance(a.tag, str) and _has_class(a, _AUTHOR_CLASS)
                       and not _has_class(a, _TIME_CLASS) and _inline_text(a)
                       and not _NAME_LABEL.fullmatch(_inline_text(a))), author)
    if author is not None:
        names = [n for n in author.iter() if "fn" in _classes(n) or n.tag in ("cite", "b")]
        if not names:
            # the name's link, not a badge or the time beside it ("<a>name</a> <time>…</time> Collaborator")
            shown = _without_times(author)
            names = [next((a for a in shown.iter("a") if _inline_text(a)), shown)]
        item.author = _SAID.sub("", _inline_text(names[0] if names else author)) or None
        # "<cite class=fn>NAME</cite> <span class=…-location>(City)", "<span class=…author>NAME</span><span
        # class=…location>, City"
        if item.author and (place := _place_after(names[0] if names and names[0].getparent() is not None else author)):
            item.author += place
        elif item.author and names and (placed := _placed_tail(names[0].tail or "")):
            places, tail_when = placed  # "<a>Imran</a>, Rawalpindi, Pakistan, 16/3/2011 21:14"
            item.author = ", ".join([item.author, *places])
    # a preview of the comment answered ("bc-comment-reply-head": its writer and the start of its text) is
    # neither this comment's text nor its author
    previews = list(_own(el, chosen, _REPLY_PREVIEW_CLASS))
    # (no text part sits in the comment's header: GitLab's "note-header" holds a "system-note-message" separator)
    texts = [t for t in _own(el, chosen, _TEXT_CLASS) if _inline_text(t) and not _between(t, el, lambda a: _has_class(a, _HEADER_CLASS))
             and not any(p in previews for p in (t, *t.iterancestors()))
             and _inline_text(t) != item.author  # (a "profile-content" box around the name)
             and not _between(t, el, lambda a: a.tag == "details")  # (a reactions popover's "message")
             and not _has_class(t, _HEADLINE_CLASS)]  # nor its title ("review-title-content")
    if author is not None:
        # a text part holding the name is a box around the comment's head and text ("comment-content" around
        # "commenter-name" and "comment-text"): the part without it, when there is one
        texts = [t for t in texts if author not in t.iter()] or texts
    if not texts:  # a text paragraph holding paragraphs, which the parser split: its now empty part's box
        texts = [t.getparent() for t in _own(el, chosen, _TEXT_CLASS) if t.tag == "p" and not _inline_text(t)
                 and t.getnext() is not None and t.getnext().tag == "p"][:1]
    container = min(texts, key=lambda t: (_text_rank(t), texts.index(t))) if texts else el
    if container is not el and container.getparent() is not el and any(
            t is not container and t.getparent() is container.getparent() and t.get("class") == container.get("class")
            for t in texts):
        container = container.getparent()  # a paragraph each in parts of one class ("comment__text"): all of them
    if author is None and container is not el and (m := _SUBMITTED_BY.search(
            " ".join(_inline_text(el).replace(_inline_text(container), " ").split()))):
        # a line naming the writer and the time in words: "Submitted by NAME (not verified) on Sat, 05/05/2012 - 10:21"
        item.author, tail_when = m["name"].strip(), m["when"].strip()
    elif author is None and container is not el:
        # no part is marked as the name: a bold, cited or heading name outside the text ("<b>Name</b> <i>date</i>",
        # "<h4>Name</h4>" over a utility-classed widget's comment; not a heading such as "Preview:" or "0 reactions"),
        # or a link to the writer's profile showing a name (not the "@handle" beside it), or the placeholder of a
        # deleted account ("<em>[deleted]</em>"); or, in a comment showing its time, a link whose address ends with
        # the name it shows (Kinja's hashed classes: "<a href=…/harrietbeaumont>Harriet Beaumont</a>")
        timed = next(el.iter("time"), None) is not None
        author = next((n for n in _outside(el, container, chosen) if (n.tag in ("b", "strong", "cite") or n.tag in (
            "h3", "h4", "h5") and not re.match(r"\d|.*:$", _inline_text(n)) or n.tag == "a" and (_PROFILE_LINK.search(
            n.get("href") or "") or timed and _named_address(n)) and not _inline_text(n).startswith("@"))
            and _NAME_LIKE.match(_inline_text(n))
            or markers.GONE_NAME.fullmatch(_inline_text(n))), None)
        item.author = _inline_text(author) if author is not None else None
        if item.author and author.getnext() is None and (place := _place_after(author)):
            item.author += place  # ("<b>NAME</b> (Dublin)")
    stamp = next((t for t in _own(el, chosen, tag="time") if _WORDY.search(_inline_text(t)) and t not in edits), None)
    for pattern in (_TIME_CLASS, _META_CLASS):
        if stamp is None:  # the first part that shows a time (not a separator such as "•")
            stamp = next((t for t in _own(el, chosen, pattern) if _WORDY.search(_inline_text(t)) and t not in edits
                          and not _TIME_LABEL.fullmatch(_inline_text(t))), None)  # (not its label: "Posted:")
    if stamp is not None and not _has_class(stamp, _TIME_CLASS) and stamp.tag != "time":
        # a meta line around the name and the time ("name commented 2 weeks ago"): the part that reads as a time
        stamp = next((t for t in stamp.iterdescendants() if isinstance(t.tag, str)
                      and len(shown := _inline_text(t)) <= _MAX_STAMP_CHARS
                      and (_RELATIVE_TIME.match(shown) or parse_stamp(shown))), stamp)
    # a time part showing the time twice ("19:14, 2 February 2017" and "7 years ago", each in a part of its own
    # marked as a time): the first of them
    while stamp is not None and (part := next((t for t in stamp.iterdescendants() if isinstance(t.tag, str)
                                               and _has_class(t, _TIME_CLASS) and _WORDY.search(_inline_text(t))),
                                              None)) is not None:
        stamp = part
    if item.author is None and el.get("author"):  # a web component naming its author as an attribute
        item.author = el.get("author").strip() or None
    if stamp is None and container is not el:
        # no part is marked as the time: a short part outside the text that reads as one (less an "on" before it
        # and a permalink's number after it: "on Monday May 02, 2011 @09:31AM (#36001412)", Slashdot)
        stamp = next((n for n in _outside(el, container, chosen) if len(shown := _unmarked_stamp(n)) <= 40
                      and (parse_stamp(shown) or _RELATIVE_TIME.match(shown))
                      and not any(isinstance(c.tag, str) and not _PERMALINK.fullmatch(_inline_text(c)) for c in n)),
                     None)
        if stamp is not None:
            item.posted_at = _unmarked_stamp(stamp)
        else:  # ...or a short part whose tooltip holds the time ("· Yesterday", title="12 Mar 2024 21:42")
            stamp = next((n for n in _outside(el, container, chosen) if _titled_stamp(n)), None)
            if stamp is not None:
                item.posted_at = _inline_text(stamp).strip(" ·•")
    if stamp is not None:
        item.posted_at = item.posted_at or _COUNTER_TAIL.sub("", _inline_text(stamp)) or None  # (its label goes in _comments)
        item.posted_at = item.posted_at and (markers.STAMP_TAIL.sub("", item.posted_at) or None)  # "… ago (edited)"
        if item.posted_at and (m := _SUBMITTED_BY.search(item.posted_at)):
            item.posted_at = m["when"]  # (a time part holding the whole line: "Submitted by NAME on DATE Permalink")
        item.posted_at_parsed = _parse_time(stamp, item.posted_at)
    if item.posted_at is None and tail_when:
        item.posted_at, item.posted_at_parsed = tail_when, parse_stamp(tail_when)
    if item.posted_at is None and author is not None and (holder := author.getparent()) is not None \
            and (m := _SUBMITTED_BY.search(_inline_text(holder)) or _STAMP_DASH_NAME.fullmatch(_inline_text(holder).strip())) \
            and (parsed := parse_stamp(m["when"])):
        # the time after the name in the line around it: "Submitted by NAME (not verified) on Wed, 07/04/2012 - 08:12";
        # or before it, a dash between (Drupal 6's Garland): "Wed, 10/07/2009 - 13:58 — NAME"
        item.posted_at, item.posted_at_parsed = m["when"], parsed
    if item.author is None and container is not el:
        # a footer that names the author in words: "Posted by: Name | May 03, 2011 at 10:02 AM"
        shown = _inline_text(el).replace(_inline_text(container), " ")
        if (m := _POSTED_BY.search(shown)) is not None:
            item.author = m["name"].strip()
    # a quoted comment inside the text ("<blockquote><b>Asad wrote:</b> …</blockquote>") is not this one's
    quotes = [q for q in container.iter() if isinstance(q.tag, str) and q is not container and _is_quote(q)
              and _QUOTE_LABEL.match(_inline_text(q))]
    # a label naming the comment answered ("In reply to Shahid Latif") is the head's, not the text's
    labels = [n for n in container.iter() if isinstance(n.tag, str) and n is not container
              and len(shown := _inline_text(n)) <= _MAX_LABEL_CHARS + 20 and _REPLY_LABEL.match(shown)]
    # a paragraph each in parts of one class right inside the comment ("<p class=comment-text>" twice): all of them
    parts = [t for t in texts if t.getparent() is el and t.get("class") == container.get("class")] \
        if container is not el and container.getparent() is el else []
    # (and the name, when it opens the text's own paragraph: "<p><span class=txt-name><b>NAME</b></span>Text …")
    named = [author] if author is not None and author is not container and any(
        a is author for a in container.iterdescendants()) else []
    item.text = "\n\n".join(shown for p in parts or [container]
                            if (shown := block_text(_without_chrome(p, chosen, also=quotes + labels + named))))
    item.quoted = _quoted_poster(quotes[0]) if quotes else None
    if previews and item.quoted is None:
        named = next((n for n in previews[0].iter() if isinstance(n.tag, str) and _has_class(n, _PREVIEW_NAME_CLASS)), None)
        item.quoted = (_inline_text(named).lstrip("@") or None) if named is not None else None
        if item.quoted != item.author:  # (a head that shows the writer beside the one answered names the writer first)
            item.answers = item.quoted
    return item


_LOOSE_PLACE = re.compile(r"\((?!\d)[^()\d]{2,40}\)|,\s*[^\W\d][^,()\d]{1,30}(?:,\s*[^\W\d][^,()\d]{1,30}){0,2}")


def _place_after(name) -> str | None:
    """The commenter's place in the part right after the name's (marked as one: "<cite class=fn>NAME</cite>
    <span class=…-location>(City)</span>", "<a>NAME</a>, <span class=…-loc>City</span>"), as the name's line
    shows it, its space or comma first (" (City)", ", City"); else None."""
    place = name.getnext()
    if place is None:  # (or loose after it, the line's last words: "<strong>NAME</strong> (Dublin)")
        tail = " ".join((name.tail or "").split())  # (or "<strong>NAME</strong>, Sharjah, UAE")
        return (tail if tail.startswith(",") else " " + tail) if _LOOSE_PLACE.fullmatch(tail) else None
    shown = " ".join(((name.tail or "") + _inline_text(place)).split())
    if not _has_class(place, _PLACE_CLASS) and not (shown.startswith(",") and place.tag == "span" and len(place) == 0):
        return None  # (unmarked, a part of its own that opens with a comma: "<span class=_2i8Ti>, Multan</span>")
    return None if not _PLACE_SHOWN.fullmatch(shown) else shown if shown[0] == "," else " " + shown


def _placed_tail(tail: str) -> tuple[list[str], str | None] | None:
    """The places, and the time if any, written after a commenter's name on its line: ", Rawalpindi,
    Pakistan, 16/3/2011 21:14" gives (["Rawalpindi", "Pakistan"], "16/3/2011 21:14"); else None."""
    parts = [p.strip() for p in tail.split(",")]
    if len(parts) < 2 or parts[0]:
        return None
    parts = [p for p in parts[1:] if p]
    when = parts.pop() if parts and (parse_stamp(parts[-1]) or _RELATIVE_TIME.match(parts[-1])) else None
    if not 1 <= len(parts) <= 3 or not all(_NAME_LIKE.match(p) and len(p.split()) <= 3
                                           and not any(c.isdigit() for c in p) for p in parts):
        return None
    return parts, when


#: The action before a post's time on Q&A sites: "answered Mar 4, 2019 at 14:30", "asked …".
_ACTION_WORD = re.compile(r"^(?:answered|asked|commented|replied|posted|submitted)(?:\s+(?:at|on))?:?\s+(?=\S)", re.I)
#: A bare "on" before a date in the time's part: "on Oct 24, 2009 11:05 AM", "on 24/10/2009".
_ON_LABEL = re.compile(r"^on\s+(?=(?:[A-Za-z]{3,9}\.?,?\s+)?\d)")
#: A counter shown in the same part as the time: "May 3, 2011 9:14 pm 4 Likes" (HashOver).
_COUNTER_TAIL = re.compile(r"\s+[\d,]+\s+(?:likes?|votes?|points?|replies|reply)$", re.I)
#: An editor's card beside the writer's (Stack Exchange): "edited Mar 5, 2019 at 11:02 K. Mortimer 2,114".
_EDITED_CARD = re.compile(r"edited\b", re.I)
_MAX_EDIT_CARD_CHARS = 120

_POSTED_BY = re.compile(r"\b(?:Posted|Written|Submitted|Comment(?:ed)?) by:?\s*(?P<name>[^|•·]{1,60}?)\s*(?:[|•·]|$)", re.I)


_TEXT_KINDS = ("message", "comment-copy", "comment-content", "content", "text", "body")


def _titled_stamp(el) -> bool:
    """A short part whose tooltip is a date and time: "· Yesterday" with title="12 Mar 2024 21:42" (or
    data-title="Mon May 03 2021 08:14:51 GMT+0500")."""
    tip = el.get("title") or el.get("data-title")
    if not tip or not any(c.isdigit() for c in tip):
        return False
    shown = _inline_text(el)
    return len(shown) <= _MAX_STAMP_CHARS and bool(_WORDY.search(shown)) \
        and (parse_stamp(tip) is not None or parse_stamp(shown.strip(" ·•")) is not None)


#: A link to a writer's profile: "https://hashnode.com/@arjunbuilds", "/user/1234", "/u/name", "/profile/…".
_PROFILE_LINK = re.compile(r"/@[\w.-]+/?$|/(?:users?|u|profiles?|members?)/[\w.-]+/?$")


def _unmarked_stamp(el) -> str:
    """The text of a part that may show a comment's time, less an "on" before
    it and a permalink's number after it ("on Monday May 02, 2011 @09:31AM (#36001412)")."""
    return _PERMALINK_TAIL.sub("", re.sub(r"^on\s+", "", _inline_text(el)))


#: A comment's permalink number after its time: "(#36001412)".
_PERMALINK_TAIL = re.compile(r"\s*\(#\d+\)$")
_PERMALINK = re.compile(r"#\d+")


def _text_rank(el) -> int:
    """Which text part to prefer: a "message" over a "content" over a "body"
    (a comment "body" often holds the author and the time as well), judged
    by how the class name ends ("message-text" is a text, "message-header"
    is not), then by what it contains."""
    n_kinds = len(_TEXT_KINDS)
    return min((n if c.endswith(kind) else n_kinds + n for n, kind in enumerate(_TEXT_KINDS)
                for c in map(str.lower, _classes(el)) if kind in c), default=2 * n_kinds)


def _parse_time(el, shown: str | None) -> dt.datetime | None:
    for node in [el, *el.iter()]:
        for attr in ("datetime", "title", "data-time", "content"):
            value = node.get(attr) if isinstance(node.tag, str) else None
            if value:
                parsed = _iso(value) or parse_stamp(value)
                if parsed is not None:
                    return parsed
    return parse_stamp(shown or "")


def _iso(value: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        return None


# --- 3. rows of a list or table marked as the comments -----------------------

def _listed_items(root) -> list[_Item]:
    """Each row of a table (or child of a list) whose class or id marks it as
    the comments, read like a marked item; header rows are skipped."""
    for box in root.iter("table", "ol", "ul", "div", "section"):
        names = [*_classes(box), box.get("id") or ""]
        if _inside_form(box) or not any(_LIST_CLASS.match(n) for n in names if n):
            continue
        if box.tag == "table":
            rows = box.findall("./tr") + box.findall("./tbody/tr")
        else:
            rows = _list_rows(box)
        rows = [r for r in rows if r.find(".//th") is None and r.tag != "form" and r.find(".//form") is None
                and not _NOTICE.match(_inline_text(r)) and not _has_class(r, _SYSTEM_CLASS)]
        names = [sum(1 for n in r.iterdescendants() if isinstance(n.tag, str) and n.tag not in ("input", "textarea")
                     and _has_class(n, _AUTHOR_CLASS) and _inline_text(n)) for r in rows]
        if sum(1 for n in names if n) == 1 and max(names) >= 2 or any(
                r.tag in ("ul", "ol") and sum(1 for c in r if c.tag == "li") >= 2 for r in rows):
            # the one row naming commenters names several, or a row is a list of its own: the box is a wrapper
            # around the widget (its header, its list, its form), not the list
            continue
        # rows of the same tag and (first) class nested in a row are its replies ("comment-body comment-parent",
        # then "comment-body comment-child"; a thread's wrapper is read as the post it wraps: "post_thread" around
        # "post", its replies "post reply")
        rows = [_post_core(r) for r in rows]
        nested = [n for r in rows if r.get("class") for n in r.iterdescendants(r.tag)
                  if (n.get("class") or "").split()[:1] == r.get("class").split()[:1]]
        if nested:
            rows = sorted(rows + nested, key=_document_order(root))
        chosen = set(rows)
        items = [i for i in (_read_listed(r, chosen) for r in rows) if i.text and i.author]
        if items:
            _link_replies(items)
            # a row without text of its own around several (GitLab's "note-discussion"): its first row opens the
            # thread, the others answer it
            kept = {i.element for i in items}
            for n, item in enumerate(items):
                thread = next((a for a in item.element.iterancestors() if a in chosen), None)
                if item.parent is None and thread is not None and thread not in kept:
                    item.parent = next((k for k in range(n) if thread in items[k].element.iterancestors()), None)
            return items
    return []


#: A note a platform writes itself in a discussion ("changed the description", "closed"): GitLab's "system-note".
_SYSTEM_CLASS = re.compile(r"^system-note$|^system-event$")

#: A list of replies inside a list of comments: "comments-list-child" (JComments).
_CHILD_LIST_CLASS = re.compile(r"(?:^|[-_])(?:list|comments?)[-_]child(?:ren)?$")


def _list_rows(box) -> list:
    """The rows of a list of comments, with the rows of a list of replies in
    it (a "comments-list-child" after its parent row) in their place."""
    rows = []
    for child in box:
        if not isinstance(child.tag, str):
            continue
        if _has_class(child, _CHILD_LIST_CLASS) or (_has_class(child, _REPLIES_CLASS) and rows) or any(
                _LIST_CLASS.match(n) for n in [*_classes(child), child.get("id") or ""] if n):
            rows += _list_rows(child)  # a list of replies, or the list itself inside its section
        else:
            rows.append(child)
    return rows


def _read_listed(row, chosen: set) -> _Item:
    """A row read as a marked item; one with no marked text part is read as a
    block that opens with a name and a time, when it does."""
    if not any(_inline_text(t) for t in _own(row, chosen, _TEXT_CLASS)):
        item = _name_time_block(row, chosen, footer_time=False)
        if item is not None:
            return item
    return _read_item(row, chosen)


# --- 4. repeated sibling blocks with a name and a time ------------------------

def _repeated_blocks(root) -> list[_Item]:
    """The largest set of sibling blocks of one tag and class that each open
    with a name and a time, with the blocks of that tag and class nested in
    them (replies)."""
    best: list[_Item] = []
    for parent in root.iter():
        if not isinstance(parent.tag, str) or len(parent) < 2:
            continue
        kinds: dict[tuple, list] = {}
        for child in parent:
            if isinstance(child.tag, str):
                # rows striped "even"/"odd" ("alt", "row1"/"row2") are one kind
                kinds.setdefault((child.tag, _ZEBRA.sub("", child.get("class") or "").strip() or None), []).append(child)
                # and by the first class name alone: items that add a state ("status__wrapper--in-thread"), with
                # those that add none ("cmt_box", "cmt_box cmt_reply", "cmt_box cmt_reply cmt_reply_2")
                if names := (child.get("class") or "").split():
                    kinds.setdefault((child.tag, names[0], "first"), []).append(child)
        for (tag, cls, *by_first), blocks in kinds.items():
            if len(blocks) < 2 or tag in ("tr", "option", "a", "span", "p") or _inside_form(parent):
                continue
            # replies: blocks of the same tag nested in them, of the same class or its first name; or, when the
            # first name is every box's (Quora's "q-box"), of the same class only
            first = (cls or "").split()[:1]
            blocks = [_core(b) for b in blocks]  # (a wrapper around one element is read as that element)
            same = [n for b in blocks for n in b.iterdescendants(tag) if n.get("class") == cls]
            akin = [n for b in blocks for n in b.iterdescendants(tag)
                    if n.get("class") == cls or first and (n.get("class") or "").split()[:1] == first]
            for candidates in ([akin, same] if len(akin) > len(same) else [same]):
                nested = [_core(n) for n in candidates]
                chosen = set(blocks) | set(nested)
                found = [i for i in (_name_time_block(b, chosen) or _signed_at_end(b, chosen) for b in blocks)
                         if i is not None]
                if len(found) >= 2 and 3 * len(found) >= 2 * len(blocks):
                    break
            if len(found) >= 2 and 3 * len(found) >= 2 * len(blocks) and (len(found) > len(best) or by_first):
                replies = [i for i in (_name_time_block(b, chosen) or _signed_at_end(b, chosen) for b in nested)
                           if i is not None]
                # (by their first class name, the items with replies and those without, with their replies, when
                # they are more: "stream-item noChildren-false", "stream-item noChildren-true")
                if len(found) + len(replies) > len(best):
                    order = _document_order(root)
                    best = sorted(found + replies, key=lambda i: order(i.element))
    _link_replies(best)
    if best and all(i.signed and i.parent is None for i in best):
        _conversational_parents(best)
    return best


def _conversational_parents(items: list[_Item]) -> None:
    """Flat comments signed after their text, as copied text reads them (splitter._replied): a reply opening
    with an earlier comment's words answers that comment (the words are dropped), one opening with an
    earlier writer's name or login ("name: …", "Jim, …", "mumbai_mongoose, …") that writer's latest comment."""
    earlier: list[Comment] = []
    for n, item in enumerate(items):
        text = _unquoted(item.text, [c.text for c in earlier])
        if text != item.text:
            quoted = item.text.split("\n\n", 1)[0]
            item.parent = next((k for k in range(n - 1, -1, -1) if quoted in earlier[k].text), None)
            item.text = text
        k = None if item.parent is not None else _replied(earlier, None, item.text, first_names=True) or next(
            (c.index for c in reversed(earlier) if c.author and markers.HANDLE.fullmatch(c.author)
             and item.text.startswith(c.author + ", ")), None)  # a login, then a comma: "mumbai_mongoose, …"
        if k is not None:
            item.parent = k - 1
        earlier.append(Comment(index=n + 1, author=item.author, posted_at=item.posted_at, posted_at_parsed=None,
                               text=item.text))


_ZEBRA = re.compile(r"(?:^|\s)(?:even|odd|alt|alternate|row[12])(?=\s|$)", re.I)


def _core(el):
    """`el`, or the element it wraps when that is the only one in it with text
    (a "status__wrapper" around its "status" and an empty thread line)."""
    while True:
        children = [c for c in el if isinstance(c.tag, str) and _inline_text(c)]
        if len(children) != 1 or (el.text or "").strip() or any((c.tail or "").strip() for c in el):
            return el
        el = children[0]


def _post_core(row):
    """The one post a thread's row wraps (`_core`), not a list of posts (GitLab's "note-discussion" around its
    "notes"): one whose parts are each of a kind of their own ("post_head", "body", "post_foot", "replies")."""
    core = _core(row)
    parts = [(c.tag, c.get("class")) for c in core if isinstance(c.tag, str)]
    return core if core.tag not in ("ul", "ol") and len(parts) == len(set(parts)) else row


def _name_time_block(block, chosen=frozenset(), footer_time: bool = True) -> _Item | None:
    """A block whose first short lines hold a name and a time, then the text
    (without the blocks in `chosen` nested in it); or, with `footer_time`, a
    name on top and the time in a footer line under the text ("Like · Reply · 3d")."""
    nested = chosen - {block}
    # a label above the head naming the comment answered ("In reply to<a>farhanmirza</a>:") is neither head nor text
    label = next((el for el in block.iterdescendants() if isinstance(el.tag, str)
                  and (el.text or "").lstrip().lower().startswith(_REPLY_LABEL_OPENINGS)
                  and len(shown := _inline_text(el)) <= 80 and _REPLY_LABEL.match(shown)
                  and not (nested and _owner(el, nested | {block}) is not block)), None)
    if label is not None:
        nested = nested | {label}
    leaves = [n for n in block.iter() if isinstance(n.tag, str) and n.tag not in _CHROME_TAGS - {"time"}
              and _inline_text(n) and not any(isinstance(c.tag, str) and _inline_text(c) for c in n)
              and n is not label and not (nested and _owner(n, nested | {block}) is not block)]
    stamp = name = initials = None
    for n in [n for n, leaf in enumerate(leaves) if _WORDY.search(_inline_text(leaf))
              and not _PERMALINK_TEXT.match(_inline_text(leaf))][:4]:  # not "@", "⬆", "·", "Comment Link"
        shown = _inline_text(leaves[n])
        if name is not None and n > name and (len(shown.split()) >= _TEXT_MIN_WORDS or len(shown.split()) >= 3
                                              and markers.SENTENCE_END.search(shown)
                                              and not (len(shown) <= 60 and parse_stamp(shown))):
            break  # the text has begun: a time below it is the footer's (not a time ending "9:03 a.m.")
        if stamp is None and len(shown) <= 60 and (parse_stamp(shown) or parse_date_text(shown)
                                                   or _RELATIVE_TIME.match(shown)
                                                   or leaves[n].tag == "time" and leaves[n].get("datetime")
                                                   or name is not None and _SHORT_TIME.fullmatch(shown)):
            stamp = n  # (a short age right after the name: "Vikram Sethi · 4y")
        elif _INITIALS.match(shown):  # an avatar's letters ("IQ"), the name when no other is shown
            initials = n if initials is None else initials
        elif name is None and _NAME_LIKE.match(shown) and not markers.COMMENT_BADGE.fullmatch(shown) \
                and not _ITEM_NUMBER.fullmatch(shown) and not _NAME_LABEL.fullmatch(shown):
            name = n  # (not the comment's number, "1.", "#12", nor the name's label, "Posted by:")
    name = initials if name is None else name
    footer, written, line, signed = False, None, None, None
    if stamp is None and name is not None:
        # the time loose in the name's line, between its parts ("<strong>NAME</strong>| 5.3.11 @ 10:14AM |")
        # (a head's line opening with the name, not a signature: "posted by NAME at 9:20 AM on …",
        # "… — NAME (talk) 15:40, 27 November 2011 (UTC)")
        heads = list(itertools.takewhile(lambda a: a is not block, leaves[name].iterancestors()))[:2]
        line, written = next(((a, w) for a in heads if len(shown := _inline_text(a)) <= _HEAD_LINE_CHARS
                              and shown.startswith(_inline_text(leaves[name])) and (w := _loose_stamp(a))),
                             (None, None))
        if written:
            stamp = name
    if stamp is None and name is not None and footer_time:
        # (a short age among the last buttons, "3d"; or a time in words among the footer's parts, "11 hours ago")
        stamp = next((n for n in range(len(leaves) - 1, max(name + 1, len(leaves) - _FOOTER_LEAVES), -1)
                      if (shown := _inline_text(leaves[n])) and (
                          n >= len(leaves) - 3 and _SHORT_TIME.fullmatch(shown) and _parse_time(leaves[n], None)
                          or _RELATIVE_TIME.match(shown) or len(shown) <= 40 and parse_stamp(shown)
                          # (or a time element whose title or datetime gives the date: "July 3 at 5:48pm")
                          or leaves[n].tag in ("abbr", "time") and _parse_time(leaves[n], None))), None)
        footer = stamp is not None
        if footer and not _in_author_part(leaves[name], block):
            # the footer's own byline names the writer ("by <a>NAME</a> on DATE"): what the head above the text
            # showed was the comment's title and its votes ("Nobody in Lahore is reading the bill (6+ / 0-)")
            signed = _line_of(leaves[stamp], block, None)
            byline = markers.SIGNATURE.fullmatch(" ".join(_inline_text(signed).split()))
            signer = byline and next((m for m in ("author", "author2", "author3", "author4") if byline[m]), None)
            byline_name = next((n for n in range(name + 1, stamp) if signer and _inline_text(leaves[n]) == byline[
                signer] and leaves[n] in signed.iter()), None)
            name, signed = (name, None) if byline_name is None else (byline_name, signed)
    if stamp is None or name is None:
        return None
    subject = []
    if _in_subject(leaves[name], block) and (signer := next(
            (n for n in range(name + 1, len(leaves)) if _in_author_part(leaves[n], block)), None)) is not None:
        # a subject over the text, its writer named in an author's part beside it or signed under the text
        # ("Sovereignty is not for sale", the letter, "-- Imran Siddiqui, Karachi", the time): the writer is the
        # name, the subject no text
        subject, name = leaves[:name + 1], signer  # (and what sits above the subject: a badge, "Editors' Choice")
    elif titled := [n for n in range(name) if _in_subject(leaves[n], block)]:
        subject = leaves[:titled[-1] + 1]  # (the writer's name found under the text: "Sub: …", the text, "Posted by")
    if subject:
        subject += [el for el in _around(subject[-1], block) if _SUBJECT_LABEL.match(el.text or "")]  # ("Sub:")
    holder = leaves[name].getparent()  # "posted by <a>NAME</a>": the label goes with the name
    # (or that holds the name alone, its "Says:" after it: "<cite><a>NAME</a></cite> Says:")
    by = [holder] if holder is not None and holder is not block and (
        _BY_LABEL.match(_inline_text(holder))
        or _SAID.fullmatch(holder.tail or "") and _inline_text(holder) == _inline_text(leaves[name])) else []
    if footer:
        # the footer line (buttons, likes, the time) and the name's line (with a job or place beside it), and a
        # short line right under the name's that describes the writer ("Ohio", "Lahore University of Management
        # Sciences") when the text follows it
        foot = signed if signed is not None and leaves[name] in signed.iter() else _line_of(leaves[stamp], block,
                                                                                            leaves[name])
        named = foot if foot is signed else _line_of(leaves[name], block, foot)
        also = [foot, named, *subject, *by, *_writer_detail(named, foot)]
        text = block_text(_without_chrome(block, nested, also=also))
    else:
        # the head (name, time and what sits between or before them, such as a place) is not comment text;
        # nor is the rest of a header holding both, such as votes and points ("+12 Vote up", "214p")
        # (under a subject, the text between it and its writer's name is no head: "Sub: …", the text, "Posted
        # by NAME", the time)
        head = (subject + leaves[name:max(stamp, name) + 1] if subject else leaves[:max(stamp, name) + 1]) + by
        box = line if written else next(a for a in leaves[stamp].iterancestors() if leaves[name] in a.iter())
        text = block_text(_without_chrome(block, nested, also=[*head, box])) if box is not block else ""
        if text and len(text.split()) < _TEXT_MIN_WORDS and not markers.SENTENCE_END.search(text) and len(
                (inside := block_text(_without_chrome(box, nested, also=head))).split()) >= _TEXT_MIN_WORDS \
                and markers.SENTENCE_END.search(inside):
            text = inside  # the box holds the text too, and the block's rest is a button ("Hide 2 Replies")
        if not text:
            text = block_text(_without_chrome(block, nested, also=head))
    if not text:
        return None
    shown = written or _inline_text(leaves[stamp])
    if shown.startswith("(") and shown.endswith(")"):
        shown = shown[1:-1].strip()  # ("(05/10/2011 05:12)")
    author = _BY_LABEL.sub("", _SAID.sub("", _inline_text(leaves[name])))  # "posted by Adnan Shaikh"
    if author and (place := _place_after(leaves[name])):
        author += place
    item = _Item(block, author=author or None, posted_at=shown,
                 posted_at_parsed=_parse_time(leaves[stamp], shown), text=text)
    # the poster of a quoted comment ("Originally posted by NAME:"), whom this one answers
    quotes = [q for q in block.iter() if isinstance(q.tag, str) and _is_quote(q) and _QUOTE_LABEL.match(_inline_text(q))
              and not (nested and _owner(q, nested | {block}) is not block)]
    item.quoted = _quoted_poster(quotes[0]) if quotes else None
    return item


_LOOSE_PART = re.compile(r"\s*[|•·]\s*")
_HEAD_LINE_CHARS = 100


def _loose_stamp(line) -> str | None:
    """The time written as loose text between the child elements of a head `line` (not inside one of them),
    set apart by bars or dots: "<strong>NAME</strong><span>|</span>5.3.11 @ 10:14AM<span>|</span>"."""
    loose = " | ".join(t for t in [line.text or "", *(c.tail or "" for c in line)] if t.strip())
    parts = [p for p in _LOOSE_PART.split(loose) if p]
    return next((p for p in parts if len(p) <= _MAX_STAMP_CHARS and parse_stamp(p)), None)


def _writer_detail(named, foot) -> list:
    """The element right under the name's line `named` that describes the writer ("Ohio", "Lahore University of
    Management Sciences"): a few words, no sentence, with the text (not the footer `foot`) under it; else none."""
    detail = named.getnext()
    if detail is None or detail.getnext() is None or foot in detail.iter():
        return []
    if foot in detail.getnext().iter() and not _inline_text(detail.getnext()).replace(_inline_text(foot), "").strip():
        return []  # (the footer alone under it; a box holding the text and the footer under it is fine)
    shown = _inline_text(detail)
    return [detail] if len(shown.split()) <= markers.AUTHOR_PLACE_MAX_WORDS + 2 and not markers.SENTENCE_END.search(
        shown) else []


#: A comment's number in a part of its own: "1.", "#12".
_ITEM_NUMBER = re.compile(r"#?\d{1,4}[.)]?")
#: A label in its own author-classed part before the name: "by:".
_NAME_LABEL = re.compile(r"(?:posted |written )?by:?", re.I)
_SUBJECT_CLASS = re.compile(r"(?:^|[-_])(?:subject|title)$")
#: A subject's label before it: "Sub:", "Subject:".
_SUBJECT_LABEL = re.compile(r"\s*(?:Sub|Subject)\s*:", re.I)


def _around(leaf, block):
    """`leaf` and the elements around it inside `block`."""
    return itertools.takewhile(lambda el: el is not block, (leaf, *leaf.iterancestors()))


def _in_subject(leaf, block) -> bool:
    """Whether `leaf` sits in a heading (h1 to h6) or a part marked as the subject inside `block` ("fray_subject"),
    or labelled so ("Sub: <b>Money for nothing</b>")."""
    return any(el.tag in ("h1", "h2", "h3", "h4", "h5", "h6") or _has_class(el, _SUBJECT_CLASS)
               or _SUBJECT_LABEL.match(el.text or "") for el in _around(leaf, block))


def _in_author_part(leaf, block) -> bool:
    """Whether `leaf`, or an element around it inside `block`, is marked as the author's part ("letter_author")."""
    return any(_has_class(el, _AUTHOR_CLASS) for el in _around(leaf, block))


def _signed_at_end(block, chosen=frozenset()) -> _Item | None:
    """A block whose text ends with its signature line: "posted by NAME at 9:20 AM on May 2, 2011
    [24 favorites]" (markers.SIGNATURE), the line an element of its own."""
    nested = chosen - {block}
    owned = [el for el in block.iterdescendants() if isinstance(el.tag, str)
             and not (nested and _owner(el, nested | {block}) is not block)]
    order = _document_order(block)
    for el in owned:
        shown = " ".join(_inline_text(el).split())
        if not shown or not (m := markers.SIGNATURE.fullmatch(shown)):
            continue
        author = next((m[g] for g in ("author", "author2", "author3", "author4") if m[g]), None)
        when = next((m[g] for g in ("when", "when2", "when3", "when4") if m[g]), None)
        when = markers.SIGNATURE_COUNTER.sub("", when or "").strip() or None
        inside = set(el.iter())
        # (past the buttons under it: "Report")
        later = [o for o in owned if order(o) > order(el) and o not in inside and (o.text or "").strip()
                 and not _CHROME_WORDS.match(o.text.strip())  # (its own words: not a box of replies around them)
                 and not any(_button_row(a) for a in _around(o, block))]
        if when is None and author is not None:  # ("posted by NAME" closing it, its time part opening it: Joomla K2)
            stamp = next((o for o in owned if order(o) < order(el) and _has_class(o, _TIME_CLASS)
                          and parse_stamp(_inline_text(o).strip())), None)
            when = " ".join(_inline_text(stamp).split()) if stamp is not None else None
            also = [el] + ([stamp] if stamp is not None else []) + [
                o for o in owned if _PERMALINK_TEXT.match(" ".join(_inline_text(o).split()))]  # ("Comment Link")
        else:
            also = [el]
        if author is None or when is None or later:
            continue  # (a signature must close the block)
        text = block_text(_without_chrome(block, nested, also=also))
        if not text:
            return None
        return _Item(block, author=markers.SIGNATURE_ROLE.sub("", author).strip(), posted_at=when,
                     posted_at_parsed=parse_stamp(when), text=text, signed=True)
    return None


#: A comment's own link, shown as words: "Comment Link", "Permalink", "#12".
_PERMALINK_TEXT = re.compile(r"^(?:comment link|permalink|link to (?:this )?comment|#\d+)$", re.I)
#: The label before a name: "posted by Adnan Shaikh".
_BY_LABEL = re.compile(r"^(?:posted|written|submitted|comment(?:ed)?) by:?\s+(?=\S)", re.I)


#: A part of this many words after the name (or a sentence of three) is the comment's text, not its head.
_TEXT_MIN_WORDS = 12
#: How many of a block's last parts may hold its footer's time ("11 hours ago", "Reply", "·", "Like", "6 people").
_FOOTER_LEAVES = 10


#: A letter avatar: "I", "IQ".
_INITIALS = re.compile(r"^[A-Z]{1,2}$")
#: A widget's short time: "3d", "2w", "14h".
_SHORT_TIME = re.compile(r"\d{1,3}\s?(?:s|m|min|h|hr|d|w|mo|y|yr)s?")
#: A line of a comment's head or footer is at most this long.
_LINE_CHARS = 80


def _line_of(leaf, block, other):
    """The largest element around `leaf` inside `block` that is still one
    short line: not holding `other`, nor a sentence or a long text."""
    line = leaf
    for up in leaf.iterancestors():
        if up is block or len(_inline_text(up)) > _LINE_CHARS or other in up.iter() or any(
                n is not leaf and (len(t := _inline_text(n)) > 60 or re.search(r"\w[.!?]$", t))
                for n in up.iter() if isinstance(n.tag, str) and not len(n)):
            break
        line = up
    return line


#: Between a site's name and the headline in a <title>: "The Sindh Observer :: Headline".
_TITLE_SEPARATOR = re.compile(r"\s+(?:::|[|–—-])\s+")
#: A comment's time inside its head line: "wrote on 27/05/2012 at 09:40:" gives "27/05/2012 at 09:40".
_STAMP_IN = re.compile(rf"{markers.ANY_DATE}(?:\s*(?:-|–|at|,)?\s*{markers.TIME})?|{markers.RELATIVE_TIME}", re.I)
#: Where a run of comments ends: anything but paragraphs and rules.
_RUN_TAGS = ("p", "div", "blockquote", "font", "span")


def _headed_runs(root) -> list[_Item]:
    """Comments laid out as runs of sibling paragraphs, with no element around
    each: a head paragraph that opens with a bold or cited name and holds a
    time ("<p><b>Name</b> (City) wrote on 26/05/2012:</p>"), then the text's
    paragraphs up to the next head (rules between them are skipped). The
    largest such run on the page."""
    best: list[_Item] = []
    for parent in root.iter():
        if not isinstance(parent.tag, str) or len(parent) < 4 or _inside_form(parent):
            continue
        children = [c for c in parent if isinstance(c.tag, str)]
        heads = [(k, found) for k, c in enumerate(children) if (found := _comment_head(c))]
        if len(heads) < 2:
            continue
        items = []
        for n, (k, (name, stamp)) in enumerate(heads):
            stop = heads[n + 1][0] if n + 1 < len(heads) else len(children)
            paragraphs = []
            for child in children[k + 1:stop]:
                if child.tag in ("hr", "br"):
                    continue
                if child.tag not in _RUN_TAGS:
                    break
                paragraphs.append(block_text(_without_chrome(child, ())))
            text = "\n\n".join(p for p in paragraphs if p)
            if text:
                items.append(_Item(children[k], author=name, posted_at=stamp, posted_at_parsed=parse_stamp(stamp),
                                   text=text))
        if len(items) > len(best):
            best = items
    return best


def _comment_head(el) -> tuple[str, str] | None:
    """(name, time) of a short paragraph that opens with a bold or cited name
    and holds a time, else None."""
    shown = _inline_text(el)
    if el.tag not in _RUN_TAGS or not shown or len(shown) > 120:
        return None
    name = next((n for n in el.iter() if n.tag in ("b", "strong", "cite")), None)
    when = _STAMP_IN.search(shown)
    if name is None or when is None or not _NAME_LIKE.match(_inline_text(name)) \
            or not shown.startswith(_inline_text(name)):
        return None
    return _inline_text(name), when.group(0)


# --- signed paragraphs (wiki talk pages) ----------------------------------------

#: A wiki signature closing a comment: "— Kashif Rizvi (talk) 16:41, 5 May 2011 (UTC)".
_SIGNATURE = re.compile(r"\s*(?:—|–|--?)?\s*(?P<name>[^()—–]{1,60}?)\s*\((?:talk|contribs?)\b[^)]{0,40}\)\s*"
                        r"(?P<when>\d{1,2}:\d{2},\s+\d{1,2}\s+\w+\s+\d{4}\s*\((?:UTC|GMT)\))$", re.I)
_SIGNED_TAGS = ("p", "dd", "li")


def _signed_blocks(root) -> list[_Item]:
    """Comments that end with a wiki signature, each with the unsigned
    paragraphs right above it; replies indented in ``<dl><dd>``, a reply's
    parent the last comment one level out."""
    items: list[_Item] = []
    depths: list[int] = []
    for el in root.iter(*_SIGNED_TAGS):
        m = _SIGNATURE.search(_own_text(el))
        if m is None or _inside_form(el):
            continue
        paragraphs = [el]
        for before in el.itersiblings(preceding=True):
            if before.tag != el.tag or _SIGNATURE.search(_own_text(before)) or before.find(".//dl") is not None:
                break
            paragraphs.insert(0, before)
        texts = [_own_text(p) for p in paragraphs]
        texts[-1] = texts[-1][:m.start()].rstrip()
        depth = sum(1 for a in el.iterancestors("dl"))
        parent = next((k for k in range(len(items) - 1, -1, -1) if depths[k] == depth - 1), None) if depth else None
        day, (hour, minute) = parse_date_text(m["when"]), m["when"].split(",")[0].split(":")
        items.append(_Item(paragraphs[0], author=m["name"].strip(), posted_at=m["when"],
                           posted_at_parsed=dt.datetime(day.year, day.month, day.day, int(hour), int(minute))
                           if day else None,
                           text="\n\n".join(t for t in texts if t), parent=parent))
        depths.append(depth)
    return items if len(items) >= 2 else []


def _own_text(el) -> str:
    """`el`'s text without the lists nested in it (the replies under a ``<dd>``)."""
    clone = copy.deepcopy(el)
    for nested in list(clone.iter("dl", "ul", "ol")):
        if nested is not clone:
            _drop(nested)
    return _inline_text(clone)


# --- forum threads ------------------------------------------------------------

#: A forum post's message: phpBB "postbody", vBulletin "post_message_81241" (vBulletin 4: "postcontent"), SMF
#: "msg_118402", MyBB "post_body" ("pid_20312"), Discuz! "postmessage_612001", and the like. Discourse renders a
#: post's message as "cooked", XenForo as "bbWrapper", Flarum as "Post-body", vBulletin 5 as
#: "js-post__content-text", Kunena as "kmsg"; Invision marks it ``data-role="commentContent"``, NodeBB
#: ``component="post/content"``.
_POST_CLASS = re.compile(r"^(?:postbody|postmessage|post_message|post_body|post-text|posttext|postcontent|postmsg|message|messageText|cooked"
                         r"|bbWrapper|Post-body|js-post__content-text|kmsg|kmsgtext|lia-message-body-content"
                         r"|bbp-reply-content|bbp-topic-content|forum-post-content|posting|post-content-container|post_inner"
                         r"|postcolor)$")  # (IP.Board 2's "postcolor")
_POST_ID = re.compile(r"^(?:post_message|msg|pid)_\d+$|^postmessage_\d+$")
#: The header row of a list of posts: bbPress's "bbp-header".
_LIST_HEADER_CLASS = re.compile(r"^(?:bbp|forum|topic)-header$")
#: A forum poster's name: phpBB "postauthor", vBulletin "bigusername", Invision "cAuthorPane_author", Flarum
#: "PostUser-name", Discuz! "authi", vBulletin 5 "b-userinfo__username", Kunena "kwho-user" (its role: admin,
#: moderator...), FluxBB's "postleft" and ProBoards' "mini-profile" boxes (the name their first link),
#: or any author-like class; SMF's "poster" box holds the name in its heading, above the
#: member's rank.
_POSTER_CLASS = re.compile(r"^(?:postauthor|bigusername|(?:[\w-]+__)?username|username-coloured|poster|[a-zA-Z]+_author"
                           r"|PostUser-name|authi|kwho-[a-z]+|kpost-username|lia-user-name|bbp-author-name|postleft|mini-profile"
                           r"|author|normalname)$")
#: A quote of an earlier post inside a reply (not the reply's text).
_QUOTE_CLASS = re.compile(r"(?:^|[-_])(?:quote|quotetitle|quotecontent|bbcode_quote|quote-content|quotebox|quotetop"
                          r"|quotemain)(?:$|[-_])"
                          r"|^Comment_Quote$")  # Pluck's quoted comment
_QUOTE_LABEL = re.compile(r"^(?:Quote(?: from .{1,40})?:|Quote from .{1,40}?(?:\.\.\.|…)|Quoting (?:#\d+ by )?.{1,40}?:|.{1,40} (?:wrote|said):|.{1,40} \((?:View|See|Go to) (?:Comment|Post)\):"
                          r"|(?i:Originally Posted by)\b|In reply to\b)")  # (or "Quoting #418791 by NAME:")
#: A line above a quote naming its poster: "@hawkeye_ohio said in Topic title:" (NodeBB), "<b>X wrote:</b>" (Kunena).
_QUOTE_INTRO = re.compile(r"(?P<name>.{1,40}) (?:wrote|said)(?: in .{1,300})?:")
#: The most characters of a label naming the post answered.
_MAX_LABEL_CHARS = 60
_UNIT = r"(?:second|minute|hour|day|week|month|year)s?"
#: A relative time or day, "2 years 11 months ago" (Kunena) too.
_RELATIVE_DAY = re.compile(rf"(?<!\w)(?:yesterday|today|(?:\d+|an?|one)\s+{_UNIT}(?:,?\s+\d+\s+{_UNIT})+\s+ago"
                           rf"|{markers.RELATIVE_TIME})(?!\w)", re.I)
#: The most characters of a time shown on its own ("Nov '11", "3 hours ago").
_MAX_TIME_CHARS = 40
#: A post's time (markers.POST_STAMP) is not the poster's "Joined: Thu Mar 13, 2008 4:21 pm", nor an earlier
#: post's "Last Edit: 04 Nov 2013 18:40" (removed before the search).
#: The forum's note on a post's edit, whose time and editor are not the post's: Khoros's "lia-message-edited-on".
_EDIT_NOTE_CLASS = re.compile(r"(?:^|[-_])edited-(?:on|by)$")
_JOINED = re.compile(rf"(?:Joined|Registered|Join Date|Member since|(?:Last )?Edit(?:ed)?(?: by \S.{{0,40}}? on)?"
                     rf"|edited \d+ times?, last by \S.{{0,60}}?\()\s*:?\s*(?:on\s+)?"
                     rf"{markers.WEEKDAY}{markers.ANY_DATE}(?:\s*(?:-|–|at|,)?\s*{markers.TIME})?", re.I)


def _forum_thread(root) -> tuple[tuple[str | None, dt.date | None, str], list[Comment]] | None:
    """A forum thread (phpBB, vBulletin...): two or more post messages, the
    first of which is the article (a reposted news story: its bold first line
    the headline, a date near its top the date) and the others its comments.
    Each post's author and time come before its message in the page; quotes of
    earlier posts and signatures are not part of a post's text. Returns
    ((title, date, body), comments); None when the page has fewer than two
    posts with a poster's name."""
    bodies = [el for el in root.iter() if isinstance(el.tag, str)
              and (any(_POST_CLASS.match(c) for c in _classes(el)) or _POST_ID.match(el.get("id") or "")
                   or el.get("data-role") == "commentContent" or el.get("component") == "post/content")]
    # nor a quoted post's message inside a post (vBulletin's "bbcode_quote" holds a "message")
    bodies = [b for b in bodies if not any(_has_class(a, _QUOTE_CLASS) for a in b.iterancestors())]
    # a signature styled as a message is not one (FluxBB's "postsignature postmsg")
    bodies = [b for b in bodies if not any(c.lower().endswith("signature") for c in _classes(b))]
    # a message part in the list's header row is its column label ("Posts" over bbPress's replies)
    bodies = [b for b in bodies if not any(_has_class(a, _LIST_HEADER_CLASS) for a in b.iterancestors())]
    # a form holding one message is a reply box; one holding many is a moderation form around the posts (SMF, Invision)
    form_of = {b: next(b.iterancestors("form"), None) for b in bodies}
    in_form = Counter(form_of.values())
    bodies = [b for b in bodies if form_of[b] is None or in_form[form_of[b]] >= 2]
    # the message itself, not a box around it with the post's title and signature (vBulletin 4's "postbody"
    # around its "postcontent")
    inner = set(bodies)
    bodies = [b for b in bodies if not any(d in inner for d in b.iterdescendants())]
    if len(bodies) < 2:
        return None
    heads = _post_heads(root, bodies)
    if sum(1 for author, _, _ in heads if author) < 2:
        return None  # posts without posters: not a forum's thread
    texts = [_post_text(b) for b in bodies]
    lines = texts[0].split("\n\n")
    title = _headline(root, [_title_of(root)])
    if title is None:  # a reposted story's bold first line, else the topic's title (the page's, less the forum's name)
        first = lines[0] if lines else ""
        title = first if first and not first.endswith((".", "?", "!")) else max(
            _TITLE_SEPARATOR.split(_title_of(root) or ""), key=len) or first or None
    published = None
    for line in lines[:3]:
        if line == title:
            continue
        if len(line) <= 80 and (found := parse_date_text(line)):
            published, lines = found, [ln for ln in lines if ln != line]
            break
    when_of = stamp_reader([when for _, when, _ in heads if when])  # "05-02-2011": May 2 when the thread reads so
    if published is None and heads[0][1]:
        published = (when := when_of(heads[0][1])) and when.date() or parse_date_text(heads[0][1])
    if published is None:  # a time shown in words ("Friday at 7:48 PM"): the machine-readable one of the first post
        marks = [el for el in _until(root, bodies[0]) if el.tag == "time" and el.get("datetime")]
        published = (when := _iso(marks[-1].get("datetime"))) and when.date() if marks else None
    if published is None:  # a day in words with the date as its tooltip (MyBB: <span title="10-21-2022">Yesterday)
        days = [d for el in _until(root, bodies[0]) if el.get("title") and _RELATIVE_DAY.fullmatch(_inline_text(el))
                and (d := parse_date_text(el.get("title")))]
        published = days[-1] if days else None
    body = "\n\n".join(ln for ln in lines if ln != title)
    # a post without a poster is the forum's own notice ("This topic was automatically closed")
    comments: list[Comment] = []
    kept: dict = {}  # a comment's message element -> its index
    for (author, when, answered), text, post in zip(heads[1:], texts[1:], bodies[1:]):
        if text and author:
            # a reply naming the post it answers ("in reply to @name") or quoting one answers that post's poster
            quoted = answered or _quoted_poster(post)
            parent = next((c.index for c in reversed(comments) if quoted and c.author == quoted), None)
            if parent is None:
                parent = _nested_parent(post, kept)
            comments.append(Comment(index=len(comments) + 1, author=author, posted_at=when,
                                    posted_at_parsed=when_of(when) if when else None, text=_without_detail(text),
                                    parent=parent))
            kept[post] = len(comments)
    return (title, published, body), comments


def _until(root, stop):
    """The elements of `root` in document order, up to `stop`."""
    for el in root.iter():
        if el is stop:
            return
        if isinstance(el.tag, str):
            yield el


#: A quote's label: "Rajat.S said:", "(05-02-2011, 09:41 AM)Asfandyar Wrote:" (MyBB: the date first),
#: "delhi_observer posted on 2021-8-30 10:02" (Discuz!), ...
_QUOTED_BY = re.compile(r"^(?:\s*\([^()]{4,40}\)\s*)?(?:(?P<a>.{1,40}?) (?:(?i:said|wrote)\s*:|posted on \d)"
                        r"|(?i:Originally Posted by):? (?P<b>\S.{0,39}?):?(?:\s|$)|Quote from:? (?P<c>[^:]{1,40}?)(?::|\s+on\s|\s*(?:\.\.\.|…)|$)"
                        r"|QUOTE\s*\((?P<d>[^@()]{1,40}?)\s*@"  # (IP.Board 2: "QUOTE (Shahzeb_K @ May 2 2011, 08:15 PM)")
                        r"|Quoting (?P<e>[^:]{1,40}?):)")  # (JComments: "Quoting NAME:")


_MENTION = re.compile(r"mention", re.I)


def _beside(node, step: str):
    """The element next to `node` (``step``: "getnext" or "getprevious"), line breaks passed over."""
    while (node := getattr(node, step)()) is not None and node.tag == "br":
        pass
    return node


def _is_quote(el) -> bool:
    return el.tag == "blockquote" or _has_class(el, _QUOTE_CLASS)


def _quoted_poster(post) -> str | None:
    """The poster whose words a post quotes first ("Rajat.S said:", ``data-quote="Rajat.S"``), else None."""
    for q in post.iter():
        if isinstance(q.tag, str) and _is_quote(q):
            if name := q.get("data-quote") or q.get("data-ipsquote-username"):
                return name.strip()
            link = next(q.iter("a"), None)  # a quote that opens with a mention of its poster (Flarum's "PostMention")
            if link is not None and _has_class(link, _MENTION) and _inline_text(q).startswith(_inline_text(link)):
                return _inline_text(link).lstrip("@")
            above = _beside(q, "getprevious")
            # "<b>X wrote:</b><blockquote>"
            if above is not None and (m := _QUOTE_INTRO.fullmatch(_inline_text(above))):
                return m["name"].lstrip("@").strip()
            # the label's own part when it has one ("<div class=quoteBoxTitle>Quote from X</div>" glued to the words)
            labels = [t for d in q.iter() if isinstance(d.tag, str) and _QUOTED_BY.match(t := _inline_text(d))
                      and not (d is not q and _is_quote(d)) and not _between(d, q, _is_quote)]  # (not a quote's inside it)
            if labels and (m := _QUOTED_BY.match(labels[-1])):
                name = (m["a"] or m["b"] or m["c"] or m["d"] or m["e"]).strip()
                # the whole name when the label shows it in bold ("Originally posted by <strong>Sqn Ldr M</strong>")
                return next((t for b in q.iter("strong", "b") if (t := _inline_text(b)).startswith(name)), name)
    return None


def _post_heads(root, bodies) -> list[tuple[str | None, str | None, str | None]]:
    """(author, time, the poster it answers) of each post: the last poster name
    and the first post time in the page between the message before it and its
    own message; without a written date and time there, the text of the last
    element marked as a time (Discourse's "Nov '11"); the name in a label
    "in reply to @name" there (NodeBB), else None."""
    heads: list[tuple[str | None, str | None, str | None]] = []
    segment: list[str] = []  # the page's text since the last message
    author: str | None = None
    marked: str | None = None
    answered: str | None = None

    named = 0  # where in the segment the poster's name was found
    opening: set[str] = set()  # the names of the anchors before the first message (the opening post's)

    def stamp_in(parts):  # "Yesterday" + ", 11:48 PM" read as "Yesterday, 11:48 PM"
        return markers.POST_STAMP.search(_JOINED.sub(" ", " ".join(" ".join(parts).split()).replace(" , ", ", ")))

    def walk(el):
        nonlocal author, marked, named, answered
        if el in bodies:
            # the first time after the poster's name (SMF's "Reply #2 on: …", not the forum's clock above
            # the first post or an earlier post's "Last Edit: …"), else the first (vBulletin's date row
            # above the name)
            stamp = stamp_in(segment[named:]) or stamp_in(segment)
            heads.append((author, " ".join(stamp.group(0).split()) if stamp else marked, answered))
            segment.clear()
            author = marked = answered = None
            named = 0
        elif el.tag not in ("script", "style") and not _hidden(el) and not _has_class(el, _EDIT_NOTE_CLASS):
            if any(_POSTER_CLASS.match(c) for c in _classes(el)):
                # a poster box (name, rank, post count): the name is its heading; a linked name beside a
                # reputation badge (Invision): the link
                head = next(el.iter("h2", "h3", "h4", "h5", "h6"), el)
                shown = next((t for a in head.iter("a") if (t := _inline_text(a))), None) or _inline_text(head)
                # a box that shows the post's time is its time line ("Posted on 2021-8-30 09:14 | View author only")
                box = " ".join(_inline_text(el).split())
                # (unless it reads "by NAME - date": Moodle's "by Hassan Raza - Wednesday, 9 March 2016, 10:02 AM")
                if _NAME_LIKE.match(shown) and (box.startswith(f"by {shown}") or not (
                        markers.POST_STAMP.search(box) or _RELATIVE_DAY.search(box))):
                    author, named = shown, len(segment)
            elif el.get("data-username") and _inline_text(el) == el.get("data-username"):  # NodeBB's name link
                author, named = el.get("data-username"), len(segment)
            elif (link := next((a for a in el if a.tag == "a"), None)) is not None and _NAME_LIKE.match(
                    shown := _inline_text(link)) and " ".join(_inline_text(el).split()).startswith(f"by {shown} "):
                author, named = shown, len(segment)  # "by <a>Omar Farooq</a> - <time>…</time>" (Moodle)
            if len(label := _inline_text(el)) <= _MAX_LABEL_CHARS and (m := _REPLY_LABEL.fullmatch(label)):
                answered = m["name"]  # "in reply to @Zeeshan_Afridi"
            elif el.get("component") == "post/parent" and label.startswith("@"):
                answered = label[1:]  # NodeBB's Persona theme: the parent's link, "@Kashif_Lodhi"
            elif el.tag == "a" and (m := _RE_LINK.fullmatch(label)) and (el.getparent().text or "").rstrip().endswith("["):
                # UBB.threads' "[Re: Aslam_Chaudhry]" beside the subject; a link to the opening post answers the article
                if (el.get("href") or "").rpartition("#")[2] not in opening:
                    answered = m["name"]
            if not heads and el.tag == "a" and (el.get("name") or el.get("id")):
                opening.add(el.get("name") or el.get("id"))  # the anchors up to the opening post
            if (el.tag == "time" or _has_class(el, _TIME_CLASS)) and 0 < len(shown := _inline_text(el)) <= _MAX_TIME_CHARS:
                marked = shown
            elif el.get("title") and _RELATIVE_DAY.fullmatch(shown := _inline_text(el)) \
                    and parse_date_text(el.get("title")):
                marked = shown  # "5 days ago" with its date as the tooltip
            segment.append(el.text or "")
            for child in el:
                if isinstance(child.tag, str):
                    walk(child)
                segment.append(child.tail or "")

    walk(root)
    return heads


#: The forum's note under an edited post ("Edited August 7, 2009 by Maj (R) Saleem", "Last edited: …"),
#: not the poster's own "Edit: I meant…".
_EDIT_NOTE = re.compile(rf"^(?:Last edit(?:ed)?\b|Edited (?:by\b|(?:on )?{markers.ANY_DATE}|{markers.RELATIVE_TIME}))", re.I)


#: A poster's signature inside the message box: bbPress's "bbp-signature".
_SIGNATURE_CLASS = re.compile(r"(?:^|[-_])signature$")


def _nested_parent(post, earlier: dict) -> int | None:
    """The comment a threaded reply answers: past the replies list around the
    post (bbPress's "bbp-threaded-replies" inside its parent's item, Drupal's
    "indented" box right after its parent), the latest earlier post outside
    that list inside the nearest element that holds one; `earlier` maps
    earlier message elements to their comment indexes. None in flat lists,
    where every post sits in the one list."""
    replies = next((a for a in post.iterancestors() if _has_class(a, _REPLIES_CLASS)), None)
    if replies is None:
        return None
    outside = [(i, up) for b, i in earlier.items() if replies not in (up := set(b.iterancestors()))]
    for a in replies.iterancestors():
        if held := [i for i, up in outside if a in up]:
            return max(held)
    return None


def _label_first(box) -> bool:
    """Whether the quote label that `box`'s text opens with is its own (its text, or a short header part over
    the quoted words: "<div class=ubbcode-header>Originally Posted By: X</div>"), not that of a quote box
    nested in it with the post's own words after (the message around a quote)."""
    first = next((c for c in box if isinstance(c.tag, str)), None)
    if (box.text or "").strip() or first is None or first.tag != "div":
        return True
    return len(_inline_text(first)) <= _MAX_LABEL_CHARS


def _post_text(body) -> str:
    """A post's own text: without quotes of earlier posts, signatures or the forum's edit note."""
    clone = copy.deepcopy(body)
    for node in list(clone.iter()):
        if node is clone or not isinstance(node.tag, str) or node.getparent() is None:
            continue
        shown = _inline_text(node)
        after = _beside(node, "getnext")
        if node.tag == "blockquote" or any(_QUOTE_CLASS.search(c) or _SIGNATURE_CLASS.search(c) for c in _classes(node)) or (
                node.tag == "div" and _QUOTE_LABEL.match(shown)  # a box opening with "X wrote:", not one around the quote
                and not any(_has_class(d, _QUOTE_CLASS) for d in node.iterdescendants()) and _label_first(node)) \
                or _EDIT_NOTE.match(shown) or (
                node.tag in ("p", "b", "strong", "span") and after is not None  # "X wrote:" above the quote
                and (after.tag == "blockquote" or _has_class(after, _QUOTE_CLASS)) and _QUOTE_INTRO.fullmatch(shown)):
            _drop(node)
        elif node.tag == "a" and _has_class(node, _MENTION):  # "@name" in the text: text, not an author part
            node.tag = "span"
            node.attrib.clear()
    # a post's message holds <br />-separated paragraphs
    return block_text(_without_chrome(clone, ()))


# --- text ---------------------------------------------------------------------

def _without_chrome(el, chosen, also=()):
    """A copy of `el` without nested comment items, the elements in `also`,
    chrome (buttons, reply links, votes, avatars, author and time parts),
    hidden elements and HTML comments."""
    clone = copy.deepcopy(el)
    for original, node in zip(list(el.iter()), list(clone.iter())):  # deepcopy keeps the order
        if node is clone:
            continue
        if original in chosen or original in also or not isinstance(node.tag, str) or node.tag in _CHROME_TAGS or (
                _has_class(node, _CHROME_CLASS) and not _text_rank(node) < 3) or _NOTICE.match(_inline_text(node)) \
                or _hidden(node) or node.get("role") == "button" and "-" in node.tag \
                or _button_row(node) or _VOTE_TALLY.fullmatch(_inline_text(node)):  # (a component's "Read more")
            if original in also and _SAID.fullmatch(node.tail or ""):
                node.tail = None  # the head's "Says:" after the name ("<cite>NAME</cite> Says:")
            _drop(node)
    return clone


#: A comment's votes for and against: "(6+ / 0-)", "+12 / -3".
_VOTE_TALLY = re.compile(r"\(?\s*(?:\d+\+|\+\d+)\s*/\s*(?:\d+-|-\d+)\s*\)?")
#: What may stand between the buttons of a row: "[ Link Here | Reply to This ] Recommend Hide".
_BUTTON_SEPARATORS = re.compile(r"[\s\[\]()|·•/-]*")


def _button_row(el) -> bool:
    """A line of two or more short links or buttons with nothing but brackets and bars between them ("[ Link Here |
    Reply to This ] Recommend Hide"), not links to addresses written out."""
    if not isinstance(el.tag, str) or el.tag not in ("div", "span", "p", "li", "ul"):
        return False
    links = [" ".join("".join(a.itertext()).split()) for a in el.iter("a", "button")]
    if len(links) < 2 or len(_inline_text(el)) > _LINE_CHARS or any(
            not link or len(link.split()) > 3 and not link.startswith("Reply to ") or re.search(r"\w[./]\w", link)
            for link in links):  # (and a reply button naming the writer: "Reply to Ahsan Chaudhry:")
        return False
    rest = " ".join("".join(el.itertext()).split())
    for link in links:
        rest = rest.replace(link, "", 1)
    return bool(_BUTTON_SEPARATORS.fullmatch(rest))


def _without_times(el):
    """A copy of `el` without its time parts and its text for screen readers only ("View NAME's profile")."""
    clone = copy.deepcopy(el)
    for node in list(clone.iterdescendants()):
        if isinstance(node.tag, str) and (node.tag == "time" or _has_class(node, _TIME_CLASS)
                                          or _has_class(node, _HIDDEN_CLASS)):
            _drop(node)
    return clone


def _hidden(node) -> bool:
    """Not shown to a reader: ``hidden``, ``display: none`` in its style (a
    reply box waiting under a comment), or a dropdown menu shown on a click."""
    return node.get("hidden") is not None or bool(_DISPLAY_NONE.search(node.get("style") or "")) \
        or _has_class(node, _DROPDOWN_MENU)


_DROPDOWN_MENU = re.compile(r"^dropdown-menu$", re.I)


def _drop(node) -> None:
    parent = node.getparent()
    if parent is None:
        return
    tail = node.tail
    if tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(node)


def block_text(el) -> str:
    """The text of `el`: paragraphs (block elements, double line breaks)
    joined with a blank line, white space inside a paragraph collapsed, and
    lines that are only buttons ("Reply", "Share", vote counts) dropped."""
    parts: list[str] = []

    def walk(node):
        tag = node.tag if isinstance(node.tag, str) else None
        if tag in _BLOCK_TAGS:
            parts.append("\n\n")
        elif tag == "br":
            parts.append("\n")
        if tag is not None and node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in _BLOCK_TAGS:
            parts.append("\n\n")

    walk(el)
    paragraphs = []
    for chunk in re.split(r"\n[ \t\r\f\v\xa0]*\n", "".join(parts)):
        words = " ".join(chunk.split())
        if words and not _CHROME_WORDS.match(words):
            paragraphs.append(words)
    return "\n\n".join(paragraphs)


def _inline_text(el) -> str:
    return " ".join("".join(el.itertext()).split()) if isinstance(el.tag, str) else ""


#: The label a widget puts before a reply's text, naming the comment answered: "Reply @Saad Anwar :" (Twikoo),
#: "@Hamza Rehmani :" (Waline).
_ADDRESSED = re.compile(r"(?P<reply>Reply\s+)?@(?P<name>[^:@\n]{1,60}?)(?P<gap>\s*)[:：]\s*")


def _address_labels(items: list[_Item]) -> dict[int, int]:
    """{reply: the comment it answers} for each item whose text opens with
    the widget's label naming an earlier commenter ("Reply @Name :"): that
    commenter's latest comment. The label is taken out of the reply's text."""
    answered = {}
    for n, item in enumerate(items):
        m = _ADDRESSED.match(item.text)
        k = next((k for k in range(n - 1, -1, -1) if items[k].author == m["name"].strip()), None) if m else None
        if k is not None:  # (a reader's own "@Name: …" stays in the text; the widget's label has a space before
            answered[n] = k  # its colon, or "Reply" before it)
            if m["reply"] or m["gap"]:
                item.text = item.text[m.end():].lstrip()
    return answered


def _comments(items: list[_Item]) -> list[Comment]:
    # Numbered from 1, as readers count; ``parent`` is kept as a list position until here. A badge after the
    # name is not the name: "Rajesh Menon (not verified)" (Drupal).
    # (a label before the time is not the time: "Posted on 5/7/2011 9:14:22 AM")
    return [Comment(index=n + 1, author=i.author and markers.NAME_BADGE.sub("", i.author),
                    posted_at=i.posted_at and _ON_LABEL.sub("", _ACTION_WORD.sub("", i.posted_at)),
                    posted_at_parsed=i.posted_at_parsed,
                    text=_without_detail(i.text), parent=None if i.parent is None else i.parent + 1)
            for n, i in enumerate(items)]


def _without_detail(text: str) -> str:
    """A comment's text less an opening paragraph that describes its writer ("Top Commenter", "Works at X")."""
    first, sep, rest = text.partition("\n\n")
    if sep and rest.strip() and _STRAY_PUNCTUATION.fullmatch(first):
        return _without_detail(rest)  # the comma left between a name and its place ("<b>NAME</b>, <b>City</b>")
    return rest if sep and rest.strip() and markers.AUTHOR_DETAIL.fullmatch(first) else text


_STRAY_PUNCTUATION = re.compile(r"\s*[,;|·•\-–—]+\s*")


# --- the article ----------------------------------------------------------------

def _article(root, comment_elements) -> tuple[str | None, dt.date | None, str, str | None, tuple[str, ...]]:
    """(title, date, body, url, boilerplate) of the page without its comment section."""
    import trafilatura

    tree = copy.deepcopy(root)
    # each element's copy, by their order (a path would fail on a prefixed tag the parser kept: "<fb:comments>")
    counterpart = dict(zip(root.iter(), tree.iter()))
    if comment_elements:
        # the comment section: the outermost element holding every comment and nothing of the article's
        section = _common_ancestor(root, comment_elements)
        if _holds_article(section, comment_elements):
            # comments under the article in one container (a wiki page's talk section): drop from the
            # first comment's branch on, with the headings and notices right above it
            first = next(c for c in section if comment_elements[0] in c.iter())
            doomed = [first, *first.itersiblings()]
            if _holds_article(first, comment_elements):
                # the article's own branch holds comments too (a question and the comments under it, with the
                # answers after it): drop those comments, keep the branch
                doomed = [c for c in comment_elements if first in c.iterancestors()] + doomed[1:]
            for above in first.itersiblings(preceding=True):
                if above.tag == "p" or not (above.tag in ("h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol")
                                            or len(_inline_text(above)) <= 300):
                    break
                doomed.append(above)
            for node in doomed:
                _drop(counterpart[node])
        elif section is not root:
            _drop(counterpart[section])
    # a form with no control but hidden fields wraps text (old Reddit's self post, in its edit form), not a form:
    # the extractor drops forms, so keep its content without it
    for form in [f for f in tree.iter("form") if not f.xpath(".//textarea|.//select|.//button|"
                                                              ".//input[not(@type='hidden')]")]:
        form.tag = "div"
    # HTML comments inside a heading (Vue's "<!--[-->" markers) crash trafilatura 2.0's title handling
    etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    _join_intro(tree)
    _paragraphise(tree)
    untouched = copy.deepcopy(tree)  # trafilatura cleans the tree it is given
    story = _paragraph_run(tree)
    for side in [el for el in tree.iter("div", "section") if _SIDEBAR.fullmatch(el.get("id") or "")
                 or any(_SIDEBAR.fullmatch(c) for c in (el.get("class") or "").split())]:
        # a sidebar named so, beside the story and not holding it ("<div id=sidebar-right>": "About Abu Muqawama")
        if side.getparent() is not None and story and story[0] not in " ".join(side.text_content().split()):
            _drop(side)
    for box in [el for el in tree.iter() if isinstance(el.tag, str) and (
            _has_class(el, _PROMO_CLASS) or el.tag == "figcaption" or _has_class(el, _CAPTION_CLASS) or _headed_box(el))
                and len(_inline_text(el)) <= _PROMO_MAX_CHARS]:
        _drop(box)  # a newsletter, promo or related box, or a caption, between the paragraphs (in the boilerplate)
    cleaned = copy.deepcopy(tree)
    doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    run = _paragraph_run(cleaned)
    found = " ".join((doc.text or "").split()) if doc is not None else ""
    # layout tables and <font> soup defeat precision mode, and so does a story in markup it reads as chrome (it then
    # returns a sidebar: a longer run of paragraphs is elsewhere): try recall, tables included
    recall = len(found) < _MIN_BODY_CHARS or bool(run) and run[0] not in found and sum(map(len, run)) > len(found)
    if recall:
        doc = trafilatura.bare_extraction(cleaned, with_metadata=True, include_comments=False,
                                          include_tables=True, favor_recall=True) or doc
        if run and doc is not None:
            # recall mode flattens a layout cell's paragraphs, with the byline and links around them, into one
            # line: the cell's own run of paragraphs is the text (the rest of the extraction gives the metadata)
            doc.text = "\n".join(run)
    if doc is None:
        return _card_title(root, _title_of(root)), None, "", None, ()
    published = None
    if getattr(doc, "date", None):
        try:
            published = dt.date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    title = _headline(untouched, [doc.title, _title_of(root)]) or doc.title or _title_of(root)
    title = _card_title(untouched, title)
    if title:  # the extractor's title is a heading's whole text, a dated tail glued to it: the heading less the tail
        bare = "".join(title.split())
        title = next((undated for el in untouched.iter("h1", "h2") if "".join(_inline_text(el).split()) == bare
                      and (undated := _undated_heading(el)) != _inline_text(el)), title)
    # a machine-readable publication mark wins over a guess, and so does a date labelled as the start in a part of
    # its own ("<b>Started on 21 August 2017.</b>" in a discussion board's header)
    paragraphs = [" ".join(line.split()) for line in (doc.text or "").splitlines() if line.strip()]
    # the page's lines, comments included, made when first needed
    page_lines = functools.cache(lambda: [line for line in _as_text(root).split("\n") if line])
    published = (_publish_mark(untouched) or _labelled_start(untouched)
                 or _byline_date(page_lines, title, paragraphs) or published)
    if published is None:
        published = _marked_date(untouched)
    if published is not None and published.day <= 12 and published.day != published.month \
            and ((swapped := dt.date(published.year, published.day, published.month)) == _meta_published(root)
                 or _address_month(root, doc) == (swapped.year, swapped.month)):
        # (the shown date read day first, the page's metadata tag or its address says month first: "1.3.2018",
        # ".../2011/05/title.html" over "05/03/2011")
        published = swapped
    elif published is not None and published.day <= 12 and published.day != published.month:
        # "5/8/2011" on a page whose dates are written month first (its comments' "5/9/2011", "5/10/2011")
        published = month_first_reread(published, page_lines(), "\n\n".join(paragraphs))
    if paragraphs and title and (paragraphs[0] == title or paragraphs[0].startswith(title)
                                 and parse_date_text(paragraphs[0][len(title):])
                                 and len(paragraphs[0]) - len(title) <= _HEADLINE_TAIL_MAX_CHARS):
        paragraphs = paragraphs[1:]  # the headline, repeated at the top of the body (with a dated tail)
    while paragraphs and (len(paragraphs[0]) <= 40 and parse_date_text(paragraphs[0])
                          or len(paragraphs) > 1 and _is_byline(paragraphs[0]) and head_line(paragraphs[0], title)):
        paragraphs = paragraphs[1:]  # a dateline ("Monday, November 9, 2020"), a byline ("Author: NAME, LUMS")
    if len(paragraphs) > 1 and (bio := markers.AUTHOR_BIO.fullmatch(paragraphs[-1])) \
            and sum(bio["name"] in line for line in page_lines()) >= 2:
        paragraphs = paragraphs[:-1]  # the writer's bio closing the story, the name shown over it as well
    summary = " ".join((getattr(doc, "description", None) or "").split())
    if len(paragraphs) > 1 and len(paragraphs[0].split()) <= _DEK_MAX_WORDS and (
            paragraphs[0] == summary and not markers.SENTENCE_END.search(summary)
            or any(_has_class(el, _DEK_CLASS) and " ".join(_inline_text(el).split()) == paragraphs[0]
                   for el in untouched.iter("h2", "h3", "h4", "p", "div"))):
        # the dek under the headline: the page's summary, no sentence of the story, or a part marked as the dek
        # ("<h3 class=subtitle>")
        paragraphs = paragraphs[1:]
    if recall:  # recall mode keeps bylines, share links, headings and table cell marks ("| … |")
        paragraphs = trim_body([p.strip(" |") for p in paragraphs if p.strip(" |")], title)
    else:  # an article-info list above the text ("- Published on …", "- Written by …", "- Hits: 1873")
        while paragraphs and paragraphs[0].startswith("- ") and head_line(paragraphs[0][2:], title):
            paragraphs = paragraphs[1:]
    # a video under the text, its label and caption ("Related Video:", "PBS NewsHour: …"; the label alone is
    # furniture between paragraphs, dropped below)
    video = next((k for k, p in enumerate(paragraphs) if k and _VIDEO_BOX.pattern.fullmatch(p)
                  and all(len(q) <= 150 for q in paragraphs[k + 1:])), None)
    paragraphs = paragraphs[:video]
    # furniture between the paragraphs: ad labels, "ALSO READ: …" links, counters, photo credits
    paragraphs = [p for p in paragraphs if not any(m.pattern.fullmatch(p) for m in markers.BODY_BOILERPLATE)]
    # a closing box under the text: "More essays", "Tags: …", then only short lines (its links); or the comments'
    # heading with its notice ("Comments", "Comments are moderated and may take a day to appear. …")
    end = next((k for k, p in enumerate(paragraphs) if k and (
        any(m.pattern.fullmatch(p) for m in markers.ARTICLE_END)
        and all(len(q) <= 150 or _READ_ON.search(q) for q in paragraphs[k + 1:])
        or _header(p) and all(_is_boilerplate(q, markers.SECTION_BOILERPLATE) for q in paragraphs[k + 1:]))), None)
    paragraphs = paragraphs[:end]
    return (title, published, "\n\n".join(paragraphs), getattr(doc, "url", None),
            _boilerplate(untouched, title, paragraphs))


def _headed_box(el) -> bool:
    """A box whose first part is a heading that no story has: "More on this story", "Related Coverage", "Sign up for
    The Interpreter" (a box of links or a newsletter's sign-up between or under the paragraphs, whatever its
    class names)."""
    if el.tag not in ("section", "div", "aside") or not len(el) or not isinstance(el[0].tag, str) \
            or next(el[0].iter("h2", "h3", "h4"), None) is None:
        return False
    heading = _inline_text(el[0])  # (the heading, alone in the first part: "<div class=…SectionHeader><h2>…")
    return _is_boilerplate(heading, markers.ARTICLE_END) or bool(_SIGN_UP.fullmatch(heading))


_VIDEO_BOX = next(m for m in markers.ARTICLE_END if m.name == "video_box")
_SIGN_UP = re.compile(r"(?:Sign up|Subscribe) (?:for|to) .{2,60}", re.I)


_STRAIGHT = str.maketrans("‘’“”", "''\"\"")


#: A headline's dated tail in the same heading: "Hardcover – May 2, 2013".
_HEADLINE_TAIL_MAX_CHARS = 40


def _undated_heading(el) -> str:
    """A heading's text, less a dated part after its first (a shop's title and
    format spans: "Title", "Hardcover – May 2, 2013")."""
    text = _inline_text(el)
    if el.tag in ("h1", "h2") and len(el) > 1 and isinstance(el[0].tag, str):
        first = _inline_text(el[0])
        rest = text[len(first):].strip() if text.startswith(first) else ""
        if rest and len(rest) <= _HEADLINE_TAIL_MAX_CHARS and parse_date_text(rest):
            return first
    own = " ".join((el.text or "").split())  # "Abbottabad<br><span>May 2, 2011 9:14 AM Subscribe</span>"
    if el.tag in ("h1", "h2") and own and len(el) and text.startswith(own):
        rest = text[len(own):].strip()
        if rest and len(rest) <= _HEADLINE_TAIL_MAX_CHARS and parse_date_text(rest):
            return own
    return text


def _headline(tree, titles: list[str | None]) -> str | None:
    """The page's headline when the title wraps it with the site's name
    ("The Sindh Observer :: Headline"): the longest <h1>-<h3> or
    headline-classed element text that one of `titles` contains; None when
    there is none."""
    titles = [t for t in titles if t]
    plain = [t.translate(_STRAIGHT) for t in titles]  # "Didn’t" in the headline, "Didn't" in the title
    # a link aggregator's headline shows the linked site's domain after it: "Headline (example.pk)"
    headings = [el for el in tree.iter() if isinstance(el.tag, str) and (el.tag in ("h1", "h2", "h3")
                                                                          or _has_class(el, _HEADLINE_CLASS)
                                                                          or el.get("role") == "heading")
                and not _hidden(el) and not _has_class(el, _HIDDEN_CLASS)]
    shown = [(el, text) for el in headings if len(text := _DOMAIN_TAIL.sub("", _undated_heading(el))) >= 15
             and any(text.translate(_STRAIGHT) in t for t in plain)]
    # (the one marked as the post's headline, when the blog's name is a heading in the title too: "<h1>Blog</h1>",
    # "<h3 class=post-title>Headline</h3>", "<title>Blog: Headline</title>")
    found = [text for el, text in shown if _has_class(el, _POST_TITLE_CLASS)] or [text for _, text in shown]
    if not found:  # no marked headline: a part of the title that some element shows whole (<font><b>Headline</b></font>)
        parts = {part for t in titles for part in _TITLE_SEPARATOR.split(t) if len(part) >= 15 and part != t}
        found = [text for el in tree.iter() if isinstance(el.tag, str) and el.tag not in ("title", "head")
                 and (text := _inline_text(el)) in parts]
        # a heading that shows a label before it ("<h1><span class=label>News</span> Headline</h1>")
        found += [p for el in tree.iter() if isinstance(el.tag, str) and el.tag in ("h1", "h2")
                  for p in parts if _inline_text(el).endswith(" " + p)]
    if not found:  # the title a shorter form of the headline shown ("… on U.S. aid package" in <title>, "… on $7.5
        # billion U.S. aid package" in <h1>): its words in order, a few more between them
        shorts = [part.split() for t in plain for part in {t, *_TITLE_SEPARATOR.split(t)} if len(part.split()) >= 5]
        found = [text for el in headings if el.tag == "h1" and any(
            _shortened(short, (text := _inline_text(el)).translate(_STRAIGHT).split()) for short in shorts)]
    # the headline, not the site's name beside it; of two as long, the one a title gives whole (trafilatura's)
    return max(found, key=lambda text: (len(text), text in titles), default=None)


def _shortened(short: list[str], words: list[str]) -> bool:
    """Whether `short` is `words` less at most _TITLE_CUT_WORDS of them, the rest in order."""
    if not 0 < len(words) - len(short) <= _TITLE_CUT_WORDS:
        return False
    rest = iter(words)
    return all(w in rest for w in short)


_TITLE_CUT_WORDS = 4


def _card_title(tree, title: str | None) -> str | None:
    """`title`, or when it names a social account (a post's page is titled by
    its poster) the title of the post's link card."""
    if not title or not _ACCOUNT_TITLE.fullmatch(title):
        return title
    return next((text for el in tree.iter() if isinstance(el.tag, str) and _has_class(el, _CARD_TITLE)
                 and (text := _inline_text(el))), title)


#: A page titled by a social account: "Indus Dispatch (@indusdispatch@mstdn.example.pk)".
_ACCOUNT_TITLE = re.compile(r".{1,80}\(@[\w.-]+(?:@[\w.-]+)?\).{0,300}")
#: A link card's title: "status-card__title", "link-card-title".
_CARD_TITLE = re.compile(r"(?:^|[-_])card(?:__|[-_])title$")
_DOMAIN_TAIL = re.compile(r"\s+\((?:[\w-]+\.)+[a-z]{2,}\)$")
#: A class that hides an element from readers (a logo's heading kept for screen readers).
_HIDDEN_CLASS = re.compile(r"^(?:hidden|sr-only|visually-hidden|screen-reader-text)$")
_PUBLISH_MARK = re.compile(r"publish", re.I)


def _meta_published(root) -> dt.date | None:
    """The date of the page's metadata tag for its publication time
    (``<meta property="article:published_time" content="2018-01-03T10:00:00-05:00">``), else None."""
    for el in root.iter("meta"):
        if (el.get("property") or el.get("name") or el.get("itemprop") or "").lower() in _PUBLISHED_META \
                and (found := _iso(el.get("content") or "")) is not None:
            return found.date()
    return None


_ADDRESS_MONTH = re.compile(r"/((?:19|20)\d{2})/(\d{2})/")


def _address_month(root, doc) -> tuple[int, int] | None:
    """(year, month) that the page's address gives in its path ("…/2011/05/title.html": its canonical link, its
    og:url, or trafilatura's), else None."""
    addresses = [el.get("href") or "" for el in root.iter("link") if (el.get("rel") or "").lower() == "canonical"]
    addresses += [el.get("content") or "" for el in root.iter("meta") if (el.get("property") or "").lower() == "og:url"]
    for address in [*addresses, getattr(doc, "url", None) or ""]:
        if (m := _ADDRESS_MONTH.search(address)) and 1 <= int(m[2]) <= 12:
            return int(m[1]), int(m[2])
    return None


#: The names of the metadata tag giving a page's publication time.
_PUBLISHED_META = {"article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate"}


def _publish_mark(tree) -> dt.date | None:
    """The date of an element marked as the publication date with a
    machine-readable value: ``<span id="publishDate" title="2011-05-05">``,
    ``<abbr class="published" title="2011-05-05T…">``; else of the first time
    shown relative ("1 yr. ago") with its date as a tooltip."""
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag in ("meta", "link"):
            continue
        if not any(_PUBLISH_MARK.search(n) for n in [*(el.get("class") or "").split(), el.get("id") or ""] if n):
            continue
        for attr in ("datetime", "title", "content"):
            value = el.get(attr) or ""
            if re.match(r"\d{4}-\d{2}-\d{2}", value) and (found := _iso(value)) is not None:
                return found.date()
    # a post's time shown as "1 yr. ago" with its date as the tooltip (Lemmy's "moment-time")
    for el in tree.iter():
        if isinstance(el.tag, str) and _has_class(el, _TIME_CLASS) and _RELATIVE_DAY.search(_inline_text(el)):
            for attr in ("title", "data-tippy-content"):
                if found := parse_date_text(el.get(attr) or ""):
                    return found
    return None


def _labelled_start(tree) -> dt.date | None:
    """The date of the first part that only says when the page was started,
    created or published ("Started on 21 August 2017."), else None."""
    for el in tree.iter("b", "strong", "em", "span", "p", "div"):
        if (m := _STARTED_ON.fullmatch(_inline_text(el))) is not None:
            return parse_date_text(m["date"])
    return None


#: A part saying when a page or board was started: "Started on 21 August 2017.", "Created on 2016-03-12".
_STARTED_ON = re.compile(rf"(?:Started|Created|Published) on:?\s+(?P<date>{markers.ANY_DATE})\.?", re.I)


def _marked_date(tree) -> dt.date | None:
    """The first date in an element whose class marks the article's date, when
    trafilatura found none (old templates: <span class="date">)."""
    for el in tree.iter():
        if isinstance(el.tag, str) and _has_class(el, _DATE_CLASS):
            found = parse_date_text(_inline_text(el))
            if found is not None:
                return found
    return None


def _as_text(root) -> str:
    """The page's visible text, one line per block (as a browser copies it), without scripts and forms."""
    tree = copy.deepcopy(root)
    for box in tree.xpath("//textarea"):  # a comment box outside any form: its tabs, hints and buttons
        while (up := box.getparent()) is not None and up.tag != "body" and len(_inline_text(up)) <= 200:
            box = up
        _drop(box)
    for junk in tree.xpath("//script|//style|//noscript|//head|//form|//select"):
        _drop(junk)
    for el in tree.iter():
        if isinstance(el.tag, str) and (el.tag in _BLOCK_TAGS or el.tag in ("br", "hr", "td", "th")):
            el.tail = "\n" + (el.tail or "")
            if el.tag in _BLOCK_TAGS:
                el.text = "\n" + (el.text or "")
        elif isinstance(el.tag, str) and (el.tag == "time" or _has_class(el, _TIME_CLASS)):
            el.text = " " + (el.text or "")  # (a time set right after the text: "…the ISI budget 2 days ago")
    return "\n".join(" ".join(line.split()) for line in tree.text_content().split("\n"))


def _boilerplate(tree, title: str | None, paragraphs: list[str]) -> tuple[str, ...]:
    """Text blocks of the article's own container that are not its body or
    title: bylines, datelines, share counters, newsletter and related boxes
    inside the article. The container is the innermost element holding the
    body's first and last paragraphs and the headline, unless holding the
    headline would take in the whole page (then without it)."""
    if not paragraphs:
        return ()
    for junk in tree.xpath("//script|//style|//noscript|//form"):
        _drop(junk)
    blocks = [el for el in tree.iter() if isinstance(el.tag, str) and el.tag in _BLOCK_TAGS | {"time", "span"}]
    text = {el: " ".join(el.text_content().split()) for el in blocks}
    first = next((el for el in blocks if text[el] == paragraphs[0]), None)
    last = next((el for el in reversed(blocks) if text[el] == paragraphs[-1]), None)
    if first is None or last is None:
        return ()
    box = _common_ancestor(tree, [first, last] if first is not last else [first])
    headline = next((el for el in tree.iter("h1", "h2") if title and text.get(el) == title), None)
    if headline is not None:
        wider = _common_ancestor(tree, [box, headline])
        if wider.tag not in ("body", "html"):
            box = wider
    body, found = set(paragraphs), []
    for el in box.iter():
        if el not in text or not text[el] or any(child in text for child in el.iterdescendants()):
            continue  # only innermost blocks, so nothing is listed twice
        if text[el] not in body and text[el] != title and text[el] not in found:
            found.append(text[el])
    return tuple(found)


_UPDATED = re.compile(r"\b(?:updated|modified|edited|revised)\b", re.I)


def _byline_date(page_lines, title: str | None, paragraphs: list[str]) -> dt.date | None:
    """The first date in the short lines (of the page's lines, which `page_lines()` gives) between the
    headline and the body's first paragraph (the byline's "Posted: 26 March 2005"), which beats a date found
    elsewhere on the page (a masthead's day); an update's date is not the publication's."""
    if not title or not paragraphs:
        return None
    lines = page_lines()
    start = next((k for k, line in enumerate(lines) if line == title), None)
    if start is None:
        return None
    for line in lines[start + 1:start + 6]:
        if paragraphs[0].startswith(line) or line.startswith(paragraphs[0][:80]):
            return None
        if len(line) <= 120 and not _UPDATED.search(line) and (found := parse_date_text(line)):
            return found
    return None


def _paragraph_run(tree) -> list[str] | None:
    """The texts of the longest run of sibling paragraphs (<p>) outside forms, when it holds at least two of
    them and the article's worth of text: an old layout-table page's story, whatever surrounds it."""
    best, best_chars = None, 0
    for parent in dict.fromkeys(p.getparent() for p in tree.iter("p")):  # (in page order)
        if parent is None or _inside_form(parent):
            continue
        texts = [" ".join(p.text_content().split()) for p in parent if p.tag == "p"]
        texts = [t for t in texts if t]
        if len(texts) >= 2 and sum(map(len, texts)) > best_chars:
            best, best_chars = texts, sum(map(len, texts))
    return best if best_chars >= _MIN_BODY_CHARS else None


def _paragraphise(root) -> None:
    """Put loose text (written straight into a div or a span, paragraphs split by
    <br>, as Blogger and old templates do) into <p> elements of its own, so
    that the article extractor sees every paragraph."""
    for box in list(root.iter("div")):
        # a sentence written straight into a div among paragraphs (a site builder's first "paragraph" box)
        if any(isinstance(s.tag, str) and s.tag == "div" and s.find(".//br") is not None
               for s in (box.getnext(), box.getprevious()) if s is not None) \
                and not any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS | {"br"} for c in box.iterdescendants()) \
                and len(_inline_text(box)) >= 80:
            box.tag = "p"
    for box in list(root.iter("div", "td", "blockquote", "article", "section", "span")):
        if box.find("br") is None or not ((box.text or "").strip() or any((c.tail or "").strip() for c in box)):
            continue
        if box.tag == "span":  # a story in one label (ASP.NET's "lblStory": paragraphs split by <br /><br />): a div
            box.tag = "div"
        pieces: list = [box.text] if box.text else []
        for child in list(box):
            tail, child.tail = child.tail, None
            box.remove(child)
            pieces += [child] + ([tail] if tail else [])
        box.text = None
        paragraph = None
        for piece in pieces:
            if isinstance(piece, str):
                if paragraph is None:
                    if not piece.strip():
                        continue
                    paragraph = etree.SubElement(box, "p")
                if len(paragraph):
                    paragraph[-1].tail = (paragraph[-1].tail or "") + piece
                else:
                    paragraph.text = (paragraph.text or "") + piece
            elif piece.tag == "br" or piece.tag in _BLOCK_TAGS or not isinstance(piece.tag, str):
                paragraph = None
                if piece.tag != "br":
                    box.append(piece)
            else:
                if paragraph is None:
                    paragraph = etree.SubElement(box, "p")
                paragraph.append(piece)


_INTRO_CLASS = re.compile(r"intro[-_]?text|(?:^|\s|[-_])(?:lead|intro|ingress)(?:$|\s)|(?-i:[a-z]Ingress)(?:$|\s)"
                          r"|(?:^|\s)(?:story|article|entry|post)intro(?:$|\s)",
                          re.I)  # (Sputnik: "b-article__lead"; The Local: "articleIngress"; Scoop: "storyintro")
_FULL_TEXT_CLASS = re.compile(r"full[-_]?text|(?:^|\s|[-_])(?:text|body)(?:$|\s)|(?-i:[a-z](?:Text|Body))(?:$|\s)"
                              r"|(?:^|\s)(?:story|article|entry|post)(?:body|text)(?:$|\s)", re.I)
#: A photo's box between an article's intro and its full text ("articleImage", <figure>): passed over.
_PHOTO_BOX_CLASS = re.compile(r"image|photo|figure|media|picture", re.I)


def _join_intro(tree) -> None:
    """An article's intro set apart right above its full text (Joomla K2's "itemIntroText" over
    "itemFullText", a "b-article__lead" over the "b-article__text") opens the full text: the extractor drops
    it as a teaser otherwise."""
    for intro in [el for el in tree.iter() if isinstance(el.tag, str) and _INTRO_CLASS.search(el.get("class") or "")]:
        full = intro.getnext()
        while full is not None and (not isinstance(full.tag, str)  # (past HTML comments and a photo's box)
                                    or full.tag == "figure" or _PHOTO_BOX_CLASS.search(full.get("class") or "")
                                    or full.tag == "a" and not _inline_text(full)):  # (and an anchor: "<a name=more>")
            full = full.getnext()
        if full is None or not (_FULL_TEXT_CLASS.search(full.get("class") or "") or full.get("itemprop") == "articleBody"):
            continue
        for k, child in enumerate(list(intro)):
            full.insert(k, child)
        intro.getparent().remove(intro)


def _holds_article(section, comment_elements) -> bool:
    """Whether `section` also holds the article: three long paragraphs outside every comment (or three of
    prose, two of them long: a question's)."""
    inside = {n for e in comment_elements for n in e.iter()}
    sizes = [len(_inline_text(p)) for p in section.iter("p") if p not in inside]
    return sum(n > 200 for n in sizes) >= 3 or (sum(n > 200 for n in sizes) >= 2 and sum(n > 80 for n in sizes) >= 3)


def _common_ancestor(root, elements):
    chains = [list(reversed([e, *e.iterancestors()])) for e in elements]
    common = root
    for level in zip(*chains):
        if all(node is level[0] for node in level):
            common = level[0]
        else:
            break
    if common in elements:
        common = common.getparent() if common.getparent() is not None else common
    return common


def _title_of(root) -> str | None:
    found = root.find(".//title")
    return _inline_text(found) or None if found is not None else None


def _site(meta: MetadataRow | None, url: str | None, text: str) -> str:
    site = site_from_metadata(meta) or (_site_from_url(url) if url else None)
    if site:
        return site
    head = text[:20000].lower()
    if "blogger" in head or "blogspot" in head:
        return "blogger"
    if "wp-content" in head or "wordpress" in head:
        return "wordpress"
    return "unknown"
