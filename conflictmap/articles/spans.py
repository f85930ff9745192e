"""Spans of a text ([start, end) character offsets) and the questions the pipeline asks of many of them — does this
span overlap any of those, which sentence holds this offset — answered by bisection, so that reading an article
costs O(n log n) in its length and not O(n²): a long article has as many names and sentences as it has lines."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable


class Spans:
    """A fixed set of spans; :meth:`overlaps` in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach = []  # the furthest end among the spans up to each one
        furthest = -1
        for _, b in ordered:
            furthest = max(furthest, b)
            self._reach.append(furthest)

    def __len__(self) -> int:
        return len(self._starts)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether any span shares a character with [start, end)."""
        i = bisect_left(self._starts, end)  # the spans that begin before ``end``…
        return i > 0 and self._reach[i - 1] > start  # …one of which reaches past ``start``


def holder(starts: list[int], offset: int) -> int:
    """The index of the span (of consecutive spans beginning at the sorted ``starts``) that holds ``offset``; -1
    before the first."""
    return bisect_right(starts, offset) - 1


def bucket(starts: list[int], items: Iterable, at) -> list[list]:
    """``items`` sorted into the consecutive spans beginning at ``starts`` (sorted), by the offset ``at(item)``; one
    list per span, in the items' order (an item before the first span is left out)."""
    out: list[list] = [[] for _ in starts]
    for item in items:
        i = holder(starts, at(item))
        if i >= 0:
            out[i].append(item)
    return out
