"""Writing an import into the catalog in blocks, with SQLAlchemy Core.

The editor's path (ORM objects, a flush with identity-map bookkeeping per record)
costs milliseconds per record; an import of thousands of records cannot afford
that. :class:`ImportStore` takes a block of mapped records at a time:

* duplicates in the catalog and clashing inventory numbers and barcodes are looked
  up for the whole block in a few queries (``IN`` lists), records of this import
  are matched in memory;
* ids of records and copies are assigned here: the import has already written its
  :class:`~shkola_lib.models.ImportBatch`, so the connection holds SQLite's write
  lock and no one else can add rows until it commits;
* rows are written with ``executemany`` per table, in foreign-key order;
* the search index is filled once, when the import finishes (:meth:`finish`).

Everything happens in the caller's transaction: the import stays all-or-nothing.
The rows are the same as :func:`~shkola_lib.catalog.records.apply_data` makes
(:func:`~shkola_lib.catalog.records.record_columns` and
:func:`~shkola_lib.catalog.records.part_rows` are shared).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.orm import Session

from shkola_lib.catalog import isbn as isbn_mod
from shkola_lib.catalog.data import CopyData, RecordData
from shkola_lib.catalog.holdings import _seq
from shkola_lib.catalog.records import part_rows, record_columns
from shkola_lib.catalog.search_index import reindex_records
from shkola_lib.catalog.text import sort_key
from shkola_lib.i18n import translate
from shkola_lib.io.marc.crosswalk import MappedRecord
from shkola_lib.models import (
    Copy,
    CopyStatus,
    Isbn,
    MarcField,
    Person,
    Record,
    StockLot,
    Subject,
    WriteOff,
)
from shkola_lib.models.base import utcnow

_IN_CHUNK = 500  # values per ``IN (…)`` list (SQLite allows 32,766 variables)

# (title key, first author key, year, part key): what makes two records the same book
Key = tuple[str, str, int | None, str]
# Records a warning about the record being stored.
Warn = Callable[[str], None]


@lru_cache(maxsize=65536)
def _forms(raw: str) -> tuple[str, ...]:
    """ISBN search forms; cached because stdnum's validation is slow."""
    return tuple(isbn_mod.search_forms(raw))


def isbn_forms(data: RecordData) -> set[str]:
    return {form for raw in data.isbns for form in _forms(raw)}


def record_key(data: RecordData) -> Key:
    return (sort_key(data.title), sort_key(data.first_author), data.year, sort_key(data.part))


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _IN_CHUNK):
        yield values[start : start + _IN_CHUNK]


@dataclass
class Incoming:
    """A mapped record of the file, cleaned, waiting to be stored."""

    mapped: MappedRecord
    key: Key
    forms: set[str]


