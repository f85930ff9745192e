"""Every setting in one declared place: name, default, help. Read once from ``CONFLICTMAP_*`` environment variables
into one frozen :class:`Settings` value, which the CLI and the app pass down (nothing below them reads the
environment).

The README's settings table is generated from :data:`SETTINGS` (``python -m conflictmap settings``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

from conflictmap.errors import SettingsError

PREFIX = "CONFLICTMAP_"


@dataclass(frozen=True)
class Setting:
    name: str  # without the prefix, e.g. "DATA_DIR"
    default: str
    help: str
    kind: str = "str"  # str | path | bool | int
    minimum: int = 1  # for an int: the smallest value accepted

    @property
    def env(self) -> str:
        return PREFIX + self.name


SETTINGS: tuple[Setting, ...] = (
    Setting("DATA_DIR", "data", "Folder the app reads and `conflictmap build` writes (events, cache, corrections).",
            "path"),
    Setting("ARTICLES_DIR", "seeds", "Folder of source articles that `conflictmap build` reads by default.", "path"),
    Setting("CACHE_DIR", "", "Where the compiled gazetteer index is kept (default: the user cache folder, "
            "e.g. ~/.cache/conflictmap).", "path"),
    Setting("NOMINATIM", "off", "`on` lets geocoding ask a Nominatim server for names the cache and gazetteer lack.",
            "bool"),
    Setting("NOMINATIM_URL", "https://nominatim.openstreetmap.org", "Base URL of the Nominatim server.", "str"),
    Setting("USER_AGENT", "", "User-Agent sent to Nominatim; required when NOMINATIM is on (say who you are, "
            "e.g. `conflictmap/0.1 (you@example.org)`).", "str"),
    Setting("MAX_ARTICLE_BYTES", "20000000", "Largest article file or upload accepted, in bytes.", "int"),
    Setting("ALLOW_PRIVATE_URLS", "off", "`on` lets the dashboard fetch article links on this machine's own "
            "networks (loopback, private, link-local); off, a hosted app cannot be used as a proxy into them. "
            "(`conflictmap add` always may.)", "bool"),
    Setting("ALLOW_SAVE", "off", "`on` offers the dashboard's \"Save it into the articles folder and rebuild\" "
            "button (it writes into ARTICLES_DIR and DATA_DIR). Set it where the app runs; leave it off on a hosted "
            "deployment: nothing a visitor's browser sends turns it on.", "bool"),
    Setting("FEED_MAX_ENTRIES", "50", "The most entries `conflictmap add --feed` fetches in one run (the rest wait "
            "for the next run).", "int"),
    Setting("FETCH_MAX_MB", "100", "The most megabytes one `conflictmap add` run fetches across its pages and "
            "feeds.", "int"),
    Setting("MERGE_DAYS", "2", "How many days apart two articles may date one capture of a place and still be "
            "merged into one event (other events merge only on the same day, as in ACLED). 0: same day only.",
            "int", minimum=0),
    Setting("GEONAMES_URL", "https://download.geonames.org/export/dump/", "Where `conflictmap gazetteer add CC` "
            "downloads GeoNames' country dumps from (CC.zip is added to it).", "str"),
    Setting("GEONAMES_MAX_MB", "500", "The largest GeoNames country dump `conflictmap gazetteer add` downloads, in "
            "megabytes.", "int"),
    Setting("BUILD_WAIT", "30", "How many seconds a build waits for another build of the same data folder to "
            "finish before it stops and says one is running.", "int", minimum=0),
    Setting("DUCKDB_EVENTS", "250000", "From this many events on, the dashboard queries the Parquet index "
            "(events.parquet/) through DuckDB instead of holding every event in memory.", "int"),
)

_BY_NAME = {s.name: s for s in SETTINGS}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


@dataclass(frozen=True)
class Settings:
    """The settings in force: one field per :data:`SETTINGS` entry (lower case), each already checked."""

    data_dir: Path = Path("data")
    articles_dir: Path = Path("seeds")
    cache_dir: Path = field(default_factory=lambda: user_cache_dir({}))  # CACHE_DIR, else the user cache folder
    nominatim: bool = False
    nominatim_url: str = "https://nominatim.openstreetmap.org"
    user_agent: str = ""
    max_article_bytes: int = 20_000_000
    allow_private_urls: bool = False
    allow_save: bool = False
    feed_max_entries: int = 50
    fetch_max_mb: int = 100
    merge_days: int = 2
    geonames_url: str = "https://download.geonames.org/export/dump/"
    geonames_max_mb: int = 500
    build_wait: int = 30
    duckdb_events: int = 250_000

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Every setting from ``environ`` (default: the process's environment); a value that cannot be used raises
        :class:`SettingsError` naming the variable."""
        env = os.environ if environ is None else environ
        values = {s.name.lower(): _parse(s, env.get(s.env, s.default)) for s in SETTINGS}
        values["cache_dir"] = values["cache_dir"] if str(values["cache_dir"]) not in ("", ".") else \
            user_cache_dir(env)
        return cls(**values)

    def nominatim_agent(self) -> str:
        """The User-Agent for Nominatim, which must be set when Nominatim is on."""
        if not self.user_agent:
            raise SettingsError(f"{PREFIX}NOMINATIM is on but {PREFIX}USER_AGENT is empty; set it to something "
                                "that identifies you, e.g. 'conflictmap/0.1 (you@example.org)'")
        return self.user_agent


def _parse(setting: Setting, raw: str):
    value = raw.strip()
    if setting.kind == "path":
        return Path(raw).expanduser()
    if setting.kind == "bool":
        if value.lower() in _TRUE:
            return True
        if value.lower() in _FALSE:
            return False
        raise SettingsError(f"{setting.env} must be on or off, got {value!r}: set it to on or off")
    if setting.kind == "int":
        try:
            number = int(value)
        except ValueError:
            raise SettingsError(f"{setting.env} must be a whole number, got {value!r}") from None
        if number < setting.minimum:
            floor = "positive" if setting.minimum == 1 else f"at least {setting.minimum}"
            raise SettingsError(f"{setting.env} must be {floor}, got {number}")
        return number
    return value


def user_cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """Where conflictmap keeps what it can make again (the gazetteer index): ``CONFLICTMAP_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/conflictmap``, else ``~/.cache/conflictmap``."""
    env = os.environ if environ is None else environ
    configured = env.get(_BY_NAME["CACHE_DIR"].env, "").strip()
    if configured:
        return Path(configured).expanduser()
    return Path(env.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")) / "conflictmap"


def markdown_table() -> str:
    lines = ["| variable | default | what it does |", "| --- | --- | --- |"]
    for s in SETTINGS:
        default = f"`{s.default}`" if s.default else "(empty)"
        lines.append(f"| `{s.env}` | {default} | {s.help} |")
    return "\n".join(lines)


assert {f.name for f in fields(Settings)} == {s.name.lower() for s in SETTINGS}, "Settings and SETTINGS disagree"
