"""RUSMARC / UNIMARC records of the corpus mapped to catalog values."""

from __future__ import annotations

import pymarc
import pytest

from shkola_lib.catalog.text import NSB, NSE, sort_key, strip_nonsort_marks
from shkola_lib.io.marc.crosswalk import MarcFieldData, marc_to_catalog
from shkola_lib.models import MaterialType, PersonRole


def _by_id(records: list[pymarc.Record], control: str) -> pymarc.Record:
    return next(r for r in records if r["001"] and r["001"].data == control)


def _sub(field: tuple[str, list[tuple[str, str]]], code: str) -> list[str]:
    return [v for c, v in field[1] if c == code]


def test_every_test1_record_matches_the_text_dump(test1_records, test1_dump):
    checked = 0
    for rec in test1_records:
        dump = test1_dump.get(rec["001"].data)
        if dump is None:  # one record of the ISO file is missing from the dump
            continue
        mapped = marc_to_catalog(rec, "rusmarc")
        data = mapped.record
        assert mapped.flavour == "rusmarc"
        assert len(mapped.original_fields) == len(rec.fields)
        assert data.id is None
        assert data.title == " ".join(_sub(dump["200"][0], "a")[0].split())
        persons = [f for t in ("700", "701", "702") for f in dump.get(t, [])]
        assert len(data.persons) == len(persons)
        rubbk = [f for f in dump.get("686", []) if _sub(f, "2")[0].startswith("rubbk")]
        assert data.bbk == (_sub(rubbk[0], "a")[0] if rubbk else "")
        udc = dump.get("675", [])
        assert data.udc == (_sub(udc[0], "a")[0] if udc else "")
        assert len(data.subjects) == len(dump.get("606", []))
        assert len(data.keywords) == sum(len(_sub(f, "a")) for f in dump.get("610", []))
        inventory = [_sub(f, "p")[0] for f in dump.get("899", []) if _sub(f, "p")]
        assert [c.inventory_number for c in mapped.copies] == inventory
        assert data.languages == [
            {"rus": "rus"}.get(code, code) for code in _sub(dump["101"][0], "a")
        ]
        years = _sub(dump["210"][0], "d")
        if years and years[0][:4].isdigit():
            assert data.year == int(years[0][:4])
        checked += 1
    assert checked == 80


def test_test1_editor_bbk_and_form_subdivision(test1_records):
    mapped = marc_to_catalog(_by_id(test1_records, r"RU\NLR\bibl\5996"), "rusmarc")
    data = mapped.record
    assert data.title == "Задачи и этюды"
    assert data.other_title == "Сб."
    assert data.responsibility == "Редкол.: В. Н. Барсуков и др."
    assert [(p.name, p.role) for p in data.persons] == [("Барсуков, В. Н.", PersonRole.EDITOR)]
    assert data.bbk == "Ч515.815я43"
    assert data.subjects[0].term == "Шахматные композиции"
    assert data.subjects[0].subdivisions == [("form", "Сборники")]
    assert (data.place, data.publisher, data.year) == ("СПб.", "Ut", 1997)
    assert mapped.copies == []  # 899 without $p describes no individual copy
    assert mapped.warnings == []


def test_test1_typed_subdivisions_udc_corporate_body_and_copies(test1_records):
    mapped = marc_to_catalog(_by_id(test1_records, r"RU\NLR\bibl\340001"), "rusmarc")
    data = mapped.record
    assert data.subjects[0].term == "Здоровье"
    assert data.subjects[0].subdivisions == [
        ("topical", "Влияние загрязнения окружающей среды"),
        ("geographic", "Кировская обл."),
        ("form", "Тезисы докладов"),
    ]
    assert data.udc == "504.06(470.342)(043.2)"
    assert data.bbk == "20.18"  # the first 686 with $2 rubbk; 686 $2 rugasnti is not ББК
    assert data.persons[0].name == "Соловьев, Альберт Николаевич"
    assert data.persons[0].role is PersonRole.EDITOR
    assert data.corporate_body.startswith("Кировская область. Департамент окружающей среды")
    assert data.isbns == ["5872910150"]
    assert data.extent == "152 с. : ил. ; 20"
    assert data.keywords[:2] == ["Экологическая безопасность", "Охрана окружающей среды"]
    assert [c.inventory_number for c in mapped.copies] == ["377366", "377367"]
    assert data.notes.startswith("В надзаг.: Правительство Киров. обл.")


