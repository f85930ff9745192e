import pytest

from conflictmap.actors import ActorMatcher, load_actors


def test_actors_aliases_and_generic_references(actors):
    matcher = ActorMatcher(actors)
    found = matcher.find("Hayat Tahrir al-Sham [HTS] drove the Syrian Army out; the militants advanced.")
    assert [m.actor.name if m.actor else None for m in found] == [
        "Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", "Military Forces of Syria", None]
    assert matcher.find("hts is a word") == []  # lower-case 'hts' is not the acronym


def test_actors_file_errors(tmp_path):
    from conflictmap.errors import DataFileError

    (tmp_path / "a.csv").write_text("actor,aliases,kind\nX,X,warlord\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="kind must be"):
        load_actors(tmp_path / "a.csv")
