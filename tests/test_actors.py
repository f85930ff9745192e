import pytest

from conflictmap.events.actors import ActorMatcher
from conflictmap.store.inputs import load_actors


def test_actors_aliases_and_generic_references(actors):
    matcher = ActorMatcher(actors)
    found = matcher.find("Hayat Tahrir al-Sham [HTS] drove the Syrian Army out; the militants advanced.")
    assert [m.actor.name if m.actor else None for m in found] == [
        "Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", "Military Forces of Syria", None]
    assert matcher.find("hts is a word") == []  # lower-case 'hts' is not the acronym


def test_the_armed_groups_of_mindanao_and_the_peshmerga_are_named(actors):
    matcher = ActorMatcher(actors)
    text = "Fighters of the Maute group and Abu Sayyaf clashed with troops; Kurdish Peshmerga withdrew from Kirkuk."
    assert [m.actor.name for m in matcher.find(text) if m.actor] == [
        "Maute Group", "Abu Sayyaf Group", "Military Forces of Iraq (Kurdistan Regional Government)"]


def test_actors_file_errors(tmp_path):
    from conflictmap.errors import DataFileError

    (tmp_path / "a.csv").write_text("actor,aliases,kind\nX,X,warlord\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="kind must be"):
        load_actors(tmp_path / "a.csv")


def test_abbreviations_in_mixed_case_are_case_sensitive(actors):
    matcher = ActorMatcher(actors)
    assert [m.actor.name for m in matcher.find("LeT cadres were arrested") if m.actor] == ["Lashkar-e-Taiba"]
    assert [m for m in matcher.find("let them go") if m.actor] == []


def test_the_main_actor_is_named_twice_or_in_the_lead(actors):
    from conflictmap.events.actors import main_actor

    matcher = ActorMatcher(actors)
    digest = "Gunmen killed two men in Sukma.\n\nPolice arrested three workers of the Lashkar-e-Taiba in Sopore."
    assert main_actor(matcher.find(digest), lead_end=digest.index("\n\n")) is None  # one mention at the foot
    assert main_actor(matcher.find(digest), lead_end=len(digest)).name == "Lashkar-e-Taiba"
    twice = "The Taliban took Herat. The Taliban then took Kandahar."
    assert main_actor(matcher.find(twice)).name == "Taliban"


def test_an_acronym_defined_after_a_name_is_no_second_mention_and_a_branch_stands_for_its_parent(actors):
    from conflictmap.events.actors import main_actor

    matcher = ActorMatcher(actors)
    text = ("Islamic State fighters killed nine villagers near Kidal. Later the National Movement for the Liberation "
            "of Azawad (MNLA) said it had sent patrols.")
    assert main_actor(matcher.find(text), text.index("Later"), text).name == "Islamic State"  # (the MNLA: once)
    text = ("Islamic State fighters burned a market. The Islamic State West Africa Province attack was the third "
            "this month, the National Movement for the Liberation of Azawad said. The MNLA sent patrols.")
    assert main_actor(matcher.find(text), text=text).name == "Islamic State West Africa Province"  # (2 to 2: the
    # branch the text names is what "Islamic State" stands for)
    text = ("The Taliban said it shelled Ghazni. Strikes killed 14 people, including children, according to the "
            "Taliban. Islamic State fighters were seen nearby.")
    assert main_actor(matcher.find(text), text=text).name == "Taliban"  # (a source after "including children"
    # is no member listed)


def test_an_actor_s_own_name_is_one_of_its_names(tmp_path):
    path = tmp_path / "actors.csv"
    path.write_text("actor,aliases,kind,country\nTigray People's Liberation Front,TPLF;Tigrayan forces,non-state,ET\n"
                    "Military Forces of Syria,Syrian Army,state,SY\n")
    tplf, syria = load_actors(path)
    assert tplf.aliases[0] == "Tigray People's Liberation Front" and "TPLF" in tplf.aliases
    assert "Military Forces of Syria" not in syria.aliases  # (an ACLED label, not a name text uses)


def test_an_actor_may_fight_in_several_countries_the_first_its_home(tmp_path):
    from conflictmap.errors import DataFileError

    path = tmp_path / "actors.csv"
    path.write_text("actor,aliases,kind,country\nJNIM,JNIM,non-state,ML;BF;ne\nNobody,Nobody,non-state,\n")
    jnim, nobody = load_actors(path)
    assert (jnim.country, jnim.countries) == ("ML", ("ML", "BF", "NE"))
    assert jnim.fights_in("BF") and not jnim.fights_in("NG") and nobody.fights_in("NG")
    path.write_text("actor,aliases,kind,country\nJNIM,JNIM,non-state,Mali\n")
    with pytest.raises(DataFileError, match="ISO codes separated by ';'"):
        load_actors(path)


def test_a_member_named_in_an_alliances_description_is_not_the_storys_actor(actors):
    from conflictmap.events.actors import main_actor

    matcher = ActorMatcher(actors)
    text = ("An alliance of Islamist factions including the Nusra Front seized Ariha on Thursday.\n\n"
            "Government aircraft struck the town on Friday.")
    assert main_actor(matcher.find(text), lead_end=text.index("\n\n"), text=text) is None
    assert main_actor(matcher.find(text), lead_end=text.index("\n\n")).name == "Jabhat al-Nusra"  # (text unknown)


def test_the_islamic_states_long_names_are_its_names_not_places(process):
    result = process("Fighters of the Islamic State of Iraq and the Levant seized Fallujah on Saturday.", "2014-01-06")
    assert [(e.location, e.actor1) for e in result.events if not e.is_context] == [("Fallujah", "Islamic State")]
    assert "Levant" not in {u.name for u in result.unplaced}


def test_the_tigray_defence_forces_are_the_tplfs_army(actors):
    matcher = ActorMatcher(actors)
    text = "The Tigray Defence Forces (TDF) said Tigrayan forces had entered Mekelle."
    found = {(text[m.start:m.end], m.actor.name) for m in matcher.find(text) if m.actor}
    assert {name for _, name in found} == {"Tigray People's Liberation Front"}
    assert {"Tigray Defence Forces", "TDF", "Tigrayan forces"} <= {words for words, _ in found}


def test_the_csp_dpa_is_the_permanent_strategic_frameworks_later_name(actors):
    matcher = ActorMatcher(actors)
    text = "The rebel alliance CSP-DPA, formerly the CSP-PSD, said it had overrun a convoy near Tinzaouaten."
    assert {(text[m.start:m.end], m.actor.name) for m in matcher.find(text) if m.actor} == {
        ("CSP-DPA", "Permanent Strategic Framework"), ("CSP-PSD", "Permanent Strategic Framework")}


def test_a_name_is_matched_whatever_apostrophe_it_is_written_with_or_none():
    from conflictmap.events.actors import Actor, matcher
    jnim = Actor("Jama'at Nusrat al-Islam wal-Muslimin", ("Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"), "non-state",
                 "ML")
    for text in ("fighters of Jamaat Nusrat al-Islam wal-Muslimin attacked",
                 "Jama’at Nusrat al-Islam wal-Muslimin said", "jama'at nusrat al-islam wal-muslimin"):
        assert [m.actor for m in matcher((jnim,)).find(text) if m.actor is not None] == [jnim]


def test_groups_of_more_wars_are_named_by_the_names_news_uses(actors):
    matcher = ActorMatcher(actors)
    text = ("Anti-balaka militiamen attacked the town; West Papua National Liberation Army fighters ambushed troops; "
            "Maoist rebels laid an ambush.")
    assert [m.actor.name for m in matcher.find(text) if m.actor] == [
        "Anti-Balaka", "TPNPB: West Papua National Liberation Army", "Communist Party of India (Maoist)"]
