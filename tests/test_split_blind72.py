"""Round 72 of the blind layouts (issue 18), on short pages written for these
tests: !JoomlaComment's `written by NAME, DATE` heads with `Votes: +5` and a
`Write comment` form under them, a headline glued to its buttons by tabs, and
`Last Updated ( … )`; a post card's `9 comments` counter over the story with
the comments further down (`Post not marked as liked`); a Facebook plugin's
heads describing the writer's university; a headline over `AFP, Islamabad`
under a dated masthead line; saved HTML whose parts are abbreviated with an
underscore (`cmt_item`, `cmt_uname`, `cmt_loc`)."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("A Lahore court freed the American contractor held since January for the shooting deaths of two "
             "men, after relatives of the dead accepted a payment under the blood money laws.")
SECOND = ("Officials in Washington denied that the United States had paid anything to the families, saying only "
          "that it was grateful the matter had been resolved at last.")


def test_joomla_written_by_heads_and_a_tabbed_headline():
    page = split_text(f"""Blood Money Frees the American in Lahore\tPDF\tPrint\tE-mail

{PARAGRAPH}

{SECOND}

Last Updated ( Thursday, 17 March 2011 )

Comments (2)
Subscribe to this comment's feed

written by Tariq Mahmood, March 17, 2011
So the whole drama ends exactly as everyone in Lahore said it would.
report abuse
vote down
vote up
Votes: +5

written by Ray Donnelly, March 17, 2011
As an American I'm not proud of how this was handled.
report abuse
vote down
vote up
Votes: +1

Write comment
Name
Email
""", "as.txt")
    assert page.article.title == "Blood Money Frees the American in Lahore"
    assert "Last Updated" not in page.article.body
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Tariq Mahmood", "March 17, 2011", "So the whole drama ends exactly as everyone in Lahore said it would."),
        ("Ray Donnelly", "March 17, 2011", "As an American I'm not proud of how this was handled."),
    ]


def test_a_cards_counter_over_the_story_and_the_comments_further_down():
    page = split_text(f"""Pakistan Wins in Kabul, and Discovers the Price
Aug 24, 2021

9 comments
Post not marked as liked

{PARAGRAPH}

{SECOND}

Comments

Write a comment...

Hamid Sheikh
Aug 24, 2021

Vindication is the right word but it will not last long.

Like
6
Reply

Sarah Whitcombe
Aug 24, 2021

Governments there have tried to settle the border question since 1947.

Like
2
Reply
""", "wix.txt")
    assert [(c.author, c.posted_at) for c in page.comments] == [
        ("Hamid Sheikh", "Aug 24, 2021"), ("Sarah Whitcombe", "Aug 24, 2021")]


def test_university_details_beside_names_and_a_headline_over_its_agency():
    page = split_text(f"""Dhaka, Thursday, July 5, 2012

daily sun

Home
National
Business
International
Sports
Opinion

World

Pakistan reopens NATO supply routes after US says sorry

AFP, Islamabad

{PARAGRAPH}

{SECOND}

2 comments
Add a comment...

Tanvir Hasan · Top Commenter · University of Dhaka
Seven months of blockade and at the end one word, sorry.
Reply · Like · 14 · Follow Post · July 5 at 9:41am

Mike Dunford · Ohio State University
As an American I am glad this is finally over.
Reply · Like · 3 · Follow Post · July 5 at 12:48pm
""", "ds.txt")
    assert page.article.title == "Pakistan reopens NATO supply routes after US says sorry"
    assert [(c.author, c.posted_at) for c in page.comments] == [
        ("Tanvir Hasan", "July 5 at 9:41am"), ("Mike Dunford", "July 5 at 12:48pm")]


def test_saved_parts_abbreviated_with_an_underscore_nest_replies():
    def item(cid: int, parent: int, name: str, place: str, when: str, text: str, replies: str = "") -> str:
        box = f'<ul class="cmt_child">{replies}</ul>' if replies else ""
        return (f'<li class="cmt_item" id="comment_{cid}" data-parentid="{parent}"><div class="cmt_data">'
                f'<div class="cmt_head"><span class="cmt_uname">{name}</span>, <span class="cmt_loc">{place}</span></div>'
                f'<div class="cmt_time">{when}</div><div class="cmt_text"><p>{text}</p></div></div>{box}</li>')
    page = split_html(f"""<html><body><div class="story"><h1>Pakistan reopens NATO supply routes</h1>
<p>{PARAGRAPH}</p><p>{SECOND}</p></div><ul class="cmt_list">
{item(1, 0, "Hamid Khan", "Peshawar", "Jul 04, 2012 09:31 AM", "Finally. My cousin drives a truck on that route.",
       item(2, 1, "Vikram Rathore", "Jaipur", "Jul 04, 2012 09:48 AM", "The same trucks carry the fuel for the war."))}
{item(3, 0, "Usman Ali", "Lahore", "Jul 04, 2012 10:02 AM", "An apology was owed and an apology came.")}
</ul></body></html>""", "ndtv.html")
    assert [(c.author, c.parent, c.text.split()[0]) for c in page.comments] == [
        ("Hamid Khan, Peshawar", None, "Finally."), ("Vikram Rathore, Jaipur", 1, "The"), ("Usman Ali, Lahore", None, "An")]
