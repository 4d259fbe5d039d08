"""Installing a newer build over an older one keeps the catalog and the settings.

Both live in the user's folders, never in the program folder, so an installer that
replaces the program cannot touch them; the first start of the new program backs the
catalog up and migrates it. The old catalog here is made at Alembic revision 0001 (the
first release's schema) with data written as that release wrote it, then the frozen
program (the source program when no bundle is built; CI always has the bundle) opens it
from the default location.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

import pytest
from alembic import command

from shkola_lib.models.db import alembic_config, head_revision, make_engine
from tests.packaging.support import (
    BUNDLE_DIR,
    FROZEN_EXE,
    clean_env,
    data_dir,
    in_ci,
    ok,
    run,
    settings_file,
)


@pytest.fixture
def program() -> list[str]:
    if FROZEN_EXE.is_file():
        return [str(FROZEN_EXE)]
    if in_ci():
        pytest.fail(f"the frozen program {FROZEN_EXE} is missing (CI=true)")
    return [sys.executable, "-X", "utf8", "-m", "shkola_lib"]


def make_release_0001_catalog(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
    engine.dispose()
    con = sqlite3.connect(path)
    con.execute(
        "INSERT INTO records(id, material_type, title, other_title, responsibility, part, "
        "corporate_body, edition, place, publisher, year, extent, series, series_number, "
        "languages, bbk, udc, author_sign, annotation, notes, grades, school_subject, "
        "instruction_language, title_sort, author_sort, marc_flavour, marc_leader, created_at,"
        " updated_at) VALUES (1, 'book', 'Абай жолы', '', '', '', '', '', 'Алматы', 'Жазушы', "
        "1997, '', '', '', 'kaz', '84(5Каз)', '', 'Ә92', '', '', '', '', '', 'абай жолы', '', "
        "'', '', '2026-01-01', '2026-01-01')"
    )
    con.execute(
        "INSERT INTO copies(record_id, inventory_number, inventory_seq, location, status, "
        "source, ksu_entry, created_at) VALUES (1, '501', 501, '', 'available', '', '', "
        "'2026-01-01')"
    )
    con.commit()
    con.close()


def revision(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


def test_new_program_keeps_catalog_and_settings(program: list[str], tmp_path: Path) -> None:
    home = tmp_path / "home"
    catalog = data_dir(home) / "catalog.sqlite"
    make_release_0001_catalog(catalog)
    settings = settings_file(home)
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(
        json.dumps({"language": "ru", "library_name": "№ 12 мектеп-гимназия"}, ensure_ascii=False),
        encoding="utf-8",
    )
    before = settings.read_bytes()
    work = tmp_path / "work"
    work.mkdir()
    env = clean_env(home)

    # The first start of the new version: no --db, the catalog from the user data folder.
    out = ok(run([*program, "info"], cwd=work, env=env))
    assert str(catalog) in out
    assert BUNDLE_DIR not in catalog.parents  # data never lives in the program folder
    assert revision(catalog) == head_revision()

    backups = sorted((catalog.parent / "backups").glob("pre-migration-0001-*.sqlite"))
    assert len(backups) == 1, "the upgrade must back the old catalog up first"
    assert revision(backups[0]) == "0001"
    old = sqlite3.connect(backups[0])
    assert old.execute("SELECT title FROM records").fetchall() == [("Абай жолы",)]
    old.close()

    # the data came through: the copy is found by its inventory number
    hits = json.loads(ok(run([*program, "search", "501", "--json"], cwd=work, env=env)))
    assert [hit["title"] for hit in hits] == ["Абай жолы"]
    assert hits[0]["inventory_numbers"] == ["501"]
    assert settings.read_bytes() == before

    # a second start finds nothing to migrate and makes no further backup
    ok(run([*program, "info"], cwd=work, env=env))
    assert len(list((catalog.parent / "backups").glob("*.sqlite"))) == 1
