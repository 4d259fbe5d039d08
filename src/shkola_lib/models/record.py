"""The bibliographic record and its repeatable parts."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, DateTime, Enum, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from shkola_lib.models.base import Base, utcnow
from shkola_lib.models.enums import MaterialType, PersonRole, SubjectKind

if TYPE_CHECKING:
    from shkola_lib.models.holdings import Copy, StockLot


def _enum(cls: type) -> Enum:
    return Enum(
        cls,
        native_enum=False,
        length=20,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Record(Base):
    """One bibliographic description (a title), with persons, ISBNs and holdings."""

    __tablename__ = "records"

    id: Mapped[int] = mapped_column(primary_key=True)
    material_type: Mapped[MaterialType] = mapped_column(
        _enum(MaterialType), default=MaterialType.BOOK
    )
    title: Mapped[str] = mapped_column(Text)
    other_title: Mapped[str] = mapped_column(Text, default="")
    responsibility: Mapped[str] = mapped_column(Text, default="")
    part: Mapped[str] = mapped_column(Text, default="")
    corporate_body: Mapped[str] = mapped_column(Text, default="")
    edition: Mapped[str] = mapped_column(Text, default="")
    place: Mapped[str] = mapped_column(Text, default="")
    publisher: Mapped[str] = mapped_column(Text, default="")
    year: Mapped[int | None] = mapped_column(Integer)
    extent: Mapped[str] = mapped_column(Text, default="")
    series: Mapped[str] = mapped_column(Text, default="")
    series_number: Mapped[str] = mapped_column(String(40), default="")
    # ISO 639-2 codes, comma separated in order of importance ("kaz,rus").
    languages: Mapped[str] = mapped_column(String(80), default="")
    bbk: Mapped[str] = mapped_column(String(120), default="")
    udc: Mapped[str] = mapped_column(String(120), default="")
    author_sign: Mapped[str] = mapped_column(String(20), default="")
    annotation: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Textbooks: grades as a comma separated list ("5" or "10,11").
    grades: Mapped[str] = mapped_column(String(40), default="")
    school_subject: Mapped[str] = mapped_column(Text, default="")
    instruction_language: Mapped[str] = mapped_column(String(8), default="")

    # Sort keys kept in step with the text (see catalog.text.sort_key).
    title_sort: Mapped[str] = mapped_column(Text, default="", index=True)
    author_sort: Mapped[str] = mapped_column(Text, default="", index=True)

    # MARC round trip: the flavour and leader the record came with.
    marc_flavour: Mapped[str] = mapped_column(String(10), default="")
    marc_leader: Mapped[str] = mapped_column(String(24), default="")

    # The import that created this record (None: catalogued by hand).
    import_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id", ondelete="SET NULL"), index=True
    )

    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Deleted records stay recoverable until purged.
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)

    persons: Mapped[list[Person]] = relationship(
        back_populates="record", cascade="all, delete-orphan", order_by="Person.position"
    )
    isbns: Mapped[list[Isbn]] = relationship(
        back_populates="record", cascade="all, delete-orphan", order_by="Isbn.position"
    )
    subjects: Mapped[list[Subject]] = relationship(
        back_populates="record", cascade="all, delete-orphan", order_by="Subject.position"
    )
    original_marc: Mapped[OriginalMarc | None] = relationship(
        back_populates="record", cascade="all, delete-orphan", uselist=False
    )
    copies: Mapped[list[Copy]] = relationship(
        back_populates="record", cascade="all, delete-orphan", order_by="Copy.inventory_number"
    )
    stock_lots: Mapped[list[StockLot]] = relationship(
        back_populates="record", cascade="all, delete-orphan", order_by="StockLot.id"
    )

    __table_args__ = (
        Index("ix_records_year", "year"),
        # What makes two records the same book (import duplicate checks, migration 0007);
        # with the deletion mark, deleted ones are passed over without reading their rows.
        Index("ix_records_same_book", "title_sort", "author_sort", "year", "deleted_at"),
    )

    @property
    def language_list(self) -> list[str]:
        return [code for code in self.languages.split(",") if code]

    @property
    def grade_list(self) -> list[str]:
        return [g for g in self.grades.split(",") if g]


class Person(Base):
    """A person connected to a record, in display order, with a role."""

    __tablename__ = "record_persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    # "Surname, Forenames" as catalogued; dates kept apart for MARC.
    name: Mapped[str] = mapped_column(Text)
    dates: Mapped[str] = mapped_column(String(40), default="")
    role: Mapped[PersonRole] = mapped_column(_enum(PersonRole), default=PersonRole.AUTHOR)

    record: Mapped[Record] = relationship(back_populates="persons")


class Isbn(Base):
    """An ISBN stored normalised (digits and X only); invalid ones are kept and flagged."""

    __tablename__ = "record_isbns"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    isbn: Mapped[str] = mapped_column(String(13), index=True)
    qualifier: Mapped[str] = mapped_column(Text, default="")
    valid: Mapped[bool] = mapped_column(default=True)

    record: Mapped[Record] = relationship(back_populates="isbns")


class Subject(Base):
    """A subject heading (with typed subdivisions) or a free keyword."""

    __tablename__ = "record_subjects"

    id: Mapped[int] = mapped_column(primary_key=True)
    record_id: Mapped[int] = mapped_column(ForeignKey("records.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[SubjectKind] = mapped_column(_enum(SubjectKind), default=SubjectKind.SUBJECT)
    term: Mapped[str] = mapped_column(Text)
    # [["topical"|"geographic"|"chronological"|"form", value], ...] in order.
    subdivisions: Mapped[list[list[str]]] = mapped_column(JSON, default=list)

    record: Mapped[Record] = relationship(back_populates="subjects")

    @property
    def display(self) -> str:
        return " -- ".join([self.term, *(value for _kind, value in self.subdivisions)])


class OriginalMarc(Base):
    """Every MARC field an imported record came with, kept for the round trip.

    One row per record holds the fields in order as compact JSON (see
    :func:`shkola_lib.io.marc.crosswalk.fields.fields_to_json`): an import writes one
    row per record instead of one per field, and an export reads them back in one
    query per block. Fields are only ever used all together, never searched.
    """

    __tablename__ = "record_marc"

    record_id: Mapped[int] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    fields: Mapped[str] = mapped_column(Text)
    # True while the catalog holds exactly what ``fields`` map to: set by an import,
    # cleared by triggers on any change an export would write (migration 0006). An
    # export writes such a record's fields without mapping them again.
    unchanged: Mapped[bool] = mapped_column(default=False, server_default=text("0"))

    record: Mapped[Record] = relationship(back_populates="original_marc")
