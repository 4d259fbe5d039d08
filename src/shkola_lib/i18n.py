"""Translation hook for the Qt-free core.

Core modules mark user-visible text with ``translate("Context", "text")``; the
composition root (``app.py``) points the hook at ``QCoreApplication.translate``
once Qt is loaded, so the core never imports PySide6 itself. ``pyside6-lupdate``
extracts these calls like Qt's own ``translate``.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None


def set_translator(func: Callable[[str, str], str] | None) -> None:
    """Install the function that translates (context, source) pairs."""
    global _translator
    _translator = func


def current_translator() -> Callable[[str, str], str] | None:
    """The installed function, to put it back after a temporary change."""
    return _translator


def translate(context: str, text: str) -> str:
    """Return ``text`` translated in ``context`` (the source text without a translator)."""
    if _translator is None:
        return text
    return _translator(context, text)
