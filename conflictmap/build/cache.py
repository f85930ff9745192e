"""What a build remembers of the articles it has read, so that the next build reads only what changed.

Each article's result is kept in ``DATA/.build/`` under a digest of the article file's bytes and name and of
everything else its result depends on: the code that reads articles (:data:`READING_CODE`), the gazetteer index
(its version and data), the data folder's actors and corrections, and the geocoding settings. An article whose digest
is known is not parsed again — its result is the one a full build would make, byte for byte — and results no article
uses any more are removed after the build. ``conflictmap build --full`` ignores (and refreshes) them.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from conflictmap.geoparser import gazetteer as gz
from conflictmap.pipeline import ArticleResult
from conflictmap.settings import Settings
from conflictmap.store import codec, files, schema
from conflictmap.store.inputs import actors_path

BUILD_CACHE_DIR = ".build"
LAST_GOOD_FILE = "last_good.json"  # article file name → the key of its last result a build used
_PACKAGE = Path(__file__).resolve().parent.parent
# The code an article's result is made by: the pipeline and every stage it runs, the value types it returns, and
# the reading of the data folder's inputs. The dashboard, the store's other modules, the web fetcher, the CLI and
# the build itself (which only arranges the reading) are not in it: editing them re-reads no article.
READING_CODE = ("articles", "geoparser", "syntax", "events", "story", "pipeline.py", "store/inputs.py",
                "store/files.py", "store/codec.py", "settings.py", "errors.py", "__init__.py")


def reading_code() -> list[Path]:
    """The package's files in :data:`READING_CODE` (code, and the parser's weights), in a fixed order."""
    out = []
    for part in READING_CODE:
        path = _PACKAGE / part
        out.extend(sorted(f for f in path.rglob("*") if f.is_file() and "__pycache__" not in f.parts)
                   if path.is_dir() else [path])  # (the parser's weights too)
    return out


def fingerprint(data_dir: Path, settings: Settings) -> str:
    """A digest of what every article's result depends on besides the article itself."""
    digest = hashlib.sha256()
    for path in reading_code():
        digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    digest.update(gz.index_path(settings.cache_dir).name.encode())
    corrections = Path(data_dir) / schema.CORRECTIONS_FILE  # (a build writes the template when there is none)
    digest.update(actors_path(Path(data_dir)).read_bytes() + b"\0" +
                  (corrections.read_bytes() if corrections.exists() else schema.CORRECTIONS_TEMPLATE.encode()))
    nominatim = f"NOMINATIM={'on' if settings.nominatim else 'off'}\0NOMINATIM_URL={settings.nominatim_url}"
    digest.update(nominatim.encode())
    return digest.hexdigest()


class BuildCache:
    """Article results by digest, in ``data_dir/.build/`` (one JSON file each, :mod:`conflictmap.store.codec`,
    written atomically). Nothing in it runs code when read: a file that is not a result this package wrote (a
    crafted or a torn one, an older form) is ignored and the article read again."""

    def __init__(self, data_dir: Path, fingerprint: str, enabled: bool = True):
        self.folder = Path(data_dir) / BUILD_CACHE_DIR
        self.fingerprint = fingerprint
        self.enabled = enabled
        self.used: set[str] = set()
        self.hits = 0
        self.last_good = self._read_last_good()
        self.names: dict[str, str] = {}  # article file name → key used by this build

    def key(self, path: Path, content: bytes) -> str:
        return hashlib.sha256(self.fingerprint.encode() + b"\0" + path.name.encode() + b"\0" + content).hexdigest()

    def _read_last_good(self) -> dict[str, str]:
        try:
            data = json.loads((self.folder / LAST_GOOD_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)} \
            if isinstance(data, dict) else {}

    def stale(self, path: Path):
        """The result the last good build of ``path`` made (an article that cannot be read now), or None."""
        key = self.last_good.get(path.name)
        if key is None:
            return None
        enabled, self.enabled = self.enabled, True  # (even with --full: it is what the map showed)
        try:
            result = self.get(key)
        finally:
            self.enabled = enabled
        if result is not None:
            self.hits -= 1  # (not an unchanged article: a stale one)
            self.names[path.name] = key
        return result

    def used_for(self, path: Path, key: str) -> None:
        """This build's result of ``path`` is the one under ``key`` (its last good one from now on)."""
        self.names[path.name] = key

    def get(self, key: str):
        self.used.add(key)
        if not self.enabled:
            return None
        try:
            result = codec.loads((self.folder / f"{key}.json").read_bytes())
        except (OSError, codec.CodecError):
            return None  # absent or unreadable (an older code's objects): read the article again
        if not isinstance(result, ArticleResult):
            return None
        self.hits += 1
        return result

    def put(self, key: str, result, encoded: bytes | None = None) -> None:
        """Keep ``result`` (``encoded``: as :func:`codec.dumps` made it already, if it has been)."""
        self.used.add(key)
        blob = encoded if encoded is not None else codec.dumps(result)
        # (not fsynced: an entry lost to a power cut is only an article read again; a torn one is never seen)
        files.atomic_write_bytes(self.folder / f"{key}.json", blob, durable=False)

    def prune(self) -> None:
        """Remove the results no article of this build used, and note which result is each article's last good."""
        if not self.folder.is_dir():
            return
        files.atomic_write_bytes(self.folder / LAST_GOOD_FILE, json.dumps(self.names, indent=0, sort_keys=True)
                                 .encode("utf-8"), durable=False)
        for path in self.folder.iterdir():  # (and the pickles older versions kept, never read now)
            if path.suffix == ".pickle" or (path.suffix == ".json" and path.stem not in self.used
                                            and path.name != LAST_GOOD_FILE):
                path.unlink(missing_ok=True)
