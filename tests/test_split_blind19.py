"""Layouts of the nineteenth blind round (issue 18), each on a short page
written for these tests: a MetaFilter thread, a Quora question and a Google
Groups conversation copied as text; a Khoros community thread and a Forem
article saved as HTML."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

STORY = ("American forces killed the commander in a raid near the academy, officials in Washington and "
         "Islamabad said on Monday, adding that the operation lasted forty minutes and that no Pakistani "
         "official had been told in advance.")

METAFILTER = f"""Example Filter
Log In   Sign Up
Home
Tags
« Older A post about soup  |  A post about trains Newer »

The raid near the academy
May 2, 2011 8:51 PM   Subscribe

{STORY}

Previously on the site: the drone debate.
posted by first_poster (4 comments total) 3 users marked this as a favorite

Share: Twitter Facebook
Tags
pakistan
abbottabad
usforeignpolicy


The distance to the academy is the detail. That is not a cave, that is a town where cadets go jogging.
posted by larkspur at 9:02 PM on May 2, 2011 [12 favorites]


Wow.
posted by dalloway at 9:15 PM on May 2, 2011 [1 favorite]


[A few comments removed. Take the argument to the talk board.]
posted by moderator_k (staff) at 9:31 PM on May 2, 2011


That is not a cave, that is a town where cadets go jogging.

To be fair, it is a big hill town full of retired officers.
posted by ceiling_cat at 9:48 PM on May 2, 2011 [6 favorites]


« Older A post about soup  |  A post about trains Newer »
You are not currently logged in. Log in or create a new account to post comments.
About
FAQ
Archives
Privacy Policy
"""


def test_metafilter_comments_closed_by_signatures_after_the_posts_own_footer():
    page = split_text(METAFILTER, "mefi.txt")
    assert page.article.title == "The raid near the academy"
    assert str(page.article.published) == "2011-05-02"
    assert page.article.body.endswith("Previously on the site: the drone debate.")  # the post's footer is furniture
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("larkspur", "9:02 PM on May 2, 2011",  # its favourites counter is not its time
         "The distance to the academy is the detail. That is not a cave, that is a town where cadets go jogging.",
         None),
        ("dalloway", "9:15 PM on May 2, 2011", "Wow.", None),
        ("moderator_k", "9:31 PM on May 2, 2011", "[A few comments removed. Take the argument to the talk board.]",
         None),  # the name without its role
        # an earlier comment's sentence repeated without quote marks is a quote, not this comment's text
        ("ceiling_cat", "9:48 PM on May 2, 2011", "To be fair, it is a big hill town full of retired officers.",
         None)]


def test_a_post_footer_dates_the_post_when_nothing_above_it_does():
    page = split_text(METAFILTER.replace("May 2, 2011 8:51 PM   Subscribe\n", "").replace(
        "posted by first_poster (4 comments total)", "posted by first_poster at 8:51 PM on May 1, 2011 (4 comments total)"),
        "mefi.txt")
    assert str(page.article.published) == "2011-05-01"
    assert [c.author for c in page.comments] == ["larkspur", "dalloway", "moderator_k", "ceiling_cat"]


QUORA = f"""Quora
Home
Search Quora
Why did the raid happen without telling Pakistan?
All related (12)
Sort
Recommended

Profile photo for Farhan Siddiqui
Farhan Siddiqui
 · 
Follow
Former logistics manager in Karachi
Answered Dec 4, 2011
{STORY}

Trust had run out long before.
12.6K views
 · 
View upvotes
Upvote · 418

Comments
Add a comment...
Sort
Top

Profile photo for Ayesha Noor
Ayesha Noor
Dec 5, 2011
Very clear explanation, thank you.
Upvote · 38
Reply

Related questions
More answers below
Did the US ever apologise?

Profile photo for Daniel Reyes
Daniel Reyes
 · 
Follow
Served with the US Army in Kunar
Updated 2y
From the receiving end, the closure was felt within two weeks.
4.1K views
 · 
View upvotes
Upvote · 97

Sponsored by ExampleRemit
Sending money home? Stop losing it to fees.
Learn More

Profile photo for Hassan Ali
Hassan Ali
2y
Fuel was always the weak point.
Upvote · 3
Reply
About · Careers · Privacy · Terms
"""


def test_quora_first_answer_is_the_article_and_comments_answer_the_answer_above():
    page = split_text(QUORA, "quora.txt")
    assert page.article.title == "Why did the raid happen without telling Pakistan?"
    assert str(page.article.published) == "2011-12-04"  # the first answer's card
    assert page.article.body == f"{STORY}\n\nTrust had run out long before."
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Ayesha Noor", "Dec 5, 2011", "Very clear explanation, thank you.", None),  # under the article
        ("Daniel Reyes", "2y", "From the receiving end, the closure was felt within two weeks.", None),
        ("Hassan Ali", "2y", "Fuel was always the weak point.", 2)]
    assert not any("Sponsored" in c.text or "Upvote" in c.text or "Follow" in c.text for c in page.comments)


GROUPS = f"""Groups
Conversations
Google Groups
soc.culture.example
The raid and what comes next
412 views
Skip to first unread message

Tariq Jamil's profile photo
Tariq Jamil
unread,
Mar 16, 2011, 10:14:07 PM
to soc.culture.example
{STORY}

{STORY}

Would like to hear views.

-- 
Tariq Jamil
Lahore
Reply all
Reply to author
Forward

nomad...@example.com's profile photo
nomad...@example.com
unread,
Mar 17, 2011, 3:10:09 AM
to
Tariq Jamil wrote:
> Would like to hear views.

