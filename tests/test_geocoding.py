import signal
import subprocess
import sys
import textwrap
import time

import pytest
from geopy.extra.rate_limiter import RateLimiter
from geopy.location import Location

from conflictmap import storage
from conflictmap.build import build
from conflictmap.errors import DataFileError, SettingsError
from conflictmap.geocoding import CACHE_FIELDS, CachedStep, Chain, CorrectionsStep, GazetteerGeocoder, \
    GazetteerStep, GeocodeCache, Geocoded, NominatimStep, load_corrections, make_chain
from conftest import SEEDS
from fake_nominatim import FakeNominatim

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


def test_corrections_win_and_need_a_source(tmp_path, gaz):
    (tmp_path / "corrections.csv").write_text(
        "# comment\nplace,country,article,lat,lon,date,note,source_url\n"
        "Damascus,SY,,33.5,36.3,,old city centre,https://example.org/src\n", encoding="utf-8")
    chain = make_chain(tmp_path, {}, gazetteer=gaz)
    answer = chain("Damascus", "SY")
    assert answer.source == "correction" and answer.lat == 33.5 and answer.source_url == "https://example.org/src"
    (tmp_path / "corrections.csv").write_text("place,lat,lon,source_url\nDamascus,33.5,36.3,\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="source_url"):
        load_corrections(tmp_path)
    (tmp_path / "corrections.csv").write_text("place,lat,lon,source_url\nDamascus,north,36.3,x\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="numbers"):
        load_corrections(tmp_path)


def test_most_specific_correction_wins():
    from conflictmap.geocoding import Correction

    step = CorrectionsStep([Correction("Homs", lat=1, lon=1, source_url="u"),
                            Correction("Homs", country="SY", article="a1", lat=2, lon=2, source_url="u")])
    assert step("Homs", "SY", "a1").lat == 2
    assert step("Homs", "SY", "other").lat == 1


def test_cache_remembers_answers_and_misses(tmp_path, gaz):
    cache = GeocodeCache(tmp_path / "geocode_cache.csv")
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
    again = GeocodeCache(tmp_path / "geocode_cache.csv")
    assert again.get("aleppo", "SY").found and again.get("Nowhereville", "").source == "miss"
    lines = (tmp_path / "geocode_cache.csv").read_text().splitlines()
    assert lines[0] == ",".join(CACHE_FIELDS) and lines[1:] == sorted(lines[1:], key=lambda line: line.split(",")[:2])


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
        GeocodeCache(data / "geocode_cache.csv")


def test_two_writers_lose_nothing(tmp_path):
    path = tmp_path / "geocode_cache.csv"
    a, b = GeocodeCache(path), GeocodeCache(path)
    a.put(Geocoded("alpha", "", "Alpha", 1.0, 1.0, "nominatim"))
    b.put(Geocoded("beta", "", "Beta", 2.0, 2.0, "nominatim"))
    a.save()
    b.save()  # b read the file before a wrote: merge-on-write keeps a's entry
    final = GeocodeCache(path)
    assert final.get("alpha", "").found and final.get("beta", "").found


def test_concurrent_processes_lose_nothing(tmp_path):
    script = textwrap.dedent("""
        import sys
        from conflictmap.geocoding import GeocodeCache, Geocoded
        path, prefix = sys.argv[1], sys.argv[2]
        for i in range(15):
            c = GeocodeCache(path)
            c.put(Geocoded(f"{prefix}{i}", "", "x", 1.0, 2.0, "nominatim"))
            c.save()
    """)
    path = tmp_path / "geocode_cache.csv"
    procs = [subprocess.Popen([sys.executable, "-c", script, str(path), p]) for p in ("a", "b", "c")]
    assert [p.wait(60) for p in procs] == [0, 0, 0]
    cache = GeocodeCache(path)
    assert len(cache.entries) == 45


def test_kill_during_write_leaves_previous_file(tmp_path):
    path = tmp_path / "events.csv"
    storage.write_csv(path, ["a"], [{"a": "old"}])
    script = textwrap.dedent("""
        import sys, os
        from conflictmap import storage
        class Slow:
            def __iter__(self):
                for i in range(10**9):
                    if i == 1000:
                        print("writing", flush=True)
                    yield {"a": "new" * 50}
        storage.write_csv(sys.argv[1], ["a"], Slow())
    """)
    proc = subprocess.Popen([sys.executable, "-c", script, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    assert path.read_text() == "a\nold\n"


def test_nominatim_refuses_a_generic_user_agent():
    with pytest.raises(SettingsError, match="identif"):
        NominatimStep("http://127.0.0.1:9", "python-requests")
    with pytest.raises(SettingsError, match="USER_AGENT is empty"):
        make_chain("/nonexistent-data", {"CONFLICTMAP_NOMINATIM": "on"})


def test_nominatim_off_by_default_and_on_with_setting(tmp_path, gaz):
    assert make_chain(tmp_path, {}, gazetteer=gaz).nominatim is None
    chain = make_chain(tmp_path, {"CONFLICTMAP_NOMINATIM": "on", "CONFLICTMAP_USER_AGENT": AGENT,
                                  "CONFLICTMAP_NOMINATIM_URL": "http://127.0.0.1:9"}, gazetteer=gaz)
    assert isinstance(chain.nominatim, NominatimStep)
    with pytest.raises(SettingsError):
        make_chain(tmp_path, {"CONFLICTMAP_NOMINATIM": "maybe"})


def test_nominatim_against_a_local_server(gaz, tmp_path):
    with FakeNominatim() as server:
        step = NominatimStep(server.url, AGENT, timeout=0.5, max_retries=1)
        chain = Chain(CorrectionsStep([]), GeocodeCache(tmp_path / "c.csv"), GazetteerStep(GazetteerGeocoder(gaz)),
                      step)
        assert chain("Normalville", "SY").source == "nominatim"
        assert chain("Emptyville", "SY") is None  # empty answer: a miss, cached
        assert chain("Slowville", None) is None  # time-outs: retried, then given up (not cached)
        assert chain("Busyville", None).lat == 34.0  # 429 with Retry-After, then an answer
        assert chain("Brokenville", None) is None  # 500 twice
        assert chain("Garbageville", None) is None  # malformed JSON
        assert chain("Aleppo", "SY").source == "gazetteer"  # never asked of the server
        asked = server.queries()
        assert "aleppo" not in asked
        assert asked.count("normalville") == 1 and asked.count("busyville") == 2
        assert server.min_gap() >= 0.95  # never more than one request per second
        assert all(p["user_agent"] == AGENT for _, _, p in server.log)
        assert server.log[0][2].get("countrycodes") == "sy"
        before = len(server.log)
        assert chain("Normalville", "SY").lat == 35.5 and chain("Emptyville", "SY") is None
        assert len(server.log) == before  # answered by the cache
        chain.cache.save()
        cached = GeocodeCache(tmp_path / "c.csv")
        assert cached.get("Emptyville", "SY").source == "miss"
        assert cached.get("Slowville", "") is None and cached.get("Brokenville", "") is None


def test_build_with_nominatim_uses_the_server_only_for_unknown_names(tmp_path, gaz):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.md").write_text("---\npublished: 2024-01-10\n---\nFighting was reported in Normalville and "
                                   "in Brokenville on Monday, near Aleppo in Syria.\n", encoding="utf-8")
    data = tmp_path / "data"
    with FakeNominatim() as server:
        env = {"CONFLICTMAP_NOMINATIM": "on", "CONFLICTMAP_NOMINATIM_URL": server.url,
               "CONFLICTMAP_USER_AGENT": AGENT}
        result = build(articles, data, environ=env)
        assert sorted(set(server.queries())) == ["brokenville", "normalville"]
        placed = {e.location: e for e in result.events}
        assert placed["Normalville"].geo_source == "nominatim"
        assert [u.name for u in result.unplaced] == ["Brokenville"]
        first = len(server.log)
        build(articles, data, environ=env)
        assert set(server.queries()[first:]) == {"brokenville"}  # the answer and the miss came from the cache
    offline = build(articles, data, environ={})  # Nominatim off: cache still places Normalville, nothing asked
    assert {e.location for e in offline.events} >= {"Normalville", "Aleppo"}


def test_rate_limiter_spacing_backoff_and_retry_after_with_a_fake_clock():
    from geopy.exc import GeocoderRateLimited, GeocoderUnavailable

    from conflictmap.geocoding import PoliteRateLimiter

    now = [0.0]
    slept = []
    calls = []

    def sleep(s):
        slept.append(s)
        now[0] += s

    answers = iter([GeocoderUnavailable("down"), GeocoderRateLimited("slow down", retry_after=7), "ok", "ok2"])

    def func(q):
        calls.append(now[0])
        a = next(answers)
        if isinstance(a, Exception):
            raise a
        return a

    limited = PoliteRateLimiter(func, min_delay_seconds=1.0, max_retries=2, error_wait_seconds=1.0,
                                clock=lambda: now[0], sleep=sleep)
    assert limited("x") == "ok"
    assert slept[:2] == [1.0, 7.0]  # backoff 1 s after the 503, Retry-After 7 s after the 429
    assert limited("y") == "ok2"
    assert all(b - a >= 1.0 for a, b in zip(calls, calls[1:]))
