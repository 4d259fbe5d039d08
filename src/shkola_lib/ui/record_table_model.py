"""The catalog table: holds only the ids of a search, fetches rows lazily in blocks.

Sorting happens in SQL (the window re-runs the search with a sort key); a proxy
model over this one would only sort what happens to be loaded.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from shkola_lib.catalog.listing import RecordRow
from shkola_lib.catalog.search import SortKey

BLOCK = 100
CACHE_BLOCKS = 40  # at most 4,000 rows in memory, whatever the catalog size

ModelIndex = QModelIndex | QPersistentModelIndex
RowFetcher = Callable[[Sequence[int]], dict[int, RecordRow]]


class RecordTableModel(QAbstractTableModel):
    COL_TITLE, COL_AUTHORS, COL_YEAR, COL_PUBLISHER, COL_ISBN, COL_SHELF, COL_TYPE, COL_COPIES = (
        range(8)
    )
    RecordIdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2

    SORT_KEYS: ClassVar[dict[int, SortKey]] = {
        COL_TITLE: SortKey.TITLE,
        COL_AUTHORS: SortKey.AUTHOR,
        COL_YEAR: SortKey.YEAR,
        COL_PUBLISHER: SortKey.PUBLISHER,
        COL_SHELF: SortKey.BBK,
        COL_TYPE: SortKey.TYPE,
    }

    # Asked by the view's header: the window re-runs the search in this order.
    sortRequested = Signal(object, bool)

    def __init__(self, fetch_rows: RowFetcher, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: array[int] = array("q")
        self._partial = False
        self._blocks: OrderedDict[int, dict[int, RecordRow]] = OrderedDict()
        self._headers = [
            self.tr("Title"),
            self.tr("Authors"),
            self.tr("Year"),
            self.tr("Publisher"),
            self.tr("ISBN"),
            self.tr("Shelf mark"),
            self.tr("Type"),
            self.tr("Copies"),
        ]

    # --- content -----------------------------------------------------------
    def set_ids(self, ids: array[int]) -> None:
        """Show a search answer. The whole answer to a search whose first page is shown
        (:meth:`show_first_page`) only adds the rows below it: the view keeps its
        scroll position, selection and loaded rows."""
        shown = len(self._ids)
        if self._partial and len(ids) >= shown and ids[:shown] == self._ids:
            self._partial = False
            if len(ids) > shown:
                self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
                self._ids = ids
                self.endInsertRows()
            return
        self.beginResetModel()
        self._ids = ids
        self._partial = False
        self._blocks.clear()
        self.endResetModel()

    def show_first_page(self, ids: array[int]) -> None:
        """Show the first rows of a large answer while the rest is being fetched."""
        self.set_ids(ids)
        self._partial = True

    def is_partial(self) -> bool:
        """True while only the first page of the current answer is shown."""
        return self._partial

    def ids(self) -> array[int]:
        return self._ids

    def record_id(self, row: int) -> int | None:
        if 0 <= row < len(self._ids):
            return self._ids[row]
        return None

    def row_of(self, record_id: int) -> int | None:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return None

    def refresh_record(self, record_id: int) -> None:
        """Drop the cached row of one record and repaint it."""
        row = self.row_of(record_id)
        if row is None:
            return
        self._blocks.pop(row // BLOCK, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def invalidate_cache(self) -> None:
        self._blocks.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, self.columnCount() - 1)
            )

    def row_data(self, row: int) -> RecordRow | None:
        if not 0 <= row < len(self._ids):
            return None
        block_no = row // BLOCK
        block = self._blocks.get(block_no)
        if block is None:
            start = block_no * BLOCK
            ids = self._ids[start : start + BLOCK]
            block = self._fetch_rows(list(ids))
            self._blocks[block_no] = block
            while len(self._blocks) > CACHE_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block_no)
        return block.get(self._ids[row])

    # --- Qt model API ------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_TITLE:
            return row.title
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_YEAR, self.COL_COPIES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.RecordIdRole:
            return row.id
        if role == self.RowRole:
            return row
        return None

    def _display(self, row: RecordRow, col: int) -> str:
        if col == self.COL_TITLE:
            return row.title
        if col == self.COL_AUTHORS:
            return row.authors
        if col == self.COL_YEAR:
            return str(row.year) if row.year else ""
        if col == self.COL_PUBLISHER:
            return row.publisher
        if col == self.COL_ISBN:
            return row.isbn_display
        if col == self.COL_SHELF:
            return row.shelf_mark
        if col == self.COL_TYPE:
            if row.grades:
                return self.tr("{type}, grade {grades}").format(
                    type=row.material_type.label, grades=row.grades.replace(",", ", ")
                )
            return row.material_type.label
        if col == self.COL_COPIES:
            if row.stock and row.copies:
                return f"{row.copies} + {row.stock}"
            return str(row.stock or row.copies)
        return ""

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is not None:
            self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)
