"""``check``: SQLite's integrity check plus the catalog's own consistency rules."""

from __future__ import annotations

import re
import sqlite3
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.exc import DatabaseError

from shkola_lib.catalog.check_orphans import orphan_messages, repair_orphans
from shkola_lib.i18n import translate
from shkola_lib.models.sqlite_errors import sqlite_error

# Triggers that keep ``record_marc.unchanged`` true only while the catalog holds what a
# record's stored fields map to; without them an export could write stale fields.
MARK_TRIGGERS = "marc_unchanged_"
# The search index: an FTS5 table filled from the catalog tables, so it can be made again.
SEARCH_TABLE = "records_fts"
# The indexes and triggers of a catalog (SQLite's own automatic indexes have no SQL),
# and the search index table with the tables FTS5 keeps it in (records_fts_data, …).
_SCHEMA_SQL = (
    "SELECT type, name, sql FROM sqlite_master "
    "WHERE (type IN ('index', 'trigger') OR "
    f"(type = 'table' AND (name = '{SEARCH_TABLE}' OR name LIKE '{SEARCH_TABLE}\\_%' "
    "ESCAPE '\\'))) AND sql IS NOT NULL"
)


@dataclass(frozen=True)
class Problem:
    message: str
    repairable: bool = False
    # SQLite found the file itself damaged: nothing is written into it (a repair could
    # spread the damage); restoring a backup is the way out.
    damaged_file: bool = False


def can_repair(problems: list[Problem]) -> bool:
    """Whether ``repair`` should run: something it fixes, in a file that is not damaged.
    Problems it cannot fix (a record without a title) do not stop it."""
    return any(p.repairable for p in problems) and not any(p.damaged_file for p in problems)


def _damaged(line: object) -> Problem:
    """What SQLite found wrong with the file itself."""
    return Problem(translate("Check", "SQLite: {line}").format(line=line), damaged_file=True)


def check_catalog(conn: Connection, *, integrity: bool = True) -> list[Problem]:
    """Every problem found. ``integrity=False`` skips SQLite's own check of the file (it
    reads all of it: a minute at 1,000,000 records) — for the check right after a repair,
    which ran only because that check had just found the file sound."""
    try:
        return _check(conn, integrity)
    except DatabaseError as exc:  # too damaged even to be checked («malformed»)
        error = sqlite_error(exc)
        if error is None or isinstance(error, sqlite3.OperationalError):
            raise
        return [_damaged(error)]


def _check(conn: Connection, integrity: bool) -> list[Problem]:
    problems: list[Problem] = []
    for (line,) in conn.execute(text("PRAGMA integrity_check")) if integrity else ():
        if line != "ok":
            problems.append(_damaged(line))
    problems += [Problem(m, repairable=r) for m, r in orphan_messages(conn)]
    differences = schema_differences(conn)
    schema = _schema_problems(differences)
    if ("table", SEARCH_TABLE) in differences:  # reported with the schema: nothing to count
        return [*problems, *schema]
    live = conn.execute(text("SELECT count(*) FROM records WHERE deleted_at IS NULL")).scalar_one()
    indexed = conn.execute(text("SELECT count(*) FROM records_fts")).scalar_one()
    if live != indexed:
        problems.append(
            Problem(
                translate(
                    "Check", "The search index has {indexed} entries for {live} records."
                ).format(indexed=indexed, live=live),
                repairable=True,
            )
        )
    missing = conn.execute(
        text(
            "SELECT count(*) FROM records r WHERE r.deleted_at IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM records_fts f WHERE f.rowid = r.id)"
        )
    ).scalar_one()
    if missing and live == indexed:
        problems.append(
            Problem(
                translate("Check", "{n} records are missing from the search index.").format(
                    n=missing
                ),
                repairable=True,
            )
        )
    for title_id, number, isbn in conn.execute(
        text(
            "SELECT r.id, (SELECT min(c.inventory_number) FROM copies c WHERE c.record_id = r.id), "
            "(SELECT i.isbn FROM record_isbns i WHERE i.record_id = r.id ORDER BY i.position "
            "LIMIT 1) FROM records r WHERE trim(r.title) = '' AND r.deleted_at IS NULL LIMIT 20"
        )
    ):
        problems.append(Problem(_untitled(title_id, number, isbn)))
    mismatched = conn.execute(
        text(
            "SELECT inventory_number FROM copies WHERE (status = 'written_off') != "
            "EXISTS (SELECT 1 FROM write_offs w WHERE w.copy_id = copies.id) LIMIT 20"
        )
    ).all()
    for (number,) in mismatched:
        problems.append(
            Problem(
                translate(
                    "Check", "Copy {number}: its status and its write-off act disagree."
                ).format(number=number)
            )
        )
    over = conn.execute(
        text(
            "SELECT r.title, s.ksu_entry, s.academic_year FROM stock_lots s "
            "JOIN records r ON r.id = s.record_id WHERE s.quantity < "
            "(SELECT coalesce(sum(w.quantity), 0) FROM write_offs w WHERE w.stock_lot_id = s.id)"
        )
    ).all()
    for title, ksu, year in over:  # named as the copies tab of the detail pane shows it
        problems.append(
            Problem(
                translate(
                    "Check",
                    "«{title}», counted stock of КСУ entry {ksu} ({year}): more copies "
                    "written off than received.",
                ).format(title=title, ksu=ksu or "—", year=year or "—")
            )
        )
    high = conn.execute(
        text("SELECT value FROM app_state WHERE key = 'inventory_high_water'")
    ).scalar()
    used = conn.execute(text("SELECT max(inventory_seq) FROM copies")).scalar()
    if high is not None and used is not None and int(high) < used:
        problems.append(
            Problem(
                translate(
                    "Check", "The inventory counter ({high}) is below the highest number ({used})."
                ).format(high=high, used=used),
                repairable=True,
            )
        )
    problems.extend(schema)
    return problems


