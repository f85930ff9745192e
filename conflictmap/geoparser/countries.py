"""Full GeoNames for the countries a user works on: ``conflictmap gazetteer add CC``.

The shipped gazetteer holds GeoNames' populated places of 500 people or more. A conflict map also needs the
villages whose population GeoNames does not know, neighbourhoods, districts, and the spots reports name (air bases,
airports, camps, border posts, bridges, dams, squares). GeoNames publishes every feature of a country as one dump
(``https://download.geonames.org/export/dump/CC.zip``, CC BY 4.0); this module reads such a dump, keeps what a
conflict map can use, and writes it to ``<cache folder>/geonames/CC.tsv`` (atomically). The gazetteer index is
then built again with these rows (:class:`~.index.IndexBuilder` reads :func:`extra_rows`), and its cache key
changes with them (:func:`digest`).

Kept: populated places of every kind but abandoned, historical and destroyed ones (``P``, with or without a
population; ``PPLX`` is a section of a town: a neighbourhood), second- and third-level administrative areas
(``ADM2``, ``ADM3``: districts), and the spots in :data:`SPOTS`. A spot is also indexed without the word for its kind
("Menagh Military Airbase": "Menagh"), since news writes "Menagh airbase".
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from conflictmap.errors import DataFileError
from conflictmap.geoparser.names import usable_alternate

SPOTS = {
    "AIRB": "air base", "AIRF": "airfield", "AIRH": "heliport", "AIRP": "airport", "CMP": "camp",
    "CMPRF": "refugee camp", "INSM": "military installation", "MILB": "military base", "PSTB": "border post",
    "PSTC": "customs post", "PSTP": "patrol post", "BDG": "bridge", "DAM": "dam", "SQR": "square", "PRN": "prison",
    "MKT": "market", "FT": "fort",
}
_DROPPED_PLACES = {"PPLH", "PPLQ", "PPLW", "PPLCH"}  # historical, abandoned, destroyed
DISTRICT_CODES = {"ADM2", "ADM3"}
_KIND_WORDS = re.compile(
    r"\s+(?:(?:international|military|regional|domestic)\s+)?(?:air\s*base|airbase|airport|airfield|air\s*field|"
    r"aerodrome|heliport|(?:refugee|idp|displacement|military)?\s*camp|bridge|dam|checkpoint|border\s+post|"
    r"border\s+crossing|prison|square|market|fort)$", re.I)
_CODE = re.compile(r"^[A-Z]{2}$")
_COLUMNS = ("geonameid", "name", "alternates", "lat", "lon", "kind", "code", "admin1", "population")
MAX_ALTERNATES = 30  # alternate names kept per feature (dumps list hundreds for a capital)


@dataclass(frozen=True)
class CountryFile:
    """A country added in full: its code, the file its features are kept in, and how many of each kind."""

    code: str
    path: Path
    places: int
    districts: int
    spots: int

    @property
    def features(self) -> int:
        return self.places + self.districts + self.spots


def check_code(code: str) -> str:
    """An ISO 3166-1 alpha-2 code, upper case; anything else is a :class:`DataFileError` saying what was expected."""
    cc = code.strip().upper()
    if not _CODE.match(cc):
        raise DataFileError(f"{code!r} is not a country code: expected two letters such as SY or CD (ISO 3166-1)")
    return cc


def extras_dir(cache_dir: Path) -> Path:
    return Path(cache_dir) / "geonames"


def read_dump(data: bytes, code: str) -> list[dict]:
    """The rows of a GeoNames country dump (``CC.zip`` holding ``CC.txt``) that a conflict map keeps."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            name = next((n for n in archive.namelist() if n.upper() == f"{code}.TXT"), None)
            if name is None:
                raise DataFileError(f"{code}.zip holds no {code}.txt (it holds {', '.join(archive.namelist()[:3])}); "
                                    "give GeoNames' dump of that country")
            text = io.TextIOWrapper(archive.open(name), encoding="utf-8", newline="")
            return [row for line in text if (row := _kept(line.rstrip("\n").split("\t"), code))]
    except zipfile.BadZipFile:
        raise DataFileError(f"the {code} download is not a zip file; give GeoNames' {code}.zip") from None


