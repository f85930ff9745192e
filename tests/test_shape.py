"""The package's shape, as the project keeps it: no import cycle inside the package, no function longer than
MAX_FUNCTION_LINES, no module longer than MAX_MODULE_LINES (data files and their generators aside)."""

import ast
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "conflictmap"
MAX_FUNCTION_LINES = 60
MAX_MODULE_LINES = 450
# one-off scripts that made data files
GENERATORS = {PACKAGE / "data" / f"make_{name}.py" for name in ("admin_regions", "districts", "country_points")}


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


def test_the_readme_names_every_module():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme[readme.index("## How it works"):readme.index("## The dashboard")]
    missing = [str(p.relative_to(ROOT)) for p in modules().values() if p.name != "__init__.py" and p.name not in table]
    assert not missing, f"not in the README's 'How it works' table: {missing}"
