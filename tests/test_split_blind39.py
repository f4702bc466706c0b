"""Round 39 of the blind layouts (issue 18), on short pages written for these
tests: an opinion site's comments under a form and a legend ("Post a
comment", "Staff", "Showing first 50 comments | Show all comments"), a
moderator's placeholder where a comment was, share buttons with a footer-like
link over the story, the comments closed by "Comment on this article"; a wire
service's comments, each "NAME wrote:" over the text, its time and "Report As
Abusive" under it (or on the time's line), a reply opening with an earlier
comment's sentence in quote marks."""
from __future__ import annotations

from comments import split_text

PARAGRAPH = ("The Enhanced Partnership with Pakistan Act, which the Congress passed last month, promises a large sum "
             "every year for schools, power and water, and ties part of it to conditions that the generals resent.")

OPINION = f"""Comment is free
Pakistan
It is not the strings that humiliate us
Ayesha Rahimtoola
guardian.co.uk, Wednesday 14 October 2009 13.00 BST
Comments (3)
Digg it
Print
Clip
Contact us
{PARAGRAPH}

{PARAGRAPH}

{PARAGRAPH}

Comments
Comments in chronological order (Total 3 comments)
Post a comment
Staff
Contributor
Showing first 50 comments | Show all comments
Bahadurshah
14 Oct 2009, 1:22PM
Very brave piece, and I agree with most of it.

Recommend? (31)
Report abuse
Clip | Link
sharpshooter77
14 Oct 2009, 1:47PM
This comment was removed by a moderator because it didn't abide by our community standards. Replies may also be deleted.
HackneyPete
14 Oct 2009, 1:40PM
@Bahadurshah - the money comes with a request not to fund the Taliban.

Recommend? (58)
Report abuse
Clip | Link
Comment on this article
You must be signed in to post a comment.
Related information
Pakistan
· World news
"""


def test_comments_under_a_form_and_a_legend_a_removed_placeholder_and_share_buttons_over_the_story():
    page = split_text(OPINION)
    assert page.article.body.count(PARAGRAPH) == 3
    assert [(c.author, c.posted_at, c.parent, c.text) for c in page.comments] == [
        ("Bahadurshah", "14 Oct 2009, 1:22PM", None, "Very brave piece, and I agree with most of it."),
        ("HackneyPete", "14 Oct 2009, 1:40PM", 1, "@Bahadurshah - the money comes with a request not to fund the Taliban.")]


WIRE = f"""Reuters
Pakistani anger boils over as contractor flies home
By Qasim Nauman | LAHORE
Thu Mar 17, 2011 8:14am EDT

{PARAGRAPH}

{PARAGRAPH}

Comments (3)
Comment Policy
RickFromDayton wrote:
We paid to get our own guy out of jail. Time to cut every penny of aid.
Mar 17, 2011 10:02am EDT
Report As Abusive
truthseeker2011 wrote:
"Time to cut every penny of aid."

Rick, most of that aid never reaches ordinary people anyway.
Mar 17, 2011 11:05am EDT -- Report As Abusive
DebbieK_Texas wrote:
Glad he is home safe.
Mar 17, 2011 11:31am EDT
Report As Abusive
"""


def test_wrote_heads_times_under_the_text_and_a_reply_quoting_a_sentence_in_quote_marks():
    page = split_text(WIRE)
    assert [(c.author, c.posted_at, c.parent, c.text) for c in page.comments] == [
        ("RickFromDayton", "Mar 17, 2011 10:02am EDT", None,
         "We paid to get our own guy out of jail. Time to cut every penny of aid."),
        ("truthseeker2011", "Mar 17, 2011 11:05am EDT", 1, "Rick, most of that aid never reaches ordinary people anyway."),
        ("DebbieK_Texas", "Mar 17, 2011 11:31am EDT", None, "Glad he is home safe.")]


TABLOID = f"""Daily Courier
World
Doctor who helped find bin Laden jailed for 33 years
By Staff Reporter
Published 10:02, Thu, May 24, 2012

{PARAGRAPH}

{PARAGRAPH}

Comments (3)
Add your comment
Comments are subject to our community guidelines. Please keep your comments relevant and respectful.
Sort by newest | oldest | rating
Dave_Pearce
Doncaster
This man helped catch the world's worst terrorist and he gets 33 years.
Published 11:20 24th May 2012
Rate: Up Down
Report
Reply to this comment
Tahir
Bradford
I'm British Pakistani and I think the sentence is ridiculous.
Published 11:41 24th May 2012
Rate: Up Down
Report
Reply to this comment
Britannia_Rules
Kent
Why are we still sending them aid?
Published 12:48 24th May 2012
Rate: Up Down
Report
Read more
Pakistan suspends talks after drone strike
Most read in World News
Greek election fears send euro tumbling
"""


def test_a_form_and_a_sort_bar_over_comments_whose_time_written_before_its_date_closes_each():
    page = split_text(TABLOID)
    assert [(c.author, c.posted_at) for c in page.comments] == [
        ("Dave_Pearce", "11:20 24th May 2012"), ("Tahir", "11:41 24th May 2012"),
        ("Britannia_Rules", "12:48 24th May 2012")]
    assert page.comments[1].text == "I'm British Pakistani and I think the sentence is ridiculous."  # (not the city)
    assert page.comments[2].text == "Why are we still sending them aid?"  # (the related box after it is the page's)


def test_a_board_whose_posts_are_postcolor_boxes_under_normalname_posters_with_quote_boxes():
    from comments.html import split_html

    def post(n, name, when, body):
        return f"""<div class="borderwrap"><table class="ipbtable"><tr>
<td class="row2"><a name="entry{n}"></a><span class="normalname"><a href="/index.php?showuser={n}">{name}</a></span></td>
<td class="row2"><span class="postdetails">Posted: {when}</span> <span class="postdetails">Post #{n}</span></td></tr>
<tr><td class="post2"><span class="postdetails">Member<br />Group: Members<br />Posts: 884<br />Joined: 19-August 08</span></td>
<td class="post2"><div class="postcolor" id="post-{n}">{body}</div></td></tr></table></div>"""

    page = split_html(f"""<html><head><title>Raid in Abbottabad - Forums</title></head><body>
<div class="maintitle">Raid in Abbottabad</div>
{post(1, "Adnan Malik", "May 2 2011, 08:12 PM", "<b>Raid in Abbottabad</b><br /><br />" + PARAGRAPH + "<br /><br />" + PARAGRAPH)}
{post(2, "Shahzeb_K", "May 2 2011, 08:15 PM", "Total shame. Right next to Kakul!!")}
{post(3, "lahori_munda", "May 2 2011, 08:21 PM", '<div class="quotetop">QUOTE (Shahzeb_K @ May 2 2011, 08:15 PM)</div>'
       '<div class="quotemain">Total shame. Right next to Kakul!!</div>Exactly what I was thinking.')}
</body></html>""")
    assert [(c.author, c.posted_at, c.parent, c.text) for c in page.comments] == [
        ("Shahzeb_K", "May 2 2011, 08:15 PM", None, "Total shame. Right next to Kakul!!"),
        ("lahori_munda", "May 2 2011, 08:21 PM", 1, "Exactly what I was thinking.")]
