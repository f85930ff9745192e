"""Names the text introduces as places that the geoparser did not find (conflictmap.geoparser.introduced)."""

from conflictmap.geoparser import geoparse
from conflictmap.geoparser.introduced import candidate_unknown_names
from conflictmap.geoparser.parser import Toponym


def _names(text, parser, toponyms=None):
    found = geoparse(text, parser) if toponyms is None else toponyms
    return [c.name for c in candidate_unknown_names(text, found, set(), parser.gaz.zipf)]


def test_a_name_before_a_region_word(parser):
    text = "Wad Madani, the capital of Qwertaba state, fell; the Jewish state and Islamic State; Idlib province."
    assert _names(text, parser) == ["Qwertaba"]  # common words ("Jewish") and places found ("Idlib") are not


def test_dates_and_known_places_are_not_names():
    text = "Talks in March in Vienna, fighting in Kafr Nabuda and in The Hague."
    names = [c.name for c in candidate_unknown_names(text, [], set())]
    assert "March" not in names and "Kafr Nabuda" in names and "The Hague" not in names


def test_after_an_attack_on_only_a_rare_word(gaz):
    found = candidate_unknown_names("Gunmen carried out an attack on Christians, a raid on Kafr Zeita and the siege "
                                    "on Tuesday.", [], set(), gaz.zipf)
    assert [c.name for c in found] == ["Kafr Zeita"]


def test_after_the_shelling_or_the_fall_of_a_rare_name_not_an_adjective(gaz):
    found = candidate_unknown_names("The shelling of Qaryat al-Zawr, the fall of Democracy and the bombing of "
                                    "rebel-held Tel Zarqa; the blockade of Kurdish-controlled areas.", [], set(),
                                    gaz.zipf)
    assert [c.name for c in found] == ["Qaryat al-Zawr", "Tel Zarqa"]


def test_after_a_participle_of_taking_and_listed_after_its_date(gaz):
    found = candidate_unknown_names("Troops pushed east, capturing Qarvaz on March 3 and Telmira on March 9; "
                                    "militants attacked Umm Zarqa.", [], set(), gaz.zipf)
    assert [c.name for c in found] == ["Qarvaz", "Telmira", "Umm Zarqa"]


def test_a_name_listed_after_another_keeps_its_article_joined_words(gaz):
    found = candidate_unknown_names("Strikes killed 25 civilians in Qarvaz and Bab al-Zarqa on Sunday.", [], set(),
                                    gaz.zipf)
    assert [c.name for c in found] == ["Qarvaz", "Bab al-Zarqa"]


def test_a_name_followed_by_its_kind(parser):
    text = ("Shells fell on the Qarmaz neighbourhood and Zubrava village. In Telkhan town the militia held the "
            "Yarkal airbase; the Old town and the Central market were quiet.")
    assert _names(text, parser) == ["Qarmaz", "Zubrava", "Telkhan", "Yarkal"]


def test_a_name_with_its_kind_is_one_name_over_the_shorter_ones_inside(parser):
    text = "Bulo Burde town was raided on Monday."
    inside = [t for t in geoparse(text, parser) if t.name == "Bulo"]
    found = candidate_unknown_names(text, inside, set(), parser.gaz.zipf)
    assert [(c.name, c.whole) for c in found] == [("Bulo Burde", True)]
    assert _names("Shelling hit Aleppo city.", parser) == []  # (the whole of it is found)


def test_a_name_never_runs_over_a_line_end(parser):
    text = "Fighting near Qwertaba\n\nRebels Said They Held It"
    assert _names(text, parser) == ["Qwertaba"]


def test_typographic_apostrophes_read_as_plain_ones(parser):
    text = "Jets struck Zarqal al‑Shams town and the Kafr Naʼim‑Zeyn area."  # (U+2011, U+02BC)
    assert _names(text, parser) == ["Zarqal al‑Shams", "Kafr Naʼim‑Zeyn"]  # (named as the text writes them)


def test_a_common_word_after_in_is_no_unknown_place(parser):
    text = "Faith in God, a flat in Section 8, trade in North and South, fighting in Kafr Nabuda."
    assert _names(text, parser) == ["Kafr Nabuda"]


