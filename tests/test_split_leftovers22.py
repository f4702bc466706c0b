"""Saved HTML left over from earlier blind rounds (issue 18), fixed in session 22,
each on a short page written for these tests: an old layout-table news page
whose story is a run of <font> paragraphs in a cell, under a masthead dated the
day it was saved; a link aggregator's self post kept inside an edit form with
only hidden fields, beside a sidebar; and a blog whose headline repeats over a
"Last updated on" line (the first copy with a typing cursor's "_")."""
from __future__ import annotations

from comments.html import split_html

LAYOUT_TABLE = """<html><head><title>Valley Times - Wheat aid arrives at Karachi port</title></head><body>
<table width="100%"><tr><td><font size="5">VALLEY TIMES</font></td>
<td align="right"><font size="1">Tuesday, June 14, 2005</font></td></tr>
<tr><td colspan="2"><a href="/">Home</a> :: <a href="/city">City</a> :: <a href="/letters">Letters</a></td></tr></table>
<table width="760"><tr><td width="560" valign="top">
<b><font size="4">Wheat aid arrives at Karachi port</font></b><br>
<font size="1">Staff Reporter - Posted: 12 June 2005</font>
<p><font size="2">The first ship carrying American wheat under the new food aid agreement docked at Karachi on Sunday, port officials said.</font></p>
<p><font size="2">The cargo of fifty thousand tonnes will be moved to flour mills in Sindh and southern Punjab over the next two weeks.</font></p>
<p><font size="2">Millers said the delivery would ease prices before the summer, though traders warned that transport costs were rising.</font></p>
<p><font size="1"><a href="print.asp?n=1">Print this story</a> | <a href="mail.asp?n=1">E-mail to a friend</a></font></p>
<b>Readers' Feedback</b>
<div><p><i>No feedback has been received on this story yet.</i></p></div>
<form method="post" action="feedback.pl">Name: <input type="text" name="name"><textarea name="c"></textarea>
<input type="submit" value="Send"></form>
</td><td width="200" valign="top"><b>MOST READ</b><br>1. <a href="n1.html">Cotton prices steady</a><br>
2. <a href="n2.html">Schools reopen after summer</a></td></tr></table>
<table><tr><td>(c) 2005 Valley Times</td></tr></table>
</body></html>"""


def test_layout_table_story_is_its_paragraphs_dated_by_its_byline():
    page = split_html(LAYOUT_TABLE, "valley.html")
    body = page.article.body
    assert page.article.title == "Wheat aid arrives at Karachi port"
    assert str(page.article.published) == "2005-06-12"  # the byline's date, not the masthead's day
    assert body.startswith("The first ship carrying American wheat")
    assert body.endswith("transport costs were rising.")
    assert body.count("\n\n") == 2
    for furniture in ("Posted:", "VALLEY TIMES", "Print this story", "Readers' Feedback", "MOST READ", "Cotton"):
        assert furniture not in body
    assert page.comments == ()


SELF_POST = """<html><head><title>Does the airspace deal still matter? : geopolitics</title></head><body>
<div class="side"><div class="md"><p>This community discusses how geography, economics and demography shape the
politics of states and the relations between them, with sources.</p><p>Read the wiki before posting.</p></div></div>
<div class="content"><div class="sitetable linklisting"><div class="thing link self">
<p class="title"><a class="title" href="/r/geopolitics/comments/abc/">Does the airspace deal still matter?</a></p>
<p class="tagline">submitted <time datetime="2021-09-20T10:00:00+00:00">3 days ago</time> by
<a class="author" href="/user/ravi_k">ravi_k</a></p>
<div class="expando"><form class="usertext" action="#"><input type="hidden" name="thing_id" value="t3_abc">
<div class="usertext-body"><div class="md">
<p>After the withdrawal, the only thing Pakistan still gives the United States without asking is a corridor in the
sky for flights into Afghanistan, and nobody in either capital wants to talk about it in public.</p>
<p>My guess is that the corridor outlives every other part of the old bargain, because it costs Islamabad nothing
visible and saves Washington a long detour.</p>
</div></div></form></div></div></div>
<div class="commentarea"><div class="sitetable nestedlisting">
<div class="thing comment" data-type="comment"><div class="entry"><p class="tagline">
<a class="author" href="/user/lahore_lens">lahore_lens</a> <time class="live-timestamp" datetime="2021-09-20T11:00:00+00:00">3 days ago</time></p>
<form class="usertext" action="#"><input type="hidden" name="thing_id" value="t1_a">
<div class="usertext-body"><div class="md"><p>It costs something: every drone that flies over us is a headline here.</p></div></div></form>
<ul class="buttons"><li><a href="#">permalink</a></li><li><a href="#">reply</a></li></ul></div></div>
<div class="thing comment deleted" data-type="comment"><div class="entry"><p class="tagline">
<em>[deleted]</em> <time class="live-timestamp" datetime="2021-09-21T09:00:00+00:00">2 days ago</time></p>
<form class="usertext" action="#"><input type="hidden" name="thing_id" value="t1_b">
<div class="usertext-body"><div class="md"><p>[removed]</p></div></div></form>
<ul class="buttons"><li><a href="#">permalink</a></li><li><a href="#">reply</a></li></ul></div></div>
<div class="thing comment" data-type="comment"><div class="entry"><p class="tagline">
<a class="author" href="/user/dc_watcher">dc_watcher</a> <time class="live-timestamp" datetime="2021-09-22T08:00:00+00:00">1 day ago</time></p>
<form class="usertext" action="#"><input type="hidden" name="thing_id" value="t1_c">
<div class="usertext-body"><div class="md"><p>The detour argument is right. Nobody here wants to fly around Iran.</p></div></div></form>
<ul class="buttons"><li><a href="#">permalink</a></li><li><a href="#">reply</a></li></ul></div></div>
</div></div></div></body></html>"""


def test_self_post_inside_a_hidden_field_form_is_the_body_and_deleted_accounts_keep_their_placeholder():
    page = split_html(SELF_POST, "self.html")
    body = page.article.body
    assert body.startswith("After the withdrawal, the only thing Pakistan still gives")
    assert body.endswith("saves Washington a long detour.")
    assert "This community discusses" not in body
    assert [c.author for c in page.comments] == ["lahore_lens", "[deleted]", "dc_watcher"]
    assert [c.text for c in page.comments][1] == "[removed]"


UPDATED = """<html><head><title>After Kabul | Margalla Notes</title></head><body>
<header><a href="/">Margalla Notes</a> <a href="/archive">Archives</a></header>
<main><div class="post-head"><h1 class="post-title">After Kabul: what leverage is left_</h1>
<div class="post-meta"><span>September 2, 2021</span> <span>527 words</span></div></div>
<article class="post"><h2>After Kabul: what leverage is left</h2>
<div class="post-updated">Last updated on September 9, 2021</div>
<div class="post-body"><p>For twenty years Pakistan's place in American planning rested on one fact of geography: every supply
convoy and most flights into Afghanistan crossed its territory.</p>
<p>That fact ended on 30 August, and Islamabad has spent the weeks since trying to show it is still useful to
Washington in other ways.</p>
<p>The honest answer is that one card is left, the relationship with the Taliban, and it is worth less every month.</p>
</div></article></main><footer>Margalla Notes 2021</footer></body></html>"""


def test_an_update_line_under_a_repeated_headline_is_not_the_publication_date():
    page = split_html(UPDATED, "after_kabul.html")
    assert str(page.article.published) == "2021-09-02"
    assert "Last updated on September 9, 2021" in page.boilerplate
