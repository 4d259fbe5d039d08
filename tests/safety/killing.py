"""Kill writing workers (``kill_worker.py``) with SIGKILL at random moments, check each time.

Used by ``test_kill.py`` (a few dozen kills in CI) and ``benchmarks/kill_test.py``
(hundreds). After every kill the catalog must pass SQLite's integrity check and the
catalog's own check (what ``shkola-lib check`` runs), its stale lock must be
recovered, and each operation must be all or nothing:

* import — records, MARC fields and copies are whole multiples of one file's worth;
* edit — every field of a record is of one generation, and rounds are in order;
* series — copies come in whole series of 100;
* backup — every backup file under its final name is complete and consistent,
  temporary files of the killed process are swept, the newest has what it should.

The number of operations the worker reported as committed before the kill must be
there too (durability): the catalog holds that many, or one more (killed between
the commit and the report).
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from shkola_lib.catalog.backup import inspect_backup, parse_name, sweep_partials
from shkola_lib.catalog.data import RecordData
from shkola_lib.catalog.importer import DuplicatePolicy, ImportOptions, ImportSummary
from shkola_lib.catalog.instance_lock import InstanceLock, lock_path_for
from shkola_lib.catalog.service import CatalogService
from tests.safety.kill_worker import SERIES_SIZE, edited, generation

WORKER = Path(__file__).with_name("kill_worker.py")

OPERATIONS = ("import", "edit", "series", "backup")
# Seconds after the first completed operation within which the kill falls (several ops).
DELAYS = {"import": (0.0, 1.0), "edit": (0.0, 0.3), "series": (0.0, 0.3), "backup": (0.0, 0.5)}
EDIT_RECORDS = 8
# Original MARC fields kept by imports (one JSON list per record).
STORED_FIELDS = "SELECT coalesce(sum(json_array_length(fields)), 0) FROM record_marc"


@dataclass
class OperationStats:
    operation: str
    kills: int = 0
    committed: int = 0  # operations found committed after all kills
    inside_operation: int = 0  # kills between "begin N" and "done N" of the worker
    stale_locks_recovered: int = 0
    partial_files_swept: int = 0  # backups: temporary files a kill left, then removed
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0


def _count(con: sqlite3.Connection, sql: str) -> int:
    return int(con.execute(sql).fetchone()[0])


class _Scenario:
    """One operation's catalog, how to set it up and how to judge it after a kill."""

    def __init__(self, op: str, folder: Path, marc_file: Path) -> None:
        self.op = op
        self.folder = folder
        self.db = folder / "catalog.sqlite"
        self.arg: Path | None = None
        self.previous = 0  # operations counted after the previous kill
        self.swept = 0  # temporary files of killed backups removed
        folder.mkdir(parents=True, exist_ok=True)
        service = CatalogService.open(self.db)
        try:
            if op == "import":
                self.arg = marc_file
                self.per_file = _import_figures(marc_file, folder / "scratch.sqlite")
            elif op == "edit":
                for i in range(EDIT_RECORDS):
                    service.create_record(edited(RecordData(), i, 0))
            elif op == "series":
                service.create_record(RecordData(title="Kill test: series"))
            else:
                for _ in service.generate_demo(600, seed=7):
                    pass
                self.arg = folder / "backups"
        finally:
            service.close()

    def command(self) -> list[str]:
        extra = [str(self.arg)] if self.arg is not None else []
        return [sys.executable, str(WORKER), self.op, str(self.db), *extra]

    def check(self, lines: list[str]) -> tuple[int, list[str]]:
        """(operations now in the catalog, problems found) after a kill."""
        problems: list[str] = []
        con = sqlite3.connect(str(self.db))
        try:
            integrity = [r[0] for r in con.execute("PRAGMA integrity_check")]
            if integrity != ["ok"]:
                problems.append(f"integrity_check: {integrity[:3]}")
            if con.execute("PRAGMA foreign_key_check").fetchall():
                problems.append("foreign_key_check failed")
            count, more = getattr(self, f"_check_{self.op}")(con, lines)
            problems += more
        finally:
            con.close()
        service = CatalogService.open(self.db)
        try:
            problems += [f"check: {p.message}" for p in service.check()]
        finally:
            service.close()
        reported = _reported(lines)
        if count < 0:  # backups: durability was judged by their content above
            count = self.previous + reported
        elif not reported <= count - self.previous <= reported + 1:
            problems.append(
                f"{count - self.previous} operations found, {reported} reported committed"
            )
        self.previous = count
        return count, problems

    def _check_import(self, con: sqlite3.Connection, _lines: list[str]) -> tuple[int, list[str]]:
        records_per, fields_per, first_copies, later_copies = self.per_file
        batches = _count(con, "SELECT count(*) FROM import_batches")
        unfinished = _count(con, "SELECT count(*) FROM import_batches WHERE finished_at IS NULL")
        records = _count(con, "SELECT count(*) FROM records")
        fields = _count(con, STORED_FIELDS)
        copies = _count(con, "SELECT count(*) FROM copies")
        want_copies = first_copies + (batches - 1) * later_copies if batches else 0
        problems = []
        if unfinished or records != batches * records_per or fields != batches * fields_per:
            problems.append(f"half an import: {batches} batches, {records} records, {fields}")
        if copies != want_copies:
            problems.append(f"half an import: {copies} copies for {batches} batches")
        for report in (self.folder / "reports").glob("import-*.txt"):
            if not report.read_text(encoding="utf-8").endswith("\n"):
                problems.append(f"half-written report {report.name}")
        return batches, problems

    def _check_edit(self, con: sqlite3.Connection, _lines: list[str]) -> tuple[int, list[str]]:
        problems = []
        gens = []
        rows = con.execute("SELECT id, title, publisher, notes FROM records ORDER BY id")
        for rid, title, publisher, notes in rows.fetchall():
            gen = generation(title)
            persons = [
                r[0]
                for r in con.execute(
                    "SELECT name FROM record_persons WHERE record_id = ? ORDER BY position", (rid,)
                )
            ]
            fts = con.execute("SELECT title FROM records_fts WHERE rowid = ?", (rid,)).fetchone()
            want = [
                f"Publisher {gen}",
                f"Notes {gen}",
                [f"Author{gen}, Test", f"Second{gen}, Test"],
            ]
            if [publisher, notes, persons] != want:
                problems.append(
                    f"record {rid} mixes generations: {title!r} {publisher!r} {persons}"
                )
            if fts is None or f"generation {gen}" not in fts[0].lower():
                problems.append(f"record {rid}: the search index says {fts}")
            gens.append(gen)
        if gens != sorted(gens, reverse=True) or max(gens) - min(gens) > 1:
            problems.append(f"edits out of order: {gens}")
        return sum(gens), problems

    def _check_series(self, con: sqlite3.Connection, _lines: list[str]) -> tuple[int, list[str]]:
        copies = _count(con, "SELECT count(*) FROM copies")
        seqs = [r[0] for r in con.execute("SELECT inventory_seq FROM copies ORDER BY 1")]
        problems = []
        if copies % SERIES_SIZE:
            problems.append(f"{copies} copies: a series of {SERIES_SIZE} was cut")
        if seqs and seqs != list(range(seqs[0], seqs[0] + len(seqs))):
            problems.append("inventory numbers have gaps")
        return copies // SERIES_SIZE, problems

    def _check_backup(self, _con: sqlite3.Connection, lines: list[str]) -> tuple[int, list[str]]:
        assert self.arg is not None
        problems = []
        self.arg.mkdir(exist_ok=True)
        self.swept += sweep_partials(self.arg)
        leftovers = [p.name for p in self.arg.iterdir() if p.name.startswith(".")]
        if leftovers:
            problems.append(f"temporary files not swept: {leftovers}")
        best = -1
        finals = [p for p in self.arg.glob("*.sqlite") if parse_name(p)]
        for path in finals:
            info = inspect_backup(path)
            con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                ok = [r[0] for r in con.execute("PRAGMA integrity_check")] == ["ok"]
                header = path.read_bytes()[18:20]
            finally:
                con.close()
            if not ok or info.records is None or header != b"\x01\x01":
                problems.append(f"incomplete backup {path.name}: {info.error}")
            best = max(best, info.records or -1)
        done = [line.split() for line in lines if line.startswith("done ")]
        if done:  # durability: the last backup reported is there (or a newer one)
            last = int(done[-1][2])
            if best not in (last, last + 1):
                problems.append(f"the newest backup holds {best} records, expected {last}")
        return -1, problems


