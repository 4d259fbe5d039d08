"""Character sets of MARC files: strict decoding and encoding, what cannot be written.

Supported: UTF-8, CP1251 (Windows Cyrillic), KZ-1048 (CP1251 with Kazakh letters),
CP866 (DOS Cyrillic), KOI8-R and MARC-8 (Library of Congress, via pymarc's tables).
Errors are never replaced silently: decoding raises ``UnicodeDecodeError`` and
encoding ``UnicodeEncodeError``.

UNIMARC non-sorting marks are kept as U+0088 / U+0089 in the text. In single-byte
files they are written as ESC-H / ESC-I (ISO 6630), which :func:`decode` turns back
into U+0088 / U+0089.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from pymarc import marc8_mapping
from pymarc.marc8 import MARC8ToUnicode

UTF8: Final = "utf-8"
CP1251: Final = "cp1251"
KZ1048: Final = "kz1048"
CP866: Final = "cp866"
KOI8R: Final = "koi8-r"
MARC8: Final = "marc-8"

SUPPORTED_ENCODINGS: Final = (UTF8, CP1251, KZ1048, CP866, KOI8R, MARC8)
SINGLE_BYTE_ENCODINGS: Final = (CP1251, KZ1048, CP866, KOI8R)

#: Names for people (not translated: these are names of standards).
ENCODING_LABELS: Final = {
    UTF8: "UTF-8 (Unicode)",
    CP1251: "Windows-1251 (CP1251)",
    KZ1048: "KZ-1048 (STRK1048-2002)",
    CP866: "DOS Cyrillic (CP866)",
    KOI8R: "KOI8-R",
    MARC8: "MARC-8",
}

_ALIASES: Final = {
    "utf8": UTF8,
    "utf-8": UTF8,
    "unicode": UTF8,
    "cp1251": CP1251,
    "windows-1251": CP1251,
    "windows1251": CP1251,
    "win1251": CP1251,
    "1251": CP1251,
    "kz1048": KZ1048,
    "kz-1048": KZ1048,
    "strk1048": KZ1048,
    "strk1048-2002": KZ1048,
    "cp866": CP866,
    "ibm866": CP866,
    "866": CP866,
    "koi8-r": KOI8R,
    "koi8r": KOI8R,
    "koi8": KOI8R,
    "marc-8": MARC8,
    "marc8": MARC8,
}

#: U+0088 / U+0089: UNIMARC non-sorting begin / end. U+0098 / U+009C: the same marks
#: as MARC-8 NSB / NSE are mapped by the Library of Congress tables.
NSB: Final = "\x88"
NSE: Final = "\x89"
NON_SORTING_MARKS: Final = frozenset({"\x88", "\x89", "\x98", "\x9c"})
_ESC_NSB: Final = "\x1bH"
_ESC_NSE: Final = "\x1bI"
_STRIP_MARKS: Final = {ord(c): None for c in NON_SORTING_MARKS}


def normalize_encoding(name: str) -> str:
    """The canonical name of a supported encoding (``"Windows-1251"`` → ``"cp1251"``)."""
    key = name.strip().lower().replace("_", "-")
    try:
        return _ALIASES[key]
    except KeyError:
        raise ValueError(f"unsupported MARC encoding: {name!r}") from None


def strip_non_sorting(text: str) -> str:
    """``text`` without non-sorting marks, for display and sorting."""
    return text.translate(_STRIP_MARKS)


def decode(data: bytes, encoding: str) -> str:
    """Decode ``data`` strictly; ESC-H / ESC-I become U+0088 / U+0089."""
    encoding = normalize_encoding(encoding)
    if encoding == MARC8:
        text = decode_marc8(data)
    else:
        text = data.decode(encoding, "strict")
    if "\x1b" in text:
        text = text.replace(_ESC_NSB, NSB).replace(_ESC_NSE, NSE)
    return text


def encode(text: str, encoding: str) -> bytes:
    """Encode ``text`` strictly (``UnicodeEncodeError`` for what the set lacks)."""
    encoding = normalize_encoding(encoding)
    if encoding == MARC8:
        return encode_marc8(text)
    if encoding in SINGLE_BYTE_ENCODINGS and (NSB in text or NSE in text):
        text = text.replace(NSB, _ESC_NSB).replace(NSE, _ESC_NSE)
    return text.encode(encoding, "strict")


def unencodable(text: str, encoding: str) -> list[str]:
    """The distinct characters of ``text`` that ``encoding`` cannot write, in order."""
    encoding = normalize_encoding(encoding)
    found: list[str] = []
    if encoding == UTF8:
        # Only lone surrogates cannot be written as UTF-8.
        candidates = [c for c in text if 0xD800 <= ord(c) <= 0xDFFF]
        return list(dict.fromkeys(candidates))
    for char in dict.fromkeys(text):
        try:
            encode(char, encoding)
        except UnicodeEncodeError:
            found.append(char)
    return found


# --- MARC-8 ---------------------------------------------------------------------------

_BASIC_LATIN: Final = 0x42
_ANSEL: Final = 0x45
_EACC: Final = 0x31
_G0_INTERMEDIATES: Final = frozenset(b"(,")
_G1_INTERMEDIATES: Final = frozenset(b")-")
#: Sets reached with a single escape ("technique 2"); ESC s returns to ASCII.
_SHORT_ESCAPES: Final = {ord("g"): 0x67, ord("b"): 0x62, ord("p"): 0x70, ord("s"): _BASIC_LATIN}


_Fail = Callable[[int, int, str], UnicodeDecodeError]


class _StrictMarc8(MARC8ToUnicode):
    """MARC-8 to Unicode with pymarc's tables, raising instead of guessing.

    pymarc's own ``translate`` prints unknown bytes to stderr and substitutes a
    space, and drops C1 controls such as NSB/NSE; this one reports the position.
    """

    def translate(self, marc8_string: bytes) -> str:
        data = bytes(marc8_string)
        out: list[str] = []
        combining: list[str] = []
        pos = 0
        size = len(data)

        def fail(start: int, end: int, reason: str) -> UnicodeDecodeError:
            return UnicodeDecodeError("marc-8", data, start, max(end, start + 1), reason)

        while pos < size:
            byte = data[pos]
            if byte == 0x1B:
                pos = self._escape(data, pos, out, fail)
                continue
            if self.g0 == _EACC and 0x21 <= byte <= 0x7E:
                if pos + 3 > size:
                    raise fail(pos, size, "incomplete EACC character")
                code = int.from_bytes(data[pos : pos + 3], "big")
                char, is_combining = self._lookup(_EACC, code, pos, pos + 3, fail)
                pos += 3
            elif byte < 0x20 or byte == 0x7F:
                char, is_combining = chr(byte), False
                pos += 1
            elif byte == 0x20:
                char, is_combining = " ", False
                pos += 1
            elif byte < 0x80:
                char, is_combining = self._lookup(self.g0, byte, pos, pos + 1, fail)
                pos += 1
            else:
                char, is_combining = self._lookup(self.g1, byte, pos, pos + 1, fail)
                pos += 1
            if is_combining:
                combining.append(char)
            else:
                out.append(char)
                out.extend(combining)
                combining.clear()
        out.extend(combining)
        return unicodedata.normalize("NFC", "".join(out))

    def _escape(self, data: bytes, pos: int, out: list[str], fail: _Fail) -> int:
        """Apply the escape sequence at ``pos``; return the position after it."""
        nxt = data[pos + 1] if pos + 1 < len(data) else -1
        if nxt in (ord("H"), ord("I")):  # ISO 6630 non-sorting marks
            out.append(NSB if nxt == ord("H") else NSE)
            return pos + 2
        if nxt in _SHORT_ESCAPES:
            self.g0 = _SHORT_ESCAPES[nxt]
            return pos + 2
        if nxt == ord("$"):  # multibyte set: ESC $ F, ESC $ , F (G0), ESC $ ) F / ESC $ - F (G1)
            mid = data[pos + 2] if pos + 2 < len(data) else -1
            if mid in _G0_INTERMEDIATES or mid in _G1_INTERMEDIATES:
                final = data[pos + 3] if pos + 3 < len(data) else -1
                target_g0 = mid in _G0_INTERMEDIATES
                length = 4
            else:
                final, target_g0, length = mid, True, 3
        elif nxt in _G0_INTERMEDIATES or nxt in _G1_INTERMEDIATES:
            final = data[pos + 2] if pos + 2 < len(data) else -1
            target_g0 = nxt in _G0_INTERMEDIATES
            length = 3
        else:
            raise fail(pos, pos + 2, "unknown escape sequence")
        if final not in marc8_mapping.CODESETS:
            raise fail(pos, pos + length, "escape to an unknown character set")
        if target_g0:
            self.g0 = final
        else:
            self.g1 = final
        return pos + length

    @staticmethod
    def _lookup(charset: int, code: int, start: int, end: int, fail: _Fail) -> tuple[str, bool]:
        table = marc8_mapping.CODESETS.get(charset, {})
        entry = table.get(code)
        if entry is None and charset != _EACC:
            # A set designated into the other half (G0 <-> G1) uses the other byte range.
            entry = table.get(code ^ 0x80)
        if entry is None and charset == _EACC and code in marc8_mapping.ODD_MAP:
            return chr(marc8_mapping.ODD_MAP[code]), False
        if entry is None:
            raise fail(start, end, f"no MARC-8 character 0x{code:X} in set 0x{charset:X}")
        uni, is_combining = entry
        return chr(uni), bool(is_combining)


def decode_marc8(data: bytes) -> str:
    """Decode MARC-8 strictly (the escape state starts at ASCII + ANSEL each call)."""
    return _StrictMarc8(quiet=True).translate(data)


#: Sets the encoder may switch to: (set, G0 designation, is G1 set keyed by high bytes).
_ENCODER_SETS: Final = (0x53, 0x4E, 0x51, 0x32, 0x33, 0x34, 0x62, 0x70, 0x67, _EACC)


@lru_cache(maxsize=1)
def _reverse_marc8() -> dict[str, tuple[int, bytes, bool]]:
    """Unicode character → (character set, bytes, combining), preferring ASCII/ANSEL."""
    table: dict[str, tuple[int, bytes, bool]] = {}
    for code in range(0x00, 0x7F):
        table[chr(code)] = (_BASIC_LATIN, bytes([code]), False)
    for code, (uni, comb) in marc8_mapping.CODESETS[_ANSEL].items():
        table.setdefault(chr(uni), (_ANSEL, bytes([code]), bool(comb)))
    for charset in _ENCODER_SETS:
        width = 3 if charset == _EACC else 1
        for code, (uni, comb) in marc8_mapping.CODESETS[charset].items():
            table.setdefault(chr(uni), (charset, code.to_bytes(width, "big"), bool(comb)))
    # UNIMARC non-sorting marks written as MARC-8 NSB / NSE.
    table[NSB] = table["\x98"]
    table[NSE] = table["\x9c"]
    return table


def _designate(charset: int) -> tuple[bool, bytes]:
    """(is G1, escape sequence) that makes ``charset`` current."""
    if charset == _BASIC_LATIN:
        return False, b"\x1b(B"
    if charset == _ANSEL:
        return True, b"\x1b)E"
    if charset in (0x62, 0x70, 0x67):
        return False, b"\x1b" + bytes([charset])
    if charset == _EACC:
        return False, b"\x1b$1"
    if charset in (0x51, 0x34):  # extended Cyrillic / Arabic: G1 sets, high bytes
        return True, b"\x1b)" + bytes([charset])
    return False, b"\x1b(" + bytes([charset])


def encode_marc8(text: str) -> bytes:
    """Encode ``text`` as MARC-8; combining marks precede their base character.

    Characters of a MARC-8 set are written as they are (Cyrillic "й" is one byte);
    others are decomposed into a base and ANSEL combining marks ("é" is E2 65).
    """
    table = _reverse_marc8()
    composed = unicodedata.normalize("NFC", text)
    out = bytearray()
    g0, g1 = _BASIC_LATIN, _ANSEL

    def emit(char: str, index: int) -> None:
        nonlocal g0, g1
        entry = table.get(char)
        if entry is None:
            raise UnicodeEncodeError("marc-8", composed, index, index + 1, "not in MARC-8")
        charset, raw, _comb = entry
        if charset == _BASIC_LATIN and raw[0] <= 0x20:
            if g0 == _EACC:  # EACC has no single-byte space
                out.extend(b"\x1b(B")
                g0 = _BASIC_LATIN
            out.extend(raw)  # space and controls are the same in the single-byte sets
            return
        if charset == _ANSEL and raw[0] >= 0x80:
            if g1 != _ANSEL:
                out.extend(b"\x1b)E")
                g1 = _ANSEL
            out.extend(raw)
            return
        is_g1, escape = _designate(charset)
        if is_g1:
            if g1 != charset:
                out.extend(escape)
                g1 = charset
        elif g0 != charset:
            out.extend(escape)
            g0 = charset
        out.extend(raw)

    index = 0
    size = len(composed)
    while index < size:
        end = index + 1
        while end < size and unicodedata.combining(composed[end]):
            end += 1
        base, marks = composed[index], list(composed[index + 1 : end])
        if base not in table:  # e.g. "ǘ": write "u" with its marks
            parts = unicodedata.normalize("NFD", base)
            base, marks = parts[0], list(parts[1:]) + marks
        # MARC-8 writes the combining marks first, then the base character.
        for mark in marks:
            emit(mark, index)
        emit(base, index)
        index = end
    if g0 != _BASIC_LATIN:
        out.extend(b"\x1bs" if g0 in (0x62, 0x70, 0x67) else b"\x1b(B")
    if g1 != _ANSEL:
        out.extend(b"\x1b)E")
    return bytes(out)
