"""Layouts of the blind rounds 118-123 (issue 18), each on a short page written
for these tests: SMF posts whose poster's block sits over the post's subject
and date (Bitcointalk); vBulletin 3.8 posts with the avatar's label between the
rank and the fields and a reputation line under them; XenForo 2 posts showing,
unlabelled, the date the poster joined over their post count; numbered
talkbacks with subjects, a reply between them under 'Re: SUBJECT'; and a saved
page from WordPress's old default theme ('<cite>NAME</cite> Says:') whose
Facebook box is an 'fb:comments' tag."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html
from test_split_blind89 import PARA, STORY


def test_smf_posts_with_the_posters_block_over_the_subject_and_the_date():
    def post(name: str, rank: str, subject: str, when: str, n: int, text: str, edit: str = "") -> str:
        return (f"{name}\n{rank}\n\nOffline\n\nActivity: 420\nMerit: 112\n\n\nNot your keys\n\t\n\t\n"
                f"{subject}\n{when}\n{edit} \t#{n}\n{text}\n\t\n\t\nLogged\n")
    title = "US withdrawal from Afghanistan: did Pakistan just win the war?"
    page = split_text(
        "Example Forum\nAugust 17, 2021, 09:48:22 PM\nWelcome, Guest. Please login or register.\n"
        f"Example Forum > Other > Politics & Society > {title}\nPages: [1]   Go Down\n"
        f"Author\tTopic: {title}  (Read 2913 times)\n"
        + post("old_sterling", "Legendary", title, "August 16, 2021, 02:37:51 PM", 1, f"{STORY}\n\n{PARA}",
               edit="Last edit: August 16, 2021, 03:40:07 PM by old_sterling\n")
        + post("Hasnain_Lhr", "Full Member", f"Re: {title}", "August 16, 2021, 03:02:44 PM", 2,
               "Nobody in Pakistan forced the US to invade.")
        + post("ohio_miner", "Sr. Member", f"Re: {title}", "August 16, 2021, 03:19:30 PM", 3,
               "I don't think anybody won here."), "smf.txt")
    assert page.article.title == title
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Hasnain_Lhr", "August 16, 2021, 03:02:44 PM", "Nobody in Pakistan forced the US to invade."),
        ("ohio_miner", "August 16, 2021, 03:19:30 PM", "I don't think anybody won here.")]


def test_vbulletin_posts_with_the_avatars_label_and_a_reputation_line():
    def post(n: int, when: str, name: str, text: str) -> str:
        return (f"Old {when}\t  #{n}\n{name} \nRegistered User\n \n{name}'s Avatar\n \nJoin Date: Mar 2008\n"
                f"Posts: 2,431\nRep Power: 118\n{name} is on a distinguished road{name} is on a distinguished road\n"
                f" \nDefault Re: Kerry-Lugar\n \n{text}\n{name} is offline\t \tReply With Quote\n\n")
    page = split_text(
        "Example Forums\nForums Home\nExample Forums > Main Forums > Misc.\n\tReload this Page Kerry-Lugar\n"
        "Thread Tools\tSearch this Thread\tDisplay Modes\n"
        + post(1, "10-13-2009, 11:52 AM", "Hamza_Benches", f"{STORY}\n\n{PARA}")
        + post(2, "10-13-2009, 11:58 AM", "Desi_Deadlifter", "Cut them off then.")
        + post(3, "10-13-2009, 12:19 PM", "Lahori_Lifter", "You guys act like this money lands in our pockets."),
        "vb38.txt")
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert page.article.published == dt.date(2009, 10, 13)
    assert [(c.author, c.text) for c in page.comments] == [
        ("Desi_Deadlifter", "Cut them off then."),
        ("Lahori_Lifter", "You guys act like this money lands in our pockets.")]


def test_xenforo_posts_showing_the_date_the_poster_joined_over_their_post_count():
    def post(name: str, rank: str, joined: str, count: str, when: str, n: int, text: str) -> str:
        return f"{name[0].upper()}\n{name}\n{rank}\n{joined}\n{count}\n{when}\n#{n}\n{text}\n"
    page = split_text(
        "Example Era\nForums\nWhat's new\nThread starter farazq Start date Jan 1, 2018\n"
        "Trump's first tweet of 2018 goes after Pakistan\n"
        + post("farazq", "Member", "Oct 27, 2017", "1,862", "Jan 1, 2018", 1, f"{STORY}\n\n{PARA}")
        + post("JetsFanInExile", "Avenger", "Oct 25, 2017", "9,412", "Jan 1, 2018", 2, "Before breakfast again.")
        + "Arjun_V\nMember\nOct 28, 2017\n3,077\nJan 2, 2018\n#3\nNot exactly controversial.\n"
        + "You must log in or register to reply here.\n", "era.txt")
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("JetsFanInExile", "Jan 1, 2018", "Before breakfast again."),
        ("Arjun_V", "Jan 2, 2018", "Not exactly controversial.")]


def test_numbered_talkbacks_with_subjects_and_a_reply_under_its_subject():
    page = split_text(
        f"Example News\nPakistan Summons US Ambassador\n\n{STORY}\n\n{PARA}\n\n"
        "Comments\nAdd Comment\nComments (4)\n\n"
        "1. Good call by Congress\nSteve (Arizona)\n5/4/2016 3:02 PM\nFirst sensible thing all year.\nReply | Report\n\n"
        "Re: Good call by Congress\nZeeshan (Islamabad)\n5/4/2016 3:40 PM\nSteve, these jets fly against the Taliban.\n"
        "Reply | Report\n\n"
        "2. India is watching\nArjun Mehta (Bangalore)\n5/4/2016 3:51 PM\nEvery F-16 ends up on our border.\n"
        "Reply | Report\n\n"
        "3. To #2 Arjun\nUsman Tariq (Lahore)\n5/4/2016 4:15 PM\nAnd India buys Rafales to fight whom?\n"
        "Reply | Report\n\nMost Read\n", "talkbacks.txt")
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Steve (Arizona)", "5/4/2016 3:02 PM", "First sensible thing all year.", None),
        ("Zeeshan (Islamabad)", "5/4/2016 3:40 PM", "Steve, these jets fly against the Taliban.", 1),
        ("Arjun Mehta (Bangalore)", "5/4/2016 3:51 PM", "Every F-16 ends up on our border.", None),
        ("Usman Tariq (Lahore)", "5/4/2016 4:15 PM", "And India buys Rafales to fight whom?", 3)]


def test_a_saved_page_with_says_after_each_name_and_a_prefixed_facebook_tag():
    def comment(n: int, name: str, when: str, text: str) -> str:
        return (f'<li id="comment-{n}"><cite>{name}</cite> Says:<br>'
                f'<small class="commentmetadata"><a href="#comment-{n}">{when}</a></small><p>{text}</p></li>')
    html = (
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:fb="http://www.facebook.com/2008/fbml"><head>'
        "<title>Abbottabad and the alliance | Example Web</title></head><body>"
        f"<h1>Abbottabad and the alliance</h1><div class='entry'><p>{STORY}</p><p>{PARA}</p></div>"
        '<fb:like href="http://example.com/a" layout="button_count"></fb:like>'
        "<h3 id='comments'>3 Responses</h3><ol class='commentlist'>"
        + comment(1, "Sunil Jayawardena", "May 4th, 2011 at 7:12 am", "A good and balanced article.")
        + comment(2, "Tariq Mahmood", "May 4th, 2011 at 9:30 am", "This was a direct attack on our sovereignty.")
        + comment(3, "J. Whitfield", "May 4th, 2011 at 2:48 pm", "@Tariq Mahmood – I understand the anger.")
        + "</ol></body></html>")
    page = split_html(html, "kubrick.html")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Sunil Jayawardena", "A good and balanced article.", None),
        ("Tariq Mahmood", "This was a direct attack on our sovereignty.", None),
        ("J. Whitfield", "@Tariq Mahmood – I understand the anger.", 2)]
    assert "Says" not in page.article.body
