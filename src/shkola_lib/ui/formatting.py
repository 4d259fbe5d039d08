"""Dates, numbers and money as the interface language writes them.

``app.install_translators`` sets the default :class:`QLocale` to kk_KZ, ru_RU or en_GB with
the language, so ``QLocale()`` here follows Settings → Language: 25.11.2026 and 12 345 in
Kazakh and Russian, 25/11/2026 and 12,345 in English. Years are always written with four
digits (Qt's Kazakh short format has two, which reads badly in a register).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _date_format(locale: QLocale) -> str:
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def date_text(value: date | None) -> str:
    """A date in the interface language's short form, with a four-digit year."""
    if value is None:
        return ""
    locale = QLocale()
    return locale.toString(QDate(value.year, value.month, value.day), _date_format(locale))


def datetime_text(value: datetime | None) -> str:
    """A local date and time (hours and minutes)."""
    if value is None:
        return ""
    locale = QLocale()
    moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    pattern = _date_format(locale) + " " + locale.timeFormat(QLocale.FormatType.ShortFormat)
    return locale.toString(moment, pattern)


def count_text(value: int) -> str:
    """A whole number with the language's digit grouping (100 000 / 100,000)."""
    return QLocale().toString(int(value))


def tenge_text(tiyn: int | None) -> str:
    """A price kept in tiyn, in tenge: «1 234,50 ₸», whole tenge without decimals."""
    if tiyn is None:
        return ""
    locale = QLocale()
    whole, part = divmod(tiyn, 100)
    if not part:
        return f"{locale.toString(whole)} ₸"
    return f"{locale.toString(tiyn / 100, 'f', 2)} ₸"
