"""Events end to end: what happened (ACLED's types), where, when, by whom, how many killed — one rule per test."""

import datetime as dt

import pytest
from geopy.distance import great_circle

from conflictmap.events import types as et

SUNDAY, MONDAY = dt.date(2024, 12, 8), dt.date(2024, 12, 9)


def happenings(result, place=None):
    return [e for e in result.events if not e.is_context and (place is None or e.location == place)]


def places(result):
    return sorted(e.location for e in happenings(result))


def kinds(result, place=None):
    return [(e.event_type, e.sub_event_type) for e in happenings(result, place)]


# ----------------------------------------------------------------------------------------------- what happened

@pytest.mark.parametrize("text, place, kind", [
    ("Militants seized control of Damascus on Sunday.", "Damascus", (et.BATTLES, et.NSA_TAKEOVER)),
    ("The government in Damascus fell to militants.", "Damascus", (et.BATTLES, et.NSA_TAKEOVER)),
    ("Government troops recaptured Palmyra from Islamic State fighters.", "Palmyra", (et.BATTLES, et.GOV_REGAINS)),
    ("Taliban fighters entered Kabul without a fight.", "Kabul", (et.STRATEGIC, et.NONVIOLENT_TERRITORY)),
    ("Syrian jets carried out air strikes on Idlib.", "Idlib", (et.REMOTE, et.AIR_STRIKE)),
    ("Rebels shelled government positions in Aleppo with mortars.", "Aleppo", (et.REMOTE, et.SHELLING)),
    ("A roadside bomb struck an army patrol near Kandahar.", "Kandahar", (et.REMOTE, et.REMOTE_EXPLOSIVE)),
    ("A suicide bomber blew himself up at a checkpoint in Mogadishu, killing five soldiers.", "Mogadishu",
     (et.REMOTE, et.SUICIDE)),
    ("Militants hurled a grenade at a police post in Srinagar.", "Srinagar", (et.REMOTE, et.GRENADE)),
    ("Heavy clashes between the army and rebels near Hama.", "Hama", (et.BATTLES, et.ARMED_CLASH)),
    ("Two militants were killed in an encounter with security forces in Pulwama.", "Pulwama",
     (et.BATTLES, et.ARMED_CLASH)),
    ("Militants ambushed a convoy of the Frontier Corps in Turbat, killing three soldiers.", "Turbat",
     (et.BATTLES, et.ARMED_CLASH)),
    ("Gunmen shot dead a shopkeeper in a targeted attack in Quetta.", "Quetta", (et.VAC, et.ATTACK)),
    ("Unidentified gunmen abducted two labourers from a construction site in Peshawar.", "Peshawar",
     (et.VAC, et.ABDUCTION)),
    ("Police arrested three militants in Sopore and recovered two pistols.", "Sopore", (et.STRATEGIC, et.ARRESTS)),
    ("Suspected Naxalites set ablaze three vehicles near Sukma.", "Sukma", (et.STRATEGIC, et.LOOTING)),
    ("The two sides signed a ceasefire agreement in Doha.", "Doha", (et.STRATEGIC, et.AGREEMENT)),
    ("Thousands of people protested peacefully in Homs.", "Homs", (et.PROTESTS, et.PEACEFUL_PROTEST)),
    ("Police fired tear gas to disperse protesters in Nairobi.", "Nairobi",
     (et.PROTESTS, et.PROTEST_WITH_INTERVENTION)),
    ("An angry mob torched a police station in Lahore.", "Lahore", (et.RIOTS, et.MOB_VIOLENCE)),
])
def test_acled_types(process, text, place, kind):
    assert kinds(process(text), place) == [kind]


@pytest.mark.parametrize("text", [
    "The two teams will clash again in Ismailia next month.",  # sport
    "Shares plunged on Wall Street after the bank lost a battle for control of its rival.",  # markets
    "Crime in New London has fallen for the third year, police said.",  # a fall that is no taking
    "Fire crews battled a blaze in Sacramento on Tuesday.",  # a figure of speech
    "The 2011 uprising in Homs is remembered in a new exhibition.",  # history
    "Police seized bank statements from an office in Houston.",  # a seizure that is no capture
    "Local volunteers joined the flood fighting effort in Fargo.",  # a compound noun
    "The rebels vowed to march on Damascus.",  # intended
    "No attack was reported in Aleppo overnight.",  # denied
    "A gunman shot two people outside a bar in Houston on Sunday.",  # one man's crime, not an armed group's
])
def test_words_without_a_conflict_happening_make_no_event(process, text):
    assert happenings(process(text)) == []


def test_a_weapon_named_but_not_used_does_not_make_a_story_about_war(process):
    text = ("A portable wall used to protect soldiers in Iraq from bullets and grenades was set up in Fargo. "
            "Local volunteers were fighting the rising river in Fargo on Tuesday.")
    assert happenings(process(text)) == []


def test_a_name_is_never_a_cue(process):
    assert happenings(process("Thousands gathered in Sioux Falls for the festival on Sunday.")) == []


def test_a_reference_to_a_told_attack_is_no_new_event_and_adds_its_toll(process):
    text = ("A Malian army drone struck a gathering of fighters near Kidal on Saturday.\n\n"
            "Local sources said the strike hit positions of armed groups west of Kidal, killing at least six fighters.")
    result = process(text, published="2023-10-16")
    assert kinds(result, "Kidal") == [(et.REMOTE, et.AIR_STRIKE)]
    assert happenings(result, "Kidal")[0].fatalities == 6


def test_foreign_forces_taking_a_town_overtake_it(process):
    text = "Russian troops captured the village of Novohrodivka in Ukraine's Donetsk region on Monday."
    ev = happenings(process(text, published="2024-08-27"), "Novohrodivka")[0]
    assert ev.sub_event_type == et.NSA_TAKEOVER and ev.actor1 == "Military Forces of Russia"


def test_own_forces_regaining_a_town_regain_territory(process):
    text = "Sudan's army said on Saturday it had recaptured Wad Madani from the Rapid Support Forces."
    ev = happenings(process(text, published="2025-01-12"), "Wad Madani")[0]
    assert ev.sub_event_type == et.GOV_REGAINS and ev.actor1 == "Military Forces of Sudan"
    assert ev.actor2 == "Rapid Support Forces"


def test_a_band_of_gunmen_killing_villagers_is_violence_against_civilians(process):
    result = process("Unidentified gunmen killed four villagers in Sukma on Monday night.")
    assert kinds(result) == [(et.VAC, et.ATTACK)] and happenings(result)[0].fatalities == 4


def test_an_event_at_a_place_nothing_places_is_reported_not_guessed(process):
    result = process("Suspected rebels set ablaze three vehicles near Zzyzxqa.")  # (no country said, no one's)
    assert happenings(result) == [] and [u.name for u in result.unplaced] == ["Zzyzxqa"]


def test_the_forces_of_two_states_make_a_war_story(process):
    text = ("Russian forces captured Avdiivka after Ukrainian troops withdrew from the town. "
            "Heavy fighting continued near Bakhmut.")
    assert kinds(process(text, published="2024-02-18"), "Bakhmut") == [(et.BATTLES, et.ARMED_CLASH)]


# ----------------------------------------------------------------------------------------------- where

def test_the_place_is_where_it_happened_not_the_dateline(process):
    text = "KABUL, Aug 15 (Meridian) - Taliban fighters seized Jalalabad on Sunday."
    assert [e.location for e in happenings(process(text, published="2021-08-15"))] == ["Jalalabad"]


def test_a_village_nothing_places_goes_to_the_district_its_sentence_names(process):
    text = "Gunmen killed four villagers in Zzyzxqa village of Sukma district on Monday night."
    ev = happenings(process(text))[0]
    assert ev.location == "Zzyzxqa" and ev.place_name == "Sukma" and ev.geo_precision == 2
    assert "could not be placed" in ev.geo_note


def test_a_facility_named_after_a_town_is_the_facility_near_that_town(process):
    text = "Rebels shelled Bunia International Airport on Friday, and on Saturday they attacked Bunia prison."
    evs = {e.location: e for e in happenings(process(text, published="2024-03-12"))}
    assert set(evs) == {"Bunia International Airport", "Bunia prison"}  # neither is a happening in the town
    airport = evs["Bunia International Airport"]
    assert airport.place_name == "Bunia" and airport.geo_precision == 2 and "named after" in airport.geo_note


def test_a_toll_told_of_two_places_is_shared_between_them(process):
    text = "Overnight, Russian drones and missiles struck energy facilities in Kyiv and Lviv, killing four people."
    evs = {e.location: e for e in happenings(process(text, published="2024-08-27"))}
    assert evs["Kyiv"].fatalities + evs["Lviv"].fatalities == 4 and evs["Kyiv"].fatalities == 2


# ----------------------------------------------------------------------------------------------- when

def test_a_sentence_without_a_date_inherits_none_when_it_looks_elsewhere_in_time(process):
    result = process("Rebels seized Hama on Thursday. Rebels later captured Homs.")
    assert happenings(result, "Hama")[0].event_date == dt.date(2024, 12, 5)
    assert happenings(result, "Homs")[0].event_date is None


def test_overnight_is_the_report_date(process):
    ev = happenings(process("Overnight, drones struck Odesa, killing two civilians.", published="2024-08-27"))[0]
    assert ev.event_date == dt.date(2024, 8, 27) and ev.time_precision == 1


def test_a_week_after_counts_back_from_the_happening_told_before(process):
    text = ("Russian troops captured Novohrodivka on Monday. The advance came a week after Russian units took the "
            "town of Niu-York.")
    ev = happenings(process(text, published="2024-08-27"), "Niu-York")[0]
    assert ev.event_date == dt.date(2024, 8, 19) and ev.time_precision == 2
    assert "a week after" in ev.date_text


def test_a_date_in_a_relative_clause_is_not_the_main_clauses(process):
    text = ("Russian jets bombed Kharkiv on Friday. In Kursk region, where Ukrainian forces launched an incursion "
            "earlier this month, fighting continued around Sudzha.")
    assert happenings(process(text, published="2024-08-27"), "Sudzha")[0].time_precision != 3


def test_shelled_on_two_days_is_two_events(process):
    result = process("Rebels shelled Aleppo with mortars on Saturday and again on Sunday.")
    assert sorted(e.event_date for e in happenings(result, "Aleppo")) == [dt.date(2024, 12, 7), SUNDAY]


# ----------------------------------------------------------------------------------------------- who

def test_actor1_is_the_subject_and_actor2_the_object(process):
    text = ("An offensive was launched by Hayat Tahrir al-Sham. The militants drove the Syrian Army out of "
            "Aleppo.")
    ev = happenings(process(text), "Aleppo")[0]
    assert (ev.actor1, ev.inter1) == ("Hayat Tahrir al-Sham", et.REBEL_GROUP)
    assert (ev.actor2, ev.inter2) == ("Military Forces of Syria", et.STATE_FORCES)


def test_both_sides_of_an_encounter(process):
    text = "A police constable was injured in an exchange of fire with Maoists near Bijapur in Chhattisgarh."
    ev = happenings(process(text))[0]
    assert {ev.actor1, ev.actor2} == {"Police Forces of India", "Communist Party of India (Maoist)"}


def test_whose_drones_the_speaker_says(process):
    text = "The Malian army said on Sunday that one of its drones had struck a gathering of fighters near Kidal."
    ev = happenings(process(text, published="2023-10-16"))[0]
    assert ev.actor1 == "Military Forces of Mali"


def test_a_force_named_in_full_is_one_actor_of_its_kind(process):
    text = "Two Central Reserve Police Force (CRPF) personnel were injured in a landmine blast near Bijapur."
    ev = happenings(process(text))[0]
    assert ev.actor2 == "Police Forces of India" and ev.sub_event_type == et.REMOTE_EXPLOSIVE


def test_reported_speech_the_doer_is_after_said(process):
    text = "Residents in Khartoum said fighters looted homes in the Bahri district on Thursday."
    ev = happenings(process(text, published="2025-01-12"))[0]
    assert ev.sub_event_type == et.LOOTING and ev.actor1.startswith("Unidentified Armed Group")


def test_a_surname_is_never_an_actor(process):
    text = "Rebels led by commander Abu Mohammed al-Golani seized Hama on Thursday."
    ev = happenings(process(text), "Hama")[0]
    assert "Golani" not in ev.actor1 and "Mohammed" not in ev.actor1


def test_a_noun_before_another_modifies_it(process):
    text = "Maoists abducted a villager in Sukma on Monday and killed him, accusing him of being a police informer."
    ev = happenings(process(text))[0]
    assert ev.event_type == et.VAC and ev.actor2 == "Civilians (India)"


# ----------------------------------------------------------------------------------------------- how many

@pytest.mark.parametrize("text, killed", [
    ("Gunmen killed at least 12 villagers in Zamfara on Monday.", 12),
    ("Dozens of civilians were killed when jets bombed Idlib on Monday.", 12),
    ("Several soldiers were killed in an ambush near Gao on Monday.", 3),
    ("Rebels attacked an army post in Gao on Monday; two soldiers were wounded.", 0),  # injured are not killed
    ("Jets bombed Idlib on Monday, killing four children and three women.", 7),
])
def test_fatalities_as_acled_counts_them(process, text, killed):
    evs = happenings(process(text))
    assert len(evs) == 1 and evs[0].fatalities == killed


# ----------------------------------------------------------------------------------------------- the seed

def test_seed_events(seed_build):
    evs = seed_build[1].events
    damascus = [e for e in evs if e.location == "Damascus" and e.sub_event_type == et.NSA_TAKEOVER]
    assert len(damascus) == 1
    assert damascus[0].event_date == SUNDAY and damascus[0].date_source == "text"
    assert damascus[0].actor1 == "Hayat Tahrir al-Sham" and len(damascus[0].excerpts) == 3
    assert [e.event_type for e in evs if e.location == "Vienna"] == [et.CONTEXT]
    assert all(e.excerpts and all(x.strip() for x in e.excerpts) for e in evs)
    assert len({e.event_id for e in evs}) == len(evs)


def test_other_articles_never_get_dates_the_text_does_not_support(pipeline):
    from conftest import ARTICLES
    from conflictmap.articles.read import read_article

    for path in sorted(ARTICLES.glob("*.md")):
        article = read_article(path)
        result = pipeline.process(article)
        assert result.events, path
        for e in result.events:
            assert e.excerpts
            if e.event_date:
                assert e.date_source == "text" and e.date_text
                assert e.event_date <= article.published


def test_a_village_in_a_story_of_several_countries_goes_to_the_country_told_before_it(process):
    text = ("Fighting flared in Syria and Lebanon on Monday. In Lebanon, shelling hit Beirut and Tyre. "
            "In Syria, gunmen killed four villagers in Zzyzxqa on Monday.")
    ev = [e for e in happenings(process(text)) if e.location == "Zzyzxqa"][0]
    assert ev.country_code == "SY" and ev.geo_precision == 3 and "could not be placed" in ev.geo_note


def test_a_happening_with_no_day_of_its_own_takes_the_day_it_was_reported(process):
    result = process("Sudan's paramilitary Rapid Support Forces said on Monday they had seized Wad Madani, the capital "
                     "of Gezira state, after the army pulled out. On Sunday, army warplanes bombed RSF positions in "
                     "Khartoum North, killing at least 12 people.", published="2023-12-19")
    taken = next(e for e in result.events if e.location == "Wad Madani")
    assert taken.sub_event_type == "Non-state actor overtakes territory"
    assert taken.event_date == dt.date(2023, 12, 18)  # Monday (not the Sunday of the bombing told after it)
    assert "the day it was reported" in taken.date_rule
    bombed = next(e for e in result.events if e.location == "Khartoum North")
    assert bombed.event_date == dt.date(2023, 12, 17)


def test_an_attack_on_an_unknown_town_is_reported_and_kept_in_its_stated_country(process):
    result = process("Jihadists killed dozens of civilians and soldiers in an attack on Barsalogho in central Burkina "
                     "Faso on Saturday, security sources said. The militants of Jama'at Nasr al-Islam wal Muslimin "
                     "(JNIM) attacked residents who were digging trenches around the town. In neighbouring Mali, "
                     "protesters gathered in Bamako on Friday.", published="2024-08-26")
    assert [u.name for u in result.unplaced] == ["Barsalogho"]  # ("Jama'at Nasr…": the "at" is no preposition)
    there = [e for e in result.events if e.location == "Barsalogho"]
    assert there and {e.country_code for e in there} == {"BF"}  # (Mali and Bamako are named twice: not its country)
    assert next(e for e in result.events if e.location == "Bamako").event_type == "Protests"


def test_a_prison_stormed_is_a_fight_with_its_guards(process):
    result = process("Armed gangs stormed Haiti's National Penitentiary in Port-au-Prince over the weekend, freeing "
                     "most of its inmates, officials said on Sunday.", published="2024-03-04")
    fight = [e for e in result.events if e.event_type == "Battles"]
    assert len(fight) == 1 and fight[0].location == "Port-au-Prince"
    assert fight[0].actor2 == "Police Forces of Haiti" and fight[0].sub_event_type == "Armed clash"


