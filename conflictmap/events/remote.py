"""Explosions and remote violence: a strike from the air, shelling, a blast, a suicide bombing — read by the family
of the weapon the clause names (ACLED's sub-types), or by a state's strike in a story of war."""

from __future__ import annotations

import re
from dataclasses import replace

from conflictmap.events import references as ref, roles as rl
from conflictmap.events import types as et
from conflictmap.events import words as ew
from conflictmap.events.cued import cued, of_kinds
from conflictmap.events.facts import Reading
from conflictmap.events.fatalities import count
from conflictmap.events.participants import Participant
from conflictmap.geoparser.vocabulary import BACKED_BY


def _family(words: list[ew.Word], tools: list[ew.Word]) -> str:
    """The instrument family a clause's weapons and explosion words name: the most specific first."""
    found = {t.kind for t in tools}
    for w in of_kinds(words, ew.REMOTE):
        low = w.text.lower()
        found.add(ew.SUICIDE_BOMB if "suicide" in low else ew.GRENADE_ if "grenade" in low else
                  ew.AIR if re.search(r"air|drone|aerial", low) or _BARE_STRIKE.match(low) else
                  ew.SHELL if re.search(r"shell|artillery|mortar|rocket|missile|bombard|barrage|tank|pound|rained", low)
                  else ew.BOMB)
    return next((f for f in ew.INSTRUMENT_ORDER if f in found), "")


_SUBTYPE = {ew.SUICIDE_BOMB: et.SUICIDE, ew.CHEMICAL_: et.CHEMICAL, ew.GRENADE_: et.GRENADE, ew.AIR: et.AIR_STRIKE,
            ew.SHELL: et.SHELLING, ew.BOMB: et.REMOTE_EXPLOSIVE}
# Words that name a weapon of war by themselves; "blast", "pounded", "bombarded" need a weapon or an armed side.
_INHERENT = re.compile(r"air|drone|aerial|suicide|grenade|ied|" + ew.ARTILLERY, re.I)
_DELIVERY = re.compile(r"^(?:struck|hit|targeted|rammed|fired|fire|killed|kill|killing)", re.I)
# "attacked a cargo ship with drones and missiles": an attack is remote violence by its weapons, once it is not a
# ground assault on an armed side ("attacked the police station using mortars and drones": a battle)
_ATTACKED = re.compile(r"^attack", re.I)
_WOUNDED = re.compile(r"^(?:wound|injur|maim)", re.I)  # (a weapon that only wounded did the attack too)
# "An Israeli strike on Beirut": a strike is a state's strike from the air, said with its country ("Israeli
# strike") or in a text about armed conflict, never a workers' strike
_BARE_STRIKE = re.compile(r"(?:^|\s)strikes?$", re.I)
_ASSAULTED = re.compile(r"^(?:attacked|stormed|raided|assaulted|ambushed|overran)$", re.I)
_STRUCK = re.compile(r"^(?:struck|hit|targeted)$", re.I)


# who met a planted device: "[a patrol] hit / ran over / stepped on an IED"
_BOMBERS = (et.REBEL_GROUP, et.POLITICAL_MILITIA, et.IDENTITY_MILITIA)  # (who plant bombs, not who drive over them)
_SET_OFF = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:hit|struck|ran over|drove over|stepped on|triggered)\s+(?:an?|the)\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:landmine|land mine|mine|ied|improvised explosive device|explosive device|"
                      r"roadside bomb)s?\b", re.I)


def _a_state(p: Participant) -> bool:
    """A state named by its country as the one that struck ("Israel", not "Israeli police")."""
    return p.category == et.STATE_FORCES and bool(p.country) and p.text[:1].isupper() and " " not in p.text.strip() \
        and not p.police


# "struck Hezbollah targets", "hit militant positions": what a state's forces strike from afar
_TARGETS = re.compile(r"\s+(?:(?:[\w'’-]+\s+){0,2})(?:targets|positions|sites|launchers|depots|facilities|"
                      r"infrastructure|hideouts)\b", re.I)


def _military_targets(facts, clause, word: ew.Word, people: list[Participant]) -> bool:
    """"The Israeli military said it struck Hezbollah targets in southern Lebanon": a state's military striking
    targets or positions (no weapon named) strikes from the air."""
    agent, _ = rl.agent_target(facts.text, clause, word, people)
    return _TARGETS.match(facts.text, word.end) is not None and agent is not None and \
        agent.category == et.STATE_FORCES and not agent.police


# A way of acting told in the perfect or as a habit, before strikes in the plural ("has responded … with air strikes")
_HABIT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:responded|reacted|retaliated|answered|relied)\b|"
                    r"\b(?:often|routinely|regularly|frequently|increasingly)\b", re.I)
