"""Layouts of the eighteenth blind round (issue 18), each on a short page
written for these tests: a Slack channel, a LiveJournal entry and a Yahoo
Answers question copied as text; vBulletin 5 and Kunena topics and an mbin
thread saved as HTML."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

STORY = ("American forces killed the commander in a raid near the academy, officials in Washington and "
         "Islamabad said on Monday, adding that the operation lasted forty minutes and that no Pakistani "
         "official had been told in advance. ")

SLACK = f"""Example Newsroom
# pakistan-desk
Topic: US–Pakistan coverage
Friday, September 9th
Hamza Qureshi  10:42 AM
Wire plus our own filing on the raid. Pasting the full text below.
Published: Sep 9, 2022, 8:15 am
{STORY}
{STORY}
The Example Chronicle
Raid near the academy leaves questions in Islamabad
Washington says the operation was planned for months; Islamabad says it was not told.
👀
4
Ayesha Siddiqui  10:51 AM
The 2016 detail is good context.
also can someone check the figure?
Press Clips
APP
11:03 AM
Daniyal Khan  11:05 AM
Local angle pitch: the families in the town. (edited)
3 replies
View thread
Message #pakistan-desk
Thread
# pakistan-desk
Daniyal Khan  11:05 AM
Local angle pitch: the families in the town.
Hamza Qureshi  11:12 AM
Yes, but two sources please.
Reply…
"""


def test_slack_heads_the_unfurl_at_the_end_of_a_pasted_article_and_a_thread_pane():
    page = split_text(SLACK, "slack.txt")
    assert page.article.title == "Raid near the academy leaves questions in Islamabad"  # the unfurl's title
    assert str(page.article.published) == "2022-09-09"  # its "Published:" line, kept out of the body
    assert "Published:" not in page.article.body and STORY.strip() in page.article.body
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Ayesha Siddiqui", "10:51 AM", "The 2016 detail is good context.\n\nalso can someone check the figure?", None),
        ("Daniyal Khan", "11:05 AM", "Local angle pitch: the families in the town.", None),
        # the thread pane repeats the message it belongs to, then its replies
        ("Hamza Qureshi", "11:12 AM", "Yes, but two sources please.", 2)]


JOURNAL = f"""LiveJournal
Chai, Chaos & Commentary
a Pakistani in Arlington
Previous Entry | Next Entry
Raid near the academy leaves questions in Islamabad
May. 2nd, 2011 at 9:14 AM
chaiwala_in_dc
[userpic: green teacup]
{STORY}

