"""The labels dialog over a real demo catalog: batches, the sheet picker, PDF and print output.

What is printed is read back independently: poppler renders the PDFs and zxing-cpp
decodes the QR codes, so a test passes only when a scanner would read the right
inventory number on the right sticker.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from shkola_lib.catalog.service import CatalogService
from shkola_lib.io.labels import (
    LabelData,
    PrinterCalibration,
    load_printer_profiles,
    load_templates,
    render_labels,
)
from shkola_lib.settings import Settings
from shkola_lib.ui import label_painter, label_printer
from shkola_lib.ui.label_batch import BatchModel
from shkola_lib.ui.label_dialog import LabelDialog
from tests.labels.support import (
    decode,
    expected_slots,
    in_reading_order,
    pdf_text,
    pdf_to_pngs,
)

RANGE = (1001, 1010)


@pytest.fixture(autouse=True)
def _no_installed_printers(monkeypatch) -> None:
    monkeypatch.setattr(label_printer, "installed_printers", lambda: [])


def _dialog(qtbot, service, runner, settings=None, **kwargs) -> LabelDialog:
    args = {"selected_record_ids": [], "search_ids": [], "query": ""} | kwargs
    dialog = LabelDialog(service, runner, settings or Settings(), **args)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _expected_range(service: CatalogService) -> list[str]:
    return [label.inventory_number for label in service.copies_for_labels(inventory_range=RANGE)]


def _qr_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


# --- the batch -----------------------------------------------------------------------------
def test_ctrl_p_opens_the_dialog_with_the_unlabelled_copies(qtbot, demo_catalog, make_window):
    window = make_window(demo_catalog)
    unlabelled = demo_catalog.count_unlabelled()
    assert unlabelled > 21
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(LabelDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.batch.scope() == "unprinted"
    assert dialog.batch.buttons["unprinted"].text() == f"&Not yet labelled ({unlabelled})"
    assert len(dialog.labels) == dialog.model.rowCount() == unlabelled
    # the preview shows every label of the batch, 21 to a sheet from label 1
    assert dialog.picker.start() == 1
    assert dialog.preview.label_count() == unlabelled
    assert dialog.preview.page_count() == -(-unlabelled // 21)
    assert len(dialog.preview.page_items(0)) == 21
    assert dialog.pdf_button.isEnabled() and dialog.print_button.isEnabled()
    assert "on" in dialog.batch.summary_label.text()
    dialog.close()


def test_an_inventory_range_lists_its_copies_in_numeric_order(qtbot, demo_catalog, sync_runner):
    dialog = _dialog(qtbot, demo_catalog, sync_runner)
    dialog.batch.set_range("1001-1010")
    numbers = [label.inventory_number for label in dialog.labels]
    assert numbers == _expected_range(demo_catalog)
    assert 8 <= len(numbers) <= 10  # written-off copies never get labels
    assert [int(n) for n in numbers] == sorted(int(n) for n in numbers)
    assert all(RANGE[0] <= int(n) <= RANGE[1] for n in numbers)
    shown = [dialog.model.index(r, BatchModel.INVENTORY).data() for r in range(len(numbers))]
    assert shown == numbers
    assert dialog.preview.label_count() == len(numbers)
    # a range that ends before it starts is explained under the field, nothing is listed
    dialog.batch.set_range("1010-1001")
    assert "ends before it starts" in dialog.batch.range_error.message
    assert dialog.labels == [] and not dialog.print_button.isEnabled()
    assert dialog.preview.message() == "There are no copies to label in this choice."


def test_other_batches(qtbot, demo_catalog, sync_runner):
    records = [1, 2, 3]
    dialog = _dialog(
        qtbot, demo_catalog, sync_runner, selected_record_ids=records[:1], search_ids=records
    )
    dialog.batch.set_scope("selected")
    assert {label.copy_id for label in dialog.labels} == {
        label.copy_id for label in demo_catalog.copies_for_labels(record_ids=[1])
    }
    dialog.batch.set_scope("search")
    assert len(dialog.labels) == len(demo_catalog.copies_for_labels(record_ids=records))
    dialog.batch.set_scope("today")
    today = demo_catalog.copies_for_labels(added_since=date.today())
    assert dialog.labels == today
    assert dialog.batch.buttons["today"].text() == f"Added &today ({len(today)})"
    dialog.batch.set_since(date(2000, 1, 1))
    assert dialog.batch.scope() == "since"
    assert dialog.labels == demo_catalog.copies_for_labels(added_since=date(2000, 1, 1))


def test_batch_model(qtmodeltester, demo_catalog):
    model = BatchModel()
    model.set_labels(demo_catalog.copies_for_labels(inventory_range=RANGE))
    model.set_placement(5, 21)
    qtmodeltester.check(model)
    assert model.index(0, BatchModel.PLACE).data() == "1 · 5"
    assert model.place(17) == (2, 1)
    assert isinstance(model.index(0, 0).data(BatchModel.LabelRole), LabelData)


# --- the sheet picker --------------------------------------------------------------------------
def test_clicking_a_label_on_the_sheet_sets_the_start(qtbot, demo_catalog, sync_runner):
    dialog = _dialog(qtbot, demo_catalog, sync_runner)
    dialog.batch.set_range("1001-1010")
    picker = dialog.picker
    with qtbot.waitSignal(picker.startChanged) as signal:
        qtbot.mouseClick(
            picker, Qt.MouseButton.LeftButton, pos=picker.label_rect(5).center().toPoint()
        )
    assert signal.args == [5] and picker.start() == 5
    assert dialog.sheet.start_label.text() == "Printing starts at label 5 of 21."
    assert dialog.preview.page_items(0)[0][0] == 4  # position 5, 0-based
    assert dialog.model.index(0, BatchModel.PLACE).data() == "1 · 5"
    # a click between labels changes nothing; the keyboard moves the start
    gap = picker.page_rect().topLeft() + QPoint(1, 1)
    qtbot.mouseClick(picker, Qt.MouseButton.LeftButton, pos=gap.toPoint())
    assert picker.start() == 5
    qtbot.keyClick(picker, Qt.Key.Key_Right)
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    assert picker.start() == 9
    qtbot.keyClick(picker, Qt.Key.Key_End)
    assert picker.start() == 21
    qtbot.keyClick(picker, Qt.Key.Key_Down)  # past the last label: stays
    assert picker.start() == 21
    qtbot.keyClick(picker, Qt.Key.Key_Home)
    assert picker.start() == 1


# --- PDF, marking, remembering -----------------------------------------------------------------
def test_save_as_pdf_prints_from_position_5_marks_and_remembers(
    qtbot, demo_catalog, sync_runner, tmp_path, monkeypatch
):
    settings = Settings()
    dialog = _dialog(qtbot, demo_catalog, sync_runner, settings)
    template = dialog.template()
    assert template is not None and template.name == "avery-l7160"
    dialog.batch.set_range("1001-1010")
    numbers = [label.inventory_number for label in dialog.labels]
    dialog.picker.set_start(5)
    before = demo_catalog.count_unlabelled()
    out = tmp_path / "labels"  # the ending is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    with qtbot.waitSignal(dialog.labelled) as done:
        qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    pdf = (tmp_path / "labels.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    found = decode(pdf_to_pngs(pdf, tmp_path / "png"))
    expected = list(zip(expected_slots(len(numbers), template, start=5), numbers, strict=True))
    assert in_reading_order(found, template) == expected
    # the copies are labelled, the dialog is done, and the next free label is remembered
    assert done.args[0] == len(numbers)
    assert str(tmp_path / "labels.pdf") in done.args[1]
    assert demo_catalog.count_unlabelled() == before - len(numbers)
    assert dialog.result() == QDialog.DialogCode.Accepted
    memory = Settings.load().extra["labels"]
    assert memory["template"] == "avery-l7160" and memory["layout"] == "standard"
    assert memory["next_position"] == {"avery-l7160": 5 + len(numbers)}
    again = _dialog(qtbot, demo_catalog, sync_runner, Settings.load())
    assert again.template() == template
    assert again.picker.start() == 5 + len(numbers)
    assert again.batch.buttons["unprinted"].text() == f"&Not yet labelled ({before - len(numbers)})"
    # another sheet has its own memory
    again.sheet.set_template("avery-l7651")
    assert again.picker.start() == 1


# --- printing ------------------------------------------------------------------------------------
def test_printed_labels_land_where_the_pdf_puts_them(qtbot, demo_catalog, sync_runner, tmp_path):
    dialog = _dialog(qtbot, demo_catalog, sync_runner)
    dialog.batch.set_range("1001-1010")
    dialog.picker.set_start(5)
    dialog.printer_box.set_calibration(PrinterCalibration(1.5, -1.0, 1.01))
    template, layout = dialog.template(), dialog.sheet.layout_()
    assert template is not None and layout is not None
    printed = tmp_path / "printed.pdf"
    assert dialog.print_to(_qr_printer(printed))
    reference = render_labels(
        dialog.labels, template, layout, start=5, calibration=PrinterCalibration(1.5, -1.0, 1.01)
    )
    ours = {f.text: f for f in decode(pdf_to_pngs(printed.read_bytes(), tmp_path / "qt"))}
    theirs = {f.text: f for f in decode(pdf_to_pngs(reference, tmp_path / "rl"))}
    assert set(ours) == set(theirs) == {label.inventory_number for label in dialog.labels}
    for text, f in theirs.items():
        assert ours[text].page == f.page
        assert abs(ours[text].x_mm - f.x_mm) < 0.5, text
        assert abs(ours[text].y_mm - f.y_mm) < 0.5, text


def test_print_asks_whether_the_labels_came_out_right(
    qtbot, demo_catalog, sync_runner, tmp_path, monkeypatch
):
    class FakePrintDialog:
        def __init__(self, printer: QPrinter, _parent) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(tmp_path / "print.pdf"))

        def setOptions(self, _options) -> None:
            pass

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(label_printer, "QPrintDialog", FakePrintDialog)
    dialog = _dialog(qtbot, demo_catalog, sync_runner)
    dialog.batch.set_range("1001-1010")
    before = demo_catalog.count_unlabelled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "print.pdf").stat().st_size > 1000
    assert demo_catalog.count_unlabelled() == before  # "No": nothing marked, dialog open
    assert dialog.isVisible() and "Nothing was marked" in dialog.status_label.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert demo_catalog.count_unlabelled() == before - len(dialog.labels)
    assert not dialog.isVisible()


def test_the_painter_draws_texts_exactly_as_wide_as_the_pdf(demo_catalog, qapp):
    template, plans = load_templates()["avery-l7160"], []
    labels = demo_catalog.copies_for_labels(inventory_range=RANGE)
    from shkola_lib.io.labels import get_layout

    render_labels(labels, template, get_layout("standard"), on_plan=lambda *a: plans.append(a[2]))
    texts = [t for plan in plans for t in plan.texts]
    assert any(set(t.text) & set("әғқңөұүһі") for t in texts)  # Kazakh letters are drawn
    for t in texts:
        assert label_painter.text_width(t.font, t.text, t.size) == pytest.approx(t.width, rel=2e-3)


# --- sheets and printers -----------------------------------------------------------------------
def test_the_template_editor_refuses_a_sheet_that_does_not_fit(
    qtbot, demo_catalog, sync_runner, type_text
):
    dialog = _dialog(qtbot, demo_catalog, sync_runner)
    editor = dialog.sheet.new_sheet()
    qtbot.waitExposed(editor)
    editor.spins["label_width_mm"].setValue(250)
    assert "do not fit on the page" in editor.error_label.message
    assert "the page is 210 mm wide" in editor.error_label.message
    assert not editor.save_button.isEnabled()
    assert editor.save() is False and editor.isVisible()
    # a valid sheet of its own: 2 × 5 labels of 90 × 50 mm
    for field, value in {
        "label_width_mm": 90,
        "label_height_mm": 50,
        "margin_top_mm": 10,
        "margin_left_mm": 10,
        "gap_x_mm": 5,
        "gap_y_mm": 5,
        "corner_radius_mm": 0,
    }.items():
        editor.spins[field].setValue(value)
    editor.columns_spin.setValue(2)
    editor.rows_spin.setValue(5)
    assert editor.error_label.message == "" and editor.save_button.isEnabled()
    assert editor.title_edit.text() == "My sheet: 90 × 50 mm, 10 per sheet"
    editor.title_edit.selectAll()
    type_text(editor.title_edit, "Мектеп жапсырмалары 90 × 50")
    editor.columns_spin.setValue(2)  # a typed title is kept
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = [t for t in load_templates().values() if t.user]
    assert [(t.title, t.per_sheet, t.label_width_mm) for t in saved] == [
        ("Мектеп жапсырмалары 90 × 50", 10, 90.0)
    ]
    combo = dialog.sheet.template_combo
    assert combo.currentText() == "Мектеп жапсырмалары 90 × 50"
    assert dialog.template() == saved[0]
    assert dialog.preview.label_count() == len(dialog.labels)
    assert len(dialog.preview.page_items(0)) == 10


def test_calibration_is_saved_per_printer(qtbot, demo_catalog, sync_runner, tmp_path):
    dialog = _dialog(qtbot, demo_catalog, sync_runner)
    box = dialog.printer_box
    assert box.profile_name() == "default" and box.calibration() == PrinterCalibration()
    box.x_spin.setValue(1.5)
    box.x_spin.editingFinished.emit()
    box.set_profile("Kabinet HP")
    assert box.calibration() == PrinterCalibration()
    box.y_spin.setValue(-2.0)
    box.scale_spin.setValue(1.01)
    box.scale_spin.editingFinished.emit()
    assert "saved for «Kabinet HP»" in box.status_label.text()
    assert load_printer_profiles() == {
        "default": PrinterCalibration(1.5, 0.0, 1.0),
        "Kabinet HP": PrinterCalibration(0.0, -2.0, 1.01),
    }
    other = _dialog(qtbot, demo_catalog, sync_runner)
    assert other.printer_box.calibration() == PrinterCalibration(1.5, 0.0, 1.0)
    other.printer_box.set_profile("Kabinet HP")
    assert other.printer_box.calibration() == PrinterCalibration(0.0, -2.0, 1.01)
    # the calibration page goes through the same full-page printer path
    page = tmp_path / "calibration.pdf"
    assert other.printer_box.print_calibration_to(_qr_printer(page), other.template())
    text = pdf_text(page.read_bytes(), tmp_path)
    assert "Calibration page: Avery L7160" in text and "down -2 mm, scale" in text


def test_user_sheets_get_file_names_from_their_titles():
    from shkola_lib.ui.template_editor import unique_name

    assert unique_name("My sheet: 70 × 37 mm", set()) == "my-sheet-70-37-mm"
    assert unique_name("Мектеп 90 × 50", set()) == "90-50"
    assert unique_name("Мектеп", {"sheet"}) == "sheet-2"
    assert unique_name("Avery L7160", {"avery-l7160"}) == "avery-l7160-2"
