"""Logging to a rotating file in the user log folder."""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from shkola_lib.paths import log_dir

LOG_NAME = "shkola-lib.log"


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging() -> Path:
    path = log_file()
    root = logging.getLogger()
    if any(getattr(h, "_shkola", False) for h in root.handlers):
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler._shkola = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def log_exception(exc: BaseException) -> Path:
    """Write the traceback of ``exc`` to the log file and return its path."""
    path = setup_logging()
    logging.getLogger("shkola_lib").error(
        "Unhandled error:\n%s", "".join(traceback.format_exception(exc))
    )
    return path
