"""A build's outputs as one generation: readers take a consistent set — all of the last build's files or all of the
new one's, never a new ``events.csv`` beside an old ``route.csv`` — even when a build is killed half-way.

Publishing (under the data folder's lock) is a small redo log:

1. every output is written, and synced, into a staging folder ``.generation-<id>/``;
2. ``.publishing.json`` — the staging folder's name and the new manifest (each file's size and SHA-256) — is written
   atomically: the commit point;
3. each file is moved into place (``os.replace``), the manifest written to ``manifest.json``, the record removed.

A build killed before step 2 leaves the last generation in place (its staging folder is removed by the next build);
killed after it, the record names the whole new generation: readers read it from where each file is (staging or
moved), and the next build finishes moving it (:func:`complete`). Readers take the manifest and record before and
after reading and read again if a publication moved files meanwhile (:func:`read_consistent`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import secrets
import shutil
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

from conflictmap.store import files

MANIFEST_FILE = "manifest.json"
PUBLISHING_FILE = ".publishing.json"
STAGING_PREFIX = ".generation-"
READ_ATTEMPTS = 5
T = TypeVar("T")


def publish(data_dir: Path, outputs: dict[str, bytes]) -> str:
    """Publish ``outputs`` (file name → content) as the data folder's new generation; its id. The caller holds the
    folder's lock (:func:`conflictmap.store.files.locked`)."""
    data_dir = Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    generation = f"{dt.datetime.now(dt.timezone.utc):%Y%m%dT%H%M%S}-{secrets.token_hex(4)}"
    staging = data_dir / f"{STAGING_PREFIX}{generation}"
    staging.mkdir()
    mode = 0o666 & ~files.current_umask()
    for name, blob in outputs.items():
        with open(staging / name, "wb") as fh:
            fh.write(blob)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(staging / name, mode)
    _sync_dir(staging)
    manifest = {"generation": generation,
                "files": {name: {"bytes": len(blob), "sha256": hashlib.sha256(blob).hexdigest()}
                          for name, blob in outputs.items()}}
    files.atomic_write_text(data_dir / PUBLISHING_FILE, json.dumps({"staging": staging.name, "manifest": manifest}))
    complete(data_dir)
    return generation


def complete(data_dir: Path) -> None:
    """Finish the publication a build began and did not end (nothing to do when none was interrupted)."""
    data_dir = Path(data_dir)
    record = _record(data_dir)
    if record is None:
        return
    staging = data_dir / record["staging"]
    for name in record["manifest"]["files"]:
        with contextlib.suppress(FileNotFoundError):  # (moved already, before the interruption)
            os.replace(staging / name, data_dir / name)
    _sync_dir(data_dir)
    files.atomic_write_text(data_dir / MANIFEST_FILE, json.dumps(record["manifest"], indent=1) + "\n")
    os.unlink(data_dir / PUBLISHING_FILE)
    shutil.rmtree(staging, ignore_errors=True)


def clean(data_dir: Path) -> list[str]:
    """Finish an interrupted publication, then remove what interrupted builds left behind: staging folders and the
    temporary files of atomic writes (here and in the build cache). The caller holds the folder's lock. The names
    removed."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        return []
    complete(data_dir)
    removed = []
    if (data_dir / PUBLISHING_FILE).exists():  # (a record no build of ours wrote: nothing it names is moved)
        (data_dir / PUBLISHING_FILE).unlink()
        removed.append(PUBLISHING_FILE)
    for folder in (data_dir, data_dir / ".build"):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            left = (path.name.startswith(STAGING_PREFIX) or
                    (path.name.startswith(".") and path.name.endswith((".tmp", ".old"))))
            if left:
                shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
                removed.append(path.name)
    return removed


def current(data_dir: Path, names: Iterable[str]) -> dict[str, Path]:
    """Where each of ``names`` is read from so that they are one generation: during (or after an interrupted)
    publication, the new generation's files wherever they are now."""
    data_dir = Path(data_dir)
    record = _record(data_dir)
    if record is None:
        return {n: data_dir / n for n in names}
    staging = data_dir / record["staging"]
    published = record["manifest"]["files"]
    return {n: staging / n if n in published and (staging / n).exists() else data_dir / n for n in names}


def read_consistent(data_dir: Path, names: Iterable[str], read: Callable[[dict[str, Path]], T]) -> T:
    """``read`` of the files ``names`` of one generation: read again if a publication moved files meanwhile."""
    names = list(names)
    for attempt in range(READ_ATTEMPTS):
        before = _marker(data_dir)
        try:
            result = read(current(data_dir, names))
        except FileNotFoundError:
            if attempt == READ_ATTEMPTS - 1:
                raise
            continue  # (a file moved between finding it and opening it)
        if _marker(data_dir) == before:
            return result
    return result


def generation(data_dir: Path) -> str | None:
    """The id of the data folder's current generation (None: written by hand or by an older version)."""
    try:
        return json.loads((Path(data_dir) / MANIFEST_FILE).read_text(encoding="utf-8")).get("generation")
    except (OSError, ValueError, AttributeError):
        return None


def _marker(data_dir: Path) -> tuple:
    out = []
    for name in (MANIFEST_FILE, PUBLISHING_FILE):
        try:
            out.append((Path(data_dir) / name).read_bytes())
        except OSError:
            out.append(None)
    return tuple(out)


def _record(data_dir: Path) -> dict | None:
    try:
        record = json.loads((data_dir / PUBLISHING_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None  # (none; or torn, which an atomic write never leaves: as none)
    ok = isinstance(record, dict) and isinstance(record.get("staging"), str) and \
        record["staging"].startswith(STAGING_PREFIX) and "/" not in record["staging"] and \
        isinstance(record.get("manifest"), dict) and isinstance(record["manifest"].get("files"), dict) and \
        all(isinstance(n, str) and n and "/" not in n and "\\" not in n and not n.startswith(".")
            for n in record["manifest"]["files"])  # (plain names of this folder only)
    return record if ok else None


def _sync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
