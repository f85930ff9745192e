"""Word families kept as data: ``wordlists/NAME.txt``, each read here and nowhere else.

A noun family's file holds one noun a line: its singular, then "|" and its plural when that is not the singular
with -s (-es after s, sh, ch, x); "| plural" alone for a noun used only in the plural. A verb family's file
(``wordlists/verbs/NAME.txt``) holds one verb a line: its base form, then, when they are not the regular ones, "|" and its past,
past participle and -ing form ("take | took | taken | taking"); a verb of several words inflects its first
("pull out of" → "pulled out of"). "#" starts a comment. The modules that find words in sentences ask this one for a
family's forms as a regular-expression alternation, so a word is added to a family once, in its file, and every
reader of the family sees it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from conflictmap.errors import ConflictmapError

_FOLDER = Path(__file__).with_name("wordlists")


class WordListError(ConflictmapError, ValueError):
    """A word-list file of the package is malformed (a fault of the package, not of a user's input)."""


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    nouns: tuple[tuple[str, str], ...]  # (singular, plural) of each noun; singular "" for a plural-only noun

    @property
    def singulars(self) -> tuple[str, ...]:  # (the forms naming one)
        return tuple(one for one, _ in self.nouns if one)

    @property
    def plurals(self) -> tuple[str, ...]:  # (the forms naming several)
        return tuple(many for _, many in self.nouns)

    def pattern(self, number: str = "any") -> str:
        """An alternation of the family's forms (longest first), for ``number`` "one", "many" or "any"."""
        forms = {"one": self.singulars, "many": self.plurals, "any": self.singulars + self.plurals}[number]
        return _alternation(forms)


def _alternation(forms) -> str:
    """The forms as one regular-expression alternation, longest first; a space matches any run of spaces."""
    ordered = sorted(set(forms), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered) + ")"


@dataclass(frozen=True, slots=True)
class Verbs:
    name: str
    lemmas: tuple[tuple[str, str, str, str, str], ...]  # (base, -s, past, past participle, -ing) of each verb

    _TENSES = ("base", "s", "past", "participle", "ing")

    def pattern(self, *tenses: str, verb_only: bool = False) -> str:
        """An alternation of the family's forms in ``tenses`` ("base", "s", "past", "participle", "ing"; all when
        none is given), longest first; ``verb_only``: without the words after the verb ("withdrew", not "withdrew
        from": for "withdrew its troops from")."""
        wanted = [self._TENSES.index(t) for t in tenses or self._TENSES]
        return _alternation(lemma[i].split()[0] if verb_only else lemma[i] for lemma in self.lemmas for i in wanted)

    def forms(self) -> set[str]:
        return {form for lemma in self.lemmas for form in lemma}


def _lines(path: Path):
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = line.split("#", 1)[0].strip()
        if text:
            yield n, line, [" ".join(part.split()) for part in text.split("|")]


@lru_cache(maxsize=None)
def verbs(name: str) -> Verbs:
    """The verb family ``name`` (``wordlists/verbs/NAME.txt``)."""
    path = _FOLDER / "verbs" / f"{name}.txt"
    lemmas = []
    for n, line, parts in _lines(path):
        if len(parts) not in (1, 4) or not all(re.fullmatch(r"[a-z][a-z' -]*", p) for p in parts):
            raise WordListError(f"{path.name}, line {n}: expected 'verb' or 'verb | past | participle | -ing' in "
                                f"lower case, got {line!r}; fix the line")
        base, _, rest = parts[0].partition(" ")
        past, participle, ing = (p.partition(" ")[0] for p in parts[1:]) if len(parts) == 4 else _regular(base)
        tail = " " + rest if rest else ""
        lemmas.append((base + tail, _third_person(base) + tail, past + tail, participle + tail, ing + tail))
    return Verbs(name, tuple(lemmas))


def _regular(base: str) -> tuple[str, str, str]:
    if base.endswith("e"):
        return base + "d", base + "d", base[:-1] + "ing"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ied", base[:-1] + "ied", base + "ing"
    return base + "ed", base + "ed", base + "ing"


def _third_person(base: str) -> str:
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + ("es" if base.endswith(("s", "sh", "ch", "x", "o")) else "s")


@lru_cache(maxsize=None)
def family(name: str) -> Family:
    """The noun family ``name`` (``wordlists/NAME.txt``)."""
    path = _FOLDER / f"{name}.txt"
    nouns = []
    for n, line, parts in _lines(path):
        one, bar, many = parts[0], len(parts) > 1, parts[1] if len(parts) > 1 else ""
        if bar and not many or len(parts) > 2 or not re.fullmatch(r"[a-z][a-z' -]*|", one + many):
            raise WordListError(f"{path.name}, line {n}: expected 'singular', 'singular | plural' or '| plural' in "
                                f"lower case, got {line!r}; fix the line")
        nouns.append((one, many or one + ("es" if one.endswith(("s", "sh", "ch", "x")) else "s")))
    return Family(name, tuple(nouns))
