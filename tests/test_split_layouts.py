"""Comment sections without separator markers (issue 18): boundaries found from
the lines' shapes, section notices and button rows dropped, and the section
closed by site furniture. Pages are short strings written for these tests."""
from __future__ import annotations

import pytest

from comments import split_text

ARTICLE = "US aid review announced\n\nISLAMABAD: Washington said on Monday it would review civilian aid.\n\n"


def comments(text: str) -> list[tuple[str | None, str | None, str]]:
    page = split_text(ARTICLE + text, "p.txt")
    return [(c.author, c.posted_at, c.text) for c in page.comments]


def test_author_lines_open_comments_and_paragraphs_stay_together():
    got = comments(
        "Readers' comments\n\nReader comments are listed below. Comments are moderated before they appear.\n\n"
        "Farah Siddiqui, Lahore\n\nAid reviews come and go.\n\nWhat stays is the mistrust on both sides.\n\n"
        "Tom Becker\n\nAgreed.\n\n"
        "Imran\n\nWell said\n\nReview it all you like, yaar, nothing will change.\n"
    )
    assert got == [
        ("Farah Siddiqui, Lahore", None, "Aid reviews come and go.\n\nWhat stays is the mistrust on both sides."),
        ("Tom Becker", None, "Agreed."),
        ("Imran", None, "Well said\n\nReview it all you like, yaar, nothing will change."),
    ]


def test_author_line_with_stamp_detail_line_and_reply_arrow():
    got = comments(
        "3 Comments\n\nSort by Best\n\nJoin the discussion…\n\n"
        "Nadia Rauf\n• 9 years ago\n\nThe review is overdue.\n\n12 △ ▽\n• Reply • Share ›\n\n"
        "Kevin O'Brien → Nadia Rauf\n• 9 years ago\n\n@Nadia overdue for whom?\n\n"
        "Sana\n• 8 years ago\nKarachi\nGood question.\nLike · Reply · 3 · 5y\n"
    )
    assert got == [
        ("Nadia Rauf", "9 years ago", "The review is overdue."),
        ("Kevin O'Brien", "9 years ago", "@Nadia overdue for whom?"),
        ("Sana", "8 years ago", "Good question."),
    ]


def test_signatures_after_the_text_close_comments():
    got = comments(
        "Comments\n\nThe aid never reached Swat.\n\n— Posted by Bilal | May 12, 2011 3:14 PM\n\n"
        "Two points:\nfirst, audits; second, schools.\n\nPosted by Jane D. on 12/05/2011 at 5:02 PM\n\n"
        "Post your comment\nName:\nEmail:\n"
    )
    assert got == [
        ("Bilal", "May 12, 2011 3:14 PM", "The aid never reached Swat."),
        ("Jane D.", "12/05/2011 at 5:02 PM", "Two points:\nfirst, audits; second, schools."),
    ]


@pytest.mark.parametrize(
    "furniture",
    ["Email feedback and queries to letters@example.org", "Recommended Stories", "Most viewed",
     "Powered by Disqus", "© 2012 The Frontier Ledger. All rights reserved."],
    ids=["email-feedback", "recommended", "most-viewed", "disqus", "copyright"],
)
def test_site_furniture_closes_the_section(furniture):
    got = comments(f"Readers' comments\n\nAsad\n\nFine by me.\n\n{furniture}\n\nPakistan and the IMF: a new deal\n")
    assert got == [("Asad", None, "Fine by me.")]


@pytest.mark.parametrize(
    "section, texts",
    [
        ("Comments (3)\nWell said\nThe US will never change.\nGood work.\n",
         ["Well said", "The US will never change.", "Good work."]),
        ("Readers' comments\n\nGood analysis\n\nThe US has its reasons.\n\n🙂\n",
         ["Good analysis", "The US has its reasons.", "🙂"]),
    ],
    ids=["one-per-line-short-first", "one-author-like-block-is-not-enough"],
)
def test_short_comments_are_not_taken_for_author_lines(section, texts):
    assert [t for _, _, t in comments(section)] == texts
    assert {a for a, _, _ in comments(section)} == {None}


