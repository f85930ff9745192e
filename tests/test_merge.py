"""Merging across articles: one event per happening, every article that reported it, disagreements kept."""

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictmap.build.run import build
from conflictmap.store.dataset import load_dataset
from conflictmap.events.extract import Event
from conflictmap.events.types import TERRITORY_SUBTYPES
from conflictmap.story.merge import Report, best, group, group_one_key, merge

TAKEOVER = "Non-state actor overtakes territory"


def event(article: str, place: str = "Hama", day: int | None = 5, sub: str = TAKEOVER, actor: str = "HTS",
          geonameid: int | None = 170017, fatalities: int = 0, date_source: str = "text") -> Event:
    return Event(
        event_id=f"{article}-{place}-{day}-{sub[:4]}", article_id=article,
        event_date=dt.date(2024, 12, day) if day else None, time_precision=1 if day else None,
        event_type="Strategic developments" if sub != "Armed clash" else "Battles", sub_event_type=sub,
        actor1=actor, inter1="Rebel group" if actor else "", actor2="", inter2="", country="Syria",
        country_code="SY", location=place, place_name=place, latitude=35.13, longitude=36.76, geo_precision=1,
        fatalities=fatalities, geonameid=geonameid, feature="city", geo_source="gazetteer", geo_note="",
        geo_source_url="", date_source=date_source if day else "", date_rule="", date_text="", role="", cue="captured",
        source=f"outlet of {article}", excerpts=(f"{article} says [[{place}]] fell",), mentions=((0, 4),))


def reports(*events: Event, published: dict | None = None) -> list[Report]:
    published = published or {}
    return [Report(n, ev, published.get(ev.article_id), f"outlet of {ev.article_id}") for n, ev in enumerate(events)]


def test_two_reports_of_one_capture_a_day_apart_are_one_happening_with_both_dates_kept():
    merged = merge(reports(event("a", day=5), event("b", day=6)), window=2)
    assert {e.merged_id for e in merged} == {merged[0].event_id}
    assert [e.sources for e in merged] == [2, 2]
    assert merged[0].source == "outlet of a; outlet of b"  # (the happening's row: every outlet)
    assert merged[1].source == "outlet of b"  # (b's own report keeps its own)
    assert merged[0].disagreements == "dates: 2024-12-05 (a); 2024-12-06 (b)"
    assert [r[0] for r in merged[0].reported_by] == ["a", "b"]


def test_captures_further_apart_than_the_window_stay_apart():
    assert len(group(reports(event("a", day=5), event("b", day=9)), window=2)) == 2
    assert len(group(reports(event("a", day=5), event("b", day=6)), window=0)) == 2


def test_different_captures_on_one_day_stay_two():
    two_places = reports(event("a", "Hama"), event("b", "Homs", geonameid=169577))
    assert len(group(two_places, window=2)) == 2
    # the same town changing hands: the army regains what the rebels took, same day
    back_and_forth = reports(event("a"), event("b", sub="Government regains territory", actor="Syrian Army"))
    assert len(group(back_and_forth, window=2)) == 2
    # two actors each said to have taken it
    assert len(group(reports(event("a", actor="HTS"), event("b", actor="SNA")), window=2)) == 2


def test_other_events_merge_only_on_the_same_day():
    clash = "Armed clash"
    assert len(group(reports(event("a", day=5, sub=clash), event("b", day=5, sub=clash)), window=2)) == 1
    assert len(group(reports(event("a", day=5, sub=clash), event("b", day=6, sub=clash)), window=2)) == 2


def test_one_articles_events_are_never_merged_with_each_other():
    assert len(group(reports(event("a", day=5), event("a", day=6)), window=2)) == 2


def test_an_undated_capture_joins_a_dated_one_its_article_followed():
    published = {"b": dt.date(2024, 12, 6), "c": dt.date(2024, 12, 20)}
    assert len(group(reports(event("a", day=5), event("b", day=None), published=published), window=2)) == 1
    assert len(group(reports(event("a", day=5), event("c", day=None), published=published), window=2)) == 2


def test_no_chain_of_one_day_gaps_spans_more_than_the_window():
    groups = group(reports(event("a", day=5), event("b", day=6), event("c", day=7), event("d", day=8)), window=1)
    assert [[r.event.article_id for r in g] for g in groups] == [["a", "b"], ["c", "d"]]


