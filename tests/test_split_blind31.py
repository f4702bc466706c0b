"""Round 31 of the blind layouts (issue 18), each on a short page written for
these tests: a blog network's discussion (a badge line over every name, short
dates with two-digit years, a replied-to name between the writer and the time),
a business paper's article (a labelled summary box, a caption under its credit,
a comment form and a sort bar under the comments' header, "Hide Replies (2)"),
and an old Drupal site's story (a rating widget, comment display options, each
comment's time and id above its writer, the writer's picture, weekday-dated
numeric stamps written month first)."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.dates import month_first_page, parse_date_text

BLOG_NETWORK = """Sitelink
Home
Login

Nobody asked the people under the drones
Hira Q.
Filed to: drones
6/14/13 9:12am
Share to Kinja
Kinja'd 12

The speech was long on legal rules and short on the places where the rules apply. North Waziristan got one word.

Residents say the aircraft are heard for days before a strike, and nobody there was asked what the rules should be.

Reply
12 participants

Discussion
Start a new discussion
Sort: Popular

Kinja'd!!!
tanker_tom
6/14/13 9:40am
One word for the place with most of the strikes. That says who the speech was for.
14
Reply

Kinja'd!!!
Mirpur-Mike
tanker_tom
6/14/13 9:55am
It was for Congress, and Congress was listening.
3
Reply

Kinja'd!!!
salma_in_swat
Yesterday 9:40am
The buzzing is the worst part. My cousins stopped sending the children to the bazaar.
9
Reply
Show all 2 replies

Load more

About
Help
Terms of Use
"""


def test_badge_lines_short_dates_and_replied_to_names():
    page = split_text(BLOG_NETWORK, "blog.txt")
    assert page.article.title == "Nobody asked the people under the drones"
    assert page.article.published == dt.date(2013, 6, 14)
    assert "participants" not in page.article.body and "Start a new discussion" not in page.article.body
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("tanker_tom", "6/14/13 9:40am", None),
        ("Mirpur-Mike", "6/14/13 9:55am", 1),
        ("salma_in_swat", "Yesterday 9:40am", None),
    ]
    assert page.comments[0].text == "One word for the place with most of the strikes. That says who the speech was for."
    assert page.comments[2].text.endswith("to the bazaar.")
    assert not any("Kinja'd" in c.text or "Help" in c.text for c in page.comments)


BUSINESS_PAPER = """The Market Daily
Home
Markets
News

Islamabad seeks more time on grey list action plan
PTI | Updated: Jun 22, 2019, 09.10 AM IST
Save
Print
Synopsis
Pakistan says it has completed most of the action items and wants an extension until October.
Getty Images
Representative image

ISLAMABAD: Pakistan on Friday asked the global watchdog for more time to finish its action plan, saying most of the items had been completed.

Officials in Washington said they would judge the plan by prosecutions, not by new laws.

(Catch all the Business News and Latest News Updates on The Market Daily.)
Read More News on
FATF
Pakistan

Comments (3)
Sort By: Newest | Oldest | Discussed
Post a Comment

Arvind Rao (Pune)
2 hours ago
Prosecutions are the test. Laws on paper have never been the problem.
Reply | Like (12) | Dislike (1) | Flag
Hide Replies (1)

Usman Ghani (Multan)
1 hour ago
The courts are slow everywhere, sir. Give it a year.
Reply | Like (3) | Dislike (5) | Flag

Nadia Shah
3 hours ago
Another extension, another year.
Reply | Like (7) | Dislike (0) | Flag

Read More Comments
Post comment
Characters remaining (3000)
"""


def test_summary_box_caption_comment_form_and_reply_counts():
    page = split_text(BUSINESS_PAPER, "market.txt")
    body = page.article.body
    assert body.startswith("ISLAMABAD: Pakistan on Friday asked")
    assert body.endswith("not by new laws.")
    for furniture in ("Synopsis", "completed most of the action items", "Getty Images", "Representative image",
                      "Catch all the", "Read More News on", "FATF"):
        assert furniture not in body
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Arvind Rao (Pune)", None), ("Usman Ghani (Multan)", 1), ("Nadia Shah", None)]
    assert page.comments[0].text == "Prosecutions are the test. Laws on paper have never been the problem."
    assert page.comments[2].text == "Another extension, another year."
    assert not any("announces" in w for w in page.warnings)  # the header's count is met


DRUPAL = """Skip to main content
The Ledger
Search
Home
Do NOT follow this link or you will be banned from the site!

Ledger Desk's picture
Supply trucks roll again through Torkham
Submitted by Ledger Desk on 07/04/2012 09:15 -0400

The first convoys in seven months crossed into Afghanistan on Wednesday after Islamabad lifted its ban on coalition supply trucks.

Drivers said the road was as dangerous as ever, and the transit fee stayed where it was before the closure.

Your rating: None Average: 4.2 (9 votes)
Login or register to post comments
Similar Articles You Might Enjoy:

Border Closed After Strike
Comment viewing options
Flat list - collapsed
Threaded list - expanded
Date - newest first
50 comments per page
Save settings
Select your preferred way to display the comments and click "Save settings" to activate your changes.

Wed, 07/04/2012 - 10:02 | 2590001
toll_booth
toll_booth's picture

Seven months of detours and nothing changed on the fee. Somebody blinked.

up 8 down 1
Login or register to post comments

Wed, 07/04/2012 - 10:20 | 2590043
onebir
onebir's picture

Nobody blinked. The money was settled in another room.
(Edited)

up 3 down 0
Login or register to post comments

Recent Comments
Popular Articles
Contact Us
"""


def test_drupal_story_with_times_above_writers_and_month_first_dates():
    page = split_text(DRUPAL, "ledger.txt")
    assert page.article.title == "Supply trucks roll again through Torkham"
    assert page.article.published == dt.date(2012, 7, 4)  # month first, as the comments' weekdays show
    assert "Your rating" not in page.article.body and "Border Closed" not in page.article.body
    assert [(c.author, c.posted_at) for c in page.comments] == [
        ("toll_booth", "Wed, 07/04/2012 - 10:02"), ("onebir", "Wed, 07/04/2012 - 10:20")]
    assert page.comments[0].posted_at_parsed == dt.datetime(2012, 7, 4, 10, 2)
    assert page.comments[1].text == "Nobody blinked. The money was settled in another room."


def test_numeric_dates_read_by_a_named_weekday_and_by_the_page():
    assert parse_date_text("Tue, 07/03/2012 - 14:26") == dt.date(2012, 7, 3)
    assert parse_date_text("07/03/2012") == dt.date(2012, 3, 7)  # alone: day first
    assert month_first_page(["5/23/13 6:02pm", "10/11/13 4:30pm"])
    assert not month_first_page(["25/08/2012", "5/23/13"])  # both orders on one page: no evidence either way
    assert not month_first_page(["07/03/2012"])
