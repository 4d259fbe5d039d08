"""Migration 0004: the search index is rebuilt with long prefix indexes, rows unchanged."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from shkola_lib.catalog.service import CatalogService
from shkola_lib.models.db import alembic_config, make_engine


def test_0004_rebuilds_the_search_index_with_the_same_rows(tmp_path: Path) -> None:
    db = tmp_path / "fts.sqlite"
    service = CatalogService.open(db)
    try:
        for _ in service.generate_demo(120):
            pass
        before = {q: list(service.search(q).record_ids) for q in ("а", "қазақ", "978601", "84")}
    finally:
        service.close()
    engine = make_engine(db)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0003")
    engine.dispose()
    con = sqlite3.connect(db)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'records_fts'").fetchone()[0]
    assert "prefix = '1 2 3')" in sql
    assert con.execute("SELECT count(*) FROM records_fts").fetchone() == (120,)
    con.close()

    service = CatalogService.open(db)  # upgrades again, after a backup
    try:
        assert service.db.pre_migration_backup is not None
        after = {q: list(service.search(q).record_ids) for q in before}
        assert after == before
        assert any(after.values())
    finally:
        service.close()
    con = sqlite3.connect(db)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'records_fts'").fetchone()[0]
    assert "prefix = '1 2 3 4 5 6 7 8'" in sql
    assert con.execute("SELECT count(*) FROM records_fts").fetchone() == (120,)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    con.close()
