"""GUI tests of the holdings dialogs against a real SQLite catalog file."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from shkola_lib.catalog.data import RecordData, StockData
from shkola_lib.catalog.holdings import SeriesRequest
from shkola_lib.catalog.service import CatalogService
from shkola_lib.models.enums import CopyStatus
from shkola_lib.ui.holdings_dialogs import (
    AddCopiesDialog,
    AddStockDialog,
    EditCopyDialog,
    WriteOffDialog,
)
from shkola_lib.ui.holdings_form import HoldingsFormDialog, current_academic_year, price_to_tiyn


@pytest.fixture
def record_id(catalog: CatalogService) -> int:
    return catalog.create_record(RecordData(title="Абай жолы"))


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer every confirmation with Yes and remember the questions asked."""
    asked: list[str] = []

    def question(
        parent: QWidget, title: str, text: str, *args: object, **kwargs: object
    ) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _error(dialog: HoldingsFormDialog, name: str) -> str:
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label.text() if label.isVisibleTo(dialog) else ""


# --- helpers ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 6, 30), "2025-2026"),
        (date(2026, 7, 1), "2026-2027"),
        (date(2026, 12, 31), "2026-2027"),
        (date(2027, 1, 15), "2026-2027"),
    ],
)
def test_current_academic_year(today: date, expected: str) -> None:
    assert current_academic_year(today) == expected


def test_price_conversion() -> None:
    assert price_to_tiyn(0) is None
    assert price_to_tiyn(1250.5) == 125050
    assert price_to_tiyn(0.29) == 29  # float noise must not lose a tiyn


# --- adding copies ---------------------------------------------------------------------
def test_series_gets_consecutive_numbers_shown_before_saving(
    qtbot: QtBot, catalog: CatalogService, record_id: int
) -> None:
    first = int(catalog.next_inventory_numbers(1)[0])
    dialog = AddCopiesDialog(catalog, record_id)
    qtbot.addWidget(dialog)
    assert dialog.firstNumberEdit.text() == str(first)
    assert dialog.countSpin.minimum() == 1 and dialog.countSpin.maximum() == 500
    assert dialog.ksuEdit.text() == f"1/{date.today().year}"
    assert dialog.acquiredDateEdit.date() == QDate.currentDate()

    dialog.countSpin.setValue(10)
    dialog.firstNumberEdit.setText("10231")
    qtbot.waitUntil(lambda: "10231–10240" in dialog.previewLabel.text())
    assert dialog.findChild(QLabel, "previewLabel") is dialog.previewLabel

    dialog.locationCombo.setCurrentText("Абонемент")
    dialog.sourceEdit.setText("Атамұра, накладная 15")
    dialog.priceSpin.setValue(1250.5)
    dialog.ksuEdit.setText("15/2026")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.okButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == AddCopiesDialog.DialogCode.Accepted

    copies = catalog.get_detail(record_id).copies
    assert [c.inventory_number for c in copies] == [str(n) for n in range(10231, 10241)]
    assert dialog.added_numbers == [c.inventory_number for c in copies]
    for copy in copies:
        assert copy.location == "Абонемент"
        assert copy.price_tiyn == 125050
        assert copy.ksu_entry == "15/2026"
        assert copy.source == "Атамұра, накладная 15"
        assert copy.acquired_on == date.today()
        assert copy.status is CopyStatus.AVAILABLE


def test_next_dialog_proposes_the_following_number(
    qtbot: QtBot, catalog: CatalogService, record_id: int
) -> None:
    dialog = AddCopiesDialog(catalog, record_id)
    qtbot.addWidget(dialog)
    dialog.countSpin.setValue(5)
    dialog.firstNumberEdit.setText("500")
    dialog.accept()
    assert dialog.added_numbers == ["500", "501", "502", "503", "504"]

    following = AddCopiesDialog(catalog, record_id)
    qtbot.addWidget(following)
    assert following.firstNumberEdit.text() == "505"
    following.refresh_preview()
    assert "505" in following.previewLabel.text()
    # the location just used is offered again for the next copies of the record
    assert following.locationCombo.currentText() == dialog.locationCombo.currentText()


