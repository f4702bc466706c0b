"""Per-article, per-year and headline tables from scored comments and articles.

Every function here is pure: DataFrames in, a new DataFrame (or dict) out, the
inputs untouched, the result fixed by `seed`.

Comments come as one DataFrame or as batches (`comment_batches`): a
re-iterable sequence of frames, each holding every comment of the articles it
touches, read one at a time. The tables need only per-article sums and each
article's own comments, so a corpus of millions of comments is aggregated
without ever holding them all in memory; the result is the same as for one
frame of all of them.

Bootstrap intervals
-------------------
Every interval is a 95% percentile bootstrap interval of a ratio of sums,
computed by `bootstrap_ratio`:

1. The data are `k` resampling units (one comment, or one article carrying all
   its comments), unit `i` with numerators `num[i]` and denominator `den[i]`
   (1 for a single comment or article, the comment count for an article
   carrying its comments).
2. ``rng = numpy.random.default_rng(seed)`` and
   ``idx = rng.integers(0, k, size=(n_boot, k))`` draw `n_boot` resamples of
   `k` units with replacement.
3. Each resample's statistic is
   ``num[idx].sum(axis=1) / den[idx].sum(axis=1)``.
4. The interval is ``numpy.percentile(stats, [2.5, 97.5])`` (numpy's default
   linear interpolation).

A fresh generator seeded with `seed` is made for every group (one article, one
year, the whole corpus), so a group's interval does not change when other
groups are added or removed. With k == 0 the estimate and the interval are
NaN; with k == 1 the estimate is the one unit's value and the interval is NaN:
one unit says nothing about the spread (the report writes "n/a (1 article)").

Which units are resampled:

- `article_table`, reader tone: the article's comments.
- `year_table`, article tone: the year's articles (those with a tone score).
- `year_table` reader tone and stance shares, `headline` reader tone: the
  articles that have at least one comment, each carrying all its comments (a
  cluster bootstrap). Comments on one article answer the same text and each
  other, so they are not independent draws; resampling single comments would
  give intervals that are too narrow. The estimate is still the plain mean over
  all comments: every comment weighs the same.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Iterable, Iterator

import numpy as np
import pandas as pd

from reports.errors import ReportInputError
from reports.vocabulary import STANCE_LABELS, TONE_LABELS, UNKNOWN_YEAR

CONFIDENCE_LEVEL = 0.95
#: Resampled indices held at once by `bootstrap_ratio` (8 bytes each: 16 MB).
_BOOT_CELLS = 2_000_000

COMMENT_COLUMNS = (
    "doc_id", "site", "title", "published", "year", "comment_index", "author",
    "posted_at", "posted_at_parsed", "text", "tone", "tone_score", "p_negative", "p_neutral",
    "p_positive", "stance", "p_against", "p_none", "p_favor", "n_mentions",
    "mentions", "evidence",
)
ARTICLE_COLUMNS = (
    "doc_id", "path", "site", "title", "published", "year", "n_comments", "tone",
    "tone_score", "p_negative", "p_neutral", "p_positive", "stance", "p_against",
    "p_none", "p_favor", "warnings",
)
# The rows of comments.csv: everything but the list columns, which only
# comments.parquet keeps, and each label's confidence (its top probability)
# beside its probabilities.
_PLAIN = COMMENT_COLUMNS[:-2]
COMMENTS_CSV_COLUMNS = (_PLAIN[:_PLAIN.index("p_positive") + 1] + ("tone_confidence",)
                        + _PLAIN[_PLAIN.index("stance"):_PLAIN.index("p_favor") + 1] + ("stance_confidence",)
                        + _PLAIN[_PLAIN.index("p_favor") + 1:])

ARTICLE_TABLE_COLUMNS = (
    "doc_id", "site", "title", "published", "year", "n_comments", "article_tone",
    "article_tone_score", "article_p_negative", "article_p_neutral", "article_p_positive",
    "article_stance", "article_p_against", "article_p_none", "article_p_favor",
    "reader_tone_mean", "reader_tone_ci_low", "reader_tone_ci_high",
    "reader_against_share", "reader_against_ci_low", "reader_against_ci_high",
    "reader_none_share", "reader_none_ci_low", "reader_none_ci_high",
    "reader_favor_share", "reader_favor_ci_low", "reader_favor_ci_high",
    "tone_gap",
)
YEAR_TABLE_COLUMNS = (
    "year", "n_articles", "n_comments", "article_tone_mean",
    "article_tone_ci_low", "article_tone_ci_high", "reader_tone_mean",
    "reader_tone_ci_low", "reader_tone_ci_high",
    "reader_against_share", "reader_against_ci_low", "reader_against_ci_high",
    "reader_none_share", "reader_none_ci_low", "reader_none_ci_high",
    "reader_favor_share", "reader_favor_ci_low", "reader_favor_ci_high",
    "tone_gap",
)
HEADLINE_KEYS = (
    "n_articles", "n_comments", "n_articles_without_date",
    "n_articles_without_comments", "reader_tone_mean", "reader_tone_ci_low",
    "reader_tone_ci_high", "article_tone_mean", "reader_against_share",
    "reader_none_share", "reader_favor_share", "tone_gap_mean",
    "mention_share",
)


@dataclass(frozen=True)
class ReportTables:
    """Every table a report shows, computed once by `build_tables`.

    articles: `article_table` result. years: `year_table` result.
    headline: `headline` result. comments: the scored comments the tables
    were built from (a frame or batches); `comment_rows` gives comments.csv's
    rows batch by batch. comment_stances: comments per stance label.
    n_boot, seed: the bootstrap settings the intervals were computed with.
    """

    articles: pd.DataFrame
    years: pd.DataFrame
    headline: dict
    comments: object
    comment_stances: dict
    n_boot: int
    seed: int

    def comment_rows(self) -> Iterator[pd.DataFrame]:
        """The rows of comments.csv (`comments_table`), one frame per batch of comments."""
        for batch in comment_batches(self.comments):
            yield comments_table(batch)


def comment_batches(comments) -> Iterable[pd.DataFrame]:
    """Scored comments as batches: a DataFrame is one batch; anything else
    is taken as a re-iterable sequence of frames (a list, or a reader that
    reads them from disk on each pass) in which all the comments of one
    article lie in one batch."""
    return (comments,) if isinstance(comments, pd.DataFrame) else comments


def build_tables(articles: pd.DataFrame, comments: pd.DataFrame,
                 n_boot: int = 1000, seed: int = 0) -> ReportTables:
    """All report tables for one set of scored articles and comments.

    `comments` is one frame or batches (`comment_batches`), read once.
    Raises ReportInputError like `article_table`, ValueError for n_boot < 1.
    """
    if n_boot < 1:
        raise ValueError(f"n_boot must be a positive integer, got {n_boot!r}")
    stats = _ArticleStats(articles, comments, n_boot, seed, intervals=True)
    return ReportTables(
        articles=_article_table(articles, stats),
        years=_year_table(articles, stats, n_boot, seed),
        headline=_headline(articles, stats, n_boot, seed),
        comments=comments,
        comment_stances={label: int(stats.stance_counts[label].sum()) for label in STANCE_LABELS},
        n_boot=n_boot,
        seed=seed,
    )


def bootstrap_ratio(num, den, n_boot: int = 1000, seed: int = 0,
                    level: float = CONFIDENCE_LEVEL):
    """Estimate and percentile bootstrap interval of sum(num) / sum(den).

    `num` is a (k, q) array (q statistics sharing the same resamples), `den` a
    (k,) array of positive weights. Returns three float arrays of length q:
    estimate, low, high (see the module docstring for the algorithm). Raises
    ValueError for n_boot < 1, a level outside (0, 1), mismatched shapes or a
    non-positive denominator.
    """
    if n_boot < 1:
        raise ValueError(f"n_boot must be a positive integer, got {n_boot!r}")
    if not 0 < level < 1:
        raise ValueError(f"level must lie strictly between 0 and 1, got {level!r}")
    num = np.asarray(num, dtype=float)
    den = np.asarray(den, dtype=float)
    if num.ndim != 2 or den.ndim != 1 or num.shape[0] != den.shape[0]:
        raise ValueError(f"expected num of shape (k, q) and den of shape (k,), "
                         f"got {num.shape} and {den.shape}")
    if (den <= 0).any():
        raise ValueError("every denominator must be positive; drop units without data first")
    k, q = num.shape
    if k == 0:
        nan = np.full(q, np.nan)
        return nan, nan.copy(), nan.copy()
    estimate = num.sum(axis=0) / den.sum()
    if k == 1:  # one unit: no spread to resample
        nan = np.full(q, np.nan)
        return estimate, nan, nan.copy()
    rng = np.random.default_rng(seed)
    stats = np.empty((n_boot, q))
    # The draws of step 2, made a block of resamples at a time (the generator
    # gives the same numbers either way), so that memory stays bounded for an
    # article with tens of thousands of comments.
    block = max(1, _BOOT_CELLS // k)
    for start in range(0, n_boot, block):
        idx = rng.integers(0, k, size=(min(block, n_boot - start), k))
        den_boot = den[idx].sum(axis=1)
        for j in range(q):
            stats[start:start + len(idx), j] = num[:, j][idx].sum(axis=1) / den_boot
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(stats, [tail, 100 - tail], axis=0)
    return estimate, low, high


def year_label(year) -> str:
    """The year column's value as the label used in year tables: "2011" or "unknown"."""
    if year is None or year is pd.NA or (isinstance(year, float) and math.isnan(year)):
        return UNKNOWN_YEAR
    return str(int(year))


