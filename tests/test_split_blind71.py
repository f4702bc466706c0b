"""Round 71 of the blind layouts (issue 18), on short pages written for these
tests: Drupal 7 heads (`Submitted by NAME (not verified) on DATE`,
`Permalink`) over a subject set apart as a paragraph of its own; `Reporter:`
and `Editor:` lines and captions credited `… / AP`; a writer's login in camel
case starting in lower case (`okieDave  Arvind R • 2 days ago`); saved HTML
with a place written loose after a bold name and commas (`<strong>NAME</strong>,
Sharjah, UAE`) and a time labelled `Posted on`."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Pakistan reopened the NATO supply routes on Tuesday after Washington said it was sorry for the "
             "deaths of 24 soldiers at two border posts last November.")
SECOND = ("Officials said the first trucks would cross at Torkham and Chaman within days, once customs clearance "
          "resumed at the port of Karachi and the drivers were paid.")


def test_drupal_subjects_as_paragraphs_and_reporter_lines():
    page = split_text(f"""Pakistan reopens NATO supply routes

NATO supply trucks parked at the Torkham border crossing / AP

{PARAGRAPH}

{SECOND}

Reporter: Khan Wali Salarzai
Editor: Zarghona Salehi

Comments

Submitted by Waheed Ullah (not verified) on Wed, 07/04/2012 - 18:21
Permalink
Finally

Finally some good news for the transporters of Nangarhar and Peshawar.

reply

Submitted by Mark Hollis (not verified) on Wed, 07/04/2012 - 19:02
Permalink
Not really an apology

Reading the actual wording, it is a careful expression of regret, not the full apology.

reply

Submitted by Abdul Wali Safi (not verified) on Thu, 07/05/2012 - 09:11
Permalink
security

The real worry is the road between Torkham and Jalalabad, where drivers were killed last year.

reply
""", "pajhwok.txt")
    for dropped in ("Reporter:", "Editor:", "/ AP"):
        assert dropped not in page.article.body
    assert [(c.author, c.text.split()[0]) for c in page.comments] == [
        ("Waheed Ullah", "Finally"), ("Mark Hollis", "Reading"), ("Abdul Wali Safi", "The")]


def test_a_lower_case_camel_login_then_the_parents_name():
    page = split_text(f"""Clinton says sorry, Pakistan reopens routes

{PARAGRAPH}

{SECOND}

2 Comments

Arvind Raghunathan • 2 days ago
Regret is not an apology, and everyone in Islamabad knows the difference.
• Reply•Share ›

okieDave  Arvind Raghunathan • 2 days ago
It is as close as this administration gets, and the trucks are moving.
• Reply•Share ›
""", "fb.txt")
    assert [(c.author, c.parent) for c in page.comments] == [("Arvind Raghunathan", None), ("okieDave", 1)]


def test_saved_place_after_commas_and_a_posted_on_label():
    page = split_html(f"""<html><body><div class="article"><h1>US lawmakers weigh curbs on Pakistan aid</h1>
<p>{PARAGRAPH}</p><p>{SECOND}</p></div><div class="comments">
<div class="comment"><p class="commentBy"><strong>Imran Qadir</strong>, Sharjah, UAE</p>
<div class="commentDate">Posted on 5/7/2011 9:14:22 AM</div><div class="commentText"><p>Aid has always come with strings.</p></div></div>
<div class="comment"><p class="commentBy"><strong>Saima</strong>, Dubai</p>
<div class="commentDate">Posted on 5/7/2011 9:41:05 AM</div><div class="commentText"><p>Strings, and drones.</p></div></div>
</div></body></html>""", "gn.html")
    assert [(c.author, c.posted_at) for c in page.comments] == [
        ("Imran Qadir, Sharjah, UAE", "5/7/2011 9:14:22 AM"), ("Saima, Dubai", "5/7/2011 9:41:05 AM")]
