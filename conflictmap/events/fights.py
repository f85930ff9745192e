"""Who fought whom when the words tell it askew: a side that repelled an attack (the attack's owner attacked), the
dead told before the fight they fell in, villagers who fought back (armed: a communal militia in ACLED's terms)."""

from __future__ import annotations

import re
from dataclasses import replace

from conflictmap.events import roles as rl
from conflictmap.events import types as et
from conflictmap.events.participants import Participant

_KILLED_IN = re.compile(r"[^.;]{0,80}?\b(?:in|during|amid)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}", re.I)


def killed_in_the_fight(facts, kills: list, word):
    """(who killed, whom) when a killing before the fight's word was in it: the armed doer named before the killing
    (a speaker too: "the rebels said they had killed …"), and the first armed side it killed; None otherwise."""
    kill = next((w for w in kills if w.end <= word.start and
                 _KILLED_IN.fullmatch(facts.text, w.end, word.start)), None)
    if kill is None:
        return None
    doer = next((p for p in reversed(facts.participants) if p.end <= kill.start and rl.armed(p)), None)
    killed = next((p for p in facts.participants if kill.end <= p.start < word.start and rl.armed(p)), None)
    return (doer, killed) if doer is not None and killed is not None else None


REPELLED = re.compile(r"repell?(?:ed|ing)|repuls(?:ed|ing)", re.I)
FOUGHT_BACK = re.compile(REPELLED.pattern + r"|fought\s+off|fought\s+back|beat\s+back", re.I)  # (one that repelled,
# or fought off)
_ATTACKS = re.compile(r"\s+(?:attacks?|assaults?|offensives?|advances?|raids?|incursions?)\b", re.I)


def attacker(facts, word, target: Participant | None) -> Participant | None:
    """Who attacked when a side repelled an attack: "attacks by X" (the target the words found), or a country's
    adjective before the attacks ("repelled 38 Russian attacks": that country's forces)."""
    between = facts.text[word.end:target.start] if target is not None else ""
    if target is not None and re.fullmatch(r"\s+(?:[\w,-]+\s+){0,3}?(?:attacks?|assaults?|offensives?|raids?)\s+by\s+"
                                           r"(?:the\s+)?(?:[\w-]+\s+)?", between, re.I):
        return target
    if target is not None and re.fullmatch(r"\s+(?:an?|the|another|two|three|several|\d+)\s+(?:[\w-]+\s+)?", between) \
            and _ATTACKS.match(facts.text, target.end):  # "repelled an M23 attack": the attack's owner attacked
        return target
    adjective = next((sp for sp in facts.spots if sp.adjective and sp.placed is not None and
                      re.fullmatch(r"\s+(?:[\w,-]+\s+){0,2}?", facts.text[word.end:sp.start] + " ") and
                      _ATTACKS.match(facts.text, sp.end)), None)
    if adjective is None:
        return None
    return Participant(adjective.start, adjective.end, adjective.name, et.STATE_FORCES,
                       country=adjective.placed.toponym.country_code)


def villagers_who_fought(clause, word, people: list[Participant]) -> Participant | None:
    """"Villagers repelled an attack by bandits": civilians told as the ones who fought back are armed — a communal
    militia (ACLED) — and the fight's first side; None when no civilians before the words did."""
    p = next((p for p in people if p.category == et.CIVILIANS and clause.start <= p.start and p.end <= word.start),
             None)
    return replace(p, category=et.IDENTITY_MILITIA) if p is not None and FOUGHT_BACK.match(word.text) else None


# "clashes between two ethnic groups", "fighting between rival clans": one noun for both sides
_BETWEEN_TWO = re.compile(r"\bbetween\s+(?:two|rival|warring)\b|"  # ("between Shiite and Sunni tribes": two peoples)
                          r"\bbetween\s+(?-i:[A-Z])[\w'’-]+\s+and\s+(?-i:[A-Z])[\w'’-]+\s+\w+$", re.I)


def other_of_two(text: str, target: Participant | None) -> Participant | None:
    """The first side of a fight told as "between two ethnic groups": the other of the two the noun names (a side of
    its own, though told by the same words)."""
    if target is None or target.category != et.IDENTITY_MILITIA or \
            not _BETWEEN_TWO.search(text, max(0, target.start - 40), target.end):
        return None
    return replace(target, text=f"{target.text} (the other side)")
