"""Protests and riots (ACLED's Protests and Riots): a crowd that demonstrates, one the state's forces break up
or fire on, one that riots; read from a clause (:func:`protest`), and the state's intervention told in the same
sentence or the next (:func:`intervened`, :func:`intervened_after`)."""

from __future__ import annotations

import re
from dataclasses import replace

from conflictmap.events import lexicon, remote
from conflictmap.events import roles as rl
from conflictmap.events import types as et
from conflictmap.events import words as ew
from conflictmap.events.cued import cued as _new, of_kinds as _kinds
from conflictmap.events.facts import Reading, SentenceFacts
from conflictmap.events.participants import Participant

_INTERVENTION = re.compile(r"\b(?:tear ?gas|water cannons?|dispers\w*|batons?|lathi|broke up|break up|rubber bullets|"
                           r"pellets|arrested|detained|charged at|beat|beaten|clubbed|whipped|flogged)\b", re.I)
_NO_ONE = re.compile(r"\b(?:no one|no-one|nobody|none)\s+(?:was|were)\b", re.I)
_MANY_PEOPLE = re.compile(lexicon.family("people").pattern("many"), re.I)


def protest(facts, clause, words, people, tools) -> Reading | None:
    """A protest, a protest broken up or fired on, or a riot, by the crowd the clause names (or "thousands")."""
    crowd = [p for p in people if p.category in (et.PROTESTERS, et.RIOTERS)]
    protesting = _kinds(words, ew.PROTEST, ew.RIOT)
    text = facts.text[clause.start:clause.end]
    if _kinds(words, ew.PROTEST) and not crowd:  # "hundreds of people marched": people marching protest
        crowd = [p for p in people if p.category == et.CIVILIANS and
                 _MANY_PEOPLE.fullmatch(p.text)]  # (people: not the buses and homes civilians use)
        if not crowd and (re.search(r"\b(?:thousands|hundreds|dozens|tens of thousands)\b", text, re.I) or
                          ew.A_PROTEST_HELD.search(text)) and \
                not any(p.category in (et.REBEL_GROUP, et.POLITICAL_MILITIA, et.IDENTITY_MILITIA) for p in people):
            crowd = [Participant(clause.start, clause.start, "", et.PROTESTERS)]  # "thousands of Israelis protested"
            # ("police broke up a demonstration against fuel prices", "a protest was held in Harare": someone's)
    bands = any(rl.armed(p) and p.category != et.STATE_FORCES for p in people)  # (then the fight is theirs)
    physical = ew.PHYSICAL.search(facts.text) or any(p.category == et.STATE_FORCES for p in people)  # (not a quarrel)
    fought = [] if crowd or protesting or bands or not physical else [  # "rival groups of traders clashed at a
        # market": people who fight riot
        (w, a) for w in _kinds(words, ew.CLASH) if ew.FOUGHT.fullmatch(w.text) and
        (a := rl.agent_target(facts.text, clause, w, people)[0]) and
        a.category == et.CIVILIANS and _MANY_PEOPLE.fullmatch(a.text)][:1]
    crowd = crowd or [a for _, a in fought] or _wreckers(facts, clause, words, people, bands)
    if not crowd or not (protesting or _kinds(words, ew.ATTACK, ew.CLASH, ew.LOOT)):
        return None
    word = (protesting or [w for w, _ in fought] or _kinds(words, ew.ATTACK, ew.CLASH, ew.LOOT))[0]
    if not protesting and _only_suffered(facts, clause, word, people, crowd):
        return None
    if any(w.kind == ew.REMOTE and w.start < word.start and ew.BLAST_BY.search(w.text) for w in words) and \
            remote.deadly(facts, clause):
        return None  # "a bomb tore through a political rally, killing 11": the rally was the bomb's target
    state = _state(facts, people)
    crowd_clashed = not protesting and any(rl.agent_target(facts.text, clause, w, people)[0] in crowd
                                        for w in _kinds(words, ew.CLASH))  # ("rival supporters clashed with machetes")
    if state is None and protesting:  # ("Taliban fighters beat and detained women protesting": the force in power
        state = next((p for p in people if rl.armed(p) and p.actor is not None), None)  # there broke it up)
    rioting = _kinds(words, ew.RIOT, ew.LOOT) or any(
        ew.GROUND_ATTACK.match(w.text) and rl.agent_target(facts.text, clause, w, people)[0] not in (state, None)
        for w in _kinds(words, ew.ATTACK)) or (
        _kinds(words, ew.CLASH) and state is not None) or crowd_clashed or bool(_BY_HAND.search(word.text))
    crowd_p = next((p for p in crowd if p.category in (et.PROTESTERS, et.RIOTERS)), crowd[0])
    crowd_p = Participant(crowd_p.start, crowd_p.end, crowd_p.text, et.PROTESTERS if crowd_p.category == et.CIVILIANS
                          else crowd_p.category)
    fired_on = state is not None and any(rl.agent_target(facts.text, clause, w, people)[0] is state
                                         for w in _kinds(words, ew.ATTACK))  # "police opened fire on protesters"
    hurt = any(t.kind in (ew.KILL, ew.INJURE) for t in facts.triggers) and not _NO_ONE.search(facts.text)
    if state is not None and (_kinds(words, ew.KILL) or fired_on and hurt or
                              re.search(r"\bshot (?:dead|and killed)|live (?:ammunition|rounds|fire)", text, re.I)):
        return _new(facts, clause, word, et.PROTESTS, et.EXCESSIVE_FORCE, state, crowd_p)
    if fired_on:
        return _new(facts, clause, word, et.PROTESTS, et.PROTEST_WITH_INTERVENTION, crowd_p, state)
    if rioting:
        mob = crowd_p.category == et.RIOTERS or crowd_clashed and state is None or _BY_HAND.search(word.text)
        victim = next((p for p in people if p.start > crowd_p.end and p.category == et.CIVILIANS), None) if mob else None
        rioters = Participant(crowd_p.start, crowd_p.end, crowd_p.text, et.RIOTERS)  # (ACLED: a riot's are Rioters)
        return _new(facts, clause, word, et.RIOTS, et.MOB_VIOLENCE if mob else et.VIOLENT_DEMONSTRATION, rioters,
                    state or victim)  # ("a mob lynched a man": the man)
    if not protesting:
        return None
    if state is not None and _INTERVENTION.search(text):
        return _new(facts, clause, word, et.PROTESTS, et.PROTEST_WITH_INTERVENTION, crowd_p, state)
    return _new(facts, clause, word, et.PROTESTS, et.PEACEFUL_PROTEST, crowd_p)


