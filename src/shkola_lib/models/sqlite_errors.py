"""SQLite failures that are not the program's fault, in the librarian's words.

A full disk, a damaged catalog file or a failing disk reach the code as
``sqlite3.DatabaseError`` (often wrapped by SQLAlchemy). Whatever was being written is
rolled back, so the catalog stays as it was; what the librarian needs is what happened
and what to do, not SQLite's own message. The window, its dialogs and the command line
all ask :func:`describe`.
"""

from __future__ import annotations

import sqlite3

from shkola_lib.i18n import translate

# SQLite's own messages (sqlite3.DatabaseError.args[0]) for each kind of trouble.
_FULL = ("database or disk is full",)
_DAMAGED = ("database disk image is malformed", "file is not a database")
_IO = ("disk I/O error",)


def sqlite_error(exc: BaseException | None) -> sqlite3.DatabaseError | None:
    """The ``sqlite3`` error behind ``exc``: itself, SQLAlchemy's ``orig``, or a cause."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, sqlite3.DatabaseError):
            return exc
        orig = getattr(exc, "orig", None)
        if isinstance(orig, sqlite3.DatabaseError):
            return orig
        exc = exc.__cause__ or exc.__context__
    return None


def describe(exc: BaseException) -> str | None:
    """What happened and what to do, for a full disk, a damaged file or a disk error;
    None for anything else (the caller shows its own message)."""
    error = sqlite_error(exc)
    message = str(error) if error is not None else ""
    if message in _FULL:
        return translate(
            "Database",
            "The disk that holds the catalog is full, so nothing was saved; the catalog is "
            "as it was. Free some space on it (empty the Recycle Bin, move old files away) "
            "and try again.",
        )
    if message in _DAMAGED:
        return translate(
            "Database",
            "The catalog file is damaged ({error}). Choose Catalog → Check the catalog; if "
            "it confirms the damage, restore the latest backup: Catalog → Restore from a "
            "backup…",
        ).format(error=message)
    if message in _IO:
        return translate(
            "Database",
            "The disk that holds the catalog could not be read or written ({error}); what "
            "was being saved was not saved. If it happens again, the disk may be failing: "
            "make a backup to another disk now.",
        ).format(error=message)
    return None
