"""Layouts of the nineteenth blind round (issue 18), each on a short page
written for these tests: a MetaFilter thread, a Quora question and a Google
Groups conversation copied as text."""
from __future__ import annotations

from comments import split_text

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
