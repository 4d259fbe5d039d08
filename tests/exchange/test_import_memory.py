"""A large import keeps only its latest records in memory; earlier ones are looked up.

``import_store.MEMORY_RECORDS`` bounds the records of an import matched in memory (about
1.4 KB each: a million-record file needed 1.4 GB). Beyond it, the records and copies the
import already wrote are found with the same queries as the catalog's. Nothing a
librarian sees may change: the same records are stored, the same duplicates found, the
same copies refused with the same words. These tests import the same file with a memory
of three records (and blocks of two) and with the default, and compare everything.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from shkola_lib.catalog import import_store, importer
from shkola_lib.catalog.importer import DuplicatePolicy, ImportSummary
from shkola_lib.catalog.service import CatalogService
from tests.exchange.support import import_file, load_benchmark, marc_record


def _record(title: str, isbn: str = "", inventory: str = "") -> bytes:
    return bytes(marc_record(title, isbn, inventory=inventory).as_marc())


HAND_MADE = 11  # records
HAND_MADE_DUPLICATES = 4  # of them, duplicates of one before them


def _hand_made() -> bytes:
    """Duplicates by ISBN (in either form), by title and author without ISBNs, two books
    of the same title told apart by their ISBNs, and inventory numbers taken twice
    (also by their numeric value: «0501» is 501)."""
    return b"".join(
        [
            _record("Т. 1", "9786017151133", "501"),
            _record("Т. 1", "5020138509", "502"),
            _record("Т. 1", "978-5-02-013850-6", "503"),  # the second one, as ISBN-13
            _record("Қан мен тер", inventory="0501"),
            _record("Қан мен тер", inventory="504"),  # the same book again
            _record("Көшпенділер", "9785170908233", "505"),
            # by title and author: one without ISBN is the same book as one with, …
            _record("Менің атым Қожа", inventory="506"),
            _record("Менің атым Қожа", "6018012340", "507"),
            # … but two with different ISBNs are two editions
            _record("Бақытсыз Жамал", "6017123459", "508"),
            _record("Бақытсыз Жамал", "6017654322", "509"),
            _record("Бақытсыз Жамал", inventory="510"),  # the first of them
        ]
    )


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Generated records with copies and counted stock, hand-made ones, then all of it
    again: every record of the second half duplicates one of the first."""
    folder = tmp_path_factory.mktemp("memory")
    generated = folder / "generated.mrc"
    load_benchmark("generate_marc").generate(generated, 120, "marc21", seed=11)
    half = generated.read_bytes() + _hand_made()
    path = folder / "twice.mrc"
    path.write_bytes(half + half)
    return path


def _dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(db)
    queries = {
        "records": "SELECT id, title, title_sort, year FROM records ORDER BY id",
        "copies": "SELECT id, record_id, inventory_number, inventory_seq, barcode "
        "FROM copies ORDER BY id",
        "stock": "SELECT record_id, quantity, ksu_entry FROM stock_lots ORDER BY id",
        "isbns": "SELECT record_id, isbn FROM record_isbns ORDER BY record_id, position",
        "marks": "SELECT record_id, unchanged FROM record_marc ORDER BY record_id",
        "indexed": "SELECT rowid FROM records_fts ORDER BY rowid",
    }
    try:
        return {name: con.execute(sql).fetchall() for name, sql in queries.items()}
    finally:
        con.close()


def _summary(summary: ImportSummary) -> dict[str, Any]:
    return {
        "counts": (
            summary.read,
            summary.imported,
            summary.merged,
            summary.duplicates_skipped,
            summary.rejected,
            summary.copies_added,
            summary.stock_added,
        ),
        "duplicates": [(p.index, p.reason) for p in summary.duplicates],
        "warnings": [(p.index, p.reason) for p in summary.warnings],
    }


