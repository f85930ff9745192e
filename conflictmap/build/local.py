"""Reading articles on several cores: a process pool over the articles, each worker with the pipeline of the data
folder (forked from the parent, so the gazetteer is shared, not loaded again). Results come back in the articles'
order with the geocode-cache answers each worker learned, which the parent keeps: the output is byte for byte the
output of one process. A worker also sends its result encoded as the build cache keeps it (JSON,
:mod:`conflictmap.store.codec`), so the parent (which shares the cores with the workers) does not encode it again. With Nominatim on, one process asks it (its limit
of a request a second is per user).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator

from conflictmap.articles.read import Article
from conflictmap.build.result import ReadFailure, read_one
from conflictmap.pipeline import ArticleResult, Pipeline
from conflictmap.settings import Settings
from conflictmap.store import codec
from conflictmap.story.merge import merge_results

_PIPELINE: Pipeline | None = None  # the worker's (set in the parent before forking)


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def usable_jobs(jobs: int | None, todo: int, settings: Settings) -> int:
    """How many processes to use: ``jobs`` (None: every core), never more than the articles to read, one when
    Nominatim is on or processes cannot be forked here."""
    wanted = default_jobs() if jobs is None else max(1, jobs)
    if settings.nominatim or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(1, min(wanted, todo))


class LocalPool:
    """The build's executor on this machine (:class:`~conflictmap.build.executors.Executor`)."""

    engine = "processes"

    def __init__(self, jobs: int):
        self.workers = jobs

    def read(self, articles: list[Article], pipeline: Pipeline,
             progress: Callable[[Article], None] | None = None) -> Iterator[tuple[ArticleResult, bytes | None]]:
        return process_all(articles, pipeline, self.workers, progress)

    def merge(self, results: list[ArticleResult], window: int) -> list[ArticleResult]:
        return merge_results(results, window)

    def close(self) -> None:
        pass  # (the pool lives only while :meth:`read` runs)


def process_all(articles: list[Article], pipeline: Pipeline, jobs: int,
                progress: Callable[[Article], None] | None = None) -> Iterator[tuple[ArticleResult, bytes | None]]:
    """Each article's result, in order, with the result encoded when a worker made it (else None)."""
    global _PIPELINE
    if jobs <= 1:
        for article in articles:
            yield read_one(pipeline, article), None
            if progress:
                progress(article)
        return
    _PIPELINE = pipeline  # (inherited by the forked workers)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            chunk = max(1, min(16, len(articles) // (jobs * 8)))
            for article, (result, blob, learned) in zip(articles, pool.imap(_work, articles, chunksize=chunk)):
                for answer in learned:
                    pipeline.chain.cache.put(answer)
                if progress:
                    progress(article)
                yield result, blob
    finally:
        _PIPELINE = None


def _work(article: Article) -> tuple[ArticleResult | ReadFailure, bytes | None, list]:
    cache = _PIPELINE.chain.cache
    result = read_one(_PIPELINE, article)
    learned = list(cache.dirty.values())
    cache.dirty.clear()
    return result, (codec.dumps(result) if isinstance(result, ArticleResult) else None), learned

