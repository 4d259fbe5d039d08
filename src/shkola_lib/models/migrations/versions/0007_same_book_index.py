"""an index on what makes two records the same book

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 07:00:00

An import asks, for every block of 200 records, which records already have the same
title, first author and year. With an index on the title alone SQLite read the whole
``records`` table for each block (70 ms at 100,000 records, 0.7 s at a million, where
titles like «Математика» repeat thousands of times); with this one it reads only the
matching entries (2.5 ms at 100,000), and the deletion mark in the index lets it pass
over records that do not qualify without reading their rows.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_records_same_book", "records", ["title_sort", "author_sort", "year", "deleted_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_records_same_book", table_name="records")
