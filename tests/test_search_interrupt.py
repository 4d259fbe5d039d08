"""A search whose answer is no longer wanted stops inside SQLite, and nothing is left behind."""

from __future__ import annotations

import pytest

from shkola_lib.catalog import interrupt
from shkola_lib.catalog.progress import Cancelled
from shkola_lib.catalog.service import CatalogService


@pytest.fixture(scope="module")
def big_catalog(tmp_path_factory: pytest.TempPathFactory) -> CatalogService:
    service = CatalogService.open(tmp_path_factory.mktemp("interrupt") / "catalog.sqlite")
    for _ in service.generate_demo(3000):
        pass
    yield service
    service.close()


def test_a_stale_search_is_interrupted(big_catalog: CatalogService) -> None:
    asked: list[int] = []

    def stale() -> bool:
        asked.append(1)
        return len(asked) > 2  # the librarian typed on while SQLite was at work

    with pytest.raises(Cancelled):
        big_catalog.search("а", stale=stale)
    # three questions from SQLite, the third answered yes, and one check of why it stopped
    assert len(asked) == 4


def test_a_wanted_search_gives_the_same_answer_and_the_handler_goes(
    big_catalog: CatalogService, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = big_catalog.search("а")
    asked: list[int] = []
    watched = big_catalog.search("а", stale=lambda: bool(asked.append(1)))
    assert list(watched.record_ids) == list(plain.record_ids) and len(plain) > 1000
    assert asked  # SQLite really asked
    # The pooled connection no longer asks anybody: a plain search after a stale one works.
    with pytest.raises(Cancelled):
        big_catalog.search("а", stale=lambda: True)
    monkeypatch.setattr(interrupt, "CHECK_EVERY", 1)
    assert list(big_catalog.search("а").record_ids) == list(plain.record_ids)


def test_other_database_errors_are_not_taken_for_a_cancel(big_catalog: CatalogService) -> None:
    with big_catalog.db.reading() as conn:
        with pytest.raises(Exception, match="no such table") as caught:
            with interrupt.interruptible(conn, lambda: False):
                conn.execute("SELECT * FROM no_such_table")
        assert not isinstance(caught.value, Cancelled)
