"""The pipeline, composed in one place: an article → its place names, placed → its events → its route.

:func:`make_pipeline` reads what a data folder says about how to treat text — its actors (whose names are never
places), its corrections and its geocode cache — so that ``conflictmap build``, ``conflictmap geoparse``, the
dashboard's "Map your own article" and the tests all treat the same text the same way.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from conflictmap.articles.read import Article, decode_bytes, parse_article
from conflictmap.errors import ArticleError, ConflictmapError, GeocoderUnavailable
from conflictmap.articles.spans import Spans
from conflictmap.events.actors import Actor, actor_names, fought_in, home_countries, matcher
from conflictmap.events.extract import Event, extract_events
from conflictmap.geoparser import Gazetteer, Geoparser, Toponym, geoparse
from conflictmap.geoparser import gazetteer as gz
from conflictmap.geoparser.binding import abroad
from conflictmap.geoparser.chain import Chain
from conflictmap.geoparser.geocoding import (
    CorrectionsStep,
    GazetteerGeocoder,
    GazetteerStep,
    GeocodeCache,
    Step,
)
from conflictmap.geoparser.districts import container_of
from conflictmap.geoparser.introduced import candidate_unknown_names, mentioned_again, peoples_word, person_words
from conflictmap.geoparser.nominatim import NominatimStep
from conflictmap.geoparser.placed import Placed, Unplaced
from conflictmap.geoparser.settle import settle
from conflictmap.settings import Settings
from conflictmap.store import schema
from conflictmap.store.inputs import (
    PACKAGE_ACTORS,
    GeocodeCacheFile,
    actors_path,
    load_actors,
    load_corrections,
)
from conflictmap.story.route import Stop, build_route


_A_FORCES_NAME = re.compile(r"\b(?:Police|Army|Guards?|Forces|Brigade|Battalion|Regiment)$")  # (a unit's name)


@dataclass
class ArticleResult:
    article: Article
    toponyms: list[Toponym]
    events: list[Event]
    route: list[Stop]
    unplaced: list[Unplaced]
    focus: str | None = None


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
        names it introduces as places that the geoparser missed, asked of the geocoding chain. (Linear in the
        text: the toponyms a name holds or follows are found by bisection, the sentences split once.)"""
        gaz, text = self.geoparser.gaz, article.text
        homes = home_countries(text, self.actors)
        settled = settle(text, geoparse(text, self.geoparser, homes), gaz, self.known_names,
                         fought_in(text, self.actors))  # (the armed groups it names vote for their countries)
        toponyms, focus = list(settled.toponyms), settled.focus  # (in text order)
        if focus is None and len(homes) == 1:  # no place says where, one country's armed group does ("the SDF
            focus = next(iter(homes))  # said … in Hassakeh province": Syria's spellings for names unknown)
        starts = [t.start for t in toponyms]
        placed = [self._placed(article, t, settled.notes.get(t.start, "")) for t in toponyms]
        sentence = _Sentences(article)
        named = Spans((m.start, m.end) for m in matcher(self.actors).find(text))  # (remembered from home_countries)
        unplaced = [Unplaced(article.id, t.name, t.start, t.end, reason, sentence.of(t.start))
                    for t, reason in settled.taken_out if not named.overlaps(t.start, t.end) and
                    not peoples_word(text, t.start, t.end)]  # ("allied Arab militias": no place, though Arab, US is)
        # (a word of an armed group's name placed abroad and taken out is no place of the story: "Liberation" of
        # "Tigray People's Liberation Front")
        found, replaced, persons = [], set(), None  # (the persons the text names: read once, when first asked)
        for name in candidate_unknown_names(text, toponyms, self.known_names, gaz.zipf,
                                            [t for t, _ in settled.taken_out]):
            if named.overlaps(name.start, name.end):
                continue  # ("seize Afrin from Kurdish YPG": an armed group's name, no place)
            after = bisect_left(starts, name.end)
            inside = [i for i in range(bisect_left(starts, name.start), after) if toponyms[i].end <= name.end]
            if _A_FORCES_NAME.search(name.name):
                replaced.update(inside)  # ("a Border Guard Police outpost": a force's name, no place, nor its "Border")
                continue
            answer, reason, retry = self._ask(name.name, focus, article.id)
            if answer is not None and answer.found and answer.source == "gazetteer" and \
                    (far := abroad(text, toponyms, answer.country_code, name.name, gaz)):
                answer, reason = None, far  # (Baga, Nigeria is not Bagà, Spain: a village the gazetteer lacks)
            if answer is not None and answer.found:
                replaced.update(inside)  # "Bulo Burde town" over "Bulo"
                unplaced = [u for u in unplaced if not (name.start <= u.start and u.end <= name.end)]  # ("Jisr al-
                # Shughur" found by its spelling: no "Jisr" abroad taken out of it left to report)
                t = Toponym(name.start, name.end, text[name.start:name.end], answer.lat, answer.lon,
                            int(answer.ident.split(":")[1]) if answer.ident.startswith("geonames:") else None,
                            answer.country_code or None, answer.feature or "place", answer.name, 0)
                found.append(Placed(t, answer.lat, answer.lon, answer.source, answer.note, answer.source_url))
            elif set(name.name.split()) <= (persons := person_words(text) if persons is None else persons):
                continue  # (a person's name nothing could place: "from Haftar" after "commander Khalifa Haftar")
            elif not inside or name.whole and focus and all(
                    toponyms[i].country_code not in (None, focus) and toponyms[i].feature == "place" for i in inside) \
                    or name.village and all(toponyms[i].feature in ("district", "region", "place") for i in inside):
                # ("the village of Senjam Chirang", "the village of Kan Gyi": a village's name, not Chirang, Kan)
                replaced.update(inside)  # ("Hassan Khel area, Peshawar district": not Hassan, India)
                # (but a whole name over places the text keeps at home is the name of something else)
                if name.whole:
                    unplaced = [u for u in unplaced if not (name.start <= u.start and u.end <= name.end)]
                held = container_of(text, name.end, toponyms[after:after + 1])
                if held is not None:
                    reason += f"; the text puts it in {held.gazetteer_name} ({held.country_code})"
                unplaced.append(Unplaced(article.id, name.name, name.start, name.end, reason,
                                         sentence.of(name.start), retry))
        placed = sorted([p for i, p in enumerate(placed) if i not in replaced] + found, key=lambda p: p.toponym.start)
        unplaced = sorted(unplaced + self._again(article, placed, unplaced, sentence, named), key=lambda u: u.start)
        return [p.toponym for p in placed], placed, unplaced, focus

    @staticmethod
    def _again(article: Article, placed: list[Placed], unplaced: list[Unplaced], sentence,
               named: Spans) -> list[Unplaced]:
        """Further mentions of the names nothing placed, with the same reason ("took control of Rubaya" … "before
        reaching Rubaya": the second is the same place too, for the events and the route); ``named``: the actors'
        names in the text (never a place)."""
        first = list({u.name: u for u in sorted(unplaced, key=lambda u: u.start)}.values())
        covered = Spans([(p.toponym.start, p.toponym.end) for p in placed] + [(u.start, u.end) for u in unplaced])
        return [Unplaced(article.id, first[n].name, s, e, first[n].reason, sentence.of(s), first[n].retry)
                for s, e, n in mentioned_again(article.text, [(u.start, u.end) for u in first], covered, named)]

    def _ask(self, name: str, focus: str | None, article_id: str):
        """(answer, why not, whether to ask again) of the geocoding chain for a name the geoparser did not find."""
        chain = self.chain
        try:
            return chain(name, focus, article_id), "not in the gazetteer" + (
                ", the cache or Nominatim" if chain.nominatim else " or the cache (Nominatim is off)"), False
        except GeocoderUnavailable as exc:
            return None, f"{exc}; asked again at the next build", True

    def _placed(self, article: Article, t: Toponym, note: str) -> Placed:
        """A toponym at the gazetteer's point, or where the data folder's corrections put it."""
        corrections = self.chain.corrections
        corrected = corrections(t.name, t.country_code, article.id) or \
            corrections(t.gazetteer_name, t.country_code, article.id)
        if corrected is not None:
            return Placed(t, corrected.lat, corrected.lon, "correction", corrected.note, corrected.source_url)
        return Placed(t, t.lat, t.lon, "gazetteer", note)


class _Sentences:
    """The sentence holding an offset of an article, its sentences split once, when first asked."""

    def __init__(self, article: Article):
        self.article = article
        self.split: list | None = None
        self.starts: list[int] = []

    def of(self, start: int) -> str:
        if self.split is None:
            self.split = self.article.sentences
            self.starts = [s.start for s in self.split]
        n = bisect_right(self.starts, start) - 1
        return self.split[n].text if n >= 0 and start < self.split[n].end else ""


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


def make_pipeline(data_dir: Path | None, settings: Settings | None = None, *,
                  gazetteer: Gazetteer | None = None) -> Pipeline:
    """The pipeline for a data folder: its actors (the package's when it has none), corrections and cache, and
    the settings (the gazetteer's cache folder, Nominatim; default: read from the environment). ``data_dir`` None:
    no data folder (the package's actors, no corrections, a cache in memory only)."""
    settings = settings or Settings.from_env()
    actors = tuple(load_actors(actors_path(data_dir) if data_dir is not None else PACKAGE_ACTORS))
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
