"""The persons of a record as a small table of fields: name, role, dates.

Rows of real widgets rather than a QTableWidget: Tab walks name → role → dates
→ next row and then leaves the table, as everywhere else in the form (an item
view with editors traps Tab inside it). The buttons under the rows act on the row
that last had the focus, marked with an arrow.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from shkola_lib.catalog.data import PersonData
from shkola_lib.models.enums import PersonRole
from shkola_lib.ui.widgets.field_error import FieldErrorLabel

ROLE_WIDTH = 140
DATES_WIDTH = 100
NAME_MIN_WIDTH = 200
VISIBLE_ROWS = 3


class _PersonRow(QWidget):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.marker = QLabel(self)
        self.marker.setFixedWidth(12)
        self.name = QLineEdit(self)
        self.name.setMinimumWidth(NAME_MIN_WIDTH)  # «Сүлейменов Олжас Омарұлы» fits
        self.role = QComboBox(self)
        for role in PersonRole:
            self.role.addItem(role.label, role.value)
        self.role.setFixedWidth(ROLE_WIDTH)
        self.dates = QLineEdit(self)
        self.dates.setFixedWidth(DATES_WIDTH)
        layout.addWidget(self.marker)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.role)
        layout.addWidget(self.dates)

    def widgets(self) -> tuple[QWidget, QWidget, QWidget]:
        return self.name, self.role, self.dates

    def value(self) -> PersonData:
        return PersonData(
            self.name.text().strip(),
            PersonRole(self.role.currentData()),
            self.dates.text().strip(),
        )

    def set_value(self, person: PersonData) -> None:
        self.name.setText(person.name)
        self.role.setCurrentIndex(max(0, self.role.findData(person.role.value)))
        self.dates.setText(person.dates)

    def is_empty(self) -> bool:
        return not self.name.text().strip() and not self.dates.text().strip()


class PersonsEditor(QWidget):
    """Authors, editors, translators… in order; empty rows are ignored."""

    changed = Signal()
    rowsChanged = Signal()  # rows added or removed: the owner may redo its Tab order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_PersonRow] = []
        self._current = 0

        header = QHBoxLayout()
        header.setSpacing(4)
        header.addSpacing(16)
        name_header = QLabel(self.tr("Name"), self)
        header.addWidget(name_header, 1)
        role_header = QLabel(self.tr("Role"), self)
        role_header.setFixedWidth(ROLE_WIDTH)
        dates_header = QLabel(self.tr("Dates"), self)
        dates_header.setFixedWidth(DATES_WIDTH)
        header.addWidget(role_header)
        header.addWidget(dates_header)

        self._rows_widget = QWidget()
        self._rows_box = QVBoxLayout(self._rows_widget)
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self._rows_box.setSpacing(4)
        self._rows_box.addStretch(1)
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("personsScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setWidget(self._rows_widget)
        # Never scroll sideways: the editor asks for the room a row needs instead.
        self._scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = self._scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self._scroll.setMinimumWidth(12 + NAME_MIN_WIDTH + ROLE_WIDTH + DATES_WIDTH + 3 * 4 + bar)
        self._rows_widget.setAutoFillBackground(False)
        self._scroll.viewport().setAutoFillBackground(False)

        self.add_button = self._button("addPersonButton", self.tr("Add"), self._add_clicked)
        self.remove_button = self._button("removePersonButton", self.tr("Remove"), self.remove)
        self.up_button = self._button("personUpButton", self.tr("Up"), lambda: self.move(-1))
        self.down_button = self._button("personDownButton", self.tr("Down"), lambda: self.move(1))
        self.add_button.setToolTip(self.tr("Add a person"))
        self.remove_button.setToolTip(self.tr("Remove the person marked with the arrow"))
        self.up_button.setToolTip(self.tr("Move the marked person up"))
        self.down_button.setToolTip(self.tr("Move the marked person down"))
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addSpacing(16)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.error = FieldErrorLabel(self)
        self.error.setObjectName("personsError")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self._scroll)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.add_row()

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    # --- rows -------------------------------------------------------------------
    def add_row(self, person: PersonData | None = None) -> _PersonRow:
        """Append a row (empty, or showing ``person``) and keep the Tab order."""
        row = _PersonRow(self._rows_widget)
        row.name.setToolTip(self.tr("Surname first, e.g. Әуезов, Мұхтар or Иванов, И. И."))
        row.dates.setPlaceholderText("1845-1904")
        if person is not None:
            row.set_value(person)
        self._rows.append(row)
        self._rows_box.insertWidget(len(self._rows) - 1, row)
        row.show()  # now, not on the next event loop pass: Tab and focus can reach it
        for widget in row.widgets():
            widget.installEventFilter(self)
        row.name.textEdited.connect(self._edited)
        row.dates.textEdited.connect(self._edited)
        row.role.activated.connect(self._edited)
        self._renumber()
        return row

    def _edited(self) -> None:
        self.error.clear_message()
        self.changed.emit()

    def _add_clicked(self) -> None:
        row = self.add_row()
        self._set_current(len(self._rows) - 1)
        row.name.setFocus()
        self.changed.emit()

    def remove(self) -> None:
        """Remove the marked row (the only row is cleared instead)."""
        index = self._current
        if len(self._rows) == 1:
            self._rows[0].set_value(PersonData(""))
        else:
            row = self._rows.pop(index)
            self._rows_box.removeWidget(row)
            row.hide()
            row.deleteLater()
            self._renumber()
            index = min(index, len(self._rows) - 1)
        self._set_current(index)
        self._rows[index].name.setFocus()
        self.changed.emit()

    def move(self, step: int) -> None:
        """Move the marked person ``step`` rows (−1 up, +1 down)."""
        index, target = self._current, self._current + step
        if not 0 <= target < len(self._rows):
            return
        here, there = self._rows[index].value(), self._rows[target].value()
        self._rows[index].set_value(there)
        self._rows[target].set_value(here)
        self._set_current(target)
        self.changed.emit()

    def focus_chain(self) -> list[QWidget]:
        """The Tab order inside: each row's name, role, dates, then the buttons."""
        fields = [widget for row in self._rows for widget in row.widgets()]
        return [*fields, self.add_button, self.remove_button, self.up_button, self.down_button]

    def _renumber(self) -> None:
        chain = self.focus_chain()
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        for i, row in enumerate(self._rows):
            row.name.setObjectName(f"personName{i}")
            row.role.setObjectName(f"personRole{i}")
            row.dates.setObjectName(f"personDates{i}")
        self._current = min(self._current, len(self._rows) - 1)
        self._set_current(self._current)
        self._fit_height()
        self.rowsChanged.emit()

    def _fit_height(self) -> None:
        row_height = self._rows[0].sizeHint().height() if self._rows else 24
        shown = max(1, min(len(self._rows), VISIBLE_ROWS))
        self._scroll.setFixedHeight(shown * row_height + (shown - 1) * 4 + 2)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()  # rows know their real height once styled

    def _set_current(self, index: int) -> None:
        self._current = index
        for i, row in enumerate(self._rows):
            row.marker.setText("▸" if i == index and len(self._rows) > 1 else "")
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(index < len(self._rows) - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for i, row in enumerate(self._rows):
                if watched in row.widgets():
                    self._set_current(i)
                    self._scroll.ensureWidgetVisible(row)
                    break
        return super().eventFilter(watched, event)

    # --- data -------------------------------------------------------------------
    def _filled_rows(self) -> list[_PersonRow]:
        return [row for row in self._rows if not row.is_empty()]

    def persons(self) -> list[PersonData]:
        """The persons in order (rows without name and dates left out)."""
        return [row.value() for row in self._filled_rows()]

    def set_persons(self, persons: list[PersonData]) -> None:
        """Show ``persons``, one row each, at least one (empty) row."""
        while len(self._rows) > max(1, len(persons)):
            row = self._rows.pop()
            self._rows_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        while len(self._rows) < len(persons):
            self.add_row()
        for row, person in zip(self._rows, [*persons, PersonData("")], strict=False):
            row.set_value(person)
        self._renumber()
        self._set_current(0)
        self.error.clear_message()

    def first_field(self) -> QLineEdit:
        return self._rows[0].name

    def field_for(self, index: int) -> QLineEdit:
        """The name field of the ``index``-th person returned by :meth:`persons`."""
        filled = self._filled_rows()
        return (filled[index] if index < len(filled) else self._rows[0]).name

    def show_error(self, index: int, message: str) -> None:
        """Show ``message`` under the table and mark the row of the ``index``-th person."""
        filled = self._filled_rows()
        if index < len(filled):
            self._set_current(self._rows.index(filled[index]))
        self.error.show_message(message)
