"""Rows for the catalog table, fetched in small batches by id."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from sqlite3 import Connection

from shkola_lib.catalog import isbn as isbn_mod
from shkola_lib.catalog.text import strip_nonsort_marks
from shkola_lib.models.enums import MaterialType


@dataclass(frozen=True)
class RecordRow:
    id: int
    title: str
    authors: str
    year: int | None
    publisher: str
    isbn: str  # normalised; ``isbn_display`` hyphenates on demand (visible rows only)
    bbk: str
    author_sign: str
    material_type: MaterialType
    grades: str
    copies: int  # inventoried copies not written off
    stock: int  # counted stock remaining

    @property
    def isbn_display(self) -> str:
        return isbn_mod.hyphenate(self.isbn) if self.isbn else ""

    @property
    def shelf_mark(self) -> str:
        return " ".join(x for x in (self.bbk, self.author_sign) if x)


def fetch_rows(conn: Connection, ids: Sequence[int]) -> dict[int, RecordRow]:
    if not ids:
        return {}
    marks = ",".join(str(int(i)) for i in ids)
    sql = f"""
        SELECT r.id, r.title, r.part, r.year, r.publisher, r.bbk, r.author_sign,
               r.material_type, r.grades,
               (SELECT group_concat(name, '; ') FROM (
                    SELECT name FROM record_persons p WHERE p.record_id = r.id
                    ORDER BY p.position)) AS authors,
               (SELECT isbn FROM record_isbns i WHERE i.record_id = r.id
                    ORDER BY i.position LIMIT 1) AS isbn,
               (SELECT count(*) FROM copies c WHERE c.record_id = r.id
                    AND c.status != 'written_off') AS copies,
               (SELECT coalesce(sum(s.quantity), 0) FROM stock_lots s
                    WHERE s.record_id = r.id) -
               (SELECT coalesce(sum(w.quantity), 0) FROM write_offs w
                    JOIN stock_lots s ON s.id = w.stock_lot_id
                    WHERE s.record_id = r.id) AS stock
        FROM records r WHERE r.id IN ({marks})
    """
    rows: dict[int, RecordRow] = {}
    for row in conn.execute(sql):
        rid, raw_title, part, year, publisher, bbk, sign, material, grades = row[:9]
        authors, isbn, copies, stock = row[9:]
        title = strip_nonsort_marks(raw_title)
        if part:
            title = f"{title}. {part}"
        rows[rid] = RecordRow(
            id=rid,
            title=title,
            authors=authors or "",
            year=year,
            publisher=publisher,
            isbn=isbn or "",
            bbk=bbk,
            author_sign=sign,
            material_type=MaterialType(material),
            grades=grades,
            copies=copies,
            stock=stock,
        )
    return rows
