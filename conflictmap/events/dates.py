"""Dates written in a sentence, resolved against the article's publication date: explicit dates with or without a
year ("on June 16" takes the publication year, or the year before when that would fall after publication), ranges,
weekdays ("early Monday", "on Tuesday night", "late on April 20 night"), yesterday/today, last week/month/year, a
month or a year alone. Each finding says which rule read it, the words it read, ACLED's ``time_precision`` (1 day,
2 week, 3 month; 4 marks a year, which ACLED does not code), and the part of the day it names (for ordering two
happenings of one day: "earlier on Sunday" before "late on Sunday").

:func:`is_background` says whether a date puts a happening in the past the article looks back on ("in 2014", "in
early April" in a September report, "last year") rather than in the news it reports.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from conflictmap.articles.read import YEARS
from conflictmap.geoparser.vocabulary import MONTHS, WEEKDAYS
from conflictmap.events import lexicon

DAY, WEEK, MONTH, YEAR = 1, 2, 3, 4
RECENT_DAYS = 31  # a dated happening older than this, in a news report, is background
CAMPAIGN_DAYS = 92  # … but a taking dated to the day within a season belongs to the campaign the report tells
MONTH_RECENT_DAYS = 21  # … and one dated by a month (or its part) that ended within this many days of the report
LAUNCH_DAYS = 366  # … and one told with the campaign's launch ("launched its offensive in December, taking X"), a year
_MONTH_RE = r"(January|February|March|April|May|June|July|August|September|October|November|December|" \
            r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:\.|\b)"  # not "Nov" of "Novohrodivka"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_COUNT_NOUNS = lexicon.family("people").pattern("many") + \
    r"|soldiers|troops|fighters|homes|houses|km|metres|meters|kg|tonnes|dollars|euros|rupees|points|feet|acres|" \
    r"inmates|prisoners|militants"

_DATE_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("range", re.compile(r"\b(?:between\s+)?" + _MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*"
                         r"(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")),
    ("range", re.compile(r"\b(?:between\s+)?(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|and)\s*(\d{1,2})"
                         r"(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r"(?:,?\s+(\d{4}))?\b")),
    ("day-month-year", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r"(?:,?\s+(\d{4}))?\b")),
    ("month-day-year", re.compile(r"\b" + _MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?" + _PART)),
    ("weekday", re.compile(r"(?i:\b(?:(?:on|early|late|last|this|before dawn on|earlier on|later on|overnight)\s+)*)"
                           r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)" + r"(?i:" + _PART + r")\b")),
    ("month-year", re.compile(r"\b(?:(?i:early|mid|late|mid-)\s*)?" + _MONTH_RE + r",?\s+(\d{4})\b")),
    ("month", re.compile(r"(?i:\b(?:in|since|from|by|until|during|of|through|last|since last)\s+"
                         r"(?:(?:early|mid|late)(?:-|\s+))?)"
                         + _MONTH_RE + r"(?!\s*\d)")),
    ("yesterday", re.compile(r"\b(yesterday|last night)\b", re.I)),
    ("today", re.compile(r"\b(today|tonight|this morning|this afternoon|this evening|"
                         r"overnight(?!\s+(?:on\s+|into\s+)?"
                         r"(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))|"
                         r"(?:over|in|during) the (?:past|last) (?:(?:24|twenty-four) hours|day))\b"
                         r"(?!\s+(?:curfew|stay|trains?|bus(?:es)?|flights?|shifts?))", re.I)),
    ("days-ago", re.compile(r"\b(\w+) days? ago\b", re.I)),
    ("last-week", re.compile(r"\b(last week|a week ago|earlier (?:this|in the) week|this week|during the week)\b",
                             re.I)),
    ("weekend", re.compile(r"\b((?:over|at|during|on) the weekend|last weekend|this weekend|"
                           r"over the past weekend)\b", re.I)),
    ("last-month", re.compile(r"\b(last month|(?:early |earlier |late |later )?this month|earlier in the month)\b",
                              re.I)),
    ("year", re.compile(r"\b(last year|this year|"
                        r"(?:a |two |several |many |more than a |over a )?(?:years?|decades?) ago|"
                        r"since (?:the )?\d{4}s?|in the \d{4}s)\b", re.I)),
    ("year", re.compile(r"(?<![\d,.$£€])\b(1[89]\d\d|20\d\d)\b(?![,.]?\d)(?!\s+(?:" + _COUNT_NOUNS + r")\b)")),
]
_SINCE = re.compile(r"\b(?:since|for the past|for months|for years)\b", re.I)
WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "a": 1}
_COUNT = r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"


@dataclass(frozen=True)
class DateFinding:
    date: dt.date | None
    precision: int  # ACLED time_precision: 1 day, 2 week, 3 month; 4 a year (background only)
    rule: str  # which rule read it: iso, day-month-year, weekday, yesterday, last-week, month, year, ...
    text: str  # the words it read
    start: int
    part: int = 1  # part of the day: 0 early/earlier/before dawn, 1 unsaid, 2 afternoon, 3 evening/late/night
    since: bool = False  # "since May": a state that lasts, not a happening

    @property
    def end(self) -> int:
        return self.start + len(self.text)


# What a text must hold for each pattern to have a chance (cheap checks that skip most patterns for most sentences):
# "d" a digit, "m" a month's name, else words of the lower-cased text.
_NEEDS: dict[str, tuple] = {
    "iso": ("d",), "range": ("d", "m"), "day-month-year": ("d", "m"), "month-day-year": ("d", "m"),
    "weekday": ("day",), "month-year": ("d", "m"), "month": ("m",), "yesterday": ("yesterday", "last night"),
    "today": ("today", "tonight", "this morning", "this afternoon", "this evening", "overnight", "24 hours",
              "twenty-four hours", "past day", "last day"), "days-ago": ("ago",),
    "last-week": ("week",), "weekend": ("weekend",), "last-month": ("month",), "year": ("year", "decade", "since", "in the", "d"),
}
_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DIGIT = re.compile(r"\d")


def _may_hold(rule: str, text: str, low: str, digit: bool, month: bool) -> bool:
    need = _NEEDS[rule]
    if need[:2] == ("d", "m"):
        return digit and month
    return any((digit if w == "d" else month if w == "m" else w in low) for w in need)


def find_dates(text: str, published: dt.date | None) -> list[DateFinding]:
    """Every date expression in ``text``, resolved against ``published`` (unknown when it cannot be)."""
    found: list[DateFinding] = []
    taken: list[tuple[int, int]] = []
    low, digit = text.lower(), _DIGIT.search(text) is not None
    month = any(m in text for m in _MONTH_ABBREVIATIONS)
    for rule, pattern in _DATE_PATTERNS:
        if not _may_hold(rule, text, low, digit, month):
            continue
        for m in pattern.finditer(text):
            if any(a <= m.start() < b or m.start() <= a < m.end() for a, b in taken):
                continue
            taken.append((m.start(), m.end()))  # (a date that is none, "February 30, 2024", is no year either)
            finding = _resolve(rule, m, published)
            if finding is not None:
                found.append(finding)
    found.sort(key=lambda f: f.start)
    return [f for f, nxt in zip(found, found[1:] + [None]) if not (  # "on Saturday, July 13": the day written out
        nxt is not None and f.rule == "weekday" and nxt.precision == DAY and nxt.rule != "weekday" and
        re.fullmatch(r",?\s*", text[f.start + len(f.text):nxt.start]))]


def _part(words: str) -> int:
    w = words.lower()
    if re.search(r"\b(?:early|earlier|morning|before dawn|overnight)\b", w):
        return 0
    if re.search(r"\b(?:late|later|evening|night)\b", w):
        return 3
    return 2 if "afternoon" in w else 1


def _with_year(month: int, day: int, year: str | None, published: dt.date | None) -> dt.date | None:
    if year:
        return dt.date(int(year), month, day)
    if published is None:
        return None
    date = dt.date(published.year, month, day)
    return date if date <= published else dt.date(published.year - 1, month, day)  # "December 30" in January


def _calendar(rule: str, m: re.Match, published: dt.date | None) -> tuple[dt.date | None, int]:
    g = m.groups()
    if rule == "iso":
        return dt.date(int(g[0]), int(g[1]), int(g[2])), DAY
    if rule == "day-month-year":
        return _with_year(MONTHS[g[1].lower()], int(g[0]), g[2], published), DAY
    if rule == "month-day-year":
        return _with_year(MONTHS[g[0].lower()], int(g[1]), g[2], published), DAY
    if g[0].isdigit():  # "10 to 12 June"
        first, last, month, year = int(g[0]), int(g[1]), MONTHS[g[2].lower()], g[3]
    else:  # "June 10-12"
        month, first, last, year = MONTHS[g[0].lower()], int(g[1]), int(g[2]), g[3]
    if not first < last <= 31:
        raise ValueError("not a range")
    return _with_year(month, first, year, published), WEEK if last - first < 7 else MONTH


def _month_only(rule: str, m: re.Match, published: dt.date | None) -> tuple[dt.date | None, int]:
    month = MONTHS[m.group(1).lower()]
    if rule == "month-year":
        return dt.date(int(m.group(2)), month, 1), MONTH
    if published is None:
        return None, MONTH
    last = re.match(r"(?:since\s+)?last\b", m.group(0), re.I) is not None  # ("last August": the one before this
    year = published.year if month < published.month or month == published.month and not last else published.year - 1
    return dt.date(year, month, 1), MONTH  # month's; "last March" told in March, a year before)


def _relative(rule: str, words: str, m: re.Match, published: dt.date) -> tuple[dt.date | None, int]:
    w = words.lower()
    if rule == "weekday":
        return published - dt.timedelta(days=(published.weekday() - WEEKDAYS[m.group(1).lower()]) % 7), DAY
    if rule == "yesterday":
        return published - dt.timedelta(days=1), DAY
    if rule == "today":
        return published, DAY
    if rule == "days-ago":
        n = WORD_NUMBERS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else None)
        return (published - dt.timedelta(days=n), DAY) if n else (None, DAY)
    if rule == "weekend":  # the Saturday of the last weekend begun by the day of publication
        return published - dt.timedelta(days=(published.weekday() - 5) % 7), WEEK
    if rule == "last-week":
        if w.startswith("earlier"):  # ("Earlier in the week the rebels took Oum Hadjer": the week's first day, before
            return published - dt.timedelta(days=published.weekday()), WEEK  # the days it tells after)
        return published - dt.timedelta(days=0 if "this" in w else 7), WEEK
    if rule == "last-month":
        if w == "last month":
            return (published.replace(day=1) - dt.timedelta(days=1)).replace(day=1), MONTH
        return published.replace(day=1), MONTH
    if w == "this year":
        return dt.date(published.year, 1, 1), YEAR
    return dt.date(published.year - 1, 1, 1), YEAR  # last year, years ago, since 2014, in the 1990s


def _resolve(rule: str, m: re.Match, published: dt.date | None) -> DateFinding | None:
    words = m.group(0)
    before = m.string[max(0, m.start() - 12):m.start()]
    try:
        if rule in ("iso", "range", "day-month-year", "month-day-year"):
            date, precision = _calendar(rule, m, published)
        elif rule in ("month", "month-year"):
            date, precision = _month_only(rule, m, published)
        elif rule == "year" and m.group(1)[:1].isdigit():
            date, precision = dt.date(int(m.group(1)), 1, 1), YEAR
        elif published is None:
            date, precision = None, YEAR if rule == "year" else DAY
        else:
            date, precision = _relative(rule, words, m, published)
    except (ValueError, KeyError, OverflowError):
        return None  # "February 30", "a day before 1 January 0001": not a date
    if date is not None and date.year not in YEARS:
        return None  # ("in 9999": not a date a report of this can be dated by)
    since = bool(_SINCE.search(words) or re.search(r"\bsince\s*$", before, re.I))
    return DateFinding(date, precision, rule, words, m.start(), _part(before[-8:] + words), since)


def plainer_day(finding: DateFinding | None, than: DateFinding | None, clause: tuple[int, int]) -> bool:
    """Does ``finding``, written in ``clause`` (start, end), name the day (a weekday, a date) that ``than`` only put
    as the report's ("overnight", "today"), a few days before it ("an overnight attack …, officials said on Tuesday.
    The attack began late on Sunday")? (A happening with no date yet is dated by :mod:`.timing`.)"""
    return finding is not None and finding.date is not None and finding.precision == DAY and \
        finding.rule != "today" and clause[0] <= finding.start < clause[1] and than is not None and \
        than.rule == "today" and than.date is not None and dt.timedelta(0) < than.date - finding.date <= \
        dt.timedelta(days=7)


