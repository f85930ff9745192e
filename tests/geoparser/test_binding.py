"""The story's country binds (conflictmap.geoparser.binding)."""

from conflictmap.geoparser import geoparse
from conflictmap.geoparser.binding import bind_to_story, named_for, story_countries


def _bound(text, parser):
    kept, out = bind_to_story(geoparse(text, parser), parser.gaz)
    return {t.name: t.country_code for t in kept}, {t.name: reason for t, reason in out}


def test_a_village_abroad_by_another_name_is_not_the_storys(parser):
    kept, out = _bound("Fighters attacked Bazar village in a district of Afghanistan.", parser)
    assert "Bazar" not in kept and "Afghanistan" in out["Bazar"] and "Kyrgyzstan" in out["Bazar"]


def test_a_small_namesake_abroad_is_taken_out_but_a_capital_or_a_city_next_door_stays(parser):
    kept, out = _bound("Tirah valley, Khyber agency. Pakistan's army shelled it while envoys met in Istanbul and "
                       "Moscow.", parser)
    assert kept.get("Moscow") == "RU" and kept.get("Istanbul") == "TR" and kept.get("Pakistan") == "PK"
    assert "Israel" in out["Tirah"]  # (another name of Tirat Karmel)
    kept, out = _bound("Shelling hit Bara, Jamrud and Landi Kotal in Khyber district and Peshawar, Pakistan's army "
                       "said, as envoys met in Geneva.", parser)
    assert "Switzerland" in out["Geneva"] and kept.get("Peshawar") == "PK"  # (a city of 200,000 far from the story)
    kept, out = _bound("Briefs: talks in Geneva; a strike in Lyon; Rotterdam port closed; Netherlands and Pakistan "
                       "news.", parser)
    assert kept.get("Geneva") == "CH" and kept.get("Lyon") == "FR"  # (a briefing of several countries' news)
    kept, out = _bound("Israel's army said its jets struck Gaza and Khan Younis overnight.", parser)
    assert kept.get("Gaza") == "PS"  # (a city next door)
    kept, out = _bound("Insurgents overran Palma, a gas hub in northern Mozambique, on Friday.", parser)
    assert "Palma" not in kept and "Spain" in out["Palma"]


def test_a_district_that_alone_names_its_country_does_not_bind_it_when_the_text_is_about_another(parser):
    kept, out = _bound("Syrian troops took Masaken Hanano in eastern Aleppo. Rebels shelled the Hamdaniya district.",
                       parser)
    assert "Hamdaniya" not in kept and "Iraq" in out["Hamdaniya"]
    kept, out = _bound("Rebels shelled the Hamdaniya district.", parser)
    assert kept.get("Hamdaniya") == "IQ"  # (alone, it is where it is)


def test_a_text_naming_no_country_binds_nothing(parser):
    kept, out = _bound("Police in Bazar said two men were held.", parser)
    assert out == {}


def test_the_storys_countries_a_tie_goes_to_the_named_one(parser):
    toponyms = geoparse("Bazar village in Dand district. Afghanistan", parser)
    assert "AF" in story_countries(toponyms) and "KG" not in story_countries(toponyms)


def test_a_tie_goes_to_the_country_named_by_its_own_name_not_to_a_districts(parser):
    kept, out = _bound("Soldiers clashed with gunmen near Balad district, in the north of Somalia.", parser)
    assert "Balad" not in kept and out["Balad"].endswith("the text is about Somalia and puts no Balad there")
    kept, out = _bound("Soldiers clashed with gunmen in Balad district.", parser)
    assert kept.get("Balad") == "IQ"  # (named alone, it is where the gazetteer has it)


def test_a_place_named_abroad_with_its_country_stays(parser):
    kept, _ = _bound("Rebels in Idlib, Syria, said fighters from Tirah in Israel had joined.", parser)
    assert kept.get("Tirah") == "IL"


def test_an_adjective_of_a_country_says_the_story_is_about_it_too(parser):
    kept, out = _bound("Yemen's Houthis fired missiles at ships off Hodeidah, Mocha and Aden in solidarity with "
                       "Palestinians in Gaza.", parser)
    assert kept.get("Gaza") == "PS"  # ("Palestinians": the text puts Gaza where it is)


def test_a_country_people_come_from_is_not_where_the_story_happens(parser):
    from conflictmap.geoparser.binding import origins
    text = "Peacekeepers from Malawi and South Africa were killed in the fighting around Sake, the UN said."
    toponyms = geoparse(text, parser)
    kept, out = bind_to_story(toponyms, parser.gaz, origins(text, toponyms))
    assert "Sake" in {t.name for t in kept} and out == []
    text = "Troops from Malawi were killed around Sake. In Malawi, crowds mourned them."  # named otherwise too
    toponyms = geoparse(text, parser)
    assert origins(text, toponyms) == frozenset()


