"""Shared fixtures: a real SQLite catalog file per test, offscreen Qt, the corpus.

Every test also runs under the modal-dialog guard (``tests/modal_guard.py``): a message box,
file dialog or ``exec()`` the test did not patch fails that test instead of hanging the run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from shkola_lib.catalog.service import CatalogService

from .modal_guard import modal_guard, pytest_runtest_call  # noqa: F401  (fixture and hook)


@pytest.fixture(scope="session", autouse=True)
def _isolated_session_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Module and session fixtures run before the per-test isolation below: they get
    folders of their own too, so a language or catalog chosen on this machine never
    leaks into a test."""
    base = tmp_path_factory.mktemp("user")
    patch = pytest.MonkeyPatch()
    patch.setenv("SHKOLA_LIB_DATA_DIR", str(base / "userdata"))
    patch.delenv("SHKOLA_LIB_DB", raising=False)
    patch.setenv("XDG_CONFIG_HOME", str(base / "config"))
    yield
    patch.undo()


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the real user's data folder or settings from a test."""
    monkeypatch.setenv("SHKOLA_LIB_DATA_DIR", str(tmp_path / "userdata"))
    monkeypatch.delenv("SHKOLA_LIB_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "catalog.sqlite"


@pytest.fixture
def catalog(db_path: Path) -> Iterator[CatalogService]:
    service = CatalogService.open(db_path)
    yield service
    service.close()


@pytest.fixture
def demo_catalog(catalog: CatalogService) -> CatalogService:
    for _ in catalog.generate_demo(300):
        pass
    return catalog


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The shared corpus of real MARC files; its absence is an error, not a skip."""
    path = Path(os.environ.get("SHKOLA_LIB_CORPUS", Path(__file__).parents[2] / "shared/corpus"))
    if not (path / "SOURCES.md").is_file():
        pytest.fail(f"The MARC corpus is missing at {path} (set SHKOLA_LIB_CORPUS).")
    return path
