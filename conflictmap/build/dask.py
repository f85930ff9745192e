"""The build's work on a Dask cluster (``conflictmap build … --dask local|tcp://HOST:PORT``).

The work is two pure functions, so it can run on any machine of a cluster: reading a batch of articles
(:func:`read_batch`: the articles and a :class:`PipelineInputs` → each article's result and the geocode-cache
answers it learned) and planning the merge of a batch of places (:func:`plan_batch`, :mod:`conflictmap.story.merge`'s
reduction: each type and place is planned on its own, the plans applied by the client). A worker needs conflictmap
installed (the same version) and nothing else: the data folder's actors, corrections and geocode cache travel with
the work, and the gazetteer is built from the package's data on the worker's first task. The client keeps what the
workers learned and writes the data folder, as a local build does, so the output is byte for byte the local build's.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from conflictmap import __version__
from conflictmap.articles.read import Article
from conflictmap.build.result import read_one
from conflictmap.errors import ConflictmapError
from conflictmap.events.extract import Event
from conflictmap.pipeline import ArticleResult, Pipeline, make_pipeline
from conflictmap.settings import Settings, user_cache_dir
from conflictmap.store import schema
from conflictmap.store.inputs import actors_path
from conflictmap.story.merge import Report, apply_plan, by_key, merge_results, plan, slim

BATCH = 32  # articles per task: enough to keep the scheduler's share of the time small
MERGE_BATCH = 2_000  # places per merge task
_PIPELINES: dict[str, Pipeline] = {}  # a worker's pipelines, by their inputs' digest


class ClusterError(ConflictmapError, RuntimeError):
    """The Dask cluster cannot be used (not installed, not reachable, a worker of another version)."""


@dataclass(frozen=True)
class PipelineInputs:
    """Everything an article's result depends on besides the article and the code: the data folder's files."""

    version: str
    files: tuple[tuple[str, bytes], ...]  # (file name, contents): actors, corrections, geocode cache

    @classmethod
    def of(cls, data_dir: Path) -> PipelineInputs:
        data_dir = Path(data_dir)
        files = [(schema.ACTORS_FILE, actors_path(data_dir).read_bytes())]
        for name in (schema.CORRECTIONS_FILE, schema.CACHE_FILE):
            if (data_dir / name).exists():
                files.append((name, (data_dir / name).read_bytes()))
        return cls(__version__, tuple(files))

    @property
    def digest(self) -> str:
        h = hashlib.sha256(self.version.encode())
        for name, data in self.files:
            h.update(name.encode() + b"\0" + hashlib.sha256(data).digest())
        return h.hexdigest()


def _pipeline(inputs: PipelineInputs) -> Pipeline:
    """The worker's pipeline for ``inputs`` (made once per worker): the files in a folder of its own."""
    if inputs.version != __version__:
        raise ClusterError(f"a Dask worker runs conflictmap {__version__}, the build {inputs.version}; install "
                           "the same version on every worker")
    if inputs.digest not in _PIPELINES:
        _PIPELINES.clear()  # (a long-lived worker keeps only the latest build's)
        with tempfile.TemporaryDirectory(prefix="conflictmap-worker-") as tmp:
            for name, data in inputs.files:
                (Path(tmp) / name).write_bytes(data)
            # (Nominatim is never asked from a cluster, and nothing of the worker's environment changes what it reads;
            # only where the worker keeps its gazetteer index is its own: its CONFLICTMAP_CACHE_DIR, else its user cache)
            settings = replace(Settings.from_env({}), cache_dir=user_cache_dir())
            _PIPELINES[inputs.digest] = make_pipeline(Path(tmp), settings)
    return _PIPELINES[inputs.digest]


def read_batch(articles: list[Article], inputs: PipelineInputs) -> list[tuple[ArticleResult, list]]:
    """Each article's result, with the geocode-cache answers reading it added."""
    pipeline = _pipeline(inputs)
    out = []
    for article in articles:
        result = read_one(pipeline, article)
        learned = list(pipeline.chain.cache.dirty.values())
        pipeline.chain.cache.dirty.clear()
        out.append((result, learned))
    return out


