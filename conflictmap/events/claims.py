"""Claims: the group a report names as behind a happening ("Islamic State's Afghan affiliate claimed responsibility for
the attack", "the army said, blaming the ELN", "The attacks were led by Viv Ansanm"), and an event's sides with it
when its own words name no actor. Used by :mod:`conflictmap.events.extract`, after :mod:`conflictmap.events.sides`."""

from __future__ import annotations

import re

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


def claims(facts: list[SentenceFacts]) -> dict[int, Actor | Participant]:
    """Sentence index → the named non-state group its words say was behind a happening, or the state force they
    blame ("Residents blamed the military")."""
    out = {}
    for f in facts:
        claim = _CLAIM.search(f.text)
        if claim:
            named = [p.actor for p in f.participants if p.actor is not None and p.actor.kind == "non-state"]
            blamed = [p for p in f.participants if p.category == et.STATE_FORCES and p.actor is None and
                      re.fullmatch(r"\s+(?:on\s+|it\s+on\s+)?(?:[\w'’-]+\s+){0,3}", f.text[claim.end():p.start])]
            if len(set(named)) == 1:
                out[f.index] = named[0]
                if _CLAIMED_IT.search(f.text):  # "Islamic State claimed the attack": the one told before, however far
                    out.update({k: named[0] for k in range(max(0, f.index - CLAIM_BACK), f.index) if k not in out})
                elif _CLAIMED_BARE.search(f.text) and f.index > 0:  # "… ¶ JeM claimed responsibility.": the
                    out.setdefault(f.index - 1, named[0])  # happening of the sentence just before, across a paragraph
            elif not named and len(blamed) == 1:
                out[f.index] = blamed[0]
        elif (owned := _OWNED_UP.search(f.text)) is not None:
            speaker = [p for p in f.participants if 0 <= owned.start() - p.end <= 1 and
                       p.category in et.ARMED_CATEGORIES]  # (the one right before the saying)
            if speaker:  # "… an air strike on a market killed 64 people. The military said it had targeted fighters";
                out[f.index] = speaker[0].actor if speaker[0].actor is not None else speaker[0]  # "…, killing three
                # soldiers; al Shabaab said it carried out the attack"
    return out


# A side that says it did a strike or an attack told with no doer: "The military said it had targeted fighters"
_OWNED_UP = re.compile(r"\s+(?:said|says|acknowledged|admitted|confirmed)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|"
                       r"have\s+)?(?:targeted|struck|bombed|hit|shelled|carried\s+out)\b", re.I)


CLAIM_BACK = 30  # sentences back a claim of "the attack" may reach
_CLAIMED_BARE = re.compile(r"\bclaimed\s+responsibility\s*[.,;]", re.I)
_CLAIMED_IT = re.compile(r"\bclaim\w*\s+(?:responsibility\s+for\s+)?the\s+" + _CLAIMED + r"\b|"
                         # "The attacks are led by Viv Ansanm": those told before
                         r"\bthe\s+" + _CLAIMED + r"s?\s+" + _LED_BY + r"\b", re.I)


def with_claim(found: dict[int, Actor | Participant], draft: Draft, paragraph_of: dict[int, int],
               sides: tuple[str, str, str, str], country_of=lambda p: "") -> tuple[str, str, str, str]:
    """An event's sides with the group a claim or a blame in its sentence or the two after it (same paragraph)
    names, when the event's own words name no actor, or only a generic armed group."""
    a1, i1, a2, i2 = sides
    if draft.event_type not in et.VIOLENT_TYPES or (a1 and not a1.startswith("Unidentified Armed Group")):
        return sides
    first = draft.first.sentence_index
    n = next((n for n in (first, first + 1, first + 2) if n in found and
              paragraph_of.get(n) == paragraph_of.get(first)), None)
    if n is None:
        return sides
    group = found[n]
    name, category = (group.name, et.REBEL_GROUP) if isinstance(group, Actor) else \
        (actor_name(group, country_of(group)), group.category)
    if a2 == name:
        a2, i2 = "", ""
    return name, category, a2, i2
