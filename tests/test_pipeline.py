import json

import comments
from analysis.cache import ScoreCache, Scorer
from analysis.classifier import Classifier
from analysis.pipeline import article_text, score_pages, scored_page_to_dict, scored_rows
from analysis.targets import load_target

PAGE = """Envoy visit ends with promises

Our Staff ReporterUpdated March 5, 2015

ISLAMABAD: The US envoy ended a two-day visit on Thursday.

Published in Dawn, March 5th, 2015

Zara
Mar 05, 2015 10:01am

Washington always promises and never delivers.

Omar
Mar 05, 2015 11:15am

Good to see dialogue.
"""


def _pages(n):
    return [comments.split_text(PAGE.replace("Envoy visit", f"Envoy visit {i}"), path=f"p{i}.txt") for i in range(n)]


def test_pages_come_back_in_order_with_one_score_per_comment(tiny_joint):
    scorer = Scorer(Classifier(tiny_joint, tiny_joint), ScoreCache(None))
    pages = _pages(5)
    done = []
    scored = list(score_pages(iter(pages), scorer, load_target(), group=2, progress=done.append))
    assert [sp.page for sp in scored] == pages
    assert all(len(sp.comments) == 2 for sp in scored)
    assert sum(done) == 10  # progress counts comments, group by group
    # a comment's score does not depend on the group it was scored in
    assert scored[0].comments[0] == scored[4].comments[0]


def test_rows_follow_the_report_contract(tiny_joint):
    scorer = Scorer(Classifier(tiny_joint, tiny_joint), ScoreCache(None))
    sp = next(score_pages(_pages(1), scorer, load_target()))
    article, rows = scored_rows(sp)
    assert article["doc_id"] == "p0" and article["year"] == 2015 and article["n_comments"] == 2
    assert article["tone_score"] == sp.article.tone_score
    assert [r["comment_index"] for r in rows] == [1, 2]
    assert rows[0]["author"] == "Zara" and rows[0]["posted_at"] == "Mar 05, 2015 10:01am"
    assert json.loads(rows[0]["mentions"]) == [[0, 10, "Washington"]]
    assert rows[0]["n_mentions"] == 1 and rows[1]["n_mentions"] == 0
    assert abs(rows[0]["p_negative"] + rows[0]["p_neutral"] + rows[0]["p_positive"] - 1) < 1e-4


def test_article_is_scored_with_its_title(tiny_joint):
    page = _pages(1)[0]
    assert article_text(page).startswith("Envoy visit 0 ends with promises\n\nISLAMABAD:")
    d = scored_page_to_dict(next(score_pages([page], Scorer(Classifier(tiny_joint, tiny_joint), ScoreCache(None)),
                                             load_target())))
    assert d["comments"][0]["target_mentions"] == [{"start": 0, "end": 10, "text": "Washington"}]
    assert set(d) == {"doc_id", "path", "site", "title", "published", "year", "date_source", "body", "boilerplate", "comments",
                      "warnings", "article_score"}
