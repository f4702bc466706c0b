"""Layouts of the twenty-fourth blind round (issue 18), each on a short page
written for these tests: a Usenet thread from an archive, a YouTube watch
page and an old newspaper comment section copied as text."""
from __future__ import annotations

from comments import split_text

STORY = ("American forces killed the commander in a raid near the academy, officials in Washington and "
         "Islamabad said on Monday, adding that the operation lasted forty minutes and that no Pakistani "
         "official had been told in advance.")

USENET = f"""narkive
Newsgroups
soc.culture.example
Discussion:
Raid near the academy
(too old to reply)

Tahir N
Permalink
From: Tahir N <tahir@example.com>
Newsgroups: soc.culture.example
Subject: Raid near the academy
Date: Wed, 16 Mar 2011 22:10:47 +0500
Message-ID: <a1@news.example>

{STORY}

{STORY}

--
Tahir N

Bill R
Permalink
From: bill@example.net (Bill R)
Newsgroups: soc.culture.example
Subject: Re: Raid near the academy
Date: Wed, 16 Mar 2011 14:32:19 -0400
Message-ID: <b2@news.example>
References: <a1@news.example>

In article <a1@news.example>, Tahir N
<tahir@example.com> wrote:

> adding that the operation lasted forty minutes

Forty minutes and nobody noticed.

Faraz A
Permalink
From: Faraz A <faraz@example.com>
Newsgroups: soc.culture.example
Subject: Re: Raid near the academy
Date: Thu, 17 Mar 2011 01:15:33 +0500
Message-ID: <c3@news.example>
References: <a1@news.example> <b2@news.example>

On Wed, 16 Mar 2011 14:32:19 -0400, Bill R
wrote:
> Forty minutes and nobody noticed.

People noticed. Nobody said anything.

Faraz

Search for 'Raid near the academy' on narkive
Privacy | Terms | Contact
"""


def test_usenet_messages_under_header_lines_with_references_attributions_and_sign_offs():
    page = split_text(USENET, "usenet.txt")
    assert page.article.title == "Raid near the academy"
    assert str(page.article.published) == "2011-03-16"
    assert page.article.body == f"{STORY}\n\n{STORY}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Bill R", "Wed, 16 Mar 2011 14:32:19 -0400", "Forty minutes and nobody noticed.", None),
        ("Faraz A", "Thu, 17 Mar 2011 01:15:33 +0500", "People noticed. Nobody said anything.", 1)]


YOUTUBE = f"""Skip navigation
Search
Create
Sign in
If playback doesn't begin shortly, try restarting your device.
You're signed out
Videos you watch may be added to the TV's watch history and influence TV recommendations.
Cancel
Confirm
0:00 / 4:12

Raid near the academy leaves questions
Example News
9.52M subscribers

Subscribe

1.8K

Share

Save

96,431 views  Sep 8, 2022  #Pakistan
{STORY}

{STORY}
Show less
3 Comments
Sort by
Add a comment...
@ayesha.k92
3 years ago
Two words that made every Pakistani proud.
5.6K
Reply
@rahul_88
3 years ago
@ayesha.k92 Proud of what exactly?
212
Reply
@bilal-zf8
2 years ago
Lol
❤ by @ExampleNews
118
Reply
@tom.reddick
2 years ago
The real failure was ours.
1.1K
Reply
"""


def test_youtube_watch_page_title_over_its_views_line_handle_replies_and_one_word_comments():
    page = split_text(YOUTUBE, "youtube.txt")
    assert page.article.title == "Raid near the academy leaves questions"
    assert str(page.article.published) == "2022-09-08"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("@ayesha.k92", "3 years ago", "Two words that made every Pakistani proud.", None),
        ("@rahul_88", "3 years ago", "@ayesha.k92 Proud of what exactly?", 1),
        ("@bilal-zf8", "2 years ago", "Lol", None),
        ("@tom.reddick", "2 years ago", "The real failure was ours.", None)]


COUNTRIES = f"""Raid near the academy leaves questions
Reuters | Updated 2 days ago
{STORY}

{STORY}
Comments (2)
Ali Hassan\tPakistan
Dec 08, 2012 09:14am
Is this aid or reimbursement?
Recommend 52
Reply

Mike S\tUnited States
Dec 08, 2012 10:02am
Reimbursement for what exactly?
Recommend 19
Reply
"""


def test_a_commenter_line_with_a_country_after_a_tab():
    page = split_text(COUNTRIES, "countries.txt")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Ali Hassan", "Dec 08, 2012 09:14am", "Is this aid or reimbursement?"),
        ("Mike S", "Dec 08, 2012 10:02am", "Reimbursement for what exactly?")]


def _gl_note(nid: int, name: str, when: str, text: str) -> str:
    return (f'<li id="note_{nid}" class="note note-wrapper timeline-entry"><div class="timeline-content">'
            f'<div class="note-header"><a class="author-name-link"><span class="author-name">{name}</span></a>'
            f'<span class="note-headline-light"><span class="system-note-message">·</span>'
            f'<time class="js-timeago" datetime="2022-03-14T09:00:00Z">{when}</time></span></div>'
            f'<div class="timeline-discussion-body"><div class="note-body"><div class="note-text md"><p>{text}</p>'
            f'</div></div></div></div></li>')


