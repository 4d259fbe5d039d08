"""The program's version is a constant in ``shkola_lib/__init__.py``, kept in step with pyproject.

It is a constant so the window need not read the installed package metadata at start-up
(importlib.metadata cost ~0.04 s of every start); the build hook refuses a mismatch too.
"""

from __future__ import annotations

import importlib.util
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

import shkola_lib

ROOT = Path(__file__).resolve().parents[1]


def _load_hatch_build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hatch_build", ROOT / "hatch_build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]


def test_version_constant_matches_pyproject() -> None:
    assert shkola_lib.__version__ == _project_version(), (
        "change __version__ in src/shkola_lib/__init__.py together with pyproject.toml"
    )


def test_build_hook_reads_the_same_version() -> None:
    hatch_build = _load_hatch_build()
    assert hatch_build.source_version() == shkola_lib.__version__
    hatch_build.check_version(_project_version())


def test_build_hook_refuses_a_mismatch(tmp_path: Path) -> None:
    hatch_build = _load_hatch_build()
    init_py = tmp_path / "__init__.py"
    init_py.write_text('"""doc"""\n\n__version__ = "9.9.9"\n', encoding="utf-8")
    assert hatch_build.source_version(init_py) == "9.9.9"
    hatch_build.check_version("9.9.9", init_py)
    with pytest.raises(RuntimeError, match="change both together"):
        hatch_build.check_version("1.0.0", init_py)
