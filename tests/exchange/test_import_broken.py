"""Criterion 2: broken files import their good records and list the bad ones; CLI exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from shkola_lib.catalog.importer import ImportError_
from shkola_lib.catalog.service import CatalogService
from shkola_lib.io.marc.iso2709 import iter_raw_records
from tests.exchange.support import (
    JSON_KEYS,
    cli,
    import_file,
    last_json,
    norm_title,
    table_counts,
)

# file → (read, imported, numbers of the rejected records), as yaz-marcdump -p sees the ISO files
BROKEN = {
    "pymarc/bad_records.mrc": (8, 2, [2, 3, 4, 5, 6, 7]),
    "pymarc/utf8_invalid.mrc": (1, 0, [1]),
    "pymarc/bad_indicator.dat": (1, 0, [1]),
    "pymarc/bad_subfield_code.dat": (1, 0, [1]),
    "pymarc/bad_tag.xml": (1, 0, [1]),
}


def truncated_test1(corpus_dir: Path, folder: Path) -> Path:
    """TEST1.ISO cut off in the middle of its 41st record (as from a pulled USB stick)."""
    with (corpus_dir / "rusmarc-nlr/TEST1.ISO").open("rb") as stream:
        raws = list(iter_raw_records(stream))
    assert len(raws) == 81
    cut = raws[40].byte_offset + len(raws[40].data) // 2
    path = folder / "TEST1-truncated.ISO"
    path.write_bytes((corpus_dir / "rusmarc-nlr/TEST1.ISO").read_bytes()[:cut])
    return path


def _check_report(report: Path | None, rejected: list[int], reasons: list[str]) -> None:
    assert report is not None and report.is_file()
    text = report.read_text(encoding="utf-8")
    assert f"Rejected: {len(rejected)}" in text
    for number, reason in zip(rejected, reasons, strict=True):
        lines = [line for line in text.splitlines() if re.match(rf"\s+#{number}\b", line)]
        assert lines, f"record #{number} is not in the report"
        assert any(reason in line for line in lines), (number, reason, lines)
        assert reason.strip(), "a rejected record needs a reason"


@pytest.mark.parametrize("name", sorted(BROKEN), ids=lambda n: n.split("/")[-1])
def test_broken_file_keeps_good_records_and_reports_bad_ones(
    catalog: CatalogService, corpus_dir: Path, name: str
) -> None:
    read, imported, rejected = BROKEN[name]
    summary = import_file(catalog, corpus_dir / name)
    assert (summary.read, summary.imported, summary.rejected) == (read, imported, len(rejected))
    assert [p.index for p in summary.rejected_records] == rejected
    assert all(p.reason and p.reason != "?" for p in summary.rejected_records)
    assert catalog.counts().records == imported
    _check_report(summary.report, rejected, [p.reason for p in summary.rejected_records])
    assert catalog.check() == []


def test_bad_records_file_keeps_exactly_the_two_good_records(
    catalog: CatalogService, corpus_dir: Path
) -> None:
    summary = import_file(catalog, corpus_dir / "pymarc/bad_records.mrc")
    assert summary.imported == 2
    titles = [norm_title(catalog.get_record(i).title) for i in catalog.select_for_export()]
    assert titles == ["The pragmatic programmer"] * 2  # records 1 and 8 are the same book
    reasons = {p.index: p.reason for p in summary.rejected_records}
    assert "99937" in reasons[2]  # base address beyond the record
    assert "not a multiple of 12" in reasons[4]


def test_truncated_file_imports_the_complete_records(
    catalog: CatalogService, corpus_dir: Path, tmp_path: Path
) -> None:
    path = truncated_test1(corpus_dir, tmp_path)
    summary = import_file(catalog, path)
    assert (summary.read, summary.imported, summary.rejected) == (41, 40, 1)
    (problem,) = summary.rejected_records
    assert problem.index == 41 and problem.byte_offset is not None
    assert "incomplete" in problem.reason
    _check_report(summary.report, [41], [problem.reason])
    assert catalog.counts().records == 40


def test_unreadable_files_raise_a_clear_error_and_change_nothing(
    catalog: CatalogService, db_path: Path, tmp_path: Path
) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("Кітапхана есебі\nЭто просто текст, а не MARC.\n" * 20, encoding="utf-8")
    before = table_counts(db_path)
    for path in (text, tmp_path / "missing.iso"):
        with pytest.raises(ImportError_) as info:
            import_file(catalog, path)
        assert str(path) in str(info.value)
    assert table_counts(db_path) == before


# --- through the command line ---------------------------------------------------------


def _json_line(stdout: str) -> dict:
    obj = last_json(stdout)
    assert set(obj) == JSON_KEYS, obj
    return obj


def test_cli_exit_0_when_every_record_is_taken(db_path: Path, corpus_dir: Path) -> None:
    done = cli("--db", db_path, "import", corpus_dir / "pymarc/1251.dat", "--json")
    assert done.returncode == 0, done.stderr
    obj = _json_line(done.stdout)
    assert obj["read"] == obj["imported"] == 6
    assert (obj["merged"], obj["duplicates_skipped"], obj["rejected"]) == (0, 0, 0)
    assert isinstance(obj["batch"], int) and Path(obj["report"]).is_file()


def test_cli_exit_1_when_some_records_are_rejected(
    db_path: Path, corpus_dir: Path, tmp_path: Path
) -> None:
    names = sorted(BROKEN)
    truncated = truncated_test1(corpus_dir, tmp_path)
    done = cli("--db", db_path, "import", *(corpus_dir / n for n in names), truncated, "--json")
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "unexpected" not in done.stderr
    objects = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(objects) == len(names) + 1
    assert all(set(o) == JSON_KEYS for o in objects)
    assert _json_line(done.stdout) == objects[-1]
    for name, obj in zip(names, objects, strict=False):
        read, imported, rejected = BROKEN[name]
        if name.endswith("bad_records.mrc"):
            # its two good records are the same book: the default «skip» keeps one
            assert obj["duplicates_skipped"] == 1
            imported = 1
        assert (obj["read"], obj["imported"], obj["rejected"]) == (read, imported, len(rejected))
        assert obj["batch"] is not None and Path(obj["report"]).is_file()
    last = objects[-1]
    assert (last["read"], last["imported"], last["rejected"]) == (41, 40, 1)
    report = Path(last["report"]).read_text(encoding="utf-8")
    assert re.search(r"^\s+#41\b.*incomplete", report, re.M)
    assert table_counts(db_path)["records"] == 1 + 40


def test_cli_exit_2_for_a_text_file_and_a_missing_file(db_path: Path, tmp_path: Path) -> None:
    text = tmp_path / "readme.txt"
    text.write_text("This is a plain text file, not a catalogue.\n" * 30, encoding="utf-8")
    for path in (text, tmp_path / "no-such-file.iso"):
        done = cli("--db", db_path, "import", path, "--json")
        assert done.returncode == 2, (path, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        assert str(path) in done.stderr
        obj = last_json(done.stdout)
        assert JSON_KEYS <= set(obj)
        assert obj["imported"] == 0 and obj["batch"] is None
    assert table_counts(db_path)["records"] == 0


def _inventory_list(path: Path) -> Path:
    """A librarian's inventory list saved as text: it starts with five digits."""
    path.write_text(
        "12345;Абай жолы;Әуезов, Мұхтар;1942\n12346;Қан мен тер;Нұрпейісов, Әбдіжәміл;1970\n",
        encoding="utf-8",
    )
    return path


def _spreadsheet(path: Path) -> Path:
    """An .xlsx file picked by mistake (a ZIP whose bytes happen to hold 0x1D/0x1E)."""
    from shkola_lib.io.spreadsheet import to_xlsx

    path.write_bytes(to_xlsx({"Fund": (["Title", "Copies"], [["Абай жолы", 3]] * 50)}))
    return path


@pytest.mark.parametrize("make", [_inventory_list, _spreadsheet], ids=["digits.txt", "xlsx"])
def test_cli_exit_2_for_files_that_only_look_like_iso2709(
    db_path: Path, tmp_path: Path, make
) -> None:
    path = make(tmp_path / f"input{'.txt' if make is _inventory_list else '.xlsx'}")
    done = cli("--db", db_path, "import", path, "--json")
    assert "Traceback" not in done.stderr
    assert done.returncode == 2, done.stdout
    assert "not a MARC file" in done.stderr
    assert table_counts(db_path)["import_batches"] == 0
