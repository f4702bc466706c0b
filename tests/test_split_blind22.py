"""Layouts of the twenty-second blind round (issue 18), each on a short page
written for these tests: a XenForo thread, an old "Have Your Say" debate and
a portal's message board copied as text; a Stack Exchange question, a Twikoo
and a Waline comment widget saved as HTML."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

STORY = ("American forces killed the commander in a raid near the academy, officials in Washington and "
         "Islamabad said on Monday, adding that the operation lasted forty minutes and that no Pakistani "
         "official had been told in advance.")

XENFORO = f"""Example Strategic Forum
Forums
New posts
JavaScript is disabled. For a better experience, please enable JavaScript in your browser before proceeding.
You are using an out of date browser. It may not display this or other websites correctly.
Raid near the academy leaves questions
Thread starter Khan_Sahib
Start date May 2, 2011
K
Khan_Sahib
SENIOR MEMBER
Joined
Mar 14, 2009
Messages
6,412
Reaction score
3
Country
Location
May 2, 2011
#1
{STORY}

{STORY}
Report
Like Reply
Reactions: Nayyar and 4 others
Nayyar
ELITE MEMBER
Joined
Jan 26, 2008
Messages
16,901
May 2, 2011
#2
Where was our air defence that night?
Ilm hasil karo.
Report
Like Reply
Texan_Eagle
FULL MEMBER
Joined
Feb 11, 2011
Location
Austin
Saturday at 4:41 PM
#3
Nayyar said:
Where was our air defence
Click to expand...
Asleep, like everyone else.

Nobody will admit it.
Last edited: May 3, 2011
Report
Like Reply
You must log in or register to reply here.
"""


def test_xenforo_thread_copy_posters_over_numbered_dates_quotes_signatures_and_edit_notes():
    page = split_text(XENFORO, "xenforo.txt")
    assert page.article.title == "Raid near the academy leaves questions"
    assert str(page.article.published) == "2011-05-02"
    assert page.article.body == f"{STORY}\n\n{STORY}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Nayyar", "May 2, 2011", "Where was our air defence that night?", None),  # "Ilm hasil karo." signs it
        ("Texan_Eagle", "Saturday at 4:41 PM", "Asleep, like everyone else.\n\nNobody will admit it.", 1)]
    assert "Ilm hasil karo." in page.boilerplate


HAVE_YOUR_SAY = f"""BBC NEWS
News Front Page
Have Your Say
Page last updated at 12:27 GMT, Wednesday, 13 January 2010
E-mail this to a friend
Printable version
Are drone strikes justified?
{STORY}

{STORY}
Comments
All comments (642)
Newest first | Oldest first | Highest rated
Comment number 1.
Added: Wednesday, 13 January 2010 at 12:41
Bilal_P
Every strike makes ten new recruits.
Complain about this comment
Rating: +48
Rate this comment positively
Comment number 2.
This comment was removed because the moderators found it broke the house rules. Explanation
Comment number 3.
Added: Wednesday, 13 January 2010 at 12:52
Sgt_Pepper
In reply to comment number 1
What is the alternative, then?
Complain about this comment
Rating: -3
Rate this comment negatively
Previous
Next
"""

# the older layout: the text above its head, the head's footer right under it
TEXT_FIRST = f"""BBC NEWS
Page last updated at 11:36 GMT, Thursday, 8 October 2009
Printable version
Should aid come with strings attached?
{STORY}

{STORY}
Comments
Sorted by: Highest rated
Of course there should be conditions.
Comment number 212.
Added: Thursday, 8 October 2009 at 13:02
ColoradoMike
Complain about this comment
+187
Take the money.
Comment number 57.
Added: Thursday, 8 October 2009 at 12:14
Kamran1971
Complain about this comment
+164
"""


def test_numbered_comments_with_the_head_above_or_under_the_text_reply_numbers_and_removed_comments():
    page = split_text(HAVE_YOUR_SAY, "hys.txt")
    assert page.article.title == "Are drone strikes justified?"
    assert str(page.article.published) == "2010-01-13"  # the page shows only its last update
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Bilal_P", "Wednesday, 13 January 2010 at 12:41", "Every strike makes ten new recruits.", None),
        ("Sgt_Pepper", "Wednesday, 13 January 2010 at 12:52", "What is the alternative, then?", 1)]
    page = split_text(TEXT_FIRST, "hys_old.txt")
    assert page.article.title == "Should aid come with strings attached?"
    assert [(c.author, c.text) for c in page.comments] == [
        ("ColoradoMike", "Of course there should be conditions."), ("Kamran1971", "Take the money.")]


BOARD = f"""Example.com
Mail
Shopping
Make Example.com my homepage
Example.com  » News  » Mullen blames the Haqqanis
Mullen blames the Haqqanis
Last updated on: September 23, 2011 10:18 IST
Our Correspondent in Washington
Comments (187)
{STORY}

