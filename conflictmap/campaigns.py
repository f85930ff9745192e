"""Campaigns: one actor's advance in one theatre (a country), built from every article of a build.

An article's route (:mod:`.route`) is what one text tells. A campaign is the places one actor took, as all the
reports together tell it: the happenings (:mod:`.merge`) that changed territory in the actor's favour, at a
town or finer, in one country, ordered by date and, on the same day, by the texts' own order (the route step of
the article that reports it, else where it first names the place). Each stop names the articles behind it.
Takings no report dates cannot be ordered among the others and are left out of the campaign (they stay on the
map). A campaign needs two stops or more.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from geopy.distance import geodesic

from .event_types import TERRITORY_SUBTYPES
from .events import Event


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
    event_date: dt.date
    time_precision: int | None
    event_id: str  # the happening (its merged_id)
    articles: tuple[str, ...]  # the articles that reported it
    km_from_previous: float | None
    days_from_previous: int | None


def campaign_name(actor: str, country: str) -> str:
    return f"{actor} in {country or 'an unknown country'}"


def _taking(ev: Event) -> bool:
    local = ev.feature not in ("country", "continent") or ev.location != ev.place_name
    return (ev.sub_event_type in TERRITORY_SUBTYPES and bool(ev.actor1) and ev.event_date is not None and local
            and (ev.merged_id or ev.event_id) == ev.event_id)


def build_campaigns(events: list[Event]) -> list[CampaignStop]:
    """The campaigns of a build's events (merged, in build order), each as its ordered stops; campaigns in order
    of their first stop's date, then name."""
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

    out: list[CampaignStop] = []
    campaigns = sorted(((sorted(evs, key=told), key) for key, evs in by_campaign.items() if len(evs) >= 2),
                       key=lambda c: (c[0][0].event_date, campaign_name(c[0][0].actor1, c[0][0].country)))
    for evs, _ in campaigns:
        out.extend(_stops(evs))
    return out


def _stops(evs: list[Event]) -> list[CampaignStop]:
    stops: list[CampaignStop] = []
    for n, ev in enumerate(evs, 1):
        prev = stops[-1] if stops else None
        km = geodesic((prev.latitude, prev.longitude), (ev.latitude, ev.longitude)).km if prev else None
        days = (ev.event_date - prev.event_date).days if prev else None
        articles = tuple(r[0] for r in ev.reported_by) or (ev.article_id,)
        stops.append(CampaignStop(campaign_name(ev.actor1, ev.country), ev.actor1, ev.country, ev.country_code, n,
                                  ev.location, ev.latitude, ev.longitude, ev.event_date, ev.time_precision,
                                  ev.event_id, articles, km, days))
    return stops
