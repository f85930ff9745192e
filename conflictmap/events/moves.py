"""Takings told as steps of an advance: "Troops advanced from the south, taking the villages of Kisik and al-Abra"
is a step of the advance; "The Houthis, who seized Sanaa in September, have pushed south this week" looks back on
where the advance began."""

from __future__ import annotations

import re
from dataclasses import replace

from conflictmap.events import assembly, lexicon, types as et
from conflictmap.events.dates import LAUNCH_DAYS, MONTH, campaign_role
from conflictmap.events.drafts import Draft
from conflictmap.events.facts import Reading
from conflictmap.events.sides import CEDED

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


def earlier_steps(readings: list[Reading], texts: dict[int, str], published) -> list[Reading]:
    """"The army had retaken Bahri in January and the refinery in February, before crossing into central Khartoum
    this month": takings of the months before (the past the report looks back on, no events now) by the side whose
    taking is the news are the earlier steps of its advance — stops of the route, by their dates (within a year of
    the report) — when the text tells them as steps of it: with the campaign's start ("The rebellion began in
    October, when the rebels seized Uvira"), beside the news's taking ("took Goma in November and Kisangani in
    March, and captured Lubumbashi on April 9"), before a move on ("…, before crossing into Khartoum"), or as a run
    up to now ("In January it captured Laukkai, and it has since taken Hsenwi"). Not a place described in passing
    ("Qayyarah, which was retaken in August"), a taking "already" done, one a victory is measured against ("its
    biggest gain since it took Mosul last June"), or one told alone ("In January, the MNDAA captured Laukkai":
    another phase)."""
    if published is None:
        return readings
    news = [r for r in readings if r.role == "take" and not r.background and r.event_type and r.agent is not None
            and not CEDED.match(r.cue)]
    out = []
    for r in readings:
        text = texts.get(r.sentence_index, "")
        if r.role == "take" and r.background and r.agent is not None and \
                any(_one_side(r.agent, n.agent) for n in news) and r.date is not None and r.date.date is not None \
                and r.date.precision <= MONTH and 0 <= (published - r.date.date).days <= LAUNCH_DAYS and \
                not CEDED.match(r.cue) and not _ALREADY.search(text, r.clause.start, r.cue_start) and \
                r.clause.opener != "since" and _told_as_a_step(r, texts, news):
            r = replace(r, event_type="", sub_event_type="", role="advance", background=False)
        out.append(r)
    return out


def _told_as_a_step(r: Reading, texts: dict[int, str], news: list[Reading]) -> bool:
    """Is a taking of the months before told as a step of the news's advance (see :func:`earlier_steps`): in the
    sentence of the campaign's start, or in the main clause of the sentence right after it ("The Arakan Army
    launched its offensive in November. It took Paletwa in January and Buthidaung in May"), beside the news's
    taking, before a move on, or as a run up to now?"""
    text = texts.get(r.sentence_index, "")
    if campaign_role(text) == "launch":
        return True
    if r.clause.opener in ("which", "who", "whose", "that"):
        return False
    return campaign_role(texts.get(r.sentence_index - 1, "")) == "launch" and not r.clause.subordinate or \
        any(n.sentence_index == r.sentence_index and _one_side(r.agent, n.agent) for n in news) or \
        bool(_MOVES_ON.search(text, r.cue_start) or _SINCE.search(text) or _SINCE.search(
            texts.get(r.sentence_index + 1, "")))  # ("… Vuhledar on Oct. 1. They have since been advancing")


_ALREADY = re.compile(r"\balready\b", re.I)
# "In January the alliance captured Laukkai, and it has since taken Hsenwi": takings told as a run up to now
_SINCE = re.compile(r"\b(?:has|have|had)\s+since\b|\bsince\s+then\b", re.I)
# "…, before crossing the Blue Nile bridges into central Khartoum": the advance went on from there
_MOVES_ON = re.compile(r"\b(?:before|then)\s+(?:\w+ly\s+)?(?:cross(?:ed|ing)|advanc(?:ed|ing)|push(?:ed|ing)|"
                       r"mov(?:ed|ing)|march(?:ed|ing)|enter(?:ed|ing)|reach(?:ed|ing)|sweep(?:ing)?|swept)\b", re.I)


def _one_side(p, q) -> bool:
    """May two doers be one side: the same named actor, or unnamed ones of one category and country (a state's
    forces with no country said are any of its forces: "the army", "Sudan's army")?"""
    for a, b in ((p, q), (q, p)):  # ("Russian forces" and "its forces" of "Russia's defence ministry")
        if a.actor is not None and b.actor is None and a.actor.kind == "state" and b.category == et.STATE_FORCES:
            return bool(b.country) and b.country == a.actor.country
    if p.actor is not None or q.actor is not None:
        return p.actor == q.actor
    return p.category == q.category and (p.country == q.country or "" in (p.country, q.country))


def route_drafts(readings: list[Reading], drafts: list[Draft]) -> list[Draft]:
    """The points of an advance ("from Hsenwi", "through Brega", "advancing into Damascus"): a point where the
    advancing side also took territory joins that event; any other becomes a context event with its role."""
    out: list[Draft] = []
    for r in readings:
        if r.role not in ("origin", "advance") or r.event_type or not r.spots:
            continue
        if r.date is not None and r.date.precision == 4:
            continue  # "launched an offensive from X in 2014": another war's advance
        for spot in r.spots:  # (one each: "seized Uvira and then Bukavu" in October, see moves.earlier_steps)
            _route_point(r, spot, drafts, out)
    return out


def _route_point(r: Reading, spot, drafts: list[Draft], out: list[Draft]) -> None:
    """A point of an advance at ``spot``: joins the advancing side's taking there, or the point already made there,
    or is a context event of its own (added to ``out``)."""
    key = assembly.place_key(spot)
    taken = next((d for d in drafts if assembly.place_key(d.spot) == key and
                  d.sub_event_type in et.TERRITORY_SUBTYPES and (r.agent is None or any(
                      x.agent is None or x.agent.text.lower() == r.agent.text.lower() or
                      (x.agent.actor is not None and x.agent.actor == r.agent.actor) for x in d.readings))), None)
    same = taken or next((d for d in out if assembly.place_key(d.spot) == key), None)
    if same is not None:
        same.readings.append(r)
    else:
        out.append(Draft(et.CONTEXT, et.CONTEXT_SUB, spot, r.date, [r], role=r.role))
