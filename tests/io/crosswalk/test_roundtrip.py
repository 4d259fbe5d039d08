"""Round trips: imported records come back field by field; catalog data survive export."""

from __future__ import annotations

import copy
import itertools
from datetime import date

import pymarc
import pytest

from shkola_lib.catalog.data import (
    CopyData,
    PersonData,
    RecordData,
    RecordDetail,
    StockData,
    SubjectData,
)
from shkola_lib.io.marc.crosswalk import (
    ExportOptions,
    MappedRecord,
    MarcFieldData,
    catalog_to_marc,
    marc_to_catalog,
)
from shkola_lib.io.marc.crosswalk.roundtrip import canonical, holdings_projection
from shkola_lib.models import MaterialType, PersonRole


def _detail(mapped: MappedRecord) -> RecordDetail:
    return RecordDetail(copy.deepcopy(mapped.record), list(mapped.copies), list(mapped.stock))


def _options(mapped: MappedRecord, **extra) -> ExportOptions:
    if mapped.flavour == "marc21":
        return ExportOptions("marc21", extra.pop("holdings", "852"), ["084"], **extra)
    declared = next(f.get("a") for f in mapped.original_fields if f.tag == "100")[26:30]
    extra.setdefault("charset_code", declared)
    holdings = extra.pop("holdings", "899" if mapped.flavour == "rusmarc" else "852")
    return ExportOptions(mapped.flavour, holdings, ["686"], **extra)


def _export(mapped: MappedRecord, detail: RecordDetail, options: ExportOptions) -> pymarc.Record:
    return catalog_to_marc(
        detail,
        options,
        original_fields=mapped.original_fields,
        original_leader=mapped.leader,
        original_flavour=mapped.flavour,
    )


def _plain(record: pymarc.Record) -> list[tuple]:
    return [MarcFieldData.from_pymarc(f).as_tuple() for f in record.fields]


def _corpus(request: pytest.FixtureRequest, name: str) -> list[tuple[pymarc.Record, str]]:
    if name == "TEST1.ISO":
        return [(r, "rusmarc") for r in request.getfixturevalue("test1_records")]
    if name == "ur.iso":
        return [(request.getfixturevalue("ur_record"), "rusmarc")]
    if name == "1251.dat":
        return [(r, "marc21") for r in request.getfixturevalue("cp1251_records")]
    if name == "test.dat":
        return [(r, "marc21") for r in request.getfixturevalue("lc_records")]
    if name == "multi_isbn.dat":
        return [(request.getfixturevalue("multi_isbn_record"), "marc21")]
    return [(request.getfixturevalue("unimarc_record"), "unimarc")]


CORPUS = ["TEST1.ISO", "ur.iso", "1251.dat", "test.dat", "multi_isbn.dat", "testunimarc.dat"]


@pytest.mark.parametrize("name", CORPUS)
def test_unchanged_records_come_back_field_by_field(request, name):
    for source, flavour in _corpus(request, name):
        mapped = marc_to_catalog(source, flavour)
        out = _export(mapped, _detail(mapped), _options(mapped))
        assert _plain(out) == [f.as_tuple() for f in mapped.original_fields]
        assert _plain(out) == [MarcFieldData.from_pymarc(f).as_tuple() for f in source.fields]
        leader, original = str(out.leader), str(source.leader)
        if flavour == "marc21":  # the text is Unicode now: leader/09 says so
            assert leader[:9] + leader[10:] == original[:9] + original[10:]
            assert leader[9] == "a"
        else:
            assert leader == original


@pytest.mark.parametrize("name", CORPUS)
def test_values_survive_an_export_to_another_flavour(request, name):
    for source, flavour in _corpus(request, name):
        mapped = marc_to_catalog(source, flavour)
        for target in {"marc21", "rusmarc", "unimarc"} - {flavour}:
            holdings = "899" if target == "rusmarc" else "852"
            options = ExportOptions(target, holdings, [])
            back = marc_to_catalog(_export(mapped, _detail(mapped), options), target)
            assert canonical(back.record) == canonical(mapped.record)
            before = RecordDetail(mapped.record, mapped.copies, mapped.stock)
            after = RecordDetail(back.record, back.copies, back.stock)
            assert holdings_projection(after, holdings) == holdings_projection(before, holdings)


def test_declared_charset_is_the_only_difference_by_default(test1_records):
    mapped = marc_to_catalog(test1_records[0], "rusmarc")
    out = _export(mapped, _detail(mapped), ExportOptions("rusmarc", "899", ["686"]))
    before = [f.as_tuple() for f in mapped.original_fields]
    after = _plain(out)
    differ = [b[0] for a, b in zip(before, after, strict=True) if a != b]
    assert differ == ["100"]
    assert out["100"]["a"][26:30] == "50  "
    assert test1_records[0]["100"]["a"][26:30] == "0189"


def _differences(mapped: MappedRecord, out: pymarc.Record) -> tuple[list, list]:
    before = [f.as_tuple() for f in mapped.original_fields]
    after = _plain(out)
    return [f for f in before if f not in after], [f for f in after if f not in before]


