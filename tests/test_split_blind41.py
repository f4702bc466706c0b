"""Round 41 of the blind layouts (issue 18), on short pages written for these
tests: a broadcaster's page under a long language menu whose comments are
"by: NAME from: CITY" heads with "In Response" over each reply and a comment
form after them; a magazine's blog under its motto and the day's date, with
"NAME → PARENT" replies and a one-line bio closing the post; a tabloid's
saved page whose commenters' places and times follow their names."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Pakistan on Friday summoned the senior American diplomat in Islamabad to protest a drone strike "
             "in North Waziristan, two days after the new prime minister told parliament the attacks must stop.")
LANGUAGES = "\n".join(["English", "Shqip", "Azərbaycan", "বাংলা", "Bosanski", "Français", "Hausa", "Kurdî",
                       "Português", "Русский", "Español", "Kiswahili", "Türkçe", "Українська", "اردو"] * 5)

BROADCASTER = f"""Skip to main content
World Radio Service
Log In
Languages

{LANGUAGES}

Home
Asia
Africa

Asia / South & Central Asia

Pakistan Summons US Diplomat Over Drone Strike
June 07, 2013
Nadia Qureshi | Islamabad

Tribesmen protest against drone strikes in Multan, March 2013.
Photo: AP
Tribesmen protest against drone strikes in Multan, March 2013.

{PARAGRAPH}

{PARAGRAPH}

Comments

by: Imran Saeed from: Islamabad
June 07, 2013 8:41 AM
Two days in office and already the message from Washington is clear.

In Response
by: Kevin Marsh from: Virginia
June 07, 2013 9:55 AM
The people in that compound were not waiting for peace talks.

In Response
by: Anonymous
June 07, 2013 10:20 AM
Bilkul sahi kaha Imran bhai.

by: Anonymous
June 07, 2013 11:17 AM
Who suspected them? Nobody ever tells.
Comment
Name
Location
E-mail (will not be published)
Your comment
Send

Most Viewed
Pakistan Summons US Diplomat Over Drone Strike
"""


def test_by_from_heads_in_response_replies_and_a_form_after_the_comments():
    page = split_text(BROADCASTER)
    assert page.article.title == "Pakistan Summons US Diplomat Over Drone Strike"
    assert "Tribesmen protest" not in page.article.body  # the photo's alt text and its caption
    assert page.article.body.startswith("Pakistan on Friday summoned")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Imran Saeed from: Islamabad", "June 07, 2013 8:41 AM",
         "Two days in office and already the message from Washington is clear.", None),
        ("Kevin Marsh from: Virginia", "June 07, 2013 9:55 AM",
         "The people in that compound were not waiting for peace talks.", 1),
        ("Anonymous", "June 07, 2013 10:20 AM", "Bilkul sahi kaha Imran bhai.", 1),  # (the thread's first)
        ("Anonymous", "June 07, 2013 11:17 AM", "Who suspected them? Nobody ever tells.", None)]


MAGAZINE = f"""Skip to main content
World Affairs Weekly
THE MAGAZINE OF GLOBAL IDEAS
Tuesday, March 15, 2011
Follow: Facebook RSS Twitter

Subscribe
Login | Register

Home
Blogs
Channels

THE SOUTH ASIA CHANNEL
A joint project of the magazine and a Washington institute

A year on, where did the aid money go?

Posted By Daniel Farrow   Share
Thursday, December 9, 2010 - 3:42 PM

Like  Tweet  +1  Email  Print

{PARAGRAPH}

{PARAGRAPH}

Daniel Farrow is a senior fellow at a Washington institute.

Filed Under: Pakistan, aid

3 comments
Sort by Best

Khurram Shahzad • 3 days ago
Seven months of drama and in the end we got one word.
Like • Reply

Jim Calloway → Khurram Shahzad • 3 days ago
To be fair, the fee demand was never realistic.
Like • Reply

Neha Bhardwaj → Jim Calloway • 2 days ago
Or simply no cards left?
Like • Reply

Trackback URL http://disqus.example/forums/weekly/aid_money/trackback/
blog comments powered by Disqus
"""


def test_a_headline_over_its_byline_past_the_sites_motto_and_arrow_replies():
    page = split_text(MAGAZINE)
    assert page.article.title == "A year on, where did the aid money go?"
    assert page.article.published == dt.date(2010, 12, 9)
    assert "senior fellow" not in page.article.body  # the author's bio
    assert page.article.body.endswith("the attacks must stop.")
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("Khurram Shahzad", "3 days ago", None), ("Jim Calloway", "3 days ago", 1),
        ("Neha Bhardwaj", "2 days ago", 2)]
    assert page.comments[-1].text == "Or simply no cards left?"


def test_a_commenters_places_and_time_after_the_name_and_captions_between_paragraphs():
    def comment(n, name, tail, text):
        return f"""<div class="comment" id="comment-{n}"><p class="comment-text">{text}</p>
<p class="user-info">- <a href="/registration/{n}/profile.html">{name}</a>{tail}</p>
<p class="report-abuse-link"><a href="/reportAbuse?commentId={n}">Report abuse</a></p></div>"""

    page = split_html(f"""<html><head><title>CIA contractor freed | Daily Paper Online</title></head><body>
<div id="js-article-text"><h1>CIA contractor freed after 'blood money' is paid</h1>
<p>{PARAGRAPH}</p><div class="img-group"><img src="a.jpg" alt="" />
<p class="imageCaption">Released: the contractor, pictured in court last month</p></div>
<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>
<div class="reader-comments"><h3>Comments (2)</h3><div class="comments-list">
{comment(1, "Imran", ", Rawalpindi, Pakistan, 16/3/2011 21:14", "So the law of the land is for sale.")}
{comment(2, "Steve", ", Kent, UK, 16/3/2011 20:52", "He was clearly set up from day one.")}
</div></div></body></html>""")
    assert "Released:" not in page.article.body
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Imran, Rawalpindi, Pakistan", "16/3/2011 21:14", "So the law of the land is for sale."),
        ("Steve, Kent, UK", "16/3/2011 20:52", "He was clearly set up from day one.")]
