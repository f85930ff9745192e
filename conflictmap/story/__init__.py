"""The story across events and articles: one article's advance as an ordered, dated route (:mod:`.route`), the
reports of one happening in many articles merged (:mod:`.merge`), each actor's campaign across them all
(:mod:`.campaigns`).

May import: :mod:`conflictmap.errors`, :mod:`conflictmap.articles`, :mod:`conflictmap.geoparser`,
:mod:`conflictmap.events`.
"""
