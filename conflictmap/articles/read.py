"""Reading an article: a file or bytes (optional YAML front matter + Markdown, plain text or HTML) → :class:`Article`.

Front matter sits between two ``---`` lines at the very top; known keys are ``title``, ``published``
(YYYY-MM-DD), ``source`` and ``url``; other keys are kept in :attr:`Article.meta`. An article without front
matter is accepted, with an unknown publication date.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from conflictmap.articles.front_matter import split_front_matter
from conflictmap.articles.sentences import Sentence, split_sentences
from conflictmap.errors import ArticleError

ARTICLE_SUFFIXES = (".md", ".txt", ".markdown", ".html", ".htm")
# C0 controls (but tab, line feed, carriage return) and DEL, and the bidirectional controls (Unicode's Bidi_Control:
# marks, embeddings, overrides, isolates) that can make a cell or a page read other than it is: never kept in text
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
YEARS = range(1800, 2200)  # the years a publication date (and a date in the text) may have: news, not ages


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    title: str = ""
    published: dt.date | None = None
    source: str = ""
    url: str = ""
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def sentences(self) -> list[Sentence]:
        return split_sentences(self.text)


# ---------------------------------------------------------------- decoding


def decode_bytes(data: bytes, name: str) -> str:
    """Bytes → text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused clearly."""
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleError(f"{name}: starts with a UTF-16 mark but is not valid UTF-16 ({exc.reason}); "
                               "save it as UTF-8") from None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ArticleError(f"{name}: not UTF-8 text (byte {exc.start} is 0x{data[exc.start]:02x}); "
                               "save it as UTF-8") from None
    if "\x00" in text:
        raise ArticleError(f"{name}: looks like a binary file (it contains NUL bytes); give a text article")
    return text


class _TextExtractor(HTMLParser):
    _SKIP = {"script", "style", "noscript", "template", "head"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "title",
              "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self.skipping:
            self.skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page, paragraphs kept apart by blank lines (scripts and styles dropped)."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\r\f\v]+", " ", text)
    text = re.sub(r"\s*\n\s*\n\s*", "\n\n", text)
    return html.unescape(text).strip()


def parse_date(value, name: str, key: str = "published") -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    else:
        try:
            day = dt.date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            raise ArticleError(f"{name}: {key} must be a date as YYYY-MM-DD, got {_shown(value)!r}") from None
    if day.year not in YEARS:
        raise ArticleError(f"{name}: {key} {day.isoformat()} is outside the years {YEARS.start}–{YEARS.stop - 1}; "
                           "check the date")
    return day


def clean_text(text: str) -> str:
    """``text`` without control characters: NUL and the other C0 controls become a space (so no two words join), the
    bidirectional controls are dropped."""
    return _CONTROLS.sub(lambda m: " " if m.group() < "\x80" else "", text)


def _shown(value) -> str:
    text = clean_text(str(value))
    return text if len(text) <= 60 else text[:60] + "…"


def _slug(name: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.")
    return slug or "article"


def parse_article(text: str, article_id: str, *, is_html: bool = False, published=None,
                  name: str | None = None) -> Article:
    """Build an :class:`Article` from decoded text. ``published`` overrides the front matter's date."""
    name = name or article_id
    meta, body = split_front_matter(text, name)
    if is_html:
        body = html_to_text(body)
    body = clean_text(body)
    if not body.strip():
        raise ArticleError(f"{name}: the article has no text; put the article's text after the front matter")
    published_date = parse_date(published if published is not None else meta.get("published"), name)
    title = clean_text(str(meta.get("title") or "")).strip()
    if not title:
        first = body.strip().splitlines()[0].strip().lstrip("#").strip()
        title = first[:120]
    known = {"title", "published", "source", "url"}
    return Article(
        id=_slug(article_id),
        text=body,
        title=title,
        published=published_date,
        source=clean_text(str(meta.get("source") or "")),
        url=clean_text(str(meta.get("url") or "")),
        meta={k: v for k, v in meta.items() if k not in known},
    )


def read_article(path: Path, *, max_bytes: int | None = None) -> Article:
    path = Path(path)
    if not path.is_file():
        raise ArticleError(f"{path}: no such article file")
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise ArticleError(f"{path}: {size:,} bytes is more than the limit of {max_bytes:,}; "
                           "split the article or raise CONFLICTMAP_MAX_ARTICLE_BYTES")
    if size == 0:
        raise ArticleError(f"{path}: the file is empty; put the article's text in it")
    text = decode_bytes(path.read_bytes(), str(path))
    return parse_article(text, path.stem, is_html=path.suffix.lower() in (".html", ".htm"), name=str(path))


def article_paths(folder: Path) -> list[Path]:
    folder = Path(folder)
    if not folder.exists():
        raise ArticleError(f"{folder}: no such folder; give a folder of .md/.txt/.html articles")
    if not folder.is_dir():
        raise ArticleError(f"{folder}: not a folder; give a folder of .md/.txt/.html articles")
    paths = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                   and not p.name.startswith("."))
    if not paths:
        raise ArticleError(f"{folder}: holds no articles (.md, .txt, .html); add one")
    return paths
