import pytest

from conflictmap.errors import ArticleError
from conflictmap.geoparser import geoparse
from conflictmap.pipeline import candidate_unknown_names, map_text
from conflictmap.settings import Settings


def test_candidate_unknown_names_before_a_region_word(parser):
    text = "Wad Madani, the capital of Qwertaba state, fell; the Jewish state and Islamic State; Idlib province."
    names = [n for _, _, n in candidate_unknown_names(text, geoparse(text, parser), set(), parser.gaz.zipf)]
    assert names == ["Qwertaba"]  # common words ("Jewish") and places the geoparser found ("Idlib") are not


def test_candidate_unknown_names_skip_dates_and_known():
    text = "Talks in March in Vienna, fighting in Kafr Nabuda and in The Hague."
    names = [n for _, _, n in candidate_unknown_names(text, [], set())]
    assert "March" not in names and "Kafr Nabuda" in names and "The Hague" not in names


def test_map_text_reads_html_and_refuses_bad_input(tmp_path, pipeline):
    page = b"<html><body><script>alert(1)</script><p>Shelling hit Homs on Sunday.</p></body></html>"
    result = map_text(page, "story.html", pipeline)
    assert [t.name for t in result.toponyms] == ["Homs"] and "alert" not in result.article.text
    with pytest.raises(ArticleError, match="limit"):
        map_text("x" * 50, "big.txt", pipeline, max_bytes=10)
    with pytest.raises(ArticleError, match="not UTF-8"):
        map_text(b"caf\xe9 in Homs", "latin1.txt", pipeline)
    with pytest.raises(ArticleError, match="no text"):
        map_text("   ", "blank.txt", pipeline)
    assert not list(tmp_path.iterdir())  # nothing written


def test_the_data_folders_actors_reach_every_entry_point(tmp_path, gaz):
    # "Hama" as a group's name: with the data folder's actors file saying so, neither a build nor "Map your own
    # article" takes it for the town
    from conflictmap.build.run import build
    from conflictmap.pipeline import make_pipeline

    data = tmp_path / "data"
    data.mkdir()
    (data / "actors.csv").write_text("actor,aliases,kind\nHama Brigade,Hama,non-state\n", encoding="utf-8")
    text = "Hama fighters shelled Homs on Sunday."
    assert [t.name for t in map_text(text, "a.md", make_pipeline(data, Settings(), gazetteer=gaz)).toponyms] == ["Homs"]
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.md").write_text(text, encoding="utf-8")
    assert [t.name for t in build(articles, data).articles[0].toponyms] == ["Homs"]
    other = tmp_path / "other"  # a data folder without an actors file: the package's, where Hama is no actor
    assert "Hama" in [t.name for t in map_text(text, "a.md", make_pipeline(other, Settings(), gazetteer=gaz)).toponyms]


def test_prepare_reading_loads_the_gazetteer_of_that_cache_folder_and_the_parser(monkeypatch, tmp_path):
    import conflictmap.pipeline as pipeline
    import conflictmap.syntax.parse as syntax_parse

    asked = []
    monkeypatch.setattr(pipeline.gz, "default", lambda cache_dir: asked.append(("gazetteer", cache_dir)))
    monkeypatch.setattr(syntax_parse, "parse", lambda sentence: asked.append(("parser", sentence)))
    pipeline.prepare_reading(tmp_path)
    assert asked == [("gazetteer", tmp_path), ("parser", "Rebels seized the town.")]
