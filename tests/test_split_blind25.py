"""Layouts of the twenty-fifth blind round (issue 18), each on a short page
written for these tests: a shop's book page with its customer reviews and a
petition with its reasons for signing, both copied as text."""
from __future__ import annotations

from comments import split_text

BLURB = ("For forty years the two capitals have called each other allies and neither has believed it; this "
         "history follows the aid, the bases and the quarrels from the first pacts to the raid of 2011.")

SHOP = f"""Skip to main content
Deliver to Lahore
Search
Hello, sign in
Account & Lists
Cart
Books › History › Asia › Pakistan

Allies of a Kind: Washington and Islamabad since 1954
Paperback
by Nida Rauf (Author)  Format: Paperback
4.1 4.1 out of 5 stars    212 ratings
See all formats and editions
Paperback
$18.00

Book description
{BLURB}

{BLURB}
Read more
Product details
Publisher \u200f : \u200e Old Mill Press (March 3, 2019)
Publication date \u200f : \u200e March 3, 2019
Print length \u200f : \u200e 310 pages
Customer Reviews:
4.1 4.1 out of 5 stars    212 ratings
Feedback
Customer reviews
4.1 out of 5 stars
212 global ratings
5 star
51%
1 star
9%
How customer reviews and ratings work
Top reviews from the United States
Kamran B.
5.0 out of 5 stars Fair to both sides
Reviewed in the United States on April 9, 2019
Verified Purchase
Fair to both governments, which is rare on this subject.
12 people found this helpful
Helpful
Report
Lena Ward
2.0 out of 5 stars Too long
Reviewed in the United States on May 1, 2019
The middle chapters repeat themselves.
One person found this helpful
Helpful
Report
See more reviews
Top reviews from other countries
Asif Jamal
4.0 out of 5 stars Worth it
Reviewed in the United Kingdom on June 2, 2019
Verified Purchase
Good on the aid years, thin on the drones.
Helpful
Report
See more reviews
Back to top
Get to Know Us
Careers
About the Shop
Investor Relations
Make Money with Us
Sell products on the Shop
Become an Affiliate
Let Us Help You
Your Account
Your Orders
Returns & Replacements
Conditions of Use
Privacy Notice
Your Ads Privacy Choices
© 1996-2024, Example Shop, Inc.
"""


def test_shop_reviews_heads_review_lines_and_a_long_footer_menu():
    page = split_text(SHOP, "shop.txt")
    assert page.article.title == "Allies of a Kind: Washington and Islamabad since 1954"
    assert str(page.article.published) == "2019-03-03"  # from the product details
    assert page.article.body == f"{BLURB}\n\n{BLURB}"  # no ratings, no product details
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Kamran B.", "April 9, 2019", "Fair to both governments, which is rare on this subject."),
        ("Lena Ward", "May 1, 2019", "The middle chapters repeat themselves."),
        ("Asif Jamal", "June 2, 2019", "Good on the aid years, thin on the drones.")]


PETITION = f"""Petitions.example
Start a petition
My petitions
Browse
Log in

Petition details
Comments
Updates
Keep the border crossing open for students and patients
Started by Rukhsana Iqbal
Petition to
Ministry of Interior
Why this petition matters
Started March 2, 2012
{BLURB}

{BLURB}
3,120 have signed. Let's get to 5,000!
At 5,000 signatures, this petition is more likely to be featured in recommendations!
Sign this petition
First name
Last name
Display my name and comment on this petition
Share this petition
Reasons for signing
See all
Omer Qazi
Peshawar, Pakistan
12 years ago
My cousin studies across the border.
Like
12
Report
Julia Stone
·
11 years ago
Signing from Ohio.
Like
3
Report
Load more
Updates
Rukhsana Iqbal
11 years ago
The ministry has replied!
Petition created
March 2, 2012
About
Careers
Press
Help
Privacy
© 2024, Petitions Example
"""


