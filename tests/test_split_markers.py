"""The marker tables: what each must and must not match, and site detection."""
from __future__ import annotations

import pytest

from comments import MetadataRow, markers, split_text


def _first(table, line):
    return next((m.name for m in table if m.pattern.fullmatch(line)), None)


@pytest.mark.parametrize(
    "line, header",
    [
        ("COMMENTS (6)", "count_in_parens"),
        ("Comments (12) Closed", "count_in_parens"),
        ("Reader Comments (3)", "reader_comments"),
        ("Readers' comments", "reader_comments"),
        ("soundoff (14 Responses)", "soundoff"),
        ("One Comment;", "n_comments"),
        ("1 COMMENT", "n_comments"),
        ("1,204 Comments", "n_comments"),
        ("3 comments:", "n_comments"),
        ("1 reply", "n_replies"),
        ("12 Responses to “Talks resume”", "n_replies"),
        ("Comments like yours show why we need dialogue.", None),
        ("Comments are closed.", None),
        ("The comments by the minister were noted.", None),
        ("For more information, please see our Comments FAQ", None),
    ],
    ids=["tribune", "dawn-closed", "reader-comments", "readers-apostrophe", "cnn", "wp-one", "wp-caps",
         "thousands", "blogger", "wp-reply", "wp-responses", "sentence-with-comments", "closed-notice",
         "body-sentence", "faq-notice"],
)
def test_headers(line, header):
    assert _first(markers.HEADERS, line) == header


@pytest.mark.parametrize(
    "line, boilerplate",
    [
        ("Comments are moderated and generally will be posted if they are on-topic and not abusive.", True),
        ("For more information, please see our Comments FAQ", True),
        ("Reply", True),
        ("Recommend 12", True),
        ("1,204 views", True),
        ("This comment has been removed by the author.", True),
        ("Reply to the minister: we disagree.", False),
        ("Like the US, we want peace.", False),
        ("Share the burden, both sides must.", False),
    ],
    ids=["moderation", "faq", "reply-button", "recommend-counter", "views", "removed",
         "reply-in-sentence", "like-in-sentence", "share-in-sentence"],
)
def test_boilerplate(line, boilerplate):
    assert (_first(markers.BOILERPLATE, line) is not None) == boilerplate


@pytest.mark.parametrize(
    "line, end",
    [
        ("Published in Dawn, February 24th, 2018", "published_in"),
        ("Published in The Express Tribune, July 15th, 2011.", "published_in"),
        ("Related posts", "related"),
        ("Tags: Pakistan, United States", "tags"),
        ("Disclaimer: views are the writer's own.", "disclaimer"),
        ("Leave a Reply", "reply_form"),
        ("Newer Post Older Post Home", "blogger_nav"),
        ("The views expressed by the minister surprised many.", None),
        ("Published in 2011, the report was ignored.", None),
    ],
    ids=["dawn-print", "tribune-print", "related", "tags", "disclaimer", "reply-form", "blogger-nav",
         "views-in-sentence", "published-in-sentence"],
)
def test_article_end(line, end):
    assert _first(markers.ARTICLE_END, line) == end


@pytest.mark.parametrize(
    "line, separator",
    [
        ("Bilal | 9 years ago | Reply", "pipe"),
        ("• Kamran", "bullet"),
        ("1. Pearl said:", "said"),
        ("Rehan says:", "said"),
        ("Anonymous said...", "said"),
        ("Feb 24, 2018 09:37am", "stamp"),
        ("1. I think talks are good.", "numbered"),
        ("As the minister said, talks are good.", None),
        ("Feb 24, 2018", None),
    ],
    ids=["pipe", "bullet", "wp-said", "wp-says", "blogger", "dawn-stamp", "numbered", "said-in-sentence",
         "date-without-time"],
)
def test_separators(line, separator):
    assert next((s.name for s in markers.SEPARATORS if not s.hint_only and s.pattern.fullmatch(line)),
                None) == separator


@pytest.mark.parametrize(
    "table",
    [markers.HEADERS, markers.SEPARATORS, markers.ARTICLE_END, markers.COMMENTS_END, markers.BOILERPLATE,
     markers.BYLINE, markers.ARTICLE_DATES, markers.TITLE_SUFFIXES],
    ids=["headers", "separators", "article-end", "comments-end", "boilerplate", "byline", "dates", "title"],
)
def test_every_marker_is_named_uniquely_and_documented(table):
    names = [m.name for m in table]
    assert len(names) == len(set(names))
    assert all(m.why for m in table)


@pytest.mark.parametrize(
    "text, meta, site",
    [
        ("Talks\n\nText.\n", MetadataRow("p.txt", "https://www.dawn.com/news/1", None, None), "dawn"),
        ("Talks\n\nText.\n", MetadataRow("p.txt", "https://tribune.com.pk/story/1", None, None), "tribune"),
        ("Talks\n\nText.\n", MetadataRow("p.txt", None, None, "Pakistan Today"), "pakistantoday"),
        ("Talks\n\nhttps://someone.blogspot.com/2012/03/x.html\n\nText.\n", None, "blogger"),
        ("Talks | Pakistan Today\n\nText.\n", None, "pakistantoday"),
        ("Talks\n\nText.\n\nsoundoff (1 Responses)\n\n1. Jo\n\nHi.\n", None, "cnn"),
        ("Talks\n\nText.\n\nLeave a Reply\n", None, "wordpress"),
        ("Talks\n\nText.\n", None, "unknown"),
    ],
    ids=["dawn-url", "tribune-url", "source-column", "url-in-page", "title-suffix", "soundoff", "wp-form",
         "nothing"],
)
def test_site_detection(text, meta, site):
    assert split_text(text, "p.txt", meta=meta).article.site == site


@pytest.mark.parametrize(
    "first_line, title, body_first",
    [
        ("Talks resume | Pakistan Today", "Talks resume", "Officials"),
        ("Talks resume - The Express Tribune", "Talks resume", "Officials"),
        ("Why talks resume?", "Why talks resume?", "Officials"),
        ("Officials from both sides met on Monday to restart the talks.", None, "Officials"),
        ("x" * 151, None, "x" * 151),
    ],
    ids=["pipe-suffix", "dash-known-site", "question", "sentence-is-body", "too-long-is-body"],
)
def test_title_rule(first_line, title, body_first):
    art = split_text(first_line + "\n\nOfficials from both sides met on Monday.\n", "p.txt").article
    assert (art.title, art.body.split()[0]) == (title, body_first)
