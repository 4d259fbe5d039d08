"""Barcode and QR scanners in any keyboard layout: recognise a scan, open what it names.

A USB scanner is a keyboard: it "types" the code, then Enter, into whatever
widget has focus, pressing the keys a US keyboard would need. Under the Kazakh
layout the digits then arrive as «ә і ң ғ…», under Russian the letters as
Cyrillic, and in any case the code lands in the search box or the field being
edited. :class:`ScanDetector` watches every key press of the application and
tells a scan from typing by its speed; :class:`ScanRouter` opens the copy (or
the records of an ISBN) it names; :func:`install_scanner` wires both to the
main window.

How a scan is kept out of the focused field: *hold back, then replay*. Every
printable key press from a device (a real, time-stamped event) is held back
for a moment instead of being delivered. If the next key follows within
``interval_ms`` (35 ms: people type 60 ms or more apart), it is held too; when
Enter (or Tab, if enabled) ends a run of at least ``min_length`` such keys, the
run is a scan: the held keys and the Enter are dropped and ``scanned(code)`` is
emitted. Otherwise — a pause, another key, a human's Enter — the held keys are
delivered unchanged, in their order, to the widget they were meant for. People
typing therefore see each character about ``hold_ms`` (55 ms) later than
without the detector, and get exactly what they typed: Kazakh and Russian
text, dead keys, Ctrl/Alt shortcuts, auto-repeat and input-method text pass
through as before. Should a stalled event loop deliver the first keys of a
scan before the rest arrive, they are removed again from a line or text edit.

Fields that *expect* scans (an ISBN field, a copy's barcode field: see
:func:`is_scan_target`) get the code itself, in ASCII whatever the layout,
followed by the scanner's Enter; ``scannedIntoField(code)`` says so.

Each key of a scan is read by its position when the platform reports one
(Windows scan codes, X11/Wayland keycodes: see ``catalog.keyboard_layouts``),
else from its text mapped back from the Kazakh or Russian layout.

Events without a timestamp (``QTest``, ``sendEvent`` of a fresh ``QKeyEvent``)
do not come from a device and are left alone, unless a ``clock`` is given —
which is how a test drives the detector with synthetic key presses.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from shkola_lib.catalog import isbn as isbn_mod
from shkola_lib.catalog.keyboard_layouts import (
    guess_layout,
    layout_to_ascii,
    native_key_to_ascii,
)
from shkola_lib.ui.widgets.isbn_edit import IsbnEdit

if TYPE_CHECKING:
    from shkola_lib.catalog.service import CatalogService
    from shkola_lib.ui.main_window import MainWindow

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 35
DEFAULT_MIN_LENGTH = 4
DEFAULT_MAX_LENGTH = 256
# A widget with this dynamic property set to True takes scans as typed text
# (in ASCII); set to False, it never does, whatever is_scan_target() would say.
SCAN_TARGET_PROPERTY = "scanTarget"

_KEY_PRESS = QEvent.Type.KeyPress
_KEY_RELEASE = QEvent.Type.KeyRelease
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Meta,
        Qt.Key.Key_Alt,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_ScrollLock,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
        Qt.Key.Key_Hyper_L,
        Qt.Key.Key_Hyper_R,
        Qt.Key.Key_Mode_switch,
    }
)
_ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
# Key events a detector is delivering itself: every detector lets them through.
_REPLAYING: set[int] = set()


def is_scan_target(widget: QWidget) -> bool:
    """True for a field meant to receive scanned codes as text.

    The ``scanTarget`` property decides when set; otherwise the ISBN fields and
    the barcode fields of the copy dialogs (object name ``barcodeEdit``) are.
    """
    value = widget.property(SCAN_TARGET_PROPERTY)
    if value is not None:
        return bool(value)
    return isinstance(widget, IsbnEdit) or widget.objectName() == "barcodeEdit"


def isbn_of_scan(code: str) -> str | None:
    """The ISBN-13 an EAN-13 book barcode carries (978/979…), else None.

    A 2- or 5-digit add-on (price) after the 13 digits is ignored.
    """
    digits = code.strip()
    if not digits.isascii() or not digits.isdigit() or len(digits) not in (13, 15, 18):
        return None
    body = digits[:13]
    if body[:3] not in ("978", "979") or not isbn_mod.is_valid(body):
        return None
    return body


@dataclass(frozen=True)
class _Key:
    """One printable key press of a run: its text and, if known, its US character."""

    text: str
    native: str | None
    keypad: bool


class ScanDetector(QObject):
    """Application-wide event filter that recognises scanner input by its speed.

    Install it with :meth:`install` (on the application: a filter on one widget
    would only see that widget's own events).
    """

    scanned = Signal(str)  # the code, in ASCII: it did not reach any widget
    scannedIntoField = Signal(str)  # the code, typed in ASCII into a scan-target field

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        min_length: int = DEFAULT_MIN_LENGTH,
        max_length: int = DEFAULT_MAX_LENGTH,
        tab_terminates: bool = False,
        hold_ms: int | None = None,
        platform: str | None = None,
        clock: Callable[[], int] | None = None,
        scan_target: Callable[[QWidget], bool] = is_scan_target,
    ) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self.min_length = min_length
        self.max_length = max_length
        self.tab_terminates = tab_terminates
        # Native key codes are read the way this platform reports them.
        self.platform = platform if platform is not None else QGuiApplication.platformName()
        self._clock = clock
        self._scan_target = scan_target
        self._installed_on: QObject | None = None
        # the current run of fast printable keys
        self._run: list[_Key] = []
        self._last_ms: int | None = None
        self._receiver: QWidget | None = None
        self._held: list[tuple[QWidget, QKeyEvent]] = []  # not yet delivered, in order
        self._leaked = ""  # keys of the run delivered by the timer (a stalled event loop)
        self._swallow_release: set[int] = set()  # the scanner's Enter: its release too
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms if hold_ms is not None else interval_ms + 20)
        self._timer.timeout.connect(self._deliver_late)

    # --- installing -------------------------------------------------------------
    def install(self, target: QObject | None = None) -> None:
        """Watch the key presses of ``target`` (default: the whole application)."""
        self.uninstall()
        self._installed_on = target if target is not None else QApplication.instance()
        if self._installed_on is not None:
            self._installed_on.installEventFilter(self)

    def uninstall(self) -> None:
        """Stop watching; held keys are delivered first."""
        self.flush()
        if self._installed_on is not None and shiboken6.isValid(self._installed_on):
            self._installed_on.removeEventFilter(self)
        self._installed_on = None

    def flush(self) -> None:
        """Deliver the held keys now and forget the run (e.g. before a test looks)."""
        self._deliver()
        self._reset()

    # --- the filter -------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        etype = event.type()
        if etype != _KEY_PRESS and etype != _KEY_RELEASE:
            return False
        if not isinstance(watched, QWidget) or not isinstance(event, QKeyEvent):
            return False
        # Only at the key's first widget: the same event then climbs to the parents.
        focus = QApplication.focusWidget()
        if (watched is not focus) if focus is not None else not watched.isWindow():
            return False
        if shiboken6.getCppPointer(event)[0] in _REPLAYING:
            return False
        if etype == _KEY_RELEASE:
            return self._release(watched, event)
        return self._press(watched, event)

    def _press(self, widget: QWidget, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:  # the scanner's Shift for a capital: part of the run
            if self._held:
                self._hold(widget, event)
                return True
            return False
        now = self._time(event)
        if now is None or event.modifiers() & _COMMAND_MODIFIERS:
            self.flush()  # not from a device, or a shortcut: deliver what is held, in order
            return False
        if key in _ENTER_KEYS or (self.tab_terminates and key == Qt.Key.Key_Tab):
            return self._terminator(widget, event, now)
        text = event.text()
        if len(text) != 1 or not text.isprintable() or event.isAutoRepeat():
            self.flush()
            return False
        last = self._last_ms
        if last is None or widget is not self._receiver or not 0 <= now - last <= self.interval_ms:
            self.flush()  # a pause: a new run starts with this key
            self._receiver = widget
        self._run.append(self._key_of(event))
        self._last_ms = now
        self._hold(widget, event)
        self._timer.start()
        return True

    def _release(self, widget: QWidget, event: QKeyEvent) -> bool:
        if event.key() in self._swallow_release and not event.isAutoRepeat():
            self._swallow_release.discard(event.key())
            return True
        if self._held:  # keep press and release in order (a button clicks on release)
            self._hold(widget, event)
            return True
        return False

    def _terminator(self, widget: QWidget, event: QKeyEvent, now: int) -> bool:
        self._swallow_release.clear()
        code = self._scan_code(widget, now)
        if code is None:  # a person's Enter
            self.flush()
            return False
        leaked, self._leaked = self._leaked, ""
        self._held.clear()
        self._reset()
        if leaked:
            _remove_typed(widget, leaked)
        if self._scan_target(widget):
            self._type_into(widget, code)
            self.scannedIntoField.emit(code)
            return False  # the field gets the scanner's Enter too
        self._swallow_release.add(event.key())
        event.accept()
        self.scanned.emit(code)
        return True

    def _scan_code(self, widget: QWidget, now: int) -> str | None:
        """The code if the run ending now is a scan, else None."""
        run, last = self._run, self._last_ms
        if last is None or widget is not self._receiver:
            return None
        if not self.min_length <= len(run) <= self.max_length:
            return None
        if not 0 <= now - last <= self.interval_ms:
            return None
        layout = guess_layout("".join(k.text for k in run))
        chars = []
        for k in run:
            if k.native is not None:
                chars.append(k.native)
            elif k.keypad:
                chars.append(k.text)
            else:
                chars.append(layout_to_ascii(k.text, layout))
        code = "".join(chars)
        if not all(" " <= ch <= "~" for ch in code):
            return None  # not something a scanner types
        return code

    # --- helpers ----------------------------------------------------------------
    def _time(self, event: QKeyEvent) -> int | None:
        """Milliseconds of the key press; None for a synthetic event without a clock."""
        stamp = event.timestamp()
        if stamp:
            return int(stamp)
        return self._clock() if self._clock is not None else None

    def _key_of(self, event: QKeyEvent) -> _Key:
        modifiers = event.modifiers()
        keypad = bool(modifiers & Qt.KeyboardModifier.KeypadModifier)
        native = None
        if not keypad:
            native = native_key_to_ascii(
                self.platform,
                event.nativeScanCode(),
                event.nativeVirtualKey(),
                shift=bool(modifiers & Qt.KeyboardModifier.ShiftModifier),
            )
        return _Key(event.text(), native, keypad)

    def _hold(self, widget: QWidget, event: QKeyEvent) -> None:
        self._held.append((widget, QKeyEvent(event)))
        event.accept()

    def _deliver(self) -> None:
        held, self._held = self._held, []
        for widget, event in held:
            self._send(widget, event)

    def _deliver_late(self) -> None:
        """The timer: no key followed in time. Deliver, but keep the run going."""
        for _widget, event in self._held:
            if event.type() == _KEY_PRESS and event.key() not in _MODIFIER_KEYS:
                self._leaked += event.text()
        self._deliver()

    def _send(self, widget: QWidget, event: QKeyEvent) -> None:
        if not shiboken6.isValid(widget):
            return
        pointer = shiboken6.getCppPointer(event)[0]
        _REPLAYING.add(pointer)
        try:
            QApplication.sendEvent(widget, event)
        finally:
            _REPLAYING.discard(pointer)

    def _type_into(self, widget: QWidget, code: str) -> None:
        for ch in code:
            key = ord(ch.upper()) if ch.isalpha() else ord(ch)
            for etype in (_KEY_PRESS, _KEY_RELEASE):
                self._send(widget, QKeyEvent(etype, key, Qt.KeyboardModifier.NoModifier, ch))

    def _reset(self) -> None:
        self._timer.stop()
        self._run = []
        self._last_ms = None
        self._receiver = None
        self._leaked = ""


def _remove_typed(widget: QWidget, text: str) -> None:
    """Take ``text`` back out of the field, if it is right before the cursor."""
    edit = widget if isinstance(widget, QLineEdit) else None
    if edit is None and isinstance(widget, QAbstractSpinBox):
        edit = widget.findChild(QLineEdit)
    if edit is not None:
        cursor = edit.cursorPosition()
        if cursor >= len(text) and edit.text()[cursor - len(text) : cursor] == text:
            edit.setSelection(cursor - len(text), len(text))
            edit.del_()
        return
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        text_cursor = widget.textCursor()
        position = text_cursor.position()
        if position >= len(text):
            text_cursor.setPosition(position - len(text), QTextCursor.MoveMode.KeepAnchor)
            if text_cursor.selectedText() == text:
                text_cursor.removeSelectedText()


class ScanRouter(QObject):
    """Opens what a scanned code names: a copy, else the records of an ISBN.

    Only exact matches: a code that is part of an inventory number finds nothing
    (the user is asked whether to search for it as text instead).
    """

    searchRequested = Signal(str)  # the user chose to search for an unknown code as text

    def __init__(
        self,
        service: CatalogService,
        open_copy: Callable[[int, int], None],
        open_records: Callable[[list[int]], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._open_copy = open_copy
        self._open_records = open_records
        self._widget = parent
        self._box: QMessageBox | None = None
        self.last_code = ""  # the code being routed (set before the callbacks run)

    def route(self, code: str) -> None:
        """Open the copy, or the records of the ISBN, that ``code`` names exactly."""
        code = code.strip()
        if not code:
            return
        self.last_code = code
        self._close_box()
        isbn13 = None
        record_ids: list[int] = []
        try:
            hit = self._service.find_copy(code)
            if hit is None:
                isbn13 = isbn_of_scan(code)
                if isbn13 is not None:
                    record_ids = self._service.find_records_by_isbn(isbn13)
        except Exception as exc:
            log.exception("Looking up the scanned code %r failed", code)
            self._status(
                self.tr("The scanned code «{code}» could not be looked up: {error}").format(
                    code=code, error=exc
                ),
                0,
            )
            return
        if hit is not None:
            self._open_copy(hit.record_id, hit.copy_id)
            self._status(
                self.tr("Scanned: copy {number}.").format(number=hit.inventory_number), 6000
            )
        elif record_ids:
            self._open_records(record_ids)
            shown = isbn_mod.hyphenate(isbn13 or code)
            if len(record_ids) == 1:
                message = self.tr("Scanned: ISBN {isbn}.").format(isbn=shown)
            else:
                message = self.tr("Scanned: ISBN {isbn}, {n} records.").format(
                    isbn=shown, n=len(record_ids)
                )
            self._status(message, 6000)
        else:
            self._not_found(code, isbn13)

    def _not_found(self, code: str, isbn13: str | None) -> None:
        if isbn13 is not None:
            shown = isbn_mod.hyphenate(isbn13)
            status = self.tr("No record with the ISBN {isbn}.").format(isbn=shown)
            question = self.tr("No record with the ISBN {isbn}. Search for it as text?").format(
                isbn=shown
            )
        else:
            status = self.tr("No copy with the code «{code}».").format(code=code)
            question = self.tr("No copy with the code «{code}». Search for it as text?").format(
                code=code
            )
        self._status(status, 10000)
        modal = QApplication.activeModalWidget()
        if modal is not None or self._widget is None:
            QApplication.beep()  # a dialog is open: no search behind it, the status says it
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Scanned code"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._widget,
        )
        box.setObjectName("scanNotFoundBox")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda result, b=box, c=code: self._answered(b, result, c))
        self._box = box
        box.open()  # not exec(): the window stays usable, the next scan replaces it

    def _answered(self, box: QMessageBox, result: int, code: str) -> None:
        if box is not self._box:
            return
        self._box = None
        if result == QMessageBox.StandardButton.Yes.value:
            self.searchRequested.emit(code)

    def _close_box(self) -> None:
        box, self._box = self._box, None
        if box is not None and shiboken6.isValid(box):
            box.done(QMessageBox.StandardButton.No.value)

    def not_found_box(self) -> QMessageBox | None:
        """The open "search for it as text?" question, if any."""
        box = self._box
        return box if box is not None and shiboken6.isValid(box) else None

    def _status(self, message: str, timeout: int) -> None:
        window = self._widget.window() if self._widget is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, timeout)


# --- the main window's side ------------------------------------------------------------
def install_scanner(
    window: MainWindow, service: CatalogService, **options: Any
) -> tuple[ScanDetector, ScanRouter]:
    """Watch for scans anywhere in the application and open them in ``window``.

    ``options`` go to :class:`ScanDetector` (``interval_ms``, ``tab_terminates``…).
    The detector and the router are children of the window and go with it.
    """
    detector = ScanDetector(window, **options)
    router = ScanRouter(
        service,
        lambda record_id, copy_id: open_in_window(window, record_id, copy_id),
        lambda record_ids: show_records_in_window(window, record_ids, router.last_code),
        window,
    )
    detector.scanned.connect(router.route)
    router.searchRequested.connect(lambda code: search_in_window(window, code))
    detector.install()
    return detector, router


def open_in_window(window: MainWindow, record_id: int, copy_id: int | None = None) -> None:
    """Select the record (and copy); if the search hides it, show the whole catalog."""
    if window.select_record(record_id, copy_id=copy_id):
        return
    bar = window.search_bar
    if bar.type_combo.currentIndex() != 0:
        bar.type_combo.setCurrentIndex(0)
    if bar.query():
        bar.set_query("")
        bar.search_now()
    window.refresh(select=record_id, copy_id=copy_id)


def show_records_in_window(window: MainWindow, record_ids: list[int], code: str) -> None:
    """One record: open it. Several (one ISBN): search for the ISBN, which lists them."""
    if len(record_ids) == 1:
        open_in_window(window, record_ids[0])
        return
    bar = window.search_bar
    if bar.type_combo.currentIndex() != 0:
        bar.type_combo.setCurrentIndex(0)
    isbn13 = isbn_of_scan(code)
    bar.set_query(isbn_mod.hyphenate(isbn13) if isbn13 else code)
    bar.search_now()


def search_in_window(window: MainWindow, code: str) -> None:
    """Put the code in the search box and search for it at once."""
    bar = window.search_bar
    bar.set_query(code)
    bar.search_now()
    bar.edit.setFocus(Qt.FocusReason.OtherFocusReason)
