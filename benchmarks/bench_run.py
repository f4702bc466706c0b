"""`readerstance run` end to end on a generated corpus: 2,000 pages and
40,000 comments (all distinct, so no cache can shortcut), with the default
model, through the library entry point (`readerstance.runner.run`). Prints the
time per stage and the peak memory of each run.

    python benchmarks/bench_run.py [--pages 2000] [--comments 40000]
    python benchmarks/bench_run.py --engine ray [--workers 2] [--cpus-per-worker 1] [--doubled]

With --engine ray the local engine runs first on the same corpus, in the same
invocation, and the ratio of the two wall times is printed; the driver's peak
memory is the Ray driver process's, the workers' is the largest actor's.
--doubled also runs Ray on twice the corpus, to show whether the driver's
memory stays flat.

    python benchmarks/bench_run.py --report-only [--comments 200000]

--report-only times the driver's last stage alone, without a model: the
tables, the stored scores and the report written from generated scored rows
in parquet files (as the local spool and Ray's partitions hold them), read
back a batch at a time (`readerstance.runner.PartFiles`), for the given
number of comments and for twice as many, each in a fresh process; it prints
each peak and their ratio, beside the same stage given one frame of every
comment.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]

from bench_score import make_comments  # noqa: E402
from bench_split import NAMES, _body  # noqa: E402

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def write_corpus(root: Path, pages: int, comments: int, seed: int = 0) -> None:
    """Dawn-style pages; comment counts vary (0 to twice the mean) and sum to `comments`."""
    rng = random.Random(seed)
    mean = comments / pages
    counts = [rng.randint(0, int(2 * mean)) for _ in range(pages)]
    counts[-1] += comments - sum(counts)
    while counts[-1] < 0:  # rebalance a negative remainder
        i = rng.randrange(pages - 1)
        if counts[i]:
            counts[i] -= 1
            counts[-1] += 1
    texts = iter(f"{t} ({k})" for k, t in enumerate(make_comments(comments, seed)))
    for i, n in enumerate(counts):
        year, month, day = 2011 + i % 9, MONTHS[i % 12], 1 + i % 28
        parts = [f"Pakistan and US officials meet again (no. {i})", f"Our Staff ReporterUpdated {month} {day}, {year}",
                 _body(i), f"Published in Dawn, {month} {day}, {year}", "PAK US TIES Pakistan"]
        parts += [f"{NAMES[k % len(NAMES)]}\n{month} {day}, {year} 0{1 + k % 9}:{10 + k % 50}am\n\n{next(texts)}"
                  for k in range(n)]
        (root / f"page_{i:05d}.txt").write_text("\n\n".join(parts) + "\n", encoding="utf-8")


def run_once(engine: str, corpus: Path, out: Path, workers: int, cpus: int = 1) -> dict:
    """One run in this process (called in a child process, so that its peak
    memory is the run's own); returns what `run` reports."""
    import comments
    from readerstance.options import InputOptions, ModelOptions
    from readerstance.runner import RunSettings, run

    inputs = InputOptions((str(corpus),), comments.SplitSettings())
    start = time.perf_counter()
    result = run(inputs, out, ModelOptions(), RunSettings(engine=engine, workers=workers, cpus_per_worker=cpus))
    return {"engine": engine, "wall": time.perf_counter() - start, "pages": result.n_pages,
            "comments": result.n_comments, "seconds": result.seconds, "resumed": result.resumed,
            "driver_peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "worker_peak_mb": result.worker_peak_rss_mb}


def in_child(function: str, *args) -> dict:
    """`function(*args)` of this module run in a fresh Python process (so that
    its peak memory is its own); returns what it returned (a JSON object)."""
    code = (f"import json, sys; sys.path[:0] = {[str(ROOT), str(Path(__file__).parent)]!r}; "
            f"from pathlib import PosixPath; import bench_run; "
            f"print(json.dumps(bench_run.{function}(*{args!r})))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"{function}{args} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def child(engine: str, corpus: Path, out: Path, workers: int, cpus: int = 1) -> dict:
    return in_child("run_once", engine, corpus, out, workers, cpus)


def report_once(parts: Path, out: Path, streamed: bool) -> dict:
    """The report stage of a run on stored scored rows, in this process (called in a child)."""
    import pandas as pd

    from readerstance.runner import PartFiles
    from reports.store import write_outputs

    articles = pd.read_parquet(parts / "articles.parquet")
    files = sorted(parts.glob("comments-*.parquet"))
    start = time.perf_counter()
    comments = PartFiles(files, 10_000) if streamed else pd.concat(list(PartFiles(files, 10_000)), ignore_index=True)
    write_outputs(comments, articles, out, {"model": "synthetic", "target": "the United States"})
    return {"wall": time.perf_counter() - start, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "comments": int(articles["n_comments"].sum()), "articles": len(articles)}


def write_parts(root: Path, n_comments: int, rows_per_file: int = 2000) -> None:
    """Generated scored rows (benchmarks/bench_reports.py) as the spool stores
    them, parquet files of whole pages: blocks of 2,000 pages and 40,000
    comments, each drawn with its own seed, so that twice the comments are
    twice as many pages of the same kind (the largest page does not grow)."""
    import pandas as pd
    from bench_reports import synthetic_frames

    root.mkdir()
    blocks, k = [], 0
    for block in range(max(1, n_comments // 40_000)):
        comments, articles = synthetic_frames(2000, 40_000, seed=block)
        for frame in (comments, articles):
            frame["doc_id"] = f"b{block}-" + frame["doc_id"]
        blocks.append(articles)
        ends = articles["n_comments"].cumsum().to_numpy()
        start = 0
        while start < len(comments):
            stop = int(ends[min(len(ends) - 1, ends.searchsorted(start + rows_per_file))])
            comments.iloc[start:stop].to_parquet(root / f"comments-{k:06d}.parquet", index=False)
            start, k = stop, k + 1
    pd.concat(blocks, ignore_index=True).to_parquet(root / "articles.parquet", index=False)


def report_only(n_comments: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        peaks = {}
        for n in (n_comments, 2 * n_comments):
            parts = Path(tmp) / f"parts{n}"
            write_parts(parts, n)
            for streamed in (True, False):
                r = in_child("report_once", parts, Path(tmp) / f"out{n}{streamed}", streamed)
                peaks[n, streamed] = r["peak_mb"]
                print(f"report stage, {r['comments']:,} comments on {r['articles']:,} articles, "
                      f"{'batches read from parquet' if streamed else 'one frame of every comment'}: "
                      f"{r['wall']:.1f} s, peak {r['peak_mb']:.0f} MB", flush=True)
        for streamed, name in ((True, "batches"), (False, "one frame")):
            print(f"{name}: peak for twice the comments / peak: "
                  f"{peaks[2 * n_comments, streamed] / peaks[n_comments, streamed]:.2f}x")


def show(label: str, r: dict) -> None:
    stages = ", ".join(f"{k} {v:.1f}s" for k, v in r["seconds"].items())
    workers = f", workers' peak {r['worker_peak_mb']:.0f} MB" if r["worker_peak_mb"] else ""
    print(f"{label}: {r['wall']:.1f} s wall ({stages}); {r['pages']} pages, {r['comments']} comments; "
          f"driver peak {r['driver_peak_mb']:.0f} MB{workers}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--comments", type=int, default=40000)
    parser.add_argument("--engine", choices=("local", "ray"), default="local")
    parser.add_argument("--workers", type=int, default=2, help="Ray actors")
    parser.add_argument("--cpus-per-worker", type=int, default=1, help="CPUs (torch threads) of each actor")
    parser.add_argument("--doubled", action="store_true", help="with --engine ray: also run on twice the corpus")
    parser.add_argument("--report-only", action="store_true",
                        help="only the driver's report stage, no model, on --comments and twice as many (default 200,000)")
    args = parser.parse_args()
    if args.report_only:
        report_only(args.comments if args.comments != parser.get_default("comments") else 200_000)
        return
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "pages"
        corpus.mkdir()
        write_corpus(corpus, args.pages, args.comments)
        print(f"corpus: {args.pages} pages, {args.comments} comments")
        local = child("local", corpus, Path(tmp) / "local", args.workers)
        show("local", local)
        if args.engine == "local":
            show("local re-run (cache)", child("local", corpus, Path(tmp) / "local", args.workers))
            return
        distributed = child("ray", corpus, Path(tmp) / "ray", args.workers, args.cpus_per_worker)
        show(f"ray ({args.workers} workers x {args.cpus_per_worker} CPU)", distributed)
        print(f"ray / local wall time: {distributed['wall'] / local['wall']:.2f}x (goal: at most 1.3x on one machine)")
        show("ray re-run (partitions)", child("ray", corpus, Path(tmp) / "ray", args.workers, args.cpus_per_worker))
        if args.doubled:
            bigger = Path(tmp) / "pages2"
            bigger.mkdir()
            write_corpus(bigger, 2 * args.pages, 2 * args.comments, seed=1)
            doubled = child("ray", bigger, Path(tmp) / "ray2", args.workers, args.cpus_per_worker)
            show(f"ray on {2 * args.pages} pages", doubled)
            print(f"driver peak, doubled / single corpus: {doubled['driver_peak_mb'] / distributed['driver_peak_mb']:.2f}x")


if __name__ == "__main__":
    main()
