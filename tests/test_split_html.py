"""HTML pages (issue 18): golden values for our fixture pages in
tests/fixtures/html/<family>/, one family per comment markup, listed with
their expectations in tests/fixtures/html/expected.json (our own text)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from comments import page_to_dict, split_file
from comments.html import looks_like_html
from readerstance.cli import cli

HTML = Path(__file__).parent / "fixtures" / "html"
#: The first families' pages (the pages written blind later are checked per family by tests/test_split_gate.py).
EXPECTED = json.loads((HTML / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def pages():
    return {case["path"]: page_to_dict(split_file(HTML / case["path"])) for case in EXPECTED}


@pytest.fixture(scope="module")
def html_folder(tmp_path_factory):
    """The first families' pages, each in its family's folder as a user keeps them, and the comments the library
    finds on them (how many are right is the gate's business)."""
    root = tmp_path_factory.mktemp("html")
    for case in EXPECTED:
        (root / case["path"]).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(HTML / case["path"], root / case["path"])
    return root, sum(len(split_file(HTML / case["path"]).comments) for case in EXPECTED)


@pytest.mark.parametrize("case", EXPECTED, ids=[c["path"] for c in EXPECTED])
def test_article(pages, case):
    page = pages[case["path"]]
    assert page["title"] == case["title"]
    assert page["published"] == case["published"]
    for phrase in case["body_contains"]:
        assert phrase in page["body"]
    for phrase in case["body_not_contains"]:
        assert phrase not in page["body"]


@pytest.mark.parametrize("case", EXPECTED, ids=[c["path"] for c in EXPECTED])
def test_comments(pages, case):
    found = pages[case["path"]]["comments"]
    got = [(c["author"], c["posted_at"], c["text"].split()[0], c["text"].split()[-1], c["parent"],
            len(c["text"].split("\n\n"))) for c in found]
    want = [(c["author"], c["posted_at"], c["first"], c["last"], c["parent"], c["paragraphs"])
            for c in case["comments"]]
    assert got == want
    for c in found:
        for chrome in case.get("comment_text_not_contains", []):
            assert chrome not in c["text"], (chrome, c["text"])


def test_every_family_has_a_page():
    assert len({c["family"] for c in EXPECTED}) >= 8


def test_html_is_sniffed_in_a_file_of_another_name(tmp_path):
    case = next(c for c in EXPECTED if c["comments"])
    page = tmp_path / "saved_page.txt"
    page.write_bytes((HTML / case["path"]).read_bytes())
    assert len(split_file(page).comments) == len(case["comments"])


@pytest.mark.parametrize("text, expected", [
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
    ("\n  <!-- saved from url=(0042)https://example.org/ -->\n<html lang='en'>", True),
    ("<body><p>x</p></body>", True),
    ("US envoy visits Islamabad\n\n<b>bold</b> text in a dump", False),
    ("<3 this article", False),
])
def test_looks_like_html(text, expected):
    assert looks_like_html(text) is expected


def test_split_command_reads_html_pages_in_folders(html_folder):
    folder, found = html_folder
    result = CliRunner().invoke(cli, ["split", str(folder)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(EXPECTED)
    assert sum(len(r["comments"]) for r in records) == found


def test_run_scores_html_pages_like_text_pages(hf_model_dirs, html_folder, tmp_path):
    import pandas as pd

    tone, nli = hf_model_dirs
    folder, found = html_folder
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(folder), "--out", str(out), "--quiet",
                                      "--tone-model", tone, "--stance-model", nli])
    assert result.exit_code == 0, result.output
    assert len(pd.read_csv(out / "articles.csv")) == len(EXPECTED)
    assert len(pd.read_csv(out / "comments.csv")) == found


@pytest.mark.parametrize(
    "path, dropped",
    [
        ("wordpress_html5/pt_drone_talks.html", ["Sana Qureshi", "August 25, 2012", "Share this:"]),
        ("generic_news/rr_textile_delegation.html", ["By Staff Reporter", "Share:", "Related stories"]),
        ("blogger_layout/abbottabad_commission.html", ["Email This", "Labels: Abbottabad, intelligence, Pakistan-US"]),
    ],
    ids=["wordpress-byline-share", "news-byline-related", "blogger-share-labels"],
)
def test_html_furniture_in_the_article_is_listed_as_boilerplate(pages, path, dropped):
    """What trafilatura left out of the article's own container is shown, not silently lost."""
    page = pages[path]
    for text in dropped:
        assert text in page["boilerplate"]
        assert text not in page["body"]
    assert not set(page["boilerplate"]) & set(page["body"].split("\n\n"))


GUESTBOOK = """<html><head><title>Valley Courier :: Aid review ordered after audit findings</title></head><body>
<table><tr><td><font size="5"><b>Valley Courier</b></font></td></tr><tr><td>
<font size="4"><b>Aid review ordered after audit findings</b></font><br>
<p>ISLAMABAD: The government ordered a review of every foreign-funded project on Monday after auditors found
that a quarter of the money could not be traced to any school, clinic or road built with it.</p>
<p>Officials said the review would take six months and its findings would be laid before Parliament.</p>
<p><b>YOUR VIEWS</b> (2 responses)</p>
<div>
<p><b>Gul Nawaz</b> (Mansehra) wrote on 26/05/2012:</p>
<p>Six months is too long.</p>
<p>Publish the audit now.</p>
<hr>
<p><b>Naeem</b> wrote on 27/05/2012 at 09:40:</p>
<p>Agreed.</p>
</div>
<form><input name="name"></form>
</td></tr></table></body></html>"""


def test_guestbook_runs_of_paragraphs_and_a_headline_that_is_part_of_the_title():
    from comments.html import split_html

    page = split_html(GUESTBOOK, "guestbook.html")
    assert page.article.title == "Aid review ordered after audit findings"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Gul Nawaz", "26/05/2012", "Six months is too long.\n\nPublish the audit now."),
        ("Naeem", "27/05/2012 at 09:40", "Agreed."),
    ]
    assert "Six months is too long" not in page.article.body
    assert "a quarter of the money" in page.article.body


