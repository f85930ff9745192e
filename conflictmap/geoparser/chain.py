"""Geocoding: a place name alone → coordinates, as a chain of small steps (composed with a data folder's files and
the settings by :func:`conflictmap.pipeline.make_chain`):

    corrections (data/corrections.csv, hand-edited, always wins)
    → cache (data/geocode_cache.csv: every answer and every miss, with a time stamp)
    → offline gazetteer (:class:`~.geocoding.GazetteerGeocoder`, a geopy ``Geocoder``)
    → Nominatim through geopy, only when ``CONFLICTMAP_NOMINATIM=on`` (:mod:`.nominatim`)
"""

from __future__ import annotations

from conflictmap.geoparser.geocoding import CachedStep, CorrectionsStep, GazetteerStep, GeocodeCache, Geocoded, Step


class Chain:
    """corrections → cache → gazetteer → Nominatim (opt-in). ``chain(name, country)`` → answer or None (not
    found anywhere); raises :class:`~conflictmap.errors.GeocoderUnavailable` when Nominatim was needed and did
    not answer (an outage is not "not found")."""

    def __init__(self, corrections: CorrectionsStep, cache: GeocodeCache, gazetteer: GazetteerStep,
                 nominatim: Step | None = None):
        self.corrections = corrections
        self.cache = cache
        self.gazetteer = gazetteer
        self.nominatim = nominatim
        self._cached = CachedStep(cache, self._lookup)

    def _lookup(self, name: str, country: str | None) -> Geocoded | None:
        answer = self.gazetteer(name, country)
        if answer is not None or self.nominatim is None:
            return answer
        return self.nominatim(name, country)

    def __call__(self, name: str, country: str | None = None, article: str | None = None) -> Geocoded | None:
        return self.corrections(name, country, article) or self._cached(name, country)

    def explain(self, name: str, country: str | None = None) -> tuple[Geocoded | None, str]:
        """The answer and which step gave it: correction, cache, gazetteer, nominatim or none."""
        corrected = self.corrections(name, country)
        if corrected is not None:
            return corrected, "correction"
        hit = self.cache.get(name, country)
        if hit is not None:
            return (hit if hit.found else None), "cache"
        answer = self(name, country)
        return answer, (answer.source if answer else "none")
