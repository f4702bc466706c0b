"""The `readerstance` command line: a thin click layer over the library packages."""
import json
import os

import click

import comments

from .options import input_options


class _Group(click.Group):
    """The one edge where the library's own errors become CLI errors: any
    error a package raises on purpose (comments.SplitError,
    analysis.AnalysisError, reports.ReportError, readerstance.runner.RunError)
    that no command handled is printed as "Error: MESSAGE" with exit status 1,
    never as a traceback."""

    def invoke(self, ctx):
        from analysis.errors import AnalysisError
        from comments.errors import SplitError
        from reports.errors import ReportError

        from .runner import RunError

        try:
            return super().invoke(ctx)
        except (SplitError, AnalysisError, ReportError, RunError) as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=_Group)
@click.version_option(package_name="readerstance")
def cli():
    """Split news pages into article and reader comments, score their tone and
    stance toward a target (the United States by default), and report."""
    # Model loading chatter (weight-loading bars, load reports) would bury
    # our own progress bar and errors; only the CLI silences it.
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@input_options
def split(inputs):
    """Split page dumps into article and reader comments, one JSON object per line.

    PATHS are files or folders; folders are walked recursively in name order.
    A file that cannot be read is reported on stderr, the rest are still
    split, and the exit status is 1.

    Examples:

    \b
        readerstance split examples/pages > pages.jsonl
        readerstance split corpus/ --metadata dates.csv --glob '*.text'
    """
    inputs.check()
    for page in inputs.pages():
        click.echo(json.dumps(comments.page_to_dict(page), ensure_ascii=False))
    inputs.finish()
    if inputs.failed:
        raise SystemExit(1)


def _register() -> None:
    # Commands that load models or reports live in their own modules; they
    # import torch and pandas lazily so `split` stays quick to start.
    from .analysis_commands import adapt, evaluate, score, train
    from .report_commands import inspect, report, sample, validate
    from .run_command import run

    for command in (train, evaluate, score, run, report, inspect, sample, validate, adapt):
        cli.add_command(command)


_register()
