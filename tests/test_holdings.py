"""Holdings: inventory numbering, copies, counted stock, КСУ entries, write-offs, counts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from shkola_lib.catalog.data import CatalogCounts, CopyData, RecordData, StockData
from shkola_lib.catalog.holdings import SeriesRequest
from shkola_lib.catalog.service import CatalogService
from shkola_lib.catalog.validation import ValidationError
from shkola_lib.models import CopyStatus, MaterialType


def _book(catalog: CatalogService, title: str = "Абай жолы") -> int:
    return catalog.create_record(RecordData(title=title))


def _textbook(catalog: CatalogService, title: str = "Алгебра") -> int:
    return catalog.create_record(
        RecordData(title=title, material_type=MaterialType.TEXTBOOK, grades=["7"])
    )


def _fields(exc: ValidationError) -> list[str]:
    return [e.field for e in exc.errors]


def _copy_rows(catalog: CatalogService) -> list[tuple[int, str]]:
    with catalog.db.session() as s:
        return [
            (r[0], r[1])
            for r in s.execute(text("SELECT record_id, inventory_number FROM copies ORDER BY id"))
        ]


def _high_water(catalog: CatalogService) -> str | None:
    with catalog.db.session() as s:
        return s.execute(
            text("SELECT value FROM app_state WHERE key = 'inventory_high_water'")
        ).scalar()


# --- numbering -----------------------------------------------------------------------


def test_series_numbers_are_consecutive(catalog: CatalogService) -> None:
    first = _book(catalog)
    second = _book(catalog, "Қан мен тер")
    assert catalog.next_inventory_numbers(3) == ["1", "2", "3"]
    assert catalog.plan_series(SeriesRequest(count=3)) == ["1", "2", "3"]

    assert catalog.add_copy_series(first, SeriesRequest(count=3, location="Абонемент")) == [
        "1",
        "2",
        "3",
    ]
    assert catalog.add_copy_series(second, SeriesRequest(count=2)) == ["4", "5"]
    assert catalog.next_inventory_numbers() == ["6"]
    assert _high_water(catalog) == "5"

    detail = catalog.get_detail(first)
    assert [c.inventory_number for c in detail.copies] == ["1", "2", "3"]
    assert {c.location for c in detail.copies} == {"Абонемент"}
    assert {c.acquired_on for c in detail.copies} == {date.today()}
    assert all(c.status is CopyStatus.AVAILABLE for c in detail.copies)


def test_series_from_a_given_number_keeps_its_width(catalog: CatalogService) -> None:
    record_id = _book(catalog)
    assert catalog.plan_series(SeriesRequest(count=3, first_number="0098")) == [
        "0098",
        "0099",
        "0100",
    ]
    numbers = catalog.add_copy_series(
        record_id,
        SeriesRequest(count=3, first_number=" 0098 ", ksu_entry="4/2026", price_tiyn=150000),
    )
    assert numbers == ["0098", "0099", "0100"]
    detail = catalog.get_detail(record_id)
    assert [(c.inventory_number, c.ksu_entry, c.price_tiyn) for c in detail.copies] == [
        ("0098", "4/2026", 150000),
        ("0099", "4/2026", 150000),
        ("0100", "4/2026", 150000),
    ]
    # The next free number follows the highest numeric value.
    assert catalog.next_inventory_numbers(2) == ["101", "102"]


def test_series_requests_are_checked(catalog: CatalogService) -> None:
    record_id = _book(catalog)
    assert catalog.plan_series(SeriesRequest(count=0)) == []
    with pytest.raises(ValidationError) as info:
        catalog.plan_series(SeriesRequest(count=2, first_number="A-12"))
    assert _fields(info.value) == ["first_number"]
    with pytest.raises(ValidationError) as info:
        catalog.add_copy_series(record_id, SeriesRequest(count=0))
    assert _fields(info.value) == ["count"]
    with pytest.raises(ValidationError) as info:
        catalog.add_copy_series(record_id, SeriesRequest(count=1, ksu_entry="12-2026"))
    assert _fields(info.value) == ["ksu_entry"]
    with pytest.raises(ValidationError) as info:
        catalog.add_copy_series(9999, SeriesRequest(count=1))
    assert _fields(info.value) == ["record"]
    assert _copy_rows(catalog) == []


def test_numbers_are_not_reused_after_the_record_is_deleted(catalog: CatalogService) -> None:
    old = _book(catalog)
    assert catalog.add_copy_series(old, SeriesRequest(count=3)) == ["1", "2", "3"]
    catalog.delete_records([old])
    assert catalog.counts().copies == 0

    assert catalog.next_inventory_numbers() == ["4"]
    new = _book(catalog, "Қан мен тер")
    assert catalog.add_copy_series(new, SeriesRequest(count=1)) == ["4"]
    # The deleted record's numbers are still taken.
    with pytest.raises(ValidationError) as info:
        catalog.add_copy(new, CopyData(inventory_number="2"))
    assert _fields(info.value) == ["inventory_number"]
    with pytest.raises(ValidationError):
        catalog.add_copy_series(new, SeriesRequest(count=2, first_number="3"))
    # Adding copies to a deleted record is refused.
    with pytest.raises(ValidationError) as info:
        catalog.add_copy_series(old, SeriesRequest(count=1))
    assert _fields(info.value) == ["record"]


def test_high_water_mark_survives_a_hard_delete_of_copies(catalog: CatalogService) -> None:
    record_id = _book(catalog)
    catalog.add_copy_series(record_id, SeriesRequest(count=5))
    with catalog.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM copies"))
    assert catalog.get_detail(record_id).copies == []
    assert catalog.next_inventory_numbers(2) == ["6", "7"]
    assert catalog.add_copy_series(record_id, SeriesRequest(count=1)) == ["6"]


def test_high_water_mark_is_raised_by_a_single_copy(catalog: CatalogService) -> None:
    record_id = _book(catalog)
    catalog.add_copy(record_id, CopyData(inventory_number="950"))
    catalog.add_copy(record_id, CopyData(inventory_number="Б-17"))  # not numeric: no effect
    assert _high_water(catalog) == "950"
    assert catalog.next_inventory_numbers() == ["951"]
    catalog.add_copy(record_id, CopyData(inventory_number="12"))  # lower: mark unchanged
    assert catalog.next_inventory_numbers() == ["951"]


def test_series_collision_is_refused_and_nothing_is_added(catalog: CatalogService) -> None:
    first = _book(catalog)
    second = _book(catalog, "Қан мен тер")
    catalog.add_copy_series(first, SeriesRequest(count=3))  # 1, 2, 3
    with pytest.raises(ValidationError) as info:
        catalog.add_copy_series(second, SeriesRequest(count=4, first_number="2"))
    assert _fields(info.value) == ["first_number"]
    assert "2, 3" in info.value.errors[0].message
    assert _copy_rows(catalog) == [(first, "1"), (first, "2"), (first, "3")]
    assert _high_water(catalog) == "3"
    assert catalog.get_detail(second).copies == []


def test_new_record_with_colliding_series_is_not_created(catalog: CatalogService) -> None:
    existing = _book(catalog)
    catalog.add_copy_series(existing, SeriesRequest(count=2))
    with pytest.raises(ValidationError):
        catalog.create_record_with_holdings(
            RecordData(title="Қан мен тер"), series=SeriesRequest(count=2, first_number="2")
        )
    assert catalog.counts().records == 1
    assert len(catalog.search("Қан")) == 0
    assert _copy_rows(catalog) == [(existing, "1"), (existing, "2")]


# --- single copies and barcodes ------------------------------------------------------


def test_single_copy_with_barcode(catalog: CatalogService) -> None:
    record_id = _book(catalog)
    copy_id = catalog.add_copy(
        record_id,
        CopyData(
            inventory_number=" 7001 ",
            barcode=" 4870001234567 ",
            location="Оқу залы",
            source="Сыйға тартылған",
            price_tiyn=250000,
            acquired_on=date(2025, 9, 1),
            ksu_entry="12/2025",
        ),
    )
    detail = catalog.get_detail(record_id)
    assert len(detail.copies) == 1
    copy = detail.copies[0]
    assert (copy.id, copy.record_id, copy.inventory_number, copy.barcode) == (
        copy_id,
        record_id,
        "7001",
        "4870001234567",
    )
    assert (copy.location, copy.source, copy.price_tiyn, copy.acquired_on, copy.ksu_entry) == (
        "Оқу залы",
        "Сыйға тартылған",
        250000,
        date(2025, 9, 1),
        "12/2025",
    )
    hit = catalog.find_copy("4870001234567")
    assert hit is not None and (hit.copy_id, hit.inventory_number) == (copy_id, "7001")


def test_duplicate_barcode_and_number_are_refused(catalog: CatalogService) -> None:
    record_id = _book(catalog)
    catalog.add_copy(record_id, CopyData(inventory_number="1", barcode="KZ-0001"))
    with pytest.raises(ValidationError) as info:
        catalog.add_copy(record_id, CopyData(inventory_number="2", barcode="KZ-0001"))
    assert _fields(info.value) == ["barcode"]
    with pytest.raises(ValidationError) as info:
        catalog.add_copy(record_id, CopyData(inventory_number="1", barcode="KZ-0002"))
    assert _fields(info.value) == ["inventory_number"]
    with pytest.raises(ValidationError) as info:
        catalog.add_copy(record_id, CopyData(inventory_number="  "))
    assert _fields(info.value) == ["inventory_number"]
    assert _copy_rows(catalog) == [(record_id, "1")]
    # An empty barcode is "no barcode", and many copies may have none.
    catalog.add_copy(record_id, CopyData(inventory_number="3", barcode=""))
    catalog.add_copy(record_id, CopyData(inventory_number="4", barcode="  "))
    assert [c.barcode for c in catalog.get_detail(record_id).copies] == ["KZ-0001", None, None]


def test_update_copy_checks_barcode_and_write_off(catalog: CatalogService) -> None:
    record_id = _book(catalog)
    a = catalog.add_copy(record_id, CopyData(inventory_number="1", barcode="A1"))
    b = catalog.add_copy(record_id, CopyData(inventory_number="2"))
    data = catalog.get_detail(record_id).copies[1]
    assert data.id == b
    data.barcode = "A1"
    with pytest.raises(ValidationError) as info:
        catalog.update_copy(data)
    assert _fields(info.value) == ["barcode"]
    data.barcode = "B2"
    data.status = CopyStatus.ON_LOAN
    data.location = "Абонемент"
    catalog.update_copy(data)
    copy = catalog.get_detail(record_id).copies[1]
    assert (copy.barcode, copy.status, copy.location) == ("B2", CopyStatus.ON_LOAN, "Абонемент")
    data.status = CopyStatus.WRITTEN_OFF
    with pytest.raises(ValidationError) as info:
        catalog.update_copy(data)
    assert _fields(info.value) == ["status"]
    assert catalog.get_detail(record_id).copies[0].id == a


# --- КСУ entries ---------------------------------------------------------------------


def test_ksu_suggestion_per_year_and_per_register(catalog: CatalogService) -> None:
    book = _book(catalog)
    textbook = _textbook(catalog)
    assert catalog.suggest_ksu_entry(counted_stock=False, year=2026) == "1/2026"
    assert catalog.suggest_ksu_entry(counted_stock=True, year=2026) == "1/2026"

    catalog.add_copy_series(book, SeriesRequest(count=1, ksu_entry="1/2025"))
    catalog.add_copy_series(book, SeriesRequest(count=2, ksu_entry="2/2025"))
    catalog.add_copy_series(book, SeriesRequest(count=1, ksu_entry="9/2026"))
    catalog.add_copy_series(book, SeriesRequest(count=1, ksu_entry="10/2026"))  # 10 > 9
    catalog.add_stock(textbook, StockData(quantity=30, ksu_entry="3/2026"))
    catalog.add_stock(textbook, StockData(quantity=10, ksu_entry="1/2024"))

    assert catalog.suggest_ksu_entry(counted_stock=False, year=2025) == "3/2025"
    assert catalog.suggest_ksu_entry(counted_stock=False, year=2026) == "11/2026"
    assert catalog.suggest_ksu_entry(counted_stock=False, year=2024) == "1/2024"
    assert catalog.suggest_ksu_entry(counted_stock=True, year=2026) == "4/2026"
    assert catalog.suggest_ksu_entry(counted_stock=True, year=2024) == "2/2024"
    assert catalog.suggest_ksu_entry(counted_stock=True, year=2025) == "1/2025"
    this_year = date.today().year
    assert catalog.suggest_ksu_entry(counted_stock=True) == (
        "4/2026" if this_year == 2026 else f"1/{this_year}"
    )


# --- counted stock -------------------------------------------------------------------


def test_stock_is_checked_when_added(catalog: CatalogService) -> None:
    textbook = _textbook(catalog)
    with pytest.raises(ValidationError) as info:
        catalog.add_stock(textbook, StockData(quantity=0, ksu_entry="x", academic_year="2026-2028"))
    assert _fields(info.value) == ["quantity", "ksu_entry", "academic_year"]
    assert catalog.get_detail(textbook).stock == []


def test_stock_write_off_partial_and_over_quantity(catalog: CatalogService) -> None:
    textbook = _textbook(catalog)
    lot_id = catalog.add_stock(
        textbook,
        StockData(quantity=25, ksu_entry="5/2026", academic_year="2026-2027", price_tiyn=320000),
    )
    assert catalog.counts().stock_copies == 25

    catalog.write_off_stock(
        lot_id, quantity=5, on=date(2026, 5, 25), act_number="7", reason="Тозған"
    )
    lot = catalog.get_detail(textbook).stock[0]
    assert (lot.quantity, lot.written_off, lot.remaining) == (25, 5, 20)
    assert catalog.counts().stock_copies == 20

    for bad in (21, 0, -1):
        with pytest.raises(ValidationError) as info:
            catalog.write_off_stock(lot_id, quantity=bad, on=date(2026, 5, 26), act_number="8")
        assert _fields(info.value) == ["quantity"]
        assert "20" in info.value.errors[0].message
    with pytest.raises(ValidationError) as info:
        catalog.write_off_stock(lot_id, quantity=1, on=date(2026, 5, 26), act_number=" ")
    assert _fields(info.value) == ["act_number"]
    assert catalog.get_detail(textbook).stock[0].remaining == 20

    catalog.write_off_stock(lot_id, quantity=20, on=date(2026, 5, 27), act_number="9")
    assert catalog.get_detail(textbook).stock_remaining == 0
    with pytest.raises(ValidationError):
        catalog.write_off_stock(lot_id, quantity=1, on=date(2026, 5, 28), act_number="10")
    assert catalog.counts().stock_copies == 0
    assert catalog.check() == []


# --- copy write-off ------------------------------------------------------------------


def test_copy_write_off_keeps_the_copy_with_its_act(catalog: CatalogService) -> None:
    record_id = _book(catalog)
    catalog.add_copy_series(record_id, SeriesRequest(count=3))
    copies = catalog.get_detail(record_id).copies
    target = copies[1]

    with pytest.raises(ValidationError) as info:
        catalog.write_off_copy(target.id or 0, on=date(2026, 5, 20), act_number="")
    assert _fields(info.value) == ["act_number"]

    catalog.write_off_copy(
        target.id or 0, on=date(2026, 5, 20), act_number=" 3 ", reason="Тозған / ветхость"
    )
    detail = catalog.get_detail(record_id)
    assert len(detail.copies) == 3
    gone = detail.copies[1]
    assert gone.inventory_number == target.inventory_number
    assert gone.status is CopyStatus.WRITTEN_OFF
    assert (gone.written_off_on, gone.writeoff_act, gone.writeoff_reason) == (
        date(2026, 5, 20),
        "3",
        "Тозған / ветхость",
    )
    assert detail.copies_available == 2

    with pytest.raises(ValidationError) as info:
        catalog.write_off_copy(target.id or 0, on=date(2026, 5, 21), act_number="4")
    assert _fields(info.value) == ["copy"]
    assert catalog.get_detail(record_id).copies[1].writeoff_act == "3"

    # Status can no longer be changed by editing the copy.
    gone.status = CopyStatus.AVAILABLE
    catalog.update_copy(gone)
    assert catalog.get_detail(record_id).copies[1].status is CopyStatus.WRITTEN_OFF
    # Its number stays taken, and a scan still finds it.
    hit = catalog.find_copy(target.inventory_number)
    assert hit is not None and hit.copy_id == target.id
    with pytest.raises(ValidationError):
        catalog.write_off_copy(424242, on=date(2026, 5, 21), act_number="4")
    assert catalog.check() == []


def test_counts_reflect_holdings(catalog: CatalogService) -> None:
    assert catalog.counts() == CatalogCounts(0, 0, 0, 0, 0, 0)
    book = _book(catalog)
    other = _book(catalog, "Қан мен тер")
    textbook = _textbook(catalog)
    catalog.add_copy_series(book, SeriesRequest(count=4))  # 1..4
    catalog.add_copy_series(other, SeriesRequest(count=2))  # 5, 6
    lot = catalog.add_stock(textbook, StockData(quantity=30))
    catalog.add_stock(textbook, StockData(quantity=12))

    detail = catalog.get_detail(book)
    loaned = detail.copies[0]
    loaned.status = CopyStatus.ON_LOAN
    catalog.update_copy(loaned)
    catalog.write_off_copy(detail.copies[1].id or 0, on=date(2026, 5, 20), act_number="1")
    catalog.write_off_stock(lot, quantity=8, on=date(2026, 5, 20), act_number="2")

    assert catalog.counts() == CatalogCounts(
        records=3,
        textbooks=1,
        copies=5,
        copies_available=4,
        copies_written_off=1,
        stock_copies=34,
    )
    catalog.delete_records([other, textbook])
    assert catalog.counts() == CatalogCounts(
        records=1,
        textbooks=0,
        copies=3,
        copies_available=2,
        copies_written_off=1,
        stock_copies=0,
    )
    rows = catalog.fetch_rows([book])
    assert (rows[book].copies, rows[book].stock) == (3, 0)


def test_same_number_with_leading_zeros_is_refused(catalog: CatalogService) -> None:
    record_id = _book(catalog)
    catalog.add_copy(record_id, CopyData(inventory_number="98"))
    with pytest.raises(ValidationError):
        catalog.add_copy_series(record_id, SeriesRequest(count=2, first_number="0097"))
    with pytest.raises(ValidationError):
        catalog.add_copy(record_id, CopyData(inventory_number="098"))