def test_a_region_named_after_a_water_written_as_the_water_is_not_the_region(gaz):
    from conflictmap.geoparser import Geoparser, geoparse
    from conflictmap.geoparser.settle import settle

    parser = Geoparser(gaz)
    text = "Ships were attacked in the Red Sea; RSF fighters later entered Red Sea state."
    settled = settle(text, geoparse(text, parser), gaz)
    kept = [(t.name, t.start) for t in settled.toponyms]
    assert kept == [("Red Sea", text.index("Red Sea state"))]  # (the state, not the sea)
    assert [t.start for t, _ in settled.taken_out] == [text.index("Red Sea")]


def test_a_country_named_as_whose_strike_or_command_it_is_or_as_the_state_that_struck_does_not_bind(parser):
    from conflictmap.geoparser.binding import origins

    def bound(text):
        found = geoparse(text, parser)
        kept, out = bind_to_story(found, parser.gaz, origins(text, found))
        return {t.name: t.country_code for t in kept}, {t.name for t, _ in out}

    # "a US airstrike", "US Africa Command said": whose the strike is, not where; the town is Somalia's
    kept, out = bound("A US airstrike killed a senior commander near Jilib on Friday, US Africa Command said.")
    assert kept.get("Jilib") == "SO" and "Jilib" not in out
    kept, out = bound("Fighters attacked Bazar village, a US official said, in a district of Afghanistan.")
    assert "Bazar" in out  # (the country the text puts it in still binds)
    # "Algeria and its allies launched air strikes …": the state that struck, not where it struck
    kept, out = bound("Algeria and its allies launched air strikes on militant camps near Derna on Tuesday.")
    assert kept.get("Derna") == "LY" and "Derna" not in out
    kept, out = bound("Fighters from Algeria attacked militant camps near Derna, Algeria, on Tuesday.")
    assert "Derna" in out  # (the text puts it in Algeria: bound there, so not placed)


def test_a_country_that_leads_or_backs_a_force_is_whose_not_where(parser):
    from conflictmap.geoparser.binding import origins

    for text, place, cc in (("A US-led coalition air strike killed five civilians in Raqqa on Monday.", "Raqqa", "SY"),
                            ("Iran-backed militias shelled positions near Deir ez-Zor, monitors said.", "Deir ez-Zor",
                             "SY")):
        toponyms = geoparse(text, parser)
        kept, out = bind_to_story(toponyms, parser.gaz, origins(text, toponyms))
        assert {t.name: t.country_code for t in kept}.get(place) == cc and not out


def test_a_country_whose_government_speaks_is_not_where_the_story_happens(parser):
    from conflictmap.geoparser.binding import origins

    text = "Russia's defence ministry said on Sunday its forces had taken full control of Avdiivka."
    toponyms = geoparse(text, parser)
    kept, out = bind_to_story(toponyms, parser.gaz, origins(text, toponyms))
    assert {t.name: t.country_code for t in kept}.get("Avdiivka") == "UA" and not out


def test_a_text_naming_no_country_still_keeps_a_spelling_likeness_abroad_out_when_its_places_are_in_one(parser):
    from conflictmap.geoparser.binding import origins

    text = ("Insurgents seized Mopti on Friday. In March the group took Boni; in May it seized Douentza, and in "
            "June it overran Bandiagara.")
    found = geoparse(text, parser)
    kept, out = bind_to_story(found, parser.gaz, origins(text, found))
    assert "Boni" in {t.name for t, _ in out} and {t.name for t in kept} >= {"Mopti", "Douentza", "Bandiagara"}
    kept, out = bind_to_story(geoparse("Talks took place in Bonn and Geneva.", parser), parser.gaz)
    assert out == []  # (its own name: a place abroad the text may well mean)


def test_a_place_the_text_measures_from_another_is_not_a_namesake_far_from_it(gaz, parser):
    from conflictmap.geoparser.settle import settle

    text = "Rival militias clashed near Ber, north of Timbuktu, on Friday. Fighting was reported 40 km west of Gao."
    settled = settle(text, geoparse(text, parser), gaz)
    assert "Ber" not in [t.name for t in settled.toponyms]  # (the gazetteer's "Ber" is Véroia, Greece)
    [(ber, why)] = [(t, why) for t, why in settled.taken_out if t.name == "Ber"]
    assert "Timbuktu" in why and {"Timbuktu", "Gao"} <= {t.name for t in settled.toponyms}


def test_a_town_of_the_story_measured_from_a_namesake_abroad_keeps_its_place_and_the_namesake_goes(gaz, parser):
    from conflictmap.geoparser.settle import settle

    text = "Soldiers patrolled Douentza, about 90 km west of Boni, on Monday, Mali's army said."
    settled = settle(text, geoparse(text, parser), gaz)
    assert "Douentza" in [t.name for t in settled.toponyms]  # (in Mali, the story's country)
    [why] = [why for t, why in settled.taken_out if t.name == "Boni"]  # (the gazetteer's Boni is Bonn's other name)
    assert "Douentza" in why and "(DE)" in why


def test_a_country_written_after_a_town_of_it_is_the_country_not_its_capital(parser):
    found = [(t.name, t.feature) for t in geoparse("Two men were shot dead in a bar in Colon, Panama.", parser)]
    assert found == [("Colon", "place"), ("Panama", "country")]


