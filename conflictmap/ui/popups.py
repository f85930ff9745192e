"""Popups: what a point on the map says about its event — when and what dated it, what happened, who, how many
killed, the excerpts with the place marked, what placed it — as plain text fields (the points layers render them
in the browser as text nodes) or as escaped HTML. Untrusted article text is escaped for HTML and for the
JavaScript template literals folium puts popup HTML in.
"""

from __future__ import annotations

import html
import math
import re

import pandas as pd

from conflictmap.events.types import is_approximate

_MARK = re.compile(r"\[\[(.*?)\]\]", re.S)

GEO_SOURCES = {
    "gazetteer": "GeoNames gazetteer (offline)",
    "correction": "hand-made correction",
    "cache": "geocode cache",
    "nominatim": "Nominatim (OpenStreetMap)",
}


def esc(text) -> str:
    """Escape text for HTML that folium then places inside a JavaScript template literal (popups, tooltips):
    ``html.escape`` plus the characters a template literal gives meaning to (backtick, ``${``, backslash),
    as HTML character references that display as themselves."""
    return html.escape(str(text)).replace("\\", "&#92;").replace("`", "&#96;").replace("$", "&#36;")


def excerpt_html(excerpt: str) -> str:
    """Escape an excerpt, then turn its [[place]] marks into <mark> highlighting."""
    return _MARK.sub(r"<mark>\1</mark>", esc(excerpt))


def safe_link(url: str, label: str) -> str:
    """A link for http(s) URLs; anything else (``javascript:``…) is shown as text."""
    target = _http(url)
    if target:
        return f'<a href="{esc(target)}" target="_blank" rel="noopener noreferrer">{esc(label)}</a>'
    return esc(url or label)


def text_of(value) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def _http(url: str) -> str:
    url = (url or "").strip()
    return url if re.match(r"^https?://", url, re.I) else ""


def popup_fields(ev: dict) -> dict:
    """What a popup says about an event, as plain text fields. :func:`popup_html` renders them on the server
    (route stops, the HTML download); the points layers send them as JSON and render them in the browser with
    DOM text nodes (:data:`_ON_EACH`), which keeps thousands of points light."""
    e = {k: text_of(v) for k, v in ev.items()}
    dated, dated_url = "", ""
    if e.get("date_source") == "correction":
        dated, dated_url = "dated by correction", _http(e.get("date_text", ""))
        if not dated_url and e.get("date_text"):
            dated += f" ({e['date_text']})"
    elif e.get("date_source") == "text":
        dated = f"dated by the text: “{e.get('date_text', '')}”"
    elif e.get("date_source"):
        dated = f"dated by {e['date_source']}"
    excerpts = [x for x in (e.get("excerpts") or e.get("notes") or "").split("\n") if x.strip()]
    geo = GEO_SOURCES.get(e.get("geo_source", ""), e.get("geo_source", ""))
    placed = f"placed by: {geo}"
    if e.get("geonameid"):
        placed += f" (GeoNames {e['geonameid']}: {e.get('place_name', '')})"
    placed_url = ""
    if e.get("geo_note"):
        placed += " — " + e["geo_note"]
    if e.get("geo_source") == "correction":
        placed_url = _http(e.get("geo_source_url", ""))
        if not placed_url and e.get("geo_source_url"):
            placed += f" ({e['geo_source_url']})"
    return {
        "l": e.get("location", ""), "step": e.get("route_step", ""), "when": e.get("event_date") or "date unknown",
        "dated": dated, "dated_url": dated_url, "kind": f"{e.get('event_type', '')} — {e.get('sub_event_type', '')}",
        "actors": " vs ".join(a for a in (e.get("actor1"), e.get("actor2")) if a),
        "killed": _killed(ev.get("fatalities")),
        "x": [x[:600] for x in excerpts[:4]], "more": max(0, len(excerpts) - 4),
        "placed": placed, "placed_url": placed_url, "src": _sources(e),
        "differ": f"reports disagree — {e['disagreements']}" if e.get("disagreements") else "",
        "approx": f"approximate: placed at {e.get('place_name') or e.get('location', '')}, the "
                  f"{'country' if e.get('feature') in ('country', 'continent') else 'province'}'s point"
        if is_approximate(e.get("geo_precision")) else "",
    }


def reports_of(e: dict) -> list[list[str]]:
    """The reports of a happening merged from several articles: [article, outlet, date, what dated it] each."""
    return [[p.strip() for p in line.split(" | ")] for line in str(e.get("reported_by") or "").split("\n")
            if line.strip()]


def _sources(e: dict) -> str:
    reports = reports_of(e)
    if len(reports) < 2:
        return f"source: {e.get('source', '')}"
    listed = "; ".join(f"{r[0]} ({', '.join(x for x in r[1:3] if x)})" for r in reports[:6])
    more = f"; and {len(reports) - 6} more" if len(reports) > 6 else ""
    return f"reported by {len(reports)} articles: {listed}{more}"


def _killed(value) -> str:
    """"3 killed" (ACLED's conservative count), or nothing when none were reported."""
    try:
        n = int(value)
    except (TypeError, ValueError):
        return ""
    return f"{n:,} killed" if n > 0 else ""


def _link(url: str) -> str:
    return " " + safe_link(url, "source") if url else ""


def popup_html(ev: dict) -> str:
    f = popup_fields(ev)
    parts = [f'<div class="cm-popup"><b>{esc(f["l"])}</b>']
    if f["step"]:
        parts.append(f' <span class="cm-step-badge">advance step {esc(f["step"])}</span>')
    parts.append(f'<div class="cm-when">{esc(f["when"])}')
    if f["dated"]:
        parts.append(f" · {esc(f['dated'])}{_link(f['dated_url'])}")
    parts.append("</div>")
    parts.append(f'<div class="cm-type">{esc(f["kind"])}</div>')
    if f["actors"]:
        parts.append(f'<div class="cm-actors">{esc(f["actors"])}</div>')
    if f["killed"]:
        parts.append(f'<div class="cm-killed">{esc(f["killed"])}</div>')
    for x in f["x"]:
        parts.append(f'<blockquote class="cm-excerpt">{excerpt_html(x)}</blockquote>')
    if f["more"]:
        parts.append(f"<div>… and {f['more']} more mention(s)</div>")
    if f["approx"]:
        parts.append(f'<div class="cm-approx">{esc(f["approx"])}</div>')
    parts.append(f'<div class="cm-prov">{esc(f["placed"])}{_link(f["placed_url"])}</div>')
    parts.append(f'<div class="cm-prov">{esc(f["src"])}</div>')
    if f["differ"]:
        parts.append(f'<div class="cm-differ">{esc(f["differ"])}</div>')
    parts.append("</div>")
    return "".join(parts)
