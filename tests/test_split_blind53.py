"""Round 53 of the blind layouts (issue 18), on short pages written for these
tests: a broadcaster's comments under a form that sits above them ('by: NAME
from: PLACE' heads), a headline over its date over its byline; a site's
promotions over its masthead and a date with slashes around its month; a
Disqus head marked 'edited'; a three-word headline under a dated line; a
saved thread whose 'like' part names no author."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("The United States has stepped up pressure on Pakistan to free an American consulate employee who shot "
             "dead two Pakistani men in Lahore last month, insisting that he is protected by diplomatic immunity.")


def test_comments_under_a_form_above_them_with_by_from_heads():
    page = split_text(f"""Skip to main content
RFE/RL
Radio Free Europe / Radio Liberty

Home
Regions

Monday, February 14, 2011

Afghanistan
Pakistan
Iran

Pakistan

U.S. Presses Pakistan To Free Consulate Worker

February 14, 2011
By Laura Brennan

Print
Comments (2)

Protesters in Lahore burn an effigy during a rally on February 11.
(AFP)

{PARAGRAPH}

{PARAGRAPH}

Comments (2)

Add your comment

Name:
Country:
E-mail (will not be published):
Comment:
Characters left: 1500
Post Comment

by: Imran Qureshi from: Karachi
February 14, 2011 16:05
The optics are terrible.
Reply

by: Rashid
February 14, 2011 19:48
Who exactly was this man?
Reply
""")
    assert page.article.title == "U.S. Presses Pakistan To Free Consulate Worker"
    assert page.article.published == dt.date(2011, 2, 14)
    assert page.article.body == f"{PARAGRAPH}\n\n{PARAGRAPH}"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Imran Qureshi from: Karachi", "February 14, 2011 16:05", "The optics are terrible."),
        ("Rashid", "February 14, 2011 19:48", "Who exactly was this man?")]


def test_promotions_over_the_masthead_a_slashed_date_and_an_edited_disqus_head():
    page = split_text(f"""Skip to content
Support Free & Independent Journalism
Contribute Now
The Daily Wire
Search
Politics
World

Diplomacy
After Trump's New Year Tweet, Pakistan Summons the US Envoy
Nandini Kaul
02/JAN/2018
Facebook
Twitter

{PARAGRAPH}

The Daily Wire is now on WhatsApp. Get the day's top stories on your phone.

{PARAGRAPH}

2 Comments
Avatar
Dave Kowalski • 2 days ago
33 billion dollars and nothing to show for it.
2 △ ▽ • Reply • Share ›
Avatar
Nadia Sheikh Dave Kowalski • 2 days ago • edited
Most of that figure is reimbursement.
7 △ ▽ • Reply • Share ›
""")
    assert page.article.title == "After Trump's New Year Tweet, Pakistan Summons the US Envoy"
    assert page.article.published == dt.date(2018, 1, 2)
    assert page.article.body == f"{PARAGRAPH}\n\n{PARAGRAPH}"
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("Dave Kowalski", "2 days ago", None), ("Nadia Sheikh", "2 days ago", 1)]


def test_a_three_word_headline_under_a_dated_line():
    page = split_text(f"""Skip to main content
Log In | Register
WEEKLY REVIEW ONLINE
Search
HOME
THE CORNER

MAY 4, 2011 4:00 A.M.
The Abbottabad Question
Pakistan's generals owe Washington an explanation. Washington owes taxpayers a better policy.
By Michael Ostrander
Print
Text

{PARAGRAPH}

{PARAGRAPH}

— Michael Ostrander served as a South Asia analyst at the State Department from 2003 to 2008.

Share
Text
""")
    assert page.article.title == "The Abbottabad Question"
    assert "served as" not in page.article.body


def test_a_saved_thread_whose_like_part_names_no_author():
    def comment(n, name, text):
        return (f'<li class="dsq-comment" id="c{n}"><cite class="dsq-comment-cite"><span id="dsq-author-user-{n}">'
                f'{name}</span></cite><a class="dsq-comment-header-time">{n} days ago</a>'
                f'<div class="dsq-comment-message"><p>{text}</p></div><span class="dsq-user-like">'
                f'<span class="dsq-like-points">14 Likes</span> <a class="dsq-like-thumb">Like</a></span></li>')
    page = split_html(f"""<html><body><h1>Raymond Davis freed after blood money deal</h1>
<div class="article-body"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div><ul id="dsq-comments">
{comment(2, "Kamran Aziz", "So the law lets the powerful walk free again.")}
{comment(3, "Mike Halloran", "A deal both governments wanted.")}</ul></body></html>""")
    assert [c.author for c in page.comments] == ["Kamran Aziz", "Mike Halloran"]
