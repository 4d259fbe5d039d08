"""The shipped migrations build exactly the schema the models describe, and upgrade real data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from shkola_lib.catalog.check import schema_differences
from shkola_lib.catalog.data import PersonData, RecordData
from shkola_lib.catalog.holdings import SeriesRequest
from shkola_lib.catalog.service import CatalogService
from shkola_lib.models import Base
from shkola_lib.models.base import include_object
from shkola_lib.models.db import alembic_config, head_revision, make_engine

# The columns of ``records`` since the first release (later ones have defaults).
_RECORD_COLUMNS = (
    "id material_type title other_title responsibility part corporate_body edition place "
    "publisher year extent series series_number languages bbk udc author_sign annotation "
    "notes grades school_subject instruction_language title_sort author_sort marc_flavour "
    "marc_leader created_at updated_at"
).split()


def _insert_old_record(con: sqlite3.Connection, rid: int, title: str, **values: object) -> None:
    """A record row as an older program wrote it (raw SQL: today's models have more
    columns); text columns not given are empty."""
    row: dict[str, object] = {name: "" for name in _RECORD_COLUMNS}
    row.update(
        id=rid,
        material_type="book",
        title=title,
        year=None,
        created_at="2026-01-01",
        updated_at="2026-01-01",
    )
    row.update(values)
    marks = ", ".join("?" * len(_RECORD_COLUMNS))
    con.execute(
        f"INSERT INTO records({', '.join(_RECORD_COLUMNS)}) VALUES ({marks})",
        [row[name] for name in _RECORD_COLUMNS],
    )


def test_migrations_match_the_models(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "m.sqlite")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_object": include_object, "compare_type": True}
        )
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_upgrade_from_the_first_release_keeps_data_and_backs_up(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    engine = make_engine(db)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    engine.dispose()
    # data written by a 0001 program (raw SQL: today's models have more columns)
    con = sqlite3.connect(db)
    _insert_old_record(
        con,
        1,
        "Абай жолы",
        place="Алматы",
        publisher="Жазушы",
        year=1997,
        languages="kaz",
        bbk="84(5Каз)",
        author_sign="Ә92",
        title_sort="абай жолы",
    )
    con.execute(
        "INSERT INTO copies(record_id, inventory_number, inventory_seq, location, status, "
        "source, ksu_entry, created_at) VALUES (1, '501', 501, '', 'available', '', '', "
        "'2026-01-01')"
    )
    con.commit()
    con.close()

    service = CatalogService.open(db)
    try:
        backup = service.db.pre_migration_backup
        assert backup is not None and backup.name.startswith("pre-migration-0001-")
        old = sqlite3.connect(backup)
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT title FROM records").fetchone() == ("Абай жолы",)
        old.close()
        detail = service.get_detail(1)
        assert detail.record.title == "Абай жолы"
        assert [c.inventory_number for c in detail.copies] == ["501"]
        _rid, numbers = service.create_record_with_holdings(
            RecordData(title="Жаңа кітап", persons=[PersonData("Абай")]),
            series=SeriesRequest(count=1),
        )
        assert numbers == ["502"]
        # the upgraded file has every index and trigger exactly as a new catalog has
        with service.db.engine.connect() as conn:
            assert schema_differences(conn) == []
    finally:
        service.close()
    con = sqlite3.connect(db)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    con.close()


def test_head_revision_constant_is_alembics_head() -> None:
    """A new migration must also move HEAD_REVISION, or catalogs would stay behind."""
    from shkola_lib.models.migrations import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_an_up_to_date_catalog_opens_without_loading_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "catalog.sqlite"
    probe = (
        "import sys; from pathlib import Path; from shkola_lib.models.db import open_database; "
        f"open_database(Path({str(db)!r})).close(); print('alembic' in sys.modules)"
    )
    first = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert first.stdout.strip() == "True", first.stderr  # a new catalog is migrated
    again = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert again.stdout.strip() == "False", again.stderr


def test_0005_keeps_every_original_field_in_order(tmp_path: Path) -> None:
    """Fields stored one row each (0004) become one list per record, in field order."""
    from shkola_lib.catalog.exporter import original_fields
    from shkola_lib.io.marc.crosswalk import MarcFieldData

    db = tmp_path / "old.sqlite"
    engine = make_engine(db)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0004")
    engine.dispose()
    con = sqlite3.connect(db)
    for rid, title in ((1, "Абай жолы"), (2, "Қан мен тер"), (3, "Без полей")):
        _insert_old_record(
            con, rid, title, marc_flavour="rusmarc", marc_leader="00000nam0 2200000   450 "
        )
    # (record, position, tag, ind1, ind2, value, subfields) — inserted out of order
    rows = [
        (2, 1, "200", "1", " ", None, '[["a", "Қан мен тер"], ["f", "Ә. Нұрпейісов"]]'),
        (1, 2, "899", " ", " ", None, '[["x", "501"], ["p", "00501"]]'),
        (1, 0, "001", " ", " ", "RU\\NLR\\1", None),
        (2, 0, "005", " ", " ", "20260101000000.0", None),
        (1, 1, "200", "1", " ", None, '[["a", "Абай жолы"]]'),
        (2, 2, "300", " ", " ", None, "[]"),
    ]
    con.executemany(
        "INSERT INTO record_marc_fields(record_id, position, tag, ind1, ind2, value, subfields) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    con.commit()
    con.close()

    service = CatalogService.open(db)
    try:
        with service.db.session() as session:
            one, leader, flavour = original_fields(session, 1)
            two, _, _ = original_fields(session, 2)
            three, _, _ = original_fields(session, 3)
    finally:
        service.close()
    assert (leader, flavour) == ("00000nam0 2200000   450 ", "rusmarc")
    assert one == [
        MarcFieldData("001", " ", " ", "RU\\NLR\\1", None),
        MarcFieldData("200", "1", " ", None, [("a", "Абай жолы")]),
        MarcFieldData("899", " ", " ", None, [("x", "501"), ("p", "00501")]),
    ]
    assert two == [
        MarcFieldData("005", " ", " ", "20260101000000.0", None),
        MarcFieldData("200", "1", " ", None, [("a", "Қан мен тер"), ("f", "Ә. Нұрпейісов")]),
        MarcFieldData("300", " ", " ", None, []),
    ]
    assert three == []
    con = sqlite3.connect(db)
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master")}
    con.close()
    assert "record_marc" in tables and "record_marc_fields" not in tables


def test_0006_leaves_older_imports_unmarked_and_can_be_undone(
    tmp_path: Path, corpus_dir: Path
) -> None:
    """Records imported before 0006 are exported as before (no mark); 0006 → 0005 drops
    the column and its triggers and keeps the stored fields."""
    from shkola_lib.catalog.importer import ImportOptions, ImportSummary

    db = tmp_path / "old.sqlite"
    engine = make_engine(db)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0005")
    engine.dispose()
    con = sqlite3.connect(db)
    _insert_old_record(
        con, 1, "Абай жолы", marc_flavour="rusmarc", marc_leader="00000nam0 2200000   450 "
    )
    con.execute('INSERT INTO record_marc(record_id, fields) VALUES (1, \'[["001","x"]]\')')
    con.commit()
    con.close()
    service = CatalogService.open(db)  # upgrades to head
    try:
        source = corpus_dir / "rusmarc-nlr/TEST2.ISO"
        for _ in service.run_import(source, ImportOptions(), ImportSummary(file=source)):
            pass
        with service.db.engine.connect() as conn:  # the import put its triggers back as they were
            assert schema_differences(conn) == []
    finally:
        service.close()
    con = sqlite3.connect(db)
    assert con.execute("SELECT record_id, unchanged FROM record_marc").fetchall() == [
        (1, 0),
        (2, 1),
    ]
    triggers = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
    assert con.execute(triggers).fetchone()[0] == 20
    con.close()
    engine = make_engine(db)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0005")
    engine.dispose()
    con = sqlite3.connect(db)
    assert con.execute(triggers).fetchone()[0] == 0
    assert [row[1] for row in con.execute("PRAGMA table_info(record_marc)")] == [
        "record_id",
        "fields",
    ]
    assert con.execute("SELECT fields FROM record_marc WHERE record_id = 1").fetchone() == (
        '[["001","x"]]',
    )
    con.close()
