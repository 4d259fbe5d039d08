"""The ISO 2709 writer's fast path: the same bytes and the same errors as ever.

Random plain records (valid and broken ones) are written with every supported
character set and compared with a reference written here from the standard, one value
at a time, and with the writer's general path (the fast path switched off).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from unittest import mock

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pymarc import Record

from shkola_lib.io.marc import encodings, iso2709_writer
from shkola_lib.io.marc.iso2709 import MarcRecordError, UnencodableError
from shkola_lib.io.marc.iso2709_writer import record_to_iso2709
from shkola_lib.io.marc.plain import MarcFieldData, PlainRecord

ENCODINGS = ("utf-8", "cp1251", "kz1048", "cp866", "koi8-r", "marc-8")
FLAVOURS = ("marc21", "unimarc", "rusmarc")

PROPERTY_SETTINGS = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    derandomize=True,
)

# --- the reference: ISO 2709 one value at a time, as the writer's contract says --------

_TAG = re.compile("[0-9A-Za-z]{3}")


def _value_bytes(text: str, tag: str, encoding: str) -> bytes:
    structural = [c for c in dict.fromkeys(text) if c in "\x1d\x1e\x1f"]
    if structural:
        raise UnencodableError(tag, structural, encoding)
    try:
        return encodings.encode(text, encoding)
    except UnicodeEncodeError:
        raise UnencodableError(tag, encodings.unencodable(text, encoding), encoding) from None


def _field_bytes(field: MarcFieldData, encoding: str) -> bytes:
    tag = field.tag
    if field.subfields is None:
        return _value_bytes(field.value or "", tag, encoding) + b"\x1e"
    out = b""
    for indicator in (field.ind1 or " ", field.ind2 or " "):
        if len(indicator) != 1 or not " " <= indicator <= "~":
            raise MarcRecordError(f"Field {tag} has an invalid indicator “{indicator}”.")
        out += indicator.encode("ascii")
    for code, value in field.subfields:
        if len(code) != 1 or not "!" <= code <= "~":
            raise MarcRecordError(f"Field {tag} has an invalid subfield code “{code}”.")
        out += b"\x1f" + code.encode("ascii") + _value_bytes(value, tag, encoding)
    return out + b"\x1e"


def reference_iso2709(record: PlainRecord, encoding: str, *, flavour: str) -> bytes:
    """The record in ``encoding``, or the error the writer must raise."""
    entries: list[str] = []
    data = b""
    for field in record.fields:
        if not _TAG.fullmatch(field.tag):
            raise MarcRecordError(f"Invalid tag “{field.tag}”.")
        chunk = _field_bytes(field, encoding)
        if len(chunk) > 9999:
            raise MarcRecordError(f"Field {field.tag} is longer than 9999 bytes.")
        entries.append(f"{field.tag}{len(chunk):04d}{len(data):05d}")
        data += chunk
    if not record.fields:
        raise MarcRecordError("The record has no fields.")
    directory = "".join(entries) + "\x1e"
    base = 24 + len(directory)
    total = base + len(data) + 1
    if total > 99999:
        raise MarcRecordError(f"The record is {total} bytes long; ISO 2709 allows at most 99999.")
    given_leader = record.leader.ljust(24)[:24]
    position_9 = given_leader[9]
    if flavour == "marc21":
        position_9 = "a" if encoding == "utf-8" else " "
    elif encoding != "utf-8" and position_9 == "a":
        position_9 = " "
    entry_map = given_leader[20:] if given_leader[20:] in ("4500", "450 ") else "4500"
    leader = (
        f"{total:05d}{given_leader[5:9]}{position_9}22{base:05d}{given_leader[17:20]}{entry_map}"
    )
    if not all(" " <= c <= "~" for c in leader):
        raise MarcRecordError("The leader contains characters that are not printable ASCII.")
    return leader.encode("ascii") + directory.encode("ascii") + data + b"\x1d"


# --- random records ------------------------------------------------------------------

_LATIN = "abcxyzABCXYZ0123456789 .,:;-/()[]=+'\"&"
_RUSSIAN = _LATIN + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЁЖЗЙЯЭЮ№«»—"
_KAZAKH = _RUSSIAN + "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
#: Rarely in a value: structural characters, non-sorting marks, an escape, letters
#: some or all single-byte sets lack, a lone surrogate (not even UTF-8 holds it).
_RARE = ["\x1d", "\x1e", "\x1f", "\x88", "\x89", "\x1b", "€", "é", "ñ", "中", "😀", "\ud800"]
_BAD_TAGS = ["24", "2450", "ж45", "", "24 ", "2-5", "\x1e45"]
_BAD_INDICATORS = ["é", "\x1f", "ab", "\x7f", "ж"]
_BAD_CODES = ["", " ", "ab", "ж", "\x1f", "\x1e", "\x7f"]


def _mostly(common: st.SearchStrategy[str], rare: list[str]) -> st.SearchStrategy[str]:
    """``common``, or (one time in thirty) one of ``rare``."""
    return st.integers(0, 29).flatmap(lambda n: st.sampled_from(rare) if n == 0 else common)


@st.composite
def _value(draw: st.DrawFn, letters: str) -> str:
    text = draw(st.text(alphabet=letters, max_size=30))
    if draw(st.integers(0, 14)) == 0:
        position = draw(st.integers(0, len(text)))
        text = text[:position] + draw(st.sampled_from(_RARE)) + text[position:]
    if draw(st.integers(0, 49)) == 0:  # near the 9999-byte field limit
        text += draw(st.sampled_from(["ж" * 4996, "ж" * 5000, "x" * 9990, "x" * 9996]))
    return text


_tags = _mostly(
    st.one_of(
        st.sampled_from([f"{n:03d}" for n in range(10)]),  # control fields
        st.integers(10, 999).map(lambda n: f"{n:03d}"),
        st.text(alphabet="0123456789ABCXYZabz", min_size=3, max_size=3),
    ),
    _BAD_TAGS,
)
_indicators = _mostly(
    st.sampled_from([" ", "", "0", "1", "4", "#", "|", "\\", "~"]), _BAD_INDICATORS
)
_codes = _mostly(st.sampled_from(list("abcdefhpxz0123456789!~")), _BAD_CODES)


@st.composite
def _field(draw: st.DrawFn, letters: str) -> MarcFieldData:
    tag = draw(_tags)
    control = tag < "010" and tag.isdigit()
    if draw(st.integers(0, 19)) == 0:  # a control tag with subfields, or the other way round
        control = not control
    if control:
        return MarcFieldData(tag, value=draw(st.one_of(st.none(), _value(letters))))
    subfields = draw(st.lists(st.tuples(_codes, _value(letters)), max_size=6))
    return MarcFieldData(tag, draw(_indicators), draw(_indicators), None, subfields)


_leaders = _mostly(
    st.one_of(
        st.builds(
            lambda nine, entry_map: f"00000nam {nine}2200000 i {entry_map}",
            st.sampled_from([" ", "a", "z"]),
            st.sampled_from(["4500", "450 ", "45  ", "0000"]),
        ),
        st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=30),
    ),
    ["00000nam  22000001  45ж0", "00000n\x1em  2200000   450 "],
)
#: Records in Latin, Russian (CP1251 holds them) or Kazakh letters (CP1251 does not).
plain_records = st.sampled_from([_LATIN, _RUSSIAN, _KAZAKH]).flatmap(
    lambda letters: st.builds(
        PlainRecord, _leaders, st.lists(_field(letters), min_size=1, max_size=12)
    )
)


def _outcome(
    write: Callable[..., bytes], record: PlainRecord | Record, encoding: str, flavour: str
) -> tuple[str, object]:
    """("ok", bytes) or ("error", (type, message, tag, chars)), to compare two writers."""
    try:
        return "ok", write(record, encoding, flavour=flavour)
    except MarcRecordError as exc:
        return "error", (
            type(exc),
            str(exc),
            getattr(exc, "tag", None),
            getattr(exc, "chars", None),
        )


def _general_path(record: PlainRecord | Record, encoding: str, *, flavour: str) -> bytes:
    """The writer with its fast path switched off."""
    with mock.patch.object(iso2709_writer, "_fast_body", return_value=None):
        return record_to_iso2709(record, encoding, flavour=flavour)


# --- properties ----------------------------------------------------------------------


@PROPERTY_SETTINGS
@given(record=plain_records, flavour=st.sampled_from(FLAVOURS))
@example(record=PlainRecord("00000nam a2200000 i 4500", []), flavour="marc21")
def test_plain_records_are_written_as_the_reference_writes_them(
    record: PlainRecord, flavour: str
) -> None:
    for encoding in ENCODINGS:
        expected = _outcome(reference_iso2709, record, encoding, flavour)
        assert _outcome(record_to_iso2709, record, encoding, flavour) == expected, encoding


@PROPERTY_SETTINGS
@given(record=plain_records, flavour=st.sampled_from(FLAVOURS))
@example(record=PlainRecord("00000nam a2200000 i 4500", []), flavour="marc21")
def test_the_fast_path_gives_what_the_general_path_gives(record: PlainRecord, flavour: str) -> None:
    records: list[PlainRecord | Record] = [record]
    if len(record.leader) == 24:  # (pymarc takes no other leader)
        records.append(record.to_pymarc())
    for item in records:
        for encoding in ENCODINGS:
            expected = _outcome(_general_path, item, encoding, flavour)
            assert _outcome(record_to_iso2709, item, encoding, flavour) == expected, encoding
            fast = iso2709_writer._fast_body(item, encoding)
            if fast is not None:
                assert fast == iso2709_writer._checked_body(item, encoding)


# --- the fast path is taken when it should be -----------------------------------------


def _ordinary_record() -> PlainRecord:
    return PlainRecord(
        "00000nam a2200000 i 4500",
        [
            MarcFieldData("001", value="SLB1"),
            MarcFieldData("008", value="250828s2022    xx     j      000 0 rus d"),
            MarcFieldData("100", "1", " ", None, [("a", "Толстой, Лев")]),
            MarcFieldData(
                "245", "1", "0", None, [("a", "\x88Война \x89и мир /"), ("c", "Л. Толстой")]
            ),
            MarcFieldData("852", " ", " ", None, [("h", "84(2Рос=Рус)1"), ("p", "000123")]),
            MarcFieldData("FMT", " ", " ", None, [("a", "BK")]),
        ],
    )


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251", "kz1048", "cp866", "koi8-r"])
def test_ordinary_records_take_the_fast_path(encoding: str) -> None:
    plain = _ordinary_record()
    for record in (plain, plain.to_pymarc()):
        body = iso2709_writer._fast_body(record, encoding)
        assert body is not None
        assert body == iso2709_writer._checked_body(record, encoding)
    assert record_to_iso2709(plain, encoding, flavour="marc21") == reference_iso2709(
        plain, encoding, flavour="marc21"
    )


def test_marc8_and_unusual_records_take_the_general_path() -> None:
    record = _ordinary_record()
    assert iso2709_writer._fast_body(record, "marc-8") is None
    record.fields[2].subfields = tuple(record.fields[2].subfields)  # type: ignore[assignment]
    assert iso2709_writer._fast_body(record, "utf-8") is None
    assert record_to_iso2709(record, "utf-8", flavour="marc21") == _general_path(
        record, "utf-8", flavour="marc21"
    )


@pytest.mark.parametrize(
    ("extra", "fits"),
    [
        # the field: 2 indicators, $a, "title" and the extra letters, a terminator
        ("x" * (9999 - 10), True),
        ("x" * (9999 - 9), False),
    ],
)
def test_the_field_length_limit(extra: str, fits: bool) -> None:
    record = PlainRecord("", [MarcFieldData("245", " ", " ", None, [("a", "title" + extra)])])
    assert (iso2709_writer._fast_body(record, "utf-8") is not None) == fits
    for encoding in ("utf-8", "cp1251"):
        assert _outcome(record_to_iso2709, record, encoding, "marc21") == _outcome(
            reference_iso2709, record, encoding, "marc21"
        )


@pytest.mark.parametrize(("padding", "fits"), [(0, True), (1, False)])
def test_the_record_length_limit(padding: int, fits: bool) -> None:
    # In CP1251 a letter is a byte; a field is 2 indicators, $a, its letters, a terminator.
    fields = [MarcFieldData("500", " ", " ", None, [("a", "ж" * 9000)]) for _ in range(10)]
    used = 24 + 11 * 12 + 1 + 10 * (2 + 2 + 9000 + 1) + 1  # leader, directory, data, 0x1D
    fields.append(MarcFieldData("500", " ", " ", None, [("a", "x" * (99999 - used - 5 + padding))]))
    record = PlainRecord("", fields)
    assert (iso2709_writer._fast_body(record, "cp1251") is not None) == fits
    outcome = _outcome(record_to_iso2709, record, "cp1251", "unimarc")
    assert outcome == _outcome(reference_iso2709, record, "cp1251", "unimarc")
    assert outcome[0] == ("ok" if fits else "error")
    if fits:
        assert len(outcome[1]) == 99999  # type: ignore[arg-type]
