"""Item models pass Qt's model tester and show the right values."""

from __future__ import annotations

from shkola_lib.catalog.data import PersonData, RecordData, StockData
from shkola_lib.catalog.holdings import SeriesRequest
from shkola_lib.catalog.service import CatalogService
from shkola_lib.models import MaterialType
from shkola_lib.ui.copies_model import HoldingsModel, format_tenge
from shkola_lib.ui.record_table_model import BLOCK, CACHE_BLOCKS, RecordTableModel


def test_record_table_model_passes_modeltester(qtmodeltester, demo_catalog: CatalogService):
    model = RecordTableModel(demo_catalog.fetch_rows)
    model.set_ids(demo_catalog.search("").record_ids)
    assert model.rowCount() == 300
    qtmodeltester.check(model)


def test_record_table_model_values_and_bounded_cache(demo_catalog: CatalogService):
    rid, _ = demo_catalog.create_record_with_holdings(
        RecordData(title="Абай жолы", persons=[PersonData("Әуезов, Мұхтар")], year=2019,
                   isbns=["9786017151133"], bbk="84(5Каз)", author_sign="Ә92"),
        series=SeriesRequest(count=2),
    )
    model = RecordTableModel(demo_catalog.fetch_rows)
    ids = demo_catalog.search("").record_ids
    model.set_ids(ids)
    row = model.row_of(rid)
    assert row is not None
    assert model.index(row, model.COL_TITLE).data() == "Абай жолы"
    assert model.index(row, model.COL_AUTHORS).data() == "Әуезов, Мұхтар"
    assert model.index(row, model.COL_YEAR).data() == "2019"
    assert model.index(row, model.COL_ISBN).data() == "978-601-7151-13-3"
    assert model.index(row, model.COL_SHELF).data() == "84(5Каз) Ә92"
    assert model.index(row, model.COL_COPIES).data() == "2"
    assert model.index(row, 0).data(model.RecordIdRole) == rid
    for r in range(model.rowCount()):
        model.index(r, 0).data()
    assert len(model._blocks) <= CACHE_BLOCKS
    assert len(model._blocks) == -(-model.rowCount() // BLOCK)


def test_record_table_model_requests_sql_sort(demo_catalog: CatalogService):
    model = RecordTableModel(demo_catalog.fetch_rows)
    seen = []
    model.sortRequested.connect(lambda key, desc: seen.append((key.value, desc)))
    from PySide6.QtCore import Qt

    model.sort(model.COL_YEAR, Qt.SortOrder.DescendingOrder)
    model.sort(model.COL_ISBN)  # not sortable: no request
    assert seen == [("year", True)]


def test_holdings_model_passes_modeltester(qtmodeltester, catalog: CatalogService):
    rid = catalog.create_record(
        RecordData(title="Алгебра", material_type=MaterialType.TEXTBOOK, grades=["7"])
    )
    catalog.add_copy_series(rid, SeriesRequest(count=3, price_tiyn=150050, ksu_entry="4/2026"))
    catalog.add_stock(rid, StockData(quantity=25, ksu_entry="3/2026", academic_year="2026-2027"))
    model = HoldingsModel()
    model.set_detail(catalog.get_detail(rid))
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.index(0, model.COL_PRICE).data() == "1 500,50 ₸"
    assert model.index(3, model.COL_NUMBER).data() == "25 pcs (counted stock)"
    assert model.index(3, model.COL_KSU).data() == "3/2026"


def test_format_tenge():
    assert format_tenge(None) == ""
    assert format_tenge(250000) == "2 500 ₸"
    assert format_tenge(199) == "1,99 ₸"
