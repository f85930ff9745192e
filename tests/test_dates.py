import datetime as dt

import pytest

from conflictmap.events.dates import find_dates

MONDAY = dt.date(2024, 12, 9)


@pytest.mark.parametrize("text, date, precision, rule", [
    ("fell on Sunday", dt.date(2024, 12, 8), 1, "weekday"),
    ("said early Monday morning", MONDAY, 1, "weekday"),
    ("said yesterday", dt.date(2024, 12, 8), 1, "yesterday"),
    ("late last night", dt.date(2024, 12, 8), 1, "yesterday"),
    ("began last week", dt.date(2024, 12, 2), 2, "last-week"),
    ("last month", dt.date(2024, 11, 1), 3, "last-month"),
    ("on 8 December 2024", dt.date(2024, 12, 8), 1, "day-month-year"),
    ("on Dec. 5", dt.date(2024, 12, 5), 1, "month-day-year"),
    ("on November 27, 2024", dt.date(2024, 11, 27), 1, "month-day-year"),
    ("on 2024-11-30", dt.date(2024, 11, 30), 1, "iso"),
    ("on December 30", dt.date(2023, 12, 30), 1, "month-day-year"),  # never after publication
    ("overran the town last August", dt.date(2024, 8, 1), 3, "month"),
    ("a truce signed last December", dt.date(2023, 12, 1), 3, "month"),  # (told in December: the one before)
    ("raided the town overnight on Friday", dt.date(2024, 12, 6), 1, "weekday"),  # (the night told, not today)
    ("shelled the port overnight", MONDAY, 1, "today"),
])
def test_date_rules(text, date, precision, rule):
    found = find_dates(text, MONDAY)
    assert [(f.date, f.precision, f.rule) for f in found] == [(date, precision, rule)]


def test_no_publication_date_means_relative_dates_are_unknown():
    assert find_dates("fell on Sunday", None)[0].date is None
    assert find_dates("on 8 December 2024", None)[0].date == dt.date(2024, 12, 8)
    assert find_dates("on February 30, 2024", MONDAY) == []  # not a date


def test_a_month_inside_a_word_is_no_date():
    assert find_dates("captured the village of Novohrodivka on Monday", MONDAY)[0].rule == "weekday"
    assert [f.rule for f in find_dates("in Novi Sad, Decatur and Mayfield", MONDAY)] == []


def test_overnight_is_the_report_day_early():
    found = find_dates("Overnight, drones struck the city", MONDAY)
    assert [(f.date, f.rule, f.part) for f in found] == [(MONDAY, "today", 0)]
    assert find_dates("an overnight curfew", MONDAY) == []


def test_a_span_before_after_or_before():
    from conflictmap.events.dates import span_before

    assert span_before("The advance came a week after ") == (7, 2, "a week")
    assert span_before("It fell three days before ") == (3, 1, "three days")
    assert span_before("It fell after ") is None
    assert span_before("retook Gao on Sunday, nearly ten months after ") == (300, 3, "ten months")
    assert span_before("recaptured Kidal, more than a year after ") == (365, 3, "a year")


def test_a_date_that_is_none_is_no_year_either():
    assert find_dates("on February 30, 2024", MONDAY) == []


def test_mid_month_with_a_hyphen_is_the_month():
    (f,) = find_dates("The gangs had taken the town in mid-March.", dt.date(2025, 4, 2))
    assert (f.date, f.precision) == (dt.date(2025, 3, 1), 3)


def test_an_undated_happening_takes_the_day_of_the_lead_before_the_first_dated_one(process):
    text = ("TRIPOLI, May 12 - Forces loyal to a rebel general pressed their offensive on the capital on Sunday. His "
            "air wing said it had carried out its first air strike on Misrata. The offensive began on Thursday when "
            "his units took Gharyan.")
    strike = next(e for e in process(text, published="2024-05-14").events if e.location == "Misrata")
    assert strike.event_date == dt.date(2024, 5, 12)  # (its "first" is no time: not "had first taken")


def test_a_week_earlier_counts_back_from_the_day_the_taking_before_was_said(process):
    text = "Rebels said on Saturday they had taken control of Gao. They took Bourem a week earlier."
    days = {e.location: e.event_date for e in process(text, published="2024-03-18").events if not e.is_context}
    assert days == {"Gao": dt.date(2024, 3, 16), "Bourem": dt.date(2024, 3, 9)}


def test_today_and_overnight_count_from_the_datelines_day_not_the_papers(process):
    text = ("KABUL, Oct 1 (Reuters) - Afghan forces retook the centre of Kunduz from the Taliban on Thursday. "
            "Special forces entered the city overnight and cleared the main square.")
    retaken = [e for e in process(text, published="2015-10-02").events if not e.is_context]
    assert [(e.location, e.event_date) for e in retaken] == [("Kunduz", dt.date(2015, 10, 1))]  # (one, not two)


def test_a_weekday_with_its_date_written_out_is_that_date():
    found = find_dates("The army retook the town on Saturday, July 13, from the rebels.", dt.date(2024, 7, 20))
    assert [(f.date, f.precision) for f in found] == [(dt.date(2024, 7, 13), 1)]  # (not the Saturday of the paper)


def test_earlier_in_the_week_or_month_is_its_first_day_before_the_days_told_after():
    thursday = dt.date(2024, 12, 12)
    for text, date, precision in (("took Oum Hadjer earlier in the week", dt.date(2024, 12, 9), 2),
                                  ("earlier this week", dt.date(2024, 12, 9), 2),
                                  ("this week", thursday, 2),
                                  ("Earlier in the month, they had retaken it", dt.date(2024, 12, 1), 3)):
        assert [(f.date, f.precision) for f in find_dates(text, thursday)] == [(date, precision)], text


def test_a_month_long_date_stands_for_a_day_of_its_part_of_the_month():
    from conflictmap.events.dates import in_its_month
    [late] = find_dates("in late October", dt.date(2021, 12, 7))
    [early] = find_dates("in early October", dt.date(2021, 12, 7))
    [whole] = find_dates("in October", dt.date(2021, 12, 7))
    [day] = find_dates("on Oct. 30", dt.date(2021, 12, 7))
    assert in_its_month(late, day) and in_its_month(whole, day) and not in_its_month(early, day)
    assert not in_its_month(day, late)  # (the month-long one first)


def test_the_past_day_is_today_and_no_history():
    (d,) = find_dates("repelled 18 attacks in the past day", MONDAY)
    assert (d.date, d.rule) == (MONDAY, "today")
    assert find_dates("on the last day of the talks", MONDAY) == []
