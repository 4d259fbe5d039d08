"""The real main window driven like a librarian would: type, scan a number, delete, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from shkola_lib.catalog.data import PersonData, RecordData
from shkola_lib.catalog.holdings import SeriesRequest
from shkola_lib.catalog.service import CatalogService
from tests.ui.conftest import send_text


def _type_search(qtbot, window, text: str) -> None:
    window.search_bar.edit.clear()
    send_text(window.search_bar.edit, text)
    qtbot.keyClick(window.search_bar.edit, Qt.Key.Key_Return)


def test_empty_catalog_shows_welcome_then_search_box_has_focus(make_window, catalog):
    window = make_window(catalog)
    assert window.stack.currentWidget() is window.welcome
    assert window.counts_label.text() == "Records: 0 · copies: 0 · textbooks in stock: 0"


def test_search_as_you_type_finds_kazakh_any_case(qtbot, make_window, catalog: CatalogService):
    rid = catalog.create_record(
        RecordData(title="Қазақ әдебиеті", persons=[PersonData("Әуезов, Мұхтар")], year=2020)
    )
    catalog.create_record(RecordData(title="Война и мир", persons=[PersonData("Толстой, Л.")]))
    window = make_window(catalog)
    assert window.stack.currentWidget() is window.splitter
    assert window.search_bar.edit.hasFocus()
    # typing without Enter: the debounced search runs by itself
    send_text(window.search_bar.edit, "ҚАЗАҚ")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    assert window.model.record_id(0) == rid
    _type_search(qtbot, window, "қазақ әдеб")
    assert list(window.model.ids()) == [rid]
    assert window.current_record_id() == rid
    assert "Қазақ әдебиеті" in window.detail.card.toPlainText()


def test_typing_an_inventory_number_jumps_to_that_copy(qtbot, make_window, demo_catalog):
    rid, numbers = demo_catalog.create_record_with_holdings(
        RecordData(title="Менің атым Қожа"), series=SeriesRequest(count=3)
    )
    window = make_window(demo_catalog)
    _type_search(qtbot, window, numbers[1])
    assert list(window.model.ids()) == [rid]
    assert window.as_text_button.isVisible()
    selected = window.detail.selected_item()
    assert selected is not None and selected.inventory_number == numbers[1]
    # "search as text instead" runs a text search for the same digits
    window.as_text_button.click()
    assert not window.as_text_button.isVisible()


def test_header_click_sorts_in_sql(qtbot, make_window, catalog: CatalogService):
    for title, year in (("Бала", 2001), ("Абай", 1999), ("Ғажайып", 2010), ("Әліппе", 2005)):
        catalog.create_record(RecordData(title=title, year=year))
    window = make_window(catalog)
    header = window.table.horizontalHeader()
    header.sectionClicked.emit(window.model.COL_TITLE)
    titles = [window.model.index(r, 0).data() for r in range(4)]
    assert titles == ["Абай", "Әліппе", "Бала", "Ғажайып"]  # Kazakh alphabet order
    header.sectionClicked.emit(window.model.COL_TITLE)
    assert [window.model.index(r, 0).data() for r in range(4)] == titles[::-1]
    header.sectionClicked.emit(window.model.COL_YEAR)
    years = [window.model.index(r, window.model.COL_YEAR).data() for r in range(4)]
    assert years == ["1999", "2001", "2005", "2010"]


def test_delete_asks_then_undo_restores(qtbot, make_window, catalog, monkeypatch):
    rid = catalog.create_record(RecordData(title="Ақ кеме"))
    keep = catalog.create_record(RecordData(title="Ботагөз"))
    window = make_window(catalog)
    window.select_record(rid)
    asked = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert asked and "Ақ кеме" in asked[0]
    assert catalog.counts().records == 2
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert catalog.counts().records == 1
    assert list(window.model.ids()) == [keep]
    assert window.actions_.undo_delete.isEnabled()
    window.actions_.undo_delete.trigger()
    assert catalog.counts().records == 2
    assert window.current_record_id() == rid


def test_demo_fill_from_the_window(qtbot, make_window, catalog):
    window = make_window(catalog)
    window.run_demo(150)
    qtbot.waitUntil(lambda: catalog.counts().records == 150, timeout=10000)
    qtbot.waitUntil(lambda: window.model.rowCount() == 150, timeout=5000)
    assert window.stack.currentWidget() is window.splitter
    assert window.counts_label.text().startswith("Records: 150")


def test_new_book_with_a_copy_through_the_editor_then_found_in_lower_case(
    qtbot, make_window, catalog: CatalogService, monkeypatch
):
    """A librarian's first book: Ctrl+N, type, save, then find it typing in lower case."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QSpinBox

    from shkola_lib.ui.record_editor import RecordEditor

    catalog.create_record(RecordData(title="Басқа кітап"))  # so the table is shown
    window = make_window(catalog)
    seen: dict[str, object] = {}

    def fill_editor() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, RecordEditor)
        title = editor.findChild(QLineEdit, "titleEdit")
        title.setFocus()
        send_text(title, "ҚАЗАҚСТАН ТАРИХЫ")
        send_text(editor.findChild(QLineEdit, "personName0"), "Қозыбаев, Манаш")
        send_text(editor.findChild(QLineEdit, "isbnEdit0"), "978-601-7151-13-3")
        send_text(editor.findChild(QLineEdit, "yearEdit"), "2021")
        editor.findChild(QSpinBox, "copiesSpin").setValue(1)
        seen["number"] = editor.findChild(QLineEdit, "firstNumberEdit").text()
        qtbot.mouseClick(editor.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_editor)
    window.actions_.new_record.trigger()  # Ctrl+N; returns when the dialog closes

    assert catalog.counts().records == 2
    assert catalog.counts().copies == 1
    _type_search(qtbot, window, "қазақстан тар")
    assert window.model.rowCount() == 1
    row = window.model.row_data(0)
    assert row is not None and row.title == "ҚАЗАҚСТАН ТАРИХЫ"
    assert row.authors == "Қозыбаев, Манаш"
    assert row.isbn_display == "978-601-7151-13-3"
    detail = window.detail.detail()
    assert detail is not None and [c.inventory_number for c in detail.copies] == [seen["number"]]
    # and the scanner path: the inventory number finds exactly this copy
    _type_search(qtbot, window, str(seen["number"]))
    assert window.detail.selected_item().inventory_number == seen["number"]


