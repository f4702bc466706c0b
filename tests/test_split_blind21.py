"""Layouts of the twenty-first blind round (issue 18), each on a short page
written for these tests: a vBulletin thread view, a Hindustan Times-style
article and a Facebook group post copied as text; a bbPress topic, a Drupal
forum topic and the Telegram comments widget saved as HTML."""
from __future__ import annotations

from comments import split_text

STORY = ("American forces killed the commander in a raid near the academy, officials in Washington and "
         "Islamabad said on Monday, adding that the operation lasted forty minutes and that no Pakistani "
         "official had been told in advance.")

FORUM = f"""Example Cricket Forum
Forum
Pakistan & World News
Thread: Raid near the academy leaves questions
Reply to Thread
Thread Tools
05-03-2016, 10:27 AM #1
Shaheen_Eagle
Senior Member
Join Date: Sep 2012
Posts: 7,204
Raid near the academy leaves questions
{STORY}

{STORY}
__________________
Shaheen ki parwaz.
Reply With Quote
05-03-2016, 10:41 AM #2
Saqlain_Doosra
Member
Join Date: Mar 2013
Location: Faisalabad
Shameful.
Last edited by Saqlain_Doosra; 05-03-2016 at 10:45 AM. Reason: typo
Reply With Quote
05-03-2016, 10:52 AM #3
TexasTom
Member
Join Date: Nov 2015
Quote Originally Posted by Saqlain_Doosra View Post
Shameful.
Not shameful, just expected.
Reply With Quote
Similar Threads
Last Post: 02-14-2016, 07:49 PM
"""


def test_thread_view_posts_numbered_dates_profile_fields_signatures_and_quotes():
    page = split_text(FORUM, "forum.txt")
    assert page.article.title == "Raid near the academy leaves questions"
    # "05-03-2016" is May 3: the page's "02-14-2016" can only be read month first
    assert str(page.article.published) == "2016-05-03"
    assert page.article.body == f"{STORY}\n\n{STORY}"  # the signature under the rule is not body
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Saqlain_Doosra", "05-03-2016, 10:41 AM", "Shameful.", None),
        ("TexasTom", "05-03-2016, 10:52 AM", "Not shameful, just expected.", 1)]


NEWS = f"""Example Times
Home
World
Home / World News / Raid near the academy leaves questions in Islamabad
Raid near the academy leaves questions in Islamabad
The operation lasted forty minutes and no Pakistani official was told.
By News Desk
Updated on Sep 08, 2022 09:47 AM IST
Read Time: 3 mins
The compound near the academy after the raid. (File)
{STORY}

Also Read | Pakistan floods: US announces relief aid

{STORY}

(Except for the headline, this story has not been edited by Example staff and is published from a syndicated feed.)
Track Latest News Live on Example.com and get news updates from India and around the world.
"""


def test_breadcrumbs_over_a_repeated_headline_read_times_captions_and_syndication_notes():
    page = split_text(NEWS, "news.txt")
    assert page.article.title == "Raid near the academy leaves questions in Islamabad"
    assert str(page.article.published) == "2022-09-08"
    assert STORY in page.article.body
    for furniture in ("Also Read", "Read Time", "(File)", "Except for the headline", "Track Latest News"):
        assert furniture not in page.article.body


GROUP = f"""Facebook
Example Community Forum
Public group · 12K members
Join group
Saima Akhtar
Top contributor
 · 
January 9, 2023
 · 
My brother waited 14 months last year just for an interview date. {STORY}

{STORY}
EXAMPLE.COM
Raid near the academy leaves questions in Islamabad
The operation lasted forty minutes.
All reactions:
1.1K
318 comments
Like
Comment
Share
Most relevant
Usman Ghani
Still 8 months for the Karachi consulate though.
18
Like · Reply · 1y
Saima Akhtar
Author
Top contributor
Usman Ghani true, Karachi is still bad.
27
Like · Reply · 1y · Edited
View more comments
"""


def test_group_post_with_badges_under_names_tagged_replies_and_edited_footers():
    page = split_text(GROUP, "group.txt")
    assert page.article.title == "Raid near the academy leaves questions in Islamabad"
    assert str(page.article.published) == "2023-01-09"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Usman Ghani", "1y", "Still 8 months for the Karachi consulate though.", None),
        ("Saima Akhtar", "1y", "Usman Ghani true, Karachi is still bad.", 1)]


def _bbp(n: int, name: str, when: str, text: str, replies: str = "") -> str:
    return (f'<li><div id="post-{n}" class="bbp-reply-header"><span class="bbp-reply-post-date">{when}</span></div>'
            f'<div class="post-{n} reply"><div class="bbp-reply-author"><a class="bbp-author-link">'
            f'<span class="bbp-author-name">{name}</span></a><div class="bbp-author-role">Participant</div></div>'
            f'<div class="bbp-reply-content"><p>{text}</p><div class="bbp-signature">Views my own</div></div></div>'
            f'{replies and f"<ul class={chr(39)}bbp-threaded-replies{chr(39)}>{replies}</ul>"}</li>')


