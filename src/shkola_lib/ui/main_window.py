"""The main window: composes the search bar, the catalog table and the detail pane."""

from __future__ import annotations

import base64
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from shkola_lib import __version__, i18n_runtime
from shkola_lib.catalog.data import CatalogCounts, CopyData, RecordDetail, StockData
from shkola_lib.catalog.search import SearchResult, SearchUnavailable, SortKey
from shkola_lib.catalog.service import CatalogService
from shkola_lib.models.sqlite_errors import describe as describe_trouble
from shkola_lib.settings import Settings
from shkola_lib.ui.backup_controller import BackupController
from shkola_lib.ui.check_controller import CheckController
from shkola_lib.ui.detail_pane import DetailPane
from shkola_lib.ui.exchange_common import ui_language
from shkola_lib.ui.formatting import count_text
from shkola_lib.ui.main_actions import MainActions
from shkola_lib.ui.record_table_model import RecordTableModel
from shkola_lib.ui.scanner import install_scanner
from shkola_lib.ui.search_bar import SearchBar
from shkola_lib.ui.search_controller import FIRST_PAGE, SearchController
from shkola_lib.ui.tasks import TaskRunner
from shkola_lib.ui.welcome import WelcomePage

if TYPE_CHECKING:  # MARC exchange dialogs are imported when first opened
    from shkola_lib.ui.export_dialog import ExportDialog
    from shkola_lib.ui.import_history import ImportHistoryDialog
    from shkola_lib.ui.import_wizard import ImportWizard
    from shkola_lib.ui.label_dialog import LabelDialog  # --- labels ---

log = logging.getLogger(__name__)


def _b64(data: QByteArray) -> str:
    return base64.b64encode(bytes(data.data())).decode("ascii")


def _unb64(text: str) -> QByteArray:
    try:
        return QByteArray(base64.b64decode(text))
    except ValueError:
        return QByteArray()


