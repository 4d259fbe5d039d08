"""ISBN entry: a line edit with a live check, and a list of them for one record.

The field is a scanner's target as much as a keyboard's: digits typed under the
Kazakh layout arrive as Kazakh letters and an X under a Cyrillic layout as «Ч»,
so those are mapped back (no ISBN contains letters other than X). Enter in the
field confirms the number instead of pressing the dialog's default button, as a
scanner ends every code with Enter.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shkola_lib.catalog import isbn as isbn_mod
from shkola_lib.catalog.validation import isbn_error
from shkola_lib.ui.widgets.field_error import ERROR_STYLE

OK_STYLE = "color: #2e7d32;"
HINT_STYLE = "color: palette(placeholder-text);"

# Keys of the digit row (and X) as they arrive under the Kazakh or Russian layout.
_LAYOUT_FIX = str.maketrans(
    {
        "ә": "2",
        "Ә": "2",
        "і": "3",
        "І": "3",
        "ң": "4",
        "Ң": "4",
        "ғ": "5",
        "Ғ": "5",
        "ү": "8",
        "Ү": "8",
        "ұ": "9",
        "Ұ": "9",
        "қ": "0",
        "Қ": "0",
        "ө": "-",
        "Ө": "-",
        "ч": "X",
        "Ч": "X",
        "x": "X",
    }
)


def fix_layout(text: str) -> str:
    """``text`` with digits typed under another keyboard layout mapped back."""
    return text.translate(_LAYOUT_FIX)


class IsbnEdit(QLineEdit):
    """One ISBN; emits ``entered`` on Enter (and keeps the Enter from the dialog)."""

    entered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(40)
        self.setPlaceholderText("978-601-…")
        self.textEdited.connect(self._fix_layout)
        self.editingFinished.connect(self.hyphenate)

    def _fix_layout(self, text: str) -> None:
        fixed = fix_layout(text)
        if fixed != text:
            cursor = self.cursorPosition()
            self.setText(fixed)
            self.setCursorPosition(cursor)

    def hyphenate(self) -> None:
        """Show a valid ISBN with the agency's hyphens (left as typed when invalid)."""
        text = self.text().strip()
        if isbn_mod.is_valid(text):
            shown = isbn_mod.hyphenate(text)
            if shown != self.text():
                self.setText(shown)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            super().keyPressEvent(event)  # emits editingFinished
            event.accept()
            self.entered.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.hyphenate()


