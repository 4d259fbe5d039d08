"""Pausing Python's cyclic garbage collector while a bulk job works on a block.

A bulk import or export keeps each block of a few hundred records alive long
enough for its objects to reach the oldest generation, so the collector ran full
collections over the whole heap again and again: a fifth of an import's time, for
garbage that reference counting frees anyway (records, fields and rows hold no
cycles). Jobs pause the collector around the work on one block and never across a
``yield``, so a generator that its caller abandons cannot leave it paused.
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
            if _jobs == 0 and _was_enabled:
                gc.enable()
