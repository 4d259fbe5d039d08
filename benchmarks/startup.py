"""Start-up: process start → main window shown → first search answered, vs a bare window.

Usage: python benchmarks/startup.py [--db CATALOG ...] [--repeats 5] [--work DIR]

Starts the real program (``python -m shkola_lib --db FILE``) on the offscreen platform
with ``SHKOLA_LIB_STARTUP_PROBE=1``: the app prints ``time.monotonic()`` once the event
loop runs with the main window shown and once a search typed in the search box has
been answered in the table, then closes normally (see ``shkola_lib.app.startup_probe``).
The clock is started in this process just before the child is spawned, so the figures
include the interpreter's own start and every import. The baseline is a bare PySide6
script started the same way: a QApplication and an empty QMainWindow shown. A second
reference, reported beside it but not judged: a window of Qt's own classes showing a
search box over a table of text (``table_window``), which opens no catalog and runs none
of our code.

Always measures an empty catalog (created once before the timed runs); each ``--db``
adds a catalog that exists already. The package's ``.pyc`` files are written first, as
an installation writes them (pip, the frozen build): under ``PYTHONDONTWRITEBYTECODE`` a
source checkout would otherwise compile every changed module at every start. Every
variant is warmed up once (disk cache), then the variants run in turn, ``--repeats``
rounds (bare window, table window, empty catalog, each catalog, then again), so that a change in the
machine's load shifts them all alike; the medians are reported. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_S = 1.0
GOAL_RATIO = 2.0
# Both reference windows end alike: shown, then the moment the event loop runs is printed.
_SHOWN = """\
window.show()
def shown():
    print(json.dumps({"startup_probe": {"shown": time.monotonic()}}), flush=True)
    window.close()
QTimer.singleShot(0, shown)
app.exec()
"""
BARE_WINDOW = (
    """\
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
"""
    + _SHOWN
)

# A second reference, not the goal's: a window that shows what ours shows at first — a
# search box over a table of Kazakh and Russian text — built from Qt's own classes, with
# no catalog to open and none of our code. Ours ÷ this says what our code and the catalog
# add to a window of the same kind.
TABLE_WINDOW = (
    """\
import json, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication, QLineEdit, QMainWindow, QTableView, QVBoxLayout, QWidget
)
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
model = QStandardItemModel(40, 4)
for row in range(40):
    for column, text in enumerate(("Абай жолы", "Әуезов М.", "Алматы", "2019")):
        model.setItem(row, column, QStandardItem(f"{text} {row}"))
table = QTableView()
table.setModel(model)
central = QWidget()
layout = QVBoxLayout(central)
layout.addWidget(QLineEdit())
layout.addWidget(table)
window.setCentralWidget(central)
"""
    + _SHOWN
)


def _env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SHKOLA_LIB_STARTUP_PROBE="1",
        SHKOLA_LIB_DATA_DIR=str(work / "userdata"),
        XDG_CONFIG_HOME=str(work / "config"),
    )
    env.pop("SHKOLA_LIB_DB", None)
    return env


def run_once(cmd: list[str], env: dict[str, str], timeout: float = 120) -> dict[str, float]:
    """Seconds from spawning ``cmd`` to the probe's moments (``shown``, ``searchable``)."""
    start = time.monotonic()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=timeout)
    for line in proc.stdout.splitlines():
        if line.startswith('{"startup_probe"'):
            probe = json.loads(line)["startup_probe"]
            out = {k: probe[k] - start for k in ("shown", "searchable") if k in probe}
            if "matches" in probe:
                out["matches"] = probe["matches"]
            if "marks" in probe:  # startup_timeline.py's wrapper
                out["marks"] = {k: v - start for k, v in probe["marks"].items()}
            return out
    raise RuntimeError(
        f"no start-up probe line from {cmd} (exit {proc.returncode}): {proc.stderr[-2000:]}"
    )


def app_command(db: Path) -> list[str]:
    return [sys.executable, "-m", "shkola_lib", "--db", str(db), "--lang", "kk"]


def bare_command() -> list[str]:
    return [sys.executable, "-c", BARE_WINDOW]


def table_command() -> list[str]:
    return [sys.executable, "-c", TABLE_WINDOW]


def _interleaved(
    commands: dict[str, list[str]], env: dict[str, str], repeats: int
) -> dict[str, list[dict[str, float]]]:
    """``repeats`` rounds, each running every command once in turn: a machine that gets
    busier or quieter during the measurement shifts every variant alike, so the ratios
    stay side by side. Each command is warmed up once first (disk cache, first-run
    settings)."""
    for cmd in commands.values():
        run_once(cmd, env)
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in commands}
    for _ in range(repeats):
        for name, cmd in commands.items():
            runs[name].append(run_once(cmd, env))
    return runs


def _medians(runs: list[dict[str, float]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for key in ("shown", "searchable"):
        if key in runs[0]:
            values = [r[key] for r in runs]
            out[f"{key}_s"] = round(statistics.median(values), 3)
            out[f"{key}_s_min"] = round(min(values), 3)
            out[f"{key}_s_max"] = round(max(values), 3)
    if "matches" in runs[0]:
        out["matches"] = int(runs[0]["matches"])
    return out


def compile_package() -> bool:
    """Write the ``.pyc`` files of shkola_lib, as installing it does."""
    import shkola_lib

    return bool(compileall.compile_dir(Path(shkola_lib.__file__).parent, quiet=1))


def measure(
    catalogs: dict[str, Path] | None = None, repeats: int = 5, work: Path | None = None
) -> dict[str, object]:
    """Start-up figures: the bare window, an empty catalog and each named catalog."""
    compile_package()
    with tempfile.TemporaryDirectory(prefix="shkola-startup-") as tmp:
        folder = Path(work or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        env = _env(folder)
        empty = folder / "startup-empty.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{empty}{suffix}").unlink(missing_ok=True)
        variants = {"empty": empty, **(catalogs or {})}
        commands = {"bare_window": bare_command(), "table_window": table_command()}
        commands.update({name: app_command(db) for name, db in variants.items()})
        runs = _interleaved(commands, env, repeats)
        bare = _medians(runs["bare_window"])
        table = _medians(runs["table_window"])
        result: dict[str, object] = {"repeats": repeats, "bare_window": bare}
        result["table_window"] = table
        for name in variants:
            ours = _medians(runs[name])
            ours["ratio_shown_to_bare"] = round(ours["shown_s"] / bare["shown_s"], 2)
            ours["ratio_searchable_to_bare"] = round(ours["searchable_s"] / bare["shown_s"], 2)
            ours["ratio_searchable_to_table_window"] = round(
                ours["searchable_s"] / table["shown_s"], 2
            )
            ours["goal_met"] = (
                ours["searchable_s"] <= GOAL_S and ours["ratio_searchable_to_bare"] <= GOAL_RATIO
            )
            result[name] = ours
        result["goal"] = f"searchable ≤ {GOAL_S} s and ≤ {GOAL_RATIO}× the bare window"
        return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, action="append", default=[], help="a catalog")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--work", type=Path, help="folder for the empty catalog and settings")
    args = parser.parse_args(argv)
    catalogs = {db.stem: db for db in args.db}
    print(json.dumps(measure(catalogs, args.repeats, args.work)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