def test_a_named_actors_noun_is_the_actor_and_the_mining_town_is_what_it_took(process):
    result = process("M23 rebels have seized the mining town of Rubaya in eastern Democratic Republic of Congo, a "
                     "local official said on Wednesday, after two days of heavy fighting with the Congolese army.",
                     published="2024-05-02")
    taken = [e for e in result.events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [(e.location, e.actor1) for e in taken] == [("Rubaya", "M23")]
    assert taken[0].event_date == dt.date(2024, 5, 1)  # the Wednesday it was said


def test_an_attack_with_missiles_is_remote_violence_but_an_assault_on_a_police_station_a_battle(process):
    ship = process("Yemen's Houthi rebels said on Wednesday they had attacked a cargo ship near Hodeidah with drone "
                   "boats and missiles.", published="2024-06-13")
    ev = next(e for e in ship.events if e.event_type != "Context")
    assert (ev.event_type, ev.actor1) == ("Explosions/Remote violence", "Houthis")
    station = process("Guerrillas attacked the police station in the town of Morales in Colombia on Monday, using "
                      "explosives, homemade mortars and drones.", published="2024-05-21")
    assert {e.event_type for e in station.events if e.event_type != "Context"} == {"Battles"}


def test_the_toll_of_a_relative_clause_is_its_happenings(process):
    result = process("Fighters from the Fano militia took control of Lalibela on Wednesday. Federal troops regained "
                     "control of Gondar on Thursday after clashes in the city centre that killed at least 20 people, "
                     "a hospital source said.", published="2023-08-10")
    gondar = next(e for e in result.events if e.location == "Gondar")
    assert (gondar.sub_event_type, gondar.fatalities) == ("Government regains territory", 20)
    lalibela = next(e for e in result.events if e.location == "Lalibela")
    assert lalibela.fatalities == 0


def test_the_group_a_claim_or_a_blame_names_is_the_attacker(process):
    kabul = process("A suicide bomber blew himself up in southwest Kabul on Monday, killing six people and wounding "
                    "13, police said. Islamic State's Afghan affiliate claimed responsibility for the attack.",
                    published="2024-09-03")
    blast = next(e for e in kabul.events if e.event_type != "Context")
    assert (blast.actor1, blast.inter1, blast.fatalities) == ("Islamic State", "Rebel group", 6)
    assert blast.actor2 != "Islamic State"
    arauca = process("Two soldiers were killed when a truck loaded with explosives blew up at a military base in "
                     "Arauca on Tuesday, the army said, blaming the ELN guerrilla group.", published="2024-09-18")
    bomb = next(e for e in arauca.events if e.event_type != "Context")
    assert bomb.actor1 == "National Liberation Army (ELN)" and bomb.actor2 == "Military Forces of Colombia"
    # the attacker a text names is kept: a blame elsewhere does not replace it
    named = process("Israeli jets struck Rafah on Sunday, killing 45 people. Israel blamed Hamas for the deaths.",
                    published="2024-05-27")
    assert next(e for e in named.events if e.location == "Rafah").actor1 == "Military Forces of Israel"


@pytest.mark.parametrize("text, kind, sub, actor1", [
    ("Hezbollah fired dozens of rockets into northern Israel on Tuesday.", "Explosions/Remote violence",
     "Shelling/artillery/missile attack", "Hezbollah"),
    ("Russian guided bombs struck a hardware store in Kharkiv on Saturday, killing at least 12 people.",
     "Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia"),
    ("An Israeli strike on Beirut's southern suburbs on Tuesday killed senior Hezbollah commander Fuad Shukr.",
     "Explosions/Remote violence", "Air/drone strike", "Military Forces of Israel"),
])
def test_remote_violence_as_reporting_words_it(process, text, kind, sub, actor1):
    ev = next(e for e in process(text, published="2024-07-31").events if e.event_type != "Context")
    assert (ev.event_type, ev.sub_event_type, ev.actor1) == (kind, sub, actor1)


def test_a_workers_strike_is_no_strike_from_the_air(process):
    result = process("A French strike on Tuesday paralysed trains in Lyon, police said. Workers began a strike in "
                     "Paris on Monday.", published="2024-07-31")
    assert [e for e in result.events if e.event_type != "Context"] == []


def test_two_sides_strikes_at_one_place_and_day_are_two_events(process):
    result = process("The Rapid Support Forces shelled the last functioning hospital in El Fasher on Saturday night. "
                     "The army's air force bombed RSF positions east of the city.", published="2024-06-10")
    strikes = sorted((e.sub_event_type, e.actor1) for e in result.events if e.event_type != "Context")
    assert strikes == [("Air/drone strike", "Military Forces of Sudan"),
                       ("Shelling/artillery/missile attack", "Rapid Support Forces")]


@pytest.mark.parametrize("text, place", [
    ("Russia launched a massive drone and missile attack on Kyiv early Sunday, killing two people.", "Kyiv"),
    ("Israel struck targets in Gaza City on Saturday, killing five people.", "Gaza City"),
])
def test_a_country_named_as_the_one_that_struck_is_its_armed_forces(process, text, place):
    ev = next(e for e in process(text, published="2024-09-01").events if e.event_type != "Context")
    assert (ev.location, ev.event_type, ev.sub_event_type) == (place, "Explosions/Remote violence", "Air/drone strike")
    assert ev.actor1.startswith("Military Forces of ") and ev.actor1 != "Military Forces of "


def test_a_country_that_hits_back_in_words_strikes_nothing(process):
    result = process("Mexico hit back at Washington on Monday after the killing of two tourists in Cancun. Ukraine "
                     "launched a new recruitment drive in Lviv on Monday.", published="2024-09-03")
    assert not [e for e in result.events if e.event_type == "Explosions/Remote violence"]


def test_a_toll_told_in_a_sentence_of_its_own_is_the_happening_befores(process):
    result = process("The Rapid Support Forces shelled the last functioning hospital in El Fasher on Saturday night. "
                     "At least 10 civilians were killed. Elsewhere, 40 people died in floods in Kassala on Sunday.",
                     published="2024-06-10")
    shelled = next(e for e in result.events if e.location == "El Fasher")
    assert shelled.fatalities == 10  # (the floods' dead, with their own place and day, are no one's toll)
    abducted = process("Gunmen abducted at least 287 pupils from a school in Kaduna on Thursday. A local official "
                       "said one person was killed.", published="2024-03-08")
    assert next(e for e in abducted.events if e.event_type != "Context").fatalities == 1


def test_a_state_with_its_allies_is_the_one_that_took_the_town(process):
    result = process("Malian troops and Russian Wagner mercenaries took control of the northern town of Kidal on "
                     "Tuesday, the army said.", published="2023-11-15")
    taken = next(e for e in result.events if e.location == "Kidal")
    assert (taken.actor1, taken.sub_event_type) == ("Military Forces of Mali", "Government regains territory")


def test_what_was_captured_may_be_a_headquarters_in_the_town(process):
    result = process("An alliance of ethnic armed groups said on Saturday it had captured the military's "
                     "northeastern regional command headquarters in Lashio, in northern Shan state.",
                     published="2024-08-04")
    taken = [e for e in result.events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [e.location for e in taken] == ["Lashio"] and taken[0].event_date == dt.date(2024, 8, 3)


def test_a_place_after_its_countrys_possessive_is_the_place(process):
    result = process("Ukrainian drones struck an oil depot in Russia's Bryansk region overnight, officials said.",
                     published="2024-02-18")
    assert [e.location for e in result.events if e.event_type != "Context"] == ["Bryansk"]


def test_earlier_in_the_day_is_the_day_of_the_happening_before(process):
    result = process("An Israeli strike on Beirut's southern suburbs on Tuesday evening killed senior Hezbollah "
                     "commander Fuad Shukr. Hezbollah had fired dozens of rockets into northern Israel earlier in the "
                     "day.", published="2024-07-31")
    rockets = next(e for e in result.events if e.actor1 == "Hezbollah")
    assert rockets.event_date == dt.date(2024, 7, 30)


def test_a_toll_naming_the_happening_is_its_toll(process):
    result = process("An Israeli strike on Beirut's southern suburbs on Tuesday evening killed senior Hezbollah "
                     "commander Fuad Shukr. Lebanon's health ministry said three civilians, including two children, "
                     "were killed in the Beirut strike.", published="2024-07-31")
    assert next(e for e in result.events if e.location == "Beirut").fatalities == 3


def test_countries_and_strikes_in_ordinary_news_make_no_events(process):
    result = process("Russia launched a new weather satellite from the Vostochny cosmodrome on Thursday. Israel hit "
                     "back at critics of its economic policy in Tel Aviv on Wednesday. Striker Harry Kane hit a "
                     "hat-trick as Bayern demolished Darmstadt in Munich on Saturday. A French strike on Tuesday "
                     "paralysed trains in Lyon, unions said. The company claimed responsibility for the outage in "
                     "Dublin, blaming a software update. At least 40 people were killed when floods swept through "
                     "villages in Baghlan province on Friday.", published="2024-05-10")
    assert [e for e in result.events if e.event_type != "Context"] == []


def test_a_general_strike_in_a_war_is_no_air_strike(process):
    result = process("Israeli jets struck Gaza City on Sunday, killing five people. Palestinians observed a general "
                     "strike in Ramallah on Monday to mourn the dead.", published="2024-05-28")
    assert "Ramallah" not in {e.location for e in result.events if e.event_type != "Context"}


def test_a_protest_the_police_broke_up_in_the_next_clause_is_one_protest_with_intervention(process):
    result = process("Thousands of protesters rallied outside parliament in Tbilisi on Tuesday against the law; police "
                     "used tear gas and water cannon to disperse them and detained 20 people.", published="2024-05-15")
    events = [(e.event_type, e.sub_event_type, e.actor2) for e in result.events if e.event_type != "Context"]
    assert events == [("Protests", "Protest with intervention", "Police Forces of Georgia")]


def test_a_town_partly_captured_is_captured(process):
    result = process("The town of Vovchansk was partly captured by Russian forces on Monday, Ukrainian officials said.",
                     published="2024-05-15")
    taken = [e for e in result.events if e.event_type == "Battles"]
    assert [(e.location, e.actor1) for e in taken] == [("Vovchansk", "Military Forces of Russia")]


def test_countries_and_forces_as_acled_names_them(process):
    strike = process("The United States and Britain carried out air strikes on Hodeidah airport late on Tuesday, "
                     "killing two people.", published="2024-06-13")
    hit = next(e for e in strike.events if e.location.startswith("Hodeidah") and not e.is_context)
    assert (hit.actor1, hit.country_code) == ("Military Forces of the United States", "YE")  # (where it was aimed)
    rafah = next(e for e in process("Israeli jets struck Rafah on Sunday, killing 45 people.",
                                    published="2024-05-27").events if e.location == "Rafah")
    assert (rafah.country, rafah.actor2) == ("Palestine", "Civilians (Palestine)")
    rubaya = process("M23 rebels seized Rubaya on Tuesday after fighting with the Congolese army.",
                     published="2024-05-02")  # (an unknown town in a story that names its country by adjective)
    taken = next(e for e in rubaya.events if e.location == "Rubaya")
    assert taken.actor2 == "Military Forces of the Democratic Republic of Congo" and taken.country_code == "CD"


def test_a_single_missile_fired_is_remote_violence(process):
    result = process("Hamas fighters fired an anti-tank missile at an Israeli tank in Khan Younis on Friday.",
                     published="2024-07-20")
    ev = next(e for e in result.events if e.event_type != "Context")
    assert (ev.location, ev.event_type, ev.actor1) == ("Khan Younis", "Explosions/Remote violence", "Hamas")


def test_an_advance_told_with_and_then_and_a_week_later(process):
    kharkiv = process("Ukrainian forces recaptured Balakliia on Thursday, then pushed on to Kupiansk, a key rail hub, "
                      "which they retook on Saturday, and entered Izium on Sunday as Russian troops withdrew, "
                      "officials "
                      "said.", published="2022-09-12")
    assert [s.location for s in kharkiv.route] == ["Balakliia", "Kupiansk", "Izium"]
    izium = next(e for e in kharkiv.events if e.location == "Izium")
    assert (izium.actor1, izium.sub_event_type) == ("Military Forces of Ukraine", "Government regains territory")
    darfur = process("The Rapid Support Forces captured Nyala, Sudan's second city, on October 26 after weeks of "
                     "fighting. A week later the paramilitary group seized Zalingei, and on Saturday it took control "
                     "of El Geneina's army garrison, residents said.", published="2023-11-06")
    assert next(e for e in darfur.events if e.location == "Zalingei").event_date == dt.date(2023, 11, 2)


@pytest.mark.parametrize("text, place, killed", [
    ("Three people were killed in clashes in Sake, in eastern Congo, on Friday.", "Sake", 3),
    ("Four soldiers died in clashes around Kaya, Burkina Faso, on Saturday.", "Kaya", 4),
    ("At least nine soldiers were killed in the fighting around Sake, in eastern Congo, on Friday.", "Sake", 9),
    ("Fighting between two militias in Misrata, Libya, left 27 people dead over the weekend.", "Misrata", 27),
])
def test_people_killed_in_fighting_is_an_armed_clash_though_no_side_is_named(process, text, place, killed):
    # ACLED: fighting between armed sides is a battle; a side the report does not name is an Unidentified Armed Group
    [event] = happenings(process(text, published="2025-03-10"), place)
    assert (event.event_type, event.sub_event_type, event.fatalities) == (et.BATTLES, et.ARMED_CLASH, killed)
    assert event.actor1.startswith("Unidentified Armed Group") or event.actor1.startswith("Military Forces")


def test_a_shootout_with_police_in_ordinary_news_is_no_battle(process):
    result = process("Two men were killed in a shootout with police in Houston on Sunday.", published="2025-03-10")
    assert not happenings(result)  # (police and crime: no armed conflict in the text)


@pytest.mark.parametrize("second, kind", [
    ("The attack killed four civilians.", (et.VAC, et.ATTACK)),
    ("Four civilians were killed in the attack.", (et.VAC, et.ATTACK)),
])
def test_the_toll_of_a_happening_told_before_is_its_toll(process, second, kind):
    result = process(f"Rebels attacked Sake, in eastern Congo, on Monday. {second}", published="2025-03-10")
    [event] = happenings(result)
    assert (event.event_type, event.sub_event_type, event.fatalities) == (*kind, 4)


def test_a_happening_first_told_by_its_noun_is_of_that_nouns_type(process):
    [event] = happenings(process("The blast killed six people in Quetta on Tuesday.", published="2025-03-10"))
    assert (event.event_type, event.sub_event_type, event.fatalities) == (et.REMOTE, et.REMOTE_EXPLOSIVE, 6)
    assert event.location == "Quetta"


def test_clashes_after_another_clauses_noun_and_to_the_south_around_a_town_are_there(process):
    text = ("On Monday fighters were seen inside the compound while clashes raged to the south around Tarhuna, "
            "witnesses said.")
    evs = happenings(process(text, published="2019-04-09"))
    assert [(e.location, e.event_type) for e in evs] == [("Tarhuna", "Battles")]


def test_a_strike_with_its_time_before_its_target_is_a_strike(process):
    text = ("Israeli jets pounded Khan Younis on Sunday. The health ministry said a strike late on Saturday on "
            "the Nuseirat camp killed at least 30 people.")
    evs = [e for e in happenings(process(text, published="2023-11-05")) if e.fatalities == 30]
    assert [(e.event_type, str(e.event_date)) for e in evs] == [("Explosions/Remote violence", "2023-11-04")]


def test_a_grenade_thrown_in_the_passive_is_a_grenade_attack(process):
    text = "Police said two people were injured when a grenade was thrown at a shop in Anantnag on Tuesday."
    assert kinds(process(text, published="2024-03-14")) == [(et.REMOTE, et.GRENADE)]


def test_a_town_then_its_region_after_a_comma_is_one_place_not_a_list(process):
    text = "Boko Haram fighters abducted 287 pupils from a school in Qwertiga, Kaduna state, on Thursday."
    assert [e.location for e in happenings(process(text, published="2024-03-14"))] == ["Qwertiga"]
    listed = "Insurgents captured Mueda, Montepuez and Pemba on Monday, residents said."
    assert len(happenings(process(listed, published="2024-03-12"))) == 3


def test_unnamed_gunmen_killing_people_by_what_they_are_is_violence_against_civilians(process):
    # ACLED: a band that kills civilians is a political militia (an Unidentified Armed Group when not named)
    ev, = happenings(process("Unknown gunmen shot dead a village councillor and his brother in Gao on Tuesday night, "
                             "residents said.", published="2024-05-09"))
    assert (ev.event_type, ev.sub_event_type, ev.fatalities) == (et.VAC, et.ATTACK, 2)
    assert ev.actor1.startswith("Unidentified Armed Group") and ev.location == "Gao"


def test_a_communitys_men_attacking_a_village_are_a_communal_militia(process):
    ev, = happenings(process("Suspected Tiv herdsmen attacked a farming settlement near Makurdi on Sunday, killing "
                             "nine farmers.", published="2024-05-09"))
    assert (ev.event_type, ev.fatalities) == (et.VAC, 9) and "Militia" in ev.actor1


def test_those_taken_by_a_band_are_its_victims_though_the_sentence_is_about_their_bodies(process):
    # "four men abducted by …": a participle's "by" names the doer (a reduced passive), not a fight with the men
    ev, = happenings(process("The bodies of three farmers abducted by suspected separatist fighters were found near "
                             "Bamenda on Tuesday.", published="2024-05-09"))
    assert ev.event_type == et.VAC and ev.actor2.startswith("Civilians") and ev.fatalities == 3


def test_a_states_forces_killing_foreigners_is_an_event_outside_a_war_story(process):
    ev, = happenings(process("Greek coast guards shot dead two Syrian migrants near Lesbos on Saturday.",
                             published="2024-05-09"))
    assert (ev.event_type, ev.actor1, ev.actor2) == (et.VAC, "Military Forces of Greece", "Civilians (Syria)")


@pytest.mark.parametrize("text, sub", [
    ("Three people died when riot police opened fire on marchers in Nairobi on Tuesday.", et.EXCESSIVE_FORCE),
    ("Soldiers fired on demonstrators in Bamako on Tuesday; nobody was hurt.", et.PROTEST_WITH_INTERVENTION),
    ("Demonstrators attacked police officers in Bamako on Tuesday.", et.VIOLENT_DEMONSTRATION),
    # what incident reports call a killing, a blockade and a dispersal
    ("A community leader was murdered by hit men in Buenaventura on Saturday.", et.ATTACK),
    ("Hundreds of farmers blocked the highway near Ludhiana on Monday to demand higher prices.", et.PEACEFUL_PROTEST),
    ("Police used tear gas to disperse opposition supporters outside the parliament in Kampala.",
     et.PROTEST_WITH_INTERVENTION),
])
def test_who_fired_on_whom_at_a_protest_and_what_incident_reports_call_an_act(process, text, sub):
    ev, = happenings(process(text, published="2024-05-09"))
    assert ev.sub_event_type == sub


def test_a_participle_after_then_takes_the_sentences_subject(process):
    # "troops took A, then advanced …, seizing B": the troops took B (the clause has no subject of its own)
    result = process("Ethiopian troops took Shewa Robit on 1 December, then advanced north along the highway, "
                     "seizing Kemise on 4 December.", published="2021-12-06")
    kemise, = happenings(result, "Kemise")
    assert kemise.actor1 == "Military Forces of Ethiopia" and str(kemise.event_date) == "2021-12-04"


def test_posts_overrun_around_a_town_are_a_taking_there_and_an_earlier_clause_keeps_its_own_date(process):
    result = process("The rebels later seized Kutkai, and on 12 November their fighters overran army posts around "
                     "Namhsan in Shan state.", published="2023-11-14")
    namhsan, = happenings(result, "Namhsan")
    kutkai, = happenings(result, "Kutkai")
    assert namhsan.sub_event_type == et.NSA_TAKEOVER and str(namhsan.event_date) == "2023-11-12"
    assert kutkai.event_date is None or str(kutkai.event_date) != "2023-11-12"  # (that date is the second's)


def test_the_dead_of_a_passive_are_the_victims_of_the_attack_its_when_clause_tells(process):
    ev, = happenings(process("At least nine passengers, among them two children, were killed when gunmen opened fire "
                             "on a bus near Mopti on Friday.", published="2024-03-10"))
    assert (ev.event_type, ev.fatalities) == (et.VAC, 9) and ev.actor1.startswith("Unidentified Armed Group")


def test_a_gold_mine_is_no_landmine(process):
    ev, = happenings(process("Gunmen abducted twelve miners and killed one at a gold mine near Birnin Gwari on Monday.",
                             published="2024-03-10"))
    assert ev.event_type == et.VAC


def test_a_countrys_base_is_whose_not_where(process):
    ev, = happenings(process("A drone attack on a French base in northern Mali wounded two soldiers on Monday.",
                             published="2024-03-10"))
    assert ev.country == "Mali"


def test_a_clash_is_fought_by_the_armed_not_by_the_houses_burned(process):
    ev, = happenings(process("Two people were killed and several huts burned when rival clans clashed near Beledweyne "
                             "on Sunday.", published="2024-03-10"))
    assert ev.event_type == et.BATTLES and "Militia" in ev.actor1


def test_a_toll_that_has_risen_reports_the_bombing_it_is_of(process):
    ev, = happenings(process("The death toll from Tuesday's bombing of a bus station in Jalalabad has risen to 14, "
                             "officials said.", published="2024-03-10"))
    assert (ev.event_type, ev.fatalities, str(ev.event_date)) == (et.REMOTE, 14, "2024-03-05")
    assert "Tuesday's" not in [u.name for u in process("Fighting from Tuesday's raid spread to Qarvaz.").unplaced]


def test_the_subject_after_when_is_the_attacker(process):
    ev, = happenings(process("Six soldiers lost their lives when bandits attacked an army post in Katsina state on "
                             "Monday.", published="2024-03-10"))
    assert ev.actor1.startswith("Unidentified Armed Group") and ev.actor2 == "Military Forces of Nigeria"


def test_the_attack_told_again_at_the_district_named_after_its_town_is_one_event(process):
    result = process("Gunmen opened fire on a bus near Khuzdar town on Monday, killing three passengers. The bus was on "
                     "its way to Karachi when armed men forced it to stop in Khuzdar district and sprayed it with "
                     "bullets.", published="2024-04-09")
    assert [(e.location, e.event_type) for e in happenings(result)] == [("Khuzdar", et.VAC)]


def test_men_who_throw_a_grenade_are_an_armed_group_not_civilians(process):
    ev, = happenings(process("Two men on a motorcycle hurled a grenade at a shop in Quetta on Monday, wounding three.",
                             published="2024-04-09"))
    assert ev.actor1 == "Unidentified Armed Group (Pakistan)"


def test_a_second_happening_told_by_its_own_noun_after_and_is_its_own(process):
    result = process("Russian jets bombed the outskirts of Idlib overnight, and a drone strike on Tuesday in Ariha "
                     "killed three people, rescuers said.", published="2024-03-07")
    assert {e.location for e in happenings(result)} == {"Idlib", "Ariha"}


def test_posts_overrun_with_no_town_named_are_a_fight_where_the_clause_is(process):
    result = process("On Monday Ukrainian units crossed the border near Tyotkino and overran Russian checkpoints. "
                     "Within two days they had captured Poroz.", published="2024-08-16")
    kinds = {e.location: (e.event_type, e.actor1) for e in happenings(result)}
    assert kinds.get("Tyotkino", (None,))[0] == et.BATTLES
    assert kinds.get("Poroz", (None, None))[1] == "Military Forces of Ukraine"  # ("they": the units named before)


@pytest.mark.slow
def test_a_place_the_gazetteer_lacks_told_as_a_distance_from_one_it_knows_is_put_there(process):
    result = process("Rebels overran the Qarvaz military base, about 50 km north of Mopti, on Sunday, which until last "
                     "year hosted French special forces.", published="2024-03-12")
    ev = next(e for e in happenings(result) if e.location == "Qarvaz")
    mopti = next(t for t in result.toponyms if t.name == "Mopti")
    assert 0.40 < ev.latitude - mopti.lat < 0.50 and abs(ev.longitude - mopti.lon) < 0.01  # (50 km is 0.45°)
    assert ev.country == "Mali" and "50 km north of Mopti" in ev.geo_note and ev.geo_precision == 2


@pytest.mark.slow
def test_a_place_the_gazetteer_lacks_that_the_text_measures_another_from_is_put_the_other_way(process):
    result = process("Fighters of the group stormed Zzyzxobo, a market town in northern Burkina Faso, on Tuesday, "
                     "killing 14 villagers, officials said. The army has a base at Djibo, about 40 km west of "
                     "Zzyzxobo.",
                     published="2024-03-10")  # (the other sentence's words are finer than the country)
    ev = next(e for e in happenings(result) if e.location == "Zzyzxobo")
    djibo = next(t for t in result.toponyms if t.name == "Djibo")
    assert 0.33 < ev.longitude - djibo.lon < 0.40 and abs(ev.latitude - djibo.lat) < 0.01  # (40 km east of Djibo)
    assert "40 km east of Djibo, where the text puts Djibo 40 km west of it" in ev.geo_note


def test_fighting_that_has_killed_people_since_a_recent_day_is_news_not_background(process):
    ev, = happenings(process("Fighting between the army and rebels around Qarvaz town in Rakhine state has killed at "
                             "least 12 civilians since Thursday, residents said.", published="2024-05-20"))
    assert (ev.event_type, ev.fatalities) == (et.BATTLES, 12)


def test_an_attack_at_sea_is_put_where_its_distance_from_the_coast_says(process):
    result = process("Houthi forces fired a missile at a tanker in the Red Sea, about 40 nautical miles west of "
                     "Hodeidah, on Friday.", published="2024-05-20")
    ev, = happenings(result)
    hodeidah = next(t for t in result.toponyms if t.name == "Hodeidah")
    assert ev.country == "Yemen" and -0.75 < ev.longitude - hodeidah.lon < -0.65  # (40 nmi: 74 km west)
    assert "Red Sea" in [u.name for u in result.unplaced]  # (the water, not Sudan's Red Sea state)


def test_two_doers_and_two_acts_joined_by_and_are_two_events(process):
    result = process("On Sunday, gunmen killed a trader in Bama and a suicide bomber killed five people at a mosque "
                     "in Dikwa.", published="2024-07-15")
    assert sorted((e.location, e.fatalities) for e in happenings(result)) == [("Bama", 1), ("Dikwa", 5)]


def test_an_attack_a_group_claims_is_its_attack_on_the_day_its_clause_says(process):
    ev, = happenings(process("The Islamic State claimed responsibility for an attack on a church in Maiduguri that "
                             "killed eight people on Sunday night.", published="2024-07-16"))
    assert (ev.actor1, ev.fatalities, str(ev.event_date)) == ("Islamic State", 8, "2024-07-14")


def test_a_school_stormed_for_its_pupils_is_an_abduction(process):
    ev, = happenings(process("Gunmen stormed a school in Kuriga, Kaduna state, on Thursday and abducted 200 pupils.",
                             published="2024-07-15"))
    assert ev.sub_event_type == et.ABDUCTION


# ----------------------------------------------------------------------------------------------- no doer named

@pytest.mark.parametrize("text, kind, toll", [
    ("A man was shot dead in Mandera on Tuesday night, police said.", (et.VAC, et.ATTACK), 1),
    ("Two policemen were killed in Mandera on Tuesday.", (et.BATTLES, et.ARMED_CLASH), 2),
    ("The bodies of eight men with gunshot wounds were found dumped near a highway outside Culiacan on Monday.",
     (et.VAC, et.ATTACK), 8),
    ("The bullet-riddled bodies of two brothers were discovered in a field outside Culiacan on Sunday.",
     (et.VAC, et.ATTACK), 2),
])
def test_a_killing_with_no_doer_named_is_still_an_event(process, text, kind, toll):
    # ACLED: the perpetrator is an unidentified armed group; told with no conflict around it all the same
    evs = happenings(process(text, published="2024-09-20"))
    assert [(e.event_type, e.sub_event_type) for e in evs] == [kind] and evs[0].fatalities == toll
    assert evs[0].actor1.startswith("Unidentified Armed Group")


@pytest.mark.parametrize("text", [
    "Two soldiers were killed in a road accident near Mandera on Tuesday.",
    "Two hikers were found dead in the mountains near Culiacan on Sunday after a snowstorm.",
    "A fisherman died when his boat capsized off Mandera on Tuesday.",
])
def test_a_death_told_as_a_mishap_is_no_event(process, text):
    assert happenings(process(text, published="2024-09-20")) == []


def test_a_record_toll_is_today_s_event_and_the_village_falls_back_to_the_country(process):
    text = ("Jihadists killed dozens of soldiers and volunteers digging trenches around the town of Zzyzxqa on "
            "Saturday, in one of the deadliest attacks in Burkina Faso's history.")
    ev = happenings(process(text, published="2024-09-20"))[0]
    assert (ev.event_type, ev.fatalities, ev.event_date) == (et.BATTLES, 12, dt.date(2024, 9, 14))
    assert ev.location == "Zzyzxqa" and ev.geo_precision == 3


def test_a_village_in_a_country_s_district_falls_back_to_the_district(process):
    text = ("Militants rammed a vehicle into a security post in Zzyzxqa in Pakistan's North Waziristan district on "
            "Saturday and then stormed the compound, killing seven soldiers.")
    evs = happenings(process(text, published="2024-03-17"))
    assert [(e.location, e.place_name, e.geo_precision, e.fatalities) for e in evs] == [
        ("Zzyzxqa", "North Wazīristān District", 2, 7)]  # (the gazetteer's name)


def test_a_country_s_name_before_its_weapon_is_its_forces(process):
    ev = happenings(process("A US airstrike killed a senior al-Shabaab commander near Jilib on Friday, US Africa "
                            "Command said.", published="2024-09-20"))[0]
    assert (ev.location, ev.actor1, ev.event_type) == ("Jilib", "Military Forces of the United States", et.REMOTE)
    assert happenings(process("UK jets struck Houthi targets near Hodeidah."))[0].actor1 == \
        "Military Forces of the United Kingdom"


def test_between_two_places_is_one_stretch_drawn_at_the_first_or_near_the_other(process):
    evs = happenings(process("Two aid workers were shot dead by unknown gunmen on the road between Juba and Yei on "
                             "Thursday.", published="2024-09-20"))
    assert [(e.location, e.fatalities) for e in evs] == [("Juba", 2)]
    evs = happenings(process("Militants ambushed an army convoy between Zzyzxqa and Jalalaqsi, leaving 11 soldiers "
                             "dead.", published="2024-09-20"))
    assert [(e.location, e.place_name, e.geo_precision) for e in evs] == [("Zzyzxqa", "Jalalaqsi", 2)]


# ----------------------------------------------------------------------------------------------- wire reports of other wars

def test_the_city_after_a_sentence_of_names_is_the_last_town_named_not_where_people_came_from(process):
    text = ("Rebels seized a bridge near Qwerty on Friday, but lost it hours later to militiamen from Misrata. "
            "By Saturday they had reached the old airport, on the southern edge of the city, where fighting left "
            "at least 21 people dead.")
    ev = [e for e in happenings(process(text, published="2019-04-08")) if e.fatalities][0]
    assert (ev.location, ev.fatalities, ev.event_date) == ("Qwerty", 21, dt.date(2019, 4, 6))


def test_the_toll_of_the_fighting_for_a_place_is_the_latest_fight_there_not_the_last_told(process):
    text = ("Soldiers retook Kousseri from the militants on Thursday, the army said. The militants had seized "
            "Kousseri on 2 May. They went on to take Maroua on 10 May.\n\nAt least 30 militants were killed in the "
            "fighting for Kousseri, an officer said.")
    tolls = {(e.location, str(e.event_date)): e.fatalities for e in happenings(process(text, published="2024-05-24"))}
    assert tolls == {("Kousseri", "2024-05-23"): 30, ("Kousseri", "2024-05-02"): 0, ("Maroua", "2024-05-10"): 0}


def test_a_relative_clause_s_toll_is_the_toll_of_the_fight_it_follows(process):
    text = ("The rebels captured the town of Kutkai on Tuesday after clashes with local militias that left 18 "
            "fighters dead.")
    evs = happenings(process(text, published="2015-03-26"))
    assert [(e.location, e.sub_event_type, e.fatalities) for e in evs] == [("Kutkai", et.NSA_TAKEOVER, 18)]


def test_a_country_in_a_forces_name_is_whose_the_force_is_not_where_it_struck(process):
    text = "The Israel Defense Forces said its aircraft struck a house in Khan Younis on Sunday, killing five people."
    ev = happenings(process(text, published="2024-03-12"))[0]
    assert (ev.location, ev.geo_precision, ev.actor1, ev.actor2) == (
        "Khan Younis", 1, "Military Forces of Israel", "Civilians (Palestine)")


def test_more_dead_told_in_a_later_clause_or_sentence_add_to_the_toll(process):
    for text in ("Troops killed six militants in a gunfight in Bannu on Sunday; one soldier was also killed, the "
                 "army said.", "Troops killed six militants in a gunfight in Bannu on Sunday. One soldier was also "
                 "killed."):
        assert [e.fatalities for e in happenings(process(text, published="2024-11-04"))] == [7]
    said_again = "Troops killed six militants in a gunfight in Bannu on Sunday. Six militants were killed."
    assert [e.fatalities for e in happenings(process(said_again, published="2024-11-04"))] == [6]


def test_what_someone_is_accused_of_is_no_happening_of_the_report(process):
    text = ("Soldiers demolished the family home of a man accused of a shooting attack in Hebron on Sunday, the army "
            "said.")
    assert kinds(process(text, published="2024-11-04")) == [("Strategic developments", "Looting/property destruction")]


def test_bodies_found_dumped_are_a_killing_by_someone_unknown(process):
    ev = happenings(process("The bodies of five men who had been abducted last week were found dumped near Culiacan "
                            "on Sunday, prosecutors said.", published="2024-11-04"))
    assert [(e.sub_event_type, e.fatalities, str(e.event_date)) for e in ev] == [("Attack", 5, "2024-11-03")]
    assert happenings(process("A stolen car was found dumped near Culiacan on Sunday.", published="2024-11-04")) == []


def test_a_facility_of_someone_in_a_town_is_a_taking_of_the_town(process):
    text = ("The army said on Tuesday it had recaptured the headquarters of the state broadcaster in Omdurman from "
            "the Rapid Support Forces.")
    ev = happenings(process(text, published="2024-03-13"))
    assert [(e.location, e.sub_event_type, str(e.event_date)) for e in ev] == [
        ("Omdurman", "Government regains territory", "2024-03-12")]


def test_a_run_of_strikes_for_weeks_is_no_event_but_one_strike_is(process):
    assert happenings(process("Turkish drones have struck LNA supply lines near Sirte for weeks.",
                              published="2020-06-06")) == []
    one = happenings(process("Turkish drones struck an LNA convoy near Sirte on Friday.", published="2020-06-06"))
    assert [e.location for e in one] == ["Sirte"]


def test_a_pronoun_after_a_fronted_time_is_the_side_named_before(process):
    text = ("Government forces seized Sabratha in April. Last month they captured the al-Watiya air base near the "
            "Tunisian border.")
    route = process(text, published="2020-06-06").route
    assert [(s.location, s.actor) for s in route] == [("Sabratha", "Military Forces of Libya"),
                                                      ("al-Watiya", "Military Forces of Libya")]


def test_soldiers_detaining_people_is_an_arrest_of_the_war_and_police_holding_robbers_is_no_event(process):
    held = happenings(process("Soldiers detained at least 30 young men during a search in Gao on Tuesday.",
                              published="2024-09-20"))
    assert [(e.sub_event_type, e.actor1) for e in held] == [("Arrests", "Military Forces of Mali")]
    assert happenings(process("Police arrested two men for robbery in Gao on Tuesday.", published="2024-09-20")) == []
    assert happenings(process("Border guards detained a shipment of fake watches in Dover on Tuesday.",
                              published="2024-09-20")) == []  # (things, not people)


def test_fighting_told_as_the_past_a_mine_was_left_from_is_no_clash(process):
    text = "A landmine left over from earlier fighting exploded under a tractor near Hodeidah on Monday."
    assert kinds(process(text, published="2024-09-20")) == [("Explosions/Remote violence",
                                                             "Remote explosive/landmine/IED")]


def test_a_toll_told_of_another_place_is_not_the_last_fights(process):
    text = ("Rebels captured Nyabibwe on 5 February and Kalehe two days later.\n\nIn Goma, the UN said nearly 3,000 "
            "people had been killed in the fighting for the city.")
    tolls = {e.location: e.fatalities for e in happenings(process(text, published="2025-02-17"))}
    assert tolls.get("Kalehe") == 0 and tolls.get("Nyabibwe") == 0


def test_walking_into_the_centre_of_a_city_is_taking_it_that_day(process):
    text = "M23 rebels walked into the centre of Bukavu on Sunday, meeting little resistance, residents said."
    assert [(e.location, str(e.event_date)) for e in happenings(process(text, published="2025-02-17"))] == [
        ("Bukavu", "2025-02-16")]


def test_the_doers_told_again_by_a_definite_noun_are_the_same_attack(process):
    text = ("Fighters linked to al-Qaeda killed dozens of people on Saturday in Barsalogho, a town in central Burkina "
            "Faso. Witnesses said the gunmen arrived on motorcycles and opened fire on the diggers.")
    assert [e.location for e in happenings(process(text, published="2024-08-27"))] == ["Barsalogho"]


def test_the_town_is_never_the_reference_point_named_to_say_where_the_town_is(process):
    entered = process("Government troops retook Qayyarah, 60 km south of Mosul, on Thursday. Troops entered the town "
                      "from the south, the army said.", published="2016-08-26")
    assert [e.location for e in happenings(entered)] == ["Qayyarah"]
    edge = process("Rebels captured Tarhuna, about 65 km southeast of Tripoli, on Thursday. Fighting continued on the "
                   "outskirts of the town on Friday, killing four.", published="2016-08-26")
    assert [(e.location, e.fatalities) for e in happenings(edge) if e.sub_event_type == "Armed clash"] == [
        ("Tarhuna", 4)]


def test_the_town_they_withdrew_from_is_where_the_next_sentence_happens(process):
    result = process("Troops retook Fallujah in June. Islamist fighters withdrew from Qayyarah on Thursday. A car bomb "
                     "killed 12 soldiers at a checkpoint near the town on Friday.", published="2016-08-26")
    bomb = next(e for e in happenings(result) if e.event_type == "Explosions/Remote violence")
    assert (bomb.location, bomb.fatalities) == ("Qayyarah", 12)


def test_after_capturing_is_the_same_day_and_km_to_the_north_is_from_the_town_before(process):
    text = ("Rebel fighters advanced on Aden on Wednesday after capturing the Zzyzxqa air base, 60 km to the north, "
            "residents said.")
    ev = next(e for e in happenings(process(text, published="2015-03-26")) if e.location.startswith("Zzyzxqa"))
    assert ev.event_date == dt.date(2015, 3, 25) and ev.geo_precision == 2
    assert 13.2 < ev.latitude < 13.4 and 44.9 < ev.longitude < 45.2  # (Aden is at 12.8 N, 45.0 E)


def test_a_day_after_counts_from_the_happening_told_earlier_in_the_sentence(process):
    text = ("Militants pushed deeper into Iraq on Wednesday, seizing the city of Tikrit, a day after they overran "
            "Mosul.")
    dates = {e.location: e.event_date for e in happenings(process(text, published="2014-06-12"))}
    assert dates == {"Tikrit": dt.date(2014, 6, 11), "Mosul": dt.date(2014, 6, 10)}


@pytest.mark.parametrize("text", [
    "Several hundred Islamic State fighters attacked Mosul from the west on Monday night.",
    "Islamic State militants attacked the city's outskirts near Samarra on Monday.",
])
def test_an_armed_attack_on_a_town_is_a_battle_not_violence_against_civilians(process, text):
    assert kinds(process(text, published="2014-06-12")) == [(et.BATTLES, et.ARMED_CLASH)]
    # (and on its people, violence against civilians)
    assert kinds(process("Islamic State militants attacked villagers near Samarra on Monday.",
                         published="2014-06-12")) == [(et.VAC, et.ATTACK)]


@pytest.mark.parametrize("text, actor1, toll", [
    ("On 4 May 2024, two men were hacked to death by suspected Fulani militia in Mangu, Plateau state.",
     "Communal Militia (Nigeria)", 2),
    ("On 9 May 2024, gang members killed three people and burned houses in Croix-des-Bouquets.",
     "Unidentified Armed Group (Haiti)", 3),
    ("On 4 May 2024, at least 13 people were killed when RSF fighters attacked the village of Zzyzxqa in Gezira "
     "state.", "Rapid Support Forces", 13),
])
def test_a_band_a_people_s_militia_or_a_named_force_s_fighters_killing_people(process, text, actor1, toll):
    [ev] = happenings(process(text, published="2024-05-10"))
    assert (ev.event_type, ev.actor1, ev.fatalities) == (et.VAC, actor1, toll)


def test_a_name_the_gazetteer_lacks_after_a_town_and_a_comma_is_where_the_town_is(process):
    text = "On 5 May 2024, a suicide bomber blew himself up at a checkpoint in Bosaso, Zzyzxland, killing six soldiers."
    assert [(e.location, e.fatalities) for e in happenings(process(text, published="2024-05-10"))] == [("Bosaso", 6)]


# ----------------------------------------------------------------------------------------------- news prose

def test_two_armed_bodies_clashing_is_a_battle_though_both_serve_the_state(process):
    text = "Soldiers clashed with security guards of a former spy chief in Juba on Tuesday night, residents said."
    assert kinds(process(text, published="2024-10-02")) == [(et.BATTLES, et.ARMED_CLASH)]


def test_reported_to_have_attacked_is_told_as_done_and_positions_are_their_forces(process):
    text = ("Hundreds of Kurdish fighters were reported to have attacked Turkish positions in Iraq's Duhok province "
            "overnight, Turkish media reported.")
    [ev] = happenings(process(text, published="2024-10-02"))
    assert (ev.event_type, ev.actor2) == (et.BATTLES, "Military Forces of Turkey")
    assert happenings(process("Kurdish fighters vowed to attack Turkish positions in Duhok province.")) == []


def test_a_bomb_that_tore_through_a_rally_is_an_explosion_not_a_protest(process):
    text = "A bomb tore through a political rally in Peshawar on Sunday, killing 11 people and wounding dozens."
    evs = happenings(process(text, published="2024-10-02"))
    assert [(e.event_type, e.sub_event_type, e.fatalities) for e in evs] == [(et.REMOTE, et.REMOTE_EXPLOSIVE, 11)]


def test_herders_who_kill_farmers_are_a_communal_militia(process):
    text = "Suspected herders killed two farmers in an attack on a village near Jos on Saturday night."
    [ev] = happenings(process(text, published="2024-10-02"))
    assert (ev.event_type, ev.actor1, ev.fatalities) == (et.VAC, "Communal Militia (Nigeria)", 2)


def test_a_toll_of_an_attack_told_first_takes_the_type_the_next_sentence_tells(process):
    text = ("The death toll from Saturday's attack on a market in Gao has risen to 17, local officials said on "
            "Monday. Jihadists had fired mortar shells at the crowded market.")
    evs = happenings(process(text, published="2024-10-02"))
    assert [(e.event_type, e.sub_event_type, e.fatalities, e.event_date) for e in evs] == [
        (et.REMOTE, et.SHELLING, 17, dt.date(2024, 9, 28))]


def test_the_family_killed_when_a_drone_hit_their_car_are_the_drone_s_side_s_victims(process):
    text = ("Three members of the same family were killed when a Russian drone hit their car in Bilozerka, outside "
            "Kherson, on Thursday morning.")
    [ev] = happenings(process(text, published="2024-10-02"))
    assert (ev.actor1, ev.fatalities) == ("Military Forces of Russia", 3)


def test_a_named_group_s_country_gives_the_spelling_of_a_name_no_place_of_the_text_places(process):
    text = ("Security forces killed five suspected members of the Islamic State group in an operation in Hassakeh "
            "province on Sunday, the SDF said.")
    [ev] = happenings(process(text, published="2024-10-02"))
    assert (ev.location, ev.event_type, ev.fatalities) == ("Hassakeh", et.BATTLES, 5)
    assert 36 < ev.latitude < 37 and "spelling variant" in ev.geo_note


def test_a_strike_where_a_fight_was_is_its_own_happening_and_the_junta_is_the_state(process):
    text = ("The insurgents overran military posts around Laukkai, where junta aircraft bombed a village on "
            "Sunday, killing 10 civilians.")
    evs = sorted(happenings(process(text, published="2023-11-14")), key=lambda e: e.event_type)
    assert [(e.event_type, e.actor1, e.fatalities) for e in evs] == [
        (et.BATTLES, "Unidentified Armed Group (Myanmar)", 0), (et.REMOTE, "Military Forces of Myanmar", 10)]


@pytest.mark.parametrize("text, kind, actors, toll", [
    ("Six people lost their lives when gunmen stormed a wedding party in Zurmi, Zamfara state, late on Saturday.",
     et.VAC, ("Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)"), 6),
    ("Two Maoists were gunned down by police in an encounter in Gadchiroli district on Wednesday.",
     et.BATTLES, ("Police Forces of India", "Communist Party of India (Maoist)"), 2),
    ("At least five people were confirmed dead after armed men opened fire in a bar in Tijuana on Friday night.",
     et.VAC, ("Unidentified Armed Group (Mexico)", "Civilians (Mexico)"), 5),
    ("Fourteen soldiers died on Sunday when their convoy came under attack by JNIM fighters near Gao.",
     et.BATTLES, ("Jama'at Nusrat al-Islam wal-Muslimin", "Military Forces of Mali"), 14),
    ("A Palestinian teenager was killed by Israeli fire near Jenin on Wednesday, the health ministry said.",
     et.VAC, ("Military Forces of Israel", "Civilians (Palestine)"), 1),
])
def test_who_died_and_who_killed_them_however_the_sentence_turns(process, text, kind, actors, toll):
    [ev] = happenings(process(text, published="2024-07-10"))
    assert (ev.event_type, (ev.actor1, ev.actor2), ev.fatalities) == (kind, actors, toll)


def test_attack_helicopters_are_aircraft_and_a_toll_from_a_long_name_counts():
    from conflictmap.events.fatalities import count
    from conflictmap.events.words import triggers

    assert not [t for t in triggers("The military received two new attack helicopters.") if t.kind == "attack"]
    assert count("The death toll from Monday's Russian missile strike on a children's hospital in Kyiv stood at 12 "
                 "on Tuesday.") == 12


def test_the_subject_of_a_passive_killing_is_its_victim_however_long_its_description(process):
    text = ("A Kenyan police officer serving with the Multinational Security Support mission was killed by gang "
            "gunfire in Port-au-Prince on Sunday.")
    [ev] = happenings(process(text, published="2024-08-20"))
    assert (ev.event_type, ev.fatalities) == (et.BATTLES, 1) and ev.actor2.startswith("Police Forces of")
    # (but police investigating a death are not its victims)
    evs = happenings(process("Police are investigating the death of a 16-year-old who was killed after a party in "
                             "Arlington on Sunday.", published="2024-08-20"))
    assert not any(e.actor2.startswith("Police") for e in evs)


@pytest.mark.parametrize("text", [
    "Funeral held for three slain police officers in Springfield on Friday.",  # (a killing told before)
    "Police in Springfield say a man has died after being found floating in a hotel pool.",  # (police: no victims)
])
def test_ordinary_news_of_a_death_near_the_police_is_no_battle(process, text):
    assert happenings(process(text, published="2024-08-20")) == []


@pytest.mark.parametrize("where, place, precision", [
    ("in Zzyzxqa village, Kalaw township, Shan state. Myanmar", "Kalaw", 2),
    ("in Kafr Zzyzx, Jisr ash-Shughur subdistrict, Idlib. Syria", "Jisr ash Shughūr", 2),
    ("at a Zzyzxqa checkpoint on the Mogadishu-Afgooye road. Somalia", "Mogadishu", 2),
    ("in Zzyzxqa kebele, Dera woreda, South Gondar zone, Amhara. Ethiopia", "Amhara", 3),  # (not a Dera of Oromia)
])
def test_a_village_nothing_places_goes_to_the_nearest_container_the_text_writes(process, where, place, precision):
    [ev] = happenings(process(f"Gunmen killed two civilians {where}", published="2024-01-02"))
    assert (ev.place_name, ev.geo_precision, ev.fatalities) == (place, precision, 2)


def test_the_capital_of_a_datelined_report_is_the_dateline_s_town(process):
    text = ("MOGADISHU, March 11 (Wire) - At least nine people were killed on Monday when al-Shabaab fighters "
            "stormed a hotel in the capital, police said.")
    [ev] = happenings(process(text, published="2024-03-12"))
    assert (ev.location.title(), ev.actor1, ev.fatalities) == ("Mogadishu", "Al-Shabaab", 9)


def test_a_facility_in_a_town_retaken_is_a_taking_of_the_town(process):
    text = "Sudan's army said on Monday it had recaptured the state broadcaster's headquarters in Omdurman from the RSF."
    assert kinds(process(text, published="2024-03-12"), "Omdurman") == [(et.BATTLES, et.GOV_REGAINS)]


def test_martyred_soldiers_are_killed_soldiers(process):
    text = ("Seven soldiers, including a lieutenant colonel, were martyred when terrorists attacked a post in North "
            "Waziristan on Saturday, the military's media wing said.")
    [ev] = happenings(process(text, published="2024-04-15"))
    assert (ev.event_type, ev.fatalities) == (et.BATTLES, 7)


def test_troops_forced_to_abandon_a_town_gave_it_to_the_side_that_attacked(process):
    text = ("Government troops were forced to abandon the garrison town of Kutkai on Tuesday after the Ta'ang "
            "National Liberation Army launched an offensive on it.")
    [ev] = happenings(process(text, published="2024-06-12"))
    assert (ev.location, ev.sub_event_type, ev.actor1) == ("Kutkai", et.NSA_TAKEOVER, "Ta'ang National Liberation Army")
    assert ev.event_date == dt.date(2024, 6, 11)
    planned = "The army said it plans to abandon two outposts near Kutkai if the truce holds."
    assert happenings(process(planned, published="2024-06-12")) == []


@pytest.mark.parametrize("text, actor1", [
    ("Russian howitzers pounded Kupiansk overnight, killing two civilians, regional officials said.",
     "Military Forces of Russia"),  # (a country's weapon of the artillery family: its forces)
    ("Snipers killed a fisherman in the port of Eyl on Friday, local officials said.",
     "Unidentified Armed Group (Somalia)"),  # (an armed band of the family, no name)
])
def test_a_family_word_names_who_did_it(process, text, actor1):
    [ev] = happenings(process(text, published="2024-06-12"))
    assert (ev.actor1, ev.fatalities) == (actor1, 2 if "two" in text else 1)


def test_deaths_told_before_how_they_came_about_are_the_blasts(process):
    text = "Three policemen were killed when their patrol hit a landmine near Gao on Tuesday, officials said."
    [ev] = happenings(process(text, published="2024-06-12"))
    assert (ev.event_type, ev.sub_event_type, ev.fatalities) == (et.REMOTE, et.REMOTE_EXPLOSIVE, 3)
    assert ev.event_date == dt.date(2024, 6, 11)  # (the day the clause that tells how gives)


def test_a_suspected_group_is_the_group(process):
    text = "Suspected Allied Democratic Forces rebels hacked three farmers to death near Oicha on Friday."
    [ev] = happenings(process(text, published="2024-06-12"))
    assert (ev.actor1, ev.fatalities) == ("Allied Democratic Forces", 3)


@pytest.mark.parametrize("text, toll", [
    # two sources' figures: the lower, as ACLED codes the most conservative estimate
    ("The group said its fighters had killed 30 soldiers in an ambush near Beledweyne on Sunday; the army said two "
     "soldiers died.", 2),
    ("Al-Shabaab said it killed 30 soldiers in an ambush near Beledweyne on Sunday. The army said only two soldiers "
     "died in the attack.", 2),
    ("Rebels ambushed an army convoy near Beni on Sunday, killing 14 soldiers, according to a local official. The "
     "army put the toll at six.", 6),
    # more dead told after, and a toll that rose: not disputes
    ("Rebels ambushed an army convoy near Beni on Sunday, killing 14 soldiers, a local official said. Four civilians "
     "were also killed, residents said.", 18),
    ("A bomb killed 12 people at a market in Mogadishu on Sunday, police said. The toll later rose to 20, officials "
     "said.", 20),
])
def test_a_disputed_toll_is_the_lower_figure_a_repeated_or_added_one_is_not(process, text, toll):
    [ev] = happenings(process(text, published="2023-01-17"))
    assert ev.fatalities == toll


def test_a_speakers_own_forces_told_after_the_day_it_spoke_are_the_speakers(process):
    text = ("The Ansar Front said on Sunday its forces had taken control of the Karish district south of Marib "
            "city.")
    takings = [e for e in happenings(process(text, published="2021-10-25")) if e.sub_event_type == et.NSA_TAKEOVER]
    assert [e.actor1 for e in takings] == ["Ansar Front"]  # (not the state's: "its forces" are the speaker's)


@pytest.mark.parametrize("text, actor1, civilians", [
    ("A US-led coalition air strike killed five civilians in Raqqa on Monday.",
     "Military Forces of the United States", "Civilians (Syria)"),  # (the US is whose, not where: Raqqa is Syria's)
    ("Saudi-led coalition warplanes struck a market in Saada on Monday, killing 12 civilians.",
     "Military Forces of Saudi Arabia", "Civilians (Yemen)"),
])
def test_a_coalition_a_state_leads_is_that_states_force(process, text, actor1, civilians):
    [ev] = happenings(process(text, published="2021-10-25"))
    assert (ev.actor1, ev.actor2, ev.geo_precision) == (actor1, civilians, 1)


def test_the_town_entered_is_the_one_just_named_in_the_sentence(process):
    text = ("The Chin Brotherhood seized Falam on Feb. 5, a spokesman said. Its fighters overran an army base outside "
            "Hakha before entering the town on Tuesday.")
    takings = {(e.location, e.event_date) for e in happenings(process(text, published="2024-02-08"))
               if e.sub_event_type == et.NSA_TAKEOVER}
    assert ("Hakha", dt.date(2024, 2, 6)) in takings and ("Falam", dt.date(2024, 2, 6)) not in takings


def test_the_region_a_town_taken_is_in_is_not_taken_with_it(process):
    text = "The Arakan Army took Paletwa, a town in neighbouring Chin state, on Jan. 15, a spokesman said."
    places = [e.location for e in happenings(process(text, published="2024-02-08"))]
    assert places == ["Paletwa"]


def test_a_date_that_opens_a_period_since_makes_nothing_past(process):
    text = ("The Arakan Army said on Wednesday it had captured Kyauktaw, the latest in a string of victories since "
            "the group ended a ceasefire with the military in November.")
    [ev] = happenings(process(text, published="2024-02-08"))
    assert ev.location == "Kyauktaw" and ev.sub_event_type == et.NSA_TAKEOVER


def test_a_toll_told_of_an_attack_alone_is_the_attack_on_its_victims(process):
    text = "The death toll from Friday's attack on a church in Kaduna state rose to 20 on Sunday, state officials said."
    [ev] = happenings(process(text, published="2024-09-10"))
    assert (ev.event_type, ev.actor1, ev.actor2, ev.fatalities) == (
        et.VAC, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 20)
    assert ev.event_date == dt.date(2024, 9, 6)


def test_one_drone_launched_at_a_target_is_a_strike_and_an_agency_named_for_a_country_is_no_place(process):
    text = ("Houthi rebels launched a drone at a commercial vessel near Mokha on Friday, causing minor damage, the UK "
            "Maritime Trade Operations agency said.")
    [ev] = happenings(process(text, published="2024-09-10"))
    assert (ev.sub_event_type, ev.actor1, ev.country_code) == (et.AIR_STRIKE, "Houthis", "YE")
    assert happenings(process("SpaceX launched a rocket from Florida on Friday.", published="2024-09-10")) == []


def test_the_place_right_after_the_verb_beats_a_place_further_on(process):
    text = ("Drones struck Qarvazi, a desert air base in Syria, on Monday, as militias fought army units on Deir "
            "ez-Zor's northern edge.")
    assert [e.location for e in happenings(process(text, published="2024-03-12"))][:1] == ["Qarvazi"]


def test_an_unplaced_name_is_put_where_another_sentence_says_it_is(process):
    text = ("Jets struck Zubrava airport, the only working airport in Misrata, on Friday, officials said.\n\n"
            "On Sunday an air strike hit Zubrava airport again, killing two guards.")
    events = [e for e in happenings(process(text, published="2024-03-12")) if e.event_date == dt.date(2024, 3, 10)]
    assert [(e.location, e.geo_precision) for e in events] == [("Zubrava", 2)]
    assert abs(events[0].latitude - 32.38) < 0.2 and abs(events[0].longitude - 15.09) < 0.2  # (Misrata's point)


def test_people_described_by_a_relative_clause_were_the_ones_attacked_and_the_next_sentence_counts_them(process):
    text = ("Insurgents stormed the town of Quissanga in northern Mozambique on Wednesday, killing three "
            "soldiers.\n\n"
            "On Friday, a convoy carrying aid workers who had sheltered at the Hotel Zambezi Residence was ambushed "
            "near Quissanga as it tried to leave. Five people were killed, the ministry said on Sunday.")
    vac = [e for e in happenings(process(text, published="2021-03-29")) if e.event_type == et.VAC]
    assert [(e.event_date, e.fatalities) for e in vac] == [(dt.date(2021, 3, 26), 5)]


def test_the_camp_the_other_side_later_regained_is_a_second_event(process):
    text = ("Militants overran an army camp in Djibo on Saturday, killing 10 soldiers, security sources said. "
            "Government troops later regained control of the camp, the army said.")
    kinds_at = {(e.sub_event_type, e.actor1) for e in happenings(process(text, published="2022-11-29"))}
    assert (et.GOV_REGAINS, "Military Forces of Burkina Faso") in kinds_at
    assert any(sub in (et.ARMED_CLASH, et.NSA_TAKEOVER) and actor == "Unidentified Armed Group (Burkina Faso)"
               for sub, actor in kinds_at)  # (the militants' attack stays theirs)
    raid = ("Israeli forces raided the Nur Shams camp near Tulkarem on Tuesday, witnesses said. Dozens of military "
            "vehicles entered the camp before dawn.")
    assert all(e.sub_event_type not in (et.GOV_REGAINS, et.NSA_TAKEOVER)
               for e in happenings(process(raid, published="2024-01-10")))


def test_the_fall_told_with_no_side_is_the_taking_told_with_one(process):
    text = ("Russia's defence ministry said on Sunday its forces had taken full control of Avdiivka. The fall of "
            "Avdiivka is Moscow's biggest gain in months.")
    takings = [e for e in happenings(process(text, published="2024-02-18")) if e.location == "Avdiivka"]
    assert [(e.sub_event_type, e.actor1) for e in takings] == [(et.NSA_TAKEOVER, "Military Forces of Russia")]


def test_troops_withdrawn_from_a_town_gave_it_up_to_nobody_named(process):
    text = "Ukraine's army said on Saturday it had withdrawn its troops from Avdiivka to save soldiers' lives."
    [ev] = happenings(process(text, published="2024-02-18"))
    assert (ev.location, ev.actor1, ev.actor2) == ("Avdiivka", "", "Military Forces of Ukraine")


@pytest.mark.parametrize("text, sub, actor1, actor2", [
    ("Three farmers were hacked to death by suspected herders near Bokkos in Plateau state on Sunday night.",
     et.ATTACK, "Communal Militia (Nigeria)", "Civilians (Nigeria)"),  # (herders who kill: a communal militia)
    ("Houthi forces seized a cargo ship off Hodeidah on Sunday and took its 20 crew members hostage.",
     et.ABDUCTION, "Houthis", "Civilians (Yemen)"),
    ("Gunmen on motorcycles opened fire on a police checkpoint in Gusau on Saturday, officials said.",
     et.ARMED_CLASH, "Unidentified Armed Group (Nigeria)", "Police Forces of Nigeria"),  # (the police's checkpoint)
])
def test_who_did_it_to_whom_in_a_third_batch_of_reports(process, text, sub, actor1, actor2):
    [ev] = happenings(process(text, published="2024-10-15"))
    assert (ev.sub_event_type, ev.actor1, ev.actor2) == (sub, actor1, actor2)


@pytest.mark.parametrize("text", [
    # a team called the Rebels, a metaphor in a coach's quote
    "The Rebels stormed back to seize the title from the Warriors on Sunday. \"We were shelled in the first 20 "
    "minutes,\" the Warriors coach said. The Rebels, who took the cup last year, now advance to the final.",
    # a takeover battle in finance
    "Shell seized control of its rival Northway Energy on Monday. \"It was a massacre for shareholders,\" one "
    "trader in Frankfurt said.",
])
def test_ordinary_news_in_the_words_of_war_is_no_event(process, text):
    assert happenings(process(text, published="2024-05-20")) == []


@pytest.mark.parametrize("text, actor1, actor2, toll", [
    ("On 16 November 2024, a roadside IED hit a Pakistani army vehicle in Mir Ali (North Waziristan), killing 2 "
     "soldiers.", "Unidentified Armed Group (Pakistan)", "Military Forces of Pakistan", 2),  # (the vehicle was hit)
    ("On 15 November 2024, a civilian was killed by sniper fire from the Israeli military in Khan Younis (Gaza "
     "Strip).", "Military Forces of Israel", "Civilians (Palestine)", 1),  # (whose fire; a state's force abroad)
    ("On 16 November 2024, the Sudanese Armed Forces and the RSF clashed in Al Fasher (North Darfur). 5 fatalities "
     "were reported.", "Military Forces of Sudan", "Rapid Support Forces", 5),
])
def test_acled_style_notes_name_doer_victim_and_toll(process, text, actor1, actor2, toll):
    [ev] = happenings(process(text, published="2024-11-20"))
    assert (ev.actor1, ev.actor2, ev.fatalities) == (actor1, actor2, toll)


# ACLED's precedence: violence against people outranks the arrests it came with; a beating is an attack

@pytest.mark.parametrize("text, place, kind, actors, dead", [
    ("Soldiers beat and detained at least 30 young men during a search in Gao on Tuesday.", "Gao",
     (et.VAC, et.ATTACK), ("Military Forces of Mali", "Civilians (Mali)"), 0),
    ("The junta's soldiers beat a man to death and arrested his brother in Sikasso on Monday.", "Sikasso",
     (et.VAC, et.ATTACK), ("Military Forces of Mali", "Civilians (Mali)"), 1),
    ("Two journalists were severely beaten by soldiers at a checkpoint in Goma on Friday.", "Goma",
     (et.VAC, et.ATTACK), ("Military Forces of the Democratic Republic of Congo", None), 0),
    ("Al-Shabaab fighters beat two men accused of spying in a market in Jilib on Monday.", "Jilib",
     (et.VAC, et.ATTACK), ("Al-Shabaab", "Civilians (Somalia)"), 0),
    ("Police arrested 12 suspected members of Ansaru in a raid in Kaduna on Monday.", "Kaduna",
     (et.STRATEGIC, et.ARRESTS), ("Police Forces of Nigeria", None), 0),
])
def test_violence_outranks_arrests_and_a_beating_is_an_attack(process, text, place, kind, actors, dead):
    (e,) = happenings(process(text), place)
    assert (e.event_type, e.sub_event_type) == kind and e.fatalities == dead
    assert e.actor1 == actors[0] and (actors[1] is None or e.actor2 == actors[1])


@pytest.mark.parametrize("text", [
    "Arsenal beat Chelsea 2-0 in London on Sunday.",
    "Chelsea were beaten 3-1 by Arsenal in London on Sunday.",
    "Police arrested three members of a car theft ring in Lagos on Monday.",  # a crime, no organisation named
    "Police shot dead a suspected robber in Lagos on Monday.",  # policing at home
])
def test_beaten_in_sport_and_ordinary_policing_are_no_events(process, text):
    assert happenings(process(text)) == []


def test_a_crowd_beaten_by_gunmen_did_not_riot(process):
    r = process("Taliban gunmen beat and detained three women activists in Kabul on Monday after they held a small "
                "protest against school closures.")
    assert [(e.event_type, e.actor1) for e in happenings(r, "Kabul")] == [(et.VAC, "Taliban")]
    r = process("Government troops beat back an attack by al-Shabaab fighters on a base near Kismayo on Monday.")
    assert kinds(r, "Kismayo") == [(et.BATTLES, et.ARMED_CLASH)]


def test_a_protest_told_as_a_thing_held_or_broken_up_has_its_crowd(process):
    r = process("Police fired tear gas to disperse a rally of opposition supporters in Kampala on Monday.")
    assert kinds(r, "Kampala") == [(et.PROTESTS, et.PROTEST_WITH_INTERVENTION)]
    r = process("Security forces used tear gas and live ammunition to break up a demonstration against fuel prices in "
                "Conakry on Tuesday; at least 15 people were wounded.")
    assert kinds(r, "Conakry") == [(et.PROTESTS, et.EXCESSIVE_FORCE)]
    assert kinds(process("A protest against power cuts was held in Harare on Friday.")) == [
        (et.PROTESTS, et.PEACEFUL_PROTEST)]
    assert happenings(process("The minister lodged a protest with the ambassador in Accra on Monday.")) == []


def test_bodies_with_bound_hands_are_a_killing_with_its_day(process):
    r = process("The bodies of twelve men, their hands tied, were found on Wednesday in a ditch outside Wad Madani, "
                "a day after paramilitary fighters raided the area, residents said.", published="2025-02-14")
    (e,) = happenings(r, "Wad Madani")
    assert (e.event_type, e.fatalities, e.event_date) == (et.VAC, 12, dt.date(2025, 2, 12))
    assert happenings(process("Rescuers recovered the bodies of three hikers near Chamonix on Monday.")) == []


def test_a_country_named_only_as_whose_a_truce_is_does_not_contain_the_storys_villages(process):
    r = process("Rebels captured the village of Zzyzxqa in northern Shan state on Monday, as fighting spread along the "
                "border with China. Talks on a China-brokered truce stalled.", published="2024-01-20")
    (e,) = happenings(r)
    assert (e.location, e.country_code, e.place_name) == ("Zzyzxqa", "MM", "Shan")  # (not China's point)


def test_the_other_sides_dead_told_in_a_while_clause_are_the_same_fights(process):
    (e,) = happenings(process("Troops repulsed an attack on a checkpoint near Beledweyne on Monday, killing five "
                              "militants, while three soldiers were killed in the exchange of fire.",
                              published="2024-10-15"))
    assert (e.sub_event_type, e.fatalities) == (et.ARMED_CLASH, 8)


def test_an_arrest_that_is_only_the_setting_of_a_killing_is_no_arrest(process):
    events = happenings(process("Demonstrators blocked roads in Garissa on Monday after a student was shot dead by "
                                "officers during an arrest, witnesses said.", published="2024-10-15"))
    assert et.ARRESTS not in [e.sub_event_type for e in events]


def test_a_pronoun_in_a_clause_hung_on_the_sentence_is_its_subject_and_later_is_after_its_day(process):
    r = process("Taliban fighters still held parts of Lashkar Gah on Sunday. The army began the operation on March 3 "
                "from the east, where it retook the village of Zzyzxabad, and later captured Zzyzxkot, a village west of "
                "the city.", published="2021-03-20")
    (first,) = happenings(r, "Zzyzxabad")
    assert (first.sub_event_type, first.actor1) == (et.GOV_REGAINS, "Military Forces of Afghanistan")  # (not the
    # Taliban, named in the sentence before)
    (later,) = happenings(r, "Zzyzxkot")
    assert (later.event_date, later.time_precision) == (dt.date(2021, 3, 3), 2)  # (some days after March 3)
    assert later.place_name == "Lashkar Gāh" and later.geo_precision == 2  # ("a village west of the city")


def test_villagers_killed_where_a_band_attacked_are_civilians_attacked(process):
    (e,) = happenings(process("On Friday the militants attacked Zzyzxdougou, 30 km south of Mopti, where nine villagers "
                              "were killed.", published="2022-05-14"))
    assert (e.event_type, e.sub_event_type, e.fatalities) == (et.VAC, et.ATTACK, 9)


def test_the_capital_after_a_raid_elsewhere_is_the_datelines_capital(process):
    r = process("PORT-AU-PRINCE (Reuters) - Gang members torched homes in Mirebalais overnight on Saturday, police "
                "said.\n\nIn the capital, gunmen fired on a police station on Sunday.", published="2024-05-20")
    assert {(e.location, e.event_date) for e in happenings(r)} == {("Mirebalais", dt.date(2024, 5, 18)),
                                                                  ("Port-au-Prince", dt.date(2024, 5, 19))}


def test_a_country_named_only_as_whose_aircraft_struck_never_places_the_strike(process):
    r = process("KUNDUZ, Afghanistan (Wire) - Taliban fighters overran most of Kunduz on Monday, officials said.\n\n"
                "Government forces withdrew to the airport, about 5 km south of the city, where fighting went on.\n\n"
                "On Tuesday U.S. aircraft carried out an air strike near the airport, a U.S. military spokesman said.",
                published="2015-10-01")
    (e,) = [e for e in happenings(r) if e.sub_event_type == et.AIR_STRIKE]
    assert (e.location, e.actor1) == ("Kunduz", "Military Forces of the United States")  # (not at the US's point)


def test_a_toll_of_two_days_is_shared_and_the_police_who_said_it_took_no_part(process):
    events = happenings(process("Bandits killed 30 villagers in attacks on Zamfara state on Friday and Saturday, police "
                                "and community leaders said.", published="2023-06-18"))
    assert sorted((e.event_date.day, e.sub_event_type, e.actor2, e.fatalities) for e in events) == [
        (16, et.ATTACK, "Civilians (Nigeria)", 15), (17, et.ATTACK, "Civilians (Nigeria)", 15)]


def test_the_next_days_villages_struck_by_the_band_told_before_are_its_attack(process):
    events = happenings(process("Herders attacked Zzyzxkoro village in Benue state on Thursday, police said. The next "
                                "day they struck two more villages nearby, where 11 people were killed.",
                                published="2023-06-18"))
    assert (dt.date(2023, 6, 16), et.ATTACK, 11) in [(e.event_date, e.sub_event_type, e.fatalities) for e in events]


def test_a_regions_toll_of_the_day_is_the_unplaced_village_told_in_detail(process):
    events = happenings(process("Gunmen killed 12 people in attacks on villages in Benue state on Saturday, police said. "
                                "The attackers stormed Zzyzxkoro on Saturday, shooting residents.", published="2023-06-18"))
    assert [(e.location, e.fatalities) for e in events] == [("Zzyzxkoro", 12)]  # (not 12 more at Benue)


def test_south_sudans_sides_by_their_abbreviations(process):
    (e,) = happenings(process("Fighting between SPLA-IO and SSPDF in Nasir county, Upper Nile state, killed five soldiers "
                              "on Sunday.", published="2024-03-05"))
    assert {e.actor1, e.actor2} == {"Military Forces of South Sudan",
                                    "Sudan People's Liberation Movement/Army-in-Opposition"}
    assert e.place_name == "Upper Nile" and e.geo_precision == 3  # (Nasir not in the shipped data)


def test_a_camp_or_crossing_then_a_town_is_at_the_town_and_a_town_near_which_is_finer_than_its_region(process):
    (e,) = happenings(process("Shells hit the Zzyzxa displacement camp, Maiduguri, on Monday, killing three people.",
                              published="2024-03-05"))
    assert (e.location, e.place_name, e.geo_precision) == ("Zzyzxa", "Maiduguri", 2)
    (e,) = happenings(process("Fighting broke out in Al Jawf governorate near Al Hazm on Sunday between Houthi fighters "
                              "and government troops.", published="2024-03-05"))
    assert e.location == "Al Hazm"


def test_a_killing_a_side_is_accused_of_is_its_own_happening_beside_the_taking(process):
    events = happenings(process("M23 rebels seized Rubaya on Monday. The government accused the rebels of killing 20 "
                                "civilians in Rubaya.", published="2024-03-05"))
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [(et.ATTACK, 20), (et.NSA_TAKEOVER, 0)]


def test_a_second_place_after_a_district_of_a_town_is_its_own_strike(process):
    assert places(process("Army jets bombed paramilitary positions in the Al-Amarat district of Khartoum and in "
                          "Bahri on Friday, witnesses said.", published="2023-05-06")) == ["Al-Amarat", "Bahri"]


def test_a_place_on_its_edge_is_at_the_town_told_before(process):
    r = process("Russian forces took Vuhledar on Tuesday. They captured the Zzyzx mine on its northern edge in early "
                "October.", published="2024-10-20")
    (e,) = happenings(r, "Zzyzx")
    assert (e.place_name, e.geo_precision) == ("Vuhledar", 2)


def test_a_site_stormed_by_a_side_that_then_clashed_there_is_the_clash_alone(process):
    (e,) = happenings(process("Gunmen stormed a gold mine near Mongbwalu on Saturday and clashed with CODECO fighters.",
                              published="2024-11-20"))
    assert (e.sub_event_type, e.actor2) == (et.ARMED_CLASH, "CODECO")


def test_forces_backed_by_a_patron_are_no_states_and_kurdish_led_forces_are_the_sdf(process):
    (e,) = happenings(process("Kurdish-led forces captured the Syrian town of Tel Abyad from Islamic State on Tuesday.",
                              published="2015-06-17"))
    assert (e.sub_event_type, e.actor1, e.actor2) == (et.NSA_TAKEOVER, "Syrian Democratic Forces", "Islamic State")
    (e,) = happenings(process("U.S.-backed forces took full control of Raqqa on Tuesday.", published="2017-10-21"))
    assert (e.sub_event_type, e.location, e.country_code) == (et.NSA_TAKEOVER, "Raqqa", "SY")  # (not bound to the US)
    (e,) = happenings(process("Saudi-led forces shelled Hodeidah port on Tuesday.", published="2017-10-21"))
    assert e.actor1 == "Military Forces of Saudi Arabia"


def test_the_town_a_side_took_control_of_is_the_one_called_so_not_where_the_losers_fled(process):
    r = process("Rebels captured the border town of Tel Abyad on Tuesday. Islamic State fighters fled south towards "
                "Raqqa. The rebels said they had taken full control of the town by Tuesday evening.",
                published="2015-06-17")
    assert [e.location for e in happenings(r)] == ["Tel Abyad"]


def test_who_killed_whom_in_the_fighting_are_its_sides(process):
    (e,) = happenings(process("Separatist rebels said on Saturday they had killed dozens of Malian soldiers and Wagner "
                              "mercenaries in fighting near Kidal.", published="2024-07-29"))
    assert (e.sub_event_type, e.actor2) == (et.ARMED_CLASH, "Military Forces of Mali")
    assert e.actor1 not in ("Wagner Group", "Military Forces of Mali")


def test_a_district_of_the_city_told_before_is_in_that_city(process):
    r = process("The army retook the centre of Khartoum on Friday. Its units had clashed with paramilitary fighters in "
                "the Zzyzxiya district on Thursday, a spokesman said.", published="2025-03-15")
    (e,) = happenings(r, "Zzyzxiya")
    assert (e.place_name, e.geo_precision) == ("Khartoum", 2)


def test_an_airport_in_the_capital_is_at_the_storys_capital(process):
    r = process("Haftar's forces took Gharyan on Thursday. On Monday a warplane hit Zzyzxa airport, the only working "
                "airport in the capital.", published="2019-04-09")
    (e,) = happenings(r, "Zzyzxa")
    assert (e.place_name, e.geo_precision) == ("Tripoli", 2)


def test_forces_loyal_to_a_commander_are_no_states(process):
    (e,) = happenings(process("Forces loyal to eastern commander Khalifa Haftar entered Gharyan on Thursday after "
                              "clashes with local militias.", published="2019-04-09"))
    assert (e.sub_event_type, e.actor1) != (et.GOV_REGAINS, "Military Forces of Libya")


def test_a_side_of_a_crossing_taken_is_the_crossings(process):
    assert places(process("Israeli troops took control of the Gaza side of the Rafah border crossing on Tuesday.",
                          published="2024-05-08")) == ["Rafah border crossing"]


def test_people_taken_from_a_vehicle_near_a_town_were_taken_there(process):
    (e,) = happenings(process("Three nurses were abducted from their car near Kaga Bandoro on Friday, the UN said.",
                              published="2024-06-03"))
    assert (e.sub_event_type, e.location) == (et.ABDUCTION, "Kaga Bandoro")


def test_peacekeepers_killed_in_the_fighting_open_the_story_as_its_clash(process):
    (e,) = happenings(process("At least seven peacekeepers serving with the UN mission were killed in the fighting "
                              "around Kidal on Sunday, the mission said.", published="2024-06-03"))
    assert (e.sub_event_type, e.location, e.fatalities) == (et.ARMED_CLASH, "Kidal", 7)


def test_a_countrys_state_of_x_is_the_state_not_the_country(process):
    (e,) = happenings(process("At least 20 people have been killed in clashes between ethnic groups in Nigeria's "
                              "northeastern state of Borno, officials said on Saturday.", published="2023-05-08"))
    assert e.location == "Borno"


def test_where_the_dead_came_from_is_not_where_they_were_killed(process):
    (e,) = happenings(process("Gunmen stopped a bus on a highway in Zzyzxkhel district of Balochistan on Monday. The "
                              "gunmen shot dead 12 passengers who were from Punjab province, a local official said.",
                              published="2024-08-27"))
    assert e.location == "Zzyzxkhel" and "Punjab" not in e.place_name


def test_the_attackers_killed_across_a_string_of_attacks_are_no_toll_of_one_of_them(process):
    events = happenings(process("Militants killed 30 people in a string of attacks across Pakistan on Monday, while "
                                "security forces killed 12 of the attackers. In Quetta, gunmen shot dead 20 passengers. "
                                "In Kalat, a police station was attacked, killing four policemen.", published="2024-08-27"))
    assert {e.location: e.fatalities for e in events}["Kalat"] == 4


def test_militants_who_had_seized_a_town_that_troops_battled_are_its_takers(process):
    (e,) = happenings(process("Government troops battled Islamist militants who had seized parts of Kidal on Tuesday.",
                              published="2017-05-24"))
    assert e.sub_event_type == et.NSA_TAKEOVER and e.actor1 != "Military Forces of Mali"


def test_a_groups_name_is_no_place_left_unplaced(process):
    r = process("Fighters from the Zzyzxa group stormed a police post in Mopti on Sunday.", published="2017-05-24")
    assert "Zzyzxa" not in [u.name for u in r.unplaced] + [e.location for e in r.events]


def test_the_band_that_took_a_place_from_the_storys_group_is_not_that_group_when_told_again(process):
    events = happenings(process("Turkish-backed Syrian rebels captured the border town of Ras al-Ain from the Syrian "
                                "Democratic Forces on Saturday. The SDF said its fighters were still resisting. The "
                                "rebels had earlier seized the town of Tel Abyad, 100 km to the west.",
                                published="2019-10-14"))
    assert {e.location: e.actor1 for e in events}["Tel Abyad"] != "Syrian Democratic Forces"


def test_the_soldiers_killed_told_after_the_attackers_killed_add_to_the_fights_toll(process):
    (e,) = happenings(process("Soldiers repulsed an attack by Boko Haram fighters on their base near Mora on Friday, "
                              "killing 15 insurgents, the army said. Three soldiers were killed.", published="2024-12-02"))
    assert (e.sub_event_type, e.fatalities) == (et.ARMED_CLASH, 18)


def test_a_place_set_before_the_sentences_clauses_frames_them(process):
    assert places(process("Russian forces shelled Kharkiv on Monday, killing three people. In the port of Berdiansk, "
                          "which Russian troops had surrounded, shelling damaged the harbour on Monday.",
                          published="2022-03-01")) == ["Berdiansk", "Kharkiv"]


def test_a_village_raided_nearby_is_a_place_and_its_where_clause_toll_is_the_raids(process):
    r = process("Gunmen stormed Zzyzxkro in Zamfara state on Saturday, and on Sunday they raided nearby Zzyzxawa, where 9 "
                "people were killed, police said.", published="2024-11-12")
    (e,) = happenings(r, "Zzyzxawa")
    assert (e.event_date, e.fatalities) == (dt.date(2024, 11, 10), 9)


def test_a_village_reached_at_dawn_and_held_by_noon_was_taken(process):
    r = process("RSF fighters reached Zzyzxurno, in Sennar state, at dawn on Thursday and held it by noon, a local "
                "official said.", published="2024-08-12")
    (e,) = happenings(r)
    assert (e.location, e.sub_event_type, e.event_date) == ("Zzyzxurno", et.NSA_TAKEOVER, dt.date(2024, 8, 8))


def test_takings_during_the_week_are_of_that_week(process):
    (e,) = happenings(process("The Taliban captured Taloqan during the week, officials said.", published="2021-08-16"))
    assert e.event_date is not None and e.time_precision == 2


def test_a_gendarme_is_the_police_and_one_killed(process):
    (e,) = happenings(process("A gendarme was shot dead at a roadblock outside Maroua on Sunday.",
                              published="2023-06-11"))
    assert (e.actor2, e.fatalities) == ("Police Forces of Cameroon", 1)


def test_the_side_whose_attack_was_repelled_is_the_attacker(process):
    (e,) = happenings(process("Soldiers repelled an al-Shabaab attack on Afgooye on Monday.", published="2023-06-10"))
    assert (e.sub_event_type, e.actor1, e.actor2) == (et.ARMED_CLASH, "Al-Shabaab", "Military Forces of Somalia")


def test_a_country_told_as_over_the_border_contains_nothing_of_the_story(process):
    r = process("Gunmen opened fire on worshippers leaving a church in Zzyzxqa prefecture on Sunday, killing two. The "
                "government blamed jihadists operating from across the border in Burkina Faso.")
    assert happenings(r) == [] and [u.name for u in r.unplaced] == ["Zzyzxqa"]  # reported, not put in Burkina Faso
    r = process("Gunmen opened fire on worshippers leaving a church in Zzyzxqa on Sunday, killing two, officials in "
                "Burkina Faso said.")
    assert [e.country for e in happenings(r)] == ["Burkina Faso"]


def test_a_leaders_compound_stormed_is_a_fight_where_it_stands_and_the_owner_is_no_place(process):
    r = process("Rebels stormed Colonel Amadou Sako's Kalaban compound in Bamako on Tuesday.")
    assert kinds(r, "Bamako") == [(et.BATTLES, et.ARMED_CLASH)]
    assert not any("Sako" in u.name for u in r.unplaced)  # (the owner is a person, not a place)


def test_an_alliance_that_strikes_is_named(process):
    r = process("NATO aircraft struck a command centre in Tripoli overnight, the alliance said.")
    assert [(e.sub_event_type, e.actor1) for e in happenings(r, "Tripoli")] == [
        (et.AIR_STRIKE, "NATO: North Atlantic Treaty Organization")]
    assert happenings(process("NATO leaders met in Brussels on Monday to discuss the war.")) == []


def test_a_capital_that_names_an_operation_is_its_government_not_where_strikes_fell(process):
    r = process("The offensive, which Ankara calls Claw-Lock, began on Saturday with air strikes on PKK positions.")
    assert [e.location for e in happenings(r)] == []


def test_a_strike_told_by_its_own_noun_after_and_is_not_the_doer_befores(process):
    r = process("M23 rebels attacked the town of Sake on Monday, and an air strike on a market in Sake killed six "
                "people.")
    assert [(e.sub_event_type, e.actor1) for e in happenings(r, "Sake") if e.event_type == et.REMOTE] == [
        (et.AIR_STRIKE, "")]  # (not M23's: the strike's clause has a subject of its own)


def test_residents_of_a_town_say_where_it_happened_not_who_said_it(process):
    r = process("Residents of Goma said the rebels looted banks and shops on Monday.")
    assert kinds(r, "Goma") == [(et.STRATEGIC, et.LOOTING)]


def test_people_killed_when_their_vehicle_was_ambushed_were_killed_by_someone(process):
    r = process("Two aid workers were killed on Saturday when the car they were travelling in was ambushed near Ndele.")
    assert [(e.event_type, e.fatalities) for e in happenings(r, "Ndele")] == [(et.VAC, 2)]
    assert happenings(process("Two aid workers were killed on Saturday when their car overturned near Ndele.")) == []


def test_they_killed_after_an_armed_groups_attack_is_the_groups_toll_and_alone_nothing(process):
    r = process("Fighters loyal to a local warlord attacked the village of Kijiji in Masisi territory on Tuesday night. "
                "They killed 14 people and burned more than 40 houses, a civil society leader said.")
    assert [(e.event_type, e.fatalities) for e in happenings(r)] == [(et.VAC, 14)]
    assert happenings(process("They killed 14 people in Goma on Tuesday, a civil society leader said.")) == []


def test_the_dead_with_an_aside_before_died_are_no_doers(process):
    r = process("Nine people, including four children, died when a shell hit their home in Omdurman on Sunday, a "
                "volunteer group said, blaming the army.")
    assert [(e.actor1, e.actor2, e.fatalities) for e in happenings(r)] == [
        ("Military Forces of Sudan", "Civilians (Sudan)", 9)]


def test_the_second_act_of_a_doer_and_a_toll_told_after_a_fight_at_a_weak_place(process):
    paragraphs = ["Gangs overran the town of Mirebalais on Monday, officials said.",
                  "Its fighters had taken Saut-d'Eau in March and attacked Lascahobas last week, police said.",
                  "Police officers guarding Mirebalais withdrew after several hours of fighting. At least two police "
                  "officers were killed, the police union said."]
    r = process("\n\n".join(paragraphs), published="2025-04-02")
    assert [(e.location, e.event_type) for e in happenings(r, "Lascahobas")] == [("Lascahobas", et.BATTLES)]
    assert [e.fatalities for e in happenings(r, "Mirebalais")] == [2]  # (the toll of the fighting there)
    assert all(e.fatalities == 0 for e in happenings(r, "Lascahobas"))


def test_a_toll_summed_up_since_the_start_of_an_offensive_is_no_happenings_toll(process):
    text = ("Troops captured the town of Palmyra on March 10, the army said. More than 400 militants and 180 "
            "soldiers had been killed since the start of the offensive, a monitor said.")
    r = process(text, published="2024-03-28")
    assert [e.fatalities for e in happenings(r)] == [0]


def test_the_past_24_hours_is_the_reports_day(process):
    r = process("Russian warplanes struck targets around Palmyra over the past 24 hours, killing more than 100 "
                "militants, the defence ministry said.", published="2016-03-28")
    assert [(e.event_date, e.fatalities) for e in happenings(r)] == [(dt.date(2016, 3, 28), 100)]


@pytest.mark.parametrize("text", [
    "Police arrested three members of the Smith family in Leeds on Monday over a fraud.",
    "The Chelsea fighters club in London said its boxers beat three opponents on Friday.",
    "Inflation has killed demand since the start of the pandemic, economists in Chicago said.",
    "The Kelso gang of teenagers was beaten 3-1 by Hawick in the final in Edinburgh on Sunday.",
    "The bodies of two hikers were found on Wednesday in the mountains near Aviemore, their hands tied to a rope.",
])
def test_ordinary_news_in_the_words_of_this_stops_rules_is_no_event(process, text):
    assert happenings(process(text, published="2025-03-10")) == []


def test_the_side_people_are_accused_of_helping_is_not_who_was_attacked(process):
    r = process("Residents said the militants executed five men accused of collaborating with the army in a village "
                "near Mopti on Tuesday.", published="2024-06-12")
    assert [(e.event_type, e.fatalities) for e in happenings(r)] == [(et.VAC, 5)]
    assert all(e.actor2 != "Military Forces of Mali" for e in happenings(r))


def test_a_states_military_striking_targets_strikes_from_the_air(process):
    r = process("The Israeli military said it struck Hezbollah targets in southern Lebanon overnight.",
                published="2024-06-12")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in happenings(r)] == [
        (et.AIR_STRIKE, "Military Forces of Israel", "Hezbollah")]
    assert happenings(process("Police hit targets in their campaign against speeding in Leeds.")) == []


def test_a_states_strike_told_twice_in_two_words_for_its_forces_is_one_event(process):
    r = process("Israeli warplanes pounded the port city of Tyre on Wednesday, witnesses said.\n\n"
                "The Israeli military said it had struck Hezbollah facilities in the city.", published="2024-10-24")
    assert [(e.location, e.sub_event_type, e.actor2) for e in happenings(r)] == [
        ("Tyre", et.AIR_STRIKE, "Hezbollah")]


def test_a_place_an_owner_names_before_it_is_where_it_happened_not_the_owner(process):
    text = "In Syria's second city Aleppo, artillery shelling killed three civilians on Monday, medics said."
    assert [(e.location, e.fatalities) for e in happenings(process(text))] == [("Aleppo", 3)]


def test_a_toll_since_the_fighting_began_is_no_toll_of_the_last_taking(process):
    text = ("Rebels of the Kachin Independence Army seized Bhamo on Sunday. At least 40 civilians have been killed "
            "since the fighting began, the United Nations said.")
    assert [(e.location, e.fatalities) for e in happenings(process(text))] == [("Bhamo", 0)]


def test_which_it_took_on_a_day_is_a_taking_of_the_place_before(process):
    text = ("The Arakan Army attacked army posts around Paletwa, a hill town near the border, which it took on "
            "January 15.")
    taken = [e for e in happenings(process(text, published="2024-01-20")) if e.sub_event_type == et.NSA_TAKEOVER]
    assert [(e.location, e.actor1, e.event_date) for e in taken] == [("Paletwa", "Arakan Army",
                                                                      dt.date(2024, 1, 15))]


def test_which_after_a_towns_apposition_is_the_town_not_the_region_its_apposition_names(process):
    text = "On Monday the militia shelled Kaga-Bandoro, the main town of Nana-Grebizi, which the army retook on Friday."
    taken = [e for e in happenings(process(text, published="2024-03-06")) if e.sub_event_type == et.GOV_REGAINS]
    assert [(e.location, e.event_date) for e in taken] == [("Kaga-Bandoro", dt.date(2024, 3, 1))]


def test_a_town_listed_after_an_apposition_naming_no_place_is_taken_too(process):
    text = "The militants seized Ghazni, the country's biggest city in the east, and Gardez on Friday, officials said."
    taken = [e for e in happenings(process(text, published="2024-03-06")) if e.sub_event_type == et.NSA_TAKEOVER]
    assert [e.location for e in taken] == ["Ghazni", "Gardez"]


def test_the_city_is_the_town_told_before_not_the_region_naming_who_speaks(process):
    text = ("Gunmen killed two farmers in Hermosillo on Monday. On Tuesday gunmen shot dead a taxi driver on the "
            "southern edge of the city, the Sonora state prosecutor's office said.")
    found = {(e.location, e.fatalities) for e in happenings(process(text, published="2024-09-20"))}
    assert found == {("Hermosillo", 2), ("Hermosillo", 1)}


def test_there_in_a_sentence_naming_no_place_is_the_place_the_sentence_before_named(process):
    text = ("Hundreds of families sheltered in the church compound at Rutshuru on Friday. Four of them were killed "
            "when a mortar round landed there on Saturday, a priest said.")
    [shelling] = happenings(process(text, published="2024-03-10"))
    assert (shelling.location, shelling.fatalities, shelling.event_date) == ("Rutshuru", 4, dt.date(2024, 3, 9))


def test_armed_youths_who_attack_villages_are_a_band_and_the_youths_told_again_are_the_same_band(process):
    text = ("Hundreds of armed youths attacked villages near Bor in South Sudan on Friday, killing 12 people, "
            "officials said. The youths raided Anyidi on Saturday and burned the market there, a county commissioner said.")
    found = {(e.location, e.sub_event_type, e.fatalities) for e in happenings(process(text, published="2023-01-03"))}
    assert found == {("Bor", et.ATTACK, 12), ("Anyidi", et.ATTACK, 0)}


def test_a_toll_told_next_is_the_toll_of_a_band_storming_a_building_and_a_peoples_name_is_no_place_of_it(process):
    text = "Gunmen stormed a guesthouse in Beledweyne on Sunday. Hospital officials said 9 were killed."
    assert [(e.location, e.sub_event_type, e.fatalities) for e in happenings(process(text, "2024-06-12"))] == [
        ("Beledweyne", et.ATTACK, 9)]
    text = ("Israeli soldiers raided the Balata camp near Nablus on Tuesday and exchanged fire with gunmen. Three "
            "Palestinians were killed.")
    assert [e.fatalities for e in happenings(process(text, "2024-06-12"))] == [3]


def test_districts_listed_in_a_part_of_the_city_are_in_the_town_told_before(process):
    text = ("Iraqi forces pushed into Hawija on Sunday. Federal police captured the Zzyzxa and Zzyzxb districts in the "
            "south of the city, the military said.")
    result = process(text, published="2017-08-27")
    hawija = next(e for e in result.events if e.location == "Hawija")
    taken = [e for e in happenings(result) if e.location.startswith("Zzyzx")]
    assert [e.location for e in taken] == ["Zzyzxa", "Zzyzxb"]
    assert all((e.latitude, e.longitude) == (hawija.latitude, hawija.longitude) for e in taken)
    alone = process("Federal police captured the Zzyzxa district on Sunday, the military said.", "2017-08-27")
    assert [u.name for u in alone.unplaced] == ["Zzyzxa"]  # (no town told before it: reported, and no crash)


def test_a_town_listed_after_the_places_that_say_where_the_one_before_is_is_taken_too(process):
    text = ("The rebels seized Kaga-Bandoro, capital of Nana-Grebizi prefecture, 250 km north of Bangui, and Bambari "
            "on Tuesday.")
    assert [e.location for e in happenings(process(text, published="2024-03-06"))] == ["Kaga-Bandoro", "Bambari"]
    text = "The rebels seized Kaga-Bandoro in Nana-Grebizi prefecture, and Bangui said it would respond."
    assert [e.location for e in happenings(process(text, published="2024-03-06"))] == ["Kaga-Bandoro"]


def test_a_protest_that_clashes_with_police_in_its_sentence_is_one_violent_demonstration_by_its_crowd(process):
    text = "Students in Rajshahi blocked a highway on Monday and clashed with police and ruling party supporters."
    found = [(e.sub_event_type, e.actor1, e.actor2) for e in happenings(process(text, published="2024-07-16"))]
    assert found == [(et.VIOLENT_DEMONSTRATION, "Rioters (Bangladesh)", "Police Forces of Bangladesh")]
    text = "Thousands of students marched in Dhaka on Sunday; in Chittagong, a separate crowd clashed with police."
    assert sorted(e.sub_event_type for e in happenings(process(text, published="2024-07-16"))) == [
        et.PEACEFUL_PROTEST, et.VIOLENT_DEMONSTRATION]  # (two places: two events)


def test_a_strike_in_a_gulf_named_after_a_town_is_at_sea_where_the_text_measures_it(process):
    text = "A Houthi drone hit a tanker in the Gulf of Aden, about 60 nautical miles southeast of Aden, on Sunday."
    [strike] = happenings(process(text, published="2024-06-10"))
    assert strike.location == "Gulf of Aden" and "60 nautical miles southeast of Aden" in strike.geo_note
    assert strike.latitude < 12.78 and strike.longitude > 45.04  # (south-east of the town, at sea)


def test_an_assault_before_which_something_is_done_is_one_to_come_unless_it_killed(process):
    text = ("Kurdish-led fighters said on Wednesday they had captured the town of Manbij, clearing a major obstacle "
            "before an assault on the jihadists' stronghold of al-Bab.")
    assert [e.location for e in happenings(process(text, published="2016-08-12"))] == ["Manbij"]
    text = "Residents fled Kidal hours before an attack on the army camp killed 12 soldiers on Monday."
    assert [(e.location, e.fatalities) for e in happenings(process(text, published="2016-02-10"))] == [("Kidal", 12)]


def test_the_town_entered_after_its_air_base_is_the_town_and_a_capture_told_weeks_later_is_its_own(process):
    text = ("Kurdish-led fighters said on Wednesday they had captured the town of Manbij from Islamic State. They took "
            "the Manbij air base on June 10 and entered the town in late July.")
    found = [(e.location, str(e.event_date)) for e in happenings(process(text, published="2016-08-12"))]
    assert found == [("Manbij", "2016-08-10"), ("Manbij air base", "2016-06-10"), ("Manbij", "2016-07-01")]


def test_the_fight_told_again_in_a_district_of_the_region_first_named_is_in_that_district(process):
    text = ("Indian security forces killed 12 Maoist rebels in a gunbattle in a forested area of Chhattisgarh state on "
            "Tuesday, police said. The fighting broke out in the Kanker district when police launched an operation "
            "against the rebels near Zzyzxpur village.")
    [fight] = happenings(process(text, published="2024-04-17"))
    assert (fight.location, fight.fatalities, fight.geo_precision) == ("Kanker", 12, 2)


def test_the_base_overrun_in_a_province_is_the_base_told_before_at_its_town(process):
    text = ("Jihadists attacked an army base in Djibo on Tuesday, killing 20 soldiers. The fighters overran the base in "
            "Soum province after a gunfight that lasted hours.")
    found = {(e.location, e.sub_event_type) for e in happenings(process(text, published="2024-06-14"))}
    assert ("Djibo", et.NSA_TAKEOVER) in found and ("Soum", et.NSA_TAKEOVER) not in found  # (the base is Djibo's,
    # no taking of the province)


def test_most_of_the_city_is_the_town_told_before_and_a_groups_name_is_no_place_of_the_clause(process):
    text = ("Government troops pushed into the old city of Zawiya on Tuesday. A spokesman said the army controlled "
            "most of the coastal city and was fighting rebels in the last pockets they held.")
    assert [(e.location, e.sub_event_type, e.event_date) for e in happenings(process(text, "2018-06-13"))] == [
        ("Zawiya", et.ARMED_CLASH, dt.date(2018, 6, 12))]  # (no dated happening before it: the lead's day)
    text = ("Government troops pushed into the old city of Sabratha on Tuesday. A spokesman said the army controlled "
            "most of the coastal city and was fighting the Zawiya Martyrs Brigade in the last pockets it held.")
    assert [(e.location, e.actor1, e.actor2) for e in happenings(process(text, "2018-06-12"))] == [
        ("Sabratha", "Military Forces of Libya", "Zawiya Martyrs Brigade")]  # (not Zawiya, a word of the brigade's
    # name; "was fighting" is the army's act, no passive)


def test_strikes_by_a_named_air_force_and_a_governments_warplanes_are_the_states(process):
    text = ("Air strikes by the Iraqi air force killed 11 civilians in Hawija on Saturday, residents said. "
            "Government warplanes later bombed Kirkuk, officials said, killing two children.")
    found = {e.location: (e.sub_event_type, e.actor1, e.fatalities) for e in happenings(process(text, "2016-03-14"))}
    assert found == {"Hawija": (et.AIR_STRIKE, "Military Forces of Iraq", 11),
                     "Kirkuk": (et.AIR_STRIKE, "Military Forces of Iraq", 2)}  # (the killing is the strike's toll)


def test_the_camp_an_attack_hit_is_the_police_camp_told_before(process):
    text = ("Gunmen attacked a police camp near Wajir on Monday night. The attackers, who had come from the "
            "border, opened fire on the camp before officers drove them off.")
    assert kinds(process(text, "2024-10-16"), "Wajir") == [(et.BATTLES, et.ARMED_CLASH)]


@pytest.mark.parametrize("text, place, sub, actor1, fatalities", [
    # a prisoner killed where soldiers hold him: their violence against a civilian, not a fight with a camp
    ("Soldiers beat and killed a prisoner at an army base in Gao, a rights group said on Monday.", "Gao",
     et.ATTACK, "Military Forces of Mali", 1),
    # bodies left in a ditch by those who seized them
    ("The bodies of three traders were found in a ditch near Tshikapa on Friday, two days after they were seized "
     "by militiamen.", "Tshikapa", et.ATTACK, "Unidentified Armed Group (Democratic Republic of Congo)", 3),
    # a party member beaten by a militia
    ("Youths of a ruling-party militia beat a member of the opposition UPND party in Chipata on Sunday.", "Chipata",
     et.ATTACK, "Unidentified Armed Group (Zambia)", 0),
    # men in uniform
    ("Two girls were raped by men in uniform near a checkpoint in Uvira on Friday.", "Uvira", et.SEXUAL_VIOLENCE,
     "Unidentified Armed Group (Democratic Republic of Congo)", 0),
])
def test_violence_against_civilians_in_incident_reports(process, text, place, sub, actor1, fatalities):
    [e] = happenings(process(text, "2023-06-20"))
    assert (e.location, e.sub_event_type, e.actor1, e.fatalities) == (place, sub, actor1, fatalities)


def test_a_town_after_a_village_the_gazetteer_lacks_holds_it_and_a_spokesman_is_a_source(process):
    text = ("Bandits killed two farmers in Kwassakwassa, Kauru, on Tuesday night, police spokesman Mansir "
            "Hassan said.")
    [e] = happenings(process(text, "2023-06-21"))
    assert (e.actor2, e.fatalities, e.place_name) == ("Civilians (Nigeria)", 2, "Kauru")
    assert e.sub_event_type == et.ATTACK  # (the police only spoke)


def test_a_road_named_by_two_towns_is_placed_at_the_first_and_a_department_after_its_region(process):
    road = happenings(process("Gunmen abducted 12 travellers on the Kaduna-Abuja road on Friday.", "2023-06-20"))
    assert [(e.location, e.sub_event_type) for e in road] == [("Kaduna", et.ABDUCTION)]
    text = "Unidentified gunmen shot dead a trader in Mopti region's Bandiagara district on Monday."
    assert [e.location for e in happenings(process(text, "2023-06-20"))] == ["Bandiagara"]


def test_a_dateline_dash_opens_the_sentence_so_its_first_noun_is_a_participant(process):
    text = "DORI, June 14 (AP) - Gunmen killed at least 20 villagers in Seytenga over the weekend, officials said."
    [e] = happenings(process(text, "2022-06-14"))
    assert (e.event_type, e.fatalities, e.actor2) == (et.VAC, 20, "Civilians (Burkina Faso)")


def test_killed_when_a_named_force_swept_through_and_allied_peoples_militias_are_no_place(process):
    text = ("Residents said 30 civilians were killed when RSF fighters and allied Arab militias swept through "
            "Misterei on Sunday.")
    result = process(text, "2023-11-06")
    assert [(e.location, e.actor1, e.fatalities) for e in happenings(result)] == [
        ("Misterei", "Rapid Support Forces", 30)]
    assert "Arab" not in {u.name for u in result.unplaced}


def test_a_states_organisation_with_its_country_is_the_known_actor_and_the_army_speaks_for_itself(process):
    text = ("Sudan's Rapid Support Forces said on Saturday they had seized Kutum. The army, which holds Port Sudan, "
            "said it had repelled an attack on El Obeid on Sunday.")
    found = {e.location: (e.actor1, e.actor2) for e in happenings(process(text, "2023-11-06"))}
    assert found == {"Kutum": ("Rapid Support Forces", ""), "El Obeid": ("Military Forces of Sudan", "")}


@pytest.mark.parametrize("text, place, sub, actor1, actor2, fatalities", [
    # killed in an attack: by someone, though the text does not say who
    ("Nine herders were killed in an attack on their camp near Kidal on Saturday.", "Kidal", et.ATTACK,
     "Unidentified Armed Group (Mali)", "Civilians (Mali)", 9),
    # a former soldier is a civilian
    ("Taliban fighters shot dead a retired army colonel in Kunduz on Monday.", "Kunduz", et.ATTACK, "Taliban",
     "Civilians (Afghanistan)", 1),
    # those "they accused of" spying, and a man "accused of" theft, are the victims, not sources
    ("JNIM fighters executed three villagers they accused of helping the army near Djenne on Friday.", "Djenne",
     et.ATTACK, "Jama'at Nusrat al-Islam wal-Muslimin", "Civilians (Mali)", 3),
    ("A mob lynched a man accused of theft in Kano on Sunday.", "Kano", et.MOB_VIOLENCE, "Rioters (Nigeria)",
     "Civilians (Nigeria)", 1),
])
def test_who_was_attacked_in_incident_reports(process, text, place, sub, actor1, actor2, fatalities):
    [e] = happenings(process(text, "2023-09-12"))
    assert (e.location, e.sub_event_type, e.actor1, e.actor2, e.fatalities) == (place, sub, actor1, actor2, fatalities)


def test_an_unknown_town_then_an_area_by_its_own_name_is_one_event_not_placed(process):
    [ev] = happenings(process("Gunmen killed two civilians in Zzyzxville, Greater Pibor Administrative Area, on "
                              "Monday. South Sudan", published="2024-01-02"))
    assert ev.location == "Zzyzxville" and ev.country == "South Sudan" and ev.geo_precision == 3


def test_a_village_described_by_its_people_is_no_place(process):
    result = process("Gunmen stormed a Christian village in Plateau state on Sunday, killing seven residents.")
    assert [e.location for e in happenings(result)] == ["Plateau"]
    assert "Christian" not in {u.name for u in result.unplaced}


@pytest.mark.parametrize("where, place, precision", [
    # the gazetteer's Sanghar lies 900 km off in Sindh: the village is not placed, the event goes to the town
    ("in Sangar village in Hazro tehsil, Attock district. Pakistan", "Hazro City", 2),
    # a province's town after the province's possessive is the place, not the province
    ("in Kongo Central province's Matadi. Democratic Republic of Congo", "Matadi", 1),
    # … a territory's, a township's town the same ("Beni territory's Mangina town")
    ("in Beni territory's Mangina town, North Kivu. Democratic Republic of Congo", "Mangina", 1),
    ("in Kalaw township's Aungban, Shan state. Myanmar", "Aungban", 1),
    # a road named by its ends is where only when nothing nearer is named ("near Sarobi")
    ("on the Kabul-Jalalabad highway near Sarobi. Afghanistan", "Sarōbī", 1),
])
def test_a_village_the_text_puts_in_a_town_far_from_its_namesake_falls_back_to_the_town(process, where, place,
                                                                                        precision):
    [ev] = happenings(process(f"Gunmen killed two civilians {where}", published="2024-01-02"))
    assert (ev.place_name, ev.geo_precision) == (place, precision)


@pytest.mark.parametrize("text", [
    "Police said a man was shot dead in a robbery at a petrol station in Durban on Saturday.",  # (ordinary crime)
    "Nine people died in an attack of food poisoning at a wedding in Kano on Sunday.",  # (an illness)
    "The delegation arrived in Geneva, the Swiss city, on Monday, and reached Bern three days later for talks.",
    "Apple said on Monday its engineers had taken over a former factory in Cork, which it took on in 2019.",
])
def test_ordinary_news_in_the_words_of_conflict_rules_is_no_event(process, text):
    result = process(text, published="2024-03-12")
    assert happenings(result) == [] and result.route == []


def test_a_state_of_emergency_or_a_curfew_in_a_war_is_a_strategic_development_but_not_for_a_storm(process):
    text = ("Mali's government declared a state of emergency in Mopti on Tuesday after JNIM fighters attacked "
            "Boni. The army imposed a dusk-to-dawn curfew in Gao on Wednesday.")
    found = {e.location: e.sub_event_type for e in happenings(process(text, "2024-03-14"))
             if e.event_type == et.STRATEGIC}
    assert found == {"Mopti": et.OTHER, "Gao": et.OTHER}
    assert happenings(process("The mayor imposed a curfew in Miami on Monday as Hurricane Ian approached.")) == []


def test_the_citys_suburbs_a_sentence_or_two_later_and_an_air_strike_carried_out_are_a_new_strike(process):
    text = ("Warplanes bombed Mitiga airport in Tripoli on Monday. No one claimed the raid, officials said. The "
            "LNA said it had carried out its first air strike on the city's southern suburbs on Sunday.")
    strikes = {(e.location, e.event_date) for e in happenings(process(text, "2019-04-09"))}
    assert ("Tripoli", dt.date(2019, 4, 7)) in strikes


def test_a_headline_with_a_byline_under_it_is_no_report_of_its_own(process):
    text = ("Army Imposes Curfew in Goma as Rebels Advance\nBy Our Correspondent\n\nM23 rebels seized Sake on "
            "Monday, residents said.")
    assert [e.location for e in happenings(process(text, "2024-03-12")) if e.event_type == et.STRATEGIC] == []


def test_a_leaders_fighters_are_his_groups_and_a_slashed_dateline_is_no_date_of_the_happening(process):
    text = ("KYIV/MOSCOW, May 21 (Wire) - The leader of the Wagner Group, Dmitry Utkin, said on Saturday his "
            "fighters had taken full control of Soledar.")
    [e] = happenings(process(text, "2023-05-21"))
    assert (e.location, e.actor1, e.event_date) == ("Soledar", "Wagner Group", dt.date(2023, 5, 20))


def test_civilians_found_dead_with_their_hands_tied_were_killed_but_a_hiker_found_dead_was_not(process):
    text = ("Troops battled Abu Sayyaf fighters near Jolo on Monday. Six civilians were found dead outside Patikul "
            "with their hands tied, an official said on Tuesday.")
    killed = [e for e in happenings(process(text, "2017-05-26")) if e.event_type == et.VAC]
    assert [(e.location, e.fatalities) for e in killed] == [("Patikul", 6)]
    assert happenings(process("A hiker was found dead near Boulder on Saturday, police said.")) == []


def test_rival_crowds_clashing_and_a_crowd_burning_a_police_station_are_riots_by_rioters(process):
    clash = happenings(process("Rival supporters of two candidates clashed with machetes in Kakamega on Saturday, "
                               "leaving three dead.", "2023-09-12"))
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in clash] == [(et.MOB_VIOLENCE, "Rioters (Kenya)", 3)]
    burned = happenings(process("A crowd of angry residents burned down a police station in Kasese on Saturday.",
                                "2023-09-12"))
    assert [(e.sub_event_type, e.actor1) for e in burned] == [(et.VIOLENT_DEMONSTRATION, "Rioters (Uganda)")]


