"""Round 59 of the blind layouts (issue 18), on short pages written for these
tests: a Disqus bar whose login button shows a count ("1 Login"); "NAME
Wrote: DATE" comments under a comment form and a "Showing 1-8 of 8 comments"
count; a writer's bio over a link to the column's archives; in saved pages,
BEM-named comment items ("b-comments__item") with an "in response to NAME"
box, a lead paragraph over the article's text, and WordPress replies in a
"children" list that show no time."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Prime Minister Imran Khan has said Pakistan will not allow the United States to use its territory for "
             "military operations in Afghanistan after the withdrawal of American troops.")
SECOND = ("Officials in Islamabad said the decision reflected a broad consensus among the civilian and military "
          "leadership, and that cooperation on the peace process would continue.")


def test_a_disqus_bar_whose_login_button_shows_a_count():
    page = split_text(f"""Absolutely not, says the prime minister

{PARAGRAPH}

2 Comments
Global Village Space
Disqus' Privacy Policy
1 Login

Sort by Best

Kamran Yousaf • 2 years ago
Proud moment for the country.
34  • Reply • Share ›

Daniel Reeves  Kamran Yousaf • 2 years ago
Saying no on camera is the easy part.
9  • Reply • Share ›
""")
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("Kamran Yousaf", None, "Proud moment for the country."),
        ("Daniel Reeves", 1, "Saying no on camera is the easy part.")]


def test_wrote_comments_under_a_form_and_a_page_count_and_a_bio_over_the_archives_link():
    page = split_text(f"""Blood Money and the Myth of an Ally
Harlan Whitcomb
Posted: Mar 18, 2011 12:01 AM

{PARAGRAPH}

{SECOND}

Recommend this article
Harlan Whitcomb is a senior fellow at a Washington institute.

Read Harlan Whitcomb's column archives

Comments
Add a Comment
You must be logged in to post a comment. Log In | Register
Showing 1-2 of 2 comments

CarolinaRedneck Wrote: Mar 18, 2011 7:12 AM
Cut them off. Every penny.
Report Abuse

Tariq_Lahore Wrote: Mar 18, 2011 7:40 AM
Both sides behaved badly here.
Report Abuse

Showing 1-2 of 2 comments
""")
    assert page.article.body == f"{PARAGRAPH}\n\n{SECOND}"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("CarolinaRedneck", "Mar 18, 2011 7:12 AM", "Cut them off. Every penny."),
        ("Tariq_Lahore", "Mar 18, 2011 7:40 AM", "Both sides behaved badly here.")]


def _bem_item(n, name, text, answers=None):
    answer = (f'<div class="b-comments__item-answer"><span class="b-comments__item-answer-label">in response to</span> '
              f'<span class="b-comments__item-answer-name">{answers}</span> <a href="#" class="b-comments__item-answer-show">'
              f'Show comment</a><div class="b-comments__item-answer-text" style="display: none;">Earlier words.</div></div>'
              if answers else "")
    return (f'<div class="b-comments__item" id="comment-{n}"><div class="b-comments__item-content">'
            f'<div class="b-comments__item-header"><span class="b-comments__item-author">{name}</span>'
            f'<span class="b-comments__item-date">17:{n}0 23.05.2016</span></div>{answer}'
            f'<div class="b-comments__item-text">{text}</div><div class="b-comments__item-footer">'
            f'<a href="#" class="b-comments__item-reply">Reply</a></div></div></div>')


def test_bem_comment_items_answering_by_name_and_a_lead_over_the_text():
    page = split_html(f"""<html><head><title>Pakistan protests US drone strike</title></head><body>
<div class="b-article"><h1 class="b-article__title">Pakistan protests US drone strike</h1>
<div class="b-article__lead" itemprop="description"><p>{PARAGRAPH}</p></div>
<div class="b-article__text" itemprop="articleBody"><p>{SECOND}</p><p>{SECOND.replace("Officials", "Diplomats")}</p></div></div>
<div class="b-comments"><div class="b-comments__list">
{_bem_item(1, "Imran Yousafzai", "Partners do not behave like this.")}
{_bem_item(2, "Mark Sullivan", "Remember Abbottabad, friend.", answers="Imran Yousafzai")}
</div></div></body></html>""")
    assert page.article.body.startswith(PARAGRAPH)
    assert [(c.author, c.parent, c.text) for c in page.comments] == [
        ("Imran Yousafzai", None, "Partners do not behave like this."),
        ("Mark Sullivan", 1, "Remember Abbottabad, friend.")]


def _wp_item(n, name, text, children=""):
    return (f'<li class="comment depth-1" id="dsq-comment-{n}"><div id="dsq-comment-header-{n}" class="dsq-comment-header">'
            f'<cite id="dsq-cite-{n}"><span id="dsq-author-user-{n}">{name}</span></cite></div>'
            f'<div id="dsq-comment-body-{n}" class="dsq-comment-body"><div class="dsq-comment-message"><p>{text}</p></div>'
            f'</div>{children}</li>')


def test_wordpress_replies_in_a_children_list_without_times():
    reply = _wp_item(2, "Rahul Sharma", "Your army agreed because the money was stuck too.")
    page = split_html(f"""<html><head><title>Pakistan reopens Nato supply lines</title></head><body>
