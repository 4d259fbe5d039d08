"""An X server for the frozen program's window (Linux only)."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _free_display() -> int:
    for number in range(140, 190):
        if not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


def window_tree(display: str) -> str:
    done = subprocess.run(
        ["xwininfo", "-root", "-tree", "-display", display], capture_output=True, text=True
    )
    return done.stdout


@pytest.fixture
def xvfb() -> Iterator[str]:
    for tool in ("Xvfb", "xwininfo"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is not installed (scripts/system-deps.sh test installs it)")
    number = _free_display()
    display = f":{number}"
    proc = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        while subprocess.run(
            ["xwininfo", "-root", "-display", display], capture_output=True
        ).returncode:
            if time.monotonic() > deadline or proc.poll() is not None:
                pytest.fail("Xvfb did not start")
            time.sleep(0.1)
        yield display
    finally:
        proc.terminate()
        proc.wait(10)
