"""Events: what happened where, when and by whom, from the sentences of an article, in ACLED's vocabulary.

One event per (article, place, what happened, date): repeated mentions of the same happening merge, keeping all
their excerpts. A place that is only mentioned is a *context* event (``event_type`` "Context"), kept so that
every place in the article is on the map, and distinguishable from what happened.

Rules, each in its own function so tests can pin them down:

- :func:`find_dates` — dates written in a sentence, resolved against the publication date (weekdays,
  yesterday/today, last week/month, explicit dates). A sentence without one gets no date.
- :func:`classify` — the event type and sub-type from the sentence's cue words, and which places they govern.
- :class:`ActorMatcher` — named actors from ``actors.csv``; "the militants", "the group" refer to the article's
  main non-state actor.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

from . import storage
from .articles import Article, Sentence
from .errors import DataFileError
from .toponyms import Toponym

CONTEXT = "Context"
CONTEXT_SUB = "Place mentioned"
BATTLES = "Battles"
REMOTE = "Explosions/Remote violence"
VAC = "Violence against civilians"
STRATEGIC = "Strategic developments"
PROTESTS = "Protests"
RIOTS = "Riots"
NSA_TAKEOVER = "Non-state actor overtakes territory"
GOV_REGAINS = "Government regains territory"
TERRITORY_SUBTYPES = (NSA_TAKEOVER, GOV_REGAINS)

# ACLED's column order first, then conflictmap's provenance columns.
ACLED_COLUMNS = ["event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
                 "country", "location", "latitude", "longitude", "geo_precision", "source", "notes"]
COLUMNS = ACLED_COLUMNS + ["article_id", "route_step", "role", "place_name", "geonameid", "country_code",
                           "feature", "geo_source", "geo_note", "geo_source_url", "date_source", "date_rule",
                           "date_text", "cue", "excerpts", "mentions"]

# ------------------------------------------------------------------------------------------------ actors


@dataclass(frozen=True)
class Actor:
    name: str
    aliases: tuple[str, ...]
    kind: str  # state | non-state | external | civilians
    country: str = ""


GENERIC_REFERENCES = re.compile(
    r"\b(?:the\s+)?(militants|rebels|insurgents|jihadists|fighters|group|opposition fighters|armed groups?|"
    r"rebel forces|opposition forces|gunmen)\b", re.I)


def load_actors(path: Path) -> list[Actor]:
    rows = storage.read_csv(path, required=["actor", "aliases", "kind"], comments=True)
    actors = []
    for n, row in enumerate(rows, 1):
        name = row["actor"].strip()
        if not name:
            raise DataFileError(f"{path}: row {n}: 'actor' is empty")
        aliases = tuple(a.strip() for a in row["aliases"].split(";") if a.strip()) or (name,)
        kind = row["kind"].strip() or "non-state"
        if kind not in ("state", "non-state", "external", "civilians"):
            raise DataFileError(f"{path}: row {n} ({name}): kind must be state, non-state, external or civilians, "
                                f"got {kind!r}")
        actors.append(Actor(name, aliases, kind, (row.get("country") or "").strip().upper()))
    return actors


def default_actors_path() -> Path:
    return Path(__file__).parent / "data" / "actors.csv"


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    actor: Actor | None  # None: a generic reference ("the militants") not yet resolved


class ActorMatcher:
    """Find actors in text. Aliases in capitals ("HTS", "SDF") match case-sensitively; others ignore case."""

    def __init__(self, actors: list[Actor]):
        self.actors = actors
        exact, folded = [], []
        self._by_alias: dict[str, Actor] = {}
        for actor in actors:
            for alias in sorted(actor.aliases, key=len, reverse=True):
                key = alias if alias.isupper() else alias.lower()
                self._by_alias.setdefault(key, actor)
                (exact if alias.isupper() else folded).append(re.escape(alias))
        self._exact = re.compile(r"(?<![\w-])(%s)(?![\w-])" % "|".join(exact)) if exact else None
        self._folded = re.compile(r"(?<![\w-])(%s)(?![\w-])" % "|".join(sorted(folded, key=len, reverse=True)),
                                  re.I) if folded else None

    def find(self, text: str) -> list[ActorMention]:
        found: list[ActorMention] = []
        for pattern, fold in ((self._folded, True), (self._exact, False)):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                if any(f.start < m.end() and m.start() < f.end for f in found):
                    continue
                key = m.group(1).lower() if fold else m.group(1)
                actor = self._by_alias.get(key)
                if actor is not None:
                    found.append(ActorMention(m.start(), m.end(), actor))
        for m in GENERIC_REFERENCES.finditer(text):
            if not any(f.start < m.end() and m.start() < f.end for f in found):
                found.append(ActorMention(m.start(), m.end(), None))
        return sorted(found, key=lambda a: a.start)


def main_actor(mentions: list[ActorMention]) -> Actor | None:
    """The article's most named non-state armed actor (ties: the first named)."""
    counts = Counter(m.actor for m in mentions if m.actor is not None and m.actor.kind == "non-state")
    if not counts:
        return None
    best = max(counts.values())
    for m in mentions:
        if m.actor is not None and counts.get(m.actor) == best:
            return m.actor
    return None


