"""Our QR symbol builder against the qrcode package, and the vector drawing of a symbol."""

from __future__ import annotations

import random
import re

import pytest
import qrcode
import zxingcpp
from PIL import Image, ImageDraw
from qrcode.constants import ERROR_CORRECT_M

from shkola_lib.io.labels.qr import (
    DOT_PT,
    QUIET_ZONE,
    QrPlacement,
    module_size,
    path_operators,
    qr_matrix,
)
from shkola_lib.io.labels.qr_encode import codewords, encode

_rng = random.Random(2026)
SAMPLES = (
    ["1", "1001", "0042", "123456789012", "А-15", "Қ-2026/17", "LIB0015"]
    + [str(_rng.randrange(10**9)) for _ in range(20)]
    + [f"https://lib.example.kz/copy/{_rng.randrange(10**6)}" for _ in range(10)]
    + ["".join(chr(_rng.randrange(32, 127)) for _ in range(n)) for n in (90, 180, 400, 700)]
    + ["Қазақ әдебиеті " * 12]
)


def _reference(data: str, mask: int) -> list[int]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(data)
    code.best_fit()
    code.makeImpl(False, mask)
    return [int("".join("1" if m else "0" for m in row), 2) for row in code.modules]


@pytest.mark.parametrize("data", SAMPLES)
def test_symbol_equals_qrcode_module_for_module_for_every_mask(data: str) -> None:
    version, _words = codewords(data)
    for mask in range(8):
        assert encode(data, mask) == _reference(data, mask), (version, mask)


def _image(rows: list[int], scale: int = 6) -> Image.Image:
    n = len(rows)
    side = (n + 2 * QUIET_ZONE) * scale
    image = Image.new("L", (side, side), 255)
    draw = ImageDraw.Draw(image)
    for r, row in enumerate(rows):
        for c in range(n):
            if (row >> (n - 1 - c)) & 1:
                x, y = (c + QUIET_ZONE) * scale, (r + QUIET_ZONE) * scale
                draw.rectangle((x, y, x + scale - 1, y + scale - 1), fill=0)
    return image


@pytest.mark.parametrize("data", SAMPLES)
def test_the_chosen_mask_decodes(data: str) -> None:
    (found,) = zxingcpp.read_barcodes(_image(encode(data)), formats=zxingcpp.BarcodeFormat.QRCode)
    assert found.text == data
    assert found.ec_level == "M"


def test_matrix_runs_and_path_operators() -> None:
    matrix = qr_matrix("1001")
    assert matrix.size == 21 and matrix.with_quiet_zone == 29
    rows = encode("1001")
    for r, runs in enumerate(matrix.runs):
        text = format(rows[r], "021b")
        assert [(m.start(), m.end() - m.start()) for m in re.finditer("1+", text)] == list(runs)
    place = QrPlacement(100.0, 200.0, 2.0, matrix)
    assert place.side == 42.0 and place.box == (92.0, 192.0, 58.0, 58.0)
    ops = path_operators(place).splitlines()
    assert ops[-1] == "f" and all(line.endswith(" re") for line in ops[:-1])
    assert len(ops) - 1 == sum(len(runs) for runs in matrix.runs)
    first = ops[0].split()  # the top-left finder's top row: 7 dark modules from x=100
    assert [float(v) for v in first[:4]] == [100.0, 240.0, 14.0, 2.0]


def test_module_size_fits_the_box_and_snaps_to_printer_dots() -> None:
    matrix = qr_matrix("1001")  # 21 modules + 8 quiet
    module = module_size(matrix, box_pt=80.0, max_side_pt=1000.0)
    assert module * 29 <= 80.0 and module > 80.0 / 29 - DOT_PT
    assert abs(module / DOT_PT - round(module / DOT_PT)) < 1e-9
    capped = module_size(matrix, box_pt=1000.0, max_side_pt=42.0, snap=False)
    assert capped == 2.0
