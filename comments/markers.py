"""Every marker the splitter knows, as ordered data.

This module holds no logic. Each tuple is tried in order and the FIRST match
wins, so put specific patterns before general ones. Line patterns are matched
with ``fullmatch`` against a line stripped of surrounding whitespace, so they
never fire on a sentence that merely contains the words.

To support a new site, usually only this file changes:

1. add its domain to ``URL_SITES`` and a telling line to ``TEXT_SITES``;
2. if its comment section opens with a new heading, add a ``Marker`` to
   ``HEADERS`` (name the count group ``count`` so announced and found counts
   are compared);
3. if its comments are separated differently, add a ``Separator``;
4. add its furniture (buttons, notices, counters) to ``BOILERPLATE`` and its
   closing lines to ``ARTICLE_END`` / ``COMMENTS_END``;
5. add a fixture page under ``tests/fixtures/pages/<family>/`` with its
   golden checks in ``tests/fixtures/pages/expected.json``, run
   ``python benchmarks/split_gate.py --failures`` and pin the new family's
   floor with ``--update-floors`` (docs/split.md, "Markers: adding a site").

Layouts with no separator marker are read from the shape of their lines
(author lines, posted-at lines, signatures): the thresholds of those rules are
at the end of this module.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# --------------------------------------------------------------------------
# Building blocks for dates and times (strings, combined below).
# --------------------------------------------------------------------------

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d{2}"
WEEKDAY = r"(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?[,.]?\s+)?"  # ("Wed. Oct. 7 2009")
#: A year may be glued to a capitalised word after it: "Published July 12, 2023Updated July 13, 2023".
_YEAR_END = r"(?!\d)(?!(?-i:[a-z]))"
DATE_MDY = (rf"\b{MONTH}\s+{DAY}(?:(?:,?\s+|,){YEAR}{_YEAR_END}"  # (or "Jan 02,2018")
            r"|, \d{2}(?=\s+\d{1,2}:\d{2}))")  # (or its short year before a time: "Oct. 7, 09 9:04 PM")
DATE_DMY = rf"\b{DAY}(?:\s+|-|/){MONTH}(?:,?\s+|-|/|,(?=\d)){YEAR}{_YEAR_END}"  # (or "02/JAN/2018", "04 July,2012")
DATE_ISO = rf"\b{YEAR}(?:-[01]?\d-|/[01]?\d/)[0-3]?\d\b"  # (or with slashes: "2011/03/16")
#: "25/08/2012", "20-09-2001", "25.08.2012" (read day first, as South Asian and British sites write them)
DATE_NUM = rf"\b[0-3]?\d[/.-][0-3]?\d[/.-]{YEAR}\b"  # day or month first: "25/08/2012", "11-27-2011"
#: A British board's short date: "08-Mar-23" (two-digit years 69 and under are 20xx).
DATE_DMY_SHORT = rf"\b[0-3]?\d-{MONTH}-\d{{2}}(?![\d-])"
#: A two-digit year with slashes or dashes: "5/23/13" (Kinja's "5/23/13 6:02pm"), "05-05-09"; or dots, day and
#: month of two digits each: "17.03.11", or of one before an at sign and the time: "5.3.11 @ 10:14AM" (Reason).
DATE_NUM_SHORT = r"\b(?:[0-3]?\d(?:/[0-3]?\d/|-[0-3]?\d-)|[0-3]\d\.[01]\d\.|[0-3]?\d\.[0-3]?\d\.(?=\d{2}\s*@))\d{2}(?![\d/.-])"
#: An old board's month, day and short year in dashes: "Wed Oct-07-09 09:11 AM" (DCForum).
DATE_MDY_DASHED = rf"\b{MONTH}-[0-3]?\d-(?:\d{{2}}|{YEAR})(?![\d-])"
#: A short year after an apostrophe, glued to the month: "29 Nov.'11" (Civil Georgia).
DATE_DMY_APOSTROPHE = rf"\b{DAY}\s+{MONTH}['’]\d{{2}}(?!\d)"
DATE_TEXT = rf"(?:{WEEKDAY}(?:{DATE_MDY}|{DATE_DMY}|{DATE_DMY_SHORT}|{DATE_MDY_DASHED}|{DATE_DMY_APOSTROPHE}))"
ANY_DATE = rf"(?:{DATE_TEXT}|{DATE_ISO}|{DATE_NUM}|{DATE_NUM_SHORT})"
TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?|hrs\.?)?(?:\s+(?-i:[A-Z]{2,4})\b)?"  # ("04:10 hrs")
_UNIT, _SHORT_UNIT = r"(?:second|minute|hour|day|week|month|year|decade)s?", r"(?:[smhdwy]|mins?|hrs?|yrs?|mo)\.?"
#: "9 years ago", "an hour ago", "2h", "5 hr 51 min ago", "1 day, 3 hours ago".
RELATIVE_TIME = (rf"(?:(?:\d+|an?|one)\s+{_UNIT}(?:,?\s+(?:and\s+)?\d+\s+{_UNIT})?\s+ago"
                 rf"|(?:yesterday|today)(?:,?\s+(?:at\s+)?{TIME})|yesterday|just now"
                 rf"|\d+\s?{_SHORT_UNIT}(?:\s+\d+\s?{_SHORT_UNIT})?(?:\s+ago)?)")
#: A time of today alone, as comment lists write the day's comments: "12:48 PM EDT", "9:05 am".
CLOCK = r"\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?(?:\s+(?-i:[ECMP][SD]?T|GMT|PKT|IST|BST|UTC))?"
#: A day of this year, as comment lists write recent dates: "Oct 7", "3 May".
MONTH_DAY = rf"(?:\b{MONTH}\s+{DAY}\b|\b{DAY}\s+{MONTH}(?!\w))"

#: A comment timestamp on a line of its own, with a time: "Feb 24, 2018 09:37am",
#: "May 1, 2012 - 1:19AM", "Wed, May 04 2011. 08:12 AM IST", "May 1, 2012 at 3:14 PM | Reply" (CNN).
#: The time may come first: "10:52 AM on 03/16/2011" (HuffPost), "9:14 PM, 25 Aug 2012", "11:20 24th May 2012".
TIME_THEN_DATE = (rf"{TIME}(?:\s*(?:on|,)\s*|\s+){ANY_DATE}"
                  rf"|{TIME}\s+{WEEKDAY}{DAY}\s+{MONTH}\s+\d{{2}}(?![\d:])")  # (a short year: "9:58am Tue 3 May 11", Newsquest)
STAMP_WITH_TIME = rf"(?:{ANY_DATE}\s*(?:-|–|at|,|\.|@|\||/)?\s*(?:{TIME}|\[{TIME}\])|{TIME_THEN_DATE})(?:\s*\|\s*Reply)?"
#: A comment timestamp that may lack the time or be relative ("9 years ago");
#: only used at the very start or end of a comment already delimited.
#: A review's date line names where it was written: "Reviewed in the United States on June 3, 2013".
_REVIEWED = r"Reviewed(?: in (?:the )?[A-Z][\w ]{1,40}?)? on"
STAMP_LOOSE = (rf"(?:(?:Posted|Published|Submitted|Answered|Updated|Edited|Commented)(?:\s+on|\s+at(?=\s+\d))?:?\s+|{_REVIEWED}\s+|on\s+"
               r"|#\d{1,5}(?:\.\d{1,4})*(?:\s+[-–—])?\s+(?=[A-Z\d]))?"  # (the post's number before it: "#4 May 3, 2016",
               # "#1.1 - Thu Oct 8, 2009 6:49 PM EDT", "#1   4.07.2012 13:20")
               rf"(?:{WEEKDAY}(?:{ANY_DATE}|{MONTH_DAY}|{MONTH}(?:\s+{DAY})?\s+['’]\d{{2}})"
               rf"(?:\s*(?:-|–|at|,|\.|@|\||/)?\s*(?:{TIME}|\[{TIME}\]))?"  # (the time in brackets: "03/05/2011 [16:05]")
               rf"|{TIME_THEN_DATE}|{RELATIVE_TIME}|{CLOCK})(?:\s*\|\s*Reply|\s*-{{1,2}}\s*Report(?: as abusive| abuse)?)?")

FLAGS = re.IGNORECASE

#: A book's format on a line of its own, under its title or in a price list.
EDITION = re.compile(r"(?:Kindle|Paperback|Hardcover|Audiobook|Audible Audiobook|Mass Market Paperback|Audio CD|Board book"
                     r"|Library Binding)(?: Edition)?|(?:First|Second|Revised|Illustrated|Special|Anniversary) Edition")


def _line(pattern: str, flags: int = FLAGS) -> re.Pattern[str]:
    return re.compile(pattern, flags)


@dataclass(frozen=True)
class Marker:
    """A named line pattern; ``why`` documents where it comes from."""

    name: str
    pattern: re.Pattern[str]
    why: str = ""


@dataclass(frozen=True)
class Separator:
    """How one comment is told from the next inside a comment section.

    The pattern matches the line that starts a comment. Named groups:
    ``author``, ``when`` (posted_at), ``text`` (first words of the comment on
    the same line), ``n`` (item number, must count 1, 2, 3... when ``numbered``).
    """

    name: str
    pattern: re.Pattern[str]
    why: str = ""
    author_above: bool = False
    """The author is the name-like line directly above the separator (Dawn)."""
    subject_above: bool = False
    """A short subject line may sit right above the separator, no part of the text (Drupal)."""
    numbered: bool = False
    hint_only: bool = False
    """Used only when a header asks for it (never chosen by looking at the lines)."""


@dataclass(frozen=True)
class Header:
    """A line that opens the comment section; ``count`` group = announced number."""

    name: str
    pattern: re.Pattern[str]
    why: str = ""
    separator: str | None = None
    """Force this separator (by name) instead of detecting one."""


@dataclass(frozen=True)
class DateMarker:
    """Where an article date is written; group ``date`` holds the date text."""

    name: str
    pattern: re.Pattern[str]
    why: str = ""
    search: bool = False
    """True: the date may sit anywhere in a (short) line; False: whole line."""


# --------------------------------------------------------------------------
# Sites
# --------------------------------------------------------------------------

#: Site names the splitter can report.
SITES = ("dawn", "tribune", "pakistantoday", "wordpress", "blogger", "cnn", "unknown")

#: URL host (from the metadata ``url`` column or a URL in the page) -> site.
URL_SITES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("dawn", _line(r"(?:.*\.)?dawn\.com")),
    ("tribune", _line(r"(?:.*\.)?tribune\.com\.pk")),
    ("pakistantoday", _line(r"(?:.*\.)?pakistantoday\.com\.pk")),
    ("blogger", _line(r"(?:.*\.)?(?:blogspot\.[a-z.]+|blogger\.com)")),
    ("cnn", _line(r"(?:.*\.)?cnn\.com")),
)

#: Metadata ``source`` column -> site.
SOURCE_SITES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("dawn", _line(r"(?:the\s+)?dawn(?:\.com)?")),
    ("tribune", _line(r"(?:the\s+)?(?:express\s+)?tribune(?:\.com\.pk)?")),
    ("pakistantoday", _line(r"pakistan\s*today")),
    ("blogger", _line(r"blogger|blogspot")),
    ("cnn", _line(r"cnn")),
    ("wordpress", _line(r"wordpress")),
)

#: Telling lines in the page text -> site (searched over the whole text).
TEXT_SITES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("dawn", re.compile(r"^\s*Published in Dawn\b|^\s*Comments \(\d+\) Closed\s*$", re.M)),
    (
        "tribune",
        re.compile(
            r"^\s*Published in The Express Tribune\b"
            r"|^\s*Comments are moderated and generally will be posted"
            r"|^\s*Reader Comments \(\d+\)\s*$"
            r"|^.{1,80}\|\s*\d+ \w+ ago\s*\|\s*Reply\s*$",
            re.M,
        ),
    ),
    ("pakistantoday", re.compile(r"\|\s*Pakistan Today\s*$", re.M)),
    ("cnn", re.compile(r"^\s*soundoff \(\d+ Responses?\)\s*$", re.M | re.I)),
    (
        "blogger",
        re.compile(
            r"^\s*\d+ comments?:\s*$|^.{1,80} said\.\.\.\s*$|^\s*Post a Comment\s*$"
            r"|^\s*Subscribe to: Post Comments",
            re.M,
        ),
    ),
    ("dawn", re.compile(rf"^\s*{MONTH} \d{{1,2}}, {YEAR} \d{{1,2}}:\d{{2}}[ap]m\s*$", re.M)),
    (
        "wordpress",
        re.compile(
            r"^\s*(?:One|\d+) (?:Comments?|Repl(?:y|ies)|Responses?|Thoughts?)\b.{0,200}$"
            r"|^\s*Leave a Reply\s*$|^\s*Comments are closed\.\s*$|^.{1,80} (?:said|says):\s*$",
            re.M | re.I,
        ),
    ),
)

#: A " | Site Name" (or " - Site Name") tail on the title line; removed.
TITLE_SUFFIXES: tuple[Marker, ...] = (
    Marker(
        "known_site",
        _line(r"(?P<title>.+?)\s+[|–—-]\s+(?:Pakistan Today|DAWN\.COM|Dawn|The Express Tribune"
              r"|Express Tribune|CNN(?:\.com)?|Blogger)"),
        "named newspapers, with any separator",
    ),
    Marker("pipe", _line(r"(?P<title>.+?)\s+\|\s+[^|]{2,40}"), "any short ' | Name' tail"),
    Marker("domain", _line(r"(?P<title>.+?)\s+\((?:[\w-]+\.)+[a-z]{2,}\)"),
           "link aggregators: 'Headline (karachiledger.pk)'"),
    Marker("colon_tail", _line(r"(?P<title>.+?) : (?:r/[\w.-]{2,40}|[\w.-]{2,40}|The(?: (?-i:[A-Z])[\w.-]+){1,3})"),
           "a forum's ' : name' tail, one word after a spaced colon ('… : worldnews', '… : r/geopolitics'), or a"
           " paper's name ('… : The Tribune India')"),
    Marker("section_head", _line(r"(?-i:[A-Z][\w&]*(?: [\w&]+){0,2})\|(?P<title>\S.{10,})"),
           "a section's name before an unspaced bar: 'Asia Pacific|Headline'"),
    Marker("tool_tabs", _line(r"(?P<title>.+?)\s*\t+(?:PDF|Print|E-?mail)(?:\s*\t\s*(?:PDF|Print|E-?mail))*"),
           "Joomla's buttons glued to the headline by tabs: 'Headline<TAB>PDF<TAB>Print<TAB>E-mail'"),
    Marker("home_crumbs", _line(r"Home\s*/(?:[^/]{1,30}/){0,3}\s*(?P<title>(?:\S+\s+){5,}\S.*)"),
           "breadcrumbs glued to the headline: 'Home/Analysis/Headline'"),
)

#: What separates a headline from the site's name in a title line (" – Notes from Pindi").
TITLE_TAIL = re.compile(r"\s+(?:[|–—-]|::)\s+\S|\s+#\d{1,7}$")  # "Headline – Blog Name", "Headline #123"
#: A first line of at most this many words is the site's masthead ("☰ INDUS DAILY 🔍", "AskAround")
#: when a headline follows it: see MASTHEAD_LOOKAHEAD.
MASTHEAD_MAX_WORDS = 4
#: A link to the post before or after, arrows at its edge: "« Older headline", "Newer headline »".
NEIGHBOUR_LINK = _line(r"[«‹←].*|.*[»›→]")
#: A site's tagline sits over at least this many menu items of a word or two among the next six lines.
TAGLINE_MENU_LINES = 4
#: ...and is at most this many lines under the site's name.
TAGLINE_WITHIN = 3
#: An all-caps kicker over a headline ("WHO HOLDS THE KEYS") has at most this many words.
KICKER_MAX_WORDS = 6
#: The headline under a masthead: within this many lines of it, a line of at least
#: HEADLINE_MIN_WORDS words, not ending in a full stop, with a dated line
#: (byline, "Published …", "Asked …") among the DATED_WITHIN non-empty lines under it.
MASTHEAD_LOOKAHEAD = 15
#: A site's name is a masthead over at least this many short lines (its menu); a site's name and motto, over at
#: least this many lines above the headline found far below it.
MASTHEAD_MENU_LINES = 5
#: ...or further down, past a menu of short items only, when a byline is right under it.
MASTHEAD_MENU_LOOKAHEAD = 60
#: ...and past a menu of short items only (a language picker of 40 names), this far.
MASTHEAD_LONG_MENU = 150
#: A news ticker's line under the masthead is not the headline: "Breaking: Senate to hold joint session …".
TICKER = re.compile(r"(?:Breaking(?: News)?|Just In|Developing|Live|Latest|Flash|Trending|(?:COVID-19|Covid|Coronavirus) update)\s*[:|–-]\s", re.I)
#: A ticker's label on a line of its own, the ticker's headline under it.
TICKER_LABEL = re.compile(r"(?:Breaking(?: News)?|Just In|Developing(?: Story)?|Flash|News Flash"
                          r"|(?:My )?Recent(?:ly)? (?:reads|read|viewed)|Trending(?: Now)?|Latest(?: News)?|All news|Live)\s*:?", re.I)
#: A web archive's toolbar above a page copied from its view (the Wayback Machine's): it opens with the
#: archive's name within the first three lines and ends, within ARCHIVE_TOOLBAR_LINES lines, at its last
#: "Close", "Help" or "About this capture" block line.
ARCHIVE_NAME = _line(r"(?:The )?Wayback Machine(?: - https?://web\.archive\.org/\S+)?|INTERNET ARCHIVE")
ARCHIVE_TOOLBAR_END = _line(r"Close|Help|loading|TIMESTAMPS|Collection: .{1,80}|About this capture")
ARCHIVE_TOOLBAR_LINES = 60
#: Between a printout's columns: three spaces or more.
COLUMN_GAP = re.compile(r" {3,}")
#: A printed page's counter at its foot or head: "Page 2 of 3", "2/3", or the page's URL then "1/3".
PAGE_COUNTER = _line(r"Page \d{1,3} of \d{1,3}|(?:(?:https?://|www\.)\S+\s+)?\d{1,3}/\d{1,3}")
#: Lines this near a page counter that recur on other pages are the printed page's header or footer.
PAGE_FURNITURE_REACH = 3
#: A byline among the body's first this many lines is not body (it sits under a reposter's note).
BYLINE_IN_BODY_LINES = 3
#: The headline again with a byline under it, this many lines into the body at most, starts the body
#: (what came between was a sidebar).
REPEATED_HEADLINE_WITHIN = 80
#: What sets menus and breadcrumbs apart from a headline: wide gaps or separators between items.
MENU_GAP = re.compile(r"\S\s{3,}\S|\s[·|•›»]\s")
#: Two spaces between a menu row's items ("Login via:  Fark  Facebook  Twitter"): two such gaps make a menu.
MENU_GAP_NARROW = re.compile(r"\S {2}(?=\S)")
#: A byline naming its writer: "By Jane Doe", "submitted by name …".
BY_NAME = re.compile(r"(?:^|\s)by\s+\S|^By(?=(?-i:[A-Z][a-z]))|^By:\s*(?-i:[A-Z])"  # (or glued: "ByTom Ashcroft"), or a wire's "From NAME, CNN Senior International Correspondent"
                     r"|^From\s+(?:(?-i:[A-Z])\w+['’]s\s+)?(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){1,3}"
                     r"(?:,\s|\s+and\s+(?-i:[A-Z])|$)", re.I)  # ("From CNN's Hina Rafiq and Paul Henshaw")
#: A navigation bar as the page's first line ("Policy News new | past | comments | ask"):
#: at least four short items between ' | ' or ' · '. It is never the title.
MENU_LINE = re.compile(r"(?:[^|·•]{1,30}\s[|·•]\s){3,}[^|·•]{1,40}|(?:[^|·•]{1,15}\s[|·•]\s){2}[^|·•]{1,15}"
                       r"|Skip (?:to|navigation)\b.{0,30}|Use tab to navigate through the menu items\.?"  # (Wix's skip text)
                       r"|(?:[^|·•]{1,30}\S {3,}){2,}\S[^|·•]{0,30}", re.I)  # or laid out in columns (a printout)
HEADLINE_MIN_WORDS = 4
#: A headline has this many words at least, where a section's label may be as long as HEADLINE_MIN_WORDS.
HEADLINE_WORDS = 6
#: A dek under a headline of fewer words has at least this many.
DEK_MIN_WORDS = 15
#: A video's views and date under its title: "54K views  3 years ago", "168,922 views  Streamed live on Sep 13, 2021",
#: at most VIEWS_LINE_WITHIN lines under it (the channel, its subscribers and the buttons between).
_VIEWS = r"[\d.,]+[KMB]?\s+views\s+(?:(?:Streamed live|Premiered)(?: on)?\s+)?"  # "168,922 views  Streamed live on"
VIEWS_LINE = re.compile(rf"{_VIEWS}(?:{RELATIVE_TIME}|{ANY_DATE})"
                        r"|[\d,]+ ratings?\s*·\s*[\d,]+ reviews?", re.I)  # a book's: "1,204 ratings · 187 reviews"
VIEWS_LINE_WITHIN = 24
DATED_WITHIN = 5
#: A first line longer than this, or ending like a sentence, is a paragraph, not a title.
TITLE_MAX_CHARS = 150
TITLE_SENTENCE_END = _line(r".*[^.](?<![A-Z]\.[A-Z])\.[\"'”’)]?")  # (not an abbreviation: "… ties with U.S.")

# --------------------------------------------------------------------------
# Byline and dates of the article
# --------------------------------------------------------------------------

#: A news agency as stories credit it.
NEWS_AGENCY = r"(?:AFP|AP|Reuters|PTI|APP|UNB|BSS|IANS|ANI|KUNA|Xinhua|dpa|Agencies|Agence France-Presse|Associated Press)"
#: An agency's credit and the story's place under the headline: "AFP, Islamabad", "Reuters, Washington", "AFP and
#: Reuters, ISLAMABAD", "AFP . Peshawar".
AGENCY_DATELINE = re.compile(rf"{NEWS_AGENCY}(?: and {NEWS_AGENCY})?(?:\s*/\s*\w+)?(?:,|\s[.·|])\s+(?-i:[A-Z])[\w .'’-]{{2,30}}")

#: Lines right after the title that are not article text.
#: A writer's name in capitals and where they write from: "SALEEM AKHTAR in Islamabad" (a magazine's byline).
CAPS_NAME_IN_PLACE = _line(r"(?-i:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,3}) in (?-i:[A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}"
                           r"|[A-Z]{3,}(?: [A-Z]{3,}){0,2})")  # (or the place in capitals too: "… in ISLAMABAD")
BYLINE: tuple[Marker, ...] = (
    Marker("by", _line(r"(?:[—–]\s*)?(?:(?:Story|Written|Words|Reporting|Reported|Posted) )?By(?::?\s+|(?=(?-i:[A-Z][a-z])))\S.{0,120}"),
           "'By Jane Doe', 'By: Jane Doe', 'Story by Jane Doe', 'Posted By Jane Doe', '—By Jane Doe' lines; 'ByJane Doe' glued"),
    Marker("author_label", _line(r"Authors?:\s*(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3}(?:,\s*[^.]{2,60})?"),
           "a labelled byline with the writer's affiliation: 'Author: Hamid Qureshi, LUMS'"),
    Marker("started_by", _line(r"(?:Started|Created|Organi[sz]ed|Launched) by\s+\S.{0,120}"),
           "petitions and fundraisers: 'Started by Sana Baloch'"),
    Marker("topic_list", _line(r"More:\s+(?:[^,.]{1,40},\s*){2,}[^,.]{1,40}"),
           "a link aggregator's topics under a submitted link: 'More: Sad, Abbottabad, Kakul, Pakistan'"),
    Marker("submitted", _line(r"(?:this post was )?submitted\b.{0,80}?\bby\s+\S.{0,120}"),
           "link aggregators: 'submitted 3 years ago by karachi_kite', 'submitted 1 year ago* (…) by X to Y'"),
    Marker("agency_place_date", _line(rf"(?-i:[A-Z][\w.&'’ ]{{1,40}})\s*\|\s*(?-i:[A-Z])[\w .'’/-]{{1,30}}\s*\|\s*{ANY_DATE}.{{0,20}}"),
           "an agency, the place and the date: 'IANS | Washington | January 1, 2018 8:55 pm'"),
    Marker("reported_from", _line(r"Reporting from [^.]{2,60}|(?-i:[A-Z])[^.]{1,60} reported from [^.]{2,100}\."),
           "reporting credits: 'Reporting from Washington', 'Hira Baloch reported from Karachi, and …'"),
    Marker("dated", _line(rf".{{0,100}}?(?:Updated|Published|Posted|Started|Created)\b.{{0,40}}{ANY_DATE}.{{0,30}}"),
           "'…ReporterUpdated February 24, 2018' (the name is glued to 'Updated')"),
    Marker("date_only", _line(rf"{ANY_DATE}(?:\s*(?:-|–|at|,|\|)?\s*{TIME})?"), "a bare date line"),
    Marker("date_by", _line(rf"{ANY_DATE}\s+by\s+(?-i:[A-Z]).{{1,80}}"),
           "the date, then the writer: 'May 3 2011 by Rhodri Pryce, Western Mail'"),
    Marker("name_dash_date", _line(rf"(?-i:[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){{1,3}})\s*[–—-]\s*{ANY_DATE}"
                                   rf"(?:\s*(?:at\s*)?{TIME})?(?:\s*\|\s*[\d,]+)?"),
           "a name, a dash and the date, a comment count after it: 'DANIEL OKAFOR – FEB 27, 2012 3:05 PM | 41'"),
    Marker("meta_row", _line(rf"{WEEKDAY}{ANY_DATE}(?:\s*[|•·]\s*[^|•·]{{1,60}}){{1,5}}(?:\s*[|•·])?"),
           "a date, then the byline and filing parts: 'Thursday, October 8, 2009 | By Nadia Farooq | 5 Comments'"),
    Marker("url", _line(r"(?:(?:Source|URL|Link)\s*:\s*)?https?://\S+|URL of this (?:article|page|post|story):?"),
           "the page's own address, and its label over it: 'Url of this article:'"),
    Marker("caps_name_in_place", CAPS_NAME_IN_PLACE,
           "a writer's name in capitals and where they write from: 'SALEEM AKHTAR in Islamabad'"),
    Marker("name_for_outlet", _line(r"(?-i:[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2} for (?:the |The )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})"),
           "a writer's name and the outlet they write for: 'Kamran Ellis for Metro.co.uk'"),
    Marker("name_in_place", _line(r"(?-i:[A-Z][a-z]+(?: [A-Z][a-z'’-]+){1,2} in [A-Z][a-z]+(?: [A-Z][a-z]+)?)"),
           "a writer's name and where they write from: 'Mehreen Aslam in Karachi'"),
    Marker("desk", _line(r".{0,60}\b(?:Reporter|Correspondents?|Desk|Bureau|Staff Report)(?:\s*[|,/–-]\s*.{1,60}| in [^.]{2,40})?"
                         r"|Staff (?:writers?|reporters?)(?: and (?:wires|agencies))?|(?:.{1,30} )?(?:News|Media|Press)\b.{0,30} Network"),
           "agency/desk credit lines: 'Staff Reporter', 'Business Desk', 'Web Desk | January 2, 2018',"
           " 'From correspondents in Islamabad', 'Staff writers and wires', 'News Corp Australia Network'"),
    Marker("score_by", _line(r"[\d,]+ points? by \S{1,40}.{0,120}"),
           "link aggregators: '214 points by farhan_q 6 hours ago | hide | past | 6 comments'"),
    Marker("via_by", _line(rf"via \S{{1,40}} (?:{RELATIVE_TIME}|{ANY_DATE}).{{0,120}}"),
           "link aggregators: 'via rkhalid 3 hours ago | archive | 6 comments'"),
    Marker("views", _line(rf"{_VIEWS}.{{0,200}}"),
           "a video's views and date under its title: '96,431 views  Sep 8, 2022  #WION #F16'"),
    Marker("community", _line(rf"@?[\w.-]{{1,40}}(?: \(\d{{1,3}}\))? in #[\w-]{{1,40}}\s*[•·]\s*(?:{RELATIVE_TIME}|{ANY_DATE})"
                              rf"|(?:{RELATIVE_TIME}|{ANY_DATE}) in #[\w-]{{1,40}} by @?[\w.-]{{1,40}}(?: \(\d{{1,3}}\))?"),
           "blockchain blogs (Steemit, Hive): 'geopolitico (67) in #politics • 4 years ago', and its footer"
           " '4 years ago in #politics by geopolitico (67)'"),
    Marker("from_outlet", _line(r"From (?:(?-i:[A-Z])\w+['’]s )?(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})"
                                r"(?: and (?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}))?(?:,\s.{1,80})?"),
           "a network's byline: 'From CNN's Hina Rafiq and Paul Henshaw', 'From Nathan Corrigan, CNN Senior …'"),
    Marker("credit", _line(r"From the (?:Newspaper|Print Edition)(?:\s*\|\s*.{1,60})?"
                           r"|(?:.{1,60}?\s*\|\s*|(?:From|Source):\s*)?(?:Reuters|AFP|AP|APP|Associated Press|Agencies)(?:\s*\|.{0,60})?"),
           "'From the Newspaper | Reuters', wire credits"),
    Marker("agency_dateline", AGENCY_DATELINE, "an agency's credit and the story's place alone: 'AFP and Reuters, ISLAMABAD'"),
)
BYLINE_MAX_CHARS = 150
#: A head line (between title and body) that no marker names has at most this
#: many words and does not end like a sentence...
HEAD_MAX_WORDS = 10
SENTENCE_END = re.compile(r"[.!?…][\"'”’)]?$|[:;]$")
#: A line of at most this many words ending with a colon is a label ("Search for:"), not prose.
LABEL_MAX_WORDS = 3
#: A line opening with a dash is a standfirst however short: "—Minister says talks will go on".
STANDFIRST_START = re.compile(r"[—–-]")
#: ...but one longer such line, up to this many words, is a standfirst: the story's dek, listed with the boilerplate.
STANDFIRST_MAX_WORDS = 60
#: A story's dateline opening its first paragraph ("RAWALPINDI: …", "ISLAMABAD (Reuters) - …", "KABUL — …"): a line
#: opening so is the story, never its dek.
STORY_DATELINE = re.compile(r"(?-i:[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})(?: ?\([^()]{1,30}\))?(?::| [—–-]) ")
#: A long line with the story's date at most this many lines under it (before more prose) is a dek, not the story.
DEK_DATED_WITHIN = 12
#: The headline found over the story's first paragraph is at most this many lines above it (past the head: byline,
#: date, caption, share bar).
HEAD_LINES_OVER_BODY = 24
#: A line under a headline, with a byline under it, is its dek even without a full stop when it has at least this
#: many times the headline's words (and INLINE_LINK_PROSE_WORDS).
DEK_WORDS_OVER_HEADLINE = 1.5
#: ...and so is one that ends like a sentence when a byline or a dated line is
#: among the next this many lines ("The raid ended a manhunt." above "Laila Farooqui", "May 2, 2024").
STANDFIRST_DATED_WITHIN = 2
#: A date anywhere in a head line this short is the article's date, when no marker finds one.
HEAD_DATE_MAX_CHARS = 80

#: Article date, searched in the byline lines and the lines after the body
#: (never in the body or the comments: years mentioned there are not the date).
ARTICLE_DATES: tuple[DateMarker, ...] = (
    DateMarker("published_first", _line(rf"\b(?:First )?(?:Published|Posted)(?:\s+on)?\s*:?\s*(?:{TIME},?\s+)?(?P<date>{ANY_DATE})"),
               "the publication date wins over an update on the same line: 'Published June 29, 2018 | Updated June 30',"
               " 'First Posted: 03/16/11 10:24 AM ET Updated: 05/25/11 07:10 PM ET'; the time may come first:"
               " 'Published: 19:48 July 3, 2012'",
               search=True),
    DateMarker("dated_then_updated", _line(rf"(?P<date>{ANY_DATE}),?(?:\s+{TIME})?\s*[|•·–-]?\s*Updated\b.{{0,60}}"),
               "the date, then its update on the same line: 'Aug 31, 2021 Updated Sep 1, 2021'"),
    DateMarker("updated", _line(rf"(?<!Last )Updated\s*(?:on\s*)?:?\s*(?P<date>{ANY_DATE})"),
               "Dawn byline, often glued: 'The Newspaper's Staff ReporterUpdated February 24, 2018'",
               search=True),
    DateMarker("published_in", _line(rf"Published in [^,]{{1,60}},\s*(?P<date>{DATE_TEXT})\.?"),
               "print line: 'Published in Dawn, February 24th, 2018'"),
    DateMarker("published", _line(rf"(?:First )?(?:Published|Posted|Updated|Asked|Started|Created)(?:\s+on)?\s*:?\s*"
                                  rf"(?P<date>{ANY_DATE}).{{0,40}}"),
               "'Published August 29, 2017', 'Posted on 2017-08-29', a question's 'Asked February 21, 2020',"
               " a petition's 'Started July 14, 2020'"),
    DateMarker("date_by", _line(rf"(?P<date>{ANY_DATE})\s+by\s+(?-i:[A-Z]).{{1,80}}"),
               "the date, then the writer: 'May 3 2011 by Rhodri Pryce, Western Mail'"),
    DateMarker("publication_date", _line(rf"(?:Publication|Release) date[\s\u200e\u200f]*:[\s\u200e\u200f]*(?P<date>{ANY_DATE})"),
               "a book's or product's details: 'Publication date : May 2, 2013' (Amazon puts direction marks around the colon)"),
    DateMarker("bare", _line(rf"(?:By\s+.{{1,60}}?(?:\s*[,|–-]\s*|\s{{2,}})|(?:[^|•·●/\d]{{1,40}}?\s*(?:[|•·●]|\s/)\s*){{0,3}}[|•·●]?\s*)?"
                             rf"(?:(?<=/ ){TIME}\s+)?(?P<date>{ANY_DATE})"  # ("Agence France-Presse / 07:12 PM January 02, 2018")
                             rf"(?:\s*(?:-|–|at|,|\||@)?\s*{TIME})?"),  # (or "@ 12:46pm")
               "a line that is only a date (optionally after 'By Name,' or 'By Name  ' and a wide gap, or after the bar that ends the byline"
               " above it: '| Wed Feb. 23, 2011 5:24 PM PST', or after the byline's parts set apart by bars or dots:"
               " 'Islamabad, Pakistan   ●   Sun, March 1, 2020')"),
    DateMarker("last_updated", _line(rf"(?:Page )?[Ll]ast updated(?: at| on)?\s*:?\s*(?:{TIME}\s*(?:[A-Z]{{2,4}})?,?\s*)?"
                                     rf"(?:[A-Z][a-z]+day,?\s*)?(?P<date>{ANY_DATE}).{{0,40}}"),
               "when a page shows only its last update: 'Page last updated at 12:27 GMT, Wednesday, 13 January 2010',"
               " 'Last updated on: July 10, 2011 23:12 IST'"),
    DateMarker("dated_update", _line(rf"(?P<date>{ANY_DATE})\s+[Ll]ast updated at {TIME}.{{0,12}}"),
               "'2 May 2011 Last updated at 16:48 GMT'"),
    DateMarker("views", _line(rf"{_VIEWS}(?P<date>{ANY_DATE}).{{0,200}}"),
               "a video's line under its title: '168,922 views  Streamed live on Sep 13, 2021  #tags'"),
)

#: A dateline opening the body, when the head and the closing lines carry no
#: date: "ABBOTTABAD, May 2, 2011 — US special forces...", "Paris/Islamabad —
#: October 21, 2022". Only the body's first paragraph is searched.
DATELINE = re.compile(rf"(?:[A-Z][\w.'/-]*\s?){{1,4}}(?:\([^()]{{1,30}}\)\s*)?[,—–]\s*(?P<date>{ANY_DATE})"
                      rf"(?:\s*[—–:-]|\s*$)")

#: A dated URL path: /2017/08/29/.
URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]\d)/(?P<d>[0-3]\d)(?:/|$)")
#: A URL written in the page's own lines.
URL_IN_TEXT = re.compile(r"https?://[^\s\"'<>]+")

# --------------------------------------------------------------------------
# Where the article ends and the comments begin and end
# --------------------------------------------------------------------------

# Furniture that ends a region, as named pieces composed into ARTICLE_END and
# COMMENTS_END below (one definition each, so the two lists cannot drift).
#: Up to three capitalised words naming a section: "More from *Opinion*" (case-sensitive,
#: so that "More from the US is what we need" stays a sentence).
_SECTION_NAME = r"(?-i:(?: [A-Z][\w’'&-]*){0,3}(?: (?:and|in) [A-Z][\w’'&-]*(?: [A-Z][\w’'&-]*){0,2})?)"
RELATED = Marker(
    "related",
    _line(r"Related:?|Latest|Trending|(?:Related|Recommended|Suggested|Popular|Trending|Latest|Top|More)"
          r"(?: (?:posts?|articles?|stories|news|reading|reads|for you|now|on|from|in|editorials?|columns?|opinions?"
          rf"|coverage|topics?|links?|questions|discussions|threads|essays|pieces|features|videos?|podcasts|blogs?|content"
          rf"|episodes|tracks|related))"
          rf"{{1,2}}{_SECTION_NAME}:?"
          rf"|Most (?:read|viewed|popular|commented|shared|emailed)(?: on| at| in)?{_SECTION_NAME}"
          r"|Most (?:read|viewed|popular|commented|shared|emailed)(?:\s*\|\s*Most \w+)+|(?-i:[A-Z]\w+) Round-?up"
          r"|(?:Related|More|Latest|Top|Popular) (?-i:[A-Z][\w.&'’]+)(?: (?-i:[A-Z][\w.&'’]+))? (?:stories|articles|posts|coverage|links|headlines|news):?"
          r"|(?:Trending|Popular|Happening) (?:in|near) your (?:area|neighbou?rhood|city)|Nearby (?:businesses|posts|events)"
          r"|You (?:may|might) also (?:like|be interested in):?|Also read:?|Read next:?|Up next:?|Don[’']t miss:?|What['’]s [Nn]ext"
          r"|Next (?:Story|Article|Post)|Previous (?:Story|Article)|Previously (?:on|in) (?-i:[A-Za-z])[\w.&'’ -]{1,30}"
          r"|Recent (?:comments|posts|articles|entries)|More to explore|Contribute to this page|Similar (?:articles|posts|stories)(?: you might enjoy)?:?"
          r"|More from (?:the )?.{1,40} on this (?:story|topic)"
          rf"|Also on .{{1,60}}|Also in{_SECTION_NAME}:?|More on this (?:story|topic|subject)|(?:Related|Also read|See also|(?-i:MORE)):.{{0,120}}"
          r"|Other (?:stories|news|articles)\b.{0,40}|More (?:articles|stories|posts|columns) by (?-i:[A-Z]).{1,60}"
          r"|(?:From )?Around [Tt]he [Ww]eb|(?:Sponsored|Promoted) (?:Stories|Links|Content)(?: by \w+)?"  # (paid boxes)
          r"|Editor[’']?s picks?|See all responses|(?:Explore )?more on (?:these|this) topics?|Explore more:?"
          r"|Your (?:Browsing|Recently Viewed) History|Recently viewed(?: items| products)?"
          r"|Customers who (?:bought|viewed|read) this .{1,40}"
          r"|(?:Last|Latest|Recent) \d{1,2} (?:posts|articles|stories) by .{1,40}"  # ("Last 5 posts by NAME")
          r"|(?-i:[A-Z][a-z]+) news on (?:[\w-]+\.)+(?:com|org|net)"  # (a news site's box in a board's post: "Physics news on Phys.org")
          r"|Similar (?:Discussions|Threads):.{0,150}"),
    "related-story and most-read boxes: 'Related posts', 'Recommended Stories', 'Most viewed', 'More from Opinion',"
    " a shop's 'Customers who bought this item also bought', 'Your Browsing History'",
)
NEWSLETTER = Marker("newsletter", _line(r"(?:Subscribe|Sign up) (?:to|for) (?:our|the) (?:[\w'’]+ )?(?:daily |weekly )?\w*(?:newsletter|news bulletin).*"
                                         r"|Sign up to the (?:[\w'’]+ ){2,3}newsletter|Sign up to receive (?:daily |weekly )?(?:headline )?news\b.{0,150}"
                                         r"|(?:Subscribe|Sign up) (?:to|for) .{1,60}?,? our (?:free )?(?:daily |weekly )?newsletter.*"
                                         r"|(?:Subscribe|Sign up) (?:to|for) (?-i:[A-Z])[\w&'’ -]{1,40} newsletters?\. .{0,200}"
                                         r"|Support (?:independent|our|local) journalism\b.{0,150}|.{1,80} needs? your (?:support|help)\. .{0,200}"
                                         r"|Thanks for reading .{1,80}?[!.] *Subscribe\b.*|Ready for more\?|Subscribe Form"
                                         r"|Like what you read\?.{0,150}"
                                         r"|.{1,80} is (?:a )?reader[- ](?:supported|funded)\b.*"
                                         r"|Get (?:[\w'’]+ ){1,4}by e-?mail\b.*|Looking for news you can trust\?.*"
                                         r"|Make a contribution to .{1,60}|Sign up for [^,.]{1,40}, the best of .{1,120}"
                                         r"|Dear Readers?,|Newsletters?|Click here to (?:receive|get) .{1,80}\bnewsletters?\b.{0,40}"
                                         r"|Click here to (?:request|receive|get) (?:a |an |the |our )?.{0,40}\bsubscription\.?"
                                         r"|.{1,80} is a non-?profit\b.{0,120}(?:readers like you|[Dd]onate).{0,120}"
                                         r"|.{1,40} (?:depends|relies) on (?:readers|people|supporters) like you\b.{0,200}"
                                         r"|Can you help us out\?|.{1,200}\bwe run on reader support\b.{0,200}"
                                         r"|Have a (?:news )?tip(?: we should know| for us)?\?.{0,120}"
                                         r"|Join like[- ]minded readers\b.{0,200}|To join the discussion\b.{0,120}"
                                         r"|Sign up for (?:[\w'’]+ ){0,4}(?:[Nn]ewsletter|Memo|[Bb]riefing|[Dd]igest)\b.{0,150}"
                                         r"|Follow us on:?\s*(?:Facebook|Twitter|Instagram|YouTube|Google News)\b.{0,80}"
                                         r"|Join our (?:official )?(?:Telegram|WhatsApp) (?:channel|group)\b.{0,150}"
                                         r"|Independent journalism costs money\b.{0,200}|TEXT AD:.{1,200}"
                                         # ("Subscribe to X from just £1 for your first month. …", "Would you like to
                                         # receive our daily news updates? Sign up for …")
                                         r"|Subscribe to .{1,60}? from (?:just |only )?[£$€]\d.{0,150}"
                                         r"|Would you like to (?:receive|get) .{0,40}\b(?:news|updates|newsletters?)\b.{0,200}"
                                         r"|(?:Like|Follow) (?:(?-i:[A-Z])[\w&'’.-]* ){1,3}(?:on )?(?:Facebook|Twitter|Instagram)(?: page)?"
                                         r" to (?:know|get|stay|see)\b.{0,80}"),
                     "newsletter boxes and appeals: 'Subscribe to our newsletter', 'Thanks for reading X! Subscribe"
                     " for free…', 'Get Mother Jones by Email - Free.', 'X is a nonprofit, and stories like this are"
                     " made possible by readers like you.'")
REPLY_FORM = Marker(
    "reply_form",
    _line(r"Leave a (?:Reply|Comment)(?:\s+Cancel reply)?|Post a (?:Comment|message)|Write (?:a )?comment|Comment [Nn]ow|Comment on this (?:article|story|post)|Post (?:new )?comment|Add (?:a|your|new) comment"
          r"|(?:Post|Write|Share) your (?:comments?|opinions?|views?):?"
          r"|Comments are closed\.?|Your email address will not be published.*"
          r"|(?:Send|Write|Submit) (?:us )?(?:a|your) letter(?: to the editor)?:?"
          r"|(?:Please )?create an account(?: to (?:comment|reply|post))?\.?|Already (?:signed up|a member|registered)\?\s*(?:Log|Sign) in"
          r"|or (?:comment|post) as a guest|Please (?:sign|log) in to (?:comment|post|reply)\.?"
          r"|(?:Sign|Log) in with \S.{0,30}|Or (?:sign in|log ?in) with:"),
    "comment forms and closed notices",
)
_BLOGGER_NAV = Marker("blogger_nav",
                      _line(r"(?:Newer Post|Older Post)(?:\s+(?:Older Post|Home))*|Subscribe to:\s*Post Comments.*"),
                      "Blogger navigation")
#: Which of a thread's comments a page shows: "Showing 1-10 of 214 comments" (under them it ends them).
PAGE_COUNT = r"Showing (?:[\d,]+\s*[-–]\s*)?[\d,]+ of [\d,]+ comments?|Showing (?:posts|comments) [\d,]+\s*[-–]\s*[\d,]+ of [\d,]+"
PAGE_COUNT_PARTS = r"Showing (?:(?P<first>[\d,]+)\s*[-–]\s*)?(?P<last>[\d,]+) of [\d,]+ comments?"  # ("Showing posts 1 - 11 of 11")
_WIDGET_END = Marker(
    "widget_end",
    _line(r"Loading comments.*|RSS feed for comments to this (?:post|article|story)\.?|JComments|wpDiscuz|Would love your thoughts, please comment\.x?"
          r"|(?:blog )?(?:comments )?powered by Disqus|Powered by|Trackback URL(?::?\s+\S+)?|(?:\w )?Add Disqus to your site.*"
          r"|Facebook Comments? Plugin|Facebook social plugin"
          r"|(?:[^\w\s]\s?)?Subscribe"
          r"|Do Not Sell My (?:Personal )?(?:Data|Information)|Disqus['’]? Privacy Policy.*"
          r"|(?:Email|Send) (?:your )?(?:feedback|letters|queries).{0,120}"
          r"|End of (?:comments|discussion|thread|answers)|Download the .{1,40} app|Get the .{1,40} app"
          r"|See (?:more|all) comments|(?:View|Show|See|Read) all [\d,]+ comments|(?:Next|Previous|Prev) \d+ comments"
          r"|Site Index|You['’]re all caught up\.?|Sponsored (?:links|stories|content)"
          rf"|{PAGE_COUNT}"
          r"|(?:[^\w\s]|[A-Z])\s(?:Subscribe by (?:e-?mail|RSS)|RSS)"),  # (an icon's letter first: "M Subscribe by email")
    "the end of a comment widget ('Powered by Disqus', 'blog comments powered by Disqus', 'Trackback URL',"
    " JComments' 'RSS feed for comments to this post.', 'Facebook Comments Plugin', 'End of comments',"
    " 'Download the Capital Wire app') or a letters page",
)
#: Site footers: they end the article and the comments; a link menu right
#: above one is cut from the last comment too (see NAV_MIN_LINES).
FOOTER = Marker(
    "footer",
    _line(r"(?:©|Copyright\b|\(c\)\s*Copyright\b).{0,120}|(?:©|Copyright\b|\(c\)\s*Copyright\b).{0,80}All rights reserved\..{0,300}"
          r"|(?:©|Copyright\b).{0,80}\bAny (?:reproduction|republication)\b.{0,250}|\((?:©|Copyright\b).{0,200}\)|.{0,80}All rights reserved\.?|Privacy Policy|Terms of (?:Use|Service)"
          r"|About Us|Contact Us|Follow us(?: on .{1,40})?|Community (?:guidelines|standards|rules)"
          r"|Our (?:other )?(?:sites|brands|network|publications|titles)"  # (a publisher's list of its mastheads)
          r"|Home\s*[»›]\s*[^»›]{1,40}(?:\s*[»›]\s*[^»›]{1,40})+"  # (the crumbs again at the page's foot)
          r"|Terms\b.{0,40}\bPrivacy\b.*|Privacy (?:Dashboard|policy)|Feedback|About (?:the |this )?community"
          r"|Powered by \S.{0,40}|[\w.-]+\.[a-z]{2,} is running \S.{0,80}|Back to top"
          r"|(?:About(?: us)?|Contact(?: us)?|Careers|Advertise|Terms(?: of \w+)?|Privacy(?: policy)?)"
          r"(?:\s*[·|•]\s*[\w’' ]{2,30}){2,}"
          r"|(?:About(?: us)?|Contact(?: us)?|Careers|Advertise)(?:\s{2,}[\w’']+(?: [\w’']+){0,3}){2,}"
          # (not a comment's buttons: "Like 31 · Dislike 4 · Reply · Share · Report")
          r"|(?!.*(?:^|[·|]\s*)(?:Reply|Like|Dislike)(?:\s+\d+)?\s*(?:[·|]|$))"
          r"(?-i:[A-Z][\w’'&]{1,20}(?: [\w’'&]{1,20})?)(?:\s+[·|]\s+(?-i:[A-Z][\w’'&]{1,20}(?: [\w’'&]{1,20})?)){4,}"),
    "site footers, and their rows of links ('About us · Contact · Advertise · Privacy policy',"
    " 'Guidelines | FAQ | Lists | API | Security'), the software's credit ('Powered by Mbin',"
    " 'lemmy.example is running mlmym, …')",
)

#: Lines after which nothing is article text (first one wins).
#: Share boxes; between paragraphs (a share bar with prose under it) they do not end the article.
SHARE = Marker("share", _line(r"(?:Share this(?: (?:story|article|post))?|Share on|Like this|Share or comment on this (?:article|story)"
                      r"|Share and Enjoy):?|What are these\?"  # (the link explaining the bookmarking buttons)
                      r"|Share this item (?:on|via) [\w+]+|Send this page to someone via e-?mail"
                      r"|E-?mail (?:this )?article|Reprints? (?:&|and) [Pp]ermissions|Send to (?:a )?friend"
                      r"|(?:(?:Like|Tweet|Share|E-?mail|Print)(?:\s+[\d,.]+[KkM]?)?\s{2,})+(?:Like|Tweet|Share|E-?mail|Print)(?:\s+[\d,.]+[KkM]?)?"
                      r"|(?:Print|E-?mail|Share) this (?:story|article|page|post)\b.{0,60}|Sign this petition"
                      r"|Share(?: this(?: (?:story|article|post))?)?:\s+(?:Facebook|Twitter|Tweet|E-?mail|WhatsApp)\b.{0,120}"
                      r"|(?:Share )?All sharing options(?: for: .{1,200})?"
                      r"|Share on [\w+]+(?:\s+(?:Share on [\w+]+|E-?mail|Print))+"
                      r"|Tweet on Twitter|Pin it on Pinterest"  # (tagDiv's buttons beside "Share on Facebook")
                      r"|(?:(?:Facebook|Twitter|LinkedIn|WhatsApp|Pinterest|Reddit|Telegram|Tumblr|VKontakte|Odnoklassniki|Pocket"
                      r"|E-?mail|Print|Share(?: via E-?mail)?)\s+){3,}"
                      r"(?:Facebook|Twitter|LinkedIn|WhatsApp|Pinterest|Reddit|Telegram|Tumblr|VKontakte|Odnoklassniki|Pocket"
                      r"|E-?mail|Print|Share via E-?mail)"),
       "share boxes, a petition's signing form")

ARTICLE_END: tuple[Marker, ...] = (
    Marker("coverage", _line(r"Part of (?:our )?complete coverage on:?|(?:See )?(?:our )?(?:full|complete) coverage(?: of| on)?:?"),
           "a story's box of links to its running coverage: 'Part of complete coverage on', then the topic"),
    Marker("video_box", _line(r"(?:(?:Related|Bonus|Featured) [Vv]ideos?(?: added by [^:]{1,40})?|[Vv]ideo added by [^:]{1,40}):"),
           "a blog's video under the post, labelled: 'Related video added by Juan Cole:', 'Bonus Video:'"),
    Marker("asked", _line(rf"Asked(?:\s+on)?\s*:?\s*{ANY_DATE}.{{0,40}}"),
           "the end of a question on a Q&A site: 'Asked February 21, 2020'"),
    Marker("published_in", _line(rf"Published in .{{1,60}},\s*{DATE_TEXT}\.?|(?:Published|Appeared) in (?:the )?print edition.{{0,80}}"
                                 r"|A version of this article appears in print on .{1,300}|.{0,300}\bMore about [^.]{2,60}"
                                 r"|from the print edition(?: \| .{1,40})?"),
           "print lines: 'Published in Dawn, February 24th, 2018', 'Published in the print edition of …',"
           " 'A version of this article appears in print on …', 'from the print edition | Asia'; an author's box:"
           " 'More about Hira Baloch'"),
    RELATED,
    Marker("tags", _line(r"(?:Tags?|Filed under|Topics?|Categor(?:y|ies)|Labels?|Related (?:search(?:es)?|tags|topics)"
                         r"|Themes?|Regions?|In-depth Reports?)\s?:.*|(?:Posted|Filed) in\b.{1,80}|More about:?"
                         r"|Tags ?(?-i:[A-Z])[\w.'’-]+(?: [\w.'’-]+){1,20}"  # (the label glued to the tags: "TagsAfghanistan Donald …",
                         # or a space between: "Tags F-16 Pakistan United States")
                         r"|(?:Posted|Filed) in\b[^.|]{1,80}?\s\|\s.{1,200}"
                         r"|This (?:entry|post) was (?:posted|filed) (?:in|under)\b.{1,300}"
                         r"|Read More News on:?|\(Catch all the .{1,200}\)|KEYWORDS|Keywords|(?:Search )?Keywords:"
                         r"|Get the latest news on .{1,150} on [A-Z][\w ]{1,40}\."  # ("… and more on Times Now.")
                         r"|Short (?:link|URL):\s*\S{5,120}|More About:.{1,300}|Click the alert icon to follow topics:?"
                         r"|\(Additional reporting by .{1,150}\)|Filed under (?:[\w'’ -]{1,30}\s*,\s*)+.{1,60}|(?-i:Tags)"),
           "tag and category lines; 'Read More News on' over tags, '(Catch all the Business News … on The Economic Times.)',"
           " a 'KEYWORDS' label over them; '(Additional reporting by NAME in Islamabad)'; 'Filed under pakistan ,  nato ,  12/4/13'"),
    SHARE,
    Marker("disclaimer", _line(r"Disclaimer:.*|(?:The )?[Vv]iews (?:expressed )?are personal\.?"
                               r"|.{1,60} website publishes only a part of the news stories\b.{0,200}"
                               r"|The views (?:and opinions )?expressed (?:herein |by the (?:writer|author)"
                               r"|in this (?:article|piece|blog|post)).*"
                               r"|(?:Expressed )?(?:views|opinions) (?:expressed )?(?:here(?:in)? )?are not necessarily .*"
                               r"|\(?Except for the headline, this story has not been edited by .{1,160}"
                               r"|.{1,60} (?:is|are) not responsible for the content of (?:external (?:internet )?(?:sites|websites)"
                               r"|(?:readers['’]? |users['’]? )?comments)\.?"
                               r"|.{0,80}\bNothing (?:written|published) here is to be construed as\b.{0,200}"
                               r"|(?:The )?[Vv]iews expressed (?:in (?:the|this) (?:article|piece|column) )?(?:here )?are (?:solely |entirely )?(?:the author['’]s|"
                               r"those of the (?:author|writer)s?|(?:his|her|their) own)\b.{0,200}"
                               r"|\(?Only the headline (?:and picture )?of this (?:report|story) may have been reworked by .{1,200}"
                               # ("PacNet commentaries and responses represent the views of the respective authors. …")
                               r"|.{1,80} represent(?:s)? (?:only )?the (?:views|opinions) of the (?:respective )?(?:authors?|writers?)\b.{0,200}"),
           "republishing disclaimers: '(Only the headline and picture of this report may have been reworked by …)'"),
    Marker("product_details", _line(r"Product (?:details|information)|Technical details|Additional information"
                                    r"|Genres|Book details(?: & editions)?"),
           "a shop's product details, a book's genres and details after the description (its publication date is"
           " still read)"),
    Marker("sponsored", _line(r"Sponsored(?: Content| Links| Stories| Story)?(?::\s+\S.{0,150}| by \w+)?|Promoted(?: Stories| Links)?"),
           "sponsored boxes and links after a story: 'Sponsored: Modernise your infrastructure …'"),
    Marker("author_box", _line(r"Written by .{1,60}|Sign up to discover .{1,120}|—\s?(?!By\s)(?-i:[A-Z])[\w.&'’ -]{1,40}"
                               r"|Read (?-i:[A-Z])[\w.'’ -]{1,40}['’]s? (?:column |article |story )?archives?"),
           "the author's box and sign-up promos after a story: 'Written by Rabia Naqvi', '— Rabia Naqvi',"
           " 'Read Rabia Naqvi's column archives'"
           " (not a byline under a headline: '—By Daniel Kessler')"),
    Marker("republished", _line(r"(?:This (?:article|story|piece) (?:was )?(?:originally )?(?:appeared|published)"
                                r"|Originally (?:published|appeared)) (?:in|on|at|by|as) .*|Originally posted to .*"
                                r"|A version of this (?:article|story) appeared in (?:the )?print edition\b.{0,300}"
                                r"|Also republished by .*|Republish this (?:article|story)"
                                r"|This (?:article|story|piece) is (?:also )?available in (?-i:[A-Z])\w+\b.{0,120}"
                                r"|.{0,200}\bTo learn more about republishing this content\b.{0,200}"
                                r"|Content created by .{1,80}? is available without charge\b.{0,300}"
                                r"|For licensing opportunities\b.{0,200}"
                                r"|Source: This (?:article|piece|report|commentary) was (?:originally )?published by .{1,120}"
                                r"|.{0,80}\b(?:is|are) licensed under (?:a )?Creative Commons\b.{0,200}"),
           "'This article originally appeared in …', 'Originally posted to NAME on …', 'Also republished by …',"
           " a republishing box: 'Republish this article', 'This article is available in French on …',"
           " '… To learn more about republishing this content …', 'Content created by X is available without charge to"
           " any eligible news publisher …', 'For licensing opportunities …'"),
    NEWSLETTER,
    REPLY_FORM,
    _BLOGGER_NAV,
    _WIDGET_END,
    FOOTER,
    Marker("post_nav", _line(r"[«‹←]\s*(?:Previous|Older|Prev)\b.*|(?:Previous|Older|Newer|Next) (?:post|entry|article|story)(?:\b|(?=[A-Z])).*"
                             r"|(?-i:Previous|Next) (?-i:[A-Z])[^.!?]{5,150}"  # ("Next Khalilzad Arrives in Kabul …")
                             r"|Next\b.{0,80}[»›→]"),
           "links to the previous and next post"),
)

#: Lines that open the comment section (first one wins).
HEADERS: tuple[Header, ...] = (
    Header("count_in_parens", _line(r"(?:(?:Your|User) )?(?:Comments|Responses|Replies|(?:Message [Bb]oards?\s*[-–:]\s*)?Discussions? on this"
                                    r" (?:news|story|article))\s*(?:\((?=[\d,]+\))|[-–]\s*)(?P<count>[\d,]+)\)?"
                                    r"(?:\s*Closed)?"),
           "Tribune 'COMMENTS (6)'; old Dawn 'Comments (12) Closed'; Medium 'Responses (14)';"
           " 'Message Board - Discussions on this news (8)'; 'Comments - 12'; 'Your comments (8)'"),
    Header("reader_comments", _line(r"Reader(?:s['’]?|['’]s)?\s+Comments(?:\s*\((?P<count>[\d,]+)\))?:?"),
           "Tribune 'Reader Comments (3)'; \"Readers' comments\""),
    Header("soundoff", _line(r"soundoff\s*\((?P<count>[\d,]+)\s+Responses?\)"),
           "CNN: numbered items whose first line is the author", separator="numbered_author"),
    Header("n_comments", _line(r"(?:Showing\s+|Discuss:\s*)?\(?(?P<count>[\d,]+|One|No)\)?(?:\s+of\s+[\d,]+)?\s+Comments?(?: on this (?:story|article|post))?\s*[:;]?"
                               r"(?:\s+\([^()]{1,20}\))?(?:\s*/\s*[\d,]+\s+New)?(?:,\s*[\d,]+ called-out)?"),  # (Forbes)
           "WordPress 'One Comment;', '1 COMMENT', '12 Comments'; BLOX '(8) comments'; Blogger '3 comments:'; '24 Comments / 24 New';"
           " '7 Comments on this Story'; 'Showing 8 comments'; 'Showing 9 of 231 comments'; 'Discuss: 9 comments'"),
    Header("heading", _line(r"(?:(?:Readers?['’]?|User|Your)\s+)?(?:Comments|Feedback):?(?:\s*(?P<count>[\d,]+))?"
                            r"|(?:Readers?['’]?|Your)\s+(?:views|responses|opinions?)(?:\s*\([\d,]+\))?|[\d,]+ (?:reactions|participants)|Comment viewing options"
                            r"|What (?:readers|you|others) (?:say|think|are saying)\??|Have your say|Message [Bb]oards?"
                            r"|Comments on this (?:story|article|post)"
                            r"|Sort [Oo]rder:.{0,30}|[\d,]+ Comment threads|Blowback|Discuss this (?:issue|article|story|topic) with other readers!?|Customer reviews|Community reviews|Reasons for signing|Top (?:positive |critical )?reviews(?: from .{1,40})?"),
           "a bare section heading: 'Comments', 'Your views', 'What readers say', a shop's 'Customer reviews', Kinja's"
           " '38 participants', 'Comments on this story' (not 'Views' or 'Discussion', which articles use as subheadings)"),
    Header("talkbacks", _line(r"Talkbacks (?:for|on) this (?:article|story|post)(?::\s*(?P<count>[\d,]+))?"),
           "Israeli sites' 'Talkbacks for this article: 10'"),
    Header("letters", _line(r"(?:Your|Readers?['’]?|Today['’]s) letters|Letters (?:to the editor|from (?:our )?readers):?"),
           "letters pages: 'Letters to the Editor', 'Your letters' (each letter is signed after its text)",
           separator="signed_after"),
    Header("comments_and_replies", _line(r"(?:Replies:\s*[\d,]+ comments?|[\d,]+ comments?\s*·\s*[\d,]+ repl(?:y|ies))"
                                         r"(?:\s*·\s*[\d,]+ repl(?:y|ies))?"),
           "a discussion's count of comments and of replies to them: 'Replies: 3 comments · 3 replies'"),
    Header("n_replies", _line(r"(?P<count>[\d,]+|One|No)\s+(?:(?:Repl(?:y|ies)|Responses?|Thoughts?|Answers?|Messages?(?=\s*$))"
                              r"(?:\s+(?:to|on|for)\s+.{1,200})?|Comments?\s+(?:(?:to|on|for)\s+[“\"'‘].{1,200}|so far))"
                              r"(?:\s*·\s*Last reply .{1,30})?"),  # (Discourse: "84 replies · Last reply Jan 3")
           "WordPress '1 reply', '12 Responses to “Title”', '4 Thoughts on “Title”', '7 comments for “Title”';"
           " Q&A sites '5 Answers'; SPIP forums '9 Messages'"),
)

#: A count of one comment's replies under it ("2 replies"), not of the section's comments.
REPLY_COUNT = re.compile(r"[\d,]+\s+repl(?:y|ies)", re.I)
#: A bar of sort options: "Sort By: Newest | Oldest | Recommended | Discussed".
SORT_BAR = _line(r"Sort(?:ed)?(?: by:?|:)\s*\w+(?: \w+)?(?:\s*\|\s*\w+(?: \w+)?)+"
                 r"|(?:View:\s*)?(?:Oldest|Newest|Latest|Top|Best|Most \w+)(?: first)?(?:\s*\|\s*(?:Oldest|Newest|Latest|Top|Best|Most \w+)(?: first)?)+"  # ("Oldest first | Newest first")
                 r"|Sort(?:ed)? by:?(?:\s{2,}\w+(?: \w+){0,2}){2,}")  # (or set in columns: "Sort by   Popular now   Subscribe by email")
#: A label over a line that is no part of the story: a photo's caption ("image caption,"), an author's
#: disclosure or the funders under it ("Disclosure statement", "Partners").
CAPTION_LABEL = _line(r"image caption,?|Disclosure(?: statement)?|Partners|Funders|Competing interests"
                      r"|Conflicts? of interest")
#: A label over a summary box at the top of a story ("Synopsis", then its paragraph): the box is not the story.
SUMMARY_LABEL = _line(r"Synopsis|(?:Story |Key )?Highlights|Key points|In short|(?:In )?Summary|TL;DR")
#: A label over a list of names on the next line, not part of a comment: "Recommended by:".
NAMES_LABEL = _line(r"(?:Recommended|Liked|Upvoted|Tipped) by:")
#: A link right under a header, to the full list: "See all".
HEADER_LINK = _line(r"(?:See|View|Show) all")
#: Without a header, this many names right above their posted-at lines open the comments.
MIN_NAMED_HEADS = 3
#: A one-line author's bio closing a story, opening with the name: "Laila Durrani is an associate editor of …".
AUTHOR_BIO = re.compile(r"(?:[—–]\s*)?(?P<name>(?:[A-Z][\w.'’-]+\s+){1,3}[A-Z][\w.'’-]+) (?:(?:is|was|has been|served as)"
                        r" (?:an?|the|(?-i:[A-Z])[\w.&' ]{1,40}['’]s)\s.{5,250}"  # (or "… is Fairfax Media's …")
                        r"|is (?:(?:Assistant|Associate|Adjunct|Senior|Visiting|Research|Distinguished) )*(?-i:Professor|Lecturer|Fellow"
                        r"|Reader|Director|Researcher|Editor|Correspondent)\b.{3,250}"  # ("… is Assistant Professor of …")
                        r"|(?:covers|reports on|writes (?:on|about)) [^.]{3,80} for (?:The |the )?(?-i:[A-Z])[^.]{2,80}\.)")  # (or after a dash: "— Michael Ostrander served as a …")
#: A comment form's field labels and buttons, one a line ("Your name", "E-mail (will not be published)", "Send"):
#: a run of FORM_FIELDS_MIN of them ends the comments.
FORM_FIELD = _line(r"(?:Add |Post |Your |Leave |Write )?(?:a |your )?(?:Name|Location|Place|City|Country|E-?mail(?: address)?|Website"
                   r"|Comments?|Message|Subject|Password|Screen ?[Nn]ame)\s*\*?(?:\s*\((?:[^()]{1,40}? )?(?:required|optional|(?:will )?(?:not|never) (?:be )?(?:published|displayed|shown)|maximum|leave (?:it )?blank)[^)]{0,40}\))*"
                   r"\s*\*?:?(?:\.\.\.|…)?"
                   r"|(?:Send|Submit|Post)(?: comment| reply)?|Cancel|Preview|Reply To:?|Name - Reply Comment|Characters (?:left|remaining):?\s*\d+"
                   r"|I['’]m not a robot|Your e-?mail(?: address)? will not be (?:published|shown|displayed)\.?"
                   r"|(?:You have )?\d+ characters (?:left|remaining)|Maximum \d+ characters"
                   r"|Save my name,? e-?mail,? and website in this browser for the next time I comment\.?"
                   r"|Save my name and e-?mail in this browser for the next time I comment\.?")
FORM_FIELDS_MIN = 3
#: An ad's copy right under its label names the brand, then its pitch, in at most this many words
#: ("Unitel 4G - Faster internet in all 18 provinces").
AD_BRAND_MAX_WORDS = 16
#: A comment form above the comments: its fields and buttons span at most this many lines.
FORM_LINES_MAX = 16
#: A header line seen this many times or more on a page counts each post's replies ("1 Reply"): not a header.
HEADER_MAX_REPEATS = 3
#: A header followed within this many lines, all buttons and counters, by another: the other opens the comments.
HEADER_HOP_LINES = 16
#: How many replies are shown right under a comment: "Hide 2 replies", "1 reply", "View all 2 replies" (not
#: "View 4 replies": folded).
#: A link to replies not shown: the counted replies shown above it end there.
MORE_REPLIES = _line(r"(?:View|Show|Load|See) (?:more|all|other) repl(?:y|ies)")
SHOWN_REPLIES = _line(r"(?:Hide\s+|View all\s+)?(?P<n>\d{1,3})\s+(?:repl(?:y|ies)|comments?)|Hide\s+Replies\s*\((?P<n2>\d{1,3})\)")
#: Number words that may stand for the count in a header.
COUNT_WORDS = {"no": 0, "one": 1}

_SIDEBAR = Marker("sidebar", _line(r"(?:Topic|Thread|Discussion) info(?:rmation)?|Topic log(?: \(\d+\))?"
                                   r"|(?:Petition |Campaign )?Updates(?: \(\d+\))?|Recommended|More for [Yy]ou"
                                   r"|More reviews and ratings|Trending|Popular"
                                   r"|Who['’]s online|Online users|User login|There are currently [\d,]+ users? and [\d,]+ guests? online\.?"),
                  "a discussion's sidebar after its comments (Tildes: 'Topic info', 'Topic log (2)'), a petition's"
                  " updates, a portal's 'Recommended' cards, Drupal's 'User login' and 'Who's online' blocks")
#: A section's name over the headline: "World News", "Pakistan News" (never a headline of its own).
SECTION_NEWS = re.compile(r"(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?) News")
#: An agency's credit closing a line: "… later this month. — Reuters", "… before they could leave. (Reuters/BT)".
AGENCY_CLOSE = re.compile(rf"[.!?’”]\s*(?:[—–]\s*{NEWS_AGENCY}|\({NEWS_AGENCY}(?:\s*/\s*\w{{1,12}})*\))$")
#: A sort tab over a comment list: "Oldest", "Newest", "Top", "Most Liked", "Discussed", "Upvoted".
SORT_TAB = re.compile(r"Oldest|Newest|Top|Best|Popular|Most \w+|Highest Rated|Latest|Discussed|Upvoted|Downvoted"
                      r"|Recommended|Controversial", re.I)
#: Lines that close the comment section (first one wins).
#: The end of a comment widget, alone (a line of it in the bar over the comments does not end them).
WIDGET_END: tuple[Marker, ...] = (_WIDGET_END,)
#: A comment widget's login button, in the bar over its comments.
LOGIN_BUTTON = _line(r"(?:[^\w\s]\s?|\d{1,3}\s+)?(?:Log ?in|Sign in)(?: / (?:Sign up|Register))?")
COMMENTS_END: tuple[Marker, ...] = (REPLY_FORM, RELATED, _BLOGGER_NAV, NEWSLETTER, _WIDGET_END, _SIDEBAR, FOOTER)
#: A site footer's menu right above it ("about", "blog", "site rules", "contact us"):
#: at least this many short lines in a row, each at most NAV_MAX_WORDS words and
#: not ending like a sentence, are cut from the end of the comment section.
NAV_MIN_LINES = 4
NAV_MAX_WORDS = 3
#: Longer menus may hold longer items: a run of at least NAV_LONG_MIN_LINES lines of
#: at most NAV_LONG_MAX_WORDS words each, none ending like a sentence, is cut too.
NAV_LONG_MIN_LINES = 10
NAV_LONG_MAX_WORDS = 5

#: Furniture lines dropped wherever they appear (body and comments).
BOILERPLATE: tuple[Marker, ...] = (
    Marker("weather", _line(r"(?:(?-i:[A-Z])[\w.'’-]*(?: [\w.'’-]+){0,2}:?\s+)?[+−-]?\d{1,3}\s?°\s?[CF]?(?:\s*[|/·,]?\s*[A-Za-z][\w ,-]{0,30})?"),
           "the masthead's weather: 'Manila 29°C Rain showers', 'Karachi 34°C'"),
    Marker("market_quote", _line(r"\S.{0,30}? [\d,]+(?:\.\d+)? [+−-][\d,]+(?:\.\d+)? [+−-]?\d+(?:\.\d+)?%"),
           "a market's quote in a ticker over the story: 'Crude Oil 87.66 +4.07 +4.87%', 'DJIA 11,774.59 -242.12 -2.01%'"),
    Marker("moderation", _line(r"Comments are moderated and generally will be posted if they are on-topic"
                               r" and not abusive\.?"
                               r"|.{1,60} (?:is|are) not responsible for the content of (?:readers['’]? |users['’]? )?comments\.?"),
           "Tribune notice; 'The GDN is not responsible for the content of readers' comments.'"),
    Marker("faq", _line(r"For more information,? please see our Comments FAQ\.?"), "Tribune notice"),
    Marker("meter", _line(r"You(?:['’]ve| have) read \d+ of (?:your )?\d+ free (?:articles|stories)\b.{0,200}"
                          r"|\d+ of \d+ free (?:articles|stories) (?:read|left|remaining)\b.{0,120}"
                          r"|Your (?:Premium|subscription|trial)(?: period)? (?:will )?expires? in \d+ days?(?:\(s\))?\b.{0,80}"),
           "a paywall's meter: 'You have read 4 of 10 free articles this month. Subscribe now …'"),
    Marker("issue", _line(r"Vol(?:ume|\.)?\s*\d+\s*[-–,:]*\s*(?:Issue|No\.?)\s*\d+\b.{0,60}|Print edition\s*:\s*.{4,40}"),
           "a magazine's issue line over the story: 'Volume 28 - Issue 06 :: Mar. 12-25, 2011', 'Print edition: March 25, 2011'"),
    Marker("buttons", _line(r"Reply|Delete|Replies|Report(?: abuse)?|Flag|Like|Respect|Share|Register|Tweet|Print|Email|Pinterest|add comment"
                            r"|Subscribe(?: now| for free)?|Type your email(?:…|\.\.\.)?|Top highlight|Cancel|Respond"
                            r"|WhatsApp|Facebook|Twitter|LinkedIn|Google\+?|YouTube|Instagram|TikTok|AOL|Yahoo!?|OpenID|Also (?:post|share) (?:to|on) (?:Facebook|Twitter)|Show More(?:\s*Show Less)?|Back to Gallery|Reply »|\|?\s*Judge it!|Judged:|[-–—]\s*Advertisement\s*[-–—]|Log in to Reply|(?:Show|Hide|View) (?:all |more )?replies(?: \(\d+\))?"
                            r"|(?:Load|Show|View|See|Read) (?:all |\d+ )?more(?: comments?| repl(?:y|ies)(?: in this thread)?)?|View all comments(?: \([\d,]+\))?|Add your comment|Avatar|Image|Conversation|RSS|Trackback URL|(?-i:[A-Z])"
                            r"|(?:Share|Post) (?:on|via|to) \w+|Print this page|Printable version|Reuse this content|Article history"
                            r"|Print Friendly(?:,? PDF (?:&|and) Email)?|Print(?:er)?[- ][Ff]riendly (?:version|[Pp]age)|Send this (?:[Aa]rticle|[Ss]tory) to a [Ff]riend|Share [Aa]rticle"
                            r"|Download(?: Download)?(?: \(right click (?:&|and) save as\))?"
                            r"|(?:E-?mail|Mail|Send)(?: this)? to a friend|Email a friend|(?:E-?mail|Print) this (?:story|article)"
                            r"|Click here to cancel reply\.?|\(Reply\)|Reply ↓|Reply to This|Tweet this|\[new\]"
                            r"|Post a (?:message|reply)|Ignore this (?:topic|thread)|\[[–+-]\]|Sign up\. Get \w+|Bookmark(?: (?:and|&) share)?"
                            r"|❤ by @\S+|Add to favorites|Watch thread|Next|Last|Prev(?:ious)?|…|Type / to search"
                            r"|Search(?: or jump to)?(?:\.\.\.|…)|Uh oh!|There was an error while loading\. Please reload this page\."
                            r"|You have selected \d+ posts?\.|select all|cancel selecting|Search for \w+(?:, \w+)+"
                            r"|(?:Login|Log in) or register to post comments|\S.{0,40}['’]s picture"
                            r"|Do NOT follow this link or you will be banned from the site!?|vote!|digg|bury"
                            r"|Report (?:this|a) comment|Points|Fan|[\d,]+ Fans|ReplyDelete|Load more(?:\.\.\.|…)|Email ThisBlogThis!.{0,120}|(?:Posted|Written|Submitted) by:?|Listen to (?:this|the) (?:[Aa]rticle|[Ss]tory)|Comment rules|(?:Displaying|Showing) \d+\s*[-–]\s*\d+ of \d+ comments?|Continue (?:the )?[Dd]iscussion|Comments? \d+\s*[-–]\s*\d+ of \d+|Comment \d+ of \d+|Thumbs (?:up|down)(?:\s*\(?\d+\)?)?|Also post on Facebook|Posting as .{1,40}\(Change\)|Inline Feedbacks|Most Voted"
                            r"|Last edited .{1,40} by .{1,60}|(?:(?:[^\w\s]|(?-i:[A-Z]))\s?)?Subscribe (?:via|by) (?:e-?mail|RSS)(?:\s+(?:(?-i:[A-Z])\s)?RSS)?|Trackback URL\b.{0,200}|Comment feed|(?:Text|Font)(?: [Ss]ize)?:?(?:\s*A){0,3}|Change (?:[Tt]ext |[Ff]ont )?[Ss]ize|Reactions|Alert moderator|Copy [Ll]ink|Recommend this (?:article|story|post|column)"
                            r"|(?:Write|Type|Add|Enter|Leave) (?:your|a) (?:comment|reply|response|message) here(?:\.\.\.|…)?"
                            r"|[+−-]"
                            r"|Post (?:not )?marked as liked|Video (?:Loading|Unavailable)|(?:Click|Tap) to play|The video will start in \d+|Play (?:now|Video)"
                            r"|(?-i:[\^|v])"),  # (a vote widget's arrows copied a line each: "^", "|", "v")
           "buttons, links and image labels ('Avatar'), a page list's lone '…'; OpenWeb's 'Conversation' heading;"
           " an old Disqus footer's links and their icons' letters ('M', 'Subscribe by email', 'S', 'RSS')"),
    Marker("counters", _line(r"(?:Recommend|Like|Likes|Shares?|Views?|Reads?)\??\s*:?\s*\(?[\d,.]*[KkMm]?\)?|Thanks\s*\(?[\d,]+\)?|(?:Score|Points|Votes|Rating)\s*:?\s*[+-]?[\d,.]+"
                             r"|[\d,.]+[KkMm]?\s+(?:likes?|views?|shares?|reads?|recommend(?:ation)?s?"
                             r"|(?:people|person) (?:are |is )?(?:reading|viewing|like|likes|liked|recommend)\b.{0,60})"
                             r"(?:\s*[·|•]\s*[\d,.]+[KkMm]?\s+\w+)*"
                             r"|Share\s+[\d,]+\s+Tweet\s+[\d,]+.*|Liked by [\d,]+ (?:people|person|others?)|Like Loading\.*"
                             r"|[\d,]+ votes?|Like or Dislike:(?:\s*(?:Thumb (?:up|down)\s*)?\d+){2}|Thumb up\s*\d+\s*Thumb down\s*\d+|(?:\d+\s+\d+\s+)?Rate This"
                             r"|Rating: [+-]?\d{1,5} \(from \d{1,6} votes?\)"
                             r"|(?:-?\d{1,5}\s+)?\(\s*\+\d{1,5}\s*/\s*-\d{1,5}\s*\)"  # ("14 ( +19 / -5 )")
                             r"|[\d,]+ repl(?:y|ies),\s*[\d,]+ views?"
                             r"|[\d,]+ members? ha(?:s|ve) recommended this (?:thread|post|story)|(?-i:[A-Z][a-z]+) x\d+|\$[\d,]+\.\d{2}"
                             r"|(?:Rate this (?:article|story|post):?\s*)?(?:Average )?Rating:\s*[\d.]+(?:\s*/\s*\d+)?\s*\([\d,]+ votes?\)"
                             r"|\(\d+\)|(?:[^\x00-\x7F]{1,3}\s?\d{1,5}\s*){1,6}|You must be logged in to vote"
                             r"|# of recommendations:\s*[\d,]+|Rating:?\s+[+-]?\d{1,5}|Votes?:\s*[+-]?\d{1,5}"
                             r"|(?:Market )?(?:data|quotes|prices) (?:are )?delayed by \d+ min(?:ute)?s\.?"
                             r"|(?:[\w$/()&. ]{2,30}\s?:\s?[\d,.]+(?:\s*\(\s*[+-]?[\d,.]+\s*\))?\s{2,}){2,}[\w$/()&. ]{2,30}\s?:\s?[\d,.]+.{0,30}"
                             r"|(?:\w[\w ]{1,20}:\s?[\w,.]+\s*[•·|]\s*){2,}\w[\w ]{1,20}:\s?[\d,.]+|No top (?:replies|comments)"
                             r"|Read [\d,]+ times|Last modified on .{5,60}|Hits:\s*[\d,]+"),
           "view/share counters: 'Like 3.4K', '4.2K Shares', '1.1K views · 214 shares', '2,311 people are reading this now',"
           " a thread's 'Type: Discussion • Score: 4 • Views: 1,874 • Replies: 9' and its 'No top replies'; Joomla K2's"
           " 'Read 1137 times' and 'Last modified on Thursday, 05 May 2016 11:30'"),
    Marker("breadcrumb_label", _line(r"You are here:.{0,120}"), "a breadcrumb trail's label: 'You are here:  Home  Afghanistan'"),
    Marker("promo", _line(r"(?:[^\w\s(]{1,3}\s*)?\(?(?:The )?[\w.&'’ -]{1,40} is (?:now )?(?:available )?on (?:Telegram|WhatsApp|Google News|Instagram|Threads)\b.{0,150}"
                          r"|Support (?:[\w&'’]+ ){0,3}journalism\b.{0,150}|(?:Contribute|Join|Donate|Subscribe) Now"
                          r"|.{0,100}\b(?:on|to|join) our (?:Telegram|WhatsApp) (?:channel|group)\b.{0,60}"
                          r"|For all the latest .{1,60}, download .{1,60}|Become a fan(?: of .{1,40}?)? on Facebook\.?"
                          r"|(?:(?:Spring|Summer|Fall|Autumn|Winter|Annual|Year-[Ee]nd|Quarterly) )?Fundraiser(?: \d{4})?:?"
                          r"(?:\s*\$[\d,]+ (?:of (?:our )?\$[\d,]+ )?raised(?: so far)?(?: of (?:our )?\$[\d,]+(?: goal)?)?\.?)?"
                          r"|\$[\d,]+ (?:of (?:our )?\$[\d,]+ )?raised(?: so far)?(?: of (?:our )?\$[\d,]+(?: goal)?)?\.?"
                          r"|Donate (?:via|by|with) \w+(?:\s*\|\s*Donate (?:via|by|with)? ?\w+)*"
                          r"|.{0,120}\b(?:Your|Please) (?:donations?|contributions?|gifts?|give)\b.{0,120}\btax[- ]deductible\.?"
                          r"|Never miss (?:a|an|another) (?:story|issue|edition|update)\b.{0,200}"
                          r"|(?:Have|Got) (?:a|any) (?:story|news tip|tip|news)\?.{0,60}\b(?:WhatsApp|SMS|e-?mail|call|contact)\b.{0,120}"
                          r"|.{0,200}\b(?:[Ff]rom as little as|[Ff]or unlimited access)\b.{0,120}|Subscribe from .{1,20} an? (?:month|year)"
                          r"|(?:Independent |Quality |Good )?(?:journalism|reporting)(?: like this| from [\w ]{1,30}?)? (?:needs your support|costs money)\b.{0,150}"
                          r"|Subscribe to (?-i:(?:the|The) [A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,4})"  # ("Subscribe to the Libya Herald")
                          r"|.{1,60} is an? independent [\w -]{2,40}\. .{0,80}\b(?:support|donat|subscri|journalism)\w*\b.{0,150}"
                          r"|Become a (?:supporter|subscriber|member)|.{1,60} is ad-supported\b.{0,200}"),
           "a site's promotions and appeals, at the top or between paragraphs: 'The Wire is now on Telegram. Follow"
           " us…', 'Support Free & Independent Journalism', 'Contribute Now', 'Never miss a story. Get the e-paper…',"
           " 'Have a story? WhatsApp the newsroom on …'; a reader-support appeal: 'Reporting like this costs money.',"
           " '… Support us from as little as $5 a month.', 'Become a supporter', 'Subscribe to the Daily Mirror'"),
    Marker("paywall_meter", _line(r"You have (?:\d{1,2}|one|two|three|no) free (?:articles?|stories|reads) (?:left|remaining)\b.{0,120}"),
           "a metered paywall's count over the page: 'You have 2 free articles left this month. Subscribe for …'"),
    Marker("cookies", _line(r"(?:We|This (?:site|website)|(?-i:[A-Z])[\w.-]{1,30}\.(?:ie|com|co\.uk|org|net|pk|in)) uses? cookies\b.{0,300}|Yes,? I['’]m happy|Manage (?:my )?cookies"
                            r"|Accept (?:all )?cookies|Reject (?:all|non-essential) cookies|Cookie (?:settings|preferences)"
                            r"|(?:Click here to )?(?:change|update|manage) your cookie (?:preferences|settings|choices)"
                            r"|.{0,150}\bBy (?:using|continuing to use|browsing)\b.{1,60}, you agree to (?:our|the)\b.{0,150}"
                            r"(?<=cookie policy\.)"),
           "cookie banners: 'We use cookies to improve your experience…', 'Yes, I’m happy', 'Manage my cookies'"),
    Marker("page_notices", _line(r"This article is more than \d+ (?:years?|months?) old"
                                 r"|(?:(?-i:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}) )?Needs (?:Your Help|You)(?: Now| Today)?!?"
                                 r"|Independent, non-?profit(?: and|,) reader-supported\b.{0,200}"
                                 # (appeals anywhere in their line, one scan for all: "… runs on the support of readers …")
                                 r"|.{0,120}?\b(?:runs on the support of (?:its |our )?readers|survives on the support of its readers"
                                 r"|is an independent,? reader-supported (?:platform|publication|news\w*|site)"
                                 r"|We depend on readers like you|funded by (?:our )?readers)\b.{0,200}"
                                 r"|Will you help keep .{1,40}\bfree\b.{0,120}"
                                 r"|(?-i:[A-Z]\w+) Plus: Unlimited\b.{0,200}|Bookmark stories\b.{0,100}"
                                 r"|The best of our .{1,60} writing, once a (?:week|day)\.?(?: No spam\.?)?|"
                                 r"If you value (?:independent|our) journalism\b.{0,200}"
                                 r"|Please [Ss]upport (?-i:[A-Z])[\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}!?"
                                 r"|Our (?:Fall|Spring|Summer|Winter|Year-[Ee]nd|Mid-[Yy]ear|Annual) (?:Appeal|Campaign|Fundraiser)\b.{0,200}"
                                 r"|Fund (?:independent|our) journalism\b.{0,60}|Support (?:us|(?-i:[Tt]he [A-Z][\w'’]+(?: [A-Z][\w'’]+){0,3}))"
                                 r"|Our .{0,60}\bneeds? your support\b.{0,80}"),
           "an archived article's age notice, support appeals in the masthead: 'This article is more than 13 years old'"),
    Marker("removed", _line(r"This comment has been removed by (?:the author|a blog administrator)\.?"),
           "Blogger deleted comment"),
    Marker("join_prompt", _line(r"(?:Want to join\?\s*)?(?:Log ?in|Sign in) or (?:sign up|register|create an account|join)\b.{0,40}"
                                r"|(?:Comment|Post) (?:using|as)(?:\.\.\.|…)"
                                r"|(?:Log ?in|Sign in) (?:with|using|via)(?: \w+)?:?"
                                r"|Not a member\?\s*(?:Join|Sign up|Register)(?: now)?!?"
                                r"|Sign up for free to join this (?:conversation|discussion)\b.{0,120}"
                                r"|You must log in or register to reply here\.?"
                                r"|Authors get paid when people like you upvote their post\.?"
                                r"|If you enjoyed what you read here, create your account today.{0,60}"),
           "sign-up prompts: 'want to join? log in or sign up in seconds.', 'Authors get paid when people like you…'"),
    Marker("reviews", _line(r"Verified Purchase|(?:[\d,]+ people|One person) found this helpful\.?|Helpful"
                            r"|See (?:more|all) reviews|Translate all reviews to English|Read (?:more|less)"
                            r"|(?:[\d.]+ )?[\d.]+ out of 5(?: stars?\b.{0,200})?|[\d,]+ (?:global )?ratings?"
                            r"|[1-5] stars?|\d{1,3}%|How customer reviews and ratings work|Review this product"
                            r"|Share your thoughts with other customers|Write a customer review"
                            r"|AI-generated from the text of customer reviews"
                            r"|Top (?:positive |critical )?reviews(?: from .{1,40})?"
                            r"|[\d,]+ \(\d{1,3}%\)|Search review text|Filters|Displaying [\d,]+ - [\d,]+ of [\d,]+ reviews"
                            r"|[\d,]+ reviews?\s*·\s*[\d,]+ followers?|Rating \d(?:\.\d)? out of 5"
                            r"|Jump to ratings and reviews|Want to read|Rate this book|Buy on \w+(?: \$[\d.,]+)?|Write a Review"),
           "a shop's or book site's review furniture: 'Verified Purchase', '47 people found this helpful', a review's"
           " '5.0 out of 5 stars Title' line, the ratings histogram, reviewer stats, 'Buy on Kindle $14.99'"),
    Marker("petition", _line(r"[\d,]+ (?:have|has) signed\b.{0,80}|At [\d,]+ signatures,? this petition .{0,160}"
                             r"|Display my name and comment on this petition|By signing, you accept .{0,300}"
                             r"|Share for success|Report a policy violation|Petition to|Why this petition matters"
                             r"|Share this petition"),
           "a petition's furniture: '8,916 have signed. Let's get to 10,000!', 'Petition to', the signing form's notices"),
    Marker("source_tag", _line(r"\((?:[\w-]+\.)+[a-z]{2,}\)(?:\s+\[[^\]]{1,30}\])?"),
           "a link aggregator's source and tag over a submitted headline: '(dawn.com)  [Sad]'"),
    Marker("pagination", _line(r"Page:? \d+ of \d+|(?:Next|Last)(?: page)?\s*[»›>]|[«‹<]\s*(?:Prev(?:ious)?|Back|First)|Showing [\d,]+\s*[-–]\s*[\d,]+ of [\d,]+|(?:[«‹]\s*)?Prev(?:ious)?(?: Post| Story| Article)?(?:\s*\|\s*[^|]{1,40}?)??"
                               r"\s*\|\s*Next(?: Post| Story| Article)?(?:\s*[»›])?|\d{1,4}(?:\s+(?:\d{1,4}|…|\.\.\.)){2,}(?:\s+(?:Next|Last)\s*[»›]?)?|(?:(?:First|Last|Prev(?:ious)?|Next|Show all|[«»‹›]|\d{1,4})\s*\|\s*){3,}"
                               r"(?:First|Last|Prev(?:ious)?|Next|Show all|[«»‹›]|\d{1,4})"
                               r"|Pages?:?(?:\s+(?:\d{1,4}|…|\.\.\.)){2,}(?:\s+(?:First|Last|Prev(?:ious)?|Next)?\s*[«»‹›]?)*"
                               r"(?:\s*\([\d,]+ total\))?"),
           "page links: 'First | « | 1 | 2 | 3 | » | Last | Show all', 'Page:   1  2  3   Next ›   Last »   (122 total)'"),
    Marker("edition", EDITION, "a book's formats beside its title and in its price list: 'Kindle Edition', 'Paperback'"),
    Marker("browser_notice", _line(r"JavaScript is disabled\..{0,160}|You are using an out of date browser\..{0,120}"
                                   r"|You should upgrade or use an alternative browser\.?"
                                   r"|If this is your first visit, be sure to check out the FAQ\b.{0,400}"
                                   r"|(?:Welcome to .{1,40}[!.] )?You are currently (?:viewing|browsing)\b.{0,60}? as a guest\b.{0,600}"
                                   r"|If you have any problems with the registration process or your account login\b.{0,120}"),
           "forum notices to old browsers and new visitors: 'JavaScript is disabled. For a better experience, please"
           " enable…', 'If this is your first visit, be sure to check out the FAQ…'"),
)

_BARE_NUMBER = Marker("bare_number", _line(r"[\d,.]+[KkMm]?"),
                      "counters on their own lines: share and view counts, votes ('1', '187', '2.3K')")

_POSTED_BY = Marker("posted_by", _line(r"(?:Posted|Written)(?: by .{1,60}?)? (?:at|on|@) .{3,80}"
                                      r"|(?:Posted|Written|Submitted) by .{1,60}?\s*\(\d[\d,]* comments?(?: total)?\).{0,80}"),
                    "blog post footers: 'Posted by NAME at 9:14 PM', 'Written at 10:45 PM | 3 comments'")
#: A post's own footer, its date the post's when no line above the post has one.
POST_FOOTERS = (_POSTED_BY,)

#: Furniture lines dropped from the article body only (in a comment section a
#: bare time may be a comment's posted-at line).
#: A photo's credit on a line of its own, in capitals: "RIZWAN TABASSUM/AFP/GETTY IMAGES", "K.M. CHAUDARY/AP".
PHOTO_CREDIT = Marker("photo_credit", _line(r"(?-i:[A-Z][A-Z.'’ -]{1,40}(?:/[A-Z][A-Z.'’ -]{1,30})+)"
                                            r"|(?-i:[A-Z][\w.'’ -]{1,40}/ ?)+(?:AAP|AP|AFP|EPA|Reuters|Getty Images|Associated Press"
                                            r"|Anadolu Agency|Xinhua|Bloomberg|Shutterstock)(?:\s*[/-]\s*[\w .'’-]{1,30})*"
                                            # (or an outlet over its photographer, each word capitalised:
                                            # "US Air Force/Senior Airman Kyle Dawson")
                                            r"|(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})"),
                      "a photo credit in capitals, its parts split by slashes, or naming an agency: "
                      "'Name/AFP/Getty Images', 'Name / AFP / Getty Images'")
#: A control of the page's own alone on its line: no headline, nor part of a block holding one.
UI_WORD = _line(r"Search|Go|Menu|Log ?in|Sign (?:in|up)|Register|Subscribe|Close")
#: A photo's caption is at most this many words.
CAPTION_MAX_WORDS = 40
#: A photo's credit alone on the line under its caption: "Getty Images", "AP Photo", "AFP/File", "Image Credit: AFP", "(AFP)",
#: "Photo: Reuters".
BARE_CREDIT = _line(r"(?:(?:(?:Image |Photo )?Credit|Photo|Image|Picture|Pic):\s*)?(?:Getty Images|AFP|AP|Reuters|EPA|dpa|Bloomberg|Xinhua|PTI|ANI|iStock|Associated Press)"
                    r"(?: file)?(?: Photo| Images)?(?:/[\w .'’-]{1,30})?|\((?:AFP|AP|Reuters|EPA|Getty Images|Xinhua|Bloomberg)\)"
                    r"|\((?:Image|Photo|Picture):\s*[^()]{2,60}\)"  # ("(Image: AFP via Getty Images)")
                    r"|©\s*(?:AP Photo|AP|AFP|EPA|Reuters|Getty Images|Xinhua|TASS)(?:/[\w .'’-]{1,40}){0,2}"  # ("© EPA/NAME")
                    # (labelled, a picture agency's or a platform's name: "Credit: AFP or licensors", "Credit: Twitter")
                    r"|(?:(?:Image |Photo )?Credit|Photo|Image|Picture):\s*(?:Getty Images|AFP|AP|Reuters|EPA|PA|Alamy|Rex"
                    r"|Shutterstock|Twitter|Facebook|Instagram|Handout|Supplied|Internet|File(?: photo)?|Wire(?: file| photo)?|Web|Google|Agenc(?:y|ies))(?: (?:Features|Images|Wire))?(?: (?:or|and) licensors)?"
                    # (a labelled credit naming the photographer first: "Image: NAME/AP/Press Association Images")
                    r"|(?:(?:Image |Photo )?Credit|Photo|Image|Picture):\s*(?-i:[A-Z])[\w .'’-]{1,40}/\s?"
                    r"(?:Getty Images|AFP|AP|Reuters|EPA|dpa|Bloomberg|Xinhua|PTI|ANI|Associated Press)(?:/[\w .'’-]{1,40}){0,2}"
                    r"|(?:Photo|Image|Picture):\s*(?-i:[A-Z])[\w.'’&-]*(?: (?-i:[A-Z])[\w.'’&-]*){0,2} (?:Agency|News Agency|Images|Photos)"
                    r"|Buy this (?:photo|picture|image)(?:\s*[»›→])?")  # (a photo sales link under the caption, Newsquest's)
#: A photo's credit labelled by how it came: "Image from: ISAF Media", "Photo courtesy of NAME:".
LABELLED_CREDIT = re.compile(r"(?:Image|Photo(?:graph)?|Picture) (?:from|by|via|courtesy(?: of)?):\s*[^.]{1,40}"
                             r"|Photographer:\s*[^.]{1,60}")  # (Bloomberg's: "Photographer: Rizwan Akhtar/AFP/Getty Images")
#: An ad's slot in the page, in the story or among the comments: "Story continues below", "This advertisement
#: has not loaded yet, but your article continues below."
_AD_SLOT = r"This advertisement has not loaded yet.{0,80}|(?:Story|Article) continues below(?: advertisement)?"
BODY_BOILERPLATE: tuple[Marker, ...] = BOILERPLATE + (
    Marker("wire_credit", _line(r"\((?:(?:Additional )?[Rr]eporting|Writing|Editing|Compiled) by [^()]{3,300}\)"
                                r"|-+\s*By (?-i:[A-Z])[^;]{2,80};\s*\+?[\d ()-]{6,24}|\(END\) .{1,60}Newswires?"
                                r"|\d{2}-\d{2}-\d{2} \d{4}\s?GMT"
                                r"|Authors?:\s*(?-i:[A-Z])[\w.'’-]+(?: (?-i:[A-Z])[\w.'’-]+){0,3}"),
           "a wire's credits under the story: '(Reporting by NAME in Karachi; Editing by NAME)', Dow Jones's '-By NAME,"
           " Zawya Dow Jones; +971-4-…', '(END) Dow Jones Newswires', '05-03-11 1142GMT'; 'Author: NAME'"),
    Marker("translation", _line(r"\*?\(?Translated (?:from (?-i:[A-Z])\w+ )?by (?-i:[A-Z])[\w.'’ -]{1,60}\.?\)?"
                                r"|Click here to read (?:the|this) (?:article|story|news|report) in (?-i:[A-Z])\w+\.?"),
           "a translation's credit and the link to the original: '*Translated by Aylin Sezer.', 'Click here to read the"
           " article in Turkish.'"),
    Marker("divider", _line(r"[-=_~]{3,}|Forum"),
           "a rule drawn across the page between a story's paragraphs ('------', around an ad's label), a forum's"
           " label over its messages"),
    Marker("contact_line", _line(r"To contact the (?:reporters?|editors?|writers?) (?:on|of|responsible for) this story:.{1,300}"),
           "a wire story's contact lines: 'To contact the editor responsible for this story: NAME at ADDRESS'"),
    Marker("agency_initials", _line(r"(?-i:[A-Z][\w.'’ -]{1,30})/(?:dpa|TT|NTB|Ritzau|AFP|AP|Reuters|ANSA|EFE)(?:/[a-z]{1,4})?"),
           "a story's credit: its outlet, agency and editor's initials ('The Local/dpa/mdm', 'The Local/TT/at')"),
    Marker("embed", _line(r"Advertisement(?: \d{1,2}|:?\s*(?:Story|Article) continues below)?|Article content|(?:Story|Article) continues below(?: this (?:ad|advertisement))?|Ad Feedback|Related (?:video|story|article|coverage|audio|podcast)\s*:.{0,150}"
                          r"|(?:Also read|Read also|See also|Read more|Read|Related(?: posts| articles| stories)?)\s*[:|].{1,150}|(?:Tags?|Keywords?)\s*:.{0,200}"
                          r"|Printable version\s*\|.{1,200}|" + LABELLED_CREDIT.pattern +
                          # (a video player that failed: "We apologize, but this video has failed to load.", "Try
                          # refreshing your browser, or", "tap here to see other videos from our team.", "HEADLINE Back to video")
                          r"|We apologi[sz]e, but this video has failed to load\.?|Try refreshing your browser,? or"
                          r"|tap here to see other videos from our team\.?|.{1,200} Back to video"
                          r"|First published in .{1,60}©?"  # (Newsquest's: "First published in World News ©")
                          r"|Continue reading below|This (?:article|story) has been read [\d,]+ times?"
                          r"|Watch more (?:news |videos? )?on \S[\w.&'’-]{1,30}"  # ("Watch more News on iWantTFC")
                          r"|Sign up to (?:FREE )?e-?mail (?:alerts|newsletters?|updates)\b.{0,100}"  # (a box over the text)
                          r"|Follow (?:The |the )?(?-i:[A-Z])[\w&'’ ]{1,40} on (?:Twitter|Facebook|Instagram)\b.{0,150}"
                          r"|Get (?:the|our) .{1,40}? e-?[Pp]aper\b.{0,150}"  # ("Get The Herald e-Paper delivered to …")
                          r"|Get (?:The|the) (?-i:[A-Z])[\w'’ ]{1,30} delivered|Subscribe to .{1,40}? e-?[Ee]dition\b.{0,150}"
                          r"|.{0,300}\b(?:can|may) be (?:reached|contacted) (?:at|on|via) [\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?"  # (a bio)
                          r"|\((?:h/t|hat tip:?) [^()]{1,80}\)"  # ("(h/t NAME at VideoCafe)")
                          r"|Story continues below(?: advertisement)?|(?:Read|Reading) time:?\s*\d+\s*min(?:ute)?s?"
                          r"|\d+\s*min(?:ute)?s? read|Link to heading"
                          r"|Read more at \S{3,60}\s*»?|[\d,]+ clicks\b.{0,200}"
                          r"|(?-i:SLIDESHOW|PHOTOS|PHOTO GALLERY|GALLERY|VIDEO|WATCH|LOOK):\s.{1,120}"
                          r"|(?-i:RELATED) (?-i:[A-Z0-9]).{4,150}"  # (a related story's link, no colon: "RELATED India …")
                          r"|(?-i:WATCH(?: ABOVE| BELOW)?):\s.{1,300}"  # (a video's caption: "WATCH ABOVE: …")
                          r"|(?-i:Slideshow|Story|Interactive|Video|Photos|Gallery):\s[^.!?]{1,120}"
                          r"|Read or [Ss]hare this story:?\s*\S{1,100}"
                          r"|Join the (?:conversation|discussion|debate)"
                          r"|Click here for a full-screen slideshow|\d{1,3} of \d{1,3}"
                          r"|(?:Get|Follow) .{1,60}? on (?:Facebook|Twitter|X|Google News|WhatsApp|Instagram|Telegram"
                          r"|YouTube|LinkedIn)(?: and (?:Facebook|Twitter|X|Instagram|YouTube))?"
                          r"(?:\s*(?:&|and) scroll down to read the (?:full )?(?:story|article)\.?)?"
                          r"|(?:Log ?in|Sign ?in) to (?:our (?:website|site|app) )?(?:to )?save (?:your )?bookmarks\b.{0,60}"
                          r"|Your session has expired,? please log ?in again\.?|Oops! Looks like you have exceeded the limit to bookmark\b.{0,120}"
                          r"|Congratulations! You are now subscribed to our newsletters?\b.{0,300}"
                          r"|.{0,60}\bfollow us on (?:Facebook|Twitter|X|Instagram|Google News|WhatsApp|Telegram|YouTube)\b.{0,40}"
                          r"|Like us on (?:Facebook|Instagram)|Follow @\w{2,30}"
                          r"|We welcome your (?:comments|letters|feedback|views) (?:at|on) .{1,60}"
                          r"|From (?:our|the) .{3,30}? issue\.?"
                          r"|Filed by (?-i:[A-Z]).{1,60}?(?:\s*\|\s*Report Corrections)?"
                          r"|(?-i:[A-Z]).{3,120}? contributed to this (?:report|story|article)\.?"
                          r"|This (?:article|story|report) (?:first )?(?:appeared|was published) (?:first )?(?:on|in) .{1,120}"
                          rf"|Last Updated on .{{0,20}}{ANY_DATE}.{{0,20}}|Last Updated \(\s*{ANY_DATE}.{{0,20}}\)|First Published\s*:?\s*{ANY_DATE}.{{0,30}}"),
           "ad labels, links to other stories and embedded-media lines between paragraphs:"
           " a link aggregator's 'Read more at dawn.com »' and '12,804 clicks; posted to Main » on …',"
           " 'Related video: …', 'ALSO READ: …', 'Also Read | …', 'Read Time: 3 mins'; a slideshow's label, link and"
           " counter ('SLIDESHOW: …', '1 of 17'), 'Slideshow: …', 'Story: …' links, 'Read or Share this story: URL', 'Join the Conversation', 'Get HuffPost World On Facebook and Twitter', 'Filed by NAME',"
           " 'NAME contributed to this report.', 'Last Updated on Wednesday, 04 July 2012 18:05'"),
    Marker("newsletter_mail", _line(r"View this (?:e-?mail|message) in (?:your|a) (?:web )?browser\.?|Trouble viewing this e-?mail\?.{0,80}"
                                    r"|(?:.{0,80}\|\s*)?(?-i:Unsubscribe)(?:\s*\|.{0,80})?"
                                    r"|Read (?:the full story|more(?: \w+)?) (?:on|at) \S.{0,80}"
                                    r"|You are receiving this .{1,200}|Share this (?:alert|story|e-?mail)\s?: .{1,80}"
                                    r"|Forward to a friend\b.{0,80}"),
           "a newsletter's furniture in a forwarded story: 'View this email in your browser', 'Unsubscribe | Manage"
           " preferences', 'Read the full story on example.com.pk'"),
    Marker("app_promo", _line(r".{0,120}\b(?:Click here to download|Download (?:the|our) .{1,60}? app)\b.{0,120}"
                              r"|(?:Get|Track) (?:the )?Latest .{1,60}\b(?:News|Headlines|updates)\b.{0,160}"),
           "app promotions: 'Stay updated on the go with The X News App. Click here to download it for your device.',"
           " 'Track Latest News Live on X.com and get news updates …'"),
    Marker("inline_promo", _line(r"Stay (?:updated|informed) with (?:the|our) latest\b.{0,40}"
                                 r"|(?:Subscribe|Sign up) (?:to|for) (?:the )?.{1,60}? (?:newsletter|e-?mail)|Subscribe now"
                                 r"|(?:Simply )?(?:sign up|subscribe) to (?:the|our) .{1,80}? (?:newsletter|[Dd]igest)\b.{0,120}"
                                 r"|We[’']ll send you an? .{1,80}? (?:newsletter|[Dd]igest|email)\b.{0,160}"
                                 r"|.{1,120}\b(?:in|with) (?:this|our) (?:free )?(?:daily |weekly )?newsletter\.?"
                                 r"|.{0,80}\bClick here to subscribe\b.{0,120}|.{0,40}\bGet unlimited access to\b.{0,200}|Unlock the .{1,40}? for free|.{10,200}\bdelivered\b.{0,60}\bto your inbox\.?"
                                 r"|(?:Get|Receive) .{1,60}? in your inbox\b.{0,60}|Receive the latest (?:updates|news|stories)\b.{0,80}"
                                 r"|(?:Keep|Stay) up to date with what['’]s happening\b.{0,120}"
                                 r"|Enter your e-?mail(?: address)?(?:\s+(?:Subscribe|Sign up))?"
                                 r"|The day['’]s (?:top|biggest) (?:stories|headlines) delivered\b.{0,60}"
                                 r"|Get (?:the|our) .{1,40}? [Nn]ewsletter|We use your sign-up to provide content\b.{0,300}"
                                 r"|Thank you for subscribing\b.{0,160}|Invalid e-?mail(?: address)?"
                                 r"|Subscribe to (?:the|our) .{1,60}? for as little as .{1,40}|Top stories of the day in your inbox\b.{0,80}|Subscribe to our channel in Telegram\b.{0,60}"
                                 r"|Latest news and analysis from \S.{0,40}"
                                 r"|Note to readers: .{0,80}\b(?:share|forward|crosspost|repost)\b.{0,200}"
                                 r"|(?:We pay for your stories!?\s*)?(?:Do you have|Have you got|Got) an? (?:story|news tip|tip|video)(?: for .{1,60}?)?\?.{0,300}"
                                 r"|I would like to be emailed about\b.{1,200}|.{0,200}\bStart your .{1,40} subscription"
                                 r"(?: today)?\.?"),
           "newsletter boxes and upsells between paragraphs: 'Subscribe to The X Newsletter', 'Subscribe Now',"
           " 'Sign up to our free weekly Inside Washington email', 'WE PAY FOR YOUR STORIES! Do you have a story for …?',"
           " '… Start your X Premium subscription today.'"),
    PHOTO_CREDIT,
    Marker("story_credit", _line(r"(?:Place|Agency|Edited [Bb]y|With inputs from|Writer):\s*[^|]{1,40}"
                                 r"(?:\s*\|\s*(?:Place|Agency|Source|Edited [Bb]y|With inputs from):\s*[^|]{1,40})*"
                                 r"|Sources?:\s*(?:[\w&'’-]+,?\s?){1,6}|With files from (?:The )?[\w&'’ -]{2,60}"
                                 # (each with its language: "Source: Associated Press (en), Dawn (en), El Financiero (sp)")
                                 r"|Sources?:\s*[\w&'’. -]{2,40} \([a-z]{2}\)(?:,\s*[\w&'’. -]{2,40} \([a-z]{2}\)){0,6}"
                                 r"|\((?:With inputs? from|Compiled from) (?:agencies|[\w&'’ -]{2,40})\)"
                                 r"|(?-i:[a-z]{2,4}(?:/[a-z]{2,4}){1,2})\s*\((?:[\w.-]+,\s*){0,5}[\w.-]+\)"  # "kys/rc (AP, dpa)"
                                 r"|[-–—]\s*(?:AP|AFP|Reuters|dpa|(?-i:[A-Z][\w&'’]*)(?: (?-i:[A-Z][\w&'’]*)){0,3}"
                                 r" (?:Ltd|Limited|News Service|Agency|Press))\.?"),  # "- Telegraph Group Ltd"
           "a story's place, agency and sources under it: 'Place: Washington | Agency: PTI', 'Edited By: NAME',"
           " 'Source: TRTWorld and agencies', 'With files from The Associated Press'"),
    Marker("gallery", _line(r"(?:Photo|Video|Image) [Gg]allery:?(?: .{1,150})?|Photos|Videos"),
           "a gallery's link between paragraphs: 'Photo Gallery: The Long Road to Kabul', 'Photos'"),
    Marker("writer_contact", _line(r"(?:[*~]\s?)?(?:(?:(?:E-?mail|Contact)(?: (?:the )?(?:writer|author|reporter))?:?\s*|Send tips to\s+)?"
                                   r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?"
                                   r"|(?:Twitter|X|Follow (?:[\w.'’-]+ ){0,4}on Twitter):?\s*@\w{1,30}"
                                   r"|(?:Got|Have you got|Do you have) a story(?: for [\w.]{1,30})?\? Get in touch\b.{0,160}"
                                   r"|Report (?:typos|errors)(?: and corrections)? to\b.{1,80}"
                                   r"|(?-i:[A-Z][\w.'’ -]{2,40}) can be reached at [\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?(?:\s.{1,120})?"
                                   r"|Contact (?:(?:the )?(?:reporter|writer|author) )?(?-i:[A-Z])[\w.'’ -]{2,40} at [\w.+-]+@[\w-]+(?:\.[\w-]+)+\b.{0,80}"
                                   r"|The (?:writer|author|columnist) (?:is (?:a|an|the)|teaches|works|writes|heads|lectures|is based)\b.{10,250}"  # (a bio: "The writer is a …", "The writer teaches …")
                                   r"|(?:Reporter|Editor|(?:Edited|Reported|Compiled) by)\s?:\s*(?-i:[A-Z])[\w.'’ -]{2,50}"
                                   r"|(?:Edited|Reported|Compiled) by\s+(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}|[A-Z]\.[A-Z][\w'’-]+"
                                   r"|[A-Z]{1,3}|(?:[A-Z]\.){1,3})"  # (or the editor's initials: "Edited by CN", "Edited by S.I.")
                                   r"|Send (?:your )?(?:comments|feedback|tips) to\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?"
                                   r"|(?-i:[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2}) is (?:a|an|(?-i:[A-Z])[\w.&-]+['’]s) (?:[\w.'’-]+ ){0,8}?"
                                   r"(?:fellow|professor|analyst|journalist|writer|correspondent|editor|researcher|scholar|associate"
                                   r"|director|officer|reporter|lecturer|columnist|contributor)\b.{0,400}"
                                   # ("NAME covers immigration … for The Vancouver Sun."; an agency's own box:
                                   # "Agence France-Presse (AFP) is a global news agency …")
                                   r"|(?-i:[A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2}) (?:covers|writes about|reports on) .{3,150}"
                                   r" for (?:[Tt]he )?(?-i:[A-Z])[\w.&'’ -]{2,40}?(?: from (?-i:[A-Z])[\w'’ -]{1,40})?\."
                                   # ("NAME writes on security and politics from Lahore.")
                                   r"|(?-i:[A-Z][a-z]+(?: [A-Z][\w'’-]+){1,2}) writes (?:on|about) [^.]{3,150} (?:from|in) (?-i:[A-Z])[\w'’ -]{1,40}\."
                                   r"|(?-i:[A-Z])[\w.'’ -]{1,40}(?: \((?-i:[A-Z]{2,6})\))? is an? (?:[\w-]+ ){0,2}news agency\b.{0,300})"),
           "(an asterisk may lead it: '*The writer is …') the writer's address and handle under a story: 'barclay.owen@stripes.com', 'Twitter: @OwenBarclaySS',"
           " 'Send tips to NAME@example.org.'"),
    Marker("caption", _line(r".{0,300}\b(?:Photos?|Photograph|Image|Picture|Credit)(?: credit)?(?::|\.\.\.|…)\s*"
                            r"(?:[^.]|(?<=\b[A-Z])\.|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.){1,60}\.?"
                            r"(?:\s(?-i:[A-Z])[\w'’ -]{1,30}\.)?"  # (the outlet after the photographer: "Photo: Golli. Iceland Review.")
                            r"|.{10,300}[.!?’”]\s+(?:Archive|File|Stock) (?:photo|image|picture)\.?"  # ("… Trump. Archive photo.")
                            # (a credit closing the caption: "…, photo by Agência Brasil.", "… (Photo internet reproduction)")
                            r"|.{10,300}(?:,|[.!?]\s\(?)\s?(?:photo|image|picture)s? (?:by|from|courtesy(?: of)?|internet (?:reproduction|recreation))\b[^.()]{0,60}\.?\)?\.?"
                            r"|(?:Photo|Image|Picture): .{10,300}\([^()]{2,50}\)"  # "Photo: … (AFP: A Majeed)"
                            r"|\((?:Photo|Image|Picture|Pictured): [^()]{10,300}\)"  # "(Photo: … AP file photo)"
                            r"|FILE\s*[-–—]\s*In this .{5,60}? (?:file )?photo,.{10,400}"  # "FILE - In this Feb. 28, 2015 file photo, …"
                            r"|.{10,300}\((?:File|Representational|Representative)(?: (?:photo|image|picture|pic))?\)"
                            r"|.{10,300}\[(?:Photo|Image)(?:/[\w .]{1,30})?\]"  # "… July 5, 2012. [Photo/Agencies]"
                            # ("… in Peshawar on Tuesday. (AFP/Abdul Majeed Rana) Photo License: All Rights Reserved")
                            r"|.{10,300}\((?:AFP|AP|Reuters|EPA|Xinhua)/[\w .'’-]{1,40}\)(?:\s+Photo License:.{1,40})?"
                            # (credits in brackets, one scan: "… 2013 (White House photo)", "… (Pic:Reuters)",
                            # "… (Image source: AFP/file)")
                            r"|.{10,300}\((?:(?:[\w.'’ -]{1,30} )?(?:file )?photo(?:/[\w .]{1,30})?"
                            r"|\s*(?:Pic|Picture|Image|Photo)\s*:\s*[^()]{1,40}"
                            r"|(?:Pic|Picture|Image|Photo) (?:AP|AFP|Reuters|EPA|Xinhua|Getty Images)"  # ("… (Photo AP)")
                            r"|(?:Image|Photo|Picture) (?:for representation|source:[^()]{1,60})|Source: (?:Twitter|Facebook|Instagram|YouTube)"
                            r"(?:, (?:Image|Photo|Picture) source:[^()]{1,60})?)\)"
                            r"|.{10,300}[.!?’”]\s+(?:Photo|Picture|Image)\s*/\s*[\w .'’&-]{1,40}"  # "… Abbottabad. Photo / AP"
                            # ("… Pajhwok photo / NAME", "… Image source: Flickr", "… Photo by NAME, Wikipedia Commons.")
                            r"|.{10,300}[.!?’”]\s+(?:[\w'’ -]{1,30} (?:photo|picture) / [\w .'’&-]{1,40}"
                            r"|(?:Image|Photo|Picture) (?:source|credit):\s*.{1,60}|Photo by [^.]{1,60}(?:Commons|Images|Photos?|archive)\.?"
                            r"|(?:Picture|Photo) by (?-i:[A-Z])[\w.'’ -]{1,40}/(?:AP|AFP|PA|Reuters|EPA|Getty Images))"  # "… Picture by NAME/AP"
                            r"|.{10,300}\s/\s?(?:AP|AFP|Reuters|Getty Images|EPA|Bloomberg|Xinhua|Wikimedia Commons)(?: PHOTO)?"  # "… / AP", "… /REUTERS"
                            # ("… near the Afghan border PIC: AFP", "… on Wednesday. Pic: Reuters", "… in Islamabad. / Net photo", "… on August 31. Net photo")
                            r"|.{10,300}\s(?-i:PIC):\s*[\w .'’&/-]{1,40}|.{10,300}[.!?’”]\s+(?-i:Pic):\s*[\w .'’&/-]{1,40}|.{10,300}[.!?’”](?:\s/)?\s+Net (?:photo|photos|pic)"
                            # (its credit glued after its full stop: "… on Monday.Abdul Majeed Khan/Associated Press")
                            r"|.{10,300}[a-z][.!?’”](?-i:[A-Z])[\w.'’ -]{2,40}/(?:AP|AFP|Reuters|Getty Images|EPA|Associated Press)(?:/[\w .'’-]{1,30})?"
                            r"|(?:This|A) (?:file )?(?:photo|picture|image)(?: taken on .{1,40})? shows\b.{10,300}"
                            r"|.{10,300}\((?:[\w/.' -]{1,40} via |[\w.' -]{1,40}/)?(?:Getty(?: Images)?|AFP|EPA|AP|PA|Reuters|Shutterstock"
                            r"|Alamy|Bloomberg|Associated Press)(?:(?:\s*/\s*|\s)[\w .,'’-]{1,30}){0,2}\)"
                            r"|.{10,300}\.\s*[—–-]+\s*(?:Photo by [\w/ .-]{1,40}|[\w/.-]{1,30} Photo)"
                            r"|.{10,300}[.!?’”]\s+(?:[\w.'’-]{1,30} ){0,3}file photo"
                            r"|.{10,300}[.!?’”]\s+(?:Via|From) (?:Wikimedia Commons|Wikipedia|Flickr)\.?"  # "… Via Wikimedia Commons."
                            r"|.{10,300}\s[—–-]\s(?:File|Representational|Representative) (?:photo|image|picture)"
                            r"|.{10,300}\s\|\s(?:Getty Images|AFP|AP|Reuters|EPA|Bloomberg|Xinhua|Associated Press)(?: Photo)?(?:[/-].{1,30})?"
                            r"|.{10,250}[.!?]\s+\((?-i:[A-Z])[\w.-]{1,25}(?: [\w.-]{1,25})?\)"  # "… December 2017. (TOLOnews)"
                            r"|.{10,200}[.!?]\s+[—–]\s+(?-i:[A-Z][\w.'’]+(?: [A-Z][\w.'’]+){0,2})"  # "… in Islamabad. – Dunya News"
                            r"|.{10,250}[.!?]\s+(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2})[—–](?:AFP|AP|Reuters|Getty Images|EPA)"
                            r"|(?:(?![.!?]\s+[A-Z]).){10,300}[.!?’”]\s*[—–]\s*(?:[\w.'’ ]{1,30} photo|(?:[\w.'’ -]{1,30}/)?(?:AAP|AP|AFP|EPA|Reuters"
                            r"|Getty Images|Xinhua|Bloomberg|APP|INP|Online)(?:/Files?)?)"
                            r"|.{10,300}[.!?’”]\s+(?-i:APP|INP|NNI|PPI|ONLINE|PTI|ANI|IANS)"
                            r"|.{10,300}[\w)]\s+(?:Photo\s*[-:–]\s*)?(?-i:AFP|AP|Reuters|EPA|Getty Images|Xinhua|Bloomberg|PTI|ANI)"
                            r"|.{10,300}[.!?’”]\s+(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})(?:/(?-i:[A-Z])[\w .'’-]{1,30}){1,3}"
                            r"|.{10,300}[.!?’”]\s+(?:AAP|AP|AFP|EPA|Reuters|Getty Images|Anadolu Agency|Xinhua|PA|Bloomberg"
                            r"|Shutterstock|Wikimedia Commons|Flickr)(?: Photo| Images)?(?:/[\w .'’-]{1,40})?"
                            r"|.{10,300}\[(?:File:? )?(?:Reuters|AFP|AP|EPA|Getty(?: Images)?|PA|Rex|Shutterstock|Al Jazeera"
                            r"|Gallo/Getty)[^\]]{0,40}\]"
                            r"|Representative (?:image|photo|picture)|(?:Getty|AFP|AP|Reuters|PTI|ANI|iStock)(?: Images| Photo)?"
                            r"|\((?:Getty|AFP|AP|Reuters|PTI|ANI|iStock)(?: Images| Photo)?\)"),
           "photo captions ending in their credit: '… in May 2011. Photo: Archive / Wikimedia Commons', '… (File)',"
           " '… since November. — Photo by AFP', '… in Peshawar. — Reuters Photo', '… — Geo News photo', '… — AFP/File',"
           " '… in March 2016. Naveed Akhtar/Xinhua/ZUMA', or with no stop before it: '… on January 2, 2018 Reuters',"
           " '… in 2013 Photo- AFP';"
           " a caption 'Representative image'"
           " under its credit 'Getty Images'"),
    _POSTED_BY,
    Marker("ads", _line(r"Advertisements?(?: \[\?\])?|ADVERTISING|Ads by (?:Yahoo!?|Google)|Remove ads?|Sponsored(?: content)?|(?:Sponsored|Promoted) by .{1,60}|image source, .{1,80}"
                        r"|image caption,?"
                        rf"|{_AD_SLOT}|Skip advertisement|Supported by"
                        r"|Listen to this article\b.{0,40}|Share full article|Read (?:the |all )?\d[\d,]* Comments?"
                        r"|Original Submission|View all (?:partners|authors|contributors|funders)"
                        r"|Your rating: .{1,40}Average: [\d.]+(?: \([\d,]+ votes?\))?"),
           "advertisement labels inside the article; a rating widget 'Your rating: None Average: 4.6 (17 votes)'"),
    Marker("clock", _line(r"\d{1,2}:\d{2}\s*(?:[AP]\.?M\.?)?(?:\s+[A-Z]{2,4})?"), "bare times: '08:55 PM ET'"),
    _BARE_NUMBER,
)

_BUTTON_GAP = r"[\s•·|›‹△▽▲▼⋅∙/👍👎❤️♥♡↩↪⤷⚑⚐🚩]"
_BUTTON = (r"(?:Reply with quote|Add Reply|Reply|Forward|Follow Post|Label|Bookmark|Smartest|Funniest|Share|Like|Likes|Dislike|Report(?: abuse| as abusive| to (?:the )?(?:administrator|admin|moderators?)| this (?:comment|post))?|Flag(?: as (?:abusive|inappropriate|offensive))?|Favou?rite|Recommend|Delete|Edit|Permalink|Upvote|Downvote|Vote|Save|Hide"
           r"|Up|Down"
           r"|Comment|Follow|Request|Answer|Embed|Parent|Context|Boost|Crosspost|Clip|Link|Link to (?:this )?[Cc]omment|Agree|Disagree"
           r"|(?:(?:Mark|Report) (?:as )?)?Offensive"
           r"|(?:Give )?Award"
           r"|Quote|Complain|Login|Log in|Sign in|Sign up|Reply to this (?:post|comment|message|article)|Printer[- ][Ff]riendly(?: format| version)?|Top|(?:Previous|Next) (?:Topic|Thread)|Alert|Link here|Sort by \w+|\(?\d+\)?|\d+[smhdwy]|\d+ votes?"
           r"|Add message|Message poster|See all [\w ]{2,20} posts|Watch thread|Go to permalink|Toggle \w+(?: \w+)? tools"
           r"|\^|(?-i:v))")  # (vote arrows copied as characters: "6 ^ | v • Reply • Share ›")

#: A row of two or more buttons under a board's opening post is not its text: "Add message | Report | Message poster".
BODY_BOILERPLATE += (Marker("button_row", _line(rf"{_BUTTON}(?:\s*[|·•]\s*{_BUTTON})+"),
                            "a row of buttons under a post: 'Add message | Report | Message poster'"),
                     Marker("share_row", _line(r"(?=.*\b(?:Digg|Tweet|Reblog|Share|Facebook|del\.icio\.us|E-?mail|Print)\b)"
                                               r"(?:[^|]{0,30}\|){2,}[^|]{0,30}"),
                            "a row of sharing links: 'Reblog (0) | | Digg This | Save to del.icio.us | Tweet This!'"),)

#: A forum post's number on a line of its own, under its date ("#3"; XenForo copied as text).
POST_NUMBER = re.compile(r"#\d{1,6}")

#: A message board's subject line above a message's head: "Finally the truth (4 replies)", "Re: Re: Finally the truth"
#: (each "Re:" one level deeper).
BOARD_SUBJECT = re.compile(r"(?:\d{1,4}\.\s+)?(?P<re>(?:Re\s*:\s*)*)(?P<topic>\S.{0,150}?)(?:\s*\((?:\d+|no) repl(?:y|ies)\))?",
                           re.I)  # (numbered: "4. Re: Topic")
REPLY_COUNT_TAIL = re.compile(r"\((?:\d+|no) repl(?:y|ies)\)$", re.I)
#: Without "Re:" or reply counts, this many texts ending with a subject line in a row tell a board's subjects.
BOARD_SUBJECTS_MIN = 4

#: Furniture lines dropped from a comment section only.
#: A post's note that its writer edited it: "Edited on Wed Oct-07-09 09:40 AM by bhaskar_nyc".
EDIT_NOTE = _line(r"\[?Edit(?:ed)? on .{5,40}?(?:\d|[AaPp]\.?[Mm]\.?|(?-i:[A-Z]{2,4})) by \S.{0,60}?(?: because:.{0,80})?\]?"
                  r"|Mod(?:erator)? Edit:.{1,200}"  # (AboveTopSecret: "[edit on 8-10-2009 by NAME]", "Mod Edit: …")
                  r"|This post has been edited by \S.{0,60}?: .{5,40}"  # (IP.Board's: "… by NAME: May 2 2011, 02:16 PM")
                  r"|Message Edited by \S.{0,60}? on .{5,40}"  # (IGN's and Lithium's: "… by NAME on 10/8/09 12:47 PM")
                  r"|Edited (?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4}|\d+ \w+ ago)(?: at .{4,12}?)? by \S.{0,60}"  # (Invision's)
                  r"|\(USER WAS (?:BANNED|PUT ON PROBATION|WARNED) FOR THIS POST\)"  # (a moderator's stamp under a post)
                  r"|\S.{0,60}? fucked around with this message at .{4,40}"  # (Something Awful's edit line)
                  r"|\[Last Edit: .{5,60}? by \S.{0,60}?\]")  # (AR15.COM's, under the text)
SECTION_BOILERPLATE: tuple[Marker, ...] = BOILERPLATE + (
    Marker("ad_notice", _line(_AD_SLOT),
           "an ad's slot between or under the comments: 'Story continues below', 'This advertisement has not loaded yet, …'"),
    Marker("edit_note", EDIT_NOTE, "a post's note that its writer or a moderator edited it: 'Edited on DATE by NAME',"
           " 'edit on DATE by NAME because: typo', 'Mod Edit: …'"),
    Marker("posting_as", _line(r"(?:Posting|Commenting|Comment) as(?:\s+\S.{0,60}?)?:?(?:\s*\((?:Change|Not you\?)\))?"),
           "the comment form's reader: 'Posting as NAME (Change)'"),
    Marker("bracketed_buttons", _line(r"\[\s*(?:[\w#]+(?: [\w#]+){0,2}\s*\|\s*){2,7}[\w#]+(?: [\w#]+){0,2}\s*\]"),
           "a post's links in brackets under it: '[ Post Reply | Private Reply | To 1 | View Replies]'"),
    Marker("glued_buttons", _line(r"(?:(?:Agree|Disagree|Like|Dislike|Quote|Reply|Report|Share)(?:\s?\(\d+\))?){2,}"),
           "a comment's buttons copied with no space between them: 'Agree(12)Disagree(5)QuoteReply'"),
    Marker("help_notice", _line(r"If you (?:experience|have|encounter) (?:any )?(?:technical )?(?:problems|issues|difficulties)"
                                r"\b.{0,150}|Real-time updating is (?:paused|enabled)\.?(?: \((?:Resume|Pause)\))?"),
           "a comment widget's help line and its live-update switch: 'If you experience technical problems, please"
           " write to …', 'Real-time updating is paused. (Resume)'"),
    Marker("field_labels", _line(r"Commenter|Location|Date (?:and|&) time"),
           "a comment's field labels, each over its value: 'Commenter', 'Location', 'Date and time'"),
    Marker(
        "notice",
        _line(r"(?:Agree\? Disagree\?\s+)?(?:No (?:comments|opinions|responses|replies|letters|answers)(?: have been (?:posted|made))?(?: yet)?|Be the first to \w+|Have your say)\b.{0,200}"
              r"|(?:Please |Kindly )?(?:Refrain|Avoid) (?:from )?posting\b.{0,600}|Moderator:\s.{10,300}|I (?:agree|accept) (?:to )?(?:the |our )?(?:Terms|Community Guidelines|House Rules)\b.{0,120}"  # (a moderator's note between comments: "Moderator: Readers, please stay on topic.")
              r"|(?=.{1,300}$)(?:Please|Join|Sign in|Only (?:\w+ ){0,2}(?:subscribers|members|users|readers)|Log ?in|You must|You need to|Add a|To (?:post|comment|reply)|Below are|Be respectful|Start the|Reader['’]?s?['’]? comments|All comments"
              r"|Letters (?:may|will|are|should|must)|(?-i:[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}) welcomes|Comment(?:ing)? [Pp]olicy:"
              r"|(?:Comments?|Commenting) (?:are|is|will|may|must|should|that|on this|posted)|Your comment|We (?:welcome|moderate|review"
              r"|reserve|are no longer accepting)|The (?:comments|views) (?:below|expressed)|(?:Replies|Comments|Posts) (?:from|by) (?:new|first-time) |(?:Feed )?You can follow this conversation|Our comment|This discussion|The discussion|Note:|By (?:commenting|posting|submitting)|Disclaimer:)"
              r"(?=.*\b(?:moderat\w*|(?:our|comments?|commenting|community|privacy|moderation|house|site['’]s) polic(?:y|ies)|policy\b|guidelines|sign(?:ed)? in|log(?:ged)? in|register\w*|join"
              r"|below|abusive|offensive|remov\w*|approv\w*|review\w*|publish\w*|publication|closed|terms|comments?|edited|subscri\w*"
              r"|discussion|views)\b).*"),
        "notices about commenting: 'Reader comments are listed below…', 'Join the discussion…', 'Add a comment…'",
    ),
    Marker("controls", _line(r"(?:Comments )?(?:[Ss]ort(?:ed)?|[Oo]rder(?:ed)?)(?: comments)? by:?(?:\s*\w+){0,3}|Sort comments:?"
                             r"|Collapse replies(?: Expand all)?|(?:Expand|Shrink|Hide) all(?: comments| talkbacks)?|Add (?:a|your) talkback|Threads:?\s*(?:collapsed|expanded)|Show \d+"
                             r"|Comment Preferences|Display:(?:\s*\w+(?: \w+){0,2}(?:\s*\|\s*\w+(?: \w+){0,2})+)?|Sort:|See (?:previous|earlier|more|all) replies|"
                             r"Comments [Cc]losed|Share what you think|Click to rate"
                             r"|(?:Best|Worst) rated|View all"
                             r"|All comments|All|Closed|Comments are now closed|Reader Picks|(?:NYT|Editors['’]?|Editor['’]s|Staff|(?-i:[A-Z]\w+)) Picks?|Staff replies|Highest Rated"
                             r"|(?:\[new\]\s*)?.{1,150}\(\d+\+ / \d+-\)"
                             r"|Join (?:the|our) (?:conversation|discussion|commenting forum)"
                             r"|(?:Posts|Messages):\s*[\d,]+|#\d{1,6}(?:\.\d{1,4})*|[\d,]+ \([\d,]+ / -[\d,]+\)|Subscriptor"
                             r"|READER COMMENTS"
                             r"|created|last reply|replies|views|users|likes|links|Tracking|Watching|Normal|Muted"
                             r"|You will (?:see a count of new replies|be notified)\b.{0,120}|\d+ / \d+"
                             rf"|{MONTH} (?:19|20)\d{{2}}"
                             r"|Advertisement|Sort(?:ed)? by|Post|What do you think\?|Most (?:relevant|liked|popular|recent|replied|recommended|voted)|Comment options|Discussion options"
                             r"|(?:Flat|Threaded) list - (?:collapsed|expanded)|Date - (?:newest|oldest) first|\d+ comments per page"
                             r"|Save settings|\(edited\)|[\d,]+ out of [\d,]+ found this helpful\.?|Warning: Spoilers"
                             r"|Was this review helpful\? Sign in to vote\.?|Select your preferred way to display the comments\b.{0,80}"
                             r"|Marked as answer|Answer selected by \S.{0,40}|View full answer|Return to top|Write a reply"
                             r"|edited|Maintainer|Collaborator|Member|Owner|Contributor|[↑↓]"
                             r"|(?:Oldest|Newest)(?: First)?|(?:Newest|Oldest)(?:\s*\|\s*(?:Newest|Oldest))+|Display threads"
                             r"|(?:View )?Voting Results:.{0,60}"
                             r"|Top|Best|Collapsed|Expanded|Top comments|Favorite\s*★?|Share\s*⤤|Discussion"  # (Disqus's bar: "Favorite ★")
                             r"|(?:View|Show|Hide) (?:all )?\d+ (?:more )?repl(?:y|ies)|Hide Replies\s*[∧^]?|Replies\s*\(\d+\)"
                             r"|Load more comments(?: \(\d+ repl(?:y|ies)\))?|Loading comments\.*|Loading(?:\.\.\.|…)"
                             rf"|Post Message|View All Messages|Share this discussion(?: on)?|My Disqus|Community|{PAGE_COUNT}|[\d,]+ (?:Thread replies|Followers|Comment authors)"
                             r"|Most reacted comment|Hottest comment thread|Recent comment authors|newest oldest most voted"
                             r"|Notify of|new follow-up comments|new replies to my comments|[\d,]+ total posts|Show all comments|Page \d{1,4}"
                             r"|\{\}|I allow to use my email address and send notification about new comments and replies\b.{0,80}"
                             r"|(?:Comments|Letters|Feedback) to:?\s*\S+@\S+"
                             r"|(?:Show|Read|See) (?:less|more)|Hide (?:all )?replies|Pinned by \S.{0,40}|Liked by \S.{0,60}"
                             r"|Restacks|\d+ repl(?:y|ies)|\d+ comments?|What are your thoughts\?|Also publish to my profile"
                             r"|(?:Community|Conversation) (?:guidelines|standards|rules)"
                             r"|(?:Community|Comment(?:ing)?) (?:guidelines|policy|rules)(?:\s*\|\s*(?:Terms of (?:use|service)"
                             r"|Privacy(?: [Pp]olicy)?))+"
                             r"|(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}) replied(?:\s*·\s*[\d,]+ [Rr]epl(?:y|ies))?"
                             r"|You['’]re all caught up|No more comments|(?:Write|Add|Post) a (?:comment|reply|response)(?:…|\.\.\.)?"
                             r"|level \d{1,2}|Continue this thread\s*[→›»]?|Back to top|[\d.]+%\s+upvoted"
                             r"|Fan of \S.{0,40}|[\d,]+ Fans?|Become a fan|This user is a pre-?moderated user"
                             r"|Comments in (?:chronological|reverse) order\b.{0,40}|Showing first \d+ comments\b.{0,40}"
                             r"|Comment(?:ing)? (?:Policy|Guidelines|FAQ)|Rate:\s*Up\s+Down|Reply to this comment|Submit"
                             r"|Pending comments|View FAQ|Favou?rites|Bloggers['’] Votes|(?:Post|Preview|Submit) comment|(?:Recency|Popularity|Newest|Oldest|Favou?rites)(?:\s*\|\s*(?:Recency|Popularity|Newest|Oldest|Favou?rites))+"
                             r"|(?:Load |View |Show )?(?:\d+ )?more (?:replies|comments)(?:\s*\(\d+ repl(?:y|ies)\))?"
                             r"|Refresh comments list|Subscribe to this comment['’]s feed|Livefyre|[\d,.]+[KkMm]? (?:people )?listening|\+ ?Follow|Post comment as(?:…|\.\.\.)?"
                             r"|(?:Newest|Oldest|Top Comments)(?:\s*\|\s*(?:Newest|Oldest|Top Comments))+"
                             r"|(?:Newest|Oldest|Most Voted)(?:\s+(?:Newest|Oldest|Most Voted))+|Most Recs"
                             r"|Would love your thoughts, please comment\.?x?|\(\)|(?-i:x)|\|\s*Reply"
                             r"|Add New(?:\s+Search)?(?:\s+RSS)?"),  # (!JoomlaComment's bar over the comments)
           "thread controls: 'Order by oldest', 'Threads collapsed', 'View 2 replies', 'Ryan Matthews replied',"
           " depth markers ('level 2'), 'Continue this thread →', 'More replies', '97% Upvoted', 'Show less',"
           " 'Pinned by @channel'; a Livefyre widget's bar ('57 people listening', '+ Follow', 'Post comment as...')"),
    Marker("button_row", _line(rf"{_BUTTON_GAP}*{_BUTTON}(?:{_BUTTON_GAP}+{_BUTTON})*{_BUTTON_GAP}*|[\s△▽▲▼]*[△▽▲▼][\s△▽▲▼]*"
                               r"|[•·−✉🔒]"),
           "rows of buttons and counters under a comment: '• Reply • Share ›', 'Like · Reply · 3 · 5y', '5 △ ▽', and"
           " a separator, collapse sign or widget icon alone on its line ('•', '−', '✉')"),
    _BARE_NUMBER,
)

#: An ad between comments: a label line, then at most AD_MAX_LINES lines down a
#: call to action ("Ad", "Compare cheap flights…", "SkyRoute Travel", "Book now"); all of it is dropped.
AD_LABEL = _line(r"Ad|Advertisements?|Sponsored(?: Content| Links?| Stor(?:y|ies))?|Promoted(?: Content)?"
                 r"|(?:Sponsored|Promoted) by .{1,60}")
AD_ACTION = _line(r"(?:Book|Shop|Buy|Order|Apply|Install|Download|Sign up|Register)(?: now| today)?|Learn more|Get (?:offer|quote|started|the app)"
                  r"|Try (?:it )?(?:free|now)|See (?:offer|deal)s?")
AD_MAX_LINES = 5

# --------------------------------------------------------------------------
# Separating one comment from the next
# --------------------------------------------------------------------------

#: Blogger's icon before a commenter's name, copied as its alt text: "Blogger Arshad Mahmood said...",
#: "Anonymous Anonymous said...", "OpenID name said...".
BLOGGER_ICON = re.compile(r"^(?:Blogger|OpenID)\s+(?=\S)|^Anonymous\s+(?=Anonymous$)")
#: A line may be an "author line above a stamp" only if it looks like a name.
NAME_MAX_CHARS = 60
NAME_MAX_WORDS = 7
NAME_BAD_END = re.compile(r"[!?:;,\"”’)…]$|(?![JS]r\.$)[^\W\d_]{2,}(?<![a-z][A-Z])\.$")  # sentences end like this; "Ali K.", "… Jr.", "JaneK." do not

SEPARATORS: tuple[Separator, ...] = (
    Separator("pipe", _line(r"(?P<author>[^|]{1,80}?)\s*\|\s*(?P<when>[^|]{1,60}?)\s*\|\s*Reply"),
              "Tribune: 'Name | 9 years ago | Reply' above the text"),
    Separator("name_place_date", _line(rf"(?P<author>[^|\n]{{1,40}}?(?:\s\|\s[^|\n]{{1,40}}?)?)\s+[-–]\s+"
                                       rf"(?P<when>{ANY_DATE}(?:,?\s*{TIME})?)"),
              "The Age: 'Name | Place - November 27, 2011, 7:02PM' over the text"),
    Separator("bullet", _line(r"[•·]\s*(?P<author>\S.{0,79})"),
              "Tribune 'Reader Comments': '• Name', then 'May 1, 2012 - 1:19AM', then the text"),
    Separator("written_by", _line(rf"(?:[Ww]ritten|[Pp]osted) by\s+(?P<author>\S.{{0,59}}?),\s+(?P<when>{STAMP_LOOSE})"),
              "!JoomlaComment's 'written by NAME, March 17, 2011' over the text"),
    Separator("submitted", _line(r"(?:Permalink\s+)?(?:Submitted|Posted) by\s+(?P<author>\S.{0,59}?)"
                                 r"(?:\s+in (?:reply|response) to\s+(?P<target>\S.{0,59}?))?"
                                 rf"\s+(?:on|at)\s+(?P<when>{STAMP_LOOSE})\.?"),
              "'Submitted by NAME in reply to NAME on May 4, 2011 at 1:05 pm' over the text (a subject line over it)",
              subject_above=True),
    Separator("stamp_comma_by", _line(rf"(?P<when>{STAMP_WITH_TIME}),\s+by\s+(?P<author>\S.{{0,59}}?)"),
              "SPIP's forum: a subject line, then '8 October 2009 02:41, by NAME', then the text",
              subject_above=True),
    Separator("scored_number", _line(rf"[+-]?\d{{1,4}}\s+#(?P<n>\d{{1,5}})\s+(?P<author>\S.{{0,60}}?)\s+(?P<when>{STAMP_LOOSE})"),
              "JComments copied: '+6 #1 NAME 2011-05-03 17:10' (the votes, the number, the writer, the time) over the text",
              numbered=True),
    Separator("stamp_posted_by", _line(rf"(?:Comment Link\s+)?(?P<when>{STAMP_WITH_TIME})\s+(?:[Pp]osted|[Ww]ritten|[Ss]ubmitted) by\s+(?P<author>\S.{{0,59}}?)"),
              "Joomla K2's 'Thursday, 05 May 2016 07:12 posted by NAME' over the text (after its permalink: 'Comment Link')"),
    Separator("said", _line(r"(?:\d+\.\s*)?(?P<author>\S.{0,79}?)(?:\s+on\s+(?P<when_before>(?=.*\d).{4,60}?))?\s+(?:said|says|wrote|writes)"
                            rf"(?:\s+on\s+(?P<when>.{{4,60}}?))?\s*(?::|\.\.\.|…|(?<=says))(?:\s*(?P<text>{STAMP_LOOSE}))?"),
              "WordPress '1. Name said:', 'Name says:' (or 'Name says', its colon left to the theme's style); Blogger"
              " 'Name said...'; 'Name wrote: Dec 1st 2011 16:42 GMT';"
              " 'Name on May 5, 2011, 4:31 PM said:'"),
    Separator("stamp", _line(STAMP_WITH_TIME + r"(?:\s*[•·]\s*[Ee]dited)?"),  # (or "… 11:45 AM · Edited")
              "Dawn: optional author line, then 'Feb 24, 2018 09:37am', then the text", author_above=True),
    Separator("numbered_author", _line(r"(?P<n>\d+)\.\s+(?P<author>\S.{0,79})"),
              "CNN soundoff: '1. Name', the text, then 'May 1, 2012 at 3:14 pm | Reply'",
              numbered=True, hint_only=True),
    Separator("numbered", _line(r"(?P<n>\d+)(?P<sub>(?:\.\d+)+)?[.)](?:\s+(?P<text>\S.*))?"),
              "bare numbered items without author: '1. I think…'; replies numbered under them: '2.1. Re: …'",
              numbered=True),
)
# With no separator matching the section's first line, every line is one comment
# when the section has no blank lines (Tribune), else every blank-separated block.

#: Posted-at lines at the very start or end of an already delimited comment.
STAMP_EDGE = _line(STAMP_LOOSE)
#: Tail removed from a posted-at line: "May 1, 2012 at 3:14 pm | Reply",
#: "13 years ago (edited)", "2h · edited".
STAMP_TAIL = re.compile(r"\s*(?:(?:\|\s*(?:Reply|Report(?: Abuse)?|Quote|Permalink)\s*){1,3}|-{1,2}\s*Report(?: as abusive| abuse)?|\|\s*#?\d{5,}|\(edited\)|[•·]\s*edited|(?<=\s)edited|\*?\s*\((?:last )?edited [^)]{1,40}\)|\*|(?:(?<=\d)|(?<=\d[ap]m))\.|(?:\s*[·•]\s*(?:\(\d[\d,]*\)|reply(?:\s*\(\d+\))?|report|flag)){2,6})\s*$", re.I)
# (a full stop after the time: "… 11:32am."; the votes and buttons after it: "… 09:41 IST · (24) · (3) · reply (2)")

# --------------------------------------------------------------------------
# Sections without separator markers: comment boundaries from line shapes
# --------------------------------------------------------------------------

#: An author line has at most this many words...
AUTHOR_MAX_WORDS = 5
#: ...and none of these: digits, sentence punctuation, quotes, @ (a reply's first word), a URL.
AUTHOR_BAD = re.compile(r"[\d!?;:\"“”@#]|https?://|www\.")
#: Lower-case words allowed in a name ("Observer from Karachi", "Ahmed bin Ali").
NAME_CONNECTORS = frozenset({"from", "of", "in", "de", "del", "da", "van", "von", "bin", "al", "ul", "ud", "the", "and"})
#: A place after a name, in brackets or labelled: "Rabia Tariq (Lahore)", "Imran Saeed from: Islamabad".
NAME_PLACE = re.compile(r"\s*\([^()]{1,40}\)$|\s+from:\s+[^\d:@#]{1,40}$")
#: In a section without separators, at most this many lines may come before
#: the first author line (an unrecognised notice).
MAX_PREAMBLE_LINES = 2
#: Lines under an author line that describe the author: "Works at X", "Top Commenter · Lahore".
AUTHOR_DETAIL = _line(r"(?:Works?|Worked|Studie[sd]|Studying|Lives|Lived|Went|Goes|Retired|Former \w+) (?:at|in|to|from)\b.{1,60}"
                      r"|(?:Top (?:Commenter|fan)|Author|Moderator|Verified|Subscriber|Premium)\b.{0,60}"
                      r"|(?-i:[A-Z][\w.&'’-]*(?: [A-Za-z][\w.&'’-]*){0,3} at [A-Z][^.!?]{1,50})"  # (a job: "Software Engineer at Nortel")
                      r"|(?:[Ll]ogged in|[Ss]igned in|[Cc]ommenting) (?:via|with|using) \w+(?: \w+)?"
                      r"|(?-i:(?:[A-Z][\w.'’&-]* ){0,4}(?:University|College|Institute)(?: of(?: the)?(?: [A-Z][\w.'’&-]*|(?: (?:es|de|del|la|al|el|da|di|du|von|van))(?= [A-Z])){1,5})?"
                      r"(?:,? [A-Z][\w.'’&-]*){0,2})")  # ("Government College University Lahore", "University of Dar es Salaam")
#: Short lines right under an author line that describe the author (city, job).
AUTHOR_DETAIL_LINES = 2
#: Any line of at most this many words, not a sentence, between an author line
#: and a posted-at line describes the author ("Chartered Accountant, Karachi").
AUTHOR_CREDENTIAL_MAX_WORDS = 12
#: What may precede a comment's time and is not part of it: "Posted on 17/03/2011 09:15".
STAMP_PREFIX = re.compile(rf"^(?:(?:Posted|Published|Submitted|Answered|Updated|Edited|Commented)(?:\s+(?:on|at))?:?|{_REVIEWED}"
                          r"|on|#\d{1,5}(?:\.\d{1,4})*(?:\s+[-–—])?(?=\s+[A-Z\d]))\s+",
                          re.I)
#: A vote score before a comment's time: "1,204 points · 3 years ago", "12 likes | 2h".
STAMP_SCORE = re.compile(r"^[+-]?[\d,.]+[KkMm]?\s+(?:points?|votes?|likes?|upvotes?|karma|views)\s*[•·|–—-]?\s*", re.I)
#: A user handle as commenters' names often are on forums and aggregators:
#: "u/lahori_chai", "@zk_quetta", "Tariq_from_Peshawar", "dc_wonk99". Taken for an
#: author only right above a posted-at line.
HANDLE = re.compile(r"(?:u/|@)[\w.-]{2,30}|(?=[\w.-]*[_\d])[A-Za-z][\w.-]{2,30}")
#: A code host's login, lower case, right above a posted-at line: "farah-qureshi", "jkellerman".
LOWER_HANDLE = re.compile(r"[a-z][a-z0-9]{1,38}(?:[-.][a-z0-9]+){0,3}"
                          r"|[a-z]{2,20} [a-z]\.")  # (or a name in lower case with an initial: "jennifer m.")
#: A login written in camel case: "LahoreLinux", "BritInBradford".
CAMEL_HANDLE = re.compile(r"(?:[A-Z][a-z0-9]+){2,4}|[a-z]{2,}(?:[A-Z][a-z0-9]+){1,3}")  # (or "okieDave")
#: A quote of an earlier post opening a reply, as forum software shows it: "name said:", the quoted lines,
#: "Click to expand...".
#: A reply opening with the comment it quotes, under a label naming its writer: "Quoting Vikram Joshi:", then
#: the quoted words (up to a blank line).
QUOTING_LABEL = re.compile(r"(?:Quoting|Quote(?: from| by|:)|Originally [Pp]osted by) (?P<name>[^\n:()]{1,40}?"
                           r"(?: \([^\n():]{1,30}\))?)(?: \([^\n()]{1,30}\))?:?\n[^\n]")  # (its time after it: "Quote from NAME (2011-05-04 10:12:45):")
#: A reply opening with the words it answers in quote marks after "NAME wrote:", the reply on the next line.
_WROTE = r"(?P<name>[^\s:]{1,40}(?: [^\s:]{1,20}){0,2}) wrote:"
#: ...or "said:" (Vanilla's, XenForo's without "Click to expand"), where the quoted words are an earlier comment's.
_WROTE_OR_SAID = _WROTE.replace("wrote:", "(?:wrote|said):")
WROTE_QUOTE = re.compile(rf"{_WROTE}[\n ][\"“][^\n]{{1,400}}[\"”]\n")
#: ...or after a label naming the writer, on the label's line: 'Quote from NAME: "the quote"'.
QUOTING_INLINE = re.compile(r"(?:(?:Quoting|Quote (?:from|by)) |@)(?P<name>[^\n:]{1,40}?):\s*[\"“][^\n]{1,400}[\"”]\n")
#: ...or unquoted, its own paragraph of an earlier comment's words: "NAME wrote:", the words, a blank line.
WROTE_BLOCK = re.compile(rf"{_WROTE_OR_SAID}\n\n?(?P<quote>[^\n][^\n]*(?:\n[^\n]+)*)\n\n")
#: ...or its lines under "NAME wrote:", the reply right under them (with a note for lines left out: "<quoted text
#: removed>").
WROTE_LABEL = re.compile(rf"{_WROTE_OR_SAID}\n")
QUOTE_REMOVED = re.compile(r"[<\[(]quoted? (?:text )?(?:removed|hidden|snipped)[>\])]", re.I)
SAID_QUOTE = re.compile(r"(?P<name>\S.{0,40}?) said:\n(?:[^\n]*\n){0,40}?Click to expand(?:\.\.\.|…)\s*")
#: A name then a time with no mark between: "Kashif Anwar 3 hours ago", "by Anand Krishnan on Sep 23, 2011 11:05 AM".
#: A vote score may sit between: "jawad_pk 22 points 1 year ago".
NAME_THEN_STAMP = _line(rf"(?:[Bb]y\s+)?(?P<name>(?!(?:posted|written|submitted) )\S.{{0,58}}?)\s+(?:[-–—]\s+)?(?:(?:(?:[Pp]osted|[Ww]ritten)\s+)?(?:on|at)\s+)?(?:[+-]?[\d,.]+[KkMm]?\s+(?:points?|votes?)\s+)?"
                        rf"(?P<when>{RELATIVE_TIME}|{ANY_DATE}(?:\s*(?:-|–|at|,)?\s*{TIME})?|{TIME_THEN_DATE}|{MONTH_DAY})")
#: A time, a wide gap, then the commenter and a colon: "2011-05-02 09:14:12 AM  Gyrfalcon:" (Fark).
STAMP_THEN_NAME = re.compile(rf"(?P<when>{ANY_DATE}\s+{TIME})\s{{2,}}(?P<name>[^\s:]{{1,40}}):?")
#: An author line's place or detail after the gap: "Asad Mahmood · Rawalpindi" (the name is the author).
AUTHOR_PLACE_MAX_WORDS = 3
#: Thread navigation around a commenter's name and time: "mzaidi 5 hours ago | parent | next [–]",
#: "[-] ▲ 12 ▼ jkowalczyk 2 hours ago | edited 1 hour ago | link | flag | reply" (Lobsters: the votes before it).
THREAD_NAV_TAIL = re.compile(r"(?:\s*\|\s*(?:root|parent|prev|next|context|link|flag|reply|edited [^|]{1,40}"
                             r"|on:[^|]{0,80}))+\s*(?:\[[–+-]\])?$"
                             r"|\s+\[[–+-]\]$|^(?:\[[–+-]\]\s+)?▲\s*[\d,.]*\s*▼\s+|^\[[–+-]\]\s+"
                             r"|\s+Link(?:\s+Parent)?$|^[−–]\s+(?=\S)")
#: A head's link to the comment it answers, on a page that does not show which ("− name 3 days ago Link Parent",
#: Tildes): the comment right above.
PARENT_LINK = re.compile(r"\s+Link\s+Parent$")
#: A badge after a commenter's name: "quietpilgrim (OP)", "john.k.miller (55)", Drupal's "Name (not verified)".
NAME_BADGE = re.compile(r"\s+\((?:OP|Op|op|Author|Mod|Admin|\d{1,3}|not verified|Diary)\)$|\s+Mod$"
                        r"|\s+Post author$|\s+\([\d,]+\+? posts\)$")  # "(55)": a reputation (Steemit); WordPress Twenty Twelve's "Post author"
#: A page without a comment header whose lines name a commenter and a time
#: ("mzaidi 5 hours ago | next [–]") at least this often has its comments from the first.
MIN_DATED_AUTHOR_LINES = 2
#: What a line naming a commenter and a time must hold somewhere (a cheap test first).
TIME_HINT = re.compile(r"\d|yesterday|just now", re.I)
#: A handle of one word, lower-case allowed ("mzaidi"), counts as a name when a time follows it on its line.
BARE_HANDLE = re.compile(r"[\w.-]{2,30}(?:@[\w-]+(?:\.[\w-]+)+)?")  # a fediverse user's instance after it
#: Between an author and a stamp or a reply target on one line: "Sara • 9 years ago".
AUTHOR_STAMP_GAP = re.compile(r"\s+[•·|]\s+")
#: "Sara → Ali", "Sara > Ali", "Sara replied to Ali": the author is the first name.
REPLY_ARROW = re.compile(r"\s+(?:→|›|>|»|replied to|in reply to)\s+", re.I)
#: Reply marks around a name that are not part of it: "↳ Sara", "Sara replied:".
REPLY_MARKS = re.compile(r"^[↳↪└>»]\s*|\s+replied:?$", re.I)
#: A badge under a commenter's name: "Staff", "Moderator", "Top Commenter".
COMMENT_BADGE = re.compile(r"Staff|Moderator|Admin|Author|Editor|Verified|Top (?:Commenter|Contributor|Fan)|OP"
                           r"|(?:HuffPost |Community )?(?:Superuser|Pundit|Networker)"  # (HuffPost's badges)
                           r"|Contributor|(?-i:[A-Z][\w’']+) (?:Picks?|Choice)|Subscriber|(?:Premium|Verified)(?: reader| member| subscriber| user)?|(?:Post|Staff) (?:Reporter|Writer)", re.I)
#: A comment's time with whom it answers after it: "1 day ago in reply to Farooq Ahmed".
STAMP_THEN_TARGET = re.compile(r"(?P<when>\S.{0,40}?)\s+(?:in reply to|replying to)\s+@?(?P<name>\S.{0,60})", re.I)
#: A line right above a reply's author line: the reply answers the thread's first comment ("In Response").
IN_RESPONSE = _line(r"In response:?")
#: A line naming whom a comment replies to, under the author: "> Ali", "In reply to Ali".
REPLY_TARGET = _line(r"(?:(?:[>→›»↩↳↪⤷]\s*)?(?:In (?:reply|response) to|Replying to|Response to|Reply to(?! this\b)"
                     r"|(?:[Rr]eplied|[Rr]esponded) to)|>|→|›|»|↩|To(?=:))"  # (an arrow before the words: "» In reply to Ali")
                     r":?\s*(?:#\d{1,4}(?: by)?\s+)?@?(?P<name>\S.{0,60}?)"  # (or its number first: "In reply to #1 by NAME",
                     # "Reply to #1 NAME")
                     r"(?:\s+\((?P<post>Original (?:post|message))?(?:Reply #\d{1,5})?\))?(?:(?-i:(?<=[a-z0-9]))\.|:)?")  # ("Response to NAME (Reply #3)"; "In reply to NAME:")
#: A row of buttons ending in the comment's time: "Like · Reply · 3 · 5y",
#: "Like · Reply · July 4, 2012 at 9:12am" (group ``when``).
BUTTON_ROW_STAMP = _line(rf"(?!\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b){_BUTTON_GAP}*(?:{_BUTTON}{_BUTTON_GAP}+)+"
                         rf"(?P<when>\d+[smhdwy]|{STAMP_LOOSE})(?:\s*[·•]\s*Edited)?")  # (a numeric date is no row of counters: "9/08/2008 7:02 AM")
#: A printed letter's headline (dropped from its text): its first line, of at
#: most this many words, not ending in ".", ":" or "," ("Close the routes for good").
LETTER_TITLE_MAX_WORDS = 8
#: A letter writer's place on the line under the name: at most this many words ("Landi Kotal").
LETTER_PLACE_MAX_WORDS = 3
#: A post's own footer counting its comments: "… (7 comments total)", "… | 3 comments".
COMMENT_TOTAL = re.compile(r"\(\d[\d,]* comments? total\)|\|\s*\d[\d,]* comments?\s*(?:\||$)", FLAGS)
#: A counter after a signature's time: "[12 favorites]", "(5 comments total)", and the buttons after it: "[+] [!]".
SIGNATURE_COUNTER = re.compile(r"(?:\s*(?:\[\d[\d,]*\s+\w+\]|\(\d[\d,]* comments?(?: total)?\)|\[[^\w\s\]]\]))+\s*$", FLAGS)
#: A role after a signature's name: "frimble (staff)", "Ayesha (moderator)".
SIGNATURE_ROLE = re.compile(r"\s*\((?:staff|mod|moderator|admin|administrator|author|OP)\)\s*$", FLAGS)
#: The fewest words of a comment's opening paragraph that, found in an earlier comment, make it a quote.
QUOTE_MIN_WORDS = 5
#: A forum post's time: a date, or "Yesterday"/"Today", with a time ("Tue Aug 31, 2021 11:48 pm",
#: "Yesterday, 08:12 PM").
POST_STAMP = re.compile(rf"(?:{WEEKDAY}{ANY_DATE}|yesterday|today)\s*(?:-|–|at|,)?\s*{TIME}", re.I)
#: A signature after a comment's text: "Posted by NAME on 12/05/2011 at 3:14 PM",
#: "— NAME | May 12, 2011 3:14 PM", "by NAME on Sun Feb 13, 2011 at 11:02:14 AM PST",
#: "NAME, City, Country, 14 hours ago".
SIGNATURE = _line(
    r"[—–-]*\s*(?:(?:Posted|Submitted|Written|Sent) by:?\s+(?P<author>.{1,60}?)"  # (a comma only before the time:
    r"(?:\s*(?:\||,(?=\s*\d)|\bon\b|\bat\b)\s*(?P<when>[^|]*\d[^|]*?))?"  # "NAME, City on DATE" is NAME, City's)
    r"(?:\s*\|\s*(?:Report(?: [Aa]buse)?|Reply|Flag|Permalink)\b.{0,40})?"  # (and buttons after it: "| Report Abuse")
    rf"|[—–-]+\s*(?P<author2>[^|]{{1,60}}?)\s*[|,]\s*(?P<when2>{STAMP_LOOSE})"
    rf"|by\s+(?P<author3>[^|]{{1,60}}?)\s+on\s+(?P<when3>{STAMP_LOOSE}(?:\s*\|\s*{TIME})?)"
    r"(?:\s+(?:up\s+)?reply(?: actions)?(?:\s+[\d,]+\s+recs?)?)?"  # ("… | 9:41 AM reply actions 4 recs")
    rf"|(?P<author4>[^,|]{{1,40}}?),(?:\s*(?![^,|]*\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,)[^,|\d]{{2,40}},){{1,3}}\s*(?P<when4>{RELATIVE_TIME}|{STAMP_LOOSE})"
    # (a post's number first, the time, then its writer and his motto: "2 posted on 10/08/2009 7:29:15 AM PDT by
    # OldCorpsSgt (Once a Marine, always a Marine)")
    rf"|\d{{1,5}}\s+posted on\s+(?P<when5>{STAMP_LOOSE})\s+by\s+(?P<author5>[^()]{{1,60}}?)(?:\s+\([^()]{{1,100}}\))?)"
)
#: A user's kind shown beside or over the commenter's name (wpDiscuz's "Guest"): not the name.
USER_KIND = re.compile(r"Guest|Member|Subscriber|Registered")
#: A removed comment's placeholder, all its text: "This comment was removed by a moderator because it didn't abide
#: by our community standards. …" (the comment is dropped).
REMOVED_COMMENT = _line(r"This (?:comment|post) (?:was|has been) (?:removed|deleted) by (?:a|the) moderator\b.{0,300}")
#: A deleted account's placeholder where a commenter's name would be: "[deleted]".
GONE_NAME = re.compile(r"\[(?:deleted|removed)\]", re.I)
#: A signed comment's link to the comment it answers, under its signature: "[ Parent ]".
PARENT_BUTTON = _line(r"\[\s*Parent\s*\]")

_DOMAIN = r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}"
#: The site's bare domain on a line of its own: "thecrescentreview.com".
SITE_LINE = re.compile(_DOMAIN, re.I)
#: The end of a breadcrumb trail before a headline: "NEWS / WORLD NEWS / PAKISTAN NEWS / ".
BREADCRUMB_END = re.compile(r"\S(?:\s+(?:[/>›»]|::)\s+|\s{2,})$")  # (or links set apart by wide gaps: "Home  Pakistan  ")
#: A breadcrumb trail of short items: "Asia / South & Central Asia", "Home › World".
#: The label of a breadcrumb trail over the headline: "You are here: Home > News > World".
YOU_ARE_HERE = re.compile(r"You are here:\s*", re.I)
BREADCRUMBS = re.compile(r"(?:[\w-]+(?:\.[\w-]+)+|[^/>›».!?:]{1,30})(?:\s+(?:[/>›»]|::)\s+[^/>›».!?:]{1,30})+"  # ("SFGate.com > News")
                         r"|Home/[^/.!?]{1,30}(?:/[^/.!?]{1,30})+")
CRUMB_GAP = re.compile(r"\s+(?:[/>›»]|::)\s+")  # ("Home :: International News")
#: A link card's domain line: "From example.com", "example.com • 7 min read", "example.com".
LINK_DOMAIN = re.compile(rf"(?:From\s+)?{_DOMAIN}(?:/\S*)?(?:\s*[•·]\s*\d+\s*min read)?", re.I)
#: The label of a link to another story between an article's paragraphs...
INLINE_LABEL = re.compile(r"(?:(?:Related|More)(?: (?-i:[A-Z])\w+)?(?: articles?| posts?| stor(?:y|ies)| reports?| coverage| content| news| videos?)|Related|Trending on (?-i:[A-Z])[\w.&'’ ]{1,40}|Also read|Read also|See also|Read more|Recommended(?: from (?-i:[A-Z])[\w.&'’ ]{1,40})?|(?-i:MORE)|You (?:may|might) also like"
                          r"|Most (?:popular|read|viewed|shared|commented)|More on this (?:story|topic|subject)|(?:Read more (?:on|about)|Most read in|Also (?:in|on)) (?-i:[A-Z])[\w.&'’ ]{1,40})"
                          r"(?:\s*[►▶»›→]|:)?", re.I)  # (an arrow after it: "Read More ►"; a colon: "RELATED:")
#: ...with the linked headline after it ("Related: How the routes reopened"), or alone over it ("Also Read")
#: when the headline has at most INLINE_LINK_HEADLINE_WORDS words...
INLINE_LINK = re.compile(rf"(?:{INLINE_LABEL.pattern})\s*[:|]\s*\S.{{0,150}}", re.I)
INLINE_LINK_HEADLINE_WORDS = 20
#: ...and at most this many such headlines under one label.
INLINE_LINK_MAX_HEADLINES = 4
#: ...when a paragraph of at least this many words follows it (else it opens a box of links).
INLINE_LINK_PROSE_WORDS = 15
