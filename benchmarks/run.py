"""The benchmark suite: import, export, search, start-up, labels and memory, one JSON object.

Usage:
  python benchmarks/run.py --quick                 # 10,000 records, under 2 minutes
  python benchmarks/run.py --sizes 10000 100000 1000000 [--work DIR] [--only import export]

Each measure runs ours and its baseline side by side in the same run, so the ratios
compare like with like on whatever machine runs it; absolute figures are printed too.

* import — a generated MARC21 (and, in a full run, RUSMARC) ISO 2709 file of N records
  (``generate_marc.py``) imported into an empty catalog, vs pymarc's bare read of the same
  file and ``yaz-marcdump -o marcxml`` converting it. Goal: ≤ 1.5× pymarc.
  (``import_floor.py``: the least an import that stores and indexes can take.)
* export — that catalog exported through the ``marc21`` (ISO 2709) and ``marcxml``
  profiles (``rusmarc`` for the RUSMARC catalog), vs pymarc writing the same records
  (read from our file beforehand, untimed) and ``yaz-marcdump`` converting our file.
  Goal: ≤ 1.5× pymarc.
* search — ``search_latency.py``: p50/p95/p99 of as-you-type queries (every prefix) through
  ``CatalogService.search``, vs a naive ``LIKE '%…%'`` scan. Goal: p95 ≤ 10 ms at 100k,
  ≤ 50 ms at 1M. Full runs search demo catalogs (``shkola-lib demo``) of each size.
* startup — ``startup.py``: process start → main window shown and searchable, empty
  catalog and a catalog of records, vs a bare PySide6 QMainWindow (and, not judged, a
  window of Qt's own classes with a table of text). Goal: ≤ 1 s, ≤ 2× the bare window.
  (``startup_timeline.py``: the same start-up step by step.)
* labels — ``labels.py``: 1,000 QR labels to PDF vs reportlab's QrCodeWidget, every
  sampled code decoded. Goal: ≥ 6× faster.
* memory — ``gui_smoothness.py`` in its own process: RSS while scrolling the whole table
  (after 10 %, 50 %, 100 %, and after a second pass) and the peak. Goal: ≤ 400 MB and
  not growing (the second pass adds ≤ 5 MB).

``--quick`` uses 10,000 records, MARC21 only, one repeat of the slow steps, and runs
search, start-up and memory on the imported 10,000-record catalog (the JSON says so).
Generated files go to ``--work`` (default: a temporary folder, removed afterwards);
with ``--work`` given, generated MARC files and demo catalogs are kept and reused.
Progress goes to stderr; stdout gets exactly one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import generate_marc  # noqa: E402
import pymarc  # noqa: E402
import search_latency  # noqa: E402

MEASURES = ("import", "export", "search", "startup", "labels", "memory")
IMPORT_GOAL = 1.5
EXPORT_GOAL = 1.5
SEARCH_GOAL_MS = {100_000: 10.0, 1_000_000: 50.0}
LABELS_GOAL = 6.0
MEMORY_GOAL_MB = 400.0
MEMORY_SECOND_PASS_MB = 5.0


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def timed(func, repeats: int = 1) -> tuple[float, Any]:
    """Median wall time of ``repeats`` calls, and the last call's result."""
    times, result = [], None
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        result = func()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def ratio(a: float, b: float) -> float | None:
    return round(a / b, 2) if b else None


def remove_catalog(db: Path) -> None:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)


# ---------------------------------------------------------------- machine


def _version(module: str) -> str:
    try:
        from importlib.metadata import version

        return version(module)
    except Exception:
        return "?"


def machine() -> dict[str, Any]:
    import sqlite3

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    except OSError:
        mem_kb = 0
    yaz = subprocess.run(["yaz-marcdump", "-V"], capture_output=True, text=True).stdout
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"], capture_output=True, text=True
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    if dirty:
        commit += " (+ uncommitted changes)"
    return {
        "date": datetime.now().isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory_gib": round(mem_kb / 1024 / 1024, 1),
        "os": platform.platform(),
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "pyside6": _version("PySide6_Essentials"),
        "sqlalchemy": _version("SQLAlchemy"),
        "pymarc": _version("pymarc"),
        "reportlab": _version("reportlab"),
        "yaz": yaz.split("\n")[0].replace("YAZ version: ", "").split()[0] if yaz else "",
        "commit": commit,
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
    }


# ---------------------------------------------------------------- import


def pymarc_read(path: Path) -> int:
    count = 0
    with open(path, "rb") as fh:
        for record in pymarc.MARCReader(fh, to_unicode=True, force_utf8=True):
            if record is not None:
                count += 1
    return count


