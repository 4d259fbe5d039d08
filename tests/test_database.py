"""Opening a catalog file: PRAGMAs, revision checks, refusal of foreign files, backups."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

import shkola_lib.models.db as db_module
from shkola_lib.catalog.data import CopyData, RecordData
from shkola_lib.catalog.service import CatalogService
from shkola_lib.models.db import (
    CatalogOpenError,
    NewerDatabaseError,
    alembic_config,
    current_revision,
    head_revision,
    open_database,
    sqlite_backup,
)
from shkola_lib.paths import DB_FILENAME, backup_dir_for, resolve_db_path


def _make_catalog(path: Path, *titles: str) -> None:
    service = CatalogService.open(path)
    try:
        for title in titles:
            service.create_record(RecordData(title=title))
    finally:
        service.close()


def _tables(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def _titles(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT title FROM records ORDER BY id")]
    finally:
        con.close()


def _stamp(path: Path, revision: str, *, journal_mode: str = "wal") -> None:
    con = sqlite3.connect(path)
    try:
        con.execute(f"PRAGMA journal_mode={journal_mode}")
        con.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        con.commit()
    finally:
        con.close()


# --- a new file ----------------------------------------------------------------------


def test_new_catalog_is_wal_with_foreign_keys_at_head(
    catalog: CatalogService, db_path: Path
) -> None:
    assert db_path.is_file()
    with catalog.db.session() as s:
        assert s.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert s.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert s.execute(text("PRAGMA temp_store")).scalar() == 2  # statement journals in RAM
        assert s.execute(text("PRAGMA busy_timeout")).scalar() >= 1000
    assert current_revision(catalog.db.engine) == head_revision()
    assert catalog.db.pre_migration_backup is None
    assert not backup_dir_for(db_path).exists()
    expected = {
        "alembic_version",
        "app_state",
        "records",
        "copies",
        "record_isbns",
        "record_marc",
        "record_persons",
        "record_subjects",
        "stock_lots",
        "write_offs",
        "records_fts",
    }
    assert expected <= _tables(db_path)


def test_foreign_keys_are_enforced(catalog: CatalogService) -> None:
    with pytest.raises(IntegrityError), catalog.db.session() as s:
        s.execute(
            text(
                "INSERT INTO copies(record_id, inventory_number, location, status, source, "
                "ksu_entry, created_at) VALUES (999, '1', '', 'available', '', '', "
                "'2026-01-01 00:00:00')"
            )
        )
    assert catalog.counts().copies == 0


def test_session_rolls_back_on_error(catalog: CatalogService) -> None:
    with pytest.raises(RuntimeError), catalog.db.session() as s:
        s.execute(text("INSERT INTO app_state(key, value) VALUES ('probe', '1')"))
        raise RuntimeError("boom")
    with catalog.db.session() as s:
        assert s.execute(text("SELECT count(*) FROM app_state WHERE key='probe'")).scalar() == 0


def test_empty_file_becomes_a_new_catalog(db_path: Path) -> None:
    db_path.write_bytes(b"")
    db = open_database(db_path)
    try:
        assert current_revision(db.engine) == head_revision()
        assert db.pre_migration_backup is None
    finally:
        db.close()


def test_missing_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "catalog.sqlite"
    db = open_database(path)
    db.close()
    assert path.is_file()


def test_reopening_keeps_data_and_makes_no_backup(db_path: Path) -> None:
    _make_catalog(db_path, "Абай жолы")
    service = CatalogService.open(db_path)
    try:
        assert service.db.pre_migration_backup is None
        assert service.counts().records == 1
        assert [len(service.search("Абай"))] == [1]
    finally:
        service.close()
    assert not backup_dir_for(db_path).exists()


# --- refusing files ------------------------------------------------------------------


def test_newer_database_is_refused_and_left_unchanged(db_path: Path) -> None:
    _make_catalog(db_path, "Абай жолы")
    _stamp(db_path, "9999_from_the_future")
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError) as info:
        open_database(db_path)
    assert isinstance(info.value, CatalogOpenError)
    assert "newer version" in str(info.value)
    assert db_path.read_bytes() == before
    assert not backup_dir_for(db_path).exists()


def test_refused_newer_database_leaves_no_files_behind(db_path: Path) -> None:
    _make_catalog(db_path, "Абай жолы")
    _stamp(db_path, "9999_from_the_future")
    with pytest.raises(NewerDatabaseError):
        open_database(db_path)
    assert sorted(p.name for p in db_path.parent.iterdir()) == [DB_FILENAME]


def test_newer_database_in_rollback_journal_mode_is_left_unchanged(db_path: Path) -> None:
    _make_catalog(db_path, "Абай жолы")
    _stamp(db_path, "9999_from_the_future", journal_mode="delete")
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_non_sqlite_file_is_refused_and_left_unchanged(db_path: Path) -> None:
    content = b"PK\x03\x04 this is a zip file, not a catalog" * 20
    db_path.write_bytes(content)
    with pytest.raises(CatalogOpenError) as info:
        open_database(db_path)
    assert not isinstance(info.value, NewerDatabaseError)
    assert "not a Shkola-Lib catalog" in str(info.value)
    assert db_path.read_bytes() == content


def test_damaged_sqlite_file_is_refused(db_path: Path) -> None:
    db_path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4080)
    with pytest.raises(CatalogOpenError):
        open_database(db_path)


def _foreign_database(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE readers (id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO readers(name) VALUES ('Айгүл')")
    con.commit()
    con.close()


def test_sqlite_file_with_unrelated_tables_is_refused(db_path: Path) -> None:
    _foreign_database(db_path)
    with pytest.raises(CatalogOpenError) as info:
        open_database(db_path)
    assert not isinstance(info.value, NewerDatabaseError)
    assert "not a Shkola-Lib catalog" in str(info.value)
    assert _tables(db_path) == {"readers"}  # no catalog tables were added


def test_sqlite_file_with_unrelated_tables_is_left_unchanged(db_path: Path) -> None:
    _foreign_database(db_path)
    before = db_path.read_bytes()
    with pytest.raises(CatalogOpenError):
        open_database(db_path)
    assert db_path.read_bytes() == before


# --- migrations and backups ----------------------------------------------------------


def test_database_without_any_revision_is_upgraded(db_path: Path) -> None:
    """Downgraded to base and the version table dropped: like a brand-new file."""
    db = open_database(db_path)
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
        conn.execute(text("DROP TABLE alembic_version"))
    db.close()
    assert _tables(db_path) == set()
    db = open_database(db_path)
    try:
        assert current_revision(db.engine) == head_revision()
        assert db.pre_migration_backup is None
    finally:
        db.close()
    assert "records_fts" in _tables(db_path)


def test_database_downgraded_to_base_is_upgraded_on_open(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "base")
    db.close()
    assert _tables(db_path) == {"alembic_version"}
    db = open_database(db_path)
    try:
        assert current_revision(db.engine) == head_revision()
    finally:
        db.close()


EXTRA_MIGRATION = """
revision = "9001"
down_revision = "{down}"
branch_labels = None
depends_on = None