def _kept(fields: list[str], code: str) -> dict | None:
    if len(fields) < 15 or fields[8] != code:
        return None
    klass, fcode = fields[6], fields[7]
    if klass == "P" and fcode not in _DROPPED_PLACES:
        kind = "place"
    elif klass == "A" and fcode in DISTRICT_CODES:
        kind = "district"
    elif fcode in SPOTS:
        kind = "spot"
    else:
        return None
    try:
        lat, lon, population = float(fields[4]), float(fields[5]), int(fields[14] or 0)
    except ValueError:
        return None
    alternates = [a for a in dict.fromkeys(fields[3].split(",")) if a and usable_alternate(a)][:MAX_ALTERNATES]
    if kind == "spot":  # "Menagh Military Airbase" is also "Menagh" (as "Menagh airbase" in news)
        bare = [_KIND_WORDS.sub("", n) for n in (fields[1], *alternates)]
        alternates += [b for b in bare if b and len(b) >= 4 and b not in alternates and b != fields[1]]
    return {"geonameid": fields[0], "name": fields[1], "alternates": ";".join(a.replace(";", " ") for a in alternates),
            "lat": f"{lat:.5f}", "lon": f"{lon:.5f}", "kind": kind, "code": fcode, "admin1": fields[10],
            "population": str(population)}


def add_country(code: str, data: bytes, cache_dir: Path) -> CountryFile:
    """Keep the usable features of a country's dump in the cache folder (replacing an earlier copy)."""
    cc = check_code(code)
    rows = read_dump(data, cc)
    if not rows:
        raise DataFileError(f"{cc}.zip has no populated place, district or spot of {cc}; is it GeoNames' dump of "
                            f"{cc}?")
    folder = extras_dir(cache_dir)
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{cc}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(f"# GeoNames {cc} (CC BY 4.0, https://www.geonames.org), kept by conflictmap gazetteer add\n")
            out = csv.DictWriter(fh, _COLUMNS, delimiter="\t", lineterminator="\n")
            out.writeheader()
            out.writerows(rows)
        os.replace(tmp, folder / f"{cc}.tsv")
    finally:
        Path(tmp).unlink(missing_ok=True)
    return _summary(cc, folder / f"{cc}.tsv", rows)


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        return list(csv.DictReader(lines, delimiter="\t"))


def _summary(code: str, path: Path, rows: list[dict]) -> CountryFile:
    kinds = [r["kind"] for r in rows]
    return CountryFile(code, path, kinds.count("place"), kinds.count("district"), kinds.count("spot"))


def added(cache_dir: Path) -> list[CountryFile]:
    """The countries added in full, by code."""
    folder = extras_dir(cache_dir)
    if not folder.is_dir():
        return []
    return [_summary(p.stem, p, _read(p)) for p in sorted(folder.glob("*.tsv")) if _CODE.match(p.stem)]


def added_codes(cache_dir: Path) -> list[str]:
    """The codes of the countries added in full (no file is read)."""
    folder = extras_dir(cache_dir)
    return sorted(p.stem for p in folder.glob("*.tsv") if _CODE.match(p.stem)) if folder.is_dir() else []


def coverage(cache_dir: Path) -> str:
    """What the gazetteer covers, in a few words for a reader: the shipped places, and the countries in full."""
    codes = added_codes(cache_dir)
    full = (f"every feature of {', '.join(codes)} (added with `conflictmap gazetteer add`)" if codes else
            "no country in full (`conflictmap gazetteer add CC` adds one)")
    return f"GeoNames (CC BY 4.0): places of 500+ people worldwide; {full}"


def remove(code: str, cache_dir: Path) -> bool:
    """Forget a country added in full; False if it was not added."""
    path = extras_dir(cache_dir) / f"{check_code(code)}.tsv"
    if not path.exists():
        return False
    path.unlink()
    return True


def extra_rows(cache_dir: Path | None) -> list[dict]:
    """Every kept feature of the countries added in full, each with its ``country`` (for the index builder)."""
    if cache_dir is None:
        return []
    out = []
    for code in added_codes(cache_dir):
        for row in _read(extras_dir(cache_dir) / f"{code}.tsv"):
            row["country"] = code
            out.append(row)
    return out


def digest(cache_dir: Path | None) -> str:
    """A short digest of the countries added in full (empty when none): part of the index's cache key."""
    codes = added_codes(cache_dir) if cache_dir is not None else []
    if not codes:
        return ""
    h = hashlib.sha1()
    for code in codes:
        stat = (extras_dir(cache_dir) / f"{code}.tsv").stat()
        h.update(f"{code}:{stat.st_size}:{stat.st_mtime_ns};".encode())
    return h.hexdigest()[:8]
