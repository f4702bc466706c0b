"""The stylesheet and script inlined into report.html.

Kept apart from `reports.render` so the page logic reads as Python. The
script only ever puts comment data into the page through `textContent` and
`createElement`, never `innerHTML`, so comment text cannot become markup.
"""

CSS = r"""
:root {
  --ink: #1f2933; --muted: #5b6673; --faint: #8c959f; --line: #e1e5ea;
  --paper: #ffffff; --bg: #f5f6f8; --accent: #2f3b4c;
  --negative: #b83227; --neutral: #6b7683; --positive: #1e7f4f;
  --against: #c0392b; --none: #8c959f; --favor: #2e6fba; --reader: #d9730d;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--ink); font: 15px/1.55 var(--sans); }
main { max-width: 1180px; margin: 0 auto; padding: 28px 24px 64px; }
h1 { font-size: 28px; line-height: 1.2; margin: 0 0 6px; letter-spacing: -0.01em; }
h2 { font-size: 20px; margin: 0 0 4px; }
h3 { font-size: 15px; margin: 0 0 6px; }
p { margin: 0 0 10px; }
.lede { color: var(--muted); margin-bottom: 22px; }
.section { background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
  padding: 20px 22px; margin: 0 0 20px; }
.section > .note { color: var(--muted); font-size: 13.5px; max-width: 78ch; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(280px, 100%), 1fr)); gap: 12px; }
.card { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; background: #fbfcfd; }
.card .label { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
.card .value { font-size: 28px; font-weight: 650; font-variant-numeric: tabular-nums; line-height: 1.25; }
.card .ci { font-size: 13px; color: var(--muted); font-variant-numeric: tabular-nums; }
.card .explain { font-size: 12.5px; color: var(--muted); margin-top: 6px; }
.stance-split { display: flex; height: 10px; border-radius: 5px; overflow: hidden; margin: 8px 0 4px; background: var(--line); }
.stance-split span { display: block; height: 100%; }
.bg-against { background: var(--against); } .bg-none { background: var(--none); } .bg-favor { background: var(--favor); }
.legend-line { font-size: 12.5px; color: var(--muted); font-variant-numeric: tabular-nums; }
.legend-line b { font-weight: 600; }
.c-against { color: var(--against); } .c-none { color: var(--neutral); } .c-favor { color: var(--favor); }
.explainer { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(260px, 100%), 1fr)); gap: 10px 24px;
  font-size: 13.5px; color: var(--muted); margin-top: 16px; }
.explainer b { color: var(--ink); }
.figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(440px, 100%), 1fr)); gap: 18px; }
figure { margin: 0; }
figure svg { width: 100%; height: auto; max-height: 460px; display: block; }
figure svg text { font-family: var(--sans) !important; }
figcaption { font-size: 13px; color: var(--muted); margin-top: 4px; }
.table-wrap { overflow: auto; border: 1px solid var(--line); border-radius: 8px; }
button.sort { font: inherit; font-weight: 600; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
button.sort::after { content: " \2195"; color: var(--muted); font-weight: 400; }
th[aria-sort="ascending"] button.sort::after { content: " \2191"; } th[aria-sort="descending"] button.sort::after { content: " \2193"; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th, td { padding: 7px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { position: sticky; top: 0; background: #f0f2f5; font-weight: 600; font-size: 12.5px; color: var(--accent);
  white-space: nowrap; z-index: 1; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) td { background: #fafbfc; }
tbody tr:hover td { background: #f2f6fb; }
td .sub { display: block; color: var(--faint); font-size: 12px; }
td.date { white-space: nowrap; }
td.title { min-width: 240px; max-width: 400px; }
button.count-link { font-variant-numeric: tabular-nums; }
.ci-text { color: var(--faint); font-size: 12px; }
.chip { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 12px; font-weight: 600;
  border: 1px solid currentColor; white-space: nowrap; }
.tone-negative { color: var(--negative); } .tone-neutral { color: var(--neutral); } .tone-positive { color: var(--positive); }
.stance-against { color: var(--against); } .stance-none { color: var(--neutral); } .stance-favor { color: var(--favor); }
button { font: inherit; font-size: 13px; cursor: pointer; border: 1px solid #c9d0d8; background: #fff;
  border-radius: 6px; padding: 4px 10px; color: var(--accent); }
button:hover { background: #f0f3f6; }
button:disabled { opacity: .45; cursor: default; }
button.link { border: none; background: none; padding: 0; color: var(--favor); text-decoration: underline; }
.filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(170px, 100%), 1fr)); gap: 10px 14px;
  align-items: end; margin: 12px 0 14px; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 3px; }
.filters .wide { grid-column: span 2; }
.filters button { justify-self: start; align-self: end; }
.filters .inline { display: flex; justify-content: space-between; }
select, input[type=search] { font: inherit; font-size: 14px; padding: 5px 8px; border: 1px solid #c9d0d8;
  border-radius: 6px; background: #fff; color: var(--ink); min-width: 0; width: 100%; }
input[type=range] { width: 100%; }
.count { font-size: 14px; color: var(--accent); font-weight: 600; margin: 6px 0 10px; }
.comment { border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; margin-bottom: 10px; background: #fff; }
.comment .where { font-size: 12.5px; color: var(--muted); margin-bottom: 6px; }
.comment .where b { color: var(--ink); font-weight: 600; }
.comment .text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 10px; font-size: 15px; }
mark.mention { background: #fdebc8; color: inherit; border-radius: 3px; padding: 0 2px;
  box-shadow: inset 0 -2px 0 #f0b04f; }
.scores { display: grid; gap: 4px; overflow-x: auto; }
.score-row { display: grid; grid-template-columns: 52px 150px repeat(3, 150px); align-items: center;
  gap: 8px; font-size: 12.5px; }
.score-row .kind { color: var(--muted); }
.score-row .chip { justify-self: start; }
.prob { display: inline-flex; align-items: center; gap: 6px; font-variant-numeric: tabular-nums; color: var(--muted); }
.bar { display: inline-block; width: 48px; height: 6px; background: var(--line); border-radius: 3px; overflow: hidden; }
.bar > span { display: block; height: 100%; }
.evidence { margin: 8px 0 0; padding-left: 18px; font-size: 13px; color: var(--muted); }
.evidence-title { font-size: 12px; color: var(--muted); margin-top: 8px; }
.pager { display: flex; gap: 12px; align-items: center; justify-content: center; margin-top: 8px; font-size: 13.5px; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; font-size: 13.5px; margin: 0; }
dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; overflow-wrap: anywhere; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12.5px; }
footer { color: var(--faint); font-size: 12.5px; text-align: center; margin-top: 24px; }
@media print { .filters, .pager, button:not(.sort) { display: none; } body { background: #fff; } }
"""

