"""Files in the data folder: atomic writes (temp file + fsync + replace), a lock between builds, CSV reading that
names the file and line of any problem.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from conflictmap.errors import DataFileError
from conflictmap.store.schema import LOCK_FILE

try:  # POSIX; on other systems builds are not serialised (documented)
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never half of either."""
    atomic_write_bytes(path, text.encode("utf-8"))


def atomic_write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half of either.
    ``durable``: on disk before this returns (fsync); a cache whose entries can be made again skips it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.chmod(tmp, _mode_for(path))  # (mkstemp makes it -rw-------: another user could not read the data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if not durable:
        return
    with contextlib.suppress(OSError):  # make the rename itself durable
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def _mode_for(path: Path) -> int:
    """The permissions a plain write would give: the file's own if it exists, else 0o666 less the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except FileNotFoundError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    mask = os.umask(0o022)  # (the only way to read it is to set it: put straight back)
    os.umask(mask)
    return mask


def csv_text(fieldnames: Iterable[str], rows: Iterable[dict]) -> str:
    buf = io.StringIO()
    fieldnames = list(fieldnames)
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(fieldnames)
    writer.writerows([("" if (v := row.get(k)) is None else v) for k in fieldnames] for row in rows)
    return buf.getvalue()


def write_csv(path: Path, fieldnames: Iterable[str], rows: Iterable[dict]) -> None:
    atomic_write_text(path, csv_text(fieldnames, rows))


@dataclass
class Table:
    """A CSV file as read: its header, its rows with their line numbers, and the lines left out (lenient reads)."""

    header: list[str] = field(default_factory=list)
    rows: list[tuple[int, dict]] = field(default_factory=list)  # (line number, row)
    skipped: list[str] = field(default_factory=list)  # "line N: why"


def _numbered_lines(path: Path, comments: bool) -> list[tuple[int, str]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise DataFileError(f"{path}:{line}: not UTF-8 text; save it as UTF-8 (or restore it from git, or delete it "
                            "to rebuild it)") from None
    lines = text.splitlines(keepends=True)
    numbered = [(n, line) for n, line in enumerate(lines, 1) if not (comments and line.lstrip().startswith("#"))]
    return numbered if "".join(line for _, line in numbered).strip() else []


def read_table(path: Path, required: Iterable[str] = (), *, comments: bool = False, lenient: bool = False) -> Table:
    """A CSV file (``#`` lines skipped when ``comments``). Raises :class:`DataFileError` naming the file and line
    when it is broken; with ``lenient``, a row with the wrong number of fields is left out and listed instead."""
    path = Path(path)
    numbered = _numbered_lines(path, comments)
    if not numbered:
        return Table()
    reader = csv.reader([line for _, line in numbered], strict=True)

    def line_no() -> int:
        return numbered[min(reader.line_num - 1, len(numbered) - 1)][0]

    try:
        header = next(reader)
    except csv.Error as exc:
        raise DataFileError(f"{path}:{numbered[0][0]}: unreadable CSV header ({exc})") from None
    missing = [c for c in required if c not in header]
    if missing:
        raise DataFileError(f"{path}:{numbered[0][0]}: missing column(s) {', '.join(missing)}; "
                            f"expected at least {', '.join(required)}")
    table = Table(header)
    try:
        for record in reader:
            if not record or not any(cell.strip() for cell in record):
                continue
            if len(record) == len(header):
                table.rows.append((line_no(), dict(zip(header, record))))
            elif lenient:
                table.skipped.append(f"line {line_no()}: {len(record)} fields where the header has {len(header)}")
            else:
                raise DataFileError(f"{path}:{line_no()}: {len(record)} fields where the header has {len(header)}; "
                                    "fix the line or restore the file from git")
    except csv.Error as exc:
        raise DataFileError(f"{path}:{line_no()}: broken CSV ({exc}); fix the line or restore the file from git") \
            from None
    return table


def read_csv(path: Path, required: Iterable[str] = (), *, comments: bool = False) -> list[dict]:
    """Rows of a CSV file as dicts (see :func:`read_table`)."""
    return [row for _, row in read_table(path, required, comments=comments).rows]


_HELD = threading.local()  # the folders this thread holds the lock of (a build holds it, and so may its steps)


@contextlib.contextmanager
def locked(folder: Path, timeout: float = 60.0) -> Iterator[None]:
    """Hold the data folder's lock (``.conflictmap.lock``) so two builds do not interleave their writes. Re-entrant
    in one thread (a build holds it throughout; the steps that also take it go on). Another holder is waited for up
    to ``timeout`` seconds, then a :class:`DataFileError` says who holds it."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    key = str(folder.resolve())
    held = getattr(_HELD, "folders", None)
    if held is None:
        held = _HELD.folders = {}
    if fcntl is None or held.get(key):  # pragma: no branch
        held[key] = held.get(key, 0) + 1
        try:
            yield
        finally:
            held[key] -= 1
        return
    with open(folder / LOCK_FILE, "a+") as fh:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    fh.seek(0)
                    who = fh.read(200).strip() or "another process"
                    raise DataFileError(f"{folder}: a build is running ({who}); wait for it to finish and run "
                                        "again") from None
                time.sleep(0.05)
        fh.seek(0)
        fh.truncate()
        fh.write(f"pid {os.getpid()}, since {time.strftime('%H:%M:%S')}")
        fh.flush()
        held[key] = 1
        try:
            yield
        finally:
            held[key] = 0
            fh.seek(0)
            fh.truncate()
            fh.flush()
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
