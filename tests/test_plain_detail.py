"""The detail pane's record read through plain sqlite3 equals the ORM's, field for field.

``CatalogService.get_detail`` reads through ``catalog/plain_detail`` so that showing a
record does not load SQLAlchemy; ``catalog/records.get_detail`` (the ORM) stays for the
editor and the exports. Every record of a catalog made of corpus files, demo data and
hand-made holdings (write-offs of copies and of counted stock, a printed label, prices,
dates, subject subdivisions) must come out the same both ways.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from shkola_lib.catalog import plain_detail, records
from shkola_lib.catalog.data import CopyData, PersonData, RecordData, StockData, SubjectData
from shkola_lib.catalog.importer import DuplicatePolicy
from shkola_lib.catalog.service import CatalogService
from shkola_lib.models import MaterialType, PersonRole, SubjectKind
from tests.exchange.support import import_file

CORPUS_FILES = ("rusmarc-nlr/TEST2.ISO", "rusmarc-nlr/TEST1.ISO", "pymarc/test.dat")


@pytest.fixture()
def rich_catalog(catalog: CatalogService, corpus_dir: Path) -> CatalogService:
    for name in CORPUS_FILES:
        import_file(catalog, corpus_dir / name, DuplicatePolicy.NEW)
    for _ in catalog.generate_demo(120):
        pass
    rid, _numbers = catalog.create_record_with_holdings(
        RecordData(
            title="Алгебра. 7 сынып",
            material_type=MaterialType.TEXTBOOK,
            persons=[
                PersonData("Шыныбеков Ә. Н.", PersonRole.AUTHOR, "1950-"),
                PersonData("Жұмабаев М.", PersonRole.EDITOR),
            ],
            isbns=["9786018012341", "5020138509"],
            subjects=[SubjectData("Алгебра", SubjectKind.SUBJECT, [("form", "Оқулықтар")])],
            keywords=["алгебра", "7 сынып"],
            languages=["kaz", "rus"],
            grades=["7"],
            year=2017,
        ),
        stock=StockData(quantity=25, ksu_entry="12/2017", academic_year="2017-2018"),
    )
    copy_id = catalog.add_copy(
        rid,
        CopyData(
            inventory_number="0007",
            barcode="200000000077",
            acquired_on=date(2017, 9, 1),
            price_tiyn=150000,
            source="Дар",
        ),
    )
    catalog.add_copy(rid, CopyData(inventory_number="12"))
    catalog.write_off_copy(copy_id, on=date(2024, 5, 20), act_number="3", reason="тозған")
    lot = catalog.get_detail(rid).stock[0].id
    assert lot is not None
    catalog.write_off_stock(lot, quantity=4, on=date(2024, 6, 1), act_number="4")
    catalog.mark_labelled([catalog.get_detail(rid).copies[-1].id or 0])
    return catalog


def test_every_record_reads_the_same_as_through_the_orm(rich_catalog: CatalogService) -> None:
    with rich_catalog.db.reading() as conn:
        ids = [row[0] for row in conn.execute("SELECT id FROM records ORDER BY id")]
    assert len(ids) > 150
    compared = {"copies": 0, "stock": 0, "written_off": 0, "labelled": 0, "subdivided": 0}
    for rid in ids:
        with rich_catalog.db.session() as session:
            expected = records.get_detail(session, rid)
        with rich_catalog.db.reading() as conn:
            found = plain_detail.read_detail(conn, rid)
        assert found == expected, rid
        compared["copies"] += len(found.copies)
        compared["stock"] += len(found.stock)
        compared["written_off"] += sum(bool(c.written_off_on) for c in found.copies)
        compared["written_off"] += sum(lot.written_off for lot in found.stock)
        compared["labelled"] += sum(c.labelled_at is not None for c in found.copies)
        compared["subdivided"] += sum(bool(s.subdivisions) for s in found.record.subjects)
    assert all(compared.values()), compared  # every kind of value was really compared


def test_the_service_reads_through_plain_sqlite(rich_catalog: CatalogService) -> None:
    with rich_catalog.db.reading() as conn:
        (rid,) = conn.execute("SELECT id FROM records WHERE title = 'Алгебра. 7 сынып'").fetchone()
    detail = rich_catalog.get_detail(rid)
    by_number = {c.inventory_number: c for c in detail.copies}
    assert sorted(by_number) == ["0007", "12"]
    assert by_number["0007"].writeoff_reason == "тозған"
    assert by_number["0007"].price_tiyn == 150000
    assert by_number["0007"].acquired_on == date(2017, 9, 1)
    assert detail.stock[0].written_off == 4
    assert detail.record.persons[1] == PersonData("Жұмабаев М.", PersonRole.EDITOR)
    with pytest.raises(records.RecordNotFound):
        rich_catalog.get_detail(10**9)
