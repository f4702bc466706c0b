"""reports.inspect (select_comments, format_comments) and the `inspect` command."""

import pytest
from click.testing import CliRunner

from readerstance.report_commands import inspect
from reports.errors import QueryError
from reports.inspect import (CommentQuery, format_comments, format_summary,
                             highlight_mentions, select_comments)
from reports.store import write_outputs
from test_reports_fixtures import META, small_frames


def keys(selected):
    """(doc_id, comment_index) of each selected row, in order."""
    return list(zip(selected["doc_id"], selected["comment_index"]))


@pytest.mark.parametrize("query, expected", [
    (CommentQuery(), [("a1", 0), ("a1", 1), ("a1", 2), ("a2", 0), ("a4", 0), ("a4", 1)]),
    (CommentQuery(article="a4"), [("a4", 0), ("a4", 1)]),
    (CommentQuery(year="2011"), [("a1", 0), ("a1", 1), ("a1", 2), ("a2", 0)]),
    (CommentQuery(year="unknown"), [("a4", 0), ("a4", 1)]),
    (CommentQuery(year="1999"), []),
    (CommentQuery(stance="against"), [("a1", 0), ("a1", 1), ("a4", 1)]),
    (CommentQuery(tone="negative", stance="against"), [("a1", 1), ("a4", 1)]),
    (CommentQuery(min_confidence=0.8), [("a1", 2)]),
    (CommentQuery(min_confidence=0.8, confidence_of="stance"),
     [("a1", 0), ("a1", 1), ("a1", 2), ("a2", 0), ("a4", 0), ("a4", 1)]),
    (CommentQuery(min_confidence=0.7, confidence_of="tone"), [("a1", 2), ("a2", 0), ("a4", 0), ("a4", 1)]),
], ids=["no-filter-keeps-stored-order", "one-article", "one-year", "undated-articles",
        "year-without-articles", "stance", "tone-and-stance", "confidence-of-both-labels",
        "confidence-of-stance", "confidence-of-tone"])
def test_select_comments_filters(query, expected):
    comments, _ = small_frames()
    assert keys(select_comments(comments, query)) == expected


@pytest.mark.parametrize("sort, expected", [
    ("confidence", [("a1", 2), ("a2", 0), ("a4", 0), ("a4", 1), ("a1", 1), ("a1", 0)]),
    ("tone", [("a4", 0), ("a4", 1), ("a1", 1), ("a1", 0), ("a2", 0), ("a1", 2)]),
    ("stance", [("a1", 0), ("a1", 1), ("a4", 1), ("a2", 0), ("a4", 0), ("a1", 2)]),
], ids=["most-confident-first-ties-in-stored-order", "most-negative-first",
        "most-against-first"])
def test_select_comments_sorts(sort, expected):
    comments, _ = small_frames()
    assert keys(select_comments(comments, CommentQuery(sort=sort))) == expected


def test_select_comments_adds_confidence_and_leaves_input_alone():
    comments, _ = small_frames()
    before = comments.copy()
    selected = select_comments(comments, CommentQuery(article="a2"))
    assert selected["confidence"].tolist() == [0.7]  # min(tone 0.7, stance 0.85)
    assert list(selected.index) == [0]
    assert comments.equals(before)


@pytest.mark.parametrize("query, message", [
    (CommentQuery(stance="pro"), "stance must be one of against, none, favor; got 'pro'"),
    (CommentQuery(tone="angry"), "tone must be one of negative, neutral, positive; got 'angry'"),
    (CommentQuery(sort="date"), "sort must be one of position, confidence, tone, stance; got 'date'"),
    (CommentQuery(year="11"), "year must be a four-digit year such as 2011 or 'unknown', got '11'"),
    (CommentQuery(min_confidence=1.5), "min_confidence must lie between 0 and 1, got 1.5"),
], ids=["stance", "tone", "sort", "short-year", "confidence-above-one"])
def test_bad_query_names_value_and_allowed_ones(query, message):
    comments, _ = small_frames()
    with pytest.raises(QueryError) as error:
        select_comments(comments, query)
    assert str(error.value) == message


@pytest.mark.parametrize("text, mentions, expected", [
    ("The USA and the US.", [[16, 18, "US"], [4, 7, "USA"]], "The «USA» and the «US»."),
    ("USA", [[0, 3, "USA"], [1, 3, "SA"]], "«USA»"),
    ("short", [[2, 40, "x"]], "short"),
], ids=["unsorted-spans", "overlap-skipped", "out-of-range-skipped"])
def test_highlight_mentions(text, mentions, expected):
    assert highlight_mentions(text, mentions) == expected


