"""Sides a clause leaves unsaid, read from the happenings told just before it: the air force of the strike told a
sentence before, the side "them" or "the group" stands for, the two sides of the fight that "the fighting" goes on,
the subject of a sentence told between happenings (:func:`subject_between`), the doer a "when" clause names for
a taking told as a noun (:func:`doer_then`), the subject a relative clause interrupts
(:func:`subject_before_relative`)."""

from __future__ import annotations

import re
from dataclasses import replace

from conflictmap.events import clauses as cl, lexicon, roles as rl, structure
from conflictmap.events import types as et
from conflictmap.events import words as ew
from conflictmap.events.facts import Reading, SentenceFacts
from conflictmap.events.participants import Participant
from conflictmap.syntax.parse import parse

_SAID = re.compile(cl.SAYING, re.I)  # (a root verb of saying: what was said is the sentence's news)
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


def speaking_official(f: SentenceFacts, r: Reading) -> Participant | None:
    """"“We have taken control of all of Mogadishu,” President Sharif Sheikh Ahmed told reporters": the "we" of a
    quote a state's head, minister or army spokesman speaks is that state's forces (the country of the place)."""
    quote = _QUOTED_WE.search(f.text, 0, r.cue_start)
    said = _OFFICIAL_SAID.match(f.text, quote.end()) if quote is not None and \
        not re.search(r"[”\"]", f.text[quote.end():r.cue_start]) else None
    place = next((sp for sp in r.spots if sp.placed is not None), None)
    if said is None or place is None:
        return None
    return Participant(said.start(1), said.end(1), said.group(1), et.STATE_FORCES,
                       country=place.placed.toponym.country_code)


_QUOTED_WE = re.compile(r"[“\"]\s*(?:[^”\"]*?\s)?[Ww]e\b")
_OFFICIAL_SAID = re.compile(r"[^”\"]*[”\"],?\s+(?:the\s+)?((?:President|Prime\s+Minister|(?:Defen[cs]e|Interior)\s+"
                            r"Minister|army\s+spokesman|military\s+spokesman|army\s+chief|government\s+spokesman)\b)")


