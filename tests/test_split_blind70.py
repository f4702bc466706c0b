"""Round 70 of the blind layouts (issue 18), on short pages written for these
tests: comments signed under their texts by `from:  NAME` over `Posted on:
DATE`, with a comment form under the last one; a notice and a form between the
header and a count over the comments; a headline in sentence case ended by a
full stop over its dek and byline; handles over `May 5, 2016 | 11:24 AM`
under sort tabs (`Oldest`, `Newest`, `Popular`); signatures closing the text
with their buttons (`by NAME on DATE | TIME reply actions 4 recs`); `NAME
(Diary)` heads and `In reply to #1 by NAME`; saved HTML with abbreviated parts
(`comm_block`, `comm_name`, `comm_txt`) and a share bar's `cmt` count."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Senior US lawmakers on Monday demanded a fresh review of the billions of dollars in assistance "
             "given to Pakistan, a week after American commandos killed bin Laden in Abbottabad.")
SECOND = ("Analysts said a sharp reduction in aid was unlikely in the short run because American forces in "
          "Afghanistan still rely on supply routes through Pakistan for their fuel and food.")


def test_signed_from_labels_over_posted_on_and_a_form_under_them():
    page = split_text(f"""Pakistan aid faces tough questions in US Congress

{PARAGRAPH}

{SECOND}

Comments:

The US Congress has discovered after ten years what every schoolboy knew. Better late than never, I suppose.

from:  Hemant Kulkarni, Pune
Posted on: May 9, 2011 at 23:08 IST

Cutting aid will only hurt the common awam, not the generals. Kerry-Lugar money was supposed to build schools.

from:  Farrukh Saleem
Posted on: May 9, 2011 at 23:47 IST

Post a Comment

Name *
E-mail *
Comment *

Type the characters you see in the picture
Submit
""", "bl.txt")
    assert [(c.author, c.posted_at, c.text.split()[0]) for c in page.comments] == [
        ("Hemant Kulkarni, Pune", "May 9, 2011 at 23:08 IST", "The"),
        ("Farrukh Saleem", "May 9, 2011 at 23:47 IST", "Cutting"),
    ]


def test_a_notice_and_a_form_between_the_header_and_the_counted_comments():
    page = split_text(f"""Trump says Pakistan gave nothing but lies and deceit

{PARAGRAPH}

{SECOND}

Comments

Comments will be moderated by the editorial team.
Please write complete sentences. Do not type comments in all capital letters.
Please use a genuine email ID and provide your name, to avoid rejection.

Post a comment
Name *
Email *
Comment *
Submit

2 Comments
Sort by:  Oldest  |  Newest

Vikram Sethi, Chandigarh
January 02, 2018 11:05 IST
Finally a US President says openly what has been said here for two decades.
Reply   Like (14)   Dislike (2)   Report Abuse

Shahid Mehmood, Rawalpindi
in reply to Vikram Sethi
January 02, 2018 12:31 IST
Those billions include reimbursements for services actually delivered: ports, roads, airspace.
Reply   Like (9)   Dislike (6)   Report Abuse
""", "bl2.txt")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Vikram Sethi, Chandigarh", None), ("Shahid Mehmood, Rawalpindi", 1)]


def test_sentence_case_headline_over_its_dek_and_handles_under_sort_tabs():
    page = split_text(f"""Vox homepage
Vox
Explainers
Politics & Policy
World
Culture
Video
Search

World
Congress won't help Pakistan pay for its new F-16s. Here's why that matters.
A fight over a few hundred million dollars says a lot about how Washington now sees Islamabad.
by Nadia Whitcomb@nadiawhitcomb  May 5, 2016, 11:00am EDT
Share this story

{PARAGRAPH}

{SECOND}

Comments
2 comments
Share
Comment
Oldest
Newest
Popular

shahzaib_r
May 5, 2016 | 11:24 AM
Let them keep the subsidy. We build our own jets now, no holds, no conditions, no drama.
Reply

karan.sethi
May 5, 2016 | 12:10 PM
Glad to see Congress finally asking where the planes will fly.
Reply
""", "vox.txt")
    assert page.article.title == "Congress won't help Pakistan pay for its new F-16s. Here's why that matters."
    assert str(page.article.published) == "2016-05-05"
    assert [(c.author, c.posted_at) for c in page.comments] == [
        ("shahzaib_r", "May 5, 2016 | 11:24 AM"), ("karan.sethi", "May 5, 2016 | 12:10 PM")]


def test_signatures_with_buttons_and_diary_heads_with_numbered_replies():
    page = split_text(f"""Pakistan's $30 billion question

{PARAGRAPH}

{SECOND}

Comments
2 comments
Log in or sign up to comment

Good piece but it misses the point that most of the money went back into a war we never asked for.
by FaisalJaved on Jun 12, 2014 | 9:41 AM reply actions 4 recs

Nobody forced anyone to take the money though, and the academy was down the road.
by midwest_mike on Jun 12, 2014 | 10:05 AM up reply actions 2 recs
""", "vox14.txt")
    assert [(c.author, c.posted_at) for c in page.comments] == [
        ("FaisalJaved", "Jun 12, 2014 | 9:41 AM"), ("midwest_mike", "Jun 12, 2014 | 10:05 AM")]
    page = split_text(f"""Davis goes home

{PARAGRAPH}

{SECOND}

Comments
2 Comments | Subscribe to Comments | Sort: Oldest First

#1
PotomacPeg (Diary)
Thursday, March 17th at 9:04AM EDT
So the diplomat line was a fig leaf from day one and everybody knew it.
Reply | Flag | Recommend (7)

#2
ImranQ_Houston (Diary)
Thursday, March 17th at 9:31AM EDT
In reply to #1 by PotomacPeg
Speaking as a Pakistani-American, the diplomat story was not what made people angry back home.
Reply | Flag | Recommend (4)
""", "rs.txt")
    assert [(c.author, c.parent) for c in page.comments] == [("PotomacPeg", None), ("ImranQ_Houston", 1)]


def test_abbreviated_comment_parts_and_a_share_bars_count():
    block = """<div class="comm_block"><div class="comm_top"><span class="comm_name">{name}</span></div>
<div class="comm_date">Posted on: {when}</div><div class="comm_txt">{text}</div>
<div class="comm_act"><a class="agree">Agree (4)</a> | <a class="abuse">Report Abuse</a></div></div>"""
    page = split_html(f"""<html><body><article class="post"><h1>Pakistan reopens NATO supply routes</h1>
<ul class="social-share"><li class="cmt"><a href="#comments">2 Comments</a></li></ul>
<p>{PARAGRAPH}</p><p>{SECOND}</p></article>
<div id="comments_box"><div class="comm_hd">Comments (2)</div><div class="comm_list">
{block.format(name="Farrukh Siddiqui", when="Jul 05, 2012 at 0744 hrs IST",
              text="So after all the drama we are back to the same old fee.")}
{block.format(name="Ravi Menon", when="Jul 05, 2012 at 0812 hrs IST",
              text="Sorry, but the apology was the only thing that changed.")}
</div></div></body></html>""", "fe.html")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Farrukh Siddiqui", "Jul 05, 2012 at 0744 hrs IST", "So after all the drama we are back to the same old fee."),
        ("Ravi Menon", "Jul 05, 2012 at 0812 hrs IST", "Sorry, but the apology was the only thing that changed."),
    ]
