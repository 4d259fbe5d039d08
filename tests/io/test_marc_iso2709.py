"""ISO 2709 reading and writing: structure, broken records, round trips, yaz as reader."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pymarc import Field, Indicators, Leader, Record, Subfield

from shkola_lib.io.marc import (
    MarcRecordError,
    UnencodableError,
    declare_unimarc_charset,
    iter_raw_records,
    parse_record,
    read_iso2709,
    record_to_iso2709,
    unencodable_fields,
    write_iso2709,
)
from shkola_lib.io.marc.iso2709 import parse_record_with_warnings
from tests.io.marc_helpers import CORPUS_ISO, CorpusFile, corpus_iso, record_tuples, yaz_count


def build_raw(
    fields: list[tuple[bytes, bytes]],
    *,
    leader: bytes = b"00000nam  2200000   4500",
    order: list[int] | None = None,
) -> bytes:
    """An ISO 2709 record from (tag, data-with-terminator) pairs; ``order`` permutes the data."""
    order = order if order is not None else list(range(len(fields)))
    offsets: dict[int, int] = {}
    data = b""
    for i in order:
        offsets[i] = len(data)
        data += fields[i][1]
    directory = b"".join(
        tag + b"%04d%05d" % (len(body), offsets[i]) for i, (tag, body) in enumerate(fields)
    )
    directory += b"\x1e"
    base = 24 + len(directory)
    total = base + len(data) + 1
    return (
        b"%05d" % total + leader[5:12] + b"%05d" % base + leader[17:] + directory + data + b"\x1d"
    )


def first_raw(path: Path) -> bytes:
    with path.open("rb") as stream:
        return next(iter_raw_records(stream)).data


def simple_record(title: str = "Title", tag: str = "245") -> Record:
    record = Record(leader="00000nam  2200000   4500")
    record.add_field(Field(tag="001", data="id-1"))
    record.add_field(Field(tag, Indicators("1", "0"), [Subfield("a", title)]))
    return record


# --- reading structure ------------------------------------------------------------------


def test_directory_offsets_are_used_not_the_data_order() -> None:
    fields = [(b"001", b"X1\x1e"), (b"245", b"10\x1faFirst\x1e"), (b"500", b"  \x1faSecond\x1e")]
    raw = build_raw(fields, order=[2, 0, 1])
    record = parse_record(raw, "utf-8")
    assert record_tuples(record) == [
        ("001", "X1"),
        ("245", "10", (("a", "First"),)),
        ("500", "  ", (("a", "Second"),)),
    ]


def test_lengths_and_offsets_count_bytes_of_the_encoding() -> None:
    record = simple_record("Абай жолы")
    utf8 = record_to_iso2709(record, "utf-8")
    cp1251 = record_to_iso2709(record, "cp1251")
    # "Абай жолы": 9 characters, 8 of them Cyrillic (2 bytes each in UTF-8).
    assert len(utf8) - len(cp1251) == 8
    assert utf8[24 + 12 + 3 : 24 + 12 + 7] == b"%04d" % (2 + 2 + 17 + 1)
    assert parse_record(utf8, "utf-8")["245"]["a"] == "Абай жолы"
    assert parse_record(cp1251, "cp1251")["245"]["a"] == "Абай жолы"


def test_lengths_counted_in_characters_are_recovered_with_a_warning() -> None:
    body = "  \x1faПушкин\x1e".encode()
    fields = [(b"001", b"X\x1e"), (b"245", body)]
    raw = bytearray(build_raw(fields))
    # Rewrite the 245 entry with the length in characters, as some writers do.
    chars = len("  \x1faПушкин\x1e")
    raw[24 + 12 + 3 : 24 + 12 + 7] = b"%04d" % chars
    record, warnings = parse_record_with_warnings(bytes(raw), "utf-8")
    assert record["245"]["a"] == "Пушкин"
    assert warnings and "terminators" in warnings[0]


def test_wrong_leader_length_is_recovered_by_the_terminator() -> None:
    good = record_to_iso2709(simple_record("One"), "utf-8")
    second = record_to_iso2709(simple_record("Two"), "utf-8")
    wrong = b"00010" + good[5:]
    results = list(read_iso2709(io.BytesIO(wrong + second), "utf-8"))
    assert [r.record["245"]["a"] for r in results] == ["One", "Two"]
    assert results[0].warnings and "00010" not in results[0].warnings[0]  # numbers, not text
    assert "10" in results[0].warnings[0]
    assert results[1].byte_offset == len(wrong)


def test_padding_between_records_is_skipped(corpus_dir: Path) -> None:
    # testunimarc.dat ends with a newline, bad_indicator.dat with 700+ blanks.
    with (corpus_dir / "pymarc/testunimarc.dat").open("rb") as stream:
        assert len(list(iter_raw_records(stream))) == 1
    with (corpus_dir / "pymarc/bad_indicator.dat").open("rb") as stream:
        assert len(list(iter_raw_records(stream))) == 1
    record = record_to_iso2709(simple_record(), "utf-8")
    data = b"\r\n" + record + b"\n\x00\x00" + record + b"  \n\x1a"
    raws = list(iter_raw_records(io.BytesIO(data)))
    assert [(r.position_index, r.byte_offset) for r in raws] == [(1, 2), (2, 2 + len(record) + 3)]


def test_non_sorting_marks_are_kept(corpus_dir: Path) -> None:
    with (corpus_dir / "pymarc/testunimarc.dat").open("rb") as stream:
        (result,) = list(read_iso2709(stream, "utf-8"))
    assert result.record["200"]["a"] == "\x88L'\x89altra faccia della spirale"
    # ESC-H / ESC-I in a single-byte file become the same marks, and are written back.
    raw = build_raw([(b"200", b"1 \x1fa\x1bHThe \x1bIend\x1e")], leader=b"00000nam0 22000000i 450 ")
    record = parse_record(raw, "cp1251")
    assert record["200"]["a"] == "\x88The \x89end"
    assert b"\x1bHThe \x1bIend" in record_to_iso2709(record, "cp1251")
    assert "\x88The \x89end".encode() in record_to_iso2709(record, "utf-8")


# --- broken records ------------------------------------------------------------------------

GOOD_245 = (b"245", b"10\x1faTitle\x1e")


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"00010nam", ["too short"]),
        (b"0001\x01nam  2200000   4500\x1e\x1d", ["printable"]),
        (b"abcdenam  2200025   4500\x1e\x1d", ["record length", "abcde"]),
        (b"00027nam  22000xx   4500\x1e\x1d\x1d\x1d", ["base address", "000xx"]),
        (b"00026nam  2200099   4500\x1e\x1d", ["99"]),
        (b"00038nam  2200038   45002450089000001\x1e\x1d", ["13 bytes", "12"]),
        (b"00026nam  2200025   4500\x1e\x1d", ["no fields"]),
    ],
)
def test_bad_leaders_and_directories_are_named(raw: bytes, words: list[str]) -> None:
    with pytest.raises(MarcRecordError) as caught:
        parse_record(raw, "utf-8")
    for word in words:
        assert word in caught.value.reason


def test_offset_out_of_range_names_the_field() -> None:
    raw = bytearray(build_raw([(b"001", b"X\x1e"), GOOD_245]))
    raw[24 + 12 + 7 : 24 + 12 + 12] = b"09000"
    with pytest.raises(MarcRecordError, match=r"245.*outside"):
        parse_record(bytes(raw), "utf-8")


def test_undecodable_bytes_name_the_field_and_encoding() -> None:
    raw = build_raw([(b"001", b"X\x1e"), (b"245", b"10\x1faBad \xff\xfe\x1e")])
    with pytest.raises(MarcRecordError) as caught:
        parse_record(raw, "utf-8")
    assert "245 $a" in caught.value.reason
    assert "UTF-8" in caught.value.reason
    assert "0xFF" in caught.value.reason
    assert parse_record(raw, "cp1251")["245"]["a"] == "Bad яю"


def test_bad_indicator_bad_subfield_code_and_bad_tag() -> None:
    with pytest.raises(MarcRecordError, match="245 has invalid indicators"):
        parse_record(build_raw([(b"245", b"1\x01\x1faT\x1e")]), "utf-8")
    with pytest.raises(MarcRecordError, match=r"245 has an invalid subfield code \(byte 0x20\)"):
        parse_record(build_raw([(b"245", b"10\x1f T\x1e")]), "utf-8")
    with pytest.raises(MarcRecordError, match="invalid tag “2 5”"):
        parse_record(build_raw([(b"2 5", b"10\x1faT\x1e")]), "utf-8")
    with pytest.raises(MarcRecordError, match="empty subfield"):
        parse_record(build_raw([(b"245", b"10\x1f\x1faT\x1e")]), "utf-8")


def test_missing_indicators_and_extra_blanks_are_repaired_with_warnings() -> None:
    raw = build_raw([(b"245", b"\x1faNo indicators\x1e"), (b"610", b"   \x1faKeyword\x1e")])
    record, warnings = parse_record_with_warnings(raw, "utf-8")
    assert record_tuples(record) == [
        ("245", "  ", (("a", "No indicators"),)),
        ("610", "  ", (("a", "Keyword"),)),
    ]
    assert len(warnings) == 2
    assert "245" in warnings[0] and "610" in warnings[1]


def test_bad_records_file_keeps_the_good_ones(corpus_dir: Path) -> None:
    with (corpus_dir / "pymarc/bad_records.mrc").open("rb") as stream:
        results = list(read_iso2709(stream, "utf-8"))
    assert [r.index for r in results] == list(range(1, 9))
    good = [r.index for r in results if r.record is not None]
    assert good == [1, 8]
    for result in results:
        assert (result.error is None) == (result.index in good)
    reasons = {r.index: r.error for r in results if r.error}
    assert "99937" in reasons[2]
    assert "base address 0 " in reasons[3]
    assert "13 bytes" in reasons[4] and "13 bytes" in reasons[5]
    assert "f0037" in reasons[6]
    assert "no fields" in reasons[7]
    assert results[0].record["245"]["a"] == "The pragmatic programmer : "
    assert results[7].byte_offset == 790  # where yaz-marcdump -p puts record 8


@pytest.mark.parametrize(
    ("name", "index", "words"),
    [
        ("pymarc/bad_indicator.dat", 1, ["invalid tag", "0 2"]),
        ("pymarc/bad_subfield_code.dat", 1, ["245", "subfield code", "0xC3"]),
        # Its 260 has U+FFFD (EF BF BD) where a subfield code belongs.
        ("pymarc/utf8_invalid.mrc", 1, ["260", "subfield code", "0xEF"]),
    ],
)
def test_broken_corpus_records_are_reported(
    corpus_dir: Path, name: str, index: int, words: list[str]
) -> None:
    with (corpus_dir / name).open("rb") as stream:
        results = list(read_iso2709(stream, "utf-8"))
    assert len(results) == 1
    assert results[0].index == index and results[0].record is None
    for word in words:
        assert word in results[0].error


def test_utf8_errors_file_is_good_utf8_and_bad_marc8(corpus_dir: Path) -> None:
    path = corpus_dir / "pymarc/utf8_errors.dat"
    with path.open("rb") as stream:
        (good,) = list(read_iso2709(stream, "utf-8"))
    # Decomposed as in the file (S + combining dot below …): data is kept as it was.
    assert (
        good.record["245"]["a"] == "[Imperial military middle school, S\u0323an\u02bba\u0304\u02be]"
    )
    with path.open("rb") as stream:
        (bad,) = list(read_iso2709(stream, "marc-8"))
    assert bad.record is None
    assert "245" in bad.error and "MARC-8" in bad.error


def test_truncated_file_gives_complete_records_and_one_error(corpus_dir: Path) -> None:
    data = (corpus_dir / "rusmarc-nlr/TEST1.ISO").read_bytes()
    raws = list(iter_raw_records(io.BytesIO(data)))
    cut = raws[40].byte_offset + len(raws[40].data) // 2  # in the middle of record 41
    results = list(read_iso2709(io.BytesIO(data[:cut]), "cp1251"))
    assert len(results) == 41
    assert all(r.record is not None for r in results[:40])
    assert results[40].record is None
    assert results[40].index == 41
    assert results[40].byte_offset == raws[40].byte_offset
    assert "incomplete" in results[40].error


class TrickleStream(io.RawIOBase):
    """A stream that hands out a few bytes per read, like a slow pipe."""

    def __init__(self, data: bytes, step: int = 7) -> None:
        self._data = data
        self._pos = 0
        self._step = step

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        chunk = self._data[self._pos : self._pos + self._step]
        self._pos += len(chunk)
        return chunk


def test_large_records_and_short_reads(corpus_dir: Path) -> None:
    record = Record(leader="00000nam  2200000   4500")
    for number in range(9):
        text = f"{number}" + "ж" * 4400  # 8801 bytes in UTF-8: the record is over 64 KiB
        record.add_field(Field("505", Indicators("0", " "), [Subfield("a", text)]))
    big = record_to_iso2709(record, "utf-8")
    assert 65536 < len(big) <= 99999
    small = record_to_iso2709(simple_record("Small"), "utf-8")
    results = list(read_iso2709(io.BytesIO(small + big + small), "utf-8"))
    assert [r.error for r in results] == [None, None, None]
    assert record_tuples(results[1].record) == record_tuples(record)
    assert results[2].byte_offset == len(small) + len(big)
    test2 = (corpus_dir / "rusmarc-nlr/TEST2.ISO").read_bytes()
    trickled = list(read_iso2709(TrickleStream(test2 * 3), "cp1251"))  # type: ignore[arg-type]
    assert [r.byte_offset for r in trickled] == [0, len(test2), 2 * len(test2)]
    assert all(r.record is not None for r in trickled)
    with pytest.raises(MarcRecordError, match="99999"):
        for _ in range(3):
            record.add_field(Field("505", Indicators("0", " "), [Subfield("a", "ж" * 4000)]))
        record_to_iso2709(record, "utf-8")


def test_garbage_without_terminators_is_bounded() -> None:
    record = record_to_iso2709(simple_record("After"), "utf-8")
    data = b"x" * 250_000 + b"\x1d" + record
    results = list(read_iso2709(io.BytesIO(data), "utf-8"))
    # One error for the whole stretch (reading resumes after its terminator).
    assert [r.record is None for r in results] == [True, False]
    assert [r.index for r in results] == [1, 2]
    assert "99999" in results[0].error
    assert results[-1].record["245"]["a"] == "After"
    assert results[-1].byte_offset == 250_001


# --- writing -------------------------------------------------------------------------------


def test_marc21_leader_09_follows_the_encoding() -> None:
    record = simple_record("Title")
    assert record_to_iso2709(record, "utf-8")[9:10] == b"a"
    assert record_to_iso2709(record, "cp1251")[9:10] == b" "
    assert record_to_iso2709(record, "marc-8")[9:10] == b" "


def test_unimarc_leader_is_kept(corpus_dir: Path) -> None:
    raw = first_raw(corpus_dir / "rusmarc-nlr/TEST1.ISO")
    record = parse_record(raw, "cp1251")
    out = record_to_iso2709(record, "utf-8")
    assert out[20:24] == b"450 "
    assert out[5:12] == raw[5:12]
    assert out[17:20] == raw[17:20]


def test_kazakh_title_cannot_be_written_in_cp1251() -> None:
    record = simple_record("Қазақ әдебиеті")
    with pytest.raises(UnencodableError) as caught:
        record_to_iso2709(record, "cp1251")
    assert caught.value.tag == "245"
    assert "Қ" in caught.value.chars and "ә" in caught.value.chars
    assert "245" in caught.value.reason and "Қ" in caught.value.reason
    assert unencodable_fields(record, "cp1251") == [("245", ["Қ", "қ", "ә"])]
    raw = record_to_iso2709(record, "kz1048")
    assert parse_record(raw, "kz1048")["245"]["a"] == "Қазақ әдебиеті"
    assert unencodable_fields(record, "kz1048") == []


def test_write_iso2709_reports_which_record_failed() -> None:
    stream = io.BytesIO()
    records = [simple_record("Один"), simple_record("Қазақ"), simple_record("Три")]
    with pytest.raises(UnencodableError) as caught:
        write_iso2709(records, stream, "cp1251")
    assert caught.value.record_index == 2
    assert [
        r.record["245"]["a"] for r in read_iso2709(io.BytesIO(stream.getvalue()), "cp1251")
    ] == ["Один"]
    stream = io.BytesIO()
    assert write_iso2709(records, stream, "utf-8") == 3


def test_what_iso2709_cannot_hold_is_refused() -> None:
    with pytest.raises(UnencodableError, match="U\\+001E"):
        record_to_iso2709(simple_record("a\x1eb"), "utf-8")
    with pytest.raises(MarcRecordError, match="9999"):
        record_to_iso2709(simple_record("ж" * 5000), "utf-8")
    assert record_to_iso2709(simple_record("ж" * 5000), "cp1251")  # 5000 bytes fit
    with pytest.raises(MarcRecordError, match="tag"):
        record_to_iso2709(simple_record("x", tag="2450"), "utf-8")


def test_declare_unimarc_charset(corpus_dir: Path) -> None:
    raw = first_raw(corpus_dir / "rusmarc-nlr/TEST1.ISO")
    record = parse_record(raw, "cp1251")
    assert record["100"]["a"][26:30] == "0189"
    assert declare_unimarc_charset(record, "utf-8") is True
    assert record["100"]["a"][26:30] == "50  "
    assert len(record["100"]["a"]) == 36
    assert declare_unimarc_charset(record, "utf-8") is False
    assert declare_unimarc_charset(record, "kz1048") is False  # RUSMARC has no code for it


@corpus_iso
def test_round_trip_through_utf8_and_yaz_reads_it(
    corpus_dir: Path, item: CorpusFile, tmp_path: Path
) -> None:
    with (corpus_dir / item.name).open("rb") as stream:
        records = [r.record for r in read_iso2709(stream, item.encoding)]
    out = tmp_path / "out.mrc"
    with out.open("wb") as stream:
        assert write_iso2709(records, stream, "utf-8") == item.records
    with out.open("rb") as stream:
        again = list(read_iso2709(stream, "utf-8"))
    assert [r.warnings for r in again] == [()] * item.records
    assert [record_tuples(r.record) for r in again] == [record_tuples(r) for r in records]
    count, complaints = yaz_count(out)
    assert count == item.records
    assert complaints == []


@pytest.mark.parametrize(
    "item",
    [
        c
        for c in CORPUS_ISO
        if c.name not in ("rusmarc-nlr/ur.iso", "pymarc/utf8_without_leader_flag.dat")
    ],
    ids=lambda c: c.name,
)
def test_writing_in_the_files_own_encoding_reproduces_its_bytes(
    corpus_dir: Path, item: CorpusFile
) -> None:
    # Excluded: ur.iso (its 610 blanks are dropped on reading) and the file whose
    # leader/09 does not say UTF-8 (the writer sets it).
    with (corpus_dir / item.name).open("rb") as stream:
        raws = list(iter_raw_records(stream))
    for raw in raws:
        assert record_to_iso2709(parse_record(raw.data, item.encoding), item.encoding) == raw.data


def test_leader_is_a_pymarc_leader() -> None:
    record = parse_record(record_to_iso2709(simple_record(), "utf-8"), "utf-8")
    assert isinstance(record.leader, Leader)
    assert record.leader[5:9] == "nam "
