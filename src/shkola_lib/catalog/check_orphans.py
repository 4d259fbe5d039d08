"""Rows that point to a missing row (``PRAGMA foreign_key_check``), in the librarian's words.

The program never leaves such rows (foreign keys are enforced on every connection); they
appear after the file was edited by hand or by another tool with the checks off. Left-
overs of a deleted record (its authors, ISBNs, subjects, stored MARC fields) and links to
an import no longer in the history are harmless and repaired by removing them; a copy,
counted stock or a write-off without its record is the librarian's data, so the check
names it and points to the backup instead of deleting it.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from shkola_lib.i18n import translate

# Tables whose rows are parts of one record: gone with it, nothing else refers to them.
RECORD_PARTS = ("record_persons", "record_isbns", "record_subjects", "record_marc")
# Tables with an optional link to the import that added the row.
IMPORT_LINKS = ("records", "copies", "stock_lots")
_NAMED = 20  # copies, lots and acts named one by one; more are counted


def orphan_messages(conn: Connection) -> list[tuple[str, bool]]:
    """What ``PRAGMA foreign_key_check`` finds, as (message, repairable)."""
    found: dict[tuple[str, str], list[int]] = {}
    for table, rowid, parent, _fkid in conn.execute(text("PRAGMA foreign_key_check")):
        found.setdefault((table, parent), []).append(rowid)
    out: list[tuple[str, bool]] = []
    parts = sum(len(ids) for (table, _p), ids in found.items() if table in RECORD_PARTS)
    if parts:
        out.append((_record_parts(parts), True))
    imports = sum(len(ids) for (_t, parent), ids in found.items() if parent == "import_batches")
    if imports:
        out.append((_import_links(imports), True))
    for (table, parent), ids in sorted(found.items()):
        if table in RECORD_PARTS or parent == "import_batches":
            continue
        out += [(message, False) for message in _named(conn, table, ids)]
    return out


def repair_orphans(conn: Connection) -> None:
    """Remove what :func:`orphan_messages` calls repairable; the rest stays as it is."""
    for table in RECORD_PARTS:
        conn.execute(text(f"DELETE FROM {table} WHERE record_id NOT IN (SELECT id FROM records)"))
    for table in IMPORT_LINKS:
        conn.execute(
            text(
                f"UPDATE {table} SET import_batch_id = NULL WHERE import_batch_id IS NOT NULL "
                "AND import_batch_id NOT IN (SELECT id FROM import_batches)"
            )
        )


def _record_parts(n: int) -> str:
    return translate(
        "Check",
        "{n} leftovers of records no longer in the catalog (authors, ISBNs, subjects or "
        "MARC fields) are still in the file.",
    ).format(n=n)


def _import_links(n: int) -> str:
    return translate(
        "Check", "{n} records, copies or stock lots refer to an import no longer in the history."
    ).format(n=n)


def _named(conn: Connection, table: str, ids: list[int]) -> list[str]:
    shown = ids[:_NAMED]
    messages = [_one(conn, table, rowid) for rowid in shown]
    if len(ids) > len(shown):
        messages.append(
            translate("Check", "… and {n} more like these.").format(n=len(ids) - len(shown))
        )
    return messages


def _one(conn: Connection, table: str, rowid: int) -> str:
    backup = translate("Check", "the latest backup may still have it complete.")
    if table == "copies":
        sql = "SELECT coalesce(nullif(inventory_number, ''), barcode) FROM copies WHERE id = :i"
        number = conn.execute(text(sql), {"i": rowid}).scalar()
        return translate(
            "Check", "Copy {number} belongs to a record no longer in the catalog; {backup}"
        ).format(number=number or rowid, backup=backup)
    if table == "stock_lots":
        ksu, year = conn.execute(
            text("SELECT ksu_entry, academic_year FROM stock_lots WHERE id = :i"), {"i": rowid}
        ).one()
        return translate(
            "Check",
            "Counted stock of КСУ entry {ksu} ({year}) belongs to a record no longer in the "
            "catalog; {backup}",
        ).format(ksu=ksu or "—", year=year or "—", backup=backup)
    if table == "write_offs":
        act, day = conn.execute(
            text("SELECT act_number, written_off_on FROM write_offs WHERE id = :i"), {"i": rowid}
        ).one()
        return translate(
            "Check",
            "Write-off act {act} of {date} is for a copy or stock no longer in the catalog; "
            "{backup}",
        ).format(act=act or "—", date=day or "—", backup=backup)
    return translate("Check", "Table {table} row {row} points to a missing entry.").format(
        table=table, row=rowid
    )
