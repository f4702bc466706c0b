"""The three real seed pages are the golden test; they live outside the repo (shared/seeds).

Only a few words of each page are kept here (first/last words), never the text.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from comments import page_to_dict, split_file

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed pages not found at {SEEDS}")


@dataclass(frozen=True)
class Seed:
    stem: str
    site: str
    title: str | None
    year: int | None
    published: str | None
    body: tuple[str, str]
    authors: tuple[str | None, ...]
    words: tuple[tuple[str, str], ...]


SEED_CASES = [
    Seed("000_0b6ba63dd062b579", "dawn", "Behind-the-scenes diplomacy with US continuing: FO", 2018, "2018-02-24",
         ("ISLAMABAD:", "race."),
         ("Aman", "Rafique Ahmed", "Ashraf The Great", "Aam", "Dr. Salaria, Aamir Ahmad"),
         (("Pakistan", "enemy!"), ("US", "interests."), ("Even", "have."), ("Really", "answer."),
          ("Welcome", "club."))),
    Seed("002_60e669897098f27f", "pakistantoday", "Pakistan to recalibrate its foreign, security policies: Dastgir",
         None, None,
         ("ISLAMABAD:", "region.”"),  # (its dek, "—-Minister …", is listed with the boilerplate)
         ("Pearl",),
         (("Stop", "enemy"),)),
    Seed("003_4028be43d120a03f", "tribune", None, 2011, "2011-07-15",
         ("As", "phase."),
         (None,) * 6,
         (("It", "such."), ("It", "afganistan."), ("I", "it."), ("Good", "soon."), ("It", "from?"),
          ("Assalam-o-Allaikum", "$$$$$$."))),
]


@pytest.fixture(scope="module")
def seeds():
    return {s.stem: page_to_dict(split_file(SEEDS / f"{s.stem}.txt")) for s in SEED_CASES}


IDS = [s.stem[:3] for s in SEED_CASES]


@pytest.mark.parametrize("seed", SEED_CASES, ids=IDS)
def test_seed_article(seed, seeds):
    d = seeds[seed.stem]
    assert (d["doc_id"], d["site"], d["title"], d["year"], d["published"]) == (
        seed.stem, seed.site, seed.title, seed.year, seed.published)
    assert d["date_source"] == ("page" if seed.year else None)


@pytest.mark.parametrize("seed", SEED_CASES, ids=IDS)
def test_seed_body_bounds(seed, seeds):
    words = seeds[seed.stem]["body"].split()
    assert (words[0], words[-1]) == seed.body


@pytest.mark.parametrize("seed", SEED_CASES, ids=IDS)
def test_seed_comment_count_and_authors(seed, seeds):
    assert [c["author"] for c in seeds[seed.stem]["comments"]] == list(seed.authors)


@pytest.mark.parametrize("seed", SEED_CASES, ids=IDS)
def test_seed_comment_words(seed, seeds):
    got = [(c["text"].split()[0], c["text"].split()[-1]) for c in seeds[seed.stem]["comments"]]
    assert got == list(seed.words)


@pytest.mark.parametrize("seed", SEED_CASES, ids=IDS)
def test_seed_has_no_warnings(seed, seeds):
    assert seeds[seed.stem]["warnings"] == []


@pytest.mark.parametrize("seed", SEED_CASES, ids=IDS)
def test_seed_boilerplate_stays_out(seed, seeds):
    """Neither the print line, the tag line, 'Related posts' nor a moderation notice is text."""
    d = seeds[seed.stem]
    everything = d["body"] + "\n".join(c["text"] for c in d["comments"])
    for furniture in ("Published in", "PAK US RELATIONS", "Related posts", "Comments FAQ",
                      "Comments are", "COMMENTS (", "One Comment", "Staff Reporter"):
        assert furniture not in everything
