"""The dashboard's questions answered in memory (pandas) and over the Parquet index (DuckDB): the same answers."""

import datetime as dt
import shutil

import pandas as pd
import pytest

from conflictmap.build.run import build
from conflictmap.store.index import INDEX_DIR
from conflictmap.store.filters import Filters
from conflictmap.store.query import DuckSource, PandasSource, open_source, rank_order, with_own
from test_campaigns import CAMPAIGN
from test_merge import write_articles

FILTERS = [
    Filters(),
    Filters(types=("Strategic developments",)),
    Filters(date_from=dt.date(2024, 12, 1)),
    Filters(date_from=dt.date(2024, 12, 5), date_to=dt.date(2024, 12, 6), show_context=False),
    Filters(query="hama"),
    Filters(query="o'reilly 50%_"),  # (quotes and LIKE wildcards are text)
    Filters(articles=("b-hama",)),
    Filters(actors=("Hayat Tahrir al-Sham",), advance_only=True),
    Filters(campaigns=("Hayat Tahrir al-Sham in Syria",)),
    Filters(min_fatalities=1),
]


@pytest.fixture(scope="module")
def many(tmp_path_factory, gaz):
    folder = tmp_path_factory.mktemp("many")
    data = folder / "data"
    build(write_articles(folder / "articles", CAMPAIGN), data)
    return data


@pytest.fixture(scope="module", params=["many", "seed"])  # (opened once: the tests only read them)
def both(request, many, seed_build):
    data = many if request.param == "many" else seed_build[0]
    return open_source(data, threshold=10**9), open_source(data, threshold=0)


def records(df: pd.DataFrame) -> list:
    return sorted(map(tuple, df.astype(str).to_numpy().tolist()))


@pytest.mark.parametrize("f", FILTERS, ids=range(len(FILTERS)))
def test_duckdb_answers_as_pandas_does(both, f):
    mem, duck = both
    assert isinstance(mem, PandasSource) and isinstance(duck, DuckSource)
    a, b = mem.view(f), duck.view(f, limit=10**6)
    assert (a.total, a.happenings, a.places, a.killed, a.days) == (b.total, b.happenings, b.places, b.killed, b.days)
    assert records(a.per_day) == records(b.per_day)
    assert a.heat.to_dict() == b.heat.to_dict()
    assert sorted(a.rows["event_id"]) == sorted(b.rows["event_id"])
    columns = ["event_id", "event_date", "location", "latitude", "fatalities", "sources", "route_step", "campaign",
               "date", "reported_by"]
    assert records(mem.export(f)[columns]) == records(duck.export(f)[columns])


def test_the_same_choices_dates_size_and_route(both):
    mem, duck = both
    assert mem.choices() == duck.choices() and mem.date_range() == duck.date_range() and mem.size == duck.size
    assert list(mem.ds.route["event_id"]) == list(duck.ds.route["event_id"])


def test_duckdb_pulls_only_the_most_relevant_rows_in_the_maps_order(many):
    mem, duck = open_source(many, threshold=10**9), open_source(many, threshold=0)
    view = duck.view(Filters(), limit=3)
    assert len(view.rows) == 3 and view.total == mem.view(Filters()).total > 3 and not view.complete
    ranked = mem.events.loc[rank_order(mem.events)]
    stops = ranked[ranked["route_step"].notna() | (ranked["campaign"] != "")]
    assert len(stops) >= 3  # (the campaign's stops come first, the newest first)
    assert view.rows["event_id"].isin(stops["event_id"]).all()
    assert sorted(view.rows["date"]) == sorted(stops["date"][:3])


def test_date_filters_read_only_their_months_files(tmp_path, many):
    data = tmp_path / "data"
    shutil.copytree(many, data)
    duck = open_source(data, threshold=0)
    parts = list((data / INDEX_DIR).glob("month=undated/*.parquet"))
    assert parts
    for part in parts:  # (the first month's file gives DuckDB the columns: this is the last one)
        part.write_bytes(b"not parquet")  # outside the filter: never opened
    f = Filters(date_from=dt.date(2024, 12, 1))
    assert duck.view(f).total == open_source(many, threshold=10**9).view(f).total > 0
    with pytest.raises(Exception, match="Parquet"):
        duck.view(Filters())  # (without a date bound it is read, and is broken)


def test_a_stale_index_is_not_used(tmp_path, many):
    data = tmp_path / "data"
    shutil.copytree(many, data)
    (data / "events.csv").write_text((data / "events.csv").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert isinstance(open_source(data, threshold=0), PandasSource)


def test_an_article_of_the_session_adds_to_a_partial_view(many):
    duck = open_source(many, threshold=0)
    mem = open_source(many, threshold=10**9)
    own = mem.events[mem.events["article_id"] == "z-aleppo"]
    rest = Filters(articles=tuple(a for a in mem.choices().articles if a != "z-aleppo"))
    whole = mem.view(Filters())
    partial = with_own(duck.view(rest, limit=1), own)
    assert (partial.total, partial.happenings, partial.killed) == (whole.total, whole.happenings, whole.killed)
    assert records(partial.per_day) == records(whole.per_day)
