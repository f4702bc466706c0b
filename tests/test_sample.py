"""`readerstance sample`: a blinded, reproducible coding sheet with the
inclusion probability of every row, and a printable page."""
import hashlib

import pandas as pd
import pytest
from click.testing import CliRunner

from readerstance.cli import cli
from reports.sample import CODING_COLUMNS, allocate, coding_page, draw_sample
from reports.store import load_scored
from test_reports_fixtures import small_frames


@pytest.mark.parametrize("sizes, n, expected", [
    ({"a": 10, "b": 10}, 6, {"a": 3, "b": 3}),             # equal shares
    ({"a": 1, "b": 10, "c": 10}, 9, {"a": 1, "b": 4, "c": 4}),  # a small stratum's rest goes to the others
    ({"a": 2, "b": 3}, 50, {"a": 2, "b": 3}),              # more asked than there are: all of them
    ({"a": 5, "b": 5, "c": 5}, 4, {"a": 2, "b": 1, "c": 1}),  # ties go to strata in name order
], ids=["equal", "capped", "all", "ties"])
def test_allocate(sizes, n, expected):
    assert allocate(sizes, n) == expected


def test_sheet_is_blinded_keyed_and_reproducible():
    comments, _ = small_frames()
    sheet = draw_sample(comments, 4, seed=1)
    assert list(sheet.columns) == CODING_COLUMNS and len(sheet) == 4
    assert (sheet[["tone", "stance", "coder", "note"]] == "").all().all()  # no model labels leak
    assert not {"tone_score", "p_against", "confidence"} & set(sheet.columns)
    for r in sheet.itertuples():
        original = comments[(comments.doc_id == r.doc_id) & (comments.comment_index == r.comment_index)]
        assert original["text"].item() == r.text
        assert r.text_sha256 == hashlib.sha256(r.text.encode()).hexdigest()
    assert list(sheet["row"]) == [1, 2, 3, 4]
    assert sheet["inclusion_prob"].tolist() == pytest.approx([4 / 6] * 4)
    pd.testing.assert_frame_equal(sheet, draw_sample(comments, 4, seed=1))
    assert not draw_sample(comments, 4, seed=2)[["doc_id", "comment_index"]].equals(sheet[["doc_id", "comment_index"]])


def test_stratified_by_year_records_unequal_probabilities():
    comments, _ = small_frames()  # 2011: 4 comments, undated: 2
    sheet = draw_sample(comments, 2, stratify="year", seed=0)
    assert sorted(sheet["stratum"]) == ["2011", "unknown"]
    probs = dict(zip(sheet["stratum"], sheet["inclusion_prob"]))
    assert probs == {"2011": 0.25, "unknown": 0.5}
    assert sheet["weight"].sum() == pytest.approx(len(comments))  # Horvitz-Thompson total


def test_asking_for_more_than_the_run_holds_takes_every_comment():
    comments, _ = small_frames()
    sheet = draw_sample(comments, 100, stratify="stance")
    assert len(sheet) == len(comments) and (sheet["inclusion_prob"] == 1).all()


@pytest.mark.parametrize("kwargs, message", [
    ({"n": 0}, "n 0: expected at least 1"),
    ({"n": 3, "stratify": "site"}, "stratify 'site'"),
], ids=["zero", "unknown-stratum"])
def test_bad_arguments_are_named(kwargs, message):
    comments, _ = small_frames()
    with pytest.raises(ValueError, match=message):
        draw_sample(comments, **kwargs)


def test_printable_page_escapes_text_and_names_the_target():
    comments, _ = small_frames()
    page = coding_page(draw_sample(comments, 6), "China")
    assert "toward China" in page and "Aid &amp; &lt;b&gt;debate&lt;/b&gt;" in page
    assert page.count("<article>") == 6 and "<script" not in page


def test_cli_writes_sheet_and_page_and_keeps_coded_files(scored_dir, tmp_path):
    out = tmp_path / "coding.csv"
    args = ["sample", str(scored_dir), "--n", "3", "--stratify", "year", "--out", str(out), "--seed", "4"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "Drew 3 of 6 comments from 2 year strata (seed 4)." in result.output
    sheet = pd.read_csv(out, keep_default_na=False)
    assert list(sheet.columns) == CODING_COLUMNS and len(sheet) == 3
    assert (tmp_path / "coding.html").read_text().count("<article>") == 3
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 1 and "exists and may hold coders' labels" in again.output
    assert CliRunner().invoke(cli, args + ["--force"]).exit_code == 0


def test_cli_on_a_folder_without_a_run_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["sample", str(tmp_path), "--out", str(tmp_path / "c.csv")])
    assert result.exit_code == 1 and "holds no stored scores" in result.output
    assert not (tmp_path / "c.csv").exists()
