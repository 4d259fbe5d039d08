"""Catalog check/repair, and demo data generation (including cancelling it)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import text

from shkola_lib.catalog.data import RecordData
from shkola_lib.catalog.holdings import SeriesRequest
from shkola_lib.catalog.progress import Cancelled, CancelToken, Progress
from shkola_lib.catalog.search import SortKey
from shkola_lib.catalog.service import CatalogService

KAZAKH_LETTERS = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def _scalar(catalog: CatalogService, sql: str, **params: object) -> object:
    with catalog.db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


# --- check and repair ----------------------------------------------------------------


def test_fresh_demo_catalog_has_no_problems(demo_catalog: CatalogService) -> None:
    assert demo_catalog.check() == []


def test_empty_catalog_has_no_problems(catalog: CatalogService) -> None:
    assert catalog.check() == []


def test_missing_index_row_is_reported_and_repaired(demo_catalog: CatalogService) -> None:
    victim = demo_catalog.search("", sort=SortKey.TITLE).record_ids[0]
    title = demo_catalog.get_record(victim).title
    assert victim in demo_catalog.search(title).record_ids
    with demo_catalog.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM records_fts WHERE rowid = :r"), {"r": victim})
    assert victim not in demo_catalog.search(title).record_ids

    problems = demo_catalog.check()
    assert len(problems) == 1
    assert problems[0].repairable
    assert "299" in problems[0].message and "300" in problems[0].message

    demo_catalog.repair()
    assert demo_catalog.check() == []
    assert victim in demo_catalog.search(title).record_ids
    assert _scalar(demo_catalog, "SELECT count(*) FROM records_fts") == 300


def test_stale_index_row_of_a_deleted_record_is_reported(catalog: CatalogService) -> None:
    keep = catalog.create_record(RecordData(title="Абай жолы"))
    gone = catalog.create_record(RecordData(title="Қан мен тер"))
    with catalog.db.engine.begin() as conn:  # deleted behind the catalog's back
        conn.execute(
            text("UPDATE records SET deleted_at = '2026-01-01 00:00:00' WHERE id = :r"),
            {"r": gone},
        )
    problems = catalog.check()
    assert [p.repairable for p in problems] == [True]
    catalog.repair()
    assert catalog.check() == []
    assert list(catalog.search("").record_ids) == [keep]
    assert list(catalog.search("Қан").record_ids) == []


def test_index_row_swapped_for_another_is_reported(catalog: CatalogService) -> None:
    first = catalog.create_record(RecordData(title="Абай жолы"))
    catalog.create_record(RecordData(title="Қан мен тер"))
    with catalog.db.engine.begin() as conn:
        # Same number of rows, but one record is missing from the index.
        conn.execute(text("DELETE FROM records_fts WHERE rowid = :r"), {"r": first})
        conn.execute(text("INSERT INTO records_fts(rowid, title) VALUES (999, 'жоқ жазба')"))
    problems = catalog.check()
    assert len(problems) == 1 and problems[0].repairable
    assert problems[0].message.startswith("1 ")
    catalog.repair()
    assert catalog.check() == []
    assert list(catalog.search("Абай").record_ids) == [first]


def test_inventory_counter_below_used_numbers_is_repaired(catalog: CatalogService) -> None:
    record_id = catalog.create_record(RecordData(title="Абай жолы"))
    catalog.add_copy_series(record_id, SeriesRequest(count=3, first_number="40"))
    with catalog.db.engine.begin() as conn:
        conn.execute(text("UPDATE app_state SET value = '5' WHERE key = 'inventory_high_water'"))
    problems = catalog.check()
    assert len(problems) == 1 and problems[0].repairable
    assert "42" in problems[0].message
    catalog.repair()
    assert catalog.check() == []
    assert (
        _scalar(catalog, "SELECT value FROM app_state WHERE key = 'inventory_high_water'") == "42"
    )
    assert catalog.next_inventory_numbers() == ["43"]


def _schema(catalog: CatalogService) -> dict[str, str]:
    """Every table, index and trigger; FTS5 quotes its own tables' names either way."""
    with catalog.db.reading() as con:
        rows = con.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
        return {name: sql.replace("'", '"') for name, sql in rows}


