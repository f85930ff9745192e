"""app.py through Streamlit's AppTest (server side, no browser)."""

import shutil

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT, SEEDS

ROUTE = ["Idlib", "Aleppo", "Hama", "Homs", "Al-Qusayr", "Damascus"]


@pytest.fixture()
def app(seed_build, monkeypatch):
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(seed_build[0]))
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)


def param(at, key):
    value = at.query_params[key]
    return [value] if isinstance(value, str) else list(value)


def map_script(at) -> str:
    """The map's JavaScript as the browser gets it: the base map's script plus the layers' feature groups."""
    import json

    components = at.get("component_instance")
    assert len(components) == 1
    args = json.loads(components[0].proto.json_args)
    return args["script"] + "\n" + (args.get("feature_group") or "")


@pytest.mark.slow
def test_map_shows_route_places_in_order(app):
    app.run()
    assert not app.exception and not app.error
    script = map_script(app)
    positions = [script.index(f"{n}. {place}") for n, place in enumerate(ROUTE, 1)]
    assert positions == sorted(positions)
    assert "Vienna" in script  # context places are on the map too
    events = app.dataframe[-1].value
    happenings = events[events["event_type"] != "Context"]
    metrics = {m.label: m.value for m in app.metric}
    assert metrics["Events"] == str(len(happenings)) and metrics["Places"] == str(events["location"].nunique())
    assert metrics["Killed"] == str(int(happenings["fatalities"].sum()))


@pytest.mark.slow
def test_filters_change_the_map_and_the_url(app):
    app.run()
    app.sidebar.multiselect[0].select("Context").run()  # event type
    assert param(app, "type") == ["Context"]
    script = map_script(app)
    assert "Vienna" in script and "Non-state actor overtakes territory" not in script.split("cm-stop")[0]
    app.sidebar.checkbox(key="f_context").uncheck().run()
    assert param(app, "context") == ["0"]


def test_query_params_restore_the_view(app):
    app.query_params["type"] = "Battles"
    app.query_params["advance"] = "1"
    app.run()
    assert app.sidebar.multiselect[0].value == ["Battles"]
    table = app.dataframe[1].value
    assert sorted(table["location"]) == sorted(ROUTE[1:])  # the origin, Idlib, is a place, not a battle


def test_hostile_query_params_are_noticed_not_fatal(app):
    app.query_params["from"] = "yesterday"
    app.query_params["type"] = "<script>alert(1)</script>"
    app.run()
    assert not app.exception
    notices = " ".join(w.value for w in app.warning)
    assert "from=" in notices and "type=" in notices


def test_missing_data_folder_is_an_error_message(monkeypatch, tmp_path):
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(tmp_path / "nowhere"))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception
    assert "no such data folder" in at.error[0].value


def test_broken_events_file_is_an_error_message(seed_build, monkeypatch, tmp_path):
    d = tmp_path / "d"
    shutil.copytree(seed_build[0], d)
    (d / "events.csv").write_text("event_id,notes\n1,x\n", encoding="utf-8")
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(d))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.run()
    assert not at.exception and "missing column" in at.error[0].value


def test_downloads_are_offered(app):
    app.run()
    labels = [b.proto.label for b in app.get("download_button")]
    assert labels == ["Download CSV (ACLED columns)", "Download GeoJSON", "Download map (HTML)",
                      "Download places mentioned (CSV)"]  # (the places only mentioned: a file of their own)
    app.checkbox(key="f_context").uncheck().run()
    assert [b.proto.label for b in app.get("download_button")][-1] == "Download map (HTML)"  # (none shown)


@pytest.mark.slow
def test_map_your_own_article(app):
    import datetime as dt

    app.run()
    app.text_area(key="own_text").input("Rebels seized Izium on Saturday. Rebels seized Kharkiv on Sunday after "
                                        "heavy shelling near Balakliia killed three civilians.")
    app.date_input(key="own_published").set_value(dt.date(2024, 3, 4))
    submit = [b for b in app.get("button") if "Map it" in str(b.proto.label)]
    submit[0].click().run()
    assert not app.exception
    assert any("Mapped" in s.value for s in app.success)
    script = map_script(app)
    assert "Kharkiv" in script and "Izium" in script
    assert "1. Izium — 2024-03-02" in script and "2. Kharkiv — 2024-03-03" in script  # dated from the given date
    events = app.dataframe[-1].value
    assert {"Kharkiv", "Izium"} <= set(events["location"]) and "Damascus" in set(events["location"])
    assert events.loc[events["location"] == "Balakliia", "fatalities"].tolist() == [3]
    app.number_input(key="f_killed").set_value(1).run()  # the fatalities filter
    assert list(app.dataframe[-1].value["location"]) == ["Balakliia"] and param(app, "killed") == ["1"]


