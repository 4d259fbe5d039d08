"""The core (everything outside ui/ and app.py) must run without Qt."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import shkola_lib

PACKAGE_DIR = Path(shkola_lib.__file__).resolve().parent
QT_MODULES = ("PySide6", "shiboken6")
GUI_MODULES = ("shkola_lib.ui", "shkola_lib.app")


def _is_gui_side(path: Path) -> bool:
    rel = path.relative_to(PACKAGE_DIR)
    return rel.parts[0] == "ui" or rel.as_posix() == "app.py"


def _core_files() -> list[Path]:
    files = sorted(p for p in PACKAGE_DIR.rglob("*.py") if not _is_gui_side(p))
    assert len(files) > 10  # the walk really found the package
    return files


def _starts_with(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _imports(tree: ast.AST) -> list[tuple[str, ast.AST]]:
    """Every imported module name, with the node (absolute names only)."""
    found: list[tuple[str, ast.AST]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((alias.name, node) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.module, node))
            found.extend((f"{node.module}.{alias.name}", node) for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            found.append((node.args[0].value, node))
    return found


def _module_level_imports(tree: ast.Module) -> list[str]:
    """Imports that run when the module is imported (not inside a function)."""
    names: list[str] = []

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if isinstance(node, ast.Import):
                names.extend(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.append(node.module)
                names.extend(f"{node.module}.{alias.name}" for alias in node.names)
            elif isinstance(node, ast.ClassDef):
                visit(node.body)
            elif isinstance(node, (ast.If, ast.Try, ast.With)):
                for field in ("body", "orelse", "finalbody"):
                    visit(getattr(node, field, []) or [])
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)

    visit(tree.body)
    return names


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: p.relative_to(PACKAGE_DIR).as_posix())
def test_core_module_does_not_import_qt(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    offending = [
        f"{path.name}:{getattr(node, 'lineno', '?')} imports {name}"
        for name, node in _imports(tree)
        if _starts_with(name, QT_MODULES)
    ]
    assert offending == []


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: p.relative_to(PACKAGE_DIR).as_posix())
def test_core_module_does_not_import_the_gui_when_loaded(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    offending = [n for n in _module_level_imports(tree) if _starts_with(n, GUI_MODULES)]
    assert offending == []


def test_the_checker_sees_qt_imports() -> None:
    sample = ast.parse(
        textwrap.dedent(
            """
            import os
            from PySide6.QtCore import QObject
            def later():
                import shiboken6
                from shkola_lib.app import run_gui
            importlib.import_module("PySide6.QtWidgets")
            """
        )
    )
    qt = sorted({name for name, _ in _imports(sample) if _starts_with(name, QT_MODULES)})
    assert qt == ["PySide6.QtCore", "PySide6.QtCore.QObject", "PySide6.QtWidgets", "shiboken6"]
    assert "shkola_lib.app" not in _module_level_imports(sample)


SCRIPT = """
import json, sys
from pathlib import Path

from shkola_lib.catalog.service import CatalogService
from shkola_lib.catalog.data import RecordData, StockData
from shkola_lib.catalog.holdings import SeriesRequest
import shkola_lib.cli, shkola_lib.paths, shkola_lib.i18n, shkola_lib.__main__  # noqa

service = CatalogService.open(Path(sys.argv[1]))
rid, numbers = service.create_record_with_holdings(
    RecordData(title="Қазақ ертегілері"), series=SeriesRequest(count=2)
)
for _ in service.generate_demo(50):
    pass
result = service.search("ҚАЗАҚ")
rows = service.fetch_rows(list(result.record_ids))
problems = service.check()
service.close()
print(json.dumps({
    "found": rid in result.record_ids,
    "rows": len(rows),
    "problems": len(problems),
    "qt": sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")),
    "gui": sorted(m for m in sys.modules if m.startswith(("shkola_lib.ui", "shkola_lib.app"))),
}))
"""


def test_service_runs_without_loading_qt(tmp_path: Path) -> None:
    env = dict(os.environ)
    env["SHKOLA_LIB_DATA_DIR"] = str(tmp_path / "userdata")
    env.pop("SHKOLA_LIB_DB", None)
    completed = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "catalog.sqlite")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    assert report["found"] is True
    assert report["rows"] >= 1
    assert report["problems"] == 0
    assert report["qt"] == []
    assert report["gui"] == []
