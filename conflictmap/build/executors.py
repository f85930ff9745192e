"""Where a build reads its articles: one small protocol, two executors — a local process pool
(:class:`~conflictmap.build.local.LocalPool`) and a Dask cluster (:class:`~conflictmap.build.dask.DaskRun`). The
build asks an executor for each article's result in order, then for the merge across articles; the output is byte
for byte the same whichever reads them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Protocol

from conflictmap.articles.read import Article
from conflictmap.pipeline import ArticleResult, Pipeline
from conflictmap.settings import Settings


class Executor(Protocol):
    engine: str  # "processes" | "dask": how the build's summary names it

    @property
    def workers(self) -> int:
        """How many processes (or cluster workers) read the articles."""

    def read(self, articles: list[Article], pipeline: Pipeline,
             progress: Callable[[Article], None] | None = None) -> Iterator[tuple[ArticleResult, bytes | None]]:
        """Each article's result, in the articles' order, with the result encoded for the build cache when it was made elsewhere
        (else None); what the readers learned goes into ``pipeline``'s geocode cache."""

    def merge(self, results: list[ArticleResult], window: int) -> list[ArticleResult]:
        """The results with their events merged across articles (:func:`conflictmap.story.merge.merge_results`)."""

    def close(self) -> None:
        """Let go of the processes or the cluster."""


def open_executor(settings: Settings, data_dir: Path, todo: int, *, jobs: int | None = 1,
                  dask: str | None = None) -> Executor:
    """The Dask cluster at ``dask`` ("local": one started on this machine), else a pool of ``jobs`` processes (None:
    every core; never more than the ``todo`` articles; one with Nominatim on)."""
    if dask:
        from conflictmap.build.dask import DaskRun

        return DaskRun(dask, settings, data_dir=data_dir)
    from conflictmap.build.local import LocalPool, usable_jobs

    return LocalPool(usable_jobs(jobs, todo, settings))
