import os
import re
import shutil

import pytest

from conflictmap.build.run import build
from conflictmap.errors import ArticleError
from conftest import ROOT, SEEDS

DATA_FILES = ["events.csv", "route.csv", "campaigns.csv", "unplaced.csv", "articles.csv"]


def test_build_reproduces_the_committed_data(seed_build):
    built, _ = seed_build
    for name in DATA_FILES:
        assert (built / name).read_text(encoding="utf-8") == (ROOT / "data" / name).read_text(encoding="utf-8"), \
            f"data/{name} is stale: run `conflictmap build`"


def test_build_is_deterministic(tmp_path, seed_build):
    d = tmp_path / "again"
    d.mkdir()
    shutil.copy(ROOT / "data" / "corrections.csv", d)
    build(SEEDS, d)
    for name in DATA_FILES:
        assert (d / name).read_bytes() == (seed_build[0] / name).read_bytes()


def test_build_never_rewrites_corrections_and_creates_templates(tmp_path, gaz):
    d = tmp_path / "d"
    build(SEEDS, d)
    assert (d / "corrections.csv").read_text().count("place,country,article,lat,lon,date,note,source_url") == 1
    (d / "corrections.csv").write_text("# mine\nplace,lat,lon,source_url\n", encoding="utf-8")
    build(SEEDS, d)
    assert (d / "corrections.csv").read_text() == "# mine\nplace,lat,lon,source_url\n"
    assert (d / "actors.csv").exists()


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"caf\xe9", "not UTF-8"),
])
def test_bad_article_stops_the_build_before_anything_is_written(tmp_path, gaz, content, message):
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    (articles / "zz-bad.md").write_bytes(content)
    d = tmp_path / "d"
    d.mkdir()
    (d / "events.csv").write_text("keep me", encoding="utf-8")
    with pytest.raises(ArticleError, match=message):
        build(articles, d, strict=True)
    assert (d / "events.csv").read_text() == "keep me"


def test_bad_articles_are_skipped_and_named_and_the_rest_built(tmp_path, gaz, capsys):
    from conflictmap.cli import main

    articles = _folder(tmp_path, STORIES)
    (articles / "empty.md").write_bytes(b"")
    (articles / "latin1.md").write_bytes(b"caf\xe9")
    (articles / "b.txt").write_text("Another b.", encoding="utf-8")  # the same id as b.md
    result = build(articles, tmp_path / "d")
    assert len(result.articles) == 3 and len(result.skipped) == 3
    assert any("empty.md" in s and "empty" in s for s in result.skipped)
    assert any("latin1.md" in s and "UTF-8" in s for s in result.skipped)
    assert any("same article id 'b'" in s for s in result.skipped)
    assert main(["build", str(articles), "--data-dir", str(tmp_path / "e"), "-q"]) == 1
    out, err = capsys.readouterr()
    assert "built" in out and err.count("conflictmap: skipped ") == 3 and "3 article(s) skipped" in err
    assert main(["build", str(articles), "--data-dir", str(tmp_path / "f"), "--strict"]) == 2


def test_unknown_names_are_reported_not_dropped(tmp_path, gaz):
    articles = tmp_path / "a"
    articles.mkdir()
    (articles / "x.md").write_text("Shelling hit the village of Qwertaba near Aleppo.", encoding="utf-8")
    result = build(articles, tmp_path / "d")
    assert [u.name for u in result.unplaced] == ["Qwertaba"]
    assert "Qwertaba" in (tmp_path / "d" / "unplaced.csv").read_text()


@pytest.mark.slow
def test_two_builds_at_once(tmp_path):
    import subprocess
    import sys

    from conflictmap.store.dataset import load_dataset
    from conflictmap.geoparser.geocoding import GeocodeCache
    from conflictmap.store.inputs import GeocodeCacheFile

    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "one.md").write_text("Shelling hit the village of Qwertaba near Aleppo.", encoding="utf-8")
    (b / "two.md").write_text("Clashes in the town of Zxcvbana near Homs.", encoding="utf-8")
    d = tmp_path / "d"
    env = {**os.environ, "CONFLICTMAP_BUILD_WAIT": "300"}  # (the second waits for the first however slow the machine)
    procs = [subprocess.Popen([sys.executable, "-m", "conflictmap", "build", str(x), "--data-dir", str(d), "-q"],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env) for x in (a, b)]
    assert [p.wait(600) for p in procs] == [0, 0], [p.stderr.read() for p in procs]
    cache = GeocodeCache(GeocodeCacheFile(d / "geocode_cache.csv"))
    assert cache.get("Qwertaba", "SY") is not None and cache.get("Zxcvbana", "SY") is not None  # both misses kept
    assert load_dataset(d).problems == []

