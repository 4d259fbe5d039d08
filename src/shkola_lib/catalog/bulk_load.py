"""Reading many records with their parts and stored MARC fields in a few queries.

:func:`~shkola_lib.catalog.records.get_detail` loads one record through the ORM
(identity map, lazy loaders, a handful of queries): fine for one record, a few
milliseconds per record for an export of the whole catalog. :func:`load_details` reads a
block of records with one plain sqlite3 query per table (``plain_detail.read_details``)
and builds the same plain data (``RecordDetail`` and the original fields).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection

from shkola_lib.catalog.data import RecordDetail, RecordNotFound
from shkola_lib.catalog.plain_detail import IDS, ids_parameter, read_details
from shkola_lib.io.marc.crosswalk import MarcFieldData, fields_from_json
from shkola_lib.models.db import plain_connection

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

    Reads through plain sqlite3 inside ``conn``'s transaction (``plain_detail``): through
    SQLAlchemy's Core the same block cost about three times as much.

    Raises :class:`~shkola_lib.catalog.records.RecordNotFound` for an id that is not
    in the catalog.
    """
    raw = plain_connection(conn)
    details = read_details(raw, record_ids)
    out: dict[int, Loaded] = {}
    for rid, leader, flavour, fields, mark in raw.execute(
        "SELECT r.id, r.marc_leader, r.marc_flavour, m.fields, m.unchanged FROM records r "
        f"LEFT JOIN record_marc m ON m.record_id = r.id WHERE r.id IN ({IDS})",
        ids_parameter(record_ids),
    ):
        out[rid] = Loaded(
            details[rid],
            parsed[rid] if parsed and rid in parsed else fields_from_json(fields),
            leader,
            flavour,
            bool(mark),
        )
    for rid in record_ids:
        if rid not in out:
            raise RecordNotFound(rid)
    return [out[rid] for rid in record_ids]


def load_unchanged(
    conn: Connection, record_ids: Sequence[int], flavour: str
) -> dict[int, tuple[list[MarcFieldData], str, str]]:
    """id → (original fields, leader, flavour) of the records among ``record_ids``
    marked unchanged since their import (``OriginalMarc.unchanged``) and catalogued
    in ``flavour``."""
    rows = plain_connection(conn).execute(
        "SELECT m.record_id, m.fields, r.marc_leader, r.marc_flavour FROM record_marc m "
        f"JOIN records r ON r.id = m.record_id WHERE m.unchanged AND m.record_id IN ({IDS})",
        ids_parameter(record_ids),
    )
    return {
        rid: (fields_from_json(fields), leader, own)
        for rid, fields, leader, own in rows
        if (own or flavour) == flavour
    }
