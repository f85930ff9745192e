import datetime as dt

from conflictmap.store import filters
from conflictmap.ui import url
from conflictmap.store.dataset import load_dataset


def ds(seed_build):
    return load_dataset(seed_build[0])


def test_round_trip(seed_build):
    events = ds(seed_build).events
    choices = filters.Choices.of(events)
    f = filters.Filters(dt.date(2024, 12, 1), dt.date(2024, 12, 8), ("Battles",), ("Hayat Tahrir al-Sham",), (),
                        "damascus", True, False, 5)
    params = url.to_query_params(f)
    back, notices = url.from_query_params(params, choices)
    assert back == f and notices == []


def test_each_filter(seed_build):
    events = ds(seed_build).events
    base = filters.Filters()
    assert len(filters.apply(events, base)) == len(events)
    battles = filters.apply(events, filters.Filters(types=("Battles",)))
    assert set(battles["event_type"]) == {"Battles"}
    advance = filters.apply(events, filters.Filters(advance_only=True))
    assert sorted(advance["route_step"].astype(int)) == [1, 2, 3, 4, 5, 6]
    dated = filters.apply(events, filters.Filters(date_from=dt.date(2024, 12, 8), date_to=dt.date(2024, 12, 8)))
    assert set(dated["location"]) >= {"Damascus", "Homs"} and all(d == dt.date(2024, 12, 8) for d in dated["date"])
    q = filters.apply(events, filters.Filters(query="VIENNA"))
    assert set(q["location"]) >= {"Vienna"}
    no_ctx = filters.apply(events, filters.Filters(show_context=False))
    assert "Context" not in set(no_ctx["event_type"])
    actor = filters.apply(events, filters.Filters(actors=("Military Forces of Syria",)))
    assert len(actor) >= 4 and (actor["actor2"] == "Military Forces of Syria").all()


def test_hostile_params_are_dropped_with_notices(seed_build):
    choices = filters.Choices.of(ds(seed_build).events)
    params = {"from": "yesterday", "to": "2024-12-40", "type": ["Battles,<script>alert(1)</script>"],
              "actor": "Nobody", "q": "x" * 500, "advance": "maybe", "killed": "-3"}
    f, notices = url.from_query_params(params, choices)
    assert f.types == ("Battles",) and f.actors == () and f.date_from is None and len(f.query) == 200
    assert f.min_fatalities == 0 and len(notices) == 7


def test_from_after_to_is_ignored(seed_build):
    choices = filters.Choices.of(ds(seed_build).events)
    f, notices = url.from_query_params({"from": "2024-12-09", "to": "2024-12-01"}, choices)
    assert f.date_from is None and "after" in notices[0]


def test_fatalities_filter_keeps_events_with_at_least_that_many_killed(seed_build):
    events = ds(seed_build).events.copy()
    events["fatalities"] = range(len(events))
    kept = filters.apply(events, filters.Filters(min_fatalities=3))
    assert list(kept["fatalities"]) == list(range(3, len(events)))
    assert url.to_query_params(filters.Filters(min_fatalities=3)) == {"killed": "3"}
    assert url.from_query_params({"killed": "12"}, filters.Choices.of(events))[0].min_fatalities == 12