def _wreckers(facts, clause, words, people, bands: bool) -> list[Participant]:
    """"Dozens of youths set fire to a government office", "angry residents looted shops", "villagers lynched a
    suspected kidnapper": many people who wreck, burn or kill by hand are a crowd that riots (no armed band named
    with them)."""
    return [a for w in _kinds(words, ew.ATTACK, ew.LOOT) if _WRECKED.match(w.text) and
            (a := rl.agent_target(facts.text, clause, w, people)[0]) is not None and a.category == et.CIVILIANS and
            _MANY_PEOPLE.fullmatch(a.text) and not (bands and any(  # (an armed band is the victim, not the
                rl.armed(p) and p.category != et.STATE_FORCES and p.start < w.start for p in people))][:1]  # doer:
    # "villagers lynched a suspected kidnapper")


_WRECKED = re.compile(r"set (?:fire|ablaze)|torch|burn|loot|ransack|vandali[sz]|pelt|ston(?:ed|ing)|lynch|beat",
                      re.I)
_BY_HAND = re.compile(r"lynch|\bto death\b|\balive\b", re.I)  # ("villagers lynched a suspected kidnapper": a mob's)


def _state(facts, people) -> Participant | None:
    """The state's force told in the clause (not "a mob set fire to a police station": the police's building, no
    force that acted)."""
    return next((p for p in people if p.category in et.GOVERNMENT_SIDE and not rl.A_BUILDING.match(facts.text, p.end)),
                None)  # (peacekeepers who fire tear gas at a crowd too)


