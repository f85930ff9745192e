import json
import pickle

import pytest

from conflictmap.geoparser import gazetteer as gz
from conflictmap.geoparser import index, sources
from conflictmap.geoparser.index import IndexData


def test_lookup_prefers_the_country_then_population(gaz):
    places = gaz.lookup("Damascus")
    assert places[0].country_code == "SY" and places[0].geonameid == 170654
    assert any(p.country_code == "US" for p in places)  # Damascus, Oregon is a candidate, just not first
    assert gaz.lookup("US")[0].feature == "country"
    assert gaz.lookup("Lebanese")[0].name == "Lebanon"


def test_alternate_and_article_stripped_names(gaz):
    assert gaz.lookup("Hama")[0].geonameid == 170017
    assert gaz.lookup("Qusayr")[0].country_code == "SY"
    assert gaz.lookup("Al-Qusayr")[0].country_code == "SY"


def test_airport_codes_are_not_names(gaz):
    assert not any(p.geonameid == 170654 for p in gaz.lookup("DAM"))


def test_country_points_lie_inside_the_country(gaz):
    syria = gaz.country("SY")
    assert 32 < syria.lat < 37.5 and 35.5 < syria.lon < 42.5
    us = gaz.country("US")
    assert 25 < us.lat < 49 and -125 < us.lon < -67


def test_us_state_abbreviations(gaz):
    i = gaz.abbreviations["w va"]
    assert gaz.place(i).name == "West Virginia" and gaz.place(i).feature == "region"


SMALL = IndexData(ids=[], names=(), lat=[], lon=[], country_code=(), admin1=(), population=[], feature=b"",
                  index={}, demonyms={}, country_index={}, abbreviations={}, capitals=frozenset(), max_words=1,
                  common_words={}, districts={}, variants={})


@pytest.fixture
def nothing_shipped(tmp_path, monkeypatch):
    """As if the package shipped no index (each load builds, through a patched ``build_index``)."""
    monkeypatch.setattr(gz, "SHIPPED_KEY", tmp_path / "no.key")


def test_index_is_cached_and_rebuilt_when_unreadable(tmp_path, monkeypatch, nothing_shipped):
    calls = []
    monkeypatch.setattr(gz, "build_index", lambda *_: calls.append(1) or SMALL)
    path = gz.index_path(tmp_path)
    path.write_bytes(b"not a pickle")
    g = gz.load(tmp_path)
    assert calls == [1] and len(g) == 0
    assert pickle.loads(path.read_bytes()).max_words == 1  # the rebuilt index replaced the broken file
    gz.load(tmp_path)
    assert calls == [1]  # second load reads the cache
    path.write_bytes(pickle.dumps({"an index of an older format": 1}))
    gz.load(tmp_path)
    assert calls == [1, 1]  # a pickle that is no IndexData is rebuilt too


def test_the_shipped_index_is_the_one_this_packages_data_builds(tmp_path):
    # fails when INDEX_VERSION, a data file or a pinned source package changed without make_gazetteer_index.py
    assert gz.SHIPPED_KEY.read_text(encoding="utf-8").strip() == gz.index_path(tmp_path).stem
    assert gz.SHIPPED.stat().st_size > 1_000_000


def test_a_fresh_cache_takes_the_shipped_index_unless_it_is_another_ones(tmp_path, monkeypatch):
    import lzma

    cache = tmp_path / "cache"
    cache.mkdir()
    monkeypatch.setattr(gz, "SHIPPED", tmp_path / "index.pickle.xz")
    monkeypatch.setattr(gz, "SHIPPED_KEY", tmp_path / "index.key")
    gz.SHIPPED.write_bytes(lzma.compress(pickle.dumps(SMALL)))
    gz.SHIPPED_KEY.write_text(gz.index_path(cache).stem + "\n")
    calls = []
    monkeypatch.setattr(gz, "build_index", lambda *_: calls.append(1) or SMALL)
    assert len(gz.load(cache)) == 0 and calls == [] and gz.index_path(cache).exists()  # taken, and cached
    gz.index_path(cache).unlink()
    gz.SHIPPED_KEY.write_text("gazetteer-v1-gnc0-wf0-dold\n")  # another version's: built instead
    gz.load(cache)
    assert calls == [1]
    gz.index_path(cache).unlink()
    gz.SHIPPED_KEY.write_text(gz.index_path(cache).stem + "\n")
    gz.SHIPPED.write_bytes(b"damaged")
    gz.load(cache)
    assert calls == [1, 1]