def test_petition_started_by_line_tabs_above_the_title_and_reasons_for_signing():
    page = split_text(PETITION, "petition.txt")
    assert page.article.title == "Keep the border crossing open for students and patients"  # not "Start a petition"
    assert str(page.article.published) == "2012-03-02"
    assert page.article.body == f"{BLURB}\n\n{BLURB}"  # no signature counts or form
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Omer Qazi", "12 years ago", "My cousin studies across the border."),
        ("Julia Stone", "11 years ago", "Signing from Ohio.")]  # not the petition's updates


def _review(name: str, stars: str, title: str, when: str, text: str) -> str:
    return (f'<div data-hook="review" class="a-section review"><div class="a-profile-content">'
            f'<span class="a-profile-name">{name}</span></div>'
            f'<div><span class="review-rating">{stars} out of 5 stars</span>'
            f'<span class="review-title-content">{title}</span></div>'
            f'<span class="review-date">{when}</span>'
            f'<div class="review-format-strip">Format: Paperback | Verified Purchase</div>'
            f'<span class="review-text"><span>{text}</span></span>'
            f'<div class="cr-vote">3 people found this helpful <a>Helpful</a> <a>Report</a></div></div>')


SHOP_HTML = f"""<html><head><title>Allies of a Kind: Nida Rauf: 9780000000001: Example Shop: Books</title></head><body>
<div id="nav">Hello, sign in | Account &amp; Lists | Cart</div>
<div id="centerCol"><h1 id="title"><span id="productTitle">Allies of a Kind: Washington and Islamabad since 1954</span>
<span id="productSubtitle">Paperback – March 3, 2019</span></h1>
<div id="bookDescription"><p>{BLURB}</p><p>{BLURB}</p></div>
<ul id="detailBullets"><li><span>Publication date : </span><span>March 3, 2019</span></li></ul></div>
<div id="reviewsMedley"><h3>Top reviews from the United States</h3><div id="review-list">
{_review("Kamran B.", "5.0", "Fair to both sides", "Reviewed in the United States on April 9, 2019",
         "Fair to both governments, which is rare on this subject.")}
{_review("Lena Ward", "2.0", "Too long", "Reviewed in the United States on May 1, 2019",
         "The middle chapters repeat themselves.")}
</div><h3>Top reviews from other countries</h3><div id="global-reviews">
{_review("Asif Jamal", "4.0", "Worth it", "Reviewed in the United Kingdom on June 2, 2019",
         "Good on the aid years, thin on the drones.")}
</div></div>
<div id="footer">Conditions of Use | Privacy Notice | © 1996-2024, Example Shop</div></body></html>"""


def test_shop_review_boxes_in_two_lists_with_their_titles_and_formats_out_of_the_text():
    from comments.html import split_html

    page = split_html(SHOP_HTML, "shop.html")
    assert page.article.title == "Allies of a Kind: Washington and Islamabad since 1954"  # the heading's first part
    assert str(page.article.published) == "2019-03-03"
    assert page.article.body == f"{BLURB}\n\n{BLURB}"
    assert [(c.author, c.posted_at, c.text) for c in page.comments] == [
        ("Kamran B.", "Reviewed in the United States on April 9, 2019",
         "Fair to both governments, which is rare on this subject."),
        ("Lena Ward", "Reviewed in the United States on May 1, 2019", "The middle chapters repeat themselves."),
        ("Asif Jamal", "Reviewed in the United Kingdom on June 2, 2019", "Good on the aid years, thin on the drones.")]


def test_a_single_review_box_is_not_a_comment():
    from comments.html import split_html

    page = split_html(f"""<html><head><title>Film review: The Raid</title></head><body>
<article class="review"><h1>Film review: The Raid</h1><span class="author">Sana Mir</span>
<time datetime="2019-03-03">March 3, 2019</time><p>{BLURB}</p><p>{BLURB}</p></article></body></html>""", "film.html")
    assert page.comments == ()
    assert BLURB in page.article.body


