"""A global exception hook: log the error and tell the librarian, instead of vanishing."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from shkola_lib.logs import log_file
from shkola_lib.models.sqlite_errors import describe as describe_trouble

log = logging.getLogger("shkola_lib")


class ExceptionHook(QObject):
    """Installs itself as ``sys.excepthook``; shows a dialog on the GUI thread."""

    _show = Signal(str, str, str)  # message, details, the librarian's words (or "")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._show.connect(self._dialog)
        self._previous = sys.excepthook
        self._previous_thread = threading.excepthook
        sys.excepthook = self._hook
        threading.excepthook = self._thread_hook
        self.dialogs_shown = 0

    def uninstall(self) -> None:
        sys.excepthook = self._previous
        threading.excepthook = self._previous_thread

    def _hook(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            self._previous(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("Unhandled error:\n%s", details)
        # a full disk or a damaged file is not the program's fault: say what to do
        trouble = describe_trouble(exc) or ""
        self._show.emit(str(exc) or exc_type.__name__, details, trouble)

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self._hook(args.exc_type, args.exc_value, args.exc_traceback)

    @Slot(str, str, str)
    def _dialog(self, message: str, details: str, trouble: str = "") -> None:
        app = QApplication.instance()
        if app is None or QThread.currentThread() is not app.thread():
            return
        self.dialogs_shown += 1
        box = QMessageBox(QApplication.activeWindow())
        if trouble:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Shkola-Lib"))
            box.setText(trouble)
            box.setInformativeText(self.tr("Log file: {path}").format(path=log_file()))
        else:
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(self.tr("Something went wrong"))
            box.setText(
                self.tr(
                    "The program met an unexpected error. Your saved work is safe in the "
                    "catalog. If it happens again, send the log file to whoever supports "
                    "the program."
                )
            )
            box.setInformativeText(
                self.tr("Error: {message}\nLog file: {path}").format(
                    message=message, path=log_file()
                )
            )
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()