def test_colliding_first_number_shows_error_and_adds_nothing(
    qtbot: QtBot, catalog: CatalogService, record_id: int
) -> None:
    catalog.add_copy_series(record_id, SeriesRequest(count=3, first_number="100"))
    dialog = AddCopiesDialog(catalog, record_id)
    qtbot.addWidget(dialog)
    saved: list[bool] = []
    dialog.saved.connect(lambda: saved.append(True))
    dialog.countSpin.setValue(4)
    dialog.firstNumberEdit.setText("101")
    dialog.refresh_preview()
    assert "101" in dialog.previewLabel.text() and "102" in dialog.previewLabel.text()
    assert "103" not in dialog.previewLabel.text()  # only the taken ones are named

    dialog.accept()
    assert not saved
    assert dialog.result() != AddCopiesDialog.DialogCode.Accepted
    message = _error(dialog, "firstNumberError")
    assert "101" in message and "102" in message
    assert dialog.error_text("first_number") == message
    assert len(catalog.get_detail(record_id).copies) == 3

    # the error goes away when the number is corrected, and the series is added
    dialog.firstNumberEdit.setText("200")
    dialog.firstNumberEdit.textEdited.emit("200")
    assert _error(dialog, "firstNumberError") == ""
    dialog.accept()
    assert saved == [True]
    assert len(catalog.get_detail(record_id).copies) == 7


def test_non_numeric_first_number_is_explained_in_preview(
    qtbot: QtBot, catalog: CatalogService, record_id: int
) -> None:
    dialog = AddCopiesDialog(catalog, record_id)
    qtbot.addWidget(dialog)
    dialog.countSpin.setValue(3)
    dialog.firstNumberEdit.setText("Б-12")
    dialog.refresh_preview()
    assert "digits" in dialog.previewLabel.text()
    dialog.accept()
    assert "digits" in _error(dialog, "firstNumberError")
    assert catalog.get_detail(record_id).copies == []


def test_single_copy_with_barcode(qtbot: QtBot, catalog: CatalogService, record_id: int) -> None:
    dialog = AddCopiesDialog(catalog, record_id)
    qtbot.addWidget(dialog)
    dialog.singleCopyCheck.setChecked(True)
    assert not dialog.countSpin.isEnabled()
    assert dialog.barcodeEdit.isVisibleTo(dialog)
    dialog.firstNumberEdit.setText("Б-7")  # a single copy may carry any inventory number
    dialog.barcodeEdit.setText("4870001234567")
    dialog.locationCombo.setCurrentText("Читальный зал")
    dialog.priceSpin.setValue(0)
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    (copy,) = catalog.get_detail(record_id).copies
    assert copy.id == dialog.added_copy_id
    assert copy.inventory_number == "Б-7"
    assert copy.barcode == "4870001234567"
    assert copy.location == "Читальный зал"
    assert copy.price_tiyn is None

    # the same barcode again is refused under the barcode field
    again = AddCopiesDialog(catalog, record_id)
    qtbot.addWidget(again)
    again.singleCopyCheck.setChecked(True)
    again.barcodeEdit.setText("4870001234567")
    again.accept()
    assert "4870001234567" in _error(again, "barcodeError")
    assert len(catalog.get_detail(record_id).copies) == 1


def test_scanner_enter_in_barcode_field_does_not_save(
    qtbot: QtBot, catalog: CatalogService, record_id: int
) -> None:
    dialog = AddCopiesDialog(catalog, record_id)
    qtbot.addWidget(dialog)
    dialog.singleCopyCheck.setChecked(True)
    qtbot.keyClicks(dialog.barcodeEdit, "123456")
    qtbot.keyClick(dialog.barcodeEdit, Qt.Key.Key_Return)
    assert catalog.get_detail(record_id).copies == []
    assert dialog.result() != AddCopiesDialog.DialogCode.Accepted


def test_invalid_ksu_for_copies_keeps_dialog_open(
    qtbot: QtBot, catalog: CatalogService, record_id: int
) -> None:
    dialog = AddCopiesDialog(catalog, record_id)
    qtbot.addWidget(dialog)
    dialog.ksuEdit.setText("abc")
    dialog.accept()
    assert "12/2026" in _error(dialog, "ksuError")
    assert catalog.get_detail(record_id).copies == []


# --- counted stock ---------------------------------------------------------------------
def test_counted_stock_is_stored(qtbot: QtBot, catalog: CatalogService, record_id: int) -> None:
    dialog = AddStockDialog(catalog, record_id)
    qtbot.addWidget(dialog)
    assert dialog.ksuEdit.text() == f"1/{date.today().year}"
    assert dialog.academicYearCombo.currentText() == current_academic_year()
    assert dialog.quantitySpin.maximum() == 10000

    dialog.quantitySpin.setValue(25)
    dialog.ksuEdit.setText("3/2026")
    dialog.academicYearCombo.setCurrentText("2026-2027")
    dialog.locationCombo.setCurrentText("Склад учебников")
    dialog.priceSpin.setValue(2100)
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    (lot,) = catalog.get_detail(record_id).stock
    assert lot.id == dialog.added_lot_id
    assert (lot.quantity, lot.remaining) == (25, 25)
    assert lot.ksu_entry == "3/2026"
    assert lot.academic_year == "2026-2027"
    assert lot.location == "Склад учебников"
    assert lot.price_tiyn == 210000
    assert catalog.suggest_ksu_entry(counted_stock=True, year=2026) == "4/2026"


