"""Where the start-up goes: the steps from process start to the first search answered.

Usage: python benchmarks/startup_timeline.py [--db CATALOG] [--repeats 9]

Starts the real program as ``startup.py`` does (``SHKOLA_LIB_STARTUP_PROBE=1``, the
offscreen platform, the clock started in this process just before the spawn), through a
small wrapper that imports the same modules in the same order the program does and
notes the time after each step:

* ``python`` — the interpreter is up (``site`` included);
* ``pyside6`` — PySide6's QtCore, QtGui and QtWidgets are loaded (a bare window's import);
* ``qt_namespace`` — PySide6 has made the Python enums of the ``Qt`` namespace;
* ``command_line``, ``app``, ``window_modules`` — our modules: the command line, the
  composition root, the main window and what it imports;
* ``run_gui`` … ``window_built`` — the QApplication, settings, translations, the lock and
  the catalog opened, the window constructed;
* ``show_returned``, ``shown`` (the event loop runs with the window painted), ``searchable``.

The bare window (``startup.py``) is measured in the same rounds. Prints one JSON object:
the median time of each mark, the median step between marks, and the two sums that judge
the start-up goal: our own modules' import time, and everything else the window needs
beyond the bare window.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import startup

MARKS = (
    "python",
    "pyside6",
    "qt_namespace",
    "command_line",
    "app",
    "window_modules",
    "run_gui",
    "catalog_opened",
    "window_built",
    "show_returned",
    "shown",
    "searchable",
)
OUR_MODULES = ("command_line", "app", "window_modules")

WRAPPER = """\
import json, os, sys, time
marks = {"python": time.monotonic()}
import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
marks["pyside6"] = time.monotonic()
from PySide6.QtCore import Qt
marks["qt_namespace"] = time.monotonic()
import shkola_lib.cli as cli
marks["command_line"] = time.monotonic()
import shkola_lib.app as app
marks["app"] = time.monotonic()
import shkola_lib.ui.catalog_opening as opening
import shkola_lib.ui.main_window as main_window
marks["window_modules"] = time.monotonic()

def wrap(owner, name, before=None, after=None):
    original = getattr(owner, name)
    def wrapped(*args, **kwargs):
        if before:
            marks[before] = time.monotonic()
        result = original(*args, **kwargs)
        if after:
            marks[after] = time.monotonic()
        return result
    setattr(owner, name, wrapped)

wrap(app, "setup_logging", before="run_gui")
wrap(opening, "open_catalog", after="catalog_opened")
wrap(main_window.MainWindow, "__init__", after="window_built")
wrap(app, "startup_probe", before="show_returned")
real_print = print

def report(*args, **kwargs):
    text = args[0] if args else ""
    if isinstance(text, str) and text.startswith('{"startup_probe"'):
        probe = json.loads(text)["startup_probe"]
        marks.update(shown=probe["shown"], searchable=probe["searchable"])
        text = json.dumps({"startup_probe": {**probe, "marks": marks}})
        return real_print(text, **kwargs)
    return real_print(*args, **kwargs)

import builtins
builtins.print = report
sys.exit(cli.main(sys.argv[1:]))
"""


def _run(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from the spawn to each mark (``startup.run_once`` reads the probe line)."""
    marks = startup.run_once(cmd, env)["marks"]
    return {name: marks[name] for name in MARKS}


def measure(db: Path | None = None, repeats: int = 9, work: Path | None = None) -> dict:
    startup.compile_package()
    with tempfile.TemporaryDirectory(prefix="shkola-timeline-") as tmp:
        folder = Path(work or tmp)
        folder.mkdir(parents=True, exist_ok=True)
        env = startup._env(folder)
        catalog = db or folder / "timeline-empty.sqlite"
        ours = [sys.executable, "-c", WRAPPER, "--db", str(catalog), "--lang", "kk"]
        bare = startup.bare_command()
        startup.run_once(bare, env)
        _run(ours, env)  # warm-up: the disk cache, the empty catalog made
        timelines, bares = [], []
        for _ in range(repeats):
            bares.append(startup.run_once(bare, env)["shown"])
            timelines.append(_run(ours, env))
    at = {name: statistics.median(t[name] for t in timelines) for name in MARKS}
    steps = {
        name: statistics.median(t[name] - (t[MARKS[i - 1]] if i else 0.0) for t in timelines)
        for i, name in enumerate(MARKS)
    }
    bare_s = statistics.median(bares)
    modules = sum(steps[name] for name in OUR_MODULES)
    beyond_bare = at["searchable"] - bare_s - modules
    return {
        "catalog": "empty" if db is None else db.name,
        "repeats": repeats,
        "bare_window_s": round(bare_s, 4),
        "at_s": {k: round(v, 4) for k, v in at.items()},
        "step_s": {k: round(v, 4) for k, v in steps.items()},
        "our_modules_s": round(modules, 4),
        "rest_beyond_bare_s": round(beyond_bare, 4),
        "searchable_without_our_modules_s": round(at["searchable"] - modules, 4),
        "ratio_without_our_modules": round((at["searchable"] - modules) / bare_s, 2),
        "ratio": round(at["searchable"] / bare_s, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a catalog (default: a new empty one)")
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--work", type=Path, help="folder for the empty catalog and settings")
    args = parser.parse_args(argv)
    print(json.dumps(measure(args.db, max(1, args.repeats), args.work)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
