"""The geoparser: find place names in text (recognition) and pick the place each one means (resolution).

Recognition matches capitalised word sequences against the gazetteer's name index (longest match first), with
rules for what English news does to names: hyphen and article variants ("Al-Qusayr", "al Qusayr", "Qusayr"),
diacritics, possessives ("Russia's"), demonyms ("Lebanese" → Lebanon). It rejects what only looks like a place:
sentence-initial common words ("The", "Former"), acronyms ("HTS", "TASS"), words inside a longer proper name
("Hayat Tahrir al-Sham"), and person names (words after a title such as "President", and their later mentions).

Resolution scores every candidate place with the article's context: feature type (country, region, place),
population, a container written next to the name ("Springfield, Illinois"), the article's country and region
focus, and distance to the other places in the article.

:func:`geoparse` is the one geoparser: the CLI's ``geoparse`` command, the benchmark and the build all call it.

Speed (``benchmarks/geoparse.py``): one regular expression finds the runs of capitalised words, and only their
words (with the article or title before a run) are looked at — the rules never need the others. What depends
only on a name (its facts in the gazetteer, its candidates and their priors) is worked out once per process;
what depends on the article but not on the choices (distances) once per article, for all its names together.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Iterable, NamedTuple

import numpy as np

from . import gazetteer as gz


_WORD = re.compile(r"[^\W\d_]+")
# Lower-case words that may sit inside a place name ("Gulf of Mexico", "Jisr al-Shughur", "Rio de Janeiro").
CONNECTORS = frozenset("al el ad ar as ash at az an adh ath es ez ed er et of the de del la le du des da do dos "
                       "das di van von der den y en sur am bin ibn abu bou ben upon on".split())
# The connectors that may join capitalised words into one longer proper name ("Bank of America", "Hayat Tahrir
# al-Sham"); English words that also join places to dates or other names ("on", "at", "the") are left out.
PHRASE_CONNECTORS = frozenset("al el ad ar az ash adh ath ez of de del la le du des dos das di van von der den y "
                              "bin ibn abu bou ben".split())
# Capitalised only because they open a sentence: not part of the name that follows ("In Aleppo", "Former ...").
FUNCTION_WORDS = frozenset("""the a an in on at by for from to of with after before during when while as near
outside since until but and or if then yesterday today earlier later meanwhile former last next this that these
those some many several both all most few his her their its our my your we they he she it there here""".split())
# Words that make the next capitalised words a person's name.
TITLES = frozenset("""president presidents minister ministers premier chancellor diplomat diplomats spokesman
spokeswoman spokesperson leader commander general gen mr mrs ms miss dr prof sen senator rep representative gov
governor mayor sheriff chief judge justice secretary pope king queen prince princess sheikh emir ambassador envoy
coach pastor rev reverend deputy lt sgt col capt captain detective officer prosecutor attorney councilman
councilwoman commissioner superintendent principal director chairman chairwoman ceo trooper sergeant lieutenant
colonel major corporal private admiral marshal president-elect vice correspondent reporter anchor host author
professor doctor nurse sir lord lady dame saint st""".split())
# Titles written short, with a period that does not end the sentence ("Gen. Smith", "Sen. Webb").
ABBREVIATED_TITLES = frozenset("gen sen rep gov lt sgt col capt cpl maj adm mr mrs ms dr prof rev st det supt".split())
# Capitalised words that, after a place name, make a longer name that is still about the place.
DESCRIPTORS = frozenset("""county city state province governorate district region territory republic township
town village borough parish municipality prefecture oblast krai area valley river lake mountains mountain island
islands coast bay gulf sea peninsula desert airport port harbor harbour border front countryside suburbs
police army forces force military government regime authorities authority council parliament assembly
administration ministry embassy consulate university college school schools hospital court courthouse jail
prison library museum airbase base station metro times post herald tribune journal news daily chronicle gazette
press observer star sun register bulletin record courier dispatch democrat republican independent sentinel
telegraph mirror guardian standard examiner enquirer inquirer director directors arts council business market
chamber board public fire health water housing zoo park mall center centre club church medical regional
community department office commission committee festival fair symphony orchestra theatre theater ballet
opera library stadium arena bridge road street avenue highway airport harbor mayor city's school's""".split())
# Capitalised words that, before a place name, still leave the place as the thing named.
MODIFIERS = frozenset("""north south east west northern southern eastern western central northeast northwest
southeast southwest northeastern northwestern southeastern southwestern greater downtown upper lower inner outer
old rural metro metropolitan suburban coastal occupied besieged liberated""".split())
# Capitalised because they are dates, not places (although "May" and "Sunday" are places somewhere): months,
# days and their abbreviations ("Nov."), holidays.
CALENDAR = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue
tues wed thu thur thurs fri sat sun christmas easter passover ramadan hanukkah thanksgiving halloween""".split())
# Words for a kind of physical feature: alone ("the Gulf", "Bay") they name no place the gazetteer means (the
# Gulf province of Papua New Guinea is not "the Gulf" of news); in a name ("Gulf of Aden", "Bay City") they can.
FEATURE_WORDS = frozenset("""gulf bay sea ocean lake river mount cape island islands strait valley desert coast
peninsula harbor harbour""".split())
_REGION_WORDS = r"(?:province|governorate|state|region|oblast|prefecture|county)"
_REGION_BEFORE = re.compile(_REGION_WORDS + r"\s+of\s+(?:the\s+)?$", re.I)
_REGION_AFTER = re.compile(r"\s+" + _REGION_WORDS + r"\b", re.I)
_SENTENCE_END = set(".!?\n“\"‘'(:;—–")


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
    upper = _char_class(c for c in map(chr, range(max_code)) if c.isupper() and _WORD.match(c))
    gap = r"(?:\. |[ .\-‐'’‘`])"
    connector = "(?:" + "|".join(sorted(CONNECTORS, key=len, reverse=True)) + ")"
    return re.compile(rf"{upper}[^\W\d_]*(?:{gap}(?:{connector}{gap})*{upper}[^\W\d_]*)*")


