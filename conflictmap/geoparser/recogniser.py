"""Recognition: the place names of a text. At each capitalised word (or an article before one) the longest run of
words the gazetteer knows is a candidate; small rules, each a predicate that returns why it turns a run away,
reject what only looks like a place: sentence-initial common words ("The", "Former"), acronyms ("HTS", "TASS"),
words inside a longer proper name ("Hayat Tahrir al-Sham"), person names (words after a title such as
"President", and their later mentions), calendar words, and the names the caller says are never places (armed
groups such as "Hamas", which GeoNames also lists as a name of Hamm)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable, NamedTuple

from conflictmap.geoparser.gazetteer import COUNTRY, FEATURES, PLACE, Gazetteer
from conflictmap.geoparser.memo import remember
from conflictmap.geoparser.names import fold_marks, normalize_name
from conflictmap.geoparser.vocabulary import (
    ABBREVIATED_TITLES, ARTICLES, CALENDAR, CONNECTORS, CONTAINER_GAP, DESCRIPTORS, DISTRICT_WORDS, FEATURE_WORDS,
    FORCE_HEADS, FUNCTION_WORDS, MODIFIERS, NAME_GIVEN, REGION_WORDS, TITLE_QUALIFIERS, TITLES,
)
from conflictmap.geoparser.words import (
    Words, first_half, name_end, phrase_bounds, token_key, written_as_a_town,
)

_REGION_CUE_WORDS = "(" + "|".join(REGION_WORDS + DISTRICT_WORDS) + ")"
_REGION_BEFORE = re.compile(_REGION_CUE_WORDS + r"\s+of\s+(?:the\s+)?$", re.I)
_NAME_SUFFIX_WORDS = frozenset(("district", "province", "region", "governorate", "division", "agency", "tehsil",
                                "county", "raion", "cercle"))  # (the district suffixes of the index)
_SUFFIX_AFTER = re.compile(r"\s+(" + "|".join(sorted(_NAME_SUFFIX_WORDS)) + r")\b")


def _known_with_suffix(text: str, end: int, key: str, index: dict) -> str | None:
    """The key of a name with the region word written after it in lower case, when only that is known."""
    m = _SUFFIX_AFTER.match(text, end)
    return f"{key} {m.group(1)}" if m and f"{key} {m.group(1)}" in index else None


_REGION_AFTER = re.compile(r"\s+" + _REGION_CUE_WORDS + r"\b", re.I)
# Words that put a name at a point: "near Beni", "outside Kidal", "the outskirts of Goma", "the town of Beni".
_POINT_BEFORE = re.compile(r"\b(?:near|outside|(?:outskirts|edge|centre|center|heart|streets|town|city|village)\s+of)"
                           r"\s+(?:the\s+)?$", re.I)
_REGION_WORD_AFTER = re.compile(r"\s+(province|governorate|state|region|oblast|prefecture)\b", re.I)
# A kind of place written after a name in lower case ("Sake town", "Bulo Burde town", "Mir Ali tehsil"): the
# capitalised word before it names a place even when it opens a sentence and is an English word.
_KIND_AFTER = re.compile(r"[ \t]+(?:town|village|city|district|province|region|governorate|tehsil|subdistrict|"
                         r"county|camp|area|neighbou?rhood|suburb|locality|settlement|municipality|commune|"
                         r"department|territory|valley)\b")
_CONTAINER_AFTER = re.compile(r",[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:" + "|".join(DISTRICT_WORDS + REGION_WORDS) +
                              r")\b")  # ("Sake, Masisi territory": the region a place is in)
_AREA_BITS = sum(1 << FEATURES.index(f) for f in ("country", "region", "continent"))
_PLACE_BIT = 1 << FEATURES.index(PLACE)
_COUNTRY_BIT = 1 << FEATURES.index(COUNTRY)
STRONG_POPULATION = 100_000  # a place this big keeps its name beside other capitalised words ("Gainesville Sun")
ALONE_POPULATION = 1_000_000  # a place this big may be named by a common English word ("Mobile" is not)
COMMON_ALONE_ZIPF = 5.0  # a word this common ("Police", "Section") is no place by itself
COMMON_OPENING_ZIPF = 3.5  # opening a sentence or headline, a word this common ("Former") is no place
COMMON_PHRASE_OPENING_ZIPF = 4.0  # ...nor the start of a longer name ("Former Syrian President")
COMMON_FIRST_NAME_ZIPF = 5.5  # a word this common does not start a person's name ("New Gainesville")
MAX_PERSON_WORDS = 4  # words after a title that may make up a person's name
_MAX_TITLE_WORDS = 4  # title words in a row ("Deputy Foreign Minister"); more ("Mr. Mr. Mr. …") are no title
DATELINE_ACRONYM = 6  # a word in capitals this long is a name (a dateline), not an acronym


@dataclass(slots=True)
class Mention:
    """A place name found in the text, before resolution."""

    start: int
    end: int
    entries: tuple[int, ...]  # 2*i or 2*i+1 as in the gazetteer index
    demonym: int | None  # country entry when the span is a demonym
    container: "Mention | None" = None  # a place written right after ("Springfield, Illinois")
    # "province of Idlib", "Idlib province": the region, not its namesake city — "region" when the word names a
    # first level ("province", "state"), "district" when a second ("district", "county"), "" when no word says
    region_cue: str = ""
    # "near Beni", "outside Kidal", "the town of Beni": a point (a town, not the Bolivian department El Beni)
    point_cue: bool = False


class NameFacts(NamedTuple):
    """What the gazetteer says about all the places one name key may mean.
    (A named tuple: remembered by the thousand, and nothing in it for the garbage collector to walk.)"""

    population: int  # of the most populous
    area: bool  # one is a country, first-level region or continent
    country: bool  # one is a country
    administrative: bool  # one is a country, region, continent or county
    # a one-word name that is no place by itself: a calendar word or compass point ("March", "South"), or a
    # common English word ("Police", "Section", "God", "Man") naming no country, region or big city
    never_alone: bool


class _Run:
    """A run of words (first..last) whose key the gazetteer knows, and what the rules read about it."""

    __slots__ = ("words", "first", "last", "key", "facts", "persons", "single", "demonym", "strong")

    def __init__(self, words: Words, first: int, last: int, key: str, facts: NameFacts, persons: set[str],
                 demonym: bool):
        self.words, self.first, self.last, self.key, self.facts, self.persons = words, first, last, key, facts, persons
        self.single = first == last
        self.demonym = demonym
        # a name that keeps its place whatever stands around it: a demonym, an area, or a big place
        self.strong = demonym or facts.administrative or facts.population >= STRONG_POPULATION


class Recogniser:
    """Finds place names with one gazetteer. ``not_places``: names that never mean a place here, however the
    gazetteer lists them (the actors' names: "Hamas" is also an alternate name of Hamm, Germany)."""

    CHUNK_CHARS = 400_000

    def __init__(self, gazetteer: Gazetteer, not_places: Iterable[str] = ()):
        self.gaz = gazetteer
        self.not_places = frozenset(normalize_name(name) for name in not_places)
        self._facts_memo: dict[str, NameFacts] = {}
        # The rules, in the order they are asked; a run of several words meets only those that read more than
        # one word.
        self._word_rules: tuple[Callable[[_Run], str | None], ...] = (
            self._no_place_by_its_name, self._a_title_before_a_name, self._an_acronym, self._a_persons_name,
            self._a_common_word_opening, self._inside_a_longer_name, self._an_operations_name, self._a_models_name)
        self._phrase_rules: tuple[Callable[[_Run], str | None], ...] = (
            self._never_a_place_here, self._a_persons_name, self._inside_a_longer_name, self._an_operations_name)

    def recognise_all(self, text: str) -> list[Mention]:
        """Recognition in pieces of about :attr:`CHUNK_CHARS`, cut at paragraph or line ends, so a 20 MB text
        costs the memory of one piece's words (mentions are few and small)."""
        if len(text) <= self.CHUNK_CHARS:
            return self.recognise(text)
        mentions: list[Mention] = []
        start = 0
        while start < len(text):
            end = min(len(text), start + self.CHUNK_CHARS)
            if end < len(text):
                cut = max(text.rfind("\n\n", start, end), text.rfind("\n", start, end), text.rfind(". ", start, end))
                end = cut + 1 if cut > start else end
            for m in self.recognise(text[start:end]):
                m.start += start
                m.end += start
                mentions.append(m)
            start = end
        return mentions

    def _longest_known(self, text: str, words: Words, k: int) -> tuple[int, str, bool] | None:
        """The longest run of words from word ``k`` that the gazetteer knows: (its last word, its key, whether it is
        an abbreviation written with its full stop), or None."""
        cap, key_of, gaps = words.cap, words.key, words.gap
        index, demonyms, abbreviations = self.gaz.index, self.gaz.demonyms, self.gaz.abbreviations
        best, key, j = None, key_of[k], k
        while True:
            if cap[j]:
                if (key in index or key in demonyms) and not (  # (not a compass word alone: "Southwest region")
                        j == k and self.facts(key).never_alone and _known_with_suffix(text, words.end[j], key, index)):
                    best = (j, key, False)
                elif best is None and (suffixed := _known_with_suffix(text, words.end[j], key, index)):
                    best = (j, suffixed, False)  # "in Chagai district": a district known only so
                if key in abbreviations and text[words.end[j]:words.end[j] + 1] == ".":
                    best = (j, key, True)  # "W.Va.", "Ga."
            elif key_of[j] not in CONNECTORS:
                break
            if j - k >= self.gaz.max_words or gaps[j] is None and not (  # ("Cox's Bazar": an apostrophe's s
                    j + 1 < len(key_of) and _APOSTROPHE_S.fullmatch(text, words.end[j], words.start[j + 1])):
                break  # inside a name the gazetteer knows so)
            j += 1
            key = key + (gaps[j - 1] if gaps[j - 1] is not None else "s ") + key_of[j]
        return best

    def recognise(self, text: str) -> list[Mention]:
        """The place names of ``text``: at each capitalised word (or an article before one), the longest run of
        words the gazetteer knows, if the rules accept it."""
        text = fold_marks(text)  # (the same length: offsets hold in the original)
        words = Words.of(text, self.may_stand_alone)
        if not len(words):
            return []
        cap_at = [k for k in range(len(words)) if words.cap[k]]
        persons = self._person_words(words, cap_at) | self._surnames(words, cap_at)
        demonyms, abbreviations = self.gaz.demonyms, self.gaz.abbreviations
        mentions: list[Mention] = []
        done = -1
        for k in self._run_starts(words, cap_at):
            if k <= done:
                continue
            best = self._longest_known(text, words, k)
            if best is None:
                continue
            j, key, abbreviated = best
            if first_half(text, words, j, lambda k: self._longest_known(text, words, k) is not None or
                          words.key[k] in self.not_places):
                done = j + 1
                continue
            if abbreviated:
                mentions.append(Mention(words.start[k], words.end[j] + 1, (2 * abbreviations[key],), None))
                done = j
            elif self.reason_to_reject(words, k, j, key, persons) is None:
                end = name_end(text, words.start[k], words.end[j])
                mentions.append(Mention(words.start[k], end, self.gaz.entries(key), demonyms.get(key)))
                done = j
        _attach_containers(mentions, text)
        districts = self.gaz.data.districts
        for m in mentions:
            before = text[max(0, m.start - 25):m.start]
            said = ("of" in before.lower() and _REGION_BEFORE.search(before)) or _REGION_AFTER.match(text, m.end)
            if not said:
                m.point_cue = _POINT_BEFORE.search(before) is not None
                continue
            m.region_cue = "district" if said.group(1).lower() in DISTRICT_WORDS else "region"
            key = normalize_name(text[m.start:m.end])
            named = districts.get(key)
            if named is not None:  # "Soum province": the district so named is a candidate too (areas first)
                more = (named,) if type(named) is int else named
                m.entries = tuple(dict.fromkeys(more + m.entries))
            cue = _REGION_WORD_AFTER.match(text, m.end)
            if cue:  # "Uruzgan province": a region known by that name only with its region word
                m.entries = tuple(dict.fromkeys(self.gaz.entries(f"{key} {cue.group(1).lower()}") + m.entries))
        return mentions

    @staticmethod
    def _run_starts(words: Words, cap_at: list[int]) -> list[int]:
        """Where a name may start: each capitalised word, and an article joined to one ("al Qusayr", not "the
        City")."""
        cap, key_of, gaps = words.cap, words.key, words.gap
        starts = []
        for c in cap_at:
            if c > 0 and not cap[c - 1] and key_of[c - 1] in ARTICLES and gaps[c - 1] is not None:
                starts.append(c - 1)
            starts.append(c)
        return starts

    def may_stand_alone(self, key: str) -> bool:
        """Could this word alone name a place: an abbreviation ("Ga."), or a name or demonym the gazetteer
        knows that is not turned away whenever it stands alone ("March", "Police": see NameFacts)?"""
        gaz = self.gaz
        return key in gaz.abbreviations or (
            (key in gaz.index or key in gaz.demonyms) and not self.facts(key).never_alone and
            key not in self.not_places) or key in gaz.data.districts  # (one read only with its region word)

    def facts(self, key: str) -> NameFacts:
        """What the gazetteer says about every place a name key may mean (remembered per key)."""
        facts = self._facts_memo.get(key)
        if facts is not None:
            return facts
        cols = self.gaz.columns
        features = 0  # a bit per feature code
        population = 0
        for e in self.gaz.entries(key):  # countries, regions and counties first, then places by falling population
            features |= 1 << cols.feature[e >> 1]
            population = max(population, cols.population[e >> 1])
            if features & _PLACE_BIT:
                break
        administrative = bool(features & ~_PLACE_BIT)
        never_alone = key in CALENDAR or key in MODIFIERS or key in FEATURE_WORDS or (
            not (administrative or key in self.gaz.demonyms) and population < ALONE_POPULATION and
            self.gaz.zipf(key) >= COMMON_ALONE_ZIPF)
        return remember(self._facts_memo, key, NameFacts(population, bool(features & _AREA_BITS),
                                                        bool(features & _COUNTRY_BIT), administrative, never_alone))

    # ------------------------------------------------------------------------------------ people

    def _person_words(self, words: Words, cap_at: list[int]) -> set[str]:
        """Words that name people in this text: the capitalised words after a title ("President Bashar Assad"),
        unless a sentence ends between ("an interim president. CINCINNATI —") or the word after the title is a
        country's adjective or name ("the deputy Russian foreign minister")."""
        persons: set[str] = set()
        n = len(words)
        word, key, gaps, sentence_start = words.word, words.key, words.gap, words.sentence_start
        for c in cap_at:
            k = c - 1
            if k < 0 or gaps[k] is None or word[k].lower() not in TITLES:
                continue
            j = k + 1
            while j < n and j - k <= _MAX_TITLE_WORDS and gaps[j - 1] is not None and \
                    (word[j].lower() in TITLES or word[j].lower() in TITLE_QUALIFIERS):
                j += 1  # further title words ("Foreign Minister", "Vice President"; a few, not "Mr. Mr. Mr. …")
            if j >= n or (sentence_start[j] and word[j - 1].lower() not in ABBREVIATED_TITLES) or \
                    key[j] in self.gaz.demonyms or self.facts(key[j]).country:
                continue
            names = []
            while j < n and gaps[j - 1] is not None and word[j][:1].isupper() and not (names and sentence_start[j]) \
                    and len(names) <= MAX_PERSON_WORDS:  # (one more than a name has is enough to say it is none)
                names.append(word[j])
                if gaps[j] is None or gaps[j] == "":
                    break
                j += 1
            if 1 <= len(names) <= MAX_PERSON_WORDS:
                persons.update(token_key(w) for w in names)
        return persons

    def _surnames(self, words: Words, cap_at: list[int]) -> set[str]:
        """Last words of two- or three-word capitalised names that are not places ("Kristina Smith" → smith):
        a later "Smith" alone is the person again, not Smith, Arkansas."""
        out: set[str] = set()
        n = len(words)
        cap, keys, gaps, sentence_start = words.cap, words.key, words.gap, words.sentence_start
        index, demonyms, zipf = self.gaz.index, self.gaz.demonyms, self.gaz.zipf
        done = -1
        for k in cap_at:
            if k <= done or words.headline[k]:
                continue
            j = k
            while j + 1 < n and cap[j + 1] and gaps[j] == " " and (
                    not sentence_start[j + 1] or (len(words.word[j]) == 1 and words.raw_gap(j) == ". ")):
                j += 1  # a middle initial's period ends no sentence: "Matthew D. Flores"
            done = j
            first = k
            while first < j and keys[first] in FUNCTION_WORDS:
                first += 1
            last = keys[j]
            # a name's first word is no modifier, title or common word ("New"); its last no descriptor or demonym
            if 1 <= j - first <= 2 and keys[first] not in MODIFIERS and keys[first] not in TITLES and \
                    zipf(keys[first]) < COMMON_FIRST_NAME_ZIPF and last not in DESCRIPTORS and last not in demonyms \
                    and " ".join(keys[first:j + 1]) not in index and \
                    not all(w.isupper() for w in words.word[first:j + 1]):
                facts = self.facts(last)
                if facts.population < STRONG_POPULATION and not facts.area:
                    out.add(last)
        return out

    # ------------------------------------------------------------------------------------ the rules

    def reason_to_reject(self, words: Words, first: int, last: int, key: str, persons: set[str]) -> str | None:
        """Why words[first..last], whose key the gazetteer knows, is no place name here (None: it is one)."""
        run = _Run(words, first, last, key, self.facts(key), persons, key in self.gaz.demonyms)
        for rule in self._word_rules if first == last else self._phrase_rules:
            reason = rule(run)
            if reason is not None:
                return reason
        return None

    def _no_place_by_its_name(self, run: _Run) -> str | None:
        """(One word.) "March", "Sunday", "South" of "South Ossetian", "Police"; and an actor's name."""
        if run.facts.never_alone and not (self._named_as_a_town(run) and run.key not in CALENDAR and
                                          run.key not in FEATURE_WORDS and run.key not in MODIFIERS):
            return "a calendar word, compass point or common word alone"
        return "a name that is never a place here (an actor's)" if run.key in self.not_places else None

    @staticmethod
    def _named_as_a_town(run: _Run) -> bool:
        """Is the word written as a town's name: capitalised, right after "the city of", "the town of" ("seized the
        city of Hit")?"""
        w = run.words
        return run.single and w.cap[run.first] and written_as_a_town(w.text, w.start[run.first])

    def _never_a_place_here(self, run: _Run) -> str | None:
        """"Hamas", "Taliban": a name the caller says is never a place (an actor's)."""
        return "a name that is never a place here (an actor's)" if run.key in self.not_places else None

    @staticmethod
    def _a_title_before_a_name(run: _Run) -> str | None:
        """(One word.) "Gen. Smith", "Mayor Jones"."""
        w = run.words
        if run.key in TITLES and w.gap[run.first] is not None and run.first + 1 < len(w.word) and w.cap[run.first + 1]:
            return "a title before a name"
        return None

    @staticmethod
    def _an_acronym(run: _Run) -> str | None:
        """(One word.) "HTS", "TASS" — unless the gazetteer knows the acronym as a country ("US", "UK"); a name in
        capitals at the start of a line is a dateline ("CHARLESTON, W.Va. —")."""
        word = run.words.word[run.first]
        if not (word.isupper() and len(word) > 1) or run.facts.country:
            return None
        text, start = run.words.text, run.words.start[run.first]
        i = len(text[:start].rstrip(" \t"))  # (where the line's text before the word ends)
        dateline = start == 0 or (i > 0 and text[i - 1] == "\n") or len(word) >= DATELINE_ACRONYM
        return None if dateline else "an acronym"

    @staticmethod
    def _an_operations_name(run: _Run) -> str | None:
        """"The operation, which Ankara calls Olive Branch", "an offensive dubbed Dawn of Victory"."""
        start = run.words.start[run.first]
        return "the name of an operation" if NAME_GIVEN.search(run.words.text, max(0, start - 80), start) else None

    @staticmethod
    def _a_models_name(run: _Run) -> str | None:
        """(One word.) "Apache helicopters", "Bayraktar drones": a weapon's model (not "Russian jets")."""
        arms = _WEAPON_AFTER.match(run.words.text, run.words.end[run.last])
        return None if run.demonym or run.facts.country or run.facts.administrative or not arms else "a weapon's model"

    @staticmethod
    def _a_persons_name(run: _Run) -> str | None:
        """Every word is a person-name word of this text ("Assad", "the Assads", "Lavrov")."""
        persons = run.persons
        if not persons:
            return None
        key = run.key
        if run.single:
            if key not in CONNECTORS and (key in persons or (key.endswith("s") and key[:-1] in persons)):
                return "a person's name in this text"
            return None
        name_keys = [k for k in run.words.key[run.first:run.last + 1] if k not in CONNECTORS]
        if name_keys and all(_personal(k, persons) for k in name_keys):
            return "a person's name in this text"
        return None

    def _a_common_word_opening(self, run: _Run) -> str | None:
        """(One word.) Sentence-initial or headline words that are common English words: "The", "Former" (not
        when a kind of place follows: "Sake town", or the region it is in: "Sake, Masisi territory")."""
        w = run.words
        if (w.sentence_start[run.first] or w.headline[run.first]) and not run.strong and \
                self.gaz.zipf(w.word[run.first].lower()) >= COMMON_OPENING_ZIPF and \
                not _KIND_AFTER.match(w.text, w.end[run.last]) and \
                not (w.sentence_start[run.first] and _CONTAINER_AFTER.match(w.text, w.end[run.last])):
            return "a common word opening a sentence or headline"
        return None

    def _inside_a_longer_name(self, run: _Run) -> str | None:
        """A place name inside a longer proper name ("Hayat Tahrir al-Sham", "Washington Post") is no place;
        one that heads it ("Aleppo Province", "Syrian Army", "University of Cincinnati") still is."""
        w, first, last = run.words, run.first, run.last
        if w.headline[first]:
            return None  # in a headline, capitals say nothing
        lo, hi = phrase_bounds(w, first, last)
        while lo < first and (w.sentence_start[lo] or w.key[lo] == "the") and \
                self.gaz.zipf(w.key[lo]) >= COMMON_PHRASE_OPENING_ZIPF:
            lo += 1  # sentence-initial common words are no part of the phrase ("Former Syrian President ...")
        before, after = w.key[lo:first], w.key[last + 1:hi + 1]
        strong = run.strong
        if before[-2:-1] and before[-1] == "of" and before[-2] in _WATERS_OF and not run.facts.country:
            return "the name of a water"  # "the Gulf of Aden" is not the town (but "the Gulf of Mexico" is by Mexico)
        if before and before[-1] == "of" and strong:
            return None  # "University of Cincinnati", "Bank of America"
        if before and w.raw_gap(first - 1) == "-" and (run.demonym or run.facts.administrative):
            return None  # "NATO-Russia Council", "US-Russia talks"
        if before and (not set(before) <= MODIFIERS | CONNECTORS or after and after[-1] in FORCE_HEADS):
            return "inside or at the end of a longer name"  # "Hayat Tahrir al-Sham", "President Bashar Assad"
        if len(after) > 1 and after[0] in ARTICLES and w.raw_gap(last + 1) == "-":
            return "at the start of a longer name"  # "Bab al-Nairab" (a district of Aleppo) is not al-Bab
        if not after or strong or after[0] in DESCRIPTORS:
            return None  # "Syrian Army", "Texas Department of Health", "Aleppo Province", "Atlanta Police"
        return "at the start of a longer name"  # "Jordan Smith", "Washington Post", "Tahrir Square"


_APOSTROPHE_S = re.compile(r"['’]s ")
_WEAPON_AFTER = re.compile(r"[ \t]+(?:attack\s+|combat\s+|fighter\s+)?(?:helicopter|gunship|jet|drone|tank|missile|"
                           r"rocket|howitzer|rifle|launcher|warplane)s?\b")
_WATERS_OF = frozenset({"gulf", "bay", "strait", "straits", "sea"})


def _personal(key: str, persons: set[str]) -> bool:
    """A person-name word of the text, or its plural ("the Assads")."""
    return key in persons or (key.endswith("s") and key[:-1] in persons)


def _attach_containers(mentions: list[Mention], text: str) -> None:
    """"Springfield, Illinois", "Al-Bab town, Aleppo governorate": the second name contains the first; remember it
    for resolution."""
    for a, b in zip(mentions, mentions[1:]):
        if b.start - a.end <= 20 and CONTAINER_GAP.fullmatch(text, a.end, b.start):
            a.container = b
