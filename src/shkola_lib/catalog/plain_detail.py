"""A record's details for the detail pane, read through plain ``sqlite3``.

The window shows the first record's details right after its first answer; reading them
through the ORM would load SQLAlchemy then (about 0.25 s, in a worker thread that holds
the interpreter lock the window needs). This reader builds the same
:class:`~shkola_lib.catalog.data.RecordDetail` as
:func:`~shkola_lib.catalog.records.get_detail` from the stored values — SQLAlchemy keeps
dates as ISO text, enums as their codes and subdivisions as JSON — so SQLAlchemy loads
with the first edit instead. ``tests/test_plain_detail.py`` compares the two on every
record of a catalog made from the corpus and the demo data.
"""

from __future__ import annotations

import json
import sqlite3
from collections import namedtuple
from datetime import date, datetime
from typing import Any

from shkola_lib.catalog.data import (
    CopyData,
    PersonData,
    RecordDetail,
    RecordNotFound,
    StockData,
    SubjectData,
    inventory_order,
    record_data,
)
from shkola_lib.models.enums import CopyStatus, MaterialType, PersonRole, SubjectKind

# The columns of ``records`` that RecordData holds.
_RECORD_COLUMNS = (
    "id material_type title other_title responsibility part corporate_body edition place "
    "publisher year extent series series_number languages bbk udc author_sign annotation "
    "notes grades school_subject instruction_language created_at updated_at"
).split()
_Row = namedtuple("_Row", _RECORD_COLUMNS)  # type: ignore[misc]


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def read_detail(conn: sqlite3.Connection, record_id: int) -> RecordDetail:
    """The record ``record_id`` with its parts, copies and counted stock."""
    row = conn.execute(
        f"SELECT {', '.join(_RECORD_COLUMNS)} FROM records WHERE id = ?", (record_id,)
    ).fetchone()
    if row is None:
        raise RecordNotFound(record_id)
    values: Any = _Row(*row)
    values = values._replace(
        material_type=MaterialType(values.material_type),
        created_at=_datetime(values.created_at),
        updated_at=_datetime(values.updated_at),
    )
    persons = [
        PersonData(name, PersonRole(role), dates)
        for name, role, dates in conn.execute(
            "SELECT name, role, dates FROM record_persons WHERE record_id = ? "
            "ORDER BY position, id",
            (record_id,),
        )
    ]
    isbns = [
        isbn
        for (isbn,) in conn.execute(
            "SELECT isbn FROM record_isbns WHERE record_id = ? ORDER BY position, id",
            (record_id,),
        )
    ]
    subjects: list[SubjectData] = []
    keywords: list[str] = []
    for kind, term, subdivisions in conn.execute(
        "SELECT kind, term, subdivisions FROM record_subjects WHERE record_id = ? "
        "ORDER BY position, id",
        (record_id,),
    ):
        if kind == SubjectKind.SUBJECT.value:
            parts = json.loads(subdivisions) if subdivisions else []
            subjects.append(SubjectData(term, SubjectKind.SUBJECT, [(k, v) for k, v in parts]))
        elif kind == SubjectKind.KEYWORD.value:
            keywords.append(term)
    record = record_data(values, persons=persons, isbns=isbns, subjects=subjects, keywords=keywords)
    copies, stock = _copies(conn, record_id), _stock(conn, record_id)
    return RecordDetail(record=record, copies=copies, stock=stock)


def _copies(conn: sqlite3.Connection, record_id: int) -> list[CopyData]:
    copies = [
        CopyData(
            id=copy_id,
            record_id=record_id,
            inventory_number=number,
            barcode=barcode,
            location=location,
            status=CopyStatus(status),
            acquired_on=_date(acquired_on),
            source=source,
            price_tiyn=price,
            ksu_entry=ksu,
            written_off_on=_date(written_off_on),
            writeoff_act=act or "",
            writeoff_reason=reason or "",
            labelled_at=_datetime(labelled_at),
        )
        for (
            copy_id, number, barcode, location, status, acquired_on, source, price, ksu,
            labelled_at, written_off_on, act, reason,
        ) in conn.execute(
            "SELECT c.id, c.inventory_number, c.barcode, c.location, c.status, "
            "c.acquired_on, c.source, c.price_tiyn, c.ksu_entry, c.labelled_at, "
            "w.written_off_on, w.act_number, w.reason "
            "FROM copies c LEFT JOIN write_offs w ON w.copy_id = c.id "
            "WHERE c.record_id = ? ORDER BY c.inventory_number",
            (record_id,),
        )
    ]  # fmt: skip
    copies.sort(key=lambda item: inventory_order(item.inventory_number))
    return copies


def _stock(conn: sqlite3.Connection, record_id: int) -> list[StockData]:
    return [
        StockData(
            id=lot_id,
            record_id=record_id,
            quantity=quantity,
            ksu_entry=ksu,
            academic_year=year,
            location=location,
            acquired_on=_date(acquired_on),
            source=source,
            price_tiyn=price,
            written_off=int(written),
        )
        for lot_id, quantity, ksu, year, location, acquired_on, source, price, written in (
            conn.execute(
                "SELECT s.id, s.quantity, s.ksu_entry, s.academic_year, s.location, "
                "s.acquired_on, s.source, s.price_tiyn, "
                "(SELECT coalesce(sum(w.quantity), 0) FROM write_offs w "
                "WHERE w.stock_lot_id = s.id) "
                "FROM stock_lots s WHERE s.record_id = ? ORDER BY s.id",
                (record_id,),
            )
        )
    ]