def _folder(tmp_path, texts: dict[str, str]):
    src = tmp_path / "articles"
    src.mkdir(exist_ok=True)
    for name, text in texts.items():
        (src / name).write_text(text, encoding="utf-8")
    return src


STORIES = {
    "a.md": "---\npublished: 2024-12-09\n---\nRebels seized Hama on Thursday.",
    "b.md": "---\npublished: 2024-12-09\n---\nJets bombed Idlib on Sunday, killing four civilians.",
    "c.md": "---\npublished: 2024-12-09\n---\nThousands protested in Homs on Saturday.",
}


def _outputs(data):
    """The data files' bytes (the geocode cache's without the time each answer was got)."""
    out = {name: (data / name).read_bytes() if (data / name).exists() else None
           for name in ("events.csv", "route.csv", "campaigns.csv", "unplaced.csv", "articles.csv",
                        "geocode_cache.csv")}
    if out["geocode_cache.csv"]:
        out["geocode_cache.csv"] = re.sub(rb",\d{4}-\d\d-\d\dT[\d:+]+,", b",<time>,", out["geocode_cache.csv"])
    return out


def test_an_unchanged_article_is_not_read_again_and_the_output_is_a_full_builds(tmp_path, gaz):
    src = _folder(tmp_path, STORIES)
    data = tmp_path / "data"
    assert build(src, data).reused == 0
    assert build(src, data).reused == 3  # nothing changed: nothing read again
    (src / "b.md").write_text(STORIES["b.md"].replace("four", "six"), encoding="utf-8")
    (src / "d.md").write_text("---\npublished: 2024-12-09\n---\nRebels entered Aleppo on Friday.", encoding="utf-8")
    again = build(src, data)
    assert again.reused == 2  # a and c; b changed, d is new
    full = build(src, tmp_path / "full", full=True)
    assert full.reused == 0 and _outputs(data) == _outputs(tmp_path / "full")  # byte for byte
    assert [e.fatalities for e in again.events if e.location == "Idlib"] == [6]
    kept = [p for p in (data / ".build").glob("*.json") if p.name != "last_good.json"]
    assert len(kept) == 4  # the old b's result is gone


def test_a_changed_correction_or_actors_file_makes_every_article_read_again(tmp_path, gaz):
    src = _folder(tmp_path, STORIES)
    data = tmp_path / "data"
    build(src, data)
    with open(data / "corrections.csv", "a", encoding="utf-8") as fh:
        fh.write("Hama,SY,,35.2,36.8,,moved for a test,https://example.org\n")
    assert build(src, data).reused == 0
    assert build(src, data).reused == 3


def test_a_build_on_several_processes_is_the_build_on_one(tmp_path, gaz):
    from conftest import ARTICLES

    src = tmp_path / "articles"
    shutil.copytree(ARTICLES, src)
    shutil.copytree(SEEDS, src, dirs_exist_ok=True)
    for name, text in STORIES.items():
        (src / name).write_text(text, encoding="utf-8")
    one = build(src, tmp_path / "one", jobs=1, full=True)
    two = build(src, tmp_path / "two", jobs=2, full=True)
    assert one.jobs == 1 and two.jobs == 2
    assert _outputs(tmp_path / "one") == _outputs(tmp_path / "two")  # byte for byte


def test_an_article_saved_from_the_dashboard_reads_back_as_it_was_mapped(tmp_path, pipeline):
    from conflictmap.articles.read import read_article
    from conflictmap.build.output import save_article
    from conflictmap.pipeline import map_text

    text = "---\ntitle: Rebels take Hama\npublished: 2024-12-05\n---\nRebels captured Hama on Thursday."
    result = map_text(text, "pasted.md", pipeline)
    first, second = save_article(result, tmp_path), save_article(result, tmp_path)
    assert (first.name, second.name) == ("pasted.md", "pasted-2.md")  # (a name taken gets -2)
    back = read_article(first)
    assert (back.title, str(back.published), back.text.strip()) == ("Rebels take Hama", "2024-12-05",
                                                                    "Rebels captured Hama on Thursday.")
    assert back.source == "pasted in the conflictmap dashboard"