def test_a_rare_name_taken_is_a_place_and_the_arabic_article_in_its_assimilated_forms(parser):
    text = ("Two days later the alliance captured Laukkaing, and on Sunday it took Qwertunlong. The court took "
            "Trump to task. Fighters hold the rebels' stronghold of Jisr ash-Shughrab.")
    names = _names(text, parser)
    assert "Qwertunlong" in names and "Trump" not in names and "Jisr ash-Shughrab" in names


def test_a_titles_capitals_introduce_no_name_but_a_line_of_place_names_does(parser):
    text = ("Israel Says It Has Cut Qwertyland in Two as Strikes Hit Crowded Camps\n\nJets struck the Qwertzabad "
            "camp in the centre of the territory on Saturday, the health ministry said, killing at least 45 people.")
    assert "Two as Strikes Hit Crowded" not in _names(text, parser)
    assert "Qwertunlong" in _names("Qwertunlong village near Mir Ali, North Waziristan\nPakistan", parser)


def test_a_place_on_a_road_between_two_is_introduced_but_not_sides_of_a_fight():
    text = "Militants ambushed a convoy of army troops between Zzyzxqa Burde and Jalalaqsi on Monday."
    assert [i.name for i in candidate_unknown_names(text, [], set())] == ["Zzyzxqa Burde", "Jalalaqsi"]
    assert candidate_unknown_names("Fighting between Qwerty Front and Zzyzx Brigade erupted.", [], set()) == []


def test_after_out_of_and_over_a_namesake_abroad_set_aside(parser):
    text = "In December troops took Adan Yabaal, and in January they drove the militants out of Eel Dheer."
    adan = [t for t in geoparse(text, parser) if t.name == "Adan"]  # (the geoparser's "Adan" is Aden, Yemen)
    found = candidate_unknown_names(text, [], set(), parser.gaz.zipf, set_aside=adan)
    assert [(c.name, c.whole) for c in found] == [("Adan Yabaal", True), ("Eel Dheer", False)]
    assert [c.name for c in candidate_unknown_names(text, adan, set(), parser.gaz.zipf)] == ["Eel Dheer"]


def test_a_name_nothing_placed_is_found_again_where_it_is_mentioned_again():
    from conflictmap.articles.spans import Spans
    from conflictmap.geoparser.introduced import mentioned_again

    text = "Rebels took control of Rubaya on Tuesday. They took Kibabi before reaching Rubaya, near the Amarula Rubaya."
    again = mentioned_again(text, [(23, 29)], Spans([]))
    assert [(text[s:e], n) for s, e, n in again] == [("Rubaya", 0)]  # (not the one inside a longer name)


def test_an_adjective_made_of_a_name_or_a_persons_title_is_no_place_name(gaz):
    found = candidate_unknown_names("Troops seized the Ottoman-era citadel. Iraqi forces recaptured it from Islamic "
                                    "State, Prime Minister Haider al-Abadi said.", [], {"islamic state"}, gaz.zipf)
    assert [c.name for c in found] == []


def test_a_description_before_town_of_or_a_peoples_word_is_no_place_name(parser):
    def unknown(text):
        toponyms = geoparse(text, parser)
        return [i.name for i in candidate_unknown_names(text, toponyms, set())]
    assert unknown("Troops retook the old trading town of Zzyzkalab on Monday.") == ["Zzyzkalab"]
    assert unknown("Gangs burned homes in the Zzyzolino neighbourhood of Port-au-Prince.") == ["Zzyzolino"]
    assert unknown("The army drove out Zzyzgrayan rebels from the hills.") == []
    assert unknown("The army seized Muammar Zzyzafi's Zzyzbab compound in Tripoli.") == ["Zzyzbab"]
    # a people's band ("from Zzyzkish Zzyzmerga fighters") and the region of a people ("the Zzyzkish region")
    assert unknown("Troops retook the city from Zzyzkish Zzyzmerga fighters after the Zzyzkish region voted, and "
                   "fought Zzyzvali fighters.") == []
    assert unknown("The referendum was held across the Zzyzvali region.") == ["Zzyzvali"]  # (not a people's ending)
    assert unknown("Troops took the town of Zzyzlantic Beach from rebels.") == ["Zzyzlantic Beach"]


def test_a_one_word_owner_is_part_of_a_places_name(parser):
    def unknown(text):
        return [i.name for i in candidate_unknown_names(text, geoparse(text, parser), set())]
    assert unknown("Families sheltered in camps near Zzyzox's Zzyzbazar on Monday.") == ["Zzyzox's Zzyzbazar"]


