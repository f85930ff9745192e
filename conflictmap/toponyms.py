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
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

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
# Capitalised because they are dates, not places (although "May" and "Sunday" are places somewhere).
CALENDAR = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())
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


def _cluster_pattern(max_code: int) -> re.Pattern:
    """Runs of capitalised words, joined as a name may join them (a space, hyphen, apostrophe or dot, with
    connectors such as "of" or "al" between): "Jisr al-Shughur", "Gulf of Mexico", "U.S. Army"."""
    upper = _char_class(c for c in map(chr, range(max_code)) if c.isupper() and _WORD.match(c))
    gap = r"(?:\. |[ .\-‐'’‘`])"
    connector = "(?:" + "|".join(sorted(CONNECTORS, key=len, reverse=True)) + ")"
    return re.compile(rf"{upper}[^\W\d_]*(?:{gap}(?:{connector}{gap})*{upper}[^\W\d_]*)*")


# Only the words in and next to capitalised runs are ever looked at. The Basic Multilingual Plane's capitals
# make a class the regex engine scans for quickly; a text with characters beyond it gets the full class.
_CLUSTER_BMP = _cluster_pattern(0x10000)
_CLUSTER_ALL = _cluster_pattern(0x110000)
_BEYOND_BMP = re.compile("[\U00010000-\U0010FFFF]")
# The word right before a run, when a name could start there ("al Qusayr") or a title does ("spokesman John").
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)(?:\. |[ .\-‐'’‘`])\Z")
_GAP_CHARS = frozenset(" .-‐'’‘`")


@dataclass(frozen=True)
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


@dataclass
class _Mention:
    start: int
    end: int
    first_token: int
    last_token: int
    entries: tuple[int, ...]  # 2*i or 2*i+1 as in the gazetteer index
    demonym: int | None  # country entry when the span is a demonym
    container: "_Mention | None" = None  # a place written right after ("Springfield, Illinois")
    region_cue: bool = False  # "province of Idlib", "Idlib province": the region, not its namesake city


@lru_cache(maxsize=200_000)
def _token_key(token: str) -> str:
    return gz.normalize_name(token)


@lru_cache(maxsize=100_000)
def _zipf(word: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - wordfreq is a declared dependency
        return 0.0
    return zipf_frequency(word, "en")


def _is_cap(token: str) -> bool:
    return token[:1].isupper()


class Geoparser:
    """Recognise and resolve place names with one gazetteer. Stateless between calls; safe to share."""

    # Resolution weights (tuned on the LGL development set; see benchmarks/geoparse.py)
    OWN_NAME = 0.6  # a place called by its own name rather than an alternate name
    CONTAINER = 6.0  # "Springfield, Illinois"
    COUNTRY_FOCUS = 4.0  # × share of the article's other names in the candidate's country
    REGION_FOCUS = 2.5  # × share of the article's other names in the candidate's first-level region
    NEARBY = 2.0  # × exp(-km / NEARBY_KM) to the nearest unambiguous place
    NEARBY_KM = 250.0
    PAIRING = 1.5  # × closeness to the possible places of the article's other ambiguous names
    CAPITAL = 2.0  # a national capital ("Washington", "Moscow said") over same-named places and regions
    MAX_WEIGHED = 12  # candidates whose context is weighed (by prior)

    def __init__(self, gazetteer: gz.Gazetteer | None = None):
        self.gaz = gazetteer or gz.default()
        self._candidates_cache: dict[tuple, _Candidates] = {}

    # ------------------------------------------------------------ recognition

    def _tokens(self, text: str) -> "_Tokens":
        """The words of capitalised runs and the word before each run: every other word is one the rules
        below would pass over (a run cannot join across it), so leaving them out changes nothing but speed."""
        clusters = _CLUSTER_BMP if text.isascii() or not _BEYOND_BMP.search(text) else _CLUSTER_ALL
        words: list[tuple[int, int, str]] = []
        add, word_iter, before = words.append, _WORD.finditer, _WORD_BEFORE.search
        for run in clusters.finditer(text):
            start, end = run.span()
            if start and _WORD.match(text, start - 1):  # "iPhone", "stateIndiana": the word is not capitalised
                while start and _WORD.match(text, start - 1):
                    start -= 1
                words.extend((m.start(), m.end(), m.group()) for m in word_iter(text, start, end))
                continue
            if start and text[start - 1] in _GAP_CHARS:
                w = before(text, max(0, start - 40), start)
                if w is not None and not (words and words[-1][0] == w.start(1)):
                    add((w.start(1), w.end(1), w.group(1)))
            name = run.group()
            if _WORD.fullmatch(name):  # most runs are one word
                add((start, end, name))
            else:
                words.extend((m.start(), m.end(), m.group()) for m in word_iter(text, start, end))
        return _Tokens(text, words)

    @staticmethod
    def _join(gap: str) -> str | None:
        """How two tokens separated by ``gap`` join in a name key; None when they cannot be one name."""
        if gap == " " or gap == "-" or gap == "‐" or gap == "." or gap == ". ":
            return " "
        if gap in ("'", "’", "‘", "`"):
            return ""
        return None

    def recognise(self, text: str) -> list[_Mention]:
        tokens = self._tokens(text)
        n = len(tokens)
        if not n:
            return []
        # Only the words around capitalised ones are ever looked at, so everything per word is computed lazily.
        cap = [t[2][:1].isupper() for t in tokens]
        keys = [_token_key(t[2]) for t in tokens]  # cached per distinct word: cheaper eager than lazy
        gaps = _Lazy(n, lambda k: self._join(text[tokens[k][1]:tokens[k + 1][0]]) if k + 1 < n else None)
        sentence_start = _Lazy(n, lambda k: self._starts_sentence(text, tokens[k][0]))
        headline = _Headlines(text, tokens)
        cap_at = [k for k in range(n) if cap[k]]
        persons = self._person_tokens(tokens, cap_at, gaps, sentence_start)
        persons |= self._surnames(tokens, cap, cap_at, keys, gaps, sentence_start, headline)
        index, demonyms, max_words = self.gaz.index, self.gaz.demonyms, self.gaz.max_words
        abbreviations = self.gaz.abbreviations
        mentions: list[_Mention] = []
        starts = []
        for c in cap_at:
            if c > 0 and not cap[c - 1] and keys[c - 1] in gz.ARTICLES and gaps[c - 1] is not None:
                starts.append(c - 1)  # "al Qusayr" (but not "the City")
            starts.append(c)
        done = -1
        for k in starts:
            if k <= done:
                continue
            best = None
            key = ""
            j = k
            while j < n and j - k < max_words + 1:
                if j > k:
                    glue = gaps[j - 1]
                    if glue is None:
                        break
                    key = key + glue + keys[j]
                else:
                    key = keys[j]
                if cap[j]:
                    if key in index or key in demonyms:
                        best = (j, key, False)
                    if key in abbreviations and text[tokens[j][1]:tokens[j][1] + 1] == ".":
                        best = (j, key, True)
                elif keys[j] not in CONNECTORS:
                    break
                j += 1
            if best is None:
                continue
            j, key, abbreviated = best
            if abbreviated:
                mention = _Mention(tokens[k][0], tokens[j][1] + 1, k, j, (2 * abbreviations[key],), None)
            else:
                mention = _Mention(tokens[k][0], tokens[j][1], k, j, index.get(key, ()), demonyms.get(key))
            if abbreviated or self._accept(mention, text, tokens, keys, gaps, sentence_start, headline, persons):
                mentions.append(mention)
                done = j
        self._attach_containers(mentions, text)
        for m in mentions:
            m.region_cue = bool(_REGION_BEFORE.search(text, max(0, m.start - 25), m.start) or
                                _REGION_AFTER.match(text, m.end))
        return mentions

    @staticmethod
    def _starts_sentence(text: str, pos: int) -> bool:
        i = pos - 1
        while i >= 0 and text[i] in " \t\r\f\v*#>_[":
            i -= 1
        return i < 0 or text[i] in _SENTENCE_END

    @staticmethod
    def _person_tokens(tokens, cap_at, gaps, sentence_start) -> set[str]:
        """Words that name people in this text: the capitalised words after a title ("President Bashar Assad")."""
        persons: set[str] = set()
        n = len(tokens)
        for c in cap_at:
            k = c - 1
            if k < 0 or tokens[k][2].lower() not in TITLES or gaps[k] is None:
                continue
            j = k + 1
            # skip further title words ("Foreign Minister", "Vice President")
            while j < n and (tokens[j][2].lower() in TITLES or tokens[j][2].lower() in ("foreign", "prime",
                                                                                        "defense", "defence")):
                j += 1
            names = []
            while j < n and _is_cap(tokens[j][2]) and not (names and sentence_start[j]):
                names.append(tokens[j][2])
                if gaps[j] is None or gaps[j] == "":
                    break
                j += 1
            if 1 <= len(names) <= 4:
                persons.update(_token_key(w) for w in names)
        return persons

    def _surnames(self, tokens, cap, cap_at, keys, gaps, sentence_start, headline) -> set[str]:
        """Last words of two- or three-word capitalised names that are not places ("Kristina Smith" → smith):
        a later "Smith" alone is the person again, not Smith, Arkansas."""
        out: set[str] = set()
        n = len(tokens)
        index = self.gaz.index
        done = -1
        for k in cap_at:
            if k <= done or headline[k]:
                continue
            j = k
            while j + 1 < n and cap[j + 1] and gaps[j] == " " and not sentence_start[j + 1]:
                j += 1
            done = j
            first = k
            while first < j and keys[first] in FUNCTION_WORDS:
                first += 1
            last = keys[j]
            if 1 <= j - first <= 2 and keys[first] not in MODIFIERS and keys[first] not in TITLES and \
                    _zipf(keys[first]) < 5.5 and not self._is_big_place(last) and \
                    last not in DESCRIPTORS and " ".join(keys[first:j + 1]) not in index and \
                    last not in self.gaz.demonyms and not self._is_country_or_region(last) and \
                    not all(w.isupper() for w in (t[2] for t in tokens[first:j + 1])):
                out.add(last)
        return out

    def _is_big_place(self, key: str) -> bool:
        return any(self.gaz.population(e >> 1) >= 100_000 for e in self.gaz.entries(key))

    def _is_country_or_region(self, key: str) -> bool:
        return any(self.gaz.feature(e >> 1) in (gz.COUNTRY, gz.REGION, gz.CONTINENT) for e in self.gaz.entries(key))

    def _phrase_bounds(self, tokens, gaps, first: int, last: int, sentence_start) -> tuple[int, int]:
        """The longest run of capitalised words (with connectors) around tokens first..last on one line."""
        lo = first
        while lo > 0 and gaps[lo - 1] in (" ", "-") and not sentence_start[lo] and \
                not (len(tokens[lo - 1][2]) == 1 and _raw_gap(tokens, lo - 1) == "-") and (  # "D-Charleston"
                _is_cap(tokens[lo - 1][2]) or (tokens[lo - 1][2].lower() in PHRASE_CONNECTORS and lo - 2 >= 0 and
                                               _is_cap(tokens[lo - 2][2]) and gaps[lo - 2] in (" ", "-"))):
            lo -= 1
        hi = last
        n = len(tokens)
        while hi + 1 < n and gaps[hi] in (" ", "-") and not sentence_start[hi + 1] and (
                _is_cap(tokens[hi + 1][2]) or (tokens[hi + 1][2].lower() in PHRASE_CONNECTORS and hi + 2 < n and
                                               _is_cap(tokens[hi + 2][2]) and gaps[hi + 1] in (" ", "-"))):
            hi += 1
        return lo, hi

    def _accept(self, m: _Mention, text, tokens, keys, gaps, sentence_start, headline, persons) -> bool:
        span_keys = keys[m.first_token:m.last_token + 1]
        words = [t[2] for t in tokens[m.first_token:m.last_token + 1]]
        is_demonym = m.demonym is not None
        is_country = any(self.gaz.feature(e >> 1) in (gz.COUNTRY, gz.REGION, gz.CONTINENT, gz.DISTRICT)
                         for e in m.entries)
        if len(words) == 1 and (span_keys[0] in CALENDAR or span_keys[0] in MODIFIERS):
            return False  # "March", "Sunday"; "South" of "South Ossetian"
        # Acronyms: "HTS", "TASS", "RIA" — unless the gazetteer knows the acronym as a country ("US", "UK");
        # a name in capitals at the start of a line is a dateline ("CHARLESTON, W.Va. —").
        if len(words) == 1 and words[0].isupper() and len(words[0]) > 1:
            dateline = text[:m.start].rstrip(" \t").endswith("\n") or m.start == 0 or len(words[0]) >= 6
            if not dateline and not any(self.gaz.feature(e >> 1) == gz.COUNTRY for e in m.entries):
                return False
        # People: every word is a person-name word of this text ("Assad", "the Assads", "Lavrov").
        name_keys = [k for k in span_keys if k not in CONNECTORS]
        if name_keys and all(k in persons or (k.endswith("s") and k[:-1] in persons) for k in name_keys):
            return False
        best_pop = max((self.gaz.population(e >> 1) for e in m.entries), default=0)
        strong = is_demonym or is_country or best_pop >= 100_000
        # Common English words capitalised mid-sentence: "Police", "Section", "God", "Man".
        if len(words) == 1 and not (is_demonym or is_country) and best_pop < 1_000_000 and \
                _zipf(span_keys[0]) >= 5.0:
            return False
        # Sentence-initial or headline words that are common English words: "The", "Former", "Control".
        if len(words) == 1 and (sentence_start[m.first_token] or headline[m.first_token]) and not strong:
            if _zipf(words[0].lower()) >= 3.5:
                return False
        if headline[m.first_token]:
            return True
        lo, hi = self._phrase_bounds(tokens, gaps, m.first_token, m.last_token, sentence_start)
        # Drop sentence-initial common words from the phrase ("Former Syrian President ...").
        while lo < m.first_token and (sentence_start[lo] or keys[lo] == "the") and _zipf(keys[lo]) >= 4.0:
            lo += 1
        if lo == m.first_token and hi == m.last_token:
            return True
        before = keys[lo:m.first_token]
        after = keys[m.last_token + 1:hi + 1]
        strong_place = is_demonym or is_country or best_pop >= 100_000
        if before and before[-1] == "of" and strong_place:
            return True  # "University of Cincinnati", "Bank of America"
        if before and _raw_gap(tokens, m.first_token - 1) == "-" and (is_demonym or is_country):
            return True  # "NATO-Russia Council", "US-Russia talks"
        if before and not all(w in MODIFIERS or w in CONNECTORS for w in before):
            # inside or at the end of a longer name: "Hayat Tahrir al-Sham", "President Bashar Assad"
            return False
        if not after:
            return True
        if is_demonym or is_country or best_pop >= 100_000:
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

    def _prior(self, entry: int) -> float:
        i = entry >> 1
        feature = self.gaz.feature(i)
        if feature == gz.COUNTRY:
            base = 6.0
        elif feature == gz.REGION:
            if self.gaz.country_code(i) == "US":
                base = 6.5  # a US state
            else:
                base = max(3.0, math.log10(self.gaz.population(i) + 10) * 0.8)
        elif feature == gz.DISTRICT:
            base = 4.5
        elif feature == gz.CONTINENT:
            base = 5.0
        else:
            base = math.log10(self.gaz.population(i) + 10) * 0.8
            if i in self.gaz.capitals:
                base += self.CAPITAL
        return base + (0.0 if entry & 1 else self.OWN_NAME)

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

    def resolve(self, mentions: list[_Mention]) -> list[tuple[_Mention, int]]:
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
        choice = [cs.ids[_best(scores, cs.population)] for cs, scores in zip(cands, static)]
        weighed = [d for d, cs in enumerate(cands) if len(cs.ids) > 1]
        if not weighed:
            return [(m, choice[d]) for m, d in zip(mentions, of_mention)]
        geo = self._geometry(cands, name_of, voter, weighed)
        for _ in range(2):
            votes = _Votes(self.gaz, cands, choice, voter)
            new = list(choice)
            for d in weighed:
                cs, n = cands[d], name_of[d]
                country, region = votes.country_shares(n), votes.region_shares(n)
                scores = [s + g + self.COUNTRY_FOCUS * country(cc) + (self.REGION_FOCUS * region(r) if loc else 0.0)
                          for s, g, cc, r, loc in zip(static[d], geo[d], cs.country, cs.region, cs.local)]
                new[d] = cs.ids[_best(scores, cs.population)]
            choice = new
        return [(m, choice[d]) for m, d in zip(mentions, of_mention)]

    def _geometry(self, cands, name_of, voter, weighed) -> dict[int, list[float]]:
        """For each weighed decision, per candidate: NEARBY × exp(-km / NEARBY_KM) to the nearest unambiguous
        place of the article, plus PAIRING × the mean over the article's other ambiguous names of
        exp(-km / 250) to the nearest of their possible places ("Huntsville" and "Walker County" pull each other
        to Texas); zero for countries and regions."""
        points: list[tuple[float, float]] = []
        groups: list[tuple[int, tuple[tuple[float, float], ...]]] = []  # (name, possible places)
        for n, d in sorted(voter.items()):
            cs = cands[d]
            if len(cs.ids) == 1:
                if cs.local[0] and cs.country[0] and len(points) < 500:
                    points.append((cs.lat[0], cs.lon[0]))
            elif cs.spread and len(groups) < 40:
                groups.append((n, cs.spread))
        rows = [(d, k) for d in weighed for k in range(len(cands[d].ids))]
        out = {d: [0.0] * len(cands[d].ids) for d in weighed}
        places = [p for _, spread in groups for p in spread]
        if not points and not places:
            return out
        row_lat = np.array([cands[d].lat[k] for d, k in rows])
        row_lon = np.array([cands[d].lon[k] for d, k in rows])
        km = _km_matrix(row_lat, row_lon, np.array([p[0] for p in points + places]),
                        np.array([p[1] for p in points + places]))
        total = np.zeros(len(rows))
        if points:
            total += self.NEARBY * np.exp(-km[:, :len(points)].min(axis=1) / self.NEARBY_KM)
        if groups:
            starts = np.cumsum([0] + [len(spread) for _, spread in groups[:-1]])
            close = np.exp(-np.minimum.reduceat(km[:, len(points):], starts, axis=1) / 250.0)  # rows × groups
            group_of = {n: g for g, (n, _) in enumerate(groups)}
            own = np.array([group_of.get(name_of[d], -1) for d, _ in rows])
            has_own = own >= 0
            others = len(groups) - has_own
            sums = close.sum(axis=1) - np.where(has_own, close[np.arange(len(rows)), np.maximum(own, 0)], 0.0)
            total += self.PAIRING * np.where(others > 0, sums / np.maximum(others, 1), 0.0)
        for (d, k), value in zip(rows, total.tolist()):
            if cands[d].local[k]:
                out[d][k] = value
        return out

    def _candidates(self, m: _Mention) -> "_Candidates":
        """The places a name may mean with their context-free scores, best first, and what the context terms
        read about them (cached: they depend only on the name and its cue, so each is worked out once)."""
        cache_key = (m.entries, m.demonym, m.region_cue)
        found = self._candidates_cache.get(cache_key)
        if found is not None:
            return found
        gaz = self.gaz
        candidates: dict[int, float] = {}
        for e in m.entries:
            i = e >> 1
            candidates[i] = max(self._prior(e), candidates.get(i, -1e9))
        if m.demonym is not None:
            candidates[m.demonym] = max(candidates.get(m.demonym, 0.0), 7.0)
        count = len(candidates)
        # A region named like its capital ("Hama", "Idlib") is the city unless the text says "province".
        big_place_countries = {gaz.country_code(j) for j in candidates
                               if gaz.feature(j) == gz.PLACE and gaz.population(j) >= 10_000}
        for i in candidates:
            if gaz.feature(i) == gz.REGION and m.region_cue:
                candidates[i] += 4.0  # "Washington state", "Idlib province"
            elif gaz.feature(i) == gz.REGION and gaz.country_code(i) != "US" and \
                    gaz.country_code(i) in big_place_countries:
                candidates[i] -= 2.5
        # Context can add at most COUNTRY_FOCUS + REGION_FOCUS + NEARBY + PAIRING + CONTAINER: a candidate that
        # far behind the best prior cannot win, so only the leaders are weighed.
        ranked = sorted(candidates.items(), key=lambda kv: -kv[1])[:self.MAX_WEIGHED]
        ids = tuple(i for i, _ in ranked)
        spread: tuple[tuple[float, float], ...] = ()
        if count > 1:
            places = sorted({e >> 1 for e in m.entries if gaz.feature(e >> 1) in (gz.PLACE, gz.DISTRICT)},
                            key=lambda j: (-gaz.population(j), j))
            spread = tuple(gaz.coords(j) for j in places[:8])
        found = _Candidates(
            ids=ids, prior=tuple(s for _, s in ranked), population=tuple(gaz.population(i) for i in ids),
            local=tuple(gaz.feature(i) in (gz.PLACE, gz.DISTRICT) for i in ids),
            country=tuple(gaz.country_code(i) for i in ids),
            region=tuple((gaz.country_code(i), gaz.admin1(i)) for i in ids),
            lat=tuple(gaz.coords(i)[0] for i in ids), lon=tuple(gaz.coords(i)[1] for i in ids),
            count=count, spread=spread,
        )
        if len(self._candidates_cache) > 200_000:
            self._candidates_cache.clear()
        self._candidates_cache[cache_key] = found
        return found

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
        resolved = self.resolve(mentions)
        out = []
        for m, i in resolved:
            place = self.gaz.place(i)
            out.append(Toponym(
                start=m.start, end=m.end, name=text[m.start:m.end], lat=place.lat, lon=place.lon,
                geonameid=place.geonameid, country_code=place.country_code or None, feature=place.feature,
                gazetteer_name=place.name, population=place.population,
                demonym=m.demonym is not None and not m.entries,
                candidates=len({e >> 1 for e in m.entries} | ({m.demonym} if m.demonym is not None else set())),
            ))
        return out


def _raw_gap(tokens, k: int) -> str:
    """What the text has between token k and the next (needs the text: kept on the token list)."""
    return tokens.text[tokens[k][1]:tokens[k + 1][0]]


class _Tokens(list):
    """The words of a text (start, end, word), with the text they came from."""

    def __init__(self, text: str, items):
        super().__init__(items)
        self.text = text


class _Lazy:
    """A read-only list whose items are computed on first use."""

    __slots__ = ("_fn", "_items")
    _UNSET = object()

    def __init__(self, n: int, fn):
        self._fn = fn
        self._items = [self._UNSET] * n

    def __getitem__(self, k: int):
        item = self._items[k]
        if item is self._UNSET:
            item = self._items[k] = self._fn(k)
        return item


class _Headlines:
    """headline[k]: is token k on a line written in Title Case (a headline), where capitals say nothing?"""

    def __init__(self, text: str, tokens):
        self.text = text
        self.tokens = tokens
        self.lines: dict[int, bool] = {}

    def __getitem__(self, k: int) -> bool:
        pos = self.tokens[k][0]
        start = self.text.rfind("\n", 0, pos) + 1
        flag = self.lines.get(start)
        if flag is None:
            end = self.text.find("\n", pos)
            line = self.text[start:len(self.text) if end < 0 else end]
            words = [w for w in _WORD.findall(line) if len(w) > 3]
            flag = len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.75 * len(words) and \
                not line.rstrip().endswith((".", "”", '"'))
            self.lines[start] = flag
        return flag


def _name_key(m: _Mention) -> tuple:
    return (m.entries, m.demonym)


def _best(scores: list[float], population: tuple[int, ...]) -> int:
    """The highest score; the most populous place among equals; the first among those."""
    return max(range(len(scores)), key=lambda n: (scores[n], population[n]))


@dataclass(frozen=True)
class _Candidates:
    """The places a name may mean, best prior first, with what resolution reads about each."""

    ids: tuple[int, ...]
    prior: tuple[float, ...]
    population: tuple[int, ...]
    local: tuple[bool, ...]  # a place or district: distance terms and region focus apply
    country: tuple[str, ...]
    region: tuple[tuple[str, str], ...]  # (country, first-level region)
    lat: tuple[float, ...]
    lon: tuple[float, ...]
    count: int  # all the places the name may mean (ids keeps the leaders)
    spread: tuple[tuple[float, float], ...]  # an ambiguous name's most populous possible places


class _Votes:
    """An article's countries and first-level regions as its names place them, one vote per distinct name
    (an ambiguous name's vote counting 0.35)."""

    def __init__(self, gaz: gz.Gazetteer, cands: list[_Candidates], choice: list[int], voter: dict[int, int]):
        self.countries: dict[str, float] = {}
        self.regions: dict[tuple[str, str], float] = {}
        self.own: dict[int, tuple[str, tuple[str, str] | None, float]] = {}
        for n, d in voter.items():
            i = choice[d]
            cc = gaz.country_code(i)
            if not cc:
                continue
            weight = 1.0 if cands[d].count == 1 else 0.35
            region = (cc, gaz.admin1(i)) if gaz.feature(i) in (gz.PLACE, gz.REGION, gz.DISTRICT) else None
            self.countries[cc] = self.countries.get(cc, 0.0) + weight
            if region:
                self.regions[region] = self.regions.get(region, 0.0) + weight
            self.own[n] = (cc, region, weight)
        self.total = sum(self.countries.values())
        self.total_regions = sum(self.regions.values())

    def country_shares(self, name: int):
        """cc → the share of the other names' votes in that country."""
        own_cc, _, w = self.own.get(name, ("", None, 0.0))
        total = self.total - w
        if total <= 0:
            return lambda cc: 0.0
        get = self.countries.get
        return lambda cc: (get(cc, 0.0) - (w if cc == own_cc else 0.0)) / total

    def region_shares(self, name: int):
        """(country, region) → the share of the other names' region votes in that region."""
        _, own_region, w = self.own.get(name, ("", None, 0.0))
        total = self.total_regions - (w if own_region else 0.0)
        if total <= 0:
            return lambda region: 0.0
        get = self.regions.get
        return lambda region: (get(region, 0.0) - (w if region == own_region else 0.0)) / total

def _km_matrix(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Great-circle km between every point of the first set (rows) and of the second (columns)."""
    la1, lo1 = np.radians(lat1)[:, None], np.radians(lon1)[:, None]
    la2, lo2 = np.radians(lat2)[None, :], np.radians(lon2)[None, :]
    h = np.sin((la2 - la1) / 2) ** 2 + np.cos(la1) * np.cos(la2) * np.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(np.clip(h, 0.0, 1.0)))


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
