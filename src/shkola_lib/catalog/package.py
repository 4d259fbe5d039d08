"""The district package: one dated ZIP with the MARC file, a summary and a manifest.

The ZIP is built in a temporary file beside its final place and renamed only when
complete and flushed to the device, so a USB stick pulled out mid-way never holds
a half-written file under the final name.
"""

from __future__ import annotations

import hashlib
import json
import re
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from shkola_lib import __version__
from shkola_lib.catalog.exporter import ExportSummary, LeftOut, select_record_ids, write_records
from shkola_lib.catalog.profiles import Profile
from shkola_lib.catalog.progress import CancelToken, Progress
from shkola_lib.catalog.summary import fund_summary, records_table, summary_table
from shkola_lib.i18n import translate
from shkola_lib.io.safe_files import atomic_write
from shkola_lib.io.spreadsheet import to_csv, to_xlsx
from shkola_lib.models.db import Database

_SLUG = re.compile(r"[^\w-]+", re.UNICODE)


@dataclass
class PackageSummary:
    path: Path | None = None
    records: int = 0
    copies: int = 0
    stock: int = 0
    files: dict[str, str] = field(default_factory=dict)  # member name → sha256
    left_out: list[LeftOut] = field(default_factory=list)


def package_name(library_name: str, when: datetime | None = None) -> str:
    when = when or datetime.now()
    slug = _SLUG.sub("-", library_name.strip()).strip("-")[:40] or "shkola-lib"
    return f"{slug}-{when:%Y-%m-%d}.zip"


def build_package(
    db: Database,
    profile: Profile,
    out_dir: Path,
    summary: PackageSummary,
    *,
    record_ids: Sequence[int] | None = None,
    library_name: str = "",
    cancel: CancelToken | None = None,
) -> Iterator[Progress]:
    """Write ``<library>-<date>.zip`` into ``out_dir``; fills ``summary``."""
    out_dir = Path(out_dir)
    target = out_dir / package_name(library_name)
    export = ExportSummary(profile=profile.name)
    with tempfile.TemporaryDirectory(prefix="shkola-lib-package-") as tmp:
        marc_path = Path(tmp) / f"catalog.{profile.extension}"
        with db.session() as session:
            ids = list(record_ids) if record_ids is not None else select_record_ids(session)
            with marc_path.open("wb") as fh:
                yield from write_records(session, ids, profile, fh, export, cancel)
            rows = fund_summary(session, ids if record_ids is not None else None)
            list_header, list_body = records_table(session, ids)
            session.rollback()
        header, body = summary_table(rows)
        members: dict[str, bytes | Path] = {
            marc_path.name: marc_path,
            "summary.csv": to_csv(header, body),
            "records.csv": to_csv(list_header, list_body),
            "summary.xlsx": to_xlsx(
                {
                    translate("Package", "Fund"): (header, body),
                    translate("Package", "Records"): (list_header, list_body),
                }
            ),
        }
        if export.left_out:
            lines = [
                translate(
                    "Package",
                    "These records were left out: the chosen character set cannot hold them.",
                )
            ]
            lines += [f"{x.record_id}\t{x.title}\t{x.reason}" for x in export.left_out]
            members["left-out.txt"] = ("\n".join(lines) + "\n").encode("utf-8")
        hashes = {name: _sha256(data) for name, data in members.items()}
        total_records = export.written
        manifest = {
            "program": f"Shkola-Lib {__version__}",
            "created": datetime.now().isoformat(timespec="seconds"),
            "library": library_name,
            "profile": {
                "name": profile.name,
                "title": profile.title,
                "format": profile.format,
                "encoding": profile.encoding,
                "flavour": profile.options.flavour,
                "holdings": profile.options.holdings,
            },
            "records": total_records,
            "records_left_out": len(export.left_out),
            "copies": sum(r.copies for r in rows),
            "counted_stock": sum(r.stock for r in rows),
            "files": {
                name: {"sha256": digest, "bytes": _size(members[name])}
                for name, digest in hashes.items()
            },
        }
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
        yield Progress(len(ids), len(ids), translate("Package", "Writing the package…"))
        with atomic_write(target) as fh:
            with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                for name, data in members.items():
                    if isinstance(data, Path):
                        archive.write(data, name)
                    else:
                        archive.writestr(name, data)
                archive.writestr("manifest.json", manifest_bytes)
    summary.path = target
    summary.records = total_records
    summary.copies = int(manifest["copies"])
    summary.stock = int(manifest["counted_stock"])
    summary.files = hashes
    summary.left_out = export.left_out


def _sha256(data: bytes | Path) -> str:
    digest = hashlib.sha256()
    if isinstance(data, Path):
        with data.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    else:
        digest.update(data)
    return digest.hexdigest()


def _size(data: bytes | Path) -> int:
    return data.stat().st_size if isinstance(data, Path) else len(data)
