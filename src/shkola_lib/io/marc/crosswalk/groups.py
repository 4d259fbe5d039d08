"""Field groups: which fields map to which catalog values, per flavour.

A group is the unit of the round trip: on export its original fields come back
verbatim while the catalog values they map to are unchanged, and are replaced by
freshly generated fields otherwise. Fields in no group are kept as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import common, marc21, unimarc
from .fields import MarcFieldData
from .holdings import HOLDINGS_TAGS, is_holdings_field, read_holdings, write_holdings


@dataclass(frozen=True)
class Group:
    kind: str
    attrs: frozenset[str]  # catalog values the group maps to (RecordData names, copies…)
    read: Callable  # (fields, ctx) -> partial dict
    write: Callable  # (detail, options) -> list[MarcFieldData]


def _g(kind: str, attrs: str, read: Callable, write: Callable) -> Group:
    return Group(kind, frozenset(attrs.split()), read, write)


_SHARED = [
    _g("isbn", "isbns price", unimarc.read_isbn, unimarc.write_isbn),
    _g("language", "languages", unimarc.read_languages, unimarc.write_languages),
    _g("edition", "edition", common.read_edition, common.write_edition),
    _g("notes", "notes", common.read_lines("notes"), common.write_lines("notes", "500", "300")),
    _g(
        "school",
        "grades school_subject instruction_language material_type",
        common.read_school,
        common.write_school,
    ),
    _g(
        "annotation",
        "annotation",
        common.read_lines("annotation"),
        common.write_lines("annotation", "520", "330"),
    ),
    _g("subjects", "subjects", common.read_subjects, common.write_subjects),
    _g("keywords", "keywords", common.read_keywords, common.write_keywords),
    _g("udc", "udc", common.read_udc, common.write_udc),
    _g("bbk", "bbk", unimarc.read_bbk, unimarc.write_bbk),
    _g("holdings", "copies stock", read_holdings, write_holdings),
]


def _flavour_groups(module) -> list[Group]:
    return [
        _g("title", "title other_title responsibility part", module.read_title, module.write_title),
        _g(
            "publication",
            "place publisher year",
            module.read_publication,
            module.write_publication,
        ),
        _g("extent", "extent", module.read_extent, module.write_extent),
        _g("series", "series series_number", module.read_series, module.write_series),
        _g("persons", "persons", module.read_persons, module.write_persons),
        _g("corporate", "corporate_body", module.read_corporate, module.write_corporate),
    ]


_UNIMARC_GROUPS = {g.kind: g for g in [*_flavour_groups(unimarc), *_SHARED]}
_MARC21_GROUPS = {g.kind: g for g in [*_flavour_groups(marc21), *_SHARED]}

_UNIMARC_TAGS = {
    "010": "isbn",
    "101": "language",
    "200": "title",
    "205": "edition",
    "210": "publication",
    "214": "publication",
    "215": "extent",
    "225": "series",
    "300": "notes",
    "330": "annotation",
    "606": "subjects",
    "610": "keywords",
    "675": "udc",
    "700": "persons",
    "701": "persons",
    "702": "persons",
    "710": "corporate",
    "711": "corporate",
    "712": "corporate",
}
_MARC21_TAGS = {
    "020": "isbn",
    "041": "language",
    "245": "title",
    "250": "edition",
    "260": "publication",
    "300": "extent",
    "440": "series",
    "490": "series",
    "500": "notes",
    "520": "annotation",
    "650": "subjects",
    "653": "keywords",
    "080": "udc",
    "100": "persons",
    "700": "persons",
    "110": "corporate",
    "111": "corporate",
    "710": "corporate",
    "711": "corporate",
}

# Control fields every export writes (kept or patched on a round trip).
CORE_TAGS = {"marc21": ("001", "005", "008"), "unimarc": ("001", "005", "100")}


def core_tags(flavour: str) -> tuple[str, ...]:
    return CORE_TAGS["marc21" if flavour == "marc21" else "unimarc"]


def groups_for(flavour: str) -> dict[str, Group]:
    return _MARC21_GROUPS if flavour == "marc21" else _UNIMARC_GROUPS


def group_of(fld: MarcFieldData, flavour: str) -> str | None:
    """The group a field belongs to in ``flavour``, or None (kept verbatim)."""
    if fld.is_control:
        return None
    tag = fld.tag
    if is_holdings_field(fld, flavour):
        return "holdings"
    if tag == "091":
        return "bbk"
    if tag in ("686", "084"):
        return "bbk" if unimarc.is_rubbk(fld) else None
    if tag in ("333", "521"):
        own = "521" if flavour == "marc21" else "333"
        return "school" if tag == own and common.is_school_note(fld) else None
    if flavour == "marc21":
        if tag == "264":
            return "publication" if fld.ind2 == "1" else None
        if tag in ("700", "710", "711") and fld.has("t"):
            return None  # name/title added entries describe a work, not a contributor
        return _MARC21_TAGS.get(tag)
    return _UNIMARC_TAGS.get(tag)


# Tags whose group depends on the field's content or the flavour (see group_of).
_BY_CONTENT = frozenset(
    {*HOLDINGS_TAGS, "091", "686", "084", "333", "521", "264", "700", "710", "711"}
)


def split_groups(fields: list[MarcFieldData], flavour: str) -> dict[str, list[MarcFieldData]]:
    """The fields of each group, in record order (fields in no group are left out).

    The same as :func:`group_of` for every field; most tags are looked up in the
    flavour's table directly (this runs for every field of an import).
    """
    grouped: dict[str, list[MarcFieldData]] = {kind: [] for kind in groups_for(flavour)}
    table = _MARC21_TAGS if flavour == "marc21" else _UNIMARC_TAGS
    for fld in fields:
        if fld.subfields is None:
            continue
        tag = fld.tag
        kind = group_of(fld, flavour) if tag in _BY_CONTENT else table.get(tag)
        if kind is not None:
            grouped[kind].append(fld)
    return grouped