# ------------------------------------------------------------------------------------------------ dates

WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH_RE = r"(January|February|March|April|May|June|July|August|September|October|November|December|" \
            r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"


@dataclass(frozen=True)
class DateFinding:
    date: dt.date | None
    precision: int  # ACLED time_precision: 1 day, 2 week, 3 month
    rule: str  # which rule read it: iso, day-month-year, weekday, yesterday, last-week, ...
    text: str  # the words it read
    start: int


_DATE_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")),
    ("day-month-year", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + r"(?:,?\s+(\d{4}))?\b")),
    ("month-day-year", re.compile(r"\b" + _MONTH_RE + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?")),
    ("weekday", re.compile(r"\b(?:on\s+|early\s+|late\s+|last\s+|this\s+)*(Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b")),
    ("yesterday", re.compile(r"\b(yesterday|last night)\b", re.I)),
    ("today", re.compile(r"\b(today|tonight|this morning|this afternoon|this evening)\b", re.I)),
    ("last-week", re.compile(r"\b(last week|a week ago|earlier this week|this week)\b", re.I)),
    ("last-month", re.compile(r"\b(last month|earlier this month|this month)\b", re.I)),
]


def find_dates(text: str, published: dt.date | None) -> list[DateFinding]:
    """Every date expression in ``text``, resolved against ``published`` (unknown when it cannot be)."""
    found: list[DateFinding] = []
    for rule, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(f.start <= m.start() < f.start + len(f.text) for f in found):
                continue
            found.append(_resolve(rule, m, published))
    return sorted((f for f in found if f is not None), key=lambda f: f.start)


def _resolve(rule: str, m: re.Match, published: dt.date | None) -> DateFinding | None:
    words = m.group(0)
    date: dt.date | None = None
    precision = 1
    try:
        if rule == "iso":
            date = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        elif rule in ("day-month-year", "month-day-year"):
            if rule == "day-month-year":
                day, month, year = int(m.group(1)), MONTHS[m.group(2).lower()], m.group(3)
            else:
                month, day, year = MONTHS[m.group(1).lower()], int(m.group(2)), m.group(3)
            if year:
                date = dt.date(int(year), month, day)
            elif published:
                date = dt.date(published.year, month, day)
                if date > published:  # "December 30" read in a January report
                    date = dt.date(published.year - 1, month, day)
        elif rule == "weekday" and published:
            wanted = WEEKDAYS[m.group(1).lower()]
            date = published - dt.timedelta(days=(published.weekday() - wanted) % 7)
        elif rule == "yesterday" and published:
            date = published - dt.timedelta(days=1)
        elif rule == "today" and published:
            date = published
        elif rule == "last-week" and published:
            precision = 2
            back = 0 if "this" in words.lower() else 7
            date = published - dt.timedelta(days=back)
        elif rule == "last-month" and published:
            precision = 3
            if words.lower() == "last month":
                first = published.replace(day=1)
                date = (first - dt.timedelta(days=1)).replace(day=1)
            else:
                date = published.replace(day=1)
    except (ValueError, KeyError):
        return None  # "February 30": not a date
    return DateFinding(date, precision, rule, words, m.start())


# ------------------------------------------------------------------------------------------------ types


@dataclass(frozen=True)
class Cue:
    event_type: str
    sub_event_type: str
    pattern: re.Pattern
    governs: str  # "after": the places after the words; "before": the place just before them
    role: str = ""  # "origin" for "offensive from X"


def _cue(event_type, sub, words, governs="after", role=""):
    return Cue(event_type, sub, re.compile(words, re.I), governs, role)


CUES: tuple[Cue, ...] = (
    _cue(BATTLES, "", r"\b(?:offensive|assault|attack|campaign|push|operation)s?\b[^.;]{0,60}?\bfrom\b",
         role="origin"),
    _cue(BATTLES, "", r"\blaunch\w*\b[^.;]{0,40}?\bfrom\b", role="origin"),
    _cue(BATTLES, NSA_TAKEOVER, r"\b(?:seiz\w*|captur\w*|took|taken|take|taking|gain\w*|wrest\w*|assum\w*)\s+"
         r"(?:full\s+|complete\s+|effective\s+)?control\s+(?:of|over)\b"),
    _cue(BATTLES, NSA_TAKEOVER, r"\b(?:seiz\w*|captur\w*|overr[au]n\w*|storm\w*|overtook|overtake\w*|"
         r"liberat\w*|recaptur\w*|retook|retake\w*|retaken|conquer\w*)\b"),
    _cue(BATTLES, NSA_TAKEOVER, r"\b(?:drove|driven|drive|driving|pushed|push|forced|expelled|ousted|routed)\b"
         r"[^.;]{0,60}?\b(?:out of|from)\b"),
    _cue(BATTLES, NSA_TAKEOVER, r"\b(?:advanc\w*|march\w*|swept|sweep\w*|roll\w*|mov\w*|push\w*|enter\w*)\s+"
         r"(?:in|into|on)\b"),
    _cue(BATTLES, NSA_TAKEOVER, r"\bentered\b"),
    _cue(BATTLES, NSA_TAKEOVER, r"\b(?:fell|falls|fallen)\b(?:\s+to\b)?", governs="before"),
    _cue(BATTLES, NSA_TAKEOVER, r"\b(?:was|were|has been|had been)\s+(?:captured|seized|taken|overrun|"
         r"liberated)\b", governs="before"),
    _cue(REMOTE, "Air/drone strike", r"\b(?:air\s*strikes?|air\s*raids?|drone\s+strikes?|bombed|bombing|"
         r"warplanes?|jets?\s+struck)\b"),
    _cue(REMOTE, "Shelling/artillery/missile attack", r"\b(?:shell\w*|artillery|missiles?|rockets?|mortars?|"
         r"bombard\w*)\b"),
    _cue(REMOTE, "Suicide bomb", r"\bsuicide\s+(?:bomb\w*|attack\w*)\b"),
    _cue(REMOTE, "Remote explosive/landmine/IED", r"\b(?:IED|roadside\s+bomb|landmine|car\s+bomb|explosive "
         r"device)s?\b"),
    _cue(VAC, "Attack", r"\b(?:massacre\w*|execut\w*|killed\s+(?:\w+\s+)?civilians|civilians\s+(?:were\s+)?"
         r"killed)\b"),
    _cue(VAC, "Abduction/forced disappearance", r"\b(?:abduct\w*|kidnap\w*)\b"),
    _cue(BATTLES, "Armed clash", r"\b(?:clash\w*|fighting|fought|battle[sd]?|firefights?|gunfights?|"
         r"skirmish\w*)\b"),
    _cue(RIOTS, "Violent demonstration", r"\b(?:riot\w*|looting|looted)\b"),
    _cue(PROTESTS, "Peaceful protest", r"\b(?:protest\w*|demonstrat\w*|rall(?:y|ies|ied))\b"),
    _cue(STRATEGIC, "Agreement", r"\b(?:ceasefire|cease-fire|truce|peace\s+(?:deal|agreement)|signed\s+an?\s+"
         r"agreement|agreed\s+to)\b"),
    _cue(STRATEGIC, "Arrests", r"\b(?:arrest\w*|detain\w*)\b"),
    _cue(STRATEGIC, "Other", r"\b(?:granted\s+(?:\w+\s+){0,2}asylum|asylum|arrived\s+in|fled\s+to|"
         r"evacuat\w*|withdr[ae]w\w*)\b"),
)


@dataclass(frozen=True)
class Classified:
    event_type: str
    sub_event_type: str
    role: str
    cue: str  # the words that decided it ("" for context)
    cue_start: int
    cue_end: int


# Between a place and the next, words that make the next one where the first is, not a place of its own:
# "Wad Madani, the capital of Gezira state", "Kafr Nabudah, a town in Hama province", "Saraqib, 15 km east of".
_APPOSITION = re.compile(
    r",\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}(?:capital|town|city|village|province|region|district|suburbs?|"
    r"outskirts|north|south|east|west|northeast|northwest|southeast|southwest|km|kilometres|kilometers|miles)"
    r"\s+(?:of|in)\s+(?:the\s+)?$", re.I)


def classify(sentence: str, places: list[tuple[int, int, bool]]) -> list[Classified | None]:
    """For each place (start, end, is_adjective) in the sentence, the cue that governs it, or None (context).

    An "after" cue governs the places that follow it in the sentence up to the next cue of another kind, but
    not one that only says where the place before it is ("Wad Madani, the capital of Gezira state"); a
    "before" cue ("Damascus fell") governs the nearest place before it. Country adjectives ("Syrian
    militants") are never the place where something happened.
    """
    hits = []
    for cue in CUES:
        for m in cue.pattern.finditer(sentence):
            hits.append((m.start(), m.end(), cue, m.group(0)))
    hits.sort(key=lambda h: (h[0], -h[1]))
    out: list[Classified | None] = [None] * len(places)
    order = sorted(range(len(places)), key=lambda i: places[i][0])
    located = {i for prev, i in zip(order, order[1:])  # places that only say where the one before is
               if _APPOSITION.search(sentence, places[prev][1], places[i][0])}
    for start, end, cue, words in hits:
        if cue.governs == "before":
            before = [i for i in order if places[i][1] <= start and not places[i][2]]
            if before and out[before[-1]] is None:
                i = before[-1]
                out[i] = Classified(cue.event_type, cue.sub_event_type, cue.role, words, start, end)
            continue
        next_cue = min((h[0] for h in hits if h[0] >= end and h[2] is not cue and h[2].governs == "after"
                        and (h[2].event_type, h[2].sub_event_type) != (cue.event_type, cue.sub_event_type)),
                       default=len(sentence))
        for i in order:
            s, e, adjective = places[i]
            if adjective or s < end or s >= next_cue or i in located:
                continue
            if out[i] is None or out[i].cue_start < start and out[i].role != "origin":
                out[i] = Classified(cue.event_type, cue.sub_event_type, cue.role, words, start, end)
            if cue.role == "origin":
                break  # "offensive from Idlib in northern Syria": the origin is the first place after "from"
    return out


# ------------------------------------------------------------------------------------------------ events


@dataclass(frozen=True)
class Placed:
    """A toponym with the coordinates the geocoding chain settled on, and why."""

    toponym: Toponym
    lat: float
    lon: float
    source: str  # gazetteer | correction | cache | nominatim
    note: str = ""
    source_url: str = ""


@dataclass(frozen=True)
class Event:
    event_id: str
    article_id: str
    event_date: dt.date | None
    time_precision: int | None
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    country: str
    country_code: str
    location: str
    place_name: str
    latitude: float
    longitude: float
    geo_precision: int
    geonameid: int | None
    feature: str
    geo_source: str
    geo_note: str
    geo_source_url: str
    date_source: str  # text | correction | "" (unknown)
    date_rule: str
    date_text: str
    role: str  # origin | "" ; the route adds its step number separately
    cue: str
    source: str
    excerpts: tuple[str, ...]
    mentions: tuple[tuple[int, int], ...]  # (start, end) of each mention in the article text
    sentence_index: int
    route_step: int | None = None

    @property
    def is_context(self) -> bool:
        return self.event_type == CONTEXT

    @property
    def notes(self) -> str:
        """The excerpts as plain text (ACLED's ``notes``); ``excerpts`` keeps the [[place]] marks."""
        return " … ".join(x.replace("[[", "").replace("]]", "") for x in self.excerpts)

    def as_row(self) -> dict:
        return {
            "event_id": self.event_id, "event_date": self.event_date.isoformat() if self.event_date else "",
            "time_precision": self.time_precision or "", "event_type": self.event_type,
            "sub_event_type": self.sub_event_type, "actor1": self.actor1, "actor2": self.actor2,
            "country": self.country, "location": self.location, "latitude": f"{self.latitude:.5f}",
            "longitude": f"{self.longitude:.5f}", "geo_precision": self.geo_precision, "source": self.source,
            "notes": self.notes, "article_id": self.article_id,
            "route_step": "" if self.route_step is None else self.route_step, "role": self.role,
            "place_name": self.place_name, "geonameid": self.geonameid or "", "country_code": self.country_code,
            "feature": self.feature, "geo_source": self.geo_source, "geo_note": self.geo_note,
            "geo_source_url": self.geo_source_url, "date_source": self.date_source, "date_rule": self.date_rule,
            "date_text": self.date_text, "cue": self.cue,
            "excerpts": "\n".join(self.excerpts), "mentions": ";".join(f"{s}-{e}" for s, e in self.mentions),
        }


_REGION_WORDS = re.compile(r"\b(?:province|governorate|region|district|state|oblast|county)\s+of\s+$|"
                           r"^\s+(?:province|governorate|region|district|oblast)\b", re.I)


def _geo_precision(text: str, t: Toponym) -> int:
    if t.feature in ("country", "continent") or t.demonym:
        return 3
    before = text[max(0, t.start - 30):t.start]
    after = text[t.end:t.end + 15]
    if _REGION_WORDS.search(before) or _REGION_WORDS.search(after) or t.feature == "region":
        return 2
    return 1


def country_name(code: str | None, gazetteer=None) -> str:
    if not code:
        return ""
    from . import gazetteer as gz

    g = gazetteer or gz.default()
    place = g.country(code)
    return place.name if place else code


def extract_events(article: Article, placed: list[Placed], actors: list[Actor],
                   corrections=None, gazetteer=None) -> list[Event]:
    """Events of one article. ``placed`` are its toponyms with final coordinates; ``corrections`` (optional) is a
    :class:`conflictmap.geocoding.CorrectionsStep` whose dated rows set the date of territory events."""
    text = article.text
    sentences = article.sentences
    matcher = ActorMatcher(actors)
    all_actor_mentions = matcher.find(text)
    principal = main_actor(all_actor_mentions)
    raw: list[Event] = []
    for s_index, sentence in enumerate(sentences):
        inside = [p for p in placed if sentence.start <= p.toponym.start < sentence.end]
        if not inside:
            continue
        local = [(p.toponym.start - sentence.start, p.toponym.end - sentence.start,
                  p.toponym.demonym or _possessive_country(text, p.toponym)) for p in inside]
        if sentence.text.strip() == article.title.strip() and not sentence.text.rstrip().endswith(
                (".", "!", "?", '"', "”")):
            kinds = [None] * len(local)  # the headline repeats the story: its places are context
        else:
            kinds = classify(sentence.text, local)
        dates = find_dates(sentence.text, article.published)
        actor_mentions = [a for a in all_actor_mentions if sentence.start <= a.start < sentence.end]
        for p, kind in zip(inside, kinds):
            raw.append(_event(article, sentence, s_index, p, kind, dates, actor_mentions, principal, corrections,
                              gazetteer))
    return merge_events(raw)


def _possessive_country(text: str, t: Toponym) -> bool:
    """"Ukraine's army", "Russia's defence ministry": the country stands for its government, not a place."""
    return t.feature == "country" and text[t.end:t.end + 2] in ("'s", "’s")


_CLAUSE_BREAK = re.compile(r"\b(?:before|after|then|while|whereas)\b|;", re.I)


def date_for(sentence: str, place_start: int, dates: list[DateFinding]) -> DateFinding | None:
    """The date expression that applies to a place: the nearest one in the sentence that is not cut off from
    it by "before", "after", "then", "while" or a semicolon (those start another happening)."""
    best, best_distance = None, None
    for d in dates:
        lo, hi = sorted((d.start, place_start))
        if _CLAUSE_BREAK.search(sentence, lo, hi):
            continue
        distance = hi - lo
        if best_distance is None or distance < best_distance:
            best, best_distance = d, distance
    return best


def _actors_for(sentence: Sentence, kind: Classified, mentions: list[ActorMention],
                principal: Actor | None) -> tuple[Actor | None, Actor | None]:
    def resolved(m: ActorMention) -> Actor | None:
        return m.actor if m.actor is not None else principal

    cue_start = sentence.start + kind.cue_start
    cue_end = sentence.start + kind.cue_end
    before = [m for m in mentions if m.start < cue_start]
    inside_after = [m for m in mentions if m.start >= cue_start and m.end > cue_start]
    tail = sentence.text[kind.cue_end:kind.cue_end + 4].lower()
    cue_words = kind.cue.lower()
    after = [m for m in inside_after if m.start >= cue_end]
    # passive: "fell to militants", "launched by HTS" — the agent comes after the cue
    if (cue_words.endswith(" to") or tail.startswith(" to") or tail.startswith(" by")) and after:
        actor1 = resolved(after[0])
        rest = [resolved(m) for m in before + after[1:]]
    else:
        # active: the subject, i.e. the first actor named before the cue ("The militants ... drove the Army")
        actor1 = resolved(before[0]) if before else None
        rest = [resolved(m) for m in inside_after + before[1:]]
    actor2 = next((a for a in rest if a is not None and a != actor1 and a.kind != "civilians"), None)
    if actor1 is None and kind.sub_event_type in TERRITORY_SUBTYPES + ("",) and kind.event_type == BATTLES:
        actor1 = principal if principal and principal != actor2 else None
    return actor1, actor2


def _event(article: Article, sentence: Sentence, s_index: int, p: Placed, kind: Classified | None,
           dates: list[DateFinding], actor_mentions: list[ActorMention], principal: Actor | None, corrections,
           gazetteer) -> Event:
    t = p.toponym
    if kind is None:
        event_type, sub, role, cue = CONTEXT, CONTEXT_SUB, "", ""
        actor1 = actor2 = None
    else:
        event_type, sub, role, cue = kind.event_type, kind.sub_event_type, kind.role, kind.cue
        actor1, actor2 = _actors_for(sentence, kind, actor_mentions, principal)
        if role == "origin":
            sub = "Armed clash" if not sub else sub
        if sub in TERRITORY_SUBTYPES:
            sub = GOV_REGAINS if actor1 is not None and actor1.kind == "state" else NSA_TAKEOVER
    date_finding = date_for(sentence.text, t.start - sentence.start, dates)
    event_date = date_finding.date if date_finding else None
    precision = date_finding.precision if date_finding and event_date else None
    date_source = "text" if event_date else ""
    date_rule = date_finding.rule if date_finding and event_date else ""
    date_text = date_finding.text if date_finding else ""
    excerpt = _excerpt(sentence, t)
    location = t.gazetteer_name if t.demonym or t.feature == "country" else t.name
    if corrections is not None and kind is not None:
        corrected = corrections.find(t.name, t.country_code, article.id) or \
            corrections.find(t.gazetteer_name, t.country_code, article.id)
        if corrected is not None and corrected.date is not None and (sub in TERRITORY_SUBTYPES or role == "origin"):
            event_date, precision, date_source = corrected.date, 1, "correction"
            date_rule, date_text = "correction", corrected.source_url
    return Event(
        event_id="", article_id=article.id, event_date=event_date, time_precision=precision,
        event_type=event_type, sub_event_type=sub, actor1=actor1.name if actor1 else "",
        actor2=actor2.name if actor2 else "", country=country_name(t.country_code, gazetteer),
        country_code=t.country_code or "", location=location, place_name=t.gazetteer_name, latitude=p.lat,
        longitude=p.lon,
        geo_precision=_geo_precision(article.text, t), geonameid=t.geonameid, feature=t.feature,
        geo_source=p.source, geo_note=p.note, geo_source_url=p.source_url, date_source=date_source,
        date_rule=date_rule, date_text=date_text, role=role, cue=cue,
        source=article.source or article.title or article.id, excerpts=(excerpt,), mentions=((t.start, t.end),),
        sentence_index=s_index,
    )


def _excerpt(sentence: Sentence, t: Toponym) -> str:
    """The sentence with the place marked as [[name]] (the map turns the marks into highlighting)."""
    s, e = t.start - sentence.start, t.end - sentence.start
    return f"{sentence.text[:s]}[[{sentence.text[s:e]}]]{sentence.text[e:]}"


def merge_events(events: list[Event]) -> list[Event]:
    """One event per (article, place, what happened, date): mentions of the same happening become one event.

    An undated mention merges into a dated one of the same kind at the same place; context mentions of a place
    merge whatever their dates. Event ids are stable hashes of what identifies the event.
    """
    merged: dict[tuple, Event] = {}
    order: list[tuple] = []
    for ev in events:
        place_key = (ev.article_id, ev.place_name, ev.country_code, round(ev.latitude, 3), round(ev.longitude, 3))
        kind_key = (ev.event_type, ev.sub_event_type, ev.role)
        candidates = [k for k in order if k[0] == place_key and k[1] == kind_key]
        target = None
        for k in candidates:
            other = merged[k]
            if ev.is_context or other.event_date is None or ev.event_date is None or \
                    other.event_date == ev.event_date:
                target = k
                break
        if target is None:
            key = (place_key, kind_key, len(order))
            merged[key] = ev
            order.append(key)
            continue
        other = merged[target]
        keep_date = other if other.event_date is not None else ev
        merged[target] = replace(
            other,
            event_date=keep_date.event_date, time_precision=keep_date.time_precision,
            date_source=keep_date.date_source, date_rule=keep_date.date_rule, date_text=keep_date.date_text,
            actor1=other.actor1 or ev.actor1, actor2=other.actor2 or ev.actor2,
            excerpts=other.excerpts + tuple(x for x in ev.excerpts if x not in other.excerpts),
            mentions=other.mentions + ev.mentions,
        )
    out = []
    for key in order:
        ev = merged[key]
        out.append(replace(ev, event_id=_event_id(ev)))
    return out


def _event_id(ev: Event) -> str:
    ident = "|".join([ev.article_id, ev.place_name, ev.country_code, ev.event_type, ev.sub_event_type, ev.role,
                      ev.event_date.isoformat() if ev.event_date else "", str(ev.mentions[0][0])])
    return "CM" + hashlib.sha1(ident.encode("utf-8")).hexdigest()[:10].upper()