def plan_batch(groups: list, window: int) -> list[list[list[int]]]:
    """:func:`~conflictmap.story.merge.plan` over a batch of places."""
    return [plan(group, window) for group in groups]


class DaskRun:
    """A connection to a cluster for one build: ``local`` starts one on this machine (a worker per core)."""

    engine = "dask"

    def __init__(self, address: str, settings: Settings, workers: int | None = None, timeout: str = "20s", *,
                 data_dir: Path | None = None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ClusterError("--dask needs Dask: pip install 'conflictmap[cluster]'") from None
        self.data_dir = data_dir
        if settings.nominatim:
            raise ClusterError("--dask cannot be used with CONFLICTMAP_NOMINATIM=on: Nominatim allows one request "
                               "a second per user, not per machine; build with --jobs 1, or turn Nominatim off")
        self.cluster = None
        try:
            if address == "local":
                self.cluster = LocalCluster(n_workers=workers or len(os.sched_getaffinity(0)), threads_per_worker=1,
                                            processes=True, dashboard_address=None)
                self.client = Client(self.cluster)
            else:
                self.client = Client(address, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ClusterError(f"cannot reach the Dask scheduler at {address} ({exc}); start one with "
                               "`dask scheduler` and workers with `dask worker ADDRESS`, or use --dask local") from None

    @property
    def workers(self) -> int:
        return len(self.client.scheduler_info().get("workers", {}))

    def read(self, articles: list[Article], pipeline: Pipeline,
             progress: Callable[[Article], None] | None = None) -> Iterator[tuple[ArticleResult, None]]:
        """Each article's result, in the articles' order; what the workers learned goes into ``pipeline``'s
        geocode cache (which the build writes), as :func:`~conflictmap.build.local.process_all` does."""
        from distributed import as_completed

        shared = self.client.scatter(PipelineInputs.of(self.data_dir), broadcast=True)
        batches = [articles[n:n + BATCH] for n in range(0, len(articles), BATCH)]
        futures = [self.client.submit(read_batch, b, shared, pure=False) for b in batches]
        index = {f.key: n for n, f in enumerate(futures)}
        arrived: dict[int, list] = {}
        ready = 0  # the batches before this one have been given out
        for future, part in as_completed(futures, with_results=True):
            n = index[future.key]
            arrived[n] = part
            futures[n] = None  # (the worker may forget it)
            if progress:
                for article in batches[n]:
                    progress(article)
            while ready in arrived:  # in the articles' order, as soon as the order allows
                for result, learned in arrived.pop(ready):
                    for answer in learned:
                        pipeline.chain.cache.put(answer)
                    yield result, None
                ready += 1

    def merge(self, results: list[ArticleResult], window: int) -> list[ArticleResult]:
        return merge_results(results, window, merger=self.merge_reports)

    def merge_reports(self, reports: list[Report], window: int) -> list[Event]:
        """:func:`~conflictmap.story.merge.merge` as a map and a union: the places planned on the workers (only what
        the grouping reads travels), the plans applied here, where the events are."""
        groups = list(by_key(reports).values())
        batches = [[slim(g) for g in groups[n:n + MERGE_BATCH]] for n in range(0, len(groups), MERGE_BATCH)]
        futures = [self.client.submit(plan_batch, self.client.scatter(b), window, pure=False) for b in batches]
        out: dict[int, Event] = {}
        for n, plans in enumerate(self.client.gather(futures)):
            for members, happenings in zip(groups[n * MERGE_BATCH:(n + 1) * MERGE_BATCH], plans):
                out.update(apply_plan(members, happenings))
        return [out[i] for i in sorted(out)]

    def close(self) -> None:
        for thing in (getattr(self, "client", None), self.cluster):
            if thing is not None:
                thing.close()
