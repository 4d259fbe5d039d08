"""Composition root of the desktop app: Qt application, translations, catalog, window."""

from __future__ import annotations

import json
import locale
import logging
import os
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QProcess,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from shkola_lib import APP_ID, APP_NAME, __version__, i18n
from shkola_lib.i18n_runtime import LANGUAGES
from shkola_lib.logs import setup_logging
from shkola_lib.paths import resolve_db_path, resources_dir
from shkola_lib.settings import PENDING_NOTICE, Settings

if TYPE_CHECKING:
    from shkola_lib.catalog.search import SearchResult
    from shkola_lib.ui.main_window import MainWindow

log = logging.getLogger(__name__)
# Benchmarks only (benchmarks/startup.py): see startup_probe.
STARTUP_PROBE_ENV = "SHKOLA_LIB_STARTUP_PROBE"
STARTUP_PROBE_QUERY = "абай"


def app_icon() -> QIcon:
    """The program's icon in every size shipped in ``resources/icons`` (title bar, taskbar)."""
    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("shkola-lib-*.png")):
        icon.addFile(str(png))
    return icon


def choose_language(cli_lang: str | None, settings: Settings) -> str:
    """``--lang`` wins, then the saved choice, then the system locale (kk/ru, else kk)."""
    if cli_lang in LANGUAGES:
        return cli_lang  # type: ignore[return-value]
    if settings.language in LANGUAGES:
        return settings.language
    system = QLocale.system().name().split("_")[0]
    if system in ("kk", "ru"):
        return system
    try:
        env = (locale.getlocale()[0] or "").split("_")[0]
    except ValueError:
        env = ""
    return env if env in ("kk", "ru") else "kk"


