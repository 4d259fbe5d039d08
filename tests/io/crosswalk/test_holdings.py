"""Copies and counted stock from 899, 852, MARC-SQL 090/876/990 and Koha 952/995."""

from __future__ import annotations

from datetime import date

import pymarc

from shkola_lib.catalog.data import CopyData, RecordDetail, StockData
from shkola_lib.io.marc.crosswalk import ExportOptions, catalog_to_marc, marc_to_catalog
from shkola_lib.models import CopyStatus


def _f(tag: str, *pairs: str, ind: str = "  ") -> pymarc.Field:
    subfields = [pymarc.Subfield(pairs[i], pairs[i + 1]) for i in range(0, len(pairs), 2)]
    return pymarc.Field(tag, indicators=pymarc.Indicators(ind[0], ind[1]), subfields=subfields)


def _record(*fields: pymarc.Field, unimarc: bool = False) -> pymarc.Record:
    record = pymarc.Record()
    leader = "00000nam  2200000   450 " if unimarc else "00000nam a2200000 i 4500"
    record.leader = pymarc.Leader(leader)
    record.add_field(*fields)
    return record


def _copies(copies: list[CopyData]) -> list[tuple]:
    return [(c.inventory_number, c.barcode, c.location, c.price_tiyn, c.ksu_entry) for c in copies]


def test_marc_sql_inventoried_copies_and_counted_stock():
    record = _record(
        _f("020", "a", "9786010310285", "c", "1500 т."),
        _f("090", "e", "1001", "x", "А45"),
        _f("090", "e", "1002", "x", "А45"),
        _f("091", "a", "22.1я72"),
        _f("245", "a", "Алгебра"),
        _f("876", "p", "4800000000017", "c", "1200.00"),
        _f("876", "a", "1002", "p", "4800000000024", "c", "250 т."),
        _f("990", "t", "15/2024"),
        _f("990", "h", "12/2026", "j", "25", "z", "3"),
    )
    mapped = marc_to_catalog(record, "marc21")
    assert _copies(mapped.copies) == [
        ("1001", "4800000000017", "", 120000, "15/2024"),
        ("1002", "4800000000024", "", 25000, "15/2024"),
    ]
    assert [(s.quantity, s.ksu_entry, s.written_off, s.price_tiyn) for s in mapped.stock] == [
        (25, "12/2026", 3, 150000)
    ]
    assert mapped.record.author_sign == "А45"
    assert mapped.record.bbk == "22.1я72"
    assert mapped.warnings == []


def test_koha_952_and_995():
    record = _record(
        _f("245", "a", "Әліппе"),
        _f(
            "952",
            *("a", "SCH", "c", "Оқу залы", "d", "2024-09-01", "e", "Сыйлық"),
            *("g", "3500.00", "i", "INV-1", "o", "74.262/А45", "p", "0001"),
        ),
        _f("952", "p", "0002", "0", "1"),
        _f("952", "p", "0003", "1", "1"),
        _f("952", "c", "Қойма"),
        _f("995", "f", "555"),
    )
    mapped = marc_to_catalog(record, "marc21")
    first = mapped.copies[0]
    assert (first.inventory_number, first.barcode, first.location) == ("INV-1", "0001", "Оқу залы")
    assert (first.price_tiyn, first.acquired_on, first.source) == (
        350000,
        date(2024, 9, 1),
        "Сыйлық",
    )
    assert [(c.inventory_number, c.status) for c in mapped.copies[1:]] == [
        ("0002", CopyStatus.WRITTEN_OFF),
        ("0003", CopyStatus.LOST),
        ("555", CopyStatus.AVAILABLE),
    ]
    assert len(mapped.warnings) == 1  # the 952 without inventory number or barcode


def test_rusmarc_899_barcode_and_inventory_number():
    record = _record(
        _f("200", "a", "Ана тілі", ind="1 "),
        _f("899", "a", "SCH", "b", "АБ", "p", "4800000000031", "x", "12345"),
        _f("899", "a", "SCH", "c", "Оқу залы", "j", "81.2Каз/А45", "p", "12346"),
        _f("899", "a", "SCH", "j", "81.2Каз/А45"),
        _f("899", "a", "SCH", "p", "12346"),
        unimarc=True,
    )
    mapped = marc_to_catalog(record, "rusmarc")
    assert _copies(mapped.copies) == [
        ("12345", "4800000000031", "АБ", None, ""),
        ("12346", None, "Оқу залы", None, ""),
        ("12346", None, "", None, ""),
    ]
    assert any("12346" in w for w in mapped.warnings)  # duplicate inventory number


