"""Crosswalks between MARC records (pymarc) and the catalog's plain data.

``marc_to_catalog`` maps MARC21, RUSMARC and UNIMARC records to ``RecordData`` with
copies and counted stock, keeping every original field; ``catalog_to_marc`` writes a
record in any flavour and, on a round trip in the same flavour, gives back the
original fields of every group whose catalog values did not change.
"""

from __future__ import annotations

from .fields import MarcFieldData, fields_from_json, fields_to_json
from .importer import MappedRecord, marc_to_catalog
from .options import FLAVOURS, HOLDINGS_STYLES, ExportOptions, default_bbk_tags
from .roundtrip import catalog_to_marc, catalog_to_plain, unchanged_to_plain

__all__ = [
    "FLAVOURS",
    "HOLDINGS_STYLES",
    "ExportOptions",
    "MappedRecord",
    "MarcFieldData",
    "catalog_to_marc",
    "catalog_to_plain",
    "default_bbk_tags",
    "fields_from_json",
    "fields_to_json",
    "marc_to_catalog",
    "unchanged_to_plain",
]