# Only the words in and next to capitalised runs are ever looked at. The Basic Multilingual Plane's capitals
# make a class the regex engine scans for quickly; a text with characters beyond it gets the full class (made
# when first needed: listing every capital of Unicode takes a tenth of a second).
_CLUSTER_BMP = _cluster_pattern(0x10000)
_BEYOND_BMP = re.compile("[\U00010000-\U0010FFFF]")
# The word right before a run, when a name could start there ("al Qusayr") or a title does ("spokesman John"):
# matched forwards in the reversed text, from the gap before the run.
_WORD_BEFORE_REVERSED = re.compile(r"(?: \.|[ .\-‐'’‘`])([^\W\d_]+)")
_GAP_CHARS = frozenset(" .-‐'’‘`")
# How two words separated by a gap join in a name key; other gaps (a comma, a word) end a name.
_JOINS = {" ": " ", "-": " ", "‐": " ", ".": " ", ". ": " ", "'": "", "’": "", "‘": "", "`": ""}
_SKIPPED_BEFORE_SENTENCE = frozenset(" \t\r\f\v*#>_[")
# Feature codes as the gazetteer's columns hold them.
_PLACE, _REGION, _DISTRICT, _COUNTRY, _CONTINENT = (
    gz.FEATURES.index(f) for f in (gz.PLACE, gz.REGION, gz.DISTRICT, gz.COUNTRY, gz.CONTINENT))
_AREA_BITS = sum(1 << gz.FEATURES.index(f) for f in (gz.COUNTRY, gz.REGION, gz.CONTINENT))
# Within a run: the words and the gaps between them.
_SPLIT_RUN = re.compile(r"(\. |[ .\-‐'’‘`])")


@dataclass(frozen=True, slots=True)
class Toponym:
    """A place name found in a text, and the place it was resolved to."""

    start: int
    end: int
    name: str  # text[start:end]
    lat: float
    lon: float
    geonameid: int | None
    country_code: str | None
    feature: str  # country | region | place | continent
    gazetteer_name: str
    population: int
    demonym: bool = False  # "Lebanese" → Lebanon
    candidates: int = 1  # how many places the name could mean

    def as_json(self) -> dict:
        return {
            "start": self.start, "end": self.end, "name": self.name, "lat": self.lat, "lon": self.lon,
            "geonameid": self.geonameid, "country_code": self.country_code, "feature": self.feature,
        }


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    entries: tuple[int, ...]  # 2*i or 2*i+1 as in the gazetteer index
    demonym: int | None  # country entry when the span is a demonym
    container: "_Mention | None" = None  # a place written right after ("Springfield, Illinois")
    region_cue: bool = False  # "province of Idlib", "Idlib province": the region, not its namesake city


def _remember(cache: dict, key, value):
    """Store ``value`` in a per-process cache, emptied when it holds 200,000 (a long run meets ever more names)."""
    if len(cache) >= 200_000:
        cache.clear()
    cache[key] = value
    return value


_TOKEN_KEYS: dict[str, str] = {}  # a plain dict of strings: nothing in it for the garbage collector to walk


def _token_key(token: str) -> str:
    """A word's lookup key (cached per distinct word)."""
    key = _TOKEN_KEYS.get(token)
    return key if key is not None else _remember(_TOKEN_KEYS, token, gz.normalize_name(token))


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


def _starts_sentence(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in _SKIPPED_BEFORE_SENTENCE:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


# The words before a run that the rules read: articles ("al Qusayr") and titles ("spokesman John").
_WORDS_BEFORE_RUNS = frozenset(gz.ARTICLES) | TITLES
# Whether a word after each gap starts a sentence ("U.S. Army": "Army" does, by the rule below).
_GAP_STARTS_SENTENCE = {gap: _starts_sentence("a" + gap, 1 + len(gap)) for gap in _JOINS}


def _headlines(text: str, starts: list[int]) -> list[bool]:
    """For words starting at ``starts`` (in order): is the word on a line written in Title Case (a headline),
    where capitals say nothing?"""
    lines = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if len(line) >= 14 and not line.rstrip().endswith((".", "”", '"')):  # 3 words of 4 letters at least
            words = [w for w in _WORD.findall(line) if len(w) > 3]
            if len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words):
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


