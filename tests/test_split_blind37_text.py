"""Round 37 of the blind layouts, copied text (issue 18), each on a short page
written for these tests: a portal's old comment system (each comment a login,
a badge and fan counts, the text, then its time written before its date,
`10:52 AM on 03/16/2011`, and `Favorite  Flag as abusive`; tabs, a comment
form and a page list above the comments; a slideshow, a follow promotion and
a related box after the story; only weekdays in the story tell how its
`05/03/2011` reads) and a paper on a news theme (a `Breaking` ticker over the
headline, a caption credited to a news agency in capitals, `LEAVE A REPLY
Cancel reply` closing the comments)."""
from __future__ import annotations

import datetime as dt

from comments import split_text

PORTAL = """THE DAILY PORTAL
Edition: U.S.
WORLD
Pakistan
Lawmakers Question Aid After Raid In Abbottabad
Posted: 05/03/2011 9:12 am Updated: 05/03/2011 11:40 am
Share this:
Comments 402

By AMY LANG
AP

WASHINGTON — Senators from both parties said on Tuesday that the aid programme to Pakistan must be reviewed after the raid.

Officials said the review would look at every tranche released since the bill was passed.

SLIDESHOW: The Raid
Click here for a full-screen slideshow
1 of 9
Soldiers guard the compound on Tuesday. (AP Photo/Sam Reed)
Get Portal World On Facebook and Twitter
Related News On The Daily Portal:
Pakistan Denies Knowing Of Hideout
Filed by Ana Ruiz  |  Report Corrections

Comments (402)
Pending Comments
0
View FAQ
Post Comment
Preview Comment
Recency  |  Popularity
Page:   1  2  3   Next ›   Last »   (21 total)

HillWatcher
SUPER USER
Fan of HillWatcher
2,340 Fans
Billions a year and nobody knew where he lived. I am done writing checks.
09:48 AM on 05/03/2011
Favorite  Flag as abusive

    pindi_reader
    Fan of pindi_reader
    12 Fans
    @HillWatcher Some knew and most did not. Cutting aid punishes the wrong people.
    10:05 AM on 05/03/2011
    Favorite  Flag as abusive

GradStudent04
Fan of GradStudent04
3 Fans
The civilian money was the part that worked. Keep that and audit the rest.
10:31 AM on 05/03/2011
Favorite  Flag as abusive

Page:   1  2  3   Next ›   Last »   (21 total)
Portal Social News
Most Popular on The Daily Portal
"""


def test_a_portals_comments_close_with_their_times_and_the_story_reads_its_date_by_its_weekday():
    page = split_text(PORTAL)
    assert page.article.title == "Lawmakers Question Aid After Raid In Abbottabad"
    assert page.article.published == dt.date(2011, 5, 3)  # a Tuesday, as the story says; 5 March 2011 was a Saturday
    assert "audit" not in page.article.body and "SLIDESHOW" not in page.article.body and "AP Photo" not in page.article.body
    assert "Facebook" not in page.article.body and "Denies" not in page.article.body and "Filed by" not in page.article.body
    assert page.article.body.endswith("released since the bill was passed.")
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("HillWatcher", "09:48 AM on 05/03/2011", None), ("pindi_reader", "10:05 AM on 05/03/2011", 1),
        ("GradStudent04", "10:31 AM on 05/03/2011", None)]
    assert page.comments[0].text == "Billions a year and nobody knew where he lived. I am done writing checks."
    assert page.comments[2].text == "The civilian money was the part that worked. Keep that and audit the rest."
    assert page.comments[0].posted_at_parsed == dt.datetime(2011, 5, 3, 9, 48)


def test_the_first_posted_date_wins_over_the_update_on_its_line():
    page = split_text(PORTAL.replace("Posted: 05/03/2011 9:12 am Updated: 05/03/2011 11:40 am",
                                     "First Posted: 03/16/11 10:24 AM ET Updated: 05/25/11 07:10 PM ET"))
    assert page.article.published == dt.date(2011, 3, 16)


def test_a_weekday_does_not_overrule_a_page_that_writes_its_dates_day_first():
    page = split_text(PORTAL.replace("Page:   1  2  3", "Archived 25/08/2012\nPage:   1  2  3", 1))
    assert page.article.published == dt.date(2011, 3, 5)


PAPER = """Sunday, May 22, 2016
Lahore 34°C Clear sky
Sign in / Join
The Lahore Ledger
Home
National
Business
Sports
World
Breaking
Cricket board meets franchise owners over the next edition
Load shedding: twelve-hour outages as mercury rises
Home National
NATIONAL
Drone strike in Balochistan a violation of sovereignty, says FO
By STAFF REPORT - May 22, 2016
1248
Share on Facebook

Residents look at the remains of the vehicle hit in the strike. ONLINE

ISLAMABAD: Pakistan on Sunday lodged a strong protest over a drone strike in Balochistan.

A spokesperson said the ambassador had been summoned to the ministry.

2 COMMENTS

Tariq Mehmood
May 22, 2016 At 6:41 pm

So he travelled on our passport and we are protesting?

Reply

    Ayesha Siddiqui
    May 22, 2016 At 7:05 pm

    Both things can be true at once.

    Reply

LEAVE A REPLY Cancel reply

Please enter your comment!
Please enter your name here

Post Comment
"""


def test_a_ticker_over_the_headline_an_agency_caption_and_a_reply_form_with_its_cancel_link():
    page = split_text(PAPER)
    assert page.article.title == "Drone strike in Balochistan a violation of sovereignty, says FO"
    assert page.article.published == dt.date(2016, 5, 22)
    assert "ONLINE" not in page.article.body and page.article.body.startswith("ISLAMABAD: Pakistan on Sunday")
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("Tariq Mehmood", "May 22, 2016 At 6:41 pm", None), ("Ayesha Siddiqui", "May 22, 2016 At 7:05 pm", 1)]
    assert page.comments[-1].text == "Both things can be true at once."
