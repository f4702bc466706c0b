"""Layouts of the seventeenth blind round (issue 18), each on a short page
written for these tests: a Lobsters thread, a Wikipedia talk page and a Kialo
discussion copied as text; a Discuz! thread, a Lemmy post and a Mastodon
status saved as HTML."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html

STORY = ("American forces killed the commander in a raid near the academy, officials in Washington and "
         "Islamabad said on Monday, adding that the operation lasted forty minutes and that no Pakistani "
         "official had been told in advance. ")

LOBSTERS = f"""Lobsters
Active
Recent
Comments
Search
Login

▲ 23 ▼
Raid near the academy leaves questions in Islamabad (example.pk)
world politics
via rkhalid 3 hours ago | archive | 3 comments

{STORY}

{STORY}

[-] ▲ 12 ▼ jkowalczyk 2 hours ago | link | flag | reply
Never average the casualty counts.
[-] ▲ 8 ▼ rkhalid 2 hours ago | edited 1 hour ago | link | flag | reply
@jkowalczyk yes, exactly.
▲ 1 ▼ sidd_v 20 minutes ago | link | flag | reply
Bookmarked.

About
Tags
Filter
Moderation Log
Privacy
"""


def test_lobsters_heads_with_votes_and_links_a_menu_line_named_comments_and_the_closing_menu():
    page = split_text(LOBSTERS, "lobsters.txt")
    assert page.article.title == "Raid near the academy leaves questions in Islamabad"  # "Comments" is a menu item
    assert page.article.body.startswith("American forces killed")
    assert "via rkhalid 3 hours ago | archive | 3 comments" in page.boilerplate
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("jkowalczyk", "2 hours ago", "Never average the casualty counts.", None),
        ("rkhalid", "2 hours ago", "@jkowalczyk yes, exactly.", 1),  # an "@handle" opening names the comment answered
        ("sidd_v", "20 minutes ago", "Bookmarked.", None)]  # the footer's menu is not its text


TALK = f"""Talk:Raid near the academy
From Wikipedia, the free encyclopedia
This is the talk page for discussing improvements to the Raid article.
WikiProject Pakistan	(Rated B-class)
Casualty figures from the Example Monitor
Latest comment: 10 years ago4 comments3 people in discussion
I propose adding the Monitor's figures. {STORY}

I would welcome views on wording. — Ravi.Khanna (talk) 09:41, 24 October 2013 (UTC) Reply
Support, attributed in the text. Hollis.W (talk · contribs) 11:02, 24 October 2013 (UTC) Reply
@Hollis.W: Agreed. I have put a draft up. Jaan Mohammad Baloch (talk) 15:47, 24 October 2013 (UTC)
the americans never admit it. — Preceding unsigned comment added by 203.0.113.5 (talk) 16:20, 25 October 2013 (UTC)
Retrieved from "https://en.wikipedia.org/w/index.php?title=Talk:Raid"
Privacy policy
"""


def test_wiki_talk_posts_end_with_their_signatures():
    page = split_text(TALK, "talk.txt")
    assert page.article.title == "Casualty figures from the Example Monitor"
    assert str(page.article.published) == "2013-10-24"
    assert page.article.body.endswith("I would welcome views on wording.")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Hollis.W", "11:02, 24 October 2013 (UTC)", "Support, attributed in the text.", None),
        ("Jaan Mohammad Baloch", "15:47, 24 October 2013 (UTC)", "@Hollis.W: Agreed. I have put a draft up.", 1),
        ("203.0.113.5", "16:20, 25 October 2013 (UTC)", "the americans never admit it.", None)]
    assert page.comments[0].posted_at_parsed == dt.datetime(2013, 10, 24, 11, 2)  # the time before the date


KIALO = f"""Kialo
Explore
Log In
Should Pakistan Allow the US to Use Its Bases?
Public discussion
1.4K participants · 27 claims
Thesis
Pakistan should allow the United States to use its air bases.

Background info

{STORY}

Created by Hamza Siddiqui · Jun 21, 2021
Tags: Pakistan · United States