@pytest.mark.parametrize(
    "line, dropped",
    [
        ("• Reply • Share ›", True),
        ("Like · Reply · 3 · 5y", True),
        ("7 △ ▽", True),
        ("Sign in or create your account to join the discussion.", True),
        ("The comments below show how angry people are", False),
        ("Reply to the Americans with facts", False),
    ],
    ids=["disqus-buttons", "facebook-buttons", "votes", "notice", "opinion-about-comments", "sentence-with-reply"],
)
def test_section_furniture_is_dropped_and_sentences_kept(line, dropped):
    got = comments(f"Comments (2)\nFirst comment here.\n{line}\nSecond comment here.\n")
    assert (line not in [t for _, _, t in got]) == dropped


def test_name_and_time_on_one_line_without_blank_lines():
    got = comments(
        "Comments (3)\nSign in to comment\nSort by: Most liked\n"
        "Kashif Anwar 3 hours ago\nIt was a bill, not aid.\n42 👍 5 👎 Reply\nView 2 replies\n"
        "Ryan Matthews replied\nRyan Matthews · 2h\n@Kashif Anwar never audited either.\nReply · 9 · 1\n"
        "Load more\nCommunity guidelines\n"
    )
    assert got == [("Kashif Anwar", "3 hours ago", "It was a bill, not aid."),
                   ("Ryan Matthews", "2h", "@Kashif Anwar never audited either.")]


def test_title_case_name_with_colon_and_a_time_after_the_text():
    got = comments(
        "Comments: 2\nAhmed Nawaz, Lahore:\nQanoon sirf ghareeb ke liye hai.\nPosted on 17/03/2011 09:15\n"
        "Zara Hussain, Faisalabad:\nTwo points:\nfirst, audit; second, publish.\nPosted on 18/03/2011 08:20\n"
    )
    assert got == [
        ("Ahmed Nawaz, Lahore", "17/03/2011 09:15", "Qanoon sirf ghareeb ke liye hai."),
        ("Zara Hussain, Faisalabad", "18/03/2011 08:20", "Two points:\nfirst, audit; second, publish."),
    ]


def test_a_header_seen_twice_is_a_counter_the_first_time():
    page = split_text("Aid freeze\n\n312 reactions\n\nISLAMABAD: The aid was frozen on Tuesday.\n\n"
                      "312 reactions\nAsad · 3h\nNo surprise.\nReply · 1 · 0\n", "p.txt")
    assert page.article.body == "ISLAMABAD: The aid was frozen on Tuesday."
    assert [(c.author, c.text) for c in page.comments] == [("Asad", "No surprise.")]


def test_the_head_goes_to_boilerplate_and_its_date_is_the_articles():
    page = split_text("Drone strike kills six | Daily Wire\nSkip to main content\nNews\nSaima Karim\n· Staff Writer\n"
                      "Sat, August 25, 2012 at 10:02 AM · 4 min read\n148\nShare\n\n"
                      "—Officials say the strike hit a compound near Miranshah\n\n"
                      "MIRANSHAH: At least six people were killed on Friday night.\n", "p.txt")
    assert page.article.published.isoformat() == "2012-08-25"
    assert page.article.body == "MIRANSHAH: At least six people were killed on Friday night."
    assert "—Officials say the strike hit a compound near Miranshah" in page.boilerplate  # (the dek)
    assert page.boilerplate[:3] == ("Skip to main content", "News", "Saima Karim")


def test_forum_thread_with_handles_scores_and_depth_markers():
    got = comments(
        "214 comments\nshare\nsave\nhide\nreport\nsorted by: best\n"
        "level 1\nkhyber_pass_99\n1,204 points · 3 years ago\nThe review will change nothing.\n"
        "It never has.\nReply Share Report Save\n"
        "level 2\nu/ohio_reader\n· 3y\n@khyber_pass_99 fair, but the audits were real.\n41\nReply Share Report Save\n"
        "Continue this thread →\nlevel 1\n@zk_quetta\n12 points · 2 years ago\nAudits of what, exactly?\n"
        "More replies\nload more comments (211 replies)\n"
        "about\nblog\nhelp\nsite rules\ncontact us\n© 2021 Example Threads Inc. All rights reserved.\n"
    )
    assert got == [
        ("khyber_pass_99", "3 years ago", "The review will change nothing.\nIt never has."),
        ("u/ohio_reader", "3y", "@khyber_pass_99 fair, but the audits were real."),
        ("@zk_quetta", "2 years ago", "Audits of what, exactly?"),
    ]


