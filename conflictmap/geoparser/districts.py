"""Districts of the story's country: the second-level regions a story names without a region word.

A district's bare name of one word is kept out of the recogniser's index (alone, "As", "Most" or "David" are words
and people's names somewhere), so the recogniser finds such a district only as "Kupwara district" or "Soum
province" (a name of several words, "Northern Samar", is in the index: it is seldom anything else).
Once the geoparser has said which country a story is about, this pass looks again, in that country only:

- a capitalised name nothing placed that is a district of the story's country ("fighting in North Waziristan");
- a name placed abroad that is a district at home ("Soum" in a story about Burkina Faso is its province, not a
  village in Senegal), or the press's spelling of a place or region at home ("Hiran" in a story about Somalia is
  its region Hiiraan, not a village in Iraq) when one place at home clearly has that spelling key.

Each such place says so in its note (the event's ``geo_note``), and a story with no clear country gets none.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from geopy.distance import great_circle

from conflictmap.articles.spans import Spans
from conflictmap.geoparser.binding import a_dateline
from conflictmap.geoparser.gazetteer import Gazetteer, Place, one_clear
from conflictmap.geoparser.index import COMMON_ZIPF
from conflictmap.geoparser.names import normalize_name
from conflictmap.geoparser.parser import Toponym
from conflictmap.geoparser.vocabulary import CONTAINER_GAP, WATER_WORDS

_RUN = re.compile(r"(?<![\w’'-])[A-Z][\w’'-]+(?:[ -](?:(?:al|el|ad|as|an|ar)[ -])?[A-Z][\w’'-]+){0,3}")
WELL_KNOWN = 100_000  # people in a city abroad a likeness of spelling moves only to a city as large at home …
FOCUSED = 0.75  # … unless this share of the text's distinct place names is in the story's country
_MOVABLE = ("place", "district")  # what may be a district at home (not a country, a region or an adjective)


def _home(gaz: Gazetteer, name: str, focus: str) -> Place | None:
    found = [p for p in gaz.districts_named(name) if p.country_code == focus]
    return found[0] if found else None


def _toponym(start: int, name: str, p: Place) -> Toponym:
    return Toponym(start, start + len(name), name, p.lat, p.lon, p.geonameid, p.country_code, "district", p.name,
                   p.population)


def home_districts(text: str, toponyms: list[Toponym], gaz: Gazetteer, focus: str | None,
                   not_places: set[str] = frozenset()) -> tuple[list[Toponym], dict[int, str]]:
    """The toponyms with the story's districts added or put home, and a note per changed toponym (by start)."""
    if not focus:
        return toponyms, {}
    toponyms, notes = _whole_names(text, toponyms, gaz, focus, not_places)
    names = {t.name.casefold(): t.country_code for t in toponyms if t.feature in _MOVABLE + ("region",) and
             not t.demonym and t.country_code and not a_dateline(t)}
    at_home = sum(cc == focus for cc in names.values())
    out = []
    for t in toponyms:
        abroad = t.feature in _MOVABLE and not t.demonym and t.country_code != focus
        home = _home(gaz, t.name, focus) if abroad else None
        how = "the district of that name"
        if abroad and home is None:
            home = one_clear([p for p in gaz.spelling_variants(t.name) if p.country_code == focus and
                              p.feature in ("region", "district", "place")])
            own = names.get(t.name.casefold())  # (the share of the other names: counted once, each name taken off)
            focused = at_home - (own == focus) >= FOCUSED * (len(names) - (own is not None))
            home = None if home is not None and home.feature == "place" and not focused and \
                min(home.population, WELL_KNOWN) < min(t.population, WELL_KNOWN) else home  # (in news of several
            # countries a city abroad is no village of its name at home: not London, GB, as London, Kentucky)
            how = f"a spelling variant of {home.name}" if home else how
        if home is None:
            out.append(t)
            continue
        out.append(Toponym(t.start, t.end, t.name, home.lat, home.lon, home.geonameid, home.country_code,
                           home.feature, home.name, home.population))
        notes[t.start] = (f"{how} in {focus}, the story's country (GeoNames), rather than {t.gazetteer_name}, "
                          f"{t.country_code}")
    taken = Spans((t.start, t.end) for t in out)
    for m in _RUN.finditer(text):
        if taken.overlaps(m.start(), m.end()):
            continue
        found = _in_run(gaz, m, focus, not_places)
        if found is not None:
            start, name, home = found
            out.append(_toponym(start, name, home))
            notes[start] = f"the district of that name in {focus}, the story's country (GeoNames second-level region)"
    return sorted(out, key=lambda t: t.start), notes


_WATER = re.compile(r"\b(?:" + "|".join(WATER_WORDS) + r"|nile)$", re.I)


