"""Layouts left over from earlier blind rounds (issue 18), fixed in session 21,
each on a short page written for these tests: an old community blog whose
comments are signed after their text ("by NAME on DATE", a motto glued above
the signature, "[ Parent ]" links), and a technology site's article with an
all-caps kicker, a "NAME – DATE | N" byline, an author box and a page list."""
from __future__ import annotations

from comments import split_text

DIARY = """Example Kos
Sign Up
Log In
Roads reopen, trust does not
by dunewalker
Sun Feb 13, 2011 at 10:45 AM PST
Share
Tweet

The border crossing at Torkham reopened on Saturday after eleven days, and the lines of trucks stretched back to Landi Kotal by nightfall.

Nobody in Islamabad or Washington has said what was agreed to end the closure, which is the part that should worry us.

Originally posted to dunewalker on Sun Feb 13, 2011 at 10:45 AM PST.

Tags: Pakistan, Torkham
Print
Email to a Friend
12 Comments / 12 New
Comment Preferences
Display:
Sort:
Expand All
Shrink All
Hide All

[new] The closure cost more than it saved (7+ / 0-)
Recommended by:
dunewalker, mapleleft, Ravi in Reno

Every day the trucks sat there the price of flour in Peshawar went up. Somebody should count that before the next closure.

Tea first, then politics.
by Sana from Sialkot on Sun Feb 13, 2011 at 11:02:14 AM PST
Reply to This
[new] Flour is the real story (3+ / 0-)
Recommended by:
dunewalker, Ravi in Reno, Sana from Sialkot

And nobody in Washington will ever see that number.

by mapleleft on Sun Feb 13, 2011 at 11:20:41 AM PST
[ Parent ]
Reply to This
[new] Good diary (1+ / 0-)
Recommended by:
mapleleft

Thanks for writing it up.

Tea first, then politics.
by Sana from Sialkot on Sun Feb 13, 2011 at 12:31:10 PM PST
Reply to This
[new] Agreed (2+ / 0-)
Recommended by:
dunewalker, Sana from Sialkot

The convoys will be back to normal by Friday, the trust will not.

by Ravi in Reno on Sun Feb 13, 2011 at 01:40:52 PM PST
[ Parent ]
Reply to This

Subscribe or Donate to support Example Kos.
About
Contact
"""


def test_comments_signed_after_their_text_with_mottos_and_parent_links():
    page = split_text(DIARY, "diary.txt")
    assert [c.author for c in page.comments] == ["Sana from Sialkot", "mapleleft", "Sana from Sialkot", "Ravi in Reno"]
    assert [c.posted_at for c in page.comments][1] == "Sun Feb 13, 2011 at 11:20:41 AM PST"
    texts = [c.text for c in page.comments]
    assert texts[0] == ("Every day the trucks sat there the price of flour in Peshawar went up. Somebody should count "
                        "that before the next closure.")  # no motto, no toolbar, no title or recommenders
    assert texts[1] == "And nobody in Washington will ever see that number."
    assert texts[2] == "Thanks for writing it up."
    assert not any("Parent" in t or "Tea first" in t or "Subscribe" in t for t in texts)
    assert [c.parent for c in page.comments] == [None, 1, None, 3]  # "[ Parent ]" under a signature: the one above


HEAD_FIRST = """Message Board
Sort by: Latest first | Oldest first
Flour prices (2 replies)
by Sana from Sialkot on Sep 23, 2011 11:05 AM
Every day the trucks sat there the price of flour went up.
Reply | Report abuse
    Re: Flour prices
    by mapleleft on Sep 23, 2011 11:22 AM
    And nobody in Washington will ever see that number.
    Reply | Report abuse
"""


def test_by_name_on_date_over_its_text_still_opens_the_comment():
    page = split_text("Example News\nMullen's last word on the crossing\nSep 23, 2011\n\n"
                      "The admiral told senators that the crossing would stay open whatever the talks decide.\n\n"
                      + HEAD_FIRST, "board.txt")
    assert [(c.author, c.text) for c in page.comments][:2] == [
        ("Sana from Sialkot", "Every day the trucks sat there the price of flour went up."),
        ("mapleleft", "And nobody in Washington will ever see that number.")]


