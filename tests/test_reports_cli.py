"""The `report` command, and help texts of both report commands."""
import json

import click
import pytest
from click.testing import CliRunner

from readerstance.report_commands import inspect, report
from reports.store import OUTPUT_FILES


def test_report_rewrites_outputs_from_stored_scores(scored_dir):
    before = {name: (scored_dir / name).read_bytes() for name in OUTPUT_FILES}
    for name in OUTPUT_FILES:
        (scored_dir / name).unlink()
    result = CliRunner().invoke(report, [str(scored_dir)])
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"Rewrote 5 files in {scored_dir}:\n"
        "  comments.csv\n  articles.csv\n  years.csv\n"
        "  report.html\n  summary.json\n"
        f"Open {scored_dir}/report.html in a browser to read the report.\n")
    # Same stored bootstrap settings, so the very same bytes.
    assert {name: (scored_dir / name).read_bytes() for name in OUTPUT_FILES} == before


def test_report_options_override_stored_bootstrap_settings(scored_dir):
    result = CliRunner().invoke(report, [str(scored_dir), "--n-boot", "20", "--seed", "9"])
    assert result.exit_code == 0, result.output
    summary = json.loads((scored_dir / "summary.json").read_text())
    assert (summary["bootstrap"]["n_boot"], summary["bootstrap"]["seed"]) == (20, 9)


def test_report_on_directory_without_scores_says_how_to_fix(tmp_path):
    (tmp_path / "run.json").write_text(json.dumps({"meta": {}}))
    result = CliRunner().invoke(report, [str(tmp_path)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {tmp_path} holds no stored scores (missing comments.parquet, "
        "articles.parquet); run `readerstance run` first to score pages into "
        "this directory\n")


def test_report_rejects_zero_resamples(scored_dir):
    result = CliRunner().invoke(report, [str(scored_dir), "--n-boot", "0"])
    assert result.exit_code == 2
    assert "Invalid value for '--n-boot': 0 is not in the range x>=1." in result.output


@pytest.mark.parametrize("command", [report, inspect], ids=["report", "inspect"])
def test_help_ends_with_an_example(command):
    help_text = command.get_help(click.Context(command, info_name=command.name))
    description = help_text.split("Options:")[0].rstrip()
    assert description.splitlines()[-1].strip().startswith(f"readerstance {command.name} ")
    assert "Example:" in description
