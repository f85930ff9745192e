"""What the dashboard asks of the events, answered in memory (pandas) or from the Parquet index (DuckDB).

Both sources answer the same questions the same way: for a :class:`~conflictmap.store.filters.Filters`, how many events
match, the counts above the map, events per day and type, the heat map's grid, and the rows to draw and list — every
matching row in memory; in DuckDB, only the ``limit`` most relevant (route stops, then happenings, newest first,
as the map draws them), so a query over millions of events pulls a page, not the data set. Below
``CONFLICTMAP_DUCKDB_EVENTS`` happenings (or without a fresh index) the data set is held in memory.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pandas as pd

from conflictmap.store import filters
from conflictmap.store.dataset import Dataset, check_data_dir, load_dataset, load_side_files
from conflictmap.store.index import INDEX_DIR, is_fresh, read_meta

CONTEXT = "Context"
HEAT_DEGREES = 1  # the heat map's grid: coordinates rounded to this many decimals (~10 km)


@dataclass
class View:
    rows: pd.DataFrame  # the matching events: all of them, or the ``limit`` most relevant
    total: int  # how many events match
    happenings: int  # of which not context places
    places: int
    killed: int
    days: int  # from the first dated event to the last, inclusive
    per_day: pd.DataFrame  # date, event_type, events
    grid: Callable[[], pd.Series]  # makes the heat grid, when the map draws one (not on every rerun)

    @property
    def complete(self) -> bool:
        return len(self.rows) == self.total

    @cached_property
    def heat(self) -> pd.Series:
        """Events per grid cell: index (lat, lon) rounded to HEAT_DEGREES."""
        return self.grid()


def rank_order(events: pd.DataFrame) -> pd.Index:
    """The events' index in the map's order of relevance: stops of a route or a campaign, happenings, newest
    first, context last."""
    off_route = events["route_step"].isna()
    if "campaign" in events:
        off_route &= events["campaign"] == ""
    rank = pd.DataFrame({"stop": off_route, "context": events["event_type"] == CONTEXT,
                         "date": pd.to_datetime(events["date"], errors="coerce")}, index=events.index)
    return rank.sort_values(["stop", "context", "date"], ascending=[True, True, False], na_position="last",
                            kind="stable").index


def heat_grid(events: pd.DataFrame) -> pd.Series:
    cells = pd.DataFrame({"lat": events["latitude"].astype(float).round(HEAT_DEGREES),
                          "lon": events["longitude"].astype(float).round(HEAT_DEGREES)})
    return cells.groupby(["lat", "lon"]).size().sort_index()


class PandasSource:
    """Every event in memory (:func:`~conflictmap.store.dataset.load_dataset`)."""

    kind = "pandas"

    def __init__(self, ds: Dataset):
        self.ds = ds
        self.events = ds.events

    @property
    def size(self) -> int:
        return len(self.events)

    def choices(self) -> filters.Choices:
        return filters.Choices.of(self.events, self.ds.reports)

    def date_range(self) -> tuple[dt.date, dt.date] | None:
        dates = self.events["date"].dropna()
        return (min(dates), max(dates)) if len(dates) else None

    def overview(self) -> pd.DataFrame:
        return self.events

    def view(self, f: filters.Filters, limit: int | None = None) -> View:
        shown = filters.apply(self.events, f)
        return summarise(shown, len(shown))

    def rows_by(self, f: filters.Filters, day: dt.date, limit: int) -> pd.DataFrame:
        """The matching events known on ``day`` (dated by then, or undated), for the playback."""
        return filters.apply(self.events, f)

    def export(self, f: filters.Filters) -> pd.DataFrame:
        return filters.apply(self.events, f)


def summarise(rows: pd.DataFrame, total: int) -> View:
    """A view of events held in memory (all of them: ``total`` is ``len(rows)``)."""
    happenings = rows[rows["event_type"] != CONTEXT]
    dated = rows["date"].dropna()
    per_day = rows.dropna(subset=["date"]).groupby(["date", "event_type"]).size().reset_index(name="events")
    return View(rows, total, len(happenings), int(rows["place_name"].nunique()), int(happenings["fatalities"].sum()),
                (max(dated) - min(dated)).days + 1 if len(dated) else 0, per_day, lambda: heat_grid(rows))


def with_own(view: View, own: pd.DataFrame) -> View:
    """``view`` with events held apart (an article mapped in this session, already filtered) added in."""
    if not len(own):
        return view
    if view.complete:
        return summarise(pd.concat([view.rows, own], ignore_index=True), view.total + len(own))
    extra = summarise(own, len(own))
    per_day = pd.concat([view.per_day, extra.per_day]).groupby(["date", "event_type"], as_index=False)["events"].sum()
    dates = per_day["date"]
    return View(pd.concat([view.rows, own], ignore_index=True), view.total + extra.total,
                view.happenings + extra.happenings, view.places + extra.places, view.killed + extra.killed,
                (max(dates) - min(dates)).days + 1 if len(dates) else 0, per_day,
                lambda: view.heat.add(extra.heat, fill_value=0).astype(int))


class DuckSource:
    """The Parquet index (:mod:`.index`) queried through DuckDB; the smaller files in memory."""

    kind = "duckdb"

    def __init__(self, data_dir: Path, side: Dataset):
        import duckdb

        self.ds = side
        self._con = duckdb.connect()
        glob = str(Path(data_dir) / INDEX_DIR / "**" / "*.parquet").replace("'", "''")
        self._con.execute(f"CREATE VIEW ev AS SELECT * FROM read_parquet('{glob}', hive_partitioning = true)")
        merged = self._df("SELECT event_id, merged_id FROM ev WHERE NOT stands")
        if len(merged) and len(side.route):
            to = merged.drop_duplicates("event_id").set_index("event_id")["merged_id"]
            side.route = side.route.assign(event_id=side.route["event_id"].map(to).fillna(side.route["event_id"]))
        self.size = int(self._one("SELECT count(*) FROM ev WHERE stands"))
        self._choices: filters.Choices | None = None
        self._overview: pd.DataFrame | None = None

    # (a cursor per query: Streamlit runs sessions on threads, and a DuckDB cursor is one thread's)
    def _df(self, sql: str, args: list | None = None) -> pd.DataFrame:
        return self._con.cursor().execute(sql, args or []).df()

    def _one(self, sql: str, args: list | None = None):
        return self._con.cursor().execute(sql, args or []).fetchone()[0]

    def choices(self) -> filters.Choices:
        if self._choices is None:
            self._choices = self._ask_choices()
        return self._choices

    def _ask_choices(self) -> filters.Choices:
        def distinct(sql: str) -> list[str]:
            return sorted(v for v in self._df(sql).iloc[:, 0] if isinstance(v, str) and v)

        return filters.Choices(
            distinct("SELECT DISTINCT event_type FROM ev WHERE stands"),
            distinct("SELECT DISTINCT a FROM (SELECT actor1 AS a FROM ev WHERE stands UNION "
                     "SELECT actor2 FROM ev WHERE stands)"),
            distinct("SELECT DISTINCT article_id FROM ev"),
            distinct("SELECT DISTINCT campaign FROM ev WHERE stands"))

    def date_range(self) -> tuple[dt.date, dt.date] | None:
        lo, hi = self._con.cursor().execute("SELECT min(date), max(date) FROM ev WHERE stands").fetchone()
        return (lo, hi) if lo else None

    def overview(self) -> pd.DataFrame:
        """A few rows with the same event types and extent as the events (for the legend and the first view)."""
        if self._overview is None:
            self._overview = self._ask_overview()
        return self._overview

    def _ask_overview(self) -> pd.DataFrame:
        box = self._df("SELECT event_type, geo_precision, min(latitude) AS lat0, max(latitude) AS lat1, "
                       "min(longitude) AS lon0, max(longitude) AS lon1 FROM ev WHERE stands GROUP BY ALL")
        corners = [box.rename(columns={"lat0": "latitude", "lon0": "longitude"}),
                   box.rename(columns={"lat1": "latitude", "lon1": "longitude"})]
        return pd.concat([c[["event_type", "geo_precision", "latitude", "longitude"]] for c in corners],
                         ignore_index=True)

    def view(self, f: filters.Filters, limit: int = 5_000) -> View:
        where, args = sql_where(f)
        total, happenings, places, killed, first, last = self._con.cursor().execute(
            "SELECT count(*), count(*) FILTER (event_type <> 'Context'), count(DISTINCT place_name), "
            f"coalesce(sum(fatalities) FILTER (event_type <> 'Context'), 0), min(date), max(date) FROM ev "
            f"WHERE {where}", args).fetchone()
        per_day = self._df(f"SELECT date, event_type, count(*) AS events FROM ev WHERE {where} AND date IS NOT NULL "
                           "GROUP BY ALL ORDER BY ALL", args)
        per_day["date"] = pd.to_datetime(per_day["date"]).dt.date
        rows = self._rows(where, args, limit)
        return View(rows, int(total), int(happenings), int(places), int(killed),
                    (last - first).days + 1 if first else 0, per_day, lambda: self._heat(where, args))

    def _heat(self, where: str, args: list) -> pd.Series:
        heat = self._df(f"SELECT round(latitude, {HEAT_DEGREES}) AS lat, round(longitude, {HEAT_DEGREES}) AS lon, "
                        f"count(*) AS n FROM ev WHERE {where} GROUP BY ALL ORDER BY ALL", args)
        return heat.set_index(["lat", "lon"])["n"] if len(heat) else pd.Series(dtype=int)

    def rows_by(self, f: filters.Filters, day: dt.date, limit: int) -> pd.DataFrame:
        where, args = sql_where(f)
        return self._rows(f"{where} AND (date IS NULL OR date <= ?)", [*args, day], limit)

    def export(self, f: filters.Filters) -> pd.DataFrame:
        where, args = sql_where(f)
        return self._typed(self._df(f"SELECT * FROM ev WHERE {where} ORDER BY month, date, event_id", args))

    def _rows(self, where: str, args: list, limit: int) -> pd.DataFrame:
        rows = self._df(f"SELECT * FROM ev WHERE {where} ORDER BY route_step IS NULL AND campaign = '', "
                        "event_type = 'Context', "
                        f"date DESC NULLS LAST, event_id LIMIT {int(limit)}", args)
        return self._typed(rows)

    @staticmethod
    def _typed(rows: pd.DataFrame) -> pd.DataFrame:
        """As :func:`~conflictmap.store.dataset.load_dataset` types them."""
        rows["date"] = pd.to_datetime(rows["date"]).dt.date
        rows["route_step"] = rows["route_step"].astype("Int64")
        for c in ("fatalities", "sources"):
            rows[c] = rows[c].astype(int)
        return rows.drop(columns=["month", "stands"])


def sql_where(f: filters.Filters) -> tuple[str, list]:
    """The filters as a DuckDB condition (with ``?`` parameters) over the index: :func:`filters.apply`'s rules.
    Date bounds also bound the ``month`` partition (written out, so DuckDB skips the other months' files)."""
    sql, args = ["stands"], []
    if f.date_from or f.date_to:
        sql.append("month <> 'undated'")
    if f.date_from:
        sql.append(f"date >= ? AND month >= '{f.date_from:%Y-%m}'")
        args.append(f.date_from)
    if f.date_to:
        sql.append(f"date <= ? AND month <= '{f.date_to:%Y-%m}'")
        args.append(f.date_to)
    for column, values in (("event_type", f.types), ("campaign", f.campaigns)):
        if values:
            sql.append(f"{column} IN ({', '.join('?' * len(values))})")
            args.extend(values)
    if f.actors:
        marks = ", ".join("?" * len(f.actors))
        sql.append(f"(actor1 IN ({marks}) OR actor2 IN ({marks}))")
        args.extend([*f.actors, *f.actors])
    if f.articles:
        marks = ", ".join("?" * len(f.articles))
        sql.append(f"(article_id IN ({marks}) OR (sources > 1 AND regexp_matches(reported_by, ?)))")
        args.extend([*f.articles, "(?m)^(?:" + "|".join(re.escape(a) for a in f.articles) + r") \|"])
    if f.query:
        sql.append("contains(lower(notes || ' ' || location || ' ' || place_name), ?)")
        args.append(f.query.lower())
    if f.min_fatalities:
        sql.append("fatalities >= ?")
        args.append(f.min_fatalities)
    if f.advance_only:
        sql.append("(route_step IS NOT NULL OR campaign <> '')")
    if not f.show_context:
        sql.append("event_type <> 'Context'")
    return " AND ".join(sql), args


def open_source(data_dir: Path, threshold: int):
    """The events of ``data_dir`` as a source: DuckDB over a fresh index of at least ``threshold`` happenings,
    else pandas in memory."""
    data_dir = Path(data_dir)
    check_data_dir(data_dir)
    meta = read_meta(data_dir)
    if meta and meta.get("happenings", 0) >= threshold and is_fresh(data_dir, meta):
        problems: list[str] = []
        return DuckSource(data_dir, load_side_files(data_dir, problems))
    return PandasSource(load_dataset(data_dir))
