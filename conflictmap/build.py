"""Build: a folder of articles → the data folder (events, route, places not placed, geocode cache).

Everything the app shows comes from here. Each output file is written atomically under the data folder's lock;
a broken input (an article, the cache, the corrections) stops the build with a one-line message before
anything is written, so a failed build never leaves ``data/`` half-written.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from . import gazetteer as gz
from . import settings, storage
from .articles import Article, article_paths, read_article
from .events import COLUMNS, Event, Placed, default_actors_path, extract_events, load_actors
from .geocoding import Chain, make_chain
from .route import ROUTE_COLUMNS, Stop, build_route
from .toponyms import CALENDAR, CONNECTORS, Geoparser, Toponym, default_geoparser, focus_country, geoparse

EVENTS_FILE = "events.csv"
ROUTE_FILE = "route.csv"
UNPLACED_FILE = "unplaced.csv"
ARTICLES_FILE = "articles.csv"
ACTORS_FILE = "actors.csv"
ARTICLE_COLUMNS = ["article_id", "title", "published", "source", "url", "file", "places", "events", "unplaced"]
UNPLACED_COLUMNS = ["article_id", "name", "start", "end", "reason", "excerpt"]


@dataclass(frozen=True)
class Unplaced:
    article_id: str
    name: str
    start: int
    end: int
    reason: str
    excerpt: str

    def as_row(self) -> dict:
        return {"article_id": self.article_id, "name": self.name, "start": self.start, "end": self.end,
                "reason": self.reason, "excerpt": self.excerpt}


@dataclass
class ArticleResult:
    article: Article
    toponyms: list[Toponym]
    events: list[Event]
    route: list[Stop]
    unplaced: list[Unplaced]
    focus: str | None = None


@dataclass
class BuildResult:
    articles: list[ArticleResult] = field(default_factory=list)

    @property
    def events(self) -> list[Event]:
        return [e for a in self.articles for e in a.events]

    @property
    def route(self) -> list[Stop]:
        return [s for a in self.articles for s in a.route]

    @property
    def unplaced(self) -> list[Unplaced]:
        return [u for a in self.articles for u in a.unplaced]


# Capitalised names after words that introduce a place ("in Kafr Nabudah", "the village of X") which the
# gazetteer does not know: asked of the geocoding chain, and reported when nothing places them.
_PLACE_INTRO = re.compile(
    r"\b(?:in|near|outside|into|from|towards?|around|at|villages?\s+of|towns?\s+of|cities\s+of|city\s+of|"
    r"province\s+of|district\s+of|region\s+of|outskirts\s+of)\s+((?:(?:al|el|ad|as|ar|an|at)[-\s])?"
    r"[A-Z][\w’'‘-]+(?:\s+(?:(?:al|el|ad|as|ar|an|at|de|of)[-\s])?[A-Z][\w’'‘-]+){0,3})")
# A capitalised name before a region word, as news writes a province or state ("Gezira state", "Rakhine
# state"); only in lower case, so "Islamic State" is not one.
_REGION_NAMED = re.compile(
    r"\b((?:(?:al|el|ad|as|ar|an|at)[-\s])?[A-Z][\w’'‘-]+(?:\s+[A-Z][\w’'‘-]+){0,2})\s+"
    r"(?:state|province|governorate|oblast|prefecture)\b")
_NOT_PLACE_WORDS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our",
                    "january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                    "saturday", "sunday"}


def candidate_unknown_names(text: str, toponyms: list[Toponym], known_names: set[str],
                            zipf=None) -> list[tuple[int, int, str]]:
    """Names the text introduces as places ("in Kafr Nabudah", "Gezira state") but the geoparser did not find.
    ``zipf`` (word → Zipf frequency) turns away a common word before a region word ("the Jewish state")."""
    out = []
    named = sorted([(m, False) for m in _PLACE_INTRO.finditer(text)] +
                   [(m, True) for m in _REGION_NAMED.finditer(text)], key=lambda mr: mr[0].start(1))
    for m, before_region_word in named:
        if before_region_word and zipf is not None and " " not in m.group(1) and zipf(m.group(1).lower()) >= 4.0:
            continue
        if out and m.start(1) < out[-1][1]:
            continue  # found by both patterns
        start, end = m.span(1)
        name = m.group(1).rstrip("’'‘-")
        end = start + len(name)
        first = name.split()[0].lower()
        if first in _NOT_PLACE_WORDS or first in CALENDAR or name.lower() in known_names:
            continue
        if any(t.start < end and start < t.end for t in toponyms):
            continue
        if name.isupper() or len(name) < 3 or name.split()[-1].lower() in CONNECTORS:
            continue
        out.append((start, end, name))
    return out


def place_article(article: Article, chain: Chain, parser: Geoparser | None,
                  known_names: set[str]) -> tuple[list[Toponym], list[Placed], list[Unplaced], str | None]:
    toponyms = geoparse(article.text, parser)
    focus = focus_country(toponyms)
    placed: list[Placed] = []
    for t in toponyms:
        corrected = chain.corrections(t.name, t.country_code, article.id) or \
            chain.corrections(t.gazetteer_name, t.country_code, article.id)
        if corrected is not None:
            placed.append(Placed(t, corrected.lat, corrected.lon, "correction", corrected.note,
                                 corrected.source_url))
        else:
            placed.append(Placed(t, t.lat, t.lon, "gazetteer"))
    unplaced: list[Unplaced] = []
    sentences = article.sentences
    for start, end, name in candidate_unknown_names(article.text, toponyms, known_names,
                                                    (parser or default_geoparser()).gaz.zipf):
        answer = chain(name, focus, article.id)
        if answer is not None and answer.found:
            cc = answer.country_code or None
            t = Toponym(start, end, article.text[start:end], answer.lat, answer.lon,
                        int(answer.ident.split(":")[1]) if answer.ident.startswith("geonames:") else None,
                        cc, answer.feature or "place", answer.name, 0)
            toponyms.append(t)
            placed.append(Placed(t, answer.lat, answer.lon, answer.source, answer.note, answer.source_url))
        else:
            sentence = next((s.text for s in sentences if s.start <= start < s.end), "")
            reason = "not in the gazetteer" + (", the cache or Nominatim" if chain.nominatim else
                                               " or the cache (Nominatim is off)")
            unplaced.append(Unplaced(article.id, name, start, end, reason, sentence))
    toponyms.sort(key=lambda t: t.start)
    placed.sort(key=lambda p: p.toponym.start)
    return toponyms, placed, unplaced, focus


def process_article(article: Article, chain: Chain, actors, parser: Geoparser | None = None,
                    known_names: set[str] = frozenset()) -> ArticleResult:
    toponyms, placed, unplaced, focus = place_article(article, chain, parser, known_names)
    events = extract_events(article, placed, actors, corrections=chain.corrections,
                            gazetteer=parser.gaz if parser else None)
    route, events = build_route(article, events)
    return ArticleResult(article, toponyms, events, route, unplaced, focus)


def map_text(data: bytes | str, name: str, data_dir: Path, *, published=None, parser: Geoparser | None = None,
             environ=None) -> ArticleResult:
    """One article given as bytes or text (a paste, an upload) through the whole pipeline, in memory: nothing in
    the data folder is written. ``name`` is its file name (``.html`` is read as HTML)."""
    from .articles import decode_bytes, parse_article
    from .errors import ArticleError

    max_bytes = settings.get_int("MAX_ARTICLE_BYTES", environ)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    if len(raw) > max_bytes:
        raise ArticleError(f"{name}: {len(raw):,} bytes is more than the limit of {max_bytes:,}; "
                           "split the article or raise CONFLICTMAP_MAX_ARTICLE_BYTES")
    text = decode_bytes(raw, name)
    stem = Path(name).stem or "article"
    article = parse_article(text, stem, is_html=name.lower().endswith((".html", ".htm")), published=published,
                            name=name)
    chain = make_chain(data_dir, environ)
    actors = load_actors(actors_path(data_dir))
    names = [n for a in actors for n in a.aliases]
    known = {n.lower() for n in names}
    parser = parser or Geoparser(gz.default(), not_places=names)  # an actor's name is never a place
    return process_article(article, chain, actors, parser, known)


def save_article(result: ArticleResult, articles_dir: Path) -> Path:
    """Write a mapped article into the articles folder as Markdown with front matter (atomically)."""
    import yaml

    a = result.article
    meta = {"title": a.title, "published": a.published.isoformat() if a.published else None,
            "source": a.source or "pasted in the conflictmap dashboard", "url": a.url or None}
    front = yaml.safe_dump({k: v for k, v in meta.items() if v}, allow_unicode=True, sort_keys=False)
    path = Path(articles_dir) / f"{a.id}.md"
    n = 2
    while path.exists():
        path = Path(articles_dir) / f"{a.id}-{n}.md"
        n += 1
    storage.atomic_write_text(path, f"---\n{front}---\n{a.text.strip()}\n")
    return path


def actors_path(data_dir: Path) -> Path:
    own = Path(data_dir) / ACTORS_FILE
    return own if own.exists() else default_actors_path()


def build(articles_dir: Path, data_dir: Path, *, environ=None, progress: Callable[[int, int, str], None] | None = None,
          parser: Geoparser | None = None) -> BuildResult:
    """Regenerate ``data_dir`` from every article in ``articles_dir``."""
    articles_dir, data_dir = Path(articles_dir), Path(data_dir)
    max_bytes = settings.get_int("MAX_ARTICLE_BYTES", environ)
    paths = article_paths(articles_dir)
    articles = [read_article(p, max_bytes=max_bytes) for p in paths]  # all read before anything is written
    seen: dict[str, Path] = {}
    for a, p in zip(articles, paths):
        if a.id in seen:
            from .errors import ArticleError

            raise ArticleError(f"{p}: has the same article id {a.id!r} as {seen[a.id]}; rename one of them")
        seen[a.id] = p
    chain = make_chain(data_dir, environ)
    actors = load_actors(actors_path(data_dir))
    names = [n for a in actors for n in a.aliases]
    known = {n.lower() for n in names}
    parser = parser or Geoparser(gz.default(), not_places=names)  # an actor's name is never a place
    result = BuildResult()
    for n, article in enumerate(articles, 1):
        result.articles.append(process_article(article, chain, actors, parser, known))
        if progress:
            progress(n, len(articles), article.id)
    write_data(data_dir, result, paths, chain)
    return result


def write_data(data_dir: Path, result: BuildResult, paths: list[Path], chain: Chain | None = None) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    if chain is not None:
        chain.cache.save()
    with storage.locked(data_dir):
        storage.write_csv(data_dir / EVENTS_FILE, COLUMNS, (e.as_row() for e in result.events))
        storage.write_csv(data_dir / ROUTE_FILE, ROUTE_COLUMNS, (s.as_row() for s in result.route))
        storage.write_csv(data_dir / UNPLACED_FILE, UNPLACED_COLUMNS, (u.as_row() for u in result.unplaced))
        rows = []
        for a, p in zip(result.articles, paths):
            rows.append({"article_id": a.article.id, "title": a.article.title,
                         "published": a.article.published.isoformat() if a.article.published else "",
                         "source": a.article.source, "url": a.article.url, "file": p.name,
                         "places": len(a.toponyms), "events": len(a.events), "unplaced": len(a.unplaced)})
        storage.write_csv(data_dir / ARTICLES_FILE, ARTICLE_COLUMNS, rows)
        if not (data_dir / ACTORS_FILE).exists():
            storage.atomic_write_text(data_dir / ACTORS_FILE, default_actors_path().read_text(encoding="utf-8"))
        corrections = data_dir / "corrections.csv"
        if not corrections.exists():
            storage.atomic_write_text(corrections, CORRECTIONS_TEMPLATE)


CORRECTIONS_TEMPLATE = """\
# Hand-made corrections. A build reads this file and never rewrites it. Each row needs a source_url.
# place: the name as written or as the gazetteer has it; country/article: optional, to narrow the row;
# lat/lon: coordinates that replace the gazetteer's (leave both empty to correct only the date);
# date: YYYY-MM-DD, the date of the territory-taking event at this place (leave empty to keep the text's).
place,country,article,lat,lon,date,note,source_url
"""


def text_progress(stream=None) -> Callable[[int, int, str], None]:
    """A one-line progress bar on stderr, redrawn in place."""
    stream = stream or sys.stderr

    def show(done: int, total: int, label: str) -> None:
        if total < 2:
            return
        width = 30
        filled = int(width * done / total)
        stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {label[:40]:<40}")
        if done == total:
            stream.write("\n")
        stream.flush()

    return show
