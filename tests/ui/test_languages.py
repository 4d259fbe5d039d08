"""The windows in Kazakh and Russian: no text left in English, no text cut off.

The real translators are installed (``app.install_translators``, compiled fresh from
translations/*.ts) and removed afterwards, so other tests stay in English. Every visible
label, button, check box, radio button, group box, tab, menu, action, table header, combo
item, placeholder and window title is checked.

``SHKOLA_LIB_SCREENSHOTS=docs/screenshots pytest tests/ui/test_languages.py`` also saves
the screenshots shown in the documentation (``<window>-<lang>.png``).
"""

from __future__ import annotations

import html
import importlib.util
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyle,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
    QWizard,
)

from shkola_lib import app as app_module
from shkola_lib.catalog.data import RecordData, StockData
from shkola_lib.catalog.holdings import SeriesRequest
from shkola_lib.catalog.importer import ImportOptions, ImportSummary
from shkola_lib.catalog.service import CatalogService
from shkola_lib.models.enums import MaterialType
from shkola_lib.settings import Settings
from shkola_lib.ui import exchange_common
from shkola_lib.ui.export_dialog import ExportDialog
from shkola_lib.ui.holdings_dialogs import AddCopiesDialog, AddStockDialog, EditCopyDialog
from shkola_lib.ui.import_history import ImportHistoryDialog
from shkola_lib.ui.import_wizard import ImportWizard
from shkola_lib.ui.record_editor import RecordEditor
from shkola_lib.ui.writeoff_dialog import WriteOffDialog

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = os.environ.get("SHKOLA_LIB_SCREENSHOTS", "")

#: Words that stay Latin in every language: names of formats, standards, keys and programs.
LATIN_NAMES = {
    "ASCII", "CP", "CSV", "Ctrl", "DOS", "Esc", "Excel", "ISBN", "ISO", "KOI", "KZ", "MARC",
    "MARCXML", "MARC-SQL", "MarcEdit", "MIT", "PATH", "PDF", "QR", "RUSMARC", "Shift", "Shkola",
    "Lib", "SQL", "UNIMARC", "Unicode", "USB", "UTF", "Windows", "XML", "ZIP", "db", "mrk",
    "iso", "mrc", "xml", "kaz", "rus", "eng", "LBC", "MARC21", "Avery", "Zweckform",
}  # fmt: skip
#: Qt's own texts (wizard and dialog buttons), translated by qtbase_<lang>.qm.
QT_ENGLISH = {"Next", "Back", "Finish", "Commit", "Cancel", "Close", "Yes", "No", "Help"}


def _load_hatch_build():
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rich(text: str) -> bool:
    return bool(re.search(r"<[A-Za-z/][^<>]*>", text))


def _plain(text: str) -> str:
    """The text as shown: mnemonic '&' removed, HTML turned to text, spaces collapsed."""
    if _rich(text):
        text = html.unescape(re.sub(r"<br\s*/?>", "\n", re.sub(r"<(?!br)[^<>]*>", "", text)))
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def _english_sources() -> tuple[set[str], list[re.Pattern[str]]]:
    """The English sources whose translation differs: exact texts and {placeholder} patterns."""
    import xml.etree.ElementTree as ET

    exact: set[str] = set(QT_ENGLISH)
    patterns: list[re.Pattern[str]] = []
    root = ET.parse(ROOT / "translations" / "shkola_lib_kk.ts").getroot()
    for msg in root.iter("message"):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
        translated = forms or [tr.text or "" if tr is not None else ""]
        if all(t == source for t in translated):
            continue  # the same in every language (ISBN, MARCXML, ...)
        plain = _plain(source)
        if re.search(r"\{[^{}]*\}|%n", plain):
            parts = re.split(r"\{[^{}]*\}|%n", plain)
            patterns.append(re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL))
        else:
            exact.add(plain)
            exact.add(plain.rstrip(":…. "))
    return exact, patterns


