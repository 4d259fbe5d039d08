"""Plain data that crosses between the services and their callers (GUI, CLI, tests).

Only these dataclasses and ids cross threads; ORM objects stay inside a session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from shkola_lib.i18n import translate
from shkola_lib.models import CopyStatus, MaterialType, PersonRole, SubjectKind


class RecordNotFound(LookupError):
    def __init__(self, record_id: int) -> None:
        super().__init__(translate("Records", "Record {id} does not exist.").format(id=record_id))
        self.record_id = record_id


@dataclass
class PersonData:
    name: str
    role: PersonRole = PersonRole.AUTHOR
    dates: str = ""


@dataclass
class SubjectData:
    term: str
    kind: SubjectKind = SubjectKind.SUBJECT
    # [("topical"|"geographic"|"chronological"|"form", value), ...]
    subdivisions: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class RecordData:
    """Everything the record editor shows and saves."""

    id: int | None = None
    material_type: MaterialType = MaterialType.BOOK
    title: str = ""
    other_title: str = ""
    responsibility: str = ""
    part: str = ""
    corporate_body: str = ""
    persons: list[PersonData] = field(default_factory=list)
    isbns: list[str] = field(default_factory=list)
    edition: str = ""
    place: str = ""
    publisher: str = ""
    year: int | None = None
    extent: str = ""
    series: str = ""
    series_number: str = ""
    languages: list[str] = field(default_factory=list)
    bbk: str = ""
    udc: str = ""
    author_sign: str = ""
    subjects: list[SubjectData] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    annotation: str = ""
    notes: str = ""
    grades: list[str] = field(default_factory=list)
    school_subject: str = ""
    instruction_language: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def first_author(self) -> str:
        for person in self.persons:
            if person.role in (PersonRole.AUTHOR, PersonRole.COAUTHOR):
                return person.name
        return ""


def inventory_order(number: str) -> tuple[int, str]:
    """Sort key of inventory numbers as the registers list them: 9 before 10, then text."""
    return (len(number), number)


@dataclass
class CopyData:
    """An individually inventoried copy as shown and edited."""

    inventory_number: str
    id: int | None = None
    record_id: int | None = None
    barcode: str | None = None
    location: str = ""
    status: CopyStatus = CopyStatus.AVAILABLE
    acquired_on: date | None = None
    source: str = ""
    price_tiyn: int | None = None
    ksu_entry: str = ""
    written_off_on: date | None = None
    writeoff_act: str = ""
    writeoff_reason: str = ""
    labelled_at: datetime | None = None


@dataclass
class StockData:
    """A counted-stock lot (textbooks): quantity under one КСУ entry."""

    quantity: int
    id: int | None = None
    record_id: int | None = None
    ksu_entry: str = ""
    academic_year: str = ""
    location: str = ""
    acquired_on: date | None = None
    source: str = ""
    price_tiyn: int | None = None
    written_off: int = 0

    @property
    def remaining(self) -> int:
        return self.quantity - self.written_off


@dataclass
class RecordDetail:
    """A record with its holdings, for the detail pane."""

    record: RecordData
    copies: list[CopyData]
    stock: list[StockData]

    @property
    def copies_available(self) -> int:
        return sum(1 for c in self.copies if c.status is CopyStatus.AVAILABLE)

    @property
    def stock_remaining(self) -> int:
        return sum(s.remaining for s in self.stock)


@dataclass(frozen=True)
class DuplicateMatch:
    record_id: int
    title: str
    year: int | None
    reason: str  # "isbn" or "title_author_year"


@dataclass(frozen=True)
class CatalogCounts:
    records: int
    textbooks: int
    copies: int
    copies_available: int
    copies_written_off: int
    stock_copies: int


def record_data(
    row: Any,
    *,
    persons: list[PersonData],
    isbns: list[str],
    subjects: list[SubjectData],
    keywords: list[str],
) -> RecordData:
    """``RecordData`` from the columns of ``records`` — an ORM ``Record`` or a row that
    ``plain_detail`` read through plain sqlite3 (the detail pane, the exports' blocks) —
    and its parts."""
    return RecordData(
        id=row.id,
        material_type=row.material_type,
        title=row.title,
        other_title=row.other_title,
        responsibility=row.responsibility,
        part=row.part,
        corporate_body=row.corporate_body,
        persons=persons,
        isbns=isbns,
        edition=row.edition,
        place=row.place,
        publisher=row.publisher,
        year=row.year,
        extent=row.extent,
        series=row.series,
        series_number=row.series_number,
        languages=[code for code in row.languages.split(",") if code],
        bbk=row.bbk,
        udc=row.udc,
        author_sign=row.author_sign,
        subjects=subjects,
        keywords=keywords,
        annotation=row.annotation,
        notes=row.notes,
        grades=[g for g in row.grades.split(",") if g],
        school_subject=row.school_subject,
        instruction_language=row.instruction_language,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )
