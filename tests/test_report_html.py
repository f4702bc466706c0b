"""report.html: self-contained, escaped, and working in a real browser.

The browser tests run Debian's headless Chromium on the written file and read
the DOM after the page's script ran; they are skipped only when no chromium
binary is installed.
"""
import html
import json
import re
import shutil
import subprocess

import numpy as np
import pandas as pd
import pytest

from reports.aggregate import build_tables
from reports.render import PAGE_SIZE, _json_for_script, render_html
from reports.store import write_outputs
from test_reports_fixtures import META, small_frames

# Builds its marker id by concatenation so the literal id never appears in
# the comment text itself: finding it in the DOM can only mean the script ran.
INJECTED = ('Hi <script>document.title="PWNED";var p=document.createElement("p");'
            'p.id="xss-"+"mark";document.body.appendChild(p)</script> from the USA \U0001F600 USA')
BREAKOUT = '</script><img src=x onerror="document.body.id=\'xss-\'+\'img\'"> USA'


def frames_with_hostile_comments(n_filler=0):
    """The fixture frames plus hostile comments on a new article a5, and
    n_filler plain comments after them (to exercise pagination)."""
    comments, articles = small_frames()
    article = articles.iloc[[0]].assign(
        doc_id="a5", title='<img id="xss-title" src=x>', n_comments=2 + n_filler)
    texts = [INJECTED, BREAKOUT] + [f"Filler comment {i}." for i in range(n_filler)]
    rows = []
    for index, text in enumerate(texts):
        spans = [[m.start(), m.end(), "USA"] for m in re.finditer("USA", text)]
        rows.append(comments.iloc[0].to_dict() | {
            "doc_id": "a5", "title": article["title"].iloc[0], "comment_index": index,
            "text": text, "mentions": json.dumps(spans), "n_mentions": len(spans)})
    comments = pd.concat([comments, pd.DataFrame(rows)], ignore_index=True)
    comments["year"] = comments["year"].astype("Int64")
    return comments, pd.concat([articles, article], ignore_index=True)


def page_for(comments, articles):
    return render_html(build_tables(articles, comments, n_boot=20), comments, articles, META)


def embedded_data(page):
    block = re.search(r'<script type="application/json" id="comment-data">\n(.*?)\n</script>',
                      page, re.S)
    return json.loads(block.group(1))


def test_page_loads_nothing_from_the_network():
    page = page_for(*small_frames())
    external = re.findall(r'(?:src|href)\s*=\s*["\']?(?!#|data:)[a-z]+:', page, re.I)
    assert external == []
    assert "@import" not in page and "url(http" not in page
    assert "default-src 'none'" in page


def test_comment_text_cannot_close_the_data_block():
    page = page_for(*frames_with_hostile_comments())
    assert page.count("<script") == 2  # the JSON block and the page's own script
    assert "</script><img" not in page
    assert "\\u003c/script\\u003e\\u003cimg src=x" in page


def test_embedded_data_round_trips_hostile_text():
    comments, articles = frames_with_hostile_comments()
    texts = [row[4] for row in embedded_data(page_for(comments, articles))["rows"]]
    assert texts == comments["text"].tolist()


def test_json_escaping_keeps_the_value():
    value = {"t": "a</script><!-- & \u2028 >"}
    escaped = _json_for_script(value)
    assert not set("<>&") & set(escaped)
    assert json.loads(escaped) == value


def test_mention_offsets_are_converted_to_javascript_string_units():
    """After the emoji, UTF-16 offsets run one ahead of Python's code points."""
    comments, articles = frames_with_hostile_comments()
    data = embedded_data(page_for(comments, articles))
    spans = data["rows"][len(small_frames()[0])][data["fields"].index("mentions")]
    first, second = INJECTED.index("USA"), INJECTED.rindex("USA")
    assert spans == [[first, first + 3], [second + 1, second + 4]]