@pytest.mark.slow
def test_saving_and_rebuilding_is_offered_only_when_the_server_allows_it(seed_build, monkeypatch, tmp_path):
    data, articles = tmp_path / "data", tmp_path / "articles"
    shutil.copytree(seed_build[0], data)
    shutil.copytree(SEEDS, articles)
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(data))
    monkeypatch.setenv("CONFLICTMAP_ARTICLES_DIR", str(articles))

    def mapped(at):
        at.run()
        at.text_area(key="own_text").input("Rebels seized Izium on Saturday, residents said.")
        [b for b in at.get("button") if "Map it" in str(b.proto.label)][0].click().run()
        return [b for b in at.get("button") if "Save it" in str(b.proto.label)]

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    assert mapped(at) == []  # the default (a hosted app): no visitor writes, whatever URL the browser reports
    monkeypatch.setenv("CONFLICTMAP_ALLOW_SAVE", "on")
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    save = mapped(at)
    assert len(save) == 1
    save[0].click().run()
    assert not at.exception and len(list(articles.glob("*.md"))) == 2
    assert "Izium" in (data / "events.csv").read_text(encoding="utf-8")


def test_own_article_errors_are_messages(app):
    app.run()
    submit = [b for b in app.get("button") if "Map it" in str(b.proto.label)]
    submit[0].click().run()
    assert not app.exception and "no article" in app.error[0].value


def test_downloads_are_made_on_click_not_on_rerun(app, monkeypatch):
    import conflictmap.store.dataset as dataset

    calls = []
    real = dataset.export_geojson
    monkeypatch.setattr(dataset, "export_geojson", lambda *a: calls.append(1) or real(*a))
    app.run()
    buttons = app.get("download_button")
    assert all(b.proto.deferred_file_id for b in buttons)  # a callable, run when the reader clicks
    assert calls == []


@pytest.mark.parametrize("widget, action, param, check", [
    ("f_actors", lambda w: w.select("Military Forces of Syria"), "actor",
     lambda df: (df["actor2"] == "Military Forces of Syria").all() and len(df) >= 4),
    ("f_query", lambda w: w.input("vienna"), "q",
     lambda df: "Vienna" in set(df["location"]) and df["notes"].str.contains("Vienna").all()),
    ("f_advance", lambda w: w.check(), "advance",
     lambda df: sorted(df["route_step"].astype(int)) == [1, 2, 3, 4, 5, 6]),
])
def test_each_sidebar_filter_reaches_table_and_url(app, widget, action, param, check):
    app.run()
    element = next(e for kind in (app.multiselect, app.text_input, app.checkbox) for e in kind if e.key == widget)
    action(element).run()
    assert not app.exception
    assert check(app.dataframe[-1].value)
    assert param in app.query_params


@pytest.mark.slow
def test_date_filter(app):
    import datetime as dt

    app.run()
    app.date_input(key="f_date_widget").set_value((dt.date(2024, 12, 8), dt.date(2024, 12, 8)))
    app.checkbox(key="f_use_dates").check().run()
    table = app.dataframe[-1].value
    assert set(table["event_date"]) == {"2024-12-08"}
    assert param(app, "from") == ["2024-12-08"] and param(app, "to") == ["2024-12-08"]


def test_playback_day_from_the_url_shows_the_advance_as_it_stood(app):
    import datetime as dt

    app.query_params["day"] = "2024-12-05"
    app.run()
    assert not app.exception
    assert app.select_slider(key="f_day").value == dt.date(2024, 12, 5)
    script = map_script(app)
    assert "3. Hama" in script and "4. Homs" not in script  # drawn up to the day's last stop
    assert "cm-newest-leg" in script and "cm-today" in script  # the newest leg marked, the day's events ringed
    assert param(app, "day") == ["2024-12-05"]


@pytest.mark.slow
def test_playback_steps_and_play_move_the_day(app):
    import datetime as dt

    app.run()
    assert app.select_slider(key="f_day").value == "all days" and "day" not in app.query_params
    app.button(key="pb_play").click().run()  # play starts at the first day
    assert app.select_slider(key="f_day").value == dt.date(2024, 11, 27) and app.session_state["cm_playing"]
    app.button(key="pb_play").click().run()  # pause
    app.button(key="pb_next").click().run()
    assert app.select_slider(key="f_day").value == dt.date(2024, 11, 30) and param(app, "day") == ["2024-11-30"]
    assert "2. Aleppo" in map_script(app) and "3. Hama" not in map_script(app)
    app.button(key="pb_back").click().run()
    assert app.select_slider(key="f_day").value == dt.date(2024, 11, 27)


