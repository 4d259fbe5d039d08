"""MarcEdit text (.mrk): exact format, escapes, round trips, broken lines."""

from __future__ import annotations

import io
from pathlib import Path

from pymarc import Field, Indicators, Leader, Record, Subfield

from shkola_lib.io.marc import read_iso2709, read_mrk, record_to_mrk, write_mrk
from tests.io.marc_helpers import CorpusFile, corpus_iso, record_tuples


def sample_record() -> Record:
    record = Record()
    record.leader = Leader("00000nam  2200000 i 450 ")  # Record() would force "4500"
    record.add_field(Field(tag="001", data="RU\\NLR\\bibl 1"))
    record.add_field(
        Field(
            "200",
            Indicators("1", " "),
            [
                Subfield("a", "\x88The \x89price is $5 {approx.} C:\\dir"),
                Subfield("e", "{dollar} stays literal"),
            ],
        )
    )
    record.add_field(Field("899", Indicators(" ", " "), [Subfield("a", "tab\there")]))
    return record


def test_the_text_has_marcedit_shape() -> None:
    text = record_to_mrk(sample_record())
    assert text.splitlines() == [
        "=LDR  00000nam\\\\2200000\\i\\450\\",
        "=001  RU{bsol}NLR{bsol}bibl\\1",
        "=200  1\\$a\x88The \x89price is {dollar}5 {lcub}approx.{rcub} C:\\dir"
        "$e{lcub}dollar{rcub} stays literal",
        "=899  \\\\$atab{U+0009}here",
    ]


def test_write_then_read_is_identical() -> None:
    records = [sample_record(), sample_record()]
    stream = io.BytesIO()
    assert write_mrk(records, stream) == 2
    data = stream.getvalue()
    assert b"\n\n=LDR" in data  # records separated by a blank line
    again = list(read_mrk(io.BytesIO(data)))
    assert [r.error for r in again] == [None, None]
    assert [record_tuples(r.record) for r in again] == [record_tuples(r) for r in records]
    assert [str(r.record.leader) for r in again] == [str(r.leader) for r in records]
    assert again[1].byte_offset == data.index(b"\n\n=LDR") + 2


@corpus_iso
def test_corpus_round_trip(corpus_dir: Path, item: CorpusFile) -> None:
    with (corpus_dir / item.name).open("rb") as stream:
        records = [r.record for r in read_iso2709(stream, item.encoding)]
    stream = io.BytesIO()
    write_mrk(records, stream)
    again = list(read_mrk(io.BytesIO(stream.getvalue())))
    assert [record_tuples(r.record) for r in again] == [record_tuples(r) for r in records]
    assert [str(r.record.leader) for r in again] == [str(r.leader) for r in records]


def test_reads_marcedit_files_with_bom_crlf_and_mnemonics() -> None:
    text = (
        "\ufeff=LDR  00000nam\\\\2200000\\a\\4500\r\n"
        "=001  12345\r\n"
        "=245  10$aPrice {dollar}10 /$cby A. Author.\r\n"
        "\r\n"
        "=LDR  00000nam\\\\2200000\\a\\4500\r\n"
        "=245  00$aSecond\r\n"
        "=LDR  00000nam\\\\2200000\\a\\4500\r\n"  # no blank line before this record
        "=245  00$aThird"
    )
    results = list(read_mrk(io.BytesIO(text.encode("utf-8"))))
    assert [r.error for r in results] == [None, None, None]
    first = results[0].record
    assert str(first.leader) == "00000nam  2200000 a 4500"
    assert first["001"].data == "12345"
    assert first["245"].indicators == Indicators("1", "0")
    assert first["245"]["a"] == "Price $10 /"
    assert [r.record["245"]["a"] for r in results[1:]] == ["Second", "Third"]


def test_a_broken_record_is_reported_and_reading_goes_on() -> None:
    text = (
        "=LDR  00000nam\\\\2200000\\a\\4500\n"
        "=245  10$aGood one\n"
        "\n"
        "=LDR  00000nam\\\\2200000\\a\\4500\n"
        "this line is not a field\n"
        "\n"
        "=LDR  short\n"
        "=245  10$aBad leader\n"
        "\n"
        "=LDR  00000nam\\\\2200000\\a\\4500\n"
        "=245  10$aGood again\n"
    )
    data = text.encode("utf-8") + b"\n=LDR  00000nam\\\\2200000\\a\\4500\n=245  10$a\xff\xfe\n"
    results = list(read_mrk(io.BytesIO(data)))
    assert [r.index for r in results] == [1, 2, 3, 4, 5]
    assert [r.record is not None for r in results] == [True, False, False, True, False]
    assert "Line 5" in results[1].error
    assert "24" in results[2].error
    assert "UTF-8" in results[4].error
    assert results[3].record["245"]["a"] == "Good again"
