import pytest

from conflictmap import settings
from conflictmap.errors import SettingsError


def test_defaults_and_environment():
    assert str(settings.get_path("DATA_DIR", {})) == "data"
    assert str(settings.get_path("DATA_DIR", {"CONFLICTMAP_DATA_DIR": "/x"})) == "/x"
    assert settings.get_bool("NOMINATIM", {}) is False
    assert settings.get_bool("NOMINATIM", {"CONFLICTMAP_NOMINATIM": "ON"}) is True
    assert settings.get_int("MAX_ARTICLE_BYTES", {}) == 20_000_000


def test_bad_values_say_what_is_expected():
    with pytest.raises(SettingsError, match="on or off"):
        settings.get_bool("NOMINATIM", {"CONFLICTMAP_NOMINATIM": "sometimes"})
    with pytest.raises(SettingsError, match="whole number"):
        settings.get_int("MAX_ARTICLE_BYTES", {"CONFLICTMAP_MAX_ARTICLE_BYTES": "lots"})


def test_readme_documents_every_setting():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for s in settings.SETTINGS:
        assert s.env in readme, f"{s.env} is not in the README"