class Geoparser:
    """Recognise and resolve place names with one gazetteer. Stateless between calls; safe to share."""

    # Resolution weights (tuned on the LGL development set; see benchmarks/geoparse.py)
    OWN_NAME = 0.6  # a place called by its own name rather than an alternate name
    CONTAINER = 6.0  # "Springfield, Illinois"
    COUNTRY_FOCUS = 4.0  # × share of the article's other names in the candidate's country
    REGION_FOCUS = 2.5  # × share of the article's other names in the candidate's first-level region
    NEARBY = 2.0  # × exp(-km / NEARBY_KM) to the nearest unambiguous place
    NEARBY_KM = 250.0  # and the scale of PAIRING's closeness
    PAIRING = 1.5  # × closeness to the possible places of the article's other ambiguous names
    CAPITAL = 2.0  # a national capital ("Washington", "Moscow said") over same-named places and regions
    MAX_WEIGHED = 12  # candidates whose context is weighed (by prior)

    def __init__(self, gazetteer: gz.Gazetteer | None = None, not_places: Iterable[str] | None = None):
        """``not_places``: names that never mean a place here, however the gazetteer lists them — armed groups
        and parties ("Hamas" is also an alternate name of Hamm, Germany; "Taliban" of a Turkish village). By
        default the aliases of the actors in the package's actors file (``conflictmap/data/actors.csv``)."""
        self.gaz = gazetteer or gz.default()
        if not_places is None:
            from .events import default_actors_path, load_actors  # (events reads toponyms: imported here)

            not_places = [alias for actor in load_actors(default_actors_path()) for alias in actor.aliases]
        self._not_places = frozenset(gz.normalize_name(name) for name in not_places)
        self.gaz.unit_vectors  # noqa: B018 - computed now, as part of loading, not in the first article
        self._base = self._base_priors()
        self._columns = self.gaz.columns
        self._candidates_cache: dict[tuple, _Candidates] = {}
        self._facts_cache: dict[str, _NameFacts] = {}

    # ------------------------------------------------------------ recognition

    def _may_stand_alone(self, key: str) -> bool:
        """Could this word alone name a place: an abbreviation ("Ga."), or a name or demonym the gazetteer
        knows that is not turned away whenever it stands alone ("March", "Police": see _NameFacts)?"""
        gaz = self.gaz
        return key in gaz.abbreviations or (
            (key in gaz.index or key in gaz.demonyms) and not self._facts(key).never_alone and
            key not in self._not_places)

    def recognise(self, text: str) -> list[_Mention]:
        """The place names of ``text``: at each capitalised word (or an article before one), the longest run of
        words the gazetteer knows, if the rules accept it."""
        words = _Words.of(text, self._may_stand_alone)
        n = len(words)
        if not n:
            return []
        cap, key_of, gaps = words.cap, words.key, words.gap
        cap_at = [k for k in range(n) if cap[k]]
        persons = self._person_tokens(words, cap_at)
        persons |= self._surnames(words, cap_at)
        index, demonyms, max_words = self.gaz.index, self.gaz.demonyms, self.gaz.max_words
        abbreviations = self.gaz.abbreviations
        mentions: list[_Mention] = []
        starts = []
        for c in cap_at:
            if c > 0 and not cap[c - 1] and key_of[c - 1] in gz.ARTICLES and gaps[c - 1] is not None:
                starts.append(c - 1)  # "al Qusayr" (but not "the City")
            starts.append(c)
        done = -1
        for k in starts:
            if k <= done:
                continue
            best = None
            key = key_of[k]
            j = k
            while True:
                if cap[j]:
                    if key in index or key in demonyms:
                        best = (j, key, False)
                    if key in abbreviations and text[words.end[j]:words.end[j] + 1] == ".":
                        best = (j, key, True)
                elif key_of[j] not in CONNECTORS:
                    break
                glue = gaps[j]
                if glue is None or j - k >= max_words:
                    break
                j += 1
                key = key + glue + key_of[j]
            if best is None:
                continue
            j, key, abbreviated = best
            if abbreviated:
                mentions.append(_Mention(words.start[k], words.end[j] + 1, (2 * abbreviations[key],), None))
                done = j
            elif self._accept(words, k, j, key, persons):
                mentions.append(_Mention(words.start[k], words.end[j], self.gaz.entries(key), demonyms.get(key)))
                done = j
        self._attach_containers(mentions, text)
        for m in mentions:
            before = text[max(0, m.start - 25):m.start]
            m.region_cue = bool(("of" in before.lower() and _REGION_BEFORE.search(before)) or
                                _REGION_AFTER.match(text, m.end))
        return mentions

    def _person_tokens(self, words: "_Words", cap_at: list[int]) -> set[str]:
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
            # skip further title words ("Foreign Minister", "Vice President")
            while j < n and gaps[j - 1] is not None and (word[j].lower() in TITLES or
                                                         word[j].lower() in ("foreign", "prime", "defense",
                                                                             "defence")):
                j += 1
            if j >= n or (sentence_start[j] and word[j - 1].lower() not in ABBREVIATED_TITLES) or \
                    key[j] in self.gaz.demonyms or self._facts(key[j]).country:
                continue
            names = []
            while j < n and gaps[j - 1] is not None and _is_cap(word[j]) and not (names and sentence_start[j]):
                names.append(word[j])
                if gaps[j] is None or gaps[j] == "":
                    break
                j += 1
            if 1 <= len(names) <= 4:
                persons.update(_token_key(w) for w in names)
        return persons

    def _surnames(self, words: "_Words", cap_at: list[int]) -> set[str]:
        """Last words of two- or three-word capitalised names that are not places ("Kristina Smith" → smith):
        a later "Smith" alone is the person again, not Smith, Arkansas."""
        out: set[str] = set()
        n = len(words)
        index, zipf = self.gaz.index, self.gaz.zipf
        cap, keys, gaps, sentence_start, headline = words.cap, words.key, words.gap, words.sentence_start, \
            words.headline
        done = -1
        for k in cap_at:
            if k <= done or headline[k]:
                continue
            j = k
            while j + 1 < n and cap[j + 1] and gaps[j] == " " and (
                    not sentence_start[j + 1] or (len(words.word[j]) == 1 and words.raw_gap(j) == ". ")):
                j += 1  # a middle initial's period ends no sentence: "Matthew D. Flores"
            done = j
            if j == k:
                continue
            first = k
            while first < j and keys[first] in FUNCTION_WORDS:
                first += 1
            last = keys[j]
            if 1 <= j - first <= 2 and keys[first] not in MODIFIERS and keys[first] not in TITLES and \
                    zipf(keys[first]) < 5.5 and last not in DESCRIPTORS and last not in self.gaz.demonyms and \
                    " ".join(keys[first:j + 1]) not in index and \
                    not all(w.isupper() for w in words.word[first:j + 1]):
                facts = self._facts(last)
                if facts.population < 100_000 and not facts.area:
                    out.add(last)
        return out

    def _facts(self, key: str) -> "_NameFacts":
        """What the gazetteer says about every place a name key may mean (cached per key)."""
        facts = self._facts_cache.get(key)
        if facts is None:
            gaz = self.gaz
            feature_of, population_of = self._columns.feature, self._columns.population
            features = 0  # a bit per feature code
            population = 0
            for e in gaz.entries(key):  # countries, regions and counties first, then places by falling population
                feature = feature_of[e >> 1]
                features |= 1 << feature
                population = max(population, population_of[e >> 1])
                if feature == _PLACE:
                    break
            not_place = bool(features & ~(1 << _PLACE))
            facts = _NameFacts(
                population=population,
                area=bool(features & _AREA_BITS),
                country=bool(features & (1 << _COUNTRY)),
                not_place=not_place,
                never_alone=key in CALENDAR or key in MODIFIERS or key in FEATURE_WORDS or (
                    not (not_place or key in gaz.demonyms) and population < 1_000_000 and gaz.zipf(key) >= 5.0),
            )
            _remember(self._facts_cache, key, facts)
        return facts

    @staticmethod
    def _phrase_bounds(words: "_Words", first: int, last: int) -> tuple[int, int]:
        """The longest run of capitalised words (with connectors) around words first..last on one line."""
        word, gaps, sentence_start = words.word, words.gap, words.sentence_start
        lo = first
        while lo > 0 and gaps[lo - 1] in (" ", "-") and not sentence_start[lo] and \
                not (len(word[lo - 1]) == 1 and words.raw_gap(lo - 1) == "-") and (  # "D-Charleston"
                _is_cap(word[lo - 1]) or (word[lo - 1].lower() in PHRASE_CONNECTORS and lo - 2 >= 0 and
                                          _is_cap(word[lo - 2]) and gaps[lo - 2] in (" ", "-"))):
            lo -= 1
        hi = last
        n = len(words)
        while hi + 1 < n and gaps[hi] in (" ", "-") and not sentence_start[hi + 1] and (
                _is_cap(word[hi + 1]) or (word[hi + 1].lower() in PHRASE_CONNECTORS and hi + 2 < n and
                                          _is_cap(word[hi + 2]) and gaps[hi + 1] in (" ", "-"))):
            hi += 1
        return lo, hi

    def _accept(self, words: "_Words", first: int, last: int, key: str, persons: set[str]) -> bool:
        """Is words[first..last], whose key the gazetteer knows, a place name here?"""
        keys = words.key
        single = first == last
        facts = self._facts(key)
        if single and facts.never_alone:
            return False  # "March", "Sunday", "South" of "South Ossetian"; "Police", "Section", "God" (below)
        if key in self._not_places:
            return False  # "Hamas", "Taliban": an armed group, though a place is also called so
        if single and key in TITLES and words.gap[first] is not None and first + 1 < len(words) and \
                words.cap[first + 1]:
            return False  # "Gen. Smith", "Mayor Jones": a title before a name
        zipf = self.gaz.zipf
        is_demonym = key in self.gaz.demonyms
        is_country = facts.not_place
        # Acronyms: "HTS", "TASS", "RIA" — unless the gazetteer knows the acronym as a country ("US", "UK");
        # a name in capitals at the start of a line is a dateline ("CHARLESTON, W.Va. —").
        word = words.word[first]
        if single and word.isupper() and len(word) > 1:
            start = i = words.start[first]
            while i and words.text[i - 1] in " \t":
                i -= 1
            dateline = start == 0 or (i > 0 and words.text[i - 1] == "\n") or len(word) >= 6
            if not dateline and not facts.country:
                return False
        # People: every word is a person-name word of this text ("Assad", "the Assads", "Lavrov").
        if persons:
            if single:
                if key not in CONNECTORS and (key in persons or (key.endswith("s") and key[:-1] in persons)):
                    return False
            else:
                name_keys = [k for k in keys[first:last + 1] if k not in CONNECTORS]
                if name_keys and all(k in persons or (k.endswith("s") and k[:-1] in persons) for k in name_keys):
                    return False
        best_pop = facts.population
        strong = is_demonym or is_country or best_pop >= 100_000
        # (Common English words capitalised mid-sentence — "Police", "Section", "God", "Man" — were
        # turned away above: see _NameFacts.never_alone.)
        headline = words.headline[first]
        # Sentence-initial or headline words that are common English words: "The", "Former", "Control".
        if single and (words.sentence_start[first] or headline) and not strong:
            if zipf(word.lower()) >= 3.5:
                return False
        if headline:
            return True
        lo, hi = self._phrase_bounds(words, first, last)
        # Drop sentence-initial common words from the phrase ("Former Syrian President ...").
        while lo < first and (words.sentence_start[lo] or keys[lo] == "the") and zipf(keys[lo]) >= 4.0:
            lo += 1
        if lo == first and hi == last:
            return True
        before = keys[lo:first]
        after = keys[last + 1:hi + 1]
        if before and before[-1] == "of" and strong:
            return True  # "University of Cincinnati", "Bank of America"
        if before and words.raw_gap(first - 1) == "-" and (is_demonym or is_country):
            return True  # "NATO-Russia Council", "US-Russia talks"
        if before and not all(w in MODIFIERS or w in CONNECTORS for w in before):
            # inside or at the end of a longer name: "Hayat Tahrir al-Sham", "President Bashar Assad"
            return False
        if not after:
            return True
        if strong:
            return True  # "Syrian Army", "Texas Department of Health", "Russian Foreign Minister"
        if after[0] in DESCRIPTORS:
            return True  # "Aleppo Province", "Atlanta Police"
        return False  # "Jordan Smith", "Washington Post"? (descriptor words decide), "Tahrir Square"

    def _attach_containers(self, mentions: list[_Mention], text: str) -> None:
        """"Springfield, Illinois": the second name contains the first; remember it for resolution."""
        for a, b in zip(mentions, mentions[1:]):
            gap = text[a.end:b.start]
            if len(gap) <= 3 and gap.strip() == ",":
                a.container = b

    # ------------------------------------------------------------ resolution

    def _base_priors(self) -> tuple[float, ...]:
        """How likely each place is meant by a name, before context: countries 6, US states 6.5, continents 5,
        counties 4.5, places and other regions 0.8 × log10(population) (regions at least 3), national capitals
        CAPITAL more. Worked out for every place at once, when the geoparser is made."""
        gaz = self.gaz
        base = np.log10(np.frombuffer(gaz.columns.population, dtype=np.int64) + 10.0) * 0.8
        features = np.frombuffer(gaz.columns.feature, dtype=np.uint8)
        base[features == _COUNTRY] = 6.0
        base[features == _CONTINENT] = 5.0
        base[features == _DISTRICT] = 4.5
        regions = np.flatnonzero(features == _REGION)
        base[regions] = np.maximum(base[regions], 3.0)
        base[[i for i in regions.tolist() if gaz.country_code(i) == "US"]] = 6.5  # a US state
        base[sorted(gaz.capitals)] += self.CAPITAL
        return tuple(base.tolist())  # a tuple of floats: nothing for the garbage collector to walk

    def _prior(self, entry: int) -> float:
        """A place's prior (see :meth:`_base_priors`), OWN_NAME more when called by its own name."""
        return self._base[entry >> 1] + (0.0 if entry & 1 else self.OWN_NAME)

    def _contained(self, i: int, container: _Mention | None) -> bool:
        if container is None:
            return False
        for e in container.entries:
            c = e >> 1
            f = self.gaz.feature(c)
            if f == gz.COUNTRY and self.gaz.country_code(c) == self.gaz.country_code(i):
                return True
            if f == gz.REGION and self.gaz.country_code(c) == self.gaz.country_code(i) and \
                    self.gaz.admin1(c) == self.gaz.admin1(i) and self.gaz.feature(i) != gz.REGION:
                return True
        if container.demonym is not None and self.gaz.country_code(container.demonym) == self.gaz.country_code(i):
            return True
        return False

    def resolve(self, mentions: list[_Mention]) -> list[tuple[_Mention, int, int]]:
        """Pass 1 places each name by itself (prior, written container); two more passes add the article's
        context — its countries and regions, counting each distinct name once and leaving the name being placed
        out of its own context (so ten mentions of "Paris" do not vote for Paris, France) — and distance to the
        article's unambiguous places and to the possible places of its other ambiguous names (which do not
        depend on the choices, so they are computed once, for all names together)."""
        if not mentions:
            return []
        decisions: dict[tuple, int] = {}  # one per distinct (name, cue, container): repeats cost nothing
        reps: list[_Mention] = []
        of_mention = []
        for m in mentions:
            c = m.container
            key = (m.entries, m.demonym, m.region_cue, (c.entries, c.demonym) if c else None)
            d = decisions.get(key)
            if d is None:
                d = decisions[key] = len(reps)
                reps.append(m)
            of_mention.append(d)
        cands = [self._candidates(m) for m in reps]
        names: dict[tuple, int] = {}  # a name's first decision, which casts its one vote
        name_of = []
        for d, m in enumerate(reps):
            name_of.append(names.setdefault(_name_key(m), len(names)))
        voter = {n: d for d, n in reversed(list(enumerate(name_of)))}
        static = []
        for m, cs in zip(reps, cands):
            scores = list(cs.prior)
            if m.container is not None:
                for n, i in enumerate(cs.ids):
                    if self._contained(i, m.container):
                        scores[n] += self.CONTAINER
            static.append(scores)
        choice = [cs.ids[0] if len(cs.ids) == 1 else cs.ids[_best(scores, cs.population)]
                  for cs, scores in zip(cands, static)]
        weighed = [d for d, cs in enumerate(cands) if len(cs.ids) > 1]
        if not weighed:
            return [(m, choice[d], cands[d].count) for m, d in zip(mentions, of_mention)]
        geo = self._geometry(cands, name_of, voter, weighed)
        country_focus, region_focus = self.COUNTRY_FOCUS, self.REGION_FOCUS
        for _ in range(2):
            countries, regions, own = _votes(self.gaz, cands, choice, voter)
            total, total_regions = sum(countries.values()), sum(regions.values())
            new = list(choice)
            for d in weighed:
                cs = cands[d]
                # shares of the other names' votes: the name's own vote is left out
                own_cc, own_region, w = own.get(name_of[d], ("", None, 0.0))
                other = total - w
                other_regions = total_regions - (w if own_region else 0.0)
                scores = []
                for s, g, cc, r, loc in zip(static[d], geo[d], cs.country, cs.region, cs.local):
                    value = s + g
                    if other > 0:
                        value += country_focus * (countries.get(cc, 0.0) - (w if cc == own_cc else 0.0)) / other
                    if loc and other_regions > 0:
                        value += region_focus * (regions.get(r, 0.0) - (w if r == own_region else 0.0)) / other_regions
                    scores.append(value)
                new[d] = cs.ids[_best(scores, cs.population)]
            if new == choice:  # the same choices cast the same votes: another pass would change nothing
                break
            choice = new
        return [(m, choice[d], cands[d].count) for m, d in zip(mentions, of_mention)]

    def _geometry(self, cands, name_of, voter, weighed) -> dict[int, list[float]]:
        """For each weighed decision, per candidate: NEARBY × exp(-km / NEARBY_KM) to the nearest unambiguous
        place of the article, plus PAIRING × the mean over the article's other ambiguous names of
        exp(-km / NEARBY_KM) to the nearest of their possible places ("Huntsville" and "Walker County" pull each other
        to Texas); zero for countries and regions."""
        points: list[int] = []
        groups: list[tuple[int, tuple[int, ...]]] = []  # (name, its possible places)
        for n, d in sorted(voter.items()):
            cs = cands[d]
            if len(cs.ids) == 1:
                if cs.local[0] and cs.country[0] and len(points) < 500:
                    points.append(cs.ids[0])
            elif cs.spread and len(groups) < 40:
                groups.append((n, cs.spread))
        out = {d: [0.0] * len(cands[d].ids) for d in weighed}
        if not points and not groups:
            return out
        rows = [i for d in weighed for i in cands[d].ids]
        xyz = self.gaz.unit_vectors[rows + points + [i for _, spread in groups for i in spread]]
        close = _km_between(xyz[:len(rows)], xyz[len(rows):])
        close /= -self.NEARBY_KM
        np.exp(close, out=close)  # exp(-km / NEARBY_KM): the nearest is the closest to 1
        if points:
            total = close[:, :len(points)].max(axis=1)
            total *= self.NEARBY
        else:
            total = np.zeros(len(rows))
        if groups:
            starts = list(accumulate([len(points)] + [len(spread) for _, spread in groups[:-1]]))
            nearest = np.maximum.reduceat(close, starts, axis=1)  # rows × groups
            pairing = nearest.sum(axis=1)
            # a name's own possible places are left out of its mean
            group_of = {n: g for g, (n, _) in enumerate(groups)}
            own = np.array([group_of.get(name_of[d], -1) for d in weighed for _ in cands[d].ids])
            has_own = own >= 0
            pairing -= np.where(has_own, nearest[np.arange(len(rows)), own], 0.0)
            others = len(groups) - has_own
            pairing /= np.maximum(others, 1)
            pairing[others == 0] = 0.0
            pairing *= self.PAIRING
            total += pairing
        values = total.tolist()
        row = 0
        for d in weighed:
            local = cands[d].local
            out[d] = [v if loc else 0.0 for v, loc in zip(values[row:row + len(local)], local)]
            row += len(local)
        return out

    def _candidates(self, m: _Mention) -> "_Candidates":
        """The places a name may mean with their context-free scores, best first, and what the context terms
        read about them (cached: they depend only on the name and its cue, so each is worked out once)."""
        cache_key = (m.entries, m.demonym, m.region_cue)
        found = self._candidates_cache.get(cache_key)
        if found is not None:
            return found
        cols = self._columns
        feature_of, population_of, country_of = cols.feature, cols.population, cols.country_code
        base, own_name, most = self._base, self.OWN_NAME, self.CAPITAL + self.OWN_NAME
        if len(m.entries) + (m.demonym is not None) == 1:  # one place (most names): nothing to weigh
            if m.entries:
                e = m.entries[0]
                i = e >> 1
                score = base[i] + (0.0 if e & 1 else own_name) + (
                    4.0 if m.region_cue and feature_of[i] == _REGION else 0.0)
            else:
                i, score = m.demonym, 7.0
            found = _Candidates(
                ids=(i,), prior=(score,), population=(population_of[i],),
                local=(feature_of[i] in (_PLACE, _DISTRICT),), country=(country_of[i],),
                region=((country_of[i], cols.admin1[i]),), count=1, spread=())
            return _remember(self._candidates_cache, cache_key, found)
        candidates: dict[int, float] = {}
        regions: list[int] = []
        local: list[int] = []  # the most populous places and the counties: where the name may be on a map
        leaders: list[float] = []  # a min-heap of the best MAX_WEIGHED places' scores so far
        big_place_countries = set()
        full = False
        places = 0
        # A key's entries list its countries, regions and counties first, then its places by falling population
        # (see gz.Gazetteer): once MAX_WEIGHED places score more than any later place could, the rest can wait.
        for e in m.entries:
            i = e >> 1
            score = base[i] + (0.0 if e & 1 else own_name)
            if i in candidates:  # named twice (own and alternate name): the better
                if score > candidates[i]:
                    candidates[i] = score
                continue
            feature = feature_of[i]
            if feature == _PLACE:
                population = population_of[i]
                if population >= 10_000:
                    big_place_countries.add(country_of[i])
                if places < 8:
                    local.append(i)
                    places += 1
                full = full or (len(leaders) == self.MAX_WEIGHED and
                                leaders[0] > math.log10(population + 10) * 0.8 + most + 1e-9)
                if full:
                    if population < 10_000 and places == 8:
                        break
                    continue
                if len(leaders) < self.MAX_WEIGHED:
                    heapq.heappush(leaders, score)
                else:
                    heapq.heappushpop(leaders, score)
            elif feature == _REGION:
                regions.append(i)
            elif feature == _DISTRICT:
                local.append(i)
            candidates[i] = score
        if m.demonym is not None:
            candidates[m.demonym] = max(candidates.get(m.demonym, 0.0), 7.0)
        count = len({e >> 1 for e in m.entries} | ({m.demonym} if m.demonym is not None else set()))
        # A region named like its capital ("Hama", "Idlib") is the city unless the text says "province"
        # (big_place_countries: where the name is a place of 10,000 or more).
        for i in regions:
            if m.region_cue:
                candidates[i] += 4.0  # "Washington state", "Idlib province"
            elif country_of[i] != "US" and country_of[i] in big_place_countries:
                candidates[i] -= 2.5
        # Context can add at most COUNTRY_FOCUS + REGION_FOCUS + NEARBY + PAIRING + CONTAINER: a candidate that
        # far behind the best prior cannot win, so only the leaders are weighed.
        ranked = sorted(candidates.items(), key=lambda kv: -kv[1])[:self.MAX_WEIGHED]
        ids = tuple(i for i, _ in ranked)
        spread = ()
        if count > 1:  # the 8 most populous places or counties (counties count 0)
            spread = tuple(sorted(local, key=lambda j: (-population_of[j], j))[:8])
        found = _Candidates(
            ids=ids, prior=tuple(s for _, s in ranked), population=tuple(population_of[i] for i in ids),
            local=tuple(feature_of[i] in (_PLACE, _DISTRICT) for i in ids),
            country=tuple(country_of[i] for i in ids),
            region=tuple((country_of[i], cols.admin1[i]) for i in ids), count=count, spread=spread,
        )
        return _remember(self._candidates_cache, cache_key, found)

    # ------------------------------------------------------------ both

    CHUNK_CHARS = 400_000

    def recognise_all(self, text: str) -> list[_Mention]:
        """Recognition in pieces of about :attr:`CHUNK_CHARS`, cut at paragraph or line ends, so a 20 MB text
        costs the memory of one piece's words (mentions are few and small)."""
        if len(text) <= self.CHUNK_CHARS:
            return self.recognise(text)
        mentions: list[_Mention] = []
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

    def parse(self, text: str) -> list[Toponym]:
        mentions = self.recognise_all(text)
        out = []
        places: dict[int, gz.Place] = {}
        for m, i, count in self.resolve(mentions):
            place = places.get(i) or places.setdefault(i, self.gaz.place(i))
            out.append(Toponym(
                start=m.start, end=m.end, name=text[m.start:m.end], lat=place.lat, lon=place.lon,
                geonameid=place.geonameid, country_code=place.country_code or None, feature=place.feature,
                gazetteer_name=place.name, population=place.population,
                demonym=m.demonym is not None and not m.entries, candidates=count,
            ))
        return out