def in_its_month(month: DateFinding, day: DateFinding) -> bool:
    """Is ``day`` a day the month-long date ``month`` may stand for: its month, and its part when one is written
    ("in late October": Oct. 30, not Oct. 3; "in early March" not March 23)?"""
    if month.precision != MONTH or day.precision >= MONTH or None in (month.date, day.date) or \
            (month.date.year, month.date.month) != (day.date.year, day.date.month):
        return False
    part = re.search(r"\b(early|mid|late)\b", month.text, re.I)
    low, high = _PARTS.get(part.group(1).lower() if part else "", (1, 31))
    return low <= day.date.day <= high


_PARTS = {"early": (1, 10), "mid": (10, 20), "late": (20, 31)}  # the days of a month's part, as news writes it


def is_background(finding: DateFinding, published: dt.date | None, role: str = "") -> bool:
    """A date that puts a happening in the past the article looks back on (or in a state that lasts: "since
    May"), rather than in the news it reports: a year alone, another month than the report's, a day more than
    RECENT_DAYS before it — CAMPAIGN_DAYS for a taking of territory (``role`` "take") dated to the day: "They took
    Jabrayil on Oct. 4 and Fuzuli on Oct. 17" is the campaign the report tells, not its history; with ``role``
    "campaign" (a taking told as news, see :func:`.timing.date`) one dated to the month too ("in May it seized
    Gao"); with ``role`` "launch" (told with the campaign's start) any within LAUNCH_DAYS. Without a
    publication date only years are judged, against the year of ``published``'s stand-in (see
    :func:`reference_date`)."""
    if finding.since and finding.precision == DAY and finding.date is not None and published is not None and \
            finding.date >= published - dt.timedelta(days=RECENT_DAYS):
        return False  # "fighting … has killed 40 civilians since Thursday": days of the news, not a lasting state
    if finding.since or finding.precision == YEAR:
        return True
    if finding.date is None or published is None:
        return False
    if role == "launch":  # "launched its offensive in December, taking Ndele on December 10": the campaign's
        return finding.date < published - dt.timedelta(days=LAUNCH_DAYS)  # start, told with it
    if finding.precision == MONTH and finding.rule != "range":
        if role == "campaign":  # "in May it seized Gao": a taking told as news of the campaign, by its month
            return _month_end(finding.date) < published - dt.timedelta(days=CAMPAIGN_DAYS)
        if role == "take":  # ("Sikasso, which was retaken in May", told in June: in passing, the past)
            return (finding.date.year, finding.date.month) != (published.year, published.month)
        part = re.search(r"\b(early|mid|late)\b", finding.text, re.I)  # ("air strikes killed 20 civilians in
        last = _month_end(finding.date).day if part is None else min(_PARTS[part.group(1).lower()][1],  # December",
                                                                     _month_end(finding.date).day)  # told on Jan. 5:
        return finding.date.replace(day=last) < published - dt.timedelta(days=MONTH_RECENT_DAYS)  # the weeks just
        # before the report, not its history; not "arrested a commander in early May", told on June 10)
    recent = CAMPAIGN_DAYS if role in ("take", "campaign") and finding.precision == DAY else RECENT_DAYS
    return finding.date < published - dt.timedelta(days=recent)


