import subprocess
import sys
import textwrap

import pytest
from geopy.extra.rate_limiter import RateLimiter
from geopy.location import Location

from conflictmap.build.run import build
from conflictmap.errors import DataFileError, GeocoderUnavailable
from conflictmap.geoparser.corrections import Correction
from conflictmap.store.inputs import load_corrections
from conflictmap.pipeline import make_chain
from conflictmap.geoparser.geocoding import (
    CachedStep, CorrectionsStep, GazetteerGeocoder, GazetteerStep, GeocodeCache, Geocoded, NoNetwork,
)
from conflictmap.store.schema import CACHE_COLUMNS
from conflictmap.settings import Settings
from conflictmap.store.inputs import GeocodeCacheFile
from conftest import SEEDS

AGENT = "conflictmap-tests/1.0 (tests@example.org)"


def test_gazetteer_geocoder_is_a_geopy_geocoder(gaz):
    g = GazetteerGeocoder(gaz)
    loc = g.geocode("Damascus")
    assert isinstance(loc, Location)
    assert loc.raw["geonameid"] == 170654 and loc.raw["country_code"] == "SY" and loc.raw["feature"] == "place"
    assert loc.raw["population"] > 1_000_000
    assert g.geocode("Damascus", country_codes="us").raw["country_code"] == "US"
    assert len(g.geocode("Damascus", exactly_one=False)) > 1
    assert g.geocode("Qwertyuiopville") is None
    limited = RateLimiter(g.geocode, min_delay_seconds=0)
    assert limited("Aleppo").raw["country_code"] == "SY"


def test_the_offline_geocoder_has_no_network_transport(gaz):
    """It loads no certificates when made (a pipeline is made per pasted article) and cannot open a connection."""
    g = GazetteerGeocoder(gaz)
    assert isinstance(g.adapter, NoNetwork)
    with pytest.raises(GeocoderUnavailable, match="offline gazetteer was asked to fetch http://127.0.0.1:9/x"):
        g._call_geocoder("http://127.0.0.1:9/x", lambda page: page)


def test_a_spelling_variant_is_read_in_the_storys_country_or_next_door_never_farther(gaz):
    g = GazetteerGeocoder(gaz)
    assert g.geocode("Deir al-Balah") is None  # (no country to read it in)
    assert g.geocode("Deir al-Balah", country_codes="PS").raw["name"] == "Dayr al Balaḩ"
    assert g.geocode("Deir al-Balah", country_codes="IL").raw["country_code"] == "PS"  # (next door to Israel)
    assert g.geocode("Deir al-Balah", country_codes="SO") is None


def test_with_no_country_to_keep_to_only_an_area_the_name_can_only_mean_is_found(gaz):
    g = GazetteerGeocoder(gaz)
    bajaur = g.geocode("Bajaur")  # (the one district of the world so named)
    assert (bajaur.raw["country_code"], bajaur.raw["feature"]) == ("PK", "district")
    assert g.geocode("Qunaitra").raw["name"] == "Quneitra"  # (the one region so spelt)
    assert g.geocode("Deir al-Balah") is None  # (a town by its spelling alone: a guess)


