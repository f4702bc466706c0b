"""report.html: one self-contained page with numbers, figures, tables and a
comment explorer.

The page loads nothing from the network: styles, script and figures (inline
SVG) are all inside the file, and a Content-Security-Policy forbids any other
source. Comment data travels as JSON in a `<script type="application/json">`
block with `<`, `>` and `&` escaped, and the explorer builds its DOM with
`textContent`, so comment text is always shown as text.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math

import numpy as np
import pandas as pd

from reports import plots
from reports.aggregate import (STANCE_LABELS, TONE_LABELS, ReportTables, comment_batches,
                               parse_json_list, year_label)
from reports.page_assets import CSS, SCRIPT

PAGE_SIZE = 50  # comments the explorer shows at a time
# Comments the page carries for its explorer: whole articles, in input order,
# up to this many comments (about 20 MB of page). comments.csv has them all.
EXPLORER_LIMIT = 50_000
# Articles the page's "By article" table lists, in input order; articles.csv has them all.
ARTICLE_TABLE_LIMIT = 5_000


def render_html(tables: ReportTables, comments: pd.DataFrame,
                articles: pd.DataFrame, meta: dict, validation: dict | None = None) -> str:
    """The complete report page as a string.

    `tables` comes from `build_tables(articles, comments, ...)`; `comments`
    (a frame or batches, see `reports.aggregate.comment_batches`) and
    `articles` are the scored frames themselves (the explorer needs the
    mentions and evidence columns, the stance figure the article stances);
    the explorer carries the comments of the first articles, up to
    EXPLORER_LIMIT comments, and says so when that is not all of them;
    `meta` is shown under "About this run"; `validation` (what
    `readerstance validate` stored, or {"stale": reason}) adds a Validation
    section. Raises ReportInputError when a
    mentions or evidence cell is not a JSON list.
    """
    target = _target_name(meta)
    counts = tables.articles["n_comments"].to_numpy()
    shown = int(np.searchsorted(np.cumsum(counts), EXPLORER_LIMIT, side="right"))  # leading articles carried
    script_hash = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    csp = (f"default-src 'none'; script-src 'sha256-{script_hash}'; "
           "style-src 'unsafe-inline'; img-src data:")
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(f'Reader tone and stance toward {target}')}</title>",
        f"<style>{CSS}</style></head><body><main>",
        _header(tables, meta, target),
        _headline_section(tables, target),
        _figures_section(tables, articles, target),
        _year_section(tables),
        _article_section(tables, shown),
        *([_validation_section(validation)] if validation else []),
        _explorer_section(shown, counts),
        _about_section(meta, tables),
        "<footer>Made with readerstance. This page works offline; "
        "it loads nothing from the network.</footer>",
        "</main>",
        '<script type="application/json" id="comment-data">',
        _json_for_script(_comment_data(comments, articles, shown, int(counts[:shown].sum()))),
        "</script>",
        f"<script>{SCRIPT}</script>",
        "</body></html>",
    ]
    return "\n".join(parts)


def _header(tables: ReportTables, meta: dict, target: str) -> str:
    h = tables.headline
    created = meta.get("created_at") or meta.get("created-at") or meta.get("created")
    when = f" Scored {_e(created)}." if created else ""
    return (f"<header><h1>Reader tone and stance toward {_e(target)}</h1>"
            f'<p class="lede">{h["n_articles"]:,} articles and {h["n_comments"]:,} reader '
            f"comments, each scored for tone (negative, neutral, positive) and for "
            f"stance toward {_e(target)} (against, none, favor). Reader numbers are "
            f"shown next to the tone of the article they respond to.{when}</p></header>")


def _headline_section(tables: ReportTables, target: str) -> str:
    h = tables.headline
    level = "95%"
    cards = [
        _card("Mean reader tone", _signed(h["reader_tone_mean"]),
              f'{level} interval {_interval(h["reader_tone_ci_low"], h["reader_tone_ci_high"], estimate=h["reader_tone_mean"])}',
              "Average tone score over all comments. −1 is fully negative, +1 fully "
              "positive, 0 balanced or neutral."),
        _card("Mean article tone", _signed(h["article_tone_mean"]), "",
              "Average tone score of the articles themselves, on the same scale."),
        _card("Reader − article gap", _signed(h["tone_gap_mean"]), "",
              "Per article: readers' mean tone minus the article's tone, averaged "
              "over articles with comments. Negative: readers are harsher than the "
              "article."),
        _stance_card(h, target),
        _card("Comments naming the target", _percent(h["mention_share"]), "",
              f"Share of comments that mention {_e(target)} explicitly (any "
              "recognised name or alias)."),
        _card("Coverage", f'{h["n_comments"]:,}',
              f'comments on {h["n_articles"]:,} articles',
              f'{_count(h["n_articles_without_comments"], "article has", "articles have")} no comments; '
              f'{_count(h["n_articles_without_date"], "has", "have")} no publication date (counted '
              'under "unknown" in the yearly table).'),
    ]
    explainer = (
        '<div class="explainer">'
        "<p><b>Tone score.</b> For each text the model gives the probabilities of "
        "negative, neutral and positive tone; the tone score is P(positive) − "
        "P(negative), from −1 to +1. The tone label is the most probable class.</p>"
        f"<p><b>Stance.</b> Whether a text argues against {_e(target)}, in favor of "
        "it, or takes no stance (which includes not being about it at all). Shares "
        "are fractions of comments.</p>"
        f"<p><b>Intervals.</b> {level} percentile bootstrap intervals from "
        f"{tables.n_boot:,} resamples (seed {tables.seed}). Yearly and overall reader "
        "intervals resample whole articles with all their comments, because comments "
        "on one article are not independent; per-article intervals resample that "
        "article's comments.</p>"
        "</div>")
    return (f'<section class="section" id="headline"><h2>Headline numbers</h2>'
            f'<div class="cards">{"".join(cards)}</div>{explainer}</section>')


def _stance_card(h: dict, target: str) -> str:
    shares = [h[f"reader_{label}_share"] for label in STANCE_LABELS]
    bar = "".join(f'<span class="bg-{label}" style="width:{_width(share)}%"></span>'
                  for label, share in zip(STANCE_LABELS, shares))
    legend = " · ".join(f'<b class="c-{label}">{label}</b> {_percent(share)}'
                        for label, share in zip(STANCE_LABELS, shares))
    return ('<div class="card"><div class="label">Reader stance</div>'
            f'<div class="stance-split" aria-hidden="true">{bar}</div>'
            f'<div class="legend-line">{legend}</div>'
            f'<div class="explain">Share of comments against {_e(target)}, with no '
            "stance, or in favor.</div></div>")


def _figures_section(tables: ReportTables, articles: pd.DataFrame, target: str) -> str:
    figures = [
        (plots.tone_by_year_svg(tables.years),
         "Mean tone per year of the articles and of their readers' comments. Bars "
         "are 95% bootstrap intervals; years with few articles have wide intervals."),
        (plots.stance_by_year_svg(tables.years),
         f"Share of comments against {_e(target)}, with no stance, and in favor, per "
         "year, with 95% bootstrap intervals."),
        (plots.article_vs_reader_svg(tables.articles),
         "One point per article with comments. Points below the dashed line: readers "
         "are more negative than the article; above: more positive."),
        (plots.stance_distribution_svg(tables.comment_stances, articles["stance"].value_counts().to_dict()),
         "How often each stance label was given, among comments and among articles."),
    ]
    body = "".join(f'<figure class="plot">{svg}<figcaption>{caption}</figcaption></figure>'
                   for svg, caption in figures)
    return (f'<section class="section" id="figures"><h2>Figures</h2>'
            f'<div class="figures">{body}</div></section>')


def _year_section(tables: ReportTables) -> str:
    head = ("<tr><th>Year</th><th class=num>Articles</th><th class=num>Comments</th>"
            "<th class=num>Article tone</th><th class=num>Reader tone</th>"
            "<th class=num>Gap</th><th class=num>Against</th><th class=num>None</th>"
            "<th class=num>Favor</th></tr>")
    rows = []
    for r in tables.years.to_dict("records"):
        rows.append(
            f"<tr><td>{_e(r['year'])}</td><td class=num>{r['n_articles']:,}</td>"
            f"<td class=num>{r['n_comments']:,}</td>"
            f"<td class=num>{_with_ci(r, 'article_tone')}</td>"
            f"<td class=num>{_with_ci(r, 'reader_tone')}</td>"
            f"<td class=num>{_signed(r['tone_gap'])}</td>"
            + "".join(f"<td class=num>{_percent(r[f'reader_{s}_share'])}"
                      f"<span class=sub>{_interval(r[f'reader_{s}_ci_low'], r[f'reader_{s}_ci_high'], _percent, r[f'reader_{s}_share'])}</span></td>"
                      for s in STANCE_LABELS)
            + "</tr>")
    return ('<section class="section" id="years"><h2>By year</h2>'
            '<p class="note">Tone means with 95% intervals underneath. “Gap” is the '
            "average over the year's commented articles of reader tone minus article "
            "tone. Articles without a publication date are counted under "
            "“unknown”. The same numbers are in <code>years.csv</code>.</p>"
            f'<div class="table-wrap"><table id="year-table"><thead>{head}</thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div></section>')


# (header, how it sorts, right-aligned)
_ARTICLE_COLUMNS = (("Article", "text", False), ("Published", "text", False), ("Comments", "num", True),
                    ("Article tone", "num", False), ("Article stance", "text", False), ("Reader tone", "num", True),
                    ("Gap", "num", True), ("Against", "num", True), ("None", "num", True), ("Favor", "num", True))


def _sort_key(value) -> str:
    """A cell's data-sort value: the raw number or text; empty when missing (sorted last)."""
    if _missing(value):
        return ""
    return _e(value if isinstance(value, str) else repr(float(value)))


