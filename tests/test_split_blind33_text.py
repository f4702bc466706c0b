"""Round 33 of the blind layouts, copied text (issue 18), each on a short page
written for these tests: a webmail conversation (a news digest forwarded to a
family list, each reply's sender as "Name <address>", dates without a year
and with their age, a signature above the quoted attribution, a collapsed
quote "..."), and an audio page's comments (replies opening with the profile
link's "@first-last" form, a related-tracks box after the last comment), and a
podcast page whose replies are known only by the tabs a copy kept before them."""
from __future__ import annotations

import datetime as dt

from comments import split_text

WEBMAIL = """Skip to content
Using Gmail with screen readers
Compose
Inbox
1,204
Labels
Malik Family
1 of 2,418
Fwd: Pakistan reopens the supply routes
Inbox
x
Print all
In new window
Tariq Malik <tariq.malik@example.com>
\t
Tue, Jul 3, 2012, 11:02 PM
\t
to malik-family

---------- Forwarded message ---------
From: Evening Digest <digest@example.com.pk>
Date: Tue, Jul 3, 2012 at 9:40 PM
Subject: Pakistan reopens the supply routes
To: <tariq.malik@example.com>

View this email in your browser

Pakistan reopens the supply routes

ISLAMABAD: Pakistan reopened the land routes for NATO supplies to Afghanistan on Tuesday after the United States said it was sorry for the deaths of 24 soldiers at Salala last November.

The transit fee stays at the old rate, officials said, and the first trucks are expected at Torkham within days.

Unsubscribe | Manage preferences

Sara Malik <sara.malik@example.com>
\t
Wed, Jul 4, 2012, 7:48 AM
\t
to malik-family

Abbu, seven months of closure and the fee did not move. Who exactly won this?

...

Imran Malik <imran.m@example.com>
\t
Wed, Jul 4, 2012, 9:20 AM (2 days ago)
\t
to me, Sara, +4

Sara, nobody won. Both sides needed the road more than the argument.

-- 
Imran Malik
Engineer, Islamabad

On Wed, Jul 4, 2012 at 7:48 AM Sara Malik <sara.malik@example.com> wrote:
> Abbu, seven months of closure and the fee did not move. Who exactly won this?

Reply
Forward
"""


def test_webmail_conversation_with_a_forwarded_story():
    page = split_text(WEBMAIL, "mail.txt")
    assert page.article.title == "Pakistan reopens the supply routes"
    assert page.article.published == dt.date(2012, 7, 3)
    assert page.article.body.startswith("ISLAMABAD: Pakistan reopened the land routes")
    assert "View this email" not in page.article.body and "Unsubscribe" not in page.article.body
    assert [(c.author, c.parent) for c in page.comments] == [("Sara Malik", None), ("Imran Malik", 1)]
    assert page.comments[1].posted_at == "Wed, Jul 4, 2012, 9:20 AM (2 days ago)"
    assert page.comments[1].text == "Sara, nobody won. Both sides needed the road more than the argument."
    assert page.comments[0].text == "Abbu, seven months of closure and the fee did not move. Who exactly won this?"


TRACK = """SoundCloud
Home
Search for artists, bands, tracks, podcasts
Sign in
Radio Awaz Current Affairs
Why the supply routes reopened | Awaz Current Affairs
3 years ago
Write a comment
Release date:
5 July 2012
This week we ask why Pakistan reopened the NATO supply routes after seven months, and what the apology from Washington was worth.

Our guests are a retired general and a trade economist from Karachi, who disagree about almost everything.
3 comments
Usman Tariq
at 04:51
3 years ago
The apology was worth exactly one word, and we took it.
Reply
Report
Jenny Holt
at 04:51
3 years ago
@usman-tariq from Washington it looked like the word cost a lot to say.
Reply
Report
Rachel Simmons
at 39:45
2 years ago
Great discussion, thank you both.
Reply
Report
Related tracks
View all
Kerry-Lugar five years on
8,102
"""


def test_audio_page_replies_by_profile_link_names_and_related_tracks():
    page = split_text(TRACK, "track.txt")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Usman Tariq", None), ("Jenny Holt", 1), ("Rachel Simmons", None)]
    assert page.comments[2].text == "Great discussion, thank you both."
    assert "Search for artists" not in page.article.body


EPISODE = """The Islamabad Brief
Episode 47: The IMF deal and Washington's quiet veto
May 3, 2019
This week we look at the IMF's new programme for Pakistan and at what the United States asked for before it agreed.

Our guest argues that the conditions were ordinary, and that the politics around them were not.
Comments (4)
To leave or reply to comments, please download free Podbean App
Ayesha Siddiqui
2019-05-04
Every government blames the IMF and then signs anyway.
Reply
\tMichael Grant
\t2019-05-04
\tFrom DC this looks like standard practice, not a veto.
\tReply
\t\tAyesha Siddiqui
\t\t2019-05-05
\t\tStandard practice that only gets mentioned when the other creditor is Beijing.
\t\tReply
Rana Shahzad
2019-05-06
Please do an episode on the FATF grey list next.
Reply
More Episodes
Episode 46: Doha and the talks about the talks
"""


def test_replies_known_only_by_the_indentation_a_copy_kept():
    page = split_text(EPISODE, "episode.txt")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Ayesha Siddiqui", None), ("Michael Grant", 1), ("Ayesha Siddiqui", 2), ("Rana Shahzad", None)]
