"""Criterion 8: the district package (dated ZIP with MARC file, summary and manifest)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from shkola_lib.catalog.data import RecordData
from shkola_lib.catalog.package import PackageSummary
from shkola_lib.catalog.service import CatalogService
from shkola_lib.io.marc.reader import open_marc
from tests.exchange.support import SHIPPED_PROFILES, cli, yaz_scan

MEMBERS = {"catalog.iso", "summary.csv", "records.csv", "summary.xlsx", "manifest.json"}
FORMULA = "=SUM(1+1)"


@pytest.fixture
def school(catalog: CatalogService, db_path: Path) -> Path:
    """A closed catalog: demo data and one record whose title looks like a formula."""
    for _ in catalog.generate_demo(60):
        pass
    catalog.create_record(RecordData(title=f"{FORMULA} және басқа есептер", year=2020))
    catalog.close()
    return db_path


def _counts(db: Path) -> tuple[int, int, int]:
    """(records, copies not written off, counted stock remaining), by plain SQL."""
    conn = sqlite3.connect(db)
    try:
        records = conn.execute("SELECT count(*) FROM records WHERE deleted_at IS NULL").fetchone()
        copies = conn.execute("SELECT count(*) FROM copies WHERE status != 'written_off'")
        received = conn.execute("SELECT coalesce(sum(quantity), 0) FROM stock_lots").fetchone()
        gone = conn.execute(
            "SELECT coalesce(sum(quantity), 0) FROM write_offs WHERE stock_lot_id IS NOT NULL"
        ).fetchone()
        return records[0], copies.fetchone()[0], received[0] - gone[0]
    finally:
        conn.close()


def _package(school: Path, out: Path) -> Path:
    done = cli("--db", school, "export", "--profile", "rusmarc", "--package", "--out", out,
               "--library", "№ 12 мектеп")  # fmt: skip
    assert done.returncode == 0, done.stderr
    files = sorted(out.iterdir())
    assert len(files) == 1, files  # exactly one file, no leftovers (.partial …)
    (zip_path,) = files
    assert zip_path.suffix == ".zip" and date.today().isoformat() in zip_path.name
    assert "12" in zip_path.name and "мектеп" in zip_path.name
    return zip_path


def _package_in_process(school: Path, out: Path) -> Path:
    service = CatalogService.open(school)
    try:
        summary = PackageSummary()
        for _ in service.build_package(
            SHIPPED_PROFILES["rusmarc"], out, summary, library_name="№ 12 мектеп"
        ):
            pass
    finally:
        service.close()
    assert summary.path is not None and list(out.iterdir()) == [summary.path]
    return summary.path


def test_package_members_checksums_and_counts(school: Path, tmp_path: Path) -> None:
    records, copies, stock = _counts(school)
    assert records == 61 and copies > 0 and stock > 0
    zip_path = _package(school, tmp_path / "district")
    with zipfile.ZipFile(zip_path) as archive:
        assert archive.testzip() is None
        assert set(archive.namelist()) == MEMBERS
        manifest = json.loads(archive.read("manifest.json"))
        data = {name: archive.read(name) for name in MEMBERS - {"manifest.json"}}
    assert set(manifest["files"]) == set(data)
    for name, content in data.items():
        assert manifest["files"][name]["sha256"] == hashlib.sha256(content).hexdigest(), name
        assert manifest["files"][name]["bytes"] == len(content)
    assert manifest["library"] == "№ 12 мектеп"
    assert manifest["profile"]["name"] == "rusmarc"
    assert (manifest["records"], manifest["copies"], manifest["counted_stock"]) == (
        records,
        copies,
        stock,
    )
    assert manifest["records_left_out"] == 0

    marc = tmp_path / "catalog.iso"
    marc.write_bytes(data["catalog.iso"])
    assert yaz_scan(marc) == (records, [])
    assert sum(1 for r in open_marc(marc).records() if r.ok) == records

    # summary.csv: UTF-8 with BOM, semicolons, a total line with the same numbers
    assert data["summary.csv"].startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data["summary.csv"].decode("utf-8-sig")), delimiter=";"))
    assert len(rows[0]) == 6
    total = rows[-1]
    assert total[0] == "Total"
    assert [int(v) for v in total[3:]] == [records, copies, stock]
    body = rows[1:-1]
    assert sum(int(r[3]) for r in body) == records

    # summary.xlsx: the same numbers
    book = openpyxl.load_workbook(io.BytesIO(data["summary.xlsx"]))
    sheet, records_sheet = book.worksheets
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[-1][0] == "Total"
    assert values[-1][3:] == [records, copies, stock]
    assert [[str(v) if v is not None else "" for v in row] for row in values] == rows

    # records.csv and the second sheet: one line per record
    listed = list(csv.reader(io.StringIO(data["records.csv"].decode("utf-8-sig")), delimiter=";"))
    assert len(listed) == records + 1
    assert records_sheet.max_row == records + 1


def test_spreadsheet_cells_that_look_like_formulas_are_neutralised(
    school: Path, tmp_path: Path
) -> None:
    """A value from the catalog that reaches the summary (here a language code) cannot
    become a formula in Excel/LibreOffice."""
    conn = sqlite3.connect(school)
    conn.execute("UPDATE records SET languages = ? WHERE id = 1", (FORMULA,))
    conn.commit()
    conn.close()
    zip_path = _package_in_process(school, tmp_path / "out")
    with zipfile.ZipFile(zip_path) as archive:
        csv_text = archive.read("summary.csv").decode("utf-8-sig")
        book = openpyxl.load_workbook(io.BytesIO(archive.read("summary.xlsx")))
    cells = [cell for row in csv.reader(io.StringIO(csv_text), delimiter=";") for cell in row]
    assert "'" + FORMULA in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    xlsx = [c for row in book.worksheets[0].iter_rows() for c in row if c.value == "'" + FORMULA]
    assert len(xlsx) == 1 and xlsx[0].data_type == "s"


def test_formula_title_appears_neutralised_in_the_summary(school: Path, tmp_path: Path) -> None:
    zip_path = _package_in_process(school, tmp_path / "out")
    with zipfile.ZipFile(zip_path) as archive:
        csv_text = archive.read("records.csv").decode("utf-8-sig")
        book = openpyxl.load_workbook(io.BytesIO(archive.read("summary.xlsx")))
    cells = [cell for row in csv.reader(io.StringIO(csv_text), delimiter=";") for cell in row]
    assert any(cell.startswith("'" + FORMULA) for cell in cells)
    xlsx = [
        c
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for c in row
        if isinstance(c.value, str) and c.value.startswith("'" + FORMULA)
    ]
    assert xlsx and all(c.data_type == "s" for c in xlsx)


def test_package_into_a_path_under_a_regular_file_fails_clearly(
    school: Path, tmp_path: Path
) -> None:
    blocker = tmp_path / "usb.txt"
    blocker.write_text("not a folder")
    out = blocker / "district"
    done = cli("--db", school, "export", "--profile", "rusmarc", "--package", "--out", out)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(blocker) in lines[0], done.stderr
    assert [p for p in tmp_path.rglob("*") if p.name.endswith((".zip", ".partial"))] == []
    assert blocker.read_text() == "not a folder"


def test_package_into_a_read_only_folder_fails_and_leaves_nothing(
    catalog: CatalogService, tmp_path: Path
) -> None:
    for _ in catalog.generate_demo(20):
        pass
    folder = tmp_path / "readonly"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: a 0o555 folder is still writable")
        summary = PackageSummary()
        with pytest.raises(OSError) as info:
            for _ in catalog.build_package(SHIPPED_PROFILES["rusmarc"], folder, summary):
                pass
        assert "permission" in str(info.value).lower() or "read-only" in str(info.value)
        assert list(folder.iterdir()) == []
        assert summary.path is None
    finally:
        folder.chmod(0o755)
