import json
import subprocess
import sys

import pytest

from conflictmap.cli import main
from conftest import ROOT


def run(*args, input=None):
    return subprocess.run([sys.executable, "-m", "conflictmap", *args], capture_output=True, text=True,
                          cwd=ROOT, input=input, timeout=120)


@pytest.mark.slow  # (a process of its own: the CLI as a user runs it)
def test_build_missing_folder_one_line_nonzero(tmp_path):
    r = run("build", str(tmp_path / "nope"), "--data-dir", str(tmp_path / "d"))
    assert r.returncode != 0
    assert r.stderr.strip().count("\n") == 0 and "no such folder" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "d").exists()


@pytest.mark.slow  # (a process of its own: the CLI as a user runs it)
def test_build_empty_and_non_utf8_files(tmp_path):
    for content, message in ((b"", "empty"), (b"Caf\xe9 in Paris \xe0 midi", "not UTF-8")):
        a = tmp_path / "articles"
        a.mkdir(exist_ok=True)
        (a / "x.txt").write_bytes(content)
        r = run("build", str(a), "--data-dir", str(tmp_path / "d"))
        assert r.returncode != 0 and message in r.stderr and "Traceback" not in r.stderr


@pytest.mark.slow  # (a process of its own: the CLI as a user runs it)
def test_build_prints_the_route(tmp_path):
    r = run("build", "seeds", "--data-dir", str(tmp_path / "d"), "-q")
    assert r.returncode == 0, r.stderr
    assert "Idlib → Aleppo → Hama → Homs → Al-Qusayr" in r.stdout
    rate = r.stdout.split(" articles/s")[0].rsplit(", ", 1)[-1]
    assert float(rate.replace(",", "")) > 0, r.stdout  # (one article read in a second or two is not "0 articles/s")


@pytest.mark.slow  # (a process of its own: the CLI as a user runs it)
def test_geoparse_contract(tmp_path):
    lines = [json.dumps({"id": "a", "text": "Shelling hit Homs, Syria.", "published": "2024-12-09", "x": 1}),
             "{not json", json.dumps({"id": "b"}), json.dumps({"id": "c", "text": ""})]
    r = run("geoparse", input="\n".join(lines) + "\n")
    assert r.returncode == 1
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert [d["id"] for d in out] == ["a", "c"]
    homs = out[0]["toponyms"][0]
    assert set(homs) == {"start", "end", "name", "lat", "lon", "geonameid", "country_code", "feature"}
    assert lines[0] and homs["name"] == "Homs" and homs["country_code"] == "SY" and homs["feature"] == "place"
    assert out[1]["toponyms"] == []
    assert "line 2" in r.stderr and "line 3" in r.stderr and "Traceback" not in r.stderr


@pytest.mark.slow  # (a process of its own: the CLI as a user runs it)
def test_geoparse_non_utf8_line(tmp_path):
    p = tmp_path / "in.jsonl"
    p.write_bytes(b'{"id": 1, "text": "caf\xe9"}\n{"id": 2, "text": "In Aleppo."}\n')
    r = run("geoparse", str(p))
    assert r.returncode == 1 and "line 1: not UTF-8" in r.stderr
    assert json.loads(r.stdout)["toponyms"][0]["name"] == "Aleppo"


def test_geocode_command(tmp_path, capsys):
    assert main(["geocode", "Damascus", "--country", "sy", "--json", "--data-dir", str(tmp_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["step"] == "gazetteer" and out["ident"] == "geonames:170654"
    assert main(["geocode", "Damascus", "--country", "sy", "--data-dir", str(tmp_path)]) == 0
    assert "from cache" in capsys.readouterr().out
    assert main(["geocode", "Qwertyuiopville", "--data-dir", str(tmp_path)]) == 1
    assert capsys.readouterr().err.strip() == "conflictmap: not found: Qwertyuiopville"


def test_export(seed_build, capsys):
    d, result = seed_build
    assert main(["export", "--format", "geojson", "--data-dir", str(d)]) == 0
    gj = json.loads(capsys.readouterr().out)
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == len(result.events)
    assert all(isinstance(f["properties"]["fatalities"], int) for f in gj["features"])
    assert main(["export", "--format", "csv", "--data-dir", str(d)]) == 0
    header = capsys.readouterr().out.splitlines()[0].split(",")
    assert header[:9] == ["event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1",
                          "inter1", "actor2", "inter2"]  # ACLED's order
    assert header[16] == "fatalities"


def test_settings_table(capsys):
    assert main(["settings"]) == 0
    assert "CONFLICTMAP_DATA_DIR" in capsys.readouterr().out


def test_a_bad_setting_is_one_line_and_exit_2_before_anything_is_written(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CONFLICTMAP_MERGE_DAYS", "-1")
    assert main(["build", "seeds", "--data-dir", str(tmp_path / "d")]) == 2
    err = capsys.readouterr().err
    assert err == "conflictmap: CONFLICTMAP_MERGE_DAYS must be at least 0, got -1\n"
    assert not (tmp_path / "d").exists()
    assert main(["settings"]) == 0  # (the settings table is printed whatever is set)


def test_geocode_without_a_data_folder_makes_none_and_says_so(tmp_path, monkeypatch, capsys, gaz):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CONFLICTMAP_DATA_DIR", raising=False)
    assert main(["geocode", "Aleppo"]) == 0
    out, err = capsys.readouterr()
    assert "Aleppo" in out and "no data folder" in err
    assert list(tmp_path.iterdir()) == []  # no ./data/, no lock, no cache


def test_progress_to_a_file_is_a_line_per_tenth_and_on_a_terminal_one_redrawn_bar():
    import io

    from conflictmap.cli import text_progress

    log = io.StringIO()
    show = text_progress(log)
    for n in range(1, 101):
        show(n, 100, f"article-{n}")
    lines = log.getvalue().splitlines()
    assert "\r" not in log.getvalue() and len(lines) == 11 and lines[-1] == "100/100 articles (100%)"

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    tty = Terminal()
    show = text_progress(tty)
    for n in range(1, 4):
        show(n, 3, "a")
    assert tty.getvalue().count("\r") == 3 and tty.getvalue().endswith("\n")


def test_geoparse_gives_the_places_the_map_gives(tmp_path, capsys, monkeypatch):
    """The story's country binds, containers and the names a text introduces as places (asked of the gazetteer's
    spelling variants), as in a build; and no data folder is made where there is none."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Jets struck Maarat al-Nu'man town in Idlib province, Syria. "
                                                  "Tirah valley was quiet."}) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["geoparse", str(src)]) == 0
    found = {t["name"]: t["country_code"] for t in json.loads(capsys.readouterr().out)["toponyms"]}
    assert found.get("Maarat al-Nu'man") == "SY" and found.get("Idlib") == "SY" and "Tirah" not in found
    assert not (tmp_path / "data").exists()