def _flux(n: int, name: str, when: str, message: str, signature: str = "") -> str:
    sig = f'<div class="postsignature postmsg"><hr /><p>{signature}</p></div>' if signature else ""
    return (f'<div id="p{n}" class="blockpost"><h2><span><span class="conr">#{n}</span> <a href="#p{n}">{when}</a>'
            f'</span></h2><div class="box"><div class="inbox"><div class="postbody"><div class="postleft"><dl>'
            f'<dt><strong><a href="profile.php?id={n}">{name}</a></strong></dt><dd class="usertitle"><strong>Member'
            f'</strong></dd><dd><span>Registered: 2008-01-05</span></dd><dd><span>Posts: 41</span></dd></dl></div>'
            f'<div class="postright"><h3>{"" if n == 1 else "Re: "}Border crossing reopens</h3><div class="postmsg">{message}</div>{sig}'
            f'</div></div></div><div class="inbox"><div class="postfoot"><ul><li class="postreport"><a>Report</a></li>'
            f'<li class="postquote"><a>Quote</a></li></ul></div></div></div></div>')


FLUX = f"""<html><head><title>Border crossing reopens / World Affairs / Example Forums</title></head><body>
<div id="brdheader"><h1><a href="index.php">Example Forums</a></h1><ul><li>Index</li><li>Search</li></ul></div>
{_flux(1, "NewsDesk", "2012-03-02 10:00:00", f"<p>{BLURB}</p><p>{BLURB}</p>")}
{_flux(2, "rukh_k", "2012-03-02 11:15:20", "<p>About time.</p>", signature="Khyber se Karachi tak")}
{_flux(3, "ohio_ed", "2012-03-02 12:40:05",
       '<div class="quotebox"><cite>rukh_k wrote:</cite><blockquote><div><p>About time.</p></div></blockquote></div>'
       '<p>Agreed, for the patients most of all.</p>')}
</body></html>"""


def test_fluxbb_posts_poster_boxes_signatures_and_quotes():
    from comments.html import split_html

    page = split_html(FLUX, "flux.html")
    assert page.article.title == "Border crossing reopens"
    assert str(page.article.published) == "2012-03-02"
    assert page.article.body == f"{BLURB}\n\n{BLURB}"
    assert [(c.author, c.posted_at, c.text, c.parent) for c in page.comments] == [
        ("rukh_k", "2012-03-02 11:15:20", "About time.", None),  # not its signature
        ("ohio_ed", "2012-03-02 12:40:05", "Agreed, for the patients most of all.", 1)]  # not the quote


LINKS = f"""Skip to content
Linkboard
Main
Politics
Login via:  Linkboard  Facebook  Google
Not a member? Join!
Sign up for the Linkboard NotNewsletter!
Links are submitted by members of the community.
Other members comment on the links. This is the number of comments. Click here to read them.

(dawn.com)  [Sad]
Border crossing reopens after three weeks, traders and patients first in line
submitted by khyber_kid 2012-03-02 09:05:33 AM
More: Sad, Torkham, Pakistan, Afghanistan, trade
4,112 clicks; posted to Main » on 02 Mar 2012 at 9:05 AM (12 years ago)  |  Favorite  Share:

{BLURB}

{BLURB}
Read more at dawn.com »

3 Comments  (+0 »)
Newest | Oldest
First | « | 1 | 2 | » | Last | Show all

2012-03-02 09:14:12 AM  rukh_k: 

About time.

Smartest Funniest
Add to favorites

2012-03-02 09:20:40 AM  ohio_ed: 

Good for the patients.

Smartest Funniest
Add to favorites

Newest | Oldest
View Voting Results: Smartest and Funniest

Add a comment
"""


def test_link_board_headline_under_its_notices_and_source_tag_and_its_furniture():
    page = split_text(LINKS, "links.txt")
    assert page.article.title == "Border crossing reopens after three weeks, traders and patients first in line"
    assert str(page.article.published) == "2012-03-02"
    assert page.article.body == f"{BLURB}\n\n{BLURB}"  # no topics, clicks or 'Read more at' link
    assert [(c.author, c.text) for c in page.comments] == [("rukh_k", "About time."),
                                                           ("ohio_ed", "Good for the patients.")]
