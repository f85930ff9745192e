"""The package's shape, as the project keeps it: no import cycle inside the package, no function longer than
MAX_FUNCTION_LINES, no module longer than MAX_MODULE_LINES (data files and their generators aside)."""

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "conflictmap"
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 450
# one-off scripts that made data files
GENERATORS = {PACKAGE / "data" / f"make_{name}.py" for name in ("admin_regions", "districts", "country_points",
                                                                  "region_aliases", "gazetteer_index")}


def modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path in GENERATORS:
            continue
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that ``name`` imports, anywhere in it (a lazy import inside a function counts)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base_parts = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            for alias in node.names:
                found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
    return {m for m in found if m in known and m != name}


def test_no_import_cycle_inside_the_package():
    mods = modules()
    graph = {name: imports_of(name, path, set(mods)) for name, path in mods.items()}
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(m: str) -> None:
        state[m] = 1
        path.append(m)
        for n in sorted(graph[m]):
            if state.get(n) == 1:
                raise AssertionError("import cycle: " + " → ".join(path[path.index(n):] + [n]))
            if n not in state:
                visit(n)
        path.pop()
        state[m] = 2

    for m in sorted(graph):
        if m not in state:
            visit(m)


def test_functions_and_modules_are_short_enough_to_read():
    long_functions, long_modules = [], []
    for path in [*modules().values(), ROOT / "app.py"]:
        source = path.read_text(encoding="utf-8")
        if source.count("\n") > MAX_MODULE_LINES and path != ROOT / "app.py":
            long_modules.append(f"{path.relative_to(ROOT)}: {source.count(chr(10))} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    long_functions.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}: {lines} lines")
    assert not long_functions and not long_modules, long_functions + long_modules


# What each layer may import of the package (besides itself). Layers flow one way, down this table; the top-level
# modules errors and settings are the foundation every layer may use.
LAYERS = {
    "errors": set(),
    "settings": {"errors"},
    "articles": {"errors"},
    "geoparser": {"errors", "settings", "articles"},
    "syntax": {"errors"},
    "events": {"errors", "articles", "geoparser", "syntax"},
    "story": {"errors", "articles", "geoparser", "events", "syntax"},
    "store": {"errors", "settings", "articles", "geoparser", "events"},
    "pipeline": {"errors", "settings", "articles", "geoparser", "syntax", "events", "story", "store"},
    "build": {"errors", "settings", "articles", "geoparser", "events", "story", "store", "pipeline"},
    "web": {"errors", "settings", "articles", "store"},
    "ui": {"errors", "settings", "events", "store"},
    "cli": {"errors", "settings", "articles", "geoparser", "events", "story", "store", "pipeline", "build", "web"},
    "__main__": {"cli"},
    "conflictmap": set(),  # the package's __init__ (the version)
}


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def test_every_layer_imports_only_the_layers_below_it():
    mods = modules()
    assert {layer_of(m) for m in mods} <= set(LAYERS), "a new subpackage needs its row in LAYERS"
    wrong = []
    for name, path in mods.items():
        for target in imports_of(name, path, set(mods)):
            here, there = layer_of(name), layer_of(target)
            if there != here and there not in LAYERS[here] and target != "conflictmap":
                wrong.append(f"{name} imports {target}")
    assert not wrong, wrong


def test_the_geoparser_and_events_never_reach_the_product_around_them():
    """Stated separately, as the rule a reader looks for: the reusable layers never import the data folder's
    modules, the UI, the web or the build."""
    mods = modules()
    for name, path in mods.items():
        if layer_of(name) in ("geoparser", "events"):
            reached = {layer_of(t) for t in imports_of(name, path, set(mods))}
            assert not reached & {"store", "ui", "web", "build", "pipeline", "cli"}, (name, reached)
        if layer_of(name) == "syntax":  # (spaCy's types never leave it: the layers above read plain trees)
            assert {layer_of(t) for t in imports_of(name, path, set(mods))} <= {"errors", "syntax"}, name
        if layer_of(name) == "store":
            assert "ui" not in {layer_of(t) for t in imports_of(name, path, set(mods))}, name


def test_every_subpackage_says_what_it_is_for_and_what_it_may_import():
    for init in sorted(PACKAGE.glob("*/__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert len(doc) > 80 and "May import" in doc, f"{init.relative_to(ROOT)}: say what it is for and what it " \
                                                       "may import"


def test_no_function_is_too_branchy_to_follow():
    """Cyclomatic complexity at most 15 per function (ruff's C901, McCabe's measure)."""
    import subprocess
    import sys

    run = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--select", "C901", "--config",
                          "lint.mccabe.max-complexity = 15", "conflictmap", "app.py"],
                         cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-500:]


def test_the_readme_has_a_row_per_subpackage():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## How it works"):readme.index("## The dashboard")]
    subpackages = [p.parent.name for p in sorted(PACKAGE.glob("*/__init__.py"))]
    missing = [s for s in subpackages if f"`conflictmap/{s}/`" not in table]
    assert not missing, f"not in the README's 'How it works' table: {missing}"


def test_no_source_file_holds_a_control_character():
    """A "\\b" written into a non-raw string is a backspace, not a word boundary: a regex that silently never
    matches. No source file of the project holds a control character other than a line end or a tab."""
    files = [*PACKAGE.rglob("*.py"), *(ROOT / "tests").glob("**/test_*.py"), ROOT / "app.py",
             *(ROOT / "benchmarks").glob("*.py")]
    bad = [f"{p.relative_to(ROOT)}:{n}" for p in files for n, line in enumerate(p.read_text("utf-8").splitlines(), 1)
           if any(ord(c) < 32 and c not in "\t\r" for c in line)]
    assert bad == []
