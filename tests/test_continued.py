"""A clause that continues a remote attack ("…, after striking bases around Hama on Thursday night") is the same
kind of act by the same doer, at its own places and on its own day. Sentences written for these tests."""

import datetime as dt

from conflictmap.events.types import REMOTE


def _remote(result):
    return {(e.location, e.event_date, e.actor1) for e in result.events if e.event_type == REMOTE}


def test_after_striking_places_on_a_day_is_another_strike_by_the_same_doer(process):
    text = ("Russian jets bombed rebel positions near Saraqib in Syria on Friday, after striking bases around Maarat "
            "al-Numan and in the rebels' stronghold of Jisr al-Shughur on Thursday night.")
    strikes = _remote(process(text, published="2024-03-12"))  # a Tuesday
    russia = "Military Forces of Russia"
    assert strikes == {("Saraqib", dt.date(2024, 3, 8), russia), ("Maarat al-Numan", dt.date(2024, 3, 7), russia),
                       ("Jisr al-Shughur", dt.date(2024, 3, 7), russia)}


def test_a_continuing_clause_without_a_place_of_its_own_adds_nothing(process):
    text = "Russian jets bombed rebel positions near Saraqib on Friday, after striking them on Thursday night."
    assert {p for p, _, _ in _remote(process(text, published="2024-03-12"))} == {"Saraqib"}


def test_a_clause_of_another_kind_is_not_a_strike(process):
    text = "Russian jets bombed rebel positions near Saraqib on Friday, after talks in Geneva collapsed on Thursday."
    assert {p for p, _, _ in _remote(process(text, published="2024-03-12"))} == {"Saraqib"}
