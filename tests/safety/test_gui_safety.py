"""The safety features as the librarian meets them: the real app start, dialogs, restore."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from shkola_lib import app as app_mod
from shkola_lib import i18n
from shkola_lib.catalog import backup_schedule as schedule
from shkola_lib.catalog.backup import Kind, list_backups, make_backup
from shkola_lib.catalog.data import RecordData
from shkola_lib.catalog.instance_lock import InstanceLock, lock_path_for
from shkola_lib.catalog.service import CatalogService
from shkola_lib.settings import Settings, settings_path
from shkola_lib.ui.backup_controller import BackupController
from shkola_lib.ui.backup_dialog import BackupListModel, BackupSettingsDialog, RestoreDialog
from shkola_lib.ui.main_window import MainWindow
from shkola_lib.ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def _qt_translate(qapp) -> Iterator[None]:
    i18n.set_translator(QCoreApplication.translate)
    yield
    i18n.set_translator(None)


@pytest.fixture
def run_app(qapp, monkeypatch: pytest.MonkeyPatch):
    """Run ``run_gui`` for real; instead of the event loop, look at the window and close it."""
    monkeypatch.setattr(app_mod, "setup_logging", lambda: None)
    monkeypatch.setattr(app_mod, "close_on_termination", lambda _w: None)

    def run(db: Path, look: Callable[[MainWindow], None] = lambda _w: None) -> int:
        def fake_exec(*_args: object) -> int:
            windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
            window = next(w for w in windows if w.isVisible())
            look(window)
            window.close()
            window.runner.wait(10000)
            window.deleteLater()
            return 0

        monkeypatch.setattr(QApplication, "exec", fake_exec)
        return app_mod.run_gui(db=str(db), lang="en")

    return run


def test_a_damaged_settings_file_still_opens_the_window_with_a_warning(
    run_app, db_path: Path
) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b'{"language": "kk", \xff broken')
    shown: list[str] = []
    assert run_app(db_path, lambda w: shown.append(w.statusBar().currentMessage())) == 0
    assert "settings file was damaged" in shown[0]
    assert Settings.load().load_warning == ""  # defaults were written back on close


def test_a_second_window_on_the_same_catalog_is_refused(
    run_app, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    with InstanceLock(db_path, "window"):
        assert run_app(db_path, lambda _w: pytest.fail("a second window opened")) == 2
        assert lock_path_for(db_path).exists()  # the first instance keeps its lock
    assert len(told) == 1 and "already open in Shkola-Lib" in told[0]


def test_closing_backs_up_and_an_absent_stick_is_told_once(
    run_app, db_path: Path, tmp_path: Path
) -> None:
    settings = Settings()
    settings.extra[schedule.SECOND_TARGET] = str(tmp_path / "usb-stick")
    settings.save()
    messages: list[str] = []

    def look(window: MainWindow) -> None:
        messages.append(window.statusBar().currentMessage())
        window.service.create_record(RecordData(title="Written today"))

    for _ in range(3):
        assert run_app(db_path, look) == 0
        assert not lock_path_for(db_path).exists()  # released on a normal exit
    autos = [b for b in list_backups(db_path) if b.kind is Kind.AUTO]
    assert autos and autos[0].records == 3  # the close backup has the day's work
    assert "not connected" not in messages[0]  # nothing was known at the first start
    assert "not connected" in messages[1]  # told at the next start...
    assert "not connected" not in messages[2]  # ...once


@pytest.fixture
def window(qtbot, catalog: CatalogService) -> MainWindow:
    win = MainWindow(catalog, Settings(), runner=TaskRunner(synchronous=True))
    qtbot.addWidget(win)
    win.show()
    return win


def add(service: CatalogService, n: int, prefix: str) -> None:
    for i in range(n):
        service.create_record(RecordData(title=f"{prefix} {i}"))


def test_restore_dialog_lists_backups_newest_first_and_asks_once(
    qtbot, qtmodeltester, catalog: CatalogService, monkeypatch: pytest.MonkeyPatch
) -> None:
    add(catalog, 2, "First")
    make_backup(catalog.path, kind=Kind.AUTO)
    add(catalog, 3, "Second")
    newest = make_backup(catalog.path)
    dialog = RestoreDialog(catalog.path, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.rowCount() == 2
    assert model.index(0, BackupListModel.COL_RECORDS).data() == "5"
    assert model.index(1, BackupListModel.COL_RECORDS).data() == "2"
    assert model.index(1, BackupListModel.COL_KIND).data() == "automatic"
    asked: list[str] = []

    def answer(_parent, _title, text, *args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    with qtbot.waitSignal(dialog.restoreRequested) as emitted:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [str(newest)]
    assert len(asked) == 1 and "copy of the current catalog is made first" in asked[0]


def test_restore_through_the_window_reopens_the_catalog_on_the_backup(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = window.service
    add(service, 6, "Kept")
    backup = make_backup(service.path)
    add(service, 4, "Later")
    window.refresh()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    controller = BackupController(window)
    replaced: list[bool] = []
    controller.catalogReplaced.connect(lambda: replaced.append(True))
    controller.restore_from(backup)
    assert window.service is service and service.counts().records == 6
    assert window.model.rowCount() == 6
    assert "Records: 6" in window.counts_label.text()
    assert replaced == [True]
    assert "is back: 6 records" in told[0] and "pre-restore" in told[0]
    service.create_record(RecordData(title="After the restore"))  # writable again
    kinds = [b.kind for b in list_backups(service.path)]
    assert Kind.PRE_RESTORE in kinds


def test_a_damaged_backup_is_refused_in_the_window_and_nothing_changes(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    add(window.service, 3, "Safe")
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    BackupController(window).restore_from(broken)
    assert warned and "was not changed" in warned[0]
    assert window.service.counts().records == 3


def test_backup_settings_test_the_folder_and_save_it(
    qtbot, catalog: CatalogService, tmp_path: Path
) -> None:
    settings = Settings()
    dialog = BackupSettingsDialog(settings, catalog.path)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "absent"))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "not there" in dialog.result_label.text()
    dialog.folder_edit.setText(str(tmp_path))
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "can be written" in dialog.result_label.text()
    dialog.accept()
    assert Settings.load().extra[schedule.SECOND_TARGET] == str(tmp_path)


def test_the_daily_backup_runs_once_a_day_and_back_up_now_reports(
    window: MainWindow, tmp_path: Path
) -> None:
    window.settings.extra[schedule.SECOND_TARGET] = str(tmp_path)
    controller = BackupController(window)
    assert controller.timer.isActive()
    assert controller.check_daily() is True
    assert controller.check_daily() is False  # already done today
    controller.back_up_now()
    assert "Backup written" in window.statusBar().currentMessage()
    kinds = sorted(b.kind.value for b in list_backups(window.service.path))
    assert kinds == ["auto", "manual"]
    assert len(list(tmp_path.glob("catalog-*.sqlite"))) == 2  # both copied to the stick


def test_window_menus_back_up_restore_and_forget_the_old_catalog(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Shift+B backs up; the Catalog menu's restore brings the backup back; the
    restored catalog has no undo pointing into the replaced one."""
    from PySide6.QtGui import QKeySequence

    actions = window.actions_
    assert actions.back_up_now.shortcut() == QKeySequence("Ctrl+Shift+B")
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    catalog_menu = [a.text() for a in menus["&Catalog"].actions()]
    assert "&Back up now" in catalog_menu and "&Restore from a backup…" in catalog_menu
    settings_menu = next(m for m in menus.values() if m.objectName() == "settingsMenu")
    assert actions.backup_settings in settings_menu.actions()

    add(window.service, 5, "Kept")
    actions.back_up_now.trigger()
    assert "Backup written" in window.statusBar().currentMessage()
    (manual,) = [b for b in list_backups(window.service.path) if b.kind is Kind.MANUAL]

    window.refresh()
    window.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.delete_selected()
    assert actions.undo_delete.isEnabled()
    assert window.service.counts().records == 4

    monkeypatch.setattr(QMessageBox, "information", lambda *_a, **_k: None)
    window.backups.restore_from(manual.path)
    assert window.service.counts().records == 5
    assert not actions.undo_delete.isEnabled()  # its ids belonged to the replaced catalog


def test_restore_menu_and_welcome_button_open_the_backup_list(qtbot, window: MainWindow) -> None:
    def open_lists() -> list[RestoreDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, RestoreDialog) and w.parent() is window and w.isVisible()
        ]

    window.actions_.restore_backup.trigger()
    (dialog,) = open_lists()
    dialog.reject()
    assert window.welcome.isVisible()  # an empty catalog shows the welcome page
    qtbot.mouseClick(window.welcome.restore_button, Qt.MouseButton.LeftButton)
    (dialog,) = open_lists()
    dialog.reject()
