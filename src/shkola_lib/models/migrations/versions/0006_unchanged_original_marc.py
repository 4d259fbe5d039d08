"""imported records marked unchanged, kept so by triggers

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26 04:15:00

An export re-maps every imported record's original fields to find what the librarian
changed since the import; most records of a large export were never touched. An
import now marks the records it stored exactly as their fields map
(``record_marc.unchanged``), and triggers clear the mark the moment anything an
export writes changes: the record's own values, its persons, ISBNs and subjects,
its copies, its counted stock and their write-offs, or the stored fields. An export
writes a marked record's fields without re-mapping them.

Records imported before this revision stay unmarked and are exported as before.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every column of ``records`` an export writes or compares. Not here: id, the sort
# keys, created/updated/deleted and the import that created the record.
RECORD_COLUMNS = (
    "material_type, title, other_title, responsibility, part, corporate_body, edition, "
    "place, publisher, year, extent, series, series_number, languages, bbk, udc, "
    "author_sign, annotation, notes, grades, school_subject, instruction_language, "
    "marc_flavour, marc_leader"
)
# Every column of ``copies`` a holdings field can carry (not the label date).
COPY_COLUMNS = (
    "record_id, inventory_number, barcode, location, status, acquired_on, source, "
    "price_tiyn, ksu_entry"
)
_CLEAR = "UPDATE record_marc SET unchanged = 0 WHERE unchanged AND record_id"
_OF_WRITE_OFF = (
    "IN (SELECT record_id FROM copies WHERE id = {row}.copy_id "
    "UNION SELECT record_id FROM stock_lots WHERE id = {row}.stock_lot_id)"
)


def _trigger(name: str, event: str, table: str, *actions: str) -> str:
    body = " ".join(f"{action};" for action in actions)
    return f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN {body} END"


def _triggers() -> dict[str, str]:
    triggers = {
        "marc_unchanged_records": _trigger(
            "marc_unchanged_records",
            f"UPDATE OF {RECORD_COLUMNS}",
            "records",
            f"{_CLEAR} = NEW.id",
        ),
        "marc_unchanged_fields": _trigger(
            "marc_unchanged_fields",
            "UPDATE OF fields",
            "record_marc",
            "UPDATE record_marc SET unchanged = 0 WHERE unchanged AND record_id = NEW.record_id",
        ),
    }
    children = {
        "record_persons": "UPDATE",
        "record_isbns": "UPDATE",
        "record_subjects": "UPDATE",
        "stock_lots": "UPDATE",
        "copies": f"UPDATE OF {COPY_COLUMNS}",
    }
    for table, update in children.items():
        for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)), (update, ("OLD", "NEW"))):
            name = f"marc_unchanged_{table}_{event.split()[0].lower()}"
            actions = [f"{_CLEAR} = {row}.record_id" for row in rows]
            triggers[name] = _trigger(name, event, table, *actions)
    for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)), ("UPDATE", ("OLD", "NEW"))):
        name = f"marc_unchanged_write_offs_{event.lower()}"
        actions = [f"{_CLEAR} {_OF_WRITE_OFF.format(row=row)}" for row in rows]
        triggers[name] = _trigger(name, event, "write_offs", *actions)
    return triggers


def upgrade() -> None:
    with op.batch_alter_table("record_marc", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("unchanged", sa.Boolean(), server_default=sa.text("0"), nullable=False)
        )
    for sql in _triggers().values():
        op.execute(sql)


def downgrade() -> None:
    for name in _triggers():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table("record_marc", schema=None) as batch_op:
        batch_op.drop_column("unchanged")
