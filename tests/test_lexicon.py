"""Word families kept as data, each read by one module and spelt out nowhere else."""

import ast
import functools
import re
from pathlib import Path

import pytest

from conflictmap.events import lexicon

EVENTS = Path(lexicon.__file__).parent


def test_a_family_has_each_nouns_singular_and_plural():
    people = lexicon.family("people")
    assert {"elder", "man", "child", "aid worker"} <= set(people.singulars)
    assert {"elders", "men", "children", "aid workers", "youths", "churches"} - {"churches"} <= set(people.plurals)
    assert "youth" in people.singulars and "youths" in people.plurals
    one = re.compile(rf"\b{people.pattern('one')}\b")
    assert one.fullmatch("aid  worker") and one.fullmatch("councillor") and not one.fullmatch("councillors")


def test_a_malformed_line_is_named_with_its_number(tmp_path, monkeypatch):
    (tmp_path / "broken.txt").write_text("# a comment\nelder\nman |\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "_FOLDER", tmp_path)
    with pytest.raises(lexicon.WordListError, match=r"broken.txt, line 3: expected"):
        lexicon.family("broken")
    lexicon.family.cache_clear()


NOUNS = sorted(p.stem for p in (EVENTS / "wordlists").glob("*.txt"))
VERBS = sorted(p.stem for p in (EVENTS / "wordlists" / "verbs").glob("*.txt"))


def test_a_verb_family_has_each_verbs_forms():
    capture = lexicon.verbs("capture")
    taking = re.compile(rf"\b{capture.pattern('past', 'participle')}\b")
    assert taking.fullmatch("seized") and taking.fullmatch("overran") and taking.fullmatch("retaken")
    assert not taking.fullmatch("seize") and not taking.fullmatch("capturing")
    assert re.fullmatch(capture.pattern(), "captures") and re.fullmatch(capture.pattern("ing"), "overrunning")
    cede = re.compile(lexicon.verbs("cede").pattern(), re.I)
    assert cede.fullmatch("pulled  out of") and cede.fullmatch("withdrawing from") and cede.fullmatch("Hands over")
    assert cede.fullmatch("lost control of") and not cede.fullmatch("lose control")
    bare = re.compile(lexicon.verbs("cede").pattern("past", verb_only=True))
    assert bare.fullmatch("withdrew") and bare.fullmatch("pulled") and not bare.fullmatch("withdrew from")


def test_a_malformed_verb_line_is_named_with_its_number(tmp_path, monkeypatch):
    (tmp_path / "verbs").mkdir()
    (tmp_path / "verbs" / "broken.txt").write_text("seize\ntake | took | taken\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "_FOLDER", tmp_path)
    with pytest.raises(lexicon.WordListError, match=r"broken.txt, line 2: expected 'verb'"):
        lexicon.verbs("broken")
    lexicon.verbs.cache_clear()


@pytest.mark.parametrize("name", NOUNS + VERBS)
def test_no_module_spells_out_a_family_of_its_own(name):
    """An assignment in the event layer whose regular expressions list four or more of a family's words as
    alternatives ("civilians?|villagers?|…", "captur(?:ed|ing)|seiz(?:ed|ing)|…", or a tuple of them) is a second
    copy of the family."""
    if name in NOUNS:
        words = [set(noun) - {""} for noun in lexicon.family(name).nouns]
    else:
        words = [set(lemma) for lemma in lexicon.verbs(name).lemmas]
    copies = []
    for where, members in _assignments():
        listed = {min(forms) for forms in words if any(_spells(m, forms, name in VERBS) for m in members)}
        if len(listed) >= 4:
            copies.append(f"{where} spells out the {name} family: {sorted(listed)}")
    assert not copies, copies


@functools.lru_cache(maxsize=1)
def _assignments() -> tuple[tuple[str, frozenset[str]], ...]:
    """("module.py:line", the alternatives its strings list) for each assignment of the event layer (read once)."""
    found = []
    for path in sorted(EVENTS.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, (ast.Assign, ast.AnnAssign)) or node.value is None:
                continue
            text = "|".join(c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant) and
                            isinstance(c.value, str))
            text = re.sub(r"(?<=[a-z])\(\?:[^()]*\)\??", "", text)  # (a word's endings: "police(?:men|women)")
            members = frozenset({_plain(m) for m in re.split(r"[|()]", text)} - {""})
            if members:
                found.append((f"{path.name}:{node.lineno}", members))
    return tuple(found)


def _spells(member: str, forms: set[str], verb: bool) -> bool:
    """Does a regular expression's alternative spell one of these forms: the form itself, its singular ("rebels?"
    → "rebel"), or a verb's stem before a group of endings ("captur(?:ed|ing)" → "captur")?"""
    if member in forms or member + "s" in forms or not verb:
        return member in forms or member + "s" in forms
    shortest = min(len(f.split()[0]) for f in forms)
    return len(member) >= max(4, shortest - 2) and any(f.startswith(member) for f in forms)


def _plain(member: str) -> str:
    """An alternative of a regular expression as the word it matches: "villagers?" → "villager"."""
    member = re.sub(r"^\?:|\\b|\?$", "", member.strip()).lower()
    member = member.replace(" ?", " ").replace("\\s+", " ")
    return member[:-1] if member.endswith("s?") else member.rstrip("?")
