"""The pipeline, composed in one place: an article → its place names, placed → its events → its route.

:func:`make_pipeline` reads what a data folder says about how to treat text — its actors (whose names are never
places), its corrections and its geocode cache — so that ``conflictmap build``, ``conflictmap geoparse``, the
dashboard's "Map your own article" and the tests all treat the same text the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from conflictmap.articles.spans import Spans
from conflictmap.articles.read import Article, decode_bytes, parse_article
from conflictmap.errors import ArticleError, ConflictmapError, GeocoderUnavailable
from conflictmap.events.actors import Actor, actor_names
from conflictmap.events.extract import Event, extract_events
from conflictmap.geoparser import Gazetteer, Geoparser, Toponym, focus_country, geoparse
from conflictmap.geoparser import gazetteer as gz
from conflictmap.geoparser.chain import Chain
from conflictmap.geoparser.districts import contained, home_districts
from conflictmap.geoparser.geocoding import CorrectionsStep, GazetteerGeocoder, GazetteerStep, GeocodeCache, Step
from conflictmap.geoparser.nominatim import NominatimStep
from conflictmap.geoparser.placed import Placed, Unplaced
from conflictmap.geoparser.vocabulary import CALENDAR, CONNECTORS, DISTRICT_WORDS, REGION_WORDS
from conflictmap.settings import Settings
from conflictmap.store import schema
from conflictmap.store.inputs import GeocodeCacheFile, actors_path, load_actors, load_corrections
from conflictmap.story.route import Stop, build_route


@dataclass
class ArticleResult:
    article: Article
    toponyms: list[Toponym]
    events: list[Event]
    route: list[Stop]
    unplaced: list[Unplaced]
    focus: str | None = None


# Capitalised names after words that introduce a place ("in Kafr Nabudah", "the village of X") which the
# gazetteer does not know: asked of the geocoding chain, and reported when nothing places them.
_ARTICLE = r"(?:(?:al|el|ad|as|ar|an|at)[-\s])"
_NAME_WORD = r"[A-Z][\w’'‘-]+"
_PLACE_INTRO = re.compile(  # (an intro word is a word of its own: not the "at" of "Jama'at Nasr al-Islam")
    r"(?<![\w’'‘-])(?:in|near|outside|into|from|towards?|around|at|through|"
    r"(?:villages?|towns?|cities|city|ports?|hubs?|camps?|settlements?|suburbs?|outskirts|capital)\s+of|"
    r"(?:" + "|".join(REGION_WORDS + DISTRICT_WORDS) + r")\s+of|"
    r"(?:seized|captured|overran|overrun|retook|retaken|recaptured|liberated|entered|shelled|stormed|raided|"
    r"(?:took|taken|seized|gained|regained) control of|(?:pushed|advanced|moved|marched|retreated|withdrew|fled|pulled "
    r"back|headed)(?: on)? to))\s+(?:the\s+)?(" + _ARTICLE + "?" + _NAME_WORD +
    r"(?:\s+(?:(?:al|el|ad|as|ar|an|at|de|of)[-\s])?" + _NAME_WORD + r"){0,3})")
# A capitalised name before a region word, as news writes a province or state ("Gezira state", "Rakhine
# state"); only in lower case, so "Islamic State" is not one.
_REGION_NAMED = re.compile(
    r"\b(" + _ARTICLE + "?" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,2})\s+(?:" +
    "|".join(REGION_WORDS + DISTRICT_WORDS) + r")\b")
# "an attack on Barsalogho", "the offensive on Hodeidah": a rare word only (not "an attack on Christians").
_ATTACK_ON = re.compile(
    r"(?<![\w’'‘-])(?:attacks?|assaults?|raids?|offensive|advance|push|march|ambush|strikes?|siege) on\s+(?:the\s+)?"
    r"(" + _ARTICLE + "?" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,2})")
_NOT_NAME_STARTS = frozenset("the a an this that these those his her their its our".split()) | CALENDAR
COMMON_WORD_ZIPF = 4.0  # a one-word name this common before a region word is no name ("the Jewish state")


_LISTED = re.compile(r"(?:,|,?\s+and|,?\s+or)\s+(" + _ARTICLE + "?" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,3})")


def _introduced(text: str):
    """(match, only if a rare word) for each name the text introduces as a place, and those listed with it
    ("the towns of Um Al-Qura and Al-Shabarga"): a name before a region word or after "an attack on" may be a
    common word ("the Jewish state", "an attack on Christians"), so it must be rare to count."""
    for m in _PLACE_INTRO.finditer(text):
        yield m, False
        end = m.end(1)
        while (more := _LISTED.match(text, end)) is not None:
            yield more, False
            end = more.end(1)
    for m in _REGION_NAMED.finditer(text):
        yield m, True
    for m in _ATTACK_ON.finditer(text):
        yield m, True


def candidate_unknown_names(text: str, toponyms: list[Toponym], known_names: set[str],
                            zipf=None) -> list[tuple[int, int, str]]:
    """Names the text introduces as places ("in Kafr Nabudah", "Gezira state") but the geoparser did not find.
    ``zipf`` (word → Zipf frequency) turns away a common word before a region word or after "an attack on"."""
    out = []
    found = Spans((t.start, t.end) for t in toponyms)
    named = sorted(_introduced(text), key=lambda mr: mr[0].start(1))
    for m, rare_only in named:
        if rare_only and zipf is not None and " " not in m.group(1) and \
                zipf(m.group(1).lower()) >= COMMON_WORD_ZIPF:
            continue
        if out and m.start(1) < out[-1][1]:
            continue  # found by both patterns
        start = m.start(1)
        name = m.group(1).rstrip("’'‘-")
        end = start + len(name)
        if name.split()[0].lower() in _NOT_NAME_STARTS or name.lower() in known_names:
            continue
        if found.overlaps(start, end):
            continue
        if name.isupper() or len(name) < 3 or name.split()[-1].lower() in CONNECTORS:
            continue
        out.append((start, end, name))
    return out


@lru_cache(maxsize=4)
def _geoparser(gazetteer: Gazetteer, not_places: tuple[str, ...]) -> Geoparser:
    return Geoparser(gazetteer, not_places=not_places)


@dataclass(frozen=True)
class Pipeline:
    geoparser: Geoparser
    chain: Chain
    actors: tuple[Actor, ...]

    @property
    def known_names(self) -> set[str]:
        """The actors' names, lower case: never reported as places not placed."""
        return {n.lower() for n in actor_names(list(self.actors))}

    def process(self, article: Article) -> ArticleResult:
        """One article through the whole pipeline."""
        toponyms, placed, unplaced, focus = self.place(article)
        events = extract_events(article, placed, list(self.actors), self.geoparser.gaz, self.chain.corrections,
                                unplaced)
        route, events = build_route(article, events)
        return ArticleResult(article, toponyms, events, route, unplaced, focus)

    def place(self, article: Article) -> tuple[list[Toponym], list[Placed], list[Unplaced], str | None]:
        """The article's place names with their final coordinates (a correction wins over the gazetteer), and the
        names it introduces as places that the geoparser missed, asked of the geocoding chain."""
        chain = self.chain
        toponyms = geoparse(article.text, self.geoparser)
        focus = focus_country(toponyms)
        toponyms, notes = home_districts(article.text, toponyms, self.geoparser.gaz, focus, self.known_names)
        toponyms, inside, abroad = contained(article.text, toponyms, self.geoparser.gaz)
        notes.update(inside)
        placed: list[Placed] = []
        for t in toponyms:
            corrected = chain.corrections(t.name, t.country_code, article.id) or \
                chain.corrections(t.gazetteer_name, t.country_code, article.id)
            placed.append(Placed(t, corrected.lat, corrected.lon, "correction", corrected.note, corrected.source_url)
                          if corrected is not None else Placed(t, t.lat, t.lon, "gazetteer", notes.get(t.start, "")))
        unplaced: list[Unplaced] = [
            Unplaced(article.id, t.name, t.start, t.end, f"the gazetteer's {t.name} is in {t.country_code}, but the "
                     "text puts it in a region of another country", _sentence_of(article, t.start))
            for t in abroad]
        for start, end, name in candidate_unknown_names(article.text, toponyms + abroad, self.known_names,
                                                        self.geoparser.gaz.zipf):
            retry = False
            try:
                answer = chain(name, focus, article.id)
                reason = "not in the gazetteer" + (", the cache or Nominatim" if chain.nominatim else
                                                   " or the cache (Nominatim is off)")
            except GeocoderUnavailable as exc:
                answer, reason, retry = None, f"{exc}; asked again at the next build", True
            if answer is not None and answer.found:
                t = Toponym(start, end, article.text[start:end], answer.lat, answer.lon,
                            int(answer.ident.split(":")[1]) if answer.ident.startswith("geonames:") else None,
                            answer.country_code or None, answer.feature or "place", answer.name, 0)
                toponyms.append(t)
                placed.append(Placed(t, answer.lat, answer.lon, answer.source, answer.note, answer.source_url))
            else:
                unplaced.append(Unplaced(article.id, name, start, end, reason, _sentence_of(article, start), retry))
        toponyms.sort(key=lambda t: t.start)
        placed.sort(key=lambda p: p.toponym.start)
        return toponyms, placed, unplaced, focus


