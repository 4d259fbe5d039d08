"""Criterion 7: duplicate policies, the preview of matches, undo of an import (service and CLI)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from shkola_lib.catalog.importer import DuplicatePolicy, ImportOptions
from shkola_lib.catalog.service import CatalogService
from shkola_lib.models import CopyStatus
from tests.exchange.support import (
    SHIPPED_PROFILES,
    cli,
    export,
    import_file,
    table_counts,
)

SKIP, MERGE, NEW = DuplicatePolicy.SKIP, DuplicatePolicy.MERGE, DuplicatePolicy.NEW


def test_second_import_with_skip_skips_all_six(
    catalog: CatalogService, corpus_dir: Path, db_path: Path
) -> None:
    path = corpus_dir / "pymarc/1251.dat"
    first = import_file(catalog, path, SKIP)
    assert (first.imported, first.duplicates_skipped) == (6, 0)
    before = table_counts(db_path)
    second = import_file(catalog, path, SKIP)
    assert (second.read, second.imported, second.merged) == (6, 0, 0)
    assert second.duplicates_skipped == 6
    assert [p.index for p in second.duplicates] == [1, 2, 3, 4, 5, 6]
    after = table_counts(db_path)
    assert after.pop("import_batches") == before.pop("import_batches") + 1
    assert after == before
    report = second.report.read_text(encoding="utf-8")
    assert "Мио, мой Мио!" in report


def test_new_policy_doubles_the_record_count(catalog: CatalogService, corpus_dir: Path) -> None:
    path = corpus_dir / "pymarc/1251.dat"
    import_file(catalog, path, NEW)
    again = import_file(catalog, path, NEW)
    assert (again.imported, again.duplicates_skipped, again.merged) == (6, 0, 0)
    assert catalog.counts().records == 12
    titles = [catalog.get_record(i).title for i in catalog.select_for_export()]
    assert titles[:6] == titles[6:]


def test_preview_lists_each_match_with_the_existing_record(
    catalog: CatalogService, corpus_dir: Path
) -> None:
    path = corpus_dir / "pymarc/1251.dat"
    empty = catalog.preview_import(path, ImportOptions())
    assert empty.matches == [] and len(empty.titles) == 6
    import_file(catalog, path, NEW)
    existing = {catalog.get_record(i).title: i for i in catalog.select_for_export()}
    preview = catalog.preview_import(path, ImportOptions())
    assert (preview.format, preview.flavour, preview.encoding.encoding) == (
        "iso2709",
        "marc21",
        "cp1251",
    )
    assert {m.title: m.existing_id for m in preview.matches} == existing
    assert all(m.existing_title == m.title for m in preview.matches)
    assert catalog.counts().records == 6  # a preview writes nothing


def test_merge_adds_the_incoming_copies_to_the_existing_records(
    catalog: CatalogService, tmp_path: Path
) -> None:
    """A school's records arrive first without copies, then again with them (merge)."""
    for _ in catalog.generate_demo(60):
        pass
    bare_profile = dataclasses.replace(
        SHIPPED_PROFILES["marc21"],
        name="marc21-bare",
        options=dataclasses.replace(SHIPPED_PROFILES["marc21"].options, holdings="none"),
    )
    bare, full = tmp_path / "bare.mrc", tmp_path / "full.mrc"
    assert export(catalog, bare_profile, bare).written == 60
    assert export(catalog, SHIPPED_PROFILES["marc21"], full).written == 60
    expected = []
    for record_id in catalog.select_for_export():
        copies = catalog.get_detail(record_id).copies
        expected.append(
            sorted(c.inventory_number for c in copies if c.status is not CopyStatus.WRITTEN_OFF)
        )
    assert sum(map(len, expected)) > 20

    second = CatalogService.open(tmp_path / "second.sqlite")
    try:
        assert import_file(second, bare, NEW).imported == 60
        assert second.counts().copies == 0
        merged = import_file(second, full, MERGE)
        assert (merged.read, merged.imported, merged.merged) == (60, 0, 60)
        assert merged.copies_added == sum(map(len, expected))
        assert second.counts().records == 60
        got = [
            sorted(c.inventory_number for c in second.get_detail(i).copies)
            for i in second.select_for_export()
        ]
        assert got == expected
        # The merged copies are searchable: their records were indexed again.
        assert second.check() == []
        number = next(n for numbers in expected for n in numbers)
        hits = second.search(number, exact_codes=False).record_ids
        assert any(
            number in [c.inventory_number for c in second.get_detail(r).copies] for r in hits
        )
        # Undoing the merge takes the copies away again and keeps the records.
        undone = second.undo_import(merged.batch)
        assert (undone.records_removed, undone.copies_removed) == (0, sum(map(len, expected)))
        assert (second.counts().records, second.counts().copies) == (60, 0)
    finally:
        second.close()


def test_undo_removes_exactly_what_the_import_added(
    catalog: CatalogService, corpus_dir: Path, db_path: Path
) -> None:
    import_file(catalog, corpus_dir / "pymarc/1251.dat")
    before = table_counts(db_path)
    summary = import_file(catalog, corpus_dir / "rusmarc-nlr/TEST1.ISO", NEW)
    assert summary.imported == 81 and summary.copies_added > 50
    assert table_counts(db_path)["records"] == 87
    result = catalog.undo_import(summary.batch)
    assert (result.records_removed, result.kept_records) == (81, [])
    assert result.copies_removed == summary.copies_added
    after = table_counts(db_path)
    assert after.pop("import_batches") == before.pop("import_batches") + 1
    assert after == before
    assert catalog.import_batches()[0].undone_at is not None
    assert catalog.check() == []


def test_undo_keeps_a_record_edited_after_the_import(
    catalog: CatalogService, corpus_dir: Path
) -> None:
    summary = import_file(catalog, corpus_dir / "rusmarc-nlr/TEST1.ISO", NEW)
    ids = catalog.select_for_export()
    edited = ids[5]
    data = catalog.get_record(edited)
    data.title = data.title + " (исправлено)"
    catalog.update_record(data)
    copies = [c.inventory_number for c in catalog.get_detail(edited).copies]

    result = catalog.undo_import(summary.batch)
    assert result.kept_records == [edited]
    assert result.records_removed == 80
    assert catalog.select_for_export() == [edited]
    kept = catalog.get_detail(edited)
    assert kept.record.title == data.title
    assert [c.inventory_number for c in kept.copies] == copies


def test_cli_imports_and_undo_import(
    catalog: CatalogService, db_path: Path, corpus_dir: Path
) -> None:
    assert import_file(catalog, corpus_dir / "pymarc/1251.dat").batch == 1
    catalog.close()
    listing = cli("--db", db_path, "imports")
    assert listing.returncode == 0
    assert re.search(r"^\s*1\s.*1251\.dat\s+read 6, imported 6, merged 0, rejected 0\s*$",
                     listing.stdout, re.M), listing.stdout  # fmt: skip

    undo = cli("--db", db_path, "undo-import", "1")
    assert undo.returncode == 0, undo.stderr
    assert "Removed 6 records" in undo.stdout
    assert table_counts(db_path)["records"] == 0
    assert "[undone]" in cli("--db", db_path, "imports").stdout

    again = cli("--db", db_path, "undo-import", "1")
    assert again.returncode == 2
    assert len(again.stderr.strip().splitlines()) == 1 and "1" in again.stderr