BBPRESS = ('<html><head><title>The raid | Example Forums</title></head><body><div id="bbpress-forums">'
           '<ul class="forums bbp-replies"><li class="bbp-header"><div class="bbp-reply-author">Author</div>'
           '<div class="bbp-reply-content">Posts</div></li>'
           + _bbp(1, "Imran Siddiqui", "October 8, 2009 at 8:15 pm", f"{STORY} {STORY}")
           + _bbp(2, "Ali_Hassan", "October 8, 2009 at 9:02 pm", "Strings attached, as always.",
                  _bbp(3, "Jennifer W.", "October 8, 2009 at 10:40 pm", "Which strings?",
                       _bbp(4, "Ali_Hassan", "October 8, 2009 at 11:05 pm", "Civilian control of the army.")))
           + _bbp(5, "Sana Mirza", "October 9, 2009 at 8:00 am", "Good thread.")
           + "</ul></div></body></html>")


def test_bbpress_topic_threaded_replies_signatures_and_the_header_row():
    from comments.html import split_html

    page = split_html(BBPRESS, "bbpress.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Ali_Hassan", "October 8, 2009 at 9:02 pm", "Strings attached, as always.", None),
        ("Jennifer W.", "October 8, 2009 at 10:40 pm", "Which strings?", 1),
        ("Ali_Hassan", "October 8, 2009 at 11:05 pm", "Civilian control of the army.", 2),
        ("Sana Mirza", "October 9, 2009 at 8:00 am", "Good thread.", None)]  # not a reply: no list around it


def _drupal(n: int, name: str, when: str, text: str) -> str:
    return (f'<div id="post-{n}" class="forum-post clearfix"><div class="forum-post-info"><div class="forum-posted-on">'
            f'<span>{when}</span></div></div><div class="forum-post-panel-sub"><div class="author-pane">'
            f'<a class="username" href="/users/{n}">{name}</a><div>Joined: 03/12/2009</div></div></div>'
            f'<div class="forum-post-panel-main"><div class="forum-post-title">Re: The raid</div>'
            f'<div class="forum-post-content"><div class="field-name-comment-body">{text}</div></div></div></div>')


DRUPAL = ('<html><head><title>The raid | Example Forum</title></head><body><div id="forum-comments">'
          + _drupal(1, "lahori_munda", "Wed, 03/16/2011 - 19:05", f"<p>{STORY}</p><p>{STORY}</p>")
          + _drupal(2, "Kamran Butt", "Wed, 03/16/2011 - 19:32", "<p>Diyat was always the exit.</p>")
          + '<div class="indented">'
          + _drupal(3, "sarah_k", "Wed, 03/16/2011 - 20:10",
                    '<div class="quote-msg"><div class="quote-author"><em>Kamran Butt</em> wrote:</div>Diyat was always '
                    'the exit.</div><p>Politically it is a disaster.</p>')
          + "</div>"
          + _drupal(4, "Abdul Wahab", "Wed, 03/16/2011 - 22:47", "<p>What about the third man?</p>")
          + "</div></body></html>")


def test_drupal_forum_posts_indented_replies_and_quote_boxes():
    from comments.html import split_html

    page = split_html(DRUPAL, "drupal.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Kamran Butt", "Wed, 03/16/2011 - 19:32", "Diyat was always the exit.", None),
        # the quote box goes, the text after it stays; the indented box after a post holds its replies
        ("sarah_k", "Wed, 03/16/2011 - 20:10", "Politically it is a disaster.", 1),
        ("Abdul Wahab", "Wed, 03/16/2011 - 22:47", "What about the third man?", None)]


def _tg(n: int, name: str, text: str, answers: tuple[str, str] | None = None) -> str:
    head = (f'<a href="#comment-{n - 1}" class="bc-comment-reply-head"><div class="bc-comment-reply-name">{answers[0]}'
            f'</div><div class="bc-comment-reply-text">{answers[1]}</div></a>') if answers else ""
    return (f'<div class="bc-comment" id="comment-{n}"><div class="bc-comment-box"><div class="bc-comment-head">'
            f'<span class="bc-comment-author-name">{name}</span><a class="bc-comment-date-link">'
            f'<time class="bc-comment-date" datetime="2023-01-1{n}T10:00:00Z">2 days ago</time></a></div>{head}'
            f'<div class="bc-comment-text">{text}</div><a class="bc-comment-reply">Reply</a></div></div>')


TELEGRAM = ('<html><head><title>The raid | Example Wire</title></head><body><article><h1>The raid near the academy</h1>'
            f'<p>{STORY}</p><p>{STORY}</p></article><div class="bc-comments">'
            + _tg(1, "Asad Mehmood", "Applied for my parents in January, interview given for September.")
            + _tg(2, "Hina", "Dubai is faster, people go there now.", ("Asad Mehmood", "Applied for my parents in…"))
            + "</div></body></html>")


def test_telegram_widget_reply_previews_are_neither_text_nor_author_but_name_the_parent():
    from comments.html import split_html

    page = split_html(TELEGRAM, "telegram.html")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Asad Mehmood", "Applied for my parents in January, interview given for September.", None),
        ("Hina", "Dubai is faster, people go there now.", 1)]
