"""Spans by bisection give the answers a scan of every span gives."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from conflictmap.articles.spans import Spans, bucket, holder

spans = st.lists(st.tuples(st.integers(0, 200), st.integers(1, 30)).map(lambda t: (t[0], t[0] + t[1])),
                 max_size=40)


@settings(max_examples=300, deadline=None)
@given(spans, st.integers(0, 240), st.integers(1, 30))
def test_overlaps_is_any_span_sharing_a_character(found, start, length):
    end = start + length
    assert Spans(found).overlaps(start, end) == any(a < end and start < b for a, b in found)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 500), min_size=1, max_size=30, unique=True), st.lists(st.integers(0, 520)))
def test_bucket_and_holder_put_each_offset_in_the_last_span_that_begins_at_or_before_it(starts, offsets):
    starts = sorted(starts)
    groups = bucket(starts, offsets, lambda x: x)
    for x in offsets:
        before = [i for i, s in enumerate(starts) if s <= x]
        assert holder(starts, x) == (before[-1] if before else -1)
        if before:
            assert x in groups[before[-1]]
    assert sum(map(len, groups)) == sum(1 for x in offsets if x >= starts[0])


def test_nested_and_touching_spans():
    s = Spans([(0, 100), (10, 12), (200, 210)])
    assert s.overlaps(50, 51) and s.overlaps(99, 150) and not s.overlaps(100, 200) and not s.overlaps(210, 300)
    assert not Spans().overlaps(0, 10) and len(s) == 3
