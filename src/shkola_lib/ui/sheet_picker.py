"""A drawing of a label sheet to scale, on which the librarian clicks the first free label.

Labels before the start are drawn as used (grey, hatched), the start is
highlighted and the labels this batch will fill on the first sheet are tinted.
Clicking a label or moving with the arrow keys (Home, End) sets the start. With
``interactive=False`` it only shows a sheet (the template editor's drawing);
labels that run off the page are then drawn in red.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from shkola_lib.io.labels import SheetTemplate

USED_COLOR = QColor(215, 215, 215)
HATCH_COLOR = QColor(175, 175, 175)
OFF_PAGE_COLOR = QColor(198, 40, 40)
_MARGIN = 6.0  # px around the page


class SheetPicker(QWidget):
    startChanged = Signal(int)  # 1-based position

    def __init__(self, parent: QWidget | None = None, *, interactive: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("sheetPicker")
        self.interactive = interactive
        self._template: SheetTemplate | None = None
        self._start = 1
        self._count = 0
        self.setMinimumSize(120, 150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        if interactive:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setMouseTracking(True)
        self.setAccessibleName(self.tr("First label on the sheet"))

    # --- state --------------------------------------------------------------------
    def template(self) -> SheetTemplate | None:
        return self._template

    def set_template(self, template: SheetTemplate | None) -> None:
        self._template = template
        if self._valid():
            self._start = min(self._start, self._per_sheet())
        self.updateGeometry()
        self.update()

    def start(self) -> int:
        return self._start

    def set_start(self, start: int) -> None:
        """Set the first label (1-based, clamped to the sheet); emits ``startChanged``."""
        start = max(1, min(int(start), self._per_sheet())) if self._valid() else 1
        if start == self._start:
            return
        self._start = start
        self._update_description()
        self.update()
        self.startChanged.emit(start)

    def set_count(self, count: int) -> None:
        """How many labels the batch has (those on the first sheet are tinted)."""
        self._count = max(0, count)
        self._update_description()
        self.update()

    def _valid(self) -> bool:
        t = self._template
        if t is None or t.columns < 1 or t.rows < 1 or t.columns * t.rows > 1000:
            return False
        return min(t.page_width_mm, t.page_height_mm, t.label_width_mm, t.label_height_mm) > 0

    def _per_sheet(self) -> int:
        return self._template.per_sheet if self._template and self._valid() else 1

    def _update_description(self) -> None:
        self.setAccessibleDescription(
            self.tr("Label {n} of {total}").format(n=self._start, total=self._per_sheet())
        )

    # --- geometry -------------------------------------------------------------------------
    def _extent(self) -> tuple[float, float]:
        """Width and height in mm to show: the page, or more when labels run off it."""
        t = self._template
        assert t is not None
        w = t.margin_left_mm + t.columns * t.label_width_mm + (t.columns - 1) * t.gap_x_mm
        h = t.margin_top_mm + t.rows * t.label_height_mm + (t.rows - 1) * t.gap_y_mm
        return max(t.page_width_mm, w), max(t.page_height_mm, h)

    def _scale(self) -> float:
        w, h = self._extent()
        return max(0.01, min((self.width() - 2 * _MARGIN) / w, (self.height() - 2 * _MARGIN) / h))

    def _origin(self) -> QPointF:
        w, h = self._extent()
        s = self._scale()
        return QPointF((self.width() - w * s) / 2, (self.height() - h * s) / 2)

    def page_rect(self) -> QRectF:
        """The page in widget pixels."""
        if not self._valid():
            return QRectF()
        t = self._template
        assert t is not None
        s, o = self._scale(), self._origin()
        return QRectF(o.x(), o.y(), t.page_width_mm * s, t.page_height_mm * s)

    def label_rect(self, position: int) -> QRectF:
        """Label ``position`` (1-based) in widget pixels."""
        if not self._valid():
            return QRectF()
        t = self._template
        assert t is not None
        x, y = t.label_origin(position - 1)
        s, o = self._scale(), self._origin()
        return QRectF(o.x() + x * s, o.y() + y * s, t.label_width_mm * s, t.label_height_mm * s)

    def position_at(self, point: QPointF) -> int | None:
        """The label (1-based) under ``point``, or None between labels."""
        for position in range(1, self._per_sheet() + 1):
            if self.label_rect(position).contains(point):
                return position
        return None

    def hasHeightForWidth(self) -> bool:
        return self._valid()

    def heightForWidth(self, width: int) -> int:
        if not self._valid():
            return super().heightForWidth(width)
        w, h = self._extent()
        return round((width - 2 * _MARGIN) * h / w + 2 * _MARGIN)

    def sizeHint(self) -> QSize:
        return QSize(210, 280)

    # --- input -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.interactive or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        position = self.position_at(event.position())
        if position is not None:
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_start(position)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.interactive:
            position = self.position_at(event.position())
            tip = self.tr("Label {n}: click to start here").format(n=position) if position else ""
            if tip:
                QToolTip.showText(event.globalPosition().toPoint(), tip, self)
            else:
                QToolTip.hideText()
        super().mouseMoveEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.interactive or not self._valid():
            super().keyPressEvent(event)
            return
        cols = self._template.columns if self._template else 1
        step = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -cols,
            Qt.Key.Key_Down: cols,
        }.get(Qt.Key(event.key()))
        if step is not None:
            target = self._start + step
            if 1 <= target <= self._per_sheet():
                self.set_start(target)
        elif event.key() == Qt.Key.Key_Home:
            self.set_start(1)
        elif event.key() == Qt.Key.Key_End:
            self.set_start(self._per_sheet())
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # --- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._valid():
            return
        t = self._template
        assert t is not None
        pal = self.palette()
        page = self.page_rect()
        painter.fillRect(page.translated(2, 2), QColor(0, 0, 0, 40))  # a shadow
        painter.fillRect(page, QColor(255, 255, 255))
        painter.setPen(QPen(QColor(120, 120, 120), 1))
        painter.drawRect(page)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        tint = QColor(highlight)
        tint.setAlpha(70)
        last = self._start - 1 + self._count
        s = self._scale()
        radius = t.corner_radius_mm * s
        font = QFont(self.font())
        for position in range(1, t.per_sheet + 1):
            rect = self.label_rect(position).adjusted(0.5, 0.5, -0.5, -0.5)
            used = self.interactive and position < self._start
            start = self.interactive and position == self._start
            off_page = not page.adjusted(-0.6, -0.6, 0.6, 0.6).contains(rect)
            pen = QPen(QColor(150, 150, 150), 1)
            if off_page:
                painter.setBrush(QColor(OFF_PAGE_COLOR.red(), 40, 40, 60))
                pen = QPen(OFF_PAGE_COLOR, 1)
            elif used:
                painter.setBrush(USED_COLOR)
            elif start:
                painter.setBrush(highlight)
                pen = QPen(highlight.darker(140), 2)
            elif self.interactive and position <= last:
                painter.setBrush(tint)
            else:
                painter.setBrush(QColor(255, 255, 255))
            painter.setPen(pen)
            painter.drawRoundedRect(rect, radius, radius)
            if used:  # hatched: already peeled off
                painter.setBrush(QBrush(HATCH_COLOR, Qt.BrushStyle.BDiagPattern))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(rect, radius, radius)
            if self.interactive and rect.height() >= 11 and rect.width() >= 16:
                font.setPixelSize(max(8, min(14, int(rect.height() * 0.45))))
                font.setBold(start)
                painter.setFont(font)
                color = (
                    pal.color(QPalette.ColorRole.HighlightedText)
                    if start
                    else QColor(90, 90, 90)
                    if used
                    else QColor(60, 60, 60)
                )
                painter.setPen(color)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(position))
        if self.interactive and self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(highlight, 1, Qt.PenStyle.DashLine))
            painter.drawRect(self.label_rect(self._start).adjusted(-2, -2, 2, 2))
