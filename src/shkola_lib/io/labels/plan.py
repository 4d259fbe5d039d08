"""Where everything goes on one label: the QR code, the barcode and the fitted texts.

A plan is pure geometry in points with the origin at the label's lower-left
corner; ``render`` only draws it. Every text in a plan is at most as wide as its
box and every box lies inside the label's padding, so clipping is never needed.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from shkola_lib.i18n import translate
from shkola_lib.io.labels import fit as fitmod
from shkola_lib.io.labels.data import LabelData
from shkola_lib.io.labels.qr import MM, QrPlacement, module_size, qr_matrix
from shkola_lib.io.labels.templates import LabelError, LabelLayout, SheetTemplate, TextSpec

CODE_FIELDS = ("inventory", "barcode", "copy_id")
BARCODE_QUIET = 10  # Code 128 needs 10 narrow bars of white on each side
_MAX_GAP = 2.5 * MM  # extra space between texts never grows beyond this
_TOL = 1e-6

Box = tuple[float, float, float, float]  # x, y, width, height (points)


@dataclass(frozen=True)
class PlacedText:
    """One line of text: ``x, y`` is the start of its baseline; ``box`` the space it may use."""

    field: str
    text: str
    font: str
    size: float
    x: float
    y: float
    width: float
    box: Box
    shortened: bool = False


@dataclass(frozen=True)
class PlacedBarcode:
    """A Code 128 symbol: ``x`` is the left edge of its left quiet zone."""

    value: str
    x: float
    y: float
    bar: float
    height: float
    modules: int  # narrow-bar widths, quiet zones included

    @property
    def box(self) -> Box:
        return (self.x, self.y, self.bar * self.modules, self.height)


@dataclass(frozen=True)
class LabelPlan:
    width: float
    height: float
    content: Box
    texts: tuple[PlacedText, ...]
    qr: QrPlacement | None = None
    barcode: PlacedBarcode | None = None
    code: str = ""


def validate_code_pattern(pattern: str) -> None:
    """Raise LabelError unless ``pattern`` uses only {inventory}, {barcode}, {copy_id}."""
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError:
        parts = None
    names = [p[1] for p in parts or [] if p[1] is not None]
    if (
        parts is None
        or not names
        or any(n not in CODE_FIELDS for n in names)
        or any(p[2] or p[3] for p in parts or [])
    ):
        raise LabelError(
            translate(
                "Labels",
                "The code pattern “{pattern}” must contain {{inventory}} (it may also use "
                "{{barcode}} and {{copy_id}}), e.g. https://lib.example.kz/copy/{{inventory}}.",
            ).format(pattern=pattern)
        )


def format_code(pattern: str, label: LabelData) -> str:
    """The text a label's code holds: the pattern filled in for this copy."""
    return pattern.format(
        inventory=label.inventory_number,
        barcode=label.barcode or label.inventory_number,
        copy_id="" if label.copy_id is None else str(label.copy_id),
    )


def _too_small(what: str, template: SheetTemplate, layout: LabelLayout) -> LabelError:
    return LabelError(
        translate(
            "Labels",
            "{what} does not fit on the {width} × {height} mm labels of “{sheet}” with the "
            "layout “{layout}”. Choose a larger sheet or another layout (e.g. “spine”).",
        ).format(
            what=what,
            width=f"{template.label_width_mm:g}",
            height=f"{template.label_height_mm:g}",
            sheet=template.name,
            layout=layout.name,
        )
    )


def _place_qr(code: str, content: Box, template: SheetTemplate, layout: LabelLayout) -> QrPlacement:
    x, y, w, h = content
    matrix = qr_matrix(code)
    module = module_size(matrix, box_pt=min(h, w * 0.6), max_side_pt=layout.qr_max_mm * MM)
    side = module * matrix.size
    if side < layout.qr_min_mm * MM - _TOL or module < layout.qr_min_module_mm * MM - _TOL:
        raise _too_small(translate("Labels", "The QR code"), template, layout)
    box_side = module * matrix.with_quiet_zone
    qx = x + (box_side - side) / 2
    qy = y + (h - side) / 2
    return QrPlacement(qx, qy, module, matrix)


def _place_barcode(
    value: str, column: Box, template: SheetTemplate, layout: LabelLayout
) -> PlacedBarcode:
    from reportlab.graphics.barcode.code128 import Code128  # imports every barcode widget

    x, y, w, _h = column
    if not value or not all(32 <= ord(ch) < 127 for ch in value):
        # reportlab would silently drop the letters it cannot encode
        raise LabelError(
            translate(
                "Labels",
                "“{value}” cannot be written as a Code 128 barcode (only Latin letters, digits "
                "and signs); choose a layout with a QR code.",
            ).format(value=value)
        )
    symbol = Code128(value, barWidth=1, barHeight=1, quiet=False, humanReadable=False)
    modules = round(symbol.width) + 2 * BARCODE_QUIET
    bar = min(layout.barcode_max_bar_mm * MM, w / modules)
    if bar < layout.barcode_min_bar_mm * MM - _TOL:
        raise _too_small(translate("Labels", "The barcode"), template, layout)
    left = x + (w - bar * modules) / 2
    return PlacedBarcode(value, left, y, bar, layout.barcode_height_mm * MM, modules)


