"""``shkola-lib labels`` as a user runs it: a real process, a real catalog, a PDF that scans."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from shkola_lib import cli
from shkola_lib.catalog.labels import copies_for_labels
from shkola_lib.catalog.service import CatalogService
from shkola_lib.io.labels import get_template

from .support import decode, in_reading_order, page_count, pdf_text, pdf_to_pngs

# Until cli.py registers the command, the same code runs through label_cli's own entry.
WIRED = "labels" in getattr(cli, "COMMANDS", {})
ENTRY = ["-m", "shkola_lib"] if WIRED else ["-m", "shkola_lib.catalog.label_cli"]


def run(db: Path, *args: str, entry: list[str] = ENTRY) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *entry, "--db", str(db), "labels", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "SHKOLA_LIB_DATA_DIR": str(db.parent / "userdata")},
        timeout=180,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("labels-cli") / "demo.sqlite"
    service = CatalogService.open(path)
    try:
        for _ in service.generate_demo(300):
            pass
    finally:
        service.close()
    return path


def _expected(db: Path, **conditions: object) -> list[str]:
    service = CatalogService.open(db)
    try:
        with service.db.engine.connect() as conn:
            labels = copies_for_labels(conn, **conditions)  # type: ignore[arg-type]
    finally:
        service.close()
    return [label.inventory_number for label in labels]


def test_labels_command_writes_a_pdf_whose_codes_decode(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "labels.pdf"
    result = run(
        demo_db,
        "--out", str(out), "--template", "avery-l7160", "--inventory", "1001-1040",
        "--start", "4", "--library", "Абай атындағы № 5 мектеп",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    expected = _expected(demo_db, inventory_range=(1001, 1040))
    assert 30 <= len(expected) <= 40  # written-off copies are left out
    assert f"Wrote {len(expected)} labels" in result.stdout
    template = get_template("avery-l7160")
    pdf = out.read_bytes()
    found = in_reading_order(decode(pdf_to_pngs(pdf, tmp_path)), template)
    assert [text for _, text in found] == expected
    assert found[0][0] == (0, 1, 0)  # position 4 = second row, first column
    assert "Абай атындағы № 5 мектеп" in " ".join(pdf_text(pdf, tmp_path).split())
    assert not list(tmp_path.glob(".*.partial"))


def test_unprinted_and_mark_printed(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.sqlite"
    db.write_bytes(demo_db.read_bytes())
    unprinted = _expected(db, unprinted=True)
    out = tmp_path / "new.pdf"
    result = run(db, "--out", str(out), "--unprinted", "--layout", "spine",
                 "--template", "avery-l7651", "--mark-printed")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert f"Marked {len(unprinted)} copies as labelled." in result.stdout
    assert page_count(out.read_bytes()) == -(-len(unprinted) // 65)
    assert _expected(db, unprinted=True) == []
    again = run(db, "--out", str(tmp_path / "again.pdf"), "--unprinted")
    assert again.returncode == 2 and not (tmp_path / "again.pdf").exists()
    assert again.stderr.strip() == "shkola-lib: No copies match; no labels were written."


def test_query_added_today_and_code_pattern(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "q.pdf"
    pattern = "https://lib.example.kz/copy/{inventory}"
    result = run(demo_db, "--out", str(out), "--query", "Абай",
                 "--code-pattern", pattern, "--layout", "qr-and-barcode")  # fmt: skip
    assert result.returncode == 0, result.stderr
    found = decode(pdf_to_pngs(out.read_bytes(), tmp_path))
    expected = _expected(demo_db, query="Абай")
    assert sorted(f.text for f in found) == sorted(pattern.format(inventory=n) for n in expected)
    today = run(demo_db, "--out", str(tmp_path / "t.pdf"), "--added-since", "today")
    assert today.returncode in (0, 2), today.stderr  # demo copies may or may not be from today
    bad = run(demo_db, "--out", str(tmp_path / "t.pdf"), "--added-since", "вчера")
    assert bad.returncode == 2 and "2026-09-01" in bad.stderr


def test_errors_are_one_line_with_exit_code_2(demo_db: Path, tmp_path: Path) -> None:
    out = str(tmp_path / "x.pdf")
    cases = [
        (["--template", "avery-9999", "--unprinted"], "no label sheet “avery-9999”"),
        (["--layout", "fancy", "--unprinted"], "no label layout “fancy”"),
        (["--inventory", "10-1"], "ends before it starts"),
        (["--inventory", "1001-1010", "--start", "25"], "between 1 and 24"),
        (["--inventory", "1001-1010", "--template", "avery-l7651"], "does not fit"),
        (["--inventory", "1001-1010", "--calibration-scale", "3"], "scale"),
        (["--inventory", "1001-1010", "--code-pattern", "{title}"], "{inventory}"),
    ]
    for args, words in cases:
        result = run(demo_db, "--out", out, *args)
        assert result.returncode == 2, (args, result.stdout)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and words in lines[0], (args, result.stderr)
    assert not (tmp_path / "x.pdf").exists()
    missing = run(demo_db, "--out", out)  # which copies?
    assert missing.returncode == 2 and "--query, --inventory" in missing.stderr
    both = run(demo_db, "--out", out, "--unprinted", "--query", "Абай")  # argparse refuses
    assert both.returncode == 2 and "not allowed with" in both.stderr


def test_calibration_page_from_the_command_line(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "cal.pdf"
    result = run(demo_db, "--out", str(out), "--template", "avery-l7159", "--calibration-page",
                 "--calibration-x", "1.5", "--calibration-y", "-0.5")  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = " ".join(pdf_text(out.read_bytes(), tmp_path).split())
    assert "Calibration page: Avery L7159" in text and "right 1.5 mm, down -0.5 mm" in text


@pytest.mark.skipif(not WIRED, reason="cli.py does not register the labels command yet")
def test_the_standalone_entry_matches_the_program(demo_db: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    args = ("--inventory", "1001-1010")
    assert run(demo_db, "--out", str(a), *args).returncode == 0
    standalone = ["-m", "shkola_lib.catalog.label_cli"]
    assert run(demo_db, "--out", str(b), *args, entry=standalone).returncode == 0
    assert a.read_bytes() == b.read_bytes()
