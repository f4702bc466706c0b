"""Round 66 of the blind layouts (issue 18), on short pages written for these
tests: a Facebook plugin's folded replies (`NAME replied · 3 Replies`) under a
comment's buttons; a time labelled `Posted at` in its own part (saved HTML);
captions credited `Photo / AP` or opening `This file photo shows`, a closing
agency line (`- Telegraph Group Ltd`), a publisher's disclaimer, and a footer
row `Comment guidelines | Terms of use` under the last comment."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Pakistan reopened the NATO supply routes on Tuesday after Washington said it was sorry for the "
             "deaths of 24 soldiers at two border posts last November.")
SECOND = ("Officials said the first trucks would cross at Torkham and Chaman within days, once customs clearance "
          "resumed at the port of Karachi and the drivers were paid.")


def test_folded_replies_under_a_comments_buttons():
    page = split_text(f"""Imran Khan meets Trump at the White House

{PARAGRAPH}

3 Comments
Sort by Top

Add a comment...

Tariq Mehmood
Lahore, Pakistan
Khan sahab ne kamaal kar diya.
Like · Reply · 41 · 1d
Shahzad Butt replied · 3 Replies
Anand Kulkarni
Works at Wipro
Trump says whatever the person next to him wants to hear.
Like · Reply · 27 · 1d
Jennifer Haskell
Houston, Texas
We have been in Afghanistan for almost 18 years.
Like · Reply · 9 · 1d

Facebook Comments Plugin
""")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Tariq Mehmood", "1d", "Khan sahab ne kamaal kar diya."),
        ("Anand Kulkarni", "1d", "Trump says whatever the person next to him wants to hear."),
        ("Jennifer Haskell", "1d", "We have been in Afghanistan for almost 18 years.")]


def test_a_time_labelled_posted_at():
    def comment(n, name, text):
        return (f'<div class="comment" id="c{n}"><p class="comment-info"><span class="comment-author"><strong>{name}'
                f'</strong></span> <span class="posted">Posted at 7:4{n} AM May 04, 2011</span></p>'
                f'<p class="comment-text">{text}</p></div>')
    page = split_html(f"""<html><head><title>Bin Laden killed</title></head><body><div class="story"><h1>Bin Laden
killed</h1><p>{PARAGRAPH}</p><p>{SECOND}</p></div><div class="comments">{comment(1, "Greg", "Good riddance.")}
{comment(2, "Wendy", "Now bring the troops home.")}</div></body></html>""")
    assert [(c.author, c.posted_at) for c in page.comments] == [
        ("Greg", "7:41 AM May 04, 2011"), ("Wendy", "7:42 AM May 04, 2011")]


def test_captions_closing_credits_a_disclaimer_and_a_footer_row():
    page = split_text(f"""NATO supply routes to reopen

Fuel tankers bound for Afghanistan wait at a truck stand on the outskirts of Karachi. Photo / Reuters

{PARAGRAPH}

This file photo shows US President Donald Trump speaking at the White House in Washington, DC.

{SECOND}

- Telegraph Group Ltd

We publish a variety of perspectives. Nothing written here is to be construed as representing the views of the publisher.

2 comments

Alan Boyd
6 hours ago
Trade is the best foreign policy.
Reply

Kamran Javed
in reply to Alan Boyd
5 hours ago
NZ buys a lot of our rice, Alan.
Reply

Load more comments
Comment guidelines | Terms of use
""")
    assert page.article.body == f"{PARAGRAPH}\n\n{SECOND}"
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("Alan Boyd", None, "Trade is the best foreign policy."), ("Kamran Javed", 1, "NZ buys a lot of our rice, Alan.")]
