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
reported, ACLED's conservative rule), every report (``reported_by``) and where they disagree (two dates for one
capture, two tolls: both kept in ``disagreements``, not resolved); every report carries ``merged_id`` and
``sources``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from conflictmap.events.types import TERRITORY_SUBTYPES
from conflictmap.events.extract import Event
from conflictmap.events.places import not_placed

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
    """Reports of one happening, with what deciding whether another joins reads of them: whether it does is then
    a few comparisons, however many reports it has."""

    territory: bool
    reports: list[Report] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    actor: str = ""  # the one actor1 its reports name, if any
    first: dt.date | None = None  # of its dated reports
    last: dt.date | None = None
    published: set = field(default_factory=set)  # of its undated reports (None: one with no publication date)
    latest: dt.date = dt.date.min  # its latest date or publication date (when it stops admitting, see group)

    def add(self, r: Report) -> None:
        self.reports.append(r)
        self.articles.add(r.event.article_id)
        self.actor = self.actor or r.event.actor1
        d = r.event.event_date
        if d:
            self.first, self.last = min(self.first or d, d), max(self.last or d, d)
        else:
            self.published.add(r.published)
        self.latest = max(self.latest, _sort_day(r))

    def admits(self, r: Report, window: int) -> bool:
        """Does ``r`` agree with every report of it: another article, the same actor (or none named), and
        the same time as each (see the module)?"""
        if r.event.article_id in self.articles:
            return False  # (one article's events are already one per happening)
        if self.actor and r.event.actor1 and r.event.actor1 != self.actor:
            return False
        d, w = r.event.event_date, window if self.territory else 0
        if d:
            near = self.first is None or ((d - self.first).days <= w and (self.last - d).days <= w)
            return near and (not self.published or (self.territory and None not in self.published and
                                                     (min(self.published) - d).days >= 0 and
                                                     (max(self.published) - d).days <= w))
        p = r.published
        if p is None or self.published - {p}:
            return False  # (two undated reports are one only if published the same day)
        return self.first is None or (self.territory and (p - self.last).days >= 0 and (p - self.first).days <= w)


def place_key(ev: Event) -> tuple:
    if ev.geonameid:
        return ("geonames", ev.geonameid)
    return ("point", ev.location.casefold(), ev.country_code, round(ev.latitude, 2), round(ev.longitude, 2))


def _sort_day(r: Report) -> dt.date:
    return r.event.event_date or r.published or dt.date.max


def _chronological(r: Report) -> tuple:
    return (_sort_day(r), r.order)


def report_key(r: Report) -> tuple:
    """The key two reports must share to be one happening: type, sub-type and place."""
    return (r.event.event_type, r.event.sub_event_type, place_key(r.event))


def by_key(reports: Iterable[Report]) -> dict[tuple, list[Report]]:
    out: dict[tuple, list[Report]] = {}
    for r in reports:
        out.setdefault(report_key(r), []).append(r)
    return out


def group_one_key(members: list[Report], window: int) -> list[list[Report]]:
    """Reports of one type and place in happenings: taken in date order (an undated report at its publication
    date), each joins the first happening that admits it (every member must agree with it, so a chain of one-day
    gaps never spans a week). The answer does not depend on the order ``members`` come in. A happening whose
    latest day is more than ``window`` days before the report's can admit none of the later ones either, so only
    the happenings still open are asked: the work grows with the reports, not with their square."""
    territory = bool(members) and members[0].event.sub_event_type in TERRITORY_SUBTYPES
    happenings: list[_Happening] = []
    open_: list[_Happening] = []
    for r in sorted(members, key=_chronological):
        day = _sort_day(r)
        open_ = [h for h in open_ if (day - h.latest).days <= window]
        home = next((h for h in open_ if h.admits(r, window)), None)
        if home is None:
            home = _Happening(territory)
            happenings.append(home)
            open_.append(home)
        home.add(r)
    return [sorted(h.reports, key=lambda r: r.order) for h in happenings]


def group(reports: Iterable[Report], window: int) -> list[list[Report]]:
    """The reports in happenings, each happening's reports in build order; happenings in the order of their
    first report."""
    groups = [g for members in by_key(reports).values() for g in group_one_key(members, window)]
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
    for members in by_key(reports).values():
        out.update(merge_one_key(members, window))
    return [out[i] for i in sorted(out)]