def test_a_missing_change_trigger_is_reported_and_repaired(catalog: CatalogService) -> None:
    """Without its triggers the export's unchanged marks would go stale: repair makes the
    triggers again and drops every mark (exports compare field by field until re-import)."""
    before = _schema(catalog)
    assert sum(name.startswith("marc_unchanged_") for name in before) == 20
    rid = catalog.create_record(RecordData(title="Абай жолы"))
    with catalog.db.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO record_marc(record_id, fields, unchanged) VALUES (:r, '[]', 1)"),
            {"r": rid},
        )
        conn.execute(text("DROP TRIGGER marc_unchanged_copies_insert"))
    problems = catalog.check()
    assert [(p.repairable, "marc_unchanged_copies_insert" in p.message) for p in problems] == [
        (True, True)
    ]
    catalog.repair()
    assert catalog.check() == []
    assert _schema(catalog) == before
    assert _scalar(catalog, "SELECT unchanged FROM record_marc WHERE record_id = :r", r=rid) == 0
    # the trigger works again: a mark set now is cleared by a new copy
    with catalog.db.engine.begin() as conn:
        conn.execute(text("UPDATE record_marc SET unchanged = 1"))
    catalog.add_copy_series(rid, SeriesRequest(count=1))
    assert _scalar(catalog, "SELECT unchanged FROM record_marc WHERE record_id = :r", r=rid) == 0


def test_an_altered_index_is_reported_and_repaired(catalog: CatalogService) -> None:
    before = _schema(catalog)
    with catalog.db.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_record_isbns_isbn"))
        conn.execute(text("CREATE INDEX ix_record_isbns_isbn ON record_isbns (position)"))
        conn.execute(text("DROP INDEX ix_records_title_sort"))
    problems = catalog.check()
    assert sorted(p.message for p in problems if p.repairable) == sorted(
        f"The index {name} is missing or altered; searches may be slow or fail."
        for name in ("ix_record_isbns_isbn", "ix_records_title_sort")
    )
    catalog.repair()
    assert catalog.check() == []
    assert _schema(catalog) == before


def test_a_missing_or_altered_search_table_is_made_again_and_filled(
    demo_catalog: CatalogService,
) -> None:
    before = _schema(demo_catalog)
    rows = _scalar(demo_catalog, "SELECT count(*) FROM records_fts")
    assert rows == demo_catalog.counts().records
    for damage in (
        "DROP TABLE records_fts",
        "DROP TABLE records_fts; CREATE VIRTUAL TABLE records_fts USING fts5(title)",
        "DROP TABLE records_fts_docsize",  # one of FTS5's own tables (bm25 needs it)
        # the search table's entry gone, FTS5's own tables left behind
        "PRAGMA writable_schema = ON; "
        "DELETE FROM sqlite_master WHERE name = 'records_fts'; "
        "PRAGMA writable_schema = OFF",
    ):
        with demo_catalog.db.engine.begin() as conn:
            for statement in damage.split("; "):
                conn.execute(text(statement))
        # an edit of sqlite_master does not tell open connections; a new start would read it
        demo_catalog.db.engine.dispose()
        problems = demo_catalog.check()
        assert [(p.message, p.repairable) for p in problems] == [
            (
                "The search index table records_fts is missing or altered; the catalog "
                "cannot be searched and records cannot be saved.",
                True,
            )
        ]
        demo_catalog.repair()
        assert demo_catalog.check() == []
        assert _schema(demo_catalog) == before
        assert _scalar(demo_catalog, "SELECT count(*) FROM records_fts") == rows
        assert demo_catalog.search("а").record_ids


