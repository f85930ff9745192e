"""The opt-in Nominatim step, against a local fake server (127.0.0.1) and with a fake clock: never the network."""

import pytest

from conflictmap.build.run import build
from conflictmap.errors import GeocoderUnavailable, SettingsError
from conflictmap.geoparser.chain import Chain
from conflictmap.pipeline import make_chain
from conflictmap.geoparser.geocoding import CorrectionsStep, GazetteerGeocoder, GazetteerStep, GeocodeCache
from conflictmap.geoparser.nominatim import GIVE_UP_AFTER, NominatimStep, PoliteRateLimiter
from conflictmap.settings import Settings
from conflictmap.store.inputs import GeocodeCacheFile
from fake_nominatim import FakeNominatim

AGENT = "conflictmap-tests/1.0 (tests@example.org)"


def test_nominatim_refuses_a_generic_user_agent():
    with pytest.raises(SettingsError, match="identif"):
        NominatimStep("http://127.0.0.1:9", "python-requests")
    with pytest.raises(SettingsError, match="USER_AGENT is empty"):
        make_chain("/nonexistent-data", Settings.from_env({"CONFLICTMAP_NOMINATIM": "on"}), gazetteer=None)


def test_nominatim_off_by_default_and_on_with_setting(tmp_path, gaz):
    assert make_chain(tmp_path, Settings.from_env({}), gazetteer=gaz).nominatim is None
    chain = make_chain(tmp_path, Settings.from_env({"CONFLICTMAP_NOMINATIM": "on", "CONFLICTMAP_USER_AGENT": AGENT,
                                  "CONFLICTMAP_NOMINATIM_URL": "http://127.0.0.1:9"}), gazetteer=gaz)
    assert isinstance(chain.nominatim, NominatimStep)
    with pytest.raises(SettingsError):
        make_chain(tmp_path, Settings.from_env({"CONFLICTMAP_NOMINATIM": "maybe"}), gazetteer=gaz)


@pytest.mark.slow
def test_nominatim_against_a_local_server(gaz, tmp_path):
    with FakeNominatim() as server:
        step = NominatimStep(server.url, AGENT, timeout=0.5, max_retries=1)
        chain = Chain(CorrectionsStep([]), GeocodeCache(GeocodeCacheFile(tmp_path / "c.csv")),
                      GazetteerStep(GazetteerGeocoder(gaz)),
                      step)
        assert chain("Normalville", "SY").source == "nominatim"
        assert chain("Emptyville", "SY") is None  # empty answer: a miss, cached
        with pytest.raises(GeocoderUnavailable, match="Slowville"):
            chain("Slowville", None)  # time-outs: retried, then reported as an outage (not cached)
        assert chain("Busyville", None).lat == 34.0  # 429 with Retry-After, then an answer
        with pytest.raises(GeocoderUnavailable):
            chain("Brokenville", None)  # 500 twice
        with pytest.raises(GeocoderUnavailable):
            chain("Garbageville", None)  # malformed JSON
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
        cached = GeocodeCache(GeocodeCacheFile(tmp_path / "c.csv"))
        assert cached.get("Emptyville", "SY").source == "miss"
        assert cached.get("Slowville", "") is None and cached.get("Brokenville", "") is None


@pytest.mark.slow
def test_build_with_nominatim_uses_the_server_only_for_unknown_names(tmp_path, gaz):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.md").write_text("---\npublished: 2024-01-10\n---\nFighting was reported in Normalville and "
                                   "in Brokenville on Monday, near Aleppo in Syria.\n", encoding="utf-8")
    data = tmp_path / "data"
    with FakeNominatim() as server:
        env = {"CONFLICTMAP_NOMINATIM": "on", "CONFLICTMAP_NOMINATIM_URL": server.url,
               "CONFLICTMAP_USER_AGENT": AGENT}
        result = build(articles, data, settings=Settings.from_env(env))
        assert sorted(set(server.queries())) == ["brokenville", "normalville"]
        placed = {e.location: e for e in result.events}
        assert placed["Normalville"].geo_source == "nominatim"
        assert [u.name for u in result.unplaced] == ["Brokenville"]
        assert "did not answer" in result.unplaced[0].reason  # an outage, not "not found"
        first = len(server.log)
        build(articles, data, settings=Settings.from_env(env))
        assert set(server.queries()[first:]) == {"brokenville"}  # the answer and the miss came from the cache
    offline = build(articles, data, settings=Settings.from_env({}))  # Nominatim off: the cache still places
    # Normalville, nothing asked
    assert {e.location for e in offline.events} >= {"Normalville", "Aleppo"}


def test_rate_limiter_spacing_backoff_and_retry_after_with_a_fake_clock():
    from geopy.exc import GeocoderRateLimited, GeocoderUnavailable  # noqa: F811 (geopy's, not conflictmap's)

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


def test_an_outage_stops_the_asking_for_the_rest_of_the_run(gaz, tmp_path):
    with FakeNominatim() as server:
        step = NominatimStep(server.url, AGENT, min_delay=0.01, max_retries=0)
        chain = Chain(CorrectionsStep([]), GeocodeCache(GeocodeCacheFile(tmp_path / "c.csv")),
                      GazetteerStep(GazetteerGeocoder(gaz)),
                      step)
        for _ in range(GIVE_UP_AFTER):
            with pytest.raises(GeocoderUnavailable, match="did not answer"):
                chain("Brokenville", None)
        asked = len(server.log)
        with pytest.raises(GeocoderUnavailable, match="not answering"):
            chain("Normalville", "SY")  # not asked: the server is down for this run
        assert len(server.log) == asked and chain.cache.get("Normalville", "SY") is None


def test_a_server_that_does_not_answer_in_time_is_a_timeout_and_an_outage():
    import geopy.exc

    from conflictmap.errors import GeocoderTimedOut

    step = NominatimStep("http://127.0.0.1:9", AGENT, max_retries=0)

    def too_slow(*args, **kwargs):
        raise geopy.exc.GeocoderTimedOut("read timed out")

    step.limited = too_slow
    with pytest.raises(GeocoderTimedOut, match="did not answer for 'Normalville'") as caught:
        step("Normalville", None)
    assert isinstance(caught.value, TimeoutError) and isinstance(caught.value, GeocoderUnavailable)


def test_credentials_in_the_servers_address_never_reach_a_message_or_the_data(tmp_path, gaz):
    import geopy.exc

    from conflictmap.errors import SettingsError

    step = NominatimStep("https://user:s3cret-token@nominatim.example", AGENT, max_retries=0)

    def refused(*args, **kwargs):
        raise geopy.exc.GeocoderServiceError("Non-successful status code 503 from "
                                             "https://user:s3cret-token@nominatim.example/search?q=Homs")

    step.limited = refused
    with pytest.raises(GeocoderUnavailable) as caught:
        step("Homs", None)
    assert "s3cret" not in str(caught.value) and "https://***@nominatim.example" in str(caught.value)
    with pytest.raises(SettingsError) as bad:
        NominatimStep("user:s3cret@nominatim.example", AGENT)
    assert "s3cret" not in str(bad.value)
