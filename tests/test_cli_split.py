"""`readerstance split`: exact JSON Lines output, and bad input reported per file with exit status 1."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from readerstance.cli import cli

PAGE = """Envoy’s visit ends | Pakistan Today

Published March 5, 2015

ISLAMABAD: The US envoy ended a two-day visit on Thursday.

1 Comment

  1. Zara said:

    Good. Keep talking.

Comments are closed.
"""

EXPECTED = (
    '{"doc_id": "envoy", "path": "PATH", "site": "pakistantoday", "title": "Envoy’s visit ends", '
    '"published": "2015-03-05", "year": 2015, "date_source": "page", '
    '"body": "ISLAMABAD: The US envoy ended a two-day visit on Thursday.", "boilerplate": ["Published March 5, 2015"], '
    '"comments": [{"index": 1, "author": "Zara", "posted_at": null, "posted_at_parsed": null, "text": "Good. Keep talking.", "parent": null}], '
    '"warnings": []}\n'
)


@pytest.fixture
def runner():
    return CliRunner()


def test_split_prints_exact_json_line(runner, tmp_path):
    page = tmp_path / "envoy.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = runner.invoke(cli, ["split", str(page)])
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout == EXPECTED.replace("PATH", str(page))


def test_split_output_keys_are_the_schema(runner, tmp_path):
    (tmp_path / "envoy.txt").write_text(PAGE, encoding="utf-8")
    record = json.loads(runner.invoke(cli, ["split", str(tmp_path)]).stdout)
    assert list(record) == ["doc_id", "path", "site", "title", "published", "year", "date_source", "body", "boilerplate",
                            "comments", "warnings"]
    assert list(record["comments"][0]) == ["index", "author", "posted_at", "posted_at_parsed", "text", "parent"]


@pytest.mark.parametrize(
    "name, content, problem",
    [
        ("empty.txt", b"", "file is empty"),
        ("binary.txt", b"PK\x03\x04\x00\x00", "binary file (NUL byte at offset 4), not a text page"),
        ("big.txt", b"x" * 200, "file is 200 bytes, over the 100-byte limit "
                                "(raise it with --max-bytes / SplitSettings.max_bytes)"),
        ("missing.txt", None, "no such file or folder"),
    ],
    ids=["empty", "binary", "too-big", "missing"],
)
def test_bad_file_is_reported_and_the_rest_still_printed(runner, tmp_path, name, content, problem):
    good = tmp_path / "a_good.txt"
    good.write_text("Talks\n\nShort text.\n", encoding="utf-8")
    bad = tmp_path / name
    if content is not None:
        bad.write_bytes(content)
    result = runner.invoke(cli, ["split", "--max-bytes", "100", str(bad), str(good)])
    assert result.exit_code == 1
    assert result.stderr == f"readerstance: error: {bad}: {problem}\n"
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["a_good"]


def test_cp1252_page_is_split_with_a_warning(runner, tmp_path):
    page = tmp_path / "old.txt"
    page.write_bytes("Envoy’s visit\n\nText.\n".encode("cp1252"))
    result = runner.invoke(cli, ["split", str(page)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["warnings"] == ["not valid UTF-8 (byte 0x92 at offset 5); decoded as cp1252"]


def test_metadata_date_takes_precedence(runner, tmp_path):
    (tmp_path / "envoy.txt").write_text(PAGE, encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text("file,url,date,source\nenvoy.txt,,2015-03-04,\n", encoding="utf-8")
    record = json.loads(runner.invoke(cli, ["split", "--metadata", str(meta), str(tmp_path)]).stdout)
    assert (record["published"], record["year"], record["date_source"]) == ("2015-03-04", 2015, "metadata")


def test_malformed_metadata_stops_before_any_page(runner, tmp_path):
    (tmp_path / "envoy.txt").write_text(PAGE, encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text("name,date\nenvoy.txt,2015-03-04\n", encoding="utf-8")
    result = runner.invoke(cli, ["split", "--metadata", str(meta), str(tmp_path)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (f"readerstance: error: {meta}: missing required column 'file' (found: name, date); "
                             "expected columns file, url, date, source\n")


def test_folders_are_walked_in_order_with_glob(runner, tmp_path):
    for rel in ("b/2.txt", "a/1.txt", "a/skip.md", "0.txt"):
        path = tmp_path / rel
        path.parent.mkdir(exist_ok=True)
        path.write_text("Talks\n\nText.\n", encoding="utf-8")
    result = runner.invoke(cli, ["split", str(tmp_path)])
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["0", "1", "2"]
    result = runner.invoke(cli, ["split", "--glob", "*.md", str(tmp_path)])
    assert [json.loads(line)["doc_id"] for line in result.stdout.splitlines()] == ["skip"]


def test_help_has_an_example(runner):
    result = runner.invoke(cli, ["split", "--help"])
    assert result.exit_code == 0
    assert "readerstance split examples/pages > pages.jsonl" in result.stdout


def test_no_paths_is_a_usage_error(runner):
    result = runner.invoke(cli, ["split"])
    assert result.exit_code == 2
    assert "Missing argument 'PATHS...'" in result.stderr