def test_invalid_ksu_for_stock_shows_error_under_field(
    qtbot: QtBot, catalog: CatalogService, record_id: int
) -> None:
    dialog = AddStockDialog(catalog, record_id)
    qtbot.addWidget(dialog)
    dialog.quantitySpin.setValue(25)
    dialog.ksuEdit.setText("abc")
    dialog.academicYearCombo.setCurrentText("2026")
    dialog.accept()
    assert "12/2026" in _error(dialog, "ksuError")
    assert "2026-2027" in _error(dialog, "academicYearError")
    assert _error(dialog, "formErrorLabel") == ""
    assert catalog.get_detail(record_id).stock == []


@pytest.mark.qt_log_ignore("propagateSizeHints")  # offscreen plugin, when errors appear
def test_focus_moves_to_first_invalid_field(
    qtbot: QtBot, catalog: CatalogService, record_id: int
) -> None:
    dialog = AddStockDialog(catalog, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.academicYearCombo.setCurrentText("2026")
    dialog.ksuEdit.setText("abc")
    dialog.okButton.setFocus()
    qtbot.keyClick(dialog.okButton, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.ksuEdit)
    assert dialog.isVisible()


def test_stock_date_in_another_year_suggests_that_years_ksu(
    qtbot: QtBot, catalog: CatalogService, record_id: int
) -> None:
    catalog.add_stock(record_id, StockData(quantity=5, ksu_entry="7/2024"))
    dialog = AddStockDialog(catalog, record_id)
    qtbot.addWidget(dialog)
    dialog.acquiredDateEdit.setDate(QDate(2024, 9, 1))
    assert dialog.ksuEdit.text() == "8/2024"


# --- editing ---------------------------------------------------------------------------
def test_edit_copy_changes_location_and_status(
    qtbot: QtBot, catalog: CatalogService, record_id: int
) -> None:
    catalog.add_copy_series(
        record_id, SeriesRequest(count=1, location="Абонемент", price_tiyn=50000)
    )
    (copy,) = catalog.get_detail(record_id).copies
    dialog = EditCopyDialog(catalog, copy)
    qtbot.addWidget(dialog)
    assert dialog.statusCombo is not None
    assert dialog.statusCombo.count() == 3  # written off only through the write-off dialog
    assert dialog.priceSpin.value() == 500
    dialog.locationCombo.setCurrentText("Читальный зал")
    dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData(CopyStatus.LOST))
    dialog.barcodeEdit.setText("QR-1")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    (changed,) = catalog.get_detail(record_id).copies
    assert changed.location == "Читальный зал"
    assert changed.status is CopyStatus.LOST
    assert changed.barcode == "QR-1"
    assert changed.price_tiyn == 50000
    assert changed.acquired_on == copy.acquired_on


def test_edit_copy_refuses_a_malformed_new_ksu_entry(
    qtbot: QtBot, catalog: CatalogService, record_id: int
) -> None:
    catalog.add_copy_series(record_id, SeriesRequest(count=1, ksu_entry="1/2026"))
    (copy,) = catalog.get_detail(record_id).copies
    dialog = EditCopyDialog(catalog, copy)
    qtbot.addWidget(dialog)
    dialog.ksuEdit.setText("первая")
    dialog.accept()
    assert _error(dialog, "ksuError")
    assert catalog.get_detail(record_id).copies[0].ksu_entry == "1/2026"


# --- writing off -----------------------------------------------------------------------
def test_write_off_copy_keeps_it_with_act(
    qtbot: QtBot, catalog: CatalogService, record_id: int, questions: list[str]
) -> None:
    catalog.add_copy_series(record_id, SeriesRequest(count=2, first_number="10231"))
    copy = catalog.get_detail(record_id).copies[0]
    dialog = WriteOffDialog(catalog, copy=copy)
    qtbot.addWidget(dialog)
    assert dialog.quantitySpin is None
    assert "inventory book" in dialog.noteLabel.text()

    dialog.accept()  # no act number: refused before anything is asked
    assert "act" in _error(dialog, "actError")
    assert questions == []

    dialog.dateEdit.setDate(QDate(2026, 5, 20))
    dialog.actEdit.setText("А-4")
    dialog.reasonCombo.setCurrentIndex(0)
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    assert len(questions) == 1 and "10231" in questions[0] and "А-4" in questions[0]

    copies = catalog.get_detail(record_id).copies
    assert len(copies) == 2
    gone = next(c for c in copies if c.inventory_number == "10231")
    assert gone.status is CopyStatus.WRITTEN_OFF
    assert gone.writeoff_act == "А-4"
    assert gone.written_off_on == date(2026, 5, 20)
    assert gone.writeoff_reason == "Worn out"

    # shown read-only, with its act, when edited afterwards
    edit = EditCopyDialog(catalog, gone)
    qtbot.addWidget(edit)
    assert edit.statusCombo is None and edit.writtenOffLabel is not None
    assert "А-4" in edit.writtenOffLabel.text()
    # and a second write-off is not offered
    again = WriteOffDialog(catalog, copy=gone)
    qtbot.addWidget(again)
    assert not again.okButton.isEnabled()


