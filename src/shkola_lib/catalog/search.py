"""One-box search over the catalog (FTS5), and exact code look-ups for scans."""

from __future__ import annotations

import json
import math
import re
from array import array
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from enum import StrEnum
from sqlite3 import Connection

from shkola_lib.catalog import isbn as isbn_mod
from shkola_lib.catalog.text import fold
from shkola_lib.i18n import translate
from shkola_lib.models.enums import MaterialType
from shkola_lib.models.sqlite_errors import describe as describe_trouble
from shkola_lib.models.sqlite_errors import sqlite_error

# Above this many matches, ranking every match costs more than it helps:
# results are then ordered by title, which an index serves.
RANK_LIMIT = 2000
# Asking the search index whether one record matches costs about as much as collecting
# this many matches of a query (measured on demo catalogs of 100,000 and 1,000,000).
PROBE_COST = 150
# Looking up one record's title key costs about as much as walking this many entries of
# the title index (1.5 µs vs 0.15 µs on the 1,000,000-record demo catalog).
SORT_COST = 10
# Up to this many matches their ids are collected once and handed to the statement that
# orders them (a query with a common word reads its long list once, not twice).
SORT_MAX = 20_000
# Records looked up to estimate where in the title order the matches begin.
SAMPLE = 128
# Up to this many matches are sorted without asking where they lie.
SORT_SMALL = 300
# The longest prefix the FTS5 table keeps its own index for (migration 0004).
PREFIX_INDEX_MAX = 8
_MATCH_WORD = re.compile(r'"([^"]*)"')
# Column weights for bm25 (title, persons, isbn, bbk, subjects, inventory, publisher, year):
# a word in the title counts most, then the persons.
BM25_WEIGHTS = "10.0, 6.0, 4.0, 3.0, 2.0, 4.0, 1.0, 1.0"
_TOKEN = re.compile(r"\w+", re.UNICODE)
_ISBNISH = re.compile(r"^[\d\s\-]+[\dXx]$")


class SearchUnavailable(Exception):
    """The catalog file lacks its search table or an index the search names (``INDEXED
    BY``), or SQLite found the file damaged or the disk unreadable. A lost table or
    index: scanning a code still works (neither is needed for it) and Catalog → Check
    makes them again; a damaged file: Check confirms it, a backup replaces it."""


def unavailable(exc: BaseException) -> SearchUnavailable | None:
    """The librarian's message for a search that failed on a missing index or search
    table or a damaged file (``exc`` or the sqlite3 error it wraps), else None."""
    error = sqlite_error(exc)
    if error is None:
        return None
    message = str(error)
    name = message.partition(":")[2].strip()
    if message.startswith("no such index:"):
        text = translate(
            "Search",
            "The catalog file has lost its index {name}, so the catalog cannot be listed "
            "or searched (scanning a label still works). Choose Catalog → Check the "
            "catalog and repair it.",
        )
    elif message == "no such table: records_fts":
        text = translate(
            "Search",
            "The catalog file has lost its search table {name}, so the catalog cannot be "
            "searched and records cannot be saved (scanning a label still works). Choose "
            "Catalog → Check the catalog and repair it.",
        )
    else:
        trouble = describe_trouble(error)  # a damaged file, a failing disk
        return None if trouble is None else SearchUnavailable(trouble)
    return SearchUnavailable(text.format(name=name))


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
    # False when only the first page was asked for and more records match.
    complete: bool = True

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


def find_copy_by_code(conn: Connection, code: str) -> CopyHit | None:
    """Exact match on inventory number or barcode — never a substring."""
    code = code.strip()
    if not code:
        return None
    row = conn.execute(
        "SELECT c.id, c.record_id, c.inventory_number, c.barcode FROM copies c "
        "JOIN records r ON r.id = c.record_id AND r.deleted_at IS NULL "
        "WHERE c.inventory_number = :code OR c.barcode = :code "
        "ORDER BY c.inventory_number = :code DESC LIMIT 1",
        {"code": code},
    ).fetchone()
    if row is None:
        return None
    return CopyHit(row[0], row[1], row[2], row[3])


def find_records_by_isbn(conn: Connection, raw: str) -> list[int]:
    forms = isbn_mod.search_forms(raw) if isbn_mod.is_valid(raw) else [isbn_mod.normalise(raw)]
    if not forms or not forms[0]:
        return []
    marks = ",".join(f":f{i}" for i in range(len(forms)))
    rows = conn.execute(
        "SELECT DISTINCT i.record_id FROM record_isbns i JOIN records r "
        f"ON r.id = i.record_id AND r.deleted_at IS NULL WHERE i.isbn IN ({marks})",
        {f"f{i}": f for i, f in enumerate(forms)},
    )
    return [row[0] for row in rows]


