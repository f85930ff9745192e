"""Sides a clause leaves unsaid, read from the happenings told just before it: the air force of the strike told a
sentence before, the side "them" or "the group" stands for, the two sides of the fight that "the fighting" goes on."""

from __future__ import annotations

import re

from conflictmap.events import roles as rl
from conflictmap.events import types as et
from conflictmap.events.facts import Reading

LOOK_BACK = 3  # sentences a pronoun's antecedent is looked for in, when no happening was told nearer


def air_force(r: Reading, flew: tuple, last: tuple) -> tuple:
    """Whose an air strike told with no doer is: the air force of the strike told a sentence or two before
    (``flew``: its doer and sentence: "Russian warplanes pounded Aleppo. Air strikes on Sunday killed 25
    civilians"), else a state's forces that acted in its sentence (``last``: "Israeli forces raided the camp; a
    drone strike killed five"). Returns the last state air strike's doer and sentence."""
    (doer, flown), (side, told) = flew, last
    if r.agent is None and doer is not None and 0 <= r.sentence_index - flown <= 2:
        r.agent = doer
    elif r.agent is None and side is not None and side.category == et.STATE_FORCES and told == r.sentence_index:
        r.agent = side
    elif r.agent is not None and r.agent.category == et.STATE_FORCES:
        return r.agent, r.sentence_index
    return doer, flown


def fight_sides(r: Reading, text: str, fought: tuple, last: tuple, group: tuple) -> tuple:
    """A fight's sides told by a pronoun, a band's noun or not at all: "Wazalendo militiamen fought them" — the side
    told before (``last``: it and its sentence); "the SDF are fighting the group in Raqqa" — the band told before
    (``group``); "Fighting was still going on in Bakhmut on Sunday" — those of the fight told just before
    (``fought``: its sides and sentence). Returns the last fight's sides and sentence."""
    (pair, fight), (doer, told), (band, banded) = fought, last, group
    them = _THEM.match(text, r.cue_start + len(r.cue))
    if them is not None and them.group(1) is not None:
        doer, told = band, banded
    if r.agent is not None and r.target is None and doer is not None and r.sentence_index - told <= LOOK_BACK and \
            them is not None and not rl.same_side(doer, r.agent):
        r.target = doer
    if r.agent is None and r.target is None and pair is not None and 0 < r.sentence_index - fight <= LOOK_BACK and \
            not r.reference:
        r.agent, r.target = pair  # ("Russian and Ukrainian troops fought on Saturday. Fighting was still going
        # on in Bakhmut on Sunday": the same two sides)
    elif r.agent is not None and r.target is not None:
        return (r.agent, r.target), r.sentence_index
    return pair, fight


_THEM = re.compile(r"\s+(?:with\s+|against\s+)?(?:them|the\s+(" + rl.BAND_NOUNS + r"))\b", re.I)  # (a fight's
# object told by a pronoun or a band's noun)
