"""The data folder as the app and the exports read it: events, route, articles, names not placed.

Reading is forgiving where it can be and loud where it must be: a file with a missing column raises
:class:`DataFileError` (file and column); a row with a bad number is left out and reported in
:attr:`Dataset.problems`, so one bad line does not take the map down.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from conflictmap.errors import DataFileError
from conflictmap.events.types import CONTEXT
from conflictmap.store import generations
from conflictmap.store.schema import (
    ACLED_COLUMNS, ACLED_FILE, ARTICLE_COLUMNS, ARTICLES_FILE, CAMPAIGN_COLUMNS, CAMPAIGN_REQUIRED, CAMPAIGNS_FILE,
    EVENT_COLUMNS, EVENT_REQUIRED, EVENTS_FILE, ROUTE_COLUMNS, ROUTE_FILE, ROUTE_REQUIRED, UNPLACED_COLUMNS,
    UNPLACED_FILE, event_row, stop_row,
)


@dataclass
class Dataset:
    events: pd.DataFrame
    route: pd.DataFrame
    articles: pd.DataFrame
    unplaced: pd.DataFrame
    problems: list[str] = field(default_factory=list)
    reports: pd.DataFrame | None = None  # every article's own events (``events`` holds one row per happening)
    campaigns: pd.DataFrame | None = None  # each actor's advance across the articles, shaped as a route

    def __post_init__(self):
        if self.reports is None:
            self.reports = self.events
        if self.campaigns is None:
            self.campaigns = pd.DataFrame({c: pd.Series(dtype="object") for c in ROUTE_COLUMNS + ("campaign",)})


def _read(path: Path, required: list[str], columns: list[str], problems: list[str] | None = None) -> pd.DataFrame:
    if not path.exists():
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    try:
        try:
            df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        except pd.errors.ParserError:
            # some lines have the wrong number of fields: read again, keeping the good lines
            bad: list[int] = []
            df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8", engine="python",
                             on_bad_lines=lambda fields: bad.append(len(fields)) and None)
            if problems is not None:
                problems.append(f"{path.name}: {len(bad)} line(s) with the wrong number of fields left out")
    except UnicodeDecodeError:
        raise DataFileError(f"{path}: not UTF-8 text; rebuild it with `conflictmap build`") from None
    except pd.errors.EmptyDataError:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    except pd.errors.ParserError as exc:
        raise DataFileError(f"{path}: broken CSV ({str(exc).strip().splitlines()[-1]}); rebuild it with "
                            "`conflictmap build` or restore it from git") from None
    missing = [c for c in required if c not in df.columns]
    if missing:
        raise DataFileError(f"{path}: missing column(s) {', '.join(missing)}; expected at least "
                            f"{', '.join(required)} (rebuild it with `conflictmap build`)")
    for c in columns:
        if c not in df.columns:
            df[c] = ""
    return df


def _numbers(df: pd.DataFrame, path: Path, problems: list[str]) -> pd.DataFrame:
    lat = pd.to_numeric(df["latitude"], errors="coerce")
    lon = pd.to_numeric(df["longitude"], errors="coerce")
    ok = lat.between(-90, 90) & lon.between(-180, 180)
    if (~ok).any():
        bad = [int(i) + 2 for i in df.index[~ok][:5]]
        problems.append(f"{path.name}: {int((~ok).sum())} row(s) with unusable latitude/longitude left out "
                        f"(lines {', '.join(map(str, bad))}{'…' if (~ok).sum() > 5 else ''})")
    df = df.loc[ok].copy()
    df["latitude"] = lat[ok]
    df["longitude"] = lon[ok]
    return df


OUTPUT_FILES = (EVENTS_FILE, ROUTE_FILE, ARTICLES_FILE, UNPLACED_FILE, CAMPAIGNS_FILE)  # a build's generation


def load_dataset(data_dir: Path) -> Dataset:
    """The data folder's events and the rest, all of one build's generation (:mod:`.generations`)."""
    data_dir = Path(data_dir)
    check_data_dir(data_dir)
    return generations.read_consistent(data_dir, OUTPUT_FILES, lambda paths: _load(data_dir, paths))


def _load(data_dir: Path, paths: dict[str, Path]) -> Dataset:
    problems: list[str] = []
    events_path = paths[EVENTS_FILE]
    events = _numbers(_read(events_path, EVENT_REQUIRED, EVENT_COLUMNS, problems), events_path, problems)
    imported_path = data_dir / ACLED_FILE
    if imported_path.exists():  # events imported from ACLED exports (`conflictmap import-acled`)
        imported = _numbers(_read(imported_path, EVENT_REQUIRED, EVENT_COLUMNS, problems), imported_path, problems)
        events = pd.concat([events, imported], ignore_index=True)
    events = _typed_events(events, problems)
    side = _side_files(paths, problems)
    reports = events.reset_index(drop=True)
    happenings, route = merged_view(reports, side.route, side.campaigns)
    return Dataset(happenings, route, side.articles, side.unplaced, problems, reports, side.campaigns)


def check_data_dir(data_dir: Path) -> Path:
    """The data folder's events file; a clear error if the folder or the file is missing."""
    if not data_dir.is_dir():
        raise DataFileError(f"{data_dir}: no such data folder; run `conflictmap build` or set CONFLICTMAP_DATA_DIR")
    events_path = generations.current(data_dir, [EVENTS_FILE])[EVENTS_FILE]
    if not events_path.exists():
        raise DataFileError(f"{data_dir / EVENTS_FILE}: not found; run `conflictmap build` to make it")
    return events_path


