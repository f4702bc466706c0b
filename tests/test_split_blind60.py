"""Round 60 of the blind layouts (issue 18), on short pages written for these
tests: comment times dated "2011/03/16"; a comment form whose first line
("Post your comment") and labels sit over the comments; "↳ Replying to NAME"
over a reply's name; a long dek without a full stop between a headline and
its byline; comments signed under their texts by labelled fields
("Commenter", "Location", "Date and time") under a sort label; a headline
over its labelled date ("Date: March 17, 2011 - 7:46AM") under a dated
masthead."""
from __future__ import annotations

from comments import split_text

PARAGRAPH = ("Raymond Davis, the CIA contractor held for the killing of two men in Lahore, was freed on Wednesday after "
             "the families of the dead accepted compensation under Islamic law, officials said.")
SECOND = ("The release ended a standoff that had strained relations between Washington and Islamabad for seven weeks "
          "and prompted protests in several Pakistani cities.")


def test_comment_times_dated_with_slashes_year_first():
    page = split_text(f"""CIA contractor freed in Pakistan

{PARAGRAPH}

Comments (2)

KeepItSimple_Sam
Posted 2011/03/16 at 8:14 AM ET
So a man walks free because someone wrote a cheque.
Reply | Report Abuse

Lahori_Munda
Posted 2011/03/16 at 8:39 AM ET
In reply to KeepItSimple_Sam
Diyat is legal under our law, nobody denies that.
Reply | Report Abuse
""")
    assert [(c.author, c.parent) for c in page.comments] == [("KeepItSimple_Sam", None), ("Lahori_Munda", 1)]
    assert page.comments[1].posted_at_parsed.isoformat() == "2011-03-16T08:39:00"


def test_a_form_over_the_comments_and_replies_marked_with_an_arrow():
    page = split_text(f"""India unhappy as US clears F-16 maintenance package for Pakistan

The $450 million deal is the first major security assistance to Islamabad since the 2018 freeze

By Web Desk

Updated: September 09, 2022 17:32 IST

{PARAGRAPH}

Comments (2)

Post your comment
Name *
Email *
Your comment *
Post Comment

Nandakumar Iyer, Chennai
Sep 09, 2022 06:14 PM
The Americans will always keep Pakistan on a drip.
Like (23) | Dislike (2) | Reply | Report

↳ Replying to Nandakumar Iyer, Chennai
Hamza Siddiqui, Rawalpindi
Sep 09, 2022 06:40 PM
It is a maintenance contract for jets we already paid for.
Like (9) | Dislike (6) | Reply | Report
""")
    assert page.article.title == "India unhappy as US clears F-16 maintenance package for Pakistan"
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Nandakumar Iyer, Chennai", None), ("Hamza Siddiqui, Rawalpindi", 1)]


def test_comments_signed_under_their_texts_by_labelled_fields():
    page = split_text(f"""Sharif presses Obama to end drone strikes

{PARAGRAPH}

Comments
2 comments

Sort
Oldest
Newest

Ask for an end in public, accept the aid in private.

Commenter
Harry of Haberfield
Date and time
October 24, 2013, 8:31AM

The drones are used because the army won't go into those areas itself.

Commenter
Sana M
Location
Karachi
Date and time
October 24, 2013, 8:46AM
""")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Harry of Haberfield", "October 24, 2013, 8:31AM", "Ask for an end in public, accept the aid in private."),
        ("Sana M", "October 24, 2013, 8:46AM", "The drones are used because the army won't go into those areas itself.")]


def test_a_headline_over_its_labelled_date_under_a_dated_masthead():
    page = split_text(f"""Skip to navigation
Skip to content
Help
Subscribe to the Herald
Today's Paper
Log in
The Sydney Morning Herald
smh.com.au
Thursday, March 17, 2011
Home
News
World
Business
Sport

Advertisement

CIA contractor freed after Lahore families accept 'blood money'
Date: March 17, 2011 - 7:46AM

Reuters

Email article
Print

{PARAGRAPH}

{SECOND}
""")
    assert page.article.title == "CIA contractor freed after Lahore families accept 'blood money'"


