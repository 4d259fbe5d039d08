"""A MARC record as plain data: fields in order, no pymarc objects.

The ISO 2709 reader gives an import these directly, and an export hands them to the
writers (building pymarc objects for every field costs more than the reading or
writing itself); the catalog keeps the fields of imported records in this form for
the round trip, as compact JSON (:func:`fields_to_json`). The writers take plain and
pymarc records alike (``MarcFieldData`` answers to pymarc's ``control_field``,
``indicators`` and ``data``). Nothing here knows about the catalog.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pymarc

__all__ = [
    "MarcFieldData",
    "PlainRecord",
    "fields_from_json",
    "fields_to_json",
    "is_control_tag",
]


def is_control_tag(tag: str) -> bool:
    """00X fields carry a value, not indicators and subfields."""
    return tag < "010" and tag.isdigit()


@dataclass
class MarcFieldData:
    """A plain copy of one field, as stored (with the others of its record) in ``record_marc``."""

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

    # pymarc's names, so that the writers take plain and pymarc fields alike
    @property
    def control_field(self) -> bool:
        return self.subfields is None

    @property
    def indicators(self) -> tuple[str, str]:
        return (self.ind1, self.ind2)

    @property
    def data(self) -> str | None:
        return self.value

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


_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def fields_to_json(fields: list[MarcFieldData]) -> str:
    """The fields of one record as the compact JSON stored in ``record_marc``.

    A control field is ``[tag, value]``, a data field ``[tag, indicators, [code,
    value, code, value, …]]``: flat lists, so that reading back a whole catalog for
    an export is one ``json.loads`` per record and no object per subfield.
    """
    return _dumps(
        [
            [f.tag, f.value or ""]
            if f.subfields is None
            else [
                f.tag,
                (f.ind1 or " ")[:1] + (f.ind2 or " ")[:1],
                [x for s in f.subfields for x in s],
            ]
            for f in fields
        ]
    )


def fields_from_json(text: str | None) -> list[MarcFieldData]:
    """The fields :func:`fields_to_json` stored, in order."""
    out: list[MarcFieldData] = []
    for entry in json.loads(text) if text else ():
        if len(entry) == 2:
            out.append(MarcFieldData(entry[0], " ", " ", entry[1], None))
        else:
            flat = entry[2]
            out.append(
                MarcFieldData(
                    entry[0],
                    entry[1][0],
                    entry[1][1],
                    None,
                    list(zip(flat[::2], flat[1::2], strict=True)),
                )
            )
    return out


def _text(value: str | bytes) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return value


@dataclass
class PlainRecord:
    """A record read from a file: its leader and every field in order."""

    leader: str
    fields: list[MarcFieldData]

    def get(self, tag: str) -> MarcFieldData | None:
        """The first field ``tag`` (as pymarc's ``Record.get``)."""
        return next((f for f in self.fields if f.tag == tag), None)

    def to_pymarc(self) -> pymarc.Record:
        record = pymarc.Record()
        record.leader = pymarc.Leader(self.leader)
        record.fields = [f.to_pymarc() for f in self.fields]
        return record
