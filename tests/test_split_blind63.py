"""Round 63 of the blind layouts (issue 18), on short pages written for these
tests: numbered talkbacks whose titles sit over the writer's name and a
`09:52 17.03.11` time, with replies numbered under them (`2.1.`); a form of
`Your name`, `Your e-mail (will not be published)`, `Write your comment...`
over the comments; a widget's help line and live-update switch over them, and
a name ending in a number; a table of comments by masked addresses
(`202.125.*.*`) quoting each other (`Quote from NAME (time):`), with buttons
copied glued together; paywall and newsletter lines, a `RELATED STORY` box, a
credit of the writers' initials and agencies, a print-edition note."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Pakistan reopened the NATO supply routes on Tuesday after Washington said it was sorry for the "
             "deaths of 24 soldiers at two border posts last November.")
SECOND = ("Officials said the first trucks would cross at Torkham and Chaman within days, once customs clearance "
          "resumed at the port of Karachi.")


def test_numbered_talkbacks_with_titles_and_numbered_replies():
    page = split_text(f"""Pakistan reopens NATO supply routes

{PARAGRAPH}

{SECOND}

Talkbacks
Comments (4)
Display: Newest first | Oldest first | Threads
1. The word was 'sorry'
Kamran Akhtar, Peshawar
01:12 04.07.12
Seven months, and in the end the whole fight was over one word.
Reply | Report abuse
2. Cheaper than Russia
Jeff Morrow, Texas | 01:35 04.07.12
From a logistical point of view this is good news.
Reply | Report abuse
2.1. Re: Cheaper than Russia
Zainab H., Lahore | 02:03 04.07.12
Geography also means our people live along that road.
Reply | Report abuse
3. Fees
Nadeem, Quetta | 03:52 04.07.12
So we settled for the old rate after all.
Reply | Report abuse
""")
    assert [(c.author, c.posted_at, c.parent, c.text) for c in page.comments] == [
        ("Kamran Akhtar, Peshawar", "01:12 04.07.12", None,
         "Seven months, and in the end the whole fight was over one word."),
        ("Jeff Morrow, Texas", "01:35 04.07.12", None, "From a logistical point of view this is good news."),
        ("Zainab H., Lahore", "02:03 04.07.12", 2, "Geography also means our people live along that road."),
        ("Nadeem, Quetta", "03:52 04.07.12", None, "So we settled for the old rate after all.")]
    assert page.comments[0].posted_at_parsed.isoformat() == "2012-07-04T01:12:00"


def test_a_form_of_your_fields_over_the_comments():
    page = split_text(f"""Blinken says US will review ties with Pakistan

{PARAGRAPH}

Comments (2)
Comments are reviewed before publication. Please keep the discussion civil and on topic.
Your name
Your e-mail (will not be published)
Write your comment...
POST COMMENT
Sort by:
Oldest
Tariq Mehmood, Rawalpindi
SEP 14, 2021 12:41
Twenty years, and the Americans still need a scapegoat.
Reply
Like 34
Jennifer Alvarez
replied to Tariq Mehmood, Rawalpindi
SEP 14, 2021 13:05
Nobody forced Pakistan to shelter the Quetta Shura.
Reply
Like 19
""")
    assert [(c.author, c.posted_at, c.parent, c.text) for c in page.comments] == [
        ("Tariq Mehmood, Rawalpindi", "SEP 14, 2021 12:41", None, "Twenty years, and the Americans still need a scapegoat."),
        ("Jennifer Alvarez", "SEP 14, 2021 13:05", 1, "Nobody forced Pakistan to shelter the Quetta Shura.")]


def test_a_help_line_over_the_widget_and_a_name_ending_in_a_number():
    page = split_text(f"""Blood money and the price of an alliance

{PARAGRAPH}

Comments

If you experience technical problems, please write to helpdesk@example.com

Add New Comment
Login

Type your comment here.

Post as ...

Showing 2 comments

Sort by   Popular now   Best rating   Newest first   Oldest first

Real-time updating is paused. (Resume)

Khalid Mahmood
2 days ago

As a Pakistani I am ashamed of both governments in this matter.

7 Likes
Like Reply

Liberty Belle 1776
1 day ago

I would like to know who actually paid the diyat.

Like Reply

M Subscribe by email S RSS

blog comments powered by Disqus
""")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Khalid Mahmood", "2 days ago", "As a Pakistani I am ashamed of both governments in this matter."),
        ("Liberty Belle 1776", "1 day ago", "I would like to know who actually paid the diyat.")]


def test_comments_by_masked_addresses_quoting_each_other():
    def rows(n, name, stamp, text, quote=""):
        return (f'<tr class="cmt_head"><td><span class="cmt_floor">#{n}</span> <span class="cmt_name">{name}</span> '
                f'<span class="cmt_time">{stamp}</span></td></tr><tr><td><div class="cmt_body">{quote}{text}</div>'
                f'<div class="cmt_ops"><a href="#">Agree(12)</a><a href="#">Disagree(5)</a><a href="#">Quote</a>'
                f'<a href="#">Reply</a></div></td></tr>')
    first = "Five years next to a military academy and nobody noticed?"
    page = split_html(f"""<html><head><title>Pakistan rejects charges</title></head><body><div id="Content">
<h1>Pakistan rejects charges</h1><p>{PARAGRAPH}</p><p>{SECOND}</p></div>
<table class="cmt_title"><tr><td><strong>Comments</strong> (2)</td></tr></table><table class="cmt_tbl">
{rows(1, "Mike_Ohio", "2011-05-04 10:12:45", first)}
{rows(2, "202.125.*.*", "2011-05-04 11:05:51", "China stands with Pakistan.",
      f'<div class="cmt_quote"><b>Quote from Mike_Ohio (2011-05-04 10:12:45):</b><br>{first}</div>')}
</table></body></html>""")
    assert [(c.author, c.posted_at, c.parent, c.text) for c in page.comments] == [
        ("Mike_Ohio", "2011-05-04 10:12:45", None, first),
        ("202.125.*.*", "2011-05-04 11:05:51", 1, "China stands with Pakistan.")]


def test_paywall_and_newsletter_lines_a_related_story_box_and_closing_credits():
    page = split_text(f"""The Straits Times
Home
World
Asia
Business
Sport
Opinion
Multimedia
Premium
ST Digital: Get unlimited access to The Straits Times on your computer, smartphone and tablet. Subscribe now
You have read 4 of 10 free articles this month. Subscribe now for unlimited access.
Pakistan reopens NATO supply routes after US says sorry
Published on Jul 04, 2012

{PARAGRAPH}

RELATED STORY
Who was Mullah Akhtar Mansour?

{SECOND}

kys/rc (AP, Reuters, dpa)

A version of this article appeared in the print edition of The Straits Times on July 5, 2012.
""")
    assert page.article.title == "Pakistan reopens NATO supply routes after US says sorry"
    assert page.article.body == f"{PARAGRAPH}\n\n{SECOND}"
