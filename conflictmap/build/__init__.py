"""Build: a folder of articles → the data folder, atomically, reading only what changed.

- :mod:`.run` — :func:`~conflictmap.build.run.build`: which articles to read, the merge and campaigns, the summary (:mod:`.result`)
- :mod:`.cache` — what an earlier build read (keyed by the article, the reading code and its inputs)
- :mod:`.executors` — where articles are read: :mod:`.local` (a process pool) or :mod:`.dask` (a Dask cluster),
  behind one protocol
- :mod:`.output` — the data folder's files written; an article saved into the articles folder

May import every layer below it (articles, geoparser, events, story, pipeline, store); nothing imports it but the
CLI and the app.
"""
