"""Import events from an ACLED export (CSV) into the data folder, keeping ACLED's own coordinates, dates and
source. Imported events live in ``data/acled_events.csv`` (a build never touches it) and are shown beside the
events built from articles; importing the same export again replaces its rows (same ``event_id``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from conflictmap.store import schema, files
from conflictmap.errors import DataFileError

REQUIRED = ("event_id_cnty", "event_date", "event_type", "location", "latitude", "longitude")
MAX_EXPORT_BYTES = 200_000_000


@dataclass
class ImportResult:
    added: int = 0
    replaced: int = 0
    skipped: list[str] = field(default_factory=list)  # "line N: why"


def _date(value: str) -> dt.date:
    value = value.strip()
    for fmt in ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y", "%B %d, %Y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    raise ValueError(f"event_date {value!r} is not a date (expected e.g. 2024-12-08 or 08 December 2024)")


# ACLED's numeric actor-type codes (older exports) and their names (newer ones keep the names).
_INTER = {"1": "State forces", "2": "Rebel group", "3": "Political militia", "4": "Identity militia", "5": "Rioters",
          "6": "Protesters", "7": "Civilians", "8": "External/Other forces"}


def _inter(value) -> str:
    value = (value or "").strip()
    return _INTER.get(value, value)


def _fatalities(row: dict) -> int:
    value = (row.get("fatalities") or "0").strip() or "0"
    if not value.isdigit():
        raise ValueError(f"fatalities {value!r} is not a whole number")
    return int(value)


def convert(row: dict, source_name: str) -> dict:
    """One ACLED row → one row of conflictmap's event columns. Raises ValueError with a short reason."""
    lat, lon = float(row["latitude"]), float(row["longitude"])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"latitude/longitude {lat}, {lon} is off the globe")
    date = _date(row["event_date"])
    notes = (row.get("notes") or "").strip()
    precision = (row.get("time_precision") or "").strip()
    return {
        "event_id": row["event_id_cnty"].strip(), "event_date": date.isoformat(),
        "time_precision": precision if precision in ("1", "2", "3") else "1",
        "event_type": row["event_type"].strip(), "sub_event_type": (row.get("sub_event_type") or "").strip(),
        "actor1": (row.get("actor1") or "").strip(), "inter1": _inter(row.get("inter1")),
        "actor2": (row.get("actor2") or "").strip(), "inter2": _inter(row.get("inter2")),
        "country": (row.get("country") or "").strip(), "location": row["location"].strip(),
        "latitude": f"{lat:.5f}", "longitude": f"{lon:.5f}", "geo_precision": (row.get("geo_precision") or "").strip(),
        "source": (row.get("source") or "ACLED").strip(), "notes": notes, "fatalities": _fatalities(row),
        "article_id": f"acled:{source_name}", "route_step": "", "role": "", "place_name": row["location"].strip(),
        "geonameid": "", "country_code": (row.get("iso3") or "").strip(), "feature": "",
        "geo_source": "acled", "geo_note": "ACLED's own coordinates", "geo_source_url": "https://acleddata.com",
        "date_source": "acled", "date_rule": "acled", "date_text": row["event_date"].strip(), "cue": "",
        "excerpts": notes, "mentions": "",
    }


def import_acled(path: Path, data_dir: Path) -> ImportResult:
    path, data_dir = Path(path), Path(data_dir)
    if not path.is_file():
        raise DataFileError(f"{path}: no such file; give an ACLED export in CSV")
    if path.stat().st_size > MAX_EXPORT_BYTES:
        raise DataFileError(f"{path}: larger than {MAX_EXPORT_BYTES:,} bytes; split the export")
    table = files.read_table(path, lenient=True)
    missing = [c for c in REQUIRED if c not in table.header]
    if missing:
        raise DataFileError(f"{path}:1: not an ACLED export: missing column(s) {', '.join(missing)} "
                            f"(expected at least {', '.join(REQUIRED)})")
    result = ImportResult(skipped=list(table.skipped))
    rows = {}
    for line, row in table.rows:
        try:
            converted = convert(row, path.stem)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            result.skipped.append(f"line {line}: {exc}")
            continue
        rows[converted["event_id"]] = converted
    target = data_dir / schema.ACLED_FILE
    with files.locked(data_dir):
        existing = {r["event_id"]: r for r in files.read_csv(target)}
        result.replaced = sum(1 for k in rows if k in existing)
        result.added = len(rows) - result.replaced
        existing.update(rows)
        files.write_csv(target, schema.EVENT_COLUMNS,
                          sorted(existing.values(), key=lambda r: (r["event_date"], r["event_id"])))
    return result
