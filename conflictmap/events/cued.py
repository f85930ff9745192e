"""A reading made from the word that cued it: its doer when the words name none (the owner of "its drones"), the
toll of its clause, and whether it only refers to a happening told before. Shared by the rules of
:mod:`.readings` and :mod:`.remote`."""

from __future__ import annotations

from conflictmap.events import roles as rl
from conflictmap.events import words as ew
from conflictmap.events.clauses import Clause
from conflictmap.events.facts import Reading, SentenceFacts
from conflictmap.events.fatalities import count


def cued(facts: SentenceFacts, clause: Clause, word: ew.Word, event_type: str, sub: str, agent=None, target=None,
         **extra) -> Reading:
    if agent is None:
        agent = rl.owner(facts, clause, word)
    return Reading(facts.index, clause, event_type, sub, word.text, word.start, agent, target,
                   fatalities=count(facts.text[clause.start:clause.end]),
                   reference=rl.refers(facts.text, word) or rl.told_subject(facts.text, clause, word) or
                   rl.told_in(facts.text, clause, word), **extra)


def of_kinds(words: list[ew.Word], *kinds: str) -> list[ew.Word]:
    return [w for w in words if w.kind in kinds]