def test_quoting_and_spacing_do_not_count_as_a_difference(catalog: CatalogService) -> None:
    with catalog.db.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_record_isbns_isbn"))
        conn.execute(text('CREATE INDEX "ix_record_isbns_isbn"  ON "record_isbns"\n (isbn)'))
    assert catalog.check() == []


def test_holdings_inconsistencies_are_reported_but_not_repairable(
    catalog: CatalogService,
) -> None:
    record_id = catalog.create_record(RecordData(title="Абай жолы"))
    catalog.add_copy_series(record_id, SeriesRequest(count=1))
    with catalog.db.engine.begin() as conn:
        conn.execute(text("UPDATE copies SET status = 'written_off'"))
        conn.execute(text("UPDATE records SET title = '  ' WHERE id = :r"), {"r": record_id})
    problems = catalog.check()
    messages = [p.message for p in problems]
    assert any("Copy 1" in m for m in messages)
    assert (
        f"Record {record_id} has no title; search for its inventory number 1 to give it one."
        in messages
    )
    assert not any(p.repairable for p in problems)


def test_rows_left_without_their_record_are_named_and_only_leftovers_repaired(
    demo_catalog: CatalogService,
) -> None:
    """After a hand edit with foreign keys off: the parts of a deleted record and a link
    to a missing import are repaired; copies, stock and acts are named, never deleted."""
    import sqlite3

    def one(sql: str) -> tuple:
        return con.execute(sql).fetchone()

    con = sqlite3.connect(demo_catalog.path)
    con.execute("PRAGMA foreign_keys=OFF")
    book = one("SELECT record_id FROM copies GROUP BY record_id HAVING count(*) >= 2")[0]
    rows = con.execute("SELECT inventory_number FROM copies WHERE record_id = ?", (book,))
    numbers = [n for (n,) in rows]
    textbook, ksu, year = one("SELECT record_id, ksu_entry, academic_year FROM stock_lots")
    copy_id, act = one("SELECT copy_id, act_number FROM write_offs WHERE copy_id IS NOT NULL")
    victims = (book, textbook)
    parts = sum(
        con.execute(f"SELECT count(*) FROM {t} WHERE record_id IN (?, ?)", victims).fetchone()[0]
        for t in ("record_persons", "record_isbns", "record_subjects", "record_marc")
    )
    assert parts > 0
    con.execute("DELETE FROM records WHERE id IN (?, ?)", victims)
    con.execute("DELETE FROM copies WHERE id = ?", (copy_id,))
    other = one("SELECT min(id) FROM records")[0]
    con.execute("UPDATE records SET import_batch_id = 999 WHERE id = ?", (other,))
    con.commit()
    con.close()

    problems = demo_catalog.check()
    messages = [p.message for p in problems]
    leftovers = (
        f"{parts} leftovers of records no longer in the catalog (authors, ISBNs, subjects or "
        "MARC fields) are still in the file."
    )
    imports = "1 records, copies or stock lots refer to an import no longer in the history."
    assert leftovers in messages and imports in messages
    for number in numbers:
        assert any(m.startswith(f"Copy {number} belongs to a record no longer") for m in messages)
    assert any(f"КСУ entry {ksu} ({year})" in m for m in messages)
    assert any(f"Write-off act {act} of " in m for m in messages)
    assert not any(m.startswith("Table ") for m in messages)

    demo_catalog.repair()
    after = [p.message for p in demo_catalog.check()]
    assert leftovers not in after and imports not in after
    assert sum(m.startswith("Copy ") for m in after) == len(numbers)  # named, not deleted
    assert any(f"КСУ entry {ksu} ({year})" in m for m in after)
    assert _scalar(demo_catalog, "SELECT count(*) FROM copies WHERE record_id = :b", b=book) == len(
        numbers
    )


