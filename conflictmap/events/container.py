"""Where to put an event whose place nothing could place: a village, camp or town the gazetteer lacks is never a
reason to drop the event. ``ctx`` is the article being read (:class:`~.extract._Article`: its sentences' places,
its placed names, claims, main actor and gazetteer)."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import replace

from geopy.distance import great_circle

from conflictmap.events import types as et
from conflictmap.events.drafts import Draft
from conflictmap.events.places import BETWEEN, DESTINATION, LEVEL_AFTER, PEOPLE_FROM, REFERENCE, whose
from conflictmap.geoparser.binding import BORDER_WITH, a_dateline, backer_before, whose_after
from conflictmap.geoparser.introduced import BUILDING
from conflictmap.geoparser import Toponym
from conflictmap.geoparser.placed import Placed
from conflictmap.syntax.parse import parse

HOME_SHARE = 0.6  # the share of an article's places in one country that makes it the story's country


_KIND_THEN_TOWN = re.compile(r"\s+(?:[a-z]+\s+)?(?:crossing|camp|checkpoint|airport|airfield|air\s?base|base|market|"
                             r"bridge|junction|dam|prison|hospital|neighbou?rhood|quarter)\s*,\s*")


# "Shewa Robit and the historic town of Lalibela": another place listed with it, named after its kind — no container
_ANOTHER_NAMED = re.compile(r"\band\s+(?:the\s+)?(?:[\w-]+\s+)?(?:town|city|village|port|capital)\s+of\s+$", re.I)


def _acts(text: str, spot) -> bool:
    """Is a country's name the subject of a verb in the parse ("Turkey launched the operation")?"""
    tree = parse(text)
    t = tree.at(spot.start) if tree is not None else None
    return t is not None and t.dep in ("nsubj", "nsubj:pass") and spot.start <= t.start < spot.end


def _written_beside(text: str, spot, spots: list) -> Placed | None:
    """Where the sentence itself puts an unplaced name: "Mir Ali in Pakistan's North Waziristan district", "about 60
    km north of Aden", ", 60 km to the north" (of the town before it), "between Bulo Burde and Jalalaqsi"."""
    after = [sp for sp in spots if sp.start >= spot.end and not sp.adjective]
    if len(after) > 1 and after[0].feature == "country" and re.fullmatch(r"['’]s\s+", text[after[0].end:after[1].start]):
        after = after[1:]  # "in Pakistan's North Waziristan district": the district, which says its country
    offset = _OFFSET.fullmatch(text, spot.end, after[0].start) if after else None
    if offset is not None:  # "the al-Anad air base, about 60 km north of Aden": where the text says, from Aden
        return offset_point(after[0].placed, offset)
    back = _OFFSET_BACK.match(text, spot.end)
    before = [sp for sp in spots if sp.end <= spot.start and sp.feature == "place" and not sp.adjective]
    if back is not None and before:  # "advanced on Aden after capturing the al-Anad air base, 60 km to the north"
        return offset_point(before[-1].placed, back)
    if before and re.fullmatch(r"['’]s\s+", text[before[-1].end:spot.start]):
        return before[-1].placed  # "in central Beirut's Bachoura district": the town's
    measured = _OFFSET.fullmatch(text, before[-1].end, spot.start) if before else None
    if measured is not None:  # "held Mocímboa da Praia, 60 km south of Palma": Palma 60 km north of that port
        return offset_point(before[-1].placed, measured, back=True)
    if after and _KIND_THEN_TOWN.fullmatch(text, spot.end, after[0].start) and after[0].feature != "country":
        return after[0].placed  # "Bab al-Hawa border crossing, Idlib", "Abu Shouk camp, El Fasher": the place after
    if after and re.fullmatch(r"\s*,\s*", text[spot.end:after[0].start]) and after[0].feature == "place" and \
            re.match(r"\s*[,.;]\s*(?!and\b|or\b)(?:[a-z]|$)", text[after[0].end:]):
        return after[0].placed  # "in Dogon Dawa, Birnin Gwari, in the early hours": the town after it
    if after and re.search(r"\b(?:border|frontier)s?\s+(?:with|of)\s+(?:the\s+)?$", text[spot.end:after[0].start]) and \
            after[0].feature == "country":
        return None  # "Seytenga, near the border with Niger": not in Niger (its neighbour's side: the story's country)
    if after and (not _ANOTHER_NAMED.search(text, spot.end, after[0].start) and re.fullmatch(
                      r"[^.;]{0,40}?\b(?:in|of|near|outside|on|along|overlook(?:s|ing|ed)?|close\s+to|"
                               r"next\s+to|beside)\s+(?:the\s+)?(?:[\w-]+'s\s+)?"
                               r"(?:[\w-]+\s+){0,3}", text[spot.end:after[0].start]) or
                  re.fullmatch(r"(?:\s+[a-z]+)?\s*,\s*", text[spot.end:after[0].start]) and after[0].feature != "country"
                  and LEVEL_AFTER.match(text, after[0].end) and _inside_what_follows(after[0], after[1:]) or
                  # ("Zzyzx village, Kalaw township, Shan state": Kalaw; not a Dera of Oromia before "Amhara")
                  BETWEEN.search(text, 0, spot.start) and  # "between Bulo Burde and
                  re.fullmatch(r"\s+and\s+(?:the\s+)?", text[spot.end:after[0].start])):  # Jalalaqsi": near the other
        return after[0].placed
    return None