def test_test1_main_author_co_authors_translator_and_other_roles(test1_records):
    data = marc_to_catalog(_by_id(test1_records, r"RU\NLR\bibl\340009"), "rusmarc").record
    assert [(p.name, p.role) for p in data.persons] == [
        ("Гончаров, Владислав Иванович", PersonRole.AUTHOR),
        ("Ворошин, Сергей Вячеславович", PersonRole.COAUTHOR),
        ("Сидоров, Виктор Анатольевич", PersonRole.COAUTHOR),
    ]
    data = marc_to_catalog(_by_id(test1_records, r"RU\NLR\bibl\361292"), "rusmarc").record
    assert data.persons[0].name == "Газали, Мухаммед"
    assert data.persons[0].dates == "1058-ок.1111"
    assert (data.persons[1].name, data.persons[1].role) == (
        "Хисматулин, А. А.",
        PersonRole.TRANSLATOR,
    )
    assert data.series == "Памятники культуры Востока"
    assert data.series_number == "..."
    data = marc_to_catalog(_by_id(test1_records, r"RU\NLR\bibl\350508"), "rusmarc").record
    assert data.persons[0].role is PersonRole.OTHER  # 220 compiler: a valid code, no warning


def test_test1_part_edition_and_several_geographic_subdivisions(test1_records):
    data = marc_to_catalog(_by_id(test1_records, r"RU\NLR\bibl\323983"), "rusmarc").record
    assert data.title == "Т. 3"
    assert data.part == (
        "кн. 5, Туризм как сфера деятельности ; кн. 6, Планирование и управление в туризме"
    )
    data = marc_to_catalog(_by_id(test1_records, r"RU\NLR\bibl\361696"), "rusmarc").record
    assert data.edition == "2-е изд., доп. и перераб."
    assert data.isbns == ["9667695514", "9667695522"]
    assert [p.role for p in data.persons] == [PersonRole.COAUTHOR] * 4 + [PersonRole.EDITOR]
    data = marc_to_catalog(_by_id(test1_records, r"RU\NLR\bibl\361649"), "rusmarc").record
    assert data.subjects[0].subdivisions == [
        ("geographic", "Тихий океан"),
        ("geographic", "Южная часть"),
    ]
    assert data.languages == ["rus"]


def test_test1_workbook_for_grade_2_is_a_textbook(test1_records):
    data = marc_to_catalog(_by_id(test1_records, r"RU\NLR\bibl\344975"), "rusmarc").record
    assert data.material_type is MaterialType.TEXTBOOK
    assert data.grades == ["2"]
    data = marc_to_catalog(_by_id(test1_records, r"RU\NLR\bibl\5996"), "rusmarc").record
    assert data.material_type is MaterialType.BOOK
    assert data.grades == []


def test_test1_fund_letter_becomes_the_copy_location(test1_records):
    mapped = marc_to_catalog(_by_id(test1_records, r"RU\NLR\bibl\340141"), "rusmarc")
    assert [(c.inventory_number, c.location) for c in mapped.copies] == [("377567", "С")]


def test_urait_record(ur_record):
    mapped = marc_to_catalog(ur_record, "rusmarc")
    data = mapped.record
    assert data.title == "ПЕДАГОГИКА И ПСИХОЛОГИЯ НЕНАСИЛИЯ В ОБРАЗОВАНИИ"
    assert data.other_title == "Учебное пособие для бакалавров"
    assert data.responsibility == "Маралов В.Г., Ситаров В.А."
    assert data.edition == "2-е изд., пер. и доп"
    assert (data.place, data.publisher, data.year) == ("М.", "Издательство Юрайт", 2012)
    assert data.extent == "424"
    assert data.series == "Бакалавр и магистр. Модуль."
    assert data.annotation.startswith("В пособии даны теоретические основы педагогики")
    assert data.annotation.endswith("научно-педагогических работников.")
    assert data.isbns == ["9785991616621"]
    assert data.languages == ["rus"]
    assert [(p.name, p.role) for p in data.persons] == [
        ("Маралов, Владимир Георгиевич", PersonRole.AUTHOR)
    ]
    assert len(data.keywords) == 6 and "Педагогика" in data.keywords
    assert data.material_type is MaterialType.BOOK  # "учебное пособие" for universities
    assert mapped.copies == [] and mapped.stock == []


