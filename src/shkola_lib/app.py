"""Composition root of the desktop app: Qt application, translations, catalog, window."""

from __future__ import annotations

import locale
import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from shkola_lib import APP_NAME, __version__, i18n
from shkola_lib.logs import setup_logging
from shkola_lib.paths import resolve_db_path, resources_dir
from shkola_lib.settings import Settings

log = logging.getLogger(__name__)
LANGUAGES = ("kk", "ru", "en")


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


def run_gui(db: str | None = None, lang: str | None = None) -> int:
    from shkola_lib.catalog.service import CatalogService
    from shkola_lib.models.db import CatalogOpenError

    setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    i18n.set_translator(QCoreApplication.translate)
    settings = Settings.load()
    language = choose_language(lang, settings)
    install_translators(app, language)
    if not settings.language:
        settings.language = language

    from shkola_lib.ui.exception_hook import ExceptionHook
    from shkola_lib.ui.main_window import MainWindow

    hook = ExceptionHook(app)
    path = resolve_db_path(db)
    try:
        service = CatalogService.open(path)
    except CatalogOpenError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    if settings.load_warning:
        log.warning("Settings reset: %s", settings.load_warning)
    window = MainWindow(service, settings)
    window.show()
    close_on_termination(window)
    log.info("Main window shown: %s", path)
    if settings.load_warning:
        window.statusBar().showMessage(
            QCoreApplication.translate(
                "App", "The settings file was damaged; default settings are used."
            ),
            10000,
        )
    code = app.exec()
    service.close()
    hook.uninstall()
    return int(code)
