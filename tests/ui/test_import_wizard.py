"""The import wizard driven like a librarian would, over real corpus files and a real catalog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget, QWizard

from shkola_lib.catalog.importer import DuplicatePolicy, ImportOptions, ImportSummary
from shkola_lib.catalog.service import CatalogService
from shkola_lib.ui.import_wizard import ImportWizard
from shkola_lib.ui.tasks import TaskRunner

TITLE = "Задачи и этюды"


@pytest.fixture
def test1(corpus_dir: Path) -> Path:
    return corpus_dir / "rusmarc-nlr" / "TEST1.ISO"


def _wizard(qtbot, catalog: CatalogService, runner: TaskRunner, path: Path | None = None):
    wizard = ImportWizard(catalog, runner, path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _press(qtbot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isVisible() and button.isEnabled(), which
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _to_done(qtbot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_DONE, timeout=5000)


def test_walk_through_test1_then_skip_duplicates(qtbot, catalog, sync_runner, test1):
    wizard = _wizard(qtbot, catalog, sync_runner)
    assert wizard.currentId() == wizard.PAGE_FILE
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.file_page.path_edit.setText(str(test1))
    qtbot.keyClick(wizard.file_page.path_edit, Qt.Key.Key_Return)  # Enter = Next

    page = wizard.found_page
    assert wizard.currentId() == wizard.PAGE_FOUND
    assert page.headline.text() == "RUSMARC, 81 records, Windows-1251 (CP1251)"
    assert "almost certainly" in page.details.text()
    readable = page.titles()
    assert TITLE in readable
    # the librarian forces another character set: the titles turn to mojibake ...
    page.choose_encoding("koi8-r")
    assert "KOI8-R" in page.headline.text()
    assert "chosen by you" in page.details.text()
    garbled = page.titles()
    assert garbled != readable and TITLE not in garbled and len(garbled) == len(readable)
    # ... and back to automatic detection: readable again
    page.choose_encoding("auto")
    assert page.titles() == readable
    assert page.encoding_combo.itemText(0) == (
        "Detect automatically (found: Windows-1251 (CP1251))"
    )

    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    dup = wizard.duplicates_page
    assert wizard.currentId() == wizard.PAGE_DUPLICATES
    assert dup.summary_label.text() == "None of the first 81 records are in the catalog yet."
    assert dup.policy() is DuplicatePolicy.SKIP
    assert [b.text() for b in dup.policy_buttons.values()] == [p.label for p in DuplicatePolicy]
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Import"
    with qtbot.waitSignal(wizard.imported) as imported:
        _press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    _to_done(qtbot, wizard)
    assert imported.args[0] == catalog.import_batches()[0].id
    assert catalog.counts().records == 81
    done = wizard.done_page
    assert done.count_labels["imported"].text() == "81"
    assert done.count_labels["read"].text() == "81"
    assert done.count_labels["rejected"].text() == "0"
    assert done.count_labels["copies_added"].text() == str(catalog.counts().copies)
    assert "81 new records" in done.headline.text()
    assert done.report_button.isVisible()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    _press(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert not wizard.isVisible()

    # the same file again: the sample matches the catalog and skip keeps it as it is
    again = _wizard(qtbot, catalog, sync_runner, test1)
    assert again.currentId() == again.PAGE_FOUND
    _press(qtbot, again, QWizard.WizardButton.NextButton)
    assert again.duplicates_page.matches.topLevelItemCount() == 81
    assert again.duplicates_page.summary_label.text().startswith("81 of the first 81")
    first = again.duplicates_page.matches.topLevelItem(0)
    assert first.text(0) == first.text(1)
    _press(qtbot, again, QWizard.WizardButton.CommitButton)
    _to_done(qtbot, again)
    assert catalog.counts().records == 81
    assert again.done_page.count_labels["duplicates_skipped"].text() == "81"
    assert "already in the catalog" in again.done_page.message.text()


def test_cancel_on_the_run_page_changes_nothing(qtbot, catalog, sync_runner, test1, monkeypatch):
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    wizard = _wizard(qtbot, catalog, sync_runner, test1)
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    # Esc as soon as the import runs (the synchronous runner runs it inside the click)
    wizard.importStarted.connect(lambda: qtbot.keyClick(wizard, Qt.Key.Key_Escape))
    _press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    _to_done(qtbot, wizard)
    assert asked and "TEST1.ISO" in asked[0] and "Nothing will be changed" in asked[0]
    assert wizard.isVisible()  # Esc while importing stops the import, not the window
    assert wizard.done_page.headline.text() == "Cancelled: nothing was changed."
    assert not wizard.done_page.counts.isVisible()
    assert catalog.counts().records == 0
    assert catalog.import_batches() == []


def test_trial_run_then_import_for_real(qtbot, catalog, sync_runner, test1):
    wizard = _wizard(qtbot, catalog, sync_runner, test1)
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    wizard.duplicates_page.dry_run_check.setChecked(True)
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Try it"
    _press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    _to_done(qtbot, wizard)
    done = wizard.done_page
    assert done.headline.text() == "Trial run finished: nothing was changed."
    assert done.count_labels["imported"].text() == "81"
    assert catalog.counts().records == 0
    qtbot.mouseClick(done.real_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == wizard.PAGE_DUPLICATES
    assert not wizard.duplicates_page.dry_run_check.isChecked()
    _press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    _to_done(qtbot, wizard)
    assert catalog.counts().records == 81
    assert not done.real_button.isVisible()


def test_unreadable_file_says_so_and_offers_another(
    qtbot, catalog, sync_runner, test1, tmp_path, monkeypatch
):
    junk = tmp_path / "каталог.iso"
    junk.write_text("Это не MARC, а письмо коллеге.\n", encoding="utf-8")
    wizard = _wizard(qtbot, catalog, sync_runner, junk)
    page = wizard.found_page
    assert wizard.currentId() == wizard.PAGE_FOUND
    assert page.headline.text() == "This file cannot be imported"
    assert page.error_box.isVisible() and not page.titles_list.isVisible()
    assert "is not a MARC file this program can read" in page.error_label.text()
    assert "Ask the sender" in page.error_help.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(test1), ""))
    qtbot.mouseClick(page.another_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == wizard.PAGE_FOUND
    assert wizard.path == test1
    assert TITLE in page.titles()
    assert not page.error_box.isVisible()


def test_file_gone_before_the_run_is_said_plainly(
    qtbot, catalog, sync_runner, test1, tmp_path, monkeypatch
):
    """The USB stick was pulled between the preview and the import."""
    copy = tmp_path / "catalog.iso"
    copy.write_bytes(test1.read_bytes())
    wizard = _wizard(qtbot, catalog, sync_runner, copy)
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    copy.unlink()
    _press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    _to_done(qtbot, wizard)
    done = wizard.done_page
    assert done.headline.text() == "This file cannot be imported"
    assert "does not exist" in done.message.text()
    assert done.another_button.isVisible() and not done.report_button.isVisible()
    assert catalog.counts().records == 0
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(test1), ""))
    qtbot.mouseClick(done.another_button, Qt.MouseButton.LeftButton)
    assert wizard.currentId() == wizard.PAGE_FOUND and wizard.path == test1


def test_a_full_disk_is_said_plainly_and_nothing_is_imported(qtbot, catalog, sync_runner, test1):
    from tests.test_sqlite_errors import full_disk

    wizard = _wizard(qtbot, catalog, sync_runner, test1)
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    full_disk(catalog)
    _press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    _to_done(qtbot, wizard)
    message = wizard.done_page.message.text()
    assert "The disk that holds the catalog is full" in message, message
    assert "database or disk is full" not in message
    catalog.db.engine.dispose()
    assert catalog.counts().records == 0


def test_dropping_a_file_on_the_window_opens_the_wizard(qtbot, make_window, catalog, test1):
    window = make_window(catalog)
    pos = window.rect().center()

    def drag(urls: list[QUrl]) -> bool:
        mime = QMimeData()
        mime.setUrls(urls)
        enter = QDragEnterEvent(
            pos,
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window, enter)
        if not enter.isAccepted():
            return False
        drop = QDropEvent(
            QPointF(pos),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window, drop)
        return drop.isAccepted()

    # no widget inside the window swallows a dropped file (the read-only card, the search box)
    assert [w.objectName() for w in window.findChildren(QWidget) if w.acceptDrops()] == []
    assert not drag([QUrl("https://example.org/catalog.iso")])
    assert not drag([QUrl.fromLocalFile(str(test1.parent))])  # a folder is not a file
    assert drag([QUrl.fromLocalFile(str(test1))])
    qtbot.waitUntil(lambda: window.findChild(ImportWizard) is not None, timeout=3000)
    wizard = window.findChild(ImportWizard)
    assert wizard.path == test1
    assert wizard.isVisible() and wizard.currentId() == wizard.PAGE_FOUND
    assert TITLE in wizard.found_page.titles()
    # finishing the import refreshes the window behind the wizard
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    _press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    _to_done(qtbot, wizard)
    qtbot.waitUntil(lambda: window.model.rowCount() == 81, timeout=3000)
    assert window.counts_label.text().startswith("Records: 81")
    _press(qtbot, wizard, QWizard.WizardButton.FinishButton)


def test_menu_and_welcome_open_the_wizard(qtbot, make_window, catalog):
    window = make_window(catalog)
    assert window.actions_.import_file.shortcut().toString() == "Ctrl+I"
    assert window.stack.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.import_button, Qt.MouseButton.LeftButton)
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.currentId() == wizard.PAGE_FILE
    qtbot.waitUntil(wizard.file_page.path_edit.hasFocus, timeout=3000)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # nothing running: Esc just closes
    qtbot.waitUntil(lambda: window.findChild(ImportWizard) is None, timeout=3000)


def test_marc_tab_shows_the_imported_record(qtbot, make_window, catalog, test1):
    summary = ImportSummary(file=test1)
    for _ in catalog.run_import(test1, ImportOptions(), summary):
        pass
    window = make_window(catalog)
    rid = next(r for r in window.model.ids() if catalog.get_record(r).title == TITLE)
    window.select_record(rid)
    marc = window.detail.marc
    assert marc.text.toPlainText() == ""  # hidden tab: nothing computed
    window.detail.tabs.setCurrentWidget(marc)
    assert "=245" in marc.text.toPlainText()  # the MARC21 profile by default
    marc.set_profile("rusmarc")
    text = marc.text.toPlainText()
    assert "=200" in text and TITLE in text
    assert marc.text.isReadOnly()
    window.detail.tabs.setCurrentIndex(0)


def test_preview_and_import_on_a_real_background_thread(qtbot, catalog, test1):
    """The same walk with the thread pool: results and progress arrive by queued signals."""
    runner = TaskRunner()
    wizard = _wizard(qtbot, catalog, runner, test1)
    page = wizard.found_page
    qtbot.waitUntil(page.isComplete, timeout=10000)
    assert TITLE in page.titles()
    page.choose_encoding("koi8-r")
    assert not page.isComplete()  # re-reading: Next waits for the new preview
    qtbot.waitUntil(page.isComplete, timeout=10000)
    assert TITLE not in page.titles()
    page.choose_encoding("auto")
    qtbot.waitUntil(lambda: page.isComplete() and TITLE in page.titles(), timeout=10000)
    _press(qtbot, wizard, QWizard.WizardButton.NextButton)
    _press(qtbot, wizard, QWizard.WizardButton.CommitButton)
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_DONE, timeout=20000)
    assert wizard.done_page.count_labels["imported"].text() == "81"
    assert catalog.counts().records == 81
    assert runner.wait(5000)
