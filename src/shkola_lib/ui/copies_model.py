"""Table model of one record's holdings: inventoried copies, then counted-stock lots."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from shkola_lib.catalog.data import CopyData, RecordDetail, StockData
from shkola_lib.models import CopyStatus
from shkola_lib.ui.formatting import count_text, date_text, tenge_text

ModelIndex = QModelIndex | QPersistentModelIndex


class HoldingsModel(QAbstractTableModel):
    COL_NUMBER, COL_STATUS, COL_LOCATION, COL_KSU, COL_DATE, COL_PRICE = range(6)
    ItemRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[CopyData | StockData] = []
        self._headers = [
            self.tr("Inventory no. / quantity"),
            self.tr("Status"),
            self.tr("Location"),
            self.tr("КСУ entry"),
            self.tr("Received"),
            self.tr("Price"),
        ]

    def set_detail(self, detail: RecordDetail | None) -> None:
        self.beginResetModel()
        self._items = [] if detail is None else [*detail.copies, *detail.stock]
        self.endResetModel()

    def item(self, row: int) -> CopyData | StockData | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of_copy(self, copy_id: int) -> int | None:
        for row, item in enumerate(self._items):
            if isinstance(item, CopyData) and item.id == copy_id:
                return row
        return None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

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
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == self.ItemRole:
            return item
        if role == Qt.ItemDataRole.ForegroundRole:
            if isinstance(item, CopyData) and item.status is CopyStatus.WRITTEN_OFF:
                return QBrush(QColor("#888888"))
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        col = index.column()
        if isinstance(item, CopyData):
            return self._copy_text(item, col)
        return self._stock_text(item, col)

    def _copy_text(self, c: CopyData, col: int) -> str:
        if col == self.COL_NUMBER:
            return c.inventory_number if not c.barcode else f"{c.inventory_number} ({c.barcode})"
        if col == self.COL_STATUS:
            if c.status is CopyStatus.WRITTEN_OFF and c.writeoff_act:
                return self.tr("Written off, act {act}").format(act=c.writeoff_act)
            return c.status.label
        if col == self.COL_LOCATION:
            return c.location
        if col == self.COL_KSU:
            return c.ksu_entry
        if col == self.COL_DATE:
            return date_text(c.acquired_on)
        if col == self.COL_PRICE:
            return tenge_text(c.price_tiyn)
        return ""

    def _stock_text(self, s: StockData, col: int) -> str:
        if col == self.COL_NUMBER:
            return self.tr("{n} pcs (counted stock)").format(n=count_text(s.remaining))
        if col == self.COL_STATUS:
            if s.written_off:
                return self.tr("{n} written off").format(n=s.written_off)
            return s.academic_year
        if col == self.COL_LOCATION:
            return s.location
        if col == self.COL_KSU:
            return s.ksu_entry
        if col == self.COL_DATE:
            return date_text(s.acquired_on)
        if col == self.COL_PRICE:
            return tenge_text(s.price_tiyn)
        return ""

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