Pros
Sort by: Impact
1.1
Pro
Hosting a limited presence would give Pakistan leverage.
23 votes
6 comments
Created by Bilal Awan · Jun 21, 2021

1.1.1
Con
Sana Rehman
Jun 22, 2021
Edited Jun 24, 2021
That leverage did not materialise after 2001.
Votes 17 · Comments 4
Cons
1.2
Con
Any base would make our cities a target.
Votes: 31 · Comments: 8
Claim info
Written by
Faisal Jatoi
Created
June 21, 2021
Show more
Related discussions
"""


def test_kialo_claims_their_writers_in_three_layouts_and_parents_by_number():
    page = split_text(KIALO, "kialo.txt")
    assert page.article.title == "Should Pakistan Allow the US to Use Its Bases?"
    assert str(page.article.published) == "2021-06-21"
    assert page.article.body.startswith("Pakistan should allow") and "Created by" not in page.article.body
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Bilal Awan", "Jun 21, 2021", "Hosting a limited presence would give Pakistan leverage.", None),
        ("Sana Rehman", "Jun 22, 2021", "That leverage did not materialise after 2001.", 1),  # 1.1.1 answers 1.1
        ("Faisal Jatoi", "June 21, 2021", "Any base would make our cities a target.", None)]


# --- HTML ---------------------------------------------------------------------

def _discuz_post(pid: int, name: str, stamp: str, text: str) -> str:
    return (f'<div id="post_{pid}"><table id="pid{pid}" class="plhin"><tr><td class="pls"><div class="pi">'
            f'<div class="authi"><a href="home.php?mod=space&amp;uid={pid}" class="xw1">{name}</a></div></div></td>'
            f'<td class="plc"><div class="pi"><div class="pti"><div class="authi"><em id="authorposton{pid}">Posted on '
            f'{stamp}</em> <span class="pipe">|</span> <a href="forum.php?authorid={pid}">View author only</a>'
            f'</div></div></div><div class="pct"><table><tr><td class="t_f" id="postmessage_{pid}">{text}</td></tr>'
            f'</table></div><div class="po"><a class="fastre">Reply</a></div></td></tr></table></div>')


DISCUZ = ('<html><head><title>Raid near the academy - Example Forum - Powered by Discuz!</title></head><body>'
          '<h1 class="ts"><span id="thread_subject">Raid near the academy</span></h1><div id="postlist">'
          + _discuz_post(1, "NewsDesk_Bilal", "2021-8-30 09:14", STORY * 2)
          + _discuz_post(2, "delhi_observer", "2021-8-30 10:02", "The safe haven question will not go away.")
          + _discuz_post(3, "Rawalpindi_Rider", '<span title="2021-8-31 09:10">5 days ago</span>',
                         '<div class="quote"><blockquote><font size="2">delhi_observer posted on 2021-8-30 10:02</font>'
                         '<br>The safe haven question will not go away.</blockquote></div>It is not ours alone.')
          + "</div></body></html>")


def test_discuz_posts_a_time_line_is_not_a_poster_and_quotes_name_their_poster():
    page = split_html(DISCUZ, "discuz.html")
    assert page.article.title == "Raid near the academy"
    assert str(page.article.published) == "2021-08-30"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("delhi_observer", "2021-8-30 10:02", "The safe haven question will not go away.", None),
        # not "View author only", the link in the box with the post's time; the time shown, its date a tooltip
        ("Rawalpindi_Rider", "5 days ago", "It is not ours alone.", 1)]


def _lemmy(name: str, text: str, replies: str = "") -> str:
    return (f'<li class="comment" role="comment"><article class="details comment-node"><div class="d-flex text-muted">'
            f'<a class="person-listing text-info" href="/u/{name}"><span>{name}</span></a>'
            f'<span class="me-1 fw-bold">64</span><span class="moment-time" data-tippy-content="Saturday, November 26th, '
            f'2022 at 10:41:02 PM">1 yr. ago</span></div><div class="md-div">{text}</div>'
            f'<div class="d-flex justify-content-between text-muted fw-bold"><button>reply</button></div></article>'
            f'{replies}</li>')


LEMMY = ('<html><head><title>Raid near the academy - Example Lemmy</title></head><body><main>'
         '<div class="post-listing"><h5 class="post-title"><a href="https://example.pk/raid">Raid near the academy</a></h5>'
         '<span class="moment-time" data-tippy-content="Saturday, November 26th, 2022 at 9:12:45 PM">1 yr. ago</span>'
         f'<div class="md-div"><p>{STORY}</p><p>Reported on November 26, 2011.</p></div></div><ul class="comments">'
         + _lemmy("major_retd", "<p>The anger in the ranks was very real.</p>",
                  '<ul class="comments comments-child">'
                  + _lemmy("jess_in_dc", "<blockquote><p>The anger in the ranks was very real.</p></blockquote>"
                                         "<p>Appreciate you sharing that.</p>") + "</ul>")
         + "</ul></main></body></html>")


def test_lemmy_comments_utility_classes_ignored_the_post_dated_by_its_tooltip_and_quotes_of_the_parent_dropped():
    page = split_html(LEMMY, "lemmy.html")
    assert str(page.article.published) == "2022-11-26"  # the post's time, not a date in its text
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("major_retd", "1 yr. ago", "The anger in the ranks was very real.", None),
        ("jess_in_dc", "1 yr. ago", "Appreciate you sharing that.", 1)]


def _toot(name: str, handle: str, href: str, when: str, text: str) -> str:
    return (f'<div class="status__wrapper status__wrapper-reply focusable"><div class="status__line"></div>'
            f'<div class="status status-public status-reply"><div class="status__info"><a class="status__relative-time" '
            f'href="{href}/1"><time datetime="2023-03-03T05:16:09.000Z" title="Mar 3, 2023, 10:16">{when}</time></a>'
            f'<a href="{href}" class="status__display-name"><span class="display-name"><bdi><strong '
            f'class="display-name__html">{name}</strong></bdi> <span class="display-name__account">{handle}</span>'
            f'</span></a></div><div class="status__content"><div class="status__content__text">{text}</div></div>'
            f'<div class="status__action-bar"><button title="Reply">1</button></div></div></div>')


MASTODON = ('<html><head><title>Indus Dispatch (@indusdispatch@mstdn.example.pk)</title></head><body>'
            '<div class="scrollable"><div class="detailed-status"><span class="display-name"><strong '
            'class="display-name__html">Indus Dispatch</strong></span><div class="status__content">'
            f'<p>{STORY}</p><p>{STORY}</p></div><a class="status-card" href="https://example.pk/raid">'
            '<strong class="status-card__title">Raid near the academy leaves questions</strong></a>'
            '<time datetime="2023-03-03T04:14:00.000Z">Mar 3, 2023, 09:14</time></div>'
            + _toot("Farah Siddiqui", "@farah_s@sindh.example", "https://sindh.example/@farah_s", "Mar 3",
                    "<p>The IMF is not really the problem.</p>")
            + _toot("Dan Whitaker", "@dwhitaker@capitol.example", "https://capitol.example/@dwhitaker", "Mar 3",
                    "<p>Debt transparency is a fair ask.</p>")
            + _toot("Bilal Ahmed", "@bilal@lahore.example", "https://lahore.example/@bilal", "Mar 4",
                    '<p>Fair point <a href="https://capitol.example/@dwhitaker" class="u-url mention">@<span>dwhitaker'
                    '</span></a>, but why only the Chinese loans?</p>')
            + "</div></body></html>")


def test_mastodon_status_page_replies_in_wrappers_the_link_card_title_and_mentions_as_parents():
    page = split_html(MASTODON, "mastodon.html")
    assert page.article.title == "Raid near the academy leaves questions"  # not the account's name
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("Farah Siddiqui", "Mar 3", None), ("Dan Whitaker", "Mar 3", None),
        ("Bilal Ahmed", "Mar 4", 2)]  # the mention links to Dan Whitaker's profile