def load_side_files(data_dir: Path, problems: list[str]) -> Dataset:
    """Everything but the events (route, articles, names not placed, campaigns), in a Dataset with no events."""
    def attempt(paths: dict[str, Path]) -> tuple[Dataset, list[str]]:
        found: list[str] = []  # (each attempt's own: a read taken again does not say a problem twice)
        return _side_files(paths, found), found

    side, found = generations.read_consistent(Path(data_dir), OUTPUT_FILES, attempt)
    problems.extend(found)
    return side


def _side_files(paths: dict[str, Path], problems: list[str]) -> Dataset:
    route_path = paths[ROUTE_FILE]
    route = _read(route_path, ROUTE_REQUIRED, ROUTE_COLUMNS, problems)
    if len(route):
        route = _typed_route(_numbers(route, route_path, problems))
    articles = _read(paths[ARTICLES_FILE], ("article_id",), ARTICLE_COLUMNS)
    unplaced = _read(paths[UNPLACED_FILE], ("name",), UNPLACED_COLUMNS)
    campaigns_path = paths[CAMPAIGNS_FILE]
    campaigns = _read(campaigns_path, CAMPAIGN_REQUIRED, CAMPAIGN_COLUMNS, problems)
    campaigns = _campaigns_as_route(_numbers(campaigns, campaigns_path, problems)) if len(campaigns) else None
    return Dataset(pd.DataFrame(), route, articles, unplaced, problems, None, campaigns)