def test_declined_confirmation_changes_nothing(
    qtbot: QtBot, catalog: CatalogService, record_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    catalog.add_copy_series(record_id, SeriesRequest(count=1))
    copy = catalog.get_detail(record_id).copies[0]
    dialog = WriteOffDialog(catalog, copy=copy)
    qtbot.addWidget(dialog)
    dialog.actEdit.setText("9")
    dialog.accept()
    assert dialog.result() != WriteOffDialog.DialogCode.Accepted
    assert catalog.get_detail(record_id).copies[0].status is CopyStatus.AVAILABLE


def test_write_off_part_of_a_lot(
    qtbot: QtBot, catalog: CatalogService, record_id: int, questions: list[str]
) -> None:
    catalog.add_stock(record_id, StockData(quantity=25, ksu_entry="3/2026"))
    (lot,) = catalog.get_detail(record_id).stock
    dialog = WriteOffDialog(catalog, stock=lot)
    qtbot.addWidget(dialog)
    assert dialog.quantitySpin is not None
    assert (dialog.quantitySpin.minimum(), dialog.quantitySpin.maximum()) == (1, 25)
    dialog.quantitySpin.setValue(30)  # more than the lot holds cannot even be entered
    assert dialog.quantitySpin.value() == 25
    assert "25" in dialog.quantityHint.text()

    dialog.quantitySpin.setValue(5)
    dialog.actEdit.setText("12")
    with qtbot.waitSignal(dialog.saved):
        dialog.accept()
    assert "3/2026" in questions[0] and "5" in questions[0]
    (lot_after,) = catalog.get_detail(record_id).stock
    assert lot_after.remaining == 20

    # a dialog still holding the old figures (25 left) is refused by the service
    stale = WriteOffDialog(catalog, stock=lot)
    qtbot.addWidget(stale)
    stale.quantitySpin.setValue(25)
    stale.actEdit.setText("13")
    stale.accept()
    assert "20" in _error(stale, "quantityError")
    assert stale.result() != WriteOffDialog.DialogCode.Accepted
    assert catalog.get_detail(record_id).stock[0].remaining == 20


def test_write_off_of_more_than_the_lot_is_refused_with_message(
    qtbot: QtBot, catalog: CatalogService, record_id: int, questions: list[str]
) -> None:
    catalog.add_stock(record_id, StockData(quantity=25, ksu_entry="3/2026"))
    (lot,) = catalog.get_detail(record_id).stock
    # figures that claim 40 are left (e.g. changed elsewhere since the pane was filled)
    claimed = StockData(quantity=40, id=lot.id, record_id=record_id, ksu_entry="3/2026")
    dialog = WriteOffDialog(catalog, stock=claimed)
    qtbot.addWidget(dialog)
    dialog.quantitySpin.setValue(30)
    dialog.actEdit.setText("14")
    dialog.accept()
    assert "25" in _error(dialog, "quantityError")  # "1 to 25 copies"
    assert catalog.get_detail(record_id).stock[0].remaining == 25


def test_write_off_dialog_needs_one_item(qtbot: QtBot, catalog: CatalogService) -> None:
    with pytest.raises(ValueError):
        WriteOffDialog(catalog)


# --- form rules ------------------------------------------------------------------------
def test_ok_is_default_and_escape_cancels(
    qtbot: QtBot, catalog: CatalogService, record_id: int
) -> None:
    dialog = AddCopiesDialog(catalog, record_id)
    qtbot.addWidget(dialog)
    assert dialog.okButton.isDefault()
    dialog.show()
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.firstNumberEdit, Qt.Key.Key_Escape)
    assert catalog.get_detail(record_id).copies == []


def test_tab_order_follows_the_form(qtbot: QtBot, catalog: CatalogService, record_id: int) -> None:
    dialog = AddStockDialog(catalog, record_id)
    qtbot.addWidget(dialog)
    expected = [
        dialog.quantitySpin,
        dialog.ksuEdit,
        dialog.academicYearCombo,
        dialog.locationCombo,
        dialog.acquiredDateEdit,
        dialog.sourceEdit,
        dialog.priceSpin,
        dialog.okButton,
    ]
    # internal children (a spin box's line edit) sit in the chain too: keep only the fields
    widget = dialog.quantitySpin
    seen = [widget]
    for _ in range(200):
        widget = widget.nextInFocusChain()
        if widget is dialog.quantitySpin:
            break
        if widget in expected and widget not in seen:
            seen.append(widget)
    assert seen == expected
