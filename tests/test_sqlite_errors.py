"""SQLite failures that are not the program's fault reach the librarian in plain words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, text

from shkola_lib.catalog.importer import ImportOptions, ImportSummary
from shkola_lib.catalog.service import CatalogService
from shkola_lib.models.sqlite_errors import describe, sqlite_error


def full_disk(catalog: CatalogService, spare_pages: int = 2) -> None:
    """Make the catalog's writer connections hit «database or disk is full» (SQLite's
    own SQLITE_FULL, as on a full disk) a few pages after its present size."""
    engine = catalog.db.engine
    engine.dispose()

    @event.listens_for(engine, "connect")
    def _limit(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + spare_pages}")


def test_a_real_full_database_is_described_and_nothing_is_kept(
    catalog: CatalogService, corpus_dir: Path, tmp_path: Path
) -> None:
    path = corpus_dir / "rusmarc-nlr/TEST1.ISO"
    for _ in catalog.generate_demo(20):
        pass
    before = catalog.counts()
    full_disk(catalog)
    with pytest.raises(Exception) as caught:
        for _ in catalog.run_import(
            path, ImportOptions(report_dir=tmp_path), ImportSummary(file=path)
        ):
            pass
    assert str(sqlite_error(caught.value)) == "database or disk is full"
    message = describe(caught.value)
    assert message is not None and message.startswith("The disk that holds the catalog is full")
    assert "nothing was saved" in message
    catalog.db.engine.dispose()
    assert catalog.counts() == before  # the import was rolled back as one transaction
    assert catalog.check() == []


def test_damaged_and_io_errors_are_described_wrapped_or_not() -> None:
    damaged = sqlite3.DatabaseError("database disk image is malformed")
    try:
        try:
            raise damaged
        except sqlite3.DatabaseError as exc:
            raise RuntimeError("while exporting") from exc
    except RuntimeError as wrapped:
        message = describe(wrapped)
    assert message is not None and "The catalog file is damaged" in message
    assert "Restore from a backup" in message
    io = describe(sqlite3.OperationalError("disk I/O error"))
    assert io is not None and "could not be read or written" in io
    assert describe(sqlite3.OperationalError("database is locked")) is None
    assert describe(ValueError("no")) is None


def test_sqlalchemy_wrapped_errors_are_seen_through(catalog: CatalogService) -> None:
    with pytest.raises(Exception) as caught, catalog.db.engine.connect() as conn:
        conn.execute(text("SELECT * FROM no_such_table"))
    assert isinstance(sqlite_error(caught.value), sqlite3.OperationalError)
    assert describe(caught.value) is None  # a program error, not the disk's
