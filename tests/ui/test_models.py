"""Item models pass Qt's model tester and show the right values."""

from __future__ import annotations

import pytest

from shkola_lib.catalog.data import PersonData, RecordData, StockData
from shkola_lib.catalog.holdings import SeriesRequest
from shkola_lib.catalog.service import CatalogService
from shkola_lib.models import MaterialType
from shkola_lib.ui.copies_model import HoldingsModel
from shkola_lib.ui.record_table_model import BLOCK, CACHE_BLOCKS, RecordTableModel


def test_record_table_model_passes_modeltester(qtmodeltester, demo_catalog: CatalogService):
    model = RecordTableModel(demo_catalog.fetch_rows)
    model.set_ids(demo_catalog.search("").record_ids)
    assert model.rowCount() == 300
    qtmodeltester.check(model)


def test_record_table_model_values_and_bounded_cache(demo_catalog: CatalogService):
    rid, _ = demo_catalog.create_record_with_holdings(
        RecordData(
            title="Абай жолы",
            persons=[PersonData("Әуезов, Мұхтар")],
            year=2019,
            isbns=["9786017151133"],
            bbk="84(5Каз)",
            author_sign="Ә92",
        ),
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


def test_holdings_model_passes_modeltester(qtmodeltester, catalog: CatalogService, locale_as):
    locale_as("ru_RU")
    rid = catalog.create_record(
        RecordData(title="Алгебра", material_type=MaterialType.TEXTBOOK, grades=["7"])
    )
    catalog.add_copy_series(rid, SeriesRequest(count=3, price_tiyn=150050, ksu_entry="4/2026"))
    catalog.add_stock(rid, StockData(quantity=25, ksu_entry="3/2026", academic_year="2026-2027"))
    model = HoldingsModel()
    model.set_detail(catalog.get_detail(rid))
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.index(0, model.COL_PRICE).data() == "1\xa0500,50 ₸"
    assert model.index(3, model.COL_NUMBER).data() == "25 pcs (counted stock)"
    assert model.index(3, model.COL_KSU).data() == "3/2026"


@pytest.fixture
def locale_as():
    """Set the default QLocale as app.install_translators does; put it back afterwards."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


@pytest.mark.parametrize(
    ("name", "day", "moment", "count", "price", "cents"),
    [
        ("kk_KZ", "05.11.2026", "05.11.2026 09:05", "100\xa0000", "2\xa0500 ₸", "1\xa0234,56 ₸"),
        ("ru_RU", "05.11.2026", "05.11.2026 09:05", "100\xa0000", "2\xa0500 ₸", "1\xa0234,56 ₸"),
        ("en_GB", "05/11/2026", "05/11/2026 09:05", "100,000", "2,500 ₸", "1,234.56 ₸"),
    ],
)
def test_dates_numbers_and_prices_follow_the_language(
    locale_as, name, day, moment, count, price, cents
):
    from datetime import date, datetime

    from shkola_lib.ui.formatting import count_text, date_text, datetime_text, tenge_text

    locale_as(name)
    assert date_text(date(2026, 11, 5)) == day  # four-digit year even where Qt has two (kk)
    assert datetime_text(datetime(2026, 11, 5, 9, 5)) == moment
    assert count_text(100000) == count
    assert tenge_text(250000) == price
    assert tenge_text(123456) == cents
    assert date_text(None) == "" and tenge_text(None) == ""
