"""The fund in numbers: records, copies and counted stock by type, language and grade."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from shkola_lib.catalog.describe import language_name
from shkola_lib.i18n import translate
from shkola_lib.models import MaterialType


@dataclass(frozen=True)
class SummaryRow:
    material_type: MaterialType
    language: str  # first language code of the record, "" when unknown
    grade: str  # textbooks only
    records: int
    copies: int  # inventoried, not written off
    stock: int  # counted stock remaining


def fund_summary(
    conn: Connection | Session, record_ids: Sequence[int] | None = None
) -> list[SummaryRow]:
    where = "r.deleted_at IS NULL"
    if record_ids is not None:
        where += " AND r.id IN ({})".format(",".join(str(int(i)) for i in record_ids) or "NULL")
    sql = f"""
        WITH r AS (
            SELECT r.id, r.material_type,
                   CASE WHEN instr(r.languages, ',') > 0
                        THEN substr(r.languages, 1, instr(r.languages, ',') - 1)
                        ELSE r.languages END AS lang,
                   CASE WHEN r.material_type = 'textbook' THEN r.grades ELSE '' END AS grade
            FROM records r WHERE {where}
        )
        SELECT r.material_type, r.lang, r.grade, count(*) AS records,
               coalesce(sum((SELECT count(*) FROM copies c WHERE c.record_id = r.id
                             AND c.status != 'written_off')), 0) AS copies,
               coalesce(sum((SELECT coalesce(sum(s.quantity), 0) FROM stock_lots s
                             WHERE s.record_id = r.id)
                          - (SELECT coalesce(sum(w.quantity), 0) FROM write_offs w
                             JOIN stock_lots s ON s.id = w.stock_lot_id
                             WHERE s.record_id = r.id)), 0) AS stock
        FROM r GROUP BY r.material_type, r.lang, r.grade
        ORDER BY r.material_type, r.lang, CAST(r.grade AS INTEGER), r.grade
    """
    return [
        SummaryRow(MaterialType(row[0]), row[1] or "", row[2] or "", row[3], row[4], row[5])
        for row in conn.execute(text(sql))
    ]


def summary_table(rows: Sequence[SummaryRow]) -> tuple[list[str], list[list[str | int]]]:
    """Header and rows for CSV/XLSX, with a total line."""
    header = [
        translate("Summary", "Material type"),
        translate("Summary", "Language"),
        translate("Summary", "Grade"),
        translate("Summary", "Titles"),
        translate("Summary", "Inventoried copies"),
        translate("Summary", "Counted stock"),
    ]
    body: list[list[str | int]] = [
        [
            r.material_type.label,
            language_name(r.language) if r.language else "—",
            r.grade.replace(",", ", "),
            r.records,
            r.copies,
            r.stock,
        ]
        for r in rows
    ]
    body.append(
        [
            translate("Summary", "Total"),
            "",
            "",
            sum(r.records for r in rows),
            sum(r.copies for r in rows),
            sum(r.stock for r in rows),
        ]
    )
    return header, body


def records_table(
    conn: Connection | Session, record_ids: Sequence[int] | None = None
) -> tuple[list[str], list[list[str | int]]]:
    """One line per record for the district office: what the fund holds, by title."""
    from shkola_lib.catalog import isbn as isbn_mod
    from shkola_lib.catalog.listing import fetch_rows
    from shkola_lib.models.db import plain_connection

    plain = plain_connection(conn)
    if record_ids is None:
        record_ids = [
            row[0]
            for row in conn.execute(
                text("SELECT id FROM records WHERE deleted_at IS NULL ORDER BY title_sort, id")
            )
        ]
    header = [
        translate("Summary", "Title"),
        translate("Summary", "Authors"),
        translate("Summary", "Year"),
        translate("Summary", "ISBN"),
        translate("Summary", "Shelf mark"),
        translate("Summary", "Material type"),
        translate("Summary", "Grade"),
        translate("Summary", "Inventoried copies"),
        translate("Summary", "Counted stock"),
    ]
    body: list[list[str | int]] = []
    for start in range(0, len(record_ids), 500):
        chunk = list(record_ids[start : start + 500])
        rows = fetch_rows(plain, chunk)
        for rid in chunk:
            r = rows.get(rid)
            if r is None:
                continue
            body.append(
                [
                    r.title,
                    r.authors,
                    r.year or "",
                    isbn_mod.hyphenate(r.isbn) if r.isbn else "",
                    r.shelf_mark,
                    r.material_type.label,
                    r.grades.replace(",", ", "),
                    r.copies,
                    r.stock,
                ]
            )
    return header, body