def test_lowercase_handle_needs_a_time_under_it():
    # "ok_then" is a handle only above a posted-at line; here it is a one-line comment
    got = comments("Comments\n\nGood analysis\n\nok_then\n\nSomething else entirely.\n")
    assert [text for _, _, text in got] == ["Good analysis", "ok_then", "Something else entirely."]


def test_printed_letters_signed_after_the_text():
    page = split_text(
        ARTICLE + "Letters to the Editor\nClose the routes for good\nThe aid review is ten years late.\n"
        "Publish the audits first.\nSadia Rehman, Karachi\n"
        "Whose leverage?\nYour columnist treats leverage as an American tool only.\nZahid Mehmood\nFaisalabad\n"
        "A trucker's view\nSir, nobody asks the drivers.\nGUL ZAMAN\n"
        "Letters may be edited for space and clarity. Write to letters@example.org.\n"
        "More from Opinion\n", "p.txt")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Sadia Rehman, Karachi", "The aid review is ten years late.\n\nPublish the audits first."),
        ("Zahid Mehmood", "Your columnist treats leverage as an American tool only."),
        ("GUL ZAMAN", "Sir, nobody asks the drivers."),
    ]
    assert "Letters to the Editor" not in page.article.body


def test_letters_section_with_no_letters_and_a_letter_form():
    page = split_text(
        ARTICLE + "Your letters\nNo letters on this editorial have been published yet.\n"
        "Send a letter\nName\nCity\nYour letter (250 words max)\nSubmit\n", "p.txt")
    assert page.comments == ()


def test_app_copy_name_and_place_compact_times_and_icon_buttons():
    got = comments(
        "Comments (2)\nSort by: Top ▾\nWrite a comment…\n"
        "Asad Mahmood · Rawalpindi\n5h ago\nEnough is enough.\n♥ 112   ↩ Reply   ⚑ Report\n"
        "Nadia Rehman · Lahore\n4h ago\nReplying to @Asad Mahmood\nThink it through.\n♥ 37   ↩ Reply\nHide replies\n"
        "You're all caught up\nAbout us · Contact · Advertise · Privacy policy\n© 2011 Example Daily.\n"
    )
    assert got == [("Asad Mahmood", "5h ago", "Enough is enough."), ("Nadia Rehman", "4h ago", "Think it through.")]


QA_PAGE = """AskAround
Home    Following    Answer    Spaces
Pakistan · FATF · Money Laundering
Why does Pakistan keep ending up on the FATF grey list?
The US moved the motion in 2018. Is it politics or real gaps?
Asked February 21, 2020
Answer    Follow · 96    Request
2 Answers
Faisal Nadeem
Chartered Accountant, compliance officer at a bank in Karachi
Answered February 23, 2020
Both, honestly.
2.7K views · 58 upvotes
Upvote    Share    Comment
Rachel Lin
Former analyst, US Treasury (2009–2016)
Updated Oct 22, 2022
The grey list is not a US instrument.
1.9K views · 40 upvotes
Upvote    Share    Comment
Related questions
What is the FATF grey list?
"""


def test_question_page_masthead_asked_date_and_answers_with_credentials():
    page = split_text(QA_PAGE, "qa.txt")
    assert page.article.title == "Why does Pakistan keep ending up on the FATF grey list?"
    assert str(page.article.published) == "2020-02-21"
    assert page.article.body == "The US moved the motion in 2018. Is it politics or real gaps?"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Faisal Nadeem", "February 23, 2020", "Both, honestly."),
        ("Rachel Lin", "Oct 22, 2022", "The grey list is not a US instrument."),
    ]


