"""The import history: past imports listed, one undone after one clear question."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from shkola_lib.catalog.data import CopyData
from shkola_lib.catalog.importer import ImportOptions, ImportSummary
from shkola_lib.catalog.service import CatalogService
from shkola_lib.ui.import_history import ImportHistoryDialog, ImportHistoryModel


@pytest.fixture
def imported(catalog: CatalogService, corpus_dir: Path, tmp_path: Path) -> CatalogService:
    path = corpus_dir / "rusmarc-nlr" / "TEST1.ISO"
    summary = ImportSummary(file=path)
    for _ in catalog.run_import(path, ImportOptions(report_dir=tmp_path / "reports"), summary):
        pass
    assert catalog.counts().records == 81
    return catalog


def _dialog(qtbot, service, runner) -> ImportHistoryDialog:
    dialog = ImportHistoryDialog(service, runner=runner)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_history_model_passes_modeltester(qtmodeltester, imported):
    model = ImportHistoryModel()
    model.set_batches(imported.import_batches())
    assert model.rowCount() == 1
    qtmodeltester.check(model)
    model.set_batches([])
    qtmodeltester.check(model)


def test_lists_the_batch_and_undo_brings_the_catalog_back(
    qtbot, imported, sync_runner, monkeypatch
):
    dialog = _dialog(qtbot, imported, sync_runner)
    model = dialog.model
    assert model.rowCount() == 1
    row = {
        model.headerData(c, Qt.Orientation.Horizontal): model.index(0, c).data()
        for c in range(model.columnCount())
    }
    assert row["File"] == "TEST1.ISO"
    assert row["Read"] == "81" and row["New"] == "81" and row["Undone"] == "no"
    assert dialog.selected_batch() is not None
    assert dialog.undo_button.isEnabled() and dialog.report_button.isEnabled()

    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert asked and "«TEST1.ISO»" in asked[0] and "81 new records" in asked[0]
    assert imported.counts().records == 81  # "No" changes nothing

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.undone):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert imported.counts().records == 0
    assert dialog.result_label.isVisible()
    assert dialog.result_label.text().startswith("Undone: 81 records and")
    assert model.index(0, model.COL_UNDONE).data() != "no"
    assert not dialog.undo_button.isEnabled()


def test_undo_keeps_records_changed_since(qtbot, imported, sync_runner, monkeypatch):
    rid = imported.search("Задачи и этюды").record_ids[0]
    imported.add_copy(rid, CopyData(inventory_number="900001"))  # the librarian's later work
    dialog = _dialog(qtbot, imported, sync_runner)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.undo_selected()
    assert imported.counts().records == 1
    assert "1 records were kept because they were changed after the import" in (
        dialog.result_label.text()
    )


def test_history_from_the_window_refreshes_it(qtbot, make_window, imported, monkeypatch):
    window = make_window(imported)
    assert window.counts_label.text().startswith("Records: 81")
    dialog = window.show_import_history()
    assert isinstance(dialog, ImportHistoryDialog) and dialog.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.undo_selected()
    assert window.counts_label.text().startswith("Records: 0")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=3000)
    dialog.close()


def test_empty_history_says_so(qtbot, catalog, sync_runner):
    dialog = _dialog(qtbot, catalog, sync_runner)
    assert dialog.empty_label.isVisible()
    assert not dialog.undo_button.isEnabled() and not dialog.report_button.isEnabled()
