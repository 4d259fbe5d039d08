"""Backups of the catalog: consistent copies, written so a crash never leaves half a file.

A backup is made with SQLite's online backup API from a live (WAL) catalog —
never a file copy — into a temporary name in the backup folder, switched to a
self-contained rollback-journal file, checked, flushed to the disk, and only then
renamed to its final name. So a backup file either is complete or does not exist.

Names: ``<catalog stem>-YYYYMMDD-HHMMSS-<kind>.sqlite`` in ``backups/`` beside the
catalog (where the pre-migration copies of :mod:`shkola_lib.models.db` also go).
Automatic backups are rotated like ``borg prune``: the newest of each of the last
7 days, 4 weeks and 12 months are kept. When automatic backups are made, and the
second target (a USB stick), are in :mod:`shkola_lib.catalog.backup_schedule`.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import re
import socket
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from shkola_lib.i18n import translate
from shkola_lib.io.safe_files import WriteError, _fsync_dir, describe_os_error
from shkola_lib.paths import backup_dir_for

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
KEEP_BEFORE = 5  # pre-import and pre-restore copies kept of each kind

_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?"
    r"-(?P<kind>auto|manual|pre-import|pre-restore)\.sqlite$"
)
_PARTIAL = re.compile(r"^\..+\.sqlite\.(?P<host>.+)\.(?P<pid>\d+)\.partial(?:-.*)?$")
_PRE_MIGRATION = re.compile(r"^pre-migration-(?P<rev>.+)-(?P<stamp>\d{8}-\d{6})\.sqlite$")


class Kind(StrEnum):
    AUTO = "auto"  # on close and once a day; rotated
    MANUAL = "manual"  # "Back up now" and `shkola-lib backup`; never deleted
    PRE_IMPORT = "pre-import"
    PRE_RESTORE = "pre-restore"
    PRE_MIGRATION = "pre-migration"  # made by models.db before an upgrade

    @property
    def label(self) -> str:
        return {
            Kind.AUTO: translate("Backup", "automatic"),
            Kind.MANUAL: translate("Backup", "made by hand"),
            Kind.PRE_IMPORT: translate("Backup", "before an import"),
            Kind.PRE_RESTORE: translate("Backup", "before a restore"),
            Kind.PRE_MIGRATION: translate("Backup", "before an upgrade"),
        }[self]


class BackupError(OSError):
    """A backup cannot be made or read; the message is for the librarian."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as listed for the librarian."""

    path: Path
    created: datetime
    kind: Kind
    size: int
    records: int | None = None
    copies: int | None = None
    revision: str | None = None
    error: str = ""  # why the counts could not be read


# --- making a backup --------------------------------------------------------------------


def backup_name(db_path: Path, kind: Kind, when: datetime) -> str:
    return f"{Path(db_path).stem}-{when.strftime(_STAMP)}-{kind.value}.sqlite"


def _unique(folder: Path, name: str) -> Path:
    """``folder/name``, numbered after any backup of the same second: ``…-120000-2-auto``.

    The number only grows (a deleted first backup does not free its name), so the
    number orders backups made within one second.
    """
    m = _NAME.match(name)
    if m is None:
        path, n = folder / name, 2
        while path.exists():
            path = folder / f"{Path(name).stem}-{n}{Path(name).suffix}"
            n += 1
        return path
    prefix = f"{m['stem']}-{m['stamp']}"
    taken = 0
    with contextlib.suppress(OSError):
        for other in folder.glob(f"{glob.escape(prefix)}-*.sqlite"):
            found = _NAME.match(other.name)
            if found and found["stem"] == m["stem"] and found["stamp"] == m["stamp"]:
                taken = max(taken, int(found["n"] or 1))
    if not taken:
        return folder / name
    return folder / f"{prefix}-{taken + 1}-{m['kind']}.sqlite"


def _partial_name(final: Path) -> Path:
    return final.with_name(f".{final.name}.{socket.gethostname()}.{os.getpid()}.partial")


def sweep_partials(folder: Path) -> int:
    """Remove temporary files of backups whose process died (killed, PC switched off)."""
    from shkola_lib.catalog.instance_lock import pid_alive

    removed = 0
    host = socket.gethostname()
    with contextlib.suppress(OSError):
        for item in folder.iterdir():
            m = _PARTIAL.match(item.name)
            if m is None or m["host"] != host:
                continue
            pid = int(m["pid"])
            if pid == os.getpid() or not pid_alive(pid):
                with contextlib.suppress(OSError):
                    item.unlink()
                    removed += 1
    return removed


