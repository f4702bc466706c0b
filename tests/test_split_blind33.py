"""Round 33 of the blind layouts, saved HTML (issue 18), each on a short page
written for these tests: a blog with an embedded discussion whose comments are
"m-post" boxes (a top comment marked "m-has-replies" is no replies box), and an
old table-laid forum topic (messages in "post_inner", quotes labelled
"Originally Posted By:" with the reply's words after them, "[Re: NAME]" links
to the post answered, dates with two-digit years written month first)."""
from __future__ import annotations

import datetime as dt

from comments.html import split_html


def _muut_post(kind: str, name: str, text: str, has_replies: bool = False) -> str:
    return f"""<div class="m-{kind} m-post{' m-has-replies' if has_replies else ''}">
<a class="m-facelink" href="#!/@{name}" title="{name}"><img class="m-face" src="a.jpg" alt=""></a>
<div class="m-post-wrap"><div class="m-meta"><a class="m-username" href="#!/@{name}">{name}</a>
<a class="m-created" href="#!/x"><time datetime="2016-05-03T10:00:00Z" title="Tue May 03 2016">3 days ago</time></a></div>
<div class="m-body"><p>{text}</p></div><div class="m-tools"><a class="m-like" role="button">Like</a>
<a class="m-reply-link" role="button">Reply</a></div></div></div>"""


BLOG = f"""<html><head><title>The F-16 subsidy, one year on | Indus &amp; Potomac</title></head><body>
<header><a href="/">Indus &amp; Potomac</a></header><article><h1>The F-16 subsidy, one year on</h1>
<p class="byline">By Sana Iqbal, May 3, 2016</p>
<p>A year ago Congress refused to pay for part of the F-16 sale, and Pakistan was told to find the whole price itself.</p>
<p>The planes never came, and the argument about who needed whom more has not ended either.</p></article>
<div class="muut"><div class="m-moots">
<div class="m-moot m-has-replies">{_muut_post("seed", "hamzamalik", "The sale died in Congress, not in Islamabad.", True)}
<div class="m-replies">{_muut_post("reply", "dwhitcomb", "Congress had its reasons, and they were not secret.")}</div></div>
<div class="m-moot">{_muut_post("seed", "priya_r", "Nobody in Delhi was sorry to see it go.")}</div>
<div class="m-moot m-has-replies">{_muut_post("seed", "oliver_b", "The real loss was the maintenance contract.", True)}
<div class="m-replies">{_muut_post("reply", "ayesha_s", "That contract came back in 2019 anyway.")}</div></div>
</div></div></body></html>"""


def test_embedded_discussion_posts_and_a_top_comment_marked_as_having_replies():
    page = split_html(BLOG, "blog.html")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("hamzamalik", None), ("dwhitcomb", 1), ("priya_r", None), ("oliver_b", None), ("ayesha_s", 4)]
    assert page.comments[3].text == "The real loss was the maintenance contract."


def _ubb_post(number: int, subject: str, name: str, date: str, body: str, answers: str | None = None) -> str:
    link = (f' <span class="small">[<a href="/topics/1/Re#Post{answers.split(":")[0]}">Re: {answers.split(":")[1]}</a>]'
            "</span>" if answers else "")
    return f"""<a name="Post{number}" id="Post{number}"></a><table class="t_outer"><tr><td><table class="t_inner">
<tr><td class="subjecttable" colspan="2"><b>{subject}</b>{link}
<span class="small">#<a href="#Post{number}">{number}</a> - <span class="date">{date}</span> <span class="time">09:14 PM</span></span>
</td></tr><tr><td class="author-content"><a href="/users/{name}"><span class='username'>{name}</span></a><br />
<span class="small">Joined: Aug 2005<br />Posts: 6,530</span></td>
<td class="post-content alt-1"><div class="post_inner"><div id="body{number}">{body}</div></div></td></tr>
<tr><td class="post-options"><a href="/newreply/{number}">Reply</a> <a href="/quote/{number}">Quote</a>
<a href="#top">Top</a></td></tr></table></td></tr></table>"""


FORUM = f"""<html><head><title>Supply routes reopen after seven months - Crescent Forums</title></head><body>
<div id="header">Crescent Forums</div>
{_ubb_post(1001, "Supply routes reopen after seven months", "Aslam_C", "07/03/12",
           "Trucks crossed at Torkham this morning for the first time since November.<br /><br />"
           "The fee stays where it was. Who blinked?")}
{_ubb_post(1002, "Re: Supply routes reopen after seven months", "TexanInIsb", "07/03/12",
           "Washington blinked on the apology, Islamabad on the fee.", answers="1001:Aslam_C")}
{_ubb_post(1003, "Re: Supply routes reopen after seven months", "Rizwan_M", "07/04/12",
           '<div class="ubbcode-block"><div class="ubbcode-header">Originally Posted By: <a href="#Post1002">TexanInIsb'
           '</a></div><div class="ubbcode-body">Washington blinked on the apology, Islamabad on the fee.</div></div>'
           "Nobody blinked; both needed the road.", answers="1002:TexanInIsb")}
{_ubb_post(1004, "Re: Supply routes reopen after seven months", "Aslam_C", "07/05/12",
           "Fair. The drivers are the ones who pay either way.", answers="1001:Aslam_C")}
</body></html>"""


def test_table_forum_quotes_re_links_and_month_first_short_dates():
    page = split_html(FORUM, "forum.html")
    assert page.article.title == "Supply routes reopen after seven months"
    assert page.article.published == dt.date(2012, 7, 3)
    assert page.article.body.startswith("Trucks crossed at Torkham")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("TexanInIsb", None), ("Rizwan_M", 1), ("Aslam_C", None)]  # (the last answers the opening post)
    assert page.comments[1].text == "Nobody blinked; both needed the road."
    assert page.comments[1].posted_at_parsed == dt.datetime(2012, 7, 4, 21, 14)