ARTICLE = """Skip to content
Example Technica home
Sections
Forum
Subscribe
Sign In

WHO PAYS FOR THE PATCHES
The US cleared a $90M support deal for Pakistan's radars. Most of it is software.
The package covers code updates and the inspectors who check how the radars are used.

NADIA QURESHI – SEP 9, 2022 4:30 PM | 12
Text settings
Story text
Size
Small
Standard
Large
Minimize to nav
The State Department on Thursday cleared a support package for Pakistan's air-defence radars, most of it for software updates and spare parts.

Officials said the deal does not add new capabilities, and that American inspectors would keep checking where the radars are deployed.

Nadia Qureshi
Senior Defense Reporter
Nadia writes about defence technology and export controls from Washington.
Comments
Prev
1
2
…
5
Next
radar_nerd
Posts: 1,418
Sep 9, 2022 at 4:51 PM
Software support is the whole deal these days, the hardware is the easy part.
Prev
1
2
…
5
Next
You must log in or register to reply here.
"""


def test_kicker_caps_byline_author_box_and_page_list():
    page = split_text(ARTICLE, "radars.txt")
    assert page.article.title == "The US cleared a $90M support deal for Pakistan's radars. Most of it is software."
    assert page.article.published.isoformat() == "2022-09-09"
    body = page.article.body
    assert body.endswith("American inspectors would keep checking where the radars are deployed.")
    assert "NADIA QURESHI" not in body and "Text settings" not in body and "Nadia writes" not in body
    assert "WHO PAYS FOR THE PATCHES" in page.boilerplate
    assert [(c.author, c.text) for c in page.comments] == [
        ("radar_nerd", "Software support is the whole deal these days, the hardware is the easy part.")]


OLD_NEWS_SITE = """EXAMPLE.COM
Tuesday, 29 Nov, 2011 | Muharram 3, 1433

Home | Pakistan | World | Business | Sport | Opinion

Breaking News
Kayani says the army will answer any future attack without waiting for orders
Bonn conference to go ahead despite a boycott threat from Islamabad

World › Pakistan | November 27, 2011

Pakistan shuts supply routes after a border post is attacked

Reuters | Updated 2 days ago

Soldiers carry a coffin during a funeral in Peshawar. — Reuters Photo

ISLAMABAD: Pakistan closed both land routes into Afghanistan on Saturday, hours after two border posts were attacked before dawn.

The decision was taken at an emergency meeting of the cabinet's defence committee.

Comments (1)

Sajid Karachi
Nov 27, 2011 11:02am
The routes should stay shut until there is an apology.

Comments Closed
"""


def test_masthead_date_line_and_ticker_items_are_not_the_headline():
    page = split_text(OLD_NEWS_SITE, "old.txt")
    assert page.article.title == "Pakistan shuts supply routes after a border post is attacked"
    assert page.article.published.isoformat() == "2011-11-27"
    assert page.article.body.startswith("ISLAMABAD: Pakistan closed both land routes")  # (the caption dropped)
    assert [(c.author, c.text) for c in page.comments] == [
        ("Sajid Karachi", "The routes should stay shut until there is an apology.")]


TAGLINE_SITE = """Example Observer
Independent news and analysis from the capital
Home
Politics
Economy
Security
Opinion
RSS Feed
Subscribe by Email
« Load-shedding protests turn violent in the city
Adviser defends budget cuts to universities »
Aid bill divides the capital as its conditions draw fire
Thursday, October 8, 2009 | By Nadia Ahmed | Filed under: Politics, Security | 5 Comments

A five-year aid package hailed abroad as the start of a partnership has instead set off one of the sharpest quarrels in the capital in years.

Opposition parties demanded a debate in parliament before the bill becomes law.
"""


def test_tagline_over_a_menu_and_links_to_neighbouring_posts_are_not_the_headline():
    page = split_text(TAGLINE_SITE, "observer.txt")
    assert page.article.title == "Aid bill divides the capital as its conditions draw fire"
    assert page.article.published.isoformat() == "2009-10-08"  # (a long byline with the date first)
    assert page.article.body.startswith("A five-year aid package")