@pytest.mark.parametrize("name", CORPUS)
def test_a_new_title_changes_only_the_title_group(request, name):
    for source, flavour in _corpus(request, name):
        mapped = marc_to_catalog(source, flavour)
        detail = _detail(mapped)
        detail.record.title = "Жаңа атау"
        out = _export(mapped, detail, _options(mapped))
        gone, new = _differences(mapped, out)
        title_tag = "245" if flavour == "marc21" else "200"
        assert {f[0] for f in gone} == {title_tag, "005"}
        assert {f[0] for f in new} == {title_tag, "005"}
        assert [f.tag for f in out.fields] == [f.tag for f in mapped.original_fields]
        assert out[title_tag]["a"].startswith("Жаңа атау")
        assert marc_to_catalog(out, flavour).record.title == "Жаңа атау"
        assert str(out.leader)[5] in "cdp"  # corrected record (or its original status)


def test_unmodelled_subfields_stay_while_their_group_is_unchanged(test1_records):
    source = next(r for r in test1_records if r["001"].data == r"RU\NLR\bibl\340001")
    mapped = marc_to_catalog(source, "rusmarc")
    detail = _detail(mapped)
    detail.record.bbk = "20.1"
    detail.copies.append(CopyData("500001", location="Оқу залы"))
    out = _export(mapped, detail, _options(mapped, library_code="NLR"))
    assert out["606"]["3"] == r"RU\NLR\auth\661360104"  # subjects unchanged: $3 and $2 kept
    assert [f["2"] for f in out.get_fields("686")] == ["rugasnti", "rubbk"]
    assert out.get_fields("686")[1]["a"] == "20.1"
    assert [f["p"] for f in out.get_fields("899")] == ["377366", "377367", "500001"]
    assert [f.tag for f in out.fields].count("801") == 3
    back = marc_to_catalog(out, "rusmarc")
    assert back.record.bbk == "20.1"
    assert [c.inventory_number for c in back.copies] == ["377366", "377367", "500001"]


def test_shelf_only_899_is_kept_when_copies_are_added(test1_records):
    source = next(r for r in test1_records if r["001"].data == r"RU\NLR\bibl\5996")
    mapped = marc_to_catalog(source, "rusmarc")
    detail = _detail(mapped)
    detail.copies.append(CopyData("9001"))
    out = _export(mapped, detail, _options(mapped))
    assert [[(s.code, s.value) for s in f.subfields] for f in out.get_fields("899")] == [
        [("a", "NLR"), ("j", "97-4/119")],
        [("j", "Ч515.815я43"), ("p", "9001")],
    ]


def test_changed_persons_in_marc21_replace_100_and_700_in_place(lc_records):
    mapped = marc_to_catalog(lc_records[4], "marc21")
    detail = _detail(mapped)
    detail.record.persons.append(PersonData("Abdrakhmanov, Ulan", PersonRole.TRANSLATOR))
    out = _export(mapped, detail, _options(mapped))
    tags = [f.tag for f in out.fields]
    assert tags[: tags.index("245")].count("100") == 1
    assert [f["a"] for f in out.get_fields("700")] == [
        "Gundavaram, Shishir",
        "Birznieks, Gunther",
        "Abdrakhmanov, Ulan",
    ]
    assert out.get_fields("700")[2]["4"] == "trl"
    assert tags.index("700") > tags.index("650")
    assert marc_to_catalog(out, "marc21").record.persons == detail.record.persons


def test_year_and_language_changes_patch_008_and_100(cp1251_records, ur_record):
    mapped = marc_to_catalog(cp1251_records[0], "marc21")
    detail = _detail(mapped)
    detail.record.year, detail.record.languages = 2006, ["kaz", "rus"]
    out = _export(mapped, detail, _options(mapped))
    original = cp1251_records[0]["008"].data
    assert out["008"].data == original[:7] + "2006" + original[11:35] + "kaz" + original[38:]
    assert [s.value for s in out["041"].subfields] == ["kaz", "rus"]
    assert out["260"]["c"] == "2006"
    mapped = marc_to_catalog(ur_record, "rusmarc")
    detail = _detail(mapped)
    detail.record.year = 2013
    out = _export(mapped, detail, _options(mapped))
    assert out["100"]["a"][9:13] == "2013"
    assert out["210"]["d"] == "2013"


def test_holdings_profile_change_regenerates_holdings(cp1251_records):
    mapped = marc_to_catalog(cp1251_records[0], "marc21")
    options = ExportOptions("marc21", "marc-sql", ["084", "091"])
    out = _export(mapped, _detail(mapped), options)
    assert out.get_fields("852") == []
    assert [s.value for s in out["090"].subfields] == ["И46"]
    assert out["091"]["a"] == "38.1я73"
    back = marc_to_catalog(out, "marc21").record
    assert (back.bbk, back.author_sign) == ("38.1я73", "И46")


# ---------------------------------------------------------------- records built from scratch


