"""Label sheets and the calibration page as PDF (reportlab, DejaVu Sans embedded).

Coordinates: templates measure from the page's top-left corner in millimetres;
the printer calibration moves (offset) and scales the whole drawing about that
corner, exactly as the printer's error would, so positive offsets move the print
right and down.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from reportlab.pdfgen.canvas import Canvas

from shkola_lib import __version__
from shkola_lib.i18n import translate
from shkola_lib.io.labels import fit as fitmod
from shkola_lib.io.labels.data import LabelData
from shkola_lib.io.labels.plan import (
    BARCODE_QUIET,
    LabelPlan,
    plan_label,
    validate_code_pattern,
)
from shkola_lib.io.labels.qr import MM, path_operators
from shkola_lib.io.labels.templates import (
    LabelError,
    LabelLayout,
    PrinterCalibration,
    SheetTemplate,
    validate_calibration,
    validate_layout,
    validate_template,
)

PlanHook = Callable[[int, int, LabelPlan], None]  # (page, position on the page, plan)


def _canvas(buf: io.BytesIO, template: SheetTemplate, title: str) -> Canvas:
    fitmod.register_fonts()
    canvas = Canvas(
        buf,
        pagesize=(template.page_width_mm * MM, template.page_height_mm * MM),
        invariant=1,
        pageCompression=1,
        initialFontName=fitmod.REGULAR,  # else every page names an unembedded Helvetica
        initialFontSize=8,
    )
    canvas.setTitle(title)
    canvas.setCreator(f"Shkola-Lib {__version__}")
    return canvas


def _begin_page(canvas: Canvas, template: SheetTemplate, cal: PrinterCalibration) -> None:
    """Put the origin at the (corrected) top-left corner, y growing upwards as usual."""
    canvas.saveState()
    canvas.translate(cal.offset_x_mm * MM, (template.page_height_mm - cal.offset_y_mm) * MM)
    canvas.scale(cal.scale, cal.scale)


def _label_corner(template: SheetTemplate, position: int) -> tuple[float, float]:
    """Lower-left corner of a label in the page frame set by ``_begin_page`` (points)."""
    x, y = template.label_origin(position)
    return x * MM, -(y + template.label_height_mm) * MM


def _label_path(canvas: Canvas, template: SheetTemplate, x: float = 0.0, y: float = 0.0):
    path = canvas.beginPath()
    w, h = template.label_width_mm * MM, template.label_height_mm * MM
    if template.corner_radius_mm > 0:
        path.roundRect(x, y, w, h, template.corner_radius_mm * MM)
    else:
        path.rect(x, y, w, h)
    return path


def draw_plan(canvas: Canvas, plan: LabelPlan) -> None:
    """Draw one planned label with its lower-left corner at the current origin."""
    canvas.setFillGray(0)
    if plan.qr is not None:
        canvas.addLiteral(path_operators(plan.qr))
    if plan.barcode is not None:
        from reportlab.graphics.barcode.code128 import Code128

        b = plan.barcode
        symbol = Code128(
            b.value,
            barWidth=b.bar,
            barHeight=b.height,
            quiet=True,
            lquiet=BARCODE_QUIET * b.bar,
            rquiet=BARCODE_QUIET * b.bar,
            humanReadable=False,
        )
        symbol.drawOn(canvas, b.x, b.y)
        canvas.setFillGray(0)
    font = size = None
    for t in plan.texts:
        if (t.font, t.size) != (font, size):
            font, size = t.font, t.size
            canvas.setFont(font, size)
        canvas.drawString(t.x, t.y, t.text)


def render_labels(
    labels: Sequence[LabelData],
    template: SheetTemplate,
    layout: LabelLayout,
    *,
    start: int = 1,
    calibration: PrinterCalibration | None = None,
    library_name: str = "",
    code_pattern: str = "{inventory}",
    clip: bool = True,
    outlines: bool = False,
    on_plan: PlanHook | None = None,
) -> bytes:
    """A PDF of ``labels`` on ``template`` sheets, the first at position ``start`` (1-based).

    Positions before ``start`` on the first sheet stay empty (a partly used sheet).
    Each label is clipped to its rectangle as a safety net only: the plan already
    keeps everything inside the padding. ``outlines`` draws the label edges (for
    previews on plain paper); ``on_plan`` sees every label's plan (for tests).
    """
    validate_template(template)
    validate_layout(layout)
    cal = calibration or PrinterCalibration()
    validate_calibration(cal)
    validate_code_pattern(code_pattern)
    if not labels:
        raise LabelError(translate("Labels", "There are no labels to print."))
    if not 1 <= start <= template.per_sheet:
        raise LabelError(
            translate("Labels", "The first label must be between 1 and {n} on this sheet.").format(
                n=template.per_sheet
            )
        )
    buf = io.BytesIO()
    canvas = _canvas(buf, template, translate("Labels", "Labels"))
    page = -1
    for i, label in enumerate(labels):
        slot = start - 1 + i
        if slot // template.per_sheet != page:
            if page >= 0:
                canvas.restoreState()
                canvas.showPage()
            page = slot // template.per_sheet
            _begin_page(canvas, template, cal)
        position = slot % template.per_sheet
        plan = plan_label(
            label, template, layout, library_name=library_name, code_pattern=code_pattern
        )
        if on_plan is not None:
            on_plan(page, position, plan)
        x, y = _label_corner(template, position)
        canvas.saveState()
        canvas.translate(x, y)
        if outlines:
            canvas.setLineWidth(0.2)
            canvas.setStrokeGray(0.6)
            canvas.drawPath(_label_path(canvas, template), stroke=1, fill=0)
        if clip:
            canvas.clipPath(_label_path(canvas, template), stroke=0, fill=0)
        draw_plan(canvas, plan)
        canvas.restoreState()
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def _ruler(canvas: Canvas, length_mm: float, *, vertical: bool) -> None:
    """Millimetre ticks from 0 along +x (or downwards, -y) with numbers every 10 mm."""
    canvas.setLineWidth(0.25)
    canvas.setFont(fitmod.REGULAR, 5)
    for mm in range(int(length_mm) + 1):
        tick = (3.0 if mm % 10 == 0 else 2.0 if mm % 5 == 0 else 1.0) * MM
        p = mm * MM
        if vertical:
            canvas.line(-tick / 2, -p, tick / 2, -p)
            if mm % 10 == 0 and mm:
                canvas.drawString(2.0 * MM, -p - 1.8, str(mm))
        else:
            canvas.line(p, -tick / 2, p, tick / 2)
            if mm % 10 == 0 and mm:
                canvas.drawCentredString(p, 2.0 * MM, str(mm))
    if vertical:
        canvas.line(0, 0, 0, -length_mm * MM)
    else:
        canvas.line(0, 0, length_mm * MM, 0)


def _text_box(
    canvas: Canvas, lines: list[tuple[str, bool]], x: float, top: float, w: float
) -> float:
    """Instruction paragraphs in a white box under ``top``; returns the box's bottom."""
    pad = 3 * MM
    wrapped = []
    for text, bold in lines:
        font, size = (fitmod.BOLD, 9.0) if bold else (fitmod.REGULAR, 7.5)
        wrapped.append((font, size, fitmod.wrap(text, font, size, w - 2 * pad)[0]))
    text_h = sum(len(ls) * size * fitmod.LINE + 2 for _, size, ls in wrapped)
    bottom = top - text_h - 2 * pad - 18 * MM  # room for the 100 mm bar
    canvas.setFillGray(1)
    canvas.setStrokeGray(0)
    canvas.setLineWidth(0.5)
    canvas.rect(x, bottom, w, top - bottom, stroke=1, fill=1)
    canvas.setFillGray(0)
    y = top - pad
    for font, size, paragraph in wrapped:
        canvas.setFont(font, size)
        for line in paragraph:
            y -= size * fitmod.LINE
            canvas.drawString(x + pad, y + size * fitmod.DESCENT, line)
        y -= 2
    return bottom


