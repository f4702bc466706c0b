"""Round 36 of the blind layouts, copied text (issue 18), each on a short page
written for these tests: a paper's old comment list (`Name, City | 1 decade
ago`, `Reply to NAME`, a `Most Read | Most Commented` box and the paper's
`X Roundup` after the last comment) and a broadcaster's Disqus-era comments
(each time followed by `in reply to NAME`, a caption ending `[Reuters]`, the
widget's `d Add Disqus to your site` footer)."""
from __future__ import annotations

from comments import split_text

PAPER = """The Daily Ledger
Home
Pakistan
World

Aid talks resume after a year of silence
Published: March 17, 2011

ISLAMABAD: Officials from both countries met on Thursday for the first time in a year to discuss the civilian aid programme, which has slowed since the bill that created it was passed.

The US side said it would release a delayed tranche for power projects, while Pakistani officials asked for more of the money to be spent through government departments.

Comments (3)

Shahid Iqbal, Lahore | 1 decade ago
Power projects first, that is the right call for once.
Recommend 12
Reply

Mark, Houston | 1 decade ago
Reply to Shahid Iqbal, Lahore
Agreed, but the audit trail has to be public this time.
Recommend 4
Reply

Amna R. | 1 decade ago
A year of silence and one meeting. Let us see the money.
Recommend 7
Reply

Most Read | Most Commented | Most Shared
Ledger Roundup
Cricket board names new chief
"""


def test_an_old_comment_list_reads_decades_and_replies_and_ends_at_the_papers_boxes():
    page = split_text(PAPER)
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("Shahid Iqbal, Lahore", "1 decade ago", None), ("Mark, Houston", "1 decade ago", 1),
        ("Amna R.", "1 decade ago", None)]
    assert page.comments[-1].text == "A year of silence and one meeting. Let us see the money."


BROADCASTER = """Broadcast News
Home
Asia

Parliament demands review of ties with Washington
Lawmakers threaten to block supply routes if drone strikes go on.
Last Modified: 14 May 2011 19:05

Lawmakers sat through a closed-door briefing by military chiefs [Reuters]

Pakistan's parliament on Saturday demanded a review of ties with the United States and condemned the raid that killed Osama bin Laden as a violation of the country's sovereignty.

The resolution also asked the government to consider blocking supply routes for foreign troops in Afghanistan if drone strikes continue.

Comments

Farooq Ahmed
1 day ago
Resolutions are cheap. Let us see if anyone stops the containers.
Like Reply

Dan Whitaker
1 day ago in reply to Farooq Ahmed
Nobody will. The money matters too much on both sides.
Like Reply

d Add Disqus to your site
"""


def test_a_time_followed_by_whom_it_answers_gives_the_parent_and_the_widget_footer_stays_out():
    page = split_text(BROADCASTER)
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("Farooq Ahmed", "1 day ago", None), ("Dan Whitaker", "1 day ago", 1)]
    assert page.comments[-1].text == "Nobody will. The money matters too much on both sides."
    assert "[Reuters]" not in page.article.body and page.article.body.startswith("Pakistan's parliament")
