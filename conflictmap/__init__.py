"""conflictmap: turn news articles about armed conflict into a filterable map.

One subpackage per layer; imports flow one way, down this list (a test keeps it):

- :mod:`conflictmap.errors`, :mod:`conflictmap.settings` — one exception root; one frozen ``Settings`` value
- :mod:`conflictmap.articles` — read an article (front matter + text), split sentences
- :mod:`conflictmap.geoparser` — find place names and place them (gazetteer, recogniser, resolver, geocoding)
- :mod:`conflictmap.events` — what each sentence reports: dated, typed, sourced events (ACLED's vocabulary)
- :mod:`conflictmap.story` — the advance as a route; many articles' reports merged; campaigns
- :mod:`conflictmap.store` — the data folder: layout, files, the pipeline's inputs, the built data read back, queries
- :mod:`conflictmap.pipeline` — the stages composed for one data folder
- :mod:`conflictmap.build` — articles folder → data folder, on local processes or a Dask cluster
- :mod:`conflictmap.web` — articles fetched from the web
- :mod:`conflictmap.ui` — the map, popups, playback, details and URL state the dashboard (``app.py``) shows
- :mod:`conflictmap.cli` — the ``conflictmap`` command
"""

__version__ = "0.1.0"  # the one place the version is written (pyproject.toml reads it)
