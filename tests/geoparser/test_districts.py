"""The gazetteer's districts, spelling variants and country points, and the passes that use them with the
story's country (conflictmap.geoparser.districts)."""

import pytest

from conflictmap.geoparser import geoparse
from conflictmap.geoparser.geocoding import GazetteerGeocoder
from conflictmap.geoparser.names import spelling_key


@pytest.mark.parametrize("text, name, country", [
    ("Gunmen abducted two labourers in Chagai district on April 20.", "Chagai", "PK"),  # known only as a district
    ("Fighting spread in Soum province.", "Soum", "BF"),  # a namesake village elsewhere is known too
    ("Militants attacked a post in Bandipora District.", "Bandipora District", "IN"),
    ("Troops were deployed across Kupwara district.", "Kupwara", "IN"),
])
def test_a_district_with_its_region_word(parser, text, name, country):
    found = [(t.name, t.country_code, t.feature) for t in geoparse(text, parser)]
    assert (name, country, "district") in found


def test_a_districts_bare_name_is_no_place_for_the_recogniser(parser):
    assert geoparse("Chagai is far from here.", parser) == []  # (the story's country may make it one: below)
    assert geoparse("As the Most popular choice, David said so.", parser) == []  # districts of Norway, Czechia…


def test_a_district_of_the_storys_country_without_its_region_word(process):
    text = ("Militants attacked a checkpoint in Peshawar and a convoy near Bannu on Monday. "
            "Another convoy was ambushed in North Waziristan.")
    result = process(text)
    waziristan = [t for t in result.toponyms if t.name == "North Waziristan"]
    assert waziristan and waziristan[0].country_code == "PK" and waziristan[0].feature == "district"
    us = process("Storms hit Fargo and Moorhead on Monday. Crews worked in Chagai.")
    assert not [t for t in us.toponyms if t.name == "Chagai" and t.country_code == "PK"]  # (one word: maybe anything)
    # a district's name of several words is seldom anything else: the recogniser knows it in any story
    assert [(t.country_code, t.feature) for t in process("Storms hit Fargo on Monday. Crews worked in North "
                                                          "Waziristan.").toponyms if t.name == "North Waziristan"] \
        == [("PK", "district")]


def test_a_name_placed_abroad_goes_home_when_the_storys_country_has_it(process):
    text = ("Jihadists attacked Djibo in northern Burkina Faso on Monday. The army said Soum remained under "
            "curfew, and Ouagadougou sent reinforcements.")
    soum = [e for e in process(text, published="2022-09-27").events if e.location == "Soum"]
    assert soum and soum[0].country_code == "BF" and "the story's country" in soum[0].geo_note


def test_a_place_put_inside_a_region_of_another_country_is_not_placed_there(process):
    text = "Two militants were killed in an encounter at Hajin village in Bandipora District on June 16."
    result = process(text, published="2024-06-18")
    assert [u.name for u in result.unplaced] == ["Hajin"]  # the gazetteer's Hajin is in Syria
    ev = [e for e in result.events if not e.is_context][0]
    assert ev.location == "Hajin" and ev.country_code == "IN" and ev.geo_precision == 2


def test_a_place_put_in_a_region_of_its_country_is_no_namesake_in_another_region(process):
    text = "Shelling hit Martynovka village, Kursk region, on Tuesday, the governor said. Russia blamed Ukraine."
    result = process(text, published="2024-08-15")
    assert [u.name for u in result.unplaced] == ["Martynovka"]  # GeoNames' only one in Russia is in Rostov oblast
    [ev] = [e for e in result.events if not e.is_context]
    assert (ev.location, ev.country_code, ev.geo_precision) == ("Martynovka", "RU", 3)  # (at Kursk region)
    kept = process("Shelling hit Sudzha, Kursk region, and Al Hazm, Al Jawf governorate.", published="2024-08-15")
    assert {e.location for e in kept.events if not e.is_context} == {"Sudzha", "Al Hazm"} and not kept.unplaced
    near = process("A mine collapsed southeast of Champaign near the Indiana border.", published="2024-08-15")
    assert "Champaign" not in [u.name for u in near.unplaced]  # (near a region's border is not in it)