ENGLISH_EXACT, ENGLISH_PATTERNS = _english_sources()


def english_problem(text: str) -> str:
    """Why ``text`` looks untranslated, or ''."""
    plain = _plain(text)
    if not plain:
        return ""
    if plain in ENGLISH_EXACT or plain.rstrip(":…. ") in ENGLISH_EXACT:
        return "is the English source"
    for pattern in ENGLISH_PATTERNS:
        if pattern.fullmatch(plain):
            return f"matches the English source /{pattern.pattern}/"
    scrubbed = re.sub(r"\S*[/\\]\S*|\S*\w\.[A-Za-z]{2,4}\b", " ", plain)  # paths, file names
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*[A-Za-z]", scrubbed)]
    words = [w for w in words if w not in LATIN_NAMES and w.split("-")[0] not in LATIN_NAMES]
    if len(words) >= 2:
        return f"has English words {words}"
    return ""


def _name(widget: QWidget) -> str:
    parts = []
    while widget is not None:
        parts.append(widget.objectName() or type(widget).__name__)
        widget = widget.parentWidget()
    return "/".join(reversed(parts[:4]))


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


MIN_FIELD_WIDTH = 60  # narrower, a typed name shows three letters
HEADER_PADDING = 8  # the header margins around its text (2 × PM_HeaderMargin)


def check_window(window: QWidget) -> list[str]:
    """Problems of every visible text in ``window``: untranslated or cut off."""
    QApplication.processEvents()
    problems: list[str] = []

    def text(where: str, value: str) -> None:
        why = english_problem(value)
        if why:
            problems.append(f"{where}: «{_plain(value)}» {why}")

    def fits(where: str, needed: int, available: int, value: str) -> None:
        if needed > available:
            problems.append(
                f"{where}: «{_plain(value)}» is cut off ({needed} px needed, {available} px shown)"
            )

    text(f"{_name(window)} window title", window.windowTitle())
    for w in [window, *window.findChildren(QWidget)]:
        if not _visible(w):
            continue
        where = _name(w)
        fm = w.fontMetrics()
        if isinstance(w, QLabel):
            value = w.text()
            text(where, value)
            if not value or (w.pixmap() is not None and not w.pixmap().isNull()):
                continue
            rect = w.contentsRect()
            if w.wordWrap():
                height = w.heightForWidth(rect.width())
                if height > rect.height() + 2:
                    problems.append(
                        f"{where}: «{_plain(value)}» is cut off at the bottom "
                        f"({height} px needed, {rect.height()} px shown)"
                    )
            elif not _rich(value) and w.textFormat() != Qt.TextFormat.RichText:
                width = max(fm.horizontalAdvance(line) for line in _plain_lines(value))
                fits(where, width, rect.width() - 2 * w.margin(), value)
        elif isinstance(w, QAbstractButton):
            value = w.text()
            text(where, value)
            text(f"{where} tooltip", w.toolTip())
            if value:
                fits(where, w.sizeHint().width(), w.width(), value)
        elif isinstance(w, QGroupBox):
            text(where, w.title())
            indicator = 20 if w.isCheckable() else 0
            fits(where, fm.horizontalAdvance(_plain(w.title())) + indicator + 12, w.width(),
                 w.title())  # fmt: skip
        elif isinstance(w, QTabBar):
            space = w.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, w)
            for i in range(w.count()):
                text(f"{where} tab {i}", w.tabText(i))
                need = fm.horizontalAdvance(_plain(w.tabText(i))) + space // 2
                fits(f"{where} tab {i}", need, w.tabRect(i).width(), w.tabText(i))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                text(f"{where} item {i}", w.itemText(i))
            if w.isEditable() and w.lineEdit() is not None:
                text(f"{where} placeholder", w.lineEdit().placeholderText())
        elif isinstance(w, QLineEdit):
            text(f"{where} placeholder", w.placeholderText())
            if w.width() < MIN_FIELD_WIDTH and not isinstance(w.parent(), QAbstractSpinBox):
                problems.append(f"{where}: a field {w.width()} px wide is too narrow to type in")
        elif isinstance(w, QScrollArea) and w.horizontalScrollBar().isVisible():
            problems.append(f"{where}: its content is wider than the window and scrolls sideways")
        elif isinstance(w, (QTableView, QTreeView)) and w.model() is not None:
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            for col in range(header.count()):
                label = str(w.model().headerData(col, Qt.Orientation.Horizontal) or "")
                text(f"{where} column {col}", label)
                if label and not header.isSectionHidden(col) and header.sectionSize(col) > 0:
                    need = header.fontMetrics().horizontalAdvance(label) + HEADER_PADDING
                    fits(f"{where} column {col}", need, header.sectionSize(col), label)
    return problems


