"""Layouts of the blind rounds 130-137 (issue 18), each on a short page written
for these tests: a discussion site whose writers stand over a vote score and a
lone Reply button, each set apart, over the time; a XenForo 2 thread with a
rank of the board's own under each name and the readers' reactions over the
next; GameFAQs' one-line heads, '---' signatures and 'NAME posted...' quotes;
VerticalScope's '· #3 · DATE' heads under the thread's counters; Drupal
comments whose subjects are either their opening words or a 'Re:' of another's;
a news page with an ad's copy under its label, a bare 'Tags' label closing the
story and numbered heads naming the comment answered; and saved pages whose
replies sit in a list of the comment list's own class inside their parent's
item ('comments-list'), or in a 'commentreplies' box under a 'commentauthor'."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html
from test_split_blind89 import PARA, STORY


def test_writers_over_a_vote_score_and_a_reply_button_over_the_time():
    def post(name: str, score: str, when: str, text: str) -> str:
        return f"{name}\n \n  {score}  \nReply\n{when}\n{text}\n \n \n \n"
    page = split_text(
        "able2know\nAsk a Question\nSign In\n \nable2know » Politics\n \n"
        "Generals balk at the aid bill\n \nhamid_r\n \n  4  \nReply\nThu 8 Oct, 2009 09:14 am\n"
        f"{STORY}\n\n{PARA}\nType: Discussion • Score: 4 • Views: 1,874 • Replies: 3\nNo top replies\n \n"
        + post("crawfishkid", "2", "Thu 8 Oct, 2009 09:40 am", "Billions and the complaint is about the wrapping.")
        + "  1 Reply  \n \n"
        + post("Shehla Qureshi", "3", "Thu 8 Oct, 2009 10:02 am", "@crawfishkid,\nRead the clauses first.")
        + post("Tariq Jadoon", "-1", "Thu 8 Oct, 2009 01:33 pm", "This is not aid, this is rent."), "a2k.txt")
    assert page.article.title == "Generals balk at the aid bill"
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("crawfishkid", "Thu 8 Oct, 2009 09:40 am", "Billions and the complaint is about the wrapping.", None),
        ("Shehla Qureshi", "Thu 8 Oct, 2009 10:02 am", "@crawfishkid,\nRead the clauses first.", 1),
        ("Tariq Jadoon", "Thu 8 Oct, 2009 01:33 pm", "This is not aid, this is rent.", None)]


def test_a_boards_own_rank_under_the_name_and_reactions_over_the_next():
    def post(name: str, rank: str, when: str, number: int, text: str, below: str = "") -> str:
        return (f"{name}\n{rank}\nJoined\nAug 3, 2014\nMessages\n742\nLocation\nKarachi\n{when}\n#{number}\n{text}\n"
                + (f"{below}\n" if below else ""))
    page = split_text(
        "Home\nForums\nOff-Topic\nTrump cuts the aid\nThread starter Lahori_Khan Start date Jan 1, 2018\n"
        + post("Lahori_Khan", "Emperor", "Jan 1, 2018", 1, f"{STORY}\n\n{PARA}", "Red Elk, Desi Padawan and 4 others")
        + "K\n" + post("Karachi_Kid", "Chieftain", "Jan 1, 2018", 2, "Popcorn time.", "Olaf Tryggvason, Mehreen")
        + post("Tex_Ranger", "Prince", "Jan 1, 2018", 3, "lol the thread title reads like a breakup text")
        + post("Mehreen", "Warlord", "Jan 3, 2018", 4, "Then let us say no now.")
        + "You must log in or register to reply here.\n", "xf2.txt")
    assert page.article.title == "Trump cuts the aid"
    assert [(c.author, c.text) for c in page.comments] == [
        ("Karachi_Kid", "Popcorn time."), ("Tex_Ranger", "lol the thread title reads like a breakup text"),
        ("Mehreen", "Then let us say no now.")]


def test_gamefaqs_one_line_heads_signatures_and_quotes():
    page = split_text(
        "GameFAQs\nBoards\nBoards » Politics\nTrump cuts the aid to Pakistan\nTopic List | Page List: 1\n"
        f"OmegaRed_1987 (Topic Creator) | Posted 1/1/2018 6:05:33 PM | #001\n{STORY}\n\n{PARA}\n---\n"
        "\"Subtle\" - my old gym teacher\n"
        "BillyBob | Posted 1/1/2018 6:19:07 PM | #002\nFinally a president who says it.\n---\nTrump 2020\n"
        "Rawalpindi_Express | Posted 1/1/2018 6:26:44 PM | #003\nBillyBob posted...\nFinally a president who says it.\n"
        "\nAnd the ISI men who caught half of al Qaeda were what, exactly?\n"
        "Topic List | Page List: 1\nMore topics from this board...\n", "gamefaqs.txt")
    assert page.article.title == "Trump cuts the aid to Pakistan"
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("BillyBob", "1/1/2018 6:19:07 PM", "Finally a president who says it.", None),
        ("Rawalpindi_Express", "1/1/2018 6:26:44 PM", "And the ISI men who caught half of al Qaeda were what, exactly?",
         1)]


def test_dotted_number_heads_under_the_threads_counters():
    def post(name: str, number: int, when: str, text: str, badge: str = "") -> str:
        return f"{name[0].upper()}\n{name}\n" + (f"{badge}\n" if badge else "") + f" · #{number} · {when}\n{text}\nSave\nLike\nReply\n"
    page = split_text(
        "Expat Forum\nForums\nPakistan Expat Forum\nWhat the withdrawal means for Pakistan\nJump to Latest\nFollow\n"
        "1K views\n2 replies\n3 participants\nlast post by  zubair.kh Sep 4, 2021\n"
        + post("kamran.butt", 1, "Aug 31, 2021", f"{STORY}\n\n{PARA}", "Discussion Starter")
        + post("JillH", 2, "Aug 31, 2021", "Twenty years, and it ended like that.")
        + post("zubair.kh", 3, "Sep 4, 2021", "Nobody in my family is cheering anything."), "vs.txt")
    assert page.article.title == "What the withdrawal means for Pakistan"
    assert page.article.published == dt.date(2021, 8, 31)
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("JillH", "Aug 31, 2021", "Twenty years, and it ended like that."),
        ("zubair.kh", "Sep 4, 2021", "Nobody in my family is cheering anything.")]


def test_drupal_subjects_echoing_the_text_beside_subjects_that_answer_another():
    def comment(name: str, when: str, subject: str, text: str) -> str:
        return f"{name} (not verified)\n{when}\nPermalink\n{subject}\n\n{text}\n\nreply\n"
    page = split_text(
        f"Matangi Tonga\nHome\nNews\nWorld\n\nPakistan summons the envoy\n\nWednesday, January 3, 2018\n\n{STORY}\n\n"
        f"{PARA}\n\nComments\n\n"
        + comment("Anonymous", "Wed, 01/03/2018 - 10:58", "Finally a president who says it",
                  "Finally a president who says it like it is.")
        + comment("Usman Tariq", "Wed, 01/03/2018 - 11:20", "$33 billion is a lie", "Half of it was payment for roads.")
        + comment("Siosaia", "Wed, 01/03/2018 - 12:15", "Every country paid", "Even small ones like Tonga.")
        + comment("J. Hollis", "Wed, 01/03/2018 - 15:26", "Re: Finally a president who says it",
                  "It is never as simple as a tweet.")
        + "Add new comment\n", "drupal.txt")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Anonymous", "Finally a president who says it like it is.", None),
        ("Usman Tariq", "Half of it was payment for roads.", None),
        ("Siosaia", "Even small ones like Tonga.", None),
        ("J. Hollis", "It is never as simple as a tweet.", 1)]


def test_an_ads_copy_under_its_label_a_bare_tags_label_and_numbered_heads_naming_the_answered():
    page = split_text(
        "Vientiane Times\nHome\nWorld\n\nPakistan protests the raid\n\nBy Staff Writer\nMay 4, 2011\n\n"
        f"{STORY}\n\nAdvertisement\nLao Telecom - Call home for less. New international rates from 1 October.\n\n"
        f"{PARA}\n\nTags\nPakistan\nUnited States\nXinhua\nA news agency with an exchange agreement.\n\n"
        "Readers' Comments (3)\n\n"
        "#1  Bilal Ahmed, Islamabad  |  04-05-2011 08:41\n\nEither the army knew or it is incompetent.\n\n"
        "Reply | Report abuse\n\n"
        "#2  sam_k  |  04-05-2011 09:03\n\nJustice is done.\n\nReply | Report abuse\n\n"
        "#3  Mark Ellison, Texas  |  04-05-2011 09:57  |  in reply to #1\n\nOr both.\n\nReply | Report abuse\n\n"
        "Post your comment\n", "vt.txt")
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert "Lao Telecom - Call home for less. New international rates from 1 October." in page.boilerplate
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Bilal Ahmed, Islamabad", "04-05-2011 08:41", "Either the army knew or it is incompetent.", None),
        ("sam_k", "04-05-2011 09:03", "Justice is done.", None),
        ("Mark Ellison, Texas", "04-05-2011 09:57", "Or both.", 1)]


def test_replies_in_a_comment_list_inside_their_parents_item_and_quoting_labels():
    def item(n: int, name: str, when: str, text: str, replies: str = "") -> str:
        return (f'<div class="even" id="comment-item-{n}"><div class="comment-box usertype-guest">'
                f'<a class="comment-anchor" href="#comment-{n}">#{n}</a><span class="comment-author">{name}</span>'
                f'<span class="comment-date">{when}</span><div class="comment-body">{text}</div>'
                f'<span class="comments-buttons"><a href="#">Reply</a> | <a href="#">Quote</a></span></div>'
                + (f'<div class="comments-list" id="comments-list-{n}">{replies}</div>' if replies else "") + "</div>")
    page = split_html(
        "<html><head><title>Strings and sovereignty</title></head><body><h1>Strings and sovereignty</h1>"
        f'<div class="article"><p>{STORY}</p><p>{PARA}</p></div><div id="jc"><div id="comments"><h4>Comments</h4>'
        '<div class="comments-list" id="comments-list-0">'
        + item(1, "Ahmed Raza, Lahore", "09.10.2009 10:14", "The army has no business here.",
               item(2, "pak_patriot77", "09.10.2009 11:02", "Plainly wrong, you mean."))
        + item(3, "Vikram Iyer", "09.10.2009 12:37", "Good piece, balanced.")
        + item(4, "Naila", "09.10.2009 13:05", '<span class="quote">Quoting Vikram Iyer:</span><blockquote>'
               "<div>Good piece, balanced.</div></blockquote>Balanced is a generous word.")
        + "</div></div></div></body></html>", "jc.html")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Ahmed Raza, Lahore", "The army has no business here.", None),
        ("pak_patriot77", "Plainly wrong, you mean.", 1),
        ("Vikram Iyer", "Good piece, balanced.", None),
        ("Naila", "Balanced is a generous word.", 3)]


def test_a_commentreplies_box_and_a_commentauthor_part():
    def comment(n: int, name: str, when: str, text: str, replies: str = "", reply: bool = False) -> str:
        return (f'<div class="comment{" reply" if reply else ""}" id="c{n}"><div class="commentcontent">'
                f'<p class="commentmeta"><span class="commentauthor">{name}</span> <span class="commentdate">{when}</span>'
                f'</p><div class="commentbody"><p>{text}</p></div><div class="commentactions"><a href="#" '
                f'class="commentreply">Reply</a></div></div>'
                + (f'<div class="commentreplies">{replies}</div>' if replies else "") + "</div>")
    page = split_html(
        "<html><head><title>The aid bill's fine print</title></head><body><h1>The aid bill's fine print</h1>"
        f'<div class="post-body"><p>{STORY}</p><p>{PARA}</p></div><div id="comments" class="bscomments">'
        '<h3 class="commentheader">Reader Comments (3)</h3>'
        + comment(1, "Ahmed Raza Khan", "Oct 8th 2009 9:14AM", "Nobody asked for this kind of charity.",
                  comment(2, "jkowalski_mi", "Oct 8th 2009 9:41AM", "Great, so send it back.", reply=True))
        + comment(3, "Anonymous", "Oct 8th 2009 10:02AM", "Seven and a half billion. Unbelievable.")
        + "</div></body></html>", "pd.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Ahmed Raza Khan", "Oct 8th 2009 9:14AM", "Nobody asked for this kind of charity.", None),
        ("jkowalski_mi", "Oct 8th 2009 9:41AM", "Great, so send it back.", 1),
        ("Anonymous", "Oct 8th 2009 10:02AM", "Seven and a half billion. Unbelievable.", None)]
