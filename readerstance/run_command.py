"""The `run` command: split, score and report in one go, resumably."""
from __future__ import annotations

import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path

import click

from .analysis_commands import model_options
from .options import input_options
from .runner import ENGINES, SCORE_CACHE, SCORED_DIR


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="INPUT...", type=click.Path(path_type=str))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder for the CSV files, report.html and summary.json.")
@input_options
@click.option("--n-boot", default=1000, show_default=True, type=click.IntRange(min=1),
              help="Bootstrap resamples for the 95% intervals.")
@click.option("--seed", default=0, show_default=True, type=int, help="Seed of the bootstrap.")
@click.option("--no-cache", is_flag=True, help=f"Keep scores in memory only (not in OUT/{SCORE_CACHE}; no resuming).")
@click.option("--raw-csv", is_flag=True,
              help="Write page text into the CSV files as it is, even cells a spreadsheet would run as a "
                   "formula (by default those get a leading ' as OWASP advises).")
@click.option("--engine", default="local", show_default=True, type=click.Choice(ENGINES),
              help="local: this machine, streaming; ray: split and score on a Ray cluster (pip install -e "
                   "'.[ray]'), one model per worker, scored rows in OUT/scored/ as parquet partitions.")
@click.option("--address", default=None, metavar="ADDRESS",
              help="With --engine ray: an existing cluster ('auto', 'ray://head:10001'); default: start one here.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(min=1),
              help="With --engine ray: scoring actors, each holding one model.")
@click.option("--cpus-per-worker", default=1, show_default=True, type=click.IntRange(min=1),
              help="With --engine ray: CPUs (and torch threads) of each scoring actor.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@model_options
def run(inputs, out_dir, n_boot, seed, no_cache, raw_csv, engine, address, workers, cpus_per_worker, quiet, options):
    """Split pages, score article and comments, and write the report.

    INPUT are page files or folders. Scores are committed to OUT/scores.sqlite
    as they are computed: after a kill, the same command continues where it
    stopped, and a re-run with unchanged inputs only re-renders. The outputs
    are published as one set (see docs/reliability.md): after a crash OUT
    holds the previous complete set or the new one, never a mix. With
    --engine ray the pages are split and scored on a Ray cluster and a
    re-run skips the files already scored (docs/scale.md).

    Example:

    \b
        readerstance run examples/pages --out out/
        readerstance run corpus/ --out out/ --engine ray --workers 4
    """
    from tqdm import tqdm

    from .runner import RunSettings, run as run_pages

    if address is not None and engine != "ray":
        raise click.BadParameter("only used with --engine ray", param_hint="--address")
    settings = RunSettings(n_boot=n_boot, seed=seed, cache=not no_cache, raw_csv=raw_csv, engine=engine,
                           address=address, workers=workers, cpus_per_worker=cpus_per_worker)
    # Everything that can be checked is checked before the model loads.
    n_files = inputs.check()
    options.load_target()
    if engine == "ray":
        _require_ray()
    with _output_folder(out_dir):
        bar = tqdm(total=n_files, unit="page", disable=quiet or engine == "ray", file=sys.stderr, desc="scoring")

        def progress(pages: int, n_comments: int) -> None:
            bar.update(pages - bar.n)
            bar.set_postfix(comments=n_comments, refresh=False)

        try:
            with bar:
                result = run_pages(inputs, out_dir, options, settings, progress)
        except ValueError as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:
            kept = (f" and the scores computed are kept in {out_dir / SCORE_CACHE}" if engine == "local" and not no_cache
                    else f" and the scored partitions are kept in {out_dir / SCORED_DIR}" if engine == "ray" else "")
            raise click.ClickException(
                f"{out_dir}: cannot write the results ({exc.strerror or exc}); the previous results there are "
                f"unchanged{kept}: free space (or fix the permissions) and run the same command again") from None
    click.echo(f"{result.n_pages} pages, {result.n_comments} comments scored; wrote "
               + ", ".join(p.name for p in result.written) + f" in {out_dir}")
    if engine == "ray" and result.resumed:
        click.echo(f"{result.resumed} page(s) already scored in {out_dir / SCORED_DIR}: not scored again")
    click.echo("time: " + ", ".join(f"{name} {sec:.1f}s" for name, sec in result.seconds.items()))
    if inputs.failed:
        click.echo(f"{len(inputs.failed)} file(s) could not be read (listed above and in summary.json)", err=True)
        sys.exit(1)


def _require_ray() -> None:
    try:
        import ray  # noqa: F401
    except ImportError:
        raise click.ClickException("--engine ray needs Ray: pip install -e '.[ray]' (or pip install 'ray[data]==2.60.0')"
                                   ) from None


@contextmanager
def _output_folder(out_dir: Path):
    """Create OUT, check that it can be written, and hold its writer lock
    for the whole run; every problem is a one-line error before the model
    loads (a folder another run holds is a ReportError, which the CLI's
    error edge prints)."""
    from reports.resultset import locked

    if out_dir.exists() and not out_dir.is_dir():
        raise click.ClickException(f"{out_dir}: --out must be a folder, and this is a file")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out_dir):
            pass
    except (FileExistsError, NotADirectoryError):
        raise click.ClickException(f"{out_dir}: cannot create the --out folder: a part of its path is a file") from None
    except OSError as exc:
        raise click.ClickException(f"{out_dir}: cannot write to the --out folder ({exc.strerror or exc}); "
                                   "choose another --out or fix its permissions") from None
    with locked(out_dir):
        yield
