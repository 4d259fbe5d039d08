"""Where the frozen program is and how to run it as a librarian's PC would."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = sys.platform == "win32"
LINUX = sys.platform.startswith("linux")
BUNDLE_DIR = ROOT / "dist" / "shkola-lib"
FROZEN_EXE = BUNDLE_DIR / ("shkola-lib.exe" if WINDOWS else "shkola-lib")
CONTENTS_DIR = BUNDLE_DIR / "_internal"  # PyInstaller's default contents directory
ENGLISH_TITLE = "Shkola-Lib — school library catalog"


def load_bundle_data() -> ModuleType:
    """packaging/bundle_data.py, the list the spec is built from."""
    spec = importlib.util.spec_from_file_location(
        "shkola_lib_bundle_data", ROOT / "packaging" / "bundle_data.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while building
    spec.loader.exec_module(module)
    return module


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require(path: Path, what: str) -> Path:
    """The built artefact, or a skip on a developer's machine; in CI its absence fails."""
    if path.exists():
        return path
    message = f"{what} {path} is missing; build it with `bash scripts/build-bundle.sh`"
    if in_ci():
        pytest.fail(message + " (CI=true: .ci/run builds it before the tests)")
    pytest.skip(message)


def frozen_exe() -> Path:
    return require(FROZEN_EXE, "the frozen program")


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """Nothing from the developer's shell: no PYTHONPATH, no virtual environment on PATH.

    Linux gets HOME only (the catalog, settings and logs then go to HOME's XDG folders);
    Windows cannot start programs without its system variables, and the user folders come
    from the shell API there, so the data folder is redirected with SHKOLA_LIB_DATA_DIR.
    """
    if WINDOWS:
        keep = ("SYSTEMROOT", "WINDIR", "COMSPEC", "PATHEXT", "TEMP", "TMP")
        env = {name: os.environ[name] for name in keep if name in os.environ}
        env["PATH"] = str(Path(os.environ.get("SYSTEMROOT", r"C:\Windows")) / "System32")
        env["USERPROFILE"] = str(home)
        env["SHKOLA_LIB_DATA_DIR"] = str(home / "data")
    else:
        env = {"HOME": str(home)}
    env.update(extra)
    return env


def data_dir(home: Path) -> Path:
    """The user data folder the program picks in ``clean_env(home)``."""
    return home / "data" if WINDOWS else home / ".local" / "share" / "shkola-lib"


def settings_file(home: Path) -> Path:
    return home / "data" / "settings.json" if WINDOWS else home / ".config/shkola-lib/settings.json"


def log_file(home: Path) -> Path:
    if WINDOWS:
        return home / "data" / "logs" / "shkola-lib.log"
    return home / ".local" / "state" / "shkola-lib" / "log" / "shkola-lib.log"


def run(
    command: list[str | os.PathLike[str]], *, cwd: Path, env: dict[str, str], timeout: float = 180
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=timeout,
        check=False,
    )


def ok(done: subprocess.CompletedProcess[str]) -> str:
    """stdout of a command that must have succeeded (else its output in the failure)."""
    assert done.returncode == 0, (
        f"{done.args} exited {done.returncode}\nstdout: {done.stdout}\nstderr: {done.stderr}"
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done.stdout
