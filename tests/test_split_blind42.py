"""Round 42 of the blind layouts (issue 18), on short pages written for these
tests: a business daily whose comments are numbered "#1 Name, City date"
heads with "Quoting NAME:" over replies; a cable channel's page under a
Livefyre bar, with links to other stories in capitals between paragraphs; a
magazine page under a paywall's meter whose writer's box closes the story;
saved pages whose commenters' places sit in a part of their own and whose
related boxes are told by their headings only."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Pakistan on Monday summoned the American ambassador to protest a message posted by the president, "
             "saying the country had paid a heavy price in a war it had been asked to join.")

DAILY = f"""Daily Ledger
Pakistan rejects US president's New Year message, summons envoy
Tuesday, 02 January 2018 00:41

ISLAMABAD: {PARAGRAPH}

{PARAGRAPH}

Comments

#1 Asad Rehman, Lahore 2018-01-02 07:44
At least he says openly what others say privately.
Quote | Report to administrator
+18

#2 Vikram Joshi 2018-01-02 08:10
Billions were given and the same groups kept operating.
Quote | Report to administrator
-11

#3 Hamza Tariq 2018-01-02 08:32
Quoting Vikram Joshi:
Billions were given and the same groups kept operating.

Most of it was reimbursement for services rendered.
Quote | Report to administrator
+26

Refresh comments list
RSS feed for comments to this post
"""


def test_numbered_heads_quoting_replies_and_their_buttons():
    page = split_text(DAILY)
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Asad Rehman, Lahore", "2018-01-02 07:44", "At least he says openly what others say privately.", None),
        ("Vikram Joshi", "2018-01-02 08:10", "Billions were given and the same groups kept operating.", None),
        ("Hamza Tariq", "2018-01-02 08:32", "Most of it was reimbursement for services rendered.", 2)]


CHANNEL = f"""Cable News Online
World

Sharif presses president on drone strikes as aid is freed
By Danielle Mercer | Cable News
Published October 23, 2013

{PARAGRAPH}

PAKISTAN SAYS IT WILL NOT BE A SCAPEGOAT FOR FAILURES IN AFGHANISTAN

{PARAGRAPH}

Rebecca Hollis contributed to this report.

Comments (312)
Livefyre
Sign in
57 people listening
+ Follow
Post comment as...
Post comment
Newest | Oldest | Top Comments

BigSkyPatriot
14 hours ago
Not one more dime.
Like (41) Reply

Faisal_Khan_ISB
14 hours ago
Most of this money is reimbursement for operations already carried out.
Like (17) Reply

Show More Comments
"""


def test_a_livefyre_bar_over_the_comments_and_links_in_capitals_between_paragraphs():
    page = split_text(CHANNEL)
    assert page.article.body == f"{PARAGRAPH}\n\n{PARAGRAPH}"
    assert "PAKISTAN SAYS IT WILL NOT BE A SCAPEGOAT FOR FAILURES IN AFGHANISTAN" in page.boilerplate
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("BigSkyPatriot", "14 hours ago", "Not one more dime."),
        ("Faisal_Khan_ISB", "14 hours ago", "Most of this money is reimbursement for operations already carried out.")]


MAGAZINE = f"""Skip to main content
You have 2 free articles left this month. Subscribe for unlimited access.
Subscribe
The Regional Review
Search

The Pulse | Diplomacy | South Asia
After Doha, Pakistan wants more than a thank-you from Washington
By Hira Mahmood
March 03, 2020

{PARAGRAPH}

Enjoying this article? Click here to subscribe for full access. Just $5 a month.

{PARAGRAPH}

Author
Guest Author
Hira Mahmood
Hira Mahmood is a researcher in Islamabad focusing on foreign policy.

Tags
South Asia
Security
Pakistan-U.S. relations
"""


def test_a_paywall_meter_over_the_page_an_upsell_and_the_writers_box():
    page = split_text(MAGAZINE)
    assert page.article.title == "After Doha, Pakistan wants more than a thank-you from Washington"
    assert page.article.body == f"{PARAGRAPH}\n\n{PARAGRAPH}"


def test_a_place_in_its_own_part_after_the_name_and_boxes_told_by_their_headings():
    def comment(n, name, place, text):
        return f"""<div class="comment comment--depth-0" id="comment-{n}"><div class="comment__header">
<span class="comment__author">{name}</span><span class="comment__location">{place}</span>
<span class="comment__time"><span class="timeago" title="2018-01-02T20:1{n}:00+05:00">Jan 02, 2018 08:1{n}pm</span></span>
</div><div class="comment__body"><p class="comment__text">{text}</p><p class="comment__text">Second thought.</p></div></div>"""

    page = split_html(f"""<html><head><title>FO summons US envoy - Daily Paper</title></head><body>
<article><h1>FO summons US envoy over president's message</h1><p class="date">January 02, 2018</p>
<div class="story"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>
<div class="c1x9"><div class="c2y8"><h2>Sign up for The Daily Brief</h2><p>News in your inbox.</p>
<button>Sign Up</button></div></div>
<p>{PARAGRAPH}</p>
<section class="s7q"><div class="h3k"><h2>More on this story</h2></div>
<ul><li><a href="/a">Why the exit worries Pakistan</a></li></ul></section></div></article>
<div class="comments__list">
{comment(1, "Farhan Qureshi", ", Karachi", "Seventy thousand lives lost.")}
{comment(2, "Zeeshan Malik", "(Sialkot)", "Pay full price for old technology?")}
</div></body></html>""")
    assert "Sign up" not in page.article.body and "worries" not in page.article.body
    assert [(c.author, c.text) for c in page.comments] == [
        ("Farhan Qureshi, Karachi", "Seventy thousand lives lost.\n\nSecond thought."),
        ("Zeeshan Malik (Sialkot)", "Pay full price for old technology?\n\nSecond thought.")]
