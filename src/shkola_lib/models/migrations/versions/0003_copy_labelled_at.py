"""copies remember when their label was printed

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 21:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN: no table rebuild needed for a nullable column.
    op.add_column("copies", sa.Column("labelled_at", sa.DateTime(), nullable=True))
    op.create_index(op.f("ix_copies_labelled_at"), "copies", ["labelled_at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_copies_labelled_at"), table_name="copies")
    with op.batch_alter_table("copies", schema=None) as batch_op:
        batch_op.drop_column("labelled_at")
