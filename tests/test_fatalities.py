"""Fatalities as ACLED counts them: the number given, at least; vague words conservatively; the injured are not."""

import pytest

from conflictmap.events.fatalities import count, number


@pytest.mark.parametrize("words, value", [
    ("at least 12", 12), ("dozens", 12), ("a dozen", 12), ("several", 3), ("scores", 20), ("twenty-one", 21),
    ("more than 1,200", 1200), ("a few", 3),
])
def test_numbers(words, value):
    assert number(words) == value


@pytest.mark.parametrize("sentence, killed", [
    ("Gunmen killed at least 12 villagers.", 12),
    ("Dozens of civilians were killed in the strike.", 12),
    ("The blast killed four soldiers and two civilians.", 6),
    ("Three policemen were killed and two others injured.", 3),  # the injured are not counted
    ("At least 17 peacekeepers and foreign soldiers were killed in the fighting.", 17),  # one number for both
    ("Two soldiers and a civilian were killed near the bridge.", 3),  # "a civilian": one more
    ("Ten people were wounded.", 0),
    ("The attack on Oct. 16 killed five.", 5),  # a date is no count
    ("The death toll rose to 35.", 35),
    ("The raid left 7 fighters dead.", 7),
    ("killed the city's mayor, Ahmad Kahil, and more than a dozen other people", 13),
    ("Militants killed two soldiers; later two soldiers were killed in the same attack.", 2),  # the same group once
    # an army's word for the enemy it killed, in quotes or not; a toll an update brings the count to
    ('Gunmen killed nine soldiers, the army said, adding that 25 assailants were "neutralised".', 34),
    ("Rescuers pulled eight bodies from the ruins after the blast, bringing the death toll to 19.", 19),
    # the bodies of people killed are those people, once; bodies of others are more dead
    ("Troops found the bodies of dozens of people who had been executed by the insurgents.", 12),
    ("Militants killed two soldiers; the bodies of three civilians were found nearby.", 5),
])
def test_counts(sentence, killed):
    assert count(sentence) == killed


@pytest.mark.parametrize("text, n", [
    ("killed senior Hezbollah commander Fuad Shukr", 1), ("a strike killed the group's leader", 1),
    ("a soldier was killed in the blast", 1), ("killed a soldier and two civilians", 3),
    ("killing a man and wounding two", 1), ("the killed soldiers were buried", 0), ("killed a number of people", 2),
    ("police shot dead a demonstrator", 1), ("abducted a nurse and later killed her", 1),
    ("gunmen killed a local councillor and his bodyguard", 2)])
def test_one_person_killed_is_one(text, n):
    assert count(text) == n


def test_the_dead_a_report_counts_by_bodies_or_found_dead():
    from conflictmap.events.fatalities import count

    assert count("Bandits abducted 15 passengers on Sunday; one was later found dead.") == 1
    assert count("Police found the bodies of 12 people in a ditch near the camp.") == 12
    assert count("The bodies of three men were recovered from the river.") == 3
    assert count("The bodies of two goats were found.") == 0


def test_one_person_named_by_their_work_is_one_dead():
    from conflictmap.events.fatalities import count

    assert count("A landmine blast killed a shepherd near Gao.") == 1
    assert count("Gunmen shot dead a bus driver and two passengers.") == 3


def test_a_group_ends_where_a_participle_begins():
    from conflictmap.events.fatalities import count
    assert count("A landmine blast killed two children herding goats near Kidal on Monday.") == 2
    assert count("Gunmen killed three people travelling to the market.") == 3


def test_one_and_another_named_after_him_are_two():
    assert count("Gunmen killed a village councillor and his brother outside Gao on Friday.") == 2
    assert count("Unknown men shot dead a pastor and a driver near the border.") == 2
    assert count("killed a teacher and wounded his wife") == 1  # (the second only wounded)


def test_one_killed_by_hand_is_one_dead():
    assert count("A priest was hacked to death by attackers in the parish.") == 1
    assert count("An imam was stabbed to death after evening prayers.") == 1


def test_a_family_of_n_is_n_dead():
    assert count("Attackers hacked to death a family of six in the village.") == 6
    assert count("A family of four was killed when a shell hit their home.") == 4


def test_the_lynched_are_dead_and_a_group_is_named_by_its_last_noun():
    assert count("Three suspected cattle rustlers were lynched by a mob.") == 3
    assert count("Raiders killed 40 cattle and two herders.") == 2  # (cattle are no people)


def test_its_two_pilots_are_two():
    assert count("Rebels shot down a helicopter near Kidal, killing its two pilots.") == 2