Which everyone assumed from the first day.
Reply all
Reply to author
Forward

Ashok Menon's profile photo
Ashok Menon
unread,
Mar 17, 2011, 8:30:44 AM
to
On Mar 17, 3:10 am, nomad...@example.com wrote:
> Which everyone assumed from the first day.

Well played, all sides.
Reply all
Reply to author
Forward
0 new messages
"""


def test_google_groups_senders_shown_by_address_empty_recipients_and_short_attributions():
    page = split_text(GROUPS, "groups.txt")
    assert page.article.title == "The raid and what comes next"
    assert str(page.article.published) == "2011-03-16"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("nomad...@example.com", "Mar 17, 2011, 3:10:09 AM", "Which everyone assumed from the first day.", None),
        ("Ashok Menon", "Mar 17, 2011, 8:30:44 AM", "Well played, all sides.", 1)]


def _khoros(n: int, name: str, date: str, time: str, text: str, answers: str = "", edited: str = "") -> str:
    return (f'<div class="lia-message-view-wrapper" id="messageview_{n}"><div class="MessageView">'
            f'<span class="UserName lia-user-name"><a class="lia-user-name-link" href="/u/{n}"><span>{name}</span></a></span>'
            f'<div class="lia-message-author-registered-date"><span>Registered:</span> <span class="DateTime">'
            f'<span class="local-date">06-19-2009</span></span></div>'
            f'<div class="MessageInResponseTo">{answers and f"<a href=#{answers}>In response to {answers}</a>"}</div>'
            f'<div title="Posted on" class="lia-message-post-date lia-component-post-date-last-edited">'
            f'<span class="DateTime"><span class="local-date">{date}</span> <span class="local-time">{time}</span></span>'
            f'{edited}</div><div class="lia-message-subject"><h2>Re: The raid</h2></div>'
            f'<div class="lia-message-body"><div class="lia-message-body-content"><p>{text}</p></div></div>'
            f'<div class="lia-message-signature">Views are my own</div>'
            f'<a class="lia-action-quote">Quote</a> <a class="lia-action-reply">Reply</a>'
            f'<div class="lia-message-position-in-thread">Message {n} of 3</div></div></div>')


KHOROS = ('<html><head><title>The raid - Example Community</title></head><body><div class="lia-linear-display">'
          + _khoros(1, "MP_Farah", "11-27-2011", "08:40 AM", f"<b>The raid</b></p><p>{STORY} {STORY}")
          + _khoros(2, "KarachiKid88", "11-27-2011", "09:12 AM", "Eleven days last time, months this time.")
          + _khoros(3, "Buckeye_Dan", "11-27-2011", "10:03 AM", "I doubt it lasts past Christmas.", "KarachiKid88",
                    '<span class="lia-message-edited-on">- last edited on <span class="DateTime"><span class="local-date">'
                    '11-28-2011</span> <span class="local-time">11:26 AM</span></span> by <a>MP_Farah</a></span>')
          + "</div></body></html>")


def test_khoros_messages_month_first_dates_answered_posts_and_edit_notes():
    page = split_html(KHOROS, "khoros.html")
    assert str(page.article.published) == "2011-11-27"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        # the post's date and time, month first, not the poster's registration date
        ("KarachiKid88", "11-27-2011 09:12 AM", "Eleven days last time, months this time.", None),
        # "In response to" names the post it answers; the edit note's time and editor are not the post's
        ("Buckeye_Dan", "11-27-2011 10:03 AM", "I doubt it lasts past Christmas.", 1)]


def _forem(n: int, depth: int, name: str, text: str, replies: str = "") -> str:
    return (f'<details class="comment-wrapper comment-wrapper--deep-{depth}" open><summary>Collapse</summary>'
            f'<div id="comment-node-{n}" class="comment single-comment-node comment--deep-{depth}">'
            f'<div class="comment__inner"><div class="inner-comment comment__details"><div class="comment__content">'
            f'<div class="comment__header"><a class="crayons-link"><span class="js-comment-username">{name}</span></a>'
            f'<a class="comment-date" href="/c/{n}"><time datetime="2024-01-1{n}T10:00:00Z">Jan 1{n}</time></a></div>'
            f'<div class="comment__body text-styles body"><p>{text}</p></div></div>'
            f'<footer class="comment__footer"><button>Like</button><a>Reply</a></footer></div></div></div>'
            f'{replies}</details>')


FOREM = ('<html><head><title>The raid - Example Community</title></head><body><main><article id="article-show-container">'
         '<header><h1>The raid near the academy</h1><time datetime="2024-01-10T09:00:00Z">Jan 10</time></header>'
         f'<div id="article-body" class="crayons-article__body text-styles"><p>{STORY}</p><p>{STORY}</p></div></article>'
         '<section id="comments"><div class="comments" id="comment-trees-container">'
         + _forem(1, 0, "Ahmed Bilal", "The timing was the point.",
                  _forem(2, 1, "Jessica Moreno", "Was it, though?", _forem(3, 2, "Ahmed Bilal", "Yes.")))
         + _forem(4, 0, "Tom Hadley", "Good write-up.")
         + "</div></section></main></body></html>")


def test_forem_replies_nested_beside_their_parent_read_by_the_depth_of_the_thread_around_them():
    page = split_html(FOREM, "forem.html")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Ahmed Bilal", "The timing was the point.", None), ("Jessica Moreno", "Was it, though?", 1),
        ("Ahmed Bilal", "Yes.", 2), ("Tom Hadley", "Good write-up.", None)]