@pytest.mark.slow
def test_a_crafted_file_in_the_build_cache_runs_nothing_and_the_article_is_read_again(tmp_path, gaz):
    import pickle

    from conflictmap.build.cache import BuildCache, fingerprint
    from conflictmap.settings import Settings

    src = _folder(tmp_path, STORIES)
    data = tmp_path / "data"
    build(src, data)
    before = _outputs(data)
    marker = tmp_path / "owned"

    class Evil:
        def __reduce__(self):
            return (open, (str(marker), "w"))

    cache = BuildCache(data, fingerprint(data, Settings.from_env()))
    for path in sorted(src.glob("*.md")):
        key = cache.key(path, path.read_bytes())
        (data / ".build" / f"{key}.pickle").write_bytes(pickle.dumps(Evil()))  # (the form older builds read)
        (data / ".build" / f"{key}.json").write_bytes(
            b'{"format":1,"value":{"d":"builtins:open","v":["' + str(marker).encode() + b'","w"]}}')
    again = build(src, data)
    assert not marker.exists()
    assert again.reused == 0 and _outputs(data) == before  # every article read again, the same result
    assert build(src, data).reused == 3 and not list((data / ".build").glob("*.pickle"))


BAD_DATES = {
    "feb30.md": "---\npublished: 2024-02-30\n---\nRebels seized Aleppo yesterday.\n",  # YAML's ValueError
    "year1.md": "---\npublished: 0001-01-01\n---\nRebels seized Aleppo yesterday.\n",  # before day one
    "year9999.md": "---\npublished: 9999-12-31\n---\nRebels seized Aleppo on Monday. A week later they took Hama.\n",
    "textdate.md": "---\npublished: 2024-12-01\n---\nRebels seized Aleppo on 31 December 9999. A week later they "
                   "seized Hama. A million days later they seized Homs.\n",  # (in the text: no date, no failure)
}


@pytest.mark.slow
def test_every_bad_date_is_one_skipped_line_and_the_rest_is_built(tmp_path, gaz):
    src = _folder(tmp_path, {**BAD_DATES, "good.md": STORIES["a.md"]})
    result = build(src, tmp_path / "data")
    assert sorted(a.article.id for a in result.articles) == ["good", "textdate"]
    assert len(result.skipped) == 3 and all("\n" not in line for line in result.skipped)
    assert any("feb30.md" in s and "day is out of range" in s for s in result.skipped)
    assert any("year1.md" in s and "outside the years 1800–2199" in s for s in result.skipped)
    with pytest.raises(ArticleError, match="feb30.md"):
        build(src, tmp_path / "strict", strict=True)


def test_any_failure_while_reading_one_article_skips_it_and_names_why(tmp_path, gaz, monkeypatch):
    from conflictmap.pipeline import Pipeline

    src = _folder(tmp_path, STORIES)
    real = Pipeline.process

    def fragile(self, article):
        if article.id == "b":
            raise RuntimeError("a bug nothing foresaw")
        return real(self, article)

    monkeypatch.setattr(Pipeline, "process", fragile)
    result = build(src, tmp_path / "data", jobs=1)
    assert sorted(a.article.id for a in result.articles) == ["a", "c"]
    assert result.skipped == [f"{src / 'b.md'}: could not be read (RuntimeError: a bug nothing foresaw)"]


@pytest.mark.slow
def test_a_folder_of_which_nothing_can_be_read_writes_nothing(tmp_path, gaz):
    src = _folder(tmp_path, STORIES)
    data = tmp_path / "data"
    build(src, data)
    before = _outputs(data)
    for name in STORIES:
        (src / name).write_bytes(b"\x80\x81 not utf-8")
    with pytest.raises(ArticleError, match="no article of .* could be read .*nothing was written"):
        build(src, data)
    assert _outputs(data) == before  # the last build's events are all still there


@pytest.mark.slow
def test_an_article_unreadable_now_keeps_its_last_good_result_marked_stale_until_fixed_or_removed(tmp_path, gaz):
    src = _folder(tmp_path, STORIES)
    data = tmp_path / "data"
    first = build(src, data)
    (src / "b.md").write_text("---\npublished: 2024-02-30\n---\nRebels seized Homs.\n", encoding="utf-8")
    again = build(src, data)
    assert again.stale == ["b"] and len(again.skipped) == 1 and "keeps its last good result" in again.skipped[0]
    assert [e.location for e in again.events] == [e.location for e in first.events]
    assert build(src, data, full=True).stale == ["b"]  # (still, after a full build)
    (src / "b.md").unlink()
    gone = build(src, data)
    assert gone.stale == [] and "b" not in {a.article.id for a in gone.articles}
