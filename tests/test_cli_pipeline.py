"""`score` and `run` through the CLI, with tiny local models in both roles."""
import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from readerstance.cli import cli

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "pages"


def models(hf_model_dirs):
    tone, nli = hf_model_dirs
    return ["--tone-model", tone, "--stance-model", nli]


def test_score_adds_scores_to_split_fields(hf_model_dirs, tmp_path):
    page = EXAMPLES / "dawn_2018_aid_suspension.txt"
    runner = CliRunner()
    split = json.loads(runner.invoke(cli, ["split", str(page)]).stdout)
    result = runner.invoke(cli, ["score", str(page), "--no-cache", *models(hf_model_dirs)])
    assert result.exit_code == 0, result.output
    scored = json.loads(result.stdout)
    assert {k: scored[k] for k in split} == {**split, "comments": scored["comments"]}
    assert set(scored["article_score"]) >= {"tone", "tone_score", "tone_probs", "stance", "stance_probs"}
    assert len(scored["comments"]) == len(split["comments"])
    for c, original in zip(scored["comments"], split["comments"]):
        assert c["text"] == original["text"]
        assert c["tone"] in ("negative", "neutral", "positive")
        assert c["stance"] in ("against", "none", "favor")
        assert c["tone_score"] == pytest.approx(c["tone_probs"]["positive"] - c["tone_probs"]["negative"], abs=1e-5)
        for m in c["target_mentions"]:
            assert c["text"][m["start"]:m["end"]] == m["text"]


def test_run_writes_every_output_and_keeps_undated_articles(hf_model_dirs, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["run", str(EXAMPLES), "--out", str(out), "--quiet", *models(hf_model_dirs)])
    assert result.exit_code == 0, result.output
    for name in ("comments.csv", "comments.parquet", "articles.csv", "years.csv", "report.html", "summary.json"):
        assert (out / name).exists(), name
    articles = pd.read_csv(out / "articles.csv")
    n_pages = len(list(EXAMPLES.glob("*.txt")))
    assert len(articles) == n_pages
    years = pd.read_csv(out / "years.csv", dtype={"year": "Int64"})
    assert years["year"].isna().sum() == 1  # the undated example page has its own row, with an empty year
    assert list(years["year"].dropna()) == sorted(years["year"].dropna())
    stored = pd.read_parquet(out / "comments.parquet")  # typed: int years, list columns, the run on every row
    assert str(stored["year"].dtype) == "Int64" and stored["model"].nunique() == 1
    assert all(isinstance(m, (list, np.ndarray)) for m in stored["mentions"])
    assert years["n_articles"].sum() == n_pages
    comments = pd.read_csv(out / "comments.csv")
    assert len(comments) == articles["n_comments"].sum()


def test_run_resumes_from_its_cache(hf_model_dirs, tmp_path):
    out = tmp_path / "out"
    args = ["run", str(EXAMPLES), "--out", str(out), "--quiet", *models(hf_model_dirs)]
    CliRunner().invoke(cli, args)
    first = pd.read_parquet(out / "comments.parquet")
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0
    assert "score 0.0s" in again.output  # everything came from out/scores.sqlite
    pd.testing.assert_frame_equal(pd.read_parquet(out / "comments.parquet"), first)


def test_run_reports_bad_files_and_finishes_the_rest(hf_model_dirs, tmp_path):
    pages = tmp_path / "pages"
    shutil.copytree(EXAMPLES, pages)
    (pages / "empty.txt").write_text("")
    (pages / "binary.txt").write_bytes(b"\x00\x01page")
    result = CliRunner().invoke(cli, ["run", str(pages), "--out", str(tmp_path / "out"), "--quiet",
                                      *models(hf_model_dirs)])
    assert result.exit_code == 1
    assert "empty.txt: file is empty" in result.output
    assert "binary.txt: binary file" in result.output
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert len(pd.read_csv(tmp_path / "out" / "articles.csv")) == len(list(EXAMPLES.glob("*.txt")))
    assert summary


def test_unmappable_tone_model_is_a_clear_cli_error(tmp_path):
    from model_fakes import save_sequence_model

    bad = save_sequence_model(tmp_path / "bad", {0: "LABEL_0", 1: "LABEL_1", 2: "LABEL_2"})
    result = CliRunner().invoke(cli, ["score", str(EXAMPLES), "--no-cache", "--tone-model", str(bad),
                                      "--stance-model", str(bad)])
    assert result.exit_code == 1
    assert "cannot map its labels" in result.output


def test_bad_template_option(tmp_path):
    result = CliRunner().invoke(cli, ["score", str(EXAMPLES), "--template", "favor"])
    assert result.exit_code == 2
    assert "expected LABEL=TEXT" in result.output


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output, f"{name} --help shows no example"


def test_help_loads_no_splitter_model_or_report_library():
    """`readerstance --help` starts fast: the heavy libraries load only when a command runs."""
    import subprocess
    import sys

    code = ("import sys; from click.testing import CliRunner; from readerstance.cli import cli; "
            "assert CliRunner().invoke(cli, ['--help']).exit_code == 0; "
            "print(' '.join(m for m in ('comments.splitter', 'comments.markers', 'lxml', 'trafilatura', 'torch', "
            "'transformers', 'pandas', 'matplotlib', 'ray') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""


@pytest.mark.parametrize(
    "template, message",
    [("favor=no placeholder", "must contain {} where the target goes"),
     ("love=x {}", "the label must be one of against, none, favor")],
    ids=["no-placeholder", "unknown-label"],
)
def test_a_bad_template_is_a_usage_error_before_any_model_loads(template, message):
    result = CliRunner().invoke(cli, ["score", str(EXAMPLES), "--template", template])
    assert result.exit_code == 2
    assert message in result.output


def test_run_reads_comments_back_in_batches_with_the_same_tables(hf_model_dirs, tmp_path):
    """The driver holds a few pages' comments at a time (RunSettings.batch_rows),
    spooled in OUT/.spool-*, and the tables do not depend on the batch size;
    the spool is gone after the run, and one a killed run left is deleted."""
    import comments as split
    from readerstance.options import InputOptions, ModelOptions
    from readerstance.runner import RunSettings, run

    tone, nli = hf_model_dirs
    model = ModelOptions(tone_model=tone, stance_model=nli)
    whole, small = tmp_path / "whole", tmp_path / "small"
    (small / ".spool-left-by-a-killed-run").mkdir(parents=True)
    for out, rows in ((whole, 10_000), (small, 2)):
        result = run(InputOptions((str(EXAMPLES),), split.SplitSettings()), out, model,
                     RunSettings(n_boot=50, batch_rows=rows))
        assert result.n_comments == 31
        assert list(out.glob(".spool-*")) == []
    for name in ("comments.csv", "articles.csv", "years.csv"):
        assert (small / name).read_bytes() == (whole / name).read_bytes(), name
    pd.testing.assert_frame_equal(pd.read_parquet(small / "comments.parquet"), pd.read_parquet(whole / "comments.parquet"))
    assert pq_row_groups(small / "comments.parquet") > 1


def pq_row_groups(path) -> int:
    import pyarrow.parquet as pq

    return pq.ParquetFile(path).num_row_groups
