"""Campaigns: one actor's advance in one theatre (a country), built from every article of a build.

An article's route (:mod:`.route`) is what one text tells. A campaign is the places one actor took, as all the
reports together tell it: the happenings (:mod:`.merge`) that changed territory in the actor's favour, at a
town or finer, in one country, ordered by date and, on the same day, by the texts' own order (the route step of
the article that reports it, else where it first names the place). A taking no report dates goes where its
article's route puts it (after the stop before it there, else before the stop after it; one no route places is
left out of the campaign, and stays on the map); the first stop is preceded by the push's origin when the report of that first taking names
one ("launched from Idlib"). Each stop names the articles behind it and what placed it in the order
(``order_rule``: origin, date or text). A campaign needs two stops or more.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from geopy.distance import geodesic

from conflictmap.events.types import TERRITORY_SUBTYPES, is_approximate
from conflictmap.events.extract import Event
from conflictmap.story.route import is_local


@dataclass(frozen=True)
class CampaignStop:
    campaign: str  # "<actor> in <country>"
    actor: str
    country: str
    country_code: str
    step: int
    location: str
    latitude: float
    longitude: float
    event_date: dt.date | None  # (None: a taking no report dates, placed by its article's route)
    time_precision: int | None
    event_id: str  # the happening (its merged_id)
    articles: tuple[str, ...]  # the articles that reported it
    km_from_previous: float | None
    days_from_previous: int | None
    order_rule: str = "date"  # origin (where the push began) | date | text (an undated taking, where its route puts it)


def campaign_name(actor: str, country: str) -> str:
    return f"{actor} in {country or 'an unknown country'}"


def _happening(ev: Event) -> str:
    return ev.merged_id or ev.event_id


def _taking(ev: Event) -> bool:
    return (ev.sub_event_type in TERRITORY_SUBTYPES and bool(ev.actor1) and is_local(ev) and
            _happening(ev) == ev.event_id)


def build_campaigns(events: list[Event]) -> list[CampaignStop]:
    """The campaigns of a build's events (every report, merged, in build order), each as its ordered stops;
    campaigns in order of their first stop's date, then name."""
    article_order: dict[str, int] = {}
    for ev in events:
        article_order.setdefault(ev.article_id, len(article_order))
    by_campaign: dict[tuple[str, str], list[Event]] = {}
    for ev in events:
        if _taking(ev):
            by_campaign.setdefault((ev.actor1, ev.country_code), []).append(ev)

    def told(ev: Event) -> tuple:
        position = ev.route_step if ev.route_step is not None else 10_000 + (ev.mentions[0][0] if ev.mentions else 0)
        return (ev.event_date, ev.date_part, article_order[ev.article_id], position)

    routes = _routes(events)
    campaigns = []
    for evs in by_campaign.values():
        dated = sorted((e for e in evs if e.event_date), key=told)
        if not dated:
            continue
        placed = _with_undated([(e, "date") for e in dated], [e for e in evs if not e.event_date], routes)
        placed = _once_in_turn(_with_origin(placed, routes))
        if len(placed) >= 2:
            campaigns.append(placed)
    campaigns.sort(key=lambda c: (c[0][0].event_date or dt.date.min, campaign_name(c[-1][0].actor1,
                                                                                     c[-1][0].country)))
    return [stop for placed in campaigns for stop in _stops(placed)]


def _routes(events: list[Event]) -> dict[str, list[Event]]:
    """Each article's route stops (its own reports), in route order."""
    out: dict[str, list[Event]] = {}
    for ev in events:
        if ev.route_step is not None:
            out.setdefault(ev.article_id, []).append(ev)
    return {a: sorted(evs, key=lambda e: e.route_step) for a, evs in out.items()}


def _with_undated(placed: list[tuple[Event, str]], undated: list[Event],
                  routes: dict[str, list[Event]]) -> list[tuple[Event, str]]:
    """Takings no report dates, each put where its article's route puts it: after the stop before it there, else
    (when no stop before it is in the campaign yet) just before the stop after it there. One its route does not
    place is left out: nothing says when it came."""
    for ev in sorted(undated, key=lambda e: (e.article_id, e.route_step or 0)):
        route = routes.get(ev.article_id, []) if ev.route_step else []
        ids = [_happening(e) for e, _ in placed]
        after = next((ids.index(_happening(r)) for r in reversed(route) if r.route_step < ev.route_step and
                      _happening(r) in ids), None)
        if after is not None:
            placed.insert(after + 1, (ev, "text"))
            continue
        before = next((ids.index(_happening(r)) for r in route if r.route_step > ev.route_step and
                       _happening(r) in ids), None)
        if before is not None:
            placed.insert(before, (ev, "text"))
    return placed


def _with_origin(placed: list[tuple[Event, str]], routes: dict[str, list[Event]]) -> list[tuple[Event, str]]:
    """The campaign's first stop's origin, where the report of that first taking says the push began."""
    first = placed[0][0]
    for article in [r[0] for r in first.reported_by] or [first.article_id]:
        route = routes.get(article, [])
        if route and route[0].role == "origin" and _happening(route[0]) not in {_happening(e) for e, _ in placed} \
                and any(e.actor1 == first.actor1 for e in route[1:]):  # (the route of this actor's push, not of
            # the side it took the place from: "M23 pushed south from Bukavu … militiamen took Nyangezi")
            return [(route[0], "origin")] + placed
    return placed


def _once_in_turn(placed: list[tuple[Event, str]]) -> list[tuple[Event, str]]:
    """A place taken again at the next step ("the Republican Palace in central Khartoum", then "the city's airport")
    is one stop, the first: the campaign reached it then."""
    out: list[tuple[Event, str]] = []
    for ev, rule in placed:
        if out and (out[-1][0].location, out[-1][0].latitude, out[-1][0].longitude) == (ev.location, ev.latitude,
                                                                                          ev.longitude):
            continue
        out.append((ev, rule))
    return out


def _stops(placed: list[tuple[Event, str]]) -> list[CampaignStop]:
    actor, country, code = next((e.actor1, e.country, e.country_code) for e, rule in placed if rule != "origin")
    stops: list[CampaignStop] = []
    for n, (ev, rule) in enumerate(placed, 1):
        prev = stops[-1] if stops else None
        km = geodesic((prev.latitude, prev.longitude), (ev.latitude, ev.longitude)).km \
            if prev and not (is_approximate(ev.geo_precision) or is_approximate(placed[n - 2][0].geo_precision)) \
            else None  # (a leg to or from a province's or country's point has no true length)
        days = (ev.event_date - prev.event_date).days if prev and prev.event_date and ev.event_date else None
        articles = tuple(r[0] for r in ev.reported_by) or (ev.article_id,)
        stops.append(CampaignStop(campaign_name(actor, country), actor, country, code, n, ev.location,
                                  ev.latitude, ev.longitude, ev.event_date, ev.time_precision, _happening(ev),
                                  articles, km, days, rule))
    return stops
