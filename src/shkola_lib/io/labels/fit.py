"""Fonts and text fitting: shrink to a smallest size, then shorten with "…".

Widths are measured with reportlab's ``stringWidth`` on the embedded DejaVu TTF
(the same advances the PDF uses; reportlab applies no kerning, so the width of a
string is the sum of its characters' widths, measured once per character).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from shkola_lib.paths import resources_dir

REGULAR = "ShkolaDejaVuSans"
BOLD = "ShkolaDejaVuSans-Bold"
ELLIPSIS = "…"
# DejaVu Sans glyphs stay within 0.93 em above and 0.24 em below the baseline
# (hhea ascender 1901/2048, descender 483/2048), Kazakh and accented capitals included.
ASCENT = 0.93
DESCENT = 0.24
LINE = ASCENT + DESCENT + 0.05  # line pitch in em: glyphs of adjacent lines never touch
SIZE_STEP = 0.25  # pt: fonts shrink in quarter points
# A single word (a ББК index) that fits on one line at this share of its size is
# not broken; texts of several words wrap at full size instead.
ONE_LINE_SHARE = 0.8
_BREAK_AFTER = frozenset(")-/.,")


class FontMissingError(RuntimeError):
    """The shipped font files are missing (a broken installation)."""


def register_fonts() -> None:
    """Register DejaVu Sans (regular and bold) with reportlab once."""
    if REGULAR in pdfmetrics.getRegisteredFontNames():
        return
    folder = resources_dir() / "fonts"
    try:
        pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    except OSError as exc:  # reportlab raises TTFError (an OSError subclass) or OSError
        raise FontMissingError(f"DejaVu Sans fonts not found in {folder}: {exc}") from exc


@lru_cache(maxsize=65536)
def _char_width(font: str, char: str) -> float:
    return pdfmetrics.stringWidth(char, font, 1.0)


def width(text: str, font: str, size: float) -> float:
    """Width of ``text`` in points at ``size``."""
    return sum(_char_width(font, ch) for ch in text) * size


def _floor_step(size: float) -> float:
    return math.floor(size / SIZE_STEP + 1e-9) * SIZE_STEP


def ellipsize(text: str, font: str, size: float, avail: float) -> str:
    """The longest start of ``text`` that fits in ``avail`` points with "…" after it.

    Cuts after a whole word when that keeps most of the text; "" when not even
    "…" fits.
    """
    if width(text, font, size) <= avail:
        return text
    budget = avail / size - _char_width(font, ELLIPSIS)
    if budget < 0:
        return ""
    used, cut = 0.0, 0
    for i, ch in enumerate(text):
        used += _char_width(font, ch)
        if used > budget:
            break
        cut = i + 1
    head = text[:cut]
    space = head.rfind(" ")
    if space > 0 and space >= cut * 0.6:
        head = head[:space]
        # a one- or two-letter word ("в", "на") does not end a shortened title
        words = head.split(" ")
        if len(words) > 2 and len(words[-1]) <= 2:
            head = " ".join(words[:-1])
    head = head.rstrip(" ,.;:-–—/(")
    return head + ELLIPSIS if head else ELLIPSIS


def _break_points(word: str) -> list[int]:
    """Where a word without spaces may break: after ``) / - . ,`` outside parentheses.

    So a ББК index breaks as "84(2Рос=Рус)" / "6-44", never inside "(2Рос=Рус)".
    """
    points, depth = [], 0
    for i, ch in enumerate(word[:-1]):
        depth += (ch == "(") - (ch == ")")
        if depth <= 0 and ch in _BREAK_AFTER:
            points.append(i + 1)
    return points


def _split_word(word: str, font: str, size: float, avail: float) -> tuple[list[str], bool]:
    """Pieces of a word wider than the line; False when a piece had to be cut anywhere."""
    pieces, clean = [], True
    while width(word, font, size) > avail:
        fitting = [p for p in _break_points(word) if width(word[:p], font, size) <= avail]
        if fitting:
            cut = fitting[-1]
        else:
            clean = False
            cut = 1
            while cut < len(word) and width(word[: cut + 1], font, size) <= avail:
                cut += 1
        pieces.append(word[:cut])
        word = word[cut:]
    pieces.append(word)
    return pieces, clean


def wrap(text: str, font: str, size: float, avail: float) -> tuple[list[str], bool]:
    """Greedy word wrap; returns the lines and whether every break was a natural one.

    A word wider than the line breaks after a punctuation mark when it can (see
    ``_break_points``), else between any two characters (then not natural).
    """
    lines: list[str] = []
    current = ""
    clean = True
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if width(candidate, font, size) <= avail:
            current = candidate
            continue
        if current:
            lines.append(current)
        pieces, ok = _split_word(word, font, size, avail)
        clean = clean and ok
        lines.extend(pieces[:-1])
        current = pieces[-1]
    if current:
        lines.append(current)
    return lines, clean


@dataclass(frozen=True)
class FittedText:
    """Lines of one text at one size, each guaranteed to be at most the width given."""

    lines: tuple[str, ...]
    size: float
    shortened: bool = False

    @property
    def height(self) -> float:
        return len(self.lines) * self.size * LINE


def fit(
    text: str, font: str, *, max_size: float, min_size: float, avail: float, max_lines: int = 1
) -> FittedText:
    """Fit ``text`` into ``max_lines`` lines of ``avail`` points.

    The size goes down in quarter points from ``max_size`` to ``min_size`` until
    the text fits whole; at ``min_size`` the last line is shortened with "…".
    """
    text = " ".join(text.split())
    if not text:
        return FittedText((), max_size)
    natural = width(text, font, 1.0)
    if max_lines == 1:
        size = min(max_size, avail / natural if natural else max_size)
        if size >= min_size:
            return FittedText((text,), max(min_size, _floor_step(size)))
        return FittedText((ellipsize(text, font, min_size, avail),), min_size, True)
    one_line = avail / natural if natural else max_size
    if " " not in text and one_line >= max(min_size, max_size * ONE_LINE_SHARE):
        return FittedText((text,), max(min_size, _floor_step(min(max_size, one_line))))
    for size in _sizes(max_size, min_size):
        lines, clean = wrap(text, font, size, avail)
        if clean and len(lines) <= max_lines:
            return FittedText(tuple(lines), size)
    if one_line >= min_size:
        return FittedText((text,), max(min_size, _floor_step(min(max_size, one_line))))
    lines, _ = wrap(text, font, min_size, avail)
    kept = lines[: max_lines - 1]
    rest = " ".join(lines[max_lines - 1 :])
    kept.append(ellipsize(rest, font, min_size, avail))
    return FittedText(tuple(kept), min_size, True)


def _sizes(max_size: float, min_size: float) -> list[float]:
    """``max_size``, the quarter points below it, and ``min_size`` last."""
    sizes = [max_size]
    size = _floor_step(max_size - 1e-9)
    while size > min_size + 1e-9:
        if size < sizes[-1] - 1e-9:
            sizes.append(size)
        size = _floor_step(size - SIZE_STEP)
    if min_size < sizes[-1] - 1e-9:
        sizes.append(min_size)
    return sizes
