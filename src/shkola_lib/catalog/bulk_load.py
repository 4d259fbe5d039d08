"""Reading many records with their parts and stored MARC fields in a few queries.

:func:`~shkola_lib.catalog.records.get_detail` loads one record through the ORM
(identity map, lazy loaders, a handful of queries): fine for the detail pane, a
few milliseconds per record for an export of the whole catalog. :func:`load_details`
reads a block of records with one query per table and builds the same plain data
(``RecordDetail`` and the original fields) without ORM objects.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from shkola_lib.catalog.data import (
    CopyData,
    PersonData,
    RecordDetail,
    StockData,
    SubjectData,
    inventory_order,
)
from shkola_lib.catalog.records import RecordNotFound, record_data
from shkola_lib.io.marc.crosswalk import MarcFieldData, fields_from_json
from shkola_lib.models import (
    Copy,
    Isbn,
    OriginalMarc,
    Person,
    Record,
    StockLot,
    Subject,
    SubjectKind,
    WriteOff,
)

#: Records per block: a few queries each, memory stays flat on any catalog size.
BLOCK = 500


@dataclass
class Loaded:
    """One record as an export needs it."""

    detail: RecordDetail
    original_fields: list[MarcFieldData]
    leader: str
    flavour: str
    # Marked unchanged since its import (see OriginalMarc.unchanged).
    unchanged: bool = False


def iter_loaded(
    conn: Connection, record_ids: Sequence[int], block: int = BLOCK
) -> Iterator[list[Loaded]]:
    """The records of ``record_ids`` in their order, a block at a time."""
    for start in range(0, len(record_ids), block):
        chunk = list(record_ids[start : start + block])
        yield load_details(conn, chunk)


def load_details(
    conn: Connection,
    record_ids: Sequence[int],
    parsed: Mapping[int, list[MarcFieldData]] | None = None,
) -> list[Loaded]:
    """Like ``get_detail`` and ``exporter.original_fields`` for each id (a few hundred),
    in the order of ``record_ids``; ``parsed``: stored fields already read.

    Raises :class:`~shkola_lib.catalog.records.RecordNotFound` for an id that is not
    in the catalog.
    """
    ids = sorted(set(record_ids))
    persons: dict[int, list[PersonData]] = defaultdict(list)
    for rid, name, role, dates in conn.execute(
        select(Person.record_id, Person.name, Person.role, Person.dates)
        .where(Person.record_id.in_(ids))
        .order_by(Person.record_id, Person.position, Person.id)
    ):
        persons[rid].append(PersonData(name, role, dates))
    isbns: dict[int, list[str]] = defaultdict(list)
    for rid, value in conn.execute(
        select(Isbn.record_id, Isbn.isbn)
        .where(Isbn.record_id.in_(ids))
        .order_by(Isbn.record_id, Isbn.position, Isbn.id)
    ):
        isbns[rid].append(value)
    subjects: dict[int, list[SubjectData]] = defaultdict(list)
    keywords: dict[int, list[str]] = defaultdict(list)
    for rid, kind, term, subdivisions in conn.execute(
        select(Subject.record_id, Subject.kind, Subject.term, Subject.subdivisions)
        .where(Subject.record_id.in_(ids))
        .order_by(Subject.record_id, Subject.position, Subject.id)
    ):
        if kind is SubjectKind.SUBJECT:
            subjects[rid].append(SubjectData(term, kind, [(k, v) for k, v in subdivisions]))
        elif kind is SubjectKind.KEYWORD:
            keywords[rid].append(term)
    copies = _copies(conn, ids)
    stock = _stock(conn, ids)
    fields: dict[int, str] = {}
    unchanged: set[int] = set()
    for rid, text, mark in conn.execute(
        select(OriginalMarc.record_id, OriginalMarc.fields, OriginalMarc.unchanged).where(
            OriginalMarc.record_id.in_(ids)
        )
    ):
        fields[rid] = text
        if mark:
            unchanged.add(rid)
    out: dict[int, Loaded] = {}
    for row in conn.execute(select(Record.__table__).where(Record.id.in_(ids))):
        rid = row.id
        data = record_data(
            row,
            persons=persons.get(rid, []),
            isbns=isbns.get(rid, []),
            subjects=subjects.get(rid, []),
            keywords=keywords.get(rid, []),
        )
        detail = RecordDetail(record=data, copies=copies.get(rid, []), stock=stock.get(rid, []))
        out[rid] = Loaded(
            detail,
            parsed[rid] if parsed and rid in parsed else fields_from_json(fields.get(rid)),
            row.marc_leader,
            row.marc_flavour,
            rid in unchanged,
        )
    for rid in ids:
        if rid not in out:
            raise RecordNotFound(rid)
    return [out[rid] for rid in record_ids]


def load_unchanged(
    conn: Connection, record_ids: Sequence[int], flavour: str
) -> dict[int, tuple[list[MarcFieldData], str, str]]:
    """id → (original fields, leader, flavour) of the records among ``record_ids``
    marked unchanged since their import (``OriginalMarc.unchanged``) and catalogued
    in ``flavour``."""
    rows = conn.execute(
        select(OriginalMarc.record_id, OriginalMarc.fields, Record.marc_leader, Record.marc_flavour)
        .join(Record, Record.id == OriginalMarc.record_id)
        .where(OriginalMarc.unchanged, OriginalMarc.record_id.in_(sorted(set(record_ids))))
    )
    return {
        rid: (fields_from_json(fields), leader, own)
        for rid, fields, leader, own in rows
        if (own or flavour) == flavour
    }


def _copies(conn: Connection, ids: list[int]) -> dict[int, list[CopyData]]:
    copies: dict[int, list[CopyData]] = defaultdict(list)
    c, w = Copy.__table__.c, WriteOff.__table__.c  # type: ignore[attr-defined]
    rows = conn.execute(
        select(c, w.written_off_on, w.act_number, w.reason)
        .outerjoin(WriteOff.__table__, w.copy_id == c.id)
        .where(c.record_id.in_(ids))
        .order_by(c.record_id, c.inventory_number)
    )
    row: Any
    for row in rows:
        copies[row.record_id].append(
            CopyData(
                id=row.id,
                record_id=row.record_id,
                inventory_number=row.inventory_number,
                barcode=row.barcode,
                location=row.location,
                status=row.status,
                acquired_on=row.acquired_on,
                source=row.source,
                price_tiyn=row.price_tiyn,
                ksu_entry=row.ksu_entry,
                written_off_on=row.written_off_on,
                writeoff_act=row.act_number or "",
                writeoff_reason=row.reason or "",
                labelled_at=row.labelled_at,
            )
        )
    for items in copies.values():  # as the detail pane lists them
        items.sort(key=lambda item: inventory_order(item.inventory_number))
    return copies


def _stock(conn: Connection, ids: list[int]) -> dict[int, list[StockData]]:
    written: dict[int, int] = dict(
        conn.execute(  # type: ignore[arg-type]
            select(WriteOff.stock_lot_id, func.sum(WriteOff.quantity))
            .join(StockLot, StockLot.id == WriteOff.stock_lot_id)
            .where(StockLot.record_id.in_(ids))
            .group_by(WriteOff.stock_lot_id)
        ).all()
    )
    stock: dict[int, list[StockData]] = defaultdict(list)
    s = StockLot.__table__.c  # type: ignore[attr-defined]
    for row in conn.execute(select(s).where(s.record_id.in_(ids)).order_by(s.record_id, s.id)):
        stock[row.record_id].append(
            StockData(
                id=row.id,
                record_id=row.record_id,
                quantity=row.quantity,
                ksu_entry=row.ksu_entry,
                academic_year=row.academic_year,
                location=row.location,
                acquired_on=row.acquired_on,
                source=row.source,
                price_tiyn=row.price_tiyn,
                written_off=int(written.get(row.id, 0)),
            )
        )
    return stock
