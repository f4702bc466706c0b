"""Layouts of the blind rounds 96-102 (issue 18), each on a short page written
for these tests: a comment list with its policy notice, sort options one a
line and reply counts; boards whose poster's block sits over the post's number
with the date under it, over a "posted DATE" line, or over ranks only; posts
signed under their text by a recurring signature; comments numbered by their
writers' names under a short headline; and saved Drupal and Pluck comments."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html
from test_split_blind89 import PARA, STORY


def test_a_policy_notice_sort_options_a_line_each_and_reply_counts_nesting_the_replies():
    def comment(initials: str, name: str, when: str, text: str, replies: str = "") -> str:
        return f"{initials}\n{name}\n{when}\n{text}\nReply\nUp Vote (4)\nDown Vote (1)\nOffensive\n{replies}"
    page = split_text(
        "Example Mirror\nNews\nWorld\nUS tells Pakistan to pay full price for F-16s\n"
        "By Agencies | Updated: May 3, 2016, 02:00 AM IST\n"
        f"{STORY}\n\n{PARA}\n\nFrom around the web\nDoctors stunned by this one spice\nAds by Example\n"
        "Comments (4)\nRefrain from posting comments that are obscene, defamatory or inflammatory, and do not indulge "
        "in personal attacks, name calling or inciting hatred against any community. Help us delete comments that do "
        "not follow these guidelines by marking them offensive. Let's work together to keep the conversation civil.\n"
        "Write a comment\nCharacters Remaining: 3000\nPost comment\nSort By:\nNewest\nOldest\nUpvoted\nDownvoted\nDiscussed\n"
        + comment("SK", "Sanjay K, Mumbai", "May 3, 2016, 07:42 AM", "Finally some sense in Congress.", "1 Reply\n")
        + comment("UA", "Usman Ali, Rawalpindi", "May 3, 2016, 08:15 AM", "These jets fly against the TTP.")
        + comment("G", "Guest", "May 3, 2016, 09:02 AM", "Pakistan will buy JF-17s instead.", "2 Replies\n")
        + comment("RM", "Rohit M, Delhi", "May 3, 2016, 09:20 AM", "@Guest Nothing new to lose.")
        + "Load More Comments\nTrending Now\n", "mirror.txt")
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Sanjay K, Mumbai", "Finally some sense in Congress.", None),
        ("Usman Ali, Rawalpindi", "These jets fly against the TTP.", 1),
        ("Guest", "Pakistan will buy JF-17s instead.", None),
        ("Rohit M, Delhi", "@Guest Nothing new to lose.", 3)]


def test_a_board_with_the_poster_over_the_post_number_and_the_date_under_it():
    def post(name: str, n: int, when: str, text: str) -> str:
        return f"{name}\nOffline\n15\nReputationRep:\nFollow\n#{n}\nReport{' Thread starter' * (n == 1)} {when}\n{text}\nQuote\nReply\n"
    page = split_text(
        "Example Student Forum\nSign in\nForums\nNews and current affairs\nAnnouncements\n"
        "Exam season is here! Find revision help in our forums »\nUS Congress blocks F-16 funding for Pakistan\nWatch\n"
        "Page 1 of 1\nGo to first unread\nSkip to page:\n"
        + post("Hasnain_Q", 1, "05-05-2016 10:41", f"http://www.example.com/news/1256609\n\n{STORY}\n\n{PARA}")
        + post("Ollie_W", 2, "05-05-2016 10:58", "Good. Why are we subsidising them?")
        + post("vikram_iyer", 3, "05-05-2016 11:20", "(Original post by Ollie_W)\nGood. Why are we subsidising them?\n"
                                                     "Because they asked nicely.\n\nPosted from TSR Mobile"), "tsr.txt")
    assert page.article.title == "US Congress blocks F-16 funding for Pakistan"
    assert page.article.body.endswith(PARA)
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Ollie_W", "05-05-2016 10:58", "Good. Why are we subsidising them?", None),
        ("vikram_iyer", "05-05-2016 11:20", "Because they asked nicely.", 1)]


def test_a_board_with_the_poster_block_over_a_posted_line_and_writes_quotes():
    def post(name: str, n: int, when: str, text: str, extra: str = "") -> str:
        return (f"{name}\nUser #{n}31908\n{n}267 posts\nForum Regular\n\nposted {when} AEST\nref: whrl.pl/RcKz{n}Q\n"
                f"{extra}\n{text}\n\n")
    page = split_text(
        "Example Forums\nLog in\nSign up\n\nExample Forums » Lounge » Politics & Current Affairs\n\n"
        "Bin Laden found in Pakistan garrison town\n\nPages: 1\nThread tools\nWatch thread\n\n"
        + post("kp_brisbane", 1, "2011-May-2, 6:48 pm", f"2 May 2011\n\n{STORY}\n\n{PARA}")
        + post("Zeeshan_A", 2, "2011-May-2, 7:02 pm", "A kilometre from Kakul. Someone was looking after him.")
        + post("rajiv_p", 3, "2011-May-2, 7:20 pm", "Zeeshan_A writes...\nSomeone was looking after him\n\n"
                                                   "We have been saying so for years.", "edited 2011-May-2, 7:31 pm AEST")
        + "Pages: 1\nThread tools\nReply to this thread\n", "whirlpool.txt")
    assert page.article.title == "Bin Laden found in Pakistan garrison town"
    assert page.article.published == dt.date(2011, 5, 2)
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Zeeshan_A", "2011-May-2, 7:02 pm AEST", "A kilometre from Kakul. Someone was looking after him.", None),
        ("rajiv_p", "2011-May-2, 7:20 pm AEST", "We have been saying so for years.", 1)]
    assert page.comments[0].posted_at_parsed == dt.datetime(2011, 5, 2, 19, 2)


def test_posts_signed_under_their_text_with_ranks_only_and_a_recurring_signature():
    def post(name: str, rank: str, when: str, n: int, text: str) -> str:
        return f"\n{name}\n{rank}\n{text}\n{name}, {when}\n#{n}\nLike Like x 2\n"
    page = split_text(
        "Example Rumour Service\nHome\nForums\nHome Forums > Current Affairs >\n"
        "Pakistan reopens supply routes after apology\n"
        "Discussion in 'Current Affairs' started by Goatman_J, Jul 4, 2012.\n\n"
        "Welcome to the Example Rumour Service\nThe largest unofficial military website in the country, with forums "
        "on every subject you could name and a great many you could not.\nJoin the conversation. Sign up for free.\n"
        "Dismiss Notice\n"
        + post("Goatman_J", "War Hero", "Jul 4, 2012", 1, f"{STORY}\n\n{PARA}")
        + post("Tex_Pat", "Old-Salt", "Jul 4, 2012", 2, "Seven months and a phone call.\nSmall government, big sky.")
        + post("Pak_Lhr", "Clanker", "Jul 4, 2012", 3, "Twenty four of our boys killed.")
        + post("Tex_Pat", "Old-Salt", "Jul 5, 2012", 4, "Read the investigation first.\nSmall government, big sky.")
        + "\nSimilar threads\nOther thread about Pakistan\nSjid, Aug 17, 2012\n#1\n", "rumour.txt")
    assert page.article.title == "Pakistan reopens supply routes after apology"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Tex_Pat", "Jul 4, 2012", "Seven months and a phone call."),
        ("Pak_Lhr", "Jul 4, 2012", "Twenty four of our boys killed."),
        ("Tex_Pat", "Jul 5, 2012", "Read the investigation first.")]


def test_comments_numbered_by_their_writers_under_a_short_headline_and_its_dek():
    page = split_text(
        "Example Times\n#891 | 5 - 11 January 2018\n\nHome\nNation\nEditorial\nOpinion\nBusiness\n\n"
        "Breaking: Parties yet to agree on election date | Kathmandu AQI 187\n\nNation\nRegional\n\n"
        "Tweet and sour\nDonald Trump's New Year outburst has pushed Pakistan closer to China, but Islamabad cannot "
        "afford to burn its bridges with Washington\n\nMehreen Aslam in Karachi\n\n"
        f"{STORY}\n\n{PARA}\n\nComments\n\n"
        "1. Hari Prasad\nVery balanced article.\n\n2. usman_t\nNothing but lies and deceit?\n\n"
        "3. Mike from Ohio\nHonestly I'm with Trump on this one.\n\n", "weekly.txt")
    assert page.article.title == "Tweet and sour"
    assert page.article.published == dt.date(2018, 1, 5)
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.text) for c in page.comments] == [
        ("Hari Prasad", "Very balanced article."), ("usman_t", "Nothing but lies and deceit?"),
        ("Mike from Ohio", "Honestly I'm with Trump on this one.")]


def test_saved_drupal_comments_posted_by_their_writers_and_a_pluck_list_with_heads_inside_the_comments():
    def drupal(cid: str, subject: str, name: str, when: str, body: str) -> str:
        return (f'<a id="comment-{cid}"></a><div class="comment comment-published"><div class="comment-inner">'
                f'<h3 class="title"><a href="#comment-{cid}">{subject}</a></h3>'
                f'<div class="submitted">Posted by <a href="/user/{cid}" title="View user profile.">{name}</a> on '
                f'<span class="comment-date">{when}</span></div><div class="content">{body}</div>'
                '<div class="links"><ul class="links"><li><a href="/login">Login</a> to post comments</li></ul></div>'
                "</div></div>")
    page = split_html(
        "<html><head><title>Kerry-Lugar aid | Example Busters</title></head><body>"
        f"<h1>Kerry-Lugar aid</h1><p>October 8, 2009</p><p>{STORY}</p><p>{PARA}</p><div id='comments'>"
        + drupal("1", "Insulted to the tune of", "LonestarPatriot", "Thu, 10/08/2009 - 12:04", "<p>Not one more cent.</p>")
        + drupal("2", "Sovereignty cuts both ways", "ConservativeCarl", "Thu, 10/08/2009 - 12:41",
                 '<div class="quote-msg"><div class="quote-author"><em>LonestarPatriot</em> wrote:</div>'
                 "Not one more cent.</div><p>Then say so to Congress.</p>")
        + "</div></body></html>", "drupal.html")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("LonestarPatriot", "Thu, 10/08/2009 - 12:04", "Not one more cent."),
        ("ConservativeCarl", "Thu, 10/08/2009 - 12:41", "Then say so to Congress.")]

    def pluck(name: str, when: str, text: str) -> str:
        return (f'<div class="pluck-comm-single-comment-main"><div class="pluck-comm-single-comment-top">'
                f'<div class="pluck-comm-username-url"><a class="pluck-comm-username" href="/persona/{name}">{name}</a>'
                f'</div><div class="pluck-comm-timestamp">{when}</div></div><div class="pluck-comm-comment-content">'
                f'<p class="pluck-comm-body">{text}</p></div><div class="pluck-comm-single-comment-bottom">'
                '<span class="pluck-comm-report-abuse"><a href="#">Report Abuse</a></span></div></div>')
    page = split_html(
        "<html><head><title>Army objects to aid strings</title></head><body>"
        f"<h1>Army objects to aid strings</h1><p>October 8, 2009</p><p>{STORY}</p><p>{PARA}</p>"
        '<div id="comments" class="pluck-comm"><h3 class="pluck-comm-title">Comments (2)</h3>'
        '<div class="pluck-comm-comments-list">'
        + pluck("WethersfieldVet", "October 8, 2009 at 7:42 AM", "Not one more dime.")
        + pluck("Saima_K", "October 8, 2009 at 8:03 AM", "As a Pakistani-American, I agree with something.")
        + "</div></div></body></html>", "pluck.html")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("WethersfieldVet", "October 8, 2009 at 7:42 AM", "Not one more dime."),
        ("Saima_K", "October 8, 2009 at 8:03 AM", "As a Pakistani-American, I agree with something.")]
