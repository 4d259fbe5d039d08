"""MARCXML: safe reading, per-record errors, schema-valid writing, round trips."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pymarc import Field, Indicators, Record, Subfield

from shkola_lib.io.marc import (
    UnencodableError,
    read_iso2709,
    read_marcxml,
    record_to_marcxml,
    write_marcxml,
)
from tests.io.marc_helpers import record_tuples, xmllint_validate, yaz_count

HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'
COLLECTION = '<collection xmlns="http://www.loc.gov/MARC21/slim">{}</collection>'


def xml_record(tag: str = "245", title: str = "Title") -> str:
    return (
        "<record><leader>00000nam a2200000   4500</leader>"
        '<controlfield tag="001">x1</controlfield>'
        f'<datafield tag="{tag}" ind1="1" ind2="0"><subfield code="a">{title}</subfield>'
        "</datafield></record>"
    )


def read_text(text: str) -> list:
    return list(read_marcxml(io.BytesIO(text.encode("utf-8"))))


def test_reads_the_corpus_collections(corpus_dir: Path) -> None:
    batch = list(read_marcxml(corpus_dir / "pymarc/batch.xml"))
    assert [r.error for r in batch] == [None, None]
    assert [r.record["245"]["a"] for r in batch] == ["The Great Ray Charles", "The White House"]
    assert str(batch[0].record.leader) == "00925njm  22002777a 4500"
    assert batch[0].record["008"].data == "910926s1957    nyuuun              eng  "
    (utf8,) = list(read_marcxml(corpus_dir / "pymarc/utf8.xml"))
    assert utf8.record["505"]["t"] == "Préludes"
    assert utf8.record["260"].indicators == Indicators(" ", " ")


def test_bad_tag_file_reports_the_tag(corpus_dir: Path) -> None:
    results = list(read_marcxml(corpus_dir / "pymarc/bad_tag.xml"))
    assert len(results) == 1
    assert results[0].index == 1 and results[0].record is None
    assert "“42”" in results[0].error


def test_a_bad_record_does_not_stop_the_good_ones() -> None:
    body = xml_record(title="One") + xml_record(tag="42", title="Bad") + xml_record(title="Three")
    results = read_text(HEADER + COLLECTION.format(body))
    assert [r.index for r in results] == [1, 2, 3]
    assert [r.record["245"]["a"] if r.record else None for r in results] == ["One", None, "Three"]
    assert "42" in results[1].error


def test_a_single_record_root_and_no_namespace_are_accepted() -> None:
    (result,) = read_text(xml_record(title="Alone"))
    assert result.record["245"]["a"] == "Alone"


@pytest.mark.parametrize(
    "text",
    [
        HEADER
        + '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n'
        + COLLECTION.format(xml_record(title="&e;")),
        HEADER
        + "<!DOCTYPE lolz [\n"
        + '<!ENTITY lol "lol">\n'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n'
            for i in range(1, 10)
        )
        + "]>\n"
        + COLLECTION.format(xml_record(title="&lol9;")),
    ],
    ids=["external-entity", "billion-laughs"],
)
def test_dtds_and_entities_are_refused(text: str) -> None:
    results = read_text(text)
    assert len(results) == 1
    assert results[0].record is None
    assert "DTD" in results[0].error and "refused" in results[0].error
    assert "root:" not in results[0].error  # nothing of /etc/passwd leaks


def test_broken_xml_keeps_the_records_before_it() -> None:
    text = HEADER + '<collection xmlns="http://www.loc.gov/MARC21/slim">' + xml_record(title="One")
    text += "<record><leader>broken"
    results = read_text(text)
    assert results[0].record["245"]["a"] == "One"
    assert results[1].record is None and results[1].index == 2
    assert "line" in results[1].error


def test_xml_that_is_not_marc_is_reported() -> None:
    (result,) = read_text("<html><body>hello</body></html>")
    assert result.record is None and "<html>" in result.error


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("rusmarc-nlr/TEST1.ISO", "cp1251"),
        ("pymarc/1251.dat", "cp1251"),
        ("pymarc/test.dat", "marc-8"),
    ],
)
def test_written_marcxml_validates_and_reads_back(
    corpus_dir: Path, tmp_path: Path, name: str, encoding: str
) -> None:
    with (corpus_dir / name).open("rb") as stream:
        records = [r.record for r in read_iso2709(stream, encoding)]
    out = tmp_path / "out.xml"
    with out.open("wb") as stream:
        assert write_marcxml(records, stream) == len(records)
    checked = xmllint_validate(out, corpus_dir / "schemas/MARC21slim.xsd")
    assert checked.returncode == 0, checked.stderr
    assert "validates" in checked.stderr
    again = list(read_marcxml(out))
    assert [r.error for r in again] == [None] * len(records)
    assert [record_tuples(r.record) for r in again] == [record_tuples(r) for r in records]
    # The leader too, except the entry map (UNIMARC "450 " is written "4500").
    assert [str(r.record.leader)[:20] for r in again] == [str(r.leader)[:20] for r in records]
    count, complaints = yaz_count(out, input_format="marcxml")
    assert count == len(records)
    assert complaints == []


def test_non_sorting_marks_survive_marcxml(corpus_dir: Path) -> None:
    with (corpus_dir / "pymarc/testunimarc.dat").open("rb") as stream:
        (record,) = [r.record for r in read_iso2709(stream, "utf-8")]
    stream = io.BytesIO()
    write_marcxml([record], stream)
    (again,) = list(read_marcxml(io.BytesIO(stream.getvalue())))
    assert again.record["200"]["a"] == "\x88L'\x89altra faccia della spirale"


def test_special_characters_are_escaped_and_controls_refused() -> None:
    record = Record(leader="00000nam a2200000   4500")
    record.add_field(Field("245", Indicators("1", "0"), [Subfield("a", 'A & B <C> "D"')]))
    text = record_to_marcxml(record)
    assert "A &amp; B &lt;C&gt;" in text
    (again,) = read_text(COLLECTION.format(text))
    assert again.record["245"]["a"] == 'A & B <C> "D"'
    record.add_field(Field("500", Indicators(" ", " "), [Subfield("a", "bell\x07")]))
    with pytest.raises(UnencodableError) as caught:
        record_to_marcxml(record)
    assert caught.value.tag == "500" and caught.value.chars == ["\x07"]
