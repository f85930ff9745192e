"""Feeds: the links of an RSS or Atom feed's entries (read with feedparser), fetched within the same limits as a
page."""

from __future__ import annotations

from conflictmap.errors import FetchError
from conflictmap.web.fetch import fetch

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml")


def feed_entries(url: str, *, allow_private: bool = True, **limits) -> list[str]:
    """The links of a feed's entries, in the feed's order."""
    import feedparser

    page = fetch(url, allow_private=allow_private, **limits)
    parsed = feedparser.parse(page.body)
    if page.content_type not in FEED_TYPES and not parsed.entries:
        raise FetchError(f"{url}: not an RSS or Atom feed ({page.content_type or 'no type'}); give the feed's address")
    if parsed.bozo and not parsed.entries:
        raise FetchError(f"{url}: the feed could not be read ({type(parsed.bozo_exception).__name__}); check it")
    return [e.link for e in parsed.entries if getattr(e, "link", None)]
