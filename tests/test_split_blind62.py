"""Round 62 of the blind layouts (issue 18), on short pages written for these
tests: "NAME on DATE said:" heads; a comment box's placeholder ("Write your
comment here...") between the header and the first comment; a footer's links
set apart by wide gaps; a photo credit naming an outlet and its photographer
("US Air Force/Senior Airman NAME")."""
from __future__ import annotations

from comments import split_text

PARAGRAPH = ("Pakistan agreed on Tuesday to reopen the land routes used to supply NATO forces in Afghanistan, "
             "ending a seven-month blockade after Washington said it was sorry for the deaths of 24 soldiers.")
SECOND = ("Officials said the first trucks would cross at Torkham and Chaman within days, once customs clearance "
          "resumed at the port of Karachi.")


def test_name_on_date_said_heads():
    page = split_text(f"""Pakistan reopens NATO supply routes

{PARAGRAPH}

Comments (2)

TariqLahore on May 5, 2011, 4:31 PM said:

As a Pakistani I am ashamed, but not for the reason you think.

Reply  |  Like (14)  |  Flag

MidwestMike on May 5, 2011, 4:47 PM said:

@TariqLahore Fair point about sovereignty.

Reply  |  Like (22)  |  Flag
""")
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("TariqLahore", "May 5, 2011, 4:31 PM", None), ("MidwestMike", "May 5, 2011, 4:47 PM", 1)]


def test_a_placeholder_over_the_comments_and_a_footer_set_in_wide_gaps():
    page = split_text(f"""Pakistan reopens NATO supply routes

{PARAGRAPH}

2 Comments

Log in or register to post a comment.
Write your comment here...
Post Comment

Sohail Butt
Jul. 3, 2012, 11:40 AM
Wah, kya deal hai.
Reply  ·  12 likes  ·  Report abuse

texasveteran
Jul. 3, 2012, 3:48 PM
Glad the guys downrange get their supplies.
Reply  ·  6 likes  ·  Report abuse

About Us  Advertise  Careers  Contact Us  Commenting Policy  RSS  Site Map
""")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Sohail Butt", "Wah, kya deal hai."), ("texasveteran", "Glad the guys downrange get their supplies.")]


def test_a_caption_over_a_credit_naming_outlet_and_photographer():
    page = split_text(f"""Congress refuses to subsidise Pakistan's F-16s

An F-16 Fighting Falcon takes off during a training exercise.
US Air Force/Senior Airman Kyle Dawson

{PARAGRAPH}

{SECOND}
""")
    assert page.article.body == f"{PARAGRAPH}\n\n{SECOND}"


def test_a_comments_buttons_in_a_part_named_action():
    from comments.html import split_html

    def row(n, name, text):
        return (f'<div class="cmt_row" id="cmt_{n}" data-parent="0"><div class="cmt_user">Posted by <a href="#">{name}'
                f'</a></div><div class="cmt_date">May 03, 2016 10:0{n} AM</div><div class="cmt_text">{text}</div>'
                f'<div class="cmt_action"><a href="#">Reply</a> <a href="#" class="up">Up</a> <span>34</span> '
                f'<a href="#" class="dn">Down</a> <span>9</span> <a href="#" id="abuse_{n}">Report Abuse</a></div></div>')
    jets = "These jets were never meant for fighting terrorists."
    page = split_html(f"""<html><head><title>US aid to Pakistan</title></head><body><div class="article"><h1>US aid to
Pakistan</h1><p>{PARAGRAPH}</p><p>{SECOND}</p></div><div class="cmt_list">{row(1, "Gaurav Sharma, Delhi", jets)}
{row(2, "Farhan, Karachi", "We have lost more than thirty thousand people.")}</div></body></html>""")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Gaurav Sharma, Delhi", "These jets were never meant for fighting terrorists."),
        ("Farhan, Karachi", "We have lost more than thirty thousand people.")]


def test_numbered_talkbacks_with_their_times_in_brackets():
    from comments.html import split_html

    def talkback(n, title, name, when, text):
        return (f'<div class="tb_item" id="tb_{n}"><div class="tb_line"><span class="tb_num">{n}.</span>'
                f'<a class="tb_title" href="#">{title}</a></div><div class="tb_details"><span class="tb_name">{name}</span>'
                f' <span class="tb_date">({when})</span></div><div class="tb_text">{text}</div>'
                f'<div class="tb_report"><a href="#">Report Abuse</a></div></div>')
    page = split_html(f"""<html><head><title>Pakistan faces questions</title></head><body><div class="article">
<h1>Pakistan faces questions</h1><p>{PARAGRAPH}</p><p>{SECOND}</p></div><div id="talkbacks"><div class="tb_list">
{talkback(1, "Follow the money", "Dave Hollister, Ohio", "05/10/2011 05:12", "Not one more cent.")}
{talkback(2, "We also paid a price", "Imran Qureshi, Karachi", "05/10/2011 05:40", "Our markets were bombed.")}
</div></div></body></html>""")
    assert [(c.author, c.posted_at) for c in page.comments] == [
        ("Dave Hollister, Ohio", "05/10/2011 05:12"), ("Imran Qureshi, Karachi", "05/10/2011 05:40")]
