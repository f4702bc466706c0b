"""Turning date text into `datetime` values; the patterns live in `markers`."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from . import markers

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
# "Feb 24, 2018"; "Jan 12 '19" (Stack Exchange's short year); "Nov, 26 2011" (AboveTopSecret)
_MDY = re.compile(r"(?P<mon>[A-Za-z]{3})[A-Za-z]*\.?,?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+|,(?=\d{4}))"
                  r"(?P<y>\d{4}|['’]\d{2}(?!\d)|(?<=, )\d{2}(?=\s+\d{1,2}:\d{2}))")  # (or "Jan 02,2018"; "Oct. 7, 09 9:04 PM")
# "24th February 2018", "24-Feb-2018", "02/JAN/2018"; "08-Mar-23" (a British board's short year)
_DMY = re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+|-|/)(?P<mon>[A-Za-z]{3})[A-Za-z]*\.?(?:,?\s+|-|/|,(?=\d{4})|(?=['’]\d{2}(?!\d)))"
                  r"(?P<y>\d{4}|(?<=-)\d{2}(?![\d-])|(?<=\s)\d{2}\s*$|['’]\d{2}(?!\d))")  # (or ending a stamp: "9:58am Tue 3 May
# 11"; or a short year after an apostrophe: "29 Nov.'11 / 16:12")
# "Oct-07-09" (an old board's month, day and short year)
_MDY_DASHED = re.compile(r"(?<!\w)(?P<mon>[A-Za-z]{3})-?(?P<d>\d{1,2})-(?P<y>\d{4}|\d{2})(?![\d-])")
#: A forum's month and short year, the day unknown ("May '11", Discourse): the first of the month.
_MY_SHORT = re.compile(r"(?<!\w)(?P<mon>[A-Za-z]{3})[A-Za-z]*\.?\s+['’](?P<y>\d{2})(?!\d)")
# "2011-May-2" (Whirlpool's year, month name and day)
_YMD_NAMED = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<mon>[A-Za-z]{3})[A-Za-z]*-(?P<d>\d{1,2})(?!\d)")
_ISO = re.compile(r"(?P<y>(?:19|20)\d{2})([-/])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?!\d)")  # "2022-8-30" (TikTok), "2011/03/16"
# Day first ("25/08/2012"), as South Asian and British sites write dates; month
# first only when the first number cannot be a month ("08/25/2012").
_NUM = re.compile(r"\b(?P<a>[0-3]?\d)([/.-])(?P<b>[01]?\d|[0-3]\d)\2(?P<y>(?:19|20)\d{2})\b")
#: An app's short date with a two-digit year ("07/13/23"), read as _NUM reads dates; 69 and under are 20xx.
_NUM2 = re.compile(r"(?<![\d/.-])(?P<a>[0-3]\d(?=\.)|[0-3]?\d(?=[/-]|\.\d{1,2}\.\d{2}\s*@))([/.-])"
                   r"(?P<b>(?<=\.)[01]\d|(?<=[/-])[0-3]?\d|(?<=\.)\d(?=\.\d{2}\s*@))\2"
                   r"(?P<y>\d{2})(?![\d/.-])")  # (or "05-05-09"; with dots, two digits each: "17.03.11", or "5.3.11 @")
_TIME = re.compile(r"\[?(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?:(?P<ap>[AaPp])\.?[Mm]\.?|hrs\.?)?"
                   r"(?:\s+[A-Z]{2,4})?\]?\s*$")  # (a zone after it: "08:12 AM IST"; in brackets: "03/05/2011 [16:05]")
#: A time before its date: "10:52 AM on 03/16/2011".
_TIME_FIRST = re.compile(r"\s*(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?:(?P<ap>[AaPp])\.?[Mm]\.?)?"
                         r"(?:\s+[A-Z]{2,4}(?=\s))?"  # (its zone: "9:48 PM EDT Oct 07, 2009")
                         r"(?:\s*(?:on\b|,)|\s+(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s"
                         r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+\d))")  # (or a weekday: "9:58am Tue 3 May 11")
# (or "09:52 17.03.11", "7:12 AM October 09, 2009")


#: A range of days in one month: "5 - 11 January 2018".
_DAY_RANGE = re.compile(r"\b(\d{1,2})\s*[-–]\s*\d{1,2}\s+(?=[A-Z][a-z]{2,8}\.?\s+\d{4})")


def parse_date_text(text: str) -> dt.date | None:
    """Return the first calendar date written in `text` ("Feb 24, 2018",
    "24th February 2018", "2018-02-24", "2022-8-30", "24/02/2018" day first, "07/13/23",
    "Jan 12 '19"), or None when there is none or it is
    impossible (February 30th)."""
    text = _DAY_RANGE.sub(r"\1 ", text)  # (a range of days, a weekly's issue: "5 - 11 January 2018", its first)
    for rx in (_ISO, _YMD_NAMED, _MDY, _DMY, _MDY_DASHED, _NUM, _NUM2, _MY_SHORT):
        m = rx.search(text)
        if not m:
            continue
        if rx in (_NUM, _NUM2):
            readings = _readings(m, text[:m.start()])  # ("Tue, 07/03/2012": the reading that falls on a Tuesday)
            return readings[0] if readings else None
        if "mon" in m.groupdict():
            month = _MONTHS.get(m["mon"].lower())
            if month is None:
                continue
        else:
            month = int(m["m"])
        year = int(m["y"].lstrip("'’"))
        if year < 100:
            year += 2000 if year <= 69 else 1900
        try:
            return dt.date(year, month, int(m["d"]) if "d" in m.groupdict() else 1)
        except ValueError:
            return None
    return None


_WEEKDAY = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s*$", re.I)
_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
#: A weekday a story names ("freed Wednesday", "on Tuesday"), in its first paragraphs.
_NAMED_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_WEEKDAY_PARAGRAPHS = 3


#: A time in a US time zone right after a numeric date: the date is written month first ("05/03/16 05:48 PM EDT").
_US_TIME_AFTER = re.compile(r"\s*(?:[-–|,@]\s*|at\s+)?\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?\s*[ECMP][SD]?T\b", re.I)


def _full_year(written: str) -> int:
    """A year as written: "2011", or "11" (69 and under are 20xx)."""
    year = int(written)
    return year if len(written) == 4 else year + (2000 if year <= 69 else 1900)


def _readings(m: re.Match, before: str = "") -> list[dt.date]:
    """The valid dates a numeric date (a `_NUM` or `_NUM2` match) can be, day first first ("07/03/2012": 7 March,
    then July 3); only those on the weekday named right before it, when one is ("Tue, 07/03/2012")."""
    a, b, year, found = int(m["a"]), int(m["b"]), _full_year(m["y"]), []
    for day, month in ((a, b), (b, a)):
        try:
            if (d := dt.date(year, month, day)) not in found:
                found.append(d)
        except ValueError:
            pass
    if len(found) == 2 and (named := _WEEKDAY.search(before)):
        found = [d for d in found if d.weekday() == _WEEKDAYS[named[1][:3].lower()]] or found
    return found


def month_first_page(lines: Iterable[str]) -> bool:
    """Whether a page's numeric dates are written month first: one of them can only be read so ("5/23/13"),
    or only so falls on the weekday named before it ("Tue, 07/03/2012"), and none shows the other order; or,
    when three or more distinct dates all read both ways, reading them so puts them closer together."""
    return _reads_month_first(*_order_evidence(lines))


def _reads_month_first(month_first: bool, day_first: bool, both: list[list[dt.date]]) -> bool:
    """month_first_page's answer from a page's evidence (see `_order_evidence`)."""
    if month_first or day_first:
        return month_first and not day_first
    # every date reads both ways: the reading that keeps them closer together ("5/8/2011", "5/9/2011",
    # "5/10/2011": three days in May, not three months), as stamp_reader reads a thread's posts
    return len({tuple(r) for r in both}) >= 3 and _span([r[1] for r in both]) < _span([r[0] for r in both])


def _order_evidence(lines: Iterable[str]) -> tuple[bool, bool, list[list[dt.date]]]:
    """(a numeric date of `lines` reads only month first, one reads only day first, the readings of those
    that read both ways: [day first, month first])."""
    month_first = day_first = False
    both: list[list[dt.date]] = []  # the dates that read either way: [day first, month first]
    for line in lines:
        for m in _numeric_dates(line):
            readings = _readings(m, line[:m.start()])
            if len(readings) == 2 and _US_TIME_AFTER.match(line, m.end()):
                month_first = True  # a time in a US zone after it: "05/03/16 05:48 PM EDT"
            elif len(readings) == 1 and int(m["a"]) != int(m["b"]):  # ("07/07/2012" reads so both ways: no evidence)
                first = (readings[0].month, readings[0].day) == (int(m["a"]), int(m["b"]))
                month_first, day_first = month_first or first, day_first or not first
            elif len(readings) == 2:
                both.append(readings)
    return month_first, day_first, both


def _numeric_dates(line: str):
    """The numeric dates in `line` ("25/08/2012", "5/23/13"), as matches."""
    yield from _NUM.finditer(line)
    yield from _NUM2.finditer(line)


def _span(days: list[dt.date]) -> int:
    return (max(days) - min(days)).days


def month_first_reread(day: dt.date | None, lines: list[str], body: str = "") -> dt.date | None:
    """`day` read from a numeric date of `lines` (a page's) day first, read again month first when the page writes
    its numeric dates so (`month_first_page`), or, when no date of the page tells the order, when only the month
    first reading falls on a weekday the story's opening paragraphs name ("05/03/2011" and "on Tuesday": May 3,
    not Saturday March 5) or only it is named in words on the page ("Wednesday, May 04, 2011" over "5/4/2011");
    else `day`."""
    if day is None or day.day > 12 or day.day == day.month:
        return day
    if not any(_readings(m)[:1] == [day] for line in lines for m in _numeric_dates(line)):
        return day  # (not written as a numeric date)
    flipped = dt.date(day.year, day.day, day.month)
    # (the page names the day in words, and not the other: "Wednesday, May 04, 2011" over "5/4/2011 12:41 AM";
    # or in a part of a masthead's line: "Tuesday, May 03, 2011 | Updated: 11:47 AM IST")
    written = {d for line in lines if line for part in re.split(r"\s+\|\s+", line)
               if len(part) <= _WRITTEN_DATE_CHARS and not any(_numeric_dates(part)) and (d := parse_date_text(part))}
    if day in written and flipped not in written:
        return day  # (whatever the comments' numeric dates say)
    evidence = _order_evidence(lines)
    if _reads_month_first(*evidence):
        return flipped
    if evidence[0] or evidence[1]:
        return day  # (the page's other numeric dates tell the order: day first)
    opening = "\n\n".join(body.split("\n\n")[:_WEEKDAY_PARAGRAPHS])
    named = {_WEEKDAYS[w[:3].lower()] for w in _NAMED_WEEKDAY.findall(opening)}
    if flipped.weekday() in named and day.weekday() not in named:
        return flipped
    return flipped if flipped in written and day not in written else day


#: A line naming a date in words, alone or nearly: at most this long ("Wednesday, May 04, 2011").
_WRITTEN_DATE_CHARS = 40


def parse_stamp(text: str) -> dt.datetime | None:
    """Return the moment a comment stamp names ("Feb 24, 2018 09:37am",
    "May 1, 2012 - 1:19AM"); midnight when only a date is written; None for
    relative stamps ("9 years ago") or text that is not a date."""
    day = parse_date_text(text)
    if day is None:
        return None
    m = _TIME_FIRST.match(text) or _TIME.search(text)
    if not m:
        return dt.datetime(day.year, day.month, day.day)
    hour, minute, second = int(m["h"]), int(m["mi"]), int(m["s"] or 0)
    if m["ap"]:
        if not 1 <= hour <= 12:
            return dt.datetime(day.year, day.month, day.day)
        hour = hour % 12 + (12 if m["ap"].lower() == "p" else 0)
    try:
        return dt.datetime(day.year, day.month, day.day, hour, minute, second)
    except ValueError:
        return dt.datetime(day.year, day.month, day.day)


def stamp_reader(stamps: list[str]):
    """parse_stamp for one thread's `stamps`: numeric dates ("11-26-2011", "05/03/11") are read month
    first (vBulletin's and UBB.threads' default) when one of them can only be read
    so and none can only be read day first, or, when every one could be read
    either way, when reading them so puts the posts closer together ("05-02-2011"
    and "05-03-2011": one day apart, not a month); else day first."""
    pairs = [(int(m["a"]), int(m["b"]), _full_year(m["y"])) for w in stamps if (m := _NUM.search(w) or _NUM2.search(w))]
    if any(a > 12 for a, _, _ in pairs) or not pairs:
        return parse_stamp
    if not any(b > 12 for _, b, _ in pairs):  # every date reads both ways: the reading that keeps the posts together
        try:
            if _span([dt.date(y, a, b) for a, b, y in pairs]) >= _span([dt.date(y, b, a) for a, b, y in pairs]):
                return parse_stamp
        except ValueError:
            return parse_stamp
    return parse_stamp_month_first


def parse_stamp_month_first(when: str) -> dt.datetime | None:
    """parse_stamp, reading a numeric date month first ("05/03/2011 9:12 am": May 3)."""
    m = _NUM.search(when) or _NUM2.search(when)
    if m is None:
        return parse_stamp(when)
    return parse_stamp(f"{when[:m.start()]}{_full_year(m['y'])}-{int(m['a']):02d}-{int(m['b']):02d}{when[m.end():]}")


_UPDATE = re.compile(r"(?:Last )?Updated\b", re.I)


def find_article_date(lines: Iterable[str]) -> dt.date | None:
    """Return the article date written in `lines` (byline and closing lines only),
    trying `markers.ARTICLE_DATES` in order; None when no line carries one."""
    candidates = [ln for ln in lines if len(ln) <= markers.BYLINE_MAX_CHARS * 2]
    # a date alone beside its update, over it or (lines read upwards) under it: "Jan 3, 2018", "Updated: Jan 4, 2018"
    for one, other in [*zip(candidates, candidates[1:]), *zip(candidates[1:], candidates)]:
        if _UPDATE.match(other) and len(one) <= markers.HEAD_DATE_MAX_CHARS // 2 \
                and (found := parse_date_text(one)) is not None:
            return found
    for marker in markers.ARTICLE_DATES:
        for line in candidates:
            m = marker.pattern.search(line) if marker.search else marker.pattern.fullmatch(line)
            if m:
                found = parse_date_text(m["date"])
                if found is not None:
                    return found
    return None


def url_date(url: str) -> dt.date | None:
    """Return the date in a dated URL path (/2017/08/29/), or None."""
    m = markers.URL_DATE.search(url)
    if not m:
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
