"""Layouts of the blind rounds 112-117 (issue 18), each on a short page written
for these tests: boards whose posts open with the poster's counts, rank and
stars over the date (Vanilla), with the date and number over the name and a
rank alone (vBulletin 3), or with the poster's name over the date they joined
and a footer holding the post's date (Something Awful); a masthead whose day
differs from the byline's date, with weather and ticker lines over the
headline; and a saved page whose comment items are classed with underscores,
the name inside the text's paragraph."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html
from test_split_blind89 import PARA, STORY


def test_a_board_whose_posts_show_counts_rank_and_stars_over_the_date_and_an_edit_note():
    def post(name: str, when: str, text: str, edited: str = "") -> str:
        return f"{name}\nPosts: 2,884\nForum Member\n✭✭\n{when}\n{edited}{text}\n\n"
    page = split_text(
        "Example Forums\nDiscussions\nHome › General Discussion › Current Affairs\n"
        "Pakistan calls on US to stay engaged after Taliban take Kabul\n"
        + post("Sana_Q", "August 16, 2021 6:02PM in Current Affairs", f"{STORY}\n\n{PARA}")
        + "Share on Facebook Share on Twitter\nComments\n\n"
        + post("bhaskar_rao", "August 16, 2021 6:19PM", "Quite something, that.")
        + post("ScottishSceptic", "August 16, 2021 6:27PM", "Everyone played a double game.",
               edited="edited August 16, 2021 6:35PM\n")
        + "Sign In or Register to comment.\n", "board.txt")
    assert page.article.title == "Pakistan calls on US to stay engaged after Taliban take Kabul"
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("bhaskar_rao", "August 16, 2021 6:19PM", "Quite something, that."),
        ("ScottishSceptic", "August 16, 2021 6:27PM", "Everyone played a double game.")]


def test_a_vbulletin_3_thread_with_the_date_and_number_over_the_name_and_a_rank_alone():
    def post(n: int, when: str, name: str, rank: str, text: str) -> str:
        return f"{when}\t  #{n}\n{name}\n{rank}\n \n{text}\nQuote\n"
    page = split_text(
        "Example Board\nForum\nExample Board > Discussion > Off-Topic Discussion\t\n"
        " State Dept: Pakistan must pay full price for F-16s\nUser Name\t  Remember Me?\nPassword\t \n\n"
        "Thread Tools\tSearch this Thread\tDisplay Modes\n"
        + post(1, "05-03-2016, 01:58 PM", "tolan", "Member", f"{STORY}\n\n{PARA}")
        + post(2, "05-03-2016, 02:31 PM", "hamzat", "Member", "Same story every time.")
        + post(3, "05-03-2016, 02:48 PM", "Kjell", "Junior Member",
               "Quote:\nOriginally Posted by hamzat\nSame story every time.\nPressler was a law, though.")
        + post(4, "05-03-2016, 04:12 PM", "TrumpTrain2016", "Banned",
               "Make them pay for everything.\n\n(USER WAS BANNED FOR THIS POST)")
        + "« Previous Thread | Next Thread »\n", "vb3.txt")
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("hamzat", "Same story every time.", None), ("Kjell", "Pressler was a law, though.", 1),
        ("TrumpTrain2016", "Make them pay for everything.", None)]


def test_posts_headed_by_the_date_the_poster_joined_and_dated_in_their_footer():
    def post(name: str, joined: str, text: str, when: str, title: str = "") -> str:
        return f"{name}\n{joined}\n\n{title and title + chr(10) + chr(10)}{text}\n\n# ? {when}\nProfile\nMessage\n\n"
    page = split_text(
        "Example Forums\nSearch the Forums\n\n"
        "Example Forums > Discussion > Debate & Discussion > Osama bin Laden killed in US raid in Abbottabad\n\n"
        "Bookmark this thread\nPages (1): [1]\n\n"
        + post("Red Crescent Moon", "Sep 9, 2005", f"{STORY}\n\n{PARA}", "May 2, 2011 05:41", "one thread, one love")
        + post("Punjabi MC Escher", "Jul 14, 2008", "Either the ISI is incompetent or somebody hid him.",
               "May 2, 2011 05:46", "ek do teen")
        + post("Karachi Kingfisher", "Nov 2, 2007", "Punjabi MC Escher posted:\nEither the ISI is incompetent or "
               "somebody hid him.\n\nSpeaking as a Pakistani, probably both.", "May 2, 2011 05:58")
        + "Adbot\nADBOT LOVES YOU\n\n# ? May 2, 2011 05:58\n\nBookmark this thread\n", "sa.txt")
    assert page.article.title == "Osama bin Laden killed in US raid in Abbottabad"
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Punjabi MC Escher", "May 2, 2011 05:46", "Either the ISI is incompetent or somebody hid him.", None),
        ("Karachi Kingfisher", "May 2, 2011 05:58", "Speaking as a Pakistani, probably both.", 1)]


def test_the_byline_date_wins_over_the_masthead_day_and_weather_and_tickers_are_no_headline():
    page = split_text(
        "Example News\nNews\nBusiness\nSports\n\nTuesday, August 31, 2021\nManila 29°C Rain showers\n\n"
        "COVID-19 LIVE UPDATES: Cases hit a record high\nALERT: Lockdown extended until next week\n\n"
        "News › Overseas\n\nPakistan urges world to stay engaged as last US troops leave Afghanistan\n"
        "BY JANE DOE, EXAMPLE NEWS SERVICE AUGUST 30, 2021\n\n"
        f"{STORY}\n\nRELATED VIDEO\nEvacuees arrive in Doha\n\n{PARA}\n\nWatch more News on iWantTFC\n", "news.txt")
    assert page.article.title == "Pakistan urges world to stay engaged as last US troops leave Afghanistan"
    assert page.article.published == dt.date(2021, 8, 30)
    assert page.article.body == f"{STORY}\n\n{PARA}"


def test_saved_comment_items_classed_with_underscores_and_the_name_inside_the_text():
    def item(cls: str, name: str, text: str, when: str, inner: str = "") -> str:
        return (f'<div class="{cls} width_common"><p class="full_content"><span class="txt-name">'
                f'<a class="nickname" href="/u/1"><b>{name}</b></a></span>{text}</p>'
                f'<div class="user_status"><span class="time-com">{when}</span> | <a class="link_reply">Reply</a>'
                f'</div>{inner}</div>')
    html = ("<html><head><title>Pakistan told to pay full price for F-16s</title></head><body><article>"
            f"<h1>Pakistan told to pay full price for F-16s</h1><p>{STORY}</p><p>{PARA}</p></article>"
            '<div class="box_comment_vne"><h3><span class="txt-comment">Comments</span> (3)</h3>'
            '<p class="note-comment">You need to log in to comment. Comments that violate our rules will be removed.</p>'
            '<div class="main_show_comment" id="list_comment">'
            + item("comment_item", "Vikram_Iyer", "Good decision.", "22h ago",
                   '<div class="sub_comment">' + item("sub_comment_item comment_item", "Hamza Tariq",
                                                     "@Vikram_Iyer Spare us the sermon.", "18h ago") + "</div>")
            + item("comment_item", "Sarah Whitfield", "Sell the jets at full price.", "9h ago")
            + "</div></div></body></html>")
    page = split_html(html, "vne.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Vikram_Iyer", "22h ago", "Good decision.", None),
        ("Hamza Tariq", "18h ago", "@Vikram_Iyer Spare us the sermon.", 1),
        ("Sarah Whitfield", "9h ago", "Sell the jets at full price.", None)]
