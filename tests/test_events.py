import datetime as dt

import pytest

from conflictmap.event_types import BATTLES, CONTEXT, NSA_TAKEOVER, REMOTE, STRATEGIC
from conflictmap.events import merge_events


def test_sentence_without_date_inherits_nothing(process):
    evs = process("Rebels seized Hama on Thursday. Rebels later captured Homs.").events
    by = {e.location: e for e in evs}
    assert by["Hama"].event_date == dt.date(2024, 12, 5)
    assert by["Homs"].event_date is None and by["Homs"].time_precision is None


@pytest.mark.parametrize("sentence, place, etype, sub", [
    ("Militants seized control of Damascus.", "Damascus", BATTLES, NSA_TAKEOVER),
    ("The government in Damascus fell to militants.", "Damascus", BATTLES, NSA_TAKEOVER),
    ("Jets carried out air strikes on Idlib.", "Idlib", REMOTE, "Air/drone strike"),
    ("Artillery shelling hit Aleppo.", "Aleppo", REMOTE, "Shelling/artillery/missile attack"),
    ("Heavy clashes near Hama.", "Hama", BATTLES, "Armed clash"),
    ("Thousands protested in Homs.", "Homs", "Protests", "Peaceful protest"),
    ("The sides signed a ceasefire in Vienna.", "Vienna", STRATEGIC, "Agreement"),
    ("The envoy is based in Vienna.", "Vienna", CONTEXT, "Place mentioned"),
])
def test_type_rules(process, sentence, place, etype, sub):
    evs = [e for e in process(sentence).events if e.location == place]
    assert [(e.event_type, e.sub_event_type) for e in evs] == [(etype, sub)]


def test_actor1_is_the_subject_and_actor2_the_object(process):
    text = ("An offensive was launched by Hayat Tahrir al-Sham. The militants drove the Syrian Army out of "
            "Aleppo.")
    ev = [e for e in process(text).events if e.location == "Aleppo"][0]
    assert ev.actor1 == "Hayat Tahrir al-Sham" and ev.actor2 == "Military Forces of Syria"


def test_repeated_mentions_merge_into_one_event(process):
    evs = process("Damascus fell to rebels on Sunday. Rebels seized control of Damascus. Crowds filled "
                    "Damascus.").events
    takeovers = [e for e in evs if e.sub_event_type == NSA_TAKEOVER]
    assert len(takeovers) == 1 and len(takeovers[0].excerpts) == 2
    assert takeovers[0].event_date == dt.date(2024, 12, 8)
    assert all("[[Damascus]]" in x for x in takeovers[0].excerpts)
    assert len({e.event_id for e in evs}) == len(evs)


def test_seed_events(seed_build):
    _, result = seed_build
    evs = result.events
    damascus = [e for e in evs if e.location == "Damascus" and e.sub_event_type == NSA_TAKEOVER]
    assert len(damascus) == 1
    assert damascus[0].event_date == dt.date(2024, 12, 8) and damascus[0].date_source == "text"
    assert damascus[0].actor1 == "Hayat Tahrir al-Sham"
    moscow = [e for e in evs if e.location == "Moscow" and e.event_type == STRATEGIC]
    assert moscow and moscow[0].event_date in (dt.date(2024, 12, 8), dt.date(2024, 12, 9))
    assert moscow[0].time_precision == 1
    vienna = [e for e in evs if e.location == "Vienna"]
    assert [e.event_type for e in vienna] == [CONTEXT]
    assert all(e.excerpts and all(x.strip() for x in e.excerpts) for e in evs)


def test_other_articles_never_get_dates_the_text_does_not_support(pipeline):
    from conftest import ARTICLES
    from conflictmap.articles import read_article

    for path in sorted(ARTICLES.glob("*.md")):
        article = read_article(path)
        result = pipeline.process(article)
        assert result.events, path
        for e in result.events:
            assert e.excerpts
            if e.event_date:
                assert e.date_source == "text" and e.date_text
                assert e.event_date <= article.published


def test_merge_keeps_distinct_dates_apart(seed_build):
    from dataclasses import replace

    ev = [e for e in seed_build[1].events if e.location == "Damascus" and e.sub_event_type == NSA_TAKEOVER][0]
    other = replace(ev, event_date=dt.date(2024, 12, 1), mentions=((1, 2),))
    assert len(merge_events([ev, other])) == 2
    assert len(merge_events([ev, replace(other, event_date=None)])) == 1
