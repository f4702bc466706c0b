"""Layouts of the sixteenth blind round (issue 18), each on a short page written
for these tests: a Discord channel, a Stack Exchange question and a Tumblr
reblog chain copied as text; MyBB and NodeBB threads and a new-Reddit
(shreddit) post saved as HTML."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.dates import parse_date_text
from comments.html import split_html

STORY = ("American forces killed the commander in a raid near the academy, officials in Washington and "
         "Islamabad said on Monday, adding that the operation lasted forty minutes and that no Pakistani "
         "official had been told in advance. ")

DISCORD = f"""Example Server
world-news
Links only. Discuss below.
Pinned Messages
March 4, 2023
News Feed BOT — Today at 3:42 PM
New story from The Example Ledger 📰
https://example.pk/raid-story
The Example Ledger
Raid near the academy leaves questions in Islamabad
{STORY}
{STORY}
News Feed • Today at 3:42 PM
🔥 3
Sana K. — Today at 3:47 PM
first time I agree with the ministry tbh
second message from me, same thought
👍 4
@Sana K. second message from me, same thought
Omar DELH — Today at 3:55 PM
Which ministry though? (edited)
March 5, 2023
Tom H. — 03/05/2023 9:14 AM
American here, we barely heard of it.
hassan is typing...
Message #world-news
"""


def test_discord_channel_post_embed_reply_previews_and_consecutive_messages():
    page = split_text(DISCORD, "discord.txt")
    assert page.article.title == "Raid near the academy leaves questions in Islamabad"
    assert page.article.body.startswith("American forces killed") and "New story from" not in page.article.body
    assert str(page.article.published) == "2023-03-04"  # the day line above a "Today at" head
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Sana K.", "Today at 3:47 PM",
         "first time I agree with the ministry tbh\n\nsecond message from me, same thought", None),
        ("Omar", "Today at 3:55 PM", "Which ministry though?", 1),  # the server tag is not the name
        ("Tom H.", "03/05/2023 9:14 AM", "American here, we barely heard of it.", None)]
    assert page.comments[0].posted_at_parsed == dt.datetime(2023, 3, 4, 15, 47)


SE = f"""Politics Stack Exchange is a question and answer site.
Home
Questions
Why was Pakistan not told before the raid?
Ask Question
Asked 3 years ago
Viewed 2k times
12

{STORY}

Why was no one told?

united-states
pakistan
Share
Improve this question
Follow
edited Jan 14 '19 at 9:31
asked Jan 12 '19 at 14:05
Faisal Qamar
4,117●2●19●40
4
Related: the hearings covered this. – Lena Hoffmann Jan 12 '19 at 15:30
Add a comment
 | 
1 Answer
Sorted by:
Highest score (default)
15

Because the US did not trust the ISI.

That is the short answer.

share  improve this answer  follow 
answered Jan 13 '19 at 2:44

Dana Whitcombe
6,01232363
Source? – Faisal Qamar Jan 14 '19 at 9:20
add a comment
Your Answer
Post Your Answer
"""


def test_stackexchange_question_is_the_article_answers_and_comments_the_comments():
    page = split_text(SE, "se.txt")
    assert page.article.title == "Why was Pakistan not told before the raid?"
    assert page.article.body.startswith("American forces killed") and page.article.body.endswith("Why was no one told?")
    assert str(page.article.published) == "2019-01-12"
    assert "united-states" in page.boilerplate and "asked Jan 12 '19 at 14:05" in page.boilerplate
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Lena Hoffmann", "Jan 12 '19 at 15:30", "Related: the hearings covered this.", None),
        ("Dana Whitcombe", "Jan 13 '19 at 2:44", "Because the US did not trust the ISI.\n\nThat is the short answer.",
         None),
        ("Faisal Qamar", "Jan 14 '19 at 9:20", "Source?", 2)]  # a comment under an answer answers it


def test_a_short_year_after_an_apostrophe_is_read():
    assert parse_date_text("Jan 12 '19 at 14:05") == dt.date(2019, 1, 12)
    assert parse_date_text("asked Mar 3 '71") == dt.date(1971, 3, 3)


TUMBLR = f"""chai & geopolitics
Ask me anything
Archive
Follow
newsdesk-pk:

