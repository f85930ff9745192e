"""What the whole text says about its places, once each name has been resolved by itself: the story's districts
(:func:`~.districts.home_districts`), the regions the text puts a place in (:func:`~.districts.contained`) and the
countries it is about (:func:`~.binding.bind_to_story`). The pipeline and ``conflictmap geoparse`` both settle
the geoparser's toponyms here, so the map and the command give the same places."""

from __future__ import annotations

from dataclasses import dataclass

from conflictmap.geoparser.binding import bind_to_story, origins
from conflictmap.geoparser.districts import contained, home_districts
from conflictmap.geoparser.gazetteer import Gazetteer
from conflictmap.geoparser.parser import Toponym, focus_country


@dataclass(frozen=True)
class Settled:
    """The toponyms kept (a note per moved one, by start), those taken out (with why) and the story's country."""

    toponyms: list[Toponym]
    notes: dict[int, str]
    taken_out: list[tuple[Toponym, str]]
    focus: str | None


def settle(text: str, toponyms: list[Toponym], gaz: Gazetteer, not_places: set[str] = frozenset()) -> Settled:
    """The geoparser's toponyms of ``text`` settled by the text as a whole (see the module's note)."""
    focus = focus_country(toponyms)
    toponyms, notes = home_districts(text, toponyms, gaz, focus, not_places)
    toponyms, inside, abroad = contained(text, toponyms, gaz)
    notes.update(inside)
    taken_out = [(t, f"the gazetteer's {t.name} is in {t.country_code}, but the text puts it in a region of another "
                     "country") for t in abroad]
    toponyms, unbound = bind_to_story(toponyms, gaz, origins(text, toponyms))
    return Settled(toponyms, notes, taken_out + unbound, focus_country(toponyms) or focus)
