import pytest

from conflictmap.errors import ArticleError
from conflictmap.pipeline import map_text
from conflictmap.settings import Settings


def test_map_text_reads_html_and_refuses_bad_input(tmp_path, pipeline):
    page = b"<html><body><script>alert(1)</script><p>Shelling hit Homs on Sunday.</p></body></html>"
    result = map_text(page, "story.html", pipeline)
    assert [t.name for t in result.toponyms] == ["Homs"] and "alert" not in result.article.text
    with pytest.raises(ArticleError, match="limit"):
        map_text("x" * 50, "big.txt", pipeline, max_bytes=10)
    with pytest.raises(ArticleError, match="not UTF-8"):
        map_text(b"caf\xe9 in Homs", "latin1.txt", pipeline)
    with pytest.raises(ArticleError, match="no text"):
        map_text("   ", "blank.txt", pipeline)
    assert not list(tmp_path.iterdir())  # nothing written


def test_the_data_folders_actors_reach_every_entry_point(tmp_path, gaz):
    # "Hama" as a group's name: with the data folder's actors file saying so, neither a build nor "Map your own
    # article" takes it for the town
    from conflictmap.build.run import build
    from conflictmap.pipeline import make_pipeline

    data = tmp_path / "data"
    data.mkdir()
    (data / "actors.csv").write_text("actor,aliases,kind\nHama Brigade,Hama,non-state\n", encoding="utf-8")
    text = "Hama fighters shelled Homs on Sunday."
    assert [t.name for t in map_text(text, "a.md", make_pipeline(data, Settings(), gazetteer=gaz)).toponyms] == ["Homs"]
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.md").write_text(text, encoding="utf-8")
    assert [t.name for t in build(articles, data).articles[0].toponyms] == ["Homs"]
    other = tmp_path / "other"  # a data folder without an actors file: the package's, where Hama is no actor
    assert "Hama" in [t.name for t in map_text(text, "a.md", make_pipeline(other, Settings(), gazetteer=gaz)).toponyms]


def test_prepare_reading_loads_the_gazetteer_of_that_cache_folder_and_the_parser(monkeypatch, tmp_path):
    import conflictmap.pipeline as pipeline
    import conflictmap.syntax.parse as syntax_parse

    asked = []
    monkeypatch.setattr(pipeline.gz, "default", lambda cache_dir: asked.append(("gazetteer", cache_dir)))
    monkeypatch.setattr(syntax_parse, "parse", lambda sentence: asked.append(("parser", sentence)))
    pipeline.prepare_reading(tmp_path)
    assert asked == [("gazetteer", tmp_path), ("parser", "Rebels seized the town.")]


def test_a_town_the_text_puts_in_a_province_of_another_country_falls_back_to_the_province(process):
    result = process("Insurgents killed five civilians in Palma town, Cabo Delgado province, Mozambique, on Monday.")
    assert [u.name for u in result.unplaced] == ["Palma"]  # (not Palma de Mallorca)
    ev = next(e for e in result.events if e.event_type == "Violence against civilians")
    assert ev.place_name == "Cabo Delgado" and ev.geo_precision == 3 and "Palma could not be placed" in ev.geo_note


def test_the_armed_groups_a_text_names_say_where_its_ambiguous_places_are(process):
    result = process("Houthi fighters shelled positions held by tribesmen in al-Bayda on Monday.")
    assert {t.name: t.country_code for t in result.toponyms}.get("al-Bayda") == "YE"  # (not Bayda, Libya)


def test_a_village_the_gazetteer_lacks_is_reported_and_its_event_kept_at_the_district(process):
    result = process("Gunmen shot dead two farmers in Qarlaz village in Sukma district, India, on Tuesday.")
    assert "Qarlaz" in [u.name for u in result.unplaced]
    ev = next(e for e in result.events if e.event_type == "Violence against civilians")
    assert ev.place_name.startswith("Sukma") and ev.geo_precision == 2 and ev.location == "Qarlaz"


