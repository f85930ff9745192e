"""What a build writes: the data folder's files (under its lock, each atomically), and an article saved from the
dashboard into the articles folder."""

from __future__ import annotations

from pathlib import Path

from conflictmap.articles.front_matter import with_front_matter
from conflictmap.build.result import BuildResult
from conflictmap.pipeline import ArticleResult, Pipeline
from conflictmap.store import files, schema
from conflictmap.store.index import write_index
from conflictmap.store.inputs import PACKAGE_ACTORS


def write_data(data_dir: Path, result: BuildResult, paths: list[Path], pipeline: Pipeline | None = None) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    if pipeline is not None:
        pipeline.chain.cache.save()
    with files.locked(data_dir):
        files.write_csv(data_dir / schema.EVENTS_FILE, schema.EVENT_COLUMNS, map(schema.event_row, result.events))
        files.write_csv(data_dir / schema.ROUTE_FILE, schema.ROUTE_COLUMNS, map(schema.stop_row, result.route))
        files.write_csv(data_dir / schema.CAMPAIGNS_FILE, schema.CAMPAIGN_COLUMNS,
                          map(schema.campaign_row, result.campaigns))
        files.write_csv(data_dir / schema.UNPLACED_FILE, schema.UNPLACED_COLUMNS,
                          map(schema.unplaced_row, result.unplaced))
        files.write_csv(data_dir / schema.ARTICLES_FILE, schema.ARTICLE_COLUMNS, [
            schema.article_row(a.article, p.name, len(a.toponyms), len(a.events), len(a.unplaced))
            for a, p in zip(result.articles, paths)])
        write_index(data_dir)  # (events.parquet/, for the dashboard past millions of events)
        if not (data_dir / schema.ACTORS_FILE).exists():
            files.atomic_write_text(data_dir / schema.ACTORS_FILE, PACKAGE_ACTORS.read_text(encoding="utf-8"))
        if not (data_dir / schema.CORRECTIONS_FILE).exists():
            files.atomic_write_text(data_dir / schema.CORRECTIONS_FILE, schema.CORRECTIONS_TEMPLATE)


def save_article(result: ArticleResult, articles_dir: Path) -> Path:
    """Write a mapped article into the articles folder as Markdown with front matter (atomically)."""
    a = result.article
    meta = {"title": a.title, "published": a.published.isoformat() if a.published else None,
            "source": a.source or "pasted in the conflictmap dashboard", "url": a.url or None}
    path = Path(articles_dir) / f"{a.id}.md"
    n = 2
    while path.exists():
        path = Path(articles_dir) / f"{a.id}-{n}.md"
        n += 1
    files.atomic_write_text(path, with_front_matter(meta, a.text.strip()))
    return path
