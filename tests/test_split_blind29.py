"""Layouts of the twenty-ninth blind round (issue 18), each on a short page
written for these tests: a tabloid's article with bullet points, a related box
and a share bar between its paragraphs and comments signed after their text
("Name, City, Country, 3 hours ago"); a paper's article with a photo credit in
capitals and comments closed by "Back to top"; a blog whose comments are signed
"Posted by: NAME | date" after their text; a forum board with quote boxes and
edit notes."""
from __future__ import annotations

from comments import split_text

TABLOID = """Example Online
Home
News
Sport

Pakistan reopens the Torkham crossing after eleven days as lorries queue for miles

Traders at the crossing say they lost millions of rupees while the border was shut
Officials in Islamabad refuse to say what was agreed with Kabul to end the closure
Customs officers promise to clear the backlog of lorries within a week
Drivers say they have heard the same promise at every closure since 2011

By ANNA FIELD FOR EXAMPLEONLINE.COM

Published: 14:02 EDT, 3 May 2011 | Updated: 03:15 EDT, 4 May 2011

Pakistan reopened the Torkham border crossing on Saturday after eleven days, and by nightfall the queue of lorries stretched back past Landi Kotal.

RELATED ARTICLES
Previous
1
Next
Traders count the cost of the closure as prices climb in...
Kabul says the talks were cordial but gives no details...

Share this article
Share
1.2k shares

Customs officers said they expected to clear the backlog within a week, though drivers said they had heard that promise before.

Share or comment on this article:
Pakistan reopens the Torkham crossing after eleven days as lorries queue for miles

Comments 3
Share what you think

The comments below have not been moderated.

The views expressed in the contents above are those of our users and do not necessarily reflect the views of Example Online.

We are no longer accepting comments on this article.

Newest
Oldest
Best rated
Worst rated

View all

Eleven days for nothing. Dono taraf nuqsan hua.
Sana_K, Peshawar, Pakistan, 3 hours ago
Reply
Click to rate
41
2
Report

View all 1 replies

Nobody in Kabul will explain it either.
Mike, Leeds, United Kingdom, 2 hours ago
Click to rate
9
1
Report

Prices in Peshawar went up the first week and never came down.
farooq.k, Birmingham, United Kingdom, 1 hour ago
Reply
Click to rate
12
0
Report

Back to top
Home
"""


def test_tabloid_bullets_inline_boxes_and_comments_signed_after_their_text():
    page = split_text(TABLOID, "tabloid.txt")
    assert page.article.title == "Pakistan reopens the Torkham crossing after eleven days as lorries queue for miles"
    assert page.article.published.isoformat() == "2011-05-03"
    body = page.article.body
    assert body.startswith("Pakistan reopened the Torkham border crossing on Saturday")  # (no bullets, no byline)
    assert body.endswith("though drivers said they had heard that promise before.")  # past the related box
    assert "Traders count the cost" not in body and "Share" not in body
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("Sana_K", "3 hours ago", None), ("Mike", "2 hours ago", 1), ("farooq.k", "1 hour ago", None)]
    assert [c.text for c in page.comments] == [
        "Eleven days for nothing. Dono taraf nuqsan hua.", "Nobody in Kabul will explain it either.",
        "Prices in Peshawar went up the first week and never came down."]


PAPER = """Skip to content
Example Times logo
Log in
Subscribe
UK
World
Politics
Business
Opinion
Sport
Culture
Puzzles
World | Asia

Clinton says sorry as Pakistan reopens supply routes after seven months

Washington's regret over the deaths at the border post ends a costly stand-off

Lorries loaded with supplies have been parked in Karachi since November
RIZWAN ALI/AFP/GETTY IMAGES

Owen Bradley, Washington | Zahid Qureshi, Islamabad
Wednesday July 04 2012, 12.01am BST, The Example Times

Share
Save

Pakistan agreed last night to reopen the land routes used to supply troops in Afghanistan, ending a seven-month blockade.

Officials said the first convoys could move within two days once customs clearance was complete.

Comments (1)

Ravi Menon
3 hours ago
Our troops need those supplies to get home safely. Good news.
Recommend 6
Reply
Report

Sign up to the Red Box newsletter
Get the best of our politics coverage in your inbox every morning
Sign up

Back to top
The Example Times
GET IN TOUCH
Contact us
"""


def test_caption_over_a_capitals_credit_is_head_and_back_to_top_ends_the_comments():
    page = split_text(PAPER, "paper.txt")
    assert page.article.title == "Clinton says sorry as Pakistan reopens supply routes after seven months"
    assert page.article.published.isoformat() == "2012-07-04"
    assert "RIZWAN ALI" not in page.article.body and "Owen Bradley" not in page.article.body
    assert page.article.body.endswith("once customs clearance was complete.")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Ravi Menon", "Our troops need those supplies to get home safely. Good news.")]


