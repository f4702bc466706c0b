"""Benchmark `readerstance split`: throughput and peak memory on a generated corpus.

    python benchmarks/bench_split.py [--pages 10000] [--html-pages 1000] [--per-folder 250]

Writes a corpus of invented text pages (several site formats, 0-8 comments
each) and one of invented HTML pages (WordPress markup, threaded, 0-8
comments) into temporary folders, then streams each through the code path
the CLI uses (`comments.iter_pages` -> `comments.page_to_dict` ->
`json.dumps`, written to os.devnull). It prints, for text and for HTML:

* throughput (pages/s, MB/s) for the full corpus, measured without tracing;
* peak traced Python memory (tracemalloc) for a quarter of the corpus and for
  all of it, and their ratio. Streaming keeps the ratio near 1: memory
  follows the largest page and the largest folder listing, not the corpus.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import comments  # noqa: E402

NAMES = ["Ayesha", "Bilal Khan", "Sara M", "Omar", "Hina from Lahore", "Daniel W", "Zain", "Fatima R"]
OPINIONS = [
    "Dialogue with Washington is the only sensible course; shouting helps nobody.",
    "The US uses us when it needs us and forgets us afterwards.",
    "Trade, not aid, should define this relationship.",
    "Another visit, another statement. Wake me when something changes.",
    "As an American reader I hope the people-to-people ties survive the politics.",
    "Our own leaders agreed to all of this; stop blaming others.",
]
PARAGRAPH = ("Officials from Pakistan and the United States met on {day} to discuss {topic}, "
             "and both sides described the talks as {tone}.")
TOPICS = ["trade", "visas", "border security", "energy", "education exchanges", "flood relief"]
TONES = ["frank", "cordial", "useful", "difficult"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _body(i: int) -> str:
    return "\n\n".join(
        PARAGRAPH.format(day=["Monday", "Tuesday", "Friday"][(i + k) % 3], topic=TOPICS[(i + k) % 6],
                         tone=TONES[(i + k) % 4])
        for k in range(4 + i % 5)
    )


def make_page(i: int) -> str:
    """Return the text of invented page number `i` (format, comment count and year vary with i)."""
    year, month, day = 2011 + i % 9, MONTHS[i % 12], 1 + i % 28
    n = i % 9
    opinions = [OPINIONS[(i + k) % len(OPINIONS)] for k in range(n)]
    title = f"Pakistan and US hold talks on {TOPICS[i % 6]} (no. {i})"
    kind = i % 5
    if kind == 0:  # Dawn
        parts = [title, f"Our Staff ReporterUpdated {month} {day}, {year}", _body(i),
                 f"Published in Dawn, {month} {day}, {year}", "PAK US TIES Pakistan"]
        parts += [f"{NAMES[k % 8]}\n{month} {day}, {year} 0{1 + k % 9}:{10 + k}am\n\n{op}" for k, op in enumerate(opinions)]
    elif kind == 1:  # Express Tribune
        lines = [title, _body(i).replace("\n\n", "\n"), f"Published in The Express Tribune, {month} {day}, {year}.",
                 f"COMMENTS ({n})", "Comments are moderated and generally will be posted if they are on-topic "
                 "and not abusive.", "For more information, please see our Comments FAQ", *opinions]
        return "\n".join(lines) + "\n"
    elif kind == 2:  # Pakistan Today / WordPress
        parts = [f"{title} | Pakistan Today", title, _body(i), "Related posts", f"{n} Comments;"]
        parts += [f"  {k + 1}. {NAMES[k % 8]} said:\n\n    {op}" for k, op in enumerate(opinions)]
        parts.append("Comments are closed.")
    elif kind == 3:  # Blogger
        parts = [title, f"Sunday, {month} {day}, {year}", _body(i), f"{n} comments:"]
        parts += [f"{NAMES[k % 8]} said...\n\n{op}\n\n{month} {day}, {year} at {1 + k % 12}:05 PM\nReply"
                  for k, op in enumerate(opinions)]
        parts += ["Post a Comment", "Newer Post Older Post Home"]
    else:  # no comments: republished story with furniture
        parts = [title, f"Published {month} {day}, {year}", _body(i), "1,204 views", "Share",
                 "Disclaimer: The views expressed in this piece are the writer's own.", "Related posts",
                 "US trade delegation due next month"]
    return "\n\n".join(parts) + "\n"


def make_html_page(i: int) -> str:
    """Return invented HTML page number `i`: a WordPress theme's article and
    comment list (every third comment a reply to the one before)."""
    year, month, day = 2011 + i % 9, MONTHS[i % 12], 1 + i % 28
    title = f"Pakistan and US hold talks on {TOPICS[i % 6]} (no. {i})"
    body = "".join(f"<p>{p}</p>" for p in _body(i).split("\n\n"))

    def comment(k: int, inner: str = "") -> str:
        return (f'<li id="comment-{k}" class="comment depth-1"><article class="comment-body"><footer class="comment-meta">'
                f'<div class="comment-author vcard"><img class="avatar" src="a.png"><b class="fn">{NAMES[k % 8]}</b> '
                f'<span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-{k}"><time '
                f'datetime="{year}-{1 + i % 12:02d}-{day:02d}T10:{10 + k}:00+00:00">{month} {day}, {year} at 10:{10 + k} am'
                f'</time></a></div></footer><div class="comment-content"><p>{OPINIONS[(i + k) % len(OPINIONS)]}</p></div>'
                f'<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article>{inner}</li>')

    items, k = [], 0
    while k < i % 9:
        reply = f'<ol class="children">{comment(k + 1)}</ol>' if k % 3 == 0 and k + 1 < i % 9 else ""
        items.append(comment(k, reply))
        k += 2 if reply else 1
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title} | Example Post</title>'
            f'<meta property="article:published_time" content="{year}-{1 + i % 12:02d}-{day:02d}T08:00:00+05:00">'
            f'</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>{title}</h1>'
            f'<p class="byline">By Staff Reporter</p><div class="entry-content">{body}</div></article>'
            f'<aside><h3>Related stories</h3><ul><li><a href="#">Trade delegation due</a></li></ul></aside>'
            f'<div id="comments"><ol class="comment-list">{"".join(items)}</ol><div id="respond"><h3>Leave a Reply'
            f'</h3><form><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div>'
            f'</div><footer>&copy; Example Post</footer></body></html>')


def write_corpus(root: Path, pages: int, per_folder: int, html: bool = False) -> list[Path]:
    """Write `pages` pages into folders of `per_folder`; return the folders in order."""
    folders = []
    for i in range(pages):
        if i % per_folder == 0:
            folders.append(root / f"batch_{i // per_folder:05d}")
            folders[-1].mkdir()
        name, text = (f"page_{i:06d}.html", make_html_page(i)) if html else (f"page_{i:06d}.txt", make_page(i))
        (folders[-1] / name).write_text(text, encoding="utf-8")
    return folders


def run(paths: list[Path]) -> tuple[int, int, int]:
    """Split `paths` exactly as `readerstance split` does; return (pages, errors, comments)."""
    pages = errors = n_comments = 0
    with open(os.devnull, "w", encoding="utf-8") as sink:
        for item in comments.iter_pages(paths):
            if isinstance(item, comments.PageError):
                errors += 1
                continue
            sink.write(json.dumps(comments.page_to_dict(item), ensure_ascii=False) + "\n")
            pages += 1
            n_comments += len(item.comments)
    return pages, errors, n_comments


def peak_memory(paths: list[Path]) -> int:
    tracemalloc.start()
    tracemalloc.reset_peak()
    run(paths)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=10_000, help="corpus size (default 10000)")
    parser.add_argument("--html-pages", type=int, default=1_000, help="HTML corpus size (default 1000)")
    parser.add_argument("--per-folder", type=int, default=250, help="pages per folder (default 250)")
    args = parser.parse_args(argv)
    if args.pages < 4 or args.html_pages < 4 or args.per_folder < 1:
        parser.error("--pages and --html-pages must be at least 4 and --per-folder at least 1")

    for kind, n in (("text", args.pages), ("HTML", args.html_pages)):
        with tempfile.TemporaryDirectory(prefix="bench_split_") as tmp:
            t0 = time.perf_counter()
            folders = write_corpus(Path(tmp), n, args.per_folder, html=kind == "HTML")
            size = sum(p.stat().st_size for f in folders for p in f.iterdir())
            print(f"{kind} corpus: {n} pages, {size / 1e6:.1f} MB in {len(folders)} folders "
                  f"(written in {time.perf_counter() - t0:.1f} s)")

            t0 = time.perf_counter()
            pages, errors, n_comments = run(folders)
            elapsed = time.perf_counter() - t0
            print(f"  split: {pages} pages, {n_comments} comments, {errors} errors in {elapsed:.2f} s "
                  f"-> {pages / elapsed:,.0f} pages/s, {size / 1e6 / elapsed:.1f} MB/s")

            quarter = folders[: max(1, len(folders) // 4)]
            small_pages = min(n, len(quarter) * args.per_folder)
            small, full = peak_memory(quarter), peak_memory(folders)
            print(f"  peak traced memory: {small / 1e6:.2f} MB for {small_pages} pages, "
                  f"{full / 1e6:.2f} MB for {n} pages (ratio {full / small:.2f})")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process max RSS: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
