"""Fixtures for the label tests: 100 real labels from a demo catalog with hard records."""

from __future__ import annotations

import pytest

from shkola_lib.catalog.labels import copies_for_labels
from shkola_lib.catalog.service import CatalogService
from shkola_lib.io.labels import LabelData

from .support import add_hard_records


@pytest.fixture(scope="module")
def hundred_labels(tmp_path_factory: pytest.TempPathFactory) -> list[LabelData]:
    """90 copies of the demo catalog and the 10 copies of the hard records, 100 in all."""
    service = CatalogService.open(tmp_path_factory.mktemp("labels") / "catalog.sqlite")
    try:
        for _ in service.generate_demo(300):
            pass
        hard = set(add_hard_records(service))
        with service.db.engine.connect() as conn:
            labels = copies_for_labels(conn)
    finally:
        service.close()
    demo = [label for label in labels if label.inventory_number not in hard][:90]
    tail = [label for label in labels if label.inventory_number in hard]
    assert len(demo) == 90 and len(tail) == 10
    return demo + tail