def test_a_name_set_off_before_an_apposition_of_its_kind(gaz):
    text = ("Qorvandi, a hill town south of the lake, fell on Monday. Ahmed, a village elder, said Smith, a city "
            "official, had left. Dravnik, the district capital, was shelled.")
    assert [c.name for c in candidate_unknown_names(text, [], set(), gaz.zipf)] == ["Qorvandi", "Dravnik"]


def test_a_town_after_its_districts_possessive_is_named_but_a_places_building_is_not(gaz):
    text = "Troops raided a compound in South Zzyzxistan's Qorvandi Khel. Gangs stormed Haiti's National Penitentiary."
    owners = [Toponym(text.index("South"), text.index("South") + len("South Zzyzxistan"), "South Zzyzxistan", 0.0, 0.0,
                      None, "PK", "district", "South Zzyzxistan", 0),
              Toponym(text.index("Haiti"), text.index("Haiti") + 5, "Haiti", 0.0, 0.0, None, "HT", "country", "Haiti",
                      0)]
    names = [c.name for c in candidate_unknown_names(text, owners, set(), gaz.zipf)]
    assert "Qorvandi Khel" in names and not any("Penitentiary" in n for n in names)


def test_a_name_taken_keeps_its_article_joined_words():
    names = [c.name for c in candidate_unknown_names("The army took Zzyzarat al-Numan on Jan. 28 and took Tell "
                                                     "ez-Zzyzor on Monday.", [], set())]
    assert names == ["Zzyzarat al-Numan", "Tell ez-Zzyzor"]


def test_residents_of_a_name_and_a_name_placed_by_distance_are_introduced_but_not_a_body_or_a_peoples_villages():
    text = ("Gunmen opened fire as residents of Qorgadji were digging trenches. Zorkadogo lies about 40 km north of "
            "Kaya. The attackers stormed the Local Education Authority school and Alawite villages nearby.")
    names = [c.name for c in candidate_unknown_names(text, [], set())]
    assert "Qorgadji" in names and "Zorkadogo" in names
    assert "Local Education Authority" not in names and "Alawite" not in names


def test_a_body_named_by_its_kind_then_of_is_no_place():
    text = "Nurses marched to the Ministry of Health in Kampala, and others rallied outside the Office of Zzyzxkar."
    names = [c.name for c in candidate_unknown_names(text, [], set())]
    assert "Ministry of Health" not in names and "Office of Zzyzxkar" not in names


def test_names_listed_before_their_kind_in_the_plural_and_a_camp_without_its_qualifier():
    text = ("Troops took the Sakhour and Haydariya neighbourhoods and the Kisik, Abra and Ein Issa villages. Gunmen "
            "attacked Kalma IDP camp and Ward 4 of Maiduguri.")
    names = [c.name for c in candidate_unknown_names(text, [], set())]
    assert names == ["Sakhour", "Haydariya", "Kisik", "Abra", "Ein Issa", "Kalma"]  # (not "Kalma IDP", not "Ward")


def test_a_peoples_word_before_separatists_is_no_place():
    text = "The army blamed the attack on Ambazonian separatists in the Southwest region."
    assert "Ambazonian" not in [c.name for c in candidate_unknown_names(text, [], set())]


def test_an_armed_bands_name_or_one_its_acronym_follows_is_no_place(gaz):
    text = ("Its allies in the Kachin Brotherhood Alliance and fighters of Islamic State Sahel Province (ISSP) "
            "attacked Zzyzx Kala (Kunar) and Qwertaba village.")
    assert [c.name for c in candidate_unknown_names(text, [], set(), gaz.zipf)] == ["Zzyzx Kala", "Qwertaba"]


def test_an_unknown_name_before_a_noun_of_people_or_after_an_ordinal_is_no_place(gaz):
    text = "Troops captured the Qwertaba rebels' de facto capital of Dorobat on Friday."
    assert [c.name for c in candidate_unknown_names(text, [], set(), gaz.zipf)] == ["Dorobat"]
    text = "Fighters captured the base of the military's 275th Battalion, about 2 km west of the town."
    assert [c.name for c in candidate_unknown_names(text, [], set(), gaz.zipf)] == []


