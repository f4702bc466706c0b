"""Round 45 of the blind layouts (issue 18), on short pages written for these
tests: a weekly's story closed by a box of headlines, then a comment widget
whose bar carries its own privacy link; a political site's story under its
section's name, with a US-style date; an old widget that puts its form and
count over the comments; and saved pages whose comment parts are named in
camel case, in glued abbreviations or in hashed class names."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Pakistan's foreign office said on Thursday that it had not been told in advance of the decision, "
             "which officials in Islamabad described as a setback for a relationship already under strain.")


def test_a_box_of_headlines_after_the_story_ends_it_and_a_widget_link_in_its_bar_does_not_end_the_comments():
    page = split_text(f"""After Kabul, the phone that did not ring
By Sana Qureshi
August 27, 2021

{PARAGRAPH}

{PARAGRAPH}

Sana Qureshi is an Islamabad-based journalist covering diplomacy

Read more
Is the grey list a weapon?
The last mile to Doha
Torkham, a week later

3 Comments
The Weekly
Disqus' Privacy Policy
Login
Sort by Best

Faisal Mahmood • 2 months ago
He does not need to call. He needs to listen, and our leaders never understood the difference.
Reply •Share ›

Jennifer Cole  Faisal Mahmood • a month ago edited
As an American I think the silence is petty on our side.
Reply •Share ›

Hamza Khan • a month ago
Please write about the families at the border too.
Reply •Share ›
""")
    assert page.article.body.endswith(PARAGRAPH)  # nor the bio, nor the headlines under "Read more"
    assert "Is the grey list a weapon?" in page.boilerplate
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("Faisal Mahmood", "2 months ago", None), ("Jennifer Cole", "a month ago", 1), ("Hamza Khan", "a month ago", None)]


def test_a_sections_name_over_the_headline_and_a_us_time_zone_date():
    page = split_text(f"""The Capitol Paper
Subscribe
Login

Defense
Pakistan told to pay full price for fighter jets after lawmakers block subsidy
By Rebecca Lowell - 05/03/16 05:48 PM EDT
Share
Tweet

A Pakistan Air Force jet during a flypast in Islamabad.
Getty Images

{PARAGRAPH}

{PARAGRAPH}
""")
    assert page.article.title == "Pakistan told to pay full price for fighter jets after lawmakers block subsidy"
    assert page.article.published == dt.date(2016, 5, 3)  # month first, as a US time zone says
    assert page.article.body == f"{PARAGRAPH}\n\n{PARAGRAPH}"  # the caption over its credit is not the story


def test_a_form_and_a_count_over_comments_whose_lines_name_the_commenter_and_the_time():
    page = split_text(f"""Lawmakers question aid after raid
By Daniel Webb - May 4, 2011

{PARAGRAPH}

Comments
Add New Comment
Optional: Login below.
Type your comment here.
Post as …
Showing 2 comments
Sort by   Popular now   Newest first
Subscribe by email

RustBeltRon 7 hours ago
Not one more dollar until someone explains where the last ten billion went.
Like Reply

Usman (Lahore) 6 hours ago
Ordinary people here have buried thousands of our own in this war.
Like Reply
""")
    assert [(c.author, c.posted_at) for c in page.comments] == [("RustBeltRon", "7 hours ago"),
                                                                ("Usman (Lahore)", "6 hours ago")]
    assert page.comments[0].text == "Not one more dollar until someone explains where the last ten billion went."


def _saved(comments: str) -> str:
    return f"""<html><head><title>Aid row</title></head><body>
<h1>Aid row deepens</h1><p class="byline">March 17, 2011</p>
<div id="articleText"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div>
{comments}
</body></html>"""


def test_camel_cased_parts_of_comments_signed_under_their_text():
    block = """<div class="singleComment"><div class="commentsBody"><p>{text}</p></div>
<div class="commentAuthor">Posted by <a href="/profile/{name}">{name}</a></div>
<div class="timestamp">Oct 22, 2010 4:02pm EDT</div>
<div class="commentTools"><a href="#" class="reportAbuse">Report As Abusive</a></div></div>"""
    page = split_html(_saved('<div class="articleComments"><h3>Comments (2)</h3>' + "".join(
        block.format(name=n, text=t) for n, t in (("ZeeshanQ", "Two billion sounds big but it is not."),
                                                   ("hankwalters", "We pay both sides of this war again."))) + "</div>"))
    assert [(c.author, c.text) for c in page.comments] == [("ZeeshanQ", "Two billion sounds big but it is not."),
                                                          ("hankwalters", "We pay both sides of this war again.")]


def test_parts_named_in_glued_abbreviations_and_a_place_after_a_comma():
    block = """<div class="cmtbox"><div class="cmtinfo"><span class="cmtusr"><a href="/profile" class="cmtusrname">{name}</a>,
<span class="cmtloc">{place}</span></span><span class="cmtsays"> says:</span><br><span class="cmttime">Mar 17, 2011 at 11:52 AM</span></div>
<div class="cmttxt">{text}</div>
<div class="cmtlinks"><a href="#">Agree (4)</a> | <a href="#">Disagree (1)</a> | <a href="#">Reply</a></div></div>"""
    page = split_html(_saved('<div id="comments" class="cmtwrap"><div class="cmthd"><h2>Readers\' opinions (2)</h2></div>'
                             '<div id="populate">' + "".join(block.format(name=n, place=p, text=t) for n, p, t in (
                                 ("Rajiv Menon", "Bangalore", "So much for sovereignty, money talks everywhere."),
                                 ("Faisal", "Karachi", "Diyat is part of our law, nobody can deny that."))) + "</div></div>"))
    assert [(c.author, c.text) for c in page.comments] == [
        ("Rajiv Menon, Bangalore", "So much for sovereignty, money talks everywhere."),
        ("Faisal, Karachi", "Diyat is part of our law, nobody can deny that.")]


def test_hashed_class_names_a_list_inside_the_comments_box_and_a_button_beside_the_replies():
    def comment(name, place, when, text, replies=""):
        return (f'<li class="_24sWe"><div class="_1Ksgz"><div class="_1Nq9O"><div class="_1sL1x"><a class="_3e2Xb" '
                f'href="/profile/1">{name}</a><span class="_2i8Ti">, {place}</span></div><div class="_3ua2h">'
                f'<span class="_1ZmSr">{when}</span></div><div class="_3Fhp8">{text}</div><div class="_2lVdW">'
                f'<button type="button">Reply</button></div></div></div>{replies}</li>')
    long = "Twenty years and trillions of dollars later, they want to blame us for their own failure in Kabul."
    reply = comment("Arjun Nair", "Kochi", "1 hour ago", "Warned them while hosting the shura?")
    page = split_html(_saved(
        '<div id="comments"><div class="_1u4gQ">Comments (2)</div><ul class="_1oTJ0">'
        + comment("Kashif Raza", "Multan", "2 hours ago", long,
                  f'<div class="_1yqWm"><span class="_2xfXr">Hide 1 Reply</span><ul class="_3EYj5">{reply}</ul></div>')
        + comment("Deborah Klein", "Virginia", "3 hours ago", "My nephew served two tours there.")
        + '</ul><div class="_3eAmn">Read all comments</div></div>'))
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Kashif Raza, Multan", long, None), ("Arjun Nair, Kochi", "Warned them while hosting the shura?", 1),
        ("Deborah Klein, Virginia", "My nephew served two tours there.", None)]
