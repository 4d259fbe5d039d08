"""The least an import that stores and indexes can take, against the import goal.

Usage: python benchmarks/import_floor.py FILE.mrc [--work DIR] [--repeats 3]

The import goal compares the whole import (parse, map, dedupe, store, index) with
pymarc's bare read of the same file. Two parts of an import cannot be removed by any
change to our Python code:

* reading the file: our reader (``io.marc``) parsing every record into plain fields,
  timed alone with the garbage collector paused as the import pauses it;
* SQLite's own work: inserting the records, their authors, ISBNs, subjects, stored MARC
  fields, copies and stock lots, keeping the indexes, building the search index and
  committing. It is the time spent inside the calls of Python's ``sqlite3`` module,
  taken from a run of the import under ``cProfile``: those calls are C, so their own
  time is not inflated by the profiler, and the Python functions SQLite calls back
  (the search index's folding) are counted apart, not in it.

Their sum is the floor. Also timed: pymarc's bare read and the whole import, without the
profiler. Prints one JSON object; medians of ``--repeats`` for the reads and the import.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import IMPORT_GOAL, pymarc_read, timed  # the goal and baseline, as run.py has them


def our_read(path: Path) -> int:
    """Our reader alone, as the import drives it (plain fields, the GC paused)."""
    from shkola_lib.catalog.gc_pause import paused_gc
    from shkola_lib.catalog.importer import ImportOptions, open_file

    count = 0
    with paused_gc():
        for result in open_file(path, ImportOptions()).records(plain=True):
            if result.record is not None:
                count += 1
    return count


def run_import(
    path: Path, db: Path, work: Path, profile: cProfile.Profile | None = None
) -> tuple[float, int]:
    """Seconds and records of an import into a new catalog, as ``run.py`` times it (the
    import itself, not opening and closing the catalog); profiled if ``profile`` is given."""
    from shkola_lib.catalog.importer import ImportOptions, ImportSummary
    from shkola_lib.catalog.service import CatalogService

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    service = CatalogService.open(db)
    try:
        summary = ImportSummary(file=path)
        options = ImportOptions(report_dir=work / "reports")
        start = time.perf_counter()
        if profile is not None:
            profile.enable()
        for _ in service.run_import(path, options, summary):
            pass
        if profile is not None:
            profile.disable()
        seconds = time.perf_counter() - start
    finally:
        service.close()
    return seconds, summary.imported


def sqlite_seconds(stats: pstats.Stats) -> dict[str, float]:
    """Own time of every call into the ``sqlite3`` module, by method name."""
    spent: dict[str, float] = {}
    for (_file, _line, name), row in stats.stats.items():  # type: ignore[attr-defined]
        if "sqlite3." in name:  # "<method 'executemany' of 'sqlite3.Cursor' objects>"
            key = name.split("'")[1] if "'" in name else name
            spent[key] = spent.get(key, 0.0) + row[2]
    return spent


def measure(path: Path, work: Path, repeats: int = 3) -> dict[str, Any]:
    # loaded before anything is timed: the first read would otherwise count the imports
    import shkola_lib.catalog.importer
    import shkola_lib.catalog.service
    import shkola_lib.io.marc.crosswalk.importer  # noqa: F401

    db = work / "floor.sqlite"
    pymarc_s, records = timed(lambda: pymarc_read(path), repeats)
    reader_s, read = timed(lambda: our_read(path), repeats)
    runs = [run_import(path, db, work) for _ in range(repeats)]
    import_s, imported = statistics.median(r[0] for r in runs), runs[-1][1]
    profile = cProfile.Profile()
    run_import(path, db, work, profile)
    by_call = sqlite_seconds(pstats.Stats(profile))
    sqlite_s = sum(by_call.values())
    floor_s = reader_s + sqlite_s
    return {
        "file": path.name,
        "records": records,
        "read_by_us": read,
        "imported": imported,
        "pymarc_read_s": round(pymarc_s, 3),
        "reader_s": round(reader_s, 3),
        "sqlite_s": round(sqlite_s, 3),
        "sqlite_by_call_s": {k: round(v, 3) for k, v in sorted(by_call.items())},
        "floor_s": round(floor_s, 3),
        "import_s": round(import_s, 3),
        "floor_ratio_to_pymarc": round(floor_s / pymarc_s, 2),
        "sqlite_ratio_to_pymarc": round(sqlite_s / pymarc_s, 2),
        "import_ratio_to_pymarc": round(import_s / pymarc_s, 2),
        "goal_ratio": IMPORT_GOAL,
        "goal_reachable": floor_s <= IMPORT_GOAL * pymarc_s,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, help="an ISO 2709 file (benchmarks/generate_marc.py)")
    parser.add_argument("--work", type=Path, help="folder for the catalog (default: temporary)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="shkola-floor-") as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(json.dumps(measure(args.file, work, max(1, args.repeats))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
