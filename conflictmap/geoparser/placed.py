"""A place name of an article as the pipeline settled it: placed (a toponym with the coordinates the geocoding chain
settled on, and what placed it) or not placed (and why)."""

from __future__ import annotations

from dataclasses import dataclass

from conflictmap.geoparser import Toponym


@dataclass(frozen=True)
class Placed:
    """A toponym with the coordinates the geocoding chain settled on, and why."""

    toponym: Toponym
    lat: float
    lon: float
    source: str  # gazetteer | correction | cache | nominatim
    note: str = ""
    source_url: str = ""


@dataclass(frozen=True)
class Unplaced:
    """A name the text introduces as a place that nothing could place, and why."""

    article_id: str
    name: str
    start: int
    end: int
    reason: str
    excerpt: str
    retry: bool = False  # Nominatim did not answer: asked again at the next build (so the result is not final)
