"""Round 58 of the blind layouts (issue 18), on short pages written for these
tests: a comment's row of buttons with counts ("Like 31 · Dislike 4 · Reply")
is no footer menu; a login form over Disqus comments and its vote arrows
copied a line each; a date with a full stop before its time; a badge over the
commenter's name; a site's name and motto over a dated line and menus, the
headline far below; inline "Read More ►" links, a writer's address and handle,
tags "Filed under a , b"; in saved pages, a tool bar classed "comment_tool", a
quote labelled "Quote from NAME:", a link classed like a comment, and Coral's
top-level "coral-indent-0" box, and a "NewsletterEmbed" box."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("The Trump administration on Thursday froze nearly all security assistance to Pakistan, saying Islamabad "
             "had failed to act against the Haqqani network fighters who shelter on its soil.")
SECOND = ("Pakistani officials reacted with a mix of anger and caution, noting that thousands of soldiers had been "
          "killed in the fight against militancy since 2001.")


def test_a_row_of_buttons_with_counts_is_no_footer_menu():
    page = split_text(f"""US suspends security aid to Pakistan

{PARAGRAPH}

12 Comments

HawkeyeVet
7 hours ago
About time, after sixteen years.
Like 31 · Dislike 4 · Reply · Share · Report

Farhan Siddiqui (Islamabad)
Replying to HawkeyeVet
6 hours ago
Pakistan lost more soldiers than anyone.
Like 19 · Dislike 7 · Reply · Share · Report
""")
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("HawkeyeVet", None, "About time, after sixteen years."),
        ("Farhan Siddiqui (Islamabad)", 1, "Pakistan lost more soldiers than anyone.")]


def test_a_login_form_over_disqus_comments_and_vote_arrows_a_line_each():
    page = split_text(f"""Pakistan summons US envoy over Trump tweet

{PARAGRAPH}

2 comments
Login
Sort by Best
Join the discussion…
Name
Email
Password
Avatar
Asad Rehman • 3 years ago
Koi sharam hoti hai.
21
^
|
v
• Reply •
Share ›
Avatar
Mark Holloway • 3 years ago
The routes were paid for.
8
^
|
v
• Reply •
Share ›
""")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Asad Rehman", "Koi sharam hoti hai."), ("Mark Holloway", "The routes were paid for.")]


def test_a_full_stop_between_date_and_time_and_a_badge_over_the_name():
    page = split_text(f"""US lawmakers threaten to freeze Pakistan aid

{PARAGRAPH}

Comments (2)

Sameer Joshi, Pune
Wed, May 04 2011. 08:12 AM IST
Nobody in Washington listened.

Premium reader
Nadia Hassan, Birmingham
Wed, May 04 2011. 08:47 AM IST
Good balanced piece.
""")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Sameer Joshi, Pune", "Wed, May 04 2011. 08:12 AM IST", "Nobody in Washington listened."),
        ("Nadia Hassan, Birmingham", "Wed, May 04 2011. 08:47 AM IST", "Good balanced piece.")]
    assert page.comments[0].posted_at_parsed.hour == 8


def test_a_site_name_and_motto_over_menus_and_the_headline_far_below():
    page = split_text(f"""Skip to main content
Mint - in partnership with a morning paper
Wed, May 04 2011. 10:21 AM IST
ePaper | Subscribe | Archives | RSS
Home
Companies
Politics
Opinion
Money
Home » Politics » Policy
US lawmakers threaten to freeze Pakistan aid after Abbottabad raid
Congress members say it is hard to believe the raid went unnoticed
Mark Hensley & Imtiaz Shah
First Published: Tue, May 03 2011. 11:32 PM IST

{PARAGRAPH}
""")
    assert page.article.title == "US lawmakers threaten to freeze Pakistan aid after Abbottabad raid"


def test_read_more_links_contact_lines_and_filed_under_tags_leave_the_body():
    page = split_text(f"""Pakistan hails new chapter with US after Taliban deal

{PARAGRAPH}

Read More ►
US and Taliban sign deal to end America's longest war

{SECOND}

Activists check a truck carrying NATO supplies near Peshawar last week.
Photo: Reuters

This article is available in French on the French edition.

barclay.owen@example.com
Twitter: @OwenBarclay

Filed under afghanistan ,  drones ,  pakistan ,  12/4/13
""")
    assert page.article.body == f"{PARAGRAPH}\n\n{SECOND}"


def _comment_item(n, name, when, body):
    return (f'<div class="comment_item" id="cmt_{n}"><div class="comment_head"><span class="comment_user">{name}</span>'
            f'<span class="comment_time">{when}</span></div><div class="comment_body">{body}</div>'
            f'<div class="comment_tool"><a href="#" class="agree">Agree</a>[<span>34</span>] '
            f'<a href="#" class="disagree">Disagree</a>[<span>6</span>] <a href="#form" class="reply">Reply</a></div></div>')


def test_a_comment_tool_bar_and_a_quote_from_label_in_a_saved_page():
    quote = ('<div class="quote"><span class="quote_title">Quote from Rahul, Mumbai:</span><br>'
             'Nobody in Delhi is surprised.</div>Bhai, please do not turn every story into India vs Pakistan.')
    page = split_html(f"""<html><head><title>Pakistan bristles at US raid</title></head><body>
<div class="article"><h1>Pakistan bristles at US raid</h1><div class="tools"><a href="#c" class="tool-comment">Comment</a></div>
<p>{PARAGRAPH}</p><p>{SECOND}</p></div>
<div class="comment_list">
{_comment_item(1, "Rahul, Mumbai", "2011-5-4 3:37:20", "A mile from their academy. Nobody in Delhi is surprised.")}
{_comment_item(2, "Bilal (Karachi)", "2011-5-4 4:10:33", quote)}
</div></body></html>""")
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("Rahul, Mumbai", None, "A mile from their academy. Nobody in Delhi is surprised."),
        ("Bilal (Karachi)", 1, "Bhai, please do not turn every story into India vs Pakistan.")]
    assert PARAGRAPH in page.article.body


def _coral(name, text):
    return (f'<div class="AllCommentsTabContainer-commentContainer"><div class="CommentContainer-root">'
            f'<div class="coral coral-indent coral-indent-0 Indent-root"><div class="Indent-noLine">'
            f'<div role="article" class="coral coral-comment Comment-root"><div class="coral coral-comment-topBar">'
            f'<button class="coral coral-comment-username"><span>{name}</span></button>'
            f'<a class="coral coral-comment-timestamp" href="#"><time datetime="2021-08-28T10:00:00Z">3 hours ago</time></a>'
            f'</div><div class="coral coral-content coral-comment-content">{text}</div></div></div></div></div></div>')


def test_coral_top_level_indent_boxes_and_a_newsletter_embed():
    page = split_html(f"""<html><head><title>The drone war over the horizon</title></head><body>
<article><h1>The drone war over the horizon</h1><p>{PARAGRAPH}</p>
<div class="NewsletterEmbed"><p>Original reporting. Fearless journalism. Delivered to you.</p></div>
<p>{SECOND}</p></article>
<section class="comments">{_coral("OldHandPesh", "Every visitor asked the same thing.")}
{_coral("hina.siddiqui", "The FATF paragraph deserves its own story.")}</section></body></html>""")
    assert [(c.author, c.parent) for c in page.comments] == [("OldHandPesh", None), ("hina.siddiqui", None)]
    assert "Fearless journalism" not in page.article.body
