"""conflictmap: turn news articles about armed conflict into a filterable map.

Pipeline stages, one module each:

- :mod:`conflictmap.articles`  — read an article (front matter + text), split sentences
- :mod:`conflictmap.gazetteer` — the offline GeoNames index (names → places)
- :mod:`conflictmap.toponyms`  — the geoparser: find place names in text and resolve them
- :mod:`conflictmap.geocoding` — geopy-shaped chain: corrections → cache → gazetteer → Nominatim
- :mod:`conflictmap.events`    — dated, typed, sourced events from sentences
- :mod:`conflictmap.route`     — the advance as an ordered, dated route
- :mod:`conflictmap.build`     — articles folder → ``data/`` folder
- :mod:`conflictmap.mapview`   — the Folium map
- :mod:`conflictmap.cli`       — the ``conflictmap`` command
"""

__version__ = "0.1.0"
