"""Round 46 of the blind layouts (issue 18), on short pages written for these
tests: a network's own comments dated by the time of day alone, a comment
plugin copied with no blank line between its comments, a widget whose
replies name the comment answered and mention first names, and a saved page
whose replies carry an "In reply to" part of their own."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Members of Congress from both parties demanded a review of the aid on Wednesday, as new details emerged "
             "about how long the al Qaeda leader had lived in the garrison town.")


def test_times_of_day_alone_replies_in_response_and_a_pager_closing_the_comments():
    page = split_text(f"""Lawmakers question aid after the raid
May 4, 2011

{PARAGRAPH}

Comments (214)

Post a Comment
You must be signed in to post a comment. Sign In | Register
Comment
Submit

Sort by: Newest | Oldest | Most Popular

lahori_sahib
12:48 PM EDT

As a Pakistani I am ashamed and angry at the same time.

Report Abuse
Reply
Like (14)

DaveInTulsa
1:05 PM EDT
In response to lahori_sahib

Fair point, and thanks for saying it.

Report Abuse
Reply
Like (6)

Showing 1-10 of 214 comments
< Previous | Next >
""")
    assert [(c.author, c.posted_at, c.parent, c.text) for c in page.comments] == [
        ("lahori_sahib", "12:48 PM EDT", None, "As a Pakistani I am ashamed and angry at the same time."),
        ("DaveInTulsa", "1:05 PM EDT", 1, "Fair point, and thanks for saying it.")]


def test_a_plugin_copied_without_blank_lines_between_its_comments():
    page = split_text(f"""Pakistan to get eight fighter jets
February 13, 2016

{PARAGRAPH}

Comments
23 Comments
Sort by
Top
Add a comment...
Asad Mehmood
Works at a Karachi airline
Eight old design jets and India is crying. Relax yaar.
Like · Reply · 14 · Feb 13, 2016 11:02am
Gary Hofstetter
Retired at U.S. Air Force
Flew alongside their pilots years ago. Excellent aviators.
Like · Reply · 12 · Feb 13, 2016 6:15pm
Load 10 more comments
Facebook Comments Plugin
""")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Asad Mehmood", "Feb 13, 2016 11:02am", "Eight old design jets and India is crying. Relax yaar."),
        ("Gary Hofstetter", "Feb 13, 2016 6:15pm", "Flew alongside their pilots years ago. Excellent aviators.")]


def test_replied_to_lines_login_buttons_and_first_name_mentions():
    page = split_text(f"""Trump's tweet and the aid
January 2, 2018

{PARAGRAPH}

3 Comments
Sort by: Newest | Oldest | Most Liked
Log in with
Facebook
Google
Twitter
Write a comment...

Rajiv Kapoor
4 years ago
Finally an American president who says it openly.
Reply

Imran Qureshi
replied to Rajiv Kapoor
4 years ago
Openly? He says whatever comes into his head at 3 am.
Reply

Rahul Verma
4 years ago
@Imran nobody denies your losses, bhai.
Reply
""")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Rajiv Kapoor", None), ("Imran Qureshi", 1), ("Rahul Verma", 2)]


def test_a_saved_replys_in_reply_to_part_its_links_and_its_paragraphs_in_parts_of_one_class():
    page = split_html(f"""<html><body><h1>Drone strike in North Waziristan</h1><p>June 12, 2014</p>
<div class="story-detail"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>
<div class="comments"><h3>Comments (2)</h3>
<div class="comment-box" id="c1">
  <div class="comment-head"><span class="comment-name">Gul Khan, Bannu</span><span class="comment-date">June 12, 2014 10:47 AM</span></div>
  <p class="comment-text">Our relatives have been arriving since last night.</p>
  <p class="comment-text">Nobody is talking about where these people will live.</p>
  <div class="comment-links"><a href="#">Reply</a><a href="#">Report Abuse</a></div>
  <div class="comment-box reply-comment" id="c2">
    <div class="in-reply-to">In reply to Gul Khan</div>
    <div class="comment-head"><span class="comment-name">Rabia, Islamabad</span><span class="comment-date">June 12, 2014 11:30 AM</span></div>
    <div class="comment-text">Very true Gul Khan sahib.</div>
    <div class="comment-links"><a href="#">Report Abuse</a></div>
  </div>
</div>
<div class="comment-box" id="c3">
  <div class="comment-head"><span class="comment-name">Aamir Sohail, Dubai</span><span class="comment-date">June 12, 2014 1:02 PM</span></div>
  <div class="comment-text">How long will this go on?</div>
  <div class="comment-links"><a href="#">Reply</a><a href="#">Report Abuse</a></div>
</div></div></body></html>""")
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("Gul Khan, Bannu", None,
         "Our relatives have been arriving since last night.\n\nNobody is talking about where these people will live."),
        ("Rabia, Islamabad", 1, "Very true Gul Khan sahib."),
        ("Aamir Sohail, Dubai", None, "How long will this go on?")]