def _plain_lines(value: str) -> list[str]:
    return [_plain(line) for line in value.split("\n")] or [""]


def check_menus(window) -> list[str]:
    problems: list[str] = []
    for top in window.menuBar().actions():
        menu: QMenu | None = top.menu()
        if why := english_problem(top.text()):
            problems.append(f"menu «{_plain(top.text())}» {why}")
        for action in menu.actions() if menu else []:
            if not action.isSeparator() and (why := english_problem(action.text())):
                problems.append(f"menu item «{_plain(action.text())}» {why}")
    return problems


def shoot(widget: QWidget, name: str, lang: str) -> None:
    if SCREENSHOTS:
        folder = Path(SCREENSHOTS)
        folder.mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()
        assert widget.grab().save(str(folder / f"{name}-{lang}.png"))


def show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    return widget


def assert_clean(problems: list[str]) -> None:
    problems = list(dict.fromkeys(problems))
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems)


# --- fixtures ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def qm_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    _load_hatch_build().compile_translations(ROOT / "translations", folder)
    return folder


@pytest.fixture(params=["kk", "ru"])
def lang(request, qapp, qm_dir, monkeypatch) -> Iterator[str]:
    monkeypatch.setattr(app_module, "translations_dirs", lambda: [qm_dir])
    monkeypatch.setattr(exchange_common, "removable_volumes", lambda: [])
    default_locale = QLocale()
    installed = app_module.install_translators(qapp, request.param)
    try:
        assert QCoreApplication.translate("WriteOffDialog", "Write off") != "Write off"
        yield request.param
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(default_locale)
    assert QCoreApplication.translate("WriteOffDialog", "Write off") == "Write off"


@pytest.fixture
def holdings_catalog(demo_catalog: CatalogService) -> tuple[CatalogService, int, int]:
    """The demo catalog plus a book with copies and a textbook with counted stock."""
    book, _numbers = demo_catalog.create_record_with_holdings(
        RecordData(title="Абай жолы", publisher="Жазушы", year=2019),
        series=SeriesRequest(count=3, location="Негізгі қор", ksu_entry="12/2026"),
    )
    textbook, _ = demo_catalog.create_record_with_holdings(
        RecordData(title="Қазақстан тарихы", material_type=MaterialType.TEXTBOOK, grades=["7"]),
        stock=StockData(quantity=30, ksu_entry="3/2026", academic_year="2026-2027"),
    )
    return demo_catalog, book, textbook


# --- the windows ------------------------------------------------------------------------------
def test_main_window(lang, qtbot, make_window, holdings_catalog):
    service, book, _textbook = holdings_catalog
    window = make_window(service)
    window.resize(1366, 768)
    window.select_record(book)
    qtbot.waitUntil(lambda: window.detail.record_id() == book, timeout=3000)
    window.detail.table.selectRow(0)
    shoot(window, "main-window", lang)
    assert_clean(check_window(window))


def test_main_menus(lang, make_window, catalog):
    window = make_window(catalog)
    assert_clean(check_menus(window))


def test_welcome_page(lang, qtbot, make_window, catalog):
    window = make_window(catalog)
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.welcome, timeout=3000)
    shoot(window, "welcome", lang)
    assert_clean(check_window(window))


