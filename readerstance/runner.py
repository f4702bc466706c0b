"""A run as one library call: split pages, score article and comments, and
publish the tables and the report. The `run` command, the benchmarks and the
Ray engine share it.

    from readerstance.runner import RunSettings, run
    result = run(inputs, Path("out"), model, RunSettings(engine="ray", workers=4))

On one machine (``engine="local"``) pages stream through the splitter and the
scorer in groups, and scores are committed to ``OUT/scores.sqlite`` as they
are computed, so a killed run resumes; the scored comment rows go to parquet
files in a spool folder (``OUT/.spool-*``, deleted when the run ends), so
that memory does not grow with the number of comments. On Ray (``engine="ray"``) each input
file is split and scored by an actor that loads the model once, and its
scored rows are written to ``OUT/scored/`` as one parquet partition per file,
keyed by the file's content, the model, the target and the splitter settings:
a run started again skips the partitions already written. Either way the
tables and the report are built from those files, read back a batch of
whole pages at a time (`PartFiles`): the driver never holds every comment.
"""
from __future__ import annotations

import shutil
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

SCORE_CACHE = "scores.sqlite"
SCORED_DIR = "scored"
SPOOL_PREFIX = ".spool-"
ENGINES = ("local", "ray")


class RunError(Exception):
    """A run cannot go on (no page readable, a worker failed); the message says why."""


@dataclass(frozen=True)
class RunSettings:
    """How a run works; validated when built."""

    n_boot: int = 1000
    seed: int = 0
    cache: bool = True  # local engine: keep scores in OUT/scores.sqlite (resumable)
    raw_csv: bool = False
    engine: str = "local"
    address: str | None = None  # ray: an existing cluster ("auto", "ray://host:10001"); None starts one here
    workers: int = 2  # ray: actors, each with one model
    cpus_per_worker: int = 1  # ray: CPUs (and torch threads) of each actor
    batch_pages: int = 32  # ray: pages per batch handed to an actor (as many as the local engine scores at once)
    batch_rows: int = 10_000  # scored comment rows the driver holds at a time (whole pages: a batch may hold more)

    def __post_init__(self):
        if self.engine not in ENGINES:
            raise ValueError(f"engine={self.engine!r}: expected one of {', '.join(ENGINES)}")
        for name in ("n_boot", "workers", "cpus_per_worker", "batch_pages", "batch_rows"):
            if getattr(self, name) < 1:
                raise ValueError(f"{name}={getattr(self, name)!r}: must be at least 1")
        if self.address is not None and self.engine != "ray":
            raise ValueError("address is only used with engine='ray'")


@dataclass
class RunResult:
    """What a run did: counts, the files published, seconds per stage."""

    n_pages: int
    n_comments: int
    written: list[Path]
    seconds: dict[str, float]
    resumed: int = 0  # pages whose scores were already stored (cache hits count per text, not here)
    worker_peak_rss_mb: float | None = None  # ray: the largest worker's peak resident memory


def run(inputs, out_dir: Path, model, settings: RunSettings,
        progress: Callable[[int, int], None] | None = None) -> RunResult:
    """Split, score and publish the pages of `inputs` (an ``InputOptions``)
    into `out_dir` with the classifier `model` describes (a ``ModelOptions``).

    ``progress(pages, comments)`` is called as pages finish (local engine; Ray
    shows its own progress). Unreadable files are reported through `inputs`
    and skipped. Raises RunError when no page could be read, AnalysisError for
    model or target problems, ReportError/ValueError for output problems and
    OSError when `out_dir` cannot be written (the previous results are then
    intact).
    """
    from comments import printable
    from reports.resultset import locked
    from reports.store import write_outputs

    target = model.load_target()
    clock = StageClock()
    with locked(out_dir), _spool(out_dir) as spool:
        if settings.engine == "ray":
            from .ray_engine import score_on_ray

            scored = score_on_ray(inputs, out_dir, model, target, settings, clock)
        else:
            scored = _score_locally(inputs, out_dir, spool, model, target, settings, clock, progress)
        inputs.finish()
        if not scored.articles:
            raise RunError("no page could be read: nothing to report (see the errors above)")
        meta = {
            "model": scored.fingerprint, "precision": scored.precision, "target": target.name,
            "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "inputs": [printable(p) for p in inputs.paths], **inputs.summary(),
        }
        with clock("report"):
            written = write_outputs(scored.comments, scored.article_frame(), out_dir, meta,
                                    n_boot=settings.n_boot, seed=settings.seed, raw_csv=settings.raw_csv)
    return RunResult(len(scored.articles), scored.n_comments, written, clock.seconds, scored.resumed,
                     scored.worker_peak_rss_mb)


