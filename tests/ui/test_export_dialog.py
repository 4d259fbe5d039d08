"""The export dialog writes real files: a RUSMARC export, a district package, left-out records."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from shkola_lib.catalog.data import PersonData, RecordData
from shkola_lib.catalog.importer import ImportOptions, ImportSummary
from shkola_lib.catalog.service import CatalogService
from shkola_lib.io.marc.reader import open_marc
from shkola_lib.io.safe_files import WriteError
from shkola_lib.settings import Settings
from shkola_lib.ui import exchange_common
from shkola_lib.ui.export_dialog import ExportDialog


@pytest.fixture
def imported(catalog: CatalogService, corpus_dir: Path, tmp_path: Path) -> CatalogService:
    path = corpus_dir / "rusmarc-nlr" / "TEST1.ISO"
    summary = ImportSummary(file=path)
    for _ in catalog.run_import(path, ImportOptions(report_dir=tmp_path / "reports"), summary):
        pass
    return catalog


@pytest.fixture(autouse=True)
def _no_usb_stick(monkeypatch) -> None:
    monkeypatch.setattr(exchange_common, "removable_volumes", lambda: [])


def _dialog(qtbot, service, runner, **kwargs) -> ExportDialog:
    args = {"selected_ids": [], "search_ids": [], "query": ""} | kwargs
    dialog = ExportDialog(service, runner, **args)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _count(path: Path) -> int:
    return sum(1 for r in open_marc(path).records() if r.record is not None)


def test_rusmarc_export_of_the_whole_catalog(qtbot, imported, sync_runner, tmp_path):
    dialog = _dialog(qtbot, imported, sync_runner)
    assert dialog.form.scope() == "all"
    assert dialog.form.scope_buttons["all"].text() == "The &whole catalog (81 records)"
    assert not dialog.form.scope_buttons["search"].isEnabled()
    assert not dialog.form.scope_buttons["selected"].isEnabled()
    dialog.form.set_profile("rusmarc")
    assert dialog.form.description_label.text().startswith("RUSMARC in UTF-8")
    assert not dialog.form.assumptions_label.isVisible()
    assert dialog.form.encoding_combo.currentData() == "utf-8"
    assert not dialog.form.encoding_warning.isVisible()
    assert dialog.form.dest_edit.text().endswith(".iso")  # a suggested name with the right ending
    out = tmp_path / "to-colleague.iso"
    dialog.form.set_destination(out)
    with qtbot.waitSignal(dialog.exported):
        qtbot.keyClick(dialog.form.dest_edit, Qt.Key.Key_Return)  # Enter = Export
    assert _count(out) == 81
    assert open_marc(out).flavour == "rusmarc"
    assert dialog.result_headline.text() == "The export is complete."
    assert f"81 records were written to {out}" in dialog.result_text.text()
    assert not dialog.left_out_list.isVisible() and not dialog.safe_label.isVisible()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_assumptions_of_a_guessed_profile_are_shown(qtbot, catalog, sync_runner):
    dialog = _dialog(qtbot, catalog, sync_runner)
    dialog.form.set_profile("kabis")
    assert dialog.form.assumptions_label.isVisible()
    assert "unconfirmed" in dialog.form.assumptions_label.text()
    dialog.form.set_profile("marcxml")
    assert not dialog.form.encoding_combo.isEnabled()
    assert dialog.form.dest_edit.text().endswith(".xml")


def test_district_package_on_the_usb_stick(qtbot, imported, sync_runner, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(exchange_common, "removable_volumes", lambda: [stick])
    settings = Settings(library_name="Мектеп №12")
    dialog = _dialog(qtbot, imported, sync_runner, package=True, settings=settings)
    assert dialog.form.package_check.isChecked()
    assert dialog.form.dest_edit.text() == str(stick)  # the USB stick is preselected
    assert "removable drive" in dialog.form.dest_note.text()
    assert dialog.form.library_edit.text() == "Мектеп №12"
    dialog.form.set_profile("rusmarc")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    zips = list(stick.glob("*.zip"))
    assert len(zips) == 1 and list(stick.iterdir()) == zips
    with zipfile.ZipFile(zips[0]) as archive:
        assert {"catalog.iso", "summary.xlsx", "manifest.json"} <= set(archive.namelist())
    assert dialog.result_headline.text() == "The package is ready."
    assert zips[0].name in dialog.result_text.text() and "81 records" in dialog.result_text.text()
    assert dialog.safe_label.isVisible()
    assert dialog.safe_label.text() == "The file is complete; you can remove the USB stick now."
    assert settings.extra["district_profile"] == "rusmarc"


def test_windows_1251_leaves_kazakh_records_out_and_lists_them(
    qtbot, catalog, sync_runner, tmp_path
):
    kazakh = catalog.create_record(
        RecordData(title="Қазақ әдебиеті", persons=[PersonData("Әуезов, Мұхтар")])
    )
    russian = catalog.create_record(RecordData(title="Война и мир"))
    dialog = _dialog(qtbot, catalog, sync_runner, selected_ids=[kazakh, russian])
    dialog.form.set_profile("marc21")
    dialog.form.set_scope("selected")
    dialog.form.set_encoding("cp1251")
    assert dialog.form.encoding_warning.isVisible()
    assert "no Kazakh letters" in dialog.form.encoding_warning.text()
    out = tmp_path / "cp1251.mrc"
    dialog.form.set_destination(out)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert _count(out) == 1
    assert dialog.left_out_list.isVisible()
    assert dialog.left_out_list.topLevelItemCount() == 1
    item = dialog.left_out_list.topLevelItem(0)
    assert item.text(0) == "Қазақ әдебиеті" and "cannot hold" in item.text(1)
    assert dialog.left_out_label.text().startswith("1 records were left out")
    assert "1 records were written" in dialog.result_text.text()


def test_write_error_says_nothing_was_written(qtbot, imported, sync_runner, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        yield from ()
        raise WriteError(28, "There is no space left on the disk for x.iso.")

    monkeypatch.setattr(imported, "run_export", broken)
    dialog = _dialog(qtbot, imported, sync_runner)
    dialog.form.set_destination(tmp_path / "x.iso")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 0
    assert dialog.error_label.text() == (
        "Nothing was written. There is no space left on the disk for x.iso."
    )
    assert dialog.export_button.isEnabled() and dialog.form.isEnabled()
    dialog.form.set_destination(tmp_path / "missing" / "x.iso")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "does not exist" in dialog.error_label.text()


def test_esc_while_exporting_cancels_and_writes_nothing(
    qtbot, imported, sync_runner, tmp_path, monkeypatch
):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = _dialog(qtbot, imported, sync_runner)
    dialog.progress.valueChanged.connect(lambda _v: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    out = tmp_path / "x.iso"
    dialog.form.set_destination(out)
    original = imported.run_export

    def slow(profile, path, summary, ids=None, cancel=None):
        from shkola_lib.catalog.progress import Progress

        yield Progress(1, 81, "")  # the librarian presses Esc here
        yield from original(profile, path, summary, ids, cancel)

    monkeypatch.setattr(imported, "run_export", slow)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.status_label.text() == "Cancelled: nothing was written."
    assert list(tmp_path.glob("*.iso")) == [] and list(tmp_path.glob(".*")) == []


def test_export_from_the_window_offers_search_and_selection(qtbot, make_window, imported):
    window = make_window(imported)
    window.search_bar.set_query("Вып")
    window.searcher.search("Вып")
    window.table.selectRow(0)
    dialog = window.export()
    found = len(window.model.ids())
    assert dialog.form.scope_buttons["search"].isEnabled()
    assert dialog.form.scope_buttons["search"].text() == (
        f"The records found by the &search «Вып» ({found})"
    )
    assert dialog.form.scope_buttons["selected"].text() == "The s&elected records (1)"
    assert window.actions_.export.shortcut().toString() == "Ctrl+Shift+E"
    dialog.close()
    district = window.export(package=True)
    assert district.form.package_check.isChecked()
    assert district.windowTitle() == "For the district office"
    district.close()
