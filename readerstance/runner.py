"""A run as one library call: split pages, score article and comments, and
publish the tables and the report. The `run` command, the benchmarks and the
Ray engine share it.

    from readerstance.runner import RunSettings, run
    result = run(inputs, Path("out"), model, RunSettings(engine="ray", workers=4))

On one machine (``engine="local"``) pages stream through the splitter and the
scorer in groups, and scores are committed to ``OUT/scores.sqlite`` as they
are computed, so a killed run resumes. On Ray (``engine="ray"``) each input
file is split and scored by an actor that loads the model once, and its
scored rows are written to ``OUT/scored/`` as one parquet partition per file,
keyed by the file's content, the model, the target and the splitter settings:
a run started again skips the partitions already written.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

SCORE_CACHE = "scores.sqlite"
SCORED_DIR = "scored"
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
    batch_pages: int = 8  # ray: pages per batch handed to an actor

    def __post_init__(self):
        if self.engine not in ENGINES:
            raise ValueError(f"engine={self.engine!r}: expected one of {', '.join(ENGINES)}")
        for name in ("n_boot", "workers", "cpus_per_worker", "batch_pages"):
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
    from reports.store import write_outputs

    target = model.load_target()
    clock = StageClock()
    if settings.engine == "ray":
        from .ray_engine import score_on_ray

        scored = score_on_ray(inputs, out_dir, model, target, settings, clock)
    else:
        scored = _score_locally(inputs, out_dir, model, target, settings, clock, progress)
    inputs.finish()
    if not scored.articles:
        raise RunError("no page could be read: nothing to report (see the errors above)")
    meta = {
        "model": scored.fingerprint, "precision": scored.precision, "target": target.name,
        "created_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "inputs": [printable(p) for p in inputs.paths], **inputs.summary(),
    }
    with clock("report"):
        written = write_outputs(scored.comment_frame(), scored.article_frame(), out_dir, meta,
                                n_boot=settings.n_boot, seed=settings.seed, raw_csv=settings.raw_csv)
    return RunResult(len(scored.articles), len(scored.comments), written, clock.seconds, scored.resumed,
                     scored.worker_peak_rss_mb)


@dataclass
class Scored:
    """Scored rows of a run, in input order, ready for the reports."""

    fingerprint: str
    precision: str
    articles: list[dict] = field(default_factory=list)
    comments: list[dict] = field(default_factory=list)
    resumed: int = 0
    worker_peak_rss_mb: float | None = None

    def comment_frame(self):
        from reports.aggregate import COMMENT_COLUMNS

        return frame(self.comments, COMMENT_COLUMNS)

    def article_frame(self):
        from reports.aggregate import ARTICLE_COLUMNS

        return frame(self.articles, ARTICLE_COLUMNS)


def _score_locally(inputs, out_dir: Path, model, target, settings: RunSettings, clock: "StageClock",
                   progress) -> Scored:
    from analysis.cache import ScoreCache, Scorer
    from analysis.pipeline import score_pages, scored_rows

    cache = ScoreCache(out_dir / SCORE_CACHE if settings.cache else None)
    with clock("load model"):
        classifier = model.classifier()
    scorer = Scorer(classifier, cache)
    scorer.score = clock.wrap("score", scorer.score)
    scored = Scored(classifier.fingerprint, classifier.precision)
    for sp in score_pages(clock.wrap_iter("split", inputs.pages()), scorer, target):
        article, rows = scored_rows(sp)
        scored.articles.append(article)
        scored.comments += rows
        if progress:
            progress(len(scored.articles), len(scored.comments))
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