def test_places_given_as_some_of_those_counted(gaz):
    found = candidate_unknown_names("The militia has overrun several villages in the south since June, including "
                                    "Kurtabey and Ogolwe; prices rose in many markets, including Chicago.", [], set(),
                                    gaz.zipf)
    assert [c.name for c in found] == ["Kurtabey", "Ogolwe"]  # (not a common word after "including")


def test_a_name_before_army_base_is_a_place_not_a_peoples_army(gaz):
    found = candidate_unknown_names("Rebels stormed the Wadi Zelfa army base on Friday; the Zelfa army advanced.",
                                    [], set(), gaz.zipf)
    assert [c.name for c in found] == ["Wadi Zelfa"]


def test_a_titles_word_in_a_name_followed_by_its_kind_is_a_place(gaz):
    found = candidate_unknown_names("Troops took the Qarzal and Sheikh Zelfan districts; Sheikh Hamdan Zelfi spoke "
                                    "in Qarzal.", [], set(), gaz.zipf)
    assert "Sheikh Zelfan" in [c.name for c in found]
    assert not [c.name for c in found if "Hamdan" in c.name]  # (not the person after the title)


def test_a_people_a_clan_a_party_or_a_militia_named_after_the_is_no_place(gaz):
    from conflictmap.geoparser.peoples import a_peoples_name

    text = ("Youths of the Dinka ethnic group, the rival Hema community, the Lendu farming community, the Islah party "
            "and the Zaire militia; the Kimbo road.")
    for name in ("Dinka", "Hema", "Lendu", "Islah", "Zaire"):
        start = text.index(name)
        assert a_peoples_name(text, start, start + len(name)), name
    start = text.index("Kimbo")
    assert not a_peoples_name(text, start, start + len("Kimbo"))
    assert a_peoples_name(text, text.index("Zaire"), text.index("Zaire") + 5, band_only=True)
    assert not a_peoples_name(text, text.index("Hema"), text.index("Hema") + 4, band_only=True)


def test_one_name_before_places_in_the_plural_is_whose_they_are_not_a_place(gaz):
    found = candidate_unknown_names("Militiamen attacked Hunde villages on Sunday and the Kisik and Zzyzab villages "
                                    "on Monday.", [], set(), gaz.zipf)
    assert [c.name for c in found] == ["Kisik", "Zzyzab"]


def test_a_border_trading_post_or_a_junction_of_a_name_introduces_it(gaz):
    found = candidate_unknown_names("Rebels took the border trading post of Zzyzor and the junction of Qwertum; he "
                                    "was named to the post of Prime Minister.", [], set(), gaz.zipf)
    assert [c.name for c in found] == ["Zzyzor", "Qwertum"]


def test_a_hamlet_a_commune_or_a_municipality_of_a_name_introduces_it_and_a_groups_letters_are_no_place(gaz):
    found = candidate_unknown_names("Gunmen killed five villagers in the commune of Zzyzcom and in the hamlet of Puerto "
                                    "Zzyzam, blaming fighters from Kurdish YPG.", [], set(), gaz.zipf)
    assert [c.name for c in found] == ["Zzyzcom", "Puerto Zzyzam"]
    lga = candidate_unknown_names("Fighters killed two fishermen near Baga in Zzyzkuk LGA.", [], set(), gaz.zipf)
    assert "Zzyzkuk LGA" in [c.name for c in lga]  # (a kind of place in capitals is no group's letters)


def test_the_island_or_peninsula_of_a_name(parser):
    text = "The president declared martial law across the island of Qwertanao and the peninsula of Zzyzbar."
    assert _names(text, parser) == ["Qwertanao", "Zzyzbar"]


def test_a_name_mentioned_again_after_a_sentences_first_word_is_that_place_again():
    from conflictmap.articles.spans import Spans
    from conflictmap.geoparser.introduced import mentioned_again
    text = ("Troops took the village of Zzyzgood on Saturday. In Zzyzgood the army met stiff resistance. "
            "The Amarula Zzyzgood hotel was shut.")
    first = text.index("Zzyzgood")
    again = mentioned_again(text, [(first, first + 8)], Spans([]))
    assert [text[a:b] for a, b, _ in again] == ["Zzyzgood"] and again[0][0] == text.index("In Zzyzgood") + 3


