"""Sentences: an article's text cut into sentences with their character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "capt", "sgt", "rep", "sen", "gov", "st", "mt",
    "ft", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "u.k", "e.g", "i.e", "a.m", "p.m", "ave", "blvd",
    "rd", "hwy", "dept", "univ", "adm", "sgt", "cpl", "pvt", "rev", "hon", "pres", "approx",
}
# The longest sentence read as one. News sentences are under 700 characters (the dev articles' longest is 296, LGL's
# 614); text without full stops (a list, a paste, an attack) is read in pieces this long, so that what is done per
# sentence — parsing, clauses, roles — costs the same for every piece and reading stays linear in the text.
MAX_SENTENCE = 1_000
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_WORD_WINDOW = 32  # characters before a full stop in which to look for the word it ends (no abbreviation is longer)
# (a run of stops is matched from its first only, and whole: "....." a million long is read once, not n² times)
_BOUNDARY = re.compile(r"(?<![.!?…])([.!?…]++[\"'”’)\]]*+)(\s+)|(\n\s*\n)")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with their character offsets; paragraph breaks always end a sentence.

    Abbreviations (``Mr.``, ``U.S.``, ``Jan.``) and initials (``J. Smith``) do not end one.
    """
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        if match.group(3) is None:
            before = text[max(start, match.start(1) - _WORD_WINDOW):match.start(1)]  # (bounded: linear in the text)
            word = _LAST_WORD.search(before)
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
    while end - start > MAX_SENTENCE:  # no sentence: pieces of one, cut where a clause or at least a word ends
        window = text[start + MAX_SENTENCE // 2:start + MAX_SENTENCE]
        cut = max(window.rfind("; "), window.rfind(", "))
        cut = cut + 1 if cut >= 0 else window.rfind(" ")
        cut = start + MAX_SENTENCE // 2 + cut if cut > 0 else start + MAX_SENTENCE
        _append(out, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def paragraphs(text: str, sentences: list[Sentence]) -> dict[int, int]:
    """Sentence index → the number of its paragraph (a blank line, or a line break, starts one)."""
    out, para, last_end = {}, 0, 0
    for n, s in enumerate(sentences):
        if "\n\n" in text[last_end:s.start] or (n and "\n" in text[last_end:s.start]):
            para += 1
        out[n] = para
        last_end = s.end
    return out


def lead_end(text: str, title: str) -> int:
    """Where an article's lead (its title and first paragraph that holds a sentence: not a byline such as "By
    Foreign Desk") ends."""
    body = text.lstrip()
    at = len(text) - len(body) + (len(title) + 2 if title and body.startswith(title) else 0)
    while True:
        end = text.find("\n\n", at)
        if end < 0:
            return len(text)
        paragraph = text[at:end].strip()
        if len(paragraph) >= 100 or re.search(r"[.!?][\"'”’)]*$", paragraph):
            return end
        at = end + 2


_SENTENCE_END = (".", "!", "?", '"', "”", "’", ":", ";")


def without_headlines(text: str, before_prose: bool = False) -> str:
    """The text with its headline-like lines blanked (most words capitalised, no full stop: "Haftar Push Meets
    Resistance" is a headline, not a name; "Cut Gaza in Two as Strikes Hit" no place "Two as Strikes"), offsets
    kept. ``before_prose``: only those a sentence of prose follows (a title over its story; not a line of place
    names such as "Mir Ali tehsil, North Waziristan" above "Pakistan")."""
    lines = text.split("\n")
    prose_after = [False] * len(lines)
    seen = False
    for n in range(len(lines) - 1, -1, -1):
        prose_after[n] = seen
        line = lines[n].rstrip()
        seen = seen or (len(line.split()) >= 8 and line.endswith(_SENTENCE_END))
    out = []
    for line, prose in zip(lines, prose_after):
        words = re.findall(r"[A-Za-z][\w’'-]*", line)
        capital = sum(1 for w in words if w[0].isupper())
        headline = len(words) >= 3 and capital >= 0.6 * len(words) and not line.rstrip().endswith(_SENTENCE_END)
        out.append(" " * len(line) if headline and (prose or not before_prose) else line)
    return "\n".join(out)
