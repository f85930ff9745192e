"""Events: what happened where, when and by whom, from the sentences of an article, in ACLED's vocabulary.

The rules live beside this module: what a clause reports (:mod:`.readings`, with :mod:`.words`,
:mod:`.clauses`, :mod:`.participants`, :mod:`.roles`, :mod:`.anchoring`, :mod:`.timing`, :mod:`.dates`,
:mod:`.fatalities`, :mod:`.places`), how readings become one event per place, day and type (:mod:`.assembly`,
:mod:`.summaries`) and who its actors are (:mod:`.sides`). Here the article's sentences are read, the happenings dated and made
into :class:`Event` rows with their provenance, and every place the article only mentions becomes a *context*
event (``event_type`` "Context"), so that every place in the article is on the map, apart from what happened.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, replace

from geopy.distance import great_circle

from conflictmap.events import allegiance, assembly, claims, leads, moves, participants, remote, sides, summaries, tolls
from conflictmap.events import types as et
from conflictmap.events import words as ew
from conflictmap.events.actors import Actor, main_actor, matcher
from conflictmap.articles.read import Article
from conflictmap.articles.spans import bucket, holder
from conflictmap.articles.sentences import Sentence, lead_end, paragraphs
from conflictmap.events.drafts import Draft
from conflictmap.events.container import at_sea, container
from conflictmap.events.dates import DAY, find_dates, reference_date
from conflictmap.events.excerpts import MAX_EXCERPTS, excerpt
from conflictmap.events.places import NOT_PLACED, TOWN_NOUNS, Spot, called, facility_of, is_water, towns_named
from conflictmap.events.facts import Reading, SentenceFacts
from conflictmap.events.organisations import described, discover, kinds_named, with_abbreviations
from conflictmap.geoparser import Gazetteer
from conflictmap.geoparser.corrections import Corrections
from conflictmap.geoparser.placed import Placed, Unplaced
from conflictmap.events.protests import intervened_after
from conflictmap.events.readings import read

CONTEXT, CONTEXT_SUB = et.CONTEXT, et.CONTEXT_SUB


@dataclass(frozen=True)
class Event:
    event_id: str
    article_id: str
    event_date: dt.date | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str
    inter1: str
    actor2: str
    inter2: str
    country: str
    country_code: str
    location: str
    place_name: str
    latitude: float
    longitude: float
    geo_precision: int
    fatalities: int
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
    date_part: int = 1  # part of the day (see dates.DateFinding.part), for ordering a route; not written
    moved: bool = False  # the text tells a force moving here ("before advancing into"), for the route; not written
    # Set by :mod:`conflictmap.story.merge` across the articles of a build: the happening this report belongs to
    # (its best report's event_id), how many articles reported it, each report (article, outlet, date, what dated
    # it), and where the reports disagree.
    merged_id: str = ""
    sources: int = 1
    reported_by: tuple[tuple[str, str, str, str], ...] = ()
    disagreements: str = ""

    @property
    def is_context(self) -> bool:
        return self.event_type == CONTEXT

    @property
    def notes(self) -> str:
        """The excerpts as plain text (ACLED's ``notes``); ``excerpts`` keeps the [[place]] marks."""
        return " … ".join(x.replace("[[", "").replace("]]", "") for x in self.excerpts)


@dataclass(frozen=True)
class _Article:
    """What every event of one article reads."""

    article: Article
    sentences: list[Sentence]
    principal: Actor | None
    gazetteer: Gazetteer
    corrections: Corrections | None
    spots: dict[int, list[Spot]]  # sentence index → its place names
    placed: list[Placed]
    claims: dict[int, claims.Claim]  # sentence index → who it says was behind a happening (claims.claims)
    paragraph_of: dict[int, int]
    texts: dict[int, str]  # sentence index → its text


def extract_events(article: Article, placed: list[Placed], actors: list[Actor], gazetteer: Gazetteer,
                   corrections: Corrections | None = None, unplaced: list[Unplaced] = ()) -> list[Event]:
    """Events of one article: its happenings, the points of its advances, and its context places. ``placed``: its
    toponyms with final coordinates; ``unplaced``: names it introduces as places that nothing placed; dated
    ``corrections`` set the date of territory events."""
    sentences = article.sentences
    states = {p.toponym.name for p in placed if p.toponym.demonym or p.toponym.feature == "country"}
    regions = {p.toponym.name for p in placed if p.toponym.feature == "region"}
    actors = with_abbreviations(article.text, actors)  # ("the Kachin Independence Army (KIA)")
    actors = [*actors, *discover(article.text, actors, states, regions)]  # (organisations the actors file lacks)
    mentions = matcher(tuple(actors)).find(article.text)
    reported = _datelined(article.text, article.published)  # (the day its relative dates count from)
    capitals = frozenset(c.geonameid for cc in {p.toponym.country_code for p in placed if p.toponym.country_code}
                         if (c := gazetteer.capital(cc)) is not None)
    facts = _facts(article, sentences, placed, unplaced, mentions, reported, capitals)
    paragraph_of = paragraphs(article.text, sentences)
    principal = main_actor(mentions, lead_end(article.text, article.title), article.text)
    texts = {n: s.text for n, s in enumerate(sentences)}
    ctx = _Article(article, sentences, principal, gazetteer, corrections, {f.index: f.spots for f in facts}, placed,
                   claims.claims(facts), paragraph_of, texts)
    published = reference_date(reported, article.text)
    readings = [r for f in facts for r in read(f, published)]
    readings = sides.generic_takers(sides.resolve_pronouns(readings, {f.index: f for f in facts}, principal))
    readings = intervened_after(readings, {f.index: f for f in facts})
    readings = [moves.where_it_began(r, texts[r.sentence_index]) for r in readings]
    readings = moves.earlier_steps(readings, texts, published)
    drafts = assembly.assemble(readings, paragraph_of, texts)
    tolls.carry_tolls(drafts, {r.sentence_index for r in readings}, facts, paragraph_of)
    tolls.conservative_tolls(drafts, texts)
    leads.lead_dates(drafts, texts, published)
    drafts = summaries.subsume_summaries(drafts, _within(gazetteer), texts)
    sides.rivals_of(drafts, principal)
    drafts += moves.route_drafts(readings, drafts)
    events = [e for e in (_event(ctx, d) for d in drafts if d.spot is not None) if e is not None]
    events = remote.flown_by_the_state(events, {p.toponym.country_code for p in placed if p.toponym.demonym and
                                                remote.ARMED_AFTER.match(article.text, p.toponym.end)})
    events += _context(ctx, events)
    return [replace(e, event_id=_event_id(e)) for e in events]


# ----------------------------------------------------------------------------------------------- reading


# A dateline opening a story: "KABUL, Aug 15 (Meridian) -", "BAMAKO —", "MAIDUGURI, Nigeria, June 14 (Savannah
# Press) -".
# Its place is where the report was filed, and its parentheses hold an agency, not a place.
_DATELINE = re.compile(r"^\s*[A-Z][A-Z'’./\- ]{2,}(?:,\s*[^,()\n]{1,40}?){0,3}(?:\s*\([^)\n]{1,60}\))?\s*[—–-]+\s")


def _datelined(text: str, published: dt.date | None) -> dt.date | None:
    """The day a report was filed, which its "today", "overnight" and weekdays count from: its dateline's ("KABUL,
    Oct 1 (Reuters) -" in a paper of Oct 2), when a few days before publication; else the publication date."""
    m = next((m for para in text[:600].split("\n\n")[:3] if (m := _DATELINE.match(para))), None) \
        if published is not None else None  # (the title and a byline may come first)
    day = next((d.date for d in find_dates(m.group(0), published) if d.precision == DAY and d.date), None) if m else None
    return day if day is not None and 0 <= (published - day).days <= DATELINE_DAYS else published


DATELINE_DAYS = 3  # a dateline this many days before publication is the day the report counts from


def _facts(article: Article, sentences: list[Sentence], placed: list[Placed], unplaced,
           mentions, reported: dt.date | None, capitals: frozenset[int] = frozenset()) -> list[SentenceFacts]:
    text, title = article.text, ew.without_scare_quotes(article.title).strip()  # (as the sentences are read)
    starts = {s.start for s in sentences if s.start == 0 or "\n\n" in text[max(0, s.start - 4):s.start] or
              text[max(0, s.start - 1):s.start] == "\n"}
    out, headline, headline_text = [], [], ""
    kinds = kinds_named(text, mentions)  # ("the alliance": the one the text names)
    heads = [s.start for s in sentences]
    placed_in = bucket(heads, placed, lambda p: p.toponym.start)  # (each sentence's own: linear in the article)
    unplaced_in = bucket(heads, unplaced, lambda u: u.start)
    mentions_in, armed_nouns = bucket(heads, mentions, lambda m: m.start), {}
    for n, s in enumerate(replace(s, text=ew.without_scare_quotes(s.text)) for s in sentences):
        if title and s.text.strip().split("\n")[0].strip() == title and \
                not s.text.rstrip().endswith((".", "!", "?", '"', "”")):
            headline_text, headline = s.text, [Spot(p.toponym.start - s.start, p.toponym.end - s.start,
                                                    p.toponym.name, p, sentence=n)
                                               for p in placed_in[n] if p.toponym.start < s.end]
            continue  # the headline repeats the story (with a byline under it or not): its places are context
        spots = [Spot(p.toponym.start - s.start, p.toponym.end - s.start, p.toponym.name, p) for p in placed_in[n]
                 if p.toponym.start < s.end]
        spots += [Spot(u.start - s.start, u.end - s.start, u.name, None, u) for u in unplaced_in[n]
                  if u.start < s.end]
        spots = sorted((facility_of(s.text, sp) for sp in spots), key=lambda sp: sp.start)
        dateline = _DATELINE.match(s.text) if s.start in starts else None
        cut = dateline.end() if dateline is not None else 0  # the dateline's place and date are the report's
        datelined = [sp for sp in spots if sp.start < cut and sp.placed is not None and sp.feature == "place"]
        spots = [sp for sp in spots if sp.start >= cut]
        people = participants.as_told_before(s.text, described(s.text, participants.find(
            s.text, mentions_in[n], s.start, allegiance.whose(spots, s.text)), kinds), armed_nouns)
        spots = [sp for sp in spots if sp.adjective or not any(  # (a word of a named group's name is no place:
            p.actor is not None and p.start <= sp.start < p.end and p.start < sp.start for p in people)]  # "the
        # Northern Alliance", "the Derna Protection Force"; a name that opens one still says whose: "Tigray …")
        triggers = ew.triggers(s.text)  # (dates and weapons matter only where something happened)
        dates = [d for d in find_dates(s.text, reported) if d.start >= cut] if triggers else []
        out.append(SentenceFacts(n, s.text, triggers, ew.instruments(s.text) if triggers else [], people, dates, spots,
                                 s.start in starts, False))
        out[-1].dateline = datelined[:1]
    conflict = _about_armed_conflict(out)
    named = None  # (the last sentence that named a place)
    called_so_far = {noun: sp for noun in TOWN_NOUNS for sp in called(headline_text, headline, noun)[-1:]}  # ("Iraqi
    # forces retake Ramadi city centre": the city the report is about)
    for k, (previous, f) in enumerate(zip([None] + out, out)):
        f.conflict = conflict
        if previous is not None:
            f.prior_spots = [replace(sp, sentence=previous.index) for sp in previous.spots]
            f.prior_text = previous.text
            previous.next_spots, previous.next_text = [replace(sp, sentence=f.index) for sp in f.spots], f.text
        if named is not None and not f.prior_spots and f.index - named.index <= EARLIER:
            f.earlier_spots = [replace(sp, sentence=named.index) for sp in named.spots]
            f.earlier_text = named.text
        f.named_before = [(o.text, [replace(sp, sentence=o.index) for sp in o.spots])
                          for o in reversed(out[max(0, k - EARLIER):k]) if o.spots and o is not previous]
        named = f if f.spots else named
        f.called_before = dict(called_so_far)
        called_so_far.update({"capital": sp for sp in f.dateline + f.spots if sp.placed is not None and
                              sp.placed.toponym.geonameid in capitals})  # ("KABUL, Aug 15 -" … "in the capital")
        towns = towns_named(f.text, f.spots) if f.spots else []
        for noun in TOWN_NOUNS if towns else ():
            called_so_far.update({noun: replace(sp, sentence=f.index) for sp in called(f.text, towns, noun)[-1:]})
    return out


EARLIER = 3  # sentences back that "the city" may stand for a place named in

_CONFLICT_TOOLS = {ew.AIR, ew.SUICIDE_BOMB, ew.GRENADE_, ew.CHEMICAL_}


def _about_armed_conflict(facts: list[SentenceFacts]) -> bool:
    """Does the article report armed conflict: an armed group or a foreign force takes part, a named armed actor is
    there, the forces of two states are, or weapons of war are used? (Unlocks readings that would be ordinary
    crime elsewhere.)"""
    states = {p.country for f in facts for p in f.participants if p.category == et.STATE_FORCES and p.country and
              not p.source}
    if len(states) >= 2:
        return True  # "Russian forces captured Avdiivka after Ukrainian troops withdrew"
    for f in facts:
        if any(p.category in (et.REBEL_GROUP, et.IDENTITY_MILITIA, et.EXTERNAL) and not p.source or
               (p.actor is not None and p.actor.kind == "non-state") for p in f.participants):
            return True  # (a named armed group counts as a source too: "the Islamic State claimed the attack")
        used = any(t.kind in (ew.ATTACK, ew.KILL, ew.INJURE, ew.REMOTE, ew.CLASH) for t in f.triggers)
        if used and any(i.kind in _CONFLICT_TOOLS or re.match(r"ied|improvised|landmine|land mine|mortar|artillery",
                                                             i.text, re.I) for i in f.instruments):
            return True  # (weapons used, not "a wall that protects soldiers from bullets and grenades")
    return False


# ----------------------------------------------------------------------------------------------- events


def _when(ctx: _Article, draft: Draft, t) -> tuple:
    """(date, precision, date source, rule, words) of an event: a dated correction for a change of territory, else
    the text's."""
    if ctx.corrections is not None and (draft.sub_event_type in et.TERRITORY_SUBTYPES or draft.role in ("origin",
                                                                                                    "advance")):
        c = ctx.corrections.find(t.name, t.country_code, ctx.article.id) or \
            ctx.corrections.find(t.gazetteer_name, t.country_code, ctx.article.id)
        if c is not None and c.date is not None:
            return c.date, 1, "correction", "correction", c.source_url
    d = draft.date
    if d is None or d.date is None:
        return None, None, "", "", (d.text if d is not None else "")
    rule = d.rule + ({"lead": " (the article's first date)", "same-time": " (the same time as the event before)",
                      "host": "", "shift": " (counted from the happening told before)",
                      "said": " (the day it was reported: the text gives no other)",
                      "begun": " (the day it began, told after its report)",
                      "set before": " (the day the sentence before sets)"}.get(draft.date_note, ""))
    return d.date, min(d.precision, 3), "text", rule, d.text


def _event(ctx: _Article, draft: Draft) -> Event | None:  # (None: nothing in the article is placed)
    spot = draft.spot
    p = spot.placed if spot.placed is not None else container(ctx, draft)
    if p is None:
        return None
    if spot.placed is not None and is_water(spot.name):
        p = at_sea(ctx, draft) or p  # ("in the Red Sea, about 50 nautical miles west of Hodeidah")
    t = p.toponym
    country = _country_name(t.country_code, ctx.gazetteer)

    def country_of(part) -> str:
        return _country_name(part.country, ctx.gazetteer) if part is not None and part.country else country

    a1, i1, a2, i2 = claims.with_claim(ctx.claims, draft, ctx.paragraph_of,
                                      sides.event_sides(ctx.principal, draft, country_of, ctx.texts,
                                                        t.country_code or ""), country_of)
    a1, i1 = sides.unidentified(draft, a1, i1, country)
    a2, i2 = sides.unnamed_victims(draft, a2, i2, country)
    date, precision, date_source, rule, words = _when(ctx, draft, t)
    readings = sorted(draft.readings, key=lambda r: r.sentence_index)
    excerpts: dict[str, None] = {}  # (ordered sets: linear however often a place is named)
    mentions: dict[tuple[int, int], None] = {}
    key = assembly.place_key(spot)
    for r in readings:
        here = next((sp for sp in r.spots if assembly.place_key(sp) == key), None)
        if len(excerpts) < MAX_EXCERPTS:
            if here is not None and here.sentence is not None:  # a place named in another sentence ("both towns")
                excerpts.setdefault(excerpt(ctx.sentences[here.sentence], here))
            excerpts.setdefault(excerpt(ctx.sentences[r.sentence_index],
                                         here if here is None or here.sentence is None else None))
        if here is not None:
            start = ctx.sentences[here.sentence if here.sentence is not None else r.sentence_index].start
            mentions.setdefault((start + here.start, start + here.end))
    note = p.note
    if spot.facility:
        note = f"{spot.name} is put at {t.gazetteer_name}, the town it is named after; {note}"
    if spot.placed is None:
        note = f"{spot.name}{NOT_PLACED} the event is put " + (
            p.note if p.note.startswith("at ") else f"at {t.gazetteer_name}, which contains it")
    fatalities = _fatalities(readings, key)
    if draft.least_toll:  # (another source's lower figure: the most conservative, as ACLED codes it)
        fatalities = min(fatalities or draft.least_toll, draft.least_toll)
    return Event(
        event_id="", article_id=ctx.article.id, event_date=date, time_precision=precision,
        event_type=draft.event_type, sub_event_type=sides.territory_subtype(draft, t.country_code or ""), actor1=a1,
        inter1=i1, actor2=a2, inter2=i2,
        country=country, country_code=t.country_code or "",
        location=spot.name if spot.placed is None else (t.gazetteer_name if t.demonym or t.feature == "country" or
                                                        spot.name.isupper() else spot.name),  # (a dateline's KABUL)
        place_name=t.gazetteer_name, latitude=p.lat, longitude=p.lon,
        geo_precision=_geo_precision(t, spot), fatalities=fatalities, geonameid=t.geonameid, feature=t.feature,
        geo_source=p.source, geo_note=note, geo_source_url=p.source_url, date_source=date_source,
        date_rule=rule, date_text=words, role=draft.role if draft.role in ("origin", "advance") else "",
        cue=readings[0].cue,
        source=ctx.article.source or ctx.article.title or ctx.article.id, excerpts=tuple(excerpts),
        mentions=tuple(mentions) or ((0, 0),), date_part=draft.date.part if draft.date is not None else 1,
        moved=any(r.role in ("origin", "advance") or moves.taken_on_the_move(r, ctx.sentences[r.sentence_index].text)
                  for r in draft.readings),
    )


def _fatalities(readings: list[Reading], key) -> int:
    """Fatalities over an event's sentences: the largest count (reports repeat their toll). A toll told of several
    places at once ("struck Kyiv and Lviv, killing four") is shared evenly between their events, the remainder to
    the first named, as ACLED divides an aggregate toll."""
    counts = []
    for r in readings:
        places = list(dict.fromkeys(assembly.place_key(s) for s in _finest(r.spots)))
        if key not in places or len(places) == 1:
            counts.append(r.fatalities)
            continue
        n, i = len(places), places.index(key)
        counts.append(r.fatalities // n + (1 if i < r.fatalities % n else 0))
    return max(counts, default=0)


def _finest(spots: list[Spot]) -> list[Spot]:
    """The places of a reading less the countries that hold another of them ("Kaya, Burkina Faso" is one place)."""
    inner = {s.placed.toponym.country_code for s in spots if s.placed and s.feature != "country"}
    return [s for s in spots if not (s.feature == "country" and s.placed and s.placed.toponym.country_code in inner)]


def _geo_precision(t, spot: Spot) -> int:
    """ACLED's geo-precision: 1 the town itself; 2 a part of a region (a district, or near a town: a village not
    placed, put at the town or district holding it); 3 a province or a country."""
    if t.feature in ("country", "continent", "region") or t.demonym:
        return 3
    if spot.placed is None or t.feature == "district" or spot.facility:
        return 2
    return 1


def _country_name(code: str | None, gazetteer: Gazetteer) -> str:
    if not code:
        return ""
    place = gazetteer.country(code)
    return et.ACLED_COUNTRY_NAMES.get(code) or (place.name if place else code)


def _context(ctx: _Article, events: list[Event]) -> list[Event]:
    """Every mention of a place no event is at: one context event per place, with all its mentions."""
    used = {m for e in events for m in e.mentions}
    heads = [s.start for s in ctx.sentences]
    by_place: dict[tuple, list[Placed]] = {}
    for p in ctx.placed:
        t = p.toponym
        if (t.start, t.end) not in used:
            by_place.setdefault((t.gazetteer_name, t.country_code, round(p.lat, 3), round(p.lon, 3)), []).append(p)
    out = []
    for group in by_place.values():
        p, t = group[0], group[0].toponym
        excerpts: dict[str, None] = {}  # (ordered, and a set: a place named thousands of times stays linear)
        for q in group:
            if len(excerpts) >= MAX_EXCERPTS:
                break
            s = ctx.sentences[holder(heads, q.toponym.start)]
            excerpts.setdefault(excerpt(s, Spot(q.toponym.start - s.start, q.toponym.end - s.start,
                                                 q.toponym.name, q)))
        out.append(Event(
            event_id="", article_id=ctx.article.id, event_date=None, time_precision=None, event_type=CONTEXT,
            sub_event_type=CONTEXT_SUB, actor1="", inter1="", actor2="", inter2="",
            country=_country_name(t.country_code, ctx.gazetteer), country_code=t.country_code or "",
            location=t.gazetteer_name if t.demonym or t.feature == "country" else t.name, place_name=t.gazetteer_name,
            latitude=p.lat, longitude=p.lon, geo_precision=_geo_precision(t, Spot(0, 0, t.name, p)), fatalities=0,
            geonameid=t.geonameid, feature=t.feature, geo_source=p.source, geo_note=p.note, geo_source_url=p.source_url,
            date_source="", date_rule="", date_text="", role="", cue="",
            source=ctx.article.source or ctx.article.title or ctx.article.id, excerpts=tuple(excerpts),
            mentions=tuple((q.toponym.start, q.toponym.end) for q in group)))
    return out


def _event_id(ev: Event) -> str:
    ident = "|".join([ev.article_id, ev.place_name, ev.country_code, ev.event_type, ev.sub_event_type, ev.role,
                      ev.event_date.isoformat() if ev.event_date else "", str(ev.mentions[0][0])])
    return "CM" + hashlib.sha1(ident.encode("utf-8")).hexdigest()[:10].upper()


def _within(gazetteer: Gazetteer):
    def inside(coarse: Spot, fine: Spot) -> bool:
        if coarse.placed is None or fine.placed is None:
            return False
        a, b = coarse.placed, fine.placed
        if a.toponym.country_code != b.toponym.country_code:
            return False
        if coarse.feature == "country":
            return True
        return great_circle((a.lat, a.lon), (b.lat, b.lon)).km <= 400
    return inside
