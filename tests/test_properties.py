"""Property-based tests of the text pipeline (hypothesis): any text, no exception, offsets that hold, and the
same answer twice. Bounded so CI stays fast."""

import pytest
import json
import resource
import subprocess
import sys

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflictmap.articles.read import parse_article
from conflictmap.articles.sentences import split_sentences
from conflictmap.geoparser import geoparse
from conftest import ROOT, SEED

PLACEY = st.sampled_from(["Aleppo", "al-Qusayr", "Homs", "Russia's", "Lebanese", "W.Va.", "the", "HTS", "Assad",
                          "on Sunday", "province of Idlib", "Paris, Texas", "\u2028", "’", "[[", "<script>", "\n\n"])
TEXT = st.lists(st.one_of(st.text(max_size=30), PLACEY), max_size=40).map(" ".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(TEXT)
def test_geoparse_never_raises_and_offsets_hold(parser, text):
    found = geoparse(text, parser)
    for t in found:
        assert text[t.start:t.end] == t.name
        assert -90 <= t.lat <= 90 and -180 <= t.lon <= 180
    assert geoparse(text, parser) == found  # deterministic


@SETTINGS
@given(TEXT)
def test_sentences_cover_text(text):
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text and s.text.strip()


@SETTINGS
@given(TEXT, st.sampled_from([None, "2024-12-09"]))
def test_whole_pipeline_never_raises(process, text, published):
    if not text.strip():
        return
    try:
        result = process(text, published=published)
    except ValueError as exc:  # e.g. text that opens with '---' but is not front matter: a clear refusal
        assert "\n" not in str(exc)
        return
    for e in result.events:
        assert e.excerpts and all("[[" in x for x in e.excerpts)
    assert [s.step for s in result.route] == list(range(1, len(result.route) + 1))


def test_article_parser_accepts_any_text():
    @settings(max_examples=150, deadline=None)
    @given(st.text(min_size=1))
    def check(text):
        try:
            parse_article(text, "x")
        except ValueError as exc:  # ArticleError: a clear, one-line refusal is fine
            assert "\n" not in str(exc)

    check()


@pytest.mark.slow
def test_geoparse_cli_on_a_document_of_several_pieces(tmp_path):
    """A document far past any article's length is read in pieces (of Recogniser.CHUNK_CHARS), its offsets right to
    the end (the 20 MB that CONFLICTMAP_MAX_ARTICLE_BYTES allows is timed by ``benchmarks/geoparse.py --document-mb
    20``)."""
    from conflictmap.geoparser.recogniser import Recogniser

    size = 3 * Recogniser.CHUNK_CHARS + 1_000  # (four pieces)
    seed = SEED.read_text(encoding="utf-8")
    text = (seed * (size // len(seed) + 1))[:size]
    src = tmp_path / "big.jsonl"
    src.write_text(json.dumps({"id": "big", "text": text}) + "\n", encoding="utf-8")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    r = subprocess.run([sys.executable, "-m", "conflictmap", "geoparse", str(src)], capture_output=True, text=True,
                       cwd=ROOT, timeout=600)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["id"] == "big" and len(out["toponyms"]) > 500
    last = out["toponyms"][-1]
    assert text[last["start"]:last["end"]] == last["name"]
    peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    assert peak_mb < 1000, f"geoparse of {size:,} characters peaked at {peak_mb:.0f} MB"