{STORY}
Message Board
Post a message
Sort by: Latest first | Oldest first
Finally the truth (2 replies)
by Anand K on Sep 23, 2011 11:05 AM
India has said this for years.
Reply | Forward | Report abuse
Re: Finally the truth
by Waqar Y on Sep 23, 2011 11:22 AM
Easy to blame the ISI for everything.
Reply | Forward | Report abuse
Re: Re: Finally the truth
by Anand K on Sep 23, 2011 11:40 AM
It is their own admiral saying it now.
Reply | Forward | Report abuse
Mullen retiring anyway (0 replies)
by Harish C on Sep 23, 2011 11:48 AM
He retires next week.
Reply | Forward | Report abuse
To post a message you must be signed in. Sign in | Create an account
"""


def test_message_board_subjects_are_not_text_and_their_re_depth_gives_the_parent():
    page = split_text(BOARD, "board.txt")
    assert page.article.title == "Mullen blames the Haqqanis"  # under the breadcrumb trail that ends with it
    assert page.article.body == f"{STORY}\n\n{STORY}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Anand K", "Sep 23, 2011 11:05 AM", "India has said this for years.", None),
        ("Waqar Y", "Sep 23, 2011 11:22 AM", "Easy to blame the ISI for everything.", 1),
        ("Anand K", "Sep 23, 2011 11:40 AM", "It is their own admiral saying it now.", 2),
        ("Harish C", "Sep 23, 2011 11:48 AM", "He retires next week.", None)]


def _se_post(kind: str, body: str, cards: str, comments: str) -> str:
    return (f'<div class="{kind}"><div class="postcell"><div class="s-prose js-post-body">{body}</div>'
            f'<div class="d-flex">{cards}</div></div>'
            f'<ul class="comments-list js-comments-list">{comments}</ul></div>')


def _se_card(action: str, when: str, name: str) -> str:
    return (f'<div class="post-signature"><div class="user-action-time">{action} '
            f'<span class="relativetime" title="x">{when}</span></div>'
            f'<div class="user-details"><a href="/users/1">{name}</a></div></div>')


def _se_comment(text: str, name: str, when: str) -> str:
    return (f'<li class="comment js-comment"><div class="comment-text"><div class="comment-body">'
            f'<span class="comment-copy">{text}</span> – <a class="comment-user" href="/users/2">{name}</a> '
            f'<span class="comment-date"><span class="relativetime-clean">{when}</span></span></div></div></li>')


QUESTION = " ".join(f"<p>{STORY}</p>" for _ in range(3))
STACK = f"""<html><head><title>Why did the routes stay closed? - Politics Stack Exchange</title></head><body>
<div id="question-header"><h1><a class="question-hyperlink">Why did the routes stay closed?</a></h1></div>
<div id="mainbar">
{_se_post("question", QUESTION, _se_card("asked", "Mar 4, 2019 at 9:14", "Usman T"),
          _se_comment("Related: the apology question.", "Rajesh I", "Mar 4, 2019 at 10:02"))}