def test_titles_are_html_escaped_in_tables():
    page = page_for(*frames_with_hostile_comments())
    assert "Aid &amp; &lt;b&gt;debate&lt;/b&gt;" in page
    assert '<img id="xss-title"' not in page


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def dom(tmp_path_factory):
    """The DOM of report.html after its script ran in headless Chromium."""
    if CHROMIUM is None:
        pytest.skip("no chromium binary found (install Debian's `chromium` package)")
    tmp = tmp_path_factory.mktemp("html")
    comments, articles = frames_with_hostile_comments(n_filler=PAGE_SIZE)
    write_outputs(comments, articles, tmp / "out", META, n_boot=20)
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
               "--no-first-run", "--disable-background-networking",
               "--disable-component-update", "--disable-sync",
               f"--user-data-dir={tmp / 'profile'}", "--virtual-time-budget=2000",
               "--dump-dom", (tmp / "out" / "report.html").as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_browser_shows_tables_and_plots(dom):
    assert '<table id="year-table">' in dom and '<table id="article-table" class="sortable">' in dom
    assert dom.count("<svg") >= 4


def test_browser_explorer_renders_first_page_of_comments(dom):
    """The script ran: 58 comments exist, the first 50 are drawn."""
    assert dom.count('<article class="comment"') == PAGE_SIZE
    assert "58 of 58 comments match; showing 1–50." in dom
    assert "page 1 of 2" in dom


def test_browser_shows_injected_script_as_text_and_never_runs_it(dom):
    assert "xss-mark" not in dom and "xss-img" not in dom
    assert "<img" not in dom  # the page has no images; every <img is comment or title text
    assert "<title>PWNED" not in dom
    assert html.escape('Hi <script>document.title="PWNED";', quote=False) in dom


def test_browser_highlights_mentions_after_an_emoji(dom):
    card = re.search(r'data-comment="a5:0">(.*?)</article>', dom, re.S).group(1)
    assert card.count('<mark class="mention">USA</mark>') == 2


def test_counts_agree_with_their_nouns():
    from reports.render import _count

    assert _count(1, "article has", "articles have") == "1 article has"
    assert _count(0, "has", "have") == "0 have"
    assert _count(1200, "article has", "articles have") == "1,200 articles have"


def test_a_year_or_article_of_one_unit_shows_no_interval():
    """One article (or one comment) has no spread: "n/a (1 article)", never "[0.30, 0.30]"."""
    comments, articles = small_frames()
    page = page_for(comments, articles)
    years = re.search(r'<section class="section" id="years">(.*?)</section>', page, re.S).group(1)
    one_article = re.search(r"<tr><td>unknown</td>(.*?)</tr>", years, re.S).group(1)  # 1 article, 2 comments
    assert one_article.count("n/a (1 article)") == 5  # article tone, reader tone, three stance shares
    assert not re.search(r"\[([−+]?[\d.]+%?), \1\]", years)
    assert "n/a (1 comment)" in page  # the by-article table: an article with one comment


def test_years_sit_on_a_true_time_axis_with_unknown_apart():
    from reports.plots import line_runs, year_positions

    years = pd.DataFrame({"year": ["2011", "2012", "2014", "unknown"]})
    x, known = year_positions(years)
    assert x.tolist() == [2011, 2012, 2014, 2016] and known.tolist() == [True, True, True, False]
    xs, ys = line_runs(x, np.array([0.1, 0.2, 0.3, 0.9]), known)
    # the line breaks over the missing 2013 and never reaches "unknown"
    np.testing.assert_array_equal(xs, [2011, 2012, np.nan, 2014])
    np.testing.assert_array_equal(ys, [0.1, 0.2, np.nan, 0.3])


