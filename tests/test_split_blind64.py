"""Round 64 of the blind layouts (issue 18), on short pages written for these
tests: a forum thread under the story (`Discuss this issue with other
readers!`, numbered subject lines over each poster's name and time, `Quote by
NAME` quotes), a share bar ending in `Send` and `Feedback` over the story, a
caption under its agency's credit, gallery links; `1. NAME` over the time and
`Report Abuse | Link to Comment`; a trending box over the headline and between
paragraphs, a headline in headline case ending with a full stop; a commenter's
country in a part of its own and Disqus's box of other stories (saved HTML);
a blog's link to its previous post under the breadcrumbs, `Writer: AFP` and
`Related search:` lines, a paper's name after a spaced colon, Disqus's sign-up
line over its `Name` field."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Pakistan reopened the NATO supply routes on Tuesday after Washington said it was sorry for the "
             "deaths of 24 soldiers at two border posts last November.")
SECOND = ("Officials said the first trucks would cross at Torkham and Chaman within days, once customs clearance "
          "resumed at the port of Karachi and the drivers were paid.")
THIRD = ("Analysts in Islamabad said the deal could help thaw a relationship that sank to its lowest point in "
         "years, though drone strikes in the tribal areas continue.")


def test_a_forum_thread_under_the_story_and_a_share_bar_over_it():
    page = split_text(f"""SPIEGEL ONLINE
International

Wednesday, July 04, 2012

Clinton's Apology Reopens Pakistan's Supply Routes

Facebook
Twitter
Print
Send
Feedback

07/04/2012 05:36 PM

AP

Pakistani truck drivers celebrate on Wednesday in Karachi after the announcement.

{PARAGRAPH}

Photo Gallery: Seven Months at a Standstill

Photos
REUTERS

{SECOND}

{THIRD}

Forum
Discuss this issue with other readers!
46 total posts
Show all comments
Page 1

1. Two words
mcallister_j 07/04/2012 06:02 PM

All this to avoid saying sorry.

2. It was not just pride
zainab.rizvi 07/04/2012 06:25 PM

Quote by mcallister_j
All this to avoid saying sorry.

Twenty-four families buried their sons.

3. Where is parliament?
farooq.a 07/05/2012 08:37 AM

Our parliament passed a resolution in April.

Show all comments
Page 1
""")
    assert page.article.title == "Clinton's Apology Reopens Pakistan's Supply Routes"
    assert page.article.body == "\n\n".join([PARAGRAPH, SECOND, THIRD])
    assert [(c.author, c.posted_at, c.parent, c.text) for c in page.comments] == [
        ("mcallister_j", "07/04/2012 06:02 PM", None, "All this to avoid saying sorry."),
        ("zainab.rizvi", "07/04/2012 06:25 PM", 1, "Twenty-four families buried their sons."),
        ("farooq.a", "07/05/2012 08:37 AM", None, "Our parliament passed a resolution in April.")]


def test_numbered_names_over_their_times():
    page = split_text(f"""Still Paying the Landlord in Abbottabad

{PARAGRAPH}

2 Comments

1. Farooq Ahmed
May 4, 2011 - 1:17 am

Audit the army, yes, please do.

Report Abuse | Link to Comment

2. JoeInTulsa
May 4, 2011 - 6:42 am

Not one more dime. Period.

Report Abuse | Link to Comment
""")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Farooq Ahmed", "May 4, 2011 - 1:17 am", "Audit the army, yes, please do."),
        ("JoeInTulsa", "May 4, 2011 - 6:42 am", "Not one more dime. Period.")]


def test_trending_boxes_and_a_headline_ending_with_a_full_stop():
    page = split_text(f"""PJ Media
Search
Log In
Menu
News & Politics
Faith
Lifestyle
Columns
Podcasts
Newsletter

Trending on PJ Media
Bernie's Super Tuesday Problem Is Bigger Than You Think
The Coronavirus Panic Buying Has Begun

Pakistan Wants Credit for the Deal. Washington Shouldn't Hand It Over.
Ryan Castellano | 12:01 AM on March 02, 2020

{PARAGRAPH}

Trending on PJ Media
Bernie's Super Tuesday Problem Is Bigger Than You Think

{SECOND}

Comments (1)

Khalid Mahmood
Mar 2, 2020 6:48 AM
Without Islamabad there is no Doha agreement.
Like (24)
Reply

Trending on PJ Media
Bernie's Super Tuesday Problem Is Bigger Than You Think
""")
    assert page.article.title == "Pakistan Wants Credit for the Deal. Washington Shouldn't Hand It Over."
    assert page.article.body == f"{PARAGRAPH}\n\n{SECOND}"
    assert [c.text for c in page.comments] == ["Without Islamabad there is no Doha agreement."]


def test_a_country_beside_the_name_and_a_box_of_other_stories():
    def comment(n, name, country, text):
        return (f'<li class="comment" id="comment-{n}"><div class="comment-header"><span class="comment-name">{name}'
                f'</span> <span class="comment-country">({country})</span> <span class="comment-date">July 4, 2012 - '
                f'10:1{n}</span></div><div class="comment-body"><p>{text}</p></div></li>')
    page = split_html(f"""<html><head><title>Supply routes reopen</title></head><body><div class="story">
<h1>Supply routes reopen</h1><p>{PARAGRAPH}</p><p>{SECOND}</p></div><ul class="comments">
{comment(1, "Zafar Iqbal", "Pakistan", "Sharam aani chahiye.")}{comment(2, "Mark Denton", "United States", "About time.")}
</ul><section class="discovery-main"><h2>Also on The Tribune</h2><ul class="discovery-posts">
<li class="discovery-post"><a href="/x"><h3>The Ebola Czar Nobody Asked For</h3><div class="top-comment"><p>
<span class="user" data-role="username">Cranky Uncle Bob</span> &#8212; <span>Another czar.</span></p>
<ul class="meta"><li class="time">5 days ago</li></ul></div></a></li></ul></section></body></html>""")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Zafar Iqbal (Pakistan)", "Sharam aani chahiye."), ("Mark Denton (United States)", "About time.")]


def test_a_link_to_the_previous_post_and_closing_credit_lines():
    page = split_text(f"""Pakistan claims credit as US, Taliban seal Doha pact : The Tribune India

{PARAGRAPH}

{SECOND}

Writer: AFP
Related search: Pakistan, United States, aid
""")
    assert page.article.title == "Pakistan claims credit as US, Taliban seal Doha pact"
    assert page.article.body == f"{PARAGRAPH}\n\n{SECOND}"
    page = split_text(f"""PJ Media
Home
Columns
Blogs
Politics
Economy

Home » Columns » National Security

« The Navy SEALs Just Did What Eight Years of Diplomacy Couldn't
The Budget Deal Nobody Read »

Still Paying the Landlord in Abbottabad
by Walter Prentiss
May 4, 2011

{PARAGRAPH}
""")
    assert page.article.title == "Still Paying the Landlord in Abbottabad"


def test_a_sign_up_line_over_the_name_field():
    page = split_text(f"""Trump says no more aid to Pakistan

{PARAGRAPH}

2 comments
Sort by Best
Join the discussion…

LOG IN WITH

OR SIGN UP WITH DISQUS ?
Name
Avatar
Harjit Sekhon • 10 hours ago
About time an American President said it.
Reply
Avatar
Asad Mahmood • 9 hours ago
Plain words from a man who cannot find Pakistan on a map.
Reply
""")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Harjit Sekhon", "About time an American President said it."),
        ("Asad Mahmood", "Plain words from a man who cannot find Pakistan on a map.")]
