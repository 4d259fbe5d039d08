"""The plain MARC field kept for round trips, and small helpers to read and build fields."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pymarc

__all__ = [
    "MarcFieldData",
    "control",
    "datafield",
    "first",
    "is_control_tag",
    "squash",
    "strip_isbd",
    "values",
]


def is_control_tag(tag: str) -> bool:
    """00X fields carry a value, not indicators and subfields."""
    return tag < "010" and tag.isdigit()


@dataclass
class MarcFieldData:
    """A plain copy of one field, as stored in ``record_marc_fields``."""

    tag: str
    ind1: str = " "
    ind2: str = " "
    value: str | None = None
    subfields: list[tuple[str, str]] | None = None

    @classmethod
    def from_pymarc(cls, field: pymarc.Field) -> MarcFieldData:
        """Copy a pymarc field (control or data field) into plain data."""
        if field.control_field:
            return cls(tag=field.tag, value=_text(field.data or ""))
        ind1, ind2 = (field.indicators or (" ", " "))[:2]
        return cls(
            tag=field.tag,
            ind1=_text(ind1 or " ")[:1] or " ",
            ind2=_text(ind2 or " ")[:1] or " ",
            # (called for every field of an import: no function call for plain text)
            subfields=[
                (code, value)
                if code.__class__ is str and value.__class__ is str
                else (_text(code), _text(value))
                for code, value in field.subfields
            ],
        )

    @classmethod
    def from_plain(cls, plain: dict) -> MarcFieldData:
        """Build from the ``MarcField.as_plain()`` dict of the ORM row."""
        subs = plain.get("subfields")
        return cls(
            tag=plain["tag"],
            ind1=plain.get("ind1") or " ",
            ind2=plain.get("ind2") or " ",
            value=plain.get("value"),
            subfields=None if subs is None else [(c, v) for c, v in subs],
        )

    def to_pymarc(self) -> pymarc.Field:
        """A new pymarc field with the same content."""
        if self.subfields is None and is_control_tag(self.tag):
            return pymarc.Field(tag=self.tag, data=self.value or "")
        return pymarc.Field(
            tag=self.tag,
            indicators=pymarc.Indicators(self.ind1 or " ", self.ind2 or " "),
            subfields=[pymarc.Subfield(code, value) for code, value in self.subfields or []],
        )

    @property
    def is_control(self) -> bool:
        return self.subfields is None

    def get(self, code: str) -> str:
        """The first subfield ``code`` (stripped), or ""."""
        for c, v in self.subfields or []:
            if c == code:
                return v.strip()
        return ""

    def all(self, code: str) -> list[str]:
        """Every non-empty subfield ``code`` in order (stripped)."""
        return [v.strip() for c, v in self.subfields or [] if c == code and v.strip()]

    def has(self, *codes: str) -> bool:
        return any(c in codes and v.strip() for c, v in self.subfields or [])

    def as_tuple(self) -> tuple:
        """A hashable, comparable form (for tests and equality checks)."""
        subs = None if self.subfields is None else tuple(tuple(s) for s in self.subfields)
        return (self.tag, self.ind1, self.ind2, self.value, subs)


def _text(value: str | bytes) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return value


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
    while True:
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
