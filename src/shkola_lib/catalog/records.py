"""Creating, reading, changing and deleting bibliographic records."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from shkola_lib.catalog import isbn as isbn_mod
from shkola_lib.catalog import isbn_checksum
from shkola_lib.catalog.data import (
    CopyData,
    DuplicateMatch,
    PersonData,
    RecordData,
    RecordDetail,
    RecordNotFound,
    StockData,
    SubjectData,
    inventory_order,
    record_data,
)
from shkola_lib.catalog.text import sort_key
from shkola_lib.catalog.validation import ValidationError, validate_record
from shkola_lib.models import (
    Isbn,
    MaterialType,
    Person,
    PersonRole,
    Record,
    Subject,
    SubjectKind,
)
from shkola_lib.models.base import utcnow


def _clean(value: str) -> str:
    return " ".join((value or "").split())


def _author_sort(persons: Iterable[PersonData]) -> str:
    for person in persons:
        if person.role in (PersonRole.AUTHOR, PersonRole.COAUTHOR):
            return sort_key(person.name)
    return ""


_TEXT_COLUMNS = (
    "other_title",
    "responsibility",
    "part",
    "corporate_body",
    "edition",
    "place",
    "publisher",
    "extent",
    "series",
    "series_number",
    "bbk",
    "udc",
    "author_sign",
    "school_subject",
    "instruction_language",
)


def record_columns(data: RecordData) -> dict[str, Any]:
    """The ``records`` columns the editor's data sets, as plain values.

    Shared by :func:`apply_data` and the bulk import, so both store a record alike.
    """
    title = _clean(data.title)
    values: dict[str, Any] = {"material_type": data.material_type, "title": title}
    for name in _TEXT_COLUMNS:
        values[name] = _clean(getattr(data, name))
    values["annotation"] = (data.annotation or "").strip()
    values["notes"] = (data.notes or "").strip()
    values["year"] = data.year
    values["languages"] = ",".join(code.strip().lower() for code in data.languages if code.strip())
    values["grades"] = ",".join(g.strip() for g in data.grades if g.strip())
    values["title_sort"] = sort_key(title)
    values["author_sort"] = _author_sort(data.persons)
    return values


def part_rows(
    data: RecordData,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Rows of ``record_persons``, ``record_isbns`` and ``record_subjects`` (no record id)."""
    persons = [
        {"position": i, "name": _clean(p.name), "role": p.role, "dates": _clean(p.dates)}
        for i, p in enumerate(data.persons)
        if p.name.strip()
    ]
    isbns: list[dict[str, Any]] = []
    seen: set[str] = set()
    for raw in data.isbns:
        value = isbn_mod.normalise(raw)
        if not value or value in seen:
            continue
        seen.add(value)
        valid = isbn_checksum.is_valid(value)
        isbns.append({"position": len(isbns), "isbn": value, "valid": valid})
    subjects: list[dict[str, Any]] = [
        {
            "position": i,
            "kind": SubjectKind.SUBJECT,
            "term": _clean(s.term),
            "subdivisions": [[k, _clean(v)] for k, v in s.subdivisions if v.strip()],
        }
        for i, s in enumerate(data.subjects)
        if s.term.strip()
    ]
    first_keyword = len(subjects)
    subjects += [
        {
            "position": first_keyword + i,
            "kind": SubjectKind.KEYWORD,
            "term": _clean(k),
            "subdivisions": [],
        }
        for i, k in enumerate(data.keywords)
        if k.strip()
    ]
    return persons, isbns, subjects


def apply_data(record: Record, data: RecordData) -> None:
    """Copy the editor's data onto an ORM record (replacing repeatable parts)."""
    for name, value in record_columns(data).items():
        setattr(record, name, value)
    persons, isbns, subjects = part_rows(data)
    record.persons = [Person(**row) for row in persons]
    record.isbns = [Isbn(**row) for row in isbns]
    record.subjects = [Subject(**row) for row in subjects]
    record.updated_at = utcnow()


def to_data(record: Record) -> RecordData:
    return record_data(
        record,
        persons=[PersonData(p.name, p.role, p.dates) for p in record.persons],
        isbns=[i.isbn for i in record.isbns],
        subjects=[
            SubjectData(s.term, s.kind, [(k, v) for k, v in s.subdivisions])
            for s in record.subjects
            if s.kind is SubjectKind.SUBJECT
        ],
        keywords=[s.term for s in record.subjects if s.kind is SubjectKind.KEYWORD],
    )


def _load(session: Session, record_id: int) -> Record:
    record = session.get(
        Record,
        record_id,
        options=[
            selectinload(Record.persons),
            selectinload(Record.isbns),
            selectinload(Record.subjects),
        ],
    )
    if record is None:
        raise RecordNotFound(record_id)
    return record


