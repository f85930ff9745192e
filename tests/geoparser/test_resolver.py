import pytest

from conflictmap.geoparser import geoparse


def names(text, parser):
    return [t.name for t in geoparse(text, parser)]


@pytest.mark.parametrize("text, cc", [
    ("Troops in Syria advanced from Homs to Damascus.", "SY"),
    ("The Kremlin in Moscow and officials in Russia said.", "RU"),
])
def test_resolution_uses_context(parser, text, cc):
    assert all(t.country_code == cc for t in geoparse(text, parser))


def test_context_flips_ambiguous_names(parser):
    # alone, Paris is in France; among Texas towns it is Paris, Texas
    assert geoparse("Paris was quiet.", parser)[0].country_code == "FR"
    texas = geoparse("Storms moved from Dallas and Sherman, Texas, to Paris overnight.", parser)
    paris = [t for t in texas if t.name == "Paris"][0]
    assert paris.country_code == "US"


def test_votes_the_text_casts_otherwise_flip_an_ambiguous_name(parser):
    # alone, Bayda is the Libyan city; in a text that names a Yemeni group (a vote for Yemen), Yemen's al-Bayda
    assert geoparse("Fighting was reported in al-Bayda.", parser)[0].country_code == "LY"
    assert geoparse("Fighting was reported in al-Bayda.", parser, {"YE": 1.0})[0].country_code == "YE"


def test_a_name_before_a_district_word_is_the_district(parser):
    beni, = geoparse("Attackers killed five people in Beni territory.", parser)
    assert (beni.country_code, beni.feature) == ("CD", "district")  # (not El Beni, the Bolivian department)


def test_container_after_comma(parser):
    t = geoparse("He lives in Springfield, Illinois.", parser)[0]
    assert t.country_code == "US" and 39 < t.lat < 40.5  # Springfield, IL, not Springfield, MO or MA


def test_capitals_and_region_cues(parser):
    dc = geoparse("Washington said the sanctions would stay.", parser)[0]
    assert dc.feature == "place" and 38.5 < dc.lat < 39.2  # the capital, not the state
    state = [t for t in geoparse("Officials in Seattle and Washington state said.", parser) if t.name == "Washington"]
    assert state[0].feature == "region"


def test_congo_follows_context(parser):
    congo = [t for t in geoparse("M23 rebels seized Goma in eastern Congo.", parser) if t.name == "Congo"][0]
    assert congo.country_code == "CD" and congo.feature == "country"


@pytest.mark.parametrize("name", ["Springfield", "Paris", "Georgia", "Hama", "Santa Cruz", "San Juan", "Santiago"])
def test_candidates_stop_early_but_keep_what_full_scoring_keeps(parser, name):
    # the early stop (it stops reading "Santa Cruz", 133 entries, long before the end) and the one-place
    # shortcut must keep exactly the leaders that scoring every entry keeps
    from conflictmap.geoparser import gazetteer as gz
    from conflictmap.geoparser.names import normalize_name
    from conflictmap.geoparser.recogniser import Mention

    resolver = parser.resolver
    key = normalize_name(name)
    for cue in ("", "region"):
        m = Mention(0, len(name), parser.gaz.entries(key), parser.gaz.demonyms.get(key), region_cue=cue)
        found = resolver.candidates(m)
        scores: dict[int, float] = {}
        for e in m.entries:
            scores[e >> 1] = max(resolver.prior(e), scores.get(e >> 1, -1e9))
        big = {parser.gaz.country_code(i) for i in scores
               if parser.gaz.feature(i) == gz.PLACE and parser.gaz.population(i) >= 10_000}
        for i in scores:
            if parser.gaz.feature(i) == gz.REGION and cue:
                scores[i] += 4.0 + 2.0  # (a region word names a region: the province over a district so named)
            elif parser.gaz.feature(i) == gz.REGION and parser.gaz.country_code(i) != "US" and \
                    parser.gaz.country_code(i) in big:
                scores[i] -= 2.5
        count = len(scores)
        areas = {parser.gaz.country_code(i) for i in scores if parser.gaz.feature(i) in (gz.REGION, gz.DISTRICT)}
        if cue and areas:  # (with its region word, the name is no place of a country where it names an area)
            scores = {i: v for i, v in scores.items()
                      if parser.gaz.feature(i) != gz.PLACE or parser.gaz.country_code(i) not in areas}
        full = sorted(scores.items(), key=lambda kv: -kv[1])[:resolver.w.max_weighed]
        assert list(zip(found.ids, found.prior)) == full
        assert found.count == count
        resolver._candidates_memo.clear()


def test_regions_news_names_that_geonames_does_not(parser):
    found = geoparse("The RSF took Wad Madani, the capital of Gezira state, and pushed on across Darfur and the "
                     "Donbas.", parser)
    assert [(t.name, t.country_code, t.feature) for t in found] == [
        ("Wad Madani", "SD", "place"), ("Gezira", "SD", "region"), ("Darfur", "SD", "region"),
        ("Donbas", "UA", "region")]