def _remove_partial(tmp: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def check_is_catalog_file(path: Path) -> None:
    """Raise :class:`BackupError` unless ``path`` is an existing SQLite file."""
    try:
        with Path(path).open("rb") as fh:
            header = fh.read(16)
    except FileNotFoundError as exc:
        raise BackupError(
            exc.errno, translate("Backup", "The file {path} does not exist.").format(path=path)
        ) from exc
    except OSError as exc:
        raise BackupError(exc.errno, describe_os_error(exc, Path(path))) from exc
    if header != SQLITE_HEADER:
        raise BackupError(
            0,
            translate("Backup", "{path} is not a Shkola-Lib catalog or backup.").format(path=path),
        )


def snapshot(source: Path, target: Path, *, check: bool = True, static: bool = False) -> None:
    """Copy ``source`` consistently into ``target`` (a new file) as a self-contained file.

    ``static``: the source is a closed backup file, read without locks or a WAL (so it
    may sit on a write-protected USB stick).
    """
    if static:
        uri = f"{Path(source).resolve().as_uri()}?mode=ro&immutable=1"
        src = sqlite3.connect(uri, uri=True)
    else:
        src = sqlite3.connect(str(source), timeout=30)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            # The copy inherits WAL mode from the header; a backup must be one file.
            dst.execute("PRAGMA journal_mode=DELETE")
            if check:
                result = dst.execute("PRAGMA quick_check").fetchone()
                if not result or result[0] != "ok":
                    raise BackupError(
                        0,
                        translate("Backup", "The copy failed its check: {problem}").format(
                            problem=result[0] if result else "?"
                        ),
                    )
        finally:
            dst.close()
    finally:
        src.close()


def make_backup(
    db_path: Path,
    folder: Path | None = None,
    *,
    kind: Kind = Kind.MANUAL,
    now: datetime | None = None,
    check: bool = True,
) -> Path:
    """A complete backup of the catalog at ``db_path`` in ``folder``; its path.

    Raises :class:`BackupError` (or :class:`WriteError`, both ``OSError``) with a
    message for the librarian; nothing is left behind then.
    """
    db_path = Path(db_path)
    folder = Path(folder) if folder is not None else backup_dir_for(db_path)
    check_is_catalog_file(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteError(exc.errno, describe_os_error(exc, folder)) from exc
    sweep_partials(folder)
    final = _unique(folder, backup_name(db_path, kind, now or datetime.now()))
    tmp = _partial_name(final)
    try:
        snapshot(db_path, tmp, check=check)
        _fsync_file(tmp)
        os.replace(tmp, final)
        _fsync_dir(folder)
    except sqlite3.Error as exc:
        _remove_partial(tmp)
        full = "full" in str(exc) or "too large" in str(exc).lower()
        message = (
            translate("Files", "There is no space left on the disk for {path}.").format(path=final)
            if full
            else translate("Backup", "The backup {path} could not be made: {error}").format(
                path=final, error=exc
            )
        )
        raise BackupError(0, message) from exc
    except BackupError:
        _remove_partial(tmp)
        raise
    except OSError as exc:
        _remove_partial(tmp)
        raise WriteError(exc.errno, describe_os_error(exc, final)) from exc
    except BaseException:
        _remove_partial(tmp)
        raise
    log.info("Backup made: %s", final)
    return final


def backup_before_import(db_path: Path) -> Path:
    """A copy of the catalog made right before an import (the newest 5 are kept)."""
    path = make_backup(db_path, kind=Kind.PRE_IMPORT)
    rotate(path.parent, Path(db_path).stem)
    return path


def copy_backup_to(backup: Path, folder: Path) -> Path:
    """Copy a finished (closed, self-contained) backup file into ``folder``, atomically."""
    folder = Path(folder)
    final = _unique(folder, Path(backup).name)
    tmp = _partial_name(final)
    try:
        sweep_partials(folder)
        with Path(backup).open("rb") as src:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            try:
                while chunk := src.read(1 << 20):
                    view = memoryview(chunk)
                    while view:
                        written = os.write(fd, view)
                        view = view[written:]
                os.fsync(fd)
            finally:
                os.close(fd)
        os.replace(tmp, final)
        _fsync_dir(folder)
    except OSError as exc:
        _remove_partial(tmp)
        raise WriteError(exc.errno, describe_os_error(exc, final)) from exc
    return final


# --- rotation ---------------------------------------------------------------------------


def parse_name(path: Path) -> tuple[str, datetime, Kind] | None:
    """(catalog stem, time, kind) of a backup file name, or None for other files.

    The n-th backup made in the same second gets n - 1 microseconds, so times sort.
    """
    m = _NAME.match(path.name)
    if m:
        with contextlib.suppress(ValueError):
            when = datetime.strptime(m["stamp"], _STAMP)
            # Backups of the same second are numbered; the number orders them.
            when = when.replace(microsecond=int(m["n"] or 1) - 1)
            return m["stem"], when, Kind(m["kind"])
    m = _PRE_MIGRATION.match(path.name)
    if m:
        with contextlib.suppress(ValueError):
            return "", datetime.strptime(m["stamp"], _STAMP), Kind.PRE_MIGRATION
    return None


def keep_rotation(
    times: Iterable[tuple[datetime, Any]],
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> set[Any]:
    """Which items to keep: the newest of each of the last N days, weeks and months.

    The rules apply in turn, as ``borg prune`` does: an item kept by an earlier rule
    does not count for a later one, so the weeks reach back beyond the days.
    """
    items = sorted(times, key=lambda t: t[0], reverse=True)
    kept: set[Any] = set()
    rules: list[tuple[Callable[[datetime], object], int]] = [
        (lambda t: t.date(), daily),
        (lambda t: t.isocalendar()[:2], weekly),
        (lambda t: (t.year, t.month), monthly),
    ]
    for key, n in rules:
        last: object = None
        count = 0
        for when, item in items:
            if count >= n:
                break
            period = key(when)
            if period != last:
                last = period
                if item not in kept:
                    kept.add(item)
                    count += 1
    return kept


def rotate(folder: Path, stem: str) -> list[Path]:
    """Delete automatic backups beyond the rotation, and old pre-import/-restore copies."""
    found: dict[Kind, list[tuple[datetime, Path]]] = {}
    with contextlib.suppress(OSError):
        for path in Path(folder).glob("*.sqlite"):
            parsed = parse_name(path)
            if parsed and parsed[0] == stem:
                found.setdefault(parsed[2], []).append((parsed[1], path))
    doomed: list[Path] = []
    autos = found.get(Kind.AUTO, [])
    keep = keep_rotation(autos)
    doomed += [p for _t, p in autos if p not in keep]
    for kind in (Kind.PRE_IMPORT, Kind.PRE_RESTORE):
        items = sorted(found.get(kind, []), reverse=True)
        doomed += [p for _t, p in items[KEEP_BEFORE:]]
    removed = []
    for path in doomed:
        try:
            path.unlink()
            removed.append(path)
        except OSError as exc:
            log.warning("Cannot remove the old backup %s: %s", path, exc)
    return removed


# --- listing ----------------------------------------------------------------------------


def read_counts(path: Path) -> tuple[int | None, int | None, str | None]:
    """(records, copies, schema revision) read from a backup without changing it."""
    uri = f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1"
    con = sqlite3.connect(uri, uri=True)
    try:
        revision = None
        with contextlib.suppress(sqlite3.Error):
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        records = con.execute("SELECT count(*) FROM records WHERE deleted_at IS NULL").fetchone()[0]
        copies = con.execute(
            "SELECT count(*) FROM copies c JOIN records r ON r.id = c.record_id "
            "AND r.deleted_at IS NULL WHERE c.status != 'written_off'"
        ).fetchone()[0]
        return records, copies, revision
    finally:
        con.close()


def inspect_backup(path: Path) -> BackupInfo:
    """What the librarian sees of one backup file (counts left empty if unreadable)."""
    path = Path(path)
    parsed = parse_name(path)
    stat = path.stat()
    created = parsed[1] if parsed else datetime.fromtimestamp(stat.st_mtime)
    kind = parsed[2] if parsed else Kind.MANUAL
    try:
        check_is_catalog_file(path)
        records, copies, revision = read_counts(path)
    except (OSError, sqlite3.Error) as exc:
        return BackupInfo(path, created, kind, stat.st_size, error=str(exc))
    return BackupInfo(path, created, kind, stat.st_size, records, copies, revision)


def list_backups(db_path: Path, extra_dirs: Iterable[Path] = ()) -> list[BackupInfo]:
    """Backups of this catalog (and pre-upgrade copies) in its backup folder and
    ``extra_dirs`` (e.g. the USB stick), newest first."""
    db_path = Path(db_path)
    stem = db_path.stem
    infos: list[BackupInfo] = []
    seen: set[Path] = set()
    for folder in [backup_dir_for(db_path), *extra_dirs]:
        with contextlib.suppress(OSError):
            for path in sorted(Path(folder).glob("*.sqlite")):
                parsed = parse_name(path)
                if parsed is None or parsed[0] not in (stem, ""):
                    continue
                resolved = path.resolve()
                if resolved in seen:
                    continue
                seen.add(resolved)
                with contextlib.suppress(OSError):
                    infos.append(inspect_backup(path))
    infos.sort(key=lambda i: (i.created, i.path.name), reverse=True)
    return infos
