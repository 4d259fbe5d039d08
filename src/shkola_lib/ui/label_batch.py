"""Which copies get labels: the choice (:class:`BatchChooser`) and the list (:class:`BatchModel`).

The chooser only holds the choice and turns it into the conditions of
``CatalogService.copies_for_labels``; the dialog runs the query in the task
runner and hands the labels to the model, which also says where on which sheet
each label will be printed.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QTableView,
    QWidget,
)

from shkola_lib.catalog.labels import BatchError, parse_inventory_range
from shkola_lib.io.labels import LabelData
from shkola_lib.ui.widgets.field_error import FieldErrorLabel

SCOPES = ("unprinted", "today", "since", "selected", "search", "range")
Index = QModelIndex | QPersistentModelIndex


class BatchModel(QAbstractTableModel):
    """The copies of the batch in print order, with the place each label goes to."""

    INVENTORY, SHELF_MARK, TITLE, PLACE = range(4)
    LabelRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: list[LabelData] = []
        self._start = 1
        self._per_sheet = 1

    def set_labels(self, labels: list[LabelData]) -> None:
        self.beginResetModel()
        self._labels = list(labels)
        self.endResetModel()

    def labels(self) -> list[LabelData]:
        return list(self._labels)

    def set_placement(self, start: int, per_sheet: int) -> None:
        """Labels start at ``start`` (1-based) on sheets of ``per_sheet`` labels."""
        if (start, per_sheet) == (self._start, self._per_sheet):
            return
        self._start, self._per_sheet = start, max(1, per_sheet)
        if self._labels:
            last = self.index(len(self._labels) - 1, self.PLACE)
            self.dataChanged.emit(self.index(0, self.PLACE), last, [Qt.ItemDataRole.DisplayRole])

    def place(self, row: int) -> tuple[int, int]:
        """(sheet, label), both 1-based, of the label in ``row``."""
        sheet, position = divmod(self._start - 1 + row, self._per_sheet)
        return sheet + 1, position + 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._labels)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._labels):
            return None
        label = self._labels[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.INVENTORY:
                return label.inventory_number
            if column == self.SHELF_MARK:
                return " ".join(x for x in (label.bbk, label.author_sign) if x)
            if column == self.TITLE:
                return label.title
            if column == self.PLACE:
                sheet, position = self.place(index.row())
                return self.tr("{sheet} · {label}").format(sheet=sheet, label=position)
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return label.title or None
        elif role == Qt.ItemDataRole.ToolTipRole and column == self.PLACE:
            sheet, position = self.place(index.row())
            return self.tr("Sheet {sheet}, label {label}").format(sheet=sheet, label=position)
        elif role == Qt.ItemDataRole.TextAlignmentRole and column in (self.INVENTORY, self.PLACE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == self.LabelRole:
            return label
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if orientation != Qt.Orientation.Horizontal or role not in roles:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == self.PLACE:
            return self.tr("Sheet · label")
        titles = (
            self.tr("Inventory no."),
            self.tr("Shelf mark"),
            self.tr("Title"),
            self.tr("Place", "where on the sheets a label is printed: sheet · label"),
        )
        return titles[section] if 0 <= section < len(titles) else None


class BatchChooser(QGroupBox):
    """The radio buttons of the batch (with the date and the range), the list and its count."""

    changed = Signal()

    def __init__(
        self,
        *,
        selected_count: int,
        search_count: int,
        query: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("batchChooser")
        self.setTitle(self.tr("1. Which copies"))
        self.selected_count, self.search_count, self.query = selected_count, search_count, query
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for n, scope in enumerate(SCOPES):
            button = QRadioButton(self)
            button.setObjectName(f"batch_{scope}")
            self.group.addButton(button, n)
            self.buttons[scope] = button
        self.since_edit = QDateEdit(QDate.currentDate().addDays(-7), self)
        self.since_edit.setObjectName("sinceEdit")
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setDisplayFormat("dd.MM.yyyy")
        self.since_edit.setMaximumDate(QDate.currentDate())
        self.since_edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.range_edit = QLineEdit(self)
        self.range_edit.setObjectName("rangeEdit")
        self.range_edit.setPlaceholderText(self.tr("e.g. 1001-1050"))
        self.range_edit.setClearButtonEnabled(True)
        self.range_error = FieldErrorLabel(self)
        self.range_error.setObjectName("rangeError")
        self.model = BatchModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("batchTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # the header's tooltips say it all
        # Wide enough for the header in every language (Kazakh headers are the longest) and
        # the usual values; the title takes the rest.
        metrics = header.fontMetrics()
        for column, least in (
            (BatchModel.INVENTORY, 75),
            (BatchModel.SHELF_MARK, 105),
            (BatchModel.PLACE, 62),
        ):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(least, metrics.horizontalAdvance(text) + 24))
        header.setSectionResizeMode(BatchModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("batchSummary")
        self.summary_label.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        for row, scope in enumerate(SCOPES):
            if scope == "since":
                grid.addWidget(self.buttons[scope], row, 0)
                grid.addWidget(self.since_edit, row, 1)
            elif scope == "range":
                grid.addWidget(self.buttons[scope], row, 0)
                grid.addWidget(self.range_edit, row, 1)
            else:
                grid.addWidget(self.buttons[scope], row, 0, 1, 2)
        grid.addWidget(self.range_error, len(SCOPES), 0, 1, 2)
        grid.addWidget(self.table, len(SCOPES) + 1, 0, 1, 2)
        grid.addWidget(self.summary_label, len(SCOPES) + 2, 0, 1, 2)
        grid.setRowStretch(len(SCOPES) + 1, 1)
        self.buttons["selected"].setEnabled(selected_count > 0)
        self.buttons["search"].setEnabled(search_count > 0)
        self.buttons["unprinted"].setChecked(True)
        self.set_counts(None, None)

        self._range_timer = QTimer(self)
        self._range_timer.setSingleShot(True)
        self._range_timer.setInterval(500)
        self._range_timer.timeout.connect(self._range_typed)
        self.group.idToggled.connect(lambda _id, on: on and self._emit())
        self.since_edit.dateChanged.connect(lambda _d: self._choose("since"))
        self.range_edit.textEdited.connect(lambda _t: self._range_timer.start())
        self.range_edit.returnPressed.connect(self._range_typed)

    def set_counts(self, unprinted: int | None, today: int | None) -> None:
        """Show how many copies the first two choices hold (None: not known yet)."""
        b = self.buttons
        b["unprinted"].setText(
            self.tr("&Not yet labelled ({n})").format(n=unprinted)
            if unprinted is not None
            else self.tr("&Not yet labelled")
        )
        b["today"].setText(
            self.tr("Added &today ({n})").format(n=today)
            if today is not None
            else self.tr("Added &today")
        )
        b["since"].setText(self.tr("Added si&nce"))
        b["selected"].setText(
            self.tr("Copies of the s&elected records ({n})").format(n=self.selected_count)
        )
        b["search"].setText(
            self.tr("Copies of the records found by «{query}» ({n})").format(
                query=self.query, n=self.search_count
            )
            if self.query
            else self.tr("Copies of the records in the &list ({n})").format(n=self.search_count)
        )
        b["range"].setText(self.tr("Inventory num&bers"))

    # --- the choice ---------------------------------------------------------------------
    def scope(self) -> str:
        return next((s for s, b in self.buttons.items() if b.isChecked()), "unprinted")

    def set_scope(self, scope: str) -> None:
        self.buttons[scope].setChecked(True)

    def set_range(self, text: str) -> None:
        """Type a range and choose it (as the librarian would, without waiting)."""
        self.range_edit.setText(text)
        self._range_typed()

    def set_since(self, day: date) -> None:
        self.since_edit.setDate(QDate(day.year, day.month, day.day))

    def conditions(self, selected_ids: list[int], search_ids: list[int]) -> dict[str, Any]:
        """Keyword arguments for ``copies_for_labels``; raises BatchError for a bad range."""
        scope = self.scope()
        if scope == "unprinted":
            return {"unprinted": True}
        if scope == "today":
            return {"added_since": date.today()}
        if scope == "since":
            return {"added_since": self.since_edit.date().toPython()}
        if scope == "selected":
            return {"record_ids": list(selected_ids)}
        if scope == "search":
            return {"record_ids": list(search_ids)}
        text = self.range_edit.text().strip()
        if not text:
            raise BatchError(
                self.tr("Write the first and the last inventory number, e.g. 1001-1050.")
            )
        return {"inventory_range": parse_inventory_range(text)}

    def show_error(self, message: str) -> None:
        self.range_error.show_message(message)

    def _choose(self, scope: str) -> None:
        if self.buttons[scope].isChecked():
            self._emit()
        else:
            self.buttons[scope].setChecked(True)  # emits through idToggled

    def _range_typed(self) -> None:
        self._range_timer.stop()
        self._choose("range")

    def _emit(self) -> None:
        self.range_error.clear_message()
        self.changed.emit()
