"""`run --engine ray`: split and score on a Ray cluster.

Input files become a Ray Dataset; ``map_batches`` hands them, a few pages at
a time, to a pool of actors (``ray.data.ActorPoolStrategy``), each holding one
classifier and scoring with the same functions as the local path
(``analysis.pipeline.score_pages`` and ``scored_rows``). An actor writes each
file's scored rows as a parquet partition under ``OUT/scored/``, keyed by a
hash of the file's bytes, its path, the model, the target, its metadata row
and the splitter settings, and the article partition last (a partition is
complete when it exists). A run started again skips complete partitions,
so nothing is scored twice and nothing already scored is lost. The driver
then reads the article partitions in input order and builds the tables and
the report exactly as the local path does, reading the comment partitions
back a batch of pages at a time (``readerstance.runner.PartFiles``).
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import resource
from pathlib import Path

from .runner import SCORED_DIR, PartFiles, RunError, Scored, StageClock, concat_parts


def partition_keys(files: list[str], model, target, metadata, settings) -> list[str]:
    """What each file's scores depend on, hashed: its bytes, its path (in the
    rows), its metadata row, and the model, target, read settings and release
    shared by every file."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("readerstance")
    except PackageNotFoundError:
        release = "source"
    shared = json.dumps({"model": {k: str(v) for k, v in dataclasses.asdict(model).items()},
                         "target": target.fingerprint, "settings": dataclasses.asdict(settings),
                         "release": release}, sort_keys=True).encode()
    keys = []
    for path in files:
        digest = hashlib.sha256(shared)
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        row = metadata.lookup(path) if metadata is not None else None
        own = [str(path), None if row is None else [str(row.date), row.date_precision, row.url, row.source]]
        digest.update(json.dumps(own).encode())
        keys.append(digest.hexdigest()[:40])
    return keys


def partition_paths(root: Path, key: str) -> tuple[Path, Path]:
    """(articles, comments) parquet files of one partition, sharded by the key's first two characters."""
    folder = root / key[:2]
    return folder / f"{key}.articles.parquet", folder / f"{key}.comments.parquet"


# What the CLI sets to keep model-loading chatter out of its output; actors
# do not inherit the driver's environment, so they get these passed.
_DRIVER_ENV = ("TRANSFORMERS_VERBOSITY", "HF_HUB_DISABLE_PROGRESS_BARS")


