"""The event layer: an article's placed names → dated, typed events in ACLED's vocabulary, each with its actors,
toll, place and the sentence it came from.

- :mod:`.words`, :mod:`.types` — the words reporting uses for each kind of happening; ACLED's types and categories
- :mod:`.actors` — named actors and their aliases, found in text; the article's main actor
- :mod:`.clauses`, :mod:`.participants`, :mod:`.dates`, :mod:`.fatalities` — what a sentence says: clauses, who
  takes part, when, how many were killed
- :mod:`.facts`, :mod:`.readings`, :mod:`.roles`, :mod:`.anchoring`, :mod:`.timing`, :mod:`.places` — what each
  clause reports, who did it to whom, where and when
- :mod:`.assembly`, :mod:`.summaries`, :mod:`.sides` — readings → one event per place, day and type (a region's
  summary of towns' events goes); actor1/actor2 as ACLED names them
- :mod:`.extract` — :func:`~conflictmap.events.extract.extract_events`, the layer's one entry point, and the
  :class:`~conflictmap.events.extract.Event` value

May import: :mod:`conflictmap.errors`, :mod:`conflictmap.articles`, :mod:`conflictmap.geoparser` — never the store,
the build, the web or the UI (a test keeps it).
"""