def _sentence_of(article: Article, start: int) -> str:
    return next((s.text for s in article.sentences if s.start <= start < s.end), "")


def make_geoparser(actors: list[Actor], gazetteer: Gazetteer) -> Geoparser:
    """The geoparser that never takes an actor's name for a place (made once per gazetteer and set of actors)."""
    return _geoparser(gazetteer, tuple(actor_names(actors)))


def make_chain(data_dir: Path | None, settings: Settings, *, gazetteer: Gazetteer,
               nominatim_factory: Callable[[str, str], Step] | None = None) -> Chain:
    """The one place the geocoding chain is composed: the data folder's corrections and cache, the gazetteer, and
    Nominatim when the settings turn it on. ``data_dir`` None: no data folder (no corrections, a cache kept in
    memory only)."""
    nominatim = None
    if settings.nominatim:
        nominatim = (nominatim_factory or NominatimStep)(settings.nominatim_url, settings.nominatim_agent())
    return Chain(
        corrections=CorrectionsStep(load_corrections(Path(data_dir)) if data_dir is not None else []),
        cache=GeocodeCache(GeocodeCacheFile(Path(data_dir) / schema.CACHE_FILE) if data_dir is not None else None),
        gazetteer=GazetteerStep(GazetteerGeocoder(gazetteer)),
        nominatim=nominatim,
    )


