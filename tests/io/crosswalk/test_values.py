"""Small conversions: prices, grades, ISBN tokens, ISBD punctuation, the plain field type."""

from __future__ import annotations

import json

import pymarc
import pytest

from shkola_lib.catalog.data import RecordData, RecordDetail
from shkola_lib.io.marc.crosswalk import (
    ExportOptions,
    MarcFieldData,
    catalog_to_marc,
    marc_to_catalog,
)
from shkola_lib.io.marc.crosswalk.fields import (
    datafield,
    fields_from_json,
    fields_to_json,
    strip_isbd,
)
from shkola_lib.io.marc.crosswalk.values import (
    extract_isbn,
    format_extent,
    format_grades,
    format_part,
    format_price,
    normalise_language,
    parse_extent,
    parse_grades,
    parse_part,
    parse_price,
)


@pytest.mark.parametrize(
    ("raw", "tiyn"),
    [("250 т.", 25000), ("1200.00", 120000), ("1 200,50 тг", 120050), ("экз.", None)],
)
def test_prices(raw, tiyn):
    assert parse_price(raw) == tiyn
    if tiyn is not None:
        assert parse_price(format_price(tiyn)) == tiyn


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("5 сынып", ["5"]),
        ("для 2 класса школ", ["2"]),
        ("5-сыныпқа арналған", ["5"]),
        ("жалпы білім беретін мектептің 7-сыныбына арналған оқулық", ["7"]),
        ("10, 11 сынып", ["10", "11"]),
        ("1-4 сыныптарға", ["1", "2", "3", "4"]),
        ("10–11 кл.", ["10", "11"]),
        ("Алматы, 2005 класс", []),
        ("Бакалавр", []),
    ],
)
def test_grades(text, grades):
    assert parse_grades(text) == grades
    if grades:
        assert parse_grades(format_grades(grades)) == grades


@pytest.mark.parametrize(
    "text", ["152 с. : ил. ; 20", "; 20", "424", "xxi, 289 p. : ill. ; 23 cm. + 1 disc"]
)
def test_extent_text_is_parsed_back(text):
    assert format_extent(*parse_extent(text)) == text


def test_part_pairs():
    pairs = [("кн. 5", "Туризм как сфера деятельности"), ("кн. 6", ""), ("", "Приложения")]
    assert parse_part(format_part(pairs)) == pairs


@pytest.mark.parametrize(
    ("raw", "code"), [("қаз", "kaz"), ("Каз", "kaz"), ("кaз", "kaz"), ("рус", "rus"), ("|||", None)]
)
def test_language_codes(raw, code):
    assert normalise_language(raw) == code


def test_isbn_tokens():
    assert extract_isbn("0914378287 (v. 1)") == "0914378287"
    assert extract_isbn("5-900776-31-х") == "590077631X"  # Cyrillic х typed for X
    assert extract_isbn("б.г.") == ""


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Perl :", "Perl"),
        ("Tobias Martinsson.", "Tobias Martinsson"),
        ("Brown, Martin C.", "Brown, Martin C."),
        ("2nd ed.", "2nd ed."),
        ("Рос. газ.", "Рос. газ."),
        ("Крисмас+", "Крисмас+"),
        ("23 cm. +", "23 cm."),
        ("O'Reilly,", "O'Reilly"),
    ],
)
def test_isbd_punctuation(raw, clean):
    assert strip_isbd(raw, final_period=True) == clean


def test_plain_field_copies():
    field = pymarc.Field(
        "686",
        pymarc.Indicators(" ", " "),
        [pymarc.Subfield("a", "74.26"), pymarc.Subfield("2", "rubbk")],
    )
    plain = MarcFieldData.from_pymarc(field)
    assert plain == MarcFieldData("686", " ", " ", None, [("a", "74.26"), ("2", "rubbk")])
    control = MarcFieldData("001", " ", " ", "KZ-0001", None)
    empty = MarcFieldData("500", "1", " ", None, [])
    stored = fields_to_json([control, plain, empty])
    assert json.loads(stored) == [
        ["001", "KZ-0001"],
        ["686", "  ", ["a", "74.26", "2", "rubbk"]],
        ["500", "1 ", []],
    ]
    kazakh = fields_to_json([datafield("245", "10", ("a", "Абай"))])
    assert kazakh == '[["245","10",["a","Абай"]]]'  # letters as they are: half the bytes
    assert fields_from_json(stored) == [control, plain, empty]
    assert fields_from_json(None) == [] == fields_from_json("")
    assert str(plain.to_pymarc()) == str(field)
    control = MarcFieldData.from_pymarc(pymarc.Field("001", data="SL1"))
    assert control == MarcFieldData("001", value="SL1") and control.to_pymarc().data == "SL1"


def test_local_fields_are_left_out_on_request(test1_records):
    mapped = marc_to_catalog(test1_records[10], "rusmarc")
    detail = RecordDetail(mapped.record, mapped.copies, mapped.stock)
    out = catalog_to_marc(
        detail,
        ExportOptions("rusmarc", "899", ["686"], keep_local_fields=False),
        original_fields=mapped.original_fields,
        original_leader=mapped.leader,
        original_flavour="rusmarc",
    )
    tags = {f.tag for f in out.fields}
    assert {"001", "005", "100", "200"} <= tags
    assert not tags & {"102", "105", "461", "801", "021"}


def test_record_without_original_fields_is_generated():
    detail = RecordDetail(RecordData(id=7, title="Әліппе", year=2024), [], [])
    out = catalog_to_marc(detail, ExportOptions("rusmarc", "none", []), original_fields=[])
    assert str(out.leader)[5:8] == "nam" and out["001"].data == "SL7"
    assert out["200"]["a"] == "Әліппе"
