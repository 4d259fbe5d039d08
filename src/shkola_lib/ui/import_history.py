"""Past imports, with "Undo this import…" and "Open report".

Undo removes what an import added, except records and copies the librarian has
worked on since; the dialog says how many were removed and how many were kept.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shkola_lib.catalog.importer import BatchInfo, UndoResult
from shkola_lib.catalog.service import CatalogService
from shkola_lib.ui.exchange_common import GREY_STYLE, is_alive
from shkola_lib.ui.formatting import datetime_text
from shkola_lib.ui.tasks import TaskRunner
from shkola_lib.ui.widgets.list_model import ListTableModel

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex


def local_time(when: datetime | None) -> str:
    """A stored UTC time as the librarian's clock shows it."""
    if when is None:
        return ""
    return datetime_text(when.replace(tzinfo=UTC).astimezone())


class ImportHistoryModel(ListTableModel[BatchInfo]):
    """One row per import batch, newest first."""

    COL_DATE, COL_FILE, COL_READ, COL_NEW, COL_MERGED, COL_SKIPPED, COL_REJECTED, COL_UNDONE = (
        range(8)
    )
    BatchRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__((), parent)
        self._headers = [
            self.tr("Date"),
            self.tr("File"),
            self.tr("Read"),
            self.tr("New"),
            self.tr("Copies added to"),
            self.tr("Skipped"),
            self.tr("Rejected"),
            self.tr("Undone"),
        ]

    def set_batches(self, batches: list[BatchInfo]) -> None:
        self.set_items(batches)

    def batch(self, row: int) -> BatchInfo | None:
        return self.item(row)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        b = self.batch(index.row())
        if b is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.COL_DATE: local_time(b.started_at),
                self.COL_FILE: Path(b.file_name).name,
                self.COL_READ: str(b.read),
                self.COL_NEW: str(b.imported),
                self.COL_MERGED: str(b.merged),
                self.COL_SKIPPED: str(b.duplicates_skipped),
                self.COL_REJECTED: str(b.rejected),
                self.COL_UNDONE: local_time(b.undone_at) if b.undone_at else self.tr("no"),
            }
            return values.get(col)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_FILE:
            return b.file_name
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COL_READ <= col <= self.COL_REJECTED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and b.undone_at is not None:
            from PySide6.QtGui import QPalette

            return QPalette().brush(QPalette.ColorRole.PlaceholderText)
        if role == self.BatchRole:
            return b.id
        return None


class ImportHistoryDialog(QDialog):
    undone = Signal(int)  # batch id: the catalog changed

    def __init__(
        self,
        service: CatalogService,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importHistoryDialog")
        self.service = service
        self.runner = runner or TaskRunner(self)
        self.setWindowTitle(self.tr("Import history"))
        intro = QLabel(
            self.tr(
                "Every import is kept here. Undoing one removes the records and copies it "
                "added; records you have changed since are kept."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = ImportHistoryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("importHistoryTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ImportHistoryModel.COL_FILE, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.empty_label = QLabel(self.tr("Nothing has been imported yet."), self)
        self.empty_label.setStyleSheet(GREY_STYLE)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("undoResultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.hide()

        self.undo_button = QPushButton(self.tr("&Undo this import…"), self)
        self.undo_button.setObjectName("undoImportButton")
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo_selected)
        self.report_button = QPushButton(self.tr("Open the &report"), self)
        self.report_button.setObjectName("openReportButton")
        self.report_button.setAutoDefault(False)
        self.report_button.clicked.connect(self.open_report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addWidget(self.report_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.result_label)
        layout.addLayout(row)
        self.resize(820, 420)
        self.reload()

    # --- content ----------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        def shown(batches: list[BatchInfo]) -> None:
            if not is_alive(self):
                return
            self.model.set_batches(batches)
            self.empty_label.setVisible(not batches)
            row = next((r for r, b in enumerate(batches) if b.id == select), 0)
            if batches:
                self.table.selectRow(row)
                self.table.setFocus()
            self._update()

        self.runner.run(self.service.import_batches, shown, self._failed)

    def selected_batch(self) -> BatchInfo | None:
        index = self.table.currentIndex()
        return self.model.batch(index.row()) if index.isValid() else None

    def _update(self) -> None:
        b = self.selected_batch()
        self.undo_button.setEnabled(b is not None and b.undone_at is None)
        self.report_button.setEnabled(
            b is not None and bool(b.report_path) and Path(b.report_path).is_file()
        )

    def _failed(self, exc: BaseException) -> None:
        log.error("Import history task failed", exc_info=exc)
        if is_alive(self):
            QMessageBox.warning(self, self.windowTitle(), str(exc))

    # --- actions -------------------------------------------------------------------------
    def open_report(self) -> None:
        b = self.selected_batch()
        if b is not None and b.report_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(b.report_path))

    def undo_selected(self) -> None:
        b = self.selected_batch()
        if b is None or b.undone_at is not None:
            return
        what = self.tr("its {n} new records with their copies").format(n=b.imported)
        if b.merged:
            what = self.tr(
                "its {n} new records with their copies, and the copies it added to "
                "{m} records already in the catalog"
            ).format(n=b.imported, m=b.merged)
        answer = QMessageBox.question(
            self,
            self.tr("Undo the import?"),
            self.tr(
                "Undo the import of «{file}» from {date}?\n\nThis removes {what}. Records you "
                "have changed since the import are kept."
            ).format(file=Path(b.file_name).name, date=local_time(b.started_at), what=what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        batch_id = b.id

        def done(result: UndoResult) -> None:
            if not is_alive(self):
                return
            self.show_result(result)
            self.undone.emit(batch_id)
            self.reload(select=batch_id)

        self.runner.run(lambda: self.service.undo_import(batch_id), done, self._failed)

    def show_result(self, result: UndoResult) -> None:
        text = self.tr("Undone: {records} records and {copies} copies removed.").format(
            records=result.records_removed, copies=result.copies_removed
        )
        if result.stock_removed:
            text += " " + self.tr("{n} textbooks removed from counted stock.").format(
                n=result.stock_removed
            )
        if result.kept_records:
            text += " " + self.tr(
                "{n} records were kept because they were changed after the import."
            ).format(n=len(result.kept_records))
        self.result_label.setText(text)
        self.result_label.show()
