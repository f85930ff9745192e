"""The package's value objects as JSON, and back: how a build keeps an article's result in the data folder.

A data folder is something people share and commit, so nothing in it is a format that runs code when read (no
pickle). A result is frozen dataclasses, lists, tuples, dicts, dates and numbers; each dataclass is written as its
class's name and its fields' values in order, and read back only if the name is a dataclass of this package with
those fields, from a module already imported — anything else is a :class:`CodecError` (the caller reads the article again).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import sys
from functools import lru_cache

from conflictmap.errors import ConflictmapError

PACKAGE = "conflictmap"
FORMAT = 1  # bump when the form below changes


class CodecError(ConflictmapError, ValueError):
    """Bytes that are not a value this package wrote (or wrote with another form)."""


def dumps(value) -> bytes:
    """``value`` as UTF-8 JSON bytes (a :class:`TypeError` for a type the form does not have)."""
    return json.dumps({"format": FORMAT, "value": _plain(value)}, ensure_ascii=False, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def loads(blob: bytes):
    """The value :func:`dumps` wrote, or a :class:`CodecError`."""
    try:
        doc = json.loads(blob, object_hook=_tagged)  # (bottom-up, driven by the C decoder: quick to restore)
    except (ValueError, RecursionError) as exc:
        raise CodecError(f"not a value of this package ({type(exc).__name__}: {str(exc)[:120]})") from None
    except (KeyError, TypeError, IndexError, AttributeError) as exc:
        raise CodecError(f"not a value of this package ({type(exc).__name__}: {str(exc)[:120]})") from None
    if not isinstance(doc, _Document) or doc.get("format") != FORMAT:
        raise CodecError(f"expected form {FORMAT}, got {doc.get('format') if isinstance(doc, dict) else '?'}")
    return doc["value"]


class _Document(dict):
    """The outer object ``{"format": …, "value": …}`` (every other JSON object is a tagged value)."""


def _plain(v):
    if v is None or isinstance(v, (bool, int, str)):
        return v
    if isinstance(v, float):
        return v if math.isfinite(v) else {"f": repr(v)}  # (nan, inf: JSON has no word for them)
    if isinstance(v, list):
        return [_plain(x) for x in v]
    if isinstance(v, tuple):
        return {"t": [_plain(x) for x in v]}
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        cls = type(v)
        return {"d": f"{cls.__module__}:{cls.__qualname__}",
                "v": [_plain(getattr(v, f.name)) for f in dataclasses.fields(v)]}
    if isinstance(v, dt.datetime):
        return {"dt": v.isoformat()}
    if isinstance(v, dt.date):
        return {"date": v.isoformat()}
    if isinstance(v, dict):
        return {"m": [[_plain(k), _plain(x)] for k, x in v.items()]}
    if isinstance(v, (set, frozenset)):
        return {"s" if isinstance(v, set) else "fs": sorted((_plain(x) for x in v), key=repr)}
    raise TypeError(f"cannot keep a {type(v).__name__} in the build cache")


def _tagged(v: dict):
    """One JSON object, its contents already restored, as the value its tag says."""
    if "format" in v and "value" in v and len(v) == 2:
        return _Document(v)
    if len(v) == 2 and "d" in v:
        cls, values = _dataclass(v["d"]), v["v"]
        fields = _fields(cls)
        if type(values) is not list or len(values) != len(fields):
            raise ValueError(f"{v['d']} has {len(fields)} fields, not {len(values) if type(values) is list else '?'}")
        obj = object.__new__(cls)  # (no __init__/__post_init__ runs: the fields are set as they were)
        for name, x in zip(fields, values):
            object.__setattr__(obj, name, x)
        return obj
    if len(v) != 1:
        raise ValueError(f"unexpected keys {sorted(v)}")
    (tag, body), = v.items()
    if tag == "t":
        return tuple(body)
    if tag == "date":
        return dt.date.fromisoformat(body)
    if tag == "dt":
        return dt.datetime.fromisoformat(body)
    if tag == "m":
        return {k: x for k, x in body}
    if tag == "s":
        return set(body)
    if tag == "fs":
        return frozenset(body)
    if tag == "f":
        return float(body)
    raise ValueError(f"unknown tag {tag!r}")


@lru_cache(maxsize=None)
def _dataclass(name: str) -> type:
    """The dataclass named ``module:Qualname`` in a module of this package that is already imported (a name never
    imports anything: importing a module can run code)."""
    module, _, qualname = str(name).partition(":")
    if not (module == PACKAGE or module.startswith(PACKAGE + ".")) or not qualname:
        raise ValueError(f"{name!r} is not a class of this package")
    obj = sys.modules.get(module)
    if obj is None:
        raise ValueError(f"{name!r}: no such module of this package is in use")
    for part in qualname.split("."):
        obj = getattr(obj, part)
    if not (isinstance(obj, type) and dataclasses.is_dataclass(obj)):
        raise ValueError(f"{name!r} is not a value class")
    return obj


@lru_cache(maxsize=None)
def _fields(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))
