"""The shape of the house, read from the code's own imports.

Every import of the four apps is read from the source (module level and
inside functions alike: an import inside a function still ties two modules
together, it only hides the circle until run time). The tests fail on an
import circle, on a module taking another module's private name, and on an
import that runs against the floors DESIGN.md draws:

    config  ->  home  ->  forums, recommendations  ->  consult
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ("consult", "home", "forums", "recommendations")
# Which apps each app may import (itself included).
MAY_IMPORT = {
    "consult": {"consult"},
    "forums": {"forums", "consult", "recommendations"},
    "recommendations": {"recommendations", "consult"},
    "home": {"home", "forums", "recommendations", "consult"},
}


def _module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _source_files():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


MODULES = {_module_name(path): path for path in _source_files()}


def _package_of(module, path):
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def _resolve(module, path, node):
    """The project modules an import statement reads, with the names it takes."""
    if isinstance(node, ast.Import):
        return [(alias.name, None) for alias in node.names if alias.name.split(".")[0] in APPS]
    base = node.module or ""
    if node.level:
        package = _package_of(module, path)
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{base}" if base else package
    if base.split(".")[0] not in APPS:
        return []
    found = []
    for alias in node.names:
        submodule = f"{base}.{alias.name}"
        if submodule in MODULES:
            found.append((submodule, None))
        else:
            found.append((base, alias.name))
    return found


def _imports():
    """module -> list of (imported module, name taken or None, line)."""
    graph = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(), filename=str(path))
        edges = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                for target, name in _resolve(module, path, node):
                    while target not in MODULES and "." in target:
                        target = target.rpartition(".")[0]
                    if target in MODULES and target != module:
                        edges.append((target, name, node.lineno))
        graph[module] = edges
    return graph


GRAPH = _imports()


def _circles(graph):
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = iter(range(10**9))

    def visit(node):
        index[node] = low[node] = next(counter)
        stack.append(node)
        on_stack.add(node)
        for target, _name, _line in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _is_package_of(importer, target):
    """A package's __init__ re-exporting its own modules is not a circle of two topics."""
    return importer.startswith(target + ".") and MODULES[target].name == "__init__.py"


def test_no_app_has_an_import_circle():
    graph = {module: [edge for edge in edges if not _is_package_of(module, edge[0])] for module, edges in GRAPH.items()}
    circles = _circles(graph)
    assert circles == [], "import circles:\n" + "\n".join(" <-> ".join(circle) for circle in circles)


def test_no_module_takes_a_private_name_from_another_module():
    private = [
        f"{module}:{line} takes {name} from {target}"
        for module, edges in GRAPH.items()
        for target, name, line in edges
        if name and name.startswith("_") and not name.startswith("__")
    ]
    assert private == []


def test_no_module_reads_a_private_name_through_another_module():
    """``services._require(...)`` is the same private import, written as an attribute."""
    found = []
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(), filename=str(path))
        aliases = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom | ast.Import):
                for (target, name), alias in zip(_resolve(module, path, node), node.names, strict=False):
                    if name is None and target in MODULES and target != module:
                        aliases[alias.asname or alias.name.split(".")[-1]] = target
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id in aliases
                and node.attr.startswith("_")
                and not node.attr.startswith("__")
            ):
                found.append(f"{module}:{node.lineno} reads {aliases[node.value.id]}.{node.attr}")
    assert found == []


@pytest.mark.parametrize("app", APPS)
def test_imports_run_one_way_between_apps(app):
    against = [
        f"{module}:{line} imports {target}"
        for module, edges in GRAPH.items()
        if module.split(".")[0] == app
        for target, _name, line in edges
        if target.split(".")[0] not in MAY_IMPORT[app]
    ]
    assert against == []


def test_the_graph_sees_the_imports_it_should():
    """The walk itself: a known import of each kind is found."""
    assert any(target == "consult.outbox" for target, _n, _l in GRAPH["consult.notifications"])
    assert any(target == "consult.refusals" for target, _n, _l in GRAPH["consult.text"])
