"""The report's figures, drawn with matplotlib and returned as inline SVG text.

Each function takes a table from `reports.aggregate` and returns one `<svg>`
element (no XML prolog, no fixed size: it scales to its container). Figures
are built on `matplotlib.figure.Figure` directly, so nothing touches pyplot's
global state or the user's backend, and the output is byte-for-byte stable.
"""
from __future__ import annotations

import html
import io
import re

import matplotlib
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from reports.vocabulary import STANCE_LABELS, UNKNOWN_YEAR

STANCE_COLORS = {"against": "#c0392b", "none": "#8c959f", "favor": "#2e6fba"}
READER_COLOR = "#d9730d"
ARTICLE_COLOR = "#2f3b4c"
_STYLE = {
    "svg.fonttype": "none",  # text stays text: smaller, selectable, page font
    "svg.hashsalt": "readerstance",  # stable ids, so reruns give identical files
    "font.family": "sans-serif",
    "font.size": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#9aa3ad",
    "axes.labelcolor": "#2f3b4c",
    "xtick.color": "#4a5562",
    "ytick.color": "#4a5562",
    "axes.grid": True,
    "axes.axisbelow": True,
    "grid.color": "#e3e7eb",
    "grid.linewidth": 0.8,
    "legend.frameon": False,
}


def tone_by_year_svg(years: pd.DataFrame) -> str:
    """Mean reader tone and mean article tone per year, with 95% intervals."""
    fig, ax = _figure(5.6, 3.4)
    x, known = year_positions(years)
    for offset, prefix, color, label in (
            (-0.08, "article_tone", ARTICLE_COLOR, "articles"),
            (0.08, "reader_tone", READER_COLOR, "readers (comments)")):
        mean = years[f"{prefix}_mean"].to_numpy(dtype=float)
        _interval_line(ax, x + offset, mean, years[f"{prefix}_ci_low"],
                       years[f"{prefix}_ci_high"], color, label, known)
    ax.axhline(0, color="#9aa3ad", linewidth=0.8, zorder=1)
    _year_axis(ax, years)
    ax.set_ylabel("tone score (−1 … +1)")
    ax.set_ylim(*_padded_limits(years, ("article_tone", "reader_tone"), floor=-1, ceil=1))
    fig.legend(loc="outside upper left", ncol=2)
    return _to_svg(fig, "Mean tone per year")


def stance_by_year_svg(years: pd.DataFrame) -> str:
    """Share of comments against / neutral toward / in favor of the target per
    year: small multiples, one panel per stance on a shared 0-100% scale, so
    no interval hides another and a 100% point is never clipped."""
    with matplotlib.rc_context(_STYLE):
        fig = Figure(figsize=(5.6, 4.8), layout="constrained")
        axes = fig.subplots(len(STANCE_LABELS), 1, sharex=True, sharey=True)
    x, known = year_positions(years)
    for ax, label in zip(axes, STANCE_LABELS):
        _interval_line(ax, x, years[f"reader_{label}_share"].to_numpy(dtype=float),
                       years[f"reader_{label}_ci_low"], years[f"reader_{label}_ci_high"],
                       STANCE_COLORS[label], label, known)
        ax.set_title(label, loc="left", color=STANCE_COLORS[label], fontsize=10, fontweight="bold")
        _year_axis(ax, years, say_no_data=ax is axes[0])
        ax.set_ylim(-0.06, 1.06)  # room for a 0% or 100% point and its marker
        ax.set_yticks([0, 0.5, 1])
        ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.tick_params(labelbottom=ax is axes[-1])  # the years once, under the last panel
    fig.supylabel("share of comments", fontsize=10, color="#2f3b4c")
    return _to_svg(fig, "Reader stance shares per year")


def article_vs_reader_svg(articles: pd.DataFrame) -> str:
    """Per article: its own tone (x) against its readers' mean tone (y), with y = x.

    Articles without comments are left out; marker area grows with the number
    of comments.
    """
    fig, ax = _figure(5.2, 4.4)
    data = articles.dropna(subset=["article_tone_score", "reader_tone_mean"])
    ax.plot([-1, 1], [-1, 1], color="#9aa3ad", linewidth=1, linestyle="--", zorder=1,
            label="y = x (readers match the article)")
    most = max(1.0, float(data["n_comments"].max() if len(data) else 1))

    def area(n):
        return 12 + 60 * np.sqrt(np.asarray(n, dtype=float) / most)

    ax.scatter(data["article_tone_score"], data["reader_tone_mean"], s=area(data["n_comments"]),
               color=READER_COLOR, alpha=0.55, edgecolors="white", linewidths=0.5,
               zorder=3, label="one article", gid=_POINTS_GID)
    for n in sorted({1, int(round(most / 4)) or 1, int(most)}) if len(data) else ():
        ax.scatter([], [], s=area(n), color=READER_COLOR, alpha=0.55, edgecolors="white",
                   label=f"{n:,} comment{'s' if n != 1 else ''}")
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(-1.05, 1.05)
    ax.set_aspect("equal")
    ax.set_xlabel("article tone score")
    ax.set_ylabel("mean reader tone score")
    ax.legend(loc="upper left", fontsize=8.5)
    if data.empty:
        _no_data(ax)
    names = [f"{t or d} ({n:,} comment{'s' if n != 1 else ''}): article {a:+.2f}, readers {r:+.2f}"
             for t, d, n, a, r in zip(data["title"], data["doc_id"], data["n_comments"],
                                      data["article_tone_score"], data["reader_tone_mean"])]
    return _titled_points(_to_svg(fig, "Article tone against reader tone, one point per article"), names)


_POINTS_GID = "article-points"


