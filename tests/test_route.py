import datetime as dt

from conflictmap.articles.read import read_article
from conflictmap.events.types import NSA_TAKEOVER
from conftest import ARTICLES

SEED_ROUTE = ["Idlib", "Aleppo", "Hama", "Homs", "Al-Qusayr", "Damascus"]


def test_seed_route(seed_build):
    route = seed_build[1].route
    assert [s.location for s in route] == SEED_ROUTE
    assert {s.actor for s in route} == {"Hayat Tahrir al-Sham"}
    assert route[0].order_rule == "origin" and route[0].km_from_previous is None
    damascus = route[-1]
    assert damascus.event_date == dt.date(2024, 12, 8) and damascus.date_source == "text"
    assert 100 < damascus.km_from_previous < 130  # Al-Qusayr → Damascus, geodesic
    assert route[1].date_source == "correction" and route[1].days_from_previous == 3


def test_before_cue_orders_places(process):
    text = "Rebels captured Damascus on Sunday. Rebels earlier captured Homs and Hama before advancing into Damascus."
    assert [s.location for s in process(text).route] == ["Homs", "Hama", "Damascus"]


def test_after_cue_orders_places(process):
    text = "Rebels entered Hama after capturing Aleppo."
    assert [s.location for s in process(text).route] == ["Aleppo", "Hama"]


def test_dates_order_places_across_sentences(process):
    text = "Rebels captured Homs on Sunday. Rebels captured Hama on Thursday."
    route = process(text).route
    assert [s.location for s in route] == ["Hama", "Homs"]
    assert route[1].days_from_previous == 3 and route[1].order_rule == "date"


def test_origin_first_even_when_mentioned_last(process):
    text = "Rebels seized Aleppo on Friday. The group launched the offensive from Idlib last week."
    assert [s.location for s in process(text).route] == ["Idlib", "Aleppo"]


def test_no_territory_no_route(process):
    assert process("Talks were held in Vienna.").route == []


def test_routes_of_other_conflicts(pipeline):
    route = pipeline.process(read_article(ARTICLES / "2023-12-19-sudan-wad-madani.md")).route
    assert [s.location for s in route] == ["Khartoum", "Wad Madani"]
    assert {s.actor for s in route} == {"Rapid Support Forces"}


def test_one_place_taken_is_no_route(pipeline):
    result = pipeline.process(read_article(ARTICLES / "2024-02-18-ukraine-avdiivka.md"))
    assert result.route == []  # Avdiivka fell: an event, not an advance
    assert [e.sub_event_type for e in result.events if e.location == "Avdiivka"] == [NSA_TAKEOVER]


def test_a_narrative_anchor_puts_the_earlier_taking_first(process):
    text = ("Russian troops captured the village of Novohrodivka on Monday and pressed on toward Pokrovsk. "
            "The advance came a week after Russian units took the town of Niu-York.")
    route = process(text, published="2024-08-27").route
    assert [s.location for s in route] == ["Niu-York", "Novohrodivka", "Pokrovsk"]
    assert route[0].event_date == dt.date(2024, 8, 19)


def test_a_withdrawal_does_not_extend_the_attackers_route(process):
    text = "Rebels seized Hama on Thursday. Rebels seized Aleppo on Friday. Government troops withdrew from Homs."
    assert [s.location for s in process(text).route] == ["Hama", "Aleppo"]


def test_a_threatened_place_is_no_stop(process):
    text = "Rebels seized Aleppo on Friday. Rebels seized Hama on Saturday and vowed to march on Damascus."
    assert [s.location for s in process(text).route] == ["Aleppo", "Hama"]


def test_takings_on_one_day_with_no_movement_are_no_advance(process):
    assert process("Rebels seized Aleppo and Hama on Friday.").route == []


def test_takings_a_later_sentence_says_had_come_earlier_come_first(process):
    r = process("Rebels said on Saturday they had captured Dessie and Kombolcha. The rebels had earlier taken Weldiya, "
                "and on Monday their fighters entered Kemise.", published="2021-11-08")
    assert [s.location for s in r.route] == ["Weldiya", "Dessie", "Kombolcha", "Kemise"]


