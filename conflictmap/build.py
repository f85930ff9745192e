"""Build: a folder of articles → the data folder (events, route, places not placed, articles, geocode cache).

Everything the app shows comes from here. Each output file is written atomically under the data folder's lock;
a broken input (an article, the cache, the corrections) stops the build with a one-line message before
anything is written, so a failed build never leaves ``data/`` half-written.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import schema, settings, storage
from .actors import PACKAGE_ACTORS
from .articles import Article, article_paths, read_article
from .dask_build import DaskRun
from .campaigns import CampaignStop, build_campaigns
from .build_cache import BuildCache, fingerprint
from .errors import ArticleError
from .events import Event
from .eventstore import write_index
from .merge import merge_results
from .pipeline import ArticleResult, Pipeline, Unplaced, make_pipeline
from .route import Stop
from .workers import process_all, usable_jobs

Progress = Callable[[int, int, str], None]  # (articles done, of how many, the last one's id)


@dataclass
class BuildResult:
    articles: list[ArticleResult] = field(default_factory=list)
    reused: int = 0  # articles whose result an earlier build had made (unchanged since)
    skipped: list[str] = field(default_factory=list)  # articles that could not be read: one line each, why
    jobs: int = 1  # processes that read the articles (Dask workers, with ``engine`` "dask")
    engine: str = "processes"  # processes | dask
    campaigns: list[CampaignStop] = field(default_factory=list)  # every actor's advance across the articles

    @property
    def events(self) -> list[Event]:
        return [e for a in self.articles for e in a.events]

    @property
    def route(self) -> list[Stop]:
        return [s for a in self.articles for s in a.route]

    @property
    def unplaced(self) -> list[Unplaced]:
        return [u for a in self.articles for u in a.unplaced]


def build(articles_dir: Path, data_dir: Path, *, environ: Mapping[str, str] | None = None,
          progress: Progress | None = None, pipeline: Pipeline | None = None, full: bool = False,
          strict: bool = False, jobs: int | None = 1, dask: str | None = None) -> BuildResult:
    """Regenerate ``data_dir`` from every article in ``articles_dir``. An article that cannot be read is skipped
    and named in ``BuildResult.skipped`` (``strict``: the build stops at the first, before anything is written);
    one already built and unchanged is not read again (:mod:`.build_cache`) unless ``full``; the others are read
    on ``jobs`` processes (None: every core; :mod:`.workers`), or on the Dask cluster at ``dask`` ("local": one
    started on this machine; :mod:`.dask_build`), which also merges the reports."""
    articles_dir, data_dir = Path(articles_dir), Path(data_dir)
    result = BuildResult()
    paths = _distinct(article_paths(articles_dir), strict, result.skipped)
    cache = BuildCache(data_dir, fingerprint(data_dir, environ), enabled=not full)
    keys = {p: cache.key(p, p.read_bytes()) for p in paths}
    done = {p: cache.get(keys[p]) for p in paths}  # an unchanged article's result: not read again
    todo = _readable([p for p in paths if done[p] is None], settings.get_int("MAX_ARTICLE_BYTES", environ), strict,
                     result.skipped)  # (every article read before anything is written)
    paths = [p for p in paths if done[p] is not None or p in todo]
    pipeline = pipeline or make_pipeline(data_dir, environ)
    count = iter(range(1, len(paths) + 1))
    tick = (lambda label: progress(next(count), len(paths), label)) if progress else None
    for p in paths:
        if done[p] is not None and tick:
            tick(p.stem)
    jobs = usable_jobs(jobs, len(todo), environ)
    on_tick = (lambda a: tick(a.id)) if tick else None
    run = DaskRun(dask, environ) if dask else None
    try:
        made_all = ((r, None) for r in run.process(list(todo.values()), data_dir, pipeline, on_tick)) if run else \
            process_all(list(todo.values()), pipeline, jobs, on_tick)
        for path, (made, pickled) in zip(todo, made_all):
            done[path] = made
            if not any(u.retry for u in made.unplaced):  # (an outage's names are asked again next time)
                cache.put(keys[path], made, pickled)
        result.articles = merge_results([done[p] for p in paths], settings.get_int("MERGE_DAYS", environ),
                                        **({"merger": run.merge} if run else {}))
        if run:
            jobs, result.engine = run.workers, "dask"
    finally:
        if run:
            run.close()
    result.campaigns = build_campaigns(result.events)
    result.reused, result.jobs = cache.hits, jobs
    write_data(data_dir, result, paths, pipeline)
    cache.prune()
    return result


def _distinct(paths: list[Path], strict: bool, skipped: list[str]) -> list[Path]:
    """The article files, each id once (an id is the file's name without its suffix)."""
    seen: dict[str, Path] = {}
    out = []
    for p in paths:
        if p.stem in seen:
            message = f"{p}: has the same article id {p.stem!r} as {seen[p.stem]}; rename one of them"
            if strict:
                raise ArticleError(message)
            skipped.append(message)
            continue
        seen[p.stem] = p
        out.append(p)
    return out


def _readable(paths: list[Path], max_bytes: int, strict: bool, skipped: list[str]) -> dict[Path, Article]:
    out = {}
    for p in paths:
        try:
            out[p] = read_article(p, max_bytes=max_bytes)
        except ArticleError as exc:
            if strict:
                raise
            skipped.append(str(exc))
    return out


def write_data(data_dir: Path, result: BuildResult, paths: list[Path], pipeline: Pipeline | None = None) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    if pipeline is not None:
        pipeline.chain.cache.save()
    with storage.locked(data_dir):
        storage.write_csv(data_dir / schema.EVENTS_FILE, schema.EVENT_COLUMNS, map(schema.event_row, result.events))
        storage.write_csv(data_dir / schema.ROUTE_FILE, schema.ROUTE_COLUMNS, map(schema.stop_row, result.route))
        storage.write_csv(data_dir / schema.CAMPAIGNS_FILE, schema.CAMPAIGN_COLUMNS,
                          map(schema.campaign_row, result.campaigns))
        storage.write_csv(data_dir / schema.UNPLACED_FILE, schema.UNPLACED_COLUMNS,
                          map(schema.unplaced_row, result.unplaced))
        storage.write_csv(data_dir / schema.ARTICLES_FILE, schema.ARTICLE_COLUMNS, [
            schema.article_row(a.article, p.name, len(a.toponyms), len(a.events), len(a.unplaced))
            for a, p in zip(result.articles, paths)])
        write_index(data_dir)  # (events.parquet/, for the dashboard past millions of events)
        if not (data_dir / schema.ACTORS_FILE).exists():
            storage.atomic_write_text(data_dir / schema.ACTORS_FILE, PACKAGE_ACTORS.read_text(encoding="utf-8"))
        if not (data_dir / schema.CORRECTIONS_FILE).exists():
            storage.atomic_write_text(data_dir / schema.CORRECTIONS_FILE, schema.CORRECTIONS_TEMPLATE)


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
