"""open_marc: one entry point, preview, overrides, estimates; MARC-8 writing checked by yaz."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from shkola_lib.io.marc import (
    MarcFormatError,
    UnencodableError,
    open_marc,
    read_iso2709,
    write_iso2709,
    write_mrk,
)
from tests.io.marc_helpers import CorpusFile, corpus_iso, nfc, record_tuples, yaz_records


@corpus_iso
def test_open_marc_on_corpus_files(corpus_dir: Path, item: CorpusFile) -> None:
    marc = open_marc(corpus_dir / item.name)
    assert marc.format == "iso2709"
    assert marc.encoding.encoding == item.encoding
    assert marc.flavour == item.flavour
    assert marc.total_estimate == item.records
    assert marc.sample_errors == 0
    assert len(marc.preview(100)) == item.records
    assert sum(1 for _ in marc.records()) == item.records


def test_previews_show_decoded_titles(corpus_dir: Path) -> None:
    test1 = open_marc(corpus_dir / "rusmarc-nlr/TEST1.ISO")
    assert test1.preview(3) == ["Вып. 13.", "Задачи и этюды : Сб.", "Вып. 15"]
    (ur,) = open_marc(corpus_dir / "rusmarc-nlr/ur.iso").preview()
    assert ur == "ПЕДАГОГИКА И ПСИХОЛОГИЯ НЕНАСИЛИЯ В ОБРАЗОВАНИИ : Учебное пособие для бакалавров"
    # Non-sorting marks are removed for display.
    assert open_marc(corpus_dir / "pymarc/testunimarc.dat").preview() == [
        "L'altra faccia della spirale"
    ]
    assert open_marc(corpus_dir / "pymarc/1251.dat").preview(2)[1] == (
        "Психологический тренинг с подростками"
    )
    assert open_marc(corpus_dir / "pymarc/marc8.dat").preview() == ["Escape from loneliness"]


def test_encoding_override_and_with_encoding(corpus_dir: Path) -> None:
    path = corpus_dir / "rusmarc-nlr/TEST1.ISO"
    wrong = open_marc(path, encoding="koi8-r")
    assert wrong.encoding.encoding == "koi8-r" and wrong.encoding.confidence == 1.0
    assert wrong.preview(1) == ["бШО. 13."]  # what the user sees with a wrong choice
    right = wrong.with_encoding("Windows-1251")
    assert right.encoding.encoding == "cp1251"
    assert right.preview(1) == ["Вып. 13."]
    assert next(iter(right.records())).record["200"]["a"] == "Вып. 13."
    strict = open_marc(path, encoding="utf-8")  # CP1251 bytes are not UTF-8
    assert strict.sample_errors == 81
    assert strict.preview() == []
    assert all("UTF-8" in r.error for r in strict.records())


def test_xml_and_mrk_files(corpus_dir: Path, tmp_path: Path) -> None:
    batch = open_marc(corpus_dir / "pymarc/batch.xml")
    assert (batch.format, batch.encoding.encoding, batch.flavour) == ("marcxml", "utf-8", "marc21")
    assert batch.total_estimate == 2
    assert batch.preview() == ["The Great Ray Charles", "The White House"]
    bad = open_marc(corpus_dir / "pymarc/bad_tag.xml")
    assert bad.sample_errors == 1 and bad.preview() == []
    with (corpus_dir / "rusmarc-nlr/TEST1.ISO").open("rb") as stream:
        records = [r.record for r in read_iso2709(stream, "cp1251")]
    mrk = tmp_path / "test1.mrk"
    with mrk.open("wb") as stream:
        write_mrk(records, stream)
    marc = open_marc(mrk)
    assert (marc.format, marc.encoding.encoding, marc.flavour) == ("mrk", "utf-8", "rusmarc")
    assert marc.total_estimate == 81
    assert [record_tuples(r.record) for r in marc.records()] == [record_tuples(r) for r in records]


def test_total_estimate_of_a_large_file(corpus_dir: Path, tmp_path: Path) -> None:
    data = (corpus_dir / "rusmarc-nlr/TEST1.ISO").read_bytes()
    big = tmp_path / "big.iso"
    big.write_bytes(data * 6)  # 486 records, more than the 200 sampled
    marc = open_marc(big)
    assert len(marc.sample) == 200
    assert 0.85 * 486 <= marc.total_estimate <= 1.15 * 486
    assert sum(1 for r in marc.records() if r.record is not None) == 486


def test_not_marc_and_extension_does_not_matter(corpus_dir: Path, tmp_path: Path) -> None:
    text = tmp_path / "notes.iso"
    text.write_text("Just some notes, not a catalogue.", encoding="utf-8")
    with pytest.raises(MarcFormatError):
        open_marc(text)
    disguised = tmp_path / "records.txt"
    shutil.copy(corpus_dir / "pymarc/batch.xml", disguised)
    assert open_marc(disguised).format == "marcxml"


def test_marc8_we_write_is_read_the_same_by_yaz(corpus_dir: Path, tmp_path: Path) -> None:
    records = []
    for name, encoding in [
        ("rusmarc-nlr/TEST1.ISO", "cp1251"),
        ("pymarc/1251.dat", "cp1251"),
        ("pymarc/diacritic.dat", "utf-8"),
    ]:
        with (corpus_dir / name).open("rb") as stream:
            records += [r.record for r in read_iso2709(stream, encoding)]
    out = tmp_path / "marc8.mrc"
    with out.open("wb") as stream:
        write_iso2709(records, stream, "marc-8", flavour="marc21")
    with out.open("rb") as stream:
        ours = [record_tuples(r.record) for r in read_iso2709(stream, "marc-8")]
    assert nfc(ours) == nfc([record_tuples(r) for r in records])
    assert nfc(ours) == nfc(yaz_records(out, "marc8"))
    assert open_marc(out).encoding.encoding == "marc-8"


def test_marc8_refuses_what_it_lacks(corpus_dir: Path) -> None:
    with (corpus_dir / "pymarc/utf8_errors.dat").open("rb") as stream:
        (result,) = list(read_iso2709(stream, "utf-8"))
    with pytest.raises(UnencodableError) as caught:
        write_iso2709([result.record], io.BytesIO(), "marc-8")
    assert caught.value.tag == "245" and caught.value.chars == ["ʾ"]
