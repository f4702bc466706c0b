"""Layouts of the blind rounds 91-95 (issue 18), each on a short page written
for these tests: boards that post a story and answer it (XenForo with ratings
and reactions, vBulletin 3 with its post icons and status lines, the story
pasted under a quote), a news portal's board of places and profile lines
(Topix), Newsvine's numbered comments, a market ticker over a headline, and a
saved Pluck comment list."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html
from test_split_blind89 import PARA, STORY


def test_a_xenforo_board_with_ratings_under_the_profile_and_reactions_under_the_posts():
    def post(name: str, n: int, text: str, reactions: str) -> str:
        return (f"{name}\nFULL MEMBER\nJoined\nJun 3, 2019\nMessages\n2,218\nReaction score\n0\nCountry\nLocation\n"
                f"Rawalpindi\nRatings\n+0 / 1,784 / -0\nAug 31, 2021\n#{n}\n{text}\nReactions:\n{reactions}\n")
    page = split_text(
        "Example Defence\nHome\nForums\nLog in\nRegister\nForums\nSecurity\nUS troops leave Kabul\n"
        "Thread starter Qasim_N Start date Aug 31, 2021\n"
        + post("Qasim_N", 1, f"US troops leave Kabul\n\n{STORY}\n\n{PARA}", "Ahmed_Jo and 4 others")
        + post("Ahmed_Jo", 2, "Good riddance. Twenty years for nothing.", "Farrukh_K and Khyber_E")
        + post("Khyber_E", 3, "Ahmed_Jo said:\nGood riddance. Twenty years for nothing.\nClick to expand...\n"
                              "Not for nothing, for a lesson.", "Qasim_N")
        + "You must log in or register to reply here.\nShare:\nSimilar threads\n", "defence.txt")
    assert page.article.title == "US troops leave Kabul"
    assert page.article.body.endswith(PARA)
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Ahmed_Jo", "Aug 31, 2021", "Good riddance. Twenty years for nothing.", None),
        ("Khyber_E", "Aug 31, 2021", "Not for nothing, for a lesson.", 1)]


def test_a_news_portal_board_with_profile_lines_an_ad_between_posts_and_quotes_left_out():
    def post(name: str, lines: str, n: int, text: str) -> str:
        return (f"{name}\n\n{lines}\n\n#{n} Oct 8, 2009\nReply »\n|Report Abuse\n|Judge it!\n{text}\n"
                "Judged:\n\n9\n\n4\n\n")
    page = split_text(
        "Example Portal\nHome\nForums\nSign In\n|\nRegister\nPakistan Forum\n\nArmy raises concerns over U.S. aid bill\n"
        "Posted in the Pakistan Forum\nComments (Page 1)\nShowing posts 1 - 3 of 3\nPost Comment\n"
        f"{STORY}\n\n{PARA}\n\nJoin the discussion below.\n\n"
        + post("Desi_Patriot", "Since: Mar 09\n\n2,318\n\nKarachi, Pakistan", 1, "The army is right for once.")
        + post("Tom from Ohio", "Columbus, OH", 2, "Then don't take it. Nobody is forcing anyone.")
        + "Sponsored Links\n\n"
        + post("Zubair Ahmed", "Lahore, Pakistan", 3, "Tom from Ohio wrote:\nThen don't take it.\n<quoted text removed>\n"
                                                    "Tom, the money is for schools.")
        + "Showing posts 1 - 3 of 3\nTell me when this thread is updated:\nAdd your comments below\nName\n", "portal.txt")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Desi_Patriot", "Oct 8, 2009", "The army is right for once.", None),
        ("Tom from Ohio", "Oct 8, 2009", "Then don't take it. Nobody is forcing anyone.", None),
        ("Zubair Ahmed", "Oct 8, 2009", "Tom, the money is for schools.", 2)]


def test_a_vbulletin_3_thread_with_post_icons_status_lines_and_the_story_under_a_quote():
    def post(n: int, when: str, name: str, text: str) -> str:
        return (f"  #{n}  \n{when}\n{name}\nSenior Member\n \nJoin Date: Feb 2008\nLocation: Lahore\nPosts: 3,874\n"
                f"{text}\n{name} is offline\t \tReply With Quote\n"
                f"The Following 2 Users Say Thank You to {name} For This Useful Post:\nAli_K (10-08-2009), Sana (10-08-2009)\n")
    page = split_text(
        "Example Forums\nExample Forums > Pakistan > World Affairs\tWelcome, guest.\n"
        "Reload this Page Army voices concern over aid conditions\tLog Out\nThread Tools\tDisplay Modes\n"
        + post(1, "10-07-2009, 11:26 PM", "Rehan.Ali", "Default Army voices concern over aid conditions\n\n"
                                                      "Just saw this one.\n\nArmy voices concern over aid conditions\n\n"
                                                      f"Wednesday, October 07, 2009\n\n{STORY}\n\n{PARA}")
        + post(2, "10-07-2009, 11:41 PM", "jahangir_k", "Default\n\nFinally someone says it.")
        + post(3, "10-08-2009, 12:09 AM", "Saad85", "Default Re: Army voices concern over aid conditions\n\nQuote:\n"
                                                  "Originally Posted by jahangir_k View Post\nFinally someone says it.\n"
                                                  "Bhai, not so fast.")
        + "All times are GMT +5. The time now is 01:15 AM.\n", "vb3.txt")
    assert page.article.title == "Army voices concern over aid conditions"
    assert page.article.published == dt.date(2009, 10, 7)
    assert page.article.body.startswith(STORY[:40]) and page.article.body.endswith(PARA)
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("jahangir_k", "10-07-2009, 11:41 PM", "Finally someone says it.", None),
        ("Saad85", "10-08-2009, 12:09 AM", "Bhai, not so fast.", 1)]


def test_numbered_comments_whose_outline_numbers_nest_the_replies():
    def comment(name: str, number: str, when: str, text: str) -> str:
        return f"{name}\n#{number} - {when}\n{text}\nReply\nRecommend (4)\nReport abuse\n"
    page = split_text(
        "Example News\nHome\nWorld news\nWorld news > South and Central Asia\nPakistan's generals bristle at aid strings\n"
        "NBC News and news services\nupdated 6:18 p.m. ET, Thurs., Oct. 8, 2009\n"
        f"{STORY}\n\n{PARA}\n\nDiscuss this story\nComments (3)\nLeave a comment\n"
        "Please sign in to comment\nSign in with Facebook\nComment:\nPost comment\nShowing 3 of 3 comments\n"
        + comment("Afzal-1839201", "1", "Thu Oct 8, 2009 6:31 PM EDT", "Take the money and stop the drama.")
        + comment("OhioVet-2004417", "1.1", "Thu Oct 8, 2009 6:49 PM EDT", "Best comment on here.")
        + comment("jgarcia-1730562", "2", "Thu Oct 8, 2009 6:52 PM EDT", "Seven and a half billion dollars.")
        + "Next page ›\nView all 3 comments\nPowered by Newsvine\n", "numbered.txt")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Afzal-1839201", "Thu Oct 8, 2009 6:31 PM EDT", "Take the money and stop the drama.", None),
        ("OhioVet-2004417", "Thu Oct 8, 2009 6:49 PM EDT", "Best comment on here.", 1),
        ("jgarcia-1730562", "Thu Oct 8, 2009 6:52 PM EDT", "Seven and a half billion dollars.", None)]
    assert page.comments[0].posted_at_parsed == dt.datetime(2009, 10, 8, 18, 31)


def test_a_market_ticker_over_the_headline_and_wire_credits_under_the_story():
    page = split_text(
        "Example Markets\nHome\nNews\nMarkets\nPolitics\nTech\nVideo\nOpinion\nLuxury\nPursuits\nMagazine\n"
        "DJIA 11,774.59 -242.12 -2.01%\nS&P 500 1,256.88 -24.99 -1.95%\nNikkei 8,749.92 +143.23 +1.66%\n"
        "Updated: March 16, 2011 3:34 PM ET\nPakistan frees CIA contractor after families accept blood money\n"
        "By Imran Rasheed - Mar 16, 2011 3:12 PM ET\nEmail\nPrint\nShare\n"
        "Supporters protest in Lahore after a court freed the contractor on March 16, 2011.\n"
        f"Photographer: Arif Ali/AFP/Getty Images\n{STORY}\n\n{PARA}\n\n"
        "To contact the reporter on this story: Imran Rasheed in Islamabad at irasheed@example.net\n", "wire.txt")
    assert page.article.title == "Pakistan frees CIA contractor after families accept blood money"
    assert page.article.published == dt.date(2011, 3, 16)
    assert page.article.body == f"{STORY}\n\n{PARA}"


def test_a_saved_pluck_list_with_capitalised_class_names_and_reply_links_to_ids():
    def comment(cid: str, name: str, when: str, text: str, reply_to: tuple[str, str] | None = None) -> str:
        marked = " Comments_IsReply" if reply_to else ""
        label = (f'<div class="Comments_InReplyTo">In reply to: <a href="#Comment_{reply_to[0]}">{reply_to[1]}</a></div>'
                 if reply_to else "")
        return (f'<div class="Comments_Comment{marked}" id="Comment_{cid}"><div class="Comments_Content">'
                f'<div class="Comments_Byline"><span class="Comments_PostedBy">Posted by:</span> '
                f'<a class="Comments_Author" href="/persona/{name}">{name}</a> <span class="Comments_Date">{when}</span></div>'
                f'{label}<div class="Comments_Body"><p>{text}</p></div>'
                f'<div class="Comments_Actions"><a class="Comments_Recommend">Recommend</a> | '
                f'<a class="Comments_Reply">Reply</a> | <a class="Comments_ReportAbuse">Report Abuse</a></div></div></div>')
    page = split_html(
        "<html><head><title>Army bristles at aid strings</title></head><body>"
        "<article><h1>Army bristles at aid strings</h1><p class='date'>Published: Wednesday, 7 Oct 2009</p>"
        f"<p>{STORY}</p><p>{PARA}</p></article>"
        '<div id="comments" class="Comments_Container"><h2 class="Comments_Title">Comments (3)</h2>'
        '<div class="Comments_List">'
        + comment("a1", "RanaT_Karachi", "10/7/2009 4:41:09 PM", "Every rupee comes with a leash.")
        + comment("b2", "MidwestMike", "10/7/2009 4:58:33 PM", "Not one more dime.")
        + comment("c3", "Saad_Qazi", "10/7/2009 5:30:02 PM", "Mike, it is not a gift.", reply_to=("b2", "MidwestMike"))
        + "</div></div></body></html>", "pluck.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("RanaT_Karachi", "10/7/2009 4:41:09 PM", "Every rupee comes with a leash.", None),
        ("MidwestMike", "10/7/2009 4:58:33 PM", "Not one more dime.", None),
        ("Saad_Qazi", "10/7/2009 5:30:02 PM", "Mike, it is not a gift.", 2)]
