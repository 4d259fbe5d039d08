"""Entities of the catalog (Qt-free).

The vocabularies (``MaterialType`` …) are plain enums; the SQLAlchemy entities are
imported on first use, so that code needing only the vocabularies (the main window's
listing and search) starts without SQLAlchemy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from shkola_lib.models.enums import CopyStatus, MaterialType, PersonRole, SubjectKind

if TYPE_CHECKING:
    from shkola_lib.models.base import Base
    from shkola_lib.models.holdings import Copy, StockLot, WriteOff
    from shkola_lib.models.imports import ImportBatch
    from shkola_lib.models.record import Isbn, OriginalMarc, Person, Record, Subject
    from shkola_lib.models.state import AppState

_ENTITIES = {
    "AppState": "state",
    "Base": "base",
    "Copy": "holdings",
    "ImportBatch": "imports",
    "Isbn": "record",
    "OriginalMarc": "record",
    "Person": "record",
    "Record": "record",
    "StockLot": "holdings",
    "Subject": "record",
    "WriteOff": "holdings",
}

__all__ = [
    "AppState",
    "Base",
    "Copy",
    "CopyStatus",
    "ImportBatch",
    "Isbn",
    "MaterialType",
    "OriginalMarc",
    "Person",
    "PersonRole",
    "Record",
    "StockLot",
    "Subject",
    "SubjectKind",
    "WriteOff",
]


def __getattr__(name: str) -> object:
    """An entity, on first access: every entity module is imported together, so that the
    relationships between them resolve (static imports: PyInstaller sees them)."""
    if name not in _ENTITIES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from shkola_lib.models import base, holdings, imports, record, state

    module = {
        "base": base,
        "holdings": holdings,
        "imports": imports,
        "record": record,
        "state": state,
    }[_ENTITIES[name]]
    value = getattr(module, name)
    globals()[name] = value
    return value
