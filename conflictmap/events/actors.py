"""Actors: named armed groups, state forces and other parties, with the names news text uses for them
(``actors.csv``: the data folder's own, else the package's, read by :mod:`conflictmap.store.inputs`), found in text
by :class:`ActorMatcher`."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from conflictmap.articles.spans import Spans
from conflictmap.events import lexicon

KINDS = ("state", "non-state", "external", "civilians")


@dataclass(frozen=True)
class Actor:
    name: str
    aliases: tuple[str, ...]
    kind: str  # state | non-state | external | civilians
    country: str = ""  # the one it belongs to (its home: a vote for where a story is)
    countries: tuple[str, ...] = ()  # every country it fights in, the home first ("JNIM": Mali, Burkina Faso, Niger)

    def fights_in(self, country_code: str) -> bool:
        return not self.country or country_code == self.country or country_code in self.countries


def actor_names(actors: list[Actor]) -> list[str]:
    """Every name the actors go by (the geoparser never takes one for a place)."""
    return [alias for actor in actors for alias in actor.aliases]


# Words that refer to the article's main non-state actor without naming it.
GENERIC_REFERENCES = re.compile(
    r"\b(?:the\s+)?(" + lexicon.family("rebels").pattern("many") + r"|group|rebel forces|gunmen)\b", re.I)


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    actor: Actor | None  # None: a generic reference ("the militants") not yet resolved


# "Jama'at Nusrat al-Islam", "Jama’at …", "Jamaat …": a name matched with any apostrophe, or none
_APOSTROPHE = re.compile(r"['’ʼ‘`´]")
_ANY_APOSTROPHE = r"['’ʼ‘`´]?"


def _plain(name: str) -> str:
    """A name's key: lower case, without apostrophes."""
    return _APOSTROPHE.sub("", name).lower()


class ActorMatcher:
    """Find actors in text. Abbreviations ("HTS", "SDF", "LeT", "JeM") match case-sensitively — "LeT" is not
    "let"; other aliases ignore case."""

    def __init__(self, actors: list[Actor]):
        self.actors = actors
        self._last: tuple[str, tuple[ActorMention, ...]] | None = None
        exact, folded = [], []
        self._by_alias: dict[str, Actor] = {}
        for actor in actors:
            for alias in sorted(actor.aliases, key=len, reverse=True):
                key = alias if _abbreviation(alias) else _plain(alias)
                self._by_alias.setdefault(key, actor)
                (exact if _abbreviation(alias) else folded).append(
                    re.escape(alias) if _abbreviation(alias) else _ANY_APOSTROPHE.join(
                        re.escape(part) for part in _APOSTROPHE.split(alias)))
        self._exact = re.compile(r"(?<![\w-])(%s)(?![\w-])" % "|".join(exact)) if exact else None
        self._folded = re.compile(r"(?<![\w-])(%s)(?![\w-])" % "|".join(sorted(folded, key=len, reverse=True)),
                                  re.I) if folded else None

    def find(self, text: str) -> list[ActorMention]:
        """The actors' mentions in ``text``, in order (the last text's are remembered: the pipeline asks twice, for
        the geoparser's home-country votes and for the events)."""
        last = self._last
        if last is not None and last[0] is text:
            return list(last[1])
        found = self._find(text)
        self._last = (text, tuple(found))
        return found

    def _find(self, text: str) -> list[ActorMention]:
        found: list[ActorMention] = []
        for pattern, fold in ((self._folded, True), (self._exact, False), (GENERIC_REFERENCES, None)):
            if pattern is None:
                continue
            before = Spans((f.start, f.end) for f in found)  # (one pass's matches never overlap each other)
            for m in pattern.finditer(text):
                if before.overlaps(m.start(), m.end()):
                    continue
                if fold is None:
                    found.append(ActorMention(m.start(), m.end(), None))
                    continue
                actor = self._by_alias.get(_plain(m.group(1)) if fold else m.group(1))
                if actor is not None:
                    found.append(ActorMention(m.start(), m.end(), actor))
        return sorted(found, key=lambda a: a.start)


def _abbreviation(alias: str) -> bool:
    """All capitals, or a capital right after a small letter ("LeT", "JeM"): written only one way."""
    return alias.isupper() or re.search(r"[a-z][A-Z]", alias) is not None


