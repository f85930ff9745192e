import shutil

import pytest

from conflictmap.build import build, candidate_unknown_names
from conflictmap.errors import ArticleError
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


def test_candidate_unknown_names_skip_dates_and_known():
    text = "Talks in March in Vienna, fighting in Kafr Nabuda and in The Hague."
    names = [n for _, _, n in candidate_unknown_names(text, [], set())]
    assert "March" not in names and "Kafr Nabuda" in names and "The Hague" not in names
