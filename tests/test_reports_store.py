"""reports.store: what write_outputs puts on disk and how load_scored reads it back."""
import json
import os

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from reports.aggregate import (ARTICLE_TABLE_COLUMNS, COMMENT_COLUMNS, COMMENTS_CSV_COLUMNS,
                               HEADLINE_KEYS, YEAR_TABLE_COLUMNS)
from reports.errors import ReportError, ReportInputError, ResultsNotFoundError
from reports.resultset import LOCK_FILE, MANIFEST
from reports.store import (OUTPUT_FILES, RUN_COLUMNS, STORED_FILES, StoredComments, load_bootstrap_settings,
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
    # comments.csv and articles.csv end with the run's model, precision and target
    run = RUN_COLUMNS if name != "years.csv" else ()
    assert tuple(pd.read_csv(scored_dir / name).columns) == columns + run


def test_years_csv_has_integer_years_and_an_empty_one_for_undated_articles(scored_dir):
    years = pd.read_csv(scored_dir / "years.csv", dtype={"year": "Int64"})
    assert years["year"].tolist() == [2011, 2012, pd.NA]
    assert years["n_articles"].tolist() == [2, 1, 1]
    assert (scored_dir / "years.csv").read_text().splitlines()[3].startswith(",1,2,")


def test_stored_tables_are_typed_for_pandas_and_arrow(scored_dir):
    """comments.parquet and articles.parquet: list columns (not JSON text),
    nullable int years, parsed times, and the run on every row."""
    full = pd.read_parquet(scored_dir / "comments.parquet")
    assert tuple(full.columns) == COMMENT_COLUMNS + RUN_COLUMNS
    assert list(full["evidence"].iloc[5]) == ["Washington again?"]
    assert [dict(m) for m in full["mentions"].iloc[0]] == [{"start": 4, "end": 7, "text": "USA"}]
    assert list(full["mentions"].iloc[1]) == []
    assert str(full["year"].dtype) == "Int64" and full["year"].isna().sum() == 2
    assert full["posted_at_parsed"].iloc[0] == pd.Timestamp("2011-03-01 10:00") and pd.isna(full["posted_at_parsed"].iloc[1])
    assert set(full["model"]) == {META["model"]} and set(full["target"]) == {META["target"]}
    articles = pd.read_parquet(scored_dir / "articles.parquet")
    assert list(articles["warnings"].iloc[2]) == ["no comments found"] and set(articles["precision"]) == {META["precision"]}


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


def test_rerender_reads_stored_comments_in_batches_of_whole_articles(scored_dir):
    """`report` reads comments.parquet a row group at a time; an article that
    runs on into the next row group is kept whole, and the outputs are
    the same as from one frame."""
    import pyarrow.parquet as pq

    before = {name: (scored_dir / name).read_bytes() for name in OUTPUT_FILES}
    path = scored_dir / "comments.parquet"
    pq.write_table(pq.read_table(path), path, row_group_size=2)  # a1's three comments straddle two groups
    (scored_dir / MANIFEST).unlink()  # the file changed: a folder from before manifests
    batches = [list(b["doc_id"]) for b in StoredComments(path)]
    assert batches == [["a1", "a1", "a1"], ["a2"], ["a4", "a4"]]
    rerender(scored_dir)
    assert {name: (scored_dir / name).read_bytes() for name in OUTPUT_FILES} == before
    path.write_text("not parquet")
    (scored_dir / MANIFEST).unlink()
    with pytest.raises(ReportError, match="cannot read .*comments.parquet"):
        rerender(scored_dir)


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
    (scored_dir / "articles.parquet").write_text("not parquet")
    with pytest.raises(ReportError, match=r"articles.parquet \(changed since the set was written\)"):
        load_scored(scored_dir)
    (scored_dir / MANIFEST).unlink()  # a folder from before manifests: the read itself fails
    with pytest.raises(ReportError, match="cannot read .*articles.parquet"):
        load_scored(scored_dir)


def test_a_folder_of_the_previous_format_is_refused_with_the_fix(scored_dir):
    for name in STORED_FILES:
        (scored_dir / name).rename(scored_dir / f"scored_{name}")
    with pytest.raises(ResultsNotFoundError, match=r"written by readerstance 0.1 \(scored_comments.parquet\); run "
                                                   "`readerstance run` again"):
        load_scored(scored_dir)


def test_meta_that_is_not_json_is_rejected_before_writing(tmp_path):
    comments, articles = small_frames()
    with pytest.raises(ReportInputError, match="meta must be JSON-serialisable"):
        write_outputs(comments, articles, tmp_path / "out", {"when": object()})
    assert not (tmp_path / "out").exists()
