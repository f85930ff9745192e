import shutil

import pytest

from conflictmap.build import build, candidate_unknown_names
from conflictmap.errors import ArticleError
from conflictmap.toponyms import geoparse
from conftest import ROOT, SEEDS

DATA_FILES = ["events.csv", "route.csv", "unplaced.csv", "articles.csv"]


def test_build_reproduces_the_committed_data(seed_build):
    built, _ = seed_build
    for name in DATA_FILES:
        assert (built / name).read_text(encoding="utf-8") == (ROOT / "data" / name).read_text(encoding="utf-8"), \
            f"data/{name} is stale: run `conflictmap build`"


def test_build_is_deterministic(tmp_path, seed_build, parser):
    d = tmp_path / "again"
    d.mkdir()
    shutil.copy(ROOT / "data" / "corrections.csv", d)
    build(SEEDS, d, parser=parser)
    for name in DATA_FILES:
        assert (d / name).read_bytes() == (seed_build[0] / name).read_bytes()


def test_build_never_rewrites_corrections_and_creates_templates(tmp_path, parser):
    d = tmp_path / "d"
    build(SEEDS, d, parser=parser)
    assert (d / "corrections.csv").read_text().count("place,country,article,lat,lon,date,note,source_url") == 1
    (d / "corrections.csv").write_text("# mine\nplace,lat,lon,source_url\n", encoding="utf-8")
    build(SEEDS, d, parser=parser)
    assert (d / "corrections.csv").read_text() == "# mine\nplace,lat,lon,source_url\n"
    assert (d / "actors.csv").exists()


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"caf\xe9", "not UTF-8"),
])
def test_bad_article_stops_the_build_before_anything_is_written(tmp_path, parser, content, message):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    (articles / "zz-bad.md").write_bytes(content)
    d = tmp_path / "d"
    d.mkdir()
    (d / "events.csv").write_text("keep me", encoding="utf-8")
    with pytest.raises(ArticleError, match=message):
        build(articles, d, parser=parser)
    assert (d / "events.csv").read_text() == "keep me"


def test_unknown_names_are_reported_not_dropped(tmp_path, parser):
    articles = tmp_path / "a"
    articles.mkdir()
    (articles / "x.md").write_text("Shelling hit the village of Qwertaba near Aleppo.", encoding="utf-8")
    result = build(articles, tmp_path / "d", parser=parser)
    assert [u.name for u in result.unplaced] == ["Qwertaba"]
    assert "Qwertaba" in (tmp_path / "d" / "unplaced.csv").read_text()


def test_candidate_unknown_names_before_a_region_word(parser):
    text = "Wad Madani, the capital of Qwertaba state, fell; the Jewish state and Islamic State; Idlib province."
    names = [n for _, _, n in candidate_unknown_names(text, geoparse(text, parser), set(), parser.gaz.zipf)]
    assert names == ["Qwertaba"]  # common words ("Jewish") and places the geoparser found ("Idlib") are not


def test_candidate_unknown_names_skip_dates_and_known():
    text = "Talks in March in Vienna, fighting in Kafr Nabuda and in The Hague."
    names = [n for _, _, n in candidate_unknown_names(text, [], set())]
    assert "March" not in names and "Kafr Nabuda" in names and "The Hague" not in names


def test_sigkill_during_builds_leaves_loadable_files(tmp_path, parser):
    """Kill `conflictmap build` at different moments: the data folder is always the old or the new one."""
    import signal
    import subprocess
    import sys
    import time

    from conflictmap.dataset import load_dataset

    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    for n in range(40):  # enough articles that a build takes a while
        shutil.copy(SEEDS / next(p.name for p in SEEDS.iterdir()), articles / f"copy-{n:02d}.md")
    d = tmp_path / "d"
    build(SEEDS, d, parser=parser)
    before = load_dataset(d)
    for delay in (0.5, 1.5, 2.5, 3.5):
        proc = subprocess.Popen([sys.executable, "-m", "conflictmap", "build", str(articles), "--data-dir", str(d),
                                 "-q"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        ds = load_dataset(d)  # never half-written
        assert ds.problems == []
        assert len(ds.events) in (len(before.events), 41 * len(before.events))
    leftovers = [p.name for p in d.iterdir() if p.name.endswith(".tmp")]
    assert all(p.startswith(".") for p in leftovers)  # a killed write may leave a hidden temp file; never read


def test_two_builds_at_once(tmp_path, parser):
    import subprocess
    import sys

    from conflictmap.dataset import load_dataset
    from conflictmap.geocoding import GeocodeCache

    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "one.md").write_text("Shelling hit the village of Qwertaba near Aleppo.", encoding="utf-8")
    (b / "two.md").write_text("Clashes in the town of Zxcvbana near Homs.", encoding="utf-8")
    d = tmp_path / "d"
    procs = [subprocess.Popen([sys.executable, "-m", "conflictmap", "build", str(x), "--data-dir", str(d), "-q"],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for x in (a, b)]
    assert [p.wait(300) for p in procs] == [0, 0]
    cache = GeocodeCache(d / "geocode_cache.csv")
    assert cache.get("Qwertaba", "SY") is not None and cache.get("Zxcvbana", "SY") is not None  # both misses kept
    assert load_dataset(d).problems == []


def test_map_text_reads_html_and_refuses_bad_input(tmp_path, parser):
    from conflictmap.build import map_text

    page = b"<html><body><script>alert(1)</script><p>Shelling hit Homs on Sunday.</p></body></html>"
    result = map_text(page, "story.html", tmp_path, parser=parser)
    assert [t.name for t in result.toponyms] == ["Homs"] and "alert" not in result.article.text
    with pytest.raises(ArticleError, match="limit"):
        map_text("x" * 50, "big.txt", tmp_path, parser=parser, environ={"CONFLICTMAP_MAX_ARTICLE_BYTES": "10"})
    with pytest.raises(ArticleError, match="not UTF-8"):
        map_text(b"caf\xe9 in Homs", "latin1.txt", tmp_path, parser=parser)
    with pytest.raises(ArticleError, match="no text"):
        map_text("   ", "blank.txt", tmp_path, parser=parser)
    assert not list(tmp_path.iterdir())  # nothing written
