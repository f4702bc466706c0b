"""Sentence windows: abbreviations do not end a sentence, line breaks do,
and every non-blank character lies in a sentence."""
import pytest

from analysis.text import sentence_spans


def sentences(text):
    return [text[a:b] for a, b in sentence_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("The U.S. Senate voted. Aid was cut.", ["The U.S. Senate voted.", "Aid was cut."]),
    ("Mr. Kerry met Gen. Kayani. Dr. Afridi was not freed.",
     ["Mr. Kerry met Gen. Kayani.", "Dr. Afridi was not freed."]),
    ("Lt.-Gen. Pasha flew to the U.K. on Monday. He returned.",
     ["Lt.-Gen. Pasha flew to the U.K. on Monday.", "He returned."]),
    ("Resolution No. 5 passed, e.g. in the House, i.e. the lower one. Then what?",
     ["Resolution No. 5 passed, e.g. in the House, i.e. the lower one.", "Then what?"]),
    ("First line without a stop\n\n  second line  ", ["First line without a stop", "second line"]),
    ('He said "No!" Then he left.', ['He said "No!"', "Then he left."]),
], ids=["US", "titles", "hyphenated-rank", "no-eg-ie", "line-breaks", "quotes"])
def test_sentences(text, expected):
    assert sentences(text) == expected


def test_every_non_blank_character_is_covered():
    text = "The U.S. said so.  Really?!\n\nYes... maybe. Lt.-Gen. X."
    covered = set()
    for a, b in sentence_spans(text):
        covered.update(range(a, b))
    assert {i for i, c in enumerate(text) if not c.isspace()} <= covered


@pytest.mark.parametrize("text", ["", "   \n  "], ids=["empty", "blank"])
def test_blank_text_has_no_sentences(text):
    assert sentence_spans(text) == []
