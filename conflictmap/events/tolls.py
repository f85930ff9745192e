"""Tolls across an article's happenings: a toll told in a sentence of its own is the toll of the happening it names
or follows (:func:`carry_tolls`), the toll a sentence tells in a clause of its own is its one happening's
(:func:`toll_of_the_sentence`), and two sources' figures for one happening give it the lower
(:func:`conservative_tolls`, as ACLED's codebook does)."""

from __future__ import annotations

import re

from conflictmap.events import types as et
from conflictmap.events import words as ew
from conflictmap.events.drafts import Draft, place_key
from conflictmap.events.clauses import SAID_BEFORE, SAYING, Clause
from conflictmap.events.facts import Reading, SentenceFacts
from conflictmap.events.fatalities import ALSO_KILLED, count

_DIED = re.compile(r"\b(?:were|was|have been|had been|are|is)\s+(?:\w+\s+)?(?:killed|dead|shot dead)\b|\bdied\b|"
                   r"\blost their lives\b|\btoll\b|\bfatalities\b|\bdeaths\b", re.I)


_TOLD_EVENT = re.compile(r"\b(?:the|this|that)\s+(?:[\w'’-]+\s+){0,2}(?:strike|air ?strike|attack|blast|bombing|"
                         r"explosion|shelling|raid|assault|ambush|clash(?:es)?|fighting|violence)\b", re.I)


def carry_tolls(drafts: list[Draft], read: set[int], facts: list, paragraph_of: dict[int, int]) -> None:
    """"At least 10 civilians were killed.", "three civilians were killed in the Beirut strike": a toll told in a
    sentence of its own (nothing else read in it) is the toll of the violent happening it names ("the Beirut
    strike": the one at a place it names) or of the one happening at the place it names with no day of its own
    ("at least 10 people were killed in Mirebalais"; not a sum "over three days"), else — when it names no place
    and no day — of the one told in the sentence or two before it (same paragraph). The larger figure stands, as when a report repeats its toll.
    (``read``: the sentences something was read in; ``facts``: the sentences' facts.)"""
    violent = [d for d in drafts if d.event_type in et.VIOLENT_TYPES]
    for f in facts:
        if f.index in read or not _DIED.search(f.text) or not (toll := count(f.text)):
            continue
        named = {place_key(sp) for sp in f.spots if not sp.adjective}
        own_day = any(not SAID_BEFORE.search(f.text, max(0, d.start - 30), d.start) for d in f.dates)
        if _TOLD_EVENT.search(f.text) or named and not own_day:  # ("at least 10 people were killed in Mirebalais",
            before = [d for d in violent if place_key(d.spot) in named and _last(d) < f.index]  # after its storming;
            before = before if _TOLD_EVENT.search(f.text) or len(before) == 1 and not _OVER_DAYS.search(f.text) \
                else []  # not "800 people were killed in Ardamata over three days": a sum)
        elif named or own_day:
            continue  # (a day it was said on is no day of its own: "… were killed, the ministry said on Sunday";
            # a people's name is no place: "Two Palestinians were killed.")
        else:
            before = [d for d in violent if paragraph_of.get(_last(d)) == paragraph_of.get(f.index) and
                      0 < f.index - _last(d) <= 2]
        if before:
            host = max(before, key=_last)
            last = max(host.readings, key=lambda r: r.sentence_index)
            if _COUNTER_CLAIM.search(f.text):
                host.least_toll = min(host.least_toll or toll, toll)
            elif ALSO_KILLED.search(f.text):
                last.fatalities = max(r.fatalities for r in host.readings) + toll
            elif max(r.fatalities for r in host.readings) < toll:
                last.fatalities = toll


_OVER_DAYS = re.compile(r"\b(?:over|in|during|across|within)\s+(?:the\s+(?:past|last)\s+)?(?:two|three|four|five|six|"
                        r"seven|several|a\s+few|\d+)\s+(?:days|weeks|months)\b|\bsince\b", re.I)


# A figure that disputes one told before: "the army put the toll at six", "officials said only two soldiers died".
_COUNTER_CLAIM = re.compile(r"\b(?:put|puts|putting|gave|gives|placed|places) the (?:death |official )?toll at\b|"
                            r"\bonly (?:[\w-]+ ){1,3}(?:died|were killed|was killed|had been killed|have died|"
                            r"had died|lost their lives)\b", re.I)
_SAID = re.compile(rf"\b(?:{SAYING}|according to)\b", re.I)
# "The figure could not be independently verified": the sentence after a toll that no one else confirmed
_UNVERIFIED = re.compile(r"\s*(?:the|that|this|these|those|its|their|neither)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:could|can|was|were|has|have)\s+(?:not|n['’]t)\s+(?:yet\s+)?(?:be(?:en)?\s+)?"
                         r"(?:independently\s+)?(?:verified|confirmed)\b", re.I)


