"""Round 38 of the blind layouts (issue 18), on short pages written for these
tests. Copied text: a social news site's discussion whose comments are
numbered as an outline ("#1", "#1.1", "#1.1.1": a reply's number extends its
parent's), the number under, over or beside the name; a live stream's chat
replay (each message's time above its sender, badges and paid amounts under
the name, a video's chapters above the chat). Saved HTML: a comment stream
whose time sits in the footer under the text; rows striped "even"/"odd"
with a "Comment Link" permalink and "posted by <a>NAME</a>"; an article's
intro set apart above its full text; a quote under its writer's label
("NAME wrote:")."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html

STORY = ("The first trucks carrying supplies for troops in Afghanistan crossed the border on Thursday, ending a "
         "seven-month blockade that had become the longest rupture between the two allies in a decade.")


def _outline_page(heads: list[str]) -> str:
    texts = ["So we apologized and they opened the gate.", "Nobody won, Marcus.", "Fair point, Adnan.",
             "The Taliban threat is what worries me."]
    blocks = "\n\n".join(f"{head}\nThu Jul 5, 2012 11:{41 + n} AM EDT\n\n{text}\n\n3 votes\nReply   Vote   Flag"
                         for n, (head, text) in enumerate(zip(heads, texts)))
    return f"""newsvine
Sign in | Register

Seed
First convoys roll through Chaman as the blockade ends
Seeded by Harold Kesting
Thu Jul 5, 2012 11:20 AM EDT
reuters.com
14 votes
vote!

{STORY}

Customs officials said a handful of trucks crossed on Thursday morning.

Discuss: 4 comments
Sort: Oldest first | Newest first | Most votes

{blocks}
"""


def test_outline_numbers_under_the_name_nest_the_replies():
    page = split_text(_outline_page(["Marcus Tillery\n#1", "Adnan Qureshi\n#1.1", "Marcus Tillery\n#1.1.1",
                                     "Sheila Brandt\n#2"]))
    assert page.article.title == "First convoys roll through Chaman as the blockade ends"
    assert "vote!" not in page.article.body
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Marcus Tillery", None), ("Adnan Qureshi", 1), ("Marcus Tillery", 2), ("Sheila Brandt", None)]
    assert page.comments[0].text == "So we apologized and they opened the gate."


def test_outline_numbers_over_or_beside_the_name_nest_the_replies_too():
    for heads in (["#1\nMarcus Tillery", "#1.1\nAdnan Qureshi", "#1.1.1\nMarcus Tillery", "#2\nSheila Brandt"],
                  ["Marcus Tillery #1", "Adnan Qureshi #1.1", "Marcus Tillery #1.1.1", "Sheila Brandt #2"]):
        page = split_text(_outline_page(heads))
        assert [(c.author, c.parent) for c in page.comments] == [
            ("Marcus Tillery", None), ("Adnan Qureshi", 1), ("Marcus Tillery", 2), ("Sheila Brandt", None)]
        assert all("#" not in c.text for c in page.comments)


REPLAY = f"""Skip navigation
Search
LIVE: Convoys cross at Chaman as the blockade ends
12,402 views
Border News
Streamed live on Jul 5, 2012
{STORY}

Customs officials said a handful of trucks crossed on Thursday morning, and more were expected before nightfall.
0:00 Scenes at the crossing
18:40 The minister's briefing
Top chat replay
Chat replay is on
4:12
Abdul Wahid Safi
May the drivers stay safe
6:30
Jennifer Holt
Member (2 months)
Seven months for this?
8:05
Asad Mehmood
PKR 200.00
Pakistan made its point
11:47
Megan O'Rourke
Watching from Dublin all night
Hide chat replay
Up next
"""


def test_a_chat_replay_gives_each_message_the_time_above_its_sender():
    page = split_text(REPLAY)
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Abdul Wahid Safi", "4:12", "May the drivers stay safe"), ("Jennifer Holt", "6:30", "Seven months for this?"),
        ("Asad Mehmood", "8:05", "Pakistan made its point"), ("Megan O'Rourke", "11:47", "Watching from Dublin all night")]
    assert page.article.published == dt.date(2012, 7, 5)


def _echo(name, when, text, children=""):
    return f"""<div class="echo-item-content"><div class="echo-item-container">
<div class="echo-item-avatar"><img src="a.png"></div><div class="echo-item-frame">
<div class="echo-item-authorName">{name}</div>
<div class="echo-item-data"><div class="echo-item-body"><span class="echo-item-text">{text}</span><span class="echo-item-textEllipses" style="display: none;">...</span></div></div>
<div class="echo-item-footer"><div class="echo-item-date" title="March 16, 2011">{when}</div>
<div class="echo-item-controls"><a>Reply</a><span> · </span><a>Like</a><span> · </span><a>Flag</a></div></div>
<div class="echo-item-likes"><span>6 people</span> like this.</div></div></div>
{f'<div class="echo-item-children">{children}</div>' if children else ''}</div>"""


def _article(comments_html):
    return f"""<html><head><title>Contractor freed after blood money is paid - The Clarion</title></head><body>
