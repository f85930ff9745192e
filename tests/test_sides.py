"""Who an event's actors are when the text does not name them all: ACLED's Unidentified Armed Group for violence
with no named perpetrator, and never the side that withdrew as the one that took a place. Sentences written for
these tests."""

from conflictmap.events.types import AIR_STRIKE as REMOTE_STRIKE, GOV_REGAINS, NSA_TAKEOVER, REMOTE, VAC


def _events(result):
    return [e for e in result.events if not e.is_context]


def test_a_killing_with_no_named_perpetrator_is_an_unidentified_armed_groups(process):
    text = ("Fighting between the army and the Mountain Liberation Movement spread across the province. "
            "A man was shot dead in Butembo on Sunday.")
    shot = next(e for e in _events(process(text, published="2025-01-28")) if e.location == "Butembo")
    assert shot.event_type == VAC
    assert shot.actor1 == "Unidentified Armed Group (Democratic Republic of Congo)"


def test_a_blast_that_killed_is_an_attack_by_explosives_unless_an_accident(process):
    blast = _events(process("A blast killed a boy in Montepuez on Sunday.", published="2024-03-12"))
    assert [(e.event_type, e.location, e.fatalities) for e in blast] == [(REMOTE, "Montepuez", 1)]
    assert blast[0].actor1 == "Unidentified Armed Group (Mozambique)"
    gas = _events(process("A gas explosion killed two workers in Nampula on Monday.", published="2024-03-12"))
    assert gas == []


def test_a_strike_in_a_war_story_is_a_strike_even_without_its_weapon(process):
    text = ("Israeli troops and Hamas fighters clashed in Gaza City on Friday. "
            "A strike on a school in Khan Younis killed nine people on Saturday. "
            "Residents said strikes hit homes in Rafah on Sunday.")
    remote = {e.location for e in _events(process(text, published="2023-11-06")) if e.event_type == REMOTE}
    assert remote == {"Khan Younis", "Rafah"}


def test_a_workers_strike_is_no_strike_from_the_air(process):
    text = "Dock workers began a strike in Rotterdam on Monday; the strike hit exports, the port said."
    assert _events(process(text, published="2024-03-12")) == []


def test_the_side_that_withdrew_is_not_the_one_that_took_the_town(process):
    text = ("The M23 rebels pressed on towards Goma. On Saturday the M23 rebels withdrew from Sake, residents said, "
            "and on Sunday they captured Goma.")
    events = _events(process(text, published="2025-01-28"))
    sake = next(e for e in events if e.location == "Sake")
    assert sake.actor1 != "M23" and sake.actor2 == "M23" and sake.sub_event_type == GOV_REGAINS
    goma = next(e for e in events if e.location == "Goma")
    assert (goma.actor1, goma.sub_event_type) == ("M23", NSA_TAKEOVER)
    assert "Sake" not in [s.location for s in process(text, published="2025-01-28").route]


def test_the_group_named_in_the_first_paragraph_after_a_byline_is_the_storys(process):
    text = ("Rebels Seize Two Towns\nBy Staff Reporter\n\nFighters of the Jubaland Liberation Front captured Baidoa "
            "on Monday, residents said.\n\nThe militants overran Jawhar on Tuesday.")
    takers = {e.location: e.actor1 for e in _events(process(text, published="2024-03-13"))}
    assert takers == {"Baidoa": "Jubaland Liberation Front", "Jawhar": "Jubaland Liberation Front"}


def test_a_town_entered_then_left_was_raided_not_taken(process):
    text = ("Insurgents entered Mueda on Monday, setting fire to the police station before pulling back, "
            "residents said.")
    assert not [e for e in _events(process(text, published="2024-03-12")) if e.sub_event_type == NSA_TAKEOVER]


def test_a_town_taken_after_the_other_side_abandoned_its_positions_changed_hands_without_a_fight(process):
    from conflictmap.events.types import NONVIOLENT_TERRITORY

    text = "Rebel fighters took control of Bunia on Friday after the army abandoned its positions in the town."
    bunia = next(e for e in _events(process(text, published="2024-03-12")) if e.location == "Bunia")
    assert bunia.sub_event_type == NONVIOLENT_TERRITORY
    text = "Rebel fighters entered Kisangani on Friday after regular army units deserted their barracks."
    assert [e.sub_event_type for e in _events(process(text, published="2024-03-12"))] == [NONVIOLENT_TERRITORY]


def test_the_matter_of_a_trial_is_no_new_happening(process):
    text = ("A court in The Hague sentenced a rebel commander on Monday for attacks on civilians in Ituri. "
            "Militants killed five villagers near Bunia on Sunday.")
    events = _events(process(text, published="2024-03-12"))
    assert [e.location for e in events] == ["Bunia"]


