"""Layouts of the twenty-third blind round (issue 18), each on a short page
written for these tests: a Nairaland-style board, a Tildes topic and a
Steemit post copied as text; Artalk, HashOver and Komento comments saved as
HTML."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

STORY = ("American forces killed the commander in a raid near the academy, officials in Washington and "
         "Islamabad said on Monday, adding that the operation lasted forty minutes and that no Pakistani "
         "official had been told in advance.")
ARTICLE = " ".join(f"<p>{STORY}</p>" for _ in range(4))

BOARD = f"""Example Forum
Welcome, Guest: Join / LOGIN!
Stats: 3,201,877 members, 7,968,045 topics. Date: Wednesday, 23 June 2021 at 11:20 AM
Example Forum / General / Foreign Affairs / Raid Near The Academy (3012 Views)
(1) (Reply) (Go Down)
Raid Near The Academy by worldwatch(m): 6:05pm On Jun 21
{STORY}

{STORY}
7 Likes 3 Shares
(Reply) (Quote) (Report)
Re: Raid Near The Academy by Chukwudi(m): 6:22pm On Jun 21
Bold statement from the ministry.
5 Likes 1 Share
(Reply) (Quote) (Report)
Re: Raid Near The Academy by PakPatriot(m): 6:40pm On Jun 21
Chukwudi:
Bold statement from the ministry.

They said the same thing in 2011.
(Reply) (Quote) (Report)
Re: Raid Near The Academy by Ada(f): 7:15pm On Jun 21
Quote from: worldwatch on Jun 21, 2021, 06:05 PM
the operation lasted forty minutes

Forty minutes is a long time.
Modified: 7:20pm On Jun 21
(Reply) (Quote) (Report)
(1) (Reply)
Viewing this topic: Ada(f) and 14 guest(s)
"""


def test_board_subject_lines_as_posters_quotes_as_parents_and_a_year_from_the_page():
    page = split_text(BOARD, "board.txt")
    assert page.article.title == "Raid Near The Academy"
    assert str(page.article.published) == "2021-06-21"  # "On Jun 21", in the year of the page's "Date:" line
    assert page.article.body == f"{STORY}\n\n{STORY}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Chukwudi", "6:22pm On Jun 21", "Bold statement from the ministry.", None),
        ("PakPatriot", "6:40pm On Jun 21", "They said the same thing in 2011.", 1),
        ("Ada", "7:15pm On Jun 21", "Forty minutes is a long time.", None)]  # it quotes the opening post
    assert str(page.comments[0].posted_at_parsed) == "2021-06-21 18:22:00"


TILDES = f"""Tildes
~news
Raid near the academy leaves questions
Posted August 31, 2021 by quietpilgrim
afghanistan
pakistan
{STORY}

{STORY}
Bookmark
Ignore this topic
4 comments
Collapse replies Expand all
Comments sorted by
Relevance
− Kashif_R August 31, 2021 Link
Family in Peshawar say the city is on edge.
Vote (14) Label Bookmark Reply
− NoblePilot September 1 Link Parent
Genuine question: on edge about what, exactly?
Vote (6) Label Bookmark Reply
− quietpilgrim (OP) 3 days ago Link Parent
About the next raid.
3 votes
Exemplary x1
− pipery 20 hours ago Link
The refugee numbers are undercounted.
Vote (3) Label Bookmark Reply
Topic info
Short link
https://tild.es/xq3a
"""


def test_tildes_heads_with_a_parent_link_answer_the_comment_above_and_badges_are_not_names():
    page = split_text(TILDES, "tildes.txt")
    assert page.article.title == "Raid near the academy leaves questions"
    assert page.article.body == f"{STORY}\n\n{STORY}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Kashif_R", "August 31, 2021", "Family in Peshawar say the city is on edge.", None),
        ("NoblePilot", "September 1", "Genuine question: on edge about what, exactly?", 1),
        ("quietpilgrim", "3 days ago", "About the next raid.", 2),
        ("pipery", "20 hours ago", "The refugee numbers are undercounted.", None)]


STEEMIT = f"""Steemit
Posts
Proposals
Log in
Raid near the academy leaves questions
geopolitico (67) in #politics • 4 years ago
{STORY}

{STORY}
politics
pakistan
usa
4 years ago in #politics by geopolitico (67)
$21.96
188 votes
Reply
14
Authors get paid when people like you upvote their post.
Sort Order:  Trending
[-]
aamir.econ (63)  ·  4 years ago
Balanced article. The raid was a turning point in the relationship.
$0.31
8 votes
Reply
[-]
dc.realist (59)  ·  4 years ago
The raid was a turning point in the relationship.

