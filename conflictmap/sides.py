"""Sides: who an event's actors are, as ACLED names them ("Military Forces of Sudan", "Unidentified Armed Group
(Mali)", a named group of the actors file), with the subject of "they seized Kandahar" carried over from the
sentence before, a generic armed group taken for the story's main one, and the territory sub-type that depends on
whose force took a place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import event_types as et
from .actors import Actor
from .assembly import Draft
from .facts import Reading, SentenceFacts

_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;]\s*|\b(?:and|but|then|when|as|after|before)\s+)(?:they|it|he|she|its "
                              r"(?:fighters|forces|troops|men)|their (?:fighters|forces|troops|men))\s+"
                              r"(?:[\w-]+\s+){0,3}$", re.I)

CEDED = re.compile(r"withdr|pull|retreat|abandon|lost control|driven out|pushed out|forced out|surrender|hand", re.I)


def resolve_pronouns(readings: list[Reading], facts: dict[int, SentenceFacts]) -> None:
    """"They pushed on to Bin Jawad", "On Friday they seized Kandahar": the subject is the last one named."""
    last = None
    for r in readings:
        text = facts[r.sentence_index].text
        before = text[r.clause.start:r.cue_start]
        coordinate = r.clause.opener.split(" ")[0] in ("and", "but", "then")  # "…, and on Monday opened fire"
        if r.agent is None and (_PRONOUN_SUBJECT.search(before) or coordinate):
            r.agent = last
            if r.sub_event_type in (et.NSA_TAKEOVER, et.GOV_REGAINS) and last is not None and not CEDED.match(r.cue):
                r.sub_event_type = et.GOV_REGAINS if last.category == et.STATE_FORCES else et.NSA_TAKEOVER
        if r.agent is not None and r.agent.category in et.ARMED_CATEGORIES:
            last = r.agent

_ACTOR_NAMES = {et.REBEL_GROUP: "Unidentified Armed Group ({})", et.POLITICAL_MILITIA: "Unidentified Armed Group ({})",
                et.IDENTITY_MILITIA: "Communal Militia ({})", et.RIOTERS: "Rioters ({})",
                et.PROTESTERS: "Protesters ({})", et.CIVILIANS: "Civilians ({})", et.EXTERNAL: "International Forces"}


def actor_name(p, country: str) -> str:
    """An actor's name as ACLED writes it: the actors file's name, else its category and country."""
    if p is None:
        return ""
    if p.actor is not None:
        return p.actor.name
    if p.category == et.STATE_FORCES:
        return ("Police Forces of {}" if p.police else "Military Forces of {}").format(country)
    return _ACTOR_NAMES.get(p.category, "{}").format(country)


def _named(principal: Actor | None, p, country_code: str):
    """A generic armed group ("the militants", "the attackers") is the article's main non-state actor, when it has
    one of that country (or of none)."""
    if p is None or p.actor is not None or principal is None or principal.kind != "non-state":
        return p
    if p.category in (et.REBEL_GROUP, et.POLITICAL_MILITIA) and principal.country in ("", country_code):
        return replace(p, actor=principal)
    return p


def event_sides(principal: Actor | None, draft: Draft, country_of) -> tuple[str, str, str, str]:
    """(actor1, inter1, actor2, inter2) of an event: its first agent and target, named; ``country_of(participant)``
    says whose country a participant's name takes."""
    cc = draft.spot.placed.toponym.country_code if draft.spot is not None and draft.spot.placed else ""
    own = [r for r in draft.readings if not r.reference]
    agent = _named(principal, next((r.agent for r in own if r.agent is not None), None), cc or "")
    target = _named(principal, next((r.target for r in own if r.target is not None and r.target is not agent), None),
                    cc or "")
    a1, a2 = actor_name(agent, country_of(agent)), actor_name(target, country_of(target))
    i1, i2 = (agent.category if agent else ""), (target.category if target else "")
    if not a1 and principal is not None and draft.event_type in (et.BATTLES, et.STRATEGIC) and \
            draft.sub_event_type in et.TERRITORY_SUBTYPES + (et.ARMED_CLASH,):
        a1, i1 = principal.name, et.REBEL_GROUP if principal.kind == "non-state" else et.STATE_FORCES
    if a2 == a1:
        a2, i2 = "", ""
    return a1, i1, a2, i2


def territory_subtype(draft: Draft, country_code: str) -> str:
    """ACLED: a government regains territory in its own country; a foreign state's forces taking a place overtake
    it, as a non-state actor does ("Russian forces captured the village of …" in Ukraine)."""
    agent = next((r.agent for r in draft.readings if not r.reference and r.agent is not None), None)
    if draft.sub_event_type == et.GOV_REGAINS and agent is not None and agent.category == et.STATE_FORCES and \
            agent.country and country_code and agent.country != country_code:
        return et.NSA_TAKEOVER
    return draft.sub_event_type
