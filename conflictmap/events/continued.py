"""Acts a clause continues: "Russian jets bombed rebel positions on Friday, after striking bases around Hama on
Thursday night", "pounded Marib on Saturday, a day after hitting arms depots in Sanaa". A clause opened by "after",
"before" or "while" whose first word is a verb of striking with no subject of its own (a participle) tells the same
kind of act by the same doer, at its own places and on its own day: ACLED codes each place and day as an event.
And the other way round: an attack a clash of the sentence goes on from is that clash's start, no event of its own.
"""

from __future__ import annotations

import re

from conflictmap.events import anchoring, timing, types as et
from conflictmap.events.clauses import Clause
from conflictmap.events.facts import Reading, SentenceFacts
from conflictmap.events.fatalities import count

_OPENERS = ("after", "before", "while")
_STRIKING = re.compile(r"\s*(?:(?:also|then|first)\s+)?(?P<verb>(?:strik|hitt|pound|target|bomb|shell)ing)\b", re.I)


def continued(facts: SentenceFacts, readings: list[Reading], parts: list[Clause], published) -> list[Reading]:
    """The readings of the clauses that continue a remote attack of the sentence told in another of its clauses."""
    out: list[Reading] = []
    told = {r.clause.start for r in readings}
    for clause in parts:
        m = _STRIKING.match(facts.text, clause.start)
        if clause.opener not in _OPENERS or m is None or clause.start in told:
            continue
        act = next((r for r in readings if r.event_type == et.REMOTE and r.clause.start < clause.start), None)
        if act is None:
            continue
        reading = Reading(facts.index, clause, act.event_type, act.sub_event_type, m.group("verb"), m.start("verb"),
                          act.agent, None, fatalities=count(facts.text[clause.start:clause.end]), family=act.family)
        anchoring.locate(facts, reading)
        if any(clause.start <= sp.start < clause.end for sp in reading.spots):  # (its own places, not the act's)
            timing.date(facts, reading, parts, published)
            out.append(reading)
    return out


def opened_the_clash(facts: SentenceFacts, r: Reading, readings: list[Reading]) -> bool:
    """"Armed men stormed a mining site near Kamituga and clashed with Wazalendo fighters": an attack on no one
    named, harming no one, that the same side's clash in the sentence goes on from — the clash's start, no attack of
    its own."""
    fight = next((o for o in readings if o.sub_event_type == et.ARMED_CLASH and (o.cue_start > r.cue_start or (
        r.target is None and o.agent is r.agent is not None)) and o.agent in (None, r.agent)), None)  # ("Gunmen
    # attacked the prison, overwhelming the police … after hours of gunfire": the gunfire is the attack's)
    if r.event_type != et.VAC or r.fatalities or fight is None or r.target is not None and not _A_PLACE.fullmatch(
            facts.text, r.target.start, r.target.end + 6) and not any(sp.start <= r.target.start < sp.end
                                                                      for sp in facts.spots):
        return False  # ("raided the Balata refugee camp …, and clashes broke out": a place raided, no one harmed)
    fight.agent = fight.agent or r.agent
    return True


_A_PLACE = re.compile(r"(?:(?:refugee|displacement|idp)\s+)?camps?\b.*|(?:houses|homes|markets?|shops?)\b.*", re.I)
