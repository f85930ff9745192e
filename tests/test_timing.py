"""When a reading happened (conflictmap.events.timing): spans counted from the happening told before, what set a
campaign off, and the past an article looks back on — on sentences written for these tests."""

import datetime as dt

from conflictmap.events import types as et


def happenings(result):
    return [e for e in result.events if not e.is_context]


def test_a_taking_many_months_before_the_news_is_its_past_not_the_days_news(process):
    for text in ("French and Malian troops retook Gao on Sunday, nearly ten months after Tuareg rebels seized the town.",
                 "Government troops recaptured Kidal on Tuesday, more than a year after the rebels overran it."):
        events = happenings(process(text, "2013-01-30"))
        assert [e.sub_event_type for e in events] == [et.GOV_REGAINS], text  # (no rebel taking dated that day)


def test_a_span_later_counted_from_a_taking_of_the_past_is_of_the_past_too(process):
    events = happenings(process("The rebels had overrun Gao in Mali in March. They took Ansongo two days later.",
                                "2024-12-02"))
    assert events == []  # (not Ansongo on the 3rd of a March nine months back, told as news)


def test_a_taking_within_days_of_a_dated_start_is_a_few_days_after_it(process):
    text = ("The Malian army launched its offensive on May 2 and captured Tessalit, in the far north, within days, and "
            "took Aguelhok on May 20.")
    result = process(text, "2020-06-01")
    dated = {e.location: (e.event_date, e.time_precision) for e in happenings(result)}
    assert dated == {"Tessalit": (dt.date(2020, 5, 5), 2), "Aguelhok": (dt.date(2020, 5, 20), 1)}
    assert [s.location for s in result.route] == ["Tessalit", "Aguelhok"]


def test_what_set_a_war_off_is_dated_by_its_start(process):
    text = "The war began on April 15, after paramilitary fighters attacked an army base in Merowe, Sudan."
    [attack] = happenings(process(text, "2023-05-01"))
    assert (attack.location, attack.event_date, attack.time_precision) == ("Merowe", dt.date(2023, 4, 15), 2)


def test_then_counts_from_the_happening_told_before(process):
    text = ("Insurgents attacked Palma, Mozambique, on March 24. On Aug. 5 they stormed Mocimboa da Praia. They then "
            "beheaded five villagers in the town.")
    [killing] = [e for e in happenings(process(text, "2020-08-10")) if e.fatalities]
    assert (killing.location, killing.event_date, killing.time_precision) == ("Mocimboa da Praia", dt.date(2020, 8, 5), 2)


def test_a_taking_that_a_lasting_state_is_counted_since_is_its_past(process):
    text = ("M23 rebels attacked Uvira on Monday. The fighting was the heaviest since the capture of Goma in January, "
            "residents said.")
    assert [e.location for e in happenings(process(text, "2025-03-05"))] == ["Uvira"]
    recent = ("More than 300,000 people have fled Gezira state, Sudan, since the RSF captured Wad Madani on Dec. 18.")
    assert [(e.location, str(e.event_date)) for e in happenings(process(recent, "2023-12-25"))] == [
        ("Wad Madani", "2023-12-18")]  # (a week before the report: its news, not a lasting state's distant start)


def test_a_toll_of_days_of_attacks_is_dated_from_their_first_day(process):
    text = ("The government declared an emergency on Monday after 80 people were killed in five days of attacks by "
            "the ELN in Tibu, Colombia.")
    [attacks] = happenings(process(text, "2025-01-21"))
    assert (attacks.location, attacks.fatalities, attacks.event_date, attacks.time_precision) == (
        "Tibu", 80, dt.date(2025, 1, 15), 2)


def test_a_places_own_since_clause_does_not_make_its_taking_the_past(process):
    text = ("KHARTOUM, March 21 (Wire) - Sudan's army said on Friday it had taken full control of the Republican Palace "
            "in central Khartoum, the seat of government that the Rapid Support Forces had held since the war began "
            "in April 2023.")
    [taken] = happenings(process(text, "2025-03-22"))
    assert (taken.location, taken.sub_event_type, taken.event_date) == ("Khartoum", et.GOV_REGAINS, dt.date(2025, 3, 21))


def test_a_toll_counted_since_a_day_weeks_back_is_a_sum_but_since_a_day_of_the_news_it_is_the_fightings(process):
    text = ("Rebels attacked an army post in Kadugli on Monday. The fighting has killed more than 500 people and "
            "displaced 80,000 since March 3.")
    [attack] = happenings(process(text, "2024-05-01"))
    assert (attack.location, attack.fatalities) == ("Kadugli", 0)  # (not the war's 500 dead on Monday's attack)
    text = "Rebels attacked an army post in Kadugli on Monday. The fighting has killed 12 people since Monday."
    [attack] = happenings(process(text, "2024-05-01"))
    assert attack.fatalities == 12


def test_a_taking_counted_among_its_kind_since_the_war_began_is_the_news_not_a_sum(process):
    text = "The militia overran Kadugli on Feb. 2, its third capture of the town since the war began."
    [taken] = happenings(process(text, "2024-02-10"))
    assert (taken.location, taken.event_date) == ("Kadugli", dt.date(2024, 2, 2))


