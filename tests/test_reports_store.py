"""reports.store: what write_outputs puts on disk and how load_scored reads it back."""
import json
import os

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from reports.aggregate import (ARTICLE_TABLE_COLUMNS, COMMENTS_CSV_COLUMNS,
                               HEADLINE_KEYS, YEAR_TABLE_COLUMNS)
from reports.errors import ReportError, ReportInputError, ResultsNotFoundError
from reports.resultset import LOCK_FILE, MANIFEST
from reports.store import (OUTPUT_FILES, STORED_FILES, load_bootstrap_settings,
                           load_scored, rerender, write_outputs)
from test_reports_fixtures import META, small_frames


def test_write_outputs_returns_every_file_it_wrote(tmp_path):
    comments, articles = small_frames()
    written = write_outputs(comments, articles, tmp_path / "new" / "out", META, n_boot=50)
    assert [p.name for p in written] == list(STORED_FILES + OUTPUT_FILES)
    assert sorted(os.listdir(tmp_path / "new" / "out")) == sorted(
        STORED_FILES + OUTPUT_FILES + (MANIFEST, LOCK_FILE))
    manifest = json.loads((tmp_path / "new" / "out" / MANIFEST).read_text())
    assert sorted(manifest["files"]) == sorted(STORED_FILES + OUTPUT_FILES)


def test_no_temporary_files_are_left_behind(scored_dir):
    assert [name for name in os.listdir(scored_dir) if name.startswith(".")] == [LOCK_FILE]


def test_load_scored_round_trips_frames_and_meta(scored_dir):
    comments, articles = small_frames()
    loaded_comments, loaded_articles, meta = load_scored(scored_dir)
    assert_frame_equal(loaded_comments, comments)
    assert_frame_equal(loaded_articles, articles)
    assert meta == META
    assert load_bootstrap_settings(scored_dir) == (200, 5)


@pytest.mark.parametrize("name, columns", [
    ("comments.csv", COMMENTS_CSV_COLUMNS),
    ("articles.csv", ARTICLE_TABLE_COLUMNS),
    ("years.csv", YEAR_TABLE_COLUMNS),
], ids=["comments", "articles", "years"])
def test_csv_headers(scored_dir, name, columns):
    assert tuple(pd.read_csv(scored_dir / name).columns) == columns


def test_years_csv_keeps_the_unknown_row(scored_dir):
    years = pd.read_csv(scored_dir / "years.csv", dtype={"year": str})
    assert years["year"].tolist() == ["2011", "2012", "unknown"]
    assert years["n_articles"].tolist() == [2, 1, 1]


def test_comments_parquet_keeps_mentions_and_evidence(scored_dir):
    full = pd.read_parquet(scored_dir / "comments.parquet")
    assert tuple(full.columns) == COMMENTS_CSV_COLUMNS + ("mentions", "evidence")
    assert full["evidence"].iloc[5] == '["Washington again?"]'


def test_summary_json_holds_headline_bootstrap_and_meta(scored_dir):
    summary = json.loads((scored_dir / "summary.json").read_text())
    assert tuple(summary["headline"]) == HEADLINE_KEYS
    assert summary["headline"]["n_comments"] == 6
    assert summary["headline"]["article_tone_mean"] == -0.075
    assert summary["bootstrap"] == {"n_boot": 200, "seed": 5, "level": 0.95,
                                    "method": "percentile"}
    assert summary["meta"] == META


def test_summary_json_writes_null_for_undefined_numbers(tmp_path):
    comments, articles = small_frames()
    write_outputs(comments.iloc[0:0], articles, tmp_path, META, n_boot=10)
    headline = json.loads((tmp_path / "summary.json").read_text())["headline"]
    assert headline["reader_tone_mean"] is None


def test_rerender_reproduces_the_original_outputs(scored_dir):
    before = {name: (scored_dir / name).read_bytes() for name in OUTPUT_FILES}
    for name in OUTPUT_FILES:
        (scored_dir / name).unlink()
    rerender(scored_dir)
    assert {name: (scored_dir / name).read_bytes() for name in OUTPUT_FILES} == before


@pytest.mark.parametrize("missing", STORED_FILES, ids=list(STORED_FILES))
def test_missing_stored_file_is_named_with_the_fix(scored_dir, missing):
    (scored_dir / missing).unlink()
    with pytest.raises(ResultsNotFoundError) as error:
        load_scored(scored_dir)
    assert str(error.value) == (
        f"{scored_dir} holds no stored scores (missing {missing}); run `readerstance "
        "run` first to score pages into this directory")


def test_missing_directory_is_named(tmp_path):
    with pytest.raises(ResultsNotFoundError, match="nowhere is not a directory; run `readerstance run` first"):
        load_scored(tmp_path / "nowhere")


def test_damaged_parquet_is_reported_with_its_path(scored_dir):
    (scored_dir / "scored_articles.parquet").write_text("not parquet")
    with pytest.raises(ReportError, match=r"scored_articles.parquet \(changed since the set was written\)"):
        load_scored(scored_dir)
    (scored_dir / MANIFEST).unlink()  # a folder from before manifests: the read itself fails
    with pytest.raises(ReportError, match="cannot read .*scored_articles.parquet"):
        load_scored(scored_dir)


def test_meta_that_is_not_json_is_rejected_before_writing(tmp_path):
    comments, articles = small_frames()
    with pytest.raises(ReportInputError, match="meta must be JSON-serialisable"):
        write_outputs(comments, articles, tmp_path / "out", {"when": object()})
    assert not (tmp_path / "out").exists()