def test_scatter_points_are_named_on_hover_and_sizes_have_a_key():
    from reports.plots import article_vs_reader_svg

    comments, articles = small_frames()
    svg = article_vs_reader_svg(build_tables(articles, comments, n_boot=20).articles)
    titles = re.findall(r"<path\b[^>]*><title>([^<]*)</title></path>", svg)
    assert titles == ["Embassy talks resume (3 comments): article +0.50, readers +0.20",
                      "Trade deal signed (1 comment): article -0.20, readers +0.60",
                      "Aid &amp; &lt;b&gt;debate&lt;/b&gt; (2 comments): article -0.60, readers -0.50"]
    assert ">1 comment<" in svg and ">3 comments<" in svg  # the size key


LAYOUT_PROBE = """<script>
window.addEventListener("load", () => {
  const out = [];
  for (const fig of document.querySelectorAll("figure")) {
    const card = fig.getBoundingClientRect(), svg = fig.querySelector("svg");
    if (svg) { const r = svg.getBoundingClientRect(); out.push([Math.round(r.right - card.right), Math.round(card.left - r.left)]); }
  }
  parent.postMessage(JSON.stringify({width: window.innerWidth, figures: out,
                                     page: document.documentElement.scrollWidth - window.innerWidth}), "*");
});
</script>"""
# Headless Chromium's window is at least 500 px wide, so the report is measured
# inside an iframe of the wanted width; the probe posts its figures to the host.
LAYOUT_HOST = """<!doctype html><body style="margin:0">
<iframe src="report.html" style="width:{width}px;height:900px;border:0"></iframe>
<script>addEventListener("message", e => document.body.setAttribute("data-layout", e.data));</script></body>"""


@pytest.mark.parametrize("width", [420, 1400], ids=["phone", "desktop"])
def test_no_figure_overflows_its_card(tmp_path, width):
    """Measured in headless Chromium with getBoundingClientRect, at a phone's width and a desktop's."""
    if CHROMIUM is None:
        pytest.skip("no chromium binary found (install Debian's `chromium` package)")
    comments, articles = small_frames()
    head, body_end, tail = page_for(comments, articles).rpartition("</body>")
    head = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", head)  # lets the probe run
    (tmp_path / "report.html").write_text(head + LAYOUT_PROBE + body_end + tail, encoding="utf-8")
    host = tmp_path / "host.html"
    host.write_text(LAYOUT_HOST.replace("{width}", str(width)), encoding="utf-8")
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1500,1000",
               "--virtual-time-budget=3000", "--dump-dom", host.as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    layout = json.loads(html.unescape(re.search(r'data-layout="([^"]*)"', result.stdout).group(1)))
    assert layout["width"] == width and len(layout["figures"]) >= 4
    assert all(right <= 1 and left <= 1 for right, left in layout["figures"]), layout
    assert layout["page"] <= 1, layout  # nothing makes the page scroll sideways


SORT_PROBE = """<script>
window.addEventListener("load", () => {
  const table = document.getElementById("article-table");
  const order = () => Array.from(table.tBodies[0].rows, r => r.cells[0].getAttribute("data-sort"));
  const button = table.tHead.rows[0].cells[2].querySelector("button.sort");  // Comments
  button.click(); const up = order();
  button.click(); const down = order();
  parent.postMessage(JSON.stringify({up, down, wrapped: getComputedStyle(table.parentElement).maxHeight}), "*");
});
</script>"""


def test_the_article_table_sorts_by_a_clicked_column_and_has_no_inner_scroll_box(tmp_path):
    if CHROMIUM is None:
        pytest.skip("no chromium binary found (install Debian's `chromium` package)")
    comments, articles = small_frames()
    head, body_end, tail = page_for(comments, articles).rpartition("</body>")
    head = re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", head)
    (tmp_path / "report.html").write_text(head + SORT_PROBE + body_end + tail, encoding="utf-8")
    host = tmp_path / "host.html"
    host.write_text(LAYOUT_HOST.replace("{width}", "1200"), encoding="utf-8")
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync",
               f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=3000", "--dump-dom", host.as_uri()]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120)
    found = json.loads(html.unescape(re.search(r'data-layout="([^"]*)"', result.stdout).group(1)))
    by_count = {"Trade deal signed": 1, "Aid & <b>debate</b>": 2, "Embassy talks resume": 3}
    up, down = ([by_count.get(title, 0) for title in found[key]] for key in ("up", "down"))
    assert up == sorted(up) and down == sorted(down, reverse=True) and up != down
    assert found["wrapped"] == "none"  # every row on the page, no scroll box inside it


