"""Layouts of the fourteenth blind round (issue 18), each on a short page written
for these tests: SMF and Invision forum topics, a Talkyard embed, an Instagram
post, a Telegram Web discussion and a reader-view copy; and of the fifteenth:
vBulletin 4 and Flarum threads, a TikTok video page and a news page with its
comment section copied as text."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

BODY = ("American forces killed the commander in a raid near the academy, officials in Washington and "
        "Islamabad said on Monday, adding that the operation lasted forty minutes. ")


def _smf_post(msg: int, name: str, stamp: str, text: str) -> str:
    return (f'<div class="windowbg"><div class="poster"><h4><a href="/profile">{name}</a></h4>'
            f'<ul><li class="postgroup">Hero Member</li><li class="postcount">Posts: 4,512</li></ul></div>'
            f'<div class="keyinfo"><div class="smalltext">&#171; <strong>{stamp}</strong> &#187;</div></div>'
            f'<div class="post"><div class="inner" id="msg_{msg}">{text}</div></div>'
            f'<div class="moderatorbar"><div class="signature">Banker by profession.</div></div></div>')


SMF = ("<html><head><title>Raid in Abbottabad, Pakistan not told</title></head><body>"
       '<h1 class="forumtitle">Example Defence Forum</h1><div class="user"><time>28 Nov 2011, 10:22</time></div>'
       '<form id="quickModForm" action="/quickmod2">'
       + _smf_post(1, "Shaheen_Watch", " on: May 02, 2011, 09:31:47 AM", BODY * 2)
       + _smf_post(2, "Rawal_Lahori", "Reply #1 on: May 02, 2011, 09:47:03 AM", "Koi tou jawab de.")
       + _smf_post(3, "NorthernLight", "Reply #2 on: Yesterday at 10:14:22 AM",
                   '<div class="quoteheader"><div class="topslice_quote"><a href="#msg2">Quote from: Rawal_Lahori on '
                   'May 02, 2011</a></div></div><blockquote class="bbc_standard_quote">Koi tou jawab de.</blockquote>'
                   "There is a third option.")
       + "</form></body></html>")


def test_smf_topic_posts_inside_the_moderation_form_with_their_poster_box_and_reply_stamp():
    page = split_html(SMF, "smf.html")
    # the first post has no headline line of its own: the topic's title is the headline
    assert page.article.title == "Raid in Abbottabad, Pakistan not told"
    assert str(page.article.published) == "2011-05-02"  # not the forum's clock above the first post
    assert page.article.body.startswith("American forces killed")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Rawal_Lahori", "May 02, 2011, 09:47:03 AM", "Koi tou jawab de.", None),
        ("NorthernLight", "Yesterday at 10:14:22 AM", "There is a third option.", 1)]


def _ips_post(name: str, when: str, content: str) -> str:
    return (f'<article class="cPost ipsComment"><aside class="ipsComment_author cAuthorPane">'
            f'<h3 class="cAuthorPane_author"><strong><a href="/profile">{name}</a></strong>'
            f'<span class="ipsRepBadge">1,512</span></h3><ul><li data-role="group">Members</li></ul></aside>'
            f'<div class="ipsComment_meta">Posted <time datetime="2009-08-07T06:20:11Z">{when}</time></div>'
            f'<div data-role="commentContent">{content}</div>'
            f'<input type="text" value="https://example.net/topic/1/?comment=1"></article>')


INVISION = ("<html><head><title>Drone strike kills commander - Example Community</title></head><body>"
            '<h1 class="ipsType_pageTitle">Drone strike kills commander</h1>'
            '<form action="/topic/1/?do=multimodComment">'
            + _ips_post("Zalmay_Afridi", "August 7, 2009", f"<p>{BODY}</p>" * 2)
            + _ips_post("Maj (R) Saleem", "August 7, 2009",
                        "<p>Two points people are missing.</p><span data-excludequote><strong>Edited "
                        "<time>August 7, 2009</time> by Maj (R) Saleem</strong><br>fixed a date</span>")
            + _ips_post("JohnH_Texas", "August 8, 2009",
                        '<blockquote class="ipsQuote" data-ipsquote-username="Maj (R) Saleem"><p>Two points</p>'
                        "</blockquote><p>True, and the strikes go on.</p>")
            + "</form></body></html>")


def test_invision_topic_names_beside_badges_edit_notes_dropped_and_quotes_give_the_parent():
    page = split_html(INVISION, "ips.html")
    assert page.article.title == "Drone strike kills commander"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Maj (R) Saleem", "August 7, 2009", "Two points people are missing.", None),
        ("JohnH_Texas", "August 8, 2009", "True, and the strikes go on.", 1)]


def _talkyard(depth: int, name: str, handle: str, when: str, text: str, label: str = "", inner: str = "") -> str:
    avatar = f'<div class="esAvtr" title="{name}"><span>{name[0]}</span></div>'
    return (f'<li class="dw-t dw-depth-{depth}">{avatar}<div class="dw-p">{label}<div class="dw-p-hd">'
            f'<span class="n_ByAt"><a class="dw-p-by"><span class="esP_By_F">{name} </span><span class="esP_By_U">'
            f'<span class="esP_By_U_at">@</span>{handle}</span></a><span class="dw-ago">{when}</span></span></div>'
            f'<div class="dw-p-bd"><p>{text}</p></div></div><div class="dw-p-as dw-as"><a class="dw-a dw-a-reply">Reply</a><a class="dw-a dw-vote-count">4 Likes</a></div>'
            f'{inner}</li>')


TALKYARD = ("<html><head><title>Salala, ten years on</title></head><body><article><h1>Salala, ten years on</h1>"
            + f"<p>{BODY}</p>" * 2 + "</article><ol class='dw-res'>"
            + _talkyard(1, "Imran Qureshi", "imranq", "a year ago", "Balanced piece.",
                        inner="<ol class='dw-res'>" + _talkyard(
                            2, "Zoya Ahmed", "zoya_a", "5 days ago", "Nobody forces the ministry to borrow.",
                            label='<div class="dw-rrs">In reply to<a href="#post-2">imranq</a>:</div>') + "</ol>")
            + _talkyard(1, "Mark Ellison", "marke", "2 days ago", "Fair summary.")
            + "</ol></body></html>")


def test_talkyard_comments_skip_letter_avatars_handles_and_reply_labels():
    page = split_html(TALKYARD, "talkyard.html")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Imran Qureshi", "a year ago", "Balanced piece.", None),
        ("Zoya Ahmed", "5 days ago", "Nobody forces the ministry to borrow.", 1),
        ("Mark Ellison", "2 days ago", "Fair summary.", None)]


INSTAGRAM = """Instagram
Home
Explore
example.desk
Verified
•
Follow
example.desk
Verified
Army chief's Washington visit: what was on the table
{body}