<div class="post"><h1>Pakistan reopens Nato supply lines</h1><p>{PARAGRAPH}</p><p>{SECOND}</p></div>
<div id="dsq-content"><ul id="dsq-comments">
{_wp_item(1, "Imran Qureshi", "Seven months of blockade and what did we get?", f"<ul class='children'>{reply}</ul>")}
{_wp_item(3, "Dave Miller", "As an American taxpayer I am glad this is over.")}
</ul></div></body></html>""")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Imran Qureshi", None), ("Rahul Sharma", 1), ("Dave Miller", None)]


def test_replies_named_without_the_place_and_arrowed_labels_over_the_name():
    page = split_text(f"""Sharif raises drones with Obama

{PARAGRAPH}

Comments (3)

Vikram Sethi, Jaipur
Oct 24, 2013 at 10:14 am
A begging bowl in one hand.
Reply | Report abuse | Like (31)

Faisal Qureshi, Islamabad
in reply to Vikram Sethi
Oct 24, 2013 at 10:32 am
Read a little before commenting.
Reply | Report abuse | Like (18)

» In reply to Faisal Qureshi, Islamabad
Arjun Nair (Kochi)
Oct 24, 2013 at 10:47 am
Nobody denies your losses.
Reply | Report abuse | Like (4)
""")
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Vikram Sethi, Jaipur", None), ("Faisal Qureshi, Islamabad", 1), ("Arjun Nair (Kochi)", 2)]


def test_recommendation_counts_sponsored_links_credit_lines_and_media_links():
    page = split_text(f"""Pakistan blocks NATO supply trucks after border soldiers killed

{PARAGRAPH}

Slideshow: Inside the Abbottabad compound
Video: Neighbors describe night of the raid

{SECOND}

Place: Washington | Agency: PTI

Comments (2)

Ken_from_Tulsa
10/1/2010 12:07 PM ET
Good. Let them close it.
Reply
Report abuse
# of recommendations: 14

Saima, Islamabad
10/1/2010 12:19 PM ET
It was in all the Urdu papers here.
Reply
Report abuse
# of recommendations: 9

Sponsored links
Seniors Are Switching to This New Medicare Plan
Compare plans in your area before open enrollment ends.
""")
    assert page.article.body == f"{PARAGRAPH}\n\n{SECOND}"
    assert [c.text for c in page.comments] == ["Good. Let them close it.", "It was in all the Urdu papers here."]


def test_a_place_beside_the_name_in_the_facebook_plugin_markup():
    def post(n, name, place, text):
        return (f'<li class="fbFeedbackPost fbTopLevelComment uiListItem"><div class="UIImageBlock_Content">'
                f'<div class="postContainer"><a href="#" class="profileName">{name}</a>'
                f'<div class="postSubtitle"><span class="uiLinkSubtle">{place}</span></div>'
                f'<div class="postContent"><div class="postText">{text}</div><div class="stat_elem"><div class="action_links">'
                f'<a href="#" class="replyLink">Reply</a> · <a href="#">Like</a> · <abbr title="Monday, May 2, 2011 at '
                f'{n}:05pm" data-date="Mon, 02 May 2011 1{n}:05:00 -0700" class="timestamp">May 2 at {n}:05pm</abbr>'
                f'</div></div></div></div></div></li>')
    page = split_html(f"""<html><head><title>Pentagon weighs supply routes</title></head><body>
<article><h1>Pentagon weighs supply routes</h1><p>{PARAGRAPH}</p><p>{SECOND}</p></article>
<ul class="uiList fbFeedbackPosts">{post(1, "Dale Whitcomb", "Fort Campbell, Kentucky", "Mike, the other route costs more.")}
{post(2, "Ayesha Siddiqui", "Lahore, Pakistan", "Nobody asks what we lost.")}</ul></body></html>""")
    assert [c.text for c in page.comments] == ["Mike, the other route costs more.", "Nobody asks what we lost."]


def test_a_headline_over_its_dek_a_credited_caption_and_a_dated_byline_under_menus():  # (NBC 2011)
    menu = "\n".join(["Today's News", "Video", "U.S. news", "World news", "Politics", "Business", "Sports",
                      "Entertainment", "Health", "Tech & science", "Travel", "Local news", "Weather", "More", "",
                      "World news", "Asia-Pacific", "Europe", "Mideast/N. Africa", "Africa", "Americas",
                      "South & Central Asia", "Death of bin Laden", "Pakistan"])
    page = split_text(f"""Skip to navigation
Skip to content
MSN Home | Hotmail | Sign in
msnbc.com
Search
Web
msnbc.com
{menu}

Advertise | AdChoices

Bin Laden's hideout near Pakistan's military academy raises hard questions
Lawmakers ask who knew as details emerge of Abbottabad compound

Image: Compound in Abbottabad
Tariq Jamil / AFP - Getty Images
Pakistani police stand guard outside the compound in Abbottabad where Osama bin Laden was killed.
By Karen Whitfield and Asad Mahmood, NBC News
updated 5/3/2011 1:29:45 PM ET
Share
Print
Font:
+
-

{PARAGRAPH}

{SECOND}
""")
    assert page.article.title == "Bin Laden's hideout near Pakistan's military academy raises hard questions"
    assert page.article.body.startswith(PARAGRAPH)  # (the caption under a labelled image and its credit, the buttons)