def _whole_names(text: str, toponyms: list[Toponym], gaz: Gazetteer, focus: str,
                 not_places: set[str]) -> tuple[list[Toponym], dict[int, str]]:
    """A capitalised run of two words or more that the story's country has one place or region of by its spelling
    ("Tal Tamr": GeoNames' "Tall Tamr"; "Middle Shabelle": "Middle Shabele"), over a shorter name found inside it
    ("Tal", a village near Damascus) or where nothing was found."""
    toponyms = sorted(toponyms, key=lambda t: t.start)
    starts = [t.start for t in toponyms]
    gone, added, notes = set(), [], {}
    for m in _RUN.finditer(text):
        name, start, end = m.group(0), m.start(), m.end()
        if " " not in name:
            continue
        near = toponyms[max(0, bisect_left(starts, start) - 1):bisect_left(starts, end)]  # (linear in the text)
        inside = [t for t in near if start <= t.start and t.end <= end]
        if normalize_name(name) in not_places or any(t.start < end and start < t.end and t not in inside
                                                     for t in near) or \
                any((t.start, t.end) == (start, end) or t.feature in ("country", "region") for t in inside):
            continue
        home = one_clear([p for p in gaz.spelling_variants(name) if p.country_code == focus and
                          p.feature in ("region", "district", "place")])
        if home is None or len(home.name.split()) != len(name.split()) or _WATER.search(name):
            continue  # (the whole name, word for word: not "An Alton", "Oakland A's"; not "the Red Sea")
        gone.update(id(t) for t in inside)
        added.append(Toponym(start, end, name, home.lat, home.lon, home.geonameid, home.country_code, home.feature,
                             home.name, home.population))
        notes[start] = f"a spelling variant of {home.name} in {focus}, the story's country (GeoNames), the whole name"
    if not added:
        return toponyms, notes
    return sorted([t for t in toponyms if id(t) not in gone] + added, key=lambda t: t.start), notes


def _in_run(gaz: Gazetteer, m: re.Match, focus: str, not_places: set[str]):
    """The longest words of a capitalised run that name a district of the story's country ("The North
    Waziristan" → "North Waziristan"): (start, name, place), or None."""
    words = list(re.finditer(r"\S+", m.group(0)))
    for size in range(len(words), 0, -1):
        for first in range(0, len(words) - size + 1):
            a, b = words[first].start(), words[first + size - 1].end()
            name = m.group(0)[a:b]
            key = normalize_name(name)
            if len(key) < 4 or key in not_places or (size == 1 and gaz.zipf(key) >= COMMON_ZIPF):
                continue
            home = _home(gaz, name, focus)
            if home is not None:
                return m.start() + a, name, home
    return None


# What stands between a place and the place the text puts it in: "Hajin village in Bandipora District", "Goni
# Usmanti, a settlement in Nganzai district", "the Plaine Savo camp in Djugu territory", "the Zamzam displacement
# camp outside El Fasher" (matched whole against the gap; the events read it too).
INSIDE = re.compile(r"\s*,?\s*(?:(?:a|the)\s+)?(?:(?:displacement |refugee |idp |army |military |police )?"
                    r"(?:camp|village|town|city|settlement|locality|hamlet|area|suburb|neighbou?rhood|district|"
                    r"province|region|county|state|governorate|territory|tehsil|taluka?|mandal|municipality|market|"
                    r"junction|square|road|base|valley)\s*)?,?\s*(?:in|of|outside|near|close to|next to)\s+"
                    r"(?:the\s+)?(?:[\w-]+'s\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|"
                    r"central|neighbouring|neighboring)\s+)?", re.I)


def holds(gap: str) -> bool:
    """Does the text between a name and the place after it put the first inside the second ("X village in Y
    district", "X town, Y province", "X (Y)")?"""
    return bool(INSIDE.fullmatch(gap) or CONTAINER_GAP.fullmatch(gap))


def contained(text: str, toponyms: list[Toponym],
              gaz: Gazetteer) -> tuple[list[Toponym], dict[int, str], list[Toponym]]:
    """A place the text puts inside a region of another country than the one the gazetteer chose for it is the
    region's namesake, if the region's country has one, else no place the gazetteer knows: (the toponyms, a
    note per moved one, the ones taken out — to be reported as not placed)."""
    notes: dict[int, str] = {}
    dropped: list[Toponym] = []
    out = list(toponyms)
    for n, (t, c) in enumerate(zip(toponyms, toponyms[1:])):
        part = _part_of_a_town(text, t, c)
        reach = _too_far(text, t, c)  # ("Sangar village in Hazro tehsil": not Sanghar, 900 km off in Sindh)
        region = _another_region(gaz, text, t, c)  # ("Martynovka village, Kursk region": not Rostov's)
        if not part and not reach and not region and (
                c.feature not in ("region", "district") or t.feature not in ("place", "district") or t.demonym or
                not c.country_code or t.country_code == c.country_code or not holds(text[t.end:c.start])):
            continue
        limit = PART_OF_A_TOWN_KM if part else reach
        namesake = [p for p in gaz.lookup(t.name) if p.country_code == c.country_code and p.feature == "place" and
                    (not limit or _km(p.lat, p.lon, c.lat, c.lon) <= limit) and (not region or p.admin1 == region)]
        if namesake:
            p = namesake[0]
            out[n] = Toponym(t.start, t.end, t.name, p.lat, p.lon, p.geonameid, p.country_code, p.feature, p.name,
                             p.population)
            notes[t.start] = f"the namesake in {c.country_code}, where the text puts it ({c.name}), rather than " \
                             f"{t.gazetteer_name}, {t.country_code}"
        else:
            dropped.append(t)
    return [t for t in out if t not in dropped], notes, dropped


