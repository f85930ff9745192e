"""conflictmap: turn news articles about armed conflict into a filterable map.

The pipeline, one module per stage (the README's "How it works" table says the same, with the rest):

- :mod:`conflictmap.articles` — read an article (front matter + text), split sentences
- :mod:`conflictmap.geoparser` — find place names and place them (gazetteer, recogniser, resolver, geocoding)
- :mod:`conflictmap.event_words`, :mod:`conflictmap.clauses`, :mod:`conflictmap.participants`,
  :mod:`conflictmap.dates`, :mod:`conflictmap.fatalities` — what a sentence says: its happening words, clauses,
  participants, dates and tolls
- :mod:`conflictmap.readings` (with :mod:`conflictmap.roles`, :mod:`conflictmap.anchoring`) — what each clause
  reports; :mod:`conflictmap.assembly`, :mod:`conflictmap.sides` — one event per place, day and type, its actors
- :mod:`conflictmap.events` — dated, typed, sourced events from an article (ACLED's vocabulary)
- :mod:`conflictmap.route` — the advance as an ordered, dated route
- :mod:`conflictmap.pipeline` — the stages composed for one data folder
- :mod:`conflictmap.build` — articles folder → ``data/`` folder (its layout: :mod:`conflictmap.schema`)
- :mod:`conflictmap.mapview` — the Folium map; :mod:`conflictmap.cli` — the ``conflictmap`` command
"""

__version__ = "0.1.0"  # the one place the version is written (pyproject.toml reads it)
