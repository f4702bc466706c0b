"""Round 31 of the blind layouts, saved HTML (issue 18), each on a short page
written for these tests: a video page whose comments are web components
(ids repeated in every comment, Polymer's "style-scope" classes, a "Read more"
control, "(edited)" times), a learning platform's forum discussion (the first
post is the article, "by NAME - date" heads, replies nested in "indent" boxes),
and a forum whose replies quote earlier comments as cards (the quoted writer
and time over the quoted paragraphs)."""
from __future__ import annotations

from comments.html import split_html


def _yt_comment(name: str, when: str, text: str, reply: bool = False) -> str:
    return f"""<ytd-comment-view-model class="style-scope ytd-comment-thread-renderer"{' is-reply=""' if reply else ''}>
<div id="body" class="style-scope ytd-comment-view-model"><div id="main" class="style-scope ytd-comment-view-model">
<div id="header" class="style-scope ytd-comment-view-model"><div id="header-author" class="style-scope ytd-comment-view-model">
<h3 class="style-scope ytd-comment-view-model"><a id="author-text" class="yt-simple-endpoint style-scope ytd-comment-view-model"
href="/{name}"><span class="style-scope ytd-comment-view-model">{name}</span></a></h3>
<span id="published-time-text" class="style-scope ytd-comment-view-model"><a class="yt-simple-endpoint style-scope
ytd-comment-view-model" href="/watch?v=x&amp;lc=1">{when}</a></span></div></div>
<div id="comment-content" class="style-scope ytd-comment-view-model"><ytd-expander id="expander"
class="style-scope ytd-comment-view-model"><div id="content" class="style-scope ytd-expander"><yt-attributed-string
id="content-text" class="style-scope ytd-comment-view-model"><span class="yt-core-attributed-string">{text}</span>
</yt-attributed-string></div><tp-yt-paper-button id="more" class="style-scope ytd-expander" role="button">Read more
</tp-yt-paper-button></ytd-expander></div>
<div id="action-buttons" class="style-scope ytd-comment-view-model"><span id="vote-count-middle"
class="style-scope ytd-comment-engagement-bar">12</span><button aria-label="Reply">Reply</button></div></div></div>
</ytd-comment-view-model>"""


VIDEO = f"""<html><head><title>Why the airspace deal still matters - YouTube</title></head><body>
<ytd-watch-metadata><h1 class="style-scope ytd-watch-metadata"><yt-formatted-string>Why the airspace deal still matters
</yt-formatted-string></h1><div id="description">Streamed live on 12 Aug 2023. Our correspondent explains why the
overflight corridor over Balochistan outlived every other part of the bargain between Islamabad and Washington, and what
it tells us about the next crisis.</div></ytd-watch-metadata>
<ytd-comments id="comments"><h2><span>3 Comments</span></h2>
<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer">
{_yt_comment("@lahore_lens", "2 months ago", "The corridor is the only part nobody argues about in public.")}
<div id="replies" class="style-scope ytd-comment-thread-renderer"><ytd-comment-replies-renderer
class="style-scope ytd-comment-thread-renderer"><div id="contents" class="style-scope ytd-comment-replies-renderer">
{_yt_comment("@dc_watcher", "1 month ago (edited)", "@lahore_lens Because arguing about it would end it.", reply=True)}
</div></ytd-comment-replies-renderer></div></ytd-comment-thread-renderer>
<ytd-comment-thread-renderer class="style-scope ytd-item-section-renderer">
{_yt_comment("@quetta_q", "3 weeks ago", "Good explainer, shukriya.")}
</ytd-comment-thread-renderer></ytd-comments></body></html>"""


def test_web_component_comments_with_repeated_ids():
    page = split_html(VIDEO, "video.html")
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("@lahore_lens", "2 months ago", None), ("@dc_watcher", "1 month ago", 1), ("@quetta_q", "3 weeks ago", None)]
    assert [c.text for c in page.comments] == [
        "The corridor is the only part nobody argues about in public.",
        "@lahore_lens Because arguing about it would end it.", "Good explainer, shukriya."]


def _moodle_post(pid: int, subject: str, name: str, when: str, text: str, first: bool = False) -> str:
    return f"""<a id="p{pid}"></a><div class="forumpost clearfix{' firstpost starter' if first else ''}" role="region">
<div class="row header clearfix"><div class="topic"><div class="subject" role="heading" aria-level="2">{subject}</div>
<div class="author" role="heading" aria-level="2">by <a href="/user/view.php?id={pid}">{name}</a> - {when}</div></div></div>
<div class="row maincontent clearfix"><div class="no-overflow"><div class="content"><div class="posting fullpost">{text}
</div></div></div></div><div class="row side"><div class="commands"><a href="#p{pid}">Permalink</a> |
<a href="/mod/forum/post.php?reply={pid}">Reply</a></div></div></div>"""