def _article_section(tables: ReportTables, shown: int) -> str:
    """The article table, of the first ARTICLE_TABLE_LIMIT articles; the
    comment counts of the first `shown` articles (those the explorer carries)
    open their comments in the explorer."""
    head = "<tr>" + "".join(
        f'<th{" class=num" if right else ""} data-type="{kind}"><button class="sort" type="button">{name}</button></th>'
        for name, kind, right in _ARTICLE_COLUMNS) + "</tr>"
    rows = []
    listed = tables.articles.iloc[:ARTICLE_TABLE_LIMIT]
    for i, r in enumerate(listed.to_dict("records")):
        count = (f'<button class="link count-link" data-article="{i}" '
                 f'title="Show these comments in the explorer">{r["n_comments"]:,}</button>'
                 if r["n_comments"] and i < shown else f"{r['n_comments']:,}")
        keys = [r["title"] or r["doc_id"], r["published"] or "", r["n_comments"], r["article_tone_score"],
                r["article_stance"], r["reader_tone_mean"], r["tone_gap"],
                *(r[f"reader_{s}_share"] for s in STANCE_LABELS)]
        k = [f' data-sort="{_sort_key(v)}"' for v in keys]
        rows.append(
            f"<tr><td class=title{k[0]}>{_e(r['title']) or '<i>untitled</i>'}"
            f"<span class=sub>{_e(r['site'])} · {_e(r['doc_id'])}</span></td>"
            f"<td class=date{k[1]}>{_e(r['published']) or 'unknown'}</td>"
            f"<td class=num{k[2]}>{count}</td>"
            f"<td{k[3]}>{_chip('tone', r['article_tone'])} {_signed(r['article_tone_score'])}</td>"
            f"<td{k[4]}>{_chip('stance', r['article_stance'])}</td>"
            f"<td class=num{k[5]}>{_with_ci(r, 'reader_tone', alone='1 comment')}</td>"
            f"<td class=num{k[6]}>{_signed(r['tone_gap'])}</td>"
            + "".join(f"<td class=num{k[7 + j]}>{_percent(r[f'reader_{s}_share'])}</td>"
                      for j, s in enumerate(STANCE_LABELS))
            + "</tr>")
    return ('<section class="section" id="articles"><h2>By article</h2>'
            '<p class="note">One row per article. Reader tone is the mean over its '
            "comments with a 95% interval; gap is reader tone minus article tone; "
            "stance columns are shares of its comments. Click a comment count to "
            "read those comments in the explorer below; click a column's name to sort by it. "
            "The same numbers are in <code>articles.csv</code>.</p>"
            + (f'<p class="note" id="articles-partial">This table lists the first {len(listed):,} of '
               f"{len(tables.articles):,} articles, to stay small enough for a browser; "
               "<code>articles.csv</code> lists them all.</p>" if len(listed) < len(tables.articles) else "")
            + f'<div class="table-wrap"><table id="article-table" class="sortable"><thead>{head}</thead>'
              f'<tbody>{"".join(rows)}</tbody></table></div></section>')