ARTICLE_WORDS = ("The consulate said on Tuesday that interview waiting times for visitor visas had fallen "
                 "for the third month running, though families still describe waits of many months. " * 3).strip()

WHATSAPP_EXPORT = f"""WhatsApp Chat with Visa Watch

[16/03/2023, 09:58] Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
[16/03/2023, 10:00] Visa Watch Desk added Nadia Khan
[16/03/2023, 10:04] Visa Watch Desk: 📰 *Visa waits ease in Karachi*
By Visa Watch Staff

{ARTICLE_WORDS}

Read in full: https://visawatch.example/2023/03/16/waits
[16/03/2023, 10:09] Nadia Khan: Still eleven months for my parents.
[16/03/2023, 10:10] Nadia Khan: <Media omitted>
[16/03/2023, 10:12] Omar Q joined using this group's invite link
[16/03/2023, 10:15] +92 300 1112223: Agreed.

The embassy should publish the numbers every week.
[16/03/2023, 10:20] Omar Q: This message was deleted
"""

TELEGRAM_EXPORT = f"""Visa Watch
Channel · 9,120 subscribers

Visa Watch, [3.2.23 10:04]
✅ Visa waits ease in Karachi

Karachi, March 2, 2023

{ARTICLE_WORDS}

👍 312  ❤ 40
👁 9.8K  edited  10:04

Comments

Nadia Khan, [3.2.23 10:09]
[In reply to Visa Watch]
Still eleven months for my parents.

Omar Q joined the group

Omar Q, [3.2.23 10:15]
[Photo]
The line outside the consulate at 7am.
"""


@pytest.mark.parametrize("text, stamps, date", [
    (WHATSAPP_EXPORT, ("16/03/2023, 10:09", "16/03/2023, 10:15"), "2023-03-16"),
    (TELEGRAM_EXPORT, ("3.2.23 10:09", "3.2.23 10:15"), "2023-03-02"),
], ids=["whatsapp", "telegram"])
def test_chat_export_post_is_the_article_and_messages_are_comments(text, stamps, date):
    """The channel's long post is the article (headline without emoji or
    markdown, no byline, counters or link line in the body); later messages
    are comments; app lines, media placeholders, deleted messages and
    reply markers are neither."""
    page = split_text(text, "chat.txt")
    assert page.article.title == "Visa waits ease in Karachi"
    assert str(page.article.published) == date
    assert page.article.body == ARTICLE_WORDS
    authors = [c.author for c in page.comments]
    assert authors == (["Nadia Khan", "+92 300 1112223"] if "WhatsApp" in text else ["Nadia Khan", "Omar Q"])
    assert tuple(c.posted_at for c in page.comments) == stamps
    assert page.comments[0].text == "Still eleven months for my parents."
    assert page.comments[1].text == ("Agreed.\n\nThe embassy should publish the numbers every week." if "WhatsApp" in text
                                     else "The line outside the consulate at 7am.")


def test_two_chat_like_lines_do_not_make_a_chat_export():
    text = ("Talks resume\n\n[02/03/2023, 09:58] Officials: talks resume.\n"
            "[02/03/2023, 10:00] Minister: we are hopeful.\n\n" + ARTICLE_WORDS + "\n")
    assert split_text(text, "news.txt").article.title == "Talks resume"


VBULLETIN_PRINT = f"""Border Affairs Forum (https://forum.example.pk/index.php)
-   Foreign Relations (https://forum.example.pk/forumdisplay.php?f=3)
-   -   Visa waits ease in Karachi (https://forum.example.pk/showthread.php?t=9)

Nadeem.R\t03-02-2023 09:58 AM

Visa waits ease in Karachi
{ARTICLE_WORDS}

Sana_K\t03-02-2023 10:09 AM

Still eleven months for my parents.

Umar99\t03-14-2023 11:15 AM

Quote:

Originally Posted by Sana_K (Post 4411)
Still eleven months for my parents.

Ours took six.

All times are GMT +5. The time now is 06:45 PM.
Powered by vBulletin® Version 3.8.7
"""