def test_a_superlative_is_no_toll_and_an_age_is_no_number():
    assert count("Jihadists killed dozens of soldiers around the town on Saturday, in one of the deadliest attacks "
                 "in the country's history.") == 12  # ("one of the deadliest" counts no one)
    assert count("Settlers attacked the village, killing a 23-year-old man.") == 1
    assert count("A 15-year-old boy was shot dead at a checkpoint.") == 1


def test_shot_and_killed_is_one_dead_and_the_bomber_counts_himself():
    assert count("A journalist was shot and killed by unknown assailants in the capital.") == 1
    assert count("A suicide bomber blew himself up at a checkpoint, killing six soldiers and himself.") == 7
    assert count("Gunmen killed six soldiers before fleeing.") == 6


def test_members_of_a_named_group_are_counted_by_their_number():
    assert count("Two members of the Bangsamoro Islamic Armed Forces were killed in a firefight with soldiers.") == 2
    assert count("Three members of the same family were killed when a shell hit their home.") == 3


def test_a_killing_by_hand_counts_the_dead_told_before_to_death():
    assert count("Suspected rebels hacked three farmers to death in their fields near Oicha.") == 3
    assert count("A mob stoned a man to death in the market.") == 1
    assert count("They beat him to death.") == 1
    assert count("Rioters burned 12 houses to the ground.") == 0


def test_a_toll_put_at_or_risen_later_is_counted():
    assert count("The army put the toll at six.") == 6
    assert count("The toll later rose to 20, officials said.") == 20


def test_the_dead_counted_by_a_noun_of_their_own():
    assert count("5 fatalities were reported.") == 5
    assert count("The clashes caused 12 deaths and 30 injuries.") == 12
    assert count("No fatalities were reported.") == 0 and count("In 2019 deaths rose.") == 0


def test_a_body_found_is_one_dead():
    assert count("The body of a journalist was found dumped on a roadside on Sunday.") == 1
    assert count("The body of the plane was found in the sea.") == 0


def test_one_dead_and_their_kin_is_two_and_capitals_only_count_as_capitals():
    assert count("A landmine exploded near Hodeidah, killing a farmer and his son.") == 2
    assert count("Gunmen killed a tribal elder and his son.") == 2
    assert count("An airstrike killed a local farmer in Idlib.") == 1


def test_an_aside_between_the_dead_and_their_verb_and_a_group_no_one_counted():
    assert count("The bodies of twelve men, their hands tied, were found in a ditch.") == 12
    assert count("Nine people, most of them women, were killed in the attack.") == 9
    assert count("Two civilians, an elderly man and his grandson, were killed.") == 2
    assert count("Seven soldiers and an unspecified number of insurgents died in the fighting.") == 7
    assert count("An unknown number of people were killed.") == 0


@pytest.mark.parametrize("sentence, killed", [
    ("Border guards killed an Eritrean near the crossing.", 1),
    ("Troops killed a 16-year-old Afghani in the raid.", 1),
    ("A sniper killed a Canadian tourist and his driver.", 2),
    ("The Italian won the race and the crowd cheered.", 0),
    ("Shells hit the house, killing a farmer and his three sons.", 4),
    ("A crowd lynched a suspected thief in the market.", 1),
    ("Gunmen killed the headmaster, his wife and their four children.", 6),
    ("Gunmen killed a pastor, John Okoro, and his son.", 2),
    ("A bomber blew himself up, killing himself and nine others.", 10),
    ("The raid killed a total of 27 people.", 27),
    ("The army said it killed 40 militants while losing five soldiers.", 45),
    ("The club lost three matches in a row.", 0),
    ("At least two dozen villagers were killed.", 24),
    ("A soldier and four civilians died in the ambush.", 5),
    ("Nine of the dead were women.", 0),
    ("The raid killed 30 fighters, the group said, but medics put the toll at 12.", 12),
    ("Gunmen killed 14 people; the death toll later rose to 19.", 19),
])
def test_one_named_by_a_nationality_is_one(sentence, killed):
    assert count(sentence) == killed


def test_a_fight_told_in_the_next_paragraph_with_no_place_is_the_taking_of_that_night(process):
    text = ("Insurgents seized Bamako on Sunday.\n\nThey stormed the presidential palace after heavy fighting "
            "overnight with the presidential guard, eight of whom were killed.")
    events = [e for e in process(text, published="2024-03-11").events if not e.is_context]
    assert [(e.location, e.fatalities) for e in events] == [("Bamako", 8)]
    later = text.replace("overnight", "on Thursday")  # (days apart: not the same happening — one of its own day,
    # where the paragraph before put its happening)
    assert [(e.location, e.event_date.isoformat(), e.fatalities) for e in process(
        later, published="2024-03-11").events if not e.is_context] == [("Bamako", "2024-03-10", 0),
                                                                        ("Bamako", "2024-03-07", 8)]


