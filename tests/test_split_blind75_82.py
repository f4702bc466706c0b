"""Layouts of the blind rounds 75 to 82 (issue 18), each on a short page
written for these tests: deks, Blogger's classic and threaded comments,
heads in labelled fields, avatar initials, signatures and heads written
"Posted by NAME on DATE", and two saved-HTML comment markups."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARA = ("Pakistan reopened the land routes on Tuesday after seven months, and officials in Islamabad said the "
        "trucks would start moving within days.")
PARA2 = ("Washington welcomed the decision, though lawmakers in both capitals said the relationship would stay "
         "difficult for years.")


def test_a_dek_goes_to_the_boilerplate_and_a_sentence_under_the_byline_stays_in_the_body():
    dek = "Islamabad lifts its seven-month blockade after Washington voices regret over the deaths at Salala"
    page = split_text(f"Example Times\nHome\nWorld\n\nPakistan reopens NATO supply routes\n{dek}\n"
                      f"By Sara Khan\nJuly 4, 2012\n\n{PARA}\n\n{PARA2}\n", "dek.txt")
    assert page.article.title == "Pakistan reopens NATO supply routes"
    assert page.article.body == f"{PARA}\n\n{PARA2}"
    assert dek in page.boilerplate
    lead = "Pakistan reopened the routes on Tuesday."
    page = split_text(f"Example Times\nHome\nWorld\n\nPakistan reopens NATO supply routes\nBy Sara Khan\n"
                      f"July 4, 2012\n\n{lead}\n\n{PARA2}\n\n3 Comments\n\nAsad\nJuly 4, 2012 at 10:02 am\n\n"
                      "Finally.\n", "lead.txt")
    assert page.article.body.startswith(lead)  # (under the byline and date: the story's first paragraph)


def test_wordpress_says_heads_under_a_comments_for_title_header_and_a_name_ending_jr():
    page = split_text(f"Pakistan's bitter bargain\n\nBy Harold Quine\nJuly 5, 2012\n\n{PARA}\n\n{PARA2}\n\n"
                      "2 comments for “Pakistan's bitter bargain”\n\n"
                      "Chauncey Gardner Jr. says:\nJuly 5, 2012 at 9:47 pm\n\nRent on a supply line, nothing more.\n\n"
                      "Reply\n\nTariq Mahmood says:\nJuly 5, 2012 at 10:31 pm\n\nTwenty-four soldiers died.\n\nReply\n",
                      "says.txt")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Chauncey Gardner Jr.", "July 5, 2012 at 9:47 pm", "Rent on a supply line, nothing more."),
        ("Tariq Mahmood", "July 5, 2012 at 10:31 pm", "Twenty-four soldiers died.")]


def test_blogger_classic_icon_text_before_names_and_numeric_times_closing_each_comment():
    page = split_text(f"Informed Comment: US Raid Leaves Islamabad Fuming\n\nInformed Comment\nThoughts on things\n\n"
                      f"Monday, September 08, 2008\nUS Raid Leaves Islamabad Fuming\n\n{PARA}\n\n{PARA2}\n\n"
                      "posted by Juan @ 6:14 AM\n\n2 Comments:\n\nBlogger Arshad Mahmood said...\n\n"
                      "    In Lahore people are very angry.\n\n    9/08/2008 7:02 AM\n\n"
                      "Anonymous Anonymous said...\n\n    The raid was legal.\n\n    9/08/2008 7:31 AM\n", "blogger.txt")
    assert page.article.title == "US Raid Leaves Islamabad Fuming"
    assert "posted by Juan @ 6:14 AM" not in page.article.body
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Arshad Mahmood", "9/08/2008 7:02 AM", "In Lahore people are very angry."),
        ("Anonymous", "9/08/2008 7:31 AM", "The raid was legal.")]


def test_blogger_threaded_comments_glued_dates_and_replies_between_replies_and_reply():
    page = split_text(f"Counterview\n\nTrump's tweet and the aid freeze\n\n{PARA}\n\n{PARA2}\n\n"
                      "Posted by Counterview at 11:26 AM\n\n3 comments:\n\n"
                      "Faisal RehmanJanuary 3, 2018 at 10:41 AM\n\nAid was never charity.\n\nReplyDelete\nReplies\n\n"
                      "Ajay KulkarniJanuary 3, 2018 at 11:58 AM\n\nNobody forced Pakistan to take it.\n\nDelete\n\n"
                      "Reply\n\nTahir AzizJanuary 3, 2018 at 3:02 PM\n\nGood analysis.\n\nReplyDelete\n", "threaded.txt")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Faisal Rehman", "January 3, 2018 at 10:41 AM", "Aid was never charity.", None),
        ("Ajay Kulkarni", "January 3, 2018 at 11:58 AM", "Nobody forced Pakistan to take it.", 1),
        ("Tahir Aziz", "January 3, 2018 at 3:02 PM", "Good analysis.", None)]


def test_heads_in_labelled_fields_with_a_reply_label_and_a_subject():
    page = split_text(f"World News\n\nPakistan faces questions after the raid\n\n{PARA}\n\n{PARA2}\n\nComments (2)\n\n"
                      "Sort: Oldest first | Newest first     Post your comment\n\n1.\nName: Kwabena Ofori, Kumasi\n"
                      "Date: 2011-05-03 09:41:17\nTitle: Hiding in plain sight\nComment: Somebody is lying.\n"
                      "Reply | Report abuse\n\n2.\nName: Imran Chaudhry (Lahore)\nDate: 2011-05-03 10:05:52\n"
                      "In reply to: #1 Kwabena Ofori, Kumasi\nTitle: Re: Hiding in plain sight\n"
                      "Comment: It is not so simple.\nReply | Report abuse\n", "fields.txt")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Kwabena Ofori, Kumasi", "2011-05-03 09:41:17", "Somebody is lying.", None),
        ("Imran Chaudhry (Lahore)", "2011-05-03 10:05:52", "It is not so simple.", 1)]


def test_avatar_initials_over_names_and_posted_by_heads_over_the_text():
    page = split_text(f"News24\n\nImran Khan rejects US blame\n\n{PARA}\n\n{PARA2}\n\nComments\n\n"
                      "FJ\nFarieda Jacobs\n12 minutes ago\nThe Americans left in a fortnight.\nLike\nReply\n\n"
                      "BO\nBrian O'Connell\n1 hour ago\nNobody here thinks about Islamabad.\nLike\nReply\n", "initials.txt")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Farieda Jacobs", "The Americans left in a fortnight."), ("Brian O'Connell", "Nobody here thinks about Islamabad.")]
    page = split_text(f"The Star\n\nRaymond Davis freed\n\n{PARA}\n\n{PARA2}\n\nReaders' Comments (2)\n"
                      "Sort by: Oldest | Newest | Most Recommended\n\n"
                      "Posted by Tariq Aziz, Karachi on 17/03/2011 01:12 AM\nSab paisay ka khel hai.\n"
                      "Recommend (14) | Report Abuse\n\nPosted by kl_observer on 17/03/2011 02:40 AM\n"
                      "Diyat is part of Pakistani law.\nRecommend (6) | Report Abuse\n", "postedby.txt")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Tariq Aziz, Karachi", "17/03/2011 01:12 AM", "Sab paisay ka khel hai."),
        ("kl_observer", "17/03/2011 02:40 AM", "Diyat is part of Pakistani law.")]


def test_joomla_k2_comments_signed_after_their_text_and_drupal_8_comment_bodies():
    page = split_html(f"""<html><head><title>Pakistan reopens supply routes</title></head><body>