@dataclass
class _CatalogHits:
    """What the catalog holds that a block of incoming records may collide with."""

    # stored ISBN → (record id, title, title key, part key) of live records
    by_isbn: dict[str, list[tuple[int, str, str, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    # (title key, year) → (record id, title, author key, part key) of live records
    by_title: dict[tuple[str, int | None], list[tuple[int, str, str, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    isbns_of: dict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    numbers: dict[str, int] = field(default_factory=dict)  # inventory number → record id
    seqs: dict[int, int] = field(default_factory=dict)  # numeric inventory number → record id
    barcodes: set[str] = field(default_factory=set)


class ImportStore:
    """Stores the records of one import, a block at a time, in the session's transaction."""

    def __init__(self, session: Session, batch_id: int) -> None:
        self.conn: Connection = session.connection()
        self.batch_id = batch_id
        self.now: datetime = utcnow()
        self.next_record_id = self._max_id(Record) + 1
        self.next_copy_id = self._max_id(Copy) + 1
        self.touched: set[int] = set()  # records to (re)index when the import ends
        self.high_water = 0
        # Records of this import: id → title, and the keys they can be matched by.
        self.new_titles: dict[int, str] = {}
        self.pending_keys: dict[Key, int] = {}
        self.pending_isbn: dict[str, tuple[int, str, str]] = {}
        self.pending_forms: dict[int, set[str]] = {}
        # Inventory numbers and barcodes taken by this import.
        self.numbers: dict[str, int | str] = {}
        self.seqs: set[int] = set()
        self.barcodes: set[str] = set()
        self.hits = _CatalogHits()
        self._rows: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def _max_id(self, model: type) -> int:
        return int(self.conn.scalar(select(func.max(model.id))) or 0)

    # --- looking up a block ---------------------------------------------------------

    def prepare(self, block: Sequence[Incoming], *, duplicates: bool) -> None:
        """Load what the catalog holds that the records of ``block`` may collide with."""
        hits = _CatalogHits()
        conn = self.conn
        if duplicates:
            forms = sorted({f for item in block for f in item.forms})
            for chunk in _chunks(forms):
                rows = conn.execute(
                    select(Isbn.isbn, Record.id, Record.title, Record.title_sort, Record.part)
                    .join(Record, Isbn.record_id == Record.id)
                    .where(Isbn.isbn.in_(chunk), Record.deleted_at.is_(None))
                    .order_by(Isbn.isbn, Record.id)
                )
                for value, rid, title, title_sort, part in rows:
                    hits.by_isbn[value].append((rid, title, title_sort, sort_key(part)))
            titles = sorted({item.key[0] for item in block if item.key[0]})
            candidates: list[int] = []
            for chunk in _chunks(titles):
                rows = conn.execute(
                    select(
                        Record.id,
                        Record.title,
                        Record.year,
                        Record.title_sort,
                        Record.author_sort,
                        Record.part,
                    )
                    .where(Record.title_sort.in_(chunk), Record.deleted_at.is_(None))
                    .order_by(Record.id)
                )
                for rid, title, year, title_sort, author_sort, part in rows:
                    hits.by_title[(title_sort, year)].append(
                        (rid, title, author_sort, sort_key(part))
                    )
                    candidates.append(rid)
            for chunk in _chunks(candidates):
                for rid, value in conn.execute(
                    select(Isbn.record_id, Isbn.isbn).where(Isbn.record_id.in_(chunk))
                ):
                    hits.isbns_of[rid].add(value)
        numbers: set[str] = set()
        seqs: set[int] = set()
        barcodes: set[str] = set()
        for item in block:
            for copy in item.mapped.copies:
                number = (copy.inventory_number or "").strip()
                if number:
                    numbers.add(number)
                    seq = _seq(number)
                    if seq is not None:
                        seqs.add(seq)
                barcode = (copy.barcode or "").strip()
                if barcode:
                    barcodes.add(barcode)
        for chunk in _chunks(sorted(numbers)):
            for number, rid in conn.execute(
                select(Copy.inventory_number, Copy.record_id)
                .where(Copy.inventory_number.in_(chunk))
                .order_by(Copy.id)
            ):
                hits.numbers.setdefault(number, rid)
        for chunk in _chunks(sorted(seqs)):
            for seq, rid in conn.execute(
                select(Copy.inventory_seq, Copy.record_id)
                .where(Copy.inventory_seq.in_(chunk))
                .order_by(Copy.id)
            ):
                hits.seqs.setdefault(seq, rid)
        for chunk in _chunks(sorted(barcodes)):
            hits.barcodes.update(conn.scalars(select(Copy.barcode).where(Copy.barcode.in_(chunk))))
        self.hits = hits

    def find_duplicate(self, item: Incoming) -> tuple[int, str] | None:
        """(id, title) of the record ``item`` duplicates: one of this import, or the catalog's.

        The same rules as :func:`~shkola_lib.catalog.records.find_duplicates` with
        ``same_title_for_isbn``: an ISBN counts only with the same title and part; the
        same title, first author, year and part count unless both carry ISBNs and
        share none.
        """
        key, forms = item.key, item.forms
        for form in forms:
            hit = self.pending_isbn.get(form)
            if hit is not None and hit[1] == key[0] and hit[2] == key[3]:
                return hit[0], self.new_titles[hit[0]]
        rid = self.pending_keys.get(key)
        if rid is not None:
            theirs = self.pending_forms.get(rid, set())
            if not (forms and theirs and not forms & theirs):
                return rid, self.new_titles[rid]
        title_key, author, year, part = key
        best: tuple[str, int, str] | None = None
        for form in forms:
            for rid, title, title_sort, other_part in self.hits.by_isbn.get(form, ()):
                if title_sort == title_key and other_part == part:
                    if best is None or (form, rid) < best[:2]:
                        best = (form, rid, title)
                    break
        if best is not None:
            return best[1], best[2]
        if title_key:
            for rid, title, author_sort, other_part in self.hits.by_title.get(
                (title_key, year), ()
            ):
                if author_sort != author or other_part != part:
                    continue
                if forms:
                    theirs = self.hits.isbns_of.get(rid)
                    if theirs and not theirs & forms:
                        continue
                return rid, title
        return None

    # --- adding ---------------------------------------------------------------------

    def add_record(self, item: Incoming) -> int:
        """Queue a new record with its persons, ISBNs, subjects and original fields."""
        mapped = item.mapped
        rid = self.next_record_id
        self.next_record_id += 1
        row = record_columns(mapped.record)
        row.update(
            id=rid,
            marc_flavour=mapped.flavour,
            marc_leader=mapped.leader[:24],
            import_batch_id=self.batch_id,
            created_at=self.now,
            updated_at=self.now,
            deleted_at=None,
        )
        rows = self._rows
        rows["records"].append(row)
        persons, isbns, subjects = part_rows(mapped.record)
        for part_row in persons:
            part_row["record_id"] = rid
        for part_row in isbns:
            part_row["record_id"] = rid
            part_row["qualifier"] = ""
        for part_row in subjects:
            part_row["record_id"] = rid
        rows["persons"] += persons
        rows["isbns"] += isbns
        rows["subjects"] += subjects
        rows["fields"] += [
            {
                "record_id": rid,
                "position": i,
                "tag": f.tag,
                "ind1": f.ind1 or " ",
                "ind2": f.ind2 or " ",
                "value": f.value,
                "subfields": None if f.subfields is None else [list(s) for s in f.subfields],
            }
            for i, f in enumerate(mapped.original_fields)
        ]
        self.new_titles[rid] = row["title"]
        self.touched.add(rid)
        key = item.key
        self.pending_keys.setdefault(key, rid)
        for form in item.forms:
            self.pending_isbn.setdefault(form, (rid, key[0], key[3]))
        self.pending_forms[rid] = item.forms
        return rid

    def add_holdings(self, target: int, mapped: MappedRecord, warn: Warn) -> tuple[int, int]:
        """Queue the copies and counted stock of ``mapped`` for record ``target``."""
        copies = sum(1 for copy in mapped.copies if self._add_copy(target, copy, warn))
        stock = 0
        for lot in mapped.stock:
            if lot.quantity < 1:
                continue
            self._rows["stock"].append(
                {
                    "record_id": target,
                    "quantity": lot.quantity,
                    "ksu_entry": lot.ksu_entry,
                    "academic_year": lot.academic_year,
                    "location": lot.location,
                    "acquired_on": lot.acquired_on,
                    "source": lot.source,
                    "price_tiyn": lot.price_tiyn,
                    "import_batch_id": self.batch_id,
                    "created_at": self.now,
                }
            )
            stock += lot.quantity
        if copies or stock:
            self.touched.add(target)
        return copies, stock

    def _add_copy(self, target: int, data: CopyData, warn: Warn) -> bool:
        number = (data.inventory_number or "").strip()
        if not number:
            warn(translate("Import", "A copy without an inventory number was not imported."))
            return False
        seq = _seq(number)
        clash: int | str | None
        if number in self.numbers or (seq is not None and seq in self.seqs):
            clash = self.numbers.get(number, "")
        else:
            clash = self.hits.numbers.get(number)
            if clash is None and seq is not None:
                clash = self.hits.seqs.get(seq)
        if clash is not None:
            warn(
                translate(
                    "Import",
                    "Inventory number {number} is already used (record {record}); "
                    "this copy was not imported.",
                ).format(number=number, record=clash or "—")
            )
            return False
        barcode = (data.barcode or "").strip() or None
        if barcode and (barcode in self.barcodes or barcode in self.hits.barcodes):
            warn(
                translate("Import", "Barcode {code} is already in use; it was left out.").format(
                    code=barcode
                )
            )
            barcode = None
        copy_id = self.next_copy_id
        self.next_copy_id += 1
        self._rows["copies"].append(
            {
                "id": copy_id,
                "record_id": target,
                "inventory_number": number,
                "inventory_seq": seq,
                "barcode": barcode,
                "location": data.location,
                "status": data.status,
                "acquired_on": data.acquired_on,
                "source": data.source,
                "price_tiyn": data.price_tiyn,
                "ksu_entry": data.ksu_entry,
                "import_batch_id": self.batch_id,
                "created_at": self.now,
                "labelled_at": None,
            }
        )
        if data.status is CopyStatus.WRITTEN_OFF:
            self._rows["write_offs"].append(
                {
                    "copy_id": copy_id,
                    "stock_lot_id": None,
                    "quantity": 1,
                    "written_off_on": data.written_off_on or datetime.now().date(),
                    "act_number": data.writeoff_act or "—",
                    "reason": data.writeoff_reason,
                    "created_at": self.now,
                }
            )
        self.numbers[number] = self.new_titles.get(target, target)
        if barcode:
            self.barcodes.add(barcode)
        if seq is not None:
            self.seqs.add(seq)
            self.high_water = max(self.high_water, seq)
        return True

    # --- writing --------------------------------------------------------------------

    _TABLES = (
        ("records", Record),
        ("persons", Person),
        ("isbns", Isbn),
        ("subjects", Subject),
        ("fields", MarcField),
        ("copies", Copy),
        ("write_offs", WriteOff),
        ("stock", StockLot),
    )

    def flush(self) -> None:
        """Write the queued rows (parents before children)."""
        for name, model in self._TABLES:
            rows = self._rows.pop(name, None)
            if rows:
                self.conn.execute(insert(model.__table__), rows)  # type: ignore[attr-defined]

    def finish(self) -> None:
        """Write what is left and index every record the import added or changed."""
        self.flush()
        if self.touched:
            reindex_records(self.conn, self.touched)
