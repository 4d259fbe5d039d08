"""One-box search over the catalog (FTS5), and exact code look-ups for scans."""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from shkola_lib.catalog import isbn as isbn_mod
from shkola_lib.catalog.text import fold
from shkola_lib.models import MaterialType

# Above this many matches, ranking every match costs more than it helps:
# results are then ordered by title, which an index serves.
RANK_LIMIT = 2000
# Column weights for bm25 (title, persons, isbn, bbk, subjects, inventory, publisher, year):
# a word in the title counts most, then the persons.
BM25_WEIGHTS = "10.0, 6.0, 4.0, 3.0, 2.0, 4.0, 1.0, 1.0"
_TOKEN = re.compile(r"\w+", re.UNICODE)
_ISBNISH = re.compile(r"^[\d\s\-]+[\dXx]$")


class SortKey(StrEnum):
    RELEVANCE = "relevance"
    TITLE = "title"
    AUTHOR = "author"
    YEAR = "year"
    PUBLISHER = "publisher"
    BBK = "bbk"
    TYPE = "type"
    ADDED = "added"


_ORDER_SQL = {
    SortKey.TITLE: "r.title_sort {d}, r.id {d}",
    SortKey.AUTHOR: "r.author_sort {d}, r.title_sort {d}, r.id {d}",
    SortKey.YEAR: "r.year {d}, r.title_sort {d}, r.id {d}",
    SortKey.PUBLISHER: "r.publisher {d}, r.title_sort {d}, r.id {d}",
    SortKey.BBK: "r.bbk {d}, r.author_sign {d}, r.id {d}",
    SortKey.TYPE: "r.material_type {d}, r.title_sort {d}, r.id {d}",
    SortKey.ADDED: "r.created_at {d}, r.id {d}",
}


@dataclass(frozen=True)
class CopyHit:
    """A copy found by its exact inventory number or barcode."""

    copy_id: int
    record_id: int
    inventory_number: str
    barcode: str | None


@dataclass
class SearchFilters:
    material_type: MaterialType | None = None


@dataclass
class SearchResult:
    query: str
    record_ids: array[int] = field(default_factory=lambda: array("q"))
    exact_copy: CopyHit | None = None

    def __len__(self) -> int:
        return len(self.record_ids)


def fts_query(query: str) -> str | None:
    """Turn what the librarian typed into an FTS5 MATCH expression (word prefixes, AND)."""
    raw = query.strip()
    if _ISBNISH.match(raw) and isbn_mod.looks_like_isbn(raw):
        raw = isbn_mod.normalise(raw)
    words = _TOKEN.findall(fold(raw))
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def find_copy_by_code(conn: Connection | Session, code: str) -> CopyHit | None:
    """Exact match on inventory number or barcode — never a substring."""
    code = code.strip()
    if not code:
        return None
    row = conn.execute(
        text(
            "SELECT c.id, c.record_id, c.inventory_number, c.barcode FROM copies c "
            "JOIN records r ON r.id = c.record_id AND r.deleted_at IS NULL "
            "WHERE c.inventory_number = :code OR c.barcode = :code "
            "ORDER BY c.inventory_number = :code DESC LIMIT 1"
        ),
        {"code": code},
    ).first()
    if row is None:
        return None
    return CopyHit(row[0], row[1], row[2], row[3])


def find_records_by_isbn(conn: Connection | Session, raw: str) -> list[int]:
    forms = isbn_mod.search_forms(raw) if isbn_mod.is_valid(raw) else [isbn_mod.normalise(raw)]
    if not forms or not forms[0]:
        return []
    marks = ",".join(f":f{i}" for i in range(len(forms)))
    rows = conn.execute(
        text(
            "SELECT DISTINCT i.record_id FROM record_isbns i JOIN records r "
            f"ON r.id = i.record_id AND r.deleted_at IS NULL WHERE i.isbn IN ({marks})"
        ),
        {f"f{i}": f for i, f in enumerate(forms)},
    )
    return [row[0] for row in rows]


def _filter_sql(filters: SearchFilters | None) -> tuple[str, dict[str, object]]:
    if filters is None or filters.material_type is None:
        return "", {}
    return " AND r.material_type = :mtype", {"mtype": filters.material_type.value}


def search(
    conn: Connection | Session,
    query: str,
    *,
    sort: SortKey = SortKey.RELEVANCE,
    descending: bool = False,
    filters: SearchFilters | None = None,
    exact_codes: bool = True,
) -> SearchResult:
    """Ids of the matching records, in the requested order.

    An exact inventory number or barcode returns only that copy's record (a scan
    or a typed number means *this* copy); ``exact_codes=False`` searches it as text.
    """
    result = SearchResult(query=query)
    if exact_codes:
        hit = find_copy_by_code(conn, query)
        if hit is not None:
            result.exact_copy = hit
            result.record_ids.append(hit.record_id)
            return result
    match = fts_query(query)
    where, params = _filter_sql(filters)
    direction = "DESC" if descending else "ASC"
    if match is None:
        order = _ORDER_SQL.get(sort, _ORDER_SQL[SortKey.TITLE]).format(d=direction)
        rows = conn.execute(
            text(f"SELECT r.id FROM records r WHERE r.deleted_at IS NULL{where} ORDER BY {order}"),
            params,
        )
        result.record_ids.extend(row[0] for row in rows)
        return result
    params = {**params, "match": match}
    if sort is SortKey.RELEVANCE:
        probe = conn.execute(
            text(
                "SELECT count(*) FROM (SELECT rowid FROM records_fts "
                "WHERE records_fts MATCH :match LIMIT :cap)"
            ),
            {"match": match, "cap": RANK_LIMIT + 1},
        ).scalar_one()
        if probe <= RANK_LIMIT:
            rows = conn.execute(
                text(
                    "SELECT r.id FROM records_fts f JOIN records r ON r.id = f.rowid "
                    f"WHERE records_fts MATCH :match{where} "
                    f"ORDER BY bm25(records_fts, {BM25_WEIGHTS}), r.title_sort"
                ),
                params,
            )
            result.record_ids.extend(row[0] for row in rows)
            return result
        sort = SortKey.TITLE
    order = _ORDER_SQL.get(sort, _ORDER_SQL[SortKey.TITLE]).format(d=direction)
    rows = conn.execute(
        text(
            "SELECT r.id FROM records r WHERE r.deleted_at IS NULL AND r.id IN "
            f"(SELECT rowid FROM records_fts WHERE records_fts MATCH :match){where} "
            f"ORDER BY {order}"
        ),
        params,
    )
    result.record_ids.extend(row[0] for row in rows)
    return result
