"""The import wizard: a MARC file from another library program, in five steps.

1. choose the file (or it was dropped on the main window);
2. what was found: format, kind of MARC, character set and the first titles, with
   overrides that re-read the preview so the librarian sees the titles become readable;
3. records already in the catalog and what to do with them, or a trial run;
4. the import, with a progress bar and Cancel (one transaction: cancelled = unchanged);
5. honest counts and the report.

The wizard holds the state (file, options, preview, summary) and talks to the
service through the task runner; the pages in :mod:`shkola_lib.ui.import_pages` only
show it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QMimeData, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from shkola_lib.catalog.importer import ImportError_, ImportOptions, ImportPreview, ImportSummary
from shkola_lib.catalog.progress import CancelToken, Progress
from shkola_lib.catalog.service import CatalogService
from shkola_lib.models.sqlite_errors import describe as describe_trouble
from shkola_lib.ui.exchange_common import is_alive, run_generator
from shkola_lib.ui.import_pages import DonePage, DuplicatesPage, FilePage, RunPage
from shkola_lib.ui.import_preview_page import FoundPage
from shkola_lib.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

#: Extensions offered first in the file dialog (any file can still be chosen).
MARC_PATTERNS = ("*.iso", "*.mrc", "*.dat", "*.xml", "*.mrk")


def dropped_file(mime: QMimeData) -> Path | None:
    """The first local file among dropped URLs (folders and web links are not taken)."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.is_file():
                return path
    return None


