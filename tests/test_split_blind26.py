"""Layouts of the twenty-sixth blind round (issue 18), each on a short page
written for these tests: a parenting board's thread, a code host's
discussion and a news portal's conversation, all copied as text."""
from __future__ import annotations

from comments import split_text

STORY = ("Officials in Islamabad said on Monday that the border crossing would reopen for students and "
         "patients first, after three weeks in which traders lost money and families waited on both sides.")

BOARD = f"""Skip to main content
Example Talk
Search
Log in/Sign up
Talk
Active
Latest
In the news
Talk
»
In the news
Border crossing reopens – will flights be next?
Add message | Report | See all MNHQ posts
Watch thread
Page 1 of 1
Hoovering_mum
Tue 17-Aug-21 09:14:32

{STORY}

Will the airlines follow, does anyone know?

Add message | Report | Message poster
Lemon2Lime
Tue 17-Aug-21 09:31:05

Will the airlines follow, does anyone know?

Not for a month at least, my cousin works at the airport.

Add message | Report | Message poster
Advertisement
Hoovering_mum
OP
Tue 17-Aug-21 10:02:17

Not for a month at least, my cousin works at the airport.

That's longer than I hoped, thank you.

Add message | Report | Message poster
Page 1 of 1
Watch thread
Please create an account
To comment on this thread you need to create an account.
© Example Talk Limited 2000-2023
"""


def test_board_thread_short_dates_op_badge_and_replies_opening_with_quoted_words():
    page = split_text(BOARD, "board.txt")
    assert page.article.title == "Border crossing reopens – will flights be next?"
    assert str(page.article.published) == "2021-08-17"  # "Tue 17-Aug-21"
    assert page.article.body == f"{STORY}\n\nWill the airlines follow, does anyone know?"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Lemon2Lime", "Tue 17-Aug-21 09:31:05", "Not for a month at least, my cousin works at the airport.", None),
        ("Hoovering_mum", "Tue 17-Aug-21 10:02:17", "That's longer than I hoped, thank you.", 1)]


DISCUSSION = f"""Skip to content
Navigation Menu
Sign in
example-org
/
border-data
Type / to search
Code
Issues
Discussions
Crossing dates in the 2021 table look wrong #12
sara-k started this conversation in General
Crossing dates in the 2021 table look wrong
#12
@sara-k
sara-k
on Aug 16, 2021 · 2 comments · 1 reply
Return to top
Discussion options

sara-k
on Aug 16, 2021
Maintainer

{STORY}

👍 3
You must be logged in to vote
Replies: 2 comments · 1 reply
Comment options

jkellerman
Aug 17, 2021
edited

The reopening date is a day early.

👍 1
You must be logged in to vote
1 reply
@sara-k
sara-k
Aug 17, 2021
Maintainer

Fixed, thanks.

Comment options

omar-hayat-92
Aug 18, 2021

Same problem in the 2019 table.

You must be logged in to vote
Sign up for free to join this conversation on GitHub. Already have an account? Sign in to comment
"""


def test_code_host_discussion_lower_case_logins_badges_and_counted_replies():
    page = split_text(DISCUSSION, "discussion.txt")
    assert page.article.title == "Crossing dates in the 2021 table look wrong"  # not "Type / to search"
    assert str(page.article.published) == "2021-08-16"
    assert page.article.body == STORY
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("jkellerman", "Aug 17, 2021", "The reopening date is a day early.", None),
        ("sara-k", "Aug 17, 2021", "Fixed, thanks.", 1),  # "1 reply" above it
        ("omar-hayat-92", "Aug 18, 2021", "Same problem in the 2019 table.", None)]


PORTAL = f"""Skip to content
portal
Search the web
News
Money
The Example Tribune
Follow
Border crossing reopens for students and patients
Story by Adeel F
 • 
7/13/2023
 • 
3 min read

{STORY}

{STORY}

Like
318
Comments
4
Share
Comments (4)
Sort by
Most relevant
Sign in to join the conversation
Community guidelines
Farhan Malik
4w
About time.
Reply
56
7
Hide 2 replies
Jennifer K
4w
Why did it close?
Reply
12
1
Hide 1 reply
Farhan Malik
4w
Security, they said.
Reply
3
0
Ravi S
4w
Good for the patients.
Reply
2
0
Tom W
3w
Trade will take longer.
Reply
4
1
Show more comments
Recommended
Example Wire
Another story entirely
6h
© 2023 Example Portal
"""


