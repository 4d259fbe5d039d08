"""Records unchanged since their import (``record_marc.unchanged``).

An import marks the records it stored exactly as their MARC fields map; triggers clear
the mark on any change an export writes; an export writes marked records from their
stored fields without mapping them again. These tests check the three promises: every
mark is true, every change clears it, and the export is byte for byte what re-mapping
every record gives.
"""

from __future__ import annotations

import io
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pymarc
import pytest

from shkola_lib.catalog.bulk_load import load_details
from shkola_lib.catalog.data import CopyData, StockData
from shkola_lib.catalog.exporter import ExportSummary, select_record_ids, write_records
from shkola_lib.catalog.importer import DuplicatePolicy
from shkola_lib.catalog.service import CatalogService
from shkola_lib.io.marc.crosswalk import HOLDINGS_STYLES, control, roundtrip
from shkola_lib.io.marc.crosswalk.importer import map_fields
from shkola_lib.io.marc.crosswalk.roundtrip import changed_values
from tests.exchange.support import SHIPPED_PROFILES, import_file, load_benchmark

generate_marc = load_benchmark("generate_marc")

CORPUS_FILES = (
    "rusmarc-nlr/TEST1.ISO",
    "rusmarc-nlr/TEST2.ISO",
    "rusmarc-nlr/ur.iso",
    "pymarc/test.dat",
    "pymarc/1251.dat",
    "pymarc/testunimarc.dat",
    "pymarc/batch.xml",
    "pymarc/utf8.xml",
    "pymarc/multi_isbn.dat",
    "pymarc/diacritic.dat",
    "pymarc/marc8.dat",
)
# Columns no export writes or compares: changing them keeps the mark.
NOT_EXPORTED = {
    "records": {
        "id",
        "title_sort",
        "author_sort",
        "created_at",
        "updated_at",
        "deleted_at",
        "import_batch_id",
    },
    "copies": {"id", "inventory_seq", "import_batch_id", "created_at", "labelled_at"},
}


def marks(db: Path) -> dict[int, bool]:
    with sqlite3.connect(db) as con:
        return {
            rid: bool(m) for rid, m in con.execute("SELECT record_id, unchanged FROM record_marc")
        }


def _generated(folder: Path, flavour: str, count: int, seed: int = 2026, prefix: str = "") -> Path:
    """Generated records; ``prefix`` makes their inventory numbers and barcodes differ
    from those of other generated files."""
    path = folder / f"{flavour}-{count}-{seed}{prefix}.mrc"
    generate_marc.generate(path, count, flavour, seed=seed)
    if prefix:
        with open(path, "rb") as fh:
            records = list(pymarc.MARCReader(fh, to_unicode=True, force_utf8=True))
        with open(path, "wb") as out:
            for record in records:
                for field in record.get_fields("852", "876", "899"):
                    for sub in field.subfields:
                        if sub.code in "apx" and (field.tag != "852" or sub.code == "p"):
                            field[sub.code] = prefix + sub.value
                out.write(record.as_marc())
    return path


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Iterator[Path]:
    """A catalog of every corpus file and of generated MARC21 and RUSMARC files."""
    folder = tmp_path_factory.mktemp("unchanged")
    service = CatalogService.open(folder / "catalog.sqlite")
    try:
        for name in CORPUS_FILES:
            import_file(service, corpus_dir / name)
        import_file(service, _generated(folder, "marc21", 300))
        import_file(service, _generated(folder, "rusmarc", 300, 2027, prefix="R"))
    finally:
        service.close()
    yield folder / "catalog.sqlite"


# ---------------------------------------------------------------- the marks are true


def test_an_import_marks_the_records_it_stored_as_their_fields_map(mixed: Path) -> None:
    found = marks(mixed)
    assert sum(found.values()) >= 600  # every generated record, and corpus records
    with sqlite3.connect(mixed) as con:
        ids = [r for (r,) in con.execute("SELECT id FROM records ORDER BY id")]
    service = CatalogService.open(mixed)
    try:
        with service.db.session() as session:
            loaded = load_details(session.connection(), [r for r in ids if found.get(r)])
    finally:
        service.close()
    for item in loaded:
        mapped, _ = map_fields(item.original_fields, item.leader, item.flavour)
        for style in HOLDINGS_STYLES:
            assert changed_values(mapped, item.detail, style) == set(), (
                item.detail.record.id,
                style,
            )


