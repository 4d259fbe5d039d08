"""When backups are made, and the second target (a USB stick, a network folder).

Automatic backups are made when the program closes and at most once a day while it
is open (:func:`daily_backup_due`); each is copied to the second target when that is
connected. An absent or failing second target is told once, not at every backup:
what was told is remembered in :attr:`Settings.extra`.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from shkola_lib.catalog.backup import Kind, copy_backup_to, make_backup, parse_name, rotate
from shkola_lib.i18n import translate
from shkola_lib.io.safe_files import describe_os_error
from shkola_lib.paths import backup_dir_for
from shkola_lib.settings import SECOND_PROBLEM_TOLD, SECOND_TARGET


@dataclass
class AutoBackupResult:
    path: Path | None = None
    second_copy: Path | None = None
    notice: str = ""  # to tell the librarian (once); "" when there is nothing new


def newest_backup_time(folder: Path, stem: str, kind: Kind = Kind.AUTO) -> datetime | None:
    times = [
        parsed[1]
        for path in Path(folder).glob("*.sqlite")
        if (parsed := parse_name(path)) and parsed[0] == stem and parsed[2] is kind
    ]
    return max(times, default=None)


def daily_backup_due(db_path: Path, today: date | None = None) -> bool:
    """True when no automatic backup of the catalog was made today."""
    db_path = Path(db_path)
    newest = newest_backup_time(backup_dir_for(db_path), db_path.stem)
    return newest is None or newest.date() < (today or date.today())


def auto_backup(
    db_path: Path, extra: dict[str, Any], *, now: datetime | None = None
) -> AutoBackupResult:
    """Back up to the backup folder and, when configured and connected, the second target.

    ``extra`` is :attr:`Settings.extra`: it names the second target and remembers
    what the librarian was already told, so an absent USB stick is mentioned once.
    """
    db_path = Path(db_path)
    result = AutoBackupResult()
    result.path = make_backup(db_path, kind=Kind.AUTO, now=now)
    rotate(result.path.parent, db_path.stem)
    target = str(extra.get(SECOND_TARGET) or "").strip()
    if not target:
        return result
    problem = ""
    if not Path(target).is_dir():
        problem = translate(
            "Backup",
            "The second backup place {folder} is not connected; the backup was kept on "
            "this computer only.",
        ).format(folder=target)
    else:
        try:
            result.second_copy = copy_backup_to(result.path, Path(target))
            rotate(Path(target), db_path.stem)
        except OSError as exc:
            problem = translate(
                "Backup", "The backup could not be copied to {folder}: {error}"
            ).format(folder=target, error=exc.strerror or exc)
    if not problem:
        extra.pop(SECOND_PROBLEM_TOLD, None)
    elif extra.get(SECOND_PROBLEM_TOLD) != problem:
        extra[SECOND_PROBLEM_TOLD] = problem
        result.notice = problem
    return result


def back_up_now(db_path: Path, extra: dict[str, Any]) -> AutoBackupResult:
    """The librarian's "Back up now": a kept copy, also on the second target if set."""
    db_path = Path(db_path)
    result = AutoBackupResult(path=make_backup(db_path, kind=Kind.MANUAL))
    target = str(extra.get(SECOND_TARGET) or "").strip()
    if target:
        problem = check_target(Path(target))
        if not problem:
            try:
                result.second_copy = copy_backup_to(result.path, Path(target))
            except OSError as exc:
                problem = str(exc.strerror or exc)
        if problem:
            result.notice = translate(
                "Backup", "The copy for {folder} could not be written: {error}"
            ).format(folder=target, error=problem)
    return result


def check_target(folder: Path) -> str:
    """ "" when a backup can be written into ``folder``, else why not (for the librarian)."""
    folder = Path(folder)
    if not folder.is_dir():
        return translate(
            "Backup", "The folder {folder} is not there (is the USB stick in?)."
        ).format(folder=folder)
    probe = folder / f".shkola-lib-probe-{os.getpid()}.tmp"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            os.write(fd, b"Shkola-Lib")
            os.fsync(fd)
        finally:
            os.close(fd)
        probe.unlink()
    except OSError as exc:
        with contextlib.suppress(OSError):
            probe.unlink()
        return describe_os_error(exc, folder)
    return ""
