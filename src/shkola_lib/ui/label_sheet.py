"""The sheet, what is printed on it, and the first free label (steps 2 and 3 of the labels dialog).

Only layouts that fit the sheet's labels are offered (tried on a real label of
the batch). Choosing a sheet preselects the first free label remembered from the
last print on that sheet; "New sheet…" opens the template editor and selects the
sheet made there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shkola_lib.io.labels import (
    LabelData,
    LabelError,
    LabelLayout,
    SheetTemplate,
    load_layouts,
    load_templates,
    plan_label,
)
from shkola_lib.io.labels.fit import register_fonts
from shkola_lib.ui.exchange_common import GREY_STYLE, is_alive, ui_language
from shkola_lib.ui.sheet_picker import SheetPicker
from shkola_lib.ui.template_editor import TemplateEditor

DEFAULT_TEMPLATE, DEFAULT_LAYOUT = "avery-l7160", "standard"
# Decides which layouts fit a sheet while the batch is still empty.
SAMPLE = LabelData(None, "1234567", title="Әліппе", bbk="84(5Каз)7-44", author_sign="Қ17")


def text_label(text: str = "", style: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(style)
    label.setObjectName(name)
    return label


class SheetChooser(QWidget):
    """Two group boxes: "2. Sheet" (sheet and layout) and "3. First free label"."""

    sheetChanged = Signal()  # the sheet or the layout changed: the labels must be planned again
    startChanged = Signal(int)

    def __init__(
        self,
        remembered_start: Callable[[SheetTemplate], int],
        *,
        template: str = "",
        layout: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.remembered_start = remembered_start
        self.templates = load_templates()
        self.layouts = load_layouts()
        self._wanted_layout = layout or DEFAULT_LAYOUT
        self._sample = SAMPLE
        register_fonts()  # plan_label measures texts with the embedded fonts

        sheet_box = QGroupBox(self.tr("2. Sheet"), self)
        self.template_combo = QComboBox(sheet_box)
        self.template_combo.setObjectName("templateCombo")
        self.template_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.template_combo.setMinimumContentsLength(20)
        self.new_sheet_button = QPushButton(self.tr("&New sheet…"), sheet_box)
        self.new_sheet_button.setObjectName("newSheetButton")
        self.new_sheet_button.setAutoDefault(False)
        self.new_sheet_button.setToolTip(self.tr("Describe a label sheet that is not in the list"))
        self.layout_combo = QComboBox(sheet_box)
        self.layout_combo.setObjectName("layoutCombo")
        self.layout_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.layout_combo.setMinimumContentsLength(20)
        self.layout_note = text_label(style=GREY_STYLE, name="layoutNote")
        grid = QGridLayout(sheet_box)
        grid.setColumnStretch(0, 1)
        self._add_row(grid, 0, self.tr("&Sheet:"), self.template_combo)
        grid.addWidget(self.new_sheet_button, 0, 1, Qt.AlignmentFlag.AlignRight)
        self._add_row(grid, 2, self.tr("&On each label:"), self.layout_combo)
        grid.addWidget(self.layout_note, 4, 0, 1, 2)

        start_box = QGroupBox(self.tr("3. First free label on the sheet"), self)
        self.picker = SheetPicker(start_box)
        self.start_label = text_label(name="startLabel")
        font = self.start_label.font()
        font.setBold(True)
        self.start_label.setFont(font)
        hint = text_label(
            self.tr(
                "Click the first free label of the sheet you put in the printer (or move "
                "with the arrow keys). Grey labels are already used and stay empty; the "
                "tinted ones get this batch."
            ),
            GREY_STYLE,
        )
        start_layout = QHBoxLayout(start_box)
        start_layout.addWidget(self.picker, 3)
        texts = QVBoxLayout()
        texts.addWidget(self.start_label)
        texts.addWidget(hint)
        texts.addStretch(1)
        start_layout.addLayout(texts, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(sheet_box)
        layout.addWidget(start_box, 1)

        self._fill_templates(template or DEFAULT_TEMPLATE)
        self._template_changed(emit=False)
        self.template_combo.currentIndexChanged.connect(lambda _i: self._template_changed())
        self.layout_combo.currentIndexChanged.connect(lambda _i: self._layout_changed())
        self.new_sheet_button.clicked.connect(lambda: self.new_sheet())
        self.picker.startChanged.connect(self._start_changed)

    def _add_row(self, grid: QGridLayout, row: int, text: str, field: QWidget) -> None:
        """A caption over its field: long sheet names keep the full width."""
        label = QLabel(text, self)
        label.setBuddy(field)
        grid.addWidget(label, row, 0)
        grid.addWidget(field, row + 1, 0, 1, 2)

    # --- the choice -----------------------------------------------------------------------
    def template(self) -> SheetTemplate | None:
        return self.templates.get(self.template_combo.currentData() or "")

    def layout_(self) -> LabelLayout | None:
        return self.layouts.get(self.layout_combo.currentData() or "")

    def start(self) -> int:
        return self.picker.start()

    def set_template(self, name: str) -> None:
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(name)))

    def set_layout(self, name: str) -> None:
        index = self.layout_combo.findData(name)
        if index >= 0:
            self.layout_combo.setCurrentIndex(index)

    def set_batch(self, labels: list[LabelData]) -> None:
        """The batch changed: tint its labels and offer the layouts that fit its first copy."""
        self.picker.set_count(len(labels))
        self._sample = labels[0] if labels else SAMPLE
        self._fill_layouts()

    # --- keeping it consistent ---------------------------------------------------------------
    def _fill_templates(self, select: str) -> None:
        lang = ui_language()
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for name, t in sorted(self.templates.items(), key=lambda i: (i[1].user, i[0])):
            self.template_combo.addItem(t.display_title(lang), name)
        index = self.template_combo.findData(select)
        if index < 0:
            index = max(0, self.template_combo.findData(DEFAULT_TEMPLATE))
        self.template_combo.setCurrentIndex(index)
        self.template_combo.blockSignals(False)

    def _fill_layouts(self) -> None:
        template = self.template()
        fitting = []
        for name, layout in sorted(self.layouts.items(), key=lambda i: i[1].title):
            try:
                if template is not None:
                    plan_label(self._sample, template, layout)
                    fitting.append((layout.display_title(ui_language()), name))
            except LabelError:
                continue
        self.layout_combo.blockSignals(True)
        self.layout_combo.clear()
        for title, name in fitting:
            self.layout_combo.addItem(title, name)
            self.layout_combo.setItemData(
                self.layout_combo.count() - 1, title, Qt.ItemDataRole.ToolTipRole
            )
        index = self.layout_combo.findData(self._wanted_layout)
        if index < 0:
            index = max(0, self.layout_combo.findData(DEFAULT_LAYOUT))
        self.layout_combo.setCurrentIndex(index)
        self.layout_combo.blockSignals(False)
        self.layout_note.setText(
            "" if fitting else self.tr("Nothing fits on labels this small; choose another sheet.")
        )
        self.layout_note.setVisible(not fitting)

    def _template_changed(self, *, emit: bool = True) -> None:
        template = self.template()
        self.picker.set_template(template)
        if template is not None:
            self.picker.blockSignals(True)
            self.picker.set_start(self.remembered_start(template))
            self.picker.blockSignals(False)
        self._fill_layouts()
        self._update_start_label()
        if emit:
            self.sheetChanged.emit()

    def _layout_changed(self) -> None:
        self._wanted_layout = self.layout_combo.currentData() or self._wanted_layout
        self.sheetChanged.emit()

    def _start_changed(self, start: int) -> None:
        self._update_start_label()
        self.startChanged.emit(start)

    def _update_start_label(self) -> None:
        template = self.template()
        self.start_label.setText(
            self.tr("Printing starts at label {n} of {total}.").format(
                n=self.picker.start(), total=template.per_sheet
            )
            if template
            else ""
        )

    # --- a new sheet ---------------------------------------------------------------------------
    def new_sheet(self) -> TemplateEditor:
        """Open the editor for a new sheet, starting from the chosen sheet's measurements."""
        editor = TemplateEditor(self.templates, self.template(), self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self._sheet_added(editor.saved_template))
        editor.open()
        return editor

    def _sheet_added(self, template: SheetTemplate | None) -> None:
        if template is None or not is_alive(self):
            return
        self.templates = load_templates()
        self._fill_templates(template.name)
        self._template_changed()
