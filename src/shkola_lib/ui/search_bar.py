"""The one search box with a material-type filter; debounced search-as-you-type."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from shkola_lib.catalog.search import SearchFilters
from shkola_lib.models import MaterialType

DEBOUNCE_MS = 150


class SearchLineEdit(QLineEdit):
    """Enter runs the search at once; Down moves into the results."""

    enterPressed = Signal()
    downPressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enterPressed.emit()
            return
        if event.key() == Qt.Key.Key_Down:
            self.downPressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class SearchBar(QWidget):
    searchChanged = Signal(str, object)  # query, SearchFilters
    searchNow = Signal(str, object)
    moveToResults = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = SearchLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setPlaceholderText(
            self.tr("Search: title, author, ISBN, ББК, subject, inventory number… (Ctrl+F)")
        )
        self.type_combo = QComboBox(self)
        self.type_combo.setObjectName("typeFilter")
        self.type_combo.addItem(self.tr("All materials"), None)
        for mtype in MaterialType:
            self.type_combo.addItem(mtype.label, mtype)
        label = QLabel(self.tr("&Find:"), self)
        label.setBuddy(self.edit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.type_combo)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit_changed)
        self.edit.textChanged.connect(lambda _t: self._timer.start())
        self.edit.enterPressed.connect(self._emit_now)
        self.edit.downPressed.connect(self.moveToResults)
        self.type_combo.currentIndexChanged.connect(lambda _i: self._emit_changed())

    def query(self) -> str:
        return self.edit.text()

    def filters(self) -> SearchFilters:
        return SearchFilters(material_type=self.type_combo.currentData())

    def set_query(self, text: str) -> None:
        self.edit.setText(text)

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def _emit_changed(self) -> None:
        self._timer.stop()
        self.searchChanged.emit(self.query(), self.filters())

    def search_now(self) -> None:
        """Run the search for the current text at once (no typing pause)."""
        self._emit_now()

    def _emit_now(self) -> None:
        self._timer.stop()
        self.searchNow.emit(self.query(), self.filters())