def merge_one_key(members: list[Report], window: int) -> dict[int, Event]:
    """The merge of the reports of one type and place, by their ``order``."""
    return apply_plan(members, plan(slim(members), window))


# The merge of a large build as a map and a union (:mod:`conflictmap.build.dask` runs it on a cluster): each type
# and place is planned on its own from what the grouping reads of its reports (``slim``: a few values each), and the
# plan — which reports are one happening — is applied where the events are.
Slim = tuple[str, list[tuple]]  # (sub-event type, [(order, article_id, event_date, actor1, published)])


@dataclass(frozen=True)
class _Read:
    """What :class:`_Happening` reads of an event."""

    article_id: str
    event_date: dt.date | None
    actor1: str
    sub_event_type: str


def slim(members: list[Report]) -> Slim:
    return (members[0].event.sub_event_type,
            [(r.order, r.event.article_id, r.event.event_date, r.event.actor1, r.published) for r in members])


def plan(group: Slim, window: int) -> list[list[int]]:
    """The happenings of one type and place, as lists of the reports' ``order``."""
    sub, rows = group
    reports = [Report(order, _Read(article, date, actor, sub), published, "")  # type: ignore[arg-type]
               for order, article, date, actor, published in rows]
    return [[r.order for r in h] for h in group_one_key(reports, window)]


def apply_plan(members: list[Report], happenings: list[list[int]]) -> dict[int, Event]:
    """The events of a type and place with their happenings' merged values (``happenings``: from :func:`plan`)."""
    by_order = {r.order: r for r in members}
    out: dict[int, Event] = {}
    for orders in happenings:
        happening = [by_order[o] for o in orders]
        stand = best(happening)
        if len(happening) == 1:
            out[stand.order] = stand.event  # (a report of its own: merged_id "" stands for its own event_id)
            continue
        shared = {"merged_id": stand.event.event_id, "sources": len(happening)}
        for r in happening:
            out[r.order] = replace(r.event, **shared)
        out[stand.order] = replace(_merged(stand, happening), **shared, disagreements=_disagreements(happening),
                                   reported_by=tuple((r.event.article_id, r.outlet, _when(r),
                                                      r.event.date_source if r.event.event_date else "")
                                                     for r in happening))
    return out


def _when(r: Report) -> str:
    if r.event.event_date:
        return r.event.event_date.isoformat()
    return f"undated (published {r.published.isoformat()})" if r.published else "undated"


def reports_of(results: list) -> list[Report]:
    """The events of the articles' results (:class:`~conflictmap.pipeline.ArticleResult`) as reports, in order,
    each name nothing could place at one point across them (:func:`one_placement`)."""
    reports, n = [], 0
    for res in results:
        for ev in res.events:
            reports.append(Report(n, ev, res.article.published, res.article.source or ev.source))
            n += 1
    return one_placement(reports)


def one_placement(reports: list[Report]) -> list[Report]:
    """A town no article could place, put at the region or country holding it, is put at one point however many
    articles name it: the finest any of them found (a district before a province before the country; the first
    report among equals) — not at a province point in one article and the country's in the next."""
    best_of: dict[tuple, Event] = {}
    for r in reports:
        ev = r.event
        if not_placed(ev):
            key = (ev.location.casefold(), ev.country_code)
            held = best_of.get(key)
            if held is None or ev.geo_precision < held.geo_precision:
                best_of[key] = ev
    if not best_of:
        return reports
    out = []
    for r in reports:
        ev = r.event
        b = best_of.get((ev.location.casefold(), ev.country_code)) if not_placed(ev) else None
        if b is not None and (b.latitude, b.longitude) != (ev.latitude, ev.longitude):
            r = replace(r, event=replace(ev, latitude=b.latitude, longitude=b.longitude, place_name=b.place_name,
                                         geonameid=b.geonameid, feature=b.feature, geo_precision=b.geo_precision,
                                         geo_source=b.geo_source, geo_source_url=b.geo_source_url,
                                         geo_note=b.geo_note + " (as another article of this build places it)"))
        out.append(r)
    return out


def merge_results(results: list, window: int,
                  merger: Callable[[list[Report], int], list[Event]] = merge) -> list:
    """The articles' results with their events merged across articles; each article keeps its own events, in its
    own order. ``merger``: :func:`merge`, or the same reduction run elsewhere."""
    merged = iter(merger(reports_of(results), window))
    return [replace(res, events=[next(merged) for _ in res.events]) for res in results]
