"""ISO 2709 (binary MARC) reading, for MARC21, UNIMARC and RUSMARC (writing: iso2709_writer).

Our own reader rather than pymarc's: it takes the character set as a parameter
(CP1251, KZ-1048, … not only UTF-8 / MARC-8), uses the directory's byte offsets,
reports every broken record with a reason instead of stopping, and bounds the work
spent on garbage. Records are returned as pymarc :class:`~pymarc.Record` objects, or
as :class:`~shkola_lib.io.marc.plain.PlainRecord` for an import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO, Final

from pymarc import Record

from shkola_lib.i18n import translate
from shkola_lib.io.marc import encodings
from shkola_lib.io.marc.encodings import ENCODING_LABELS, normalize_encoding
from shkola_lib.io.marc.plain import MarcFieldData, PlainRecord

RECORD_TERMINATOR: Final = 0x1D
FIELD_TERMINATOR: Final = 0x1E
SUBFIELD_DELIMITER: Final = 0x1F
LEADER_LENGTH: Final = 24
DIRECTORY_ENTRY_LENGTH: Final = 12
# The largest record ISO 2709 can describe (five-digit record length).
MAX_RECORD_BYTES: Final = 99999

_READ_CHUNK: Final = 64 * 1024
_SKIPPED_BETWEEN_RECORDS: Final = b" \t\r\n\x00\x1a\x1d\x1e"
_TAG_RE: Final = re.compile(r"[0-9A-Za-z]{3}")
_DIRECTORY_RE: Final = re.compile(rb"(?:[0-9A-Za-z]{3}[0-9]{9})+")


class MarcRecordError(ValueError):
    """A record that cannot be read or written; ``reason`` is shown to the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        # Set by the writers: the 1-based number of the record that failed.
        self.record_index: int | None = None


class UnencodableError(MarcRecordError):
    """Text of field ``tag`` has characters ``chars`` the target format cannot hold."""

    def __init__(self, tag: str, chars: list[str], encoding: str = "") -> None:
        self.tag = tag
        self.chars = list(chars)
        self.encoding = encoding
        shown = " ".join(_show_char(c) for c in self.chars)
        label = ENCODING_LABELS.get(encoding, encoding)
        if label:
            reason = translate(
                "MarcIO", "Field {tag}: these characters cannot be written in {encoding}: {chars}"
            ).format(tag=tag, encoding=label, chars=shown)
        else:
            reason = translate(
                "MarcIO", "Field {tag}: these characters cannot be written: {chars}"
            ).format(tag=tag, chars=shown)
        super().__init__(reason)


def _show_char(char: str) -> str:
    """A character as the user can see it: itself, or its code for invisible ones."""
    if char.isprintable() and not char.isspace():
        return char
    return f"U+{ord(char):04X}"


@dataclass(frozen=True, slots=True)
class RawRecord:
    """The bytes of one record as cut from the file (``position_index`` is 1-based)."""

    position_index: int
    byte_offset: int
    data: bytes


@dataclass(frozen=True, slots=True)
class ReadResult:
    """One record read from a file: either ``record`` or ``error`` is set.

    ``index`` is the 1-based record number in the file; ``byte_offset`` where it starts
    (``None`` when the format has no meaningful offset); ``warnings`` lists problems
    that were repaired while reading.
    """

    index: int
    byte_offset: int | None
    record: Record | PlainRecord | None
    error: str | None = None
    warnings: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return self.record is not None


# --- splitting a file into records ----------------------------------------------------


