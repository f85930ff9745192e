"""Readings of strategic developments (ACLED): arrests of political or armed-group significance, weapons seized or
defused, looting and property destroyed (:func:`arson`, :func:`destroyed`), agreements, a government's emergency measures (a state of emergency, a curfew: ACLED's "Other"). Each is asked after the violent types (:func:`.readings._classify`): an arrest that
came with a beating or a killing is the violence."""

from __future__ import annotations

import re

from conflictmap.events import remote, roles as rl
from conflictmap.events import types as et
from conflictmap.events import words as ew
from conflictmap.events.cued import cued as _new, of_kinds as _kinds
from conflictmap.events.facts import Reading
from conflictmap.events.participants import Participant

_CONFLICT_LINK = re.compile(r"\b(?:militan\w*|insurgen\w*|terror\w*|rebels?|maoists?|naxal\w*|jihad\w*|extremis\w*|"
                            r"separatis\w*|banned|outfit|explosives?|weapons|arms|ammunition|grenades?|ieds?|"
                            r"protest\w*|demonstrat\w*|activists?|opposition|recruit\w*|armed groups?|suicide|"
                            r"sedition|insurrection|coup|"  # (a politician's or a party's supporters:)
                            r"supporters\s+of\s+(?:[\w-]+\s+){0,3}(?:prime\s+minister|president|party|leader|"
                            r"opposition|candidate))\b", re.I)
# "members of Ansaru": of an organisation (not "of the Smith family", "of the Hawick rugby club")
_MEMBERS_OF = re.compile(r"\b[Mm]embers? of (?:the )?(?:[A-Z][\w'’-]*\s+){0,4}?[A-Z][\w'’-]*(?!\s+(?:[a-z]+\s+)?(?:"
                         r"family|families|household|clan|club|team|band|church|parish|congregation|crew|gang|tribe|"
                         r"community|public|staff|board|committee|council|cast|choir|squad|orchestra)\b)(?![\w'’-])")
_DURING = re.compile(r"\b(?:during|in\s+the\s+course\s+of|while\s+resisting)\s+"
                     r"(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?$", re.I)
SOLDIERS = re.compile(r"soldier|troop|army|military|marine|commando|paratroop|junta|guards?\b", re.I)


def arrest(facts, clause, words, people, tools) -> Reading | None:
    """Arrests of political or armed-group significance (militants, protesters; by soldiers) by state forces."""
    held = _kinds(words, ew.ARREST)
    word, agent, target, armed = rl.sides(facts, clause, held, people) if held else (None, None, None, None)
    military = target and agent and agent.category == et.STATE_FORCES and (
        SOLDIERS.search(agent.text) or agent.country and target.country and agent.country != target.country)
    # (soldiers detaining people, or a state's forces another country's people: "Israeli forces arrested 25
    # Palestinians")
    if not held or not (_CONFLICT_LINK.search(facts.text) or _MEMBERS_OF.search(facts.text) or military) or \
            _DURING.search(facts.text, max(0, word.start - 30), word.start):
        return None  # ("a trader was shot dead by officers during an arrest": the setting of a killing, no arrest)
    if agent is not None and agent.category != et.STATE_FORCES and agent.actor is None:
        agent = None
    if agent is None and not (facts.conflict or any(p.category == et.STATE_FORCES for p in facts.participants)):
        return None
    return _new(facts, clause, word, et.STRATEGIC, et.ARRESTS, agent, target)


def disrupted(facts, clause, words, people, tools) -> Reading | None:
    """Weapons of war found, defused or seized (explosives, mines, grenades; or arms of an armed group)."""
    found = _kinds(words, ew.DEFUSE)
    armed_group = any(p.actor is not None or p.category in (et.REBEL_GROUP, et.IDENTITY_MILITIA) for p in
                      facts.participants)
    if not found or not (tools or (armed_group and re.search(r"weapons|arms|ammunition|rifles|guns",
                                                             facts.text[clause.start:clause.end], re.I))):
        return None
    if not (facts.conflict or armed_group):
        return None
    agent, target = rl.agent_target(facts.text, clause, found[0], people)
    return _new(facts, clause, found[0], et.STRATEGIC, et.DISRUPTED_WEAPONS, agent, None)


