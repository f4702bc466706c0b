"""Split pages → score article and comments → scored records, streamed in
groups of pages so memory stays flat and the cache commits as it goes."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from comments import Page, page_to_dict

from .cache import Scorer
from .classifier import Score, score_to_dict
from .targets import Target


@dataclass(frozen=True)
class ScoredPage:
    """A page with the score of its article and of each comment (same order)."""

    page: Page
    article: Score
    comments: tuple[Score, ...]


def article_text(page: Page) -> str:
    """What is scored for the article: its title and body."""
    title = page.article.title or ""
    return f"{title}\n\n{page.article.body}".strip() if title else page.article.body


def score_pages(pages: Iterable[Page], scorer: Scorer, target: Target, group: int = 32,
                progress: Callable[[int], None] | None = None) -> Iterator[ScoredPage]:
    """Yield a ScoredPage per page, in input order. ``progress`` gets the
    number of comments finished after each group."""
    buffer: list[Page] = []

    def flush():
        texts = [article_text(p) for p in buffer]
        texts += [c.text for p in buffer for c in p.comments]
        scores = scorer.score(texts, target)
        arts, rest = scores[:len(buffer)], scores[len(buffer):]
        k = 0
        for page, art in zip(buffer, arts):
            n = len(page.comments)
            yield ScoredPage(page, art, tuple(rest[k:k + n]))
            k += n
        if progress:
            progress(k)
        buffer.clear()

    for page in pages:
        buffer.append(page)
        if len(buffer) >= group:
            yield from flush()
    if buffer:
        yield from flush()


def scored_page_to_dict(sp: ScoredPage) -> dict:
    """The `score` command's JSON object: the `split` fields plus
    ``article_score`` and, on each comment, its labels, probabilities, target
    mentions and evidence."""
    out = page_to_dict(sp.page)
    out["article_score"] = score_to_dict(sp.article, article_text(sp.page))
    for c, s in zip(out["comments"], sp.comments):
        c.update(score_to_dict(s, c["text"]))
    return out


def _prob_columns(score: Score) -> dict:
    return {
        "tone": score.tone, "tone_score": score.tone_score,
        "p_negative": score.tone_probs[0], "p_neutral": score.tone_probs[1], "p_positive": score.tone_probs[2],
        "stance": score.stance,
        "p_against": score.stance_probs[0], "p_none": score.stance_probs[1], "p_favor": score.stance_probs[2],
    }


def scored_rows(sp: ScoredPage) -> tuple[dict, list[dict]]:
    """The article row and the comment rows that ``reports`` aggregates
    (the column contract of ``reports.store.write_outputs``)."""
    art = sp.page.article
    base = {"doc_id": art.doc_id, "site": art.site, "title": art.title or "",
            "published": art.published_text, "year": art.year}
    article = {**base, "path": art.path, "n_comments": len(sp.comments), **_prob_columns(sp.article),
               "warnings": json.dumps(list(sp.page.warnings), ensure_ascii=False)}
    rows = []
    for c, s in zip(sp.page.comments, sp.comments):
        rows.append({
            **base, "comment_index": c.index, "author": c.author, "posted_at": c.posted_at,
            "posted_at_parsed": c.posted_at_parsed.isoformat() if c.posted_at_parsed else None, "text": c.text,
            **_prob_columns(s), "n_mentions": len(s.mentions),
            "mentions": json.dumps([[m.start, m.end, m.text] for m in s.mentions], ensure_ascii=False),
            "evidence": json.dumps([c.text[e.start:e.end] for e in s.evidence if e.role == "stance"], ensure_ascii=False),
        })
    return article, rows
