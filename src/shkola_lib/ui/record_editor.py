"""The record editor: one bibliographic record, and for a new one the copies that arrived.

Workflow 2 ("a box of new books arrives"): the Main tab holds what is filled for
every book; a new record also registers its arriving copies (inventory numbers
shown before saving) or, for textbooks, counted stock, in the same transaction.
"Save and new" keeps what the next book of the box shares. The dialog talks to
the :class:`CatalogService` facade only and shows every :class:`FieldError`
under its field.
"""

from __future__ import annotations

import re
from itertools import pairwise

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from shkola_lib.catalog.data import DuplicateMatch, RecordData, StockData, SubjectData
from shkola_lib.catalog.holdings import SeriesRequest
from shkola_lib.catalog.search import SearchUnavailable
from shkola_lib.catalog.service import CatalogService
from shkola_lib.catalog.validation import (
    FieldError,
    ValidationError,
    academic_year_error,
    ksu_entry_error,
    validate_record,
)
from shkola_lib.models.enums import MaterialType
from shkola_lib.ui.holdings_form import current_academic_year
from shkola_lib.ui.record_form_text import (
    number_range,
    parse_languages,
    parse_subjects,
    split_list,
    subject_line,
)
from shkola_lib.ui.widgets.duplicate_banner import DuplicateBanner
from shkola_lib.ui.widgets.field_error import FieldErrorLabel, FormErrors, make_form
from shkola_lib.ui.widgets.isbn_edit import IsbnListEditor
from shkola_lib.ui.widgets.persons_editor import PersonsEditor

LANGUAGE_CHOICES = ["kaz", "rus", "eng", "kaz, rus", "rus, kaz"]
PUBLICATION_FIELDS = (
    "other_title", "responsibility", "part", "corporate_body", "edition", "place", "extent",
    "series", "series_number", "udc",
)  # fmt: skip
# Text fields copied as they are between RecordData and the form.
PLAIN_FIELDS = ("title", "publisher", "bbk", "author_sign", "school_subject", *PUBLICATION_FIELDS)


def _code_combo(choices: list[str]) -> QComboBox:
    """An editable combo offering language codes; starts empty."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(choices)
    combo.setEditText("")
    return combo


def _spin(maximum: int, tooltip: str) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setValue(1)
    spin.setMaximumWidth(100)
    spin.setToolTip(tooltip)
    return spin


class _TextEdit(QPlainTextEdit):
    """A multi-line field that asks for ``height`` pixels, not Qt's default 192; Tab leaves it."""

    def __init__(self, height: int) -> None:
        super().__init__()
        self._height = height
        self.setTabChangesFocus(True)
        self.setMinimumHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height)


