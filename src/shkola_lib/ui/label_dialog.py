"""Printing shelf labels (Ctrl+P): which copies, which sheet, where on it, which printer.

The dialog preselects what is usually wanted: the copies not yet labelled, the
sheet and layout used last time and the first free label of the sheet that was
partly used last time. The labels are rendered by ``render_labels`` in the task
runner; the preview and the printout paint the plans of that very PDF (see
:mod:`shkola_lib.ui.label_painter`), "Save as PDF" writes the PDF itself. After a
print the librarian confirms that the labels came out right; only then are the
copies marked as labelled and the next free label remembered for next time.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from shkola_lib.catalog.labels import BatchError
from shkola_lib.catalog.service import CatalogService
from shkola_lib.io.labels import (
    LabelData,
    LabelError,
    LabelPlan,
    SheetTemplate,
    next_position,
)
from shkola_lib.io.safe_files import atomic_write
from shkola_lib.settings import Settings
from shkola_lib.ui import label_painter
from shkola_lib.ui.exchange_common import ERROR_STYLE, GREY_STYLE, is_alive
from shkola_lib.ui.export_form import documents_dir
from shkola_lib.ui.label_batch import BatchChooser
from shkola_lib.ui.label_painter import RenderJob
from shkola_lib.ui.label_preview import LabelPreview
from shkola_lib.ui.label_printer import PrinterBox
from shkola_lib.ui.label_sheet import SheetChooser, text_label
from shkola_lib.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
SETTINGS_KEY = "labels"


class LabelDialog(QDialog):
    labelled = Signal(int, str)  # copies marked as labelled, what was done (for a status bar)

    def __init__(
        self,
        service: CatalogService,
        runner: TaskRunner,
        settings: Settings,
        *,
        selected_record_ids: list[int],
        search_ids: list[int],
        query: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("labelDialog")
        self.setWindowTitle(self.tr("Print labels"))
        self.service, self.runner, self.settings = service, runner, settings
        self.selected_ids, self.search_ids = list(selected_record_ids), list(search_ids)
        self.labels: list[LabelData] = []
        self.plans: list[LabelPlan] | None = None
        self._pdf: tuple[tuple[object, ...], bytes] | None = None
        self._batch_generation = self._plan_generation = 0  # newer tasks win
        self._loading = False  # a batch is being found: nothing may be printed meanwhile
        self._writing = False  # a PDF is written or copies are marked: stay open
        memory = self._memory()

        self.batch = BatchChooser(
            selected_count=len(self.selected_ids),
            search_count=len(self.search_ids),
            query=query.strip(),
            parent=self,
        )
        self.model = self.batch.model
        self.sheet = SheetChooser(
            self.remembered_start,
            template=str(memory.get("template", "")),
            layout=str(memory.get("layout", "")),
            parent=self,
        )
        self.picker = self.sheet.picker
        self.printer_box = PrinterBox(self.template, self)
        self.printer_box.set_profile(str(memory.get("printer", "")))

        preview_box = QGroupBox(self.tr("Preview"), self)
        caption = text_label(
            self.tr(
                "This is how the sheets will print. The grey outlines show the edges of the "
                "labels; they are not printed."
            ),
            GREY_STYLE,
        )
        self.preview = LabelPreview(preview_box)
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.addWidget(caption)
        preview_layout.addWidget(self.preview, 1)

        self.status_label = text_label(style=GREY_STYLE, name="labelStatus")
        self.error_label = text_label(style=ERROR_STYLE, name="labelError")
        self.pdf_button = self._button(self.tr("Save as P&DF…"), "savePdfButton")
        self.print_button = self._button(self.tr("&Print…"), "printButton")
        self.close_button = self._button(self.tr("Close"), "closeButton")
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.print_button.clicked.connect(self.print_labels)
        self.close_button.clicked.connect(self.reject)
        messages = QVBoxLayout()
        messages.addWidget(self.status_label)
        messages.addWidget(self.error_label)
        buttons = QHBoxLayout()
        buttons.addLayout(messages, 1)
        for button in (self.pdf_button, self.print_button, self.close_button):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignBottom)
        middle = QVBoxLayout()
        middle.addWidget(self.sheet, 1)
        middle.addWidget(self.printer_box)
        columns = QHBoxLayout()
        columns.addWidget(self.batch, 6)
        columns.addLayout(middle, 4)
        columns.addWidget(preview_box, 5)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

        self.sheet.sheetChanged.connect(self._replan)
        self.sheet.startChanged.connect(self._start_changed)
        self.batch.changed.connect(self.load_batch)
        screen = (parent.screen() if parent else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen else None
        self.resize(
            min(1240, room.width() - 40) if room else 1240,
            min(720, room.height() - 60) if room else 720,
        )
        self.runner.run(self._counts, self._show_counts, lambda _e: None)
        self.load_batch()

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)  # Enter in the range field must not print
        return button

    def template(self) -> SheetTemplate | None:
        return self.sheet.template()

    # --- what is remembered --------------------------------------------------------------------
    def _memory(self) -> dict[str, Any]:
        memory = self.settings.extra.get(SETTINGS_KEY)
        if not isinstance(memory, dict):
            memory = self.settings.extra[SETTINGS_KEY] = {}
        return memory

    def remembered_start(self, template: SheetTemplate) -> int:
        """The first free label left by the last print on this sheet (1 for a new sheet)."""
        positions = self._memory().get("next_position", {})
        value = positions.get(template.name, 1) if isinstance(positions, dict) else 1
        return value if isinstance(value, int) and 1 <= value <= template.per_sheet else 1

    def _remember(self) -> None:
        memory, template = self._memory(), self.template()
        if template is None:
            return
        memory["template"] = template.name
        memory["layout"] = self.sheet.layout_combo.currentData() or ""
        memory["printer"] = self.printer_box.profile_name()
        positions = memory.get("next_position")
        positions = positions if isinstance(positions, dict) else {}
        positions[template.name] = next_position(template, self.picker.start(), len(self.labels))
        memory["next_position"] = positions
        self.settings.save()

    # --- the batch ------------------------------------------------------------------------
    def _counts(self) -> tuple[int, int]:
        today = self.service.copies_for_labels(added_since=date.today())
        return self.service.count_unlabelled(), len(today)

    def _show_counts(self, counts: tuple[int, int]) -> None:
        if is_alive(self):
            self.batch.set_counts(*counts)

    def load_batch(self) -> None:
        """Find the copies of the chosen batch (in the task runner), then prepare the labels."""
        self._batch_generation += 1
        self._plan_generation += 1  # labels planned for the old batch are of no use
        generation = self._batch_generation
        self.plans, self._pdf = None, None
        try:
            conditions = self.batch.conditions(self.selected_ids, self.search_ids)
        except BatchError as exc:
            self.batch.show_error(str(exc))
            self._batch_loaded(generation, [])
            return
        self._loading = True
        self._set_busy(self.tr("Finding the copies…"))

        def failed(exc: BaseException) -> None:
            if generation == self._batch_generation:
                self._loading = False
                self._failed(exc)

        self.runner.run(
            lambda: self.service.copies_for_labels(**conditions),
            lambda labels: self._batch_loaded(generation, labels),
            failed,
        )

    def _batch_loaded(self, generation: int, labels: list[LabelData]) -> None:
        if not is_alive(self) or generation != self._batch_generation:
            return
        self._loading = False
        self.labels = labels
        self.model.set_labels(labels)
        self.sheet.set_batch(labels)
        self._replan()

    # --- preparing the labels ---------------------------------------------------------------
    def _replan(self) -> None:
        """Render the batch on the chosen sheet (in the task runner) for the preview."""
        self._plan_generation += 1
        generation = self._plan_generation
        self.plans, self._pdf = None, None
        if self._loading:
            return  # planned when the batch arrives
        template, layout = self.template(), self.sheet.layout_()
        if not self.labels or template is None or layout is None:
            self.preview.set_message(
                self.tr("There are no copies to label in this choice.")
                if not self.labels
                else self.tr("Choose a sheet and what is printed on it.")
            )
            self._update_summary()
            self._set_ready(False)
            return
        self._set_busy(
            self.tr("Preparing %n label(s)…", "", len(self.labels)),
        )
        job = self._render_job()
        self.runner.run(
            lambda: job(collect=True),
            lambda result: self._planned(generation, job.key, result),
            lambda exc: self._failed(exc) if generation == self._plan_generation else None,
        )

    def _render_job(self) -> RenderJob:
        template, layout = self.template(), self.sheet.layout_()
        assert template is not None and layout is not None
        return RenderJob(
            list(self.labels),
            template,
            layout,
            self.picker.start(),
            self.printer_box.calibration(),
            self.settings.library_name,
            str(self._memory().get("code_pattern", "{inventory}")),
        )

    def _planned(
        self, generation: int, key: tuple[object, ...], result: tuple[bytes, list[LabelPlan]]
    ) -> None:
        if not is_alive(self) or generation != self._plan_generation:
            return
        pdf, plans = result
        self.plans, self._pdf = plans, (key, pdf)
        self._show_preview()
        self._set_ready(True)

    def _show_preview(self) -> None:
        template = self.template()
        if template is None or self.plans is None:
            return
        start = self.picker.start()
        self.preview.set_sheets(
            template, label_painter.paginate(self.plans, start, template.per_sheet)
        )
        self._update_summary()

    def _start_changed(self, _start: int) -> None:
        self._show_preview()  # the plans do not depend on the start: only the pages change
        self._update_summary()

    def _update_summary(self) -> None:
        template, n, start = self.template(), len(self.labels), self.picker.start()
        per_sheet = template.per_sheet if template else 1
        self.model.set_placement(start, per_sheet)
        if not n or template is None:
            self.batch.summary_label.setText(self.tr("No copies in this choice."))
            return
        sheets = (start - 1 + n + per_sheet - 1) // per_sheet
        text = self.tr("{labels} on {sheets}.").format(
            labels=self.tr("%n label(s)", "", n), sheets=self.tr("%n sheet(s)", "", sheets)
        )
        following = next_position(template, start, n)
        if following != 1:
            text += " " + self.tr(
                "The last sheet keeps its labels from number {n} free; they are offered next time."
            ).format(n=following)
        self.batch.summary_label.setText(text)

    def _set_busy(self, message: str) -> None:
        self.preview.set_message(message)
        self._set_ready(False)
        self.error_label.clear()

    def _set_ready(self, ready: bool) -> None:
        self.pdf_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def _lock(self, locked: bool) -> None:
        """While the labels are written and marked nothing may change them, nor close."""
        self._writing = locked
        for widget in (self.batch, self.sheet, self.printer_box, self.close_button):
            widget.setEnabled(not locked)

    def done(self, result: int) -> None:
        if not self._writing or result == QDialog.DialogCode.Accepted:
            super().done(result)

    def _failed(self, exc: BaseException) -> None:
        if not is_alive(self):
            return
        self._lock(False)
        if not isinstance(exc, LabelError | OSError):
            log.error("Labels failed", exc_info=exc)
        message = str(exc)
        self.preview.set_message(message)
        self.error_label.setText(message)
        self._set_ready(self.plans is not None)

    # --- output ------------------------------------------------------------------------------
    def save_pdf(self, path: Path | str | None = None) -> None:
        """Write the labels as a PDF (asking where unless ``path`` is given), then mark them."""
        if self.plans is None:
            return
        if path is None:
            folder = str(self._memory().get("folder") or documents_dir())
            path, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the labels as"),
                str(Path(folder) / f"labels-{date.today():%Y-%m-%d}.pdf"),
                self.tr("PDF file (*.pdf)"),
            )
            if not path:
                return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        job = self._render_job()
        cached = self._pdf[1] if self._pdf is not None and self._pdf[0] == job.key else None

        def work() -> None:
            pdf = cached if cached is not None else job(collect=False)[0]
            with atomic_write(target) as fh:
                fh.write(pdf)

        self._memory()["folder"] = str(target.parent)
        self._set_ready(False)
        self._lock(True)
        self.status_label.setText(self.tr("Saving…"))
        done = self.tr("The labels were saved to {path}.").format(path=target)
        self.runner.run(work, lambda _r: self._finish(done), self._failed)

    def print_labels(self) -> None:
        """Ask for the printer, print, then ask whether the labels came out right."""
        if self.plans is None:
            return
        template = self.template()
        if template is None:
            return
        printer = self.printer_box.make_printer(template, self.tr("Labels"))
        if self.printer_box.ask_printer(printer) and self.print_to(printer):
            self.confirm_printed()

    def print_to(self, printer: QPrinter) -> bool:
        """Paint the sheets on ``printer`` at 100 % with the printer correction."""
        template = self.template()
        if template is None or self.plans is None:
            return False
        pages = label_painter.paginate(self.plans, self.picker.start(), template.per_sheet)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ok = label_painter.print_pages(printer, template, pages, self.printer_box.calibration())
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not ok:
            self.error_label.setText(
                self.tr("The printer could not be started. Check that it is on and try again.")
            )
        return ok

    def confirm_printed(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Print labels"),
            self.tr(
                "Did the labels print correctly?\n\nYes: the copies are marked as labelled and "
                "the free labels of the last sheet are offered next time.\nNo: nothing is "
                "marked; correct the printer or the first label and print again."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._finish(self.tr("The labels were printed."))
        else:
            self.status_label.setText(self.tr("Nothing was marked as labelled."))

    def _finish(self, done: str) -> None:
        """After a print or a PDF: mark the copies, remember the choices, close."""
        self._lock(True)
        self.printer_box.save()
        self._remember()
        ids = [label.copy_id for label in self.labels if label.copy_id is not None]

        def marked(count: int) -> None:
            marked_text = self.tr("Copies marked as labelled: %n.", "", count)
            self.labelled.emit(count, f"{done} {marked_text}")
            self.accept()

        self.runner.run(lambda: self.service.mark_labelled(ids), marked, self._failed)