def iter_raw_records(
    stream: BinaryIO, *, max_record_bytes: int = MAX_RECORD_BYTES
) -> Iterator[RawRecord]:
    """Cut ``stream`` into records at the record terminator 0x1D.

    The leader's record length is not trusted for cutting (it is checked later), so a
    wrong length costs one warning, not the rest of the file. Whitespace, NULs and
    stray terminators between records are skipped. A stretch without a terminator
    longer than ``max_record_bytes`` is returned as one (bad) record and reading
    resumes after the next terminator; the end of a truncated file is returned as
    the last, incomplete record.
    """
    buffer = bytearray()
    buffer_offset = 0  # file offset of buffer[0]
    eof = False
    index = 0

    def fill() -> bool:
        nonlocal eof
        if eof:
            return False
        chunk = stream.read(_READ_CHUNK)
        if not chunk:
            eof = True
            return False
        buffer.extend(chunk)
        return True

    def consume(count: int) -> None:
        nonlocal buffer_offset
        del buffer[:count]
        buffer_offset += count

    while True:
        # Skip the separators and padding between records.
        while True:
            skip = 0
            while skip < len(buffer) and buffer[skip] in _SKIPPED_BETWEEN_RECORDS:
                skip += 1
            consume(skip)
            if buffer or not fill():
                break
        if not buffer:
            return
        index += 1
        searched = 0
        end = -1
        while True:
            end = buffer.find(RECORD_TERMINATOR, searched, max_record_bytes + 1)
            if end >= 0 or len(buffer) > max_record_bytes:
                break
            searched = len(buffer)
            if not fill():
                break
        if end >= 0:
            yield RawRecord(index, buffer_offset, bytes(buffer[: end + 1]))
            consume(end + 1)
            continue
        if len(buffer) <= max_record_bytes:  # end of file inside a record
            yield RawRecord(index, buffer_offset, bytes(buffer))
            consume(len(buffer))
            return
        # No terminator within the bound: report the stretch, resume after the next one.
        yield RawRecord(index, buffer_offset, bytes(buffer[:max_record_bytes]))
        consume(max_record_bytes)
        while True:
            end = buffer.find(RECORD_TERMINATOR)
            if end >= 0:
                consume(end + 1)
                break
            consume(len(buffer))
            if not fill():
                return


# --- parsing one record ---------------------------------------------------------------


def _number(raw: bytes, start: int, end: int, what: str) -> int:
    """The number at leader positions ``start:end``; ``what`` names it (translated)."""
    chunk = raw[start:end]
    if not chunk.isdigit() or not chunk.isascii():
        raise MarcRecordError(
            translate(
                "MarcIO", "The {what} at leader positions {start}-{end} is not a number: “{value}”."
            ).format(what=what, start=start, end=end - 1, value=chunk.decode("latin-1"))
        )
    return int(chunk)


def _is_printable_ascii(data: bytes) -> bool:
    return all(0x20 <= b <= 0x7E for b in data)


def _field_spans(
    raw: bytes, base: int, directory: bytes, warnings: list[str]
) -> list[tuple[str, int, int]]:
    """(tag, start, end) of each field's data, terminator excluded, in directory order."""
    entries = _well_formed_entries(raw, base, directory)
    if entries is None:
        entries = _checked_entries(raw, base, directory)
    if all(raw[end] == FIELD_TERMINATOR for _, _, end in entries):
        if any(raw.find(FIELD_TERMINATOR, start, end) >= 0 for _, start, end in entries):
            bad = next(t for t, s, e in entries if raw.find(FIELD_TERMINATOR, s, e) >= 0)
            raise MarcRecordError(
                translate("MarcIO", "Field {tag}: its length covers more than one field.").format(
                    tag=bad
                )
            )
        return entries
    return _spans_from_terminators(raw, base, entries, warnings)


def _well_formed_entries(
    raw: bytes, base: int, directory: bytes
) -> list[tuple[str, int, int]] | None:
    """The entries of a directory without faults (the usual case), else ``None``."""
    if not _DIRECTORY_RE.fullmatch(directory):
        return None
    size = len(raw)
    entries: list[tuple[str, int, int]] = []
    for pos in range(0, len(directory), DIRECTORY_ENTRY_LENGTH):
        length = int(directory[pos + 3 : pos + 7])
        start = base + int(directory[pos + 7 : pos + 12])
        if length < 1 or start + length > size:
            return None
        entries.append((directory[pos : pos + 3].decode("ascii"), start, start + length - 1))
    return entries


