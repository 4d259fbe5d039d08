"""Importing MARC files: preview, one-transaction run with progress, report, undo.

The run is a generator of :class:`Progress` that honours a :class:`CancelToken`;
everything it writes happens in one transaction, so a cancelled, failed or killed
import leaves the catalog as it was. Bad records are skipped and listed in a
report file with their position and reason; good records in the same file still
import. Every import is an :class:`ImportBatch` that can be undone later.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shkola_lib.catalog.data import RecordData
from shkola_lib.catalog.gc_pause import paused_gc
from shkola_lib.catalog.holdings import _raise_high_water
from shkola_lib.catalog.import_store import ImportStore, Incoming, isbn_forms, record_key
from shkola_lib.catalog.progress import CancelToken, Progress
from shkola_lib.catalog.records import find_duplicates
from shkola_lib.catalog.search_index import defer_indexing, flush_deferred
from shkola_lib.i18n import translate
from shkola_lib.io.marc.crosswalk import MappedRecord, marc_to_catalog
from shkola_lib.io.marc.detect import EncodingGuess
from shkola_lib.io.marc.iso2709 import ReadResult
from shkola_lib.io.marc.reader import MarcFile, open_marc
from shkola_lib.io.safe_files import atomic_write
from shkola_lib.models import Copy, ImportBatch, Record, StockLot
from shkola_lib.models.base import utcnow
from shkola_lib.models.db import Database

# Records per block: mapped, matched and written together; progress after each block.
FLUSH_EVERY = 200
_LANG = re.compile(r"^[a-z]{3}$")
_GRADE = re.compile(r"^(0|[1-9]|1[0-2])$")


class DuplicatePolicy(StrEnum):
    SKIP = "skip"  # keep the catalog's record, ignore the incoming one
    MERGE = "merge"  # add the incoming copies to the catalog's record
    NEW = "new"  # add the incoming record as a separate record

    @property
    def label(self) -> str:
        return {
            DuplicatePolicy.SKIP: translate("Import", "Skip records already in the catalog"),
            DuplicatePolicy.MERGE: translate(
                "Import", "Add their copies to the records already in the catalog"
            ),
            DuplicatePolicy.NEW: translate("Import", "Add them as new records anyway"),
        }[self]


class ImportError_(Exception):
    """The file cannot be imported at all; the message is for the librarian."""


@dataclass
class ImportOptions:
    format: str = "auto"
    flavour: str = "auto"
    encoding: str = "auto"
    policy: DuplicatePolicy = DuplicatePolicy.SKIP
    dry_run: bool = False
    report_dir: Path | None = None


@dataclass(frozen=True)
class PreviewMatch:
    index: int
    title: str
    existing_id: int
    existing_title: str
    reason: str  # "isbn" | "title_author_year"


@dataclass
class ImportPreview:
    path: Path
    format: str
    encoding: EncodingGuess
    flavour: str
    total_estimate: int
    titles: list[str]
    matches: list[PreviewMatch]
    sample_size: int
    sample_errors: int


@dataclass(frozen=True)
class Problem:
    index: int
    byte_offset: int | None
    reason: str
    title: str = ""


@dataclass
class ImportSummary:
    file: Path
    format: str = ""
    flavour: str = ""
    encoding: str = ""
    policy: str = DuplicatePolicy.SKIP.value
    dry_run: bool = False
    read: int = 0
    imported: int = 0
    merged: int = 0
    duplicates_skipped: int = 0
    rejected: int = 0
    copies_added: int = 0
    stock_added: int = 0
    report: Path | None = None
    batch: int | None = None
    rejected_records: list[Problem] = field(default_factory=list)
    # Records that matched the catalog: reason holds the existing record's title.
    duplicates: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The CLI's ``--json`` object."""
        return {
            "read": self.read,
            "imported": self.imported,
            "merged": self.merged,
            "duplicates_skipped": self.duplicates_skipped,
            "rejected": self.rejected,
            "report": str(self.report) if self.report else None,
            "batch": self.batch,
        }


