"""Layouts of the blind rounds 143-151 (issue 18), each on a short page written
for these tests: boards whose posts open with the poster's name over the
date and close with a button naming the poster ('Reply to NAME'), with
handles in small letters or joined by an underscore; boards whose posts show
the poster's rank of the board's own under the name, and guests' posts with
no rank or stats."""
from __future__ import annotations

from comments import split_text
from test_split_blind89 import STORY


def test_posts_of_a_name_over_the_date_closed_by_a_reply_button_naming_the_poster():
    def post(name: str, when: str, text: str) -> str:
        return f"{name}\n{when}\n{text}\nReply to {name}\n"
    page = split_text(
        "Gadget Hub\nForums\nOff-Topic\nUS won't pay for Pakistan's F-16s\nTags:\nPakistan\nPolitics\n"
        "Last response: May 5, 2016 3:41 PM in Off-Topic\nShare\n"
        + post("Nadeem_Q", "May 4, 2016, 7:55 AM", f"{STORY}\nMore about : pakistan f16s")
        + "Advertisement\n"
        + post("vnair_blr", "May 4, 2016, 9:12 AM", "Good decision by Congress.")
        + post("Asad.Qureshi", "May 4, 2016, 10:03 AM", "India buys jets from the US too.")
        + post("tkaczmarek", "May 5, 2016, 2:18 AM", "Eight jets for 700 million is not crazy.")
        + "Ask the community\nAsk a question\n", "board.txt")
    assert page.article.title == "US won't pay for Pakistan's F-16s"
    assert page.article.body == STORY
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("vnair_blr", "May 4, 2016, 9:12 AM", "Good decision by Congress."),
        ("Asad.Qureshi", "May 4, 2016, 10:03 AM", "India buys jets from the US too."),
        ("tkaczmarek", "May 5, 2016, 2:18 AM", "Eight jets for 700 million is not crazy.")]


def test_a_boards_ranks_under_the_posters_names_and_a_guests_post_without_stats():
    def post(name: str, rank: str | None, when: str, text: str) -> str:
        return f"{name}\n" + (f"{rank}\n" if rank else "") + f"Messages: 1,204\n{when}\n{text}\nReply\nQuote\nAlert\n"
    page = split_text(
        "Gadget Hub\nForum\nOff-Topic\nBin Laden killed in Abbottabad\n"
        "Last response: May 3, 2011 4:12:09 PM in Off-Topic\n"
        + post("Tiberius_77", "Distinguished", "May 2, 2011 5:48:22 AM", STORY)
        + "Advertisement\n"
        + post("Zaheer_Abbasi", "Honorable", "May 2, 2011 7:02:15 AM", "Nobody here is celebrating.")
        + post("Rusty_Holt", "Distinguished", "May 2, 2011 7:40:51 AM", "He lived a mile from the academy.")
        + post("ram_k", None, "May 2, 2011 8:15:33 AM", "Nobody in India is surprised.")
        + "Anonymous\nMay 2, 2011 8:31:09 AM\nCan we get a pic of the tail?\nReply\nQuote\nAlert\n"
        + post("Zaheer_Abbasi", "Honorable", "May 2, 2011 9:27:14 AM", "Spare me the lecture.")
        + post("halcyon_v", "Distinguished", "May 2, 2011 10:12:40 AM", "A heavily modified Black Hawk.")
        + "Ask the community\n", "board.txt")
    assert page.article.title == "Bin Laden killed in Abbottabad"
    assert page.article.body == STORY
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Zaheer_Abbasi", "May 2, 2011 7:02:15 AM", "Nobody here is celebrating."),
        ("Rusty_Holt", "May 2, 2011 7:40:51 AM", "He lived a mile from the academy."),
        ("ram_k", "May 2, 2011 8:15:33 AM", "Nobody in India is surprised."),
        ("Anonymous", "May 2, 2011 8:31:09 AM", "Can we get a pic of the tail?"),
        ("Zaheer_Abbasi", "May 2, 2011 9:27:14 AM", "Spare me the lecture."),
        ("halcyon_v", "May 2, 2011 10:12:40 AM", "A heavily modified Black Hawk.")]
