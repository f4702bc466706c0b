"""Layouts of the twenty-first blind round (issue 18), each on a short page
written for these tests: a vBulletin thread view, a Hindustan Times-style
article and a Facebook group post copied as text."""
from __future__ import annotations

from comments import split_text

STORY = ("American forces killed the commander in a raid near the academy, officials in Washington and "
         "Islamabad said on Monday, adding that the operation lasted forty minutes and that no Pakistani "
         "official had been told in advance.")

FORUM = f"""Example Cricket Forum
Forum
Pakistan & World News
Thread: Raid near the academy leaves questions
Reply to Thread
Thread Tools
05-03-2016, 10:27 AM #1
Shaheen_Eagle
Senior Member
Join Date: Sep 2012
Posts: 7,204
Raid near the academy leaves questions
{STORY}

{STORY}
__________________
Shaheen ki parwaz.
Reply With Quote
05-03-2016, 10:41 AM #2
Saqlain_Doosra
Member
Join Date: Mar 2013
Location: Faisalabad
Shameful.
Last edited by Saqlain_Doosra; 05-03-2016 at 10:45 AM. Reason: typo
Reply With Quote
05-03-2016, 10:52 AM #3
TexasTom
Member
Join Date: Nov 2015
Quote Originally Posted by Saqlain_Doosra View Post
Shameful.
Not shameful, just expected.
Reply With Quote
Similar Threads
Last Post: 02-14-2016, 07:49 PM
"""


def test_thread_view_posts_numbered_dates_profile_fields_signatures_and_quotes():
    page = split_text(FORUM, "forum.txt")
    assert page.article.title == "Raid near the academy leaves questions"
    # "05-03-2016" is May 3: the page's "02-14-2016" can only be read month first
    assert str(page.article.published) == "2016-05-03"
    assert page.article.body == f"{STORY}\n\n{STORY}"  # the signature under the rule is not body
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Saqlain_Doosra", "05-03-2016, 10:41 AM", "Shameful.", None),
        ("TexasTom", "05-03-2016, 10:52 AM", "Not shameful, just expected.", 1)]


NEWS = f"""Example Times
Home
World
Home / World News / Raid near the academy leaves questions in Islamabad
Raid near the academy leaves questions in Islamabad
The operation lasted forty minutes and no Pakistani official was told.
By News Desk
Updated on Sep 08, 2022 09:47 AM IST
Read Time: 3 mins
The compound near the academy after the raid. (File)
{STORY}

Also Read | Pakistan floods: US announces relief aid

{STORY}

(Except for the headline, this story has not been edited by Example staff and is published from a syndicated feed.)
Track Latest News Live on Example.com and get news updates from India and around the world.
"""


def test_breadcrumbs_over_a_repeated_headline_read_times_captions_and_syndication_notes():
    page = split_text(NEWS, "news.txt")
    assert page.article.title == "Raid near the academy leaves questions in Islamabad"
    assert str(page.article.published) == "2022-09-08"
    assert STORY in page.article.body
    for furniture in ("Also Read", "Read Time", "(File)", "Except for the headline", "Track Latest News"):
        assert furniture not in page.article.body


GROUP = f"""Facebook
Example Community Forum
Public group · 12K members
Join group
Saima Akhtar
Top contributor
 · 
January 9, 2023
 · 
My brother waited 14 months last year just for an interview date. {STORY}

{STORY}
EXAMPLE.COM
Raid near the academy leaves questions in Islamabad
The operation lasted forty minutes.
All reactions:
1.1K
318 comments
Like
Comment
Share
Most relevant
Usman Ghani
Still 8 months for the Karachi consulate though.
18
Like · Reply · 1y
Saima Akhtar
Author
Top contributor
Usman Ghani true, Karachi is still bad.
27
Like · Reply · 1y · Edited
View more comments
"""


def test_group_post_with_badges_under_names_tagged_replies_and_edited_footers():
    page = split_text(GROUP, "group.txt")
    assert page.article.title == "Raid near the academy leaves questions in Islamabad"
    assert str(page.article.published) == "2023-01-09"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Usman Ghani", "1y", "Still 8 months for the Karachi consulate though.", None),
        ("Saima Akhtar", "1y", "Usman Ghani true, Karachi is still bad.", 1)]
