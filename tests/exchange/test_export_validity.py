"""Criteria 4 and 5: what we export is read by tools we did not write; CP1251 refuses Kazakh."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from shkola_lib.catalog.data import CopyData, PersonData, RecordData
from shkola_lib.catalog.service import CatalogService
from shkola_lib.io.marc.reader import open_marc
from tests.exchange.support import (
    SHIPPED_PROFILES,
    cli,
    export,
    field_tuples,
    import_file,
    nfc,
    parse_marcxml,
    xmllint,
    yaz_decode,
    yaz_scan,
)

ISO_PROFILES = sorted(n for n, p in SHIPPED_PROFILES.items() if p.format == "iso2709")
XML_PROFILES = sorted(n for n, p in SHIPPED_PROFILES.items() if p.format == "marcxml")


def test_the_shipped_exchange_profiles_are_the_expected_ones() -> None:
    assert ISO_PROFILES == ["kabis", "kitapkhana", "marc-sql", "marc21", "rusmarc"]
    assert XML_PROFILES == ["marcxml"]


@pytest.fixture(scope="module")
def mixed_catalog(
    tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path
) -> Iterator[CatalogService]:
    """Demo data (Kazakh and Russian, copies, counted stock) + TEST1 + 1251.dat."""
    service = CatalogService.open(tmp_path_factory.mktemp("mixed") / "catalog.sqlite")
    for _ in service.generate_demo(100):
        pass
    assert import_file(service, corpus_dir / "rusmarc-nlr/TEST1.ISO").imported == 81
    assert import_file(service, corpus_dir / "pymarc/1251.dat").imported == 6
    assert service.counts().records == 187
    yield service
    service.close()


@pytest.mark.parametrize("name", ISO_PROFILES)
def test_every_iso2709_export_is_read_cleanly_by_yaz(
    mixed_catalog: CatalogService, tmp_path: Path, name: str
) -> None:
    profile = SHIPPED_PROFILES[name]
    out = tmp_path / f"export.{profile.extension}"
    summary = export(mixed_catalog, profile, out)
    assert summary.written == summary.total == 187 and summary.left_out == []

    count, complaints = yaz_scan(out)
    assert complaints == []
    assert count == summary.written
    theirs = yaz_decode(out, "utf-8")  # exit 0 and nothing on stderr, checked inside
    assert len(theirs) == summary.written
    # yaz decodes every field exactly as we read our own file back.
    ours = [field_tuples(r.record) for r in open_marc(out).records()]
    assert [_nfc(f) for f in ours] == [_nfc(r.fields) for r in theirs]
    for record in theirs:
        if profile.options.flavour == "marc21":
            assert record.leader[9] == "a"  # UTF-8 declared in the leader
        else:
            assert record.first("100", "a")[26:28] == "50"  # UTF-8 declared in 100$a


@pytest.mark.parametrize("name", XML_PROFILES)
def test_every_marcxml_export_validates_against_the_schema(
    mixed_catalog: CatalogService, tmp_path: Path, corpus_dir: Path, name: str
) -> None:
    out = tmp_path / "export.xml"
    summary = export(mixed_catalog, SHIPPED_PROFILES[name], out)
    assert summary.written == 187
    done = xmllint(out, corpus_dir / "schemas/MARC21slim.xsd")
    assert done.returncode == 0, done.stderr
    assert "validates" in done.stderr
    records = parse_marcxml(out.read_bytes())
    assert len(records) == summary.written
    titles = {r.first("245", "a") for r in records}
    assert any(t and "Основы гидравлического расчета" in t for t in titles)


def _nfc(fields: list[tuple]) -> list[tuple]:
    return [
        (f[0], nfc(f[1])) if len(f) == 2 else (f[0], f[1], tuple((c, nfc(v)) for c, v in f[2]))
        for f in fields
    ]


# --- criterion 5: Kazakh letters never go silently into CP1251 ----------------------------


@pytest.fixture
def kazakh_and_russian(catalog: CatalogService) -> tuple[int, int]:
    kazakh = catalog.create_record(
        RecordData(
            title="Қазақ әдебиеті",
            persons=[PersonData("Әуезов, Мұхтар")],
            year=2015,
            languages=["kaz"],
        )
    )
    russian = catalog.create_record(
        RecordData(
            title="Война и мир",
            persons=[PersonData("Толстой, Лев Николаевич")],
            place="Москва",
            publisher="Эксмо",
            year=2010,
            languages=["rus"],
        )
    )
    catalog.add_copy(russian, CopyData(inventory_number="12345"))
    return kazakh, russian


def _check_cp1251_file(path: Path) -> None:
    raw = path.read_bytes()
    assert "Война и мир".encode("cp1251") in raw
    assert "Война".encode() not in raw  # not UTF-8
    (record,) = yaz_decode(path, "cp1251")
    assert record.first("200", "a") == "Война и мир"
    assert record.first("700", "a") == "Толстой"
    assert record.first("210", "c") == "Эксмо"
    assert record.first("899", "p") == "12345"
    assert record.first("100", "a")[26:30] == "0189"  # declared as Windows-1251


def test_cp1251_export_leaves_out_the_kazakh_record_and_names_its_letters(
    catalog: CatalogService, kazakh_and_russian: tuple[int, int], tmp_path: Path
) -> None:
    kazakh, _ = kazakh_and_russian
    out = tmp_path / "cp1251.iso"
    summary = export(catalog, SHIPPED_PROFILES["rusmarc"].with_encoding("cp1251"), out)
    assert (summary.total, summary.written) == (2, 1)
    (left,) = summary.left_out
    assert left.record_id == kazakh and left.title == "Қазақ әдебиеті"
    assert "Қ" in left.reason and "ә" in left.reason
    assert "cp1251" in left.reason.lower() or "1251" in left.reason
    _check_cp1251_file(out)


def test_cp1251_report_names_every_field_and_letter_that_cannot_be_written(
    catalog: CatalogService, kazakh_and_russian: tuple[int, int], tmp_path: Path
) -> None:
    summary = export(
        catalog, SHIPPED_PROFILES["rusmarc"].with_encoding("cp1251"), tmp_path / "o.iso"
    )
    (left,) = summary.left_out
    assert "200" in left.reason and "700" in left.reason
    for letter in ("Қ", "қ", "ә", "Ә", "ұ"):
        assert letter in left.reason, letter


def test_cli_cp1251_export_exits_1_and_names_the_record(
    catalog: CatalogService, db_path: Path, kazakh_and_russian: tuple[int, int], tmp_path: Path
) -> None:
    kazakh, _ = kazakh_and_russian
    catalog.close()
    out = tmp_path / "cli-cp1251.iso"
    done = cli("--db", db_path, "export", "--profile", "rusmarc", "--encoding", "cp1251",
               "--out", out)  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert re.search(r"\bWrote 1 records\b", done.stdout)
    lines = [line for line in done.stderr.splitlines() if "Қазақ әдебиеті" in line]
    assert len(lines) == 1
    assert re.match(rf"\s*{kazakh}\s", lines[0])
    assert "Қ" in lines[0] and "ә" in lines[0]
    _check_cp1251_file(out)
