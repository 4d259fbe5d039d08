"""How the real main window behaves on a large catalog: open, search as you type, scroll.

Usage: python benchmarks/gui_smoothness.py [--records 100000] [--db PATH]
Creates the demo catalog if the file does not exist, then prints one JSON object.
Runs offscreen; times are wall-clock on this machine.

Memory: the resident set size (``VmRSS`` from /proc) is sampled when the window is
open, before scrolling, and after 10 %, 50 % and 100 % of the table has been scrolled
through, and after a second pass over the whole table (100 jumps); ``peak_rss_mb`` is the
process's high-water mark (``VmHWM``). The scroll moves the scroll bar in 400 jumps from
the top to the bottom, repainting at each.
"""

from __future__ import annotations

import argparse
import json
import os
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


# Typed letter by letter, a search every 200 ms (a typist pausing just longer than the search
# box waits, 150 ms, before each letter): a new search often starts while the
# previous one's whole answer is still being computed in the background.
TYPED = ["война и мир", "абай жолы", "қазақ тілі", "математика", "толстой", "алгебра 7"]
KEY_INTERVAL_S = 0.2


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def proc_status_mb(key: str) -> float:
    """A memory figure of this process from /proc/self/status (``VmRSS``, ``VmHWM``), in MB."""
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def measure_typing(app: QApplication, window: MainWindow) -> dict[str, object]:
    """Keystroke → the rows of that query on screen, typing words without waiting."""
    every_key: list[float] = []  # keystrokes whose rows were shown before the next key
    last_key: list[float] = []  # the last letter of each word: what the librarian waits for
    shown: dict[str, float] = {}

    def seen(result: object) -> None:
        shown.setdefault(result.query, time.perf_counter())  # type: ignore[attr-defined]

    window.searcher.firstPageReady.connect(seen)
    window.searcher.resultReady.connect(seen)
    for word in TYPED:
        shown.clear()
        sent: dict[str, float] = {}
        for n in range(1, len(word) + 1):
            query = word[:n]
            sent[query] = time.perf_counter()
            window.searcher.search(query)
            end = sent[query] + KEY_INTERVAL_S
            while time.perf_counter() < end:
                app.processEvents()
                time.sleep(0.001)
        deadline = time.perf_counter() + 60
        while word not in shown and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.001)
        last_key.append((shown[word] - sent[word]) * 1000)
        every_key += [(shown[q] - t) * 1000 for q, t in sent.items() if q in shown and q != word]
        settle = time.perf_counter() + 1.5  # let stale background answers end before the next word
        while time.perf_counter() < settle:
            app.processEvents()
            time.sleep(0.005)
    window.searcher.firstPageReady.disconnect(seen)
    window.searcher.resultReady.disconnect(seen)
    return {
        "typing_key_interval_ms": round(KEY_INTERVAL_S * 1000),
        "typing_last_key_rows_ms_p50": round(statistics.median(last_key), 1),
        "typing_last_key_rows_ms_max": round(max(last_key), 1),
        "typing_keys_answered_in_time": len(every_key),
        "typing_keys": sum(len(w) - 1 for w in TYPED),  # all but the last letter of each word
        "typing_key_rows_ms_p50": round(statistics.median(every_key), 1) if every_key else None,
        "typing_key_rows_ms_p95": round(pct(every_key, 95), 1) if every_key else None,
    }


def measure(db: Path, *, typing_only: bool = False) -> dict[str, object]:
    """Open the window on ``db``, search as you type, scroll the whole table; the figures."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.set_translator(QCoreApplication.translate)
    t0 = time.perf_counter()
    service = CatalogService.open(db)
    window = MainWindow(service, Settings())
    window.resize(1366, 768)
    window.show()
    while window.model.rowCount() == 0:
        app.processEvents()
    opened = time.perf_counter() - t0

    if typing_only:
        typing = measure_typing(app, window)
        window.close()
        service.close()
        return {"open_to_first_rows_s": round(opened, 3), **typing}

    # search as you type: time from the last keystroke to the table showing the answer
    latencies = []
    rows_latencies = []  # keystroke → first rows on screen (a large answer's first page)
    gui_thread = []  # time the GUI thread itself is busy showing each answer
    for query in QUERIES:
        first_page: list[float] = []

        def page_shown(_result: object, seen: list[float] = first_page) -> None:
            seen.append(time.perf_counter())  # the window has shown it (connected first)

        window.searcher.firstPageReady.connect(page_shown)
        t = time.perf_counter()
        window.searcher.search(query)
        serial = window.searcher._serial
        done = []
        window.searcher.resultReady.connect(lambda r, d=done: d.append(r))
        while not done:
            app.processEvents()
        window.searcher.resultReady.disconnect()
        window.searcher.resultReady.connect(window._show_result)
        window.searcher.firstPageReady.disconnect(page_shown)
        g = time.perf_counter()
        window._show_result(done[-1])
        app.processEvents()
        gui_thread.append((time.perf_counter() - g) * 1000)
        latencies.append((time.perf_counter() - t) * 1000)
        rows_latencies.append((first_page[0] - t) * 1000 if first_page else latencies[-1])
        assert serial == window.searcher._serial

    # scrolling: jump through the whole table page by page, timing each repaint
    records = service.counts().records
    window.searcher.search("")
    while window.model.rowCount() < records:
        app.processEvents()
    bar = window.table.verticalScrollBar()
    frames = []
    rss = {"open": proc_status_mb("VmRSS")}
    marks = {10: "10%", 50: "50%", 100: "100%"}
    jumps = 400
    for i in range(jumps + 1):
        t = time.perf_counter()
        bar.setValue(round(bar.maximum() * i / jumps))
        window.table.viewport().repaint()
        app.processEvents()
        frames.append((time.perf_counter() - t) * 1000)
        done = i * 100 // jumps
        if i * 100 % jumps == 0 and done in marks:
            rss[marks[done]] = proc_status_mb("VmRSS")
    # a second pass over the whole table: memory must stay where the first pass left it
    for i in range(0, jumps + 1, 4):
        bar.setValue(round(bar.maximum() * i / jumps))
        window.table.viewport().repaint()
        app.processEvents()
    rss["second_pass_100%"] = proc_status_mb("VmRSS")
    typing = measure_typing(app, window)
    result = {
        "records": records,
        "open_to_first_rows_s": round(opened, 3),
        "search_rows_ms_p50": round(statistics.median(rows_latencies), 1),
        "search_rows_ms_p95": round(pct(rows_latencies, 95), 1),
        "search_rows_ms_max": round(max(rows_latencies), 1),
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
        "rss_mb": rss,
        "peak_rss_mb": proc_status_mb("VmHWM"),
        **typing,
    }
    window.close()
    service.close()
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument(
        "--typing-only", action="store_true", help="only the typing measure (quick comparisons)"
    )
    args = parser.parse_args()
    db = args.db or Path(f"/tmp/shkola-bench-{args.records}.sqlite")
    if not db.exists():
        service = CatalogService.open(db)
        for _ in service.generate_demo(args.records):
            pass
        service.close()
    print(json.dumps(measure(db, typing_only=args.typing_only)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