def kazakh_textbook() -> RecordDetail:
    record = RecordData(
        material_type=MaterialType.TEXTBOOK,
        title="Қазақ тілі",
        other_title="жалпы білім беретін мектептің 5-сыныбына арналған оқулық",
        responsibility="Ф. Ш. Оразбаева, Р. С. Рауандина ; жауапты ред. Ә. Қайдар",
        part="1-бөлім",
        corporate_body="Қазақстан Республикасы Оқу-ағарту министрлігі",
        persons=[
            PersonData("Оразбаева, Фаузия Шамсиевна", PersonRole.AUTHOR, "1939-"),
            PersonData("Рауандина, Р. С.", PersonRole.COAUTHOR),
            PersonData("Қайдар, Әбдуәли", PersonRole.EDITOR, "1932-2020"),
            PersonData("Жұмабаева, Гүлнар", PersonRole.TRANSLATOR),
            PersonData("Өтебаев, Нұрлан", PersonRole.ILLUSTRATOR),
            PersonData("Сейітова, Ә. Н.", PersonRole.OTHER),
        ],
        isbns=["9786010310285", "9786010310286"],  # the second is invalid and kept
        edition="2-басылым, толықтырылған",
        place="Алматы ; Астана",
        publisher="Атамұра",
        year=2023,
        extent="176 б. : түрлі-түсті сур. ; 26 см + 1 CD",
        series="Жаңартылған білім мазмұны",
        series_number="5",
        languages=["kaz", "rus"],
        bbk="81.2Каз-922",
        udc="811.512.122(075.3)",
        author_sign="Қ17",
        subjects=[
            SubjectData(
                "Қазақ тілі",
                subdivisions=[
                    ("topical", "Грамматика"),
                    ("geographic", "Қазақстан"),
                    ("chronological", "XXI ғ."),
                    ("form", "Оқулықтар"),
                ],
            ),
            SubjectData("Оқыту әдістемесі"),
        ],
        keywords=["зат есім", "етістік", "ұлттық құндылықтар"],
        annotation="Оқулық жаңартылған бағдарлама бойынша жазылған.\nЕкінші абзац.",
        notes="Мұқабада: Қазақ тілі-5.\nҚосымша: жұмыс дәптері.",
        grades=["5"],
        school_subject="Қазақ тілі",
        instruction_language="kaz",
    )
    copies = [
        CopyData("000123", barcode="4870000001234", location="Оқу залы", price_tiyn=420000,
                 ksu_entry="7/2023", acquired_on=date(2023, 9, 1), source="Бюджет"),
        CopyData("000124", location="Абонемент", price_tiyn=420000, ksu_entry="7/2023",
                 acquired_on=date(2023, 9, 1), source="Бюджет"),
    ]  # fmt: skip
    stock = [StockData(25, ksu_entry="12/2026", written_off=3, price_tiyn=420000)]
    return RecordDetail(record, copies, stock)


STYLES = ["852", "899", "marc-sql", "koha-952", "none"]


COMBINATIONS = [
    (flavour, style)
    for flavour, style in itertools.product(["marc21", "rusmarc", "unimarc"], STYLES)
    if style != "899" or flavour == "rusmarc"
]


@pytest.mark.parametrize(("flavour", "holdings"), COMBINATIONS)
def test_catalog_data_survive_export_and_import(flavour, holdings):
    detail = kazakh_textbook()
    options = ExportOptions(flavour, holdings, [], library_code="SCH-17")
    out = catalog_to_marc(detail, options)
    back = marc_to_catalog(out, flavour)
    assert back.warnings == ["Invalid ISBN kept as it is: 9786010310286"]
    assert canonical(back.record) == canonical(detail.record)
    assert back.record.persons == detail.record.persons
    after = RecordDetail(back.record, back.copies, back.stock)
    assert holdings_projection(after, holdings) == holdings_projection(detail, holdings)
    if holdings == "marc-sql":
        assert [(s.quantity, s.ksu_entry, s.written_off) for s in back.stock] == [
            (25, "12/2026", 3)
        ]
    if holdings != "none":
        assert [c.inventory_number for c in back.copies] == ["000123", "000124"]
        assert {c.price_tiyn for c in back.copies} == {420000}
    # exported again in the same flavour, with its own fields as the originals: unchanged
    again = catalog_to_marc(
        after, options, original_fields=back.original_fields, original_leader=back.leader,
        original_flavour=flavour,
    )  # fmt: skip
    assert _plain(again) == [f.as_tuple() for f in back.original_fields]


@pytest.mark.parametrize("flavour", ["marc21", "rusmarc", "unimarc"])
def test_textbook_without_grade_or_hint_stays_a_textbook(flavour):
    detail = RecordDetail(RecordData(title="Әліппе", material_type=MaterialType.TEXTBOOK), [], [])
    back = marc_to_catalog(catalog_to_marc(detail, ExportOptions(flavour, "none", [])), flavour)
    assert back.record.material_type is MaterialType.TEXTBOOK
    assert back.record.grades == []


@pytest.mark.parametrize(
    ("flavour", "holdings"), [("marc21", "899"), ("unimarc", "899"), ("x", "852"), ("marc21", "x")]
)
def test_export_options_refuse_unknown_or_misplaced_settings(flavour, holdings):
    with pytest.raises(ValueError):
        ExportOptions(flavour, holdings, [])
