"""Mapping shared by both flavours: notes, keywords, UDC, subjects, school data, context."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from shkola_lib.catalog.data import CopyData, RecordDetail, SubjectData
from shkola_lib.i18n import translate
from shkola_lib.models import CopyStatus, MaterialType

from .fields import MarcFieldData, datafield, squash, strip_isbd, values
from .values import format_grades, has_textbook_hint, normalise_language, parse_grades

Partial = dict[str, Any]


@dataclass
class Ctx:
    """What a group reader needs besides its fields: flavour, leader, and the warnings list."""

    flavour: str
    leader: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def marc21(self) -> bool:
        return self.flavour == "marc21"

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


def exportable_copies(detail: RecordDetail) -> list[CopyData]:
    """Copies written to holdings fields: every copy except the written-off ones."""
    return [c for c in detail.copies if c.status is not CopyStatus.WRITTEN_OFF]


def common_price(detail: RecordDetail) -> int | None:
    """The price every exported copy and stock lot shares (010 $d / 020 $c), else None."""
    prices = {c.price_tiyn for c in exportable_copies(detail)}
    prices |= {s.price_tiyn for s in detail.stock}
    if len(prices) == 1:
        return next(iter(prices))
    return None


def _clean(value: str, ctx: Ctx, final_period: bool = False) -> str:
    return strip_isbd(value, final_period) if ctx.marc21 else squash(value)


# ---------------------------------------------------------------- repeatable $a notes


def read_lines(attr: str):
    """A reader joining every $a of the group's fields with new lines (300/500, 330/520)."""

    def read(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
        return {attr: "\n".join(v.strip() for v in values(fields, "a"))}

    return read


def write_lines(attr: str, marc21_tag: str, unimarc_tag: str):
    def write(detail: RecordDetail, options) -> list[MarcFieldData]:
        tag = marc21_tag if options.marc21 else unimarc_tag
        text = getattr(detail.record, attr) or ""
        return [
            datafield(tag, "  ", ("a", line.strip())) for line in text.splitlines() if line.strip()
        ]

    return write


# ---------------------------------------------------------------- single-value groups


def read_edition(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    if not fields:
        return {"edition": ""}
    main = fields[0]
    parts = [main.get("a"), *main.all("b")]
    return {"edition": _clean(", ".join(p for p in parts if p), ctx)}


def write_edition(detail: RecordDetail, options) -> list[MarcFieldData]:
    edition = detail.record.edition.strip()
    return [datafield("250" if options.marc21 else "205", "  ", ("a", edition))] if edition else []


def read_udc(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    return {"udc": squash(values(fields, "a")[0]) if values(fields, "a") else ""}


def write_udc(detail: RecordDetail, options) -> list[MarcFieldData]:
    udc = detail.record.udc.strip()
    return [datafield("080" if options.marc21 else "675", "  ", ("a", udc))] if udc else []


def read_keywords(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    return {"keywords": [_clean(v, ctx, True) for v in values(fields, "a")]}


def write_keywords(detail: RecordDetail, options) -> list[MarcFieldData]:
    tag, ind = ("653", "  ") if options.marc21 else ("610", "0 ")
    return [datafield(tag, ind, ("a", k.strip())) for k in detail.record.keywords if k.strip()]


# ---------------------------------------------------------------- subjects ($y/$z swap)

# Subfield codes of typed subdivisions: UNIMARC/RUSMARC 606 vs MARC21 650.
UNIMARC_SUBDIVISIONS = {"x": "topical", "y": "geographic", "z": "chronological", "j": "form"}
MARC21_SUBDIVISIONS = {"x": "topical", "y": "chronological", "z": "geographic", "v": "form"}


def read_subjects(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    codes = MARC21_SUBDIVISIONS if ctx.marc21 else UNIMARC_SUBDIVISIONS
    subjects = []
    for fld in fields:
        term = _clean(fld.get("a"), ctx, True)
        if not term:
            continue
        subdivisions = [
            (codes[code], _clean(value, ctx, True))
            for code, value in fld.subfields or []
            if code in codes and value.strip()
        ]
        subjects.append(SubjectData(term=term, subdivisions=subdivisions))
    return {"subjects": subjects}


def write_subjects(detail: RecordDetail, options) -> list[MarcFieldData]:
    codes = MARC21_SUBDIVISIONS if options.marc21 else UNIMARC_SUBDIVISIONS
    by_kind = {kind: code for code, kind in codes.items()}
    tag, ind = ("650", " 4") if options.marc21 else ("606", "0 ")
    out = []
    for subject in detail.record.subjects:
        if not subject.term.strip():
            continue
        pairs = [("a", subject.term.strip())]
        pairs += [
            (by_kind.get(kind, by_kind["topical"]), value.strip())
            for kind, value in subject.subdivisions
            if value.strip()
        ]
        out.append(datafield(tag, ind, *pairs))
    return out


# ---------------------------------------------------------------- school data (333 / 521)

_SUBJECT_LABEL = re.compile(r"^\s*(?:пән|предмет)\s*:\s*(.+)$", re.IGNORECASE)
_LANGUAGE_LABEL = re.compile(r"^\s*(?:оқыту тілі|язык обучения)\s*:\s*(.+)$", re.IGNORECASE)
_TEXTBOOK_NOTE = re.compile(r"^\s*(?:оқулық|учебник)\.?\s*$", re.IGNORECASE)


def is_school_note(fld: MarcFieldData) -> bool:
    """333/521 notes that say grade, school subject, instruction language or "textbook"."""
    for text in fld.all("a"):
        if parse_grades(text) or _SUBJECT_LABEL.match(text) or _LANGUAGE_LABEL.match(text):
            return True
        if _TEXTBOOK_NOTE.match(text):
            return True
    return False


def read_school(fields: list[MarcFieldData], ctx: Ctx) -> Partial:
    grades: list[str] = []
    partial: Partial = {"school_subject": "", "instruction_language": "", "textbook_note": False}
    for text in values(fields, "a"):
        if m := _SUBJECT_LABEL.match(text):
            partial["school_subject"] = partial["school_subject"] or squash(m.group(1))
        elif m := _LANGUAGE_LABEL.match(text):
            code = normalise_language(m.group(1))
            if code is None:
                ctx.warn(
                    translate("Crosswalk", "Unknown language code {code} ignored.").format(
                        code=m.group(1).strip()
                    )
                )
            partial["instruction_language"] = partial["instruction_language"] or code or ""
        elif _TEXTBOOK_NOTE.match(text):
            partial["textbook_note"] = True
        else:
            grades += [g for g in parse_grades(text) if g not in grades]
    partial["grades"] = grades
    return partial


def write_school(detail: RecordDetail, options) -> list[MarcFieldData]:
    record = detail.record
    tag, ind = ("521", "8 ") if options.marc21 else ("333", "  ")
    textbook = record.material_type is MaterialType.TEXTBOOK
    lines = []
    if record.grades and textbook:
        lines.append(format_grades(record.grades))
    if record.school_subject.strip():
        lines.append(f"Пән: {record.school_subject.strip()}")
    if record.instruction_language.strip():
        lines.append(f"Оқыту тілі: {record.instruction_language.strip()}")
    if textbook and not record.grades:
        if not has_textbook_hint([record.title, record.other_title], record.bbk):
            lines.insert(0, "Оқулық")
    return [datafield(tag, ind, ("a", line)) for line in lines]