BLOG = """Border Notes
Notes on Pakistan, America and the long road between them
Home
Archives
Subscribe

« Drones and deniability | Main | What the floods did to the aid timetable »

Tuesday, October 05, 2010

Aid at one year: where is the money?

A year ago this week, Congress promised billions in civilian assistance over five years, and most of it has not yet reached a single Pakistani project.

The reasons are mostly American: the agency still cannot find partners it trusts, and every contract is audited twice.

Posted by Salma Q at 09:14 PM in Aid | Permalink

Reblog (0) | | Digg This | Save to del.icio.us | Tweet This!

Comments

Feed You can follow this conversation by subscribing to the comment feed for this post.

Useful numbers, thanks. The audits are the real bottleneck.

Posted by: Jim Hollis | October 06, 2010 at 08:05 AM

Jim, the audits are a symptom. Nobody wants to sign off on a partner in Karachi.

Posted by: Kamran | October 06, 2010 at 10:22 AM

Salma, will you look at the energy projects next?

Posted by: Ayesha R | October 06, 2010 at 11:47 AM

The comments to this entry are closed.
"""


def test_blog_date_header_headline_and_comments_posted_by_after_their_text():
    page = split_text(BLOG, "blog.txt")
    assert page.article.title == "Aid at one year: where is the money?"  # (not the blog's tagline)
    assert page.article.published.isoformat() == "2010-10-05"
    assert "Reblog" not in page.article.body and "Digg" not in page.article.body
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("Jim Hollis", "October 06, 2010 at 08:05 AM", None), ("Kamran", "October 06, 2010 at 10:22 AM", 1),
        ("Ayesha R", "October 06, 2010 at 11:47 AM", None)]  # ("Salma, …" answers the post's author)
    assert page.comments[0].text == "Useful numbers, thanks. The audits are the real bottleneck."


def _post(number: int, user: str, when: str, text: str, quote: tuple[str, str] | None = None, edited: str = "") -> str:
    quoted = (f'<blockquote class="quoteBox"><div class="quoteBoxTitle"><a href="#post{number - 1}">'
              f'Quote from {quote[0]}</a></div><div class="quoteBoxContent"><p>{quote[1]}</p></div></blockquote>'
              if quote else "")
    note = f'<p class="messageFooterNote">This post has been edited 1 time, last by “{user}” ({edited}).</p>' \
        if edited else ""
    return f"""<article class="wbbPost message" id="post{number}">
 <div class="messageSidebar"><div class="messageAuthor"><a href="/user/{number}" class="username">{user}</a>
  <div class="userTitle">Member</div></div><dl><dt>Posts</dt><dd>1,234</dd></dl></div>
 <div class="messageContent">
  <header class="messageHeader"><a href="#post{number}"><time datetime="2011-11-27T10:05:00+05:00">{when}</time></a>
   <a href="#post{number}">#{number}</a></header>
  <div class="messageBody"><div class="messageText">{quoted}<p>{text}</p></div></div>
  {note}
  <footer class="messageFooter"><a href="#">Quote</a> <a href="#">Reply</a></footer>
 </div>
</article>"""


BOARD = f"""<!DOCTYPE html><html><head><title>Salala attack: supply routes blocked - Example Strategic Forum</title></head><body>
<nav><a href="/">Dashboard</a> <a href="/forum">Forum</a></nav>
<h1 class="contentTitle">Salala attack: supply routes blocked</h1>
<ul class="wbbThreadPostList">
<li>{_post(1, "Khyber_Eagle", "Nov 26th 2011",
           "Two of our posts at Salala were attacked before dawn and the government has closed the supply routes "
           "at Torkham and Chaman. How should Pakistan respond beyond closing the routes?")}</li>
<li>{_post(2, "NorthCarolinaNed", "Nov 26th 2011", "Keep the routes shut until there is an apology.",
           edited="Nov 27th 2011, 9:52 pm")}</li>
<li>{_post(3, "Delhi_Dove", "Monday, 10:05 am", "An apology will come, but not before the elections.",
           quote=("NorthCarolinaNed", "Keep the routes shut until there is an apology."))}</li>
</ul>
<footer>© Example Strategic Forum</footer></body></html>"""


def test_forum_board_posts_quote_boxes_and_edit_notes():
    from comments.html import split_html

    page = split_html(BOARD, "board.html")
    assert page.article.title == "Salala attack: supply routes blocked"
    assert page.article.body.startswith("Two of our posts at Salala were attacked")  # the opening post
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("NorthCarolinaNed", "Nov 26th 2011", "Keep the routes shut until there is an apology.", None),
        # (not the time in the edit note under the post before)
        ("Delhi_Dove", "Monday, 10:05 am", "An apology will come, but not before the elections.", 1)]

