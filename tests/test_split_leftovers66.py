"""Leftovers of round 65 (issue 18), on short pages written for these tests: a
comment whose name, place and weekday-led time share one line (`NAME, City
Tuesday, 02 January 2018 12:40 PM`) is a head over its text, not a signature
under the text above it, even when an advertisement is glued over the first
one; replies indented under such heads nest; and a comment's lines that each
end a sentence are its paragraphs, while lines wrapped inside sentences (a
PDF's text) stay one paragraph."""
from __future__ import annotations

from comments import split_text

PARAGRAPH = ("Pakistan summoned the US ambassador on Tuesday to protest against a New Year's Day tweet in which "
             "the president accused Islamabad of lies and deceit.")
SECOND = ("The foreign office said the aid figures quoted in Washington counted reimbursements for services "
          "Pakistan had provided to coalition forces as if they were gifts.")
AD = ("Send presents to your family at home with next-day delivery across the island, and shop cakes, "
      "flowers, toys and groceries from over 500 brands.")


def test_name_place_and_weekday_time_on_one_line_are_heads_nested_by_indentation():
    page = split_text(f"""Pakistan summons US envoy over tweet

{PARAGRAPH}

{SECOND}

  Comments - 4

{AD}
Faraz Ahmed (Multan) Tuesday, 02 January 2018 12:40 PM

Half of that money paid for roads the Americans used themselves.
Enough is enough, ab bas.

Reply

    Vikram Rao, Pune Tuesday, 02 January 2018 01:05 PM

    And who hosted the network in the tribal areas all these years?

    Reply

Nimal Perera, Kandy, Sri Lanka Tuesday, 02 January 2018 03:02 PM

Why is this news for us? We have our own quarrels in Colombo.

Reply

    Dave K Tuesday, 02 January 2018 03:30 PM

    Because the same money shapes all of South Asia.

    Reply


Add comment
""", "mirror.txt")
    got = [(c.author, c.posted_at, c.parent, c.text) for c in page.comments]
    assert got == [
        ("Faraz Ahmed (Multan)", "Tuesday, 02 January 2018 12:40 PM", None,
         "Half of that money paid for roads the Americans used themselves.\n\nEnough is enough, ab bas."),
        ("Vikram Rao, Pune", "Tuesday, 02 January 2018 01:05 PM", 1,
         "And who hosted the network in the tribal areas all these years?"),
        ("Nimal Perera, Kandy, Sri Lanka", "Tuesday, 02 January 2018 03:02 PM", None,
         "Why is this news for us? We have our own quarrels in Colombo."),
        ("Dave K", "Tuesday, 02 January 2018 03:30 PM", 3, "Because the same money shapes all of South Asia."),
    ]
    assert AD not in " ".join(c.text for c in page.comments)


def test_wrapped_lines_stay_one_paragraph():
    wrapped = "\n".join([
        "   Pakistan and the Fund reached a staff-level agreement early on Friday on a",
        "   nine-month arrangement, offering the country a lifeline only hours before its",
        "   previous programme was due to expire, officials in the finance ministry said.",
        "",
        "   The deal still requires approval by the board in the middle of next month, and",
        "   follows eight months of stalled talks over the budget and energy subsidies.",
        "",
        "   Officials credited intense diplomacy in the final weeks, including contacts",
        "   with the largest shareholder, whose position at the board had always mattered,",
        "   and said the first tranche would arrive within days of the board's vote.",
        "",
        "   Comments (1)",
        "",
        "   Kashif Raza",
        "   Jun 30, 2023 10:41am",
        "   Another loan, another round of price increases for the common man, as usual.",
        "   The elite will not pay a single extra rupee for any of it.",
        "   Recommend 0",
        ""])
    page = split_text(wrapped, "print.txt")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Kashif Raza", "Another loan, another round of price increases for the common man, as usual.\n"
                        "The elite will not pay a single extra rupee for any of it.")]