def test_a_ministry_of_a_country_after_a_taken_town_is_not_taken(process):
    r = process("Russian forces have taken full control of Avdiivka, Russia's defence ministry said on Saturday.",
                published="2024-02-18")
    assert [e.location for e in r.events if e.event_type == "Battles"] == ["Avdiivka"]


def test_where_an_incursion_crossed_the_border_is_its_origin(process):
    r = process("On August 6 Ukrainian units crossed the border near Oleshnya and overran Russian checkpoints. Within "
                "two days they had captured Goncharovka, and on August 15 Ukraine's top commander said they had taken "
                "Sudzha.", published="2024-08-16")
    assert [s.location for s in r.route] == ["Oleshnya", "Goncharovka", "Sudzha"]
    assert "Ukraine" not in [e.location for e in r.events if e.event_type == "Battles"]  # (its commander spoke)


def _route_and_dates(process, text, published):
    """(the route's places, each happening's date by place) of a one-off article."""
    result = process(text, published=published)
    return [s.location for s in result.route], {e.location: e.event_date for e in result.events if not e.is_context}


def test_a_sweep_told_by_falls_surrenders_and_the_next_day_is_a_route_in_order(process):
    text = ("The Taliban captured Kandahar on Friday, a day after the insurgents took Herat.\n\n"
            "Their offensive began on Aug. 6, when their fighters overran Zaranj. Sheberghan fell the next day, and "
            "on Sunday the insurgents seized Kunduz. Government troops in Ghazni surrendered on Thursday, "
            "and the Taliban then pushed on to Herat.")
    route, dates = _route_and_dates(process, text, "2021-08-13")
    assert route == ["Zaranj", "Sheberghan", "Kunduz", "Ghazni", "Herat", "Kandahar"]
    assert dates["Sheberghan"] == dt.date(2021, 8, 7) and dates["Ghazni"] == dt.date(2021, 8, 12)
    # (a place's price is not its fall)
    assert not [e for e in process("Prices in Kabul fell on Monday as the currency rallied.").events
                if not e.is_context]


def test_taken_over_a_base_in_a_town_and_days_later_are_takings_with_dates(process):
    text = ("The RSF seized Nyala on Oct. 26 after weeks of fighting. Days later its fighters took Zalingei. "
            "On Sunday the group said it had taken over the army's main base in El Geneina.")
    assert _route_and_dates(process, text, "2023-11-06")[0] == ["Nyala", "Zalingei", "El Geneina"]


def test_a_withdrawal_the_group_tells_is_no_stop_of_its_advance_and_walked_into_is_a_taking(process):
    text = ("M23 rebels walked into Bukavu on Sunday, two days after they seized the nearby Kavumu airport.\n\n"
            "The rebels launched their push south from Goma, advancing through Minova and Kalehe. They took Kalehe "
            "on Feb. 5, officials said. On Monday the rebels said they had withdrawn from Nyabibwe, a mining town "
            "they held briefly.")
    route, dates = _route_and_dates(process, text, "2025-02-17")
    assert route == ["Goma", "Minova", "Kalehe", "Kavumu", "Bukavu"]  # (Minova: by Feb. 5; not where they left)
    assert dates["Kavumu"] == dt.date(2025, 2, 14)  # (two days before Sunday the 16th)
    left = next(e for e in process(text, published="2025-02-17").events if e.location == "Nyabibwe" and
                not e.is_context)
    assert (left.actor1, left.actor2) == ("", "M23")  # (who took it the text does not say)


def test_an_alliance_named_with_its_members_is_the_subject_and_the_alliance_is_it(process):
    text = ("The Three Brotherhood Alliance said on Monday that its fighters had taken control of Kunlong.\n\n"
            "The alliance, made up of the Arakan Army, the Ta'ang National Liberation Army and the Myanmar National "
            "Democratic Alliance Army, took Chinshwehaw on Oct. 28 and Hsenwi on Nov. 5.")
    result = process(text, published="2023-11-14")
    actors = {e.location: e.actor1 for e in result.events if not e.is_context}
    assert actors == {"Kunlong": "Three Brotherhood Alliance", "Chinshwehaw": "Three Brotherhood Alliance",
                      "Hsenwi": "Three Brotherhood Alliance"}  # (not the Arakan Army, one of its members)


