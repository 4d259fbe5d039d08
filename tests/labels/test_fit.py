"""Nothing leaves its rectangle: text fitting, the plans, and the ink on a clip-free render."""

from __future__ import annotations

from itertools import product
from pathlib import Path

import pytest
from PIL import Image

from shkola_lib.io.labels import LabelData, LabelError, get_layout, get_template
from shkola_lib.io.labels import fit as fitmod
from shkola_lib.io.labels.plan import LabelPlan, plan_label
from shkola_lib.io.labels.qr import MM
from shkola_lib.io.labels.render import render_labels
from shkola_lib.paths import resources_dir

from .support import LONGEST_BBK, LONGEST_TITLE, PX_PER_MM, pdf_to_pngs

EPS = 1e-6
LIBRARY = "Алматы қаласы, Әуезов ауданы, № 127 жалпы білім беретін мектеп-гимназиясы"
WORST = [
    LabelData(1, "1234567", None, LONGEST_TITLE, LONGEST_BBK, "Ә234"),
    LabelData(2, "99999", None, "Ұ" * 80, "26.89(5Каз)я72-ҚӘҒ", "Ққ999"),
    LabelData(3, "1", None, "Қазақ әдебиеті", "84", ""),
    LabelData(4, "А-0042/2026", "4870001234567", "Ёлка", "", "Ё12"),
]
TEMPLATES = ["avery-3474", "avery-l7160", "avery-l7159", "avery-l7651"]
# read from the shipped files at collection time (never from a user folder)
SHIPPED_LAYOUTS = sorted(p.stem for p in (resources_dir() / "labels/layouts").glob("*.toml"))


@pytest.fixture(autouse=True)
def _fonts() -> None:
    fitmod.register_fonts()