def test_counted_stock_written_off_beyond_its_quantity_is_named_by_title_and_ksu(
    catalog: CatalogService,
) -> None:
    from datetime import date

    from shkola_lib.catalog.data import StockData
    from shkola_lib.models import MaterialType

    rid, _numbers = catalog.create_record_with_holdings(
        RecordData(title="Алгебра. 7 сынып", material_type=MaterialType.TEXTBOOK, grades=["7"]),
        stock=StockData(quantity=5, ksu_entry="12/2024", academic_year="2024-2025"),
    )
    lot = catalog.get_detail(rid).stock[0].id
    assert lot is not None
    catalog.write_off_stock(lot, quantity=3, on=date(2025, 6, 1), act_number="4")
    assert catalog.check() == []
    with catalog.db.engine.begin() as conn:
        conn.execute(text("UPDATE stock_lots SET quantity = 2"))
    assert [(p.message, p.repairable) for p in catalog.check()] == [
        (
            "«Алгебра. 7 сынып», counted stock of КСУ entry 12/2024 (2024-2025): more "
            "copies written off than received.",
            False,
        )
    ]


def test_a_record_without_a_title_is_named_by_its_isbn_or_only_its_id(
    catalog: CatalogService,
) -> None:
    with_isbn = catalog.create_record(RecordData(title="А", isbns=["978-601-7151-13-3"]))
    bare = catalog.create_record(RecordData(title="Б"))
    with catalog.db.engine.begin() as conn:
        conn.execute(text("UPDATE records SET title = ''"))
    assert [p.message for p in catalog.check()] == [
        f"Record {with_isbn} has no title; search for its ISBN 9786017151133 to give it one.",
        f"Record {bare} has no title.",
    ]


# --- demo data -----------------------------------------------------------------------


def test_demo_generation_of_500_records(catalog: CatalogService) -> None:
    progress = list(catalog.generate_demo(500))
    assert progress[-1] == Progress(500, 500)
    assert all(isinstance(p, Progress) for p in progress)

    counts = catalog.counts()
    assert counts.records == 500
    assert 0 < counts.textbooks < 500
    assert counts.copies > 0
    assert counts.stock_copies > 0
    assert catalog.check() == []

    # Textbooks carry counted stock (and no inventory numbers); books carry copies.
    assert (
        _scalar(
            catalog,
            "SELECT count(*) FROM records r WHERE r.material_type = 'textbook' AND NOT EXISTS "
            "(SELECT 1 FROM stock_lots s WHERE s.record_id = r.id)",
        )
        == 0
    )
    assert (
        _scalar(
            catalog,
            "SELECT count(*) FROM copies c JOIN records r ON r.id = c.record_id "
            "WHERE r.material_type = 'textbook'",
        )
        == 0
    )
    assert (
        _scalar(
            catalog,
            "SELECT count(*) FROM records r WHERE r.material_type = 'book' AND NOT EXISTS "
            "(SELECT 1 FROM copies c WHERE c.record_id = r.id)",
        )
        == 0
    )
    assert (
        _scalar(
            catalog, "SELECT count(*) FROM records WHERE grades = '' AND material_type = 'textbook'"
        )
        == 0
    )

    with catalog.db.engine.connect() as conn:
        titles = {
            (lang, title)
            for lang, title in conn.execute(text("SELECT languages, title FROM records"))
        }
    kazakh = [t for lang, t in titles if lang == "kaz"]
    russian = [t for lang, t in titles if lang == "rus"]
    assert kazakh and russian
    assert any(KAZAKH_LETTERS.search(t) for t in kazakh)
    assert not any(KAZAKH_LETTERS.search(t) for t in russian)
    # A long tail, as in a real fund: not the same few dozen titles and authors again.
    assert len(titles) > 150
    assert _scalar(catalog, "SELECT count(DISTINCT name) FROM record_persons") > 200

    # Everything generated is searchable, and numbering continues after the demo.
    assert len(catalog.search("")) == 500
    assert len(catalog.search("қазақ")) > 0
    highest = _scalar(catalog, "SELECT max(inventory_seq) FROM copies")
    assert catalog.next_inventory_numbers() == [str(int(highest) + 1)]  # type: ignore[arg-type]