def test_marc21_852_piece_designation_call_number_parts():
    record = _record(
        _f("245", "a", "Физика"),
        _f("852", "a", "SCH", "b", "Оқу залы", "h", "22.3я72", "i", "Ф50", "p", "777"),
    )
    mapped = marc_to_catalog(record, "marc21")
    assert _copies(mapped.copies) == [("777", None, "Оқу залы", None, "")]
    assert (mapped.record.bbk, mapped.record.author_sign) == ("22.3я72", "Ф50")


def _detail() -> RecordDetail:
    mapped = marc_to_catalog(_record(_f("245", "a", "Геометрия")), "marc21")
    record = mapped.record
    record.bbk, record.author_sign = "22.151я72", "Г36"
    copies = [
        CopyData("2001", barcode="4800000000048", location="Оқу залы", price_tiyn=90000),
        CopyData("2002", location="Абонемент", price_tiyn=90000, ksu_entry="3/2025"),
        CopyData("2003", status=CopyStatus.WRITTEN_OFF, price_tiyn=90000),
    ]
    stock = [StockData(40, ksu_entry="12/2026", written_off=2, price_tiyn=90000)]
    return RecordDetail(record, copies, stock)


def _tags(record: pymarc.Record, tag: str) -> list[list[tuple[str, str]]]:
    return [[(s.code, s.value) for s in f.subfields] for f in record.get_fields(tag)]


def test_export_899_per_copy_without_written_off():
    out = catalog_to_marc(_detail(), ExportOptions("rusmarc", "899", ["686"], library_code="SCH"))
    assert _tags(out, "899") == [
        [("a", "SCH"), ("c", "Оқу залы"), ("j", "22.151я72/Г36"), ("p", "4800000000048"),
         ("x", "2001")],
        [("a", "SCH"), ("c", "Абонемент"), ("j", "22.151я72/Г36"), ("p", "2002")],
    ]  # fmt: skip
    assert _tags(out, "686") == [[("a", "22.151я72"), ("b", "Г36"), ("2", "rubbk")]]
    assert _tags(out, "010") == [[("d", "900.00")]]


def test_export_852_per_copy():
    out = catalog_to_marc(_detail(), ExportOptions("marc21", "852", ["084"], library_code="SCH"))
    assert _tags(out, "852") == [
        [("a", "SCH"), ("b", "Оқу залы"), ("h", "22.151я72"), ("i", "Г36"), ("p", "2001")],
        [("a", "SCH"), ("b", "Абонемент"), ("h", "22.151я72"), ("i", "Г36"), ("p", "2002")],
    ]
    assert _tags(out, "084") == [[("a", "22.151я72"), ("2", "rubbk")]]  # sign is in 852 $i
    assert _tags(out, "020") == [[("c", "900.00")]]


def test_export_marc_sql():
    out = catalog_to_marc(_detail(), ExportOptions("marc21", "marc-sql", ["084", "091"]))
    assert _tags(out, "090") == [[("e", "2001"), ("x", "Г36")], [("e", "2002"), ("x", "Г36")]]
    assert _tags(out, "091") == [[("a", "22.151я72")]]
    assert _tags(out, "876") == [
        [("a", "2001"), ("p", "4800000000048"), ("c", "900.00")],
        [("a", "2002"), ("c", "900.00")],
    ]
    assert _tags(out, "990") == [
        [("t", "3/2025"), ("e", "2002")],
        [("h", "12/2026"), ("j", "40"), ("z", "2")],
    ]
    assert [f.tag for f in out.get_fields("440", "490")] == []  # no series
    back = marc_to_catalog(out, "marc21")
    assert _copies(back.copies) == [
        ("2001", "4800000000048", "", 90000, ""),
        ("2002", None, "", 90000, "3/2025"),
    ]
    assert [(s.quantity, s.ksu_entry, s.written_off) for s in back.stock] == [(40, "12/2026", 2)]


def test_export_koha_952():
    out = catalog_to_marc(_detail(), ExportOptions("marc21", "koha-952", [], library_code="SCH"))
    first = dict((s.code, s.value) for s in out.get_fields("952")[0].subfields)
    assert first == {
        "a": "SCH",
        "b": "SCH",
        "c": "Оқу залы",
        "g": "900.00",
        "i": "2001",
        "o": "22.151я72/Г36",
        "p": "4800000000048",
    }
    assert len(out.get_fields("952")) == 2
    assert _tags(out, "084") == [[("a", "22.151я72"), ("b", "Г36"), ("2", "rubbk")]]


def test_export_without_holdings():
    out = catalog_to_marc(_detail(), ExportOptions("marc21", "none", ["084"]))
    assert not out.get_fields("852", "899", "090", "876", "990", "952")
