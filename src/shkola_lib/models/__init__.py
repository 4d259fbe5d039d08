"""SQLAlchemy entities of the catalog (Qt-free)."""

from shkola_lib.models.base import Base
from shkola_lib.models.enums import CopyStatus, MaterialType, PersonRole, SubjectKind
from shkola_lib.models.holdings import Copy, StockLot, WriteOff
from shkola_lib.models.imports import ImportBatch
from shkola_lib.models.record import Isbn, OriginalMarc, Person, Record, Subject
from shkola_lib.models.state import AppState

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