# Words that name an alliance's members ("an alliance of groups including al Qaeda's Syrian branch", "which groups
# the Nusra Front, Ahrar al-Sham and …"): a member named so is not the story's actor.
_MEMBERS_BEFORE = re.compile(r"\b(?:including|among them|such as|made up of|comprising|consisting of|composed of|"
                             r"groups|grouping|includes)\s+(?:the\s+)?(?:(?!according\b|to\b)[\w'’-]+,?\s+(?:and\s+)?)"
                             r"{0,5}$", re.I)  # (not "killing 14, including children, according to the CSP")


def main_actor(mentions: list[ActorMention], lead_end: int = 0, text: str = "") -> Actor | None:
    """The article's most named non-state armed actor (ties: the first named), when named at least twice or in
    the lead (before ``lead_end``): one mention at the foot of a digest of incidents does not make the story its
    story. An alliance's member named as one (in ``text``) does not count."""
    mentions = [m for m in mentions if not _MEMBERS_BEFORE.search(text, max(0, m.start - 60), m.start)]
    defined = {id(m) for m, n in zip(mentions[1:], mentions) if m.actor is not None and m.actor == n.actor and
               text[n.end:m.start].strip() == "("}  # ("the Movement for the Salvation of Azawad (MSA)": named once,
    armed = [m for m in mentions if m.actor is not None and m.actor.kind == "non-state"]  # though twice in the lead)
    told, counts = Counter(m.actor for m in armed), Counter(m.actor for m in armed if id(m) not in defined)
    said = {(m.actor, text[m.start:m.end].casefold()) for m in armed}
    for short, words in sorted(said, key=lambda s: (len(s[1]), s[1])):  # ("Islamic State" beside "Islamic State
        # in the Greater Sahara": the branch the text names)
        branch = next((a for a, longer in said if a != short and longer.startswith(words + " ")), None)
        if branch is not None:
            counts[branch] += counts.pop(short, 0)
            told[branch] += told.pop(short, 0)
    top = max(counts.values(), default=0)
    if top == 0:
        return None
    best = next(m.actor for m in mentions if m.actor is not None and counts.get(m.actor) == top)
    second = text.find("\n\n", lead_end + 2) if text and lead_end else -1  # (the paragraph after the lead…
    second = len(text) if second < 0 and text and lead_end else second  # … to the end when it is the last)
    if told[best] < 2 and not any(m.actor == best and m.start < lead_end for m in mentions) and not (
            len(counts) == 1 and any(m.actor == best and m.start < second and _opens(text, m.start) for m in mentions)):
        return None  # (but "Armed gangs took Mirebalais. ¶ The gang coalition Viv Ansanm …": the one group named,
    return best  # as its sentence's subject, after the lead)


def _opens(text: str, start: int) -> bool:
    """Does a name open its sentence (after at most three words: "The gang coalition Viv Ansanm, which …")?"""
    return re.search(r"(?:^|[.!?]\s+|\n)(?:[\w'’-]+\s+){0,3}$", text[max(0, start - 60):start]) is not None


@lru_cache(maxsize=4)
def matcher(actors: tuple[Actor, ...]) -> ActorMatcher:
    """The matcher of a set of actors (their aliases compiled once for a run of articles)."""
    return ActorMatcher(list(actors))


def home_countries(text: str, actors: tuple[Actor, ...]) -> dict[str, float]:
    """Country code → how many distinct armed groups of that country the text names ("Houthi fighters" say Yemen,
    "M23" the DR Congo): where a story whose places are ambiguous most likely is. A state's forces are left out
    (they fight abroad too)."""
    out: dict[str, float] = {}
    for actor in _armed_groups(text, actors):
        if actor.country:
            out[actor.country] = out.get(actor.country, 0.0) + 1.0
    return out


def fought_in(text: str, actors: tuple[Actor, ...]) -> frozenset[str]:
    """The countries the non-state armed groups the text names fight in (none when it names none, or one that
    fights anywhere: "Islamic State")."""
    found = _armed_groups(text, actors)
    if any(not actor.country for actor in found):
        return frozenset()
    return frozenset(c for actor in found for c in (actor.countries or (actor.country,)))


def _armed_groups(text: str, actors: tuple[Actor, ...]) -> set[Actor]:
    """The distinct non-state armed groups the text names (the matcher remembers the last text's mentions)."""
    return {m.actor for m in matcher(actors).find(text) if m.actor is not None and m.actor.kind == "non-state"}