def test_the_dead_a_report_adds_in_a_that_clause_are_the_events_too(process):
    text = ("Militants killed nine soldiers in an ambush near Dori on Tuesday, the army said, adding that 25 "
            "assailants were neutralised.")
    assert [e.fatalities for e in process(text, published="2024-03-06").events if not e.is_context] == [34]


@pytest.mark.parametrize("sentence, killed", [
    ("Two aid workers were kidnapped and later killed by gunmen in Bentiu.", 2),
    ("Five men were abducted and killed near the border.", 5),
    ("Two men were abducted and released unharmed.", 0),
    ("An exchange of fire along the Line of Control killed a soldier, Indian officials said.", 1),  # (not who spoke)
    ("A drone strike on a truck killed a militia commander, Syrian security sources said.", 1),  # (nor three words)
    ("Gunmen killed a teacher, Ahmed Musa, and his wife.", 2),
])
def test_the_taken_who_were_killed_count_and_who_spoke_does_not(sentence, killed):
    assert count(sentence) == killed


@pytest.mark.parametrize("sentence, killed", [
    ("Three mortar shells killed two children in the camp.", 2),
    ("Two suicide blasts killed 14 worshippers at a mosque.", 14),
    ("Four drone strikes killed at least 20 fighters.", 20),
])
def test_what_kills_is_never_counted_among_the_dead(sentence, killed):
    assert count(sentence) == killed


def test_a_countrys_sum_is_no_happenings_toll():
    assert count("At least 56 civilians were killed across the country, doctors said.") == 0
    assert count("Fighting killed 40 people nationwide on Sunday.") == 0
    assert count("At least 56 civilians were killed in Omdurman, doctors said.") == 56
    assert count("Militants killed 12 soldiers across the border in Niger.") == 12  # (not the country's sum)
    assert count("Protests spread across the country after police killed two students in Lagos.") == 2


def test_a_group_that_died_is_counted_once_not_with_its_verb():
    assert count("Police killed four robbers, and three officers died in the shootout.") == 7  # (not 4 + 3 + 3)


def test_bodies_of_people_described_by_a_relative_clause_are_counted():
    assert count("The bodies of four traders who had been kidnapped by gunmen a week earlier were found dumped outside "
                 "the town.") == 4


def test_a_part_of_the_dead_told_as_of_them_is_no_more_dead():
    assert count("A drone hit a bus near Kherson, killing nine people, three of them children, officials said.") == 9


def test_the_dead_described_by_where_they_served_are_counted():
    assert count("At least six soldiers stationed at the border post were killed in the raid.") == 6


def test_the_other_sides_dead_told_after_a_fights_toll_are_others():
    from conflictmap.events.fatalities import other_dead
    told = "Soldiers repulsed an attack on their base near Mora on Friday, killing 15 insurgents, the army said."
    assert other_dead(told, "Three soldiers were killed.") and not other_dead(told, "Two insurgents were killed.")


@pytest.mark.parametrize("sentence, killed", [
    ("Gunmen killed a couple and their three children in their home.", 5),  # a couple is two; their kin too
    ("Rebels shot dead a village headman near the river.", 1),
    ("Raiders killed the chief of the village of Zzyzo and his son.", 2),  # past where he was chief
    ("Police killed a suspected gang leader and two of his associates in a shootout.", 3),
    ("Troops killed all seven attackers after a siege.", 7),
    ("Gunmen killed dozens of Malian soldiers and Russian mercenaries.", 12),  # an adjective is no one more
    ("A couple were found shot dead in their car.", 2),
    ("A man and his son were killed and three people wounded when the shell hit.", 2),
    ("Troops killed the rebel commander alias 'Tiger' and three of his guards in a raid.", 4),  # past his alias
])
def test_kin_couples_and_all_of_a_group(sentence, killed):
    assert count(sentence) == killed


@pytest.mark.parametrize("sentence, killed", [
    ("The war, which began in Goma when rebels shelled the airport, has killed thousands of people.", 0),
    ("Their rebellion has so far killed more than 2,000 soldiers, officials say.", 0),
    ("The civil war has left at least 300,000 dead.", 0),
    ("Fighting around the port has killed 14 people since Monday.", 14),  # (a battle's days, not a war's sum)
    ("The war came to Kauda on Sunday, when a strike killed nine pupils.", 9),
])
def test_a_wars_toll_so_far_is_no_happenings_toll(sentence, killed):
    assert count(sentence) == killed


