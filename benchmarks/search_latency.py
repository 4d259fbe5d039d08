"""Search-as-you-type latency at the service level, against a naive ``LIKE '%q%'`` scan.

Usage: python benchmarks/search_latency.py --db PATH [--repeats 3] [--first-page 100]

Builds nothing: point it at an existing catalog (``shkola-lib --db PATH demo --records N``).
Prints one JSON object. ``measure(db_path, repeats)`` returns the same dict for
``benchmarks/run.py``.

What is timed is what the window's search worker calls for each keystroke:
``CatalogService.search(q, first_page=N)`` — the ids the table shows at once (all of
them when the answer is small, else the first page in the final order) — ``ours``.
The rest of a large answer is fetched afterwards in the background
(``CatalogService.search(q)``); it is timed too (``complete``) but is not what the
librarian waits for. The baseline is one SQL statement per query that finds the same
kind of records with ``LIKE '%q%'`` over title, publisher, ББК, persons and ISBNs,
ordered by title — what a catalog without a search index would do.

The queries are what a librarian types, letter by letter: Kazakh and Russian words from
one letter on, a person, an ISBN with and without hyphens, an ББК shelf mark, and
inventory numbers and a partial one (taken from the catalog itself).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path
from typing import Any

# Typed letter by letter (every prefix is one query).
TYPED = [
    "абай жолы",
    "алгебра 7",
    "қазақ тілі",
    "әуезов",
    "математика",
    "мұхтар",
    "война и мир",
    "толстой",
    "артём",
    "ғылым",
    "84(5каз)",
    "978-601",
    "9786012",
]
FIRST_PAGE = 60

NAIVE_SQL = """
SELECT r.id FROM records r
WHERE r.deleted_at IS NULL AND (
    r.title LIKE :p OR r.other_title LIKE :p OR r.publisher LIKE :p OR r.bbk LIKE :p
    OR EXISTS (SELECT 1 FROM record_persons rp WHERE rp.record_id = r.id AND rp.name LIKE :p)
    OR EXISTS (SELECT 1 FROM record_isbns ri WHERE ri.record_id = r.id AND ri.isbn LIKE :p)
    OR EXISTS (SELECT 1 FROM copies c WHERE c.record_id = r.id AND c.inventory_number LIKE :p))
ORDER BY r.title_sort, r.id
"""


def typed_prefixes(words: list[str] = TYPED) -> list[str]:
    """Every prefix a librarian produces typing ``words`` (trailing spaces skipped)."""
    out: list[str] = []
    for word in words:
        out += [word[:i] for i in range(1, len(word) + 1) if not word[:i].endswith(" ")]
    return out


def catalog_queries(service: Any) -> list[str]:
    """Codes from the catalog itself: a full ISBN typed with hyphens, two whole
    inventory numbers (a scan or a typed number) and the start of one."""
    from sqlalchemy import text

    from shkola_lib.catalog import isbn as isbn_mod

    out: list[str] = []
    with service.db.engine.connect() as conn:
        isbn = conn.execute(text("SELECT isbn FROM record_isbns ORDER BY id LIMIT 1")).scalar()
        numbers = [
            row[0]
            for row in conn.execute(
                text("SELECT inventory_number FROM copies ORDER BY id DESC LIMIT 2")
            )
        ]
    if isbn:
        out += [isbn_mod.hyphenate(isbn), isbn]
    out += numbers
    if numbers:
        out.append(numbers[0][: max(1, len(numbers[0]) - 2)])
    return out


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def _summary(prefix: str, values: list[float]) -> dict[str, float]:
    return {
        f"{prefix}_ms_p50": round(pct(values, 50), 2),
        f"{prefix}_ms_p95": round(pct(values, 95), 2),
        f"{prefix}_ms_p99": round(pct(values, 99), 2),
        f"{prefix}_ms_max": round(max(values), 2),
    }


def measure(db_path: Path, repeats: int = 3, first_page: int = FIRST_PAGE) -> dict[str, Any]:
    from sqlalchemy import text

    from shkola_lib.catalog.service import CatalogService

    service = CatalogService.open(db_path)
    try:
        records = service.counts().records
        queries = typed_prefixes() + catalog_queries(service)
        try:
            service.search("", first_page=first_page)  # connection pool, statement cache
        except TypeError:  # a version without first pages: time whole answers
            first_page = 0
        ours: list[float] = []
        complete: list[float] = []
        per_query: dict[str, list[float]] = {q: [] for q in queries}
        hits: dict[str, int] = {}
        for _ in range(repeats):
            for q in queries:
                start = time.perf_counter()
                first = (
                    service.search(q, first_page=first_page) if first_page else service.search(q)
                )
                elapsed = (time.perf_counter() - start) * 1000
                ours.append(elapsed)
                per_query[q].append(elapsed)
                if getattr(first, "complete", True):
                    complete.append(elapsed)
                    hits[q] = len(first)
                else:
                    start = time.perf_counter()
                    full = service.search(q)
                    complete.append(elapsed + (time.perf_counter() - start) * 1000)
                    hits[q] = len(full)
                    assert list(full.record_ids[: len(first)]) == list(first.record_ids), q
        naive: list[float] = []
        with service.db.engine.connect() as conn:
            for q in queries:  # once: it is slow, and its figures need no smoothing
                start = time.perf_counter()
                conn.execute(text(NAIVE_SQL), {"p": f"%{q}%"}).fetchall()
                naive.append((time.perf_counter() - start) * 1000)
    finally:
        service.close()
    medians = {q: statistics.median(v) for q, v in per_query.items()}
    slowest = sorted(medians, key=lambda q: -medians[q])[:5]
    most = sorted(hits, key=lambda q: -hits[q])[:3]
    return {
        "records": records,
        "queries": len(queries),
        "samples": len(ours),
        "first_page": first_page,
        **_summary("ours", ours),
        **_summary("complete", complete),
        **_summary("naive_like", naive),
        "ratio_p95_naive_to_ours": round(pct(naive, 95) / pct(ours, 95), 1),
        "ratio_p50_naive_to_ours": round(pct(naive, 50) / pct(ours, 50), 1),
        "slowest_ours_ms": {q: round(medians[q], 2) for q in slowest},
        "most_matches": {q: hits[q] for q in most},
        "measured_by": "benchmarks/search_latency.py",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--first-page", type=int, default=FIRST_PAGE)
    args = parser.parse_args()
    if not args.db.is_file():
        parser.error(f"no catalog at {args.db}")
    print(json.dumps(measure(args.db, args.repeats, args.first_page), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
