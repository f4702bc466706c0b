"""Round 60 of the blind layouts (issue 18), on short pages written for these
tests: comment times dated "2011/03/16"; a comment form whose first line
("Post your comment") and labels sit over the comments; "↳ Replying to NAME"
over a reply's name; a long dek without a full stop between a headline and
its byline; comments signed under their texts by labelled fields
("Commenter", "Location", "Date and time") under a sort label; a headline
over its labelled date ("Date: March 17, 2011 - 7:46AM") under a dated
masthead."""
from __future__ import annotations

from comments import split_text

PARAGRAPH = ("Raymond Davis, the CIA contractor held for the killing of two men in Lahore, was freed on Wednesday after "
             "the families of the dead accepted compensation under Islamic law, officials said.")
SECOND = ("The release ended a standoff that had strained relations between Washington and Islamabad for seven weeks "
          "and prompted protests in several Pakistani cities.")


def test_comment_times_dated_with_slashes_year_first():
    page = split_text(f"""CIA contractor freed in Pakistan

{PARAGRAPH}

Comments (2)

KeepItSimple_Sam
Posted 2011/03/16 at 8:14 AM ET
So a man walks free because someone wrote a cheque.
Reply | Report Abuse

Lahori_Munda
Posted 2011/03/16 at 8:39 AM ET
In reply to KeepItSimple_Sam
Diyat is legal under our law, nobody denies that.
Reply | Report Abuse
""")
    assert [(c.author, c.parent) for c in page.comments] == [("KeepItSimple_Sam", None), ("Lahori_Munda", 1)]
    assert page.comments[1].posted_at_parsed.isoformat() == "2011-03-16T08:39:00"


def test_a_form_over_the_comments_and_replies_marked_with_an_arrow():
    page = split_text(f"""India unhappy as US clears F-16 maintenance package for Pakistan

The $450 million deal is the first major security assistance to Islamabad since the 2018 freeze

By Web Desk

Updated: September 09, 2022 17:32 IST

{PARAGRAPH}

Comments (2)

Post your comment
Name *
Email *
Your comment *
Post Comment

Nandakumar Iyer, Chennai
Sep 09, 2022 06:14 PM
The Americans will always keep Pakistan on a drip.
Like (23) | Dislike (2) | Reply | Report

↳ Replying to Nandakumar Iyer, Chennai
Hamza Siddiqui, Rawalpindi
Sep 09, 2022 06:40 PM
It is a maintenance contract for jets we already paid for.
Like (9) | Dislike (6) | Reply | Report
""")
    assert page.article.title == "India unhappy as US clears F-16 maintenance package for Pakistan"
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Nandakumar Iyer, Chennai", None), ("Hamza Siddiqui, Rawalpindi", 1)]


def test_comments_signed_under_their_texts_by_labelled_fields():
    page = split_text(f"""Sharif presses Obama to end drone strikes

{PARAGRAPH}

Comments
2 comments

Sort
Oldest
Newest

Ask for an end in public, accept the aid in private.

Commenter
Harry of Haberfield
Date and time
October 24, 2013, 8:31AM

The drones are used because the army won't go into those areas itself.

Commenter
Sana M
Location
Karachi
Date and time
October 24, 2013, 8:46AM
""")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Harry of Haberfield", "October 24, 2013, 8:31AM", "Ask for an end in public, accept the aid in private."),
        ("Sana M", "October 24, 2013, 8:46AM", "The drones are used because the army won't go into those areas itself.")]


def test_a_headline_over_its_labelled_date_under_a_dated_masthead():
    page = split_text(f"""Skip to navigation
Skip to content
Help
Subscribe to the Herald
Today's Paper
Log in
The Sydney Morning Herald
smh.com.au
Thursday, March 17, 2011
Home
News
World
Business
Sport

Advertisement

CIA contractor freed after Lahore families accept 'blood money'
Date: March 17, 2011 - 7:46AM

Reuters

Email article
Print

{PARAGRAPH}

{SECOND}
""")
    assert page.article.title == "CIA contractor freed after Lahore families accept 'blood money'"
