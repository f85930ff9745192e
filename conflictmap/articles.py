"""Articles: read a file (optional YAML front matter + Markdown/plain text), and split its text into sentences.

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

import yaml

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # (libyaml's, ten times quicker, where built)

from .errors import ArticleError

ARTICLE_SUFFIXES = (".md", ".txt", ".markdown", ".html", ".htm")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


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


# ---------------------------------------------------------------- front matter

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str, name: str) -> tuple[dict, str]:
    if not text.startswith("---"):
        return {}, text
    match = _FRONT.match(text)
    if not match:
        raise ArticleError(f"{name}: front matter opened with '---' but never closed; "
                           "end it with a line holding only '---'")
    try:
        meta = yaml.load(match.group(1), Loader=_YAML_LOADER) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise ArticleError(f"{name}: front matter is not valid YAML{where}; "
                           "write it as 'key: value' lines") from None
    if not isinstance(meta, dict):
        raise ArticleError(f"{name}: front matter must be 'key: value' lines, got {type(meta).__name__}")
    return meta, text[match.end():]


def parse_date(value, name: str, key: str = "published") -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise ArticleError(f"{name}: {key} must be a date as YYYY-MM-DD, got {value!r}") from None


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
    if not body.strip():
        raise ArticleError(f"{name}: the article has no text; put the article's text after the front matter")
    published_date = parse_date(published if published is not None else meta.get("published"), name)
    title = str(meta.get("title") or "").strip()
    if not title:
        first = body.strip().splitlines()[0].strip().lstrip("#").strip()
        title = first[:120]
    known = {"title", "published", "source", "url"}
    return Article(
        id=_slug(article_id),
        text=body,
        title=title,
        published=published_date,
        source=str(meta.get("source") or ""),
        url=str(meta.get("url") or ""),
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


# ---------------------------------------------------------------- sentences

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "rep", "sen", "gov", "st", "mt",
    "ft", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "ave", "blvd",
    "rd", "hwy", "dept", "univ", "adm", "sgt", "cpl", "pvt", "rev", "hon", "pres", "approx",
}
_BOUNDARY = re.compile(r"([.!?…]+[\"'”’)\]]*)(\s+)|(\n\s*\n)")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their character offsets; paragraph breaks always end a sentence.

    Abbreviations (``Mr.``, ``U.S.``, ``Jan.``) and initials (``J. Smith``) do not end one.
    """
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(3) is None:
            before = text[start:match.start(1)]
            word = re.search(r"([A-Za-z][A-Za-z.]*)$", before)
            following = text[match.end():match.end() + 1]
            if word:
                token = word.group(1).lower().rstrip(".")
                if token in _ABBREVIATIONS or (len(token) == 1 and match.group(1) == "."):
                    continue
            if following and following.islower():
                continue
            end = match.end(1)
        else:
            end = match.start()
        _append(sentences, text, start, end)
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