def calibration_instructions(
    template: SheetTemplate, cal: PrinterCalibration
) -> list[tuple[str, bool]]:
    """The calibration page's texts, (text, bold), for the PDF and the on-screen preview."""
    return [
        (translate("Labels", "Calibration page: {sheet}").format(sheet=template.title), True),
        (
            translate(
                "Labels",
                "Print this page at 100 % (“Actual size”, not “Fit to page”) on plain paper, "
                "lay it on a sheet of labels and hold both against the light.",
            ),
            False,
        ),
        (
            translate(
                "Labels",
                "If the outlines miss the labels, read on the rulers where a real label's edge "
                "lies and change the printer offset by the difference (positive moves the print "
                "right and down). If the labels drift further off towards the bottom or the "
                "right, measure the 100 mm bar and set the scale to 100 ÷ the measured length.",
            ),
            False,
        ),
        (
            translate(
                "Labels",
                "Rulers in millimetres from the page's top-left corner. Current correction: "
                "right {x} mm, down {y} mm, scale {scale}.",
            ).format(x=f"{cal.offset_x_mm:g}", y=f"{cal.offset_y_mm:g}", scale=f"{cal.scale:g}"),
            False,
        ),
    ]


def render_calibration_page(
    template: SheetTemplate, calibration: PrinterCalibration | None = None
) -> bytes:
    """One page with every label's outline, centre cross and number, rulers and a 100 mm bar.

    Drawn with the printer correction applied, like the labels themselves: printed
    on plain paper and laid on a label sheet against the light, the outlines should
    cover the real labels; where they do not, the rulers tell by how much.
    """
    validate_template(template)
    cal = calibration or PrinterCalibration()
    validate_calibration(cal)
    buf = io.BytesIO()
    canvas = _canvas(buf, template, translate("Labels", "Calibration page"))
    _begin_page(canvas, template, cal)
    w_mm, h_mm = template.page_width_mm, template.page_height_mm
    canvas.setStrokeGray(0.35)
    canvas.setLineWidth(0.3)
    number_size = min(7.0, template.label_height_mm * MM / 4)
    for position in range(template.per_sheet):
        x, y = _label_corner(template, position)
        canvas.drawPath(_label_path(canvas, template, x, y), stroke=1, fill=0)
        cx = x + template.label_width_mm * MM / 2
        cy = y + template.label_height_mm * MM / 2
        arm = min(3.0, template.label_width_mm / 6, template.label_height_mm / 6) * MM
        canvas.line(cx - arm, cy, cx + arm, cy)
        canvas.line(cx, cy - arm, cx, cy + arm)
        canvas.setFont(fitmod.REGULAR, number_size)
        canvas.drawCentredString(cx, cy + arm + 1, str(position + 1))
    canvas.setStrokeGray(0)
    canvas.setFillGray(0)
    ruler_x = template.label_origin(0)[0] + template.label_width_mm * 0.25
    left = max((w_mm - 150.0) / 2, ruler_x + 8.0)
    box_x, box_w = left * MM, max(60.0, min(150.0, w_mm - left - 8.0)) * MM
    box_top = -h_mm * 0.12 * MM
    lines = calibration_instructions(template, cal)
    bar_y = _text_box(canvas, lines, box_x, box_top, box_w) + 9 * MM
    canvas.saveState()
    canvas.translate(box_x + (box_w - 100 * MM) / 2, bar_y)
    _ruler(canvas, 100, vertical=False)
    canvas.restoreState()
    canvas.setFont(fitmod.REGULAR, 6)
    canvas.drawCentredString(
        w_mm * MM / 2, bar_y - 5 * MM, translate("Labels", "100 mm bar for checking the scale")
    )
    # The rulers cross the label edges a quarter into a label, away from the centre
    # crosses and numbers, in the first column and the middle row.
    _, ym = template.label_origin((template.rows // 2) * template.columns)
    canvas.saveState()
    canvas.translate(0, -(ym + template.label_height_mm * 0.25) * MM)
    _ruler(canvas, w_mm, vertical=False)
    canvas.restoreState()
    canvas.saveState()
    canvas.translate(ruler_x * MM, 0)
    _ruler(canvas, h_mm, vertical=True)
    canvas.restoreState()
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return buf.getvalue()