def _run(
    folder: Path, path: Path, policy: DuplicatePolicy, memory: int, block: int
) -> tuple[dict[str, Any], dict[str, list[tuple[Any, ...]]]]:
    mp = pytest.MonkeyPatch()
    mp.setattr(import_store, "MEMORY_RECORDS", memory)
    mp.setattr(importer, "FLUSH_EVERY", block)
    try:
        db = folder / f"{policy.value}-{memory}-{block}.sqlite"
        service = CatalogService.open(db)
        try:
            summary = import_file(service, path, policy)
        finally:
            service.close()
        return _summary(summary), _dump(db)
    finally:
        mp.undo()


@pytest.mark.parametrize("policy", list(DuplicatePolicy))
def test_a_small_memory_stores_and_reports_the_same(
    big_file: Path, tmp_path: Path, policy: DuplicatePolicy
) -> None:
    small = _run(tmp_path, big_file, policy, memory=3, block=2)
    usual = _run(tmp_path, big_file, policy, memory=import_store.MEMORY_RECORDS, block=200)
    assert small == usual
    summary, dump = usual
    half = 120 + HAND_MADE
    if policy is DuplicatePolicy.NEW:
        assert summary["counts"][1] == 2 * half and not summary["duplicates"]
    else:
        # the repeats inside the first hand-made part, then all of the second half
        assert len(summary["duplicates"]) == HAND_MADE_DUPLICATES + half
        assert [index for index, _reason in summary["duplicates"][:4]] == [123, 125, 128, 131]
    if policy is DuplicatePolicy.MERGE:
        # a duplicate's counted stock is merged (its record is no longer as read); its
        # copies are refused (their numbers are taken), which leaves its record as read
        lots = Counter(rid for rid, *_ in dump["stock"])
        marks = dict(dump["marks"])
        assert {marks[rid] for rid, n in lots.items() if n > 1} == {0}
        assert sum(marks.values()) > 60
    refused = [reason for _i, reason in summary["warnings"] if "501" in reason]
    assert refused and all("Т. 1" in reason for reason in refused)  # named by title
    assert dump["indexed"] == [(rid,) for rid, *_ in dump["records"]]


def test_the_memory_really_is_bounded(big_file: Path, tmp_path: Path) -> None:
    """With a memory of three records, no block starts with more than three in it."""
    seen: list[int] = []
    original = import_store.ImportStore.prepare

    def prepare(self: import_store.ImportStore, block: Any, *, duplicates: bool) -> None:
        original(self, block, duplicates=duplicates)
        seen.append(len(self.pending.info) + len(self.numbers))

    mp = pytest.MonkeyPatch()
    mp.setattr(import_store.ImportStore, "prepare", prepare)
    try:
        _run(tmp_path, big_file, DuplicatePolicy.MERGE, memory=3, block=2)
    finally:
        mp.undo()
    assert len(seen) > 100 and max(seen) <= 3 + 2 * 4  # records + their copies


def test_same_book_look_ups_use_their_index(big_file: Path, tmp_path: Path) -> None:
    """Without ix_records_same_book (migration 0007) SQLite read the whole records table
    for every block: 70 ms at 100,000 records, whose titles repeat by the thousand."""
    _summary, _dump = _run(tmp_path, big_file, DuplicatePolicy.SKIP, memory=3, block=2)
    con = sqlite3.connect(tmp_path / "skip-3-2.sqlite")
    try:
        rows = con.execute(
            "SELECT id, title_sort, author_sort, year FROM records ORDER BY id LIMIT 50"
        ).fetchall()
        params = [value for _rid, *key in rows for value in key] + [1, 10**9]
        sql = import_store.same_book_sql(len(rows))
        plan = " / ".join(row[3] for row in con.execute("EXPLAIN QUERY PLAN " + sql, params))
        found = con.execute(sql, params).fetchall()
    finally:
        con.close()
    assert "USING INDEX ix_records_same_book" in plan and "SCAN r" not in plan, plan
    assert {row[0] for row in found} >= {row[0] for row in rows}  # each finds itself
