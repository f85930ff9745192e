from conflictmap.geoparser import focus_country, geoparse

SEED_PLACES = {"Russia": "RU", "Moscow": "RU", "Vienna": "AT", "Syria": "SY", "Damascus": "SY", "Idlib": "SY",
               "Aleppo": "SY", "Hama": "SY", "Homs": "SY", "Al-Qusayr": "SY", "Lebanese": "LB", "US": "US"}


def names(text, parser):
    return [t.name for t in geoparse(text, parser)]


def test_seed_every_place_found_and_placed(seed_article, parser):
    found = geoparse(seed_article.text, parser)
    by_name = {}
    for t in found:
        by_name.setdefault(t.name, t)
    for name, cc in SEED_PLACES.items():
        assert name in by_name, f"{name} not found"
        assert by_name[name].country_code == cc, f"{name} placed in {by_name[name].country_code}"
    expected_surface = set(SEED_PLACES) | {"Syrian", "Russian"}  # adjectives resolve to their country
    assert {t.name for t in found} <= expected_surface, {t.name for t in found} - expected_surface
    assert by_name["Damascus"].geonameid == 170654
    assert by_name["Moscow"].geonameid == 524901
    assert by_name["Homs"].geonameid == 169577  # not Al Khums, Libya


def test_offsets_match_text(seed_article, parser):
    for t in geoparse(seed_article.text, parser):
        assert seed_article.text[t.start:t.end] == t.name


def test_empty_and_whitespace(parser):
    assert geoparse("", parser) == [] and geoparse("   \n", parser) == []


def test_focus_country(seed_article, parser):
    assert focus_country(geoparse(seed_article.text, parser)) == "SY"
