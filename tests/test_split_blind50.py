"""Round 50 of the blind layouts (issue 18), on short saved pages written for
these tests: Drupal comments whose writer and time are given in words under a
subject heading, and a comment plugin whose 'View 4 more replies' sits in the
comment's text part."""
from __future__ import annotations

from comments.html import split_html

PARAGRAPH = ("An apology for the border raid would cost Washington little, officials in Islamabad said on Saturday, "
             "while the closure of the supply routes was costing both sides far more each week.")


def test_drupal_comments_named_in_words_under_a_subject_heading():
    def comment(subject, name, when, text):
        return (f'<div class="comment comment-by-anonymous"><h3><a href="#c">{subject}</a></h3>'
                f'<div class="submitted">Submitted by {name} (not verified) on {when}</div>'
                f'<div class="content"><p>{text}</p></div><ul class="links"><li><a href="#">reply</a></li></ul></div>')
    page = split_html(f"""<html><body><h1 class="page-title">The reset nobody wants</h1>
<span class="date-display-single">May 5, 2012</span><div class="field-item"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>
<div id="comments">{comment("Apology is the minimum", "Tariq Mahmood", "Sat, 05/05/2012 - 10:21", "It costs nothing.")}
{comment("Not so simple", "Greg Whitfield", "Sat, 05/05/2012 - 11:02", "Words have a price in an election year.")}
</div></body></html>""")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Tariq Mahmood", "Sat, 05/05/2012 - 10:21", "It costs nothing."),
        ("Greg Whitfield", "Sat, 05/05/2012 - 11:02", "Words have a price in an election year.")]


def test_a_view_more_replies_link_in_the_comments_text_part_is_no_text():
    def comment(name, text, more=""):
        return (f'<div class="comment"><span class="comment-author">{name}</span><span class="comment-time">2y</span>'
                f'<div class="comment-text"><p>{text}</p>{more}</div></div>')
    page = split_html(f"""<html><body><h1>Congress blocks the subsidy</h1><p>May 3, 2016</p>
<div class="entry__text"><p>{PARAGRAPH}</p></div><div class="comments">
{comment("Imran Qureshi", "Buy from China then.", '<a href="#">View 4 more replies</a>')}
{comment("Dave Miller", "Good call by Congress.")}</div></body></html>""")
    assert [c.text for c in page.comments] == ["Buy from China then.", "Good call by Congress."]
