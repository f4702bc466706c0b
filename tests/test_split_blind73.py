"""Round 73 of the blind layouts (issue 18), on short pages written for these
tests: a site's motto right under its name, past the day's date and the links
over them (`Greater Kashmir`, `Kashmir's Largest Circulated Daily`), is no
headline; an agency, place and date line (`IANS | Washington | January 1,
2018 8:55 pm`) dates the story and is no body; `Views expressed … are the
author's own` and `… join our WhatsApp group` are no body."""
from __future__ import annotations

from comments import split_text

PARAGRAPH = ("Pakistan summoned the US ambassador on Tuesday to protest against a New Year's Day tweet in which "
             "the president accused Islamabad of lies and deceit.")
SECOND = ("The foreign office said the aid figures quoted in Washington counted reimbursements for services "
          "Pakistan had provided to coalition forces as if they were gifts.")


def test_motto_under_the_sites_name_is_no_headline():
    page = split_text(f"""Tuesday, May 10, 2016
E-Paper | Archives | Advertise | Subscribe | Contact Us
Follow us: Facebook Twitter YouTube RSS

Greater Kashmir
Kashmir's Largest Circulated Daily

HOME
KASHMIR
JAMMU
NATION
WORLD
OPINION

The F-16 snub and what it tells Islamabad
Posted On: May 10, 2016

{PARAGRAPH}

{SECOND}

Views expressed in the article are the author's own and do not necessarily represent the editorial stance of this paper.

Follow this link to join our WhatsApp group: Join Now
""", "gk.txt")
    assert page.article.title == "The F-16 snub and what it tells Islamabad"
    assert "Views expressed" not in page.article.body and "WhatsApp" not in page.article.body


def test_agency_place_and_date_line_dates_the_story():
    page = split_text(f"""Trump says Pakistan gave nothing but lies and deceit

IANS | Washington | January 1, 2018 8:55 pm

{PARAGRAPH}

{SECOND}
""", "sns.txt")
    assert str(page.article.published) == "2018-01-01"
    assert "IANS |" not in page.article.body