def test_pushed_south_from_is_where_the_push_came_from_and_an_allegation_is_its_own_event(process):
    text = ("Tigrayan forces said on Sunday they had taken Dessie on Saturday and Kombolcha on Sunday.\n\n"
            "The Tigray People's Liberation Front (TPLF) pushed south from Woldiya, which it seized in September, "
            "and its fighters entered Haik late last week. The federal government said its troops were still "
            "fighting around Dessie and accused the TPLF of killing more than 100 young people in Bati.")
    result = process(text, published="2021-11-01")
    assert [s.location for s in result.route] == ["Woldiya", "Haik", "Dessie", "Kombolcha"]
    bati = [e for e in result.events if e.location == "Bati" and not e.is_context]
    assert [(e.event_type, e.actor1, e.fatalities) for e in bati] == [
        ("Violence against civilians", "Tigray People's Liberation Front", 100)]
    assert not [u for u in result.unplaced if u.name == "Liberation"]  # (a word of the group's name)


def test_days_after_puts_the_earlier_taking_first(process):
    text = ("The Ansar Front took control of the Karish district on Sunday, officials said.\n\n"
            "The group captured Harib in late September, days after it seized Bayhan in Shabwa province.")
    result = process(text, published="2021-10-25")
    assert [s.location for s in result.route][:2] == ["Bayhan", "Harib"]


def test_a_town_attacked_on_the_way_is_a_stop_and_the_region_crossed_is_not(process):
    text = ("Rapid Support Forces fighters entered Rabak on Monday, residents said.\n\n"
            "The RSF had launched its push from Kosti on Friday, crossing into White Nile state and attacking the "
            "town of Ed Dueim before advancing on Rabak.")
    stops = [s.location for s in process(text, published="2023-12-20").route]
    assert stops == ["Kosti", "Ed Dueim", "Rabak"]


def test_places_taken_before_reaching_the_last_come_before_it(process):
    text = ("M23 rebels took control of Rubaya, a mining town in eastern Congo, on Tuesday, residents said.\n\n"
            "They then pushed west, taking the villages of Kibabi and Ngungu before reaching Rubaya.")
    stops = [s.location for s in process(text, published="2024-05-02").route]
    assert stops == ["Kibabi", "Ngungu", "Rubaya"]  # (the second "Rubaya", which nothing placed, is Rubaya too)


def test_places_taken_on_the_move_at_the_start_come_first(process):
    text = ("Iraqi forces have recaptured the city of Tal Afar from Islamic State, the prime minister said on Sunday.\n\n"
            "Troops advanced from the south and west, taking the villages of Kisik and al-Abra on the first day. "
            "They entered the city centre on Saturday.")
    stops = [s.location for s in process(text, published="2017-08-28").route]
    assert stops == ["Kisik", "al-Abra", "Tal Afar"]  # ("the city" is Tal Afar, not a village named before)


def test_the_following_week_is_a_week_after_the_taking_told_before(process):
    text = "The army captured Humera on Nov. 11 and Shire on Nov. 17. It took Axum and Adigrat the following week."
    stops = {(s.location, s.event_date) for s in process(text, published="2020-11-29").route}
    assert {("Axum", dt.date(2020, 11, 24)), ("Adigrat", dt.date(2020, 11, 24))} <= stops


def _dated_route(process, text, published):
    """(stops as (place, date), the set of their actors) of a one-off article's route."""
    route = process(text, published=published).route
    return [(s.location, s.event_date) for s in route], {s.actor for s in route}


def test_a_town_reached_days_later_is_the_next_stop_of_a_states_advance(process):
    text = ("Azerbaijani and Armenian forces fought along the line of contact. Azerbaijani troops took Aghdam on "
            "October 2, and Kalbajar, a town in the mountains, fell on October 6, officials said. They reached the "
            "town of Lachin three days later.")
    assert _dated_route(process, text, "2020-11-20") == ([
        ("Aghdam", dt.date(2020, 10, 2)), ("Kalbajar", dt.date(2020, 10, 6)), ("Lachin", dt.date(2020, 10, 9))],
        {"Military Forces of Azerbaijan"})


