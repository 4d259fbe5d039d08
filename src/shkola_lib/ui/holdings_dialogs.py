"""Dialogs that add and change holdings: copy series, single copies, counted stock.

Each dialog calls the :class:`CatalogService` facade when accepted, stays open
and shows the service's :class:`ValidationError` messages under the fields they
concern, and emits ``saved`` after a successful change. The write-off dialog
lives in :mod:`shkola_lib.ui.writeoff_dialog` and is re-exported here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from shkola_lib.catalog.data import CopyData, StockData
from shkola_lib.catalog.holdings import SeriesRequest
from shkola_lib.catalog.service import CatalogService
from shkola_lib.catalog.validation import FieldError, ValidationError, ksu_entry_error
from shkola_lib.models.enums import CopyStatus
from shkola_lib.ui.formatting import date_text
from shkola_lib.ui.holdings_form import (
    ERROR_STYLE,
    NOTE_STYLE,
    HoldingsFormDialog,
    current_academic_year,
    date_value,
    make_date_edit,
    make_location_combo,
    make_price_spin,
    price_to_tiyn,
    record_locations,
    record_title,
)
from shkola_lib.ui.writeoff_dialog import WriteOffDialog

__all__ = ["AddCopiesDialog", "AddStockDialog", "EditCopyDialog", "WriteOffDialog"]


# --- 1. copies -------------------------------------------------------------------
class AddCopiesDialog(HoldingsFormDialog):
    """Add a series of individually inventoried copies, or one copy with a barcode."""

    def __init__(
        self,
        service: CatalogService,
        record_id: int,
        parent: QWidget | None = None,
        *,
        locations: Sequence[str] = (),
    ) -> None:
        super().__init__(service, parent)
        self.record_id = record_id
        self.added_numbers: list[str] = []
        self.added_copy_id: int | None = None
        self.setWindowTitle(self.tr("Add copies"))
        title, used = record_locations(service, record_id, counted_stock=False)
        self.set_header(title)

        self.singleCopyCheck = QCheckBox(self.tr("&One copy with its own number and barcode"))
        self.singleCopyCheck.setObjectName("singleCopyCheck")
        self.add_wide_row(self.singleCopyCheck)

        self.countSpin = QSpinBox()
        self.countSpin.setObjectName("countSpin")
        self.countSpin.setRange(1, 500)
        self.countSpin.setValue(1)
        self.add_row(self.tr("Number of &copies:"), self.countSpin, ["count"])

        self.firstNumberEdit = QLineEdit(service.next_inventory_numbers(1)[0])
        self.firstNumberEdit.setObjectName("firstNumberEdit")
        self.previewLabel = QLabel()
        self.previewLabel.setObjectName("previewLabel")
        self.previewLabel.setWordWrap(True)
        self.previewLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.firstNumberLabel = self.add_row(
            self.tr("&First inventory number:"),
            self.firstNumberEdit,
            ["first_number", "inventory_number"],
            below=[self.previewLabel],
        )

        self.barcodeEdit = QLineEdit()
        self.barcodeEdit.setObjectName("barcodeEdit")
        self.barcodeEdit.setPlaceholderText(self.tr("scan or type; may stay empty"))
        self.watch_scanner(self.barcodeEdit)
        self.add_row(self.tr("&Barcode:"), self.barcodeEdit, ["barcode"])

        self.locationCombo = make_location_combo(used[-1] if used else "", [*locations, *used])
        self.add_row(self.tr("&Location:"), self.locationCombo, ["location"])
        self.acquiredDateEdit = make_date_edit("acquiredDateEdit")
        self.add_row(self.tr("Acquisition &date:"), self.acquiredDateEdit, ["acquired_on"])
        self.sourceEdit = QLineEdit()
        self.sourceEdit.setObjectName("sourceEdit")
        self.sourceEdit.setPlaceholderText(self.tr("supplier, gift, transfer…"))
        self.add_row(self.tr("&Source:"), self.sourceEdit, ["source"])
        self.priceSpin = make_price_spin()
        self.add_row(self.tr("&Price per copy:"), self.priceSpin, ["price_tiyn"])
        self.ksuEdit = QLineEdit(service.suggest_ksu_entry(counted_stock=False))
        self.ksuEdit.setObjectName("ksuEdit")
        self.ksuEdit.setPlaceholderText(self.tr("e.g. 12/2026"))
        self.add_row(self.tr("КСУ &entry:"), self.ksuEdit, ["ksu_entry"])
        self.finish(self.tr("Add"))

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(200)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self.countSpin.valueChanged.connect(self._preview_timer.start)
        self.firstNumberEdit.textChanged.connect(self._preview_timer.start)
        self.singleCopyCheck.toggled.connect(self._set_single)
        self.acquiredDateEdit.dateChanged.connect(self._resuggest_ksu)
        self._set_single(False)

    def _set_single(self, single: bool) -> None:
        self.clear_errors()
        self.countSpin.setEnabled(not single)
        self.set_row_visible(self.countSpin, not single)
        self.set_row_visible(self.barcodeEdit, single)
        self.firstNumberLabel.setText(
            self.tr("&Inventory number:") if single else self.tr("&First inventory number:")
        )
        self.setWindowTitle(self.tr("Add a copy") if single else self.tr("Add copies"))
        self.refresh_preview()
        self.adjustSize()
        field = self.firstNumberEdit if single else self.countSpin
        field.setFocus()
        field.selectAll()

    def _resuggest_ksu(self, qdate: QDate) -> None:
        if not self.ksuEdit.isModified():
            self.ksuEdit.setText(
                self.service.suggest_ksu_entry(counted_stock=False, year=qdate.year())
            )

    def _count(self) -> int:
        return 1 if self.singleCopyCheck.isChecked() else self.countSpin.value()

    def planned_numbers(self) -> list[str]:
        """The numbers the copies would get; raises ValidationError for a bad first number."""
        first = self.firstNumberEdit.text().strip()
        if self.singleCopyCheck.isChecked():
            return [first] if first else []
        return self.service.plan_series(SeriesRequest(count=self._count(), first_number=first))

    def _taken(self, numbers: list[str]) -> list[str]:
        """Numbers of the plan already on a copy (only those below the next free number
        can be: the next free number is above every number ever issued)."""
        next_free = int(self.service.next_inventory_numbers(1)[0])
        taken = []
        for number in numbers:
            if number.isdigit() and int(number) >= next_free:
                continue
            hit = self.service.find_copy(number)
            if hit is not None and hit.inventory_number == number:
                taken.append(number)
        return taken

    def refresh_preview(self) -> None:
        """Show the numbers that will be given, and whether any are already in use."""
        self._preview_timer.stop()
        try:
            numbers = self.planned_numbers()
        except ValidationError as exc:
            self._set_preview(exc.errors[0].message if exc.errors else str(exc), error=True)
            return
        if not numbers:
            self._set_preview("", error=False)
            return
        taken = self._taken(numbers)
        if taken:
            shown = ", ".join(taken[:10]) + (" …" if len(taken) > 10 else "")
            self._set_preview(
                self.tr("Already in use: {numbers}\nChoose another number.").format(numbers=shown),
                error=True,
            )
        elif len(numbers) == 1:
            self._set_preview(
                self.tr("The copy will get number {number}.").format(number=numbers[0]),
                error=False,
            )
        else:
            self._set_preview(
                self.tr("The copies will get numbers {first}–{last}.").format(
                    first=numbers[0], last=numbers[-1]
                ),
                error=False,
            )

    def show_errors(self, errors: Sequence[FieldError]) -> None:
        super().show_errors(errors)
        if self.error_text("first_number") and self.previewLabel.styleSheet() == ERROR_STYLE:
            self.previewLabel.hide()  # the service's message under the field says it

    def _set_preview(self, text: str, *, error: bool) -> None:
        self.previewLabel.setText(text)
        self.previewLabel.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
        self.previewLabel.setVisible(bool(text))

    def apply(self) -> bool:
        price = price_to_tiyn(self.priceSpin.value())
        acquired = date_value(self.acquiredDateEdit)
        if self.singleCopyCheck.isChecked():
            data = CopyData(
                inventory_number=self.firstNumberEdit.text().strip(),
                barcode=self.barcodeEdit.text().strip() or None,
                location=self.locationCombo.currentText().strip(),
                acquired_on=acquired,
                source=self.sourceEdit.text().strip(),
                price_tiyn=price,
                ksu_entry=self.ksuEdit.text().strip(),
            )
            self.added_copy_id = self.service.add_copy(self.record_id, data)
            self.added_numbers = [data.inventory_number]
            return True
        request = SeriesRequest(
            count=self.countSpin.value(),
            first_number=self.firstNumberEdit.text().strip() or None,
            location=self.locationCombo.currentText().strip(),
            acquired_on=acquired,
            source=self.sourceEdit.text().strip(),
            price_tiyn=price,
            ksu_entry=self.ksuEdit.text().strip(),
        )
        self.added_numbers = self.service.add_copy_series(self.record_id, request)
        return True


# --- 2. counted stock ------------------------------------------------------------
class AddStockDialog(HoldingsFormDialog):
    """Add counted stock (textbooks): a quantity under one textbook КСУ entry."""

    def __init__(
        self,
        service: CatalogService,
        record_id: int,
        parent: QWidget | None = None,
        *,
        locations: Sequence[str] = (),
    ) -> None:
        super().__init__(service, parent)
        self.record_id = record_id
        self.added_lot_id: int | None = None
        self.setWindowTitle(self.tr("Add textbooks (counted stock)"))
        title, used = record_locations(service, record_id, counted_stock=True)
        self.set_header(title)

        self.quantitySpin = QSpinBox()
        self.quantitySpin.setObjectName("quantitySpin")
        self.quantitySpin.setRange(1, 10000)
        self.quantitySpin.setValue(1)
        self.add_row(self.tr("&Quantity:"), self.quantitySpin, ["quantity"])
        self.ksuEdit = QLineEdit(service.suggest_ksu_entry(counted_stock=True))
        self.ksuEdit.setObjectName("ksuEdit")
        self.ksuEdit.setPlaceholderText(self.tr("e.g. 3/2026"))
        self.add_row(self.tr("КСУ &entry:"), self.ksuEdit, ["ksu_entry"])

        self.academicYearCombo = QComboBox()
        self.academicYearCombo.setObjectName("academicYearCombo")
        self.academicYearCombo.setEditable(True)
        self.academicYearCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        current = current_academic_year()
        start = int(current[:4])
        self.academicYearCombo.addItems([f"{y}-{y + 1}" for y in (start - 1, start, start + 1)])
        self.academicYearCombo.setCurrentText(current)
        self.add_row(self.tr("Academic &year:"), self.academicYearCombo, ["academic_year"])

        self.locationCombo = make_location_combo(used[-1] if used else "", [*locations, *used])
        self.add_row(self.tr("&Location:"), self.locationCombo, ["location"])
        self.acquiredDateEdit = make_date_edit("acquiredDateEdit")
        self.add_row(self.tr("Acquisition &date:"), self.acquiredDateEdit, ["acquired_on"])
        self.sourceEdit = QLineEdit()
        self.sourceEdit.setObjectName("sourceEdit")
        self.sourceEdit.setPlaceholderText(self.tr("supplier, gift, transfer…"))
        self.add_row(self.tr("&Source:"), self.sourceEdit, ["source"])
        self.priceSpin = make_price_spin()
        self.add_row(self.tr("&Price per copy:"), self.priceSpin, ["price_tiyn"])
        self.acquiredDateEdit.dateChanged.connect(self._resuggest_ksu)
        self.finish(self.tr("Add"))
        self.quantitySpin.selectAll()

    def _resuggest_ksu(self, qdate: QDate) -> None:
        if not self.ksuEdit.isModified():
            self.ksuEdit.setText(
                self.service.suggest_ksu_entry(counted_stock=True, year=qdate.year())
            )

    def apply(self) -> bool:
        data = StockData(
            quantity=self.quantitySpin.value(),
            ksu_entry=self.ksuEdit.text().strip(),
            academic_year=self.academicYearCombo.currentText().strip(),
            location=self.locationCombo.currentText().strip(),
            acquired_on=date_value(self.acquiredDateEdit),
            source=self.sourceEdit.text().strip(),
            price_tiyn=price_to_tiyn(self.priceSpin.value()),
        )
        self.added_lot_id = self.service.add_stock(self.record_id, data)
        return True


# --- 3. editing a copy -------------------------------------------------------------
class EditCopyDialog(HoldingsFormDialog):
    """Change a copy's location, status, barcode, source, price, КСУ entry or date."""

    EDITABLE_STATUSES = (CopyStatus.AVAILABLE, CopyStatus.ON_LOAN, CopyStatus.LOST)

    def __init__(
        self,
        service: CatalogService,
        copy: CopyData,
        parent: QWidget | None = None,
        *,
        locations: Sequence[str] = (),
    ) -> None:
        super().__init__(service, parent)
        self.copy = copy
        self.setWindowTitle(self.tr("Copy {number}").format(number=copy.inventory_number))
        self.set_header(
            record_title(service, copy.record_id),
            self.tr("Inventory number {number}").format(number=copy.inventory_number),
        )
        written_off = copy.status is CopyStatus.WRITTEN_OFF

        if written_off:
            self.statusCombo = None
            self.writtenOffLabel = QLabel(self._written_off_text())
            self.writtenOffLabel.setObjectName("writtenOffLabel")
            self.writtenOffLabel.setWordWrap(True)
            self.writtenOffLabel.setTextFormat(Qt.TextFormat.PlainText)
            self.add_row(self.tr("Status:"), self.writtenOffLabel, ["status"], focusable=False)
        else:
            self.writtenOffLabel = None
            self.statusCombo = QComboBox()
            self.statusCombo.setObjectName("statusCombo")
            for status in self.EDITABLE_STATUSES:
                self.statusCombo.addItem(status.label, status)
            self.statusCombo.setCurrentIndex(self.statusCombo.findData(copy.status))
            self.add_row(self.tr("S&tatus:"), self.statusCombo, ["status"])

        self.locationCombo = make_location_combo(copy.location, [copy.location, *locations])
        self.add_row(self.tr("&Location:"), self.locationCombo, ["location"])
        self.barcodeEdit = QLineEdit(copy.barcode or "")
        self.barcodeEdit.setObjectName("barcodeEdit")
        self.watch_scanner(self.barcodeEdit)
        self.add_row(self.tr("&Barcode:"), self.barcodeEdit, ["barcode"])
        self.acquiredDateEdit = make_date_edit(
            "acquiredDateEdit", copy.acquired_on, allow_unknown=True
        )
        self.add_row(self.tr("Acquisition &date:"), self.acquiredDateEdit, ["acquired_on"])
        self.sourceEdit = QLineEdit(copy.source)
        self.sourceEdit.setObjectName("sourceEdit")
        self.add_row(self.tr("&Source:"), self.sourceEdit, ["source"])
        self.priceSpin = make_price_spin(copy.price_tiyn)
        self.add_row(self.tr("&Price:"), self.priceSpin, ["price_tiyn"])
        self.ksuEdit = QLineEdit(copy.ksu_entry)
        self.ksuEdit.setObjectName("ksuEdit")
        self.ksuEdit.setPlaceholderText(self.tr("e.g. 12/2026"))
        self.add_row(self.tr("КСУ &entry:"), self.ksuEdit, ["ksu_entry"])
        self.finish(self.tr("Save"))

    def _written_off_text(self) -> str:
        c = self.copy
        when = date_text(c.written_off_on) or "—"
        text = self.tr("Written off on {date}, act {act}").format(
            date=when, act=c.writeoff_act or "—"
        )
        if c.writeoff_reason:
            text = self.tr("{text} ({reason})").format(text=text, reason=c.writeoff_reason)
        return text

    def apply(self) -> bool:
        ksu = self.ksuEdit.text().strip()
        # update_copy stores any text; check a changed entry here (old migrated
        # entries may not follow the pattern and must not block other edits).
        if ksu != self.copy.ksu_entry.strip():
            message = ksu_entry_error(ksu)
            if message:
                raise ValidationError([FieldError("ksu_entry", message)])
        status = self.copy.status if self.statusCombo is None else self.statusCombo.currentData()
        data = CopyData(
            inventory_number=self.copy.inventory_number,
            id=self.copy.id,
            record_id=self.copy.record_id,
            barcode=self.barcodeEdit.text().strip() or None,
            location=self.locationCombo.currentText().strip(),
            status=CopyStatus(status),
            acquired_on=date_value(self.acquiredDateEdit),
            source=self.sourceEdit.text().strip(),
            price_tiyn=price_to_tiyn(self.priceSpin.value()),
            ksu_entry=ksu,
        )
        self.service.update_copy(data)
        return True
