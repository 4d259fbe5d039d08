"""The form base of the holdings dialogs: error labels under fields, a service call on OK.

Holds no user-visible strings (``self.tr`` takes its context from the runtime
class, so the text lives in the concrete dialogs), only layout, error display,
tab order and small widget factories shared by the dialogs in
:mod:`shkola_lib.ui.holdings_dialogs` and :mod:`shkola_lib.ui.writeoff_dialog`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shkola_lib.catalog.service import CatalogService
from shkola_lib.catalog.validation import FieldError, ValidationError
from shkola_lib.ui.widgets.field_error import ERROR_STYLE, FieldErrorLabel

__all__ = [
    "ERROR_STYLE",
    "NOTE_STYLE",
    "HoldingsFormDialog",
    "current_academic_year",
    "date_value",
    "make_date_edit",
    "make_location_combo",
    "make_price_spin",
    "price_to_tiyn",
    "record_locations",
    "record_title",
]

NOTE_STYLE = "color: palette(placeholder-text);"
MAX_PRICE_TENGE = 10_000_000
# The field of a date edit whose value means "not known" (shown as a dash).
_UNKNOWN_DATE = QDate(1900, 1, 1)


# --- small helpers (no user-visible text) --------------------------------------
def current_academic_year(today: date | None = None) -> str:
    """The academic year in progress: from July on, the one that starts this year."""
    today = today or date.today()
    start = today.year if today.month >= 7 else today.year - 1
    return f"{start}-{start + 1}"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def price_to_tiyn(tenge: float) -> int | None:
    """Tenge from a spin box to stored tiyn; 0 means "no price given"."""
    tiyn = round(tenge * 100)
    return tiyn or None


def make_date_edit(
    name: str, value: date | None = None, *, allow_unknown: bool = False
) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    if allow_unknown:
        edit.setMinimumDate(_UNKNOWN_DATE)
        edit.setSpecialValueText("—")
    edit.setDate(
        to_qdate(value) if value else (_UNKNOWN_DATE if allow_unknown else QDate.currentDate())
    )
    return edit


def date_value(edit: QDateEdit) -> date | None:
    """The edit's date, or None for the "unknown" special value."""
    if edit.specialValueText() and edit.date() == edit.minimumDate():
        return None
    return edit.date().toPython()


def make_price_spin(tiyn: int | None = None) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setObjectName("priceSpin")
    spin.setRange(0, MAX_PRICE_TENGE)
    spin.setDecimals(2)
    spin.setSuffix(" ₸")
    spin.setSpecialValueText("—")  # 0: no price given
    spin.setGroupSeparatorShown(True)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setValue((tiyn or 0) / 100)
    return spin


def make_location_combo(current: str, suggestions: Iterable[str]) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("locationCombo")
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    seen: list[str] = []
    for place in suggestions:
        place = place.strip()
        if place and place not in seen:
            seen.append(place)
    combo.addItems(sorted(seen, key=str.casefold))
    combo.setCurrentText(current)
    return combo


def record_locations(
    service: CatalogService, record_id: int, *, counted_stock: bool
) -> tuple[str, list[str]]:
    """The record's title and the locations its holdings use; the kind being added last,
    so that ``[-1]`` is the place of its latest copy or lot (a good default)."""
    detail = service.get_detail(record_id)
    copies = [c.location for c in detail.copies]
    lots = [s.location for s in detail.stock]
    places = copies + lots if counted_stock else lots + copies
    return detail.record.title, [p for p in places if p]


def record_title(service: CatalogService, record_id: int | None) -> str:
    """The title of a record, or "" when it is unknown or gone."""
    if record_id is None:
        return ""
    try:
        return service.get_record(record_id).title
    except LookupError:
        return ""


class _ScannerEnterFilter(QObject):
    """A barcode scanner ends with Enter: move on to the next field instead of saving."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
                watched, QWidget
            ):
                watched.focusNextChild()
                return True
        return super().eventFilter(watched, event)


def _change_signal(widget: QWidget) -> SignalInstance | None:
    """The signal that says the user changed the widget's value (to clear its error)."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QComboBox):
        return widget.currentTextChanged
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.valueChanged
    return None


