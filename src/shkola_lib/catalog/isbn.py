"""ISBN handling: normalise, validate the checksum, hyphenate for display."""

from __future__ import annotations

import re
from functools import lru_cache
from types import ModuleType

# python-stdnum loads on the first real ISBN (it imports ssl, pydoc and more: 10 ms
# of every start otherwise, for a search that rarely involves an ISBN).


def _stdnum_isbn() -> ModuleType:
    from stdnum import isbn

    return isbn


_STRIP = re.compile(r"[\s\-‐‑‒–—.]")
_SHAPE = re.compile(r"^(\d{9}[\dX]|\d{13})$")


def normalise(raw: str) -> str:
    """Digits and X only, upper case: ``978-601-7151-13-3`` → ``9786017151133``."""
    return _STRIP.sub("", raw or "").upper()


def looks_like_isbn(raw: str) -> bool:
    """True for something shaped like an ISBN (10 or 13 characters), valid or not."""
    return bool(_SHAPE.match(normalise(raw)))


def is_valid(raw: str) -> bool:
    value = normalise(raw)
    if not _SHAPE.match(value):
        return False
    return bool(_stdnum_isbn().is_valid(value))


def checksum_hint(raw: str) -> str | None:
    """The check digit that would make ``raw`` valid, if only the last digit is wrong."""
    value = normalise(raw)
    if not _SHAPE.match(value):
        return None
    body = value[:-1]
    if not body.isdigit():
        return None
    digit = _isbn10_check(body) if len(body) == 9 else _isbn13_check(body)
    return digit if digit != value[-1] else None


def _isbn10_check(body: str) -> str:
    total = sum((i + 1) * int(d) for i, d in enumerate(body)) % 11
    return "X" if total == 10 else str(total)


def _isbn13_check(body: str) -> str:
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return str((10 - total % 10) % 10)


def to_isbn13(raw: str) -> str | None:
    value = normalise(raw)
    if not is_valid(value):
        return None
    return str(_stdnum_isbn().to_isbn13(value))


def to_isbn10(raw: str) -> str | None:
    value = normalise(raw)
    if not is_valid(value):
        return None
    from stdnum.exceptions import ValidationError

    try:
        return str(_stdnum_isbn().to_isbn10(value))
    except ValidationError:  # 979 prefix has no ISBN-10
        return None


@lru_cache(maxsize=16384)
def hyphenate(raw: str) -> str:
    """Hyphenated by the ISBN agency's ranges; unchanged if invalid or out of range."""
    value = normalise(raw)
    if not is_valid(value):
        return raw
    from stdnum.exceptions import ValidationError

    try:
        return str(_stdnum_isbn().format(value, convert=False))
    except ValidationError:
        return value


def search_forms(raw: str) -> list[str]:
    """The normalised forms under which a stored ISBN is indexed (ISBN-13 and ISBN-10)."""
    value = normalise(raw)
    forms = [value] if value else []
    for other in (to_isbn13(value), to_isbn10(value)):
        if other and other not in forms:
            forms.append(other)
    return forms
