"""Layouts of the blind rounds 104-110 (issue 18), each on a short page written
for these tests: a regional paper's "NAME says..." comments over a two-digit
year; a labelled head ("Author of the article:", "Publishing date:"); a copied
JComments list and Joomla K2's "DATE posted by NAME"; boards whose posts are
headed "Show posts by this member only | Post #2" (IP.Board 2) or signed under
their text over "#2 Like + Quote Reply" (XenForo 1); and saved pages quoting
comments in labelled cards or nested a margin deeper."""
from __future__ import annotations

import datetime as dt

from comments import split_text
from comments.html import split_html
from test_split_blind89 import PARA, STORY


def test_comments_that_say_over_a_time_with_a_two_digit_year_and_a_quote_labelled_wrote():
    def comment(name: str, when: str, text: str, score: str) -> str:
        return f"{name} says...\n{when}\n\n{text}\n\nReport this comment\nScore: {score}\n\n"
    page = split_text(
        "The Example Echo\nNews\nWorld News\n\nArmy objects to strings on US aid\n\nBy Jane Doe, Reporter\n"
        f"10:00am Saturday 10th October 2009 in World News\n\n{STORY}\n\n{PARA}\n\nComments (3)\n\n"
        "Sort comments by:\nOldest first\nNewest first\nHighest rated\n\n"
        + comment("Teesside_Taz", "9:58am Sat 10 Oct 09", "Not one more penny.", "14")
        + comment("Rizwan_K", "10:21am Sat 10 Oct 09", "Teesside_Taz wrote:\nNot one more penny.\n\n"
                  "Read the bill before deciding.", "-6")
        + comment("Mark in Yarm", "10:40am Sat 10 Oct 09", "Fair point, well made.", "2")
        + "Add your comment\n", "echo.txt")
    assert [(c.author, c.posted_at, c.posted_at_parsed, c.text, c.parent) for c in page.comments] == [
        ("Teesside_Taz", "9:58am Sat 10 Oct 09", dt.datetime(2009, 10, 10, 9, 58), "Not one more penny.", None),
        ("Rizwan_K", "10:21am Sat 10 Oct 09", dt.datetime(2009, 10, 10, 10, 21), "Read the bill before deciding.", 1),
        ("Mark in Yarm", "10:40am Sat 10 Oct 09", dt.datetime(2009, 10, 10, 10, 40), "Fair point, well made.", None)]


def test_a_labelled_head_and_ad_slots_between_paragraphs_and_a_login_ending_in_an_initial():
    page = split_text(
        "Example Citizen\nSubscribe\nSign In\nNews\nWorld\nAs US troops leave, Pakistan braces for what comes next\n"
        "Islamabad got the victory it hedged on. Now it inherits the refugees.\nAuthor of the article:\nJane Doe\n"
        "Publishing date:\nAug 31, 2021  •  5 minute read  •  \n2 Comments\nArticle content\n"
        f"{STORY}\nAdvertisement 2\nStory continues below\nThis advertisement has not loaded yet, but your article "
        f"continues below.\nArticle content\n{PARA}\nShare this Story : As US troops leave\nTrending\n"
        "A headline of another story on the site\nComments\nJoin the Conversation\n2 Comments\nSort by\nNewest\nOldest\n"
        "J\nJaneK.\n1 day ago\nThe US will remember only the grievances.\nReply\nShare\n"
        "F\nFarhan (Mississauga)\n13 hours ago\nAnd Pakistan only the bills.\nReply\nShare\nLoad More\n", "citizen.txt")
    assert page.article.published == dt.date(2021, 8, 31)
    assert page.article.body == f"{STORY}\n{PARA}"
    assert [(c.author, c.text) for c in page.comments] == [
        ("JaneK.", "The US will remember only the grievances."), ("Farhan (Mississauga)", "And Pakistan only the bills.")]


def test_copied_jcomments_scores_and_numbers_and_joomla_k2_posted_by_heads():
    page = split_text(
        "Example News\nHome\nArmy objects to strings on US aid\nTuesday, 03 May 2011\n"
        f"{STORY}\n\n{PARA}\n\nComments\n\n"
        "+6 #1 Imran Qureshi 2011-05-03 17:10\nA clear violation of our sovereignty.\nReply | Reply with quote | Quote\n\n"
        "-2 #2 Guest 2011-05-03 19:02\nQuoting Imran Qureshi:\nA clear violation of our sovereignty.\n\n"
        "Sovereignty cuts both ways.\nReply | Reply with quote | Quote\n", "jcomments.txt")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Imran Qureshi", "2011-05-03 17:10", "A clear violation of our sovereignty.", None),
        ("Guest", "2011-05-03 19:02", "Sovereignty cuts both ways.", 1)]
    page = split_text(
        "Example Trust\nNews\nUS Congress blocks F-16 subsidy for Pakistan\nThursday, 05 May 2016\n"
        f"{STORY}\n\n{PARA}\n\n2 comments\n"
        "Comment Link\nThursday, 05 May 2016 07:12 posted by Zeeshan Haider\nBuy the jets from China.\nReport\n"
        "Comment Link\nThursday, 05 May 2016 08:03 posted by Vikram S.\n@Zeeshan Haider Good luck with that.\nReport\n"
        "wpDiscuz\n", "k2.txt")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Zeeshan Haider", "Thursday, 05 May 2016 07:12", "Buy the jets from China.", None),
        ("Vikram S.", "Thursday, 05 May 2016 08:03", "@Zeeshan Haider Good luck with that.", 1)]


