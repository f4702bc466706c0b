"""Layouts of the blind rounds 143-151 (issue 18), each on a short page written
for these tests: boards whose posts open with the poster's name over the
date and close with a button naming the poster ('Reply to NAME'), with
handles in small letters or joined by an underscore; boards whose posts show
the poster's rank of the board's own under the name, and guests' posts with
no rank or stats; news heads with a ticker's row of headlines, a dek set
apart under the headline, 'By: NAME' bylines and a site's product among its
menu items; boxes of links and appeals in the body; saved blog pages with a
labelled video under the post and an ambiguous date that the address settles."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html
from test_split_blind89 import PARA, STORY


def test_posts_of_a_name_over_the_date_closed_by_a_reply_button_naming_the_poster():
    def post(name: str, when: str, text: str) -> str:
        return f"{name}\n{when}\n{text}\nReply to {name}\n"
    page = split_text(
        "Gadget Hub\nForums\nOff-Topic\nUS won't pay for Pakistan's F-16s\nTags:\nPakistan\nPolitics\n"
        "Last response: May 5, 2016 3:41 PM in Off-Topic\nShare\n"
        + post("Nadeem_Q", "May 4, 2016, 7:55 AM", f"{STORY}\nMore about : pakistan f16s")
        + "Advertisement\n"
        + post("vnair_blr", "May 4, 2016, 9:12 AM", "Good decision by Congress.")
        + post("Asad.Qureshi", "May 4, 2016, 10:03 AM", "India buys jets from the US too.")
        + post("tkaczmarek", "May 5, 2016, 2:18 AM", "Eight jets for 700 million is not crazy.")
        + "Ask the community\nAsk a question\n", "board.txt")
    assert page.article.title == "US won't pay for Pakistan's F-16s"
    assert page.article.body == STORY
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("vnair_blr", "May 4, 2016, 9:12 AM", "Good decision by Congress."),
        ("Asad.Qureshi", "May 4, 2016, 10:03 AM", "India buys jets from the US too."),
        ("tkaczmarek", "May 5, 2016, 2:18 AM", "Eight jets for 700 million is not crazy.")]


def test_a_boards_ranks_under_the_posters_names_and_a_guests_post_without_stats():
    def post(name: str, rank: str | None, when: str, text: str) -> str:
        return f"{name}\n" + (f"{rank}\n" if rank else "") + f"Messages: 1,204\n{when}\n{text}\nReply\nQuote\nAlert\n"
    page = split_text(
        "Gadget Hub\nForum\nOff-Topic\nBin Laden killed in Abbottabad\n"
        "Last response: May 3, 2011 4:12:09 PM in Off-Topic\n"
        + post("Tiberius_77", "Distinguished", "May 2, 2011 5:48:22 AM", STORY)
        + "Advertisement\n"
        + post("Zaheer_Abbasi", "Honorable", "May 2, 2011 7:02:15 AM", "Nobody here is celebrating.")
        + post("Rusty_Holt", "Distinguished", "May 2, 2011 7:40:51 AM", "He lived a mile from the academy.")
        + post("ram_k", None, "May 2, 2011 8:15:33 AM", "Nobody in India is surprised.")
        + "Anonymous\nMay 2, 2011 8:31:09 AM\nCan we get a pic of the tail?\nReply\nQuote\nAlert\n"
        + post("Zaheer_Abbasi", "Honorable", "May 2, 2011 9:27:14 AM", "Spare me the lecture.")
        + post("halcyon_v", "Distinguished", "May 2, 2011 10:12:40 AM", "A heavily modified Black Hawk.")
        + "Ask the community\n", "board.txt")
    assert page.article.title == "Bin Laden killed in Abbottabad"
    assert page.article.body == STORY
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Zaheer_Abbasi", "May 2, 2011 7:02:15 AM", "Nobody here is celebrating."),
        ("Rusty_Holt", "May 2, 2011 7:40:51 AM", "He lived a mile from the academy."),
        ("ram_k", "May 2, 2011 8:15:33 AM", "Nobody in India is surprised."),
        ("Anonymous", "May 2, 2011 8:31:09 AM", "Can we get a pic of the tail?"),
        ("Zaheer_Abbasi", "May 2, 2011 9:27:14 AM", "Spare me the lecture."),
        ("halcyon_v", "May 2, 2011 10:12:40 AM", "A heavily modified Black Hawk.")]


def test_heads_with_a_ticker_row_a_dek_set_apart_a_colon_byline_and_a_product_among_the_menu_items():
    page = split_text(
        "Sana Times\nHome / News / World\nDialogue committee resumes its sessions | Ministry announces new fuel "
        "prices | Polio vaccination campaign reaches Hodeida\n\nSharif presses Obama on drones in first meeting\n\n"
        "Pakistani premier says the strikes must end; White House meeting produces warm words but no promise of "
        "change\n\nReem Al-Qubati\nPublished: 24/10/2013 | Last updated: 24/10/2013 09:15\n\n"
        f"{STORY}\n\nMore on this topic:\n» Families of victims demand answers\n» Parliament votes to ban drone strikes"
        f"\n\n{PARA}\n", "ticker.txt")
    assert page.article.title == "Sharif presses Obama on drones in first meeting"
    assert page.article.body == f"{STORY}\n\n{PARA}"

    page = split_text(
        "Sana Times\nYemen's first English-language newspaper\nFounded in 1991 by a professor of economics\n\n"
        "Monday, 12 October 2009 | Issue 1302\nHome\nWorld\nOpinion\nSports\n\nWorld\n"
        "Pakistan's generals bristle at strings attached to US aid\nArmy command says conditions in the bill touch "
        "on national security; civilian government says the deal is misunderstood\n\nBy: Tawfeeq Al-Mekhlafi\n"
        f"For the Sana Times\nPublished: 12 October 2009\n\n{STORY}\n", "colon.txt")
    assert page.article.title == "Pakistan's generals bristle at strings attached to US aid"

    page = split_text(
        "Tripoli Times\nTuesday 3 May 2016\nSearch\nHome\nLibya\nPolitics\nBusiness\nWorld\n"
        "Tripoli Times Business Monitor\nContact\nLatest:\nPresidency Council calls for calm after clashes\nWorld\n"
        "Pakistan told to pay full price for its F-16s\nBy Tripoli Times reporter\n- May 3, 2016\n"
        f"{STORY}\n\n{PARA}\n\nSubscribe to the Tripoli Times\nIndependent reporting from Libya costs money. "
        "Support our journalism from just £5 a month.\nSubscribe now\n", "product.txt")
    assert page.article.title == "Pakistan told to pay full price for its F-16s"
    assert page.article.body == f"{STORY}\n\n{PARA}"


def test_a_saved_blogs_video_under_the_post_and_a_date_the_address_reads_month_first():
    page = split_html(
        '<html><head><title>Abbottabad and trust</title><link rel="canonical" '
        'href="http://www.example.com/2011/05/abbottabad-and-trust.html"></head><body><h1>Abbottabad and trust</h1>'
        '<div class="postdate">Posted on 05/03/2011 by Juan Cole</div>'
        f'<div class="entry"><p>{STORY}</p><p>{PARA}</p><p><strong>Related video added by Juan Cole:</strong></p>'
        "<p>Al Jazeera English: Abbottabad residents react to the raid</p></div></body></html>", "video.html")
    assert page.article.published.isoformat() == "2011-05-03"
    assert page.article.body == f"{STORY}\n\n{PARA}"


def test_drupal_comments_scored_over_their_subjects_with_signatures_under_a_rule():
    def comment(score: str, subject: str, name: str, when: str, text: str) -> str:
        return (f"{score}\n{subject}\nSubmitted by {name} on {when}.\n{text}\n\n"
                "Login or register to post comments\n")
    page = split_text(
        "Liberty Daily\nHome\nBlogs\nForums\nDonate\nHome » Blogs » peacethroughtrade's blog\n+64\n"
        "Pakistan reopens the supply routes after one word\nSubmitted by peacethroughtrade on Wed, 07/04/2012 - 10:26\n"
        f"{STORY}\n\nShare\nTags:\n\n"
        + comment("+12", "As a Pakistani, I agree", "Umar_Islamabad", "Thu, 10/08/2009 - 10:15",
                  "Most people here do not want this money.")
        + comment("+31", "Borrow from China", "GregInOhio", "Thu, 10/08/2009 - 11:52",
                  "Borrow from China, give it to Pakistan.\n—\nDon't tread on me.")
        + comment("+14", "Cheaper than war", "libertyvet2003", "Thu, 10/08/2009 - 12:51",
                  "Greg, cheaper than war is not the same as cheap.")
        + comment("-6", "Thank you", "Umar_Islamabad", "Thu, 10/08/2009 - 13:02",
                  "libertyvet2003, thank you for your service.")
        + "User login\nUsername: *\nPassword: *\nSupport the Liberty Daily\nDonate\nWho's online\n"
          "There are currently 412 users and 3817 guests online.\nOnline users\nTexasTeaParty\n", "drupal.txt")
    assert page.article.title == "Pakistan reopens the supply routes after one word"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Umar_Islamabad", "Thu, 10/08/2009 - 10:15", "Most people here do not want this money.", None),
        ("GregInOhio", "Thu, 10/08/2009 - 11:52", "Borrow from China, give it to Pakistan.", None),
        ("libertyvet2003", "Thu, 10/08/2009 - 12:51", "Greg, cheaper than war is not the same as cheap.", 2),
        ("Umar_Islamabad", "Thu, 10/08/2009 - 13:02", "libertyvet2003, thank you for your service.", 3)]


def test_saved_replies_with_hashed_classes_named_by_links_to_their_writers_profiles():
    def reply(n: int, handle: str, name: str, when: str, text: str, children: str = "") -> str:
        return (f'<li class="sc-1s2ws6h-0 hqCmDU js_reply-thread"><article class="sc-1s2ws6h-1 fEnPVV js_reply" '
                f'data-id="{n}"><div class="sc-1s2ws6h-2 cmUfNQ"><a href="https://kinja.com/{handle}" class="sc-x js_link">'
                f'<img src="a.jpg" alt=""></a><div class="sc-y"><a href="https://kinja.com/{handle}" class="sc-z js_link">'
                f'{name}</a></div><time class="sc-t" datetime="2021-08-17T15:48:00-04:00"><a href="/p/{n}">{when}</a>'
                f'</time></div><div class="sc-b fdYEbv js_reply-body"><p class="sc-p">{text}</p></div>'
                '<div class="sc-u js_reply-tools"><button type="button">Reply</button></div></article>'
                + (f'<ul class="sc-r js_reply-children">{children}</ul>' if children else "") + "</li>")
    page = split_html(
        "<html><head><title>The shackles of slavery</title></head><body><h1>The shackles of slavery</h1>"
        f'<div class="sc-article"><p>{STORY}</p><p>{PARA}</p><div class="donate-appeal"><p>Common Dreams needs your '
        "help. We are an independent, non-profit news service and we depend on readers like you.</p></div></div>"
        '<section class="sc-c js_comments"><h3>Discussion</h3><ul class="sc-l js_comment-list">'
        + reply(1, "farahnaz-lhr", "farahnaz-lhr", "8/17/21 3:48PM", "He does not speak for us.",
                reply(2, "harrietbeaumont", "Harriet Beaumont", "8/17/21 4:05PM", "Stay safe."))
        + reply(3, "furious-iguana-7261", "Furious Iguana", "8/17/21 4:12PM", "Why was this ever on the table?")
        + '</ul><a href="/community-guidelines">Community Guidelines</a></section></body></html>', "kinja.html")
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("farahnaz-lhr", "8/17/21 3:48PM", "He does not speak for us.", None),
        ("Harriet Beaumont", "8/17/21 4:05PM", "Stay safe.", 1),
        ("Furious Iguana", "8/17/21 4:12PM", "Why was this ever on the table?", None)]


def test_numbered_heads_with_their_votes_and_a_short_year_after_an_apostrophe():
    def comment(name: str, n: int, when: str, text: str, to: str = "") -> str:
        return f"{name}\n#{n}   {when}\n" + (f"Reply to {to}\n" if to else "") + f"{text}\nReply   +42 / -9\n\n"
    page = split_text(
        "Baku News\nHome\nWorld\nBusiness\nSearch\n\nBREAKING\nOil exports top 28 million tonnes\n\nWorld\n"
        "Pakistan summons US envoy after Trump's New Year tweet\n\nIslamabad calls the US president's remarks on aid "
        "incomprehensible and convenes its National Security Committee\n\n2 January 2018 17:25 (UTC+04:00)\n2 087\n"
        f"By Aynur Karimova\n\n{STORY}\n\n*Translated by Aylin Sezer.\n\nComments (3)\n\n"
        + comment("Tariq Mehmood, Rawalpindi", 1, "4.07.2012 13:20", "One phone call is enough.")
        + comment("Jennifer Walsh, Baltimore", 2, "4.07.2012 13:41", "Nobody wanted those soldiers dead.",
                  "#1 Tariq Mehmood")
        + comment("Rakesh Sharma", 3, "4.07.2012 13:55", "Pakistan got the money anyway.")
        + "Add your comment\n\nYour name:\n\nComment:\n\nSend\n", "numbered.txt")
    assert page.article.title == "Pakistan summons US envoy after Trump's New Year tweet"
    assert page.article.body == STORY
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Tariq Mehmood, Rawalpindi", "4.07.2012 13:20", "One phone call is enough.", None),
        ("Jennifer Walsh, Baltimore", "4.07.2012 13:41", "Nobody wanted those soldiers dead.", 1),
        ("Rakesh Sharma", "4.07.2012 13:55", "Pakistan got the money anyway.", None)]

    page = split_text(
        f"Tbilisi Civil\nNATO routes and the Caucasus\n29 Nov.'11 / 12:40\n\n{STORY}\n\nReaders' Comments (2)\n\n"
        "Zeeshan Akhtar, Peshawar\n29 Nov.'11 / 16:12\nKeep the routes closed.\n"
        "Agree (21) | Disagree (6) | Reply | Report abuse\n\n"
        "Mike R., Texas\n29 Nov.'11 / 16:40\nNobody wanted this to happen.\n"
        "Agree (9) | Disagree (15) | Reply | Report abuse\n", "apostrophe.txt")
    assert [(c.author, c.posted_at, c.posted_at_parsed.isoformat()) for c in page.comments] == [
        ("Zeeshan Akhtar, Peshawar", "29 Nov.'11 / 16:12", "2011-11-29T16:12:00"),
        ("Mike R., Texas", "29 Nov.'11 / 16:40", "2011-11-29T16:40:00")]


def test_saved_comments_signed_in_a_footer_with_a_bar_before_the_time():
    def comment(n: int, name: str, when: str, text: str) -> str:
        return (f'<div class="comment" id="c{n}"><div class="comment-content"><p>{text}</p></div>'
                f'<p class="comment-footer">Posted by: <a href="http://example.org/{n}" rel="nofollow">{name}</a> | '
                f"{when}</p></div>")
    page = split_html(
        "<html><head><title>Conditions apply</title></head><body><h1>Conditions apply</h1>"
        f'<div class="entry-body"><p>{STORY}</p><p>{PARA}</p></div><div class="comments"><h3>Comments</h3>'
        + comment(1, "Faisal Qureshi", "October 8, 2009 4:48 PM", "The conditions are the problem.")
        + comment(2, "jr_in_ohio", "October 8, 2009 5:02 PM", "Audit it like any other donor.")
        + "</div></body></html>", "footer.html")
    assert [(c.author, c.posted_at) for c in page.comments] == [
        ("Faisal Qureshi", "October 8, 2009 4:48 PM"), ("jr_in_ohio", "October 8, 2009 5:02 PM")]


def test_a_wpdiscuz_form_over_its_comments_and_rows_of_buttons_beside_a_rating():
    def comment(name: str, when: str, text: str, to: str = "") -> str:
        return f"{name}\nGuest\n" + (f"Reply to  {to}\n" if to else "") + f"{when}\n\n{text}\n\n24\nReply\n"
    page = split_text(
        f"Kabul Morning\nHome\nNews\nOpinion\n\nBlinken says the US will reassess ties with Pakistan\n\n"
        f"By Reporter\nSeptember 14, 2021\n\n{STORY}\n\n3 Comments\nSubscribe\nLogin\nNotify of\nnew follow-up comments\n"
        "new replies to my comments\nguest\nLabel\n{}\n[+]\nName*\nEmail*\nWebsite\n\nI allow to use my email address "
        "and send notification about new comments and replies (you can unsubscribe at any time).\n\nPost Comment\n"
        "Inline Feedbacks\nView all comments\nOldest\nNewest\nMost Voted\n"
        + comment("Nilofar Sadat", "September 14, 2021 6:05 pm", "Too late for us.")
        + comment("Ali Raza Khan", "September 14, 2021 6:41 pm", "Pakistan did not write the Doha agreement.",
                  "Nilofar Sadat")
        + comment("Tom Becker", "September 14, 2021 7:30 pm", "Cut it all off.")
        + "Would love your thoughts, please comment.\n", "wpdiscuz.txt")
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("Nilofar Sadat", "September 14, 2021 6:05 pm", "Too late for us.", None),
        ("Ali Raza Khan", "September 14, 2021 6:41 pm", "Pakistan did not write the Doha agreement.", 1),
        ("Tom Becker", "September 14, 2021 7:30 pm", "Cut it all off.", None)]

    page = split_text(
        f"Bishkek Wire\nNATO routes closed after the border strike\n27.11.2011 16:40\n\n{STORY}\n\n"
        "(Reporting by Kamil Jafri in Karachi; Editing by Peter Lang)\n\nAuthor: Dana Sarsenova\n\n"
        "Comments: 3\nSort:\tby date\t|\tby rating\n\n"
        "1. Tariq Mahmood (Karachi)\n27.11.2011 17:05\nClose the routes forever.\n"
        "Rating: +14\t[+]\t[–]\tReply\tComplain\n\n"
        "2. Rebecca Hall\n27.11.2011 17:31\nLet's wait for the investigation.\n"
        "Rating: +9\t[+]\t[–]\tReply\tComplain\n\n"
        "3. Kevin O'Brien\n27.11.2011 17:48\nYou can't have it both ways.\n"
        "Rating: -6\t[+]\t[–]\tReply\tComplain\n", "rating.txt")
    assert page.article.body == STORY
    assert [(c.author, c.text) for c in page.comments] == [
        ("Tariq Mahmood (Karachi)", "Close the routes forever."), ("Rebecca Hall", "Let's wait for the investigation."),
        ("Kevin O'Brien", "You can't have it both ways.")]


def test_a_joomla_headline_beside_the_sites_name_and_a_bio_and_an_appeal_in_the_body():
    page = split_html(
        "<html><head><title>Strings attached - Valley Monthly</title></head><body>"
        '<table class="contentpaneopen"><tr><td class="contentheading">Strings attached</td></tr></table>'
        '<table class="contentpaneopen"><tr><td><span><a href="/section/1">Valley Monthly</a></span> - '
        '<span><a href="/category/54">Report</a></span></td></tr><tr><td>'
        f"<p>{STORY}</p><p><strong>Valley Monthly is an independent magazine.</strong> If you value our journalism, "
        f'<a href="/support">please consider supporting us</a>.</p><p>{PARA}</p>'
        "<p><em>~ Saima Jilani is a journalist based in Islamabad.</em></p>"
        "<p><em>~ Umair Hashmi writes on security and politics from Lahore.</em></p></td></tr></table>"
        "</body></html>", "joomla.html")
    assert page.article.title == "Strings attached"
    assert page.article.body == f"{STORY}\n\n{PARA}"


def test_invision_boards_two_and_four_their_ranks_groups_and_counts_under_the_name():
    def post2(name: str, n: int, when: str, rank: str, text: str) -> str:
        return (f"{name}\npost {when}\nPost #{n}\n\n\n{rank}\n\nGroup: Members\nPosts: 1,877\nJoined: 03-March 05\n"
                f"From: Islamabad\nMember No.: 4,410\n\n\n\n{text}\n\nTop\n\n")
    page = split_text(
        "Welcome Guest ( Log In | Register )\n\nTank Net > The Sandbox\n\nReply to this topicStart new topic\n\n"
        " Kerry-Lugar bill: the army pushes back\nOptions\n\n"
        + post2("Hamza_K", 1, "Oct 8 2009, 04:12 AM", "Crew", STORY)
        + post2("Brian Kavanagh", 2, "Oct 8 2009, 05:02 AM", "Forum Fanatic", "So the generals object.")
        + post2("Mikko H.", 3, "Oct 8 2009, 03:36 PM", "Member", "Pressler 2.0, now with extra paperwork.")
        + "Reply to this topic\n", "ipb2.txt")
    assert page.article.title == "Kerry-Lugar bill: the army pushes back"
    assert page.article.body == STORY
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Brian Kavanagh", "Oct 8 2009, 05:02 AM", "So the generals object."),
        ("Mikko H.", "Oct 8 2009, 03:36 PM", "Pressler 2.0, now with extra paperwork.")]

    def post4(name: str, rank: str, reputation: str, text: str) -> str:
        return (f"{name}\n{name}\n{rank}\nMembers\n{reputation}\n1,288 posts\nLocation:Killeen, TX\n"
                f"Posted January 1, 2018\n\n{text}\n\nShare this post\nLink to post\nShare on other sites\n")
    page = split_text(
        "Tank Net\nHome  Tank-Net Forums  The Sandbox  Trump tweet: nothing but lies & deceit\nAll Activity\n"
        "Trump tweet: nothing but lies & deceit\nSign in to follow this\nFollowers 3\n"
        "By Dan Whitford, January 1, 2018 in The Sandbox\n\nShare\n\nReply to this topic\nRecommended Posts\n"
        + post4("Dan Whitford", "Crew", "1,876", STORY) + post4("jwhite_TX", "Member", "402", "About time.")
        + post4("Hamza_K", "Crew", "2,215", "We have heard this before.") + "Reply to this topic\n", "ipb4.txt")
    assert page.article.title == "Trump tweet: nothing but lies & deceit"
    assert [(c.author, c.text) for c in page.comments] == [
        ("jwhite_TX", "About time."), ("Hamza_K", "We have heard this before.")]


def test_a_news_pages_numeric_stamps_are_no_chat_export_and_a_labelled_name_in_saved_html():
    def comment(name: str, when: str, text: str) -> str:
        return f"{name}\n{when}\n{text}\nReply   Agree (14)   Disagree (5)   Report abuse\n\n"
    page = split_text(
        "Tashkent Daily\nHome » News » World\n\nPakistan closes NATO supply routes after deadly border strike\n\n"
        "Islamabad also orders the US to leave Shamsi airbase as the northern network gains weight\n\n"
        f"28.11.2011 16:05 | Views: 3086 | Comments: 3\n\n{STORY}\n\nEdited by CN\nSend comments to en@example.uz\n\n"
        "Comments (3)\n\nShow: oldest first | newest first\n\n"
        + comment("Asad Malik", "28.11.2011, 16:48", "Close the routes for good.")
        + comment("Tom Becker", "28.11.2011, 17:35", "Let's wait for the investigation.")
        + comment("Anonymous", "28.11.2011, 17:52", "Termez will be happy."), "dated.txt")
    assert page.article.title == "Pakistan closes NATO supply routes after deadly border strike"
    assert page.article.body == STORY
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Asad Malik", "28.11.2011, 16:48", "Close the routes for good."),
        ("Tom Becker", "28.11.2011, 17:35", "Let's wait for the investigation."),
        ("Anonymous", "28.11.2011, 17:52", "Termez will be happy.")]

    def box(name: str, when: str, text: str) -> str:
        return (f'<div class="commentbox"><div class="commenthead"><span class="commentby">Posted by: </span>'
                f'<span class="commentname">{name}</span> <span class="commentdate">on {when}</span></div>'
                f'<div class="commenttext">{text}</div><div class="commentfoot"><a href="#r">Report Abuse</a></div></div>')
    page = split_html(
        "<html><head><title>Raid in Abbottabad</title></head><body><h1>Raid in Abbottabad</h1>"
        f'<div class="story"><p>{STORY}</p><p>{PARA}</p></div><div id="commentsarea">'
        "<div class=\"commentshead\">Readers' Comments (2)</div>"
        + box("Kamau Njoroge, Nairobi", "5/5/2011 9:12:44 AM", "Pakistan should stop playing the victim.")
        + box("Asif Mahmood, Lahore", "5/5/2011 9:40:03 AM", "Nobody here is celebrating.")
        + "</div></body></html>", "labelled.html")
    assert [c.author for c in page.comments] == ["Kamau Njoroge, Nairobi", "Asif Mahmood, Lahore"]


def test_board_signatures_listing_things_or_quoting_a_saying_and_an_edits_reason():
    def post(name: str, n: int, when: str, text: str, tail: str) -> str:
        return f"#{n}\n{name}\nPosted {when}\n\n{text}\n\n{tail}\nBack to top\n\n"
    page = split_text(
        "Neowin Forums\nForums > General Discussion\nBin Laden killed in Abbottabad\n\n"
        + post("qwerty_pk", 1, "02 May 2011 - 08:12 AM", STORY, "Windows 7 Ultimate x64 | Core i7 920 | 6GB DDR3")
        + post("Sara_J", 2, "02 May 2011 - 09:33 AM", "It's not that simple.",
               "Edited May 4, 2016 by Sara_J\ntypo")
        + post("old_timer", 3, "02 May 2011 - 10:03 AM", "Don't expect the aid to be cut.",
               '"The trouble with the world is that the stupid are cocksure."')
        + post("rohit.s", 4, "02 May 2011 - 10:40 AM", "Either they knew or they did not.",
               "Ubuntu 10.10 / Win7 dual boot - ThinkPad T410"), "neowin.txt")
    assert page.article.body == STORY
    assert [(c.author, c.text) for c in page.comments] == [
        ("Sara_J", "It's not that simple."), ("old_timer", "Don't expect the aid to be cut."),
        ("rohit.s", "Either they knew or they did not.")]


def test_xenforo_heads_with_a_rank_and_the_thread_starters_badge_and_credits_closing_captions():
    def post(letter: str, name: str, badges: str, place: str, n: int, text: str, above: str = "") -> str:
        return (above + (f"{letter}\n" if letter else "") + f"{name}\nForum Resident\n{badges}Location:\n{place}\n"
                f"Aug 1{n}, 2021\n#{n}\n{text}\nReport\nLike\n+ Quote\nReply\n")
    page = split_text(
        "Music Forums\nForums\nDiscussion\nOff Topic Discussions\nKabul falls, and all eyes turn to Pakistan\n"
        "Thread starter Omar F. Start date Aug 17, 2021\nWatch\n"
        + post("O", "Omar F.", "Thread Starter\n", "Islamabad", 1, STORY)
        + post("H", "Hank Rutledge", "", "Tulsa, OK", 2, "Cut them off.")
        + post("", "TubeTwister", "", "Melbourne, Australia", 3, "Not one more dollar.")
        + post("O", "Omar F.", "Thread Starter\n", "Islamabad", 4, "Nobody in this thread said it was.")
        + "You must log in or register to reply here.\n", "xenforo.txt")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Hank Rutledge", "Cut them off."), ("TubeTwister", "Not one more dollar."),
        ("Omar F.", "Nobody in this thread said it was.")]

    page = split_text(
        "Rio Weekly\nHome\nWorld\n\nBrazil keeps its distance after the raid\n\nMay 3, 2011\nBy Staff Reporter\n\n"
        f"{STORY}\n\nThe headquarters of the foreign ministry in Brasília, photo by Agência Brasil.\n\n{PARA}\n\n"
        "Pakistani soldiers at the Torkham border crossing. (Photo internet reproduction)\n\n"
        "Laura Bennink covers international affairs and security for Rio Weekly from Medellin.\n\n"
        "Rio Weekly is reader funded. If you value independent reporting, please consider a donation.\n\n"
        "Source: Associated Press (en), Dawn (en), El Financiero (sp)\n", "captions.txt")
    assert page.article.body == f"{STORY}\n\n{PARA}"


def test_saved_drupal_comments_whose_hidden_reply_line_names_another_writer():
    def comment(n: int, name: str, when: str, text: str, answered: str = "") -> str:
        hidden = (f'<p class="parent visually-hidden">In reply to <a href="/comment/{n - 1}">A subject</a> by '
                  f'<a rel="nofollow" href="https://example.ca" class="username">{answered}</a></p>') if answered else ""
        return (f'<article class="comment js-comment"><footer class="comment__meta"><p class="comment__submitted">'
                f"Submitted by <span>{name} (not verified)</span> on {when}</p>{hidden}"
                f'<a href="/comment/{n}">Permalink</a></footer><div class="content"><div class="field--name-comment-body">'
                f'<p>{text}</p></div><ul class="links inline"><li class="comment-reply"><a href="/reply/{n}">Reply'
                "</a></li></ul></div></article>")
    page = split_html(
        "<html><head><title>After Kabul</title></head><body><h1>After Kabul</h1>"
        f'<div class="node__content"><p>{STORY}</p><p>{PARA}</p></div><section class="comments">'
        + comment(1, "E. Carver, Ottawa", "Fri, 09/03/2021 - 15:10", "The refugee question matters most.")
        + comment(2, "Zainab Hussain", "Fri, 09/03/2021 - 16:22", "Thank you for raising this.", "E. Carver, Ottawa")
        + "<p>PacNet commentaries and responses represent the views of the respective authors. Alternative "
          "viewpoints are always welcomed.</p></section></body></html>", "drupal9.html")
    assert [c.author for c in page.comments] == ["E. Carver, Ottawa", "Zainab Hussain"]


def test_saved_scoop_comments_under_subjects_an_intro_over_the_story_and_a_sidebars_recent_comments():
    def comment(n: int, subject: str, name: str, when: str, text: str) -> str:
        return (f'<div class="comment" id="c{n}"><div class="commenthead"><span class="commenttitle"><b>{subject}</b>'
                f'</span> (<a href="/c/{n}?showrate=1" class="rating">none / 0</a>) (<a href="/c/{n}">#{n}</a>)<br>'
                f'<span class="commentby">by <a href="/user/uid:{n}">{name}</a> on {when}</span></div>'
                f'<div class="commentbody"><p>{text}</p></div><div class="commentfoot">[ <a href="/post/{n}">Reply to This'
                "</a> ]</div></div>")
    page = split_html(
        "<html><head><title>TalkRight: Trump starts 2018 by threatening Pakistan</title></head><body>"
        '<div class="story"><h2 class="storytitle">Trump starts 2018 by threatening Pakistan</h2>'
        f'<div class="byline">by <a href="/user/uid:2">Jeralyn</a></div><div class="storyintro"><p>{STORY}</p></div>'
        f'<a name="more"></a><div class="storybody"><p>{PARA}</p></div></div><div id="comments">'
        + comment(1, "Policy by tweet", "ConnieP", "Mon Jan 01, 2018 at 02:31:06 PM EST", "Foreign policy by tweet again.")
        + comment(2, "From what I've read", "Desmond", "Mon Jan 01, 2018 at 04:31:20 PM EST", "He is not wrong though.")
        + '</div><div class="sidebar"><div class="block block-comment"><div class="block-inner"><h2 class="title">'
          'Recent comments</h2><div class="content"><ul><li class="first"><a href="/x#comment-95988">Not a single '
          "vote from the</a><br>23 min ago</li><li><a href=\"/y#comment-95990\">Another thread</a><br>1 hour ago</li>"
          "</ul></div></div></div></div></body></html>", "scoop.html")
    assert page.article.body == f"{STORY}\n\n{PARA}"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("ConnieP", "Mon Jan 01, 2018 at 02:31:06 PM EST", "Foreign policy by tweet again."),
        ("Desmond", "Mon Jan 01, 2018 at 04:31:20 PM EST", "He is not wrong though.")]
