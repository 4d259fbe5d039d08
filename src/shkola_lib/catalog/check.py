"""``check``: SQLite's integrity check plus the catalog's own consistency rules."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from shkola_lib.i18n import translate


@dataclass(frozen=True)
class Problem:
    message: str
    repairable: bool = False


def check_catalog(conn: Connection) -> list[Problem]:
    problems: list[Problem] = []
    for (line,) in conn.execute(text("PRAGMA integrity_check")):
        if line != "ok":
            problems.append(Problem(translate("Check", "SQLite: {line}").format(line=line)))
    for row in conn.execute(text("PRAGMA foreign_key_check")):
        problems.append(
            Problem(
                translate("Check", "Table {table} row {row} points to a missing entry.").format(
                    table=row[0], row=row[1]
                )
            )
        )
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
    for (title_id,) in conn.execute(
        text("SELECT id FROM records WHERE trim(title) = '' AND deleted_at IS NULL LIMIT 20")
    ):
        problems.append(
            Problem(translate("Check", "Record {id} has no title.").format(id=title_id))
        )
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
            "SELECT s.id, s.ksu_entry FROM stock_lots s WHERE s.quantity < "
            "(SELECT coalesce(sum(w.quantity), 0) FROM write_offs w WHERE w.stock_lot_id = s.id)"
        )
    ).all()
    for lot_id, ksu in over:
        problems.append(
            Problem(
                translate(
                    "Check", "Stock entry {id} ({ksu}): more copies written off than received."
                ).format(id=lot_id, ksu=ksu or "—")
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
    return problems


def repair(conn: Connection) -> None:
    """Fix what can be fixed safely: rebuild the search index, lift the counter."""
    from shkola_lib.catalog.search_index import rebuild_all

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
