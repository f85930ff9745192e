"""Word families kept as data, each read by one module and spelt out nowhere else."""

import ast
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


@pytest.mark.parametrize("name", [p.stem for p in (EVENTS / "wordlists").glob("*.txt")])
def test_no_module_spells_out_a_family_of_its_own(name):
    """An assignment in the event layer whose regular expressions list four or more of a family's nouns as
    alternatives ("civilians?|villagers?|…", or a tuple of them) is a second copy of the family."""
    family = lexicon.family(name)
    forms = set(family.singulars + family.plurals)
    for path in EVENTS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Assign):
                continue
            text = "|".join(c.value for c in ast.walk(node.value) if isinstance(c, ast.Constant) and
                            isinstance(c.value, str))
            text = re.sub(r"(?<=[a-z])\(\?:[^()]*\)\??", "", text)  # (a word's endings: "police(?:men|women)")
            members = {_plain(m) for m in re.split(r"[|()]", text)}
            listed = {m for m in members if m in forms or m + "s" in forms}
            assert len(listed) < 4, f"{path.name}:{node.lineno} spells out the {name} family: {sorted(listed)}"


def _plain(member: str) -> str:
    """An alternative of a regular expression as the word it matches: "villagers?" → "villager"."""
    member = re.sub(r"^\?:|\\b|\?$", "", member.strip()).lower()
    return member[:-1] if member.endswith("s?") else member.rstrip("?")
