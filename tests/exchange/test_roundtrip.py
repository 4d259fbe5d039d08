"""Criterion 3: import → export in the same flavour → every original field comes back,
and importing the export into a fresh catalog gives the same catalog."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pymarc import Record

from shkola_lib.catalog.service import CatalogService
from shkola_lib.io.marc.reader import open_marc
from shkola_lib.models import CopyStatus
from tests.exchange.support import (
    SHIPPED_PROFILES,
    catalog_content,
    comparable,
    export,
    field_tuples,
    import_file,
    nfc,
)

# corpus file → (profile of the same flavour, records)
ROUND_TRIPS = {
    "rusmarc-nlr/TEST1.ISO": ("rusmarc", 81),
    "pymarc/1251.dat": ("marc21", 6),
    "rusmarc-nlr/ur.iso": ("rusmarc", 1),
    "pymarc/test.dat": ("marc21", 10),
}


def _ids(name: str) -> str:
    return name.split("/")[-1]


round_trips = pytest.mark.parametrize("name", sorted(ROUND_TRIPS), ids=_ids)
field_trips = pytest.mark.parametrize("name", sorted(ROUND_TRIPS), ids=_ids)


@dataclass(frozen=True)
class Trip:
    count: int
    out: Path  # the exported file
    before: list[Record]  # the corpus file, read back
    after: list[Record]  # the export, read back
    content: dict  # the first catalog's content (catalog_content)
    counts: object  # the first catalog's CatalogCounts


@pytest.fixture(scope="module")
def trip(
    tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path
) -> Iterator[Callable[[str], Trip]]:
    """Import a corpus file into a real catalog and export it (once per file and module)."""
    done: dict[str, Trip] = {}

    def make(name: str) -> Trip:
        if name not in done:
            profile_name, count = ROUND_TRIPS[name]
            folder = tmp_path_factory.mktemp("trip")
            service = CatalogService.open(folder / "catalog.sqlite")
            try:
                summary = import_file(service, corpus_dir / name)
                assert (summary.imported, summary.rejected) == (count, 0)
                out = folder / "export.bin"
                written = export(service, SHIPPED_PROFILES[profile_name], out)
                assert (written.total, written.written, written.left_out) == (count, count, [])
                back = open_marc(out)
                assert back.flavour == open_marc(corpus_dir / name).flavour
                assert back.encoding.encoding == "utf-8"  # shipped profiles write UTF-8
                done[name] = Trip(
                    count,
                    out,
                    [r.record for r in open_marc(corpus_dir / name).records()],
                    [r.record for r in back.records()],
                    catalog_content(service),
                    service.counts(),
                )
            finally:
                service.close()
        return done[name]

    yield make


def _comparable_fields(record: Record) -> list[tuple]:
    """Field tuples, NFC, without 005 and with the charset code 100$a/26-29 blanked."""
    out = []
    for item in field_tuples(record):
        if item[0] == "005":
            continue
        if len(item) == 2:
            out.append((item[0], nfc(item[1])))
            continue
        subfields = []
        for code, value in item[2]:
            if item[0] == "100" and code == "a" and len(value) >= 30:
                value = value[:26] + "____" + value[30:]
            subfields.append((code, nfc(value)))
        out.append((item[0], item[1], tuple(subfields)))
    return out


@pytest.fixture
def second_catalog(tmp_path: Path) -> Iterator[CatalogService]:
    service = CatalogService.open(tmp_path / "second" / "catalog.sqlite")
    yield service
    service.close()


@field_trips
def test_exported_records_keep_every_original_field(trip, name: str) -> None:
    t = trip(name)
    assert len(t.after) == len(t.before) == t.count and all(t.after)
    for number, (old, new) in enumerate(zip(t.before, t.after, strict=True), start=1):
        assert _comparable_fields(new) == _comparable_fields(old), f"record {number}"
        # leader: same status, type, level (leader/09 says UTF-8 now) and encoding level
        assert str(new.leader)[5:9].replace("a", " ") == str(old.leader)[5:9].replace("a", " ")
        assert str(new.leader)[17:20] == str(old.leader)[17:20]
        if ROUND_TRIPS[name][0] == "rusmarc":  # UTF-8 is written and declared as such
            assert new["100"]["a"][26:28] == "50"


@round_trips
def test_importing_the_export_gives_the_same_catalog(
    trip, second_catalog: CatalogService, name: str
) -> None:
    t = trip(name)
    summary = import_file(second_catalog, t.out)
    assert (summary.read, summary.imported, summary.rejected) == (t.count, t.count, 0)
    second = catalog_content(second_catalog)
    assert sum(len(v) for v in t.content.values()) == t.count
    assert second.keys() == t.content.keys()
    for key, value in t.content.items():
        assert second[key] == value, key
    assert second_catalog.counts() == t.counts


def _inventory_numbers_899(record: Record) -> list[str]:
    return [f["p"] for f in record.get_fields("899") if f.get("p")]


def test_test1_records_keep_every_field_when_their_copies_are_in_order(trip) -> None:
    """The 79 TEST1 records the 899-order bug does not touch come back field by field."""
    t = trip("rusmarc-nlr/TEST1.ISO")
    checked = 0
    for number, (old, new) in enumerate(zip(t.before, t.after, strict=True), start=1):
        numbers = _inventory_numbers_899(old)
        if numbers != sorted(numbers, key=lambda n: (len(n), n)):
            continue
        assert _comparable_fields(new) == _comparable_fields(old), f"record {number}"
        checked += 1
    assert checked == 79


def test_899_with_copies_out_of_order_comes_back_unchanged(trip) -> None:
    t = trip("rusmarc-nlr/TEST1.ISO")
    old, new = t.before[16], t.after[16]  # record 17: 899 $p 302813 before 302812
    assert _inventory_numbers_899(old) == ["302813", "302812"]
    assert [str(f) for f in new.get_fields("899")] == [str(f) for f in old.get_fields("899")]


def test_demo_catalog_survives_export_and_import(
    catalog: CatalogService, second_catalog: CatalogService, tmp_path: Path
) -> None:
    for _ in catalog.generate_demo(120):
        pass
    out = tmp_path / "demo.mrc"
    assert export(catalog, SHIPPED_PROFILES["marc21"], out).written == 120
    assert import_file(second_catalog, out).imported == 120
    diffs = []
    for a, b in zip(catalog.select_for_export(), second_catalog.select_for_export(), strict=True):
        one, two = catalog.get_detail(a), second_catalog.get_detail(b)
        if comparable(one.record) != comparable(two.record):
            diffs.append((a, one.record.title, one.record.material_type, two.record.material_type))
        # written-off copies are not exported (by design); the others come back
        kept = [c.inventory_number for c in one.copies if c.status is not CopyStatus.WRITTEN_OFF]
        assert sorted(c.inventory_number for c in two.copies) == sorted(kept)
    assert diffs == []
