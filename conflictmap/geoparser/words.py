"""The words of a text the recogniser looks at: those of runs of capitalised words, and the word right before a
run when it is an article ("al Qusayr") or a title ("spokesman John"). Every other word is one the recogniser's
rules would pass over (a name cannot join across it), so leaving them out changes nothing but speed.

One regular expression finds the runs; the Basic Multilingual Plane's capitals make a class the regex engine
scans for quickly, and a text with characters beyond it gets the full class (made when first needed: listing
every capital of Unicode takes a tenth of a second).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from conflictmap.geoparser.memo import remember
from conflictmap.geoparser.names import normalize_name
from conflictmap.geoparser.vocabulary import ARTICLES, CONNECTORS, MONTHS, PHRASE_CONNECTORS, TITLES, WEEKDAYS

WORD = re.compile(r"[^\W\d_]+")
SENTENCE_END = frozenset(".!?\n“\"‘'(:;—–")
# Before a sentence's first word, these may stand between it and the end of the last sentence.
_SKIPPED_BEFORE_SENTENCE = frozenset(" \t\r\f\v*#>_[")
_BEYOND_BMP = re.compile("[\U00010000-\U0010FFFF]")
# The word right before a run, matched forwards in the reversed text, from the gap before the run.
_WORD_BEFORE_REVERSED = re.compile(r"(?: \.|[ .\-‐'’‘`])([^\W\d_]+)")
_GAP_CHARS = frozenset(" .-‐'’‘`")
# How two words separated by a gap join in a name key; other gaps (a comma, a word) end a name.
JOINS = {" ": " ", "-": " ", "‐": " ", ".": " ", ". ": " ", "'": "", "’": "", "‘": "", "`": ""}
# Within a run: the words and the gaps between them.
_SPLIT_RUN = re.compile(r"(\. |[ .\-‐`]|['’‘](?![a-z]))")
_WORDS_BEFORE_RUNS = frozenset(ARTICLES) | TITLES
_HEADLINE_MIN_CHARS = 14  # three words of four letters at least
_HEADLINE_CAPITALISED = 0.75  # share of a headline's longer words written with a capital


def _char_class(chars) -> str:
    """A regex character class of ``chars`` written as ranges."""
    codes = sorted(map(ord, chars))
    spans, first, last = [], codes[0], codes[0]
    for c in codes[1:]:
        if c != last + 1:
            spans.append((first, last))
            first = c
        last = c
    spans.append((first, last))
    return "[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                         for a, b in spans) + "]"


@lru_cache(maxsize=2)
def _cluster_pattern(max_code: int) -> re.Pattern:
    """Runs of capitalised words, joined as a name may join them (a space, hyphen, apostrophe or dot, with
    connectors such as "of" or "al" between): "Jisr al-Shughur", "Gulf of Mexico", "U.S. Army"."""
    upper = _char_class(c for c in map(chr, range(max_code)) if c.isupper() and WORD.match(c))
    gap = r"(?:\. |[ .\-‐'’‘`])"
    connector = "(?:" + "|".join(sorted(CONNECTORS, key=len, reverse=True)) + ")"
    # "Ta'ang", "Sana'a" are one word; "Russia's", "I've", "He'd" are not
    word = rf"{upper}[^\W\d_]*(?:['’‘](?!(?:s|ve|d|ll|re|m|t)\b)(?=[a-z])[^\W\d_]+)*"
    return re.compile(rf"{word}(?:{gap}(?:{connector}{gap})*{word})*")


_CLUSTER_BMP = _cluster_pattern(0x10000)
_TOKEN_KEYS: dict[str, str] = {}  # a plain dict of strings: nothing in it for the garbage collector to walk


def token_key(token: str) -> str:
    """A word's lookup key (remembered per distinct word)."""
    key = _TOKEN_KEYS.get(token)
    return key if key is not None else remember(_TOKEN_KEYS, token, normalize_name(token))


_INITIALS = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")


def name_end(text: str, start: int, end: int) -> int:
    """Where a name from ``start`` to ``end`` ends: after the full stop of one written in initials ("U.S." in "hosted
    U.S. special forces", "U.A.E."), whose last stop the runs leave out; else ``end``."""
    if text[end:end + 1] == "." and _INITIALS.fullmatch(text, start, end):
        return end + 1
    return end


