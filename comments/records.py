"""Records produced by the splitter, and the one function that turns them into dicts."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Comment:
    """One reader comment, in page order."""

    index: int
    """Position among the page's comments, counted from 1 as readers count."""
    author: str | None
    """Name shown above/beside the comment; None when the page shows none."""
    posted_at: str | None
    """Timestamp exactly as written on the page ("Feb 24, 2018 09:37am", "9 years ago")."""
    posted_at_parsed: dt.datetime | None
    """`posted_at` parsed when it is an absolute date (midnight when no time is given)."""
    text: str
    """The comment's words; lines trimmed, paragraphs joined with a blank line."""
    parent: int | None = None
    """`index` of the comment this one replies to, when the page's markup says
    so (threaded HTML comment sections) or a reply opens by naming an earlier
    commenter's handle ("@gul_khan …" on a social network); None otherwise."""


@dataclass(frozen=True)
class Article:
    """What the newspaper wrote."""

    doc_id: str
    """Stable identifier: the file stem (`iter_pages` uses the path without its
    extension for a later page whose stem was already used in the same run)."""
    path: str
    """The file the page was read from, as given (or "<string>")."""
    site: str
    """One of `markers.SITES`: dawn, tribune, pakistantoday, wordpress, blogger, cnn, unknown."""
    title: str | None
    """Headline without a " | Site Name" suffix; None when the page starts with a paragraph."""
    published: dt.date | None
    """Publication date, or None when neither the page nor the metadata gives one."""
    date_source: str | None
    """"metadata", "page" or None: where `published` came from."""
    body: str
    """Article text between the title/byline and the closing boilerplate/comments."""
    date_precision: str = "day"
    """"day", "month" or "year": how much of `published` is known (a metadata
    date may give only "2012-08" or "2012"; `published` then holds the
    period's first day)."""

    @property
    def published_text(self) -> str | None:
        """`published` as ISO 8601 to its known precision: "2012-08-25", "2012-08" or "2012"."""
        if self.published is None:
            return None
        return self.published.isoformat()[:{"day": 10, "month": 7, "year": 4}[self.date_precision]]

    @property
    def year(self) -> int | None:
        """Publication year, or None when the date is unknown."""
        return self.published.year if self.published else None


@dataclass(frozen=True)
class Page:
    """A split page: the article, its comments and anything odd noticed on the way."""

    article: Article
    comments: tuple[Comment, ...]
    warnings: tuple[str, ...] = ()
    boilerplate: tuple[str, ...] = ()
    """What was kept out of the article body, in page order. Text pages: the
    head (bylines, dates, counters), furniture from inside the body (buttons,
    counters, "Posted by" lines) and everything between the article's end and
    the comments (print lines, related stories, disclaimers). HTML pages: the
    blocks of the article's container that trafilatura left out of the body."""


def page_to_dict(page: Page) -> dict[str, Any]:
    """Return the JSON-ready dict of `page`; the keys and their order are the output schema.

    Keys: doc_id, path, site, title, published (YYYY-MM-DD, or YYYY-MM / YYYY
    when the metadata gives only those, or None), year,
    date_source, body, boilerplate, comments (list of {index, author,
    posted_at, posted_at_parsed, text, parent}), warnings.
    """
    art = page.article
    return {
        "doc_id": art.doc_id,
        "path": art.path,
        "site": art.site,
        "title": art.title,
        "published": art.published_text,
        "year": art.year,
        "date_source": art.date_source,
        "body": art.body,
        "boilerplate": list(page.boilerplate),
        "comments": [
            {"index": c.index, "author": c.author, "posted_at": c.posted_at,
             "posted_at_parsed": c.posted_at_parsed.isoformat() if c.posted_at_parsed else None,
             "text": c.text, "parent": c.parent}
            for c in page.comments
        ],
        "warnings": list(page.warnings),
    }