PHPBB_PRINT = f"""Border Affairs Board
https://board.example.pk/

Visa waits ease in Karachi
Post by Nadeem.R » Thu Mar 02, 2023 9:58 am

{ARTICLE_WORDS}

Re: Visa waits ease in Karachi
Post by Sana_K » Thu Mar 02, 2023 10:09 am

Still eleven months for my parents.

Re: Visa waits ease in Karachi
Post by Umar99 » Thu Mar 02, 2023 11:15 am

Sana_K wrote: ↑Thu Mar 02, 2023 10:09 am
Still eleven months for my parents.
Ours took six.

All times are UTC+05:00
Powered by phpBB® Forum Software © phpBB Limited
"""


@pytest.mark.parametrize("text", [VBULLETIN_PRINT, PHPBB_PRINT], ids=["vbulletin", "phpbb"])
def test_forum_print_view_first_post_is_the_article_and_quotes_are_not_text(text):
    """The first post is the article, dated by its poster line; later posts
    are comments without reply subjects, quoted posts or the board's footer."""
    page = split_text(text, "thread.txt")
    assert page.article.title == "Visa waits ease in Karachi"
    assert str(page.article.published) == "2023-03-02"
    assert page.article.body == ARTICLE_WORDS
    assert [(c.author, c.text) for c in page.comments] == [
        ("Sana_K", "Still eleven months for my parents."), ("Umar99", "Ours took six.")]
    assert page.comments[0].posted_at_parsed.hour == 10


def test_one_poster_line_under_prose_is_not_a_thread():
    text = f"Visa waits ease in Karachi\n\n{ARTICLE_WORDS}\n\nComments (1)\n\nSana_K\t03-02-2023 10:09 AM\nStill eleven.\n"
    page = split_text(text, "news.txt")
    assert page.article.body == ARTICLE_WORDS
    assert [c.author for c in page.comments] == ["Sana_K"]


X_THREAD = f"""Home
Explore
Notifications
Post
Conversation
Visa Watch
@visawatch_pk
{ARTICLE_WORDS}
Visa waits ease in Karachi for a third month
From visawatch.pk
10:04 AM · Mar 2, 2023
·
9,316
 Views
Post your reply
Reply
Nadia Khan
@nadiakhan
·
1h
Replying to
@visawatch_pk
Still eleven months for my parents.
2
14
SkyRoute Travel
@SkyRouteTravel
Ad
Fly Lahore to New York with one easy stop.
Omar Q
@omarq_
·
40m
The line outside the consulate at 7am.

Every single week.
3
Relevant people
Visa Watch
@visawatch_pk
Follow
"""

MASTODON_THREAD = f"""Search or paste URL
Back
Visa Watch
@visawatch@mastodon.social
{ARTICLE_WORDS}
visawatch.pk
Visa waits ease in Karachi for a third month
The consulate's own figures show the shortest waits since 2019.
Mar 2, 2023, 10:04
·
41
2d
Nadia Khan
@nadiakhan@toot.community
@visawatch Still eleven months for my parents.
1
1d
Omar Q
@omarq@mstdn.social
@visawatch The line outside the consulate at 7am.
Home
Notifications
Explore
Live feeds
"""

LINKEDIN_POST = f"""LinkedIn
Jobs
Sign in
Sara Malik
Immigration Lawyer | Visas & Consular Practice
1w
Report this post
{ARTICLE_WORDS}
#Visas #Pakistan
Visa waits ease in Karachi for a third month
visawatch.pk
1,146
97 Comments
Like
Comment
Share
Nadia Khan
Trade Policy Analyst | Regional Connectivity
6d (edited)
Still eleven months for my parents.
Like
Reply
4 Reactions
Omar Q
Branch Manager at a commercial bank
5d
The line outside the consulate at 7am.
Like
Reply
See more comments
More Relevant Posts
Pak Business Wire
12,408 followers
1w
Every IMF review this year has included a governance paragraph.
"""


