"""What a build made: each article's result (events merged across articles), the campaigns, and what it skipped."""

from __future__ import annotations

from dataclasses import dataclass, field

from conflictmap.events.extract import Event
from conflictmap.geoparser.placed import Unplaced
from conflictmap.pipeline import ArticleResult
from conflictmap.story.campaigns import CampaignStop
from conflictmap.story.route import Stop


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