True, but the aid kept flowing for years afterwards.
$0.08
Reply
[-]
pk.curation (61)  ·  4 years ago
Resteemed.
$0.00
Reply
LOAD MORE COMMENTS
"""


def test_steemit_bylines_reputations_counters_and_a_reply_opening_with_a_quote():
    page = split_text(STEEMIT, "steemit.txt")
    assert page.article.title == "Raid near the academy leaves questions"
    assert page.article.body == f"{STORY}\n\n{STORY}"  # tags, the footer and the counters are not body
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("aamir.econ", "4 years ago", "Balanced article. The raid was a turning point in the relationship.", None),
        ("dc.realist", "4 years ago", "True, but the aid kept flowing for years afterwards.", 1),
        ("pk.curation", "4 years ago", "Resteemed.", None)]


def _atk(name: str, when: str, content: str, reply_at: str = "", children: str = "") -> str:
    at = (f'<span class="atk-item atk-reply-at"><span class="atk-arrow"></span><span class="atk-nick">{reply_at}</span>'
          f'</span>') if reply_at else ""
    return (f'<div class="atk-comment-wrap"><div class="atk-comment"><div class="atk-main"><div class="atk-header">'
            f'<span class="atk-item atk-nick"><a href="#">{name}</a></span>{at}'
            f'<span class="atk-item atk-date">{when}</span></div>'
            f'<div class="atk-body"><div class="atk-content">{content}</div></div>'
            f'<div class="atk-footer"><div class="atk-actions"><span>Reply</span></div></div></div></div>'
            f'<div class="atk-comment-children">{children}</div></div>')


ARTALK = f"""<html><head><title>After Bagram</title></head><body>
<article><h1>After Bagram</h1><time datetime="2021-07-05">2021-07-05</time>{ARTICLE}</article>
<div class="artalk"><div class="atk-main-editor"><textarea class="atk-textarea"></textarea></div>
<div class="atk-list"><div class="atk-list-header">4 Comments</div><div class="atk-list-body">
{_atk("Saad", "3 days ago", "<p>The base mattered more than anyone admits.</p>",
      children=_atk("Emily", "2 days ago", "<p>It did, for logistics.</p>", "Saad",
                    children=_atk("Saad", "2 days ago", "<p>And for listening posts.</p>", "Emily")
                    + _atk("Ravi", "1 days ago", "<p>Listening posts can move.</p>", "Saad")))}
</div></div></div></body></html>"""


def test_artalk_reply_labels_name_the_parent_where_nesting_stops():
    page = split_html(ARTALK, "artalk.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Saad", "3 days ago", "The base mattered more than anyone admits.", None),
        ("Emily", "2 days ago", "It did, for logistics.", 1),
        ("Saad", "2 days ago", "And for listening posts.", 2),
        ("Ravi", "1 days ago", "Listening posts can move.", 3)]  # nested beside Saad's first, it answers his latest


def _ho(cid: str, name: str, when: str, likes: str, text: str, replies: str = "", reply_to: str = "") -> str:
    thread = f'<a class="hashover-thread-link" href="#hashover-c1">In reply to {reply_to}</a>' if reply_to else ""
    return (f'<div id="hashover-{cid}" class="hashover-comment{" hashover-reply" if reply_to else ""}">'
            f'<div class="hashover-header"><span class="hashover-comment-name hashover-name-plain">{name}</span>{thread}'
            f'</div><div class="hashover-content"><p>{text}</p></div>'
            f'<div class="hashover-footer"><span class="hashover-date"><a class="hashover-date-permalink" '
            f'href="#hashover-{cid}">{when}</a> <span class="hashover-likes">{likes}</span></span>'
            f'<a class="hashover-like">Like</a> <a class="hashover-comment-reply">Reply</a></div>{replies}</div>')


HASHOVER = f"""<html><head><title>The night of Abbottabad</title></head><body>
<article><h1>The night of Abbottabad</h1><p>May 3, 2011</p>{ARTICLE}</article>
<div id="hashover"><div class="hashover-form-section"><textarea></textarea></div>
<div id="hashover-comments">
{_ho("c1", "Imran", "May 3, 2011 9:14 pm", "4 Likes", "Everyone found out from television.",
     _ho("c1r1", "Sadia", "May 3, 2011 10:02 pm", "2 Likes", "Even the ministers did.", reply_to="Imran"))}
{_ho("c2", "Daniel", "May 4, 2011 3:47 am", "1 Like", "Greetings from Ohio.")}
</div></div></body></html>"""


def test_hashover_times_without_the_like_counts_beside_them():
    page = split_html(HASHOVER, "hashover.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Imran", "May 3, 2011 9:14 pm", "Everyone found out from television.", None),
        ("Sadia", "May 3, 2011 10:02 pm", "Even the ministers did.", 1),
        ("Daniel", "May 4, 2011 3:47 am", "Greetings from Ohio.", None)]


def _kmt(cid: int, depth: int, name: str, when: str, text: str, reply_to: str = "") -> str:
    label = (f'<span class="inReplyTo kmt-inreplyto">In reply to <a href="#kmt-{cid - 1}">{reply_to}</a></span>'
             if reply_to else "")
    return (f'<li class="kmt-item kmt-{cid} kmt-child-{depth}" id="kmt-{cid}"><div class="kmt-content">'
            f'<div class="kmt-head"><h3 class="kmt-author"><span itemprop="name">{name}</span></h3>{label}'
            f'<span class="kmt-time"><time datetime="2012-07-04T21:14">{when}</time></span></div>'
            f'<div class="kmt-body"><div class="commentText kmt-text">{text}</div></div>'
            f'<div class="kmt-control"><a class="kmt-reply">Reply</a></div></div></li>')


KOMENTO = f"""<html><head><title>Supply routes reopen</title></head><body>
<div class="item-page"><h2>Supply routes reopen</h2><dl class="article-info"><dd>Published: 04 July 2012</dd></dl>
{ARTICLE}</div>
<div id="section-kmt"><ul class="kmt-list">
{_kmt(101, 0, "Shahid", "Wednesday, 04 July 2012 21:14", "Seven months for the same fee.")}
{_kmt(102, 1, "Naveed", "Wednesday, 04 July 2012 21:40", "The point was the apology.", "Shahid")}
{_kmt(103, 0, "Ayesha", "Thursday, 05 July 2012 08:02", "Trucks are moving again.")}
</ul><div class="kmt-form"><textarea></textarea></div></div></body></html>"""


def test_komento_reply_labels_are_not_text():
    page = split_html(KOMENTO, "komento.html")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Shahid", "Seven months for the same fee.", None),
        ("Naveed", "The point was the apology.", 1),
        ("Ayesha", "Trucks are moving again.", None)]
