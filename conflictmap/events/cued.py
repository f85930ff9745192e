"""A reading made from the word that cued it: its doer when the words name none (the owner of "its drones"), the
toll of its clause, and whether it only refers to a happening told before. Shared by the rules of
:mod:`.readings` and :mod:`.remote`."""

from __future__ import annotations

import re

from conflictmap.events import references as ref, roles as rl
from conflictmap.events import types as et
from conflictmap.events import words as ew
from conflictmap.events.clauses import Clause
from conflictmap.events.facts import Reading, SentenceFacts
from conflictmap.events.fatalities import count


def cued(facts: SentenceFacts, clause: Clause, word: ew.Word, event_type: str, sub: str, agent=None, target=None,
         **extra) -> Reading:
    if agent is None:
        agent = rl.owner(facts, clause, word)
    return Reading(facts.index, clause, event_type, sub, word.text, word.start, agent, target,
                   fatalities=(count(facts.text[clause.start:clause.end]) or _relative_toll(facts.text, clause.end)) +
                   _toll_while(facts.text, clause.end),
                   reference=ref.refers(facts.text, word) or ref.told_subject(facts.text, clause, word) or
                   ref.told_in(facts.text, clause, word), **extra)


def of_kinds(words: list[ew.Word], *kinds: str) -> list[ew.Word]:
    return [w for w in words if w.kind in kinds]


def _relative_toll(text: str, end: int) -> int:
    """The toll a relative clause right after tells, when its subject is the happening or its dead: "… and struck
    Mahini the following evening, where 24 bodies were found", "a drone strike … that killed two commanders"."""
    m = _RELATIVE_TOLL.match(text, end)
    return count(m.group(0)) if m is not None else 0


_RELATIVE_TOLL = re.compile(r"[\s,]*(?:(?:where|in which)\s+[^.;,]*?\bbod(?:y|ies)\s+(?:were|was)\s+found|"
                            r"(?:where|in which)\s+(?![^.;,]*\b(?:soldiers|troops|police\w*|officers|militants|fighters|"
                            r"rebels|insurgents|attackers|gunmen|jihadists)\b)[^.;,]*?\b(?:were|was|had\s+been)\s+"
                            r"(?:killed|shot\s+dead|massacred)|(?:that|which)\s+"
                            r"(?:also\s+|reportedly\s+)?(?:killed|left))[^.;]*", re.I)  # (a where-clause that tells a
# killing of armed men is read by itself: "overran Dori, where twelve soldiers were killed, and Sebba"; one of
# people killed by no one named is the raid's: "raided Wad Ushaib, where 15 people were killed")


# ", while two soldiers died in the fighting": the other side's dead of the same happening, told in a clause of its own
_WHILE_DIED = re.compile(r"[\s,]*while\s+(?:at\s+least\s+)?[\w-]+\s+(?:[\w-]+\s+){0,2}"
                         r"(?:died|were\s+killed|was\s+killed|lost\s+their\s+lives)\b[^.;,]*", re.I)


def _toll_while(text: str, end: int) -> int:
    m = _WHILE_DIED.match(text, end)
    return count(m.group(0)) if m is not None else 0


def told_again(facts: SentenceFacts, clause: Clause, word: ew.Word) -> Reading | None:
    """A happening already told, told again by its definite noun with where or when it was ("The attack on the Lala
    camp in Djugu territory began late on Sunday"): a reference that adds its place and day to that happening."""
    if not ref.EVENT_NOUN.match(word.text) or not ref.refers(facts.text, word) or not (
            any(clause.start <= sp.start < clause.end for sp in facts.spots) or
            any(clause.start <= d.start < clause.end for d in facts.dates)):
        return None
    kind, sub = next(((k, s) for pattern, k, s in ew.TOLD_TYPES if pattern.match(word.text.lower())),
                     (et.VAC, et.ATTACK))
    return cued(facts, clause, word, kind, sub)