@pytest.mark.slow
def test_map_an_article_from_its_address(app, monkeypatch):
    from fake_web import FakeWeb

    with FakeWeb() as web:
        app.run()
        app.text_input(key="own_url").input(f"{web.url}/story.html")
        [b for b in app.get("button") if "Map it" in str(b.proto.label)][0].click().run()
        assert not app.exception and "only public web addresses" in app.error[0].value  # no proxy inside
        monkeypatch.setenv("CONFLICTMAP_ALLOW_PRIVATE_URLS", "on")
        [b for b in app.get("button") if "Map it" in str(b.proto.label)][0].click().run()
        assert not app.exception and any("Rebels take Hama" in s.value for s in app.success)
        events = app.dataframe[-1].value
        assert "Hama" in set(events["location"])


@pytest.mark.slow
def test_many_articles_show_one_point_per_happening_and_the_campaign(tmp_path, gaz, monkeypatch):
    from conflictmap.build.run import build
    from test_campaigns import CAMPAIGN
    from test_merge import write_articles

    data = tmp_path / "data"
    build(write_articles(tmp_path / "articles", CAMPAIGN), data)
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(data))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["campaign"] = "Hayat Tahrir al-Sham in Syria"
    at.run()
    assert not at.exception and not at.error
    assert at.sidebar.radio(key="f_lines").value == "Campaigns (all articles)"
    stops = at.dataframe[0].value
    assert list(stops["location"]) == ["Aleppo", "Hama", "Talbiseh", "Homs"]
    assert stops["reported by"].iloc[1] == "a-hama;b-hama"
    events = at.dataframe[-1].value
    assert list(events["location"]).count("Hama") == 1  # two reports, one point
    script = map_script(at)
    assert "reported by 2 articles" in script and "cm-campaign-stop" in script
    at.button(key="pb_next").click().run()  # playback: the campaign as far as it had come on its first day
    assert not at.exception and not at.error
    assert at.query_params["day"] == "2024-11-29" and map_script(at).count("cm-stop cm-campaign-stop") == 1
    at.sidebar.radio(key="f_lines").set_value("Each article's route").run()
    assert "cm-campaign-stop" not in map_script(at)


@pytest.mark.slow
def test_past_the_threshold_the_app_reads_the_index_through_duckdb_and_shows_the_same(seed_build, monkeypatch):
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(seed_build[0]))
    runs = {}
    for threshold in ("1000000000", "1"):
        monkeypatch.setenv("CONFLICTMAP_DUCKDB_EVENTS", threshold)
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.query_params["q"] = "a"
        at.run()
        assert not at.exception and not at.error
        at.sidebar.multiselect[0].select("Battles").run()
        assert any("DuckDB" in c.value for c in at.caption) == (threshold == "1")
        runs[threshold] = ({m.label: m.value for m in at.metric}, sorted(at.dataframe[-1].value["event_id"]),
                           [ROUTE.index(p) for p in ROUTE if f". {p}" in map_script(at)])
        at.query_params["day"] = "2024-12-05"
        at.run()
        assert not at.exception and not at.error
    assert runs["1"] == runs["1000000000"]
    assert runs["1"][1]  # (something is shown)


@pytest.mark.slow
def test_an_article_mapped_in_the_session_joins_the_duckdb_view_as_the_pandas_one(seed_build, monkeypatch):
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(seed_build[0]))
    seen = []
    for threshold in ("1", "1000000000"):
        monkeypatch.setenv("CONFLICTMAP_DUCKDB_EVENTS", threshold)
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
        at.run()
        at.text_area(key="own_text").set_value("Rebels captured the town of Saraqib on Monday, December 2, 2024.")
        next(b for b in at.button if "Map it" in str(b.label)).click().run()
        assert not at.exception and not at.error
        seen.append(({m.label: m.value for m in at.metric}, sorted(at.dataframe[-1].value["location"])))
    assert seen[0] == seen[1] and "Saraqib" in seen[0][1]


