"""MARC21 records of the corpus (Russian Book Chamber, Library of Congress) mapped."""

from __future__ import annotations

import pymarc

from shkola_lib.catalog.text import NSB, NSE, strip_nonsort_marks
from shkola_lib.io.marc.crosswalk import marc_to_catalog
from shkola_lib.models import MaterialType, PersonRole


def test_book_chamber_udc_bbk_and_author_sign_in_852(cp1251_records):
    mapped = marc_to_catalog(cp1251_records[0], "marc21")
    data = mapped.record
    assert data.title == "Основы гидравлического расчета инженерных сетей"
    assert data.other_title.startswith("[учеб. пособие для вузов по специальностям")
    assert data.responsibility == "Т. Н. Ильина"
    assert data.udc == "624.01:532.5(075.8)"
    assert data.bbk == "38.1я73"  # 084 $2 rubbkm
    assert data.author_sign == "И46"  # 852 $i
    assert data.isbns == ["5930933421"]
    assert data.languages == ["rus"]
    assert (data.place, data.publisher, data.year) == ("М.", "Изд-во Ассоц. строит. вузов", 2005)
    assert data.extent == "186 с. : ил. ; 21 см."
    assert [(p.name, p.role) for p in data.persons] == [
        ("Ильина, Татьяна Николаевна", PersonRole.AUTHOR)
    ]
    assert data.subjects[0].term == "Трубопроводы"
    assert data.subjects[0].subdivisions == [("topical", "Гидравлический расчет")]
    assert mapped.copies == []  # 852 without $p: a call number, no copy
    assert mapped.warnings == []


def test_book_chamber_all_records(cp1251_records):
    signs = [marc_to_catalog(r, "marc21").record.author_sign for r in cp1251_records]
    assert signs == ["И46", "А68", "Н25", "П196", "Л59", "К782"]
    second = marc_to_catalog(cp1251_records[1], "marc21").record
    assert second.series == "Серия <Эффективный тренинг>"  # MARC-SQL-style 440
    assert second.publisher == "Питер ; Питер Принт"
    assert second.place == "СПб. [и др.]"
    third = marc_to_catalog(cp1251_records[2], "marc21").record
    assert third.edition == "[Перераб. и доп. изд.]"
    fifth = marc_to_catalog(cp1251_records[4], "marc21").record
    assert [(p.name, p.role) for p in fifth.persons] == [
        ("Линдгрен, Астрид", PersonRole.AUTHOR),
        ("Еклерис, Виталий", PersonRole.ILLUSTRATOR),
    ]
    sixth = marc_to_catalog(cp1251_records[5], "marc21").record
    assert sixth.persons[1].role is PersonRole.COAUTHOR  # 700 $4 aut
    assert [s.subdivisions for s in sixth.subjects] == [
        [("topical", "Анализ"), ("topical", "Геометрические методы")],
        [("topical", "Синтез"), ("topical", "Геометрические методы")],
    ]


def test_library_of_congress_records(lc_records):
    data = [marc_to_catalog(r, "marc21").record for r in lc_records]
    first = data[0]
    assert first.title == "ActivePerl with ASP and ADO"
    assert first.responsibility == "Tobias Martinsson"
    assert [(p.name, p.dates) for p in first.persons] == [("Martinsson, Tobias", "1976-")]
    assert (first.place, first.publisher, first.year) == ("New York", "John Wiley & Sons", 2000)
    assert first.isbns == ["0471383147"]  # "(paper/cd-rom : alk. paper)" dropped
    assert first.languages == ["eng"]
    assert first.notes == '"Wiley Computer Publishing."'
    assert first.extent.startswith("xxi, 289 p. : ill. ; 23 cm.")
    assert first.subjects[0].term == "Perl (Computer program language)"
    assert data[2].title == "Perl" and data[2].other_title == "programmer's reference"
    assert data[2].year == 1999  # "c1999."
    assert [(p.name, p.role) for p in data[4].persons] == [
        ("Guelich, Scott", PersonRole.AUTHOR),
        ("Gundavaram, Shishir", PersonRole.COAUTHOR),
        ("Birznieks, Gunther", PersonRole.COAUTHOR),
    ]
    assert data[4].edition == "2nd ed., expanded & updated"
    assert data[5].corporate_body == "Perl Conference 4.0"
    assert data[5].subjects[0].subdivisions == [("form", "Congresses")]
    assert data[8].persons[0].name == "Lowe, Vincent"
    assert data[3].persons[0].name == "Brown, Martin C."  # the initial keeps its period