@pytest.mark.parametrize("sentence", ["A police constable was also killed.", "An army soldier was later shot dead."])
def test_one_more_dead_told_with_also_or_later_is_one(sentence):
    assert count(sentence) == 1


@pytest.mark.parametrize("sentence, killed", [
    ("Militants ambushed a convoy near Menaka, resulting in the death of 14 soldiers.", 14),
    ("The blast caused the deaths of three civilians.", 3),
    ("The family mourned the death of his father.", 0),
])
def test_a_toll_told_as_what_a_happening_resulted_in(sentence, killed):
    assert count(sentence) == killed


@pytest.mark.parametrize("sentence, killed", [
    ("A police officer succumbed to his injuries on Sunday.", 1),
    ("Two soldiers succumbed to their wounds in hospital.", 2),
    ("A policeman died on Sunday.", 1),
    ("Gunmen stormed a wedding, shooting dead a groom and his brother.", 2),
])
def test_dying_of_wounds_and_shooting_dead_are_tolls(sentence, killed):
    assert count(sentence) == killed


@pytest.mark.parametrize("sentence, killed", [
    ("It was the first use of drones in the ethnic conflict between the two communities, which has killed more "
     "than 200 people since May last year.", 0),
    ("A missile strike on a hotel killed a British security adviser on Saturday.", 1),
])
def test_a_conflicts_toll_so_far_is_none_and_an_adviser_is_one(sentence, killed):
    assert count(sentence) == killed


@pytest.mark.parametrize("sentence, killed", [
    ("Monitors said at least 300 people were killed during the siege, including 45 in the shelling of a market "
     "on May 2.", 45),
    ("More than 1,000 fighters have died in the campaign so far, including 60 when a convoy was ambushed.", 60),
    ("At least 300 people were killed in the fighting, including 45 in the old town.", 300),  # (the fighting's own)
    ("The army had lost three men while 11 insurgents were killed.", 14),
])
def test_the_part_of_a_campaigns_dead_a_happening_took_is_its_toll(sentence, killed):
    assert count(sentence) == killed


def test_a_figure_the_next_sentence_says_could_not_be_verified_gives_way_to_the_other_sources(process):
    text = ("Insurgents attacked the town of Mueda on Friday and at least three soldiers were killed, a police source "
            "said. The insurgents said on Telegram that they had killed 40 soldiers in Mueda. The claim could not be "
            "independently verified.")
    events = [e for e in process(text, published="2024-05-14").events if not e.is_context]
    assert [e.fatalities for e in events] == [3]


def test_an_armys_neutralised_in_scare_quotes_counts_its_dead_and_they_are_whom_its_strikes_hit(process):
    text = ("The Turkish defence ministry said its aircraft had \u201cneutralised\u201d 9 PKK militants in air strikes "
            "near Zakho in northern Iraq on Sunday.")
    [strike] = [e for e in process(text, published="2024-10-21").events if not e.is_context]
    assert (strike.sub_event_type, strike.fatalities) == ("Air/drone strike", 9)
    assert (strike.actor1, strike.actor2) == ("Military Forces of Turkey", "Kurdistan Workers' Party")


def test_a_toll_of_operations_is_a_sum_not_the_last_ambushs(process):
    text = ("Jihadists ambushed a patrol near Gubio on Friday, killing three soldiers, a military source said. The army "
            "said its troops had killed 25 insurgents in counter-operations.")
    events = [e for e in process(text, published="2025-03-26").events if not e.is_context]
    assert [(e.location, e.fatalities) for e in events] == [("Gubio", 3)]


def test_a_toll_told_at_the_place_of_the_one_happening_there_is_its_toll(process):
    text = ("Gangs stormed the town of Hinche on Monday, freeing prisoners. Police said at least 9 people were killed "
            "in Hinche, including a police officer.")
    [event] = [e for e in process(text, published="2025-04-01").events if not e.is_context]
    assert (event.location, event.fatalities) == ("Hinche", 9)


def test_a_toll_of_the_assault_on_a_town_with_a_portuguese_name_is_that_towns(process):
    text = ("The army said it had recaptured the town of Mocimboa do Rovuma in Mozambique on Monday. An officer said "
            "12 insurgents were killed in the assault on Mocimboa do Rovuma.")
    events = [e for e in process(text, published="2024-07-09").events if not e.is_context]
    assert [(e.location, e.fatalities) for e in events] == [("Mocimboa do Rovuma", 12)]
