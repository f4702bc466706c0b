"""Layouts of the blind round 89 (issue 18), each on a short page written for
these tests: two boards that post a story and answer it (City-Data's
vBulletin and AboveTopSecret), a British regional paper's share bar opened by
its comment count, and a saved Pluck comment list."""
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


def test_a_vbulletin_thread_with_status_icons_read_counts_and_replies_under_their_quotes():
    def post(n: int, when: str, name: str, text: str) -> str:
        return (f"Old {when}\n \t\n  #{n}\n{name}\n \nLocation: Houston\n1,877 posts, read 2,310,446 times\n"
                f"Reputation: 1193\n{text}\nReply With Quote\n")
    page = split_text(
        " \nGo Back   Example Forum > General Forums > Politics\nReload this Page Army balks at aid conditions\n"
        "Notices\nPlease register to participate in our discussions with 2 million other members - it's free and "
        "quick! Some forums can only be seen by registered members. After you create your account, you'll be able to "
        "customize options and access all our 15,000 new posts/day with fewer ads.\n"
        "Reply Start New Thread\nLinkBack\tThread Tools\tSearch this Thread\tDisplay Modes\n"
        + post(1, "10-08-2009, 09:15 AM", "Sohail_TX", f"Advertisements\nArmy balks at aid conditions\nQuote:\n{STORY}\n\n"
                                                        "So they want the money but not the strings. Thoughts?")
        + post(2, "10-08-2009, 09:31 AM", "BigDaddyTX", "Then don't take the money.")
        + post(3, "10-13-2009, 09:52 AM", "karachi_kid", "Quote:\nOriginally Posted by BigDaddyTX View Post\n"
                                                         "Then don't take the money.\nPretend? Tell that to the families."),
        "citydata.txt")
    assert page.article.title == "Army balks at aid conditions"
    assert page.article.published == dt.date(2009, 10, 8)
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("BigDaddyTX", "10-08-2009, 09:31 AM", "Then don't take the money.", None),
        ("karachi_kid", "10-13-2009, 09:52 AM", "Pretend? Tell that to the families.", 1)]


def test_a_board_whose_posts_open_with_the_name_over_posted_on_and_answer_by_reply_labels():
    def post(name: str, when: str, text: str) -> str:
        return f" \n \n{name}\n \n \n+3 more \nposted on {when}\nlink \n \n \n{text}\n \n \n"
    page = split_text(
        "Example Secrets\nHome\nForums\n\nForums » Political Issues » War On Terrorism\n \n"
        "Pakistan shuts NATO supply routes\n \npage: 1\n19\n \nlog in\n \njoin\nshare:\n"
        + post("frontier_scribe", "Nov, 26 2011 @ 08:14 AM", f"{STORY}\n\n{PARA}\n[edit on 26-11-2011 by frontier_scribe]")
        + post("Steel_Magnolia", "Nov, 26 2011 @ 08:31 AM", "Somebody will have to explain this.")
        + post("MilitaryMatt", "Nov, 26 2011 @ 09:20 AM", "reply to post by Steel_Magnolia\n \nLet the investigation "
                                                          "run.\nedit on 26-11-2011 by MilitaryMatt because: typo")
        + post("greyhound_ga", "Nov, 26 2011 @ 01:15 PM", "Just bring them home.\n \na reply to: MilitaryMatt")
        + " \npage: 1\n \nlog in\n \njoin\nshare:\n \ntop topics\n", "ats.txt")
    assert page.article.title == "Pakistan shuts NATO supply routes"
    assert page.article.body.endswith(PARA)
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Steel_Magnolia", "Nov, 26 2011 @ 08:31 AM", "Somebody will have to explain this.", None),
        ("MilitaryMatt", "Nov, 26 2011 @ 09:20 AM", "Let the investigation run.", 1),
        ("greyhound_ga", "Nov, 26 2011 @ 01:15 PM", "Just bring them home.", 2)]
    assert page.comments[0].posted_at_parsed == dt.datetime(2011, 11, 26, 8, 31)