def test_a_region_written_after_a_place_in_it_is_the_region_not_its_namesake_city(parser):
    # "Celaya, Guanajuato": the state of Guanajuato, not its capital city 80 km away
    celaya, guanajuato = geoparse("A car bomb exploded in Celaya, Guanajuato, on Tuesday.", parser)
    assert celaya.name == "Celaya" and (guanajuato.feature, guanajuato.country_code) == ("region", "MX")
    alone = geoparse("He was born in Guanajuato.", parser)[0]
    assert alone.feature == "place"  # (written alone, the city, as before)


def test_a_town_before_a_state_makes_one_event_not_two(process):
    result = process("A car bomb exploded outside a police station in Celaya, Guanajuato, on Tuesday, wounding four "
                     "people.", published="2023-10-25")
    assert [e.location for e in result.events if e.event_type != "Context"] == ["Celaya"]


def test_a_name_written_as_a_places_container_is_the_region(parser):
    for text in ("Kafr Nubl town, Idlib. Syria", "Kafr Nubl town (Idlib). Syria", "Al-Bab town, Aleppo governorate."):
        found = {t.name: t.feature for t in geoparse(text, parser)}
        assert "region" in found.values(), text  # (not the city of that name)


def test_a_region_known_by_its_name_only_with_its_region_word(parser):
    found = {t.name: t.feature for t in geoparse("Chora district, Uruzgan province, Afghanistan", parser)}
    assert found["Uruzgan"] == "region"  # (the town of Uruzgan is its own name)


def test_a_name_with_its_region_word_is_the_region_however_near_its_city_the_other_places_are(parser):
    found = {t.name: t.feature for t in geoparse("Jets struck Atarib, Anadan and Hayyan in Aleppo province.", parser)}
    assert found["Aleppo"] == "region"
    found = {t.name: (t.feature, t.country_code) for t in geoparse(
        "Commuters from Gastonia, Concord and the rest of the Charlotte region, North Carolina", parser)}
    assert found["Charlotte"] == ("place", "US")  # (a Canadian district of that name does not take it)


def test_a_region_word_picks_the_level_it_names(parser):
    # Thailand's Yala is a province, Nigeria's an LGA (a district): "province" says which
    found = geoparse("A roadside bomb exploded as a police patrol passed through Yala province on Wednesday.", parser)
    assert [(t.name, t.country_code, t.feature) for t in found] == [("Yala", "TH", "region")]


def test_a_district_of_several_words_is_a_name_without_its_region_word(parser):
    found = geoparse("Rebels clashed with troops in a remote village in Northern Samar on Tuesday.", parser)
    assert [(t.name, t.country_code, t.feature) for t in found] == [("Northern Samar", "PH", "district")]


def test_a_country_by_its_own_name_is_the_country_not_a_city_another_name_calls_so(parser):
    found = geoparse("Gunmen killed six people in Culiacan, Sinaloa. Mexico", parser)
    assert [(t.name, t.feature) for t in found][-1] == ("Mexico", "country")
    assert [(t.name, t.feature) for t in geoparse("Flights from Mexico City resumed.", parser)] == [
        ("Mexico City", "place")]


def test_a_raion_written_before_its_oblast_makes_the_oblast_the_region(parser):
    found = geoparse("Avdiivka, Pokrovsk raion, Donetsk oblast. Ukraine", parser)
    assert [(t.name, t.feature) for t in found if t.name == "Donetsk"] == [("Donetsk", "region")]


def test_a_name_the_text_puts_at_a_point_is_the_town_not_a_region_of_its_name(parser):
    near = [t for t in geoparse("Rebels ambushed an army convoy near Beni on Sunday.", parser) if t.name == "Beni"]
    assert (near[0].country_code, near[0].feature) == ("CD", "place")  # (not Bolivia's department El Beni)
    region = [t for t in geoparse("Floods hit the Beni department on Sunday.", parser) if t.name == "Beni"]
    assert (region[0].country_code, region[0].feature) == ("BO", "region")


def test_kurdistan_alone_is_iraqs_region_and_irans_province_when_the_text_puts_it_in_iran(parser):
    [kurdistan, baghdad] = geoparse("Officials in Kurdistan accused Baghdad of launching a war.", parser)
    assert (kurdistan.country_code, baghdad.country_code) == ("IQ", "IQ")  # (not Kordestan, nor Iran's Baghdadeh)
    iran = [t for t in geoparse("Clashes erupted in Iran's Kurdistan province on Monday.", parser)
            if t.name == "Kurdistan"]
    assert [t.country_code for t in iran] == ["IR"]


def test_regions_news_names_otherwise_than_geonames_are_found_by_those_names(parser):
    found = {t.name: (t.country_code, t.feature) for t in geoparse(
        "Gunmen attacked Tal Afar in Ninewa governorate; separatists fought troops in Cameroon's North-West Region.",
        parser)}
    assert (found["Ninewa"], found["North-West Region"]) == (("IQ", "region"), ("CM", "region"))
