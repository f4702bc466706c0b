"""Splitter quality gate: golden checks on our fixture pages, per layout family.

Every fixture page under tests/fixtures/pages/ (copied text) and
tests/fixtures/html/ (saved HTML) has a golden entry in an ``*expected.json``
file beside it: title, date, snippets the body must and must not contain, and
each comment's author, posted-at, first and last word (and, for HTML, its
parent and paragraph count). Each of those is one check. A family's score is
the share of its checks that pass; floors for every family and for all pages
are pinned in tests/fixtures/split_floors.json, and tests/test_split_gate.py
fails when a score drops under its floor.

    python benchmarks/split_gate.py                  # per-family table
    python benchmarks/split_gate.py --failures       # ... and every failed check
    python benchmarks/split_gate.py --update-floors  # pin today's scores (a visible diff)
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from comments import page_to_dict, split_file  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
FLOORS = FIXTURES / "split_floors.json"
ALL = "all pages"
#: Scores may fall this far under a floor (rounding); anything more fails the gate.
EPSILON = 0.001


@dataclass(frozen=True)
class Check:
    page: str
    family: str
    what: str
    passed: bool


def golden_entries(fixtures: Path = FIXTURES) -> list[dict]:
    """Every golden entry, its ``path`` made relative to `fixtures` and its family prefixed by the kind."""
    entries = []
    for file in sorted(fixtures.glob("*/*expected.json")):
        for entry in json.loads(file.read_text(encoding="utf-8")):
            kind = file.parent.name  # pages (copied text) or html
            entries.append({**entry, "path": f"{kind}/{entry['path'].removeprefix(kind + '/')}",
                            "family": f"{kind}/{entry['family']}"})
    return entries


def page_checks(entry: dict, page: dict) -> list[Check]:
    """The checks of one golden entry against one split page (as `page_to_dict` gives it)."""
    out: list[Check] = []

    def check(what: str, passed: bool) -> None:
        out.append(Check(entry["path"], entry["family"], what, bool(passed)))

    check(f"title == {entry['title']!r} (got {page['title']!r})", page["title"] == entry["title"])
    check(f"published == {entry['published']!r} (got {page['published']!r})", page["published"] == entry["published"])
    for snippet in entry["body_contains"]:
        check(f"body contains {snippet!r}", snippet in page["body"])
    for snippet in entry["body_not_contains"]:
        check(f"body lacks {snippet!r}", snippet not in page["body"])
    want, got = entry["comments"], page["comments"]
    check(f"{len(want)} comments (got {len(got)})", len(want) == len(got))
    for i, w in enumerate(want):
        g = got[i] if i < len(got) else None
        words = g["text"].split() if g else []
        values = {
            "author": g and g["author"],
            "posted_at": g and g["posted_at"],
            "first": words[0] if words else None,
            "last": words[-1] if words else None,
            "parent": g and g["parent"],
            "paragraphs": len(g["text"].split("\n\n")) if g else None,
        }
        for key in ("author", "posted_at", "first", "last", "parent", "paragraphs"):
            if key in w:
                # a comment not found fails every check of it, even a null posted_at
                check(f"comment {i + 1} {key} == {w[key]!r} (got {values[key]!r})", g is not None and values[key] == w[key])
    for snippet in entry.get("comment_text_not_contains", []):
        bad = [i + 1 for i, c in enumerate(got) if snippet in c["text"]]
        check(f"no comment contains {snippet!r} (found in {bad})", not bad)
    return out


def run_checks(entries: list[dict] | None = None, fixtures: Path = FIXTURES) -> list[Check]:
    entries = golden_entries(fixtures) if entries is None else entries
    checks: list[Check] = []
    for entry in entries:
        checks += page_checks(entry, page_to_dict(split_file(fixtures / entry["path"])))
    return checks


def scores(checks: list[Check]) -> dict[str, dict]:
    """{family: {"pages", "checks", "passed", "score"}}, plus ALL for every page."""
    groups: dict[str, list[Check]] = defaultdict(list)
    for c in checks:
        groups[c.family].append(c)
        groups[ALL].append(c)
    return {
        family: {
            "pages": len({c.page for c in group}),
            "checks": len(group),
            "passed": sum(c.passed for c in group),
            "score": round(sum(c.passed for c in group) / len(group), 4),
        }
        for family, group in sorted(groups.items(), key=lambda kv: (kv[0] == ALL, kv[0]))
    }


def below_floors(table: dict[str, dict], floors: dict[str, float]) -> list[str]:
    """Why the gate fails: a family under its floor, or a family with no floor."""
    problems = []
    for family, row in table.items():
        if family not in floors:
            problems.append(f"{family}: no floor pinned (run python benchmarks/split_gate.py --update-floors)")
        elif row["score"] < floors[family] - EPSILON:
            problems.append(f"{family}: {row['score']:.4f} < floor {floors[family]:.4f}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--failures", action="store_true", help="list every failed check")
    parser.add_argument("--update-floors", action="store_true",
                        help=f"write today's scores to {FLOORS.relative_to(ROOT)} (lowering a floor is a visible change)")
    args = parser.parse_args(argv)
    checks = run_checks()
    table = scores(checks)
    floors = json.loads(FLOORS.read_text()) if FLOORS.exists() else {}
    print(f"{'family':<24} {'pages':>5} {'checks':>6} {'passed':>6} {'score':>7} {'floor':>7}")
    for family, row in table.items():
        floor = floors.get(family)
        print(f"{family:<24} {row['pages']:>5} {row['checks']:>6} {row['passed']:>6} {row['score']:>7.1%} "
              f"{'-' if floor is None else f'{floor:.1%}':>7}")
    if args.failures:
        for c in checks:
            if not c.passed:
                print(f"FAIL {c.page}: {c.what}")
    if args.update_floors:
        FLOORS.write_text(json.dumps({f: r["score"] for f, r in table.items()}, indent=2) + "\n")
        print(f"floors written to {FLOORS.relative_to(ROOT)}")
        return 0
    problems = below_floors(table, floors)
    for p in problems:
        print(f"under the floor: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