def test_a_delegation_reaching_a_city_is_no_advance(process):
    result = process("The delegation reached Geneva on Monday for talks, and the team reached Denver on Friday.")
    assert result.route == [] and [e for e in result.events if not e.is_context] == []


def test_a_place_a_relative_clause_says_was_taken_days_later_is_a_dated_stop(process):
    text = ("The offensive opened on March 3 with shelling near Kupiansk, which Ukraine's army retook two days "
            "later, in the fastest advance since the start of the war. Its units seized Izium, where the mayor said "
            "the bridge had been destroyed, three days later.")
    assert _dated_route(process, text, "2023-03-20") == (
        [("Kupiansk", dt.date(2023, 3, 5)), ("Izium", dt.date(2023, 3, 8))], {"Military Forces of Ukraine"})


def test_a_withdrawal_told_beside_the_taking_leaves_the_taking_to_the_side_that_took(process):
    text = ("Ethiopian troops recaptured Dessie and Kombolcha at the weekend. Rebel fighters abandoned Dessie on "
            "Saturday, leaving trucks behind, residents said.")
    dessie = [e for e in process(text, published="2021-12-07").events if e.location == "Dessie" and not e.is_context]
    assert [(e.sub_event_type, e.actor1) for e in dessie] == [("Government regains territory",
                                                               "Military Forces of Ethiopia")]


def test_an_alliance_with_a_relative_clause_took_places_with_appositions_and_days_after_them(process):
    text = ("The Kachin Independence Army, which includes several local militias, took the provincial capital "
            "Myitkyina in March. Its fighters seized Bhamo, the river port near the border, on May 2, and Mogaung "
            "in Kachin a day later, and Hpakant the following day.")
    assert _dated_route(process, text, "2024-05-20") == ([
        ("Myitkyina", dt.date(2024, 3, 1)), ("Bhamo", dt.date(2024, 5, 2)), ("Mogaung", dt.date(2024, 5, 3)),
        ("Hpakant", dt.date(2024, 5, 4))], {"Kachin Independence Army"})


def test_a_coalition_described_then_named_and_its_fighters_are_the_named_coalition(process):
    text = ("A coalition of armed groups said on Monday it had seized Bambari. The Coalition of Patriots for Change, "
            "which includes former Seleka factions, took Bangassou on January 3. Its fighters overran Damara on "
            "January 9, and the coalition said it would march on Bangui.")
    assert _dated_route(process, text, "2021-01-12") == ([
        ("Bangassou", dt.date(2021, 1, 3)), ("Damara", dt.date(2021, 1, 9)), ("Bambari", dt.date(2021, 1, 11))],
        {"Coalition of Patriots for Change"})


def test_takings_past_an_owners_apposition_and_a_second_taking_with_its_own_day(process):
    text = ("Government troops recaptured Tessit, Mali's border town, and Ansongo after weeks of fighting in the "
            "region. They had earlier taken the village of Bourem, cutting the road, and seized Menaka on May 2.")
    result = process(text, published="2023-05-10")
    taken = {e.location: e.event_date for e in result.events if e.sub_event_type == "Government regains territory"}
    assert set(taken) == {"Tessit", "Ansongo", "Bourem", "Menaka"}  # (not Mali, whose border town Tessit is)
    assert taken["Bourem"] is None and taken["Menaka"] == dt.date(2023, 5, 2)  # (May 2 is Menaka's alone)
    assert not [e for e in result.events if e.sub_event_type == "Armed clash"]  # (the weeks before are no fight)