def test_common_english_words_are_known_with_their_frequency(gaz):
    assert gaz.zipf("the") > 7
    assert 5 <= gaz.zipf("police") < 6
    assert gaz.zipf("qusayr") == 0.0  # rarer than COMMON_ZIPF: not kept
    assert all(z >= gz.COMMON_ZIPF for z in gaz.data.common_words.values())


@pytest.mark.slow
def test_entries_list_areas_first_then_places_by_falling_population(gaz):
    # the geoparser stops reading a long entry list early on the strength of this order
    for key in gaz.index:
        entries = gaz.entries(key)
        features = [gaz.feature(e >> 1) for e in entries]
        places = [gaz.population(e >> 1) for e, f in zip(entries, features) if f == gz.PLACE]
        first_place = features.index(gz.PLACE) if gz.PLACE in features else len(features)
        assert gz.PLACE not in features[:first_place] and all(f == gz.PLACE for f in features[first_place:]), key
        assert places == sorted(places, reverse=True), key


def test_one_place_keys_are_stored_as_numbers_but_read_as_tuples(gaz):
    single = next(k for k, v in gaz.index.items() if type(v) is int)
    assert gaz.entries(single) == (gaz.index[single],)
    assert isinstance(gaz.entries("springfield"), tuple) and len(gaz.entries("springfield")) > 1
    assert gaz.entries("no such place anywhere") == ()
    i = gaz.entries("moscow")[0] >> 1
    cols = gaz.columns
    assert (cols.population[i], gz.FEATURES[cols.feature[i]], cols.country_code[i], cols.admin1[i]) == \
        (gaz.population(i), gaz.feature(i), gaz.country_code(i), gaz.admin1(i))


def test_writing_an_index_removes_older_versions_and_data_only(tmp_path, monkeypatch, nothing_shipped):
    monkeypatch.setattr(gz, "build_index", lambda *_: SMALL)
    older = tmp_path / f"gazetteer-v{gz.INDEX_VERSION - 1}-gnc0-wf0.pickle"
    newer = tmp_path / f"gazetteer-v{gz.INDEX_VERSION + 1}-gnc0-wf0.pickle"
    edited = tmp_path / f"gazetteer-v{gz.INDEX_VERSION}-gnc0-wf0-dolddata.pickle"  # from data since edited
    other = tmp_path / "notes.txt"
    for f in (older, newer, edited, other):
        f.write_bytes(b"x")
    gz.load(tmp_path)
    assert not older.exists() and not edited.exists() and newer.exists() and other.exists()
    assert gz.index_path(tmp_path).exists()


def test_regions_named_from_a_compass_word_as_english_news_writes_them(gaz):
    for name, region in (("North Kivu", "Nord Kivu"), ("North Darfur", "Northern Darfur"),
                         ("south kordofan state", "Southern Kordofan")):
        assert region in [p.name for p in gaz.lookup(name) if p.feature == gz.REGION], name


def test_named_regions_are_made_of_real_regions_and_placed_among_them(gaz):
    admin = {(r["country"], r["name"]) for r in sources.data_rows("admin_regions.csv") if r["level"] == "1"}
    for name, country, members in sources.read_named_regions():
        assert members and all((country, m) in admin for m in members), name
    darfur = [p for p in gaz.lookup("Darfur") if p.feature == gz.REGION]
    assert [p.country_code for p in darfur] == ["SD"] and 10 < darfur[0].lat < 16 and 22 < darfur[0].lon < 28
    assert [p.name for p in gaz.lookup("Gezira state")] == ["Al Jazirah"]  # one member: another name of it
    donbas = gaz.lookup("Donbas")[0]
    donetsk, luhansk = (next(p for p in gaz.lookup(n) if p.feature == gz.REGION) for n in ("Donetsk", "Luhansk"))
    assert min(donetsk.lon, luhansk.lon) - 1 < donbas.lon < max(donetsk.lon, luhansk.lon) + 1


@pytest.mark.slow
def test_a_misspelt_named_region_member_is_a_clear_error(monkeypatch):
    rows = [("Darfur", "SD", ["Northern Darfur", "Southern Darfurr"])]
    monkeypatch.setattr(index, "read_named_regions", lambda: rows)
    with pytest.raises(ValueError, match="Southern Darfurr is no first-level region of SD"):
        index.IndexBuilder().add_named_regions()