def _validation_section(v: dict) -> str:
    if "stale" in v:
        return ('<section class="section" id="validation"><h2>Validation</h2>'
                f'<p class="note">{_e(v["stale"])}.</p></section>')
    rows = []
    for role in ("tone", "stance"):
        r = v[role]
        rows.append(f"<tr><td>{role}</td>" + "".join(
            f"<td class=num>{_fixed(r[k]['estimate'])}<span class=sub>"
            f"{_interval(r[k]['ci_low'], r[k]['ci_high'], _fixed)}</span></td>"
            for k in ("accuracy", "macro_f1", "kappa", "alpha")) + "</tr>")
    agreement = ('<table><thead><tr><th>Label</th><th class=num>Accuracy</th><th class=num>Macro-F1</th>'
                 "<th class=num>Cohen's kappa</th><th class=num>Krippendorff's alpha</th></tr></thead>"
                 f'<tbody>{"".join(rows)}</tbody></table>')
    share_rows = []
    for role, labels in (("tone", TONE_LABELS), ("stance", STANCE_LABELS)):
        raw, corrected = v["shares"][role]["raw"]["overall"], v["shares"][role]["corrected"]["overall"]
        for label in labels:
            c = corrected.get(label)
            fixed = (f"{_percent(c['estimate'])}<span class=sub>{_interval(c['ci_low'], c['ci_high'], _percent)}</span>"
                     if c else _e(corrected.get("note", "")))
            share_rows.append(f"<tr><td>{role}</td><td>{label}</td><td class=num>{_percent(raw[label]['estimate'])}</td>"
                              f"<td class=num>{fixed}</td></tr>")
    year_rows = []
    raw_years, fixed_years = v["shares"]["stance"]["raw"]["by_year"], v["shares"]["stance"]["corrected"]["by_year"]
    for year in sorted(raw_years, key=lambda y: (y == "unknown", y)):
        c = fixed_years.get(year, {})
        cells = "".join(
            f"<td class=num>{_percent(raw_years[year][label]['estimate'])} → "
            + (f"{_percent(c[label]['estimate'])}<span class=sub>{_interval(c[label]['ci_low'], c[label]['ci_high'], _percent)}</span>"
               if label in c else "too few coded") + "</td>"
            for label in STANCE_LABELS)
        year_rows.append(f"<tr><td>{_e(year)}</td><td class=num>{c.get('n_coded', 0)}</td>{cells}</tr>")
    intercoder = v.get("intercoder") or {}
    coders = "; ".join(f"{role}: alpha {_fixed(ic['alpha'])} on {ic['n_comments']} comments coded by "
                       f"{', '.join(map(_e, ic['coders']))}" for role, ic in intercoder.items() if ic)
    return ('<section class="section" id="validation"><h2>Validation</h2>'
            f'<p class="note">{v["n_coded"]:,} comments hand-coded by {_e(", ".join(v["coders"]))}, '
            "compared with the model's labels (95% bootstrap intervals underneath)."
            + (f" Between coders: {coders}." if coders else "") + "</p>"
            f'<div class="table-wrap">{agreement}</div>'
            '<p class="note">Shares of each label over all comments: as the model labels them, and corrected '
            "for the model's errors with the coded sample (prediction-powered inference, 95% intervals). "
            "Per-year stance shares are below; all per-year figures are in <code>years.csv</code> and "
            "<code>validation.json</code>.</p>"
            '<div class="table-wrap"><table id="validation-shares"><thead><tr><th>Role</th><th>Label</th>'
            f'<th class=num>Model</th><th class=num>Corrected</th></tr></thead><tbody>{"".join(share_rows)}'
            "</tbody></table></div>"
            '<div class="table-wrap"><table id="validation-years"><thead><tr><th>Year</th><th class=num>Coded</th>'
            + "".join(f"<th class=num>{label.capitalize()}: model → corrected</th>" for label in STANCE_LABELS)
            + f'</tr></thead><tbody>{"".join(year_rows)}</tbody></table></div></section>')


