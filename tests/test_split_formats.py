"""Golden values for the fixture pages in tests/fixtures/pages/<format>/ (our own text)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from comments import split_file

PAGES = Path(__file__).parent / "fixtures" / "pages"


@dataclass(frozen=True)
class Expect:
    path: str
    why: str
    site: str
    title: str | None
    published: str | None
    body: tuple[str, str]  # first and last word
    authors: tuple[str | None, ...] = ()
    words: tuple[tuple[str, str], ...] = ()  # (first, last) word of each comment
    posted_at: tuple[str | None, ...] | None = None  # None: not checked
    warnings: tuple[str, ...] = field(default=())


CASES = [
    Expect("dawn/dawn_authors.txt", "author + stamp lines; multi-paragraph, quote, emoji-only, 'Comments' inside",
           "dawn", "Islamabad seeks clarity on US drone policy", "2016-03-03", ("ISLAMABAD:", "matter."),
           ("Sana Mirza", "Ali K.", "Tariq", "Observer from Karachi"),
           (("The", "them."), ('"We', "listens."), ("🇵🇰👍", "🇵🇰👍"), ("Comments", "silence.")),
           ("Mar 03, 2016 08:15am", "Mar 03, 2016 09:02am", "Mar 03, 2016 10:47am", "Mar 03, 2016 01:30pm")),
    Expect("dawn/dawn_old_closed.txt", "old Dawn: 'Comments (3) Closed', stamps without author, URL-only comment",
           "dawn", "Talks with Washington to resume next week", "2012-11-14", ("ISLAMABAD:", "security."),
           (None, None, None),
           (("Another", "time."), ("https://example.org/pak-us-dialogue-timeline",) * 2, ("Engagement", "region.")),
           ("Nov 14, 2012 07:12am", "Nov 14, 2012 09:40am", "Nov 14, 2012 11:05am")),
    Expect("dawn/dawn_mixed_authors.txt", "headerless Dawn, one comment lacks its author line; glued byline date",
           "dawn", "US envoy meets army chief in Rawalpindi", "2019-09-09", ("RAWALPINDI:", "engaged."),
           ("Zeeshan Haider", None, "Farah N"),
           (("Good", "again."), ("Washington", "us."), ("Neutral", "more."))),
    Expect("tribune/tribune_per_line.txt", "one comment per line after moderation notices; 'Comments' and a URL as text",
           "tribune", "Pakistan, US agree to revive trade talks", "2013-05-02", ("Washington", "said."),
           (None, None, None, None),
           (("Trade,", "officials."), ("Comments", "deal."),
            ("https://example.org/trade-figures-2013",) * 2, ("The", "words.")),
           (None, None, None, None)),
    Expect("tribune/tribune_pipe.txt", "'Name | 9 years ago | Reply' lines; a reply; a two-paragraph comment",
           "tribune", "US Congress panel questions aid to Pakistan", "2012-06-21", ("A", "schools."),
           ("Bilal Ahmed", "Maria", "Guest"),
           (("Let", "story."), ("@Bilal", "town."), ("The", "true.")),
           ("9 years ago",) * 3),
    Expect("tribune/tribune_reader_comments.txt", "'Reader Comments (3)', '• Name', 'May 1, 2012 - 1:19AM'",
           "tribune", "Senators visit Islamabad amid tension", "2012-05-01", ("A", "ties."),
           ("Kamran", "Hina S", "Usman"),
           (("Visits", "opportunities."), ("Welcome", "time."), ("The", "action.")),
           ("May 1, 2012 - 1:19AM", "May 1, 2012 - 2:45AM", "May 1, 2012 - 8:03AM")),
    Expect("tribune/tribune_blank_paragraphs.txt", "comments as blank-separated paragraphs; header count disagrees",
           "tribune", "Pakistan reopens Nato supply routes", "2012-07-04", ("Pakistan", "Washington."),
           (None, None, None), (("A", "transporters."), ("Sold", "regret."), ("😡", "😡")),
           warnings=("comment header 'COMMENTS (4)' announces 4, found 3",)),
    Expect("wordpress/pakistantoday_said.txt", "'N Comments;' + indented '1. Name said:' after related posts",
           "pakistantoday", "Pakistan, US hold talks on Afghan peace process", None, ("ISLAMABAD:", "talks."),
           ("Nadia", "Imran Y", "Ahmed"),
           (("Respect", "talking."), ("The", "instead."), ("Quoting", "please.")),
           (None, None, None)),
    Expect("wordpress/wp_says.txt", "'Name says:' + stamp + Reply, then an empty reply form",
           "wordpress", "Why the Pakistan–US relationship keeps resetting", "2015-05-03", ("Every", "framework."),
           ("Rehan Qureshi", "Amna", "J. Smith"),
           (("A", "goals."), ("@Rehan:", "Afghanistan."), ("Good", "memory.")),
           ("May 4, 2015 at 10:12 am", "May 4, 2015 at 1:40 pm", "May 5, 2015 at 7:05 am")),
    Expect("wordpress/wp_numbered_bare.txt", "bare numbered items without author; '2.' inside a comment",
           "wordpress", "US aid for flood relief arrives in Sindh", "2017-08-29", ("KARACHI:", "needed."),
           (None, None), (("Thank", "country."), ("Help", "ops."))),
    Expect("wordpress/wp_one_reply.txt", "'1 reply' header, 'Name said:', undated page",
           "wordpress", "A letter from Lahore on Pakistan-US student exchanges", None, ("Student", "teach."),
           ("Saad Malik",), (("I", "day."),)),
    Expect("wordpress/wp_responses.txt", "'2 Responses to “Title”' header",
           "wordpress", "On American drones and Pakistani sovereignty", "2013-04-12", ("The", "sides."),
           ("Kashif", "Lisa M."), (("Sovereignty", "violation."), ("From", "post."))),
    Expect("blogger/blogger_basic.txt", "Blogger 'Name said...', stamp after the text, Reply/Delete/Replies",
           "blogger", "Notes from Peshawar: what the US consulate closure means", "2012-03-10",
           ("The", "interviews."), ("Waqas Ali", "Author", "Anonymous"),
           (("Same", "polite."), ("Thanks", "eventually."), ("Why", "Pakistan.")),
           ("March 10, 2012 at 3:14 PM", "March 10, 2012 at 5:02 PM", "March 11, 2012 at 9:30 AM")),
    Expect("blogger/blogger_removed.txt", "a removed comment is skipped, with warnings",
           "blogger", "Why I still believe in Pakistan-US friendship", "2019-07-14", ("My", "suspicion."),
           ("Mehreen",), (("Beautiful", "kindness."),), ("July 15, 2019 at 10:21 AM",),
           ("comment 1 of the section (Hamza) has no text; skipped",
            "comment header '2 comments:' announces 2, found 1")),
    Expect("cnn/cnn_soundoff.txt", "CNN 'soundoff (3 Responses)': '1. Name', text, 'stamp | Reply'",
           "cnn", "Pakistan, US try to mend ties after raid", "2011-05-20", ("Pakistani", "frank."),
           ("Jim from Ohio", "Faisal", "Neutral Reader"),
           (("Pakistan", "talking."), ("Frank", "borders."), ("Both", "not.")),
           ("May 20, 2011 at 1:19 pm", "May 20, 2011 at 2:05 pm", "May 20, 2011 at 4:48 pm")),
    Expect("readers/readers_blocks.txt", "\"Readers' comments\": blank-separated blocks, no authors",
           "unknown", "Editorial: a steadier course with Washington", None, ("Islamabad", "deliver."),
           (None, None, None), (("A", "missing."), ("The", "before."), ("🙂", "🙂"))),
    Expect("nocomments/republished_disclaimer.txt", "republished story + disclaimer: no comments, no date",
           "unknown", "The long road from Kerry-Lugar to today", None, ("When", "about.")),
    Expect("nocomments/related_and_counters.txt", "view/share counters, tags, related posts with a counter",
           "wordpress", "Pakistan and US discuss visa policy", "2018-08-02", ("ISLAMABAD:", "cordial."),
           warnings=("comment header '3 Comments' announces 3, found 0",)),
    Expect("nocomments/newsletter_form.txt", "newsletter box and an empty reply form",
           "wordpress", "Students rally for exchange programme funding", None, ("LAHORE:", "said.")),
    Expect("nocomments/no_comments_header.txt", "'No Comments' header", "wordpress",
           "Foreign minister to visit Washington in June", "2014-06-01", ("The", "Sunday.")),
    Expect("nocomments/undated_years_in_text.txt", "years in the text are not the date; 'said:' in the body",
           "unknown", "Looking back at a decade of ups and downs", None, ("The", 'talk."')),
]
IDS = [Path(c.path).stem for c in CASES]


@pytest.fixture(scope="module")
def pages():
    return {c.path: split_file(PAGES / c.path) for c in CASES}


def test_every_case_has_its_page():
    """Every page also has golden checks in pages/*expected.json (tests/test_split_gate.py)."""
    on_disk = {p.relative_to(PAGES).as_posix() for p in PAGES.rglob("*.txt")}
    assert {c.path for c in CASES} <= on_disk


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_article_fields(case, pages):
    art = pages[case.path].article
    published = art.published.isoformat() if art.published else None
    assert (art.site, art.title, published, art.doc_id) == (case.site, case.title, case.published, Path(case.path).stem)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_body_first_and_last_word(case, pages):
    words = pages[case.path].article.body.split()
    assert (words[0], words[-1]) == case.body


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_comment_authors(case, pages):
    assert tuple(c.author for c in pages[case.path].comments) == case.authors


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_comment_first_and_last_words(case, pages):
    got = tuple((c.text.split()[0], c.text.split()[-1]) for c in pages[case.path].comments)
    assert got == case.words
    assert [c.index for c in pages[case.path].comments] == list(range(1, len(case.words) + 1))


@pytest.mark.parametrize("case", [c for c in CASES if c.posted_at is not None],
                         ids=[Path(c.path).stem for c in CASES if c.posted_at is not None])
def test_comment_posted_at(case, pages):
    assert tuple(c.posted_at for c in pages[case.path].comments) == case.posted_at


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_warnings(case, pages):
    assert pages[case.path].warnings == case.warnings


@pytest.mark.parametrize(
    "path, index, text",
    [
        ("dawn/dawn_authors.txt", 0,
         "The onus of restoring trust lies with Washington? We have heard this every year since 2001."
         "\n\nNothing changes until Islamabad sets its own red lines and keeps them."),
        ("tribune/tribune_pipe.txt", 0,
         "Let them review. We should be building our own economy instead of waiting on Congress."
         "\n\nEvery budget cycle it is the same story."),
        ("wordpress/pakistantoday_said.txt", 1,
         "The US always wants more and gives less.\n\nWe should look east instead."),
        ("readers/readers_blocks.txt", 1,
         "The US has never delivered on its promises, so why should we?\n\nWe have heard this before."),
        ("wordpress/wp_numbered_bare.txt", 1,
         "Help is welcome. Step 2. of the plan must be rebuilding homes, not photo ops."),
    ],
    ids=["dawn-two-paragraphs", "pipe-two-paragraphs", "said-indented-paragraphs",
         "block-sentence-lines-are-paragraphs", "numbered-prefix-removed"],
)
def test_comment_text_exact(path, index, text, pages):
    """Words are kept exactly; paragraphs joined by a blank line, and so are a block's lines that each end a
    sentence (a copy that set paragraphs a line break apart)."""
    assert pages[path].comments[index].text == text


@pytest.mark.parametrize(
    "path, index, moment",
    [
        ("dawn/dawn_authors.txt", 3, "2016-03-03T13:30:00"),
        ("tribune/tribune_reader_comments.txt", 0, "2012-05-01T01:19:00"),
        ("blogger/blogger_basic.txt", 2, "2012-03-11T09:30:00"),
        ("tribune/tribune_pipe.txt", 0, None),
    ],
    ids=["dawn-pm", "tribune-dash", "blogger-at", "relative-is-none"],
)
def test_comment_posted_at_parsed(path, index, moment, pages):
    parsed = pages[path].comments[index].posted_at_parsed
    assert (parsed.isoformat() if parsed else None) == moment


@pytest.mark.parametrize(
    "path",
    [c.path for c in CASES if c.path.startswith("nocomments/")],
    ids=[Path(c.path).stem for c in CASES if c.path.startswith("nocomments/")],
)
def test_no_comment_pages_keep_boilerplate_out_of_the_body(path, pages):
    body = pages[path].article.body
    for furniture in ("Related posts", "Leave a Reply", "Disclaimer", "newsletter", "views", "Tags:", "Tweet"):
        assert furniture not in body


def test_body_furniture_is_dropped_and_listed_in_boilerplate():
    from comments import split_text

    page = split_text("US envoy visits Islamabad\n\n1\n\n187\n\nISLAMABAD: The US envoy met officials on Monday.\n\n"
                      "08:55 PM ET\n\nHe promised more trade.\n\nPosted by Amna Khan at 9:14 PM\n\n"
                      "Expressed opinions are NOT necessarily the views of this site.\n\nAbout us\n", "p.txt")
    assert page.article.body == "ISLAMABAD: The US envoy met officials on Monday.\n\nHe promised more trade."
    assert page.boilerplate == ("1", "187", "08:55 PM ET", "Posted by Amna Khan at 9:14 PM",
                                "Expressed opinions are NOT necessarily the views of this site.", "About us")


def test_wire_credit_lines_are_byline_and_the_date_after_them_is_found():
    from comments import split_text

    page = split_text("Talks resume in Islamabad\n\nFrom the Newspaper | Reuters\n\nPublished August 25, 2012\n\n"
                      "ISLAMABAD: US and Pakistani officials resumed talks on Friday.\n", "p.txt")
    assert page.article.published.isoformat() == "2012-08-25"
    assert page.article.body == "ISLAMABAD: US and Pakistani officials resumed talks on Friday."
