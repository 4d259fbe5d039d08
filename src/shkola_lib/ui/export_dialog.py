"""Export the catalog (or part of it) through an exchange profile, or as a district package.

The librarian picks who the file is for, what to export and where
(:class:`~shkola_lib.ui.export_form.ExportForm`), presses Export and sees a progress bar
with Cancel. The core writes files atomically, so a cancelled or failed export leaves
nothing half-written; the dialog then says so. On success it says exactly what was
written where, lists the records left out, and says when the USB stick can be removed.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from shkola_lib.catalog.data import CatalogCounts
from shkola_lib.catalog.exporter import ExportSummary, LeftOut
from shkola_lib.catalog.package import PackageSummary, package_name
from shkola_lib.catalog.profiles import Profile
from shkola_lib.catalog.progress import CancelToken, Progress
from shkola_lib.catalog.service import CatalogService
from shkola_lib.io.safe_files import WriteError, describe_os_error
from shkola_lib.models.sqlite_errors import describe as describe_trouble
from shkola_lib.settings import Settings
from shkola_lib.ui import exchange_common
from shkola_lib.ui.exchange_common import (
    ERROR_STYLE,
    GREY_STYLE,
    WARNING_STYLE,
    encoding_name,
    is_alive,
    run_generator,
    ui_language,
)
from shkola_lib.ui.export_form import ExportForm, text_label
from shkola_lib.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class NothingToExport(Exception):
    pass


class ExportDialog(QDialog):
    exported = Signal(object)  # the Path written

    def __init__(
        self,
        service: CatalogService,
        runner: TaskRunner,
        *,
        selected_ids: list[int],
        search_ids: list[int],
        query: str,
        package: bool = False,
        settings: Settings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.service = service
        self.runner = runner
        self.selected_ids = list(selected_ids)
        self.search_ids = list(search_ids)
        self.settings = settings
        self.running = False
        self.left_out: list[LeftOut] = []
        self.written_to: Path | None = None
        self._token: CancelToken | None = None
        self.setWindowTitle(
            self.tr("For the district office") if package else self.tr("Export the catalog")
        )

        self.form = ExportForm(
            search_count=len(self.search_ids),
            selected_count=len(self.selected_ids),
            query=query.strip(),
            package=package,
            library_name=settings.library_name if settings else "",
            parent=self,
        )
        self.form.set_profile(self._remembered_profile())
        self.progress = QProgressBar(self)
        self.progress.setObjectName("exportProgress")
        self.progress.hide()
        self.status_label = text_label(style=GREY_STYLE, name="exportStatus")
        self.error_label = text_label(style=ERROR_STYLE, name="exportError")
        form_page = QWidget(self)
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addWidget(self.form)
        form_layout.addStretch(1)
        for widget in (self.progress, self.status_label, self.error_label):
            form_layout.addWidget(widget)

        self.result_headline = text_label(name="resultHeadline")
        font = self.result_headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.result_headline.setFont(font)
        self.result_text = text_label(name="resultText")
        self.result_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.safe_label = text_label(name="safeToRemoveLabel")
        self.safe_label.setStyleSheet("color: #2e7d32; font-weight: bold;")
        self.left_out_label = text_label(style=WARNING_STYLE, name="leftOutLabel")
        self.left_out_list = QTreeWidget(self)
        self.left_out_list.setObjectName("leftOutList")
        self.left_out_list.setRootIsDecorated(False)
        self.left_out_list.setHeaderLabels([self.tr("Title"), self.tr("Why it was left out")])
        self.left_out_list.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.left_out_list.header().resizeSection(0, 260)
        self.open_folder_button = QPushButton(self.tr("Open the &folder"), self)
        self.open_folder_button.setObjectName("openFolderButton")
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.clicked.connect(self.open_folder)
        result_page = QWidget(self)
        result_layout = QVBoxLayout(result_page)
        result_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.result_headline, self.result_text, self.safe_label):
            result_layout.addWidget(widget)
        result_layout.addWidget(self.left_out_label)
        result_layout.addWidget(self.left_out_list, 1)
        result_layout.addStretch(0)  # takes the room only while the list is hidden
        result_layout.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(form_page)
        self.pages.addWidget(result_page)

        self.export_button = QPushButton(self.tr("&Export"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.tr("Cancel"), self)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.runner.run(self.service.counts, self._show_counts, lambda _e: None)
        self.resize(660, 540)

    # --- settings ---------------------------------------------------------------------------
    def _settings_key(self) -> str:
        return "district_profile" if self.form.is_package() else "export_profile"

    def _remembered_profile(self) -> str:
        value = self.settings.extra.get(self._settings_key(), "") if self.settings else ""
        return value if isinstance(value, str) else ""

    def _remember(self, profile: Profile, library: str) -> None:
        if self.settings is None:
            return
        self.settings.extra[self._settings_key()] = profile.name
        if library:
            self.settings.library_name = library
        self.settings.save()

    def _show_counts(self, counts: CatalogCounts) -> None:
        if is_alive(self):
            self.form.set_total(counts.records)

    # --- running --------------------------------------------------------------------------
    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _check_destination(self, text: str, package: bool) -> str | None:
        """An error message, or None when the destination can be written."""
        if not text:
            return self.tr("Choose where to save the export.")
        dest = Path(text)
        if package:
            if not dest.is_dir():
                return self.tr("The folder {path} does not exist.").format(path=dest)
            return None
        if dest.is_dir():
            return self.tr("{path} is a folder; add a file name.").format(path=dest)
        if not dest.parent.is_dir():
            return self.tr("The folder {path} does not exist.").format(path=dest.parent)
        return None

    def start(self) -> None:
        if self.running:
            return
        form = self.form
        profile = form.profile()
        package = form.is_package()
        self.error_label.clear()
        self.status_label.clear()
        error = self.tr("Choose who the file is for.") if profile is None else None
        error = error or self._check_destination(form.destination(), package)
        if error or profile is None:
            self.error_label.setText(error or "")
            return
        dest = Path(form.destination())
        library = form.library_name()
        target = dest / package_name(library) if package else dest
        if target.exists() and not self._ask(
            self.tr("Replace the file?"),
            self.tr("{name} already exists in {folder}. Replace it?").format(
                name=target.name, folder=target.parent
            ),
        ):
            return
        scope = form.scope()
        ids = {"search": self.search_ids, "selected": self.selected_ids}.get(scope)
        since = form.since() if scope == "since" else None
        export_summary, package_summary = ExportSummary(), PackageSummary()
        service = self.service

        def work(token: CancelToken) -> Iterator[Progress]:
            chosen = ids if since is None else service.select_for_export(since=since)
            if chosen is not None and not chosen:
                raise NothingToExport
            if package:
                return service.build_package(
                    profile,
                    dest,
                    package_summary,
                    record_ids=chosen,
                    library_name=library,
                    cancel=token,
                )
            return service.run_export(profile, dest, export_summary, chosen, cancel=token)

        def finished() -> None:
            if not is_alive(self):
                return
            self._set_running(False)
            self._remember(profile, library)
            if package:
                self._show_result(
                    package_summary.path or target,
                    package_summary.records,
                    package_summary.left_out,
                    profile,
                    package_summary,
                )
            else:
                written, left_out = export_summary.written, export_summary.left_out
                self._show_result(dest, written, left_out, profile, None)

        def cancelled() -> None:
            if is_alive(self):
                self._set_running(False)
                self.status_label.setText(self.tr("Cancelled: nothing was written."))

        def failed(exc: BaseException) -> None:
            if is_alive(self):
                self._set_running(False)
                self.status_label.clear()
                self.error_label.setText(self._error_text(exc, target))

        self._set_running(True)
        self._token = CancelToken()
        run_generator(
            self.runner,
            work,
            on_progress=self._show_progress,
            on_success=finished,
            on_error=failed,
            on_cancel=cancelled,
            token=self._token,
        )

    def _error_text(self, exc: BaseException, target: Path) -> str:
        if isinstance(exc, NothingToExport):
            return self.tr("There are no records to export in this choice.")
        if isinstance(exc, WriteError):
            return self.tr("Nothing was written. {reason}").format(reason=exc.strerror or exc)
        if isinstance(exc, OSError):
            return self.tr("Nothing was written. {reason}").format(
                reason=describe_os_error(exc, target)
            )
        log.error("Export failed", exc_info=exc)
        return self.tr("The export failed, nothing was written: {error}").format(
            error=describe_trouble(exc) or exc
        )

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.form.setEnabled(not running)
        self.export_button.setEnabled(not running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)  # busy until the first step
        if running:
            self.status_label.setText(self.tr("Writing…"))
        else:
            self._token = None

    def _show_progress(self, step: Progress) -> None:
        if not is_alive(self):
            return
        if step.total:
            self.progress.setRange(0, step.total)
            self.progress.setValue(min(step.done, step.total))
        if step.message:
            self.status_label.setText(step.message)

    # --- the result ------------------------------------------------------------------------
    def _show_result(
        self,
        path: Path,
        written: int,
        left_out: list[LeftOut],
        profile: Profile,
        package: PackageSummary | None,
    ) -> None:
        self.written_to = path
        self.left_out = list(left_out)
        title = profile.display_title(ui_language())
        if package is not None:
            self.result_headline.setText(self.tr("The package is ready."))
            text = self.tr(
                "{name} was written to {folder}: {n} records, {copies} copies and {stock} "
                "textbooks in counted stock, as «{profile}». It holds the MARC file, a summary "
                "table (Excel and CSV) and a manifest."
            ).format(
                name=path.name,
                folder=path.parent,
                n=written,
                copies=package.copies,
                stock=package.stock,
                profile=title,
            )
        else:
            self.result_headline.setText(self.tr("The export is complete."))
            text = self.tr(
                "{n} records were written to {path} as «{profile}», character set {encoding}."
            ).format(n=written, path=path, profile=title, encoding=encoding_name(profile.encoding))
        self.result_text.setText(text)
        removable = exchange_common.on_removable_volume(path.parent)
        self.safe_label.setText(
            self.tr("The file is complete; you can remove the USB stick now.") if removable else ""
        )
        self.safe_label.setVisible(removable)
        self.left_out_list.clear()
        for item in left_out:
            QTreeWidgetItem(self.left_out_list, [item.title, item.reason])
        self.left_out_label.setText(
            self.tr(
                "{n} records were left out because the character set cannot hold their letters:"
            ).format(n=len(left_out))
        )
        self.left_out_label.setVisible(bool(left_out))
        self.left_out_list.setVisible(bool(left_out))
        self.pages.setCurrentIndex(1)
        self.export_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self.exported.emit(path)

    def open_folder(self) -> None:
        if self.written_to is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written_to.parent)))

    # --- closing ----------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc, Cancel or the window's close: while exporting, ask before stopping."""
        if self.running:
            stop = self._ask(
                self.tr("Stop the export?"), self.tr("Stop the export? Nothing will be written.")
            )
            if stop and self._token is not None:
                self.status_label.setText(self.tr("Stopping…"))
                self._token.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        if not self.running:  # never close under a running export
            super().done(result)
