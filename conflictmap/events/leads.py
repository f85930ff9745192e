"""Leads: the day of a happening still undated after assembly — the day its sentence says it was reported ("said on
Monday it had captured"), the day it began when a later sentence tells it, the day the sentence before sets ("On
Tuesday the advance continued."), else the article's news peg, the day of its lead (as ACLED codes a report's
events). A reading's own date is :mod:`.timing`'s."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from conflictmap.events import types as et
from conflictmap.events.dates import DateFinding, find_dates
from conflictmap.events.drafts import Draft, place_key

_OTHER_TIME = re.compile(r"\b(?:previously|earlier|later|since|ago|before|already|once|"
                         r"(?<!\bits )(?<!\btheir )(?<!\bhis )first|formerly|recently|"  # (not "its first strike")
                         r"last (?:year|month|week)|years?|months?|weeks?|history|past|had been|has been|have been|"
                         r"continu\w+|ongoing|repeatedly|regularly|often|frequently|usually)\b", re.I)
_NAMED_DAYS = ("weekday", "day-month-year", "month-day-year", "iso")


# "The militants launched the assault on Wednesday", "The attack began on Wednesday": the day a happening reported
# before (dated only by its report: "killing dozens, the government said on Sunday") began
_BEGUN = re.compile(r"\b(?:launched|began|started|opened|mounted)\s+(?:the|their|its)\s+(?:[\w-]+\s+)?"
                    r"(?:attack|assault|raid|incursion)\b|\b(?:the|their|its)\s+(?:[\w-]+\s+)?(?:attack|assault|raid|"
                    r"incursion|fighting|clashes|battle)\s+(?:began|started|was\s+launched|had\s+begun|broke\s+out)\b",
                    re.I)  # ("The fighting began on Thursday and lasted until Saturday": the day the fight told began)
BEGUN_WITHIN = 3  # sentences after the report's in which the day it began may be told


def _begun(d: Draft, sentence_text: dict[int, str], said: DateFinding, published) -> DateFinding | None:
    """The day an attack reported on a later day began, told in one of the next few sentences (see _BEGUN)."""
    if d.event_type not in (et.VAC, et.BATTLES) or d.sub_event_type in et.TERRITORY_SUBTYPES or said.date is None:
        return None
    first = d.first.sentence_index
    for k in range(first + 1, first + 1 + BEGUN_WITHIN):
        m = _BEGUN.search(sentence_text.get(k, ""))
        if m is None:
            continue
        day = next((f for f in find_dates(sentence_text[k][m.end():m.end() + 30], published)
                    if f.precision == 1 and f.date is not None and not f.since and f.date <= said.date), None)
        return replace(day, start=0) if day is not None else None
    return None


def lead_dates(drafts: list[Draft], sentence_text: dict[int, str], published: dt.date | None = None) -> None:
    """Undated happenings told with no word of time take the day their sentence says they were reported ("said on
    Monday it had captured"), else the article's news peg: the day of its lead ("Haftar's forces pressed their
    offensive on Sunday"), else of its first dated happening (within a day, as ACLED codes a report's events)."""
    for d in drafts:
        said = next((r.said for r in d.readings if r.said is not None and not r.background), None)
        if d.date is None and said is not None:
            begun = _begun(d, sentence_text, said, published)
            d.date, d.date_note = (begun, "begun") if begun is not None else (said, "said")
    _set_by_the_sentence_before(drafts, sentence_text, published)
    dated = [d for d in sorted(drafts, key=lambda d: d.first.sentence_index) if d.date is not None and
             d.date.precision == 1]
    lead = dated[0].date if dated else None  # (no dated happening: the lead's day alone, "said on Tuesday they had…")
    for k in sorted(sentence_text)[:3]:  # (the headline, the lead: before the first dated happening)
        if dated and k >= dated[0].first.sentence_index:
            break
        day = [f for f in find_dates(sentence_text[k], published) if f.precision == 1 and f.date and not f.since and
               f.rule in _NAMED_DAYS]  # (a day named: not a headline's "overnight")
        if day:
            lead = day[0]
            break
    if lead is None:
        return
    for d in drafts:
        if d.date is None and not any(_OTHER_TIME.search(sentence_text[r.sentence_index][r.clause.start:r.clause.end])
                                      for r in d.readings):
            d.date, d.date_note = lead, "lead"


_A_TIME_SET = re.compile(r"\s*(?:On|By|Early on|Late on|Later on)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
                         r"(?!.*\b(?:said|says|told|announced)\b)")  # (and after it a deed, not a saying or a state:)
_GOES_ON = re.compile(r"\s*(?:They|It)\s+(?:then\s+|also\s+)?(?!said|say|says|told|added|claimed|denied|have|has|had|"
                      r"are|is|were|was|now|still|will|would|could|may|might|must)[a-z]+(?<!s)\b")


def _set_by_the_sentence_before(drafts: list[Draft], sentence_text: dict[int, str], published) -> None:
    """Undated happenings timed by the sentence before: a deed its pronoun goes on with ("Fighters … stormed the city
    on Tuesday. They set fire to a cathedral": Tuesday), or a short sentence that tells no happening but opens on its
    day ("On Tuesday the advance continued. Government forces … retook the town of Makhmour")."""
    told = {r.sentence_index: d for d in drafts for r in d.readings}
    for d in drafts:
        k = d.first.sentence_index - 1
        if d.date is not None or k not in sentence_text:
            continue
        before = told[k].date if k in told else None
        there = next((o.date for o in drafts if o is not d and o.date is not None and o.date.precision == 1 and
                      place_key(o.spot) == place_key(d.spot) and any(r.sentence_index == k for r in o.readings)), None)
        if before is not None and before.precision == 1 and _GOES_ON.match(sentence_text[k + 1]):
            d.date, d.date_note = before, "same-time"
        elif there is not None and not _OTHER_TIME.search(sentence_text[k + 1]):  # "The insurgents overran Gwoza on
            d.date, d.date_note = there, "same-time"  # Aug. 6 …. At least 30 civilians were killed as the fighters
            # went from house to house": there, then
        elif k not in told and _A_TIME_SET.match(sentence_text[k]) and len(sentence_text[k].split()) <= 12 and len(
                days := [f for f in find_dates(sentence_text[k], published) if f.date and not f.since and
                         f.rule in _NAMED_DAYS]) == 1 and days[0].precision == 1:  # (not "The crossing, which opened
            d.date, d.date_note = days[0], "set before"  # on Wednesday, stayed busy": long, and not opening on it)
