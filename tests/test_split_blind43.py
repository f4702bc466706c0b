"""Round 43 of the blind layouts (issue 18), on short pages written for these
tests: a broadcaster's Joomla page whose JComments list opens with its
"Refresh comments list" furniture and puts a vote score between each head
and its text; a Disqus copy whose reply heads run the parent's name after
the writer's, the arrow lost; a saved Disqus theme with "show more" links."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("The Afghan government on Wednesday welcomed Pakistan's decision to reopen the ground supply routes "
             "for NATO forces, which had been closed since a deadly cross-border air strike last November.")

JOOMLA = f"""Kabul Broadcasting
Wednesday, 04 July 2012

Home
Afghanistan
World

You are here:  Home  Afghanistan

Kabul welcomes reopening of NATO supply routes through Pakistan

Written by Farid Ahmadzai
Published on Wednesday, 04 July 2012 17:22

Fuel tankers wait at the Torkham crossing. Kabul Broadcasting file photo

{PARAGRAPH}

{PARAGRAPH}

Last Updated on Wednesday, 04 July 2012 18:05

Comments
Subscribe to this comment's feed
Refresh comments list

#1 Hamid, Kabul 2012-07-04 18:32
+6
Seven months the trucks were standing at Torkham.
Quote

#2 Imran Siddiqui 2012-07-04 19:05
-2
Pakistan got nothing from this deal.
Quote

RSS feed for comments to this post.
"""


def test_jcomments_furniture_over_the_comments_and_scores_between_head_and_text():
    page = split_text(JOOMLA)
    assert page.article.title == "Kabul welcomes reopening of NATO supply routes through Pakistan"
    assert page.article.body == f"{PARAGRAPH}\n\n{PARAGRAPH}"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Hamid, Kabul", "2012-07-04 18:32", "Seven months the trucks were standing at Torkham."),
        ("Imran Siddiqui", "2012-07-04 19:05", "Pakistan got nothing from this deal.")]


DISQUS = f"""Daily Gulf News
Congress blocks subsidy for Pakistan's F-16s
May 03, 2016

{PARAGRAPH}

{PARAGRAPH}

3 Comments
Sort by Best

Usman Ghani • 2 days ago
Buy the JF-17 and be done with it.
Reply • Share ›

Rakesh Menon Usman Ghani • 2 days ago
The Pressler amendment was not a one-sided story.
Reply • Share ›

Usman Ghani Rakesh Menon • a day ago
And Washington knew the whole time.
Reply • Share ›
"""


def test_a_parents_name_run_after_the_writers_in_a_disqus_head():
    page = split_text(DISQUS)
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Usman Ghani", None), ("Rakesh Menon", 1), ("Usman Ghani", 2)]


def test_truncation_links_inside_a_saved_disqus_comment_are_no_text():
    def comment(n, name, text):
        return f"""<li id="dsq-comment-{n}" class="dsq-comment" style="margin-left: 0px;">
<div class="dsq-comment-body"><div class="dsq-comment-header"><span class="dsq-commenter-name">{name}</span>
<a href="#comment-{n}" title="Permalink">2 hours ago</a></div>
<div class="dsq-comment-message"><div class="dsq-comment-text"><p>{text}</p></div>
<a href="#" class="dsq-comment-truncate-expand"> show more</a><a href="#" class="dsq-comment-truncate-collapse"> show less</a>
</div></div></li>"""

    page = split_html(f"""<html><head><title>Hideout questions - The Daily Paper</title></head><body>
<h1>Pakistan under pressure to explain hideout</h1><p class="date">3 May 2011</p>
<div class="story"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>
<ul id="dsq-comments">{comment(1, "Farooq Siddiqui", "Anyone who has driven up the highway knows Kakul.")}
{comment(2, "JohnInTexas", "Appreciate the honesty, Farooq.")}</ul></body></html>""")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Farooq Siddiqui", "Anyone who has driven up the highway knows Kakul."),
        ("JohnInTexas", "Appreciate the honesty, Farooq.")]


def test_an_echo_stream_with_badges_likes_and_the_time_under_many_buttons():
    def item(n, name, text, badge="", children=""):
        badge_html = (f'<div class="echo-item-plugin-WPBadges-badges"><img class="echo-item-plugin-WPBadges-badge" '
                      f'src="b.png" alt="{badge}"><span class="echo-item-plugin-WPBadges-badgeLabel">{badge}</span></div>'
                      if badge else "")
        return f"""<div class="echo-item-content"><div class="echo-item-container" id="echo-item-{n}">
<div class="echo-item-frame"><div class="echo-item-authorName">{name}</div>{badge_html}
<div class="echo-item-data"><div class="echo-item-body"><span>{text}</span></div></div>
<div class="echo-item-footer"><div class="echo-item-date">3/16/2011 9:0{n} PM EDT</div><div class="echo-item-controls">
<span class="echo-item-control-delim"> · </span><a class="echo-item-control">Reply</a>
<span class="echo-item-control-delim"> · </span><a class="echo-item-control">Like</a>
<span class="echo-item-control-delim"> · </span><a class="echo-item-control">Report abuse</a></div></div>
<div class="echo-item-plugin-Like-likedBy"><span class="echo-item-plugin-Like-likesCount">4{n}</span> people like this.</div>
</div></div><div class="echo-item-children">{children}</div></div>"""

    page = split_html(f"""<html><head><title>Contractor freed - The Capital Post</title></head><body>
<h1>Pakistan frees CIA contractor after 'blood money' deal</h1><p class="date">March 16, 2011</p>
<div class="story"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>
<div class="echo-stream-body">
{item(1, "khalidmehmood1", "So the law of the land is whatever the highest bidder can afford.", "Post Forum",
      item(2, "JerseyMike77", "Diyat is part of Pakistani law."))}
{item(3, "rkaushik_delhi", "The Americans keep paying and keep getting played.")}
</div></body></html>""")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("khalidmehmood1", "3/16/2011 9:01 PM EDT", "So the law of the land is whatever the highest bidder can afford.",
         None),
        ("JerseyMike77", "3/16/2011 9:02 PM EDT", "Diyat is part of Pakistani law.", 1),
        ("rkaushik_delhi", "3/16/2011 9:03 PM EDT", "The Americans keep paying and keep getting played.", None)]


def test_a_widgets_box_of_other_threads_over_the_comments_does_not_end_them():
    page = split_text(f"""Daily Gulf News
Congress blocks subsidy for Pakistan's F-16s
May 03, 2016

{PARAGRAPH}

{PARAGRAPH}

2 Comments
Daily Gulf News
Login
Sort by Best
Join the discussion…

ALSO ON DAILY GULF NEWS
Cricket: Lions win by six wickets
48 comments • 9 hours ago
Avatar
cricfan88 — Bowling is the problem …

−
Avatar
Arvind Nair
• 7 hours ago
Finally some sense in Washington.
23
△
▽
•
Reply
•
Share ›
−
Avatar
Hamza Sheikh
• 6 hours ago
Because the jets fly in Waziristan.
•
Reply
•
Share ›
Load more comments

✉
Subscribe
""")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Arvind Nair", "7 hours ago", "Finally some sense in Washington."),
        ("Hamza Sheikh", "6 hours ago", "Because the jets fly in Waziristan.")]