def test_ground_retaken_near_a_village_and_the_fighting_after_a_fight_told_with_its_sides(process):
    text = ("Ethiopian troops and Tigrayan forces fought near Alamata on Friday. Fighting was still going on in "
            "Korem on Saturday, residents said. Government troops retook ground near Maychew on Sunday.")
    found = {e.location: (e.sub_event_type, e.actor1, e.actor2) for e in happenings(process(text, "2021-11-09"))}
    assert found["Korem"] == (et.ARMED_CLASH, "Military Forces of Ethiopia", "Tigray People's Liberation Front")
    assert found["Maychew"][:2] == (et.GOV_REGAINS, "Military Forces of Ethiopia")


def test_a_deadly_clash_of_herders_is_a_communal_militias_battle_but_a_quarrel_is_none(process):
    text = "Farmers and herders clashed over grazing land near Wase on Sunday, leaving six people dead."
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in happenings(process(text, "2023-09-12"))] == [
        (et.ARMED_CLASH, "Communal Militia (Nigeria)", 6)]
    assert happenings(process("Herders clashed with officials over grazing fees at a meeting in Nairobi on "
                              "Monday.", "2023-09-12")) == []
    text = "Villagers clashed with Fulani herdsmen near Lafia on Tuesday, killing four people."  # (either side first)
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in happenings(process(text, "2023-09-12"))] == [
        (et.ARMED_CLASH, "Communal Militia (Nigeria)", 4)]