class IsbnStatusLabel(QLabel):
    """The live verdict under an ISBN field: valid, a hint while typing, or an error."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_state(self, message: str, style: str) -> None:
        self.setText(message)
        self.setStyleSheet(style)
        self.setVisible(bool(message))

    @property
    def is_error(self) -> bool:
        return not self.isHidden() and self.styleSheet() == ERROR_STYLE


class _IsbnRow(QWidget):
    def __init__(self, owner: IsbnListEditor) -> None:
        super().__init__(owner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        line = QHBoxLayout()
        line.setSpacing(4)
        self.edit = IsbnEdit(self)
        self.remove = QToolButton(self)
        self.remove.setText("×")
        self.remove.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        line.addWidget(self.edit, 1)
        line.addWidget(self.remove)
        layout.addLayout(line)
        self.status = IsbnStatusLabel(self)
        layout.addWidget(self.status)


class IsbnListEditor(QWidget):
    """Several ISBNs of one record, each checked as it is typed."""

    changed = Signal()
    rowsChanged = Signal()  # fields added or removed: the owner may redo its Tab order
    editingFinished = Signal()  # a field was left or confirmed: time to look for duplicates
    entered = Signal(int)  # Enter pressed in the ISBN field of that row

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_IsbnRow] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(4)
        layout.addLayout(self._rows_box)
        self.add_button = QPushButton(self.tr("Add another ISBN"), self)
        self.add_button.setObjectName("addIsbnButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_and_focus)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._add_row()

    # --- rows -------------------------------------------------------------------
    def _add_row(self) -> _IsbnRow:
        row = _IsbnRow(self)
        row.remove.setToolTip(self.tr("Remove this ISBN"))
        row.edit.setToolTip(self.tr("Type or scan the ISBN; hyphens are optional."))
        self._rows.append(row)
        self._rows_box.addWidget(row)
        row.show()  # now, not on the next event loop pass: Tab and focus can reach it
        row.edit.textChanged.connect(lambda _t, r=row: self._check(r, final=False))
        row.edit.textEdited.connect(lambda _t: self.changed.emit())
        row.edit.editingFinished.connect(lambda r=row: self._finished(r))
        row.edit.entered.connect(lambda r=row: self.entered.emit(self._rows.index(r)))
        row.remove.clicked.connect(lambda _c=False, r=row: self._remove_row(r))
        self._renumber()
        return row

    def _add_and_focus(self) -> None:
        self._add_row().edit.setFocus()
        self.changed.emit()

    def _remove_row(self, row: _IsbnRow) -> None:
        index = self._rows.index(row)
        if len(self._rows) == 1:
            row.edit.clear()
            row.status.show_state("", "")
        else:
            self._rows.remove(row)
            self._rows_box.removeWidget(row)
            row.hide()
            row.deleteLater()
            self._renumber()
            self._rows[min(index, len(self._rows) - 1)].edit.setFocus()
        self.changed.emit()
        self.editingFinished.emit()

    def focus_chain(self) -> list[QWidget]:
        """The Tab order inside: the ISBN fields, then "Add another ISBN"."""
        return [*(row.edit for row in self._rows), self.add_button]

    def _renumber(self) -> None:
        chain = self.focus_chain()
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        for i, row in enumerate(self._rows):
            row.edit.setObjectName(f"isbnEdit{i}")
            row.status.setObjectName(f"isbnStatus{i}")
            row.remove.setObjectName(f"removeIsbnButton{i}")
            row.remove.setVisible(len(self._rows) > 1)
        self.rowsChanged.emit()

    # --- checking ---------------------------------------------------------------
    def _check(self, row: _IsbnRow, *, final: bool) -> None:
        """Live verdict; an error turns red once the field is left (``final``)."""
        text = row.edit.text().strip()
        digits = isbn_mod.normalise(text)
        if not text:
            row.status.show_state("", "")
        elif isbn_mod.is_valid(digits):
            row.status.show_state(self.tr("Valid ISBN"), OK_STYLE)
        elif not final and digits[:3] in ("978", "979") and len(digits) < 13 and digits.isdigit():
            # An ISBN-13 being typed: at 10 digits it is not a wrong ISBN-10.
            row.status.show_state(
                self.tr("{count} of 13 digits").format(count=len(digits)), HINT_STYLE
            )
        else:
            message = isbn_error(text) or ""
            row.status.show_state(message, ERROR_STYLE if final else HINT_STYLE)

    def _finished(self, row: _IsbnRow) -> None:
        self._check(row, final=True)
        self.editingFinished.emit()

    # --- data -------------------------------------------------------------------
    def _filled_rows(self) -> list[_IsbnRow]:
        return [row for row in self._rows if row.edit.text().strip()]

    def isbns(self) -> list[str]:
        """The ISBNs as typed (empty fields left out)."""
        return [row.edit.text().strip() for row in self._filled_rows()]

    def set_isbns(self, values: list[str]) -> None:
        """Show ``values`` (valid ones hyphenated), one field each, at least one field."""
        while len(self._rows) > max(1, len(values)):
            row = self._rows.pop()
            self._rows_box.removeWidget(row)
            row.hide()
            row.deleteLater()
        while len(self._rows) < len(values):
            self._add_row()
        self._renumber()
        for row, value in zip(self._rows, [*values, ""], strict=False):
            row.edit.setText(isbn_mod.hyphenate(value) if value else "")
            self._check(row, final=True)

    def edit_for(self, index: int) -> QLineEdit:
        """The field of the ``index``-th ISBN returned by :meth:`isbns`."""
        filled = self._filled_rows()
        return (filled[index] if index < len(filled) else self._rows[0]).edit

    def first_edit(self) -> QLineEdit:
        return self._rows[0].edit

    def show_error(self, index: int, message: str) -> None:
        """Show a save-time message under the ``index``-th filled ISBN."""
        filled = self._filled_rows()
        row = filled[index] if index < len(filled) else self._rows[0]
        row.status.show_state(message, ERROR_STYLE)

    def clear_errors(self) -> None:
        for row in self._rows:
            self._check(row, final=False)
