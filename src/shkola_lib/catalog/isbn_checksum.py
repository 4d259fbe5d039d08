"""ISBN checks for bulk work: the same answers as :mod:`shkola_lib.catalog.isbn`, faster.

``python-stdnum`` cleans and re-validates the number on every call (tens of
microseconds); an import asks for every ISBN of every record several times. Here
the check digits are computed directly for the common shapes (10 or 13 ASCII
characters after :func:`~shkola_lib.catalog.isbn.normalise`); anything else is
handed to :mod:`~shkola_lib.catalog.isbn`, so the answers cannot differ.
"""

from __future__ import annotations

from functools import lru_cache

from shkola_lib.catalog import isbn as isbn_mod

_DIGITS = frozenset("0123456789")


def _isbn10_check(body: str) -> str:
    total = sum((i + 1) * int(d) for i, d in enumerate(body)) % 11
    return "X" if total == 10 else str(total)


def _ean_check(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return str((10 - total % 10) % 10)


def _ascii_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


@lru_cache(maxsize=65536)
def _valid_normalised(value: str) -> bool:
    if len(value) == 10 and _ascii_digits(value[:9]):
        return _isbn10_check(value[:9]) == value[9]
    if len(value) == 13 and _ascii_digits(value):
        return value[:3] in ("978", "979") and _ean_check(value[:12]) == value[12]
    return isbn_mod.is_valid(value)


def is_valid(raw: str) -> bool:
    """Like :func:`shkola_lib.catalog.isbn.is_valid`."""
    return _valid_normalised(isbn_mod.normalise(raw))


@lru_cache(maxsize=65536)
def search_forms(raw: str) -> tuple[str, ...]:
    """Like :func:`shkola_lib.catalog.isbn.search_forms` (a tuple: results are cached)."""
    value = isbn_mod.normalise(raw)
    if not value:
        return ()
    if len(value) == 10 and _ascii_digits(value[:9]):
        if _isbn10_check(value[:9]) != value[9]:
            return (value,)
        body = "978" + value[:9]
        return (value, body + _ean_check(body))
    if len(value) == 13 and _ascii_digits(value):
        if value[:3] not in ("978", "979") or _ean_check(value[:12]) != value[12]:
            return (value,)
        if value[:3] == "978":
            return (value, value[3:12] + _isbn10_check(value[3:12]))
        return (value,)
    return tuple(isbn_mod.search_forms(raw))
