"""Exporting the catalog to a MARC file through an exchange profile.

Records are built one by one from the catalog (keeping the original fields of
imported records where nothing changed), serialised in the profile's format and
character set, and written atomically. A record that cannot be written in the
chosen character set (Kazakh letters in CP1251) is left out and listed — never
silently replaced.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import BinaryIO

import pymarc
from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

from shkola_lib.catalog.bulk_load import Loaded, load_details, load_unchanged
from shkola_lib.catalog.gc_pause import paused_gc
from shkola_lib.catalog.profiles import Profile
from shkola_lib.catalog.progress import CancelToken, Progress
from shkola_lib.catalog.records import get_detail
from shkola_lib.catalog.search import search
from shkola_lib.catalog.text import strip_nonsort_marks
from shkola_lib.i18n import translate
from shkola_lib.io.marc.crosswalk import (
    MarcFieldData,
    catalog_to_plain,
    fields_from_json,
    unchanged_to_plain,
)
from shkola_lib.io.marc.crosswalk.groups import split_groups
from shkola_lib.io.marc.crosswalk.options import is_unimarc_family
from shkola_lib.io.marc.iso2709 import (
    MarcRecordError,
    UnencodableError,
)
from shkola_lib.io.marc.iso2709_writer import (
    declare_unimarc_charset,
    record_to_iso2709,
    unencodable_fields,
)
from shkola_lib.io.marc.marcxml import record_to_marcxml, write_marcxml
from shkola_lib.io.marc.mrk import record_to_mrk
from shkola_lib.io.marc.plain import PlainRecord
from shkola_lib.io.safe_files import atomic_write
from shkola_lib.models import OriginalMarc, Record
from shkola_lib.models.db import Database

MARCXML_FOOTER = b"</collection>\n"
# Records per block: loaded together, then progress is reported.
PROGRESS_EVERY = 200


@dataclass(frozen=True)
class LeftOut:
    record_id: int
    title: str
    reason: str


@dataclass
class ExportSummary:
    profile: str = ""
    out: Path | None = None
    total: int = 0
    written: int = 0
    left_out: list[LeftOut] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.left_out


def select_record_ids(
    conn: Connection | Session,
    *,
    query: str | None = None,
    since: date | None = None,
    ids: Sequence[int] | None = None,
) -> list[int]:
    """The whole catalog, a search result, given ids, and/or records changed since a date."""
    if ids is not None:
        chosen = list(ids)
    elif query:
        chosen = list(search(conn, query, exact_codes=False).record_ids)
    else:
        chosen = [
            row[0]
            for row in conn.execute(
                text("SELECT id FROM records WHERE deleted_at IS NULL ORDER BY id")
            )
        ]
    if since is not None:
        changed = {
            row[0]
            for row in conn.execute(
                text(
                    "SELECT id FROM records WHERE deleted_at IS NULL AND (updated_at >= :d "
                    "OR id IN (SELECT record_id FROM copies WHERE created_at >= :d) "
                    "OR id IN (SELECT record_id FROM stock_lots WHERE created_at >= :d))"
                ),
                {"d": since.isoformat()},
            )
        }
        chosen = [i for i in chosen if i in changed]
    return chosen


def original_fields(session: Session, record_id: int) -> tuple[list[MarcFieldData], str, str]:
    record = session.get(Record, record_id)
    if record is None:
        return [], "", ""
    stored = session.get(OriginalMarc, record_id)
    fields = fields_from_json(stored.fields if stored is not None else None)
    return fields, record.marc_leader, record.marc_flavour


def build_marc(session: Session, record_id: int, profile: Profile) -> pymarc.Record:
    """The MARC record the profile would export for ``record_id`` (also for the MARC view)."""
    detail = get_detail(session, record_id)
    originals, leader, flavour = original_fields(session, record_id)
    return _build(Loaded(detail, originals, leader, flavour), profile).to_pymarc()


def _build(
    loaded: Loaded,
    profile: Profile,
    trust_unchanged: bool = True,
    grouped: dict[str, list[MarcFieldData]] | None = None,
) -> PlainRecord:
    """The record as plain fields: the writers take them without pymarc objects."""
    marc = None
    if trust_unchanged and loaded.unchanged:
        marc = unchanged_to_plain(
            profile.options,
            loaded.original_fields,
            loaded.leader,
            loaded.flavour,
            loaded.detail,
            grouped,
        )
    if marc is None:
        marc = catalog_to_plain(
            loaded.detail,
            profile.options,
            original_fields=loaded.original_fields or None,
            original_leader=loaded.leader,
            original_flavour=loaded.flavour,
        )
    return _declared(marc, profile)


def _declared(marc: PlainRecord, profile: Profile) -> PlainRecord:
    if is_unimarc_family(profile.options.flavour) and profile.format == "iso2709":
        declare_unimarc_charset(marc, profile.encoding)
    return marc


@dataclass(frozen=True)
class Stored:
    """A record's stored fields, and the same split into field groups."""

    fields: list[MarcFieldData]
    grouped: dict[str, list[MarcFieldData]]


