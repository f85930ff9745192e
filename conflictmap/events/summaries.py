"""Summaries: a report of violence at a region or country that the article also tells town by town is the same
violence, and goes — the towns' events keep it, each its own toll ("Gunmen killed 25 people in an attack on a
village in northern Burkina Faso … The attackers stormed Seytenga"; "killed at least 42 people in attacks on two
villages in Beni territory on Friday and Saturday … killing 18 in Masala … 24 bodies were found in Mahini")."""

from __future__ import annotations

import re
from dataclasses import replace

from conflictmap.events import types as et
from conflictmap.events.dates import WEEK
from conflictmap.events.drafts import Draft
from conflictmap.events.references import EVENT_NOUN

SUM_DAYS = 2  # days apart the happenings a summary adds up may be ("on Friday and Saturday")


def _day(draft: Draft):
    return draft.date.date if draft.date is not None else None


def _same_time(fine: Draft, coarse: Draft) -> bool:
    """The same day, or, for one kind of happening, within the week a coarse one is dated to only by counting from
    another ("two weeks after an attack on tourists in Indian Kashmir", told after "killed 26 people near Pahalgam
    on April 22")."""
    if _day(fine) == _day(coarse):
        return True
    week = fine.sub_event_type == coarse.sub_event_type and coarse.date is not None and \
        coarse.date.precision == WEEK and coarse.date.rule == "relative"
    return week and None not in (_day(fine), _day(coarse)) and abs((_day(fine) - _day(coarse)).days) <= 7


def _takes_toll(host: Draft, summary: Draft) -> None:
    """A happening told in detail takes the toll its summary gave ("Gunmen killed 25 people in an attack on a
    village in northern Burkina Faso … The attackers stormed Seytenga": the attack on Seytenga's people)."""
    host.readings.append(replace(summary.readings[0], reference=True))
    if summary.event_type == et.VAC and host.sub_event_type == et.ARMED_CLASH and \
            all(x.target is None for x in host.readings if not x.reference):
        host.event_type, host.sub_event_type = et.VAC, et.ATTACK


# a toll of several happenings ("in a string of coordinated attacks"): no one of several told takes it
_MANY = re.compile(r"\b(?:attacks|raids|assaults|ambushes|strikes|series|string|wave|spate)\b", re.I)
# "The attack on the convoy near Parachinar killed 42 people", after "gunmen ambushed a convoy in Kurram district":
# the happening told before, told again where it was (by a noun of a happening: references.EVENT_NOUN)
_THE_NOUN = re.compile(r"\s*the\s+([\w-]+(?:\s[\w-]+)?)", re.I)


def _told_again(sentence: str) -> bool:
    m = _THE_NOUN.match(sentence)
    return m is not None and any(EVENT_NOUN.match(words) for words in (m.group(1).split()[0], m.group(1)))
_SPREAD = re.compile(r"\b(?:across|throughout|all over)\b", re.I)  # (a toll of many places: "across southern Lebanon")


def _dead(d: Draft) -> int:
    return max((r.fatalities for r in d.readings), default=0)


def subsume_summaries(drafts: list[Draft], within_km, sentence_text: dict[int, str]) -> list[Draft]:
    """A report of the day's violence at a region or country where the article also names a town of it for the same
    day is the same violence: the coarser event goes (``within_km(a, b)``: is spot b within spot a; a village nothing
    placed is taken to be where the article's violence of that day is)."""
    violent = set(et.VIOLENT_TYPES)
    out = []
    for d in drafts:
        coarse = d.spot is not None and d.spot.feature in ("country", "region", "continent", "district")
        district = coarse and d.spot.feature == "district"  # (a district: only violence of its own type in the town
        # it is named after — "forced the bus to stop in Mastung district" is the attack "near Mastung town")
        finer = [o for o in drafts if o is not d and o.event_type in violent and o.spot is not None and
                 (not district or o.event_type == d.event_type and o.spot.feature == "place" and (
                     o.spot.name.casefold() == d.spot.name.casefold() or
                     _told_again(sentence_text.get(o.first.sentence_index, "")))) and
                 o.spot.feature not in ("country", "continent") and _same_time(o, d) and o.spot is not d.spot and
                 (within_km(d.spot, o.spot) or o.spot.placed is None)] \
            if coarse and d.event_type in violent else []  # (asked of the coarse ones only: linear in the towns)
        spread = any(_SPREAD.search(sentence_text.get(r.sentence_index, "")) for r in d.readings)
        if coarse and _added_up(d, drafts):
            continue
        if finer and not (spread and _dead(d) > sum(_dead(o) for o in finer)):
            same = [o for o in finer if o.event_type == d.event_type] or \
                [o for o in finer if d.event_type == et.VAC and o.sub_event_type == et.ARMED_CLASH]
            many = len(finer) > 1 and any(_MANY.search(sentence_text.get(r.sentence_index, "")) for r in d.readings)
            if len(same) == 1 and _dead(d) > _dead(same[0]) and not many:  # "killed 60 people in an attack on a
                _takes_toll(same[0], d)  # camp in eastern Congo … stormed the Plaine Savo camp": its toll; not
                continue  # "strikes killed 492 people across southern Lebanon" for one strike in Beirut
            if not (len(same) > 1 and _dead(d) > sum(_dead(o) for o in finer)):
                continue  # (but "49 soldiers were killed when Azerbaijani forces shelled towns inside Armenia … in
                # the direction of Goris, Sotk and Jermuk": no one town's toll, kept where the text puts it)
        out.append(d)
    return out


def _added_up(d: Draft, drafts: list[Draft]) -> bool:
    """Is the coarse event's toll the sum of two or more of its type told after it, within :data:`SUM_DAYS` of its
    day, at towns (placed or not): the summary of those?"""
    day = _day(d)
    parts = [o for o in drafts if o is not d and o.event_type == d.event_type and o.spot is not None and
             o.spot.feature == "place" and o.first.sentence_index > d.first.sentence_index and day is not None and
             _day(o) is not None and abs((_day(o) - day).days) <= SUM_DAYS]
    told = sum(_dead(o) for o in drafts if o.spot is d.spot and o.first.clause == d.first.clause and
               o.first.sentence_index == d.first.sentence_index)  # ("on Friday and Saturday": its days share it)
    return len(parts) >= 2 and told > 0 and sum(_dead(o) for o in parts) == told
