"""Playback: the map as it stood on a given day — what was known by then.

At day D the advance is drawn up to its last stop dated on or before D (undated stops before that one are drawn,
marked "date unknown": their place in the order is known, their day is not), the newest leg marked; events dated
up to D are shown, D's own picked out; events with no date stay on the map throughout (their day cannot be
guessed, so they are not hidden). Everything here is pure pandas, so a step is quick at 100,000 events.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Frame:
    """The map's content on one day."""

    day: dt.date
    events: pd.DataFrame  # known by the day (the route's stops among them)
    route: pd.DataFrame  # the advance as far as it had come
    today: tuple[str, ...]  # ids of the events dated that day


def frame(events: pd.DataFrame, route: pd.DataFrame, day: dt.date) -> Frame:
    """What the map shows on ``day``."""
    when = pd.to_datetime(events["date"], errors="coerce")  # (NaT: undated)
    dated, until = when.notna(), pd.Timestamp(day)
    stops = _route_by(route, day)
    stop_ids = set(route["event_id"]) if len(route) else set()
    shown_stop_ids = set(stops["event_id"]) if len(stops) else set()
    is_stop = events["event_id"].isin(stop_ids)
    known = (dated & (when <= until)) | (~dated & ~is_stop)
    known &= ~is_stop | events["event_id"].isin(shown_stop_ids)
    today = tuple(events.loc[known & (when == until), "event_id"])
    return Frame(day, events.loc[known], stops, today)


def _route_by(route: pd.DataFrame, day: dt.date) -> pd.DataFrame:
    """Each route up to its last stop dated on or before ``day`` (with the undated stops before it)."""
    if not len(route):
        return route
    dates = pd.to_datetime(route["event_date"].where(route["event_date"].astype(str) != "", None),
                           errors="coerce")
    until = pd.Timestamp(day)
    keep = pd.Series(False, index=route.index)
    for _, stops in route.assign(_date=dates).groupby("article_id", sort=False):
        stops = stops.sort_values("step")
        reached = [n for n, d in enumerate(stops["_date"]) if pd.notna(d) and d <= until]
        if reached:
            keep[stops.index[:reached[-1] + 1]] = True
    return route.loc[keep]


def step(days: list[dt.date], day: dt.date | None, by: int) -> dt.date | None:
    """The day ``by`` steps from ``day`` (clamped to the first and last day)."""
    if not days:
        return None
    if day is None:
        return days[0] if by >= 0 else days[-1]
    at = max((n for n, d in enumerate(days) if d <= day), default=-1)  # (a day between steps: the one before)
    if at < 0:
        return days[0]
    return days[max(0, min(len(days) - 1, at + by))]
