"""Articles from the web: a page's main text and metadata (title, publication date, outlet) as trafilatura extracts
them, written into the articles folder as Markdown with front matter (``url``, ``fetched``); which URLs the folder
holds already (so a feed adds each entry once).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from conflictmap.articles.front_matter import split_front_matter, with_front_matter
from conflictmap.articles.read import ARTICLE_SUFFIXES
from conflictmap.store import files
from conflictmap.errors import ArticleError, FetchError
from conflictmap.web.fetch import Fetched, fetch

HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")  # ("": a server that does not say)
MIN_TEXT_CHARS = 200  # less than this is a stub (a paywall, a cookie wall, an index page), no article


@dataclass(frozen=True)
class WebArticle:
    url: str
    title: str
    published: dt.date | None
    outlet: str
    text: str
    fetched: dt.datetime


def extract(page: Fetched, fetched: dt.datetime) -> WebArticle:
    """The article in a fetched page, or a :class:`FetchError` saying why there is none."""
    import trafilatura

    if page.content_type not in HTML_TYPES:
        raise FetchError(f"{page.url}: not a web page ({page.content_type}); save the article's text and add the "
                         "file instead")
    doc = trafilatura.bare_extraction(page.body, url=page.url, with_metadata=True, favor_precision=True)
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if len(text) < MIN_TEXT_CHARS:
        raise FetchError(f"{page.url}: no article text found (a paywall, a stub or an index page?); save the text "
                         "and add the file instead")
    published = None
    if getattr(doc, "date", None):
        try:
            published = dt.date.fromisoformat(str(doc.date)[:10])
        except ValueError:
            published = None
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    return WebArticle(page.url, (doc.title or "").strip() or paragraphs[0][:120], published,
                      (doc.sitename or "").strip(), "\n\n".join(paragraphs), fetched)


def markdown(article: WebArticle) -> str:
    """The article as conflictmap reads it: front matter, then the text."""
    meta = {"title": article.title, "published": article.published.isoformat() if article.published else None,
            "source": article.outlet or None, "url": article.url,
            "fetched": article.fetched.replace(microsecond=0).isoformat()}
    return with_front_matter(meta, article.text)


def slug(article: WebArticle) -> str:
    """``<date>-<slug of the title>``: the file's name in the articles folder."""
    words = unicodedata.normalize("NFKD", article.title).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9]+", "-", words).strip("-")[:60].rstrip("-") or "article"
    day = article.published or article.fetched.date()
    return f"{day.isoformat()}-{words}"


def save(article: WebArticle, articles_dir: Path) -> Path:
    """Write the article into the folder (atomically; a name taken by another article gets -2, -3…)."""
    base = slug(article)
    path, n = Path(articles_dir) / f"{base}.md", 2
    while path.exists():
        path, n = Path(articles_dir) / f"{base}-{n}.md", n + 1
    files.atomic_write_text(path, markdown(article))
    return path


def known_urls(articles_dir: Path) -> set[str]:
    """The ``url`` of every article already in the folder (front matter), so a feed adds each entry once."""
    out = set()
    folder = Path(articles_dir)
    if not folder.is_dir():
        return out
    for path in folder.iterdir():
        if path.suffix.lower() in ARTICLE_SUFFIXES:
            head = path.read_text(encoding="utf-8", errors="replace")[:4000]
            try:
                meta, _ = split_front_matter(head, str(path))
            except ArticleError:  # (a broken file is the build's to report, not the feed's)
                continue
            if meta.get("url"):
                out.add(str(meta["url"]).strip())
    return out


def fetch_article(url: str, *, allow_private: bool = True, now: dt.datetime | None = None, **limits) -> WebArticle:
    """Fetch a page and extract its article."""
    page = fetch(url, allow_private=allow_private, **limits)
    return extract(page, now or dt.datetime.now(dt.timezone.utc))
