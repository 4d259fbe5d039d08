"""Criterion 10: the MARC view of an imported record shows its original fields, decoded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pymarc import Record

from shkola_lib.catalog.service import CatalogService
from shkola_lib.io.marc.reader import open_marc
from tests.exchange.support import SHIPPED_PROFILES, import_file


def _mrk_line(field) -> str:
    """A data field as MarcEdit writes it, built here independently of the program."""
    indicators = "".join((i or " ").replace(" ", "\\") for i in field.indicators)
    body = "".join(
        f"${s.code}{s.value.replace('$', '{dollar}').replace('{', '{lcub}')}"
        for s in field.subfields
    )
    return f"={field.tag}  {indicators}{body}"


@pytest.fixture(scope="module")
def test1(
    tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path
) -> Iterator[tuple[CatalogService, list[Record]]]:
    """A real catalog holding TEST1.ISO, and the file's records as read back."""
    path = corpus_dir / "rusmarc-nlr/TEST1.ISO"
    service = CatalogService.open(tmp_path_factory.mktemp("view") / "catalog.sqlite")
    assert import_file(service, path).imported == 81
    yield service, [r.record for r in open_marc(path).records()]
    service.close()


def test_marc_view_shows_461_801_and_the_decoded_title(
    test1: tuple[CatalogService, list[Record]],
) -> None:
    catalog, originals = test1
    ids = catalog.select_for_export()
    # Record 10: «[Л. Исаев. 1928. Мат в 2 хода]», 200 with first indicator 1, 461 and 801.
    number = next(
        n
        for n, r in enumerate(originals)
        if r.get("461") and r.get("801") and r["200"].indicators[0] == "1"
    )
    original = originals[number]
    view = catalog.marc_view(ids[number], SHIPPED_PROFILES["rusmarc"])
    lines = view.splitlines()

    title = catalog.get_record(ids[number]).title
    assert title == original["200"]["a"] == "[Л. Исаев. 1928. Мат в 2 хода]"
    assert f"=200  1\\$a{title}" in lines
    for tag in ("461", "801"):
        wanted = [_mrk_line(f) for f in original.get_fields(tag)]
        assert wanted and [line for line in lines if line.startswith(f"={tag}  ")] == wanted
    assert any(line.startswith("=461  ") and "$1001" in line for line in lines)
    assert lines[0].startswith("=LDR  ")
    assert "Ð" not in view and "\ufffd" not in view


def test_marc_view_of_every_test1_record_has_its_461_and_801(
    test1: tuple[CatalogService, list[Record]],
) -> None:
    catalog, originals = test1
    checked = 0
    for record_id, original in zip(catalog.select_for_export(), originals, strict=True):
        lines = catalog.marc_view(record_id, SHIPPED_PROFILES["rusmarc"]).splitlines()
        for tag in ("461", "801"):
            wanted = [_mrk_line(f) for f in original.get_fields(tag)]
            assert [line for line in lines if line.startswith(f"={tag}  ")] == wanted
            checked += len(wanted)
    assert checked > 100
