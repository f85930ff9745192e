"""Reading an article costs in proportion to its length, hostile shapes included: the suite's small version of
``benchmarks/scaling.py``. It counts the lines of the package's code executed (a deterministic measure of work,
not seconds) for an input and for one four times as long; a linear reading does about four times the work, a
quadratic one sixteen."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from conflictmap.articles.read import Article, read_article
from conftest import ARTICLES, SEED

PACKAGE = str(Path(__file__).resolve().parent.parent / "conflictmap")
LINEAR = 5.3  # ×4 the input: at most 2.3 per doubling


def _work(pipeline, text: str) -> int:
    """Lines of conflictmap's code executed to read ``text`` as one article."""
    n = 0

    def local(frame, event, arg):
        nonlocal n
        n += 1
        return local

    def calls(frame, event, arg):
        return local if frame.f_code.co_filename.startswith(PACKAGE) else None

    sys.settrace(calls)
    try:
        pipeline.process(Article("probe", text, published=dt.date(2024, 12, 9)))
    finally:
        sys.settrace(None)
    return n


@pytest.fixture(scope="module")
def pipeline(gaz, tmp_path_factory):
    from conflictmap.pipeline import make_pipeline

    return make_pipeline(tmp_path_factory.mktemp("scaling-data"), gazetteer=gaz)


def _real(size: int) -> str:
    base = "\n\n".join(read_article(p).text for p in [SEED, *sorted(ARTICLES.glob("*.md"))])
    return ("\n\n".join([base] * (size // len(base) + 1)))[:size]


SHAPES = {
    "real text": _real,
    "a place name a line": lambda n: "\n".join(["Aleppo", "Hama", "Homs", "Idlib", "Damascus", "Daraa"] * n)[:n],
    "Mr. again and again": lambda n: ("Mr. " * n)[:n],
    "a name and a comma": lambda n: ("Aleppo, " * n)[:n],
    "a clause with no full stop": lambda n: ("rebels attacked the town " * n)[:n],
    "capitalised words": lambda n: ("Rebels Seized Aleppo And Homs " * n)[:n],
    "full stops": lambda n: "." * n,
}


@pytest.mark.slow  # (reads texts of a few hundred kilobytes, each shape twice)
@pytest.mark.parametrize("shape", list(SHAPES))
def test_four_times_the_text_is_about_four_times_the_work(pipeline, shape):
    make = SHAPES[shape]
    _work(pipeline, make(2_000))  # (warm: patterns compiled, caches filled)
    small, large = _work(pipeline, make(6_000)), _work(pipeline, make(24_000))
    assert large <= LINEAR * max(small, 1), f"{shape}: ×{large / max(small, 1):.1f} the work for ×4 the text"
