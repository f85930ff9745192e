"""Who takes part: ACLED actor categories from the nouns of conflict reporting, named forces and their country."""

import pytest

from conflictmap.events import types as et
from conflictmap.events.participants import find


def people(sentence, demonyms=()):
    return [(p.text, p.category, p.police, p.source) for p in find(sentence, [], 0, list(demonyms))]


@pytest.mark.parametrize("sentence, text, category", [
    ("Militants ambushed a convoy.", "Militants", et.REBEL_GROUP),
    ("Security forces killed four militants.", "Security forces", et.STATE_FORCES),
    ("Unidentified gunmen abducted two labourers.", "gunmen", et.POLITICAL_MILITIA),
    ("Village defence volunteers repulsed the attack.", "Village defence volunteers", et.IDENTITY_MILITIA),
    ("An angry mob torched the station.", "mob", et.RIOTERS),
    ("Demonstrators gathered downtown.", "Demonstrators", et.PROTESTERS),
    ("Three villagers were killed.", "villagers", et.CIVILIANS),
    ("UN peacekeepers came under fire.", "UN peacekeepers", et.EXTERNAL),
    ("Heavily armed villagers attacked the camp.", "villagers", et.POLITICAL_MILITIA),  # armed: no longer civilians
    ("The Ethiopian National Defence Force retook the town.", "Ethiopian National Defence Force", et.STATE_FORCES),
])
def test_categories(sentence, text, category):
    assert (text, category) in [(t, c) for t, c, _, _ in people(sentence)]


def test_police_or_military():
    found = {t: police for t, _, police, _ in people("Policemen and soldiers were deployed.")}
    assert found == {"Policemen": True, "soldiers": False}


def test_a_source_is_not_a_participant():
    assert people("The army said two soldiers died.")[0][3] is True
    assert people("The army said it had recaptured the town.")[0][3] is False  # the army did it


def test_a_capitalised_noun_inside_a_name_is_not_one_unless_the_name_is_a_force():
    assert people("Newcastle United beat the UNLV Rebels.") == []
    found = people("Two Central Reserve Police Force (CRPF) personnel were injured.")
    assert found == [("Central Reserve Police Force (CRPF) personnel", et.STATE_FORCES, True, False)]
    assert people("Texas Rangers won again.") == []  # a team, not a force


def test_a_sentence_opening_qualifier_is_no_name():
    assert people("Suspected Naxalites set ablaze three vehicles.")[0][:2] == ("Naxalites", et.REBEL_GROUP)


def test_a_noun_modifying_the_next_is_not_a_participant():
    assert [t for t, *_ in people("accusing him of being a police informer")] == ["informer"]


def test_a_countrys_adjective_says_whose_force():
    sentence = "Israeli warplanes struck the camp as Kenyan police watched."
    found = find(sentence, [], 0, [(0, 7, "IL"), (sentence.index("Kenyan"), sentence.index("Kenyan") + 6, "KE")])
    assert [(p.text, p.country) for p in found] == [("Israeli warplanes", "IL"), ("police", "KE")]


def test_a_countrys_force_that_speaks_is_a_source():
    sentence = "A drone hit a tanker off Hodeidah on Sunday, the British navy said."
    [navy] = find(sentence, [], 0, [(sentence.index("British"), sentence.index("British") + 7, "GB")])
    assert (navy.text, navy.country, navy.source) == ("British navy", "GB", True)


def test_a_countrys_adjective_heading_a_pair_with_allies_says_whose_force():
    sentence = "Turkish and allied rebel forces shelled the town while Iraqi and Kurdish troops watched."
    found = find(sentence, [], 0, [(0, 7, "TR"), (55, 60, "IQ")])
    assert [(p.text, p.country) for p in found if p.category == et.STATE_FORCES] == [("forces", "TR"), ("troops", "")]
    # (a second country's or people's capitalised name is no ally's adjective: whose "troops" are is not said)


