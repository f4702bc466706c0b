"""Round 48 of the blind layouts (issue 18), and older leftovers, on short
pages written for these tests: a paper's story under a labelled breadcrumb
trail with a related box over its byline and comments headed 'NAME at TIME
DATE'; a plugin whose heads carry badges and whose footers follow posts; a
broadcaster's comments with replies labelled above the name; a form whose
count sits over a comment's own reply count; a forum's 'Posted by' over a
link post; and a saved page whose time sits in the line around the name."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Members of Congress from both parties demanded Wednesday that the administration explain how the al "
             "Qaeda leader could have lived for years in a garrison town without anyone noticing.")


def test_a_labelled_trail_a_related_box_over_the_byline_and_name_at_time_date_heads():
    page = split_text(f"""The Coast Times
Home
World
You are here: Home > News > World

Raid spurs calls in Congress to cut aid to Pakistan
Lawmakers from both parties want to know how the Al Qaeda leader lived for years near the academy. The White House urges caution.

Soldiers stand guard outside the compound in Abbottabad. (Associated Press / May 4, 2011)

Related
World Now: Army chief warns against repeat of raid
Photos: Reaction around the world

By Nadeem Saeed and Karen Whitfield, The Coast Times
May 5, 2011

{PARAGRAPH}

{PARAGRAPH}

Comments (2)

KarachiWala at 9:48 AM May 05, 2011
So the same Congress now discovers Pakistan is complicated.
Report Abuse | Recommend (14) | Reply

dr_ahsan at 11:15 AM May 05, 2011
KarachiWala wrote:
"So the same Congress now discovers Pakistan is complicated."
Easy to say from far away.
Report Abuse | Recommend (17) | Reply

Previous | Next
""")
    assert page.article.title == "Raid spurs calls in Congress to cut aid to Pakistan"
    assert page.article.body.endswith(f"{PARAGRAPH}\n\n{PARAGRAPH}")
    assert "By Nadeem Saeed" not in page.article.body and "Associated Press" not in page.article.body
    assert [(c.author, c.posted_at, c.parent, c.text) for c in page.comments] == [
        ("KarachiWala", "9:48 AM May 05, 2011", None, "So the same Congress now discovers Pakistan is complicated."),
        ("dr_ahsan", "11:15 AM May 05, 2011", 1, "Easy to say from far away.")]


def test_badged_heads_and_follow_post_footers_with_no_blank_line_between_comments():
    page = split_text(f"""Drone strike sabotaged talks, says Islamabad
November 2, 2013

{PARAGRAPH}

Comments
2 comments
Add a comment...
Comment using...
Shahid Mahmood · Top Commenter · Works at Self-Employed
Yeh sab drama hai, every government says the same.
Reply · Like · 23 · Follow Post · November 2, 2013 at 10:52am
Jennifer Walsh · Top Commenter
Talks with a man who bombed schools?
Reply · Like · 41 · Follow Post · November 2, 2013 at 11:08am
Facebook social plugin
""")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Shahid Mahmood", "Yeh sab drama hai, every government says the same."),
        ("Jennifer Walsh", "Talks with a man who bombed schools?")]


def test_replies_labelled_above_the_name_and_a_lower_case_name_with_its_place():
    page = split_text(f"""Pakistan summons US envoy over tweet
January 2, 2018

{PARAGRAPH}

Comments

Farhan Qureshi
02-01-2018 23:14
Seventy thousand lives lost in this war.
Reply

In reply to Farhan Qureshi
Mike Donnelly
02-01-2018 23:40
With respect, the taxpayer here is tired.
Reply

zubair (Karachi)
03-01-2018 08:40
no transit fee either?? then what was the point
""")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Farhan Qureshi", None), ("Mike Donnelly", 1), ("zubair (Karachi)", None)]


def test_a_comment_forms_count_over_one_comments_reply_count_and_a_forums_posted_by():
    page = split_text(f"""Pakistan may pay full price for jets
By Jonathan Ashby
May 3, 2016

{PARAGRAPH}

Comments (2)
Add your comment
Sort by newest | oldest | rating

Steve_H
Leeds
Good. Why should taxpayers buy jets for them?
Published 15:40 3rd May 2016
Reply to this comment
1 reply
    ZainAbbas
    Slough
    Those jets are used against the Taliban, not against you.
    Published 15:58 3rd May 2016
""")
    assert [c.author for c in page.comments] == ["Steve_H", "ZainAbbas"]
    page = split_text(f"""r/pakistan

287
Posted by u/neela_aasman
9 hours ago

News

US Embassy says visa wait times cut to under a year

geo.tv/latest/48712...

{PARAGRAPH}

74 comments
Share

level 1
Islamabadi_Engineer
Islamabad
· 8 hr. ago

My parents applied in January and got a date for March next year.

96
Reply
""")
    assert [c.author for c in page.comments] == ["Islamabadi_Engineer"]


def test_a_saved_pages_time_in_the_line_around_the_name():
    page = split_html(f"""<html><body><h1>Routes reopen</h1><p>July 4, 2012</p><div class="field-name-body"><p>{PARAGRAPH}</p></div>
<div id="comments"><h2>Comments</h2>
<div class="comment"><span class="submitted">Submitted by <span class="username">Tariq, Karachi</span> (not verified)
on Wed, 07/04/2012 - 08:12</span><div class="content"><p>Sorry is just a word.</p></div></div>
<div class="comment"><span class="submitted">Submitted by <span class="username">Rajesh Menon</span> (not verified)
on Wed, 07/04/2012 - 09:05</span><div class="content"><p>Both sides needed this.</p></div></div>
</div></body></html>""")
    assert [(c.author, c.posted_at) for c in page.comments] == [
        ("Tariq, Karachi", "Wed, 07/04/2012 - 08:12"), ("Rajesh Menon", "Wed, 07/04/2012 - 09:05")]