def test_an_ip_board_thread_with_member_links_over_each_post_and_bracketed_quotes():
    def post(name: str, n: int, when: str, text: str) -> str:
        return (f"{name}\n\t{when}\nShow posts by this member only | Post #{n}\n\nCasual\nGroup: Junior Member\n"
                f"Posts: 387\nJoined: Mar 2008\n\n\n{text}\n\nTop\n\n")
    page = split_text(
        "Example.NET\nWelcome Guest ( Log In | Register )\n\nExample.NET > Kopitiam > Serious Kopitiam\n\n"
        "Army objects to strings on US aid, what now?\n\nTrack this topic · Email this topic · Print this topic\n\n"
        "Reply to this topic\tStart new topic\n\n"
        + post("ahmadzaki_88", 1, "Oct 8 2009, 12:47 PM", "Just saw this.\n\nArmy objects to strings on US aid\n\n"
               f"{STORY}\n\n{PARA}\n\nSource: http://example.com/story/1\n\nThoughts?\n\n--------------------\nMy car.")
        + post("Kelvin_Lim84", 2, "Oct 8 2009, 12:52 PM", "Money talks.")
        + post("faisal.khi", 3, "Oct 8 2009, 01:05 PM", "QUOTE(Kelvin_Lim84 @ Oct 8 2009, 12:52 PM)\nMoney talks.\n\n\n"
               "Respect, but no.\n\nThis post has been edited by faisal.khi: Oct 8 2009, 01:16 PM"), "ipb.txt")
    assert page.article.title == "Army objects to strings on US aid"
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Kelvin_Lim84", "Oct 8 2009, 12:52 PM", "Money talks.", None),
        ("faisal.khi", "Oct 8 2009, 01:05 PM", "Respect, but no.", 1)]


def test_a_xenforo_1_thread_signed_under_each_post_with_only_ranks_over_the_text():
    def post(name: str, rank: str, text: str, n: int, likes: str) -> str:
        return f"{name}\n{rank}\n{text}\n{name}, May 3, 2016 Report\n#{n} Like + Quote Reply\n{likes}"
    page = split_text(
        "Example Forum\nForums\nPolitics\nUS Congress refuses to subsidise Pakistan's F-16 deal\n"
        "Discussion in 'Politics' started by Bravo_Zulu, May 3, 2016.\nTags:\npakistan\n"
        + post("Bravo_Zulu", "Expert Member", f"{STORY}\n\n{PARA}", 1, "Hamza_K and 4 others like this.\n")
        + post("Jonno_ZA", "Executive Member", "They take billions and hide him next door.", 2, "Rajesh_PMB likes this.\n")
        + post("koos_vd_merwe", "Grand Master", "Our Gripens sit in a hangar.\nLast edited: May 3, 2016", 3, "")
        + post("Nick_M", "Moderator\nStaff Member", "Keep it civil please.", 4, ""), "xf1.txt")
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.text) for c in page.comments] == [
        ("Jonno_ZA", "They take billions and hide him next door."), ("koos_vd_merwe", "Our Gripens sit in a hangar."),
        ("Nick_M", "Keep it civil please.")]


def test_saved_comments_quoted_in_labelled_cards_and_old_disqus_nested_by_margins():
    def card(n: int, name: str, quote: str, text: str) -> str:
        return (f'<li class="comment" id="c{n}"><span class="comment-author">{name}</span>'
                f'<span class="comment-date">May 3, 2011 8:{n}0 a.m.</span><div class="comment-text">{quote}'
                f'<p>{text}</p></div></li>')
    page = split_html(
        "<html><head><title>Pakistan had no warning of raid</title></head><body><h1>Pakistan had no warning of raid</h1>"
        f"<p>May 3, 2011</p><p>{STORY}</p><p>{PARA}</p><ol class='comments'>"
        + card(1, "durhambull77", "", "A mile from their West Point? Not one more dime.")
        + card(2, "SouthernBelleNC", '<div class="quote"><div class="quote-author">Quote from durhambull77 ...</div>'
               "<blockquote><p>Not one more dime.</p></blockquote></div>", "Agreed.")
        + "</ol></body></html>", "wral.html")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("durhambull77", "A mile from their West Point? Not one more dime.", None), ("SouthernBelleNC", "Agreed.", 1)]

    def disqus(n: int, margin: int, name: str, text: str) -> str:
        child = " dsq-comment-is-child" if margin else ""
        return (f'<li id="dsq-comment-{n}" class="dsq-comment{child}" style="margin-left:{margin}px;">'
                f'<cite><a class="dsq-commenter-name" href="#">{name}</a></cite>'
                f'<a class="dsq-comment-header-time" href="#comment-{n}">{n} days ago</a>'
                f'<div class="dsq-comment-message"><p>{text}</p></div></li>')
    page = split_html(
        "<html><head><title>After Abbottabad</title></head><body><h1>After Abbottabad</h1><p>May 3, 2011</p>"
        f"<p>{STORY}</p><p>{PARA}</p><ul id='dsq-comments'>"
        + disqus(1, 0, "Amit Sharma", "India said so for twenty years.")
        + disqus(2, 30, "zahid_abbasi", "And India never backed a militant group?")
        + disqus(3, 60, "Amit Sharma", "Fair point about the soldiers.")
        + disqus(4, 0, "Sophie L", "Nobody asks Pakistanis.") + "</ul></body></html>", "disqus.html")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Amit Sharma", None), ("zahid_abbasi", 1), ("Amit Sharma", 2), ("Sophie L", None)]
