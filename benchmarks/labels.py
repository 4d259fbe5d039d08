"""Label PDFs: our vector QR path against reportlab's own QrCodeWidget, same sheet, same run.

Usage: python benchmarks/labels.py [--labels 1000] [--template avery-3474] [--sample-pages 5]

Both variants lay out the same labels with the same texts on the same sheet and
write PDF bytes; they differ only in how the QR code is made and drawn: ours
(qrcode matrix → one filled path of rectangles) or ``QrCodeWidget`` (reportlab's
encoder, one shape per module, rendered through a Drawing). The widget variant
even gets our QR matrices for the layout from a warm cache, so the comparison
flatters it. Every code on a sample of our pages is decoded (pdftoppm at 300 dpi,
zxing-cpp) and compared with what it should hold. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import zxingcpp
from PIL import Image
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

from shkola_lib.catalog.labels import copies_for_labels
from shkola_lib.catalog.service import CatalogService
from shkola_lib.io.labels import LabelData, get_layout, get_template, render_labels
from shkola_lib.io.labels.plan import plan_label
from shkola_lib.io.labels.qr import QUIET_ZONE, qr_matrix
from shkola_lib.io.labels.render import _begin_page, _canvas, _label_corner
from shkola_lib.io.labels.templates import LabelLayout, PrinterCalibration, SheetTemplate

LIBRARY = "№ 12 мектеп-гимназиясының кітапханасы"


def demo_labels(count: int, folder: Path) -> list[LabelData]:
    """``count`` real labels from a fresh demo catalog (Kazakh and Russian books)."""
    service = CatalogService.open(folder / "bench.sqlite")
    try:
        for _ in service.generate_demo(max(200, count)):
            pass
        with service.db.engine.connect() as conn:
            labels = copies_for_labels(conn)
    finally:
        service.close()
    assert len(labels) >= count, len(labels)
    return labels[:count]


def render_with_widget(
    labels: list[LabelData], template: SheetTemplate, layout: LabelLayout
) -> bytes:
    """The same sheet and texts, with each QR code drawn by reportlab's QrCodeWidget."""
    buf = io.BytesIO()
    canvas = _canvas(buf, template, "Labels")
    cal = PrinterCalibration()
    page = -1
    for i, label in enumerate(labels):
        if i // template.per_sheet != page:
            if page >= 0:
                canvas.restoreState()
                canvas.showPage()
            page = i // template.per_sheet
            _begin_page(canvas, template, cal)
        plan = plan_label(label, template, layout, library_name=LIBRARY)
        x, y = _label_corner(template, i % template.per_sheet)
        canvas.saveState()
        canvas.translate(x, y)
        canvas.setFillGray(0)
        for t in plan.texts:
            canvas.setFont(t.font, t.size)
            canvas.drawString(t.x, t.y, t.text)
        assert plan.qr is not None
        bx, by, side, _ = plan.qr.box
        widget = QrCodeWidget(
            plan.code, barLevel="M", barBorder=QUIET_ZONE, barWidth=side, barHeight=side
        )
        drawing = Drawing(side, side)
        drawing.add(widget)
        renderPDF.draw(drawing, canvas, bx, by)
        canvas.restoreState()
    canvas.restoreState()
    canvas.showPage()
    canvas.save()
    return buf.getvalue()


def best_of(runs: int, func, *, before=None) -> tuple[float, bytes]:
    best, result = float("inf"), b""
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    return best, result


def check_sample(
    pdf: bytes, labels: list[LabelData], template: SheetTemplate, pages: int, folder: Path
) -> tuple[int, int]:
    """(decoded and correct, expected) over a sample of pages rendered at 300 dpi."""
    total_pages = -(-len(labels) // template.per_sheet)
    middle = list(range(1, total_pages - 1))
    picked = random.Random(2026).sample(middle, min(max(pages - 2, 0), len(middle)))
    chosen = sorted({0, total_pages - 1, *picked})
    source = folder / "ours.pdf"
    source.write_bytes(pdf)
    good = expected = 0
    for page in chosen:
        stem = folder / f"p{page + 1}"
        subprocess.run(
            ["pdftoppm", "-r", "300", "-png", "-singlefile", "-f", str(page + 1),
             "-l", str(page + 1), str(source), str(stem)],
            check=True,
        )  # fmt: skip
        want = {
            label.inventory_number
            for label in labels[page * template.per_sheet : (page + 1) * template.per_sheet]
        }
        image = Image.open(f"{stem}.png").convert("L")
        got = [c.text for c in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
        expected += len(want)
        good += len(want & set(got)) if set(got) <= want else 0
    return good, expected


def measure(
    count: int = 1000,
    *,
    template_name: str = "avery-3474",
    layout_name: str = "standard",
    runs: int = 3,
    sample_pages: int = 5,
) -> dict[str, object]:
    """Best of ``runs`` for both renderers over ``count`` demo labels, and the decode check."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["SHKOLA_LIB_DATA_DIR"] = str(folder / "userdata")
        template, layout = get_template(template_name), get_layout(layout_name)
        labels = demo_labels(count, folder)
        render_labels(labels[:1], template, layout)  # fonts registered, modules imported

        def ours() -> bytes:
            return render_labels(labels, template, layout, library_name=LIBRARY)

        ours_s, pdf = best_of(runs, ours, before=qr_matrix.cache_clear)
        widget_s, _ = best_of(runs, lambda: render_with_widget(labels, template, layout))
        decoded, checked = check_sample(pdf, labels, template, sample_pages, folder)
    return {
        "labels": len(labels),
        "runs": runs,
        "ours_s": round(ours_s, 3),
        "reportlab_qr_widget_s": round(widget_s, 3),
        "ratio": round(widget_s / ours_s, 2),
        "decoded": decoded,
        "checked": checked,
        "template": template.name,
        "layout": layout.name,
        "python": sys.version.split()[0],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=int, default=1000)
    parser.add_argument("--template", default="avery-3474")
    parser.add_argument("--layout", default="standard")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sample-pages", type=int, default=5)
    args = parser.parse_args(argv)
    result = measure(
        args.labels,
        template_name=args.template,
        layout_name=args.layout,
        runs=args.runs,
        sample_pages=args.sample_pages,
    )
    print(json.dumps(result))
    return 0 if result["decoded"] == result["checked"] else 1


if __name__ == "__main__":
    sys.exit(main())
