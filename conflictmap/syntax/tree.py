"""A dependency parse as plain values, and the structural questions asked of it.

Relations are Universal Dependencies' (https://universaldependencies.org/u/dep/): ``nsubj`` / ``nsubj:pass``
(subject), ``obj`` (object), ``obl`` (an oblique: "on Sunday", "from Minova", "by the army" with ``case`` "by"),
``obl:agent`` where the treebank marks it, ``conj`` (a coordinated word; its ``cc`` is "and"/"or"), ``appos``,
``acl:relcl`` (a relative clause), ``ccomp`` (a reported-speech complement: "said *that it had taken*"),
``xcomp``, ``advcl``, ``compound``, ``nmod``, ``nmod:poss`` ("*its* fighters"), ``det``. Tags are the treebank's
Penn tags (``VBD``, ``NNP``, ``PRP``…).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

SUBJECTS = ("nsubj", "nsubj:pass", "csubj")
OBJECTS = ("obj", "iobj")


@dataclass(frozen=True)
class Token:
    i: int
    text: str
    start: int  # character offsets in the parsed text
    end: int
    tag: str  # Penn tag (VBD, NNP, PRP…)
    dep: str  # UD relation to its head ("root" for the root)
    head: int  # index of the head (itself for the root)

    @property
    def is_verb(self) -> bool:
        return self.tag.startswith("VB")

    @property
    def is_noun(self) -> bool:
        return self.tag.startswith(("NN", "PRP", "CD"))


@dataclass(frozen=True)
class Tree:
    """One parsed sentence: tokens in order, each knowing its head and relation."""

    text: str
    tokens: tuple[Token, ...]

    @cached_property
    def _children(self) -> tuple[tuple[int, ...], ...]:
        kids: list[list[int]] = [[] for _ in self.tokens]
        for t in self.tokens:
            if t.head != t.i:
                kids[t.head].append(t.i)
        return tuple(tuple(k) for k in kids)

    def children(self, i: int, *deps: str) -> list[Token]:
        """The words ``i`` governs (with one of ``deps``, if given; "obl" also matches "obl:tmod" and the like)."""
        out = [self.tokens[k] for k in self._children[i]]
        return [t for t in out if not deps or t.dep in deps or t.dep.split(":")[0] in deps]

    def subtree(self, i: int) -> list[Token]:
        """``i`` and every word below it, in text order."""
        seen, todo = [], [i]
        while todo:
            k = todo.pop()
            seen.append(k)
            todo.extend(self._children[k])
        return [self.tokens[k] for k in sorted(seen)]

    def span(self, i: int) -> tuple[int, int]:
        """The character span of ``i``'s subtree."""
        words = self.subtree(i)
        return words[0].start, words[-1].end

    def at(self, offset: int) -> Token | None:
        """The token covering character ``offset`` (or the first one starting after it, within a space)."""
        for t in self.tokens:
            if t.start <= offset < t.end or (offset < t.start and t.start - offset <= 1):
                return t
        return None

    def head_of(self, i: int) -> Token | None:
        t = self.tokens[i]
        return None if t.head == i else self.tokens[t.head]

    def subject(self, i: int) -> Token | None:
        """The subject of verb ``i``: its own; else, for a verb coordinated with another ("took A and seized B") or
        an open complement ("tried to take"), the subject of the verb it hangs from."""
        k, hops, joined = i, 0, False
        while hops < 4:
            own = self.children(k, *SUBJECTS)
            if own:
                return own[0]
            t = self.tokens[k]
            if t.head != k and (t.dep in ("conj", "xcomp") or joined and not t.is_verb):
                k, hops, joined = t.head, hops + 1, t.dep == "conj"  # (a verb the parser joined to a word that is
                continue  # no verb — "secured the road north of X and recaptured Y": to the verb above that word)
            return None
        return None

    def is_passive(self, i: int) -> bool:
        return bool(self.children(i, "nsubj:pass", "aux:pass"))

    def agent(self, i: int) -> Token | None:
        """The agent of a passive verb: "seized *by* the rebels"."""
        for t in self.children(i, "obl"):
            if t.dep == "obl:agent" or any(c.text.lower() == "by" for c in self.children(t.i, "case")):
                return t
        return None

    def objects(self, i: int) -> list[Token]:
        """The objects of verb ``i``, each with the words coordinated with it ("took A, B and C"). A proper noun
        hung from the verb as a complement is taken for its object too (a parser that does not know a name often
        makes "captured Oldtown" an ``xcomp``)."""
        out = []
        for o in self.children(i):
            if not (o.dep in OBJECTS or (o.dep in ("xcomp", "dep", "ccomp") and o.tag.startswith("NNP"))):
                continue
            out.append(o)
            out.extend(self.conjuncts(o.i))
        return out

    def conjuncts(self, i: int) -> list[Token]:
        """The words coordinated with ``i`` ("A, B and C": B and C for A), in text order."""
        out, todo = [], [i]
        while todo:
            k = todo.pop()
            for c in self.children(k, "conj"):
                out.append(c)
                todo.append(c.i)
        return sorted(out, key=lambda t: t.i)

    def obliques(self, i: int) -> list[tuple[str, Token]]:
        """(preposition, word) of ``i``'s oblique and nominal modifiers: ("from", Minova), ("on", Sunday)."""
        out = []
        for t in self.children(i, "obl", "nmod"):
            case = self.children(t.i, "case")
            out.append((" ".join(c.text.lower() for c in case), t))
        return out

    def governor(self, i: int, *deps: str) -> Token | None:
        """The nearest head above ``i`` reached through ``deps`` relations only."""
        t = self.tokens[i]
        while t.head != t.i and (not deps or t.dep in deps or t.dep.split(":")[0] in deps):
            t = self.tokens[t.head]
            if t.is_verb:
                return t
        return t if t.is_verb else None
