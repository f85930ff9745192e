"""Takings told as steps of an advance: "Troops advanced from the south, taking the villages of Kisik and al-Abra"
is a step of the advance; "The Houthis, who seized Sanaa in September, have pushed south this week" looks back on
where the advance began."""

from __future__ import annotations

import re
from dataclasses import replace

from conflictmap.events import lexicon
from conflictmap.events.facts import Reading

_MOVING = re.compile(r"\b(?:push|advanc|mov|march|swe(?:ep|pt)|drove|driv|press|stream|rac)\w*\s+(?:\w+ly\s+)?"
                     r"(?:on|in|into|to|towards?|north|south|east|west|deeper|forward|from\s+the\s+(?:north|south|"
                     r"east|west))\w*\b", re.I)  # ("advanced from the south and west")


def taken_on_the_move(r: Reading, sentence: str) -> bool:
    """"Troops advanced from the south and west, taking the villages of Kisik and al-Abra": a taking told as the
    participle of a movement is a step of an advance."""
    return r.role == "take" and r.cue.lower().endswith("ing") and _MOVING.search(sentence, 0, r.cue_start) is not None


def where_it_began(r: Reading, sentence: str) -> Reading:
    """"The Houthis, who seized Sanaa in September, have pushed rapidly south this week": a taking the article looks
    back on (dated this year), told in the sentence of the force's movement, is where the advance began — no event
    of its own, the advance's origin."""
    if not (r.background and r.role == "take" and r.agent is not None and r.date is not None and
            r.date.date is not None and r.date.precision <= 3):
        return r
    if _MOVING.search(sentence):
        return replace(r, event_type="", sub_event_type="", role="origin", background=False)
    if r.clause.opener in ("which", "that") and _TAKEN_SO_FAR.search(sentence, 0, r.clause.start):
        return replace(r, event_type="", sub_event_type="", role="advance", background=False)  # "has retaken
        # several towns since January, including Jowhar, which it seized in March": a stop of the advance, by its date
    return r


_TAKEN_SO_FAR = re.compile(r"\b(?:has|have)\s+(?:since\s+|now\s+|also\s+)?(?:taken|" +
                           lexicon.verbs("capture").pattern("participle") + r")\b", re.I)
