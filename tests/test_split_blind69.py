"""Round 69 of the blind layouts (issue 18), on short pages written for these
tests: numbered comments whose texts open with a subject line, replies naming
their parent's number in it (`Re: Usman #7`, `to Faraz (comment 1)`), newest
first; `Home/Section/Headline` on one line; a `Trending:` bar over the
headline; writers' bios closing a story; a `Read More` box and a video
player's furniture between paragraphs; a `By` label over the writer's name; a
`9 Comments` count under a notice with `Hide 2 replies` under a comment; saved
HTML with a place written loose after a bold name and a widget whose vendor
prefix holds a digit (`vf3-comment`) with replies nested in it."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Pakistan reopened the NATO supply routes on Tuesday after Washington said it was sorry for the "
             "deaths of 24 soldiers at two border posts last November.")
SECOND = ("Officials said the first trucks would cross at Torkham and Chaman within days, once customs clearance "
          "resumed at the port of Karachi and the drivers were paid.")


def test_numbered_comments_with_subject_lines_newest_first():
    page = split_text(f"""Home/World/Pakistan reopens NATO supply routes after US apology

{PARAGRAPH}

{SECOND}

Short link: http://example.org/News/46841.aspx

Search Keywords:
Pakistan
NATO

Comments (3)

3
Bill Novak, Texas
05-07-2012 02:44am
to Faraz (comment 1)
Nobody in America wanted those soldiers dead. The apology was sincere even if it came late.

2
Kamran
04-07-2012 08:19pm
What about the drones?
Supply routes open, fine. But the drone strikes continue and nobody even discussed them.

1
Faraz Ahmed, Karachi
04-07-2012 09:12am
Twenty-four lives
Twenty-four soldiers and all we got was a sentence read out by a spokesman.
""", "ahram.txt")
    assert page.article.title == "Pakistan reopens NATO supply routes after US apology"
    assert "Short link" not in page.article.body and "Search Keywords" not in page.article.body
    got = [(c.author, c.parent, c.text) for c in page.comments]
    assert got == [
        ("Bill Novak, Texas", 3,
         "Nobody in America wanted those soldiers dead. The apology was sincere even if it came late."),
        ("Kamran", None, "Supply routes open, fine. But the drone strikes continue and nobody even discussed them."),
        ("Faraz Ahmed, Karachi", None, "Twenty-four soldiers and all we got was a sentence read out by a spokesman."),
    ]


def test_read_more_box_with_a_video_player_between_paragraphs_and_a_bio():
    page = split_text(f"""Mirror
News
Politics
Football
Celebs
TV
Money

News
World News
Taliban
Taliban leader killed in US drone strike in Pakistan as Islamabad cries foul
The Pentagon says the Taliban chief was targeted as he travelled by car in a remote area near the border

By
Sophie Kendall
Foreign News Reporter
22:15, 22 MAY 2016

{PARAGRAPH}

Read More
Top stories from Mirror Online
Fireworks light up London as thousands see in the year
Storm to batter Britain with 90mph winds
Video Loading
Video Unavailable
Click to play
The video will start in 8
Play now

{SECOND}

Sophie Kendall is a former South Asia correspondent and writes about foreign affairs for the paper.
""", "mirror.txt")
    assert page.article.title == "Taliban leader killed in US drone strike in Pakistan as Islamabad cries foul"
    assert SECOND in page.article.body
    assert "Storm to batter" not in page.article.body and "former South Asia correspondent" not in page.article.body


def test_hide_replies_under_a_comment_with_a_count_under_a_notice():
    page = split_text(f"""Khan meets Trump at the White House

{PARAGRAPH}

{SECOND}

Comments

Want to join the conversation?
Subscribe to comment on stories and join a community of like-minded readers.

3 Comments
Sort by
Newest

Tom Brannigan
July 22, 2019 at 5:48 pm
I'll believe it has changed when the leadership stops living comfortably in Quetta.
Reply
Like
34
Flag
Hide 1 replies
Nadia Siddiqui
July 22, 2019 at 6:15 pm
Khan is the first prime minister in years actually pushing them to the table.
Reply
Like
11
Flag
Sanjay Mehta, New Jersey
July 22, 2019 at 6:02 pm
Nobody in Delhi asked for mediation, and the ministry said so within the hour.
Reply
Like
26
Flag

Comment Policy: Comments are for subscribers only. We reserve the right to remove comments that violate our guidelines.
""", "blaze.txt")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Tom Brannigan", None), ("Nadia Siddiqui", 1), ("Sanjay Mehta, New Jersey", None)]
    assert "Comment Policy" not in page.comments[-1].text


def test_saved_place_after_a_bold_name_and_a_vendor_prefix_with_a_digit():
    def vf(depth: int, name: str, when: str, text: str, replies: str = "") -> str:
        box = f'<div class="vf3-comment__replies">{replies}</div>' if replies else ""
        return (f'<div class="vf3-comment vf3-comment--depth-{depth}"><div class="vf3-comment__header">'
                f'<button class="vf3-comment__author-name">{name}</button><span class="vf3-comment__timestamp">'
                f'<time datetime="2020-02-29">{when}</time></span></div><div class="vf3-comment__content">'
                f'<div class="vf3-comment__text"><p>{text}</p></div></div>{box}</div>')
    page = split_html(f"""<html><body><article><h1>Pakistan's role in the Doha deal</h1>
<p>{PARAGRAPH}</p><p>{SECOND}</p></article><div class="vf3-comments">
{vf(0, "Imran Siddiqui", "1 day ago", "Twenty years of being told to do more, and now they need us to deliver the Taliban.",
    vf(1, "Karen Doyle", "1 day ago", "Delivering them to the table is not the same as delivering peace."))}
{vf(0, "Paul Mercer", "1 day ago", "Canada should be asking what happens to the women of Kabul after this.")}
</div></body></html>""", "star.html")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Imran Siddiqui", None), ("Karen Doyle", 1), ("Paul Mercer", None)]
    page = split_html(f"""<html><body><div class="article"><h1>Washington questions Pakistan aid</h1>
<p>{PARAGRAPH}</p><p>{SECOND}</p></div><div class="commentsList">
<div class="comment odd"><p class="commentBy"><strong>Brendan Keogh</strong> (Dublin)</p>
<p class="commentDate">04 May 2011 09:12</p><div class="commentText"><p>Somebody in that army knew.</p></div></div>
<div class="comment even"><p class="commentBy"><strong>J. Hollister</strong> (Ohio, USA)</p>
<p class="commentDate">04 May 2011 10:47</p><div class="commentText"><p>Cut the military money tomorrow.</p></div></div>
</div></body></html>""", "indo.html")
    assert [c.author for c in page.comments] == ["Brendan Keogh (Dublin)", "J. Hollister (Ohio, USA)"]
