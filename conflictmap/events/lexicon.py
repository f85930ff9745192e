"""Word families kept as data: ``wordlists/NAME.txt``, each read here and nowhere else.

A family file holds one noun a line: its singular, then "|" and its plural when that is not the singular with -s
(-es after s, sh, ch, x); "| plural" alone for a noun used only in the plural; "#" starts a comment. The modules
that find words in sentences ask this one for a family's forms as a regular-expression alternation, so a word is
added to a family once, in its file, and every reader of the family sees it.
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
    singulars: tuple[str, ...]  # (the forms naming one)
    plurals: tuple[str, ...]  # (the forms naming several)

    def pattern(self, number: str = "any") -> str:
        """An alternation of the family's forms (longest first), for ``number`` "one", "many" or "any"."""
        forms = {"one": self.singulars, "many": self.plurals, "any": self.singulars + self.plurals}[number]
        return "(?:" + "|".join(re.escape(f).replace(r"\ ", r"\s+")
                                for f in sorted(set(forms), key=len, reverse=True)) + ")"


@lru_cache(maxsize=None)
def family(name: str) -> Family:
    """The family ``name`` (``wordlists/NAME.txt``)."""
    path = _FOLDER / f"{name}.txt"
    singulars, plurals = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        one, bar, many = (" ".join(part.split()) for part in text.partition("|"))
        if bar and not many or not re.fullmatch(r"[a-z][a-z' -]*|", one + many):
            raise WordListError(f"{path.name}, line {n}: expected 'singular', 'singular | plural' or '| plural' in "
                                f"lower case, got {line!r}; fix the line")
        if one:
            singulars.append(one)
        plurals.append(many or one + ("es" if one.endswith(("s", "sh", "ch", "x")) else "s"))
    return Family(name, tuple(singulars), tuple(plurals))