def looting(facts, clause, words, people, tools) -> Reading | None:
    taken = _kinds(words, ew.LOOT)
    if not taken:
        return None
    if re.fullmatch(ew.BURNED_NAME, taken[0].text, re.I) and not any(
            0 < sp.start - taken[0].end <= 1 and not sp.adjective for sp in facts.spots):
        return None  # ("burned Israeli flags": no place burnt)
    agent, target = rl.agent_target(facts.text, clause, taken[0], people)
    if not (rl.armed(agent) or (agent is None and facts.conflict)):
        return None
    hurt = next((t for t in facts.triggers if t.kind in (ew.INJURE, ew.KILL) and t.start > taken[0].start and
                 clause.start <= t.start < clause.end), None)
    victim = next((p for p in people if hurt is not None and p.start > hurt.start and p.category == et.CIVILIANS), None)
    if victim is not None:  # "settlers set fire to houses and cars …, injuring five Palestinians": an attack on them
        return _new(facts, clause, taken[0], et.VAC, et.ATTACK, agent, victim)
    return _new(facts, clause, taken[0], et.STRATEGIC, et.LOOTING, agent, target)


def agreement(facts, clause, words, people, tools) -> Reading | None:
    signed = _kinds(words, ew.AGREEMENT)
    if not signed:
        return None
    if not re.search(r"cease|truce|peace|armistice", signed[0].text, re.I) and not any(
            p.actor is not None or rl.armed(p) for p in people):
        return None  # "signed a five-year agreement to lease the jail"
    agent, target = rl.agent_target(facts.text, clause, signed[0], people)
    return _new(facts, clause, signed[0], et.STRATEGIC, et.AGREEMENT, agent, target)


def emergency(facts, clause, words, people, tools) -> Reading | None:
    """"The government declared a nationwide state of emergency", "the army imposed a curfew in Goma": a state's
    measure against the threat the article reports (ACLED: Strategic developments, Other) — only in a text about
    armed conflict (not a curfew for a storm or an epidemic)."""
    declared = _kinds(words, ew.EMERGENCY)
    if not declared or not facts.conflict or re.search(r"\b(?:storm|flood|hurricane|cyclone|epidemic|pandemic|covid|"
                                                       r"outbreak|drought|wildfire|heatwave)\w*", facts.text, re.I):
        return None
    agent, _ = rl.agent_target(facts.text, clause, declared[0], people)
    return _new(facts, clause, declared[0], et.STRATEGIC, et.OTHER, agent if agent is not None and
                agent.category == et.STATE_FORCES else None, None)


def arson(facts, clause, attack: list[ew.Word], hit: list[Participant]) -> bool:
    """Buildings or vehicles of a force set on fire, no one hurt: property destroyed (ACLED), not a fight."""
    return all(PROPERTY.search(w.text) for w in attack) and not remote.deadly(facts, clause) and \
        all(_BUILDING.match(facts.text, p.end) for p in hit if rl.armed(p)) and \
        not any(t.kind == ew.INJURE and clause.start <= t.start < clause.end for t in facts.triggers)  # ("set fire
    # to houses …, injuring five Palestinians": an attack on them)


_BUILDING = re.compile(r"\s+(?:headquarters|stations?|posts?|barracks|buildings?|offices?|compounds?|vehicles?|trucks?|"
                       r"homes?|houses?)\b", re.I)  # (a force's buildings or vehicles, not its men)
PROPERTY = re.compile(r"torch|set|burn|blew up|blown up|destroy|demolish|vandali", re.I)


def destroyed(facts, clause, word, agent) -> Reading | None:
    """Property burnt or destroyed by an armed side, no one harmed: ACLED's looting/property destruction."""
    if agent is None and not facts.conflict or agent is not None and not rl.armed(agent):
        return None
    return _new(facts, clause, word, et.STRATEGIC, et.LOOTING, agent, None)
