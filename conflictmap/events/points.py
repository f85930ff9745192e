"""Points of an advance: where an offensive came from, where a force moved through or on to, where it already
stood — read from the movement words of a clause (and a "then" clause that goes on with the movement). They are no
events of their own; the route is drawn through them (:mod:`conflictmap.story.route`)."""

from __future__ import annotations

import re

from conflictmap.events import clauses as cl
from conflictmap.events import roles as rl
from conflictmap.events import words as ew
from conflictmap.events.facts import Reading
from conflictmap.events.places import REFERENCE, a_river
from conflictmap.geoparser.vocabulary import REGION_WORDS

_POINT_PREPOSITION = re.compile(r"\b(from|out of|through|via|past|across|to|into|on|towards?|toward)\b", re.I)


def _movement_end(facts, clause, end: int) -> int:
    """"before advancing on Goma and then into Bukavu": a clause opened by "then" with no event word of its own goes
    on with the movement."""
    if end < clause.end:
        return end
    for nxt in cl.split(facts.text):
        if nxt.start < end or nxt.opener not in ("then", "and then"):
            continue
        if nxt.start - end > 12 or any(nxt.start <= w.start < nxt.end for w in facts.triggers):
            break
        end = nxt.end
    return end


_CROSSED = re.compile(r"cross", re.I)  # ("crossed the border near Oleshnya": where the incursion came in)


def route_points(facts, clause, words, people) -> list[Reading]:
    """Points of an advance: where an offensive came from ("launched its push … from Hsenwi"), where a force moved
    through or on to ("streamed west from Ajdabiya through Brega", "pushed on to Bin Jawad", "before advancing into
    Damascus"). One reading per place named after the words, up to the next happening's words."""
    out = []
    text = facts.text
    for word in [w for w in words if w.kind in (ew.ADVANCE, ew.ORIGIN)]:
        stop = min((w.start for w in facts.triggers if w.start > word.start and w.kind not in (ew.ADVANCE, ew.ORIGIN)
                    and not _on_the_way(w, facts.triggers)), default=clause.end)  # (a happening only feared ends it
        # too: "advanced from Douentza, alarming governments who feared they could march on Bamako")
        agent, _ = rl.agent_target(text, clause, word, people)
        if (owned := _OWNED.search(text, 0, word.start)) is not None:  # "the supply base for Haftar's offensive on
            agent = next((p for p in people if p.end == owned.start(1)), None)  # Tripoli": Haftar's, not the
            if agent is None:  # subject's (and no stop of a route when its owner is no one the text counts)
                continue
        end = _movement_end(facts, clause, min(stop, clause.end))
        for spot in facts.spots:
            if not (word.start <= spot.start < end) or spot.feature in ("country", "continent") or spot.adjective or \
                    REFERENCE.search(text, max(word.start, spot.start - 40), spot.start):
                continue  # ("advanced to within 30 km of Aden", "from Damara, 75 km north of Bangui": not reached)
            if re.search(r"\balong\s+(?:the\s+)?$", text[max(word.start, spot.start - 12):spot.start], re.I) or \
                    a_river(text, spot):
                continue  # ("advancing along the Blue Nile": a river or a road followed, no point reached)
            prepositions = _POINT_PREPOSITION.findall(text[word.start:spot.start])
            role = "origin" if (prepositions and prepositions[-1].lower() in ("from", "out of")) or \
                re.fullmatch(ew.HELD, word.text, re.I) or _CROSSED.match(word.text) else "advance"
            if spot.feature == "region" and any(s.feature == "place" and spot.end <= s.start < end for s in facts.spots):
                continue  # "crossing into Gezira and attacking the town of Abu Haraz": the town is the stop
            if role == "advance" and (spot.feature == "region" or _REGION_AFTER.match(text, spot.end)):
                continue  # "pushed into Marib province": a province entered is no point of the route
            out.append(Reading(facts.index, clause, "", "", word.text, word.start, agent, role=role, spots=[spot],
                               strength=1.0))
    return out


_OWNED = re.compile(r"(?-i:[A-Z])[\w-]+(['’]s)\s+(?:[\w-]+\s+)?$")  # a movement told as a named one's: "Haftar's offensive"
_REGION_AFTER = re.compile(r"\s+(?:" + "|".join(REGION_WORDS) + r")\b", re.I)  # ("Marib province")


def _on_the_way(word, triggers) -> bool:
    """"… from eastern Khartoum, crossing into Gezira and attacking the town of Abu Haraz before advancing on Wad
    Madani": a place attacked on the way (a participle, with the movement going on after it) is a point of it."""
    return word.kind == ew.ATTACK and word.text.lower().endswith("ing") and \
        any(t.kind == ew.ADVANCE and t.start > word.end for t in triggers)
