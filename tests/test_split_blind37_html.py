"""Round 37 of the blind layouts, saved HTML (issue 18), on short pages
written for these tests: a community weblog whose comments each end with
their signature ("posted by NAME at 9:20 AM on May 2, 2011 [3 favorites]"),
replies told only by a quoted line or the name they open with, and a
headline whose date sits in the same heading; a news app's comments named by
CSS modules ("CommentItem_author__Pq91a"); an old news site built as one
form around the page, its story a label split by <br /><br />, comments in
heads of "cname" and "cdate", or in table rows read as text ("Posted by:
NAME, City", "on 7/4/2012 11:02:37 AM", "@NAME: …" replies)."""
from __future__ import annotations

import datetime as dt

from comments.html import split_html

STORY = ("Late on Sunday the President announced that the man had been killed in a raid on a compound "
         "in a garrison town a couple of hours north of the capital.")


def _signed(text, name, time):
    return (f'<div class="comments">{text}<br><span class="smallcopy">posted by <a href="/user/1">{name}</a> '
            f'at <a href="#1">{time}</a> on May 2, 2011 [<a href="/fav/1">3 favorites</a>] '
            f'<span class="toggle">[<a href="/add">+</a>]</span> [<a href="/flag">!</a>]</span></div><br>')


WEBLOG = f"""<html><head><title>Abbottabad | Weblog</title></head><body>
<h1 class="posttitle">Abbottabad<br><span class="smallcopy">May 2, 2011 9:14 AM &nbsp; <a href="/rss">Subscribe</a></span></h1>
<div class="copy">{STORY}<br><br>The compound sits less than a mile from the academy, which is prompting pointed questions
about who knew what, and for how long, in both capitals this week.<br><br>
<span class="smallcopy postbyline">posted by <a href="/user/9">dancing_wombat</a> at 9:14 AM on May 2, 2011 - 4 comments</span></div>
<div id="comments-container">
{_signed("Either this is the greatest intelligence failure in history or it is not a failure at all.", "kestrel_k", "9:20 AM")}
{_signed("<i>Either this is the greatest intelligence failure in history</i><br><br>There is a third option.", "overfond", "9:31 AM")}
{_signed("Indian papers are running with this as vindication already.", "mumbai_mongoose", "9:47 AM")}
{_signed("mumbai_mongoose, I am afraid you are right about that.", "karachi_nights", "9:52 AM")}
</div>
<div id="newcomment"><p class="smallcopy">You are not currently logged in. <a href="/login">Log in</a> to post comments.</p></div>
</body></html>"""


def test_comments_signed_after_their_text_with_replies_told_by_a_quote_or_a_login():
    page = split_html(WEBLOG)
    assert page.article.title == "Abbottabad"
    assert page.article.published == dt.date(2011, 5, 2)
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("kestrel_k", "9:20 AM on May 2, 2011", None), ("overfond", "9:31 AM on May 2, 2011", 1),
        ("mumbai_mongoose", "9:47 AM on May 2, 2011", None), ("karachi_nights", "9:52 AM on May 2, 2011", 3)]
    assert page.comments[1].text == "There is a third option."  # (the quoted line is the other comment's)
    assert page.comments[0].posted_at_parsed == dt.datetime(2011, 5, 2, 9, 20)


def _module_comment(name, when, text, replies=""):
    return f"""<li class="CommentThread_root__Ab3De"><article class="CommentItem_root__3fGhT">
<header class="CommentItem_header__9dJvQ"><span class="Avatar_root__2xWqN" aria-hidden="true">XX</span>
<div class="CommentItem_meta__Hq3Nc"><span class="CommentItem_author__Pq91a">{name}</span>
<time class="CommentItem_time__Xc8pL" dateTime="2021-08-18T07:12:00.000Z">{when}</time></div></header>
<div class="CommentItem_body__1ZsaB"><p>{text}</p></div>
<footer class="CommentItem_actions__Ws6Ty"><button type="button">Reply</button><button type="button">Report</button></footer>
</article>{replies}</li>"""


APP = f"""<html><head><title>After Kabul falls | Meridian</title></head><body><div id="__next">
<article class="ArticlePage_article__p0Hn3"><h1 class="ArticleHeader_headline__x7Kq2">After Kabul falls, Pakistan braces for a colder Washington</h1>
<time class="ArticleHeader_date__Pe1Hs" dateTime="2021-08-18T04:00:00.000Z">August 18, 2021</time>
<div class="ArticleBody_root__Hh3Xc"><p>{STORY}</p><p>{STORY}</p><p>{STORY}</p></div></article>
<section class="Comments_root__Vb7Xk" id="comments"><h2>Comments (3)</h2><ul class="CommentList_root__Fz1Ko">
{_module_comment("Omar Farooq", "5 hours ago", "Twenty years and the same government they removed in 2001.",
                 '<div class="CommentThread_replies__Lm8Vd"><ul>'
                 + _module_comment("Daniel Brooks", "4 hours ago", "Nobody says Pakistan is the only one to blame.")
                 + "</ul></div>")}
{_module_comment("Anil Kapoor", "3 hours ago", "The real test for Pakistan starts now.")}
</ul></section></div></body></html>"""


