"""Round 51 of the blind layouts (issue 18) and the older leftovers fixed with
it, on short pages written for these tests: comments signed under their texts
by a name over its time, a form whose field labels stand a blank line apart,
a dashed byline over a date after a bar, replies shown only by indentation
under 'Name says:' heads, relative times of two units, Drupal's
'(not verified)' badge, and saved discussions whose comments are all 'reply'
boxes."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Pakistan's army commanders said on Wednesday that several clauses of the American aid bill touched "
             "on national security, and asked the government to raise them with Washington before accepting it.")


def test_comments_signed_under_their_texts_by_a_name_over_its_time():
    page = split_text(f"""Gulf Daily
Home | News | World

News > World > Pakistan

Aid conditions anger the army

Commanders object to clauses on promotions and budgets

By Staff Reporter
Published: 19:48 October 8, 2009

{PARAGRAPH}

{PARAGRAPH}

Readers' Comments

Nobody gives money for free. Our leaders will sign anything as long as the dollars keep coming.

Faisal Mahmood, Dubai, UAE
Posted: October 09, 2009, 09:12

The conditions are standard for a package this size.

Congress has to show taxpayers where the money goes.

Rachel Simmons, Abu Dhabi, UAE
Posted: October 09, 2009, 10:47

Have your say

Name *

Email *

City *

Your comment *
Submit
""")
    assert page.article.title == "Aid conditions anger the army"
    assert page.article.published == dt.date(2009, 10, 8)
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Faisal Mahmood, Dubai, UAE", "October 09, 2009, 09:12",
         "Nobody gives money for free. Our leaders will sign anything as long as the dollars keep coming."),
        ("Rachel Simmons, Abu Dhabi, UAE", "October 09, 2009, 10:47",
         "The conditions are standard for a package this size.\n\nCongress has to show taxpayers where the money goes.")]


def test_a_dashed_byline_over_a_barred_date_keeps_the_story_and_its_date():
    page = split_text(f"""Skip to main content
Monthly Review
Home
Politics

Raymond Davis and the limits of immunity
Why one shooting became the biggest test of the alliance.
—By Daniel Kessler
| Wed Feb. 23, 2011 5:24 PM PST
Like
Tweet
Protesters burn an effigy in Lahore, February 2011. Arif Nadeem/Xinhua/ZUMA

{PARAGRAPH}

{PARAGRAPH}

Get Monthly Review by Email - Free. Like what you're reading? Get the best of it three times a week.
""")
    assert page.article.title == "Raymond Davis and the limits of immunity"
    assert page.article.published == dt.date(2011, 2, 23)
    assert PARAGRAPH in page.article.body
    assert "Xinhua" not in page.article.body and "by Email" not in page.article.body


def test_replies_shown_only_by_indentation_under_says_heads():
    page = split_text(f"""Drone talks in Washington

{PARAGRAPH}

3 Responses to "Drone talks in Washington"

Kamran Aslam says:
October 24, 2013 at 9:14 am

The prime minister said it to their face at last.

Reply

Mike Henderson says:
October 24, 2013 at 1:05 pm

Tired of the whole program.

Reply

    Rahul Verma says:
    October 24, 2013 at 2:02 pm

    @Kamran Aslam the aid came with those strikes for a decade, Mike.

    Reply

Leave a Reply
""")
    # (indented under Mike's comment, it answers Mike's, though it opens by naming Kamran)
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Kamran Aslam", None), ("Mike Henderson", None), ("Rahul Verma", 2)]


def test_relative_times_of_two_units_and_drupals_not_verified_badge():
    page = split_text(f"""Flood aid rises

{PARAGRAPH}

Comments

Nadeem Akhtar (not verified)
5 hr 51 min ago
Thank you America, seriously.
Reply

Steve Kowalski (Texas) (not verified)
1 day, 3 hours ago
In reply to Nadeem Akhtar (not verified)
Glad the helicopters got there in time.
Reply
""")
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("Nadeem Akhtar", "5 hr 51 min ago", None), ("Steve Kowalski (Texas)", "1 day, 3 hours ago", 1)]


def test_a_saved_discussion_whose_comments_are_all_reply_boxes():
    def reply(n, depth, name, text):
        return (f'<div class="js_reply reply reply--depth-{depth}" data-id="{n}">'
                f'<div class="reply__meta"><a class="reply__author">{name}</a>'
                f'<span class="reply__time"><time datetime="2015-10-21T14:0{n}:00-04:00">10/21/15 2:0{n}pm</time></span>'
                f'</div><div class="reply__content"><p>{text}</p></div>'
                f'<button class="js_reply-to-selected-post"><span>Reply</span></button></div>')
    page = split_html(f"""<html><body><h1>The nuclear deal nobody expected</h1>
<div class="post-content"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div><div class="discussion-list">
{reply(1, 0, "Bureaucratic Nightmare", "So the plan is to reward them.")}
{reply(2, 1, "Zainab Q.", "The deal caps the arsenal.")}
{reply(3, 0, "NotTheRealBill", "Every administration tries this.")}</div></body></html>""")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Bureaucratic Nightmare", "So the plan is to reward them.", None),
        ("Zainab Q.", "The deal caps the arsenal.", 1),
        ("NotTheRealBill", "Every administration tries this.", None)]