{body}
#Pakistan #USA
Edited · 2w
zeeshan.k_87
Transactional since 2001 is the honest line 💯
2w
412 likes
Reply
—— Hide replies
mike_in_ohio
@zeeshan.k_87 it goes both ways.
2w
87 likes
Reply
zeeshan.k_87
@mike_in_ohio fair, lekin we lost more.

Nobody remembers that part.
2w
Reply
See translation
ayesha.writes Why is there still no joint statement?
1w
56 likes
Reply
—— View replies (3)
1,284 likes
December 22, 2023
Add a comment…
Post
More posts from example.desk
"""


def test_instagram_caption_closed_by_its_time_and_comments_closed_by_time_likes_reply():
    page = split_text(INSTAGRAM.format(body=BODY * 2), "insta.txt")
    assert page.article.title == "Army chief's Washington visit: what was on the table"
    assert str(page.article.published) == "2023-12-22"
    assert "Edited" not in page.article.body and "likes" not in page.article.body
    # under an open "Hide replies" toggle, the comments opening with "@user" answer the comment above it
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("zeeshan.k_87", "2w", "Transactional since 2001 is the honest line 💯", None),
        ("mike_in_ohio", "2w", "@zeeshan.k_87 it goes both ways.", 1),
        ("zeeshan.k_87", "2w", "@mike_in_ohio fair, lekin we lost more.\n\nNobody remembers that part.", 1),
        ("ayesha.writes", "1w", "Why is there still no joint statement?", None)]


TELEGRAM_WEB = """Telegram
All chats
Islamabad Desk
US completes Afghanistan withdrawal
14:02
Ammi
Beta khana kha kar sona
12:05
Islamabad Desk
48,213 subscribers
7 comments
August 31, 2021
US completes Afghanistan withdrawal
{body}

