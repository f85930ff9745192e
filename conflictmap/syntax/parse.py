"""The parser: the shipped spaCy pipeline (tagger + dependency parser) loaded once per process, sentences parsed
into :class:`~conflictmap.syntax.tree.Tree` values and remembered by their text (an article's sentences are
parsed once, whichever rules ask)."""

from __future__ import annotations

import json
import threading
from functools import lru_cache
from pathlib import Path

from conflictmap.errors import ConflictmapError
from conflictmap.syntax.tree import Token, Tree

MODEL_DIR = Path(__file__).resolve().parent / "model"
MAX_CHARS = 2_000  # a "sentence" longer than this (a table, a list run together) is not parsed
_LOCK = threading.Lock()


class ParserUnavailable(ConflictmapError, RuntimeError):
    """The parser's weights are missing or unreadable (a broken install)."""


def model_info() -> dict:
    """What the shipped model says of itself (``meta.json``): its name, version, what it was trained on, scores."""
    try:
        return json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ParserUnavailable(f"the parser's weights are missing from {MODEL_DIR} ({exc}); reinstall "
                                "conflictmap") from None


@lru_cache(maxsize=1)
def _nlp():
    model_info()  # (a clear message when the weights are not there)
    import spacy

    with _LOCK:
        return spacy.load(MODEL_DIR)


def _tree(doc) -> Tree:
    return Tree(doc.text, tuple(Token(t.i, t.text, t.idx, t.idx + len(t.text), t.tag_,
                                      "root" if t.dep_.lower() == "root" else t.dep_, t.head.i) for t in doc))


@lru_cache(maxsize=4096)
def parse(sentence: str) -> Tree | None:
    """The sentence's tree (None for one too long to be a sentence)."""
    if len(sentence) > MAX_CHARS or not sentence.strip():
        return None
    return _tree(_nlp()(sentence))