class _Words:
    """The words of a text the recogniser looks at — those of capitalised runs, and the word before a run when
    it is an article or a title — in parallel lists: position, word, lookup key, capitalised, how it joins the
    next word in a name (None: it cannot), whether it starts a sentence, whether it is on a headline line.

    Every other word is one the rules would pass over (a name cannot join across it), so leaving them out
    changes nothing but speed."""

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

    @classmethod
    def of(cls, text: str, names=None) -> "_Words":
        """The words of ``text``. A run of one word for whose key ``names`` (a predicate) says no, with no
        article or title before it, is left out: it can be no place, and no rule reads it."""
        words = cls(text)
        starts, ends, found, gaps, sentence_start = words.start, words.end, words.word, words.gap, \
            words.sentence_start
        clusters = _CLUSTER_BMP if text.isascii() or not _BEYOND_BMP.search(text) else _cluster_pattern(0x110000)
        reversed_text = text[::-1]
        length = len(text)
        before, split, is_letter = _WORD_BEFORE_REVERSED.match, _SPLIT_RUN.split, _WORD.match
        joins, gap_starts_sentence = _JOINS, _GAP_STARTS_SENTENCE

        def add(start: int, word: str, starts_sentence: bool) -> None:
            if ends and start - ends[-1] <= 2:  # a gap that may join the previous word: at most ". "
                gaps[-1] = joins.get(text[ends[-1]:start])
            starts.append(start)
            ends.append(start + len(word))
            found.append(word)
            gaps.append(None)
            sentence_start.append(starts_sentence)

        for run in clusters.finditer(text):
            start = run.start()
            name = run.group()
            if start and is_letter(text, start - 1):  # "iPhone", "stateIndiana": the word is not capitalised
                while start and is_letter(text, start - 1):
                    start -= 1
                for m in _WORD.finditer(text, start, run.end()):
                    add(m.start(), m.group(), _starts_sentence(text, m.start()))
                continue
            word_before = None  # an article or title right before the run
            if start and text[start - 1] in _GAP_CHARS:
                m = before(reversed_text, length - start)
                if m is not None:
                    a = length - m.end(1)
                    word = text[a:length - m.start(1)]
                    if (word.lower() in _WORDS_BEFORE_RUNS or (not word.isascii() and
                                                               _token_key(word) in gz.ARTICLES)) and \
                            (not ends or ends[-1] <= a):
                        word_before = (a, word)
            single = name.isalpha()  # most runs are one word
            if single and word_before is None and names and not names(_token_key(name)):
                continue
            if word_before is not None:
                add(*word_before, _starts_sentence(text, word_before[0]))
            parts = (name,) if single else split(name)
            if start > 1 and text[start - 1] == " " and text[start - 2] not in _SKIPPED_BEFORE_SENTENCE:
                add(start, parts[0], text[start - 2] in _SENTENCE_END)  # the usual case, quickly
            else:
                add(start, parts[0], _starts_sentence(text, start))
            if len(parts) > 1:
                pos = start + len(parts[0])
                for g in range(1, len(parts), 2):  # the run's further words, after the gaps that join them
                    gap, word = parts[g], parts[g + 1]
                    gaps[-1] = joins[gap]
                    pos += len(gap)
                    starts.append(pos)
                    pos += len(word)
                    ends.append(pos)
                    found.append(word)
                    gaps.append(None)
                    sentence_start.append(gap_starts_sentence[gap])
        words.key = [_token_key(w) for w in found]
        words.cap = [w[:1].isupper() for w in found]
        words.headline = _headlines(text, starts)
        return words