def _unchanged(
    conn: Connection, record_ids: Sequence[int], profile: Profile
) -> tuple[dict[int, PlainRecord], dict[int, Stored]]:
    """The records of ``record_ids`` unchanged since their import that can be built
    from their stored fields alone (no catalog values loaded, nothing mapped again),
    and the stored fields, split into groups, of those that need their catalog values."""
    built: dict[int, PlainRecord] = {}
    pending: dict[int, Stored] = {}
    flavour = profile.options.flavour
    for rid, (fields, leader, own) in load_unchanged(conn, record_ids, flavour).items():
        grouped = split_groups(fields, flavour)
        marc = unchanged_to_plain(profile.options, fields, leader, own, grouped=grouped)
        if marc is not None:
            built[rid] = _declared(marc, profile)
        else:
            pending[rid] = Stored(fields, grouped)
    return built, pending


def marc_view(session: Session, record_id: int, profile: Profile) -> str:
    """The record as MarcEdit shows it (read-only view in the detail pane)."""
    return record_to_mrk(build_marc(session, record_id, profile))


def _serialise(marc: PlainRecord, profile: Profile) -> bytes:
    if profile.format == "iso2709":
        return record_to_iso2709(marc, profile.encoding, flavour=profile.options.flavour)
    if profile.format == "marcxml":
        return record_to_marcxml(marc).encode("utf-8")
    return record_to_mrk(marc).encode("utf-8")


def _describe(exc: MarcRecordError, marc: PlainRecord, encoding: str) -> str:
    """Every field and letter the character set cannot hold, not only the first."""
    if isinstance(exc, UnencodableError):
        fields = unencodable_fields(marc, encoding) or [(exc.tag, list(exc.chars))]
        return "; ".join(
            translate(
                "Export", "field {tag} has letters that {encoding} cannot hold: {chars}"
            ).format(tag=tag, encoding=encoding, chars=" ".join(chars))
            for tag, chars in fields
        )
    return str(exc)


def write_records(
    session: Session,
    record_ids: Iterable[int],
    profile: Profile,
    stream: BinaryIO,
    summary: ExportSummary,
    cancel: CancelToken | None = None,
    *,
    trust_unchanged: bool = True,
) -> Iterator[Progress]:
    """Serialise records into ``stream``; left-out records are listed in ``summary``.

    Records marked unchanged since their import are written from their stored fields
    (``trust_unchanged``; the tests compare both ways).
    """
    ids = list(record_ids)
    summary.total = len(ids)
    if profile.format == "marcxml":
        write_marcxml([], _HeaderOnly(stream))
    first = True
    conn = session.connection()
    for start in range(0, len(ids), PROGRESS_EVERY):
        if cancel is not None:
            cancel.check()
        with paused_gc():  # never across a yield: see gc_pause
            block = ids[start : start + PROGRESS_EVERY]
            fast, stored = _unchanged(conn, block, profile) if trust_unchanged else ({}, {})
            rest = [rid for rid in block if rid not in fast]
            parsed = {rid: s.fields for rid, s in stored.items()}
            loaded = iter(load_details(conn, rest, parsed))
            items = [(rid, fast.get(rid) or next(loaded)) for rid in block]
            first = _write_block(
                conn, items, profile, stream, summary, first, stored, trust_unchanged
            )
        done = min(start + PROGRESS_EVERY, len(ids))
        yield Progress(
            done,
            len(ids),
            translate("Export", "Exported {n} of {total} records").format(n=done, total=len(ids)),
        )
    if profile.format == "marcxml":
        stream.write(MARCXML_FOOTER)
    yield Progress(len(ids), len(ids))


def _write_block(
    conn: Connection,
    block: list[tuple[int, PlainRecord | Loaded]],
    profile: Profile,
    stream: BinaryIO,
    summary: ExportSummary,
    first: bool,
    stored: dict[int, Stored],
    trust_unchanged: bool,
) -> bool:
    """Serialise a block of records (built or to build) into ``stream``; return whether
    nothing was written yet."""
    for rid, item in block:
        if isinstance(item, PlainRecord):
            marc = item
        else:
            known = stored.get(rid)
            marc = _build(item, profile, trust_unchanged, known.grouped if known else None)
        try:
            chunk = _serialise(marc, profile)
        except MarcRecordError as exc:
            loaded = item if isinstance(item, Loaded) else load_details(conn, [rid])[0]
            record = loaded.detail.record
            summary.left_out.append(
                LeftOut(
                    record.id or 0,
                    strip_nonsort_marks(record.title),
                    _describe(exc, marc, profile.encoding),
                )
            )
        else:
            if profile.format == "mrk" and not first:
                stream.write(b"\n")
            stream.write(chunk)
            summary.written += 1
            first = False
    return first


class _HeaderOnly:
    """Lets ``write_marcxml`` write the XML declaration and the opening collection tag."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def write(self, data: bytes) -> int:
        if data.strip() == MARCXML_FOOTER.strip():
            return 0
        return self.stream.write(data)


def run_export(
    db: Database,
    profile: Profile,
    out: Path,
    summary: ExportSummary,
    record_ids: Sequence[int] | None = None,
    cancel: CancelToken | None = None,
) -> Iterator[Progress]:
    """Export to ``out`` atomically (a temporary file renamed when complete)."""
    summary.profile, summary.out = profile.name, Path(out)
    with db.session() as session:
        ids = list(record_ids) if record_ids is not None else select_record_ids(session)
        with atomic_write(Path(out)) as fh:
            yield from write_records(session, ids, profile, fh, summary, cancel)
        session.rollback()
