"""Layouts of the twentieth blind round (issue 18), each on a short page
written for these tests: an Economist-style comment section, a Times of
India-style portal and a Daily Kos diary copied as text; a Wix blog saved as
HTML."""
from __future__ import annotations

from comments import split_text

STORY = ("American forces killed the commander in a raid near the academy, officials in Washington and "
         "Islamabad said on Monday, adding that the operation lasted forty minutes and that no Pakistani "
         "official had been told in advance.")

ECONOMIST = f"""The Example Weekly
Subscribe
World politics
Business & finance

Pakistan and America
The raid near the academy and what it costs
Dec 3rd 2011 | ISLAMABAD | from the print edition

{STORY}

{STORY}

from the print edition | Asia
Recommend
142
View all comments (87)
Add your comment

Readers' comments
The Example Weekly welcomes your views. Please stay on topic and be respectful of other readers.
Sort: Newest first | Oldest first | Readers' most recommended

Tom Hellerstein wrote: Dec 1st 2011 16:42 GMT

Washington should say so plainly.

Recommend 38 Report Permalink Reply

Karachi Wala wrote: Dec 1st 2011 17:20 GMT
in reply to Tom Hellerstein Dec 1st 2011 16:42 GMT

Tom, with respect, you have no evidence.

Recommend 51 Report Permalink Reply

View all comments (87)
Add your comment
You must be logged in to post a comment. Log in or register
"""


def test_comments_headed_name_wrote_time_under_a_notice_and_sort_bar_with_in_reply_to_lines():
    page = split_text(ECONOMIST, "economist.txt")
    assert page.article.body == f"{STORY}\n\n{STORY}"  # the print line and comment links are not body
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Tom Hellerstein", "Dec 1st 2011 16:42 GMT", "Washington should say so plainly.", None),
        # "in reply to NAME TIME" names the comment answered; it is not text
        ("Karachi Wala", "Dec 1st 2011 17:20 GMT", "Tom, with respect, you have no evidence.", 1)]


PORTAL = f"""Example Times
Home
World
NEWS / WORLD NEWS / PAKISTAN NEWS / Raid near the academy leaves questions in Islamabad
Raid near the academy leaves questions in Islamabad
Sajid Rahman | TNN | Updated: Jun 29, 2018, 10:47 IST

{STORY}

Also Read
Pakistan's dollar bonds slide as the review looms
US keeps up pressure on Pakistan over terror funding

{STORY}

Stay updated on the go with The Example Times News App. Click here to download it for your device.
Comments (3)
SORT BY : Newest | Oldest | Discussed | Up Voted | Down Voted
Rakesh Sharma (Pune)
4 years ago
So after all the drama the route opens for zero transit fee.
Up 34 Down 6 Reply
Flag
2 Replies
Shahid Khan (Lahore)
4 years ago
@Rakesh Sharma sab kuch paise ka khel hai bhai.
Up 18 Down 11 Reply
Flag
Read more comments
"""


def test_portal_breadcrumb_title_link_box_app_promo_vote_rows_and_mentions_of_named_places():
    page = split_text(PORTAL, "portal.txt")
    assert page.article.title == "Raid near the academy leaves questions in Islamabad"  # without the breadcrumbs
    assert page.article.body == f"{STORY}\n\n{STORY}"  # the "Also Read" box and the app promotion dropped
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Rakesh Sharma (Pune)", "4 years ago", "So after all the drama the route opens for zero transit fee.", None),
        # "@Rakesh Sharma" answers "Rakesh Sharma (Pune)"; "Up 18 Down 11 Reply" is a button row
        ("Shahid Khan (Lahore)", "4 years ago", "@Rakesh Sharma sab kuch paise ka khel hai bhai.", 1)]