VENDOR_STREAM = """<html><head><title>Aid talks resume</title></head><body>
<article><h1>Aid talks resume</h1><p>ISLAMABAD: Talks on the aid programme resumed on Monday after a pause of two months,
officials said, with both sides promising a written framework within the year.</p></article>
<div class="talk-stream">
 <div class="talk-comment" id="c1"><button class="talk-comment-username">Tariq_N</button>
  <time class="talk-timestamp" datetime="2021-08-31T20:14:22Z">2 hours ago</time>
  <div class="talk-comment-content"><p>Written, at last.</p></div>
  <button class="talk-replyButton">Reply</button>
  <div class="talk-comment-replies">
   <div class="talk-comment" id="c2"><button class="talk-comment-username">sarah.w</button>
    <time class="talk-timestamp" datetime="2021-08-31T20:40:11Z">1 hour ago</time>
    <div class="talk-comment-content"><p>We will see.</p></div></div>
  </div>
 </div>
 <button class="load-comment">Load more</button>
</div></body></html>"""


def test_comment_classes_with_a_vendor_prefix():
    from comments.html import split_html

    page = split_html(VENDOR_STREAM, "stream.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Tariq_N", "2 hours ago", "Written, at last.", None), ("sarah.w", "1 hour ago", "We will see.", 1)]


FORUM = """<html><head><title>Senate panel cuts aid - Example Forum</title></head><body><table>
<tr><td><b class="postauthor">Tahir_Lhr</b></td><td><b>Posted:</b> Sat May 26, 2012 9:14 pm</td></tr>
<tr><td class="postdetails"><b>Joined:</b> Thu Mar 13, 2008 4:21 pm</td>
<td><div class="postbody"><b>Senate panel cuts aid</b><br /><i>Daily Example Times, May 26, 2012</i><br /><br />
WASHINGTON: A Senate panel voted to withhold $33 million.<br /><br />The cut is largely symbolic.</div>
<div class="signature">_________________<br />Moderator.</div></td></tr>
<tr><td><b class="postauthor">Shaheen_7</b></td><td><b>Posted:</b> Sat May 26, 2012 9:40 pm</td></tr>
<tr><td class="postdetails"><b>Joined:</b> Mon Jan 05, 2009 1:00 pm</td>
<td><div class="postbody"><div class="quotetitle">Tahir_Lhr wrote:</div><div class="quotecontent">The cut is largely
symbolic.</div>Symbolic and useless.</div></td></tr>
<tr><td><b class="postauthor">kaka_ji</b></td><td><b>Posted:</b> Sat May 26, 2012 11:05 pm</td></tr>
<tr><td class="postdetails"></td><td><div class="postbody">Sahi baat.</div></td></tr>
</table></body></html>"""