def merged_view(reports: pd.DataFrame, route: pd.DataFrame,
                campaigns: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """One row per happening (the report that stands for it, :mod:`conflictmap.story.merge`), on the advance if any
    of its reports is; the route's stops pointing at their happenings; each happening's campaign, if it is a stop of
    one."""
    merged, standing = standing_rows(reports)
    out = reports.loc[standing].copy()
    if not standing.all():
        on_route = reports.loc[reports["route_step"].notna()]
        step = on_route.groupby(merged[on_route.index])["route_step"].first()
        out["route_step"] = out["route_step"].fillna(out["event_id"].map(step)).astype("Int64")
        if len(route):
            route = route.assign(event_id=route["event_id"].map(pd.Series(merged.values, index=reports["event_id"])
                                                                .groupby(level=0).first()).fillna(route["event_id"]))
    out["campaign"] = ""
    if campaigns is not None and len(campaigns):
        out["campaign"] = out["event_id"].map(campaigns.drop_duplicates("event_id").set_index("event_id")["campaign"]
                                              ).fillna("")
    return out.reset_index(drop=True), route


def standing_rows(reports: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """(each report's happening, whether the report stands for it): a row with no ``merged_id`` is its own."""
    merged = reports["merged_id"].where(reports["merged_id"] != "", reports["event_id"])
    return merged, merged == reports["event_id"]


def _campaigns_as_route(campaigns: pd.DataFrame) -> pd.DataFrame:
    """Campaign stops in the route's shape (``article_id`` names the campaign), so the map and the playback draw
    them as they draw routes."""
    out = campaigns.assign(article_id=campaigns["campaign"], date_source="",
                           order_rule=campaigns["order_rule"].where(campaigns["order_rule"] != "", "date"))
    out["step"] = pd.to_numeric(out["step"], errors="coerce").astype("Int64")
    return out.sort_values(["campaign", "step"]).reset_index(drop=True)


def _typed_events(events: pd.DataFrame, problems: list[str]) -> pd.DataFrame:
    dates = pd.to_datetime(events["event_date"].where(events["event_date"] != "", None), errors="coerce",
                           format="%Y-%m-%d")
    bad_dates = dates.isna() & (events["event_date"] != "")
    if bad_dates.any():
        problems.append(f"{EVENTS_FILE}: {int(bad_dates.sum())} unreadable date(s) treated as unknown")
    events["date"] = dates.dt.date
    events["route_step"] = pd.to_numeric(events["route_step"], errors="coerce").astype("Int64")
    raw = events["fatalities"].astype(str).str.strip()
    tolls = pd.to_numeric(raw.where(raw != "", "0"), errors="coerce")
    bad = tolls.isna() | (tolls < 0) | (tolls % 1 != 0)
    if bad.any():
        problems.append(f"{EVENTS_FILE}: {int(bad.sum())} unreadable fatality count(s) treated as 0 (expected a whole "
                        f"number ≥ 0)")
    events["fatalities"] = tolls.where(~bad, 0).astype(int)
    sources = pd.to_numeric(events["sources"], errors="coerce")
    events["sources"] = sources.where(sources >= 1, 1).fillna(1).astype(int)
    return events


def _typed_route(route: pd.DataFrame) -> pd.DataFrame:
    route["step"] = pd.to_numeric(route["step"], errors="coerce").astype("Int64")
    return route.sort_values(["article_id", "step"]).reset_index(drop=True)


def frames(events: list, route: list) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Events and route stops straight from the pipeline (e.g. a pasted article), typed as if read from disk."""
    ev = pd.DataFrame(list(map(event_row, events)), columns=list(EVENT_COLUMNS)).astype(str)
    ev = _typed_events(_numbers(ev, Path(EVENTS_FILE), []), []).assign(campaign="")
    rt = pd.DataFrame(list(map(stop_row, route)), columns=list(ROUTE_COLUMNS)).astype(str)
    if len(rt):
        rt = _typed_route(_numbers(rt, Path(ROUTE_FILE), []))
    return ev.reset_index(drop=True), rt


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # what makes a spreadsheet read a cell as a formula (OWASP)


def neutralise(value):
    """A text cell a spreadsheet would run as a formula (``=HYPERLINK(…)``, ``+cmd``, ``@SUM``), with a leading
    apostrophe, as OWASP recommends for CSV files, so it is shown as the text it is; numbers (``-12.5``) and other
    cells unchanged."""
    if not isinstance(value, str) or not value.startswith(FORMULA_STARTS):
        return value
    try:
        float(value)
        return value  # (a negative number is a number)
    except ValueError:
        return "'" + value


def export_csv(events: pd.DataFrame, *, context: bool = False) -> str:
    """Events as CSV: ACLED's columns first, in ACLED's order, then conflictmap's provenance columns — the ACLED
    events only (``context``: the places the articles only mention, instead). A text cell that a spreadsheet would
    run as a formula starts with an apostrophe (:func:`neutralise`)."""
    cols = [c for c in EVENT_COLUMNS if c in events.columns]
    is_context = events["event_type"] == CONTEXT if "event_type" in events.columns else \
        pd.Series(False, index=events.index)
    out = events.loc[is_context if context else ~is_context, cols].copy()
    for c in out.columns:
        if out[c].dtype == object or pd.api.types.is_string_dtype(out[c]):
            out[c] = out[c].map(neutralise)
    return out.to_csv(index=False, lineterminator="\n")


def export_geojson(events: pd.DataFrame) -> str:
    features = []
    props = [c for c in EVENT_COLUMNS if c in events.columns and c not in ("latitude", "longitude")]
    for row in events.itertuples(index=False):
        r = row._asdict()
        properties = {c: _plain(r.get(c)) for c in props}
        features.append({"type": "Feature",
                         "geometry": {"type": "Point", "coordinates": [float(r["longitude"]), float(r["latitude"])]},
                         "properties": properties})
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


def _plain(value):
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


__all__ = ["ACLED_COLUMNS", "Dataset", "export_csv", "export_geojson", "load_dataset"]