Raid near the academy leaves questions in Islamabad
The Example Ledger · May 1, 2021

{STORY}

{STORY}

Read the full piece at example.pk

farah-reads:

nobody told us anything, as usual

chai-and-geopolitics:

I remember the night.

Both sides felt betrayed.

#pakistan #us politics
May 3rd, 2021 · 2,134 notes · reblogged from farah-reads
sidra-writes reblogged this from chai-and-geopolitics and added:

exactly this

moonlit liked this
usmanisms reblogged this from farah-reads
greyhound-dc: as an american the celebrations felt strange
Show more notes
Theme by Someone · Powered by Tumblr
"""


def test_tumblr_reblog_chain_additions_and_notes():
    page = split_text(TUMBLR, "tumblr.txt")
    assert page.article.title == "Raid near the academy leaves questions in Islamabad"
    assert str(page.article.published) == "2021-05-01"  # the source line under the headline
    assert page.article.body.startswith("American forces killed") and "Read the full piece" not in page.article.body
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("farah-reads", "nobody told us anything, as usual", None),
        ("chai-and-geopolitics", "I remember the night.\n\nBoth sides felt betrayed.", 1),
        ("sidra-writes", "exactly this", 2),  # "reblogged this from" names the addition answered
        ("greyhound-dc", "as an american the celebrations felt strange", None)]  # likes and bare reblogs are not


# --- HTML ---------------------------------------------------------------------


def _mybb_post(pid: int, name: str, stamp: str, text: str) -> str:
    return (f'<div class="post" id="post_{pid}"><div class="post_author"><div class="author_avatar"><a href="/u"><img '
            f'src="a.png"></a></div><div class="author_information"><strong><span class="largetext"><a href="/u">{name}'
            f'</a></span></strong><br><span class="smalltext">Senior Member</span></div></div>'
            f'<div class="post_content"><div class="post_head"><span class="post_date">{stamp}</span></div>'
            f'<div class="post_body scaleimages" id="pid_{pid}">{text}</div>'
            f'<div class="signature scaleimages">Pakistan Zindabad</div></div>'
            f'<div class="post_controls"><a href="#">Reply</a> <a href="#">Quote</a></div></div>')


MYBB = ("<html><head><title>Raid near the academy</title></head><body><div id=\"posts\">"
        + _mybb_post(1, "Kashif", '<span title="10-21-2022">Yesterday</span>, 11:05 PM', f"<b>Raid near the academy</b><br>{STORY}")
        + _mybb_post(2, "Asfandyar", '<span title="10-21-2022">Yesterday</span>, 11:48 PM', "Either way it is bad.")
        + _mybb_post(3, "Nadia_Sh", '<span title="10-22-2022">Today</span>, 01:20 AM',
                     '<blockquote class="mycode_quote"><cite><span> (10-21-2022, 11:48 PM)</span>Asfandyar Wrote: '
                     '</cite>Either way it is bad.</blockquote>Worse than bad.')
        + "</div></body></html>")


def test_mybb_posts_day_words_with_dated_tooltips_and_dated_quote_labels():
    page = split_html(MYBB, "mybb.html")
    assert page.article.title == "Raid near the academy"
    assert str(page.article.published) == "2022-10-21"  # "Yesterday" with the date in its tooltip
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Asfandyar", "Yesterday, 11:48 PM", "Either way it is bad.", None),
        ("Nadia_Sh", "Today, 01:20 AM", "Worse than bad.", 1)]  # the quote's label names the post answered


def _nodebb_post(index: int, name: str, when: str, content: str, parent: str = "") -> str:
    return (f'<li component="post" data-index="{index}" data-username="{name}"><div component="post/header">'
            f'<a class="fw-bold" href="/user/{name}" data-username="{name}">{name}</a>'
            f'<a href="/post/{index}"><span class="timeago" title="2021-08-30T09:14:00.000Z">{when}</span></a>{parent}'
            f'</div><div class="content" component="post/content">{content}</div>'
            f'<div component="post/actions"><a component="post/reply">Reply</a></div></li>')


NODEBB = ('<html><head><title>Raid near the academy | Example Forum</title></head><body>'
          '<h1 component="post/header">Raid near the academy</h1><ul component="topic">'
          + _nodebb_post(0, "RashidQ", "2 days ago", f"<p>{STORY}</p><p>{STORY}</p>")
          + _nodebb_post(1, "Zeeshan_Afridi", "a day ago", "<p>Credit where due.</p>")
          + _nodebb_post(2, "hawkeye_ohio", "about 9 hours ago",
                         '<p><a class="plugin-mentions-user plugin-mentions-a" href="/uid/2">@Zeeshan_Afridi</a> '
                         'said in <a href="/post/1">Raid near the academy</a>:</p><blockquote><p>Credit where due.</p>'
                         '</blockquote><p>Agreed on the crews.</p>',
                         '<a component="post/parent" href="/post/1"><span>in reply to</span> <span>@Zeeshan_Afridi</span></a>')
          + _nodebb_post(3, "Vikram_S", "35 minutes ago",
                         '<p><a class="plugin-mentions-user plugin-mentions-a" href="/uid/3">@hawkeye_ohio</a> fair.</p>',
                         '<a component="post/parent" href="/post/2"><i class="fa fa-reply"></i> @hawkeye_ohio</a>')
          + "</ul></body></html>")


def test_nodebb_topic_posts_reply_labels_and_quote_intros():
    page = split_html(NODEBB, "nodebb.html")
    assert page.article.body.startswith("American forces killed")
    assert str(page.article.published) == "2021-08-30"  # the first post's machine-readable time
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Zeeshan_Afridi", "a day ago", "Credit where due.", None),
        ("hawkeye_ohio", "about 9 hours ago", "Agreed on the crews.", 1),  # "said in …:" and the quote dropped
        ("Vikram_S", "35 minutes ago", "@hawkeye_ohio fair.", 2)]  # a mention in the text stays text


def _shreddit(name: str, thing: str, text: str, replies: str = "", slot: str = "") -> str:
    return (f'<shreddit-comment author="{name}" thingid="{thing}" {slot}>'
            f'<div slot="commentMeta"><a href="/user/{name}/" class="truncate font-bold text-neutral-content-strong">'
            f'{name}</a> <faceplate-timeago><time datetime="2019-07-23T14:38:52.913Z">5y ago</time></faceplate-timeago>'
            f'</div><div slot="comment"><div class="md text-14-scalable"><p>{text}</p></div></div>'
            f'<shreddit-comment-action-row slot="actionRow"><button>Reply</button><button>Share</button>'
            f'</shreddit-comment-action-row>{replies}</shreddit-comment>')


SHREDDIT = ('<html><head><title>Raid near the academy : r/Example</title></head><body>'
            '<shreddit-post author="kasur_kid" created-timestamp="2019-07-23T14:05:11.512000+0000">'
            '<h1 slot="title">Raid near the academy</h1>'
            f'<div slot="text-body"><p>{STORY}</p><p>{STORY}</p></div></shreddit-post>'
            '<shreddit-comment-tree>'
            + _shreddit("lahori_chai_wala", "t1_a", "Same script since 1954.",
                        _shreddit("midwest_nerd", "t1_b", "As an American, fair.", slot='slot="children"'))
            + _shreddit("delhi_diaries", "t1_c", "Predictable.")
            + "</shreddit-comment-tree></body></html>")


def test_shreddit_web_components_name_their_author_as_an_attribute():
    page = split_html(SHREDDIT, "shreddit.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("lahori_chai_wala", "5y ago", "Same script since 1954.", None),  # not the author link's text
        ("midwest_nerd", "5y ago", "As an American, fair.", 1),
        ("delhi_diaries", "5y ago", "Predictable.", None)]