def test_a_whole_name_with_its_kind_replaces_the_names_inside_it(process):
    result = process("Jets struck Maarat al‑Nu’man town in Idlib province, Syria, on Sunday.")
    names = {t.name: t.country_code for t in result.toponyms}
    assert names.get("Maarat al‑Nu’man") == "SY" and not result.unplaced


def test_the_storys_country_binds_its_small_places(process):
    result = process("Army shelling hit Tirah valley, Khyber agency, in Pakistan's northwest on Friday.")
    assert "IL" not in {t.country_code for t in result.toponyms}
    assert any(u.name == "Tirah" and "Pakistan" in u.reason for u in result.unplaced)


def test_a_name_not_placed_says_where_the_text_puts_it(process):
    result = process("Fighters overran Qarlaz village in Rutshuru territory, North Kivu, DR Congo, on Monday.")
    reason = next(u.reason for u in result.unplaced if u.name == "Qarlaz")
    assert "not in the gazetteer" in reason and "the text puts it in Rutshuru" in reason


def test_a_longer_name_with_its_kind_is_not_a_shorter_namesake_abroad(pipeline):
    # "Hassan Khel area": not Hassan, India, in a description of a place in Pakistan
    from conflictmap.articles.read import parse_article

    _, placed, unplaced, _ = pipeline.place(parse_article("Hassan Khel area, Peshawar district. Pakistan", "t",
                                                          published="2024-01-01"))
    assert [p.toponym.country_code for p in placed] == ["PK", "PK"] and [u.name for u in unplaced] == ["Hassan Khel"]


def test_a_name_before_its_region_word_is_one_name_and_its_spelling_is_looked_up(pipeline):
    from conflictmap.articles.read import parse_article

    _, placed, _, _ = pipeline.place(parse_article("Nuseirat refugee camp, Deir al-Balah governorate. Palestine", "t",
                                                   published="2024-01-01"))
    balah = [p for p in placed if "Balah" in p.toponym.name]
    assert [p.toponym.name for p in balah] == ["Deir al-Balah"] and abs(balah[0].lat - 31.42) < 0.1


def test_a_town_the_gazetteer_has_only_abroad_is_not_placed_in_a_story_about_another_country(process):
    text = ("Boko Haram fighters stormed the fishing town of Baga on Saturday, Nigerian officials said. The militants "
            "also attacked Damboa and Maiduguri.")
    result = process(text, published="2015-01-06")
    assert all(e.country_code == "NG" for e in result.events)  # (never Bagà, a village in Spain)
    [baga] = {u.name: u for u in result.unplaced}.values()
    assert baga.name == "Baga" and "Spain" in baga.reason and "Nigeria" in baga.reason


def test_a_body_that_speaks_is_no_place(process):
    result = process("Shelling killed four civilians in Goma on Sunday, the local Red Cross said. M23 rebels "
                     "shelled the town again on Monday.", published="2025-02-04")
    assert "Red Cross" not in {t.name for t in result.toponyms} | {u.name for u in result.unplaced}


def test_a_persons_name_told_after_a_title_is_no_unplaced_place(process):
    text = ("Government forces retake Gharyan from Qwertar\n\nTRIPOLI, June 26 (Wire) - Government troops recaptured "
            "the town of Gharyan on Wednesday, the main supply base for eastern commander Idris Qwertar's offensive on "
            "Tripoli, officials said.")
    assert process(text, "2019-06-27").unplaced == []


def test_a_faith_before_a_people_noun_is_no_place_not_even_an_unplaced_one(process):
    r = process("Clashes between herders and mostly Christian farmers in Plateau state killed 12 people on Sunday.",
                published="2023-06-18")
    assert "Christian" not in [u.name for u in r.unplaced] + [e.location for e in r.events]


def test_a_village_only_abroad_is_no_place_of_a_story_whose_armed_groups_fight_elsewhere(process):
    result = process("Fighters of the Oromo Liberation Army attacked a police post in North Shewa zone on Sunday.")
    assert [e.country_code for e in result.events if not e.is_context] == ["ET"]
    assert "North Shewa" in [u.name for u in result.unplaced]
    assert all(t.country_code != "AF" for t in result.toponyms)
