"""``benchmarks/run.py`` end to end, on 400 records: every measure runs and its figures
are consistent with each other and with the files it made.

The timings themselves are not judged here (they belong in docs/BENCHMARKS.md); what is
checked is that the runner measures what it says: the same records on both sides of
each ratio, every record imported and exported, every sampled label decoded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pymarc
import pytest

from tests.exchange.support import load_benchmark

ROOT = Path(__file__).resolve().parents[1]
SIZE = 400


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    work = tmp_path_factory.mktemp("bench")
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--sizes",
            str(SIZE),
            "--repeats",
            "1",
            "--startup-repeats",
            "1",
            "--work",
            str(work),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.splitlines()[-1]), work


def _goals(node: object) -> list[object]:
    if isinstance(node, dict):
        found = [node["goal_met"]] if "goal_met" in node else []
        return found + [g for value in node.values() for g in _goals(value)]
    return []


def test_one_json_object_with_every_measure_and_the_machine(run: tuple[dict, Path]) -> None:
    result, _ = run
    assert {"import", "export", "search", "startup", "labels", "memory"} <= set(result)
    machine = result["machine"]
    assert machine["cpus"] >= 1 and machine["commit"] and machine["pymarc"]
    goals = _goals(result)
    # import ×2, export ×3, start-up (empty, with records), labels, memory; search has
    # goals at 100,000 and 1,000,000 records only
    assert len(goals) == 9 and all(isinstance(goal, bool) for goal in goals), goals


@pytest.mark.parametrize("flavour", ["marc21", "rusmarc"])
def test_every_generated_record_is_imported_and_the_ratio_is_ours_over_pymarc(
    run: tuple[dict, Path], flavour: str
) -> None:
    result, _ = run
    figures = result["import"][f"{flavour}_{SIZE}"]
    assert figures["records"] == figures["imported"] == SIZE
    assert figures["rejected"] == 0
    assert figures["copies"] == result["generate"][f"{flavour}_{SIZE}"]["copies"]
    # the seconds are rounded to 0.01 in the JSON, the ratio is not
    ours, pymarc_s, half = figures["ours_s"], figures["pymarc_read_s"], 0.005
    low = (ours - half) / (pymarc_s + half)
    high = (ours + half) / max(pymarc_s - half, 1e-6)
    assert low <= figures["ratio_to_pymarc"] <= high


def test_every_record_is_exported_and_pymarc_writes_the_same_records(
    run: tuple[dict, Path], tmp_path: Path
) -> None:
    result, work = run
    for key, profile in [
        (f"marc21_iso2709_{SIZE}", "marc21"),
        (f"marc21_marcxml_{SIZE}", "marcxml"),
        (f"rusmarc_iso2709_{SIZE}", "rusmarc"),
    ]:
        assert result["export"][key]["records"] == SIZE, key
        assert result["export"][key]["profile"] == profile
    # The baseline writes the records of our ISO 2709 export, all of them, unchanged,
    # and its time leaves out reading them.
    ours = work / f"export-marc21-{SIZE}.mrc"
    copy = tmp_path / "pymarc.mrc"
    run_module = load_benchmark("run")
    seconds = run_module.pymarc_write(ours, copy, xml=False, chunk=150)
    assert seconds > 0

    def records(path: Path) -> list[list[str]]:
        with open(path, "rb") as fh:
            reader = pymarc.MARCReader(fh, to_unicode=True, force_utf8=True)
            return [[str(field) for field in record.fields] for record in reader]

    assert len(records(ours)) == SIZE
    assert records(copy) == records(ours)


def test_search_figures_are_ordered_and_the_naive_scan_is_measured(
    run: tuple[dict, Path],
) -> None:
    result, _ = run
    search = result["search"][str(SIZE)]
    assert search["records"] == SIZE
    assert 0 < search["ours_ms_p50"] <= search["ours_ms_p95"] <= search["ours_ms_p99"]
    assert search["ours_ms_p99"] <= search["ours_ms_max"]
    assert search["naive_like_ms_p50"] > 0
    assert search["queries"] >= 90  # every prefix typed, ISBN and inventory numbers
    assert max(search["most_matches"].values()) <= SIZE


def test_startup_labels_and_memory_report_real_figures(run: tuple[dict, Path]) -> None:
    result, _ = run
    startup = result["startup"]
    assert 0 < startup["bare_window"]["shown_s"]
    catalog = startup[f"records_{SIZE}"]
    assert 0 < catalog["shown_s"] <= catalog["searchable_s"]
    assert catalog["matches"] > 0  # the probe's query finds the demo's «абай»
    labels = result["labels"]
    assert labels["checked"] > 0 and labels["decoded"] == labels["checked"]
    memory = result["memory"]
    assert 0 < memory["peak_rss_mb"] < 2000