def test_a_band_told_to_be_for_or_against_someone_says_whose_side_it_is_on():
    sentence = "Pro-Hadi fighters and anti-Houthi tribal militias clashed with pro-Russian separatists."
    found = find(sentence, [], 0, [(sentence.index("Russian"), sentence.index("Russian") + 7, "RU")])
    assert [(p.text, p.sided) for p in found] == [("fighters", "pro-hadi"), ("militias", "anti-houthi"),
                                                  ("separatists", "")]  # (a country's backing is no side's name)


def test_an_unnamed_band_on_a_side_against_the_storys_band_is_not_that_band(process):
    text = ("Al-Shabaab fighters overran Bulo Burde on Monday. Pro-government fighters said they had taken Jalalaqsi "
            "on Tuesday.")
    takers = {e.location: e.actor1 for e in process(text, "2023-09-06").events if not e.is_context}
    assert takers["Jalalaqsi"] != "Al-Shabaab" and takers["Bulo Burde"] == "Al-Shabaab"


def test_people_named_again_with_the_are_as_armed_as_the_text_said_before():
    from conflictmap.events.participants import as_told_before

    told: dict[str, str] = {}
    first = "Hundreds of armed villagers attacked a police post."
    assert [p.category for p in as_told_before(first, find(first, [], 0), told)][0] == et.POLITICAL_MILITIA
    again = "The villagers burned the post, and villagers elsewhere fled."
    assert [p.category for p in as_told_before(again, find(again, [], 0), told)] == [et.POLITICAL_MILITIA,
                                                                                      et.CIVILIANS]


def test_its_troops_are_the_forces_of_the_country_whose_ministry_speaks(process):
    result = process("Russia's defence ministry said its troops had taken Vesele, near Bakhmut, in eastern Ukraine, "
                     "on Sunday.", published="2024-01-22")
    vesele = [e for e in result.events if e.location == "Vesele"]
    assert [(e.actor1, e.sub_event_type) for e in vesele] == [("Military Forces of Russia",
                                                               "Non-state actor overtakes territory")]


def test_a_counted_people_of_a_country_are_its_civilians_and_another_states_forces_killing_them_is_an_event(process):
    text = "Israeli forces killed three Palestinians during a raid near Tulkarm on Wednesday, medics said."
    events = [e for e in process(text, published="2024-03-14").events if not e.is_context]
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [("Military Forces of Israel",
                                                                     "Civilians (Palestine)", 3)]
    home = process("Kenyan police shot two suspects in Nairobi on Wednesday.", published="2024-03-14")
    assert [e for e in home.events if not e.is_context] == []  # (a state's police at home: not political violence)


@pytest.mark.parametrize("sentence, text", [
    ("Gunmen killed a tribal elder and his son near the market.", "elder"),
    ("A local councillor was shot outside his home.", "councillor"),
    ("Attackers abducted a pastor and two motorcyclists on the highway.", "pastor"),
])
def test_anyone_unarmed_is_a_civilian_by_what_they_are(sentence, text):
    assert (text, et.CIVILIANS) in [(t, c) for t, c, _, _ in people(sentence)]


@pytest.mark.parametrize("sentence, category", [
    ("On Sunday, suspected Tiv herdsmen attacked the settlement of Yelwata.", et.IDENTITY_MILITIA),
    ("Dogon hunters raided the hamlet at dawn.", et.IDENTITY_MILITIA),  # (a community's name opens the sentence)
    ("Angry villagers attacked the police station.", et.RIOTERS),  # (no community named: a crowd, not a militia —
    # one that attacks: ACLED's rioters)
    ("Somali herders attacked a police post.", et.CIVILIANS),  # (a country's people, not a community)
    ("Tiv herdsmen said their cattle were stolen.", et.CIVILIANS),  # (no attack)
    ("Overnight, Berom gunmen raided the hamlet.", et.IDENTITY_MILITIA),  # (a community's gunmen)
    ("Masked gunmen raided the hamlet.", et.POLITICAL_MILITIA),  # (a word opening the sentence names no community)
    ("On Wednesday gunmen raided the hamlet.", et.POLITICAL_MILITIA),  # (nor a day)
])
def test_a_communitys_men_who_attack_are_a_communal_militia(sentence, category):
    demonyms = [(0, 6, "SO")] if sentence.startswith("Somali") else []
    assert [c for _, c, _, _ in people(sentence, demonyms)][0] == category