def test_names_listed_before_kinds_of_place_are_places_unless_all_are_peoples_words(parser):
    assert "Gogjali" in _names("Troops took the Karama and Gogjali districts on Friday.", parser)
    assert _names("Militias burned the Kurdish and Arab villages on Friday.", parser) == []
    assert _names("Militias burned the Zzyzxi villages on Friday.", parser) == []  # (one name: a people's)


def test_a_name_after_the_hill_of_is_introduced(parser):
    assert _names("The group seized the hill of Zzyzxtepe, which overlooks the town.", parser) == ["Zzyzxtepe"]


def test_a_peoples_word_before_positions_is_no_place(parser):
    assert _names("Troops attacked Islamist positions around the town.", parser) == []


def test_a_kind_of_place_opening_a_coders_location_introduces_the_name(parser):
    assert _names("Village of Zzyzx Bangou, Tillaberi region.", parser) == ["Zzyzx Bangou"]


def test_a_name_of_several_words_introduced_once_is_a_place_wherever_it_is_written(parser):
    text = "Tanks pounded the camp and nearby Zzyzx al-Balah. Hospitals in Zzyzx al-Balah were overwhelmed."
    names = [c for c in candidate_unknown_names(text, geoparse(text, parser), set(), parser.gaz.zipf)]
    assert [(c.name, c.start) for c in names] == [("Zzyzx al-Balah", 34), ("Zzyzx al-Balah", 63)]


def test_a_name_after_an_areas_possessive_is_a_place_of_that_area_not_a_title(parser):
    text = ("Gunmen killed a chief in Kidal region's Zzyzxefis on Thursday. The state's Governor Zulum visited Gao "
            "province's Zzyzxit.")
    assert _names(text, parser) == ["Zzyzxefis", "Zzyzxit"]


def test_a_name_opening_a_line_before_the_area_it_is_in_is_a_place(parser):
    assert _names("Zzyzxkafr, Hasakah governorate. Syria", parser) == ["Zzyzxkafr"]
    assert _names("Zzyzxanja, North Kivu. Democratic Republic of the Congo", parser) == ["Zzyzxanja"]
    assert _names("Zzyzxeso, Masisi, North Kivu. DRC", parser) == ["Zzyzxeso"]  # (two areas, then the country)
    assert _names("Yesterday, Borno state police said three people died.", parser) == []  # (a common word)


def test_a_name_whose_word_after_its_article_opens_with_an_ayn_mark_is_one_name(pipeline):
    from conflictmap.articles.read import Article
    for text in ("Zzyzxras al-‘Ayn, Hasakah governorate. Syria", "Zzyzxras al-'Ayn, Hasakah governorate. Syria"):
        unplaced = pipeline.place(Article("x", text))[2]
        assert [u.name for u in unplaced] == [text.split(",")[0]]  # (one name, not "Zzyzxras" and "Ayn")


def test_a_sentence_opening_on_where_it_happened_introduces_the_name(parser):
    assert _names("In Zzyzxobo, also in Jonglei, attackers overran a base.", parser) == ["Zzyzxobo"]
    assert _names("Talks stalled. In Zzyzxasir and Zzyzxulang, gunmen raided homes.", parser) == \
        ["Zzyzxasir", "Zzyzxulang"]
    assert _names("In January, rebels attacked the town. In Total, 40 died.", parser) == []  # (a month, a word)


def test_a_name_burnt_is_introduced_as_a_place(parser):
    assert _names("The gunmen returned and burned Zzyzxdoron and other villages nearby.", parser) == ["Zzyzxdoron"]


def test_a_peoples_word_after_attacked_is_no_place_and_a_border_post_is_one(parser):
    assert _names("Forces attacked Islamist militant bases and Kurdish positions.", parser) == []
    assert _names("Two days later it took the Zzyzxdone border post.", parser) == ["Zzyzxdone"]


def test_a_peoples_name_before_its_men_is_no_place():
    from conflictmap.geoparser.peoples import a_peoples_name
    text = "the White Army, a militia of young Nuer men, attacked the base"
    assert a_peoples_name(text, text.index("Nuer"), text.index("Nuer") + 4)
    text = "fighters reached the outskirts of Nasir on Monday"
    assert not a_peoples_name(text, text.index("Nasir"), text.index("Nasir") + 5)
