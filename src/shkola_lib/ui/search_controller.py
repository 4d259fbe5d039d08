"""Runs searches in the background; only the newest answer reaches the table."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from shkola_lib.catalog.search import SearchFilters, SearchResult, SortKey
from shkola_lib.catalog.service import CatalogService
from shkola_lib.ui.tasks import TaskRunner


class SearchController(QObject):
    resultReady = Signal(object)  # SearchResult
    failed = Signal(object)  # exception

    def __init__(self, service: CatalogService, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.sort = SortKey.RELEVANCE
        self.descending = False
        self.query = ""
        self.filters = SearchFilters()
        self._serial = 0

    def set_sort(self, sort: SortKey, descending: bool) -> None:
        self.sort, self.descending = sort, descending
        self.run()

    def search(self, query: str, filters: SearchFilters | None = None) -> None:
        self.query = query
        self.filters = filters or SearchFilters()
        self.run()

    def run(self, *, exact_codes: bool = True) -> int:
        self._serial += 1
        serial = self._serial
        query, filters, sort, desc = self.query, self.filters, self.sort, self.descending
        service = self.service

        def work() -> SearchResult:
            return service.search(
                query, sort=sort, descending=desc, filters=filters, exact_codes=exact_codes
            )

        def done(result: SearchResult) -> None:
            if serial == self._serial:  # a newer search has started: drop this answer
                self.resultReady.emit(result)

        def error(exc: BaseException) -> None:
            if serial == self._serial:
                self.failed.emit(exc)

        self.runner.run(work, done, error)
        return serial
