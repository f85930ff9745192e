"""The advance: the ordered, dated sequence of territory-taking events by one actor, origin first.

Order comes from, in turn: the origin ("offensive from Idlib") first; precedence the text states ("drove them
out of A, B and C before advancing into D"; "entered D after capturing C"; a list in one sentence in the order
written); dates where both are known; then the order of first mention.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace

from geopy.distance import geodesic

from .articles import Article
from .event_types import TERRITORY_SUBTYPES
from .events import Event

_BEFORE = re.compile(r"\bbefore\s+(?:\w+ing|the\s+(?:capture|fall|advance|push)\s+(?:of|on|into))\b", re.I)
_AFTER = re.compile(r"\bafter\s+(?:\w+ing|the\s+(?:capture|fall|seizure)\s+of)\b", re.I)


@dataclass(frozen=True)
class Stop:
    article_id: str
    step: int
    location: str
    country_code: str
    latitude: float
    longitude: float
    event_date: dt.date | None
    time_precision: int | None
    date_source: str
    actor: str
    event_id: str
    km_from_previous: float | None
    days_from_previous: int | None
    order_rule: str  # origin | text | date | mention


def _is_step(ev: Event) -> bool:
    return (ev.sub_event_type in TERRITORY_SUBTYPES or ev.role == "origin") and ev.feature not in ("country",
                                                                                                 "continent")


def route_actor(events: list[Event]) -> str:
    """The actor whose territory-taking events make the route: the most frequent actor1 of such events."""
    counts = Counter(ev.actor1 for ev in events if _is_step(ev) and ev.actor1)
    if not counts:
        return ""
    best = max(counts.values())
    return next(ev.actor1 for ev in events if _is_step(ev) and counts.get(ev.actor1) == best)


@dataclass
class _Node:
    """One place of the route and its events: the event that best represents it (origin first, then dated,
    then first mentioned), its earliest date and first mention, whether it is the origin."""

    events: list[Event]

    @property
    def rep(self) -> Event:
        return sorted(self.events, key=lambda e: (e.role != "origin", e.event_date is None, e.mentions[0][0]))[0]

    @property
    def date(self) -> dt.date | None:
        return min((e.event_date for e in self.events if e.event_date), default=None)

    @property
    def first_mention(self) -> int:
        return min(m[0] for e in self.events for m in e.mentions)

    @property
    def origin(self) -> bool:
        return any(e.role == "origin" for e in self.events)


def build_route(article: Article, events: list[Event]) -> tuple[list[Stop], list[Event]]:
    """The route of one article, and its events with ``route_step`` set on the events that are stops."""
    actor = route_actor(events)
    nodes: dict[tuple, _Node] = {}
    for ev in events:
        if _is_step(ev) and (ev.actor1 == actor or not ev.actor1):
            nodes.setdefault((ev.place_name, ev.country_code), _Node([])).events.append(ev)
    if not nodes:
        return [], events
    placed = _order(nodes, _text_precedence(article, {k: n.events for k, n in nodes.items()}))
    stops: list[Stop] = []
    for n, (k, rule) in enumerate(placed, 1):
        node = nodes[k]
        ev, ev_date = node.rep, node.date
        km = days = None
        if stops:
            prev = stops[-1]
            km = geodesic((prev.latitude, prev.longitude), (ev.latitude, ev.longitude)).km
            if prev.event_date and ev_date:
                days = (ev_date - prev.event_date).days
        dated = next((e for e in node.events if e.event_date == ev_date), ev)
        stops.append(Stop(article.id, n, ev.location, ev.country_code, ev.latitude, ev.longitude, ev_date,
                          dated.time_precision if ev_date else None, dated.date_source if ev_date else "",
                          actor or ev.actor1, ev.event_id, km, days, rule))
    step_of = {nodes[k].rep.event_id: n for n, (k, _) in enumerate(placed, 1)}
    return stops, [replace(ev, route_step=step_of.get(ev.event_id)) for ev in events]


def _order(nodes: dict[tuple, _Node], edges: set[tuple]) -> list[tuple[tuple, str]]:
    """The places in route order with the rule that placed each: Kahn's algorithm — among places whose
    predecessors are placed, origins first, then earliest date, then earliest mention. A cycle (the text
    contradicting itself) is broken the same way."""
    origin = {k for k, n in nodes.items() if n.origin}
    date = {k: n.date for k, n in nodes.items()}
    first = {k: n.first_mention for k, n in nodes.items()}
    preds = {k: set() if k in origin else {a for a, b in edges if b == k and a != k} for k in nodes}
    placed: list[tuple[tuple, str]] = []
    remaining = set(nodes)
    while remaining:
        ready = [k for k in remaining if not (preds[k] & remaining)] or list(remaining)
        k = min(ready, key=lambda k: (k not in origin, date[k] or dt.date.max, first[k]))
        placed.append((k, "origin" if k in origin else ("text" if preds[k] else ("date" if date[k] else "mention"))))
        remaining.discard(k)
    return placed


def _text_precedence(article: Article, nodes: dict[tuple, list[Event]]) -> set[tuple]:
    """(a, b) pairs meaning "the text says a came before b"."""
    edges: set[tuple] = set()
    for sentence in article.sentences:
        inside = []
        for k, evs in nodes.items():
            for e in evs:
                for s, _ in e.mentions:
                    if sentence.start <= s < sentence.end:
                        inside.append((s - sentence.start, k))
        inside.sort()
        if len(inside) < 2:
            continue
        keys_in_order = []
        for _, k in inside:
            if k not in keys_in_order:
                keys_in_order.append(k)
        before = _BEFORE.search(sentence.text)
        after = _AFTER.search(sentence.text)
        if before:
            first = [k for pos, k in inside if pos < before.start()]
            then = [k for pos, k in inside if pos > before.start()]
            edges.update((a, b) for a in first for b in then if a != b)
            _chain(edges, [k for k in keys_in_order if k in first])
        elif after:
            main = [k for pos, k in inside if pos < after.start()]
            earlier = [k for pos, k in inside if pos > after.start()]
            edges.update((a, b) for a in earlier for b in main if a != b)
        else:
            _chain(edges, keys_in_order)
    return edges


def _chain(edges: set[tuple], keys: list[tuple]) -> None:
    for a, b in zip(keys, keys[1:]):
        edges.add((a, b))
