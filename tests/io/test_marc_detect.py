"""Format, character set and flavour detection on real files and transcoded copies."""

from __future__ import annotations

from pathlib import Path

import pytest
from pymarc import Field, Indicators, Record, Subfield

from shkola_lib.io.marc import (
    MarcFormatError,
    UnencodableError,
    declared_encoding,
    detect_encoding,
    detect_flavour,
    detect_format,
    iter_raw_records,
    parse_record,
    record_to_iso2709,
    record_to_mrk,
)
from tests.io.marc_helpers import CorpusFile, corpus_iso


def raw_records(path: Path) -> list[bytes]:
    with path.open("rb") as stream:
        return [raw.data for raw in iter_raw_records(stream)]


def records(path: Path, encoding: str) -> list[Record]:
    return [parse_record(raw, encoding) for raw in raw_records(path)]


# --- format -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("rusmarc-nlr/TEST1.ISO", "iso2709"),
        ("pymarc/bad_records.mrc", "iso2709"),
        ("pymarc/batch.xml", "marcxml"),
        ("pymarc/bad_tag.xml", "marcxml"),
        ("pymarc/utf8.xml", "marcxml"),
    ],
)
def test_format_of_corpus_files(corpus_dir: Path, name: str, expected: str) -> None:
    head = (corpus_dir / name).read_bytes()[:4096]
    assert detect_format(head) == expected
    assert detect_format(b"\xef\xbb\xbf" + head) == expected  # BOM-tolerant


def test_format_of_text_and_odd_starts() -> None:
    record = Record()
    record.add_field(Field("245", Indicators("1", "0"), [Subfield("a", "T")]))
    assert detect_format(record_to_mrk(record).encode()) == "mrk"
    assert detect_format(b"\xef\xbb\xbf\r\n=LDR  00000nam") == "mrk"
    assert detect_format(b"\n\n  <?xml version='1.0'?><collection/>") == "marcxml"
    assert detect_format(b"\xff\xfe" + "<collection/>".encode("utf-16-le")) == "marcxml"
    assert detect_format(b"   \r\n00562nam2 2200217 i 450 ") == "iso2709"
    with pytest.raises(MarcFormatError):
        detect_format(b"%PDF-1.7 this is not MARC")


# --- encoding ------------------------------------------------------------------------------


@corpus_iso
def test_encoding_of_corpus_files(corpus_dir: Path, item: CorpusFile) -> None:
    raws = raw_records(corpus_dir / item.name)
    guess = detect_encoding(raws, declared_encoding(raws))
    assert guess.encoding == item.encoding, guess.reason
    assert 0.5 < guess.confidence <= 1.0
    assert guess.reason


def test_labels_lie_ur_iso_declares_cp1251_but_is_utf8(corpus_dir: Path) -> None:
    raws = raw_records(corpus_dir / "rusmarc-nlr/ur.iso")
    assert declared_encoding(raws) == "cp1251"
    guess = detect_encoding(raws, "cp1251")
    assert guess.encoding == "utf-8"
    assert guess.confidence >= 0.95


def test_declarations_are_read(corpus_dir: Path) -> None:
    assert declared_encoding(raw_records(corpus_dir / "rusmarc-nlr/TEST1.ISO")) == "cp1251"
    assert declared_encoding(raw_records(corpus_dir / "pymarc/1251.dat")) == "marc-8"
    assert declared_encoding(raw_records(corpus_dir / "pymarc/testunimarc.dat")) == "utf-8"
    assert declared_encoding(raw_records(corpus_dir / "pymarc/diacritic.dat")) == "utf-8"


@pytest.mark.parametrize("encoding", ["utf-8", "cp866", "koi8-r"])
def test_test1_transcoded_is_recognised(corpus_dir: Path, encoding: str) -> None:
    raws = []
    for record in records(corpus_dir / "rusmarc-nlr/TEST1.ISO", "cp1251"):
        try:
            raws.append(record_to_iso2709(record, encoding))
        except UnencodableError:
            pass  # a Ukrainian "ї" has no place in CP866 / KOI8-R
    assert len(raws) >= 80
    # The file still declares CP1251: the bytes must win.
    guess = detect_encoding(raws, "cp1251")
    assert guess.encoding == encoding
    assert guess.confidence > 0.9
    for raw in raws[:10]:  # one record is enough to tell the Cyrillic sets apart
        assert detect_encoding([raw]).encoding == encoding


