"""The filter state as URL query parameters, so a copied link opens the same view.

Query parameters: ``from``, ``to`` (YYYY-MM-DD); ``type``, ``actor``, ``article`` (repeatable or
comma-separated; an article matches the events it reported, merged or not); ``campaign`` (an actor's advance
across the articles, repeatable); ``q`` (free text over excerpts and places); ``killed`` (events with at least this
many fatalities); ``advance`` (``1``: route stops only); ``context`` (``0``: hide context places); ``day``
(YYYY-MM-DD: the playback's day, the map as it stood then). Values that cannot be used are dropped with a notice.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from conflictmap.store.filters import Choices, Filters

MAX_QUERY_CHARS = 200


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