def _fixed(x) -> str:
    return "–" if x is None else f"{x:.2f}"


def _explorer_section(shown: int, counts) -> str:
    def select(id_, label, first, extra=""):
        return (f'<label>{label}<select id="{id_}"><option value="">{first}</option>'
                f"{extra}</select></label>")
    sorts = "".join(f'<option value="{v}">{t}</option>' for v, t in (
        ("position", "page order"), ("confidence", "most confident first"),
        ("tone", "most negative tone first"), ("stance", "most against first")))
    return (
        '<section class="section" id="explorer"><h2>Comment explorer</h2>'
        '<p class="note">Every scored comment with its probabilities. Highlighted '
        "words are the target mentions the model found. Confidence is the top "
        "probability of the tone label, of the stance label, or (“both”) the smaller "
        "of the two.</p>"
        + (f'<p class="note" id="x-partial">This page carries the comments of the first {shown:,} of '
           f'{len(counts):,} articles ({int(counts[:shown].sum()):,} of {int(counts.sum()):,} comments), '
           "to stay small enough for a browser; comments.csv and comments.parquet hold every comment.</p>"
           if shown < len(counts) else "")
        + '<div class="filters">'
        + select("f-article", "Article", "All articles").replace("<label>", '<label class="wide">', 1)
        + select("f-year", "Year", "All years")
        + select("f-tone", "Tone", "Any tone")
        + select("f-stance", "Stance", "Any stance")
        + '<label><span class="inline">Minimum confidence <output id="f-conf-out">0.00</output></span>'
          '<input type="range" id="f-conf" min="0" max="1" step="0.05" value="0"></label>'
          '<label>Confidence of<select id="f-conf-of"><option value="both">both labels</option>'
          '<option value="tone">tone</option><option value="stance">stance</option></select></label>'
        + f'<label>Sort<select id="f-sort">{sorts}</select></label>'
          '<label class="wide">Search text, author or title'
          '<input type="search" id="f-search" placeholder="e.g. embassy"></label>'
          '<button id="f-reset" type="button">Reset filters</button>'
        "</div>"
        '<p class="count" id="x-count" aria-live="polite">Loading comments…</p>'
        '<div id="x-list"></div>'
        '<nav class="pager"><button id="x-prev" type="button">← Previous</button>'
        '<span id="x-page"></span><button id="x-next" type="button">Next →</button></nav>'
        "</section>")


