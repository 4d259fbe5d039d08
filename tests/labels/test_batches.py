"""Which copies get labels: selection, search, inventory range, added today, not yet labelled."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import text

from shkola_lib.catalog.data import CopyData, PersonData, RecordData
from shkola_lib.catalog.labels import (
    BatchError,
    clear_labelled,
    copies_for_labels,
    count_unprinted,
    labels_for,
    mark_labelled,
    mark_printed,
    parse_inventory_range,
)
from shkola_lib.catalog.service import CatalogService
from shkola_lib.models.base import utcnow


@pytest.fixture
def shelf(catalog: CatalogService) -> dict[str, int]:
    """Two records; copies numbered 998 … 1012 (text order would put 1000 before 998)."""
    abai = catalog.create_record(
        RecordData(
            title="Абай жолы",
            part="2-том",
            bbk="84(5Каз)7-44",
            author_sign="Ә45",
            persons=[PersonData("Әуезов, Мұхтар")],
        )
    )
    dunno = catalog.create_record(
        RecordData(title="Приключения Незнайки", bbk="84(2Рос=Рус)6-44", author_sign="Н84")
    )
    ids: dict[str, int] = {}
    for n in [1012, 1005, 998, 1000, 1001, 999, 1002, 1003, 1004]:
        ids[str(n)] = catalog.add_copy(abai, CopyData(inventory_number=str(n)))
    for n in [1006, 1007, 1008, 1009, 1010, 1011]:
        ids[str(n)] = catalog.add_copy(dunno, CopyData(inventory_number=str(n)))
    ids["Б-15"] = catalog.add_copy(dunno, CopyData(inventory_number="Б-15", barcode="LIB0015"))
    ids["abai"], ids["dunno"] = abai, dunno
    return ids


def _numbers(labels: list) -> list[str]:
    return [label.inventory_number for label in labels]


def _batch(catalog: CatalogService, **conditions: object) -> list[str]:
    with catalog.db.engine.connect() as conn:
        return _numbers(copies_for_labels(conn, **conditions))  # type: ignore[arg-type]


def test_all_copies_in_numeric_order_then_the_others(
    catalog: CatalogService, shelf: dict[str, int]
) -> None:
    numbers = _batch(catalog)
    assert numbers == [str(n) for n in range(998, 1013)] + ["Б-15"]
    with catalog.db.engine.connect() as conn:
        first = copies_for_labels(conn, copy_ids=[shelf["998"]])[0]
    assert first.title == "Абай жолы. 2-том"
    assert (first.bbk, first.author_sign, first.copy_id) == ("84(5Каз)7-44", "Ә45", shelf["998"])


def test_inventory_range_is_numeric(catalog: CatalogService, shelf: dict[str, int]) -> None:
    assert _batch(catalog, inventory_range="1001-1010") == [str(n) for n in range(1001, 1011)]
    assert _batch(catalog, inventory_range="998-1001") == ["998", "999", "1000", "1001"]
    assert _batch(catalog, inventory_range=(1011, 2000)) == ["1011", "1012"]
    assert _batch(catalog, inventory_range="1005") == ["1005"]


def test_parse_inventory_range() -> None:
    assert parse_inventory_range("1001-1010") == (1001, 1010)
    assert parse_inventory_range(" 1001 – 1010 ") == (1001, 1010)
    assert parse_inventory_range("1001..1010") == (1001, 1010)
    assert parse_inventory_range("42") == (42, 42)
    with pytest.raises(BatchError, match="like 1001-1010"):
        parse_inventory_range("а-я")
    with pytest.raises(BatchError, match="ends before it starts"):
        parse_inventory_range("1010-1001")


def test_selection_by_copies_and_by_records(catalog: CatalogService, shelf: dict[str, int]) -> None:
    picked = [shelf["1003"], shelf["999"], shelf["Б-15"]]
    assert _batch(catalog, copy_ids=picked) == ["999", "1003", "Б-15"]
    assert _batch(catalog, record_ids=[shelf["dunno"]]) == [
        *(str(n) for n in range(1006, 1012)),
        "Б-15",
    ]
    assert _batch(catalog, copy_ids=[]) == []


def test_search_result(catalog: CatalogService, shelf: dict[str, int]) -> None:
    assert _batch(catalog, query="незнайки") == [*(str(n) for n in range(1006, 1012)), "Б-15"]
    assert _batch(catalog, query="ӘУЕЗОВ") == [str(n) for n in range(998, 1006)] + ["1012"]
    assert _batch(catalog, query="1004") == ["1004"]  # an exact inventory number: that copy
    assert _batch(catalog, query="LIB0015") == ["Б-15"]  # an exact barcode too
    assert _batch(catalog, query="жоқ кітап") == []


def test_added_today_and_since_a_day(catalog: CatalogService, shelf: dict[str, int]) -> None:
    old = utcnow() - timedelta(days=40)
    with catalog.db.engine.begin() as conn:
        conn.execute(
            text("UPDATE copies SET created_at = :old WHERE inventory_number IN ('998', '999')"),
            {"old": old},
        )
    today = _batch(catalog, added_since=date.today())
    assert "998" not in today and "999" not in today and len(today) == 14
    assert len(_batch(catalog, added_since=date.today() - timedelta(days=41))) == 16
    assert len(_batch(catalog, added_since=datetime.now() - timedelta(hours=1))) == 14


def test_unprinted_then_marked_then_forgotten(
    catalog: CatalogService, shelf: dict[str, int]
) -> None:
    assert len(_batch(catalog, unprinted=True)) == 16
    assert count_unprinted(catalog.db) == 16
    labels = labels_for(catalog.db, unprinted=True, inventory_range="1001-1010")
    assert mark_printed(catalog.db, [label.copy_id for label in labels]) == 10
    assert _batch(catalog, unprinted=True) == ["998", "999", "1000", "1011", "1012", "Б-15"]
    with catalog.db.session() as s:
        assert mark_labelled(s, [shelf[n] for n in ("998", "999", "1000", "1011", "1012")]) == 5
        assert mark_labelled(s, [shelf["Б-15"]], when=datetime(2026, 9, 1, 8, 0)) == 1
    assert _batch(catalog, unprinted=True) == []
    assert count_unprinted(catalog.db) == 0
    detail = catalog.get_detail(shelf["dunno"])
    stamps = {c.inventory_number: c.labelled_at for c in detail.copies}
    assert stamps["Б-15"] == datetime(2026, 9, 1, 8, 0)
    assert all(stamps[n] is not None for n in stamps)
    with catalog.db.session() as s:
        assert clear_labelled(s, [shelf["1006"]]) == 1
    assert _batch(catalog, unprinted=True) == ["1006"]


def test_written_off_copies_and_deleted_records_get_no_labels(
    catalog: CatalogService, shelf: dict[str, int]
) -> None:
    catalog.write_off_copy(shelf["1001"], on=date(2026, 5, 20), act_number="3")
    assert "1001" not in _batch(catalog)
    assert "1001" not in _batch(catalog, inventory_range="1001-1010")
    assert _batch(catalog, copy_ids=[shelf["1001"]]) == []
    catalog.delete_records([shelf["dunno"]])
    assert _batch(catalog) == ["998", "999", "1000", "1002", "1003", "1004", "1005", "1012"]
    assert count_unprinted(catalog.db) == 8


def test_demo_catalog_batches(demo_catalog: CatalogService) -> None:
    everything = labels_for(demo_catalog.db)
    with demo_catalog.db.engine.connect() as conn:
        written_off = conn.execute(
            text("SELECT count(*) FROM copies WHERE status = 'written_off'")
        ).scalar_one()
        total = conn.execute(text("SELECT count(*) FROM copies")).scalar_one()
    assert written_off > 0 and len(everything) == total - written_off
    seqs = [int(label.inventory_number) for label in everything]
    assert seqs == sorted(seqs)
    found = demo_catalog.search("қазақ", exact_codes=False)
    kazakh = labels_for(demo_catalog.db, query="қазақ")
    expected = labels_for(demo_catalog.db, record_ids=list(found.record_ids))
    assert kazakh == expected and 0 < len(kazakh) < len(everything)
