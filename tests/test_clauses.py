"""Clauses: where one happening's words end and another's begin, and what a clause says about a word in it."""

from conflictmap.events import clauses as cl


def texts(sentence):
    return [(c.opener, sentence[c.start:c.end]) for c in cl.split(sentence)]


def test_subordinate_clauses_are_cut_and_marked():
    parts = cl.split("Rebels entered Hama after capturing Aleppo.")
    assert [(c.opener, c.subordinate) for c in parts] == [("", False), ("after", True)]


def test_said_that_is_reported_speech_not_a_relative_clause():
    assert [o for o, _ in texts("The army said on Monday that they had taken the town.")] == [""]
    assert [o for o, _ in texts("a militia that fought alongside federal troops")] == ["", "that"]


def test_a_relative_clause_inside_a_fronted_phrase_ends_at_its_comma():
    sentence = "In Kursk region, where Ukrainian forces launched an incursion earlier this month, fighting continued."
    assert texts(sentence) == [("", "In Kursk region"),
                               ("where", "Ukrainian forces launched an incursion earlier this month"),
                               ("", "fighting continued.")]


def test_negated_intended_and_looking_back():
    assert cl.negated("no agreement was ")
    assert cl.hypothetical("urged all sides to stop ")
    assert not cl.hypothetical("militants ")
    assert cl.looks_back("on the anniversary of the battle of Stalingrad") and not cl.looks_back("rebels seized Homs")


def test_what_an_implicative_verb_says_was_done_is_no_intention():
    assert not cl.hypothetical("Government troops were forced to ") and not cl.hypothetical("they managed to ")
    assert not cl.hypothetical("the militia went on to ")
    assert cl.hypothetical("the army plans to ") and cl.hypothetical("the army could be forced to ")


def test_before_dawn_is_a_time_not_a_clause():
    from conflictmap.events.clauses import split
    assert len(split("Gunmen stormed police posts in Kirkuk before dawn on Friday.")) == 1
    assert len(split("Gunmen stormed police posts in Kirkuk before soldiers arrived on Friday.")) == 2


def test_the_month_of_may_is_no_modal_verb():
    from conflictmap.events.clauses import hypothetical
    assert not hypothetical("In May the militants ") and not hypothetical("in early May they ")
    assert hypothetical("The rebels may ") and hypothetical("They may yet ")


def test_a_record_in_history_measures_the_present_not_the_past():
    assert not cl.looks_back("in one of the deadliest attacks in Burkina Faso's history")
    assert not cl.looks_back("the worst violence in the region's recent memory")
    assert cl.looks_back("the bloodiest day of the civil war") and cl.looks_back("a history of the 1994 siege")


def test_and_accused_opens_a_second_statement():
    from conflictmap.events.clauses import split
    text = "The army said its troops were fighting around Dessie and accused the rebels of killing 100 people in Bati."
    assert [c.opener for c in split(text)] == ["", "and"]


def test_a_possible_or_reported_possible_happening_is_no_happening():
    assert cl.hypothetical("warns recipients not to go there because of a possible ")
    assert cl.hypothetical("received reports of a possible gang initiation ")
    assert not cl.hypothetical("a possible car bomb ")  # ("a possible car bomb exploded": it did)


def test_a_relative_clause_with_no_comma_ends_before_the_main_verb():
    def parts(sentence):
        return [(sentence[c.start:c.end].strip(" ,."), c.opener) for c in cl.split(sentence)]

    assert parts("Gunmen who had stormed a church in May ambushed a bus on Sunday.") == [
        ("Gunmen", ""), ("had stormed a church in May", "who"), ("ambushed a bus on Sunday", "")]
    assert parts("Fighters who said they were Wagner men attacked a post and burned it.")[-1] == (
        "attacked a post and burned it", "")
    # with no main verb after it, it is the end of the clause it follows (its day is that clause's)
    assert parts("Two farmers were killed by herders who raided Kwall on Friday, police said.") == [
        ("Two farmers were killed by herders who raided Kwall on Friday, police said", "")]


def test_a_happening_after_a_relative_clause_of_its_doer_keeps_its_own_day(process):
    text = "Jihadists who had captured Djibo last year ambushed a convoy near Arbinda on Sunday, killing 12 soldiers."
    ev = [e for e in process(text, published="2024-03-12").events if not e.is_context]
    assert [(e.location, str(e.event_date), e.fatalities) for e in ev] == [("Arbinda", "2024-03-10", 12)]


def test_a_future_four_words_before_the_act_is_still_the_future():
    assert cl.hypothetical("Hundreds of people will take part in a ")
    assert not cl.hypothetical("Hundreds of people took part in a ")


def test_a_part_opened_by_then_with_no_verb_goes_on_with_the_verb_before_it():
    s = "Rebels took Ndele on Monday and then Bria, Bambari and Sibut within a week."
    assert texts(s) == [("", s)]
    s2 = "Rebels took Ndele on Monday and then they looted the market."
    assert [o for o, _ in texts(s2)] == ["", "and then"]  # (a verb of its own: a clause of its own)


