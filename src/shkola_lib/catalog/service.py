"""The catalog as the GUI and the CLI see it: one unit of work per call.

A thin facade over the use-case modules; each method opens a session, does one
thing, commits or rolls back, and returns plain data (never ORM objects), so it
can be called from a worker thread and its result handed to the GUI thread.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from shkola_lib.catalog import listing, search, stats
from shkola_lib.catalog.data import (
    CatalogCounts,
    CopyData,
    DuplicateMatch,
    RecordData,
    RecordDetail,
    StockData,
)
from shkola_lib.catalog.interrupt import interruptible, stale_when
from shkola_lib.catalog.progress import CancelToken, Progress
from shkola_lib.i18n import translate
from shkola_lib.models.db import Database, open_database, plain_connection

if TYPE_CHECKING:
    # MARC exchange, labels and demo data load on first use: pymarc, the crosswalk,
    # the exporter and the label templates cost about 0.13 s at every start otherwise.
    # Records, holdings and checks need SQLAlchemy (0.2 s more): they load with the
    # first edit, after the window has listed and searched with plain sqlite3.
    from shkola_lib.catalog import exporter, holdings, importer, package
    from shkola_lib.catalog.check import Problem
    from shkola_lib.catalog.profiles import Profile
    from shkola_lib.io.labels import LabelData


def _label_batches() -> ModuleType:
    from shkola_lib.catalog import labels

    return labels


class CatalogService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def open(cls, path: Path) -> CatalogService:
        return cls(open_database(path))

    @property
    def path(self) -> Path:
        return self.db.path

    def close(self) -> None:
        self.db.close()

    # --- records -----------------------------------------------------------
    def create_record(self, data: RecordData) -> int:
        from shkola_lib.catalog import records

        with self.db.session() as s:
            return records.create_record(s, data)

    def create_record_with_holdings(
        self,
        data: RecordData,
        *,
        series: holdings.SeriesRequest | None = None,
        stock: StockData | None = None,
    ) -> tuple[int, list[str]]:
        """A new record with the copies (or counted stock) that arrived with it, all or none.

        Returns the new record id and the inventory numbers given to the copies.
        """
        from shkola_lib.catalog import holdings, records

        with self.db.session() as s:
            record_id = records.create_record(s, data)
            numbers: list[str] = []
            if series is not None and series.count > 0:
                numbers = holdings.add_copy_series(s, record_id, series)
            if stock is not None and stock.quantity > 0:
                holdings.add_stock(s, record_id, stock)
            return record_id, numbers

    def update_record(self, data: RecordData) -> None:
        from shkola_lib.catalog import records

        with self.db.session() as s:
            records.update_record(s, data)

    def get_record(self, record_id: int) -> RecordData:
        from shkola_lib.catalog import records

        with self.db.session() as s:
            return records.get_record(s, record_id)

    def get_detail(self, record_id: int) -> RecordDetail:
        """The detail pane's record, read without SQLAlchemy (see ``plain_detail``)."""
        from shkola_lib.catalog.plain_detail import read_detail

        with self.db.reading() as conn:
            return read_detail(conn, record_id)

    def delete_records(self, record_ids: Sequence[int]) -> int:
        from shkola_lib.catalog import records

        with self.db.session() as s:
            return records.delete_records(s, record_ids)

    def restore_records(self, record_ids: Sequence[int]) -> int:
        from shkola_lib.catalog import records

        with self.db.session() as s:
            return records.restore_records(s, record_ids)

    def find_duplicates(self, data: RecordData) -> list[DuplicateMatch]:
        from shkola_lib.catalog import records

        with self.db.session() as s:
            return records.find_duplicates(s, data)

    # --- holdings ------------------------------------------------------------
    def next_inventory_numbers(self, count: int = 1) -> list[str]:
        from shkola_lib.catalog import holdings

        with self.db.session() as s:
            return holdings.next_inventory_numbers(s, count)

    def plan_series(self, request: holdings.SeriesRequest) -> list[str]:
        from shkola_lib.catalog import holdings

        with self.db.session() as s:
            return holdings.plan_series(s, request)

    def suggest_ksu_entry(self, *, counted_stock: bool, year: int | None = None) -> str:
        from shkola_lib.catalog import holdings

        with self.db.session() as s:
            return holdings.suggest_ksu_entry(s, counted_stock=counted_stock, year=year)

    def add_copy_series(self, record_id: int, request: holdings.SeriesRequest) -> list[str]:
        from shkola_lib.catalog import holdings

        with self.db.session() as s:
            return holdings.add_copy_series(s, record_id, request)

    def add_copy(self, record_id: int, data: CopyData) -> int:
        from shkola_lib.catalog import holdings

        with self.db.session() as s:
            return holdings.add_copy(s, record_id, data)

    def update_copy(self, data: CopyData) -> None:
        from shkola_lib.catalog import holdings

        with self.db.session() as s:
            holdings.update_copy(s, data)

    def add_stock(self, record_id: int, data: StockData) -> int:
        from shkola_lib.catalog import holdings

        with self.db.session() as s:
            return holdings.add_stock(s, record_id, data)

    def write_off_copy(self, copy_id: int, *, on: date, act_number: str, reason: str = "") -> None:
        from shkola_lib.catalog import holdings

        with self.db.session() as s:
            holdings.write_off_copy(s, copy_id, on=on, act_number=act_number, reason=reason)

    def write_off_stock(
        self, lot_id: int, *, quantity: int, on: date, act_number: str, reason: str = ""
    ) -> None:
        from shkola_lib.catalog import holdings

        with self.db.session() as s:
            holdings.write_off_stock(
                s, lot_id, quantity=quantity, on=on, act_number=act_number, reason=reason
            )

    # --- search and listing --------------------------------------------------
    def search(
        self,
        query: str,
        *,
        sort: search.SortKey = search.SortKey.RELEVANCE,
        descending: bool = False,
        filters: search.SearchFilters | None = None,
        exact_codes: bool = True,
        first_page: int | None = None,
        stale: Callable[[], bool] | None = None,
    ) -> search.SearchResult:
        """Raises :class:`~shkola_lib.catalog.progress.Cancelled` as soon as ``stale()``
        says the answer is no longer wanted (a newer keystroke), and
        :class:`~shkola_lib.catalog.search.SearchUnavailable` when the file lacks an
        index the search needs (Check repairs it)."""
        with self.db.reading() as conn, interruptible(conn, stale):
            try:
                return search.search(
                    conn,
                    query,
                    sort=sort,
                    descending=descending,
                    filters=filters,
                    exact_codes=exact_codes,
                    first_page=first_page,
                )
            except sqlite3.DatabaseError as exc:
                damaged = search.unavailable(exc)
                if damaged is None:
                    raise
                raise damaged from exc

    def find_copy(self, code: str) -> search.CopyHit | None:
        with self.db.reading() as conn:
            return search.find_copy_by_code(conn, code)

    def find_records_by_isbn(self, raw: str) -> list[int]:
        with self.db.reading() as conn:
            return search.find_records_by_isbn(conn, raw)

    def fetch_rows(self, ids: Sequence[int]) -> dict[int, listing.RecordRow]:
        with self.db.reading() as conn:
            return listing.fetch_rows(conn, ids)

    def counts(self) -> CatalogCounts:
        with self.db.reading() as conn:
            return stats.catalog_counts(conn)

    # --- exchange --------------------------------------------------------------
    def preview_import(self, path: Path, options: importer.ImportOptions) -> importer.ImportPreview:
        from shkola_lib.catalog import importer

        return importer.preview_import(self.db, path, options)

    def run_import(
        self,
        path: Path,
        options: importer.ImportOptions,
        summary: importer.ImportSummary,
        cancel: CancelToken | None = None,
    ) -> Iterator[Progress]:
        """Import ``path``; a real import (not a trial run) first backs the catalog up.

        Without that copy nothing is imported: :class:`importer.ImportError_` says why.
        """
        from shkola_lib.catalog import importer

        if not options.dry_run:
            from shkola_lib.catalog.backup import backup_before_import

            yield Progress(0, 0, translate("Import", "Backing up the catalog before the import…"))
            try:
                backup_before_import(self.path)
            except OSError as exc:
                raise importer.ImportError_(
                    translate(
                        "Import",
                        "No copy of the catalog could be made before the import, so nothing "
                        "was imported: {error}",
                    ).format(error=exc.strerror or exc)
                ) from exc
            yield Progress(0, 0, translate("Import", "Reading the file…"))
        yield from importer.run_import(self.db, path, options, summary, cancel)

    def import_batches(self) -> list[importer.BatchInfo]:
        from shkola_lib.catalog import importer

        with self.db.session() as s:
            return importer.list_batches(s)

    def undo_import(self, batch_id: int) -> importer.UndoResult:
        from shkola_lib.catalog import importer

        with self.db.session() as s:
            return importer.undo_import(s, batch_id)

    def select_for_export(
        self,
        *,
        query: str | None = None,
        since: date | None = None,
        ids: Sequence[int] | None = None,
    ) -> list[int]:
        from shkola_lib.catalog import exporter

        with self.db.session() as s:
            return exporter.select_record_ids(s, query=query, since=since, ids=ids)

    def run_export(
        self,
        profile: Profile,
        out: Path,
        summary: exporter.ExportSummary,
        record_ids: Sequence[int] | None = None,
        cancel: CancelToken | None = None,
    ) -> Iterator[Progress]:
        from shkola_lib.catalog import exporter

        return exporter.run_export(self.db, profile, out, summary, record_ids, cancel)

    def build_package(
        self,
        profile: Profile,
        out_dir: Path,
        summary: package.PackageSummary,
        *,
        record_ids: Sequence[int] | None = None,
        library_name: str = "",
        cancel: CancelToken | None = None,
    ) -> Iterator[Progress]:
        from shkola_lib.catalog import package

        return package.build_package(
            self.db,
            profile,
            out_dir,
            summary,
            record_ids=record_ids,
            library_name=library_name,
            cancel=cancel,
        )

    def marc_view(self, record_id: int, profile: Profile) -> str:
        from shkola_lib.catalog import exporter

        with self.db.session() as s:
            return exporter.marc_view(s, record_id, profile)

    # --- labels ----------------------------------------------------------------
    def copies_for_labels(
        self,
        *,
        copy_ids: Sequence[int] | None = None,
        record_ids: Sequence[int] | None = None,
        query: str | None = None,
        inventory_range: tuple[int, int] | None = None,
        added_since: date | None = None,
        unprinted: bool = False,
    ) -> list[LabelData]:
        return _label_batches().labels_for(
            self.db,
            copy_ids=copy_ids,
            record_ids=record_ids,
            query=query,
            inventory_range=inventory_range,
            added_since=added_since,
            unprinted=unprinted,
        )

    def mark_labelled(self, copy_ids: Sequence[int]) -> int:
        return _label_batches().mark_printed(self.db, copy_ids)

    def unmark_labelled(self, copy_ids: Sequence[int]) -> int:
        return _label_batches().unmark_printed(self.db, copy_ids)

    def count_unlabelled(self) -> int:
        return _label_batches().count_unprinted(self.db)

    # --- maintenance ---------------------------------------------------------
    def check(self, cancel: CancelToken | None = None, *, integrity: bool = True) -> list[Problem]:
        """Raises :class:`~shkola_lib.catalog.progress.Cancelled` soon after ``cancel``
        (SQLite's integrity check of a 1,000,000-record catalog reads the whole file);
        ``integrity=False`` after a repair (see ``check.check_catalog``)."""
        from shkola_lib.catalog.check import check_catalog

        with self.db.engine.connect() as conn:
            with interruptible(plain_connection(conn), stale_when(cancel)):
                return check_catalog(conn, integrity=integrity)

    def repair(self, cancel: CancelToken | None = None) -> None:
        """One transaction: cancelled (:class:`Cancelled`), it changes nothing."""
        from shkola_lib.catalog.check import repair

        with self.db.engine.begin() as conn:
            with interruptible(plain_connection(conn), stale_when(cancel)):
                repair(conn)

    def generate_demo(
        self, count: int, *, cancel: CancelToken | None = None, seed: int = 2026
    ) -> Iterator[Progress]:
        """Fill with demo data in one transaction: cancelled means nothing was added."""
        with self.db.engine.begin() as conn:
            from shkola_lib.catalog import demo

            yield from demo.generate(conn, count, cancel=cancel, seed=seed)
