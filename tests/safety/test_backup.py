"""Backups: consistent copies of a live catalog, atomic files, rotation, the second target."""

from __future__ import annotations

import errno
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import threading
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from shkola_lib.catalog import backup as backup_mod
from shkola_lib.catalog import backup_schedule as schedule
from shkola_lib.catalog.backup import (
    Kind,
    backup_before_import,
    inspect_backup,
    keep_rotation,
    list_backups,
    make_backup,
    parse_name,
    rotate,
    sweep_partials,
)
from shkola_lib.catalog.data import RecordData
from shkola_lib.catalog.service import CatalogService
from shkola_lib.io.safe_files import WriteError
from shkola_lib.models.db import sqlite_backup
from shkola_lib.paths import backup_dir_for


def records_in(path: Path) -> int:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return con.execute("SELECT count(*) FROM records").fetchone()[0]
    finally:
        con.close()


def add_records(service: CatalogService, n: int, prefix: str = "Book") -> None:
    for i in range(n):
        service.create_record(RecordData(title=f"{prefix} {i}"))


def test_backup_of_a_live_catalog_holds_what_is_still_in_the_wal(catalog: CatalogService) -> None:
    add_records(catalog, 25)
    wal = catalog.path.with_name(catalog.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # committed, not yet checkpointed
    path = make_backup(catalog.path)
    assert path.parent == catalog.path.parent / "backups"
    assert parse_name(path)[0] == "catalog" and parse_name(path)[2] is Kind.MANUAL  # type: ignore[index]
    assert records_in(path) == 25
    assert path.read_bytes()[18:20] == b"\x01\x01"  # rollback journal: one self-contained file
    assert not path.with_name(path.name + "-wal").exists()
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary left


def test_backup_while_another_thread_writes_is_consistent(catalog: CatalogService) -> None:
    stop = threading.Event()

    def writer() -> None:
        n = 0
        while not stop.is_set():
            catalog.create_record(RecordData(title=f"Concurrent {n}"))
            n += 1

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        paths = [make_backup(catalog.path) for _ in range(5)]
    finally:
        stop.set()
        thread.join()
    counts = [records_in(p) for p in paths]
    assert counts == sorted(counts)
    for path in paths:
        con = sqlite3.connect(path)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        fts = con.execute("SELECT count(*) FROM records_fts").fetchone()[0]
        assert fts == con.execute("SELECT count(*) FROM records").fetchone()[0]
        con.close()


def test_backups_made_in_the_same_second_keep_their_order(catalog: CatalogService) -> None:
    when = datetime(2026, 3, 2, 17, 0, 0)
    first = make_backup(catalog.path, kind=Kind.AUTO, now=when)
    add_records(catalog, 1)
    second = make_backup(catalog.path, kind=Kind.AUTO, now=when)
    assert second.name == "catalog-20260302-170000-2-auto.sqlite"
    rotate(first.parent, "catalog")  # keeps the newest of the day: the second
    assert not first.exists() and second.exists()
    third = make_backup(catalog.path, kind=Kind.AUTO, now=when)
    assert third.name == "catalog-20260302-170000-3-auto.sqlite"  # a freed name is not reused


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    today = datetime(2026, 6, 30, 18, 0)  # a Tuesday
    times = [(today - timedelta(days=d, hours=h), (d, h)) for d in range(500) for h in (0, 5)]
    kept = keep_rotation(times)
    assert len(kept) == 7 + 4 + 12
    assert all(h == 0 for _d, h in kept)  # always the newest of its day
    ages = sorted(d for d, _h in kept)
    assert ages[:7] == list(range(7))  # the last 7 days
    assert ages[7:11] == [9, 16, 23, 30]  # Sundays of the 4 weeks before those days
    monthly = [today - timedelta(days=d) for d in ages[11:]]
    assert all((m + timedelta(days=1)).day == 1 for m in monthly)  # ends of 12 months
    assert (monthly[0].month, monthly[-1].month, monthly[-1].year) == (4, 5, 2025)
    assert keep_rotation([]) == set()


def test_rotate_deletes_only_what_it_should(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    start = datetime(2026, 1, 1, 12)
    for d in range(60):
        (folder / f"catalog-{start + timedelta(days=d):%Y%m%d-%H%M%S}-auto.sqlite").touch()
    for d in range(8):
        (folder / f"catalog-{start + timedelta(days=d):%Y%m%d-%H%M%S}-pre-import.sqlite").touch()
    (folder / "catalog-20250101-120000-manual.sqlite").touch()
    (folder / "other-20250101-120000-auto.sqlite").touch()  # another catalog's
    (folder / "pre-migration-0002-20250101-120000.sqlite").touch()
    removed = rotate(folder, "catalog")
    names = sorted(p.name for p in folder.iterdir())
    autos = [n[8:16] for n in names if n.startswith("catalog") and n.endswith("-auto.sqlite")]
    # 60 days up to Sunday 1 March: the last 7 days, then the newest of 4 earlier weeks,
    # then of the months not yet covered (January); February and March already are.
    assert autos == [
        "20260131",
        "20260201",
        "20260208",
        "20260215",
        "20260222",
        *(f"202602{d}" for d in range(23, 29)),
        "20260301",
    ]
    assert len([n for n in names if "pre-import" in n]) == 5
    assert "catalog-20250101-120000-manual.sqlite" in names
    assert "other-20250101-120000-auto.sqlite" in names
    assert "pre-migration-0002-20250101-120000.sqlite" in names
    assert len(removed) == 60 - 12 + 3


def test_list_backups_newest_first_with_counts_including_pre_upgrade_copies(
    catalog: CatalogService,
) -> None:
    add_records(catalog, 3)
    older = make_backup(catalog.path, kind=Kind.AUTO, now=datetime(2026, 1, 5, 9))
    add_records(catalog, 2, "More")
    newer = make_backup(catalog.path, now=datetime(2026, 2, 5, 9))
    # a pre-migration copy as models.db makes it (a WAL-mode file)
    sqlite_backup(catalog.path, older.parent / "pre-migration-0002-20251201-080000.sqlite")
    infos = list_backups(catalog.path)
    assert [i.path for i in infos[:2]] == [newer, older]
    assert [(i.records, i.kind) for i in infos] == [
        (5, Kind.MANUAL),
        (3, Kind.AUTO),
        (5, Kind.PRE_MIGRATION),
    ]
    assert all(i.copies == 0 and i.revision and i.size > 0 and not i.error for i in infos)


def test_a_damaged_backup_is_listed_as_unreadable(tmp_path: Path, db_path: Path) -> None:
    folder = db_path.parent / "backups"
    folder.mkdir()
    (folder / "catalog-20260101-120000-auto.sqlite").write_bytes(b"not a database at all")
    [info] = list_backups(db_path)
    assert info.records is None and info.error


@pytest.mark.parametrize(
    ("code", "words"), [(errno.ENOSPC, "no space left"), (errno.EROFS, "read-only disk")]
)
def test_a_full_or_read_only_disk_leaves_no_half_backup_and_old_ones_intact(
    catalog: CatalogService, monkeypatch: pytest.MonkeyPatch, code: int, words: str
) -> None:
    add_records(catalog, 5)
    old = make_backup(catalog.path)
    old_bytes = old.read_bytes()

    def fail(_fd: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(WriteError) as failed:
        make_backup(catalog.path)
    assert words in str(failed.value.strerror).lower()
    assert [p.name for p in old.parent.iterdir()] == [old.name]
    assert old.read_bytes() == old_bytes


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_FSIZE, Linux")
def test_a_real_write_limit_fails_the_cli_backup_cleanly(tmp_path: Path) -> None:
    """The process may not write files over 64 KiB: SQLite's own writes fail for real."""
    db = tmp_path / "school.sqlite"
    cmd = [sys.executable, "-m", "shkola_lib", "--db", str(db)]
    assert subprocess.run([*cmd, "demo", "--records", "300"], capture_output=True).returncode == 0
    target = tmp_path / "stick"

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    result = subprocess.run(
        [*cmd, "backup", "--to", str(target)],
        capture_output=True,
        text=True,
        preexec_fn=limit,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("shkola-lib: ") and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert list(target.iterdir()) == []  # nothing half-written is left


def test_partials_of_dead_processes_are_swept_live_ones_kept(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    host = backup_mod.socket.gethostname()
    dead = tmp_path / f".catalog-20260101-120000-auto.sqlite.{host}.{proc.pid}.partial"
    journal = dead.with_name(dead.name + "-journal")
    live = tmp_path / f".catalog-20260101-120001-auto.sqlite.{host}.1.partial"
    elsewhere = tmp_path / f".catalog-20260101-120002-auto.sqlite.otherpc.{proc.pid}.partial"
    for path in (dead, journal, live, elsewhere):
        path.write_bytes(b"x")
    assert sweep_partials(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, elsewhere.name])


def test_backup_before_import_keeps_the_newest_five(catalog: CatalogService) -> None:
    paths = [backup_before_import(catalog.path) for _ in range(7)]
    kept = sorted(p for p in paths if p.exists())
    assert kept == sorted(paths[-5:])
    assert all(parse_name(p)[2] is Kind.PRE_IMPORT for p in kept)  # type: ignore[index]


def test_the_cli_import_backs_up_first(tmp_path: Path, corpus_dir: Path) -> None:
    db = tmp_path / "school.sqlite"
    cmd = [sys.executable, "-m", "shkola_lib", "--db", str(db)]
    marc = str(corpus_dir / "rusmarc-nlr" / "TEST2.ISO")
    subprocess.run([*cmd, "import", marc, "--dry-run"], capture_output=True, check=False)
    assert not (tmp_path / "backups").exists()  # a trial run changes nothing: no copy
    result = subprocess.run([*cmd, "import", marc], capture_output=True, text=True)
    assert result.returncode in (0, 1), result.stderr
    listed = json.loads(subprocess.run([*cmd, "backups", "--json"], capture_output=True).stdout)
    assert [b["kind"] for b in listed] == ["pre-import"]
    assert listed[0]["records"] == 0  # the catalog as it was before the import


def test_second_target_gets_a_copy_and_its_absence_is_told_once(
    catalog: CatalogService, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    extra: dict[str, object] = {schedule.SECOND_TARGET: str(stick)}
    first = schedule.auto_backup(catalog.path, extra)
    assert first.path is not None and first.second_copy is None
    assert "not connected" in first.notice
    again = schedule.auto_backup(catalog.path, extra)
    assert again.notice == ""  # told once, not at every backup
    stick.mkdir()  # the stick is back
    back = schedule.auto_backup(catalog.path, extra)
    assert back.notice == "" and back.second_copy is not None
    assert back.second_copy.read_bytes() == back.path.read_bytes()  # type: ignore[union-attr]
    assert schedule.SECOND_PROBLEM_TOLD not in extra
    stick.rename(tmp_path / "pulled")
    assert "not connected" in schedule.auto_backup(catalog.path, extra).notice  # a new absence


def test_a_full_stick_is_told_and_leaves_no_half_copy(
    catalog: CatalogService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    extra: dict[str, object] = {schedule.SECOND_TARGET: str(stick)}

    def full(_fd: int, _data: object) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)
    result = schedule.auto_backup(catalog.path, extra)
    assert result.path is not None and result.path.exists()  # the local backup is made
    assert "no space left" in result.notice.lower()
    assert list(stick.iterdir()) == []


def test_daily_backup_is_due_once_a_day(catalog: CatalogService) -> None:
    assert schedule.daily_backup_due(catalog.path)
    schedule.auto_backup(catalog.path, {})
    assert not schedule.daily_backup_due(catalog.path)
    assert schedule.daily_backup_due(catalog.path, today=date.today() + timedelta(days=1))
    make_backup(catalog.path, kind=Kind.MANUAL)  # a manual one does not count


def test_check_target_reports_missing_and_writable_folders(tmp_path: Path) -> None:
    assert "not there" in schedule.check_target(tmp_path / "absent")
    assert schedule.check_target(tmp_path) == ""
    assert list(tmp_path.iterdir()) == []  # the probe file is gone


def test_inspect_backup_counts_copies_of_live_records(demo_catalog: CatalogService) -> None:
    counts = demo_catalog.counts()
    info = inspect_backup(make_backup(demo_catalog.path))
    assert (info.records, info.copies) == (counts.records, counts.copies)


def test_every_real_import_through_the_service_backs_up_first(
    catalog: CatalogService, corpus_dir: Path
) -> None:
    """The window's import wizard and the CLI both go through ``CatalogService.run_import``."""
    from shkola_lib.catalog.importer import ImportOptions, ImportSummary

    marc = corpus_dir / "rusmarc-nlr" / "TEST2.ISO"
    dry = ImportOptions(dry_run=True)
    list(catalog.run_import(marc, dry, ImportSummary(file=marc)))
    assert list_backups(catalog.path) == []
    summary = ImportSummary(file=marc)
    steps = list(catalog.run_import(marc, ImportOptions(), summary))
    assert summary.imported > 0
    assert "Backing up" in steps[0].message
    (made,) = list_backups(catalog.path)
    assert made.kind is Kind.PRE_IMPORT and made.records == 0


def test_no_backup_possible_means_nothing_is_imported(
    catalog: CatalogService, corpus_dir: Path
) -> None:
    from shkola_lib.catalog.importer import ImportError_, ImportOptions, ImportSummary

    backup_dir_for(catalog.path).write_text("a file where the backups folder should be")
    marc = corpus_dir / "rusmarc-nlr" / "TEST2.ISO"
    with pytest.raises(ImportError_, match="nothing was imported"):
        list(catalog.run_import(marc, ImportOptions(), ImportSummary(file=marc)))
    assert catalog.counts().records == 0
