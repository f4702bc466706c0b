"""Round 67 of the blind layouts (issue 18), on short pages written for these
tests: a saved comment list whose heads hold the time as loose text between
the name and a permalink (`<strong>NAME</strong>|5.3.11 @ 10:14AM|#`), rows
whose classes give their depth (`com-block depth1`), a name written by a script
and a reply opening with the parent's words in italics; copied text with a
donation meter over the headline, a login over `2 days ago` after a blank line,
Disqus heads running a login after the writer (`Bilal Ahmed dronewatcher_usa`),
vote arrows copied as characters and a reply opening with the parent's words in
quote marks; a Facebook plugin's footers telling threads apart by `Follow Post`;
`NAME, City - 26/11/2011 21:48` heads with `Rating   27` under them."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("A Lahore court freed the American contractor held since January for the shooting deaths of two "
             "men, after relatives of the dead accepted a payment under the blood money laws.")
SECOND = ("Officials in Washington denied that the United States had paid anything to the families, saying only "
          "that it was grateful the matter had been resolved at last.")


def test_loose_time_in_the_head_and_depth_classes():
    def block(depth: int, cid: int, name: str, when: str, *paragraphs: str) -> str:
        text = "".join(f"<p>{p}</p>" for p in paragraphs)
        return (f'<div class="com-block depth{depth}" id="comment_{cid}"><h2 class="commentheader">'
                f'<strong>{name}</strong><span class="pipe">|</span>{when}<span class="pipe">|</span>'
                f'<a class="permalink" href="#comment_{cid}">#</a></h2>{text}'
                f'<div class="commentactions"><button class="comment_reply">reply to this</button></div></div>')
    scripted = ('<script type="text/javascript">var l=new Array();l[0]=">";document.write(l[0]);</script>'
                '<a href="mailto:t@example.org">Ted Harkin</a>')
    page = split_html(f"""<html><head><title>After Abbottabad | Hit &amp; Run</title></head><body>
<div class="post"><h1>After Abbottabad, Congress eyes the aid</h1><p>{PARAGRAPH}</p><p>{SECOND}</p></div>
<div class="comments" id="commentcontainer">
{block(0, 1, "Episodic Tremor", "5.3.11 @ 10:14AM", "Twenty billion dollars and he lived a mile from their academy.")}
{block(1, 2, "Hamid Qureshi", "5.3.11 @ 10:31AM", "Everyone in Lahore is asking how the helicopters came and went.",
       "Very little of the aid reaches anyone out of uniform.")}
{block(2, 3, "Sloopy Joe", "5.3.11 @ 10:40AM", "<em>Very little of the aid reaches anyone out of uniform.</em>",
       "So the taxpayers of two countries are fleeced by the same generals.")}
{block(0, 4, scripted, "5.3.11 @ 1:47PM", "Congress discovering waste in foreign aid is like my dog finding the mailman.")}
</div></body></html>""", "reason.html")
    got = [(c.author, c.posted_at, c.parent, c.text) for c in page.comments]
    assert got == [
        ("Episodic Tremor", "5.3.11 @ 10:14AM", None, "Twenty billion dollars and he lived a mile from their academy."),
        ("Hamid Qureshi", "5.3.11 @ 10:31AM", 1,
         "Everyone in Lahore is asking how the helicopters came and went.\n\n"
         "Very little of the aid reaches anyone out of uniform."),
        ("Sloopy Joe", "5.3.11 @ 10:40AM", 2, "So the taxpayers of two countries are fleeced by the same generals."),
        ("Ted Harkin", "5.3.11 @ 1:47PM", None,
         "Congress discovering waste in foreign aid is like my dog finding the mailman."),
    ]


def test_donation_meter_logins_over_times_and_disqus_heads_with_a_login():
    page = split_text(f"""Antiwar.com
Home
News
Viewpoints
Blog
Donate

Spring Fundraiser: $28,615 of $70,000 raised so far
Antiwar.com depends entirely on readers like you. Please give today – your contribution is tax-deductible.
Donate Now

Pakistan Frees CIA Contractor After Blood Money Deal
by Jared Lindqvist, March 16, 2011

{PARAGRAPH}

{SECOND}

Last 5 posts by Jared Lindqvist
- Drone Strike Kills Seven in North Waziristan - March 16th, 2011
- Pentagon Seeks More for Pakistan Fund - March 9th, 2011

5 Comments

ajay.menon

2 days ago

Pakistan's own courts, Pakistan's own law, and its own agency making the payment. Nobody forced them.

3 people liked this.
Like Reply

dronewatcher_usa • 2 days ago
If that is true it makes it worse, not better. So yes, Pakistan took the money and played both sides.
8 ^ | v • Reply • Share ›

Bilal Ahmed dronewatcher_usa • 2 days ago
"So yes, Pakistan took the money and played both sides."
Bhai, at least you admit there is another side of the story here.
 ^ | v • Reply • Share ›
""", "antiwar.txt")
    assert page.article.title == "Pakistan Frees CIA Contractor After Blood Money Deal"
    assert "Pentagon Seeks" not in page.article.body and "raised so far" not in page.article.body
    got = [(c.author, c.posted_at, c.parent, c.text) for c in page.comments]
    assert got == [
        ("ajay.menon", "2 days ago", None,
         "Pakistan's own courts, Pakistan's own law, and its own agency making the payment. Nobody forced them."),
        ("dronewatcher_usa", "2 days ago", None,
         "If that is true it makes it worse, not better. So yes, Pakistan took the money and played both sides."),
        ("Bilal Ahmed", "2 days ago", 2, "Bhai, at least you admit there is another side of the story here."),
    ]


def test_follow_post_footers_tell_replies_from_threads():
    page = split_text(f"""Drone kills Taliban chief on eve of talks

{PARAGRAPH}

{SECOND}

Comments
4 comments
Sort by Top
Add a comment...

Imran Qureshi · Top Commenter
Every single time talks are about to start a drone arrives.
Reply · Like · 41 · Follow Post · November 2, 2013 at 12:20pm
Ravi Shankar · Top Commenter
Talks with them were never going to go anywhere.
Reply · Like · 17 · November 2, 2013 at 12:51pm

Mark Dawson
So they want peace with the Taliban and the aid money too. Pick one.
Reply · Like · 22 · Follow Post · November 2, 2013 at 1:12pm
Hamza Yousaf · Top Commenter
Mark, the aid gets spent on contractors long before it reaches anybody.
Reply · Like · 31 · November 2, 2013 at 1:45pm
""", "plugin.txt")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Imran Qureshi", None), ("Ravi Shankar", 1), ("Mark Dawson", None), ("Hamza Yousaf", 3)]


def test_name_and_place_dash_time_heads_and_ratings():
    page = split_text(f"""Pakistan shuts Nato supply routes

{PARAGRAPH}

{SECOND}

Comments

Tariq M, Bradford - 26/11/2011 21:48

Twenty four soldiers dead and we are supposed to wait for an investigation.

Rating   27
Click to rate
Report abuse

Harry, London - 26/11/2011 15:58

Didn't they always deny the Americans were flying anything from there?

Rating   5
Click to rate
Report abuse

Add your comment
""", "metro.txt")
    got = [(c.author, c.posted_at, c.text) for c in page.comments]
    assert got == [
        ("Tariq M, Bradford", "26/11/2011 21:48",
         "Twenty four soldiers dead and we are supposed to wait for an investigation."),
        ("Harry, London", "26/11/2011 15:58",
         "Didn't they always deny the Americans were flying anything from there?"),
    ]