def _checked_entries(raw: bytes, base: int, directory: bytes) -> list[tuple[str, int, int]]:
    """The entries of a directory, raising :class:`MarcRecordError` for the first fault."""
    entries: list[tuple[str, int, int]] = []
    for number, pos in enumerate(range(0, len(directory), DIRECTORY_ENTRY_LENGTH), start=1):
        entry = directory[pos : pos + DIRECTORY_ENTRY_LENGTH]
        tag_bytes, length_bytes, offset_bytes = entry[:3], entry[3:7], entry[7:12]
        if not _is_printable_ascii(tag_bytes) or not _TAG_RE.fullmatch(tag_bytes.decode()):
            raise MarcRecordError(
                translate("MarcIO", "Directory entry {n} has an invalid tag “{tag}”.").format(
                    n=number,
                    tag=tag_bytes.decode("latin-1").encode("unicode_escape").decode("ascii"),
                )
            )
        tag = tag_bytes.decode("ascii")
        if not (length_bytes.isdigit() and offset_bytes.isdigit() and entry.isascii()):
            raise MarcRecordError(
                translate(
                    "MarcIO",
                    "Directory entry {n} (field {tag}): the length or offset is not a number.",
                ).format(n=number, tag=tag)
            )
        length, offset = int(length_bytes), int(offset_bytes)
        start = base + offset
        if length < 1 or start + length > len(raw):
            raise MarcRecordError(
                translate(
                    "MarcIO",
                    "Field {tag}: offset {offset} and length {length} point outside the record.",
                ).format(tag=tag, offset=offset, length=length)
            )
        entries.append((tag, start, start + length - 1))
    return entries


def _spans_from_terminators(
    raw: bytes, base: int, entries: list[tuple[str, int, int]], warnings: list[str]
) -> list[tuple[str, int, int]]:
    """Recover when directory lengths do not match (e.g. counted in characters).

    Possible only when the data area holds exactly one terminated field per directory
    entry: fields are then matched to entries in the order of their offsets.
    """
    bad_tag = next(tag for tag, _, end in entries if raw[end] != FIELD_TERMINATOR)
    data_end = len(raw) - 1 if raw.endswith(b"\x1d") else len(raw)
    pieces: list[tuple[int, int]] = []
    start = base
    while start < data_end:
        end = raw.find(FIELD_TERMINATOR, start, data_end)
        if end < 0:
            break
        pieces.append((start, end))
        start = end + 1
    if len(pieces) != len(entries) or start != data_end:
        raise MarcRecordError(
            translate(
                "MarcIO", "Field {tag}: its length and offset do not end at a field terminator."
            ).format(tag=bad_tag)
        )
    order = sorted(range(len(entries)), key=lambda i: (entries[i][1], i))
    spans: list[tuple[str, int, int]] = [("", 0, 0)] * len(entries)
    for piece, entry_index in zip(pieces, order, strict=True):
        spans[entry_index] = (entries[entry_index][0], piece[0], piece[1])
    warnings.append(
        translate(
            "MarcIO", "Field lengths in the directory were wrong; fields were found by terminators."
        )
    )
    return spans


def _decode(data: bytes, encoding: str) -> str:
    """:func:`encodings.decode` for a normalised ``encoding`` (called for every value)."""
    if encoding == encodings.MARC8:
        return encodings.decode(data, encoding)
    text = data.decode(encoding)
    if "\x1b" in text:
        text = text.replace("\x1bH", encodings.NSB).replace("\x1bI", encodings.NSE)
    return text


def _decode_value(data: bytes, encoding: str, tag: str, code: str | None) -> str:
    try:
        return _decode(data, encoding)
    except UnicodeDecodeError as exc:
        where = f"{tag} ${code}" if code else tag
        raise MarcRecordError(
            translate(
                "MarcIO",
                "Field {field}: the bytes cannot be decoded as {encoding} "
                "(byte 0x{byte:02X} at position {pos}).",
            ).format(
                field=where,
                encoding=ENCODING_LABELS.get(encoding, encoding),
                byte=data[exc.start] if exc.start < len(data) else 0,
                pos=exc.start,
            )
        ) from None