def test_spelling_keys():
    assert spelling_key("Deir ez-Zor") == spelling_key("Dayr az-Zawr") == spelling_key("Deir el-Zowr")
    assert spelling_key("Kupwarra") == spelling_key("Kupwara")
    assert spelling_key("Sopore") == spelling_key("Sopur")
    assert spelling_key("Jalal Abad") == spelling_key("Jalalabad")
    assert spelling_key("Homs") != spelling_key("Hama")


def test_a_spelling_variant_needs_the_storys_country_and_says_so(gaz):
    geocoder = GazetteerGeocoder(gaz)
    found = geocoder.geocode("Deir el-Zowr", country_codes="sy")
    assert found.raw["geonameid"] == 170794 and "spelling variant" in found.raw["note"]
    alone = geocoder.geocode("Deir el-Zowr")  # without the story's country: never the town by its spelling alone,
    assert (alone.raw["feature"], alone.raw["country_code"]) == ("region", "SY")  # only the one region so spelt
    assert geocoder.geocode("Kupwarra", country_codes="in") is None  # two places in India so spelt: refused


def test_countries_at_their_conventional_points(gaz):
    russia = gaz.country("RU")
    assert (russia.lat, russia.lon) == (60.0, 100.0)  # not the Altai, where the middle of its places fell
    assert abs(gaz.country("SD").lat - 15.0) < 1e-9


def test_a_neighbourhood_of_a_town_is_not_a_far_namesake(process):
    r = process("A shell hit a home in the Al-Mazraa neighbourhood of Khartoum North on Sunday, killing nine people.")
    (e,) = [e for e in r.events if not e.is_context]
    assert e.country == "Sudan" and e.geo_precision == 2  # (at Khartoum North, not Mazra'a in Israel)
    r = process("Gangs burned homes in the Delmas neighbourhood of Port-au-Prince on Sunday.")
    assert [(e.location, e.geo_precision) for e in r.events if not e.is_context] == [("Delmas", 1)]  # (near: kept)


def test_a_city_abroad_is_no_small_namesake_at_home_by_a_likeness_of_spelling(parser):
    from conflictmap.geoparser.settle import settle

    text = ("Shares fell in Tokyo on Tuesday as the yen slid, and a strategist in London said the Bank of Japan would "
            "act. In New York, American traders sold technology stocks, and a Frankfurt-based fund sold its shares.")
    settled = settle(text, geoparse(text, parser), parser.gaz)
    assert {t.name: t.country_code for t in settled.toponyms}.get("London") == "GB"


def test_a_whole_name_the_storys_country_has_by_its_spelling_wins_over_a_shorter_one_inside_it(parser):
    from conflictmap.geoparser.settle import settle

    for text, name, written in [
            ("Kurdish-led forces repelled an attack on Tal Tamr overnight, Syrian state media said.", "Tal Tamr",
             "Tall Tamr"),  # (not "Tal": At Tall, a town near Damascus)
            ("Al-Shabaab fighters overran a base at Zzyzbar, Middle Shabelle. Somalia", "Middle Shabelle",
             "Middle Shabele")]:
        found = {t.name: t.gazetteer_name for t in settle(text, geoparse(text, parser), parser.gaz).toponyms}
        assert found.get(name) == written and "Tal" not in found
    text = "An Alton man was hurt, police said. Al Meredith of Oakland said the Oakland A's won in Illinois."
    assert {t.name for t in settle(text, geoparse(text, parser), parser.gaz).toponyms} >= {"Alton", "Oakland"}


def test_in_a_story_of_one_country_a_city_abroad_is_its_namesake_at_home(parser):
    from conflictmap.geoparser.settle import settle

    text = ("The SDF took Tabqa and its dam in May and entered Raqqa in June. An air strike on a school in Mansoura "
            "killed 33 people, a monitor in Deir al-Zor said.")  # (Mansoura, Egypt, has half a million people)
    found = {t.name: t.country_code for t in settle(text, geoparse(text, parser), parser.gaz).toponyms}
    assert found.get("Mansoura") == "SY"


def test_kashmir_by_whose_side_is_that_sides_region(parser):
    from conflictmap.geoparser import geoparse
    found = {t.name: t.country_code for t in geoparse("Missiles hit Pakistani Kashmir; shells hit Indian Kashmir.",
                                                      parser)}
    assert found == {"Pakistani Kashmir": "PK", "Indian Kashmir": "IN"}