def test_many_strikes_carried_out_over_weeks_are_no_one_strike_but_a_days_strikes_are(process):
    assert happenings(process("Russian jets have carried out more than 200 strikes on Idlib province over the past "
                              "month, monitors said.", "2024-05-01")) == []
    [struck] = happenings(process("Russian jets carried out 12 strikes on Idlib province on Sunday.", "2024-05-01"))
    assert (struck.sub_event_type, struck.event_date) == (et.AIR_STRIKE, dt.date(2024, 4, 28))


def test_a_date_inside_a_clause_that_tells_what_came_before_is_not_the_takings(process):
    text = ("Rebels seized the airport in Kassala on Saturday after days of clashes that erupted when the army arrested "
            "a commander in early May.")
    [taken] = happenings(process(text, "2024-06-10"))
    assert (taken.location, taken.event_date, taken.time_precision) == ("Kassala", dt.date(2024, 6, 8), 1)
    text = ("The rebels said on Saturday they had taken the base in Kassala after weeks of clashes that began when the "
            "army arrested a commander in early May.")
    [taken] = happenings(process(text, "2024-06-10"))
    assert taken.event_date == dt.date(2024, 6, 8)  # (the day it was told, not May)


def test_a_killing_told_with_when_it_attacked_is_dated_by_that_clause(process):
    text = ("Islamic State fighters have stepped up their raids in eastern Mali. The group killed at least nine "
            "gendarmes when it raided a post in Ansongo, 90 km south of Gao, last week, a security source said.")
    events = happenings(process(text, "2024-05-09"))
    assert [(e.location, e.event_date, e.fatalities) for e in events] == [("Ansongo", dt.date(2024, 5, 2), 9)]


def test_a_span_after_a_place_set_off_by_an_apposition_counts_from_the_day_before(process):
    text = ("Rebel columns took Bouake on September 19 and the Korhogo airport, the largest in the north, two days "
            "later.")
    events = happenings(process(text, "2002-09-25"))
    assert [(e.location, e.event_date) for e in events] == [("Bouake", dt.date(2002, 9, 19)),
                                                            ("Korhogo airport", dt.date(2002, 9, 21))]


def test_takings_told_as_done_since_a_dated_start_are_after_it_not_on_a_later_clauses_day(process):
    text = ("Tigrayan forces launched a counter-offensive in June. They have since retaken Alamata and Korem, and the "
            "government declared a ceasefire this week.")
    dated = {e.location: (e.event_date, e.time_precision) for e in happenings(process(text, "2021-08-20"))}
    assert dated == {"Alamata": (dt.date(2021, 6, 1), 3), "Korem": (dt.date(2021, 6, 1), 3)}  # (not this week's)


def test_a_taking_days_before_one_of_the_past_is_of_the_past_too(process):
    events = happenings(process("The town was overrun by the militants in May 2015, a week after they seized Ramadi.",
                                "2017-06-01"))
    assert events == []  # (not Ramadi, undated or counted from another happening, told as news)


def test_the_day_an_attack_reported_later_began_is_its_day(process):
    (e,) = happenings(process("Bandits attacked Kaura Namoda, killing 14 villagers, police said on Friday. The raid "
                              "began on Tuesday.", "2023-06-10"))
    assert (e.event_date, e.fatalities) == (dt.date(2023, 6, 6), 14) and "began" in e.date_rule
    (e,) = happenings(process("Bandits attacked Kaura Namoda, killing 14 villagers, police said on Friday.",
                              "2023-06-10"))
    assert e.event_date == dt.date(2023, 6, 9)  # (the day it was reported: the text gives no other)


def test_hours_or_minutes_away_from_a_happening_told_before_are_its_day(process):
    text = ("Rebels overran the army base at Bambari on Thursday. Hours earlier they had seized Kaga-Bandoro, the "
            "U.N. said.")
    dated = {e.location: (e.event_date, e.time_precision) for e in happenings(process(text, "2024-03-09"))}
    assert dated == {"Bambari": (dt.date(2024, 3, 7), 1), "Kaga-Bandoro": (dt.date(2024, 3, 7), 1)}


def test_a_clash_that_set_off_fighting_on_a_day_told_in_a_relative_clause_is_of_that_day(process):
    text = ("The conflict, which erupted in Bangui on Dec. 15 when soldiers loyal to the president clashed with "
            "rebels, has killed 40 people.")
    [clash] = happenings(process(text, "2024-01-15"))
    assert (clash.location, clash.event_date, clash.time_precision) == ("Bangui", dt.date(2023, 12, 15), 1)
    assert clash.fatalities == 0  # (the conflict's toll so far is no toll of the clash that set it off)


def test_a_when_clause_after_a_count_since_a_day_this_week_is_news_but_one_weeks_back_is_the_past(process):
    text = ("Clashes between rival clans in Kurram district have killed at least 30 people since Tuesday, when gunmen "
            "fired on a bus carrying pilgrims near Sadda, officials said on Saturday.")
    events = [e for e in process(text, published="2024-11-23").events if not e.is_context]
    assert ("Sadda", dt.date(2024, 11, 19)) in [(e.location, e.event_date) for e in events]
    older = process("Strikes have killed 3,000 people in the region since Sept. 2, when militants overran a base in "
                    "Sadda, officials said on Saturday.", published="2024-11-23")
    assert "Sadda" not in [e.location for e in older.events if not e.is_context]