def test_a_states_forces_arresting_another_countrys_people_are_arrests_of_the_war(process):
    text = "Israeli forces arrested 14 Palestinians in overnight raids in Nablus, the prisoners' group said."
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in happenings(process(text, "2024-04-10"))] == [
        (et.ARRESTS, "Military Forces of Israel", "Civilians (Palestine)")]


def test_soldiers_martyred_told_alone_are_the_toll_of_the_attack_before(process):
    text = "TTP militants attacked a checkpost near Miranshah on Tuesday night. Three soldiers were martyred."
    [e] = happenings(process(text, "2024-04-10"))
    assert (e.location, e.fatalities) == ("Miranshah", 3)


def test_a_speaker_after_a_place_is_no_place_and_a_stop_forced_there_is_where(process):
    text = ("The bus was travelling from Sukkur to Karachi when armed men forced it to stop in Sindh's Khairpur "
            "district and shot dead two passengers.")
    assert [e.location for e in happenings(process(text, "2024-04-10"))] == ["Khairpur"]
    result = process("Gunmen shot dead two traders in Khairpur, Amnesty International said.", "2024-04-10")
    assert "Amnesty International" not in {u.name for u in result.unplaced}


def test_people_who_clash_with_each_other_or_with_police_riot_but_a_named_place_with_battle_in_it_does_not(process):
    fight = happenings(process("Three people died and stalls were burned when rival groups of vendors clashed at a "
                               "bus park in Kumasi on Friday.", "2023-09-12"))
    assert [(e.sub_event_type, e.actor1, e.location, e.fatalities) for e in fight] == [
        (et.MOB_VIOLENCE, "Rioters (Ghana)", "Kumasi", 3)]
    police = happenings(process("Residents clashed with police in Tamale on Monday after a trader died in custody.",
                                "2023-09-12"))
    assert [(e.sub_event_type, e.actor2) for e in police] == [(et.VIOLENT_DEMONSTRATION, "Police Forces of Ghana")]
    school = happenings(process("Students at Battle Creek Academy in Kumasi staged a play on Friday.", "2023-09-12"))
    assert school == []


