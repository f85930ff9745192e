"""Events: what happened where, when and by whom, from the sentences of an article, in ACLED's vocabulary.

One event per (article, place, what happened, date): repeated mentions of the same happening merge, keeping all
their excerpts. A place that is only mentioned is a *context* event (``event_type`` "Context"), kept so that
every place in the article is on the map, and distinguishable from what happened.

The rules live beside this assembly: :mod:`.event_types` (what happened, from cue words), :mod:`.dates` (when),
:mod:`.actors` (who; "the militants", "the group" refer to the article's main non-state actor).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace

from .actors import Actor, ActorMatcher, ActorMention, main_actor
from .articles import Article, Sentence
from .dates import DateFinding, date_for, find_dates
from .event_types import BATTLES, CONTEXT, CONTEXT_SUB, GOV_REGAINS, NSA_TAKEOVER, TERRITORY_SUBTYPES, Classified, \
    classify
from .geoparser import Gazetteer, Toponym
from .geoparser.corrections import Corrections
from .geoparser.vocabulary import DISTRICT_WORDS, REGION_WORDS


@dataclass(frozen=True)
class Placed:
    """A toponym with the coordinates the geocoding chain settled on, and why."""

    toponym: Toponym
    lat: float
    lon: float
    source: str  # gazetteer | correction | cache | nominatim
    note: str = ""
    source_url: str = ""


@dataclass(frozen=True)
class Event:
    event_id: str
    article_id: str
    event_date: dt.date | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    country: str
    country_code: str
    location: str
    place_name: str
    latitude: float
    longitude: float
    geo_precision: int
    geonameid: int | None
    feature: str
    geo_source: str
    geo_note: str
    geo_source_url: str
    date_source: str  # text | correction | "" (unknown)
    date_rule: str
    date_text: str
    role: str  # origin | "" ; the route adds its step number separately
    cue: str
    source: str
    excerpts: tuple[str, ...]
    mentions: tuple[tuple[int, int], ...]  # (start, end) of each mention in the article text
    route_step: int | None = None

    @property
    def is_context(self) -> bool:
        return self.event_type == CONTEXT

    @property
    def notes(self) -> str:
        """The excerpts as plain text (ACLED's ``notes``); ``excerpts`` keeps the [[place]] marks."""
        return " … ".join(x.replace("[[", "").replace("]]", "") for x in self.excerpts)


_REGION_CUES = "|".join(REGION_WORDS + DISTRICT_WORDS)
# "the province of Idlib", "Idlib province" (in lower case after the name: "Wright State University" is none)
_REGION_BEFORE = re.compile(rf"\b(?:{_REGION_CUES})\s+of\s+$", re.I)
_REGION_AFTER = re.compile(rf"^\s+(?:{_REGION_CUES})\b")


def geo_precision(text: str, t: Toponym) -> int:
    """ACLED's geo_precision: 1 the place itself, 2 a region named as such (or the gazetteer's region), 3 a
    country or larger."""
    if t.feature in ("country", "continent") or t.demonym:
        return 3
    before = text[max(0, t.start - 30):t.start]
    after = text[t.end:t.end + 15]
    if _REGION_BEFORE.search(before) or _REGION_AFTER.search(after) or t.feature == "region":
        return 2
    return 1


def country_name(code: str | None, gazetteer: Gazetteer) -> str:
    if not code:
        return ""
    place = gazetteer.country(code)
    return place.name if place else code


@dataclass(frozen=True)
class _ArticleContext:
    """What every event of one article reads: the article, its actors, the corrections, the gazetteer."""

    article: Article
    actor_mentions: list[ActorMention]
    principal: Actor | None
    corrections: Corrections | None
    gazetteer: Gazetteer


def extract_events(article: Article, placed: list[Placed], actors: list[Actor], gazetteer: Gazetteer,
                   corrections: Corrections | None = None) -> list[Event]:
    """Events of one article. ``placed`` are its toponyms with final coordinates; dated ``corrections`` set the
    date of territory events."""
    text = article.text
    actor_mentions = ActorMatcher(actors).find(text)
    context = _ArticleContext(article, actor_mentions, main_actor(actor_mentions), corrections, gazetteer)
    raw: list[Event] = []
    for sentence in article.sentences:
        inside = [p for p in placed if sentence.start <= p.toponym.start < sentence.end]
        if not inside:
            continue
        local = [(p.toponym.start - sentence.start, p.toponym.end - sentence.start,
                  p.toponym.demonym or _possessive_country(text, p.toponym)) for p in inside]
        if sentence.text.strip() == article.title.strip() and not sentence.text.rstrip().endswith(
                (".", "!", "?", '"', "”")):
            kinds = [None] * len(local)  # the headline repeats the story: its places are context
        else:
            kinds = classify(sentence.text, local)
        dates = find_dates(sentence.text, article.published)
        for p, kind in zip(inside, kinds):
            raw.append(_event(context, sentence, p, kind, dates))
    return merge_events(raw)


def _possessive_country(text: str, t: Toponym) -> bool:
    """"Ukraine's army", "Russia's defence ministry": the country stands for its government, not a place."""
    return t.feature == "country" and text[t.end:t.end + 2] in ("'s", "’s")


def _actors_for(sentence: Sentence, kind: Classified, context: _ArticleContext) -> tuple[Actor | None, Actor | None]:
    """actor1 (the subject, or the agent of a passive: "fell to militants") and actor2 of a cue's event."""
    principal = context.principal
    mentions = [a for a in context.actor_mentions if sentence.start <= a.start < sentence.end]

    def resolved(m: ActorMention) -> Actor | None:
        return m.actor if m.actor is not None else principal

    cue_start = sentence.start + kind.cue_start
    cue_end = sentence.start + kind.cue_end
    before = [m for m in mentions if m.start < cue_start]
    inside_after = [m for m in mentions if m.start >= cue_start and m.end > cue_start]
    tail = sentence.text[kind.cue_end:kind.cue_end + 4].lower()
    after = [m for m in inside_after if m.start >= cue_end]
    if (kind.cue.lower().endswith(" to") or tail.startswith(" to") or tail.startswith(" by")) and after:
        actor1 = resolved(after[0])  # passive: "fell to militants", "launched by HTS"
        rest = [resolved(m) for m in before + after[1:]]
    else:  # active: the first actor named before the cue ("The militants ... drove the Army")
        actor1 = resolved(before[0]) if before else None
        rest = [resolved(m) for m in inside_after + before[1:]]
    actor2 = next((a for a in rest if a is not None and a != actor1 and a.kind != "civilians"), None)
    if actor1 is None and kind.sub_event_type in TERRITORY_SUBTYPES + ("",) and kind.event_type == BATTLES:
        actor1 = principal if principal and principal != actor2 else None
    return actor1, actor2


def _what(sentence: Sentence, kind: Classified | None, context: _ArticleContext):
    """(event type, sub-type, role, cue words, actor1, actor2) of a place governed by ``kind``."""
    if kind is None:
        return CONTEXT, CONTEXT_SUB, "", "", None, None
    actor1, actor2 = _actors_for(sentence, kind, context)
    sub = kind.sub_event_type
    if kind.role == "origin" and not sub:
        sub = "Armed clash"
    if sub in TERRITORY_SUBTYPES:
        sub = GOV_REGAINS if actor1 is not None and actor1.kind == "state" else NSA_TAKEOVER
    return kind.event_type, sub, kind.role, kind.cue, actor1, actor2


def _when(sentence: Sentence, t: Toponym, dates: list[DateFinding], corrected) -> tuple:
    """(date, time precision, date source, rule, words) of an event: a dated correction, else the text's."""
    if corrected is not None:
        return corrected.date, 1, "correction", "correction", corrected.source_url
    finding = date_for(sentence.text, t.start - sentence.start, dates)
    if finding is None:
        return None, None, "", "", ""
    if finding.date is None:
        return None, None, "", "", finding.text
    return finding.date, finding.precision, "text", finding.rule, finding.text


def _event(context: _ArticleContext, sentence: Sentence, p: Placed, kind: Classified | None,
           dates: list[DateFinding]) -> Event:
    article, t = context.article, p.toponym
    event_type, sub, role, cue, actor1, actor2 = _what(sentence, kind, context)
    corrected = None
    if context.corrections is not None and kind is not None and (sub in TERRITORY_SUBTYPES or role == "origin"):
        corrected = context.corrections.find(t.name, t.country_code, article.id) or \
            context.corrections.find(t.gazetteer_name, t.country_code, article.id)
        corrected = corrected if corrected is not None and corrected.date is not None else None
    event_date, precision, date_source, date_rule, date_text = _when(sentence, t, dates, corrected)
    return Event(
        event_id="", article_id=article.id, event_date=event_date, time_precision=precision,
        event_type=event_type, sub_event_type=sub, actor1=actor1.name if actor1 else "",
        actor2=actor2.name if actor2 else "", country=country_name(t.country_code, context.gazetteer),
        country_code=t.country_code or "",
        location=t.gazetteer_name if t.demonym or t.feature == "country" else t.name, place_name=t.gazetteer_name,
        latitude=p.lat, longitude=p.lon, geo_precision=geo_precision(article.text, t), geonameid=t.geonameid,
        feature=t.feature, geo_source=p.source, geo_note=p.note, geo_source_url=p.source_url,
        date_source=date_source, date_rule=date_rule, date_text=date_text, role=role, cue=cue,
        source=article.source or article.title or article.id, excerpts=(_excerpt(sentence, t),),
        mentions=((t.start, t.end),),
    )


def _excerpt(sentence: Sentence, t: Toponym) -> str:
    """The sentence with the place marked as [[name]] (the map turns the marks into highlighting)."""
    s, e = t.start - sentence.start, t.end - sentence.start
    return f"{sentence.text[:s]}[[{sentence.text[s:e]}]]{sentence.text[e:]}"


def merge_events(events: list[Event]) -> list[Event]:
    """One event per (article, place, what happened, date): mentions of the same happening become one event.

    An undated mention merges into a dated one of the same kind at the same place; context mentions of a place
    merge whatever their dates. Event ids are stable hashes of what identifies the event.
    """
    merged: dict[tuple, Event] = {}
    order: list[tuple] = []
    for ev in events:
        place_key = (ev.article_id, ev.place_name, ev.country_code, round(ev.latitude, 3), round(ev.longitude, 3))
        kind_key = (ev.event_type, ev.sub_event_type, ev.role)
        target = next((k for k in order if k[0] == place_key and k[1] == kind_key and (
            ev.is_context or merged[k].event_date is None or ev.event_date is None or
            merged[k].event_date == ev.event_date)), None)
        if target is None:
            key = (place_key, kind_key, len(order))
            merged[key] = ev
            order.append(key)
            continue
        other = merged[target]
        keep_date = other if other.event_date is not None else ev
        merged[target] = replace(
            other,
            event_date=keep_date.event_date, time_precision=keep_date.time_precision,
            date_source=keep_date.date_source, date_rule=keep_date.date_rule, date_text=keep_date.date_text,
            actor1=other.actor1 or ev.actor1, actor2=other.actor2 or ev.actor2,
            excerpts=other.excerpts + tuple(x for x in ev.excerpts if x not in other.excerpts),
            mentions=other.mentions + ev.mentions,
        )
    return [replace(merged[key], event_id=_event_id(merged[key])) for key in order]


def _event_id(ev: Event) -> str:
    ident = "|".join([ev.article_id, ev.place_name, ev.country_code, ev.event_type, ev.sub_event_type, ev.role,
                      ev.event_date.isoformat() if ev.event_date else "", str(ev.mentions[0][0])])
    return "CM" + hashlib.sha1(ident.encode("utf-8")).hexdigest()[:10].upper()