def _filter_sql(filters: SearchFilters | None) -> tuple[str, dict[str, object]]:
    if filters is None or filters.material_type is None:
        return "", {}
    return " AND r.material_type = :mtype", {"mtype": filters.material_type.value}


def _ids(conn: Connection, sql: str, params: dict[str, object]) -> array[int]:
    """The ids a one-column query returns, in its order, without a Python object per row.

    SQLite packs them into one JSON text (``json_group_array`` keeps the order of the
    ordered subquery it reads); ``json.loads`` reads that text in C.
    """
    packed = conn.execute(f"SELECT json_group_array(id) FROM ({sql})", params).fetchone()[0]
    return array("q", json.loads(packed) if packed else ())


def _page(conn: Connection, sql: str, params: dict[str, object]) -> array[int]:
    return array("q", [row[0] for row in conn.execute(sql, params)])


def _capped_count(conn: Connection, match: str, cap: int) -> int:
    """How many records match, counting no further than ``cap`` (cheap for any query)."""
    return int(
        conn.execute(
            "SELECT count(*) FROM (SELECT 1 FROM records_fts "
            "WHERE records_fts MATCH :match LIMIT :cap)",
            {"match": match, "cap": cap},
        ).fetchone()[0]
    )


def _catalog_size(conn: Connection) -> int:
    """An upper bound of the number of records, read from the end of the primary key."""
    return int(conn.execute("SELECT coalesce(max(id), 0) FROM records").fetchone()[0])


# The title index (title_sort, then the record id) lists records exactly in the title
# order; the search index holds live records only, so a walk over that index that keeps
# the matching ids needs no look-up in the records table.
_BY_TITLE = "records r INDEXED BY ix_records_title_sort"
_TITLE_ORDER = "r.title_sort {d}, r.id {d}"
_IN_MATCH = "r.id IN (SELECT rowid FROM records_fts WHERE records_fts MATCH :match)"


def _ranked(conn: Connection, where: str, params: dict[str, object]) -> array[int]:
    if not where:  # the search index holds live records only: no need to read them
        return _page(
            conn,
            "SELECT rowid FROM records_fts WHERE records_fts MATCH :match "
            f"ORDER BY bm25(records_fts, {BM25_WEIGHTS}), rowid",
            params,
        )
    return _page(
        conn,
        "SELECT r.id FROM records_fts f JOIN records r ON r.id = f.rowid "
        f"WHERE records_fts MATCH :match AND r.deleted_at IS NULL{where} "
        f"ORDER BY bm25(records_fts, {BM25_WEIGHTS}), r.title_sort, r.id",
        params,
    )


def _probe_is_cheap(match: str) -> bool:
    """Each word is served by one prefix index (FTS5 ``prefix``) or is a whole code:
    a longer prefix stands for every indexed word it starts, and asking about one
    record then reads all of their lists."""
    return all(len(word) <= PREFIX_INDEX_MAX for word in _MATCH_WORD.findall(match))


def _title_page_by_probing(
    conn: Connection, direction: str, params: dict[str, object], page: int, scan: int
) -> array[int] | None:
    """The first ``page`` matches in title order, found by walking the title index and
    asking the search index about each record: cheap when most records match (one
    letter), hopeless when few do — so the walk stops after ``scan`` records (None)."""
    order = _TITLE_ORDER.format(d=direction)
    # The walk ends at the record ``scan`` places down the title order.
    end = conn.execute(
        f"SELECT r.title_sort, r.id FROM {_BY_TITLE} ORDER BY {order} LIMIT 1 OFFSET :scan",
        {"scan": scan},
    ).fetchone()
    bound = ""
    if end is not None:
        bound = (
            f" AND (r.title_sort, r.id) {'>=' if direction == 'DESC' else '<='} (:end_t, :end_id)"
        )
        params = {**params, "end_t": end[0], "end_id": end[1]}
    ids = _page(
        conn,
        f"SELECT r.id FROM {_BY_TITLE} WHERE EXISTS (SELECT 1 FROM records_fts f "
        f"WHERE records_fts MATCH :match AND f.rowid = r.id){bound} ORDER BY {order} LIMIT :page",
        {**params, "page": page},
    )
    return ids if len(ids) == page else None


