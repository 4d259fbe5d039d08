"""The bulk import path: same rows as the editor's path, same duplicate rules, same ISBNs."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pymarc
import pytest
from sqlalchemy import text

from shkola_lib.catalog import isbn as isbn_mod
from shkola_lib.catalog import isbn_checksum
from shkola_lib.catalog.data import PersonData, RecordData, SubjectData
from shkola_lib.catalog.importer import DuplicatePolicy
from shkola_lib.catalog.service import CatalogService
from shkola_lib.models import PersonRole, SubjectKind
from tests.exchange.support import import_file, marc_record

SKIP, MERGE, NEW = DuplicatePolicy.SKIP, DuplicatePolicy.MERGE, DuplicatePolicy.NEW


def _isbn_samples() -> list[str]:
    rng = random.Random(7)
    samples = [
        "",
        "978-601-7151-13-3",
        "9786017151133",
        "5-02-013850-9",
        "5020138509",
        "0-306-40615-2",
        "0306406152",
        "030640615X",
        "080442957X",
        "080442957x",
        "9791090636071",
        "9790000000001",
        "1234567890123",
        "ISBN 5-02-013850-9",
        "٩٧٨٦٠١٧١٥١١٣٣",  # Arabic-Indic digits: shaped like an ISBN, never valid
        "97860171511",
        "12345",
        "X123456789",
    ]
    for _ in range(3000):
        body = "".join(rng.choice("0123456789") for _ in range(rng.choice((9, 12))))
        prefix = rng.choice(("978", "979", "")) if len(body) == 12 else ""
        body = (prefix + body)[-12:] if len(body) == 12 else body
        samples.append(body + rng.choice("0123456789X"))
        # and its valid form
        samples.append(isbn_mod.to_isbn13(body[:9] + "0") or body)
    return samples


@pytest.mark.parametrize("chunk", range(4))
def test_fast_isbn_checks_agree_with_stdnum(chunk: int) -> None:
    samples = _isbn_samples()[chunk::4]
    for raw in samples:
        assert isbn_checksum.is_valid(raw) == isbn_mod.is_valid(raw), raw
        assert list(isbn_checksum.search_forms(raw)) == isbn_mod.search_forms(raw), raw


def _write(path: Path, records: list[pymarc.Record]) -> Path:
    path.write_bytes(b"".join(r.as_marc() for r in records))
    return path


def test_duplicates_within_one_file_match_any_earlier_record(
    catalog: CatalogService, tmp_path: Path
) -> None:
    # «Т. 1» with two different ISBNs is two books; a third copy of the second
    # one (by ISBN) and a fourth without ISBN are duplicates.
    path = _write(
        tmp_path / "dups.mrc",
        [
            marc_record("Т. 1", "9786017151133"),
            marc_record("Т. 1", "5020138509"),
            marc_record("Т. 1", "978-5-02-013850-6"),  # the ISBN-13 form of the second
            marc_record("Т. 1"),
        ],
    )
    summary = import_file(catalog, path, SKIP)
    assert (summary.imported, summary.duplicates_skipped) == (2, 2)
    assert [p.index for p in summary.duplicates] == [3, 4]
    again = import_file(catalog, path, SKIP)
    assert (again.imported, again.duplicates_skipped) == (0, 4)


def test_bulk_rows_equal_the_editors_rows(catalog: CatalogService, tmp_path: Path) -> None:
    """A record typed in the editor and the same values imported are stored alike."""
    data = RecordData(
        title="  Абай   жолы ",
        persons=[
            PersonData("Әуезов, Мұхтар", PersonRole.AUTHOR, "1897-1961"),
            PersonData("Иванов, И.", PersonRole.TRANSLATOR),
        ],
        isbns=["978-601-7151-13-3", "9786017151133", "0-306-40615-2"],
        subjects=[SubjectData("Қазақ әдебиеті", SubjectKind.SUBJECT, [("form", " Роман ")])],
        keywords=["роман", " ", "эпопея"],
        languages=["KAZ ", "rus"],
        year=2020,
    )
    from shkola_lib.catalog.import_store import ImportStore, Incoming, isbn_forms, record_key
    from shkola_lib.io.marc.crosswalk import MappedRecord

    typed = catalog.create_record(data)
    with catalog.db.session() as session:
        store = ImportStore(session, batch_id=None)  # type: ignore[arg-type]
        item = Incoming(
            MappedRecord(data, [], [], [], "00000nam a2200000 i 4500", "marc21"),
            record_key(data),
            isbn_forms(data),
        )
        imported = store.add_record(item)
        store.finish()
        session.commit()
    conn = sqlite3.connect(catalog.path)
    try:
        for table, columns in (
            ("record_persons", "position, name, dates, role"),
            ("record_isbns", "position, isbn, qualifier, valid"),
            ("record_subjects", "position, kind, term, subdivisions"),
        ):
            rows = [
                conn.execute(
                    f"SELECT {columns} FROM {table} WHERE record_id = ? ORDER BY position", (rid,)
                ).fetchall()
                for rid in (typed, imported)
            ]
            assert rows[0] == rows[1], table
        skip = {"id", "created_at", "updated_at", "marc_flavour", "marc_leader"}
        names = [r[1] for r in conn.execute("PRAGMA table_info(records)") if r[1] not in skip]
        rows = [
            conn.execute(f"SELECT {', '.join(names)} FROM records WHERE id = ?", (rid,)).fetchone()
            for rid in (typed, imported)
        ]
        assert rows[0] == rows[1]
        fts = [
            conn.execute(
                "SELECT title, persons, isbn, subjects FROM records_fts WHERE rowid = ?", (rid,)
            ).fetchone()
            for rid in (typed, imported)
        ]
        assert fts[0] == fts[1]
    finally:
        conn.close()


def test_bulk_loaded_details_equal_the_detail_pane(
    demo_catalog: CatalogService, corpus_dir: Path
) -> None:
    """The export's block loader gives exactly what get_detail and original_fields give."""
    from shkola_lib.catalog.bulk_load import iter_loaded
    from shkola_lib.catalog.exporter import original_fields
    from shkola_lib.catalog.records import get_detail

    for name in ("rusmarc-nlr/TEST1.ISO", "pymarc/1251.dat", "pymarc/test.dat"):
        import_file(demo_catalog, corpus_dir / name, MERGE)
    ids = demo_catalog.select_for_export()
    with demo_catalog.db.session() as session:
        # a lot and a copy written off, so every part of a detail is exercised
        session.execute(
            text(
                "INSERT INTO write_offs (stock_lot_id, quantity, written_off_on, act_number, "
                "reason, created_at) SELECT id, 1, '2026-01-10', 'A-1', 'worn', "
                "'2026-01-10 00:00:00' FROM stock_lots LIMIT 3"
            )
        )
        session.execute(
            text(
                "INSERT INTO write_offs (copy_id, quantity, written_off_on, act_number, reason, "
                "created_at) SELECT id, 1, '2026-01-11', 'A-2', 'lost', '2026-01-11 00:00:00' "
                "FROM copies WHERE id NOT IN (SELECT copy_id FROM write_offs "
                "WHERE copy_id IS NOT NULL) LIMIT 3"
            )
        )
        loaded = [item for block in iter_loaded(session.connection(), ids, 64) for item in block]
        assert len(loaded) == len(ids) > 300
        with_fields = 0
        for rid, item in zip(ids, loaded, strict=True):
            assert item.detail == get_detail(session, rid)
            fields, leader, flavour = original_fields(session, rid)
            assert (item.original_fields, item.leader, item.flavour) == (fields, leader, flavour)
            with_fields += bool(fields)
        assert with_fields > 80
        session.rollback()
