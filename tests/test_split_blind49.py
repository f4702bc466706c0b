"""Round 49 of the blind layouts (issue 18), on short pages written for these
tests: a paper whose masthead holds a search box over its name and date and
whose comment form sits under a 'Comments to:' line; a broadcaster whose
first line is its name and motto; and saved pages with the commenter's city
after a bar and a badge line over the text."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("India on Monday said the killing of the al Qaeda leader in a garrison town barely two hours' drive from "
             "Islamabad showed that militants continued to find sanctuary across the border.")


def test_a_search_box_over_the_masthead_a_headline_over_its_writer_and_a_form_under_comments_to():
    page = split_text(f"""Skip to main content
Today's Paper
ePaper

Search
Go
The Daily
Monday, May 2, 2011

Home
News

News » International

Updated: May 2, 2011 21:47 IST

Raid vindicates India's stand, says New Delhi

Sandeep Dikshit
Share · Comment (2) · print · T+

{PARAGRAPH}

{PARAGRAPH}

Keywords: Osama bin Laden killing
Printable version | May 2, 2011 10:40:12 PM | http://www.example.com/article1.ece

Comments
Comments to: web.desk@example.com
Post Comment
Comment
Name
Email
Location
Submit

Sort by: Newest | Oldest | Most Voted

Kunal Deshpande from Nagpur
Posted on: May 3, 2011 at 10:15 IST
Finally some sense in Washington.
Agree 41 Disagree 12
Reply

Usman Ghani from Multan
Posted on: May 3, 2011 at 10:40 IST
Please check the facts before you write.
Agree 18 Disagree 9
Reply
""")
    assert page.article.title == "Raid vindicates India's stand, says New Delhi"
    assert page.article.body == f"{PARAGRAPH}\n\n{PARAGRAPH}"
    assert [c.author for c in page.comments] == ["Kunal Deshpande from Nagpur", "Usman Ghani from Multan"]


def test_a_sites_name_and_motto_over_its_name_and_a_dek_over_the_writer_and_date():
    page = split_text(f"""Skip to content
Sky Report - first for breaking news
Sky Report
Home
World
Watch Live

Trump says US gave Pakistan billions and got nothing but lies

The US president uses his first tweet of the year to accuse Islamabad of giving safe haven to militants.

Harriet Cole
News reporter @HarrietCole
Monday 1 January 2018 14:05, UK

{PARAGRAPH}
""")
    assert page.article.title == "Trump says US gave Pakistan billions and got nothing but lies"
    assert page.article.published == dt.date(2018, 1, 1)


def test_a_city_after_a_bar_and_a_badge_line_over_the_text():
    page = split_html(f"""<html><body><h1>Routes reopen</h1><p>July 5, 2012</p><div class="news-body"><p>{PARAGRAPH}</p></div>
<div class="comments-area"><ul class="comment-list">
<li class="comment-item"><div class="comment-head"><strong class="commenter">Kamran Siddiqui</strong>
<span class="comment-city">| Lahore</span><span class="comment-time">July 05, 2012 09:14 PM</span></div>
<div class="comment-body"><p>Sorry is just a word.</p></div></li>
<li class="comment-item"><div class="comment-head"><strong class="commenter">Rahul Mehta</strong>
<span class="comment-city">| New Delhi</span><span class="comment-time">July 05, 2012 09:40 PM</span></div>
<div class="comment-body"><p>Both sides needed this.</p></div></li>
</ul></div></body></html>""")
    assert [c.author for c in page.comments] == ["Kamran Siddiqui | Lahore", "Rahul Mehta | New Delhi"]
