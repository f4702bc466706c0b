"""Round 34 of the blind layouts, copied text (issue 18), each on a short page
written for these tests: a business paper's comments (a subscription notice
and sort options between "Comments" and "Comments (N)", an "Editor's pick"
badge under a commenter's time, "In reply to NAME" lines, a "Recommended" box
of links between the story's paragraphs, newsletter promotions, a consent line
after the last comment), an academic
news site's comments (each name over its role line, a "logged in via"
line and the time; the site's motto inside its menu; a disclosure statement
and the funders under their labels; a caption ending in its agency credit; a
republishing box; a most-read box after the last comment) and a phone's chat
export whose first message shares a link and pastes the story, the app's own
lines marked with a left-to-right mark."""
from __future__ import annotations

import datetime as dt

from comments import split_text

PAPER = """Sign In
Subscribe
Open side navigation menu
Financial Ledger
Home
World
Markets
Pakistan economy
Add to myFT
Pakistan wins a reprieve on its dollar bonds
Creditors agree to wait as Washington signals support at the fund
Photograph of the finance ministry in Islamabad © Example Photo Agency
Zara Hameed in Karachi
Published March 3 2023
Unlock the Editor’s Digest for free
Our editor picks her favourite stories in this weekly newsletter.
Pakistan has persuaded holders of its dollar bonds to wait another year for repayment, officials said on Friday, after the US Treasury told the fund it would back a new programme.

Recommended
Analysis
Bond markets
Why frontier debt is back in fashion
The deal gives the finance ministry room to pay for fuel imports before the summer, when demand for power peaks.

Simply sign up to the Pakistan economy myFT Digest -- delivered directly to your inbox.
Copyright Financial Ledger 2023. All rights reserved.
Comments
Commenting is only available to readers with a subscription
Please login or subscribe to join the conversation.
Sort by
Newest
Oldest
Comments (3)
Karachi Saver
5 hours ago
Editor’s pick
A year's grace is not a plan. The same bonds will be back on the table before the election.
Reply
Recommend 12
Report
Boston Bondholder
4 hours ago
In reply to Karachi Saver
Editor’s pick
The grace period is the plan: it buys time for the programme to work.
Reply
Recommend 4
Report
Lyallpur Lad
1 hour ago
Washington backing the programme is what moved the creditors, nothing else.
Reply
Recommend 7
Report
To make Financial Ledger work, we log user data. By using Financial Ledger, you agree to our Privacy Policy, including cookie policy.
"""


def test_a_paper_badge_under_the_time_neither_ends_the_comments_nor_names_the_writer():
    page = split_text(PAPER)
    assert page.article.title == "Pakistan wins a reprieve on its dollar bonds"
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("Karachi Saver", "5 hours ago", None), ("Boston Bondholder", "4 hours ago", 1),
        ("Lyallpur Lad", "1 hour ago", None)]
    assert page.comments[0].text.startswith("A year's grace") and page.comments[1].text.endswith("to work.")
    assert page.comments[2].text == "Washington backing the programme is what moved the creditors, nothing else."
    assert not any("Editor’s pick" in c.text or "Comments" in c.text for c in page.comments)
    body = page.article.body
    assert body.startswith("Pakistan has persuaded") and body.endswith("when demand for power peaks.")
    for furniture in ("Why frontier debt", "Recommended", "Digest", "favourite stories"):
        assert furniture not in body


ACADEMIC = """Close
Search for:
Edition:
Global
Africa
Canada
Get newsletter
Sign in
The Exchange
Evidence over opinion, always
Arts + Culture
Business + Economy
Politics + Society
Science + Technology
Why the F-16 deal matters more to Islamabad than to Washington
Published: September 9, 2022 6:14am EDT
Author
Imran Saeed
Senior Lecturer in Security Studies, Example University
Disclosure statement
Imran Saeed does not work for or receive funding from any company that would benefit from this article.
Partners
Example University provides funding as a member of The Exchange.
View all partners
A fighter jet at an air show in Karachi last year. AFP/Rizwan Tabassum
The maintenance package approved this week is small by the standards of American arms sales, but in Islamabad it has been read as a sign that the relationship is warming again.

For India the package is a reminder that Washington still treats Pakistan as a partner in counter-terrorism, whatever it says in Delhi.

Defence
Pakistan
Republish this article
Republish our articles for free, online or in print, under a Creative Commons licence.
Comments
3
Sign in to comment
Oldest
Newest
Helen Park
Retired diplomat
logged in via Google
3 hours ago
Small money, big symbolism. That is how these packages always work.
Reply
Report
Asif Jamil
Research student, economics
2 hours ago
In reply to Helen Park
Helen, the symbolism cuts both ways: every package reopens the argument in Congress.
Reply
Report
Helen Park
Retired diplomat
logged in via Google
1 hour ago
In reply to Asif Jamil
Fair, but Congress rarely blocks maintenance.
Reply
Report
Most popular on The Exchange
Why cities flood
Events
"""


def test_an_academic_site_reads_names_over_roles_and_keeps_its_boxes_out_of_the_story():
    page = split_text(ACADEMIC)
    assert page.article.title == "Why the F-16 deal matters more to Islamabad than to Washington"
    assert page.article.published == dt.date(2022, 9, 9)
    assert [(c.author, c.posted_at, c.parent) for c in page.comments] == [
        ("Helen Park", "3 hours ago", None), ("Asif Jamil", "2 hours ago", 1), ("Helen Park", "1 hour ago", 2)]
    assert page.comments[-1].text == "Fair, but Congress rarely blocks maintenance."
    body = page.article.body
    assert body.startswith("The maintenance package") and "whatever it says in Delhi." in body
    for furniture in ("does not work for", "Partners", "provides funding", "AFP/Rizwan", "Republish"):
        assert furniture not in body


CHAT = """[9/8/22, 8:58:40 AM] Defence Desk: \u200eMessages and calls are end-to-end encrypted. No one outside of this chat can read or listen to them.
[9/8/22, 9:02:17 AM] Omar Zaidi: https://news.example.com/2022/09/08/pakistan-f16-package/
US approves F-16 maintenance package for Pakistan
By Example Staff
September 8, 2022

WASHINGTON: The State Department approved a maintenance package for Pakistan's F-16 fleet on Thursday, the first such sale since military aid was frozen in 2018.

Officials said the package covers engines, spare parts and training, and does not include new aircraft or weapons.

India's foreign ministry said it had conveyed its concerns to Washington, and several members of Congress asked for a briefing before the sale goes ahead.
[9/8/22, 9:10:44 AM] Sana Mir: Maintenance, not new jets. The headline is calmer than the reaction will be.
[9/8/22, 9:15:30 AM] Sana Mir: \u200eimage omitted
[9/8/22, 9:21:47 AM] Omar Zaidi: Delhi will object anyway, yaar.
[9/8/22, 9:30:05 AM] Bilal Khan: \u200eThis message was deleted.
[9/8/22, 9:31:12 AM] Bilal Khan: Congress never blocks these, watch.
"""


def test_a_chat_export_reads_the_headline_under_the_shared_link_and_drops_the_apps_lines():
    page = split_text(CHAT)
    assert page.article.title == "US approves F-16 maintenance package for Pakistan"
    assert page.article.body.startswith("WASHINGTON: The State Department")
    assert [(c.author, c.text) for c in page.comments] == [
        ("Sana Mir", "Maintenance, not new jets. The headline is calmer than the reaction will be."),
        ("Omar Zaidi", "Delhi will object anyway, yaar."), ("Bilal Khan", "Congress never blocks these, watch.")]
