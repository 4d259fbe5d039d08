"""One entry point for reading a MARC file of any supported format.

:func:`open_marc` sniffs the format, the character set and the flavour from the
first records, gives a preview of decoded titles for the user to confirm, and
re-reads the whole file on demand with the chosen (or overridden) encoding.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from os import PathLike
from pathlib import Path
from typing import Final

from pymarc import Record

from shkola_lib.i18n import translate
from shkola_lib.io.marc import encodings
from shkola_lib.io.marc.detect import (
    EncodingGuess,
    Flavour,
    Format,
    declared_encoding,
    detect_encoding,
    detect_flavour,
    detect_format,
)
from shkola_lib.io.marc.iso2709 import (
    MarcRecordError,
    ReadResult,
    iter_raw_records,
    parse_record_with_warnings,
    read_iso2709,
)
from shkola_lib.io.marc.marcxml import read_marcxml
from shkola_lib.io.marc.mrk import read_mrk

SAMPLE_RECORDS: Final = 200
_HEAD_BYTES: Final = 64 * 1024
_COUNT_CHUNK: Final = 1024 * 1024
_XML_RECORD_START: Final = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?record[\s>/]")
_XML_ENCODING: Final = re.compile(rb"""<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']""")
_FORMATS: Final = ("iso2709", "marcxml", "mrk")


def record_title(record: Record, flavour: str) -> str | None:
    """The title for display: 245$a(+$b) for MARC21, 200$a(+$e) for UNIMARC/RUSMARC.

    Non-sorting marks, repeated blanks and trailing ISBD punctuation (`` /``) are
    removed; ``None`` when the record has no title field.
    """
    order = ("245", "200") if flavour == "marc21" else ("200", "245")
    for tag in order:
        item = record.get(tag)
        if item is None or item.control_field:
            continue
        main = item.get("a")
        if not main:
            continue
        if tag == "245":
            other = item.get("b")
            title = f"{main} {other}" if other else main
        else:
            other = item.get("e")
            title = f"{main} : {other}" if other else main
        # One space between words, no ISBD punctuation left dangling at the end.
        return " ".join(encodings.strip_non_sorting(title).split()).rstrip(" /:;,=")
    return None


def _count(path: Path, pattern: re.Pattern[bytes]) -> int:
    """Matches of ``pattern`` in the file, read in chunks (matches are short)."""
    total = 0
    tail = b""
    with path.open("rb") as stream:
        while chunk := stream.read(_COUNT_CHUNK):
            data = tail + chunk
            matches = list(pattern.finditer(data))
            keep_from = max(0, len(data) - 64)
            total += sum(1 for m in matches if m.start() < keep_from)
            tail = data[keep_from:]
    return total + len(pattern.findall(tail))


@dataclass(frozen=True)
class MarcFile:
    """A MARC file with what was detected about it.

    ``total_estimate`` is exact for files within the sample and for MARCXML/MarcEdit
    (counted), and estimated from the average record size for larger ISO 2709 files.
    """

    path: Path
    format: Format
    encoding: EncodingGuess
    flavour: Flavour
    total_estimate: int
    sample: tuple[ReadResult, ...] = field(repr=False, default=())

    @property
    def sample_errors(self) -> int:
        """How many of the sampled records could not be read with this encoding."""
        return sum(1 for result in self.sample if result.error is not None)

    def preview(self, n: int = 10) -> list[str]:
        """Titles of the first ``n`` readable records, decoded with the chosen encoding."""
        titles: list[str] = []
        for result in self.sample:
            if len(titles) >= n:
                break
            if result.record is None:
                continue
            title = record_title(result.record, self.flavour)
            if title is not None:
                titles.append(title)
        return titles

    def records(self, *, plain: bool = False) -> Iterator[ReadResult]:
        """Read the whole file again (lazily), with the chosen encoding.

        With ``plain``, ISO 2709 records come as :class:`PlainRecord` (faster to map);
        MARCXML and MarcEdit records are pymarc records either way.
        """
        if self.format == "marcxml":
            yield from read_marcxml(self.path)
            return
        with self.path.open("rb") as stream:
            if self.format == "mrk":
                yield from read_mrk(stream, self.encoding.encoding)
            else:
                yield from read_iso2709(stream, self.encoding.encoding, plain=plain)

    def with_encoding(self, encoding: str) -> MarcFile:
        """The same file read with ``encoding`` chosen by the user (new sample and preview)."""
        return open_marc(self.path, format=self.format, encoding=encoding)