def test_the_body_of_someone_kidnapped_found_is_a_killing_by_an_unidentified_armed_group(process):
    found = happenings(process("The body of a traditional chief who was abducted on Monday was found in a forest near "
                               "Lokoja on Thursday, police said.", "2023-09-15"))
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in found] == [
        (et.ATTACK, "Unidentified Armed Group (Nigeria)", 1)]


def test_burning_homes_and_injuring_people_is_an_attack_on_them_not_only_property_destroyed(process):
    hurt = happenings(process("Settlers set fire to houses and cars in the village of Burqa, injuring three "
                              "Palestinians, on Friday.", "2024-04-10"))
    assert [(e.event_type, e.sub_event_type) for e in hurt] == [(et.VAC, et.ATTACK)]
    burned = happenings(process("Settlers set fire to houses and cars in the village of Burqa on Friday.",
                                "2024-04-10"))
    assert [e.sub_event_type for e in burned] == [et.LOOTING]


def test_rockets_fired_at_a_country_striking_near_a_town_are_at_the_town(process):
    text = "Hezbollah fired about 150 rockets at northern Israel on Monday, striking near Haifa, the army said."
    assert [(e.sub_event_type, e.location) for e in happenings(process(text, "2024-09-24"))] == [(et.SHELLING, "Haifa")]


def test_a_summary_toll_goes_to_the_one_happening_it_details_but_a_toll_across_a_region_stays(process):
    detailed = happenings(process("Gunmen killed at least 25 people in an attack on a village in northern Burkina "
                                  "Faso on Sunday. The attackers stormed Seytenga, near the border with Niger, at dawn "
                                  "on Sunday.", "2022-06-14"))
    assert [(e.location, e.country, e.sub_event_type, e.fatalities) for e in detailed] == [
        ("Seytenga", "Burkina Faso", et.ATTACK, 25)]  # (not in Niger: near its border)
    spread = happenings(process("Israeli air strikes killed at least 300 people across southern Lebanon on Monday. A "
                                "strike in Beirut's southern suburbs targeted a Hezbollah commander on Monday.",
                                "2024-09-24"))
    assert sorted((e.location, e.fatalities) for e in spread) == [("Beirut", 0), ("Lebanon", 300)]


def test_fighters_killed_in_a_number_of_strikes_are_the_strikes_toll(process):
    text = ("US jets struck Houthi positions in Hodeidah on Friday. The Houthis said five of their fighters were "
            "killed in 73 strikes.")
    assert [(e.sub_event_type, e.fatalities) for e in happenings(process(text, "2024-01-13"))] == [(et.AIR_STRIKE, 5)]


def test_a_taking_months_before_the_news_told_as_its_past_is_no_event_and_a_states_owned_town_is_no_place(process):
    text = ("Nigerian troops recaptured the town of Bama, Borno state's second-largest town, from Boko Haram on "
            "Monday, six months after the militants seized it.")
    events = happenings(process(text, "2015-03-17"))
    assert [(e.location, e.sub_event_type) for e in events] == [("Bama", et.GOV_REGAINS)]


def test_a_foreign_armys_troops_by_their_demonym_are_that_states(process):
    [taken] = happenings(process("Chadian troops drove the militants out of Dikwa on March 2.", "2015-03-17"))
    assert taken.actor1 == "Military Forces of Chad"


def test_a_country_named_as_over_the_border_is_neither_the_place_taken_nor_there(process):
    text = "M23 rebels captured Goma, on the border with Rwanda, on Tuesday after overrunning the last army post there."
    events = happenings(process(text, "2012-11-22"))
    assert [(e.location, e.country) for e in events] == [("Goma", "Democratic Republic of Congo")]
    jarabulus = happenings(process("Turkish-backed rebels captured Jarabulus, on the border with Turkey, on "
                                   "Wednesday.", "2016-08-26"))
    assert [(e.location, e.country) for e in jarabulus] == [("Jarabulus", "Syria")]  # (not bound to Turkey)


def test_the_headquarters_of_a_countrys_army_in_a_town_is_in_that_town(process):
    text = "The rebels captured the headquarters of the Malian army's 5th Region in the town of Timbuktu on Sunday."
    assert [(e.location, e.sub_event_type) for e in happenings(process(text, "2012-04-03"))] == [
        ("Timbuktu", et.NSA_TAKEOVER)]


def test_where_a_speaker_is_is_not_where_the_toll_happened(process):
    text = ("Gunmen stormed an army checkpoint in Konduga on Monday. At least nine soldiers were killed, a medical "
            "source at the Maiduguri hospital said.")
    assert [(e.location, e.fatalities) for e in happenings(process(text, "2021-03-02"))] == [("Konduga", 9)]


def test_the_toll_of_the_final_assault_is_the_latest_takings(process):
    text = ("Government forces captured Tessalit on May 10 after taking Aguelhok on May 3. Sixteen soldiers were "
            "killed in the final assault, the army said.")
    tolls = {e.location: e.fatalities for e in happenings(process(text, "2020-05-12"))}
    assert tolls == {"Tessalit": 16, "Aguelhok": 0}


def test_the_city_far_back_is_the_one_the_headline_calls_a_city(process):
    text = ("Philippine troops retake Marawi city from militants\n\nMANILA, Oct 17 (Wire) - Philippine troops took "
            "full control of Marawi on Tuesday, the army said.\n\nThe fighting lasted five months. Commanders said "
            "the remaining gunmen were cornered in two buildings. Officials declined to give details. Engineers "
            "began clearing explosives.\n\nAircraft carried out dozens of strikes in and around the city on Monday, "
            "the army said.")
    events = happenings(process(text, "2017-10-18"))
    assert sorted((e.location, e.sub_event_type) for e in events) == [
        ("Marawi", et.AIR_STRIKE), ("Marawi", et.GOV_REGAINS)]  # (not Manila, the dateline)


def test_a_country_after_a_town_the_gazetteer_lacks_says_where_it_is_not_a_second_place(process):
    [strike] = happenings(process("A drone strike killed 12 fighters near Qorahey, Somalia, on Thursday.",
                                  "2023-03-11"))
    assert (strike.location, strike.fatalities) == ("Qorahey", 12)  # (not 6 there and 6 at Somalia's centre)


def test_a_region_named_before_the_kind_of_a_town_only_contains_it(process):
    assert [e.location for e in happenings(process("Militiamen killed 40 people in the North Kivu town of Beni on "
                                                   "Tuesday.", "2021-10-25"))] == ["Beni"]


def test_a_peoples_villages_are_no_place_and_executions_by_forces_are_theirs(process):
    [killing] = happenings(process("Gunmen killed 12 people in Shiite villages near Idlib, Syria, on Sunday.",
                                   "2024-05-13"))
    assert killing.location == "Idlib"
    text = ("Fighting raged on the coast. A monitor said 745 civilians had been killed in executions by security "
            "personnel and allied fighters in Baniyas, Syria, on Friday.")
    [executions] = happenings(process(text, "2025-03-09"))
    assert (executions.sub_event_type, executions.actor1, executions.actor2) == (
        et.ATTACK, "Military Forces of Syria", "Civilians (Syria)")


def test_a_scare_quoted_verb_of_an_armed_side_is_its_act(process):
    [taken] = happenings(process('Russian forces said they had "liberated" Avdiivka on Saturday.', "2024-02-19"))
    assert (taken.location, taken.actor1) == ("Avdiivka", "Military Forces of Russia")
    assert happenings(process('The match was a "massacre" for the visitors, the coach said.', "2024-02-19")) == []


def test_a_town_told_after_a_part_of_a_country_is_where_it_happened(process):
    [killing] = happenings(process("Militants killed 15 civilians in northern Burkina Faso on Sunday, as residents of "
                                   "Gorgadji were fetching water.", "2024-06-10"))
    assert killing.location == "Gorgadji"  # (the gazetteer lacks it: not placed, in Burkina Faso)


def test_a_groups_generic_fighters_in_another_country_it_fights_in_are_the_group(process):
    text = "JNIM fighters attacked Djibo on Monday. Two days later, militants ambushed a convoy near Djibo, killing 10 soldiers."
    assert {e.actor1 for e in happenings(process(text, "2024-06-10"))} == {"Jama'at Nusrat al-Islam wal-Muslimin"}


def test_a_district_owned_by_a_state_after_a_town_only_says_where_the_town_is_and_a_body_is_no_place(process):
    text = ("Gunmen stormed the Local Education Authority school in Kuriga, in Kaduna state's Chikun district, on "
            "Thursday, shortly after morning assembly, shooting a teacher.")
    assert [e.location for e in happenings(process(text, "2024-03-09"))] == ["Kuriga"]


def test_incident_reports_of_this_kind(process):
    """Short incident reports (written here, in wire and ACLED-notes style), each with what ACLED would code."""
    def one(text, published="2024-05-06"):
        [e] = happenings(process(text, published))
        return e.location, e.sub_event_type, e.actor1, e.actor2, e.fatalities

    assert one("On 1 November 2022, a drone strike by the Turkish military killed two SDF members in a car near "
               "Qamishli, Syria.", "2022-11-03") == (
        "Qamishli", et.AIR_STRIKE, "Military Forces of Turkey", "Syrian Democratic Forces", 2)
    assert one("On 30 July 2024, al Shabaab fighters ambushed a KDF convoy near Mandera town, Kenya. The military said "
               "six attackers were killed.", "2024-08-02") == (
        "Mandera", et.ARMED_CLASH, "Al-Shabaab", "Military Forces of Kenya", 6)
    assert one("Hezbollah said it launched a swarm of drones at an Israeli army base in Metula on Sunday.")[:3] == (
        "Metula", et.AIR_STRIKE, "Hezbollah")
    assert one("Gunmen stopped a bus on the highway near Kohat, Pakistan, on Sunday, pulled out nine passengers and "
               "shot them dead.") == ("Kohat", et.ATTACK, "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", 9)
    assert one("Angry residents stormed a police station in Kisumu, Kenya, on Saturday and set two vehicles "
               "ablaze.")[1:3] == (et.MOB_VIOLENCE, "Rioters (Kenya)")
    assert one("Three farmers were hacked to death by suspected herders at Agatu, Benue state, on Saturday.")[::4] == (
        "Agatu", 3)  # (one place: the state only says where Agatu is)
    assert one("A landmine exploded under a tractor in the Kandahar province district of Arghandab on Sunday, killing "
               "two children.")[:2] == ("Arghandab", et.REMOTE_EXPLOSIVE)


def test_a_taking_told_by_the_towns_kind_and_a_town_before_its_apposition(process):
    text = ("Ukrainian troops entered Balakliia on Sept. 8. From there they raced east, cutting the road to Kupiansk "
            "and taking the rail hub itself on Sept. 10. Izium, Russia's main base in the region, fell the same day "
            "as Russian units fled.")
    result = process(text, "2022-09-13")
    assert [(e.location, str(e.event_date)) for e in happenings(result)] == [
        ("Balakliia", "2022-09-08"), ("Kupiansk", "2022-09-10"), ("Izium", "2022-09-10")]
    assert [s.location for s in result.route] == ["Balakliia", "Kupiansk", "Izium"]


def test_a_participles_own_place_is_where_its_fight_was(process):
    text = ("The column left the army's camp at Gao on Saturday and advanced north along the main road, clashing with "
            "fighters of the Permanent Strategic Framework (CSP) at Bourem.")
    [clash] = [e for e in happenings(process(text, "2023-11-15")) if e.sub_event_type == et.ARMED_CLASH]
    assert clash.location == "Bourem"


def test_neighbourhoods_listed_before_their_kind_are_each_taken(process):
    text = ("Syrian government forces seized the Hanano district of Aleppo on Nov. 26 and took the Sakhour and "
            "Haydariya neighbourhoods the next day.")
    taken = {e.location: str(e.event_date) for e in happenings(process(text, "2016-12-23"))}
    assert taken["Sakhour"] == taken["Haydariya"] == "2016-11-27"


def test_storming_out_of_a_meeting_and_a_robbers_killing_are_no_political_violence(process):
    assert happenings(process("Angry residents stormed out of a council meeting in Leeds on Tuesday after plans for a "
                              "bypass were approved.")) == []
    assert happenings(process("Gunmen shot dead a shopkeeper in a robbery in Johannesburg on Sunday, police said.")) == []
    [raid] = happenings(process("Gunmen killed five villagers and set fire to houses in Zamfara, Nigeria, on Sunday."))
    assert (raid.sub_event_type, raid.fatalities) == (et.ATTACK, 5)  # (a fire they set is no mishap)


def test_a_bands_second_raid_struck_the_next_evening_with_the_bodies_found_there(process):
    text = ("Rebels of the Allied Democratic Forces attacked Kasindi village, Congo, on Friday night, killing 18 "
            "people, and struck Mutwanga the following evening, where 24 bodies were found, officials said.")
    events = {e.location: (str(e.event_date), e.fatalities) for e in happenings(process(text, "2024-06-10"))}
    assert events["Mutwanga"] == ("2024-06-08", 24) and events["Kasindi"] == ("2024-06-07", 18)
    assert happenings(process("Floods struck Kasindi, Congo, on Friday, killing 18 people.", "2024-06-10")) == []


def test_a_groups_toll_since_a_year_is_a_sum_not_a_happening(process):
    text = ("ADF rebels killed 18 people in Kasindi, Congo, on Friday. The ADF, which has pledged allegiance to Islamic "
            "State, has killed thousands of civilians since 2014.")
    assert [(e.location, e.fatalities) for e in happenings(process(text, "2024-06-10"))] == [("Kasindi", 18)]


def test_a_territorys_toll_that_adds_up_its_villages_is_their_summary(process):
    text = ("ADF rebels killed at least 42 people in attacks on two villages in Beni territory, Congo, on Friday and "
            "Saturday, officials said. The militants attacked Kasindi on Friday night, killing 18 people, and struck "
            "Mutwanga the following evening, where 24 bodies were found.")
    tolls = sorted((e.location, e.fatalities) for e in happenings(process(text, "2024-06-10")))
    assert tolls == [("Kasindi", 18), ("Mutwanga", 24)]  # (not 42 more at Beni: the same dead)


def test_a_taking_told_by_a_day_is_not_an_earlier_one_when_the_place_changed_hands_between(process):
    text = ("The army said on Sunday it had retaken Kadugli from the rebels. The rebels had overrun Kadugli on March 2. "
            "Government forces first recaptured it on Feb. 20.")
    events = happenings(process(text, "2024-03-11"))
    assert sorted((e.event_date.isoformat(), e.sub_event_type) for e in events) == [
        ("2024-02-20", et.GOV_REGAINS), ("2024-03-02", et.NSA_TAKEOVER), ("2024-03-10", et.GOV_REGAINS)]
    text = "The army said on Sunday it had retaken Kadugli from the rebels. Troops recaptured Kadugli on March 8."
    events = happenings(process(text, "2024-03-11"))
    assert [(e.event_date.isoformat(), e.sub_event_type) for e in events] == [("2024-03-08", et.GOV_REGAINS)]


def test_a_sum_of_the_battle_up_to_now_is_not_the_toll_of_a_taking_months_before(process):
    text = ("Rebels captured the airport of Zalingei in October. More than 400 soldiers have been killed in the battle, "
            "officials say.")
    [taken] = happenings(process(text, "2024-11-20"))
    assert (taken.location, taken.fatalities) == ("Zalingei", 0)
    text = "Rebels attacked Zalingei on Monday. At least 14 soldiers have been killed in the fighting, officials say."
    [attack] = happenings(process(text, "2024-11-20"))
    assert attack.fatalities == 14  # (the day's fighting, told up to now)


def test_the_last_positions_held_by_a_group_in_a_town_are_the_town_taken(process):
    [taken] = happenings(process("Troops seized the last positions held by the rebels in Kadugli on Monday.",
                                 "2024-03-12"))
    assert (taken.location, taken.sub_event_type) == ("Kadugli", et.GOV_REGAINS)
    assert happenings(process("Police seized the weapons of the gang in Kadugli on Monday.", "2024-03-12")) == []


def test_a_headlines_passive_without_were_makes_its_subject_the_victims(process):
    [e] = happenings(process("Four policemen killed in ambush near Garissa on Tuesday.", "2024-03-14"))
    assert (e.actor2, e.fatalities) == ("Police Forces of Kenya", 4) and e.actor1.startswith("Unidentified Armed Group")
    [e] = happenings(process("Gunmen killed at least 9 herders in Garissa on Tuesday.", "2024-03-14"))
    assert e.actor1.startswith("Unidentified Armed Group") and e.fatalities == 9


def test_a_country_written_with_periods_names_whose_aircraft(process):
    [e] = happenings(process("U.S. drones struck an al-Shabaab camp near Jilib on Friday, killing eight militants.",
                             "2024-03-11"))
    assert (e.sub_event_type, e.actor1, e.fatalities) == (et.AIR_STRIKE, "Military Forces of the United States", 8)


def test_the_subject_of_a_second_verb_is_the_first_verbs_not_a_force_named_in_its_object(process):
    text = ("The militants stormed a camp of the Kenya Defence Forces in Lamu on Sunday and took control of the "
            "town.")
    events = happenings(process(text, "2024-03-12"))
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Kenya)"]  # (the militants took it, not the KDF)


def test_a_part_of_a_town_the_gazetteer_lacks_is_put_at_the_town_told_before(process):
    text = ("Government forces entered Sirte on Monday. They took full control of the Zzyzxar neighbourhood on "
            "Tuesday.")
    events = {e.location: e for e in happenings(process(text, "2024-03-14"))}
    sirte, part = events["Sirte"], events["Zzyzxar"]
    assert (part.latitude, part.longitude, part.geo_precision) == (sirte.latitude, sirte.longitude, 2)
    assert "Zzyzxar" in part.geo_note


def test_the_city_stormed_by_a_pronoun_subject_is_the_town_told_before_not_the_one_it_is_measured_from(process):
    text = "Taliban fighters attacked Kunduz on Thursday. They stormed the city, 250 km north of Kabul, again on Saturday."
    events = happenings(process(text, "2018-08-15"))
    assert [(e.location, e.actor1, e.event_date.isoformat()) for e in events] == [
        ("Kunduz", "Taliban", "2018-08-09"), ("Kunduz", "Taliban", "2018-08-11")]


def test_a_second_object_with_its_own_day_is_a_taking_of_its_own_and_the_toll_after_it_is_its(process):
    text = ("Taliban fighters seized Qarabagh on Monday and an army base in Khwaja Omari district on Tuesday, killing "
            "30 soldiers there.")
    events = happenings(process(text, "2018-08-15"))
    assert [(e.location, e.event_date.isoformat(), e.fatalities) for e in events] == [
        ("Qarabagh", "2018-08-13", 0), ("Khwaja Omari", "2018-08-14", 30)]


def test_a_district_seat_the_gazetteer_lacks_is_not_put_at_the_town_told_before(process):
    events = {e.location: e for e in happenings(process(
        "Troops entered Ghazni on Sunday. Militants seized the Zzyzxabad district centre on Monday.", "2018-08-15"))}
    assert (events["Zzyzxabad"].latitude, events["Zzyzxabad"].longitude) != (events["Ghazni"].latitude,
                                                                              events["Ghazni"].longitude)


def test_a_capital_owned_by_a_bands_plural_possessive_is_the_place_taken(process):
    [e] = happenings(process("Troops captured the Tamil Tiger rebels' de facto capital of Kilinochchi on Friday.",
                             "2009-01-03"))
    assert (e.location, e.sub_event_type, e.actor2) == ("Kilinochchi", et.GOV_REGAINS, "Liberation Tigers of Tamil Eelam")


def test_the_backers_and_the_side_driven_out_are_not_the_doers(process):
    [e] = happenings(process("Syrian rebels backed by Turkish troops drove Islamic State out of the town of Jarablus "
                             "on Wednesday.", "2016-08-30"))
    assert (e.actor1, e.actor2) == ("Unidentified Armed Group (Syria)", "Islamic State")
    events = happenings(process("Islamic State fighters shelled Azaz on Saturday. Rebels drove Islamic State out of "
                                "Marea on Sunday.", "2016-10-17"))
    assert [(e.location, e.actor1) for e in events if e.location == "Marea"] == [
        ("Marea", "Unidentified Armed Group (Syria)")]  # (not the story's group, which was driven out)


def test_a_generic_band_named_by_the_clause_right_after_it(process):
    [e] = happenings(process("The rebels, who fight under the Free Syrian Army banner, took control of Marea on "
                             "Sunday.", "2016-10-17"))
    assert e.actor1 == "Free Syrian Army"


def test_villages_occupied_are_taken_but_an_occupied_territory_is_no_taking(process):
    events = happenings(process("The M23 rebels first occupied the villages of Kibumba and Rugari in late May, "
                                "residents said.", "2022-06-14"))
    assert [(e.location, e.sub_event_type) for e in events] == [("Kibumba", et.NSA_TAKEOVER), ("Rugari", et.NSA_TAKEOVER)]
    events = happenings(process("Israeli troops raided the occupied West Bank town of Jenin on Monday.", "2024-06-10"))
    assert all(e.sub_event_type not in (et.NSA_TAKEOVER, et.GOV_REGAINS) for e in events)


def test_a_placeless_fight_of_another_day_after_a_paragraph_is_its_own_event_there(process):
    text = ("Gunmen attacked the town of Damasak in Nigeria on Tuesday, torching homes.\n\nThe gunmen had arrived on "
            "Saturday evening and clashed with soldiers for hours.")
    events = happenings(process(text, "2021-04-14"))
    assert sorted((e.location, e.event_date.isoformat(), e.sub_event_type) for e in events) == [
        ("Damasak", "2021-04-10", et.ARMED_CLASH), ("Damasak", "2021-04-13", et.ATTACK)]


def test_one_happening_told_generically_and_by_name_is_the_named_ones(process):
    text = ("Forces loyal to the government took control of Tarhuna on Friday. The Government of National Accord (GNA) "
            "said its troops had entered the town.")
    [e] = happenings(process(text, "2020-06-06"))
    assert e.actor1 == "Military Forces of Libya (Government of National Accord)"


def test_resistance_forces_are_a_rebel_side_not_the_states(process):
    [e] = happenings(process("Resistance forces overran a police post in Kawkareik on Monday.", "2024-04-12"))
    assert e.actor1 == "Unidentified Armed Group (Myanmar)" and e.actor2 == "Police Forces of Myanmar"


