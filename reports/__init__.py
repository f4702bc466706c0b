"""Turn scored comments and articles into tables, figures and a report page.

Modules, in the order data flows: `aggregate` (pure DataFrame tables and
bootstrap intervals), `plots` (SVG figures), `render` (report.html), `store`
(writing and re-reading an output directory), `inspect` (filtering and
printing comments for the terminal).
"""
