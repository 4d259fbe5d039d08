"""Records generated from catalog data in each flavour."""

from __future__ import annotations

import re
from datetime import datetime

import pymarc

from shkola_lib.catalog.data import CopyData, PersonData, RecordData, RecordDetail, SubjectData
from shkola_lib.catalog.text import NSB, NSE
from shkola_lib.io.marc.crosswalk import ExportOptions, catalog_to_marc, marc_to_catalog
from shkola_lib.models import CopyStatus, MaterialType, PersonRole


def textbook(record_id: int | None = 42) -> RecordDetail:
    record = RecordData(
        id=record_id,
        material_type=MaterialType.TEXTBOOK,
        title="Алгебра",
        other_title="жалпы білім беретін мектептің 7-сыныбына арналған оқулық",
        responsibility="А. Е. Әбілқасымова, И. Ә. Бекбоев",
        persons=[
            PersonData("Әбілқасымова, Алма Есімбекқызы", PersonRole.AUTHOR, "1950-"),
            PersonData("Бекбоев, И. Ә.", PersonRole.COAUTHOR),
        ],
        isbns=["9786010310285"],
        edition="3-басылымы",
        place="Алматы",
        publisher="Мектеп",
        year=2022,
        extent="224 б. : сур. ; 22 см",
        languages=["kaz"],
        bbk="22.14я72",
        udc="512(075.3)",
        author_sign="Ә17",
        subjects=[
            SubjectData("Алгебра", subdivisions=[("geographic", "Қазақстан"), ("form", "Оқулық")])
        ],
        keywords=["теңдеулер"],
        grades=["7"],
        school_subject="Математика",
        instruction_language="kaz",
        created_at=datetime(2024, 8, 20, 10, 0),
    )
    copies = [
        CopyData("1001", location="Оқу залы", price_tiyn=250000),
        CopyData("1002", location="Оқу залы", price_tiyn=250000, status=CopyStatus.WRITTEN_OFF),
    ]
    return RecordDetail(record, copies, [])


def _sub(record: pymarc.Record, tag: str) -> list[tuple[str, str]]:
    return [(s.code, s.value) for s in record[tag].subfields]


def test_rusmarc_record_from_scratch():
    out = catalog_to_marc(textbook(), ExportOptions("rusmarc", "899", ["686"], library_code="SCH"))
    leader = str(out.leader)
    assert leader[5:8] == "nam" and leader[20:24] == "450 "
    assert out["001"].data == "SL42"
    assert re.fullmatch(r"\d{14}\.0", out["005"].data)
    hundred = out["100"]["a"]
    assert hundred[:9] == "20240820d" and hundred[9:13] == "2022"
    assert hundred[26:30] == "50  " and hundred[22:25] == "kaz"
    assert _sub(out, "101") == [("a", "kaz")]
    assert _sub(out, "200") == [
        ("a", "Алгебра"),
        ("e", "жалпы білім беретін мектептің 7-сыныбына арналған оқулық"),
        ("f", "А. Е. Әбілқасымова, И. Ә. Бекбоев"),
    ]
    assert _sub(out, "010") == [("a", "978-601-03-1028-5"), ("d", "2500.00")]
    assert _sub(out, "205") == [("a", "3-басылымы")]
    assert _sub(out, "210") == [("a", "Алматы"), ("c", "Мектеп"), ("d", "2022")]
    assert _sub(out, "215") == [("a", "224 б."), ("c", "сур."), ("d", "22 см")]
    assert [_s(f) for f in out.get_fields("333")] == [
        [("a", "7 сынып")],
        [("a", "Пән: Математика")],
        [("a", "Оқыту тілі: kaz")],
    ]
    assert _sub(out, "606") == [("a", "Алгебра"), ("y", "Қазақстан"), ("j", "Оқулық")]
    assert _sub(out, "610") == [("a", "теңдеулер")]
    assert _sub(out, "675") == [("a", "512(075.3)")]
    assert _sub(out, "686") == [("a", "22.14я72"), ("b", "Ә17"), ("2", "rubbk")]
    assert _sub(out, "700") == [
        ("a", "Әбілқасымова"),
        ("b", "А. Е."),
        ("g", "Алма Есімбекқызы"),
        ("f", "1950-"),
        ("4", "070"),
    ]
    assert _sub(out, "701") == [("a", "Бекбоев"), ("b", "И. Ә."), ("4", "070")]
    assert [_s(f) for f in out.get_fields("899")] == [
        [("a", "SCH"), ("c", "Оқу залы"), ("j", "22.14я72/Ә17"), ("p", "1001")]
    ]
    tags = [f.tag for f in out.fields]
    assert tags == sorted(tags)


def _s(field: pymarc.Field) -> list[tuple[str, str]]:
    return [(s.code, s.value) for s in field.subfields]


