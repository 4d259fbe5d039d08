"""The printer and its correction: offset and scale, saved per printer, and the calibration page.

Corrections are saved with ``save_printer_profile`` as soon as a field is left
(and again when labels are printed), under the printer's name; "default" is the
correction used when no particular printer is chosen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from shkola_lib.io.labels import (
    LabelError,
    PrinterCalibration,
    SheetTemplate,
    load_printer_profiles,
    save_printer_profile,
)
from shkola_lib.ui import label_painter
from shkola_lib.ui.calibration_page import print_calibration
from shkola_lib.ui.exchange_common import GREY_STYLE
from shkola_lib.ui.widgets.field_error import FieldErrorLabel

DEFAULT_PROFILE = "default"


def installed_printers() -> list[str]:
    try:
        return list(QPrinterInfo.availablePrinterNames())
    except RuntimeError:  # no print support on this platform
        return []


class PrinterBox(QGroupBox):
    def __init__(
        self, sheet: Callable[[], SheetTemplate | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sheet = sheet  # the sheet chosen in the dialog (for the calibration page)
        self.setObjectName("printerBox")
        self.setTitle(self.tr("4. Printer"))
        self.profiles: dict[str, PrinterCalibration] = load_printer_profiles()
        self.combo = QComboBox(self)
        self.combo.setObjectName("printerCombo")
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(14)
        self.x_spin = self._spin("offsetXSpin", -30.0, 30.0, 0.1, 1, self.tr(" mm"))
        self.y_spin = self._spin("offsetYSpin", -30.0, 30.0, 0.1, 1, self.tr(" mm"))
        self.scale_spin = self._spin("scaleSpin", 0.8, 1.2, 0.001, 3, "")
        self.scale_spin.setValue(1.0)
        self.calibration_button = QPushButton(self.tr("Print a &calibration page…"), self)
        self.calibration_button.setObjectName("calibrationButton")
        self.calibration_button.setAutoDefault(False)
        self.calibration_button.clicked.connect(self.print_calibration_page)
        self.help_label = QLabel(
            self.tr(
                "If the print misses the stickers, print a calibration page on plain paper, "
                "lay it on a sheet of labels and enter the correction it shows. "
                "Positive numbers move the print right and down."
            ),
            self,
        )
        self.help_label.setWordWrap(True)
        self.help_label.setStyleSheet(GREY_STYLE)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("printerStatus")
        self.status_label.setStyleSheet(GREY_STYLE)
        self.error_label = FieldErrorLabel(self)
        self.error_label.setObjectName("printerError")

        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        label = QLabel(self.tr("P&rinter:"), self)
        label.setBuddy(self.combo)
        grid.addWidget(label, 0, 0)
        grid.addWidget(self.combo, 0, 1, 1, 3)
        for col, (text, spin) in enumerate(
            ((self.tr("Move &right:"), self.x_spin), (self.tr("Move &down:"), self.y_spin))
        ):
            label = QLabel(text, self)
            label.setBuddy(spin)
            grid.addWidget(label, 1, col * 2)
            grid.addWidget(spin, 1, col * 2 + 1)
        label = QLabel(self.tr("Sc&ale:"), self)
        label.setBuddy(self.scale_spin)
        grid.addWidget(label, 2, 0)
        grid.addWidget(self.scale_spin, 2, 1)
        grid.addWidget(self.calibration_button, 2, 2, 1, 2)
        grid.addWidget(self.help_label, 3, 0, 1, 4)
        grid.addWidget(self.error_label, 4, 0, 1, 4)
        grid.addWidget(self.status_label, 5, 0, 1, 4)

        self._fill_combo()
        self.combo.currentIndexChanged.connect(lambda _i: self._profile_chosen())
        for spin in (self.x_spin, self.y_spin, self.scale_spin):
            spin.editingFinished.connect(self.save)
        self._profile_chosen()

    def _spin(
        self, name: str, low: float, high: float, step: float, decimals: int, suffix: str
    ) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setDecimals(decimals)
        spin.setSuffix(suffix)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        spin.setKeyboardTracking(False)
        return spin

    def _fill_combo(self) -> None:
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("Default printer"), DEFAULT_PROFILE)
        names = sorted((set(self.profiles) | set(installed_printers())) - {DEFAULT_PROFILE})
        for name in names:
            self.combo.addItem(name, name)
        self.combo.blockSignals(False)

    # --- the choice ---------------------------------------------------------------------
    def profile_name(self) -> str:
        return str(self.combo.currentData() or DEFAULT_PROFILE)

    def set_profile(self, name: str) -> None:
        index = self.combo.findData(name)
        if index < 0 and name and name != DEFAULT_PROFILE:
            self.combo.addItem(name, name)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(0, index))
        self._profile_chosen()

    def printer_name(self) -> str:
        """The installed printer to preselect in the print dialog ("" = the system's default)."""
        name = self.profile_name()
        return name if name in installed_printers() else ""

    def calibration(self) -> PrinterCalibration:
        return PrinterCalibration(
            offset_x_mm=round(self.x_spin.value(), 2),
            offset_y_mm=round(self.y_spin.value(), 2),
            scale=round(self.scale_spin.value(), 4),
        )

    def set_calibration(self, cal: PrinterCalibration) -> None:
        self.x_spin.setValue(cal.offset_x_mm)
        self.y_spin.setValue(cal.offset_y_mm)
        self.scale_spin.setValue(cal.scale)

    def _profile_chosen(self) -> None:
        self.error_label.clear_message()
        self.status_label.clear()
        cal = self.profiles.get(self.profile_name(), PrinterCalibration())
        for spin in (self.x_spin, self.y_spin, self.scale_spin):
            spin.blockSignals(True)
        self.set_calibration(cal)
        for spin in (self.x_spin, self.y_spin, self.scale_spin):
            spin.blockSignals(False)

    def save(self) -> bool:
        """Save the correction for the chosen printer when it changed; False on an error."""
        name, cal = self.profile_name(), self.calibration()
        if self.profiles.get(name, PrinterCalibration()) == cal:
            return True
        try:
            save_printer_profile(name, cal)
        except (LabelError, OSError) as exc:
            self.error_label.show_message(str(exc))
            return False
        self.profiles[name] = cal
        self.error_label.clear_message()
        self.status_label.setText(
            self.tr("The correction is saved for «{printer}».").format(
                printer=self.combo.currentText()
            )
        )
        return True

    # --- printing -------------------------------------------------------------------------
    def make_printer(self, template: SheetTemplate, document: str) -> QPrinter:
        """A printer for ``template``'s paper, full page, no margins, no scaling."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        name = self.printer_name()
        if name:
            printer.setPrinterName(name)
        printer.setDocName(document)
        label_painter.prepare_printer(printer, template)
        return printer

    def ask_printer(self, printer: QPrinter) -> bool:
        """The system's print dialog; switches to the correction saved for the printer chosen."""
        dialog = QPrintDialog(printer, self.window())
        dialog.setOptions(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        chosen = printer.printerName()
        if chosen in self.profiles and chosen != self.profile_name():
            self.set_profile(chosen)
        return True

    def print_calibration_page(self) -> None:
        template = self.sheet()
        if template is None:
            return
        printer = self.make_printer(template, self.tr("Calibration page"))
        if self.ask_printer(printer):
            self.print_calibration_to(printer, template)

    def print_calibration_to(self, printer: QPrinter, template: SheetTemplate) -> bool:
        """Print the calibration page of ``template`` with the current correction."""
        ok = print_calibration(printer, template, self.calibration())
        if ok:
            self.error_label.clear_message()
            self.status_label.setText(
                self.tr(
                    "The calibration page was printed. Lay it on a sheet of labels against "
                    "the light."
                )
            )
        else:
            self.error_label.show_message(
                self.tr("The printer could not be started. Check that it is on and try again.")
            )
        return ok