def create_record(session: Session, data: RecordData) -> int:
    errors = validate_record(data)
    if errors:
        raise ValidationError(errors)
    record = Record(title="")
    apply_data(record, data)
    session.add(record)
    session.flush()
    return record.id


def update_record(session: Session, data: RecordData) -> None:
    if data.id is None:
        raise ValueError("update_record needs data.id")
    errors = validate_record(data)
    if errors:
        raise ValidationError(errors)
    apply_data(_load(session, data.id), data)
    session.flush()


def get_record(session: Session, record_id: int) -> RecordData:
    return to_data(_load(session, record_id))


def get_detail(session: Session, record_id: int) -> RecordDetail:
    record = session.get(
        Record,
        record_id,
        options=[
            selectinload(Record.persons),
            selectinload(Record.isbns),
            selectinload(Record.subjects),
            selectinload(Record.copies),
            selectinload(Record.stock_lots),
        ],
    )
    if record is None:
        raise RecordNotFound(record_id)
    copies = []
    for c in record.copies:
        w = c.write_off
        copies.append(
            CopyData(
                id=c.id,
                record_id=c.record_id,
                inventory_number=c.inventory_number,
                barcode=c.barcode,
                location=c.location,
                status=c.status,
                acquired_on=c.acquired_on,
                source=c.source,
                price_tiyn=c.price_tiyn,
                ksu_entry=c.ksu_entry,
                written_off_on=w.written_off_on if w else None,
                writeoff_act=w.act_number if w else "",
                writeoff_reason=w.reason if w else "",
                labelled_at=c.labelled_at,
            )
        )
    copies.sort(key=lambda c: inventory_order(c.inventory_number))
    stock = [
        StockData(
            id=s.id,
            record_id=s.record_id,
            quantity=s.quantity,
            ksu_entry=s.ksu_entry,
            academic_year=s.academic_year,
            location=s.location,
            acquired_on=s.acquired_on,
            source=s.source,
            price_tiyn=s.price_tiyn,
            written_off=s.written_off,
        )
        for s in record.stock_lots
    ]
    return RecordDetail(record=to_data(record), copies=copies, stock=stock)


def delete_records(session: Session, record_ids: Iterable[int]) -> int:
    """Move records to the recoverable deleted state (copies stay with them)."""
    now = utcnow()
    count = 0
    for rid in record_ids:
        record = session.get(Record, rid)
        if record is not None and record.deleted_at is None:
            record.deleted_at = now
            count += 1
    session.flush()
    return count


def restore_records(session: Session, record_ids: Iterable[int]) -> int:
    count = 0
    for rid in record_ids:
        record = session.get(Record, rid)
        if record is not None and record.deleted_at is not None:
            record.deleted_at = None
            count += 1
    session.flush()
    return count


def find_duplicates(
    session: Session, data: RecordData, *, same_title_for_isbn: bool = False
) -> list[DuplicateMatch]:
    """Existing records with the same ISBN, or the same title + first author + year.

    With ``same_title_for_isbn`` (imports), an ISBN match counts only when the titles
    agree too: publishers reuse one ISBN for the parts of a serial or a set.
    """
    matches: dict[int, DuplicateMatch] = {}
    forms: set[str] = set()
    for raw in data.isbns:
        forms.update(isbn_checksum.search_forms(raw))
    if forms:
        rows = session.execute(
            select(Record.id, Record.title, Record.year, Record.title_sort, Record.part)
            .join(Isbn, Isbn.record_id == Record.id)
            .where(Isbn.isbn.in_(forms), Record.deleted_at.is_(None))
        )
        for rid, title, year, title_sort, part in rows:
            if rid == data.id:
                continue
            if same_title_for_isbn and (
                title_sort != sort_key(data.title) or sort_key(part) != sort_key(data.part)
            ):
                continue
            matches[rid] = DuplicateMatch(rid, title, year, "isbn")
    key = sort_key(data.title)
    if key:
        author = sort_key(data.first_author)
        part = sort_key(data.part)
        stmt = select(Record.id, Record.title, Record.year, Record.author_sort, Record.part).where(
            Record.title_sort == key, Record.deleted_at.is_(None)
        )
        stmt = stmt.where(Record.year.is_(None) if data.year is None else Record.year == data.year)
        for rid, title, year, author_sort, other_part in session.execute(stmt):
            if rid == data.id or rid in matches:
                continue
            if author_sort != author or sort_key(other_part) != part:
                continue
            if forms:
                # Both carry ISBNs and none is shared: different books (e.g. two
                # volumes whose title proper is just «Т. 1»).
                theirs = set(session.scalars(select(Isbn.isbn).where(Isbn.record_id == rid)))
                if theirs and not theirs & forms:
                    continue
            matches[rid] = DuplicateMatch(rid, title, year, "title_author_year")
    return list(matches.values())


def is_textbook(data: RecordData) -> bool:
    return data.material_type is MaterialType.TEXTBOOK