def test_records_whose_copies_were_not_stored_as_read_stay_unmarked(
    catalog: CatalogService, db_path: Path, tmp_path: Path
) -> None:
    source = _generated(tmp_path, "marc21", 20)
    import_file(catalog, source)
    # The same books again as new records: every inventory number is taken now.
    import_file(catalog, source, DuplicatePolicy.NEW)
    with open(source, "rb") as fh:
        records = list(pymarc.MARCReader(fh, to_unicode=True, force_utf8=True))
    has_copies = [any(f.get("p") for f in r.get_fields("852")) for r in records]
    assert 0 < sum(has_copies) < 20
    found = marks(db_path)
    assert [found[r] for r in range(1, 21)] == [True] * 20
    assert [found[r] for r in range(21, 41)] == [not c for c in has_copies]


def test_merged_copies_clear_the_mark_of_the_record_they_join(
    catalog: CatalogService, db_path: Path, tmp_path: Path
) -> None:
    source = _generated(tmp_path, "marc21", 20)
    import_file(catalog, source)
    with open(source, "rb") as fh:
        records = list(pymarc.MARCReader(fh, to_unicode=True, force_utf8=True))
    fresh = _generated(tmp_path, "marc21", 1, seed=7)
    with open(fresh, "rb") as fh:
        new_book = next(iter(pymarc.MARCReader(fh, to_unicode=True, force_utf8=True)))
    merged = tmp_path / "merge.mrc"
    with open(merged, "wb") as out:
        # record 3 of the catalog again, with new copies; a new book twice in the file
        for record, prefix in ((records[2], "A"), (new_book, ""), (new_book, "B")):
            for field in record.get_fields("852"):
                if prefix and field.get("p"):
                    field["p"] = prefix + field["p"]
            out.write(record.as_marc())
    summary = import_file(catalog, merged, DuplicatePolicy.MERGE)
    assert (summary.imported, summary.merged) == (1, 2)
    found = marks(db_path)
    assert found[3] is False  # copies merged into a record of an earlier import
    assert found[21] is False  # copies merged from a later record of the same file
    assert [found[r] for r in (1, 2, 4, 20)] == [True] * 4


# ---------------------------------------------------------------- changes clear them


@pytest.fixture
def imported(catalog: CatalogService, db_path: Path, tmp_path: Path) -> CatalogService:
    import_file(catalog, _generated(tmp_path, "marc21", 12))
    assert marks(db_path) == {r: True for r in range(1, 13)}
    return catalog


def _first_copy(service: CatalogService, rid: int) -> CopyData:
    return service.get_detail(rid).copies[0]


def test_every_change_an_export_writes_clears_the_mark(
    imported: CatalogService, db_path: Path
) -> None:
    service = imported
    record = service.get_record(1)
    service.update_record(replace(record, title=record.title + " (2-е изд.)"))
    copy = _first_copy(service, 2)
    service.update_copy(replace(copy, location="Оқу залы"))
    service.add_copy(3, CopyData(inventory_number="990001"))
    service.write_off_copy(_first_copy(service, 4).id or 0, on=date(2026, 11, 1), act_number="7")
    service.add_stock(5, StockData(quantity=25, ksu_entry="12/2026"))
    service.delete_records([6])  # a deleted record is not exported at all
    with sqlite3.connect(db_path) as con:
        con.execute("UPDATE record_persons SET name = 'Абаев, А.' WHERE record_id = 7")
        con.execute("DELETE FROM record_isbns WHERE record_id = 8")
        con.execute(
            "INSERT INTO record_subjects(record_id, position, kind, term, subdivisions) "
            "VALUES (9, 9, 'keyword', 'тест', '[]')"
        )
        # a copy moved to another record (10–12: whichever has copies gives one)
        source = con.execute("SELECT min(record_id) FROM copies WHERE record_id >= 10").fetchone()
        assert source[0] is not None
        giver, taker = source[0], 10 if source[0] != 10 else 11
        con.execute(
            "UPDATE copies SET record_id = ? WHERE id = "
            "(SELECT min(id) FROM copies WHERE record_id = ?)",
            (taker, giver),
        )
    untouched = ({10, 11, 12} - {giver, taker}).pop()
    found = marks(db_path)
    assert {r for r, m in found.items() if not m} == {1, 2, 3, 4, 5, 7, 8, 9, giver, taker}
    assert found[untouched] is True


def test_printing_labels_keeps_the_mark(imported: CatalogService, db_path: Path) -> None:
    rid = next(r for r in range(1, 13) if imported.get_detail(r).copies)
    assert imported.mark_labelled([_first_copy(imported, rid).id or 0]) == 1
    assert marks(db_path)[rid] is True


