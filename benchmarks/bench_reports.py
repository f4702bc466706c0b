"""Time the reports stage (aggregation, bootstraps, rendering, writing) on
synthetic scored frames, and print peak memory.

Usage:

    .venv/bin/python benchmarks/bench_reports.py [--articles 2000] [--comments 40000]
        [--n-boot 1000] [--out DIR]

Nothing here loads a model: the frames imitate what the scoring pipeline
hands to `reports.store.write_outputs`.
"""
from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

from reports import aggregate, plots
from reports.render import render_html
from reports.store import write_derived, write_outputs

WORDS = ("the policy embassy trade deal election people government war oil talks "
         "minister market security aid president vote sanctions report crisis "
         "economy press treaty border summit").split()
ALIASES = ("USA", "America", "the US", "Washington")


def synthetic_frames(n_articles: int = 2000, n_comments: int = 40000,
                     seed: int = 0) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Scored (comments, articles) frames with the pipeline's columns.

    About 5% of articles are undated and 10% have no comments; comment counts
    per article are skewed, as on real news sites.
    """
    rng = np.random.default_rng(seed)
    doc_ids = [f"doc{i:05d}" for i in range(n_articles)]
    years = rng.integers(2008, 2020, n_articles)
    undated = rng.random(n_articles) < 0.05
    published = [None if u else f"{y}-{rng.integers(1, 13):02d}-{rng.integers(1, 29):02d}"
                 for y, u in zip(years, undated)]
    weights = rng.pareto(1.5, n_articles) + 0.2
    weights[rng.random(n_articles) < 0.10] = 0
    owner = rng.choice(n_articles, size=n_comments, p=weights / weights.sum())
    owner.sort()

    def probabilities(n):
        logits = rng.normal(0, 1.6, size=(n, 3))
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)

    art_tone, art_stance = probabilities(n_articles), probabilities(n_articles)
    tone_labels = np.array(aggregate.TONE_LABELS)
    stance_labels = np.array(aggregate.STANCE_LABELS)
    articles = pd.DataFrame({
        "doc_id": doc_ids,
        "path": [f"pages/{d}.html" for d in doc_ids],
        "site": rng.choice(["dawn.example", "thenews.example", "tribune.example"], n_articles),
        "title": [" ".join(rng.choice(WORDS, 7)).capitalize() for _ in range(n_articles)],
        "published": published,
        "year": pd.array([None if u else int(y) for y, u in zip(years, undated)], dtype="Int64"),
        "n_comments": np.bincount(owner, minlength=n_articles),
        "tone": tone_labels[art_tone.argmax(axis=1)],
        "tone_score": art_tone[:, 2] - art_tone[:, 0],
        "p_negative": art_tone[:, 0], "p_neutral": art_tone[:, 1], "p_positive": art_tone[:, 2],
        "stance": stance_labels[art_stance.argmax(axis=1)],
        "p_against": art_stance[:, 0], "p_none": art_stance[:, 1], "p_favor": art_stance[:, 2],
        "warnings": "[]",
    })
    tone, stance = probabilities(n_comments), probabilities(n_comments)
    texts, mentions, evidence = [], [], []
    for i in range(n_comments):
        words = list(rng.choice(WORDS, rng.integers(8, 60)))
        spans = []
        if rng.random() < 0.4:
            alias = str(rng.choice(ALIASES))
            at = int(rng.integers(0, len(words)))
            prefix = " ".join(words[:at]) + (" " if at else "")
            spans.append([len(prefix), len(prefix) + len(alias), alias])
            words.insert(at, alias)
        text = " ".join(words)
        text = text[0].upper() + text[1:]  # same length, so the spans stay valid
        texts.append(text + ".")
        mentions.append(json.dumps(spans))
        evidence.append(json.dumps([text[:80]]) if len(words) > 50 else "[]")
    comment_index = np.concatenate([np.arange(c) for c in np.bincount(owner, minlength=n_articles)])
    art = articles.iloc[owner].reset_index(drop=True)
    comments = pd.DataFrame({
        "doc_id": art["doc_id"], "site": art["site"], "title": art["title"],
        "published": art["published"], "year": art["year"],
        "comment_index": comment_index,
        "author": [f"reader{k}" for k in rng.integers(0, 5000, n_comments)],
        "posted_at": None, "posted_at_parsed": None,
        "text": texts,
        "tone": tone_labels[tone.argmax(axis=1)], "tone_score": tone[:, 2] - tone[:, 0],
        "p_negative": tone[:, 0], "p_neutral": tone[:, 1], "p_positive": tone[:, 2],
        "stance": stance_labels[stance.argmax(axis=1)],
        "p_against": stance[:, 0], "p_none": stance[:, 1], "p_favor": stance[:, 2],
        "n_mentions": [len(json.loads(m)) for m in mentions],
        "mentions": mentions, "evidence": evidence,
    })
    return comments, articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--comments", type=int, default=40000)
    parser.add_argument("--n-boot", type=int, default=1000)
    parser.add_argument("--out", type=Path, default=None,
                        help="where to write the outputs (default: a temporary directory)")
    args = parser.parse_args()
    comments, articles = synthetic_frames(args.articles, args.comments)
    meta = {"model": "synthetic", "target": "the United States", "created_at": "benchmark"}
    out = args.out or Path(tempfile.mkdtemp(prefix="bench_reports_"))
    n_boot = args.n_boot
    timings = []

    def timed(name, fn):
        start = time.perf_counter()
        result = fn()
        timings.append((name, time.perf_counter() - start))
        return result

    art = timed("article_table (bootstrap per article)",
                lambda: aggregate.article_table(articles, comments, n_boot))
    years = timed("year_table (cluster bootstrap per year)",
                  lambda: aggregate.year_table(articles, comments, n_boot))
    head = timed("headline (cluster bootstrap, all comments)",
                 lambda: aggregate.headline(articles, comments, n_boot))
    timed("comments_table", lambda: aggregate.comments_table(comments))
    stances = comments["stance"].value_counts().to_dict()
    tables = aggregate.ReportTables(art, years, head, comments, stances, n_boot, 0)
    for name in ("tone_by_year_svg", "stance_by_year_svg"):
        timed(f"plot {name}", lambda name=name: getattr(plots, name)(years))
    timed("plot article_vs_reader_svg", lambda: plots.article_vs_reader_svg(art))
    timed("plot stance_distribution_svg",
          lambda: plots.stance_distribution_svg(stances, articles["stance"].value_counts().to_dict()))
    page = timed("render_html (plots included)",
                 lambda: render_html(tables, comments, articles, meta))
    timed("write_outputs end to end", lambda: write_outputs(comments, articles, out, meta, n_boot))
    # after write_outputs: the derived files are published beside the stored scores it wrote
    timed("write derived files", lambda: write_derived(tables, page, out, meta))
    # Tracing slows allocation-heavy code several times over, so memory is
    # measured on a separate run whose time is not reported.
    tracemalloc.start()
    write_outputs(comments, articles, out, meta, n_boot)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"{len(articles):,} articles, {len(comments):,} comments, n_boot={n_boot}, out={out}")
    for name, seconds in timings:
        print(f"  {name:<45} {seconds:8.3f} s")
    sizes = {p.name: p.stat().st_size for p in sorted(out.iterdir()) if not p.name.startswith(".")}
    for name, size in sizes.items():
        print(f"  {name:<45} {size / 1e6:8.2f} MB")
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  peak traced memory of write_outputs         {traced_peak / 1e6:8.1f} MB")
    print(f"  peak RSS of the process                     {peak_rss:8.1f} MB")


if __name__ == "__main__":
    main()
