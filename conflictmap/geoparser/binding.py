"""The story's country binds: a small place the gazetteer puts abroad is no place of this story unless the text
puts it there.

"Bazar village in Dand district. Afghanistan": GeoNames' only "Bazar" is another name of Bazar-Korgon, Kyrgyzstan;
"Mir Ali tehsil, North Waziristan. Pakistan": its "Mir" is a village in Belarus. Read alone, each name is that
place; in a text about Afghanistan or Pakistan it is a village the gazetteer does not have, and the honest answer
is "not placed" (the event falls back to the district or province the text names).

The text's countries are those it names (a country, or a first-level region or district, which says its country),
the country most of its places are in (ties go to a named one), and the country of every place it names that
only one place of the gazetteer is called. A toponym outside them is taken out when it is minor: a village or
town of fewer than :data:`KNOWN_ABROAD` people, a district, or any place reached only by an alternate name — not a
national capital or a big city, which news names without their country ("talks in Geneva", "Moscow said").
A text that names no country binds nothing.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from conflictmap.geoparser.gazetteer import Gazetteer
from conflictmap.geoparser.names import name_keys
from conflictmap.geoparser.parser import Toponym

KNOWN_ABROAD = 100_000  # people in a place news names abroad without saying where ("Geneva", "Sochi")
_STATING = ("country", "region", "district")  # what names a country by naming itself or a part of it


def stated_countries(toponyms: list[Toponym]) -> set[str]:
    """The countries a text names, or names a region or district of (demonyms do not count: "Russian jets")."""
    return {t.country_code for t in toponyms if t.feature in _STATING and not t.demonym and t.country_code}


def story_countries(toponyms: list[Toponym]) -> set[str]:
    """The countries a text is about: those it names, the one most of its places are in (a tie goes to a named
    one), and those of the places it names by a name only one place has."""
    stated = stated_countries(toponyms)
    counts = Counter(t.country_code for t in toponyms if t.country_code)
    out = set(stated)
    if counts:
        top = max(counts.values())
        leaders = [cc for cc, n in counts.items() if n == top]
        named = [cc for cc in leaders if cc in stated]
        out.add((named or leaders)[0])
    out.update(t.country_code for t in toponyms if t.candidates == 1 and t.country_code and _own_name(t))
    return out


def _own_name(t: Toponym) -> bool:
    return bool(name_keys(t.name) & name_keys(t.gazetteer_name))


def _minor(t: Toponym, gaz: Gazetteer) -> bool:
    if t.feature == "district":
        return True
    if t.feature != "place":
        return False
    if t.geonameid is not None and _capital(gaz, t):
        return False
    return t.population < KNOWN_ABROAD or not _own_name(t)


def _country(gaz: Gazetteer, code: str) -> str:
    place = gaz.country(code)
    return place.name if place else code


def _capital(gaz: Gazetteer, t: Toponym) -> bool:
    return t.geonameid in _capital_ids(gaz)


@lru_cache(maxsize=4)
def _capital_ids(gaz: Gazetteer) -> frozenset[int]:
    return frozenset(gaz.data.ids[i] for i in gaz.capitals)


def bind_to_story(toponyms: list[Toponym], gaz: Gazetteer) -> tuple[list[Toponym], list[tuple[Toponym, str]]]:
    """(the toponyms kept, those taken out with the reason) — see the module's note."""
    if not stated_countries(toponyms):
        return toponyms, []
    home = story_countries(toponyms)
    named = " and ".join(sorted(_country(gaz, cc) for cc in stated_countries(toponyms)))
    kept, out = [], []
    for t in toponyms:
        if t.demonym or not t.country_code or t.country_code in home or not _minor(t, gaz):
            kept.append(t)
            continue
        out.append((t, f"the gazetteer's {t.name} is {t.gazetteer_name}, {_country(gaz, t.country_code)}, but the "
                       f"text is about {named} and puts no {t.name} there"))
    return kept, out
