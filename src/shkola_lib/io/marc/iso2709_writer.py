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
    RECORD_TERMINATOR,
    SUBFIELD_DELIMITER,
    MarcRecordError,
    UnencodableError,
    _is_printable_ascii,
)
from shkola_lib.io.marc.plain import MarcFieldData, PlainRecord

_STRUCTURE_CHARS: Final = frozenset("\x1d\x1e\x1f")


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
    directory.append(FIELD_TERMINATOR)
    data.append(RECORD_TERMINATOR)
    base = LEADER_LENGTH + len(directory)
    total = base + len(data)
    if total > MAX_RECORD_BYTES:
        raise MarcRecordError(
            translate(
                "MarcIO", "The record is {n} bytes long; ISO 2709 allows at most 99999."
            ).format(n=total)
        )
    leader = list(str(record.leader).ljust(LEADER_LENGTH)[:LEADER_LENGTH])
    if flavour is None:
        flavour = "marc21" if _is_marc21(record) else "unimarc"
    if flavour == "marc21":
        leader[9] = "a" if encoding == encodings.UTF8 else " "
    elif encoding != encodings.UTF8 and leader[9] == "a":
        leader[9] = " "
    leader[0:5] = f"{total:05d}"
    leader[10:12] = "22"
    leader[12:17] = f"{base:05d}"
    entry_map = "".join(leader[20:24])
    if entry_map not in ("4500", "450 "):
        leader[20:24] = "4500"
    text = "".join(leader)
    if not _is_printable_ascii(text.encode("utf-8")):
        raise MarcRecordError(
            translate("MarcIO", "The leader contains characters that are not printable ASCII.")
        )
    return text.encode("ascii") + bytes(directory) + bytes(data)


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


#: UNIMARC 100$a/26-29 character set codes for the encodings we write.
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