def test_record_editor(lang, qtbot, holdings_catalog, monkeypatch):
    service, _book, textbook = holdings_catalog
    discard = QMessageBox.StandardButton.Discard  # closing at the end loses the test's changes
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: discard)
    problems: list[str] = []
    editor = show(qtbot, RecordEditor(service))
    shoot(editor, "record-editor", lang)
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        problems += check_window(editor)
    editor.type_combo.setCurrentIndex(editor.type_combo.findData(MaterialType.TEXTBOOK.value))
    problems += check_window(editor)  # counted stock instead of inventory numbers
    existing = show(qtbot, RecordEditor(service, textbook))
    problems += check_window(existing)
    assert_clean(problems)


def test_holdings_dialogs(lang, qtbot, holdings_catalog):
    service, book, textbook = holdings_catalog
    copy = service.get_detail(book).copies[0]
    stock = service.get_detail(textbook).stock[0]
    problems: list[str] = []
    add = show(qtbot, AddCopiesDialog(service, book))
    problems += check_window(add)
    add.singleCopyCheck.setChecked(True)
    problems += check_window(add)
    for dialog in (
        AddStockDialog(service, textbook),
        EditCopyDialog(service, copy),
        WriteOffDialog(service, copy=copy),
        WriteOffDialog(service, stock=stock),
    ):
        problems += check_window(show(qtbot, dialog))
    assert_clean(problems)


def test_import_wizard(lang, qtbot, catalog, sync_runner, corpus_dir):
    wizard = show(qtbot, ImportWizard(catalog, sync_runner))
    wizard.resize(max(wizard.width(), 760), max(wizard.height(), 560))
    problems = check_window(wizard)
    wizard.file_page.path_edit.setText(str(corpus_dir / "rusmarc-nlr" / "TEST1.ISO"))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_FOUND, timeout=5000)
    wizard.found_page.advanced_button.setChecked(True)
    shoot(wizard, "import-wizard", lang)
    problems += check_window(wizard)
    wizard.next()
    problems += check_window(wizard)  # duplicates
    wizard.duplicates_page.dry_run_check.setChecked(True)
    problems += check_window(wizard)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentId() == wizard.PAGE_DONE, timeout=10000)
    problems += check_window(wizard)
    assert_clean(problems)


def test_export_dialog(lang, qtbot, holdings_catalog, sync_runner):
    service, book, textbook = holdings_catalog
    problems: list[str] = []
    for package in (False, True):
        dialog = show(
            qtbot,
            ExportDialog(
                service, sync_runner, selected_ids=[book], search_ids=[book, textbook],
                query="тарих", package=package, settings=Settings(),
            ),
        )  # fmt: skip
        problems += check_window(dialog)
        if not package:
            shoot(dialog, "export-dialog", lang)
    assert_clean(problems)


def test_import_history(lang, qtbot, catalog, sync_runner, corpus_dir, tmp_path):
    path = corpus_dir / "rusmarc-nlr" / "TEST1.ISO"
    options = ImportOptions(report_dir=tmp_path / "reports")
    for _ in catalog.run_import(path, options, ImportSummary(file=path)):
        pass
    dialog = show(qtbot, ImportHistoryDialog(catalog, runner=sync_runner))
    dialog.table.selectRow(0)
    assert_clean(check_window(dialog))


def test_the_checker_sees_english_and_cut_off_text(qtbot):
    """The checks above would notice: an English source, English words, a clipped text."""
    box = QWidget()
    box.setObjectName("box")
    box.setWindowTitle("Import history")
    english = QLabel("Records added or changed since", box)
    squeezed = QLabel("Түгендеу нөмірлерінің аралығы", box)
    squeezed.setObjectName("squeezed")
    squeezed.setGeometry(0, 40, 40, 20)
    button = QPushButton("Бүкіл каталогты экспорттау", box)
    button.setGeometry(0, 70, 50, 30)
    english.move(0, 100)
    show(qtbot, box)
    problems = "\n".join(check_window(box))
    assert "window title: «Import history» is the English source" in problems
    assert "«Records added or changed since» is the English source" in problems
    assert "box/squeezed: «Түгендеу нөмірлерінің аралығы» is cut off" in problems
    assert "«Бүкіл каталогты экспорттау» is cut off" in problems
    assert "has English words" in english_problem("Nothing was written, try again")
    assert english_problem("ISO 2709 алмасу файлы, UTF-8, MARC21") == ""


