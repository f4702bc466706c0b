"""Round 40 of the blind layouts (issue 18), on short pages written for these
tests: a Pakistani daily's page whose headline sits over its writer's name
and date, and whose comments come under a long comment form, each a name, a
place ("Rawalpindi, Pakistan") and a date over the text."""
from __future__ import annotations

from comments import split_text

PARAGRAPH = ("Pakistan on Sunday lodged a strong protest with the United States over the drone strike in "
             "Balochistan, calling it a violation of its sovereignty and a blow to the peace process.")

DAILY = f"""The News
E-Paper

Top Story

Drone strike in Balochistan a violation of sovereignty, says FO
Ayesha Niazi
May 23, 2016

Share

ISLAMABAD: {PARAGRAPH}

{PARAGRAPH}

Comments

Post your comments

Name

Email

Comment

Submit

Your comment will appear after it has been reviewed by a moderator.

Waqas Ahmed
Rawalpindi, Pakistan
23 May 2016
What was he doing here with a Pakistani passport?

Priya Nair
Bangalore, India
23 May 2016
This proves again what everyone has been saying.
"""


def test_a_headline_over_its_writers_name_and_comments_with_a_place_under_each_name():
    page = split_text(DAILY)
    assert page.article.title == "Drone strike in Balochistan a violation of sovereignty, says FO"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Waqas Ahmed", "23 May 2016", "What was he doing here with a Pakistani passport?"),
        ("Priya Nair", "23 May 2016", "This proves again what everyone has been saying.")]


def test_a_place_in_brackets_beside_the_name_in_a_comment_head_is_shown_with_it():
    from comments.html import split_html

    def comment(n, name, place, when, text):
        return f"""<li class="comment" id="li-comment-{n}"><div id="comment-{n}">
<div class="comment-author vcard"><img alt="" src="a.png" class="avatar" /> <cite class="fn">{name}</cite>
<span class="comment-location">{place}</span></div>
<div class="comment-meta commentmetadata"><a href="#comment-{n}">{when}</a></div>
<div class="comment-body"><p>{text}</p></div><div class="reply"><a href="#">Reply</a></div></div></li>"""

    page = split_html(f"""<html><head><title>Bin Laden killed near Abbottabad - DAWN.COM</title></head><body>
<h1>Bin Laden killed near Abbottabad</h1><p class="date">May 02, 2011</p>
<div class="story"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>
<ol class="commentlist">
{comment(1, "Farhan Qureshi", "(Karachi)", "May 02, 2011 09:37am", "The day the world changed again.")}
{comment(2, "Nadia", "(London, UK)", "May 02, 2011 10:02am", "Questions for our agencies now.")}
</ol></body></html>""")
    assert [(c.author, c.posted_at) for c in page.comments] == [
        ("Farhan Qureshi (Karachi)", "May 02, 2011 09:37am"), ("Nadia (London, UK)", "May 02, 2011 10:02am")]


LINK_POST = f"""r/pakistan
412
Posted by u/chai_aur_chaos
5 hours ago
Pakistan will not host US military bases, FM tells Senate
tribune.com.pk/story/23045...

{PARAGRAPH}

63 comments
Share
96% Upvoted
Sort By: Best

level 1
desi_dehqan
Punjab
· 4 hr. ago

Good. We have paid enough for other people's wars.

214
Reply
Give Award
Share

level 2
throwaway_isb92
· 4 hr. ago

The bases were never really ours to begin with.

88
Reply

level 3
[deleted]
· 3 hr. ago

[deleted]

level 1
ammar_from_multan
· 2 hr. ago

Saying no in the Senate is easy.

3 more replies
"""


def test_a_link_posts_comments_nested_by_their_level_lines_with_a_deleted_one_kept_in_its_place():
    page = split_text(LINK_POST)
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("desi_dehqan", "4 hr. ago", None), ("throwaway_isb92", "4 hr. ago", 1), ("[deleted]", "3 hr. ago", 2),
        ("ammar_from_multan", "2 hr. ago", None)]
    assert page.comments[3].text == "Saying no in the Senate is easy."


def test_a_headline_past_a_long_menu_under_its_date_line():
    menu = "\n".join(["Home", "World", "U.S.", "New York", "Business", "Markets", "Tech", "Personal Finance",
                      "Life & Culture", "Opinion", "Careers", "Real Estate", "Small Business", "Asia", "Europe",
                      "Americas", "Middle East", "Africa", "Search"])
    page = split_text(f"""THE DAILY LEDGER.

Subscribe
Log In

{menu}

WORLD NEWS
MAY 3, 2011

Pakistan Faces Pointed Questions Over Bin Laden's Compound

Lawmakers Question Billions in Aid as Islamabad Denies Knowing of Hideout

Email
Print

{PARAGRAPH}

{PARAGRAPH}
""")
    assert page.article.title == "Pakistan Faces Pointed Questions Over Bin Laden's Compound"
    assert PARAGRAPH in page.article.body
