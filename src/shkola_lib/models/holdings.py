"""Holdings: individually inventoried copies, counted stock, and write-offs."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Date, DateTime, Enum, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shkola_lib.models.base import Base, utcnow
from shkola_lib.models.enums import CopyStatus

if TYPE_CHECKING:
    from shkola_lib.models.record import Record


class Copy(Base):
    """An individually inventoried copy: one line of the inventory book."""

    __tablename__ = "copies"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    inventory_number: Mapped[str] = mapped_column(String(40), unique=True)
    # Numeric value of a purely numeric inventory number, for ranges and numbering.
    inventory_seq: Mapped[int | None] = mapped_column(Integer, index=True)
    barcode: Mapped[str | None] = mapped_column(String(64), unique=True)
    location: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[CopyStatus] = mapped_column(
        Enum(
            CopyStatus,
            native_enum=False,
            length=20,
            values_callable=lambda e: [m.value for m in e],
        ),
        default=CopyStatus.AVAILABLE,
    )
    acquired_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text, default="")
    # Price in tiyn (1/100 KZT) to keep money exact in SQLite.
    price_tiyn: Mapped[int | None] = mapped_column(Integer)
    ksu_entry: Mapped[str] = mapped_column(String(40), default="")
    # The import that added this copy (also when merged into an existing record).
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    # When a shelf label was last printed for this copy (None: never).
    labelled_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)

    record: Mapped[Record] = relationship(back_populates="copies")
    write_off: Mapped[WriteOff | None] = relationship(
        back_populates="copy", cascade="all, delete-orphan", uselist=False
    )


class StockLot(Base):
    """Counted stock: N copies without inventory numbers under one КСУ entry."""

    __tablename__ = "stock_lots"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    ksu_entry: Mapped[str] = mapped_column(String(40), default="")
    academic_year: Mapped[str] = mapped_column(String(9), default="")  # "2026-2027"
    location: Mapped[str] = mapped_column(Text, default="")
    acquired_on: Mapped[date | None] = mapped_column(Date)
    source: Mapped[str] = mapped_column(Text, default="")
    price_tiyn: Mapped[int | None] = mapped_column(Integer)  # per copy
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    record: Mapped[Record] = relationship(back_populates="stock_lots")
    write_offs: Mapped[list[WriteOff]] = relationship(
        back_populates="stock_lot", cascade="all, delete-orphan"
    )

    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    @property
    def written_off(self) -> int:
        return sum(w.quantity for w in self.write_offs)

    @property
    def remaining(self) -> int:
        return self.quantity - self.written_off


class WriteOff(Base):
    """A write-off (списание) of a copy or of part of a counted-stock lot.

    The copy or lot stays in the catalog as history; the act number ties it to
    the paper act and to the КСУ part 2 entry.
    """

    __tablename__ = "write_offs"

    id: Mapped[int] = mapped_column(primary_key=True)
    copy_id: Mapped[int | None] = mapped_column(
        ForeignKey("copies.id", ondelete="CASCADE"), unique=True
    )
    stock_lot_id: Mapped[int | None] = mapped_column(
        ForeignKey("stock_lots.id", ondelete="CASCADE"), index=True
    )
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    written_off_on: Mapped[date] = mapped_column(Date)
    act_number: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    copy: Mapped[Copy | None] = relationship(back_populates="write_off")
    stock_lot: Mapped[StockLot | None] = relationship(back_populates="write_offs")

    __table_args__ = (
        CheckConstraint("(copy_id IS NULL) != (stock_lot_id IS NULL)", name="one_target"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )
