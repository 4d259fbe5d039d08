"""Guess a MARC file's format, character set and flavour from its content.

Labels lie (a UTF-8 file declaring CP1251 is real), so the bytes decide and the
declarations in the file only break ties.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

from pymarc import Record

from shkola_lib.i18n import translate
from shkola_lib.io.marc import encodings
from shkola_lib.io.marc.encodings import ENCODING_LABELS

Format = Literal["iso2709", "marcxml", "mrk"]
Flavour = Literal["marc21", "unimarc", "rusmarc"]


class MarcFormatError(ValueError):
    """The file is not in a MARC format we read; the message is shown to the user."""


# --- format -----------------------------------------------------------------------------

_BOMS: Final = (b"\xef\xbb\xbf",)
_MRK_LINE: Final = re.compile(rb"=(LDR|[0-9A-Za-z]{3})  ")
_XML_RECORD: Final = re.compile(rb"<([A-Za-z_][\w.-]*:)?(record|collection)[\s>/]")


_LEADER = re.compile(rb"\d{5}[ -~]{7}\d{5}[ -~]{7}")
_LEADER_AFTER_END = re.compile(rb"(?:^|\x1d)[\s\x00]*\d{5}[ -~]{7}\d{5}")


def detect_format(head: bytes) -> Format:
    """``"iso2709"``, ``"marcxml"`` or ``"mrk"`` judged from the first bytes of a file."""
    data = head
    for bom in _BOMS:
        if data.startswith(bom):
            data = data[len(bom) :]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            data = data.decode("utf-16", "ignore").encode("utf-8")
        except UnicodeError:  # pragma: no cover - "ignore" does not raise
            pass
    stripped = data.lstrip(b" \t\r\n\x00")
    # A leader starts with the record length; a real record also has field
    # terminators. Five digits alone are an inventory list or a spreadsheet.
    if _LEADER.match(stripped) or (stripped[:5].isdigit() and b"\x1e\x1f" in data):
        return "iso2709"
    if stripped.startswith(b"<"):
        return "marcxml"
    if _MRK_LINE.match(stripped):
        return "mrk"
    if b"\x1e\x1f" in data and _LEADER_AFTER_END.search(data):
        return "iso2709"
    if _XML_RECORD.search(data):
        return "marcxml"
    if b"\n=LDR" in data:
        return "mrk"
    raise MarcFormatError(
        translate(
            "MarcIO",
            "The file is not in a MARC format we know (ISO 2709, MARCXML or MarcEdit text).",
        )
    )


# --- light look into raw records (no decoding, never raises) ---------------------------


def _raw_fields(raw: bytes) -> list[tuple[str, bytes]]:
    """(tag, data) of each field, by the directory if it is sound, else by terminators."""
    fields: list[tuple[str, bytes]] = []
    try:
        base = int(raw[12:17])
        directory = raw[24 : base - 1]
        if base <= 24 or len(directory) % 12 or not directory.isascii():
            raise ValueError
        for pos in range(0, len(directory), 12):
            entry = directory[pos : pos + 12]
            length, offset = int(entry[3:7]), int(entry[7:12])
            start = base + offset
            chunk = raw[start : start + length]
            if not chunk.endswith(b"\x1e"):
                raise ValueError
            fields.append((entry[:3].decode("ascii"), chunk[:-1]))
        return fields
    except (ValueError, IndexError):
        first = raw.find(b"\x1e")
        body = raw[first + 1 :] if first >= 0 else raw[24:]
        return [("", chunk) for chunk in body.rstrip(b"\x1d").split(b"\x1e") if chunk]


def _values(fields: list[tuple[str, bytes]]) -> list[bytes]:
    """The text parts of fields: control data, and subfield values without codes."""
    values: list[bytes] = []
    for tag, data in fields:
        if (tag.isdigit() and tag < "010") or b"\x1f" not in data:
            values.append(data)
            continue
        values.extend(piece[1:] for piece in data.split(b"\x1f")[1:] if len(piece) > 1)
    return values


def _unimarc_100a(fields: list[tuple[str, bytes]]) -> bytes | None:
    """UNIMARC/RUSMARC 100$a (general processing data), if the record has one."""
    for tag, data in fields:
        if tag != "100":
            continue
        for piece in data.split(b"\x1f")[1:]:
            value = piece[1:]
            if piece[:1] == b"a" and len(value) >= 30 and value[:8].isdigit():
                return value
    return None


_UNIMARC_CHARSETS: Final = {
    b"50": encodings.UTF8,
    b"79": encodings.CP866,
    b"89": encodings.CP1251,
    b"99": encodings.KOI8R,
}


def _declared_one(raw: bytes) -> str | None:
    fields = _raw_fields(raw)
    general = _unimarc_100a(fields)
    if general is not None:
        for code in (general[28:30], general[26:28]):
            if code in _UNIMARC_CHARSETS:
                return _UNIMARC_CHARSETS[code]
        return None
    if len(raw) > 9:
        return encodings.UTF8 if raw[9:10] == b"a" else encodings.MARC8
    return None


def declared_encoding(records_raw: list[bytes]) -> str | None:
    """What the records say about their character set (most common answer).

    UNIMARC/RUSMARC: 100$a/26-29 (``50`` UTF-8, ``79`` CP866, ``89`` CP1251,
    ``99`` KOI-8; the G1 set at 28-29 wins over G0 at 26-27). MARC21: leader/09
    ``a`` is UTF-8, blank is MARC-8.
    """
    votes = Counter(d for d in map(_declared_one, records_raw) if d)
    return votes.most_common(1)[0][0] if votes else None


# --- encoding -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EncodingGuess:
    """An encoding with a confidence in 0…1 and a reason to show the user."""

    encoding: str
    confidence: float
    reason: str

    @property
    def label(self) -> str:
        return ENCODING_LABELS.get(self.encoding, self.encoding)


# Letter frequencies per 1000 letters: Russian text with Kazakh letters at the rate of a
# mixed Russian/Kazakh school catalogue; other Cyrillic letters are rare.
_LETTER_FREQ: Final = {
    "о": 109.7, "е": 84.5, "а": 80.1, "и": 73.5, "н": 67.0, "т": 62.6, "с": 54.7,
    "р": 47.3, "в": 45.4, "л": 44.0, "к": 34.9, "м": 32.1, "д": 29.8, "п": 28.1,
    "у": 26.2, "я": 20.1, "ы": 19.0, "ь": 17.4, "г": 17.0, "з": 16.5, "б": 15.9,
    "ч": 14.4, "й": 12.1, "х": 9.7, "ж": 9.4, "ш": 7.3, "ю": 6.4, "ц": 4.8, "щ": 3.6,
    "э": 3.2, "ф": 2.6, "ъ": 0.4, "ё": 0.4,
    "і": 8.0, "қ": 8.0, "ә": 6.0, "ң": 5.0, "ғ": 4.0, "ұ": 4.0, "ү": 4.0, "ө": 3.0,
    "һ": 0.3,
    "є": 0.5, "ї": 0.5, "ґ": 0.1, "ў": 0.3,
}  # fmt: skip
_RARE_CYRILLIC: Final = 0.05
_COMMON_PUNCT: Final = frozenset("«»№—–…“”„’‘•°§©\u00a0")
# Frequent Russian and Kazakh bigrams (lower case): a small bonus each.
_BIGRAMS: Final = frozenset(
    "ст но то на ен ов ни ра во ко ро ре пр ос ал ли ер по ет ан ин ие ка ор та ва ск ол "
    "ар ки ты ды ін ың ға қа ат ла ын да іл".split()
)
_LOG_BAD: Final = math.log(1e-6)
_LOG_SYMBOL: Final = math.log(5e-4)
_LOG_PUNCT: Final = math.log(5e-3)
_LOG_CASE_PENALTY: Final = math.log(1e-2)
_BIGRAM_BONUS: Final = 0.5

# Bytes where KZ-1048 differs from CP1251 (Kazakh letters instead of Serbian etc.).
_KZ_POSITIONS: Final = frozenset(
    b
    for b in range(0x80, 0x100)
    if bytes([b]).decode("kz1048", "replace") != bytes([b]).decode("cp1251", "replace")
)
_MARC8_ESCAPE: Final = re.compile(rb"\x1b[()$,\-bpgs]")
_MARC8_COMBINING_BEFORE_LETTER: Final = re.compile(rb"[\xe0-\xfe]+[A-Za-z]")


def _is_cyrillic_letter(char: str) -> bool:
    return "\u0400" <= char <= "\u04ff" and char.isalpha()


def _char_log_prob(char: str) -> float:
    if _is_cyrillic_letter(char):
        return math.log(_LETTER_FREQ.get(char.lower(), _RARE_CYRILLIC) / 1000)
    if char in _COMMON_PUNCT:
        return _LOG_PUNCT
    category = unicodedata.category(char)
    if category[0] == "C" or "\u2500" <= char <= "\u259f":
        return _LOG_BAD  # controls, unassigned, private use, box drawing
    return _LOG_SYMBOL


def _score(text: str) -> tuple[float, int]:
    """Average log-likelihood of the non-ASCII characters and how many there were."""
    total = 0.0
    count = 0
    previous = " "
    for char in text:
        if char >= "\x80":
            count += 1
            total += _char_log_prob(char)
            if _is_cyrillic_letter(char):
                if char.isupper() and previous.islower():
                    total += _LOG_CASE_PENALTY  # "пРИВЕТ": upper after lower inside a word
                if (previous + char).lower() in _BIGRAMS:
                    total += _BIGRAM_BONUS
        previous = char
    return (total / count if count else 0.0), count


# KZ-1048 positions of ә, қ, ң, һ: Serbian/Macedonian letters in CP1251, so unlike
# ғ, ү, ө, ұ (CP1251's Ukrainian/Belarusian є, ї, ґ, ў) they do not occur in Ukrainian.
_KZ_ONLY: Final = frozenset("ӘәҚқҢңҺһ")
_KZ_LETTERS: Final = frozenset("ӘәҒғҚқҢңӨөҰұҮүҺһ")


def _kazakh_in_context(text: str) -> tuple[int, int, int]:
    """Kazakh letters of a KZ-1048 reading: (next to Cyrillic letters, of them ә/қ/ң/һ, all)."""
    in_context = distinctive = total = 0
    for pos, char in enumerate(text):
        if char in _KZ_LETTERS:
            total += 1
            before = text[pos - 1] if pos else " "
            after = text[pos + 1] if pos + 1 < len(text) else " "
            if _is_cyrillic_letter(before) or _is_cyrillic_letter(after):
                in_context += 1
                distinctive += char in _KZ_ONLY
    return in_context, distinctive, total


def _label(encoding: str) -> str:
    return ENCODING_LABELS.get(encoding, encoding)


def _utf8_guess(records_raw: list[bytes]) -> EncodingGuess | None:
    valid = invalid = multibyte = 0
    for blob in records_raw:
        if blob.isascii():
            continue
        try:
            text = blob.decode("utf-8")
        except UnicodeDecodeError:
            invalid += 1
            continue
        valid += 1
        multibyte += sum(1 for c in text if c >= "\x80")
    if not valid or invalid * 10 > valid:
        return None
    if invalid:
        return EncodingGuess(
            encodings.UTF8,
            0.8,
            translate(
                "MarcIO", "{valid} records are valid UTF-8, {invalid} contain invalid bytes."
            ).format(valid=valid, invalid=invalid),
        )
    return EncodingGuess(
        encodings.UTF8,
        0.99 if multibyte >= 3 else 0.85,
        translate("MarcIO", "All text is valid UTF-8 ({n} non-ASCII characters).").format(
            n=multibyte
        ),
    )


def _in_latin_words(blob: bytes) -> int:
    """High bytes next to an ASCII letter: MARC-8 diacritics and special letters.

    Cyrillic single-byte text has its high bytes next to each other instead.
    """
    count = 0
    for pos, byte in enumerate(blob):
        if byte >= 0x80:
            before = blob[pos - 1 : pos]
            after = blob[pos + 1 : pos + 2]
            if before.isalpha() or after.isalpha():  # bytes.isalpha() is ASCII-only
                count += 1
    return count


def _marc8_guess(raws: list[bytes], values_per_record: list[list[bytes]]) -> EncodingGuess | None:
    blank = [raw for raw in raws if len(raw) > 9 and raw[9:10] == b" "]
    if len(blank) * 2 <= len(raws):
        return None
    blob = b"\x1f".join(b"\x1f".join(values) for values in values_per_record)
    escapes = len(_MARC8_ESCAPE.findall(blob))
    high = sum(1 for b in blob if b >= 0x80)
    combining = sum(len(m.group()) - 1 for m in _MARC8_COMBINING_BEFORE_LETTER.finditer(blob))
    if not escapes:
        unimarc = sum(1 for raw in blank if _unimarc_100a(_raw_fields(raw)) is not None)
        if unimarc * 2 >= len(blank) or not high or _in_latin_words(blob) * 2 < high:
            return None
    try:
        for values in values_per_record:
            for value in values:
                encodings.decode_marc8(value)
    except UnicodeDecodeError:
        return None
    return EncodingGuess(
        encodings.MARC8,
        0.95,
        translate(
            "MarcIO",
            "Records with leader/09 blank and MARC-8 patterns "
            "({escapes} escape sequences, {combining} combining diacritics).",
        ).format(escapes=escapes, combining=combining),
    )


def detect_encoding(records_raw: list[bytes], declared: str | None = None) -> EncodingGuess:
    """Guess the character set of ISO 2709 records from their bytes.

    Strict UTF-8 first; then MARC-8 for MARC21 records with leader/09 blank showing
    MARC-8 escape or combining patterns; then the Cyrillic single-byte sets scored by
    letter statistics. ``declared`` (see :func:`declared_encoding`) breaks ties only.
    """
    declared = encodings.normalize_encoding(declared) if declared else None
    values_per_record = [_values(_raw_fields(raw)) for raw in records_raw]
    blob = b"\x1f".join(b"\x1f".join(values) for values in values_per_record)
    if not any(b >= 0x80 for b in blob) and not _MARC8_ESCAPE.search(blob):
        chosen = declared or encodings.UTF8
        return EncodingGuess(
            chosen,
            1.0,
            translate(
                "MarcIO",
                "The text is plain ASCII: every supported character set reads it the same.",
            ),
        )
    utf8 = _utf8_guess(records_raw)
    if utf8 is not None:
        return utf8
    marc8 = _marc8_guess(records_raw, values_per_record)
    if marc8 is not None:
        return marc8
    return _single_byte_guess(values_per_record, declared)


def _single_byte_guess(values_per_record: list[list[bytes]], declared: str | None) -> EncodingGuess:
    scores: dict[str, float] = {}
    count = 0
    for encoding in (encodings.CP1251, encodings.CP866, encodings.KOI8R):
        try:
            text = "\x1f".join(
                encodings.decode(value, encoding)
                for values in values_per_record
                for value in values
            )
        except UnicodeDecodeError:
            continue
        scores[encoding], count = _score(text)
    if not scores:
        return EncodingGuess(
            encodings.CP1251,
            0.1,
            translate("MarcIO", "No supported character set decodes this text."),
        )
    ranked = sorted(scores, key=scores.__getitem__, reverse=True)
    best = ranked[0]
    margin = scores[best] - scores[ranked[1]] if len(ranked) > 1 else 5.0
    if declared in scores and declared != best and scores[best] - scores[declared] < 0.05:
        best, margin = declared, 0.0
    confidence = round(min(0.98, 0.5 + 0.48 * math.tanh(2 * margin) * min(1.0, count / 20)), 2)
    reason = translate(
        "MarcIO",
        "Not UTF-8; {encoding} gives the most likely Cyrillic text ({n} characters checked).",
    ).format(encoding=_label(best), n=count)
    if best == encodings.CP1251:
        blob = b"".join(value for values in values_per_record for value in values)
        kz_bytes = sum(1 for b in blob if b in _KZ_POSITIONS)
        if kz_bytes:
            in_context, distinctive, total = _kazakh_in_context(
                "\x1f".join(
                    encodings.decode(value, encodings.KZ1048)
                    for values in values_per_record
                    for value in values
                )
            )
            if distinctive and in_context * 4 >= total * 3:
                return EncodingGuess(
                    encodings.KZ1048,
                    confidence,
                    translate(
                        "MarcIO",
                        "Windows Cyrillic with Kazakh letters inside words: KZ-1048 "
                        "({n} Kazakh letters).",
                    ).format(n=total),
                )
        elif declared == encodings.KZ1048:
            best = encodings.KZ1048
    return EncodingGuess(best, confidence, reason)


# --- flavour --------------------------------------------------------------------------

_UNIMARC_TAGS: Final = ("200", "210", "215", "225", "101", "606", "801")
_MARC21_TAGS: Final = ("245", "260", "264", "040", "650", "490")
_GENERAL_DATA_START: Final = re.compile(r"\d{8}[a-z]")


def _subfield(record: Record, tag: str, code: str) -> list[str]:
    return [value for item in record.get_fields(tag) for value in item.get_subfields(code)]


def _unimarc_general(record: Record) -> str | None:
    for value in _subfield(record, "100", "a"):
        if len(value) >= 30 and _GENERAL_DATA_START.match(value):
            return value
    return None


def _family_score(record: Record) -> int:
    """Positive for UNIMARC-family signs, negative for MARC21 signs."""
    score = 0
    leader = str(record.leader)
    if leader[20:24] == "450 ":
        score += 1
    if _unimarc_general(record) is not None:
        score += 3
    tags = {item.tag for item in record.fields}
    score += sum(2 for tag in _UNIMARC_TAGS if tag in tags)
    score -= sum(2 for tag in _MARC21_TAGS if tag in tags)
    control_008 = record.get("008")
    if control_008 is not None and control_008.control_field and len(control_008.data or "") >= 39:
        score -= 3
    return score


def _rusmarc_score(record: Record) -> int:
    score = 0
    general = _unimarc_general(record)
    if general is not None and {general[26:28], general[28:30]} & {"79", "89", "99"}:
        score += 2
    if any(value.lower().startswith("rubbk") for value in _subfield(record, "686", "2")):
        score += 2
    if any(value.lower() == "rusmarc" for value in _subfield(record, "801", "2")):
        score += 2
    control_001 = record.get("001")
    if control_001 is not None and (control_001.data or "").startswith(("RU\\", "RU/")):
        score += 1
    if "RU" in _subfield(record, "801", "a"):
        score += 1
    if any(item.get_subfields("a", "j", "p", "x") for item in record.get_fields("899")):
        score += 1
    return score


def detect_flavour(records: Iterable[Record]) -> Flavour:
    """``"marc21"``, ``"unimarc"`` or ``"rusmarc"`` by a vote over the records."""
    family = rusmarc = counted = 0
    for counted, record in enumerate(records, start=1):
        family += 1 if _family_score(record) > 0 else -1
        rusmarc += _rusmarc_score(record)
        if counted >= 200:
            break
    if counted == 0 or family <= 0:
        return "marc21"
    return "rusmarc" if rusmarc >= counted else "unimarc"
