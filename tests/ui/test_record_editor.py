"""The record editor against a real catalog file: typing, saving, errors, duplicates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QWidget,
)

from shkola_lib.catalog.data import PersonData, RecordData, SubjectData
from shkola_lib.catalog.holdings import SeriesRequest
from shkola_lib.catalog.service import CatalogService
from shkola_lib.models.enums import MaterialType, PersonRole
from shkola_lib.ui.record_editor import (
    RecordEditor,
    current_academic_year,
    parse_languages,
    parse_subjects,
    subject_line,
)
from shkola_lib.ui.widgets.isbn_edit import fix_layout
from tests.ui.conftest import send_text

ISBN = "9786017151133"  # 978-601-7151-13-3
ISBN_HYPHENATED = "978-601-7151-13-3"
OTHER_ISBN = "9780306406157"

OpenEditor = Callable[..., RecordEditor]


@pytest.fixture
def open_editor(qtbot, catalog: CatalogService, monkeypatch: pytest.MonkeyPatch) -> OpenEditor:
    # Closing a changed form asks; tests that care answer themselves. Without this, the
    # teardown of a failed test would wait for a modal question forever.
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )

    def make(record_id: int | None = None) -> RecordEditor:
        editor = RecordEditor(catalog, record_id)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow, timeout=3000)
        return editor

    return make


def child(editor: QWidget, cls: type, name: str):
    widget = editor.findChild(cls, name)
    assert widget is not None, name
    return widget


def line(editor: QWidget, name: str) -> QLineEdit:
    return child(editor, QLineEdit, name)


def click(qtbot, editor: QWidget, name: str) -> None:
    qtbot.mouseClick(child(editor, QPushButton, name), Qt.MouseButton.LeftButton)


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def set_spin(qtbot, spin: QSpinBox, value: int) -> None:
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), str(value))
    assert spin.value() == value


def error_text(editor: QWidget, name: str) -> str:
    label = child(editor, QLabel, name)
    return "" if label.isHidden() else label.text()


def choose(combo: QComboBox, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def give_numbers_up_to(catalog: CatalogService, last: int) -> int:
    """A record with one copy numbered ``last``: new series start at last + 1."""
    rid = catalog.create_record(RecordData(title="Ескі кітап"))
    catalog.add_copy_series(rid, SeriesRequest(count=1, first_number=str(last)))
    return rid


# --- creating ----------------------------------------------------------------------------
def test_new_book_with_two_persons_isbn_and_three_copies(
    qtbot, catalog: CatalogService, open_editor: OpenEditor, type_text
) -> None:
    give_numbers_up_to(catalog, 10230)
    editor = open_editor()
    assert editor.windowTitle() == "New record"
    assert editor.focusWidget() is line(editor, "titleEdit")

    type_text(line(editor, "titleEdit"), "Абай жолы")
    type_text(line(editor, "personName0"), "Әуезов, Мұхтар")
    qtbot.keyClicks(line(editor, "personDates0"), "1897-1961")
    click(qtbot, editor, "addPersonButton")
    assert editor.focusWidget() is line(editor, "personName1")
    type_text(line(editor, "personName1"), "Иванов, И. И.")
    choose(child(editor, QComboBox, "personRole1"), PersonRole.EDITOR.value)
    qtbot.keyClicks(line(editor, "isbnEdit0"), ISBN_HYPHENATED)
    assert child(editor, QLabel, "isbnStatus0").text() == "Valid ISBN"
    type_text(line(editor, "publisherEdit"), "Жазушы")
    qtbot.keyClicks(line(editor, "yearEdit"), "2019")
    type_text(line(editor, "bbkEdit"), "84(5Каз)")
    type_text(line(editor, "authorSignEdit"), "Ә93")
    set_spin(qtbot, child(editor, QSpinBox, "copiesSpin"), 3)
    assert line(editor, "firstNumberEdit").text() == "10231"
    assert child(editor, QLabel, "numbersPreview").text() == "10231–10233"
    line(editor, "locationEdit").setText("Абонемент")
    ksu = line(editor, "ksuEdit").text()
    assert ksu == f"1/{date.today().year}"

    with qtbot.waitSignal(editor.saved) as saved:
        click(qtbot, editor, "saveButton")
    assert editor.result() == QDialog.DialogCode.Accepted
    detail = catalog.get_detail(saved.args[0])
    record = detail.record
    assert record.material_type is MaterialType.BOOK
    assert record.title == "Абай жолы"
    assert record.persons == [
        PersonData("Әуезов, Мұхтар", PersonRole.AUTHOR, "1897-1961"),
        PersonData("Иванов, И. И.", PersonRole.EDITOR, ""),
    ]
    assert record.isbns == [ISBN]
    assert (record.publisher, record.year, record.bbk, record.author_sign) == (
        "Жазушы",
        2019,
        "84(5Каз)",
        "Ә93",
    )
    assert [c.inventory_number for c in detail.copies] == ["10231", "10232", "10233"]
    assert {(c.ksu_entry, c.location) for c in detail.copies} == {(ksu, "Абонемент")}
    assert detail.stock == []


def test_valid_isbn_is_hyphenated_when_the_field_is_left(qtbot, open_editor: OpenEditor) -> None:
    editor = open_editor()
    isbn = line(editor, "isbnEdit0")
    isbn.setFocus()
    qtbot.keyClicks(isbn, ISBN)
    assert isbn.text() == ISBN
    qtbot.keyClick(isbn, Qt.Key.Key_Tab)
    assert isbn.text() == ISBN_HYPHENATED


def test_isbn_typed_under_the_kazakh_layout_is_mapped_back(
    open_editor: OpenEditor, type_text
) -> None:
    assert fix_layout("97ү-6қ1-7151-13-3") == "978-601-7151-13-3"
    assert fix_layout("080442957ч") == "080442957X"
    editor = open_editor()
    isbn = line(editor, "isbnEdit0")
    type_text(isbn, "97ү6қ17151133")  # 7 and 1 and 6 are digits in both layouts
    assert isbn.text() == ISBN


def test_enter_after_a_scanned_isbn_goes_to_the_title_and_saves_nothing(
    qtbot, catalog: CatalogService, open_editor: OpenEditor
) -> None:
    editor = open_editor()
    isbn = line(editor, "isbnEdit0")
    isbn.setFocus()
    qtbot.keyClicks(isbn, ISBN)
    qtbot.keyClick(isbn, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert editor.focusWidget() is line(editor, "titleEdit")
    assert isbn.text() == ISBN_HYPHENATED
    assert catalog.counts().records == 0


def test_enter_in_a_single_line_field_saves(
    qtbot, catalog: CatalogService, open_editor: OpenEditor
) -> None:
    editor = open_editor()
    title = line(editor, "titleEdit")
    qtbot.keyClicks(title, "Enter saves")
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(title, Qt.Key.Key_Return)
    assert not editor.isVisible()
    assert catalog.counts().records == 1


def test_ctrl_s_saves(qtbot, catalog: CatalogService, open_editor: OpenEditor) -> None:
    editor = open_editor()
    qtbot.keyClicks(line(editor, "titleEdit"), "Shortcut")
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(line(editor, "titleEdit"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert catalog.counts().records == 1


def test_a_lost_search_table_is_explained_and_the_form_kept_until_repaired(
    qtbot, catalog: CatalogService, open_editor: OpenEditor
) -> None:
    with catalog.db.engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE records_fts")
    editor = open_editor()
    send_text(line(editor, "titleEdit"), "Абай жолы")
    click(qtbot, editor, "saveButton")
    message = error_text(editor, "generalError")
    assert "lost its search table records_fts" in message and "Check the catalog" in message
    assert editor.isVisible() and line(editor, "titleEdit").text() == "Абай жолы"
    assert catalog.counts().records == 0  # nothing half-saved
    catalog.repair()
    with qtbot.waitSignal(editor.saved) as saved:
        click(qtbot, editor, "saveButton")
    assert catalog.search("абай").record_ids[0] == saved.args[0]


def test_zero_copies_saves_the_record_alone(
    qtbot, catalog: CatalogService, open_editor: OpenEditor
) -> None:
    editor = open_editor()
    qtbot.keyClicks(line(editor, "titleEdit"), "No copies yet")
    set_spin(qtbot, child(editor, QSpinBox, "copiesSpin"), 0)
    assert child(editor, QLabel, "numbersPreview").text() == "none"
    with qtbot.waitSignal(editor.saved) as saved:
        click(qtbot, editor, "saveButton")
    assert catalog.get_detail(saved.args[0]).copies == []


def test_textbook_is_stored_as_counted_stock(
    qtbot, catalog: CatalogService, open_editor: OpenEditor, type_text
) -> None:
    editor = open_editor()
    assert child(editor, QWidget, "textbookGroup").isHidden()
    choose(child(editor, QComboBox, "materialTypeCombo"), MaterialType.TEXTBOOK.value)
    assert not child(editor, QWidget, "textbookGroup").isHidden()
    assert child(editor, QSpinBox, "quantitySpin").isVisibleTo(editor) is not False
    assert not child(editor, QSpinBox, "copiesSpin").isVisibleTo(editor)
    assert line(editor, "academicYearEdit").text() == current_academic_year()

    type_text(line(editor, "titleEdit"), "Математика")
    qtbot.keyClicks(line(editor, "gradesEdit"), "5")
    type_text(line(editor, "schoolSubjectEdit"), "Математика")
    qtbot.keyClicks(child(editor, QComboBox, "instructionLanguageCombo").lineEdit(), "kaz")
    set_spin(qtbot, child(editor, QSpinBox, "quantitySpin"), 25)
    retype(qtbot, line(editor, "ksuEdit"), "3/2026")
    with qtbot.waitSignal(editor.saved) as saved:
        click(qtbot, editor, "saveButton")

    detail = catalog.get_detail(saved.args[0])
    assert detail.record.material_type is MaterialType.TEXTBOOK
    assert detail.record.grades == ["5"]
    assert detail.record.school_subject == "Математика"
    assert detail.record.instruction_language == "kaz"
    assert detail.copies == []
    assert [(s.quantity, s.ksu_entry, s.academic_year) for s in detail.stock] == [
        (25, "3/2026", current_academic_year())
    ]


def test_textbook_needs_a_grade(qtbot, catalog: CatalogService, open_editor: OpenEditor) -> None:
    editor = open_editor()
    choose(child(editor, QComboBox, "materialTypeCombo"), MaterialType.TEXTBOOK.value)
    qtbot.keyClicks(line(editor, "titleEdit"), "Algebra")
    click(qtbot, editor, "saveButton")
    assert error_text(editor, "gradesError") == "Enter the grade for a textbook."
    assert editor.focusWidget() is line(editor, "gradesEdit")
    assert catalog.counts().records == 0


def test_book_and_textbook_ksu_are_separate_registers(open_editor: OpenEditor) -> None:
    editor = open_editor()
    ksu = line(editor, "ksuEdit")
    ksu.setText("15/2026")
    choose(child(editor, QComboBox, "materialTypeCombo"), MaterialType.TEXTBOOK.value)
    assert ksu.text() == f"1/{date.today().year}"
    choose(child(editor, QComboBox, "materialTypeCombo"), MaterialType.BOOK.value)
    assert ksu.text() == "15/2026"


# --- errors --------------------------------------------------------------------------------
def test_missing_title_is_shown_under_the_title_and_focused(
    qtbot, catalog: CatalogService, open_editor: OpenEditor
) -> None:
    editor = open_editor()
    tabs = child(editor, QTabWidget, "tabs")
    tabs.setCurrentIndex(2)
    child(editor, QPlainTextEdit, "notesEdit").setFocus()
    qtbot.keyClicks(child(editor, QPlainTextEdit, "notesEdit"), "Notes only")
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert error_text(editor, "titleError") == "Enter the title."
    assert tabs.currentIndex() == 0
    assert editor.focusWidget() is line(editor, "titleEdit")
    assert editor.isVisible()
    assert catalog.counts().records == 0
    qtbot.keyClicks(line(editor, "titleEdit"), "T")
    assert error_text(editor, "titleError") == ""


def test_year_must_be_a_number(qtbot, catalog: CatalogService, open_editor: OpenEditor) -> None:
    editor = open_editor()
    qtbot.keyClicks(line(editor, "titleEdit"), "Year test")
    qtbot.keyClicks(line(editor, "yearEdit"), "20x4")
    click(qtbot, editor, "saveButton")
    assert "number" in error_text(editor, "yearError")
    assert editor.focusWidget() is line(editor, "yearEdit")
    assert catalog.counts().records == 0

    retype(qtbot, line(editor, "yearEdit"), "1200")
    click(qtbot, editor, "saveButton")
    assert error_text(editor, "yearError").startswith("The year must be between 1500")
    assert catalog.counts().records == 0


def test_errors_on_two_tabs_focus_the_first_in_form_order(
    qtbot, catalog: CatalogService, open_editor: OpenEditor
) -> None:
    editor = open_editor()
    qtbot.keyClicks(line(editor, "yearEdit"), "abc")
    child(editor, QComboBox, "languagesCombo").setEditText("kazakh")
    click(qtbot, editor, "saveButton")
    assert error_text(editor, "titleError")
    assert error_text(editor, "yearError")
    assert error_text(editor, "languagesError")
    assert editor.focusWidget() is line(editor, "titleEdit")


def test_a_taken_inventory_number_is_refused_under_the_first_number(
    qtbot, catalog: CatalogService, open_editor: OpenEditor
) -> None:
    give_numbers_up_to(catalog, 500)
    editor = open_editor()
    qtbot.keyClicks(line(editor, "titleEdit"), "Clash")
    retype(qtbot, line(editor, "firstNumberEdit"), "499")
    set_spin(qtbot, child(editor, QSpinBox, "copiesSpin"), 2)
    assert child(editor, QLabel, "numbersPreview").text() == "499–500"
    click(qtbot, editor, "saveButton")
    assert "500" in error_text(editor, "firstNumberError")
    assert editor.focusWidget() is line(editor, "firstNumberEdit")
    assert catalog.counts().records == 1  # one transaction: the record was not kept either


def test_bad_ksu_entry_and_letters_in_the_first_number(
    qtbot, catalog: CatalogService, open_editor: OpenEditor
) -> None:
    editor = open_editor()
    qtbot.keyClicks(line(editor, "titleEdit"), "KSU")
    retype(qtbot, line(editor, "firstNumberEdit"), "A1")
    assert error_text(editor, "firstNumberError")
    retype(qtbot, line(editor, "ksuEdit"), "15-2026")
    click(qtbot, editor, "saveButton")
    assert error_text(editor, "firstNumberError")
    assert "КСУ" in error_text(editor, "ksuEntryError")
    assert catalog.counts().records == 0


def test_wrong_isbn_check_digit_shows_the_hint_and_saves_nothing(
    qtbot, catalog: CatalogService, open_editor: OpenEditor
) -> None:
    editor = open_editor()
    qtbot.keyClicks(line(editor, "titleEdit"), "Typo")
    qtbot.keyClicks(line(editor, "isbnEdit0"), "978-601-7151-13-0")
    status = child(editor, QLabel, "isbnStatus0")
    assert "should end in 3" in status.text()  # live, before saving
    click(qtbot, editor, "saveButton")
    assert not status.isHidden()
    assert "should end in 3" in status.text()
    assert editor.focusWidget() is line(editor, "isbnEdit0")
    assert catalog.counts().records == 0


def test_short_isbn_is_explained(qtbot, catalog: CatalogService, open_editor: OpenEditor) -> None:
    editor = open_editor()
    qtbot.keyClicks(line(editor, "titleEdit"), "Short")
    qtbot.keyClicks(line(editor, "isbnEdit0"), "97860171")
    status = child(editor, QLabel, "isbnStatus0")
    assert status.text() == "8 of 13 digits"  # typing an ISBN-13: progress, not an error
    click(qtbot, editor, "saveButton")
    assert "10 or 13 digits" in status.text()
    assert editor.focusWidget() is line(editor, "isbnEdit0")
    assert catalog.counts().records == 0


def test_person_without_a_name_is_pointed_at(
    qtbot, catalog: CatalogService, open_editor: OpenEditor
) -> None:
    editor = open_editor()
    qtbot.keyClicks(line(editor, "titleEdit"), "Dates only")
    qtbot.keyClicks(line(editor, "personDates0"), "1900-1950")
    click(qtbot, editor, "saveButton")
    assert error_text(editor, "personsError") == "Enter the person's name."
    assert editor.focusWidget() is line(editor, "personName0")
    assert catalog.counts().records == 0


# --- duplicates ----------------------------------------------------------------------------
def test_known_isbn_shows_the_banner_and_opens_the_existing_record(
    qtbot, catalog: CatalogService, open_editor: OpenEditor
) -> None:
    existing = catalog.create_record(RecordData(title="Абай жолы", year=2019, isbns=[ISBN]))
    editor = open_editor()
    banner = child(editor, QWidget, "duplicateBanner")
    assert banner.isHidden()
    isbn = line(editor, "isbnEdit0")
    isbn.setFocus()
    qtbot.keyClicks(isbn, "978 601 7151 13 3")
    qtbot.keyClick(isbn, Qt.Key.Key_Tab)  # leaving the field looks the ISBN up

    assert banner.isVisible()
    assert child(editor, QLabel, "duplicateLabel").text() == (
        "This book may already be in the catalog: «Абай жолы» (2019)"
    )
    with qtbot.waitSignal(editor.openExisting) as opened:
        click(qtbot, editor, "openExistingButton")
    assert opened.args == [existing]
    assert editor.result() == QDialog.DialogCode.Rejected
    assert not editor.isVisible()
    assert catalog.counts().records == 1


def test_duplicate_on_save_needs_save_anyway(
    qtbot, catalog: CatalogService, open_editor: OpenEditor
) -> None:
    catalog.create_record(RecordData(title="Same", isbns=[OTHER_ISBN]))
    editor = open_editor()
    qtbot.keyClicks(line(editor, "titleEdit"), "Same, other edition")
    line(editor, "isbnEdit0").setText(OTHER_ISBN)  # not typed: no live look-up
    click(qtbot, editor, "saveButton")
    assert child(editor, QWidget, "duplicateBanner").isVisible()
    assert child(editor, QLabel, "duplicateLabel").text() == (
        "This book may already be in the catalog: «Same»"
    )
    assert editor.focusWidget() is child(editor, QPushButton, "openExistingButton")
    assert catalog.counts().records == 1

    assert child(editor, QPushButton, "saveAnywayButton").text() == "Save anyway"
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor, "saveAnywayButton")
    assert catalog.counts().records == 2
    assert not editor.isVisible()


def test_same_title_author_and_year_is_a_possible_duplicate(
    qtbot, catalog: CatalogService, open_editor: OpenEditor
) -> None:
    catalog.create_record(
        RecordData(title="Physics", year=2020, persons=[PersonData("Newton, I.")])
    )
    editor = open_editor()
    qtbot.keyClicks(line(editor, "titleEdit"), "physics")
    qtbot.keyClicks(line(editor, "personName0"), "Newton, I.")
    qtbot.keyClicks(line(editor, "yearEdit"), "2020")
    click(qtbot, editor, "saveButton")
    assert child(editor, QLabel, "duplicateLabel").text().endswith("«Physics» (2020)")
    assert catalog.counts().records == 1


# --- save and new ----------------------------------------------------------------------------
def test_save_and_new_keeps_what_the_box_shares(
    qtbot, catalog: CatalogService, open_editor: OpenEditor, type_text
) -> None:
    give_numbers_up_to(catalog, 10230)
    editor = open_editor()
    type_text(line(editor, "titleEdit"), "Бірінші кітап")
    type_text(line(editor, "publisherEdit"), "Атамұра")
    qtbot.keyClicks(line(editor, "yearEdit"), "2024")
    type_text(line(editor, "personName0"), "Автор, А.")
    qtbot.keyClicks(line(editor, "isbnEdit0"), ISBN)
    set_spin(qtbot, child(editor, QSpinBox, "copiesSpin"), 10)
    line(editor, "locationEdit").setText("Қор")
    retype(qtbot, line(editor, "ksuEdit"), "15/2026")
    assert child(editor, QLabel, "numbersPreview").text() == "10231–10240"

    with qtbot.waitSignal(editor.saved) as saved:
        qtbot.keyClick(
            line(editor, "titleEdit"),
            Qt.Key.Key_S,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    first_id = saved.args[0]
    assert editor.isVisible()
    assert line(editor, "titleEdit").text() == ""
    assert editor.focusWidget() is line(editor, "titleEdit")
    assert line(editor, "personName0").text() == ""
    assert line(editor, "isbnEdit0").text() == ""
    assert line(editor, "publisherEdit").text() == "Атамұра"
    assert line(editor, "yearEdit").text() == "2024"
    assert line(editor, "locationEdit").text() == "Қор"
    assert line(editor, "ksuEdit").text() == "15/2026"
    assert child(editor, QSpinBox, "copiesSpin").value() == 1
    assert line(editor, "firstNumberEdit").text() == "10241"
    assert child(editor, QLabel, "numbersPreview").text() == "10241"
    assert "10231–10240" in child(editor, QLabel, "lastSavedLabel").text()
    assert not editor.is_modified()

    type_text(line(editor, "titleEdit"), "Екінші кітап")
    with qtbot.waitSignal(editor.saved) as saved_again:
        click(qtbot, editor, "saveNewButton")
    second = catalog.get_detail(saved_again.args[0])
    assert second.record.publisher == "Атамұра"
    assert second.record.year == 2024
    assert [c.inventory_number for c in second.copies] == ["10241"]
    assert second.copies[0].ksu_entry == "15/2026"
    assert len(catalog.get_detail(first_id).copies) == 10


# --- editing -----------------------------------------------------------------------------------
def test_editing_an_existing_record_changes_its_title(
    qtbot, catalog: CatalogService, open_editor: OpenEditor
) -> None:
    rid = catalog.create_record(
        RecordData(
            title="Old title",
            isbns=[ISBN],
            persons=[PersonData("A, A."), PersonData("B, B.", PersonRole.TRANSLATOR)],
            languages=["kaz", "rus"],
            keywords=["one", "two"],
        )
    )
    catalog.add_copy_series(rid, SeriesRequest(count=2))
    editor = open_editor(rid)
    assert editor.windowTitle() == "Edit record — Old title"
    assert not child(editor, QPushButton, "saveNewButton").isVisible()
    assert not child(editor, QWidget, "arrivingGroup").isVisible()
    assert line(editor, "isbnEdit0").text() == ISBN_HYPHENATED
    assert child(editor, QComboBox, "languagesCombo").currentText() == "kaz, rus"
    assert not editor.is_modified()

    retype(qtbot, line(editor, "titleEdit"), "New title")
    with qtbot.waitSignal(editor.saved) as saved:
        click(qtbot, editor, "saveButton")
    assert saved.args == [rid]
    detail = catalog.get_detail(rid)
    assert detail.record.title == "New title"
    assert detail.record.isbns == [ISBN]
    assert [p.name for p in detail.record.persons] == ["A, A.", "B, B."]
    assert detail.record.languages == ["kaz", "rus"]
    assert detail.record.keywords == ["one", "two"]
    assert len(detail.copies) == 2
    assert catalog.counts().records == 1


def test_moving_and_removing_persons(qtbot, catalog: CatalogService, open_editor) -> None:
    rid = catalog.create_record(
        RecordData(
            title="Order",
            persons=[PersonData("First"), PersonData("Second"), PersonData("Third")],
        )
    )
    editor = open_editor(rid)
    line(editor, "personName2").setFocus()
    click(qtbot, editor, "personUpButton")
    line(editor, "personName0").setFocus()
    click(qtbot, editor, "removePersonButton")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor, "saveButton")
    assert [p.name for p in catalog.get_record(rid).persons] == ["Third", "Second"]


def test_subjects_keep_their_subdivision_kinds_unless_retyped(
    qtbot, catalog: CatalogService, open_editor: OpenEditor
) -> None:
    imported = SubjectData("History", subdivisions=[("geographic", "Kazakhstan")])
    rid = catalog.create_record(RecordData(title="Subjects", subjects=[imported]))
    editor = open_editor(rid)
    subjects = child(editor, QPlainTextEdit, "subjectsEdit")
    assert subjects.toPlainText() == "History -- Kazakhstan"
    subjects.appendPlainText("Mathematics -- Textbooks -- Problems")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor, "saveButton")
    assert catalog.get_record(rid).subjects == [
        imported,
        SubjectData(
            "Mathematics", subdivisions=[("topical", "Textbooks"), ("topical", "Problems")]
        ),
    ]


# --- closing -----------------------------------------------------------------------------------
def test_cancel_on_a_changed_form_asks_once_and_saves_nothing(
    qtbot, catalog: CatalogService, open_editor: OpenEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]

    def question(parent, title, text, *args, **kwargs):
        asked.append(title)
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    editor = open_editor()
    qtbot.keyClicks(line(editor, "titleEdit"), "Unsaved")

    click(qtbot, editor, "cancelButton")  # answered Cancel: stay
    assert editor.isVisible()
    assert len(asked) == 1
    qtbot.keyClick(line(editor, "titleEdit"), Qt.Key.Key_Escape)  # answered Discard
    assert len(asked) == 2
    assert not editor.isVisible()
    assert editor.result() == QDialog.DialogCode.Rejected
    assert catalog.counts().records == 0


def test_cancel_on_an_unchanged_form_closes_without_asking(
    qtbot, open_editor: OpenEditor, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: pytest.fail("asked")))
    editor = open_editor()
    line(editor, "isbnEdit0").setFocus()
    click(qtbot, editor, "cancelButton")
    assert not editor.isVisible()


# --- keyboard ------------------------------------------------------------------------------------
def _tab_walk(qtbot, editor: RecordEditor, start: QWidget, steps: int) -> list[str]:
    start.setFocus()
    names = []
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        while widget is not None and not widget.objectName():
            widget = widget.parentWidget()
        names.append(widget.objectName() if widget else "")
    return names


def test_tab_order_follows_the_form(qtbot, open_editor: OpenEditor) -> None:
    editor = open_editor()
    click(qtbot, editor, "addPersonButton")  # a row added later still sits in its place
    names = _tab_walk(qtbot, editor, child(editor, QComboBox, "materialTypeCombo"), 12)
    assert names == [
        "titleEdit",
        "personName0",
        "personRole0",
        "personDates0",
        "personName1",
        "personRole1",
        "personDates1",
        "addPersonButton",
        "removePersonButton",
        "personUpButton",  # the marked row is the last one: it can move up, not down
        "isbnEdit0",
        "addIsbnButton",
    ]
    after_isbn = _tab_walk(qtbot, editor, child(editor, QPushButton, "addIsbnButton"), 5)
    assert after_isbn == [
        "publisherEdit",
        "yearEdit",
        "languagesCombo",
        "bbkEdit",
        "authorSignEdit",
    ]


# --- helpers ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 6, 30), "2025-2026"),
        (date(2026, 7, 1), "2026-2027"),
        (date(2026, 9, 1), "2026-2027"),
        (date(2027, 1, 15), "2026-2027"),
    ],
)
def test_current_academic_year(today: date, expected: str) -> None:
    assert current_academic_year(today) == expected


def test_parsing_helpers() -> None:
    assert parse_languages("kaz, RUS;eng") == ["kaz", "rus", "eng"]
    assert parse_languages("қаз, рус") == ["kaz", "rus"]
    assert parse_subjects("  \nA -- b -- c\nD\n", {}) == [
        SubjectData("A", subdivisions=[("topical", "b"), ("topical", "c")]),
        SubjectData("D"),
    ]
    subject = SubjectData("A", subdivisions=[("chronological", "1900")])
    assert subject_line(subject) == "A -- 1900"


@pytest.mark.parametrize("name", ["languagesCombo", "copiesSpin", "ksuEdit"])
def test_enter_saves_from_combo_spin_and_holdings_fields(
    qtbot, catalog: CatalogService, open_editor: OpenEditor, name: str
) -> None:
    editor = open_editor()
    qtbot.keyClicks(line(editor, "titleEdit"), "Enter from " + name)
    field = editor.findChild(QWidget, name)
    target = field.lineEdit() if isinstance(field, QComboBox | QSpinBox) else field
    target.setFocus()
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(target, Qt.Key.Key_Return)
    assert catalog.counts().records == 1


def test_a_banner_shown_while_typing_can_be_waved_through(
    qtbot, catalog: CatalogService, open_editor: OpenEditor
) -> None:
    catalog.create_record(RecordData(title="Other book", isbns=[ISBN]))
    editor = open_editor()
    isbn = line(editor, "isbnEdit0")
    isbn.setFocus()
    qtbot.keyClicks(isbn, ISBN)
    qtbot.keyClick(isbn, Qt.Key.Key_Return)
    banner = child(editor, QWidget, "duplicateBanner")
    assert banner.isVisible()
    continue_button = child(editor, QPushButton, "saveAnywayButton")
    assert continue_button.text() == "Continue as a new record"
    click(qtbot, editor, "saveAnywayButton")  # not a save: the form is not filled yet
    assert banner.isHidden()
    assert catalog.counts().records == 1
    assert editor.focusWidget() is line(editor, "titleEdit")

    qtbot.keyClicks(line(editor, "titleEdit"), "Second printing")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor, "saveButton")  # already waved through: no second banner
    assert catalog.counts().records == 2
