"""Keeps the FTS5 table ``records_fts`` in step with the catalog tables.

Any flush that touches a record or one of its parts (persons, ISBNs, subjects,
copies, stock) re-indexes that record inside the same transaction, so the index
can never disagree with committed data. Deleted records leave the index.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, event, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from shkola_lib.catalog import isbn_checksum
from shkola_lib.catalog.search import unavailable
from shkola_lib.catalog.text import fold
from shkola_lib.models import Copy, Isbn, Person, Record, StockLot, Subject

_CHUNK = 500
_TRACKED = (Person, Isbn, Subject, Copy, StockLot)


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _marks(ids: Iterable[int]) -> str:
    return ",".join(str(int(i)) for i in ids)


def _delete_rows(conn: Connection, marks: str) -> None:
    """The first statement of every write to the search table: where the table is gone
    (a damaged file), say so in the librarian's words instead of SQLite's."""
    try:
        conn.execute(text(f"DELETE FROM records_fts WHERE rowid IN ({marks})"))
    except DatabaseError as exc:
        damaged = unavailable(exc)
        if damaged is None:
            raise
        raise damaged from exc


def reindex_records(conn: Connection, record_ids: Iterable[int]) -> None:
    """Rebuild the index rows of the given records from the tables (a ``range`` is taken
    as it is: an import's new records, a million ids, need no set and no sort)."""
    ids = record_ids if isinstance(record_ids, range) else sorted({int(i) for i in record_ids})
    for chunk in _chunks(ids):
        marks = _marks(chunk)
        _delete_rows(conn, marks)
        records = conn.execute(
            text(
                "SELECT id, title, other_title, part, responsibility, corporate_body, "
                "bbk, udc, author_sign, publisher, place, year, series, school_subject "
                f"FROM records WHERE id IN ({marks}) AND deleted_at IS NULL"
            )
        ).all()
        if not records:
            continue
        parts: dict[str, dict[int, list[str]]] = {
            key: defaultdict(list) for key in ("persons", "isbn", "subjects", "inventory")
        }
        for rid, name in conn.execute(
            text(f"SELECT record_id, name FROM record_persons WHERE record_id IN ({marks})")
        ):
            parts["persons"][rid].append(name)
        for rid, value in conn.execute(
            text(f"SELECT record_id, isbn FROM record_isbns WHERE record_id IN ({marks})")
        ):
            parts["isbn"][rid].extend(isbn_checksum.search_forms(value))
        for rid, term, subdivisions in conn.execute(
            text(
                "SELECT record_id, term, subdivisions FROM record_subjects "
                f"WHERE record_id IN ({marks})"
            )
        ):
            parts["subjects"][rid].append(term)
            if isinstance(subdivisions, str):  # raw SQL returns the JSON text
                subdivisions = json.loads(subdivisions or "[]")
            parts["subjects"][rid].extend(value for _kind, value in subdivisions or [])
        for rid, inv, barcode in conn.execute(
            text(
                "SELECT record_id, inventory_number, barcode FROM copies "
                f"WHERE record_id IN ({marks})"
            )
        ):
            parts["inventory"][rid].append(inv)
            if barcode:
                parts["inventory"][rid].append(barcode)
        rows: list[dict[str, Any]] = []
        for r in records:
            rid = r.id
            rows.append(
                {
                    "rowid": rid,
                    "title": fold(
                        " ".join(x for x in (r.title, r.other_title, r.part, r.series) if x)
                    ),
                    "persons": fold(
                        " ".join([*parts["persons"][rid], r.responsibility, r.corporate_body])
                    ),
                    "isbn": " ".join(parts["isbn"][rid]),
                    "bbk": fold(" ".join(x for x in (r.bbk, r.udc, r.author_sign) if x)),
                    "subjects": fold(" ".join([*parts["subjects"][rid], r.school_subject])),
                    "inventory": fold(" ".join(parts["inventory"][rid])),
                    "publisher": fold(" ".join(x for x in (r.publisher, r.place) if x)),
                    "year": str(r.year or ""),
                }
            )
        conn.execute(
            text(
                "INSERT INTO records_fts(rowid, title, persons, isbn, bbk, subjects, "
                "inventory, publisher, year) VALUES (:rowid, :title, :persons, :isbn, "
                ":bbk, :subjects, :inventory, :publisher, :year)"
            ),
            rows,
        )


def rebuild_all(conn: Connection) -> int:
    """Re-create every index row (used by ``check --repair`` and after bulk loads)."""
    conn.execute(text("DELETE FROM records_fts"))
    ids = [row[0] for row in conn.execute(text("SELECT id FROM records"))]
    reindex_records(conn, ids)
    return len(ids)


@event.listens_for(Session, "before_flush")
def _remember(session: Session, _ctx: Any, _instances: Any) -> None:
    # Objects still pending have no id yet; keep them to read ids after flush.
    session.info.setdefault("_fts_pending", []).extend(
        obj
        for obj in (*session.new, *session.dirty, *session.deleted)
        if isinstance(obj, (Record, *_TRACKED))
    )


@event.listens_for(Session, "after_flush_postexec")
def _sync(session: Session, _ctx: Any) -> None:
    pending = session.info.pop("_fts_pending", [])
    ids: set[int] = set()
    for obj in pending:
        if isinstance(obj, Record):
            rid = obj.id
        else:
            rid = getattr(obj, "record_id", None)
        if rid is not None:
            ids.add(rid)
    if not ids:
        return
    deferred = session.info.get(DEFER_KEY)
    if deferred is not None:
        deferred.update(ids)  # a bulk job indexes once, before it commits
    else:
        reindex_records(session.connection(), ids)


DEFER_KEY = "_fts_deferred"


def defer_indexing(session: Session) -> None:
    """Collect touched record ids instead of re-indexing on every flush (bulk jobs)."""
    session.info[DEFER_KEY] = set()


def flush_deferred(session: Session) -> None:
    """Index what was collected since :func:`defer_indexing`; call before commit."""
    session.flush()
    ids = session.info.get(DEFER_KEY)
    if ids:
        reindex_records(session.connection(), ids)
        ids.clear()
