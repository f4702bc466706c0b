"""Round 35 of the blind layouts, copied text (issue 18), each on a short page
written for these tests: a neighbourhood app's post (each name over its
neighbourhood and the time, "Place · 2 d ago"; the post's headline right under
its writer's head; "See previous replies"; a "Trending in your area" box after
the last reply) and a radio site's comment section (Disqus's head naming the
writer and, after two spaces, whom the comment answers; a photo credit
"Name/AFP/Getty Images"; a "Related NPR Stories" box)."""
from __future__ import annotations

from comments import split_text

NEIGHBOURS = """nextdoor
Search
Home
For Sale & Free
Notifications
Post
Willow Creek

Sana Qureshi
Willow Creek · 3 d ago
Embassy extends Saturday visa interviews in Islamabad through the summer
The US embassy in Islamabad will keep its Saturday interview slots open until September, officials said, after the extra appointments cut the wait for visitor visas by several months.

Families applying to attend weddings and graduations were among those who had waited longest, the embassy said.

Good news for anyone here with parents waiting on visas.
18
Like
Reply
Share
4 comments

Imran Butt
Oak Hollow · 2 d ago
My mother got a date in June because of the Saturday slots. Took three years of trying.
5
Like
Reply

See previous replies
Karen Dale
Willow Creek · 1 d ago
That is wonderful, congratulations to your family.
2
Like
Reply

Trending in your area
Lost cat near the library
"""


def test_a_neighbourhood_post_reads_names_over_places_and_its_headline_under_the_head():
    page = split_text(NEIGHBOURS)
    assert page.article.title == "Embassy extends Saturday visa interviews in Islamabad through the summer"
    assert [(c.author, c.posted_at) for c in page.comments] == [("Imran Butt", "2 d ago"), ("Karen Dale", "1 d ago")]
    assert page.comments[-1].text == "That is wonderful, congratulations to your family."


RADIO = """NPR
Sign In
News
Programs

The Two-Way
Breaking News From NPR

Pakistan Reopens Supply Routes After Apology
by Jane Holt
July 3, 2012 5:14 PM

Trucks wait at the Torkham crossing.
Aamir Qureshi/AFP/Getty Images

Pakistan reopened the supply routes into Afghanistan on Tuesday after Secretary of State Hillary Clinton said the United States was sorry for the losses suffered by the Pakistani military at Salala last November.

The routes had been closed for seven months, forcing the Pentagon to use longer and costlier northern routes through Central Asia.

Related NPR Stories
Pakistan Closes Border After Airstrike
Supply Lines Cost Soars

Comments

12 comments
Sort by Oldest

Asad Mir • 12 years ago
Seven months for one word. Both sides look small.
• Reply•Share ›

Jo Brennan  Asad Mir • 12 years ago
It was never about the word, it was about the fee.
• Reply•Share ›

Asad Mir  Jo Brennan • 12 years ago
Then why did the fee stay the same?
• Reply•Share ›
"""


def test_a_disqus_head_naming_whom_it_answers_gives_the_parent_and_credits_stay_out():
    page = split_text(RADIO)
    assert [(c.author, c.parent) for c in page.comments] == [("Asad Mir", None), ("Jo Brennan", 1), ("Asad Mir", 2)]
    body = page.article.body
    assert body.startswith("Pakistan reopened the supply routes")
    assert "Getty Images" not in body and "Related NPR Stories" not in body and "Supply Lines Cost" not in body
