"""Filtering events: the :class:`Filters` value, what the data offers to filter by (:class:`Choices`), and the
events that pass (:func:`apply`, in memory; :mod:`.query` turns the same value into SQL). Their URL form is
:mod:`conflictmap.ui.url`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import pandas as pd

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
    campaigns: tuple[str, ...] = ()  # the stops of these campaigns (see conflictmap.story.campaigns)


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