def test_corrections_win_and_need_a_source(tmp_path, gaz):
    (tmp_path / "corrections.csv").write_text(
        "# comment\nplace,country,article,lat,lon,date,note,source_url\n"
        "Damascus,SY,,33.5,36.3,,old city centre,https://example.org/src\n", encoding="utf-8")
    chain = make_chain(tmp_path, Settings(), gazetteer=gaz)
    answer = chain("Damascus", "SY")
    assert answer.source == "correction" and answer.lat == 33.5 and answer.source_url == "https://example.org/src"
    (tmp_path / "corrections.csv").write_text("place,lat,lon,source_url\nDamascus,33.5,36.3,\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="source_url"):
        load_corrections(tmp_path)
    (tmp_path / "corrections.csv").write_text("place,lat,lon,source_url\nDamascus,north,36.3,x\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="numbers"):
        load_corrections(tmp_path)


def test_most_specific_correction_wins():
    step = CorrectionsStep([Correction("Homs", lat=1, lon=1, source_url="u"),
                            Correction("Homs", country="SY", article="a1", lat=2, lon=2, source_url="u")])
    assert step("Homs", "SY", "a1").lat == 2
    assert step("Homs", "SY", "other").lat == 1


def test_cache_remembers_answers_and_misses(tmp_path, gaz):
    cache = GeocodeCache(GeocodeCacheFile(tmp_path / "geocode_cache.csv"))
    calls = []

    def inner(name, country):
        calls.append(name)
        return GazetteerStep(GazetteerGeocoder(gaz))(name, country)

    step = CachedStep(cache, inner)
    assert step("Aleppo", "SY").lat > 30
    assert step("Nowhereville", None) is None
    assert step("Aleppo", "SY") is not None and step("Nowhereville", None) is None
    assert calls == ["Aleppo", "Nowhereville"]
    assert cache.save()
    again = GeocodeCache(GeocodeCacheFile(tmp_path / "geocode_cache.csv"))
    assert again.get("aleppo", "SY").found and again.get("Nowhereville", "").source == "miss"
    lines = (tmp_path / "geocode_cache.csv").read_text().splitlines()
    assert lines[0] == ",".join(CACHE_COLUMNS) and lines[1:] == sorted(lines[1:], key=lambda line: line.split(",")[:2])


def test_corrupt_cache_names_file_and_line_and_is_not_overwritten(tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    bad = "query,country,name,lat,lon,source,ident,country_code,feature,retrieved_at\n" \
          "aleppo,SY,Aleppo,36.2,37.1,gazetteer,,SY,place,\nhoms,SY,Homs,north,36.7,gazetteer,,SY,place,\n"
    (data / "geocode_cache.csv").write_text(bad, encoding="utf-8")
    with pytest.raises(DataFileError) as exc:
        build(SEEDS, data)
    assert "geocode_cache.csv:3" in str(exc.value)
    assert (data / "geocode_cache.csv").read_text(encoding="utf-8") == bad
    assert not (data / "events.csv").exists()
    (data / "geocode_cache.csv").write_text(bad[:bad.index("\n") + 20], encoding="utf-8")  # cut mid-line
    with pytest.raises(DataFileError, match="geocode_cache.csv:2"):
        GeocodeCache(GeocodeCacheFile(data / "geocode_cache.csv"))


def test_two_writers_lose_nothing(tmp_path):
    path = tmp_path / "geocode_cache.csv"
    a, b = GeocodeCache(GeocodeCacheFile(path)), GeocodeCache(GeocodeCacheFile(path))
    a.put(Geocoded("alpha", "", "Alpha", 1.0, 1.0, "nominatim"))
    b.put(Geocoded("beta", "", "Beta", 2.0, 2.0, "nominatim"))
    a.save()
    b.save()  # b read the file before a wrote: merge-on-write keeps a's entry
    final = GeocodeCache(GeocodeCacheFile(path))
    assert final.get("alpha", "").found and final.get("beta", "").found


@pytest.mark.slow
def test_concurrent_processes_lose_nothing(tmp_path):
    script = textwrap.dedent("""
        import sys
        from conflictmap.geoparser.geocoding import GeocodeCache, Geocoded
        from conflictmap.store.inputs import GeocodeCacheFile
        path, prefix = sys.argv[1], sys.argv[2]
        for i in range(15):
            c = GeocodeCache(GeocodeCacheFile(path))
            c.put(Geocoded(f"{prefix}{i}", "", "x", 1.0, 2.0, "nominatim"))
            c.save()
    """)
    path = tmp_path / "geocode_cache.csv"
    procs = [subprocess.Popen([sys.executable, "-c", script, str(path), p]) for p in ("a", "b", "c")]
    assert [p.wait(60) for p in procs] == [0, 0, 0]
    cache = GeocodeCache(GeocodeCacheFile(path))
    assert len(cache.entries) == 45


def test_cache_keeps_notes_and_reads_a_cache_written_before_notes(tmp_path):
    path = tmp_path / "geocode_cache.csv"
    path.write_text("query,country,name,lat,lon,source,ident,country_code,feature,retrieved_at\n"
                    "Kafr Nabl,SY,Kafr Nabl,35.6,36.5,nominatim,osm:node/1,SY,place,2024-01-01T00:00:00+00:00\n",
                    encoding="utf-8")
    cache = GeocodeCache(GeocodeCacheFile(path))
    assert cache.get("Kafr Nabl", "SY").lat == 35.6 and cache.get("Kafr Nabl", "SY").note == ""
    cache.put(Geocoded(query="Deir el-Zowr", country="SY", name="Deir ez-Zor", lat=35.33, lon=40.14,
                       source="gazetteer", note="a spelling variant"))
    cache.save()
    assert GeocodeCache(GeocodeCacheFile(path)).get("Deir el-Zowr", "SY").note == "a spelling variant"
