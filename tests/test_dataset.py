import json
import shutil

import pytest

from conflictmap.store.dataset import export_csv, export_geojson, load_dataset
from conflictmap.errors import DataFileError
from conflictmap.store.schema import ACLED_COLUMNS


def copy(seed_build, tmp_path):
    d = tmp_path / "d"
    shutil.copytree(seed_build[0], d)
    return d


def test_loads_the_seed(seed_build):
    ds = load_dataset(seed_build[0])
    assert len(ds.events) == len(seed_build[1].events)
    assert list(ds.route["location"]) == ["Idlib", "Aleppo", "Hama", "Homs", "Al-Qusayr", "Damascus"]
    assert ds.problems == []
    assert ds.events["latitude"].dtype.kind == "f"
    assert ds.events["fatalities"].dtype.kind == "i" and (ds.events["fatalities"] >= 0).all()


def test_missing_column_is_a_clear_error(seed_build, tmp_path):
    d = copy(seed_build, tmp_path)
    text = (d / "events.csv").read_text().replace("latitude", "lat_x", 1)
    (d / "events.csv").write_text(text)
    with pytest.raises(DataFileError, match="missing column.*latitude"):
        load_dataset(d)


def test_bad_numbers_are_left_out_and_reported(seed_build, tmp_path):
    d = copy(seed_build, tmp_path)
    lines = (d / "events.csv").read_text().splitlines(keepends=True)
    header = lines[0].rstrip("\n").split(",")
    i = header.index("latitude")
    import csv
    import io

    rows = list(csv.reader(io.StringIO("".join(lines))))
    rows[1][i] = "not-a-number"
    rows[2][i] = "123.0"  # off the globe
    rows[3].append("extra")  # one field too many
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    (d / "events.csv").write_text(buf.getvalue())
    ds = load_dataset(d)
    assert len(ds.events) == len(seed_build[1].events) - 3
    assert any("1 line(s) with the wrong number of fields" in p for p in ds.problems)
    assert any("2 row(s) with unusable latitude/longitude" in p for p in ds.problems)


def test_unreadable_fatalities_count_as_none_and_are_reported(seed_build, tmp_path):
    import csv
    import io

    d = copy(seed_build, tmp_path)
    rows = list(csv.reader(io.StringIO((d / "events.csv").read_text())))
    i = rows[0].index("fatalities")
    rows[1][i], rows[2][i], rows[3][i] = "many", "-2", "7"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    (d / "events.csv").write_text(buf.getvalue())
    ds = load_dataset(d)
    assert list(ds.events["fatalities"][:3]) == [0, 0, 7]
    assert any("2 unreadable fatality count(s) treated as 0" in p for p in ds.problems)


def test_extra_columns_are_ignored_and_empty_file_is_fine(seed_build, tmp_path):
    d = copy(seed_build, tmp_path)
    (d / "route.csv").write_text("")
    ds = load_dataset(d)
    assert len(ds.route) == 0


def test_no_data_folder(tmp_path):
    with pytest.raises(DataFileError, match="conflictmap build"):
        load_dataset(tmp_path / "none")


def test_exports(seed_build):
    ds = load_dataset(seed_build[0])
    header = export_csv(ds.events).splitlines()[0].split(",")
    assert header[:len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    gj = json.loads(export_geojson(ds.events))
    f = gj["features"][0]
    assert f["geometry"]["type"] == "Point" and f["properties"]["event_id"]
    assert len(gj["features"]) == len(ds.events)


def test_the_csv_export_neutralises_cells_a_spreadsheet_would_run(seed_build):
    import csv
    import io

    ds = load_dataset(seed_build[0])
    events = ds.events.head(3).copy()
    events["source"] = ['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", "@SUM(1+1)"]
    events["notes"] = ["-2+3", "\tTAB=1", "plain text"]
    events["longitude"] = [-12.5, 36.2, -0.1]  # (numbers, negative ones too, stay numbers)
    rows = list(csv.DictReader(io.StringIO(export_csv(events))))
    assert [r["source"] for r in rows] == ["'=HYPERLINK(\"http://evil.example\",\"click\")", "'+cmd|' /C calc'!A0",
                                           "'@SUM(1+1)"]
    assert [r["notes"] for r in rows] == ["'-2+3", "'\tTAB=1", "plain text"]
    assert [float(r["longitude"]) for r in rows] == [-12.5, 36.2, -0.1]


def test_the_acled_csv_has_events_only_and_the_places_mentioned_have_their_own(seed_build):
    import csv
    import io

    ds = load_dataset(seed_build[0])
    events = list(csv.DictReader(io.StringIO(export_csv(ds.events))))
    places = list(csv.DictReader(io.StringIO(export_csv(ds.events, context=True))))
    assert events and places and len(events) + len(places) == len(ds.events)
    assert all(r["event_type"] != "Context" for r in events) and all(r["event_type"] == "Context" for r in places)
