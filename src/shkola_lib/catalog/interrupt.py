"""Stopping a long SQLite statement when nobody waits for its answer any more.

Search as you type starts a search per keystroke; on a catalog of a million records the
whole answer to a short, common prefix takes up to a second in the background. When the
librarian has typed on, that answer is stale: SQLite's progress handler asks every few
thousand steps whether it still matters and interrupts the statement if not, so the two
cores go to the search the librarian is waiting for.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from shkola_lib.catalog.progress import Cancelled, CancelToken
from shkola_lib.models.sqlite_errors import sqlite_error

#: SQLite virtual-machine steps between two questions (well under a millisecond).
CHECK_EVERY = 5_000


@contextmanager
def interruptible(conn: sqlite3.Connection, stale: Callable[[], bool] | None) -> Iterator[None]:
    """Statements on ``conn`` inside stop with :class:`Cancelled` once ``stale()`` is true."""
    if stale is None:
        yield
        return
    conn.set_progress_handler(lambda: 1 if stale() else 0, CHECK_EVERY)
    try:
        yield
    except Exception as exc:  # sqlite3's own, or wrapped by SQLAlchemy
        error = sqlite_error(exc)
        if isinstance(error, sqlite3.OperationalError) and stale() and "interrupted" in str(error):
            raise Cancelled from None
        raise
    finally:
        conn.set_progress_handler(None, 0)


def stale_when(cancel: CancelToken | None) -> Callable[[], bool] | None:
    """The ``stale`` of :func:`interruptible` for work a Cancel button stops."""
    return None if cancel is None else (lambda: cancel.cancelled)
