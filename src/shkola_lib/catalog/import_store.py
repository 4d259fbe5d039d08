"""Writing an import into the catalog in blocks, with SQLAlchemy Core.

The editor's path (ORM objects, a flush with identity-map bookkeeping per record)
costs milliseconds per record; an import of thousands of records cannot afford
that. :class:`ImportStore` takes a block of mapped records at a time:

* duplicates in the catalog and clashing inventory numbers and barcodes are looked
  up for the whole block in a few queries (``IN`` lists); the import's own records are
  matched in memory, the latest ``MEMORY_RECORDS`` of them: earlier ones are already
  written and are looked up like the catalog's, so a file of a million records does
  not keep a million records in memory;
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
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.orm import Session

from shkola_lib.catalog.data import CopyData, RecordData
from shkola_lib.catalog.holdings import _seq
from shkola_lib.catalog.isbn_checksum import search_forms
from shkola_lib.catalog.records import part_rows, record_columns
from shkola_lib.catalog.search_index import reindex_records
from shkola_lib.catalog.text import sort_key
from shkola_lib.i18n import translate
from shkola_lib.io.marc.crosswalk import MappedRecord, fields_to_json
from shkola_lib.models import (
    Copy,
    CopyStatus,
    Isbn,
    OriginalMarc,
    Person,
    Record,
    StockLot,
    Subject,
    WriteOff,
)
from shkola_lib.models.base import utcnow

_IN_CHUNK = 500  # values per ``IN (…)`` list (SQLite allows 32,766 variables)
# Records of the import matched in memory (about 1.4 KB each); beyond this many, the
# earlier ones are looked up in the file, a few queries per block (docs/BENCHMARKS.md:
# the same time at 100,000 records, 1.37 GB -> 0.3 GB at 1,000,000).
MEMORY_RECORDS = 50_000

# (title key, first author key, year, part key): what makes two records the same book
Key = tuple[str, str, int | None, str]
# Records a warning about the record being stored.
Warn = Callable[[str], None]


def isbn_forms(data: RecordData) -> set[str]:
    return {form for raw in data.isbns for form in search_forms(raw)}


def record_key(data: RecordData) -> Key:
    return (sort_key(data.title), sort_key(data.first_author), data.year, _part_key(data.part))


def _part_key(part: str | None) -> str:
    return sort_key(part) if part else ""  # most records have no part


def _marks(n: int) -> str:
    return ", ".join(["?"] * n)


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
class _Known:
    """Records a new one may duplicate, indexed by what makes them the same book.

    Compact on purpose: up to ``MEMORY_RECORDS`` records of the import itself stay here,
    so each record is one ``info`` tuple and the indexes hold ids.
    """

    info: dict[int, tuple[str, str, str]] = field(default_factory=dict)  # (title, keys)
    by_isbn: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_key: dict[Key, list[int]] = field(default_factory=lambda: defaultdict(list))
    isbns_of: dict[int, Collection[str]] = field(default_factory=dict)

    def add(self, rid: int, title: str, key: Key, forms: Collection[str]) -> None:
        self.info[rid] = (title, key[0], key[3])
        self.by_key[key].append(rid)
        for form in forms:
            self.by_isbn[form].append(rid)
        if forms:
            self.isbns_of[rid] = tuple(forms)


def first_match(key: Key, forms: set[str], *knowns: _Known) -> tuple[int, str] | None:
    """The record of ``knowns`` that a record with ``key`` and ISBN ``forms`` duplicates.

    The rules of :func:`~shkola_lib.catalog.records.find_duplicates` with
    ``same_title_for_isbn``: an ISBN counts only with the same title and part; the same
    title, first author, year and part count unless both records carry ISBNs and share
    none. ``knowns`` are given oldest first (each holds lower ids than the next) and are
    searched as if they were one."""
    for form in sorted(forms):
        for known in knowns:
            for rid in known.by_isbn.get(form, ()):
                title, title_key, part_key = known.info[rid]
                if title_key == key[0] and part_key == key[3]:
                    return rid, title
    if key[0]:
        for known in knowns:
            for rid in known.by_key.get(key, ()):
                theirs = known.isbns_of.get(rid)
                if not (forms and theirs and forms.isdisjoint(theirs)):
                    return rid, known.info[rid][0]
    return None


@dataclass
class _Holdings:
    """Inventory numbers and barcodes already in the catalog."""

    numbers: dict[str, int] = field(default_factory=dict)  # number → record id
    seqs: dict[int, int] = field(default_factory=dict)  # numeric number → record id
    barcodes: set[str] = field(default_factory=set)


class ImportStore:
    """Stores the records of one import, a block at a time, in the session's transaction."""

    def __init__(self, session: Session, batch_id: int) -> None:
        self.conn: Connection = session.connection()
        self.batch_id = batch_id
        self.now: datetime = utcnow()
        self.next_record_id = self._max_id(Record) + 1
        self.next_copy_id = self._max_id(Copy) + 1
        # Rows from here on are this import's: matched in memory, not by queries.
        self.first_record_id = self.next_record_id
        self.first_copy_id = self.next_copy_id
        # Records of the catalog given copies or stock, to re-index when the import ends
        # (its own new records, first_record_id on, are indexed as one range).
        self.touched: set[int] = set()
        self.high_water = 0
        self.pending = _Known()  # records of this import from ``written_from`` on
        self.catalog = _Known()  # records of the catalog that the block may match
        self.earlier = _Known()  # … and of this import before ``written_from``
        self.written_from = self.first_record_id  # earlier ones: looked up, not in memory
        self.isbn_less_added = False  # whether a record without ISBNs was added
        self.copies_written_from = self.first_copy_id
        # Inventory numbers and barcodes taken by this import.
        self.numbers: dict[str, int | str] = {}  # → the title of its record (or its id)
        self.seqs: dict[int, int | str] = {}  # numeric value of a number → the same
        self.barcodes: set[str] = set()
        self.taken = _Holdings()  # … and by the catalog (for the block)
        self._rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
        # Queued records stored exactly as their MARC fields map (see OriginalMarc).
        self.unchanged: set[int] = set()
        self._just_added: int | None = None
        # Records given copies or stock of another record: their marks are cleared
        # on flush, since the INSERT triggers are suspended during the import.
        self.merged: set[int] = set()
        self._suspended = _suspend_insert_triggers(self.conn)

    def _max_id(self, model: type) -> int:
        return int(self.conn.scalar(select(func.max(model.id))) or 0)

    # --- looking up a block ---------------------------------------------------------

    def prepare(self, block: Sequence[Incoming], *, duplicates: bool) -> None:
        """Load what the catalog held before the import, and what the import wrote before
        the records it keeps in memory, that ``block`` may collide with. Called between
        blocks, when every queued row is written."""
        if len(self.pending.info) >= MEMORY_RECORDS:
            self._forget_written()
        self.catalog = _Known()
        if duplicates and self.first_record_id > 1:
            self.catalog = self._load_records(block, 1, self.first_record_id)
        self.earlier = _Known()
        if duplicates and self.written_from > self.first_record_id:
            self.earlier = self._load_records(
                block,
                self.first_record_id,
                self.written_from,
                isbn_less_possible=self.isbn_less_added,
            )
        self.taken = _Holdings()
        if self.copies_written_from > 1:
            self._load_holdings(block)

    def _forget_written(self) -> None:
        """Drop the import's written records and copies from memory: from now on they
        are looked up in the file like the catalog's."""
        self.pending = _Known()
        self.written_from = self.next_record_id
        self.numbers.clear()
        self.seqs.clear()
        self.barcodes.clear()
        self.copies_written_from = self.next_copy_id

    def find_duplicate(self, item: Incoming) -> tuple[int, str] | None:
        """(id, title) of the record ``item`` duplicates: an earlier record of this
        import, else a record the catalog held before the import."""
        return first_match(item.key, item.forms, self.earlier, self.pending) or first_match(
            item.key, item.forms, self.catalog
        )

    def _load_records(
        self,
        block: Sequence[Incoming],
        low: int,
        high: int,
        *,
        isbn_less_possible: bool = True,
    ) -> _Known:
        """The records with ids in [low, high) that records of ``block`` may duplicate;
        without ``isbn_less_possible`` none of them lacks ISBNs (a file of new books)."""
        known, exec_sql = _Known(), self.conn.exec_driver_sql
        # ``+column`` keeps SQLite from choosing the weak indexes on deletion and id over
        # the ones on ISBN and on title, first author and year (ix_records_same_book).
        forms = sorted({f for item in block for f in item.forms})
        for chunk in _chunks(forms):
            rows = exec_sql(
                "SELECT i.isbn, r.id, r.title, r.title_sort, r.part "
                "FROM record_isbns AS i JOIN records AS r ON r.id = i.record_id "
                f"WHERE i.isbn IN ({_marks(len(chunk))}) "
                "AND +r.deleted_at IS NULL AND +r.id >= ? AND +r.id < ? ORDER BY i.isbn, r.id",
                (*chunk, low, high),
            )
            for value, rid, title, title_sort, part in rows:
                known.info[rid] = (title, title_sort, _part_key(part))
                known.by_isbn[value].append(rid)
        # A record of the block with ISBNs can be the same book by title, first author
        # and year only as a record without any: one sharing an ISBN (with that title and
        # part) is found above, one with other ISBNs is another edition. So its key asks
        # for records without ISBNs (textbook titles repeat by the thousand), the keys
        # of records without ISBNs for every record.
        plain = {item.key[:3] for item in block if item.key[0] and not item.forms}
        numbered: set[tuple[str, str, int | None]] = set()
        if isbn_less_possible:
            numbered = {item.key[:3] for item in block if item.key[0] and item.forms} - plain
        found: dict[int, tuple[str, str, str, int | None, str | None]] = {}
        without_isbns: set[int] = set()
        for keys, only_without in ((plain, False), (numbered, True)):
            for chunk in _chunks(sorted(keys, key=repr)):
                rows = exec_sql(
                    same_book_sql(len(chunk), without_isbns=only_without),
                    (*(value for key in chunk for value in key), low, high),
                )
                for rid, *values in rows:
                    found[rid] = tuple(values)  # type: ignore[assignment]
                    if only_without:
                        without_isbns.add(rid)
        candidates: list[int] = []
        for rid in sorted(found):
            title, title_sort, author_sort, year, part = found[rid]
            known.info[rid] = (title, title_sort, _part_key(part))
            known.by_key[(title_sort, author_sort, year, _part_key(part))].append(rid)
            if rid not in without_isbns:
                candidates.append(rid)
        theirs: dict[int, set[str]] = defaultdict(set)
        for chunk in _chunks(candidates):
            rows = exec_sql(
                "SELECT record_id, isbn FROM record_isbns "
                f"WHERE record_id IN ({_marks(len(chunk))})",
                tuple(chunk),
            )
            for rid, value in rows:
                theirs[rid].add(value)
        known.isbns_of.update(theirs)
        return known

    def _load_holdings(self, block: Sequence[Incoming]) -> None:
        taken, conn = self.taken, self.conn
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
        taken.numbers = _first_record_with(conn, "inventory_number", numbers)
        taken.seqs = _first_record_with(conn, "inventory_seq", seqs)
        for chunk in _chunks(sorted(barcodes)):
            rows = conn.exec_driver_sql(
                f"SELECT barcode FROM copies WHERE barcode IN ({_marks(len(chunk))})", tuple(chunk)
            )
            taken.barcodes.update(row[0] for row in rows)

    # --- adding ---------------------------------------------------------------------

    def add_record(self, item: Incoming) -> int:
        """Queue a new record with its persons, ISBNs, subjects and original MARC fields."""
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
        if mapped.original_fields:
            rows["marc"].append(
                {"record_id": rid, "fields": fields_to_json(mapped.original_fields)}
            )
        self.pending.add(rid, row["title"], item.key, item.forms)
        self.isbn_less_added = self.isbn_less_added or not item.forms
        self._just_added = rid
        return rid

    def add_holdings(self, target: int, mapped: MappedRecord, warn: Warn) -> tuple[int, int]:
        """Queue the copies and counted stock of ``mapped`` for record ``target``.

        A record just added keeps its "unchanged" mark only if every copy and lot of
        its own fields is stored as they map; holdings merged from another record
        clear it.
        """
        own = target == self._just_added
        exact = own
        self._just_added = None
        copies = 0
        for copy in mapped.copies:
            if self._add_copy(target, copy, warn):
                copies += 1
                row = self._rows["copies"][-1]
                exact = (
                    exact
                    and row["inventory_number"] == copy.inventory_number
                    and (row["barcode"] or "") == (copy.barcode or "")
                )
            else:
                exact = False
        stock = 0
        for lot in mapped.stock:
            if lot.quantity < 1 or lot.written_off:
                exact = False  # left out, or written off (the import records no act)
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
            if target < self.first_record_id:
                self.touched.add(target)
            if not own:
                self.merged.add(target)
        if exact:
            self.unchanged.add(target)
        elif own or copies or stock:  # a merge that added nothing changed nothing
            self.unchanged.discard(target)
        return copies, stock

    def _add_copy(self, target: int, data: CopyData, warn: Warn) -> bool:
        number = (data.inventory_number or "").strip()
        if not number:
            warn(translate("Import", "A copy without an inventory number was not imported."))
            return False
        seq = _seq(number)
        clash: int | str | None
        clash = self.numbers.get(number)
        if clash is None and seq is not None:
            clash = self.seqs.get(seq)
        if clash is None:
            clash = self.taken.numbers.get(number)
            if clash is None and seq is not None:
                clash = self.taken.seqs.get(seq)
            if clash is not None and clash >= self.first_record_id:
                clash = self._title_of(clash)  # a record of this import, as in memory
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
        if barcode and (barcode in self.barcodes or barcode in self.taken.barcodes):
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
        owner = self._owner(target)
        self.numbers[number] = owner
        if barcode:
            self.barcodes.add(barcode)
        if seq is not None:
            self.seqs[seq] = owner
            self.high_water = max(self.high_water, seq)
        return True

    def _owner(self, rid: int) -> int | str:
        """How a clash message names record ``rid``: by title if this import added it."""
        info = self.pending.info.get(rid)
        if info is not None:
            return info[0]
        return self._title_of(rid) if rid >= self.first_record_id else rid

    def _title_of(self, rid: int) -> str:
        row = self.conn.exec_driver_sql("SELECT title FROM records WHERE id = ?", (rid,)).first()
        return str(row[0]) if row else str(rid)

    # --- writing --------------------------------------------------------------------

    _TABLES = (
        ("records", Record),
        ("persons", Person),
        ("isbns", Isbn),
        ("subjects", Subject),
        ("copies", Copy),
        ("write_offs", WriteOff),
        ("stock", StockLot),
        ("marc", OriginalMarc),  # last: inserting holdings clears the marks of stored rows
    )

    def flush(self) -> None:
        """Write the queued rows (parents before children)."""
        unchanged = self.unchanged
        for row in self._rows.get("marc", ()):
            row["unchanged"] = row["record_id"] in unchanged
        unchanged.clear()
        for name, model in self._TABLES:
            rows = self._rows.pop(name, None)
            if rows:
                _insert_many(self.conn, model.__table__, rows)
        if self.merged:
            self.conn.exec_driver_sql(
                "UPDATE record_marc SET unchanged = 0 WHERE record_id = ? AND unchanged",
                [(rid,) for rid in sorted(self.merged)],
            )
            self.merged.clear()

    def finish(self) -> None:
        """Write what is left, index every record the import added or changed, and put
        the suspended triggers back (in the same transaction)."""
        self.flush()
        reindex_records(self.conn, range(self.first_record_id, self.next_record_id))
        if self.touched:
            reindex_records(self.conn, self.touched)
        for _name, sql in self._suspended:
            self.conn.exec_driver_sql(sql)
        self._suspended = []