@pytest.mark.parametrize("text, stamps, date", [
    (X_THREAD, ("1h", "40m"), "2023-03-02"),
    (MASTODON_THREAD, ("2d", "1d"), "2023-03-02"),
    (LINKEDIN_POST, ("6d", "5d"), None),
], ids=["x", "mastodon", "linkedin"])
def test_social_post_is_the_article_and_replies_are_comments(text, stamps, date):
    """The first long post is the article, titled by its link card and dated
    under it; replies are comments, without handles, counters, buttons, ads
    or what follows the thread."""
    page = split_text(text, "post.txt")
    assert page.article.title == "Visa waits ease in Karachi for a third month"
    assert (str(page.article.published) if page.article.published else None) == date
    assert page.article.body.startswith(ARTICLE_WORDS)
    assert [(c.author, c.posted_at) for c in page.comments] == [("Nadia Khan", stamps[0]), ("Omar Q", stamps[1])]
    first, second = (c.text for c in page.comments)
    assert first.endswith("Still eleven months for my parents.") and "Replying" not in first
    assert second.startswith(("The line", "@visawatch The line")) and "Fly Lahore" not in second
    assert "Relevant" not in second and "Home" not in second and "IMF" not in second


def test_a_byline_handle_over_an_article_with_its_title_stays_an_article():
    text = f"Visa waits ease in Karachi\n\nBy Sara Malik\n@saramalik\n\n{ARTICLE_WORDS}\n\nComments (1)\n\nNadia\nGood.\n"
    page = split_text(text, "news.txt")
    assert page.article.title == "Visa waits ease in Karachi"
    assert page.article.body == ARTICLE_WORDS


VIDEO_PAGE = """Skip navigation
Search
Sign in

Drone strikes and the numbers nobody agrees on
Policy Room
41K subscribers
Subscribe
1.1K
Share
52K views  3 years ago
PESHAWAR, June 3, 2021 — Three counts of the same strikes give three different totals, and each side cites the one it likes.

Show less
2 Comments
Sort by
@noor.writes
3 years ago (edited)
The gap between the counts is the story.
Show less
41
Reply
Hide replies
@AhmedR-q2
3 years ago
Agreed.
Reply
Up next
Another video title that is not a comment
Policy Room
12K views • 2 years ago
9:12
"""


def test_video_page_title_under_navigation_dateline_date_and_control_lines():
    """A video page: the title under navigation and channel counters, the
    date from the description's dateline, "(edited)" times, expander and
    reply controls dropped, and the "Up next" list closing the comments."""
    page = split_text(VIDEO_PAGE, "video.txt")
    assert page.article.title == "Drone strikes and the numbers nobody agrees on"
    assert str(page.article.published) == "2021-06-03"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("@noor.writes", "3 years ago", "The gap between the counts is the story."),
        ("@AhmedR-q2", "3 years ago", "Agreed."),
    ]


LINK_THREAD = f"""Example News new | past | comments | ask | show | jobs | submit

Visa waits ease in Karachi (visawatch.example)
120 points by farah_q 6 hours ago | hide | past | favorite | 3 comments

{ARTICLE_WORDS}

add comment

mzaidi 5 hours ago | next [–]

Eleven months is still a year.

reply

quietbanker 4 hours ago | parent [–]

Agreed.

reply

Guidelines | FAQ | Lists | API | Security | Legal | Contact
"""


def test_link_aggregator_thread_with_lower_case_names_and_thread_navigation():
    """A navigation bar is never the title, a '(domain)' tail is cut, the
    'N points by' line is a byline; comments open at lines naming a
    commenter and a time, without a header; a row of footer links closes them."""
    page = split_text(LINK_THREAD, "thread.txt")
    assert page.article.title == "Visa waits ease in Karachi"
    assert page.article.body == ARTICLE_WORDS
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("mzaidi", "5 hours ago", "Eleven months is still a year."), ("quietbanker", "4 hours ago", "Agreed.")]


