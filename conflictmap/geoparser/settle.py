"""What the whole text says about its places, once each name has been resolved by itself: the story's districts
(:func:`~.districts.home_districts`), the regions the text puts a place in (:func:`~.districts.contained`) and the
countries it is about (:func:`~.binding.bind_to_story`). The pipeline and ``conflictmap geoparse`` both settle
the geoparser's toponyms here, so the map and the command give the same places."""

from __future__ import annotations

import re
from dataclasses import dataclass

from conflictmap.geoparser.binding import bind_to_story, origins
from conflictmap.geoparser.districts import contained, home_districts
from conflictmap.geoparser.gazetteer import Gazetteer
from conflictmap.geoparser.introduced import peoples_word, speaking_body
from conflictmap.geoparser.parser import Toponym, focus_country
from conflictmap.geoparser.vocabulary import DISTRICT_WORDS, REGION_WORDS, WATER_WORDS


PEOPLES_TOWN = 50_000  # people in a town whose name, before "militias" or "fighters", is still read as the town's


@dataclass(frozen=True)
class Settled:
    """The toponyms kept (a note per moved one, by start), those taken out (with why) and the story's country."""

    toponyms: list[Toponym]
    notes: dict[int, str]
    taken_out: list[tuple[Toponym, str]]
    focus: str | None


def settle(text: str, toponyms: list[Toponym], gaz: Gazetteer, not_places: set[str] = frozenset()) -> Settled:
    """The geoparser's toponyms of ``text`` settled by the text as a whole (see the module's note)."""
    toponyms = [t for t in toponyms if not (t.feature == "place" and not t.demonym and t.population < PEOPLES_TOWN and
                                            (peoples_word(text, t.start, t.end) or speaking_body(text, t.start, t.end)))]
    # ("allied Arab militias": a people's word, though Arab, Alabama is a town; "the local Red Cross said": a body)
    waters = [t for t in toponyms if _a_water(text, t)]
    toponyms = [t for t in toponyms if t not in waters]
    focus = focus_country(toponyms)
    toponyms, notes = home_districts(text, toponyms, gaz, focus, not_places)
    toponyms, inside, abroad = contained(text, toponyms, gaz)
    notes.update(inside)
    taken_out = [(t, f"the gazetteer's {t.name} is in {t.country_code}, but the text puts it in a region of another "
                     "country") for t in abroad]
    toponyms, unbound = bind_to_story(toponyms, gaz, origins(text, toponyms))
    seas = [(t, f"the text's {t.name} is the water, not the gazetteer's {t.gazetteer_name} ({t.country_code})")
            for t in waters]
    return Settled(toponyms, notes, taken_out + unbound + seas, focus_country(toponyms) or focus)


# "in the Red Sea", "across the Blue Nile": a region named after a water, written as the water ("the" before it and
# no region word after) — "Red Sea state" is the region.
_WATER_WORD = re.compile(r"(?:" + "|".join(WATER_WORDS) + r"|nile)$", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_REGION_AFTER = re.compile(r"\s+(?:" + "|".join(REGION_WORDS + DISTRICT_WORDS) + r")\b", re.I)


def _a_water(text: str, t: Toponym) -> bool:
    return t.feature in ("region", "district") and _WATER_WORD.search(t.name) is not None and \
        _THE_BEFORE.search(text, max(0, t.start - 5), t.start) is not None and not _REGION_AFTER.match(text, t.end)
