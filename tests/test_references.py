"""Words that refer to a happening already told (conflictmap.events.references), on sentences written for these
tests."""

from conflictmap.events import words as ew
from conflictmap.events.references import refers, told_in
from conflictmap.events.clauses import Clause


def word(text: str, words: str, kind: str = "") -> ew.Word:
    start = text.index(words)
    return ew.Word(start, start + len(words), words, kind)


def test_a_definite_happening_refers_to_one_told_and_an_indefinite_one_is_new():
    assert refers("Residents condemned the shelling of the market.", word("Residents condemned the shelling of the "
                                                                        "market.", "shelling"))
    text = "Gunmen claimed responsibility for an attack on a mosque that killed six."
    assert not refers(text, word(text, "attack"))


def test_the_shells_a_sentence_opens_with_are_those_of_the_shelling_told_before():
    text = "The mortar rounds hit a school near the river, teachers said."
    assert refers(text, word(text, "mortar rounds hit"))
    text = "Militiamen fired rockets that hit a school near the river."
    assert not refers(text, word(text, "rockets that hit"))  # (fired here: told now)


def test_a_killing_in_a_definite_happening_names_it():
    text = "Four traders were killed in the ambush, police said."
    assert told_in(text, Clause(0, len(text), False, ""), word(text, "killed", ew.KILL)) == "ambush"
