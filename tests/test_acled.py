from conflictmap.store.acled import import_acled
from conflictmap.cli import main
from conflictmap.store.dataset import load_dataset

EXPORT = """event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,actor2,iso,\
region,country,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities,inter1,inter2
SYR1001,08 December 2024,2024,1,Political violence,Battles,Non-state actor overtakes territory,Hayat Tahrir \
al-Sham,Military Forces of Syria (2000-2024),760,Middle East,Syria,Damascus,Damascus,33.5102,36.2913,1,Reuters,\
"HTS took control of Damascus, <b>ending</b> Assad's rule.",0,2,1
SYR1002,2024-12-05,2024,1,Political violence,Battles,Armed clash,HTS,,760,Middle East,Syria,Hama,Hama,35.13,36.75,1,\
AFP,Clashes in Hama.,3,Rebel group,
SYR1003,someday,2024,1,Political violence,Battles,Armed clash,HTS,,760,Middle East,Syria,Hama,Hama,35.13,36.75,1,AFP,\
x,0,,
SYR1004,2024-12-05,2024,1,Political violence,Battles,Armed clash,HTS,,760,Middle East,Syria,Hama,Hama,north,36.75,1,\
AFP,x,0,,
"""


def test_import_keeps_acled_values_and_reports_bad_lines(seed_build, tmp_path):
    import shutil

    data = tmp_path / "d"
    shutil.copytree(seed_build[0], data)
    src = tmp_path / "export.csv"
    src.write_text(EXPORT, encoding="utf-8")
    result = import_acled(src, data)
    assert result.added == 2 and len(result.skipped) == 2
    assert "line 4" in result.skipped[0] and "not a date" in result.skipped[0]
    ds = load_dataset(data)
    acled = ds.events[ds.events["geo_source"] == "acled"]
    assert sorted(acled["event_id"]) == ["SYR1001", "SYR1002"]
    damascus = acled[acled["event_id"] == "SYR1001"].iloc[0]
    assert damascus["event_date"] == "2024-12-08" and damascus["source"] == "Reuters"
    assert damascus["latitude"] == 33.5102 and damascus["article_id"] == "acled:export"
    assert len(ds.events) == len(seed_build[1].events) + 2
    hama = acled[acled["event_id"] == "SYR1002"].iloc[0]
    assert hama["fatalities"] == 3 and damascus["fatalities"] == 0  # ACLED's toll kept
    assert (damascus["inter1"], damascus["inter2"]) == ("Rebel group", "State forces")  # old numeric codes named
    assert hama["inter1"] == "Rebel group"
    again = import_acled(src, data)
    assert again.added == 0 and again.replaced == 2  # same export twice: nothing doubled


def test_cli_import_exit_codes(tmp_path, capsys):
    src = tmp_path / "export.csv"
    src.write_text(EXPORT, encoding="utf-8")
    assert main(["import-acled", str(src), "--data-dir", str(tmp_path / "d")]) == 1
    assert "line 4" in capsys.readouterr().err
    (tmp_path / "notacled.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["import-acled", str(tmp_path / "notacled.csv"), "--data-dir", str(tmp_path / "d")]) == 2
    assert "not an ACLED export" in capsys.readouterr().err
