"""How the real main window behaves on a large catalog: open, search as you type, scroll.

Usage: python benchmarks/gui_smoothness.py [--records 100000] [--db PATH]
Creates the demo catalog if the file does not exist, then prints one JSON object.
Runs offscreen; times are wall-clock on this machine.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from shkola_lib import i18n
from shkola_lib.catalog.service import CatalogService
from shkola_lib.settings import Settings
from shkola_lib.ui.main_window import MainWindow

QUERIES = [
    "а",
    "аб",
    "абай",
    "қ",
    "қаз",
    "қазақ",
    "м",
    "мат",
    "матем",
    "война",
    "артём",
    "толстой",
    "84(5каз)",
    "9786012",
    "алгебра 7",
]


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    db = args.db or Path(f"/tmp/shkola-bench-{args.records}.sqlite")
    if not db.exists():
        service = CatalogService.open(db)
        for _ in service.generate_demo(args.records):
            pass
        service.close()

    app = QApplication(sys.argv[:1])
    i18n.set_translator(QCoreApplication.translate)
    t0 = time.perf_counter()
    service = CatalogService.open(db)
    window = MainWindow(service, Settings())
    window.resize(1366, 768)
    window.show()
    while window.model.rowCount() == 0:
        app.processEvents()
    opened = time.perf_counter() - t0

    # search as you type: time from the last keystroke to the table showing the answer
    latencies = []
    gui_thread = []  # time the GUI thread itself is busy showing each answer
    for query in QUERIES:
        t = time.perf_counter()
        window.searcher.search(query)
        serial = window.searcher._serial
        done = []
        window.searcher.resultReady.connect(lambda r, d=done: d.append(r))
        while not done:
            app.processEvents()
        window.searcher.resultReady.disconnect()
        window.searcher.resultReady.connect(window._show_result)
        g = time.perf_counter()
        window._show_result(done[-1])
        app.processEvents()
        gui_thread.append((time.perf_counter() - g) * 1000)
        latencies.append((time.perf_counter() - t) * 1000)
        assert serial == window.searcher._serial

    # scrolling: jump through the whole table page by page, timing each repaint
    window.searcher.search("")
    while window.model.rowCount() < args.records:
        app.processEvents()
    bar = window.table.verticalScrollBar()
    frames = []
    step = max(1, bar.maximum() // 400)
    for value in range(0, bar.maximum() + 1, step):
        t = time.perf_counter()
        bar.setValue(value)
        window.table.viewport().repaint()
        app.processEvents()
        frames.append((time.perf_counter() - t) * 1000)
    result = {
        "records": args.records,
        "open_to_first_rows_s": round(opened, 3),
        "search_ms_p50": round(statistics.median(latencies), 1),
        "search_ms_p95": round(pct(latencies, 95), 1),
        "search_ms_max": round(max(latencies), 1),
        "search_gui_busy_ms_p95": round(pct(gui_thread, 95), 1),
        "search_gui_busy_ms_max": round(max(gui_thread), 1),
        "scroll_frames": len(frames),
        "scroll_frame_ms_p50": round(statistics.median(frames), 1),
        "scroll_frame_ms_p95": round(pct(frames, 95), 1),
        "scroll_frame_ms_max": round(max(frames), 1),
        "cached_rows_max": len(window.model._blocks) * 100,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    print(json.dumps(result))
    window.close()
    service.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
