"""Label sheets, label layouts and printer corrections, and their validation.

Koha's proven split: a *template* is the physical sheet (page, label size,
margins, gaps, rows, columns), a *layout* says what is printed on each label and
where, a *printer calibration* corrects one printer's offset and scale. They are
data files (see ``store`` for reading and saving them); every message here is
for the librarian and says what to change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from shkola_lib.i18n import translate

NAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
# Rounding slack when checking that labels fit (mm).
_EPS = 0.005
CODES = ("qr", "code128", "qr+code128", "none")
FIELDS = ("bbk", "author_sign", "shelf_mark", "inventory", "title", "library", "code")
BARCODE_SOURCES = ("inventory", "code")


class LabelError(ValueError):
    """Labels cannot be made as asked; the message is for the librarian."""


class TemplateError(LabelError):
    """A sheet, layout or calibration is invalid; the message says what to change."""


@dataclass(frozen=True)
class SheetTemplate:
    """A physical label sheet; all lengths in millimetres, origin at the page's top left."""

    name: str
    title: str
    page_width_mm: float
    page_height_mm: float
    margin_top_mm: float
    margin_left_mm: float
    label_width_mm: float
    label_height_mm: float
    gap_x_mm: float
    gap_y_mm: float
    columns: int
    rows: int
    corner_radius_mm: float = 0.0
    title_kk: str = ""
    title_ru: str = ""
    user: bool = field(default=False, compare=False)

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def display_title(self, lang: str = "") -> str:
        return {"kk": self.title_kk, "ru": self.title_ru}.get(lang, "") or self.title

    def label_origin(self, position: int) -> tuple[float, float]:
        """Top-left corner (x, y from the page's top left, mm) of label ``position`` (0-based)."""
        row, col = divmod(position % self.per_sheet, self.columns)
        x = self.margin_left_mm + col * (self.label_width_mm + self.gap_x_mm)
        y = self.margin_top_mm + row * (self.label_height_mm + self.gap_y_mm)
        return x, y


@dataclass(frozen=True)
class TextSpec:
    """One text of a layout: which field, how large at most and at least, how many lines."""

    field: str
    size_pt: float
    min_size_pt: float
    bold: bool = False
    max_lines: int = 1
    optional: bool = False
    # No extra space between this text and the one before (ББК over author sign).
    tight: bool = False


@dataclass(frozen=True)
class LabelLayout:
    """What goes on each label and where (see ``resources/labels/layouts/*.toml``)."""

    name: str
    title: str
    texts: tuple[TextSpec, ...]
    code: str = "qr"
    padding_mm: float = 2.0
    align: str = "left"
    qr_min_mm: float = 15.0
    qr_max_mm: float = 18.0
    qr_min_module_mm: float = 0.35
    code_gap_mm: float = 0.6
    barcode_source: str = "inventory"
    barcode_height_mm: float = 8.0
    barcode_min_bar_mm: float = 0.25
    barcode_max_bar_mm: float = 0.5
    title_kk: str = ""
    title_ru: str = ""
    user: bool = field(default=False, compare=False)

    @property
    def has_qr(self) -> bool:
        return self.code in ("qr", "qr+code128")

    @property
    def has_barcode(self) -> bool:
        return self.code in ("code128", "qr+code128")

    def display_title(self, lang: str = "") -> str:
        return {"kk": self.title_kk, "ru": self.title_ru}.get(lang, "") or self.title


@dataclass(frozen=True)
class PrinterCalibration:
    """One printer's correction: positive offsets move the print right and down (mm).

    ``scale`` enlarges (>1) or shrinks (<1) the whole drawing about the page's
    top-left corner, for printers that print a little smaller or larger.
    """

    offset_x_mm: float = 0.0
    offset_y_mm: float = 0.0
    scale: float = 1.0


def err(translated: str, **values: object) -> TemplateError:
    return TemplateError(translated.format(**values))


def _n(value: float) -> str:
    return f"{value:g}"