DIARY = f"""Daily Example
Community
Drones over Waziristan are making us less safe
by riverbend_dem | Community | Feb 18, 2012 6:14pm EST
Comments 3

{STORY}

{STORY}

Originally posted to riverbend_dem on Sat Feb 18, 2012 at 06:14 PM PST.

Also republished by Peace and Foreign Policy Diaries.

Tags
Pakistan
drones
Comments 3
Sort
Newest
Oldest

OregonLefty  Feb 18, 2012 at 06:31:05 PM PST
Thank you for writing this.
Recommend 22
Reply
pragmatic_progressive on Feb 18, 2012, 6:40pm
If not drones, then what?
Recommend 9
Reply
jbou in Ann Arbor  Feb 18, 2012 at 08:11:40 PM PST
[new]
OregonLefty: fair, and I would support that.
Recommend 2
Reply
Load more comments
"""


def test_diary_heads_with_on_lower_case_names_new_marks_and_name_colon_replies():
    page = split_text(DIARY, "diary.txt")
    assert page.article.body == f"{STORY}\n\n{STORY}"  # "Originally posted to…", "Also republished by…" dropped
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("OregonLefty", "Feb 18, 2012 at 06:31:05 PM PST", "Thank you for writing this.", None),
        ("pragmatic_progressive", "Feb 18, 2012, 6:40pm", "If not drones, then what?", None),
        ("jbou in Ann Arbor", "Feb 18, 2012 at 08:11:40 PM PST", "OregonLefty: fair, and I would support that.", 1)]


def _wix(n: int, name: str, date: str, text: str, replies: str = "") -> str:
    return (f'<div class="kmm1ko _2nq9s" data-hook="comment" style="padding:8px"><div data-hook="comment-header">'
            f'<span class="x1y2z3" data-hook="author-name">{name}</span><span data-hook="comment-date">{date}</span></div>'
            f'<div data-hook="comment-content"><div data-hook="ricos-viewer"><p class="q9w8e7" data-hook="rcv-block1">'
            f'{text}</p></div></div><div data-hook="comment-footer"><button data-hook="like-button">Like</button>'
            f'<button data-hook="reply-button">Reply</button></div>'
            f'{replies and f"<div data-hook={chr(34)}replies-list{chr(34)}>{replies}</div>"}</div>')


WIX = ('<html><head><title>The raid near the academy | Example Blog</title></head><body>'
       '<article><h1 class="a1b2c3" data-hook="post-title">The raid near the academy</h1>'
       '<span data-hook="time-ago">Sep 15, 2021</span>'
       f'<div data-hook="post-description"><p>{STORY}</p><p>{STORY}</p></div></article>'
       '<section data-hook="comments-root"><h2>Comments</h2>'
       + _wix(1, "Laura Jennings", "Sep 15, 2021", "Washington never had a plan.",
              _wix(2, "Vikram Sethi", "Sep 16, 2021", "It had one, for the wrong war."))
       + _wix(3, "Hina Shah", "Sep 17, 2021", "Very good piece.")
       + "</section></body></html>")


def test_wix_comments_known_only_by_their_data_hook_attributes():
    from comments.html import split_html

    page = split_html(WIX, "wix.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Laura Jennings", "Sep 15, 2021", "Washington never had a plan.", None),
        ("Vikram Sethi", "Sep 16, 2021", "It had one, for the wrong war.", 1),
        ("Hina Shah", "Sep 17, 2021", "Very good piece.", None)]


def test_a_short_headline_between_a_rubric_and_the_dated_line_is_the_title():
    page = split_text(ECONOMIST.replace("The raid near the academy and what it costs", "Blood money"), "economist.txt")
    assert page.article.title == "Blood money"  # not the rubric "Pakistan and America", nor the masthead
    assert str(page.article.published) == "2011-12-03"
    with_dek = ECONOMIST.replace("The raid near the academy and what it costs\n",
                                 "Blood money\nA raid leaves its reluctant ally humiliated and angry\n")
    assert split_text(with_dek, "economist.txt").article.title == "Blood money"  # rubric, headline, dek