class PageScorer:
    """A Ray actor: one classifier, scoring batches of page files into partitions."""

    def __init__(self, model, metadata, settings, root: str, threads: int, env: dict):
        os.environ.update(env)  # before transformers is imported here: the driver's quiet settings

        import torch

        from analysis.cache import Scorer

        torch.set_num_threads(threads)  # the actor's CPUs; Ray runs several actors side by side
        self.classifier = model.classifier()
        self.scorer = Scorer(self.classifier, _NoCache())
        self.target = model.load_target()
        self.metadata, self.settings, self.root = metadata, settings, Path(root)

    def __call__(self, batch: dict) -> dict:
        from comments import PageError, split_file

        from analysis.pipeline import score_pages, scored_rows
        from .runner import frame
        from reports.aggregate import ARTICLE_COLUMNS, COMMENT_COLUMNS

        out = {"path": [], "key": [], "error": [], "peak_rss_mb": []}
        read = []
        for path, key in zip(batch["path"], batch["key"]):
            try:
                read.append((str(path), str(key), split_file(str(path), self.metadata, self.settings)))
            except PageError as exc:
                self._status(out, path, key, exc.message)
        for (path, key, _), sp in zip(read, score_pages([p for _, _, p in read], self.scorer, self.target)):
            article, rows = scored_rows(sp)
            articles_file, comments_file = partition_paths(self.root, key)
            articles_file.parent.mkdir(parents=True, exist_ok=True)
            _write_atomic(frame(rows, COMMENT_COLUMNS), comments_file)
            stored = frame([article], ARTICLE_COLUMNS).assign(model=self.classifier.fingerprint,
                                                              precision=self.classifier.precision)
            _write_atomic(stored, articles_file)  # last: the partition is complete
            self._status(out, path, key, "")
        return out

    @staticmethod
    def _status(out: dict, path, key, error: str) -> None:
        out["path"].append(str(path))
        out["key"].append(str(key))
        out["error"].append(error)
        out["peak_rss_mb"].append(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


class _NoCache:
    """The partitions are the store on Ray: an actor keeps no scores in memory."""

    def get_many(self, model, target, keys) -> dict:
        return {}

    def put_many(self, model, target, items) -> None:
        pass


def _write_atomic(table, path: Path) -> None:
    temporary = path.with_name(path.name + f".tmp-{os.getpid()}")
    table.to_parquet(temporary, index=False)
    os.replace(temporary, path)


def score_on_ray(inputs, out_dir: Path, model, target, settings, clock: StageClock) -> Scored:
    """Score every page file of `inputs` on Ray (see the module's docstring) and
    return the rows in input order. Files that cannot be read are reported
    through `inputs`."""
    import ray

    from comments import PageError
    from comments.reader import unique_doc_id

    root = out_dir / SCORED_DIR
    with clock("list"):
        files = list(inputs.files())
        keys = partition_keys(files, model, target, inputs.metadata, inputs.settings)
        todo = [(f, k) for f, k in zip(files, keys) if not partition_paths(root, k)[0].exists()]
    statuses: list[dict] = []
    with clock("score"):
        if not ray.is_initialized():
            ray.init(address=settings.address,
                     num_cpus=None if settings.address else settings.workers * settings.cpus_per_worker,
                     include_dashboard=False, log_to_driver=True, ignore_reinit_error=True)
        if todo:
            actors = min(settings.workers, len(todo))
            # several blocks per actor, so that every actor gets pages to score
            dataset = ray.data.from_items([{"path": f, "key": k} for f, k in todo],
                                          override_num_blocks=min(len(todo), 4 * actors))
            scored = dataset.map_batches(
                PageScorer, batch_size=settings.batch_pages, batch_format="numpy",
                compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=settings.cpus_per_worker,
                fn_constructor_kwargs={"model": model, "metadata": inputs.metadata, "settings": inputs.settings,
                                       "root": str(root), "threads": settings.cpus_per_worker,
                                       "env": {k: os.environ[k] for k in _DRIVER_ENV if k in os.environ}})
            statuses = scored.take_all()
    failed = {s["path"]: s["error"] for s in statuses if s["error"]}
    with clock("collect"):
        kept = []
        for path, key in zip(files, keys):
            if path in failed:
                inputs.fail(PageError(path, failed[path]))
            elif not partition_paths(root, key)[0].exists():
                raise RunError(f"{path}: a Ray worker wrote no scores for this page; run the same command again "
                               f"to score what is missing (partitions already written in {root} are kept)")
            else:
                kept.append(key)
        articles = _read_all([partition_paths(root, k)[0] for k in kept]).to_dict("records")
        # one model: the key holds its settings
        result = Scored("+".join(sorted({a.pop("model") for a in articles})),
                        "+".join(sorted({a.pop("precision") for a in articles})))
        seen: set[str] = set()
        renamed = []
        for article in articles:
            doc_id, note = unique_doc_id(article["doc_id"], article["path"], seen)
            renamed.append(doc_id if note else None)
            if note:
                article["doc_id"] = doc_id
                article["warnings"] = json.dumps(json.loads(article["warnings"]) + [note], ensure_ascii=False)
        result.articles = articles
        result.comments = PartFiles([partition_paths(root, k)[1] for k in kept], settings.batch_rows, renamed)
        inputs.n_pages = len(result.articles)
    result.resumed = len(files) - len(todo)
    result.worker_peak_rss_mb = max((s["peak_rss_mb"] for s in statuses), default=None)
    return result


def _read_all(files: list[Path]):
    """The rows of parquet files, file after file in the given order, read in one pass."""
    import pandas as pd
    import pyarrow.parquet as pq

    return concat_parts([pq.read_table(f) for f in files]) if files else pd.DataFrame()
