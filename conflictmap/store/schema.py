"""The data folder's schema, in one place: file names, their columns (events in ACLED's order), the corrections
template, and how the pipeline's value objects become rows. Readers (:mod:`.dataset`, the loaders of the cache,
the corrections and the actors) and the writer (:mod:`conflictmap.build`) both take them from here.

Nothing here imports the pipeline: the conversions read attributes, so reading the data folder never pulls in
the geoparser.
"""

from __future__ import annotations

from typing import Any

# ------------------------------------------------------------------------------------------------ file names
EVENTS_FILE = "events.csv"
ROUTE_FILE = "route.csv"
CAMPAIGNS_FILE = "campaigns.csv"
UNPLACED_FILE = "unplaced.csv"
ARTICLES_FILE = "articles.csv"
ACTORS_FILE = "actors.csv"
CORRECTIONS_FILE = "corrections.csv"
CACHE_FILE = "geocode_cache.csv"
ACLED_FILE = "acled_events.csv"
LOCK_FILE = ".conflictmap.lock"

# ------------------------------------------------------------------------------------------------ columns
# ACLED's columns in ACLED's order, then conflictmap's provenance columns.
ACLED_COLUMNS = ("event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "inter1",
                 "actor2", "inter2", "country", "location", "latitude", "longitude", "geo_precision", "source", "notes",
                 "fatalities")
EVENT_COLUMNS = ACLED_COLUMNS + ("article_id", "route_step", "role", "place_name", "geonameid", "country_code",
                                 "feature", "geo_source", "geo_note", "geo_source_url", "date_source", "date_rule",
                                 "date_text", "cue", "excerpts", "mentions", "merged_id", "sources", "reported_by",
                                 "disagreements")
EVENT_REQUIRED = ("event_id", "event_date", "event_type", "sub_event_type", "location", "latitude", "longitude",
                  "notes")
ROUTE_COLUMNS = ("article_id", "step", "location", "country_code", "latitude", "longitude", "event_date",
                 "time_precision", "date_source", "actor", "event_id", "km_from_previous", "days_from_previous",
                 "order_rule")
ROUTE_REQUIRED = ("step", "location", "latitude", "longitude")
CAMPAIGN_COLUMNS = ("campaign", "actor", "country", "country_code", "step", "location", "latitude", "longitude",
                    "event_date", "time_precision", "event_id", "articles", "km_from_previous", "days_from_previous",
                    "order_rule")
CAMPAIGN_REQUIRED = ("campaign", "step", "location", "latitude", "longitude", "event_id")
UNPLACED_COLUMNS = ("article_id", "name", "start", "end", "reason", "excerpt")
ARTICLE_COLUMNS = ("article_id", "title", "published", "source", "url", "file", "places", "events", "unplaced")
CACHE_COLUMNS = ("query", "country", "name", "lat", "lon", "source", "ident", "country_code", "feature",
                 "retrieved_at", "note")
CACHE_REQUIRED = CACHE_COLUMNS[:-1]  # (a cache written before answers had notes has no note column)
CORRECTION_COLUMNS = ("place", "country", "article", "lat", "lon", "date", "note", "source_url")
CORRECTION_REQUIRED = ("place", "lat", "lon")
ACTOR_COLUMNS = ("actor", "aliases", "kind", "country")
ACTOR_REQUIRED = ("actor", "aliases", "kind")

CORRECTIONS_TEMPLATE = """\
# Hand-made corrections. A build reads this file and never rewrites it. Each row needs a source_url.
# place: the name as written or as the gazetteer has it; country/article: optional, to narrow the row;
# lat/lon: coordinates that replace the gazetteer's (leave both empty to correct only the date);
# date: YYYY-MM-DD, the date of the territory-taking event at this place (leave empty to keep the text's).
""" + ",".join(CORRECTION_COLUMNS) + "\n"


# ------------------------------------------------------------------------------------------------ rows


def _iso(date) -> str:
    return date.isoformat() if date else ""


def _blank(value) -> Any:
    return "" if value is None else value


