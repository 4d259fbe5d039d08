"""Small helpers to read and build plain MARC fields (:class:`MarcFieldData`)."""

from __future__ import annotations

import re

from shkola_lib.io.marc.plain import (
    MarcFieldData,
    fields_from_json,
    fields_to_json,
    is_control_tag,
)

__all__ = [
    "MarcFieldData",
    "control",
    "datafield",
    "fields_from_json",
    "fields_to_json",
    "first",
    "is_control_tag",
    "squash",
    "strip_isbd",
    "values",
]


def control(tag: str, value: str) -> MarcFieldData:
    return MarcFieldData(tag=tag, value=value)


def datafield(tag: str, ind: str, *pairs: tuple[str, str | None]) -> MarcFieldData:
    """A data field from (code, value) pairs; empty values are left out."""
    return MarcFieldData(
        tag=tag,
        ind1=ind[0],
        ind2=ind[1],
        subfields=[(code, value) for code, value in pairs if value],
    )


def first(fields: list[MarcFieldData], code: str) -> str:
    """The first non-empty subfield ``code`` across ``fields``."""
    for field in fields:
        value = field.get(code)
        if value:
            return value
    return ""


def values(fields: list[MarcFieldData], code: str) -> list[str]:
    """All non-empty subfields ``code`` across ``fields``, in order."""
    return [v for field in fields for v in field.all(code)]


def squash(value: str) -> str:
    """Whitespace collapsed to single spaces (the catalog stores text this way)."""
    return " ".join((value or "").split())


# ISBD punctuation that MARC21 records carry at the end of a subfield.
_TRAILING_SEP = re.compile(r"(?:\s+[/:;=+]|\s*,)\s*$")
_SEPARATORS = "/:;=+,"
# Only a Latin word loses its closing period: in Cyrillic records a final period
# nearly always ends an abbreviation ("Рос. газ.", "Результаты исслед.").
_LAST_WORD = re.compile(r"(?<![^\W\d_])([A-Za-z]+)\.$")
# Abbreviations whose final period belongs to the word, not to ISBD.
_ABBREVIATIONS = frozenset(
    """ed eds etc inc ltd co corp jr sr dr st vol vols pt no nos rev enl calif mass
    изд ред пер сост авт сб ст вып кн гг вв др докл пособ учеб науч практ конф англ рус
    каз нем фр худож предисл коммент примеч вступ прил обл экз тез доп испр перераб
    стер акад проф""".split()
)


def strip_isbd(value: str, final_period: bool = False) -> str:
    """Remove ISBD separators (" /", " :", " ;", " =", ",") from the end of a MARC21 value.

    With ``final_period`` the closing period of an area goes too, unless it ends an
    initial ("Brown, Martin C."), an abbreviation ("2nd ed.", any Cyrillic word) or an
    ellipsis.
    """
    text = squash(value)
    while text and text[-1] in _SEPARATORS:  # (most values end in none)
        stripped = _TRAILING_SEP.sub("", text)
        if stripped == text:
            break
        text = stripped
    if final_period and text.endswith(".") and not text.endswith(".."):
        match = _LAST_WORD.search(text)
        if match:
            word = match.group(1)
            if len(word) >= 3 and word.lower() not in _ABBREVIATIONS:
                text = text[:-1]
    return text
