"""The geoparser: find place names in text (:mod:`.recogniser`) and pick the place each one means
(:mod:`.resolver`). :func:`geoparse` is the one entry point: the CLI's ``geoparse`` command, the benchmark and the
build all call it."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping

from conflictmap.geoparser.gazetteer import Gazetteer, Place
from conflictmap.geoparser.recogniser import Recogniser
from conflictmap.geoparser.resolver import Resolver, Weights


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name found in a text, and the place it was resolved to."""

    start: int
    end: int
    name: str  # text[start:end]
    lat: float
    lon: float
    geonameid: int | None
    country_code: str | None
    feature: str  # country | region | district | place | continent
    gazetteer_name: str
    population: int
    demonym: bool = False  # "Lebanese" → Lebanon
    candidates: int = 1  # how many places the name could mean

    def __reduce__(self):  # (pickled between processes: a tuple is much quicker to restore than slots state)
        return Toponym, (self.start, self.end, self.name, self.lat, self.lon, self.geonameid, self.country_code,
                         self.feature, self.gazetteer_name, self.population, self.demonym, self.candidates)

    def as_json(self) -> dict:
        return {
            "start": self.start, "end": self.end, "name": self.name, "lat": self.lat, "lon": self.lon,
            "geonameid": self.geonameid, "country_code": self.country_code, "feature": self.feature,
        }


class Geoparser:
    """Recognise and resolve place names with one gazetteer. Stateless between calls; safe to share.

    ``not_places``: names that never mean a place here, however the gazetteer lists them — the actors' names
    (armed groups and parties: "Hamas" is also an alternate name of Hamm, Germany; "Taliban" of a Turkish
    village). The pipeline passes the data folder's actors (:func:`conflictmap.pipeline.make_pipeline`)."""

    def __init__(self, gazetteer: Gazetteer, not_places: Iterable[str] = (), weights: Weights = Weights()):
        self.gaz = gazetteer
        self.recogniser = Recogniser(gazetteer, not_places)
        self.resolver = Resolver(gazetteer, weights)

    def parse(self, text: str, context: Mapping[str, float] | None = None) -> list[Toponym]:
        """``context``: country code → votes for it that the text casts otherwise than by place names (the home
        countries of the armed groups it names)."""
        out = []
        places: dict[int, Place] = {}
        for m, i, count in self.resolver.resolve(self.recogniser.recognise_all(text), context):
            place = places.get(i) or places.setdefault(i, self.gaz.place(i))
            out.append(Toponym(
                start=m.start, end=m.end, name=text[m.start:m.end], lat=place.lat, lon=place.lon,
                geonameid=place.geonameid, country_code=place.country_code or None, feature=place.feature,
                gazetteer_name=place.name, population=place.population,
                demonym=m.demonym is not None and (not m.entries or place.feature == "country"), candidates=count,
            ))
        return out


def geoparse(text: str, geoparser: Geoparser, context: Mapping[str, float] | None = None) -> list[Toponym]:
    """Every place name in ``text`` with the place it means; offsets are Python ``str`` indices. ``context``: see
    :meth:`Geoparser.parse`."""
    if not text or not text.strip():
        return []
    return geoparser.parse(text, context)


def focus_country(toponyms: list[Toponym]) -> str | None:
    """The country an article is mostly about: the most named country among its places (ties: one the text names
    as a country or by a region of it, first named; else the first named)."""
    counts = Counter(t.country_code for t in toponyms if t.country_code)
    if not counts:
        return None
    top = max(counts.values())
    leaders = [t for t in toponyms if t.country_code and counts[t.country_code] == top]
    stated = [t for t in leaders if t.feature in ("country", "region") and not t.demonym]
    return (stated or leaders)[0].country_code