_IN_SUPPORT = re.compile(BACKED_BY + r"\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}$|"
                         r"\b(?:with|under)\s+(?:the\s+)?(?:support|help|cover|backing)\s+of\s+(?:the\s+)?"
                         r"(?:[\w'’.-]+\s+){0,3}$", re.I)


def reading(facts, clause, words, people, tools, air_only: bool) -> Reading | None:
    """A strike, shelling or blast the clause tells, by its weapon's family (``air_only``: from the air, or a suicide
    bombing, only)."""
    tools = [t for t in tools if not _HIT_ITSELF.match(facts.text, t.end)]  # ("a UN helicopter … came under fire")
    remote = [w for w in of_kinds(words, ew.REMOTE) if not _BARE_STRIKE.match(w.text) or facts.conflict or (
        any(p.category == et.STATE_FORCES and _BARE_STRIKE.search(p.text) for p in people) and
        any(t.kind in (ew.KILL, ew.INJURE) for t in facts.triggers))]
    delivery = [w for w in of_kinds(words, ew.ATTACK, ew.KILL) if _DELIVERY.match(w.text) or
                (not air_only and _ATTACKED.match(w.text))] or \
        [w for w in of_kinds(words, ew.INJURE) if tools and _WOUNDED.match(w.text)]  # ("a grenade … wounded 14")
    family = _family(words, tools)
    state_strike = not family and bool(delivery) and bool(_STRUCK.match(delivery[0].text)) and (any(
        t.kind in (ew.KILL, ew.INJURE) for t in facts.triggers) and any(_a_state(p) for p in people) or
        _military_targets(facts, clause, delivery[0], people))
    deadly_strike = facts.conflict and any(_BARE_STRIKE.match(w.text) for w in remote) and \
        (deadly(facts, clause) or any(_STRUCK.match(w.text) for w in delivery))  # in a story of war: "a strike on
    # a school killed 15", "strikes hit homes in Rafah"
    if state_strike or (deadly_strike and not family):
        family = ew.AIR  # "Israel struck targets in Gaza City, killing five": a state's strike, from the air
    if air_only and (family not in (ew.AIR, ew.SUICIDE_BOMB) or family == ew.SUICIDE_BOMB and any(
            _ASSAULTED.match(w.text) and not _on_civilians(w, people) for w in words)):
        return None  # ("gunmen and suicide bombers stormed police posts": a ground assault, for the battle rules;
        # not "suicide bombers and gunmen attacked crowds outside the airport": a suicide bombing)
    if not family or not (remote or (delivery and (tools or state_strike))):
        return None
    if family in (ew.GRENADE_, ew.BOMB) and _ACCIDENTAL.search(facts.text):
        return None  # ("a hand grenade exploded in a house …; police said the blast was accidental")
    generic = not tools and not any(_INHERENT.search(w.text) for w in remote)
    if generic and not any(rl.armed(p) for p in people) and not deadly_strike and \
            not _deadly_blast(facts, clause, remote) and not ref.told_subject(facts.text, clause):
        return None  # "an explosion at a factory", "Newcastle bombarded the penalty area" (not "The blasts hit
        # Beirut's southern suburbs and Tyre": where the blasts told before hit)
    word = (remote or delivery)[0]
    if remote and not delivery and _a_way_of_fighting(facts, clause, word):
        return None
    agent, target = rl.agent_target(facts.text, clause, word, people)
    for other in ([] if remote or agent is not None else delivery[1:]):  # "three were killed when a Russian drone
        doer, _ = rl.agent_target(facts.text, clause, other, people)  # hit their car": the drone's side did it
        if doer is not None and rl.armed(doer) and doer is not target:  # (not the army vehicle an IED hit)
            agent = doer
            break
    if agent is not None and _USED_BY.search(facts.text, max(0, agent.start - 30), agent.start):
        agent, target = None, agent  # "pagers used by Hezbollah members exploded": whose devices blew up, hit; "an
        # explosive device targeting a police vehicle exploded": what it was aimed at
    elif family == ew.BOMB and agent is not None and (set_off := _SET_OFF.match(facts.text, agent.end)) and not (
            set_off.group(0).lstrip().lower().startswith("triggered") and agent.category in _BOMBERS):
        agent, target = None, agent  # "a military patrol hit a landmine": the patrol is what the mine struck (but
        # "Maoist rebels triggered an IED blast": they set it off)
    elif family == ew.BOMB and not tools and agent is not None and agent.category == et.STATE_FORCES and \
            not agent.police and _BOMBED.fullmatch(word.text):
        family = ew.AIR  # "the Myanmar military bombed a monastery": a state's military bombs from the air
    which = _WHICH_KILLED.match(facts.text, clause.end)  # "an air strike near Bulaburde on Friday that killed 27
    if target is None and which is not None:  # al Shabaab fighters": the relative clause says whom the strike hit
        target = next((p for p in facts.participants if which.end() <= p.start < which.end() + 40 and rl.armed(p) and
                       p is not agent), None)
    return cued(facts, clause, word, et.REMOTE, _SUBTYPE[family], agent, target, family=family)