<article><h1>Pakistan reopens supply routes</h1><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p></article>
<div class="itemComments"><h3 class="itemCommentsCounter"><span>2</span> comments</h3>
<ul class="itemCommentsList">
<li class="even"><span class="commentDate">Thursday, 05 July 2012 13:02</span>
<span class="commentLink"><a href="#comment3871">Comment Link</a></span>
<p>Seven months of shouting and one phone call.</p>
<span class="commentAuthorName">posted by Tahir Mehmood, Islamabad</span>
<span class="commentToolbar"><a href="#">Report</a></span></li>
<li class="odd"><span class="commentDate">Thursday, 05 July 2012 14:17</span>
<span class="commentLink"><a href="#comment3872">Comment Link</a></span>
<p>Good that the trucks move again.</p>
<span class="commentAuthorName">posted by Mike Donnelly</span>
<span class="commentToolbar"><a href="#">Report</a></span></li></ul></div></body></html>""", "k2.html")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Tahir Mehmood, Islamabad", "Thursday, 05 July 2012 13:02", "Seven months of shouting and one phone call."),
        ("Mike Donnelly", "Thursday, 05 July 2012 14:17", "Good that the trucks move again.")]
    item = """<article class="comment js-comment by-anonymous"><footer class="comment__meta">
<p class="comment__submitted">Submitted by <span>{name}</span> on {when}</p><a href="#">Permalink</a></footer>
<div class="content"><div class="text-formatted field field--name-comment-body field__item"><p>{text}</p></div>
<ul class="links inline"><li class="comment-reply"><a href="#">Reply</a></li></ul></div></article>"""
    page = split_html(f"""<html><body><article><h1>The end of pretending</h1><p>{PARA}</p><p>{PARA2}</p><p>{PARA}</p>
</article><section class="comment-wrapper"><h2 class="title">Comments</h2>
{item.format(name="Usman Tariq", when="Thu, 01/04/2018 - 11:52", text="Closer to a rental agreement.")}
{item.format(name="Brian Keller", when="Thu, 01/04/2018 - 13:07", text="A landlord sheltering the shooters.")}
</section></body></html>""", "drupal8.html")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Usman Tariq", "Thu, 01/04/2018 - 11:52", "Closer to a rental agreement."),
        ("Brian Keller", "Thu, 01/04/2018 - 13:07", "A landlord sheltering the shooters.")]


def test_a_page_of_buttons_alone_has_no_title_body_or_comments():
    page = split_text("Reply\nShare\nLike\n", "buttons.txt")
    assert (page.article.title, page.article.body, page.comments) == (None, "", ())
