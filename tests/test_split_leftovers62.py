"""Round 62's leftovers (issue 18), on short pages written for these tests: a
site's domain over the day's date over its menus is no social post's head; a
newsletter box between paragraphs does not end the story; a share bar's counted
`Comments (3)` over the story is no comment header when the board under it counts
the same; a quote after `NAME wrote:` on the reply's first line, `In reply to:
NAME` and rating lines; message-board posts under `Sub:` subject lines signed
`Posted by NAME` under their texts (saved HTML)."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Pakistan closed the main land route for NATO supplies into Afghanistan after a helicopter strike "
             "killed three of its soldiers at a frontier post.")
SECOND = ("By nightfall more than 150 fuel tankers were queued along the road to the Torkham crossing, their "
          "drivers sleeping in the cabs.")
THIRD = ("Diplomats said they expected the border to reopen within days once an apology had been negotiated "
         "with Washington.")
MENU = "\n".join(["Home", "News", "Sport", "Business", "Opinion", "Travel", "Jobs", "Property"])


def test_a_domain_over_the_date_over_menus_is_a_masthead_not_a_post():
    page = split_text(f"""The Herald
theherald.com
Friday 1 October 2010

Sign in | Register
{MENU}

Pakistan blocks NATO supply line after helicopter strike

Published Date: 01 October 2010
By Alasdair Kerr

{PARAGRAPH}

{SECOND}

{THIRD}

Comments (2)

Hamish_Dundee
01/10/2010 08:47
Bring the lads home and let them sort out their own border.

Report this comment
Recommend (6)

Tariq, Glasgow
01/10/2010 09:20
The supply route is the only card Pakistan holds.

Report this comment
Recommend (14)

Have your say

You must be signed in to leave a comment. Sign in | Register

By posting a comment you agree to abide by our house rules. Comments are the responsibility of the person posting them.

Most popular
""")
    assert page.article.title == "Pakistan blocks NATO supply line after helicopter strike"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Hamish_Dundee", "01/10/2010 08:47", "Bring the lads home and let them sort out their own border."),
        ("Tariq, Glasgow", "01/10/2010 09:20", "The supply route is the only card Pakistan holds.")]


def test_a_newsletter_box_between_paragraphs_does_not_end_the_story():
    page = split_text(f"""Pakistan blocks NATO supply line after helicopter strike

By Daniel Harker
Published: 12:51 Tuesday 03 May 2016

{PARAGRAPH}

Sign up to our daily newsletter
Get the day's biggest stories in your inbox every morning
Sign up

{SECOND}

{THIRD}

Related topics
""")
    assert page.article.body == "\n\n".join([PARAGRAPH, SECOND, THIRD])


def test_a_counted_share_button_over_the_story_and_a_message_board_under_it():
    page = split_text(f"""Home » News » World

Pakistan may have to pay full price for F-16s
Last Updated : May 03, 2016 01:17 PM IST | Source: PTI
Facebook
Twitter
Email
Print
Comments (2)
A-
A+

{PARAGRAPH}

{SECOND}

Email  |  Print  |  Comment  |  Bookmark

Message Board - Discussions on this news (2)
Post Message
View All Messages

ravi_nsk
Platinum Member
Posted On: May 03, 2016 13:21 IST
Good decision by the Congress. Why should American money pay for these planes?
Reply  |  Recommend (14)  |  Report Abuse
Rating: 3.9 (7 votes)

kamran_lhr
Silver Member
Posted On: May 03, 2016 13:52 IST
In reply to: ravi_nsk
ravi_nsk wrote: "Why should American money pay for these planes?"
Yaar, the F-16s have been flying against the TTP since 2014, not against India.
Reply  |  Recommend (9)  |  Report Abuse
Rating: 3.2 (5 votes)

View All Messages
""")
    assert page.article.body == "\n\n".join([PARAGRAPH, SECOND])
    assert [(c.author, c.posted_at, c.parent, c.text) for c in page.comments] == [
        ("ravi_nsk", "May 03, 2016 13:21 IST", None,
         "Good decision by the Congress. Why should American money pay for these planes?"),
        ("kamran_lhr", "May 03, 2016 13:52 IST", 1,
         "Yaar, the F-16s have been flying against the TTP since 2014, not against India.")]


def test_board_posts_under_subject_lines_signed_under_their_texts():
    def post(n, subject, text, name, nested=""):
        return (f'<div class="mb_post" id="post_{n}"><div class="mb_sub">Sub: <b>{subject}</b></div>'
                f'<div class="mb_txt">{text}</div><div class="mb_by">Posted by <a href="/u{n}" class="mb_user">'
                f'{name}</a> &nbsp;<span class="mb_dt">Oct 23, 2010 0{n}:12 IST</span></div><div class="mb_act">'
                f'<a href="#">Reply</a> | <a href="#">Report abuse</a></div>{nested}</div>')
    reply = post(2, "Re: Money for nothing", "Ye paisa koi khairat nahi hai.", "Farhan, Karachi")
    page = split_html(f"""<html><head><title>US aid package</title></head><body><div class="story"><h1>US aid package</h1>
<p>{PARAGRAPH}</p><p>{SECOND}</p></div><div class="mb_thread">
{post(1, "Money for nothing", "Every year the same story.", "Rajeev Menon", f'<div class="mb_reply_wrap">{reply}</div>')}
{post(3, "Strategic dialogue?", "As a taxpayer I do not understand this.", "Tom Whitaker (Ohio)")}
</div></body></html>""")
    assert [(c.author, c.posted_at, c.parent, c.text) for c in page.comments] == [
        ("Rajeev Menon", "Oct 23, 2010 01:12 IST", None, "Every year the same story."),
        ("Farhan, Karachi", "Oct 23, 2010 02:12 IST", 1, "Ye paisa koi khairat nahi hai."),
        ("Tom Whitaker (Ohio)", "Oct 23, 2010 03:12 IST", None, "As a taxpayer I do not understand this.")]
