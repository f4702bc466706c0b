"""Layouts of the blind rounds 86 to 88 (issue 18), each on a short page
written for these tests: a portal's comment list far under its sign-in form,
a Facebook plugin closing each comment with its buttons and time, phpBB and
vBulletin 4 threads copied as text, and a saved forum thread whose posts
nest their replies inside a wrapper."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html

STORY = ("ISLAMABAD -- Pakistan's army voiced serious concern on Wednesday over conditions attached to a "
         "five-year American aid package, exposing a rift between the generals and the civilian government. "
         "The measure triples non-military assistance to roughly one and a half billion dollars a year. "
         "Officials in Washington said the conditions were not aimed at anyone and that the money would "
         "pay for schools, roads and power plants across the country over the next five years.")
PARA = ("Pakistan reopened the land routes on Tuesday after seven months, and officials in Islamabad said the "
        "trucks would start moving within days.")
PARA2 = ("Washington welcomed the decision, though lawmakers in both capitals said the relationship would stay "
         "difficult for years.")


def test_comments_far_under_a_sign_in_form_with_a_count_in_brackets_and_scores_under_the_buttons():
    form = ("Comments\n(2,418)\nAdd Comment\nSort By:\nNewest First\n | \nOldest First\nAdd your comment\n"
            "Sign in to comment with\nAOL\nFacebook\nYahoo\nScreen Name:\nComment:\n\n1500 characters remaining\n"
            "Submit\nAlso post to Facebook\nI agree to the Terms of Service and Community Guidelines\n"
            "Page: 1 of 242\n1\n2\n3\n...\nNext »\n")
    page = split_text(
        f"Example News\nWorld\n\nArmy balks at conditions in U.S. aid bill\nBy AGENCY STAFF\nOctober 8, 2009\n\n"
        f"{STORY}\n\n{PARA}\n\n{form}"
        "eagle1776x\n9:48 PM EDT Oct 07, 2009\nKeep the money here.\nReply\n+212\nReport Abuse\n"
        "shahzad.malik85\n9:31 PM EDT Oct 07, 2009\n@eagle1776x Nobody here asked for it.\nReply\n-14\nReport Abuse\n",
        "portal.txt")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("eagle1776x", "9:48 PM EDT Oct 07, 2009", "Keep the money here.", None),
        ("shahzad.malik85", "9:31 PM EDT Oct 07, 2009", "@eagle1776x Nobody here asked for it.", 1)]
    assert page.comments[0].posted_at_parsed == dt.datetime(2009, 10, 7, 21, 48)


def test_a_facebook_plugin_closing_each_comment_with_its_buttons_and_time_and_avatar_letters_over_logins():
    page = split_text(
        f"Example Sun\nNews\n\nDrone kills Taliban chief in Pakistan\nBy Jo Bloggs\n23rd May 2016, 1:47 pm\n\n"
        f"{STORY}\n\nREAD MORE ON THE TALIBAN\nBrit troops to stay in Afghanistan\nSuicide bomber kills dozens\n\n"
        f"{PARA}\n\nWE PAY FOR YOUR STORIES! Do you have a story for the news team? Email us\n\n"
        "Comments\n3 Comments\nSort by\nOldest\nFacebook Comments Plugin\nAdd a comment...\nAlso post on Facebook\n"
        "Posting as Sun Reader\nComment\n\n"
        "Farhan Qureshi\nLahore, Pakistan\nNo other country would put up with this.\nLike · Reply · 41 · 4 hrs\n\n"
        "S\nshahzad.k\n3h\nThirty three billion? Read the bills.\nReply\nShare\n\n"
        "Gary Whitlock\nGood. One less.\nLike · Reply · 63 · 2 hrs\n\nFacebook Comments Plugin\n", "plugin.txt")
    assert "READ MORE" not in page.article.body and "WE PAY" not in page.article.body
    assert PARA in page.article.body
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Farhan Qureshi", "4 hrs", "No other country would put up with this."),
        ("shahzad.k", "3h", "Thirty three billion? Read the bills."),
        ("Gary Whitlock", "2 hrs", "Good. One less.")]


def test_a_phpbb_thread_with_profiles_under_the_posts_and_quotes_of_the_story():
    def post(name: str, when: str, text: str) -> str:
        return (f"Re: Aid bill: army bristles?\nPostby {name} » {when}\n\n{text}\n\n{name}\nBRFite\n\n"
                "Posts: 1906\nJoined: Sat May 12, 2007 10:18 am\nLocation: Kolkata\nTop\n\n")
    page = split_text(
        "Example Forum\nBoard index ‹ Strategic Affairs\nLogin\n\nAid bill: army bristles?\n\n"
        "Forum rules\nPlease read the Posting Guidelines before posting. Stay on topic and post a link with a short "
        "excerpt, not the whole article. Moderator decisions are final.\n\n"
        f"Aid bill: army bristles?\nPostby Kaushal_N » Wed Oct 07, 2009 11:24 pm\n\n{STORY}\n\n{PARA}\n"
        "Last edited by Kaushal_N on Thu Oct 08, 2009 12:02 am, edited 1 time in total.\n\n"
        "Kaushal_N\nBRF Oldie\n\nPosts: 3842\nJoined: Tue Feb 21, 2006 7:40 pm\nTop\n\n"
        + post("Pratap", "Wed Oct 07, 2009 11:41 pm", "Nothing new under the sun.")
        + post("Iqbal_Kh", "Thu Oct 08, 2009 1:05 am", "It is a leash, not help.")
        + post("Pratap", "Thu Oct 08, 2009 1:22 am", "Iqbal_Kh wrote:\nIt is a leash, not help.\n\nPerhaps the leash is "
                                                     "the point.")
        + post("Sumeet", "Thu Oct 08, 2009 9:14 am", f"Kaushal_N wrote:\n{PARA}\n\nThey always are."), "phpbb.txt")
    assert page.article.title == "Aid bill: army bristles?"
    assert page.article.published == dt.date(2009, 10, 7)
    assert "Last edited" not in page.article.body and "Posts:" not in page.article.body
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Pratap", "Nothing new under the sun.", None), ("Iqbal_Kh", "It is a leash, not help.", None),
        ("Pratap", "Perhaps the leash is the point.", 2), ("Sumeet", "They always are.", None)]


def test_a_vbulletin_4_thread_view_with_the_date_over_the_post_number_and_the_profile_under_the_name():
    def post(n: int, when: str, name: str, text: str) -> str:
        return (f"{when}\n#{n}\n{name}\nSenior Member\nJoin Date\nSep 2008\nLocation\nIslamabad\nPosts\n1,902\n"
                f"{text}\nReply With Quote\n")
    page = split_text(
        "Register\nHelp\n\nExample Wheels\nForums\nCurrent Affairs\nNATO supplies restored after US says sorry\n"
        "Results 1 to 3 of 3\nThread: NATO supplies restored after US says sorry\nThread Tools\nDisplay\n"
        + post(1, "04-07-2012, 10:18 AM", "Adeel.Shah", f"NATO supplies restored after US says sorry\n{STORY}\n\n"
                                                        f"{PARA}\nAdeel Shah | Islamabad | Civic Reborn 2009")
        + post(2, "04-07-2012, 10:31 AM", "Bilal_Kasuri", "Sorry is not an apology.\n\nSeven months for one word.")
        + post(3, "04-07-2012, 10:40 AM", "kevin_r", "For what it's worth, it was overdue.\nKevin | San Diego")
        + "\tLinkBack\tThread Tools\tSearch this Thread\tDisplay Modes\n", "vb4.txt")
    assert page.article.title == "NATO supplies restored after US says sorry"
    assert page.article.body.endswith(PARA)
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Bilal_Kasuri", "04-07-2012, 10:31 AM", "Sorry is not an apology.\n\nSeven months for one word."),
        ("kevin_r", "04-07-2012, 10:40 AM", "For what it's worth, it was overdue.")]


def test_a_news_page_with_a_two_line_credit_a_related_box_mid_story_and_a_page_count_header():
    page = split_text(
        "Skip to content\nExample Telegraph\nFriday, October 9, 2009\nHome\nNews\nWorld\n\n"
        "Pakistan army baulks at strings on US aid\n\nFrom correspondents in Islamabad\nFrom: AFP\n"
        f"October 09, 2009 12:00AM\n\n{STORY}\n\nAdvertisement: Story continues below\n\n"
        "Related Coverage\nUS missile strike kills eight\nnews.example, 2 Oct 2009\nTaliban chief killed by drone\n"
        f"Herald Example, 7 Aug 2009\n\n{PARA}\n\n{PARA2}\n\nComments on this story\nSort:\n"
        "Oldest first | Newest first\nShowing 1-2 of 2 comments\n\nTariq of Auburn\n"
        "Posted at 7:12 AM October 09, 2009\nThat tells you who runs Pakistan.\nReply\nLike (14)\n\n"
        "Dave of Penrith\nPosted at 7:40 AM October 09, 2009\n@Tariq of Auburn Take the money.\nReply\nLike (21)\n",
        "credits.txt")
    assert page.article.title == "Pakistan army baulks at strings on US aid"
    assert page.article.body.endswith(PARA2) and "Related Coverage" not in page.article.body
    assert "Advertisement" not in page.article.body
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("Tariq of Auburn", "7:12 AM October 09, 2009", None), ("Dave of Penrith", "7:40 AM October 09, 2009", 1)]


def test_a_saved_forum_thread_whose_wrappers_hold_each_post_and_its_nested_replies():
    def post(pid: int, name: str, when: str, text: str, replies: str = "", cls: str = "post") -> str:
        return (f'<div class="{cls}" id="c_{pid}"><div class="post_head"><h4 class="title">Re: F-16s</h4>'
                f'<span class="author"><a href="/user/{pid}/">{name}</a></span><span class="date">{when}</span></div>'
                f'<div class="body"><p>{text}</p></div><div class="post_foot"><a class="reply">Reply</a></div>'
                f'{replies}</div>')
    thread = post(1, "Sajid Mahmood", "Wednesday 4th May 2016 13:58 GMT", "Message received in Rawalpindi.",
                  '<div class="replies">' + post(2, "Bill Hargreaves", "Wednesday 4th May 2016 14:20 GMT",
                                                 "A fair compromise to me.", cls="post reply") + "</div>")
    page = split_html(
        "<html><head><title>Pakistan told to pay full whack for F-16s</title></head><body><article>"
        f"<h1>Pakistan told to pay full whack for F-16s</h1><p>{STORY}</p><p>{PARA}</p>"
        "<p><strong>Sponsored:</strong> <a href='/x'>Modernise your infrastructure without the downtime</a></p>"
        f"</article><section class='comments'><h3>3 Comments</h3><div class='post_thread'>{thread}</div>"
        "<div class='post_thread'>"
        + post(3, "Arvind Menon", "Wednesday 4th May 2016 14:33 GMT", "@Sajid Mahmood Nobody forced anyone.")
        + "</div></section></body></html>", "register.html")
    assert "Sponsored" not in page.article.body
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Sajid Mahmood", "Message received in Rawalpindi.", None), ("Bill Hargreaves", "A fair compromise to me.", 1),
        ("Arvind Menon", "@Sajid Mahmood Nobody forced anyone.", 1)]
