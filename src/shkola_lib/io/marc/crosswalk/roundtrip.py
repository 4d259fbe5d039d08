"""Catalog data → MARC record (``catalog_to_marc``), keeping unchanged original fields.

For each field group the original fields are mapped again and compared with the
current catalog values: equal → the original fields are written verbatim (with the
subfields the catalog does not model), different → the group is generated afresh,
in the place of the original fields. Fields of no group are kept as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pymarc

from shkola_lib.catalog import isbn as isbn_mod
from shkola_lib.catalog.data import RecordData, RecordDetail
from shkola_lib.io.marc.plain import PlainRecord
from shkola_lib.models import PersonRole

from . import control
from .common import common_price, exportable_copies
from .fields import MarcFieldData, squash
from .groups import core_tags, groups_for, split_groups
from .holdings import holdings_style
from .importer import MappedRecord, map_fields
from .options import ExportOptions

_TEXT_ATTRS = (
    "title other_title responsibility part corporate_body edition place publisher extent "
    "series series_number bbk udc author_sign school_subject instruction_language"
).split()


def catalog_to_marc(
    detail: RecordDetail,
    options: ExportOptions,
    *,
    original_fields: list[MarcFieldData] | None = None,
    original_leader: str = "",
    original_flavour: str = "",
) -> pymarc.Record:
    """A complete record in ``options.flavour``; unchanged original fields are kept."""
    return catalog_to_plain(
        detail,
        options,
        original_fields=original_fields,
        original_leader=original_leader,
        original_flavour=original_flavour,
    ).to_pymarc()


def catalog_to_plain(
    detail: RecordDetail,
    options: ExportOptions,
    *,
    original_fields: list[MarcFieldData] | None = None,
    original_leader: str = "",
    original_flavour: str = "",
) -> PlainRecord:
    """:func:`catalog_to_marc` as a plain record (what an export hands to the writers)."""
    flavour = options.flavour
    same = bool(original_fields) and (original_flavour or flavour) == flavour
    groups = groups_for(flavour)
    if same:
        assert original_fields is not None
        made: dict[str, list[MarcFieldData]] = {}

        def generated(kind: str) -> list[MarcFieldData]:
            # Only groups whose values may have changed are generated: an unchanged
            # record (most of an export) keeps all its own fields.
            if kind not in made:
                made[kind] = groups[kind].write(detail, options)
            return made[kind]

        leader, fields = _merge(detail, options, original_fields, original_leader, generated)
    else:
        leader = control.new_leader(detail, options.marc21)
        fields = _fresh_core(detail, options, original_fields or [])
        fields += [f for g in groups.values() for f in g.write(detail, options)]
        fields.sort(key=lambda f: f.tag)  # stable: a group's own order is kept
    return PlainRecord(leader, fields)


def _fresh_core(
    detail: RecordDetail, options: ExportOptions, original: list[MarcFieldData]
) -> list[MarcFieldData]:
    number = control.control_number(detail)
    if not number:
        number = next((f.value or "" for f in original if f.tag == "001" and f.is_control), "")
    fields = [control.control("001", number)] if number else []
    fields.append(control.control("005", control.timestamp()))
    if options.marc21:
        fields.append(control.new_008(detail))
    else:
        fields.append(control.new_100(detail, options.charset_code))
    return fields


# ---------------------------------------------------------------- what changed


def canonical(record: RecordData) -> dict[str, Any]:
    """Catalog values as the catalog stores them (whitespace, ISBN and case normalised)."""
    values: dict[str, Any] = {name: squash(getattr(record, name)) for name in _TEXT_ATTRS}
    values["instruction_language"] = values["instruction_language"].lower()
    isbns: list[str] = []
    for raw in record.isbns:
        value = isbn_mod.normalise(raw)
        if value and value not in isbns:
            isbns.append(value)
    values.update(
        material_type=record.material_type,
        year=record.year,
        isbns=isbns,
        languages=[c.strip().lower() for c in record.languages if c.strip()],
        grades=[g.strip() for g in record.grades if g.strip()],
        persons=[
            (squash(p.name), PersonRole(p.role), squash(p.dates))
            for p in record.persons
            if p.name.strip()
        ],
        subjects=[
            (squash(s.term), tuple((k, squash(v)) for k, v in s.subdivisions if v.strip()))
            for s in record.subjects
            if s.term.strip()
        ],
        keywords=[squash(k) for k in record.keywords if k.strip()],
        annotation=(record.annotation or "").strip(),
        notes=(record.notes or "").strip(),
    )
    return values


def holdings_projection(detail: RecordDetail, style: str) -> tuple:
    """What the holdings style writes of the copies and stock (compared on round trips)."""
    copies = exportable_copies(detail)
    if style == "899":
        rows = [(c.inventory_number, c.barcode or "", squash(c.location)) for c in copies]
    elif style == "852":
        rows = [(c.inventory_number, squash(c.location)) for c in copies]
    elif style == "marc-sql":
        rows = [(c.inventory_number, c.barcode or "", c.price_tiyn, c.ksu_entry) for c in copies]
        rows += [("stock", s.quantity, s.ksu_entry, s.written_off) for s in detail.stock]
    elif style == "koha-952":
        rows = [
            (
                c.inventory_number,
                c.barcode or "",
                squash(c.location),
                c.price_tiyn,
                c.acquired_on,
                squash(c.source),
                c.status.value,
            )
            for c in copies
        ]
    else:
        rows = []
    # Order does not matter: the catalog lists copies by number, files in any order.
    return tuple(sorted(rows, key=repr))


def changed_values(original: MappedRecord, detail: RecordDetail, style: str) -> set[str]:
    """Names of the catalog values that differ from what the original fields map to."""
    before = RecordDetail(original.record, original.copies, original.stock)
    old, new = canonical(original.record), canonical(detail.record)
    changed = {name for name in old if old[name] != new[name]}
    if holdings_projection(before, style) != holdings_projection(detail, style):
        changed |= {"copies", "stock"}
    if common_price(before) != common_price(detail):
        changed.add("price")
    return changed


# ---------------------------------------------------------------- merging


def _dirty_groups(
    options: ExportOptions,
    grouped: dict[str, list[MarcFieldData]],
    partials: dict[str, dict],
    changed: set[str],
) -> set[str]:
    home = options.author_sign_home()
    dirty = _restyled(options, grouped)
    for kind, group in groups_for(options.flavour).items():
        attrs = set(group.attrs)
        if kind in ("bbk", "holdings"):
            if partials[kind].get("author_sign") or home == kind:
                attrs.add("author_sign")
            if kind == "holdings" and partials[kind].get("bbk"):
                attrs.add("bbk")
        if attrs & changed:
            dirty.add(kind)
    return dirty


def _restyled(options: ExportOptions, grouped: dict[str, list[MarcFieldData]]) -> set[str]:
    """Groups the profile writes in another form than the original fields have."""
    dirty = set()
    styles = {holdings_style(f) for f in grouped["holdings"]}
    if styles and styles != {options.holdings}:
        dirty.add("holdings")
    bbk_tags = {f.tag for f in grouped["bbk"]}
    if bbk_tags and bbk_tags != set(options.bbk_tags):
        dirty.add("bbk")
    return dirty


def unchanged_to_plain(
    options: ExportOptions,
    original_fields: list[MarcFieldData],
    original_leader: str,
    original_flavour: str,
    detail: RecordDetail | None = None,
    grouped: dict[str, list[MarcFieldData]] | None = None,
) -> PlainRecord | None:
    """:func:`catalog_to_plain` for a record whose catalog values are exactly what its
    original fields map to (``OriginalMarc.unchanged``): nothing is mapped again.

    Without ``detail`` (the catalog values) ``None`` when the profile needs them:
    another flavour, holdings or BBK written in another form, no original leader.
    ``grouped``: ``split_groups`` of the fields in the profile's flavour, if known.
    """
    flavour = options.flavour
    same = bool(original_fields) and (original_flavour or flavour) == flavour
    if detail is not None and not same:
        return catalog_to_plain(
            detail,
            options,
            original_fields=original_fields or None,
            original_leader=original_leader,
            original_flavour=original_flavour,
        )
    if not same or (detail is None and not original_leader.strip()):
        return None
    if grouped is None:
        grouped = split_groups(original_fields, flavour)
    restyled = _restyled(options, grouped)
    if detail is None:
        if restyled:
            return None
        leader, fields = _assemble(
            None, options, original_fields, original_leader, grouped, set(), set(), _no_groups
        )
        return PlainRecord(leader, fields)
    groups = groups_for(flavour)
    made = {kind: groups[kind].write(detail, options) for kind in restyled}
    dirty = {
        kind
        for kind in restyled
        if [g.as_tuple() for g in made[kind]] != [f.as_tuple() for f in grouped[kind]]
    }
    if not original_leader.strip():
        original_leader = control.new_leader(detail, options.marc21)
    leader, fields = _assemble(
        detail, options, original_fields, original_leader, grouped, set(), dirty, made.__getitem__
    )
    return PlainRecord(leader, fields)


def _no_groups(kind: str) -> list[MarcFieldData]:
    raise AssertionError(f"an unchanged record regenerated its {kind} fields")


def _merge(
    detail: RecordDetail,
    options: ExportOptions,
    original: list[MarcFieldData],
    original_leader: str,
    generated: Callable[[str], list[MarcFieldData]],
) -> tuple[str, list[MarcFieldData]]:
    flavour = options.flavour
    grouped = split_groups(original, flavour)
    mapped, partials = map_fields(original, original_leader, flavour, grouped)
    changed = changed_values(mapped, detail, options.holdings)
    dirty = {
        kind
        for kind in _dirty_groups(options, grouped, partials, changed)
        if [g.as_tuple() for g in generated(kind)] != [f.as_tuple() for f in grouped[kind]]
    }
    if not original_leader.strip():
        original_leader = control.new_leader(detail, options.marc21)
    elif mapped.record.material_type is not detail.record.material_type:
        original_leader = control.patch_material(
            original_leader, detail.record.material_type, options.marc21
        )
    return _assemble(detail, options, original, original_leader, grouped, changed, dirty, generated)


def _assemble(
    detail: RecordDetail | None,
    options: ExportOptions,
    original: list[MarcFieldData],
    original_leader: str,
    grouped: dict[str, list[MarcFieldData]],
    changed: set[str],
    dirty: set[str],
    generated: Callable[[str], list[MarcFieldData]],
) -> tuple[str, list[MarcFieldData]]:
    """The original fields with the dirty groups replaced and the core fields patched;
    ``detail`` is only read for what changed."""
    flavour = options.flavour
    any_change = bool(changed or dirty)
    year_changed = "year" in changed
    core = core_tags(flavour)
    kind_of = {id(f): kind for kind, fs in grouped.items() for f in fs}

    out: list[MarcFieldData] = []
    placed: set[tuple[str, str]] = set()
    for fld in original:
        kind = kind_of.get(id(fld))
        if fld.tag in core and kind is None:
            out.append(_patched_core(fld, detail, options, changed, any_change, year_changed))
        elif kind is None:
            if options.keep_local_fields:
                out.append(fld)
        elif kind not in dirty:
            out.append(fld)
        elif (kind, fld.tag) not in placed:
            placed.add((kind, fld.tag))
            out += [g for g in generated(kind) if g.tag == fld.tag]
    leftovers = [
        g
        for kind in groups_for(flavour)
        if kind in dirty
        for g in generated(kind)
        if (kind, g.tag) not in placed
    ]
    if any_change:  # a changed record gets the control fields it lacked
        assert detail is not None
        present = {f.tag for f in out}
        leftovers += [f for f in _fresh_core(detail, options, original) if f.tag not in present]
    for fld in leftovers:
        _insert_sorted(out, fld)
    return control.patch_leader(original_leader, any_change, options.marc21), out


def _patched_core(
    fld: MarcFieldData,
    detail: RecordDetail | None,
    options: ExportOptions,
    changed: set[str],
    any_change: bool,
    year_changed: bool,
) -> MarcFieldData:
    if fld.tag == "005" and any_change:
        return control.control("005", control.timestamp())
    if fld.tag == "008" and fld.is_control:
        value = control.patch_008(fld.value or "", detail, year_changed, "languages" in changed)
        return control.control("008", value)
    if fld.tag == "100" and not fld.is_control:
        return control.patch_100(fld, detail, options.charset_code, year_changed)
    return fld


def _insert_sorted(fields: list[MarcFieldData], new: MarcFieldData) -> None:
    for index, fld in enumerate(fields):
        if fld.tag > new.tag:
            fields.insert(index, new)
            return
    fields.append(new)