# "withdrew from Debaltseve …, ceding it to pro-Russian separatists": the side a place given up was left to
_CEDED_TO = re.compile(r"\b(?:ced(?:ed|ing)|hand(?:ed|ing)(?:\s+over)?|surrender(?:ed|ing)|leav(?:ing)|left|"
                       r"abandon(?:ed|ing)|yield(?:ed|ing))\s+(?:it|the\s+(?:town|city|village|base|area)|"
                       r"control(?:\s+of\s+it)?)\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)


def ceded_to(facts: SentenceFacts, r: Reading) -> Participant | None:
    """The armed side a withdrawal left its place to, told after it in the sentence ("ceding it to the rebels")."""
    return next((p for p in facts.participants if p.start > r.cue_start and rl.armed(p) and
                 _CEDED_TO.search(facts.text, max(r.cue_start, p.start - 80), p.start)), None)


def root_subject(text: str):
    """(the sentence's parse, its root, the root's subject): the parse's parts a sentence's subject is read from."""
    tree = parse(text)
    root = next((t for t in tree.tokens if t.dep == "root"), None) if tree is not None else None
    return tree, root, tree.subject(root.i) if root is not None else None


def subject_between(facts: dict[int, SentenceFacts], after: int, before: int, state: bool = True):
    """The armed side that is the subject of the last sentence between two that told happenings ("The RSF took
    Melit. *The army* holds El Fasher. Its aircraft struck…"), if one is."""
    for k in range(before - 1, max(after, before - 1 - LOOK_BACK), -1):  # (a few sentences: linear in the text)
        f = facts.get(k)
        armed = [p for p in f.participants if p.category in et.ARMED_CATEGORIES and not p.unknown and
                 (state or p.category != et.STATE_FORCES)] if f else []
        if not armed:
            continue
        tree, root, subject = root_subject(f.text)
        told = next((c for c in tree.children(root.i) if c.dep == "ccomp" and c.i < root.i), None) \
            if root is not None and _SAID.fullmatch(root.text) else None  # ("Russian troops now control the
        if told is not None and not any(p.start <= subject.start < p.end for p in armed if subject is not None):
            root, subject = told, tree.subject(told.i)  # city, the ministry said": what was said, and its subject
        if subject is None and root is not None and root.i == 1 and any(sp.start == 0 for sp in f.spots):
            subject = tree.tokens[0]  # (a place's name right before the verb, whatever the parser made of it: "Chad
            # sent 2,000 soldiers", read as "Had sent")
        if subject is not None:
            found = next((p for p in armed if p.start <= subject.start < p.end), None)
            if found is not None and _GAVE_UP.fullmatch(root.text):
                return _the_other_doer(f, tree, found, armed) or found
            return found or _sent_by(f, subject, armed)
    return None


_GAVE_UP = re.compile(lexicon.verbs("cede").pattern(verb_only=True) + r"|fled|fleeing|evacuated", re.I)


def _the_other_doer(facts: SentenceFacts, tree, gave_up, armed: list):
    """"Government forces withdrew from the town after the insurgents overran two bases. 'They attacked with car
    bombs'": the side a sentence tells giving ground is not the one that acts next; the subject of its other verb
    is."""
    for p in armed:
        word = tree.at(p.start) if p is not gave_up else None
        while word is not None and word.dep not in ("nsubj", "root") and tree.head_of(word.i) is not None and \
                p.start <= tree.head_of(word.i).start < p.end:
            word = tree.head_of(word.i)
        if word is not None and word.dep == "nsubj" and not rl.same_side(p, gave_up):
            return p
    return None


def _sent_by(facts: SentenceFacts, subject, armed: list):
    """"Rwanda deployed about 1,000 troops in July. They …": a country as the subject, its forces the sentence's
    state side (their country that one)."""
    country = next((s for s in facts.spots if s.start <= subject.start < s.end and s.feature == "country"), None)
    forces = next((p for p in armed if p.category == et.STATE_FORCES and p.start > subject.start), None)
    if country is None or forces is None:
        return None
    return replace(forces, country=country.placed.toponym.country_code)


_INTERRUPTED = re.compile(r"\s*([^,]{2,80}),\s+(?:who|which)\b")


def subject_before_relative(facts: SentenceFacts, clause: cl.Clause) -> Participant | None:
    """"Chadian and Nigerien forces, who have fought Boko Haram since February, retook Damasak": the armed subject
    the sentence opens with, before the relative clause that interrupts it (no verb in those words)."""
    m = _INTERRUPTED.match(facts.text)
    if m is None or clause.start < m.end() or structure.has_verb(facts, 0, m.end(1)):
        return None
    armed = [p for p in facts.participants if p.start < m.end(1) and rl.armed(p)]
    return armed[-1] if armed else None


def doer_then(facts: SentenceFacts, clause: cl.Clause, word: ew.Word,
              target: Participant | None) -> Participant | None:
    """"the recapture of Gao on Saturday, when French special forces seized the airport": a taking told as a noun,
    whose doer the "when" clause right after it names as the subject of a taking or an attack there."""
    if word.kind != ew.TAKE or not _A_TAKING.fullmatch(word.text.split()[0]):
        return None
    then = next((c for c in cl.split(facts.text) if c.start >= clause.end), None)
    if then is None or then.opener != "when":
        return None
    act = next((w for w in facts.triggers if then.start <= w.start < then.end and w.kind in (ew.TAKE, ew.ATTACK)), None)
    return next((p for p in facts.participants if act is not None and then.start <= p.start < act.start and
                 rl.armed(p) and p is not target and not p.source), None)


_A_TAKING = re.compile(r"(?:re)?capture|fall|liberation|seizure|takeover|loss", re.I)
