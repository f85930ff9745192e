"""Geocoding: place name → coordinates, as a chain of small steps composed in one place (:func:`make_chain`):

    corrections (data/corrections.csv, hand-edited, always wins)
    → cache (data/geocode_cache.csv: every answer and every miss, with a time stamp)
    → offline gazetteer (:class:`GazetteerGeocoder`, a geopy ``Geocoder``)
    → Nominatim through geopy, only when ``CONFLICTMAP_NOMINATIM=on`` (≤ 1 request/s, retries with backoff)

Each step is a callable ``step(name, country) -> Geocoded | None``; ``None`` means "not mine, ask the next".
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from geopy.exc import GeocoderRateLimited, GeocoderServiceError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from . import gazetteer as gz
from . import settings, storage
from .errors import DataFileError, GeocoderUnavailable as CmGeocoderUnavailable, SettingsError

CACHE_FILE = "geocode_cache.csv"
CORRECTIONS_FILE = "corrections.csv"
CACHE_FIELDS = ["query", "country", "name", "lat", "lon", "source", "ident", "country_code", "feature",
                "retrieved_at"]
CORRECTION_FIELDS = ["place", "country", "article", "lat", "lon", "date", "note", "source_url"]
GENERIC_AGENTS = {"", "geopy", "python-requests", "python-urllib", "mozilla/5.0", "conflictmap"}

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


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def query_key(name: str) -> str:
    return gz.normalize_name(name)


# ---------------------------------------------------------------- the gazetteer as a geopy geocoder


class GazetteerGeocoder(Geocoder):
    """The offline GeoNames gazetteer behind geopy's ``Geocoder`` interface.

    ``geocode("Damascus", country_codes="sy")`` returns a :class:`geopy.location.Location` whose ``raw`` holds
    ``geonameid``, ``country_code``, ``feature`` and ``population``. With ``exactly_one=False`` every candidate
    comes back, most likely first. It works wherever geopy geocoders do (``RateLimiter`` included).
    """

    def __init__(self, gazetteer: gz.Gazetteer | None = None):
        super().__init__(user_agent="conflictmap-offline-gazetteer")
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> gz.Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = gz.default()
        return self._gazetteer

    def geocode(self, query, *, exactly_one=True, country_codes=None, timeout=None):
        if isinstance(country_codes, str):
            country_codes = [country_codes]
        wanted = {c.upper() for c in (country_codes or []) if c}
        places = self.gazetteer.lookup(str(query))
        if wanted:
            # a country bias prefers places in those countries, but never hides the only answer
            places.sort(key=lambda p: (p.country_code not in wanted,))
        locations = [self._location(p) for p in places]
        if not locations:
            return None
        return locations[0] if exactly_one else locations

    @staticmethod
    def _location(place: gz.Place) -> Location:
        address = place.name if not place.country_code or place.feature == gz.COUNTRY else \
            f"{place.name}, {place.country_code}"
        raw = {"geonameid": place.geonameid, "name": place.name, "country_code": place.country_code,
               "feature": place.feature, "population": place.population, "admin1": place.admin1}
        return Location(address, (place.lat, place.lon), raw)


class GazetteerStep:
    def __init__(self, geocoder: GazetteerGeocoder | None = None):
        self.geocoder = geocoder or GazetteerGeocoder()

    def __call__(self, name: str, country: str | None) -> Geocoded | None:
        location = self.geocoder.geocode(name, country_codes=country or None)
        if location is None:
            return None
        raw = location.raw
        return Geocoded(query=name, country=country or "", name=raw["name"], lat=location.latitude,
                        lon=location.longitude, source="gazetteer",
                        ident=f"geonames:{raw['geonameid']}" if raw.get("geonameid") else "",
                        country_code=raw.get("country_code") or "", feature=raw.get("feature") or "",
                        retrieved_at=_now())


# ---------------------------------------------------------------- corrections


@dataclass(frozen=True)
class Correction:
    place: str
    country: str = ""
    article: str = ""
    lat: float | None = None
    lon: float | None = None
    date: dt.date | None = None
    note: str = ""
    source_url: str = ""
    line: int = 0


def load_corrections(data_dir: Path) -> list[Correction]:
    """``corrections.csv``: hand-edited; a build reads it and never writes it."""
    path = Path(data_dir) / CORRECTIONS_FILE
    rows = storage.read_csv(path, required=["place", "lat", "lon"], comments=True)
    out = []
    for n, row in enumerate(rows, 2):
        place = (row.get("place") or "").strip()
        if not place:
            raise DataFileError(f"{path}: row {n - 1}: 'place' is empty; name the place the correction is for")
        lat_s, lon_s = (row.get("lat") or "").strip(), (row.get("lon") or "").strip()
        lat = lon = None
        if lat_s or lon_s:
            try:
                lat, lon = float(lat_s), float(lon_s)
            except ValueError:
                raise DataFileError(f"{path}: row {n - 1} ({place}): lat/lon must be numbers, got {lat_s!r}, "
                                    f"{lon_s!r}") from None
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise DataFileError(f"{path}: row {n - 1} ({place}): lat {lat} / lon {lon} is off the globe")
        date = None
        if (row.get("date") or "").strip():
            try:
                date = dt.date.fromisoformat(row["date"].strip())
            except ValueError:
                raise DataFileError(f"{path}: row {n - 1} ({place}): date must be YYYY-MM-DD, got "
                                    f"{row['date']!r}") from None
        if not (row.get("source_url") or "").strip():
            raise DataFileError(f"{path}: row {n - 1} ({place}): source_url is empty; every correction cites "
                                "its source")
        out.append(Correction(place=place, country=(row.get("country") or "").strip().upper(),
                              article=(row.get("article") or "").strip(), lat=lat, lon=lon, date=date,
                              note=(row.get("note") or "").strip(), source_url=row["source_url"].strip(),
                              line=n))
    return out


class CorrectionsStep:
    """Hand-made corrections: the most specific matching row wins (article, then country, then name only)."""

    def __init__(self, corrections: list[Correction]):
        self.corrections = corrections

    def find(self, name: str, country: str | None = None, article: str | None = None) -> Correction | None:
        key = query_key(name)
        best, best_rank = None, -1
        for c in self.corrections:
            if query_key(c.place) != key:
                continue
            if c.article and c.article != (article or ""):
                continue
            if c.country and country and c.country != country.upper():
                continue
            rank = (2 if c.article else 0) + (1 if c.country else 0)
            if rank > best_rank:
                best, best_rank = c, rank
        return best

    def __call__(self, name: str, country: str | None, article: str | None = None) -> Geocoded | None:
        c = self.find(name, country, article)
        if c is None or c.lat is None:
            return None
        return Geocoded(query=name, country=country or "", name=c.place, lat=c.lat, lon=c.lon, source="correction",
                        country_code=c.country, note=c.note, source_url=c.source_url)


# ---------------------------------------------------------------- cache


class GeocodeCache:
    """``geocode_cache.csv``: query + country bias → answer or miss. Sorted by key, so diffs stay small.

    :meth:`save` takes the data folder's lock, re-reads the file and merges, so two builds lose nothing; the
    write is atomic. A broken file raises :class:`DataFileError` (file and line) and is never overwritten.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.entries: dict[tuple[str, str], Geocoded] = {}
        self.dirty: dict[tuple[str, str], Geocoded] = {}
        self.entries.update(self._read())

    def _read(self) -> dict[tuple[str, str], Geocoded]:
        rows = storage.read_csv(self.path, required=CACHE_FIELDS)
        out = {}
        for n, row in enumerate(rows, 2):
            try:
                lat = float(row["lat"]) if row["lat"].strip() else None
                lon = float(row["lon"]) if row["lon"].strip() else None
            except ValueError:
                raise DataFileError(f"{self.path}:{n}: lat/lon are not numbers ({row['lat']!r}, {row['lon']!r}); "
                                    "fix the line or restore the file from git") from None
            entry = Geocoded(query=row["query"], country=row["country"], name=row["name"], lat=lat, lon=lon,
                             source=row["source"], ident=row["ident"], country_code=row["country_code"],
                             feature=row["feature"], retrieved_at=row["retrieved_at"])
            out[(query_key(entry.query), entry.country)] = entry
        return out

    def get(self, name: str, country: str | None) -> Geocoded | None:
        return self.entries.get((query_key(name), country or ""))

    def put(self, answer: Geocoded) -> None:
        key = (query_key(answer.query), answer.country)
        old = self.entries.get(key)
        if old is not None and _same(old, answer):
            return
        self.entries[key] = answer
        self.dirty[key] = answer

    def save(self) -> bool:
        """Merge what this process learned into the file. Returns whether anything was written."""
        if not self.dirty:
            return False
        with storage.locked(self.path.parent):
            merged = self._read()  # what other builds wrote meanwhile
            merged.update(self.dirty)
            rows = [_cache_row(v) for _, v in sorted(merged.items())]
            storage.write_csv(self.path, CACHE_FIELDS, rows)
            self.entries = merged
            self.dirty = {}
        return True


