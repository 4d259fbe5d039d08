"""A modal dialog that no test answers fails that test instead of hanging the whole run.

On the offscreen platform an unpatched ``QMessageBox.warning(...)`` or ``dialog.exec()``
waits for a click that never comes: the run stops there, and nothing says which test or
which dialog is to blame. The autouse ``modal_guard`` fixture (registered by
``tests/conftest.py``) therefore replaces, for every test:

* the static message boxes (``QMessageBox.warning``, ``critical``, ``information``,
  ``question``, ``about``, ``aboutQt``), file dialogs (``QFileDialog.getOpenFileName`` ...)
  and input dialogs (``QInputDialog.getInt`` ...) with stand-ins that open nothing, note the
  call and answer at once as a user who cancels;
* ``exec()`` of every dialog (``QDialog.exec``, hence message boxes, wizards, file dialogs;
  ``QPrintDialog.exec`` and ``QPageSetupDialog.exec``, which Qt binds separately) with the
  real ``exec()`` under a watchdog. A test may still answer a real modal dialog itself (a
  ``QTimer.singleShot`` that fills it in and clicks Save), but a dialog still open after
  ``grace_s`` seconds is noted and closed as rejected.

Nothing is raised where the dialog is opened: that is often inside a Qt slot, where an
exception never reaches pytest, or under the program's own ``except Exception``. The test
fails right after its body (or at teardown, for a dialog opened there), naming each dialog
and the line that opened it. A test's own ``monkeypatch.setattr(QMessageBox, "warning", ...)``
or ``monkeypatch.setattr(QMessageBox, "exec", ...)`` is made after the guard's, so it wins,
and is undone before it. Dialogs shown with ``open()`` or ``show()`` are not touched.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field

import pytest
import shiboken6
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

#: How long a real ``exec()`` may stay open before the guard closes it and fails the test.
GRACE_S = 5.0

_Answer = Callable[[], object]

# What a user who cancels gets back; a factory each, so no list is shared between calls.
_MESSAGE_BOXES: dict[str, _Answer] = {
    "warning": lambda: QMessageBox.StandardButton.Cancel,
    "critical": lambda: QMessageBox.StandardButton.Cancel,
    "information": lambda: QMessageBox.StandardButton.Cancel,
    "question": lambda: QMessageBox.StandardButton.Cancel,
    "about": lambda: None,
    "aboutQt": lambda: None,
}
_FILE_DIALOGS: dict[str, _Answer] = {
    "getOpenFileName": lambda: ("", ""),
    "getOpenFileNames": lambda: ([], ""),
    "getSaveFileName": lambda: ("", ""),
    "getExistingDirectory": lambda: "",
    "getOpenFileUrl": lambda: (QUrl(), ""),
    "getOpenFileUrls": lambda: ([], ""),
    "getSaveFileUrl": lambda: (QUrl(), ""),
    "getExistingDirectoryUrl": lambda: QUrl(),
}
_INPUT_DIALOGS: dict[str, _Answer] = {
    "getInt": lambda: (0, False),
    "getDouble": lambda: (0.0, False),
    "getText": lambda: ("", False),
    "getMultiLineText": lambda: ("", False),
    "getItem": lambda: ("", False),
}
# (class, name of the title argument, name of the text argument, or None, what it is)
_STATICS: tuple[tuple[type, dict[str, _Answer], str, str | None, str], ...] = (
    (QMessageBox, _MESSAGE_BOXES, "title", "text", "message box"),
    (QFileDialog, _FILE_DIALOGS, "caption", None, "file dialog"),
    (QInputDialog, _INPUT_DIALOGS, "title", "label", "input dialog"),
)

_KEY = pytest.StashKey["ModalGuard"]()
_REJECTED = QDialog.DialogCode.Rejected.value
_base_done = QDialog.done  # past any Python ``done``/``reject`` that could ask a question


def _exec_classes() -> list[type]:
    """QDialog and the dialogs whose ``exec`` Qt binds on its own, not inherited."""
    classes: list[type] = [QDialog]
    try:
        from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog
    except ImportError:  # pragma: no cover - print support is part of PySide6-Essentials
        return classes
    return [*classes, QPrintDialog, QPageSetupDialog]


def _short(value: object, limit: int = 200) -> str:
    text = " ".join(str(value).split())
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _argument(args: tuple[object, ...], kwargs: dict[str, object], index: int, name: str) -> str:
    if len(args) > index:
        return _short(args[index])
    return _short(kwargs.get(name, ""))


def _opened_at() -> str:
    """The first line outside this module: where the program opened the dialog."""
    frame = sys._getframe(1)
    while frame.f_back is not None and frame.f_globals.get("__name__") == __name__:
        frame = frame.f_back
    path = frame.f_code.co_filename
    try:
        path = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        pass
    return f"{path}:{frame.f_lineno} in {frame.f_code.co_name}"


@dataclass
class ModalGuard:
    """What one test opened; a test may lower or raise ``grace_s`` for its real ``exec()``."""

    grace_s: float = GRACE_S
    opened: list[str] = field(default_factory=list)
    _reported: int = 0

    def unreported(self) -> list[str]:
        return self.opened[self._reported :]

    def report(self) -> str:
        """The dialogs not yet reported, as a failure message; they count as reported."""
        new = self.unreported()
        self._reported = len(self.opened)
        return "\n".join(
            [*new, "(offscreen, a modal dialog nobody answers blocks the whole run forever)"]
        )

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        for cls, answers, title, text, kind in _STATICS:
            for name, answer in answers.items():
                stand_in = self._stand_in(kind, f"{cls.__name__}.{name}", title, text, answer)
                monkeypatch.setattr(cls, name, staticmethod(stand_in))
        for cls in _exec_classes():
            for name in ("exec", "exec_"):
                original = cls.__dict__.get(name)
                if original is not None:
                    monkeypatch.setattr(cls, name, self._watched_exec(original))

    def _stand_in(
        self, kind: str, call: str, title: str, text: str | None, answer: _Answer
    ) -> Callable[..., object]:
        def stand_in(*args: object, **kwargs: object) -> object:
            shown = _argument(args, kwargs, 1, title)
            if text is not None:
                shown += f" — {_argument(args, kwargs, 2, text)}"
            self.opened.append(
                f"unexpected modal {kind} {call}(): {shown} (opened at {_opened_at()}); "
                "patch it in the test"
            )
            return answer()

        return stand_in

    def _watched_exec(self, original: Callable[..., int]) -> Callable[..., int]:
        def exec_(dialog: QDialog, *args: object) -> int:
            where = _opened_at()
            watchdog = QTimer()
            watchdog.setSingleShot(True)
            watchdog.timeout.connect(lambda: self._close_unanswered(dialog, where))
            watchdog.start(max(0, round(self.grace_s * 1000)))
            try:
                return original(dialog, *args)
            finally:
                watchdog.stop()

        return exec_

    def _close_unanswered(self, dialog: QDialog, where: str) -> None:
        if not shiboken6.isValid(dialog) or not dialog.isVisible():
            return
        shown = _short(dialog.windowTitle())
        if isinstance(dialog, QMessageBox):
            shown += f" — {_short(dialog.text())}"
        self.opened.append(
            f"unexpected modal dialog {type(dialog).__name__}.exec(): {shown} was still open "
            f"after {self.grace_s:g} s and was closed (opened at {where}); "
            "patch its exec() or answer it from the test"
        )
        _base_done(dialog, _REJECTED)


@pytest.fixture(autouse=True)
def modal_guard(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ModalGuard]:
    """Every test runs with the guard; a dialog opened during teardown fails it there."""
    guard = ModalGuard()
    guard.install(monkeypatch)
    request.node.stash[_KEY] = guard
    yield guard
    if guard.unreported():
        pytest.fail(guard.report(), pytrace=False)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, None, None]:
    """Fail the test itself, not its teardown; if it failed anyway, name the dialogs too."""
    guard = item.stash.get(_KEY, None)
    try:
        yield
    except BaseException as exc:
        if guard is not None and guard.unreported():
            exc.add_note(guard.report())
        raise
    if guard is not None and guard.unreported():
        pytest.fail(guard.report(), pytrace=False)