# Reads the JSON block built by reports.render._comment_data; row fields are
# looked up by name through data.fields, so the two cannot drift apart silently.
SCRIPT = r"""
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("comment-data").textContent);
  var F = data.fields, A = data.articles, rows = data.rows;
  var TONES = data.tones, STANCES = data.stances, PAGE = data.page_size;
  var col = {};
  F.forEach(function (name, i) { col[name] = i; });
  var $ = function (id) { return document.getElementById(id); };
  var lower = new Array(rows.length);
  var matches = [], page = 0, timer = null;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function option(select, value, label) {
    var o = el("option", null, label); o.value = value; select.appendChild(o);
  }
  function count(n) { return n.toLocaleString("en-US"); }
  function signed(x) {
    if (x === null) return "\u2014";
    var s = Math.abs(x).toFixed(2);
    return (x > 0 ? "+" : x < 0 ? "\u2212" : "\u00b1") + s;
  }
  function tonConf(r) { return Math.max(r[col.p_negative], r[col.p_neutral], r[col.p_positive]); }
  function staConf(r) { return Math.max(r[col.p_against], r[col.p_none], r[col.p_favor]); }
  function confidence(r, of) {
    if (of === "tone") return tonConf(r);
    if (of === "stance") return staConf(r);
    return Math.min(tonConf(r), staConf(r));
  }

  A.forEach(function (a, i) {
    option($("f-article"), String(i), a[1] ? a[1] + " (" + a[0] + ")" : a[0]);
  });
  data.years.forEach(function (y) { option($("f-year"), y, y); });
  TONES.forEach(function (t, i) { option($("f-tone"), String(i), t); });
  STANCES.forEach(function (s, i) { option($("f-stance"), String(i), s); });

  function apply() {
    var article = $("f-article").value, year = $("f-year").value;
    var tone = $("f-tone").value, stance = $("f-stance").value;
    var minConf = parseFloat($("f-conf").value), of = $("f-conf-of").value;
    var query = $("f-search").value.trim().toLowerCase(), sort = $("f-sort").value;
    $("f-conf-out").textContent = minConf.toFixed(2);
    matches = [];
    for (var i = 0; i < rows.length; i++) {
      var r = rows[i];
      if (article !== "" && r[col.article] !== +article) continue;
      if (year !== "" && A[r[col.article]][4] !== year) continue;
      if (tone !== "" && r[col.tone] !== +tone) continue;
      if (stance !== "" && r[col.stance] !== +stance) continue;
      if (minConf > 0 && confidence(r, of) < minConf - 1e-9) continue;
      if (query) {
        if (lower[i] === undefined) {
          var a = A[r[col.article]];
          lower[i] = (r[col.text] + "\n" + (r[col.author] || "") + "\n" + a[1]).toLowerCase();
        }
        if (lower[i].indexOf(query) < 0) continue;
      }
      matches.push(i);
    }
    var key = null;
    if (sort === "confidence") key = function (i) { return -confidence(rows[i], of); };
    if (sort === "tone") key = function (i) { return rows[i][col.tone_score]; };
    if (sort === "stance") key = function (i) { return rows[i][col.p_favor] - rows[i][col.p_against]; };
    if (key) matches.sort(function (x, y) { return (key(x) - key(y)) || (x - y); });
    page = 0;
    draw();
  }

  function probs(kind, names, values, label, labelClass, extra) {
    var row = el("div", "score-row");
    row.appendChild(el("span", "kind", kind));
    row.appendChild(el("span", "chip " + labelClass, label + (extra || "")));
    names.forEach(function (name, j) {
      var p = el("span", "prob");
      p.appendChild(el("span", null, name));
      var bar = el("span", "bar"), fill = el("span");
      fill.style.width = Math.round(values[j] * 100) + "%";
      fill.style.background = "var(--" + name + ")";
      bar.appendChild(fill); p.appendChild(bar);
      p.appendChild(el("span", null, values[j].toFixed(2)));
      row.appendChild(p);
    });
    return row;
  }

  function textWithMentions(text, spans) {
    var node = el("p", "text"), cursor = 0;
    spans.slice().sort(function (x, y) { return x[0] - y[0]; }).forEach(function (m) {
      if (m[0] < cursor || m[1] > text.length || m[0] >= m[1]) return;
      node.appendChild(document.createTextNode(text.slice(cursor, m[0])));
      node.appendChild(el("mark", "mention", text.slice(m[0], m[1])));
      cursor = m[1];
    });
    node.appendChild(document.createTextNode(text.slice(cursor)));
    return node;
  }

  function card(r) {
    var a = A[r[col.article]], box = el("article", "comment");
    box.setAttribute("data-comment", a[0] + ":" + r[col.index]);
    var where = el("div", "where");
    where.appendChild(el("b", null, a[1] || a[0]));
    var bits = [a[2], a[3] || "undated", "comment #" + r[col.index]];
    if (r[col.author]) bits.push("by " + r[col.author]);
    if (r[col.posted]) bits.push(r[col.posted]);
    where.appendChild(document.createTextNode(" \u00b7 " + bits.filter(Boolean).join(" \u00b7 ")));
    box.appendChild(where);
    box.appendChild(textWithMentions(r[col.text], r[col.mentions]));
    var scores = el("div", "scores");
    scores.appendChild(probs("tone", ["negative", "neutral", "positive"],
      [r[col.p_negative], r[col.p_neutral], r[col.p_positive]], TONES[r[col.tone]],
      "tone-" + TONES[r[col.tone]], " " + signed(r[col.tone_score])));
    scores.appendChild(probs("stance", ["against", "none", "favor"],
      [r[col.p_against], r[col.p_none], r[col.p_favor]], STANCES[r[col.stance]],
      "stance-" + STANCES[r[col.stance]]));
    box.appendChild(scores);
    var ev = r[col.evidence];
    if (ev.length) {
      box.appendChild(el("div", "evidence-title", "Evidence (sentences that drove the scores):"));
      var list = el("ul", "evidence");
      ev.forEach(function (s) { list.appendChild(el("li", null, s)); });
      box.appendChild(list);
    }
    return box;
  }

  function draw() {
    var list = $("x-list");
    while (list.firstChild) list.removeChild(list.firstChild);
    var pages = Math.max(1, Math.ceil(matches.length / PAGE));
    var start = page * PAGE, end = Math.min(matches.length, start + PAGE);
    for (var k = start; k < end; k++) list.appendChild(card(rows[matches[k]]));
    $("x-count").textContent = matches.length === 0
      ? "No comments match these filters (of " + count(rows.length) + ")."
      : count(matches.length) + " of " + count(rows.length) + " comments match; showing " +
        count(start + 1) + "\u2013" + count(end) + ".";
    $("x-page").textContent = "page " + count(page + 1) + " of " + count(pages);
    $("x-prev").disabled = page === 0;
    $("x-next").disabled = page >= pages - 1;
  }

  ["f-article", "f-year", "f-tone", "f-stance", "f-conf-of", "f-sort"].forEach(function (id) {
    $(id).addEventListener("change", apply);
  });
  $("f-conf").addEventListener("input", apply);
  $("f-search").addEventListener("input", function () {
    clearTimeout(timer); timer = setTimeout(apply, 150);
  });
  $("f-reset").addEventListener("click", function () {
    ["f-article", "f-year", "f-tone", "f-stance", "f-search"].forEach(function (id) { $(id).value = ""; });
    $("f-conf").value = "0"; $("f-conf-of").value = "both"; $("f-sort").value = "position";
    apply();
  });
  $("x-prev").addEventListener("click", function () { page -= 1; draw(); $("explorer").scrollIntoView(); });
  $("x-next").addEventListener("click", function () { page += 1; draw(); $("explorer").scrollIntoView(); });
  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest("[data-article]") : null;
    if (!target) return;
    $("f-article").value = target.getAttribute("data-article");
    apply();
    $("explorer").scrollIntoView({ behavior: "smooth" });
  });
  // Sortable tables: a header button sorts by its column's data-sort values
  // (numbers numerically, empty cells last), again for the other direction.
  Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, c) {
      var button = th.querySelector("button.sort");
      if (!button) return;
      button.addEventListener("click", function () {
        var down = th.getAttribute("aria-sort") === "ascending";
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", down ? "descending" : "ascending");
        var numeric = th.getAttribute("data-type") === "num", body = table.tBodies[0];
        var rowsNow = Array.prototype.slice.call(body.rows);
        rowsNow.sort(function (a, b) {
          var x = a.cells[c].getAttribute("data-sort"), y = b.cells[c].getAttribute("data-sort");
          if (x === "" || y === "") return (x === "") - (y === "");
          var d = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return down ? -d : d;
        });
        rowsNow.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  apply();
})();
"""
