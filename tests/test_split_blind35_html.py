"""Round 35 of the blind layouts, saved HTML (issue 18), on a short page
written for these tests: a professional network's article comments, each
name followed by text for screen readers only ("View NAME's profile",
"2nd degree connection"), which is no part of the name."""
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