def test_a_second_act_of_the_same_doer_on_a_named_place_is_a_clause_of_its_own():
    s = "Its fighters had taken Saut-d'Eau in mid-March and attacked Lascahobas last week."
    assert [o for o, _ in texts(s)] == ["", "and"]
    assert [o for o, _ in texts("Gunmen attacked and burned the village.")] == [""]  # (one act, one object)


def test_and_a_second_movement_after_a_subordinate_clause_goes_on_the_main_one():
    text = "Insurgents captured Mopti on Friday after two days of fighting, and entered Segou on Saturday."
    parts = cl.split(text)
    assert [(text[c.start:c.end], c.subordinate) for c in parts][-1] == ("entered Segou on Saturday.", False)


def test_the_main_clause_goes_on_after_a_relative_clauses_own_after_clause():
    text = "The rebels, who took Ras Lanuf on Friday after heavy fighting, had advanced from Brega earlier in the week."
    parts = cl.split(text)
    assert [(text[c.start:c.end], c.opener) for c in parts][-2:] == [
        ("heavy fighting", "after"), ("had advanced from Brega earlier in the week.", "")]


def test_what_a_happening_follows_is_a_clause_of_its_own_time():
    text = "The fall of Vuhledar follows the loss of Ukrainsk and Hirnyk last month."
    parts = cl.split(text)
    assert [(text[c.start:c.end], c.opener) for c in parts] == [
        ("The fall of Vuhledar", ""), ("the loss of Ukrainsk and Hirnyk last month.", "after")]


def test_years_of_fighting_told_with_a_count_are_a_sum_not_a_happening():
    assert cl.summed_up("more than two years of fighting for the hilltop mining town")
    assert cl.summed_up("years of fighting") and not cl.summed_up("two days of fighting")


def test_a_relative_clause_ends_before_a_second_name_joined_with_a_comma_and():
    sentence = "The militia took five towns, including Bardale, which it entered in May, and Qansah."
    assert texts(sentence)[1:] == [("which", "it entered in May"), ("and", "Qansah.")]
    three = "The group holds a ridge that overlooks Bardale, Qansah, and Wajid."  # (a list of three is the clause's)
    assert texts(three)[-1][1].endswith("Qansah, and Wajid.")


def test_and_a_new_subject_with_an_act_of_its_own_opens_a_clause():
    sentence = ("The rebels overran the police post in Kalehe on Friday, and their fighters and allied militiamen then "
                "killed dozens of villagers in Kabare, residents said.")
    assert [o for o, _ in texts(sentence)] == ["", "and"]
    assert texts(sentence)[1][1].startswith("their fighters and allied militiamen then killed")
    joined = "The rebels overran the post, and the town was quiet by evening."
    assert [o for o, _ in texts(joined)] == [""]  # (no act of its own)


def test_a_taking_participle_after_a_comma_ends_the_clause_before_it():
    sentence = "The army has advanced steadily since fighting erupted on March 3, retaking Kalemie and Moba in April."
    assert [(c.opener, sentence[c.start:c.end].split()[0]) for c in cl.split(sentence)] == [
        ("", "The"), ("since", "fighting"), ("", "retaking")]  # (not part of what "since" counts from)


def test_the_towns_an_advance_retook_on_its_way_are_the_advances_route(process):
    text = ("Congolese troops recaptured Uvira on Sunday, officials said. The army has advanced steadily since "
            "fighting erupted on March 3, retaking Kalemie and Moba in April.")
    result = process(text, "2024-05-20")
    assert [s.location for s in result.route] == ["Kalemie", "Moba", "Uvira"]


def test_a_relative_that_inside_an_apposition_ends_before_the_main_verb():
    sentence = "The Ansar Front, a Fulani-led militia that has fought the army, said its men had left Djibo."
    assert [(c.opener, sentence[c.start:c.end].split()[0]) for c in cl.split(sentence)] == [
        ("", "The"), ("that", "has"), ("", "said")]


def test_a_subordinate_clause_opening_the_sentence_ends_before_the_main_subject_and_verb():
    assert texts("After they took the town, gunmen killed 40 people in a church.") == [
        ("after", "After they took the town"), ("", "gunmen killed 40 people in a church.")]
    assert texts("In the hours after they left, the militia burned the market.") == [
        ("", "In the hours"), ("after", "they left"), ("", "the militia burned the market.")]
    assert texts("Before dawn on Friday, gunmen attacked the camp.") == [
        ("", "Before dawn on Friday, gunmen attacked the camp.")]  # (a time, no clause)
    assert texts("After days of fighting, rebels took the town.") == [
        ("", "After days of fighting, rebels took the town.")]  # (a phrase, no verb)


def test_as_well_as_opens_no_clause_and_a_statement_that_is_what_was_said():
    sentence = "Rebels seized Pinga on Monday, as well as Kalembe and Rubaya, residents said."
    assert [c.opener for c in cl.split(sentence)] == [""]
    said = "The front said in a statement that its fighters had taken Bunia."
    assert "its fighters had taken Bunia" in said[cl.split(said)[-1].start:]
    assert not cl.split(said)[-1].subordinate  # (reported speech, not a relative clause about a statement)