# "launched its offensive in December, taking Ndele on December 10": the sentence of the campaign's start
_LAUNCH = re.compile(r"\b(?:launch(?:ed|ing)|beg[au]n|start(?:ed|ing)|open(?:ed|ing))\s+(?:(?:its|their|the|an?|his)\s+)?"
                     r"(?:[\w-]+\s+){0,2}(?:offensive|campaign|advance|push|operation|insurgency|rebellion)\b|"
                     r"\b(?:offensive|campaign|advance|push|operation|insurgency|rebellion)\s+(?:began|started)\b", re.I)


def campaign_role(sentence: str) -> str:
    """The role of a taking told as news of the campaign: "launch" in the sentence of the campaign's start, else
    "campaign" (see :func:`is_background`)."""
    return "launch" if _LAUNCH.search(sentence) else "campaign"


def _month_end(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)


def reference_date(published: dt.date | None, text: str) -> dt.date | None:
    """The date background is judged against: the publication date, else the latest full date the text writes."""
    if published is not None:
        return published
    full = [f.date for f in find_dates(text, None) if f.date is not None and f.precision == DAY]
    return max(full, default=None)


_SPAN = re.compile(r"\b(?:(?:more|less|fewer)\s+than|over|nearly|almost|about|around|some|roughly|just)?\s*" + _COUNT +
                   r"\s+(days?|weeks?|months?|years?)\s+(?:after|before)\s+$", re.I)  # ("seven months after the
