"""What the whole text says about its places, once each name has been resolved by itself: the story's districts
(:func:`~.districts.home_districts`), the regions the text puts a place in (:func:`~.districts.contained`) and the
countries it is about (:func:`~.binding.bind_to_story`). The pipeline and ``conflictmap geoparse`` both settle
the geoparser's toponyms here, so the map and the command give the same places."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geopy.distance import great_circle

from conflictmap.geoparser.binding import aimed_at, bind_to_story, named_for, origins
from conflictmap.geoparser.districts import contained, home_districts
from conflictmap.geoparser.gazetteer import Gazetteer
from conflictmap.geoparser.introduced import peoples_word
from conflictmap.geoparser.peoples import a_peoples_name, speaking_body
from conflictmap.geoparser.parser import Toponym, focus_country
from conflictmap.geoparser.vocabulary import BACKED, BEARING, DISTRICT_WORDS, MEASURED, REGION_WORDS, WATER_WORDS


PEOPLES_TOWN = 50_000  # people in a town whose name, before "militias" or "fighters", is still read as the town's


@dataclass(frozen=True)
class Settled:
    """The toponyms kept (a note per moved one, by start), those taken out (with why) and the story's country."""

    toponyms: list[Toponym]
    notes: dict[int, str]
    taken_out: list[tuple[Toponym, str]]
    focus: str | None


def settle(text: str, toponyms: list[Toponym], gaz: Gazetteer, not_places: set[str] = frozenset(),
           fought_in: frozenset[str] = frozenset()) -> Settled:
    """The geoparser's toponyms of ``text`` settled by the text as a whole (see the module's note); ``fought_in``:
    the countries the armed groups the text names fight in."""
    toponyms = [t for t in toponyms if not (
        t.feature == "place" and not t.demonym and t.population < PEOPLES_TOWN and (
            peoples_word(text, t.start, t.end) or speaking_body(text, t.start, t.end) or
            a_peoples_name(text, t.start, t.end) or names_a_side(text, t)) or
        not t.demonym and a_peoples_name(text, t.start, t.end, band_only=True))]
    # ("allied Arab militias": a people's word, though Arab, Alabama is a town; "the local Red Cross said": a body;
    # "the Nuer ethnic group": a people, though Nur is a village in China; "troops loyal to Islah", "Islah-aligned
    # troops": a party; "the Zaire militia", whatever Zaire is)
    waters = [t for t in toponyms if _a_water(text, t)]
    toponyms = [t for t in toponyms if t not in waters]
    focus = focus_country(toponyms)
    toponyms, notes = home_districts(text, toponyms, gaz, focus, not_places)
    toponyms, inside, abroad = contained(text, toponyms, gaz)
    notes.update(inside)
    taken_out = [(t, f"the gazetteer's {t.name} is in {t.country_code}, but the text puts it in a region of another "
                     "country") for t in abroad]
    toponyms, astray = _far_from_reference(text, toponyms, focus)
    taken_out += astray
    toponyms, unbound = bind_to_story(toponyms, gaz, origins(text, toponyms), named_for(text, toponyms),
                                      aimed_at(text, toponyms))
    toponyms, strays = _away_from_the_fighting(toponyms, fought_in)
    unbound += strays
    seas = [(t, f"the text's {t.name} is the water, not the gazetteer's {t.gazetteer_name} ({t.country_code})")
            for t in waters]
    return Settled(toponyms, notes, taken_out + unbound + seas, focus_country(toponyms) or focus)


STRAY_VILLAGE = 1_000  # people in a village abroad that no other name of the text supports (see below)


def _away_from_the_fighting(toponyms: list[Toponym],
                            fought_in: frozenset[str]) -> tuple[list[Toponym], list[tuple[Toponym, str]]]:
    """"Fighters of the Oromo Liberation Army ambushed a bus in West Shewa zone": a village the gazetteer knows only
    in another country than those the named armed groups fight in (Shēwah, Afghanistan), which no other name of
    the text puts the story in, is a namesake — taken out, to be reported as not placed."""
    if not fought_in:
        return toponyms, []
    stray = [t for t in toponyms if t.feature == "place" and not t.demonym and t.population < STRAY_VILLAGE and
             t.country_code and t.country_code not in fought_in and
             not any(o.country_code == t.country_code and o.name != t.name for o in toponyms)]
    return [t for t in toponyms if t not in stray], [
        (t, f"the gazetteer's {t.name} is a village in {t.country_code}, but the armed groups the text names fight in "
            f"{', '.join(sorted(fought_in))}") for t in stray]


