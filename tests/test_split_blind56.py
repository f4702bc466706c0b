"""Round 56 of the blind layouts (issue 18), on short pages written for these
tests: a paper's 'Reader's Comments' with times in 'hrs', a headline after a
breadcrumb of menu words on its line; the Facebook plugin's 2012 markup (a
time element with its date in the title, a line describing the writer under
the name); Drupal names marked '(not verified)' in a saved page; wpDiscuz's
controls copied as text."""
from __future__ import annotations

from comments import split_text
from comments.html import split_html

PARAGRAPH = ("Senior American lawmakers on Monday demanded a full review of the billions of dollars in aid flowing to "
             "Pakistan, a day after US special forces killed Osama bin Laden in a compound near its military academy.")


def test_readers_comments_with_times_in_hrs():
    page = split_text(f"""US lawmakers demand review of Pakistan aid

{PARAGRAPH}

Reader's Comments (2)
Post a Comment | View All Comments

Arjun Mehta, Pune
Posted on: Tue May 03 2011, 04:10 hrs
Time for Washington to stop pretending.
Agree (34) | Disagree (6) | Report Abuse

Faisal Rahman, Karachi
Posted on: Tue May 03 2011, 04:37 hrs
Ordinary Pakistanis have paid the biggest price.
Agree (21) | Disagree (9) | Report Abuse
""")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Arjun Mehta, Pune", "Time for Washington to stop pretending."),
        ("Faisal Rahman, Karachi", "Ordinary Pakistanis have paid the biggest price.")]
    assert page.comments[0].posted_at_parsed.hour == 4


def test_a_headline_after_a_breadcrumb_of_menu_words_on_its_line():
    page = split_text(f"""Skip to content
Tuesday, January 02, 2018
The Daily Express
Home
World
Home World Pakistan summons US envoy over Trump's New Year tweet
Pakistan summons US envoy over Trump's New Year tweet
Written by Meera Kulkarni | New Delhi | Published: January 2, 2018 12:41 am

{PARAGRAPH}
""")
    assert page.article.title == "Pakistan summons US envoy over Trump's New Year tweet"


def test_the_2012_facebook_plugin_and_drupal_names_not_verified():
    def post(n, name, place, text):
        return (f'<li class="fbFeedbackPost uiListItem fbTopLevelComment"><div class="UIImageBlock_Content">'
                f'<div class="postContainer"><a class="profileName" href="#">{name}</a></div>'
                f'<div class="fsm fwn fcg">{place}</div><div class="postText">{text}</div>'
                f'<div class="action_links"><a href="#">Reply</a> · <a href="#">Like</a> · <a href="#">'
                f'<abbr title="Tuesday, July 3, 2012 at {n}:48pm" class="timestamp">July 3 at {n}:48pm</abbr></a>'
                f'</div></div></li>')
    page = split_html(f"""<html><body><h1>Pakistan reopens NATO supply routes</h1>
<div class="article-body"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div><ul class="uiList fbFeedbackPosts">
{post(5, "Brian Kowalski", "Ohio", "So the sorry cost us nothing.")}
{post(6, "Hamza Sheikh", "Lahore University of Management Sciences", "People here see it differently.")}
</ul></body></html>""")
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Brian Kowalski", "July 3 at 5:48pm", "So the sorry cost us nothing."),
        ("Hamza Sheikh", "July 3 at 6:48pm", "People here see it differently.")]
    drupal = split_html(f"""<html><body><h1>Kabul wary of Islamabad's role in talks</h1>
<div class="field-item"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div><div id="comments">
<div class="comment"><div class="submitted"><span class="username">Wahid Noori, Kabul (not verified)</span>
<span class="date">Tue, 06/18/2013 - 10:21</span></div><div class="content"><p>Pakistan holds the keys.</p></div></div>
<div class="comment"><div class="submitted"><span class="username">Rajesh Menon (not verified)</span>
<span class="date">Tue, 06/18/2013 - 11:02</span></div><div class="content"><p>Talks need Kabul.</p></div></div>
</div></body></html>""")
    assert [c.author for c in drupal.comments] == ["Wahid Noori, Kabul", "Rajesh Menon"]


def test_wpdiscuz_controls_copied_as_text():
    page = split_text(f"""US bases: Pakistan says no

{PARAGRAPH}

2 Comments
Oldest
Newest
Most Voted
Inline Feedbacks
View all comments
Usman Tariq
Guest
June 20, 2021 11:46 am

Finally a leader with some spine.

34
Reply
Rebecca Hollis
Guest
 Reply to  Usman Tariq
June 20, 2021 12:30 pm

Spine is easy to show in an interview.

6
Reply
Last edited 3 years ago by Rebecca Hollis
""")
    assert [(c.author, c.text, c.parent) for c in page.comments] == [
        ("Usman Tariq", "Finally a leader with some spine.", None),
        ("Rebecca Hollis", "Spine is easy to show in an interview.", 1)]
