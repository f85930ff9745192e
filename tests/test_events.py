import datetime as dt

import pytest

from conflictmap.events import BATTLES, CONTEXT, NSA_TAKEOVER, REMOTE, STRATEGIC, ActorMatcher, classify, \
    date_for, find_dates, load_actors, merge_events
from conflictmap.build import process_article
from conflictmap.geocoding import make_chain

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
])
def test_date_rules(text, date, precision, rule):
    found = find_dates(text, MONDAY)
    assert [(f.date, f.precision, f.rule) for f in found] == [(date, precision, rule)]


def test_no_publication_date_means_relative_dates_are_unknown():
    assert find_dates("fell on Sunday", None)[0].date is None
    assert find_dates("on 8 December 2024", None)[0].date == dt.date(2024, 12, 8)
    assert find_dates("on February 30, 2024", MONDAY) == []  # not a date


def test_date_attaches_to_its_clause():
    sentence = "They launched the push last week and took villages before entering Wad Madani."
    dates = find_dates(sentence, MONDAY)
    assert date_for(sentence, sentence.index("Wad"), dates) is None
    assert date_for(sentence, sentence.index("villages"), dates).rule == "last-week"


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


def test_adjectives_are_never_where_it_happened():
    s = "Syrian militants seized control of Damascus."
    kinds = classify(s, [(0, 6, True), (s.index("Damascus"), s.index("Damascus") + 8, False)])
    assert kinds[0] is None and kinds[1].sub_event_type == NSA_TAKEOVER


def test_origin_is_first_place_after_from():
    s = "The group launched an offensive from the province of Idlib in northern Syria."
    i, j = s.index("Idlib"), s.index("Syria")
    kinds = classify(s, [(i, i + 5, False), (j, j + 5, False)])
    assert kinds[0].role == "origin" and kinds[1] is None


def test_actors_aliases_and_generic_references(actors):
    matcher = ActorMatcher(actors)
    found = matcher.find("Hayat Tahrir al-Sham [HTS] drove the Syrian Army out; the militants advanced.")
    assert [m.actor.name if m.actor else None for m in found] == [
        "Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", "Military Forces of Syria", None]
    assert matcher.find("hts is a word") == []  # lower-case 'hts' is not the acronym


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


def test_other_articles_never_get_dates_the_text_does_not_support(parser, actors, tmp_path):
    from conftest import ARTICLES
    from conflictmap.articles import read_article

    for path in sorted(ARTICLES.glob("*.md")):
        article = read_article(path)
        result = process_article(article, make_chain(tmp_path, {}, gazetteer=parser.gaz), actors, parser)
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


def test_actors_file_errors(tmp_path):
    from conflictmap.errors import DataFileError

    (tmp_path / "a.csv").write_text("actor,aliases,kind\nX,X,warlord\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="kind must be"):
        load_actors(tmp_path / "a.csv")


def test_a_place_that_only_says_where_the_last_one_is_is_context():
    text = "The RSF took control of Wad Madani, the capital of Gezira state, and Saraqib, 15 km east of Idlib."
    names = ["Wad Madani", "Gezira", "Saraqib", "Idlib"]
    kinds = classify(text, [(text.index(n), text.index(n) + len(n), False) for n in names])
    assert [k is not None for k in kinds] == [True, False, True, False]
    listed = "Rebels captured Aleppo, Hama and Homs."
    assert all(classify(listed, [(listed.index(n), listed.index(n) + len(n), False)
                                 for n in ("Aleppo", "Hama", "Homs")]))
