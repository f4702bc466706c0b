"""Round 35 of the blind layouts, saved HTML (issue 18), on short pages
written for these tests: a professional network's article comments, each
name followed by text for screen readers only ("View NAME's profile",
"2nd degree connection"), which is no part of the name; and a blog post's
notes (replies with their times set right after the words, likes, reblogs
with words added, under a "Posted … with 56 notes" line and "Tagged:")."""
from __future__ import annotations

from comments.html import split_html


def _comment(name, when, text):
    return f"""<article class="comments-comment-item">
  <div class="comments-post-meta">
    <a class="comments-post-meta__actor-link" href="https://example.com/in/{name.lower().replace(' ', '-')}">
      <span class="comments-post-meta__name-text"><span aria-hidden="true">{name}</span><span class="visually-hidden">View {name}’s profile</span></span>
      <span class="comments-post-meta__profile-info"><span aria-hidden="true"> • 2nd</span><span class="visually-hidden">2nd degree connection</span></span>
    </a>
    <time class="comments-comment-item__timestamp">{when}</time>
  </div>
  <div class="comments-comment-item__main-content"><span dir="ltr">{text}</span></div>
  <button>Like</button><button>Reply</button>
</article>"""


PAGE = f"""<!DOCTYPE html><html><head><title>Leaving the grey list | Example Network</title></head><body>
<article class="article-main"><h1>Leaving the grey list</h1><p>Published Oct 24, 2022</p>
<p>Pakistan left the FATF grey list this week after four years, a decision that officials in Islamabad said would ease the cost of trade finance and remittances.</p>
<p>Bankers said the change would take months to show up in correspondent banking fees, and that the IMF programme mattered more for now.</p></article>
<section class="comments-comments-list">
{_comment("Saad Qamar", "2w", "Good summary of what actually changes for exporters.")}
{_comment("Emily Carter", "1w", "The remittance point is the one to watch.")}
</section></body></html>"""


def test_screen_reader_text_beside_a_name_is_not_part_of_it():
    page = split_html(PAGE)
    assert [(c.author, c.posted_at) for c in page.comments] == [("Saad Qamar", "2w"), ("Emily Carter", "1w")]
    assert page.comments[0].text == "Good summary of what actually changes for exporters."


TUMBLR = """<!DOCTYPE html><html><head><title>Ravi and the river — Pentagon cancels aid</title></head><body>
<div id="container"><h1 class="blog-title"><a href="https://ravi-and-the-river.example.com/">ravi-and-the-river</a></h1>
<div class="post text"><div class="post-content">
<h2>Pentagon cancels $300 million in aid to Pakistan</h2>
<p>The Pentagon said on Saturday it would cancel $300 million in payments to Pakistan, saying Islamabad had not done enough against militant havens on its side of the border with Afghanistan.</p>
<p>Officials in Islamabad said the money was reimbursement for operations already carried out, not aid, and that the decision would not change their policy.</p>
<p>The announcement came days before the new foreign minister was due to host the US secretary of state, and analysts said both sides would try to keep the visit on track.</p>
</div>
<div class="post-meta">Posted Sep 2nd, 2018 with 56 notes</div>
<div class="tags">Tagged: pakistan, usa, coalition support fund</div>
</div>
<div id="notes"><ol class="notes">
<li class="note reply tumblelog_gujranwala-gamer without_commentary"><span class="action"><a href="https://gujranwala-gamer.example.com/" class="tumblelog">gujranwala-gamer</a> <span class="answer_content">reimbursement hai, aid nahi</span></span><span class="note_time"><a href="#notes" title="2018-09-03 22:41:09">3 Sep 2018, 22:41</a></span></li>
<li class="note like tumblelog_chaiwala without_commentary"><span class="action"><a href="https://chaiwala.example.com/" class="tumblelog">chaiwala</a> likes this</span></li>
<li class="note reblog tumblelog_capitolhillintern with_commentary"><span class="action"><a href="https://capitolhillintern.example.com/" class="tumblelog">capitolhillintern</a> reblogged this from <a href="https://ravi-and-the-river.example.com/" class="source_tumblelog">ravi-and-the-river</a> and added:</span><blockquote><a href="https://capitolhillintern.example.com/post/1">Calling it aid is a political choice, not an accounting one.</a></blockquote></li>
<li class="note reply tumblelog_texasaggie04 without_commentary"><span class="action"><a href="https://texasaggie04.example.com/" class="tumblelog">texasaggie04</a> <span class="answer_content">the trucks came up from karachi the whole time</span></span><span class="note_time"><a href="#notes">2 days ago</a></span></li>
<li class="note reblog tumblelog_ravi-and-the-river without_commentary"><span class="action"><a href="https://ravi-and-the-river.example.com/" class="tumblelog">ravi-and-the-river</a> reblogged this from <a href="https://news.example.com/" class="source_tumblelog">newsfromthesubcontinent</a></span></li>
<li class="note original_post"><span class="action"><a href="https://news.example.com/" class="tumblelog">newsfromthesubcontinent</a> posted this</span></li>
</ol></div></div></body></html>"""


def test_a_blogs_notes_give_replies_with_their_times_and_reblogs_with_words_added():
    page = split_html(TUMBLR)
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("gujranwala-gamer", "3 Sep 2018, 22:41", "reimbursement hai, aid nahi"),
        ("capitolhillintern", None, "Calling it aid is a political choice, not an accounting one."),
        ("texasaggie04", "2 days ago", "the trucks came up from karachi the whole time")]
