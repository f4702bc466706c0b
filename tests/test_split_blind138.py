"""Layouts of the blind round 138 (issue 18), each on a short page written for
these tests: a SPIP forum ('9 Messages', a subject line over 'DATE, by NAME',
replies titled 're: SUBJECT', the form 'Post a message' after them); a comment
widget's three-word forum name over its login button; replies greeting the
comment right above after a word or two ('Thank you Charles, …'); and a saved
blog page whose flat replies open with the name they answer and a colon."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html
from test_split_blind89 import PARA, STORY


def test_a_spip_forum_of_subjects_over_date_by_name_heads():
    def message(subject: str, when: str, name: str, text: str) -> str:
        return f"{subject}\n{when}, by {name}\n\n{text}\n\nReply to this message\n\n"
    long_title = "Army chiefs voice serious concern over the conditions in the US aid bill for Pakistan"
    page = split_text(
        "Sudan Herald\nHome\nNews\nOpinion\n\nHome page > News\n"
        f"{long_title}\n\nThursday 8 October 2009\nPrinter friendly Send to a friend\n\n{STORY}\n\n"
        "Army officers at a briefing in Rawalpindi (Photo AP)\n\n------------------------------\nADVERTISING\n"
        f"------------------------------\n\n{PARA}\n\nForum\n\n5 Messages\n\nReply to this article\n"
        "Comments must abide by the following rules. Do not use offensive language or post personal details.\n\n"
        + message("About time", "8 October 2009 02:41", "Mike Carver", "Not another dime until they act.")
        + message("re: About time", "8 October 2009 04:19", "Hamza Siddiqui", "You created the monster yourselves.")
        + message("re: About time", "8 October 2009 06:52", "Mike Carver", "Hamza, that was thirty years ago.")
        + message(long_title, "8 October 2009 07:10", "Vikram Nair", "The whole world can see it now.")
        + message(f"re: {long_title}", "8 October 2009 11:02", "Tariq from Karachi", "Oh really Vikram?")
        + "Post a message\nTitle:\nText of your message:\n\nWho are you? (optional)\nYour name\n"
          "This forum is moderated beforehand: your contribution will only appear after being validated.\n"
          "Preview\nSubmit\n\nLatest News\nSudan's parliament approves the budget\n", "spip.txt")
    assert page.article.title == long_title
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Mike Carver", "8 October 2009 02:41", "Not another dime until they act.", None),
        ("Hamza Siddiqui", "8 October 2009 04:19", "You created the monster yourselves.", 1),
        ("Mike Carver", "8 October 2009 06:52", "Hamza, that was thirty years ago.", 2),
        ("Vikram Nair", "8 October 2009 07:10", "The whole world can see it now.", None),
        ("Tariq from Karachi", "8 October 2009 11:02", "Oh really Vikram?", 4)]


def test_a_widgets_forum_name_of_three_words_over_its_login_button():
    page = split_text(
        f"Phnom Penh Herald\nNATO convoys roll again\n\n{STORY}\n\n{PARA}\n14 comments\nPhnom Penh Herald\n"
        "Login\nSort by Best\nShare ⤤\nFavorite ★\nStart the discussion…\nAvatar\n"
        "Farhan Qureshi • 2 days ago\nSeven months for one word out of Washington.\n11\n△\n▽\n•\nReply\n•\nShare ›\n"
        "Avatar\nMike Dorsey  Farhan Qureshi • 2 days ago\nBoth sides made mistakes.\n3\n△\n▽\n•\nReply\n•\nShare ›\n",
        "disqus.txt")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Farhan Qureshi", "Seven months for one word out of Washington.", None),
        ("Mike Dorsey", "Both sides made mistakes.", 1)]


def test_replies_greeting_the_comment_right_above_after_a_word_or_two():
    def comment(name: str, when: str, text: str) -> str:
        return f"{name}\n{when}\n{text}\nReply\n"
    page = split_text(
        f"Gibraltar Courier\nPakistan summons the US envoy\n\n{STORY}\n\n{PARA}\n\n4 thoughts on “Envoy summoned”\n"
        + comment("Usman Ghani", "January 2, 2018 At 11:30 am", "It is easier to blame Pakistan than to fix Kashmir.")
        + comment("priya_r", "January 2, 2018 At 12:05 pm", "Nice deflection Usman. The article is about Kabul.")
        + comment("Charles Whitmore", "January 2, 2018 At 2:52 pm", "Quiet pressure would achieve far more.")
        + comment("Zainab Akhtar", "January 2, 2018 At 4:09 pm", "Thank you Charles, a sensible comment at last.")
        + "LEAVE A REPLY Cancel reply\n", "gc.txt")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Usman Ghani", None), ("priya_r", 1), ("Charles Whitmore", None), ("Zainab Akhtar", 3)]


def test_saved_replies_opening_with_the_name_they_answer_and_a_colon():
    def comment(n: int, name: str, when: str, text: str) -> str:
        return (f'<div class="comment font-entrybody" id="comment-{n}"><div class="comment-content">'
                f'<p>{text}</p></div><p class="comment-footer">Posted by: {name} | <a href="#comment-{n}">{when}</a>'
                "</p></div>")
    page = split_html(
        "<html><head><title>Kerry-Lugar and gratitude</title></head><body><h1>Kerry-Lugar and gratitude</h1>"
        f'<div class="entry-body"><p>{STORY}</p><p>{PARA}</p></div><div class="comments" id="comments">'
        '<h3 class="comments-header">Comments</h3><div class="comments-content">'
        + comment(1, "Sidra", "October 08, 2009 at 03:12 PM", "Nobody asks about the clinics the money is for.")
        + comment(2, "Gary Farber", "October 08, 2009 at 03:40 PM", "The certification clauses are boilerplate.")
        + comment(3, "tennyson", "October 08, 2009 at 04:05 PM", "Sidra: fair, and I am as guilty as anyone.")
        + "</div></div></body></html>", "ow.html")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Sidra", "Nobody asks about the clinics the money is for.", None),
        ("Gary Farber", "The certification clauses are boilerplate.", None),
        ("tennyson", "Sidra: fair, and I am as guilty as anyone.", 1)]