def _about_section(meta: dict, tables: ReportTables) -> str:
    items = "".join(f"<dt>{_e(key)}</dt><dd>{_e(_meta_text(value))}</dd>"
                    for key, value in meta.items())
    items += (f"<dt>bootstrap</dt><dd>{tables.n_boot} resamples, seed {tables.seed}, "
              "95% percentile intervals</dd>")
    return ('<section class="section" id="about"><h2>About this run</h2>'
            f'<dl class="meta">{items}</dl></section>')


def _comment_data(comments, articles: pd.DataFrame, shown: int, n_rows: int) -> dict:
    """Compact, column-coded comment rows for the explorer (see
    page_assets.SCRIPT): the `n_rows` comments of the first `shown` articles,
    read batch by batch until they are all in. Its article list (the
    explorer's filter) holds those articles only."""
    article_rows = [[str(a["doc_id"]), _text(a["title"]), _text(a["site"]),
                     _text(a["published"]), year_label(a["year"])]
                    for a in articles.iloc[:shown].to_dict("records")]
    position = {row[0]: i for i, row in enumerate(article_rows)}
    fields = ["article", "index", "author", "posted", "text", "tone", "tone_score",
              "p_negative", "p_neutral", "p_positive", "stance", "p_against",
              "p_none", "p_favor", "mentions", "evidence"]
    rows = []
    for batch in comment_batches(comments):
        if len(rows) >= n_rows:
            break
        if shown < len(articles):
            batch = batch[batch["doc_id"].astype(str).isin(position)]
        rows += _explorer_rows(batch, position)
    years = sorted({row[4] for row in article_rows},
                   key=lambda y: (y == "unknown", y))
    return {"fields": fields, "articles": article_rows, "tones": list(TONE_LABELS),
            "stances": list(STANCE_LABELS), "years": years, "page_size": PAGE_SIZE,
            "rows": rows}


def _explorer_rows(comments: pd.DataFrame, position: dict) -> list:
    """One batch of comments as explorer rows (the `fields` of `_comment_data`)."""
    tone_code = {label: i for i, label in enumerate(TONE_LABELS)}
    stance_code = {label: i for i, label in enumerate(STANCE_LABELS)}
    # Column lists rather than to_dict("records"), numbers rounded in bulk:
    # several times faster at 40k rows.
    numbers = ("tone_score", "p_negative", "p_neutral", "p_positive", "p_against",
               "p_none", "p_favor")
    empty = ["[]"] * len(comments)
    columns = {name: _rounded(comments[name]) if name in numbers
               else comments[name].tolist() if name in comments.columns else empty
               for name in ("doc_id", "comment_index", "author", "posted_at", "text",
                            "tone", "stance", "mentions", "evidence") + numbers}
    rows = []
    for (doc_id, index, author, posted, text, tone, stance, mentions, evidence,
         tone_score, p_neg, p_neu, p_pos, p_against, p_none, p_favor) in zip(*columns.values()):
        text = _text(text)
        rows.append([
            position[str(doc_id)], int(index), _text(author), _text(posted), text,
            tone_code[tone], tone_score, p_neg, p_neu, p_pos, stance_code[stance],
            p_against, p_none, p_favor,
            _utf16_spans(text, parse_json_list(mentions, "mentions")),
            [str(s) for s in parse_json_list(evidence, "evidence")],
        ])
    return rows


