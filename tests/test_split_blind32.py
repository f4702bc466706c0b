"""Round 32 of the blind layouts (issue 18), each on a short page written for
these tests: a broadcaster's comment panel (a row of tabs under the header,
an "Editor's Pick" badge over comments, a reply count whose last replies are
folded away, photo captions under "image caption,"), a film site's user
reviews (review furniture, a dash credit closing the storyline), and a site
builder's blog post (its first paragraph written straight into a box, US
numeric dates told by how close together they fall)."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.dates import month_first_page
from comments.html import split_html

PANEL = """Home
News
Sport

Pakistan and the IMF agree a new loan
Published
14 July 2023
image source, Reuters
image caption,
Finance ministry officials in Islamabad after the talks ended
By Amna Rahim
BBC News, Islamabad
Pakistan has reached a staff-level agreement with the International Monetary Fund for a three billion dollar loan, officials said on Thursday.

The deal still needs the approval of the fund's board, where the United States is the largest shareholder.

image source, AFP
image caption,
The fund's headquarters in Washington
Analysts said the programme would buy time but not fix the economy.

Related Topics
Pakistan
View comments (212)
Comments
Join the conversation
Comments
212
Editor's Picks
Most Recent
Highest Rated
Editor's Pick
Sana_K
3 hours ago
Nine months of talks for a loan that covers three months of imports.
Reply
Vote up
40
Vote down
2
Report
2 replies
Dave from Derby
2 hours ago
Better than a default, Sana.
Reply
Vote up
12
Vote down
1
Report
View more replies
Editor's Pick
U2281
1 hour ago
Washington said yes because it wanted to, nothing more.
Reply
Vote up
9
Vote down
3
Report
Top Stories
Something else entirely
"""


def test_tabs_badges_folded_replies_and_captions():
    page = split_text(PANEL, "panel.txt")
    body = page.article.body
    assert body.startswith("Pakistan has reached a staff-level agreement")
    assert body.endswith("buy time but not fix the economy.")
    for caption in ("Finance ministry officials", "headquarters in Washington", "image source", "image caption"):
        assert caption not in body
    assert [(c.author, c.parent) for c in page.comments] == [("Sana_K", None), ("Dave from Derby", 1), ("U2281", None)]
    assert page.comments[2].text == "Washington said yes because it wanted to, nothing more."
    assert not any("Editor's Pick" in c.text or "Top Stories" in c.text for c in page.comments)


REVIEWS = """Menu
Search
Abbottabad Nights
2014
Storyline
A reporter from Lahore spends the night of the raid on the roof of a guest house, trying to find out what the helicopters are.

By morning the whole country wants to know why nobody in Islamabad was told.
—Kite Pictures
Director
Hina Farooq
User Reviews
12 Reviews
Sort by:
Helpfulness
8/10
Tense and fair
raza_kh 10 June 2014
The rooftop scenes are the best thing in it. You feel how little anyone knew that night.
14 out of 17 found this helpful.
Was this review helpful? Sign in to vote.
Permalink
3/10
Too long
midwest_mike 2 July 2014
Warning: Spoilers
The last half hour is a lecture about sovereignty and nothing else.
2 out of 9 found this helpful.
Was this review helpful? Sign in to vote.
Permalink
Load More
More to explore
Recently viewed
"""


def test_review_furniture_and_a_dash_credit():
    page = split_text(REVIEWS, "reviews.txt")
    assert page.article.body.endswith("why nobody in Islamabad was told.")
    assert "Kite Pictures" not in page.article.body and "Director" not in page.article.body
    assert [c.text for c in page.comments][-1] == "The last half hour is a lecture about sovereignty and nothing else."
    assert not any("helpful" in c.text or "Spoilers" in c.text or "explore" in c.text for c in page.comments)


def _weebly_comment(name: str, when: str, text: str) -> str:
    return f"""<div class="blogCommentWrap"><div class="blogCommentHeading"><span class="blogCommentAuthor">{name}</span>
<span class="blogCommentDate">{when}</span></div><div class="blogCommentText"><p>{text}</p></div></div>"""


BUILDER = f"""<html><head><title>The night of the raid - Letters Home</title></head><body>
<div class="blog-post"><div class="blog-header"><h2 class="blog-title"><a class="blog-title-link" href="/blog/raid">The night
of the raid</a></h2><p class="blog-date"><span class="date-text">5/8/2011</span></p></div>
<div class="blog-content"><div class="paragraph">My phone started buzzing a little after ten on Sunday night, with messages
from cousins in Rawalpindi asking if I had seen the news.</div>
<div class="paragraph"><br />By midnight the television here in Houston was showing the compound, a few miles from where
my uncle lives, and nobody in the family could say whether we were relieved or ashamed.</div>
<div class="paragraph"><br />The next morning at work three colleagues asked me the same question, and I still do not
have an answer for them.</div></div></div>
<div id="commentArea">
{_weebly_comment("Saima", "5/9/2011 07:15:03 am", "We felt the same in Toronto. Relief first, then the questions.")}
{_weebly_comment("Tom B.", "5/9/2011 09:40:11 am", "Thank you for writing this honestly.")}
{_weebly_comment("Rashid", "5/10/2011 11:02:45 pm", "The questions are still not answered, ten years on.")}
</div></body></html>"""


def test_site_builder_first_paragraph_and_month_first_dates_by_closeness():
    page = split_html(BUILDER, "raid.html")
    assert page.article.body.startswith("My phone started buzzing a little after ten")
    assert page.article.published == dt.date(2011, 5, 8)
    assert [c.author for c in page.comments] == ["Saima", "Tom B.", "Rashid"]
    assert month_first_page(["5/8/2011", "5/9/2011", "5/10/2011"])
    assert not month_first_page(["04/07/2012", "05/07/2012", "07/07/2012"])  # (July, read day first)
