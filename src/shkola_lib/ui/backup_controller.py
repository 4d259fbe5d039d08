"""Backups in the main window: "Back up now", restore, settings, the daily backup.

The window creates one :class:`BackupController` and connects its menu actions to
it. A restore is verified and staged in the background (the catalog is only read);
the swap itself closes the catalog, replaces the file and reopens it on the GUI
thread, so no query can run against a half-swapped file.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from shkola_lib.catalog.progress import CancelToken, Progress
from shkola_lib.settings import Settings
from shkola_lib.ui.formatting import count_text, datetime_text
from shkola_lib.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the dialogs and the backup and restore steps load when first used
    from shkola_lib.catalog import backup_schedule as schedule
    from shkola_lib.catalog.restore import PreparedRestore, RestoreResult
    from shkola_lib.ui.backup_dialog import BackupSettingsDialog, RestoreDialog

log = logging.getLogger(__name__)


def message_of(exc: BaseException) -> str:
    """The librarian's sentence of an error (``OSError`` without its "[Errno 28]")."""
    if isinstance(exc, OSError) and exc.strerror:
        return str(exc.strerror)
    return str(exc)


class BackupWindow(Protocol):
    """What :class:`BackupController` needs of the main window."""

    service: Any
    settings: Settings
    runner: TaskRunner

    def refresh(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...


class BackupController(QObject):
    """The backup actions of the window (back up now, restore, settings), the daily backup."""

    catalogReplaced = Signal()  # after a restore: the window shows the restored catalog
    CHECK_EVERY_MS = 60 * 60 * 1000
    FIRST_CHECK_MS = 10 * 60 * 1000

    def __init__(self, window: BackupWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check_daily)
        self.timer.start()
        QTimer.singleShot(self.FIRST_CHECK_MS, self, self.check_daily)

    @property
    def parent_widget(self) -> QWidget | None:
        return self.window if isinstance(self.window, QWidget) else None

    def _status(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def check_daily(self) -> bool:
        """Start the day's automatic backup if none was made today; True if started."""
        from shkola_lib.catalog import backup_schedule as schedule

        path = self.window.service.path
        if not schedule.daily_backup_due(path):
            return False
        extra = dict(self.window.settings.extra)

        def done(result: schedule.AutoBackupResult) -> None:
            told = extra.get(schedule.SECOND_PROBLEM_TOLD)
            if told:
                self.window.settings.extra[schedule.SECOND_PROBLEM_TOLD] = told
            else:
                self.window.settings.extra.pop(schedule.SECOND_PROBLEM_TOLD, None)
            if result.notice:
                self._status(result.notice, 30000)

        self.window.runner.run(lambda: schedule.auto_backup(path, extra), done, self._quiet)
        return True

    def _quiet(self, exc: BaseException) -> None:
        log.error("Automatic backup failed", exc_info=exc)
        text = self.tr("The automatic backup failed: {error}").format(error=message_of(exc))
        self._status(text, 30000)

    def back_up_now(self) -> None:
        from shkola_lib.catalog import backup_schedule as schedule

        path = self.window.service.path
        extra = dict(self.window.settings.extra)
        self._status(self.tr("Backing up…"), 0)

        def done(result: schedule.AutoBackupResult) -> None:
            text = self.tr("Backup written: {path}").format(path=result.path)
            if result.second_copy is not None:
                text += " " + self.tr("and {path}").format(path=result.second_copy)
            self._status(f"{text}. {result.notice}".strip(), 15000)

        def failed(exc: BaseException) -> None:
            self._status("")
            QMessageBox.warning(self.parent_widget, self.tr("Back up"), message_of(exc))

        self.window.runner.run(lambda: schedule.back_up_now(path, extra), done, failed)

    def open_settings(self) -> BackupSettingsDialog:
        from shkola_lib.ui.backup_dialog import BackupSettingsDialog

        dialog = BackupSettingsDialog(
            self.window.settings, self.window.service.path, self.parent_widget
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_restore(self) -> RestoreDialog:
        from shkola_lib.ui.backup_dialog import RestoreDialog, second_target

        target = second_target(self.window.settings)
        dialog = RestoreDialog(
            self.window.service.path,
            self.window.runner,
            self.parent_widget,
            extra_dirs=[target] if target else [],
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restoreRequested.connect(lambda p: self.restore_from(Path(p)))
        dialog.open()
        return dialog

    def restore_from(self, source: Path) -> None:
        """Verify and stage in the background; swap and reopen on the GUI thread."""
        from shkola_lib.catalog.restore import (
            backup_file,
            discard_restore,
            prepare_restore,
            restore_service,
            verify_backup,
        )

        service = self.window.service
        runner = self.window.runner
        runner.wait(10000)  # no task may hold the catalog while it is swapped
        holder: dict[str, PreparedRestore] = {}

        def work(token: CancelToken) -> Any:
            yield Progress(0, 2, self.tr("Checking the backup…"))
            with backup_file(source, service.path.parent) as file:
                info = verify_backup(file)
                token.check()
                yield Progress(1, 2, self.tr("Copying the current catalog aside…"))
                holder["prepared"] = prepare_restore(service.path, file, verified=info)
            yield Progress(2, 2)

        def staged(_none: None) -> None:
            prepared = holder["prepared"]
            runner.wait(10000)  # a task started meanwhile must not see the swap
            try:
                result = restore_service(service, prepared)
            except Exception as exc:  # the old catalog was reopened
                failed(exc)
                return
            self.catalogReplaced.emit()
            self.window.refresh()
            self._tell_restored(result)

        def failed(exc: BaseException) -> None:
            if "prepared" in holder:
                discard_restore(holder["prepared"])
            log.error("Restore failed", exc_info=exc)
            QMessageBox.warning(
                self.parent_widget,
                self.tr("Restore"),
                self.tr("{error}\n\nThe catalog was not changed.").format(error=message_of(exc)),
            )

        def cancelled() -> None:
            if "prepared" in holder:
                discard_restore(holder["prepared"])
            self._status(self.tr("Restore cancelled: the catalog was not changed."))

        runner.run_with_progress(
            self.parent_widget,  # type: ignore[arg-type]
            self.tr("Restoring…"),
            work,
            on_success=staged,
            on_error=failed,
            on_cancel=cancelled,
        )

    def _tell_restored(self, result: RestoreResult) -> None:
        counts = self.window.service.counts()
        text = self.tr("The catalog of {date} is back: {records} records, {copies} copies.").format(
            date=datetime_text(result.backup.created),
            records=count_text(counts.records),
            copies=count_text(counts.copies),
        )
        if result.safety is not None:
            text += "\n\n" + self.tr(
                "The catalog as it was before the restore is kept in {path}."
            ).format(path=result.safety)
        self._status(text.split("\n")[0], 15000)
        QMessageBox.information(self.parent_widget, self.tr("Restore"), text)
