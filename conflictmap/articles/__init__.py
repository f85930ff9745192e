"""Articles: a file or a paste → an :class:`~conflictmap.articles.read.Article` (front matter, text, sentences).

- :mod:`.read` — decoding, HTML to text, the :class:`~conflictmap.articles.read.Article` value, the articles of
  a folder
- :mod:`.front_matter` — the YAML front matter, read and written (the one writer)
- :mod:`.sentences` — sentences with their character offsets

May import: :mod:`conflictmap.errors` only. Everything else reads articles through it.
"""
