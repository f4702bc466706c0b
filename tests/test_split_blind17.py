"""Layouts of the seventeenth blind round (issue 18), each on a short page
written for these tests: a Lobsters thread, a Wikipedia talk page and a Kialo
discussion copied as text."""
from __future__ import annotations

import datetime as dt

from comments import split_text

STORY = ("American forces killed the commander in a raid near the academy, officials in Washington and "
         "Islamabad said on Monday, adding that the operation lasted forty minutes and that no Pakistani "
         "official had been told in advance. ")

LOBSTERS = f"""Lobsters
Active
Recent
Comments
Search
Login

▲ 23 ▼
Raid near the academy leaves questions in Islamabad (example.pk)
world politics
via rkhalid 3 hours ago | archive | 3 comments

{STORY}

{STORY}

[-] ▲ 12 ▼ jkowalczyk 2 hours ago | link | flag | reply
Never average the casualty counts.
[-] ▲ 8 ▼ rkhalid 2 hours ago | edited 1 hour ago | link | flag | reply
@jkowalczyk yes, exactly.
▲ 1 ▼ sidd_v 20 minutes ago | link | flag | reply
Bookmarked.

About
Tags
Filter
Moderation Log
Privacy
"""


def test_lobsters_heads_with_votes_and_links_a_menu_line_named_comments_and_the_closing_menu():
    page = split_text(LOBSTERS, "lobsters.txt")
    assert page.article.title == "Raid near the academy leaves questions in Islamabad"  # "Comments" is a menu item
    assert page.article.body.startswith("American forces killed")
    assert "via rkhalid 3 hours ago | archive | 3 comments" in page.boilerplate
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("jkowalczyk", "2 hours ago", "Never average the casualty counts.", None),
        ("rkhalid", "2 hours ago", "@jkowalczyk yes, exactly.", 1),  # an "@handle" opening names the comment answered
        ("sidd_v", "20 minutes ago", "Bookmarked.", None)]  # the footer's menu is not its text


TALK = f"""Talk:Raid near the academy
From Wikipedia, the free encyclopedia
This is the talk page for discussing improvements to the Raid article.
WikiProject Pakistan	(Rated B-class)
Casualty figures from the Example Monitor
Latest comment: 10 years ago4 comments3 people in discussion
I propose adding the Monitor's figures. {STORY}

I would welcome views on wording. — Ravi.Khanna (talk) 09:41, 24 October 2013 (UTC) Reply
Support, attributed in the text. Hollis.W (talk · contribs) 11:02, 24 October 2013 (UTC) Reply
@Hollis.W: Agreed. I have put a draft up. Jaan Mohammad Baloch (talk) 15:47, 24 October 2013 (UTC)
the americans never admit it. — Preceding unsigned comment added by 203.0.113.5 (talk) 16:20, 25 October 2013 (UTC)
Retrieved from "https://en.wikipedia.org/w/index.php?title=Talk:Raid"
Privacy policy
"""


def test_wiki_talk_posts_end_with_their_signatures():
    page = split_text(TALK, "talk.txt")
    assert page.article.title == "Casualty figures from the Example Monitor"
    assert str(page.article.published) == "2013-10-24"
    assert page.article.body.endswith("I would welcome views on wording.")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Hollis.W", "11:02, 24 October 2013 (UTC)", "Support, attributed in the text.", None),
        ("Jaan Mohammad Baloch", "15:47, 24 October 2013 (UTC)", "@Hollis.W: Agreed. I have put a draft up.", 1),
        ("203.0.113.5", "16:20, 25 October 2013 (UTC)", "the americans never admit it.", None)]
    assert page.comments[0].posted_at_parsed == dt.datetime(2013, 10, 24, 11, 2)  # the time before the date


KIALO = f"""Kialo
Explore
Log In
Should Pakistan Allow the US to Use Its Bases?
Public discussion
1.4K participants · 27 claims
Thesis
Pakistan should allow the United States to use its air bases.

Background info

{STORY}

Created by Hamza Siddiqui · Jun 21, 2021
Tags: Pakistan · United States

Pros
Sort by: Impact
1.1
Pro
Hosting a limited presence would give Pakistan leverage.
23 votes
6 comments
Created by Bilal Awan · Jun 21, 2021

1.1.1
Con
Sana Rehman
Jun 22, 2021
Edited Jun 24, 2021
That leverage did not materialise after 2001.
Votes 17 · Comments 4
Cons
1.2
Con
Any base would make our cities a target.
Votes: 31 · Comments: 8
Claim info
Written by
Faisal Jatoi
Created
June 21, 2021
Show more
Related discussions
"""


def test_kialo_claims_their_writers_in_three_layouts_and_parents_by_number():
    page = split_text(KIALO, "kialo.txt")
    assert page.article.title == "Should Pakistan Allow the US to Use Its Bases?"
    assert str(page.article.published) == "2021-06-21"
    assert page.article.body.startswith("Pakistan should allow") and "Created by" not in page.article.body
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Bilal Awan", "Jun 21, 2021", "Hosting a limited presence would give Pakistan leverage.", None),
        ("Sana Rehman", "Jun 22, 2021", "That leverage did not materialise after 2001.", 1),  # 1.1.1 answers 1.1
        ("Faisal Jatoi", "June 21, 2021", "Any base would make our cities a target.", None)]