{body}
exampledesk.pk
US completes Afghanistan withdrawal
Twenty years after it arrived, the US military has left Kabul.
12.4K
14:02
Discussion started
Ahmed Raza
Bases would have made us a target again.
14:05
Rohit Sharma
Genuinely feel for the families at Torkham.
14:07
September 1, 2021
Mike Dawson
Ahmed Raza
Bases would have made us…
You're already a target.
edited
09:12
Join
"""


def test_telegram_web_discussion_messages_closed_by_their_time_with_quoted_parents():
    page = split_text(TELEGRAM_WEB.format(body=BODY * 2), "tg.txt")
    assert page.article.title == "US completes Afghanistan withdrawal"
    assert str(page.article.published) == "2021-08-31"
    assert page.article.body.startswith("American forces") and page.article.body.endswith("forty minutes.")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Ahmed Raza", "14:05", "Bases would have made us a target again.", None),
        ("Rohit Sharma", "14:07", "Genuinely feel for the families at Torkham.", None),
        ("Mike Dawson", "09:12", "You're already a target.", 1)]


def test_a_live_blog_with_times_under_its_entries_is_not_a_discussion():
    entries = "".join(f"Officials said the talks would resume on day {n} of the visit to Kabul.\n{10 + n}:00\n"
                      for n in range(4))
    page = split_text("Talks resume\n" + (BODY * 5) + "\n10:00\n" + entries, "live.txt")
    assert page.comments == ()


def test_reader_view_copy_site_line_above_the_title_and_an_inline_related_link():
    text = ("examplereview.com\nTwenty Years Under the Drones\nNadia Farooqui\n3–4 minutes\n\n"
            f"{BODY}\n\nRelated: How the NATO supply routes reopened in 2012\n\n{BODY}\n\n"
            "Support independent journalism from the region. Become a member today.\n\n"
            "Explore more on these topics\nPakistan\nAfghanistan\n")
    page = split_text(text, "reader.txt")
    assert page.article.title == "Twenty Years Under the Drones"
    assert page.article.body == f"{BODY.strip()}\n\n{BODY.strip()}"


# --- round 15 -------------------------------------------------------------------------------------------

def _vb4_post(n: int, name: str, date: str, text: str) -> str:
    return (f'<li class="postbitlegacy postcontainer" id="post_{n}"><div class="posthead"><span class="date">{date}'
            f'</span></div><div class="userinfo"><a class="username" href="member.php?u={n}"><strong>{name}</strong>'
            f'</a><dl><dt>Join Date</dt><dd>Mar 2008</dd></dl></div><div class="postbody"><h2 class="posttitle">'
            f'Re: raid</h2><div class="content"><blockquote class="postcontent restore">{text}</blockquote></div>'
            f'<blockquote class="signature">Pakistan Zindabad</blockquote></div></li>')


VB4 = ("<html><head><title>Raid near Abbottabad - Example Forum</title></head><body><ol id='posts'>"
       + _vb4_post(1, "Falcon_786", "05-02-2011, 09:31 AM", "<b>Raid near Abbottabad</b><br />" + BODY * 2)
       + _vb4_post(2, "Shaheen_Eagle", "05-02-2011, 09:48 AM", "Two kilometres from Kakul.")
       + _vb4_post(3, "Ghauri", "05-03-2011, 10:37 AM",
                   '<div class="bbcode_container"><div class="bbcode_quote">Originally Posted by <strong>'
                   'Shaheen_Eagle</strong> Two kilometres</div></div>Our agencies knew.')
       + "</ol></body></html>")


def test_vbulletin4_messages_inside_their_post_box_and_dates_read_so_the_thread_stays_together():
    page = split_html(VB4, "vb4.html")
    # "05-02-2011" and "05-03-2011" are a day apart read month first, a month apart read day first
    assert str(page.article.published) == "2011-05-02"
    assert "Pakistan Zindabad" not in page.article.body and "Re: raid" not in page.article.body
    assert [(c.author, c.posted_at, str(c.posted_at_parsed), c.text, c.parent) for c in page.comments] == [
        ("Shaheen_Eagle", "05-02-2011, 09:48 AM", "2011-05-02 09:48:00", "Two kilometres from Kakul.", None),
        ("Ghauri", "05-03-2011, 10:37 AM", "2011-05-03 10:37:00", "Our agencies knew.", 1)]


def _flarum_post(name: str, shown: str, full: str, body: str) -> str:
    return (f'<div class="PostStream-item"><article class="Post CommentPost"><header class="Post-header">'
            f'<h3 class="PostUser-name"><a href="/u/{name}"><span class="username">{name}</span></a></h3>'
            f'<div class="Dropdown PostMeta"><a><time datetime="2022-09-08T11:41:02+00:00">{shown}</time></a>'
            f'<div class="Dropdown-menu dropdown-menu"><span class="PostMeta-time"><time>{full}</time></span></div>'
            f'</div></header><div class="Post-body">{body}</div></article></div>')


FLARUM = ("<html><head><title>F-16 sustainment deal - Example Community</title></head><body>"
          '<div class="DiscussionHero"><h2>F-16 sustainment deal</h2></div><div class="PostStream">'
          + _flarum_post("Rizwan_M", "8 Sep 2022", "Thursday, 8 September 2022 08:12", f"<p>{BODY}</p>" * 2)
          + _flarum_post("Arjun_Mehta", "8 Sep 2022", "Thursday, 8 September 2022 12:41", "<p>A stretch.</p>")
          + _flarum_post("Hina_Q", "9 Sep 2022", "Friday, 9 September 2022 07:20",
                         '<blockquote><p><a class="PostMention" href="/d/1/2">Arjun_Mehta</a> A stretch.</p>'
                         "</blockquote><p>Not really.</p>")
          + "</div></body></html>")


def test_flarum_posts_show_their_visible_time_and_a_mention_in_a_quote_gives_the_parent():
    page = split_html(FLARUM, "flarum.html")
    assert page.article.title == "F-16 sustainment deal"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Arjun_Mehta", "8 Sep 2022", "A stretch.", None), ("Hina_Q", "9 Sep 2022", "Not really.", 1)]


TIKTOK = """TikTok
For You
Following
Log in to follow creators, like videos, and view comments.
examplewire
Example Wire · 2022-8-30
Follow
US announces $30 million in flood relief for Pakistan
{body}
#PakistanFloods #news
♬ original sound - Example Wire
18.2K
1204
Copy link
Comments (1,204)
Creator videos
Sana Baloch
Who is delivering on the ground?
2022-8-30
Reply
1892
Example Wire
·
Creator
Our reporter is in Jaffarabad this week.
2022-8-30
Reply
412
Hassan
30 million for 33 million people.
Liked by creator
2022-8-31
Reply
655
View 10 more
Hide
jessica.m
praying for everyone in Pakistan from Texas
5d ago
Reply
1034
View 38 replies
kat in virginia
Sponsoring a family right now.
3-15
Reply
214
Log in to comment
"""


def test_tiktok_caption_under_name_and_date_and_replies_closed_by_hide():
    page = split_text(TIKTOK.format(body=BODY * 3), "tiktok.txt")
    assert page.article.title == "US announces $30 million in flood relief for Pakistan"
    assert str(page.article.published) == "2022-08-30"
    assert "♬" not in page.article.body
    # the comments above "View 10 more" / "Hide" after the first of them are its replies
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Sana Baloch", "2022-8-30", "Who is delivering on the ground?", None),
        ("Example Wire", "2022-8-30", "Our reporter is in Jaffarabad this week.", 1),
        ("Hassan", "2022-8-31", "30 million for 33 million people.", 1),
        ("jessica.m", "5d ago", "praying for everyone in Pakistan from Texas", None),
        ("kat in virginia", "3-15", "Sponsoring a family right now.", None)]


def test_news_page_with_cookie_banner_support_appeals_and_in_reply_to_lines():
    text = ("We use cookies to improve your experience on our site and to show you personalised advertising.\n"
            "Yes, I’m happy\nSkip to main content\nPrint subscriptions\nSign in\nSupport the Sentinel\n"
            "Available for everyone, funded by readers\nNews\nOpinion\nSport\nWorld\n"
            "This article is more than 13 years old\nRaid kills commander in Pakistani garrison town\n"
            "This article is more than 13 years old\nDeclan Marsh in Islamabad\nMon 2 May 2011 09.31 BST\n\n"
            f"{BODY}\n\nAlso Read\nPakistan's reserves fall to lowest level\n\n{BODY}\n\n"
            "Comments (1,276)\nSort by oldest\nSentinel Picks\nAll comments\n"
            "Mirpurwala\n2 May 2011 09:38\nSharam ki baat hai.\nReply\nShare\nReport\n312\n"
            "KentishGunner\nin reply to Mirpurwala\n2 May 2011 09:52\nOr a handful knew.\nReply\nShare\nReport\n88\n"
            "Declan Marsh\nStaff\n2 May 2011 10:14\nThanks for the comments.\nReply\nShare\nReport\n97\n")
    page = split_text(text, "sentinel.txt")
    assert page.article.title == "Raid kills commander in Pakistani garrison town"
    assert str(page.article.published) == "2011-05-02"
    assert page.article.body == f"{BODY.strip()}\n\n{BODY.strip()}"  # the "Also Read" link between them is not body
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Mirpurwala", "2 May 2011 09:38", "Sharam ki baat hai.", None),
        ("KentishGunner", "2 May 2011 09:52", "Or a handful knew.", 1),
        ("Declan Marsh", "2 May 2011 10:14", "Thanks for the comments.", None)]


def test_a_reply_opening_with_an_earlier_commenters_full_name_answers_that_comment():
    text = (f"F-16 upgrade approved for Pakistan\n\n{BODY}\n\n{BODY}\n\nConversation\nComments 112\nSort by Best\n"
            "Avi Rosen\n21h\nWhy is the US upgrading their air force?\nReply\n18\n9\nShare\n"
            "Usman Tariq\n20h\nAvi Rosen because Pakistan isn't at war with you.\nReply\n22\n3\nShare\n"
            "Imran\n19h\nImran Khan said the same in 2019.\nReply\n4\n0\nShare\n")
    page = split_text(text, "openweb.txt")
    # only a name of two or more words counts: "Imran" opening a sentence names no one
    assert [(c.author, c.parent) for c in page.comments] == [("Avi Rosen", None), ("Usman Tariq", 1), ("Imran", None)]