def test_portal_conversation_under_its_counters_nested_by_reply_counts():
    page = split_text(PORTAL, "portal.txt")
    assert page.article.title == "Border crossing reopens for students and patients"
    assert page.article.body == f"{STORY}\n\n{STORY}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Farhan Malik", "4w", "About time.", None),
        ("Jennifer K", "4w", "Why did it close?", 1),  # the first of "Hide 2 replies"
        ("Farhan Malik", "4w", "Security, they said.", 2),  # "Hide 1 reply" under Jennifer's
        ("Ravi S", "4w", "Good for the patients.", 1),  # the second of Farhan's two
        ("Tom W", "3w", "Trade will take longer.", None)]  # not the "Recommended" cards


def _pb(pid: int, name: str, when: str, message: str) -> str:
    return (f'<tr class="post" id="post-{pid}"><td class="left-panel"><div class="mini-profile">'
            f'<div class="user-name"><a href="/user/{pid}" class="user-link">{name}</a></div>'
            f'<div class="info">Posts: 412<br>Member since Feb 11, 2006</div></div></td>'
            f'<td class="content"><div class="info"><span class="date"><abbr class="o-timestamp time" '
            f'title="{when}">{when}</abbr></span></div><article><div class="message">{message}</div>'
            f'<div class="signature"><i>Khyber se Karachi tak</i></div></article>'
            f'<div class="ui-menu-buttons"><a class="button like-button">Like</a> <a class="button">Quote</a></div>'
            f'</td></tr>')


PROBOARDS = f"""<html><head><title>Border crossing reopens | Example Debate Club</title></head><body>
<div id="navigation-tree"><a>Example Debate Club</a> » <a>Current Affairs</a> » <a>Border crossing reopens</a></div>
<h1>Border crossing reopens</h1><table class="list">
{_pb(1, "newshound_pk", "Mar 16, 2011 at 8:31pm", STORY + "<br><br>" + STORY)}
{_pb(2, "MianJee", "Mar 16, 2011 at 8:49pm",
     '<div class="quote"><div class="quote_header">Quote from newshound_pk on Mar 16, 2011 at 8:31pm</div>'
     '<div class="quote_body"><div class="message">families waited on both sides</div></div></div>Within hours.')}
{_pb(3, "truthseeker", "Mar 16, 2011 at 9:03pm", "Shameful.")}
</table></body></html>"""


def test_proboards_messages_beside_mini_profiles_and_quotes_out_of_the_text():
    from comments.html import split_html

    page = split_html(PROBOARDS, "proboards.html")
    assert page.article.title == "Border crossing reopens"
    assert str(page.article.published) == "2011-03-16"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("MianJee", "Mar 16, 2011 at 8:49pm", "Within hours."),  # not the quoted message, not the signature
        ("truthseeker", "Mar 16, 2011 at 9:03pm", "Shameful.")]


def _fc(cid: str, name: str, when: str, title: str, text: str, badge: str = "", replies: str = "") -> str:
    label = f' <span class="label">{badge}</span>' if badge else ""
    return (f'<div class="comment" id="{cid}"><div class="inner"><div class="top-right">'
            f'<a class="jump-link" title="{title}">{when}</a></div><div class="comment-content">'
            f'<div class="commenter-name"><span class="username">{name}</span>{label}</div>'
            f'<div class="comment-text">{text}</div></div><div class="comment-bottom">'
            f'<span class="votes-up">3</span><button class="comment-reply-start">Reply</button></div></div>'
            f'<div class="children">{replies}</div></div>')


FASTCOMMENTS = f"""<html><head><title>Border crossing reopens – Example Dispatch</title></head><body>
<article><h1 class="entry-title">Border crossing reopens</h1><time datetime="2021-11-26">November 26, 2021</time>
<div class="entry-content"><p>{STORY}</p><p>{STORY}</p></div></article>
<div class="fast-comments"><div class="comments">
{_fc("a1", "Zarak Khan", "3 hours ago", "Friday, November 26, 2021, 12:20:05 PM",
     f"<blockquote>{STORY}</blockquote><p>Three weeks felt like three months.</p>", badge="Verified Reader",
     replies=_fc("a2", "Tom H.", "1 hour ago", "Friday, November 26, 2021, 2:05:00 PM", "<p>Agreed.</p>",
                 badge="Unverified"))}
</div><div class="footer"><a>Powered by FastComments</a></div></div></body></html>"""


def test_fastcomments_names_beside_badges_text_beside_the_name_and_a_quote_of_the_article():
    from comments.html import split_html

    page = split_html(FASTCOMMENTS, "fastcomments.html")
    assert page.article.title == "Border crossing reopens"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Zarak Khan", "3 hours ago", "Three weeks felt like three months.", None),  # not the quoted story
        ("Tom H.", "1 hour ago", "Agreed.", 1)]  # the name, not "Tom H. Unverified"