def test_ukrainian_letters_do_not_make_cp1251_kz1048(corpus_dir: Path) -> None:
    # TEST1 has "їх", "України": ї is ү in KZ-1048, in Cyrillic context, yet CP1251.
    raws = raw_records(corpus_dir / "rusmarc-nlr/TEST1.ISO")
    assert b"\xbf" in b"".join(raws)
    assert detect_encoding(raws).encoding == "cp1251"


KAZAKH_TITLES = [
    "Қазақ әдебиеті",
    "Абай жолы",
    "Менің Қазақстаным",
    "Қазақ тілі: 5 сынып",
    "Алгебра. 7 сынып",
    "Дүниежүзі тарихы",
    "Өзін-өзі тану",
    "Ұлы дала",
    "Русский язык",
    "Математика",
]


def kazakh_records() -> list[Record]:
    result = []
    for title in KAZAKH_TITLES:
        record = Record()
        record.add_field(Field("245", Indicators("1", "0"), [Subfield("a", title)]))
        result.append(record)
    return result


def test_kz1048_with_kazakh_titles_is_recognised() -> None:
    raws = [record_to_iso2709(r, "kz1048") for r in kazakh_records()]
    guess = detect_encoding(raws, "marc-8")
    assert guess.encoding == "kz1048", guess.reason
    assert [parse_record(raw, guess.encoding)["245"]["a"] for raw in raws] == KAZAKH_TITLES
    # The Russian-only records alone are the same bytes in CP1251: CP1251 is right too.
    assert detect_encoding(raws[-2:]).encoding == "cp1251"
    # A declaration breaks the tie between identical readings.
    assert detect_encoding(raws[-2:], "kz1048").encoding == "kz1048"


def test_ascii_only_follows_the_declaration(corpus_dir: Path) -> None:
    raws = raw_records(corpus_dir / "pymarc/test.dat")
    assert detect_encoding(raws, "marc-8").encoding == "marc-8"
    assert detect_encoding(raws, "cp1251").encoding == "cp1251"
    assert detect_encoding(raws, None).encoding == "utf-8"
    assert detect_encoding(raws, None).confidence == 1.0


def test_marc8_is_not_taken_for_cp1251_or_utf8(corpus_dir: Path) -> None:
    raws = raw_records(corpus_dir / "pymarc/marc8.dat")
    guess = detect_encoding(raws, None)  # found from the bytes alone
    assert guess.encoding == "marc-8"
    # MARC-8 Cyrillic is 7-bit with escapes: still MARC-8.
    record = Record()
    record.add_field(Field("245", Indicators("1", "0"), [Subfield("a", "Война и мир")]))
    raw = record_to_iso2709(record, "marc-8", flavour="marc21")
    assert raw.isascii()
    assert detect_encoding([raw]).encoding == "marc-8"


# --- flavour -------------------------------------------------------------------------------


@corpus_iso
def test_flavour_of_corpus_files(corpus_dir: Path, item: CorpusFile) -> None:
    assert detect_flavour(records(corpus_dir / item.name, item.encoding)) == item.flavour


def test_flavour_named_in_the_brief(corpus_dir: Path) -> None:
    assert detect_flavour(records(corpus_dir / "rusmarc-nlr/TEST1.ISO", "cp1251")) == "rusmarc"
    assert detect_flavour(records(corpus_dir / "pymarc/testunimarc.dat", "utf-8")) == "unimarc"
    assert detect_flavour(records(corpus_dir / "pymarc/1251.dat", "cp1251")) == "marc21"
    assert detect_flavour(records(corpus_dir / "pymarc/test.dat", "marc-8")) == "marc21"
    assert detect_flavour([]) == "marc21"