# "the Giza Bahriya neighbourhood", "the Ouagadougou conference centre": a part of a town, or a building in one
_TOWN_PART = re.compile(r"\s+(?:[\w-]+\s+)?(?:neighbou?rhoods?|quarters?|suburbs?|hotel|hospital|stadium|square|street|"
                        r"roundabout|beach|seafront|corniche|"
                        r"compound|university|market|mosque)\b|"
                        r"\s+(?:conference|shopping|trade|medical|cultural|city)\s+cent(?:re|er)\b", re.I)  # (not "the
# Ajristan district centre": a district's seat)


# "advanced through the Mogran district": a town's district (not "the Zzyzxabad district centre", a district's seat)
# "the X district"; "the al-Khadra and al-Jazeera districts in the north of the city": parts of the town told before
_THE_DISTRICT = re.compile(r"\s+district\b(?!\s+(?:centre|center|headquarters|seat))|"
                           r"(?:\s+and\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+districts\s+(?:in|of)\s+the\s+"
                           r"(?:(?:north|south|east|west|centre|center)\s+of\s+the\s+)?(?:city|town)\b", re.I)
# "captured the Zenit air defence base on its southern edge": at the edge of the town told before
_ITS_EDGE = re.compile(r"(?:\s+[a-z][\w-]*){0,4}\s+(?:on|at|near|along)\s+(?:its|the\s+(?:town|city)['’]s)\s+"
                       r"(?:[a-z-]+\s+)?(?:edge|edges|outskirts|fringes|approaches|entrance|perimeter)\b", re.I)
# "the city's Abu Shouk camp", "the town's main market": a part of the town told before
_THE_BEFORE = re.compile(r"\bthe\s+(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+)?$", re.I)  # ("the northwestern
# Jolan district": a district of the town told before)
_TOWNS_OWN = re.compile(r"\bthe\s+(?:city|town|capital)['’]s\s+(?:[a-z][\w-]*\s+)?$", re.I)
_PART_BEFORE = re.compile(r"\b(?:neighbou?rhoods?|quarters?|suburbs?)\s+of\s+(?:the\s+)?(?:[\w'’-]+(?:\s+[\w'’-]+)?"
                          r"(?:,\s+|\s+and\s+))*$|"  # ("in the neighbourhoods of Bab al-Nairab and al-Shaar")
                          # "the nearby air base of Dabaa", "a nearby village, Zzyzx": beside the town told before
                          r"\b(?:the|a)\s+nearby\s+(?:[a-z]+\s+){0,2}?(?:village|hamlet|settlement|camp|base|airbase|"
                          r"airport|post|outpost|checkpoint|hill|district)(?:\s+of|,)\s+$", re.I)