def intervened(facts: SentenceFacts, readings: list[Reading]) -> list[Reading]:
    """"Thousands rallied in Tbilisi; police used tear gas to disperse them and detained 20": a protest the
    sentence's state forces broke up or made arrests at is a protest with intervention, and the arrests are part of
    it (ACLED does not code them apart)."""
    protests = [r for r in readings if r.event_type == et.PROTESTS]
    protest = protests[0] if len(protests) == 1 and protests[0].sub_event_type == et.PEACEFUL_PROTEST else None
    riots = [r for r in readings if r.sub_event_type == et.VIOLENT_DEMONSTRATION]
    if protest is not None and len(riots) == 1 and [sp.name for sp in riots[0].spots] in ([], [
            sp.name for sp in protest.spots]):  # "protesters in Dhaka blocked roads and clashed with police": the
        riots[0].agent = replace(protest.agent, category=et.RIOTERS) if protest.agent else riots[0].agent  # protest
        return [r for r in readings if r is not protest]  # turned violent: one violent demonstration by its crowd
    state = next((p for p in facts.participants if p.category in et.GOVERNMENT_SIDE and not p.source), None)
    if protest is None or state is None or not _INTERVENTION.search(facts.text):
        return readings  # (two protests in one sentence: the words may be of the other one's)
    protest.sub_event_type, protest.target = et.PROTEST_WITH_INTERVENTION, protest.target or state
    if protest.fatalities:  # ("Peacekeepers fired tear gas, and at least two protesters were killed")
        protest.sub_event_type, protest.agent, protest.target = et.EXCESSIVE_FORCE, state, protest.agent
    return [r for r in readings if not (r.sub_event_type == et.ARRESTS and r.agent is not None and
                                        r.agent.category == et.STATE_FORCES)]


def _only_suffered(facts, clause, word, people, crowd) -> bool:
    """"Gunmen beat and detained three activists": the crowd suffered, it did not riot (but "riot police opened fire
    on marchers": a protest they fired on)."""
    doer = rl.agent_target(facts.text, clause, word, people)[0]
    return (doer or crowd[0]) not in crowd and not (
        doer is not None and doer.category == et.STATE_FORCES and _MARCHING.fullmatch(crowd[0].text) is not None)


_MARCHING = re.compile(r"(?:protest(?:e|o)rs|demonstrators|marchers|supporters)", re.I)  # (a crowd that is a
# protest's: "police fired live rounds at opposition supporters")
_THEM = re.compile(r"\b(?:them|the (?:protesters|demonstrators|crowds?|marchers|rally|protest|gathering))\b", re.I)


def intervened_after(readings: list[Reading], facts: dict[int, SentenceFacts]) -> list[Reading]:
    """"Hundreds protested in Port Sudan. Police fired tear gas to disperse them.": the sentence after a lone
    peaceful protest tells the state's forces breaking it up — a protest with intervention (its arrests part of it)."""
    folded = set()
    for r in readings:
        after = facts.get(r.sentence_index + 1)
        if r.sub_event_type != et.PEACEFUL_PROTEST or after is None or \
                sum(x.event_type == et.PROTESTS for x in readings if x.sentence_index == r.sentence_index) != 1 or \
                any(x.event_type == et.PROTESTS for x in readings if x.sentence_index == after.index):
            continue
        state = next((p for p in after.participants if p.category == et.STATE_FORCES and not p.source), None)
        if state is not None and _INTERVENTION.search(after.text) and _THEM.search(after.text):
            r.sub_event_type, r.target = et.PROTEST_WITH_INTERVENTION, r.target or state
            folded.add(after.index)
    return [r for r in readings if not (r.sentence_index in folded and r.sub_event_type == et.ARRESTS)]
