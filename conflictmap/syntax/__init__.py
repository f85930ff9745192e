"""Syntax: sentences parsed into Universal Dependencies trees by a small spaCy pipeline (tagger + parser) trained
here on the UD English Web Treebank (``training/parser/``; the weights ship in ``model/``, nothing is downloaded).

- :mod:`.tree` — :class:`~conflictmap.syntax.tree.Tree`, a parse as plain values (tokens with offsets, tags,
  relations, heads), and the questions the event layer asks of it: subject, object, passive agent, conjuncts,
  the words a noun or verb governs
- :mod:`.parse` — the model loaded once, sentences parsed (only those that can report a happening) and remembered

May import: :mod:`conflictmap.errors` only. The event layer reads the trees; spaCy's own types never leave here.
"""
