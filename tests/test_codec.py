"""The build cache's form: a result goes to JSON and comes back equal; nothing else comes back."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conflictmap.geoparser.parser import Toponym
from conflictmap.store import codec


def test_an_article_result_comes_back_equal(seed_build):
    seed_result = seed_build[1].articles[0]
    blob = codec.dumps(seed_result)
    again = codec.loads(blob)
    assert again == seed_result and type(again) is type(seed_result)
    assert codec.dumps(again) == blob  # (and it writes the same bytes again)
    assert b"pickle" not in blob and blob.startswith(b'{"format":')


def test_the_containers_and_values_it_knows_keep_their_types():
    t = Toponym(0, 5, "Homs", 34.7, 36.7, 169577, "SY", "place", "Homs", 775404)
    value = {"tuple": (1, 2.5, None), "list": [t], 3: dt.date(2024, 12, 8), "when": dt.datetime(2024, 12, 8, 6),
             "nan": float("inf"), "set": {"a", "b"}, "frozen": frozenset({1})}
    back = codec.loads(codec.dumps(value))
    assert back == value and isinstance(back["tuple"], tuple) and isinstance(back["list"], list)
    assert type(back["when"]) is dt.datetime and type(back[3]) is dt.date and back["list"][0] == t


@pytest.mark.parametrize("name", [
    "os:system", "builtins:eval", "subprocess:Popen",  # not this package
    "conflictmap.store.files:atomic_write_text",  # this package, but not a value class
    "conflictmap:__version__", "conflictmapx.evil:Thing", "conflictmap.nope:Thing",
    "conflictmap.__main__:Thing",  # (a name never imports: importing this one would run the CLI)
])
def test_a_class_name_outside_the_packages_value_classes_is_refused(name):
    blob = json.dumps({"format": codec.FORMAT, "value": {"d": name, "v": ["echo owned"]}}).encode()
    with pytest.raises(codec.CodecError):
        codec.loads(blob)


@pytest.mark.parametrize("blob", [
    b"\x80\x04\x95", b"", b"[]", b'{"format": 99, "value": 1}',
    b'{"format": 1, "value": {"d": "conflictmap.geoparser.parser:Toponym", "v": [1, 2]}}',  # wrong field count
    b'{"format": 1, "value": {"zz": 1}}', b'{"format": 1, "value": {}}',
    b'{"format": 1, "value": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",  # deeper than JSON reading goes
])
def test_anything_else_is_one_codec_error(blob):
    with pytest.raises(codec.CodecError):
        codec.loads(blob)


def test_a_type_it_does_not_know_is_not_written():
    with pytest.raises(TypeError, match="cannot keep"):
        codec.dumps({"a": object()})
