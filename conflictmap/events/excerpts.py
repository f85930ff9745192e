"""An event's excerpt: the sentence it came from, with the place marked — all of a sentence, or of a very long one
the part around the place — and how many an event keeps."""

from __future__ import annotations

from conflictmap.articles.sentences import Sentence
from conflictmap.events.places import Spot

MAX_EXCERPT = 1_000  # characters of a sentence an excerpt keeps (a "sentence" longer than this is no sentence)
MAX_EXCERPTS = 20  # excerpts an event keeps (its mentions are all counted)


def excerpt(sentence: Sentence, spot: Spot | None) -> str:
    """The sentence with the place marked as [[name]] (the map turns the marks into highlighting); of a very long
    one, the part around the place (or its start), cut at words, with "…"."""
    text = sentence.text
    s, e = (spot.start, spot.end) if spot is not None else (0, 0)
    if len(text) > MAX_EXCERPT:
        a = max(0, min(s - MAX_EXCERPT // 2, len(text) - MAX_EXCERPT))
        b = a + MAX_EXCERPT
        a = text.rfind(" ", 0, a) + 1 if a else 0
        b = text.find(" ", b) if text.find(" ", b) >= 0 else len(text)
        text, s, e = ("…" if a else "") + text[a:b] + ("…" if b < len(text) else ""), s - a + bool(a), \
            e - a + bool(a)
    if spot is None:
        return text
    return f"{text[:s]}[[{text[s:e]}]]{text[e:]}"
