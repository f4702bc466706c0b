"""Layouts of the blind rounds 124-129 (issue 18), each on a short page written
for these tests: a saved Thesis blog whose comment heads and texts are
marked as comments side by side (<dt>/<dd>), replies naming the comment's
number ('Salman @1:'); a saved Daily Kos page of 2009 (the comment's title and
votes over its text, its writer in the footer's byline, a row of buttons);
a Network54 thread (the subject over the date over the poster and login);
a Godlike Productions thread (the poster's id and country, 'Quoting: NAME
1383610'); and a copied page whose comment heads are labelled fields and whose
replies address the writer right above by first name."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html
from test_split_blind89 import PARA, STORY


def test_thesis_heads_and_texts_marked_side_by_side_with_replies_by_number():
    def comment(n: int, name: str, when: str, text: str) -> str:
        return (f'<dt class="comment depth-1" id="comment-{n}"><span class="comment_num"><a href="#comment-{n}">{n}'
                f'</a></span><span class="comment_author">{name}</span><span class="comment_time">{when}</span></dt>'
                f'<dd class="comment depth-1"><div class="format_text"><p>{text}</p></div></dd>')
    page = split_html(
        "<html><head><title>Kerry-Lugar and the generals</title></head><body>"
        '<div class="post"><h1 class="entry-title">Kerry-Lugar and the generals</h1>'
        f'<div class="format_text entry-content"><p>{STORY}</p><p>{PARA}</p></div></div>'
        '<div id="comments"><div class="comments_intro"><p>3 comments</p></div><dl id="comment_list">'
        + comment(1, "Salman Qureshi", "10.08.09 at 9:47 am", "Reasonably fair, though the anger is real.")
        + comment(2, "bob kowalski", "10.08.09 at 10:02 am", "Ah, sovereignty, the last refuge.")
        + comment(3, "Ritu Bhatnagar", "10.08.09 at 10:31 am", "Salman @1: the drafting reads like a hearing room.")
        + "</dl></div></body></html>", "thesis.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Salman Qureshi", "10.08.09 at 9:47 am", "Reasonably fair, though the anger is real.", None),
        ("bob kowalski", "10.08.09 at 10:02 am", "Ah, sovereignty, the last refuge.", None),
        ("Ritu Bhatnagar", "10.08.09 at 10:31 am", "Salman @1: the drafting reads like a hearing room.", 1)]


def test_a_comments_writer_in_its_footers_byline_under_its_title_and_votes():
    def comment(n: int, title: str, votes: str, text: str, name: str, when: str, nested: str = "") -> str:
        return (f'<div class="cx" id="c{n}"><div class="cm"><div class="ch"><span class="ct"><b>{title}</b></span> '
                f'<span class="cr">(<a href="#recs{n}">{votes}</a>)</span></div><div class="cb"><p>{text}</p></div>'
                f'<div class="cf">by <a class="cu" href="/user/{name}">{name}</a> on <span class="cd">{when}</span>'
                f'</div><div class="cl">[ <a href="#c{n}">Link Here</a> | <a class="reply" href="#r{n}">Reply to This'
                f'</a> ] <span class="rbtn"><a href="#">Recommend</a> <a href="#">Hide</a></span></div></div>'
                f'<div class="cn">{nested}</div></div>')
    page = split_html(
        "<html><head><title>Generals balk at Kerry-Lugar</title></head><body><h1>Generals balk at Kerry-Lugar</h1>"
        f"<div class=\"story\"><p>{STORY}</p><p>{PARA}</p></div><div class=\"commentThread\">"
        + comment(1, "Nobody in Lahore is reading the bill", "6+ / 0-", "The anchors read three sentences.",
                  "Lahori in Brooklyn", "Thu Oct 08, 2009 at 10:58:41 AM PDT",
                  nested=comment(2, "Same in India", "4+ / 0-", "Remember the nuclear deal?", "anand_in_jersey",
                                 "Thu Oct 08, 2009 at 11:06:03 AM PDT"))
        + comment(3, "Why pay them at all?", "2+ / 5-", "Spend it in Ohio.", "TomInTacoma",
                  "Thu Oct 08, 2009 at 11:14:27 AM PDT")
        + "</div></body></html>", "kos.html")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Lahori in Brooklyn", "Nobody in Lahore is reading the bill\n\nThe anchors read three sentences.", None),
        ("anand_in_jersey", "Same in India\n\nRemember the nuclear deal?", 1),
        ("TomInTacoma", "Why pay them at all?\n\nSpend it in Ohio.", None)]


def test_network54_posts_with_the_subject_over_the_date_over_the_poster():
    def post(subject: str, when: str, name: str, text: str, answers: str = "") -> str:
        return (f"{subject}\n{when}\n{name}\n" + (f"Response to {answers}\n" if answers else "")
                + f"\n{text}\n\nReply  |  Quote  |  Report Abuse\n\n")
    title = "Bin Laden killed in Abbottabad, a mile from the academy"
    page = split_text(
        "Network54\nFree Forums\n\nSouth Asia Forum - Politics, News & Views\n\n"
        "Return to Index  |  Previous Topic  |  Next Topic\n\n"
        + post(title, "May 2 2011 at 9:05 AM", "Nadeem Akhtar  (Login nakhtar)\nForum Owner", f"{STORY}\n\n{PARA}")
        + "Responses (3)\n\n"
        + post(f"Re: {title}", "May 2 2011 at 9:31 AM", "Khalid Mahmood  (Login kmahmood)", "Good riddance.", title)
        + post("Sovereignty?", "May 2 2011 at 9:48 AM", "Guest  (no login)", "And our air force was asleep?", title)
        + post("Re: Sovereignty?", "May 2 2011 at 10:15 AM", "Imran_UK  (Login imran_uk)",
               "The argument cuts both ways.", "Sovereignty?"), "n54.txt")
    assert page.article.title == title
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Khalid Mahmood", "May 2 2011 at 9:31 AM", "Good riddance.", None),
        ("Guest", "May 2 2011 at 9:48 AM", "And our air force was asleep?", None),
        ("Imran_UK", "May 2 2011 at 10:15 AM", "The argument cuts both ways.", 2)]


def test_posters_with_their_id_and_country_and_quotes_naming_the_id():
    def post(name: str, user: int, country: str, when: str, text: str) -> str:
        return (f"{name}\nUser ID: {user}\n{country}\n{when}\nReport Abusive Post\nReport Copyright Violation\n"
                f"{text}\n \n")
    page = split_text(
        "Example Productions - Discussion Forum\n\nExample Productions > Forum > Pakistan kept in the dark\n"
        "Message Subject\nPakistan kept in the dark on Abbottabad raid\nPage 1 of 1\n \n"
        + post("Anonymous Coward", 1383392, "United States", "05/03/2011 06:48 AM", f"{STORY}\n\n{PARA}")
        + post("Anonymous Coward", 1211570, "United States", "05/03/2011 06:52 AM", "A mile from their West Point?")
        + post("Watchman of the Sky", 1024887, "United States", "05/03/2011 07:10 AM", "No photos. Same playbook.")
        + post("Anonymous Coward", 1383612, "United Kingdom", "05/03/2011 07:18 AM",
               "Quoting: Anonymous Coward 1211570\n\n\nA mile from their West Point?\n\n\n"
               "Yes, a mile, and the town knew the house as the Waziristan mansion."),
        "glp.txt")
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Anonymous Coward", "A mile from their West Point?", None),
        ("Watchman of the Sky", "No photos. Same playbook.", None),
        ("Anonymous Coward", "Yes, a mile, and the town knew the house as the Waziristan mansion.", 1)]


def test_labelled_comment_heads_and_replies_addressing_the_writer_above():
    page = split_text(
        "Example News\n\nPakistan army voices concern over US aid bill\nBy Staff | Thursday, 08 October 2009\n\n"
        f"{STORY}\n\n{PARA}\n\nReaders' Views (3)\n\n"
        "Posted by: Imran Siddiqui (Lahore)\nDate: 2009-10-08 15:12:44\nThe bill is a leash.\n\n"
        "Posted by: Dave_in_Texas\nDate: 2009-10-08 15:40:09\nImran, with respect, nobody forces you to take it.\n\n"
        "Posted by: Binod Shrestha (Kathmandu)\nDate: 2009-10-08 16:05:31\nInteresting to watch from here.\n",
        "labelled.txt")
    assert page.article.published == dt.date(2009, 10, 8)
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Imran Siddiqui (Lahore)", "2009-10-08 15:12:44", "The bill is a leash.", None),
        ("Dave_in_Texas", "2009-10-08 15:40:09", "Imran, with respect, nobody forces you to take it.", 1),
        ("Binod Shrestha (Kathmandu)", "2009-10-08 16:05:31", "Interesting to watch from here.", None)]