def _untitled(record_id: int, number: str | None, isbn: str | None) -> str:
    """A record without a title, named by what the search box finds it by."""
    if number:
        return translate(
            "Check",
            "Record {id} has no title; search for its inventory number {number} to give it one.",
        ).format(id=record_id, number=number)
    if isbn:
        return translate(
            "Check", "Record {id} has no title; search for its ISBN {isbn} to give it one."
        ).format(id=record_id, isbn=isbn)
    return translate("Check", "Record {id} has no title.").format(id=record_id)


def _normal(sql: str) -> str:
    """SQL text compared without quotes around names and with single spaces (FTS5 names
    its own tables in single quotes or double, as the search table was named)."""
    return re.sub(r"\s+", " ", re.sub(r"[\"`']", "", sql)).strip()


@cache
def reference_schema() -> dict[tuple[str, str], str]:
    """(type, name) → SQL of every index and trigger a catalog of this version has, and
    of its search table, read from a new catalog made by the migrations (about 0.4 s,
    once per process)."""
    from shkola_lib.models.db import open_database

    with tempfile.TemporaryDirectory(prefix="shkola-lib-reference-") as folder:
        db = open_database(Path(folder) / "reference.sqlite")
        try:
            with db.reading() as con:
                rows = con.execute(_SCHEMA_SQL).fetchall()
        finally:
            db.close()
    return {(kind, name): sql for kind, name, sql in rows}


def schema_differences(conn: Connection) -> list[tuple[str, str]]:
    """(type, name) of the indexes, triggers and search table missing from the catalog
    or different. A lost or altered table of FTS5's own counts as the search table:
    only making the whole search table again repairs it."""
    present = {(kind, name): sql for kind, name, sql in conn.execute(text(_SCHEMA_SQL))}
    differences: list[tuple[str, str]] = []
    for key, sql in sorted(reference_schema().items()):
        if key in present and _normal(present[key]) == _normal(sql):
            continue
        if key[0] == "table":
            key = ("table", SEARCH_TABLE)
        if key not in differences:
            differences.append(key)
    return differences


def _schema_problems(differences: list[tuple[str, str]]) -> list[Problem]:
    problems: list[Problem] = []
    for kind, name in differences:
        if kind == "trigger" and name.startswith(MARK_TRIGGERS):
            message = translate(
                "Check",
                "The trigger {name} that tells the export which records changed is "
                "missing or altered; exports could write outdated fields.",
            )
        elif kind == "trigger":
            message = translate("Check", "The trigger {name} is missing or altered.")
        elif kind == "table":
            message = translate(
                "Check",
                "The search index table {name} is missing or altered; the catalog cannot "
                "be searched and records cannot be saved.",
            )
        else:
            message = translate(
                "Check", "The index {name} is missing or altered; searches may be slow or fail."
            )
        problems.append(Problem(message.format(name=name), repairable=True))
    return problems


def _repair_schema(conn: Connection) -> None:
    """Make the missing or altered indexes, triggers and search table again as this
    version makes them (``repair`` then fills the search table from the catalog).

    When a change-tracking trigger was missing, changes made meanwhile were not seen:
    every record loses its unchanged mark, so exports compare it field by field again.
    """
    reference = reference_schema()
    differences = schema_differences(conn)
    for kind, name in differences:
        conn.exec_driver_sql(f'DROP {kind.upper()} IF EXISTS "{name}"')
        if kind == "table":  # FTS5's own tables left without their search table
            for (shadow,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE ? ESCAPE '\\'",
                (f"{SEARCH_TABLE}\\_%",),
            ).all():
                conn.exec_driver_sql(f'DROP TABLE IF EXISTS "{shadow}"')
        conn.exec_driver_sql(reference[(kind, name)])
    if any(kind == "trigger" and name.startswith(MARK_TRIGGERS) for kind, name in differences):
        conn.execute(text("UPDATE record_marc SET unchanged = 0 WHERE unchanged"))


def repair(conn: Connection) -> None:
    """Fix what can be fixed safely: indexes and triggers, leftovers of deleted records,
    the search index, the counter."""
    from shkola_lib.catalog.search_index import rebuild_all

    _repair_schema(conn)
    repair_orphans(conn)
    rebuild_all(conn)
    used = conn.execute(text("SELECT max(inventory_seq) FROM copies")).scalar()
    if used is not None:
        conn.execute(
            text(
                "INSERT INTO app_state(key, value) VALUES ('inventory_high_water', :v) "
                "ON CONFLICT(key) DO UPDATE SET value = max(CAST(value AS INTEGER), :v)"
            ),
            {"v": used},
        )
