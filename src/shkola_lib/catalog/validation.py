"""Field-level checks of a record, with messages placed next to the fields."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from shkola_lib.catalog import isbn as isbn_mod
from shkola_lib.catalog.data import RecordData
from shkola_lib.i18n import translate
from shkola_lib.models import MaterialType

_LANG = re.compile(r"^[a-z]{3}$")
_GRADE = re.compile(r"^(0|[1-9]|1[0-2])$")
KSU_ENTRY = re.compile(r"^\d{1,6}/\d{4}$")
ACADEMIC_YEAR = re.compile(r"^(\d{4})-(\d{4})$")


@dataclass(frozen=True)
class FieldError:
    field: str  # name of the RecordData attribute (with an index for lists: "isbns.1")
    message: str


class ValidationError(Exception):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


def isbn_error(raw: str) -> str | None:
    """A message for one ISBN as typed, or None when it is fine."""
    value = isbn_mod.normalise(raw)
    if not value:
        return None
    if not isbn_mod.looks_like_isbn(value):
        return translate("Validation", "An ISBN has 10 or 13 digits (the last may be X).")
    if not isbn_mod.is_valid(value):
        hint = isbn_mod.checksum_hint(value)
        if hint is not None:
            return translate(
                "Validation",
                "The ISBN check digit is wrong: with these digits it should end in {digit}. "
                "Check the number on the book.",
            ).format(digit=hint)
        return translate("Validation", "This ISBN is not valid.")
    return None


def validate_record(data: RecordData) -> list[FieldError]:
    errors: list[FieldError] = []
    if not data.title.strip():
        errors.append(FieldError("title", translate("Validation", "Enter the title.")))
    for index, raw in enumerate(data.isbns):
        message = isbn_error(raw)
        if message:
            errors.append(FieldError(f"isbns.{index}", message))
    if data.year is not None and not (1500 <= data.year <= date.today().year + 1):
        errors.append(
            FieldError(
                "year",
                translate("Validation", "The year must be between 1500 and {max}.").format(
                    max=date.today().year + 1
                ),
            )
        )
    for code in (c.strip().lower() for c in data.languages):
        if code and not _LANG.match(code):
            errors.append(
                FieldError(
                    "languages",
                    translate(
                        "Validation", "Language codes have three letters, e.g. kaz, rus, eng."
                    ),
                )
            )
            break
    for grade in (g.strip() for g in data.grades):
        if grade and not _GRADE.match(grade):
            errors.append(
                FieldError("grades", translate("Validation", "Grades are numbers from 0 to 12."))
            )
            break
    if data.material_type is MaterialType.TEXTBOOK and not any(g.strip() for g in data.grades):
        errors.append(
            FieldError("grades", translate("Validation", "Enter the grade for a textbook."))
        )
    for index, person in enumerate(data.persons):
        if not person.name.strip():
            errors.append(
                FieldError(f"persons.{index}", translate("Validation", "Enter the person's name."))
            )
    return errors


def academic_year_error(value: str) -> str | None:
    if not value:
        return None
    m = ACADEMIC_YEAR.match(value)
    if not m or int(m.group(2)) != int(m.group(1)) + 1:
        return translate("Validation", "An academic year looks like 2026-2027.")
    return None


def ksu_entry_error(value: str) -> str | None:
    if value and not KSU_ENTRY.match(value.strip()):
        return translate("Validation", "A КСУ entry looks like 12/2026 (number/year).")
    return None
