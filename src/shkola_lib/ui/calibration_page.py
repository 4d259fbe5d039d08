"""The printer calibration page painted with QPainter, as ``render_calibration_page`` draws it.

Every label's outline, centre cross and number, rulers across the first column
and the middle row, the instructions and a 100 mm bar for checking the scale;
printed through the same full-page millimetre frame and printer correction as
the labels (:func:`shkola_lib.ui.label_painter.begin_page`), so what it shows is
what the labels will do. The texts are the core's ("Labels" context), so they
share its translations.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPainter, QPen
from PySide6.QtPrintSupport import QPrinter

from shkola_lib.i18n import translate
from shkola_lib.io.labels import PrinterCalibration, SheetTemplate
from shkola_lib.io.labels.render import calibration_instructions
from shkola_lib.paths import resources_dir
from shkola_lib.ui.label_painter import FONT_FILES, MM, begin_page, label_shape, prepare_printer


@lru_cache(maxsize=1)
def app_font_family() -> str:
    """Register the shipped DejaVu Sans with Qt (for laid-out text) and return its family."""
    family = "DejaVu Sans"
    for file in FONT_FILES.values():
        font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / file))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = families[0] if families else family
    return family


def _text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    size_pt: float,
    *,
    bold: bool = False,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    draw: bool = True,
) -> float:
    """Draw wrapped text into ``rect`` (mm); returns the height it takes (mm)."""
    flags = int(align) | int(Qt.TextFlag.TextWordWrap)
    painter.save()
    painter.scale(0.01, 0.01)  # fonts take whole pixels: draw in hundredths of a millimetre
    font = QFont(app_font_family())
    font.setPixelSize(max(1, round(size_pt / MM * 100)))
    font.setBold(bold)
    painter.setFont(font)
    painter.setPen(QColor(0, 0, 0))
    big = QRectF(rect.x() * 100, rect.y() * 100, rect.width() * 100, rect.height() * 100)
    used = painter.boundingRect(big, flags, text)
    if draw:
        painter.drawText(big, flags, text)
    painter.restore()
    return used.height() / 100


def _ruler(painter: QPainter, length_mm: float, *, vertical: bool) -> None:
    """Millimetre ticks from 0 along +x (or downwards) with numbers every 10 mm."""
    painter.setPen(QPen(QColor(0, 0, 0), 0.09))
    for mm in range(int(length_mm) + 1):
        tick = 3.0 if mm % 10 == 0 else 2.0 if mm % 5 == 0 else 1.0
        if vertical:
            painter.drawLine(QPointF(-tick / 2, mm), QPointF(tick / 2, mm))
        else:
            painter.drawLine(QPointF(mm, -tick / 2), QPointF(mm, tick / 2))
        if mm % 10 == 0 and mm:
            if vertical:
                _text(painter, QRectF(2.0, mm - 1.1, 10, 3), str(mm), 5)
            else:
                box = QRectF(mm - 5, -4.6, 10, 3)
                _text(painter, box, str(mm), 5, align=Qt.AlignmentFlag.AlignHCenter)
        painter.setPen(QPen(QColor(0, 0, 0), 0.09))
    end = QPointF(0, length_mm) if vertical else QPointF(length_mm, 0)
    painter.drawLine(QPointF(0, 0), end)


def paint_calibration(painter: QPainter, template: SheetTemplate, cal: PrinterCalibration) -> None:
    """The calibration page of ``render_calibration_page`` (painter frame: page in mm).

    Every label's outline, centre cross and number, rulers across the first column
    and the middle row, the instructions and a 100 mm bar for checking the scale.
    """
    shape = label_shape(template)
    number_pt = min(7.0, template.label_height_mm * MM / 4)
    for position in range(template.per_sheet):
        x, y = template.label_origin(position)
        painter.save()
        painter.translate(x, y)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(89, 89, 89), 0.1))
        painter.drawPath(shape)
        cx, cy = template.label_width_mm / 2, template.label_height_mm / 2
        arm = min(3.0, template.label_width_mm / 6, template.label_height_mm / 6)
        painter.drawLine(QPointF(cx - arm, cy), QPointF(cx + arm, cy))
        painter.drawLine(QPointF(cx, cy - arm), QPointF(cx, cy + arm))
        height = number_pt / MM * 1.3
        box = QRectF(cx - 10, cy - arm - 0.3 - height, 20, height)
        _text(painter, box, str(position + 1), number_pt, align=Qt.AlignmentFlag.AlignHCenter)
        painter.restore()
    w_mm, h_mm = template.page_width_mm, template.page_height_mm
    ruler_x = template.label_origin(0)[0] + template.label_width_mm * 0.25
    left = max((w_mm - 150.0) / 2, ruler_x + 8.0)
    box_w = max(60.0, min(150.0, w_mm - left - 8.0))
    top, pad = h_mm * 0.12, 3.0
    lines = calibration_instructions(template, cal)
    probe = QRectF(left + pad, 0, box_w - 2 * pad, 500)
    heights = [
        _text(painter, probe, text, 9.0 if bold else 7.5, bold=bold, draw=False) + 0.7
        for text, bold in lines
    ]
    bottom = top + sum(heights) + 2 * pad + 18  # room for the 100 mm bar
    painter.setPen(QPen(QColor(0, 0, 0), 0.18))
    painter.setBrush(QColor(255, 255, 255))
    painter.drawRect(QRectF(left, top, box_w, bottom - top))
    y = top + pad
    for (text, bold), height in zip(lines, heights, strict=True):
        rect = QRectF(left + pad, y, box_w - 2 * pad, height + 5)
        _text(painter, rect, text, 9.0 if bold else 7.5, bold=bold)
        y += height
    bar_y = bottom - 9
    painter.save()
    painter.translate(left + (box_w - 100) / 2, bar_y)
    _ruler(painter, 100, vertical=False)
    painter.restore()
    caption = translate("Labels", "100 mm bar for checking the scale")
    _text(painter, QRectF(0, bar_y + 3.2, w_mm, 3), caption, 6, align=Qt.AlignmentFlag.AlignHCenter)
    _, ym = template.label_origin((template.rows // 2) * template.columns)
    painter.save()
    painter.translate(0, ym + template.label_height_mm * 0.25)
    _ruler(painter, w_mm, vertical=False)
    painter.restore()
    painter.save()
    painter.translate(ruler_x, 0)
    _ruler(painter, h_mm, vertical=True)
    painter.restore()


def print_calibration(printer: QPrinter, template: SheetTemplate, cal: PrinterCalibration) -> bool:
    prepare_printer(printer, template)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        begin_page(painter, printer, cal)
        paint_calibration(painter, template, cal)
    finally:
        painter.end()
    return True