def test_gunmen_the_text_calls_unidentified_are_not_the_storys_group(process):
    text = ("The M23 rebels pressed their offensive in North Kivu on Monday. On Tuesday unidentified gunmen abducted "
            "two aid workers near Butembo. On Wednesday gunmen abducted a teacher near Beni.")
    events = {e.location: e.actor1 for e in _events(process(text, published="2025-01-30"))}
    assert events["Butembo"] == "Unidentified Armed Group (Democratic Republic of Congo)"
    assert events["Beni"] == "M23"  # (generic gunmen in a story of one named group are that group's, as before)


def test_a_protest_broken_up_in_the_next_sentence_is_a_protest_with_intervention(process):
    from conflictmap.events.types import PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION

    text = ("Hundreds of people protested in Port Sudan on Monday against bread prices. Police fired tear gas to "
            "disperse them.\n\nIn Kassala, hundreds rallied peacefully on Tuesday. Police said the town was calm.")
    subs = {e.location: e.sub_event_type for e in _events(process(text, published="2024-06-19"))}
    assert subs == {"Port Sudan": PROTEST_WITH_INTERVENTION, "Kassala": PEACEFUL_PROTEST}


def test_the_toll_of_the_attack_just_told_reaches_it_whatever_its_victims(process):
    text = ("Fighters of the Jubaland Liberation Front attacked an army base in Baidoa early on Tuesday, the army "
            "said. The attack left at least 31 people dead, according to a security source.\n\n"
            "Protesters marched in Kismayo on Wednesday.")
    events = {e.location: e for e in _events(process(text, published="2024-09-18"))}
    assert events["Baidoa"].fatalities == 31
    assert events["Kismayo"].fatalities == 0  # (another paragraph's happening takes no toll of it)


def test_the_bomber_the_words_name_is_the_doer_not_the_target(process):
    text = "A suicide bomber blew himself up at a market in Mogadishu on Monday, killing at least nine people."
    ev = _events(process(text, published="2024-03-14"))[0]
    assert ev.actor1 == "Unidentified Armed Group (Somalia)" and ev.actor2 != ev.actor1 and ev.fatalities == 9


def test_houses_torched_are_property_destroyed_and_a_burning_that_killed_is_an_attack(process):
    from conflictmap.events.types import LOOTING, STRATEGIC

    houses = _events(process("Militants torched 20 houses in Djibo on Thursday.", published="2024-03-14"))
    assert [(e.event_type, e.sub_event_type) for e in houses] == [(STRATEGIC, LOOTING)]
    bus = _events(process("Gunmen torched a bus in Djibo, killing 12 passengers.", published="2024-03-14"))
    assert [(e.event_type, e.fatalities) for e in bus] == [(VAC, 12)]


def test_now_in_control_of_a_town_is_news_of_its_taking_and_a_budget_is_no_town(process):
    text = ("Fighting between the army and M23 rebels spread across North Kivu this week. M23 rebels are now in "
            "control of Bukavu, residents said on Friday. The government is in control of the budget.")
    taken = [(e.location, e.actor1, e.sub_event_type) for e in _events(process(text, published="2025-01-31"))
             if e.sub_event_type == NSA_TAKEOVER]
    assert taken == [("Bukavu", "M23", NSA_TAKEOVER)]


def test_it_or_they_is_the_armed_side_named_before_a_states_forces_too(process):
    result = process("Government troops recaptured Jowhar on Tuesday. They later retook Balcad.",
                     published="2024-03-12")
    balcad = [e for e in result.events if e.location == "Balcad"]
    assert [(e.sub_event_type, e.actor1) for e in balcad] == [("Government regains territory",
                                                               "Military Forces of Somalia")]
    company = process("A telecom firm bought a stake in an operator in Jowhar. It later took over Balcad's exchange.",
                      published="2024-03-12")
    assert [e for e in company.events if not e.is_context] == []  # "it" stands for no armed side


def test_a_side_accused_of_a_killing_is_its_perpetrator_but_a_defendant_is_no_new_happening(process):
    text = ("Fighting between the army and the CODECO militia spread in Ituri. On Monday the army accused the militia "
            "of executing 30 villagers in Bunia, a charge the group denied.")
    events = _events(process(text, published="2024-03-12"))
    assert [(e.location, e.event_type, e.fatalities) for e in events if e.event_type == VAC] == [("Bunia", VAC, 30)]
    killer = next(e for e in events if e.event_type == VAC).actor1
    assert killer and not killer.startswith("Unidentified")  # (the militia the army accuses)
    trial = process("A man accused of stabbing a police officer in Leeds appeared in court on Monday.",
                    published="2024-03-12")
    assert _events(trial) == []


def test_a_suicide_bombing_is_an_explosion_even_when_its_victims_are_armed(process):
    text = ("Al-Shabaab fighters fought soldiers near Jowhar on Monday. On Tuesday two suicide bombers killed 20 "
            "soldiers at an army base in Jowhar.")
    events = _events(process(text, published="2024-03-12"))
    tuesday = [e for e in events if str(e.event_date) == "2024-03-12"]
    assert [(e.event_type, e.sub_event_type) for e in tuesday] == [(REMOTE, "Suicide bomb")]


