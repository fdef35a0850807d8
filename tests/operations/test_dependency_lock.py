"""The lock files: every package pinned with hashes, generated from input
files that name every package the code imports, and up to date with them.

(That a fresh install gives exactly the lock is checked by `make
lock-check` in .ci/run, on CI's fresh virtualenv.)
"""

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIRST_PARTY = {"config", "consult", "home", "forums", "recommendations", "tests", "bench", "control"}
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\#]+)")


def normalise(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(path):
    """{name: version} of the requirement lines of ``path`` (options and comments skipped)."""
    found = {}
    for line in (ROOT / path).read_text().splitlines():
        if match := PIN.match(line.strip()):
            found[normalise(match.group(1))] = match.group(2)
    return found


def imported_top_level_modules(folders):
    modules = set()
    for folder in folders:
        for path in (ROOT / folder).rglob("*.py"):
            if "node_modules" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(), str(path))):
                if isinstance(node, ast.Import):
                    modules.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    modules.add(node.module.split(".")[0])
    return modules - set(sys.stdlib_module_names) - FIRST_PARTY


@pytest.mark.parametrize("lock", ["requirements.txt", "requirements-dev.txt"])
def test_every_locked_package_is_pinned_with_its_hashes(lock):
    text = (ROOT / lock).read_text()
    assert "--hash=sha256:" in text, f"{lock} is not a lock with hashes: run `make lock`"
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 1)[1])
    for block in blocks:
        if block.startswith(("#", "-")) or not block.strip():
            continue
        assert PIN.match(block), f"not pinned with ==: {block.splitlines()[0]}"
        assert "--hash=sha256:" in block, f"no hash: {block.splitlines()[0]}"


@pytest.mark.parametrize(
    ("source", "lock"), [("requirements.in", "requirements.txt"), ("requirements-dev.in", "requirements-dev.txt")]
)
def test_the_lock_is_up_to_date_with_its_input_file(source, lock):
    wanted, locked = pins(source), pins(lock)
    if source == "requirements-dev.in":
        wanted |= pins("requirements.in")
    stale = {name: (version, locked.get(name)) for name, version in wanted.items() if locked.get(name) != version}
    assert not stale, f"{lock} does not hold what {source} asks (wanted, locked): {stale}; run `make lock`"


def test_the_dev_lock_keeps_the_production_versions():
    production, development = pins("requirements.txt"), pins("requirements-dev.txt")
    differing = {name: (v, development.get(name)) for name, v in production.items() if development.get(name) != v}
    assert not differing


def test_every_imported_package_is_named_in_an_input_file():
    """A package the code imports must be chosen, not arrive through another's range."""
    distributions = packages_distributions()
    named_for_running = set(pins("requirements.in"))
    named_for_testing = named_for_running | set(pins("requirements-dev.in"))
    for folders, named, source in [
        (["config", "consult", "home", "forums", "recommendations"], named_for_running, "requirements.in"),
        (["tests"], named_for_testing, "requirements-dev.in"),
    ]:
        missing = {}
        for module in imported_top_level_modules(folders):
            owners = {normalise(name) for name in distributions.get(module, [])}
            if not owners & named:
                missing[module] = sorted(owners) or ["(not installed)"]
        assert not missing, f"imported but not named in {source}: {missing}"