def test_urait_price_goes_to_copies_when_there_are_copies(ur_record):
    record = pymarc.Record(leader=str(ur_record.leader))
    record.leader = ur_record.leader
    record.add_field(*ur_record.fields)
    record.add_field(
        pymarc.Field("899", subfields=[pymarc.Subfield("a", "SCH"), pymarc.Subfield("p", "17")])
    )
    mapped = marc_to_catalog(record, "rusmarc")
    assert [(c.inventory_number, c.price_tiyn) for c in mapped.copies] == [("17", 138000)]


def test_italian_unimarc_899_ignored_and_nonsorting_marks_kept(unimarc_record):
    mapped = marc_to_catalog(unimarc_record, "unimarc")
    data = mapped.record
    assert data.title == f"{NSB}L'{NSE}altra faccia della spirale"
    assert strip_nonsort_marks(data.title) == "L'altra faccia della spirale"
    assert sort_key(data.title) == sort_key("altra faccia della spirale")
    assert mapped.copies == []
    assert any("899" in w for w in mapped.warnings)
    assert data.persons[0].name == "Asimov, Isaac"
    assert data.persons[0].role is PersonRole.AUTHOR
    assert [p.name for p in data.persons[1:]] == [
        "Fruttero, Carlo",
        "Lucentini, Franco",
        "Scaglia, Cesare",
    ]
    assert data.languages == ["ita"]
    assert data.isbns == ["8804406828"]
    assert (data.place, data.publisher, data.year) == ("Milano", "A. Mondadori", 1996)
    assert sum(f.tag == "899" for f in mapped.original_fields) == 40  # kept for the round trip


def test_language_codes_are_normalised_and_bad_ones_reported():
    record = pymarc.Record(leader="00000nam  2200000   450 ")
    record.add_field(
        pymarc.Field(
            "101",
            indicators=pymarc.Indicators("0", " "),
            subfields=[pymarc.Subfield("a", c) for c in ("қаз", "каз", "рус", "kaz", "xx1")],
        ),
        pymarc.Field("200", subfields=[pymarc.Subfield("a", "Ана тілі")]),
        pymarc.Field(
            "702",
            subfields=[
                pymarc.Subfield("a", "Әбілқасымова"),
                pymarc.Subfield("b", "А. Е."),
                pymarc.Subfield("4", "999"),
            ],
        ),
        pymarc.Field("010", subfields=[pymarc.Subfield("a", "978-601-7151-13-4")]),
    )
    mapped = marc_to_catalog(record, "rusmarc")
    assert mapped.record.languages == ["kaz", "rus"]
    assert mapped.record.persons[0].role is PersonRole.OTHER
    assert mapped.record.isbns == ["9786017151134"]
    text = " ".join(mapped.warnings)
    assert "xx1" in text and "999" in text and "978-601-7151-13-4" in text


@pytest.mark.parametrize("flavour", ["rusmarc", "unimarc"])
def test_original_fields_are_plain_copies(unimarc_record, flavour):
    mapped = marc_to_catalog(unimarc_record, flavour)
    assert mapped.leader == str(unimarc_record.leader)
    assert [f.tag for f in mapped.original_fields] == [f.tag for f in unimarc_record.fields]
    first = mapped.original_fields[0]
    assert first == MarcFieldData("001", value=r"IT\ICCU\ANA\0019370")
    title = next(f for f in mapped.original_fields if f.tag == "200")
    assert title.to_pymarc().value() == unimarc_record["200"].value()