def _same(a: Geocoded, b: Geocoded) -> bool:
    return (a.name, a.lat, a.lon, a.source, a.ident, a.country_code, a.feature) == \
        (b.name, b.lat, b.lon, b.source, b.ident, b.country_code, b.feature)


def _cache_row(g: Geocoded) -> dict:
    return {"query": g.query, "country": g.country, "name": g.name,
            "lat": "" if g.lat is None else f"{g.lat:.5f}", "lon": "" if g.lon is None else f"{g.lon:.5f}",
            "source": g.source, "ident": g.ident, "country_code": g.country_code, "feature": g.feature,
            "retrieved_at": g.retrieved_at}


class CachedStep:
    """Wrap a step: answer from the cache when it knows the question (misses too), else ask and remember."""

    def __init__(self, cache: GeocodeCache, inner: Step, miss_ttl_days: float | None = None):
        self.cache = cache
        self.inner = inner
        self.miss_ttl_days = miss_ttl_days

    def __call__(self, name: str, country: str | None) -> Geocoded | None:
        hit = self.cache.get(name, country)
        if hit is not None and (hit.found or not self._expired(hit)):
            return replace(hit, query=name) if hit.found else None
        answer = self.inner(name, country)
        if answer is None:
            self.cache.put(Geocoded(query=name, country=country or "", source="miss", retrieved_at=_now()))
            return None
        self.cache.put(replace(answer, query=name, country=country or ""))
        return answer

    def _expired(self, miss: Geocoded) -> bool:
        if self.miss_ttl_days is None or not miss.retrieved_at:
            return False
        try:
            when = dt.datetime.fromisoformat(miss.retrieved_at)
        except ValueError:
            return True
        return (dt.datetime.now(dt.timezone.utc) - when).total_seconds() > self.miss_ttl_days * 86400