def conservative_tolls(drafts: list[Draft], sentence_text: dict[int, str]) -> None:
    """Two sources' figures for one happening — "The group said its fighters had killed 30 soldiers …; the army
    said two soldiers died", "Al-Shabaab said it killed 30 soldiers. The army said only two died in the attack" —
    give it the lower one, as ACLED's codebook does (the most conservative estimate); so does a figure the next
    sentence says could not be verified, beside another one. A repeated or risen toll with nothing disputing it
    keeps the larger (see :func:`carry_tolls`)."""
    for d in drafts:
        counted = [r for r in d.readings if r.fatalities]
        disputing = [r.fatalities for r in counted if _COUNTER_CLAIM.search(sentence_text.get(r.sentence_index, ""))]
        for r in counted:  # two clauses of one sentence, each with its own source and figure
            text = sentence_text.get(r.sentence_index, "")
            others = [o for o in counted if o.sentence_index == r.sentence_index and o.clause.start != r.clause.start
                      and o.fatalities != r.fatalities]
            if others and all(_SAID.search(text, x.clause.start, x.clause.end) for x in [r, *others]):
                disputing.append(min(x.fatalities for x in [r, *others]))
        if any(_UNVERIFIED.match(sentence_text.get(r.sentence_index + 1, "")) for r in counted) and \
                len({r.fatalities for r in counted}) > 1:  # ("at least four soldiers were killed … Amaq said the
            disputing.append(min(r.fatalities for r in counted))  # group had killed 20. The figure could not be
            # verified": the other source's)
        if disputing:
            d.least_toll = min([d.least_toll or min(disputing), *disputing])


def _last(draft: Draft) -> int:
    return max(r.sentence_index for r in draft.readings)


_CAUSE_DIED = re.compile(r"\b(?:was|were|had\s+been)\s+(?:killed|shot|murdered|assassinated|lynched)\b|\bdied\b",
                         re.I)
_TOLL_AFTER = re.compile(r",\s+(?:killing|leaving|wounding|injuring)\b", re.I)


def toll_of_the_sentence(facts: SentenceFacts, readings: list[Reading], parts: list[Clause]) -> None:
    """"Dozens of civilians were killed when jets bombed Idlib": the toll told in a clause of its own is that of the
    sentence's one happening."""
    events = [r for r in readings if r.event_type and not (r.shift and r.clause.opener in ("after", "before"))]
    # (not "…, two weeks after an attack on tourists": a happening of another time, with a toll of its own)
    if len({(r.clause.start, r.event_type) for r in events}) == 1 and not any(r.fatalities for r in events):
        text = facts.text
        for c in parts:  # (not the dead of what it came after: "youths set fire to an office after a
            if c.opener in ("after", "following", "since") and c.start > events[0].clause.start and \
                    _CAUSE_DIED.search(text, c.start, c.end) and not _TOLL_AFTER.search(text, c.start, c.end):
                text = text[:c.start] + " " * (c.end - c.start) + text[c.end:]  # leader was killed": its cause)
        toll = count(text)
        for r in events:
            r.fatalities = toll
    for r in events:  # "Troops retook Bama; the army said it lost three men while 11 insurgents were killed": 14
        k = parts.index(r.clause) if r.clause in parts else 0
        if k and r.clause.opener in ("while", "whereas") and not any(
                parts[k - 1].start <= t.start < parts[k - 1].end for t in facts.triggers):
            r.fatalities = max(r.fatalities, count(facts.text[parts[k - 1].start:r.clause.end]))


def outcome(r: Reading) -> bool:
    """A reading of deaths or wounds alone, nobody named as doing them ("two soldiers were killed")."""
    return r.agent is None and not r.clause.subordinate and bool(ew.triggers(r.cue)) and \
        all(w.kind in (ew.KILL, ew.INJURE) for w in ew.triggers(r.cue))


def killed_by_the_cause(readings: list[Reading]) -> list[Reading]:
    """"Dozens of militants were killed as they fled …, after coalition aircraft struck the vehicles": deaths a
    sentence tells with no doer, then the strike or attack they came of in a clause opened by "after" or "when" —
    that happening's toll (and its place, when only the deaths say where), not a killing of its own."""
    out = list(readings)
    for dead in readings:
        cause = next((r for r in readings if r.sentence_index == dead.sentence_index and r.cue_start > dead.cue_start
                      and r.clause.opener in ("after", "when") and r.event_type in (et.REMOTE, et.BATTLES) and
                      r.agent is not None), None)
        if cause is None or not dead.event_type or not outcome(dead):
            continue
        cause.fatalities = max(cause.fatalities, dead.fatalities)
        cause.target = cause.target or dead.target
        cause.spots = cause.spots or dead.spots
        out.remove(dead)
    return out


CROSSFIRE = re.compile(r"\bstray\s+(?:bullets?|rounds?|shells?|gunfire)|\bcross-?fire\b", re.I)


def caught_in_the_crossfire(facts: SentenceFacts, readings: list[Reading]) -> list[Reading]:
    """"Fighting … continued in Mogadishu on Sunday, where four civilians were killed by stray bullets": civilians a
    clause says were caught in a battle's crossfire are that battle's dead (ACLED), no attack of their own."""
    fight = next((r for r in readings if r.sub_event_type == et.ARMED_CLASH), None)
    if fight is None:
        return readings
    caught = [r for r in readings if r.event_type == et.VAC and r.agent is None and
              CROSSFIRE.search(facts.text, r.clause.start, r.clause.end)]
    for r in caught:
        fight.fatalities = max(fight.fatalities, r.fatalities)
    return [r for r in readings if r not in caught]
