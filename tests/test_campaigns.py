"""Campaigns: one actor's advance in one country across every article, ordered by date and the texts' order."""

import dataclasses

import pytest

from conflictmap.store import filters
from conflictmap.ui import url
from conflictmap.build.run import build
from conflictmap.story.campaigns import build_campaigns
from conflictmap.store.dataset import load_dataset
from conflictmap.ui.map import build_map, map_html
from test_merge import ARTICLES, event, write_articles

# written in an order that is not the campaign's: the file names sort Homs before Aleppo
CAMPAIGN = dict(ARTICLES, **{
    "a-homs": ("BBC", "2024-12-08", "Hayat Tahrir al-Sham fighters took full control of Homs on Saturday, "
               "December 7, the group said."),
    "z-aleppo": ("AP", "2024-11-30", "Hayat Tahrir al-Sham fighters seized most of Aleppo on Friday, November 29."),
})


def test_stops_are_ordered_by_date_then_by_the_texts_order():
    evs = [event("x", "Homs", day=7, geonameid=1), event("y", "Aleppo", day=1, geonameid=2),
           dataclasses.replace(event("y", "Hama", day=5, geonameid=3), route_step=2,
                               mentions=((90, 94),)),
           dataclasses.replace(event("y", "Morek", day=5, geonameid=4), route_step=1, mentions=((120, 125),))]
    stops = build_campaigns(evs)
    assert [s.location for s in stops] == ["Aleppo", "Morek", "Hama", "Homs"]  # (same day: the route's order)
    assert [s.step for s in stops] == [1, 2, 3, 4]
    assert stops[0].km_from_previous is None and stops[1].days_from_previous == 4


def test_a_place_taken_again_at_the_next_step_is_one_stop_the_first():
    evs = [event("a", "Aleppo", day=1, geonameid=1), event("b", "Homs", day=3, geonameid=2),
           event("c", "Homs", day=7, geonameid=2)]  # ("the palace in central Khartoum", then "the city's airport")
    stops = build_campaigns(evs)
    assert [(s.location, s.event_date.day) for s in stops] == [("Aleppo", 1), ("Homs", 3)]


def test_one_campaign_per_actor_and_country_and_undated_takings_no_route_places_left_out():
    evs = [event("a", "Aleppo", day=1, geonameid=1), event("b", "Hama", day=5, geonameid=2),
           event("c", "Tal Rifaat", day=2, actor="SNA", geonameid=3),  # another actor's single taking
           event("d", "Homs", day=None, geonameid=4)]
    stops = build_campaigns(evs)
    assert {s.campaign for s in stops} == {"HTS in Syria"}
    assert [s.location for s in stops] == ["Aleppo", "Hama"]


def test_an_undated_taking_goes_where_its_route_puts_it_and_the_origin_first():
    def step(ev, n, **kw):
        return dataclasses.replace(ev, route_step=n, **kw)

    origin = step(event("y", "Idlib", day=None, sub="Place mentioned", actor="", geonameid=9), 1, role="origin",
                  event_type="Context")
    evs = [origin, step(event("y", "Aleppo", day=1, geonameid=1), 2), step(event("y", "Qusayr", day=None,
                                                                               geonameid=2), 3),
           step(event("y", "Damascus", day=8, geonameid=3), 4), event("x", "Homs", day=7, geonameid=4)]
    stops = build_campaigns(evs)
    # (Qusayr: right after Aleppo, the stop before it on its article's route; Homs is another article's)
    assert [s.location for s in stops] == ["Idlib", "Aleppo", "Qusayr", "Homs", "Damascus"]
    assert [s.order_rule for s in stops] == ["origin", "date", "text", "date", "date"]
    assert stops[2].event_date is None and stops[2].days_from_previous is None and stops[3].days_from_previous is None
    assert stops[4].days_from_previous == 1