NEWSLETTER_POST = f"""The Margalla Weekly Memo
Subscribe
Sign in
Visa waits ease in Karachi
The queue is shorter. It is not short.
Nadia Khan
Mar 16, 2023
12
Share

{ARTICLE_WORDS}

Thanks for reading The Margalla Weekly Memo! Subscribe for free to receive new posts.

Discussion about this post
Comments
Restacks
Omar Q
Mar 17
Liked by Nadia Khan

Still eleven months for my parents.

Reply
Share
Ready for more?
"""


def test_newsletter_post_with_a_dek_and_comment_dates_without_a_year():
    """A four-word masthead above the headline; a dek ending like a sentence
    with the author and date right under it stays out of the head's way;
    comment dates without a year ('Mar 17'); 'Liked by' lines and the
    subscribe prompts are furniture. The dek is listed with the boilerplate, not the body."""
    page = split_text(NEWSLETTER_POST, "post.txt")
    assert page.article.title == "Visa waits ease in Karachi"
    assert str(page.article.published) == "2023-03-16"
    assert page.article.body == ARTICLE_WORDS
    assert "The queue is shorter. It is not short." in page.boilerplate
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Omar Q", "Mar 17", "Still eleven months for my parents.")]


STORY_WITH_RESPONSES = f"""Sign in
Write
Visa waits ease in Karachi
Nadia Khan
Mar 16, 2023
Top highlight

{ARTICLE_WORDS}

The consulate sign, photographed in March 2023. Photo: Visa Watch archive
Pakistan
Visas
Foreign Policy
Karachi
438
11
Written by Nadia Khan
2.3K Followers
Responses (2)
What are your thoughts?
Cancel
Respond
Omar Q
Mar 17, 2023
Still eleven months for my parents.
86
1 reply
Reply
Sara B
Mar 18, 2023
Agreed.
Reply
See all responses
More from Nadia Khan and Visa Watch
"""


def test_story_with_topic_tags_an_author_box_and_responses():
    """A run of short lines closing the body (topic tags, counters) and a
    photo credit line are not prose; the author's box ends the article;
    'Responses (2)' opens the comments, whose counters and reply counts are
    dropped; 'See all responses' closes them."""
    page = split_text(STORY_WITH_RESPONSES, "story.txt")
    assert page.article.title == "Visa waits ease in Karachi"
    assert page.article.body == ARTICLE_WORDS
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Omar Q", "Mar 17, 2023", "Still eleven months for my parents."), ("Sara B", "Mar 18, 2023", "Agreed.")]


PORTAL = f"""Skip to content
Visa waits ease in Karachi
Story by Nadia Khan
16/03/2023

{ARTICLE_WORDS}

Related video: What the visa backlog means for students (Courier TV)

Sponsored Content
Compare health plans in Karachi
Comments (2)
Sign in to comment
Community guidelines
Sort by
Newest
Omar Q
2d
Still eleven months for my parents.
27 👍 4 👎
Reply
Ad
Compare cheap flights to Islamabad
SkyRoute Travel
Book now
Sara B
1d
Agreed.
Reply
"""


def test_portal_with_skip_links_embeds_a_sponsored_box_and_ads_between_comments():
    """Skip links are navigation; 'Story by' is a byline; an embedded-video
    line is not prose; a sponsored box ends the article; the widget's own
    'Community guidelines' link does not close the comments; an ad between
    comments (a label, then a call to action) is neither comment."""
    page = split_text(PORTAL, "portal.txt")
    assert page.article.title == "Visa waits ease in Karachi"
    assert str(page.article.published) == "2023-03-16"
    assert page.article.body == ARTICLE_WORDS
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Omar Q", "2d", "Still eleven months for my parents."), ("Sara B", "1d", "Agreed.")]


def test_a_one_sentence_article_is_not_a_dek_whose_byline_is_the_first_comments_date():
    """The print line closes the article, so the first comment's author and
    time under it are not the byline of a dek: the comment stays a comment."""
    page = split_text("Envoy visit ends with promises\n\nOur Staff ReporterUpdated March 5, 2015\n\n"
                      "ISLAMABAD: The US envoy ended a two-day visit on Thursday.\n\n"
                      "Published in Dawn, March 5th, 2015\n\nZara\nMar 05, 2015 10:01am\n\n"
                      "Washington always promises and never delivers.\n\nOmar\nMar 05, 2015 11:15am\n\nGood to see dialogue.\n",
                      "p.txt")
    assert page.article.body == "ISLAMABAD: The US envoy ended a two-day visit on Thursday."
    assert [(c.author, c.text) for c in page.comments] == [
        ("Zara", "Washington always promises and never delivers."), ("Omar", "Good to see dialogue.")]


