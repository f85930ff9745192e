"""The events as a Parquet dataset for millions of rows: ``data/events.parquet/``, partitioned by month.

It holds the same rows as ``events.csv`` (and ``acled_events.csv``, if imported), typed, with what the dashboard
asks of every query worked out once: ``date`` and ``month`` (``YYYY-MM``, or ``undated``: the partition), whether
the row stands for its happening (``stands``, :mod:`conflictmap.story.merge`), whether the happening is on an advance
(``route_step``) and its ``campaign``. ``conflictmap index`` rewrites it from the CSV files, so events made by
other tools or imports can be indexed too; ``conflictmap build`` calls it. ``_index.json`` records the rows and the
CSV files it was made from, so a reader can tell an index that is out of date (and not use it).

The folder is replaced whole: the new one is written beside it and renamed into place, so a reader sees the old
index or the new one (between the two renames, none, and falls back to the CSV files).
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from conflictmap.events.types import CONTEXT
from conflictmap.store.dataset import load_dataset, standing_rows
from conflictmap.store.files import current_umask
from conflictmap.store.schema import ACLED_FILE, CAMPAIGNS_FILE, EVENTS_FILE

INDEX_DIR = "events.parquet"
META_FILE = "_index.json"
FORMAT = 1  # bump when the columns change: an older index is then out of date


def source_stamp(data_dir: Path) -> list:
    """What the index is made from, as (name, size, modification time) of each CSV file that exists."""
    out = []
    for name in (EVENTS_FILE, ACLED_FILE, CAMPAIGNS_FILE):
        p = Path(data_dir) / name
        if p.exists():
            st = p.stat()
            out.append([name, st.st_size, st.st_mtime_ns])
    return out


def read_meta(data_dir: Path) -> dict | None:
    """The index's record, or None if there is no index."""
    try:
        return json.loads((Path(data_dir) / INDEX_DIR / META_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def is_fresh(data_dir: Path, meta: dict | None = None) -> bool:
    meta = read_meta(data_dir) if meta is None else meta
    return bool(meta) and meta.get("format") == FORMAT and meta.get("source") == source_stamp(data_dir)


def index_frame(data_dir: Path) -> pd.DataFrame:
    """Every row of the events files, typed, with the columns every query reads worked out."""
    ds = load_dataset(data_dir)
    reports = ds.reports
    stands = standing_rows(reports)[1]
    out = reports.assign(stands=stands, campaign="")
    out.loc[stands, "route_step"] = ds.events["route_step"].to_numpy()  # (same rows, same order)
    out.loc[stands, "campaign"] = ds.events["campaign"].to_numpy()
    dates = pd.to_datetime(out["date"])
    out["date"] = dates.dt.date.where(dates.notna(), None)
    out["month"] = dates.dt.strftime("%Y-%m").fillna("undated")
    return out


def write_index(data_dir: Path) -> dict:
    """Rewrite ``data_dir/events.parquet/`` from the events files; returns its record (rows, happenings)."""
    import pyarrow as pa
    import pyarrow.dataset as pds

    data_dir = Path(data_dir)
    stamp = source_stamp(data_dir)  # (before reading: a file changed while indexing makes the index stale)
    frame = index_frame(data_dir).sort_values(["month", "date", "event_id"], na_position="last", kind="stable")
    table = pa.Table.from_pandas(frame.reset_index(drop=True), preserve_index=False)
    tmp = Path(tempfile.mkdtemp(dir=data_dir, prefix=f".{INDEX_DIR}.", suffix=".tmp"))
    try:
        pds.write_dataset(table, tmp, format="parquet", partitioning=["month"], partitioning_flavor="hive",
                          existing_data_behavior="overwrite_or_ignore", basename_template="part-{i}.parquet",
                          max_rows_per_group=256_000)
        happenings = int((frame["stands"] & (frame["event_type"] != CONTEXT)).sum())  # (places mentioned: none)
        meta = {"format": FORMAT, "rows": len(frame), "happenings": happenings, "source": stamp}
        (tmp / META_FILE).write_text(json.dumps(meta), encoding="utf-8")
        os.chmod(tmp, 0o777 & ~current_umask())  # (mkdtemp makes it private)
        _swap(tmp, data_dir / INDEX_DIR)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return meta


def _swap(new: Path, target: Path) -> None:
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".old"))
        os.replace(target, old / "index")
    os.replace(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