def test_an_unnamed_doer_is_not_the_storys_group_when_the_sentence_names_that_group_among_the_victims(process):
    text = "Suicide bombers struck a mosque used by Houthi fighters in Sanaa on Friday, killing 40 people."
    event = _events(process(text, published="2024-03-12"))[0]
    assert event.actor1 == "Unidentified Armed Group (Yemen)"
    own = _events(process("Houthi fighters stormed Marib on Friday. The militants later shelled Sirwah.",
                          published="2024-03-12"))
    assert {e.actor1 for e in own} == {"Houthis"}  # ("the militants" with no other named: the story's group)


def test_gunmen_and_suicide_bombers_storming_posts_is_a_battle(process):
    text = "Gunmen and suicide bombers stormed police posts in Kirkuk before dawn on Friday, killing 12 officers."
    events = _events(process(text, published="2024-03-12"))
    assert [(e.event_type, str(e.event_date)) for e in events] == [("Battles", "2024-03-08")]


def test_the_town_and_its_aircraft_are_those_named_last_before(process):
    text = ("The RSF took Um Kadada on Sunday. The army holds Mellit. Its aircraft struck RSF positions near the "
            "town on Monday.")
    strike = [e for e in _events(process(text, published="2024-05-14")) if e.event_type == REMOTE]
    assert [(e.location, e.actor1, e.actor2) for e in strike] == [("Mellit", "Military Forces of Sudan",
                                                                    "Rapid Support Forces")]
    text = "The RSF took Um Kadada on Sunday. The army, which holds Mellit, said its jets struck near the town."
    strike = [e for e in _events(process(text, published="2024-05-14")) if e.event_type == REMOTE]
    assert [e.location for e in strike] == ["Mellit"]


def test_its_fighters_after_a_group_said_are_that_groups(process):
    text = "Hezbollah said its fighters had fired rockets at Nahariya on Sunday, wounding two people."
    assert [e.actor1 for e in _events(process(text, published="2024-10-07"))] == ["Hezbollah"]
    text = "Residents of Nahariya said their sons had been wounded by rockets fired by Hezbollah on Sunday."
    assert "Civilians (Israel)" not in [e.actor1 for e in _events(process(text, published="2024-10-07"))]


def test_a_framing_attack_noun_is_the_act_its_clause_tells(process):
    text = "In a separate attack, bandits abducted 20 passengers near Zaria on Sunday."
    events = _events(process(text, published="2024-09-02"))
    assert [(e.event_type, e.sub_event_type) for e in events] == [(VAC, "Abduction/forced disappearance")]


def test_a_force_building_set_on_fire_with_no_one_hurt_is_property_destroyed(process):
    from conflictmap.events.types import LOOTING

    quiet = _events(process("Militants torched the police station in Baiji on Monday.", published="2014-06-17"))
    assert [(e.event_type, e.sub_event_type) for e in quiet] == [("Strategic developments", LOOTING)]
    deadly = _events(process("Militants torched the police station in Baiji on Monday, killing two officers.",
                             published="2014-06-17"))
    assert [e.event_type for e in deadly] == ["Battles"]


def test_those_the_passive_befell_are_its_target(process):
    events = _events(process("Two aid workers were abducted by gunmen near Gao on Saturday, their organisation said.",
                             published="2024-03-04"))
    assert [(e.actor1, e.actor2) for e in events] == [("Unidentified Armed Group (Mali)", "Civilians (Mali)")]


def test_killed_when_gunmen_attacked_is_their_attack_and_the_homes_they_burned_are_part_of_it(process):
    text = ("At least 40 people were killed when gunmen attacked the village of Qwertawa in Benue state overnight, "
            "local officials said. The attackers burned dozens of homes.")
    events = _events(process(text, published="2024-06-10"))
    assert [(e.event_type, e.actor1, e.fatalities) for e in events] == [(VAC, "Unidentified Armed Group (Nigeria)",
                                                                          40)]
    alone = _events(process("Gunmen burned dozens of homes in Makurdi on Sunday.", published="2024-06-10"))
    assert [e.sub_event_type for e in alone] == ["Looting/property destruction"]


def test_an_event_the_text_places_nowhere_goes_to_its_named_actors_country_and_the_blamed_is_no_target(process):
    text = "Gunmen stormed a church in Qwertasindi on Sunday and killed 14 worshippers, the army said, blaming the ADF."
    events = _events(process(text, published="2024-03-14"))
    assert [(e.event_type, e.actor1, e.country_code, e.geo_precision) for e in events] == \
        [(VAC, "Allied Democratic Forces", "CD", 3)]


