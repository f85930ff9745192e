"""The parser shipped in the package: it loads without a download, and its trees answer the questions the event
layer asks (subjects, objects, coordination, obliques, relative clauses). Sentences written for these tests."""

import pytest

from conflictmap.syntax.parse import MODEL_DIR, model_info, parse
from conflictmap.syntax.tree import Token, Tree


def test_the_weights_ship_with_the_package_and_say_what_they_were_trained_on():
    info = model_info()
    assert (MODEL_DIR / "parser").is_dir() and (MODEL_DIR / "tagger").is_dir()
    assert info["pipeline"] == ["tok2vec", "tagger", "parser"]
    assert "Universal Dependencies English Web Treebank" in info.get("sources", [{}])[0].get("name", "")
    assert sum(f.stat().st_size for f in MODEL_DIR.rglob("*") if f.is_file()) < 25_000_000


def test_subject_object_and_coordinated_objects():
    tree = parse("The militia captured Oldtown, Newbury and Eastfield on Friday.")
    verb = next(t for t in tree.tokens if t.text == "captured")
    assert tree.subject(verb.i).text == "militia"
    assert [o.text for o in tree.objects(verb.i)] == ["Oldtown", "Newbury", "Eastfield"]
    assert ("on", "Friday") in [(case, t.text) for case, t in tree.obliques(verb.i)]


def test_the_agent_of_a_passive():
    tree = parse("The depot was overrun by the insurgents at dawn.")
    verb = next(t for t in tree.tokens if t.text == "overrun")
    assert tree.is_passive(verb.i) and tree.agent(verb.i).text == "insurgents"


def test_a_verb_coordinated_with_another_shares_its_subject():
    tree = parse("The army shelled the ridge and stormed the village.")
    stormed = next(t for t in tree.tokens if t.text == "stormed")
    assert tree.subject(stormed.i).text == "army"


def test_a_tree_built_by_hand_answers_the_same_questions():
    # "Rebels took Xa": the value the event layer reads, made without the parser
    tokens = (Token(0, "Rebels", 0, 6, "NNS", "nsubj", 1), Token(1, "took", 7, 11, "VBD", "root", 1),
              Token(2, "Xa", 12, 14, "NNP", "obj", 1))
    tree = Tree("Rebels took Xa", tokens)
    assert tree.subject(1).text == "Rebels" and [o.text for o in tree.objects(1)] == ["Xa"]
    assert tree.at(12).text == "Xa" and tree.span(1) == (0, 14)


def test_a_verb_joined_to_a_word_that_is_no_verb_takes_the_subject_of_the_verb_above_it():
    # "They held the road north and took Xa", as a parser may read it: "took" a conjunct of the adverb "north"
    words = [("They", "PRP", "nsubj", 1), ("held", "VBD", "root", 1), ("the", "DT", "det", 3),
             ("road", "NN", "obj", 1), ("north", "RB", "advmod", 1), ("and", "CC", "cc", 6),
             ("took", "VBD", "conj", 4), ("Xa", "NNP", "obj", 6)]
    tokens, at = [], 0
    for i, (word, tag, dep, head) in enumerate(words):
        tokens.append(Token(i, word, at, at + len(word), tag, dep, head))
        at += len(word) + 1
    tree = Tree(" ".join(w for w, *_ in words), tuple(tokens))
    assert tree.subject(6).text == "They"
    assert tree.subject(4) is None  # (the adverb itself has none: only a verb joined to it climbs)


@pytest.mark.parametrize("text", ["", "x" * 5000])
def test_nothing_to_parse(text):
    assert parse(text) is None


def test_missing_weights_are_one_clear_error(tmp_path, monkeypatch):
    from conflictmap.errors import ConflictmapError
    from conflictmap.syntax import parse as parse_module

    monkeypatch.setattr(parse_module, "MODEL_DIR", tmp_path / "no-model")
    message = r"^the parser's weights are missing from .*no-model .*reinstall conflictmap$"
    with pytest.raises(ConflictmapError, match=message):
        parse_module.model_info()