def test_about_names_the_catalog_backups_settings_and_log(make_window, catalog):
    from shkola_lib.logs import log_file
    from shkola_lib.settings import settings_path

    window = make_window(catalog)
    text = window.about_text()
    assert str(catalog.path) in text
    assert str(catalog.path.parent / "backups") in text
    assert str(settings_path()) in text and str(log_file()) in text


def test_large_answer_shows_its_first_page_then_the_rest(
    qtbot, make_window, demo_catalog, monkeypatch
):
    """Two steps (first page, then the whole answer) fill the table without a reset:
    the selection and loaded rows stay, the count comes with the whole answer."""
    from shkola_lib.catalog import search as search_module

    monkeypatch.setattr(search_module, "RANK_LIMIT", 3)
    window = make_window(demo_catalog)
    model, searcher = window.model, window.searcher
    searcher.first_page = 10
    pages, resets = [], []
    searcher.firstPageReady.connect(pages.append)  # the window shows it (its own wiring)
    model.modelReset.connect(lambda: resets.append(1))
    whole = list(demo_catalog.search("а").record_ids)
    assert len(whole) > 10
    with qtbot.waitSignal(searcher.resultReady, timeout=5000) as blocker:
        searcher.search("а")
    assert len(pages) == 1 and not pages[0].complete
    assert list(pages[0].record_ids) == whole[:10]
    assert resets == [1]  # the first page reset the table; the rest was appended
    assert blocker.args[0].complete and list(model.ids()) == whole
    assert not model.is_partial()
    assert window.statusBar().currentMessage() == f"{len(whole)} records found."


def test_an_older_first_page_never_reaches_the_table(qtbot, make_window, demo_catalog):
    window = make_window(demo_catalog)
    searcher = window.searcher
    searcher.first_page = 5
    seen = []
    searcher.firstPageReady.connect(lambda r: seen.append(r.query))
    searcher.resultReady.connect(lambda r: seen.append(r.query))
    serial = searcher._serial
    # the worker delivers answers later; a newer search starts before they arrive
    runs = []
    searcher.runner.run = lambda fn, done, error: runs.append((fn, done))  # type: ignore[method-assign]
    searcher.search("а")
    searcher.search("қазақ")
    assert searcher._serial == serial + 2
    for fn, done in runs:
        done(fn())
    assert "а" not in seen
    assert seen and set(seen) == {"қазақ"}