def test_a_leaders_forces_are_his_states():
    sentence = "Ruritania's President Karl Brun said on Friday his troops had entered the town."
    found = find(sentence, [], 0, [(0, 9, "RR")])
    assert [(p.text, p.country) for p in found if p.category == et.STATE_FORCES] == [("troops", "RR")]
    rebel = find("Ruritania's rebel leader said his fighters had entered the town.", [], 0, [(0, 9, "RR")])
    assert [p.country for p in rebel if p.text == "fighters"] == [""]  # (a rebel's fighters: no state's)


@pytest.mark.parametrize("sentence, category", [
    ("Forces loyal to former vice president Amrullah Saleh fought the Taliban.", et.POLITICAL_MILITIA),
    ("Forces loyal to the ousted president attacked the airport.", et.POLITICAL_MILITIA),
    ("Forces loyal to the government retook the town.", et.STATE_FORCES),
])
def test_forces_loyal_to_a_leader_out_of_office_are_his_militia_not_the_states(sentence, category):
    assert ("Forces", category) in [(t, c) for t, c, _, _ in people(sentence)]


def test_a_states_army_by_its_own_name_is_named_as_acled_names_state_forces(process):
    [clash] = [e for e in process("The Tatmadaw and the Arakan Army clashed in Maungdaw, Myanmar, on Sunday.",
                                  "2024-06-10").events if not e.is_context]
    assert "Military Forces of Myanmar" in (clash.actor1, clash.actor2)


def test_people_a_name_is_given_to_are_that_named_band_and_who_is_told_is_no_participant():
    from conflictmap.events.actors import Actor, ActorMention

    sentence = "The fighters, known locally as Ma'awisley, took Moqokori, the governor told reporters."
    band = Actor("Ma'awisley Militia", ("Ma'awisley",), "non-state", "SO")
    start = sentence.index("Ma'awisley")
    found = find(sentence, [ActorMention(start, start + len("Ma'awisley"), band)], 0)
    assert [(p.text, p.actor and p.actor.name) for p in found if not p.source] == [("fighters", "Ma'awisley Militia")]
    assert [p.text for p in found if p.source] == ["reporters"]


@pytest.mark.parametrize("sentence, text", [
    ("The 47th Mechanised Brigade repelled the assault.", "47th Mechanised Brigade"),
    ("The 9th Armoured Division entered the town.", "9th Armoured Division"),
    ("The elite Counter Terrorism Service took the district.", "Counter Terrorism Service"),
])
def test_a_numbered_formation_and_a_counter_terrorism_service_are_state_forces(sentence, text):
    assert (text, et.STATE_FORCES) in [(t, c) for t, c, _, _ in people(sentence)]


def test_a_numbered_brigade_is_no_armed_organisation_named_by_its_words_and_led_jets_are_the_leaders(process):
    text = "Russian troops attacked Avdiivka on Sunday. The 47th Mechanised Brigade repelled them, the army said."
    result = process(text, published="2023-11-07")
    assert not any("Mechanised Brigade" in (e.actor1 + e.actor2) for e in result.events)
    text = "Islamic State fighters seized Tal Abyad on Thursday. U.S.-led warplanes struck their positions overnight."
    strikes = [e for e in process(text, published="2014-10-10").events if e.sub_event_type == et.AIR_STRIKE]
    assert [e.actor1 for e in strikes] == ["Military Forces of the United States"]
