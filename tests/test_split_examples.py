"""The bundled example pages (README demo input) and the benchmark's generated pages split as intended."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from comments import iter_pages, split_text

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "pages"

# stem: (site, year, number of comments, authors shown)
EXPECTED = {
    "blogger_2013_student_exchange": ("blogger", 2013, 4, True),
    "dawn_2012_strategic_dialogue": ("dawn", 2012, 3, False),
    "dawn_2018_aid_suspension": ("dawn", 2018, 5, True),
    "dawn_2019_envoy_visit": ("dawn", 2019, 0, False),
    "pakistantoday_visa_talks": ("pakistantoday", None, 4, True),
    "republished_2014_flood_aid": ("unknown", 2014, 0, False),
    "tribune_2011_drone_debate": ("tribune", 2011, 6, False),
    "tribune_2012_supply_routes": ("tribune", 2012, 4, True),
    "wordpress_2016_trade_blog": ("wordpress", 2016, 5, True),
}


@pytest.fixture(scope="module")
def examples():
    return {p.article.doc_id: p for p in iter_pages([EXAMPLES])}


def test_examples_folder_matches_the_table(examples):
    assert sorted(examples) == sorted(EXPECTED)


@pytest.mark.parametrize("stem", sorted(EXPECTED), ids=sorted(EXPECTED))
def test_example_page(stem, examples):
    page = examples[stem]
    site, year, n, authors = EXPECTED[stem]
    assert (page.article.site, page.article.year, len(page.comments), page.warnings) == (site, year, n, ())
    assert all((c.author is not None) == authors for c in page.comments)


def _load_bench():
    spec = importlib.util.spec_from_file_location("bench_split", ROOT / "benchmarks" / "bench_split.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench_split = _load_bench()


@pytest.mark.parametrize("i", range(10), ids=[f"template-{i % 5}-n{i % 9}" for i in range(10)])
def test_benchmark_pages_split_as_generated(i):
    """Every fifth page has no comments; the others have i % 9, and never a warning."""
    page = split_text(bench_split.make_page(i), f"p{i}.txt")
    assert (len(page.comments), page.warnings) == (0 if i % 5 == 4 else i % 9, ())
