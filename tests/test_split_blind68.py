"""Round 68 of the blind layouts (issue 18), on short pages written for these
tests: Drupal subjects over `Submitted by NAME (not verified) on DATE.` under a
site's `X welcomes your comments` notice, `NAME wrote:` over an earlier
comment's words unquoted, appeals over the headline (`X Needs Your Help Now`);
a Facebook plugin's threads told apart by blank lines (replies glued under the
footer above them) and indented replies under `NAME · Top Commenter`; a
section's label over a headline in headline case; a story's last paragraph
closed by its agency's credit; wpDiscuz's `Newest Most Voted` and its
`Would love your thoughts` widget; saved Drupal heads with a 12-hour time."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("A five-year American aid package meant to signal a new era in relations has instead set off a "
             "furious row in Pakistan, where army commanders call its conditions foreign interference.")
SECOND = ("Officials in Washington said the conditions were meant to reassure Congress that the money would "
          "reach schools, power plants and courts rather than the military.")


def test_drupal_subjects_under_a_welcome_notice_and_unquoted_replies():
    page = split_text(f"""Common Dreams
Breaking News & Views for the Progressive Community

Home
About Us
Donate
Newsletter

Common Dreams Needs Your Help Now
Our Fall Appeal is underway. We depend on readers like you, not corporate advertisers. Please donate today.

Published on Thursday, October 8, 2009 by Common Dreams
Pakistan's Generals Balk at Conditions in US Aid Bill
by Daniel Ashcroft

{PARAGRAPH}

{SECOND}

Comments

Common Dreams welcomes your comments. Please keep them civil and on topic. We reserve the right to remove comments that violate our comment policy.

A leash dressed up as a gift
Submitted by Faisal Qureshi on Thu, 10/08/2009 - 09:52.

Humein bheek nahi chahiye, we need fair trade and an end to the bombing in the tribal areas.

login or register to post comments

Re: A leash
Submitted by Ellen from Portland (not verified) on Thu, 10/08/2009 - 10:31.

Faisal Qureshi wrote:
we need fair trade and an end to the bombing in the tribal areas.

Agreed, and nobody in Congress is asking for either.

login or register to post comments
""", "cd.txt")
    assert page.article.title == "Pakistan's Generals Balk at Conditions in US Aid Bill"
    got = [(c.author, c.posted_at, c.parent, c.text) for c in page.comments]
    assert got == [
        ("Faisal Qureshi", "Thu, 10/08/2009 - 09:52", None,
         "Humein bheek nahi chahiye, we need fair trade and an end to the bombing in the tribal areas."),
        ("Ellen from Portland", "Thu, 10/08/2009 - 10:31", 1, "Agreed, and nobody in Congress is asking for either."),
    ]


def test_facebook_threads_told_apart_by_blank_lines():
    page = split_text(f"""Congress blocks F-16 subsidy for Pakistan

{PARAGRAPH}

{SECOND}

4 Comments
Sort by
Top
Add a comment...

Ahsan Qureshi
Works at Habib Bank Limited
Good. Now focus on our own jets with China, no need to beg anyone.
Like · Reply · 14 · May 3, 2016 10:02am
Vikram Sethi
Pune, Maharashtra
With Chinese engines and Russian parts? Self-reliance means something else.
Like · Reply · 6 · May 3, 2016 10:40am

Dan Kowalski
Columbus, Ohio
Finally Congress does something sensible with our money.
Like · Reply · 22 · May 3, 2016 12:17pm
Sana Rafique
Karachi, Pakistan
The US has used our roads and airspace for fifteen years at a very cheap price.
Like · Reply · 11 · May 3, 2016 1:05pm
""", "kt.txt")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Ahsan Qureshi", None), ("Vikram Sethi", 1), ("Dan Kowalski", None), ("Sana Rafique", 3)]


def test_section_label_over_headline_and_a_closing_agency_credit():
    page = split_text(f"""Military.com
Log In
Join
Menu
Search

Benefits
Join the Military
Veteran Jobs
Education
Money
News

Advertisement

Daily News
Pentagon Suspends Security Assistance to Pakistan Over Militant Havens
5 Jan 2018
Military.com | By Gordon Lusk

{PARAGRAPH}

{SECOND}

Pakistani officials said the air force still regarded the aid as vital and would weigh whether to respond before a deadline set for later this month. — Reuters

© Copyright 2018 Military.com. All rights reserved. This material may not be published, broadcast or redistributed.
""", "mil.txt")
    assert page.article.title == "Pentagon Suspends Security Assistance to Pakistan Over Militant Havens"
    assert page.article.body.endswith("before a deadline set for later this month. — Reuters")


def test_wpdiscuz_sort_row_and_its_feedback_widget():
    page = split_text(f"""Blinken says US will reassess ties with Pakistan

{PARAGRAPH}

{SECOND}

2 Comments
Oldest
Newest Most Voted
Inline Feedbacks
View all comments
Arvind Menon
Guest
2 days ago

Reassess? They have been reassessing since 2001 and then signing the next cheque.

48
Reply
Hamza Siddiqui
Guest
Reply to  Arvind Menon
2 days ago

There is no cheque anymore, sahab. Please update your information before commenting.

-7
Reply
Would love your thoughts, please comment.x
()
x
| Reply
""", "op.txt")
    got = [(c.author, c.parent, c.text) for c in page.comments]
    assert got == [
        ("Arvind Menon", None, "Reassess? They have been reassessing since 2001 and then signing the next cheque."),
        ("Hamza Siddiqui", 1, "There is no cheque anymore, sahab. Please update your information before commenting."),
    ]


def test_saved_drupal_heads_keep_a_twelve_hour_time():
    comment = """<div class="comment"><div class="submitted"><span>Submitted by <span class="username">{name}</span>
 on {when}</span></div><div class="content"><div class="field-item"><p>{text}</p></div></div>
<ul class="links"><li><a href="#">reply</a></li></ul></div>"""
    page = split_html(f"""<html><body><div class="node"><h1>Coercive diplomacy after the tweet</h1>
<p>{PARAGRAPH}</p><p>{SECOND}</p></div><div id="comments"><h2>Comments</h2>
{comment.format(name="Hamid Aslam (not verified)", when="Fri, 10/09/2009 - 9:02am",
                text="The conditions read like a probation order for a whole nation, and everyone here knows it.")}
{comment.format(name="Bill M.", when="Fri, 10/09/2009 - 1:15pm",
                text="Conditions are what Congress can offer; the question is whether anyone enforces them.")}
</div></body></html>""", "swj.html")
    assert [(c.author, c.posted_at) for c in page.comments] == [
        ("Hamid Aslam", "Fri, 10/09/2009 - 9:02am"), ("Bill M.", "Fri, 10/09/2009 - 1:15pm")]