def test_whose_weapon_struck_is_the_doer_though_the_victims_are_the_subject(process):
    ev, = [e for e in process("Two farmers were killed in Israeli shelling of Aita al-Shaab on Monday, the Lebanese "
                              "health ministry said.", published="2024-05-09").events if not e.is_context]
    assert (ev.actor1, ev.actor2) == ("Military Forces of Israel", "Civilians (Lebanon)")
    assert ev.country == "Lebanon" and ev.geo_precision == 3  # (a village the gazetteer lacks: in the victims' country)


def test_a_state_force_the_witnesses_blame_is_the_unnamed_strikes_doer(process):
    ev, = [e for e in process("A drone hit a market in Gao on Friday, killing six traders. Witnesses blamed the army.",
                              published="2024-05-09").events if not e.is_context]
    assert ev.actor1 == "Military Forces of Mali" and ev.fatalities == 6


def test_the_storys_group_speaks_for_fighters_at_a_village_the_gazetteer_lacks(process):
    result = process("Israeli troops launched ground raids against Hezbollah in southern Lebanon on Tuesday. The group "
                     "said its fighters "
                     "had clashed with Israeli soldiers near the village of Qwertayyeh.", published="2024-10-03")
    ev = next(e for e in result.events if e.location == "Qwertayyeh")
    assert ev.actor1 == "Hezbollah"  # (the event's country is its container's: Lebanon, the group's)


def test_air_strikes_told_with_no_doer_right_after_a_named_air_forces_are_its(process):
    text = ("Russian warplanes pounded rebel districts of Aleppo overnight. Air strikes on Sunday killed 25 civilians "
            "in Fardous.")
    strikes = [(e.location, e.actor1) for e in process(text, published="2016-11-29").events if not e.is_context]
    assert strikes == [("Aleppo", "Military Forces of Russia"), ("Fardous", "Military Forces of Russia")]
    far = ("Russian warplanes pounded Aleppo on Friday. Talks resumed in Geneva. Aid reached Idlib. Families fled "
           "Homs. Air strikes on Sunday killed 25 civilians in Saraqib.")
    assert [e.actor1 for e in process(far, published="2016-11-29").events if e.location == "Saraqib"] == [""]


def test_a_leaders_forces_take_and_a_clash_told_later_at_the_place_is_another_event(process):
    text = ("Ethiopia's Prime Minister said on Sunday his forces had captured Dessie. The TPLF said on Tuesday its "
            "fighters had repelled attacks near Dessie overnight.")
    events = {e.sub_event_type: e for e in _events(process(text, published="2021-12-08"))}
    taken = events[GOV_REGAINS]
    assert (taken.location, taken.actor1, str(taken.event_date)) == ("Dessie", "Military Forces of Ethiopia",
                                                                     "2021-12-05")
    assert str(events["Armed clash"].event_date) == "2021-12-07"  # (not folded into the taking two days before)


def test_the_group_as_a_subject_is_the_named_band_not_the_state_forces_told_since(process):
    text = ("Al-Shabaab fighters captured Baidoa on Monday. Somali soldiers withdrew from Jowhar on Tuesday. "
            "On Wednesday the group seized Beledweyne.")
    taken = {e.location: (e.actor1, e.sub_event_type) for e in _events(process(text, published="2024-03-15"))}
    assert taken["Beledweyne"] == ("Al-Shabaab", NSA_TAKEOVER)  # (not the soldiers: a band's noun)


def test_a_country_and_its_allies_launching_air_strikes_are_its_forces(process):
    text = "Algeria and its allies launched air strikes on militant camps near Derna on Tuesday, killing nine fighters."
    strike = next(e for e in _events(process(text, published="2024-03-15")) if e.event_type == REMOTE)
    assert strike.actor1 == "Military Forces of Algeria" and strike.location == "Derna" and strike.country == "Libya"


def test_an_unnamed_band_taking_a_place_is_the_one_named_band_that_takes_places_not_the_side_that_lost(process):
    text = ("Opposition fighters captured Tal Abyad from the Syrian Democratic Forces on Monday, the SDF said. The "
            "Syrian National Army took Suluk on Friday, the SDF added, and SDF units withdrew from Ain Issa.")
    taken = {e.location: e.actor1 for e in _events(process(text, published="2024-12-10"))
             if e.sub_event_type == NSA_TAKEOVER}
    assert taken["Tal Abyad"] == "Syrian National Army"  # (not an unidentified group, nor the SDF it fought)


def test_a_states_assault_on_a_town_is_a_battle_and_a_second_fight_of_the_same_doer_is_its_own(process):
    from conflictmap.events.types import ARMED_CLASH, BATTLES
    text = "Houthi fighters have held the port for years. Government forces launched an assault on Hodeidah on Wednesday."
    [assault] = _events(process(text, published="2024-06-14"))
    assert (assault.event_type, assault.sub_event_type, assault.location) == (BATTLES, ARMED_CLASH, "Hodeidah")
    text = "The militia entered Dessie on Saturday and fought soldiers in Kombolcha."
    fights = {e.location: (e.sub_event_type, e.actor2) for e in _events(process(text, published="2024-08-07"))}
    assert fights["Kombolcha"] == (ARMED_CLASH, "Military Forces of Ethiopia") and fights["Dessie"][0] == NSA_TAKEOVER


