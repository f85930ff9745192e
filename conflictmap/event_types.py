"""What happened: ACLED's event types and sub-types, the cue words that signal them in a sentence, and which
places of the sentence each cue governs (:func:`classify`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

CONTEXT = "Context"
CONTEXT_SUB = "Place mentioned"
BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRATEGIC = "Strategic developments"
PROTESTS = "Protests"
RIOTS = "Riots"
NSA_TAKEOVER = "Non-state actor overtakes territory"
GOV_REGAINS = "Government regains territory"
TERRITORY_SUBTYPES = (NSA_TAKEOVER, GOV_REGAINS)


@dataclass(frozen=True)
class Cue:
    event_type: str
    sub_event_type: str
    pattern: re.Pattern
    governs: str  # "after": the places after the words; "before": the place just before them
    role: str = ""  # "origin" for "offensive from X"


def _cue(event_type, sub, words, governs="after", role=""):
    return Cue(event_type, sub, re.compile(words, re.I), governs, role)


CUES: tuple[Cue, ...] = (
    _cue(BATTLES, "", r"\b(?:offensive|assault|attack|campaign|push|operation)s?\b[^.;]{0,60}?\bfrom\b",
         role="origin"),
    _cue(BATTLES, "", r"\blaunch\w*\b[^.;]{0,40}?\bfrom\b", role="origin"),
    _cue(BATTLES, NSA_TAKEOVER, r"\b(?:seiz\w*|captur\w*|took|taken|take|taking|gain\w*|wrest\w*|assum\w*)\s+"
         r"(?:full\s+|complete\s+|effective\s+)?control\s+(?:of|over)\b"),
    _cue(BATTLES, NSA_TAKEOVER, r"\b(?:seiz\w*|captur\w*|overr[au]n\w*|storm\w*|overtook|overtake\w*|"
         r"liberat\w*|recaptur\w*|retook|retake\w*|retaken|conquer\w*)\b"),
    _cue(BATTLES, NSA_TAKEOVER, r"\b(?:drove|driven|drive|driving|pushed|push|forced|expelled|ousted|routed)\b"
         r"[^.;]{0,60}?\b(?:out of|from)\b"),
    _cue(BATTLES, NSA_TAKEOVER, r"\b(?:advanc\w*|march\w*|swept|sweep\w*|roll\w*|mov\w*|push\w*|enter\w*)\s+"
         r"(?:in|into|on)\b"),
    _cue(BATTLES, NSA_TAKEOVER, r"\bentered\b"),
    _cue(BATTLES, NSA_TAKEOVER, r"\b(?:fell|falls|fallen)\b(?:\s+to\b)?", governs="before"),
    _cue(BATTLES, NSA_TAKEOVER, r"\b(?:was|were|has been|had been)\s+(?:captured|seized|taken|overrun|"
         r"liberated)\b", governs="before"),
    _cue(REMOTE, "Air/drone strike", r"\b(?:air\s*strikes?|air\s*raids?|drone\s+strikes?|bombed|bombing|"
         r"warplanes?|jets?\s+struck)\b"),
    _cue(REMOTE, "Shelling/artillery/missile attack", r"\b(?:shell\w*|artillery|missiles?|rockets?|mortars?|"
         r"bombard\w*)\b"),
    _cue(REMOTE, "Suicide bomb", r"\bsuicide\s+(?:bomb\w*|attack\w*)\b"),
    _cue(REMOTE, "Remote explosive/landmine/IED", r"\b(?:IED|roadside\s+bomb|landmine|car\s+bomb|explosive "
         r"device)s?\b"),
    _cue(VAC, "Attack", r"\b(?:massacre\w*|execut\w*|killed\s+(?:\w+\s+)?civilians|civilians\s+(?:were\s+)?"
         r"killed)\b"),
    _cue(VAC, "Abduction/forced disappearance", r"\b(?:abduct\w*|kidnap\w*)\b"),
    _cue(BATTLES, "Armed clash", r"\b(?:clash\w*|fighting|fought|battle[sd]?|firefights?|gunfights?|"
         r"skirmish\w*)\b"),
    _cue(RIOTS, "Violent demonstration", r"\b(?:riot\w*|looting|looted)\b"),
    _cue(PROTESTS, "Peaceful protest", r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied))\b"),
    _cue(STRATEGIC, "Agreement", r"\b(?:ceasefire|cease-fire|truce|peace\s+(?:deal|agreement)|signed\s+an?\s+"
         r"agreement|agreed\s+to)\b"),
    _cue(STRATEGIC, "Arrests", r"\b(?:arrest\w*|detain\w*)\b"),
    _cue(STRATEGIC, "Other", r"\b(?:granted\s+(?:\w+\s+){0,2}asylum|asylum|arrived\s+in|fled\s+to|"
         r"evacuat\w*|withdr[ae]w\w*)\b"),
)


@dataclass(frozen=True)
class Classified:
    event_type: str
    sub_event_type: str
    role: str
    cue: str  # the words that decided it ("" for context)
    cue_start: int
    cue_end: int


# Between a place and the next, words that make the next one where the first is, not a place of its own:
# "Wad Madani, the capital of Gezira state", "Kafr Nabudah, a town in Hama province", "Saraqib, 15 km east of".
_APPOSITION = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}(?:capital|town|city|village|province|region|district|suburbs?|"
    r"outskirts|north|south|east|west|northeast|northwest|southeast|southwest|km|kilometres|kilometers|miles)"
    r"\s+(?:of|in)\s+(?:the\s+)?$", re.I)


def classify(sentence: str, places: list[tuple[int, int, bool]]) -> list[Classified | None]:
    """For each place (start, end, is_adjective) in the sentence, the cue that governs it, or None (context).

    An "after" cue governs the places that follow it in the sentence up to the next cue of another kind, but
    not one that only says where the place before it is ("Wad Madani, the capital of Gezira state"); a
    "before" cue ("Damascus fell") governs the nearest place before it. Country adjectives ("Syrian
    militants") are never the place where something happened.
    """
    hits = sorted(((m.start(), m.end(), cue, m.group(0)) for cue in CUES for m in cue.pattern.finditer(sentence)),
                  key=lambda h: (h[0], -h[1]))
    out: list[Classified | None] = [None] * len(places)
    order = sorted(range(len(places)), key=lambda i: places[i][0])
    located = {i for prev, i in zip(order, order[1:])  # places that only say where the one before is
               if _APPOSITION.search(sentence, places[prev][1], places[i][0])}
    for start, end, cue, words in hits:
        found = Classified(cue.event_type, cue.sub_event_type, cue.role, words, start, end)
        if cue.governs == "before":
            before = [i for i in order if places[i][1] <= start and not places[i][2]]
            if before and out[before[-1]] is None:
                out[before[-1]] = found
            continue
        next_cue = min((h[0] for h in hits if h[0] >= end and h[2] is not cue and h[2].governs == "after"
                        and (h[2].event_type, h[2].sub_event_type) != (cue.event_type, cue.sub_event_type)),
                       default=len(sentence))
        for i in order:
            s, _, adjective = places[i]
            if adjective or s < end or s >= next_cue or i in located:
                continue
            if out[i] is None or out[i].cue_start < start and out[i].role != "origin":
                out[i] = found
            if cue.role == "origin":
                break  # "offensive from Idlib in northern Syria": the origin is the first place after "from"
    return out