def test_a_sidebar_between_the_title_and_the_post_is_head_when_the_headline_comes_again_with_its_byline():
    """A link aggregator's page: its title line, a sidebar of rules and other
    threads, then the headline again with 'submitted … by' under it: the
    body starts after that byline, and a reposted story's own byline under the
    reposter's note is dropped too."""
    page = split_text(
        "Envoy ends visit with promises : worldnews\n\nworldnews\n"
        "Major news from around the world. No opinion pieces. Please read the rules before posting.\n"
        "1,093 · 611 comments\nAustralia announces a taskforce\n"
        "Envoy ends visit with promises (self.worldnews)\nsubmitted 3 years ago by karachi_kite\n"
        "Copying the article here as it is behind a login.\n"
        "By Staff Correspondent | Published March 5, 2015\n"
        "ISLAMABAD: The US envoy ended a two-day visit on Thursday with promises of more talks.\n", "p.txt")
    assert page.article.title == "Envoy ends visit with promises"
    assert page.article.body == ("Copying the article here as it is behind a login.\n"
                                 "ISLAMABAD: The US envoy ended a two-day visit on Thursday with promises of more talks.")
    assert "By Staff Correspondent | Published March 5, 2015" in page.boilerplate
    assert "Major news from around the world. No opinion pieces. Please read the rules before posting." in page.boilerplate


def test_a_web_archive_toolbar_above_a_copied_page_is_boilerplate():
    page = split_text(
        "The Wayback Machine - http://web.archive.org/web/20110506093512/http://example.pk/envoy\n"
        "INTERNET ARCHIVE\nWayback Machine\nhttp://example.pk/envoy\nGo\n14 captures\n6 May 2011 - 22 Feb 2014\n"
        "About this capture\nCOLLECTED BY\nTIMESTAMPS\nloading\nClose\nHelp\n"
        + ARTICLE + "Comments (1)\n\nZara\nMay 06, 2011 10:01am\nGood to see dialogue.\n", "p.txt")
    assert page.article.title == "US aid review announced"
    assert page.boilerplate[:3] == ("The Wayback Machine - http://web.archive.org/web/20110506093512/http://example.pk/envoy",
                                    "INTERNET ARCHIVE", "Wayback Machine")
    assert [(c.author, c.text) for c in page.comments] == [("Zara", "Good to see dialogue.")]


def test_a_printout_loses_its_running_headers_and_footers_and_joins_what_a_page_break_cut():
    header, footer = "5/4/2016      Envoy ends visit | The Ledger", "http://example.pk/story/1      {}/2"
    page = split_text(
        f"{header}\n\nTHE LEDGER      Sign in      Subscribe\n\nEnvoy ends visit with promises\n\nBy Staff Reporter\n\n"
        "ISLAMABAD: The US envoy ended a two-day visit on Thursday with promises of more\n\n"
        f"{footer.format(1)}\n{header}\n\n"
        "talks, and officials said the next round would be held in Washington after the bud-\n"
        "get session.\n\nComments (1)\n\nZara\nMay 05, 2016 10:01am\nGood to see dialogue.\n\n"
        f"{footer.format(2)}\n", "p.txt")
    assert page.article.title == "Envoy ends visit with promises"
    assert page.article.body == ("ISLAMABAD: The US envoy ended a two-day visit on Thursday with promises of more\n"
                                 "talks, and officials said the next round would be held in Washington after the budget\n"
                                 "session.")
    assert header in page.boilerplate and footer.format(1) in page.boilerplate
    assert [(c.author, c.text) for c in page.comments] == [("Zara", "Good to see dialogue.")]
