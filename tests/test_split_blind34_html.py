"""Round 34 of the blind layouts, saved HTML (issue 18), each on a short page
written for these tests: a chat app's export of a discussion (the channel's
post shared in as the article, messages that go on from the same sender
without the name, reply labels linking the message answered, a quote of an
earlier message), a game community's discussion (permalinks "#1", edit notes,
"Originally posted by NAME:" quotes, one inside another), and a blog's
responses followed by a consent line."""
from __future__ import annotations

import datetime as dt

from comments.html import split_html

CHAT_EXPORT = """<!DOCTYPE html><html><head><title>Exported Data</title></head><body>
<div class="page_wrap"><div class="page_header"><div class="content"><div class="text bold">Harbour Desk Chat</div></div></div>
<div class="page_body chat_page"><div class="history">
<a class="pagination block_link" href="messages.html">Previous messages</a>
<div class="message service" id="message-1"><div class="body details">3 July 2012</div></div>
<div class="message default clearfix" id="message700">
 <div class="pull_left userpic_wrap"><div class="userpic"><div class="initials">HD</div></div></div>
 <div class="body">
  <div class="pull_right date details" title="03.07.2012 21:40:05 UTC+05:00">21:40</div>
  <div class="from_name">Harbour Desk</div>
  <div class="pull_left forwarded userpic_wrap"><div class="userpic"><div class="initials">HD</div></div></div>
  <div class="forwarded body">
   <div class="from_name">Harbour Desk<span class="date details"> 03.07.2012 21:40:05</span></div>
   <div class="text"><strong>Supply routes reopen after Washington says sorry for Salala</strong><br><br>Pakistan reopened the land routes for supplies to Afghanistan on Tuesday after the United States said it was sorry for the deaths of 24 soldiers at Salala last November.<br><br>The transit fee stays at the old rate, officials said, and the first trucks are expected at Torkham within days, after seven months in which containers waited at Karachi port and on the roads north.<br><br>Opposition parties called the deal a climbdown, while traders welcomed the end of the closure.</div>
   <div class="signature details">News Desk</div>
  </div>
 </div>
</div>
<div class="message service" id="message-2"><div class="body details">Rabia Khan joined group by link from Group</div></div>
<div class="message default clearfix" id="message702">
 <div class="pull_left userpic_wrap"><div class="userpic"><div class="initials">RK</div></div></div>
 <div class="body">
  <div class="pull_right date details" title="03.07.2012 21:52:10 UTC+05:00">21:52</div>
  <div class="from_name">Rabia Khan</div>
  <div class="reply_to details">In reply to <a href="#go_to_message700" onclick="return GoToMessage(700)">this message</a></div>
  <div class="text">Seven months and the fee did not move.</div>
 </div>
</div>
<div class="message default clearfix joined" id="message703">
 <div class="body">
  <div class="pull_right date details" title="03.07.2012 21:53:44 UTC+05:00">21:53</div>
  <div class="text">Who exactly won this?</div>
 </div>
</div>
<div class="message default clearfix" id="message705">
 <div class="pull_left userpic_wrap"><div class="userpic"><div class="initials">TM</div></div></div>
 <div class="body">
  <div class="pull_right date details" title="03.07.2012 22:05:00 UTC+05:00">22:05</div>
  <div class="from_name">Tariq Malik</div>
  <div class="reply_to details">In reply to <a href="#go_to_message703" onclick="return GoToMessage(703)">this message</a></div>
  <div class="text"><blockquote>Who exactly won this?</blockquote>The truckers, for once.</div>
 </div>
</div>
<a class="pagination block_link" href="messages2.html">Next messages</a>
</div></div></div></body></html>"""


def test_a_chat_export_reads_the_shared_post_as_the_article_and_each_message_as_a_comment():
    page = split_html(CHAT_EXPORT)
    assert page.article.title == "Supply routes reopen after Washington says sorry for Salala"
    assert page.article.published == dt.date(2012, 7, 3)
    assert page.article.body.startswith("Pakistan reopened the land routes") and "News Desk" not in page.article.body
    assert [(c.author, c.posted_at, c.parent, c.text) for c in page.comments] == [
        ("Rabia Khan", "21:52", None, "Seven months and the fee did not move."),
        ("Rabia Khan", "21:53", None, "Who exactly won this?"),
        ("Tariq Malik", "22:05", 2, "The truckers, for once.")]
    assert page.comments[0].posted_at_parsed == dt.datetime(2012, 7, 3, 21, 52, 10)  # (the tooltip's, as shown)


def _post(n, name, when, text):
    return f"""<div class="commentthread_comment responsive_body_text" id="comment_{n}">
 <div class="commentthread_comment_avatar"><a href="https://example.com/id/{name}"><img src="a.jpg"></a></div>
 <div class="commentthread_comment_content">
  <div class="commentthread_comment_author"><a class="hoverunderline commentthread_author_link" href="https://example.com/id/{name}"><bdi>{name}</bdi></a>
   <span class="commentthread_comment_timestamp" title="{when}">{when}</span></div>
  <div class="commentthread_comment_text" id="comment_content_{n}">{text}</div>
  <div class="forum_comment_permlink"><a class="commentthread_comment_permlink" href="#c{n}">#{n}</a></div>
 </div>
</div>"""


BOARD = f"""<!DOCTYPE html><html><head><title>Drone strike on the border :: General Discussions</title></head><body>
<div class="forum_op"><div class="forum_op_author">Quetta_Quill</div><span class="date">22 May, 2016 @ 9:02am</span>
<div class="topic">Drone strike on the border</div>
<div class="content">A US drone strike killed the Taliban's leader in Balochistan on Saturday, officials in Washington said, the first such strike in the province. Pakistan protested the violation of its airspace and said it had not been told in advance, while analysts said the strike would complicate the stalled peace talks between Kabul and the Taliban.</div></div>
<div class="commentthread_comments">
{_post(1, "Desert_Fox_PK", "22 May, 2016 @ 9:15am", "First one in Balochistan, that is the real news here.")}
{_post(2, "tommyboy1776", "22 May, 2016 @ 9:31am",
       '<blockquote class="bb_blockquote with_author"><div class="bb_quoteauthor">Originally posted by <b><a href="#c1">Desert_Fox_PK</a></b>:</div>First one in Balochistan, that is the real news here.</blockquote>And not the last, I bet.')}
{_post(3, "nimbus.exe", "22 May, 2016 @ 10:02am",
       '<blockquote class="bb_blockquote with_author"><div class="bb_quoteauthor">Originally posted by <b><a href="#c2">tommyboy1776</a></b>:</div><blockquote class="bb_blockquote with_author"><div class="bb_quoteauthor">Originally posted by <b><a href="#c1">Desert_Fox_PK</a></b>:</div>First one in Balochistan.</blockquote>And not the last, I bet.</blockquote>Agreed, the talks are finished.<div class="forum_audit">Last edited by nimbus.exe; 22 May, 2016 @ 10:05am</div>')}
</div></body></html>"""


def test_a_community_board_answers_the_quoted_poster_and_drops_permalinks_and_edit_notes():
    page = split_html(BOARD)
    assert [(c.author, c.parent) for c in page.comments] == [
        ("Desert_Fox_PK", None), ("tommyboy1776", 1), ("nimbus.exe", 2)]  # (the outer quote's poster)
    assert [c.text for c in page.comments] == [
        "First one in Balochistan, that is the real news here.", "And not the last, I bet.",
        "Agreed, the talks are finished."]
