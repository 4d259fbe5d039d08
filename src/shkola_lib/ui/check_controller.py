"""Catalog → Check the catalog: check, offer the repair, say what is left.

SQLite's integrity check reads the whole file: a second for a school, about a minute for
a district's catalog of a million records, and the repair rebuilds the search index of
every record. Both run in the background behind a busy dialog with Cancel (after half a
second); a cancelled check says nothing, a cancelled repair changes nothing (one
transaction).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from shkola_lib.catalog.progress import CancelToken, Progress
from shkola_lib.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from shkola_lib.catalog.check import Problem


class CheckWindow(Protocol):
    service: Any
    runner: TaskRunner

    def refresh(self) -> None: ...
    def statusBar(self) -> QStatusBar: ...
    def _task_failed(self, exc: BaseException) -> None: ...


class CheckController(QObject):
    def __init__(self, window: CheckWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window

    @property
    def parent_widget(self) -> QWidget | None:
        return self.window if isinstance(self.window, QWidget) else None

    def check(self) -> None:
        """Check in the background, then show what was found."""
        self._run(self.tr("Checking the catalog…"), repair=False)

    def _run(self, title: str, *, repair: bool) -> None:
        found: list[Problem] = []
        service = self.window.service

        def work(token: CancelToken) -> Iterator[Progress]:
            yield Progress(0, 0, title)
            if repair:
                service.repair(cancel=token)
            # after a repair, SQLite's check of the whole file is not read again: the
            # repair ran only because it had just found the file sound
            found.extend(service.check(cancel=token, integrity=not repair))

        def done(_result: None) -> None:
            if repair:
                self.window.refresh()
            self._show(found, repaired=repair)

        def cancelled() -> None:
            text = (
                self.tr("Repair cancelled: nothing was changed.")
                if repair
                else self.tr("Check cancelled.")
            )
            self.window.statusBar().showMessage(text, 8000)

        self.window.runner.run_with_progress(
            self.parent_widget,  # type: ignore[arg-type]
            title,
            work,
            on_success=done,
            on_error=self.window._task_failed,
            on_cancel=cancelled,
        )

    def _show(self, problems: list[Problem], *, repaired: bool) -> None:
        from shkola_lib.catalog.check import can_repair

        parent, title = self.parent_widget, self.tr("Check")
        if not problems:
            QMessageBox.information(
                parent,
                title,
                self.tr("Repaired. The catalog is in order.")
                if repaired
                else self.tr("The catalog is in order."),
            )
            return
        text = "\n".join(p.message for p in problems[:30])
        if any(p.damaged_file for p in problems):
            QMessageBox.warning(
                parent,
                title,
                self.tr(
                    "{problems}\n\nThe catalog file itself is damaged, so nothing is "
                    "repaired in it. Restore the latest backup: Catalog → Restore from "
                    "a backup…"
                ).format(problems=text),
            )
        elif can_repair(problems) and not repaired:
            answer = QMessageBox.question(
                parent,
                title,
                self.tr("{problems}\n\nRepair what can be repaired now?").format(problems=text),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._run(self.tr("Repairing the catalog…"), repair=True)
        else:
            QMessageBox.warning(
                parent,
                title,
                self.tr(
                    "{problems}\n\nThese cannot be repaired automatically: correct the "
                    "records named here."
                ).format(problems=text),
            )
