"""Render the application icon: PNG sizes and a multi-size Windows .ico from the SVG.

    python packaging/make_icons.py          (re)write resources/icons/*.png and *.ico
    python packaging/make_icons.py --check  exit 1 when the committed files are out of date

The SVG (``resources/icons/shkola-lib.svg``) is the source; the PNG and ICO files are
committed so that builds need neither this script nor an SVG renderer. Qt's SVG renderer
(``PySide6.QtSvg``, part of PySide6-Essentials) draws each size; the ICO is written here
byte by byte (no Pillow needed): 32-bit BMP entries for 16-128 px, as every Windows
version and Inno Setup read them, and a PNG entry for 256 px, as Windows Vista+ expects.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "shkola-lib.svg"
PNG_SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_LIMIT = 256  # entries of this size and larger are stored as PNG inside the ICO


def png_path(size: int) -> Path:
    return ICONS / f"shkola-lib-{size}.png"


ICO = ICONS / "shkola-lib.ico"


def _qt():  # type: ignore[no-untyped-def]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: TID251
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: TID251
    from PySide6.QtSvg import QSvgRenderer  # noqa: TID251

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    return app, QBuffer, QByteArray, QIODevice, QImage, QPainter, QSvgRenderer


def render(size: int):  # type: ignore[no-untyped-def]
    """The icon as a straight-alpha ARGB32 QImage of ``size`` x ``size`` pixels."""
    _app, _b, _ba, _io, QImage, QPainter, QSvgRenderer = _qt()
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    _app, QBuffer, QByteArray, QIODevice, *_ = _qt()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image) -> bytes:  # type: ignore[no-untyped-def]
    """An ICO image entry: BITMAPINFOHEADER, bottom-up BGRA pixels, the 1-bit AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows: list[bytes] = []
    mask_rows: list[bytes] = []
    mask_stride = ((size + 31) // 32) * 4
    for y in reversed(range(size)):
        pixels = bytearray()
        mask = bytearray(mask_stride)
        for x in range(size):
            argb = image.pixel(x, y)
            alpha = (argb >> 24) & 0xFF
            pixels += struct.pack("<I", argb)  # little-endian ARGB32 is B, G, R, A
            if alpha == 0:
                mask[x // 8] |= 0x80 >> (x % 8)
        rows.append(bytes(pixels))
        mask_rows.append(bytes(mask))
    return header + b"".join(rows) + b"".join(mask_rows)


def ico_bytes(images: dict[int, object]) -> bytes:
    """A multi-size .ico (ICONDIR, ICONDIRENTRYs, image data) from {size: QImage}."""
    entries: list[tuple[int, bytes]] = []
    for size in sorted(images):
        image = images[size]
        data = png_bytes(image) if size >= PNG_LIMIT else bmp_entry(image)
        entries.append((size, data))
    out = bytearray(struct.pack("<HHH", 0, 1, len(entries)))
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    for _size, data in entries:
        out += data
    return bytes(out)


def build() -> dict[Path, bytes]:
    """Every generated file and its content."""
    files: dict[Path, bytes] = {}
    images = {size: render(size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        files[png_path(size)] = png_bytes(images[size])
    files[ICO] = ico_bytes({size: images[size] for size in ICO_SIZES})
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare, write nothing")
    args = parser.parse_args(argv)
    files = build()
    stale = [
        path for path, data in files.items() if not path.is_file() or path.read_bytes() != data
    ]
    if args.check:
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path, data in files.items():
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