def _quick_data_field(tag: str, data: bytes, encoding: str) -> MarcFieldData | None:
    """A well-formed data field decoded in one go (the usual case), else ``None``.

    The field terminator and subfield delimiter are ASCII and cannot occur inside a
    character of the single-byte sets or UTF-8, so decoding the whole field and
    splitting it at U+001F gives the same subfields as splitting first. MARC-8
    (escape sequences) and anything irregular take :func:`_data_field`, which says
    what is wrong.
    """
    if (
        encoding == encodings.MARC8
        or len(data) < 4
        or data[2] != SUBFIELD_DELIMITER
        or not (0x20 <= data[0] <= 0x7E and 0x20 <= data[1] <= 0x7E)
    ):
        return None
    try:
        text = data[3:].decode(encoding)
    except UnicodeDecodeError:
        return None
    if "\x1b" in text:
        text = text.replace("\x1bH", encodings.NSB).replace("\x1bI", encodings.NSE)
    subfields: list[tuple[str, str]] = []
    for part in text.split("\x1f"):
        if not part or not "!" <= part[0] <= "~":
            return None
        subfields.append((part[0], part[1:]))
    return MarcFieldData(tag, chr(data[0]), chr(data[1]), None, subfields)


def _data_field(tag: str, data: bytes, encoding: str, warnings: list[str]) -> MarcFieldData:
    if data[:1] == b"\x1f":
        warnings.append(
            translate("MarcIO", "Field {tag} had no indicators; blanks were assumed.").format(
                tag=tag
            )
        )
        data = b"  " + data
    if len(data) < 2:
        raise MarcRecordError(translate("MarcIO", "Field {tag} has no indicators.").format(tag=tag))
    indicators = data[:2]
    if not _is_printable_ascii(indicators):
        raise MarcRecordError(
            translate("MarcIO", "Field {tag} has invalid indicators “{ind}”.").format(
                tag=tag, ind=indicators.decode("latin-1").encode("unicode_escape").decode("ascii")
            )
        )
    body = data[2:]
    if body and body[0] != SUBFIELD_DELIMITER:
        extra = len(body) - len(body.lstrip(b" "))
        if not extra or body[extra : extra + 1] not in (b"\x1f", b""):
            raise MarcRecordError(
                translate(
                    "MarcIO", "Field {tag}: the data does not start with a subfield code."
                ).format(tag=tag)
            )
        warnings.append(
            translate(
                "MarcIO",
                "Field {tag} had {n} extra blanks after the indicators; they were dropped.",
            ).format(tag=tag, n=extra)
        )
        body = body[extra:]
    subfields: list[tuple[str, str]] = []
    if body:
        for chunk in body[1:].split(b"\x1f"):
            if not chunk:
                raise MarcRecordError(
                    translate("MarcIO", "Field {tag} has an empty subfield (no code).").format(
                        tag=tag
                    )
                )
            code_byte = chunk[0]
            if not 0x21 <= code_byte <= 0x7E:
                raise MarcRecordError(
                    translate(
                        "MarcIO", "Field {tag} has an invalid subfield code (byte 0x{byte:02X})."
                    ).format(tag=tag, byte=code_byte)
                )
            code = chr(code_byte)
            subfields.append((code, _decode_value(chunk[1:], encoding, tag, code)))
    ind = indicators.decode("ascii")
    return MarcFieldData(tag, ind[0], ind[1], None, subfields)


def parse_record_with_warnings(raw: bytes, encoding: str) -> tuple[Record, list[str]]:
    """Like :func:`parse_record`, also returning the problems that were repaired."""
    plain, warnings = parse_plain_with_warnings(raw, encoding)
    return plain.to_pymarc(), warnings