def _name_key(m: _Mention) -> tuple:
    return (m.entries, m.demonym)


class _NameFacts(NamedTuple):
    """What the gazetteer says about all the places one name key may mean.
    (A named tuple: cached by the thousand, and nothing in it for the garbage collector to walk.)"""

    population: int  # of the most populous
    area: bool  # one is a country, first-level region or continent
    country: bool  # one is a country
    not_place: bool  # one is a country, region, continent or county
    # a one-word name that is no place by itself: a calendar word or compass point ("March", "South"), or a
    # common English word ("Police", "Section", "God", "Man") naming no country, region or big city
    never_alone: bool


def _best(scores: list[float], population: tuple[int, ...]) -> int:
    """The highest score; the most populous place among equals; the first among those."""
    top = max(scores)
    if scores.count(top) == 1:
        return scores.index(top)
    return max((n for n, s in enumerate(scores) if s == top), key=lambda n: population[n])


class _Candidates(NamedTuple):
    """The places a name may mean, best prior first, with what resolution reads about each.
    (A named tuple: cached by the thousand, and nothing in it for the garbage collector to walk.)"""

    ids: tuple[int, ...]
    prior: tuple[float, ...]
    population: tuple[int, ...]
    local: tuple[bool, ...]  # a place or district: distance terms and region focus apply
    country: tuple[str, ...]
    region: tuple[tuple[str, str], ...]  # (country, first-level region)
    count: int  # all the places the name may mean (ids keeps the leaders)
    spread: tuple[int, ...]  # an ambiguous name's most populous possible places


