import pytest

from conflictmap import settings
from conflictmap.errors import SettingsError
from conflictmap.settings import Settings


def test_defaults_and_environment():
    assert str(Settings.from_env({}).data_dir) == "data"
    assert str(Settings.from_env({"CONFLICTMAP_DATA_DIR": "/x"}).data_dir) == "/x"
    assert Settings.from_env({}).nominatim is False
    assert Settings.from_env({"CONFLICTMAP_NOMINATIM": "ON"}).nominatim is True
    assert Settings.from_env({}).max_article_bytes == 20_000_000
    assert Settings.from_env({}) == Settings.from_env({})  # a value: equal settings compare equal


def test_the_cache_folder_follows_its_setting_then_xdg():
    assert Settings.from_env({"CONFLICTMAP_CACHE_DIR": "/c"}).cache_dir.as_posix() == "/c"
    assert Settings.from_env({"XDG_CACHE_HOME": "/x"}).cache_dir.as_posix() == "/x/conflictmap"


def test_merge_days_zero_means_same_day_only():
    assert Settings.from_env({"CONFLICTMAP_MERGE_DAYS": "0"}).merge_days == 0
    with pytest.raises(SettingsError, match="at least 0"):
        Settings.from_env({"CONFLICTMAP_MERGE_DAYS": "-1"})
    with pytest.raises(SettingsError, match="positive"):
        Settings.from_env({"CONFLICTMAP_MAX_ARTICLE_BYTES": "0"})


def test_bad_values_say_what_is_expected():
    with pytest.raises(SettingsError, match="CONFLICTMAP_NOMINATIM must be on or off"):
        Settings.from_env({"CONFLICTMAP_NOMINATIM": "sometimes"})
    with pytest.raises(SettingsError, match="whole number"):
        Settings.from_env({"CONFLICTMAP_MAX_ARTICLE_BYTES": "lots"})


def test_nominatim_needs_a_user_agent_only_when_asked():
    on = Settings.from_env({"CONFLICTMAP_NOMINATIM": "on"})  # reading the settings is fine...
    with pytest.raises(SettingsError, match="USER_AGENT is empty"):
        on.nominatim_agent()  # ...asking Nominatim without saying who you are is not
    assert Settings.from_env({"CONFLICTMAP_USER_AGENT": "me"}).nominatim_agent() == "me"


def test_readme_documents_every_setting():
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for s in settings.SETTINGS:
        assert s.env in readme, f"{s.env} is not in the README"
    assert settings.markdown_table() in readme, "the README's settings table is not settings.markdown_table()"


def test_the_default_cache_folder_is_the_users_not_the_working_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert Settings().cache_dir == tmp_path / ".cache" / "conflictmap"
    assert Settings.from_env({"HOME": str(tmp_path)}).cache_dir == tmp_path / ".cache" / "conflictmap"