<h1>Contractor freed after blood money is paid</h1><p class="date">March 16, 2011</p>
<div class="story"><p>{STORY}</p><p>{STORY}</p><p>{STORY}</p></div>
<div class="comments">{comments_html}</div></body></html>"""


def test_a_stream_whose_times_sit_in_the_footer_under_the_text():
    page = split_html(_article('<div class="echo-stream-body">'
                               + _echo("Farrukh Siddiqui", "11 hours ago",
                                       "So the whole drama ends exactly how everyone in Lahore said it would end, "
                                       "with money and a plane.",
                                       _echo("Dan Whitaker", "10 hours ago", "Honest question: who paid?"))
                               + _echo("Ayesha Rauf", "9 hours ago", "The families had no real choice here.")
                               + "</div>"))
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("Farrukh Siddiqui", "11 hours ago", None), ("Dan Whitaker", "10 hours ago", 1), ("Ayesha Rauf", "9 hours ago", None)]
    assert page.comments[2].text == "The families had no real choice here."


def _k2(n, name, when, text, stripe):
    return f"""<li class="{stripe}"><span class="commentLink"><a href="#comment{n}" id="comment{n}">Comment Link</a></span>
<img src="avatar.png" alt="{name}"><span class="commentDate">{when}</span>
<span class="commentAuthorName">posted by <a href="http://example.com" title="{name}">{name}</a></span>
<p>{text}</p><span class="commentToolbar"><a href="/report">Report</a></span></li>"""


def test_striped_rows_with_a_permalink_and_a_posted_by_label_and_an_intro_over_the_full_text():
    page = split_html(f"""<html><head><title>Drone strike kills TTP chief - Crescent Times</title></head><body>
<div class="itemView"><h2 class="itemTitle">Drone strike kills TTP chief</h2>
<span class="itemDateCreated">Saturday, 02 November 2013 08:10</span>
<div class="itemIntroText"><p>The leader of the Pakistani Taliban was killed on Friday when missiles fired from a drone struck a compound in North Waziristan.</p></div>
<div class="itemFullText"><p>{STORY}</p><p>{STORY}</p></div>
<div class="itemComments"><h3 class="itemCommentsCounter">3 comments</h3><ul class="itemCommentsList">
{_k2(1, "Adnan Shaikh", "Saturday, 02 November 2013 09:02", "Good riddance to him.", "even")}
{_k2(2, "Zahid Afridi", "Saturday, 02 November 2013 10:12", "Every strike kills someone's brother.", "odd")}
{_k2(3, "Mohsin Ali", "Saturday, 02 November 2013 12:20", "Timing is everything.", "even")}
</ul></div></div></body></html>""")
    assert page.article.body.startswith("The leader of the Pakistani Taliban was killed on Friday")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Adnan Shaikh", "Saturday, 02 November 2013 09:02", "Good riddance to him."),
        ("Zahid Afridi", "Saturday, 02 November 2013 10:12", "Every strike kills someone's brother."),
        ("Mohsin Ali", "Saturday, 02 November 2013 12:20", "Timing is everything.")]


def _pluck(name, when, body):
    return f"""<div class="Comment"><div class="Comment_Author"><a href="/persona/{name}">{name}</a></div>
<div class="Comment_Date">{when}</div><div class="Comment_Body">{body}</div>
<div class="Comment_Actions"><a>Recommend (4)</a> <a>Report Abuse</a> <a>Reply</a></div></div>"""


def test_a_quote_under_its_writers_label_makes_a_reply_and_leaves_the_text():
    page = split_html(_article('<div class="Comments_Container">'
                               + _pluck("ImranK_Chicago", "5/2/2011 7:20:41 AM",
                                        "Either our agencies are completely incompetent or someone was protecting him.")
                               + _pluck("sbaxter", "5/2/2011 7:34:02 AM",
                                        '<div class="Comment_Quote"><span class="Comment_QuoteAuthor">ImranK_Chicago '
                                        'wrote:</span><blockquote>Either our agencies are completely incompetent or '
                                        'someone was protecting him.</blockquote></div>My money is on the second option.')
                               + "</div>"))
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("ImranK_Chicago", None, "Either our agencies are completely incompetent or someone was protecting him."),
        ("sbaxter", 1, "My money is on the second option.")]


AGGREGATOR = f"""Top News
Obama signs aid bill as army bristles at strings attached
washingtonpost.com — {STORY}

Lawmakers said the money would start to flow next year.
World & Business / Political News
submitted by khyber_watcher 5 hours ago

3 Comments
Sort by: Most Dugg | Newest | Oldest

sardar_ali_pk
3 hours ago
The army complaining about conditions is rich.
+14
Reply   Bury

midwest_matt
in reply to sardar_ali_pk
2 hours ago
How much of the earlier aid reached schools?
+6
Reply   Bury

ChiTownDigger
2 hours ago
Great priorities, as ever.
-3
Reply   Bury

Login or join Digg to leave a comment.
"""


def test_a_vote_score_under_each_text_is_no_board_subject_and_replies_keep_their_target():
    page = split_text(AGGREGATOR)
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("sardar_ali_pk", None, "The army complaining about conditions is rich."),
        ("midwest_matt", 1, "How much of the earlier aid reached schools?"),
        ("ChiTownDigger", None, "Great priorities, as ever.")]