def test_label_dialogs(lang, qtbot, holdings_catalog, sync_runner, monkeypatch):
    from shkola_lib.ui import label_printer
    from shkola_lib.ui.label_dialog import LabelDialog
    from shkola_lib.ui.template_editor import TemplateEditor

    monkeypatch.setattr(label_printer, "installed_printers", lambda: [])
    service, book, textbook = holdings_catalog
    dialog = show(
        qtbot,
        LabelDialog(
            service, sync_runner, Settings(), selected_record_ids=[book],
            search_ids=[book, textbook], query="Абай",
        ),
    )  # fmt: skip
    shoot(dialog, "label-dialog", lang)
    problems = check_window(dialog)
    problems += check_window(show(qtbot, TemplateEditor(dialog.sheet.templates)))
    assert_clean(problems)


def test_backup_dialogs(lang, qtbot, catalog, sync_runner):
    from shkola_lib.catalog.backup import make_backup
    from shkola_lib.ui.backup_dialog import BackupSettingsDialog, RestoreDialog

    make_backup(catalog.path)
    restore = show(qtbot, RestoreDialog(catalog.path, sync_runner))
    problems = check_window(restore)
    problems += check_window(show(qtbot, BackupSettingsDialog(Settings(), catalog.path)))
    assert_clean(problems)


# --- Settings → Language and the command line (active once their patches are applied) ----------
def _has(module, name: str) -> bool:
    return hasattr(module, name)


def test_language_menu_saves_the_choice_and_restarts(lang, make_window, catalog, monkeypatch):
    from shkola_lib import app as app_module
    from shkola_lib.ui import main_window

    if not _has(main_window.MainWindow, "change_language"):
        pytest.skip("the Settings → Language patch (main_actions.py, main_window.py) is not in")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window = make_window(catalog)
    languages = window.actions_.languages
    assert [a.text() for a in languages.values()] == ["Қазақша", "Русский", "English"]
    assert [code for code, a in languages.items() if a.isChecked()] == [lang]
    other = "ru" if lang == "kk" else "kk"
    languages[other].trigger()
    assert window.settings.language == other and window.restart_requested
    assert not window.isVisible()
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        app_module.QProcess,
        "startDetached",
        lambda program, args, _cwd: started.append((program, args)) or (True, 1),
    )
    assert app_module.restart_program(["--db", "c.sqlite", "--lang", "kk"])
    assert started[0][1][-2:] == ["--db", "c.sqlite"] and "--lang" not in started[0][1]


def test_command_line_speaks_the_chosen_language(catalog, capsys, qm_dir, monkeypatch):
    from shkola_lib import cli, i18n

    if not _has(cli, "_translate_messages"):
        pytest.skip("the command-line translation patch (cli.py, app.py) is not in")
    monkeypatch.setattr(app_module, "translations_dirs", lambda: [qm_dir])
    before = i18n.current_translator()
    assert cli.main(["--db", str(catalog.path), "--lang", "kk", "info"]) == 0
    assert "Каталог файлы:" in capsys.readouterr().out
    assert cli.main(["--db", str(catalog.path), "--lang", "ru", "check"]) == 0
    assert "Каталог в порядке." in capsys.readouterr().out
    assert cli.main(["--db", str(catalog.path), "check"]) == 0
    assert "The catalog is in order." in capsys.readouterr().out
    assert i18n.current_translator() is before  # nothing leaks into other tests