def validate_template(t: SheetTemplate) -> None:
    """Raise TemplateError with a message for the librarian when the sheet is impossible."""
    if not NAME_PATTERN.match(t.name):
        raise err(
            translate(
                "Labels",
                "The sheet name “{name}” may use only small Latin letters, digits, dots, "
                "dashes and underscores.",
            ),
            name=t.name,
        )
    if not t.title.strip():
        raise err(translate("Labels", "Give the sheet a title that you will recognise."))
    for label, value in (
        (translate("Labels", "page width"), t.page_width_mm),
        (translate("Labels", "page height"), t.page_height_mm),
        (translate("Labels", "label width"), t.label_width_mm),
        (translate("Labels", "label height"), t.label_height_mm),
    ):
        if not 0 < value <= 2000:
            raise err(translate("Labels", "The {what} must be more than 0 mm."), what=label)
    for label, value in (
        (translate("Labels", "top margin"), t.margin_top_mm),
        (translate("Labels", "left margin"), t.margin_left_mm),
        (translate("Labels", "horizontal gap"), t.gap_x_mm),
        (translate("Labels", "vertical gap"), t.gap_y_mm),
        (translate("Labels", "corner radius"), t.corner_radius_mm),
    ):
        if value < 0:
            raise err(translate("Labels", "The {what} cannot be negative."), what=label)
    if t.columns < 1 or t.rows < 1 or t.columns * t.rows > 1000:
        raise err(translate("Labels", "A sheet needs 1 to 1000 labels (columns × rows)."))
    need_w = t.margin_left_mm + t.columns * t.label_width_mm + (t.columns - 1) * t.gap_x_mm
    if need_w > t.page_width_mm + _EPS:
        raise err(
            translate(
                "Labels",
                "The labels do not fit on the page: {columns} columns of {width} mm with "
                "{gap} mm gaps and a {margin} mm margin need {need} mm, "
                "the page is {page} mm wide.",
            ),
            columns=t.columns,
            width=_n(t.label_width_mm),
            gap=_n(t.gap_x_mm),
            margin=_n(t.margin_left_mm),
            need=_n(round(need_w, 2)),
            page=_n(t.page_width_mm),
        )
    need_h = t.margin_top_mm + t.rows * t.label_height_mm + (t.rows - 1) * t.gap_y_mm
    if need_h > t.page_height_mm + _EPS:
        raise err(
            translate(
                "Labels",
                "The labels do not fit on the page: {rows} rows of {height} mm with {gap} mm "
                "gaps and a {margin} mm margin need {need} mm, the page is {page} mm high.",
            ),
            rows=t.rows,
            height=_n(t.label_height_mm),
            gap=_n(t.gap_y_mm),
            margin=_n(t.margin_top_mm),
            need=_n(round(need_h, 2)),
            page=_n(t.page_height_mm),
        )
    if t.corner_radius_mm * 2 > min(t.label_width_mm, t.label_height_mm):
        raise err(translate("Labels", "The corner radius is larger than half the label."))


def validate_layout(layout: LabelLayout) -> None:
    """Raise TemplateError when a layout's settings contradict each other."""
    if not NAME_PATTERN.match(layout.name):
        raise err(translate("Labels", "The layout name “{name}” is not valid."), name=layout.name)
    if layout.code not in CODES:
        raise err(
            translate("Labels", "Unknown code type “{code}” (use {known})."),
            code=layout.code,
            known=", ".join(CODES),
        )
    if layout.align not in ("left", "center"):
        raise err(translate("Labels", "Text alignment must be “left” or “center”."))
    if layout.barcode_source not in BARCODE_SOURCES:
        raise err(translate("Labels", "The barcode can hold “inventory” or “code”."))
    if layout.padding_mm < 0 or layout.code_gap_mm < 0:
        raise err(translate("Labels", "Padding and gaps cannot be negative."))
    if layout.has_qr and not (
        0 <= layout.qr_min_mm <= layout.qr_max_mm and layout.qr_min_module_mm > 0
    ):
        raise err(
            translate("Labels", "The QR code's smallest size must not exceed its largest size.")
        )
    if layout.has_barcode and not (
        0 < layout.barcode_min_bar_mm <= layout.barcode_max_bar_mm and layout.barcode_height_mm > 0
    ):
        raise err(
            translate("Labels", "The barcode's narrowest bar must not exceed its widest bar.")
        )
    for spec in layout.texts:
        if spec.field not in FIELDS:
            raise err(
                translate("Labels", "Unknown text field “{field}” (use {known})."),
                field=spec.field,
                known=", ".join(FIELDS),
            )
        if not (0 < spec.min_size_pt <= spec.size_pt) or spec.max_lines < 1:
            raise err(
                translate(
                    "Labels",
                    "The text “{field}” needs a smallest size above 0 and not above its size.",
                ),
                field=spec.field,
            )


def validate_calibration(c: PrinterCalibration) -> None:
    if abs(c.offset_x_mm) > 30 or abs(c.offset_y_mm) > 30:
        raise err(translate("Labels", "A printer offset of more than 30 mm is surely a mistake."))
    if not 0.8 <= c.scale <= 1.2:
        raise err(
            translate(
                "Labels", "The printer scale must be between 0.8 and 1.2 (1 means unchanged)."
            )
        )


def next_position(template: SheetTemplate, start: int, count: int) -> int:
    """The first free position (1-based) on the last sheet after printing ``count`` labels."""
    return (start - 1 + count) % template.per_sheet + 1
