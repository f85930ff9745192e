"""Sides a clause leaves unsaid, read from the happenings told just before it: the air force of the strike told a
sentence before, the side "them" or "the group" stands for, the two sides of the fight that "the fighting" goes on."""

from __future__ import annotations

import re

from conflictmap.events import roles as rl
from conflictmap.events import types as et
from conflictmap.events.facts import Reading, SentenceFacts
from conflictmap.events.participants import Participant
from conflictmap.syntax.parse import parse

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


def later_plural_subject(f: SentenceFacts | None, doer, pronoun: str):
    """"The army raided a house, and dozens of Maute fighters came to his aid. They burned a school": "they" is the
    plural subject of a later main clause of the sentence before, not the last doer told there when that is one body
    by a singular noun ("the army", "the military": "it"; ``doer`` None: none was told there). None when nothing
    there says otherwise."""
    if f is None or pronoun != "they" or doer is not None and (doer.actor is not None or _plural(doer.text)):
        return None
    tree = parse(f.text)
    if tree is None:
        return None
    later = [p for p in f.participants if p.start >= (doer.end if doer else 0) and p.category in et.ARMED_CATEGORIES and
             not p.unknown and not p.source and _plural(p.text)]
    return next((p for p in reversed(later) if any(_subject(tree, t) for t in tree.tokens
                                                   if p.start <= t.start < p.end)), None)


def _subject(tree, t) -> bool:
    """Is the token the subject of a main or coordinated clause, or the noun such a subject counts ("dozens of
    fighters … came"), not of what was said ("Soldiers said the rebels had fled")?"""
    head = tree.head_of(t.i)
    if t.dep == "nmod" and head is not None and head.dep in ("nsubj", "nsubj:pass") and head.tag in ("NNS", "CD"):
        t, head = head, tree.head_of(head.i)
    return t.dep in ("nsubj", "nsubj:pass") and head is not None and head.dep in ("root", "conj")


def _plural(noun: str) -> bool:
    """Is a participant's noun plural ("fighters", "police"), as "they" needs?"""
    last = noun.lower().split()[-1] if noun.split() else ""
    return last in ("police", "people", "personnel") or last.endswith("s") and not last.endswith("ss")


def subject_pronoun(text: str) -> str:
    """The pronoun a clause's words before its verb open with ("They burned…", "On Friday it seized…"), else ""."""
    m = re.search(r"\b(they|it)\b", text, re.I)
    return m.group(1).lower() if m else ""


# A country that says "it" did something: "Russia said on Friday it had taken…", "Israel says its forces struck…"
_STATE_SAYS = re.compile(r"\s+(?:said|says|announced|claimed|confirmed)\s+(?:(?:on|late|early|in|last)\s+\w+\s+)?"
                         r"(?:that\s+)?(?:it|its\s+(?:forces|troops|army|military|soldiers))\b", re.I)


def speaking_state(f: SentenceFacts, r: Reading) -> Participant | None:
    """"Russia said on Friday it had taken complete control of the plant": a country that says "it" (or "its
    forces") did the act is its state forces, whoever was told before."""
    for sp in f.spots:
        m = _STATE_SAYS.match(f.text, sp.end) if sp.feature == "country" and not sp.adjective and \
            sp.placed is not None and sp.end <= r.cue_start else None
        if m is not None and m.end() <= r.cue_start and r.clause.start <= m.end():
            return Participant(sp.start, sp.end, sp.name, et.STATE_FORCES, country=sp.placed.toponym.country_code)
    return None


# "withdrew from Debaltseve …, ceding it to pro-Russian separatists": the side a place given up was left to
_CEDED_TO = re.compile(r"\b(?:ced(?:ed|ing)|hand(?:ed|ing)(?:\s+over)?|surrender(?:ed|ing)|leav(?:ing)|left|"
                       r"abandon(?:ed|ing)|yield(?:ed|ing))\s+(?:it|the\s+(?:town|city|village|base|area)|"
                       r"control(?:\s+of\s+it)?)\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


def ceded_to(facts: SentenceFacts, r: Reading) -> Participant | None:
    """The armed side a withdrawal left its place to, told after it in the sentence ("ceding it to the rebels")."""
    return next((p for p in facts.participants if p.start > r.cue_start and rl.armed(p) and
                 _CEDED_TO.search(facts.text, max(r.cue_start, p.start - 80), p.start)), None)