def _flow(pid: str, name: str, when: str, text: str, replies: str = "") -> str:
    return (f'<div id="flow-post-{pid}" class="flow-post"><div class="flow-post-main">'
            f'<span class="flow-author"><a class="mw-userlink"><bdi>{name}</bdi></a> <span class="mw-usertoollinks">'
            f'(<a>talk</a> | <a>contribs</a>)</span></span><div class="flow-post-content"><p>{text}</p></div>'
            f'<div class="flow-post-meta"><a class="flow-reply-link">Reply</a><span class="flow-post-timestamp">'
            f'<span class="flow-timestamp"><span class="flow-timestamp-user-formatted">{when}</span>'
            f'<span class="flow-timestamp-ago">13 years ago</span></span></span></div></div>'
            f'<div class="flow-replies">{replies}</div></div>')


FLOW = f"""<html><head><title>Talk:Border crossing - Example Wiki</title></head><body>
<h1 id="firstHeading">Talk:Border crossing</h1>
<div class="flow-board-header"><div class="flow-board-header-content"><p><b>Started on 5 May 2011.</b></p>
<p>{STORY}</p><p>{STORY}</p></div></div>
<div class="flow-topics"><div class="flow-topic"><div class="flow-topic-titlebar">
<h2 class="flow-topic-title">Opening date</h2></div>
{_flow("a", "Jmcallister", "21:12, 8 May 2011", "Which date do we use?",
       replies=_flow("b", "Usman Ghani", "11:05, 9 May 2011", "The ministry's."))}
</div></div></body></html>"""


def test_structured_discussion_posts_their_absolute_times_and_the_board_start_date():
    from comments.html import split_html

    page = split_html(FLOW, "flow.html")
    assert page.article.title == "Talk:Border crossing"
    assert str(page.article.published) == "2011-05-05"  # "Started on", not a post's date
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Jmcallister", "21:12, 8 May 2011", "Which date do we use?", None),
        ("Usman Ghani", "11:05, 9 May 2011", "The ministry's.", 1)]


TOPIC = f"""Skip to main content
Example Policy Forum
Sign Up
Log In
Border crossing reopens: who gains?
Regional Affairs
torkham
trade
asad_malik
Asad Malik
May 2, 2011

{STORY}

{STORY}

1 Like
Reply
created
May '11
last reply
Jun '11
3
replies
240
views
rehan_lhr
May '11

Traders gain first, then the patients.

3
Reply
dc.wonk
May '11

asad_malik:

{STORY}

Families waited longest.

Reply
priya_s
↩ rehan_lhr
Jun '11

Patients first, surely.

2
Reply
Suggested Topics
"""


def test_forum_topic_copied_without_a_header_handles_over_short_dates_reply_marks_and_quotes():
    # (round 27's Discourse topics: no comments header, dates as "May '11"; a lone "1 Reply" under a post would
    # still be read as a header, as WordPress's "1 Reply" is: only one seen three times is taken for a counter)
    page = split_text(TOPIC, "topic.txt")
    assert page.article.title == "Border crossing reopens: who gains?"
    assert page.article.body == f"{STORY}\n\n{STORY}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("rehan_lhr", "May '11", "Traders gain first, then the patients.", None),
        ("dc.wonk", "May '11", "Families waited longest.", None),  # after "asad_malik:" and the quoted post
        ("priya_s", "Jun '11", "Patients first, surely.", 1)]  # "↩ rehan_lhr"
    assert str(page.comments[0].posted_at_parsed) == "2011-05-01 00:00:00"  # the month's first day


def _utt(login: str, ago: str, body: str, badge: str = "") -> str:
    mark = f'<span class="author-association-badge">{badge}</span>' if badge else ""
    return (f'<article class="timeline-comment"><a class="avatar"><img alt="@{login}"></a><div class="comment">'
            f'<header class="comment-header"><span class="comment-meta"><a class="text-link"><strong>{login}</strong>'
            f'</a> commented <a class="text-link" title="Jul 15, 2023, 10:04 AM GMT+5">{ago}</a></span>{mark}'
            f'<div class="comment-actions"><details class="reactions-popover"><summary>+</summary>'
            f'<div class="Popover-message">Sign in to add your reaction.</div></details></div></header>'
            f'<div class="markdown-body">{body}</div></div></article>')