# militants overran Ramadi", "more than a year after the RSF seized the city")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def span_before(text: str) -> tuple[int, int, str] | None:
    """"The advance came a week | after …": the span the text ends with, as (days, ACLED precision, its words);
    "days after", "weeks before": a few of them, the week (or the month) not said."""
    m = _SPAN.search(text)
    if m is not None:
        return _span(m, "")
    m = _SOME_SPAN.search(text)
    if m is None:
        return None
    return (3, WEEK, m.group(0).strip()) if m.group(1).lower().startswith("day") else (14, MONTH, m.group(0).strip())


_SOME_SPAN = re.compile(r"\b(?:a\s+few\s+|several\s+)?(days|weeks)\s+(?:after|before)\s+$", re.I)


def _span(m: re.Match, suffix: str) -> tuple[int, int, str]:
    n = WORD_NUMBERS.get(m.group(1).lower(), 1 if m.group(1).lower() == "an" else None)
    n = int(m.group(1)) if n is None else n
    unit = m.group(2).lower().rstrip("s")
    return n * _UNIT_DAYS[unit], {"day": DAY, "week": WEEK}.get(unit, MONTH), f"{m.group(1)} {m.group(2)}{suffix}"


_LATER = re.compile(r"^\W*(?:and\s+|then\s+)?" + _COUNT + r"\s+(days?|weeks?|months?|years?)\s+"
                    r"(later|earlier)\b", re.I)