def starts_sentence(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in _SKIPPED_BEFORE_SENTENCE:
        i -= 1
    return i < 0 or text[i] in SENTENCE_END or _dash_break(text, i)


def _dash_break(text: str, i: int) -> bool:
    """Is ``text[i]`` a hyphen written as a dash, spaced ("(Reuters) - Gang members"): a break like "—"?"""
    return text[i] == "-" and i > 0 and text[i - 1] == " " and text[i + 1:i + 2] == " "


# Whether a word after each gap starts a sentence ("U.S. Army": "Army" does, by the rule above).
_GAP_STARTS_SENTENCE = {gap: starts_sentence("a" + gap, 1 + len(gap)) for gap in JOINS}


def headlines(text: str, starts: list[int]) -> list[bool]:
    """For words starting at ``starts`` (in order): is the word on a line written in Title Case (a headline),
    where capitals say nothing?"""
    lines = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if len(line) >= _HEADLINE_MIN_CHARS and not line.rstrip().endswith((".", "”", '"')):
            words = [w for w in WORD.findall(line) if len(w) > 3]
            if len(words) >= 3 and sum(w[:1].isupper() for w in words) >= _HEADLINE_CAPITALISED * len(words):
                lines.append((pos, end))
        pos = end + 1
    if not lines:
        return [False] * len(starts)
    out = []
    n = 0
    for start in starts:
        while n < len(lines) and lines[n][1] < start:
            n += 1
        out.append(n < len(lines) and lines[n][0] <= start)
    return out


class Words:
    """The words looked at, in parallel lists: position, word, lookup key, capitalised, how it joins the next word
    in a name (None: it cannot), whether it starts a sentence, whether it is on a headline line."""

    __slots__ = ("text", "start", "end", "word", "key", "cap", "gap", "sentence_start", "headline")

    def __init__(self, text: str):
        self.text = text
        self.start: list[int] = []
        self.end: list[int] = []
        self.word: list[str] = []
        self.gap: list[str | None] = []
        self.sentence_start: list[bool] = []

    def __len__(self) -> int:
        return len(self.word)

    def raw_gap(self, k: int) -> str:
        """The text between word k and the next."""
        return self.text[self.end[k]:self.start[k + 1]]

    def add(self, start: int, word: str, starts_sentence_: bool) -> None:
        """Append a word; a gap of at most ". " from the previous word may join the two."""
        if self.end and start - self.end[-1] <= 2:
            self.gap[-1] = JOINS.get(self.text[self.end[-1]:start])
        self.start.append(start)
        self.end.append(start + len(word))
        self.word.append(word)
        self.gap.append(None)
        self.sentence_start.append(starts_sentence_)

    def add_further(self, start: int, parts: list[str] | tuple[str, ...]) -> None:
        """The further words of a run starting at ``start`` (``parts``: its words and the gaps between them),
        after its first word."""
        starts, ends, found, gaps, sentence_start = self.start, self.end, self.word, self.gap, self.sentence_start
        pos = start + len(parts[0])
        for g in range(1, len(parts), 2):
            gap, word = parts[g], parts[g + 1]
            gaps[-1] = JOINS[gap]
            pos += len(gap)
            starts.append(pos)
            pos += len(word)
            ends.append(pos)
            found.append(word)
            gaps.append(None)
            sentence_start.append(_GAP_STARTS_SENTENCE[gap])

    @classmethod
    def of(cls, text: str, names=None) -> "Words":
        """The words of ``text``. A run of one word for whose key ``names`` (a predicate) says no, with no
        article or title before it, is left out: it can be no place, and no rule reads it."""
        words = cls(text)
        add, is_letter, length = words.add, WORD.match, len(text)
        clusters = _CLUSTER_BMP if text.isascii() or not _BEYOND_BMP.search(text) else _cluster_pattern(0x110000)
        reversed_text = text[::-1]
        for run in clusters.finditer(text):
            start = run.start()
            name = run.group()
            if start and is_letter(text, start - 1):  # "iPhone", "stateIndiana": the word is not capitalised
                while start and is_letter(text, start - 1):
                    start -= 1
                for m in WORD.finditer(text, start, run.end()):
                    add(m.start(), m.group(), starts_sentence(text, m.start()))
                continue
            before = None  # an article or title right before the run ("al Qusayr", "spokesman John")
            if start and text[start - 1] in _GAP_CHARS:
                m = _WORD_BEFORE_REVERSED.match(reversed_text, length - start)
                if m is not None:
                    a = length - m.end(1)
                    word = text[a:length - m.start(1)]
                    if (word.lower() in _WORDS_BEFORE_RUNS or (not word.isascii() and token_key(word) in ARTICLES)) \
                            and (not words.end or words.end[-1] <= a):
                        before = (a, word)
            single = name.isalpha()  # most runs are one word
            if single and before is None and names and not names(token_key(name)) and \
                    not written_as_a_town(text, start):
                continue
            if before is not None:
                add(*before, starts_sentence(text, before[0]))
            parts = (name,) if single else _SPLIT_RUN.split(name)
            if start > 1 and text[start - 1] == " " and text[start - 2] not in _SKIPPED_BEFORE_SENTENCE:
                add(start, parts[0], text[start - 2] in SENTENCE_END or _dash_break(text, start - 2))  # the usual
                # case, quickly
            else:
                add(start, parts[0], starts_sentence(text, start))
            if not single:
                words.add_further(start, parts)
        words.key = [token_key(w) for w in words.word]
        words.cap = [w[:1].isupper() for w in words.word]
        words.headline = headlines(text, words.start)
        return words


def written_as_a_town(text: str, start: int) -> bool:
    """Is the word at ``start`` written as a town's name, right after "the city of" or "the town of" ("seized the
    city of Hit": a common word that names a town here)?"""
    return text.endswith(_TOWN_OF, max(0, start - 16), start)


_TOWN_OF = ("the city of ", "the town of ", "the City of ", "the Town of ")
_DAYS_AND_MONTHS = frozenset(WEEKDAYS) | frozenset(m for m in MONTHS if len(m) > 3 and m != "march")  # ("On Monday
# Ukrainian units": a day before a name is no part of it; "March" and "May" are words too)


def phrase_bounds(words: Words, first: int, last: int) -> tuple[int, int]:
    """The longest run of capitalised words (with connectors between capitalised words) around words first..last
    on one line."""
    word, gaps, sentence_start, n = words.word, words.gap, words.sentence_start, len(words.word)
    lo = first
    while lo > 0 and gaps[lo - 1] in (" ", "-") and not sentence_start[lo] and \
            word[lo - 1].lower() not in _DAYS_AND_MONTHS and \
            not (len(word[lo - 1]) == 1 and word[lo - 1].isupper() and words.raw_gap(lo - 1) == "-") and (  # "D-SC"
            word[lo - 1][:1].isupper() or (word[lo - 1].lower() in PHRASE_CONNECTORS and lo - 2 >= 0 and
                                           word[lo - 2][:1].isupper() and gaps[lo - 2] in (" ", "-"))):
        lo -= 1
    hi = last
    while hi + 1 < n and gaps[hi] in (" ", "-") and not sentence_start[hi + 1] and (
            word[hi + 1][:1].isupper() or (word[hi + 1].lower() in PHRASE_CONNECTORS and hi + 2 < n and
                                           word[hi + 2][:1].isupper() and gaps[hi + 1] in (" ", "-"))):
        hi += 1
    return lo, hi


def first_half(text: str, words: Words, j: int, known_at: Callable[[int], bool]) -> bool:
    """Is the name ending at word ``j`` the first half of a hyphened name of a part of a town ("the Carrefour-Feuilles
    neighbourhood", "the camp of Abu-Shouk") whose second half (a capitalised word) starts no name ``known_at`` says
    is known, a place or an actor (not "the Abuja-Kaduna highway", "the Israel-Hamas war")?"""
    k = j + 1
    if k >= len(words) or not words.cap[k] or words.start[k] != words.end[j] + 1 or text[words.end[j]] not in "-‐‑–":
        return False
    first = next((n for n in range(j, -1, -1) if n == 0 or words.start[n] != words.end[n - 1] + 1), j)
    return (_A_PART_AFTER.match(text, words.end[k]) is not None or
            _A_PART_OF.search(text, max(0, words.start[first] - 40), words.start[first]) is not None) and \
        not known_at(k)


_PARTS = r"(?:neighbou?rhoods?|districts?|quarters?|suburbs?|camps?|villages?|communes?|townships?|areas?)"
_A_PART_AFTER = re.compile(rf"[\w'’-]*\s+{_PARTS}\b", re.I)  # (what a hyphened name before it names)
_A_PART_OF = re.compile(rf"\b{_PARTS}\s+of\s+(?:the\s+)?$", re.I)
