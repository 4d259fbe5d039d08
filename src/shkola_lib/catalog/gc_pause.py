"""Pausing Python's cyclic garbage collector during bulk imports and exports.

A bulk job keeps each block of a few hundred records alive long enough for its
objects to reach the oldest generation, so the collector runs full collections
over the whole heap again and again: a fifth of an import's time, for garbage
that reference counting frees anyway (records, fields and rows hold no cycles).
While at least one job runs the automatic collector is off; one collection
runs when the last job ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_jobs = 0
_was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """Automatic garbage collection off for the duration (nestable, thread-safe)."""
    global _jobs, _was_enabled
    with _lock:
        if _jobs == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _jobs += 1
    try:
        yield
    finally:
        with _lock:
            _jobs -= 1
            restore = _jobs == 0 and _was_enabled
            if restore:
                gc.enable()
        if restore:
            gc.collect()