def _another_region(gaz: Gazetteer, text: str, t: Toponym, c: Toponym) -> str:
    """The first-level region ``c`` (its admin1 code) when the text puts the place ``t`` in it and the gazetteer's
    ``t`` of the same country lies in another ("Martynovka village, Kursk region": GeoNames' Bol'shaya Martynovka
    is in Rostov oblast); "" otherwise."""
    if c.feature != "region" or t.feature != "place" or t.demonym or not t.country_code or \
            t.country_code != c.country_code or not _PUT_IN.fullmatch(text, t.end, c.start):
        return ""
    inner, outer = _admin1(gaz, t), _admin1(gaz, c)
    return outer if inner and outer and inner != outer else ""


# "Martynovka village, Kursk region", "Shebekino in Belgorod oblast": in it (not "… near the Indiana border")
_PUT_IN = re.compile(r"\s*(?:(?:village|town|city|settlement|hamlet|locality|area|camp|township)\b\s*)?(?:,|\s+in\b)"
                     r"\s*(?:the\s+)?", re.I)


def _admin1(gaz: Gazetteer, t: Toponym) -> str:
    return next((p.admin1 for name in (t.name, t.gazetteer_name) for p in gaz.lookup(name)
                 if (p.geonameid, p.country_code, p.feature, p.lat, p.lon) ==
                 (t.geonameid, t.country_code, t.feature, t.lat, t.lon)), "")  # (a region has no geonameid here)


PART_OF_A_TOWN_KM = 50  # how far a neighbourhood, camp or suburb of a town may lie from the town's point
_PART_OF = re.compile(r"\s*(?:neighbou?rhood|quarter|suburb|district|area|camp|market|square|section)\s+(?:of|in)\s+"
                      r"(?:the\s+)?", re.I)


def _part_of_a_town(text: str, t: Toponym, c: Toponym) -> bool:
    """"the Al-Mazraa neighbourhood of Khartoum North" with the gazetteer's Al-Mazraa far from Khartoum North: a
    part of the town the text names, not that namesake."""
    return t.feature == "place" and c.feature == "place" and not t.demonym and \
        _PART_OF.fullmatch(text[t.end:c.start]) is not None and _km(t.lat, t.lon, c.lat, c.lon) > PART_OF_A_TOWN_KM


# How far a place the text puts in a town or a district may lie from its point (a region is too wide to say).
REACH_KM = {"place": PART_OF_A_TOWN_KM, "district": 150}


_IN = re.compile(r"\b(?:in|of|near|outside|inside|within)\b", re.I)
_A_PART_IN = re.compile(r"^\s*,?\s*(?:village|hamlet|settlement|locality|area|camp|neighbou?rhood|quarter)\s+"
                        r"(?:in|of|near|outside)\b", re.I)


def _too_far(text: str, t: Toponym, c: Toponym) -> float:
    """The reach of ``c`` when the text puts the place ``t`` in it ("Sangar village in Hazro tehsil") and the
    gazetteer's ``t`` of the same country lies beyond it; 0 otherwise."""
    reach = REACH_KM.get(c.feature, 0)
    gap = text[t.end:c.start]
    if not reach or t.feature != "place" or t.demonym or not t.country_code or t.country_code != c.country_code or \
            not holds(gap) or not (_A_PART_IN if c.feature == "place" else _IN).search(gap) or \
            _km(t.lat, t.lon, c.lat, c.lon) <= reach:  # (in words: "A, B" is a list; in a town, as a village of it)
        return 0
    return reach


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return great_circle((lat1, lon1), (lat2, lon2)).km


def container_of(text: str, end: int, toponyms: list[Toponym]) -> Toponym | None:
    """The place, district, region or country the text puts a name ending at ``end`` in or near ("Kiwanja town in
    Rutshuru territory", "Palma town, Cabo Delgado province", "the Jobar neighbourhood of Damascus"), among
    ``toponyms`` (in text order), or None."""
    after = next((t for t in toponyms if t.start >= end), None)
    if after is None or after.demonym:
        return None
    gap = text[end:after.start]
    return after if len(gap) <= 60 and holds(gap) else None