def test_demo_is_reproducible_with_a_seed(tmp_path: Path) -> None:
    def titles(name: str, seed: int) -> list[str]:
        service = CatalogService.open(tmp_path / name)
        try:
            for _ in service.generate_demo(50, seed=seed):
                pass
            with service.db.engine.connect() as conn:
                return [r[0] for r in conn.execute(text("SELECT title FROM records ORDER BY id"))]
        finally:
            service.close()

    assert titles("a.sqlite", 7) == titles("b.sqlite", 7)
    assert titles("c.sqlite", 7) != titles("d.sqlite", 8)


def test_demo_added_to_a_catalog_keeps_existing_records(catalog: CatalogService) -> None:
    mine = catalog.create_record(RecordData(title="Менің кітабым"))
    catalog.add_copy_series(mine, SeriesRequest(count=1, first_number="2000"))
    for _ in catalog.generate_demo(100):
        pass
    assert catalog.counts().records == 101
    assert catalog.get_record(mine).title == "Менің кітабым"
    assert (
        _scalar(catalog, "SELECT min(inventory_seq) FROM copies WHERE record_id != :r", r=mine)
        == 2001
    )
    assert catalog.check() == []


def test_cancelled_demo_leaves_the_catalog_unchanged(catalog: CatalogService) -> None:
    mine = catalog.create_record(RecordData(title="Менің кітабым"))
    catalog.add_copy_series(mine, SeriesRequest(count=2))
    before = catalog.counts()

    token = CancelToken()
    seen: list[Progress] = []
    with pytest.raises(Cancelled):
        for progress in catalog.generate_demo(2500, cancel=token):
            seen.append(progress)
            token.cancel()
    assert seen == [Progress(1000, 2500)]
    assert token.cancelled

    assert catalog.counts() == before
    assert list(catalog.search("").record_ids) == [mine]
    assert _scalar(catalog, "SELECT count(*) FROM records_fts") == 1
    assert _scalar(catalog, "SELECT count(*) FROM record_persons") == 0
    assert _scalar(catalog, "SELECT count(*) FROM stock_lots") == 0
    assert _scalar(catalog, "SELECT value FROM app_state WHERE key = 'inventory_high_water'") == "2"
    assert catalog.check() == []


def test_abandoned_demo_generator_adds_nothing(catalog: CatalogService) -> None:
    generator = catalog.generate_demo(2500)
    assert next(generator) == Progress(1000, 2500)
    generator.close()
    assert catalog.counts().records == 0
    assert _scalar(catalog, "SELECT count(*) FROM records_fts") == 0


class CancelAfter(CancelToken):
    """Cancelled once SQLite's progress handler has asked ``reads`` times: mid-way."""

    def __init__(self, reads: int) -> None:
        super().__init__()
        self.reads = reads

    @property
    def cancelled(self) -> bool:
        self.reads -= 1
        return self.reads < 0


def test_a_cancelled_check_stops_and_a_cancelled_repair_changes_nothing(
    demo_catalog: CatalogService,
) -> None:
    with demo_catalog.db.engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_record_isbns_isbn"))
        conn.execute(text("DELETE FROM records_fts WHERE rowid IN (1, 2, 3)"))
    problems = demo_catalog.check()
    assert len(problems) == 2
    with pytest.raises(Cancelled):
        demo_catalog.check(cancel=CancelAfter(2))
    with pytest.raises(Cancelled):
        demo_catalog.repair(cancel=CancelAfter(6))  # of 12: after the index, in the rebuild
    assert demo_catalog.check() == problems  # rolled back: nothing half-repaired
    demo_catalog.repair(cancel=CancelToken())
    assert demo_catalog.check() == []
