"""Start-up loads only what showing the window and answering a search need.

Every dialog, file format and library used by one menu action is imported when that action
is first used, so its import time is not paid at every start (docs/BENCHMARKS.md, section 4).
The real program is started the way the benchmark starts it (``SHKOLA_LIB_STARTUP_PROBE``)
and its ``sys.modules`` is read once the event loop runs with the main window shown, and
again when the probe's search has been answered in the table.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from shkola_lib.app import STARTUP_PROBE_QUERY
from shkola_lib.catalog.service import CatalogService

SCRIPT = textwrap.dedent(
    """
    import json, sys
    import shkola_lib.app as app
    import shkola_lib.ui.main_window as main_window
    from PySide6.QtCore import QTimer

    def modules(moment):
        print(json.dumps({"moment": moment, "modules": sorted(sys.modules)}), flush=True)

    probe = app.startup_probe

    def report(window):
        probe(window)  # its own single shot runs first: the window is shown, a search started
        QTimer.singleShot(0, lambda: modules("shown"))

    show_result = main_window.MainWindow._show_result
    answered = []

    def first_answer(self, result):
        # what answering the search needed, before the window reacts to the answer
        # (selecting the first record loads its details in a worker thread)
        if not answered:
            answered.append(result)
            modules("searched")
        show_result(self, result)

    import shkola_lib.ui.detail_pane as detail_pane

    show_detail = detail_pane.DetailPane.show_detail
    detailed = []

    def first_detail(self, detail, *args, **kwargs):
        show_detail(self, detail, *args, **kwargs)
        if detail is not None and not detailed:
            detailed.append(detail)
            modules("detailed")

    app.startup_probe = report
    main_window.MainWindow._show_result = first_answer
    detail_pane.DetailPane.show_detail = first_detail
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
    "shkola_lib.catalog.backup",  # the daily backup runs ten minutes after the start
    "shkola_lib.catalog.backup_schedule",
    "shkola_lib.catalog.backup_cli",  # the commands' parsers: the window needs none
    "shkola_lib.catalog.label_cli",
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


#: Not loaded before the first search is answered and the first record's details are shown
#: either: the window lists, searches and shows details through plain sqlite3; SQLAlchemy
#: and the entities load with the first edit (docs/ARCHITECTURE.md, "Start-up").
NOT_UNTIL_SEARCHED = (
    "sqlalchemy",
    "shkola_lib.models.base",
    "shkola_lib.models.holdings",
    "shkola_lib.models.record",
    "shkola_lib.catalog.records",
    "shkola_lib.catalog.holdings",
    "shkola_lib.catalog.search_index",
    "shkola_lib.catalog.check",
    "stdnum",  # ISBN validation: the first ISBN typed or shown
)


def _loaded(modules: list[str], prefixes: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == p or m.startswith(p + ".") for p in prefixes)]


@pytest.fixture(scope="module")
def startup_modules(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    folder = tmp_path_factory.mktemp("startup")
    db = folder / "catalog.sqlite"
    service = CatalogService.open(db)  # a new catalog is made with Alembic: not the case here
    for _ in service.generate_demo(50):
        pass
    assert len(service.search(STARTUP_PROBE_QUERY)) > 0  # the probe's search finds records
    service.close()
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
    moments: dict[str, list[str]] = {}
    for line in done.stdout.splitlines():
        if line.startswith('{"moment"'):
            report = json.loads(line)
            moments[report["moment"]] = report["modules"]
    if set(moments) != {"shown", "searched", "detailed"}:
        raise AssertionError(f"no module lists (exit {done.returncode}): {done.stderr[-3000:]}")
    assert "shkola_lib.ui.main_window" in moments["shown"]  # the window really was shown
    assert "shkola_lib.catalog.search" in moments["searched"]
    return moments


def test_start_up_does_not_load_dialogs_and_exchange_libraries(
    startup_modules: dict[str, list[str]],
) -> None:
    assert _loaded(startup_modules["shown"], NOT_AT_START) == []


def test_the_first_search_is_answered_without_sqlalchemy(
    startup_modules: dict[str, list[str]],
) -> None:
    assert _loaded(startup_modules["searched"], NOT_AT_START + NOT_UNTIL_SEARCHED) == []


def test_the_first_record_is_shown_without_sqlalchemy(
    startup_modules: dict[str, list[str]],
) -> None:
    """Loading SQLAlchemy in a worker thread right after the first answer held the
    interpreter lock the window needed: the first searches typed stuttered."""
    forbidden = tuple(name for name in NOT_UNTIL_SEARCHED if name != "stdnum")  # hyphenation
    assert _loaded(startup_modules["detailed"], NOT_AT_START + forbidden) == []
