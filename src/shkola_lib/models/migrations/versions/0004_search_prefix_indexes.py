"""search index keeps prefix indexes up to 8 characters

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26 00:10:00

A prefix longer than the FTS5 table's own prefix indexes stands for every indexed word
it starts: «978601» (the start of most Kazakh ISBNs) reads tens of thousands of word
lists. With prefix indexes up to 8 characters such a prefix is one list. The table is
rebuilt from its own content (folded text, same row ids), then merged into one segment.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FTS_COLUMNS = "title, persons, isbn, bbk, subjects, inventory, publisher, year"
TOKENIZE = "tokenize = 'unicode61 remove_diacritics 0'"


def _rebuild(prefix: str) -> None:
    op.execute(
        f"CREATE VIRTUAL TABLE records_fts_rebuilt USING fts5({FTS_COLUMNS}, {TOKENIZE}, "
        f"prefix = '{prefix}')"
    )
    op.execute(
        f"INSERT INTO records_fts_rebuilt(rowid, {FTS_COLUMNS}) "
        f"SELECT rowid, {FTS_COLUMNS} FROM records_fts"
    )
    op.execute("DROP TABLE records_fts")
    op.execute("ALTER TABLE records_fts_rebuilt RENAME TO records_fts")
    op.execute("INSERT INTO records_fts(records_fts) VALUES ('optimize')")


def upgrade() -> None:
    _rebuild("1 2 3 4 5 6 7 8")


def downgrade() -> None:
    _rebuild("1 2 3")