def test_marc21_record_from_scratch():
    detail = textbook()
    detail.record.title = f"{NSB}The {NSE}algebra"
    out = catalog_to_marc(detail, ExportOptions("marc21", "852", ["084"], library_code="SCH"))
    leader = str(out.leader)
    assert leader[5:10] == "nam a" and leader[18] == "i" and leader[20:24] == "4500"
    eight = out["008"].data
    assert len(eight) == 40
    assert eight[:6] == "240820" and eight[6:11] == "s2022" and eight[35:38] == "kaz"
    assert _sub(out, "041") == [("a", "kaz")]
    assert out["245"].indicators == pymarc.Indicators("1", "4")
    assert _sub(out, "245") == [
        ("a", "The algebra :"),
        ("b", "жалпы білім беретін мектептің 7-сыныбына арналған оқулық /"),
        ("c", "А. Е. Әбілқасымова, И. Ә. Бекбоев"),
    ]
    assert _sub(out, "100") == [("a", "Әбілқасымова, Алма Есімбекқызы,"), ("d", "1950-")]
    assert _sub(out, "700") == [("a", "Бекбоев, И. Ә."), ("4", "aut")]
    assert _sub(out, "650") == [("a", "Алгебра"), ("z", "Қазақстан"), ("v", "Оқулық")]
    assert _sub(out, "260") == [("a", "Алматы :"), ("b", "Мектеп,"), ("c", "2022")]
    assert _sub(out, "300") == [("a", "224 б. :"), ("b", "сур. ;"), ("c", "22 см")]
    assert _sub(out, "020") == [("a", "9786010310285"), ("c", "2500.00")]
    assert _sub(out, "080") == [("a", "512(075.3)")]
    assert _sub(out, "084") == [("a", "22.14я72"), ("2", "rubbk")]
    assert _sub(out, "852") == [
        ("a", "SCH"),
        ("b", "Оқу залы"),
        ("h", "22.14я72"),
        ("i", "Ә17"),
        ("p", "1001"),
    ]
    assert [f["a"] for f in out.get_fields("521")] == [
        "7 сынып",
        "Пән: Математика",
        "Оқыту тілі: kaz",
    ]
    back = marc_to_catalog(out, "marc21").record
    assert back.title == detail.record.title


def test_y_z_swap_between_rusmarc_and_marc21():
    source = pymarc.Record()
    source.leader = pymarc.Leader("00000nam  2200000   450 ")
    source.add_field(
        pymarc.Field("200", pymarc.Indicators("1", " "), [pymarc.Subfield("a", "Тарих")]),
        pymarc.Field(
            "606",
            pymarc.Indicators("0", " "),
            [
                pymarc.Subfield("a", "Тарих"),
                pymarc.Subfield("y", "Казахстан"),
                pymarc.Subfield("z", "XX в."),
                pymarc.Subfield("2", "nlr-sh"),
            ],
        ),
    )
    mapped = marc_to_catalog(source, "rusmarc")
    detail = RecordDetail(mapped.record, mapped.copies, mapped.stock)
    marc21 = catalog_to_marc(
        detail,
        ExportOptions("marc21", "none", ["084"]),
        original_fields=mapped.original_fields,
        original_leader=mapped.leader,
        original_flavour="rusmarc",
    )
    assert _sub(marc21, "650") == [("a", "Тарих"), ("z", "Казахстан"), ("y", "XX в.")]
    assert marc21.get_fields("606") == []
    again = marc_to_catalog(marc21, "marc21")
    assert again.record.subjects == mapped.record.subjects
    rusmarc = catalog_to_marc(
        RecordDetail(again.record, [], []), ExportOptions("rusmarc", "none", ["686"])
    )
    assert _sub(rusmarc, "606") == [("a", "Тарих"), ("y", "Казахстан"), ("z", "XX в.")]


def test_cross_flavour_export_writes_only_generated_fields(test1_records):
    source = next(r for r in test1_records if r["001"].data == r"RU\NLR\bibl\340001")
    mapped = marc_to_catalog(source, "rusmarc")
    out = catalog_to_marc(
        RecordDetail(mapped.record, mapped.copies, mapped.stock),
        ExportOptions("marc21", "852", ["084"]),
        original_fields=mapped.original_fields,
        original_leader=mapped.leader,
        original_flavour="rusmarc",
    )
    tags = {f.tag for f in out.fields}
    assert not tags & {"801", "899", "102", "105", "686", "606", "200", "712", "021"}
    assert out["001"].data == r"RU\NLR\bibl\340001"  # no catalog id: the source's number
    assert out["245"]["a"].startswith("Экология. Здоровье. Жизнь")
    assert _sub(out, "650")[:3] == [
        ("a", "Здоровье"),
        ("x", "Влияние загрязнения окружающей среды"),
        ("z", "Кировская обл."),
    ]
    assert [f["p"] for f in out.get_fields("852")] == ["377366", "377367"]
    assert out["700"]["4"] == "edt"
    assert str(out.leader)[20:24] == "4500"


def test_unimarc_leader_and_charset_option():
    detail = textbook(None)
    detail.record.material_type = MaterialType.ELECTRONIC
    out = catalog_to_marc(detail, ExportOptions("unimarc", "none", ["686"], charset_code="89"))
    assert str(out.leader)[5:8] == "nlm"
    assert out["100"]["a"][26:30] == "89  "
    assert out.get_fields("001") == []
    assert out.get_fields("333") != []  # school data are written for any material
