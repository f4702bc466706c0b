import json

import pytest

from analysis.errors import TargetError
from analysis.targets import Target, load_target

US = load_target()


@pytest.mark.parametrize("text, expected", [
    ("Let us hope the US listens.", ["US"]),                       # pronoun "us" is not the country
    ("U.S. aid and USA troops", ["U.S.", "USA"]),                  # dotted and plain acronyms
    ("TELL US THE TRUTH about the US", ["US"]),                    # shouted pronoun skipped, country kept
    ("Pak-US ties after the US-led war", ["US", "US"]),            # hyphenated compounds
    ("americans and the White House", ["americans", "White House"]),  # case-insensitive phrases
    ("Trumpet players in Washingtonia", []),                       # whole words only
    ("The United States of America", ["United States of America"]),  # longest match wins
    ("Uncle Sam and the Pentagon", ["Uncle Sam", "Pentagon"]),
    ("Read example.org/kerry-lugar-bill-text first", []),          # a name inside a bare link
    ("https://www.dawn.com/news/us-aid-cut and www.usa.gov", []),  # inside full links
    ("mail kerry.office@state.gov or info@america-today.com", []),  # inside e-mail addresses
    ("Blame America.They never learn; see dawn.com on the US", ["America", "US"]),  # a missing space is no link
], ids=["pronoun", "acronyms", "shouting", "hyphen", "phrases", "whole-words", "longest", "nicknames",
        "bare-link", "full-links", "e-mail", "not-a-link"])
def test_us_mentions(text, expected):
    assert [m.text for m in US.find_mentions(text)] == expected


def test_mention_offsets_point_into_text():
    text = "Why does Washington ignore us? Ask the CIA."
    for m in US.find_mentions(text):
        assert text[m.start:m.end] == m.text
    assert [(m.start, m.text) for m in US.find_mentions(text)] == [(9, "Washington"), (39, "CIA")]


def test_user_target_file(tmp_path):
    path = tmp_path / "china.json"
    path.write_text(json.dumps({"name": "China", "phrases": ["China", "Beijing", "Chinese"],
                                "case_sensitive": ["PRC"]}))
    china = load_target(str(path))
    assert china.name == "China"
    assert [m.text for m in china.find_mentions("Beijing and the PRC, not prc")] == ["Beijing", "PRC"]


@pytest.mark.parametrize("payload, message", [
    ({"phrases": ["x"]}, "non-empty string 'name'"),
    ({"name": "X", "phrases": "China"}, "'phrases' must be a list"),
    ({"name": "X", "patterns": ["(unclosed"]}, "not a valid regular expression"),
], ids=["no-name", "phrases-not-list", "bad-regex"])
def test_bad_target_files(tmp_path, payload, message):
    path = tmp_path / "t.json"
    path.write_text(json.dumps(payload))
    with pytest.raises(TargetError, match=message):
        load_target(str(path))


def test_unknown_builtin_names_the_choices():
    with pytest.raises(TargetError, match="united_states"):
        load_target("atlantis")


def test_fingerprint_changes_with_definition():
    assert Target("X", phrases=("a",)).fingerprint != Target("X", phrases=("b",)).fingerprint
