import datetime as dt

import pytest

from conflictmap.articles import read_article
from conftest import ARTICLES

SEED_ROUTE = ["Idlib", "Aleppo", "Hama", "Homs", "Al-Qusayr", "Damascus"]


def test_seed_route(seed_build):
    route = seed_build[1].route
    assert [s.location for s in route] == SEED_ROUTE
    assert {s.actor for s in route} == {"Hayat Tahrir al-Sham"}
    assert route[0].order_rule == "origin" and route[0].km_from_previous is None
    damascus = route[-1]
    assert damascus.event_date == dt.date(2024, 12, 8) and damascus.date_source == "text"
    assert 100 < damascus.km_from_previous < 130  # Al-Qusayr → Damascus, geodesic
    assert route[1].date_source == "correction" and route[1].days_from_previous == 3


def test_before_cue_orders_places(process):
    text = "Rebels captured Damascus on Sunday. Rebels earlier captured Homs and Hama before advancing into Damascus."
    assert [s.location for s in process(text).route] == ["Homs", "Hama", "Damascus"]


def test_after_cue_orders_places(process):
    text = "Rebels entered Hama after capturing Aleppo."
    assert [s.location for s in process(text).route] == ["Aleppo", "Hama"]


def test_dates_order_places_across_sentences(process):
    text = "Rebels captured Homs on Sunday. Rebels captured Hama on Thursday."
    route = process(text).route
    assert [s.location for s in route] == ["Hama", "Homs"]
    assert route[1].days_from_previous == 3 and route[1].order_rule == "date"


def test_origin_first_even_when_mentioned_last(process):
    text = "Rebels seized Aleppo on Friday. The group launched the offensive from Idlib last week."
    assert [s.location for s in process(text).route] == ["Idlib", "Aleppo"]


def test_no_territory_no_route(process):
    assert process("Talks were held in Vienna.").route == []


@pytest.mark.parametrize("name, expected, actor", [
    ("2023-12-19-sudan-wad-madani.md", ["Khartoum", "Wad Madani"], "Rapid Support Forces"),
    ("2024-02-18-ukraine-avdiivka.md", ["Avdiivka"], "Military Forces of Russia"),
])
def test_routes_of_other_conflicts(pipeline, name, expected, actor):
    route = pipeline.process(read_article(ARTICLES / name)).route
    assert [s.location for s in route] == expected
    assert {s.actor for s in route} == {actor}
