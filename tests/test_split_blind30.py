"""Layouts of the thirtieth blind round (issue 18), each on a short page
written for these tests: a board's thread view copied as text (a notice for
new visitors above the first post, "Quote:" over "Originally Posted by",
"Yesterday, 08:12 PM" times), and a paper whose masthead has a motto or a
promotion over its menu."""
from __future__ import annotations

from comments import split_text

STORY = ("LAHORE, March 16: A foreign national facing trial for killing two men was released on Wednesday after "
         "the heirs of the deceased pardoned him in court in exchange for blood money, officials said. The "
         "proceedings were held inside the jail, where the judge recorded the statements of eighteen legal heirs "
         "who said they had accepted the money and had no objection to the acquittal.")

BOARD = f"""Example Forums > Discussions > Current Affairs\tUser Name\tRemember Me?
Man released after payment of blood money\tPassword\tLog in
Register\tFAQ\tMembers List\tSearch
If this is your first visit, be sure to check out the FAQ by clicking the link above. You may have to register before you can post: click the register link above to proceed.
Results 1 to 4 of 4
Thread: Man released after payment of blood money
Thread Tools\tDisplay
03-16-2011, 06:52 PM\t#1
Kashif_Lhr
Senior Member

Join Date: Mar 2010
Posts: 2,345
Man released after payment of blood money

{STORY}
Reply With Quote
03-16-2011, 07:11 PM\t#2
GhairatMand
Banned

Join Date: Jan 2011
Posts: 87
Hukumat ne khud deal karwai hai. Sab mile hue hain!!!
Reply With Quote
Yesterday, 08:12 PM\t#3
Islamabad_Observer
Member

Join Date: Nov 2010
Posts: 312
Quote:
Originally Posted by GhairatMand
Hukumat ne khud deal karwai hai. Sab mile hue hain!!!
Proof? The law allowing it was passed by our own parliament.
Reply With Quote
Today, 09:05 AM\t#4
desi_in_NJ
Junior Member

Join Date: Feb 2011
Posts: 14
Barely two minutes on the evening news here.
Reply With Quote
« Previous Thread | Next Thread »
"""


def test_board_thread_view_with_a_visitor_notice_quote_labels_and_days_in_words():
    page = split_text(BOARD, "board.txt")
    assert page.article.title == "Man released after payment of blood money"
    assert page.article.body == STORY
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("GhairatMand", "03-16-2011, 07:11 PM", "Hukumat ne khud deal karwai hai. Sab mile hue hain!!!", None),
        ("Islamabad_Observer", "Yesterday, 08:12 PM", "Proof? The law allowing it was passed by our own parliament.", 1),
        ("desi_in_NJ", "Today, 09:05 AM", "Barely two minutes on the evening news here.", None)]


PAPER = """Skip to main content
Accessibility statement
Sections
The Example Post
Democracy Dies in Daylight
Subscribe
Sign in
World
Africa
Americas
Asia
Europe
Middle East
Foreign Affairs
Global Opinions
Asia
Pakistan's army faces hard questions after the raid near its top academy
Officials in Islamabad insist they had no idea who was living less than a mile from the school
By Karen White
May 2, 2011 at 9:14 p.m. EDT
Soldiers stand near the compound where the raid took place. (Faisal Ahmed/Reuters)

The raid has left Pakistan's generals facing questions they have not had to answer in a decade.

Officials said an inquiry would report within a month.

Comments
nyc_policy_wonk
Subscriber
May 3, 2011 at 12:41 a.m. EDT
An inquiry that reports to the people it investigates is not an inquiry.
Like
58
Reply
lahori_in_dc
May 3, 2011 at 1:02 a.m. EDT
It will report, and nobody will read it.
Like
12
Reply
"""


def test_a_motto_over_the_menu_is_not_the_headline_nor_a_badge_a_commenter():
    page = split_text(PAPER, "paper.txt")
    assert page.article.title == "Pakistan's army faces hard questions after the raid near its top academy"
    assert page.article.published.isoformat() == "2011-05-02"
    assert "Reuters" not in page.article.body  # (not the photo's caption)
    assert page.article.body.endswith("Officials said an inquiry would report within a month.")
    assert [(c.author, c.text) for c in page.comments] == [
        ("nyc_policy_wonk", "An inquiry that reports to the people it investigates is not an inquiry."),
        ("lahori_in_dc", "It will report, and nobody will read it.")]  # (a "Subscriber" badge is no name)