{STORY}
Tags: abbottabad, pakistan
Current Mood: stunned
(4 comments — Reply)
a mile from Kakul
[info]desi_in_denver
2011-05-02 10:12 am (UTC)
Unbelievable that this was a mile from the academy.
(Reply) (Thread) (Link)
Re: a mile from Kakul
[info]yankee_doodle_dan
2011-05-02 10:40 am (UTC)
How does nobody notice a compound that size?
(Reply) (Thread) (Parent) (Link)
(Deleted comment)
(Anonymous) wrote:
2011-05-02 01:05 pm (UTC)
@yankee_doodle_dan nobody wanted to.
(Reply) (Thread) (Link)
Leave a comment
Powered by LiveJournal.com
"""


def test_journal_comments_closed_by_their_links_with_re_subjects_as_parents():
    page = split_text(JOURNAL, "journal.txt")
    assert page.article.title == "Raid near the academy leaves questions in Islamabad"
    assert str(page.article.published) == "2011-05-02"
    assert page.article.body.startswith("American forces killed") and "Tags:" not in page.article.body
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("desi_in_denver", "2011-05-02 10:12 am (UTC)", "Unbelievable that this was a mile from the academy.", None),
        ("yankee_doodle_dan", "2011-05-02 10:40 am (UTC)", "How does nobody notice a compound that size?", 1),
        ("Anonymous", "2011-05-02 01:05 pm (UTC)", "@yankee_doodle_dan nobody wanted to.", 2)]


ANSWERS = f"""Yahoo Answers
Politics & Government
Why did the US not tell Pakistan before the raid?
Kevin D asked in Politics & Government · Jan 5, 2018
Why did the US not tell Pakistan before the raid?
{STORY}
Answer
Save
3 Answers
Relevance
Faisal M.
Lv 6
Jan 5, 2018
Favorite Answer
Because they did not trust the ISI.
Source(s): I work in a bank in Karachi
12 3
Comment
Anonymous
Jan 6, 2018
about time
2 9
Comment
Nadia Q.
Nadia Q.
Level 6
Consent is the key issue.
Source(s):
LLM, public international law
3 years ago
Report Abuse
Still have questions? Get your answers by asking now.
"""


def test_answers_pages_answerers_over_badges_or_times_and_their_answers_without_sources_or_votes():
    page = split_text(ANSWERS, "answers.txt")
    assert page.article.title == "Why did the US not tell Pakistan before the raid?"
    assert str(page.article.published) == "2018-01-05"  # from the asked line
    assert page.article.body == STORY.strip()
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Faisal M.", "Jan 5, 2018", "Because they did not trust the ISI."),
        ("Anonymous", "Jan 6, 2018", "about time"),
        ("Nadia Q.", "3 years ago", "Consent is the key issue.")]  # the name shown twice, the time under the text


# --- HTML ---------------------------------------------------------------------

def _vb5(node: int, name: str, stamp: str, text: str) -> str:
    return (f'<li data-node-id="{node}" class="b-post js-post"><div class="b-userinfo"><div class="b-userinfo__details">'
            f'<strong><a href="/member/{node}" class="b-userinfo__username">{name}</a></strong>'
            f'<ul><li><label>Join Date:</label> <span>Mar 2009</span></li></ul></div></div>'
            f'<div class="b-post__body"><div class="b-post__timestamp"><time datetime="2021-11-26T22:42:19">{stamp}'
            f'</time></div><div class="js-post__content-text restore">{text}</div></div>'
            f'<ul class="b-post-controls"><li><button title="Reply">Reply</button></li></ul></li>')


VB5 = ('<html><head><title>Raid near the academy - Example Forum</title></head><body><ul class="conversation-list">'
       + _vb5(1, "Kamran_Niazi", "11-26-2021, 10:42 PM", f"<b>Raid near the academy</b><br>{STORY * 2}")
       + _vb5(2, "Sqn Ldr Mushtaq", "11-26-2021, 11:17 PM", "Sustainment is not capability.")
       + _vb5(3, "Anika_Rao", "11-27-2021, 08:02 AM",
              '<div class="bbcode_container"><div class="bbcode_quote"><div class="bbcode_postedby">Originally posted by '
              '<strong>Sqn Ldr Mushtaq</strong> <a href="#post2">View Post</a></div><div class="message">Sustainment is '
              'not capability.</div></div></div>Fair point on the hardware.')
       + "</ul></body></html>")


def test_vbulletin5_posts_and_a_quoted_poster_named_in_bold():
    page = split_html(VB5, "vb5.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Sqn Ldr Mushtaq", "11-26-2021, 11:17 PM", "Sustainment is not capability.", None),
        ("Anika_Rao", "11-27-2021, 08:02 AM", "Fair point on the hardware.", 1)]  # the whole name, not "Sqn"


def _kunena(n: int, name: str, title_date: str, shown: str, text: str) -> str:
    return (f'<div class="kmsg-header"><h2><span class="kmsgtitle">Re: Raid</span><span class="kmsgdate" '
            f'title="{title_date}">{shown}</span></h2></div><table><tr><td class="kprofile-left"><ul class="kpost-profile">'
            f'<li class="kpost-username"><a class="kwho-user" href="/user/{n}">{name}</a></li><li>Posts: 41</li></ul></td>'
            f'<td class="kmessage-left"><div class="kmsgbody"><div class="kmsgtext">{text}</div></div>'
            f'<span class="kmessage-editmarkup">Last Edit: 04 Nov 2013 18:40 by {name}.</span>'
            f'<div class="kmessage-buttons-row"><a>Reply</a> <a>Quote</a></div></td></tr></table>')


KUNENA = ('<html><head><title>Raid near the academy - Example Forum</title></head><body><div id="kunena">'
          '<h1>Raid near the academy</h1>'
          + _kunena(1, "TARN Editorial", "04 Nov 2013 18:22", "Monday, 04 November 2013 18:22", STORY * 2)
          + _kunena(2, "Gul Wazir", "04 Nov 2013 19:05", "Monday, 04 November 2013 19:05", "It is strange to see.")
          + _kunena(3, "Oliver Grant", "02 May 2021 11:40", "2 years 11 months ago",
                    '<b>Gul Wazir wrote:</b><br><div class="kmsgtext-quote"><blockquote>It is strange to see.</blockquote>'
                    '</div>Nobody here is crying for him.')
          + "</div></body></html>")


def test_kunena_messages_relative_times_edit_notes_and_quote_labels_above_the_quote():
    page = split_html(KUNENA, "kunena.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        # the time in the post's header, not the earlier post's "Last Edit: 04 Nov 2013 18:40"
        ("Gul Wazir", "Monday, 04 November 2013 19:05", "It is strange to see.", None),
        ("Oliver Grant", "2 years 11 months ago", "Nobody here is crying for him.", 1)]


def _mbin(level: int, name: str, text: str) -> str:
    return (f'<blockquote class="section comment entry-comment comment-level--{level}"><header>'
            f'<a class="user-inline" href="/u/{name}">{name}</a> <time class="timeago" datetime="2023-07-13T10:00:00+00:00">'
            f'3 days ago</time></header><div class="content"><p>{text}</p></div>'
            f'<footer><menu><li><a>reply</a></li></menu></footer></blockquote>')


MBIN = ('<html><head><title>Raid near the academy - pakistan - Example Threads</title></head><body>'
        '<header><h1 class="hidden">Example Threads</h1></header><article class="entry"><header><h2>'
        '<a href="https://example.pk/raid">Raid near the academy</a> <span class="entry__domain">(<a>example.pk</a>)'
        f'</span></h2></header><div class="entry__body"><p>{STORY}</p><p>{STORY}</p></div></article><div id="comments">'
        + _mbin(1, "lahori_chai", "The timing matters.") + _mbin(2, "dc_wonk", "So does the money.")
        + _mbin(1, "karachi_kid", "Neither will change.") + "</div></body></html>")


def test_mbin_comments_flat_with_their_depth_in_a_class_and_the_headline_before_its_domain():
    page = split_html(MBIN, "mbin.html")
    assert page.article.title == "Raid near the academy"  # not the hidden logo heading
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("lahori_chai", "The timing matters.", None), ("dc_wonk", "So does the money.", 1),
        ("karachi_kid", "Neither will change.", None)]