def open_file(path: Path, options: ImportOptions) -> MarcFile:
    """Open and sniff a file, honouring the user's overrides; raises ImportError_."""
    try:
        marc = open_marc(path, format=options.format, encoding=options.encoding)
    except FileNotFoundError as exc:
        raise ImportError_(
            translate("Import", "The file {path} does not exist.").format(path=path)
        ) from exc
    except OSError as exc:
        raise ImportError_(
            translate("Import", "The file {path} cannot be read: {error}").format(
                path=path, error=exc.strerror or exc
            )
        ) from exc
    except ValueError as exc:  # MarcFormatError and friends
        raise ImportError_(
            translate("Import", "{path} is not a MARC file this program can read: {error}").format(
                path=path, error=exc
            )
        ) from exc
    return marc


def _flavour(marc: MarcFile, options: ImportOptions) -> str:
    return marc.flavour if options.flavour in ("", "auto") else options.flavour


def _map(record: Any, flavour: str) -> MappedRecord:
    return marc_to_catalog(record, flavour)


def preview_import(db: Database, path: Path, options: ImportOptions, n: int = 10) -> ImportPreview:
    """What the file holds and which of its first records match the catalog."""
    marc = open_file(path, options)
    flavour = _flavour(marc, options)
    matches: list[PreviewMatch] = []
    titles: list[str] = []
    with db.session() as session:
        for result in marc.sample:
            if result.record is None:
                continue
            try:
                mapped = _map(result.record, flavour)
            except Exception:  # a preview never fails on one record
                continue
            if len(titles) < n:
                titles.append(_display_title(mapped.record))
            for match in find_duplicates(session, mapped.record, same_title_for_isbn=True)[:1]:
                matches.append(
                    PreviewMatch(
                        result.index,
                        _display_title(mapped.record),
                        match.record_id,
                        match.title,
                        match.reason,
                    )
                )
        session.rollback()
    return ImportPreview(
        path=Path(path),
        format=marc.format,
        encoding=marc.encoding,
        flavour=flavour,
        total_estimate=marc.total_estimate,
        titles=titles,
        matches=matches,
        sample_size=len(marc.sample),
        sample_errors=marc.sample_errors,
    )


def _display_title(data: RecordData) -> str:
    from shkola_lib.catalog.text import strip_nonsort_marks

    return strip_nonsort_marks(data.title)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _clean(data: RecordData) -> list[str]:
    """Make imported values acceptable to the catalog; return what was changed."""
    notes: list[str] = []
    if data.year is not None and not 1000 <= data.year <= datetime.now().year + 1:
        notes.append(
            translate("Import", "Year {year} is not plausible and was left out.").format(
                year=data.year
            )
        )
        data.year = None
    languages = [c.strip().lower() for c in data.languages if c.strip()]
    data.languages = [c for c in languages if _LANG.match(c)]
    data.grades = [g.strip() for g in data.grades if _GRADE.match(g.strip())]
    return notes


def run_import(
    db: Database,
    path: Path,
    options: ImportOptions,
    summary: ImportSummary,
    cancel: CancelToken | None = None,
) -> Iterator[Progress]:
    """Import ``path`` in one transaction, filling ``summary``; yields progress.

    Raises :class:`ImportError_` when the file cannot be read at all and
    :class:`~shkola_lib.catalog.progress.Cancelled` when cancelled (nothing kept).
    """
    path = Path(path)
    marc = open_file(path, options)
    flavour = _flavour(marc, options)
    summary.file = path
    summary.format, summary.flavour = marc.format, flavour
    summary.encoding, summary.policy = marc.encoding.encoding, options.policy.value
    summary.dry_run = options.dry_run
    total = max(marc.total_estimate, 1)
    session = db.session_factory()
    try:
        batch = ImportBatch(
            file_name=str(path),
            file_sha256=_sha256(path),
            format=marc.format,
            flavour=flavour,
            encoding=marc.encoding.encoding,
            policy=options.policy.value,
        )
        session.add(batch)
        session.flush()
        defer_indexing(session)
        store = ImportStore(session, batch.id)
        records = marc.records(plain=True)
        while True:
            with paused_gc():  # never across a yield: see gc_pause
                block: list[ReadResult] = []
                for result in records:
                    if cancel is not None:
                        cancel.check()
                    summary.read += 1
                    block.append(result)
                    if len(block) == FLUSH_EVERY:
                        break
                _import_block(store, summary, block, flavour, options.policy)
                if len(block) < FLUSH_EVERY:
                    store.finish()
                    break
            yield Progress(
                min(summary.read, total),
                total,
                translate("Import", "Imported {n} of about {total} records").format(
                    n=summary.read, total=total
                ),
            )
        if store.high_water:
            _raise_high_water(session, store.high_water)
        flush_deferred(session)
        batch.finished_at = utcnow()
        for name in ("read", "imported", "merged", "duplicates_skipped", "rejected"):
            setattr(batch, name, getattr(summary, name))
        summary.report = _write_report(summary, options, db.path)
        batch.report_path = str(summary.report or "")
        if summary.read == 0:
            raise ImportError_(
                translate("Import", "No records were found in {path}.").format(path=path)
            )
        if options.dry_run:
            session.rollback()
        else:
            session.commit()
            summary.batch = batch.id
        yield Progress(summary.read, summary.read)
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@dataclass
class _Prepared:
    """A record of a block after mapping: what to store, or why it is rejected."""

    result: ReadResult
    item: Incoming | None = None
    rejected: str | None = None
    notes: list[str] = field(default_factory=list)