class ImportWizard(QWizard):
    PAGE_FILE, PAGE_FOUND, PAGE_DUPLICATES, PAGE_RUN, PAGE_DONE = range(5)

    imported = Signal(int)  # the batch id of a committed import
    importStarted = Signal()  # the run is about to start (the Cancel button now cancels it)

    def __init__(
        self,
        service: CatalogService,
        runner: TaskRunner,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.service = service
        self.runner = runner
        self.path: Path | None = Path(path) if path else None
        self.options = ImportOptions()
        self.preview: ImportPreview | None = None
        self.preview_key: tuple[object, ...] | None = None
        self.preview_error = ""
        self.preview_loading = False
        self.detected_encoding = ""
        self.summary: ImportSummary | None = None
        self.outcome = ""  # "done" | "cancelled" | "failed"
        self.failure = ""
        self.file_unreadable = False
        self.running = False
        self._token: CancelToken | None = None
        self._preview_generation = 0

        self.setWindowTitle(self.tr("Import a file from another library program"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        self.file_page = FilePage(self)
        self.found_page = FoundPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.run_page = RunPage(self)
        self.done_page = DonePage(self)
        for page_id, page in (
            (self.PAGE_FILE, self.file_page),
            (self.PAGE_FOUND, self.found_page),
            (self.PAGE_DUPLICATES, self.duplicates_page),
            (self.PAGE_RUN, self.run_page),
            (self.PAGE_DONE, self.done_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(self.PAGE_FILE)
        self.setMinimumSize(620, 480)
        self.resize(760, 580)
        if self.path is not None:
            self.restart()
            self.next()

    # --- file ------------------------------------------------------------------------
    def set_path(self, path: Path) -> None:
        path = Path(path)
        if path != self.path:
            self.options = ImportOptions()
            self.preview = None
            self.preview_key = None
        self.path = path

    def choose_another_file(self) -> None:
        """Back to the first step with the file dialog open (after an unreadable file)."""
        self.restart()
        if self.file_page.choose_file():
            self.next()

    # --- preview ---------------------------------------------------------------------
    def _key(self) -> tuple[object, ...]:
        o = self.options
        return (self.path, o.format, o.flavour, o.encoding)

    def request_preview(self, *, force: bool = False) -> None:
        """Read what the file holds (off the GUI thread) unless already read as it is."""
        if self.path is None:
            return
        key = self._key()
        if not force and key == self.preview_key and (self.preview or self.preview_error):
            self.found_page.show_preview()
            return
        self._preview_generation += 1
        generation = self._preview_generation
        path = self.path
        options = ImportOptions(
            format=self.options.format,
            flavour=self.options.flavour,
            encoding=self.options.encoding,
        )
        self.preview_loading = True
        self.found_page.show_loading()

        def shown(preview: ImportPreview) -> None:
            if not is_alive(self) or generation != self._preview_generation:
                return
            self.preview_loading = False
            self.preview, self.preview_key, self.preview_error = preview, key, ""
            if options.encoding == "auto":
                self.detected_encoding = preview.encoding.encoding
            self.found_page.show_preview()

        def failed(exc: BaseException) -> None:
            if not is_alive(self) or generation != self._preview_generation:
                return
            self.preview_loading = False
            self.preview, self.preview_key = None, key
            if isinstance(exc, ImportError_):
                self.preview_error = str(exc)
            else:
                log.error("Import preview failed", exc_info=exc)
                self.preview_error = self.tr("The file could not be read: {error}").format(
                    error=exc
                )
            self.found_page.show_preview()

        self.runner.run(lambda: self.service.preview_import(path, options), shown, failed)

    def set_override(self, name: str, value: str) -> None:
        """A choice under "Advanced" (format, flavour, encoding): read the preview again."""
        if getattr(self.options, name) == value:
            return
        setattr(self.options, name, value)
        self.request_preview()

    # --- run ---------------------------------------------------------------------------
    def start_import(self) -> None:
        assert self.path is not None
        path = self.path
        options = ImportOptions(
            format=self.options.format,
            flavour=self.options.flavour,
            encoding=self.options.encoding,
            policy=self.options.policy,
            dry_run=self.options.dry_run,
        )
        summary = ImportSummary(file=path)
        self.summary = summary
        self.outcome, self.failure, self.file_unreadable = "", "", False
        self.running = True
        self._token = CancelToken()
        self.run_page.show_started(path, options.dry_run)
        self.importStarted.emit()

        def progress(step: Progress) -> None:
            if is_alive(self):
                self.run_page.show_progress(step)

        def finished(outcome: str) -> None:
            self.running = False
            self._token = None
            self.outcome = outcome
            self.run_page.completeChanged.emit()
            QTimer.singleShot(0, self._after_run)

        def done() -> None:
            if not is_alive(self):
                return
            if summary.batch is not None:
                self.imported.emit(summary.batch)
            finished("done")

        def cancelled() -> None:
            if is_alive(self):
                finished("cancelled")

        def failed(exc: BaseException) -> None:
            if not is_alive(self):
                return
            if isinstance(exc, ImportError_):
                self.file_unreadable = True
                self.failure = str(exc)
            elif isinstance(exc, OSError):
                log.error("Import failed", exc_info=exc)
                self.failure = exc.strerror or str(exc)
            else:
                log.error("Import failed", exc_info=exc)
                self.failure = describe_trouble(exc) or str(exc) or type(exc).__name__
            finished("failed")

        token = self._token
        run_generator(
            self.runner,
            lambda t: self.service.run_import(path, options, summary, t),
            on_progress=progress,
            on_success=done,
            on_error=failed,
            on_cancel=cancelled,
            token=token,
        )

    def cancel_import(self) -> None:
        """Stop the running import; the catalog stays as it was."""
        if self.running and self._token is not None:
            self.run_page.show_cancelling()
            self._token.cancel()

    def _after_run(self) -> None:
        if is_alive(self) and self.currentId() == self.PAGE_RUN:
            self.next()

    def import_for_real(self) -> None:
        """After a trial run: back to the duplicates step with the trial box unticked."""
        self.options.dry_run = False
        self.restart()
        self.next()
        if self.currentId() == self.PAGE_FOUND and self.found_page.isComplete():
            self.next()

    # --- closing ---------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc, the Cancel button or the window's close: while importing, ask first."""
        if self.running:
            answer = QMessageBox.question(
                self,
                self.tr("Stop the import?"),
                self.tr(
                    "Stop importing {file}? Nothing will be changed in the catalog; you can "
                    "import the file again later."
                ).format(file=self.path.name if self.path else ""),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.cancel_import()
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.running:  # never close under a running import
            return
        super().done(result)


__all__ = ["MARC_PATTERNS", "ImportWizard", "dropped_file"]