# --- the shared form ---------------------------------------------------------------
class HoldingsFormDialog(QDialog):
    """A form dialog with an error label under each field and a service call on OK.

    Subclasses add rows with :meth:`add_row`, finish with :meth:`finish`, and
    implement :meth:`apply`, which calls the service (raising ``ValidationError``)
    and returns False when the user backed out of a confirmation.
    """

    saved = Signal()

    def __init__(self, service: CatalogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._field_errors: dict[str, FieldErrorLabel] = {}
        self._field_widgets: dict[str, QWidget] = {}
        self._order: list[QWidget] = []
        self._rows: dict[QWidget, QWidget] = {}
        self._scanner_filter = _ScannerEnterFilter(self)

        self.headerLabel = QLabel()
        self.headerLabel.setObjectName("headerLabel")
        self.headerLabel.setWordWrap(True)
        self.headerLabel.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headerLabel.font()
        font.setBold(True)
        self.headerLabel.setFont(font)
        self.headerLabel.hide()
        self.subheaderLabel = QLabel()
        self.subheaderLabel.setObjectName("subheaderLabel")
        self.subheaderLabel.setWordWrap(True)
        self.subheaderLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.subheaderLabel.hide()

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)

        self.formErrorLabel = self._error_label("formErrorLabel")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.okButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.okButton.setObjectName("okButton")
        self.okButton.setDefault(True)
        self.okButton.setAutoDefault(True)
        self.cancelButton = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancelButton.setObjectName("cancelButton")
        self.cancelButton.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.headerLabel)
        layout.addWidget(self.subheaderLabel)
        layout.addLayout(self.form)
        layout.addWidget(self.formErrorLabel)
        layout.addStretch(1)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    @staticmethod
    def _error_label(name: str) -> FieldErrorLabel:
        label = FieldErrorLabel()
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def set_header(self, title: str, detail: str = "") -> None:
        """Show what the dialog is about: the record's title (bold) and a detail line."""
        for label, text in ((self.headerLabel, title), (self.subheaderLabel, detail)):
            label.setText(text)
            label.setVisible(bool(text))

    def add_row(
        self,
        label_text: str,
        widget: QWidget,
        fields: Sequence[str] = (),
        *,
        below: Sequence[QWidget] = (),
        beside: QWidget | None = None,
        focusable: bool = True,
    ) -> QLabel:
        """Add a labelled field; errors for ``fields`` appear directly under it."""
        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        if beside is not None:  # e.g. a spin box with "of 25 remaining" next to it
            row = QHBoxLayout()
            row.setSpacing(8)
            row.addWidget(widget, 1)
            row.addWidget(beside)
            box.addLayout(row)
        else:
            box.addWidget(widget)
        base = widget.objectName()
        for suffix in ("Edit", "Spin", "Combo", "Label"):
            base = base.removesuffix(suffix)
        error = self._error_label(f"{base}Error")  # "firstNumberEdit" -> "firstNumberError"
        box.addWidget(error)
        for extra in below:
            box.addWidget(extra)
        label = QLabel(label_text)
        label.setBuddy(widget)
        self.form.addRow(label, container)
        self._rows[widget] = container
        for field in fields:
            self._field_errors[field] = error
            self._field_widgets[field] = widget
        if focusable:
            self._order.append(widget)
        signal = _change_signal(widget)
        if signal is not None:
            signal.connect(lambda *_: error.clear_message())
        return label

    def add_wide_row(self, widget: QWidget, *, focusable: bool = True) -> None:
        """Add a widget across both columns (a check box, a note) in form order."""
        self.form.addRow(widget)
        if focusable:
            self._order.append(widget)

    def set_row_visible(self, widget: QWidget, visible: bool) -> None:
        self.form.setRowVisible(self._rows[widget], visible)

    def watch_scanner(self, edit: QLineEdit) -> None:
        """Let a scanner's trailing Enter move to the next field rather than save."""
        edit.setProperty("scanTarget", True)  # the scan detector lets codes land here
        edit.installEventFilter(self._scanner_filter)

    def finish(self, ok_text: str) -> None:
        """Label the OK button and set the tab order to the form order."""
        self.okButton.setText(ok_text)
        chain = [w for w in self._order if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        chain += [self.okButton, self.cancelButton]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        if self._order:
            self._order[0].setFocus()

    # --- errors ---------------------------------------------------------------
    def clear_errors(self) -> None:
        for label in {*self._field_errors.values(), self.formErrorLabel}:
            label.clear_message()

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        """Put each message under its field (others under the form); focus the first."""
        general: list[str] = []
        texts: dict[FieldErrorLabel, list[str]] = {}
        for err in errors:
            label = self._field_errors.get(err.field)
            if label is None:
                general.append(err.message)
            else:
                texts.setdefault(label, []).append(err.message)
        for label, messages in texts.items():
            label.show_message("\n".join(messages))
            if not label.isVisibleTo(self):  # its row is hidden: say it under the form
                general.extend(messages)
        if general:
            self.formErrorLabel.show_message("\n".join(general))
        for widget in self._order:
            field_labels = [
                self._field_errors[f] for f, w in self._field_widgets.items() if w is widget
            ]
            if any(label.isVisibleTo(self) for label in field_labels):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
                break

    def error_text(self, field: str) -> str:
        """The message shown for ``field`` (or the general one for unknown fields)."""
        label = self._field_errors.get(field, self.formErrorLabel)
        return label.text() if label.isVisibleTo(self) else ""

    # --- accepting --------------------------------------------------------------
    def apply(self) -> bool:
        """Call the service; raise ValidationError, or return False to stay open."""
        raise NotImplementedError

    def accept(self) -> None:
        self.clear_errors()
        try:
            done = self.apply()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        if not done:
            return
        self.saved.emit()
        super().accept()
