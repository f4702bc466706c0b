"""Round 40 of the blind layouts (issue 18), on short pages written for these
tests: a Pakistani daily's page whose headline sits over its writer's name
and date, and whose comments come under a long comment form, each a name, a
place ("Rawalpindi, Pakistan") and a date over the text."""
from __future__ import annotations

from comments import split_text

PARAGRAPH = ("Pakistan on Sunday lodged a strong protest with the United States over the drone strike in "
             "Balochistan, calling it a violation of its sovereignty and a blow to the peace process.")

DAILY = f"""The News
E-Paper

Top Story

Drone strike in Balochistan a violation of sovereignty, says FO
Ayesha Niazi
May 23, 2016

Share

ISLAMABAD: {PARAGRAPH}

{PARAGRAPH}

Comments

Post your comments

Name

Email

Comment

Submit

Your comment will appear after it has been reviewed by a moderator.

Waqas Ahmed
Rawalpindi, Pakistan
23 May 2016
What was he doing here with a Pakistani passport?

Priya Nair
Bangalore, India
23 May 2016
This proves again what everyone has been saying.
"""


def test_a_headline_over_its_writers_name_and_comments_with_a_place_under_each_name():
    page = split_text(DAILY)
    assert page.article.title == "Drone strike in Balochistan a violation of sovereignty, says FO"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Waqas Ahmed", "23 May 2016", "What was he doing here with a Pakistani passport?"),
        ("Priya Nair", "23 May 2016", "This proves again what everyone has been saying.")]