def test_a_side_that_withdrew_after_fighting_left_the_place_to_those_it_fought_and_it_retaken_is_that_place(process):
    text = ("M23 rebels pushed south from Bukavu on Monday. The rebels withdrew from Nyangezi, 20 km south of Bukavu, "
            "on Saturday after fighting with Wazalendo militiamen, then retook it on Sunday, residents said.")
    events = [e for e in _events(process(text, published="2025-02-25")) if e.location == "Nyangezi"]
    left = next(e for e in events if e.event_date.day == 22)
    assert left.actor1 != "M23" and left.actor2 == "M23"  # (never the side that left as the one that took it)
    assert any(e.actor1 == "M23" and e.sub_event_type == NSA_TAKEOVER and e.event_date.day == 23 for e in events)


def test_looters_ransacking_shops_riot(process):
    text = "Looters ransacked warehouses and shops in Bukavu on Saturday night before the fighters arrived."
    [riot] = _events(process(text, published="2025-02-17"))
    assert (riot.event_type, riot.actor1, riot.location) == ("Riots", "Rioters (Democratic Republic of Congo)",
                                                             "Bukavu")


def test_a_patrol_that_hit_a_landmine_is_what_the_mine_struck_not_who_laid_it(process):
    from conflictmap.events.types import REMOTE_EXPLOSIVE
    text = "A military patrol hit a landmine near Gao on Wednesday, killing two soldiers."
    [blast] = _events(process(text, published="2024-05-10"))
    assert (blast.sub_event_type, blast.actor1, blast.actor2) == (
        REMOTE_EXPLOSIVE, "Unidentified Armed Group (Mali)", "Military Forces of Mali")


def test_they_after_a_country_sent_troops_are_those_troops_even_joined_to_a_verb_the_parse_misread(process):
    text = ("Boko Haram fighters overran Gamboru in Nigeria last August. Chad sent 2,000 soldiers across the border "
            "in January. They secured the road north of Maiduguri and recaptured Gamboru on Feb. 3.")
    events = [e for e in process(text, "2015-03-01").events if not e.is_context]
    assert [(e.location, e.actor1, str(e.event_date)) for e in events] == [
        ("Gamboru", "Military Forces of Chad", "2015-02-03")]  # (Boko Haram's taking last August: the past)


def test_a_regional_command_of_a_state_is_its_military_and_a_strike_that_killed_fighters_hit_their_group(process):
    text = ("U.S. Africa Command said it conducted a drone strike near Jilib, Somalia, on Thursday that killed two "
            "al Shabaab commanders.")
    [strike] = [e for e in process(text, "2023-03-11").events if not e.is_context]
    assert (strike.sub_event_type, strike.actor1, strike.actor2, strike.fatalities) == (
        REMOTE_STRIKE, "Military Forces of the United States", "Al-Shabaab", 2)


def test_a_claim_of_the_attack_in_a_later_paragraph_names_its_doer_and_a_raid_told_before_is_no_taking(process):
    text = ("Islamic State-linked insurgents raided the town of Macomia in northern Mozambique on Friday, clashing with "
            "soldiers for several hours before withdrawing, residents said.\n\nHundreds of fighters entered the town "
            "early on Friday and occupied the district headquarters, witnesses said.\n\nIslamic State claimed the "
            "attack on Saturday.")
    events = [e for e in process(text, "2024-05-14").events if not e.is_context]
    assert [(e.location, e.sub_event_type, e.actor1) for e in events] == [("Macomia", "Armed clash", "Islamic State")]


def test_a_member_named_in_an_alliances_description_is_not_its_doer(process):
    text = ("An alliance of armed factions including the Nusra Front captured the town of Ariha on Sunday, a monitor "
            "said. The Northern Liberation Coalition, which groups the Nusra Front and four smaller factions, said its "
            "fighters had entered the town after a two-day battle.")
    taken = [e for e in _events(process(text, published="2015-05-04")) if e.sub_event_type == NSA_TAKEOVER]
    assert [(e.location, e.actor1) for e in taken] == [("Ariha", "Northern Liberation Coalition")]


def test_a_sides_seat_that_fell_was_lost_by_that_side_not_taken(process):
    text = ("Fighters of the Northern Liberation Front attacked Ariha in Syria's Idlib province on Sunday. "
            "The army's 14th Brigade headquarters in the town fell on Monday, and its soldiers fled south.")
    events = _events(process(text, published="2015-05-05"))
    assert GOV_REGAINS not in [e.sub_event_type for e in events]
    assert {e.actor1 for e in events} == {"Northern Liberation Front"}