def _longest_word(match: str) -> str:
    """The word of a MATCH expression that starts the fewest indexed words, as a rule:
    «война и м» → «война»; its matches bound the whole query's."""
    return f'"{max(_MATCH_WORD.findall(match), key=len)}"*'


def _title_keys(conn: Connection, ids: list[int]) -> list[str]:
    """The title keys of the given records (one look-up each), sorted."""
    rows = conn.execute(
        "SELECT title_sort FROM records WHERE id IN (SELECT value FROM json_each(:ids))",
        {"ids": json.dumps(ids)},
    )
    return sorted(row[0] for row in rows)


def _spread(values: list[int], n: int) -> list[int]:
    """``n`` values taken evenly from ``values`` (all of them when there are fewer)."""
    if len(values) <= n:
        return values
    return [values[i * len(values) // n] for i in range(n)]


def _walk_length(
    conn: Connection,
    match_keys: list[str],
    matches: int,
    page: int,
    direction: str,
    size: int,
) -> int:
    """About how many title-index entries a walk passes before it has ``page`` matches.

    ``match_keys`` (sorted) are the title keys of an even sample of the ``matches``; the
    sampled key that stands for the ``page``-th match is placed in the title order of
    the whole catalog by the keys of SAMPLE records spread over the primary key. Only
    an estimate — it chooses a way, never the answer."""
    catalog_keys = _title_keys(conn, [1 + i * size // SAMPLE for i in range(SAMPLE)])
    if not match_keys or not catalog_keys:
        return size
    nth = min(len(match_keys), max(1, math.ceil(page * len(match_keys) / matches)))
    if direction == "DESC":
        key = match_keys[-nth]
        before = len(catalog_keys) - bisect_right(catalog_keys, key)
    else:
        key = match_keys[nth - 1]
        before = bisect_left(catalog_keys, key)
    return before * size // len(catalog_keys)


def _ordered_page(
    conn: Connection,
    source: str,
    params: dict[str, object],
    direction: str,
    limit: int,
    *,
    by_sorting: bool,
) -> array[int]:
    """The first ``limit`` ids of ``source`` (a one-column id query) in title order:
    either walk the title index keeping those in the set, or look up each id's title and
    sort — the walk is cheap when matches come early in the title order, the sort when
    they are few."""
    order = _TITLE_ORDER.format(d=direction)
    table = "records r NOT INDEXED" if by_sorting else _BY_TITLE
    return _page(
        conn,
        f"SELECT r.id FROM {table} WHERE r.id IN ({source}) ORDER BY {order} LIMIT :limit",
        {**params, "limit": limit},
    )


def _first_page_by_title(
    conn: Connection, match: str, direction: str, page: int
) -> tuple[array[int], bool]:
    """The first ``page`` matches in title order, and whether they are all of them.

    Three ways, chosen by cost: walk the titles probing each record in the search index
    (most records match); walk the titles keeping the collected matches (they come early
    in the title order); look up the title of every match and sort (few matches, or late
    ones — a common title far down the alphabet, like «Война и мир»)."""
    limit = page + 1  # one more than asked: if it comes, the answer has more than a page
    size = _catalog_size(conn)
    # Sorting can beat the walk only when the matches are fewer than a tenth of the
    # titles; then their ids are collected once and handed to the ordering statement.
    sortable = min(SORT_MAX, size // SORT_COST)
    if len(_MATCH_WORD.findall(match)) > 1 and (
        _capped_count(conn, _longest_word(match), sortable + 1) <= sortable
    ):
        # «война и м»: the rare word bounds the matches, so the query's long lists
        # («и», «м») are read once, to collect them, and never counted.
        return _collected_page(conn, match, direction, page, size)
    # Probing costs about PROBE_COST collected matches per title walked past; with at
    # least ``dense`` matches the walk (page × size / matches probes) is cheaper than
    # collecting them all (matches × 1).
    dense = max(RANK_LIMIT + 1, math.isqrt(page * size * PROBE_COST))
    count = _capped_count(conn, match, dense)
    params = {"match": match}
    if count >= dense:
        ids = _title_page_by_probing(conn, direction, params, page, 3 * page * size // dense)
        if ids is not None:
            return ids, False
    elif count <= sortable:
        return _collected_page(conn, match, direction, page, size)
    source = "SELECT rowid FROM records_fts WHERE records_fts MATCH :match"
    found = _ordered_page(conn, source, params, direction, limit, by_sorting=False)
    return found[:page], len(found) <= page


def _collected_page(
    conn: Connection, match: str, direction: str, page: int, size: int
) -> tuple[array[int], bool]:
    """The first page of a query with at most about SORT_MAX matches: collect their ids
    once, then walk the titles keeping them or sort them, whichever is estimated cheaper."""
    limit = page + 1
    packed = conn.execute(
        "SELECT json_group_array(rowid) FROM records_fts WHERE records_fts MATCH :m",
        {"m": match},
    ).fetchone()[0]
    ids = json.loads(packed) if packed else []
    if len(ids) <= SORT_SMALL:
        by_sorting = True  # a few hundred look-ups: cheaper than any long walk
    else:
        keys = _title_keys(conn, _spread(ids, SAMPLE))
        walk = _walk_length(conn, keys, len(ids), limit, direction, size)
        by_sorting = len(ids) * SORT_COST < walk
    found = _ordered_page(
        conn,
        "SELECT value FROM json_each(:ids)",
        {"ids": packed or "[]"},
        direction,
        limit,
        by_sorting=by_sorting,
    )
    return found[:page], len(found) <= page


def search(
    conn: Connection,
    query: str,
    *,
    sort: SortKey = SortKey.RELEVANCE,
    descending: bool = False,
    filters: SearchFilters | None = None,
    exact_codes: bool = True,
    first_page: int | None = None,
) -> SearchResult:
    """Ids of the matching records, in the requested order.

    An exact inventory number or barcode returns only that copy's record (a scan
    or a typed number means *this* copy); ``exact_codes=False`` searches it as text.

    With ``first_page=n`` a search that matches many records returns only its first
    ``n`` ids (``complete`` is False) in the same order the full answer has; searching
    again without ``first_page`` gives the rest. That first page costs about the same
    for one letter as for a whole title, whatever the catalog size.
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
    page = first_page if first_page and first_page > 0 else None
    if match is None:
        if sort is SortKey.RELEVANCE or sort is SortKey.TITLE:
            source, order = _BY_TITLE, _TITLE_ORDER.format(d=direction)
        else:
            source, order = "records r", _ORDER_SQL[sort].format(d=direction)
        sql = f"SELECT r.id FROM {source} WHERE r.deleted_at IS NULL{where} ORDER BY {order}"
        return _finish(conn, result, sql, params, page)
    params = {**params, "match": match}
    if sort is SortKey.RELEVANCE:
        if _capped_count(conn, match, RANK_LIMIT + 1) <= RANK_LIMIT:
            result.record_ids = _ranked(conn, where, params)
            return result
        sort = SortKey.TITLE  # ranking every match costs more than it helps
    if sort is not SortKey.TITLE:
        order = _ORDER_SQL[sort].format(d=direction)
        sql = (
            f"SELECT r.id FROM records r WHERE r.deleted_at IS NULL AND {_IN_MATCH}{where} "
            f"ORDER BY {order}"
        )
        return _finish(conn, result, sql, params, page)
    order = _TITLE_ORDER.format(d=direction)
    if page is not None and not where and _probe_is_cheap(match):
        result.record_ids, result.complete = _first_page_by_title(conn, match, direction, page)
        return result
    # The whole answer: walk the entire title index keeping the matches, or look up each
    # match's title and sort — the sort wins while matches are fewer than a SORT_COST-th
    # of the catalog (1,000,000 records: «война», 12,378 matches, 220 → 28 ms; «абай»
    # 317 → 174 ms). A first page walks: it stops at its last id, often early (sorting
    # «математика»'s 64,337 matches for 61 ids took 95 ms instead of under 30).
    few = False
    if page is None:
        size = _catalog_size(conn)
        few = _capped_count(conn, match, size // SORT_COST + 1) * SORT_COST <= size
    table = "records r NOT INDEXED" if few else _BY_TITLE
    if where:
        sql = (
            f"SELECT r.id FROM {table} WHERE r.deleted_at IS NULL AND {_IN_MATCH}{where} "
            f"ORDER BY {order}"
        )
    else:
        sql = f"SELECT r.id FROM {table} WHERE {_IN_MATCH} ORDER BY {order}"
    return _finish(conn, result, sql, params, page)


def _finish(
    conn: Connection,
    result: SearchResult,
    sql: str,
    params: dict[str, object],
    page: int | None,
) -> SearchResult:
    if page is None:
        result.record_ids = _ids(conn, sql, params)
        return result
    # One more than asked: if it comes, the answer has more than this page.
    ids = _page(conn, f"{sql} LIMIT :page", {**params, "page": page + 1})
    if len(ids) > page:
        result.record_ids, result.complete = ids[:page], False
    else:
        result.record_ids = ids
    return result
