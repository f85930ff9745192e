"""One event per happening across the articles of a build, with every article that reported it.

ACLED codes one event per type, place and day, from however many sources reported it. Here two reports from
different articles are one happening when they have the same type and sub-type, at the same place (the same
GeoNames feature, else the same name at the same point), with actors that do not contradict each other, and

- the same date; or, both undated, articles published the same day;
- for a change of territory (a capture happens once), dates up to ``MERGE_DAYS`` apart — and an undated capture
  joins a dated one when its article was published within that window after the date.

Every report stays in ``events.csv`` (each article's own reading, dated and placed as its text says). The best
report — dated by a correction, else by its text, to the day, from the earliest article — stands for the
happening: its row carries ACLED's merged values (``source``: every outlet; ``fatalities``: the lowest figure
reported, ACLED's conservative rule) and every report carries ``merged_id``, ``sources`` and ``reported_by``.
Where reports disagree (two dates for one capture, two tolls) both are kept in ``disagreements``, not resolved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .event_types import TERRITORY_SUBTYPES
from .events import Event

_DATE_RANK = {"correction": 0, "text": 1}


@dataclass(frozen=True)
class Report:
    """One article's event, with what the merge reads of its article."""

    order: int  # position in the build (articles in order, events in order)
    event: Event
    published: dt.date | None
    outlet: str


@dataclass
class _Happening:
    reports: list[Report] = field(default_factory=list)

    def admits(self, r: Report, window: int) -> bool:
        if any(m.event.article_id == r.event.article_id for m in self.reports):
            return False  # (one article's events are already one per happening)
        if not all(_actors_agree(m.event, r.event) for m in self.reports):
            return False
        return all(_same_time(m, r, window) for m in self.reports)


def _actors_agree(a: Event, b: Event) -> bool:
    return not (a.actor1 and b.actor1 and a.actor1 != b.actor1)


def _same_time(a: Report, b: Report, window: int) -> bool:
    da, db = a.event.event_date, b.event.event_date
    territory = a.event.sub_event_type in TERRITORY_SUBTYPES
    if da and db:
        return abs((da - db).days) <= (window if territory else 0)
    if not da and not db:
        return a.published is not None and a.published == b.published
    if not territory:
        return False
    dated, undated = (a, b) if da else (b, a)
    if undated.published is None:
        return False
    return 0 <= (undated.published - dated.event.event_date).days <= window


def place_key(ev: Event) -> tuple:
    if ev.geonameid:
        return ("geonames", ev.geonameid)
    return ("point", ev.location.casefold(), ev.country_code, round(ev.latitude, 2), round(ev.longitude, 2))


def _chronological(r: Report) -> tuple:
    return (r.event.event_date or r.published or dt.date.max, r.order)


def group(reports: Iterable[Report], window: int) -> list[list[Report]]:
    """The reports in happenings, each happening's reports in build order; happenings in the order of their
    first report. Within one type and place, reports are taken in date order and each joins the first happening
    that admits it (every member must agree with it, so a chain of one-day gaps never spans a week)."""
    by_key: dict[tuple, list[Report]] = {}
    for r in reports:
        by_key.setdefault((r.event.event_type, r.event.sub_event_type, place_key(r.event)), []).append(r)
    out: list[_Happening] = []
    for members in by_key.values():
        happenings: list[_Happening] = []
        for r in sorted(members, key=_chronological):
            home = next((h for h in happenings if h.admits(r, window)), None)
            if home is None:
                home = _Happening()
                happenings.append(home)
            home.reports.append(r)
        out.extend(happenings)
    groups = [sorted(h.reports, key=lambda r: r.order) for h in out]
    return sorted(groups, key=lambda g: g[0].order)


def best(reports: list[Report]) -> Report:
    """The report that stands for the happening: dated by a correction, else its text; to the day; from the
    earliest-published article; else the first in the build."""
    return min(reports, key=lambda r: (_DATE_RANK.get(r.event.date_source, 2) if r.event.event_date else 3,
                                       r.event.time_precision or 9, r.published or dt.date.max, r.order))


def _disagreements(reports: list[Report]) -> str:
    notes = []
    dates = {r.event.event_date for r in reports if r.event.event_date}
    if len(dates) > 1:
        notes.append("dates: " + "; ".join(f"{r.event.event_date.isoformat()} ({r.event.article_id})"
                                           for r in sorted(reports, key=_chronological) if r.event.event_date))
    tolls = {r.event.fatalities for r in reports if r.event.fatalities}
    if len(tolls) > 1:
        notes.append("fatalities: " + "; ".join(f"{r.event.fatalities} ({r.event.article_id})" for r in reports
                                                if r.event.fatalities))
    return " · ".join(notes)


def _merged(stand: Report, reports: list[Report]) -> Event:
    """The standing report's event with ACLED's merged values: every outlet, the lowest toll reported, and
    actors it lacks taken from the others."""
    ev = stand.event
    outlets = list(dict.fromkeys(r.outlet for r in reports if r.outlet))
    tolls = [r.event.fatalities for r in reports if r.event.fatalities]
    changes: dict = {"source": "; ".join(outlets) or ev.source, "fatalities": min(tolls, default=0)}
    for n in ("1", "2"):
        if not getattr(ev, "actor" + n):
            other = next((r.event for r in reports if getattr(r.event, "actor" + n)), None)
            if other is not None:
                changes.update({"actor" + n: getattr(other, "actor" + n), "inter" + n: getattr(other, "inter" + n)})
    return replace(ev, **changes)


def merge(reports: list[Report], window: int) -> list[Event]:
    """Every report's event (in build order) with its happening's ``merged_id``, ``sources``, ``reported_by`` and
    ``disagreements``."""
    out: dict[int, Event] = {}
    for members in group(reports, window):
        stand = best(members)
        if len(members) == 1:
            out[stand.order] = replace(stand.event, merged_id=stand.event.event_id)
            continue
        shared = {"merged_id": stand.event.event_id, "sources": len(members),
                  "reported_by": tuple((r.event.article_id, r.outlet, _when(r),
                                        r.event.date_source if r.event.event_date else "") for r in members),
                  "disagreements": _disagreements(members)}
        for r in members:
            base = _merged(stand, members) if r is stand else r.event
            out[r.order] = replace(base, **shared)
    return [out[i] for i in sorted(out)]


def _when(r: Report) -> str:
    if r.event.event_date:
        return r.event.event_date.isoformat()
    return f"undated (published {r.published.isoformat()})" if r.published else "undated"


def merge_results(results: list, window: int) -> list:
    """The articles' results (:class:`~conflictmap.pipeline.ArticleResult`) with their events merged across
    articles; each article keeps its own events, in its own order."""
    reports, n = [], 0
    for res in results:
        for ev in res.events:
            reports.append(Report(n, ev, res.article.published, res.article.source or ev.source))
            n += 1
    merged = iter(merge(reports, window))
    return [replace(res, events=[next(merged) for _ in res.events]) for res in results]
