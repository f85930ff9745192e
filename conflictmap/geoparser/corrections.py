"""Hand-made corrections: a place moved or a territory-taking event dated, for one article or all, each row citing
its source. The rows come from the data folder's ``corrections.csv`` (:mod:`conflictmap.store.inputs` reads it; a
build never rewrites it)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from conflictmap.errors import DataFileError
from conflictmap.geoparser.names import normalize_name


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


def _coordinates(row: dict, where: str) -> tuple[float | None, float | None]:
    lat_s, lon_s = (row.get("lat") or "").strip(), (row.get("lon") or "").strip()
    if not (lat_s or lon_s):
        return None, None
    try:
        lat, lon = float(lat_s), float(lon_s)
    except ValueError:
        raise DataFileError(f"{where}: lat/lon must be numbers, got {lat_s!r}, {lon_s!r}") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise DataFileError(f"{where}: lat {lat} / lon {lon} is off the globe")
    return lat, lon


def _date(row: dict, where: str) -> dt.date | None:
    value = (row.get("date") or "").strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DataFileError(f"{where}: date must be YYYY-MM-DD, got {row['date']!r}") from None


def corrections_from_rows(rows: list[dict], where: str) -> list[Correction]:
    """Corrections from the rows of a corrections table (``where`` names it in messages); a row without a place,
    with coordinates off the globe, a date not YYYY-MM-DD or no source raises :class:`DataFileError`."""
    out = []
    for n, row in enumerate(rows, 1):
        place = (row.get("place") or "").strip()
        if not place:
            raise DataFileError(f"{where}: row {n}: 'place' is empty; name the place the correction is for")
        at = f"{where}: row {n} ({place})"
        lat, lon = _coordinates(row, at)
        date = _date(row, at)
        if not (row.get("source_url") or "").strip():
            raise DataFileError(f"{at}: source_url is empty; every correction cites its source")
        out.append(Correction(place=place, country=(row.get("country") or "").strip().upper(),
                              article=(row.get("article") or "").strip(), lat=lat, lon=lon, date=date,
                              note=(row.get("note") or "").strip(), source_url=row["source_url"].strip()))
    return out


class Corrections:
    """Finds the correction for a name: the most specific matching row wins (article, then country, then name
    only)."""

    def __init__(self, corrections: list[Correction]):
        self.corrections = corrections

    def find(self, name: str, country: str | None = None, article: str | None = None) -> Correction | None:
        key = normalize_name(name)
        best, best_rank = None, -1
        for c in self.corrections:
            if normalize_name(c.place) != key:
                continue
            if c.article and c.article != (article or ""):
                continue
            if c.country and country and c.country != country.upper():
                continue
            rank = (2 if c.article else 0) + (1 if c.country else 0)
            if rank > best_rank:
                best, best_rank = c, rank
        return best
