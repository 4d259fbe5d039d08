"""original MARC fields kept as one row per record

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 02:00:00

An import wrote one row per MARC field (about 13 per record) and an export read them all
back: most of the time of both went into those rows. The fields of a record are only ever
used together, so they are now one compact JSON text per record in ``record_marc``:
a control field is ``[tag, value]``, a data field ``[tag, indicators, [code, value, …]]``.
The rows are converted record by record, in field order; the old table is dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_BLOCK = 5_000  # records written per executemany
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _old_fields(dbapi: Any) -> Iterator[tuple[int, list[list[Any]]]]:
    """(record id, fields in order) from ``record_marc_fields``, one record at a time."""
    rows = dbapi.execute(
        "SELECT record_id, tag, ind1, ind2, value, subfields FROM record_marc_fields "
        "ORDER BY record_id, position, id"
    )
    current: int | None = None
    fields: list[list[Any]] = []
    for rid, tag, ind1, ind2, value, subfields in rows:
        if rid != current:
            if current is not None:
                yield current, fields
            current, fields = rid, []
        subs = json.loads(subfields) if subfields else None
        if subs is None:
            fields.append([tag, value or ""])
        else:
            inds = (ind1 or " ")[:1] + (ind2 or " ")[:1]
            fields.append([tag, inds, [x for code, text in subs for x in (code, text)]])
    if current is not None:
        yield current, fields


def upgrade() -> None:
    op.create_table(
        "record_marc",
        sa.Column("record_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_record_marc_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_record_marc")),
    )
    conn = op.get_bind()
    insert = "INSERT INTO record_marc(record_id, fields) VALUES (?, ?)"
    block: list[tuple[int, str]] = []
    # Reading one table while writing another on the same connection is safe in
    # SQLite; blocks keep memory flat on a catalog of any size.
    for rid, fields in _old_fields(conn.connection.driver_connection):
        block.append((rid, _dumps(fields)))
        if len(block) >= _BLOCK:
            conn.exec_driver_sql(insert, block)
            block = []
    if block:
        conn.exec_driver_sql(insert, block)
    with op.batch_alter_table("record_marc_fields", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_marc_fields_record_id"))
    op.drop_table("record_marc_fields")


def downgrade() -> None:
    op.create_table(
        "record_marc_fields",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("tag", sa.String(length=3), nullable=False),
        sa.Column("ind1", sa.String(length=1), nullable=False),
        sa.Column("ind2", sa.String(length=1), nullable=False),
        sa.Column("value", sa.Text(), nullable=True),
        sa.Column("subfields", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_record_marc_fields_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_marc_fields")),
    )
    with op.batch_alter_table("record_marc_fields", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_record_marc_fields_record_id"), ["record_id"], unique=False
        )
    conn = op.get_bind()
    rows: list[tuple[Any, ...]] = []
    for rid, text in conn.exec_driver_sql(
        "SELECT record_id, fields FROM record_marc ORDER BY record_id"
    ).all():
        for position, entry in enumerate(json.loads(text)):
            if len(entry) == 2:
                rows.append((rid, position, entry[0], " ", " ", entry[1], None))
            else:
                flat = entry[2]
                pairs = [[flat[i], flat[i + 1]] for i in range(0, len(flat), 2)]
                rows.append(
                    (rid, position, entry[0], entry[1][0], entry[1][1], None, json.dumps(pairs))
                )
    if rows:
        conn.exec_driver_sql(
            "INSERT INTO record_marc_fields(record_id, position, tag, ind1, ind2, value, "
            "subfields) VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    op.drop_table("record_marc")