def _by_the_town_before(ctx, spot, at: int, home: str) -> Placed | None:
    """Where the last town of the story's country told before puts a name the gazetteer lacks: a part of it ("… in
    Sirte … full control of the Giza Bahriya neighbourhood": Sirte; "advanced through the Mogran district"; "the
    city's Abu Shouk camp"), or a
    place measured from "the city" ("Kavumu airport, 30 km north of the city")."""
    text = ctx.sentences[at].text
    part, measured = _TOWN_PART.match(text, spot.end) or BUILDING.search(spot.name) or \
        _BESIDE_TOWN.match(text, spot.end) or \
        _ITS_EDGE.match(text, spot.end) or (_THE_DISTRICT.match(text, spot.end) if _THE_BEFORE.search(
            text, max(0, spot.start - 30), spot.start) else None) or \
        _PART_BEFORE.search(text, max(0, spot.start - 80), spot.start) or \
        _TOWNS_OWN.search(text, max(0, spot.start - 40), spot.start), _OFFSET_TOWN.match(text, spot.end)
    told = _towns_before(ctx, spot, at, home) if part or measured else []
    if not told and part is not None and spot.name.endswith(part.group(0)):  # ("MOGADISHU (Reuters) - … The militants
        told = [p for p in ctx.placed if a_dateline(p.toponym) and p.toponym.country_code == home][:1]  # stormed the
        # Hayat Hotel": a building of the town the report is filed from, when no town is told before it)
    if not told and measured is not None and measured.group(0).lower().endswith("capital") and \
            (capital := _at_gazetteers(spot, ctx.gazetteer.capital(home))) is not None:
        told = [capital]  # ("a base at Sabiid, 40 km west of the capital", no town of the country told before)
    if not told:
        return None
    return told[0] if part else offset_point(told[0], measured)


_SENT_AWAY = re.compile(r"\b(?:bus+ed|evacuated|transferred|deported|relocated|sent|fled|displaced|withdrew|retreated|"
                        r"pulled\s+back|expelled)\s+(?:[\w-]+\s+){0,3}?(?:to|into|towards?)\s+(?:the\s+)?"
                        r"(?:[\w-]+\s+){0,4}$", re.I)


def _the_town_it_begins_with(ctx, spot) -> Placed | None:
    """The town of the story a name the gazetteer lacks begins with, a part of that town ("Daraa al-Balad", the old
    city of Daraa, in a story that places Daraa)."""
    words = spot.name.replace("-", " ").split()
    return next((p for n in range(len(words) - 1, 0, -1) for p in ctx.placed
                 if p.toponym.feature == "place" and not p.toponym.demonym and
                 p.toponym.name.replace("-", " ").casefold() == " ".join(words[:n]).casefold()), None)


def _towns_before(ctx, spot, at: int, home: str) -> list[Placed]:
    """The towns of the story's country told before a name, the nearest first (not one a place is measured from:
    "150 km southwest of Kabul")."""
    return [sp.placed for n in range(at, -1, -1) for sp in reversed(ctx.spots.get(n, []))
            if sp.placed is not None and sp.feature == "place" and not sp.adjective and (n < at or sp.end <= spot.start)
            and sp.placed.toponym.country_code == home and not REFERENCE.search(ctx.sentences[n].text, max(
                0, sp.start - 40), sp.start)]


_IN_THE = re.compile(r",\s+(?:[^.;,]{0,60}?\s)?(?:in|of|near|outside)\s+the\s+", re.I)


def _the_capital(ctx, spot, at: int, home: str) -> Placed | None:
    """"Mitiga, the only functioning airport in the Libyan capital": the capital of the country its adjective
    names; "… in the capital", with no adjective: the capital of ``home``, the story's one country ("" if none)."""
    text = ctx.sentences[at].text
    adjective = next((sp for sp in ctx.spots.get(at, []) if sp.start >= spot.end and sp.adjective and
                      sp.placed is not None and _IN_THE.fullmatch(text, spot.end, sp.start) and
                      re.match(r"\s+capital\b", text[sp.end:])), None)
    if adjective is not None:
        return _at_gazetteers(spot, ctx.gazetteer.capital(adjective.placed.toponym.country_code))
    if not re.match(r"(?:\s+[a-z]+){0,2}" + _IN_THE.pattern + r"capital\b", text[spot.end:], re.I) or \
            _OFFSET_TOWN.match(text, spot.end) or _BESIDE_TOWN.match(text, spot.end):
        return None
    return _at_gazetteers(spot, ctx.gazetteer.capital(home)) if home else None  # ("Mitiga airport, the only
    # functioning airport in the capital": the story's country's)


def _home(ctx, abroad: frozenset[str], striker: str) -> tuple[str, bool]:
    """(the country most of the story's places are in, whether it is the story's one country: HOME_SHARE of them),
    not counting countries told as over the border, nor one named as who backs a force ("backed by the United Arab
    Emirates"), nor the dateline's when it names another; by the countries' adjectives when it names no place
    ("Congolese"), but the striking state's ("Israeli" of "Israeli shelling")."""
    text = ctx.article.text
    placed = [p for p in ctx.placed if p.toponym.country_code not in abroad and not (
        p.toponym.feature == "country" and not p.toponym.demonym and backer_before(text, p.toponym.start))]
    found = _most_in(placed, striker)
    rest = [p for p in placed if not a_dateline(p.toponym)]
    without = _most_in(rest, striker) if rest else found  # (the dateline counts only when it decides nothing)
    return without if without[0] != found[0] else found


