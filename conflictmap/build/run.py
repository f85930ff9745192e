"""Build: a folder of articles → the data folder (events, route, places not placed, articles, geocode cache).

Everything the app shows comes from here. Each output file is written atomically under the data folder's lock;
a broken input (the cache, the corrections) stops the build with a one-line message before anything is written,
so a failed build never leaves ``data/`` half-written. A broken article is skipped with a line saying why (its
last good result kept), and a folder of which no article can be read writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from conflictmap.articles.read import Article, article_paths, read_article
from conflictmap.build.cache import BuildCache, fingerprint
from conflictmap.build.executors import open_executor
from conflictmap.build.output import write_data
from conflictmap.build.result import BuildResult, ReadFailure
from conflictmap.errors import ArticleError
from conflictmap.pipeline import Pipeline, make_pipeline
from conflictmap.settings import Settings
from conflictmap.store import files, generations
from conflictmap.story.campaigns import build_campaigns

Progress = Callable[[int, int, str], None]  # (articles done, of how many, the last one's id)


def build(articles_dir: Path, data_dir: Path, *, settings: Settings | None = None,
          progress: Progress | None = None, pipeline: Pipeline | None = None, full: bool = False,
          strict: bool = False, jobs: int | None = 1, dask: str | None = None) -> BuildResult:
    """Regenerate ``data_dir`` from every article in ``articles_dir``. An article that cannot be read — a broken
    file, a date out of range, any failure while reading it — is skipped and named in ``BuildResult.skipped``; if an
    earlier build read it, its last good result stays on the map (named in ``BuildResult.stale``) until it is fixed
    or removed (``strict``: the build stops at the first, before anything is written). If no article can be read,
    nothing is written (an :class:`ArticleError`). One already built and unchanged is not read again
    (:mod:`.cache`) unless ``full``; the others are read by an executor (:mod:`.executors`): ``jobs`` local
    processes (None: every core), or the Dask cluster at ``dask`` ("local": one started on this machine), which
    also merges the reports. ``settings``: default, the environment's."""
    articles_dir, data_dir = Path(articles_dir), Path(data_dir)
    settings = settings or Settings.from_env()
    article_paths(articles_dir)  # (a missing folder is said before the data folder is made)
    with files.locked(data_dir, timeout=settings.build_wait):  # (one build at a time: the next waits, then says so)
        generations.clean(data_dir)  # (what an interrupted build left: finished or removed)
        return _build(articles_dir, data_dir, settings, progress, pipeline, full, strict, jobs, dask)


def _build(articles_dir: Path, data_dir: Path, settings: Settings, progress: Progress | None,
           pipeline: Pipeline | None, full: bool, strict: bool, jobs: int | None, dask: str | None) -> BuildResult:
    result = BuildResult()
    failed: dict[Path, str] = {}  # article → why it could not be read
    paths = _distinct(article_paths(articles_dir), strict, result.skipped)
    cache = BuildCache(data_dir, fingerprint(data_dir, settings), enabled=not full)
    keys = _keys(paths, cache, strict, failed)
    done = {p: cache.get(keys[p]) if p in keys else None for p in paths}  # an unchanged one: not read again
    todo = _readable([p for p in keys if done[p] is None], settings.max_article_bytes, strict, failed)
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
            if isinstance(made, ReadFailure):
                if strict:
                    raise ArticleError(f"{path}: could not be read ({made.reason})")
                failed[path] = f"{path}: could not be read ({made.reason})"
                continue
            done[path] = made
            if not any(u.retry for u in made.unplaced):  # (an outage's names are asked again next time)
                cache.put(keys[path], made, encoded)
        paths = _with_last_good(paths, keys, done, failed, cache, result, articles_dir, data_dir)
        result.articles = executor.merge([done[p] for p in paths], settings.merge_days)
        result.jobs, result.engine = executor.workers, executor.engine
    finally:
        executor.close()
    result.campaigns = build_campaigns(result.events)
    result.reused = cache.hits
    write_data(data_dir, result, paths, pipeline)
    cache.prune()
    return result


def _with_last_good(paths: list[Path], keys: dict[Path, str], done: dict, failed: dict[Path, str],
                    cache: BuildCache, result: BuildResult, articles_dir: Path, data_dir: Path) -> list[Path]:
    """The articles with a result: each read now, or one unreadable now with its last good result (stale). If none
    could be read now, an :class:`ArticleError` (stale results alone are no build: the folder stays as it was)."""
    for path in paths:
        if done[path] is not None and path in keys:
            cache.used_for(path, keys[path])
    for path, why in failed.items():
        done[path] = cache.stale(path)
        note = "; the map keeps its last good result until it is fixed or removed" if done[path] else ""
        result.skipped.append(why + note)
        if done[path] is not None:
            result.stale.append(path.stem)
    if all(p in failed for p in paths):
        reasons = list(failed.values()) or result.skipped
        more = f"; and {len(reasons) - 1} more like it" if len(reasons) > 1 else ""
        raise ArticleError(f"no article of {articles_dir} could be read — {reasons[0] if reasons else '?'}{more}; "
                           f"nothing was written ({data_dir} keeps its last build)")
    return [p for p in paths if done[p] is not None]


def _keys(paths: list[Path], cache: BuildCache, strict: bool, failed: dict[Path, str]) -> dict[Path, str]:
    """Each article's cache key (from its bytes); one that cannot even be opened is a failure."""
    out = {}
    for p in paths:
        try:
            out[p] = cache.key(p, p.read_bytes())
        except OSError as exc:
            if strict:
                raise ArticleError(f"{p}: cannot be opened ({exc.strerror}); check its permissions") from None
            failed[p] = f"{p}: cannot be opened ({exc.strerror}); check its permissions"
    return out


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


def _readable(paths: list[Path], max_bytes: int, strict: bool, failed: dict[Path, str]) -> dict[Path, Article]:
    out = {}
    for p in paths:
        try:
            out[p] = read_article(p, max_bytes=max_bytes)
        except ArticleError as exc:
            if strict:
                raise
            failed[p] = str(exc)
        except Exception as exc:  # (an input nothing foresaw: this article, not the build)
            if strict:
                raise ArticleError(f"{p}: could not be read ({type(exc).__name__}: {exc})") from None
            failed[p] = f"{p}: could not be read ({type(exc).__name__}: {exc})"
    return out
