"""The data folder's inputs to the pipeline — what it says about how to read text: its actors (``actors.csv``, else
the package's), its corrections (``corrections.csv``) and its geocode cache (``geocode_cache.csv``). Read here and
handed to the geoparser and the event layer as values, so those never touch a file of the data folder."""

from __future__ import annotations

import re

from pathlib import Path

from conflictmap.errors import DataFileError
from conflictmap.events.actors import KINDS, Actor
from conflictmap.geoparser.corrections import Correction, corrections_from_rows
from conflictmap.geoparser.geocoding import Geocoded, cache_key
from conflictmap.store import files, schema

PACKAGE_ACTORS = Path(__file__).resolve().parent.parent / "data" / schema.ACTORS_FILE


def actors_path(data_dir: Path) -> Path:
    """The data folder's actors file if it has one, else the package's."""
    own = Path(data_dir) / schema.ACTORS_FILE
    return own if own.exists() else PACKAGE_ACTORS


def load_actors(path: Path) -> list[Actor]:
    rows = files.read_csv(path, required=schema.ACTOR_REQUIRED, comments=True)
    actors = []
    for n, row in enumerate(rows, 1):
        name = row["actor"].strip()
        if not name:
            raise DataFileError(f"{path}: row {n}: 'actor' is empty")
        aliases = tuple(a.strip() for a in row["aliases"].split(";") if a.strip()) or (name,)
        if name not in aliases and not name.startswith(("Military Forces of", "Police Forces of")):
            aliases = (name, *aliases)  # an actor's own name is a name text uses ("Tigray People's Liberation Front")
        kind = row["kind"].strip() or "non-state"
        if kind not in KINDS:
            raise DataFileError(f"{path}: row {n} ({name}): kind must be {', '.join(KINDS[:-1])} or {KINDS[-1]}, "
                                f"got {kind!r}")
        codes = tuple(c.strip().upper() for c in (row.get("country") or "").split(";") if c.strip())  # ("ML;BF;NE")
        if any(not re.fullmatch(r"[A-Z]{2}", c) for c in codes):
            raise DataFileError(f"{path}: row {n} ({name}): country must be ISO codes separated by ';' (ML;BF;NE), "
                                f"got {row.get('country')!r}")
        actors.append(Actor(name, aliases, kind, codes[0] if codes else "", codes))
    return actors


def load_corrections(data_dir: Path) -> list[Correction]:
    """The corrections of a data folder (none when it has no ``corrections.csv``)."""
    path = Path(data_dir) / schema.CORRECTIONS_FILE
    return corrections_from_rows(files.read_csv(path, required=schema.CORRECTION_REQUIRED, comments=True), str(path))


class GeocodeCacheFile:
    """``geocode_cache.csv``: the geocode cache's entries, sorted by key so diffs stay small.

    :meth:`merge` takes the data folder's lock, re-reads the file and merges, so two builds lose nothing; the write
    is atomic. A broken file raises :class:`DataFileError` (file and line) and is never overwritten.
    """

    def __init__(self, path: Path):
        self.path = Path(path)

    def read(self) -> dict[tuple[str, str], Geocoded]:
        out = {}
        for n, row in enumerate(files.read_csv(self.path, required=schema.CACHE_REQUIRED), 2):
            try:
                lat = float(row["lat"]) if row["lat"].strip() else None
                lon = float(row["lon"]) if row["lon"].strip() else None
            except ValueError:
                raise DataFileError(f"{self.path}:{n}: lat/lon are not numbers ({row['lat']!r}, {row['lon']!r}); "
                                    "fix the line or restore the file from git") from None
            entry = Geocoded(**{**{c: row.get(c) or "" for c in schema.CACHE_COLUMNS}, "lat": lat, "lon": lon})
            out[cache_key(entry.query, entry.country)] = entry
        return out

    def merge(self, learned: dict[tuple[str, str], Geocoded]) -> dict[tuple[str, str], Geocoded]:
        with files.locked(self.path.parent):
            merged = self.read()  # what other builds wrote meanwhile
            merged.update(learned)
            files.write_csv(self.path, schema.CACHE_COLUMNS, [schema.cache_row(v) for _, v in sorted(merged.items())])
        return merged
