"""The advance: the ordered, dated places one armed actor took or moved through, origin first.

A route is drawn only where the text tells an advance: territory taken by one actor at two places or more, with
either a movement ("launched its push from X", "streamed west from A through B", "pushed on to C", "before
advancing into D") or takings on different days. Withdrawals and the other side's counter-offensive do not extend
the attacker's route (they are the other actor's).

Order comes from, in turn: the origin first; what the text states — a clause opened by "before" comes after its
main clause, one opened by "after" ("weeks after capturing X", "a fortnight after the militia seized the port")
before it, places listed in one clause in the order written; then dates (and the part of the day: "earlier on
Sunday" before "on Sunday", "late on Saturday" after it); then the order of first mention.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, replace

from geopy.distance import geodesic

from conflictmap.articles.spans import bucket
from conflictmap.events import clauses
from conflictmap.articles.read import Article
from conflictmap.events.types import TERRITORY_SUBTYPES, is_approximate
from conflictmap.events.extract import Event
from conflictmap.events.sides import CEDED
from conflictmap.events.words import HELD

_AFTER = ("after", "following", "since", "once")
_BEFORE = ("before", "until")


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


def is_local(ev: Event) -> bool:
    """At a town rather than a country (a village put at its country for want of a better point counts: it is
    the village the text names)."""
    return ev.feature not in ("country", "continent") or ev.location != ev.place_name


def _taken(ev: Event) -> bool:
    return ev.sub_event_type in TERRITORY_SUBTYPES and is_local(ev)


def _point(ev: Event) -> bool:
    return ev.role in ("origin", "advance") and is_local(ev)


def route_actors(events: list[Event]) -> list[str]:
    """The actors whose advance may make the route, the likeliest first: by the places they took (then moved
    through), in the order first told among equals; "" when no one took or moved."""
    counts = Counter(a for a, _ in {(ev.actor1, ev.location) for ev in events if _taken(ev) and ev.actor1})
    if not counts:
        counts = Counter(ev.actor1 for ev in events if _point(ev) and ev.actor1)
    told = list(dict.fromkeys(ev.actor1 for ev in events if (_taken(ev) or _point(ev)) and ev.actor1 in counts))
    return sorted(told, key=lambda a: -counts[a]) or [""]


@dataclass
class _Node:
    """One place of the route and its events."""

    events: list[Event]

    @property
    def rep(self) -> Event:
        return sorted(self.events, key=lambda e: (not _taken(e), e.event_date is None, e.mentions[0][0]))[0]

    @property
    def when(self) -> tuple:
        dated = [e for e in self.events if e.event_date]
        return min(((e.event_date, e.date_part) for e in dated), default=(None, 1))

    @property
    def at_the_start(self) -> bool:
        """Told as taken at the start of the offensive ("taking the villages of Kisik and al-Abra on the first
        day"), with no date of its own: before the dated stops."""
        return not any(e.event_date for e in self.events) and any(
            _AT_THE_START.search(x) for e in self.events for x in e.excerpts)

    @property
    def first_mention(self) -> int:
        return min(m[0] for e in self.events for m in e.mentions)

    @property
    def goal(self) -> bool:
        """Told only as where an advance was aimed ("pressed an offensive on Marib", "pushed toward Pinga"), not
        taken there."""
        return not any(_taken(e) for e in self.events) and any(e.role != "origin" and _GOAL.search(e.cue)
                                                                for e in self.events)

    @property
    def origin(self) -> bool:
        return any(e.role == "origin" for e in self.events) and not any(_taken(e) for e in self.events)


_GOAL = re.compile(r"\b(?:offensive|assault|attack|push|drive|march|advance|advanced|advancing|pushed|pushing|"
                   r"pressed|pressing|moved|moving|marched|marching|headed|heading)\s+(?:[a-z]+\s+)?"
                   r"(?:on|toward|towards|against)$", re.I)  # (the words of an advance's aim: a point's cue)
_AT_THE_START = re.compile(r"\b(?:on the (?:first|opening) day|at the (?:start|outset|beginning)|in the (?:first|opening) "
                           r"(?:hours|days)|early in the (?:offensive|operation|campaign|assault))\b", re.I)


def _nodes(events: list[Event], actor: str) -> dict[tuple, _Node]:
    """The route actor's places: its takings and movements, and those told without an actor that fit its side (a
    state actor regains territory; any other overtakes it)."""
    state = any(ev.actor1 == actor and ev.inter1 == "State forces" for ev in events)
    side = "Government regains territory" if state else "Non-state actor overtakes territory"
    nodes: dict[tuple, _Node] = {}
    for ev in events:
        if not (_taken(ev) or _point(ev)):
            continue
        if not ev.actor1 and CEDED.match(ev.cue):
            continue  # "government troops withdrew from Homs": the other side's move, told without the attacker
        if ev.actor1 == actor or (not ev.actor1 and (_point(ev) or ev.sub_event_type in (side, TERRITORY_SUBTYPES[2]))):
            nodes.setdefault((ev.location, ev.country_code), _Node([])).events.append(ev)
    return nodes


def _held_origin_only_alone(nodes: dict[tuple, _Node]) -> dict[tuple, _Node]:
    """A place the force already held ("have held Mocímboa da Praia since August") starts its advance only when
    the text tells one taking: where it took several, their own order tells the advance."""
    taken = sum(1 for n in nodes.values() if any(_taken(e) for e in n.events))
    if taken < 2:
        return nodes
    return {k: n for k, n in nodes.items()
            if not (n.origin and all(re.fullmatch(HELD, e.cue, re.I) for e in n.events if e.role == "origin"))}


def _not_taken_back(nodes: dict[tuple, _Node], events: list[Event], actor: str) -> dict[tuple, _Node]:
    """"Houthi troops seized Aden's airport on Wednesday, but forces loyal to Hadi retook it on Thursday": a place
    another side took back afterwards is not where the advance stands."""
    def later_loss(key, node) -> bool:
        when = node.when[0]
        return when is not None and any(
            _taken(e) and (e.location, e.country_code) == key and e.actor1 and e.actor1 != actor and
            e.event_date is not None and e.event_date > when for e in events)

    kept = {k: n for k, n in nodes.items() if not later_loss(k, n)}
    return kept


def _told(nodes: dict[tuple, _Node], sequenced: bool) -> bool:
    """Does the text tell an advance: a movement, places taken on different days, or one taken after another
    ("entered Hama after capturing Aleppo")?"""
    if len(nodes) < 2 or not any(_taken(e) for n in nodes.values() for e in n.events):
        return False
    moved = any(_point(e) or e.moved for n in nodes.values() for e in n.events)
    days = {n.when[0] for n in nodes.values() if n.when[0] is not None}
    return moved or sequenced or len(days) >= 2


def build_route(article: Article, events: list[Event]) -> tuple[list[Stop], list[Event]]:
    """The route of one article, and its events with ``route_step`` set on the events that are stops."""
    for actor in route_actors(events):  # (the next actor when the first's places were all taken back from it:
        nodes = _not_taken_back(_held_origin_only_alone(_nodes(events, actor)), events, actor)  # the advance is
        edges, sequenced = _text_precedence(article, nodes)  # the other side's)
        if _told(nodes, sequenced):
            break
    else:
        return [], events
    placed = _order(nodes, edges)
    stops: list[Stop] = []
    prev_precision = None
    for n, (k, rule) in enumerate(placed, 1):
        node = nodes[k]
        ev, (ev_date, _) = node.rep, node.when
        km = days = None
        if stops:
            prev = stops[-1]
            if not (is_approximate(ev.geo_precision) or is_approximate(prev_precision)):
                km = geodesic((prev.latitude, prev.longitude), (ev.latitude, ev.longitude)).km
            if prev.event_date and ev_date:
                days = (ev_date - prev.event_date).days
        prev_precision = ev.geo_precision
        dated = next((e for e in node.events if e.event_date == ev_date), ev)
        stops.append(Stop(article.id, n, ev.location, ev.country_code, ev.latitude, ev.longitude, ev_date,
                          dated.time_precision if ev_date else None, dated.date_source if ev_date else "",
                          actor or ev.actor1, ev.event_id, km, days, rule))
    step_of = {nodes[k].rep.event_id: n for n, (k, _) in enumerate(placed, 1)}
    return stops, [replace(ev, route_step=step_of.get(ev.event_id)) for ev in events]


def _order(nodes: dict[tuple, _Node], edges: set[tuple]) -> list[tuple[tuple, str]]:
    """The places in route order with the rule that placed each: Kahn's algorithm — among places whose
    predecessors are placed, origins first, then earliest date (and part of the day), then earliest mention. A
    cycle (the text contradicting itself) is broken the same way."""
    when = {k: n.when for k, n in nodes.items()}
    dates = [w[0] for w in when.values() if w[0] is not None]
    origin = {k for k, n in nodes.items() if n.origin and (when[k][0] is None or when[k][0] <= min(dates))}
    # (not one the force moved on from after the dated stops: "took Ndele in December … advanced on Saturday from
    # Damara": a step by its date)
    by = _latest_possible(nodes, edges)  # (an undated stop comes before the dated ones the text puts after it,
    since = _latest_possible(nodes, {(b, a) for a, b in edges}, max)  # else with the dated one it follows)
    by = {k: (since[k] if by[k] == dt.date.max and since[k] != dt.date.min else by[k]) for k in nodes}
    first = {k: n.first_mention for k, n in nodes.items()}
    preds = {k: set() if k in origin else {a for a, b in edges if b == k and a != k and not (
        when[a][0] and when[k][0] and when[a][0] > when[k][0])} for k in nodes}  # (the days told over the order
    # written: "captured Krasnohorivka in January and Stepove in December")
    placed: list[tuple[tuple, str]] = []
    remaining = set(nodes)
    while remaining:
        ready = [k for k in remaining if not (preds[k] & remaining)] or list(remaining)
        k = min(ready, key=lambda k: (k not in origin, not nodes[k].at_the_start, when[k][0] or by[k], when[k][1],
                                      first[k]))
        rule = "origin" if k in origin else ("text" if preds[k] else ("date" if when[k][0] else "mention"))
        placed.append((k, rule))
        remaining.discard(k)
    return placed


def _latest_possible(nodes: dict[tuple, _Node], edges: set[tuple], pick=min) -> dict[tuple, dt.date]:
    """Each place's latest possible day: its own date, else the earliest date of a place the text puts after it
    ("advancing through Minova and Kalehe. They took Kalehe on Feb. 5": Minova by Feb. 5), else none (the last).
    With the edges reversed and ``pick`` max, its earliest possible day: "launched its offensive from Namhkam on
    October 27 before advancing on Hsenwi": Hsenwi after October 27 (none: ``date.min``)."""
    after: dict[tuple, set] = {}
    for a, b in edges:
        if a != b:
            after.setdefault(a, set()).add(b)
    out: dict[tuple, dt.date] = {}

    def bound(k: tuple, seen: frozenset) -> dt.date:
        if k in out:
            return out[k]
        own = nodes[k].when[0]
        found = own or pick((bound(b, seen | {k}) for b in after.get(k, ()) if b not in seen),
                            default=dt.date.max if pick is min else dt.date.min)
        out[k] = found
        return found

    for k in nodes:
        bound(k, frozenset())
    return out


def _text_precedence(article: Article, nodes: dict[tuple, _Node]) -> tuple[set[tuple], bool]:
    """(a, b) pairs meaning "the text says a came before b", by the clauses of each sentence that names two
    places of the route or more; and whether the text puts one taking after another ("after", "before")."""
    edges: set[tuple] = set()
    sequenced = False
    sentences = article.sentences
    mentioned = bucket([s.start for s in sentences],
                       sorted(((s, k) for k, n in nodes.items() for e in n.events for s, _ in e.mentions),
                              key=lambda sk: sk[0]),
                       lambda sk: sk[0])  # (each sentence's own: linear in the article)
    told: set[tuple] = set()  # (the places of the sentences before)
    for sentence, here in zip(sentences, mentioned):
        inside = sorted((s - sentence.start, k) for s, k in here if s < sentence.end)
        if not inside:
            continue
        parts = clauses.split(sentence.text)
        sequenced |= _began_after(edges, nodes, parts, sentence.text, inside)
        sequenced |= _had_earlier(edges, told, parts, sentence.text, inside)
        told.update(k for _, k in inside)
        if len({k for _, k in inside}) < 2:
            continue
        by_clause: dict[int, list] = {}
        for pos, k in inside:
            c = parts.index(clauses.clause_at(parts, pos))
            if k not in by_clause.setdefault(c, []):
                by_clause[c].append(k)
        by_clause = {c: _aims_last(ks, nodes, sentence.text[parts[c].start:parts[c].end])
                     for c, ks in by_clause.items()}
        sequenced |= _edges_of_sentence(edges, parts, by_clause)
    return edges, sequenced


def _aims_last(keys: list[tuple], nodes: dict[tuple, _Node], clause: str) -> list[tuple]:
    """A clause's places in the order written, but where an advance was aimed after the places it took on the way
    ("pressed an offensive on Marib, seizing positions in Sirwah"; not "advancing on Goma and then into Bukavu",
    moves in the order told)."""
    if _THEN.search(clause) or not any(not nodes[k].goal and any(_taken(e) for e in nodes[k].events) for k in keys):
        return keys
    return sorted(keys, key=lambda k: nodes[k].goal)


_THEN = re.compile(r"\b(?:then|before|after|later)\b", re.I)
# "The push south began after the rebels seized Hayk": the campaign's first taking, told after the others.
_BEGAN = re.compile(r"\b(?:push|offensive|advance|campaign|assault|drive|operation|march)\b[^,;]{0,40}?\b"
                    r"(?:began|started|got under way|was launched)\W*$", re.I)


def _began_after(edges: set[tuple], nodes: dict, parts: list, text: str, inside: list) -> bool:
    """Places taken in the "after …" clause of "the push began after …" come before every other place."""
    found = False
    for a, b in zip(parts, parts[1:]):
        if b.opener not in _AFTER or not _BEGAN.search(text[a.start:a.end]):
            continue
        first = {k for pos, k in inside if b.start <= pos < b.end}
        edges.update((x, y) for x in first for y in nodes if y not in first)
        found |= bool(first)
    return found


# "The TPLF had earlier taken Weldiya and Haik": takings told after the news as what had happened before it.
_HAD_EARLIER = re.compile(r"\bhad\s+(?:earlier|already|previously|first)\b|\b(?:earlier|previously)\s+had\b", re.I)


def _had_earlier(edges: set[tuple], told: set[tuple], parts: list, text: str, inside: list) -> bool:
    """Places taken in a clause that says they had been taken earlier come before the places told before it."""
    found = False
    for c in parts:
        if not _HAD_EARLIER.search(text, c.start, c.end):
            continue
        first = {k for pos, k in inside if c.start <= pos < c.end}
        edges.update((x, y) for x in first for y in told if y not in first)
        found |= bool(first and told)
    return found


def _edges_of_sentence(edges: set[tuple], parts: list, by_clause: dict[int, list]) -> bool:
    order = sorted(by_clause)
    for c in order:
        _chain(edges, by_clause[c])  # places listed in one clause: in the order written
    sequenced = False
    for a, b in zip(order, order[1:]):
        opener = parts[b].opener
        first, then = (by_clause[b], by_clause[a]) if opener in _AFTER else (by_clause[a], by_clause[b])
        edges.update((x, y) for x in first for y in then if x != y)
        sequenced |= opener in _AFTER + _BEFORE
    return sequenced


def _chain(edges: set[tuple], keys: list[tuple]) -> None:
    for a, b in zip(keys, keys[1:]):
        edges.add((a, b))