def test_after_a_side_gave_ground_they_are_those_who_took_it(process):
    text = ("Al-Shabaab fighters seized Mahaday on Wednesday. Government troops withdrew from Jowhar on Thursday after "
            "the militants surrounded the town, an officer said. They then attacked a police post in Afgooye on "
            "Friday, killing six officers.")
    afgooye = next(e for e in _events(process(text, published="2024-05-11")) if e.location == "Afgooye")
    assert (afgooye.actor1, afgooye.actor2) == ("Al-Shabaab", "Police Forces of Somalia")


def test_generic_bands_are_the_one_group_the_story_names_after_its_lead(process):
    text = ("Gangs seize hill town\n\nGang members took control of Kenscoff on Monday, burning homes and the police "
            "station, officials said.\n\nThe gang alliance Kraze Barye, which controls parts of the capital, has pushed "
            "into the hills since January.")
    events = _events(process(text, published="2025-02-04"))
    assert [(e.location, e.actor1) for e in events if e.sub_event_type == NSA_TAKEOVER] == [("Kenscoff", "Kraze Barye")]


def test_the_subject_before_a_relative_clause_is_the_doer_of_the_verb_after_it(process):
    text = ("Nigerian troops took Bama on Monday. Chadian troops, who have been fighting Boko Haram on the eastern "
            "flank since February, retook Malam Fatori on Friday.")
    taken = next(e for e in _events(process(text, published="2015-03-28")) if e.location == "Malam Fatori")
    assert taken.actor1 == "Military Forces of Chad"  # (not the Nigerian troops, the taker told before)


def test_its_fighters_are_those_of_the_group_that_says_so_past_a_relative_clause_about_it(process):
    text = ("Islamic State fighters attacked Gao on Monday. The National Movement for the Liberation of Azawad "
            "(MNLA), a Tuareg-led rebel group that has long fought the jihadists, said its fighters had clashed with "
            "the attackers near Bourem on Tuesday and lost four men.")
    found = {e.location: (e.actor1, e.actor2, e.fatalities) for e in process(text, "2023-09-12").events
             if not e.is_context}
    assert found["Bourem"] == ("MNLA: National Movement for the Liberation of Azawad", "Islamic State", 4)


def test_a_side_that_says_it_withdrew_just_after_a_fight_told_with_it_gave_the_place_up_to_the_other_side(process):
    text = ("Ethiopian troops stormed Beledweyne before dawn on Friday to drive al-Shabaab fighters from the town. The "
            "militants said they had withdrawn from the town overnight.")
    taken = [e for e in process(text, "2012-09-29").events if e.sub_event_type in (GOV_REGAINS, NSA_TAKEOVER)]
    assert [(e.location, e.actor1, e.actor2) for e in taken] == [
        ("Beledweyne", "Military Forces of Ethiopia", "Al-Shabaab")]  # (a foreign state's forces overtake)


def test_it_after_a_country_that_launched_a_counteroffensive_is_that_countrys_forces(process):
    text = ("Russian drones struck Kherson on Sunday, killing two people. Ukraine launched its counteroffensive in "
            "June. It retook the village of Klishchiivka in September.")
    taken = [e for e in _events(process(text, published="2023-10-02")) if e.location == "Klishchiivka"]
    assert [(e.sub_event_type, e.actor1) for e in taken] == [(GOV_REGAINS, "Military Forces of Ukraine")]
    # (not Russia's, the last doer told: the sentence between names who "it" is)


def test_them_after_a_fight_verb_is_the_side_told_just_before(process):
    text = ("M23 rebels pushed into the town of Sake on Sunday. Wazalendo militiamen clashed with them in the streets, "
            "residents said.")
    (e,) = _events(process(text, published="2023-03-02"))
    assert (e.location, e.actor1, e.actor2) == ("Sake", "Wazalendo", "M23")


def test_its_soldiers_a_speaking_country_counts_are_that_countrys(process):
    text = ("Armenian and Azerbaijani forces fought along the border on Tuesday. Azerbaijan said 50 of its servicemen "
            "had been killed in the fighting near Jermuk.")
    assert any(e.actor2 == "Military Forces of Azerbaijan" and e.fatalities == 50 for e in
               _events(process(text, published="2022-09-14")))  # (not Armenia's, where the fighting was)


def test_they_is_the_plural_subject_told_after_a_singular_armed_body_in_the_sentence_before(process):
    text = ("The fighting began on Monday when the army raided a farm near Kalemie, and dozens of fighters of the "
            "Twa Liberation Front came to the aid of its owner. They torched a clinic and took four nurses hostage.")
    [taken] = [e for e in _events(process(text, published="2024-05-14")) if e.sub_event_type ==
               "Abduction/forced disappearance"]
    assert taken.actor1 == "Twa Liberation Front"
    alone = process("The fighting began on Monday when the army raided a farm near Kalemie held by the Twa Liberation "
                    "Front. It took four nurses hostage.", published="2024-05-14")
    assert [e.actor1 for e in _events(alone) if e.sub_event_type == "Abduction/forced disappearance"] == [
        "Military Forces of the Democratic Republic of Congo"]  # ("it": the army still)


