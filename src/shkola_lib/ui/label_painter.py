"""Label sheets drawn with QPainter from the same plans the PDF is made of.

PySide6-Essentials has no QtPdf, so the program cannot show or print the PDF
itself. Instead the on-screen preview and the printout paint the very
:class:`~shkola_lib.io.labels.LabelPlan` objects that ``render_labels`` draws
into the PDF, with the same geometry in millimetres:

* texts are filled glyph outlines read with :class:`QRawFont` from the same
  DejaVu Sans files reportlab embeds, placed glyph by glyph with the fonts' own
  advances and no kerning, exactly as reportlab does (so no system font, font
  matching or shaping can change a width, and Kazakh letters never print as boxes);
* QR modules and Code 128 bars are the same rectangles as in the PDF;
* the printer correction (offset, scale) moves and scales the whole page about
  its top-left corner, as ``render_labels`` does.

On a :class:`QPrinter` the page is painted full-page (origin at the paper's
corner) at the printer's own resolution, so it prints at 100 % whatever the
printer driver's margins are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPen,
    QRawFont,
)
from PySide6.QtPrintSupport import QPrinter

from shkola_lib.io.labels import (
    LabelData,
    LabelLayout,
    LabelPlan,
    PrinterCalibration,
    SheetTemplate,
    render_labels,
)
from shkola_lib.paths import resources_dir

MM = 72 / 25.4  # points per millimetre (as in io.labels.qr)
_EM = 1000.0  # glyph outlines are read at this pixel size and scaled down
_BARCODE_QUIET = 10  # as io.labels.plan.BARCODE_QUIET
FONT_FILES = {
    "ShkolaDejaVuSans": "DejaVuSans.ttf",
    "ShkolaDejaVuSans-Bold": "DejaVuSans-Bold.ttf",
}

# One sheet's labels: (position on the sheet, 0-based; the label's plan).
PageItems = list[tuple[int, LabelPlan]]


# --- fonts --------------------------------------------------------------------------
@lru_cache(maxsize=4)
def raw_font(name: str) -> QRawFont:
    """The shipped DejaVu Sans file behind a reportlab font name, at 1000 px."""
    path = resources_dir() / "fonts" / FONT_FILES.get(name, "DejaVuSans.ttf")
    font = QRawFont(str(path), _EM, QFont.HintingPreference.PreferNoHinting)
    if not font.isValid():
        raise RuntimeError(f"cannot read the font {path}")
    return font


@lru_cache(maxsize=8192)
def text_outline(font_name: str, text: str) -> tuple[QPainterPath, float]:
    """Glyph outlines of ``text`` at 1000 px (baseline at y = 0, y down) and its advance."""
    font = raw_font(font_name)
    glyphs = font.glyphIndexesForString(text)
    advances = font.advancesForGlyphIndexes(glyphs, QRawFont.LayoutFlag.UseDesignMetrics)
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    x = 0.0
    for glyph, advance in zip(glyphs, advances, strict=True):
        path.addPath(font.pathForGlyph(glyph).translated(x, 0.0))
        x += advance.x()
    return path, x


def text_width(font_name: str, text: str, size: float) -> float:
    """Width in points, as the painter will draw it (equals reportlab's within 0.01 %)."""
    return text_outline(font_name, text)[1] * size / _EM


# --- one label ------------------------------------------------------------------------
def _qr_path(plan: LabelPlan) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    qr = plan.qr
    if qr is None:
        return path
    m = qr.module
    top = qr.y + qr.side
    for r, runs in enumerate(qr.matrix.runs):
        y = top - (r + 1) * m
        for start, length in runs:
            path.addRect(QRectF(qr.x + start * m, y, length * m, m))
    return path


@lru_cache(maxsize=4096)
def _bars(value: str) -> tuple[tuple[int, int], ...]:
    """Code 128 bars as (start, width) in narrow-bar units after the left quiet zone."""
    from reportlab.graphics.barcode.code128 import Code128

    symbol = Code128(value, barWidth=1, barHeight=1, quiet=False, humanReadable=False)
    symbol.validate()
    symbol.encode()
    symbol.decompose()
    bars, left = [], 0
    for ch in symbol.decomposed:
        units = ord(ch.lower()) - ord("a") + 1
        if ch.isupper():
            bars.append((left, units))
        left += units
    return tuple(bars)


def paint_plan(painter: QPainter, plan: LabelPlan) -> None:
    """Paint one label; the painter's frame is the plan's (points, origin lower-left, y up)."""
    painter.setPen(Qt.PenStyle.NoPen)
    black = QBrush(Qt.GlobalColor.black)
    if plan.qr is not None:
        painter.fillPath(_qr_path(plan), black)
    b = plan.barcode
    if b is not None:
        left = b.x + _BARCODE_QUIET * b.bar
        for start, units in _bars(b.value):
            painter.fillRect(QRectF(left + start * b.bar, b.y, units * b.bar, b.height), black)
    for t in plan.texts:
        outline, advance = text_outline(t.font, t.text)
        scale = t.size / _EM
        # reportlab rounds advances to 1/1000 em; stretch by that rounding so the text
        # ends exactly where the plan (and the PDF) say
        stretch = t.width / (advance * scale) if advance and t.width else 1.0
        painter.save()
        painter.translate(t.x, t.y)
        painter.scale(scale * stretch, -scale)  # glyphs are drawn y-down
        painter.fillPath(outline, black)
        painter.restore()


def label_shape(template: SheetTemplate) -> QPainterPath:
    """The label's outline in millimetres, origin at its top-left corner."""
    path = QPainterPath()
    rect = QRectF(0, 0, template.label_width_mm, template.label_height_mm)
    r = template.corner_radius_mm
    if r > 0:
        path.addRoundedRect(rect, r, r)
    else:
        path.addRect(rect)
    return path


# --- one sheet -----------------------------------------------------------------------
def paint_sheet(
    painter: QPainter,
    template: SheetTemplate,
    items: Sequence[tuple[int, LabelPlan]],
    *,
    outlines: bool = False,
    empty_outlines: bool = False,
) -> None:
    """Paint a sheet; the painter's frame is the page in millimetres, origin top left.

    ``outlines`` draws the edges of the labels that are printed (screen only);
    ``empty_outlines`` also those of the positions left empty.
    """
    shape = label_shape(template)
    used = {position for position, _ in items}
    if outlines or empty_outlines:
        pen = QPen(QColor(150, 150, 150), 0)  # cosmetic: one pixel whatever the scale
        for position in range(template.per_sheet):
            if not (outlines if position in used else empty_outlines):
                continue
            x, y = template.label_origin(position)
            painter.save()
            painter.translate(x, y)
            pen.setStyle(Qt.PenStyle.SolidLine if position in used else Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(shape)
            painter.restore()
    for position, plan in items:
        x, y = template.label_origin(position)
        painter.save()
        painter.translate(x, y)
        painter.setClipPath(shape, Qt.ClipOperation.IntersectClip)
        painter.translate(0, template.label_height_mm)
        painter.scale(1 / MM, -1 / MM)
        paint_plan(painter, plan)
        painter.restore()


def paginate(plans: Sequence[LabelPlan], start: int, per_sheet: int) -> list[PageItems]:
    """Plans placed on sheets from position ``start`` (1-based) of the first sheet."""
    pages: list[PageItems] = []
    for i, plan in enumerate(plans):
        page, position = divmod(start - 1 + i, per_sheet)
        while len(pages) <= page:
            pages.append([])
        pages[page].append((position, plan))
    return pages


# --- printers --------------------------------------------------------------------------
def page_layout(template: SheetTemplate) -> QPageLayout:
    """The sheet's paper, no margins (landscape when the sheet is wider than high)."""
    w, h = template.page_width_mm, template.page_height_mm
    landscape = w > h
    size = QPageSize(
        QSizeF(min(w, h), max(w, h)),
        QPageSize.Unit.Millimeter,
        template.display_title(),
        QPageSize.SizeMatchPolicy.FuzzyMatch,
    )
    orientation = (
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    )
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def prepare_printer(printer: QPrinter, template: SheetTemplate) -> None:
    """Paper of the sheet, full page (origin at the paper's corner), no scaling."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(template))
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)


def begin_page(painter: QPainter, printer: QPrinter, cal: PrinterCalibration) -> None:
    """Millimetre frame at the paper's corner, moved and scaled by the printer correction."""
    painter.resetTransform()
    painter.scale(printer.logicalDpiX() / 25.4, printer.logicalDpiY() / 25.4)
    painter.translate(cal.offset_x_mm, cal.offset_y_mm)
    painter.scale(cal.scale, cal.scale)


def print_pages(
    printer: QPrinter,
    template: SheetTemplate,
    pages: Sequence[Sequence[tuple[int, LabelPlan]]],
    calibration: PrinterCalibration | None = None,
) -> bool:
    """Print the sheets; False when the printer could not be started."""
    cal = calibration or PrinterCalibration()
    prepare_printer(printer, template)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for n, items in enumerate(pages):
            if n:
                printer.newPage()
            begin_page(painter, printer, cal)
            paint_sheet(painter, template, items)
    finally:
        painter.end()
    return True


@dataclass(frozen=True)
class RenderJob:
    """Everything ``render_labels`` needs, captured on the GUI thread for the task runner."""

    labels: list[LabelData]
    template: SheetTemplate
    layout: LabelLayout
    start: int
    calibration: PrinterCalibration
    library_name: str
    code_pattern: str

    @property
    def key(self) -> tuple[object, ...]:
        """What may change after the labels were planned (the PDF then is rendered again)."""
        return (self.start, self.calibration)

    def __call__(self, *, collect: bool) -> tuple[bytes, list[LabelPlan]]:
        plans: list[LabelPlan] = []
        pdf = render_labels(
            self.labels,
            self.template,
            self.layout,
            start=self.start,
            calibration=self.calibration,
            library_name=self.library_name,
            code_pattern=self.code_pattern,
            on_plan=(lambda _page, _pos, plan: plans.append(plan)) if collect else None,
        )
        return pdf, plans
