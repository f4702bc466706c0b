"""Layouts of the blind rounds 138-144 (issue 18), each on a short page written
for these tests: a SPIP forum ('9 Messages', a subject over 'DATE, by NAME',
're: SUBJECT' replies); a widget's forum name over its login button; replies
greeting the comment right above after a word or two; vBulletin 3.8 and
XenForo threads (share links under the subject, names shown twice over titles
of the poster's own, reputations, Physics Forums' dates and counts); phpBB's
quote glued to its label and signatures of two lines; Drupal, Joomla, JComments
and WordPress sections (the form's link, pingbacks, ratings, votes over numbered
heads, a bar of sort orders over numbered comments); boxes of links between paragraphs; and saved JS-Kit, Echo, Typepad, Drupal 6 and
SoapBlox comments."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html
from test_split_blind89 import PARA, STORY


def test_a_spip_forum_of_subjects_over_date_by_name_heads():
    def message(subject: str, when: str, name: str, text: str) -> str:
        return f"{subject}\n{when}, by {name}\n\n{text}\n\nReply to this message\n\n"
    long_title = "Army chiefs voice serious concern over the conditions in the US aid bill for Pakistan"
    page = split_text(
        "Sudan Herald\nHome\nNews\nOpinion\n\nHome page > News\n"
        f"{long_title}\n\nThursday 8 October 2009\nPrinter friendly Send to a friend\n\n{STORY}\n\n"
        "Army officers at a briefing in Rawalpindi (Photo AP)\n\n------------------------------\nADVERTISING\n"
        f"------------------------------\n\n{PARA}\n\nForum\n\n5 Messages\n\nReply to this article\n"
        "Comments must abide by the following rules. Do not use offensive language or post personal details.\n\n"
        + message("About time", "8 October 2009 02:41", "Mike Carver", "Not another dime until they act.")
        + message("re: About time", "8 October 2009 04:19", "Hamza Siddiqui", "You created the monster yourselves.")
        + message("re: About time", "8 October 2009 06:52", "Mike Carver", "Hamza, that was thirty years ago.")
        + message(long_title, "8 October 2009 07:10", "Vikram Nair", "The whole world can see it now.")
        + message(f"re: {long_title}", "8 October 2009 11:02", "Tariq from Karachi", "Oh really Vikram?")
        + "Post a message\nTitle:\nText of your message:\n\nWho are you? (optional)\nYour name\n"
          "This forum is moderated beforehand: your contribution will only appear after being validated.\n"
          "Preview\nSubmit\n\nLatest News\nSudan's parliament approves the budget\n", "spip.txt")
    assert page.article.title == long_title
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Mike Carver", "8 October 2009 02:41", "Not another dime until they act.", None),
        ("Hamza Siddiqui", "8 October 2009 04:19", "You created the monster yourselves.", 1),
        ("Mike Carver", "8 October 2009 06:52", "Hamza, that was thirty years ago.", 2),
        ("Vikram Nair", "8 October 2009 07:10", "The whole world can see it now.", None),
        ("Tariq from Karachi", "8 October 2009 11:02", "Oh really Vikram?", 4)]


def test_a_widgets_forum_name_of_three_words_over_its_login_button():
    page = split_text(
        f"Phnom Penh Herald\nNATO convoys roll again\n\n{STORY}\n\n{PARA}\n14 comments\nPhnom Penh Herald\n"
        "Login\nSort by Best\nShare ⤤\nFavorite ★\nStart the discussion…\nAvatar\n"
        "Farhan Qureshi • 2 days ago\nSeven months for one word out of Washington.\n11\n△\n▽\n•\nReply\n•\nShare ›\n"
        "Avatar\nMike Dorsey  Farhan Qureshi • 2 days ago\nBoth sides made mistakes.\n3\n△\n▽\n•\nReply\n•\nShare ›\n",
        "disqus.txt")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Farhan Qureshi", "Seven months for one word out of Washington.", None),
        ("Mike Dorsey", "Both sides made mistakes.", 1)]


def test_replies_greeting_the_comment_right_above_after_a_word_or_two():
    def comment(name: str, when: str, text: str) -> str:
        return f"{name}\n{when}\n{text}\nReply\n"
    page = split_text(
        f"Gibraltar Courier\nPakistan summons the US envoy\n\n{STORY}\n\n{PARA}\n\n4 thoughts on “Envoy summoned”\n"
        + comment("Usman Ghani", "January 2, 2018 At 11:30 am", "It is easier to blame Pakistan than to fix Kashmir.")
        + comment("priya_r", "January 2, 2018 At 12:05 pm", "Nice deflection Usman. The article is about Kabul.")
        + comment("Charles Whitmore", "January 2, 2018 At 2:52 pm", "Quiet pressure would achieve far more.")
        + comment("Zainab Akhtar", "January 2, 2018 At 4:09 pm", "Thank you Charles, a sensible comment at last.")
        + "LEAVE A REPLY Cancel reply\n", "gc.txt")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Usman Ghani", None), ("priya_r", 1), ("Charles Whitmore", None), ("Zainab Akhtar", 3)]


def test_saved_replies_opening_with_the_name_they_answer_and_a_colon():
    def comment(n: int, name: str, when: str, text: str) -> str:
        return (f'<div class="comment font-entrybody" id="comment-{n}"><div class="comment-content">'
                f'<p>{text}</p></div><p class="comment-footer">Posted by: {name} | <a href="#comment-{n}">{when}</a>'
                "</p></div>")
    page = split_html(
        "<html><head><title>Kerry-Lugar and gratitude</title></head><body><h1>Kerry-Lugar and gratitude</h1>"
        f'<div class="entry-body"><p>{STORY}</p><p>{PARA}</p></div><div class="comments" id="comments">'
        '<h3 class="comments-header">Comments</h3><div class="comments-content">'
        + comment(1, "Sidra", "October 08, 2009 at 03:12 PM", "Nobody asks about the clinics the money is for.")
        + comment(2, "Gary Farber", "October 08, 2009 at 03:40 PM", "The certification clauses are boilerplate.")
        + comment(3, "tennyson", "October 08, 2009 at 04:05 PM", "Sidra: fair, and I am as guilty as anyone.")
        + "</div></div></body></html>", "ow.html")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Sidra", "Nobody asks about the clinics the money is for.", None),
        ("Gary Farber", "The certification clauses are boilerplate.", None),
        ("tennyson", "Sidra: fair, and I am as guilty as anyone.", 1)]


def test_a_vbulletin_38_thread_with_the_post_numbers_over_old_dates():
    def post(n: int, when: str, name: str, rank: str, text: str, subject: str = "") -> str:
        return (f"  #{n}  \nOld {when}\n{name}\n{name} is offline\n{rank}\n \nJoin Date: Feb 2006\n"
                f"Location: Lahore\nPosts: 2,873\nDefault{' ' + subject if subject else ''}\n"
                + ("Link\n\n" if subject else "") + f"{text}\nReply With Quote\n")
    page = split_text(
        "SpaceBattles.com\n \nForums > World Politics\tUser Name\t Remember Me?\n"
        "\tGenerals balk at the aid bill\tPassword\t \nRegister\tBlogs\tFAQ\n \nReply\n \nThread Tools\tSearch this Thread\n"
        + post(1, "10-08-2009, 08:47 AM", "Shahzeb_K", "Lieutenant", f"{STORY}\n\n{PARA}", "Generals balk at the aid bill")
        + post(2, "10-08-2009, 09:02 AM", "Hammerhead_CVN", "Commander", "Seems like a reasonable ask to me.")
        + post(3, "10-08-2009, 09:10 AM", "Rajput_Lancer", "Ensign", "In other news, water is wet."), "vb38.txt")
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Hammerhead_CVN", "10-08-2009, 09:02 AM", "Seems like a reasonable ask to me."),
        ("Rajput_Lancer", "10-08-2009, 09:10 AM", "In other news, water is wet.")]


def test_xenforo_posts_under_a_name_shown_twice_and_a_title_of_the_posters_own():
    def xf1(name: str, title: str, text: str, n: int, likes: str = "") -> str:
        return f"{name}\n{name}\n{title}\n{text}\n{name}, Jul 3, 2012 Report\n#{n} Like Reply\n" + (f"{likes}\n" if likes else "")
    page = split_text(
        "SpaceBattles\nForums\nWorld Politics\nConvoys roll again\nDiscussion in 'World Politics' started by Kestrel, Jul 3, 2012.\n"
        "Watch Thread\n" + xf1("Kestrel", "Armchair Admiral", f"{STORY}\n\n{PARA}", 1, "Rhedd and 6 others like this.")
        + xf1("Rhedd", "Ensign", "Well, that took long enough.", 2, "Bluewater_Bear likes this.")
        + xf1("Lord Sandwich", "The Earl Of Something", "The transit fee being dropped is the story.", 3)
        + "Grayvern_Lurks\nGrayvern_Lurks\nPost Reply\nShare This Page\n", "xf1.txt")
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.text) for c in page.comments] == [
        ("Rhedd", "Well, that took long enough."), ("Lord Sandwich", "The transit fee being dropped is the story.")]

    def xf2(name: str, title: str, joined: str, n: int, text: str, below: str) -> str:
        return (f"{name}\n{name}\n{title}\nJoined\n{joined}\nMessages\n9,874\nReaction score\n41,530\n"
                f"Aug 17, 2021\n#{n}\n{text}\n{below}\n")
    page = split_text(
        "SpaceBattles\nForums\nWorld Politics\nBiden still hasn't called\nThread starter Dalek Start date Aug 17, 2021\n"
        + xf2("Dalek", "Far too much free time", "Mar 12, 2014", 1,
              f"{STORY}\n\n{PARA}\nThe Doctor is in. The Accountant is in the basement.\nLast edited: Aug 17, 2021",
              "Reactions: Nevill, Hiryu and 23 others")
        + xf2("Hiryu", "Where did my carrier go", "Jun 2, 2011", 2, "Twenty years of playing both sides.",
              "Reactions: Garuda_Wing and 17 others")
        + xf2("Nevill", "Proud owner of too many flight sims", "Jan 8, 2009", 3, "Petty from both ends.", "")
        + "You must log in or register to reply here.\n", "xf2.txt")
    assert page.article.published.isoformat() == "2021-08-17"
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Hiryu", "Aug 17, 2021", "Twenty years of playing both sides."), ("Nevill", "Aug 17, 2021", "Petty from both ends.")]


def test_a_joomla_page_with_tool_tabs_a_box_of_links_and_jcomments_scores():
    page = split_text(
        "The Zimbabwe Herald\nHome\nNews\nWorld\nYou are here:  Home World\n"
        "Bin Laden raid leaves ties in tatters \tPDF \tPrint \tE-mail\nFriday, 06 May 2011 09:14\n"
        f"Written by Staff Writer/AFP\n\n{STORY}\n\nYou might also like\nTaliban make gains in the north\n"
        f"G7 leaders pledge vaccine doses\n\n{PARA}\n\nComments\n"
        "#1 Sekuru Gumbo 2011-05-06 14:20\nA big power says partner while you are useful.\nQuote  \t+9\n"
        "#2 James, Manchester 2011-05-06 16:55\nGood riddance. Now bring the troops home.\nQuote  \t+1\n"
        "Refresh comments list\nRSS feed for comments to this post\nAdd comment\n", "jz.txt")
    assert page.article.title == "Bin Laden raid leaves ties in tatters"
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.text) for c in page.comments] == [
        ("Sekuru Gumbo", "A big power says partner while you are useful."),
        ("James, Manchester", "Good riddance. Now bring the troops home.")]


def test_saved_echo_and_js_kit_comments_and_a_date_read_by_the_pages_metadata():
    def echo(name: str, text: str, when: str, children: str = "") -> str:
        return (f'<div class="stream-item stream-item-depth-{1 if not children and "r" in name[:1] else 0} '
                f'stream-item-noChildren-{"false" if children else "true"}"><div class="stream-item-container">'
                f'<div class="stream-item-header"><span class="stream-item-authorName">{name}</span></div>'
                f'<div class="stream-item-body"><span class="stream-item-text">{text}</span></div>'
                f'<div class="stream-item-footer"><div class="stream-item-date">{when}</div></div></div>'
                + (f'<div class="stream-item-children">{children}</div>' if children else "") + "</div>")
    page = split_html(
        '<html><head><title>The F-16 hold</title><meta property="article:published_time" '
        'content="2016-01-05T10:00:00-05:00"></head><body><h1>The F-16 hold</h1><p class="byline">1.5.2016 10:00 AM</p>'
        f'<div class="article-body"><p>{STORY}</p><p>{PARA}</p></div><div class="stream-body">'
        + echo("shermanesque", "Good. They hid him for years.", "1/5/2016 9:41 AM EDT",
               echo("rashid_isb", "We lost more soldiers than anyone.", "1/5/2016 9:58 AM EDT"))
        + echo("Naveen Kumar", "The F-16s are not the issue.", "1/5/2016 10:47 AM EDT",
               echo("rashid_q", "Settle Kashmir first.", "1/5/2016 11:36 AM EDT"))
        + echo("Gwen Partridge", "A hold is a quiet gavel.", "1/5/2016 11:20 AM EDT")
        + echo("FairfaxVoter", "Eight jets, not eighty.", "1/5/2016 12:03 PM EDT")
        + "</div></body></html>", "echo.html")
    assert page.article.published.isoformat() == "2016-01-05"
    assert [(c.author, c.parent) for c in page.comments] == [
        ("shermanesque", None), ("rashid_isb", 1), ("Naveen Kumar", None), ("rashid_q", 3), ("Gwen Partridge", None),
        ("FairfaxVoter", None)]

    def jskit(name: str, when: str, text: str) -> str:
        return (f'<div class="js-singleComment js-commentLevel0"><div class="js-singleCommentHeader">'
                f'<span class="js-singleCommentName">{name}</span> <span class="js-singleCommentDate">{when}</span></div>'
                f'<div class="js-singleCommentText">{text}</div><div class="js-singleCommentCtls">+ 12 − | '
                '<a href="#">Reply</a> | <a href="#c">Permalink</a> | <a href="#">Report abuse</a></div></div>')
    page = split_html(
        "<html><head><title>Our money, their generals</title></head><body><h1>Our money, their generals</h1>"
        f'<div class="post-body"><p>{STORY}</p><p>{PARA}</p></div><div class="js-OldComments">'
        + jskit("Tariq_in_Jersey", "10/08/2009 10:34 AM", "Try voting out a brigadier.")
        + jskit("bluefin", "10/08/2009 11:02 AM", "Exactly.") + "</div></body></html>", "jskit.html")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Tariq_in_Jersey", "Try voting out a brigadier."), ("bluefin", "Exactly.")]


def test_drupal_comments_under_the_link_to_the_form_and_a_credit_naming_an_agency():
    def comment(subject: str, name: str, when: str, text: str) -> str:
        return f"{subject}\nSubmitted by {name} (not verified) on {when}.\n\n{text}\n\nreply\n"
    page = split_text(
        "theSun Daily\nHome\nNews\nWorld\n\nArmy under fire after the raid\n\nTuesday, 03 May 2011\n\n"
        "Soldiers stand guard at the Torkham border crossing\nPhoto: Anadolu Agency\n\n"
        f"{STORY}\n\n{PARA}\n\n3 comments\nAdd new comment\n\n"
        "Comments are moderated and will appear after approval. Please do not post your personal details.\n\n"
        + comment("How could the army not know?", "Faisal Qureshi", "Tue, 05/03/2011 - 08:14", "They knew.")
        + comment("Re: How could the army not know?", "Rahul M", "Tue, 05/03/2011 - 09:02", "Ask anyone in Delhi.")
        + comment("Justice done", "Tom Becker", "Tue, 05/03/2011 - 10:05", "The families have an answer."), "drupal.txt")
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Faisal Qureshi", "Tue, 05/03/2011 - 08:14", "They knew.", None),
        ("Rahul M", "Tue, 05/03/2011 - 09:02", "Ask anyone in Delhi.", 1),
        ("Tom Becker", "Tue, 05/03/2011 - 10:05", "The families have an answer.", None)]


def test_a_phpbb_quote_glued_to_its_label_and_a_signature_of_two_lines():
    def post(subject: str, name: str, when: str, text: str, joined: str) -> str:
        return (f"{subject}\n\nPostby {name} » {when}\n\n{text}\n{name}\nPosts: 612\nJoined: {joined}\n"
                "Location: Rawalpindi\nTop\n")
    page = split_text(
        "Warships1 Discussion Boards\nBoard index ‹ Current Military Affairs\nSupply routes closed\n"
        + post("Supply routes closed", "Hamza_R", "Sun Nov 27, 2011 8:14 am", f"{STORY}\n\n{PARA}",
               "Mon Feb 12, 2007 11:05 am")
        + post("Re: Supply routes closed", "Mike Hanlon", "Sun Nov 27, 2011 9:02 am",
               "Let us wait for the investigation before deciding.\n\nMike\nUSN 1978-2002", "Fri May 02, 2003 12:17 pm")
        + post("Re: Supply routes closed", "Tariq_Jamil", "Sun Nov 27, 2011 9:30 am",
               "Mike Hanlon wrote:Let us wait for the investigation before deciding.\n\nThe posts were on the maps.",
               "Sat Jan 17, 2009 2:28 pm")
        + post("Re: Supply routes closed", "Mike Hanlon", "Sun Nov 27, 2011 10:12 am",
               "Fair enough, nobody is arguing that.\n\nMike\nUSN 1978-2002", "Fri May 02, 2003 12:17 pm")
        + "Display posts from previous: All posts\nReturn to Current Military Affairs\n", "phpbb.txt")
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Mike Hanlon", "Let us wait for the investigation before deciding.", None),
        ("Tariq_Jamil", "The posts were on the maps.", 1),
        ("Mike Hanlon", "Fair enough, nobody is arguing that.", None)]


def test_physics_forums_threads_old_and_new():
    def old(n: int, when: str, name: str, posts: str, text: str) -> str:
        return f"  #{n}  \n{when}\n{name}\nP: {posts}\n\t\n{text}\nReply With Quote\n"
    page = split_text(
        "Physics Forums - The Fusion of Science and Community\n\t\nUser Name\t\tRemember Me?\n"
        "Physics Forums > PF Lounge > General Discussion\t\nGenerals balk at the aid bill\nRegister\nBlogs\nFAQ\n\n"
        "Register to reply\n\t\nThread Tools\tDisplay Modes\n"
        + old(1, "Oct8-09, 09:14 AM", "ferrous_wheel", "1,204", f"Generals balk at the aid bill\n{STORY}\n\n{PARA}\n"
              "Physics news on PhysOrg.com\n>> Graphene ribbons show promise for faster transistors")
        + old(2, "Oct8-09, 10:02 AM", "Qasim_Lhr", "287", "The anger is about the language.")
        + old(3, "Oct8-09, 10:47 AM", "BrianK77", "956", "Then don't take it."), "pf_old.txt")
    assert page.article.published.isoformat() == "2009-10-08"
    assert page.article.body.endswith(PARA)
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Qasim_Lhr", "Oct8-09, 10:02 AM", "The anger is about the language."),
        ("BrianK77", "Oct8-09, 10:47 AM", "Then don't take it.")]

    def new(name: str, ranks: str, n: int, text: str) -> str:
        return f"{name}\n{ranks}\n \nJan 5, 2018 #{n}\n{text}\n \n"
    page = split_text(
        "Log in or Sign up\nPhysics Forums | Science Articles, Homework Help, Discussion\nForums\nGeneral Discussion\n"
        "Aid to Pakistan suspended\nThread starter wavepacket_jm Start date Jan 5, 2018\n \n"
        + new("wavepacket_jm", "Gold Member", 1, f"{STORY}\n\n{PARA}\n \nLast edited: Jan 5, 2018\n"
              "Physics news on Phys.org\nEngineers build a thermometer from a single trapped ion\nAnswers and Replies")
        + new("zainab_r", "", 2, "Thirty-three billion includes reimbursements.") + "Likes ubaid_k and Gwyn_ap_Rhys\n"
        + new("nsmith_phd", "Science Advisor\nGold Member", 3, "Nobody disputes the losses.")
        + "Share this great discussion with others via Reddit, Google+, Twitter, or Facebook\nHave something to add?\n"
          "Similar Discussions: Aid to Pakistan suspended\n", "pf_new.txt")
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("zainab_r", "Jan 5, 2018", "Thirty-three billion includes reimbursements."),
        ("nsmith_phd", "Jan 5, 2018", "Nobody disputes the losses.")]


def test_a_wordpress_page_with_its_pingbacks_ratings_and_a_box_of_links():
    def comment(name: str, when: str, text: str, up: int) -> str:
        return f"{name} says:\n{when}\n\n{text}\n\nThumb up {up} Thumb down 4\nRating: +{up - 4} (from {up + 4} votes)\n\n"
    page = split_text(
        "Cayman Courier\nHome\nNews\n\nArmy embarrassed by the raid\n\nMay 3, 2011 | By AFP\n\n"
        "Demonstrators burn a poster in Peshawar on Tuesday. (AFP/Abdul Majeed Rana) Photo License: All Rights Reserved\n\n"
        f"{STORY}\n\nRelated posts: Police on alert after US raid warning | Obama to visit flood-hit states\n\n{PARA}\n\n"
        "Click here to change your cookie preferences\n\nCategory: World News\n\nComments (2)\n\n"
        "Trackback URL | Comments RSS Feed\n\nSites That Link to this Post\n\n"
        "Obama pays tribute to special forces | Cayman Courier\n\n"
        + comment("Anonymous", "May 3, 2011 at 7:52 am", "Good riddance.", 31)
        + comment("Imran K", "May 3, 2011 at 8:14 am", "Most people back home are just as shocked.", 22), "wp.txt")
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Anonymous", "May 3, 2011 at 7:52 am", "Good riddance."),
        ("Imran K", "May 3, 2011 at 8:14 am", "Most people back home are just as shocked.")]


def test_an_avatars_initials_over_a_name_and_its_place():
    def comment(initials: str, name: str, when: str, text: str) -> str:
        return f"{initials}\n{name}\n{when}\n{text}\nReply\nReport\n\n"
    page = split_text(
        f"Modern Herald\nPakistan says no to bases\n\nAug 31, 2021\n\n{STORY}\n\n{PARA}\n\n2 Comments\n\n"
        + comment("VR", "Vikram Singh Rathore, Delhi", "31 Aug 2021, 09:12", "Pakistan was never going to agree.")
        + comment("FA", "Fatima Azhar, Islamabad\nReplying to Vikram Singh Rathore", "31 Aug 2021, 09:38",
                  "Nor should it, after twenty years."), "initials.txt")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Vikram Singh Rathore, Delhi", "Pakistan was never going to agree.", None),
        ("Fatima Azhar, Islamabad", "Nor should it, after twenty years.", 1)]


def test_jcomments_votes_over_numbered_heads_under_a_bare_header():
    def comment(votes: str, n: int, name: str, when: str, text: str) -> str:
        return f" \n \n{votes}\n#{n} {name} {when}\n{text}\nReply | Reply with quote | Quote\n"
    page = split_text(
        f"The Patriot on Sunday\nHome\nNews\n\nRaid strains the alliance\n\nSunday, 08 May 2011\n\n{STORY}\n\n{PARA}\n\n"
        "Last Updated on Sunday, 08 May 2011 10:47\n< Prev   Next >\n\nComments  \n"
        + comment("0", 1, "Kabelo M", "2011-05-08 09:12", "Good riddance.")
        + comment("+4", 2, "Imran Qureshi", "2011-05-08 10:37", "Nobody in Pakistan is crying for him.")
        + "Refresh comments list\nRSS feed for comments to this post\nAdd comment\nName (required)\nJComments\n", "jc.txt")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Kabelo M", "2011-05-08 09:12", "Good riddance."),
        ("Imran Qureshi", "2011-05-08 10:37", "Nobody in Pakistan is crying for him.")]


def test_a_vbulletin_reputation_repeated_and_tags_after_the_label():
    def post(n: int, when: str, name: str, text: str) -> str:
        return (f"Old {when}\t  #{n} (permalink)\n{name} \nSenior Member\n \nJoin Date: Mar 2008\nPosts: 2,418\n"
                f"Rep Power: 14\n{' '.join([name + ' is a jewel in the rough'] * 3)} \n{text}\n\n"
                f"{name} is offline\t \tReply With Quote\n\n")
    page = split_text(
        "Military Quotes Forum\nHome\nForum\n\nMilitary Quotes Forum > World Affairs & Politics\n"
        "Reload this Page Generals balk at the aid bill\nUser Name\tRemember Me?\n\nLinkBack\tThread Tools\tDisplay Modes\n\n"
        + post(1, "10-08-2009, 09:42 AM", "Shahzad_Rwp", f"Default Generals balk at the aid bill\n\n{STORY}\n\n{PARA}")
        + post(2, "10-08-2009, 10:15 AM", "Tarheel_Grunt", "So let me get this straight.")
        + post(3, "10-08-2009, 10:51 AM", "Faisal.Q", "It is more complicated than that."), "vb.txt")
    assert page.article.title == "Generals balk at the aid bill"
    assert [(c.author, c.text) for c in page.comments] == [
        ("Tarheel_Grunt", "So let me get this straight."), ("Faisal.Q", "It is more complicated than that.")]
    page = split_text(f"Antigua Courier\nHome\n\nF-16 subsidy blocked\n\nMay 3, 2016\n\n{STORY}\n\n{PARA}\n\n"
                      "Tags F-16 Pakistan United States US Congress\nShare\nTweet\n", "tags.txt")
    assert page.article.body == f"{STORY}\n\n{PARA}"


def test_saved_soapblox_comments_by_name_at_a_time_with_seconds():
    def comment(n: int, title: str, name: str, when: str, text: str) -> str:
        return (f'<div class="comment" id="c{n}"><div class="commentTitle"><a href="#{n}">{title}</a> '
                f'<span class="commentRating">(4.00 / 3)</span></div><div class="commentBy">by: <a href="/user/{name}">'
                f'{name}</a> @ {when}</div><div class="commentBody"><p>{text}</p></div><div class="commentLinks">'
                '[ <a href="#">Reply to This</a> ]</div></div>')
    page = split_html(
        "<html><head><title>Raids will not buy us Pakistan</title></head><body><h1>Raids will not buy us Pakistan</h1>"
        f'<div class="diaryBody"><p>{STORY}</p><p>{PARA}</p></div><div id="comments">'
        '<div class="commentHeader"><b>Raids will not buy us Pakistan</b> | 2 comments</div>'
        + comment(1, "Said plainly", "Lahori_in_Chicago", "Fri Sep 12, 2008 at 02:51:17 PM EDT", "Thank you for this.")
        + comment(2, "Both ways", "TexasRedDirtDem", "Fri Sep 12, 2008 at 03:08:40 PM EDT", "Sovereignty cuts both ways.")
        + "</div></body></html>", "soapblox.html")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Lahori_in_Chicago", "Fri Sep 12, 2008 at 02:51:17 PM EDT", "Thank you for this."),
        ("TexasRedDirtDem", "Fri Sep 12, 2008 at 03:08:40 PM EDT", "Sovereignty cuts both ways.")]


def test_numbered_comments_under_a_view_bar_of_sort_orders():
    def comment(n: int, name: str, when: str, text: str) -> str:
        return f"Comment {n} of 3\nPosted by: {name}\n{when}\n\n{text}\n\nReply | Report Abuse\n\n"
    page = split_text(
        f"Island Vibes\nHome\nNews\n\nRaid raises questions\n\nTuesday, May 3, 2011\n\n{STORY}\n\n{PARA}\n\n"
        "Reader Comments (3)\n\nView: Oldest First | Newest First\n\n"
        + comment(1, "Tariq_Lhr", "5/3/2011 11:05:17 AM", "Today it is Pakistan, tomorrow anyone.")
        + comment(2, "Skerritt_Boy", "5/3/2011 11:21:40 AM", "A mile from the academy, and nobody knew?")
        + comment(3, "Anonymous", "5/3/2011 12:02:09 PM", "Good riddance."), "vibes.txt")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Tariq_Lhr", "5/3/2011 11:05:17 AM", "Today it is Pakistan, tomorrow anyone."),
        ("Skerritt_Boy", "5/3/2011 11:21:40 AM", "A mile from the academy, and nobody knew?"),
        ("Anonymous", "5/3/2011 12:02:09 PM", "Good riddance.")]


def test_saved_drupal_6_comments_timed_before_their_writer():
    def comment(n: int, when: str, name: str, title: str, text: str) -> str:
        return (f'<a id="comment-{n}"></a><div class="comment odd"><div class="clear-block">'
                f'<span class="submitted">{when} — <a href="/user/{n}" title="View user profile.">{name}</a></span>'
                f'<h3><a href="#comment-{n}">{title}</a></h3><div class="content"><p>{text}</p></div></div>'
                '<div class="links"><ul class="links"><li class="comment_reply first last"><a href="#">reply</a></li>'
                "</ul></div></div>")
    page = split_html(
        "<html><head><title>The generals and the money</title></head><body><h1>The generals and the money</h1>"
        f'<div class="node"><div class="content"><p>{STORY}</p><p>{PARA}</p></div></div><div id="comments">'
        '<h2 class="comments">Comments</h2>'
        + comment(151204, "Wed, 10/07/2009 - 13:58", "Farhan Siddiqui", "Strings", "The strings are the point.")
        + comment(151211, "Wed, 10/07/2009 - 14:10", "grayhawk", "Money", "Nobody reads the receipts.")
        + "</div></body></html>", "drupal6.html")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Farhan Siddiqui", "Wed, 10/07/2009 - 13:58", "The strings are the point."),
        ("grayhawk", "Wed, 10/07/2009 - 14:10", "Nobody reads the receipts.")]