def test_fighters_of_a_named_governments_forces_are_those_forces(process):
    text = "Fighters of the Government of National Accord seized the town of Sabratha on Tuesday after clashes."
    [taking] = [e for e in _events(process(text, published="2019-06-26")) if e.event_type == "Battles" and
                "territory" in e.sub_event_type]
    assert taking.actor1 == "Military Forces of Libya (Government of National Accord)"


def test_they_killing_armed_men_after_a_raid_is_the_toll_of_that_fight_and_nothing_without_an_armed_side(process):
    text = ("Police raided a compound in Maiduguri on Monday, and several gunmen opened fire on the officers. They "
            "killed two policemen and escaped.")
    [fight] = _events(process(text, published="2024-05-14"))
    assert (fight.sub_event_type, fight.fatalities) == ("Armed clash", 2)
    quiet = process("The two clubs met in Maiduguri on Monday. They beat the police team and went home.",
                    published="2024-05-14")
    assert _events(quiet) == []


def test_a_country_that_says_it_took_a_plant_in_a_town_is_its_forces_taking_the_town(process):
    text = "Russia said on Friday it had taken complete control of the Illich steel works in Mariupol."
    [taken] = _events(process(text, published="2022-05-21"))
    assert (taken.location, taken.actor1) == ("Mariupol", "Military Forces of Russia")


def test_a_participle_after_a_main_clause_with_a_pronoun_subject_is_that_pronouns_act(process):
    text = ("M23 rebels seized Rutshuru on Tuesday. They had pushed south from Kiwanja over the weekend, shelling "
            "army positions around Rubare on Sunday.")
    [shelled] = [e for e in _events(process(text, published="2022-11-02")) if "Shelling" in e.sub_event_type]
    assert shelled.actor1 == "M23"


def test_the_groups_forces_are_the_band_named_before_in_the_sentence(process):
    text = ("Forces loyal to the government recaptured Zinjibar on Tuesday. Houthi gunmen had seized the port in "
            "March, when the group's forces swept south from Sanaa.")
    result = process(text, published="2015-07-18")
    assert [e.actor1 for e in result.events if e.location == "Sanaa"] == ["Houthis"]
    assert result.route == []  # (the government's recapture did not start from the Houthis' Sanaa)


def test_a_force_that_says_it_targeted_is_the_doer_of_the_strike_told_before_with_none(process):
    text = ("A drone strike on a market in Bannu killed 12 people on Friday, residents said. The army said it had "
            "targeted militants, not civilians.")
    [strike] = _events(process(text, published="2024-06-14"))
    assert strike.actor1 == "Military Forces of Pakistan"
    other = process("A drone strike on a market in Bannu killed 12 people on Friday, residents said. Police said they "
                    "had arrested two suspects.", published="2024-06-14")
    assert [e.actor1 for e in _events(other)] == [""]


def test_they_did_what_hit_the_police_station_they_targeted(process):
    text = ("Insurgents attacked Mocimboa da Praia in Mozambique on Wednesday. They targeted banks, a police station "
            "and the army barracks, and ambushed a convoy of people fleeing the town on Friday.")
    events = _events(process(text, published="2021-03-29"))
    assert len(events) == 2 and all(e.actor1 == "Unidentified Armed Group (Mozambique)" for e in events)


def test_an_alliance_the_next_sentence_names_is_that_organisation_and_its_launched_assault_a_battle(process):
    text = ("An alliance of Islamist insurgents including al Qaeda's Syrian wing seized the city of Idlib on Saturday. "
            "The alliance, calling itself the Army of Conquest, launched its assault on Tuesday.")
    events = _events(process(text, published="2015-03-29"))
    assert {(e.sub_event_type, e.actor1) for e in events} == {
        ("Non-state actor overtakes territory", "Army of Conquest"), ("Armed clash", "Army of Conquest")}


def test_they_after_a_sentence_that_says_what_a_force_holds_are_that_force(process):
    text = ("Ukrainian forces have completed their withdrawal from Sievierodonetsk, the governor said on Saturday. "
            "Russian troops and their separatist allies now control the whole city, the Russian defence ministry "
            "said. It said they had also taken Borivske and Voronove nearby.")
    taken = [e for e in process(text, published="2022-06-25").events if e.location in ("Borivske", "Voronove")]
    assert [e.actor1 for e in taken] == ["Military Forces of Russia"] * 2


def test_its_fighters_after_a_sentence_whose_subject_is_a_named_group_are_that_groups(process):
    text = ("The Syrian Democratic Forces said on Monday that the SDF had pulled back from Deir Hafer. The Syrian "
            "National Army began an offensive on Saturday against the SDF east of Aleppo. Its fighters captured "
            "Maskanah before reaching Deir Hafer, a war monitor said. The SDF said it would fight on.")
    result = process(text, published="2024-12-10")
    taken = {e.location: e.actor1 for e in result.events if e.sub_event_type == "Non-state actor overtakes territory"}
    assert taken["Maskanah"] == "Syrian National Army"