def _prepare(result: ReadResult, flavour: str) -> _Prepared:
    if result.record is None:
        return _Prepared(result, rejected=result.error or "?")
    try:
        mapped = _map(result.record, flavour)
    except Exception as exc:  # one bad record never stops the file
        return _Prepared(
            result, rejected=translate("Import", "Cannot be mapped: {error}").format(error=exc)
        )
    data = mapped.record
    if not data.title.strip():
        return _Prepared(result, rejected=translate("Import", "The record has no title."))
    notes = _clean(data)
    return _Prepared(result, Incoming(mapped, record_key(data), isbn_forms(data)), notes=notes)


def _import_block(
    store: ImportStore,
    summary: ImportSummary,
    block: list[ReadResult],
    flavour: str,
    policy: DuplicatePolicy,
) -> None:
    """Map, match and store one block of records (in file order), then write it."""
    prepared = [_prepare(result, flavour) for result in block]
    store.prepare(
        [p.item for p in prepared if p.item is not None],
        duplicates=policy is not DuplicatePolicy.NEW,
    )
    for p in prepared:
        result = p.result
        for warning in result.warnings:
            summary.warnings.append(Problem(result.index, None, warning))
        if p.item is None:
            summary.rejected += 1
            summary.rejected_records.append(
                Problem(result.index, result.byte_offset, p.rejected or "?")
            )
        else:
            _store_one(store, summary, p, policy)
    store.flush()


def _store_one(
    store: ImportStore, summary: ImportSummary, p: _Prepared, policy: DuplicatePolicy
) -> None:
    assert p.item is not None
    index, offset = p.result.index, p.result.byte_offset
    mapped = p.item.mapped
    title = _display_title(mapped.record)
    for note in [*p.notes, *mapped.warnings]:
        summary.warnings.append(Problem(index, None, note, title))

    def warn(reason: str) -> None:
        summary.warnings.append(Problem(index, None, reason))

    duplicate = None if policy is DuplicatePolicy.NEW else store.find_duplicate(p.item)
    if duplicate is not None:
        existing, existing_title = duplicate
        summary.duplicates.append(Problem(index, offset, existing_title, title))
        if policy is DuplicatePolicy.SKIP:
            summary.duplicates_skipped += 1
            return
        copies, stock = store.add_holdings(existing, mapped, warn)
        summary.merged += 1
    else:
        new = store.add_record(p.item)
        copies, stock = store.add_holdings(new, mapped, warn)
        summary.imported += 1
    summary.copies_added += copies
    summary.stock_added += stock


