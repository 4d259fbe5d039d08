"""The benchmark tools themselves: the MARC generator and the start-up probe of the app.

Timings belong in ``benchmarks/`` (``benchmarks/run.py``); these tests only check that
the tools produce what the figures rely on.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pymarc
import pytest

from shkola_lib.app import STARTUP_PROBE_ENV, STARTUP_PROBE_QUERY
from shkola_lib.catalog.importer import ImportOptions, ImportSummary
from shkola_lib.catalog.service import CatalogService
from tests.exchange.support import load_benchmark

generate_marc = load_benchmark("generate_marc")
import_floor = load_benchmark("import_floor")
HOLDINGS = {"marc21": "852", "rusmarc": "899"}


@pytest.mark.parametrize("flavour", ["marc21", "rusmarc"])
def test_generator_writes_n_valid_records_with_holdings(tmp_path: Path, flavour: str) -> None:
    path = tmp_path / f"{flavour}.mrc"
    info = generate_marc.generate(path, 300, flavour)
    assert info.records == 300
    with open(path, "rb") as fh:
        records = list(pymarc.MARCReader(fh, to_unicode=True, force_utf8=True))
    assert len(records) == 300 and all(r is not None for r in records)
    leader = str(records[0].leader)
    assert leader[9] == ("a" if flavour == "marc21" else " ")
    tag = HOLDINGS[flavour]
    copies = sum(1 for r in records for f in r.get_fields(tag) if f.get("p") or f.get("x"))
    assert copies == info.copies > 300 * 0.6
    assert sum(len(r.get_fields("990")) for r in records) == info.stock_lots > 0
    title_tag = "245" if flavour == "marc21" else "200"
    titles = " ".join(r[title_tag]["a"] for r in records)
    assert any(ch in titles for ch in "әіңғүұқө")  # Kazakh letters
    assert any(ch in titles for ch in "ыэъё")  # Russian ones
    isbns = [r["020" if flavour == "marc21" else "010"]["a"] for r in records]
    assert len(set(isbns)) == 300


@pytest.mark.skipif(shutil.which("yaz-marcdump") is None, reason="yaz-marcdump not installed")
@pytest.mark.parametrize("flavour", ["marc21", "rusmarc"])
def test_generated_file_is_read_by_yaz_marcdump(tmp_path: Path, flavour: str) -> None:
    path = tmp_path / f"{flavour}.mrc"
    generate_marc.generate(path, 50, flavour)
    out = subprocess.run(
        ["yaz-marcdump", "-i", "marc", "-o", "marcxml", str(path)],
        capture_output=True,
        check=True,
    )
    assert out.stdout.count(b"<record") == 50
    assert out.stdout.count(f'tag="{HOLDINGS[flavour]}"'.encode()) > 0
    with open(path, "rb") as fh:
        reader = pymarc.MARCReader(fh, to_unicode=True, force_utf8=True)
        titles = [r["245" if flavour == "marc21" else "200"]["a"] for r in reader]
    assert all(title.encode() in out.stdout for title in titles)  # YAZ decodes the text


@pytest.mark.parametrize("flavour", ["marc21", "rusmarc"])
def test_generated_titles_and_authors_have_a_long_tail(tmp_path: Path, flavour: str) -> None:
    """Not a few dozen titles repeated: most titles and authors of 2,000 records are
    rare, while the classics still come back many times (as in a school's fund)."""
    path = tmp_path / f"{flavour}.mrc"
    generate_marc.generate(path, 2000, flavour)
    title_tag, author_tag = ("245", "100") if flavour == "marc21" else ("200", "700")
    with open(path, "rb") as fh:
        records = list(pymarc.MARCReader(fh, to_unicode=True, force_utf8=True))
    books = [r for r in records if not r.get_fields("990")]  # textbooks are named by subject
    titles = Counter(r[title_tag]["a"] for r in books)
    authors = Counter(" ".join(r[author_tag].get_subfields("a", "g")) for r in records)
    assert len(titles) > 500 and len(authors) > 700
    assert titles.most_common(1)[0][1] >= 5  # a classic
    assert sum(1 for n in titles.values() if n == 1) > len(titles) / 2


def test_generator_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a.mrc", tmp_path / "b.mrc"
    generate_marc.generate(a, 40, "rusmarc", seed=7)
    generate_marc.generate(b, 40, "rusmarc", seed=7)
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("flavour", ["marc21", "rusmarc"])
def test_generated_file_imports_with_copies_and_stock(
    tmp_path: Path, catalog: CatalogService, flavour: str
) -> None:
    path = tmp_path / f"{flavour}.mrc"
    info = generate_marc.generate(path, 60, flavour)
    summary = ImportSummary(file=path)
    for _ in catalog.run_import(path, ImportOptions(report_dir=tmp_path), summary):
        pass
    assert summary.flavour == flavour
    assert (summary.read, summary.imported, summary.rejected) == (60, 60, 0)
    assert summary.copies_added == info.copies
    counts = catalog.counts()
    assert counts.records == 60 and counts.copies == info.copies
    assert counts.textbooks == info.stock_lots and counts.stock_copies > 0
    assert not summary.warnings


def _probe(db: Path, tmp_path: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SHKOLA_LIB_DATA_DIR=str(tmp_path / "userdata"),
        **extra,
    )
    return subprocess.run(
        [sys.executable, "-m", "shkola_lib", "--db", str(db), "--lang", "en"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_startup_probe_prints_the_moments_and_closes(tmp_path: Path) -> None:
    db = tmp_path / "probe.sqlite"
    service = CatalogService.open(db)
    for _ in service.generate_demo(50):
        pass
    service.close()
    expected = len(CatalogService.open(db).search(STARTUP_PROBE_QUERY))
    proc = _probe(db, tmp_path, **{STARTUP_PROBE_ENV: "1"})
    assert proc.returncode == 0, proc.stderr
    lines = [x for x in proc.stdout.splitlines() if x.startswith("{")]
    assert len(lines) == 1
    probe = json.loads(lines[0])["startup_probe"]
    assert 0 < probe["shown"] <= probe["searchable"]
    assert probe["matches"] == expected


def test_startup_benchmark_writes_the_bytecode_an_installation_has() -> None:
    import importlib.util

    import shkola_lib.cli

    startup = load_benchmark("startup")
    assert startup.compile_package()
    source = Path(shkola_lib.cli.__file__)
    cached = Path(importlib.util.cache_from_source(str(source)))
    # a .pyc is valid for the source's mtime and size, which its header records
    header = cached.read_bytes()[:16]
    assert int.from_bytes(header[8:12], "little") == int(source.stat().st_mtime)
    assert int.from_bytes(header[12:16], "little") == source.stat().st_size


def test_startup_probe_helper_measures_against_a_bare_window(tmp_path: Path) -> None:
    startup = load_benchmark("startup")
    env = startup._env(tmp_path)
    bare = startup.run_once(startup.bare_command(), env)
    table = startup.run_once(startup.table_command(), env)
    ours = startup.run_once(startup.app_command(tmp_path / "empty.sqlite"), env)
    assert bare["shown"] > 0 and table["shown"] > 0
    assert 0 < ours["shown"] <= ours["searchable"]
    assert ours["matches"] == 0


def test_startup_benchmark_runs_the_variants_in_turn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Round by round (bare, empty, each catalog), not each variant's runs in a block:
    a machine whose load changes half-way would otherwise skew the ratios."""
    startup = load_benchmark("startup")
    order: list[str] = []
    times = {"bare": 0.1, "empty": 0.25, "big": 0.3}

    def fake_run(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
        references = {
            tuple(startup.bare_command()): "bare",
            tuple(startup.table_command()): "table",
        }
        name = references.get(tuple(cmd)) or Path(cmd[-3]).stem
        name = {"startup-empty": "empty"}.get(name, name)
        order.append(name)
        if name in references.values():
            return {"shown": times[name]}
        return {"shown": times[name], "searchable": times[name] + 0.01, "matches": 0}

    times["table"] = 0.2
    monkeypatch.setattr(startup, "run_once", fake_run)
    result = startup.measure({"big": tmp_path / "big.sqlite"}, repeats=3, work=tmp_path)
    assert order == ["bare", "table", "empty", "big"] * 4  # a warm-up round, then three
    assert result["bare_window"]["shown_s"] == 0.1
    assert result["table_window"]["shown_s"] == 0.2
    assert result["big"]["ratio_searchable_to_bare"] == 3.1
    assert result["big"]["ratio_searchable_to_table_window"] == 1.55
    assert result["empty"]["goal_met"] is False


def test_startup_timeline_marks_every_step_in_order(tmp_path: Path) -> None:
    """Every wrapped step is passed (a renamed function would leave its mark out) and
    the sums that judge the goal are made of the steps."""
    timeline = load_benchmark("startup_timeline")
    result = timeline.measure(repeats=1, work=tmp_path)
    at = [result["at_s"][name] for name in timeline.MARKS]
    assert all(0 < a <= b for a, b in pairwise(at))
    steps = result["step_s"]
    assert sum(steps.values()) == pytest.approx(result["at_s"]["searchable"], abs=0.001)
    modules = steps["command_line"] + steps["app"] + steps["window_modules"]
    assert result["our_modules_s"] == pytest.approx(modules, abs=0.001)
    assert result["rest_beyond_bare_s"] == pytest.approx(
        result["at_s"]["searchable"] - result["bare_window_s"] - modules, abs=0.001
    )
    assert result["ratio_without_our_modules"] < result["ratio"]


def test_sqlite_time_leaves_out_the_python_that_sqlite_calls_back() -> None:
    """The floor counts SQLite's own work; a Python function called from SQL is ours."""
    import cProfile
    import pstats
    import sqlite3
    import time

    def slow_fold(text: str) -> str:
        until = time.perf_counter() + 0.05
        while time.perf_counter() < until:
            pass
        return text.lower()

    con = sqlite3.connect(":memory:")
    con.create_function("slow_fold", 1, slow_fold)
    con.execute("CREATE TABLE t (x TEXT)")
    profile = cProfile.Profile()
    profile.enable()
    con.executemany("INSERT INTO t VALUES (slow_fold(?))", [("А",), ("Б",), ("В",)])
    con.commit()
    profile.disable()
    spent = import_floor.sqlite_seconds(pstats.Stats(profile))
    assert {"executemany", "commit"} <= set(spent)
    assert 0 < sum(spent.values()) < 0.05  # three callbacks took 0.15 s; none is counted
    assert con.execute("SELECT x FROM t ORDER BY x").fetchall() == [("а",), ("б",), ("в",)]


def test_import_floor_adds_the_reader_to_sqlite_s_own_work(tmp_path: Path) -> None:
    path = tmp_path / "marc21.mrc"
    generate_marc.generate(path, 300, "marc21")
    result = import_floor.measure(path, tmp_path / "work", repeats=1)
    assert result["records"] == result["read_by_us"] == result["imported"] == 300
    assert result["sqlite_by_call_s"]["executemany"] > 0
    assert result["sqlite_s"] == pytest.approx(sum(result["sqlite_by_call_s"].values()), abs=0.01)
    assert result["floor_s"] == pytest.approx(result["reader_s"] + result["sqlite_s"], abs=0.002)
    # both parts of the floor are parts of the import, so the floor is below it
    assert result["reader_s"] < result["import_s"] and result["sqlite_s"] < result["import_s"]
    assert result["floor_ratio_to_pymarc"] == pytest.approx(
        result["floor_s"] / result["pymarc_read_s"], rel=0.05
    )
    assert result["goal_reachable"] == (result["floor_s"] <= 1.5 * result["pymarc_read_s"])
