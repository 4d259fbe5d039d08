"""The command line as a user runs it: a real process, a real catalog file."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from shkola_lib import __version__


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "shkola_lib", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "demo.sqlite"
    result = run("--db", str(path), "demo", "--records", "5000")
    assert result.returncode == 0, result.stderr
    assert "Added 5000 demo records" in result.stdout
    return path


def search_json(db: Path, query: str) -> list[dict]:
    result = run("--db", str(db), "search", query, "--json", "--limit", "0")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Shkola-Lib {__version__}"


def test_help_lists_the_commands() -> None:
    result = run("--help")
    assert result.returncode == 0
    for word in ("demo", "search", "check", "--db", "SHKOLA_LIB_DB"):
        assert word in result.stdout


def test_kazakh_search_ignores_case(demo_db: Path) -> None:
    upper = search_json(demo_db, "ҚАЗАҚ")
    lower = search_json(demo_db, "қазақ")
    assert upper, "the demo catalog has Kazakh titles with «қазақ»"
    assert [r["id"] for r in upper] == [r["id"] for r in lower]
    for obj in upper[:3]:
        assert {"id", "title", "authors", "year", "isbn", "inventory_numbers"} <= obj.keys()


def test_yo_and_ye_are_the_same_letter(demo_db: Path) -> None:
    with_yo = {r["id"] for r in search_json(demo_db, "Артём")}
    with_ye = {r["id"] for r in search_json(demo_db, "Артем")}
    assert with_yo and with_yo == with_ye
    texts = " ".join(
        r["title"] + " ".join(r["authors"]) for r in search_json(demo_db, "Артём")[:50]
    )
    assert "Артем" in texts  # a record written with е is found by ё


def test_inventory_number_returns_exactly_that_copy(demo_db: Path) -> None:
    number = (
        sqlite3.connect(demo_db)
        .execute("SELECT inventory_number FROM copies ORDER BY id LIMIT 1 OFFSET 777")
        .fetchone()[0]
    )
    results = search_json(demo_db, number)
    assert len(results) == 1
    assert number in results[0]["inventory_numbers"]


def test_plain_output_and_nothing_found(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "search", "абай", "--limit", "2")
    assert result.returncode == 0
    assert len([line for line in result.stdout.splitlines() if line.strip()]) == 3
    assert "more (use --limit)" in result.stdout
    nothing = run("--db", str(demo_db), "search", "жоқкітапжоқ")
    assert nothing.returncode == 0
    assert "Nothing found" in nothing.stdout


def copy_of(demo_db: Path, target: Path) -> sqlite3.Connection:
    """A copy of the demo catalog at ``target``, and a connection to damage it with."""
    src, dst = sqlite3.connect(demo_db), sqlite3.connect(target)
    src.backup(dst)
    src.close()
    return dst


def test_check_repair_and_info(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.sqlite"
    dst = copy_of(demo_db, db)
    assert run("--db", str(db), "check").stdout.strip() == "The catalog is in order."
    dst.execute("DELETE FROM records_fts WHERE rowid IN (SELECT rowid FROM records_fts LIMIT 3)")
    dst.commit()
    dst.close()
    broken = run("--db", str(db), "check")
    assert broken.returncode == 1
    assert "search index" in broken.stdout
    fixed = run("--db", str(db), "check", "--repair")
    assert fixed.returncode == 0, fixed.stdout
    assert run("--db", str(db), "check").returncode == 0
    info = run("--db", str(db), "info")
    assert "Records: 5000" in info.stdout


def test_a_lost_title_index_is_explained_and_check_repairs_it(
    demo_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "damaged.sqlite"
    dst = copy_of(demo_db, db)
    number = dst.execute("SELECT inventory_number FROM copies LIMIT 1").fetchone()[0]
    dst.execute("DROP INDEX ix_records_title_sort")
    dst.commit()
    dst.close()
    broken = run("--db", str(db), "search", "а")  # thousands of matches: title order
    assert broken.returncode == 2
    assert "lost its index ix_records_title_sort" in broken.stderr
    assert "Check the catalog" in broken.stderr and "Traceback" not in broken.stderr
    assert "shkola-lib check --repair" in broken.stderr
    assert len(search_json(db, number)) == 1  # a scanned code is still found
    assert run("--db", str(db), "check", "--repair").returncode == 0
    assert search_json(db, "абай")


def test_a_lost_search_table_is_explained_and_check_makes_it_again(
    demo_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "damaged.sqlite"
    dst = copy_of(demo_db, db)
    number = dst.execute("SELECT inventory_number FROM copies LIMIT 1").fetchone()[0]
    dst.execute("DROP TABLE records_fts")  # what a «clean-up» in a database browser does
    dst.commit()
    dst.close()
    broken = run("--db", str(db), "search", "абай")
    assert broken.returncode == 2 and "Traceback" not in broken.stderr
    assert "lost its search table records_fts" in broken.stderr
    assert len(search_json(db, number)) == 1  # a scanned code is still found
    check = run("--db", str(db), "check")
    assert check.returncode == 1
    assert "The search index table records_fts is missing" in check.stdout
    assert run("--db", str(db), "check", "--repair").returncode == 0
    assert run("--db", str(db), "check").returncode == 0
    assert len(search_json(db, "абай")) == len(search_json(demo_db, "абай")) > 0


def test_a_damaged_file_is_not_repaired_but_sent_to_a_backup(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "damaged.sqlite"
    dst = copy_of(demo_db, db)
    dst.execute("PRAGMA journal_mode=DELETE")  # every page in the file itself
    root = dst.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_records_title_sort'"
    ).fetchone()[0]
    page = dst.execute("PRAGMA page_size").fetchone()[0]
    dst.close()
    with db.open("r+b") as f:
        f.seek((root - 1) * page)
        f.write(b"\xff" * 16)
    snapshots = []
    for args in (["check"], ["check", "--repair"]):
        result = run("--db", str(db), *args)
        assert result.returncode == 1, result.stderr
        assert result.stdout.startswith("SQLite: ")
        assert "itself is damaged, so nothing was repaired" in result.stdout
        assert "shkola-lib restore FILE" in result.stdout
        wal = Path(f"{db}-wal")
        snapshots.append(db.read_bytes() + (wal.read_bytes() if wal.exists() else b""))
    assert snapshots[1] == snapshots[0]  # the repair wrote nothing


def test_check_repair_fixes_what_it_can_beside_what_it_cannot(
    demo_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "mixed.sqlite"
    dst = copy_of(demo_db, db)
    dst.execute("DROP INDEX ix_records_title_sort")
    rid, number = dst.execute(
        "SELECT record_id, min(inventory_number) FROM copies GROUP BY record_id LIMIT 1"
    ).fetchone()
    dst.execute("UPDATE records SET title = '' WHERE id = ?", (rid,))
    dst.commit()
    dst.close()
    result = run("--db", str(db), "check", "--repair")
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        "Repaired what could be repaired. Still to correct:",
        f"Record {rid} has no title; search for its inventory number {number} to give it one.",
    ]
    found = search_json(db, number)  # and the search box finds it so
    assert [r["id"] for r in found] == [rid]


def test_env_variable_chooses_the_catalog(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite"
    result = run("demo", "--records", "10", env={"SHKOLA_LIB_DB": str(db)})
    assert result.returncode == 0, result.stderr
    assert db.exists()
    info = run("info", env={"SHKOLA_LIB_DB": str(db)})
    assert str(db) in info.stdout


def test_default_catalog_is_created_in_the_user_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "userdata"
    result = run("info", env={"SHKOLA_LIB_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert (data / "catalog.sqlite").is_file()
    assert "Records: 0" in result.stdout


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ("not-sqlite", "is not a Shkola-Lib catalog"),
        ("foreign-sqlite", "is a database, but not a Shkola-Lib catalog"),
        ("newer", "newer version of Shkola-Lib"),
    ],
)
def test_bad_catalog_files_give_one_clear_line(tmp_path: Path, setup: str, expected: str) -> None:
    db = tmp_path / "bad.sqlite"
    if setup == "not-sqlite":
        db.write_text("this is a spreadsheet, honestly")
    elif setup == "foreign-sqlite":
        con = sqlite3.connect(db)
        con.execute("CREATE TABLE books(id INTEGER)")
        con.commit()
        con.close()
    else:
        assert run("--db", str(db), "info").returncode == 0
        con = sqlite3.connect(db)
        con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
        con.commit()
        con.close()
    before = db.read_bytes()
    result = run("--db", str(db), "search", "абай")
    assert result.returncode == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    after = db.read_bytes()  # opening switched the journal to WAL: header bytes 18-19
    assert after[:18] + after[20:] == before[:18] + before[20:]


def test_usage_errors_are_one_line_with_exit_2(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "x.sqlite"), "demo", "--records", "many")
    assert result.returncode == 2
    assert "invalid int value" in result.stderr
    assert "Traceback" not in result.stderr
    result = run("--db", str(tmp_path / "x.sqlite"), "demo", "--records", "0")
    assert result.returncode == 2
    assert "--records must be 1 or more" in result.stderr


def test_unwritable_location_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    result = run("--db", str(blocker / "sub" / "catalog.sqlite"), "info")
    assert result.returncode == 2
    assert "Cannot create the folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_check_of_a_large_catalog_says_first_that_it_takes_a_while(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    from shkola_lib import cli

    db = tmp_path / "large.sqlite"
    copy_of(demo_db, db).close()
    monkeypatch.setattr(cli, "LARGE_CATALOG_BYTES", db.stat().st_size)
    assert cli.main(["--db", str(db), "check"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "The catalog is in order."
    assert err.startswith(f"Checking {db} (") and "takes a minute or more" in err
    monkeypatch.setattr(cli, "LARGE_CATALOG_BYTES", db.stat().st_size + 1)
    assert cli.main(["--db", str(db), "check"]) == 0
    assert capsys.readouterr().err == ""


def test_check_repair_reads_the_whole_file_once(
    demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
) -> None:
    """SQLite's integrity check takes a minute at 1,000,000 records: the check after the
    repair does not run it again."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from shkola_lib import cli

    db = tmp_path / "once.sqlite"
    dst = copy_of(demo_db, db)
    dst.execute("DROP INDEX ix_records_title_sort")
    dst.commit()
    dst.close()
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(Engine, "before_cursor_execute", seen)
    try:
        assert cli.main(["--db", str(db), "check", "--repair"]) == 0
    finally:
        event.remove(Engine, "before_cursor_execute", seen)
    assert capsys.readouterr().out.strip() == "Repaired. The catalog is in order."
    assert sum("integrity_check" in s for s in statements) == 1
    # the rest of the check ran again after the repair
    assert sum(s.startswith("SELECT count(*) FROM records_fts") for s in statements) == 2


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "school.sqlite"],
        ["--db=school.sqlite", "--lang", "kk"],
        ["--lang=ru", "--db", "a b.sqlite"],
        ["--db", "x", "--db", "y"],
        ["--lang", "xx"],  # a mistake: the full parser reports it
        ["--la", "kk"],  # an abbreviation: the full parser accepts it
        ["--db"],
        ["-h"],
        ["--version"],
        ["--db", "x", "info"],
        ["search", "абай"],
    ],
)
def test_the_window_s_own_options_are_read_as_the_full_parser_reads_them(
    argv: list[str],
) -> None:
    """The window's start skips the full parser; it must never read the line differently."""
    from shkola_lib.cli import build_parser, window_arguments

    window = window_arguments(argv)
    try:
        full = build_parser().parse_args(argv)
    except SystemExit:
        full = None
    if window is None:  # left to the full parser: not a plain window start
        assert full is None or full.command is not None or full.lang == "kk"
        return
    assert full is not None and full.command is None
    assert (window.db, window.lang) == (full.db, full.lang)


def test_a_command_of_a_module_loaded_on_use_runs(tmp_path: Path, capsys) -> None:
    """backup, restore, backups and labels are imported when they run, not at start."""
    from shkola_lib import cli

    db = tmp_path / "catalog.sqlite"
    assert cli.main(["--db", str(db), "backups", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
