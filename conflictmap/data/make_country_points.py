"""Regenerate ``country_points.csv``: each country's conventional point.

    pip download --no-deps countryinfo==1.0.1 && unzip countryinfo-1.0.1-py3-none-any.whl -d countryinfo
    python conflictmap/data/make_country_points.py countryinfo/countryinfo/data > conflictmap/data/country_points.csv

Input: countryinfo's country files (MIT), whose ``latlng`` is the country's geographic coordinates of the CIA
World Factbook as REST Countries publishes them — the same conventional points GeoNames gives its country
entries (Sudan 15 N 30 E, Russia 60 N 100 E), which gazetteers and geoparsing benchmarks use for a country.
Not imported by the package; its output is.
"""

import csv
import json
import sys
from pathlib import Path

HEADER = """\
# Each country's conventional point: the CIA World Factbook's geographic coordinates (public domain) as REST
# Countries publishes them, from countryinfo 1.0.1 (MIT, https://pypi.org/project/countryinfo/) — the points
# GeoNames also gives its country entries. Made by make_country_points.py beside this file.
"""


def main(folder: str) -> None:
    rows = {}
    for path in sorted(Path(folder).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        iso = (data.get("ISO") or {}).get("alpha2")
        point = data.get("latlng") or []
        if iso and len(point) == 2:
            rows[iso] = [iso, data.get("name", ""), point[0], point[1]]
    sys.stdout.write(HEADER)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["iso", "name", "lat", "lon"])
    out.writerows(rows[k] for k in sorted(rows))


if __name__ == "__main__":
    main(sys.argv[1])