def test_an_airport_at_a_town_a_place_listed_after_a_taking_and_a_withdrawal_the_day_before(process):
    text = ("M23 rebels walked into Uvira on Sunday, two days after they seized the town's airport at Kiliba. The "
            "rebels launched their push south from Kamanyola, taking Luvungi on February 3 and Zzyzxville a week "
            "later. Government troops pulled out of Uvira on Saturday.")
    result = process(text, published="2025-02-18")
    assert [(s.location, s.event_date) for s in result.route][1:] == [
        ("Luvungi", dt.date(2025, 2, 3)), ("Zzyzxville", dt.date(2025, 2, 10)), ("Kiliba", dt.date(2025, 2, 14)),
        ("Uvira", dt.date(2025, 2, 16))]
    uvira = [e for e in result.events if e.location == "Uvira" and not e.is_context]
    assert [(e.event_date, e.actor1) for e in uvira] == [(dt.date(2025, 2, 16), "M23")]  # (one change of hands)


def test_where_a_push_came_from_is_no_taking_and_a_province_entered_is_no_stop(process):
    text = ("Houthi fighters pushed into Shabwa province from Al-Bayda in September, taking Bayhan after a siege. "
            "They then seized Harib on October 1 and reached Al-Abdiyah, 40 km to the east, a week later.")
    result = process(text, published="2021-11-15")
    taken = {e.location for e in result.events if e.sub_event_type == "Non-state actor overtakes territory"}
    assert "Al-Bayda" not in taken and "Bayhan" in taken
    stops = [(s.location, s.event_date) for s in result.route]
    assert "Shabwa" not in {name for name, _ in stops} and stops[-1] == ("Al-Abdiyah", dt.date(2021, 10, 8))


def test_several_positions_recaptured_in_an_area_are_a_taking_there(process):
    text = "Pro-government forces recaptured several positions in Sirwah, west of Marib, on Saturday."
    [e] = [e for e in process(text, published="2021-11-15").events if not e.is_context]
    assert (e.location, e.sub_event_type, e.event_date) == ("Sirwah", "Government regains territory",
                                                            dt.date(2021, 11, 13))


def test_a_second_taking_after_an_after_clause_comes_after_the_first(process):
    text = "Insurgents captured Mopti on Friday after two days of fighting, and entered Segou on Saturday."
    assert [s.location for s in process(text, published="2024-03-18").route] == ["Mopti", "Segou"]


def test_a_place_moved_on_from_after_the_dated_stops_is_a_step_by_its_date_not_the_origin(process):
    text = ("The Bakunda Liberation Front took Bria in December. On Saturday its fighters advanced from Sibut, and on "
            "Sunday they seized Bangui.")
    assert [s.location for s in process(text, published="2024-03-15").route] == ["Bria", "Sibut", "Bangui"]


def test_a_town_advanced_to_within_some_km_of_is_not_reached(process):
    text = "Rebels seized Lahij on Monday and seized Zinjibar on Tuesday, then advanced to within 20 km of Aden."
    assert [s.location for s in process(text, published="2024-03-15").route] == ["Lahij", "Zinjibar"]


def test_the_days_told_order_the_stops_over_the_order_they_are_written_in(process):
    text = "Troops captured Marinka in January and Pisky in December, before taking Avdiivka on February 17."
    assert [s.location for s in process(text, published="2024-02-18").route] == ["Pisky", "Marinka", "Avdiivka"]


def test_a_town_taken_whose_name_was_found_without_its_article_is_a_stop(process):
    text = ("Islamic State fighters took full control of Palmyra on Thursday. The group had launched its assault on "
            "Palmyra on May 13 from the east, taking the town of al-Sukhnah along the way.")
    assert [s.location for s in process(text, published="2015-05-22").route] == ["Sukhnah", "Palmyra"]


def test_pushing_north_towards_a_town_is_a_step_of_the_advance(process):
    text = "Ukrainian troops took Sudzha on Aug. 6. They have since pushed north towards Korenevo."
    assert [s.location for s in process(text, published="2024-08-13").route] == ["Sudzha", "Korenevo"]


def test_the_town_that_fell_is_the_one_named_before_and_then_the_advance_goes_on(process):
    text = "Rebels surrounded Bukavu on Monday. The town fell two days later, and the rebels then moved on Uvira."
    result = process(text, published="2024-07-20")
    assert [(e.location, e.sub_event_type) for e in result.events if not e.is_context] == [("Bukavu", NSA_TAKEOVER)]
    assert [s.location for s in result.route] == ["Bukavu", "Uvira"]