def parse_plain_with_warnings(raw: bytes, encoding: str) -> tuple[PlainRecord, list[str]]:
    """The record as plain fields, and the problems that were repaired."""
    encoding = normalize_encoding(encoding)
    warnings: list[str] = []
    if len(raw) < LEADER_LENGTH + 1:
        raise MarcRecordError(
            translate("MarcIO", "The record is too short ({n} bytes) to hold a leader.").format(
                n=len(raw)
            )
        )
    if not raw.endswith(b"\x1d") and len(raw) >= MAX_RECORD_BYTES:
        raise MarcRecordError(
            translate("MarcIO", "No record terminator within {n} bytes.").format(n=MAX_RECORD_BYTES)
        )
    leader_bytes = raw[:LEADER_LENGTH]
    if not _is_printable_ascii(leader_bytes):
        raise MarcRecordError(
            translate("MarcIO", "The leader contains bytes that are not printable ASCII.")
        )
    declared_length = _number(raw, 0, 5, translate("MarcIO", "record length"))
    base = _number(raw, 12, 17, translate("MarcIO", "base address of data"))
    if not raw.endswith(b"\x1d"):
        raise MarcRecordError(
            translate(
                "MarcIO", "The record is incomplete: the file ends after {n} of {total} bytes."
            ).format(n=len(raw), total=declared_length)
        )
    if declared_length != len(raw):
        warnings.append(
            translate(
                "MarcIO", "The leader gives the record length as {declared}, it is {actual}."
            ).format(declared=declared_length, actual=len(raw))
        )
    if not LEADER_LENGTH < base < len(raw):
        raise MarcRecordError(
            translate("MarcIO", "The base address {base} is outside the record.").format(base=base)
        )
    if raw[base - 1] != FIELD_TERMINATOR:
        raise MarcRecordError(
            translate("MarcIO", "The directory does not end at the base address {base}.").format(
                base=base
            )
        )
    directory = raw[LEADER_LENGTH : base - 1]
    if len(directory) % DIRECTORY_ENTRY_LENGTH:
        raise MarcRecordError(
            translate("MarcIO", "The directory is {n} bytes long, not a multiple of 12.").format(
                n=len(directory)
            )
        )
    if not directory:
        raise MarcRecordError(translate("MarcIO", "The record has no fields."))
    fields: list[MarcFieldData] = []
    for tag, start, end in _field_spans(raw, base, directory, warnings):
        data = raw[start:end]
        if tag.isdigit() and tag < "010":
            fields.append(MarcFieldData(tag, " ", " ", _decode_value(data, encoding, tag, None)))
        else:
            quick = _quick_data_field(tag, data, encoding)
            fields.append(quick or _data_field(tag, data, encoding, warnings))
    return PlainRecord(leader_bytes.decode("ascii"), fields), list(dict.fromkeys(warnings))


def parse_record(raw: bytes, encoding: str) -> Record:
    """Parse one ISO 2709 record; raise :class:`MarcRecordError` saying what is wrong.

    Field data is located by the directory's byte offsets and lengths (data need not
    be in directory order) and each field is decoded with ``encoding``.
    """
    return parse_record_with_warnings(raw, encoding)[0]


def read_iso2709(
    stream: BinaryIO,
    encoding: str,
    *,
    max_record_bytes: int = MAX_RECORD_BYTES,
    plain: bool = False,
) -> Iterator[ReadResult]:
    """Every record of ``stream``; a bad record is reported and reading goes on.

    Records are pymarc records, or :class:`PlainRecord` with ``plain`` (imports).
    """
    encoding = normalize_encoding(encoding)
    parse = parse_plain_with_warnings if plain else parse_record_with_warnings
    for raw in iter_raw_records(stream, max_record_bytes=max_record_bytes):
        try:
            record, warnings = parse(raw.data, encoding)
        except MarcRecordError as exc:
            yield ReadResult(raw.position_index, raw.byte_offset, None, exc.reason)
        else:
            yield ReadResult(raw.position_index, raw.byte_offset, record, None, tuple(warnings))


# --- writing --------------------------------------------------------------------------
