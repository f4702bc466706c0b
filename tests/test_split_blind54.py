"""Round 54 of the blind layouts (issue 18), on short pages written for these
tests: a forum's posts under subject lines with short dashed dates, a
discussion plugin that shows the user's kind beside the name, a blog post
between links to its neighbours, a dek whose last sentence lacks its stop, a
byline's label over the name, and a syndicated story's disclaimer and appeal."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("When Nawaz Sharif sits down with Barack Obama in the Oval Office on Wednesday, the Pakistani Prime "
             "Minister will bring a request that he has made in public so many times it has become a refrain.")


def test_forum_posts_under_subject_lines_with_dashed_short_dates():
    def post(n, depth, subject, name, when, text, replies=""):
        return (f'<li class="fray_post depth_{depth}" id="p{n}"><div class="fray_post_head">'
                f'<a class="fray_subject" href="#p{n}">{subject}</a> <span class="fray_author">by '
                f'<a href="/u/{name}">{name}</a></span> <span class="fray_date">{when}</span></div>'
                f'<div class="fray_post_body"><p>{text}</p></div><a class="fray_reply">Reply</a>'
                f'{replies}</li>')
    reply = post(2, 1, "Re: Not a slogan", "grumpy_realist", "05-05-09, 9:17 PM", "Then what is the alternative?")
    page = split_html(f"""<html><body><h1>Death From Above, Deniability Below</h1><p class="date">May 5, 2009</p>
<div class="article-body"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div><div id="fray_module"><ul class="fray_thread">
{post(1, 0, "Not a slogan", "Tariq_in_Houston", "05-05-09, 8:03 PM", "Nobody back home believes the protests.",
      f'<ul class="fray_replies">{reply}</ul>')}
{post(3, 0, "A view from Britain", "AnnaK_Brighton", "05-06-09, 7:40 AM", "We had the same rows over Iraq.")}
</ul></div></body></html>""")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Tariq_in_Houston", "05-05-09, 8:03 PM", "Nobody back home believes the protests.", None),
        ("grumpy_realist", "05-05-09, 9:17 PM", "Then what is the alternative?", 1),
        ("AnnaK_Brighton", "05-06-09, 7:40 AM", "We had the same rows over Iraq.", None)]
    assert page.comments[0].posted_at_parsed == dt.datetime(2009, 5, 5, 20, 3)


def test_the_users_kind_beside_the_name_is_not_the_name():
    def comment(n, name, text):
        return (f'<div id="wc-comm-{n}" class="wc-comment wc-blog-guest"><div class="wc-comment-left">'
                f'<div class="wc-blog-user wc-blog-guest"><span>Guest</span></div></div>'
                f'<div class="wc-comment-right"><div class="wc-comment-author">{name}</div>'
                f'<div class="wc-comment-date">July 23, 2019 {n}:15 pm</div>'
                f'<div class="wc-comment-text"><p>{text}</p></div></div></div>')
    page = split_html(f"""<html><body><h1>Trump offers to mediate as Khan visits the White House</h1>
<div class="td-post-content"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div><div id="wcThreadWrapper">
{comment(1, "Haroon Rasheed", "Best foreign visit in decades.")}{comment(2, "Priya Nair", "Mediation is a non-starter.")}
</div></body></html>""")
    assert [c.author for c in page.comments] == ["Haroon Rasheed", "Priya Nair"]


def test_a_blog_post_between_links_to_its_neighbours():
    page = split_text(f"""TIME
Global Spin
Correspondents on world affairs

Home
World
Search

« Afghanistan: Why the Troop Numbers Are Only Half the Story
Main
Iran: After Geneva, the Hard Part Begins »

Thursday, October 8, 2009
Why Pakistan's Generals Are Bristling at $7.5 Billion in U.S. Aid
Posted by Nadia Farooqui / Islamabad at 2:47 pm

Soldiers stand guard outside army headquarters in Rawalpindi on Oct. 7, 2009.
Tariq Naseem / AFP / Getty Images

{PARAGRAPH}

{PARAGRAPH}

More Related
Pakistan's Blasphemy Law: The Killing of a Governor
""")
    assert page.article.title == "Why Pakistan's Generals Are Bristling at $7.5 Billion in U.S. Aid"
    assert page.article.body == f"{PARAGRAPH}\n\n{PARAGRAPH}"


def test_a_dek_without_its_last_stop_and_a_bylines_label_over_the_name():
    page = split_text(f"""TIME
TIME World
Views from around the globe

Home
World

Pakistan
Sharif Brings His Drone Complaint to Obama's Door
The Prime Minister wants the strikes stopped. Washington wants results. Neither is likely to get what it wants
By Maheen Rashid / Islamabad Oct. 23, 2013

{PARAGRAPH}
""")
    assert page.article.title == "Sharif Brings His Drone Complaint to Obama's Door"
    assert page.article.published == dt.date(2013, 10, 23)
    page = split_text(f"""Skip to main content
The Daily Quint
Log in
News
World

US Approves $450 Million F-16 Support Package for Pakistan
The package covers upkeep of the existing fleet, the State Department said.

Written By
Aditi Chandrasekhar
Published: 09 Sep 2022, 11:05 AM IST

REMOVE AD

{PARAGRAPH}

(Only the headline and picture of this report may have been reworked by the staff; the rest is auto-generated.)

Dear Reader,

Quality journalism costs money, and we need your help to keep doing it.
""")
    assert page.article.title == "US Approves $450 Million F-16 Support Package for Pakistan"
    assert page.article.published == dt.date(2022, 9, 9)
    assert "REMOVE AD" not in page.article.body and "Quality journalism" not in page.article.body
    assert "reworked" not in page.article.body