def _a_way_of_fighting(facts, clause, word: ew.Word) -> bool:
    """Strikes told as how a side fights, no strike of their own: "Government forces launched their offensive on June
    19, backed by Russian air strikes"; "The military has responded to battlefield losses with air strikes"."""
    if not word.text.lower().endswith(("ed", "ing")) and not deadly(facts, clause) and \
            _IN_SUPPORT.search(facts.text, max(clause.start, word.start - 40), word.start):
        return True
    return word.text.lower().endswith("s") and not facts.dates and not any(not sp.adjective for sp in facts.spots) \
        and _HABIT.search(facts.text, clause.start, word.start) is not None


# an aircraft or a vehicle that was the target: "a UN helicopter trying to evacuate soldiers came under fire"
_HIT_ITSELF = re.compile(r"(?:\s+[\w-]+){0,8}?\s+(?:came|comes|was|were)\s+(?:under\s+(?:fire|attack)|shot\s+down|"
                         r"downed|hit|struck|targeted)\b", re.I)


def _on_civilians(word: ew.Word, people: list[Participant]) -> bool:
    """Is the first one told after an assault's verb civilians ("attacked crowds of Afghans")?"""
    after = next((p for p in people if p.start >= word.end), None)
    return after is not None and after.category in (et.CIVILIANS, et.PROTESTERS)


_ACCIDENTAL = re.compile(r"\baccident(?:al|ally)?\b|\bby\s+accident\b|\bmishandl\w+", re.I)


def deadly(facts, clause) -> bool:
    """Someone was killed or wounded in the clause."""
    return any(t.kind in (ew.KILL, ew.INJURE) and clause.start <= t.start < clause.end for t in facts.triggers)


def _deadly_blast(facts, clause, remote: list[ew.Word]) -> bool:
    """"A blast killed a boy in X": an explosion that killed or wounded, not told as an accident, is an attack by
    explosives (ACLED: Remote explosive/landmine/IED) even when no one is named as behind it."""
    return any(ew.BLAST.match(w.text) for w in remote) and not ew.ACCIDENT.search(facts.text) and (
        deadly(facts, clause) or count(facts.text[clause.start:clause.end]) > 0)  # ("the toll … has risen to 19")


_USED_BY = re.compile(r"\b(?:(?:used|carried|owned|held|belonging)\s+(?:by|to)|targeting|targetting|aimed\s+at|"
                      r"planted\s+(?:on|under|near))\s+(?:[\w-]+\s+){0,2}$", re.I)
_BOMBED = re.compile(r"bomb(?:ed|ing|s)?", re.I)  # (the verb, not "a car bomb", "roadside bomb")
_WHICH_KILLED = re.compile(r"[\s,]*(?:that|which)\s+(?:also\s+|reportedly\s+)?(?:killed|wounded|injured|hit|targeted)\s+"
                           r"(?:(?:at\s+least|about|some|around|more\s+than|up\s+to)\s+)?", re.I)


def flown_by_the_state(events: list, armed_states: set[str]) -> list:
    """"Air strikes on the town killed at least 20 civilians": a strike from the air no one is named for is the
    state's (ACLED), when the story names one state's military only, that of the country struck — not in a story
    whose words arm another state (``armed_states``: the countries whose forces or aircraft it names, "Israeli
    troops"), nor over another country."""
    forces = {(e.actor1, e.inter1) for e in events if e.inter1 == et.STATE_FORCES and e.actor1.startswith("Mil")} | \
        {(e.actor2, e.inter2) for e in events if e.inter2 == et.STATE_FORCES and e.actor2.startswith("Mil")}
    if len(forces) != 1:
        return events
    (name, inter), = forces
    return [replace(e, actor1=name, inter1=inter) if e.sub_event_type == et.AIR_STRIKE and not e.actor1 and
            e.country and name == f"Military Forces of {et.forces_of(e.country)}" and e.actor2 != name and
            armed_states <= {e.country_code} else e for e in events]  # (not a strike that hit its soldiers)


# a country's word before its armed force or aircraft: "Israeli troops", "Russian jets", "the Syrian army"
ARMED_AFTER = re.compile(r"\s+(?:(?:air|ground|armed|security|special|naval)\s+)?(?:forces|troops|military|army|"
                         r"soldiers|air\s*force|navy|" + ew.AIRCRAFT + r")\b", re.I)