def yaz(args: list[str], out: Path | None = None) -> None:
    with open(out or os.devnull, "wb") as fh:
        subprocess.run(["yaz-marcdump", *args], stdout=fh, stderr=subprocess.DEVNULL, check=True)


def import_file(path: Path, db: Path, work: Path) -> dict[str, Any]:
    from shkola_lib.catalog.importer import ImportOptions, ImportSummary
    from shkola_lib.catalog.service import CatalogService

    remove_catalog(db)
    service = CatalogService.open(db)
    try:
        summary = ImportSummary(file=path)
        options = ImportOptions(report_dir=work / "reports")
        start = time.perf_counter()
        for _ in service.run_import(path, options, summary):
            pass
        seconds = time.perf_counter() - start
    finally:
        service.close()
    return {
        "seconds": seconds,
        "read": summary.read,
        "imported": summary.imported,
        "rejected": summary.rejected,
        "copies": summary.copies_added,
        "stock_lots": summary.stock_added,
    }


def measure_import(path: Path, db: Path, work: Path, repeats: int) -> dict[str, Any]:
    log(f"import: pymarc reads {path.name}")
    pymarc_s, count = timed(lambda: pymarc_read(path), repeats)
    log("import: yaz-marcdump -o marcxml")
    yaz_s, _ = timed(lambda: yaz(["-i", "marc", "-o", "marcxml", str(path)]), repeats)
    log(f"import: ours into {db.name}")
    ours = import_file(path, db, work)
    return {
        "records": count,
        "imported": ours["imported"],
        "rejected": ours["rejected"],
        "copies": ours["copies"],
        "ours_s": round(ours["seconds"], 2),
        "pymarc_read_s": round(pymarc_s, 2),
        "yaz_marcxml_s": round(yaz_s, 2),
        "ratio_to_pymarc": ratio(ours["seconds"], pymarc_s),
        "ratio_to_yaz": ratio(ours["seconds"], yaz_s),
        "records_per_s": round(ours["imported"] / ours["seconds"]) if ours["seconds"] else None,
        "goal_met": ours["seconds"] <= IMPORT_GOAL * pymarc_s,
    }


# ---------------------------------------------------------------- export


def export_catalog(db: Path, profile_name: str, out: Path) -> tuple[float, int]:
    from shkola_lib.catalog.exporter import ExportSummary
    from shkola_lib.catalog.profiles import get_profile
    from shkola_lib.catalog.service import CatalogService

    profile = get_profile(profile_name)
    service = CatalogService.open(db)
    try:
        summary = ExportSummary()
        start = time.perf_counter()
        for _ in service.run_export(profile, out, summary):
            pass
        seconds = time.perf_counter() - start
    finally:
        service.close()
    return seconds, summary.written


def pymarc_write(source: Path, out: Path, xml: bool, chunk: int = 5000) -> float:
    """Seconds pymarc spends writing the records of ``source`` (reading is not counted)."""
    spent = 0.0
    with open(source, "rb") as src, open(out, "wb") as dst:
        reader = pymarc.MARCReader(src, to_unicode=True, force_utf8=True)
        writer = pymarc.XMLWriter(dst) if xml else pymarc.MARCWriter(dst)
        batch: list[pymarc.Record] = []
        done = False
        while not done:
            batch.clear()
            for record in reader:
                if record is not None:
                    batch.append(record)
                if len(batch) >= chunk:
                    break
            else:
                done = True
            start = time.perf_counter()
            for record in batch:
                writer.write(record)
            spent += time.perf_counter() - start
        start = time.perf_counter()
        if xml:
            writer.close(close_fh=False)
        spent += time.perf_counter() - start
    return spent