def _titled_points(svg: str, names: list[str]) -> str:
    """Give each point of the scatter its name as an SVG <title> (a tooltip on
    hover), in the order the points were drawn."""
    start = svg.find(f'<g id="{_POINTS_GID}">')
    if start < 0 or not names:
        return svg
    end = svg.index("</g>", start)
    group = svg[start:end]
    pieces = iter(names)
    # one <path> per point (sizes differ), or <use> of one marker when they do not
    group = re.sub(r"<(path|use)\b([^>]*?)/>",
                   lambda m: f"<{m.group(1)}{m.group(2)}><title>{html.escape(next(pieces, ''))}</title></{m.group(1)}>",
                   group)
    return svg[:start] + group + svg[end:]


def stance_distribution_svg(comment_stances: dict, article_stances: dict) -> str:
    """Share of comments and of articles with each stance, side by side;
    each argument maps a stance label to its count (`ReportTables.comment_stances`)."""
    fig, ax = _figure(5.2, 4.4)
    y = np.arange(len(STANCE_LABELS))[::-1]
    for offset, stances, name, hatch in ((0.18, comment_stances, "comments", None),
                                         (-0.18, article_stances, "articles", "///")):
        counts = [int(stances.get(label, 0)) for label in STANCE_LABELS]
        total = sum(counts)
        shares = np.array(counts, dtype=float) / max(1, total)
        bars = ax.barh(y + offset, shares, height=0.34,
                       color=[STANCE_COLORS[s] for s in STANCE_LABELS],
                       alpha=1.0 if hatch is None else 0.45, hatch=hatch,
                       edgecolor="white", label=f"{name} (n = {total})")
        for bar, share, count in zip(bars, shares, counts):
            ax.text(bar.get_width() + 0.01, bar.get_y() + bar.get_height() / 2,
                    f"{share:.0%} ({count})", va="center", fontsize=8.5, color="#2f3b4c")
    ax.set_yticks(y, STANCE_LABELS)
    ax.set_xlim(0, 1.18)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.grid(axis="y", visible=False)
    ax.legend(loc="lower right", fontsize=8.5)
    return _to_svg(fig, "Stance distribution of comments and articles")


def _figure(width: float, height: float):
    with matplotlib.rc_context(_STYLE):
        fig = Figure(figsize=(width, height), layout="constrained")
        ax = fig.add_subplot()
    return fig, ax


def year_positions(years: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """(x, known): each row's place on a true time axis, the year itself, so
    that a missing year leaves a gap; "unknown" two steps right of the last
    year, drawn apart. `known` is False for the unknown row."""
    labels = years["year"].astype(str).to_numpy()
    known = labels != UNKNOWN_YEAR
    x = np.zeros(len(labels))
    x[known] = labels[known].astype(int)
    if (~known).any():
        x[~known] = x[known].max() + 2 if known.any() else 0
    return x, known


def line_runs(x: np.ndarray, y: np.ndarray, known: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The points of the line joining consecutive known years, with NaN where a
    year is missing, so the line breaks there and never runs into "unknown"."""
    xs, ys, previous = [], [], None
    for xi, yi in zip(np.asarray(x)[known], np.asarray(y)[known]):
        if previous is not None and round(xi - previous) > 1:
            xs.append(np.nan)
            ys.append(np.nan)
        xs.append(xi)
        ys.append(yi)
        previous = xi
    return np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)


def _interval_line(ax, x, mean, low, high, color, label, known):
    low = np.asarray(low, dtype=float)
    high = np.asarray(high, dtype=float)
    yerr = np.vstack([mean - low, high - mean])  # NaN (one unit, no interval): no bar
    ax.plot(*line_runs(x, mean, known), color=color, linewidth=1.6, zorder=2)
    ax.errorbar(x, mean, yerr=np.nan_to_num(yerr), color=color, marker="o", linestyle="none",
                markersize=5, capsize=3, elinewidth=1.1, label=label, zorder=3)


def _year_axis(ax, years, say_no_data: bool = True):
    labels = years["year"].astype(str).tolist()
    if not labels:
        ax.set_xticks([])
        if say_no_data:
            _no_data(ax)
        return
    x, known = year_positions(years)
    ax.set_xticks(x, labels)
    ax.set_xlim(x.min() - 0.6, x.max() + 0.6)
    ax.grid(axis="x", visible=False)
    if known.any() and (~known).any():
        ax.axvline(x[known].max() + 1, color="#9aa3ad", linewidth=0.8, linestyle=":", zorder=1)
    if len(labels) > 12:
        for tick in ax.get_xticklabels():
            tick.set_rotation(45)
            tick.set_horizontalalignment("right")


def _padded_limits(years, prefixes, floor, ceil):
    values = np.concatenate([years[f"{p}_{part}"].to_numpy(dtype=float)
                             for p in prefixes for part in ("ci_low", "ci_high", "mean")])
    values = values[~np.isnan(values)]
    if values.size == 0:
        return floor, ceil
    low, high = values.min(), values.max()
    pad = max(0.05, (high - low) * 0.15)
    return max(floor, min(low - pad, -0.05)), min(ceil, max(high + pad, 0.05))


def _no_data(ax):
    ax.text(0.5, 0.5, "no data", transform=ax.transAxes, ha="center", va="center",
            color="#8c959f", fontsize=12)


def _to_svg(fig: Figure, title: str) -> str:
    buffer = io.StringIO()
    with matplotlib.rc_context(_STYLE):
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Title": title})
    svg = buffer.getvalue()
    svg = svg[svg.index("<svg"):]
    # Drop the fixed pt size so the figure scales with the page; keep viewBox.
    svg = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"',
                 r'<svg\1 role="img" aria-label="' + title + '"', svg, count=1)
    return svg
