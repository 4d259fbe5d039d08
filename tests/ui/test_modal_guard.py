"""The modal-dialog guard (tests/modal_guard.py): an unanswered dialog fails, never hangs.

The sample tests run in a pytest of their own, with the guard as its only plugin, so that
the failures they are meant to produce are looked at here instead of failing this run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

SAMPLE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox


def test_unpatched_warning(qapp):
    answer = QMessageBox.warning(None, "Disk trouble", "The disk is full")
    assert answer == QMessageBox.StandardButton.Cancel  # answered at once


def test_patched_warning(qapp, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
    QMessageBox.warning(None, "Disk trouble", "The disk is full")
    assert told == ["The disk is full"]


def test_unpatched_question_in_a_slot(qtbot):
    asked = []
    QTimer.singleShot(0, lambda: asked.append(QMessageBox.question(None, "Delete?", "Sure?")))
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [QMessageBox.StandardButton.Cancel]


def test_unpatched_file_and_input_dialogs(qapp):
    assert QFileDialog.getOpenFileName(None, "Choose a MARC file") == ("", "")
    assert QInputDialog.getInt(None, "Demo", "How many records?") == (0, False)


def test_unanswered_exec_is_closed(qapp, modal_guard):
    modal_guard.grace_s = 0.3
    box = QMessageBox(QMessageBox.Icon.Critical, "Program error", "Something broke")
    assert box.exec() == QDialog.DialogCode.Rejected.value


def test_exec_patched_on_the_class(qapp, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: 7)
    assert QMessageBox(QMessageBox.Icon.Warning, "Error", "Broke").exec() == 7


def test_exec_answered_from_the_test(qapp):
    dialog = QDialog()
    dialog.setWindowTitle("Editor")
    QTimer.singleShot(0, dialog.accept)
    assert dialog.exec() == QDialog.DialogCode.Accepted.value


def test_open_and_show_are_not_touched(qtbot):
    box = QMessageBox(QMessageBox.Icon.Question, "Not found", "Add it?")
    qtbot.addWidget(box)
    box.open()
    qtbot.waitExposed(box)
    box.done(0)


def test_failing_test_also_names_the_dialog(qapp):
    QMessageBox.critical(None, "Crash", "Boom")
    raise AssertionError("the test's own failure")


def test_dialog_opened_at_teardown(qapp, request):
    request.addfinalizer(lambda: QMessageBox.information(None, "Bye", "Closing"))
"""

EXPECTED_FAILURES = {
    "test_unpatched_warning": [
        "unexpected modal message box QMessageBox.warning(): 'Disk trouble' — 'The disk is full'",
        "test_sample.py:7 in test_unpatched_warning",
        "patch it in the test",
    ],
    "test_unpatched_question_in_a_slot": [
        "unexpected modal message box QMessageBox.question(): 'Delete?' — 'Sure?'",
    ],
    "test_unpatched_file_and_input_dialogs": [
        "unexpected modal file dialog QFileDialog.getOpenFileName(): 'Choose a MARC file'",
        "unexpected modal input dialog QInputDialog.getInt(): 'Demo' — 'How many records?'",
    ],
    "test_unanswered_exec_is_closed": [
        "unexpected modal dialog QMessageBox.exec(): 'Program error' — 'Something broke' "
        "was still open after 0.3 s and was closed",
    ],
    "test_failing_test_also_names_the_dialog": [
        "the test's own failure",
        "unexpected modal message box QMessageBox.critical(): 'Crash' — 'Boom'",
    ],
}
EXPECTED_PASSES = {
    "test_patched_warning",
    "test_exec_patched_on_the_class",
    "test_exec_answered_from_the_test",
    "test_open_and_show_are_not_touched",
}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str]]:
    """Each sample test's outcome ("passed", "failure" or "error") and its message."""
    folder = tmp_path_factory.mktemp("modal_guard")
    (folder / "test_sample.py").write_text(textwrap.dedent(SAMPLE), encoding="utf-8")
    (folder / "pytest.ini").write_text("[pytest]\nqt_api = pyside6\n", encoding="utf-8")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    started = time.monotonic()
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "tests.modal_guard",
            "-p",
            "no:cacheprovider",
            "-c",
            str(folder / "pytest.ini"),
            "--rootdir",
            str(folder),
            f"--junitxml={folder / 'report.xml'}",
            "test_sample.py",
        ],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,  # the point: without the guard this would never return
        check=False,
    )
    elapsed = time.monotonic() - started
    assert completed.returncode == 1, completed.stdout + completed.stderr
    assert elapsed < 45, f"the sample run took {elapsed:.1f} s"
    found: dict[str, tuple[str, str]] = {}
    for case in ET.parse(folder / "report.xml").getroot().iter("testcase"):
        name = case.attrib["name"]
        kinds = [child for child in case if child.tag in ("failure", "error")]
        for child in kinds:  # a test may fail in its body and error at teardown
            found[name] = (child.tag, f"{child.get('message', '')}\n{child.text or ''}")
        if not kinds:
            found[name] = ("passed", "")
    return found


@pytest.mark.parametrize("name", sorted(EXPECTED_FAILURES))
def test_an_unanswered_dialog_fails_the_test_with_its_title_and_text(
    outcomes: dict[str, tuple[str, str]], name: str
) -> None:
    kind, message = outcomes[name]
    assert kind == "failure", message
    for expected in EXPECTED_FAILURES[name]:
        assert expected in message


@pytest.mark.parametrize("name", sorted(EXPECTED_PASSES))
def test_a_dialog_the_test_patches_or_answers_passes(
    outcomes: dict[str, tuple[str, str]], name: str
) -> None:
    assert outcomes[name] == ("passed", "")


def test_a_dialog_opened_at_teardown_fails_there(outcomes: dict[str, tuple[str, str]]) -> None:
    kind, message = outcomes["test_dialog_opened_at_teardown"]
    assert kind == "error"
    assert "unexpected modal message box QMessageBox.information(): 'Bye' — 'Closing'" in message


def test_the_guard_answers_at_once_inside_this_run(modal_guard) -> None:
    """Here too: the stand-in answers without blocking and notes the box."""
    from PySide6.QtWidgets import QMessageBox

    assert QMessageBox.question(None, "Delete?", "Sure?") == QMessageBox.StandardButton.Cancel
    assert len(modal_guard.opened) == 1 and "'Delete?' — 'Sure?'" in modal_guard.opened[0]
    modal_guard.opened.clear()  # noted, and deliberately so: this test must pass
