"""Layouts of the blind rounds 83 to 85 (issue 18), each on a short page
written for these tests: forums that post a story and answer it (signatures
under the text, heads opened by whom they answer, numbered subjects,
label-over-value profile fields), a news site's own comment votes and
moderator notes, a Facebook plugin's school and form, and three saved-HTML
details."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

STORY = ("ISLAMABAD -- Pakistan's army voiced serious concern on Wednesday over conditions attached to a "
         "five-year American aid package, exposing a rift between the generals and the civilian government. "
         "The measure triples non-military assistance to roughly one and a half billion dollars a year. "
         "Officials in Washington said the conditions were not aimed at anyone and that the money would "
         "pay for schools, roads and power plants across the country over the next five years.")
PARA = ("Pakistan reopened the land routes on Tuesday after seven months, and officials in Islamabad said the "
        "trucks would start moving within days.")
PARA2 = ("Washington welcomed the decision, though lawmakers in both capitals said the relationship would stay "
         "difficult for years.")


def test_posts_signed_under_their_text_by_number_time_and_login_answering_to_a_login():
    page = split_text(
        "Example Forum\nBrowse · Search\n\nSkip to comments.\nArmy bristles at strings on U.S. aid\n"
        "Capitol Dispatch ^ | October 8, 2009 | Warren Pell\nPosted on 10/08/2009 7:21:45 AM PDT by Lonestar\n"
        f"{STORY}\n\nTOPICS: Foreign Affairs\n"
        "1 posted on 10/08/2009 7:21:46 AM PDT by Lonestar (Come and take it)\n"
        "[ Post Reply | Private Reply | View Replies]\n"
        "To: Lonestar\nCut them off.\n2 posted on 10/08/2009 7:29:15 AM PDT by OldSgt (Once a Marine)\n"
        "[ Post Reply | Private Reply | To 1 | View Replies]\n"
        "To: OldSgt\nIt is not that simple.\n3 posted on 10/08/2009 7:40:13 AM PDT by Raza_in_Houston\n"
        "[ Post Reply | Private Reply | To 2 | View Replies]\n", "signed.txt")
    assert page.article.title == "Army bristles at strings on U.S. aid"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("OldSgt", "10/08/2009 7:29:15 AM PDT", "Cut them off.", None),
        ("Raza_in_Houston", "10/08/2009 7:40:13 AM PDT", "It is not that simple.", 1)]


def test_heads_opened_by_whom_they_answer_and_numbered_subjects_over_the_text():
    def reply(label: str, when: str, name: str, subject: str, text: str) -> str:
        return f"Response to {label}\n \n{when}\n \n{name}\n \n{subject}\n \n{text}\n \nReply to this post\nAlert\n \n"
    page = split_text(
        f"Example Underground\nLatest\nLobby\n \nLatest Breaking News\n \nFlynn (24,118 posts)\n"
        f"Tue Jul 3, 2012, 12:47 PM\n \nPakistan to reopen supply routes\n \n{PARA}\n\n{PARA2}\n \n3 replies\n \n"
        + reply("Flynn (Original post)", "Tue Jul 3, 2012, 12:55 PM", "Sahir_Q (3,210 posts)",
                "1. Seven months for one word", "Better late than never.")
        + reply("Sahir_Q (Reply #1)", "Tue Jul 3, 2012, 01:09 PM", "midwest_marty (9,876 posts)",
                "3. It matters. It came late.", "Clinton deserves credit.")
        + reply("Flynn (Original post)", "Tue Jul 3, 2012, 12:58 PM", "LeftCoastLarry (41,552 posts)",
                "2. Good riddance", "Then we won't need anybody's roads."), "du.txt")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Sahir_Q", "Tue Jul 3, 2012, 12:55 PM", "Better late than never.", None),
        ("midwest_marty", "Tue Jul 3, 2012, 01:09 PM", "Clinton deserves credit.", 1),
        ("LeftCoastLarry", "Tue Jul 3, 2012, 12:58 PM", "Then we won't need anybody's roads.", None)]


def test_an_old_board_thread_with_dashed_dates_an_original_message_and_replies_named_by_number():
    def post(name: str, when: str, label: str, text: str) -> str:
        return f"{name}  (1000+ posts)\t{when}\n{label}\n{text}\nPrinter Friendly | Permalink |  Reply | Top\n"
    page = split_text(
        "Home\nSearch\nHome » Discuss » Latest Breaking News\tReply   Discuss\nPrevious Topic | Next Topic\n"
        "Printer-friendly format\n"
        + post("Omar_F", "Wed Oct-07-09 09:02 AM", "Original message", f"Army voices concern over aid bill\n{STORY}")
        + post("harrier", "Wed Oct-07-09 09:11 AM", "Response to Original message",
               "1. No oversight, please\nThe generals object to oversight.")
        + post("SalimaR", "Wed Oct-07-09 09:31 AM", "Response to Reply #1",
               "2. Not that simple\nEdited on Wed Oct-07-09 09:40 AM by SalimaR\nThe wording is insulting.")
        + post("OldCodger", "Wed Oct-07-09 09:38 AM", "Response to Original message",
               "3. Tie it to results\nNo more blank checks."), "old.txt")
    assert page.article.title == "Army voices concern over aid bill"
    assert page.article.published.isoformat() == "2009-10-07"
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("harrier", "The generals object to oversight.", None), ("SalimaR", "The wording is insulting.", 1),
        ("OldCodger", "No more blank checks.", None)]


def test_votes_in_brackets_and_moderator_notes_are_no_comment_text_and_home_crumbs_top_the_headline():
    page = split_text(
        "Example Today\nJapan's Top News and Discussion Site\n\nLogin\nRegister\n\nHome\nWorld\nSearch\n\n"
        "Home > World\n\nU.S. presses Pakistan to free American\n\nFeb. 16, 2011 - 07:15AM JST ( 2 )\n\n"
        "Supporters chant slogans during a rally in Lahore on Tuesday.\nAP photo\n\n"
        f"By NADEEM QURESHI\n\n{PARA}\n\n{PARA2}\n\n2 Comments\nLogin to comment\n\n"
        "Imran_Q Feb. 16, 2011 - 07:41AM JST\n\nLet the court decide.\n\n( +18 / -7 )\n\n"
        "Moderator: Readers, please stay on topic and refrain from personal attacks.\n\n"
        "Tokyo_Ken Feb. 16, 2011 - 10:02AM JST\n\nCalm down everyone.\n\n14 ( +5 / -3 )\n\n"
        "Login to comment\nYou need to be logged in to post a comment. Login | Register\n", "jt.txt")
    assert page.article.title == "U.S. presses Pakistan to free American"
    assert page.article.body == f"{PARA}\n\n{PARA2}"
    assert [(c.author, c.text) for c in page.comments] == [
        ("Imran_Q", "Let the court decide."), ("Tokyo_Ken", "Calm down everyone.")]


def test_a_facebook_plugin_head_naming_a_university_of_the_and_its_posting_as_line():
    page = split_text(
        f"Example Herald\n\nPakistan under pressure after the raid\n\nBy Kim Ji-won\nMay 3, 2011\n\n{PARA}\n\n"
        f"{PARA2}\n\nComments\nAdd a comment...\nPosting as Seo-yeon Han (Change)\nComment\n"
        "Farhan Qazi · University of the Punjab\nNobody in Islamabad will believe it.\n"
        "Reply · Like · 14 · May 3 at 6:41pm\n"
        "Rajesh Iyer · Indian Institute of Science\nThe money kept flowing.\nLike · 6 · May 3 at 7:05pm\n", "fb.txt")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Farhan Qazi", "May 3 at 6:41pm", "Nobody in Islamabad will believe it."),
        ("Rajesh Iyer", "May 3 at 7:05pm", "The money kept flowing.")]


def test_a_board_thread_whose_poster_fields_are_labels_over_values():
    def post(when: str, n: int, name: str, text: str) -> str:
        return (f"{when} #{n}\n{name}\nSENIOR MEMBER\n\nJoin Date\nJun 2010\nLocation\nIslamabad\nPosts\n3,812\n"
                f"Thanks\n1,045\nThanked 2,510 Times in 1,107 Posts\nCountry\n\n{text}\nReply With Quote\n")
    page = split_text("Example Defence Forum\nForum\nPakistan Army\n\nThread: Pakistan blocks NATO supply lines\n"
                      + post("11-26-2011, 01:42 PM", 1, "Kashif", f"Pakistan blocks NATO supply lines\n{STORY}")
                      + post("11-26-2011, 01:58 PM", 2, "Falcon_Eye", "Close the routes for good this time.")
                      + post("11-26-2011, 02:07 PM", 3, "ajay_pune", "They will open again in a few weeks."),
                      "vb4.txt")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Falcon_Eye", "11-26-2011, 01:58 PM", "Close the routes for good this time."),
        ("ajay_pune", "11-26-2011, 02:07 PM", "They will open again in a few weeks.")]


def test_saved_html_a_tool_link_to_the_comments_is_no_comment_and_a_head_s_comma_and_on_are_no_text():
    def comment(n: int, name: str, city: str, when: str, text: str) -> str:
        return (f'<div class="cmtBox" id="c{n}"><div class="cmtHead"><span class="cmtName">{name}</span>, '
                f'<span class="cmtCity">{city}</span></div><div class="cmtDate">on {when}</div>'
                f'<div class="cmtText">{text}</div></div>')
    html = ("<html><head><title>Aid with strings</title></head><body><div id='article'><h1>Aid with strings</h1>"
            "<p class='date'>24.10.2009 @ 09:00 CET</p><p class='author'>By Pieter Mol</p>"
            "<ul class='article-tools'><li class='print'><a href='/print'>Printer friendly</a></li>"
            "<li class='comment'><a href='#comments'>Comments (2)</a></li></ul>"
            f"<div class='article-body'><p>{PARA}</p><p>{PARA2}</p></div></div><div id='comments'>"
            + comment(1, "Farhan Qureshi", "Karachi", "Oct 24, 2009 11:05 AM", "Let the generals shout.")
            + comment(2, "Rajeev Menon", "Bangalore", "Oct 24, 2009 01:47 PM", "The certification means little.")
            + "</div></body></html>")
    page = split_html(html, "tools.html")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Farhan Qureshi, Karachi", "Oct 24, 2009 11:05 AM", "Let the generals shout."),
        ("Rajeev Menon, Bangalore", "Oct 24, 2009 01:47 PM", "The certification means little.")]
