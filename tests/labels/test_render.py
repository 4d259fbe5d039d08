"""Label PDFs as a scanner and a librarian see them: decoded and read back from 300 dpi renders."""

from __future__ import annotations

import re
import statistics
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from shkola_lib.io.labels import (
    LabelData,
    LabelError,
    PrinterCalibration,
    get_layout,
    get_template,
    render_calibration_page,
    render_labels,
)
from shkola_lib.io.labels.plan import LabelPlan

from .support import (
    HARD_RECORDS,
    PX_PER_MM,
    decode,
    expected_slots,
    in_reading_order,
    page_count,
    pdf_text,
    pdf_to_pngs,
)

LIBRARY = "№ 12 мектеп-гимназиясының кітапханасы"
SHEETS = [
    ("avery-3474", "standard"),
    ("avery-l7160", "standard"),
    ("avery-l7159", "standard"),
    ("avery-l7651", "spine"),
]


@pytest.mark.parametrize(("sheet", "layout"), SHEETS)
def test_hundred_labels_decode_in_sheet_order(
    sheet: str, layout: str, hundred_labels: list[LabelData], tmp_path: Path
) -> None:
    template, lay = get_template(sheet), get_layout(layout)
    plans: list[LabelPlan] = []
    pdf = render_labels(
        hundred_labels,
        template,
        lay,
        library_name=LIBRARY,
        on_plan=lambda _page, _pos, plan: plans.append(plan),
    )
    assert page_count(pdf) == -(-100 // template.per_sheet)
    found = decode(pdf_to_pngs(pdf, tmp_path))
    expected = list(
        zip(
            expected_slots(100, template), [x.inventory_number for x in hundred_labels], strict=True
        )
    )
    assert in_reading_order(found, template) == expected
    # QR symbols: at least 15 mm on normal labels; on the spine never below 0.35 mm modules.
    for plan in plans:
        assert plan.qr is not None
        if layout == "standard":
            assert plan.qr.side >= 15 * 72 / 25.4 - 1e-6
        assert plan.qr.module >= 0.35 * 72 / 25.4 - 1e-6
    text = " ".join(pdf_text(pdf, tmp_path).split())
    for _title, bbk, sign, _author in HARD_RECORDS:
        assert bbk.split("(")[0] in text and sign in text
    if layout == "standard":
        assert "Қазақ әдебиеті: хрестоматия" in text
        assert "Өлеңдер мен поэмалар" in text
        assert LIBRARY in text
        assert "84(5Каз)7-44" in text and "84(2Рос=Рус)6-44" in text
    else:  # the spine breaks a long ББК after the bracket: "84(2Рос=Рус)" / "6-44"
        assert "84(2Рос=Рус) 6-44" in text or "84(2Рос=Рус)6-44" in text
    assert "\ufffd" not in text and "□" not in text


def test_starting_at_label_n_leaves_the_first_positions_empty(
    hundred_labels: list[LabelData], tmp_path: Path
) -> None:
    template = get_template("avery-3474")
    labels = hundred_labels[:30]
    pdf = render_labels(labels, template, get_layout("standard"), start=5)
    pngs = pdf_to_pngs(pdf, tmp_path)
    assert len(pngs) == 2  # 4 empty + 30 labels = 34 positions
    found = in_reading_order(decode(pngs), template)
    assert found == list(
        zip(
            expected_slots(30, template, start=5), [x.inventory_number for x in labels], strict=True
        )
    )
    page = Image.open(pngs[0]).convert("L")
    for position in range(4):  # no ink at all on the used-up labels
        x, y = template.label_origin(position)
        box = [round(v * PX_PER_MM) for v in (x, y, x + template.label_width_mm, y + 37)]
        assert page.crop(tuple(box)).getextrema()[0] > 250


def _centres(pdf: bytes, folder: Path) -> dict[str, tuple[float, float]]:
    return {f.text: (f.x_mm, f.y_mm) for f in decode(pdf_to_pngs(pdf, folder))}


def test_printer_offset_moves_every_label_by_exactly_that(
    hundred_labels: list[LabelData], tmp_path: Path
) -> None:
    template, layout = get_template("avery-3474"), get_layout("standard")
    labels = hundred_labels[:24]
    plain = _centres(render_labels(labels, template, layout), tmp_path / "a")
    moved = _centres(
        render_labels(labels, template, layout, calibration=PrinterCalibration(2.0, -1.5)),
        tmp_path / "b",
    )
    assert len(plain) == len(moved) == 24
    dx = [moved[k][0] - plain[k][0] for k in plain]
    dy = [moved[k][1] - plain[k][1] for k in plain]
    assert all(abs(d - 2.0) <= 0.1 for d in dx), dx
    assert all(abs(d + 1.5) <= 0.1 for d in dy), dy
    # 1 pixel at 300 dpi is 0.085 mm: the renders agree to the pixel, the means closer still
    assert abs(statistics.mean(dx) - 2.0) <= 0.085 and abs(statistics.mean(dy) + 1.5) <= 0.085


def test_printer_scale_scales_about_the_top_left_corner(
    hundred_labels: list[LabelData], tmp_path: Path
) -> None:
    template, layout = get_template("avery-l7160"), get_layout("standard")
    labels = hundred_labels[:21]
    plain = _centres(render_labels(labels, template, layout), tmp_path / "a")
    scaled = _centres(
        render_labels(labels, template, layout, calibration=PrinterCalibration(scale=1.02)),
        tmp_path / "b",
    )
    assert len(plain) == len(scaled) == 21
    for key, (x, y) in plain.items():
        assert abs(scaled[key][0] - 1.02 * x) <= 0.1
        assert abs(scaled[key][1] - 1.02 * y) <= 0.1


def test_code128_layouts_decode_to_inventory_numbers(
    hundred_labels: list[LabelData], tmp_path: Path
) -> None:
    template = get_template("avery-l7160")
    labels = hundred_labels[-21:]
    numbers = [x.inventory_number for x in labels]
    pdf = render_labels(labels, template, get_layout("barcode"), library_name=LIBRARY)
    found = decode(pdf_to_pngs(pdf, tmp_path / "a"), zxingcpp.BarcodeFormat.Code128)
    assert [text for _, text in in_reading_order(found, template)] == numbers
    pdf = render_labels(labels, template, get_layout("qr-and-barcode"), library_name=LIBRARY)
    pngs = pdf_to_pngs(pdf, tmp_path / "b")
    linear = decode(pngs, zxingcpp.BarcodeFormat.Code128)
    assert [text for _, text in in_reading_order(linear, template)] == numbers
    assert [text for _, text in in_reading_order(decode(pngs), template)] == numbers


def test_code_pattern_puts_a_link_in_the_qr_code(
    hundred_labels: list[LabelData], tmp_path: Path
) -> None:
    template = get_template("avery-l7159")
    labels = hundred_labels[:24]
    pattern = "https://lib.example.kz/copy/{inventory}"
    pdf = render_labels(labels, template, get_layout("standard"), code_pattern=pattern)
    found = in_reading_order(decode(pdf_to_pngs(pdf, tmp_path)), template)
    assert [text for _, text in found] == [
        pattern.format(inventory=x.inventory_number) for x in labels
    ]
    with pytest.raises(LabelError, match="inventory"):
        render_labels(labels, template, get_layout("standard"), code_pattern="{title}")


def test_calibration_page_has_outlines_rulers_and_the_correction(tmp_path: Path) -> None:
    template = get_template("avery-l7160")
    pdf = render_calibration_page(template, PrinterCalibration(1.5, -0.5, 1.01))
    assert page_count(pdf) == 1
    text = " ".join(pdf_text(pdf, tmp_path).split())
    assert "Calibration page: Avery L7160" in text
    assert "Rulers in millimetres" in text and "100 mm bar" in text
    assert "right 1.5 mm, down -0.5 mm, scale 1.01" in text
    numbers = set(re.findall(r"\b\d+\b", text))
    assert {"10", "50", "100", "200", "290"} <= numbers  # ruler marks
    assert {str(n) for n in range(1, 22)} <= numbers  # every label numbered
    (png,) = pdf_to_pngs(pdf, tmp_path)
    page = Image.open(png).convert("L")
    x, y = template.label_origin(20)  # the last label's outline is drawn (shifted 1.5/-0.5 mm)
    left = round((1.5 + 1.01 * x) * PX_PER_MM)
    mid = round((-0.5 + 1.01 * (y + template.label_height_mm / 2)) * PX_PER_MM)
    assert page.crop((left - 3, mid - 3, left + 4, mid + 4)).getextrema()[0] < 160


def test_pdf_embeds_dejavu_and_draws_codes_as_vectors(
    hundred_labels: list[LabelData], tmp_path: Path
) -> None:
    pdf = render_labels(hundred_labels[:30], get_template("avery-3474"), get_layout("standard"))
    assert b"/Subtype /Image" not in pdf and b"/XObject" not in pdf
    source = tmp_path / "fonts.pdf"
    source.write_bytes(pdf)
    listing = subprocess.run(
        ["pdffonts", str(source)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(listing) == 2
    for line in listing:
        assert "DejaVuSans" in line and " yes yes yes " in line  # embedded, subset, unicode


def test_refusals_are_clear(hundred_labels: list[LabelData]) -> None:
    tiny, standard = get_template("avery-l7651"), get_layout("standard")
    with pytest.raises(LabelError, match=r"QR code does not fit .*spine"):
        render_labels(hundred_labels[:1], tiny, standard)
    with pytest.raises(LabelError, match="between 1 and 65"):
        render_labels(hundred_labels[:1], tiny, get_layout("spine"), start=66)
    with pytest.raises(LabelError, match="no labels"):
        render_labels([], tiny, get_layout("spine"))
    with pytest.raises(LabelError, match="scale"):
        render_labels(
            hundred_labels[:1], tiny, get_layout("spine"), calibration=PrinterCalibration(scale=2)
        )
