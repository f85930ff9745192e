"""Claims: the group a report names as behind a happening ("Islamic State's Afghan affiliate claimed responsibility for
the attack", "the army said, blaming the ELN", "The attacks were led by Viv Ansanm"), and an event's sides with it
when its own words name no actor. Used by :mod:`conflictmap.events.extract`, after :mod:`conflictmap.events.sides`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from conflictmap.events import types as et
from conflictmap.events.actors import Actor
from conflictmap.events.drafts import Draft
from conflictmap.events.facts import SentenceFacts
from conflictmap.events.participants import Participant
from conflictmap.events.sides import actor_name


# "Islamic State's Afghan affiliate claimed responsibility for the attack", "the army said, blaming the ELN":
# the group a report names as behind a happening.
_CLAIMED = r"(?:attack|raid|bombing|killings?|ambush|assault|kidnapping|abduction)"  # (what a group claims)
_LED_BY = r"(?:was|were|are|is|have\s+been|had\s+been)\s+(?:led|carried\s+out|staged)\s+by"
_CLAIM = re.compile(r"\b(?:claim\w*\s+(?:responsibility|credit|(?:the|an?)\s+(?:[\w-]+\s+)?" + _CLAIMED + r")|blam\w*|"
                    r"attribut\w+|accus\w+|"
                    r"(?:was|were)\s+behind|" + _LED_BY + r")\b", re.I)


@dataclass(frozen=True)
class Claim:
    """Who a sentence says was behind a happening: ``group`` (None: the text says nobody knows who), told in that
    sentence (``direct``) or reached back from a later "claimed the attack"."""
    group: Actor | Participant | None
    direct: bool = True


def claims(facts: list[SentenceFacts]) -> dict[int, Claim]:
    """Sentence index → the named non-state group its words say was behind a happening, the state force they
    blame ("Residents blamed the military"), or nobody ("It was not clear who carried out the attack")."""
    out = {}
    for f in facts:
        claim = _CLAIM.search(f.text)
        named = [p.actor for p in f.participants if p.actor is not None and p.actor.kind == "non-state"]
        if claim:
            blamed = [p for p in f.participants if p.category == et.STATE_FORCES and p.actor is None and
                      re.fullmatch(r"\s+(?:on\s+|it\s+on\s+)?(?:[\w'’-]+\s+){0,3}", f.text[claim.end():p.start])]
            if len(set(named)) == 1:
                out[f.index] = Claim(named[0])
                if _CLAIMED_IT.search(f.text):  # "Islamic State claimed the attack": the one told before, however far
                    out.update({k: Claim(named[0], False) for k in range(max(0, f.index - CLAIM_BACK), f.index)
                                if k not in out})
                elif _CLAIMED_BARE.search(f.text) and f.index > 0:  # "… ¶ JeM claimed responsibility.": the
                    out.setdefault(f.index - 1, Claim(named[0], False))  # happening of the sentence just before
            elif not named and len(blamed) == 1:
                out[f.index] = Claim(blamed[0])
        elif (owned := _OWNED_UP.search(f.text)) is not None:
            speaker = [p for p in f.participants if 0 <= owned.start() - p.end <= 1 and
                       p.category in et.ARMED_CATEGORIES]  # (the one right before the saying)
            if speaker:  # "… an air strike on a market killed 64 people. The military said it had targeted fighters";
                out[f.index] = Claim(speaker[0].actor if speaker[0].actor is not None else speaker[0])  # "…, killing
                # three soldiers; al Shabaab said it carried out the attack"
        if f.index not in out and (not named and _NOBODY_KNOWS.search(f.text) or _DENIED.search(f.text)):
            out[f.index] = Claim(None)  # (nor is a group that denies it: "The Pakistani Taliban denied involvement")
    return out


_DENIED = re.compile(r"\b(?:denied|denies|deny|rejected|disclaimed)\s+(?:any\s+)?(?:involvement|responsibility|"
                     r"(?:any\s+)?role|(?:carrying|having\s+carried)\s+out)\b", re.I)
# "It was not clear who carried out the attack", "No group has claimed responsibility": the report names no doer
_NOBODY_KNOWS = re.compile(r"\b(?:(?:it\s+(?:was|is|remained|remains)\s+(?:not\s+(?:yet\s+)?clear|unclear)|"
                           r"(?:it\s+)?(?:was|is)\s+(?:not\s+known|unknown))\s+who\b|"
                           r"no\s+(?:one|group|organi[sz]ation)\s+(?:has\s+|had\s+|immediately\s+)?(?:yet\s+)?claimed|"
                           r"there\s+(?:was|has\s+been)\s+no\s+(?:immediate\s+)?claim\s+of\s+responsibility)", re.I)


# A side that says it did a strike or an attack told with no doer: "The military said it had targeted fighters"
_OWNED_UP = re.compile(r"\s+(?:said|says|acknowledged|admitted|confirmed)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|"
                       r"have\s+)?(?:targeted|struck|bombed|hit|shelled|carried\s+out)\b", re.I)


CLAIM_BACK = 30  # sentences back a claim of "the attack" may reach
_CLAIMED_BARE = re.compile(r"\bclaimed\s+responsibility\s*[.,;]", re.I)
_CLAIMED_IT = re.compile(r"\bclaim\w*\s+(?:responsibility\s+for\s+)?the\s+" + _CLAIMED + r"\b|"
                         # "The attacks are led by Viv Ansanm": those told before
                         r"\bthe\s+" + _CLAIMED + r"s?\s+" + _LED_BY + r"\b", re.I)


def with_claim(found: dict[int, Claim], draft: Draft, paragraph_of: dict[int, int],
               sides: tuple[str, str, str, str], country_of=lambda p: "") -> tuple[str, str, str, str]:
    """An event's sides with the group a claim or a blame in its sentence or the two after it (same paragraph)
    names, when the event's own words name no actor, or only a generic armed group; a doer the story's main group
    stood in for gives way to one named there ("a suicide bomber blew himself up …. Islamic State claimed the
    attack") or to nobody ("It was not clear who carried out the attack")."""
    a1, i1, a2, i2 = sides
    if draft.event_type not in et.VIOLENT_TYPES:
        return sides
    first = draft.first.sentence_index
    told = [n for n in (first, first + 1, first + 2) if n in found and paragraph_of.get(n) == paragraph_of.get(first)]
    n = next((n for n in told if found[n].direct), told[0] if told else None)  # (one told there before one reached)
    named = a1 and not a1.startswith("Unidentified Armed Group")
    if n is None or named and (not found[n].direct or _in_own_words(draft, found[n].group)):
        return sides
    group = found[n].group
    if group is None:
        return ("", "", a2, i2) if named else sides
    name, category = (group.name, et.REBEL_GROUP) if isinstance(group, Actor) else \
        (actor_name(group, country_of(group)), group.category)
    if a2 == name:
        a2, i2 = "", ""
    return name, category, a2, i2


def _in_own_words(draft: Draft, claimed: Actor | Participant | None) -> bool:
    """Do the event's own words name its doer (a group's name, a state's forces) other than the one claimed, not a
    generic noun the story's main group stands in for?"""
    return any(r.agent is not None and r.agent.actor != claimed and r.agent is not claimed and
               (r.agent.actor is not None or r.agent.category in et.GOVERNMENT_SIDE) for r in draft.readings)
