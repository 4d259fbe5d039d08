"""Counts of the catalog for the status bar and reports."""

from __future__ import annotations

from sqlite3 import Connection

from shkola_lib.catalog.data import CatalogCounts


def catalog_counts(conn: Connection) -> CatalogCounts:
    r = conn.execute(
        "SELECT count(*), coalesce(sum(material_type = 'textbook'), 0) "
        "FROM records WHERE deleted_at IS NULL"
    ).fetchone()
    c = conn.execute(
        "SELECT count(*), coalesce(sum(c.status = 'available'), 0), "
        "coalesce(sum(c.status = 'written_off'), 0) FROM copies c "
        "JOIN records r ON r.id = c.record_id AND r.deleted_at IS NULL"
    ).fetchone()
    stock = conn.execute(
        "SELECT coalesce(sum(s.quantity), 0) - coalesce((SELECT sum(w.quantity) "
        "FROM write_offs w JOIN stock_lots s2 ON s2.id = w.stock_lot_id "
        "JOIN records r2 ON r2.id = s2.record_id AND r2.deleted_at IS NULL), 0) "
        "FROM stock_lots s JOIN records r ON r.id = s.record_id AND r.deleted_at IS NULL"
    ).fetchone()[0]
    return CatalogCounts(
        records=r[0],
        textbooks=r[1],
        copies=c[0] - c[2],
        copies_available=c[1],
        copies_written_off=c[2],
        stock_copies=stock,
    )
