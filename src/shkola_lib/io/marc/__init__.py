"""MARC files: ISO 2709, MARCXML and MarcEdit text, in MARC21, UNIMARC and RUSMARC.

Records are pymarc :class:`~pymarc.Record` objects. Start with
:func:`~shkola_lib.io.marc.reader.open_marc`; the writers are
:func:`write_iso2709`, :func:`write_marcxml` and :func:`write_mrk`.
"""

from shkola_lib.io.marc.detect import (
    EncodingGuess,
    MarcFormatError,
    declared_encoding,
    detect_encoding,
    detect_flavour,
    detect_format,
)
from shkola_lib.io.marc.encodings import (
    ENCODING_LABELS,
    SUPPORTED_ENCODINGS,
    decode,
    encode,
    strip_non_sorting,
    unencodable,
)
from shkola_lib.io.marc.iso2709 import (
    MarcRecordError,
    RawRecord,
    ReadResult,
    UnencodableError,
    iter_raw_records,
    parse_record,
    read_iso2709,
)
from shkola_lib.io.marc.iso2709_writer import (
    declare_unimarc_charset,
    record_to_iso2709,
    unencodable_fields,
    write_iso2709,
)
from shkola_lib.io.marc.marcxml import read_marcxml, record_to_marcxml, write_marcxml
from shkola_lib.io.marc.mrk import read_mrk, record_to_mrk, write_mrk
from shkola_lib.io.marc.reader import MarcFile, open_marc, record_title

__all__ = [
    "ENCODING_LABELS",
    "SUPPORTED_ENCODINGS",
    "EncodingGuess",
    "MarcFile",
    "MarcFormatError",
    "MarcRecordError",
    "RawRecord",
    "ReadResult",
    "UnencodableError",
    "declare_unimarc_charset",
    "declared_encoding",
    "decode",
    "detect_encoding",
    "detect_flavour",
    "detect_format",
    "encode",
    "iter_raw_records",
    "open_marc",
    "parse_record",
    "read_iso2709",
    "read_marcxml",
    "read_mrk",
    "record_title",
    "record_to_iso2709",
    "record_to_marcxml",
    "record_to_mrk",
    "strip_non_sorting",
    "unencodable",
    "unencodable_fields",
    "write_iso2709",
    "write_marcxml",
    "write_mrk",
]