def test_class_names_hashed_by_css_modules_are_read_by_component_and_part():
    page = split_html(APP)
    assert [(c.author, c.posted_at, c.parent, c.text) for c in page.comments] == [
        ("Omar Farooq", "5 hours ago", None, "Twenty years and the same government they removed in 2001."),
        ("Daniel Brooks", "4 hours ago", 1, "Nobody says Pakistan is the only one to blame."),
        ("Anil Kapoor", "3 hours ago", None, "The real test for Pakistan starts now.")]


def _form_page(comments_html):
    return f"""<html><head><title>Raymond Davis freed after blood money paid to victims' families - Daily Mirror</title>
</head><body>
<form name="aspnetForm" method="post" action="NewsDetail.aspx?NewsID=1" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWBAIBDw8WAh4EVGV4dAUG" />
<table width="100%"><tr><td class="newsheading"><span id="ctl00_ContentPlaceHolder1_lblHeadline" class="headline">Raymond Davis freed after blood money paid to victims' families</span></td></tr>
<tr><td class="newsdate"><span id="ctl00_ContentPlaceHolder1_lblDate" class="date">Thursday, March 17, 2011</span></td></tr>
<tr><td class="newstext"><span id="ctl00_ContentPlaceHolder1_lblStory" class="story">LAHORE: {STORY}<br /><br />The case had strained relations between the two capitals for nearly seven weeks, with officials insisting on immunity.<br /><br />Officials said he was driven straight to the airport and flown out of the country within hours.</span></td></tr></table>
<div class="commentsbox"><div class="commentsheader">Readers' Comments ({comments_html.count('lnkReport')})</div>
{comments_html}</div>
<div class="postcomment">Post your comment<br />Name: <input name="ctl00$ContentPlaceHolder1$txtName" type="text" /><br />
<textarea name="ctl00$ContentPlaceHolder1$txtComment"></textarea><br />
<a id="ctl00_ContentPlaceHolder1_btnSubmit" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$btnSubmit','')">Submit</a></div>
</form></body></html>"""


def _head_comment(n, name, when, text):
    return f"""<div class="comment"><div class="commenthead">
<span id="ctl00_ContentPlaceHolder1_rptComments_ctl0{n}_lblName" class="cname">{name}</span>
<span id="ctl00_ContentPlaceHolder1_rptComments_ctl0{n}_lblCommentDate" class="cdate">{when}</span></div>
<div class="commentbody"><span id="ctl00_ContentPlaceHolder1_rptComments_ctl0{n}_lblComment">{text}</span></div>
<div class="commentlinks"><a id="ctl00_ContentPlaceHolder1_rptComments_ctl0{n}_lnkReport" href="javascript:__doPostBack('x','')">Report Abuse</a></div></div>"""


def test_a_form_around_the_page_its_story_in_one_label_and_comments_headed_cname_and_cdate():
    page = split_html(_form_page(
        _head_comment(1, "Imran Qureshi (Rawalpindi)", "3/17/2011 8:05:11 AM", "Shame on the whole system.")
        + _head_comment(2, "Saima Batool (Faisalabad)", "3/17/2011 8:41:36 AM", "Do not blame the families.")))
    assert page.article.title == "Raymond Davis freed after blood money paid to victims' families"
    assert page.article.published == dt.date(2011, 3, 17)
    assert page.article.body.startswith("LAHORE: Late on Sunday")
    assert page.article.body.endswith("flown out of the country within hours.")
    assert len(page.article.body.split("\n\n")) == 3
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Imran Qureshi (Rawalpindi)", "3/17/2011 8:05:11 AM", "Shame on the whole system."),
        ("Saima Batool (Faisalabad)", "3/17/2011 8:41:36 AM", "Do not blame the families.")]


def _row_comment(n, name, city, when, text):
    return f"""<tr><td class="commentinfo">Posted by: <span id="ctl00_ContentPlaceHolder1_rptComments_ctl0{n}_lblName">{name}</span>, <span id="ctl00_ContentPlaceHolder1_rptComments_ctl0{n}_lblCity">{city}</span></td>
<td class="commentinfo">on <span id="ctl00_ContentPlaceHolder1_rptComments_ctl0{n}_lblCommentDate">{when}</span></td></tr>
<tr><td colspan="2" class="commenttext"><span id="ctl00_ContentPlaceHolder1_rptComments_ctl0{n}_lblComment">{text}</span></td></tr>
<tr><td colspan="2"><a id="ctl00_ContentPlaceHolder1_rptComments_ctl0{n}_lnkReport" href="javascript:__doPostBack('x','')">Report Abuse</a></td></tr>"""


def test_posted_by_heads_with_a_city_and_an_on_date_line_and_at_name_replies():
    page = split_html(_form_page(
        '<table class="commentstable">'
        + _row_comment(1, "Asad Mehmood", "Islamabad", "7/4/2012 11:02:37 AM", "So all we got is one sorry.")
        + _row_comment(2, "Bilal Chaudhry", "Sialkot", "7/4/2012 11:26:14 AM", "@Asad Mehmood: What else did you expect?")
        + "</table>"))
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("Asad Mehmood, Islamabad", "7/4/2012 11:02:37 AM", None),
        ("Bilal Chaudhry, Sialkot", "7/4/2012 11:26:14 AM", 1)]
