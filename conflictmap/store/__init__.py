"""The data folder: its layout and columns (:mod:`.schema`), safe file writes and the folder's lock
(:mod:`.files`), the pipeline's inputs read from it (:mod:`.inputs`: actors, corrections, geocode cache), the built
data read back for the dashboard (:mod:`.dataset`), its Parquet index (:mod:`.index`), the filters
(:mod:`.filters`) and what the dashboard asks of the events (:mod:`.query`, pandas or DuckDB), ACLED exports
imported beside it (:mod:`.acled`).

May import: :mod:`conflictmap.errors`, :mod:`conflictmap.settings`, and the value types of the geoparser and the
events it reads and writes — never the UI, the web or the build.
"""
