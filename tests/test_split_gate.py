"""The splitter's quality gate (issue 18): golden checks on every fixture page,
scored per layout family against floors pinned in tests/fixtures/split_floors.json.
Lowering a floor is a deliberate, visible change: python benchmarks/split_gate.py --update-floors."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("split_gate", ROOT / "benchmarks" / "split_gate.py")
gate = importlib.util.module_from_spec(_spec)
sys.modules["split_gate"] = gate  # dataclasses look their module up
_spec.loader.exec_module(gate)


@pytest.fixture(scope="module")
def checks():
    return gate.run_checks()


def test_every_fixture_page_has_golden_checks():
    on_disk = {p.relative_to(gate.FIXTURES).as_posix()
               for kind, suffix in (("pages", "*.txt"), ("html", "*.html")) for p in (gate.FIXTURES / kind).rglob(suffix)}
    assert on_disk == {e["path"] for e in gate.golden_entries()}


def test_the_gate_covers_sixty_pages_in_twelve_families():
    entries = gate.golden_entries()
    assert len(entries) >= 60
    assert len({e["family"] for e in entries}) >= 12


def test_no_family_is_under_its_floor(checks):
    floors = json.loads(gate.FLOORS.read_text())
    assert gate.below_floors(gate.scores(checks), floors) == []


ENTRY = {"path": "pages/x/p.txt", "family": "pages/x", "title": "T", "published": None,
         "body_contains": ["kept"], "body_not_contains": ["Share this"],
         "comments": [{"author": "Ali", "posted_at": None, "first": "Yes", "last": "no."}],
         "comment_text_not_contains": ["Reply"]}
GOOD = {"title": "T", "published": None, "body": "kept text",
        "comments": [{"author": "Ali", "posted_at": None, "text": "Yes and no.", "parent": None}]}


@pytest.mark.parametrize(
    "change, failed",
    [
        ({}, []),
        ({"title": "T | Site"}, ["title"]),
        ({"body": "kept text\n\nShare this"}, ["body lacks"]),
        ({"comments": [{"author": "Ali", "posted_at": None, "text": "Yes and no.\n\nReply", "parent": None}]},
         ["comment 1 last", "no comment contains"]),
        ({"comments": []}, ["1 comments", "comment 1 author", "comment 1 posted_at", "comment 1 first",
                            "comment 1 last"]),
    ],
    ids=["all-pass", "title-tail", "furniture-in-body", "button-in-comment", "comment-missing"],
)
def test_each_wrong_value_fails_its_check(change, failed):
    checks = gate.page_checks(ENTRY, {**GOOD, **change})
    assert [c.what.split(" ==")[0].split(" (")[0][: len(w)] for c, w in
            zip([c for c in checks if not c.passed], failed)] == failed
    assert sum(not c.passed for c in checks) == len(failed)


def test_a_family_without_a_floor_or_under_it_fails_the_gate():
    table = {"pages/x": {"score": 0.9}, "pages/y": {"score": 1.0}}
    assert gate.below_floors(table, {"pages/x": 0.95}) == [
        "pages/x: 0.9000 < floor 0.9500",
        "pages/y: no floor pinned (run python benchmarks/split_gate.py --update-floors)",
    ]