def test_a_force_told_by_its_noun_is_the_side_told_before(process):
    text = ("Sudanese army jets bombed Um Ruwaba on Thursday. On Friday its columns took Bara, and on Saturday a "
            "spokesman said the force had seized Kazgil.")
    events = happenings(process(text, "2023-06-05"))
    assert [(e.location, e.actor1) for e in events if e.sub_event_type == et.GOV_REGAINS] == [
        ("Bara", "Military Forces of Sudan"), ("Kazgil", "Military Forces of Sudan")]


def test_a_place_the_gazetteer_lacks_in_a_countrys_capital_is_put_at_that_capital(process):
    [e] = happenings(process("A drone struck Zzyzxa, the only functioning airport in the Sudanese capital, on Monday.",
                             "2024-06-05"))
    assert (e.location, e.place_name, e.geo_precision) == ("Zzyzxa", "Khartoum", 2)


def test_a_ships_flag_is_no_country_of_the_story(process):
    result = process("Houthi forces fired a missile at a Liberian-flagged tanker in the Red Sea west of Mokha on Sunday, "
                     "the UK Maritime Trade Operations agency said.", "2024-09-10")
    assert {t.name: t.country_code for t in result.toponyms}.get("Mokha") == "YE"
    [e] = happenings(result)
    assert e.country == "Yemen"  # (not put in Liberia or the United Kingdom)


def test_the_region_after_a_town_the_gazetteer_lacks_says_where_it_is_and_is_no_second_taking(process):
    events = happenings(process("Al-Shabaab fighters overran a military base in Zzyzxweyne, Mudug region, on Sunday.",
                                "2024-09-10"))
    assert [(e.location, e.sub_event_type) for e in events] == [("Zzyzxweyne", et.NSA_TAKEOVER)]


def test_a_town_named_after_a_sea_and_a_kind_of_place_is_the_place_withdrawn_from(process):
    [e] = happenings(process("Coalition forces withdrew from their positions around the Red Sea port city of Mokha on "
                             "Friday, and Houthi fighters moved in.", "2024-09-10"))
    assert e.location == "Mokha"


def test_districts_taken_to_the_south_of_a_city_are_placed_at_the_city(process):
    [e] = happenings(process("Houthi fighters took control of several districts south of the city of Marib on Sunday, "
                             "military sources said.", "2021-11-15"))
    assert (e.location, e.sub_event_type, e.actor1) == ("Marib", et.NSA_TAKEOVER, "Houthis")


def test_villages_taken_including_named_ones_are_those_taken_but_not_a_sum_so_far(process):
    events = happenings(process("Ukrainian troops retook several villages, including Ruska Lozova and Tsyrkuny, the "
                                "general staff said on Friday.", "2022-05-21"))
    assert [(e.location, e.event_date.isoformat()) for e in events] == [("Ruska Lozova", "2022-05-20"),
                                                                       ("Tsyrkuny", "2022-05-20")]
    assert happenings(process("The army has retaken more than 30 towns since February, including Gwoza and Bama, "
                              "officials said.", "2015-03-30")) == []
    events = happenings(process("Ukrainian forces have retaken dozens of villages in the region since launching a "
                                "counteroffensive in late August, including Balakliia on Thursday.", "2022-09-12"))
    assert [(e.location, e.event_date.isoformat()) for e in events] == [("Balakliia", "2022-09-08")]


def test_meanwhile_after_a_month_told_is_the_news_day_not_that_month(process):
    text = ("Russian forces encircled Mariupol in early March and took the city centre in April. Ukrainian forces, "
            "meanwhile, retook Tsyrkuny, the general staff said on Friday.")
    events = {e.location: e for e in happenings(process(text, "2022-05-21"))}
    assert events["Tsyrkuny"].event_date.isoformat() == "2022-05-20"


def test_a_district_the_gazetteer_lacks_after_a_village_it_lacks_is_where_the_village_is(process):
    events = happenings(process("Gunmen killed three farmers in Zzyzxa, Qwertaba territory, North Kivu. Democratic "
                                "Republic of Congo", "2023-09-12"))
    assert [(e.location, e.place_name, e.geo_precision) for e in events] == [("Zzyzxa", "Nord Kivu", 3)]


def test_one_sides_storming_is_no_taking_by_the_other(process):
    text = ("Afghan forces said on Thursday they had recaptured Kunduz. The insurgents had stormed Kunduz before dawn on "
            "Monday.")
    events = happenings(process(text, "2015-10-02"))
    assert sorted((e.event_date.isoformat(), e.sub_event_type) for e in events) == [
        ("2015-09-28", et.ARMED_CLASH), ("2015-10-01", et.GOV_REGAINS)]


def test_those_an_assault_freed_are_not_its_victims(process):
    [e] = happenings(process("The insurgents stormed Baghlan from three directions on Monday, freeing hundreds of "
                             "prisoners from the city jail.", "2015-10-02"))
    assert (e.event_type, e.actor2) == (et.BATTLES, "")


def test_fighting_with_named_foes_in_an_after_clause_is_the_main_clauses_doers(process):
    text = ("Houthi rebels took control of key buildings in Sanaa on Sunday after three days of fighting with army units "
            "and Islamist militias.")
    events = happenings(process(text, "2014-09-22"))
    assert sorted((e.sub_event_type, e.actor1) for e in events) == [(et.ARMED_CLASH, "Houthis"),
                                                                    (et.NSA_TAKEOVER, "Houthis")]


def test_a_date_of_a_relative_clause_telling_another_taking_is_not_the_retakings(process):
    [e] = happenings(process("The army said on Sunday it had regained control of Wad Madani, pushing the RSF out of a "
                             "city they seized in December.", "2025-01-13"))
    assert (e.location, e.sub_event_type, e.event_date.isoformat()) == ("Wad Madani", et.GOV_REGAINS, "2025-01-12")


def test_a_place_taken_and_then_another_are_both_taken(process):
    events = happenings(process("Sudanese troops recaptured Singa and then Sennar on Monday.", "2024-12-09"))
    assert [(e.location, e.sub_event_type) for e in events] == [("Singa", et.GOV_REGAINS), ("Sennar", et.GOV_REGAINS)]


def test_a_place_the_gazetteer_lacks_measured_from_the_city_is_put_where_the_text_says(process):
    text = ("M23 rebels walked into Bukavu on Sunday. They had seized Zzyzxa airport, 30 km north of the city, on "
            "Friday.")
    events = {e.location: e for e in happenings(process(text, "2025-02-17"))}
    bukavu, airport = events["Bukavu"], events["Zzyzxa"]
    assert 29 < great_circle((bukavu.latitude, bukavu.longitude), (airport.latitude, airport.longitude)).km < 31
    assert airport.latitude > bukavu.latitude and "30 km north of" in airport.geo_note


def test_a_place_set_off_by_its_bearing_from_the_city_is_put_at_the_city(process):
    text = ("Rebels seized Saraqib in Syria's Idlib province on Friday and the Tel Zelfa army base, south of the city, "
            "on Sunday.")
    events = {e.location: e for e in process(text, published="2015-05-04").events if not e.is_context}
    base, town = events["Tel Zelfa"], events["Saraqib"]
    assert (base.latitude, base.longitude, base.geo_precision) == (town.latitude, town.longitude, 2)
    assert base.event_date == dt.date(2015, 5, 3)


def test_a_place_measured_from_the_capital_with_no_town_before_is_measured_from_the_countrys_capital(process):
    text = ("Gunmen attacked a checkpoint at Qansax Dheere, 30 km north of the capital, on Sunday, killing four Somali "
            "soldiers.")
    event = next(e for e in process(text, published="2024-06-10").events if e.location == "Qansax Dheere")
    assert event.geo_precision == 2 and 2.2 < event.latitude < 2.4 and 45.2 < event.longitude < 45.5  # (Mogadishu,
    # 30 km north)


def test_the_city_is_not_a_camp_told_before(process):
    text = ("Fighting spread across Nyala in South Darfur last week. On Monday militiamen stormed the Otash "
            "displacement camp. On Tuesday an air strike on a market in the city killed 12 people.")
    strike = next(e for e in process(text, published="2024-06-12").events if e.sub_event_type == "Air/drone strike")
    assert strike.location == "Nyala"


def test_an_attack_on_the_base_told_before_is_not_put_at_a_place_of_another_clause(process):
    text = ("Insurgents overran a military base in Monguno on Saturday. On Monday the fighters attacked the base "
            "again, killing two soldiers, and then burned the village of Kwatamari.")
    attack = next(e for e in process(text, published="2024-06-12").events if e.fatalities == 2)
    assert attack.location == "Monguno"


def test_a_facility_in_a_town_described_by_several_words_is_a_taking_of_the_town(process):
    text = "Tuareg rebels seized the army barracks in the desert trading town of Kidal on Friday."
    assert [(e.location, e.sub_event_type) for e in process(text, published="2012-03-31").events
            if not e.is_context] == [("Kidal", et.NSA_TAKEOVER)]
    text = "Tuareg rebels entered Gao on Saturday. On Sunday they seized the governor's palace in the old river city."
    taken = [(e.location, e.event_date) for e in process(text, published="2012-04-02").events
             if e.sub_event_type == et.NSA_TAKEOVER]
    assert ("Gao", dt.date(2012, 4, 1)) in taken


def test_those_whose_attack_was_repelled_are_the_first_side_of_the_clash(process):
    text = "Armenia's defence ministry said its forces had repelled several Azerbaijani attacks near Hadrut on Monday."
    clash = [(e.actor1, e.actor2) for e in process(text, published="2020-10-06").events if not e.is_context]
    assert clash == [("Military Forces of Azerbaijan", "Military Forces of Armenia")]
    text = "Somali troops repelled an attack by al-Shabaab fighters on their base in Afgooye on Tuesday."
    clash = [(e.actor1, e.actor2) for e in process(text, published="2024-06-06").events if not e.is_context]
    assert clash == [("Al-Shabaab", "Military Forces of Somalia")]


def test_where_after_a_place_a_force_headed_for_is_that_place(process):
    text = ("Rebel columns took Birao on Monday and pressed on towards Ndele, 300 km south of Birao, where they "
            "clashed with government troops on Wednesday.")
    clash = [e.location for e in process(text, published="2024-03-08").events if e.sub_event_type == et.ARMED_CLASH]
    assert clash == ["Ndele"]  # (not Birao, where the sentence began)


def test_places_named_as_neighbourhoods_of_the_city_told_before_are_put_at_it(process):
    text = ("Fighting raged in Taiz on Sunday. Shelling killed nine civilians in the neighbourhoods of Qubbat Zelfa "
            "and Usayfra Zanzan on Monday, medics said.")
    events = {e.location: e for e in process(text, published="2016-05-10").events}  # (Taiz: a place mentioned)
    assert {"Qubbat Zelfa", "Usayfra Zanzan"} <= set(events)
    taiz = events["Taiz"]
    assert all((events[n].latitude, events[n].longitude, events[n].geo_precision) == (taiz.latitude, taiz.longitude, 2)
               for n in ("Qubbat Zelfa", "Usayfra Zanzan"))


def test_an_attack_on_a_towns_entrances_its_toll_and_where_it_came_from_are_one_battle(process):
    text = ("Rebels attacked the northern entrances to Bossangoa on Tuesday before being pushed back by soldiers, the "
            "army said.\n\nOne peacekeeper from Zambia was killed in the fighting, the UN said, adding that 12 rebels "
            "had been killed. The rebels had attacked from Bowaye and Ouham-Bac at dawn.")
    events = [(e.location, e.sub_event_type, e.fatalities) for e in process(text, published="2021-01-15").events
              if not e.is_context]
    assert events == [("Bossangoa", et.ARMED_CLASH, 13)]  # (not in Zambia, the peacekeeper's country)


def test_a_side_that_said_it_had_seized_the_citys_airport_took_the_city(process):
    text = ("Heavy fighting erupted in Nyala on Sunday between the army and the Rapid Support Forces, which said it "
            "had seized the police headquarters and the city's airport.")
    taken = [(e.location, e.actor1, e.event_date) for e in process(text, published="2023-04-17").events
             if e.sub_event_type == et.NSA_TAKEOVER]
    assert taken == [("Nyala", "Rapid Support Forces", dt.date(2023, 4, 16))]


def test_shelling_from_the_heights_above_a_village_is_placed_there_when_no_target_is_told(process):
    text = ("Fighting continued around Tskhinvali on Thursday. Separatists said there had been Georgian artillery "
            "attacks from the heights above the village of Prisi overnight.")
    shelling = [e.location for e in process(text, published="2008-08-08").events if e.event_type == et.REMOTE]
    assert shelling == ["Prisi"]


def test_a_suicide_car_bomber_and_a_bare_claim_in_the_next_paragraph(process):
    text = ("A suicide car bomber rammed into a convoy of Indian paramilitary police in Pulwama on Thursday, killing "
            "at least 40, officials said.\n\nThe Pakistan-based militant group Jaish-e-Mohammad claimed responsibility.")
    events = [(e.sub_event_type, e.actor1, e.fatalities) for e in process(text, published="2019-02-15").events
              if not e.is_context]
    assert events == [(et.SUICIDE, "Jaish-e-Mohammed", 40)]


def test_a_blast_told_by_its_province_is_at_the_town_the_next_sentence_names(process):
    text = ("A suicide bomber killed 12 soldiers in Borno state on Monday, officials said. The blast struck an army "
            "checkpoint near Konduga, a military source said.")
    events = [(e.location, e.sub_event_type, e.fatalities) for e in process(text, published="2024-06-12").events
              if not e.is_context]
    assert events == [("Konduga", et.SUICIDE, 12)]


def test_the_attack_told_again_with_its_village_and_day_places_and_dates_the_one_told(process):
    text = ("Gunmen killed 30 villagers in an overnight attack in central Mali's Mopti region, officials said on "
            "Wednesday. The attack on the village of Zzyzxo in Bankass district began late on Monday.")
    events = [(e.location, e.event_date, e.fatalities, e.geo_precision) for e in happenings(
        process(text, published="2019-05-08"))]
    assert events == [("Zzyzxo", dt.date(2019, 5, 6), 30, 2)]  # (placed at Bankass, which contains it)


def test_air_strikes_that_back_an_offensive_are_no_strike_and_its_first_steps_follow_its_start(process):
    text = ("The army launched its offensive in the north on March 3, backed by Russian air strikes. It first captured "
            "Khan Shaykhun, then seized Maarat al-Numan before entering Saraqib on March 9.")
    result = process(text, published="2024-03-10")
    assert not [e for e in happenings(result) if e.event_type == et.REMOTE]
    assert [(s.location, s.event_date) for s in result.route] == [
        ("Khan Shaykhun", dt.date(2024, 3, 3)), ("Maarat al-Numan", dt.date(2024, 3, 3)),
        ("Saraqib", dt.date(2024, 3, 9))]


def test_a_place_an_area_is_measured_from_is_not_taken_with_it(process):
    result = process("Troops captured the Zzyzx plain west of Homs on Tuesday.", published="2024-03-10")
    assert places(result) == ["Zzyzx"]  # (put at Homs, which it lies by; Homs itself was not taken)


def test_a_quarter_the_gazetteer_lacks_named_after_the_storys_town_is_put_at_the_town(process):
    result = process("Rebels shelled Aleppo on Monday. On Tuesday they stormed Aleppo al-Jadida, killing 12 soldiers.",
                     published="2024-03-10")
    stormed = happenings(result, "Aleppo al-Jadida")
    assert [(e.latitude, e.longitude) for e in stormed] == [(e.latitude, e.longitude)
                                                            for e in happenings(result, "Aleppo")]


@pytest.mark.parametrize("text, country", [
    # a dateline's country is where the reporter is
    ("BEIRUT (Reuters) - Syrian government forces shelled the town of Zzyzsa on Tuesday, killing 12 civilians, a "
     "monitor said. Rebels in Daraa said the army was massing troops.", "Syria"),
    # a country over a border crossing, or one that backs a force, contains nothing of the story
    ("Syrian troops took control of the Zzyzq border crossing with Jordan on Tuesday, state media said.", "Syria"),
    ("Forces backed by the United Arab Emirates clashed with rival troops in Zzyzxat on Monday. Residents of "
     "Ataq said the fighting had spread.", "Yemen"),
    # a region named only as where fighters are to be bused to is not where the story happens
    ("Government forces entered Daraa on Thursday. Rebels who reject the deal are to be bused to the province of "
     "Idlib. An air strike on the village of Zzyzd killed 12 civilians on Tuesday.", "Syria"),
])
def test_an_unplaced_village_falls_back_to_the_storys_country_not_one_named_otherwise(process, text, country):
    unplaced = [e for e in happenings(process(text, published="2018-07-11")) if e.location.startswith("Zzyz")]
    assert [(e.country, e.geo_precision) for e in unplaced] == [(country, 3)]


def test_a_journeys_ends_are_not_where_an_attack_on_it_happened(process):
    text = ("Gunmen attacked a bus travelling from Kano to Zaria on Sunday, killing six passengers, police said.\n\n"
            "The attackers opened fire near the village of Zzyzn in Kaduna state, a police spokesman said.")
    events = [(e.location, e.place_name, e.fatalities) for e in happenings(process(text, published="2024-05-06"))]
    assert events == [("Zzyzn", "Kaduna", 6)]


def test_an_abbreviation_the_text_gives_a_known_group_is_that_group(process):
    text = ("The Kachin Independence Army (KIA) launched its assault on Bhamo on Dec. 7, a spokesman said.\n\nThe KIA "
            "seized the town of Zzyzk in October.")
    assert {e.actor1 for e in happenings(process(text, published="2024-12-20"))} == {"Kachin Independence Army"}


def test_fighters_loyal_to_a_party_fight_and_the_party_is_no_place(process):
    result = process("Fighters loyal to Islah clashed with separatists in Ataq on Monday, killing six.",
                     published="2022-08-10")
    assert [(e.location, e.sub_event_type, e.fatalities) for e in happenings(result)] == [("Ataq", et.ARMED_CLASH, 6)]
    assert not result.unplaced


def test_a_toll_of_combatants_reported_dead_is_the_clash_told_before(process):
    text = ("Fighters of the M23 and the Congolese army clashed near Kitshanga on Saturday. Local sources reported at "
            "least seven combatants dead on both sides.")
    events = [(e.location, e.actor1, e.actor2, e.fatalities) for e in happenings(process(text, "2024-10-08"))]
    assert events == [("Kitshanga", "M23", "Military Forces of the Democratic Republic of Congo", 7)]


def test_those_who_died_are_no_killers_and_a_toll_told_again_in_a_sentence_counts_once(process):
    text = ("Al-Shabaab militants stormed a hotel in Kismayo on Sunday. Security forces killed all four attackers after "
            "a siege; two guards and three guests also died.")
    events = [(e.sub_event_type, e.actor1, e.fatalities) for e in happenings(process(text, "2024-10-08"))
              if e.fatalities]
    assert events == [(et.ARMED_CLASH, "Military Forces of Somalia", 9)]


def test_a_force_backed_by_a_band_known_by_a_name_is_who_took_the_town(process):
    text = ("Government forces backed by clan fighters known as macawisley recaptured the town of Jalalaqsi on "
            "Saturday.")
    [e] = happenings(process(text, "2022-09-20"))
    assert (e.sub_event_type, e.actor1) == (et.GOV_REGAINS, "Military Forces of Somalia")


def test_protesters_an_armed_force_in_power_beats_and_detains_held_a_protest_it_broke_up(process):
    text = "Taliban fighters beat and detained four women protesting outside a university in Kabul on Sunday."
    [e] = happenings(process(text, "2024-10-08"))
    assert (e.sub_event_type, e.actor1, e.actor2) == (et.PROTEST_WITH_INTERVENTION, "Protesters (Afghanistan)",
                                                      "Taliban")
    riot = "Protesters stormed the parliament building in Nairobi on Tuesday and set part of it on fire."
    assert kinds(process(riot, "2024-06-26")) == [(et.RIOTS, et.VIOLENT_DEMONSTRATION)]


def test_a_country_named_before_border_is_over_it_not_the_storys(process):
    text = ("Mali army suffers heavy losses near Algeria border\n\nBAMAKO (Reuters) - Rebels said they had killed "
            "dozens of Malian soldiers in fighting near Zzyzaten, close to the Algerian border.")
    [e] = [e for e in happenings(process(text, "2024-07-29")) if e.location == "Zzyzaten"]
    assert (e.country, e.fatalities) == ("Mali", 12)


def test_a_dateline_of_the_storys_own_country_still_counts_toward_its_one_country(process):
    text = ("MAPUTO (Wire) - Rwandan and Mozambican forces recaptured Mocimboa da Praia in Cabo Delgado province on "
            "Sunday. Rwanda deployed 1,000 troops in July. They first cleared the road to Palma and retook the village "
            "of Zzyzwa on Aug. 2.")
    [e] = happenings(process(text, "2021-08-09"), "Zzyzwa")
    assert (e.country, e.place_name) == ("Mozambique", "Cabo Delgado")  # (the story's province, not the country's
    # point; and "They first cleared the road … and retook": the pronoun the parse makes the subject of both)


def test_militias_a_force_took_a_town_together_with_are_its_allies_not_whom_it_took_it_from(process):
    text = ("Iraqi troops captured Garma, a town northeast of Falluja, on Tuesday together with the Shi'ite militias of "
            "the Popular Mobilisation Forces.")
    [e] = happenings(process(text, "2016-05-30"), "Garma")
    assert (e.actor1, e.actor2) == ("Military Forces of Iraq", "")


def test_an_ambush_near_the_border_with_a_country_is_not_in_that_country(process):
    text = ("At least 17 Nigerien soldiers were killed when their convoy was ambushed by suspected jihadists near the "
            "border with Mali, Niger's defence ministry said on Tuesday.")
    assert "Mali" not in {e.country for e in happenings(process(text, "2023-08-17"))}


def test_a_region_a_side_was_pushed_toward_contains_none_of_the_towns_taken(process):
    text = ("Sudan's army broke the siege of El Obeid, the capital of North Kordofan state, on Sunday. Its columns "
            "retook the town of Zzyzrw in recent days, pushing the Rapid Support Forces west toward the Darfur region.")
    [e] = [e for e in happenings(process(text, "2025-02-25")) if e.location == "Zzyzrw"]
    assert e.place_name != "Darfur"


def test_a_groups_full_name_before_its_known_letters_is_that_group(process):
    text = ("At least 23 people were killed in clashes between the National Liberation Army (ELN) and dissidents of the "
            "former FARC in Colombia's Arauca province, the government said on Monday.")
    [e] = happenings(process(text, "2022-01-04"))
    assert {e.actor1, e.actor2} == {"National Liberation Army (ELN)", "FARC Dissidents"} and e.fatalities == 23


def test_its_forces_after_a_sentence_a_country_is_the_subject_of_are_that_countrys(process):
    text = ("Turkey launched the operation on Jan. 20. Its forces first captured villages along the border, then seized "
            "the Syrian town of Jandaris on March 8.")
    [e] = happenings(process(text, "2018-03-19"), "Jandaris")
    assert (e.actor1, e.sub_event_type) == ("Military Forces of Turkey", et.NSA_TAKEOVER)


def test_what_a_side_said_and_that_its_forces_did_is_news_not_a_relative_clause(process):
    text = ("Russian shelling killed two civilians in Kostiantynivka on Thursday. Ukraine's military said heavy fighting "
            "was going on in Soledar and that its forces had repelled attacks near the village of Krasna Hora.")
    assert "Krasna Hora" in places(process(text, "2023-01-14"))


def test_fighters_killed_or_captured_are_people_taken_not_a_place(process):
    text = ("Government forces said their troops had stormed Gharyan, about 80 km south of Tripoli, and that dozens of "
            "the rebels were killed or captured.")
    assert not [e.location for e in happenings(process(text, "2019-06-27")) if e.sub_event_type in (
        et.GOV_REGAINS, et.NSA_TAKEOVER)]  # (Gharyan was stormed, Tripoli is where it is measured from)


def test_a_group_that_claimed_an_attack_is_its_doer(process):
    text = "ISKP claimed an attack on a Sufi shrine in Mazar-i-Sharif on Thursday that killed at least five people."
    [e] = happenings(process(text, "2024-11-12"))
    assert (e.actor1, e.fatalities) == ("Islamic State Khorasan Province", 5)


def test_a_town_which_a_side_took_days_later_is_its_taking_dated_from_the_day_told(process):
    text = ("The counteroffensive began on Sept. 6 near Zzyzbal, which Ukrainian troops took two days later. They then "
            "advanced east and retook Kupiansk on Saturday.")
    result = process(text, "2022-09-11")
    assert [(s.location, s.event_date) for s in result.route] == [
        ("Zzyzbal", dt.date(2022, 9, 8)), ("Kupiansk", dt.date(2022, 9, 10))]


def test_a_named_hotel_is_in_the_town_the_report_is_filed_from(process):
    text = ("MOGADISHU (Reuters) - Security forces ended a siege by al Shabaab militants at a hotel in the capital on "
            "Saturday, police said.\n\nThe militants stormed the Zzyzhot Hotel on Friday evening after detonating two "
            "car bombs outside.")
    [e] = [e for e in happenings(process(text, "2022-08-21")) if e.location == "Zzyzhot Hotel"]
    assert e.place_name == "Mogadishu"


def test_a_protest_the_police_fired_on_in_the_next_clause_is_the_polices_excessive_force(process):
    text = "Thousands of students protested in Dhaka on Monday; police fired live rounds, killing two protesters."
    [e] = happenings(process(text, "2024-07-16"))
    assert (e.sub_event_type, e.actor1, e.actor2, e.fatalities) == (
        et.EXCESSIVE_FORCE, "Police Forces of Bangladesh", "Protesters (Bangladesh)", 2)


def test_a_named_speaker_said_it_had_seized_a_base_not_the_army_its_apposition_names(process):
    text = ("The Arakan Army, an ethnic armed group fighting Myanmar's military government, said on Friday it had "
            "seized the headquarters of the army's Western Command in the town of Ann.")
    assert {(e.sub_event_type, e.actor1) for e in happenings(process(text, "2024-12-21"))} == {
        (et.NSA_TAKEOVER, "Arakan Army")}


def test_power_seized_in_a_coup_is_no_territory_and_a_town_which_was_taken_is_not_the_country_over_its_border(process):
    coup = "Mali's junta, which seized power in a coup on March 22, called for international help."
    assert not [e for e in happenings(process(coup, "2012-04-02")) if e.sub_event_type == et.GOV_REGAINS]
    text = ("The rebels now control most of Rakhine state, including the town of Zzyzmaw on the border with "
            "Bangladesh, which they took on Dec. 8.")
    assert [e.location for e in happenings(process(text, "2024-12-21"))] == ["Zzyzmaw"]


def test_an_ambush_told_without_a_place_is_where_the_sentence_after_says_its_unit_was_attacked(process):
    text = ("At least nine Nigerien soldiers were killed when their patrol was ambushed by jihadists near the border "
            "with Burkina Faso, the army said. The unit was attacked near the village of Zzyztin in the Tahoua region.")
    events = [(e.location, e.country, e.fatalities) for e in happenings(process(text, "2023-08-17"))]
    assert events == [("Zzyztin", "Niger", 9)]


def test_troops_re_entering_a_town_regain_it(process):
    text = ("Congolese army troops re-entered the town of Bunia on Friday, a week after CODECO militiamen drove them "
            "out.")
    assert {(e.location, e.sub_event_type, e.actor1, e.event_date) for e in happenings(process(text, "2023-06-11"))
            if e.location == "Bunia" and e.sub_event_type == et.GOV_REGAINS} == {
        ("Bunia", et.GOV_REGAINS, "Military Forces of the Democratic Republic of Congo", dt.date(2023, 6, 9))}


def test_a_camp_at_the_edge_of_a_town_and_a_pocket_at_a_village_are_taken_where_the_text_puts_them(process):
    text = ("Islamic State fighters overran the army camp at the edge of Deir ez-Zor on Monday. On Wednesday the "
            "army said it had captured the militants' last pocket of territory at the village of Mayadin.")
    assert {e.location for e in happenings(process(text, "2017-11-03")) if e.sub_event_type in (
        et.NSA_TAKEOVER, et.GOV_REGAINS)} == {"Deir ez-Zor", "Mayadin"}


def test_a_groups_habit_told_in_the_present_is_no_happening(process):
    text = "Al-Shabaab militants still carry out bombings and ambushes in Mogadishu, officials said on Monday."
    assert not happenings(process(text, "2023-05-02"))


def test_people_taken_hostage_with_the_object_between_are_abducted(process):
    text = "Gunmen stormed a village near Kaduna on Sunday and took the imam and about forty worshippers hostage."
    assert et.ABDUCTION in {e.sub_event_type for e in happenings(process(text, "2022-03-08"))}
    talks = "Officials in Kaduna held talks with community leaders on the release of the hostages on Sunday."
    assert not happenings(process(talks, "2022-03-08"))


def test_fighters_going_from_house_to_house_looting_is_looting_not_an_intention(process):
    text = "In Kassala on Sunday, RSF fighters went from house to house looting cars, phones and money."
    assert [(e.sub_event_type, e.actor1) for e in happenings(process(text, "2023-12-19"))] == [
        (et.LOOTING, "Rapid Support Forces")]


def test_they_after_a_sentence_is_its_main_clauses_subject_not_a_subordinate_ones(process):
    text = ("Boko Haram fighters stormed the town of Damboa on Monday after army jets bombed their camps in the "
            "Sambisa forest. They set fire to the market in Konduga.")
    assert [(e.actor1, e.event_date) for e in happenings(process(text, "2020-06-10"), "Konduga")] == [
        ("Boko Haram", dt.date(2020, 6, 8))]


def test_the_city_is_not_the_town_its_defenders_fell_back_towards(process):
    text = ("M23 rebels seized Goma on Tuesday. Most army units fell back west toward Sake, though officials said "
            "six soldiers were killed in fighting north of the city.")
    assert {e.location for e in happenings(process(text, "2012-11-21"))} == {"Goma"}


def test_a_short_sentence_opening_on_its_day_sets_the_time_of_the_next(process):
    text = ("Rebels took the town of Ndele on Monday. On Wednesday the offensive went on. Rebel columns captured "
            "the town of Kaga-Bandoro, 200 km to the south.")
    assert {e.location: e.event_date for e in happenings(process(text, "2013-03-15"))
            if e.sub_event_type == et.NSA_TAKEOVER}["Kaga-Bandoro"] == dt.date(2013, 3, 13)
    said = ("Rebels took the town of Ndele on Monday. The crossing, which opened on Wednesday, stayed busy. Rebel "
            "columns captured the town of Kaga-Bandoro, 200 km to the south.")
    assert {e.location: e.event_date for e in happenings(process(said, "2013-03-15"))
            if e.sub_event_type == et.NSA_TAKEOVER}["Kaga-Bandoro"] != dt.date(2013, 3, 13)


