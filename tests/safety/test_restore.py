"""Restore: verified first, the current catalog kept, an atomic swap, hostile ZIPs refused."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from shkola_lib.catalog.backup import Kind, make_backup, parse_name
from shkola_lib.catalog.data import RecordData
from shkola_lib.catalog.restore import (
    RestoreError,
    UnsafeArchiveError,
    prepare_restore,
    restore_backup,
    restore_service,
    safe_extract,
    staged_path,
    verify_backup,
)
from shkola_lib.catalog.service import CatalogService
from shkola_lib.io.safe_files import WriteError


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "shkola_lib", *args], capture_output=True, text=True, timeout=120
    )


def add(service: CatalogService, n: int, prefix: str) -> None:
    for i in range(n):
        service.create_record(RecordData(title=f"{prefix} {i}"))


def titles(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        return sorted(r[0] for r in con.execute("SELECT title FROM records"))
    finally:
        con.close()


@pytest.fixture
def with_backup(catalog: CatalogService) -> tuple[CatalogService, Path]:
    add(catalog, 4, "Before")
    backup = make_backup(catalog.path)
    add(catalog, 3, "After")
    return catalog, backup


def test_cli_restore_round_trip_keeps_the_current_catalog_first(tmp_path: Path) -> None:
    db = tmp_path / "school.sqlite"
    assert cli("--db", str(db), "demo", "--records", "40").returncode == 0
    made = cli("--db", str(db), "backup")
    assert made.returncode == 0 and "40 records" in made.stdout
    backup = Path(made.stdout.split("Backup written: ")[1].split(" (")[0])
    assert cli("--db", str(db), "demo", "--records", "10").returncode == 0
    result = cli("--db", str(db), "restore", str(backup))
    assert result.returncode == 0, result.stderr
    assert "40 records" in result.stdout and "kept in" in result.stdout
    info = cli("--db", str(db), "info")
    assert "Records: 40 " in info.stdout
    assert cli("--db", str(db), "check").returncode == 0
    listed = cli("--db", str(db), "backups").stdout
    assert "before a restore" in listed and "50 records" in listed  # the state before it


def test_restore_removes_a_stale_wal_that_would_be_replayed(tmp_path: Path) -> None:
    db = tmp_path / "school.sqlite"
    service = CatalogService.open(db)
    add(service, 5, "Kept")
    backup = make_backup(db)
    service.close()
    # A process died with committed work in the WAL, never checkpointed.
    writer = textwrap.dedent(
        """
        import os, sqlite3, sys
        con = sqlite3.connect(sys.argv[1], isolation_level=None)
        con.execute("PRAGMA wal_autocheckpoint=0")
        for i in range(50):
            con.execute("UPDATE records SET title = 'Stale ' || id")
            con.execute("INSERT INTO app_state(key, value) VALUES ('x' || ?, 'y')", (i,))
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", writer, str(db)], check=True)
    wal = db.with_name(db.name + "-wal")
    assert wal.stat().st_size > 0
    restore_backup(db, backup)
    assert not wal.exists()
    assert titles(db) == [f"Kept {i}" for i in range(5)]
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_restore_service_reopens_on_the_restored_catalog(
    with_backup: tuple[CatalogService, Path],
) -> None:
    service, backup = with_backup
    prepared = prepare_restore(service.path, backup)
    assert prepared.staged.exists() and prepared.safety is not None
    assert parse_name(prepared.safety)[2] is Kind.PRE_RESTORE  # type: ignore[index]
    result = restore_service(service, prepared)
    assert service.counts().records == 4
    assert result.backup.records == 4
    add(service, 1, "Writable")  # the reopened catalog works
    assert service.counts().records == 5 and service.check() == []
    assert not staged_path(service.path).exists()
    safety = CatalogService.open(prepared.safety)  # the state before, complete
    assert safety.counts().records == 7
    safety.close()


def corrupt_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):
        data[offset + 8 : offset + 40] = b"\xff" * 32  # damage page headers
    path.write_bytes(bytes(data))


def test_a_damaged_backup_is_refused_and_the_catalog_is_untouched(
    with_backup: tuple[CatalogService, Path],
) -> None:
    service, backup = with_backup
    corrupt_middle(backup)
    service.close()
    before = service.path.read_bytes()
    with pytest.raises(RestoreError, match=r"damaged|cannot be read"):
        restore_backup(service.path, backup)
    assert service.path.read_bytes() == before


def test_a_backup_of_a_newer_version_is_refused(with_backup: tuple[CatalogService, Path]) -> None:
    _service, backup = with_backup
    con = sqlite3.connect(backup)
    con.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    con.commit()
    con.close()
    with pytest.raises(RestoreError, match="newer version"):
        verify_backup(backup)


@pytest.mark.parametrize("content", [b"just text", b"", "other-db"])
def test_files_that_are_not_backups_are_refused(tmp_path: Path, content: bytes | str) -> None:
    path = tmp_path / "thing.sqlite"
    if content == "other-db":
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE t(x)")
        con.commit()
        con.close()
    else:
        path.write_bytes(content)  # type: ignore[arg-type]
    with pytest.raises(RestoreError, match="not a Shkola-Lib"):
        verify_backup(path)