def _reported(lines: list[str]) -> int:
    done = [line for line in lines if line.startswith("done ")]
    return int(done[-1].split()[1]) if done else 0


def _import_figures(marc_file: Path, scratch: Path) -> tuple[int, int, int, int]:
    """(records, MARC fields, copies of the first import, copies of later ones)."""
    service = CatalogService.open(scratch)
    options = ImportOptions(policy=DuplicatePolicy.NEW, report_dir=scratch.parent / "scratch")
    try:
        copies = []
        for _ in range(2):
            for _step in service.run_import(marc_file, options, ImportSummary(file=marc_file)):
                pass
            copies.append(service.counts().copies)
        with service.db.engine.connect() as conn:
            fields = conn.exec_driver_sql(STORED_FIELDS).scalar_one()
        records = service.counts().records
    finally:
        service.close()
    return records // 2, fields // 2, copies[0], copies[1] - copies[0]


def kill_once(scenario: _Scenario, rng: random.Random) -> tuple[list[str], bool]:
    """Start a worker, kill it at a random moment; (its output lines, lock recovered)."""
    proc = subprocess.Popen(
        scenario.command(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    guard = threading.Timer(60, proc.kill)  # a worker that hangs before "ready"
    guard.start()
    try:
        first = proc.stdout.readline() if proc.stdout else ""
        if first.strip() != "ready":
            proc.kill()
            raise RuntimeError(f"worker did not start: {first!r} {proc.stderr.read()}")
        # The kill is timed from the first completed operation, so that it falls into
        # the work itself rather than into the start-up of a fresh Python process.
        seen = [first.strip()]
        while proc.stdout and not seen[-1].startswith("done"):
            line = proc.stdout.readline()
            if not line:
                raise RuntimeError(f"worker ended: {proc.stderr.read()[-2000:]}")  # type: ignore[union-attr]
            seen.append(line.strip())
        time.sleep(rng.uniform(*DELAYS[scenario.op]))
        if proc.poll() is not None:
            raise RuntimeError(f"worker ended by itself: {proc.stderr.read()[-2000:]}")
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    finally:
        guard.cancel()
    out = proc.stdout.read() if proc.stdout else ""
    proc.stdout.close() if proc.stdout else None
    proc.stderr.close() if proc.stderr else None
    lines = [*seen, *out.splitlines()]
    stale = lock_path_for(scenario.db).exists()
    lock = InstanceLock(scenario.db, "kill checker").acquire()  # recovers the stale lock
    lock.release()
    return lines, stale and lock.recovered_from is not None


def run_operation(
    scenario: _Scenario,
    kills: int,
    seed: int,
    progress: Callable[[str], None] | None = None,
) -> OperationStats:
    """Kill ``kills`` workers of one operation in turn, checking after each."""
    started = time.monotonic()
    op = scenario.op
    rng = random.Random(f"{seed}-{op}")
    stats = OperationStats(op)
    for n in range(kills):
        try:
            lines, recovered = kill_once(scenario, rng)
            count, problems = scenario.check(lines)
        except Exception as exc:  # a broken run is a failure, reported with the rest
            stats.failures.append(f"{op} kill {n + 1}: {exc!r}")
            continue
        stats.kills += 1
        stats.committed = count
        stats.stale_locks_recovered += int(recovered)
        stats.inside_operation += int(lines[-1].startswith("begin"))
        stats.failures += [f"{op} kill {n + 1}: {p}" for p in problems]
        if progress is not None:
            progress(f"{op} {n + 1}/{kills}: {count} committed, {len(problems)} problems")
    stats.partial_files_swept = scenario.swept
    stats.seconds = round(time.monotonic() - started, 1)
    return stats


def run_campaign(
    kills_per_operation: int,
    seed: int,
    folder: Path,
    marc_file: Path,
    *,
    lanes: int = 2,
    operations: tuple[str, ...] = OPERATIONS,
    progress: Callable[[str], None] | None = None,
) -> list[OperationStats]:
    """All operations, ``lanes`` of them at a time (each on its own catalog).

    The catalogs are created first, one after the other: Alembic's migration
    context is process-global and must not run in two threads at once.
    """
    scenarios = [_Scenario(op, folder / op, marc_file) for op in operations]
    with ThreadPoolExecutor(max_workers=lanes) as pool:
        futures = [
            pool.submit(run_operation, scenario, kills_per_operation, seed, progress)
            for scenario in scenarios
        ]
        return [f.result() for f in futures]