def test_armed_herders_killing_farmers_are_a_communal_militia_attacking_civilians(process):
    text = "Armed herders killed five farmers in Bokkos local government area, Plateau state, on Tuesday night."
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in happenings(process(text, "2024-04-12"))] == [
        (et.ATTACK, "Communal Militia (Nigeria)", 5)]


def test_a_raid_on_a_camp_where_clashes_broke_out_is_the_raiders_clash(process):
    text = ("Israeli troops raided the Nur Shams refugee camp near Tulkarm on Thursday, and clashes broke out with "
            "armed Palestinians; two gunmen were killed.")
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in happenings(process(text, "2024-04-20"))] == [
        (et.ARMED_CLASH, "Military Forces of Israel", 2)]


def test_gunfire_told_inside_an_attack_on_a_post_is_that_attacks_and_the_attacks_led_by_a_band_are_its(process):
    text = ("Gunmen attacked the police station in Mirebalais late on Friday, overpowering the officers inside after "
            "hours of gunfire. The attacks were led by Viv Ansanm, a coalition of gangs.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in happenings(process(text, "2024-04-02"))] == [
        (et.ARMED_CLASH, "Viv Ansanm", "Police Forces of Haiti")]


def test_a_town_a_force_abandoned_hours_before_others_moved_in_is_theirs(process):
    text = ("Somali government troops moved into Burhakaba on Saturday, which al-Shabaab fighters abandoned "
            "overnight.")
    assert [(e.location, e.sub_event_type, e.actor1, e.actor2) for e in happenings(process(text, "2023-08-28"))] == [
        ("Burhakaba", et.GOV_REGAINS, "Military Forces of Somalia", "Al-Shabaab")]


def test_civilians_killed_by_stray_bullets_in_an_unknown_village_are_an_event_in_the_storys_district(process):
    text = ("M23 rebels seized the town of Zzyzgana on Congo's border with Uganda on Monday. Two civilians were "
            "killed by stray bullets in the village of Zzyzbindi, a local official said. Fighting has displaced "
            "thousands of people in Rutshuru territory since March, when the rebels attacked two villages.")
    events = {(e.location, e.sub_event_type, e.place_name, e.geo_precision)
              for e in happenings(process(text, "2022-06-14"))}
    assert events == {("Zzyzgana", et.NSA_TAKEOVER, "Rutshuru Territory", 2),
                      ("Zzyzbindi", et.ATTACK, "Rutshuru Territory", 2)}


def test_a_capital_that_denies_a_charge_is_the_government_speaking_not_a_place(process):
    text = ("M23 rebels seized Bunia on Monday. Congo's army accused Rwandan troops of fighting alongside the "
            "rebels, a charge Kigali denies.")
    assert "Kigali" not in {e.location for e in happenings(process(text, "2022-06-14"))}


def test_a_taking_measured_as_the_biggest_since_a_past_year_is_todays_news(process):
    # (a guard: a count "since March" is a sum wherever the clause opener cuts the date; a record is not)
    text = ("Taliban fighters overran the city of Ghazni on Monday, seizing government buildings in their biggest "
            "victory since the 2001 invasion.")
    assert [(e.location, e.sub_event_type, e.event_date) for e in happenings(process(text, "2018-08-14"))] == [
        ("Ghazni", et.NSA_TAKEOVER, dt.date(2018, 8, 13))]


def test_strikes_told_as_thousands_of_times_over_a_battle_are_a_sum_not_a_strike(process):
    text = ("Coalition warplanes struck Mosul thousands of times during the battle, a monitoring group said on "
            "Tuesday.")
    assert not happenings(process(text, "2017-07-12"))


def test_a_roundabout_the_gazetteer_lacks_is_a_part_of_the_town_it_is_in(process):
    text = ("Syrian Democratic Forces took the Zzyzrama roundabout in Raqqa on Oct. 13, and on Tuesday said they had "
            "taken full control of Raqqa.")
    assert [(e.location, e.place_name, e.geo_precision) for e in happenings(process(text, "2017-10-18"))
            if e.location == "Zzyzrama"] == [("Zzyzrama", "Ar Raqqah", 2)]


def test_a_taking_from_those_who_had_held_the_town_since_a_past_month_is_news(process):
    # (a guard: a clause counted "since" a past month is a sum, but not through a relative clause's state)
    text = "Nigerian troops retook Bama on Saturday, March 14, from militants who had held it since September."
    assert [(e.location, e.sub_event_type, e.event_date) for e in happenings(process(text, "2015-03-17"))] == [
        ("Bama", et.GOV_REGAINS, dt.date(2015, 3, 14))]


def test_tear_gas_used_against_a_crowd_is_a_protest_broken_up(process):
    text = "Riot police used tear gas and water cannon against opposition supporters in Lusaka on Tuesday."
    assert [(e.sub_event_type, e.actor2) for e in happenings(process(text, "2024-10-16"))] == [
        (et.PROTEST_WITH_INTERVENTION, "Police Forces of Zambia")]


def test_a_withdrawal_without_a_fight_and_the_recapture_of_the_town_are_one_change_of_hands(process):
    text = ("Somali troops recaptured the town of Adale on Friday, the ministry said. Al-Shabaab fighters withdrew "
            "from Adale without a fight, residents said.")
    assert [(e.location, e.sub_event_type) for e in happenings(process(text, "2023-08-27"))] == [
        ("Adale", et.GOV_REGAINS)]


def test_gunmen_attacking_a_village_attack_its_people_and_the_toll_told_next_is_theirs(process):
    text = "Gunmen attacked the village of Zzyzamfa in Kaduna state on Sunday. Five people were killed, police said."
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in happenings(process(text, "2024-10-15"))] == [
        (et.ATTACK, "Unidentified Armed Group (Nigeria)", "Civilians (Nigeria)", 5)]


def test_a_fight_told_without_a_place_just_after_a_push_into_a_town_is_there_on_the_pushs_day(process):
    text = ("PANGI, Congo, March 2 (Reuters) - M23 rebels pushed into the town of Sake on Sunday and raised their "
            "flag over the market.\n\nWazalendo militiamen clashed with them street by street, residents said.")
    (e,) = happenings(process(text, published="2023-03-02"))
    assert (e.location, e.sub_event_type, e.event_date) == ("Sake", et.ARMED_CLASH, dt.date(2023, 2, 26))
    text = "M23 rebels pushed into the town of Sake on Sunday. Three weeks later, peace talks resumed in Luanda."
    assert happenings(process(text, published="2023-03-02")) == []  # (no fight told: an advance, no event)


def test_villages_taken_around_the_town_told_before_are_put_at_that_town(process):
    text = ("Al-Shabaab fighters attacked Beledweyne on Monday. In January the group overran dozens of villages "
            "around the town.")
    taken = [e for e in happenings(process(text, published="2023-03-02")) if e.sub_event_type == et.NSA_TAKEOVER]
    assert [(e.location, e.event_date) for e in taken] == [("Beledweyne", dt.date(2023, 1, 1))]
    text = "Al-Shabaab fighters attacked Beledweyne on Monday. In January the group seized weapons in the town."
    assert [e.sub_event_type for e in happenings(process(text, published="2023-03-02"))] == [et.ARMED_CLASH]


def test_a_hill_is_no_town_and_a_border_town_is_in_the_country_it_is_named_for(process):
    text = ("ISTANBUL, Oct 10 (Reuters) - Rebels fought government troops in the Syrian border town of Azaz on "
            "Friday, near the frontier with Turkey. Two days earlier the rebels seized the hill of Zzyzxtepe, which "
            "overlooks Azaz from the west. Government warplanes struck rebel positions near the town overnight.")
    events = happenings(process(text, published="2014-10-10"))
    hill = next(e for e in events if e.location == "Zzyzxtepe")
    assert (hill.country_code, hill.event_date) == ("SY", dt.date(2014, 10, 8))  # (Azaz's, not Turkey's point)
    assert great_circle((hill.latitude, hill.longitude), (36.59, 37.05)).km < 10
    strike = next(e for e in events if e.sub_event_type == et.AIR_STRIKE)
    assert strike.location == "Azaz"  # ("the town" is Azaz: the hill is no town)


def test_a_taking_told_a_day_before_a_retaking_is_the_one_told_again_with_its_day(process):
    text = ("Malian soldiers retook the town of Zzyzxkonna from Islamist rebels on Friday, a day after the militants "
            "captured it, Mali's army said on Saturday. The Islamists, led by Ansar Dine, seized Zzyzxkonna on "
            "Thursday, routing the army.")
    taken = [(e.sub_event_type, e.event_date) for e in happenings(process(text, published="2013-01-12"))]
    assert sorted(taken) == [(et.GOV_REGAINS, dt.date(2013, 1, 11)), (et.NSA_TAKEOVER, dt.date(2013, 1, 10))]


def test_a_peoples_defence_force_is_an_armed_organisation_and_a_countrys_is_its_army(process):
    text = ("The Zzyzxian Nationalities Defence Force (ZNDF) said on Sunday its fighters had captured 10 junta "
            "positions in Loikaw.")
    (e,) = happenings(process(text, "2023-11-13"))
    assert (e.sub_event_type, e.actor1) == (et.NSA_TAKEOVER, "Zzyzxian Nationalities Defence Force")
    text = "The Kenya Defence Forces said its troops killed 12 al-Shabaab fighters near Garissa on Monday."
    (e,) = happenings(process(text, "2024-05-02"))
    assert (e.actor1, e.actor2) == ("Military Forces of Kenya", "Al-Shabaab")


def test_where_a_missile_was_fired_from_is_not_where_it_hit(process):
    text = ("Syrian government forces broke the siege of the city of Deir al-Zor on Tuesday. Russia said a cruise "
            "missile fired from a frigate in the Mediterranean had hit Islamic State positions near the city.")
    strikes = [e for e in happenings(process(text, "2017-09-06")) if e.event_type == et.REMOTE]
    assert [(e.location, e.country_code) for e in strikes] == [("Deir al-Zor", "SY")]


def test_a_verb_in_the_progressive_is_the_subjects_act_not_a_passive(process):
    text = "Russian forces are shelling Kupiansk and attacking Ivanivske, the Ukrainian military said on Monday."
    found = {e.location: (e.sub_event_type, e.actor1) for e in happenings(process(text, "2024-04-08"))}
    assert found["Kupiansk"] == (et.SHELLING, "Military Forces of Russia")
    text = "Ukrainian troops were being shelled in Kupiansk, the military said on Monday."
    (e,) = happenings(process(text, "2024-04-08"))
    assert (e.actor1, e.actor2) == ("", "Military Forces of Ukraine")


def test_a_fight_repelled_in_the_past_day_is_news(process):
    text = ("Russian forces attacked Chasiv Yar on Sunday. Ukrainian drones struck a refinery in Samara. He said the "
            "67th Brigade had repelled 18 attacks near the village of Ivanivske in the past day.")
    found = {e.location: (e.actor1, e.event_date) for e in happenings(process(text, "2024-04-08"))}
    assert found["Ivanivske"] == ("Military Forces of Ukraine", dt.date(2024, 4, 8))


def test_a_killing_told_after_a_fronted_subordinate_taking_is_its_own_attack(process):
    text = ("Rebels seized Bentiu on April 15. In the hours after they took the town, gunmen killed 200 people in a "
            "mosque.")
    found = sorted((e.sub_event_type, e.fatalities) for e in happenings(process(text, "2014-04-22")))
    assert found == [(et.ATTACK, 200), (et.NSA_TAKEOVER, 0)]


def test_the_group_after_a_fight_against_the_storys_group_is_the_storys_group(process):
    text = ("Islamic State fighters pushed into the Syrian town of Kobani on Monday, Kurdish officials said. Kurdish "
            "fighters of the People's Protection Units (YPG) were fighting them street by street. The offensive "
            "began in mid-September, when the group overran dozens of villages around Kobani.")
    taken = [e for e in happenings(process(text, "2014-10-07")) if e.sub_event_type == et.NSA_TAKEOVER]
    assert [e.actor1 for e in taken] == ["Islamic State"]


def test_one_more_soldier_also_killed_adds_to_the_encounters_toll(process):
    text = ("On 16 August 2024, security forces killed two suspected militants in an encounter in Kupwara district, "
            "police said. An army soldier was also killed.")
    assert [e.fatalities for e in happenings(process(text, "2024-08-20"))] == [3]


def test_civilians_killed_by_stray_bullets_after_a_clash_are_its_dead(process):
    text = ("On 19 August 2024, M23 rebels and Wazalendo militiamen clashed near Sake, North Kivu. At least four "
            "civilians were killed by stray bullets.")
    assert [(e.sub_event_type, e.fatalities) for e in happenings(process(text, "2024-08-20"))] == [
        (et.ARMED_CLASH, 4)]
    text = "On 19 August 2024, gunmen killed four civilians in Sake, North Kivu, residents said."
    assert [e.sub_event_type for e in happenings(process(text, "2024-08-20"))] == [et.ATTACK]


def test_villagers_who_repel_an_attack_are_a_communal_militia_in_a_clash(process):
    text = "On 17 August 2024, villagers in Kaduna state repelled an attack by bandits, killing five of them."
    (e,) = happenings(process(text, "2024-08-20"))
    assert (e.sub_event_type, e.inter2, e.fatalities) == (et.ARMED_CLASH, et.IDENTITY_MILITIA, 5)


def test_a_drone_strike_told_after_a_states_raid_in_its_sentence_is_that_states(process):
    text = ("On 18 August 2024, Israeli forces raided a refugee camp in Tulkarem; a drone strike killed five "
            "Palestinians, the health ministry said.")
    strikes = [e for e in happenings(process(text, "2024-08-20")) if e.sub_event_type == et.AIR_STRIKE]
    assert [(e.actor1, e.fatalities) for e in strikes] == [("Military Forces of Israel", 5)]


def test_a_state_military_that_bombed_a_place_struck_from_the_air(process):
    text = "On 19 August 2024, the Myanmar military bombed a monastery in Mandalay, killing seven displaced people."
    (e,) = happenings(process(text, "2024-08-20"))
    assert (e.sub_event_type, e.actor1, e.fatalities) == (et.AIR_STRIKE, "Military Forces of Myanmar", 7)
    text = "On 19 August 2024, a roadside bomb killed two soldiers near Mandalay."
    assert [e.sub_event_type for e in happenings(process(text, "2024-08-20"))] == [et.REMOTE_EXPLOSIVE]


def test_a_taking_counted_two_weeks_back_is_the_one_dated_within_that_week(process):
    text = ("Army troops re-entered the town of Falam on Tuesday, two weeks after Chin rebels drove the junta's forces "
            "out of the town. The rebels had captured the army's last base near Falam on April 11.")
    taken = [(e.sub_event_type, e.event_date) for e in happenings(process(text, "2024-04-24"))]
    assert sorted(taken) == [(et.GOV_REGAINS, dt.date(2024, 4, 23)), (et.NSA_TAKEOVER, dt.date(2024, 4, 11))]


def test_a_placeless_toll_of_the_past_day_joins_the_fight_of_its_day_not_an_older_one(process):
    text = ("The president said on Wednesday that government forces had withdrawn from Debaltseve after rebels "
            "surrounded it.\n\nThe rebels began their offensive in late January, first capturing the nearby town of "
            "Vuhlehirsk on Feb. 5.\n\nAt least 13 soldiers were killed in the past day, a military spokesman said.")
    found = {e.location: e.fatalities for e in happenings(process(text, "2015-02-19"))}
    assert found == {"Debaltseve": 13, "Vuhlehirsk": 0}


def test_a_band_named_before_gang_and_by_its_possessive_is_named_by_its_name(process):
    text = ("Members of the Zzyzx Grif gang killed at least 70 people in an attack on the town of Saint-Marc on "
            "Thursday. Zzyzx Grif's leader said in a video that the attack was revenge.")
    (e,) = happenings(process(text, "2024-10-04"))
    assert (e.actor1, e.fatalities) == ("Zzyzx Grif", 70)


def test_soldiers_a_states_military_says_were_killed_are_its_own(process):
    text = ("Israeli troops fought Hezbollah fighters in southern Lebanon on Wednesday. The Israeli military said "
            "eight soldiers had been killed in the fighting near Maroun al-Ras on Wednesday.")
    found = [(e.actor1, e.actor2) for e in happenings(process(text, "2024-10-03"))]
    assert all("Lebanon" not in a1 + a2 for a1, a2 in found) and found


def test_a_beach_or_a_district_of_a_town_is_put_at_that_town_and_reported_by_its_name(process):
    text = ("Al Shabaab militants killed 32 people in an attack in Mogadishu on Friday night, police said. A suicide "
            "bomber blew himself up at a restaurant on Zzyzx beach before gunmen stormed the area.")
    r = process(text, "2024-08-03")
    beach = [e for e in happenings(r) if e.location == "Zzyzx"]
    assert beach and all(great_circle((e.latitude, e.longitude), (2.04, 45.34)).km < 15 for e in beach)
    text = "An Israeli strike on a building in central Beirut's Zzyzxoura district killed nine people on Thursday."
    r = process(text, "2024-10-04")
    (e,) = happenings(r)
    assert (e.location, e.place_name) == ("Zzyzxoura", "Beirut")
    assert "Zzyzxoura" in {u.name for u in r.unplaced}


def test_the_gunmen_opening_a_sentence_are_the_doers_of_the_attack_told_before(process):
    text = ("Suspected Boko Haram militants killed at least 81 people in an attack on the village of Mafa in Yobe "
            "state on Sunday, police said. The gunmen arrived on motorcycles and opened fire on residents at a market.")
    assert [(e.location, e.fatalities) for e in happenings(process(text, "2024-09-05"))] == [("Mafa", 81)]


def test_rebel_forces_that_marched_into_a_city_took_it(process):
    text = "Rebel forces led by Laurent Kabila marched into Kinshasa on Saturday, completing a seven-month advance."
    (e,) = happenings(process(text, "1997-05-17"))
    assert (e.location, e.sub_event_type, e.inter1) == ("Kinshasa", et.NSA_TAKEOVER, et.REBEL_GROUP)
    text = "Protesters marched into the city centre on Saturday, chanting slogans against the government."
    assert [e.sub_event_type for e in happenings(process(text, "1997-05-17"))] in ([], [et.PEACEFUL_PROTEST])


def test_a_town_that_fell_to_a_coalition_is_its_taking_and_the_coalitions_words_are_no_place(process):
    (e,) = happenings(process("Herat fell to the Northern Alliance on Monday.", "2001-11-13"))
    assert (e.location, e.actor1, e.sub_event_type) == ("Herat", "Northern Alliance", et.NSA_TAKEOVER)


def test_its_forces_after_a_named_bands_taking_are_that_bands(process):
    text = ("Northern Alliance fighters rolled into Kabul on Tuesday after the Taliban abandoned the capital. The "
            "opposition's sweep began on Friday, when its forces captured the northern city of Mazar-i-Sharif.")
    found = {e.location: (e.actor1, e.sub_event_type) for e in happenings(process(text, "2001-11-13"))}
    assert found["Mazar-i-Sharif"] == ("Northern Alliance", et.NSA_TAKEOVER)


def test_a_countrys_name_before_its_marines_and_its_armys_division_say_whose(process):
    text = ("U.S. Marines took the town of Kut on Thursday after fighting with Republican Guard units. The U.S. "
            "Army's 3rd Infantry Division fought Iraqi troops in Najaf on Friday.")
    found = {e.location: e.actor1 for e in happenings(process(text, "2003-04-05"))}
    assert found == {"Kut": "Military Forces of the United States", "Najaf": "Military Forces of the United States"}


def test_a_drone_shot_down_or_intercepted_is_disrupted_weapons_use(process):
    text = "On 7 September 2024, Houthi rebels shot down a U.S. MQ-9 Reaper drone over Marib province."
    (e,) = happenings(process(text, "2024-09-10"))
    assert (e.sub_event_type, e.actor1) == (et.DISRUPTED_WEAPONS, "Houthis")
    text = "Ukrainian air defences intercepted 20 Russian drones over Kyiv overnight, the military said."
    (e,) = happenings(process(text, "2024-09-10"))
    assert (e.sub_event_type, e.actor1) == (et.DISRUPTED_WEAPONS, "Military Forces of Ukraine")
    assert happenings(process("The striker shot down the wing and crossed into the box.", "2024-09-10")) == []


def test_a_town_written_after_its_district_is_where_it_happened(process):
    text = "Gunmen attacked civilians in Kurram district, Parachinar town, on Monday, killing two."
    assert [e.location for e in happenings(process(text, "2024-05-02"))] == ["Parachinar"]
    text = "Gunmen attacked a bus in Kupwara district, 80 km from Srinagar, on Monday, killing two."
    assert [e.location for e in happenings(process(text, "2024-05-02"))] == ["Kupwara"]  # (a reference point)
    text = "Soldiers shot dead two militants in an encounter in Kupwara district, Jammu and Kashmir, on Monday."
    assert [e.location for e in happenings(process(text, "2024-05-02"))] == ["Kupwara"]  # (the state after it)
    text = "Gunmen attacked civilians in Parachinar, Kurram district, on Monday, killing two."
    assert [e.location for e in happenings(process(text, "2024-05-02"))] == ["Parachinar"]


def test_police_firing_live_rounds_at_opposition_supporters_is_excessive_force(process):
    text = "Police fired live rounds at opposition supporters in Maputo on Thursday, killing three people."
    (e,) = happenings(process(text, "2024-11-08"))
    assert (e.sub_event_type, e.fatalities, e.actor2) == (et.EXCESSIVE_FORCE, 3, "Protesters (Mozambique)")


def test_it_in_a_where_clause_fought_both_sides_named_after_the_verb_on_the_clauses_day(process):
    text = ("M23 rebels seized the town of Minova on Tuesday. The group then pushed towards Sake, 25 km west of Goma, "
            "where it clashed with Congolese troops and allied militias on Wednesday.")
    clash = next(e for e in happenings(process(text, "2025-01-23")) if e.sub_event_type == et.ARMED_CLASH)
    assert (clash.location, clash.actor1, clash.event_date) == ("Sake", "M23", dt.date(2025, 1, 22))


def test_blasts_told_again_with_their_places_refine_a_countrywide_report_and_devices_hit_their_users(process):
    text = ("Pagers used by Hezbollah members exploded across Lebanon on Tuesday afternoon, killing at least 12 "
            "people. The blasts hit the southern city of Tyre and the Bekaa valley, security sources said.\n\nA day "
            "later, walkie-talkies used by the group exploded, killing 20 people, including at a funeral in Beirut "
            "for those killed on Tuesday.")
    found = {(e.location, e.event_date, e.fatalities, e.actor1) for e in happenings(process(text, "2024-09-19"))}
    assert ("Tyre", dt.date(2024, 9, 17), 12, "Unidentified Armed Group (Lebanon)") in found
    assert ("Beirut", dt.date(2024, 9, 18), 20, "Unidentified Armed Group (Lebanon)") in found


def test_a_fight_reported_by_its_teller_is_dated_by_the_day_it_began(process):
    text = ("BAMAKO, July 29 (Reuters) - Tuareg rebels said on Monday they had killed dozens of Wagner mercenaries in "
            "heavy fighting near Kidal.\n\nThe fighting began on Thursday and lasted until Saturday, the rebel "
            "alliance CSP-DPA said.")
    (e,) = happenings(process(text, "2024-07-29"))
    assert (e.location, e.event_date) == ("Kidal", dt.date(2024, 7, 25))


def test_a_historic_town_is_no_history_and_a_nouns_own_launch_is_no_takings_date(process):
    text = ("Ethiopia's military has recaptured the towns of Dessie and Kombolcha from Tigrayan forces, the government "
            "said on Monday, the latest gain in a counteroffensive launched last month. The army had retaken "
            "Zzyzx Robit and the historic town of Lalibela last week, a spokesman said.")
    found = {e.location: e.event_date for e in happenings(process(text, "2021-12-07"))}
    assert found["Dessie"] == found["Kombolcha"] == dt.date(2021, 12, 6)
    assert found["Lalibela"] == found["Zzyzx Robit"] == dt.date(2021, 11, 30)
    zzyzx = next(e for e in happenings(process(text, "2021-12-07")) if e.location == "Zzyzx Robit")
    assert zzyzx.place_name != "Lalibela"  # (a place listed with another is not inside it)


def test_a_village_whose_name_ends_in_a_districts_is_the_village_not_that_district(process):
    text = ("A drone attack hit the nearby village of Zzyzx Chirang in Imphal West district, Manipur, on Monday, "
            "wounding three people.")
    r = process(text, "2024-09-03")
    (e,) = happenings(r)
    assert (e.location, e.place_name) == ("Zzyzx Chirang", "Imphal West")  # (not Chirang district, in Assam)
    assert "Zzyzx Chirang" in {u.name for u in r.unplaced}


def test_a_countrys_toll_no_one_of_several_towns_can_take_is_kept(process):
    text = ("At least 49 Armenian soldiers were killed when Azerbaijani forces shelled towns inside Armenia overnight, "
            "officials said on Tuesday. Azerbaijan had attacked with artillery in the direction of the towns of Goris, "
            "Sotk and Jermuk, the defence ministry said.")
    events = happenings(process(text, "2022-09-13"))
    assert sum(e.fatalities for e in events) == 49
    assert {e.location for e in events} >= {"Goris", "Sotk", "Jermuk"}


def test_a_clash_between_two_peoples_men_is_between_two_communal_militias(process):
    text = ("On 14 October 2024, a clash between Fulani herders and Bachama farmers in Numan LGA, Adamawa state, left "
            "seven people dead.")
    (e,) = happenings(process(text, "2024-10-15"))
    assert (e.sub_event_type, e.inter1, e.inter2, e.fatalities) == (
        et.ARMED_CLASH, et.IDENTITY_MILITIA, et.IDENTITY_MILITIA, 7)


def test_the_citys_camp_the_city_after_a_hospital_in_it_and_the_port_are_the_town_told_before(process):
    text = ("Militiamen stormed the Central Hospital in Kadugli on Sunday, firing on patients. The militia has "
            "besieged the city since March. Shelling of the city's Zzyzx camp killed nine displaced people on "
            "Tuesday. The army said its aircraft had struck militia positions east of the city.")
    events = [e for e in process(text, published="2024-06-14").events if not e.is_context]
    assert {e.place_name for e in events} == {"Kadugli"}
    shelled = next(e for e in events if e.sub_event_type == "Shelling/artillery/missile attack")
    assert (shelled.location, shelled.geo_precision) == ("Zzyzx", 2)
    port = ("Government troops advanced on the port city of Kismayo on Friday. Warships of the Kenyan navy shelled "
            "militant positions near the port, a spokesman said.")
    [shelling] = [e for e in process(port, published="2012-09-29").events if "Shelling" in e.sub_event_type]
    assert shelling.location == "Kismayo"


def test_an_attack_that_only_wounded_is_an_event_by_its_weapon_or_its_armed_doer(process):
    cases = [("A grenade thrown into a bar in Bujumbura on Saturday night wounded 14 people.", "Grenade"),
             ("A roadside bomb wounded four soldiers near Bannu on Saturday.", "Remote explosive/landmine/IED"),
             ("Gunmen wounded four villagers in Bannu on Saturday.", "Attack")]
    for text, sub in cases:
        [event] = [e for e in process(text, published="2024-07-08").events if not e.is_context]
        assert (event.sub_event_type, event.fatalities) == (sub, 0)
    for quiet in ("The striker was injured in the match against Bujumbura on Saturday.",
                  "Soldiers were injured in a training exercise in Bannu on Saturday."):
        assert [e for e in process(quiet, published="2024-07-08").events if not e.is_context] == []


def test_a_mob_burning_a_police_station_is_mob_violence_not_the_polices_force(process):
    text = "At least five people died when a mob set fire to a police station in Bhola on Monday."
    [riot] = [e for e in process(text, published="2024-07-08").events if not e.is_context]
    assert (riot.sub_event_type, riot.actor1, riot.fatalities) == ("Mob violence", "Rioters (Bangladesh)", 5)


def test_a_counter_attack_prepared_for_is_none_yet(process):
    text = "Shiite militias massed at the Habbaniya base east of Ramadi on Monday in preparation for a counter-attack."
    assert [e for e in process(text, published="2015-05-18").events if not e.is_context] == []
    readied = ("Syrian jets struck rebel-held Idlib city on Sunday, killing at least seven civilians. The army said it "
               "had redeployed its forces to prepare a counter-attack.")
    assert [e.sub_event_type for e in process(readied, published="2024-12-01").events if not e.is_context] == [
        "Air/drone strike"]
    done = process("The army launched a counter-attack near Baiji on Monday, killing 20 militants.",
                   published="2015-05-18")
    assert [(e.sub_event_type, e.fatalities) for e in done.events if not e.is_context] == [("Armed clash", 20)]


def test_a_country_that_acts_in_the_sentence_is_not_where_its_forces_unknown_village_is(process):
    text = ("Turkey launched its operation on January 20, and its forces captured the village of Zzyzxo in early "
            "March before encircling Afrin, Syria, on March 12.")
    village = next(e for e in process(text, published="2018-03-18").events if e.location == "Zzyzxo")
    assert village.country_code == "SY"


def test_a_towns_relative_clause_since_a_year_does_not_make_its_taking_history(process):
    text = ("GAO, Nov 14 - Mali's army said on Tuesday it had taken control of Tessalit, a town that had been held by "
            "Tuareg separatists since 2012. It advanced after weeks of air strikes on the town, the rebels said.")
    events = [e for e in process(text, published="2023-11-15").events if not e.is_context]
    assert [(e.sub_event_type, e.location) for e in events] == [("Government regains territory", "Tessalit")]


def test_suicide_bombers_and_gunmen_attacking_a_crowd_is_a_suicide_bombing_and_a_led_strike_its_leaders(process):
    text = ("Two suicide bombers and gunmen attacked crowds outside the airport in Jalalabad on Thursday, killing 20 "
            "people. A Saudi-led air strike on a market in Saada killed 15 civilians on Wednesday.")
    events = {e.location: e for e in process(text, published="2021-08-27").events if not e.is_context}
    assert events["Jalalabad"].sub_event_type == "Suicide bomb"
    assert events["Saada"].actor1 == "Military Forces of Saudi Arabia"


