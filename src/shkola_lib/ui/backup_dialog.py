"""The backup dialogs: the list to restore from, and the backup settings.

:class:`RestoreDialog` lists the backups (newest first, with their counts) and asks
once before a restore; :class:`BackupSettingsDialog` sets the second target (a USB
stick or a network folder). :mod:`shkola_lib.ui.backup_controller` ties them, "Back
up now" and the once-a-day backup to the main window.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shkola_lib.catalog import backup_schedule as schedule
from shkola_lib.catalog.backup import BackupInfo, list_backups
from shkola_lib.catalog.backup_cli import human_size
from shkola_lib.paths import backup_dir_for
from shkola_lib.settings import Settings
from shkola_lib.ui.formatting import count_text, datetime_text
from shkola_lib.ui.tasks import TaskRunner
from shkola_lib.ui.widgets.list_model import ListTableModel

log = logging.getLogger(__name__)
_Index = QModelIndex | QPersistentModelIndex


def second_target(settings: Settings) -> Path | None:
    text = str(settings.extra.get(schedule.SECOND_TARGET) or "").strip()
    return Path(text) if text else None


class BackupListModel(ListTableModel[BackupInfo]):
    """One row per backup file, newest first."""

    COL_DATE, COL_KIND, COL_SIZE, COL_RECORDS, COL_COPIES, COL_PLACE = range(6)
    InfoRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self._headers = [
            self.tr("Date"),
            self.tr("Made"),
            self.tr("Size"),
            self.tr("Records"),
            self.tr("Copies"),
            self.tr("Folder"),
        ]

    def set_backups(self, items: list[BackupInfo]) -> None:
        self.set_items(sorted(items, key=lambda i: i.created, reverse=True))

    def backup(self, row: int) -> BackupInfo | None:
        return self.item(row)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.backup(index.row()) if index.isValid() else None
        if item is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            unreadable = self.tr("unreadable")
            return {
                self.COL_DATE: datetime_text(item.created),
                self.COL_KIND: item.kind.label,
                self.COL_SIZE: human_size(item.size),
                self.COL_RECORDS: unreadable if item.records is None else count_text(item.records),
                self.COL_COPIES: "" if item.copies is None else count_text(item.copies),
                self.COL_PLACE: str(item.path.parent),
            }.get(col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.error or str(item.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COL_SIZE <= col <= self.COL_COPIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.InfoRole:
            return str(item.path)
        return None


class RestoreDialog(QDialog):
    """Choose a backup; ``restoreRequested`` carries its path once the librarian agreed."""

    restoreRequested = Signal(str)

    def __init__(
        self,
        service_path: Path,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        extra_dirs: list[Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.db_path = Path(service_path)
        self.runner = runner
        self.extra_dirs = [d for d in extra_dirs or [] if d.is_dir()]
        intro = QLabel(
            self.tr(
                "Choose the state of the catalog to go back to. A copy of the catalog as it "
                "is now is made first, so a restore can itself be undone."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = BackupListModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("backupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _i: self.restore_selected())
        self.empty_label = QLabel(self.tr("There are no backups yet."), self)
        self.empty_label.hide()
        self.restore_button = QPushButton(self.tr("&Restore…"), self)
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.file_button = QPushButton(self.tr("Choose a &file…"), self)
        self.file_button.setObjectName("restoreFileButton")
        self.file_button.setAutoDefault(False)
        self.file_button.clicked.connect(self.choose_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.file_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(row)
        self.resize(860, 420)
        self.reload()

    def reload(self) -> None:
        def shown(items: list[BackupInfo]) -> None:
            self.model.set_backups(items)
            self.empty_label.setVisible(not items)
            self.restore_button.setEnabled(bool(items))
            if items:
                self.table.selectRow(0)
                self.table.setFocus()

        self.runner.run(lambda: list_backups(self.db_path, self.extra_dirs), shown, self._failed)

    def selected(self) -> BackupInfo | None:
        index = self.table.currentIndex()
        return self.model.backup(index.row()) if index.isValid() else None

    def choose_file(self) -> None:
        start = str(self.extra_dirs[0] if self.extra_dirs else backup_dir_for(self.db_path))
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            start,
            self.tr("Shkola-Lib backups (*.sqlite *.zip);;All files (*)"),
        )
        if name:
            self.confirm_and_request(Path(name), None)

    def restore_selected(self) -> None:
        item = self.selected()
        if item is not None:
            self.confirm_and_request(item.path, item)

    def confirm_and_request(self, path: Path, item: BackupInfo | None) -> None:
        """Ask once; a yes closes the dialog and emits ``restoreRequested``."""
        if item is not None:
            what = self.tr("the catalog as it was on {date} ({records} records, {copies} copies)")
            what = what.format(
                date=datetime_text(item.created),
                records=count_text(item.records) if item.records is not None else "?",
                copies=count_text(item.copies) if item.copies is not None else "?",
            )
        else:
            what = self.tr("the catalog from the file {name}").format(name=path.name)
        answer = QMessageBox.question(
            self,
            self.tr("Restore the catalog?"),
            self.tr(
                "Replace the current catalog by {what}?\n\nA copy of the current catalog is "
                "made first; you can go back to it from this list."
            ).format(what=what),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.accept()
            self.restoreRequested.emit(str(path))

    def _failed(self, exc: BaseException) -> None:
        log.error("Listing backups failed", exc_info=exc)
        QMessageBox.warning(self, self.windowTitle(), str(exc))


class BackupSettingsDialog(QDialog):
    """Where the second copy of each automatic backup goes (a USB stick, a network folder)."""

    def __init__(self, settings: Settings, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupSettingsDialog")
        self.setWindowTitle(self.tr("Backup settings"))
        self.settings = settings
        where = QLabel(
            self.tr(
                "The program backs the catalog up when it closes and once a day while it is "
                "open, into {folder}. It keeps one backup for each of the last 7 days, "
                "4 weeks and 12 months."
            ).format(folder=backup_dir_for(Path(db_path))),
            self,
        )
        where.setWordWrap(True)
        second = QLabel(
            self.tr(
                "A second copy protects against a broken computer: choose a folder on a USB "
                "stick or a network folder. When it is not connected the program says so once."
            ),
            self,
        )
        second.setWordWrap(True)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("secondTargetEdit")
        self.folder_edit.setClearButtonEnabled(True)
        self.folder_edit.setText(str(second_target(settings) or ""))
        self.folder_edit.setPlaceholderText(self.tr("No second place"))
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse)
        self.test_button = QPushButton(self.tr("&Test"), self)
        self.test_button.setObjectName("testTargetButton")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_target)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("targetTestLabel")
        self.result_label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        row.addWidget(self.test_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (where, second):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, 260)

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Second backup place"))
        if folder:
            self.folder_edit.setText(folder)
            self.test_target()

    def test_target(self) -> bool:
        text = self.folder_edit.text().strip()
        if not text:
            self.result_label.setText(self.tr("No second place is set."))
            return True
        problem = schedule.check_target(Path(text))
        self.result_label.setText(problem or self.tr("Backups can be written there."))
        return not problem

    def accept(self) -> None:
        text = self.folder_edit.text().strip()
        if text:
            self.settings.extra[schedule.SECOND_TARGET] = text
        else:
            self.settings.extra.pop(schedule.SECOND_TARGET, None)
        self.settings.extra.pop(schedule.SECOND_PROBLEM_TOLD, None)
        self.settings.save()
        super().accept()
