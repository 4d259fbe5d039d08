"""Where files live: data, logs, backups, settings (platformdirs), and resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from shkola_lib import APP_ID

ENV_DB = "SHKOLA_LIB_DB"
ENV_DATA_DIR = "SHKOLA_LIB_DATA_DIR"
DB_FILENAME = "catalog.sqlite"


def data_dir() -> Path:
    """The per-user data folder (override with SHKOLA_LIB_DATA_DIR, e.g. in tests)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override) / "logs"
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resolve_db_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """``--db`` wins over ``SHKOLA_LIB_DB``, which wins over the default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser().resolve()
    return default_db_path()


def backup_dir_for(db_path: Path) -> Path:
    """Backups sit in a ``backups`` folder beside the catalog file."""
    return db_path.parent / "backups"


def resources_dir() -> Path:
    """Packaged ``resources`` (wheel/frozen build) or the source tree's ``resources/``."""
    here = Path(__file__).resolve().parent
    packaged = here / "resources"
    if packaged.is_dir():
        return packaged
    return here.parent.parent / "resources"
