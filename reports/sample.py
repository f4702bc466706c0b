"""Draw comments from a finished run for hand-coding (`readerstance sample`).

The coding file is blinded: it holds what a coder needs to read a comment
(article title, site, year, text) and the keys that join the coded rows back
to the run (`doc_id`, `comment_index`, `text_sha256`), never the model's
labels or probabilities. Each row carries its inclusion probability, so
estimates from a stratified sample can be weighted (`weight` = 1 / probability).

Stratified samples use equal allocation: each stratum (year, article or
predicted stance) gets the same number of comments, or all of its comments
when it has fewer, and what a small stratum leaves over goes to the others.
That gives rare years and labels enough coded comments to say something,
at the price of unequal inclusion probabilities, which the weights undo.
"""
from __future__ import annotations

import hashlib
import html

import numpy as np
import pandas as pd

from reports.errors import ReportInputError
from reports.vocabulary import UNKNOWN_YEAR

STRATA = ("year", "article", "stance")
# The columns of the coding file, in order; the last four are the coder's.
CODING_COLUMNS = ["row", "doc_id", "comment_index", "text_sha256", "site", "title", "year", "text", "stratum",
                  "inclusion_prob", "weight", "tone", "stance", "coder", "note"]


def text_sha256(text: str) -> str:
    """The key that ties a coded row to the exact comment text it was coded on."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _strata(comments: pd.DataFrame, stratify: str | None) -> pd.Series:
    if stratify is None:
        return pd.Series("all", index=comments.index)
    if stratify == "year":
        return comments["year"].map(lambda y: UNKNOWN_YEAR if pd.isna(y) else str(int(y)))
    if stratify == "article":
        return comments["doc_id"].astype(str)
    if stratify == "stance":
        return comments["stance"].astype(str)
    raise ValueError(f"stratify {stratify!r}: expected one of {', '.join(STRATA)} or None")


def allocate(sizes: dict[str, int], n: int) -> dict[str, int]:
    """Equal allocation of ``n`` draws over strata of these sizes: every
    stratum gets the same share, capped at its size, the remainder spread
    over the strata that still have comments (ties go to strata in name order)."""
    take = {k: 0 for k in sizes}
    left = min(n, sum(sizes.values()))
    while left > 0:
        open_ = sorted(k for k in sizes if take[k] < sizes[k])
        share, extra = divmod(left, len(open_))
        for i, k in enumerate(open_):
            add = min(share + (1 if i < extra else 0), sizes[k] - take[k])
            take[k] += add
            left -= add
    return take


def draw_sample(comments: pd.DataFrame, n: int, stratify: str | None = None, seed: int = 0) -> pd.DataFrame:
    """A blinded coding sheet of ``n`` comments (all of them when there are
    fewer), in random order, with CODING_COLUMNS.

    ``comments`` is a run's stored comment frame (`doc_id`, `comment_index`,
    `site`, `title`, `year`, `text`, and `stance` when stratifying by it).
    Raises ValueError for n < 1 or an unknown ``stratify``, ReportInputError
    when the run holds no comments."""
    if n < 1:
        raise ValueError(f"n {n}: expected at least 1 comment to sample")
    if comments.empty:
        raise ReportInputError("the run holds no comments to sample")
    strata = _strata(comments, stratify)
    sizes = strata.value_counts().to_dict()
    take = allocate(sizes, n)
    rng = np.random.default_rng(seed)
    picked, probs = [], []
    for name in sorted(take):
        members = np.flatnonzero((strata == name).to_numpy())
        chosen = rng.choice(members, size=take[name], replace=False) if take[name] else []
        picked.extend(chosen)
        probs.extend([take[name] / sizes[name]] * len(chosen))
    order = rng.permutation(len(picked))
    rows = comments.iloc[[picked[i] for i in order]]
    prob = np.array([probs[i] for i in order])
    sheet = pd.DataFrame({
        "row": np.arange(1, len(rows) + 1),
        "doc_id": rows["doc_id"].astype(str).to_numpy(),
        "comment_index": rows["comment_index"].astype(int).to_numpy(),
        "text_sha256": [text_sha256(t) for t in rows["text"]],
        "site": rows["site"].to_numpy(),
        "title": rows["title"].to_numpy(),
        "year": rows["year"].astype("Int64").to_numpy(),
        "text": rows["text"].to_numpy(),
        "stratum": strata.iloc[[picked[i] for i in order]].to_numpy(),
        "inclusion_prob": prob,
        "weight": 1 / prob,
    })
    for column in ("tone", "stance", "coder", "note"):
        sheet[column] = ""
    return sheet[CODING_COLUMNS]


_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Coding sheet: {n} comments</title>
<style>
body {{ font: 15px/1.45 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; color: #111; }}
article {{ border-top: 1px solid #999; padding: .8rem 0; break-inside: avoid; }}
.meta {{ color: #555; font-size: 13px; }}
.text {{ white-space: pre-wrap; margin: .5rem 0; }}
.boxes {{ font-size: 13px; }}
.boxes span {{ display: inline-block; margin-right: 1.2rem; }}
</style></head><body>
<h1>Coding sheet: {n} comments</h1>
<p>Code each comment for tone (negative / neutral / positive) and stance toward {target}
(against / none / favor) by the codebook (docs/codebook.md in readerstance). Enter the labels in
the CSV file with the same row numbers.</p>
{rows}
</body></html>
"""


def coding_page(sheet: pd.DataFrame, target: str = "the United States") -> str:
    """A printable, self-contained page of the sheet: each comment with its
    row number, article title, site and year, and boxes to tick."""
    items = []
    for r in sheet.itertuples(index=False):
        year = "year unknown" if pd.isna(r.year) else str(r.year)
        items.append(
            f'<article><div class="meta">Row {r.row} &middot; {html.escape(str(r.title) or "(no title)")} '
            f'&middot; {html.escape(str(r.site))} &middot; {year}</div>'
            f'<div class="text">{html.escape(str(r.text))}</div>'
            '<div class="boxes"><span>Tone: &#9744; negative &#9744; neutral &#9744; positive</span>'
            '<span>Stance: &#9744; against &#9744; none &#9744; favor</span></div></article>')
    return _PAGE.format(n=len(sheet), target=html.escape(target), rows="\n".join(items))


def write_coding_files(sheet: pd.DataFrame, csv_path, target: str = "the United States") -> tuple:
    """Write the sheet as CSV (UTF-8) and its printable page beside it (same
    name, .html), each atomically; return both paths. Page text in the CSV
    cannot run as a spreadsheet formula (`reports.store.neutralise_cell`);
    `read_coded` checks comments by their hash, not by this text."""
    from pathlib import Path

    from reports.store import neutralise_cell, write_atomic

    csv_path = Path(csv_path)
    page = csv_path.with_suffix(".html")
    safe = sheet.assign(**{c: sheet[c].map(neutralise_cell) for c in ("title", "text")})
    write_atomic(csv_path, lambda p: safe.to_csv(p, index=False, encoding="utf-8"))
    write_atomic(page, lambda p: p.write_text(coding_page(sheet, target), encoding="utf-8"))
    return csv_path, page
