"""Finding and placing names: the gazetteer, the recogniser, the resolver, and the geocoding chain.

- :mod:`.vocabulary` — the words the rules read (region words, calendar words, titles...), one copy each
- :mod:`.names` — name keys: how a name is written down for lookup
- :mod:`.index` — building the gazetteer's name index from GeoNames and the package's cited data files
- :mod:`.gazetteer` — the index loaded: lookups, places
- :mod:`.words`, :mod:`.recogniser` — which words of a text name places
- :mod:`.resolver` — which place each name means
- :mod:`.parser` — :class:`Geoparser`, the facade over both, and :func:`geoparse`
- :mod:`.corrections`, :mod:`.geocoding`, :mod:`.nominatim`, :mod:`.chain` — a name alone → coordinates
  (corrections → cache → gazetteer → Nominatim)
- :mod:`.districts` — places the story's country and the text's regions decide; :mod:`.placed` — names with their
  final coordinates, and names not placed

May import: :mod:`conflictmap.errors`, :mod:`conflictmap.settings` and :mod:`conflictmap.articles` (text spans)
only. The data folder's files (corrections, the geocode cache) are read elsewhere and handed in
(:mod:`conflictmap.store.inputs`), so the geoparser can be used without the product around it.
"""

from conflictmap.geoparser.gazetteer import Gazetteer, Place
from conflictmap.geoparser.parser import Geoparser, Toponym, focus_country, geoparse
from conflictmap.geoparser.resolver import Weights

__all__ = ["Gazetteer", "Geoparser", "Place", "Toponym", "Weights", "focus_country", "geoparse"]
