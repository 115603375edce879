"""Who may import whom (DESIGN.md §2, ARCHITECTURE.md), read from the code's own imports.

domain ← sources ← store ← services ← ui ← app: a layer imports only its own and the
layers below it.  domain/, sources/ and store/ never import PySide6; services import no
widgets; nothing imports ``desktop.app`` but the entry point; no import cycles.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop"

# Lower numbers are lower layers.  The shared bits at the top of the package sit where
# their imports put them: ``environment`` and ``paths`` below everything, ``context`` and
# ``bootstrap`` (paths, logging, the database set-up) just above store.
LAYER_OF_PACKAGE = {"domain": 1, "sources": 2, "store": 3, "services": 5, "ui": 6, "tools": 7}
LAYER_OF_MODULE = {
    "desktop": 0,
    "desktop.environment": 0,
    "desktop.paths": 0,
    "desktop.context": 4,
    "desktop.bootstrap": 4,
    "desktop.cli": 7,
    "desktop.poll_cli": 7,
    "desktop.document_cli": 7,
    "desktop.smoke": 7,
    "desktop.app": 8,
    "desktop.__main__": 9,
}
LAYER_NAMES = {
    0: "base",
    1: "domain",
    2: "sources",
    3: "store",
    4: "bootstrap",
    5: "services",
    6: "ui",
    7: "entry points",
    8: "app",
    9: "__main__",
}
NO_QT = {"domain", "sources", "store"}
NO_SQL_IN = "desktop.ui"
# Widgets that still take funding rows as ORM objects; they move to a store read model
# with the funding work (their owners change them).
ORM_ROWS_STILL_IN = {
    "desktop.ui.funding_editor",
    "desktop.ui.charts.funding_chart",
    "desktop.ui.charts.compare_chart",
}


@dataclass(frozen=True)
class Import:
    importer: str
    target: str  # a module of the package, or the top-level name of another package
    line: int
    type_only: bool  # under ``if TYPE_CHECKING:``


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        found[module_name(path)] = path
    return found


def _type_checking_lines(tree: ast.Module) -> set[int]:
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.body:
                for sub in ast.walk(child):
                    if hasattr(sub, "lineno"):
                        lines.add(sub.lineno)
    return lines


def imports_of(name: str, path: Path, known: set[str]) -> Iterator[Import]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only = _type_checking_lines(tree)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        targets: list[str] = []
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                targets.append(full if full in known else base)
        for target in targets:
            if target.startswith("desktop"):
                while target not in known and "." in target:
                    target = target.rpartition(".")[0]
            yield Import(name, target, node.lineno, node.lineno in type_only)  # type: ignore[attr-defined]


def layer(name: str) -> int:
    if name in LAYER_OF_MODULE:
        return LAYER_OF_MODULE[name]
    return LAYER_OF_PACKAGE[name.split(".")[1]]


def all_imports() -> list[Import]:
    found = modules()
    known = set(found)
    return [imp for name, path in found.items() for imp in imports_of(name, path, known)]


def test_every_module_has_a_layer() -> None:
    for name in modules():
        layer(name)  # a new top-level module must be given its place above


def test_layers_import_only_downwards() -> None:
    breaches = []
    for imp in all_imports():
        if not imp.target.startswith("desktop"):
            continue
        if layer(imp.target) > layer(imp.importer):
            breaches.append(
                f"{imp.importer}:{imp.line} ({LAYER_NAMES[layer(imp.importer)]}) imports "
                f"{imp.target} ({LAYER_NAMES[layer(imp.target)]})"
            )
    assert breaches == []


def test_nothing_imports_the_composition_root() -> None:
    importers = {
        imp.importer for imp in all_imports() if imp.target == "desktop.app" and not imp.type_only
    }
    assert importers <= {"desktop.__main__"}


def test_domain_sources_and_store_know_no_qt_and_services_no_widgets() -> None:
    breaches = []
    for imp in all_imports():
        parts = imp.importer.split(".")
        room = parts[1] if len(parts) > 1 else ""
        pyside = imp.target.startswith("PySide6")
        if pyside and (room in NO_QT or layer(imp.importer) <= layer("desktop.bootstrap")):
            breaches.append(f"{imp.importer}:{imp.line} imports {imp.target}")
        if room == "services" and imp.target.startswith("PySide6.QtWidgets"):
            breaches.append(f"{imp.importer}:{imp.line} imports {imp.target}")
        if room == "services" and imp.target.startswith("desktop.ui"):
            breaches.append(f"{imp.importer}:{imp.line} imports {imp.target}")
    assert breaches == []


def test_widgets_reach_data_only_through_store_read_models() -> None:
    breaches = []
    for imp in all_imports():
        if not imp.importer.startswith(NO_SQL_IN) or imp.importer in ORM_ROWS_STILL_IN:
            continue
        if imp.target.split(".")[0] in ("sqlalchemy", "sqlmodel") or imp.target in (
            "desktop.store.tables",
            "desktop.store.fastread.connect",
        ):
            breaches.append(f"{imp.importer}:{imp.line} imports {imp.target}")
    assert breaches == []


def test_no_import_cycles() -> None:
    graph: dict[str, set[str]] = {name: set() for name in modules()}
    for imp in all_imports():
        if imp.target in graph and not imp.type_only and imp.target != imp.importer:
            if imp.target == "desktop":  # the package's face: names and version only
                continue
            graph[imp.importer].add(imp.target)
    cycles = [sorted(c) for c in strongly_connected(graph) if len(c) > 1]
    assert cycles == []


def strongly_connected(graph: dict[str, set[str]]) -> list[set[str]]:
    """Tarjan's algorithm, iteratively."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                found.append(component)
    return found


def test_the_rules_catch_a_breach(tmp_path: Path) -> None:
    """The reader sees what it must: an upward import, a lazy one included."""
    source = tmp_path / "x.py"
    source.write_text("def f():\n    from desktop.ui.main_window import MainWindow\n")
    known = set(modules())
    [found] = list(imports_of("desktop.store.x", source, known))
    assert found.target == "desktop.ui.main_window"
    assert layer(found.target) > layer("desktop.store.events")


# Who may touch the process environment besides ``environment.py``: the network layer's
# own mirror contract, and the self-test and screenshot tools, which set it up for the
# children they start.
ENVIRONMENT_ALLOWED = {
    "desktop.environment",
    "desktop.sources.http",
    "desktop.smoke",
    "desktop.tools.screenshots",
    "desktop.tools.funding_screenshots",
    "desktop.tools.offer_screenshots",
}


def test_environment_variables_are_read_in_one_place() -> None:
    breaches = []
    for name, path in modules().items():
        if name in ENVIRONMENT_ALLOWED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv"):
                breaches.append(f"{name}:{node.lineno} reads os.{node.attr}")
    assert breaches == []