def _utf16_spans(text: str, mentions: list) -> list:
    """Mention [start, end] offsets converted from Python code points to the
    UTF-16 units JavaScript strings index by (they differ after an emoji)."""
    spans = [[int(m[0]), int(m[1])] for m in mentions]
    if len(text.encode("utf-16-le")) == 2 * len(text):
        return spans
    units = np.cumsum([0] + [2 if ord(ch) > 0xFFFF else 1 for ch in text])
    return [[int(units[min(s, len(text))]), int(units[min(e, len(text))])]
            for s, e in spans]


def _json_for_script(data) -> str:
    """JSON that is safe inside a <script> element: no `<`, `>` or `&`
    survive, so no `</script>` or `<!--` can end the block early."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _card(label: str, value: str, ci: str, explain: str) -> str:
    return (f'<div class="card"><div class="label">{label}</div>'
            f'<div class="value">{value}</div><div class="ci">{ci}</div>'
            f'<div class="explain">{explain}</div></div>')


def _chip(kind: str, label) -> str:
    if not isinstance(label, str):
        return "—"
    return f'<span class="chip {kind}-{_e(label)}">{_e(label)}</span>'


def _with_ci(row: dict, prefix: str, alone: str = "1 article") -> str:
    mean = row[f"{prefix}_mean"]
    low, high = row[f"{prefix}_ci_low"], row[f"{prefix}_ci_high"]
    return f"{_signed(mean)}<span class=sub>{_interval(low, high, estimate=mean, alone=alone)}</span>"


def _interval(low, high, fmt=None, estimate=None, alone: str = "1 article") -> str:
    """"[low, high]"; "n/a (1 article)" for an estimate from one unit, which has
    no interval (a zero-width one would read as certainty); "" with no estimate."""
    fmt = fmt or _signed
    if _missing(low) or _missing(high):
        return "" if _missing(estimate) else f"n/a ({alone})"
    return f"[{fmt(low)}, {fmt(high)}]"


def _signed(x) -> str:
    if _missing(x):
        return "—"
    text = f"{x:+.2f}"
    if text in ("+0.00", "-0.00"):
        return "0.00"
    return text.replace("-", "−")


def _percent(x) -> str:
    return "—" if _missing(x) else f"{x:.0%}"


def _width(x) -> str:
    return "0" if _missing(x) else f"{100 * x:.2f}"


def _rounded(series: pd.Series) -> list:
    """Floats rounded once to the 2 decimals the page shows, by the rule
    `inspect` prints with (Python's correctly rounded `:.2f`), so the page's
    `toFixed(2)` only writes those digits out and both show the same number;
    NaN as None (JSON null)."""
    return [None if math.isnan(v) else float(f"{v:.2f}") for v in series.to_numpy(dtype=float).tolist()]


def _missing(x) -> bool:
    return x is None or x is pd.NA or (isinstance(x, float) and math.isnan(x))


def _text(value) -> str:
    return "" if _missing(value) else str(value)


def _e(value) -> str:
    return html.escape(_text(value))


def _count(n: int, one: str, many: str) -> str:
    """"1 article has", "3 articles have": the number with its words in agreement."""
    return f"{n:,} {one if n == 1 else many}"


def _meta_text(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and not value:
        return "none"
    if isinstance(value, list) and all(isinstance(v, dict) and "path" in v for v in value):
        # the run's failed / skipped / duplicate inputs: a count and the first few (all are in summary.json)
        shown = "; ".join(f"{v['path']} ({v.get('error') or v.get('reason') or 'same as ' + str(v.get('same_as'))})"
                          for v in value[:5])
        return f"{len(value)}: {shown}" + (f"; and {len(value) - 5} more (see summary.json)" if len(value) > 5 else "")
    return json.dumps(value, ensure_ascii=False, default=str)


def _target_name(meta: dict) -> str:
    for key in ("target_name", "target", "target-name"):
        if isinstance(meta.get(key), str) and meta[key]:
            return meta[key]
    return "the United States"
