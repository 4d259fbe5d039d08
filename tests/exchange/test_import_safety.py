"""Criterion 6: a trial run, a cancelled import and a killed import leave the catalog as it was."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from shkola_lib.catalog.importer import DuplicatePolicy, ImportOptions, ImportSummary
from shkola_lib.catalog.progress import Cancelled, CancelToken
from shkola_lib.catalog.service import CatalogService
from tests.exchange.support import (
    cli,
    cli_popen,
    import_file,
    integrity,
    last_json,
    table_counts,
)


def big_file(corpus_dir: Path, folder: Path, copies: int) -> Path:
    """TEST1.ISO repeated: a real file of 81 × ``copies`` records."""
    path = folder / f"TEST1x{copies}.ISO"
    path.write_bytes((corpus_dir / "rusmarc-nlr/TEST1.ISO").read_bytes() * copies)
    return path


@pytest.fixture
def started_catalog(catalog: CatalogService, corpus_dir: Path, db_path: Path) -> Path:
    """A catalog that already holds something (1251.dat: 6 records) and is closed."""
    assert import_file(catalog, corpus_dir / "pymarc/1251.dat").imported == 6
    catalog.close()
    return db_path


def _check_in_process(db: Path, batches: int) -> None:
    """The program's own ``check`` and import history on the file, after the run."""
    service = CatalogService.open(db)
    try:
        assert service.check() == []
        assert len(service.import_batches()) == batches
    finally:
        service.close()


def test_dry_run_changes_nothing(started_catalog: Path, corpus_dir: Path) -> None:
    before = table_counts(started_catalog)
    assert before["records"] == 6 and before["import_batches"] == 1
    done = cli("--db", started_catalog, "import", corpus_dir / "rusmarc-nlr/TEST1.ISO",
               "--dry-run", "--on-duplicate", "new", "--json")  # fmt: skip
    assert done.returncode == 0, done.stderr
    obj = last_json(done.stdout)
    assert (obj["read"], obj["imported"], obj["batch"]) == (81, 81, None)  # what it would do
    assert "dry-run" in Path(obj["report"]).name
    assert table_counts(started_catalog) == before
    _check_in_process(started_catalog, batches=1)


def test_dry_run_through_the_service_changes_nothing(
    catalog: CatalogService, corpus_dir: Path, db_path: Path
) -> None:
    import_file(catalog, corpus_dir / "pymarc/1251.dat")
    before = table_counts(db_path)
    summary = import_file(
        catalog, corpus_dir / "pymarc/1251.dat", DuplicatePolicy.MERGE, dry_run=True
    )
    assert (summary.read, summary.merged, summary.batch) == (6, 6, None)
    assert table_counts(db_path) == before
    assert len(catalog.import_batches()) == 1
    assert catalog.check() == []


def test_cancelled_import_leaves_the_catalog_as_it_was(
    catalog: CatalogService, corpus_dir: Path, db_path: Path, tmp_path: Path
) -> None:
    import_file(catalog, corpus_dir / "pymarc/1251.dat")
    path = big_file(corpus_dir, tmp_path, 4)  # 324 records
    before = table_counts(db_path)
    counts = catalog.counts()
    token = CancelToken()
    summary = ImportSummary(file=path)
    steps = []
    with pytest.raises(Cancelled):
        for step in catalog.run_import(
            path, ImportOptions(policy=DuplicatePolicy.NEW), summary, token
        ):
            if step.total:  # past the backup made before the import
                steps.append(step)
                token.cancel()
    # Cancelled at the first progress step (after 200 records), half-way through 324.
    assert len(steps) == 1 and steps[0].done == 200 < steps[0].total
    assert summary.imported == 200  # records were really written before the cancel
    assert table_counts(db_path) == before
    assert catalog.counts() == counts
    assert [b.file_name for b in catalog.import_batches()] == [str(corpus_dir / "pymarc/1251.dat")]
    assert catalog.check() == []


def _wait_for(predicate, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.01)
    return False


def test_killed_import_leaves_the_catalog_as_it_was(
    started_catalog: Path, corpus_dir: Path, tmp_path: Path
) -> None:
    path = big_file(corpus_dir, tmp_path, 100)  # 8100 records: far from done when killed
    wal = started_catalog.with_name(started_catalog.name + "-wal")
    before = table_counts(started_catalog)
    spilled = 0
    # Four kills at fixed delays after the catalog was opened; the last one once the
    # import's uncommitted pages have reached the WAL file (the transaction is well under way).
    for delay in (0.1, 0.4, 0.8, 1.2, None):
        # The checks of the previous round closed the last connection, removing the WAL:
        # its reappearance shows that this import process has opened the catalog.
        assert not wal.exists()
        process = cli_popen("--db", started_catalog, "import", path, "--on-duplicate", "new")
        try:
            assert _wait_for(wal.exists, 30), "the import never opened the catalog"
            if delay is None:
                assert _wait_for(lambda: wal.exists() and wal.stat().st_size > 0, 60)
                delay = 0.3
            time.sleep(delay)
            assert process.poll() is None, "the import ended before it could be killed"
            if wal.exists() and wal.stat().st_size > 0:
                spilled += 1  # uncommitted pages were already in the WAL file
            os.kill(process.pid, signal.SIGKILL)
        finally:
            if process.poll() is None:
                process.kill()
            process.wait(timeout=30)
        assert process.returncode == -signal.SIGKILL
        assert integrity(started_catalog) == "ok", delay
        assert table_counts(started_catalog) == before, delay
    assert spilled >= 1  # at least one kill hit a transaction that had written pages
    _check_in_process(started_catalog, batches=1)
