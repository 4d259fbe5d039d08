"""Records' details read through plain ``sqlite3``: one for the detail pane, blocks
of them for the exports.

The window shows the first record's details right after its first answer; reading them
through the ORM would load SQLAlchemy then (about 0.25 s, in a worker thread that holds
the interpreter lock the window needs). An export reads every record; through
SQLAlchemy's Core a block cost about three times as much (its result rows and type
processors). This reader builds the same :class:`~shkola_lib.catalog.data.RecordDetail`
as :func:`~shkola_lib.catalog.records.get_detail` from the stored values — SQLAlchemy
keeps dates as ISO text, enums as their codes and subdivisions as JSON.
``tests/test_plain_detail.py`` compares the two on every record of a catalog made from
the corpus and the demo data.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict, namedtuple
from collections.abc import Sequence
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


# A block of ids as one parameter (no limit on the number of ids, one statement each).
IDS = "SELECT value FROM json_each(?)"


def ids_parameter(record_ids: Sequence[int]) -> tuple[str]:
    """The parameters of a statement whose only ``?`` is in ``IDS``."""
    return (json.dumps(sorted(set(record_ids))),)


def read_detail(conn: sqlite3.Connection, record_id: int) -> RecordDetail:
    """The record ``record_id`` with its parts, copies and counted stock."""
    details = read_details(conn, [record_id])
    if record_id not in details:
        raise RecordNotFound(record_id)
    return details[record_id]


def read_details(conn: sqlite3.Connection, record_ids: Sequence[int]) -> dict[int, RecordDetail]:
    """id → details of those of ``record_ids`` that are in the catalog (a few hundred at
    a time: five statements, whatever their number)."""
    ids = ids_parameter(record_ids)
    persons: dict[int, list[PersonData]] = defaultdict(list)
    for rid, name, role, dates in conn.execute(
        f"SELECT record_id, name, role, dates FROM record_persons WHERE record_id IN ({IDS}) "
        "ORDER BY record_id, position, id",
        ids,
    ):
        persons[rid].append(PersonData(name, PersonRole(role), dates))
    isbns: dict[int, list[str]] = defaultdict(list)
    for rid, isbn in conn.execute(
        f"SELECT record_id, isbn FROM record_isbns WHERE record_id IN ({IDS}) "
        "ORDER BY record_id, position, id",
        ids,
    ):
        isbns[rid].append(isbn)
    subjects: dict[int, list[SubjectData]] = defaultdict(list)
    keywords: dict[int, list[str]] = defaultdict(list)
    for rid, kind, term, subdivisions in conn.execute(
        f"SELECT record_id, kind, term, subdivisions FROM record_subjects "
        f"WHERE record_id IN ({IDS}) ORDER BY record_id, position, id",
        ids,
    ):
        if kind == SubjectKind.SUBJECT.value:
            parts = json.loads(subdivisions) if subdivisions else []
            subjects[rid].append(SubjectData(term, SubjectKind.SUBJECT, [(k, v) for k, v in parts]))
        elif kind == SubjectKind.KEYWORD.value:
            keywords[rid].append(term)
    copies, stock = _copies(conn, ids), _stock(conn, ids)
    out: dict[int, RecordDetail] = {}
    for row in conn.execute(
        f"SELECT {', '.join(_RECORD_COLUMNS)} FROM records WHERE id IN ({IDS})", ids
    ):
        values: Any = _Row(*row)
        values = values._replace(
            material_type=MaterialType(values.material_type),
            created_at=_datetime(values.created_at),
            updated_at=_datetime(values.updated_at),
        )
        rid = values.id
        record = record_data(
            values,
            persons=persons.get(rid, []),
            isbns=isbns.get(rid, []),
            subjects=subjects.get(rid, []),
            keywords=keywords.get(rid, []),
        )
        out[rid] = RecordDetail(record=record, copies=copies.get(rid, []), stock=stock.get(rid, []))
    return out


def _copies(conn: sqlite3.Connection, ids: tuple[str]) -> dict[int, list[CopyData]]:
    copies: dict[int, list[CopyData]] = defaultdict(list)
    for (
        copy_id, rid, number, barcode, location, status, acquired_on, source, price, ksu,
        labelled_at, written_off_on, act, reason,
    ) in conn.execute(
        "SELECT c.id, c.record_id, c.inventory_number, c.barcode, c.location, c.status, "
        "c.acquired_on, c.source, c.price_tiyn, c.ksu_entry, c.labelled_at, "
        "w.written_off_on, w.act_number, w.reason "
        "FROM copies c LEFT JOIN write_offs w ON w.copy_id = c.id "
        f"WHERE c.record_id IN ({IDS}) ORDER BY c.record_id, c.inventory_number",
        ids,
    ):  # fmt: skip
        copies[rid].append(
            CopyData(
                id=copy_id,
                record_id=rid,
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
        )
    for items in copies.values():  # as the detail pane lists them
        items.sort(key=lambda item: inventory_order(item.inventory_number))
    return copies


def _stock(conn: sqlite3.Connection, ids: tuple[str]) -> dict[int, list[StockData]]:
    stock: dict[int, list[StockData]] = defaultdict(list)
    for (
        lot_id,
        rid,
        quantity,
        ksu,
        year,
        location,
        acquired_on,
        source,
        price,
        written,
    ) in conn.execute(
        "SELECT s.id, s.record_id, s.quantity, s.ksu_entry, s.academic_year, s.location, "
        "s.acquired_on, s.source, s.price_tiyn, "
        "(SELECT coalesce(sum(w.quantity), 0) FROM write_offs w "
        "WHERE w.stock_lot_id = s.id) "
        f"FROM stock_lots s WHERE s.record_id IN ({IDS}) ORDER BY s.record_id, s.id",
        ids,
    ):
        stock[rid].append(
            StockData(
                id=lot_id,
                record_id=rid,
                quantity=quantity,
                ksu_entry=ksu,
                academic_year=year,
                location=location,
                acquired_on=_date(acquired_on),
                source=source,
                price_tiyn=price,
                written_off=int(written),
            )
        )
    return stock
