"""Round 74 of the blind layouts (issue 18), on a short page written for this
test: a site's social icons over its masthead (`Facebook`, `Twitter`,
`YouTube`, `Instagram`, `TikTok`, one a line) are no title, and `- Advertisement -`
labels between paragraphs are no body."""
from __future__ import annotations

from comments import split_text

PARAGRAPH = ("Prime Minister Imran Khan said on Saturday that Pakistan would absolutely not allow the United "
             "States to use its bases for operations inside Afghanistan after the withdrawal.")
SECOND = ("Officials in Islamabad said the interview reflected a consensus among the civil and military "
          "leadership that the country should stay out of any new conflict next door.")


def test_social_icons_over_the_masthead_and_advertisement_labels():
    page = split_text(f"""YouTube
Instagram
TikTok

Absolutely not, PM Imran tells US on bases
June 20, 2021

{PARAGRAPH}

- Advertisement -

{SECOND}
""", "current.txt")
    assert page.article.title == "Absolutely not, PM Imran tells US on bases"
    assert "Advertisement" not in page.article.body and SECOND in page.article.body