def test_the_triggers_watch_every_column_an_export_may_write(db_path: Path) -> None:
    CatalogService.open(db_path).close()
    with sqlite3.connect(db_path) as con:
        columns = {
            table: {row[1] for row in con.execute(f"PRAGMA table_info({table})")}
            for table in NOT_EXPORTED
        }
        triggers = dict(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
    watched = {}
    for table in NOT_EXPORTED:
        sql = next(s for s in triggers.values() if f"ON {table} " in s and "UPDATE OF" in s)
        listed = re.search(r"UPDATE OF (.*?) ON", sql)
        assert listed is not None
        watched[table] = {c.strip() for c in listed.group(1).split(",")}
    for table, exempt in NOT_EXPORTED.items():
        # A new column must be watched, or listed here as one no export writes.
        assert watched[table] == columns[table] - exempt, table
    for table in ("record_persons", "record_isbns", "record_subjects", "stock_lots", "write_offs"):
        for event in ("insert", "update", "delete"):
            assert f"marc_unchanged_{table}_{event}" in triggers


# ---------------------------------------------------------------- the export trusts them


def _export(db: Path, profile_name: str, trust: bool, variant: str | None = None):
    profile = SHIPPED_PROFILES[profile_name]
    if variant == "no-local-fields":
        profile = replace(profile, options=replace(profile.options, keep_local_fields=False))
    elif variant:
        profile = profile.with_encoding(variant)
    service = CatalogService.open(db)
    try:
        with service.db.session() as session:
            stream, summary = io.BytesIO(), ExportSummary()
            ids = select_record_ids(session)
            for _ in write_records(session, ids, profile, stream, summary, trust_unchanged=trust):
                pass
    finally:
        service.close()
    return stream.getvalue(), summary


@pytest.mark.parametrize(
    ("profile", "variant"),
    [(name, None) for name in sorted(SHIPPED_PROFILES)]
    + [("marc21", "cp1251"), ("rusmarc", "cp1251")]
    + [("marc21", "no-local-fields"), ("rusmarc", "no-local-fields")],
)
def test_trusting_the_marks_writes_the_same_file(
    mixed: Path, monkeypatch: pytest.MonkeyPatch, profile: str, variant: str | None
) -> None:
    """Every shipped profile, two in CP1251 (records with Kazakh letters are left out)
    and two that drop local fields."""
    monkeypatch.setattr(control, "timestamp", lambda: "20261126040000.0")
    built_alone = 0
    real = roundtrip.unchanged_to_plain

    def counting(*args, **kwargs):
        nonlocal built_alone
        marc = real(*args, **kwargs)
        detail = args[4] if len(args) > 4 else kwargs.get("detail")
        if marc is not None and detail is None:
            built_alone += 1
        return marc

    monkeypatch.setattr("shkola_lib.catalog.exporter.unchanged_to_plain", counting)
    fast, fast_summary = _export(mixed, profile, True, variant)
    # marc-sql writes BBK in 084 and 091, which no imported record has: all are rebuilt
    assert (built_alone > 100) is (profile != "marc-sql")
    slow, slow_summary = _export(mixed, profile, False, variant)
    assert fast_summary.written == slow_summary.written > 150
    assert fast_summary.left_out == slow_summary.left_out
    assert (len(slow_summary.left_out) > 100) is (variant == "cp1251")
    assert fast == slow


def _triggers(db: Path) -> set[str]:
    with sqlite3.connect(db) as con:
        return {n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}


def test_an_import_puts_back_the_triggers_it_suspends(
    catalog: CatalogService, db_path: Path, tmp_path: Path
) -> None:
    """The import drops the INSERT triggers for its own rows: they are back after an
    import, a trial run, a cancelled import and one that failed."""
    from shkola_lib.catalog.importer import ImportOptions, ImportSummary
    from shkola_lib.catalog.progress import Cancelled, CancelToken

    all_triggers = _triggers(db_path)
    assert len(all_triggers) == 20
    source = _generated(tmp_path, "marc21", 450)  # more than one block of 200
    import_file(catalog, source, dry_run=True)
    assert _triggers(db_path) == all_triggers
    token = CancelToken()
    with pytest.raises(Cancelled):
        for progress in catalog.run_import(
            source, ImportOptions(), ImportSummary(file=source), token
        ):
            if progress.done >= 200:
                token.cancel()
    assert _triggers(db_path) == all_triggers
    empty = tmp_path / "empty.mrc"
    empty.write_bytes(b"")
    with pytest.raises(Exception):  # noqa: B017 - whatever the error, nothing is kept
        import_file(catalog, empty)
    assert _triggers(db_path) == all_triggers
    import_file(catalog, source)
    assert _triggers(db_path) == all_triggers
    # … and they work again: a copy added by hand clears the mark
    catalog.add_copy(1, CopyData(inventory_number="A-1"))
    assert marks(db_path)[1] is False