def test_forum_thread_first_post_is_the_article_and_replies_are_comments():
    from comments.html import split_html

    page = split_html(FORUM, "thread.html")
    assert page.article.title == "Senate panel cuts aid"
    assert str(page.article.published) == "2012-05-26"
    assert page.article.body == "WASHINGTON: A Senate panel voted to withhold $33 million.\n\nThe cut is largely symbolic."
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Shaheen_7", "Sat May 26, 2012 9:40 pm", "Symbolic and useless."),
        ("kaka_ji", "Sat May 26, 2012 11:05 pm", "Sahi baat."),
    ]


WIDGET_WITH_TEXT_ITEM = """<html><head><title>Grey list exit</title></head><body>
<article><h1>Grey list exit</h1><p>PARIS: The watchdog removed Pakistan from its grey list on Friday after four
years, a decision officials in Islamabad and Washington both welcomed.</p></article>
<div class="fyre-widget">
 <article class="fyre-comment-article fyre-comment-depth-0">
  <header><span class="fyre-comment-username">Asif M</span> <time class="fyre-comment-date">1 hour ago</time></header>
  <section class="fyre-comment-body"><div class="fyre-comment"><p>Finally.</p><p>Four years too long.</p></div></section>
  <span role="button">Reply</span>
  <div class="fyre-comment-replies">
   <article class="fyre-comment-article fyre-comment-depth-1">
    <header><span class="fyre-comment-username">Jo K</span> <time class="fyre-comment-date">20 minutes ago</time></header>
    <section class="fyre-comment-body"><div class="fyre-comment"><p>Agreed.</p></div></section>
   </article>
  </div>
 </article>
</div>
<div class="spot" data-spot-im-class="messages-list">
 <div class="sc-1x" data-spot-im-class="message-view">
  <div class="sc-2y" data-spot-im-class="message-header"><span class="sc-3z" data-spot-im-class="message-username">Nida R</span>
   <time class="sc-4w" data-spot-im-class="message-timestamp">2 hours ago</time></div>
  <div class="sc-5v" data-spot-im-class="message-text"><p>Good news for exporters.</p></div>
 </div>
</div></body></html>"""


def test_a_marked_text_part_is_not_a_reply_and_data_class_attributes_name_parts():
    """`fyre-comment` inside `fyre-comment-article` is that comment's text, not
    a reply (it names no author or time); a widget known only by
    `data-spot-im-class` is read like one with class names, its text part
    judged by how the name ends (`message-text`, not `message-header`)."""
    from comments.html import split_html

    page = split_html(WIDGET_WITH_TEXT_ITEM, "widget.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Asif M", "1 hour ago", "Finally.\n\nFour years too long.", None),
        ("Jo K", "20 minutes ago", "Agreed.", 1),
        ("Nida R", "2 hours ago", "Good news for exporters.", None),
    ]


DISCOURSE = """<html><head><title>Drone policy thread - Example Forum</title></head><body>
<h1><a class="fancy-title">Drone policy thread</a></h1>
<div class="topic-post"><article id="post_1">
 <span class="first username"><a>news_desk</a></span>
 <div class="post-infos"><a class="post-date"><span title="Mar 3, 2013 9:00 am">Mar '13</span></a></div>
 <div class="cooked"><p>Example Times | March 3, 2013</p><p>WASHINGTON: The administration defended its drone
 programme on Sunday, saying strikes were legal and precise.</p></div>
</article></div>
<div class="topic-post"><article id="post_2">
 <span class="first username"><a>sana_k</a></span>
 <div class="post-infos"><a class="post-date"><span title="Mar 3, 2013 10:00 am">Mar '13</span></a></div>
 <div class="cooked"><aside class="quote"><blockquote>strikes were legal</blockquote></aside><p>Legal by whose law?</p></div>
</article></div>
<div class="topic-post"><article id="post_3"><div class="small-action">
 <div class="cooked"><p>This topic was automatically closed after 30 days.</p></div></div>
</article></div>
</body></html>"""


