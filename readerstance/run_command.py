"""The `run` command: split, score and report in one go, resumably."""
from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import click

from analysis.errors import AnalysisError

from .analysis_commands import model_options
from .options import load_metadata_or_exit, read_pages

SCORE_CACHE = "scores.sqlite"


@click.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder for the CSV files, report.html and summary.json.")
@click.option("--metadata", type=click.Path(path_type=str), default=None,
              help="CSV with columns file,url,date,source; its date beats the page's own.")
@click.option("--n-boot", default=1000, show_default=True, type=click.IntRange(min=1),
              help="Bootstrap resamples for the 95% intervals.")
@click.option("--seed", default=0, show_default=True, type=int, help="Seed of the bootstrap.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@model_options
def run(inputs, out_dir, metadata, n_boot, seed, quiet, options):
    """Split pages, score article and comments, and write the report.

    INPUTS are page files or folders. Scores are committed to OUT/scores.sqlite
    as they are computed: after a kill, the same command continues where it
    stopped, and a re-run with unchanged inputs only re-renders.

    Example:

    \b
        readerstance run examples/pages --out out/
    """
    from tqdm import tqdm

    import comments as splitter
    from analysis.cache import ScoreCache, Scorer
    from analysis.pipeline import score_pages, scored_rows
    from reports.errors import ReportError
    from reports.store import write_outputs

    dates = load_metadata_or_exit(metadata)
    out_dir.mkdir(parents=True, exist_ok=True)
    failed: list = []
    n_files = sum(1 for p in splitter.iter_paths(inputs) if not isinstance(p, splitter.PageError))
    clock = StageClock()
    try:
        with clock("load model"):
            classifier = options.classifier()
            target = options.load_target()
        scorer = Scorer(classifier, ScoreCache(out_dir / SCORE_CACHE))
        scorer.score = clock.wrap("score", scorer.score)
        articles, comment_rows = [], []
        pages = clock.wrap_iter("split", read_pages(inputs, dates, failed))
        with tqdm(total=n_files, unit="page", disable=quiet, file=sys.stderr, desc="scoring") as bar:
            for sp in score_pages(pages, scorer, target):
                article, rows = scored_rows(sp)
                articles.append(article)
                comment_rows += rows
                bar.update(1)
                bar.set_postfix(comments=len(comment_rows), refresh=False)
    except AnalysisError as exc:
        raise click.ClickException(str(exc)) from None
    if not articles:
        raise click.ClickException("no page could be read: nothing to report (see the errors above)")
    meta = {
        "model": classifier.fingerprint, "target": target.name,
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "inputs": list(inputs), "failed": [{"path": e.path, "error": e.message} for e in failed],
    }
    try:
        with clock("report"):
            written = write_outputs(_frame(comment_rows, COMMENT_COLUMNS), _frame(articles, ARTICLE_COLUMNS),
                                    out_dir, meta, n_boot=n_boot, seed=seed)
    except (ReportError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{len(articles)} pages, {len(comment_rows)} comments scored; wrote "
               + ", ".join(p.name for p in written if not p.name.startswith("scored_")) + f" in {out_dir}")
    click.echo("time: " + ", ".join(f"{name} {sec:.1f}s" for name, sec in clock.seconds.items()))
    if failed:
        click.echo(f"{len(failed)} file(s) could not be read (listed above and in summary.json)", err=True)
        sys.exit(1)


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
