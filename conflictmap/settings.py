"""Every setting in one declared place: name, default, help. Read from ``CONFLICTMAP_*`` environment variables.

The README's settings table is generated from :data:`SETTINGS` (``python -m conflictmap settings``).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import SettingsError

PREFIX = "CONFLICTMAP_"


@dataclass(frozen=True)
class Setting:
    name: str  # without the prefix, e.g. "DATA_DIR"
    default: str
    help: str
    kind: str = "str"  # str | path | bool | int

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
    Setting("MERGE_DAYS", "2", "How many days apart two articles may date one capture of a place and still be "
            "merged into one event (other events merge only on the same day, as in ACLED). 0: same day only.",
            "int"),
    Setting("DUCKDB_EVENTS", "250000", "From this many events on, the dashboard queries the Parquet index "
            "(events.parquet/) through DuckDB instead of holding every event in memory.", "int"),
)

_BY_NAME = {s.name: s for s in SETTINGS}
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def raw(name: str, environ: Mapping[str, str] | None = None) -> str:
    setting = _BY_NAME[name]
    env = os.environ if environ is None else environ
    return env.get(setting.env, setting.default)


def get_str(name: str, environ: Mapping[str, str] | None = None) -> str:
    return raw(name, environ).strip()


def get_path(name: str, environ: Mapping[str, str] | None = None) -> Path:
    return Path(raw(name, environ)).expanduser()


def get_bool(name: str, environ: Mapping[str, str] | None = None) -> bool:
    value = raw(name, environ).strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise SettingsError(f"{PREFIX}{name} must be on or off, got {value!r}: set it to on or off")


def get_int(name: str, environ: Mapping[str, str] | None = None) -> int:
    value = raw(name, environ).strip()
    try:
        number = int(value)
    except ValueError:
        raise SettingsError(f"{PREFIX}{name} must be a whole number, got {value!r}") from None
    if number <= 0:
        raise SettingsError(f"{PREFIX}{name} must be positive, got {number}")
    return number


def cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    configured = get_str("CACHE_DIR", environ)
    if configured:
        return Path(configured).expanduser()
    base = (os.environ if environ is None else environ).get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "conflictmap"


def nominatim_agent(environ: Mapping[str, str] | None = None) -> str:
    """The User-Agent for Nominatim, which must be set when Nominatim is on."""
    agent = get_str("USER_AGENT", environ)
    if not agent:
        raise SettingsError(f"{PREFIX}NOMINATIM is on but {PREFIX}USER_AGENT is empty; set it to something that "
                            "identifies you, e.g. 'conflictmap/0.1 (you@example.org)'")
    return agent


def markdown_table() -> str:
    lines = ["| variable | default | what it does |", "| --- | --- | --- |"]
    for s in SETTINGS:
        default = f"`{s.default}`" if s.default else "(empty)"
        lines.append(f"| `{s.env}` | {default} | {s.help} |")
    return "\n".join(lines)