@pytest.mark.slow
def test_a_build_reports_its_progress_from_start_to_end(tmp_path, monkeypatch):
    monkeypatch.setattr(index, "read_named_regions", lambda: [])  # (their members' towns are not in this source)
    shipped = index.data_rows  # (and few districts: the build takes a second, not ten)
    monkeypatch.setattr(index, "data_rows", lambda name: shipped(name)[:2000] if name == "districts.csv" else
                        shipped(name))
    (tmp_path / "cities500.json").write_text(json.dumps({str(n): {
        "geonameid": n, "name": f"Town{n}", "latitude": 35.0 + n / 100, "longitude": 38.0, "countrycode": "SY",
        "admin1code": "01", "population": 1000 * n, "alternatenames": [f"Tawn{n}"]} for n in range(1, 5)}))
    (tmp_path / "countries.json").write_text(json.dumps({"SY": {"geonameid": 163843, "name": "Syria",
                                                                "population": 22_000_000, "capital": "Town4"}}))
    for name in ("us_states.json", "continents.json"):
        (tmp_path / name).write_text("{}")
    told = []
    data = index.IndexBuilder(tmp_path, progress=told.append).build()
    assert "town3" in data.index and told == sorted(told) and 0 < told[0] < 0.5 and 0.9 < told[-1] <= 1


def test_while_an_index_is_built_its_progress_can_be_read_and_after_it_none(monkeypatch):
    seen = []

    class Builder:
        def __init__(self, progress, extras=()):
            self.progress = progress

        def build(self):
            self.progress(0.5)
            seen.append(gz.build_progress())
            return SMALL

    monkeypatch.setattr(gz, "IndexBuilder", Builder)
    assert gz.build_index() is SMALL
    assert seen[0].fraction == 0.5 and 0 <= seen[0].elapsed < 5 and gz.build_progress() is None


def test_the_time_left_is_the_time_so_far_scaled_by_the_share_left():
    assert gz.BuildProgress(fraction=0.25, elapsed=5.0).seconds_left == pytest.approx(15.0)
    early = gz.BuildProgress(fraction=0.01, elapsed=2.0).seconds_left  # too early to scale: the expected total
    assert early == pytest.approx(gz.EXPECTED_BUILD_S - 2.0)


def test_first_level_regions_have_their_current_and_english_names(gaz):
    from conflictmap.geoparser.resolver import EARTH_KM  # noqa: F401 - (the resolver's sphere)
    import math

    def km(a, b):
        return 6371 * math.acos(min(1, math.sin(math.radians(a[0])) * math.sin(math.radians(b[0])) +
                                    math.cos(math.radians(a[0])) * math.cos(math.radians(b[0])) *
                                    math.cos(math.radians(a[1] - b[1]))))

    nineveh = gaz.lookup("Nineveh")[0]
    assert (nineveh.country_code, nineveh.feature) == ("IQ", "region")
    ituri = gaz.lookup("Ituri province")[0]  # (a province made in 2015: placed among its own places)
    assert (ituri.country_code, ituri.feature) == ("CD", "region") and km((ituri.lat, ituri.lon), (1.56, 30.25)) < 250
    assert gaz.lookup("Salah al-Din")[0].country_code == "IQ"
    assert "region" not in {p.feature for p in gaz.lookup("Michael")}  # (a common name is no region's other name)
    assert gaz.lookup("Berlin")[0].feature == "place"  # (another place's own name is left to it)
    # ... but a small town abroad does not take a region's name from it: "Kasai" is no longer Japan's only
    for name, country in (("Kasai", "CD"), ("Normandy", "FR"), ("Asir", "SA"), ("Mount Lebanon", "LB")):
        assert (country, "region") in {(p.country_code, p.feature) for p in gaz.lookup(name)}, name
    assert gaz.lookup("Basra")[0].feature == "place"  # (a place of the region's own country keeps it)
    assert "region" not in {p.feature for p in gaz.lookup("Carlsbad")}  # (nor a city the size of the region)


def test_a_countrys_capital(gaz):
    assert (gaz.capital("LY").name, gaz.capital("sd").name) == ("Tripoli", "Khartoum") and gaz.capital("XX") is None
