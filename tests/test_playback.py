"""Playback: the map as it stood on a day."""

import datetime as dt

from conflictmap.ui import playback
from conflictmap.store.dataset import load_dataset


def day(d: str) -> dt.date:
    return dt.date.fromisoformat(d)


def test_the_advance_as_it_stood_each_day(seed_build):
    ds = load_dataset(seed_build[0])
    days = sorted(ds.events["date"].dropna().unique())
    assert days == [day("2024-11-27"), day("2024-11-30"), day("2024-12-05"), day("2024-12-08")]
    stops = [list(playback.frame(ds.events, ds.route, d).route["location"]) for d in days]
    assert stops == [["Idlib"], ["Idlib", "Aleppo"], ["Idlib", "Aleppo", "Hama"],
                     ["Idlib", "Aleppo", "Hama", "Homs", "Al-Qusayr", "Damascus"]]  # Al-Qusayr, undated, in order


def test_events_known_by_the_day_and_the_days_own(seed_build):
    ds = load_dataset(seed_build[0])
    frame = playback.frame(ds.events, ds.route, day("2024-12-05"))
    shown = set(frame.events["location"])
    assert {"Hama", "Aleppo", "Idlib"} <= shown and not {"Homs", "Damascus"} & set(
        frame.events.loc[frame.events["event_type"] != "Context", "location"])
    assert "Vienna" in shown  # undated: on the map throughout, not guessed into a day
    assert "Al-Qusayr" not in shown  # an undated stop waits for its place in the advance
    hama = frame.events.loc[frame.events["location"] == "Hama", "event_id"]
    assert frame.today == tuple(hama)


def test_steps_are_clamped_and_a_day_between_steps_counts_as_the_one_before():
    days = [day("2024-01-01"), day("2024-01-05"), day("2024-01-09")]
    assert playback.step(days, None, 1) == days[0] and playback.step(days, None, -1) == days[-1]
    assert playback.step(days, days[-1], 1) == days[-1] and playback.step(days, days[0], -1) == days[0]
    assert playback.step(days, day("2024-01-06"), 0) == days[1]
    assert playback.step(days, day("2024-01-06"), 1) == days[2]
    assert playback.step([], None, 1) is None