def _user_choice(encoding: str) -> EncodingGuess:
    return EncodingGuess(
        encodings.normalize_encoding(encoding), 1.0, translate("MarcIO", "Chosen by the user.")
    )


def _open_iso2709(path: Path, encoding: str) -> tuple[EncodingGuess, list[ReadResult], int]:
    with path.open("rb") as stream:
        raws = list(itertools.islice(iter_raw_records(stream), SAMPLE_RECORDS + 1))
    complete = len(raws) <= SAMPLE_RECORDS
    raws = raws[:SAMPLE_RECORDS]
    if encoding == "auto":
        datas = [raw.data for raw in raws]
        guess = detect_encoding(datas, declared_encoding(datas))
    else:
        guess = _user_choice(encoding)
    sample: list[ReadResult] = []
    for raw in raws:
        try:
            record, warnings = parse_record_with_warnings(raw.data, guess.encoding)
        except MarcRecordError as exc:
            sample.append(ReadResult(raw.position_index, raw.byte_offset, None, exc.reason))
        else:
            sample.append(
                ReadResult(raw.position_index, raw.byte_offset, record, None, tuple(warnings))
            )
    if complete or not raws:
        total = len(raws)
    else:
        covered = raws[-1].byte_offset + len(raws[-1].data)
        total = max(len(raws), round(path.stat().st_size * len(raws) / max(covered, 1)))
    return guess, sample, total


def open_marc(
    path: str | PathLike[str], *, format: str = "auto", encoding: str = "auto"
) -> MarcFile:
    """Open a MARC file, detecting what is set to ``"auto"``.

    ``encoding`` applies to ISO 2709 and MarcEdit files; a MARCXML file's encoding is
    given by its XML declaration. Raises
    :class:`~shkola_lib.io.marc.detect.MarcFormatError` for a file in no MARC format
    and ``OSError`` when it cannot be read.
    """
    file_path = Path(path)
    with file_path.open("rb") as stream:
        head = stream.read(_HEAD_BYTES)
    if format == "auto":
        fmt: Format = detect_format(head)
    elif format in _FORMATS:
        fmt = format  # type: ignore[assignment]
    else:
        raise ValueError(f"unknown MARC format: {format!r}")
    if fmt == "iso2709":
        guess, sample, total = _open_iso2709(file_path, encoding)
    elif fmt == "marcxml":
        match = _XML_ENCODING.search(head[:200])
        declared = match.group(1).decode("ascii") if match else "UTF-8"
        guess = EncodingGuess(
            encodings.UTF8 if declared.lower().replace("_", "-") in ("utf-8", "utf8") else declared,
            1.0,
            translate("MarcIO", "MARCXML: the XML declaration gives the encoding ({name}).").format(
                name=declared
            ),
        )
        sample = list(itertools.islice(read_marcxml(file_path), SAMPLE_RECORDS))
        total = _count(file_path, _XML_RECORD_START)
    else:
        if encoding == "auto":
            guess = EncodingGuess(
                encodings.UTF8, 1.0, translate("MarcIO", "MarcEdit text files are UTF-8.")
            )
        else:
            guess = _user_choice(encoding)
        with file_path.open("rb") as stream:
            sample = list(itertools.islice(read_mrk(stream, guess.encoding), SAMPLE_RECORDS))
        total = _count(file_path, re.compile(rb"(?m)^(?:\xef\xbb\xbf)?=LDR"))
    flavour = detect_flavour(result.record for result in sample if result.record is not None)
    return MarcFile(file_path, fmt, guess, flavour, total, tuple(sample))
