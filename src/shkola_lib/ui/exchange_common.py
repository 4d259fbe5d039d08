"""Shared pieces of the MARC exchange screens (import wizard, export dialog, MARC view).

* :func:`run_generator` drives a ``Progress`` generator through the project's one
  :class:`~shkola_lib.ui.tasks.TaskRunner` and reports each step on the GUI thread, for
  screens that show their own progress bar instead of a ``QProgressDialog``.
* Names of formats, flavours and character sets for people, and confidence in words.
* Removable drives, for preselecting the USB stick and saying when it is safe to remove.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QStorageInfo, Signal
from shiboken6 import Shiboken

from shkola_lib.catalog.progress import Cancelled, CancelToken, Progress
from shkola_lib.ui.tasks import TaskRunner

GREY_STYLE = "color: palette(placeholder-text);"
WARNING_STYLE = "color: #b26a00;"
ERROR_STYLE = "color: #c62828;"

#: Names of standards: not translated.
FLAVOUR_NAMES = {"marc21": "MARC21", "unimarc": "UNIMARC", "rusmarc": "RUSMARC"}


def format_name(fmt: str) -> str:
    return {
        "iso2709": QCoreApplication.translate("Exchange", "ISO 2709 exchange file"),
        "marcxml": QCoreApplication.translate("Exchange", "MARCXML"),
        "mrk": QCoreApplication.translate("Exchange", "MarcEdit text"),
    }.get(fmt, fmt)


def encoding_name(encoding: str) -> str:
    # Imported here: shkola_lib.io.marc loads pymarc and every reader (~0.05 s), and the
    # main window imports this module at start-up for ui_language and is_alive.
    from shkola_lib.io.marc.encodings import ENCODING_LABELS

    return ENCODING_LABELS.get(encoding, encoding)


def confidence_words(confidence: float) -> str:
    if confidence >= 0.9:
        return QCoreApplication.translate("Exchange", "almost certainly")
    if confidence >= 0.7:
        return QCoreApplication.translate("Exchange", "probably")
    return QCoreApplication.translate(
        "Exchange", "a guess: check that the titles below read correctly"
    )


def ui_language() -> str:
    """The language the program's interface is shown in ("kk", "ru", "en")."""
    return QLocale().name().split("_")[0]


def is_alive(obj: QObject) -> bool:
    """False once the C++ object is gone (a result arriving for a closed dialog)."""
    return Shiboken.isValid(obj)


# --- generator tasks --------------------------------------------------------------------
class _Relay(QObject):
    progress = Signal(object)


def run_generator(
    runner: TaskRunner,
    work: Callable[[CancelToken], Iterator[Progress]],
    *,
    on_progress: Callable[[Progress], None],
    on_success: Callable[[], None],
    on_error: Callable[[BaseException], None],
    on_cancel: Callable[[], None],
    token: CancelToken | None = None,
) -> CancelToken:
    """Run ``work(token)`` off the GUI thread; return the token that cancels it.

    Each ``Progress`` reaches ``on_progress`` on the GUI thread (a queued signal of a
    relay created here, on the GUI thread); a :class:`Cancelled` ends in ``on_cancel``.
    """
    token = token or CancelToken()
    relay = _Relay()
    relay.progress.connect(on_progress)
    keep: dict[str, Any] = {"relay": relay}

    def body() -> None:
        for step in work(token):
            relay.progress.emit(step)

    def done(_result: object) -> None:
        keep.pop("relay").deleteLater()
        on_success()

    def failed(exc: BaseException) -> None:
        keep.pop("relay").deleteLater()
        if isinstance(exc, Cancelled):
            on_cancel()
        else:
            on_error(exc)

    runner.run(body, done, failed)
    return token


# --- removable drives -------------------------------------------------------------------
_FAT = frozenset({"vfat", "fat", "fat12", "fat16", "fat32", "exfat", "msdos"})
_MOUNT_PARENTS = ("/media/", "/run/media/", "/mnt/", "/Volumes/")


def _looks_removable(volume: QStorageInfo) -> bool:
    if not volume.isValid() or not volume.isReady() or volume.isRoot() or volume.isReadOnly():
        return False
    root = volume.rootPath()
    fs = bytes(volume.fileSystemType().data()).decode("ascii", "replace").lower()
    if sys.platform == "win32":
        system = os.environ.get("SystemDrive", "C:").upper()
        return not root.upper().startswith(system) and fs in _FAT
    return root.startswith(_MOUNT_PARENTS) and not root.startswith("/boot")


def removable_volumes() -> list[Path]:
    """Mounted, writable drives that look like USB sticks (a heuristic: Qt cannot tell).

    Linux and macOS: mounted under /media, /run/media, /mnt or /Volumes; Windows: a
    FAT/exFAT drive other than the system drive.
    """
    return [Path(v.rootPath()) for v in QStorageInfo.mountedVolumes() if _looks_removable(v)]


def on_removable_volume(path: Path) -> bool:
    folder = Path(path)
    roots = removable_volumes()
    return any(folder == root or root in folder.parents for root in roots)
