"""The sheets as they will print, one at a time, with page navigation.

The labels are painted by :mod:`shkola_lib.ui.label_painter` from the plans the
PDF was drawn from, so the preview shows the same QR codes, texts and places as
the PDF and the printout. Grey outlines mark the labels (they are not printed).
The preview holds only plain data: the sheet template and, per page, the
(position, plan) pairs.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from shkola_lib.io.labels import LabelPlan, SheetTemplate
from shkola_lib.ui.label_painter import PageItems, paint_sheet

_MARGIN = 8.0


class PageCanvas(QWidget):
    """One sheet painted to scale in the middle of the widget, or a message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewCanvas")
        self.template: SheetTemplate | None = None
        self.items: PageItems = []
        self.message = ""
        self._cache: tuple[tuple[object, ...], QPixmap] | None = None
        self.setMinimumSize(220, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def show_page(self, template: SheetTemplate | None, items: PageItems, message: str) -> None:
        self.template, self.items, self.message = template, items, message
        self._cache = None
        self.update()

    def page_rect(self) -> QRectF:
        t = self.template
        if t is None:
            return QRectF()
        scale = min(
            (self.width() - 2 * _MARGIN) / t.page_width_mm,
            (self.height() - 2 * _MARGIN) / t.page_height_mm,
        )
        w, h = t.page_width_mm * scale, t.page_height_mm * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def sizeHint(self) -> QSize:
        return QSize(420, 560)

    def _page_pixmap(self, rect: QRectF) -> QPixmap:
        ratio = self.devicePixelRatioF()
        key = (rect.width(), rect.height(), ratio, id(self.items))
        if self._cache is not None and self._cache[0] == key:
            return self._cache[1]
        pixmap = QPixmap(round(rect.width() * ratio), round(rect.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(255, 255, 255))
        t = self.template
        assert t is not None
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(rect.width() / t.page_width_mm, rect.height() / t.page_height_mm)
        paint_sheet(painter, t, self.items, outlines=True, empty_outlines=True)
        painter.end()
        self._cache = (key, pixmap)
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.message or self.template is None:
            painter.setPen(self.palette().placeholderText().color())
            box = QRectF(self.rect()).adjusted(20, 20, -20, -20)
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(box, int(flags), self.message)
            return
        rect = self.page_rect()
        if rect.width() < 4 or rect.height() < 4:
            return
        painter.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 50))
        painter.drawPixmap(rect.topLeft(), self._page_pixmap(rect))
        painter.setPen(QColor(120, 120, 120))
        painter.drawRect(rect)


class LabelPreview(QWidget):
    """The preview pane: the current sheet, "Sheet 2 of 5" and buttons to turn the pages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelPreview")
        self._template: SheetTemplate | None = None
        self._pages: list[PageItems] = []
        self._page = 0
        self._message = ""
        self.canvas = PageCanvas(self)
        self.prev_button = QToolButton(self)
        self.prev_button.setObjectName("previousSheetButton")
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(self.tr("Previous sheet"))
        self.prev_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("nextSheetButton")
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next sheet"))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        self.page_label = QLabel(self)
        self.page_label.setObjectName("sheetNumberLabel")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav = QHBoxLayout()
        nav.addStretch(1)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.page_label)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(nav)
        self._refresh()

    # --- what is shown ------------------------------------------------------------------
    def set_sheets(
        self, template: SheetTemplate, pages: Sequence[Sequence[tuple[int, LabelPlan]]]
    ) -> None:
        """Show these sheets (per page: position on the sheet, plan), from the first."""
        keep = self._page if template == self._template else 0
        self._template = template
        self._pages = [list(items) for items in pages]
        self._message = ""
        self._page = min(keep, max(0, len(self._pages) - 1))
        self._refresh()

    def set_message(self, message: str) -> None:
        """Show a message instead of the sheets (preparing, nothing to print, an error)."""
        self._message = message
        self._pages = []
        self._page = 0
        self._refresh()

    def message(self) -> str:
        return self._message

    def show_page(self, page: int) -> None:
        if 0 <= page < len(self._pages):
            self._page = page
            self._refresh()

    # --- reading it back (tests, status lines) ----------------------------------------------
    def page_count(self) -> int:
        return len(self._pages)

    def current_page(self) -> int:
        return self._page

    def label_count(self) -> int:
        return sum(len(items) for items in self._pages)

    def page_items(self, page: int) -> PageItems:
        return list(self._pages[page])

    def _refresh(self) -> None:
        pages = len(self._pages)
        items = self._pages[self._page] if pages else []
        self.canvas.show_page(self._template if pages else None, items, self._message)
        self.page_label.setText(
            self.tr("Sheet {n} of {total}").format(n=self._page + 1, total=pages) if pages else ""
        )
        self.prev_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page + 1 < pages)
        for widget in (self.prev_button, self.next_button, self.page_label):
            widget.setVisible(pages > 1)