def test_a_share_bar_opened_by_the_comment_count_under_a_motto_and_a_dated_byline():
    page = split_text(
        "Skip to main content\nexample.co.uk\nThe national website of Examplia\nWednesday, May 4 2011\nSearch\n"
        "Home\nNews\nWorld News\nYou are here:\nHome\n>\nNews\n>\nWorld News\n"
        "Bin Laden's death strains Pakistan's US alliance, says community leader\n"
        "May 3 2011 by Rhodri Pryce, Example Mail\nComments (2)\nEmail this story\nPrint this story\nShare\nTweet\n"
        f"{STORY}\nRelated Content\nWelsh soldier's family welcomes news\nAnalysis: What next for Afghanistan?\n"
        f"Advertisement\n{PARA}\nTags\nOsama bin Laden\nPakistan\nUnited States\nCardiff\nMore World News\nUS Congress questions Pakistan aid\n"
        "Comments\nShowing 1 - 2 of 2 comments\nSort comments:\nOldest first\n|\nNewest first\n"
        "dai_the_post, Pontypridd\nMay 3 2011, 8:12AM\nNot another penny.\nRecommend (14)\nReport this comment\n"
        "Imran K, Cardiff\nMay 3 2011, 8:47AM\n@dai_the_post, Pontypridd Easy to say.\nRecommend (9)\n",
        "regional.txt")
    assert page.article.title == "Bin Laden's death strains Pakistan's US alliance, says community leader"
    assert page.article.published == dt.date(2011, 5, 3)
    assert page.article.body.endswith(PARA) and "Related Content" not in page.article.body
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("dai_the_post, Pontypridd", "May 3 2011, 8:12AM", None), ("Imran K, Cardiff", "May 3 2011, 8:47AM", 1)]


def test_a_saved_pluck_list_with_times_ending_am_depth_classes_and_replies_beside_their_parent():
    def comment(name: str, when: str, text: str, level: int, replies: str = "") -> str:
        return (f'<div class="pluck-comm-single-comment-wrap"><div class="pluck-comm-single-comment '
                f'pluck-comm-reply-level-{level}"><div class="pluck-comm-single-comment-top">'
                f'<p class="pluck-comm-username-line"><a href="/persona?UID={name}">{name}</a></p>'
                f'<p class="pluck-comm-timestamp">{when}</p></div><div class="pluck-comm-comment-content">'
                f'<div class="pluck-comm-body"><p>{text}</p></div></div><div class="pluck-comm-single-comment-bottom">'
                '<a class="pluck-comm-reply-link">Reply</a><span class="pluck-comm-recommend"><a>Recommend</a> '
                '<span class="pluck-comm-recommend-count">6</span></span></div></div>'
                + (f'<div class="pluck-comm-replies">{replies}</div>' if replies else "") + "</div>")
    page = split_html(
        "<html><head><title>Pakistan frees CIA contractor</title></head><body><article><h1>Pakistan frees CIA "
        f"contractor</h1><p>{STORY}</p><p>{PARA}</p></article><div class='pluck-comm-comment-list'>"
        + comment("jim_harlan", "March 16, 2011 8:14 a.m.", "Get him home.", 0,
                  comment("hinaq", "March 16, 2011 8:52 a.m.", "Armed robbers according to whom?", 1))
        + comment("vikram_bothell", "March 16, 2011 9:03 a.m.", "Nobody believes it.", 0)
        + "</div></body></html>", "pluck.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("jim_harlan", "March 16, 2011 8:14 a.m.", "Get him home.", None),
        ("hinaq", "March 16, 2011 8:52 a.m.", "Armed robbers according to whom?", 1),
        ("vikram_bothell", "March 16, 2011 9:03 a.m.", "Nobody believes it.", None)]