def same_book_sql(n: int, *, without_isbns: bool = False) -> str:
    """Live records with ids in [?, ?) having one of ``n`` (title key, first author key,
    year) triples — only those without ISBNs if asked: one look-up each in
    ix_records_same_book, which also holds the deletion mark, so records that do not
    qualify are passed over without reading their rows."""
    isbn_less = (
        " AND NOT EXISTS (SELECT 1 FROM record_isbns AS i WHERE i.record_id = r.id)"
        if without_isbns
        else ""
    )
    return (
        f"WITH k(t, a, y) AS (VALUES {', '.join(['(?, ?, ?)'] * n)}) "
        "SELECT r.id, r.title, r.title_sort, r.author_sort, r.year, r.part "
        "FROM k JOIN records AS r "
        "ON r.title_sort = k.t AND r.author_sort = k.a AND r.year IS k.y "
        f"WHERE +r.deleted_at IS NULL AND +r.id >= ? AND +r.id < ?{isbn_less} ORDER BY r.id"
    )


def _suspend_insert_triggers(conn: Connection) -> list[tuple[str, str]]:
    """Drop the INSERT triggers of the unchanged mark until :meth:`ImportStore.finish`.

    Every row an import adds to persons, ISBNs, subjects, copies, stock and write-offs
    would run one (5-7 % of a large import). The import sets the marks itself: new
    records last, records it merges into cleared on flush. The triggers are dropped and
    created again inside the import's transaction, so a failed or cancelled import
    (rolled back) keeps them as well.
    """
    triggers = [
        (name, sql)
        for name, sql in conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND name LIKE 'marc_unchanged_%_insert' ORDER BY name"
        )
    ]
    for name, _sql in triggers:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return triggers


