"""Articles from the web: a page or feed fetched within limits (:mod:`.fetch`), a page's article extracted and
written into the articles folder (:mod:`.pages`), a feed's entries (:mod:`.feeds`).

May import: :mod:`conflictmap.errors`, :mod:`conflictmap.articles`, :mod:`conflictmap.store` (atomic writes).
"""
