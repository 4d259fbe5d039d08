"""MARC record → catalog data (``marc_to_catalog``)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pymarc

from shkola_lib.catalog.data import CopyData, RecordData, StockData
from shkola_lib.i18n import translate
from shkola_lib.io.marc.plain import PlainRecord
from shkola_lib.models import MaterialType

from .common import Ctx, Partial
from .fields import MarcFieldData
from .groups import groups_for, split_groups
from .options import check_flavour
from .values import (
    has_textbook_hint,
    material_from_leader,
    normalise_language,
    parse_grades,
    parse_year,
)


@dataclass
class MappedRecord:
    """One imported record: catalog values, holdings, and every original field."""

    record: RecordData  # id None
    copies: list[CopyData]  # individually inventoried copies found in holdings fields
    stock: list[StockData]  # counted stock (MARC-SQL 990 $h/$j)
    original_fields: list[MarcFieldData]  # EVERY field of the incoming record, in order
    leader: str
    flavour: str  # "marc21" | "rusmarc" | "unimarc"
    warnings: list[str] = field(default_factory=list)


def marc_to_catalog(record: pymarc.Record | PlainRecord, flavour: str) -> MappedRecord:
    """Map a record of ``flavour`` to catalog data, keeping all its fields."""
    if isinstance(record, PlainRecord):
        return map_fields(record.fields, record.leader, flavour)[0]
    fields = [MarcFieldData.from_pymarc(f) for f in record.fields]
    return map_fields(fields, str(record.leader), flavour)[0]


def map_fields(
    fields: list[MarcFieldData],
    leader: str,
    flavour: str,
    grouped: dict[str, list[MarcFieldData]] | None = None,
) -> tuple[MappedRecord, dict[str, Partial]]:
    """The mapped record and, per group, the values its own fields gave (for round trips).

    ``grouped`` is ``split_groups(fields, flavour)`` when the caller already has it.
    """
    check_flavour(flavour)
    leader = (leader or "").ljust(24)[:24]
    ctx = Ctx(flavour=flavour, leader=leader)
    if flavour == "unimarc" and any(f.tag == "899" for f in fields):
        ctx.warn(
            translate(
                "Crosswalk",
                "Field 899 ignored: in plain UNIMARC files it does not describe copies "
                "(import the file as RUSMARC if it comes from a Russian or Kazakh library).",
            )
        )
    if grouped is None:
        grouped = split_groups(fields, flavour)
    partials = {kind: g.read(grouped[kind], ctx) for kind, g in groups_for(flavour).items()}
    record = _build(partials, fields, ctx)
    holdings = partials["holdings"]
    copies, stock = holdings["copies"], holdings["stock"]
    price = partials["isbn"].get("price")
    if price is not None:
        for item in [*copies, *stock]:
            if item.price_tiyn is None:
                item.price_tiyn = price
    mapped = MappedRecord(
        record=record,
        copies=copies,
        stock=stock,
        original_fields=list(fields),
        leader=leader,
        flavour=flavour,
        warnings=ctx.warnings,
    )
    return mapped, partials


def _control_values(fields: list[MarcFieldData], flavour: str) -> tuple[int | None, list[str]]:
    """Year and language from 008 (MARC21) or 100 $a (UNIMARC), used when 260/041 lack them."""
    if flavour == "marc21":
        data = next((f.value or "" for f in fields if f.tag == "008" and f.is_control), "")
        year = parse_year(data[7:11]) if data[7:11].isdigit() else None
        code = normalise_language(data[35:38]) if len(data) >= 38 else None
        return year, [code] if code and code not in ("und", "zxx", "mul") else []
    data = next((f.get("a") for f in fields if f.tag == "100" and not f.is_control), "")
    year = parse_year(data[9:13]) if data[9:13].isdigit() else None
    return year, []


def _build(partials: dict[str, Partial], fields: list[MarcFieldData], ctx: Ctx) -> RecordData:
    p = partials
    year, languages = _control_values(fields, ctx.flavour)
    record = RecordData(
        title=p["title"]["title"],
        other_title=p["title"]["other_title"],
        responsibility=p["title"]["responsibility"],
        part=p["title"]["part"],
        corporate_body=p["corporate"]["corporate_body"],
        persons=p["persons"]["persons"],
        isbns=p["isbn"]["isbns"],
        edition=p["edition"]["edition"],
        place=p["publication"]["place"],
        publisher=p["publication"]["publisher"],
        year=p["publication"]["year"] or year,
        extent=p["extent"]["extent"],
        series=p["series"]["series"],
        series_number=p["series"]["series_number"],
        languages=p["language"]["languages"] or languages,
        bbk=p["bbk"]["bbk"] or p["holdings"]["bbk"],
        udc=p["udc"]["udc"],
        author_sign=p["bbk"]["author_sign"] or p["holdings"]["author_sign"],
        subjects=p["subjects"]["subjects"],
        keywords=p["keywords"]["keywords"],
        annotation=p["annotation"]["annotation"],
        notes=p["notes"]["notes"],
        school_subject=p["school"]["school_subject"],
        instruction_language=p["school"]["instruction_language"],
    )
    school = p["school"]
    record.material_type = material_from_leader(ctx.leader, ctx.marc21)
    hints = [record.title, record.other_title]
    if record.material_type is MaterialType.BOOK and (
        has_textbook_hint(hints, record.bbk) or school["grades"] or school["textbook_note"]
    ):
        record.material_type = MaterialType.TEXTBOOK
    if record.material_type is MaterialType.TEXTBOOK:
        record.grades = school["grades"] or parse_grades(" ".join(hints))
    return record