def test_the_happening_stands_on_its_best_report_and_the_lowest_toll():
    rs = reports(event("a", day=6, fatalities=15), event("b", day=5, fatalities=12, date_source="correction"),
                 event("c", day=None), published={"c": dt.date(2024, 12, 7)})
    assert best(rs).event.article_id == "b"
    merged = merge(rs, window=2)
    stand = next(e for e in merged if e.event_id == e.merged_id)
    assert stand.article_id == "b" and stand.fatalities == 12  # ACLED: the most conservative figure
    assert "fatalities: 15 (a); 12 (b)" in stand.disagreements
    assert all(e.merged_id == stand.event_id for e in merged)


def test_a_missing_actor_is_taken_from_another_report():
    merged = merge(reports(event("a", actor=""), event("b", actor="HTS")), window=2)
    stand = next(e for e in merged if e.event_id == e.merged_id)
    assert stand.actor1 == "HTS" and stand.inter1 == "Rebel group"


ARTICLES = {
    "a-hama": ("Reuters", "2024-12-06", "Rebel fighters of Hayat Tahrir al-Sham captured the city of Hama on "
               "Thursday, December 5, after days of fighting with government forces."),
    "b-hama": ("Al Jazeera", "2024-12-07", "The central city of Hama fell to Hayat Tahrir al-Sham fighters on "
               "Friday, December 6, the group said, after government troops withdrew."),
    "c-talbiseh": ("AFP", "2024-12-06", "On Thursday, December 5, Hayat Tahrir al-Sham fighters also captured the "
                   "town of Talbiseh, north of Homs, witnesses said."),
}