from alembic import op


def upgrade():
    op.execute("CREATE TABLE test_extra (id INTEGER PRIMARY KEY)")
    op.execute("UPDATE records SET notes = 'migrated'")
    {fail}


def downgrade():
    op.execute("DROP TABLE test_extra")
"""


def _migrations_with_extra(tmp_path: Path, *, fail: bool = False) -> Path:
    """A copy of the shipped migrations plus one more revision on top of head."""
    target = tmp_path / "migrations"
    shutil.copytree(db_module.MIGRATIONS_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
    script = EXTRA_MIGRATION.format(
        down=head_revision(), fail='raise RuntimeError("migration failed")' if fail else ""
    )
    (target / "versions" / "9001_test_extra.py").write_text(textwrap.dedent(script))
    return target


def test_pending_migration_backs_up_first(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old_head = head_revision()
    _make_catalog(db_path, "Абай жолы", "Война и мир")
    monkeypatch.setattr(db_module, "MIGRATIONS_DIR", _migrations_with_extra(tmp_path))
    monkeypatch.setattr(db_module, "HEAD_REVISION", "9001")  # the extra script
    assert head_revision() == "9001"

    service = CatalogService.open(db_path)
    try:
        backup = service.db.pre_migration_backup
        assert current_revision(service.db.engine) == "9001"
        assert service.counts().records == 2
        assert service.get_record(1).notes == "migrated"
    finally:
        service.close()

    assert backup is not None
    backups = sorted(backup_dir_for(db_path).glob("pre-migration-*.sqlite"))
    assert backups == [backup]
    assert backup.name.startswith(f"pre-migration-{old_head}-")
    con = sqlite3.connect(backup)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (old_head,)
        assert con.execute("SELECT title, notes FROM records ORDER BY id").fetchall() == [
            ("Абай жолы", ""),
            ("Война и мир", ""),
        ]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        assert "test_extra" not in tables
    finally:
        con.close()
    assert "test_extra" in _tables(db_path)

    # Opening again: nothing pending, no second backup.
    service = CatalogService.open(db_path)
    try:
        assert service.db.pre_migration_backup is None
    finally:
        service.close()
    assert len(list(backup_dir_for(db_path).glob("pre-migration-*.sqlite"))) == 1


def test_failed_migration_leaves_the_catalog_unchanged(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_catalog(db_path, "Абай жолы")
    tables_before = _tables(db_path)
    monkeypatch.setattr(db_module, "MIGRATIONS_DIR", _migrations_with_extra(tmp_path, fail=True))
    monkeypatch.setattr(db_module, "HEAD_REVISION", "9001")  # the extra script
    with pytest.raises(Exception):  # noqa: B017 - whatever the error, the file must not change
        CatalogService.open(db_path)
    assert _tables(db_path) == tables_before
    assert _titles(db_path) == ["Абай жолы"]


def test_failed_migration_is_reported_as_catalog_open_error(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_catalog(db_path, "Абай жолы")
    monkeypatch.setattr(db_module, "MIGRATIONS_DIR", _migrations_with_extra(tmp_path, fail=True))
    monkeypatch.setattr(db_module, "HEAD_REVISION", "9001")  # the extra script
    with pytest.raises(CatalogOpenError) as info:
        CatalogService.open(db_path)
    assert "pre-migration-" in str(info.value)


def test_sqlite_backup_copies_uncheckpointed_wal_writes(
    catalog: CatalogService, db_path: Path, tmp_path: Path
) -> None:
    record_id = catalog.create_record(RecordData(title="Қан мен тер"))
    catalog.add_copy(record_id, CopyData(inventory_number="501"))
    wal = db_path.with_name(db_path.name + "-wal")
    assert wal.is_file() and wal.stat().st_size > 0  # the writes are still in the WAL

    target = sqlite_backup(db_path, tmp_path / "out" / "copy.sqlite")

    assert target == tmp_path / "out" / "copy.sqlite"
    con = sqlite3.connect(target)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("SELECT title FROM records").fetchall() == [("Қан мен тер",)]
        assert con.execute("SELECT inventory_number FROM copies").fetchall() == [("501",)]
    finally:
        con.close()
    # The live catalog keeps working after the backup.
    assert list(catalog.search("Қан").record_ids) == [record_id]


# --- where the catalog file is -------------------------------------------------------


def test_resolve_db_path_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "userdata"
    monkeypatch.setenv("SHKOLA_LIB_DATA_DIR", str(data_dir))
    monkeypatch.delenv("SHKOLA_LIB_DB", raising=False)
    assert resolve_db_path(None) == data_dir / DB_FILENAME
    assert resolve_db_path("") == data_dir / DB_FILENAME

    env_path = tmp_path / "env" / "school.sqlite"
    monkeypatch.setenv("SHKOLA_LIB_DB", str(env_path))
    assert resolve_db_path(None) == env_path.resolve()

    cli_path = tmp_path / "cli" / "other.sqlite"
    assert resolve_db_path(str(cli_path)) == cli_path.resolve()
    assert resolve_db_path(cli_path) == cli_path.resolve()


def test_resolve_db_path_makes_relative_paths_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_db_path("rel.sqlite") == tmp_path.resolve() / "rel.sqlite"
    monkeypatch.setenv("SHKOLA_LIB_DB", "env.sqlite")
    assert resolve_db_path(None) == tmp_path.resolve() / "env.sqlite"
