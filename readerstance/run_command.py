"""The `run` command: split, score and report in one go, resumably."""
from __future__ import annotations

import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import click

from analysis.errors import AnalysisError
from comments import printable

from .analysis_commands import model_options
from .options import input_options

SCORE_CACHE = "scores.sqlite"


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
@click.option("--quiet", is_flag=True, help="No progress bar.")
@model_options
def run(inputs, out_dir, n_boot, seed, no_cache, raw_csv, quiet, options):
    """Split pages, score article and comments, and write the report.

    INPUT are page files or folders. Scores are committed to OUT/scores.sqlite
    as they are computed: after a kill, the same command continues where it
    stopped, and a re-run with unchanged inputs only re-renders. The outputs
    are published as one set (see docs/reliability.md): after a crash OUT
    holds the previous complete set or the new one, never a mix.

    Example:

    \b
        readerstance run examples/pages --out out/
    """
    from tqdm import tqdm

    from analysis.cache import ScoreCache, Scorer
    from analysis.pipeline import score_pages, scored_rows
    from reports.errors import ReportError
    from reports.store import write_outputs

    # Everything that can be checked is checked before the model loads.
    n_files = inputs.check()
    try:
        target = options.load_target()
    except AnalysisError as exc:
        raise click.ClickException(str(exc)) from None
    with _output_folder(out_dir):
        clock = StageClock()
        try:
            cache = ScoreCache(None if no_cache else out_dir / SCORE_CACHE)
            with clock("load model"):
                classifier = options.classifier()
            scorer = Scorer(classifier, cache)
            scorer.score = clock.wrap("score", scorer.score)
            articles, comment_rows = [], []
            pages = clock.wrap_iter("split", inputs.pages())
            with tqdm(total=n_files, unit="page", disable=quiet, file=sys.stderr, desc="scoring") as bar:
                for sp in score_pages(pages, scorer, target):
                    article, rows = scored_rows(sp)
                    articles.append(article)
                    comment_rows += rows
                    bar.update(1)
                    bar.set_postfix(comments=len(comment_rows), refresh=False)
        except AnalysisError as exc:
            raise click.ClickException(str(exc)) from None
        inputs.finish()
        if not articles:
            raise click.ClickException("no page could be read: nothing to report (see the errors above)")
        meta = {
            "model": classifier.fingerprint, "target": target.name,
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "inputs": [printable(p) for p in inputs.paths], **inputs.summary(),
        }
        try:
            with clock("report"):
                written = write_outputs(_frame(comment_rows, COMMENT_COLUMNS), _frame(articles, ARTICLE_COLUMNS),
                                        out_dir, meta, n_boot=n_boot, seed=seed, raw_csv=raw_csv)
        except (ReportError, ValueError) as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:
            raise click.ClickException(
                f"{out_dir}: cannot write the results ({exc.strerror or exc}); the previous results there are "
                f"unchanged{'' if no_cache else f' and the scores computed are kept in {out_dir / SCORE_CACHE}'}: "
                "free space (or fix the permissions) and run the same command again") from None
    click.echo(f"{len(articles)} pages, {len(comment_rows)} comments scored; wrote "
               + ", ".join(p.name for p in written if not p.name.startswith("scored_")) + f" in {out_dir}")
    click.echo("time: " + ", ".join(f"{name} {sec:.1f}s" for name, sec in clock.seconds.items()))
    if inputs.failed:
        click.echo(f"{len(inputs.failed)} file(s) could not be read (listed above and in summary.json)", err=True)
        sys.exit(1)


@contextmanager
def _output_folder(out_dir: Path):
    """Create OUT, check that it can be written, and hold its writer lock
    for the whole run; every problem is a one-line error before the model
    loads."""
    from reports.errors import ReportError
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
    try:
        with locked(out_dir):
            yield
    except ReportError as exc:  # another run holds the folder
        raise click.ClickException(str(exc)) from None


COMMENT_COLUMNS = ["doc_id", "site", "title", "published", "year", "comment_index", "author", "posted_at", "text",
                   "tone", "tone_score", "p_negative", "p_neutral", "p_positive", "stance", "p_against", "p_none",
                   "p_favor", "n_mentions", "mentions", "evidence"]
ARTICLE_COLUMNS = ["doc_id", "path", "site", "title", "published", "year", "n_comments", "tone", "tone_score",
                   "p_negative", "p_neutral", "p_positive", "stance", "p_against", "p_none", "p_favor", "warnings"]


class StageClock:
    """Wall time per named stage; stages that interleave (split and score
    stream together) are timed separately by wrapping their calls."""

    def __init__(self):
        self.seconds: dict[str, float] = {}

    @contextmanager
    def __call__(self, name: str):
        start = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start

    def wrap(self, name, fn):
        def timed(*args, **kwargs):
            with self(name):
                return fn(*args, **kwargs)
        return timed

    def wrap_iter(self, name, iterator):
        while True:
            with self(name):
                item = next(iterator, _END)
            if item is _END:
                return
            yield item


_END = object()


def _frame(rows: list[dict], columns: list[str]):
    import pandas as pd

    frame = pd.DataFrame(rows, columns=columns)
    frame["year"] = frame["year"].astype("Int64")
    return frame
