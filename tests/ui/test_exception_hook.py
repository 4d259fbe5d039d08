"""An unexpected error is logged and shown, not lost."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from shkola_lib.logs import log_file, setup_logging
from shkola_lib.ui.exception_hook import ExceptionHook


def test_uncaught_error_is_logged_and_shown(qapp, monkeypatch) -> None:
    setup_logging()
    shown: list[tuple[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.informativeText(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    hook = ExceptionHook()
    try:
        assert sys.excepthook == hook._hook
        try:
            raise RuntimeError("диск толып қалды")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        qapp.processEvents()
    finally:
        hook.uninstall()
    assert hook.dialogs_shown == 1
    info, details = shown[0]
    assert "диск толып қалды" in info
    assert str(log_file()) in info
    assert "RuntimeError" in details
    text = Path(log_file()).read_text(encoding="utf-8")
    assert "диск толып қалды" in text and "Traceback" in text
    assert sys.excepthook is not hook._hook


def test_a_full_disk_is_told_as_such_not_as_a_program_error(qapp, monkeypatch) -> None:
    import sqlite3

    setup_logging()
    shown: list[tuple[str, str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text(), box.informativeText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    hook = ExceptionHook()
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError:
            sys.excepthook(*sys.exc_info())
        qapp.processEvents()
    finally:
        hook.uninstall()
    title, text, info = shown[0]
    assert title == "Shkola-Lib" and text.startswith("The disk that holds the catalog is full")
    assert "unexpected" not in text and str(log_file()) in info