def prepare_reading(cache_dir: Path) -> None:
    """Load what reading an article needs and takes long the first time: the gazetteer index (built into
    ``cache_dir`` on a server's first use: about 40 s; a second after) and the parser's weights. The dashboard runs
    it in the background when the page is first opened, so "Map it" seldom waits."""
    gz.default(cache_dir)
    from conflictmap.syntax.parse import parse

    try:
        parse("Rebels seized the town.")
    except ConflictmapError:
        pass  # (no parser: reading says so itself)


def preparing() -> gz.BuildProgress | None:
    """How far :func:`prepare_reading`'s gazetteer build has come, while one runs in this process (else None)."""
    return gz.build_progress()


def make_pipeline(data_dir: Path, settings: Settings | None = None, *,
                  gazetteer: Gazetteer | None = None) -> Pipeline:
    """The pipeline for a data folder: its actors (the package's when it has none), corrections and cache, and
    the settings (the gazetteer's cache folder, Nominatim; default: read from the environment)."""
    settings = settings or Settings.from_env()
    actors = tuple(load_actors(actors_path(data_dir)))
    geoparser = make_geoparser(list(actors), gazetteer or gz.default(settings.cache_dir))
    return Pipeline(geoparser, make_chain(data_dir, settings, gazetteer=geoparser.gaz), actors)


def map_text(data: bytes | str, name: str, pipeline: Pipeline, *, published=None,
             max_bytes: int = Settings.max_article_bytes) -> ArticleResult:
    """One article given as bytes or text (a paste, an upload) through the whole pipeline, in memory: nothing in
    the data folder is written. ``name`` is its file name (``.html`` is read as HTML); more than ``max_bytes``
    is refused."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > max_bytes:
        raise ArticleError(f"{name}: {len(raw):,} bytes is more than the limit of {max_bytes:,}; "
                           "split the article or raise CONFLICTMAP_MAX_ARTICLE_BYTES")
    article = parse_article(decode_bytes(raw, name), Path(name).stem or "article",
                            is_html=name.lower().endswith((".html", ".htm")), published=published, name=name)
    return pipeline.process(article)
