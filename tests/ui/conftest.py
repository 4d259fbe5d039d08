"""GUI fixtures: the real main window over a real catalog file, tasks run synchronously."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from shkola_lib import i18n
from shkola_lib.catalog.service import CatalogService
from shkola_lib.settings import Settings
from shkola_lib.ui.main_window import MainWindow
from shkola_lib.ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def _qt_translate(qapp) -> Iterator[None]:
    i18n.set_translator(QCoreApplication.translate)
    yield
    i18n.set_translator(None)


@pytest.fixture
def sync_runner(qapp) -> TaskRunner:
    return TaskRunner(synchronous=True)


@pytest.fixture
def make_window(qtbot, sync_runner: TaskRunner):
    def make(service: CatalogService) -> MainWindow:
        window = MainWindow(service, Settings(), runner=sync_runner)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        return window

    return make


def send_text(widget, text: str) -> None:
    """Type any Unicode text (Kazakh, Russian) into a widget as real key events.

    ``QTest.keyClicks`` only handles ASCII (it asserts on other characters).
    """
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


@pytest.fixture
def type_text():
    return send_text