<div id="answers">
{_se_post("answer js-answer", "<p>Because the closure became a renegotiation.</p>",
          _se_card("edited", "Mar 6, 2019 at 8:11", "K. Mortimer") + _se_card("answered", "Mar 4, 2019 at 14:30", "Sikandar B"),
          _se_comment("Good answer.", "Rajesh I", "Mar 4, 2019 at 15:12"))}
{_se_post("answer js-answer", "<p>Domestic politics, mostly.</p>", _se_card("answered", "Mar 11, 2019 at 17:55", "ayesha_k"), "")}
</div>
<form class="post-form"><h2>Your Answer</h2><textarea></textarea></form>
</div></body></html>"""


def test_stack_exchange_answers_and_comments_editors_cards_and_the_question_as_article():
    page = split_html(STACK, "se.html")
    assert page.article.title == "Why did the routes stay closed?"
    assert STORY in page.article.body and "Related: the apology question." not in page.article.body
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Rajesh I", "Mar 4, 2019 at 10:02", "Related: the apology question.", None),
        ("Sikandar B", "Mar 4, 2019 at 14:30", "Because the closure became a renegotiation.", None),  # not the editor
        ("Rajesh I", "Mar 4, 2019 at 15:12", "Good answer.", 2),
        ("ayesha_k", "Mar 11, 2019 at 17:55", "Domestic politics, mostly.", None)]


def _tk(cid: str, name: str, when: str, content: str, replies: str = "") -> str:
    return (f'<div class="tk-comment" id="{cid}"><div class="tk-main"><div class="tk-row"><div class="tk-meta">'
            f'<span class="tk-nick"><strong>{name}</strong></span><small class="tk-time">{when}</small></div>'
            f'<div class="tk-action"><a class="tk-action-link"><span class="tk-action-count">3</span></a></div></div>'
            f'<div class="tk-content">{content}</div>'
            f'<div class="tk-replies">{replies}</div></div></div>')


ARTICLE = " ".join(f"<p>{STORY}</p>" for _ in range(4))
TWIKOO = f"""<html><head><title>After Kabul | A blog</title></head><body>
<article><h1 class="post-title">After Kabul</h1><time datetime="2021-09-01">2021-09-01</time>{ARTICLE}</article>
<div id="twikoo"><div class="tk-comments"><div class="tk-comments-title">3 comments</div>
<div class="tk-submit"><textarea class="tk-input"></textarea><button>Send</button></div>
<div class="tk-comments-container">
{_tk("a1", "Ravi", "4 days ago", "<p>The US is looking for someone to blame, not a broker.</p>",
     _tk("a2", "Zara", "4 days ago",
         '<span>Reply </span><a href="#a1">@Ravi</a><span>: </span><blockquote><p>looking for someone... not a broker</p>'
         '</blockquote><p>Harsh, but fair.</p>')
     + _tk("a3", "Ravi", "3 days ago", '<span>Reply </span><a href="#a2">@Zara</a><span>: </span><p>Thanks.</p>'))}
</div><div class="tk-footer">Powered by Twikoo</div></div></div></body></html>"""


def test_twikoo_reply_labels_name_the_comment_answered_and_quotes_cut_short_are_not_text():
    page = split_html(TWIKOO, "twikoo.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Ravi", "4 days ago", "The US is looking for someone to blame, not a broker.", None),
        ("Zara", "4 days ago", "Harsh, but fair.", 1),
        ("Ravi", "3 days ago", "Thanks.", 2)]  # in its root's replies box, it answers Zara


def _wl(name: str, when: str, content: str, quote: str = "") -> str:
    return (f'<div class="wl-card-item"><div class="wl-user"><img class="wl-user-avatar"></div><div class="wl-card">'
            f'<div class="wl-head"><span class="wl-nick">{name}</span><span class="wl-time">{when}</span>'
            f'<div class="wl-comment-actions"><button class="wl-like">4</button></div></div>'
            f'<div class="wl-meta"><span class="wl-browser">Chrome 131.0</span></div>'
            f'<div class="wl-content">{content}</div>'
            + (f'<div class="wl-quote">{quote}</div>' if quote else "") + "</div></div>")


WALINE = f"""<html><head><title>Salala at thirteen</title></head><body>
<article><h1>Salala at thirteen</h1><time datetime="2024-11-26">Nov 26, 2024</time>{ARTICLE}</article>
<div class="comments"><div id="waline">
<div class="wl-comment"><div class="wl-panel"><div class="wl-header"><input class="wl-input wl-nick"></div>
<textarea class="wl-editor"></textarea><div class="wl-footer"><span class="wl-text-number">0 Words</span>
<button class="wl-btn">Submit</button></div></div></div>
<div class="wl-meta-head"><div class="wl-count">4 Comments</div></div>
<div class="wl-cards">
{_wl("Hamza", "2 days ago", "<p>My uncle was posted in Mohmand then.</p>",
     _wl("Faraz", "1 days ago", '<p><a class="at" href="#1">@Hamza</a> : He should write about it.</p>'))}
{_wl("Priya", "5 days ago", "<p>Both things can be true.</p>")}
{_wl("Dan", "6 days ago", "<p>Salala was a mess on both sides.</p>")}
</div><div class="wl-power">Powered by Waline</div></div></div></body></html>"""


def test_waline_cards_the_form_panel_is_no_comment_and_the_wrapper_no_row():
    page = split_html(WALINE, "waline.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Hamza", "2 days ago", "My uncle was posted in Mohmand then.", None),
        ("Faraz", "1 days ago", "He should write about it.", 1),
        ("Priya", "5 days ago", "Both things can be true.", None), ("Dan", "6 days ago", "Salala was a mess on both sides.", None)]


def test_html_comments_inside_a_heading_do_not_break_the_article():
    # Vue's server rendering leaves "<!--[-->" markers in headings; trafilatura 2.0 fails on them
    page = split_html(f"<html><body><article><h1><!--[-->Aid and its strings<!--]--></h1>"
                      f"<h2><!--[-->Part one<!--]--></h2>{ARTICLE}</article></body></html>", "vue.html")
    assert STORY in page.article.body
