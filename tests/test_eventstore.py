"""The Parquet index: the same rows as the events files, partitioned by month, replaced whole, known when stale."""

import csv
import os
import shutil

import duckdb

from conflictmap import cli
from conflictmap.store.index import INDEX_DIR, is_fresh, read_meta, write_index
from conflictmap.store.schema import EVENT_REQUIRED


def rows_of(folder):
    glob = str(folder / INDEX_DIR / "**" / "*.parquet")
    return duckdb.sql(f"SELECT * FROM read_parquet('{glob}', hive_partitioning = true)").df()


def test_the_build_writes_the_same_rows_as_events_csv_partitioned_by_month(seed_build):
    folder = seed_build[0]
    with open(folder / "events.csv", encoding="utf-8") as fh:
        csv_rows = list(csv.DictReader(fh))
    indexed = rows_of(folder)
    assert sorted(indexed["event_id"]) == sorted(r["event_id"] for r in csv_rows)
    months = {p.name for p in (folder / INDEX_DIR).iterdir() if p.is_dir()}
    expected = {f"month={r['event_date'][:7]}" if r["event_date"] else "month=undated" for r in csv_rows}
    assert months == expected
    by_id = indexed.set_index("event_id")
    for r in csv_rows:
        assert by_id.loc[r["event_id"], "location"] == r["location"]
        assert abs(by_id.loc[r["event_id"], "latitude"] - float(r["latitude"])) < 1e-9
    assert is_fresh(folder)


def test_a_changed_events_file_makes_the_index_stale_and_index_refreshes_it(tmp_path, seed_build, capsys):
    folder = tmp_path / "d"
    shutil.copytree(seed_build[0], folder)
    write_index(folder)
    assert is_fresh(folder)
    with open(folder / "events.csv", "a", encoding="utf-8") as fh:
        fh.write("")  # (same bytes, new time: still counts as a change)
    os.utime(folder / "events.csv", ns=(1, 1))
    assert not is_fresh(folder)
    assert cli.main(["index", "--data-dir", str(folder)]) == 0
    assert "indexed" in capsys.readouterr().out
    assert is_fresh(folder)
    assert not [p for p in folder.iterdir() if p.name.startswith(f".{INDEX_DIR}")]  # no temporary folders left


def test_events_from_another_tool_can_be_indexed(tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    with open(folder / "events.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(EVENT_REQUIRED)
        w.writerow(["X1", "2023-05-02", "Battles", "Armed clash", "Bakhmut", "48.59", "38.0", "shelling"])
        w.writerow(["X2", "", "Battles", "Armed clash", "Avdiivka", "48.14", "37.74", "fighting"])
    assert cli.main(["index", "--data-dir", str(folder)]) == 0
    indexed = rows_of(folder).sort_values("event_id")
    assert list(indexed["event_id"]) == ["X1", "X2"] and list(indexed["month"]) == ["2023-05", "undated"]
    assert list(indexed["stands"]) == [True, True]  # (no merge columns: each row is its own happening)
    assert read_meta(folder)["happenings"] == 2


def test_index_of_a_missing_folder_is_one_line_and_exit_2(tmp_path, capsys):
    assert cli.main(["index", "--data-dir", str(tmp_path / "nope")]) == 2
    assert capsys.readouterr().err.strip().endswith("no such data folder; run `conflictmap build` or set "
                                                    "CONFLICTMAP_DATA_DIR")
    assert not (tmp_path / "nope").exists()
