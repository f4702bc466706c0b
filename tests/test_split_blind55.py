"""Round 55 of the blind layouts (issue 18), on short pages written for these
tests: a broadcaster's opinion page whose commenters' names end with a colon
set apart ('the yank :') and whose replies are shown by indentation, a
caption labelled 'Photo:' with its credit in brackets, a section name shown
again over the date; a comment form whose field is labelled with its limit."""
from __future__ import annotations

from comments import split_text

PARAGRAPH = ("When a Hellfire missile struck a vehicle outside a compound near Miranshah last Friday, it killed the "
             "most wanted man in Pakistan and perhaps the only serious attempt in years at a negotiated peace.")


def test_names_with_a_colon_set_apart_replies_by_indentation_and_a_labelled_caption():
    page = split_text(f"""Skip to content
ABC Home
News
Search the ABC

The Forum

Home
Opinion

Drone strike kills a warlord and a peace process

Opinion
The Forum
Posted 5 Nov 2013, 2:17pm

Photo: Protesters in Peshawar denounce the latest drone strike. (AFP: A Majeed)

By Nadia Hussain

{PARAGRAPH}

{PARAGRAPH}

Comments (3)

Comment guidelines

the yank :
05 Nov 2013 2:44:05pm

I struggle to feel sorry for him.

Reply
Alert moderator

    Gareth W (London) :
    05 Nov 2013 3:19:31pm

    Nobody is feeling sorry for him.

    Reply
    Alert moderator

Lucy Ramsay :
05 Nov 2013 2:58:47pm

Peace talks were never going anywhere.

Reply
Alert moderator
""")
    assert page.article.title == "Drone strike kills a warlord and a peace process"
    assert page.article.body == f"{PARAGRAPH}\n\n{PARAGRAPH}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("the yank", "05 Nov 2013 2:44:05pm", "I struggle to feel sorry for him.", None),
        ("Gareth W (London)", "05 Nov 2013 3:19:31pm", "Nobody is feeling sorry for him.", 1),
        ("Lucy Ramsay", "05 Nov 2013 2:58:47pm", "Peace talks were never going anywhere.", None)]


def test_a_form_under_the_comments_with_a_field_labelled_with_its_limit():
    page = split_text(f"""Aid to continue despite raid, says US

{PARAGRAPH}

Readers' comments (2)

Niall, Dublin
Wed, May 4, 2011, 09:12
Aid should never have been tied to this.
Report this comment

Sean O'Brien, Cork
Wed, May 4, 2011, 10:40
Follow the supply trucks and you will understand. The aid will continue.
Report this comment

Have your say
You must be signed in to comment. Sign in | Register

Name
Location
Comment (maximum 1,500 characters)
Submit
""")
    assert [c.text for c in page.comments] == [
        "Aid should never have been tied to this.",
        "Follow the supply trucks and you will understand. The aid will continue."]