@contextmanager
def _spool(out_dir: Path):
    """A fresh spool folder in `out_dir` for the run's scored rows, deleted
    afterwards; spools a killed run left behind are deleted first (the
    caller holds the folder's lock, so no live run owns them)."""
    for stale in out_dir.glob(f"{SPOOL_PREFIX}*"):
        shutil.rmtree(stale, ignore_errors=True)
    folder = Path(tempfile.mkdtemp(prefix=SPOOL_PREFIX, dir=out_dir))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class Scored:
    """Scored rows of a run, in input order, ready for the reports: the
    articles in memory, the comments as batches read from disk."""

    fingerprint: str
    precision: str
    articles: list[dict] = field(default_factory=list)
    comments: "PartFiles | None" = None
    resumed: int = 0
    worker_peak_rss_mb: float | None = None

    @property
    def n_comments(self) -> int:
        return sum(int(a["n_comments"]) for a in self.articles)

    def article_frame(self):
        from reports.aggregate import ARTICLE_COLUMNS

        return frame(self.articles, ARTICLE_COLUMNS)


class PartFiles:
    """Scored comment rows stored as parquet files, each holding whole pages,
    in input order; iterating reads them back (again on every pass) as
    frames of COMMENT_COLUMNS of at least `batch_rows` rows, whole files
    each. `doc_ids[k]`, when given and not None, replaces the doc_id of
    every row of `files[k]` (a page renamed after it was stored)."""

    def __init__(self, files: list[Path], batch_rows: int, doc_ids: list | None = None):
        self.files, self.doc_ids, self.batch_rows = files, doc_ids, batch_rows

    def __iter__(self):
        import pyarrow as pa
        import pyarrow.parquet as pq

        tables, rows = [], 0
        for k, path in enumerate(self.files):
            table = pq.read_table(path)
            if self.doc_ids is not None and self.doc_ids[k] is not None:
                i = table.schema.get_field_index("doc_id")
                table = table.set_column(i, "doc_id", pa.array([self.doc_ids[k]] * len(table), table.schema.field(i).type))
            tables.append(table)
            rows += len(table)
            if rows >= self.batch_rows:
                yield self._frame(tables)
                tables, rows = [], 0
        if tables:
            yield self._frame(tables)

    @staticmethod
    def _frame(tables):
        from reports.aggregate import COMMENT_COLUMNS

        out = concat_parts(tables).reindex(columns=list(COMMENT_COLUMNS))
        out["year"] = out["year"].astype("Int64")
        return out


def concat_parts(tables):
    """Arrow tables of stored rows, one after the other, as one DataFrame."""
    import pyarrow as pa

    # a page without comments stores all-null columns: promote them to the others' types
    return pa.concat_tables(tables, promote_options="default").to_pandas()


class _Spool:
    """Scored comment rows of the local engine, written to `folder` as parquet
    files of at least `batch_rows` rows (whole pages each)."""

    def __init__(self, folder: Path, batch_rows: int):
        self.folder, self.batch_rows = folder, batch_rows
        self.files: list[Path] = []
        self.rows: list[dict] = []

    def add(self, rows: list[dict]) -> None:
        self.rows += rows
        if len(self.rows) >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        from reports.aggregate import COMMENT_COLUMNS

        path = self.folder / f"comments-{len(self.files):06d}.parquet"
        frame(self.rows, COMMENT_COLUMNS).to_parquet(path, index=False)
        self.files.append(path)
        self.rows = []


def _score_locally(inputs, out_dir: Path, spool_dir: Path, model, target, settings: RunSettings,
                   clock: "StageClock", progress) -> Scored:
    from analysis.cache import ScoreCache, Scorer
    from analysis.pipeline import score_pages, scored_rows

    cache = ScoreCache(out_dir / SCORE_CACHE if settings.cache else None)
    with clock("load model"):
        classifier = model.classifier()
    scorer = Scorer(classifier, cache)
    scorer.score = clock.wrap("score", scorer.score)
    scored = Scored(classifier.fingerprint, classifier.precision)
    spool = _Spool(spool_dir, settings.batch_rows)
    n_comments = 0
    for sp in score_pages(clock.wrap_iter("split", inputs.pages()), scorer, target):
        article, rows = scored_rows(sp)
        scored.articles.append(article)
        spool.add(rows)
        n_comments += len(rows)
        if progress:
            progress(len(scored.articles), n_comments)
    if spool.rows or not spool.files:
        spool.flush()
    scored.comments = PartFiles(spool.files, settings.batch_rows)
    return scored


def frame(rows: list[dict], columns):
    """Rows -> a DataFrame with exactly `columns`, ``year`` as nullable integers."""
    import pandas as pd

    out = pd.DataFrame(rows, columns=list(columns))
    out["year"] = out["year"].astype("Int64")
    return out


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