# ---------------------------------------------------------------- Nominatim


class PoliteRateLimiter(RateLimiter):
    """geopy's :class:`~geopy.extra.rate_limiter.RateLimiter` (one call per ``min_delay_seconds``, retries on
    geopy's service errors), with an injectable clock and sleep, exponential backoff between retries, and a
    server's ``Retry-After`` honoured on 429."""

    def __init__(self, func, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep, **kwargs):
        super().__init__(func, swallow_exceptions=False, **kwargs)
        self._clock_fn = clock
        self._sleep_fn = sleep

    def _clock(self):
        return self._clock_fn()

    def _sleep(self, seconds):
        self._sleep_fn(seconds)

    def __call__(self, *args, **kwargs):
        gen = self._retries_gen(args, kwargs)
        for attempt in gen:
            self._acquire_request_slot()
            try:
                return self.func(*args, **kwargs)
            except self._retry_exceptions as exc:
                if gen.throw(exc):
                    return self._handle_exc(args, kwargs)  # re-raises: swallow_exceptions is off
                wait = self.error_wait_seconds * 2 ** attempt
                if isinstance(exc, GeocoderRateLimited) and exc.retry_after:
                    wait = max(wait, float(exc.retry_after))
                self._sleep(wait)
        raise RuntimeError("unreachable")  # pragma: no cover


