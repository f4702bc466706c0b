"""Round 52 of the blind layouts (issue 18), on short pages written for these
tests: an online paper whose first line is its name and motto split by '::',
a Disqus thread under a sort bar set in columns of three-word items and a
copyright line in brackets; saved Disqus threads whose depth is a data
attribute; captions whose credit follows with no stop."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("A bullet-scarred motorcycle now sits in a police compound in Lahore, and it has become the most "
             "talked-about vehicle in the country since an American shot its two riders at a crowded crossing.")


def test_a_motto_after_two_colons_a_sort_bar_in_columns_and_a_bracketed_copyright():
    page = split_text(f"""Eastern Times Online :: South Asia news, business and economy

Eastern Times Online
Front Page
South Asia
Letters

South Asia
     Feb 12, 2011


Davis affair puts Washington on the back foot
By Faisal Qureshi

{PARAGRAPH}

{PARAGRAPH}

(Copyright 2011 Eastern Times Online (Holdings) Ltd. All rights reserved. Please contact us about syndication.)

Email this article

Add New Comment
Login
Showing 2 comments
Sort by   Popular now   Subscribe by email   Subscribe by RSS

Tariq Mehmood
3 weeks ago
Two young men are dead on a public road.
Like Reply

Jim Hollister
3 weeks ago
If he was registered as consular staff the law is clear.
Like Reply
""")
    assert page.article.title == "Davis affair puts Washington on the back foot"
    assert "Copyright" not in page.article.body
    assert [(c.author, c.text) for c in page.comments] == [
        ("Tariq Mehmood", "Two young men are dead on a public road."),
        ("Jim Hollister", "If he was registered as consular staff the law is clear.")]


def test_a_saved_disqus_thread_nested_by_its_depth_attribute():
    def comment(n, depth, name, text):
        reply = " dsq-comment-is-reply" if depth else ""
        return (f'<li id="dsq-comment-{n}" class="dsq-comment{reply}" data-dsq-depth="{depth}" '
                f'style="margin-left:{30 * depth}px"><cite class="dsq-comment-cite">'
                f'<a class="dsq-commenter-name">{name}</a></cite><span class="dsq-comment-header-time">'
                f'<a title="Permalink">2{n} hours ago</a></span><div class="dsq-comment-message"><p>{text}</p></div>'
                f'<a class="dsq-comment-footer-reply-tab">Reply</a></li>')
    page = split_html(f"""<html><body><h1>Pakistan jails the doctor who helped find bin Laden</h1>
<div class="entry-content"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div><ul id="dsq-comments">
{comment(1, 0, "desertfox1776", "Not one more dime.")}{comment(2, 1, "Farhan Malik", "Look at it from our side.")}
{comment(3, 2, "desertfox1776", "Your law protected him.")}{comment(4, 0, "OldSalt", "Bring him home.")}
</ul></body></html>""")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("desertfox1776", None), ("Farhan Malik", 1), ("desertfox1776", 2), ("OldSalt", None)]


def test_captions_whose_agency_follows_with_no_stop():
    page = split_text(f"""Drone strikes paused in the tribal areas

By Staff Correspondent

A tribesman walks past the rubble of a house hit by a drone in 2013 Photo- AFP

{PARAGRAPH}

Protesters in Karachi burn an effigy on January 2, 2018 Reuters

{PARAGRAPH}
""")
    assert "AFP" not in page.article.body and "Reuters" not in page.article.body
    assert page.article.body == f"{PARAGRAPH}\n\n{PARAGRAPH}"
