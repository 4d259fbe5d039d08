"""``shkola-lib backup``, ``restore`` and ``backups``: the catalog's safety copies.

    shkola-lib [--db PATH] backup [--to DIR]
    shkola-lib [--db PATH] restore FILE
    shkola-lib [--db PATH] backups [--json]

``restore`` changes the catalog, so the program's main takes the instance lock
for it (see :func:`shkola_lib.cli.writes_catalog`); ``backup`` and ``backups``
only read and may run while the window is open.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from shkola_lib.catalog.backup import BackupInfo, Kind, list_backups, make_backup
from shkola_lib.i18n import translate
from shkola_lib.paths import resolve_db_path

EXIT_OK = 0
EXIT_ERROR = 2


def add_backup_commands(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``backup``, ``restore`` and ``backups`` to the program's sub-commands."""
    backup = sub.add_parser(
        "backup",
        help=translate("CommandLine", "make a safety copy of the catalog"),
        description=translate(
            "CommandLine",
            "Make a consistent copy of the catalog (safe while the program is open). "
            "Without --to it goes to the backups folder beside the catalog.",
        ),
    )
    backup.add_argument(
        "--to",
        metavar="DIR",
        help=translate("CommandLine", "the folder to write the copy to (e.g. a USB stick)"),
    )
    restore = sub.add_parser(
        "restore",
        help=translate("CommandLine", "replace the catalog by a backup (a copy is made first)"),
        description=translate(
            "CommandLine",
            "Check the backup (integrity, version), copy the current catalog aside into the "
            "backups folder, then put the backup in its place. Close the program's window "
            "first.",
        ),
    )
    restore.add_argument(
        "file",
        metavar="FILE",
        help=translate("CommandLine", "the backup: a .sqlite file, or a ZIP holding one"),
    )
    backups = sub.add_parser(
        "backups",
        help=translate("CommandLine", "list the backups"),
        description=translate(
            "CommandLine",
            "List the backups beside the catalog and in the second backup place, newest "
            "first, with their date, kind, size and record and copy counts.",
        ),
    )
    backups.add_argument(
        "--json", action="store_true", help=translate("CommandLine", "print a JSON list")
    )


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"  # pragma: no cover


def _counts_text(records: int | None, copies: int | None) -> str:
    if records is None:
        return translate("CommandLine", "unreadable")
    return translate("CommandLine", "{records} records, {copies} copies").format(
        records=records, copies=copies
    )


def cmd_backup(args: argparse.Namespace) -> int:
    db = resolve_db_path(args.db)
    folder = Path(args.to).expanduser() if args.to else None
    try:
        path = make_backup(db, folder, kind=Kind.MANUAL)
    except OSError as exc:
        print(f"shkola-lib: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ERROR
    from shkola_lib.catalog.backup import read_counts

    records, copies, _rev = read_counts(path)
    print(
        translate("CommandLine", "Backup written: {path} ({size}, {counts}).").format(
            path=path, size=human_size(path.stat().st_size), counts=_counts_text(records, copies)
        )
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore; the caller holds the instance lock."""
    from shkola_lib.catalog.restore import RestoreError, restore_backup
    from shkola_lib.catalog.service import CatalogService

    db = resolve_db_path(args.db)
    try:
        result = restore_backup(db, Path(args.file).expanduser())
    except (RestoreError, OSError) as exc:
        message = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"shkola-lib: {message}", file=sys.stderr)
        print(translate("CommandLine", "The catalog was not changed."), file=sys.stderr)
        return EXIT_ERROR
    service = CatalogService.open(db)  # upgrades a backup made by an older version
    try:
        counts = service.counts()
    finally:
        service.close()
    print(
        translate(
            "CommandLine", "Restored the catalog of {date}: {records} records, {copies} copies."
        ).format(
            date=f"{result.backup.created:%d.%m.%Y %H:%M}",
            records=counts.records,
            copies=counts.copies,
        )
    )
    if result.safety is not None:
        print(
            translate("CommandLine", "The catalog as it was before is kept in {path}.").format(
                path=result.safety
            )
        )
    return EXIT_OK


def _as_json(info: BackupInfo) -> dict[str, object]:
    return {
        "path": str(info.path),
        "created": info.created.isoformat(timespec="seconds"),
        "kind": info.kind.value,
        "size": info.size,
        "records": info.records,
        "copies": info.copies,
        "revision": info.revision,
        "error": info.error or None,
    }


def cmd_backups(args: argparse.Namespace) -> int:
    from shkola_lib.catalog.backup_schedule import SECOND_TARGET
    from shkola_lib.settings import Settings

    db = resolve_db_path(args.db)
    second = str(Settings.load().extra.get(SECOND_TARGET) or "")
    extra = [Path(second)] if second and Path(second).is_dir() else []
    infos = list_backups(db, extra)
    if args.json:
        print(json.dumps([_as_json(i) for i in infos], ensure_ascii=False, indent=1))
        return EXIT_OK
    if not infos:
        print(translate("CommandLine", "No backups yet."))
    for info in infos:
        print(
            f"{info.created:%Y-%m-%d %H:%M}  {info.kind.label:18} {human_size(info.size):>9}  "
            f"{_counts_text(info.records, info.copies):28}  {info.path}"
        )
    return EXIT_OK
