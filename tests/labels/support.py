"""Helpers for the label tests: sample copies, PDF → PNG (poppler), QR/Code 128 decoding.

pdftoppm, pdftotext and zxing-cpp are independent of our renderer: they decide
whether what we print can be read by a scanner and by a person.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import zxingcpp
from PIL import Image

from shkola_lib.catalog.data import PersonData, RecordData
from shkola_lib.catalog.holdings import SeriesRequest
from shkola_lib.catalog.service import CatalogService
from shkola_lib.io.labels import SheetTemplate

PDFTOPPM = shutil.which("pdftoppm") or "/usr/bin/pdftoppm"
PDFTOTEXT = shutil.which("pdftotext") or "/usr/bin/pdftotext"
DPI = 300
PX_PER_MM = DPI / 25.4

# Records that stress the layout: Kazakh letters, very long titles, long ББК.
HARD_RECORDS = [
    ("Қазақ әдебиеті: хрестоматия", "84(5Каз)7-44", "Қ17", "Әуезов, Мұхтар"),
    (
        "Қазақ халқының батырлық жырлары мен тарихи эпостарының толық жинағы, "
        "ғылыми түсініктемелерімен және сөздігімен",
        "84(5Каз)7-44",
        "Ә23",
        "Мағауин, Мұхтар",
    ),
    (
        "Приключения Незнайки и его друзей: сказочная повесть в трёх частях "
        "с иллюстрациями автора и комментариями",
        "84(2Рос=Рус)6-44",
        "Н84",
        "Носов, Николай Николаевич",
    ),
    ("Өлеңдер мен поэмалар. Ұлы дала әуендері", "84(5Каз)6-5", "Ө44", "Жұмабаев, Мағжан"),
    ("Ғажайып әлем", "26.89(5Каз)я72", "Ғ14", "Сейфуллин, Сәкен"),
]
LONGEST_TITLE = HARD_RECORDS[1][0]
LONGEST_BBK = "84(2Рос=Рус)6-44"


def add_hard_records(catalog: CatalogService, copies_each: int = 2) -> list[str]:
    """Add HARD_RECORDS with copies; returns their inventory numbers."""
    numbers: list[str] = []
    for title, bbk, sign, author in HARD_RECORDS:
        _rid, nums = catalog.create_record_with_holdings(
            RecordData(
                title=title,
                bbk=bbk,
                author_sign=sign,
                persons=[PersonData(author)],
                languages=["kaz"],
            ),
            series=SeriesRequest(count=copies_each),
        )
        numbers += nums
    return numbers


def page_count(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf))


def pdf_to_pngs(pdf: bytes, folder: Path, name: str = "page") -> list[Path]:
    """Render every page at 300 dpi with ``pdftoppm -r 300 -png`` (two processes at once)."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / f"{name}.pdf"
    source.write_bytes(pdf)
    pages = page_count(pdf)
    half = max(1, (pages + 1) // 2)
    ranges = [(1, half), (half + 1, pages)] if pages > 1 else [(1, 1)]
    procs = [
        subprocess.Popen(
            [
                PDFTOPPM,
                "-r",
                str(DPI),
                "-png",
                "-f",
                str(f),
                "-l",
                str(last),
                str(source),
                str(folder / name),
            ]
        )
        for f, last in ranges
        if f <= last
    ]
    for proc in procs:
        assert proc.wait(timeout=300) == 0
    return sorted(folder.glob(f"{name}-*.png"))


def pdf_text(pdf: bytes, folder: Path) -> str:
    source = folder / "text.pdf"
    source.write_bytes(pdf)
    out = subprocess.run(
        [PDFTOTEXT, "-enc", "UTF-8", str(source), "-"],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return out.stdout.decode("utf-8")


@dataclass(frozen=True)
class Found:
    """A decoded symbol: page (0-based), centre in mm from the page's top left, text."""

    page: int
    x_mm: float
    y_mm: float
    text: str


def _exact_centre(gray: Image.Image, pts: list[tuple[int, int]]) -> tuple[float, float]:
    """Centre of the symbol's dark modules (pixel-exact bounding box near zxing's corners)."""
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    margin = (max(xs) - min(xs)) * 0.1 + 2
    box = (
        int(min(xs) - margin),
        int(min(ys) - margin),
        int(max(xs) + margin) + 1,
        int(max(ys) + margin) + 1,
    )
    dark = gray.crop(box).point(lambda v: 255 if v < 128 else 0)
    bbox = dark.getbbox()
    assert bbox is not None
    return box[0] + (bbox[0] + bbox[2]) / 2, box[1] + (bbox[1] + bbox[3]) / 2


def decode(
    pngs: list[Path], fmt: zxingcpp.BarcodeFormat = zxingcpp.BarcodeFormat.QRCode
) -> list[Found]:
    """Every symbol of ``fmt`` on every page, with its centre."""
    found: list[Found] = []
    for page, png in enumerate(pngs):
        gray = Image.open(png).convert("L")
        for code in zxingcpp.read_barcodes(gray, formats=fmt):
            p = code.position
            pts = [(q.x, q.y) for q in (p.top_left, p.top_right, p.bottom_right, p.bottom_left)]
            if fmt == zxingcpp.BarcodeFormat.QRCode:
                cx, cy = _exact_centre(gray, pts)
            else:
                cx = sum(x for x, _ in pts) / 4
                cy = sum(y for _, y in pts) / 4
            found.append(Found(page, cx / PX_PER_MM, cy / PX_PER_MM, code.text))
    return found


def slot_of(found: Found, template: SheetTemplate) -> tuple[int, int, int]:
    """(page, row, column) of the label whose rectangle holds the symbol's centre."""
    col = int(
        (found.x_mm - template.margin_left_mm) // (template.label_width_mm + template.gap_x_mm)
    )
    row = int(
        (found.y_mm - template.margin_top_mm) // (template.label_height_mm + template.gap_y_mm)
    )
    assert 0 <= col < template.columns and 0 <= row < template.rows, found
    return found.page, row, col


def in_reading_order(
    found: list[Found], template: SheetTemplate
) -> list[tuple[tuple[int, int, int], str]]:
    return sorted((slot_of(f, template), f.text) for f in found)


def expected_slots(
    count: int, template: SheetTemplate, start: int = 1
) -> list[tuple[int, int, int]]:
    slots = []
    for i in range(count):
        page, pos = divmod(start - 1 + i, template.per_sheet)
        row, col = divmod(pos, template.columns)
        slots.append((page, row, col))
    return slots