_NEXT_ONE = re.compile(r"^\W*(?:and\s+|then\s+|on\s+)?the\s+(?:next|following)\s+(day|morning|afternoon|evening|night|"
                       r"week)\b", re.I)
_SOME_LATER = re.compile(r"^\W*(?:and\s+|then\s+)?(?:a\s+few\s+|several\s+)?(days|weeks)\s+later\b", re.I)


# "Hours earlier the militants seized Kandahar", "minutes later a second blast": the day of the happening told before
_HOURS_AWAY = re.compile(r"^\W*(?:and\s+|then\s+|but\s+)?(?:(?:a\s+few|several|some|two|three|\d+|just|only|"
                         r"a\s+couple\s+of)\s+)?(?:hours|minutes|moments)\s+(?:later|earlier|afterwards|before)\b|^\W*(?:and\s+)?"
                         r"shortly\s+(?:afterwards|after|before)\b(?!\s+(?:the|a|an|his|her|its|their)\b)", re.I)
_THEN = re.compile(r"(?<!since )(?<!by )(?<!until )(?<!till )(?<!and )(?<!back )\bthen\b(?![-’'])", re.I)
_LATER_ALONE = re.compile(r"^\W*(?:and\s+)?(?P<w>(?:later|subsequently|afterwards)"
                          r"(?P<day>\s+(?:that|the\s+same)\s+day|\s+in\s+the\s+day)?)(?!\s+(?:on|in|that|this)\b)",
                          re.I)