def _ghost(name: str, tip: str, shown: str, text: str, replies: str = "") -> str:
    # (the widget's text paragraph holds paragraphs: an HTML parser splits it, as browsers do)
    return f"""<div data-testid="animated-comment"><div class="flex w-full flex-row" data-testid="comment-component">
<div class="grow"><div class="mt-0.5 flex"><h4 class="font-sans text-base font-bold text-neutral-900">{name}</h4>
<div class="flex text-neutral-900/50"><span><span title="{tip}"><span class="mx-[0.3em]">·</span>{shown}</span></span></div></div>
<div class="mt mb-2 flex"><p class="gh-comment-content text-md text-pretty" data-testid="comment-content"><p>{text}</p></p></div>
<div class="flex items-center gap-4"><button data-testid="like-button" type="button">14</button>
<button data-testid="reply-button" type="button">Reply</button></div>
{f'<div class="-ml-2 mb-4 mt-7">{replies}</div>' if replies else ''}</div></div></div>"""


GHOST = f"""<!DOCTYPE html><html><head><title>What the closure taught Washington</title></head><body>
<article class="gh-article"><h1 class="article-title">What the closure taught Washington</h1>
<time class="byline-meta-date" datetime="2024-03-11">Mar 11, 2024</time>
<section class="gh-content"><p>When the border posts were struck in November 2011, Islamabad answered with the one lever
it knew Washington could not ignore, and the supply routes stayed shut for seven months.</p>
<p>The detour through Central Asia cost six times as much per container, and the trust never quite came back.</p></section>
<div class="gh-comments"><section data-testid="content-box"><h2 data-testid="title">Member discussion</h2>
<div data-testid="count">3 comments</div><div data-test="comment-elements">
{_ghost("Farhan Siddiqui", "12 Mar 2024 21:42", "Yesterday", "I was posted in Karachi port operations that winter.",
        _ghost("Dan Whitaker", "12 Mar 2024 23:10", "Yesterday", "Can confirm from the other end."))}
{_ghost("Ananya Rao", "13 Mar 2024 11:04", "5 hrs ago", "The piece underplays the earlier case.")}
</div><section data-testid="cta-box"><h1>Join the discussion</h1><p>Become a member to start commenting.</p>
<button data-testid="signup-button" type="button">Sign up now</button></section></section></div>
</article></body></html>"""


def test_utility_classed_widget_names_in_headings_times_in_tooltips_and_split_paragraphs():
    from comments.html import split_html

    page = split_html(GHOST, "ghost.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Farhan Siddiqui", "Yesterday", "I was posted in Karachi port operations that winter.", None),
        ("Dan Whitaker", "Yesterday", "Can confirm from the other end.", 1),
        ("Ananya Rao", "5 hrs ago", "The piece underplays the earlier case.", None)]


def _card(kind: str, handle: str, name: str, tip: str, shown: str, text: str, replies: str = "") -> str:
    return f"""<div class="blog-{kind}-card rounded-xl p-5"><div class="flex flex-row">
<a href="https://example.dev/@{handle}" class="block h-10 w-10"><img alt="{name}'s photo"></a>
<div class="flex flex-col"><a href="https://example.dev/@{handle}" class="font-semibold text-slate-900">{name}</a>
<a href="https://example.dev/@{handle}" class="text-sm text-slate-500">@{handle}</a></div>
<a href="#c" class="tooltip-handle text-sm text-slate-500" data-title="{tip}"><span>{shown}</span></a></div>
<div class="prose prose-base mt-3"><p>{text}</p></div>
<div class="mt-3 flex text-sm"><button aria-label="Like"><span>4</span></button><button>Reply</button></div>
{f'<ul class="replies-list"><li class="list-none">{replies}</li></ul>' if replies else ''}</div>"""


DEVBLOG = f"""<!DOCTYPE html><html><head><title>Charting aid with D3</title></head><body>
<article><h1>Charting aid with D3</h1><p>May 2, 2021 · 6 min read</p>
<div class="prose"><p>For a side project I wanted to answer a simple question: how much money has been sent since 2001,
and what was it for? The figures exist, scattered across several agencies' reports.</p>
<p>This post walks through cleaning them and drawing a stacked area chart.</p></div></article>
<section id="comments"><h3>Comments (2)</h3><div class="blog-comments-list">
{_card("comment", "arjunbuilds", "Arjun Nair", "Mon May 03 2021 08:14:51 GMT+0500", "May 3, 2021",
       "Did you consider a log scale?",
       _card("reply", "zainabdata", "Zainab Hussain", "Mon May 03 2021 10:02:11 GMT+0500", "May 3, 2021",
             "I tried it, but readers found it confusing."))}
</div></section></body></html>"""


def test_comment_and_reply_cards_with_profile_links_prose_text_and_data_title_times():
    from comments.html import split_html

    page = split_html(DEVBLOG, "devblog.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Arjun Nair", "May 3, 2021", "Did you consider a log scale?", None),
        ("Zainab Hussain", "May 3, 2021", "I tried it, but readers found it confusing.", 1)]