def event_row(ev) -> dict:
    """An :class:`~conflictmap.events.extract.Event` as a row of ``events.csv``."""
    return {
        "event_id": ev.event_id, "event_date": _iso(ev.event_date), "time_precision": ev.time_precision or "",
        "event_type": ev.event_type, "sub_event_type": ev.sub_event_type, "actor1": ev.actor1, "inter1": ev.inter1,
        "actor2": ev.actor2, "inter2": ev.inter2, "country": ev.country, "location": ev.location,
        "latitude": f"{ev.latitude:.5f}", "longitude": f"{ev.longitude:.5f}", "geo_precision": ev.geo_precision,
        "source": ev.source, "notes": ev.notes, "fatalities": ev.fatalities, "article_id": ev.article_id,
        "route_step": _blank(ev.route_step), "role": ev.role,
        "place_name": ev.place_name, "geonameid": ev.geonameid or "", "country_code": ev.country_code,
        "feature": ev.feature, "geo_source": ev.geo_source, "geo_note": ev.geo_note,
        "geo_source_url": ev.geo_source_url, "date_source": ev.date_source, "date_rule": ev.date_rule,
        "date_text": ev.date_text, "cue": ev.cue, "excerpts": "\n".join(ev.excerpts),
        "mentions": ";".join(f"{s}-{e}" for s, e in ev.mentions),
        "merged_id": ev.merged_id or ev.event_id, "sources": ev.sources,
        "reported_by": "\n".join(" | ".join(r) for r in ev.reported_by), "disagreements": ev.disagreements,
    }


def stop_row(stop) -> dict:
    """A :class:`~conflictmap.story.route.Stop` as a row of ``route.csv``."""
    return {
        "article_id": stop.article_id, "step": stop.step, "location": stop.location,
        "country_code": stop.country_code, "latitude": f"{stop.latitude:.5f}", "longitude": f"{stop.longitude:.5f}",
        "event_date": _iso(stop.event_date), "time_precision": stop.time_precision or "",
        "date_source": stop.date_source, "actor": stop.actor, "event_id": stop.event_id,
        "km_from_previous": "" if stop.km_from_previous is None else f"{stop.km_from_previous:.1f}",
        "days_from_previous": _blank(stop.days_from_previous), "order_rule": stop.order_rule,
    }


def campaign_row(stop) -> dict:
    """A :class:`~conflictmap.story.campaigns.CampaignStop` as a row of ``campaigns.csv``."""
    return {
        "campaign": stop.campaign, "actor": stop.actor, "country": stop.country, "country_code": stop.country_code,
        "step": stop.step, "location": stop.location, "latitude": f"{stop.latitude:.5f}",
        "longitude": f"{stop.longitude:.5f}", "event_date": _iso(stop.event_date),
        "time_precision": stop.time_precision or "", "event_id": stop.event_id, "articles": ";".join(stop.articles),
        "km_from_previous": "" if stop.km_from_previous is None else f"{stop.km_from_previous:.1f}",
        "days_from_previous": _blank(stop.days_from_previous), "order_rule": stop.order_rule,
    }


def unplaced_row(u) -> dict:
    """An :class:`~conflictmap.pipeline.Unplaced` name as a row of ``unplaced.csv``."""
    return {column: getattr(u, column) for column in UNPLACED_COLUMNS}


def article_row(article, file_name: str, places: int, events: int, unplaced: int) -> dict:
    """An :class:`~conflictmap.articles.read.Article` and its counts as a row of ``articles.csv``."""
    return {"article_id": article.id, "title": article.title, "published": _iso(article.published),
            "source": article.source, "url": article.url, "file": file_name, "places": places, "events": events,
            "unplaced": unplaced}


def cache_row(g) -> dict:
    """A :class:`~conflictmap.geoparser.geocoding.Geocoded` answer (or miss) as a row of ``geocode_cache.csv``."""
    return {"query": g.query, "country": g.country, "name": g.name,
            "lat": "" if g.lat is None else f"{g.lat:.5f}", "lon": "" if g.lon is None else f"{g.lon:.5f}",
            "source": g.source, "ident": g.ident, "country_code": g.country_code, "feature": g.feature,
            "retrieved_at": g.retrieved_at, "note": g.note}