def _first_record_with(conn: Connection, column: str, values: set[Any]) -> dict[Any, int]:
    """value → the record of the oldest copy whose ``column`` of ``copies`` has that value."""
    found: dict[Any, int] = {}
    for chunk in _chunks(sorted(values)):
        rows = conn.exec_driver_sql(
            f"SELECT {column}, record_id FROM copies WHERE {column} IN ({_marks(len(chunk))}) "
            "ORDER BY id",
            tuple(chunk),
        )
        for value, rid in rows:
            found.setdefault(value, rid)
    return found


def _insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """``INSERT`` every row with one ``executemany`` of the driver.

    Values go through the columns' own bind processors (dates, JSON, enums), so they
    are stored exactly as an ORM or Core insert stores them; skipping SQLAlchemy's
    per-row parameter handling halves the cost of large inserts. Every row must have
    the keys of the first.
    """
    dialect = conn.dialect
    names = list(rows[0])
    get = itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)
    processors = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    ]
    converted = [(i, proc) for i, proc in enumerate(processors) if proc is not None]
    params: list[Any] = [get(row) for row in rows]
    if converted:
        for n, values in enumerate(params):
            values = list(values)
            for i, proc in converted:
                values[i] = proc(values[i])  # also None: JSON stores it as 'null'
            params[n] = tuple(values)
    marks = ", ".join("?" * len(names))
    quoted = ", ".join(dialect.identifier_preparer.quote(name) for name in names)
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({quoted}) VALUES ({marks})", params)