class NominatimStep:
    """geopy's Nominatim behind :class:`PoliteRateLimiter`: at most one request per ``min_delay`` seconds,
    retries with backoff on time-outs, 429 and 5xx. A failure after the retries raises
    :class:`~conflictmap.errors.GeocoderUnavailable`; the chain turns it into "not placed in this build" (not
    cached, so the next build asks again)."""

    def __init__(self, url: str, user_agent: str, *, min_delay: float = 1.0, max_retries: int = 2,
                 timeout: float = 10.0, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep, adapter_factory=None):
        from geopy.adapters import URLLibAdapter
        from geopy.geocoders import Nominatim

        if user_agent.strip().lower() in GENERIC_AGENTS or "/" not in user_agent and "@" not in user_agent:
            raise SettingsError(f"CONFLICTMAP_USER_AGENT {user_agent!r} does not identify you; Nominatim's policy "
                                "asks for an identifying User-Agent, e.g. 'conflictmap/0.1 (you@example.org)'")
        scheme, _, domain = url.partition("://")
        if not domain:
            raise SettingsError(f"CONFLICTMAP_NOMINATIM_URL must look like https://host[:port], got {url!r}")
        self.geocoder = Nominatim(domain=domain.rstrip("/"), scheme=scheme, user_agent=user_agent, timeout=timeout,
                                  adapter_factory=adapter_factory or URLLibAdapter)
        self.limited = PoliteRateLimiter(self.geocoder.geocode, min_delay_seconds=min_delay,
                                         max_retries=max_retries, error_wait_seconds=min_delay, clock=clock,
                                         sleep=sleep)
        self.errors: list[str] = []

    def __call__(self, name: str, country: str | None) -> Geocoded | None:
        try:
            location = self.limited(name, exactly_one=True, country_codes=country.lower() if country else None,
                                    addressdetails=True)
        except GeocoderServiceError as exc:  # time-outs, 429, 5xx, unparsable answers: after the retries
            self.errors.append(f"{name}: {type(exc).__name__}: {exc}")
            raise CmGeocoderUnavailable(f"Nominatim did not answer for {name!r}: {exc}") from None
        except (ValueError, TypeError, KeyError, AttributeError) as exc:  # an answer geopy could not read
            self.errors.append(f"{name}: bad answer: {exc}")
            raise CmGeocoderUnavailable(f"Nominatim gave an unreadable answer for {name!r}") from None
        if location is None:
            return Geocoded(query=name, country=country or "", source="miss", retrieved_at=_now())
        raw = location.raw or {}
        osm = f"osm:{raw.get('osm_type', '')}/{raw.get('osm_id', '')}" if raw.get("osm_id") else ""
        cc = ((raw.get("address") or {}).get("country_code") or "").upper()
        return Geocoded(query=name, country=country or "", name=str(raw.get("name") or location.address)[:200],
                        lat=location.latitude, lon=location.longitude, source="nominatim", ident=osm,
                        country_code=cc, feature=str(raw.get("addresstype") or raw.get("type") or ""),
                        retrieved_at=_now())


# ---------------------------------------------------------------- the chain


class Chain:
    """corrections → cache → gazetteer → Nominatim (opt-in). ``chain(name, country)`` → answer or None."""

    def __init__(self, corrections: CorrectionsStep, cache: GeocodeCache, gazetteer: GazetteerStep,
                 nominatim: NominatimStep | None = None):
        self.corrections = corrections
        self.cache = cache
        self.gazetteer = gazetteer
        self.nominatim = nominatim
        self._cached = CachedStep(cache, self._lookup)

    def _lookup(self, name: str, country: str | None) -> Geocoded | None:
        answer = self.gazetteer(name, country)
        if answer is not None or self.nominatim is None:
            return answer
        try:
            answer = self.nominatim(name, country)
        except CmGeocoderUnavailable:
            raise _Unanswered from None
        return answer if answer is not None and answer.found else None

    def __call__(self, name: str, country: str | None = None, article: str | None = None) -> Geocoded | None:
        corrected = self.corrections(name, country, article)
        if corrected is not None:
            return corrected
        try:
            return self._cached(name, country)
        except _Unanswered:
            return None

    def explain(self, name: str, country: str | None = None) -> tuple[Geocoded | None, str]:
        """The answer and which step gave it: correction, cache, gazetteer, nominatim or none."""
        corrected = self.corrections(name, country)
        if corrected is not None:
            return corrected, "correction"
        hit = self.cache.get(name, country)
        if hit is not None:
            return (hit if hit.found else None), "cache"
        answer = self(name, country)
        return answer, (answer.source if answer else "none")


class _Unanswered(Exception):
    pass


def make_chain(data_dir: Path, environ: Mapping[str, str] | None = None, *, gazetteer: gz.Gazetteer | None = None,
               nominatim_factory=NominatimStep) -> Chain:
    """The one place the chain is composed, from the data folder and the ``CONFLICTMAP_*`` settings."""
    data_dir = Path(data_dir)
    nominatim = None
    if settings.get_bool("NOMINATIM", environ):
        agent = settings.get_str("USER_AGENT", environ)
        if not agent:
            raise SettingsError("CONFLICTMAP_NOMINATIM is on but CONFLICTMAP_USER_AGENT is empty; set it to "
                                "something that identifies you, e.g. 'conflictmap/0.1 (you@example.org)'")
        nominatim = nominatim_factory(settings.get_str("NOMINATIM_URL", environ), agent)
    return Chain(
        corrections=CorrectionsStep(load_corrections(data_dir)),
        cache=GeocodeCache(data_dir / CACHE_FILE),
        gazetteer=GazetteerStep(GazetteerGeocoder(gazetteer)),
        nominatim=nominatim,
    )
