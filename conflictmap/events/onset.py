"""What set a happening off, dated from the day a war, an offensive or days of attacks began: "The offensive began
on Nov. 4, after the TPLF attacked a base" (just before that day), "the conflict, which erupted in Juba on Dec. 15
when soldiers clashed" (that day), "on Monday after 80 people were killed in five days of attacks" (five days before).
Also the time a "when" clause right after it tells (:func:`when_of_a_time`). Used by :mod:`conflictmap.events.timing`
and :mod:`conflictmap.events.anchoring`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from conflictmap.events.clauses import Clause
from conflictmap.events.dates import DAY, WEEK, WORD_NUMBERS, DateFinding

BROKE_OUT = re.compile(r"\b(?:began|begun|started|erupted|broke\s+out|flared)\s+(?:[\w.’'-]+\s+){0,4}$", re.I)
_SINCE = re.compile(r"\bsince\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
BEGAN = re.compile(r"\b(?:began|begun|started|launched|erupted|broke out)\s+(?:[\w-]+\s+){0,2}$", re.I)


def when_of_a_time(text: str, clause: Clause, dates: list[DateFinding]) -> DateFinding | None:
    """"the fall of Goma in late January, when the rebels killed 3,000 people": the time a "when" clause right after
    it tells what happened in."""
    if clause.opener != "when":
        return None
    return next((d for d in dates if d.end <= clause.start and d.date is not None and
                 text[d.end:clause.start].strip(" ,").lower() in ("", "when")), None)


def set_off(text: str, clause: Clause, dates: list[DateFinding]) -> DateFinding | None:
    """"The offensive began on Nov. 4, after the TPLF attacked a base": what set it off, that day or just before;
    "the conflict, which erupted in Juba on Dec. 15 when soldiers clashed": that day."""
    if (day := when_of_a_time(text, clause, [d for d in dates if d.precision == DAY])) is not None and \
            (broke := BROKE_OUT.search(text, max(0, day.start - 60), day.start)) is not None and \
            not _SINCE.search(text, max(0, broke.start() - 40), broke.start()):
        return day  # (not "have been cut since the fighting began on Nov. 4, when …": a span counted from then)
    began = [d for d in dates if d.start < clause.start and d.precision == DAY and BEGAN.search(text, 0, d.start)]
    if clause.opener != "after" or not began:
        return None
    return replace(began[-1], precision=WEEK, rule="relative", text=f"just before {began[-1].text}")


def days_of(text: str, clause: Clause, dates: list[DateFinding]) -> DateFinding | None:
    """"… on Monday after at least 80 people were killed in five days of attacks": from the first (to the week)."""
    m = _DAYS_OF.search(text, clause.start, clause.end)
    told = [d for d in dates if d.start < clause.start and d.precision == DAY and d.date is not None]
    if clause.opener != "after" or m is None or not told:
        return None
    n = WORD_NUMBERS.get(m.group(1).lower()) or (SEVERAL if m.group(1).lower() == "several" else int(m.group(1)))
    return replace(told[-1], date=told[-1].date - dt.timedelta(days=n), precision=WEEK, rule="relative",
                   text=f"{m.group(0)} before {told[-1].text}")


SEVERAL = 4  # days "several days of attacks" stand for
_DAYS_OF = re.compile(r"\b(two|three|four|five|six|seven|several|\d)\s+days\s+of\s+(?:[\w-]+\s+)?(?:attacks|fighting|"
                      r"clashes|violence|strikes|shelling|raids|bombardment)\b", re.I)