def measure_export(
    db: Path, flavour: str, size: int, work: Path, repeats: int
) -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = {}
    iso_profile = "marc21" if flavour == "marc21" else "rusmarc"
    formats = [("iso2709", iso_profile)] + ([("marcxml", "marcxml")] if flavour == "marc21" else [])
    iso_out = work / f"export-{iso_profile}-{size}.mrc"
    for fmt, profile in formats:
        out = work / f"export-{profile}-{size}.{'xml' if fmt == 'marcxml' else 'mrc'}"
        log(f"export: ours through the {profile} profile")
        runs = [export_catalog(db, profile, out) for _ in range(max(1, repeats))]
        ours_s, written = statistics.median(r[0] for r in runs), runs[-1][1]
        xml = fmt == "marcxml"
        log(f"export: pymarc writes the same records ({fmt})")
        # pymarc_write returns the seconds spent writing; timing the call would also
        # count pymarc reading the file first (that made the baseline 3-6x too slow).
        pym_s = statistics.median(
            pymarc_write(iso_out, work / "pymarc-out", xml) for _ in range(max(1, repeats))
        )
        log(f"export: yaz-marcdump -o {'marcxml' if xml else 'marc'}")
        yaz_s, _ = timed(
            lambda x=xml: yaz(
                ["-i", "marc", "-o", "marcxml" if x else "marc", str(iso_out)], work / "yaz-out"
            ),
            repeats,
        )
        results[f"{flavour}_{fmt}"] = {
            "profile": profile,
            "records": written,
            "ours_s": round(ours_s, 2),
            "pymarc_write_s": round(pym_s, 2),
            "yaz_convert_s": round(yaz_s, 2),
            "ratio_to_pymarc": ratio(ours_s, pym_s),
            "ratio_to_yaz": ratio(ours_s, yaz_s),
            "records_per_s": round(written / ours_s) if ours_s else None,
            "goal_met": ours_s <= EXPORT_GOAL * pym_s,
        }
    for name in ("pymarc-out", "yaz-out"):
        (work / name).unlink(missing_ok=True)
    return results


# ---------------------------------------------------------------- search


def measure_search(db: Path, repeats: int) -> dict[str, Any]:
    result = search_latency.measure(db, repeats=repeats)
    result.setdefault("measured_by", "benchmarks/search_latency.py")
    return result


def search_goal(result: dict[str, Any], size: int) -> None:
    goal = SEARCH_GOAL_MS.get(size)
    p95 = result.get("ours_ms_p95", result.get("p95_ms"))
    if goal is not None and p95 is not None:
        result["goal_ms_p95"] = goal
        result["goal_met"] = p95 <= goal


# ---------------------------------------------------------------- catalogs


def demo_catalog(work: Path, size: int) -> Path:
    """A demo catalog of ``size`` records (kept in ``work`` and reused)."""
    from shkola_lib.catalog.service import CatalogService

    db = work / f"demo-{size}.sqlite"
    marker = work / f"demo-{size}.done"
    if db.exists() and marker.exists():
        return db
    remove_catalog(db)
    log(f"catalogs: generating a demo catalog of {size:,} records")
    service = CatalogService.open(db)
    try:
        for _ in service.generate_demo(size):
            pass
    finally:
        service.close()
    marker.write_text("ok\n")
    return db


def marc_file(work: Path, size: int, flavour: str) -> tuple[Path, dict[str, Any]]:
    path = work / f"{flavour}-{size}.mrc"
    info = work / f"{flavour}-{size}.json"
    if path.exists() and info.exists():
        return path, json.loads(info.read_text())
    log(f"generate: {size:,} {flavour} records")
    generated = generate_marc.generate(path, size, flavour).as_json()
    info.write_text(json.dumps(generated))
    return path, generated


# ---------------------------------------------------------------- the run


