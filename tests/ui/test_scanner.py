"""Scanner input in any keyboard layout, on the real main window over a real catalog.

Key events are built the way the platform delivers them: the text the active
layout produced, the native scan code of the key, and a timestamp (a scanner
types a key every few milliseconds, a person every 100 ms or more).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget

from shkola_lib.catalog.data import CopyData, RecordData
from shkola_lib.catalog.holdings import SeriesRequest
from shkola_lib.catalog.keyboard_layouts import (
    KAZAKH_ROWS,
    KAZAKH_SHIFTED_ROWS,
    RUSSIAN_ROWS,
    RUSSIAN_SHIFTED_ROWS,
    US_SHIFTED,
    US_UNSHIFTED,
    WINDOWS_SCAN_CODES,
    X11_KEYCODES,
    guess_layout,
    layout_to_ascii,
    native_key_to_ascii,
)
from shkola_lib.catalog.service import CatalogService
from shkola_lib.ui.record_editor import RecordEditor
from shkola_lib.ui.scanner import ScanDetector, ScanRouter, install_scanner, isbn_of_scan
from tests.ui.conftest import send_text

ISBN = "9786017151133"  # 978-601-7151-13-3
OTHER_ISBN = "9780306406157"

# =====================================================================================
# The layout tables, without Qt
# =====================================================================================


def test_kazakh_rows_map_back_to_us_keys() -> None:
    assert layout_to_ascii('("әіңғ,.үұқөһ', "kk") == "`1234567890-="
    assert layout_to_ascii(")!ӘІҢҒ;:ҮҰҚӨҺ", "kk") == "~!@#$%^&*()_+"
    assert layout_to_ascii("йцукенгшщзхъ\\", "kk") == "qwertyuiop[]\\"
    assert layout_to_ascii("ЙЦУКЕНГШЩЗХЪ/", "kk") == "QWERTYUIOP{}|"
    assert layout_to_ascii("фывапролджэ", "kk") == "asdfghjkl;'"
    assert layout_to_ascii("ФЫВАПРОЛДЖЭ", "kk") == 'ASDFGHJKL:"'
    assert layout_to_ascii("ячсмитьбю№", "kk") == "zxcvbnm,./"
    assert layout_to_ascii("ЯЧСМИТЬБЮ?", "kk") == "ZXCVBNM<>?"


def test_russian_rows_map_back_to_us_keys() -> None:
    assert layout_to_ascii("ё1234567890-=", "ru") == "`1234567890-="
    assert layout_to_ascii('Ё!"№;%:?*()_+', "ru") == "~!@#$%^&*()_+"
    assert layout_to_ascii("йцукенгшщзхъ\\", "ru") == "qwertyuiop[]\\"
    assert layout_to_ascii("ЙЦУКЕНГШЩЗХЪ/", "ru") == "QWERTYUIOP{}|"
    assert layout_to_ascii("фывапролджэ", "ru") == "asdfghjkl;'"
    assert layout_to_ascii("ФЫВАПРОЛДЖЭ", "ru") == 'ASDFGHJKL:"'
    assert layout_to_ascii("ячсмитьбю.", "ru") == "zxcvbnm,./"
    assert layout_to_ascii("ЯЧСМИТЬБЮ,", "ru") == "ZXCVBNM<>?"


def test_the_reported_kazakh_digit_keys() -> None:
    # domain.md §6: 2→ә 3→і 4→ң 5→ғ 8→ү 9→ұ 0→қ, -→ө, =→һ (and 1→" 6→, 7→.)
    assert layout_to_ascii('"әіңғ,.үұқөһ') == "1234567890-="
    assert layout_to_ascii("!ӘІҢҒ;:ҮҰҚӨҺ") == "!@#$%^&*()_+"


def test_layout_is_guessed_from_the_text() -> None:
    assert guess_layout('"қәің') == "kk"
    assert guess_layout("ФИ-1029") == "ru"
    assert guess_layout("AB-1029") == "us"
    assert layout_to_ascii('"қәің') == "10234"
    assert layout_to_ascii("ФИ-1029") == "AB-1029"
    assert layout_to_ascii("ЙЦУКЕН") == "QWERTY"
    assert layout_to_ascii('Ф"И') == "A@B"  # Russian Shift+2 is «"»
    assert layout_to_ascii("қазақ") == "0fpf0"
    # ASCII alone cannot tell the layout: left as it is
    assert layout_to_ascii('AB-1029 "x", y.') == 'AB-1029 "x", y.'
    assert layout_to_ascii("") == ""


def test_layouts_type_every_character_once() -> None:
    for rows in (KAZAKH_ROWS, KAZAKH_SHIFTED_ROWS, RUSSIAN_ROWS, RUSSIAN_SHIFTED_ROWS):
        assert [len(row) for row in rows] == [13, 13, 11, 10]
    kazakh = "".join(KAZAKH_ROWS + KAZAKH_SHIFTED_ROWS)
    russian = "".join(RUSSIAN_ROWS + RUSSIAN_SHIFTED_ROWS)
    assert len(set(kazakh)) == len(kazakh) == 94
    assert len(set(russian)) == len(russian) == 94


def test_native_codes_give_the_us_character_of_the_key() -> None:
    digits = "".join(
        native_key_to_ascii("xcb", code, 0, shift=False) or "?" for code in range(10, 22)
    )
    assert digits == "1234567890-="
    shifted = "".join(
        native_key_to_ascii("xcb", code, 0, shift=True) or "?" for code in range(10, 22)
    )
    assert shifted == "!@#$%^&*()_+"
    assert native_key_to_ascii("xcb", 38, 0, shift=True) == "A"
    assert native_key_to_ascii("wayland", 56, 0, shift=False) == "b"
    assert native_key_to_ascii("windows", 0x02, 0x31, shift=False) == "1"
    assert native_key_to_ascii("windows", 0x0B, 0x30, shift=False) == "0"
    assert native_key_to_ascii("windows", 0x1E, 0x41, shift=True) == "A"
    assert native_key_to_ascii("windows", 0x35, 0xBF, shift=False) == "/"
    assert native_key_to_ascii("windows", 0, 0x35, shift=False) == "5"  # no scan code: the VK
    assert native_key_to_ascii("windows", 0x135, 0x6F, shift=False) is None  # keypad /
    assert native_key_to_ascii("xcb", 36, 0, shift=False) is None  # Return
    assert native_key_to_ascii("cocoa", 18, 18, shift=False) is None
    assert len(X11_KEYCODES) == len(WINDOWS_SCAN_CODES) == 48


def test_isbn_of_scan_takes_book_ean13_only() -> None:
    assert isbn_of_scan(ISBN) == ISBN
    assert isbn_of_scan(ISBN + "51299") == ISBN  # with the price add-on
    assert isbn_of_scan("9786017151134") is None  # wrong check digit
    assert isbn_of_scan("4600000000008") is None  # a grocery EAN-13
    assert isbn_of_scan("6017151134") is None  # ISBN-10 is not a barcode
    assert isbn_of_scan("10234") is None


# =====================================================================================
# Synthetic keyboard: a scanner or a person, in a given layout and platform
# =====================================================================================
_LAYOUT_ROWS = {
    "us": (US_UNSHIFTED, US_SHIFTED),
    "kk": ("".join(KAZAKH_ROWS), "".join(KAZAKH_SHIFTED_ROWS)),
    "ru": ("".join(RUSSIAN_ROWS), "".join(RUSSIAN_SHIFTED_ROWS)),
}
_X11_OF = {ch: code for code, ch in X11_KEYCODES.items()}
_SHIFT_X11 = 50
_RETURN_X11 = 36


@dataclass
class Keyboard:
    """Sends key events to the focused widget as the platform would deliver them."""

    platform: str = "xcb"
    layout: str = "us"
    now: int = 1_000_000  # ms, like the window system's timestamps
    sent_text: list[str] = field(default_factory=list)

    def _native(self, x11_code: int) -> tuple[int, int]:
        if self.platform == "windows":
            return x11_code - 8, 0  # set-1 scan code; the VK is not needed then
        if self.platform in ("xcb", "wayland"):
            return x11_code, 0
        return 0, 0  # no native codes: the text is all there is

    def _send(self, kind: QEvent.Type, key: int, mods, x11: int, text: str) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None
        scan, vk = self._native(x11)
        event = QKeyEvent(kind, key, mods, scan, vk, 0, text)
        event.setTimestamp(self.now if kind == QEvent.Type.KeyPress else self.now + 2)
        QApplication.sendEvent(widget, event)

    def press(self, us_char: str, gap: int) -> None:
        """The key that types ``us_char`` on a US keyboard, ``gap`` ms after the last."""
        self.now += gap
        unshifted, shifted = _LAYOUT_ROWS[self.layout]
        shift = us_char in US_SHIFTED and us_char not in US_UNSHIFTED
        index = (US_SHIFTED if shift else US_UNSHIFTED).index(us_char)
        text = (shifted if shift else unshifted)[index]
        self.sent_text.append(text)
        x11 = _X11_OF[US_UNSHIFTED[index]]
        key = ord(text.upper()) if text.isalpha() else ord(text)
        mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        if shift:
            self._send(QEvent.Type.KeyPress, Qt.Key.Key_Shift, mods, _SHIFT_X11, "")
        self._send(QEvent.Type.KeyPress, key, mods, x11, text)
        self._send(QEvent.Type.KeyRelease, key, mods, x11, text)
        if shift:
            release_mods = Qt.KeyboardModifier.NoModifier
            self._send(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, release_mods, _SHIFT_X11, "")

    def enter(self, gap: int) -> None:
        self.now += gap
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            self._send(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, _RETURN_X11, "\r")

    def scan(self, code: str, gap: int = 6) -> str:
        """A scanner: every key ``gap`` ms apart, then Enter. Returns the text it made."""
        self.sent_text = []
        for ch in code:
            self.press(ch, gap)
        self.enter(gap)
        return "".join(self.sent_text)

    def type_slowly(self, text_in_layout: str, gap: int = 140) -> None:
        """A person typing ``text_in_layout`` (characters of the active layout)."""
        unshifted, shifted = _LAYOUT_ROWS[self.layout]
        for ch in text_in_layout:
            row = shifted if ch in shifted and ch not in unshifted else unshifted
            us = (US_SHIFTED if row is shifted else US_UNSHIFTED)[row.index(ch)]
            self.press(us, gap)


# =====================================================================================
# The main window with the scanner installed
# =====================================================================================
@dataclass
class Scene:
    window: object
    detector: ScanDetector
    router: ScanRouter
    scanned: list[str]
    keyboard: Keyboard

    def selected_copy(self) -> str | None:
        item = self.window.detail.selected_item()
        return getattr(item, "inventory_number", None)


def _uninstall_existing(window: QWidget) -> None:
    """Once MainWindow installs its own scanner, each test here brings its own instead."""
    for detector in window.findChildren(ScanDetector):
        detector.uninstall()


@pytest.fixture
def library(demo_catalog: CatalogService) -> dict[str, int]:
    """The demo catalog (copies 1001…) plus copies 10234, AB-1029 and a barcode."""
    abai, _ = demo_catalog.create_record_with_holdings(
        RecordData(title="Альфатест жолы"), series=SeriesRequest(count=1, first_number="10234")
    )
    other = demo_catalog.create_record(RecordData(title="Бетатест", isbns=[ISBN]))
    demo_catalog.add_copy(other, CopyData(inventory_number="AB-1029"))
    demo_catalog.add_copy(other, CopyData(inventory_number="77001", barcode="2000000012345"))
    demo_catalog.add_copy(other, CopyData(inventory_number="1617"))
    demo_catalog.add_copy(other, CopyData(inventory_number="7/1016"))
    return {"abai": abai, "other": other}


@pytest.fixture
def scene_for(make_window, qtbot) -> Iterator:
    scenes: list[Scene] = []

    def make(service: CatalogService, *, platform: str = "xcb", layout: str = "us") -> Scene:
        window = make_window(service)
        _uninstall_existing(window)
        detector, router = install_scanner(window, service, platform=platform)
        scanned: list[str] = []
        detector.scanned.connect(scanned.append)
        scene = Scene(window, detector, router, scanned, Keyboard(platform, layout))
        scenes.append(scene)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search_bar.edit)
        return scene

    yield make
    for scene in scenes:  # the filter is application-wide: never leave it to other tests
        box = scene.router.not_found_box()
        if box is not None:
            box.done(QMessageBox.StandardButton.No.value)
        scene.detector.uninstall()


def _wait_search(qtbot, window, count: int) -> None:
    qtbot.waitUntil(lambda: window.model.rowCount() == count, timeout=3000)


# --- opening a copy, whatever the layout ---------------------------------------------------
@pytest.mark.parametrize("platform", ["xcb", "windows"])
def test_us_layout_scan_opens_the_copy_and_leaves_the_search_box(
    qtbot, scene_for, demo_catalog, library, platform
):
    scene = scene_for(demo_catalog, platform=platform, layout="us")
    window = scene.window
    send_text(window.search_bar.edit, "Альфатест")  # the librarian had typed a search
    _wait_search(qtbot, window, 1)
    typed = scene.keyboard.scan("10234")
    assert typed == "10234"
    assert scene.scanned == ["10234"]
    assert window.current_record_id() == library["abai"]
    assert scene.selected_copy() == "10234"
    assert window.search_bar.edit.text() == "Альфатест"
    assert window.statusBar().currentMessage() == "Scanned: copy 10234."


@pytest.mark.parametrize("platform", ["xcb", "windows", "offscreen"])
def test_kazakh_layout_scan_opens_the_copy(qtbot, scene_for, demo_catalog, library, platform):
    # "offscreen" has no native codes: the Kazakh text itself is mapped back
    scene = scene_for(demo_catalog, platform=platform, layout="kk")
    window = scene.window
    typed = scene.keyboard.scan("10234")
    assert typed == '"қәің'  # what the Kazakh layout makes of the scanner's keys
    assert scene.scanned == ["10234"]
    assert window.current_record_id() == library["abai"]
    assert scene.selected_copy() == "10234"
    assert window.search_bar.edit.text() == ""


@pytest.mark.parametrize("platform", ["xcb", "windows", "offscreen"])
def test_russian_layout_scan_of_letters_opens_the_copy(
    qtbot, scene_for, demo_catalog, library, platform
):
    scene = scene_for(demo_catalog, platform=platform, layout="ru")
    window = scene.window
    typed = scene.keyboard.scan("AB-1029")
    assert typed == "ФИ-1029"
    assert scene.scanned == ["AB-1029"]
    assert window.current_record_id() == library["other"]
    assert scene.selected_copy() == "AB-1029"
    assert window.search_bar.edit.text() == ""


@pytest.mark.parametrize(
    ("layout", "code", "typed"), [("kk", "1617", '",".'), ("ru", "7/1016", "7.1016")]
)
@pytest.mark.parametrize("platform", ["xcb", "windows"])
def test_native_codes_read_keys_whose_text_looks_like_ascii(
    qtbot, scene_for, demo_catalog, library, platform, layout, code, typed
):
    # Kazakh 1, 6, 7 and Russian / give ASCII punctuation: only the key position tells
    scene = scene_for(demo_catalog, platform=platform, layout=layout)
    assert scene.keyboard.scan(code) == typed
    assert scene.scanned == [code]
    assert scene.selected_copy() == code


def test_without_native_codes_ascii_punctuation_is_taken_as_typed(
    qtbot, scene_for, demo_catalog, library
):
    # the limit of the text fallback: nothing says which layout made «",".»
    scene = scene_for(demo_catalog, platform="offscreen", layout="kk")
    scene.keyboard.scan("1617")
    assert scene.scanned == ['",".']
    assert scene.selected_copy() is None


def test_barcode_scan_opens_its_copy(qtbot, scene_for, demo_catalog, library):
    scene = scene_for(demo_catalog, layout="kk")
    scene.keyboard.scan("2000000012345")
    assert scene.scanned == ["2000000012345"]
    assert scene.selected_copy() == "77001"


def test_scan_of_a_copy_hidden_by_the_search_shows_the_whole_catalog(
    qtbot, scene_for, demo_catalog, library
):
    scene = scene_for(demo_catalog)
    window = scene.window
    send_text(window.search_bar.edit, "Бетатест")
    _wait_search(qtbot, window, 1)
    scene.keyboard.scan("10234")
    assert window.search_bar.edit.text() == ""  # the search hid the record: cleared
    assert window.current_record_id() == library["abai"]
    assert scene.selected_copy() == "10234"
    qtbot.wait(250)  # past the search box's typing pause: nothing re-selects
    assert scene.selected_copy() == "10234"


# --- people typing are left alone ------------------------------------------------------------
def test_person_typing_kazakh_slowly_is_not_a_scan(qtbot, scene_for, demo_catalog, library):
    scene = scene_for(demo_catalog, layout="kk")
    window = scene.window
    keyboard = scene.keyboard
    keyboard.type_slowly("қазақ")
    with qtbot.waitSignal(window.search_bar.searchNow, timeout=3000):
        keyboard.enter(150)
    assert window.search_bar.edit.text() == "қазақ"
    assert scene.scanned == []


def test_fast_typing_without_enter_arrives_intact_and_in_order(qtbot, scene_for, demo_catalog):
    scene = scene_for(demo_catalog, layout="ru")
    edit = scene.window.search_bar.edit
    keyboard = scene.keyboard
    for ch in "ghbdtn":  # «привет», typed in bursts faster than a scanner's interval
        keyboard.press(ch, 20)
    qtbot.waitUntil(lambda: edit.text() == "привет", timeout=2000)  # delivered after a pause
    keyboard.press("a", 300)
    scene.detector.flush()
    assert edit.text() == "приветф"
    assert scene.scanned == []


def test_fast_short_entry_keeps_its_enter(qtbot, scene_for, demo_catalog):
    scene = scene_for(demo_catalog)
    edit = scene.window.search_bar.edit
    with qtbot.waitSignal(scene.window.search_bar.searchNow, timeout=3000):
        scene.keyboard.scan("101")  # 3 keys: too short for a scan
    assert edit.text() == "101"
    assert scene.scanned == []


def test_events_without_timestamp_are_not_scans(qtbot, scene_for, demo_catalog):
    # QTest and the other GUI tests type this way: the detector leaves them alone
    scene = scene_for(demo_catalog)
    edit = scene.window.search_bar.edit
    send_text(edit, "қазақ")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "қазақ"
    assert scene.scanned == []


def test_ctrl_shortcuts_pass_through(qtbot, scene_for, demo_catalog):
    scene = scene_for(demo_catalog)
    edit = scene.window.search_bar.edit
    scene.keyboard.type_slowly("abc")
    scene.detector.flush()
    keyboard = scene.keyboard
    keyboard.now += 5
    ctrl = Qt.KeyboardModifier.ControlModifier
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, ctrl, 38, 0, 0, "\x01")
    event.setTimestamp(keyboard.now)
    QApplication.sendEvent(edit, event)
    assert edit.selectedText() == "abc"  # Ctrl+A selected all, at once
    assert scene.scanned == []


def test_a_clock_drives_events_without_timestamps(qtbot, demo_catalog, library, make_window):
    window = make_window(demo_catalog)
    _uninstall_existing(window)
    ticks = iter(range(0, 10_000, 5))
    detector, _router = install_scanner(
        window, demo_catalog, platform="offscreen", clock=lambda: next(ticks)
    )
    try:
        scanned: list[str] = []
        detector.scanned.connect(scanned.append)
        edit = window.search_bar.edit
        send_text(edit, "ФИ-1029")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        assert scanned == ["AB-1029"]
        assert edit.text() == ""
        assert window.current_record_id() == library["other"]
    finally:
        detector.uninstall()


# --- exact codes only ------------------------------------------------------------------------
def test_part_of_an_inventory_number_opens_nothing(qtbot, scene_for, catalog):
    catalog.create_record_with_holdings(
        RecordData(title="Абай жолы"), series=SeriesRequest(count=1, first_number="10234")
    )
    second = catalog.create_record(RecordData(title="Көшпенділер"))
    scene = scene_for(catalog, layout="kk")
    window = scene.window
    window.select_record(second)
    for partial in ("1023", "0234"):
        scene.keyboard.scan(partial)
        assert window.current_record_id() == second  # nothing opened
        assert window.statusBar().currentMessage() == f"No copy with the code «{partial}»."
        box = scene.router.not_found_box()
        assert box is not None and box.isVisible()
        assert box.text() == f"No copy with the code «{partial}». Search for it as text?"
    assert scene.scanned == ["1023", "0234"]
    assert window.search_bar.edit.text() == ""
    # "Yes": search for the digits as text, in the search box
    box = scene.router.not_found_box()
    box.button(QMessageBox.StandardButton.Yes).click()
    assert window.search_bar.edit.text() == "0234"
    assert scene.router.not_found_box() is None


# --- ISBN ------------------------------------------------------------------------------------
def test_isbn_barcode_finds_the_record(qtbot, scene_for, demo_catalog, library):
    scene = scene_for(demo_catalog, layout="kk")
    window = scene.window
    typed = scene.keyboard.scan(ISBN)
    assert typed == 'ұ.ү,қ"."ғ""іі'
    assert scene.scanned == [ISBN]
    assert window.current_record_id() == library["other"]
    assert window.search_bar.edit.text() == ""
    assert window.statusBar().currentMessage() == "Scanned: ISBN 978-601-7151-13-3."


def test_isbn_of_several_records_lists_them(qtbot, scene_for, demo_catalog):
    first = demo_catalog.create_record(RecordData(title="Физика 7", isbns=[OTHER_ISBN]))
    second = demo_catalog.create_record(RecordData(title="Физика 7 (2-бас.)", isbns=[OTHER_ISBN]))
    scene = scene_for(demo_catalog)
    window = scene.window
    scene.keyboard.scan(OTHER_ISBN)
    _wait_search(qtbot, window, 2)
    assert sorted(window.model.ids()) == sorted([first, second])
    assert window.search_bar.edit.text() == "978-0-306-40615-7"


def test_unknown_isbn_says_so(qtbot, scene_for, demo_catalog):
    scene = scene_for(demo_catalog)
    scene.keyboard.scan("9780000000002")
    message = scene.window.statusBar().currentMessage()
    assert message == "No record with the ISBN 978-0-00-000000-2."
    box = scene.router.not_found_box()
    assert box is not None and "Search for it as text?" in box.text()


# --- dialogs -------------------------------------------------------------------------------
@pytest.fixture
def editor_for(qtbot, monkeypatch):
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard)
    )
    editors: list[RecordEditor] = []

    def make(scene: Scene) -> RecordEditor:
        editor = RecordEditor(scene.window.service, None, scene.window)
        editors.append(editor)
        editor.open()  # modal over the main window, as while editing
        qtbot.waitExposed(editor)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow, timeout=3000)
        return editor

    yield make
    for editor in editors:
        editor.reject()


def _focus(qtbot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def test_scan_into_the_record_editor_title_leaves_no_digits(
    qtbot, scene_for, editor_for, demo_catalog, library
):
    scene = scene_for(demo_catalog, layout="kk")
    editor = editor_for(scene)
    _focus(qtbot, editor.title_edit)
    send_text(editor.title_edit, "Абай")
    scene.keyboard.scan("10234")
    assert editor.title_edit.text() == "Абай"
    assert editor.isVisible()  # the scanner's Enter did not save the form
    assert scene.scanned == ["10234"]
    assert scene.window.current_record_id() == library["abai"]  # opened behind the editor


def test_scan_into_the_isbn_field_types_the_digits(qtbot, scene_for, editor_for, demo_catalog):
    scene = scene_for(demo_catalog, layout="kk")
    editor = editor_for(scene)
    isbn_edit = editor.findChild(QLineEdit, "isbnEdit0")
    _focus(qtbot, isbn_edit)
    fielded: list[str] = []
    scene.detector.scannedIntoField.connect(fielded.append)
    scene.keyboard.scan(ISBN)
    assert fielded == [ISBN]
    assert scene.scanned == []
    assert isbn_edit.text() == "978-601-7151-13-3"
    assert QApplication.focusWidget() is editor.title_edit  # the Enter reached the field


def test_scan_that_lands_late_is_taken_back(qtbot, scene_for, demo_catalog, library):
    """A busy event loop may deliver the first keys before the rest arrive."""
    scene = scene_for(demo_catalog, layout="kk")
    edit = scene.window.search_bar.edit
    keyboard = scene.keyboard
    keyboard.press("1", 6)
    keyboard.press("0", 6)
    qtbot.waitUntil(lambda: edit.text() == '"қ', timeout=2000)  # the hold timer gave up
    for ch in "234":
        keyboard.press(ch, 6)
    keyboard.enter(6)
    assert scene.scanned == ["10234"]
    assert edit.text() == ""
    assert scene.selected_copy() == "10234"