GITLAB = f"""<html><head><title>Coalition Support Fund figures (#47) · Issues · Data Desk · GitLab</title></head><body>
<div class="detail-page-header"><h1 class="title">Coalition Support Fund figures</h1>
<span>Opened <time datetime="2022-03-14T08:00:00Z">2 years ago</time> by Faisal Khan</span></div>
<div class="description"><div class="md">{" ".join(f"<p>{STORY}</p>" for _ in range(3))}</div></div>
<ul id="notes-list" class="notes main-notes-list timeline">
<li id="note_1" class="note system-note note-wrapper timeline-entry"><div class="timeline-content"><div class="note-header">
<span class="author-name">Zainab H</span> <span class="system-note-message">added <span>needs review</span> label</span>
<time class="js-timeago">2 years ago</time></div></div></li>
<li class="note note-discussion timeline-entry"><div class="discussion-body"><ul class="notes">
{_gl_note(2, "Faisal Khan", "2 years ago", "The 2011 figures look low.")}
{_gl_note(3, "Zainab H", "2 years ago", "They exclude the withheld tranche.")}
{_gl_note(4, "Sarah L", "2 years ago", "Agreed, add a footnote.")}
</ul></div></li>
{_gl_note(5, "Rohan K", "1 year ago", "Drive-by: the source link is dead.")}
</ul></body></html>"""


def test_gitlab_notes_threads_open_with_their_first_note_and_system_notes_are_not_comments():
    from comments.html import split_html

    page = split_html(GITLAB, "gitlab.html")
    assert page.article.title == "Coalition Support Fund figures"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Faisal Khan", "2 years ago", "The 2011 figures look low.", None),
        ("Zainab H", "2 years ago", "They exclude the withheld tranche.", 1),
        ("Sarah L", "2 years ago", "Agreed, add a footnote.", 1),
        ("Rohan K", "1 year ago", "Drive-by: the source link is dead.", None)]


def _lj(cid: int, margin: int, name: str, when: str, text: str) -> str:
    return (f'<div id="ljcmt{cid}" class="comment-wrapper" style="margin-left: {margin}px">'
            f'<div class="comment"><div class="comment-head"><span class="ljuser"><a href="#"><b>{name}</b></a></span>'
            f'<span class="datetime">{when}</span></div><div class="comment-content">{text}</div>'
            f'<ul class="comment-links"><li>Reply</li><li>Thread</li><li>Link</li></ul></div></div>')


JOURNAL = f"""<html><head><title>Raid near the academy</title></head><body>
<article class="entry"><h1 class="entry-title">Raid near the academy</h1><span>May 2nd, 2011</span>
<div class="entry-content">{" ".join(f"<p>{STORY}</p>" for _ in range(3))}</div></article>
<div id="comments">
{_lj(1, 0, "saadia_r", "2011-05-02 10:12 pm (UTC)", "Forty minutes is a long time.")}
{_lj(2, 25, "karachi_kite", "2011-05-02 10:40 pm (UTC)", "Nobody was awake.")}
{_lj(3, 50, "yankee_in_isb", "2011-05-02 11:05 pm (UTC)", "Somebody was.")}
{_lj(4, 25, "londonwallah", "2011-05-03 08:00 am (UTC)", "The BBC had it first.")}
{_lj(5, 0, "delhi_dilemma", "2011-05-03 09:30 am (UTC)", "Watching from Delhi.")}
</div></body></html>"""


def test_journal_comments_nested_by_their_wrappers_left_margins():
    from comments.html import split_html

    page = split_html(JOURNAL, "journal.html")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("saadia_r", "Forty minutes is a long time.", None), ("karachi_kite", "Nobody was awake.", 1),
        ("yankee_in_isb", "Somebody was.", 2), ("londonwallah", "The BBC had it first.", 1),
        ("delhi_dilemma", "Watching from Delhi.", None)]


FARK = f"""Fark
Main
Politics
(example.com)  [Sad]
Raid near the academy leaves questions for the neighbours
submitted by Kabul_Kid 2011-05-02 09:05:33 AM
{STORY}

{STORY}
Smartest
Funniest
3 Comments  (+0 »)
Newest | Oldest
2011-05-02 09:14:12 AM  Gyrfalcon:

Everyone knew somebody knew.

Smartest Funniest
Add to favorites
2011-05-02 09:21:05 AM  DeweyDecimal:

Gyrfalcon: Everyone knew somebody knew.

Or nobody knew, which is worse.

Smartest Funniest
Add to favorites
2011-05-02 09:33:47 AM  ThatGuyFromOhio:

Fair.

Smartest Funniest
Add to favorites
"""


def test_fark_time_then_name_heads_and_replies_opening_with_the_quoted_words():
    # (round 25's Fark threads)
    page = split_text(FARK, "fark.txt")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Gyrfalcon", "2011-05-02 09:14:12 AM", "Everyone knew somebody knew.", None),
        ("DeweyDecimal", "2011-05-02 09:21:05 AM", "Or nobody knew, which is worse.", 1),
        ("ThatGuyFromOhio", "2011-05-02 09:33:47 AM", "Fair.", None)]