def run(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    os.environ["SHKOLA_LIB_DATA_DIR"] = str(work / "userdata")
    os.environ.pop("SHKOLA_LIB_DB", None)
    only = set(args.only or MEASURES)
    sizes = sorted(args.sizes)
    flavours = ["marc21"] if args.quick else list(args.flavours)
    slow_repeats = 1 if args.quick else args.repeats
    out: dict[str, Any] = {
        "mode": "quick" if args.quick else "full",
        "sizes": sizes,
        "machine": machine(),
        "notes": [],
    }
    imported: dict[tuple[str, int], Path] = {}

    if only & {"import", "export"}:
        out["generate"] = {}
        for size in sizes:
            for flavour in flavours:
                path, info = marc_file(work, size, flavour)
                out["generate"][f"{flavour}_{size}"] = {
                    k: info[k] for k in ("records", "copies", "stock_lots", "bytes", "seconds")
                }
    if "import" in only or "export" in only:
        out["import"] = {"goal": f"≤ {IMPORT_GOAL}× pymarc's bare read"}
        for size in sizes:
            for flavour in flavours:
                path = work / f"{flavour}-{size}.mrc"
                db = work / f"import-{flavour}-{size}.sqlite"
                result = measure_import(path, db, work, args.repeats)
                out["import"][f"{flavour}_{size}"] = result
                imported[(flavour, size)] = db
                log(f"import {flavour} {size}: {json.dumps(result)}")
        if "import" not in only:
            out.pop("import")
    if "export" in only:
        out["export"] = {"goal": f"≤ {EXPORT_GOAL}× pymarc writing the same records"}
        for (flavour, size), db in imported.items():
            for key, result in measure_export(db, flavour, size, work, slow_repeats).items():
                out["export"][f"{key}_{size}"] = result
                log(f"export {key} {size}: {json.dumps(result)}")

    def small_catalog() -> Path:
        """Quick mode's catalog for search, start-up and memory: the imported 10k."""
        size = sizes[0]
        db = imported.get(("marc21", size))
        if db is None:
            db = work / f"import-marc21-{size}.sqlite"
            path, _ = marc_file(work, size, "marc21")
            import_file(path, db, work)
            imported[("marc21", size)] = db
        return db

    if "search" in only:
        out["search"] = {"goal": "p95 ≤ 10 ms at 100,000 records, ≤ 50 ms at 1,000,000"}
        if args.quick:
            out["notes"].append(
                f"quick: search, start-up and memory use the imported {sizes[0]:,}-record catalog"
            )
            targets = [(sizes[0], small_catalog())]
        else:
            targets = [(size, demo_catalog(work, size)) for size in sizes]
        for size, db in targets:
            log(f"search: {db.name}")
            result = measure_search(db, args.repeats)
            search_goal(result, size)
            out["search"][str(size)] = result
            log(f"search {size}: {json.dumps(result)}")

    if "startup" in only:
        import startup

        if args.quick:
            catalogs = {f"records_{sizes[0]}": small_catalog()}
        else:
            size = 100_000 if 100_000 in sizes else sizes[0]
            catalogs = {f"records_{size}": demo_catalog(work, size)}
        log(f"startup: bare window, empty catalog, {', '.join(catalogs)}")
        out["startup"] = startup.measure(catalogs, repeats=args.startup_repeats, work=work)

    if "labels" in only:
        import labels

        log("labels: 1,000 QR labels, ours and reportlab's QrCodeWidget")
        result = labels.measure(1000, runs=slow_repeats, sample_pages=3 if args.quick else 5)
        result["goal"] = f"≥ {LABELS_GOAL}× faster than QrCodeWidget, every code decoded"
        result["goal_met"] = (
            result["ratio"] >= LABELS_GOAL and result["decoded"] == result["checked"]
        )
        out["labels"] = result

    if "memory" in only:
        db = small_catalog() if args.quick else demo_catalog(work, sizes[-1])
        log(f"memory: the main window scrolls through {db.name}")
        proc = subprocess.run(
            [sys.executable, str(HERE / "gui_smoothness.py"), "--db", str(db)],
            capture_output=True,
            text=True,
            env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
            check=False,
        )
        lines = [x for x in proc.stdout.splitlines() if x.startswith("{")]
        if proc.returncode != 0 or not lines:
            raise RuntimeError(f"gui_smoothness.py failed: {proc.stderr[-2000:]}")
        result = json.loads(lines[-1])
        rss = result.get("rss_mb", {})
        result["growth_10_to_100_mb"] = round(rss.get("100%", 0) - rss.get("10%", 0), 1)
        again = round(rss.get("second_pass_100%", 0) - rss.get("100%", 0), 1)
        result["growth_second_pass_mb"] = again
        result["goal"] = (
            f"peak ≤ {MEMORY_GOAL_MB:.0f} MB, not growing with rows scrolled "
            f"(a second pass over the table adds ≤ {MEMORY_SECOND_PASS_MB:.0f} MB)"
        )
        result["goal_met"] = (
            result["peak_rss_mb"] <= MEMORY_GOAL_MB and again <= MEMORY_SECOND_PASS_MB
        )
        out["memory"] = result

    out["machine"]["load_average_at_end"] = [round(x, 2) for x in os.getloadavg()]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 records, under 2 minutes")
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--flavours", nargs="+", default=list(generate_marc.FLAVOURS))
    parser.add_argument("--only", nargs="+", choices=MEASURES, help="run only these measures")
    parser.add_argument("--repeats", type=int, default=3, help="repeats of the fast steps")
    parser.add_argument("--startup-repeats", type=int, default=None)
    parser.add_argument("--work", type=Path, help="folder for generated files (kept)")
    parser.add_argument("--out", type=Path, help="also write the JSON object to this file")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes = [10_000]
    if args.startup_repeats is None:
        args.startup_repeats = 3 if args.quick else 5
    started = time.monotonic()
    if args.work:
        args.work.mkdir(parents=True, exist_ok=True)
        work = args.work.resolve()
        if ROOT in work.parents or work == ROOT:
            parser.error("--work must be outside the repository")
        result = run(args, work)
    else:
        work = Path(tempfile.mkdtemp(prefix="shkola-bench-"))
        try:
            result = run(args, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    result["wall_s"] = round(time.monotonic() - started, 1)
    text = json.dumps(result, ensure_ascii=False)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
