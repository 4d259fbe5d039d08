"""Start-up loads only what showing the window and answering a search need.

Every dialog, file format and library used by one menu action is imported when that action
is first used, so its import time is not paid at every start (docs/BENCHMARKS.md, section 4).
The real program is started the way the benchmark starts it (``SHKOLA_LIB_STARTUP_PROBE``)
and its ``sys.modules`` is read once the event loop runs with the main window shown.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from shkola_lib.catalog.service import CatalogService

SCRIPT = textwrap.dedent(
    """
    import json, sys
    import shkola_lib.app as app
    from PySide6.QtCore import QTimer

    probe = app.startup_probe

    def report(window):
        probe(window)  # its own single shot runs first: the window is shown, a search started
        modules = lambda: print(json.dumps({"modules": sorted(sys.modules)}), flush=True)
        QTimer.singleShot(0, modules)

    app.startup_probe = report
    from shkola_lib.cli import main
    sys.exit(main(["--db", sys.argv[1], "--lang", "kk"]))
    """
)

#: Loaded on first use only. A name stands for the module and its submodules.
NOT_AT_START = (
    # libraries of one feature each
    "alembic",  # migrations: a catalog at the newest revision opens without it
    "mako",
    "openpyxl",  # the district package's XLSX summary
    "reportlab",  # label PDFs
    "qrcode",
    # our dialogs and the work behind them
    "shkola_lib.ui.backup_dialog",
    "shkola_lib.ui.calibration_page",
    "shkola_lib.ui.export_dialog",
    "shkola_lib.ui.export_form",
    "shkola_lib.ui.holdings_dialogs",
    "shkola_lib.ui.holdings_form",
    "shkola_lib.ui.import_history",
    "shkola_lib.ui.import_pages",
    "shkola_lib.ui.import_preview_page",
    "shkola_lib.ui.import_wizard",
    "shkola_lib.ui.label_batch",
    "shkola_lib.ui.label_dialog",
    "shkola_lib.ui.label_painter",
    "shkola_lib.ui.label_preview",
    "shkola_lib.ui.label_printer",
    "shkola_lib.ui.label_sheet",
    "shkola_lib.ui.record_editor",
    "shkola_lib.ui.sheet_picker",
    "shkola_lib.ui.template_editor",
    "shkola_lib.ui.writeoff_dialog",
    "shkola_lib.catalog.demo",
    "shkola_lib.catalog.exporter",
    "shkola_lib.catalog.importer",
    "shkola_lib.catalog.package",
    "shkola_lib.catalog.restore",
    "shkola_lib.io.labels.plan",
    "shkola_lib.io.labels.render",
    "shkola_lib.io.spreadsheet",
    # MARC exchange: the import wizard, the export, the MARC tab
    "pymarc",
    "defusedxml",
    "shkola_lib.catalog.profiles",
    "shkola_lib.io.marc",
    "shkola_lib.catalog.labels",
    "shkola_lib.io.labels.store",  # label templates (TOML)
)


def _loaded(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes)]


@pytest.fixture(scope="module")
def startup_modules(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("startup")
    db = folder / "catalog.sqlite"
    CatalogService.open(db).close()  # a new catalog is made with Alembic: not the case here
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SHKOLA_LIB_STARTUP_PROBE="1",
        SHKOLA_LIB_DATA_DIR=str(folder / "userdata"),
        XDG_CONFIG_HOME=str(folder / "config"),
    )
    env.pop("SHKOLA_LIB_DB", None)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(db)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(folder),
    )
    for line in done.stdout.splitlines():
        if line.startswith('{"modules"'):
            modules: list[str] = json.loads(line)["modules"]
            assert "shkola_lib.ui.main_window" in modules  # the window really was shown
            return modules
    raise AssertionError(f"no module list (exit {done.returncode}): {done.stderr[-3000:]}")


def test_start_up_does_not_load_dialogs_and_exchange_libraries(
    startup_modules: list[str],
) -> None:
    assert _loaded(startup_modules, NOT_AT_START) == []