def test_a_movement_told_as_a_named_ones_is_no_stop_of_the_subjects_route(process):
    text = ("Government troops recaptured Gharyan on Wednesday, the main supply base for Haftar's offensive on Tripoli. "
            "Earlier in the month they had retaken Aziziya.")
    result = process(text, "2019-06-27")
    assert "Tripoli" not in [s.location for s in result.route]
    text = "Government troops recaptured Gharyan on Wednesday before their advance on Tripoli."
    assert "Tripoli" in [s.location for s in process(text, "2019-06-27").route]


def test_a_river_or_road_advanced_along_is_no_stop(process):
    result = process("The army advanced along the Blue Nile and took Singa on Sunday.", "2024-12-09")
    assert "Blue Nile" not in [s.location for s in result.route]
    assert [e.location for e in result.events if not e.is_context and e.role == "advance"] == []


def test_a_town_a_sum_names_with_its_own_date_is_an_earlier_stop_of_the_advance(process):
    text = ("Al-Shabaab fighters overran Afgooye on Thursday, residents said. The militants have captured a string of "
            "towns since January, among them Jowhar, which they took in March, and Adale.")
    result = process(text, "2024-04-20")
    assert [(s.location, s.event_date) for s in result.route] == [("Jowhar", dt.date(2024, 3, 1)),
                                                                   ("Afgooye", dt.date(2024, 4, 18))]
    assert [e.location for e in result.events if not e.is_context] == ["Afgooye"]  # (Jowhar: no news of the day)
    assert "Adale" not in [s.location for s in result.route]  # (counted, not dated: no stop)


def test_a_town_reached_after_one_taken_is_the_next_stop(process):
    result = process("Ukrainian troops broke through near Balakliia on Tuesday, took the town on Thursday and reached the "
                     "rail hub of Kupiansk on Friday.", published="2022-09-12")
    assert [s.location for s in result.route] == ["Balakliia", "Kupiansk"]
    assert process("The two sides reached an agreement in Doha on Monday.", published="2022-09-12").route == []


def test_when_every_place_one_side_took_was_taken_back_the_advance_is_the_other_sides(process):
    text = ("Government forces said on Tuesday they had retaken Ndele and Kaga-Bandoro from the Seleka rebels. "
            "Seleka seized both towns in late March. Its fighters took Ndele on March 24 and Kaga-Bandoro on March "
            "26. Troops had recaptured Bouca on Monday.")
    result = process(text, "2013-05-08")
    assert [s.location for s in result.route] == ["Bouca", "Ndele", "Kaga-Bandoro"]
    rebels = sorted((e.location, e.event_date) for e in result.events if not e.is_context and
                    e.sub_event_type == NSA_TAKEOVER)
    assert rebels == [("Kaga-Bandoro", dt.date(2013, 3, 26)), ("Ndele", dt.date(2013, 3, 24))]  # (one taking each)



def test_an_earlier_phase_told_as_the_campaigns_steps_is_on_the_route_by_its_dates(process):
    text = ("Rebel forces marched into Kindu on Saturday, completing a seven-month advance.\n\nThe rebellion began in "
            "October in South Kivu, where the rebels seized Uvira and then Bukavu. They took Goma in November and "
            "Kisangani in March, and captured Kalemie on April 9.")
    route = process(text, published="1997-05-17").route
    assert [s.location for s in route] == ["Uvira", "Bukavu", "Goma", "Kisangani", "Kalemie", "Kindu"]
    assert [e.location for e in process(text, published="1997-05-17").events
            if not e.is_context and e.event_date.year == 1996] == []  # (stops, not events of their months)


def test_an_earlier_taking_told_alone_already_or_in_passing_is_no_step(process):
    for earlier in ("In January, the rebels captured Goma.", "The rebels had already driven the army from Goma in "
                    "January.", "The rebels, who seized Goma in January, are well armed."):
        text = f"Rebels captured Bukavu on Sunday. {earlier}"
        assert [s.location for s in process(text, published="1997-05-17").route] == [], earlier


