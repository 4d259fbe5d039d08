"""The plain read path of an open catalog: ``Database.reading`` and ``plain_connection``.

The window lists, counts and searches through plain ``sqlite3`` connections so that it
starts without SQLAlchemy; these tests pin what that path promises: one snapshot per
unit, nothing written through it kept, connections reused and not poisoned by errors,
and the engine made only when a write or an entity read needs it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

import shkola_lib.models.db as db_module
from shkola_lib.catalog.data import RecordData
from shkola_lib.catalog.service import CatalogService
from shkola_lib.models.db import open_database, plain_connection


def _count(con: sqlite3.Connection) -> int:
    return int(con.execute("SELECT count(*) FROM records").fetchone()[0])


@pytest.fixture()
def path(tmp_path: Path) -> Path:
    path = tmp_path / "reading.sqlite"
    service = CatalogService.open(path)  # made with Alembic, then closed: now up to date
    service.create_record(RecordData(title="Абай жолы"))
    service.close()
    return path


def test_an_up_to_date_catalog_opens_without_an_engine(path: Path) -> None:
    db = open_database(path)
    try:
        assert db._engine is None
        with db.reading() as con:
            assert _count(con) == 1
            assert con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db._engine is None  # reading made none
        service = CatalogService(db)
        service.create_record(RecordData(title="Қан мен тер"))
        assert db._engine is not None  # the first write did
        # the search-index hooks were in place for that first session
        assert list(service.search("тер").record_ids) == [2]
    finally:
        db.close()


def test_one_reading_sees_one_state_of_the_catalog(path: Path) -> None:
    service = CatalogService.open(path)
    try:
        with service.db.reading() as con:
            before = _count(con)
            service.create_record(RecordData(title="Көшпенділер"))  # committed meanwhile
            assert _count(con) == before  # still the snapshot it started with
        with service.db.reading() as con:
            assert _count(con) == before + 1
    finally:
        service.close()


def test_nothing_written_through_a_reading_is_kept(path: Path) -> None:
    db = open_database(path)
    try:
        with db.reading() as con:
            con.execute("DELETE FROM records")
            assert _count(con) == 0
        with db.reading() as con:
            assert _count(con) == 1
    finally:
        db.close()


def test_connections_are_reused_and_an_error_does_not_poison_them(path: Path) -> None:
    db = open_database(path)
    try:
        with db.reading() as first:
            pass
        with pytest.raises(sqlite3.OperationalError, match="no such table"):
            with db.reading() as con:
                assert con is first  # the kept connection came back
                con.execute("SELECT * FROM no_such_table")
        with db.reading() as con:
            assert con is first and con.in_transaction
            assert _count(con) == 1
        # several at once (search threads): each gets its own, at most READERS_KEPT stay
        opened = []
        for _ in range(db_module.READERS_KEPT + 2):
            opened.append(db.reading())
        connections = [cm.__enter__() for cm in opened]
        assert len({id(c) for c in connections}) == len(connections)
        for cm in opened:
            cm.__exit__(None, None, None)
        assert len(db._readers) == db_module.READERS_KEPT
    finally:
        db.close()
    assert db._readers == []
    with pytest.raises(sqlite3.ProgrammingError):
        connections[0].execute("SELECT 1")  # closed with the catalog


def test_plain_connection_reads_inside_the_session_transaction(path: Path) -> None:
    db = open_database(path)
    try:
        with db.session() as s:
            s.execute(text("DELETE FROM records"))
            assert _count(plain_connection(s)) == 0  # its own uncommitted change
            with db.reading() as other:
                assert _count(other) == 1  # not visible outside it
            s.rollback()
        with db.engine.connect() as conn:
            raw = plain_connection(conn)
            assert isinstance(raw, sqlite3.Connection) and _count(raw) == 1
        with db.reading() as con:
            assert plain_connection(con) is con
    finally:
        db.close()


def test_a_connection_in_use_when_the_catalog_closes_is_closed_after_use(path: Path) -> None:
    db = open_database(path)
    reading = db.reading()
    con = reading.__enter__()  # a search thread still reading
    db.close()
    assert _count(con) == 1  # it finishes its work
    reading.__exit__(None, None, None)
    assert db._readers == []
    with pytest.raises(sqlite3.ProgrammingError):
        con.execute("SELECT 1")


def test_a_closed_catalog_refuses_new_work_instead_of_reopening_the_file(path: Path) -> None:
    db = open_database(path)
    with db.session() as s:  # the engine exists
        s.execute(text("SELECT 1"))
    db.close()
    for start in (lambda: db.reading().__enter__(), lambda: db.engine):
        with pytest.raises(db_module.CatalogClosedError) as caught:
            start()
        assert str(path) in str(caught.value)
    assert db._readers == [] and db._engine is None