UTTERANCES = f"""<html><head><title>Border crossing reopens | Example Notes</title></head><body>
<article><h1 class="post-title">Border crossing reopens</h1><time datetime="2023-07-01">July 1, 2023</time>
<div class="post-content"><p>{STORY}</p><p>{STORY}</p></div></article>
<div class="utterances"><h1 class="timeline-header">2 Comments - powered by utteranc.es</h1>
{_utt("bilalzafar-dev", "2 weeks ago", "<p>Long overdue, and the traders knew it first.</p>")}
{_utt("asadhameed", "6 days ago", "<blockquote><p>Long overdue, and the traders knew it first.</p></blockquote>"
                                  "<p>Agreed, and more to come.</p>",
      badge="Owner")}
</div></body></html>"""


def test_utterances_meta_line_time_owner_badge_and_reaction_popovers_out_of_the_text():
    from comments.html import split_html

    page = split_html(UTTERANCES, "utterances.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("bilalzafar-dev", "2 weeks ago", "Long overdue, and the traders knew it first.", None),  # the time alone
        ("asadhameed", "6 days ago", "Agreed, and more to come.", None)]  # not "Owner", nor the quote


def _sd(cid: int, title: str, name: str, when: str, body: str, replies: str = "") -> str:
    return (f'<li id="tree_{cid}" class="comment contain"><div id="comment_{cid}" class="cw">'
            f'<div class="commentTop"><div class="title"><h4><a>{title}</a> <span class="score">(Score:4, Insightful)'
            f'</span></h4></div><div class="details">by <span class="by"><a>{name}</a> (<a class="uid">1044377</a>)'
            f'</span> <span class="otherdetails">on {when} (<a>#{cid}</a>)</span></div></div>'
            f'<div class="commentBody"><div id="comment_body_{cid}">{body}</div>'
            f'<div class="sig">--<br>Chai first, then code.</div></div>'
            f'<div class="commentSub"><a>Reply to This</a> <a>Share</a></div></div>'
            f'<ul id="commtree_{cid}">{replies}</ul></li>')


SLASHDOT = f"""<html><head><title>Border Crossing Reopens - Slashdot</title></head><body>
<article class="fhitem"><header><h2 class="story"><span class="story-title"><a>Border Crossing Reopens</a></span></h2>
<div class="details">Posted by msmash on Monday May 02, 2011 @09:14AM from the open-borders dept.</div></header>
<div class="body"><div class="p"><i>{STORY}</i><br><br>{STORY}</div></div></article>
<ul id="commentlisting" class="d2">
{_sd(36001412, "Either way", "quantumfarooq", "Monday May 02, 2011 @09:31AM",
     "Either someone knew, or nobody was watching the crossing at all.",
     replies=_sd(36001530, "Re:Either way", "rk_bangalore", "Monday May 02, 2011 @09:44AM",
                 '<div class="quote"><p>Either someone knew, or nobody was watching the crossing at all.</p></div>'
                 "<p>There is a third option.</p>"))}
</ul></body></html>"""


def test_slashdot_by_spans_times_after_on_signatures_and_quoted_parents():
    from comments.html import split_html

    page = split_html(SLASHDOT, "slashdot.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("quantumfarooq", "Monday May 02, 2011 @09:31AM",
         "Either someone knew, or nobody was watching the crossing at all.", None),  # not the signature
        ("rk_bangalore", "Monday May 02, 2011 @09:44AM", "There is a third option.", 1)]  # not the quote
    assert str(page.comments[0].posted_at_parsed) == "2011-05-02 09:31:00"


BOOK = f"""Example Books home
Home
My Books
Browse ▾
Search books
Sign In
Jump to ratings and reviews
Want to read
Buy on Kindle $14.99
Rate this book
Border Lines: Torkham, Trade and Trust
Nida Rauf
3.98
1,204 ratings · 187 reviews
{STORY}

{STORY}
Show more
Genres
Politics
History
384 pages, Hardcover
First published September 13, 2012
About the author
Nida Rauf reported from Peshawar for ten years.
Community Reviews
3.98
5 stars
412 (34%)
1 star
19 (1%)
Search review text
Filters
Displaying 1 - 2 of 187 reviews
Sana Mirza
42 reviews · 18 followers
Follow
Rating 4 out of 5
June 3, 2013
Good on the traders, thin on the patients.
12 likes
2 comments
Like
Comment
Omar Farooq
October 4, 2012
Agreed about the patients.
Like
Daniel W
October 5, 2012
The patients get one chapter.
Like
Meg
1,204 reviews · 3,318 followers
Follow
Rating 2 out of 5
August 9, 2015
Dense and dry.
3 likes
Like
Comment
More reviews and ratings
"""


