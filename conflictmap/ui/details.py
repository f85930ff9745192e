"""The details panel beside the map: the events at a clicked point, as Markdown that shows article text as
text (every Markdown and HTML character escaped)."""

from __future__ import annotations

import math
import re

import pandas as pd

from conflictmap.ui.popups import reports_of

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")


def markdown_text(text: str) -> str:
    """``text`` escaped so Streamlit's Markdown shows it as written."""
    return _MD_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


def events_at(events: pd.DataFrame, lat: float, lon: float, km: float = 1.0) -> pd.DataFrame:
    """Events within ``km`` of a point (a clicked marker), happenings first."""
    if not len(events):
        return events
    dlat = (events["latitude"].astype(float) - lat) * 111.0
    dlon = (events["longitude"].astype(float) - lon) * 111.0 * math.cos(math.radians(lat))
    near = events[(dlat ** 2 + dlon ** 2) <= km ** 2]
    return near.sort_values("event_type", key=lambda s: s == "Context")


def details_markdown(ev: dict) -> str:
    """One event for the details panel: what, when, who, the excerpts with the place in bold, and provenance."""
    lines = [f"**{markdown_text(ev.get('location', ''))}** — {markdown_text(ev.get('event_type', ''))}: "
             f"{markdown_text(ev.get('sub_event_type', ''))}"]
    when = ev.get("event_date") or "date unknown"
    dated = {"text": "dated by the text", "correction": "dated by a correction", "acled": "dated by ACLED"}
    lines.append(f"{markdown_text(when)} · {dated.get(ev.get('date_source', ''), 'undated')}"
                 + (f" (“{markdown_text(ev['date_text'])}”)" if ev.get("date_source") == "text" else ""))
    actors = " vs ".join(a for a in (ev.get("actor1"), ev.get("actor2")) if a)
    if actors:
        lines.append(markdown_text(actors))
    killed = int(ev.get("fatalities") or 0) if str(ev.get("fatalities") or "0").isdigit() else 0
    if killed:
        lines.append(f"**{killed:,} killed** (the count the text gives, at least)")
    for excerpt in str(ev.get("excerpts") or ev.get("notes") or "").split("\n"):
        if excerpt.strip():
            parts = re.split(r"\[\[(.*?)\]\]", excerpt)
            shown = "".join(f"**{markdown_text(p)}**" if i % 2 else markdown_text(p) for i, p in enumerate(parts))
            lines.append(f"> {shown}")
    lines.append(f"placed by {markdown_text(ev.get('geo_source', ''))}"
                 + (f" (GeoNames {markdown_text(ev['geonameid'])})" if ev.get("geonameid") else ""))
    reports = reports_of(ev)
    if len(reports) > 1:
        lines.append(f"**Reported by {len(reports)} articles:**\n" + "\n".join(
            f"- {markdown_text(r[0])} — {markdown_text(', '.join(x for x in r[1:] if x))}" for r in reports[:20])
            + (f"\n- … and {len(reports) - 20} more (the events table's CSV lists them all)" if len(reports) > 20
               else ""))
    if ev.get("disagreements"):
        lines.append(f"⚠️ The reports disagree — {markdown_text(ev['disagreements'])}")
    return "\n\n".join(lines)
