"""Choosing the interface language at run time, without Qt.

Used by the command line (which language its messages are in) and by the window's
Settings → Language menu (the menu's texts, the restart). Qt itself is only touched by
``shkola_lib.app``; this module stays importable without PySide6.

The rule for the window is ``app.choose_language``: ``--lang``, else the saved choice, else
the system's language (Kazakh or Russian), else Kazakh. The command line takes ``--lang``,
else the saved choice, else English (see ``cli_language``).
"""

from __future__ import annotations

from collections.abc import Sequence

from shkola_lib.i18n import translate

LANGUAGES = ("kk", "ru", "en")

#: Each language in its own name. Whoever opens a language menu may not read the current
#: language, so these are never translated.
NATIVE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}


def lang_option(argv: Sequence[str]) -> str:
    """The value of ``--lang`` in ``argv`` ("" without one); parsed before argparse runs,
    because the help texts are translated while the parser is built."""
    value = ""
    args = list(argv)
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
    return value if value in LANGUAGES else ""


def cli_language(option: str, saved: str) -> str:
    """The command line's language: ``--lang``, else the saved choice, else English.

    The window saves its language at the first start, so the command line then follows it;
    never the system's locale, so that scripts and CI logs read the same everywhere."""
    for choice in (option, saved):
        if choice in LANGUAGES:
            return choice
    return "en"


def without_lang_option(argv: Sequence[str]) -> list[str]:
    """``argv`` without ``--lang X`` / ``--lang=X``: a restart then uses the saved choice."""
    result: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            result.append(arg)
    return result


# --- texts of the Settings → Language menu ---------------------------------------------------
def settings_menu_title() -> str:
    return translate("LanguageMenu", "&Settings")


def language_menu_title() -> str:
    return translate("LanguageMenu", "&Language")


def restart_title() -> str:
    return translate("LanguageMenu", "Interface language")


def restart_question(code: str) -> str:
    """Asked in the current language; the new one is named in its own words."""
    return translate(
        "LanguageMenu",
        "The program will close and open again to show everything in {language}. Restart now?",
    ).format(language=NATIVE_NAMES.get(code, code))


def restart_later(code: str) -> str:
    return translate(
        "LanguageMenu", "The interface will be in {language} from the next start."
    ).format(language=NATIVE_NAMES.get(code, code))
