"""Small hand-made scored frames shared by the reports tests.

The other tests/test_reports_*, test_inspect* and test_report_html* modules
import `small_frames` from here (pytest puts tests/ on sys.path). It would sit
in conftest.py, which the reports package does not own.

Four articles:
  a1  2011, tone +0.5, 3 comments (tone +0.2 against, -0.4 against, +0.8 favor)
  a2  2011, tone -0.2, 1 comment  (tone +0.6 none)
  a3  2012, tone  0.0, no comments
  a4  undated, tone -0.6, 2 comments (tone -0.5 none, -0.5 against)
"""
import json

import numpy as np
import pandas as pd

from reports.aggregate import ARTICLE_COLUMNS, COMMENT_COLUMNS

META = {"model": "tiny-test-model@abc123", "precision": "float32", "target": "the United States",
        "created_at": "2024-05-01T10:00:00Z", "inputs": ["pages/"]}


# Tone probabilities per tone score: p_positive - p_negative == score, the
# label's class on top.
_TONE_P = {0.2: (0.15, 0.5, 0.35), -0.4: (0.6, 0.2, 0.2), 0.8: (0.05, 0.1, 0.85),
           0.6: (0.1, 0.2, 0.7), -0.5: (0.7, 0.1, 0.2)}


def small_frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    """(comments, articles) following the scoring pipeline's contract."""
    articles = pd.DataFrame({
        "doc_id": ["a1", "a2", "a3", "a4"],
        "path": ["p/a1.html", "p/a2.html", "p/a3.html", "p/a4.html"],
        "site": ["times.example", "times.example", "post.example", "post.example"],
        "title": ["Embassy talks resume", "Trade deal signed", "Quiet week", "Aid & <b>debate</b>"],
        "published": ["2011-03-01", "2011-07-15", "2012-01-09", None],
        "year": pd.array([2011, 2011, 2012, None], dtype="Int64"),
        "n_comments": [3, 1, 0, 2],
        "tone": ["positive", "neutral", "neutral", "negative"],
        "tone_score": [0.5, -0.2, 0.0, -0.6],
        "p_negative": [0.1, 0.4, 0.2, 0.7],
        "p_neutral": [0.3, 0.4, 0.6, 0.2],
        "p_positive": [0.6, 0.2, 0.2, 0.1],
        "stance": ["none", "favor", "none", "against"],
        "p_against": [0.2, 0.1, 0.1, 0.8],
        "p_none": [0.7, 0.3, 0.8, 0.1],
        "p_favor": [0.1, 0.6, 0.1, 0.1],
        "warnings": ["[]", "[]", "[\"no comments found\"]", "[\"no date\"]"],
    })
    texts = [
        "The USA should leave the talks.",
        "Nobody trusts these talks.",
        "Great news for America and for us.",
        "A fair deal at last.",
        "Same old story.",
        "Washington again? Enough.",
    ]
    mentions = ['[[4, 7, "USA"]]', "[]", '[[15, 22, "America"]]', "[]", "[]",
                '[[0, 10, "Washington"]]']
    tone_scores = [0.2, -0.4, 0.8, 0.6, -0.5, -0.5]
    tones = ["neutral", "negative", "positive", "positive", "negative", "negative"]
    stances = ["against", "against", "favor", "none", "none", "against"]
    stance_p = {"against": (0.8, 0.15, 0.05), "none": (0.1, 0.85, 0.05),
                "favor": (0.05, 0.15, 0.8)}
    doc = ["a1", "a1", "a1", "a2", "a4", "a4"]
    art = articles.set_index("doc_id")
    tone_p = np.array([_TONE_P[s] for s in tone_scores])
    st_p = np.array([stance_p[s] for s in stances])
    comments = pd.DataFrame({
        "doc_id": doc,
        "site": [art.loc[d, "site"] for d in doc],
        "title": [art.loc[d, "title"] for d in doc],
        "published": [art.loc[d, "published"] for d in doc],
        "year": pd.array([art.loc[d, "year"] for d in doc], dtype="Int64"),
        "comment_index": [0, 1, 2, 0, 0, 1],
        "author": ["ann", "bo", None, "cy", "di", "ed"],
        "posted_at": ["2011-03-01 10:00", None, None, "2011-07-16 08:30", None, None],
        "posted_at_parsed": ["2011-03-01T10:00:00", None, None, "2011-07-16T08:30:00", None, None],
        "text": texts,
        "tone": tones,
        "tone_score": tone_scores,
        "p_negative": tone_p[:, 0], "p_neutral": tone_p[:, 1], "p_positive": tone_p[:, 2],
        "stance": stances,
        "p_against": st_p[:, 0], "p_none": st_p[:, 1], "p_favor": st_p[:, 2],
        "n_mentions": [len(json.loads(m)) for m in mentions],
        "mentions": mentions,
        "evidence": ["[]", "[]", "[]", "[]", "[]",
                     json.dumps(["Washington again?"])],
    })
    return comments, articles


def test_small_frames_follow_the_input_contract():
    """The shared fixture must keep the pipeline's column order, or every test built on it drifts."""
    comments, articles = small_frames()
    assert tuple(comments.columns) == COMMENT_COLUMNS
    assert tuple(articles.columns) == ARTICLE_COLUMNS
    for text, spans in zip(comments["text"], comments["mentions"]):
        for start, end, surface in json.loads(spans):
            assert text[start:end] == surface
