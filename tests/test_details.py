from conflictmap.store.dataset import load_dataset
from conflictmap.ui.details import details_markdown, events_at, markdown_text


def test_markdown_text_shows_text_as_written():
    out = markdown_text("[click](javascript:alert(1)) *bold* <b>x</b> `code` # h")
    assert "\\[click\\]\\(javascript:alert\\(1\\)\\)" in out and "\\*bold\\*" in out and "\\<b\\>" in out


def test_events_at_a_clicked_point(seed_build):
    ev = load_dataset(seed_build[0]).events
    here = events_at(ev, 33.5102, 36.29128)  # Damascus
    assert set(here["location"]) == {"Damascus"} and here.iloc[0]["event_type"] != "Context"
    assert events_at(ev, 0.0, 0.0).empty


def test_details_markdown_bolds_the_place_and_says_what_dated_it(seed_build):
    ev = load_dataset(seed_build[0]).events
    damascus = ev[(ev["location"] == "Damascus") & (ev["event_type"] == "Battles")].iloc[0].to_dict()
    md = details_markdown(damascus)
    assert "**Damascus**" in md and "dated by the text" in md and "placed by gazetteer" in md


def test_details_say_how_many_were_killed(seed_build):
    ev = load_dataset(seed_build[0]).events
    row = ev[ev["location"] == "Aleppo"].iloc[0].to_dict()
    assert "killed" not in details_markdown(row)
    assert "**7 killed**" in details_markdown({**row, "fatalities": 7})