def test_an_attack_that_killed_people_is_an_unidentified_groups_and_its_retelling_in_a_town_is_it(process):
    [attack] = _events(process("An attack on a minibus near Thal killed 11 passengers on Friday.",
                               published="2024-11-25"))
    assert (attack.sub_event_type, attack.actor1, attack.fatalities) == (
        "Attack", "Unidentified Armed Group (Pakistan)", 11)
    text = ("Gunmen fired on a convoy of buses carrying pilgrims in Kurram district on Friday, officials said. The "
            "attack on the convoy near Sadda killed 19 people.")
    assert [(e.location, e.fatalities) for e in _events(process(text, published="2024-11-25"))] == [("Sadda", 19)]


def test_the_military_with_no_country_after_one_states_soldiers_is_that_states(process):
    text = ("An Israeli soldier was wounded in a gunfight in Tulkarm on Monday, the military said. The military said "
            "it had struck a militant cell in Tulkarm with a drone on Monday.")
    strike = next(e for e in _events(process(text, published="2024-08-29")) if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 == "Military Forces of Israel"


def test_a_taking_merged_with_the_defenders_fight_is_typed_by_the_taker(process):
    text = ("Russia's defence ministry said on Monday its forces had taken full control of the town of Toretsk. "
            "Ukraine's army said its forces had repelled 12 attacks near Toretsk on Monday.")
    taken = [e for e in _events(process(text, published="2025-02-11")) if e.location == "Toretsk"]
    assert [(e.sub_event_type, e.actor1) for e in taken] == [
        ("Non-state actor overtakes territory", "Military Forces of Russia")]


def test_a_participles_doer_is_the_main_verbs_subject_not_the_agent_of_a_passive_before_it(process):
    text = ("The army said on Sunday it had ended a siege of a passenger bus hijacked by Baloch separatists near "
            "Turbat, killing all 12 militants.")
    [fight] = _events(process(text, published="2025-03-12"))
    assert (fight.actor1, fight.fatalities) == ("Military Forces of Pakistan", 12)


def test_an_attack_told_after_another_by_its_noun_is_not_the_first_ones_doers_and_a_new_source_tells_its_toll(process):
    text = ("Azerbaijan fired artillery at villages in Armenia's Tavush province early on Tuesday, a week after an "
            "ambush on border guards near Berd, and Armenia said four civilians had been killed.")
    events = _events(process(text, published="2024-05-14"))
    shelling = next(e for e in events if e.sub_event_type == "Shelling/artillery/missile attack")
    assert (shelling.actor1, shelling.fatalities) == ("Military Forces of Azerbaijan", 4)
    assert all(e.actor1 != "Military Forces of Azerbaijan" for e in events if e.location == "Berd")


def test_jihadist_gunmen_are_a_causes_men_not_a_communitys(process):
    text = "KATI, June 12 (Wire) - Jihadist gunmen attacked a village near Kati on Tuesday, killing 20 people."
    [attack] = _events(process(text, published="2024-06-12"))
    assert attack.actor1 == "Unidentified Armed Group (Mali)"
    fulani = "KATI, June 12 (Wire) - Fulani gunmen attacked a village near Kati on Tuesday, killing 20 people."
    assert [e.actor1 for e in _events(process(fulani, published="2024-06-12"))] == ["Communal Militia (Mali)"]


def test_a_foreign_states_troops_supporting_the_army_regain_territory_for_its_side(process):
    text = "Rwandan troops supporting the army took the town of Macomia in Mozambique on Saturday, officials said."
    [taking] = _events(process(text, published="2024-07-09"))
    assert (taking.sub_event_type, taking.actor1) == ("Government regains territory", "Military Forces of Rwanda")
    invading = "Rwandan troops took the town of Goma in Congo on Saturday, officials said."
    assert [e.sub_event_type for e in _events(process(invading, published="2024-07-09"))] == [
        "Non-state actor overtakes territory"]


def test_its_troops_after_a_sentence_whose_subject_is_a_states_military_are_that_states(process):
    text = ("Air strikes hit Beit Hanoun in the Gaza Strip on Monday. The Israeli military said it was checking the "
            "reports. It said its troops had killed 20 militants in Jabalia.")
    fight = next(e for e in _events(process(text, published="2024-10-21")) if e.location == "Jabalia")
    assert fight.actor1 == "Military Forces of Israel"


def test_two_subjects_that_clashed_are_the_fights_two_sides_not_the_dead_told_after(process):
    text = ("On 7 May 2023, Houthi forces and Yemeni army forces clashed in Sirwah district (Marib), leaving 6 fighters "
            "dead on both sides.")
    [fight] = _events(process(text, published="2023-05-08"))
    assert (fight.actor1, fight.actor2, fight.fatalities) == ("Houthis", "Military Forces of Yemen", 6)
