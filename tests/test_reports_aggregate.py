"""reports.aggregate: hand-computed tables for the four-article fixture.

Bootstrap intervals are recomputed here with plain numpy, following the
algorithm the module docstring documents, so a change in the resampling
scheme shows up as a failing test rather than silently new numbers.
"""
import math

import numpy as np
import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from reports.aggregate import (ARTICLE_TABLE_COLUMNS, COMMENTS_CSV_COLUMNS,
                               HEADLINE_KEYS, YEAR_TABLE_COLUMNS, article_table,
                               bootstrap_ratio, build_tables, comments_table,
                               headline, year_table)
from reports.errors import ReportInputError
from test_reports_fixtures import small_frames

NAN = math.nan
N_BOOT = 1000


def expected_interval(num, den, n_boot=N_BOOT, seed=0):
    """Reference percentile interval of sum(num)/sum(den), one statistic per column."""
    num = np.asarray(num, dtype=float).reshape(len(den), -1)
    den = np.asarray(den, dtype=float)
    idx = np.random.default_rng(seed).integers(0, len(den), size=(n_boot, len(den)))
    stats = num[idx].sum(axis=1) / den[idx].sum(axis=1)[:, None]
    return np.percentile(stats, 2.5, axis=0), np.percentile(stats, 97.5, axis=0)


def mean_interval(values, seed=0):
    low, high = expected_interval(np.asarray(values)[:, None], np.ones(len(values)), seed=seed)
    return low[0], high[0]


def test_article_table_matches_hand_computed_rows():
    comments, articles = small_frames()
    a1_low, a1_high = mean_interval([0.2, -0.4, 0.8])
    # stance shares: one indicator column per stance (against, none, favor),
    # resampled with the same draws as the tone
    s1_low, s1_high = expected_interval([[1, 0, 0], [1, 0, 0], [0, 0, 1]], [1, 1, 1])
    s4_low, s4_high = expected_interval([[0, 1, 0], [1, 0, 0]], [1, 1])
    expected = pd.DataFrame({
        "doc_id": ["a1", "a2", "a3", "a4"],
        "site": ["times.example", "times.example", "post.example", "post.example"],
        "title": ["Embassy talks resume", "Trade deal signed", "Quiet week", "Aid & <b>debate</b>"],
        "published": ["2011-03-01", "2011-07-15", "2012-01-09", None],
        "year": pd.array([2011, 2011, 2012, None], dtype="Int64"),
        "n_comments": np.array([3, 1, 0, 2], dtype="int64"),
        "article_tone": ["positive", "neutral", "neutral", "negative"],
        "article_tone_score": [0.5, -0.2, 0.0, -0.6],
        "article_p_negative": [0.1, 0.4, 0.2, 0.7],
        "article_p_neutral": [0.3, 0.4, 0.6, 0.2],
        "article_p_positive": [0.6, 0.2, 0.2, 0.1],
        "article_stance": ["none", "favor", "none", "against"],
        "article_p_against": [0.2, 0.1, 0.1, 0.8],
        "article_p_none": [0.7, 0.3, 0.8, 0.1],
        "article_p_favor": [0.1, 0.6, 0.1, 0.1],
        "reader_tone_mean": [0.2, 0.6, NAN, -0.5],
        # a2 has one comment (no interval); a4's two comments are equal.
        "reader_tone_ci_low": [a1_low, NAN, NAN, -0.5],
        "reader_tone_ci_high": [a1_high, NAN, NAN, -0.5],
        "reader_against_share": [2 / 3, 0.0, NAN, 0.5],
        "reader_against_ci_low": [s1_low[0], NAN, NAN, s4_low[0]],
        "reader_against_ci_high": [s1_high[0], NAN, NAN, s4_high[0]],
        "reader_none_share": [0.0, 1.0, NAN, 0.5],
        "reader_none_ci_low": [s1_low[1], NAN, NAN, s4_low[1]],
        "reader_none_ci_high": [s1_high[1], NAN, NAN, s4_high[1]],
        "reader_favor_share": [1 / 3, 0.0, NAN, 0.0],
        "reader_favor_ci_low": [s1_low[2], NAN, NAN, s4_low[2]],
        "reader_favor_ci_high": [s1_high[2], NAN, NAN, s4_high[2]],
        "tone_gap": [0.2 - 0.5, 0.6 + 0.2, NAN, -0.5 + 0.6],
    })
    result = article_table(articles, comments, n_boot=N_BOOT, seed=0)
    assert tuple(result.columns) == ARTICLE_TABLE_COLUMNS
    assert_frame_equal(result, expected)


