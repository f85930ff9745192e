"""What a build writes: the data folder's files (under its lock, as one generation), and an article saved from the
dashboard into the articles folder."""

from __future__ import annotations

from pathlib import Path

from conflictmap.articles.front_matter import with_front_matter
from conflictmap.build.result import BuildResult
from conflictmap.pipeline import ArticleResult, Pipeline
from conflictmap.store import files, generations, schema
from conflictmap.store.index import write_index
from conflictmap.store.inputs import PACKAGE_ACTORS


def write_data(data_dir: Path, result: BuildResult, paths: list[Path], pipeline: Pipeline | None = None) -> str:
    """Publish the build's outputs as the data folder's new generation (:mod:`conflictmap.store.generations`), then
    its Parquet index and, where missing, the input templates; the generation's id. Under the folder's lock."""
    data_dir.mkdir(parents=True, exist_ok=True)
    with files.locked(data_dir):
        if pipeline is not None:
            pipeline.chain.cache.save()
        outputs = {
            schema.EVENTS_FILE: files.csv_text(schema.EVENT_COLUMNS, map(schema.event_row, result.events)),
            schema.ROUTE_FILE: files.csv_text(schema.ROUTE_COLUMNS, map(schema.stop_row, result.route)),
            schema.CAMPAIGNS_FILE: files.csv_text(schema.CAMPAIGN_COLUMNS, map(schema.campaign_row, result.campaigns)),
            schema.UNPLACED_FILE: files.csv_text(schema.UNPLACED_COLUMNS, map(schema.unplaced_row, result.unplaced)),
            schema.ARTICLES_FILE: files.csv_text(schema.ARTICLE_COLUMNS, [
                schema.article_row(a.article, p.name, len(a.toponyms), len(a.events), len(a.unplaced))
                for a, p in zip(result.articles, paths)]),
        }
        made = generations.publish(data_dir, {name: text.encode("utf-8") for name, text in outputs.items()})
        write_index(data_dir)  # (events.parquet/, for the dashboard past millions of events; it names its sources)
        if not (data_dir / schema.ACTORS_FILE).exists():
            files.atomic_write_text(data_dir / schema.ACTORS_FILE, PACKAGE_ACTORS.read_text(encoding="utf-8"))
        if not (data_dir / schema.CORRECTIONS_FILE).exists():
            files.atomic_write_text(data_dir / schema.CORRECTIONS_FILE, schema.CORRECTIONS_TEMPLATE)
    return made


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
