"""Campaigns: one actor's advance in one country across every article, ordered by date and the texts' order."""

import dataclasses

from conflictmap import filters
from conflictmap.build import build
from conflictmap.campaigns import build_campaigns
from conflictmap.dataset import load_dataset
from conflictmap.mapview import build_map, map_html
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


def test_one_campaign_per_actor_and_country_and_undated_takings_left_out():
    evs = [event("a", "Aleppo", day=1, geonameid=1), event("b", "Hama", day=5, geonameid=2),
           event("c", "Tal Rifaat", day=2, actor="SNA", geonameid=3),  # another actor's single taking
           event("d", "Homs", day=None, geonameid=4)]
    stops = build_campaigns(evs)
    assert {s.campaign for s in stops} == {"HTS in Syria"}
    assert [s.location for s in stops] == ["Aleppo", "Hama"]


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
    params = filters.to_query_params(filters.Filters(campaigns=(name,)))
    assert filters.from_query_params(params, choices)[0].campaigns == (name,)
    html = map_html(build_map(shown, ds.route.iloc[0:0], campaigns=ds.campaigns))
    assert "Campaigns (all articles)" in html and html.count("cm-campaign-stop") >= 4
