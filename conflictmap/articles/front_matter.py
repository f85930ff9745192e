"""Front matter: the YAML block between two ``---`` lines at the top of an article — read here, and written here
(the one writer, for articles saved from the dashboard and fetched from the web)."""

from __future__ import annotations

import re

import yaml

from conflictmap.errors import ArticleError

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # (libyaml's, ten times quicker, where built)

MAX_FRONT_CHARS = 20_000  # front matter is a few 'key: value' lines; more is not an article's
_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)


def split_front_matter(text: str, name: str) -> tuple[dict, str]:
    if not text.startswith("---"):
        return {}, text
    match = _FRONT.match(text)
    if not match:
        raise ArticleError(f"{name}: front matter opened with '---' but never closed; "
                           "end it with a line holding only '---'")
    block = match.group(1)
    if len(block) > MAX_FRONT_CHARS:
        raise ArticleError(f"{name}: front matter of {len(block):,} characters is more than {MAX_FRONT_CHARS:,}; "
                           "keep it to 'key: value' lines and put the text after the closing '---'")
    try:
        if any(isinstance(t, (yaml.AnchorToken, yaml.AliasToken)) for t in yaml.scan(block, Loader=_YAML_LOADER)):
            raise ArticleError(f"{name}: front matter uses YAML anchors or aliases (&name, *name); write each value "
                               "out (a few aliases can expand into gigabytes)")
        meta = yaml.load(block, Loader=_YAML_LOADER) or {}
    except ArticleError:
        raise
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise ArticleError(f"{name}: front matter is not valid YAML{where}; "
                           "write it as 'key: value' lines") from None
    except (ValueError, OverflowError, RecursionError) as exc:  # (a date YAML reads as one but is none: 2024-02-30)
        raise ArticleError(f"{name}: front matter has a value that cannot be read ({exc}); write dates as "
                           "YYYY-MM-DD and check them") from None
    if not isinstance(meta, dict):
        raise ArticleError(f"{name}: front matter must be 'key: value' lines, got {type(meta).__name__}")
    return meta, text[match.end():]




def with_front_matter(meta: dict, text: str) -> str:
    """An article file's content: ``meta`` (keys with an empty value left out, in the order given) as front matter,
    then ``text``."""
    front = yaml.safe_dump({k: v for k, v in meta.items() if v}, allow_unicode=True, sort_keys=False)
    return f"---\n{front}---\n{text}\n"