def test_an_unknown_village_goes_to_the_region_its_paragraph_named_before_not_the_storys_most_named(process):
    text = ("Rebels killed 40 people near Bunia in Ituri province on Tuesday. Ituri province has seen many attacks.\n\n"
            "In neighbouring North Kivu province, gunmen killed nine people near Butembo on Monday. Separately, M23 "
            "rebels clashed with militia fighters near Zzyzxanga, killing four, residents said.")
    clash = next(e for e in process(text, published="2023-06-14").events if e.location == "Zzyzxanga")
    assert "Kivu" in clash.geo_note


def test_fire_from_one_place_toward_another_is_where_it_was_aimed(process):
    text = ("Hamas militants fired rockets from Gaza toward Ashkelon on Monday. The Houthis launched a missile from "
            "Yemen towards Eilat on Tuesday.")
    events = [e for e in process(text, published="2024-09-11").events if not e.is_context]
    assert sorted((e.location, e.sub_event_type) for e in events) == [
        ("Ashkelon", "Shelling/artillery/missile attack"), ("Eilat", "Shelling/artillery/missile attack")]


def test_the_next_sentences_dead_of_another_side_add_to_a_bombings_toll(process):
    text = ("Al-Shabaab militants carried out a suicide car bomb attack on a military base in Jowhar on Friday, "
            "killing at least 10 soldiers. The army said 25 militants were killed in the ensuing fighting.")
    [bombing] = [e for e in process(text, published="2024-09-10").events if not e.is_context]
    assert (bombing.sub_event_type, bombing.fatalities) == ("Suicide bomb", 35)


def test_an_attack_on_one_day_and_a_taking_of_the_port_on_another_are_two_events(process):
    text = ("MAPUTO, Aug 12 - Insurgents have seized the port of Mocimboa da Praia after days of fighting, the "
            "military said on Wednesday. The militants attacked the town from several directions on Aug 5 and took "
            "control of the port on Tuesday, security sources said.")
    events = [e for e in process(text, published="2020-08-13").events if not e.is_context]
    assert sorted((e.sub_event_type, e.event_date) for e in events) == [
        ("Armed clash", dt.date(2020, 8, 5)), ("Non-state actor overtakes territory", dt.date(2020, 8, 11))]


def test_a_death_days_after_an_ambush_is_the_ambushs_toll_on_its_own_day(process):
    text = ("A police officer succumbed to his injuries on Sunday, two days after suspected bandits ambushed a patrol "
            "near Birnin Gwari.")
    [ambush] = [e for e in process(text, published="2024-11-04").events if not e.is_context]
    assert (ambush.event_type, ambush.event_date, ambush.fatalities) == ("Battles", dt.date(2024, 11, 1), 1)


def test_a_village_near_a_town_is_not_a_namesake_far_away(process):
    text = "Armed men stormed a wedding in Kamuli village near Goma on Saturday night, shooting dead two guests."
    [attack] = [e for e in process(text, published="2024-11-04").events if not e.is_context]
    assert (attack.country_code, attack.fatalities) == ("CD", 2)


def test_many_people_burning_an_office_riot_and_the_death_they_came_after_is_not_their_toll(process):
    text = "Dozens of youths set fire to a government office in Bunia on Monday after a local leader was killed."
    [riot] = [e for e in process(text, published="2024-11-04").events if not e.is_context]
    assert (riot.event_type, riot.actor1, riot.fatalities) == ("Riots", "Rioters (Democratic Republic of Congo)", 0)
    quiet = process("Residents fled their homes in Bunia on Monday.", published="2024-11-04")
    assert [e for e in quiet.events if not e.is_context] == []


def test_clashes_between_two_ethnic_groups_are_two_communal_militias(process):
    text = "At least 7 people were killed in clashes between two ethnic groups in Bor, Jonglei state, on Wednesday."
    [clash] = [e for e in process(text, published="2024-11-04").events if not e.is_context]
    assert (clash.actor1, clash.actor2, clash.fatalities) == ("Communal Militia (South Sudan)",
                                                             "Communal Militia (South Sudan)", 7)


def test_a_coders_location_that_opens_with_a_town_spelt_otherwise_places_the_town(pipeline):
    from conflictmap.articles.read import Article
    placed = pipeline.place(Article("x", "Ras al-Ain, Hasakah governorate. Syria"))[1]
    assert [(p.toponym.name, p.toponym.country_code, p.toponym.feature) for p in placed][:1] == [
        ("Ras al-Ain", "SY", "place")]
    _, placed, unplaced, _ = pipeline.place(Article("x", "Jisr al-Shughur, Idlib. Syria"))
    assert placed[0].toponym.country_code == "SY" and unplaced == []  # (no "Jisr" abroad left to report)


def test_a_strike_and_gunfights_told_in_one_sentence_are_two_events_each_with_its_toll(process):
    text = ("Militants used drones to drop explosives on a village in Manipur's Imphal West district on Saturday, "
            "killing two people, and gunfights between armed groups in Jiribam district killed four others.")
    events = [e for e in process(text, published="2024-09-09").events if not e.is_context]
    assert sorted((e.location, e.fatalities) for e in events) == [("Imphal West", 2), ("Jiribam", 4)]


def test_a_device_targeting_police_hit_them_an_accidental_grenade_is_none_and_settlers_are_their_countrys(process):
    text = ("An improvised explosive device targeting a police vehicle exploded in Bajaur on Monday, killing two "
            "officers.")
    [blast] = [e for e in process(text, published="2024-12-02").events if not e.is_context]
    assert (blast.actor1, blast.actor2) == ("Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan")
    accident = ("One person died when a hand grenade exploded in a house in Bujumbura on Saturday; police said the "
                "blast was accidental.")
    assert [e for e in process(accident, published="2024-12-02").events if not e.is_context] == []
    settlers = process("Israeli settlers attacked the village of Huwara on Sunday, wounding four Palestinians.",
                       published="2024-12-02")
    assert [e.actor1 for e in settlers.events if not e.is_context] == ["Communal Militia (Israel)"]


def test_a_side_that_claimed_to_have_taken_a_town_took_it_as_told(process):
    text = ("NAIROBI, Nov 1 - Tigrayan forces said on Sunday they had captured the town of Dessie, and on Monday they "
            "claimed to have taken Kombolcha, 25 km to the southeast.")
    taken = [e for e in process(text, published="2021-11-01").events if "territory" in e.sub_event_type]
    assert sorted((e.location, e.event_date) for e in taken) == [("Dessie", dt.date(2021, 10, 31)),
                                                                 ("Kombolcha", dt.date(2021, 11, 1))]


def test_looters_who_ransacked_the_citys_port_are_a_mob_in_the_city_called_so_before(process):
    text = ("M23 rebels walked into the centre of Bukavu, eastern Congo's second-largest city, on Sunday, two days "
            "after capturing its airport at Kavumu. The army withdrew south towards Uvira, and looters ransacked the "
            "city's port and a food warehouse, witnesses said.")
    [riot] = [e for e in process(text, published="2025-02-17").events if e.event_type == "Riots"]
    assert (riot.location, riot.actor2) == ("Bukavu", "")


def test_a_martyred_soldier_shiite_and_sunni_tribes_and_a_bombing_a_group_says_it_carried_out(process):
    text = "A Pakistani soldier was martyred in an exchange of fire with terrorists in Bannu on Monday."
    assert [e.fatalities for e in process(text, published="2025-02-10").events if not e.is_context] == [1]
    tribes = process("Clashes between Shiite and Sunni tribes in Kurram district killed at least 10 people on "
                     "Thursday.", published="2025-02-10")
    assert [(e.actor1, e.actor2) for e in tribes.events if not e.is_context] == [
        ("Communal Militia (Pakistan)", "Communal Militia (Pakistan)")]
    bomb = process("A suicide car bomb exploded at the gate of a military base in Mogadishu on Monday, killing three "
                   "soldiers; al Shabaab said it carried out the attack.", published="2025-02-10")
    assert [e.actor1 for e in bomb.events if not e.is_context] == ["Al-Shabaab"]


def test_a_place_entered_by_pronoun_a_span_later_is_counted_from_the_day_told_before(process):
    text = "Kurdish-led fighters encircled Tabqa on March 26 and entered it ten days later, the alliance said."
    [taken] = [e for e in process(text, published="2017-04-20").events if "territory" in e.sub_event_type]
    assert (taken.location, taken.event_date) == ("Tabqa", dt.date(2017, 4, 5))


def test_a_strike_of_the_month_just_ended_is_news_one_of_months_ago_is_history(process):
    text = "Shelling on the town of Marib killed at least nine civilians in November, a rights group said."
    assert [e.event_date.month for e in happenings(process(text, published="2021-12-03"))] == [11]
    assert happenings(process(text, published="2022-02-10")) == []


def test_an_unnamed_air_strike_is_the_states_when_the_story_names_one_states_forces(process):
    text = ("Rebels of the Arakan Army captured the town of Paletwa from the army on Monday. Air strikes on Sittwe "
            "killed 12 civilians on Tuesday, residents said.")
    [strike] = [e for e in process(text, published="2024-01-18").events if e.sub_event_type == et.AIR_STRIKE]
    assert strike.actor1 == "Military Forces of Myanmar"
    foreign = ("Israeli troops raided Jenin on Monday, the army said. Air strikes on Gaza killed 12 people on "
               "Tuesday, medics said.")
    [strike] = [e for e in process(foreign, published="2024-01-18").events if e.sub_event_type == et.AIR_STRIKE]
    assert strike.actor1 == ""  # (not "Military Forces of Palestine": the story arms another state)


def test_entering_a_town_and_fighting_street_battles_there_is_a_battle_not_its_capture(process):
    text = ("On Thursday the militants entered Sirte and fought street battles with government troops. The troops "
            "pulled out of Sirte on Friday, handing it to the militants.")
    events = happenings(process(text, published="2015-05-30"))
    assert sorted((e.event_date.day, e.sub_event_type) for e in events) == [
        (28, et.ARMED_CLASH), (29, et.NSA_TAKEOVER)]
    [taken] = [e for e in events if e.sub_event_type == et.NSA_TAKEOVER]
    assert taken.actor1 == "Unidentified Armed Group (Libya)"  # (the side it was handed to, not nobody)


def test_forces_loyal_to_a_countrys_former_leader_are_no_states_forces(process):
    text = "Forces loyal to Yemen's former president Ali Abdullah Saleh seized the town of Dhamar on Sunday."
    [taken] = happenings(process(text, published="2015-03-30"))
    assert (taken.sub_event_type, taken.actor1) == (et.NSA_TAKEOVER, "Unidentified Armed Group (Yemen)")


def test_a_village_burnt_by_name_is_property_destroyed_there(process):
    text = "Suspected jihadists burned Kukawa and two nearby hamlets on Friday, residents said."
    assert kinds(process(text, published="2015-01-12")) == [(et.STRATEGIC, et.LOOTING)]
    flags = "Protesters burned Israeli flags outside the embassy in Amman on Friday."
    assert (et.STRATEGIC, et.LOOTING) not in kinds(process(flags, published="2015-01-12"))


def test_the_dead_of_the_days_of_fighting_told_before_are_its_toll(process):
    text = ("Militants seized Ramadi on Sunday after three days of fighting, officials said. ¶ The prime minister "
            "called an emergency meeting of parliament. ¶ At least 40 soldiers were killed in the three days of "
            "fighting, a medical source said.").replace(" ¶ ", "\n\n")
    fights = [e for e in happenings(process(text, published="2015-05-18")) if e.event_type == et.BATTLES]
    assert max(e.fatalities for e in fights) == 40
    lost = "Troops retook Bama on Monday; the army said it lost three men while 11 insurgents were killed."
    assert [e.fatalities for e in happenings(process(lost, published="2015-05-18"))] == [14]


def test_villagers_who_lynch_a_suspect_are_a_mob_but_bandits_beating_a_trader_attack_him(process):
    text = "Villagers in Funtua lynched a suspected cattle rustler on Sunday, police said."
    [mob] = happenings(process(text, published="2024-03-11"))
    assert (mob.sub_event_type, mob.actor1, mob.fatalities) == (et.MOB_VIOLENCE, "Rioters (Nigeria)", 1)
    text = "Bandits and villagers in Funtua beat a trader to death on Sunday."
    assert kinds(process(text, published="2024-03-11")) == [(et.VAC, et.ATTACK)]


def test_a_continent_in_a_groups_name_is_no_place_and_the_city_centre_is_the_town_told_before(process):
    text = ("Islamist fighters seized Gao on Wednesday, residents said. Fighters of the Movement for Oneness and Jihad "
            "in West Africa stormed the headquarters of a rival group in the city centre and burned it.")
    assert {e.location for e in happenings(process(text, published="2012-06-28"))} == {"Gao"}


def test_forces_and_aircraft_loyal_to_a_renegade_general_are_no_states_and_strike(process):
    text = ("Forces loyal to a renegade general attacked militia bases in Derna on Friday. Helicopters loyal to him "
            "struck camps in Derna on Friday.")
    events = happenings(process(text, published="2014-05-17"))
    assert sorted(e.sub_event_type for e in events) == [et.AIR_STRIKE, et.ARMED_CLASH]
    assert all(not e.actor1.startswith("Military Forces") for e in events)


def test_a_nearby_base_and_a_district_the_gazetteer_lacks_are_at_the_town_told_before(process):
    text = ("Government troops captured the town of Qusair on Wednesday. They took the nearby air base of Zzyzxdaba "
            "on June 1, and later retook the northwestern Zzyzxjol district.")
    events = happenings(process(text, published="2013-06-05"))
    assert {e.location for e in events} >= {"Zzyzxdaba", "Zzyzxjol"}
    assert {round(e.latitude, 1) for e in events} == {round(e.latitude, 1) for e in events if e.location == "Qusair"}


def test_an_assault_on_the_towns_outposts_is_at_the_town(process):
    text = ("Karen rebels captured the army's last base in Myawaddy on Wednesday. The rebels launched their assault on "
            "the town's outposts on April 5 and seized a camp at Zzyzxbaw on April 6.")
    [fight] = [e for e in happenings(process(text, published="2024-04-12")) if e.sub_event_type == et.ARMED_CLASH]
    assert (fight.location, fight.event_date) == ("Myawaddy", dt.date(2024, 4, 5))


def test_deaths_told_before_the_strike_they_came_of_are_its_toll_at_the_storys_town(process):
    text = ("Iraqi forces took full control of Fallujah on Sunday, a commander said. ¶ Dozens of militants were "
            "killed as they tried to flee in a convoy, a spokesman said, after coalition aircraft struck the "
            "vehicles on Wednesday.").replace(" ¶ ", "\n\n")
    [strike] = [e for e in happenings(process(text, published="2016-06-27")) if e.event_type == et.REMOTE]
    assert (strike.location, strike.event_date, strike.fatalities) == ("Fallujah", dt.date(2016, 6, 22), 12)


def test_the_dead_of_a_whole_battle_are_no_strikes_toll_but_the_part_one_strike_took_is(process):
    text = ("The SDF took full control of Raqqa on Tuesday. Coalition air strikes on the city killed at least 1,130 "
            "civilians during the battle, according to a monitor.")
    assert [e.sub_event_type for e in happenings(process(text, published="2017-10-18"))] == [et.NSA_TAKEOVER]
    text = ("Kurdish-led fighters took Manbij on Friday. The monitor said at least 437 civilians were killed during "
            "the offensive, including 104 in air strikes on the village of Zzyzxkhar on July 19.")
    assert [(e.location, e.fatalities) for e in happenings(process(text, published="2016-08-12"))
            if e.event_type == et.REMOTE] == [("Zzyzxkhar", 104)]


def test_a_forces_name_before_a_kind_of_place_is_no_place(process):
    text = "On 7 September, Arakan Army fighters captured a Border Guard Police checkpoint in Maungdaw township."
    result = process(text, published="2024-09-10")
    assert [e.location for e in happenings(result)] == ["Maungdaw"]
    assert "Border Guard Police" not in [u.name for u in result.unplaced]


def test_african_union_and_regional_troops_are_international_forces(process):
    text = "Al-Shabaab fighters ambushed a convoy of African Union troops near Jowhar in Somalia on 12 August."
    assert [e.actor2 for e in happenings(process(text, published="2023-08-14"))] == ["International Forces"]
    text = "African Union troops captured the town of Jowhar in Somalia from al-Shabaab on 12 August."
    assert kinds(process(text, published="2023-08-14")) == [(et.BATTLES, et.GOV_REGAINS)]  # (for the government)


def test_protesters_the_police_beat_are_a_protest_with_intervention(process):
    text = "Hundreds of students marched in Dhaka on Sunday; police beat them with sticks."
    assert kinds(process(text, published="2024-03-11")) == [(et.PROTESTS, et.PROTEST_WITH_INTERVENTION)]


def test_a_convoy_or_an_aircraft_that_came_under_fire_was_attacked_not_striking(process):
    text = ("A UN helicopter evacuating soldiers from Nasir in South Sudan came under fire on Friday, killing a crew "
            "member.")
    events = happenings(process(text, published="2025-03-09"))
    assert [(e.event_type, e.fatalities) for e in events] == [(et.BATTLES, 1)]
    assert happenings(process("The minister came under fire from lawmakers in Abuja on Friday over the budget.",
                              published="2025-03-09")) == []


def test_his_forces_after_the_head_of_a_named_group_are_that_groups(process):
    text = ("The head of Russia's Wagner mercenary group said on Saturday his forces had taken full control of the "
            "eastern Ukrainian city of Bakhmut.")
    [taken] = happenings(process(text, published="2023-05-21"))
    assert (taken.sub_event_type, taken.actor1) == (et.NSA_TAKEOVER, "Wagner Group")


def test_a_village_named_after_village_of_is_that_village_not_a_known_place_inside_its_name(process):
    text = "Military airstrikes hit the village of Kan Gyi in Sagaing region on Thursday, killing 8 civilians."
    result = process(text, published="2024-03-12")
    assert [e.location for e in happenings(result)] == ["Kan Gyi"]
    assert "Kan Gyi" in [u.name for u in result.unplaced]


def test_a_road_blocked_to_protest_is_a_protest_a_protest_threatened_is_none(process):
    text = "On Thursday a group of farmers blocked the main road in Sikasso to protest fertiliser prices."
    assert kinds(process(text, published="2024-03-12")) == [(et.PROTESTS, et.PEACEFUL_PROTEST)]
    assert happenings(process("Unions threatened to protest in Sikasso next week.", published="2024-03-12")) == []


def test_labourers_from_a_province_are_killed_where_the_sentence_puts_them_not_where_they_came_from(process):
    text = ("In Balochistan's Panjgur district, unidentified gunmen shot dead seven labourers from Punjab as they "
            "slept in a house on Thursday.")
    assert [e.location for e in happenings(process(text, published="2024-05-20"))] == ["Panjgur"]


def test_shelters_burned_at_a_camp_told_after_an_attack_in_its_province_put_the_attack_at_the_camp(process):
    text = ("Militiamen from the CODECO group attacked a camp for displaced people in Congo's Ituri province "
            "overnight, killing 46 people, officials said on Monday. The attackers used guns and machetes and set "
            "fire to shelters at the Zzyzxlala camp, about 20 km from Bunia.")
    events = happenings(process(text, published="2023-06-13"))
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [(et.ATTACK, "Zzyzxlala", 46)]


def test_dead_counted_since_an_offensive_was_launched_are_a_sum_and_peacekeepers_firing_on_protesters(process):
    text = ("The ADF has killed more than 80 people in Beni since the army launched an offensive against the group "
            "on Oct. 30.")
    assert happenings(process(text, published="2019-11-25")) == []
    text = ("Angry residents protested outside the UN base in Beni on Monday. Peacekeepers fired tear gas, and at "
            "least two protesters were killed, the mayor said.")
    events = happenings(process(text, published="2019-11-25"))
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events if e.fatalities] == [
        (et.EXCESSIVE_FORCE, "International Forces", 2)]


def test_the_doers_restated_in_an_assault_by_are_no_side_the_attack_fought(process):
    text = ("Gunmen on motorcycles killed 137 people in coordinated attacks on villages in Niger's Tahoua region on "
            "Sunday, the government said, the deadliest assault by suspected jihadists in the country's history.")
    [attack] = happenings(process(text, published="2021-03-23"))
    assert (attack.sub_event_type, attack.actor2, attack.fatalities) == (et.ATTACK, "Civilians (Niger)", 137)


def test_any_word_before_a_kind_of_place_lets_took_take_it(process):
    text = ("Rebels took Uvira on Sunday. Before that they took the hillside village of Kiliba on Dec. 2 and the "
            "fishing port of Kalundu two days later.")
    events = happenings(process(text))
    assert {(e.location, e.event_date) for e in events if e.sub_event_type == et.NSA_TAKEOVER} >= {
        ("Kiliba", dt.date(2024, 12, 2)), ("Kalundu", dt.date(2024, 12, 4))}


def test_a_when_clause_right_after_a_time_happened_then_and_at_the_place_told_with_it(process):
    text = ("The capture of Uvira follows the fall of Rutshuru in early November, when the rebels killed some 40 "
            "civilians, according to local officials.")
    [killing] = [e for e in happenings(process(text, published="2024-11-20")) if e.fatalities]
    assert (killing.location, killing.event_date.month, killing.fatalities) == ("Rutshuru", 11, 40)


def test_a_killing_in_a_when_clause_after_a_since_date_is_the_past_a_count_starts_from(process):
    text = ("More than 300 people have been killed in Ituri since March 2, when militiamen killed 20 villagers in "
            "Djugu.")
    assert happenings(process(text)) == []


def test_on_the_same_day_is_the_day_told_before(process):
    text = ("Insurgents stormed Gwoza before dawn on Tuesday. Commandos cleared the town centre on Wednesday. On the "
            "same day, fighters overran an army base in Konduga, killing 17 soldiers.")
    [base] = happenings(process(text, published="2024-12-13"), "Konduga")
    assert base.event_date == dt.date(2024, 12, 11)


def test_a_claim_names_the_doer_the_storys_main_group_stood_in_for_and_nobody_knowing_leaves_it_unnamed(process):
    text = ("Taliban fighters attacked checkpoints in Kunduz on Sunday. Separately, a suicide bomber blew himself "
            "up at a mosque in Jalalabad on Sunday, killing 11 worshippers. Islamic State claimed the attack.")
    [blast] = happenings(process(text), "Jalalabad")
    assert blast.actor1 == "Islamic State"
    text = ("Boko Haram fighters attacked Bama on Sunday. Gunmen killed nine herders in the village of Zzyzxdam in "
            "Borno on Sunday. It was not clear who carried out the attack.")
    [killing] = happenings(process(text), "Zzyzxdam")
    assert killing.actor1.startswith("Unidentified Armed Group")


def test_a_fight_word_with_a_weapon_after_it_is_what_the_weapon_did(process):
    text = "Government forces retaliated with artillery strikes on rebel positions near Goma on Sunday."
    assert kinds(process(text)) == [(et.REMOTE, et.SHELLING)]


def test_the_approaches_to_a_town_taken_are_the_towns(process):
    text = "Malian troops took control of the bridge and the approaches to Gao on Sunday."
    assert [(e.location, e.sub_event_type) for e in happenings(process(text))] == [("Gao", et.GOV_REGAINS)]


def test_a_taking_told_as_a_noun_is_done_by_the_subject_of_the_when_clause_after_it(process):
    text = "The advance followed the recapture of Mopti on Sunday, when Malian troops stormed the airport."
    [taking] = [e for e in happenings(process(text)) if e.event_type == et.BATTLES]
    assert (taking.location, taking.actor1, taking.sub_event_type) == ("Mopti", "Military Forces of Mali",
                                                                       et.GOV_REGAINS)


def test_people_killed_as_fighters_went_house_to_house_are_the_fighters_victims_there_and_then(process):
    text = ("Boko Haram fighters overran Bama on Dec. 2 after a battle with soldiers. Thousands fled, and at least "
            "25 civilians were killed as the fighters went from house to house.")
    events = happenings(process(text))
    [killing] = [e for e in events if e.sub_event_type == et.ATTACK]
    assert (killing.location, killing.event_date, killing.fatalities, killing.actor1) == (
        "Bama", dt.date(2024, 12, 2), 25, "Boko Haram")


def test_a_market_burned_in_a_town_is_property_destroyed_there(process):
    text = "Suspected jihadists burned the market in Djibo on Sunday, residents said."
    assert [(e.location, e.sub_event_type) for e in happenings(process(text))] == [("Djibo", et.LOOTING)]


def test_one_dead_told_with_two_describing_words_and_an_aide_killed_with_his_commander(process):
    text = "Gunmen shot dead a motorcycle taxi driver in Timika on Sunday."
    assert [e.fatalities for e in happenings(process(text))] == [1]
    text = "A drone strike on a car in Nabatieh on Sunday killed a Hezbollah commander and his aide."
    assert [e.fatalities for e in happenings(process(text))] == [2]


def test_the_side_a_victim_is_accused_of_spying_for_is_not_hit(process):
    text = "Rebels shot dead a farmer in Ndele on Sunday, accusing him of spying for the army, police said."
    [killing] = happenings(process(text))
    assert (killing.sub_event_type, killing.fatalities) == (et.ATTACK, 1)


def test_a_group_that_denies_involvement_is_not_the_doer(process):
    text = ("Gunmen opened fire on a bus in Quetta on Sunday, killing four passengers. The Balochistan Liberation "
            "Army denied involvement.")
    [attack] = happenings(process(text))
    assert attack.actor1 == "Unidentified Armed Group (Pakistan)"


def test_rebels_who_triggered_a_blast_that_killed_police_set_it_off_one_event_with_its_toll(process):
    text = "Maoist guerrillas triggered a landmine blast that killed six policemen in Dantewada district on Sunday."
    [blast] = happenings(process(text))
    assert (blast.sub_event_type, blast.actor1, blast.actor2, blast.fatalities) == (
        et.REMOTE_EXPLOSIVE, "Communist Party of India (Maoist)", "Police Forces of India", 6)
    text = "An army truck triggered a landmine near Kidal on Sunday, killing two soldiers."
    [mine] = happenings(process(text))
    assert mine.actor2 == "Military Forces of Mali"


def test_people_among_them_soldiers_who_died_in_an_ambush_are_its_victims_one_event(process):
    text = "At least nine people, among them two soldiers, died when gunmen ambushed a minibus near Kidal on Sunday."
    assert [(e.sub_event_type, e.fatalities) for e in happenings(process(text))] == [(et.ATTACK, 9)]


def test_a_peoples_forces_are_no_states(process):
    text = "Kurdish forces drove Islamic State fighters out of the town of Tal Abyad on Sunday."
    [taking] = happenings(process(text))
    assert (taking.sub_event_type, taking.inter1) == (et.NSA_TAKEOVER, et.POLITICAL_MILITIA) or \
        (taking.sub_event_type, taking.actor1) == (et.NSA_TAKEOVER, "Unidentified Armed Group (Syria)")


def test_an_air_strike_told_with_no_doer_is_no_armed_groups_of_the_story(process):
    text = ("Islamic State militants attacked Kurdish positions near Hasakah on Saturday. The coalition carried out "
            "nine air strikes near Hasakah on Sunday.")
    [strike] = [e for e in happenings(process(text)) if e.sub_event_type == et.AIR_STRIKE]
    assert strike.actor1 != "Islamic State"


def test_the_dead_of_the_battle_for_a_town_are_its_sum_not_the_days(process):
    text = ("Government troops drove the militants out of Marawi on Sunday, the army said. More than 1,100 people "
            "were killed in the battle for Marawi, including 900 militants.")
    assert [e.fatalities for e in happenings(process(text))] == [0]


def test_took_back_a_town_is_a_taking(process):
    text = "Rebels took back the river town of Rutshuru on Sunday after government troops fled."
    assert [(e.location, e.sub_event_type) for e in happenings(process(text))] == [("Rutshuru", et.NSA_TAKEOVER)]


def test_civilians_killed_in_fighting_are_its_dead_not_a_side(process):
    text = ("Fighting between al Shabaab and government troops continued in Mogadishu on Sunday, where four "
            "civilians were killed by stray bullets.")
    [fight] = happenings(process(text))
    assert (fight.sub_event_type, fight.fatalities) == (et.ARMED_CLASH, 4)
    assert not fight.actor2.startswith("Civilians")


def test_we_in_a_quote_a_president_speaks_is_the_states_forces(process):
    text = ("Al Shabaab fighters pulled out of Jowhar on Saturday. \u201cWe have taken control of Jowhar,\u201d "
            "President Hassan Sheikh Mohamud told reporters.")
    [taking] = happenings(process(text))
    assert (taking.sub_event_type, taking.actor1) == (et.GOV_REGAINS, "Military Forces of Somalia")


def test_a_killing_of_civilians_coordinated_with_a_taking_is_its_own_event_with_the_toll(process):
    text = "Rebels captured the town of Malakal on Sunday and killed dozens of civilians sheltering in a church."
    events = happenings(process(text))
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [(et.ATTACK, 12), (et.NSA_TAKEOVER, 0)]


def test_a_police_officer_taken_with_his_son_is_an_abduction_of_civilians_not_a_fight(process):
    text = "Guerrillas kidnapped a police officer and his daughter at a roadblock near Saravena on Sunday."
    [taking] = happenings(process(text))
    assert (taking.sub_event_type, taking.inter2) == (et.ABDUCTION, et.CIVILIANS)


def test_who_shot_dead_whom_in_a_gunfight_are_its_sides_in_that_order(process):
    text = "Security forces shot dead two suspected Maoists in a gunfight in the forests of Sukma district on Sunday."
    [fight] = happenings(process(text))
    assert (fight.sub_event_type, fight.inter1, fight.fatalities) == (et.ARMED_CLASH, et.STATE_FORCES, 2)


def test_supporters_of_a_politician_arrested_are_political_arrests(process):
    text = "Police in Peshawar arrested more than 50 supporters of jailed former prime minister Imran Khan on Sunday."
    assert kinds(process(text)) == [(et.STRATEGIC, et.ARRESTS)]


def test_the_camp_is_the_refugee_camp_named_before_and_strikes_told_as_a_habit_are_no_event(process):
    text = ("Israeli forces pressed on with an operation in the Tulkarm refugee camp on Monday. A Palestinian gunman "
            "was killed in a gunfight in the camp on Tuesday, the military said.")
    events = [e for e in process(text, published="2024-08-28").events if not e.is_context]
    assert [(e.location, str(e.event_date)) for e in events] == [("Tulkarm refugee camp", "2024-08-27")]
    habit = process("Rebels seized Hakha in Myanmar on Sunday. The military has responded to such losses with air "
                    "strikes.", published="2024-08-27")
    assert [e.sub_event_type for e in habit.events if not e.is_context] == ["Non-state actor overtakes territory"]