def _most_in(placed: list, striker: str) -> tuple[str, bool]:
    """(the country most of ``placed`` are in, whether it holds HOME_SHARE of them): by names, else adjectives."""
    named = [p.toponym.country_code for p in placed if p.toponym.country_code and not p.toponym.demonym] or \
        [p.toponym.country_code for p in placed if p.toponym.country_code and p.toponym.country_code != striker] or \
        [p.toponym.country_code for p in placed if p.toponym.country_code]
    counts = Counter(named).most_common(1)
    home = counts[0][0] if counts else ""
    return home, bool(named) and named.count(home) >= HOME_SHARE * len(named)


def _at_gazetteers(spot, place) -> Placed | None:
    """The spot's name put at a gazetteer place (a capital, a country's point)."""
    if place is None:
        return None
    t = Toponym(spot.start, spot.end, spot.name, place.lat, place.lon, place.geonameid, place.country_code,
                place.feature, place.name, place.population)
    return Placed(t, place.lat, place.lon, "gazetteer")


def _paragraphs_region(ctx, at: int, home: str) -> list:
    """The last region of the story's country its paragraph names before sentence ``at`` ("In neighbouring North
    Kivu province, gunmen killed nine … Separately, M23 clashed with militiamen near Kitshanga": North Kivu)."""
    paragraph = ctx.paragraph_of.get(at)
    for n in range(at - 1, -1, -1):
        if ctx.paragraph_of.get(n) != paragraph:
            break
        regions = [sp.placed for sp in _usable(ctx, n, home, True) if sp.feature in ("region", "district") and
                   not sp.adjective]
        if regions:
            return regions[-1:]
    return []


def _usable(ctx, at: int, home: str, one_country: bool) -> list:
    """The placed names of sentence ``at`` that may contain a place: not whose something is, and in a story of one
    country, of that country (another country's is a mistake there)."""
    text = ctx.sentences[at].text
    return [sp for sp in ctx.spots.get(at, []) if sp.placed is not None and not whose(text, sp) and
            (sp.placed.toponym.country_code == home or not one_country) and
            not PEOPLE_FROM.search(text, max(0, sp.start - 60), sp.start) and  # (not "23 people who were from
            not (sp.feature != "place" and DESTINATION.search(text, max(0, sp.start - 40), sp.start))]  # Punjab
    # province": where they came from; nor "pushing the RSF west toward the Darfur region": where they went)


def _written_elsewhere(ctx, spot, at: int, home: str, one_country: bool) -> Placed | None:
    """Where another sentence of the article puts the same unplaced name ("warplanes struck Mitiga airport, the only
    functioning airport in Tripoli" … "an airstrike hit Mitiga airport"): the first that says."""
    for n, sps in sorted(ctx.spots.items()):
        for other in sps:
            if n != at and other.placed is None and other.name.casefold() == spot.name.casefold():
                written = _written_beside(ctx.sentences[n].text, other, _usable(ctx, n, home, one_country))
                if written is not None:
                    return written
    return None


WITHIN_REGION_KM = 300  # a town this far from the region written after it is a namesake elsewhere


def _inside_what_follows(spot, later: list) -> bool:
    """Is a place no farther than :data:`WITHIN_REGION_KM` from each region written after it in the sentence?"""
    here = (spot.placed.lat, spot.placed.lon)
    return all(great_circle(here, (sp.placed.lat, sp.placed.lon)).km <= WITHIN_REGION_KM
               for sp in later if sp.feature == "region")


# "jihadists operating from across the border in Burkina Faso", "refugees who fled to neighbouring Chad": a country
# told as over the border from where the story is
_OVER_THE_BORDER = re.compile(r"\b(?:across|over)\s+the\s+(?:border|frontier)\s+(?:in|from|into|to)\s+(?:the\s+)?$|"
                              + BORDER_WITH.pattern + "|"
                              r"\bneighbou?ring\s+$", re.I)  # ("Tessalit, on the border with Algeria": not in Algeria)