def test_the_cli_says_the_catalog_was_not_changed(tmp_path: Path) -> None:
    db = tmp_path / "school.sqlite"
    assert cli("--db", str(db), "demo", "--records", "10").returncode == 0
    junk = tmp_path / "junk.sqlite"
    junk.write_text("hello")
    result = cli("--db", str(db), "restore", str(junk))
    assert result.returncode == 2
    assert "not a Shkola-Lib" in result.stderr and "was not changed" in result.stderr
    assert cli("--db", str(db), "restore", str(tmp_path / "absent.sqlite")).returncode == 2


@pytest.mark.parametrize(
    ("fail_on", "code", "words"),
    [
        ("replace", errno.EROFS, "read-only disk"),
        ("fsync", errno.ENOSPC, "no space left"),
    ],
)
def test_a_failing_disk_during_restore_loses_nothing(
    with_backup: tuple[CatalogService, Path],
    monkeypatch: pytest.MonkeyPatch,
    fail_on: str,
    code: int,
    words: str,
) -> None:
    service, backup = with_backup
    service.close()
    before = titles(service.path)
    real = getattr(os, fail_on)

    def fail(*args: object) -> object:
        # replace: only the swap onto the catalog fails; fsync: the first flush fails
        if fail_on == "fsync" or Path(str(args[1])) == service.path:
            raise OSError(code, os.strerror(code))
        return real(*args)

    monkeypatch.setattr(os, fail_on, fail)
    with pytest.raises((WriteError, OSError)) as failed:
        restore_backup(service.path, backup)
    assert words in str(failed.value.strerror or failed.value).lower()
    monkeypatch.undo()
    assert titles(service.path) == before
    assert not staged_path(service.path).exists()


def test_restore_from_a_zip_holding_one_backup(with_backup: tuple[CatalogService, Path]) -> None:
    service, backup = with_backup
    service.close()
    archive = backup.with_suffix(".zip")
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(backup, "shkola-lib/" + backup.name)
    result = restore_backup(service.path, archive)
    assert result.backup.records == 4
    assert len(titles(service.path)) == 4
    assert not [p for p in service.path.parent.iterdir() if p.name.startswith(".restore-")]


def make_zip(path: Path, members: dict[str, bytes], *, link: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        if link is not None:
            info = zipfile.ZipInfo(link)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, "/etc/passwd")
    return path


@pytest.mark.parametrize(
    "name",
    [
        "../escaped.sqlite",
        "backups/../../escaped.sqlite",
        "/tmp/absolute.sqlite",
        "\\\\server\\share\\x.sqlite",
        "C:\\Windows\\x.sqlite",
        "C:x.sqlite",
        "..\\..\\escaped.sqlite",
        "ok/..\\..\\escaped.sqlite",
    ],
)
def test_zip_members_cannot_escape_the_target_folder(tmp_path: Path, name: str) -> None:
    target = tmp_path / "unpack" / "here"
    archive = make_zip(tmp_path / "evil.zip", {"fine.txt": b"fine", name: b"evil"})
    with pytest.raises(UnsafeArchiveError, match="outside"):
        safe_extract(archive, target)
    assert not list(tmp_path.rglob("escaped.sqlite")) and not list(tmp_path.rglob("x.sqlite"))
    assert not (target / "fine.txt").exists()  # checked before anything was written


def test_zip_links_and_bombs_are_refused(tmp_path: Path) -> None:
    link = make_zip(tmp_path / "link.zip", {"a.txt": b"a"}, link="catalog.sqlite")
    with pytest.raises(UnsafeArchiveError, match="link"):
        safe_extract(link, tmp_path / "x")
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("catalog.sqlite", b"\0" * (4 * 1024 * 1024))
    assert bomb.stat().st_size < 64 * 1024
    with pytest.raises(UnsafeArchiveError, match="too much"):
        safe_extract(bomb, tmp_path / "y", max_bytes=1024 * 1024)
    assert not list((tmp_path / "y").rglob("*.sqlite"))


def test_a_zip_backup_with_an_escaping_member_restores_nothing(
    with_backup: tuple[CatalogService, Path],
) -> None:
    service, _backup = with_backup
    service.close()
    before = titles(service.path)
    archive = make_zip(service.path.parent / "evil.zip", {"../../catalog.sqlite": b"x"})
    with pytest.raises(UnsafeArchiveError):
        restore_backup(service.path, archive)
    assert titles(service.path) == before


def test_safe_extract_unpacks_ordinary_folders(tmp_path: Path) -> None:
    archive = make_zip(tmp_path / "ok.zip", {"a/b/c.txt": b"c", "d.txt": b"d", "a/": b""})
    written = safe_extract(archive, tmp_path / "out")
    assert sorted(p.relative_to(tmp_path / "out").as_posix() for p in written) == [
        "a/b/c.txt",
        "d.txt",
    ]