def translations_dirs() -> list[Path]:
    here = Path(__file__).resolve().parent
    return [here / "translations", resources_dir().parent / "translations"]


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own (standard buttons), if present."""
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale({"kk": "kk_KZ", "ru": "ru_RU"}.get(lang, "en_GB")))
    if lang == "en":
        return installed
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    for folder in translations_dirs():
        ours = QTranslator(app)
        if ours.load(f"shkola_lib_{lang}", str(folder)):
            app.installTranslator(ours)
            installed.append(ours)
            break
    return installed


def install_cli_translator(lang: str) -> bool:
    """The command line's messages in ``lang`` (called lazily by ``cli.main``).

    A bare QTranslator reads our catalogue without a QCoreApplication; Qt's own catalogue
    is not needed for text output. False when there is none for ``lang``.
    """
    if lang not in ("kk", "ru"):
        return False
    translator = QTranslator()
    for folder in translations_dirs():
        if translator.load(f"shkola_lib_{lang}", str(folder)):
            i18n.set_translator(lambda context, text: translator.translate(context, text) or text)
            return True
    return False


def restart_program(argv: list[str] | None = None) -> bool:
    """Start Shkola-Lib again with the same arguments, less ``--lang`` (the saved choice wins).

    Called once the window has closed normally and the catalog's lock is released, so the
    new process opens the catalog as usual (Settings → Language).
    """
    from shkola_lib.i18n_runtime import without_lang_option

    args = without_lang_option(sys.argv[1:] if argv is None else argv)
    if not getattr(sys, "frozen", False):  # not the installed .exe: run the package itself
        args = ["-m", "shkola_lib", *args]
    started, _pid = QProcess.startDetached(sys.executable, args, os.getcwd())
    if not started:
        log.error("Could not restart: %s %s", sys.executable, args)
    return bool(started)


def close_on_termination(window: QMainWindow) -> QTimer:
    """SIGTERM/SIGINT close the window the normal way (settings saved, tasks finished).

    Python runs signal handlers only between bytecodes, so a light timer gives the
    interpreter a chance while Qt's event loop sleeps.
    """

    def handler(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, window.close)

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(250)
    return timer


def backup_on_close(db_path: Path, settings: Settings) -> None:
    """The automatic backup when the program closes: silent; a problem is told next time."""
    from shkola_lib.catalog.backup_schedule import auto_backup

    try:
        notice = auto_backup(db_path, settings.extra).notice
    except OSError as exc:
        log.error("Backup on close failed: %s", exc)
        notice = QCoreApplication.translate(
            "App", "The automatic backup when closing failed: {error}"
        ).format(error=exc.strerror or exc)
    if notice:
        settings.extra[PENDING_NOTICE] = notice
    settings.save()


def _start_notices(settings: Settings) -> str:
    """What the status bar says once at start: a damaged settings file, a backup problem."""
    notices = []
    if settings.load_warning:
        notices.append(
            QCoreApplication.translate(
                "App", "The settings file was damaged; default settings are used."
            )
        )
    pending = settings.extra.pop(PENDING_NOTICE, "")
    if isinstance(pending, str) and pending:
        notices.append(pending)
    return "  ".join(notices)


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    from shkola_lib.catalog.instance_lock import InstanceLock, InstanceLockedError

    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)  # Wayland/X11 docks match the window to shkola-lib.desktop
    app.setWindowIcon(app_icon())
    i18n.set_translator(QCoreApplication.translate)
    settings = Settings.load()
    language = choose_language(lang, settings)
    install_translators(app, language)
    if not settings.language:
        settings.language = language

    from shkola_lib.ui.exception_hook import ExceptionHook

    hook = ExceptionHook(app)
    path = resolve_db_path(db)
    # One writer per catalog: a second window on the same file is refused.
    lock = InstanceLock(path, "window")
    try:
        lock.acquire()
    except InstanceLockedError as exc:
        log.warning("Second instance refused: %s", exc)
        QMessageBox.warning(None, APP_NAME, str(exc))
        hook.uninstall()
        return 2
    except OSError as exc:
        QMessageBox.critical(None, APP_NAME, exc.strerror or str(exc))
        hook.uninstall()
        return 2
    try:
        code = _run_window(app, path, settings)
    finally:
        lock.release()
        hook.uninstall()
    if app.property("restartRequested"):  # Settings → Language
        restart_program()
    return code


def startup_probe(window: MainWindow) -> None:
    """With ``SHKOLA_LIB_STARTUP_PROBE=1`` (benchmarks/startup.py), time the start-up.

    Once the event loop runs with the window shown, search for ``STARTUP_PROBE_QUERY``
    as the search box would; when the answer is in the table, print one JSON line with
    ``time.monotonic()`` at both moments and close the window. Nothing else changes.
    """
    shown_at: list[float] = []

    def answered(result: SearchResult) -> None:
        if not shown_at or result.query != STARTUP_PROBE_QUERY:
            return
        probe = {"shown": shown_at[0], "searchable": time.monotonic(), "matches": len(result)}
        print(json.dumps({"startup_probe": probe}), flush=True)
        QTimer.singleShot(0, window.close)

    def shown() -> None:
        shown_at.append(time.monotonic())
        window.searcher.resultReady.connect(answered)
        window.searcher.search(STARTUP_PROBE_QUERY)

    QTimer.singleShot(0, shown)


def _run_window(app: QApplication, path: Path, settings: Settings) -> int:
    from shkola_lib.models.db import CatalogOpenError
    from shkola_lib.ui.catalog_opening import open_catalog
    from shkola_lib.ui.main_window import MainWindow

    try:
        service = open_catalog(path)
    except CatalogOpenError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    if settings.load_warning:
        log.warning("Settings reset: %s", settings.load_warning)
    window = MainWindow(service, settings)
    window.show()
    if os.environ.get(STARTUP_PROBE_ENV) == "1":
        startup_probe(window)
    close_on_termination(window)
    log.info("Main window shown: %s", path)
    notice = _start_notices(settings)
    if notice:
        window.statusBar().showMessage(notice, 15000)
    try:
        code = app.exec()
        service = getattr(window, "service", service)  # a restore reopens the catalog
        backup_on_close(service.path, settings)
    finally:
        service.close()
    app.setProperty("restartRequested", bool(getattr(window, "restart_requested", False)))
    return int(code)