def test_year_table_matches_hand_computed_rows():
    comments, articles = small_frames()
    art_low, art_high = mean_interval([0.5, -0.2])
    # 2011 resamples its two commented articles: a1 (tone sum 0.6, 2 against,
    # 0 none, 1 favor, 3 comments) and a2 (0.6, 0, 1, 0, 1 comment).
    r_low, r_high = expected_interval([[0.6, 2, 0, 1], [0.6, 0, 1, 0]], [3, 1])
    expected = pd.DataFrame({
        "year": ["2011", "2012", "unknown"],
        "n_articles": np.array([2, 1, 1], dtype="int64"),
        "n_comments": np.array([4, 0, 2], dtype="int64"),
        "article_tone_mean": [0.15, 0.0, -0.6],
        "article_tone_ci_low": [art_low, NAN, NAN],  # one article in 2012 and in unknown: no interval
        "article_tone_ci_high": [art_high, NAN, NAN],
        "reader_tone_mean": [0.3, NAN, -0.5],
        "reader_tone_ci_low": [r_low[0], NAN, NAN],
        "reader_tone_ci_high": [r_high[0], NAN, NAN],
        "reader_against_share": [0.5, NAN, 0.5],
        "reader_against_ci_low": [r_low[1], NAN, NAN],
        "reader_against_ci_high": [r_high[1], NAN, NAN],
        "reader_none_share": [0.25, NAN, 0.5],
        "reader_none_ci_low": [r_low[2], NAN, NAN],
        "reader_none_ci_high": [r_high[2], NAN, NAN],
        "reader_favor_share": [0.25, NAN, 0.0],
        "reader_favor_ci_low": [r_low[3], NAN, NAN],
        "reader_favor_ci_high": [r_high[3], NAN, NAN],
        # Mean of per-article gaps: 2011 is mean(0.2 - 0.5, 0.6 + 0.2).
        "tone_gap": [0.25, NAN, 0.1],
    })
    result = year_table(articles, comments, n_boot=N_BOOT, seed=0)
    assert tuple(result.columns) == YEAR_TABLE_COLUMNS
    assert_frame_equal(result, expected)


def test_year_table_omits_unknown_row_when_every_article_is_dated():
    comments, articles = small_frames()
    dated = articles[articles["doc_id"] != "a4"]
    result = year_table(dated, comments[comments["doc_id"] != "a4"])
    assert result["year"].tolist() == ["2011", "2012"]


def test_year_table_sorts_years_numerically_not_by_input_order():
    comments, articles = small_frames()
    reordered = articles.iloc[[3, 2, 1, 0]].reset_index(drop=True)
    assert year_table(reordered, comments)["year"].tolist() == ["2011", "2012", "unknown"]


def test_undated_articles_are_counted_not_dropped():
    """Every article and comment lands in exactly one year row."""
    comments, articles = small_frames()
    result = year_table(articles, comments)
    assert result["n_articles"].sum() == len(articles)
    assert result["n_comments"].sum() == len(comments)


def test_headline_matches_hand_computed_numbers():
    comments, articles = small_frames()
    low, high = expected_interval([[0.6], [0.6], [-1.0]], [3, 1, 2])
    expected = {
        "n_articles": 4, "n_comments": 6, "n_articles_without_date": 1,
        "n_articles_without_comments": 1,
        "reader_tone_mean": 0.2 / 6, "reader_tone_ci_low": low[0],
        "reader_tone_ci_high": high[0], "article_tone_mean": -0.075,
        "reader_against_share": 3 / 6, "reader_none_share": 2 / 6,
        "reader_favor_share": 1 / 6, "tone_gap_mean": (-0.3 + 0.8 + 0.1) / 3,
        "mention_share": 3 / 6,
    }
    result = headline(articles, comments, n_boot=N_BOOT, seed=0)
    assert tuple(result) == HEADLINE_KEYS
    assert result == pytest.approx(expected)


def test_headline_of_no_comments_is_nan_not_an_error():
    _, articles = small_frames()
    empty = small_frames()[0].iloc[0:0]
    result = headline(articles, empty)
    assert result["n_comments"] == 0
    assert math.isnan(result["reader_tone_mean"]) and math.isnan(result["mention_share"])


def test_comments_table_keeps_csv_columns_in_input_order():
    comments, _ = small_frames()
    expected = comments.assign(tone_confidence=comments[["p_negative", "p_neutral", "p_positive"]].max(axis=1),
                               stance_confidence=comments[["p_against", "p_none", "p_favor"]].max(axis=1))
    assert_frame_equal(comments_table(comments), expected.loc[:, list(COMMENTS_CSV_COLUMNS)])
    assert comments_table(comments)["stance_confidence"].tolist() == [0.8, 0.8, 0.8, 0.85, 0.85, 0.8]


def test_article_interval_does_not_depend_on_other_articles():
    """Each group draws from its own generator, so dropping a2 leaves a1's interval alone."""
    comments, articles = small_frames()
    full = article_table(articles, comments).set_index("doc_id")
    keep = articles["doc_id"] != "a2"
    part = article_table(articles[keep], comments[comments["doc_id"] != "a2"]).set_index("doc_id")
    assert part.loc["a1", "reader_tone_ci_low"] == full.loc["a1", "reader_tone_ci_low"]


def test_same_seed_gives_identical_tables():
    comments, articles = small_frames()
    first = build_tables(articles, comments, n_boot=200, seed=3)
    again = build_tables(articles, comments, n_boot=200, seed=3)
    assert_frame_equal(first.articles, again.articles)
    assert_frame_equal(first.years, again.years)
    assert first.headline == again.headline


