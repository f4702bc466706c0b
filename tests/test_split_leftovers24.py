"""Leftovers of earlier blind rounds fixed in session 24 (issue 18), on short
pages written for these tests: a Q&A site's comment threads, every box of
the page sharing its first class name ("q-box …"), each comment's age a
short "4y" after the name, replies in a box nested in their parent."""
from __future__ import annotations

from comments.html import split_html


def _comment(n, name, age, text, replies=""):
    return f"""<div class="q-box qu-pt--medium" id="comment_{n}">
<div class="q-flex"><div class="q-box qu-mr--small"><a class="q-box" href="/profile/x"><img src="a.png"></a></div>
<div class="q-box qu-flex--auto"><div class="q-flex"><div class="q-text qu-bold"><span><a class="q-box" href="/profile/{n}">
<span>{name}</span></a></span></div><span class="q-text">·</span><a class="q-box" href="/answer/{n}"><span>{age}</span></a></div>
<div class="q-box qu-pt--tiny"><div class="q-text"><span class="q-box"><p class="q-text">{text}</p></span></div></div>
<div class="q-flex"><button class="q-click-wrapper" aria-label="Upvote"><span>12</span></button>
<button class="q-click-wrapper"><div class="q-text">Reply</div></button></div></div></div>
{f'<div class="q-box qu-ml--large comment_replies">{replies}</div>' if replies else ''}</div>"""


PAGE = f"""<html><head><title>Why did Pakistan close the supply routes? - Quora</title></head><body>
<div class="q-box"><h1 class="q-box"><span class="q-text">Why did Pakistan close the supply routes?</span></h1>
<div class="q-box"><p class="q-text">Because twenty-four soldiers were killed at two border posts, and the army felt that for
once it had to be seen to do something that actually cost the Americans money and time.</p>
<p class="q-text">The routes stayed shut for seven months, until the Secretary of State said the word the army wanted to
hear, and the trucks that had waited at Karachi port began to move again towards Torkham and Chaman.</p>
<p class="q-text">Both sides lost more than they admitted, and neither side forgot it in the years that followed.</p></div>
<div class="q-box comment_list">
{_comment(1, "Vikram Sethi", "4y", "Good answer, but you left out who fired first.",
          _comment(2, "Faisal Qureshi", "4y", "Both investigations disagree on that."))}
{_comment(3, "Jennifer Alcott", "3y", "The apology took far too long.")}
</div></div></body></html>"""


def test_comment_threads_in_boxes_that_all_share_a_first_class_name():
    page = split_html(PAGE)
    assert [(c.author, c.posted_at, c.parent, c.text) for c in page.comments] == [
        ("Vikram Sethi", "4y", None, "Good answer, but you left out who fired first."),
        ("Faisal Qureshi", "4y", 1, "Both investigations disagree on that."),
        ("Jennifer Alcott", "3y", None, "The apology took far too long.")]


BROADCASTER = """Skip to Content
World News Network
Home
News
Middle East
Central & South Asia
Europe
Business
Search

Parliament condemns raid and demands review of ties
Lawmakers threaten to block supply routes if drone strikes continue.
Last Modified: 14 May 2011 19:05

Pakistan's parliament has unanimously passed a resolution condemning the raid, calling it a violation of sovereignty.

Lawmakers warned that the land routes could be shut if the strikes did not stop.

Comments
We welcome comments that advance the story through relevant opinion, anecdotes, links and data.

Add New Comment
Login
Type your comment here.
Post as …
Showing 2 comments
Sort by   Popular now   Best rating   Newest first
Real-time updating is enabled. (Pause)

Farooq Ahmed
1 day ago
Finally the parliament speaks with one voice.
Like Reply
6 people liked this.

Khalid Mehmood
20 hours ago
Sahi baat.
Like Reply
1 person liked this.
"""


def test_comments_under_a_form_and_their_count_a_sort_bar_in_columns_and_a_menu_item_over_the_headline():
    from comments import split_text

    page = split_text(BROADCASTER)
    assert page.article.title == "Parliament condemns raid and demands review of ties"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Farooq Ahmed", "1 day ago", "Finally the parliament speaks with one voice."),
        ("Khalid Mehmood", "20 hours ago", "Sahi baat.")]