class RecordEditor(QDialog):
    """Create or edit one record; for a new record also register the arriving copies."""

    saved = Signal(int)
    openExisting = Signal(int)

    def __init__(
        self, service: CatalogService, record_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recordEditor")
        self._service = service
        self._is_new = record_id is None
        self._record = RecordData() if record_id is None else service.get_record(record_id)
        self._known_subjects: dict[str, SubjectData] = {}
        self._matches: list[DuplicateMatch] = []
        self._acknowledged: set[int] = set()
        self._banner_save_mode: bool | None = None  # None: shown while typing
        self._ksu_by_mode: dict[bool, str] = {}
        self._counted_mode = False
        self._discard_confirmed = False
        self._edits: dict[str, QLineEdit] = {}  # by RecordData (or holdings) field name

        root = QVBoxLayout(self)
        root.addWidget(self._build_banner())
        self.general_error = FieldErrorLabel(self)
        self.general_error.setObjectName("generalError")
        root.addWidget(self.general_error)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.errors = FormErrors(self.general_error, self.tabs)
        self.tabs.addTab(self._build_main_tab(), self.tr("Main"))
        self.tabs.addTab(self._build_publication_tab(), self.tr("Publication"))
        self.tabs.addTab(self._build_subjects_tab(), self.tr("Subjects and notes"))
        root.addWidget(self.tabs, 1)
        root.addLayout(self._build_buttons())
        self._chain_tab_order()
        self.persons.rowsChanged.connect(self._chain_tab_order)
        self.isbns.rowsChanged.connect(self._chain_tab_order)

        self._load(self._record)
        if self._is_new:
            self._counted_mode = self._is_textbook()
            self.ksu_edit.setText(self._suggest_ksu(self._counted_mode))
            self.academic_year_edit.setText(current_academic_year())
            self._propose_first_number()
        self._type_changed()
        self._baseline = self._state()
        self.setWindowTitle(
            self.tr("New record")
            if self._is_new
            else self.tr("Edit record — {title}").format(title=self._record.title)
        )
        self._fit_to_screen()
        self.title_edit.setFocus()

    # --- building ------------------------------------------------------------------
    def _build_banner(self) -> DuplicateBanner:
        self.banner = DuplicateBanner(self)
        self.open_existing_button = self.banner.open_existing_button
        self.save_anyway_button = self.banner.go_on_button
        self.banner.openExistingClicked.connect(self._open_existing)
        self.banner.goOnClicked.connect(self._save_anyway)
        return self.banner

    def _line(
        self, form: QFormLayout, label: str, field: str, name: str, width: int = 0
    ) -> QLineEdit:
        """A line edit for ``field`` with its error label (``width``: a maximum width)."""
        edit = self._edits[field] = QLineEdit()
        if width:
            edit.setMaximumWidth(width)
        self.errors.add_row(form, label, edit, field, name)
        return edit

    def _build_main_tab(self) -> QWidget:
        page = QWidget()
        columns = self._columns = QHBoxLayout(page)
        left = make_form()
        self.type_combo = QComboBox()
        for kind in MaterialType:
            self.type_combo.addItem(kind.label, kind.value)
        add = self.errors.add_row
        add(left, self.tr("Material type"), self.type_combo, "material_type", "materialTypeCombo")
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.title_edit = self._line(left, self.tr("Title"), "title", "titleEdit")
        self.persons = PersonsEditor()
        self.persons.setObjectName("personsEditor")
        left.addRow(self.tr("Persons"), self.persons)
        self.errors.add_list("persons", self._show_person_error, self.persons.error.clear_message)
        self.isbns = IsbnListEditor()
        self.isbns.setObjectName("isbnList")
        left.addRow(self.tr("ISBN"), self.isbns)
        left.labelForField(self.persons).setBuddy(self.persons.first_field())
        left.labelForField(self.isbns).setBuddy(self.isbns.first_edit())
        self.errors.add_list("isbns", self._show_isbn_error, self.isbns.clear_errors)
        self.isbns.editingFinished.connect(self._check_duplicates_live)
        self.isbns.entered.connect(self._isbn_entered)
        self.publisher_edit = self._line(left, self.tr("Publisher"), "publisher", "publisherEdit")
        self.year_edit = self._line(left, self.tr("Year"), "year", "yearEdit", 90)
        self.year_edit.setMaxLength(4)
        self.languages_combo = _code_combo(LANGUAGE_CHOICES)
        self.languages_combo.lineEdit().setPlaceholderText("kaz, rus")
        self.languages_combo.setMaximumWidth(240)
        self.languages_combo.setToolTip(self.tr("Three-letter codes, comma separated"))
        add(left, self.tr("Language"), self.languages_combo, "languages", "languagesCombo")
        self.bbk_edit = self._line(left, self.tr("ББК"), "bbk", "bbkEdit")
        self.author_sign_edit = self._line(
            left, self.tr("Author sign"), "author_sign", "authorSignEdit", 120
        )
        columns.addLayout(left, 3)

        right = QVBoxLayout()
        self.textbook_group = QGroupBox(self.tr("Textbook"))
        self.textbook_group.setObjectName("textbookGroup")
        form = make_form()
        self.grades_edit = self._line(form, self.tr("Grades"), "grades", "gradesEdit")
        self.grades_edit.setPlaceholderText(self.tr("e.g. 5 or 10, 11"))
        self.school_subject_edit = self._line(
            form, self.tr("School subject"), "school_subject", "schoolSubjectEdit"
        )
        self.instruction_combo = _code_combo(["kaz", "rus", "eng"])
        add(
            form, self.tr("Language of instruction"), self.instruction_combo,
            "instruction_language", "instructionLanguageCombo",
        )  # fmt: skip
        self.textbook_group.setLayout(form)
        for field in (self.grades_edit, self.school_subject_edit, self.instruction_combo):
            field.setMinimumWidth(140)  # the right column keeps room to type in
        right.addWidget(self.textbook_group)
        right.addWidget(self._build_arriving_group())
        right.addStretch(1)
        columns.addLayout(right, 2)
        return page

    def _build_arriving_group(self) -> QGroupBox:
        self.arriving_group = QGroupBox(self.tr("Arriving copies"))
        self.arriving_group.setObjectName("arrivingGroup")
        self.arriving_group.setVisible(self._is_new)
        form = self._arriving_form = make_form()
        self.copies_spin = _spin(10000, self.tr("0: catalogue the book without copies"))
        self.errors.add_row(form, self.tr("Copies"), self.copies_spin, "count", "copiesSpin")
        self.first_number_edit = self._line(
            form, self.tr("First inventory number"), "first_number", "firstNumberEdit", 160
        )
        self.numbers_preview = QLabel()
        self.numbers_preview.setObjectName("numbersPreview")
        self.numbers_preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Inventory numbers"), self.numbers_preview)
        self.quantity_spin = _spin(100000, self.tr("Counted stock: no inventory numbers"))
        self.errors.add_row(
            form, self.tr("Quantity"), self.quantity_spin, "quantity", "quantitySpin"
        )
        self.academic_year_edit = self._line(
            form, self.tr("Academic year"), "academic_year", "academicYearEdit", 160
        )
        self.academic_year_edit.setPlaceholderText("2026-2027")
        self.ksu_edit = self._line(form, self.tr("КСУ entry"), "ksu_entry", "ksuEdit", 160)
        self.ksu_edit.setPlaceholderText("15/2026")
        self.location_edit = self._line(form, self.tr("Location"), "location", "locationEdit")
        self.location_edit.setMinimumWidth(160)  # «Оқулықтар қоры, 2-сөре»
        self.arriving_group.setLayout(form)
        self.copies_spin.valueChanged.connect(self._update_preview)
        self.first_number_edit.textChanged.connect(self._update_preview)
        return self.arriving_group

    def _build_publication_tab(self) -> QWidget:
        page = QWidget()
        form = make_form()
        page.setLayout(form)
        for field, label, name, width in (
            ("other_title", self.tr("Other title"), "otherTitleEdit", 0),
            ("responsibility", self.tr("Statement of responsibility"), "responsibilityEdit", 0),
            ("part", self.tr("Part"), "partEdit", 0),
            ("corporate_body", self.tr("Corporate body"), "corporateBodyEdit", 0),
            ("edition", self.tr("Edition"), "editionEdit", 0),
            ("place", self.tr("Place of publication"), "placeEdit", 0),
            ("extent", self.tr("Extent"), "extentEdit", 0),
            ("series", self.tr("Series"), "seriesEdit", 0),
            ("series_number", self.tr("Number in series"), "seriesNumberEdit", 160),
            ("udc", self.tr("UDC"), "udcEdit", 0),
        ):
            self._line(form, label, field, name, width)
        self._edits["extent"].setPlaceholderText(self.tr("e.g. 240 p.: ill."))
        return page

    def _build_subjects_tab(self) -> QWidget:
        page = QWidget()
        form = make_form()
        page.setLayout(form)
        add = self.errors.add_row
        self.subjects_edit = _TextEdit(90)
        self.subjects_edit.setPlaceholderText(self.tr("Қазақстан тарихы -- Оқулықтар"))
        add(form, self.tr("Subjects"), self.subjects_edit, "subjects", "subjectsEdit")
        hint = QLabel(self.tr('One heading per line; put " -- " before each subdivision.'))
        hint.setStyleSheet("color: palette(placeholder-text);")
        form.addRow("", hint)
        self.keywords_edit = self._line(form, self.tr("Keywords"), "keywords", "keywordsEdit")
        self.keywords_edit.setPlaceholderText(self.tr("comma separated"))
        self.annotation_edit = _TextEdit(110)
        add(form, self.tr("Annotation"), self.annotation_edit, "annotation", "annotationEdit")
        self.notes_edit = _TextEdit(70)
        add(form, self.tr("Notes"), self.notes_edit, "notes", "notesEdit")
        return page

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.last_saved_label = QLabel(self)
        self.last_saved_label.setObjectName("lastSavedLabel")
        self.last_saved_label.setWordWrap(True)
        self.last_saved_label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.last_saved_label, 1)
        self.save_new_button = QPushButton(self.tr("Save and new"), self)
        self.save_new_button.setToolTip(self.tr("Save, then start the next book (Ctrl+Shift+S)"))
        self.save_new_button.setVisible(self._is_new)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setToolTip(self.tr("Save and close (Ctrl+S)"))
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        for button, name in (
            (self.save_new_button, "saveNewButton"),
            (self.save_button, "saveButton"),
            (self.cancel_button, "cancelButton"),
        ):
            button.setObjectName(name)
            button.setAutoDefault(False)
            row.addWidget(button)
        self.save_button.setDefault(True)  # Enter in a single-line field saves
        self.save_new_button.clicked.connect(lambda: self.save(and_new=True))
        self.save_button.clicked.connect(lambda: self.save())
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, lambda: self.save())
        if self._is_new:
            QShortcut(QKeySequence("Ctrl+Shift+S"), self, lambda: self.save(and_new=True))
        return row

    def _chain_tab_order(self) -> None:
        """Tab follows the form, also through person and ISBN rows added later."""
        chain: list[QWidget] = [
            self.open_existing_button, self.save_anyway_button, self.type_combo,
            self.title_edit, *self.persons.focus_chain(), *self.isbns.focus_chain(),
            self.publisher_edit, self.year_edit, self.languages_combo, self.bbk_edit,
            self.author_sign_edit, self.grades_edit, self.school_subject_edit,
            self.instruction_combo, self.copies_spin, self.first_number_edit,
            self.quantity_spin, self.academic_year_edit, self.ksu_edit, self.location_edit,
            *(self._edits[f] for f in PUBLICATION_FIELDS), self.subjects_edit, self.keywords_edit,
            self.annotation_edit, self.notes_edit,
            self.save_new_button, self.save_button, self.cancel_button,
        ]  # fmt: skip
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        hint = self.sizeHint()
        width, height = max(hint.width(), 980), max(hint.height(), 560)
        if screen is not None:
            area = screen.availableGeometry()
            width, height = min(width, area.width() - 40), min(height, area.height() - 60)
        self.resize(width, height)

    # --- reading and writing the form ------------------------------------------------
    def _is_textbook(self) -> bool:
        return self.type_combo.currentData() == MaterialType.TEXTBOOK.value

    def _load(self, record: RecordData) -> None:
        """Show ``record`` in the fields (the arriving-copies group is left alone)."""
        kind = self.type_combo.findData(record.material_type.value)
        self.type_combo.setCurrentIndex(max(0, kind))
        for field in PLAIN_FIELDS:
            self._edits[field].setText(getattr(record, field))
        self.persons.set_persons(list(record.persons))
        self.isbns.set_isbns(list(record.isbns))
        self.year_edit.setText("" if record.year is None else str(record.year))
        self.languages_combo.setEditText(", ".join(record.languages))
        self.grades_edit.setText(", ".join(record.grades))
        self.instruction_combo.setEditText(record.instruction_language)
        self._known_subjects = {subject_line(s): s for s in record.subjects}
        self.subjects_edit.setPlainText("\n".join(self._known_subjects))
        self.keywords_edit.setText(", ".join(record.keywords))
        self.annotation_edit.setPlainText(record.annotation)
        self.notes_edit.setPlainText(record.notes)

    def _collect(self) -> tuple[RecordData, list[FieldError]]:
        """The record as typed, and the errors found while reading it (e.g. the year)."""
        errors: list[FieldError] = []
        year_text = self.year_edit.text().strip()
        year: int | None = None
        if year_text.isdigit():
            year = int(year_text)
        elif year_text:
            errors.append(FieldError("year", self.tr("Enter the year as a number, e.g. 2024.")))
        old = self._record
        data = RecordData(
            id=old.id,
            material_type=MaterialType(self.type_combo.currentData()),
            persons=self.persons.persons(),
            isbns=self.isbns.isbns(),
            year=year,
            languages=parse_languages(self.languages_combo.currentText()),
            subjects=parse_subjects(self.subjects_edit.toPlainText(), self._known_subjects),
            keywords=split_list(self.keywords_edit.text()),
            annotation=self.annotation_edit.toPlainText().strip(),
            notes=self.notes_edit.toPlainText().strip(),
            # Shown for textbooks only: other records keep what they had.
            grades=list(old.grades),
            instruction_language=old.instruction_language,
            created_at=old.created_at,
            updated_at=old.updated_at,
        )
        for field in PLAIN_FIELDS:
            setattr(data, field, self._edits[field].text().strip())
        if self._is_textbook():
            data.grades = split_list(self.grades_edit.text())
            codes = parse_languages(self.instruction_combo.currentText())
            data.instruction_language = codes[0] if codes else ""
        else:
            data.school_subject = old.school_subject
        return data, errors

    def _collect_holdings(self) -> tuple[SeriesRequest | None, StockData | None, list[FieldError]]:
        """What arrived with a new record (None: nothing), and the errors in those fields."""
        ksu, location = self.ksu_edit.text().strip(), self.location_edit.text().strip()
        checks = [("ksu_entry", ksu_entry_error(ksu))]
        series: SeriesRequest | None = None
        stock: StockData | None = None
        errors: list[FieldError] = []
        if self._is_textbook() and self.quantity_spin.value():
            year = self.academic_year_edit.text().strip()
            stock = StockData(self.quantity_spin.value(), ksu_entry=ksu, academic_year=year)
            stock.location = location
            checks.append(("academic_year", academic_year_error(year)))
        elif not self._is_textbook() and self.copies_spin.value():
            first = self.first_number_edit.text().strip() or None
            series = SeriesRequest(
                self.copies_spin.value(), first, location=location, ksu_entry=ksu
            )
            try:
                self._service.plan_series(series)  # refuses a first number with letters
            except ValidationError as exc:
                errors += exc.errors
        else:
            return None, None, []
        return series, stock, errors + [FieldError(f, m) for f, m in checks if m]

    def _state(self) -> tuple[object, ...]:
        """Everything the user can change, to tell whether the form was edited."""
        data, _errors = self._collect()
        data.isbns = [re.sub(r"[^0-9X]", "", i.upper()) for i in data.isbns]  # hyphens aside
        texts = [edit.text() for edit in self._edits.values()]
        return repr(data), *texts, self.copies_spin.value(), self.quantity_spin.value()

    def is_modified(self) -> bool:
        """True when the form differs from what was loaded (or last saved)."""
        return self._state() != self._baseline

    # --- arriving copies --------------------------------------------------------------
    def _suggest_ksu(self, counted: bool) -> str:
        if counted not in self._ksu_by_mode:
            self._ksu_by_mode[counted] = self._service.suggest_ksu_entry(counted_stock=counted)
        return self._ksu_by_mode[counted]

    def _propose_first_number(self) -> None:
        self.first_number_edit.setText(self._service.plan_series(SeriesRequest(count=1))[0])
        self._update_preview()

    def _update_preview(self) -> None:
        count = self.copies_spin.value()
        first = self.first_number_edit.text().strip() or None
        self.first_number_edit.setEnabled(count > 0)
        self.errors.label("first_number").clear_message()
        try:
            numbers = self._service.plan_series(SeriesRequest(count=count, first_number=first))
        except ValidationError as exc:
            self.errors.label("first_number").show_message(exc.errors[0].message)
            self.numbers_preview.setText("—")
            return
        self.numbers_preview.setText(number_range(numbers) or self.tr("none"))

    def _type_changed(self) -> None:
        textbook = self._is_textbook()
        self.textbook_group.setVisible(textbook)
        # Nothing on the right (an edited book): let the fields use the whole width.
        self._columns.setStretch(1, 2 if textbook or self._is_new else 0)
        if not self._is_new:
            return
        for field, book_only in (
            (self.copies_spin, True), (self.first_number_edit, True),
            (self.numbers_preview, True), (self.quantity_spin, False),
            (self.academic_year_edit, False),
        ):  # fmt: skip
            row = field if field is self.numbers_preview else field.parentWidget()  # error box
            self._arriving_form.setRowVisible(row, book_only != textbook)
        if textbook != self._counted_mode:  # book and textbook КСУ are separate registers
            self._ksu_by_mode[self._counted_mode] = self.ksu_edit.text()
            self._counted_mode = textbook
            self.ksu_edit.setText(self._suggest_ksu(textbook))

    # --- saving -----------------------------------------------------------------------
    def save(self, *, and_new: bool = False) -> bool:
        """Check and save the form; True when saved. Nothing is saved while errors remain."""
        if and_new and not self._is_new:
            and_new = False
        self.errors.clear()
        data, errors = self._collect()
        series: SeriesRequest | None = None
        stock: StockData | None = None
        if self._is_new:
            series, stock, holding_errors = self._collect_holdings()
            errors += holding_errors
        errors = validate_record(data) + errors
        if errors:
            self.errors.show(errors)
            return False
        if self._is_new and self._show_duplicates(data, save_mode=and_new):
            self.open_existing_button.setFocus()
            return False
        try:
            if self._is_new:
                record_id, numbers = self._service.create_record_with_holdings(
                    data, series=series, stock=stock
                )
            else:
                self._service.update_record(data)
                record_id, numbers = data.id or 0, []
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return False
        except (LookupError, SearchUnavailable) as exc:  # deleted meanwhile; a damaged file
            self.general_error.show_message(str(exc))
            return False
        self._hide_banner()
        self.saved.emit(record_id)
        if and_new:
            self._start_next(data, numbers, stock)
        else:
            self._baseline = self._state()
            self.accept()
        return True

    def _start_next(self, saved: RecordData, numbers: list[str], stock: StockData | None) -> None:
        """Clear the form for the next book of the box, keeping what they share."""
        if numbers:
            text = self.tr("Saved «{title}», inventory numbers {numbers}.").format(
                title=saved.title, numbers=number_range(numbers)
            )
        elif stock is not None:
            text = self.tr("Saved «{title}», quantity {quantity}.").format(
                title=saved.title, quantity=stock.quantity
            )
        else:
            text = self.tr("Saved «{title}».").format(title=saved.title)
        self.last_saved_label.setText(text)
        year = self.year_edit.text()
        self._record = RecordData(
            material_type=saved.material_type, publisher=saved.publisher, place=saved.place
        )
        self._load(self._record)
        self.year_edit.setText(year)
        self.copies_spin.setValue(1)
        self.quantity_spin.setValue(1)
        self._propose_first_number()
        self._acknowledged.clear()
        self._baseline = self._state()
        self.tabs.setCurrentIndex(0)
        self.title_edit.setFocus()

    def _show_person_error(self, index: int, message: str) -> QWidget:
        self.persons.show_error(index, message)
        return self.persons.field_for(index)

    def _show_isbn_error(self, index: int, message: str) -> QWidget:
        self.isbns.show_error(index, message)
        return self.isbns.edit_for(index)

    # --- duplicates ---------------------------------------------------------------
    def _show_duplicates(self, data: RecordData, *, save_mode: bool | None) -> bool:
        """Show the banner if records like ``data`` exist (and were not waved through)."""
        matches = [
            m for m in self._service.find_duplicates(data) if m.record_id not in self._acknowledged
        ]
        if not matches:
            self._hide_banner()
            return False
        self._matches = matches
        self._banner_save_mode = save_mode
        self.banner.show_matches(matches, saving=save_mode is not None)
        return True

    def _hide_banner(self) -> None:
        self.banner.hide()
        self._matches = []

    def _check_duplicates_live(self) -> None:
        """Look for the record as soon as its ISBN is entered (new records only)."""
        if not self._is_new:
            return
        data, _errors = self._collect()
        if data.isbns or data.title:
            self._show_duplicates(data, save_mode=None)

    def _isbn_entered(self, _row: int) -> None:
        """A scanned ISBN ends with Enter: go on to the title if it is still empty."""
        empty = not self.title_edit.text().strip()
        (self.title_edit if empty else self.publisher_edit).setFocus()

    def _open_existing(self) -> None:
        if not self._matches:
            return
        record_id = self._matches[0].record_id
        self._discard_confirmed = True
        self.openExisting.emit(record_id)
        self.reject()

    def _save_anyway(self) -> None:
        self._acknowledged.update(m.record_id for m in self._matches)
        mode = self._banner_save_mode
        self._hide_banner()
        if mode is None:
            self.title_edit.setFocus()
        else:
            self.save(and_new=mode)

    # --- closing ------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc, Cancel or the window's close button: ask once before losing changes."""
        if not self._discard_confirmed and self.is_modified():
            answer = QMessageBox.question(
                self,
                self.tr("Discard changes?"),
                self.tr("This record has changes that are not saved. Close without saving them?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
            self._discard_confirmed = True
        super().reject()