def test_takings_of_the_months_before_a_move_on_are_its_steps(process):
    text = ("Sudan's army said on Friday it had recaptured the presidential palace in Khartoum. The army had retaken "
            "the city of Omdurman in January, before crossing the Nile bridges into central Khartoum this month.")
    assert [s.location for s in process(text, published="2025-03-22").route] == ["Omdurman", "Khartoum"]


def test_takings_told_as_a_run_up_to_now_are_the_steps_before_the_news(process):
    text = ("SITTWE, Aug 4 - The Arakan Army said on Saturday it had captured Ann, home to the military's Western "
            "Command. In January the group seized Paletwa, and it has since taken Kyauktaw along the road to Ann.")
    result = process(text, published="2024-08-04")
    assert [s.location for s in result.route] == ["Paletwa", "Kyauktaw", "Ann"]


def test_a_taking_a_victory_is_measured_against_is_no_step_of_it(process):
    text = ("BAGHDAD, May 17 - Islamic State militants seized the Iraqi city of Ramadi on Sunday, officials said, in "
            "the group's biggest gain since it took Mosul last June.")
    result = process(text, published="2015-05-18")
    assert [s.location for s in result.route] in ([], ["Ramadi"])
    assert "Mosul" not in {e.location for e in result.events if not e.is_context}


def test_where_an_advance_was_aimed_comes_after_what_it_took_on_the_way(process):
    text = ("DUBAI, Feb 15 - Yemen's Houthi movement pressed an offensive on government-held Marib on Monday, seizing "
            "positions in Sirwah district to the west of the city, tribal sources said.")
    result = process(text, published="2021-02-15")
    assert [s.location for s in result.route] == ["Sirwah", "Marib"]


def test_a_place_only_feared_to_be_marched_on_is_no_point_of_the_advance(process):
    text = ("The militants had advanced south from Douentza earlier in the week, alarming governments who feared they "
            "could march on the capital Bamako. They captured Konna on Thursday.")
    result = process(text, published="2013-01-12")
    assert "Bamako" not in [s.location for s in result.route]


def test_a_town_advanced_to_within_some_km_of_is_no_stop(process):
    text = ("KYIV, Aug 28 - Russian troops have advanced to within 10 km of the eastern city of Pokrovsk after "
            "capturing the town of Novohrodivka on Tuesday, Ukraine's military said.")
    assert "Pokrovsk" not in [s.location for s in process(text, published="2024-08-29").route]


def test_they_in_a_clause_of_the_rebel_advance_are_the_rebels_and_its_takings_the_routes_start(process):
    text = ("GOMA, Feb 16 - M23 rebels walked into Bukavu on Sunday, residents said. The army and allied Burundian "
            "troops withdrew south towards Uvira ahead of the rebels' arrival. The rebel advance began in January, "
            "when they seized Minova before taking Goma on Jan. 27.")
    result = process(text, published="2025-02-17")
    assert [s.location for s in result.route] == ["Minova", "Goma", "Bukavu"]


def test_an_advance_dated_at_the_opening_of_its_sentence_keeps_its_date_before_what_it_did_next(process):
    text = ("M23 rebels seized Rubaya on Tuesday after clashes with the army, a local chief said. In February, the "
            "rebels advanced on Sake, 20 km west of Goma, and shelled a camp for displaced people, killing 16.")
    result = process(text, published="2024-05-03")
    assert [(s.location, s.event_date) for s in result.route] == [("Sake", dt.date(2024, 2, 1)),
                                                                  ("Rubaya", dt.date(2024, 4, 30))]


def test_a_river_named_by_its_town_is_no_stop_and_no_place(process):
    text = ("Ukrainian forces recaptured Arkhanhelske on Sunday, advancing along the west bank of the Dnipro river, "
            "and took Mykhailivka on Monday.")
    result = process(text, published="2022-10-05")
    assert [s.location for s in result.route] == ["Arkhanhelske", "Mykhailivka"]
    crossed = "Ukrainian troops crossed the Dnipro River near Kherson on Tuesday and clashed with Russian forces."
    assert [e.location for e in process(crossed, published="2022-10-05").events if not e.is_context] == ["Kherson"]
