"""The core packages never import Qt: nndesk.engine uses numpy + stdlib, nndesk.project adds only the engine.

The headless commands (nndesk.commands) import no Qt when they are loaded: ``nndesk --version`` and
``nndesk train`` stay light. A command that needs Qt (a PDF export, say) imports it inside its run function.

Two independent checks, because each misses something the other catches: the static scan sees every
module (also ones no test imports, and imports inside functions); the subprocess sees what really ends up
loaded (imports done through another module, importlib calls with computed names).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import nndesk

PACKAGE_ROOT = Path(nndesk.__file__).resolve().parent
GUI_LIBRARIES = {"PySide6", "PySide2", "PyQt5", "PyQt6", "shiboken6", "shiboken2", "pyqtgraph", "qtpy"}
# What each core package must not import: Qt, plus the nndesk layers above it.
FORBIDDEN = {
    "nndesk.engine": GUI_LIBRARIES | {"nndesk.project", "nndesk.ui", "nndesk.app", "nndesk.cli"},
    "nndesk.project": GUI_LIBRARIES | {"nndesk.ui", "nndesk.app", "nndesk.cli"},
}
# What a command module must not import when it is loaded (inside a function it may).
COMMANDS_FORBIDDEN = GUI_LIBRARIES | {"nndesk.ui", "nndesk.app"}


def _nodes(tree: ast.AST, module_level: bool):
    """Every node of ``tree``; with ``module_level``, none inside a function (run only when it is called)."""
    if not module_level:
        yield from ast.walk(tree)
        return
    todo = [tree]
    while todo:
        node = todo.pop()
        yield node
        todo.extend(child for child in ast.iter_child_nodes(node)
                    if not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda))


def imported_modules(source: str, module: str, is_package: bool, module_level: bool = False) -> list[tuple[int, str]]:
    """(line, absolute module name) for every import in ``source``, relative ones resolved against ``module``.

    Imports inside functions and ``if TYPE_CHECKING:`` blocks count too: a layer that needs Qt for its
    types is still tied to Qt. With ``module_level`` only what runs when the module is loaded counts.
    """
    package = module if is_package else module.rpartition(".")[0]
    found: list[tuple[int, str]] = []
    for node in _nodes(ast.parse(source), module_level):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                anchor = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{anchor}.{base}" if base else anchor
            found.append((node.lineno, base))
            found.extend((node.lineno, f"{base}.{alias.name}") for alias in node.names)
        elif isinstance(node, ast.Call) and _is_dynamic_import(node):
            found.append((node.lineno, node.args[0].value))
    return found


def _is_dynamic_import(call: ast.Call) -> bool:
    """``importlib.import_module("X")`` or ``__import__("X")`` with a literal name."""
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    literal = bool(call.args) and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
    return name in {"import_module", "__import__"} and literal


def violations(source: str, module: str, is_package: bool, forbidden: set[str], module_level: bool = False
               ) -> list[str]:
    return [
        f"line {line}: imports {name}"
        for line, name in imported_modules(source, module, is_package, module_level)
        if any(name == bad or name.startswith(bad + ".") for bad in forbidden)
    ]


def modules_of(package: str) -> list[tuple[str, Path]]:
    """(module name, file) for every .py file of ``package``, found on disk so none is missed."""
    folder = PACKAGE_ROOT.joinpath(*package.split(".")[1:])
    return [
        (".".join([package, *path.relative_to(folder).with_suffix("").parts]).removesuffix(".__init__"), path)
        for path in sorted(folder.rglob("*.py"))
    ]


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_no_core_module_imports_qt_or_a_higher_layer(package):
    found = []
    for module, path in modules_of(package):
        problems = violations(path.read_text(encoding="utf-8"), module, path.name == "__init__.py", FORBIDDEN[package])
        found.extend(f"{path.relative_to(PACKAGE_ROOT.parent)} {problem}" for problem in problems)
    assert not found, f"{package} must stay free of Qt and of the layers above it:\n" + "\n".join(found)


def test_no_command_imports_qt_when_it_is_loaded():
    found = []
    for module, path in modules_of("nndesk.commands"):
        problems = violations(path.read_text(encoding="utf-8"), module, path.name == "__init__.py",
                              COMMANDS_FORBIDDEN, module_level=True)
        found.extend(f"{path.relative_to(PACKAGE_ROOT.parent)} {problem}" for problem in problems)
    assert not found, "a command imports Qt inside its run function, not when it is loaded:\n" + "\n".join(found)


def test_the_command_scan_allows_qt_inside_a_function_only():
    inside = "def run(options):\n    from PySide6.QtGui import QPdfWriter\n"
    assert not violations(inside, "nndesk.commands.pdf", False, COMMANDS_FORBIDDEN, module_level=True)
    for source in ("from PySide6.QtGui import QPdfWriter", "import nndesk.ui.main_window",
                   "try:\n    import pyqtgraph\nexcept ImportError:\n    pass",
                   "class Export:\n    from nndesk.app import main\n"):
        assert violations(source, "nndesk.commands.pdf", False, COMMANDS_FORBIDDEN, module_level=True), source


def test_importing_every_core_module_loads_no_qt():
    probe = textwrap.dedent(
        """
        import importlib, json, pkgutil, sys
        for package in ("nndesk.engine", "nndesk.project", "nndesk.commands"):
            importlib.import_module(package)
            for info in pkgutil.walk_packages(sys.modules[package].__path__, package + "."):
                importlib.import_module(info.name)
        print(json.dumps(sorted(sys.modules)))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert {"nndesk.engine", "nndesk.project", "nndesk.commands.train", "nndesk.commands.study"} <= loaded
    leaked = sorted(name for name in loaded if name.split(".")[0] in GUI_LIBRARIES)
    assert not leaked, f"importing nndesk.engine, nndesk.project and nndesk.commands loaded {leaked}"


# The scanner itself: it must catch each way a Qt import can slip in.
@pytest.mark.parametrize(
    "source",
    [
        "import PySide6",
        "from PySide6.QtCore import QObject",
        "import pyqtgraph as pg",
        "def plot():\n    import pyqtgraph\n",
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from PySide6.QtGui import QIcon\n",
        "import importlib\nqt = importlib.import_module('PySide6.QtWidgets')",
        "from ..ui import MainWindow",
        "from .. import app",
        "import nndesk.ui.main_window",
    ],
)
def test_the_scan_catches_a_forbidden_import(source):
    assert violations(source, "nndesk.engine.network", False, FORBIDDEN["nndesk.engine"])


@pytest.mark.parametrize(
    "source",
    [
        "import numpy as np",
        "from . import activations",
        "from .network import Network",
        "import json, math",
        "from nndesk.engine import Network",
        "name = 'PySide6'",
    ],
)
def test_the_scan_allows_what_the_engine_may_use(source):
    assert not violations(source, "nndesk.engine.training", False, FORBIDDEN["nndesk.engine"])


def test_relative_imports_resolve_from_a_package_init():
    assert (1, "nndesk.engine.network") in imported_modules("from .network import x", "nndesk.engine", True)
    assert (1, "nndesk.ui") in imported_modules("from ..ui import x", "nndesk.project", True)
