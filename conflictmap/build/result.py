"""What a build made: each article's result (events merged across articles), the campaigns, and what it skipped;
and :func:`read_one`, the one place an article is read, which turns any failure into a :class:`ReadFailure` (one
bad article is a line in the summary, never the end of the build)."""

from __future__ import annotations

from dataclasses import dataclass, field

from conflictmap.events.extract import Event
from conflictmap.geoparser.placed import Unplaced
from conflictmap.articles.read import Article
from conflictmap.pipeline import ArticleResult, Pipeline
from conflictmap.story.campaigns import CampaignStop
from conflictmap.story.route import Stop


@dataclass
class BuildResult:
    articles: list[ArticleResult] = field(default_factory=list)
    reused: int = 0  # articles whose result an earlier build had made (unchanged since)
    skipped: list[str] = field(default_factory=list)  # articles that could not be read: one line each, why
    stale: list[str] = field(default_factory=list)  # of those, the ones shown as their last good build had them
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


@dataclass(frozen=True)
class ReadFailure:
    """An article whose reading raised: what and why, in one line."""

    article_id: str
    reason: str


def read_one(pipeline: Pipeline, article: Article) -> ArticleResult | ReadFailure:
    """``article``'s result, or a :class:`ReadFailure` saying what went wrong (an input nothing foresaw, or a bug:
    the rest of the folder is built either way)."""
    try:
        return pipeline.process(article)
    except Exception as exc:  # (any: one article never stops the build)
        reason = " ".join(f"{type(exc).__name__}: {exc}".split())
        return ReadFailure(article.id, reason if len(reason) <= 200 else reason[:200] + "…")