def test_discourse_topic_first_post_is_the_article_and_notices_are_not_comments():
    from comments.html import split_html

    page = split_html(DISCOURSE, "topic.html")
    assert page.article.title == "Drone policy thread"
    assert str(page.article.published) == "2013-03-03"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [("sana_k", "Mar '13", "Legal by whose law?")]


CARDS = """<html><head><title>Routes reopen</title></head><body>
<article><h1>Routes reopen</h1><p>ISLAMABAD: The supply routes reopened on Tuesday after seven months, officials
said, once Washington said sorry for the border strike.</p></article>
<div class="commento-comments">
 <div class="commento-card">
  <div class="commento-header"><div class="commento-name">Asad</div><div class="commento-timeago">3 years ago</div></div>
  <div class="commento-body"><div><p>Sorry is not an apology.</p></div>
   <div class="commento-button-margin" style="display: none;"><textarea placeholder="Add a comment"></textarea>
    <label>Comment anonymously</label></div></div>
  <div class="commento-body">
   <div class="commento-card">
    <div class="commento-header"><div class="commento-name">Jo</div><div class="commento-timeago">2 years ago</div></div>
    <div class="commento-body"><div><p>It was enough for a deal.</p></div></div>
   </div>
  </div>
 </div>
</div></body></html>"""


def test_comment_cards_with_replies_in_a_container_like_their_text_and_hidden_reply_boxes():
    from comments.html import split_html

    page = split_html(CARDS, "cards.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Asad", "3 years ago", "Sorry is not an apology.", None), ("Jo", "2 years ago", "It was enough for a deal.", 1)]


def _split_html(body: str):
    from comments.html import split_html
    return split_html(f"<!DOCTYPE html><html><head><title>Talks resume</title></head><body>{body}</body></html>")


ARTICLE = ("<article><h1>Talks resume</h1>" + "<p>ISLAMABAD: Officials from both countries met on Monday "
           "to discuss transit fees, visas and the reopening of the border crossings.</p>" * 3
           + "<p>Also read: Transit fees through the decades</p></article>")


def test_replies_marked_only_as_replies_and_author_parts_that_show_time_and_badge():
    """A reply in a comment's replies box known only by its "-reply" class, and an author part holding
    the name's link, the time and a badge ("Collaborator")."""
    page = _split_html(ARTICLE + """<div class="x-comments">
      <div class="x-comment"><div class="x-comment-author"><a href="/u/sana">sana-q</a>
        <time datetime="2023-10-08T06:04:11Z">5 months ago</time> <span class="x-badge">Collaborator</span></div>
        <div class="x-comment-content"><p>First point.</p><p>Second point.</p></div>
        <div class="x-replies"><div class="x-reply"><div class="x-reply-author"><a href="/u/omer">omer</a>
          <time datetime="2023-10-09T06:04:11Z">4 months ago</time></div>
          <div class="x-reply-content"><p>Agreed.</p></div></div></div></div>
      <div class="x-comment"><div class="x-comment-author"><a href="/u/ali">ali</a>
        <time datetime="2023-10-10T06:04:11Z">3 months ago</time></div>
        <div class="x-comment-content"><p>Noted.</p></div></div></div>""")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("sana-q", "5 months ago", "First point.\n\nSecond point.", None),
        ("omer", "4 months ago", "Agreed.", 1),
        ("ali", "3 months ago", "Noted.", None)]
    assert "Also read" not in page.article.body and "reopening of the border" in page.article.body


def test_repeated_blocks_keep_nested_replies_and_drop_the_header_around_name_and_time():
    block = """<div class="t"><div class="h"><span>{name}</span> <span>52p</span> <span>{when}</span>
      <span>+3 Vote up Vote down</span></div><div class="c">{text}</div>{replies}</div>"""
    reply = block.format(name="Dev R", when="2 weeks ago", text="<p>Fair point.</p>", replies="")
    page = _split_html(ARTICLE + "<div>" + block.format(name="Waqar", when="3 weeks ago", text="<p>Well put.</p>",
                                                        replies=f"<div class='kids'>{reply}</div>")
                       + block.format(name="Sana M", when="1 week ago", text="<p>Bilkul.</p>", replies="") + "</div>")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Waqar", "3 weeks ago", "Well put.", None), ("Dev R", "2 weeks ago", "Fair point.", 1),
        ("Sana M", "1 week ago", "Bilkul.", None)]


