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