def test_format_comments_shows_labels_probabilities_mentions_and_evidence():
    comments, _ = small_frames()
    selected = select_comments(comments, CommentQuery(article="a4"))
    assert format_comments(selected, width=60) == """\
[1] article a4, comment 0 | post.example
    "Aid & <b>debate</b>"
    by di
    tone    negative (-0.50)    negative 0.70  neutral 0.10  positive 0.20
    stance  none                against 0.10  none 0.85  favor 0.05
    > Same old story.

[2] article a4, comment 1 | post.example
    "Aid & <b>debate</b>"
    by ed
    tone    negative (-0.50)    negative 0.70  neutral 0.10  positive 0.20
    stance  against             against 0.80  none 0.15  favor 0.05
    > «Washington» again? Enough.
    mentions (1): Washington
    evidence:
    - Washington again?"""


def test_format_comments_wraps_long_text():
    comments, _ = small_frames()
    long = comments.iloc[[3]].assign(text="word " * 30, mentions="[]")
    lines = format_comments(select_comments(long, CommentQuery()), width=50).splitlines()
    body = [line for line in lines if line.startswith("    >")]
    assert len(body) == 4 and all(len(line) <= 50 for line in body)


@pytest.mark.parametrize("shown, matched, total, expected", [
    (0, 0, 6, "No comments match (of 6 stored)."),
    (1, 1, 6, "1 comment matches (of 6 stored)."),
    (2, 5, 6, "5 comments match (of 6 stored); showing the first 2. Raise --limit to see more."),
], ids=["none", "one", "limited"])
def test_format_summary(shown, matched, total, expected):
    assert format_summary(shown, matched, total) == expected


@pytest.fixture(scope="module")
def scored_dir(tmp_path_factory):
    comments, articles = small_frames()
    out = tmp_path_factory.mktemp("inspect") / "out"
    write_outputs(comments, articles, out, META, n_boot=50)
    return out


def test_inspect_command_prints_matching_comments(scored_dir):
    result = CliRunner().invoke(inspect, [str(scored_dir), "--stance", "against", "--sort",
                                          "confidence", "--limit", "2", "--width", "72"])
    assert result.exit_code == 0, result.output
    assert result.output == """\
3 comments match (of 6 stored); showing the first 2. Raise --limit to see more.

[1] article a4, comment 1 | post.example
    "Aid & <b>debate</b>"
    by ed
    tone    negative (-0.50)    negative 0.70  neutral 0.10  positive 0.20
    stance  against             against 0.80  none 0.15  favor 0.05
    > «Washington» again? Enough.
    mentions (1): Washington
    evidence:
    - Washington again?

[2] article a1, comment 1 | times.example | 2011-03-01
    "Embassy talks resume"
    by bo
    tone    negative (-0.40)    negative 0.60  neutral 0.20  positive 0.20
    stance  against             against 0.80  none 0.15  favor 0.05
    > Nobody trusts these talks.
"""


def test_inspect_command_says_when_nothing_matches(scored_dir):
    result = CliRunner().invoke(inspect, [str(scored_dir), "--year", "2012"])
    assert result.exit_code == 0
    assert result.output == "No comments match (of 6 stored).\n"


@pytest.mark.parametrize("args, message", [
    (["--article", "zz"], "Error: no article with doc_id 'zz' in {d}; pick one from the "
                          "doc_id column of {d}/articles.csv\n"),
    (["--year", "last"], "Error: year must be a four-digit year such as 2011 or 'unknown', "
                         "got 'last'\n"),
], ids=["unknown-article", "bad-year"])
def test_inspect_command_errors_say_how_to_fix(scored_dir, args, message):
    result = CliRunner().invoke(inspect, [str(scored_dir), *args])
    assert result.exit_code == 1
    assert result.output == message.format(d=scored_dir)


def test_inspect_command_on_directory_without_scores(tmp_path):
    result = CliRunner().invoke(inspect, [str(tmp_path)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {tmp_path} holds no stored scores (missing comments.parquet, "
        "articles.parquet, run.json); run `readerstance run` first to "
        "score pages into this directory\n")


@pytest.mark.parametrize("author, posted_at, line", [
    (None, "Aug 25, 2012 10:02am", "    posted Aug 25, 2012 10:02am"),
    ("Sana", "Aug 25, 2012 10:02am", "    by Sana at Aug 25, 2012 10:02am"),
    ("Sana", None, "    by Sana"),
])
def test_format_comments_byline_never_reads_a_date_as_an_author(author, posted_at, line):
    comments, _ = small_frames()
    comments.loc[0, ["author", "posted_at"]] = [author, posted_at]
    text = format_comments(select_comments(comments, CommentQuery(article="a1")).head(1))
    assert text.splitlines()[2] == line