def test_seed_changes_the_interval():
    values = np.linspace(-1, 1, 20)[:, None]
    _, low3, _ = bootstrap_ratio(values, np.ones(20), n_boot=200, seed=3)
    _, low4, _ = bootstrap_ratio(values, np.ones(20), n_boot=200, seed=4)
    assert low3[0] != low4[0]


@pytest.mark.parametrize("num, den, expected", [
    (np.empty((0, 1)), np.empty(0), (NAN, NAN, NAN)),
    ([[0.7]], [1], (0.7, NAN, NAN)),
    ([[1.2]], [4], (0.3, NAN, NAN)),
], ids=["no-units-give-nan", "one-unit-has-no-interval", "one-cluster-is-its-ratio-without-interval"])
def test_bootstrap_ratio_degenerate_cases(num, den, expected):
    est, low, high = bootstrap_ratio(np.asarray(num, dtype=float), np.asarray(den, dtype=float))
    np.testing.assert_allclose([est[0], low[0], high[0]], expected)


def test_bootstrap_ratio_matches_reference_algorithm():
    num = np.array([[1.0, 0.0], [3.0, 2.0], [-2.0, 1.0], [0.5, 0.0]])
    den = np.array([2.0, 5.0, 1.0, 1.0])
    est, low, high = bootstrap_ratio(num, den, n_boot=500, seed=11)
    ref_low, ref_high = expected_interval(num, den, n_boot=500, seed=11)
    np.testing.assert_allclose(est, num.sum(axis=0) / den.sum())
    np.testing.assert_allclose(low, ref_low)
    np.testing.assert_allclose(high, ref_high)


@pytest.mark.parametrize("n_boot", [0, -5], ids=["zero", "negative"])
def test_non_positive_n_boot_is_rejected(n_boot):
    comments, articles = small_frames()
    with pytest.raises(ValueError, match=f"n_boot must be a positive integer, got {n_boot}"):
        year_table(articles, comments, n_boot=n_boot)


def _drop_tone(frames):
    comments, articles = frames
    return comments.drop(columns="tone_score"), articles


def _bad_stance(frames):
    comments, articles = frames
    return comments.assign(stance=["against", "AGAINST", "favor", "none", "none", "against"]), articles


def _orphan(frames):
    comments, articles = frames
    return comments, articles[articles["doc_id"] != "a4"]


def _duplicate(frames):
    comments, articles = frames
    return comments, pd.concat([articles, articles.iloc[[0]]], ignore_index=True)


@pytest.mark.parametrize("corrupt, message", [
    (_drop_tone, r"comments is missing columns \['tone_score'\]"),
    (_bad_stance, r"comments.stance holds \['AGAINST'\]; allowed labels are"),
    (_orphan, r"comments name articles missing from articles: doc_id \['a4'\]"),
    (_duplicate, r"articles has duplicate doc_id values \['a1'\]"),
], ids=["missing-column", "unknown-label", "comment-without-article", "duplicate-article"])
def test_contract_violations_name_the_problem(corrupt, message):
    comments, articles = corrupt(small_frames())
    with pytest.raises(ReportInputError, match=message):
        article_table(articles, comments)


def test_tables_from_batches_equal_the_tables_from_one_frame():
    """Batches of whole articles (what a run reads back from disk) give the
    same tables as one frame of every comment."""
    comments, articles = small_frames()
    batches = [comments[comments["doc_id"] == "a4"], comments[comments["doc_id"].isin(["a1", "a2"])],
               comments.iloc[0:0]]
    whole = build_tables(articles, comments, n_boot=200, seed=3)
    parts = build_tables(articles, batches, n_boot=200, seed=3)
    assert_frame_equal(parts.articles, whole.articles)
    assert_frame_equal(parts.years, whole.years)
    assert parts.headline == pytest.approx(whole.headline, nan_ok=True)
    assert parts.comment_stances == whole.comment_stances == {"against": 3, "none": 2, "favor": 1}
    assert_frame_equal(pd.concat(list(parts.comment_rows())), pd.concat([comments_table(b) for b in batches]))


def test_an_article_split_across_batches_is_refused():
    comments, articles = small_frames()
    a1 = comments[comments["doc_id"] == "a1"]
    with pytest.raises(ReportInputError, match="comments of article 'a1' come in two batches"):
        build_tables(articles, [a1.iloc[:1], a1.iloc[1:]])


def test_bootstrap_draws_in_blocks_give_the_same_interval(monkeypatch):
    """A large article's resamples are drawn a block at a time (bounded
    memory); the generator's stream makes the interval the same."""
    import reports.aggregate as aggregate

    rng = np.random.default_rng(1)
    num, den = rng.random((500, 3)), rng.integers(1, 4, 500).astype(float)
    whole = bootstrap_ratio(num, den, n_boot=300, seed=2)
    monkeypatch.setattr(aggregate, "_BOOT_CELLS", 7 * 500)  # blocks of 7 resamples
    blocks = bootstrap_ratio(num, den, n_boot=300, seed=2)
    for a, b in zip(whole, blocks):
        np.testing.assert_array_equal(a, b)
