"""QR codes as vector drawing: the module matrix becomes filled rectangles in one path.

No raster images: a PDF path prints sharp at any printer resolution, and one
``re … f`` path per symbol is much cheaper to write than a widget per module.
Error correction M (15 % of the symbol may be damaged: a scuffed spine still
scans); the symbol itself comes from ``qr_encode``. The 4-module quiet zone is
left white around the symbol; callers must keep other ink out of it
(``QrPlacement.box``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from shkola_lib.io.labels.qr_encode import encode

QUIET_ZONE = 4  # modules of white around the symbol, as ISO/IEC 18004 requires
MM = 72 / 25.4  # points per millimetre
# Module sizes are rounded down to whole 600-dpi printer dots, so every module
# prints equally wide on common laser printers.
DOT_PT = 72 / 600
_DARK = re.compile("1+")


@dataclass(frozen=True)
class QrMatrix:
    """The dark modules of a symbol, row by row, as runs (start column, length)."""

    size: int  # modules per side, without the quiet zone
    runs: tuple[tuple[tuple[int, int], ...], ...]

    @property
    def with_quiet_zone(self) -> int:
        return self.size + 2 * QUIET_ZONE


@dataclass(frozen=True)
class QrPlacement:
    """Where a symbol goes (points): lower-left corner of the symbol and the module size."""

    x: float
    y: float
    module: float
    matrix: QrMatrix

    @property
    def side(self) -> float:
        """The symbol's side without the quiet zone."""
        return self.module * self.matrix.size

    @property
    def box(self) -> tuple[float, float, float, float]:
        """The symbol with its quiet zone: (x, y, width, height) that must stay white."""
        q = QUIET_ZONE * self.module
        return (self.x - q, self.y - q, self.side + 2 * q, self.side + 2 * q)


@lru_cache(maxsize=4096)
def qr_matrix(data: str) -> QrMatrix:
    """Encode ``data`` (smallest version, error correction M) into runs of dark modules."""
    rows = encode(data)
    n = len(rows)
    fmt = f"0{n}b"
    runs = tuple(
        tuple((m.start(), m.end() - m.start()) for m in _DARK.finditer(format(row, fmt)))
        for row in rows
    )
    return QrMatrix(size=n, runs=runs)


def module_size(matrix: QrMatrix, *, box_pt: float, max_side_pt: float, snap: bool = True) -> float:
    """The largest module (points) for which symbol + quiet zone fit in ``box_pt``
    and the symbol is at most ``max_side_pt``; rounded down to whole printer dots."""
    module = min(box_pt / matrix.with_quiet_zone, max_side_pt / matrix.size)
    if snap and module >= 2 * DOT_PT:
        module = int(module / DOT_PT + 1e-9) * DOT_PT
    return module


def path_operators(place: QrPlacement) -> str:
    """PDF operators that fill the dark modules as one path (one ``f`` per symbol).

    Rows run downwards from the top of the symbol; adjacent rectangles are one
    path, so renderers fill their union without hairline seams between rows.
    """
    m = place.module
    top = place.y + place.side
    parts = []
    for r, row_runs in enumerate(place.matrix.runs):
        y = top - (r + 1) * m
        for start, length in row_runs:
            parts.append(f"{place.x + start * m:.3f} {y:.3f} {length * m:.3f} {m:.3f} re")
    parts.append("f")
    return "\n".join(parts)