def test_a_zero_count_under_the_section_header_means_no_comments():
    from comments.splitter import split_text
    lines = ["Talks resume", "", "ISLAMABAD: Officials from both countries met on Monday to discuss transit fees.",
             "", "Readers' Comments", "The Post is not responsible for the content of readers' comments.",
             "0 Comments", "Sort by", "Popular |", "Oldest |", "Newest", "Be the first to start the discussion!",
             "Post a new comment", "Comment as a Guest, or login:", "IntenseDebate", "Comments by IntenseDebate",
             "Posting anonymously.", "Moderate"]
    assert split_text("\n".join(lines), "page.txt").comments == ()


def test_hashed_class_blocks_with_the_name_on_top_and_the_time_in_a_footer_line():
    """A widget with hashed class names (Facebook's comments plugin): the name's line (with a job beside it) on
    top, the time at the end of a "Like · Reply · 3d" footer, replies in blocks of a shorter class list."""
    def block(cls, name, job, text, when, utime, replies=""):
        return (f'<div class="{cls}"><div class="_x1"><div class="_n1"><a class="_a9">{name}</a>'
                f'<span class="_j1"> · {job}</span></div><div class="_t1"><span>{text}</span></div>'
                f'<div class="_f1"><a role="button">Like</a> · <a role="button">Reply</a> · '
                f'<a href="#"><abbr title="{utime}">{when}</abbr></a></div></div>{replies}</div>')
    reply = block("_3y clearfix", "Sana Mir", "Works at Port Trust", "Agreed.", "2d", "Saturday, July 7, 2012 at 7:00pm")
    page = _split_html(ARTICLE + "<div class='_w9'>"
                       + block("_3y _5n clearfix", "Adnan Q", "Lives in Karachi", "The routes reopened too fast.",
                               "3d", "Thursday, July 5, 2012 at 11:20am", f"<div class='_44r'>{reply}</div>")
                       + block("_3y _5n clearfix", "Tom R", "Works at Bank", "About time.", "1d",
                               "Sunday, July 8, 2012 at 9:00am") + "</div>")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Adnan Q", "3d", "The routes reopened too fast.", None), ("Sana Mir", "2d", "Agreed.", 1),
        ("Tom R", "1d", "About time.", None)]
    assert page.comments[0].posted_at_parsed.isoformat() == "2012-07-05T11:20:00"


def test_wiki_talk_comments_end_with_signatures_and_indent_replies():
    """Comments under the article in one container, each closed by a wiki signature; a comment's unsigned
    paragraphs above its signed one belong to it; replies are indented in <dl><dd>."""
    sign = '&#8212; <a href="/wiki/User:{0}">{0}</a> (<a href="/wiki/User_talk:{0}">talk</a>) {1}, 5 May 2011 (UTC)'
    long_article = ARTICLE.replace("<article>", "").replace("</article>", "").replace(
        "crossings.</p>", "crossings, after months in which the trucks queued for weeks at Torkham and at Chaman.</p>")
    page = _split_html("<div id='content'>" + long_article
                       + "<h2>Reader comments</h2><h3>Aid</h3><p>First point.</p>"
                       + f"<p>Second point. {sign.format('Kashif', '16:41')}</p>"
                       + f"<dl><dd>Not so. {sign.format('Sam', '17:02')}<dl><dd>Agreed. {sign.format('Nadia', '18:10')}"
                       + f"</dd></dl></dd><dd>Correct. {sign.format('Omer', '19:30')}</dd></dl></div>")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Kashif", "16:41, 5 May 2011 (UTC)", "First point.\n\nSecond point.", None),
        ("Sam", "17:02, 5 May 2011 (UTC)", "Not so.", 1), ("Nadia", "18:10, 5 May 2011 (UTC)", "Agreed.", 2),
        ("Omer", "19:30, 5 May 2011 (UTC)", "Correct.", 1)]
    assert "reopening of the border" in page.article.body and "First point" not in page.article.body
