"""The story's country binds: a small place the gazetteer puts abroad is no place of this story unless the text
puts it there.

"Bazar village in Dand district. Afghanistan": GeoNames' only "Bazar" is another name of Bazar-Korgon, Kyrgyzstan;
"Mir Ali tehsil, North Waziristan. Pakistan": its "Mir" is a village in Belarus. Read alone, each name is that
place; in a text about Afghanistan or Pakistan it is a village the gazetteer does not have, and the honest answer
is "not placed" (the event falls back to the district or province the text names).

The text's countries are those it names (a country, a first-level region or district, which says its country, or
an adjective of one: "Palestinians in Gaza"),
those several of its place names are in, and the one most of them are in (ties go to a named one). A toponym outside them is taken out when it
is minor: a district, a place reached only by another name, or a town smaller than a city news names abroad
without saying where — :data:`KNOWN_ABROAD` people in a story whose other places are nearly all in one country, else
:data:`KNOWN_NEXT_DOOR` (a city next door to the story's main country, "Gaza" in a story about Israel; a briefing
of several countries' news)
— and never a national capital. So "Palma" in a story about Mozambique is not Palma de Mallorca; talks "in
Geneva" in a story about Syria are reported as not placed rather than drawn on the map. A text that names no
country binds nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from conflictmap.geoparser.gazetteer import Gazetteer
from conflictmap.geoparser.names import name_keys, spelling_key
from conflictmap.geoparser.parser import Toponym
from conflictmap.geoparser.sources import neighbours
from conflictmap.geoparser.vocabulary import ATTRIBUTIVE, BACKED, BACKED_BY, STRIKING

KNOWN_ABROAD = 1_000_000  # people in a city news names abroad without saying where ("Istanbul", "Moscow")
KNOWN_NEXT_DOOR = 100_000  # ... in a city next door ("Gaza" in a story about Israel), or in a story of many countries
TOWN = 10_000  # people in a town whose naming makes its country one of the story's, though named as whose
SEVERAL = 2  # distinct place names of one country that make it one of the story's ("Wigan", "Newcastle")
FOCUSED_SHARE = 0.8  # a story is about one country when this share of its other place names is in it
_STATING = ("country", "region", "district")  # what names a country by naming itself or a part of it


def stated_countries(toponyms: list[Toponym], besides: frozenset[int] = frozenset()) -> set[str]:
    """The countries a text names, or names a region or district of, or an adjective of ("Palestinian"), but at
    the starts in ``besides`` (see :func:`origins`)."""
    return {t.country_code for t in _stating(toponyms, besides)}


def _stating(toponyms: list[Toponym], besides: frozenset[int]) -> list[Toponym]:
    """The toponyms that state their country (a country, a region or district of it, an adjective of it)."""
    return [t for t in toponyms if t.feature in _STATING and t.country_code and t.start not in besides]


# "peacekeepers from Malawi and South Africa", "troops from Chad": a country people come from is no country the
# story happens in (the text must name that one otherwise to bind).
_FROM = re.compile(r"\b(?:from|of)\s+(?:the\s+)?(?:(?:[A-Z][\w-]+,?\s+)+(?:and\s+))?$")
_PEOPLE_FROM = re.compile(r"\b(?:troops|soldiers|peacekeepers|forces|contingents?|fighters|mercenaries|volunteers|"
                          r"officers|personnel|units|battalions?)\s+(?:\w+\s+){0,2}$", re.I)
_BACKING = re.compile(BACKED)
BORDER_WITH = re.compile(r"\b(?:border|frontier)s?(?:\s+crossings?|\s+posts?)?\s+with\s+(?:the\s+)?$", re.I)  # (a
# country named right after is over it: "on the border with Mali", "the Nassib border crossing with Jordan")
_WHOSE = re.compile(ATTRIBUTIVE)
_STRUCK = re.compile(STRIKING)


def whose_after(text: str, end: int) -> bool:
    """Is the country name ending at ``end`` named as whose something is ("a US base", "U.S.-backed forces",
    "Russia's defence ministry"), not where?"""
    return _WHOSE.match(text, end) is not None or text[end:end + 2] == ".-" and _WHOSE.match(text, end + 1) is not None


_OWNER_OR_SPEAKER = re.compile(r"['’]s\b|\s+(?:said|says|has|have|had|accused|denied|claimed|announced|warned)\b")
_AT = re.compile(r"\b(?:in|at|near|from)\s+$", re.I)
_ONE_OF = re.compile(r"\s+(?:peacekeepers?|diplomats?|nationals?|tourists?|engineers?|contractors?|aid\s+workers?|"
                     r"journalists?|envoys?|ambassadors?)\b", re.I)  # (people serving or travelling abroad)
_BACKED_BY = re.compile(r"(?:" + BACKED_BY + r"|\bled\s+by)\s+(?:the\s+)?$")  # (a coalition led by a country: whose)


def backer_before(text: str, start: int) -> bool:
    """Is the country name starting at ``start`` named as who backs a force ("forces backed by the United Arab
    Emirates"), not where?"""
    return _BACKED_BY.search(text, max(0, start - 40), start) is not None


def origins(text: str, toponyms: list[Toponym]) -> frozenset[int]:
    """Starts of the countries a text names only as where people come from ("peacekeepers from Malawi and South
    Africa"), as over a border ("on the border with Turkey") or as whose a force, a strike or a command is ("a US airstrike near Jilib", "US Africa Command said",
    "Egypt launched air strikes on Derna"):
    not the story's country, unless named otherwise too, or a town of it is named."""
    out, other = set(), set()
    for t in toponyms:
        if t.feature != "country" or t.demonym and not _BACKING.match(text, t.end) and not _ONE_OF.match(text, t.end):
            continue  # (an adjective states its country — "Palestinians in Gaza" — but not "Turkish-backed", nor
            # "a Chinese peacekeeper": where one serving abroad comes from)
        before = text[max(0, t.start - 80):t.start]
        m = _FROM.search(before)
        if m is not None and _PEOPLE_FROM.search(before[:m.start()]) or whose_after(text, t.end) or \
                backer_before(text, t.start) or t.demonym and _ONE_OF.match(text, t.end) or \
                _STRUCK.match(text, t.end) or BORDER_WITH.search(before):  # ("Egypt launched air strikes on
            # Derna": Egypt's forces, in Libya; "Jarabulus, on the border with Turkey": Turkey is over the border)
            out.add(t.start)
        else:
            other.add(t.country_code)
    # (a country whose towns the text names is where it happens: "South Sudan's government said … in Juba")
    other |= {t.country_code for t in toponyms if t.feature == "place" and not t.demonym and t.population >= TOWN and
              not (_OWNER_OR_SPEAKER.match(text, t.end) and not _AT.search(text, max(0, t.start - 6), t.start))}  # (not
    # "Moscow's biggest gain", "Moscow said"; but "officials in Juba said")
    return frozenset(t.start for t in toponyms if t.start in out and t.country_code not in other)


def a_dateline(t: Toponym) -> bool:
    """Is the toponym a dateline's town ("BEIRUT (Reuters) -", written in capitals): where the reporter is, no place
    of the story?"""
    return t.feature == "place" and t.name.isupper() and len(t.name) > 3


def _distinct(toponyms: list[Toponym], places_only: bool = False) -> dict[str, str]:
    """Each distinct name of the text but adjectives ("French", "Somali"), and countries too unless
    ``places_only``, with the country it was placed in: one vote per name."""
    out: dict[str, str] = {}
    for t in toponyms:
        if a_dateline(t):
            continue
        if t.country_code and not t.demonym and not (places_only and t.feature == "country"):
            out.setdefault(t.name.casefold(), t.country_code)
    return out


def story_countries(toponyms: list[Toponym], besides: frozenset[int] = frozenset()) -> set[str]:
    """The countries a text is about: those it names (but where people come from), those :data:`SEVERAL` of its
    distinct place names are in, and the one most of them are in (a tie goes to a named one)."""
    counts = Counter(_distinct([t for t in toponyms if t.start not in besides]).values())  # (not "China's state media")
    out = stated_countries(toponyms, besides) | {cc for cc, n in counts.items() if n >= SEVERAL}
    main = main_country(toponyms)
    return out | {main} if main else out


def abroad(text: str, toponyms: list[Toponym], country_code: str, name: str, gaz: Gazetteer) -> str:
    """Why a name the text introduces as a place ("seized the town of Baga"), found by the gazetteer only in
    ``country_code``, is no place of this story: the text is about other countries (``""``: it may be)."""
    story = story_countries(toponyms, origins(text, toponyms))
    if not story or not country_code or country_code in story:
        return ""
    named = " and ".join(sorted(_country(gaz, cc) for cc in story))
    return f"the gazetteer's only {name} is in {_country(gaz, country_code)}, but the text is about {named}"


def main_country(toponyms: list[Toponym]) -> str | None:
    """The country most of a text's distinct names are in (a tie goes to one it names by the country's own name,
    else to one it names a region or district of: "Balad district, Middle Shabelle region. Somalia" is Somalia's,
    though Iraq has a Balad district)."""
    counts = Counter(_distinct(toponyms).values())
    if not counts:
        return None
    top = max(counts.values())
    leaders = [cc for cc, n in counts.items() if n == top]
    stated = stated_countries(toponyms)
    named = {t.country_code for t in toponyms if t.feature == "country" and not t.demonym}
    return next((cc for cc in leaders if cc in named), None) or next((cc for cc in leaders if cc in stated), leaders[0])


def _own_name(t: Toponym) -> bool:
    """Is the text's name the gazetteer's own, or spelt as it is ("Raqqa": "Ar Raqqah"), not another name?"""
    theirs = name_keys(t.gazetteer_name)
    return bool(name_keys(t.name) & theirs) or \
        bool({spelling_key(k) for k in name_keys(t.name)} & {spelling_key(k) for k in theirs})


def _minor(t: Toponym, gaz: Gazetteer, main: str | None, focused: bool) -> bool:
    if t.feature == "district":
        return True
    if t.feature != "place":
        return False
    if t.geonameid is not None and _capital(gaz, t):
        return False
    next_door = t.country_code in neighbours().get(main or "", ())
    return t.population < (KNOWN_ABROAD if focused and not next_door else KNOWN_NEXT_DOOR) or not _own_name(t)


class _Focus:
    """Are (nearly) all the text's other place names in one country? A briefing of several countries' news ("Crime
    falls in Lyon; Rotterdam cocaine haul; Fresno blaze") names cities abroad freely; a story about one country
    seldom does. (The counts are made once: asked of each toponym, the answer costs no pass over the names.)"""

    def __init__(self, names: dict[str, str]):
        self.names = names
        self.counts = Counter(names.values())
        self.total = len(names)

    def of(self, name: str) -> bool:
        own = self.names.get(name)
        total = self.total - (own is not None)
        if not total:
            return True
        top = max((n - (cc == own) for cc, n in self.counts.most_common(2)), default=0)
        return top >= FOCUSED_SHARE * total


def _country(gaz: Gazetteer, code: str) -> str:
    place = gaz.country(code)
    return place.name if place else code


def _capital(gaz: Gazetteer, t: Toponym) -> bool:
    return t.geonameid in _capital_ids(gaz)


@lru_cache(maxsize=4)
def _capital_ids(gaz: Gazetteer) -> frozenset[int]:
    return frozenset(gaz.data.ids[i] for i in gaz.capitals)


def _spelled_abroad(toponyms: list[Toponym], gaz: Gazetteer) -> tuple[list[Toponym], list[tuple[Toponym, str]]]:
    """A text that names no country still has a home when :data:`SEVERAL` of its places, and (nearly) all, are in
    one: a name found there only by its spelling's likeness to a place abroad ("Boni" for Bonn, "Konna" for Conna,
    Ireland, in a story of Mopti and Douentza) is not that place."""
    main, focus = main_country(toponyms), _Focus(_distinct(toponyms, True))
    if main is None or Counter(_distinct(toponyms, True).values())[main] < SEVERAL:
        return toponyms, []
    kept, out = [], []
    for t in toponyms:
        if t.country_code and t.country_code != main and not t.demonym and t.feature == "place" and \
                not _own_name(t) and focus.of(t.name.casefold()):
            out.append((t, f"the gazetteer's nearest spelling of {t.name} is {t.gazetteer_name}, "
                           f"{_country(gaz, t.country_code)}, but the text's places are in {_country(gaz, main)}"))
        else:
            kept.append(t)
    return kept, out


# "the Ouagadougou conference centre" in Sirte, "the Rome Street checkpoint": a building or street named after a
# city, where the story is (not "Kabul airport": an airport or an embassy is in its city)
_NAMES_A_BUILDING = re.compile(r"\s+(?:[A-Za-z-]+\s+)?(?:cent(?:re|er)|hall|hotel|stadium|street|avenue|square|"
                               r"complex|tower|mosque|school)s?\b", re.I)


def named_for(text: str, toponyms: list[Toponym]) -> frozenset[int]:
    """Starts of the places the text names only as a building's or street's name: "the Ouagadougou conference
    centre"."""
    return frozenset(t.start for t in toponyms if t.feature == "place" and text[max(0, t.start - 4):t.start].lower()
                     == "the " and _NAMES_A_BUILDING.match(text, t.end))


# Where fire was aimed across a border: "launched a missile from Yemen towards Eilat", "fired rockets at Kiryat
# Shmona", "a drone attack on Eilat": the text puts the place there, as the target of a strike from abroad
AIMED_AT = re.compile(r"\b(?:(?:fired|launched)\s+(?:[\w-]+\s+){0,6}?(?:at|towards?|into)|"
                       r"(?:strikes?|attacks?|rockets?|missiles?|drones?)\s+(?:on|at|against|targeting))\s+"
                       r"(?:the\s+)?(?:(?-i:[a-z])[\w-]+\s+){0,2}$", re.I)


def aimed_at(text: str, toponyms: list[Toponym]) -> frozenset[int]:
    """Starts of the towns the text names as where a strike or fire was aimed (see :data:`AIMED_AT`) — but for one
    the text puts in another country ("air strikes on the Gara region of northern Iraq": no El Gara, Morocco)."""
    countries = {t.start: t.country_code for t in toponyms if t.feature == "country" and not t.demonym}
    return frozenset(t.start for t in toponyms if t.feature == "place" and t.population >= TOWN and
                     AIMED_AT.search(text, max(0, t.start - 80), t.start) and not (
                         (m := _IN_A_COUNTRY.match(text, t.end)) and countries.get(m.end(), t.country_code) !=
                         t.country_code))


# "Gara region of northern Iraq", "Amadiya in Iraq", "Sirte, Libya": the country the text puts a place in
_IN_A_COUNTRY = re.compile(r"(?:\s+(?:region|area|district|province|mountains?|valley))?(?:,\s*|\s+(?:in|of)\s+)"
                           r"(?:the\s+)?(?:(?:far\s+)?(?:north|south|east|west|central)(?:ern)?\s+)?", re.I)


def bind_to_story(toponyms: list[Toponym], gaz: Gazetteer, besides: frozenset[int] = frozenset(),
                  buildings: frozenset[int] = frozenset(),
                  targets: frozenset[int] = frozenset()) -> tuple[list[Toponym], list[tuple[Toponym, str]]]:
    """(the toponyms kept, those taken out with the reason) — see the module's note. ``besides``: the starts of
    countries named only as where people come from (:func:`origins`); ``buildings``: of places named only as a
    building's name (:func:`named_for`), which a national capital abroad is no exception for; ``targets``: of
    towns named as where fire from abroad was aimed (:func:`aimed_at`), which the text puts there."""
    stated = stated_countries(toponyms, besides)
    if not stated:
        return _spelled_abroad(toponyms, gaz)
    home, main, focus = story_countries(toponyms, besides), main_country(toponyms), _Focus(_distinct(toponyms, True))
    named = " and ".join(sorted(_country(gaz, cc) for cc in stated))
    vouch: dict[str, set[str]] = {}  # country → the names that state it, and every name of it
    names: dict[str, set[str]] = {}
    for t in _stating(toponyms, besides):
        vouch.setdefault(t.country_code, set()).add(t.name.casefold())
    for t in toponyms:
        if t.country_code and not t.demonym:
            names.setdefault(t.country_code, set()).add(t.name.casefold())
    kept, out = [], []
    for t in toponyms:
        # (a district that is its country's only name states it only when the text states no other country:
        # "Hamdaniya district" in a story about Aleppo is not Iraq's)
        alone = names.get(t.country_code) == {t.name.casefold()} == vouch.get(t.country_code) and len(vouch) > 1 \
            and t.country_code != main
        if t.demonym or not t.country_code or (t.country_code in home and not alone) or \
                not (_minor(t, gaz, main, focus.of(t.name.casefold())) or t.start in buildings) or \
                t.start in targets:
            kept.append(t)
            continue
        about = " and ".join(sorted(_country(gaz, cc) for cc in stated - {t.country_code})) if alone else named
        out.append((t, f"the gazetteer's {t.name} is {t.gazetteer_name}, {_country(gaz, t.country_code)}, but the "
                       f"text is about {about} and puts no {t.name} there"))
    return kept, out
