"""A new label sheet: paper, margins, label size, gaps, columns and rows, checked as typed.

Every change is validated at once with the same rules the PDF renderer uses
(``TemplateError`` messages say what to change), the drawing shows the sheet
with labels that run off the page in red, and Save is possible only for a sheet
that fits. The sheet is saved with ``save_user_template`` under a file name made
from its title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from shkola_lib.io.labels import LabelError, SheetTemplate, save_user_template
from shkola_lib.io.labels.templates import validate_template
from shkola_lib.ui.exchange_common import GREY_STYLE
from shkola_lib.ui.sheet_picker import SheetPicker
from shkola_lib.ui.widgets.field_error import FieldErrorLabel, make_form

A4 = (210.0, 297.0)
_LENGTHS = (
    "page_width_mm",
    "page_height_mm",
    "label_width_mm",
    "label_height_mm",
    "margin_top_mm",
    "margin_left_mm",
    "gap_x_mm",
    "gap_y_mm",
    "corner_radius_mm",
)


def unique_name(title: str, taken: set[str]) -> str:
    """A file name for a sheet: the Latin letters and digits of its title, made unique."""
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40].strip("-") or "sheet"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name


class TemplateEditor(QDialog):
    def __init__(
        self,
        templates: dict[str, SheetTemplate],
        base: SheetTemplate | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("New label sheet"))
        self.taken = set(templates)
        self.saved_template: SheetTemplate | None = None
        self._title_edited = False
        self.spins: dict[str, QDoubleSpinBox] = {}
        for field in _LENGTHS:
            spin = QDoubleSpinBox(self)
            spin.setObjectName(field)
            spin.setRange(0.0, 2000.0)
            spin.setDecimals(2)
            spin.setSingleStep(0.5)
            spin.setSuffix(self.tr(" mm"))
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setMinimumWidth(110)
            self.spins[field] = spin
        self.columns_spin = self._count_spin("columns")
        self.rows_spin = self._count_spin("rows")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.textEdited.connect(self._title_typed)
        self.a4_button = QPushButton(self.tr("A&4"), self)
        self.a4_button.setObjectName("a4Button")
        self.a4_button.setAutoDefault(False)
        self.a4_button.setToolTip(self.tr("210 × 297 mm"))
        self.a4_button.clicked.connect(self._set_a4)

        form = make_form()
        form.setFieldGrowthPolicy(form.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.title_edit.setMinimumWidth(320)
        s = self.spins
        rows = (
            (self.tr("&Name in the list:"), self.title_edit, None),
            (
                self.tr("&Paper (width × height):"),
                self._pair(s["page_width_mm"], s["page_height_mm"], self.a4_button),
                s["page_width_mm"],
            ),
            (
                self.tr("&Label (width × height):"),
                self._pair(s["label_width_mm"], s["label_height_mm"]),
                s["label_width_mm"],
            ),
            (
                self.tr("Labels &across × down:"),
                self._pair(self.columns_spin, self.rows_spin),
                self.columns_spin,
            ),
            (self.tr("&Top margin:"), s["margin_top_mm"], None),
            (self.tr("L&eft margin:"), s["margin_left_mm"], None),
            (self.tr("&Gap between columns:"), s["gap_x_mm"], None),
            (self.tr("Gap &between rows:"), s["gap_y_mm"], None),
            (self.tr("&Corner radius:"), s["corner_radius_mm"], None),
        )
        for text, field, buddy in rows:
            label = QLabel(text, self)
            label.setBuddy(buddy or field)
            form.addRow(label, field)
        hint = QLabel(
            self.tr(
                "Measure a sheet with a ruler, or copy the numbers from its package. Margins "
                "are measured from the paper's edge to the edge of the first label; a gap is "
                "the space between two labels (0 when they touch)."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(GREY_STYLE)
        self.error_label = FieldErrorLabel(self)
        self.error_label.setObjectName("templateError")
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("templateSummary")
        self.picker = SheetPicker(self, interactive=False)
        self.picker.setMinimumSize(180, 240)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(hint)
        left.addStretch(1)
        left.addWidget(self.error_label)
        right = QVBoxLayout()
        right.addWidget(self.picker, 1)
        right.addWidget(self.summary_label, 0, Qt.AlignmentFlag.AlignHCenter)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveTemplateButton")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)

        self.set_values(base)
        for spin in (*self.spins.values(), self.columns_spin, self.rows_spin):
            spin.valueChanged.connect(lambda _v: self.check())
        self.check()
        self.resize(720, 480)

    def _count_spin(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(1, 100)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setMinimumWidth(110)
        return spin

    def _pair(self, a: QWidget, b: QWidget, extra: QWidget | None = None) -> QWidget:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(a, 1)
        row.addWidget(QLabel("×", box))
        row.addWidget(b, 1)
        if extra is not None:
            row.addWidget(extra)
        return box

    # --- values -----------------------------------------------------------------------
    def set_values(self, base: SheetTemplate | None) -> None:
        """Start from ``base``'s measurements (or an A4 sheet of 3 × 8 labels)."""
        t = base or SheetTemplate(
            name="new", title="", page_width_mm=A4[0], page_height_mm=A4[1],
            margin_top_mm=0.5, margin_left_mm=0.0, label_width_mm=70.0, label_height_mm=37.0,
            gap_x_mm=0.0, gap_y_mm=0.0, columns=3, rows=8,
        )  # fmt: skip
        for field, spin in self.spins.items():
            spin.setValue(getattr(t, field))
        self.columns_spin.setValue(t.columns)
        self.rows_spin.setValue(t.rows)
        self._title_edited = False
        self._auto_title()

    def template(self) -> SheetTemplate:
        """The sheet as entered (not validated; the name is given when it is saved)."""
        values = {field: round(spin.value(), 2) for field, spin in self.spins.items()}
        return SheetTemplate(
            name="new",
            title=self.title_edit.text().strip(),
            columns=self.columns_spin.value(),
            rows=self.rows_spin.value(),
            **values,
        )

    def _auto_title(self) -> None:
        if self._title_edited:
            return
        s = self.spins
        self.title_edit.setText(
            self.tr("My sheet: {width} × {height} mm, {n} per sheet").format(
                width=f"{s['label_width_mm'].value():g}",
                height=f"{s['label_height_mm'].value():g}",
                n=self.columns_spin.value() * self.rows_spin.value(),
            )
        )

    def _title_typed(self, _text: str) -> None:
        self._title_edited = True
        self.check()

    def _set_a4(self) -> None:
        self.spins["page_width_mm"].setValue(A4[0])
        self.spins["page_height_mm"].setValue(A4[1])

    # --- checking and saving ------------------------------------------------------------
    def check(self) -> str:
        """Validate what is entered; show and return the message ("" when the sheet fits)."""
        self._auto_title()
        template = self.template()
        try:
            validate_template(template)
        except LabelError as exc:
            message = str(exc)
        else:
            message = ""
        self.error_label.show_message(message)
        self.save_button.setEnabled(not message)
        self.picker.set_template(template)
        self.summary_label.setText(
            self.tr("{n} labels per sheet").format(n=template.columns * template.rows)
        )
        return message

    def save(self) -> bool:
        """Save the sheet; False (with the message shown) when it is not valid."""
        if self.check():
            return False
        template = self.template()
        template = replace(template, name=unique_name(template.title, self.taken), user=True)
        try:
            save_user_template(template)
        except (LabelError, OSError) as exc:
            self.error_label.show_message(str(exc))
            return False
        self.saved_template = template
        self.accept()
        return True
