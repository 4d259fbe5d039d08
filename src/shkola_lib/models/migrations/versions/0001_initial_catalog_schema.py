"""initial catalog schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 20:26:01.240721
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


FTS_COLUMNS = "title, persons, isbn, bbk, subjects, inventory, publisher, year"


def upgrade() -> None:
    op.create_table(
        "app_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_state")),
    )
    op.create_table(
        "records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "material_type",
            sa.Enum(
                "book",
                "textbook",
                "brochure",
                "periodical",
                "electronic",
                "audiovisual",
                "other",
                name="materialtype",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("other_title", sa.Text(), nullable=False),
        sa.Column("responsibility", sa.Text(), nullable=False),
        sa.Column("part", sa.Text(), nullable=False),
        sa.Column("corporate_body", sa.Text(), nullable=False),
        sa.Column("edition", sa.Text(), nullable=False),
        sa.Column("place", sa.Text(), nullable=False),
        sa.Column("publisher", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("extent", sa.Text(), nullable=False),
        sa.Column("series", sa.Text(), nullable=False),
        sa.Column("series_number", sa.String(length=40), nullable=False),
        sa.Column("languages", sa.String(length=80), nullable=False),
        sa.Column("bbk", sa.String(length=120), nullable=False),
        sa.Column("udc", sa.String(length=120), nullable=False),
        sa.Column("author_sign", sa.String(length=20), nullable=False),
        sa.Column("annotation", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("grades", sa.String(length=40), nullable=False),
        sa.Column("school_subject", sa.Text(), nullable=False),
        sa.Column("instruction_language", sa.String(length=8), nullable=False),
        sa.Column("title_sort", sa.Text(), nullable=False),
        sa.Column("author_sort", sa.Text(), nullable=False),
        sa.Column("marc_flavour", sa.String(length=10), nullable=False),
        sa.Column("marc_leader", sa.String(length=24), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_records")),
    )
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_records_author_sort"), ["author_sort"], unique=False)
        batch_op.create_index(batch_op.f("ix_records_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_records_deleted_at"), ["deleted_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_records_title_sort"), ["title_sort"], unique=False)
        batch_op.create_index("ix_records_year", ["year"], unique=False)

    op.create_table(
        "copies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("inventory_number", sa.String(length=40), nullable=False),
        sa.Column("inventory_seq", sa.Integer(), nullable=True),
        sa.Column("barcode", sa.String(length=64), nullable=True),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "available",
                "on_loan",
                "lost",
                "written_off",
                name="copystatus",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("acquired_on", sa.Date(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("price_tiyn", sa.Integer(), nullable=True),
        sa.Column("ksu_entry", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_copies_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_copies")),
        sa.UniqueConstraint("barcode", name=op.f("uq_copies_barcode")),
        sa.UniqueConstraint("inventory_number", name=op.f("uq_copies_inventory_number")),
    )
    with op.batch_alter_table("copies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_copies_created_at"), ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_copies_inventory_seq"), ["inventory_seq"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_copies_record_id"), ["record_id"], unique=False)

    op.create_table(
        "record_isbns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("isbn", sa.String(length=13), nullable=False),
        sa.Column("qualifier", sa.Text(), nullable=False),
        sa.Column("valid", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_record_isbns_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_isbns")),
    )
    with op.batch_alter_table("record_isbns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_record_isbns_isbn"), ["isbn"], unique=False)
        batch_op.create_index(batch_op.f("ix_record_isbns_record_id"), ["record_id"], unique=False)

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

    op.create_table(
        "record_persons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("dates", sa.String(length=40), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "author",
                "coauthor",
                "editor",
                "translator",
                "illustrator",
                "other",
                name="personrole",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_record_persons_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_persons")),
    )
    with op.batch_alter_table("record_persons", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_record_persons_record_id"), ["record_id"], unique=False
        )

    op.create_table(
        "record_subjects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("subject", "keyword", name="subjectkind", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("term", sa.Text(), nullable=False),
        sa.Column("subdivisions", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_record_subjects_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_subjects")),
    )
    with op.batch_alter_table("record_subjects", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_record_subjects_record_id"), ["record_id"], unique=False
        )

    op.create_table(
        "stock_lots",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("ksu_entry", sa.String(length=40), nullable=False),
        sa.Column("academic_year", sa.String(length=9), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("acquired_on", sa.Date(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("price_tiyn", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_stock_lots_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_stock_lots_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_lots")),
    )
    with op.batch_alter_table("stock_lots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stock_lots_record_id"), ["record_id"], unique=False)

    op.create_table(
        "write_offs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("copy_id", sa.Integer(), nullable=True),
        sa.Column("stock_lot_id", sa.Integer(), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("written_off_on", sa.Date(), nullable=False),
        sa.Column("act_number", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(copy_id IS NULL) != (stock_lot_id IS NULL)", name=op.f("ck_write_offs_one_target")
        ),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_write_offs_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["copy_id"],
            ["copies.id"],
            name=op.f("fk_write_offs_copy_id_copies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["stock_lot_id"],
            ["stock_lots.id"],
            name=op.f("fk_write_offs_stock_lot_id_stock_lots"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_write_offs")),
        sa.UniqueConstraint("copy_id", name=op.f("uq_write_offs_copy_id")),
    )
    with op.batch_alter_table("write_offs", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_write_offs_stock_lot_id"), ["stock_lot_id"], unique=False
        )

    # Full-text index over normalised text (casefolded, ё → е); rowid = records.id.
    # Kept in step by shkola_lib.catalog.search_index on every flush.
    op.execute(
        f"CREATE VIRTUAL TABLE records_fts USING fts5({FTS_COLUMNS}, "
        "tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3')"
    )


def downgrade() -> None:
    op.execute("DROP TABLE records_fts")
    with op.batch_alter_table("write_offs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_write_offs_stock_lot_id"))

    op.drop_table("write_offs")
    with op.batch_alter_table("stock_lots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stock_lots_record_id"))

    op.drop_table("stock_lots")
    with op.batch_alter_table("record_subjects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_subjects_record_id"))

    op.drop_table("record_subjects")
    with op.batch_alter_table("record_persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_persons_record_id"))

    op.drop_table("record_persons")
    with op.batch_alter_table("record_marc_fields", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_marc_fields_record_id"))

    op.drop_table("record_marc_fields")
    with op.batch_alter_table("record_isbns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_record_isbns_record_id"))
        batch_op.drop_index(batch_op.f("ix_record_isbns_isbn"))

    op.drop_table("record_isbns")
    with op.batch_alter_table("copies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_copies_record_id"))
        batch_op.drop_index(batch_op.f("ix_copies_inventory_seq"))
        batch_op.drop_index(batch_op.f("ix_copies_created_at"))

    op.drop_table("copies")
    with op.batch_alter_table("records", schema=None) as batch_op:
        batch_op.drop_index("ix_records_year")
        batch_op.drop_index(batch_op.f("ix_records_title_sort"))
        batch_op.drop_index(batch_op.f("ix_records_deleted_at"))
        batch_op.drop_index(batch_op.f("ix_records_created_at"))
        batch_op.drop_index(batch_op.f("ix_records_author_sort"))

    op.drop_table("records")
    op.drop_table("app_state")