def write_articles(folder: Path, articles: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (source, published, text) in articles.items():
        (folder / f"{name}.md").write_text(f"---\ntitle: {name}\npublished: {published}\nsource: {source}\n---\n"
                                           f"{text}\n", encoding="utf-8")
    return folder


@pytest.fixture()
def merged_build(tmp_path, gaz):
    data = tmp_path / "data"
    result = build(write_articles(tmp_path / "articles", ARTICLES), data)
    return result, data


def test_a_build_merges_two_articles_reports_of_one_capture(merged_build):
    result, data = merged_build
    takings = [e for e in result.events if e.sub_event_type == TAKEOVER]
    hama = [e for e in takings if e.location == "Hama"]
    assert len(hama) == 2 and {e.article_id for e in hama} == {"a-hama", "b-hama"}  # (each article keeps its own)
    assert len({e.merged_id for e in hama}) == 1 and all(e.sources == 2 for e in hama)
    talbiseh = [e for e in takings if e.location == "Talbiseh"]
    assert len(talbiseh) == 1 and talbiseh[0].sources == 1  # another capture the same day stays apart
    ds = load_dataset(data)
    shown = ds.events[ds.events["sub_event_type"] == TAKEOVER]
    assert sorted(shown["location"]) == ["Hama", "Talbiseh"]  # one point per happening
    row = shown[shown["location"] == "Hama"].iloc[0]
    assert row["sources"] == 2 and row["source"] == "Reuters; Al Jazeera"
    assert row["disagreements"] == "dates: 2024-12-05 (a-hama); 2024-12-06 (b-hama)"
    assert len(ds.reports[ds.reports["location"] == "Hama"]) == 2


def test_the_popup_and_the_details_list_every_source_and_the_disagreement(merged_build):
    from conflictmap.ui.details import details_markdown
    from conflictmap.ui.popups import popup_fields

    ds = load_dataset(merged_build[1])
    row = ds.events[ds.events["location"] == "Hama"].iloc[0].to_dict()
    fields = popup_fields(row)
    assert fields["src"].startswith("reported by 2 articles: a-hama (Reuters, 2024-12-05); b-hama (Al Jazeera")
    assert "2024-12-06 (b-hama)" in fields["differ"]
    md = details_markdown(row)
    assert "Reported by 2 articles" in md and "Al Jazeera" in md and "disagree" in md


def test_an_article_filter_finds_the_happenings_it_shares(merged_build):
    from conflictmap.store import filters

    ds = load_dataset(merged_build[1])
    choices = filters.Choices.of(ds.events, ds.reports)
    assert "b-hama" in choices.articles
    shown = filters.apply(ds.events, filters.Filters(articles=("b-hama",)))
    assert "Hama" in set(shown["location"]) and "Talbiseh" not in set(shown["location"])


# ------------------------------------------------------------------------------ the rules, one pair at a time
def _same_time(a: Report, b: Report, window: int) -> bool:
    """The module's rules for two reports, written out pair by pair (the reference for the fast grouping)."""
    da, db = a.event.event_date, b.event.event_date
    territory = a.event.sub_event_type in TERRITORY_SUBTYPES
    if da and db:
        return abs((da - db).days) <= (window if territory else 0)
    if not da and not db:
        return a.published is not None and a.published == b.published
    if not territory:
        return False
    dated, undated = (a, b) if da else (b, a)
    return undated.published is not None and 0 <= (undated.published - dated.event.event_date).days <= window


def reference_groups(members: list[Report], window: int) -> list[list[int]]:
    happenings: list[list[Report]] = []
    for r in sorted(members, key=lambda r: (r.event.event_date or r.published or dt.date.max, r.order)):
        home = next((h for h in happenings if all(
            m.event.article_id != r.event.article_id and
            not (m.event.actor1 and r.event.actor1 and m.event.actor1 != r.event.actor1) and
            _same_time(m, r, window) for m in h)), None)
        if home is None:
            home = []
            happenings.append(home)
        home.append(r)
    return [sorted(r.order for r in h) for h in happenings]


@given(st.lists(st.tuples(st.integers(0, 6), st.one_of(st.none(), st.integers(1, 12)),
                          st.one_of(st.none(), st.integers(1, 14)), st.sampled_from(["HTS", "SNA", ""])),
                min_size=1, max_size=25),
       st.booleans(), st.integers(0, 3))
@pytest.mark.slow
@settings(max_examples=300, deadline=None)
def test_the_fast_grouping_is_the_pair_by_pair_rules(rows, territory, window):
    sub = TAKEOVER if territory else "Armed clash"
    reports = [Report(n, dataclasses.replace(event(f"a{art}", day=day, sub=sub, actor=actor), event_id=f"e{n}"),
                      dt.date(2024, 12, pub) if pub else None, "o") for n, (art, day, pub, actor) in enumerate(rows)]
    fast = [sorted(r.order for r in g) for g in group_one_key(reports, window)]
    assert fast == reference_groups(reports, window)


def test_a_town_no_article_could_place_gets_one_point_the_finest_any_found():
    from conflictmap.story.merge import one_placement

    def unplaced(article, at, lat, precision, feature):
        return dataclasses.replace(event(article, "Zubrava", geonameid=None), place_name=at, latitude=lat,
                                   longitude=28.0, geo_precision=precision, feature=feature,
                                   geo_note=f"Zubrava could not be placed: the event is put at {at}, which contains it")

    a = unplaced("a", "Democratic Republic of the Congo", 0.0, 3, "country")
    b = unplaced("b", "North Kivu", -0.6, 3, "region")
    c = unplaced("c", "Masisi", -1.4, 2, "district")
    placed = dataclasses.replace(event("d", "Goma", geonameid=None), latitude=-1.68)
    out = [r.event for r in one_placement(reports(a, b, c, placed))]
    assert [(e.place_name, e.latitude, e.geo_precision) for e in out[:3]] == [("Masisi", -1.4, 2)] * 3
    assert "another article" in out[0].geo_note and out[2].geo_note == c.geo_note  # (said where it was moved)
    assert out[3] == placed  # (a placed town keeps its own point)


def test_a_toll_of_the_fighting_is_the_news_not_the_taking_told_as_its_time(process):
    text = ("Rebel factions captured the town of Saraqib in Syria's Idlib province on Saturday, a month after the "
            "same coalition took the provincial capital Idlib. The Northern Liberation Front said its fighters had "
            "entered the town after a three-day battle. At least 40 soldiers and 12 rebels were killed in the "
            "fighting, a monitor said.")
    tolls = {e.location: e.fatalities for e in process(text, published="2015-05-04").events if not e.is_context}
    assert tolls["Saraqib"] == 52 and tolls.get("Idlib", 0) == 0