def _write_report(summary: ImportSummary, options: ImportOptions, db_path: Path) -> Path | None:
    folder = options.report_dir or Path(db_path).parent / "import-reports"
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    suffix = "-dry-run" if options.dry_run else ""
    path = folder / f"import-{stamp}-{summary.file.stem}{suffix}.txt"
    n = 2
    while path.exists():  # two imports in the same second keep both reports
        path = folder / f"import-{stamp}-{summary.file.stem}{suffix}-{n}.txt"
        n += 1
    t = translate
    lines = [
        t("Import", "Import report: {file}").format(file=summary.file),
        t("Import", "Date: {date}").format(date=datetime.now().strftime("%d.%m.%Y %H:%M")),
        t("Import", "Format: {format}, {flavour}, character set {encoding}").format(
            format=summary.format, flavour=summary.flavour, encoding=summary.encoding
        ),
        t("Import", "Records read: {n}").format(n=summary.read),
        t("Import", "Imported as new records: {n}").format(n=summary.imported),
        t("Import", "Merged into existing records: {n}").format(n=summary.merged),
        t("Import", "Skipped as already in the catalog: {n}").format(n=summary.duplicates_skipped),
        t("Import", "Rejected: {n}").format(n=summary.rejected),
        t("Import", "Copies added: {n}; counted stock added: {m}").format(
            n=summary.copies_added, m=summary.stock_added
        ),
    ]
    if options.dry_run:
        lines.append(t("Import", "This was a trial run: nothing was written to the catalog."))
    if summary.rejected_records:
        lines += ["", t("Import", "Rejected records (number in the file, byte position, reason):")]
        for p in summary.rejected_records:
            where = f"@{p.byte_offset}" if p.byte_offset is not None else ""
            lines.append(f"  #{p.index} {where}  {p.reason}")
    if summary.duplicates:
        heading = {
            DuplicatePolicy.SKIP.value: t("Import", "Already in the catalog, skipped:"),
            DuplicatePolicy.MERGE.value: t(
                "Import", "Already in the catalog, copies added to the existing record:"
            ),
        }.get(summary.policy, "")
        lines += ["", heading]
        for p in summary.duplicates:
            lines.append(f"  #{p.index}  {p.title}  →  {p.reason}")
    if summary.warnings:
        lines += ["", t("Import", "Warnings (the record was imported):")]
        for p in summary.warnings:
            lines.append(f"  #{p.index}  {p.title + ': ' if p.title else ''}{p.reason}")
    try:
        with atomic_write(path) as fh:
            fh.write(("\n".join(lines) + "\n").encode("utf-8"))
    except OSError:
        return None
    return path


# --- history and undo ------------------------------------------------------------------


@dataclass(frozen=True)
class BatchInfo:
    id: int
    file_name: str
    started_at: datetime
    finished_at: datetime | None
    read: int
    imported: int
    merged: int
    duplicates_skipped: int
    rejected: int
    report_path: str
    undone_at: datetime | None


def list_batches(session: Session) -> list[BatchInfo]:
    rows = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
    return [
        BatchInfo(
            b.id,
            b.file_name,
            b.started_at,
            b.finished_at,
            b.read,
            b.imported,
            b.merged,
            b.duplicates_skipped,
            b.rejected,
            b.report_path,
            b.undone_at,
        )
        for b in rows
    ]


@dataclass
class UndoResult:
    records_removed: int = 0
    copies_removed: int = 0
    stock_removed: int = 0
    kept_records: list[int] = field(default_factory=list)


def undo_import(session: Session, batch_id: int) -> UndoResult:
    """Remove what an import added. Records changed since, and copies written off since,
    are kept and listed (the librarian's later work is never thrown away)."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None or batch.undone_at is not None:
        raise LookupError(
            translate("Import", "Import {id} does not exist or was already undone.").format(
                id=batch_id
            )
        )
    result = UndoResult()
    finished = batch.finished_at or batch.started_at

    def later_write_off(copy: Copy) -> bool:
        return copy.write_off is not None and copy.write_off.created_at > finished

    # Copies and stock that the import added to records it did not create.
    for copy in session.scalars(select(Copy).where(Copy.import_batch_id == batch_id)):
        if copy.record.import_batch_id != batch_id and not later_write_off(copy):
            session.delete(copy)
            result.copies_removed += 1
    for lot in session.scalars(select(StockLot).where(StockLot.import_batch_id == batch_id)):
        if lot.record.import_batch_id != batch_id and not lot.write_offs:
            session.delete(lot)
            result.stock_removed += lot.quantity
    # Records the import created, unless the librarian has worked on them since.
    for record in session.scalars(select(Record).where(Record.import_batch_id == batch_id)):
        worked_on = (
            record.updated_at > finished
            or any(c.import_batch_id != batch_id or later_write_off(c) for c in record.copies)
            or any(lot.import_batch_id != batch_id or lot.write_offs for lot in record.stock_lots)
        )
        if worked_on:
            result.kept_records.append(record.id)
            continue
        result.copies_removed += len(record.copies)
        result.stock_removed += sum(lot.quantity for lot in record.stock_lots)
        session.delete(record)
        result.records_removed += 1
    batch.undone_at = utcnow()
    session.flush()
    return result
