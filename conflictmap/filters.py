"""Filtering events, and the filter state as URL query parameters (so a copied link opens the same view).

Query parameters: ``from``, ``to`` (YYYY-MM-DD); ``type``, ``actor``, ``article`` (repeatable or
comma-separated; an article matches the events it reported, merged or not); ``campaign`` (an actor's advance
across the articles, repeatable); ``q`` (free text over excerpts and places); ``killed`` (events with at least this many
fatalities); ``advance`` (``1``: route stops only); ``context`` (``0``: hide context places); ``day``
(YYYY-MM-DD: the playback's day, the map as it stood then). Values that cannot be used are dropped with a notice.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

import pandas as pd

MAX_QUERY_CHARS = 200


@dataclass(frozen=True)
class Filters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    query: str = ""
    advance_only: bool = False
    show_context: bool = True
    min_fatalities: int = 0  # 0: no bound; above 0 the events with at least this many fatalities (no context)
    day: dt.date | None = None  # the playback's day (see playback.frame); None: every day at once
    campaigns: tuple[str, ...] = ()  # the stops of these campaigns (see campaigns.py)


@dataclass
class Choices:
    """What the data offers, to check URL values against."""

    types: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    campaigns: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, events: pd.DataFrame, reports: pd.DataFrame | None = None) -> Choices:
        """What ``events`` offer; the articles of ``reports`` (every article's events, merged or not) if given."""
        actors = sorted({a for col in ("actor1", "actor2") for a in events[col].unique() if a})
        articles = set((events if reports is None else reports)["article_id"].unique())
        campaigns = sorted(c for c in events["campaign"].unique() if c) if "campaign" in events else []
        return cls(sorted(t for t in events["event_type"].unique() if t), actors, sorted(a for a in articles if a),
                   campaigns)


    def union(self, other: Choices) -> Choices:
        def both(a: list[str], b: list[str]) -> list[str]:
            return sorted(set(a) | set(b))

        return Choices(both(self.types, other.types), both(self.actors, other.actors),
                       both(self.articles, other.articles), both(self.campaigns, other.campaigns))


def _values(params: Mapping, key: str) -> list[str]:
    getter = getattr(params, "get_all", None)
    raw = getter(key) if getter else params.get(key, [])
    if isinstance(raw, str):
        raw = [raw]
    out = []
    for item in raw or []:
        out.extend(v.strip() for v in str(item).split(",") if v.strip())
    return out


def _date(params: Mapping, key: str, notices: list[str]) -> dt.date | None:
    values = _values(params, key)
    if not values:
        return None
    try:
        return dt.date.fromisoformat(values[-1][:10])
    except ValueError:
        notices.append(f"ignored {key}={values[-1][:40]!r}: dates are written YYYY-MM-DD")
        return None


def from_query_params(params: Mapping, choices: Choices) -> tuple[Filters, list[str]]:
    notices: list[str] = []
    date_from = _date(params, "from", notices)
    date_to = _date(params, "to", notices)
    if date_from and date_to and date_from > date_to:
        notices.append(f"ignored from={date_from} and to={date_to}: 'from' is after 'to'")
        date_from = date_to = None

    def pick(key: str, allowed: list[str]) -> tuple[str, ...]:
        kept = []
        for v in _values(params, key):
            if v in allowed:
                kept.append(v)
            else:
                notices.append(f"ignored {key}={v[:60]!r}: not in the data")
        return tuple(dict.fromkeys(kept))

    query = " ".join(_values(params, "q"))
    if len(query) > MAX_QUERY_CHARS:
        notices.append(f"shortened q to {MAX_QUERY_CHARS} characters")
        query = query[:MAX_QUERY_CHARS]
    killed = _count(params, "killed", notices)
    day = _date(params, "day", notices)
    flags = {}
    for key, default in (("advance", False), ("context", True)):
        values = _values(params, key)
        if not values:
            flags[key] = default
        elif values[-1] in ("1", "true", "yes", "on"):
            flags[key] = True
        elif values[-1] in ("0", "false", "no", "off"):
            flags[key] = False
        else:
            notices.append(f"ignored {key}={values[-1][:20]!r}: use 1 or 0")
            flags[key] = default
    return Filters(date_from, date_to, pick("type", choices.types), pick("actor", choices.actors),
                   pick("article", choices.articles), query, flags["advance"], flags["context"], killed, day,
                   pick("campaign", choices.campaigns)), notices


def _count(params: Mapping, key: str, notices: list[str]) -> int:
    values = _values(params, key)
    if not values:
        return 0
    if values[-1].isdigit() and int(values[-1]) < 10**9:
        return int(values[-1])
    notices.append(f"ignored {key}={values[-1][:20]!r}: use a whole number, e.g. {key}=10")
    return 0


def to_query_params(f: Filters) -> dict[str, str | list[str]]:
    params: dict[str, str | list[str]] = {}
    if f.date_from:
        params["from"] = f.date_from.isoformat()
    if f.date_to:
        params["to"] = f.date_to.isoformat()
    if f.types:
        params["type"] = list(f.types)
    if f.actors:
        params["actor"] = list(f.actors)
    if f.articles:
        params["article"] = list(f.articles)
    if f.campaigns:
        params["campaign"] = list(f.campaigns)
    if f.query:
        params["q"] = f.query
    if f.min_fatalities:
        params["killed"] = str(f.min_fatalities)
    if f.day:
        params["day"] = f.day.isoformat()
    if f.advance_only:
        params["advance"] = "1"
    if not f.show_context:
        params["context"] = "0"
    return params


def apply(events: pd.DataFrame, f: Filters) -> pd.DataFrame:
    """The events that pass every filter. Undated events pass date filters only when no date bound is set."""
    mask = pd.Series(True, index=events.index)
    if f.date_from or f.date_to:
        dates = events["date"]
        known = dates.notna()
        if f.date_from:
            mask &= known & (dates >= f.date_from)
        if f.date_to:
            mask &= known & (dates <= f.date_to)
    if f.types:
        mask &= events["event_type"].isin(f.types)
    if f.actors:
        mask &= events["actor1"].isin(f.actors) | events["actor2"].isin(f.actors)
    if f.articles:
        mask &= _reported_in(events, f.articles)
    if f.campaigns:
        mask &= events["campaign"].isin(f.campaigns) if "campaign" in events else False
    if f.query:
        q = f.query.lower()
        hay = (events["notes"].str.lower() + " " + events["location"].str.lower() + " " +
               events["place_name"].str.lower())
        mask &= hay.str.contains(q, regex=False)
    if f.min_fatalities:
        mask &= events["fatalities"] >= f.min_fatalities
    if f.advance_only:
        mask &= events["route_step"].notna() | (events["campaign"] != "" if "campaign" in events else False)
    if not f.show_context:
        mask &= events["event_type"] != "Context"
    return events.loc[mask]


def _reported_in(events: pd.DataFrame, articles: tuple[str, ...]) -> pd.Series:
    """Events that one of ``articles`` reported: its own, and the happenings it shares with others (whose
    ``reported_by`` lines start with the article's id)."""
    mask = events["article_id"].isin(articles)
    if "sources" in events:
        shared = events["sources"] > 1
        if shared.any():
            pattern = "(?m)^(?:" + "|".join(re.escape(a) for a in articles) + r") \|"
            mask |= shared & events["reported_by"].str.contains(pattern, regex=True)
    return mask
