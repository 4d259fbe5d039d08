"""Opening the catalog at start-up, with a word to the librarian when its file is upgraded.

After a newer version is installed, the first start upgrades the catalog file (a copy is
made first, then tables may be rewritten): a few seconds for a school, minutes for a
district's merged catalog. The upgrade runs in a worker thread while a small window says
what is happening, so the program does not look frozen and nobody turns the computer off
half-way (which would lose nothing, but would start the upgrade again).
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog

if TYPE_CHECKING:
    from shkola_lib.catalog.service import CatalogService

_POLL_MS = 50


class UpgradeDialog(QProgressDialog):
    """A busy indicator without a Cancel button: an upgrade is one transaction."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Upgrading the catalog"))
        self.setLabelText(
            self.tr(
                "The catalog {name} is being upgraded for this version of the program.\n"
                "A copy of it has been made first. Please wait and do not turn off "
                "the computer."
            ).format(name=path.name)
        )
        self.setCancelButton(None)
        self.setRange(0, 0)  # busy: the migrations do not report steps
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setMinimumWidth(460)

    def reject(self) -> None:  # Escape: the upgrade cannot be stopped half-way
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


def open_catalog(path: Path) -> CatalogService:
    """Open (and if needed upgrade) the catalog; raises what ``CatalogService.open`` raises."""
    from shkola_lib.catalog.service import CatalogService
    from shkola_lib.models.db import upgrade_pending

    if not upgrade_pending(path):
        return CatalogService.open(path)
    dialog = UpgradeDialog(path)
    dialog.show()
    loop = QEventLoop()
    with ThreadPoolExecutor(1, thread_name_prefix="catalog-upgrade") as pool:
        future: Future[CatalogService] = pool.submit(CatalogService.open, path)
        timer = QTimer()
        timer.setInterval(_POLL_MS)
        timer.timeout.connect(lambda: loop.quit() if future.done() else None)
        timer.start()
        if not future.done():
            loop.exec()
        timer.stop()
    dialog.hide()
    dialog.deleteLater()
    return future.result()
