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

from . import gazetteer as gz

MAX_TEXT_CHARS = 50_000_000

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
telegraph mirror guardian standard examiner enquirer inquirer""".split())
# Capitalised words that, before a place name, still leave the place as the thing named.
MODIFIERS = frozenset("""north south east west northern southern eastern western central northeast northwest
southeast southwest northeastern northwestern southeastern southwestern greater downtown upper lower inner outer
old rural metro metropolitan suburban coastal occupied besieged liberated""".split())
# Capitalised because they are dates, not places (although "May" and "Sunday" are places somewhere).
CALENDAR = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday""".split())
_SENTENCE_END = set(".!?\n“\"‘'(:;—–")


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
    score: float = 0.0

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
    container: int | None = None  # entry of a place written right after ("Springfield, Illinois")


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

    def __init__(self, gazetteer: gz.Gazetteer | None = None):
        self.gaz = gazetteer or gz.default()

    # ------------------------------------------------------------ recognition

    def _tokens(self, text: str) -> list[tuple[int, int, str]]:
        return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]

    @staticmethod
    def _join(gap: str) -> str | None:
        """How two tokens separated by ``gap`` join in a name key; None when they cannot be one name."""
        if gap == " " or gap == "-" or gap == "‐" or gap == "." or gap == ". ":
            return " "
        if gap in ("'", "’", "‘", "`"):
            return ""
        return None

    def recognise(self, text: str) -> list[_Mention]:
        if len(text) > MAX_TEXT_CHARS:
            text = text[:MAX_TEXT_CHARS]
        tokens = self._tokens(text)
        n = len(tokens)
        if not n:
            return []
        keys = [_token_key(t[2]) for t in tokens]
        gaps = [self._join(text[tokens[k][1]:tokens[k + 1][0]]) if k + 1 < n else None for k in range(n)]
        sentence_start = [self._starts_sentence(text, tokens[k][0]) for k in range(n)]
        headline = self._headline_flags(text, tokens)
        persons = self._person_tokens(tokens, gaps, sentence_start)
        persons |= self._surnames(tokens, keys, gaps, sentence_start, headline)
        index, demonyms, max_words = self.gaz.index, self.gaz.demonyms, self.gaz.max_words
        abbreviations = self.gaz.abbreviations
        mentions: list[_Mention] = []
        k = 0
        while k < n:
            tok = tokens[k][2]
            if not _is_cap(tok) and not (keys[k] in CONNECTORS and k + 1 < n and gaps[k] is not None
                                         and _is_cap(tokens[k + 1][2])):
                k += 1
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
                word = tokens[j][2]
                if _is_cap(word):
                    if key in index or key in demonyms:
                        best = (j, key, False)
                    if key in abbreviations and text[tokens[j][1]:tokens[j][1] + 1] == ".":
                        best = (j, key, True)
                elif keys[j] not in CONNECTORS:
                    break
                j += 1
            if best is None:
                k += 1
                continue
            j, key, abbreviated = best
            if abbreviated:
                mention = _Mention(tokens[k][0], tokens[j][1] + 1, k, j, (2 * abbreviations[key],), None)
            else:
                mention = _Mention(tokens[k][0], tokens[j][1], k, j, index.get(key, ()), demonyms.get(key))
            if abbreviated or self._accept(mention, text, tokens, keys, gaps, sentence_start, headline, persons):
                mentions.append(mention)
                k = j + 1
            else:
                k += 1
        self._attach_containers(mentions, text)
        return mentions

    @staticmethod
    def _starts_sentence(text: str, pos: int) -> bool:
        i = pos - 1
        while i >= 0 and text[i] in " \t\r\f\v*#>_[":
            i -= 1
        return i < 0 or text[i] in _SENTENCE_END

    @staticmethod
    def _headline_flags(text: str, tokens) -> list[bool]:
        """True for tokens on a line written in Title Case (a headline), where capitals say nothing."""
        flags = [False] * len(tokens)
        line_start = 0
        k = 0
        n = len(tokens)
        while k < n:
            line_end = text.find("\n", tokens[k][0])
            line_end = len(text) if line_end < 0 else line_end
            j = k
            while j < n and tokens[j][0] < line_end:
                j += 1
            words = [t[2] for t in tokens[k:j] if len(t[2]) > 3]
            if len(words) >= 3 and sum(_is_cap(w) for w in words) >= 0.75 * len(words) and \
                    not text[line_start:line_end].rstrip().endswith((".", "”", '"')):
                for m in range(k, j):
                    flags[m] = True
            k = j
            line_start = line_end + 1
        return flags

    @staticmethod
    def _person_tokens(tokens, gaps, sentence_start) -> set[str]:
        """Words that name people in this text: the capitalised words after a title ("President Bashar Assad")."""
        persons: set[str] = set()
        n = len(tokens)
        for k in range(n - 1):
            if tokens[k][2].lower() not in TITLES or gaps[k] is None:
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

    def _surnames(self, tokens, keys, gaps, sentence_start, headline) -> set[str]:
        """Last words of two- or three-word capitalised names that are not places ("Kristina Smith" → smith):
        a later "Smith" alone is the person again, not Smith, Arkansas."""
        out: set[str] = set()
        n = len(tokens)
        index = self.gaz.index
        k = 0
        while k < n:
            if not _is_cap(tokens[k][2]) or headline[k]:
                k += 1
                continue
            j = k
            while j + 1 < n and gaps[j] == " " and _is_cap(tokens[j + 1][2]) and not sentence_start[j + 1]:
                j += 1
            first = k
            while first < j and keys[first] in FUNCTION_WORDS:
                first += 1
            last = keys[j]
            if 1 <= j - first <= 2 and keys[first] not in MODIFIERS and keys[first] not in TITLES and \
                    last not in DESCRIPTORS and " ".join(keys[first:j + 1]) not in index and \
                    last not in self.gaz.demonyms and not self._is_country_or_region(last) and \
                    not all(w.isupper() for w in (t[2] for t in tokens[first:j + 1])):
                out.add(last)
            k = j + 1
        return out

    def _is_country_or_region(self, key: str) -> bool:
        return any(self.gaz.feature(e >> 1) in (gz.COUNTRY, gz.REGION, gz.CONTINENT) for e in self.gaz.entries(key))

    def _phrase_bounds(self, tokens, gaps, first: int, last: int, sentence_start) -> tuple[int, int]:
        """The longest run of capitalised words (with connectors) around tokens first..last on one line."""
        lo = first
        while lo > 0 and gaps[lo - 1] in (" ", "-") and not sentence_start[lo] and (
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
        is_country = any(self.gaz.feature(e >> 1) in (gz.COUNTRY, gz.REGION, gz.CONTINENT) for e in m.entries)
        if len(words) == 1 and span_keys[0] in CALENDAR:
            return False
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
            if gap.strip() in (",", "") and len(gap) <= 3 and gap.strip() == ",":
                a.container = b

    # ------------------------------------------------------------ resolution

    def _prior(self, entry: int) -> float:
        i = entry >> 1
        feature = self.gaz.feature(i)
        if feature == gz.COUNTRY:
            base = 6.0
        elif feature == gz.REGION:
            base = 6.5
        elif feature == gz.CONTINENT:
            base = 5.0
        else:
            base = math.log10(self.gaz.population(i) + 10) * 0.8
        return base + (0.0 if entry & 1 else 0.6)

    def _contained(self, i: int, container: _Mention | None) -> bool:
        if container is None:
            return False
        for e in container.entries:
            c = e >> 1
            f = self.gaz.feature(c)
            if f == gz.COUNTRY and self.gaz.country_code(c) == self.gaz.country_code(i):
                return True
            if f == gz.REGION and self.gaz.country_code(c) == self.gaz.country_code(i) and \
                    self.gaz.admin1(c) == self.gaz.admin1(i):
                return True
        if container.demonym is not None and self.gaz.country_code(container.demonym) == self.gaz.country_code(i):
            return True
        return False

    def resolve(self, mentions: list[_Mention]) -> list[tuple[_Mention, int, float]]:
        # Pass 1: each name by itself (prior + written container).
        first: list[int] = []
        for m in mentions:
            first.append(self._pick(m, None, None, None))
        # Context from pass 1: countries and regions of confidently placed names.
        countries: Counter[str] = Counter()
        regions: Counter[tuple[str, str]] = Counter()
        points: list[tuple[float, float]] = []
        for m, i in zip(mentions, first):
            cc = self.gaz.country_code(i)
            if not cc:
                continue
            ambiguous = len({e >> 1 for e in m.entries}) > 1
            weight = 0.5 if ambiguous else 1.0
            countries[cc] += weight
            if self.gaz.feature(i) == gz.PLACE or self.gaz.feature(i) == gz.REGION:
                regions[(cc, self.gaz.admin1(i))] += weight
            if self.gaz.feature(i) == gz.PLACE and not ambiguous:
                points.append(self.gaz.coords(i))
        total = sum(countries.values()) or 1.0
        total_regions = sum(regions.values()) or 1.0
        country_share = {cc: w / total for cc, w in countries.items()}
        region_share = {r: w / total_regions for r, w in regions.items()}
        out = []
        for m in mentions:
            i = self._pick(m, country_share, region_share, points)
            out.append((m, i, 0.0))
        return out

    def _pick(self, m: _Mention, country_share, region_share, points) -> int:
        if m.demonym is not None and not m.entries:
            return m.demonym
        candidates = {}
        for e in m.entries:
            i = e >> 1
            score = self._prior(e)
            if i in candidates:
                score = max(score, candidates[i])
            candidates[i] = score
        if m.demonym is not None:
            candidates[m.demonym] = max(candidates.get(m.demonym, 0.0), 7.0)
        best_i, best_score = None, -1e9
        for i, score in candidates.items():
            if self._contained(i, m.container):
                score += 6.0
            if country_share:
                cc = self.gaz.country_code(i)
                score += 4.0 * country_share.get(cc, 0.0)
                if self.gaz.feature(i) == gz.PLACE:
                    score += 2.5 * region_share.get((cc, self.gaz.admin1(i)), 0.0)
            if points and self.gaz.feature(i) == gz.PLACE:
                la, lo = self.gaz.coords(i)
                nearest = min(_km(la, lo, p[0], p[1]) for p in points[:200])
                if nearest > 0.5:  # not itself
                    score += 2.0 * math.exp(-nearest / 250.0)
            if score > best_score or (score == best_score and self.gaz.population(i) > self.gaz.population(best_i)):
                best_i, best_score = i, score
        return best_i

    # ------------------------------------------------------------ both

    def parse(self, text: str) -> list[Toponym]:
        mentions = self.recognise(text)
        resolved = self.resolve(mentions)
        out = []
        for m, i, score in resolved:
            place = self.gaz.place(i)
            out.append(Toponym(
                start=m.start, end=m.end, name=text[m.start:m.end], lat=place.lat, lon=place.lon,
                geonameid=place.geonameid, country_code=place.country_code or None, feature=place.feature,
                gazetteer_name=place.name, population=place.population,
                demonym=m.demonym is not None and not m.entries,
                candidates=len({e >> 1 for e in m.entries} | ({m.demonym} if m.demonym is not None else set())),
                score=score,
            ))
        return out


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


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