def _votes(gaz: gz.Gazetteer, cands: list[_Candidates], choice: list[int], voter: dict[int, int]):
    """An article's countries and first-level regions as its names place them, one vote per distinct name (an
    ambiguous name's vote counting 0.35); and each name's own vote (country, region, weight)."""
    countries: dict[str, float] = {}
    regions: dict[tuple[str, str], float] = {}
    own: dict[int, tuple[str, tuple[str, str] | None, float]] = {}
    for n, d in voter.items():
        i = choice[d]
        cc = gaz.country_code(i)
        if not cc:
            continue
        weight = 1.0 if cands[d].count == 1 else 0.35
        region = (cc, gaz.admin1(i)) if gaz.feature(i) in (gz.PLACE, gz.REGION, gz.DISTRICT) else None
        countries[cc] = countries.get(cc, 0.0) + weight
        if region:
            regions[region] = regions.get(region, 0.0) + weight
        own[n] = (cc, region, weight)
    return countries, regions, own


def _km_between(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Great-circle km between every unit vector of ``a`` (rows) and of ``b`` (columns)."""
    d = a @ b.T  # cosines of the angles; then, in place (small arrays: numpy's calls cost more than its sums):
    np.minimum(d, 1.0, out=d)  # (rounding can step past ±1)
    np.maximum(d, -1.0, out=d)
    np.arccos(d, out=d)
    d *= 6371.0
    return d


@lru_cache(maxsize=1)
def default_geoparser() -> Geoparser:
    return Geoparser()


def geoparse(text: str, geoparser: Geoparser | None = None) -> list[Toponym]:
    """Every place name in ``text`` with the place it means; offsets are Python ``str`` indices."""
    if not text or not text.strip():
        return []
    return (geoparser or default_geoparser()).parse(text)


def focus_country(toponyms: list[Toponym]) -> str | None:
    """The country an article is mostly about: the most named country among its places (ties: first named)."""
    counts = Counter(t.country_code for t in toponyms if t.country_code)
    if not counts:
        return None
    best = max(counts.values())
    for t in toponyms:
        if t.country_code and counts[t.country_code] == best:
            return t.country_code
    return None
