"""Start-up script of the frozen program (PyInstaller runs it as ``__main__``)."""

from __future__ import annotations

import os
import sys


def _ensure_streams() -> None:
    """A windowed Windows build has no console: give print() and tracebacks a sink."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))


def main() -> int:
    _ensure_streams()
    from shkola_lib.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
