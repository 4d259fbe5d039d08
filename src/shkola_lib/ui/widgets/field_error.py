"""Field errors: a red message line directly under its field, and the form registry."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shkola_lib.catalog.validation import FieldError

ERROR_STYLE = "color: #c62828;"


class FieldErrorLabel(QLabel):
    """Hidden while empty; shows one field's message in red, wrapped to the field's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote what was typed
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_message(self, message: str) -> None:
        """Show ``message`` (an empty message hides the label)."""
        self.setText(message)
        self.setVisible(bool(message))

    def clear_message(self) -> None:
        self.setText("")
        self.hide()

    @property
    def message(self) -> str:
        """The message shown, or "" when there is none."""
        return "" if self.isHidden() else self.text()


def with_error_label(field: QWidget, name: str) -> tuple[QWidget, FieldErrorLabel]:
    """Wrap ``field`` in a box with an error label under it; the label is named ``name``."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    label = FieldErrorLabel(box)
    label.setObjectName(name)
    layout.addWidget(label)
    return box, label


def make_form() -> QFormLayout:
    """A form whose fields take the width they are given (rows never wrap)."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def _camel(field: str) -> str:
    head, *rest = field.split("_")
    return head + "".join(part.title() for part in rest)


class FormErrors:
    """The fields of a (tabbed) form and their error labels.

    :meth:`show` puts each :class:`FieldError` under its field, switches to the
    tab of the first invalid field in form order and focuses it; messages for
    fields it does not know (or that are hidden) go to the ``general`` label.
    List fields ("isbns.1") are handled by a callback that shows the message
    and returns the widget to focus.
    """

    def __init__(self, general: FieldErrorLabel, tabs: QTabWidget | None = None) -> None:
        self.general = general
        self.tabs = tabs
        self._order: list[str] = []
        self._widgets: dict[str, QWidget] = {}
        self._labels: dict[str, FieldErrorLabel] = {}
        self._lists: dict[str, Callable[[int, str], QWidget]] = {}
        self._clearers: list[Callable[[], None]] = []

    def add_row(
        self, form: QFormLayout, label: str, widget: QWidget, field: str, name: str
    ) -> QWidget:
        """Add ``widget`` (named ``name``) with an error label under it; return the row box."""
        widget.setObjectName(name)
        box, error = with_error_label(widget, _camel(field) + "Error")
        form.addRow(label, box)
        label_widget = form.labelForField(box)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(widget)
        self.add_field(field, widget, error)
        return box

    def add_field(self, field: str, widget: QWidget, error: FieldErrorLabel) -> None:
        """Register ``widget`` as ``field``; editing it clears its message."""
        self._order.append(field)
        self._widgets[field] = widget
        self._labels[field] = error
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(error.clear_message)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(error.clear_message)
        elif isinstance(widget, QComboBox):
            widget.currentTextChanged.connect(error.clear_message)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(error.clear_message)

    def add_list(
        self, field: str, show: Callable[[int, str], QWidget], clear: Callable[[], None]
    ) -> None:
        """Register a list field: ``show(index, message)`` returns the widget to focus."""
        self._order.append(field)
        self._lists[field] = show
        self._clearers.append(clear)

    def label(self, field: str) -> FieldErrorLabel:
        return self._labels[field]

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear_message()
        self.general.clear_message()
        for clear in self._clearers:
            clear()

    def _shown(self, widget: QWidget) -> bool:
        """Whether ``widget`` is not inside a hidden part of its page (other tabs count)."""
        pages = {self.tabs.widget(i) for i in range(self.tabs.count())} if self.tabs else set()
        current: QWidget | None = widget
        while current is not None and current not in pages:
            if current.isHidden():
                return False
            current = current.parentWidget()
        return True

    def show(self, errors: list[FieldError]) -> QWidget | None:
        """Show ``errors``; focus and return the first invalid field in form order."""
        general: list[str] = []
        first: tuple[int, int, QWidget] | None = None
        for error in errors:
            base, _dot, index = error.field.partition(".")
            widget: QWidget | None = None
            if base in self._lists and index.isdigit():
                widget = self._lists[base](int(index), error.message)
            elif error.field in self._labels and self._shown(self._widgets[error.field]):
                self._labels[error.field].show_message(error.message)
                widget = self._widgets[error.field]
            if widget is None:
                general.append(error.message)
                continue
            rank = (self._order.index(base), int(index) if index.isdigit() else 0, widget)
            if first is None or rank[:2] < first[:2]:
                first = rank
        if general:
            self.general.show_message("\n".join(general))
        if first is None:
            return None
        widget = first[2]
        if self.tabs is not None:
            for i in range(self.tabs.count()):
                if self.tabs.widget(i).isAncestorOf(widget):
                    self.tabs.setCurrentIndex(i)
        widget.setFocus()
        return widget