def test_book_page_title_over_its_ratings_line_reviews_and_the_comments_counted_under_one():
    page = split_text(BOOK, "book.txt")
    assert page.article.title == "Border Lines: Torkham, Trade and Trust"
    assert str(page.article.published) == "2012-09-13"  # "First published", past the genres
    assert page.article.body == f"{STORY}\n\n{STORY}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Sana Mirza", "June 3, 2013", "Good on the traders, thin on the patients.", None),
        ("Omar Farooq", "October 4, 2012", "Agreed about the patients.", 1),  # "2 comments" under the review
        ("Daniel W", "October 5, 2012", "The patients get one chapter.", 1),
        ("Meg", "August 9, 2015", "Dense and dry.", None)]


NEWS_SITE = f"""News Site
Home
World
Pakistan Not Told Before Border Decision
World News | Press Trust of India | Updated: May 02, 2011 14:32 IST
Comments
{STORY}

{STORY}
Read More
Comments
3 Comments
Post a comment
Name
City
Your comment here...
Submit
Sort by: Newest | Oldest | Most Liked
Rohit Malhotra
Pune
May 02, 2011 15:10 IST
So the border was never the problem.
Reply
Like (12)
Asad Qureshi
Lahore
May 02, 2011 15:40 IST
Reply to @Rohit Malhotra
Our traders would disagree.
Reply
Like (4)
Meera N
Delhi
May 02, 2011 16:02 IST
Good riddance to the queues.
Reply
Like (2)
Load More Comments
Trending
Another Story Entirely
"""


def test_comment_form_above_counted_comments_names_over_cities_and_reply_to_lines():
    page = split_text(NEWS_SITE, "news.txt")
    assert page.article.title == "Pakistan Not Told Before Border Decision"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Rohit Malhotra", "May 02, 2011 15:10 IST", "So the border was never the problem.", None),
        ("Asad Qureshi", "May 02, 2011 15:40 IST", "Our traders would disagree.", 1),  # "Reply to @Rohit Malhotra"
        ("Meera N", "May 02, 2011 16:02 IST", "Good riddance to the queues.", None)]  # not the "Trending" box


FORUM_COMMENTS = f"""Example Tech
Policy
Border crossing reopens, and the trade data goes dark
Drones, export licenses, and a network that went dark.
JANE DOE – MAY 2, 2011 9:14 AM
{STORY}

{STORY}
READER COMMENTS
87
Sort by Oldest

LahoreLinux
Ars Scholae Palatinae
Subscriptor
Posts: 2,871
May 2, 2011 at 9:41 AM
#1
The outage is the part nobody will follow up on.
Upvote
34 (36 / -2)
Downvote
Reply

fencepost_error
Smack-Fu Master, in training
Posts: 14
May 2, 2011 at 9:58 AM
#2
LahoreLinux said:
The outage is the part nobody will follow up on.
Click to expand...
Someone will, eventually.
Upvote
5 (5 / 0)
Downvote
Reply
You must log in or register to reply here.
"""


def test_forum_style_comments_handles_over_ranks_profile_counts_and_said_quotes():
    page = split_text(FORUM_COMMENTS, "forum.txt")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("LahoreLinux", "May 2, 2011 at 9:41 AM", "The outage is the part nobody will follow up on.", None),
        ("fencepost_error", "May 2, 2011 at 9:58 AM", "Someone will, eventually.", 1)]  # its rank is no name


def test_a_quote_headed_by_the_quoted_login_is_out_of_the_reply():
    from comments.html import split_html

    def gt(login: str, body: str) -> str:
        return (f'<div class="gt-comment"><div class="gt-comment-content"><div class="gt-comment-header">'
                f'<a class="gt-comment-username">{login}</a><span class="gt-comment-text">commented</span>'
                f'<span class="gt-comment-date">about 2 years ago</span></div>'
                f'<div class="gt-comment-body markdown-body">{body}</div></div></div>')

    page = split_html(f"""<html><head><title>Border crossing reopens</title></head><body>
<article><h1 class="post-title">Border crossing reopens</h1><div class="post-body"><p>{STORY}</p><p>{STORY}</p></div>
</article><div class="gt-container"><div class="gt-comments">
{gt("rkmehta", "<p>The queues were the real story at the crossing.</p>")}
{gt("sana-q", "<blockquote><p>@rkmehta<br>The queues were the real story at the crossing.</p></blockquote>"
              "<p>Fair point.</p>")}
</div></div></body></html>""", "gitalk.html")
    assert [(c.author, c.text) for c in page.comments] == [
        ("rkmehta", "The queues were the real story at the crossing."), ("sana-q", "Fair point.")]