def _inside(inner: tuple[float, ...], outer: tuple[float, ...]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return x >= ox - EPS and y >= oy - EPS and x + w <= ox + ow + EPS and y + h <= oy + oh + EPS


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[0] + b[2] and b[0] < a[0] + a[2] and a[1] < b[1] + b[3] and b[1] < a[1] + a[3]


def check_plan(plan: LabelPlan) -> None:
    """Every string measured with stringWidth fits its box; boxes stay in the padding."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for t in plan.texts:
        measured = stringWidth(t.text, t.font, t.size)
        assert abs(measured - t.width) < 1e-6
        bx, by, bw, bh = t.box
        assert measured <= bw + EPS, t
        assert t.x >= bx - EPS and t.x + measured <= bx + bw + EPS, t
        assert t.y + t.size * fitmod.ASCENT <= by + bh + EPS, t  # glyph tops
        assert t.y - t.size * fitmod.DESCENT >= by - EPS, t  # descenders (Қ, Ң, у)
        assert _inside(t.box, plan.content), t
        if plan.qr is not None:
            assert not _overlap(t.box, plan.qr.box), t
        if plan.barcode is not None:
            assert not _overlap(t.box, plan.barcode.box), t
    for a, b in zip(plan.texts, plan.texts[1:], strict=False):
        assert a.box[1] >= b.box[1] + b.box[3] - EPS  # lines never overlap each other
    if plan.qr is not None:
        assert _inside(plan.qr.box, plan.content)
    if plan.barcode is not None:
        assert _inside(plan.barcode.box, plan.content)


def test_fit_shrinks_then_shortens_with_an_ellipsis() -> None:
    font, avail = fitmod.REGULAR, 40 * MM
    short = fitmod.fit("Абай жолы", font, max_size=7, min_size=5.5, avail=avail)
    assert short.lines == ("Абай жолы",) and short.size == 7 and not short.shortened
    long = fitmod.fit(LONGEST_TITLE, font, max_size=7, min_size=5.5, avail=avail, max_lines=2)
    assert len(long.lines) == 2 and long.size == 5.5 and long.shortened
    assert long.lines[-1].endswith("…") and not long.lines[-1].endswith(" …")
    assert LONGEST_TITLE.startswith(" ".join(long.lines)[:-1])
    for line in long.lines:
        assert fitmod.width(line, font, long.size) <= avail
    squeezed = fitmod.fit(LONGEST_BBK, fitmod.BOLD, max_size=10, min_size=6, avail=30 * MM)
    assert squeezed.lines == (LONGEST_BBK,) and 6 <= squeezed.size < 10


def test_a_long_bbk_breaks_after_its_bracket_not_inside() -> None:
    lines, natural = fitmod.wrap(LONGEST_BBK, fitmod.BOLD, 9, 25 * MM)
    assert lines == ["84(2Рос=Рус)", "6-44"] and natural
    fitted = fitmod.fit(
        LONGEST_BBK, fitmod.BOLD, max_size=10, min_size=5.5, avail=21 * MM, max_lines=2
    )
    assert fitted.lines == ("84(2Рос=Рус)", "6-44")


def test_shortening_never_ends_on_a_dangling_preposition() -> None:
    text = "Сказочная повесть в трёх частях с иллюстрациями"
    cut = fitmod.ellipsize(
        text,
        fitmod.REGULAR,
        7,
        fitmod.width("Сказочная повесть в трёх частях с ил", fitmod.REGULAR, 7),
    )
    assert cut == "Сказочная повесть в трёх частях…"


@pytest.mark.parametrize(("sheet", "layout"), list(product(TEMPLATES, SHIPPED_LAYOUTS)))
def test_every_text_fits_its_box_on_every_sheet(sheet: str, layout: str) -> None:
    template, lay = get_template(sheet), get_layout(layout)
    for label in WORST:
        try:
            plan = plan_label(label, template, lay, library_name=LIBRARY)
        except LabelError as exc:
            message = str(exc)
            if "cannot be written as a Code 128 barcode" in message:
                # a Cyrillic inventory number cannot go into a Code 128 barcode
                assert lay.has_barcode and label.inventory_number.startswith("А-")
            else:
                # the spine-size sheet may refuse the layouts not made for it
                assert sheet == "avery-l7651" and not layout.startswith("spine"), message
                assert "Choose a larger sheet or another layout" in message
            continue
        check_plan(plan)
        assert any(t.field == "inventory" for t in plan.texts)
        inventory = next(t for t in plan.texts if t.field == "inventory")
        assert inventory.text == label.inventory_number  # never shortened
        if lay.has_qr and layout != "spine":
            assert plan.qr is not None and plan.qr.side >= 15 * MM - EPS


def test_plans_of_a_real_catalog_fit(hundred_labels: list[LabelData]) -> None:
    for sheet, layout in [(s, "standard") for s in TEMPLATES[:3]] + [("avery-l7651", "spine")]:
        for label in hundred_labels:
            check_plan(
                plan_label(label, get_template(sheet), get_layout(layout), library_name=LIBRARY)
            )


@pytest.mark.parametrize(
    ("sheet", "layout"),
    [("avery-3474", "standard"), ("avery-l7651", "spine"), ("avery-l7159", "qr-and-barcode")],
)
def test_no_ink_outside_the_padding_even_without_clipping(
    sheet: str, layout: str, tmp_path: Path
) -> None:
    """Rendered with the clip switched off, every dark pixel still lies inside the padding."""
    template, lay = get_template(sheet), get_layout(layout)
    labels = ((WORST[:3] if lay.has_barcode else WORST) * 30)[: template.per_sheet]
    pdf = render_labels(labels, template, lay, library_name=LIBRARY, clip=False)
    (png,) = pdf_to_pngs(pdf, tmp_path)
    page = Image.open(png).convert("L")
    ink = page.point(lambda v: 255 if v < 200 else 0)
    inside = Image.new("L", page.size, 0)
    slack = 0.15  # mm: antialiasing of glyph edges at 300 dpi
    for position in range(template.per_sheet):
        x, y = template.label_origin(position)
        pad = lay.padding_mm - slack
        box = (
            x + pad,
            y + pad,
            x + template.label_width_mm - pad,
            y + template.label_height_mm - pad,
        )
        inside.paste(255, tuple(round(v * PX_PER_MM) for v in box))
    outside_ink = Image.composite(Image.new("L", page.size, 0), ink, inside)
    assert outside_ink.getbbox() is None, outside_ink.getbbox()
    assert ink.getbbox() is not None  # and something was printed