FORUM = f"""<html><head><title>IR-341: Aid with strings attached</title></head><body>
<div id="page-header"><h1>IR-341 Pakistan and the Great Powers</h1></div>
<div class="breadcrumb"><a href="/">Dashboard</a> / <a href="/course">IR-341</a></div>
<div id="region-main"><h2>Week 4 discussion</h2>
{_moodle_post(1, "Aid with strings attached", "Dr. Sana Mir", "Tuesday, 8 March 2016, 9:14 PM",
              "<p>This week we read about the conditions attached to civilian aid after 2009 and how the army answered "
              "them in public.</p><p>Did the conditions achieve anything, or did they make the aid politically toxic? "
              "Cite two of the readings.</p>", first=True)}
<div class="indent">
{_moodle_post(2, "Re: Aid with strings attached", "Hassan Raza", "Wednesday, 9 March 2016, 10:02 AM",
              "<p>They achieved nothing: the waivers meant nobody expected them to be enforced.</p>")}
<div class="indent">
{_moodle_post(3, "Re: Aid with strings attached", "Mehreen Akhtar", "Wednesday, 9 March 2016, 1:37 PM",
              "<p>The waivers were the point. Congress wanted the words, not the fight.</p>")}
</div>
{_moodle_post(4, "Re: Aid with strings attached", "Daniyal Khan", "Thursday, 10 March 2016, 11:20 AM",
              "<p>USAID figures show less than half of the money was ever spent.</p>")}
</div></div>
<div class="block_recent_activity block"><h2>Recent activity</h2><p>New forum posts:</p></div>
</body></html>"""


def test_learning_platform_thread_by_name_heads_and_indented_replies():
    page = split_html(FORUM, "forum.html")
    assert page.article.title == "Aid with strings attached"
    assert page.article.body.startswith("This week we read about the conditions")
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("Hassan Raza", "Wednesday, 9 March 2016, 10:02 AM", None),
        ("Mehreen Akhtar", "Wednesday, 9 March 2016, 1:37 PM", 1),
        ("Daniyal Khan", "Thursday, 10 March 2016, 11:20 AM", None)]
    assert page.comments[2].text == "USAID figures show less than half of the money was ever spent."


def _vanilla_comment(cid: int, name: str, body: str) -> str:
    return f"""<li class="Item ItemComment" id="Comment_{cid}"><div class="Comment"><div class="Item-Header CommentHeader">
<span class="Author"><a href="/profile/{name}" class="Username">{name}</a></span><div class="Meta CommentMeta">
<span class="MItem DateCreated"><a href="#Comment_{cid}" class="Permalink"><time title="September 10, 2022 1:47PM"
datetime="2022-09-10T13:47:03+00:00">September 10</time></a></span></div></div>
<div class="Item-BodyWrap"><div class="Item-Body"><div class="Message userContent">{body}</div></div></div></div></li>"""


CARD = """<div class="js-embed embedResponsive"><div class="embedExternal embedQuote"><blockquote
class="embedText-body embedQuote-body"><div class="embedText-header embedQuote-header"><a href="/profile/Nandini_R"
class="embedQuote-userLink"><span class="embedQuote-userName">Nandini_R</span></a><a href="#Comment_1"><time
datetime="2022-09-10T08:15:40+00:00">September 10</time></a></div><div class="embedQuote-excerpt userContent"><p>India's
objection is predictable but not unreasonable.</p></div></blockquote></div></div>"""

QUOTING = f"""<html><head><title>F-16 package approved - Open Policy Community</title></head><body>
<h1>F-16 package approved: what does Washington get?</h1>
<ul class="MessageList DataList Comments">
{_vanilla_comment(1, "Nandini_R", "<p>India's objection is predictable but not unreasonable.</p>")}
{_vanilla_comment(2, "ali_k", "<p>The package is about keeping the fleet flying, nothing more.</p>")}
{_vanilla_comment(3, "capitol_hill", CARD + "<p>Predictable, yes, but the end-use checks answer it.</p>")}
</ul></body></html>"""


def test_a_quote_card_of_an_earlier_comment_makes_a_reply_and_is_not_its_text():
    page = split_html(QUOTING, "quoting.html")
    assert [(c.author, c.parent) for c in page.comments] == [("Nandini_R", None), ("ali_k", None), ("capitol_hill", 1)]
    assert page.comments[2].text == "Predictable, yes, but the end-use checks answer it."