def test_page_and_inspect_round_probabilities_by_one_rule():
    """The page's data holds each number rounded once to the 2 decimals it
    shows, by inspect's rule: no double rounding (0.2851 -> 0.285 -> "0.28")."""
    from reports.render import _rounded

    values = [0.2851, 0.125, 0.145, 0.999, -0.335, float("nan")]
    assert _rounded(pd.Series(values)) == [0.29, 0.12, 0.14, 1.0, -0.34, None]
    assert [f"{v:.2f}" for v in _rounded(pd.Series(values[:-1]))] == [f"{v:.2f}" for v in values[:-1]]


def test_stance_by_year_is_three_panels_on_one_scale_with_room_for_100_percent(monkeypatch):
    """Small multiples: one panel per stance, each with its own series, the
    years labelled once, and a 100% share drawn inside its panel."""
    import matplotlib.figure

    from reports import plots

    years = pd.DataFrame({"year": ["2011", "2012", "unknown"]})
    for label, shares in (("against", [1.0, 0.5, 0.0]), ("none", [0.0, 0.5, 1.0]), ("favor", [0.0, 0.0, 0.0])):
        years[f"reader_{label}_share"] = shares
        years[f"reader_{label}_ci_low"] = [max(0.0, s - 0.2) for s in shares[:2]] + [np.nan]
        years[f"reader_{label}_ci_high"] = [min(1.0, s + 0.2) for s in shares[:2]] + [np.nan]
    drawn = {}

    def keep(fig: matplotlib.figure.Figure, title: str) -> str:
        drawn["fig"] = fig
        return title

    with monkeypatch.context() as patched:
        patched.setattr(plots, "_to_svg", keep)
        plots.stance_by_year_svg(years)
    axes = drawn["fig"].axes
    assert [ax.get_title(loc="left") for ax in axes] == ["against", "none", "favor"]
    assert all(ax.get_ylim()[0] < 0 and ax.get_ylim()[1] > 1 for ax in axes)
    assert [ax.xaxis.get_tick_params(which="major").get("labelbottom", True) for ax in axes] == [False, False, True]
    assert "Reader stance shares per year" in plots.stance_by_year_svg(years)


def test_the_explorer_carries_whole_articles_up_to_its_limit(monkeypatch):
    """A corpus too big for one page: the explorer carries the comments of
    the first articles (never part of one), says how many, and only their
    counts open the explorer."""
    import reports.render

    comments, articles = small_frames()  # a1: 3 comments, a2: 1, a3: 0, a4: 2
    monkeypatch.setattr(reports.render, "EXPLORER_LIMIT", 5)
    page = page_for(comments, articles)
    rows = embedded_data(page)["rows"]
    assert sorted({row[0] for row in rows}) == [0, 1]  # a1 and a2 (4 comments); a4 would make 6
    assert len(rows) == 4
    assert "the first 3 of 4 articles (4 of 6 comments)" in page  # a3 has none
    assert page.count('class="link count-link"') == 2

    monkeypatch.setattr(reports.render, "EXPLORER_LIMIT", 6)
    page = page_for(comments, articles)
    assert len(embedded_data(page)["rows"]) == 6 and 'id="x-partial"' not in page
    assert 'id="articles-partial"' not in page

    monkeypatch.setattr(reports.render, "ARTICLE_TABLE_LIMIT", 2)  # the article table stops too
    page = page_for(comments, articles)
    table = re.search(r'<table id="article-table".*?</table>', page, re.S).group(0)
    assert table.count("<tr>") == 1 + 2 and "the first 2 of 4 articles" in page