def test_a_capital_abroad_that_only_names_a_building_is_no_place_of_the_story(parser):
    text = "MISRATA, Libya - Forces seized the Nairobi conference hall in Sirte after clashes near the Mitiga airport."
    kept, out = _bound(text, parser)
    assert "Nairobi" in kept  # (a national capital stays, read without the text's building words)
    kept, out = bind_to_story(geoparse(text, parser), parser.gaz, buildings=named_for(text, geoparse(text, parser)))
    assert "Nairobi" not in {t.name for t in kept} and "Sirte" in {t.name for t in kept}
    assert named_for("Envoys met in Nairobi and Kabul airport reopened.", geoparse(
        "Envoys met in Nairobi and Kabul airport reopened.", parser)) == frozenset()


def test_a_country_named_only_as_whose_army_is_still_the_storys_when_a_town_of_it_is_named(parser):
    from conflictmap.geoparser.binding import origins

    text = ("South Sudan's army said on Monday that its garrison in Nasir had been overrun. Officials in Juba said the "
            "commander was among the dead.")
    toponyms = geoparse(text, parser)
    kept, out = bind_to_story(toponyms, parser.gaz, origins(text, toponyms))
    assert "Nasir" not in {t.name for t in kept}  # (not "Nasir Extension", a quarter of Khartoum, in Sudan)
    assert "South Sudan" in next(reason for t, reason in out if t.name == "Nasir")


def test_a_dateline_is_where_the_reporter_is_not_one_of_the_storys_places(parser):
    from conflictmap.geoparser.binding import origins

    text = ("BEIRUT (Reuters) - Syrian government forces shelled the town of Saida on Tuesday, a monitor said. Rebels "
            "in Daraa said the army was massing troops.")
    toponyms = geoparse(text, parser)
    kept, out = bind_to_story(toponyms, parser.gaz, origins(text, toponyms))
    assert "Saida" not in {t.name for t in kept}  # (Sidon, Lebanon, by another name: Lebanon is only the dateline's)
    assert {t.name for t in kept} >= {"BEIRUT", "Daraa"}


def test_a_country_that_backs_a_force_or_one_over_a_border_crossing_does_not_bind(parser):
    from conflictmap.geoparser.binding import origins

    for text, country in [("Forces backed by the United Arab Emirates took Ataq on Monday.", "United Arab Emirates"),
                          ("Troops took the Nassib border crossing with Jordan.", "Jordan")]:
        toponyms = geoparse(text, parser)
        assert [t.name for t in toponyms if t.start in origins(text, toponyms)] == [country]


def test_a_country_its_peacekeepers_and_state_media_come_from_is_no_country_of_the_story(parser):
    from conflictmap.geoparser.binding import origins, story_countries

    text = ("Heavy fighting raged across Juba on Sunday. A Chinese peacekeeper was killed when a shell hit near a UN "
            "camp in the Tongping area, China's state media said. South Sudan's army blamed the rebels.")
    toponyms = geoparse(text, parser)
    assert "CN" not in story_countries(toponyms, origins(text, toponyms))
    kept, _ = bind_to_story(toponyms, parser.gaz, origins(text, toponyms))
    assert "Tongping" not in {t.name for t in kept}  # (a village in China by that name is no place of this story)


def test_a_town_abroad_named_as_where_fire_from_the_storys_country_was_aimed_is_kept(parser):
    from conflictmap.geoparser.settle import settle
    text = "Officials in Sanaa said the Houthis had launched a missile from Yemen towards Eilat on Monday."
    kept = {t.name: t.country_code for t in settle(text, geoparse(text, parser), parser.gaz).toponyms}
    assert kept.get("Eilat") == "IL"
    quiet = "Protesters in Sanaa marched on Monday, and a delegation from Eilat visited Yemen."
    assert "Eilat" not in {t.name for t in settle(quiet, geoparse(quiet, parser), parser.gaz).toponyms}
    # (not a town the text itself puts in another country: GeoNames' only Gara is El Gara, Morocco)
    inside = "Turkish jets carried out air strikes on the Gara region of northern Iraq on Saturday."
    assert "Gara" not in {t.name for t in settle(inside, geoparse(inside, parser), parser.gaz).toponyms}


def test_a_country_before_a_weapons_model_is_whose_it_is_not_the_storys_country(pipeline):
    from conflictmap.articles.read import Article
    placed = pipeline.place(Article("x", "The Houthis said they shot down a US MQ-9 Reaper drone over Marib."))[1]
    assert ("Marib", "YE") in [(p.toponym.name, p.toponym.country_code) for p in placed]


def test_a_big_city_next_door_named_as_its_spelling_is_kept(pipeline):
    from conflictmap.articles.read import Article
    text = ("Kurdish fighters recaptured the northern Iraqi town of Sinjar, cutting a supply line between the "
            "militants' strongholds of Mosul and Raqqa.")
    placed = pipeline.place(Article("x", text))[1]
    assert ("Raqqa", "SY") in [(p.toponym.name, p.toponym.country_code) for p in placed]
