"""Round 44 of the blind layouts (issue 18), on a short page written for this
test: a cable network's story with a box of related topics over it, under
the photo's caption, and a box of running coverage closing it."""
from __future__ import annotations

from comments import split_text

PARAGRAPH = ("Pakistan closed the main land route used to truck supplies to NATO forces in Afghanistan on Friday, "
             "hours after a coalition helicopter strike killed three of its border soldiers.")


def test_a_box_of_topics_over_the_story_does_not_end_it_and_a_coverage_box_does():
    page = split_text(f"""Pakistan shuts key NATO supply crossing after border helicopter strike
By Sadia Mirza, Network News
October 1, 2010 -- Updated 1427 GMT

Fuel tankers wait near the border crossing on Friday.
RELATED TOPICS
Pakistan
NATO

{PARAGRAPH}

{PARAGRAPH}

{PARAGRAPH}

Part of complete coverage on
Pakistan's war on terror »
Drone strikes surge in North Waziristan
Flood relief convoys struggle in Sindh
""")
    assert page.article.title == "Pakistan shuts key NATO supply crossing after border helicopter strike"
    assert page.article.body.count(PARAGRAPH) == 3 and page.article.body.endswith(PARAGRAPH)
    assert "Drone strikes surge in North Waziristan" in page.boilerplate