_SAME_DAY = re.compile(r"^\W*(?:and\s+)?(?:on\s+)?(?:the\s+same|that(?:\s+same)?)\s+day\b", re.I)
_FIRST = re.compile(r"\b(?:first|initially)\s*$", re.I)
_HAS_SINCE = re.compile(r"\b(?:has|have|had)\s+since\b", re.I)
_WITHIN = re.compile(r"^\W*(?:and\s+|then\s+)?within\s+(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+"
                     r"(days?|weeks?)\b", re.I)


def span_later(text: str) -> tuple[int, int, str] | None:
    """"A week later the group seized Zalingei": the span a clause opens with, counted after the happening told
    before it, as (days, ACLED precision, its words); "a week earlier", before it (days below zero)."""
    if (hours := _HOURS_AWAY.match(text)) is not None:
        return 0, DAY, hours.group(0).strip(" ,")
    if (same := _SAME_DAY.match(text)) is not None:
        return 0, DAY, same.group(0).strip(" ,")  # "On the same day, fighters overran a base": that day
    m = _LATER.match(text)
    if m is not None:  # (or before it: "The RSF took Jebel Moya a week earlier")
        days, precision, words = _span(m, " " + m.group(3).lower())
        return (-days if m.group(3).lower() == "earlier" else days), precision, words
    m = _NEXT_ONE.match(text)  # "The next day they struck two more villages": the day after the one told before
    if m is not None:
        return (7, WEEK, m.group(0).strip(" ,")) if m.group(1).lower() == "week" else (1, DAY, m.group(0).strip(" ,"))
    m = _SOME_LATER.match(text)  # "Days later its fighters took Zalingei": a few days, the week not said
    if m is not None:
        return (3, WEEK, m.group(0).strip()) if m.group(1).lower().startswith("day") else (14, MONTH, m.group(0).strip())
    m = _WITHIN.match(text)  # "Within two days they had captured Goncharovka": by then, the day not said
    if m is None and _THEN.search(text) is not None:
        return 0, WEEK, "then"  # "Its fighters then went house to house": after the happening told before
    if m is None and _FIRST.search(text) is not None:
        return 0, WEEK, "first"  # "They first captured the Lajat area": the first step after the happening told before
    if m is None and _HAS_SINCE.search(text) is not None:
        return 0, MONTH, "since"  # "The alliance has since seized Laukkai": some time after the happening told before
    if m is None and (later := _LATER_ALONE.match(text)) is not None:  # "and later captured Saqlawiya": after the
        return (0, DAY, later.group("w")) if later.group("day") else (0, WEEK, later.group("w"))  # happening told before
        # (the same day: "later that day")
    if m is None:
        m = re.match(r"^\W*(?:and\s+|then\s+)?within\s+(?:a\s+few\s+)?(days|weeks)\b", text, re.I)  # ("took Humera
        return None if m is None else (3, WEEK, m.group(0).strip(" ,")) if m.group(1).lower() == "days" else \
            (14, MONTH, m.group(0).strip(" ,"))  # … within days": a few days after the happening told before
    days, precision, words = _span(m, "")
    return days, WEEK if precision == DAY else MONTH, f"within {words}"