def test_a_setting_it_cannot_use_is_one_clear_error(app, monkeypatch):
    monkeypatch.setenv("CONFLICTMAP_DUCKDB_EVENTS", "lots")
    app.run()
    assert not app.exception
    assert [e.value for e in app.error] == ["CONFLICTMAP_DUCKDB_EVENTS must be a whole number, got 'lots'"]


def test_an_unforeseen_error_is_one_line_with_no_traceback_or_server_path(seed_build, monkeypatch, tmp_path):
    import tomllib

    import conflictmap.store.query as query

    def broken(folder, threshold):
        raise RuntimeError(f"boom in {tmp_path}/secret/server/path")

    data = tmp_path / "data"
    shutil.copytree(seed_build[0], data)  # (a folder of its own: the loader's cache has not seen it)
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(data))
    monkeypatch.setattr(query, "open_source", broken)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception and len(at.error) == 1
    message = at.error[0].value
    assert "Something went wrong" in message and "RuntimeError" in message and "secret" not in message
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["showErrorDetails"] == "none"  # (and Streamlit's own handler shows no details)


@pytest.mark.slow
def test_each_count_is_the_same_in_the_cli_summary_the_index_and_the_dashboard(tmp_path, gaz, monkeypatch, capsys):
    import re

    from conflictmap.cli import main

    src = tmp_path / "articles"
    src.mkdir()
    for name, when, text in (
            ("a", "2024-12-06", "Rebels seized Hama on Thursday, residents said. Shelling hit the village of "
                                "Kafr Zilbenova near Idlib. Officials met in Damascus."),
            ("b", "2024-12-07", "Rebel fighters captured Hama on Friday. Shelling hit the village of Kafr "
                                "Zilbenova again. Diplomats gathered in Damascus.")):
        (src / f"{name}.md").write_text(f"---\npublished: {when}\n---\n{text}\n", encoding="utf-8")
    data = tmp_path / "data"
    assert main(["build", str(src), "--data-dir", str(data), "-q"]) == 0
    summary = capsys.readouterr().out
    events, places = map(int, re.search(r"(\d+) events \(\d+ reports of them\), (\d+) places mentioned",
                                        summary).groups())
    names = int(re.search(r"not placed \((\d+) name", summary).group(1))
    assert main(["index", "--data-dir", str(data)]) == 0
    assert f"({events:,} events)" in capsys.readouterr().out
    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(data))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert [m.value for m in at.metric if m.label == "Events"] == [f"{events:,}"]
    assert any(h.value.startswith(f"Events ({events:,} and {places:,} places mentioned") for h in at.subheader)
    assert [e.label for e in at.expander if e.label.startswith("Not placed")] == [f"Not placed ({names} names)"]


@pytest.mark.slow
def test_playback_shows_the_first_day_however_slow_the_page_runs(app, monkeypatch):
    import datetime as dt
    import time

    app.run()
    clock = iter(range(0, 10_000, 5))  # (every reading of the clock five seconds after the one before: a loaded server)
    monkeypatch.setattr(time, "monotonic", lambda: float(next(clock)))
    app.button(key="pb_play").click().run()  # the page took "seconds" to run: the first day is still shown first
    assert app.select_slider(key="f_day").value == dt.date(2024, 11, 27) and app.session_state["cm_playing"]
    app.run()  # the next run of the playback: the next day
    assert app.select_slider(key="f_day").value == dt.date(2024, 11, 30)


@pytest.mark.slow
def test_playback_played_to_the_end_returns_to_the_whole_story(app):
    import datetime as dt

    app.run()
    app.button(key="pb_play").click().run()  # playing, from the first day
    app.session_state["cm_day"] = dt.date(2024, 12, 8)  # (the last day: Damascus)
    app.session_state["cm_last_step"] = 0.0  # (a step is due)
    app.run()
    assert not app.session_state["cm_playing"] and app.select_slider(key="f_day").value == "all days"
    assert "day" not in app.query_params and "6. Damascus" in map_script(app)


@pytest.mark.slow
def test_the_app_says_which_countries_the_gazetteer_holds_in_full(seed_build, monkeypatch, tmp_path):
    from conflictmap.geoparser import countries
    from tests.geoparser.test_countries import dump

    monkeypatch.setenv("CONFLICTMAP_DATA_DIR", str(seed_build[0]))
    monkeypatch.setenv("CONFLICTMAP_CACHE_DIR", str(tmp_path))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert any("no country in full" in c.value for c in at.caption)
    countries.add_country("SY", dump(), tmp_path)  # (the index is built when an article is mapped, not here)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert any("every feature of SY" in c.value for c in at.caption) and not at.exception
