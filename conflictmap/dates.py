"""Dates written in a sentence, resolved against the article's publication date: weekdays, yesterday/today, last
week/month, explicit dates. Each finding says which rule read it, the words it read and ACLED's
``time_precision`` (1 day, 2 week, 3 month)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .geoparser.vocabulary import MONTHS, WEEKDAYS

_MONTH_RE = r"(January|February|March|April|May|June|July|August|September|October|November|December|" \
            r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"


@dataclass(frozen=True)
class DateFinding:
    date: dt.date | None
    precision: int  # ACLED time_precision: 1 day, 2 week, 3 month
    rule: str  # which rule read it: iso, day-month-year, weekday, yesterday, last-week, ...
    text: str  # the words it read
    start: int


_DATE_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("day-month-year", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r"(?:,?\s+(\d{4}))?\b")),
    ("month-day-year", re.compile(r"\b" + _MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")),
    ("weekday", re.compile(r"\b(?:on\s+|early\s+|late\s+|last\s+|this\s+)*(Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b")),
    ("yesterday", re.compile(r"\b(yesterday|last night)\b", re.I)),
    ("today", re.compile(r"\b(today|tonight|this morning|this afternoon|this evening)\b", re.I)),
    ("last-week", re.compile(r"\b(last week|a week ago|earlier this week|this week)\b", re.I)),
    ("last-month", re.compile(r"\b(last month|earlier this month|this month)\b", re.I)),
]


def find_dates(text: str, published: dt.date | None) -> list[DateFinding]:
    """Every date expression in ``text``, resolved against ``published`` (unknown when it cannot be)."""
    found: list[DateFinding] = []
    for rule, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(f.start <= m.start() < f.start + len(f.text) for f in found):
                continue
            finding = _resolve(rule, m, published)
            if finding is not None:
                found.append(finding)
    return sorted(found, key=lambda f: f.start)


def _calendar_date(rule: str, m: re.Match, published: dt.date | None) -> dt.date | None:
    if rule == "iso":
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if rule == "day-month-year":
        day, month, year = int(m.group(1)), MONTHS[m.group(2).lower()], m.group(3)
    else:
        month, day, year = MONTHS[m.group(1).lower()], int(m.group(2)), m.group(3)
    if year:
        return dt.date(int(year), month, day)
    if published is None:
        return None
    date = dt.date(published.year, month, day)
    return date if date <= published else dt.date(published.year - 1, month, day)  # "December 30" in January


def _relative_date(rule: str, words: str, m: re.Match, published: dt.date) -> tuple[dt.date, int]:
    if rule == "weekday":
        return published - dt.timedelta(days=(published.weekday() - WEEKDAYS[m.group(1).lower()]) % 7), 1
    if rule == "yesterday":
        return published - dt.timedelta(days=1), 1
    if rule == "today":
        return published, 1
    if rule == "last-week":
        return published - dt.timedelta(days=0 if "this" in words.lower() else 7), 2
    if words.lower() == "last month":
        return (published.replace(day=1) - dt.timedelta(days=1)).replace(day=1), 3
    return published.replace(day=1), 3


def _resolve(rule: str, m: re.Match, published: dt.date | None) -> DateFinding | None:
    words = m.group(0)
    try:
        if rule in ("iso", "day-month-year", "month-day-year"):
            return DateFinding(_calendar_date(rule, m, published), 1, rule, words, m.start())
    except (ValueError, KeyError):
        return None  # "February 30": not a date
    if published is None:
        return DateFinding(None, 1, rule, words, m.start())
    date, precision = _relative_date(rule, words, m, published)
    return DateFinding(date, precision, rule, words, m.start())


_CLAUSE_BREAK = re.compile(r"\b(?:before|after|then|while|whereas)\b|;", re.I)


def date_for(sentence: str, place_start: int, dates: list[DateFinding]) -> DateFinding | None:
    """The date expression that applies to a place: the nearest one in the sentence that is not cut off from
    it by "before", "after", "then", "while" or a semicolon (those start another happening)."""
    best, best_distance = None, None
    for d in dates:
        lo, hi = sorted((d.start, place_start))
        if _CLAUSE_BREAK.search(sentence, lo, hi):
            continue
        distance = hi - lo
        if best_distance is None or distance < best_distance:
            best, best_distance = d, distance
    return best