def test_several_isbns_and_non_filing_characters(multi_isbn_record):
    mapped = marc_to_catalog(multi_isbn_record, "marc21")
    data = mapped.record
    assert data.isbns == ["0914378287", "0914378295", "0914378260"]
    assert data.title == f"{NSB}The {NSE}town scold"  # 245 ind2 = 4
    assert strip_nonsort_marks(data.title) == "The town scold"
    assert data.responsibility == "by Judith Johnson Sherwin ; ill. by Margaret Lampe"
    assert data.series == "Her Waste ; pt. 1"
    assert data.year == 1977


def _record(*fields: pymarc.Field, leader: str = "00000nam a2200000 i 4500") -> pymarc.Record:
    record = pymarc.Record()
    record.leader = pymarc.Leader(leader)
    record.add_field(*fields)
    return record


def _f(tag: str, ind: str, *pairs: str) -> pymarc.Field:
    subfields = [pymarc.Subfield(pairs[i], pairs[i + 1]) for i in range(0, len(pairs), 2)]
    return pymarc.Field(tag, indicators=pymarc.Indicators(ind[0], ind[1]), subfields=subfields)


def test_650_z_is_geographic_and_y_chronological():
    record = _record(
        _f("245", "00", "a", "Тарих"),
        _f(
            "650",
            " 4",
            "a",
            "Тарих",
            "z",
            "Қазақстан",
            "y",
            "XX ғ.",
            "v",
            "Оқулықтар",
            "x",
            "Оқыту",
        ),
    )
    data = marc_to_catalog(record, "marc21").record
    assert data.subjects[0].subdivisions == [
        ("geographic", "Қазақстан"),
        ("chronological", "XX ғ."),
        ("form", "Оқулықтар"),
        ("topical", "Оқыту"),
    ]


def test_relator_codes_and_terms():
    record = _record(
        _f("100", "1 ", "a", "Абай Құнанбайұлы,", "d", "1845-1904"),
        _f("245", "10", "a", "Қара сөздер"),
        _f("700", "1 ", "a", "Әуезов, Мұхтар,", "e", "editor."),
        _f("700", "1 ", "a", "Петров, П.", "4", "trl"),
        _f("700", "1 ", "a", "Сидоров, С.", "4", "ill"),
        _f("700", "1 ", "a", "Иванов, И.", "4", "xyz"),
        _f("700", "12", "a", "Шәкәрім", "t", "Шығармалар"),
    )
    mapped = marc_to_catalog(record, "marc21")
    assert [(p.name, p.role, p.dates) for p in mapped.record.persons] == [
        ("Абай Құнанбайұлы", PersonRole.AUTHOR, "1845-1904"),
        ("Әуезов, Мұхтар", PersonRole.EDITOR, ""),
        ("Петров, П.", PersonRole.TRANSLATOR, ""),
        ("Сидоров, С.", PersonRole.ILLUSTRATOR, ""),
        ("Иванов, И.", PersonRole.OTHER, ""),
    ]
    assert any("xyz" in w for w in mapped.warnings)


def test_textbook_hints_and_grades():
    record = _record(
        _f(
            "245",
            "10",
            "a",
            "Математика :",
            "b",
            "жалпы білім беретін мектептің 5-сыныбына арналған оқулық",
        ),
        _f("041", "0 ", "a", "каз"),
    )
    data = marc_to_catalog(record, "marc21").record
    assert data.material_type is MaterialType.TEXTBOOK
    assert data.grades == ["5"]
    assert data.languages == ["kaz"]
    record = _record(_f("245", "10", "a", "Физика"), _f("084", "  ", "a", "22.3я72", "2", "rubbk"))
    data = marc_to_catalog(record, "marc21").record
    assert data.material_type is MaterialType.TEXTBOOK  # ББК …я72: textbooks for schools
    assert data.grades == []
    record = _record(_f("245", "10", "a", "Журнал"), leader="00000nas a2200000 i 4500")
    assert marc_to_catalog(record, "marc21").record.material_type is MaterialType.PERIODICAL
    record = _record(_f("245", "10", "a", "Диск"), leader="00000nmm a2200000 i 4500")
    assert marc_to_catalog(record, "marc21").record.material_type is MaterialType.ELECTRONIC
