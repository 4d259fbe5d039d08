"""ISO 2709 (binary MARC) writing, for MARC21, UNIMARC and RUSMARC.

Records are pymarc :class:`~pymarc.Record` or plain
:class:`~shkola_lib.io.marc.plain.PlainRecord` objects; the character set is a parameter
(UTF-8, CP1251, KZ-1048, …), and a field whose letters it cannot hold raises
:class:`UnencodableError` naming the field and the letters, never a silent replacement.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import BinaryIO, Final

from pymarc import Field, Record, Subfield
from pymarc.field import RawField

from shkola_lib.i18n import translate
from shkola_lib.io.marc import encodings
from shkola_lib.io.marc.encodings import normalize_encoding
from shkola_lib.io.marc.iso2709 import (
    _TAG_RE,
    FIELD_TERMINATOR,
    LEADER_LENGTH,
    MAX_RECORD_BYTES,
    SUBFIELD_DELIMITER,
    MarcRecordError,
    UnencodableError,
    _is_printable_ascii,
)
from shkola_lib.io.marc.plain import MarcFieldData, PlainRecord

_STRUCTURE_CHARS: Final = frozenset("\x1d\x1e\x1f")

# --- the fast path's tables ---------------------------------------------------------------

# Indicators as written: printable ASCII as it is, a missing (empty) one as a blank.
_INDICATORS: Final[dict[str | None, str]] = {
    **{chr(c): chr(c) for c in range(0x20, 0x7F)},
    "": " ",
    None: " ",
}
# Subfield code → delimiter and code, for the codes ISO 2709 allows (printable, no blank).
_CODES: Final[dict[str, str]] = {chr(c): "\x1f" + chr(c) for c in range(0x21, 0x7F)}
# The usual tags; others are checked against ``_TAG_RE``.
_DIGIT_TAGS: Final = frozenset(f"{n:03d}" for n in range(1000))


def _holds_non_sorting_marks(encoding: str) -> bool:
    try:
        (encodings.NSB + encodings.NSE).encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


# Single-byte sets without U+0088 / U+0089: text they encode has no non-sorting marks
# to turn into ESC H / ESC I, so the fast path looks for marks only when encoding fails.
_MARKLESS_SETS: Final = frozenset(
    e for e in encodings.SINGLE_BYTE_ENCODINGS if not _holds_non_sorting_marks(e)
)


def _is_marc21(record: Record | PlainRecord) -> bool:
    from shkola_lib.io.marc.detect import detect_flavour

    if isinstance(record, PlainRecord):
        record = record.to_pymarc()
    return detect_flavour([record]) == "marc21"


def _encode_text(text: str, encoding: str, tag: str) -> bytes:
    if "\x1d" in text or "\x1e" in text or "\x1f" in text:
        structural = [c for c in dict.fromkeys(text) if c in _STRUCTURE_CHARS]
        raise UnencodableError(tag, structural, encoding)
    try:
        return encodings.encode(text, encoding)
    except UnicodeEncodeError:
        raise UnencodableError(tag, encodings.unencodable(text, encoding), encoding) from None


def _quick_field_bytes(item: Field | MarcFieldData, encoding: str) -> bytes | None:
    """A regular data field encoded in one go (the usual case), else ``None``.

    Regular: one-character indicators and subfield codes in printable ASCII, no
    structural characters in the values, every character encodable. Anything else
    (and MARC-8, whose escapes are per value) takes :func:`_field_bytes`, which
    raises the precise error.
    """
    if encoding == encodings.MARC8 or isinstance(item, RawField) or item.control_field:
        return None
    indicators = item.indicators or (" ", " ")
    if len(indicators) != 2:
        return None
    ind1, ind2 = indicators[0] or " ", indicators[1] or " "
    parts = [ind1, ind2]
    for code, value in item.subfields:
        if len(code) != 1 or not "!" <= code <= "~":
            return None
        parts.append("\x1f")
        parts.append(code)
        parts.append(value or "")
    text = "".join(parts)
    if (
        len(ind1) != 1
        or len(ind2) != 1
        or not (" " <= ind1 <= "~" and " " <= ind2 <= "~")
        or text.count("\x1f") != len(item.subfields)
        or "\x1e" in text
        or "\x1d" in text
    ):
        return None
    if encoding in encodings.SINGLE_BYTE_ENCODINGS and (
        encodings.NSB in text or encodings.NSE in text
    ):
        return None
    try:
        return text.encode(encoding) + b"\x1e"
    except UnicodeEncodeError:
        return None


def _field_bytes(item: Field | MarcFieldData, encoding: str) -> bytes:
    quick = _quick_field_bytes(item, encoding)
    if quick is not None:
        return quick
    if isinstance(item, RawField):
        raise MarcRecordError(
            translate("MarcIO", "Field {tag} holds undecoded bytes.").format(tag=item.tag)
        )
    if item.control_field:
        return _encode_text(item.data or "", encoding, item.tag) + b"\x1e"
    out = bytearray()
    for indicator in item.indicators or (" ", " "):
        value = indicator or " "
        if len(value) != 1 or not 0x20 <= ord(value) <= 0x7E:
            raise MarcRecordError(
                translate("MarcIO", "Field {tag} has an invalid indicator “{ind}”.").format(
                    tag=item.tag, ind=value
                )
            )
        out.extend(value.encode("ascii"))
    for code, value in item.subfields:
        if len(code) != 1 or not 0x21 <= ord(code) <= 0x7E:
            raise MarcRecordError(
                translate("MarcIO", "Field {tag} has an invalid subfield code “{code}”.").format(
                    tag=item.tag, code=code
                )
            )
        out.append(SUBFIELD_DELIMITER)
        out.extend(code.encode("ascii"))
        out.extend(_encode_text(value or "", encoding, item.tag))
    out.append(FIELD_TERMINATOR)
    return bytes(out)


def _record_text(record: Record | PlainRecord) -> tuple[list[str], list[str], int] | None:
    """(tags, pieces of the fields' text, number of subfields), or ``None``.

    The pieces, joined, are every field's text followed by its terminator. Only for
    the usual shapes: a ``PlainRecord`` of ``MarcFieldData`` or a pymarc ``Record`` of
    ``Field`` (not ``RawField``), fields and subfields in lists. Indicators and
    subfield codes are checked by the table lookups (``KeyError``); values that are
    not text fail in the caller's join (``TypeError``); tags and structural
    characters are checked by the caller.
    """
    fields = record.fields
    if fields.__class__ is not list or not fields:
        return None
    indicators, codes = _INDICATORS, _CODES
    tags: list[str] = []
    pieces: list[str] = []
    add_tag, add = tags.append, pieces.append
    subfield_count = 0
    if record.__class__ is PlainRecord:
        for item in fields:
            if item.__class__ is not MarcFieldData:
                return None
            add_tag(item.tag)
            subfields = item.subfields
            if subfields is None:
                add(item.value or "")
            elif subfields.__class__ is list:
                add(indicators[item.ind1] + indicators[item.ind2])
                for code, value in subfields:
                    add(codes[code])
                    add(value)
                subfield_count += len(subfields)
            else:
                return None
            add("\x1e")
    elif record.__class__ is Record:
        for item in fields:
            if item.__class__ is not Field:
                return None
            add_tag(item.tag)
            if item.control_field:
                add(item.data or "")
            else:
                subfields = item.subfields
                pair = item.indicators or (" ", " ")
                if subfields.__class__ is not list or len(pair) != 2:
                    return None
                add(indicators[pair[0]] + indicators[pair[1]])
                for code, value in subfields:
                    add(codes[code])
                    add(value)
                subfield_count += len(subfields)
            add("\x1e")
    else:
        return None
    return tags, pieces, subfield_count


def _fast_body(record: Record | PlainRecord, encoding: str) -> tuple[bytes, bytes] | None:
    """(directory, field data), as :func:`_checked_body` gives them, or ``None``.

    The usual record in one pass: the text of all its fields joined, checked for
    structural characters and encoded at once, the directory formatted in one go.
    ``None`` whenever anything is unusual (an invalid tag, indicator or code, a
    structural character in a value, a letter the set cannot hold, a size over the
    limits, MARC-8, an unexpected type); the caller then takes :func:`_checked_body`,
    which raises the precise error. Nothing here has side effects, so trying this
    first changes nothing but the speed.
    """
    if encoding != encodings.UTF8 and encoding not in _MARKLESS_SETS:
        return None
    try:
        found = _record_text(record)
        if found is None:
            return None
        tags, pieces, subfield_count = found
        if not _DIGIT_TAGS.issuperset(tags) and not all(
            tag.__class__ is str and _TAG_RE.fullmatch(tag) for tag in tags
        ):
            return None
        text = "".join(pieces)
        if text.count("\x1f") != subfield_count or "\x1d" in text:
            return None  # (a 0x1E in a value shows in the split below)
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            if encoding == encodings.UTF8:
                return None
            # Non-sorting marks (which these sets lack) become ESC H / ESC I; any other
            # letter the set lacks raises again.
            data = encodings.encode(text, encoding)
    except (TypeError, ValueError, KeyError, AttributeError):
        return None
    chunks = data.split(b"\x1e")
    if len(chunks) != len(tags) + 1:  # 0x1E bytes besides the fields' terminators
        return None
    chunks.pop()  # (the empty one after the last terminator)
    if max(map(len, chunks)) + 1 > 9999:
        return None
    if LEADER_LENGTH + 12 * len(tags) + 1 + len(data) + 1 > MAX_RECORD_BYTES:
        return None
    # An entry is the tag and a nine-digit number: the field's length (4 digits) and
    # offset (5 digits, as the record is at most 99999 bytes long).
    numbers: list[int] = []
    offset = 0
    for chunk in chunks:
        length = len(chunk) + 1
        numbers.append(length * 100000 + offset)
        offset += length
    directory = ("%09d".join(tags) + "%09d") % tuple(numbers)
    return directory.encode("ascii"), data


def _checked_body(record: Record | PlainRecord, encoding: str) -> tuple[bytes, bytes]:
    """(directory, field data) of any record, field by field, raising what is wrong."""
    directory = bytearray()
    data = bytearray()
    for item in record.fields:
        tag = item.tag
        if not isinstance(tag, str) or not _TAG_RE.fullmatch(tag):
            raise MarcRecordError(translate("MarcIO", "Invalid tag “{tag}”.").format(tag=tag))
        chunk = _field_bytes(item, encoding)
        if len(chunk) > 9999:
            raise MarcRecordError(
                translate("MarcIO", "Field {tag} is longer than 9999 bytes.").format(tag=tag)
            )
        directory.extend(f"{tag}{len(chunk):04d}{len(data):05d}".encode("ascii"))
        data.extend(chunk)
    if not record.fields:
        raise MarcRecordError(translate("MarcIO", "The record has no fields."))
    return bytes(directory), bytes(data)


def record_to_iso2709(
    record: Record | PlainRecord, encoding: str = "utf-8", *, flavour: str | None = None
) -> bytes:
    """Serialise ``record`` in ``encoding``; lengths and offsets count encoded bytes.

    For MARC21 (``flavour`` or, when ``None``, detected from the record) leader/09 is
    set to ``a`` for UTF-8 and blank otherwise; a UNIMARC leader/09 ``a`` is cleared
    when writing a single-byte set. Raises :class:`UnencodableError` for text the
    encoding cannot hold (nothing is replaced) and :class:`MarcRecordError` for tags,
    indicators or sizes ISO 2709 cannot express.
    """
    encoding = normalize_encoding(encoding)
    body = _fast_body(record, encoding)
    directory, data = body if body is not None else _checked_body(record, encoding)
    base = LEADER_LENGTH + len(directory) + 1
    total = base + len(data) + 1
    if total > MAX_RECORD_BYTES:
        raise MarcRecordError(
            translate(
                "MarcIO", "The record is {n} bytes long; ISO 2709 allows at most 99999."
            ).format(n=total)
        )
    given = str(record.leader).ljust(LEADER_LENGTH)[:LEADER_LENGTH]
    if flavour is None:
        flavour = "marc21" if _is_marc21(record) else "unimarc"
    position_9 = given[9]
    if flavour == "marc21":
        position_9 = "a" if encoding == encodings.UTF8 else " "
    elif encoding != encodings.UTF8 and position_9 == "a":
        position_9 = " "
    entry_map = given[20:24]
    if entry_map not in ("4500", "450 "):
        entry_map = "4500"
    leader = f"{total:05d}{given[5:9]}{position_9}22{base:05d}{given[17:20]}{entry_map}"
    if not (leader.isascii() and leader.isprintable()) and not _is_printable_ascii(
        leader.encode("utf-8")  # (a lone surrogate raises here, as it always did)
    ):
        raise MarcRecordError(
            translate("MarcIO", "The leader contains characters that are not printable ASCII.")
        )
    return b"".join((leader.encode("ascii"), directory, b"\x1e", data, b"\x1d"))


def write_iso2709(
    records: Iterable[Record],
    stream: BinaryIO,
    encoding: str = "utf-8",
    *,
    flavour: str | None = None,
) -> int:
    """Write ``records`` to ``stream``; return how many were written.

    Each record is serialised completely before it is written, so an
    :class:`UnencodableError` leaves the earlier records in the stream and none of
    the failing one; the error's ``record_index`` (1-based) says which record failed.
    """
    count = 0
    for count, record in enumerate(records, start=1):
        try:
            stream.write(record_to_iso2709(record, encoding, flavour=flavour))
        except MarcRecordError as exc:
            exc.record_index = count
            raise
    return count


def unencodable_fields(record: Record | PlainRecord, encoding: str) -> list[tuple[str, list[str]]]:
    """(tag, characters) for every field whose text ``encoding`` cannot hold."""
    found: list[tuple[str, list[str]]] = []
    for item in record.fields:
        if item.control_field:
            texts = [item.data or ""]
        else:
            texts = [value or "" for _code, value in item.subfields]
        chars = encodings.unencodable("".join(texts), encoding)
        if chars:
            found.append((item.tag, chars))
    return found


# UNIMARC 100$a/26-29 character set codes for the encodings we write.
UNIMARC_CHARSET_CODES: Final = {
    encodings.UTF8: "50  ",
    encodings.CP1251: "0189",
    encodings.CP866: "0179",
    encodings.KOI8R: "0199",
}


def declare_unimarc_charset(record: Record | PlainRecord, encoding: str) -> bool:
    """Set UNIMARC 100$a/26-29 to the code of ``encoding``; return whether it changed.

    The writers never change field data themselves; an export calls this when it
    wants the declaration to match what it writes. KZ-1048 and MARC-8 have no code.
    """
    code = UNIMARC_CHARSET_CODES.get(normalize_encoding(encoding))
    field_100 = record.get("100")
    if code is None or field_100 is None or field_100.control_field:
        return False
    subfields = field_100.subfields
    for position, (sub_code, old) in enumerate(subfields):
        if sub_code == "a" and len(old) >= 30:
            value = old[:26] + code + old[30:]
            if value == old:
                return False
            plain = not isinstance(subfields[position], Subfield)
            new = ("a", value) if plain else Subfield("a", value)
            field_100.subfields = [*subfields[:position], new, *subfields[position + 1 :]]
            return True
    return False
