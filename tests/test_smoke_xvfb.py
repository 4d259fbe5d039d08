"""The real program in a real X window (Xvfb): it opens, can be found, and closes cleanly."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb


def _free_display() -> int:
    for number in range(90, 140):
        if not Path(f"/tmp/.X{number}-lock").exists():
            return number
    raise RuntimeError("no free X display number")


@pytest.fixture
def xvfb() -> str:
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is not installed (scripts/system-deps.sh test installs it)")
    number = _free_display()
    proc = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    display = f":{number}"
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if (
            subprocess.run(
                ["xwininfo", "-root", "-display", display], capture_output=True
            ).returncode
            == 0
        ):
            break
        time.sleep(0.1)
    else:
        proc.kill()
        pytest.fail("Xvfb did not start")
    yield display
    proc.terminate()
    proc.wait(10)


def _window_titles(display: str) -> str:
    out = subprocess.run(
        ["xwininfo", "-root", "-tree", "-display", display], capture_output=True, text=True
    )
    return out.stdout


ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "launcher",
    [
        pytest.param([sys.executable, "-m", "shkola_lib"], id="python-m"),
        # The README's "install and open the app" command, as a librarian's helper types it.
        pytest.param(["bash", str(ROOT / "scripts" / "run.sh")], id="scripts-run"),
    ],
)
def test_program_opens_a_window_and_closes_cleanly(
    xvfb: str, tmp_path: Path, launcher: list[str]
) -> None:
    env = {**os.environ, "DISPLAY": xvfb, "QT_QPA_PLATFORM": "xcb"}
    env["SHKOLA_LIB_DATA_DIR"] = str(tmp_path / "data")
    db = tmp_path / "smoke.sqlite"
    subprocess.run(
        [sys.executable, "-m", "shkola_lib", "--db", str(db), "demo", "--records", "200"],
        check=True,
        env=env,
        capture_output=True,
    )
    proc = subprocess.Popen(
        [*launcher, "--db", str(db), "--lang", "en"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 300  # run.sh may first create .venv
        found = False
        while time.monotonic() < deadline and proc.poll() is None:
            if "Shkola-Lib — school library catalog" in _window_titles(xvfb):
                found = True
                break
            time.sleep(0.2)
        if not found:
            stderr = proc.stderr.read() if proc.poll() is not None else ""
            pytest.fail(f"no main window appeared; stderr: {stderr}")
        time.sleep(0.5)
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(20)
    finally:
        if proc.poll() is None:
            proc.kill()
    stderr = proc.stderr.read() if proc.stderr else ""
    assert code == 0, stderr
    assert "Traceback" not in stderr
    # A clean close saves the window geometry to the settings file.
    settings = (tmp_path / "data" / "settings.json").read_text(encoding="utf-8")
    assert '"window_geometry": ""' not in settings
    assert "Main window shown" in (tmp_path / "data" / "logs" / "shkola-lib.log").read_text()
