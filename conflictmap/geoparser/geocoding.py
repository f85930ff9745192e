"""The steps of geocoding (a place name alone → coordinates), which :mod:`.chain` composes: the corrections, the
cache (a wrapper around any step), the offline gazetteer as a geopy ``Geocoder``. Nominatim is :mod:`.nominatim`.

Each step is a callable ``step(name, country) -> Geocoded | None``; ``None`` means "not mine, ask the next".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Protocol

from geopy.adapters import BaseSyncAdapter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from conflictmap.errors import GeocoderUnavailable
from conflictmap.geoparser.corrections import Corrections
from conflictmap.geoparser.gazetteer import COUNTRY, Gazetteer, Place, one_clear
from conflictmap.geoparser.names import normalize_name
from conflictmap.geoparser.sources import neighbours

Step = Callable[[str, "str | None"], "Geocoded | None"]


@dataclass(frozen=True)
class Geocoded:
    """One answer of the chain (or a remembered miss: ``lat`` is None)."""

    query: str
    country: str  # the country bias the question was asked with ("" for none)
    name: str = ""
    lat: float | None = None
    lon: float | None = None
    source: str = ""  # correction | cache | gazetteer | nominatim | miss
    ident: str = ""  # "geonames:170654", "osm:node/123"
    country_code: str = ""
    feature: str = ""
    retrieved_at: str = ""
    note: str = ""
    source_url: str = ""

    @property
    def found(self) -> bool:
        return self.lat is not None and self.lon is not None


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


# ---------------------------------------------------------------- the gazetteer as a geopy geocoder


class NoNetwork(BaseSyncAdapter):
    """The transport of a geocoder that asks no server: making one costs nothing (geopy's default adapter loads the
    system's certificates for each geocoder made) and a request is an error, never a connection."""

    def get_json(self, url, *, timeout, headers):
        raise GeocoderUnavailable(f"the offline gazetteer was asked to fetch {url}; it reads only the files it "
                                  "was given (use the Nominatim step for a server)")

    get_text = get_json


class GazetteerGeocoder(Geocoder):
    """The offline GeoNames gazetteer behind geopy's ``Geocoder`` interface.

    ``geocode("Damascus", country_codes="sy")`` returns a :class:`geopy.location.Location` whose ``raw`` holds
    ``geonameid``, ``country_code``, ``feature`` and ``population``. With ``exactly_one=False`` every candidate
    comes back, most likely first. It works wherever geopy geocoders do (``RateLimiter`` included).
    """

    def __init__(self, gazetteer: Gazetteer):
        super().__init__(user_agent="conflictmap-offline-gazetteer", adapter_factory=NoNetwork)
        self.gazetteer = gazetteer

    def geocode(self, query, *, exactly_one=True, country_codes=None, timeout=None):
        if isinstance(country_codes, str):
            country_codes = [country_codes]
        wanted = {c.upper() for c in (country_codes or []) if c}
        places = self.gazetteer.lookup(str(query))
        match = ""
        if wanted:
            # a country bias prefers places in those countries, but never hides the only answer
            places.sort(key=lambda p: (p.country_code not in wanted,))
        if not places and wanted:  # fallbacks, only in the countries asked for (the story's): never a guess abroad
            places = [p for p in self.gazetteer.districts_named(str(query)) if p.country_code in wanted]
            match = "district"
            if not places:
                variants = self.gazetteer.spelling_variants(str(query))
                clear = one_clear([p for p in variants if p.country_code in wanted]) or one_clear(
                    [p for p in variants if p.country_code in _next_door(frozenset(wanted))])  # ("Israeli strike
                # … in Deir al-Balah": GeoNames' Dayr al Balaḩ is next door, in Gaza)
                places = [clear] if clear is not None else []
                match = "variant"
        elif not places:  # no country to keep to (the text names none): an area the name can only mean
            places, match = _anywhere(self.gazetteer, str(query))
        locations = [self._location(p, match, str(query)) for p in places]
        if not locations:
            return None
        return locations[0] if exactly_one else locations

    @staticmethod
    def _location(place: Place, match: str = "", query: str = "") -> Location:
        address = place.name if not place.country_code or place.feature == COUNTRY else \
            f"{place.name}, {place.country_code}"
        notes = {"district": f"the district of that name in {place.country_code} (GeoNames second-level region)",
                 "variant": f"a spelling variant: “{query}” read as GeoNames’ “{place.name}”, the one place in "
                            f"{place.country_code} so spelt (or ten times the people of any other)"}
        note = notes.get(match, "")
        raw = {"geonameid": place.geonameid, "name": place.name, "country_code": place.country_code,
               "feature": place.feature, "population": place.population, "admin1": place.admin1, "note": note}
        return Location(address, (place.lat, place.lon), raw)


def _anywhere(gazetteer: Gazetteer, name: str) -> tuple[list[Place], str]:
    """For a text that names no country: the one district of the world so named ("a bomb tore through a rally in
    Bajaur": Pakistan's Bājaur Agency), else the one region or district so spelt ("the Qunaitra countryside":
    Syria's Quneitra) — never a town, which namesakes abroad make a guess."""
    districts = gazetteer.districts_named(name)
    if len(districts) == 1:
        return districts, "district"
    areas = [p for p in gazetteer.spelling_variants(name) if p.feature in ("region", "district")]
    return (areas, "variant") if len(areas) == 1 else ([], "")


@lru_cache(maxsize=256)
def _next_door(codes: frozenset[str]) -> frozenset[str]:
    """The countries next to ``codes`` by land (not themselves)."""
    near = neighbours()
    return frozenset(n for c in codes for n in near.get(c, ())) - codes


class GazetteerStep:
    def __init__(self, geocoder: GazetteerGeocoder):
        self.geocoder = geocoder

    def __call__(self, name: str, country: str | None) -> Geocoded | None:
        location = self.geocoder.geocode(name, country_codes=country or None)
        if location is None:
            return None
        raw = location.raw
        return Geocoded(query=name, country=country or "", name=raw["name"], lat=location.latitude,
                        lon=location.longitude, source="gazetteer",
                        ident=f"geonames:{raw['geonameid']}" if raw.get("geonameid") else "",
                        country_code=raw.get("country_code") or "", feature=raw.get("feature") or "",
                        retrieved_at=now(), note=raw.get("note") or "")


class CorrectionsStep(Corrections):
    """The corrections as the chain's first step: a row with coordinates answers for its name."""

    def __call__(self, name: str, country: str | None, article: str | None = None) -> Geocoded | None:
        c = self.find(name, country, article)
        if c is None or c.lat is None:
            return None
        return Geocoded(query=name, country=country or "", name=c.place, lat=c.lat, lon=c.lon, source="correction",
                        country_code=c.country, note=c.note, source_url=c.source_url)


# ---------------------------------------------------------------- cache


class CacheFile(Protocol):
    """Where a :class:`GeocodeCache` is kept (the data folder's ``geocode_cache.csv``:
    :class:`conflictmap.store.inputs.GeocodeCacheFile`)."""

    def read(self) -> dict[tuple[str, str], Geocoded]:
        """Every entry kept, by :func:`cache_key`."""

    def merge(self, learned: dict[tuple[str, str], Geocoded]) -> dict[tuple[str, str], Geocoded]:
        """Add ``learned`` to what is kept (re-read first: another build may have written meanwhile); return all."""


def cache_key(name: str, country: str | None) -> tuple[str, str]:
    return normalize_name(name), country or ""


class GeocodeCache:
    """Query + country bias → answer or miss, kept in a :class:`CacheFile` (``None``: in memory only).
    :attr:`dirty` holds what this process learned; :meth:`save` merges it into the file."""

    def __init__(self, file: CacheFile | None = None):
        self.file = file
        self.entries: dict[tuple[str, str], Geocoded] = file.read() if file is not None else {}
        self.dirty: dict[tuple[str, str], Geocoded] = {}

    def get(self, name: str, country: str | None) -> Geocoded | None:
        return self.entries.get(cache_key(name, country))

    def put(self, answer: Geocoded) -> None:
        key = cache_key(answer.query, answer.country)
        old = self.entries.get(key)
        if old is not None and _same(old, answer):
            return
        self.entries[key] = answer
        self.dirty[key] = answer

    def save(self) -> bool:
        """Merge what this process learned into the file. Returns whether anything was written."""
        if not self.dirty:
            return False
        if self.file is not None:
            self.entries = self.file.merge(self.dirty)
        self.dirty = {}
        return True


def _same(a: Geocoded, b: Geocoded) -> bool:
    return (a.name, a.lat, a.lon, a.source, a.ident, a.country_code, a.feature) == \
        (b.name, b.lat, b.lon, b.source, b.ident, b.country_code, b.feature)


class CachedStep:
    """Wrap a step: answer from the cache when it knows the question (misses too), else ask and remember. A
    failure of the inner step (an outage) propagates and is not remembered: the next run asks again."""

    def __init__(self, cache: GeocodeCache, inner: Step):
        self.cache = cache
        self.inner = inner

    def __call__(self, name: str, country: str | None) -> Geocoded | None:
        hit = self.cache.get(name, country)
        if hit is not None:
            return replace(hit, query=name) if hit.found else None
        answer = self.inner(name, country)
        if answer is None or not answer.found:
            self.cache.put(Geocoded(query=name, country=country or "", source="miss", retrieved_at=now()))
            return None
        self.cache.put(replace(answer, query=name, country=country or ""))
        return answer
