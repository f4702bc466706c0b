"""Round 47 of the blind layouts (issue 18), and the leftovers of round 44, on
short pages written for these tests: a network's story under its edition
bar with a highlights box under the photo's caption; a political site whose
count of the comments shown sits over them; an op-ed under a ticker of
recent reads; and saved pages with an avatar's initial beside the name and
replies whose classes tell their level."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Pakistan's government said on Tuesday that the courts would decide the man's status, a position that "
             "has angered officials in Washington who insist he is protected by the Vienna Convention.")


def test_a_networks_byline_and_a_highlights_box_under_the_photos_caption():
    page = split_text(f"""Set edition preference:
U.S.
International
Home
Video
World
Updated 1105 GMT (1905 HKT) February 8, 2011
Make CNN Your Homepage

U.S. presses Pakistan to free consulate employee held over shootings
From CNN's Hina Rafiq and Paul Henshaw
February 8, 2011 -- Updated 1105 GMT (1905 HKT)
Share

Protesters burn an effigy on Monday as they demand a trial.
STORY HIGHLIGHTS
U.S. says the man is a diplomat and must be released
Religious parties hold protests in several cities
RELATED TOPICS
Pakistan
U.S. Department of State

{PARAGRAPH}

{PARAGRAPH}

{PARAGRAPH}
""")
    assert page.article.title == "U.S. presses Pakistan to free consulate employee held over shootings"
    assert page.article.published == dt.date(2011, 2, 8)
    assert page.article.body == "\n\n".join([PARAGRAPH] * 3)  # no caption, highlights or topics


def test_a_count_of_the_comments_shown_over_them_and_a_name_over_a_time_in_reply_to_another():
    page = split_text(f"""Lawmakers question aid after the raid
By Jane Corley | 5/4/11 6:22 PM EDT

{PARAGRAPH}

Comments (1,212)
Loading comments...

Post a Comment
Name
Email
Comment
Submit

Sort: Newest | Oldest | Most Liked
Showing 1-2 of 1,212 comments

Rick in Ohio
5 hours ago
Twenty billion dollars and he was living next door to their academy.
Like (42)   Reply   Flag

OhioDad1964
4 hours ago in reply to Rick in Ohio
Maybe wait for the facts before cutting anything?
Like (8)   Reply   Flag

Load more comments
1  2  3  ...  135  Next »
""")
    assert [(c.author, c.posted_at, c.parent, c.text) for c in page.comments] == [
        ("Rick in Ohio", "5 hours ago", None, "Twenty billion dollars and he was living next door to their academy."),
        ("OhioDad1964", "4 hours ago", 1, "Maybe wait for the facts before cutting anything?")]


def test_an_op_ed_under_a_ticker_of_recent_reads_with_its_writers_name_over_the_date():
    page = split_text(f"""The Daily Tribune
Home
Pakistan
World
Opinion
MY RECENT READS
Covid-19: curbs tightened ahead of Eid
Rupee hits eight-month low against dollar
Opinion
After the pullout, a reset with Washington?
Shahzad Anwar Khan
Published: July 9, 2021
Share

{PARAGRAPH}

{PARAGRAPH}
""")
    assert page.article.title == "After the pullout, a reset with Washington?"
    assert page.article.published == dt.date(2021, 7, 9)


def test_an_avatars_initial_is_no_author_and_a_replys_numbered_class_tells_its_level():
    def box(cls, name, when, text):
        return (f'<div class="{cls}"><div class="cmt_user"><span class="cmt_name">{name}</span></div>'
                f'<span class="cmt_time">{when}</span><div class="cmt_text">{text}</div></div>')
    page = split_html(f"""<html><body><h1>Aid questioned after raid</h1><p>May 5, 2011</p>
<div class="story_content"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>
<div class="comments"><h3>Comments (3)</h3>
{box("cmt_box", "Rajeev Malhotra", "5/5/2011 10:41:12 AM", "The world can see where he was hiding.")}
{box("cmt_box cmt_reply", "Faisal Qureshi", "5/5/2011 11:02:45 AM", "Ordinary people have paid for this war.")}
{box("cmt_box cmt_reply cmt_reply_2", "Sanjay K", "5/5/2011 11:19:30 AM", "Fair, but who answers the questions?")}
</div>
<ul class="spcv_messages-list"><li class="spcv_list-item"><article class="spcv_message">
<div class="spcv_avatar" data-spot-im-class="user-avatar"><span class="spcv_avatar-fallback">S</span></div>
<span class="spcv_username" data-spot-im-class="message-username">Sgt_Rock_USMC</span>
<time class="spcv_time-stamp">3y</time>
<div class="spcv_message-body" data-spot-im-class="message-text"><p>About time a president said it.</p></div>
</article></li></ul></body></html>""")
    assert [(c.author, c.parent) for c in page.comments][:3] == [
        ("Rajeev Malhotra", None), ("Faisal Qureshi", 1), ("Sanjay K", 2)]
    page = split_html(f"""<html><body><h1>Trump's tweet</h1><p>January 1, 2018</p>
<div class="article-body"><p>{PARAGRAPH}</p></div>
<ul class="spcv_messages-list">""" + "".join(f"""<li class="spcv_list-item"><article class="spcv_message">
<div class="spcv_avatar" data-spot-im-class="user-avatar"><span class="spcv_avatar-fallback">{name[0]}</span></div>
<div class="spcv_message-content"><header><span class="spcv_username" data-spot-im-class="message-username">{name}</span>
<time class="spcv_time-stamp" datetime="2018-01-01T14:02:11Z">3y</time></header>
<div class="spcv_message-body" data-spot-im-class="message-text"><p>{text}</p></div></div>
</article></li>""" for name, text in (("Sgt_Rock_USMC", "About time a president said it."),
                                     ("Faisal Awan", "We lost more soldiers than anyone."))) + "</ul></body></html>")
    assert [c.author for c in page.comments] == ["Sgt_Rock_USMC", "Faisal Awan"]
