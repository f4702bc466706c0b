"""Article dates come from the byline/closing lines or the metadata, never from body years or comments."""
from __future__ import annotations

import datetime as dt

import pytest

from comments import MetadataRow, split_text
from comments.dates import parse_date_text, parse_stamp

BODY = "The talks covered trade, energy and security, a decade after the 2001 alliance began.\n\n"


@pytest.mark.parametrize(
    "text, published",
    [
        ("Talks resume\n\nThe Newspaper's Staff ReporterUpdated February 24, 2018\n\n" + BODY, "2018-02-24"),
        ("Talks resume\n" + BODY + "Published in The Express Tribune, July 15th, 2011.\n", "2011-07-15"),
        ("Talks resume\n\n" + BODY + "Published in Dawn, February 24th, 2018\n\nPAK US TIES Pakistan\n", "2018-02-24"),
        ("Talks resume\n\nPublished August 29, 2017\n\n" + BODY, "2017-08-29"),
        ("Talks resume\n\nPosted on 2017-08-29\n\n" + BODY, "2017-08-29"),
        ("Talks resume\n\n2016-01-05\n\n" + BODY, "2016-01-05"),
        ("Talks resume\n\nSaturday, March 10, 2012\n\n" + BODY, "2012-03-10"),
        ("Talks resume\n\nBy Ayesha Khan, 5 June 2014\n\n" + BODY, "2014-06-05"),
        ("Talks resume\n\nSource: https://www.example.com/2013/04/12/talks-resume/\n\n" + BODY, "2013-04-12"),
        ("Talks resume\n\n" + BODY, None),
        ("An article mentions 2001 and 2011 and May 2, 2011 in its text.\n" + BODY, None),
        ("Talks resume\n\n" + BODY + "1 Comment\n\nAli said:\nMay 3, 2012 at 2:00 pm\nGood.\n", None),
        ("Talks resume\n\n" + BODY + "The minister said the deal was Published on May 1, 2012, in Washington.\n", None),
    ],
    ids=[
        "dawn-byline-glued", "tribune-print-line", "dawn-print-line-ordinal", "published-word",
        "posted-on-iso", "bare-iso-byline", "blogger-weekday", "by-name-day-first", "dated-url-in-page",
        "no-date", "years-in-text-are-not-the-date", "comment-stamp-is-not-the-date",
        "date-inside-a-body-sentence",
    ],
)
def test_page_date(text, published):
    art = split_text(text, "p.txt").article
    assert (art.published.isoformat() if art.published else None) == published
    assert art.date_source == ("page" if published else None)
    assert art.year == (int(published[:4]) if published else None)


@pytest.mark.parametrize(
    "meta, published, source",
    [
        (MetadataRow("p.txt", None, dt.date(2019, 1, 2), None), "2019-01-02", "metadata"),
        (MetadataRow("p.txt", "https://www.dawn.com/news/2015/03/09/x", None, None), "2018-02-24", "page"),
        (MetadataRow("p.txt", None, None, "Dawn"), "2018-02-24", "page"),
    ],
    ids=["metadata-date-beats-page", "page-date-beats-url", "no-metadata-date-falls-back"],
)
def test_metadata_precedence(meta, published, source):
    text = "Talks\n\nUpdated February 24, 2018\n\n" + BODY
    art = split_text(text, "p.txt", meta=meta).article
    assert (art.published.isoformat(), art.date_source) == (published, source)


def test_metadata_url_date_when_page_has_none():
    meta = MetadataRow("p.txt", "https://www.dawn.com/news/2015/03/09/x", None, None)
    art = split_text("Talks\n\n" + BODY, "p.txt", meta=meta).article
    assert (art.published, art.date_source, art.site) == (dt.date(2015, 3, 9), "metadata", "dawn")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Feb 24, 2018", dt.date(2018, 2, 24)),
        ("24th February, 2018", dt.date(2018, 2, 24)),
        ("Sept. 3, 2015", dt.date(2015, 9, 3)),
        ("2011-07-15", dt.date(2011, 7, 15)),
        ("February 30, 2018", None),
        ("in 2011", None),
    ],
    ids=["abbrev-month", "day-first-ordinal", "sept-dot", "iso", "impossible-day", "year-alone"],
)
def test_parse_date_text(text, expected):
    assert parse_date_text(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Feb 24, 2018 09:37am", dt.datetime(2018, 2, 24, 9, 37)),
        ("Feb 24, 2018 12:05am", dt.datetime(2018, 2, 24, 0, 5)),
        ("May 1, 2012 - 1:19PM", dt.datetime(2012, 5, 1, 13, 19)),
        ("Tuesday, May 01, 2012 3:14:09 PM", dt.datetime(2012, 5, 1, 15, 14, 9)),
        ("2012-05-01 18:30", dt.datetime(2012, 5, 1, 18, 30)),
        ("May 1, 2012", dt.datetime(2012, 5, 1)),
        ("9 years ago", None),
    ],
    ids=["dawn-am", "midnight", "tribune-pm", "blogger-seconds", "iso-24h", "date-only", "relative"],
)
def test_parse_stamp(text, expected):
    assert parse_stamp(text) == expected


@pytest.mark.parametrize(
    "text, day",
    [("20-09-2001 10:02", "2001-09-20"), ("08/10/2009", "2009-10-08"), ("08/25/2012", "2012-08-25"),
     ("25.08.2012", "2012-08-25"), ("31/02/2012", None), ("07/13/23 9:16pm", "2023-07-13"), ("1/2/98", "1998-02-01"),
     ("24/7/365", None), ("a 3/4/5 split", None)],
    ids=["day-first-dashes", "ambiguous-is-day-first", "month-first-when-day-over-12", "dots", "impossible",
         "two-digit-year", "two-digit-year-1900s", "not-a-date", "one-digit-year"],
)
def test_numeric_dates_are_read_day_first(text, day):
    from comments.dates import parse_date_text

    found = parse_date_text(text)
    assert (found.isoformat() if found else None) == day