class MainWindow(QMainWindow):
    def __init__(
        self,
        service: CatalogService,
        settings: Settings | None = None,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.service = service
        self.settings = settings or Settings()
        self.runner = runner or TaskRunner(self)
        self._last_deleted: list[int] = []
        self._pending_select: tuple[int, int | None] | None = None
        self._counts: CatalogCounts | None = None
        self.setWindowTitle(self.tr("Shkola-Lib — school library catalog"))
        self.resize(1280, 760)

        self.actions_ = MainActions(self)
        self.actions_.build_menus(self.menuBar(), self)

        # search + table
        self.search_bar = SearchBar(self)
        self.as_text_button = QPushButton(self)
        self.as_text_button.setObjectName("searchAsTextButton")
        self.as_text_button.setFlat(True)
        self.as_text_button.hide()
        self.model = RecordTableModel(service.fetch_rows, self)
        self.table = QTableView(self)
        self.table.setObjectName("catalogTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = header.fontMetrics()
        for col, width in enumerate((280, 170, 50, 110, 130, 110, 110, 60)):
            # room for the header in Kazakh and Russian, and the sort arrow once clicked
            label = str(self.model.headerData(col, Qt.Orientation.Horizontal) or "")
            header.resizeSection(col, max(width, metrics.horizontalAdvance(label) + 28))
        header.sectionClicked.connect(self._header_clicked)
        self.table.activated.connect(lambda _i: self.edit_record())
        self.delete_shortcut_target = self.table
        self.table.addAction(self.actions_.delete_record)
        self.actions_.delete_record.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)

        self.detail = DetailPane(self)
        self.welcome = WelcomePage(service.path, self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 6)
        left_layout.addWidget(self.search_bar)
        left_layout.addWidget(self.as_text_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([800, 480])
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)

        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("countsLabel")
        self.statusBar().addPermanentWidget(self.counts_label)

        # controller
        self.searcher = SearchController(service, self.runner, self)
        self.searcher.resultReady.connect(self._show_result)
        # a large answer shows its first rows at once, the rest is appended when it comes
        self.searcher.first_page = FIRST_PAGE
        self.searcher.firstPageReady.connect(self._show_first_page)
        self._kept_selection: int | None = None
        self.searcher.failed.connect(self._search_failed)
        self._repair_offered = False  # a damaged file: Check is offered once per window
        self.search_bar.searchChanged.connect(self.searcher.search)
        self.search_bar.searchNow.connect(self.searcher.search)
        self.search_bar.moveToResults.connect(self._focus_results)
        self.model.sortRequested.connect(self.searcher.set_sort)
        self.as_text_button.clicked.connect(lambda: self.searcher.run(exact_codes=False))
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self._load_detail())

        a = self.actions_
        a.new_record.triggered.connect(self.new_record)
        a.edit_record.triggered.connect(self.edit_record)
        a.delete_record.triggered.connect(self.delete_selected)
        a.undo_delete.triggered.connect(self.undo_delete)
        a.add_copies.triggered.connect(lambda: self._with_record(self.add_copies))
        a.add_stock.triggered.connect(lambda: self._with_record(self.add_stock))
        a.find.triggered.connect(self.search_bar.focus)
        a.demo.triggered.connect(self.fill_demo)
        self.checks = CheckController(self, self)
        a.check.triggered.connect(self.check_catalog)
        a.quit.triggered.connect(self.close)
        a.about.triggered.connect(self.show_about)
        self.detail.addCopiesRequested.connect(self.add_copies)
        self.detail.addStockRequested.connect(self.add_stock)
        self.detail.editCopyRequested.connect(self.edit_copy)
        self.detail.writeOffRequested.connect(self.write_off)
        self.detail.editRecordRequested.connect(self.edit_record)
        self.welcome.newRecordRequested.connect(self.new_record)
        self.welcome.demoRequested.connect(self.fill_demo)
        # --- MARC exchange ---
        a.import_file.triggered.connect(lambda: self.import_file())
        a.import_history.triggered.connect(self.show_import_history)
        a.export.triggered.connect(lambda: self.export())
        a.district.triggered.connect(lambda: self.export(package=True))
        self.welcome.importRequested.connect(lambda: self.import_file())
        self.detail.marc.bind(service.marc_view, self.runner)
        self.setAcceptDrops(True)  # a MARC file dropped on the window opens the import
        for view in (self.search_bar.edit, self.detail.card, self.detail.card.viewport()):
            view.setAcceptDrops(False)  # ...wherever it is dropped (they would swallow it)
        # --- end MARC exchange ---
        # --- labels ---
        a.print_labels.triggered.connect(lambda: self.print_labels())
        # --- end labels ---
        # --- backups ---
        self.backups = BackupController(self, self)
        a.back_up_now.triggered.connect(self.backups.back_up_now)
        a.restore_backup.triggered.connect(self.backups.open_restore)
        a.backup_settings.triggered.connect(self.backups.open_settings)
        self.welcome.restoreRequested.connect(self.backups.open_restore)
        self.backups.catalogReplaced.connect(self._catalog_replaced)
        # --- end backups ---
        # --- interface language ---
        self.restart_requested = False  # app.run_gui starts the program again after closing
        shown = a.languages.get(ui_language())
        if shown is not None:
            shown.setChecked(True)
        for code, action in a.languages.items():
            action.triggered.connect(lambda _checked=False, c=code: self.change_language(c))
        # --- end interface language ---

        self._restore_state()
        self.refresh_counts()
        self.searcher.run()
        self.search_bar.focus()
        # A USB scanner anywhere in the window opens the copy, in any keyboard layout.
        self.scan_detector, self.scan_router = install_scanner(self, service)

    # --- state -----------------------------------------------------------------
    def _restore_state(self) -> None:
        s = self.settings
        if s.window_geometry:
            self.restoreGeometry(_unb64(s.window_geometry))
        if s.splitter_state:
            self.splitter.restoreState(_unb64(s.splitter_state))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.window_geometry = _b64(self.saveGeometry())
        self.settings.splitter_state = _b64(self.splitter.saveState())
        self.settings.save()
        self.runner.wait(10000)
        super().closeEvent(event)

    # --- search results ------------------------------------------------------------
    def _header_clicked(self, column: int) -> None:
        key = RecordTableModel.SORT_KEYS.get(column)
        header = self.table.horizontalHeader()
        if key is None:
            return
        if self.searcher.sort is key:
            descending = not self.searcher.descending
        else:
            descending = False
        header.setSortIndicatorShown(True)
        header.setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        self.searcher.set_sort(key, descending)

    def sort_by_relevance(self) -> None:
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.searcher.set_sort(SortKey.RELEVANCE, False)

    def _show_first_page(self, result: SearchResult) -> None:
        """The first rows of a large answer: shown now, selection settled with the rest."""
        if self._kept_selection is None:
            self._kept_selection = self.current_record_id()
        self.model.show_first_page(result.record_ids)
        self.stack.setCurrentWidget(self.splitter)
        self.as_text_button.hide()

    def _show_result(self, result: SearchResult) -> None:
        # a row chosen among the first rows wins; else the one selected before the search
        kept, self._kept_selection = self._kept_selection, None
        current = self.current_record_id()
        if current is None:
            current = kept
        self.model.set_ids(result.record_ids)
        empty_catalog = self._counts is not None and self._counts.records == 0
        self.stack.setCurrentWidget(
            self.welcome if empty_catalog and not result.query.strip() else self.splitter
        )
        if result.exact_copy is not None:
            hit = result.exact_copy
            self.as_text_button.setText(
                self.tr("Copy {number} found. Search «{query}» as text instead").format(
                    number=hit.inventory_number, query=result.query.strip()
                )
            )
            self.as_text_button.show()
            self.select_record(hit.record_id, copy_id=hit.copy_id)
            self.statusBar().showMessage(
                self.tr("Inventory number {number}: copy found.").format(
                    number=hit.inventory_number
                ),
                5000,
            )
            return
        self.as_text_button.hide()
        if self._pending_select is not None:
            rid, copy_id = self._pending_select
            self._pending_select = None
            self.select_record(rid, copy_id=copy_id)
        elif current is not None and self.model.row_of(current) is not None:
            self.select_record(current)
        elif len(result):
            self.table.selectRow(0)
        else:
            self.detail.show_detail(None)
        if result.query.strip():
            self.statusBar().showMessage(self.tr("{n} records found.").format(n=len(result)), 4000)

    def _search_failed(self, exc: BaseException) -> None:
        if isinstance(exc, SearchUnavailable):  # a damaged file: say how to repair it
            log.warning("Search unavailable: %s", exc.__cause__ or exc)
            self.statusBar().showMessage(
                self.tr("The catalog needs repair: Catalog → Check the catalog.")
            )
            if not self._repair_offered:  # once: every keystroke fails the same way
                self._repair_offered = True
                answer = QMessageBox.question(
                    self,
                    self.tr("Shkola-Lib"),
                    self.tr("{problem}\n\nCheck the catalog now?").format(problem=exc),
                )
                if answer == QMessageBox.StandardButton.Yes:
                    self.check_catalog()
            return
        log.error("Search failed", exc_info=exc)
        self.statusBar().showMessage(self.tr("The search failed: {error}").format(error=exc))

    def _focus_results(self) -> None:
        self.table.setFocus()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def current_record_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.record_id(index.row()) if index.isValid() else None

    def selected_record_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [rid for r in rows if (rid := self.model.record_id(r)) is not None]

    def select_record(self, record_id: int, *, copy_id: int | None = None) -> bool:
        row = self.model.row_of(record_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._load_detail(copy_id=copy_id)
        return True

    def _load_detail(self, copy_id: int | None = None) -> None:
        rid = self.current_record_id()
        if rid is None:
            self.detail.show_detail(None)
            return

        def shown(detail: RecordDetail) -> None:
            if self.current_record_id() == detail.record.id:
                self.detail.show_detail(detail, copy_id=copy_id)

        self.runner.run(lambda: self.service.get_detail(rid), shown, self._task_failed)

    def refresh_counts(self) -> None:
        def shown(counts: CatalogCounts) -> None:
            self._counts = counts
            self.counts_label.setText(
                self.tr(
                    "Records: {records} · copies: {copies} · textbooks in stock: {stock}"
                ).format(
                    records=count_text(counts.records),
                    copies=count_text(counts.copies),
                    stock=count_text(counts.stock_copies),
                )
            )
            if counts.records and self.stack.currentWidget() is self.welcome:
                self.stack.setCurrentWidget(self.splitter)
            elif not counts.records and not self.search_bar.query().strip():
                self.stack.setCurrentWidget(self.welcome)

        self.runner.run(self.service.counts, shown, self._task_failed)

    def refresh(self, select: int | None = None, copy_id: int | None = None) -> None:
        """Re-run the current search and counts after a change, keeping the selection."""
        if select is not None:
            self._pending_select = (select, copy_id)
        self.model.invalidate_cache()
        self.refresh_counts()
        self.searcher.run()

    def _task_failed(self, exc: BaseException) -> None:
        log.error("Background task failed", exc_info=exc)
        QMessageBox.warning(self, self.tr("Shkola-Lib"), describe_trouble(exc) or str(exc))

    # --- record actions ------------------------------------------------------------
    def _with_record(self, action: object) -> None:
        rid = self.current_record_id()
        if rid is None:
            self.statusBar().showMessage(self.tr("Select a record first."), 4000)
            return
        action(rid)  # type: ignore[operator]

    def new_record(self) -> None:
        from shkola_lib.ui.record_editor import RecordEditor

        editor = RecordEditor(self.service, None, self)
        editor.saved.connect(lambda rid: self.refresh(select=rid))
        editor.openExisting.connect(lambda rid: self._open_existing(rid))
        editor.exec()

    def _open_existing(self, record_id: int) -> None:
        self.search_bar.set_query("")
        self.refresh(select=record_id)

    def edit_record(self, record_id: int | None = None) -> None:
        from shkola_lib.ui.record_editor import RecordEditor

        rid = record_id if isinstance(record_id, int) else self.current_record_id()
        if rid is None:
            return
        editor = RecordEditor(self.service, rid, self)
        editor.saved.connect(lambda saved_id: self.refresh(select=saved_id))
        editor.exec()

    def delete_selected(self) -> None:
        ids = self.selected_record_ids()
        if not ids:
            return
        if len(ids) == 1:
            row = self.model.row_data(self.model.row_of(ids[0]) or 0)
            question = self.tr(
                "Delete the record «{title}» with its copies? You can undo this with Ctrl+Z."
            ).format(title=row.title if row else ids[0])
        else:
            question = self.tr(
                "Delete {n} records with their copies? You can undo this with Ctrl+Z."
            ).format(n=len(ids))
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        count = self.service.delete_records(ids)
        self._last_deleted = ids
        self.actions_.undo_delete.setEnabled(True)
        self.statusBar().showMessage(
            self.tr("{n} records deleted. Ctrl+Z brings them back.").format(n=count), 10000
        )
        self.refresh()

    def undo_delete(self) -> None:
        if not self._last_deleted:
            return
        ids, self._last_deleted = self._last_deleted, []
        count = self.service.restore_records(ids)
        self.actions_.undo_delete.setEnabled(False)
        self.statusBar().showMessage(self.tr("{n} records restored.").format(n=count), 5000)
        self.refresh(select=ids[0])

    def _catalog_replaced(self) -> None:
        """A restore swapped the catalog: forget what pointed into the old one."""
        self._last_deleted = []
        self.actions_.undo_delete.setEnabled(False)
        self.detail.show_detail(None)

    # --- holdings actions -------------------------------------------------------------
    def add_copies(self, record_id: int) -> None:
        from shkola_lib.ui.holdings_dialogs import AddCopiesDialog

        dialog = AddCopiesDialog(self.service, record_id, self)
        dialog.saved.connect(lambda: self.refresh(select=record_id))
        dialog.exec()

    def add_stock(self, record_id: int) -> None:
        from shkola_lib.ui.holdings_dialogs import AddStockDialog

        dialog = AddStockDialog(self.service, record_id, self)
        dialog.saved.connect(lambda: self.refresh(select=record_id))
        dialog.exec()

    def edit_copy(self, copy: CopyData) -> None:
        from shkola_lib.ui.holdings_dialogs import EditCopyDialog

        dialog = EditCopyDialog(self.service, copy, self)
        dialog.saved.connect(lambda: self.refresh(select=copy.record_id, copy_id=copy.id))
        dialog.exec()

    def write_off(self, item: CopyData | StockData) -> None:
        from shkola_lib.ui.holdings_dialogs import WriteOffDialog

        if isinstance(item, CopyData):
            dialog = WriteOffDialog(self.service, copy=item, parent=self)
        else:
            dialog = WriteOffDialog(self.service, stock=item, parent=self)
        dialog.saved.connect(lambda: self.refresh(select=item.record_id))
        dialog.exec()

    # --- catalog actions -----------------------------------------------------------------
    def fill_demo(self) -> None:
        count, ok = QInputDialog.getInt(
            self,
            self.tr("Demo catalog"),
            self.tr("How many demo records to add? (Kazakh and Russian books and textbooks)"),
            2000,
            10,
            200000,
            1000,
        )
        if not ok:
            return
        self.run_demo(count)

    def run_demo(self, count: int) -> None:
        def done(_result: None) -> None:
            self.statusBar().showMessage(self.tr("{n} demo records added.").format(n=count), 6000)
            self.refresh()

        def cancelled() -> None:
            self.statusBar().showMessage(self.tr("Cancelled: nothing was added."), 6000)

        self.runner.run_with_progress(
            self,
            self.tr("Adding demo records…"),
            lambda token: self.service.generate_demo(count, cancel=token),
            on_success=done,
            on_error=self._task_failed,
            on_cancel=cancelled,
        )

    def check_catalog(self) -> None:
        self.checks.check()

    # --- interface language -------------------------------------------------------------
    def change_language(self, code: str) -> None:
        """Settings → Language: save the choice, then restart in it (or use it next time).

        A restart, not a live retranslation: every window builds its texts once, and a
        restart is the one way that cannot leave a half-translated window behind.
        """
        self.settings.language = code
        self.settings.save()
        if code == ui_language():
            return  # back to the language shown (a pending change is dropped)
        answer = QMessageBox.question(
            self,
            i18n_runtime.restart_title(),
            i18n_runtime.restart_question(code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restart_requested = True
            self.close()  # settings saved, tasks finished, the catalog closed by run_gui
        else:
            self.statusBar().showMessage(i18n_runtime.restart_later(code), 10000)

    def about_text(self) -> str:
        """Version and where the files are: what a helper on the phone asks for first."""
        from html import escape

        from shkola_lib.logs import log_file
        from shkola_lib.paths import backup_dir_for
        from shkola_lib.settings import settings_path

        path = Path(self.service.path)
        return self.tr(
            "<h3>Shkola-Lib {version}</h3>"
            "<p>The catalog of a school library: books, textbooks and their copies.</p>"
            "<p>Free software under the MIT licence.</p>"
            "<p>Catalog file:<br><tt>{path}</tt></p>"
            "<p>Backups:<br><tt>{backups}</tt></p>"
            "<p>Settings:<br><tt>{settings}</tt></p>"
            "<p>Log:<br><tt>{log}</tt></p>"
        ).format(
            version=__version__,
            path=escape(str(path)),
            backups=escape(str(backup_dir_for(path))),
            settings=escape(str(settings_path())),
            log=escape(str(log_file())),
        )

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Shkola-Lib"), self.about_text())

    # --- MARC exchange: import wizard, import history, export -------------------------------
    def import_file(self, path: Path | str | None = None) -> ImportWizard:
        from shkola_lib.ui.import_wizard import ImportWizard

        wizard = ImportWizard(self.service, self.runner, Path(path) if path else None, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda _batch: self._after_import())
        wizard.open()
        return wizard

    def _after_import(self) -> None:
        self.search_bar.set_query("")  # show the catalog with what came in
        self.refresh()

    def show_import_history(self) -> ImportHistoryDialog:
        from shkola_lib.ui.import_history import ImportHistoryDialog

        dialog = ImportHistoryDialog(self.service, self, runner=self.runner)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.undone.connect(lambda _batch: self.refresh())
        dialog.open()
        return dialog

    def search_ids(self) -> list[int]:
        """Every record the current search found, also while only its first rows are shown."""
        if not self.model.is_partial():
            return list(self.model.ids())
        s = self.searcher
        whole = self.service.search(
            s.query, sort=s.sort, descending=s.descending, filters=s.filters
        )
        return list(whole.record_ids)

    def export(self, *, package: bool = False) -> ExportDialog:
        from shkola_lib.ui.export_dialog import ExportDialog

        dialog = ExportDialog(
            self.service,
            self.runner,
            selected_ids=self.selected_record_ids(),
            search_ids=self.search_ids(),
            query=self.search_bar.query(),
            package=package,
            settings=self.settings,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- labels -------------------------------------------------------------------------------
    def print_labels(self) -> LabelDialog:
        """Ctrl+P: the labels dialog for the copies not yet labelled (or the chosen ones)."""
        from shkola_lib.ui.label_dialog import LabelDialog

        dialog = LabelDialog(
            self.service,
            self.runner,
            self.settings,
            selected_record_ids=self.selected_record_ids(),
            search_ids=self.search_ids(),
            query=self.search_bar.query(),
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.labelled.connect(lambda _n, message: self.statusBar().showMessage(message, 10000))
        dialog.open()
        return dialog

    # --- end labels ---------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from shkola_lib.ui.import_wizard import dropped_file

        if dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        from shkola_lib.ui.import_wizard import dropped_file

        path = dropped_file(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # open after the drop has returned: the file manager is not kept waiting
        QTimer.singleShot(0, lambda: self.import_file(path))
