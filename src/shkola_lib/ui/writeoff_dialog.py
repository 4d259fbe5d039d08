"""The write-off (списание) dialog for one inventoried copy or part of a counted-stock lot.

A write-off never deletes anything: the copy stays in the catalog and the
inventory book with its act number; a lot keeps its receipt and gains a
write-off line in the КСУ. The dialog asks for confirmation once before applying.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QMessageBox, QSpinBox, QWidget

from shkola_lib.catalog.data import CopyData, StockData
from shkola_lib.catalog.service import CatalogService
from shkola_lib.catalog.validation import FieldError, ValidationError
from shkola_lib.models.enums import CopyStatus
from shkola_lib.ui.holdings_form import (
    NOTE_STYLE,
    HoldingsFormDialog,
    date_value,
    make_date_edit,
    record_title,
)


class WriteOffDialog(HoldingsFormDialog):
    """Write off a copy (``copy=``) or a quantity of a counted-stock lot (``stock=``)."""

    def __init__(
        self,
        service: CatalogService,
        *,
        copy: CopyData | None = None,
        stock: StockData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if (copy is None) == (stock is None):
            raise ValueError("WriteOffDialog needs exactly one of copy= or stock=")
        super().__init__(service, parent)
        self.copy = copy
        self.stock = stock

        if copy is not None:
            self.setWindowTitle(self.tr("Write off a copy"))
            item = self.tr("Copy with inventory number {number}").format(
                number=copy.inventory_number
            )
            record_id = copy.record_id
        else:
            assert stock is not None
            self.setWindowTitle(self.tr("Write off textbooks"))
            item = self.tr("КСУ entry {ksu}, academic year {year}: {remaining} of {quantity} left")
            item = item.format(
                ksu=stock.ksu_entry or "—",
                year=stock.academic_year or "—",
                remaining=stock.remaining,
                quantity=stock.quantity,
            )
            record_id = stock.record_id
        self.set_header(record_title(service, record_id), item)

        self.quantitySpin: QSpinBox | None = None
        if stock is not None:
            self.quantitySpin = QSpinBox()
            self.quantitySpin.setObjectName("quantitySpin")
            self.quantitySpin.setRange(1, max(1, stock.remaining))
            self.quantityHint = QLabel(self.tr("of %n remaining", "", stock.remaining))
            self.quantityHint.setObjectName("quantityHint")
            self.add_row(
                self.tr("&Quantity:"), self.quantitySpin, ["quantity"], beside=self.quantityHint
            )

        self.dateEdit = make_date_edit("writeOffDateEdit")
        self.add_row(self.tr("&Date:"), self.dateEdit, ["on", "written_off_on"])
        self.actEdit = QLineEdit()
        self.actEdit.setObjectName("actEdit")
        self.actEdit.setPlaceholderText(self.tr("number of the write-off act"))
        self.add_row(self.tr("&Act number:"), self.actEdit, ["act_number"])

        self.reasonCombo = QComboBox()
        self.reasonCombo.setObjectName("reasonCombo")
        self.reasonCombo.setEditable(True)
        self.reasonCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.reasonCombo.addItems(
            [
                self.tr("Worn out"),
                self.tr("Lost by a reader"),
                self.tr("Outdated content"),
                self.tr("Damaged"),
            ]
        )
        self.reasonCombo.setCurrentIndex(-1)
        self.reasonCombo.lineEdit().setPlaceholderText(self.tr("choose or type"))
        self.add_row(self.tr("&Reason:"), self.reasonCombo, ["reason"])

        self.noteLabel = QLabel(
            self.tr("The copy stays in the catalog and the inventory book, marked as written off.")
            if copy is not None
            else self.tr("The receipt stays in the КСУ; the write-off is added to its history.")
        )
        self.noteLabel.setObjectName("noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet(NOTE_STYLE)
        self.add_wide_row(self.noteLabel, focusable=False)
        self.finish(self.tr("Write off"))

        if copy is not None and copy.status is CopyStatus.WRITTEN_OFF:
            self.show_errors([FieldError("copy", self.tr("This copy is already written off."))])
            self.okButton.setEnabled(False)
        elif stock is not None and stock.remaining < 1:
            self.show_errors(
                [FieldError("lot", self.tr("Nothing is left to write off in this entry."))]
            )
            self.okButton.setEnabled(False)
        if self.quantitySpin is not None:
            self.quantitySpin.setFocus()
            self.quantitySpin.selectAll()
        else:
            self.actEdit.setFocus()

    def _confirm(self, act: str) -> bool:
        if self.copy is not None:
            question = self.tr("Write off copy {number} under act {act}?").format(
                number=self.copy.inventory_number, act=act
            )
        else:
            assert self.stock is not None and self.quantitySpin is not None
            question = self.tr(
                "Write off %n copies of КСУ entry {ksu} under act {act}?",
                "",
                self.quantitySpin.value(),
            ).format(ksu=self.stock.ksu_entry or "—", act=act)
        answer = QMessageBox.question(
            self,
            self.tr("Write off"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def apply(self) -> bool:
        act = self.actEdit.text().strip()
        if not act:  # checked before the question, so that nothing is confirmed in vain
            raise ValidationError(
                [FieldError("act_number", self.tr("Enter the write-off act number."))]
            )
        if not self._confirm(act):
            return False
        on = date_value(self.dateEdit)
        assert on is not None
        reason = self.reasonCombo.currentText().strip()
        if self.copy is not None:
            assert self.copy.id is not None
            self.service.write_off_copy(self.copy.id, on=on, act_number=act, reason=reason)
        else:
            assert self.stock is not None and self.stock.id is not None
            assert self.quantitySpin is not None
            self.service.write_off_stock(
                self.stock.id,
                quantity=self.quantitySpin.value(),
                on=on,
                act_number=act,
                reason=reason,
            )
        return True