def test_credits_licensing_notices_spaced_topics_and_a_newsletter_box_after_the_comments():
    page = split_text(f"""CIA contractor freed in Pakistan

{PARAGRAPH}

{SECOND}

With files from The Associated Press
Source: TRTWorld and agencies
Send tips to derek@example.org.
Content created by The Example News Foundation is available without charge to any eligible news publisher.
For licensing opportunities of our original content, please contact licensing@example.org.
Topics : Pakistan | Donald Trump | US aid

Comments (1)

Mohammad Ali Shah, Peshawar
Sep 10, 2022 04:55 PM
Aid, sanctions, aid again.
Like (14) | Dislike (0) | Reply | Report

Load more comments

Newsletter
Sign up for THE WEEK's daily newsletter and get the top stories of the day
Enter your email
""")
    assert page.article.body == f"{PARAGRAPH}\n\n{SECOND}"
    assert [c.text for c in page.comments] == ["Aid, sanctions, aid again."]


def test_drupal_names_with_a_place_and_disqus_parent_links_past_its_deepest_level():
    from comments.html import split_html

    def drupal(n, who, when, text):
        return (f'<a id="comment-{n}"></a><div class="comment comment-published clear-block">'
                f'<div class="submitted">Submitted by {who} on {when}</div><div class="content"><p>{text}</p></div>'
                f'<ul class="links"><li class="comment_reply"><a href="#">reply</a></li></ul></div>')

    page = split_html(f"""<html><head><title>Davis freed</title></head><body><div class="node"><h1>Davis freed</h1>
<p>{PARAGRAPH}</p><p>{SECOND}</p></div><div id="comments">
{drupal(1, '<a href="/users/vikrams">Vikram S (Delhi)</a>', "Wed, 03/16/2011 - 16:12", "Pakistan plays both sides.")}
{drupal(2, "Sana Qureshi (Islamabad) (not verified)", "Wed, 03/16/2011 - 19:54", "Three families destroyed.")}
</div></body></html>""")
    assert [(c.author, c.posted_at) for c in page.comments] == [
        ("Vikram S (Delhi)", "Wed, 03/16/2011 - 16:12"), ("Sana Qureshi (Islamabad)", "Wed, 03/16/2011 - 19:54")]

    def post(n, name, text, parent_link="", children=""):
        link = (f'<span class="parent-link-container"><a href="#comment-{parent_link[0]}" class="parent-link" '
                f'data-role="parent-link">{parent_link[1]}</a></span>') if parent_link else ""
        return (f'<li class="post" id="post-{n}"><div class="post-content"><div class="post-body"><header>'
                f'<span class="author"><a href="#" data-role="username">{name}</a></span>{link}'
                f'<a href="#comment-{n}" class="time-ago" title="Tuesday, July 23, 2019 9:{n}0 AM">11 months ago</a>'
                f'</header><div class="post-message" data-role="message"><p>{text}</p></div></div></div>'
                f'<ul class="children">{children}</ul></li>')

    deepest = post(3, "Hamza Malik", "You two will go around in circles.") + post(
        4, "Ayesha Siddiqui", "Sahi kaha Hamza.", parent_link=(3, "Hamza Malik"))
    page = split_html(f"""<html><head><title>Trump offers to mediate</title></head><body><div class="article">
<h1>Trump offers to mediate</h1><p>{PARAGRAPH}</p><p>{SECOND}</p></div><div id="disqus_thread"><ul id="post-list">
{post(1, "Usman Tariq", "For the first time a PM walked in.", children=post(2, "Vikram Singh", "There is no bag.", children=deepest))}
</ul></div></body></html>""")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Usman Tariq", None), ("Vikram Singh", 1), ("Hamza Malik", 2), ("Ayesha Siddiqui", 3)]