_LOYAL_TO = re.compile(r"\bloyal\s+to\s+(?:the\s+)?$", re.I)
_SIDED = re.compile(BACKED)


def names_a_side(text: str, t: Toponym) -> bool:
    """Is the name that of a side one is loyal to or aligned with ("troops loyal to Islah", "Islah-aligned
    troops"), not a place?"""
    return not t.demonym and (_LOYAL_TO.search(text, max(0, t.start - 20), t.start) is not None or
                              _SIDED.match(text, t.end) is not None)


# "Ber, north of Timbuktu", "Zzyzx, about 40 km east of Gao": a place the text measures from another
_FROM_REFERENCE = re.compile(r",?\s+(?:" + MEASURED + r"(?:to\s+the\s+)?)?" + BEARING + r"\s+(?:the\s+)?$", re.I)
NEAR_REFERENCE_KM = 300  # how far from the place the text measures it from a place may lie (or thrice the distance told)
# "Kamuli village near Goma": a village the text puts close by a town
_NEAR = re.compile(r"[^\S\n]+(?:village|settlement|locality|hamlet),?[^\S\n]+(?:near|outside|close[^\S\n]+to|"
                   r"just[^\S\n]+outside)[^\S\n]+(?:the[^\S\n]+)?(?:(?:town|city)[^\S\n]+of[^\S\n]+)?$", re.I)
NEAR_KM = 150  # ... how far a place "near" another may lie


def _far_from_reference(text: str, toponyms: list[Toponym],
                        focus: str | None = None) -> tuple[list[Toponym], list[tuple[Toponym, str]]]:
    """A place the text puts near another ("Ber, north of Timbuktu") that the gazetteer's place of that name is
    nowhere near (Véroia, Greece, is "Ber" too) is not that place: taken out, to be reported as not placed. When the
    place is in the story's country (``focus``) and the gazetteer's place it is measured from is not ("Douentza, 90 km
    west of Boni" in a story about Mali, Boni being only Bonn's other name) and the text names some other place of
    the place's country and none of the reference's, the reference is the one taken out."""
    kept, out, refs_out = [], [], set()
    for i, (t, ref) in enumerate(zip(toponyms, toponyms[1:] + [None])):
        if i in refs_out:
            continue
        pair = ref is not None and t.feature == "place" and ref.feature in ("place", "district")
        m = _FROM_REFERENCE.fullmatch(text, t.end, ref.start) if pair else None
        near = _NEAR.fullmatch(text, t.end, ref.start) if pair and m is None else None
        if m is None and near is None:
            kept.append(t)
            continue
        km = great_circle((t.lat, t.lon), (ref.lat, ref.lon)).km
        told = float(m.group("n")) * (1.609 if "mile" in m.group(0).lower() else 1.0) if m and m.group("n") else 0.0
        if km <= (NEAR_KM if near else max(NEAR_REFERENCE_KM, 3 * told)):
            kept.append(t)
        elif focus is not None and t.country_code == focus != ref.country_code and \
                _named_elsewhere(toponyms, (t, ref), t.country_code) and \
                not _named_elsewhere(toponyms, (t, ref), ref.country_code):
            kept.append(t)
            refs_out.add(i + 1)
            out.append((ref, f"the gazetteer's {ref.name} is {ref.gazetteer_name} ({ref.country_code}), {km:,.0f} km "
                             f"from {t.name}, which the text measures from it"))
        else:
            out.append((t, f"the gazetteer's {t.name} is {t.gazetteer_name} ({t.country_code}), {km:,.0f} km from "
                           f"{ref.name}, but the text puts it near {ref.name}"))
    return kept, out


def _named_elsewhere(toponyms: list[Toponym], pair: tuple[Toponym, Toponym], country: str | None) -> bool:
    return any(x.country_code == country for x in toponyms if x is not pair[0] and x is not pair[1])


# "in the Red Sea", "across the Blue Nile": a region named after a water, written as the water ("the" before it and
# no region word after) — "Red Sea state" is the region.
_WATER_WORD = re.compile(r"(?:" + "|".join(WATER_WORDS) + r"|nile)$", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_REGION_AFTER = re.compile(r"\s+(?:" + "|".join(REGION_WORDS + DISTRICT_WORDS) + r")\b", re.I)


def _a_water(text: str, t: Toponym) -> bool:
    return t.feature in ("region", "district") and _WATER_WORD.search(t.name) is not None and \
        _THE_BEFORE.search(text, max(0, t.start - 5), t.start) is not None and not _REGION_AFTER.match(text, t.end)
