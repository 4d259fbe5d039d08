"""An upgrade of the catalog file at start-up is announced, runs off the GUI thread,
and its failure is reported without losing the file."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from alembic import command

from shkola_lib.catalog.data import RecordData
from shkola_lib.catalog.service import CatalogService
from shkola_lib.models import db as db_module
from shkola_lib.models.db import CatalogOpenError, alembic_config, make_engine
from shkola_lib.models.migrations import HEAD_REVISION
from shkola_lib.ui import catalog_opening


def _revision(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def old_catalog(tmp_path: Path) -> Path:
    """A catalog with a record, left at the revision before the newest."""
    path = tmp_path / "old.sqlite"
    service = CatalogService.open(path)
    service.create_record(RecordData(title="Абай жолы"))
    service.close()
    engine = make_engine(path)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "-1")
    engine.dispose()
    assert _revision(path) != HEAD_REVISION
    return path


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """(label text, shown while the upgrade ran in another thread) of each dialog."""
    seen: list[tuple[str, bool]] = []
    real_open = CatalogService.open

    class Recording(catalog_opening.UpgradeDialog):
        def show(self) -> None:
            super().show()
            seen.append((self.labelText(), self.isVisible()))

    def open_elsewhere(path: Path) -> CatalogService:
        assert threading.current_thread() is not threading.main_thread()
        return real_open(path)

    monkeypatch.setattr(catalog_opening, "UpgradeDialog", Recording)
    monkeypatch.setattr(CatalogService, "open", staticmethod(open_elsewhere))
    return seen


def test_an_upgrade_is_announced_and_runs_off_the_gui_thread(
    qtbot: object, old_catalog: Path, shown: list[tuple[str, bool]]
) -> None:
    service = catalog_opening.open_catalog(old_catalog)
    try:
        assert service.counts().records == 1
    finally:
        service.close()
    assert _revision(old_catalog) == HEAD_REVISION
    assert len(shown) == 1
    text, visible = shown[0]
    assert visible and "old.sqlite" in text and "do not turn off" in text


def test_an_up_to_date_catalog_opens_without_a_dialog(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "new.sqlite"
    CatalogService.open(path).close()  # a new catalog is created at the newest revision
    opened: list[str] = []

    class Never(catalog_opening.UpgradeDialog):
        def show(self) -> None:
            opened.append("dialog")

    monkeypatch.setattr(catalog_opening, "UpgradeDialog", Never)
    catalog_opening.open_catalog(path).close()
    assert opened == []


def test_a_failed_upgrade_is_reported_and_leaves_the_file_as_it_was(
    qtbot: object,
    old_catalog: Path,
    shown: list[tuple[str, bool]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _revision(old_catalog)

    def broken(_engine: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(db_module, "migrate_to_head", broken)
    with pytest.raises(CatalogOpenError, match="disk full"):
        catalog_opening.open_catalog(old_catalog)
    assert len(shown) == 1
    assert _revision(old_catalog) == before