def _field_text(spec: TextSpec, label: LabelData, library: str, code: str) -> str:
    return {
        "bbk": label.bbk,
        "author_sign": label.author_sign,
        "shelf_mark": " ".join(x for x in (label.bbk, label.author_sign) if x),
        "inventory": label.inventory_number,
        "title": label.title,
        "library": library,
        "code": code,
    }[spec.field]


def _fit_stack(
    blocks: list[tuple[TextSpec, str]], avail_w: float, avail_h: float
) -> list[tuple[TextSpec, fitmod.FittedText]] | None:
    """Fit the texts into the column, or None when even the smallest sizes are too tall.

    Order of sacrifices: shrink everything to 85 % at most; leave out optional
    texts (the last first); shrink down to each text's smallest size.
    """
    active = list(blocks)
    while True:
        for floor in (0.85, 0.0):
            scale = 1.0
            for _ in range(40):
                fitted = [
                    (
                        spec,
                        fitmod.fit(
                            text,
                            fitmod.BOLD if spec.bold else fitmod.REGULAR,
                            max_size=max(spec.min_size_pt, spec.size_pt * scale),
                            min_size=spec.min_size_pt,
                            avail=avail_w,
                            max_lines=spec.max_lines,
                        ),
                    )
                    for spec, text in active
                ]
                total = sum(f.height for _, f in fitted)
                if total <= avail_h + _TOL:
                    return fitted
                if scale <= floor or all(f.size <= s.min_size_pt for s, f in fitted):
                    break
                scale = max(floor, scale * min(0.97, avail_h / total))
            if floor == 0.85 and any(spec.optional for spec, _ in active):
                break  # drop an optional text before shrinking below 85 %
        optional = [i for i, (spec, _) in enumerate(active) if spec.optional]
        if not optional:
            return None
        del active[optional[-1]]


def _place_texts(
    fitted: list[tuple[TextSpec, fitmod.FittedText]], column: Box, align: str
) -> list[PlacedText]:
    x, y, w, h = column
    total = sum(f.height for _, f in fitted)
    loose = [i for i, (spec, _) in enumerate(fitted) if i > 0 and not spec.tight]
    free = h - total
    gap = min(free / len(loose), _MAX_GAP) if loose else 0.0
    top = y + h - (free - gap * len(loose)) / 2
    placed: list[PlacedText] = []
    for i, (spec, fitted_text) in enumerate(fitted):
        if i in loose:
            top -= gap
        font = fitmod.BOLD if spec.bold else fitmod.REGULAR
        size = fitted_text.size
        pitch = size * fitmod.LINE
        for line in fitted_text.lines:
            line_w = fitmod.width(line, font, size)
            lx = x + (w - line_w) / 2 if align == "center" else x
            baseline = top - size * (fitmod.ASCENT + 0.025)
            box = (x, top - pitch, w, pitch)
            placed.append(
                PlacedText(
                    spec.field, line, font, size, lx, baseline, line_w, box, fitted_text.shortened
                )
            )
            top -= pitch
    return placed


def plan_label(
    label: LabelData,
    template: SheetTemplate,
    layout: LabelLayout,
    *,
    library_name: str = "",
    code_pattern: str = "{inventory}",
) -> LabelPlan:
    """Lay one label out; raises LabelError when the layout cannot fit the sheet's label."""
    width, height = template.label_width_mm * MM, template.label_height_mm * MM
    pad = layout.padding_mm * MM
    content: Box = (pad, pad, width - 2 * pad, height - 2 * pad)
    if content[2] <= 0 or content[3] <= 0:
        raise _too_small(translate("Labels", "The padding"), template, layout)
    code = format_code(code_pattern, label)
    column = content
    qr = None
    if layout.has_qr:
        qr = _place_qr(code, content, template, layout)
        used = qr.box[2] + layout.code_gap_mm * MM
        column = (content[0] + used, content[1], content[2] - used, content[3])
    barcode = None
    if layout.has_barcode:
        value = label.inventory_number if layout.barcode_source == "inventory" else code
        barcode = _place_barcode(value, column, template, layout)
        used = barcode.height + layout.code_gap_mm * MM
        column = (column[0], column[1] + used, column[2], column[3] - used)
    if column[2] <= 0 or column[3] <= 0:
        raise _too_small(translate("Labels", "The text"), template, layout)
    blocks = [
        (spec, text)
        for spec in layout.texts
        if (text := " ".join(_field_text(spec, label, library_name, code).split()))
    ]
    fitted = _fit_stack(blocks, column[2], column[3])
    if fitted is None:
        raise _too_small(translate("Labels", "The text"), template, layout)
    texts = tuple(_place_texts(fitted, column, layout.align))
    return LabelPlan(width, height, content, texts, qr, barcode, code)
