"""Runs searches in the background; only the newest answer reaches the table.

A search that matches many records is answered in two steps: the first page in its
final order (``firstPageReady``, a few milliseconds whatever the catalog size), then
the whole answer (``resultReady``). Both carry the serial of the search; an answer of
an older search is dropped at either step.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from shkola_lib.catalog.progress import Cancelled
from shkola_lib.catalog.search import SearchFilters, SearchResult, SortKey
from shkola_lib.catalog.service import CatalogService
from shkola_lib.ui.tasks import TaskRunner

# Ids fetched at once: more than a maximised window shows.
FIRST_PAGE = 60


class SearchController(QObject):
    resultReady = Signal(object)  # SearchResult, complete
    firstPageReady = Signal(object)  # SearchResult with complete=False; the rest follows
    failed = Signal(object)  # exception

    def __init__(self, service: CatalogService, runner: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.sort = SortKey.RELEVANCE
        self.descending = False
        self.query = ""
        self.filters = SearchFilters()
        # 0: one step (the whole answer only). Whoever shows firstPageReady sets it.
        self.first_page = 0
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
        page = self.first_page

        def stale() -> bool:
            return serial != self._serial  # a newer keystroke

        def work(first_page: int | None) -> SearchResult | None:
            if stale():  # queued behind newer keystrokes: skip the work
                return None
            try:
                return service.search(
                    query,
                    sort=sort,
                    descending=desc,
                    filters=filters,
                    exact_codes=exact_codes,
                    first_page=first_page,
                    stale=stale,  # a long whole answer stops when the librarian types on
                )
            except Cancelled:
                return None

        def done(result: SearchResult | None) -> None:
            if result is None or serial != self._serial:  # a newer search has started
                return
            if result.complete:
                self.resultReady.emit(result)
                return
            self.firstPageReady.emit(result)
            self.runner.run(lambda: work(None), done, error)

        def error(exc: BaseException) -> None:
            if serial == self._serial:
                self.failed.emit(exc)

        self.runner.run(lambda: work(page or None), done, error)
        return serial
