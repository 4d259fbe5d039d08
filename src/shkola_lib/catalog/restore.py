"""Restoring the catalog from a backup: verify, keep the current state, swap atomically.

1. The backup is verified: a SQLite file, ``PRAGMA integrity_check`` = ok, a schema
   revision this program knows (an older one is upgraded when the catalog opens).
2. The current catalog is backed up (kind ``pre-restore``); a catalog too damaged
   for that is copied file by file into ``backups/damaged-…/`` instead.
3. The backup is copied beside the catalog under a temporary name and flushed.
4. With the catalog closed, stale ``-wal``/``-shm`` files are removed and the copy
   is renamed over the catalog (``os.replace``: atomic on the same disk).

Steps 1–3 only read the catalog and may run in the background; step 4 needs the
catalog closed (:func:`restore_service` closes and reopens a service around it).
A backup may also be given as a ZIP holding one ``.sqlite`` file; its members are
checked by :func:`safe_extract` so none can land outside the extraction folder.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from shkola_lib.catalog.backup import (
    SQLITE_HEADER,
    BackupError,
    BackupInfo,
    Kind,
    check_is_catalog_file,
    inspect_backup,
    make_backup,
    rotate,
    snapshot,
)
from shkola_lib.i18n import translate
from shkola_lib.io.safe_files import WriteError, _fsync_dir, describe_os_error
from shkola_lib.paths import backup_dir_for

if TYPE_CHECKING:
    from shkola_lib.catalog.service import CatalogService

MAX_ZIP_BYTES = 8 * 1024**3  # a school catalog is far smaller; more is a ZIP bomb


class RestoreError(Exception):
    """The backup cannot be restored; the message is for the librarian."""


class UnsafeArchiveError(RestoreError):
    """A ZIP member would be written outside the target folder (or is a bomb)."""


@dataclass(frozen=True)
class PreparedRestore:
    db_path: Path
    backup: BackupInfo
    staged: Path  # the verified copy beside the catalog, waiting for the swap
    safety: Path | None  # the copy of the catalog as it was before the restore


def verify_backup(path: Path) -> BackupInfo:
    """Check a backup fully; its description, or :class:`RestoreError` saying why not."""
    from shkola_lib.models.db import known_revisions

    path = Path(path)
    try:
        check_is_catalog_file(path)
    except BackupError as exc:
        raise RestoreError(str(exc.strerror or exc)) from exc
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        con = sqlite3.connect(uri, uri=True)
        try:
            problems = [row[0] for row in con.execute("PRAGMA integrity_check")]
            rows = con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            tables = {r[0] for r in rows}
            revision = None
            if "alembic_version" in tables:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise RestoreError(
            translate("Restore", "The backup {path} cannot be read: {error}").format(
                path=path, error=exc
            )
        ) from exc
    if problems != ["ok"]:
        raise RestoreError(
            translate(
                "Restore", "The backup {path} is damaged ({problem}); it cannot be restored."
            ).format(path=path, problem=problems[0] if problems else "?")
        )
    if revision is None or "records" not in tables:
        raise RestoreError(
            translate("Restore", "The file {path} is not a Shkola-Lib catalog backup.").format(
                path=path
            )
        )
    if revision not in known_revisions():
        raise RestoreError(
            translate(
                "Restore",
                "The backup {path} was made by a newer version of Shkola-Lib. "
                "Install the newer version to restore it.",
            ).format(path=path)
        )
    return inspect_backup(path)


def _rescue_copy(db_path: Path) -> Path:
    """File copies of a catalog too damaged for the backup API (with its -wal)."""
    folder = backup_dir_for(db_path) / f"damaged-{datetime.now():%Y%m%d-%H%M%S}"
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-journal"):
        part = db_path.with_name(db_path.name + suffix)
        if part.exists():
            shutil.copy2(part, folder / part.name)
    return folder


def _safety_copy(db_path: Path) -> Path | None:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        path = make_backup(db_path, kind=Kind.PRE_RESTORE)
    except BackupError:
        return _rescue_copy(db_path)  # damaged: keep it as it is, byte for byte
    rotate(path.parent, db_path.stem)
    return path


def staged_path(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.restoring")


def _discard(staged: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            staged.with_name(staged.name + suffix).unlink(missing_ok=True)


def prepare_restore(
    db_path: Path, backup: Path, *, verified: BackupInfo | None = None
) -> PreparedRestore:
    """Steps 1–3: verify (unless ``verified`` is given), keep the current catalog, stage
    the copy. The catalog is only read; raises :class:`RestoreError` or ``OSError``."""
    db_path = Path(db_path)
    info = verified or verify_backup(backup)
    safety = _safety_copy(db_path)
    staged = staged_path(db_path)
    _discard(staged)
    try:
        snapshot(Path(backup), staged, static=True)  # checked again once copied
        fd = os.open(staged, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except (sqlite3.Error, BackupError) as exc:
        _discard(staged)
        error = exc.strerror if isinstance(exc, BackupError) and exc.strerror else exc
        raise RestoreError(
            translate("Restore", "The backup could not be copied into place: {error}").format(
                error=error
            )
        ) from exc
    except OSError as exc:
        _discard(staged)
        raise WriteError(exc.errno, describe_os_error(exc, db_path)) from exc
    return PreparedRestore(db_path, info, staged, safety)


def commit_restore(prepared: PreparedRestore) -> None:
    """Step 4: the swap. Every connection to the catalog must be closed."""
    db = prepared.db_path
    if not prepared.staged.exists():
        raise RestoreError(translate("Restore", "The prepared copy is gone; nothing was changed."))
    try:
        # A -wal left beside the new file would be replayed into it: remove it first
        # (its content is in the safety copy made before).
        for suffix in ("-wal", "-shm", "-journal"):
            db.with_name(db.name + suffix).unlink(missing_ok=True)
        os.replace(prepared.staged, db)
        _fsync_dir(db.parent)
    except OSError as exc:
        raise WriteError(exc.errno, describe_os_error(exc, db)) from exc


def discard_restore(prepared: PreparedRestore) -> None:
    _discard(prepared.staged)


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo
    safety: Path | None


@contextlib.contextmanager
def backup_file(source: Path, work_dir: Path) -> Iterator[Path]:
    """The ``.sqlite`` file of a backup given as itself or as a ZIP holding one."""
    source = Path(source)
    header = b""
    with contextlib.suppress(OSError), source.open("rb") as fh:
        header = fh.read(16)
    if header == SQLITE_HEADER or not zipfile.is_zipfile(source):
        yield source  # verify_backup says what is wrong with anything else
        return
    with tempfile.TemporaryDirectory(prefix=".restore-", dir=work_dir) as tmp:
        files = [p for p in safe_extract(source, Path(tmp)) if p.suffix.lower() == ".sqlite"]
        if len(files) != 1:
            raise RestoreError(
                translate(
                    "Restore", "The ZIP file {path} must hold exactly one catalog (.sqlite) file."
                ).format(path=source)
            )
        yield files[0]


def restore_backup(db_path: Path, backup: Path) -> RestoreResult:
    """The whole restore for a closed catalog (the CLI; the caller holds the lock)."""
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with backup_file(backup, db_path.parent) as file:
        prepared = prepare_restore(db_path, file)
        try:
            commit_restore(prepared)
        finally:
            discard_restore(prepared)
    return RestoreResult(prepared.backup, prepared.safety)


def restore_service(service: CatalogService, prepared: PreparedRestore) -> RestoreResult:
    """Close ``service``, swap the catalog, reopen the service (on the old catalog if
    the swap failed). Runs on the thread that owns the service; quick."""
    from shkola_lib.models.db import open_database

    service.close()
    try:
        commit_restore(prepared)
    finally:
        discard_restore(prepared)
        service.db = open_database(prepared.db_path)
    return RestoreResult(prepared.backup, prepared.safety)


# --- ZIP packages -----------------------------------------------------------------------


def _member_target(name: str, root: Path) -> Path:
    """Where a member would go, or :class:`UnsafeArchiveError` if outside ``root``."""
    refuse = UnsafeArchiveError(
        translate(
            "Restore", "The ZIP file holds «{name}», which would be written outside its folder."
        ).format(name=name)
    )
    normalised = name.replace("\\", "/")
    pure = PurePosixPath(normalised)
    if (
        not normalised
        or normalised.startswith("/")
        or (len(normalised) > 1 and normalised[1] == ":")  # C:foo, C:/foo
        or ".." in pure.parts
        or "\x00" in normalised
    ):
        raise refuse
    target = (root / pure).resolve()
    if target != root and root not in target.parents:
        raise refuse
    return target


def safe_extract(archive: Path, target: Path, *, max_bytes: int = MAX_ZIP_BYTES) -> list[Path]:
    """Extract ``archive`` into ``target``; every member checked before anything is written.

    Refused (:class:`UnsafeArchiveError`): absolute names, drive letters, ``..``
    parts, symbolic links, and archives that unpack to more than ``max_bytes``
    (counted while unpacking too, since sizes in a ZIP can lie).
    """
    root = Path(target).resolve()
    root.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with zipfile.ZipFile(archive) as zf:
        members = zf.infolist()
        plan: list[tuple[zipfile.ZipInfo, Path]] = []
        declared = 0
        for info in members:
            if stat.S_ISLNK(info.external_attr >> 16):
                raise UnsafeArchiveError(
                    translate("Restore", "The ZIP file holds a link «{name}»; refused.").format(
                        name=info.filename
                    )
                )
            plan.append((info, _member_target(info.filename, root)))
            declared += info.file_size
        if declared > max_bytes:
            raise UnsafeArchiveError(_too_big(archive))
        total = 0
        try:
            for info, dest in plan:
                if info.is_dir():
                    dest.mkdir(parents=True, exist_ok=True)
                    continue
                dest.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, dest.open("wb") as out:
                    written.append(dest)
                    while chunk := src.read(1 << 20):
                        total += len(chunk)
                        if total > max_bytes:
                            raise UnsafeArchiveError(_too_big(archive))
                        out.write(chunk)
        except BaseException:
            for path in written:
                with contextlib.suppress(OSError):
                    path.unlink()
            raise
    return written


def _too_big(archive: Path) -> str:
    message = translate("Restore", "The ZIP file {path} unpacks to far too much data; refused.")
    return message.format(path=archive)
