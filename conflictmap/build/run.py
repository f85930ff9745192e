"""Build: a folder of articles → the data folder (events, route, places not placed, articles, geocode cache).

Everything the app shows comes from here. Each output file is written atomically under the data folder's lock;
a broken input (an article, the cache, the corrections) stops the build with a one-line message before
anything is written, so a failed build never leaves ``data/`` half-written.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conflictmap.articles.read import Article, article_paths, read_article
from conflictmap.build.cache import BuildCache, fingerprint
from conflictmap.build.executors import open_executor
from conflictmap.build.output import write_data
from conflictmap.build.result import BuildResult
from conflictmap.errors import ArticleError
from conflictmap.pipeline import Pipeline, make_pipeline
from conflictmap.settings import Settings
from conflictmap.story.campaigns import build_campaigns

Progress = Callable[[int, int, str], None]  # (articles done, of how many, the last one's id)


def build(articles_dir: Path, data_dir: Path, *, settings: Settings | None = None,
          progress: Progress | None = None, pipeline: Pipeline | None = None, full: bool = False,
          strict: bool = False, jobs: int | None = 1, dask: str | None = None) -> BuildResult:
    """Regenerate ``data_dir`` from every article in ``articles_dir``. An article that cannot be read is skipped
    and named in ``BuildResult.skipped`` (``strict``: the build stops at the first, before anything is written);
    one already built and unchanged is not read again (:mod:`.cache`) unless ``full``; the others are read by an
    executor (:mod:`.executors`): ``jobs`` local processes (None: every core), or the Dask cluster at ``dask``
    ("local": one started on this machine), which also merges the reports. ``settings``: default, the
    environment's."""
    articles_dir, data_dir = Path(articles_dir), Path(data_dir)
    settings = settings or Settings.from_env()
    result = BuildResult()
    paths = _distinct(article_paths(articles_dir), strict, result.skipped)
    cache = BuildCache(data_dir, fingerprint(data_dir, settings), enabled=not full)
    keys = {p: cache.key(p, p.read_bytes()) for p in paths}
    done = {p: cache.get(keys[p]) for p in paths}  # an unchanged article's result: not read again
    todo = _readable([p for p in paths if done[p] is None], settings.max_article_bytes, strict,
                     result.skipped)  # (every article read before anything is written)
    paths = [p for p in paths if done[p] is not None or p in todo]
    pipeline = pipeline or make_pipeline(data_dir, settings)
    count = iter(range(1, len(paths) + 1))
    tick = (lambda label: progress(next(count), len(paths), label)) if progress else None
    for p in paths:
        if done[p] is not None and tick:
            tick(p.stem)
    executor = open_executor(settings, data_dir, len(todo), jobs=jobs, dask=dask)
    try:
        made_all = executor.read(list(todo.values()), pipeline, (lambda a: tick(a.id)) if tick else None)
        for path, (made, encoded) in zip(todo, made_all):
            done[path] = made
            if not any(u.retry for u in made.unplaced):  # (an outage's names are asked again next time)
                cache.put(keys[path], made, encoded)
        result.articles = executor.merge([done[p] for p in paths], settings.merge_days)
        result.jobs, result.engine = executor.workers, executor.engine
    finally:
        executor.close()
    result.campaigns = build_campaigns(result.events)
    result.reused = cache.hits
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
