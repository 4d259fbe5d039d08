"""A fast QR symbol builder (ISO/IEC 18004), error correction level M.

The ``qrcode`` package chooses the segments (numeric / alphanumeric / byte) and
the smallest version; this module does the slow part faster: Reed–Solomon with
log tables, and the choice of the data mask. ``qrcode`` rebuilds the whole
symbol for each of the 8 masks; here the function patterns and the data-module
order are computed once per version, every row and column is a Python integer,
a mask is one XOR per row, and the penalty rules run on bit operations and
string counts. The result is identical, module for module, to ``qrcode``'s
symbol for the same mask (checked by the tests), and the mask chosen follows the
standard's four penalty rules.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

import qrcode
from qrcode import base, util
from qrcode.constants import ERROR_CORRECT_M

EC_LEVEL = ERROR_CORRECT_M  # format-information bits 00 for level M
_RUN = re.compile(r"0{5,}|1{5,}")
_FINDER_A, _FINDER_B = "10111010000", "00001011101"

# GF(256) with the QR polynomial x^8 + x^4 + x^3 + x^2 + 1
_EXP = [0] * 512
_LOG = [0] * 256
_x = 1
for _i in range(255):
    _EXP[_i] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    _EXP[_i] = _EXP[_i - 255]


@lru_cache(maxsize=64)
def _generator(degree: int) -> tuple[int, ...]:
    """Coefficients (highest first, leading 1 dropped) of ∏ (x − α^i), i < degree."""
    poly = [1]
    for i in range(degree):
        nxt = [0] * (len(poly) + 1)
        for j, c in enumerate(poly):
            nxt[j] ^= c
            if c:
                nxt[j + 1] ^= _EXP[_LOG[c] + i]
        poly = nxt
    return tuple(poly[1:])


def _ec_codewords(data: list[int], degree: int) -> list[int]:
    gen = [_LOG[g] for g in _generator(degree)]
    rem = [0] * degree
    for byte in data:
        factor = byte ^ rem[0]
        rem = [*rem[1:], 0]
        if factor:
            lf = _LOG[factor]
            for j, lg in enumerate(gen):
                rem[j] ^= _EXP[lf + lg]
    return rem


def codewords(data: str) -> tuple[int, list[int]]:
    """The smallest version for ``data`` at level M and its interleaved codewords."""
    code = qrcode.QRCode(error_correction=EC_LEVEL, border=0)
    code.add_data(data)
    version = code.best_fit()
    buffer = util.BitBuffer()
    for segment in code.data_list:
        buffer.put(segment.mode, 4)
        buffer.put(len(segment), util.length_in_bits(segment.mode, version))
        segment.write(buffer)
    blocks = base.rs_blocks(version, EC_LEVEL)
    capacity = sum(b.data_count for b in blocks)
    for _ in range(min(capacity * 8 - len(buffer), 4)):
        buffer.put_bit(False)
    while len(buffer) % 8:
        buffer.put_bit(False)
    raw = list(buffer.buffer[: len(buffer) // 8])
    pads = (util.PAD0, util.PAD1)
    raw += [pads[i % 2] for i in range(capacity - len(raw))]
    data_blocks, ec_blocks, offset = [], [], 0
    for b in blocks:
        chunk = raw[offset : offset + b.data_count]
        offset += b.data_count
        data_blocks.append(chunk)
        ec_blocks.append(_ec_codewords(chunk, b.total_count - b.data_count))
    out: list[int] = []
    for group in (data_blocks, ec_blocks):
        for i in range(max(len(g) for g in group)):
            out.extend(g[i] for g in group if i < len(g))
    return version, out


def _mask_bit(mask: int, i: int, j: int) -> bool:
    return (
        (i + j) % 2 == 0,
        i % 2 == 0,
        j % 3 == 0,
        (i + j) % 3 == 0,
        (i // 2 + j // 3) % 2 == 0,
        (i * j) % 2 + (i * j) % 3 == 0,
        ((i * j) % 2 + (i * j) % 3) % 2 == 0,
        ((i + j) % 2 + (i * j) % 3) % 2 == 0,
    )[mask]


class _Version:
    """Everything about one version that does not depend on the data."""

    def __init__(self, version: int) -> None:
        n = self.n = 17 + 4 * version
        grid: list[list[bool | None]] = [[None] * n for _ in range(n)]
        for r0, c0 in ((0, 0), (0, n - 7), (n - 7, 0)):  # finders with separators
            for r in range(-1, 8):
                for c in range(-1, 8):
                    if 0 <= r0 + r < n and 0 <= c0 + c < n:
                        ring = max(abs(r - 3), abs(c - 3))
                        grid[r0 + r][c0 + c] = ring != 2 and ring != 4
        positions = util.pattern_position(version)
        for r0 in positions:  # alignment patterns (before the timing patterns)
            for c0 in positions:
                if grid[r0][c0] is not None:
                    continue
                for r in range(-2, 3):
                    for c in range(-2, 3):
                        grid[r0 + r][c0 + c] = max(abs(r), abs(c)) != 1
        for k in range(8, n - 8):  # timing patterns, through alignment patterns on row/column 6
            for r, c in ((6, k), (k, 6)):
                if grid[r][c] is None:
                    grid[r][c] = k % 2 == 0
        format_area = [(8, k) for k in range(9)] + [(k, 8) for k in range(9)]
        format_area += [(8, n - 1 - k) for k in range(8)] + [(n - 1 - k, 8) for k in range(7)]
        for r, c in format_area:  # format information, filled in per mask
            if grid[r][c] is None:
                grid[r][c] = False
        grid[n - 8][8] = True  # the dark module
        if version >= 7:
            bits = util.BCH_type_number(version)
            for i in range(18):
                dark = bool((bits >> i) & 1)
                grid[i // 3][i % 3 + n - 11] = dark
                grid[i % 3 + n - 11][i // 3] = dark
        self.order = self._data_order(grid)
        self.base_rows = [self._bits(n, (c for c in range(n) if grid[r][c])) for r in range(n)]
        self.base_cols = [self._bits(n, (r for r in range(n) if grid[r][c])) for c in range(n)]
        # per mask: what XOR turns the unmasked data into the final symbol
        self.flip_rows: list[list[int]] = []
        self.flip_cols: list[list[int]] = []
        for mask in range(8):
            flips = {(r, c) for r, c in self.order if _mask_bit(mask, r, c)}
            bits = util.BCH_type_info((EC_LEVEL << 3) | mask)
            for i in range(15):
                if (bits >> i) & 1:
                    flips.add((i if i < 6 else i + 1 if i < 8 else n - 15 + i, 8))
                    flips.add((8, n - i - 1 if i < 8 else 15 - i if i < 9 else 14 - i))
            self.flip_rows.append(
                [self._bits(n, (c for r2, c in flips if r2 == r)) for r in range(n)]
            )
            self.flip_cols.append(
                [self._bits(n, (r for r, c2 in flips if c2 == c)) for c in range(n)]
            )

    @staticmethod
    def _bits(n: int, columns: object) -> int:
        value = 0
        for c in columns:  # type: ignore[attr-defined]
            value |= 1 << (n - 1 - c)
        return value

    @staticmethod
    def _data_order(grid: list[list[bool | None]]) -> list[tuple[int, int]]:
        """Free modules in placement order: two-column strips, up and down, right to left."""
        n = len(grid)
        order, upward = [], True
        col = n - 1
        while col > 0:
            if col == 6:
                col -= 1
            rows = range(n - 1, -1, -1) if upward else range(n)
            for r in rows:
                for c in (col, col - 1):
                    if grid[r][c] is None:
                        order.append((r, c))
            upward = not upward
            col -= 2
        return order


@lru_cache(maxsize=41)
def _version(version: int) -> _Version:
    return _Version(version)


def _penalty(rows: list[int], cols: list[int], n: int) -> int:
    fmt = f"0{n}b"
    text = "|".join([format(x, fmt) for x in rows] + [format(x, fmt) for x in cols])
    runs = _RUN.findall(text)
    score = sum(map(len, runs)) - 2 * len(runs)  # 3 + (length − 5) for each run
    score += 40 * (text.count(_FINDER_A) + text.count(_FINDER_B))
    low = (1 << (n - 1)) - 1
    blocks = 0
    for a, b in pairwise(rows):
        same = ~(a ^ b) & ~(a ^ (a >> 1)) & ~(b ^ (b >> 1)) & low
        blocks += same.bit_count()
    score += 3 * blocks
    dark = sum(x.bit_count() for x in rows)
    score += 10 * (abs(20 * dark - 10 * n * n) // (n * n))  # 10 per 5 % away from half dark
    return score


def encode(data: str, mask: int | None = None) -> list[int]:
    """The symbol's rows as integers (bit ``n − 1 − c`` is column ``c``; 1 = dark).

    ``mask=None`` picks the mask with the lowest penalty, as the standard asks.
    """
    version, words = codewords(data)
    v = _version(version)
    n = v.n
    rows = list(v.base_rows)
    cols = list(v.base_cols)
    order = v.order
    for k in range(min(len(words) * 8, len(order))):
        if (words[k >> 3] >> (7 - (k & 7))) & 1:
            r, c = order[k]
            rows[r] |= 1 << (n - 1 - c)
            cols[c] |= 1 << (n - 1 - r)
    best: tuple[int, list[int]] | None = None
    for m in range(8) if mask is None else (mask,):
        fr, fc = v.flip_rows[m], v.flip_cols[m]
        masked = [a ^ b for a, b in zip(rows, fr, strict=True)]
        if mask is not None:
            return masked
        score = _penalty(masked, [a ^ b for a, b in zip(cols, fc, strict=True)], n)
        if best is None or score < best[0]:
            best = (score, masked)
    assert best is not None
    return best[1]
