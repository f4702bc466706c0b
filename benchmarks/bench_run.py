"""`readerstance run` end to end on a generated corpus: 2,000 pages and
40,000 comments (all distinct, so the score cache cannot shortcut), with the
default model. Prints the time per stage (as `run` reports it) and the peak
memory of the run.

    python benchmarks/bench_run.py [--pages 2000] [--comments 40000]
"""
from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--comments", type=int, default=40000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, out = Path(tmp) / "pages", Path(tmp) / "out"
        corpus.mkdir()
        write_corpus(corpus, args.pages, args.comments)
        print(f"corpus: {args.pages} pages, {args.comments} comments")
        exe = Path(sys.executable).parent / "readerstance"
        for label in ("first run", "re-run (cache)"):
            start = time.perf_counter()
            done = subprocess.run([str(exe), "run", str(corpus), "--out", str(out), "--quiet"],
                                  capture_output=True, text=True)
            wall = time.perf_counter() - start
            if done.returncode:
                sys.exit(f"run failed ({done.returncode}):\n{done.stderr[-2000:]}")
            stages = done.stdout.strip().splitlines()[-1]
            print(f"{label}: {wall:.1f} s wall; {stages}")
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"peak memory (max RSS of the runs): {peak:.0f} MB")


if __name__ == "__main__":
    main()
