"""Per-process memos of what depends only on a name (its key, its facts, its candidates): worked out once, then
looked up. A long run meets ever more names, so a memo empties itself when it holds :data:`LIMIT` entries."""

from __future__ import annotations

LIMIT = 200_000


def remember(memo: dict, key, value):
    """Store ``value`` under ``key`` in ``memo`` (emptied first when full) and return it."""
    if len(memo) >= LIMIT:
        memo.clear()
    memo[key] = value
    return value
