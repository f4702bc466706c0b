"""Round 65 of the blind layouts (issue 18), on short pages written for these
tests: `Comments - 7` headers and a form whose notice sits between its fields
(`Add comment`, the notice, `Reply To:`, `Name - Reply Comment`); wpDiscuz's
statistics over the comments and a commenter's kind over the name (`Guest`);
comments signed under their texts by `NAME on DATE at TIME`; Disqus's bar
(`Community`, `My Disqus`, `Share this discussion on`); a ticker's
`Breaking News: …` over the headline, a paywall's expiry notice, the byline's
parts set apart by dots over the date; saved HTML: a menu's `Comment` item, the
story's own element, `Posted on DATE` beside the name."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Pakistan reopened the NATO supply routes on Tuesday after Washington said it was sorry for the "
             "deaths of 24 soldiers at two border posts last November.")
SECOND = ("Officials said the first trucks would cross at Torkham and Chaman within days, once customs clearance "
          "resumed at the port of Karachi and the drivers were paid.")


def test_a_dashed_count_and_a_form_with_its_notice_between_the_fields():
    page = split_text(f"""Pakistan reopens NATO routes

{PARAGRAPH}

  Comments - 2

Rizwan, Karachi Wednesday, 04 July 2012 10:21 AM

So 24 shaheed soldiers are worth one sorry.

Reply

Chaminda Wednesday, 04 July 2012 10:35 AM

Pakistan has always stood by Sri Lanka.

Reply


Add comment

Comments will be edited (grammar, spelling and slang) and authorized at the discretion of the editors.

Reply To:

Name - Reply Comment

The Government’s decision to hand over the management of the port
""")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Rizwan, Karachi", "Wednesday, 04 July 2012 10:21 AM", "So 24 shaheed soldiers are worth one sorry."),
        ("Chaminda", "Wednesday, 04 July 2012 10:35 AM", "Pakistan has always stood by Sri Lanka.")]


def test_wpdiscuz_statistics_and_a_commenters_kind_over_the_name():
    page = split_text(f"""Trump offers to mediate on Kashmir

{PARAGRAPH}

Subscribe
Notify of
new follow-up comments
new replies to my comments

Post Comment

2 Comment threads
1 Thread replies
0 Followers
Most reacted comment
Hottest comment thread
3 Comment authors

Recent comment authors

newest oldest most voted

Guest
Adnan Siddiqui
2 days ago
Good to see Khan sahib sitting in the Oval Office as an equal.
14
Reply
Hide Replies ∧

Guest
Rohit Sharma
2 days ago
Mediation is a non-starter for Delhi.
Reply

Guest
Gary Lindqvist
1 day ago
Trump says a lot of things.
Reply
""")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Adnan Siddiqui", "Good to see Khan sahib sitting in the Oval Office as an equal."),
        ("Rohit Sharma", "Mediation is a non-starter for Delhi."), ("Gary Lindqvist", "Trump says a lot of things.")]


def test_comments_signed_under_their_texts_by_name_on_date():
    page = split_text(f"""Davis released after blood money paid

{PARAGRAPH}

Blowback

So we paid blood money to get back a guy we said had immunity all along.

CornfedConservative on March 16, 2011 at 10:48 AM

Not one more dime to Islamabad.

TexasTumbleweed on March 16, 2011 at 11:04 AM

You must be logged in to post a comment.
""")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("CornfedConservative", "March 16, 2011 at 10:48 AM",
         "So we paid blood money to get back a guy we said had immunity all along."),
        ("TexasTumbleweed", "March 16, 2011 at 11:04 AM", "Not one more dime to Islamabad.")]


def test_a_disqus_bar_over_the_first_comment():
    page = split_text(f"""Pakistan blocks NATO supplies

{PARAGRAPH}

2 comments
Best
Community
My Disqus
Share
Share this discussion on
Twitter
Facebook
Avatar
Shahid Malik • 9 hours ago
Finally someone in Pakistan is doing something.
Avatar
Arjun Rao • 8 hours ago
Hardly a surprise.
""")
    assert [c.author for c in page.comments] == ["Shahid Malik", "Arjun Rao"]


def test_a_ticker_and_a_paywall_notice_over_the_headline_and_a_dotted_byline_date():
    page = split_text(f"""Your Premium period will expire in 0 day(s)
close x
Jakarta Post
Log in
Subscribe
Search
Indonesia
Business
Opinion
World
Culture
Lifestyle

Breaking News: Floods hit parts of East Jakarta after overnight downpour

World / Asia & Pacific
Pakistan claims credit as US and Taliban sign Doha pact
Agence France-Presse
Islamabad, Pakistan   ●   Sun, March 1, 2020
share this article
Facebook
Twitter
Email
Change Size

{PARAGRAPH}

{SECOND}
""")
    assert page.article.title == "Pakistan claims credit as US and Taliban sign Doha pact"
    assert page.article.published == dt.date(2020, 3, 1)
    assert page.article.body == f"{PARAGRAPH}\n\n{SECOND}"


def test_a_menus_comment_item_the_storys_element_and_posted_on_beside_the_name():
    def row(n, name, text):
        return (f'<tr class="cmtrow"><td><span class="cmtname">{name}</span>&nbsp;&nbsp;<span class="cmtdate">Posted on '
                f'May 4, 2011 08:1{n} AM</span><div class="cmttext">{text}</div></td></tr>')
    page = split_html(f"""<html><head><title>Aid review</title></head><body><nav><ul>
<li class="news"><a href="/news">News</a></li><li class="comment"><a href="/comment">Comment</a></li></ul></nav>
<article id="article" itemscope itemtype="http://schema.org/NewsArticle"><h1>Aid review</h1>
<p class="date">Wednesday 4 May 2011</p><div class="article-body"><p>{PARAGRAPH}</p><p>{SECOND}</p></div>
<table class="cmt_tbl">{row(1, "Sumit Banerjee, Calcutta", "Nobody in India is surprised.")}
{row(2, "Faisal Qureshi, Karachi", "We lost more soldiers than anyone.")}</table></article></body></html>""")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Sumit Banerjee, Calcutta", "May 4, 2011 08:11 AM", "Nobody in India is surprised."),
        ("Faisal Qureshi, Karachi", "May 4, 2011 08:12 AM", "We lost more soldiers than anyone.")]