def test_model_appends_only_a_continuation_of_its_first_page(qtmodeltester):
    from array import array

    from shkola_lib.ui.record_table_model import RecordTableModel

    model = RecordTableModel(lambda ids: {})
    qtmodeltester.check(model)
    model.show_first_page(array("q", [5, 3, 9]))
    assert model.rowCount() == 3 and model.is_partial()
    inserted = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.set_ids(array("q", [5, 3, 9, 1, 2]))
    assert inserted == [(3, 4)] and model.rowCount() == 5 and not model.is_partial()
    # not a continuation: a plain reset
    model.show_first_page(array("q", [1, 2]))
    model.set_ids(array("q", [2, 1, 7]))
    assert inserted == [(3, 4)] and list(model.ids()) == [2, 1, 7]
    qtmodeltester.check(model)


def test_the_window_uses_first_pages_and_dialogs_get_the_whole_answer(
    qtbot, make_window, demo_catalog, monkeypatch
):
    from shkola_lib.catalog import search as search_module
    from shkola_lib.ui.search_controller import FIRST_PAGE

    monkeypatch.setattr(search_module, "RANK_LIMIT", 3)
    window = make_window(demo_catalog)
    assert window.searcher.first_page == FIRST_PAGE
    whole = list(demo_catalog.search("а").record_ids)
    assert len(whole) > FIRST_PAGE
    kept = whole[FIRST_PAGE // 2]
    window.select_record(kept)
    shown: list[int] = []
    window.searcher.firstPageReady.connect(lambda _r: shown.append(window.model.rowCount()))
    with qtbot.waitSignal(window.searcher.resultReady, timeout=5000):
        window.searcher.search("а")
    assert shown == [FIRST_PAGE]  # the first rows were on screen before the rest came
    assert window.model.rowCount() == len(whole)
    assert window.current_record_id() == kept  # the selection survived both steps
    # while only a first page is shown, "the records found" still means all of them
    window.model.show_first_page(window.model.ids()[:FIRST_PAGE])
    assert window.model.is_partial()
    assert window.search_ids() == whole


def test_a_lost_title_index_tells_the_librarian_to_run_check(
    qtbot, make_window, demo_catalog, monkeypatch
):
    rid, numbers = demo_catalog.create_record_with_holdings(
        RecordData(title="Менің атым Қожа"), series=SeriesRequest(count=1)
    )
    with demo_catalog.db.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_records_title_sort")
    asked: list[str] = []

    def answer(_parent, _title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    window = make_window(demo_catalog)
    assert len(asked) == 1  # the listing at start failed
    assert "ix_records_title_sort" in asked[0] and "Check the catalog" in asked[0]
    assert window.statusBar().currentMessage() == (
        "The catalog needs repair: Catalog → Check the catalog."
    )
    assert window.model.rowCount() == 0
    _type_search(qtbot, window, "а")
    assert len(asked) == 1  # offered once, not at every keystroke
    _type_search(qtbot, window, numbers[0])  # the scanner still finds its copy
    assert list(window.model.ids()) == [rid]
    # Check → Repair from the window: the index is made again and the list comes back
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    window.check_catalog()
    assert told == ["Repaired. The catalog is in order."]
    _type_search(qtbot, window, "")
    assert window.model.rowCount() == demo_catalog.counts().records


def test_a_task_that_outlived_its_catalog_is_dropped_quietly(qtbot, catalog: CatalogService):
    from shkola_lib.ui.tasks import TaskRunner

    runner = TaskRunner()  # the real thread pool, as after a restore swapped the catalog
    results: list[object] = []
    errors: list[BaseException] = []
    catalog.close()
    runner.run(catalog.counts, results.append, errors.append)
    qtbot.waitUntil(lambda: not runner._alive, timeout=5000)
    assert results == [] and errors == []  # no answer, no error box
    runner.run(lambda: 1 / 0, results.append, errors.append)  # other errors still reported
    qtbot.waitUntil(lambda: not runner._alive, timeout=5000)
    assert [type(e) for e in errors] == [ZeroDivisionError]


def _check_dialogs(monkeypatch, answer=QMessageBox.StandardButton.Yes) -> list[tuple[str, str]]:
    """Record every box the Check shows, answering questions with ``answer``."""
    shown: list[tuple[str, str]] = []

    def box(kind, reply=None):
        def show(_parent, _title, text, *args):
            shown.append((kind, text))
            return reply

        return show

    monkeypatch.setattr(QMessageBox, "question", box("question", answer))
    monkeypatch.setattr(QMessageBox, "information", box("information"))
    monkeypatch.setattr(QMessageBox, "warning", box("warning"))
    return shown


def test_check_repairs_what_it_can_and_names_what_is_left(
    qtbot, make_window, demo_catalog, monkeypatch
):
    """A lost index and a record without a title: the repair is offered all the same,
    then what it cannot fix is named (before, one unfixable problem blocked the repair)."""
    rid = demo_catalog.create_record(RecordData(title="Уақытша"))
    with demo_catalog.db.engine.begin() as conn:
        conn.exec_driver_sql("DROP INDEX ix_record_isbns_isbn")
        conn.exec_driver_sql("UPDATE records SET title = ' ' WHERE id = ?", (rid,))
    window = make_window(demo_catalog)
    shown = _check_dialogs(monkeypatch)
    window.check_catalog()
    assert [kind for kind, _ in shown] == ["question", "warning"]
    assert "ix_record_isbns_isbn" in shown[0][1] and "Repair what can be repaired" in shown[0][1]
    assert shown[1][1].startswith(f"Record {rid} has no title.")
    assert "correct the records named here" in shown[1][1]
    assert [p.message for p in demo_catalog.check()] == [f"Record {rid} has no title."]


def test_check_of_a_damaged_file_repairs_nothing_and_points_to_a_backup(
    qtbot, make_window, catalog, monkeypatch
):
    from shkola_lib.catalog import check as check_module
    from shkola_lib.catalog.check import Problem

    window = make_window(catalog)
    damaged = [
        Problem("SQLite: Page 7: btreeInitPage() returns error code 11", damaged_file=True),
        Problem("The index ix_x is missing or altered; searches may be slow or fail.", True),
    ]
    monkeypatch.setattr(check_module, "check_catalog", lambda _conn, **_kw: damaged)
    repaired: list[int] = []
    monkeypatch.setattr(catalog, "repair", lambda: repaired.append(1))
    shown = _check_dialogs(monkeypatch)
    window.check_catalog()
    assert [kind for kind, _ in shown] == ["warning"] and repaired == []
    assert "btreeInitPage" in shown[0][1]
    assert "Restore the latest backup: Catalog → Restore from a backup…" in shown[0][1]


def test_a_long_check_shows_a_busy_dialog_whose_cancel_stops_it(qtbot, catalog, monkeypatch):
    """SQLite's integrity check of a district's catalog takes a minute: the window says
    so after half a second and Cancel stops it."""
    import time

    from PySide6.QtWidgets import QProgressDialog

    from shkola_lib.catalog.progress import Cancelled
    from shkola_lib.settings import Settings
    from shkola_lib.ui.main_window import MainWindow
    from shkola_lib.ui.tasks import TaskRunner

    def slow_check(cancel=None, **_kw):  # type: ignore[no-untyped-def]
        deadline = time.monotonic() + 10
        while not cancel.cancelled and time.monotonic() < deadline:
            time.sleep(0.01)
        raise Cancelled

    runner = TaskRunner()  # the real thread pool
    window = MainWindow(catalog, Settings(), runner=runner)
    qtbot.addWidget(window)
    window.show()
    monkeypatch.setattr(catalog, "check", slow_check)
    window.check_catalog()
    dialogs: list[QProgressDialog] = []

    def shown() -> bool:
        dialogs[:] = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
        return bool(dialogs)

    qtbot.waitUntil(shown, timeout=2000)  # shown after half a second, not after four
    assert dialogs[0].labelText() == "Checking the catalog…"
    from PySide6.QtWidgets import QPushButton

    cancel = dialogs[0].findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Check cancelled.", timeout=5000)
    runner.wait()
