"""Round 61 of the blind layouts (issue 18), on short pages written for these
tests: "Submitted by NAME, City on DATE | Report Abuse" signing each text;
"Submitted by NAME in reply to NAME on DATE" heads under a comment form;
Drupal subjects over "Submitted by NAME (not verified) on DATE." heads; a
share bar's "Comments" button over the story, the comments' own header far
below; crumbs and a section's name over the headline; in saved pages, a "by:"
label in its own author part and a rating widget under each comment."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Pakistan closed the Torkham crossing to NATO supply convoys on Thursday after coalition helicopters "
             "killed three of its soldiers at a frontier post, officials in Islamabad said.")
SECOND = ("Hundreds of fuel tankers were stranded on the road to the Khyber Pass as the government demanded an "
          "apology from Washington for the attack.")


def test_texts_signed_by_a_name_and_place_with_buttons_after_the_time():
    page = split_text(f"""Pakistan's Torkham Blockade Is a Warning

{PARAGRAPH}

Comments (2)

Sort: Oldest First | Newest First

Finally somebody admits that the border is not a line only Pakistan has to respect.

Submitted by Bilal Ahmed, Rawalpindi on 10/04/2010 at 09:48 AM | Report Abuse

Cut every penny.

Submitted by Ron T. on 10/04/2010 at 10:31 AM | Report Abuse
""")
    assert [(c.author, c.posted_at, c.text) for c in page.comments][1:] == [
        ("Ron T.", "10/04/2010 at 10:31 AM", "Cut every penny.")]
    assert (page.comments[0].author, page.comments[0].posted_at) == ("Bilal Ahmed, Rawalpindi", "10/04/2010 at 09:48 AM")


def test_submitted_by_heads_answering_by_name_under_a_form():
    page = split_text(f"""After Bin Laden Raid, Lawmakers Question Pakistan Aid

{PARAGRAPH}

Comments (2)

Add Your Comment

Submitted by Tariq Mahmood on May 4, 2011 at 12:41 pm

The answer is not to cut aid to schools and hospitals.

Reply | Report Abuse | Recommend (14)

Submitted by Dwight H. in reply to Tariq Mahmood on May 4, 2011 at 1:05 pm

Somebody in uniform knew.

Reply | Report Abuse | Recommend (22)
""")
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("Tariq Mahmood", None, "The answer is not to cut aid to schools and hospitals."),
        ("Dwight H.", 1, "Somebody in uniform knew.")]


def test_drupal_subjects_over_submitted_by_heads():
    page = split_text(f"""Bin Laden Is Dead. Now Bring the Troops Home.

{PARAGRAPH}

Comments

A garrison town, not a cave
Submitted by Karan Bhatia (not verified) on Wed, 05/04/2011 - 10:12.

The compound sat less than a mile from the academy.

reply

Spot on.
Submitted by jmcd on Thu, 05/05/2011 - 02:14.

Spot on.

reply

Post new comment
Your name: *
E-mail: *
""")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Karan Bhatia", "Wed, 05/04/2011 - 10:12", "The compound sat less than a mile from the academy."),
        ("jmcd", "Thu, 05/05/2011 - 02:14", "Spot on.")]


def test_a_share_bars_comments_button_over_the_story():
    page = split_text(f"""Skip to content
U.S. News & World Report
Menu
News
Search

Home › News › World

Pakistan shuts Torkham after helicopter strike

By Megan Ostrowski | Staff Writer Oct. 1, 2010, at 5:22 p.m.

Facebook
Twitter
Email
Comments

A Pakistan Air Force F-16 takes part in a fly-past rehearsal in Islamabad. (Getty Images)

{PARAGRAPH}

{SECOND}

Join the Conversation

2 Comments
Login
Sort by Best

Usman Ghani • 3 months ago
Good. Let them close it.
31 △ ▽ • Reply • Share ›

Jake Morrison → Usman Ghani • 3 months ago
Nobody is stopping you.
18 △ ▽ • Reply • Share ›
""")
    assert page.article.body == f"{PARAGRAPH}\n\n{SECOND}"
    assert [(c.author, c.parent) for c in page.comments] == [("Usman Ghani", None), ("Jake Morrison", 1)]


def test_crumbs_and_a_sections_name_over_the_headline():
    page = split_text(f"""Daily Parliament Times
E-Paper
Contact Us

Search
Advertisement

Home International
International
Pakistan summons US ambassador over Trump's New Year tweet on aid
By Web Desk
-
January 2, 2018
1962
12

Share on Facebook

{PARAGRAPH}

{SECOND}
""")
    assert page.article.title == "Pakistan summons US ambassador over Trump's New Year tweet on aid"


def test_a_by_label_in_its_own_author_part_and_a_rating_widget():
    def comment(n, name, text):
        return (f'<div class="comment" id="comment_{n}"><div class="comment_header"><p class="comment_author">'
                f'<span class="by">by:</span> <span class="user">{name}</span></p>'
                f'<p class="comment_date"><span class="date">March 16, 2011 10:5{n} AM</span></p></div>'
                f'<div class="comment_text">{text}</div><div class="rate-widget"><div class="rate-info">14 users have'
                f' voted.</div></div></div>')
    page = split_html(f"""<html><head><title>Davis freed</title></head><body><div class="article"><h1>Davis freed</h1>
<p>{PARAGRAPH}</p><p>{SECOND}</p></div><div class="comments_list">{comment(1, "Tariq Mehmood", "Wah re insaaf.")}
{comment(2, "Mike Callahan", "He was defending himself.")}</div></body></html>""")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Tariq Mehmood", "Wah re insaaf."), ("Mike Callahan", "He was defending himself.")]


def test_a_site_name_with_an_ampersand_over_its_menu():
    page = split_text(f"""Skip to Main Content
U.S.News & World Report
Home
Education
Health
Money
Travel
News
Opinion
Search
Sign In | Register

Opinion Home
World Report
Columnists
Cartoons

World Report
Commentary on international affairs and American foreign policy

Pakistan's Torkham Blockade Is a Warning Washington Should Heed
By Gregory Marsh
Posted: October 4, 2010

{PARAGRAPH}

{SECOND}
""")
    assert page.article.title == "Pakistan's Torkham Blockade Is a Warning Washington Should Heed"