def test_an_origin_on_another_actors_route_does_not_start_a_campaign():
    def step(ev, n, **kw):
        return dataclasses.replace(ev, route_step=n, **kw)

    origin = step(event("y", "Bukavu", day=None, sub="Place mentioned", actor="", geonameid=9), 1, role="origin",
                  event_type="Context")
    evs = [origin, step(event("y", "Nyangezi", day=23, geonameid=1), 2), step(event("y", "Kamanyola", day=24,
                                                                                   geonameid=2), 3),
           event("y", "Kabare", day=22, actor="Wazalendo", geonameid=3),  # (the other side's, on that article)
           event("z", "Luvungi", day=25, actor="Wazalendo", geonameid=4)]
    stops = build_campaigns(evs)
    assert [s.location for s in stops if s.actor == "Wazalendo"] == ["Kabare", "Luvungi"]  # (not from Bukavu)
    assert [s.location for s in stops if s.actor == "HTS"] == ["Bukavu", "Nyangezi", "Kamanyola"]


def test_the_seed_campaign_is_its_route(seed_build):
    from test_app import ROUTE

    assert [s.location for s in seed_build[1].campaigns] == ROUTE


@pytest.mark.slow
def test_a_merged_happening_is_one_stop_naming_every_report(tmp_path, gaz):
    data = tmp_path / "data"
    result = build(write_articles(tmp_path / "articles", CAMPAIGN), data)
    stops = [s for s in result.campaigns if s.actor == "Hayat Tahrir al-Sham"]
    assert [s.location for s in stops] == ["Aleppo", "Hama", "Talbiseh", "Homs"]
    assert stops[1].articles == ("a-hama", "b-hama")
    assert stops[0].articles == ("z-aleppo",)
    assert [s.event_date.isoformat() for s in stops] == ["2024-11-29", "2024-12-05", "2024-12-05", "2024-12-07"]

    ds = load_dataset(data)
    name = "Hayat Tahrir al-Sham in Syria"
    choices = filters.Choices.of(ds.events, ds.reports)
    assert choices.campaigns == [name]
    shown = filters.apply(ds.events, filters.Filters(campaigns=(name,)))
    assert sorted(shown["location"]) == ["Aleppo", "Hama", "Homs", "Talbiseh"]
    params = url.to_query_params(filters.Filters(campaigns=(name,)))
    assert url.from_query_params(params, choices)[0].campaigns == (name,)
    html = map_html(build_map(shown, ds.route.iloc[0:0], campaigns=ds.campaigns))
    assert "Campaigns (all articles)" in html and html.count("cm-campaign-stop") >= 4


def test_the_seeds_campaign_is_its_route_without_any_correction(tmp_path, gaz):
    from conflictmap.build.run import build
    from conftest import SEEDS

    result = build(SEEDS, tmp_path / "bare")  # (no corrections.csv: only Damascus is dated by the text)
    route = [s.location for s in result.route]
    assert [c.location for c in result.campaigns] == route == \
        ["Idlib", "Aleppo", "Hama", "Homs", "Al-Qusayr", "Damascus"]
    assert [c.order_rule for c in result.campaigns] == ["origin", "text", "text", "text", "text", "date"]


def test_a_leg_to_or_from_a_province_point_has_no_length():
    def at(place, day, lat, precision=1, gid=None):
        return dataclasses.replace(event("a", place, day=day, geonameid=gid), latitude=lat, geo_precision=precision)

    stops = build_campaigns([at("Aleppo", 1, 36.2, gid=1), at("Hama province", 3, 35.2, precision=3, gid=2),
                             at("Homs", 5, 34.7, gid=3), at("Damascus", 7, 33.5, gid=4)])
    assert [s.location for s in stops] == ["Aleppo", "Hama province", "Homs", "Damascus"]
    kms = [s.km_from_previous for s in stops]
    assert kms[:3] == [None, None, None] and kms[3] > 100  # (only Homs → Damascus is measured)