_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b(?!\s+(?:towns?|cit(?:y|ies)|villages?|regions?|areas?|provinces?|"
                           r"districts?|posts?)\b)")  # ("near Algeria border", "close to the Algerian border"; not
# "the Syrian border town of Kobani", which is in Syria)


def _abroad(ctx) -> frozenset[str]:
    """The countries a text names only as over the border from its story: no container of its events."""
    text = ctx.article.text
    over, other = set(), set()
    for p in ctx.placed:
        t = p.toponym
        if t.feature == "country" and (not t.demonym or _BORDER_AFTER.match(text, t.end)) and \
                not whose_after(text, t.end) and not backer_before(text, t.start):  # (not "a China-brokered
            # ceasefire": whose, not where)
            (over if _OVER_THE_BORDER.search(text, max(0, t.start - 40), t.start) or _BORDER_AFTER.match(text, t.end)
             else other).add(t.country_code)
    return frozenset(over - other)


def container(ctx, draft: Draft) -> Placed | None:
    """Where to put an event whose village nothing could place (it is never dropped for want of a village): the
    place its sentence says contains it ("Goni Usmanti, a settlement in Nganzai district", "a village in Sukma
    district"), else a region its sentence names; else, in a story of one country, its most named region, or that
    country; in a story of several, the country of the places told nearest before it."""
    spot, r = draft.spot, draft.first
    at = spot.sentence if spot.sentence is not None else next(  # (the sentence of its name)
        (n for n, sps in ctx.spots.items() if any(sp is spot for sp in sps)), r.sentence_index)
    striker = _strikers_country(draft, ctx)
    abroad = _abroad(ctx)
    home, one_country = _home(ctx, abroad, striker)
    text = ctx.sentences[at].text
    stated = [sp for sp in ctx.spots.get(at, []) if sp.placed is not None and sp.feature == "country"
              and not sp.adjective and not whose(text, sp) and  # (not "which hosted U.S. special forces", nor
              sp.placed.toponym.country_code not in abroad and  # "on the border with Algeria", nor "Turkey launched
              not _acts(text, sp)]  # an operation, and its forces captured Rajo": a state that acts, no place)
    if stated:  # "In Syria, gunmen killed four villagers in Zzyzxqa": the sentence says which country
        home = stated[0].placed.toponym.country_code
    spots = _usable(ctx, at, home, one_country)
    written = _written_beside(text, spot, spots)
    if written is not None and written.toponym.feature == "country" and written.toponym.country_code == home:
        written = _written_elsewhere(ctx, spot, at, home, one_country) or written  # ("Palma, a town in northern
        # Mozambique" … "Mocímboa da Praia, 60 km south of Palma": the other sentence's words are finer)
    written = written or _written_elsewhere(ctx, spot, at, home, one_country) or \
        _the_capital(ctx, spot, at, home if one_country else "")
    if written is not None and (written.toponym.feature != "country" or written.toponym.country_code != home):
        return written  # (a country written beside it, "Bunagana on Congo's border", is its country: a finer region
    town = _by_the_town_before(ctx, spot, at, home) or _the_town_it_begins_with(ctx, spot)  # the story names, first)
    if town is not None:
        return town
    regions = [sp.placed for sp in spots if sp.feature in ("region", "district")] or _paragraphs_region(ctx, at, home)
    if regions:
        return regions[0]
    if not one_country:
        told = [sp for n in range(at, -1, -1) for sp in reversed(ctx.spots.get(n, []))
                if sp.placed is not None and (n < at or sp.start < spot.start) and
                not (sp.adjective and sp.placed.toponym.country_code == striker) and
                not (whose(ctx.sentences[n].text, sp) and not sp.adjective)]
        home = told[0].placed.toponym.country_code if told else home
    local = [p for p in ctx.placed if not p.toponym.demonym and p.toponym.country_code == home]
    if one_country:
        for features in (("region", "district"),):
            regions = Counter(p.toponym.gazetteer_name for p in local if p.toponym.feature in features and
                              not _SENT_AWAY.search(ctx.article.text, max(0, p.toponym.start - 80), p.toponym.start))
            # (not "rebels are to be bused to the province of Idlib": where people leave for, not where it happens)
            if regions:
                name = regions.most_common(1)[0][0]
                return next(p for p in local if p.toponym.gazetteer_name == name)
    stated = written or next((p for p in ctx.placed if p.toponym.country_code == home and
                              (p.toponym.feature == "country" or p.toponym.demonym)), None)
    if stated is not None:
        return stated  # (a country's adjective stands for the country: its point)
    home = home or _actors_country(ctx, draft)
    return _at_gazetteers(spot, ctx.gazetteer.country(home) if home else None)


# "…, about 60 km (37 miles) north of Aden": a distance and a bearing from a place the gazetteer knows; "…, 60 km to
# the north" (no "of"): from the place named before it.
_DISTANCE = (r"[^.;]{0,30}?\b(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>km|kilometres|kilometers|nautical\s+miles|miles)\b"
             r"(?:\s*\([^)]{0,20}\))?\s+")
_WAY = r"(?P<way>(?:north|south)(?:-?(?:east|west))?|east|west)"
_OFFSET = re.compile(_DISTANCE + _WAY + r"\s+of\s+(?:the\s+)?", re.I)
_OFFSET_TOWN = re.compile(_DISTANCE + _WAY + r"\s+of\s+the\s+(?:city|town|capital)\b", re.I)
_BESIDE_TOWN = re.compile(r"(?:\s+[a-z][\w-]*){0,3},\s+(?:an?\s+(?:[a-z][\w-]*\s+){1,2})?(?:just\s+)?" + _WAY +
                          r"\s+of\s+the\s+(?:city|town|capital)\b", re.I)  # ("the Qarmeed army base, south of the
# city", "Saqlawiya, a town northwest of the city": no distance, at the town)
_OFFSET_BACK = re.compile(_DISTANCE + r"(?:to\s+the\s+)?" + _WAY + r"\b(?!\s+of\b)", re.I)
_KM_PER = {"km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "miles": 1.609344, "nautical miles": 1.852}
_BEARING = {"north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225, "west": 270,
            "northwest": 315}


def at_sea(ctx, draft: Draft) -> Placed | None:
    """"A merchant vessel in the Red Sea, about 50 nautical miles west of Hodeidah": an event placed at a sea is put
    where the distance and bearing from the coast the text names say (None: no such words after it)."""
    spot = draft.spot
    at = spot.sentence if spot.sentence is not None else draft.first.sentence_index
    text = ctx.sentences[at].text
    after = [sp for sp in ctx.spots.get(at, []) if sp.start >= spot.end and sp.placed is not None]
    m = _OFFSET.fullmatch(text, spot.end, after[0].start) if after else None
    return offset_point(after[0].placed, m) if m is not None else None


def offset_point(base: Placed, m: re.Match, back: bool = False) -> Placed:
    """The point ``m``'s distance and bearing away from ``base`` (on a sphere: accurate enough at tens of km);
    ``back``: the place ``base`` is measured from, the other way ("A, 60 km south of B": B is 60 km north of A)."""
    km = float(m.group("n")) * _KM_PER[" ".join(m.group("unit").lower().split())]
    bearing = math.radians((_BEARING[m.group("way").lower().replace("-", "")] + (180 if back else 0)) % 360)
    lat1, lon1, d = math.radians(base.lat), math.radians(base.lon), km / 6371.0
    lat2 = math.asin(math.sin(lat1) * math.cos(d) + math.cos(lat1) * math.sin(d) * math.cos(bearing))
    lon2 = lon1 + math.atan2(math.sin(bearing) * math.sin(d) * math.cos(lat1), math.cos(d) - math.sin(lat1) *
                             math.sin(lat2))
    name, told = base.toponym.gazetteer_name, f"{m.group('n')} {m.group('unit')} {m.group('way')}"
    way = next(w for w, b in _BEARING.items() if b == round(math.degrees(bearing)) % 360)
    note = f"at {m.group('n')} {m.group('unit')} {way} of {name}, where the text puts {name} {told} of it" if back \
        else f"at {told} of {name}, as the text puts it"
    return replace(base, lat=round(math.degrees(lat2), 5), lon=round(math.degrees(lon2), 5), note=note)


def _strikers_country(draft: Draft, ctx) -> str:
    """The country of a state force that did it, when its adjective may be all that names that country ("killed in
    Israeli shelling of Khiam, the Lebanese health ministry said": the shelling is not in Israel)."""
    return next((r.agent.country for r in draft.readings if r.agent is not None and r.agent.country and
                 r.agent.category == et.STATE_FORCES and any(p.toponym.country_code != r.agent.country
                                                             for p in ctx.placed)), "")


def _actors_country(ctx, draft: Draft) -> str:
    """The country of the named actor of an event (else of the story's) when the text names no place at all to put
    it by ("Gunmen stormed a church in Kasindi…, the army said, blaming the ADF": the ADF's country)."""
    actors = [r.agent.actor for r in draft.readings if r.agent is not None and r.agent.actor is not None]
    claimed = getattr(ctx.claims.get(draft.first.sentence_index), "group", None)
    return next((a.country for a in [*actors, claimed, ctx.principal] if a is not None and a.country), "")
