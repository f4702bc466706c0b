"""Layouts of the sixteenth blind round (issue 18), each on a short page written
for these tests: a Discord channel, a Stack Exchange question and a Tumblr
reblog chain copied as text."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.dates import parse_date_text

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