def article_table(articles: pd.DataFrame, comments: pd.DataFrame,
                  n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """One row per article, in the order of `articles`, with its readers' tone.

    Columns are ARTICLE_TABLE_COLUMNS. article_p_* are the article's own
    probabilities. reader_tone_* is the mean comment tone_score and
    reader_<stance>_* the share of its comments with each stance, each with its
    bootstrap interval over the article's comments (one set of resamples for
    all four); tone_gap = reader_tone_mean - article_tone_score. Articles without comments
    keep their row with NaN in every reader column. Raises ReportInputError when
    a frame misses columns, holds unknown labels or comments name an article
    that is not in `articles`.
    """
    return _article_table(articles, _ArticleStats(articles, comments, n_boot, seed, intervals=True))


def _article_table(articles: pd.DataFrame, stats: "_ArticleStats") -> pd.DataFrame:
    require_columns(articles, ("p_negative", "p_neutral", "p_positive", "p_against", "p_none", "p_favor"), "articles")
    est, low, high = stats.reader
    # .array keeps each column's dtype (nullable Int64 years, string columns).
    return pd.DataFrame({
        "doc_id": articles["doc_id"].array,
        "site": articles["site"].array,
        "title": articles["title"].array,
        "published": articles["published"].array,
        "year": articles["year"].astype("Int64").array,
        "n_comments": stats.counts,
        "article_tone": articles["tone"].array,
        "article_tone_score": stats.article_tone,
        **{f"article_{p}": articles[p].to_numpy(dtype=float) for p in ("p_negative", "p_neutral", "p_positive")},
        "article_stance": articles["stance"].array,
        **{f"article_{p}": articles[p].to_numpy(dtype=float) for p in ("p_against", "p_none", "p_favor")},
        "reader_tone_mean": est[:, 0],
        "reader_tone_ci_low": low[:, 0],
        "reader_tone_ci_high": high[:, 0],
        **{f"reader_{label}_{part}": frame[:, 1 + k] for k, label in enumerate(STANCE_LABELS)
           for part, frame in (("share", est), ("ci_low", low), ("ci_high", high))},
        "tone_gap": est[:, 0] - stats.article_tone,
    })


def year_table(articles: pd.DataFrame, comments: pd.DataFrame,
               n_boot: int = 1000, seed: int = 0) -> pd.DataFrame:
    """One row per publication year, oldest first, then an "unknown" row.

    Columns are YEAR_TABLE_COLUMNS; `year` is a string label. A comment belongs
    to the year of its article. The "unknown" row counts the articles without a
    date and is present exactly when at least one article is undated.

    - article_tone_*: mean article tone_score, bootstrapped over articles.
    - reader_tone_* and reader_<stance>_*: mean comment tone_score and stance
      shares over all the year's comments, bootstrapped over articles carrying
      their comments (see the module docstring for why).
    - tone_gap: mean of the per-article gaps (reader mean - article tone) over
      the year's articles with comments. It weighs every commented article the
      same, so it is generally not reader_tone_mean - article_tone_mean.

    Raises ReportInputError like `article_table`.
    """
    return _year_table(articles, _ArticleStats(articles, comments), n_boot, seed)


def _year_table(articles: pd.DataFrame, stats: "_ArticleStats", n_boot: int, seed: int) -> pd.DataFrame:
    labels = np.array([year_label(y) for y in articles["year"]], dtype=object)
    known = sorted({label for label in labels if label != UNKNOWN_YEAR}, key=int)
    order = known + ([UNKNOWN_YEAR] if (labels == UNKNOWN_YEAR).any() else [])
    rows = [{"year": label, **_group_summary(stats, labels == label, n_boot, seed)}
            for label in order]
    table = pd.DataFrame(rows, columns=list(YEAR_TABLE_COLUMNS))
    # An empty frame would infer object columns; pin the dtypes either way.
    return table.astype({"year": "str", "n_articles": "int64", "n_comments": "int64",
                         **{c: "float64" for c in YEAR_TABLE_COLUMNS[3:]}})


def headline(articles: pd.DataFrame, comments: pd.DataFrame,
             n_boot: int = 1000, seed: int = 0) -> dict:
    """The report's headline numbers as a dict with the keys HEADLINE_KEYS.

    Counts are ints; every other value is a float, NaN where undefined (no
    comments, no articles). reader_tone_* and reader_*_share are over all
    comments, with the cluster bootstrap interval of `year_table`;
    article_tone_mean is the mean article tone_score; tone_gap_mean the mean
    per-article gap over articles with comments; mention_share the share of
    comments with at least one target mention. Raises ReportInputError like
    `article_table`.
    """
    return _headline(articles, _ArticleStats(articles, comments), n_boot, seed)


def _headline(articles: pd.DataFrame, stats: "_ArticleStats", n_boot: int, seed: int) -> dict:
    summary = _group_summary(stats, np.ones(len(articles), dtype=bool), n_boot, seed)
    n_comments = int(stats.counts.sum())
    mentioned = stats.n_mentioned
    undated = sum(year_label(y) == UNKNOWN_YEAR for y in articles["year"])
    return {
        "n_articles": len(articles),
        "n_comments": n_comments,
        "n_articles_without_date": int(undated),
        "n_articles_without_comments": int((stats.counts == 0).sum()),
        "reader_tone_mean": summary["reader_tone_mean"],
        "reader_tone_ci_low": summary["reader_tone_ci_low"],
        "reader_tone_ci_high": summary["reader_tone_ci_high"],
        "article_tone_mean": summary["article_tone_mean"],
        "reader_against_share": summary["reader_against_share"],
        "reader_none_share": summary["reader_none_share"],
        "reader_favor_share": summary["reader_favor_share"],
        "tone_gap_mean": summary["tone_gap"],
        "mention_share": mentioned / n_comments if n_comments else math.nan,
    }


def comments_table(comments: pd.DataFrame) -> pd.DataFrame:
    """The rows of comments.csv: COMMENTS_CSV_COLUMNS, in the order of `comments`
    (tone_confidence and stance_confidence: each label's top probability).

    Raises ReportInputError when a column is missing.
    """
    require_columns(comments, _PLAIN, "comments")
    out = comments.loc[:, list(_PLAIN)].reset_index(drop=True)
    out["tone_confidence"] = out[["p_negative", "p_neutral", "p_positive"]].max(axis=1)
    out["stance_confidence"] = out[["p_against", "p_none", "p_favor"]].max(axis=1)
    return out.loc[:, list(COMMENTS_CSV_COLUMNS)]


def parse_json_list(value, column: str) -> list:
    """Decode one cell of a JSON-list column (mentions, evidence, warnings).

    Empty cells (None, NaN, "") give []. Raises ReportInputError naming the
    column when the cell is not a JSON list.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)) or value == "":
        return []
    try:
        decoded = json.loads(value)
    except (TypeError, json.JSONDecodeError) as error:
        raise ReportInputError(
            f"{column} must hold a JSON list, got {str(value)[:80]!r} ({error})") from None
    if not isinstance(decoded, list):
        raise ReportInputError(f"{column} must hold a JSON list, got {str(value)[:80]!r}")
    return decoded


class _ArticleStats:
    """Per-article sums over the comments, read one batch at a time: counts,
    tone sums, stance counts, and the number of comments that mention the
    target. With `intervals`, also each article's reader tone and stance
    shares with their bootstrap intervals over its own comments
    (`reader`: est, low, high, each of shape (articles, 1 + stances)).
    """

    def __init__(self, articles: pd.DataFrame, comments, n_boot: int = 1000, seed: int = 0,
                 intervals: bool = False):
        require_columns(articles, ("doc_id", "site", "title", "published", "year",
                                    "tone", "tone_score", "stance"), "articles")
        _require_labels(articles, "tone", TONE_LABELS, "articles")
        _require_labels(articles, "stance", STANCE_LABELS, "articles")
        self.doc_ids = pd.Index(articles["doc_id"])
        if self.doc_ids.has_duplicates:
            dupes = sorted(set(self.doc_ids[self.doc_ids.duplicated()]))[:5]
            raise ReportInputError(f"articles has duplicate doc_id values {dupes}; "
                                   "each article must appear once")
        n = len(articles)
        self.counts = np.zeros(n, dtype="int64")
        self.tone_sum = np.zeros(n)
        self.stance_counts = {label: np.zeros(n) for label in STANCE_LABELS}
        self.n_mentioned = 0
        self.reader = np.full((3, n, 1 + len(STANCE_LABELS)), np.nan) if intervals else None
        for batch in comment_batches(comments):
            self._add(batch, n_boot, seed)
        self.article_tone = articles["tone_score"].to_numpy(dtype=float)

    def _add(self, comments: pd.DataFrame, n_boot: int, seed: int) -> None:
        require_columns(comments, ("doc_id", "tone", "tone_score", "stance", "n_mentions"), "comments")
        _require_labels(comments, "tone", TONE_LABELS, "comments")
        _require_labels(comments, "stance", STANCE_LABELS, "comments")
        position = self.doc_ids.get_indexer(comments["doc_id"])
        if (position < 0).any():
            orphans = sorted(set(comments["doc_id"][position < 0]))[:5]
            raise ReportInputError(
                f"comments name articles missing from articles: doc_id {orphans}; "
                "pass the articles frame produced by the same run")
        here, local = np.unique(position, return_inverse=True)
        if (self.counts[here] > 0).any():
            twice = self.doc_ids[here[self.counts[here] > 0][0]]
            raise ReportInputError(f"the comments of article {twice!r} come in two batches; "
                                   "each batch must hold all the comments of its articles")
        counts = np.bincount(local, minlength=len(here))
        tone = comments["tone_score"].to_numpy(dtype=float)
        stance = comments["stance"].to_numpy()
        self.counts[here] = counts
        self.tone_sum[here] = np.bincount(local, weights=tone, minlength=len(here))
        for label in STANCE_LABELS:
            self.stance_counts[label][here] = np.bincount(local, weights=(stance == label).astype(float),
                                                          minlength=len(here))
        self.n_mentioned += int((comments["n_mentions"].to_numpy() > 0).sum())
        if self.reader is None:
            return
        # Reader tone and the three stance shares of each article, one
        # bootstrap over its comments (the same resamples for all four).
        order = np.argsort(local, kind="stable")
        values = np.column_stack([tone] + [stance == label for label in STANCE_LABELS])[order]
        bounds = np.concatenate([[0], np.cumsum(counts)])
        for j, i in enumerate(here):
            rows = values[bounds[j]:bounds[j + 1]]
            for part, value in zip(self.reader, bootstrap_ratio(rows, np.ones(len(rows)), n_boot, seed)):
                part[i] = value


def _group_summary(stats: _ArticleStats, mask: np.ndarray, n_boot: int,
                   seed: int) -> dict:
    """The year_table columns (all but `year`) for the articles selected by mask."""
    article_tone = stats.article_tone[mask]
    article_tone = article_tone[~np.isnan(article_tone)]
    a_est, a_low, a_high = bootstrap_ratio(article_tone[:, None],
                                           np.ones(len(article_tone)), n_boot, seed)
    commented = mask & (stats.counts > 0)
    num = np.column_stack([stats.tone_sum[commented]]
                          + [stats.stance_counts[label][commented]
                             for label in STANCE_LABELS])
    r_est, r_low, r_high = bootstrap_ratio(num, stats.counts[commented], n_boot, seed)
    gaps = (stats.tone_sum[commented] / stats.counts[commented]
            - stats.article_tone[commented])
    gaps = gaps[~np.isnan(gaps)]
    row = {
        "n_articles": int(mask.sum()),
        "n_comments": int(stats.counts[mask].sum()),
        "article_tone_mean": float(a_est[0]),
        "article_tone_ci_low": float(a_low[0]),
        "article_tone_ci_high": float(a_high[0]),
        "reader_tone_mean": float(r_est[0]),
        "reader_tone_ci_low": float(r_low[0]),
        "reader_tone_ci_high": float(r_high[0]),
    }
    for j, label in enumerate(STANCE_LABELS, start=1):
        row[f"reader_{label}_share"] = float(r_est[j])
        row[f"reader_{label}_ci_low"] = float(r_low[j])
        row[f"reader_{label}_ci_high"] = float(r_high[j])
    row["tone_gap"] = float(gaps.mean()) if len(gaps) else math.nan
    return row


def require_columns(frame: pd.DataFrame, columns, name: str) -> None:
    """Raise ReportInputError naming the columns of `columns` that `frame` lacks."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ReportInputError(
            f"{name} is missing columns {missing}; expected the scored {name} "
            f"columns {list(columns)} from `readerstance run`")


def _require_labels(frame: pd.DataFrame, column: str, allowed, name: str) -> None:
    bad = sorted(set(frame[column].dropna()) - set(allowed))
    if bad or frame[column].isna().any():
        shown = bad[:5] if bad else ["<missing>"]
        raise ReportInputError(f"{name}.{column} holds {shown}; allowed labels are "
                               f"{list(allowed)}")
