"""User settings in one typed object, stored as JSON in the platform's config folder.

A damaged or unreadable file never prevents start-up: defaults are used and the
problem is reported once (``Settings.load_warning``).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from shkola_lib import APP_ID
from shkola_lib.paths import ENV_DATA_DIR

log = logging.getLogger(__name__)

# Settings.extra keys of the backups (catalog/backup_schedule.py). They live here so that
# reading a pending notice at start-up does not load the backup code.
SECOND_TARGET = "backup.second_target"
SECOND_PROBLEM_TOLD = "backup.second_problem_told"
PENDING_NOTICE = "backup.pending_notice"


def settings_path() -> Path:
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override) / "settings.json"
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / "settings.json"


@dataclass
class Settings:
    language: str = ""  # "" = decide from the system locale at first start
    library_name: str = ""
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""
    splitter_state: str = ""
    sort_column: str = "relevance"
    sort_descending: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    load_warning: str = field(default="", compare=False, repr=False)

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        path = path or settings_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("Settings file %s is damaged (%s); using defaults", path, exc)
            settings = cls()
            settings.load_warning = f"{path}: {exc}"
            return settings
        known = {f.name for f in fields(cls)} - {"load_warning"}
        values = {k: v for k, v in raw.items() if k in known}
        defaults = cls()
        for key, value in list(values.items()):
            if not isinstance(value, type(getattr(defaults, key))):
                values.pop(key)  # wrong type: keep the default
        return cls(**values)

    def save(self, path: Path | None = None) -> None:
        """Write atomically (temporary file + replace) so a crash leaves the old file."""
        path = path or settings_path()
        data = asdict(self)
        data.pop("load_warning", None)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as exc:
            log.warning("Cannot save settings to %s: %s", path, exc)
